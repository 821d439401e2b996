"""Re-anchoring after the text changed: exact, moved, fuzzy, orphan — and never onto other names
or numbers."""

from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.core.anchoring import (
    attach_verdicts,
    place_all,
    reanchor,
    same_names_and_numbers,
)
from viewer.core.annotations import (
    Annotation,
    AnnotationStore,
    anchor_for,
    verdict_for_fact,
)
from viewer.core.result import Comparison, DocumentResult, Fact, Sentence

INTRO = "Fans gathered early outside the stadium in Lesna on a cold morning. "
PASSAGE = "Team Alpha won the final 3-1 on Sunday after a late goal by Maria Novak."
OUTRO = " The coach thanked the supporters and said the season was not over yet."
TEXT = INTRO + PASSAGE + OUTRO


def _anchor(text: str = TEXT, quote: str = PASSAGE):
    start = text.index(quote)
    return anchor_for(text, start, start + len(quote))


def _found(text: str, anchor=None):
    place = reanchor(anchor or _anchor(), text)
    return place, (text[place.start:place.end] if place.placed else None)


def test_unchanged_text_is_exact():
    place, found = _found(TEXT)
    assert (place.how, found, place.score) == ("exact", PASSAGE, 1.0)


def test_edit_after_the_passage_keeps_the_position():
    place, found = _found(INTRO + PASSAGE + " The coach was delighted.")
    assert (place.how, found) == ("position", PASSAGE)
    assert place.start == len(INTRO)


def test_edit_before_the_passage_finds_the_quote_shifted():
    text = "Updated 10:42. " + INTRO + PASSAGE + OUTRO
    place, found = _found(text)
    assert (place.how, found) == ("quote", PASSAGE)
    assert place.start == len("Updated 10:42. ") + len(INTRO)


def test_moved_passage_is_found_where_it_went():
    text = OUTRO.strip() + " " + INTRO + "Other news followed. " + PASSAGE
    place, found = _found(text)
    assert (place.how, found) == ("quote", PASSAGE)


def test_edit_inside_the_passage_is_fuzzy_and_covers_the_new_wording():
    edited = PASSAGE.replace("after a late goal", "thanks to a very late goal")
    place, found = _found(INTRO + edited + OUTRO)
    assert place.how == "fuzzy" and found == edited
    assert 0.75 <= place.score < 1.0


def test_edits_before_inside_and_after_together():
    edited = PASSAGE.replace("won the final", "won the cup final")
    text = "Breaking: " + INTRO.replace("cold", "freezing") + edited + " More to follow."
    place, found = _found(text)
    assert place.how == "fuzzy" and found == edited


def test_long_quote_beyond_32_characters_is_found_fuzzily():
    long = (PASSAGE + " Novak, who joined from Kora in the spring, has now scored in every round"
            " of the competition. The club will parade the trophy through the old town.")
    anchor = _anchor(INTRO + long + OUTRO, long)
    edited = (long.replace("Sunday after", "Sunday, after").replace("late goal", "late header")
              .replace("has now scored", "has scored"))
    place, found = _found("New intro sentence here. " + INTRO + edited + OUTRO, anchor)
    assert place.how == "fuzzy" and found == edited


def test_a_different_team_is_never_taken_for_the_annotated_one():
    place, _ = _found(TEXT.replace("Team Alpha", "Team Beta"))
    assert place.how == "orphan"


def test_different_digits_are_never_anchored():
    for changed in (TEXT.replace("3-1", "3-2"),
                    TEXT.replace("3-1", "3-2").replace("after a late goal", "after one goal")):
        assert _found(changed)[0].how == "orphan"


def test_the_right_team_is_chosen_when_both_are_present():
    beta = PASSAGE.replace("Alpha", "Beta")
    text = INTRO + beta + OUTRO + " Elsewhere: " + PASSAGE
    place, found = _found(text)
    assert found == PASSAGE and place.start == text.rindex(PASSAGE)


def test_deleted_passage_is_an_orphan():
    assert _found(INTRO + OUTRO)[0].how == "orphan"


def test_repeated_quote_goes_to_the_occurrence_whose_context_fits():
    text = "Police said: no comment. The mayor said: no comment. Later the club said: no comment."
    start = text.index("no comment", text.index("mayor"))
    anchor = anchor_for(text, start, start + len("no comment"), context=12)
    shifted = "Update. " + text
    place = reanchor(anchor, shifted)
    assert place.how == "quote"
    assert place.start == shifted.index("no comment", shifted.index("mayor"))


def test_short_repeated_quote_without_context_is_not_guessed():
    anchor = anchor_for("alpha beta gamma the end", 17, 20)  # "the"
    assert reanchor(anchor, "the one, the other, the third").how == "orphan"


def test_names_and_numbers_guard():
    assert same_names_and_numbers("Team Alpha won 3-1", "Team Alpha won, 3-1")
    assert not same_names_and_numbers("Team Alpha won 3-1", "Team Beta won 3-1")
    assert not same_names_and_numbers("Team Alpha won 3-1", "Team Alpha won 3-0")
    assert same_names_and_numbers("The team won", "A team won")  # articles are not names


words = st.sampled_from("the river rose over Lesna and Kora as 12 people left their homes".split())
sentence = st.lists(words, min_size=3, max_size=12).map(" ".join)


@settings(max_examples=60, deadline=None)
@given(before=sentence, passage=sentence, after=sentence, added_before=sentence,
       added_after=sentence)
def test_edits_outside_the_passage_never_lose_or_misplace_it(before, passage, after,
                                                               added_before, added_after):
    text = f"{before}. {passage}. {after}."
    start = len(before) + 2
    anchor = anchor_for(text, start, start + len(passage))
    new = f"{added_before}. {before}. {passage}. {after}. {added_after}."
    place = reanchor(anchor, new)
    assert place.placed and new[place.start:place.end] == passage


def test_place_all_lists_orphans_and_keeps_them():
    store = AnnotationStore()
    kept = store.add(Annotation.create("d1", _anchor(), [], "keep me"))
    gone = store.add(Annotation.create("d2", _anchor(), [], "document missing"))
    lost = store.add(Annotation.create("d1", anchor_for("zz Something deleted zz", 3, 20), [],
                                       "text deleted"))
    placed = place_all(store, {"d1": "Prefix. " + TEXT})
    assert placed[kept.id].how == "quote"
    assert placed[gone.id].how == placed[lost.id].how == "orphan"
    assert len(store) == 3 and store.get(lost.id).anchor.exact == "Something deleted"


def _comparison(text: str, facts: list[str], passage: str = PASSAGE) -> Comparison:
    cut = text.index(passage)
    sents = [Sentence("d1.s1", 0, cut - 1, facts[0]),
             Sentence("d1.s2", cut, cut + len(passage), facts[1]),
             Sentence("d1.s3", cut + len(passage) + 1, len(text), facts[2])]
    return Comparison("m", [DocumentResult("d1", "", "t", text, sentences=sents)],
                      facts=[Fact(f, [s.id], ["d1"], "unique") for f, s in zip(facts, sents)])


def test_verdicts_follow_their_sentences_across_reanalysis():
    store = AnnotationStore()
    verdict = verdict_for_fact(_comparison(TEXT, ["f1", "f2", "f3"]), "f2", "confirmed")
    store.set_verdict(verdict)
    placed, lost = attach_verdicts(store, _comparison(TEXT, ["f3", "f1", "f2"]))
    assert placed == {"f1": verdict} and lost == []
    # the sentence was shifted and slightly reworded: still the same fact
    reworded = PASSAGE.replace("after a late goal", "after a very late goal")
    edited = "Update. " + TEXT.replace(PASSAGE, reworded)
    placed, _ = attach_verdicts(store, _comparison(edited, ["f7", "f8", "f9"], reworded))
    assert placed == {"f8": verdict}


def test_verdict_on_a_vanished_fact_is_reported_lost():
    store = AnnotationStore()
    store.set_verdict(verdict_for_fact(_comparison(TEXT, ["f1", "f2", "f3"]), "f2", "disputed"))
    beta = TEXT.replace("Team Alpha", "Team Beta")
    other = Comparison("m", [DocumentResult("d1", "", "t", beta, sentences=[
        Sentence("d1.s1", 0, len(beta), "f1")])], facts=[Fact("f1", ["d1.s1"], ["d1"], "unique")])
    placed, lost = attach_verdicts(store, other)
    assert placed == {} and [v.value for v in lost] == ["disputed"]
