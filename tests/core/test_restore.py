"""Restoring a removed line: cleaning keeps it in place, and the comparison analyses it."""

import dataclasses

from viewer.core.cleaning import clean
from viewer.core.documents import load_text
from viewer.core.pipeline import compare

RAW = """Home
World
Business
Floods force thousands from homes in Varna valley
Heavy rain caused the Lesna river to burst its banks on Monday, flooding six villages.
Share
Interior Minister Dana Okonkwo-Reyes said 2,300 people had been evacuated.
Photo: Jane Roe / Courier"""
OTHER = """Thousands evacuated as river floods villages
The Lesna river overflowed on Monday after days of heavy rain, and six villages were flooded.
Some 2,500 residents were moved to safety, according to Interior Minister Dana Okonkwo Reyes."""


def test_a_kept_line_stays_where_it_stood_and_nothing_else_changes():
    before = clean(RAW)
    share = next(r for r in before.removed if r.text == "Share")
    after = clean(RAW, keep={share.line})
    lines = after.text.split("\n")
    assert lines[lines.index("Share") - 1].startswith("Heavy rain")
    assert lines[lines.index("Share") + 1].startswith("Interior Minister")
    assert [r.text for r in after.removed] == [r.text for r in before.removed if r is not share]
    assert after.text.replace("Share\n", "") == before.text


def test_removed_lines_name_their_raw_line():
    raw_lines = RAW.split("\n")
    for r in clean(RAW).removed:
        assert raw_lines[r.line] == r.text


def test_compare_analyses_a_restored_line():
    source = load_text(RAW, "a")
    first = compare([source, load_text(OTHER, "b")])
    removed = first.documents[0].removed
    credit = next(r for r in removed if r.text.startswith("Photo:"))
    assert credit.line == RAW.split("\n").index(credit.text)
    restored = dataclasses.replace(source, keep=frozenset({credit.line}))
    second = compare([restored, load_text(OTHER, "b")])
    doc = second.documents[0]
    assert doc.text.endswith("\n" + credit.text), "back at its place: the last line"
    assert credit.text not in [r.text for r in doc.removed]
    assert len(doc.removed) == len(removed) - 1
    assert any(doc.text[s.start:s.end].startswith("Photo:") for s in doc.sentences), \
        "the restored line is analysed as a sentence"
    assert second.documents[1].text == first.documents[1].text


def test_restoring_the_first_navigation_line_does_not_make_it_the_title(tmp_path):
    source = load_text(RAW, "a")
    assert source.title == "Floods force thousands from homes in Varna valley", \
        "the title a session stores is the headline, not the first raw line"
    first = compare([source, load_text(OTHER, "b")])
    home = next(r for r in first.documents[0].removed if r.text == "Home")
    restored = dataclasses.replace(source, keep=frozenset({home.line}))
    doc = compare([restored, load_text(OTHER, "b")]).documents[0]
    assert doc.text.startswith("Home\n")
    assert doc.title == "Floods force thousands from homes in Varna valley"


def test_an_old_session_title_from_the_first_raw_line_is_replaced_by_the_headline():
    stale = dataclasses.replace(load_text(RAW, "a"), title="Home")
    doc = compare([stale, load_text(OTHER, "b")]).documents[0]
    assert doc.title == "Floods force thousands from homes in Varna valley"


def test_a_txt_file_is_titled_by_its_headline_not_its_navigation(tmp_path):
    from viewer.core.documents import load_path
    path = tmp_path / "page.txt"
    path.write_text(RAW, encoding="utf-8")
    assert load_path(str(path)).title == "Floods force thousands from homes in Varna valley"
