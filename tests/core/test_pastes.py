"""Cleaning on pastes of 40 real site families (tests/data/pastes), as a reader copies them.

Each `.txt` is a page selected and pasted from a browser, in the style of a real site (a wire,
a public broadcaster, a US cable site, a live blog, a tabloid, a local paper on a common CMS,
financial, magazine, government, university, sports, Substack, a wiki, ...), written from
memory of those sites by reviewers who did not read the cleaning rules. Its `.ann` twin marks
every line: "~ " furniture, "H " headline or standfirst, otherwise article. The limits below
are today's figures, so that a change that loses article text or keeps more furniture fails.
"""

from pathlib import Path

import pytest

from viewer.core.cleaning import clean, normalise_line

PASTES = Path(__file__).resolve().parent.parent / "data" / "pastes"
NAMES = sorted(p.stem for p in PASTES.glob("*.ann"))

# Article lines cleaning removes, on purpose or as a known limit:
# 04/08: a one-word heading over a list ("Summary", "Key facts") reads as a section label;
# 15: a newsletter's one-word sign-off ("Martha"); 19: a cookie banner quoted in an article
# about cookie banners; 25: a sentence opening "All rights reserved ..."; 27: "Source:
# Intellectual Property Office" under a chart reads as a credit.
KNOWN_LOST = {"04_guardian_live": 1, "08_africa": 1, "15_substack": 1, "19_tech_cookies": 3,
              "25_media_story": 1, "27_court_tricky": 1}
# Headlines removed as menu entries: a magazine's three-word title, two rows of a wiki's
# infobox.
KNOWN_LOST_HEADLINES = {"11_magazine": 1, "16_wiki": 2}
# Furniture kept, by page: mostly captions without a credit, video blurbs, tickers and
# leftovers of menus. Pages 01-27 when added: 255 lines kept, 75 after session 13's rules;
# pages 31-45 (a second reviewer, 15 more site families: Yahoo carrying AFP, Axios, NPR, ABC
# Australia, RTÉ, SCMP, Hindustan Times, The Japan Times, Kyiv Independent, DW, Bloomberg, The
# Independent, the Mirror, a Scripps TV station, Patch): 124 of 769 kept and one transcript
# line lost when added, 24 kept and none lost after their sites' fixed wording. Session 16
# (captions under a bare credit, edition switchers, "Related article" teasers, bylined
# writers' notes at the foot): 99 -> 89 kept over the 40 pages, none lost. Session 17 (a menu's
# sentence-case entries beside a breadcrumb, "Most read in Ireland" over its teasers): 89 -> 83.
# Session 19 (a list of teasers past a headline with a full stop, a government page's "From:"
# and sender, site names between menu lines, button rows): 83 -> 76, none lost.
KEPT_FURNITURE = {"01_wire_reuters": 0, "02_bbc": 1, "03_cnn": 3, "04_guardian_live": 4,
                  "05_tabloid": 5, "06_local_blox": 1, "07_india": 1, "08_africa": 0,
                  "09_aljazeera": 2, "10_financial": 16, "11_magazine": 3, "12_govpress": 1,
                  "13_university": 2, "14_sports": 6, "15_substack": 1, "16_wiki": 2, "18_ap": 0,
                  "19_tech_cookies": 1, "20_nyt_qa": 1, "21_asia": 4, "22_fox": 4,
                  "23_wp_local_timeline": 0, "24_paywall_ft": 2, "25_media_story": 0,
                  "27_court_tricky": 0, "31_yahoo_afp": 2, "32_axios": 1, "33_npr": 1,
                  "34_abc_au": 0, "35_rte": 0, "36_scmp": 1, "37_hindustan_times": 1,
                  "38_japan_times": 2, "39_kyiv_independent": 5, "40_dw": 1, "41_bloomberg": 0,
                  "42_independent": 0, "43_mirror": 0, "44_wxyz_local_tv": 2, "45_patch": 0}


def _judge(name: str) -> tuple[list[str], list[str], list[str]]:
    raw = (PASTES / f"{name}.txt").read_text(encoding="utf-8")
    text = clean(raw).text
    kept = set(text.split("\n"))
    lost, lost_headlines, furniture = [], [], []
    for line in (PASTES / f"{name}.ann").read_text(encoding="utf-8").split("\n"):
        mark, body = (line[:2], line[2:]) if line[:2] in ("~ ", "H ") else ("", line)
        body = normalise_line(body)
        if not body:
            continue
        if mark == "~ ":
            if body in kept:
                furniture.append(body)
        elif body not in text:  # (a list item may be joined to its lead-in line: still there)
            (lost_headlines if mark else lost).append(body)
    return lost, lost_headlines, furniture


def test_every_paste_has_its_annotation():
    assert len(NAMES) == 40 and set(NAMES) == set(KEPT_FURNITURE)


@pytest.mark.parametrize("name", NAMES)
def test_article_lines_stay(name):
    lost, lost_headlines, _ = _judge(name)
    assert len(lost) <= KNOWN_LOST.get(name, 0), lost
    assert len(lost_headlines) <= KNOWN_LOST_HEADLINES.get(name, 0), lost_headlines


@pytest.mark.parametrize("name", NAMES)
def test_furniture_goes(name):
    _, _, furniture = _judge(name)
    assert len(furniture) <= KEPT_FURNITURE[name], furniture
