"""Look-ups over a Comparison, without Qt: differing words and navigation order."""

from viewer.core.result import Comparison, DocumentResult, Fact, Link, Sentence
from viewer.ui.index import ResultIndex, own_diff_chars


def _result():
    a = DocumentResult("d1", "a.txt", "A", "One two three. Four.",
                       sentences=[Sentence("d1.s1", 0, 14, "f1"), Sentence("d1.s2", 15, 20, "f2")])
    b = DocumentResult("d2", "b.txt", "B", "One five three. Six.",
                       sentences=[Sentence("d2.s1", 0, 15, "f1"), Sentence("d2.s2", 16, 20, "f3")])
    diff = [(0, "One "), (-1, "two"), (1, "five"), (0, " three.")]
    return Comparison("m", [a, b], links=[Link("d1.s1", "d2.s1", 0.8, diff)],
                      facts=[Fact("f1", ["d1.s1", "d2.s1"], ["d1", "d2"], "shared"),
                             Fact("f2", ["d1.s2"], ["d1"], "unique"),
                             Fact("f3", ["d2.s2"], ["d2"], "unique")])


def test_each_side_of_a_link_marks_its_own_words():
    link = _result().links[0]
    assert own_diff_chars(link, "d1.s1") == set(range(4, 7))  # "two"
    assert own_diff_chars(link, "d2.s1") == set(range(4, 8))  # "five"


def test_diff_marks_relative_to_the_picked_sentence():
    marks = ResultIndex(_result()).diff_marks("f1", anchor="d2.s1")
    assert marks == {"d2.s1": set(range(4, 8)), "d1.s1": set(range(4, 7))}


def test_stepping_through_unique_facts_wraps():
    index = ResultIndex(_result())
    assert index.step_fact("unique", None, 1) == "f2"
    assert index.step_fact("unique", "f2", 1) == "f3"
    assert index.step_fact("unique", "f3", 1) == "f2"
    assert index.step_fact("unique", "f2", -1) == "f3"
    assert index.step_fact("shared", "f1", 1) == "f1"
    assert index.step_discrepancy(None, 1) is None
    assert index.unique_fact_count("d1") == 1
