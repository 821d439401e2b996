"""Exports of annotations and verdicts: CSV, W3C Web Annotation JSON-LD, HTML report, JSON."""

import csv
import io
import json

from viewer.core.annotation_export import (
    CSV_COLUMNS,
    JSONLD_CONTEXT,
    annotations_csv,
    annotations_jsonld,
    comparison_with_annotations,
)
from viewer.core.annotations import Annotation, AnnotationStore, anchor_for, verdict_for_fact
from viewer.core.report import render_html
from viewer.core.result import Comparison, DocumentResult, Fact, Sentence
from viewer.core.session import Session, SessionDocument

ONE = "Heavy rain hit Lesna on Monday. The minister said 2,300 people had been evacuated."
TWO = "The river burst its banks on Monday. Some 2,500 residents were moved, the minister said."


def _doc(doc_id: str, text: str, facts: list[str]) -> DocumentResult:
    cut = text.index(". ") + 1
    return DocumentResult(doc_id, f"/news/{doc_id}.txt", f"Title {doc_id}", text, sentences=[
        Sentence(f"{doc_id}.s1", 0, cut, facts[0]),
        Sentence(f"{doc_id}.s2", cut + 1, len(text), facts[1])])


def comparison(prefix: str = "") -> Comparison:
    docs = [_doc("d1", prefix + ONE, ["f1", "f2"]), _doc("d2", TWO, ["f3", "f2"])]
    return Comparison("test", docs, facts=[Fact("f1", ["d1.s1"], ["d1"], "unique"),
                                           Fact("f2", ["d1.s2", "d2.s2"], ["d1", "d2"], "shared"),
                                           Fact("f3", ["d2.s1"], ["d2"], "unique")])


def session() -> tuple[Session, dict[str, str]]:
    store = AnnotationStore()
    claim = store.add_tag("Claim", "#d55e00")
    risky = store.add_tag("=SUM(A1)", "#0072b2")
    at = ONE.index("2,300 people")
    ids = {
        "figure": store.add(Annotation.create("d1", anchor_for(ONE, at, at + 12),
                                              [claim.id, risky.id],
                                              "<script>alert(1)</script> check")).id,
        "plain": store.add(Annotation.create("d2", anchor_for(TWO, 4, 9), [], "")).id,
        "orphan": store.add(Annotation.create("d2", anchor_for("Old wording gone now", 0, 16),
                                              [claim.id], "=HYPERLINK(\"x\")")).id,
    }
    store.set_verdict(verdict_for_fact(comparison(), "f2", "disputed", "2,300 vs 2,500"))
    docs = [SessionDocument("d1", "/news/d1.txt", "Title d1", ONE),
            SessionDocument("d2", "/news/d2.txt", "Title d2", TWO)]
    return Session(docs, {}, store, {}), ids


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_csv_has_every_annotation_with_its_place_fact_and_verdict():
    s, ids = session()
    text = annotations_csv(s, comparison(prefix="Updated. "))
    assert text.splitlines()[0].split(",") == list(CSV_COLUMNS)
    rows = {r["id"]: r for r in _rows(text)}
    assert set(rows) == set(ids.values())
    fig = rows[ids["figure"]]
    assert fig["status"] == "quote" and fig["quote"] == "2,300 people"
    assert int(fig["start"]) == len("Updated. ") + ONE.index("2,300")
    assert (fig["sentence"], fig["fact"], fig["verdict"]) == ("d1.s2", "f2", "disputed")
    assert fig["tags"] == "Claim; =SUM(A1)"
    assert fig["title"] == "Title d1"
    orphan = rows[ids["orphan"]]
    assert orphan["status"] == "orphan" and orphan["quote"] == "Old wording gone" and \
        orphan["note"] == "'=HYPERLINK(\"x\")" and orphan["fact"] == ""  # never run as a formula


def test_csv_without_comparison_writes_stored_anchors():
    s, ids = session()
    rows = {r["id"]: r for r in _rows(annotations_csv(s))}
    assert {r["status"] for r in rows.values()} == {"stored"}
    assert rows[ids["orphan"]]["start"] == "0"


def test_jsonld_follows_the_web_annotation_model():
    s, ids = session()
    data = json.loads(json.dumps(annotations_jsonld(s, comparison())))
    assert data["@context"] == JSONLD_CONTEXT and data["type"] == "AnnotationCollection"
    items = {i["id"].rsplit(":", 1)[1]: i for i in data["first"]["items"]}
    assert data["total"] == len(items) == 4
    fig = items[ids["figure"]]
    assert fig["type"] == "Annotation" and fig["motivation"] == "commenting"
    assert [(b["purpose"], b["value"]) for b in fig["body"]] == [
        ("tagging", "Claim"), ("tagging", "=SUM(A1)"),
        ("commenting", "<script>alert(1)</script> check")]
    position, quote = fig["target"]["selector"]
    assert position == {"type": "TextPositionSelector", "start": ONE.index("2,300"),
                        "end": ONE.index("2,300") + 12}
    assert quote["type"] == "TextQuoteSelector" and quote["exact"] == "2,300 people"
    assert fig["target"]["scope"] == "file:///news/d1.txt"
    assert items[ids["plain"]]["motivation"] == "highlighting" and "body" not in items[ids["plain"]]
    orphan_selectors = [x["type"] for x in items[ids["orphan"]]["target"]["selector"]]
    assert orphan_selectors == ["TextQuoteSelector"]
    verdict = next(i for i in items.values() if i["motivation"] == "assessing")
    assert verdict["body"][0] == {"type": "TextualBody", "purpose": "assessing",
                                  "value": "disputed"}
    assert len(verdict["target"]) == 2


def test_html_report_includes_annotations_and_verdicts_escaped():
    s, _ = session()
    plain = render_html(comparison())
    page = render_html(comparison(), annotations=s)
    assert "id='annotations'" not in plain and "id='annotations'" in page
    assert "Annotations (3)" in page and "Verdicts (1)" in page
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; check" in page
    assert "<a href='#d1.s2'>2,300 people</a>" in page
    assert "not found in the current text" in page and "disputed" in page
    assert page.rstrip().endswith("</html>") and page.count("<script>") == plain.count("<script>")


def test_verdict_on_a_vanished_fact_is_listed_not_dropped():
    s, _ = session()
    other = Comparison("test", [_doc("d1", "Something else. Entirely new text here.", ["f1", "f1"]),
                                _doc("d2", "Nothing alike. Nothing at all.", ["f2", "f2"])],
                       facts=[Fact("f1", ["d1.s1", "d1.s2"], ["d1"], "unique"),
                              Fact("f2", ["d2.s1", "d2.s2"], ["d2"], "unique")])
    page = render_html(other, annotations=s)
    assert "fact not found in this analysis" in page
    data = comparison_with_annotations(s, other)
    assert [(v["fact"], v["value"]) for v in data["verdicts"]] == [(None, "disputed")]


def test_comparison_json_keeps_the_contract_and_adds_annotations():
    s, _ = session()
    data = json.loads(json.dumps(comparison_with_annotations(s, comparison())))
    assert Comparison.from_dict(data).to_dict() == comparison().to_dict()
    assert data["annotations"]["@context"] == JSONLD_CONTEXT
    assert data["verdicts"][0]["fact"] == "f2" and data["verdicts"][0]["note"] == "2,300 vs 2,500"
