"""File ▸ Export: CSV of facts and of entities, and the report as PDF."""

import csv

import pypdf


def _csv(path):
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def test_export_actions_follow_the_result(window):
    for key in ("export_facts_csv", "export_entities_csv", "export_pdf"):
        assert window.actions_by_key[key].isEnabled()
    window.close_document(0)
    window.close_document(0)
    assert not window.actions_by_key["export_pdf"].isEnabled()


def test_facts_csv(window, tmp_path):
    out = tmp_path / "out" / "facts.csv"
    assert window.export_facts_csv(str(out))
    rows = _csv(out)
    assert [r["fact"] for r in rows] == [f.id for f in window.result.facts]
    shared = next(f for f in window.result.facts if f.status == "shared")
    row = next(r for r in rows if r["fact"] == shared.id)
    assert int(row["sources_count"]) == len(shared.sources) >= 2
    a_column = next(k for k in row if k.startswith("text d1"))
    assert window.result.sentence_text(next(s for s in shared.sentences
                                            if s.startswith("d1."))) in row[a_column]
    assert f"Wrote {out}" in window.status_label.text()


def test_entities_csv(window, tmp_path):
    out = tmp_path / "entities.csv"
    assert window.export_entities_csv(str(out))
    rows = _csv(out)
    assert [r["entity"] for r in rows] == [e.name for e in window.result.entities]
    for (_entity, present), row in zip(window.result.presence_matrix(), rows):
        named = [v for k, v in row.items() if k.startswith("named ")]
        assert named == ["yes" if p else "no" for p in present]


def test_pdf_is_a_readable_document_with_the_articles(qtbot, window, tmp_path):
    out = tmp_path / "report.pdf"
    assert window.export_pdf(str(out))  # made in the background
    with qtbot.waitSignal(window.pdf_export.done, timeout=30000) as done:
        pass
    assert done.args == [str(out)] and f"Wrote {out}" in window.status_label.text()
    data = out.read_bytes()
    assert data.startswith(b"%PDF-") and b"%%EOF" in data[-64:]
    reader = pypdf.PdfReader(out)
    assert len(reader.pages) >= 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842), "A4 in points"
    # Qt sets a word's first letter apart and uses ligatures: compare without spaces
    text = "".join("".join(p.extract_text().split()) for p in reader.pages)
    assert "HeavyraincausedtheLesnarivertoburstitsbanks" in text
    assert "DanaOkonkwo-Reyes" in text and "Wherethesourcesdisagree" in text
    assert "onlyonesource" in text and "clickasentence" not in text, "legend, no click hint"


def test_an_unwritable_target_is_reported(qtbot, window, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    assert not window.export_facts_csv(str(blocker / "facts.csv"))
    assert any("facts.csv" in m for m in window.banner.messages())
    window.export_pdf(str(blocker / "report.pdf"))
    qtbot.waitUntil(lambda: any("report.pdf" in m for m in window.banner.messages()),
                    timeout=30000)
    assert not (blocker / "report.pdf").exists()
