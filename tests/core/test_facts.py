"""Fact clustering merges strongest links first and never chains unrelated sentences."""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.core.facts import _adjacency, cluster_facts, join_introducers


def run(n, doc_of, edges, merge=0.3):
    i = np.array([a for a, _, _ in edges])
    j = np.array([b for _, b, _ in edges])
    s = np.array([w for _, _, w in edges])
    return cluster_facts(n, doc_of, i, j, s, np.ones(len(edges), dtype=bool), merge)


def test_fully_linked_group_is_one_fact():
    c = run(4, [0, 1, 2, 3], [(0, 1, .7), (0, 2, .6), (1, 2, .6), (0, 3, .5), (1, 3, .5),
                              (2, 3, .6)])
    assert len(set(c)) == 1


def test_chain_through_a_two_topic_sentence_is_cut():
    # 0~1 (topic X), 1~2 (1 is long: X and Y), 2~3 (topic Y): 0 and 3 share nothing.
    c = run(4, [0, 1, 2, 3], [(0, 1, .7), (1, 2, .45), (2, 3, .7)])
    assert c[0] == c[1] and c[2] == c[3] and c[0] != c[3]


def test_every_sentence_gets_exactly_one_fact():
    c = run(5, [0, 1, 2, 0, 1], [(0, 1, .8)])
    assert len(c) == 5 and c[0] == c[1] and len(set(c)) == 4


def test_two_short_sentences_join_their_long_counterpart():
    # 0 is long (doc 0); 1 and 2 are short (doc 1), each linked only to 0.
    c = run(3, [0, 1, 1], [(0, 1, .5), (0, 2, .45)])
    assert len(set(c)) == 1


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 7), st.integers(0, 7),
                          st.floats(0.01, 1.0, allow_nan=False)), max_size=30))
def test_the_neighbour_maps_hold_each_pairs_score_both_ways(edges):
    edges = list({(min(a, b), max(a, b)): s for a, b, s in edges if a != b}.items())
    i = np.array([a for (a, _), _ in edges], dtype=int)
    j = np.array([b for (_, b), _ in edges], dtype=int)
    s = np.array([w for _, w in edges], dtype=float)
    maps = _adjacency(8, i, j, s)
    expected = [dict() for _ in range(8)]
    for (a, b), w in edges:
        expected[a][b] = w
        expected[b][a] = w
    assert maps == expected


def test_an_introducer_joins_the_fact_of_the_line_after_it():
    texts = ["Eleni Vasilaki, Chief Executive Officer of Nerida, said in a statement:",
             "“For twenty years we have been the challenger.”",
             "The minister gave three reasons for the decision:",  # no speech: stays
             "Prices rose.",
             "Helene Strand said:"]  # the last line of its document: nothing to join
    out = join_introducers([0, 1, 2, 3, 4], texts, [0, 0, 0, 0, 0])
    assert out[0] == out[1]
    assert len(set(out)) == 4 and out[2] != out[3] and out[4] not in out[:4]
    # across a document boundary nothing joins
    assert len(set(join_introducers([0, 1], texts[:2], [0, 1]))) == 2
    # a long sentence ending in a colon after "said" is a sentence, not an introducer
    long = ("The agency, which has run the national grid since it was split from the old "
            "state utility in 1998 and now employs more than four thousand people, said:")
    assert len(set(join_introducers([0, 1], [long, texts[1]], [0, 0]))) == 2
