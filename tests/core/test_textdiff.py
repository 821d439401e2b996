"""Word diffs reconstruct both sentences and mark whole words."""

import pytest
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


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab ,.\n", max_size=30), st.text(alphabet="ab ,.\n", max_size=30))
def test_diff_of_word_like_text_rebuilds_both_texts(a, b):
    # words, spaces and punctuation in every arrangement: a sentence's first word, spaces
    # moved out of a replacement, a side that is empty
    assert sides(word_diff(a, b)) == (a, b)


def test_a_word_is_the_same_before_a_comma_and_at_the_start():
    assert word_diff("in Lusk, the ministry said", "in Lusk on Monday")[0] == (0, "in Lusk")
    assert word_diff("Kessler said.", "Minister Kessler said.") == [
        (1, "Minister "), (0, "Kessler said.")]


@pytest.mark.parametrize("a, b", [
    ("a\nb", "a b"), ("The dam\nbroke  at dawn.", "The dam broke at dawn."),
    ("\n\nSunday", " Sunday"), ("x\u00a0y", "x y")])
def test_a_difference_only_in_spacing_changes_no_word(a, b):
    diff = word_diff(a, b)
    assert sides(diff) == (a, b)
    assert all(not text.strip() for op, text in diff if op != 0), diff


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab ,.\n\t\r\u00a0\u2009", max_size=30),
       st.text(alphabet="ab ,.\n\t\r\u00a0\u2009", max_size=30))
def test_spacing_never_changes_a_diff_of_words(a, b):
    # folding the spaces of either side leaves the changed words as they were
    import re

    def words(diff, op):
        return " ".join(t for o, t in diff if o == op).split()

    fold = lambda t: re.sub(r"\s+", " ", t)  # noqa: E731
    diff, folded = word_diff(a, b), word_diff(fold(a), fold(b))
    assert sides(diff) == (a, b)
    assert (words(diff, -1), words(diff, 1)) == (words(folded, -1), words(folded, 1))


def test_differing_words_are_marked_without_the_spaces_around_them():
    from viewer.core.result import Link

    a, b = "a big dam", "a dam"
    link = Link("d1.s1", "d2.s1", 0.9, word_diff(a, b))
    marked = link.differing_chars("d1.s1")
    assert "".join(a[k] for k in sorted(marked)) == "big"
    assert link.differing_chars("d2.s1") == set()


@settings(max_examples=50, deadline=None)
@given(st.lists(st.text(alphabet="ab cd,.", max_size=40), min_size=2, max_size=8))
def test_one_shared_differ_matches_fresh_ones(texts):
    from viewer.core.textdiff import WordDiffer

    shared = WordDiffer()
    for a in texts:
        for b in texts:
            assert shared.diff(a, b) == word_diff(a, b)


def test_many_pairs_diffed_together_equal_one_by_one():
    import random

    from viewer.core.textdiff import WordDiffer

    rng = random.Random(7)
    words = "the dam broke at dawn and 14 people died while 2,300 fled their homes".split()
    pairs = [(" ".join(rng.choices(words, k=12)), " ".join(rng.choices(words, k=10)))
             for _ in range(1500)]
    seen = []
    many = WordDiffer().diff_many(pairs, progress=seen.append)
    assert many == [word_diff(a, b) for a, b in pairs]
    assert seen and seen == sorted(seen) and max(seen) < 1.0


def test_a_progress_callback_that_raises_stops_the_diffs():
    from viewer.core.textdiff import WordDiffer

    class Stop(Exception):
        pass

    def stop(done):
        if done > 0:
            raise Stop

    pairs = [(f"the dam broke at {n} am", f"the dam burst at {n + 1} am") for n in range(2000)]
    with pytest.raises(Stop):
        WordDiffer().diff_many(pairs, progress=stop)
