"""Annotations, codebook and verdicts: every store edit is exactly invertible (for undo)."""

import copy
from dataclasses import replace

import pytest

from viewer.core.annotations import (
    Annotation,
    AnnotationStore,
    Codebook,
    anchor_for,
    content_hash,
    fact_key,
    verdict_for_fact,
)
from viewer.core.result import Comparison, DocumentResult, Fact, Sentence

TEXT = "The minister said 2,300 people had been evacuated. Rain fell all week in Lesna."


def _store() -> tuple[AnnotationStore, str, str]:
    store = AnnotationStore()
    claim = store.add_tag("Claim", "#FF0000").id
    source = store.add_tag("Source", "#00aa00").id
    return store, claim, source


def _ann(store: AnnotationStore, start: int, end: int, tags: list[str], doc: str = "d1"):
    return store.add(Annotation.create(doc, anchor_for(TEXT, start, end), tags, "a note"))


def test_anchor_for_keeps_quote_context_and_hash():
    start = TEXT.index("2,300")
    a = anchor_for(TEXT, start, start + 12, context=10)
    assert a.exact == "2,300 people"
    assert a.prefix == TEXT[start - 10:start] and a.suffix == TEXT[start + 12:start + 22]
    assert a.doc_hash == content_hash(TEXT) != content_hash(TEXT + " ")
    with pytest.raises(ValueError, match="outside"):
        anchor_for(TEXT, 5, len(TEXT) + 1)


def test_codebook_names_are_unique_and_colours_checked():
    book = Codebook()
    tag = book.add(" Claim ", "#AbCdEf")
    assert (tag.name, tag.colour) == ("Claim", "#abcdef")
    with pytest.raises(ValueError, match="already exists"):
        book.add("claim", "#000000")
    with pytest.raises(ValueError, match="#rrggbb"):
        book.add("Other", "red")
    other = book.add("Other", "#000000")
    with pytest.raises(ValueError):
        book.rename(other.id, "CLAIM")
    assert book.rename(tag.id, "claim") == "Claim"  # changing only the case of its own name is fine
    assert book.recolour(tag.id, "#123456") == "#abcdef" and book.get(tag.id).colour == "#123456"


def test_merge_retags_without_duplicates_and_counts_changes():
    store, claim, source = _store()
    both = _ann(store, 0, 3, [claim, source])
    only = _ann(store, 4, 12, [claim])
    untouched = _ann(store, 13, 17, [source])
    edit = store.merge_tags(claim, source)
    assert edit.count == 2
    assert store.get(both.id).tags == [source] and store.get(only.id).tags == [source]
    assert store.get(untouched.id).tags == [source]
    assert store.codebook.get(claim) is None
    with pytest.raises(ValueError):
        store.merge_tags(source, source)


def test_delete_tag_keeps_annotations():
    store, claim, source = _store()
    a = _ann(store, 0, 3, [claim, source])
    b = _ann(store, 4, 12, [claim])
    edit = store.delete_tag(claim)
    assert edit.count == 2 and len(store) == 2
    assert store.get(a.id).tags == [source] and store.get(b.id).tags == []
    assert store.get(b.id).note == "a note"


@pytest.mark.parametrize("operation", ["merge", "delete"])
def test_tag_edits_are_undone_exactly(operation):
    store, claim, source = _store()
    _ann(store, 0, 3, [source, claim])
    _ann(store, 4, 12, [claim])
    before = copy.deepcopy(store.to_dict())
    edit = store.merge_tags(claim, source) if operation == "merge" else store.delete_tag(claim)
    assert store.to_dict() != before
    store.restore_tag(edit)
    assert store.to_dict() == before


def test_add_remove_update_are_invertible_and_counted():
    store, claim, _ = _store()
    start = store.revision
    a = _ann(store, 0, 3, [claim])
    removed = store.remove(a.id)
    assert removed is a and store.get(a.id) is None
    store.add(removed)
    assert store.get(a.id) == a
    edited = replace(a, note="changed")
    old = store.update(edited)
    assert old == a and store.get(a.id).note == "changed"
    store.update(old, touch=False)
    assert store.get(a.id) == a
    assert store.revision == start + 5 == store.changes


def test_store_refuses_unknown_tags_and_duplicate_ids():
    store, claim, _ = _store()
    a = _ann(store, 0, 3, [claim])
    with pytest.raises(ValueError):
        store.add(a)
    with pytest.raises(KeyError, match="unknown tag"):
        store.add(Annotation.create("d1", anchor_for(TEXT, 0, 3), ["t-missing"]))
    with pytest.raises(KeyError):
        store.remove("nope")


def test_by_doc_is_in_text_order():
    store, claim, _ = _store()
    late = _ann(store, 40, 45, [claim])
    early = _ann(store, 2, 6, [])
    _ann(store, 0, 1, [], doc="d2")
    assert [a.id for a in store.by_doc("d1")] == [early.id, late.id]


def test_round_trip_through_plain_data():
    store, claim, source = _store()
    _ann(store, 0, 3, [claim, source])
    _ann(store, 4, 12, [])
    again = AnnotationStore.from_dict(copy.deepcopy(store.to_dict()))
    assert again == store and again.annotations[0].anchor == store.annotations[0].anchor


def _comparison(text: str = TEXT) -> Comparison:
    cut = text.index("Rain")
    doc = DocumentResult("d1", "", "t", text, sentences=[
        Sentence("d1.s1", 0, cut - 1, "f1"), Sentence("d1.s2", cut, len(text), "f2")])
    return Comparison("m", [doc], facts=[Fact("f1", ["d1.s1"], ["d1"], "unique"),
                                         Fact("f2", ["d1.s2"], ["d1"], "unique")])


def test_verdict_key_depends_on_sentences_not_fact_ids():
    first = verdict_for_fact(_comparison(), "f1", "disputed", "why")
    assert [a.exact for _, a in first.anchors] == [TEXT[:TEXT.index("Rain") - 1]]
    renumbered = _comparison()
    renumbered.facts[0].id, renumbered.facts[1].id = "f9", "f1"
    for s in renumbered.documents[0].sentences:
        s.fact = "f9" if s.id == "d1.s1" else "f1"
    assert verdict_for_fact(renumbered, "f9", "confirmed").fact_key == first.fact_key
    assert fact_key(first.anchors) != verdict_for_fact(_comparison(), "f2", "x").fact_key
    with pytest.raises(ValueError):
        verdict_for_fact(_comparison(), "f1", "  ")


def test_set_and_remove_verdict_return_what_they_replace():
    store = AnnotationStore()
    v1 = verdict_for_fact(_comparison(), "f1", "disputed")
    v2 = verdict_for_fact(_comparison(), "f1", "confirmed")
    assert store.set_verdict(v1) is None
    assert store.set_verdict(v2) is v1
    assert store.verdict(v1.fact_key) is v2
    assert store.remove_verdict(v1.fact_key) is v2 and store.verdicts == []
