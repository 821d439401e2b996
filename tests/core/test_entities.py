"""Cross-document entity merging: aliases join, look-alikes stay apart, labels by vote."""

import pytest

from tests.goldeval import gold_names, load_gold, run_story
from viewer.core.entities import group_mentions
from viewer.core.nlp import ParsedMention


def together(result, *names):
    return any(set(names) <= set(g.aliases) for g in result)


def run(*docs):
    return group_mentions([[ParsedMention(0, len(t), t, label) for t, label in doc]
                           for doc in docs])


def test_title_full_name_and_surname_merge():
    r = run([("Kazakh President Kassym-Jomart Tokayev", "PERSON")],
            [("Tokayev", "PERSON"), ("Kassym-Jomart Tokayev", "PERSON")])
    assert len(r) == 1 and r[0].documents == [0, 1]


def test_adjective_stays_apart_from_the_person():
    r = run([("Kazakh", "NORP"), ("Kassym-Jomart Tokayev", "PERSON")], [("Tokayev", "PERSON")])
    assert not together(r, "Kazakh", "Tokayev")


def test_acronym_and_dotted_forms():
    r = run([("United States", "GPE"), ("U.S.", "GPE")], [("US", "GPE")],
            [("United Nations", "ORG"), ("UN", "ORG")])
    assert together(r, "United States", "U.S.", "US")
    assert together(r, "United Nations", "UN")
    assert not together(r, "US", "UN")


def test_spelling_variants_merge():
    r = run([("Mohamed bin Salman", "PERSON"), ("Mikhail Torvan", "PERSON")],
            [("Mohammed bin Salman", "PERSON"), ("Mihail Torvan", "PERSON")])
    assert together(r, "Mohamed bin Salman", "Mohammed bin Salman")
    assert together(r, "Mikhail Torvan", "Mihail Torvan")
    assert not together(r, "Mikhail Torvan", "Mohamed bin Salman")


def test_derived_word_is_not_a_spelling_variant():
    r = run([("Veltria", "GPE"), ("Veltrian", "NORP")], [("Veltri", "PERSON")])
    assert len(r) == 3


def test_short_form_joins_only_an_unambiguous_longer_name():
    r = run([("Arclight Services", "ORG")], [("Arclight", "ORG")])
    assert together(r, "Arclight", "Arclight Services")
    r = run([("Hallbridge", "GPE"), ("Hallbridge Stock Exchange", "ORG")])
    assert not together(r, "Hallbridge", "Hallbridge Stock Exchange")
    r = run([("Sarn River", "LOC"), ("Sarn Valley", "LOC")], [("Sarn", "LOC")])
    assert not together(r, "Sarn", "Sarn River") and not together(r, "Sarn", "Sarn Valley")


def test_label_by_vote():
    r = run([("Grey Heron", "PERSON"), ("Grey Heron", "ORG")], [("Grey Heron", "ORG")],
            [("Grey Heron", "ORG")])
    assert len(r) == 1 and r[0].label == "ORG"


@pytest.fixture(scope="module", params=gold_names())
def story(request):
    gold = load_gold(request.param)
    return gold, run_story(gold)


def test_gold_aliases_merge(story):
    gold, result = story
    where = {}
    for e in result.entities:
        for alias in e.aliases:
            where.setdefault(alias, set()).add(e.id)
    seen = merged = 0
    for entity in gold["entities"]:
        found = [a for a in entity["aliases"] if a in where]
        if len(found) < 2:
            continue
        seen += 1
        merged += len(set().union(*(where[a] for a in found))) == 1
    # story1's "Sarn" stays apart on purpose: it begins several names (River, Valley, ...).
    assert seen and merged / seen >= 0.8, (merged, seen)


def test_no_entity_spans_two_gold_entities(story):
    gold, result = story
    for e in result.entities:
        owners = {g["name"] for g in gold["entities"] for a in e.aliases if a in g["aliases"]}
        assert len(owners) <= 1, (e.name, owners)
    for a, b in gold["distinct"]:
        assert not any(a in e.aliases and b in e.aliases for e in result.entities), (a, b)


def test_presence_matrix_rows_follow_mentions(story):
    _, result = story
    for entity, row in result.presence_matrix():
        mentioned = [any(m.entity == entity.id for m in d.mentions) for d in result.documents]
        assert row == mentioned


def test_one_word_name_sometimes_a_place_is_a_place_not_a_person():
    from collections import Counter

    from viewer.core.entities import _winning_label

    assert _winning_label(Counter(PERSON=8, GPE=5), ["Lusk"]) == "GPE"
    # a person named in full somewhere stays a person, even if once read as a place
    assert _winning_label(Counter(PERSON=8, GPE=1), ["Radovan Kessler", "Kessler"]) == "PERSON"
    assert _winning_label(Counter(PERSON=3), ["Kessler"]) == "PERSON"
