"""CSV exports: one row per fact and per entity, one column group per document."""

import csv
import io

from viewer.core.result import Comparison, DocumentResult, Entity, Fact, Mention, Sentence
from viewer.core.tables import CSV_ENCODING, entities_csv, facts_csv


def _result() -> Comparison:
    t1 = "Dam bursts, 14 dead.\nRescuers from Lusk search the valley."
    t2 = ("Seventeen dead as dam fails; Lusk evacuated.\n"
          "Lusk, Lusk and Brezhno flooded, \"officials\" say.")
    lusk = t1.index("Lusk")
    d1 = DocumentResult("d1", "/news/one, two.txt", "Dam bursts", t1,
                        sentences=[Sentence("d1.s1", 0, 20, "f1"),
                                   Sentence("d1.s2", 21, len(t1), "f2")],
                        mentions=[Mention(lusk, lusk + 4, "Lusk", "GPE", "e1")])
    starts = [i for i in range(len(t2)) if t2.startswith("Lusk", i)]
    brezhno = t2.index("Brezhno")
    d2 = DocumentResult("d2", "", "Seventeen dead", t2,
                        sentences=[Sentence("d2.s1", 0, 44, "f1"),
                                   Sentence("d2.s2", 45, len(t2), "f1")],
                        mentions=[Mention(s, s + 4, "Lusk", "GPE", "e1") for s in starts]
                        + [Mention(brezhno, brezhno + 7, "Brezhno", "GPE", "e2")])
    return Comparison("test", [d1, d2],
                      facts=[Fact("f1", ["d1.s1", "d2.s1", "d2.s2"], ["d1", "d2"], "shared"),
                             Fact("f2", ["d1.s2"], ["d1"], "unique")],
                      entities=[Entity("e1", "Lusk", "GPE", ["Lusk", "Lusk town"], ["d1", "d2"]),
                                Entity("e2", "Brezhno", "GPE", ["Brezhno"], ["d2"])])


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_facts_csv_has_a_row_per_fact_and_each_documents_sentences():
    result = _result()
    text = facts_csv(result)
    header = next(csv.reader(io.StringIO(text)))
    assert header[:4] == ["fact", "status", "sources_count", "sources"]
    assert header[4:] == ["text d1 (one, two.txt)", "text d2 (Seventeen dead)"]
    rows = _rows(text)
    assert [r["fact"] for r in rows] == [f.id for f in result.facts]
    shared = rows[0]
    assert (shared["status"], shared["sources_count"], shared["sources"]) == ("shared", "2",
                                                                              "d1 d2")
    assert shared["text d1 (one, two.txt)"] == result.sentence_text("d1.s1")
    assert shared["text d2 (Seventeen dead)"].split("\n") == [result.sentence_text("d2.s1"),
                                                              result.sentence_text("d2.s2")]
    assert rows[1]["text d2 (Seventeen dead)"] == "" and rows[1]["status"] == "unique"


def test_entities_csv_marks_presence_and_counts_mentions():
    result = _result()
    rows = _rows(entities_csv(result))
    assert [r["entity"] for r in rows] == ["Lusk", "Brezhno"]
    lusk, brezhno = rows
    assert lusk["aliases"] == "Lusk town" and lusk["label"] == "GPE"
    assert lusk["sources_count"] == "2" and brezhno["sources_count"] == "1"
    assert lusk["named d1 (one, two.txt)"] == "yes" and brezhno["named d1 (one, two.txt)"] == "no"
    d2 = result.documents[1]
    assert lusk["mentions d2 (Seventeen dead)"] == str(sum(m.entity == "e1" for m in d2.mentions))
    assert lusk["mentions d2 (Seventeen dead)"] == "3"
    assert brezhno["mentions d1 (one, two.txt)"] == "0"


def test_quotes_commas_and_newlines_survive_a_round_trip():
    result = _result()
    data = facts_csv(result).encode(CSV_ENCODING)
    assert data.startswith(b"\xef\xbb\xbf"), "a BOM, so spreadsheets read UTF-8"
    rows = _rows(data.decode(CSV_ENCODING))
    assert '"officials"' in rows[0]["text d2 (Seventeen dead)"]
