"""A removed boilerplate line can be restored from its pane; the document is analysed again
with the line back where it stood."""

from viewer.core import nlp

RAW = ("Home\nWorld\nBusiness\nFloods force thousands from homes\nHeavy rain caused the Lesna "
       "river to burst its banks on Monday, flooding six villages.\nShare\nInterior Minister "
       "Dana Okonkwo-Reyes said 2,300 people had been evacuated.")


def test_restore_puts_the_line_back_and_reanalyses_only_that_document(qtbot, window, files,
                                                                      monkeypatch):
    (files / "d.txt").write_text(RAW, encoding="utf-8")
    window.open_files([str(files / "d.txt")])
    qtbot.waitUntil(lambda: window.result is not None and len(window.panes) == 3
                    and not window.is_busy(), timeout=60000)
    pane = window.panes[2]
    k = next(n for n, r in enumerate(pane.doc.removed) if r.text == "Share")
    assert pane.removed.list.text() == "", "filled when first unfolded"
    pane.removed.toggle.setChecked(True)
    assert f"restore:{k}" in pane.removed.list.text()
    parsed = []
    real_parse = nlp.parse
    monkeypatch.setattr(nlp, "parse", lambda texts, *a, **kw: parsed.extend(texts)
                        or real_parse(texts, *a, **kw))
    with qtbot.waitSignal(window.analysis_finished, timeout=60000):
        pane.removed.list.linkActivated.emit(f"restore:{k}")
    doc = window.result.documents[2]
    lines = doc.text.split("\n")
    assert lines[lines.index("Share") - 1].startswith("Heavy rain")
    assert "Share" not in [r.text for r in doc.removed]
    assert {r.text for r in doc.removed} == {"Home", "World", "Business"}
    assert len(parsed) == 1 and "Share" in parsed[0], "only the changed document is parsed"
    assert "Share" in window.panes[2].text.toPlainText()
    assert window.result.documents[0].text == window.panes[0].doc.text
