"""Alignment: vectorised scoring, candidate blocking, best-match link selection."""

import itertools

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.core.align import (
    AlignSettings,
    find_candidates,
    score_pairs,
    select_links,
    sentence_matrix,
)
from viewer.core.nlp import ParsedSentence


def sent(*terms: str, names=()) -> ParsedSentence:
    return ParsedSentence(0, 0, tuple(terms), tuple(names), ())


def links_of(sentences, doc_of, threshold=0.35):
    s = AlignSettings(threshold=threshold)
    m = sentence_matrix(sentences, doc_of, s)
    c = find_candidates(m, s)
    keep = select_links(c, np.asarray(doc_of), len(sentences), max(doc_of) + 1, threshold)
    return {(int(a), int(b)) for a, b in zip(c.i[keep], c.j[keep])}


def test_reordered_sentences_link_to_their_twins():
    doc1 = [sent("flood", "river", "bank", "burst"), sent("minist", "evacu", "resid"),
            sent("dam", "oper", "deni", "releas")]
    doc2 = [sent("dam", "oper", "releas", "deni"), sent("river", "flood", "burst", "bank"),
            sent("evacu", "resid", "minist")]
    assert links_of(doc1 + doc2, [0, 0, 0, 1, 1, 1]) == {(0, 4), (1, 5), (2, 3)}


def test_unrelated_sentences_do_not_link():
    doc1 = [sent("flood", "river", "bank"), sent("school", "shelter", "open")]
    doc2 = [sent("elect", "vote", "count"), sent("market", "price", "fall")]
    assert links_of(doc1 + doc2, [0, 0, 1, 1]) == set()


def test_one_long_sentence_links_to_two_short_ones():
    long = sent("dam", "collaps", "flood", "villag", "kill", "fourteen", "peopl")
    short1 = sent("dam", "collaps", "flood", "villag")
    short2 = sent("fourteen", "peopl", "kill")
    other = sent("school", "shelter", "open")
    assert links_of([long, short1, short2, other], [0, 1, 1, 1]) == {(0, 1), (0, 2)}


def test_a_weaker_pair_is_dropped_when_both_sides_have_better_partners():
    a = sent("okonkwo", "evacu", "resid", "camp")
    a2 = sent("okonkwo", "visit", "camp", "tuesday", "school")
    b1 = sent("okonkwo", "evacu", "resid", "camp", "school")
    b2 = sent("okonkwo", "visit", "camp", "tuesday")
    assert links_of([a, a2, b1, b2], [0, 0, 1, 1], threshold=0.2) == {(0, 2), (1, 3)}


vocab = st.sampled_from([f"w{k}" for k in range(30)])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(vocab, min_size=1, max_size=8), min_size=2, max_size=25),
       st.integers(2, 4))
def test_blocking_finds_every_pair_the_rule_admits(term_lists, n_docs):
    sentences = [sent(*t) for t in term_lists]
    doc_of = [k % n_docs for k in range(len(sentences))]
    s = AlignSettings(floor=0.05)
    m = sentence_matrix(sentences, doc_of, s)
    c = find_candidates(m, s)
    found = dict(zip(zip(c.i.tolist(), c.j.tolist()), c.score.tolist()))
    pairs = [(a, b) for a, b in itertools.combinations(range(len(sentences)), 2)
             if doc_of[a] != doc_of[b]]
    # The documented blocking rule: two shared features, or one if a sentence is short.
    feats = [set(t) for t in term_lists]
    pairs = [(a, b) for a, b in pairs
             if len(feats[a] & feats[b]) >= 2
             or (feats[a] & feats[b] and min(len(feats[a]), len(feats[b])) < 4)]
    if pairs:
        i, j = map(np.array, zip(*pairs))
        brute = {p: sc for p, sc in zip(pairs, score_pairs(m, i, j).tolist()) if sc >= 0.05}
    else:
        brute = {}
    assert found.keys() == brute.keys()
    assert all(0.0 <= v <= 1.0 for v in found.values())
    for p, v in brute.items():
        assert abs(found[p] - v) < 1e-9


def test_a_sentence_with_two_facts_leans_to_its_main_clause():
    import dataclasses

    both = dataclasses.replace(sent("train", "derail", "tuesday", "kill", "two"),
                               minor=("kill", "two"))
    derailed, killed = sent("train", "derail", "tuesday"), sent("kill", "two", "passeng")
    others = [sent("bridg", "close"), sent("union", "strike")]
    sentences, doc_of = [both, derailed, killed, *others], [0, 1, 2, 1, 2]

    def scores(weight):
        m = sentence_matrix(sentences, doc_of, AlignSettings(side_clause_weight=weight))
        return score_pairs(m, np.array([0, 0]), np.array([1, 2]))

    flat, leaning = scores(1.0), scores(0.6)
    assert leaning[0] - leaning[1] > flat[0] - flat[1]
    assert leaning[0] > leaning[1]


def test_figures_concepts_and_names_of_a_side_clause_weigh_as_its_words():
    """The figure, concept and place of "... and at least 30 were still missing in Lusk" are
    the side clause's: without their lesser weight the sentence went with the missing, not
    with the dead its main clause counts (story1's toll)."""
    import dataclasses

    from viewer.core.nlp import load_model, parse

    texts = ["By Monday evening, 14 people had been confirmed dead and at least 30 were still "
             "missing in Lusk, the crisis centre said.",
             "Officials have confirmed 14 deaths so far.",
             "At least 30 people in Lusk are still missing.",
             "The army has sent soldiers and helicopters to the valley.",
             "Schools in the region will stay closed until Friday."]
    sentences = [d.sentences[0] for d in parse(texts, load_model())]
    doc_of = [0, 1, 2, 1, 2]

    def lean(first):
        m = sentence_matrix([first, *sentences[1:]], doc_of, AlignSettings())
        dead, missing = score_pairs(m, np.array([0, 0]), np.array([1, 2])).tolist()
        return dead - missing

    both = sentences[0]
    assert both.minor_figures and both.minor_concepts and both.minor_proper
    words_only = dataclasses.replace(both, minor_figures=(), minor_claims=(), minor_concepts=(),
                                     minor_proper=())
    assert lean(both) > lean(words_only) + 0.02


def test_times_in_one_hour_of_the_clock_are_evidence_of_one_moment():
    from viewer.core.quantities import find_quantities

    def timed(text):
        import dataclasses

        return dataclasses.replace(sent("dam", "breach"), quantities=tuple(find_quantities(text)))

    def score(a, b):
        sentences = [timed(a), timed(b), sent("school", "close"), sent("army", "sent")]
        m = sentence_matrix(sentences, [0, 1, 0, 1], AlignSettings())
        return float(score_pairs(m, np.array([0]), np.array([1]))[0])

    same_hour = score("at about 2:10 a.m.", "shortly after 2 a.m.")
    assert same_hour > score("at about 2:10 a.m.", "shortly after 5 a.m.") + 0.05
    assert score("shortly before 2am", "at 2:10 a.m.") > score("at 11:10 p.m.", "at 2:10 a.m.")


def test_a_place_in_two_transliterations_is_one_name():
    import dataclasses

    def scored(a, b):
        one = dataclasses.replace(sent("fire", "evacu"), proper=(a,))
        two = dataclasses.replace(sent("fire", "evacu"), proper=(b,))
        others = [sent("bridg", "close"), sent("union", "strike")]
        m = sentence_matrix([one, two, *others], [0, 1, 0, 1], AlignSettings())
        return float(score_pairs(m, np.array([0]), np.array([1]))[0])

    assert scored("korwena", "korvena") == scored("korvena", "korvena")
    assert scored("korwena", "lusk") < scored("korvena", "korvena")


def test_openings_gain_the_bonus_only_together_and_only_on_some_evidence():
    sentences = [sent("flood", "forc", "thousand", "home"), sent("school", "shut", "monday"),
                 sent("town", "evacu", "water", "rise", "flood"), sent("elect", "vote", "count")]
    doc_of = [0, 0, 1, 1]
    s = AlignSettings()
    plain = sentence_matrix(sentences, doc_of, s)
    opened = sentence_matrix(sentences, doc_of, s, opening=np.array([True, False, True, True]))
    i, j = np.array([0, 1, 0]), np.array([2, 2, 3])
    before, after = score_pairs(plain, i, j), score_pairs(opened, i, j)
    assert before[0] > 0 and after[0] == pytest.approx(before[0] + s.opening_bonus)  # two openings
    assert after[1] == before[1]  # one opening
    assert before[2] == after[2] == 0  # two openings that share nothing stay apart
