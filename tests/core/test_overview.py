"""Source x source similarity: the share of facts two sources both report."""

import pytest

from viewer.core.documents import load_text
from viewer.core.overview import shared_facts, source_similarity, strays
from viewer.core.pipeline import compare
from viewer.core.result import Comparison, DocumentResult, Fact


def _comparison(facts: dict[str, list[str]], docs=("d1", "d2", "d3")) -> Comparison:
    return Comparison(model="test",
                      documents=[DocumentResult(id=d, path="", title=d, text="") for d in docs],
                      facts=[Fact(id=f, sentences=[], sources=s,
                                  status="shared" if len(s) > 1 else "unique")
                             for f, s in facts.items()])


def test_jaccard_over_facts_for_a_known_comparison():
    c = _comparison({"f1": ["d1", "d2"], "f2": ["d1"], "f3": ["d2", "d3"],
                     "f4": ["d1", "d2", "d3"]})
    m = source_similarity(c)
    # d1 {f1,f2,f4}, d2 {f1,f3,f4}, d3 {f3,f4}
    assert m[0][1] == pytest.approx(2 / 4)
    assert m[0][2] == pytest.approx(1 / 4)
    assert m[1][2] == pytest.approx(2 / 3)
    assert [m[k][k] for k in range(3)] == [1.0, 1.0, 1.0]
    assert shared_facts(c, "d2", "d3") == ["f3", "f4"]


def test_sources_with_nothing_in_common_score_zero():
    m = source_similarity(_comparison({"f1": ["d1"], "f2": ["d2"]}, docs=("d1", "d2")))
    assert m == [[1.0, 0.0], [0.0, 1.0]]


def test_real_comparison_gives_a_symmetric_matrix_in_unit_range():
    a = ("Heavy rain caused the Lesna river to burst its banks on Monday, flooding six villages."
         "\nInterior Minister Dana Okonkwo-Reyes said 2,300 people had been evacuated.")
    b = ("The Lesna river overflowed on Monday after days of heavy rain, and six villages were "
         "flooded.\nRail services to the capital were suspended.")
    c = "A new bakery opened in the old town square.\nIts bread sold out by noon."
    result = compare([load_text(a, "a.txt"), load_text(b, "b.txt"), load_text(c, "c.txt")])
    m = source_similarity(result)
    n = len(result.documents)
    assert len(m) == n and all(len(row) == n for row in m)
    for i in range(n):
        assert m[i][i] == 1.0
        for j in range(n):
            assert 0.0 <= m[i][j] <= 1.0
            assert m[i][j] == pytest.approx(m[j][i])
    assert m[0][1] > 0.0, "the two flood reports share a fact"
    assert m[0][2] == 0.0 and m[1][2] == 0.0, "the bakery story shares nothing"


def test_a_document_sharing_almost_nothing_is_a_stray():
    """An article of another story opened beside these shares no fact with any of them."""
    facts = {f"s{k}": ["d1", "d2"] for k in range(5)}
    facts |= {f"o{k}": ["d3"] for k in range(6)} | {"u1": ["d1"], "u2": ["d2"]}
    assert strays(_comparison(facts)) == ["d3"]
    facts["link"] = ["d2", "d3"]  # one fact in seven shared with d2: same story, told apart
    assert strays(_comparison(facts)) == []
    assert strays(_comparison({"f1": ["d1"]}, docs=("d1",))) == []  # nothing to compare with


def test_the_summary_warns_of_a_stray(tmp_path):
    from viewer.cli import summary

    samples = [load_text(t, f"s{k}") for k, t in enumerate([
        "The dam on the Sarn River gave way early on Sunday. Fourteen people died. Thousands "
        "were evacuated from the valley towns.",
        "Fourteen people were killed when the Sarn River dam gave way on Sunday. Thousands of "
        "residents were evacuated."])]
    stray = load_text("The Social Democratic Union won the regional election. Turnout was 61 "
                      "per cent. Coalition talks begin next week.", "vote")
    result = compare([*samples, stray])
    text = summary(result)
    assert "warning: d3 shares almost no facts" in text
    assert "warning: d1" not in text and "warning: d2" not in text
