"""Word diffs reconstruct both sentences and mark whole words."""

from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.core.textdiff import word_diff


def sides(diff):
    a = "".join(t for op, t in diff if op in (0, -1))
    b = "".join(t for op, t in diff if op in (0, 1))
    return a, b


def test_changed_words_are_whole_words():
    diff = word_diff("Kazakhstan will host the summit in 2026.",
                     "Kazakhstan is set to host the summit in 2027.")
    assert (-1, "will") in diff and (1, "is set to") in diff
    assert (-1, "2026") in diff and (1, "2027") in diff
    assert diff[0] == (0, "Kazakhstan ")


def test_identical_sentences_are_one_equality():
    assert word_diff("Same words here.", "Same words here.") == [(0, "Same words here.")]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=120), st.text(max_size=120))
def test_diff_rebuilds_both_texts(a, b):
    assert sides(word_diff(a, b)) == (a, b)


@settings(max_examples=50, deadline=None)
@given(st.lists(st.text(alphabet="ab cd,.", max_size=40), min_size=2, max_size=8))
def test_one_shared_differ_matches_fresh_ones(texts):
    from viewer.core.textdiff import WordDiffer

    shared = WordDiffer()
    for a in texts:
        for b in texts:
            assert shared.diff(a, b) == word_diff(a, b)
