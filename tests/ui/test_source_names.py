"""Users read source names, never the internal ids d1, d2 or d1.s4."""

import re

from viewer.core.result import Comparison, DocumentResult, RemovedText
from viewer.ui.source_names import SourceNames, fact_summary, file_name, short_title

_IDS = re.compile(r"\bd\d+(\.s\d+)?\b")


def test_short_titles_cut_at_a_word():
    assert short_title("River floods villages") == "River floods villages"
    cut = short_title("Death toll in Kalmor Dam disaster rises to 17 as questions grow")
    assert cut == "Death toll in Kalmor Dam…" and len(cut) <= 28
    assert short_title("", "harvel-courier") == "harvel-courier"


def test_a_file_name_that_says_something_names_the_source():
    assert file_name("01-harvel-courier") == "Harvel Courier"
    # a site's address is how readers name the site
    assert file_name("04-english.pardafas.com") == "english.pardafas.com"
    assert file_name("www.BBC.co.uk") == "bbc.co.uk"
    assert file_name("05-legit.ng") == "legit.ng"
    assert file_name("a-coastline-herald") == "Coastline Herald"
    assert file_name("B_national_wire") == "National Wire"
    assert file_name("Reuters_2024-03-15") == "Reuters"
    assert file_name("BBC News - Floods") == "BBC News - Floods"
    for generic in ("a", "article (3)", "download", "untitled-2", "12345", "doc_1", "Page 2"):
        assert file_name(generic) == "", generic
    docs = [DocumentResult("d1", "in/02-novapress.txt", "Veltria dam collapse kills 14", "x"),
            DocumentResult("d2", "in/article.txt", "Death toll rises to 17", "x")]
    names = SourceNames(Comparison("m", docs))
    assert (names.name("d1"), names.name("d2")) == ("Novapress", "Death toll rises to 17")


def test_initials_in_a_file_name_are_written_as_the_text_writes_them():
    text = "CARROW, Oct 14 (CPA) - A bridge fell, the CPA said. NBS showed the wire's photos."
    assert file_name("01-cpa-wire", text) == "CPA Wire"
    assert file_name("03-nbs-live", text) == "NBS Live"
    # a word the text writes in capitals only now and then, or not at all, is capitalised
    assert file_name("02-lenn-valley-courier", "The Courier's COURIER app; the Lenn Courier") == \
        "Lenn Valley Courier"
    assert file_name("01-cpa-wire") == "Cpa Wire"
    docs = [DocumentResult("d1", "in/01-cpa-wire.txt", "Bridge falls", text)]
    assert SourceNames(Comparison("m", docs)).name("d1") == "CPA Wire"
    # written with its accents, or only in the lines removed as the site's furniture
    assert file_name("05-sok-english", "Got a story? Call the ŠOK! newsdesk") == "ŠOK English"
    page = DocumentResult("d1", "in/03-vtv-news.html", "Riot ends", "The riot ended.",
                          removed=[RemovedText("© 2025 VTV. All rights reserved.", "boilerplate")])
    assert SourceNames(Comparison("m", [page])).name("d1") == "VTV News"


def test_ids_in_messages_become_names_and_same_titles_are_told_apart():
    docs = [DocumentResult(f"d{n}", f"{n}.txt", title, "x") for n, title in
            enumerate(["Dam bursts", "Dam bursts", "Floods"], start=1)]
    names = SourceNames(Comparison("m", docs))
    assert names.name("d1") == "Dam bursts" and names.name("d2") == "Dam bursts (2)"
    assert names.humanize("Fourteen dead (d1) vs 17 dead (d3, d2)") == \
        "Fourteen dead (Dam bursts) vs 17 dead (Floods, Dam bursts (2))"
    assert names.sentence("d3.s4") == "Floods, sentence 4"
    assert names.humanize("d10 and odd1 stay") == "d10 and odd1 stay"


def test_status_bar_names_the_sources_of_a_fact(window):
    shared = next(f for f in window.result.facts if len(f.sources) == 2)
    window.select_fact(shared.id)
    text = window.status_label.text()
    assert text == fact_summary(shared, window.names)
    assert "Floods force thousands…" in text and "River floods villages" in text
    assert not _IDS.search(text) and "2 sources" in text
    unique = next(f for f in window.result.facts if len(f.sources) == 1)
    window.select_fact(unique.id)
    assert window.status_label.text().startswith("Reported only by ")
    assert not _IDS.search(window.status_label.text())


def test_docks_and_discrepancy_status_show_names_with_ids_in_tooltips(window):
    tree = window.facts_panel.tree
    for n in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(n)
        assert not _IDS.search(item.text(2)), item.text(2)
        assert _IDS.search(item.toolTip(2))
    facts = {f.id: f for f in window.result.facts}
    shown = {tree.topLevelItem(n).text(0): tree.topLevelItem(n).text(2)
             for n in range(tree.topLevelItemCount())}
    both = [fid for fid, f in facts.items() if len(f.sources) == 2]
    alone = [fid for fid, f in facts.items() if len(f.sources) == 1]
    assert both and all(shown[fid] == "Both sources" for fid in both)  # not two cut-off names
    assert alone and all(shown[fid] == window.names.name(facts[fid].sources[0]) for fid in alone)
    assert window.disc_view.count() >= 1
    item = window.disc_view.topLevelItem(0)
    assert not _IDS.search(item.text(1)) and not _IDS.search(item.text(2))
    assert "River floods villages" in item.text(2)
    assert _IDS.search(item.toolTip(2))
    window.actions_by_key["next_discrepancy"].trigger()
    status = window.status_label.text()
    assert status.startswith("Discrepancy 1 of") and not _IDS.search(status)


def test_the_summary_counts_agree_in_number(window):
    text = window.status_label.text()
    assert text.startswith("2 documents · ")
    assert len(window.result.discrepancies) == 1  # 2,300 against 2,500 evacuated
    assert " · 1 discrepancy · " in text
