"""Look-alikes an independent reviewer wrote against session 19's rules: pages with article lines
that resemble the new furniture patterns (a "10-day trial", "Code of conduct: MPs face ...", a
Title Case headline between a menu and its share buttons, a headline ending "... coming from"),
the furniture the rules were written for, and names that resemble the new entity rules (a father
and his son "Jan Pavel Novak", Taiwan beside China). Each page says which of its article lines
stay whole and which furniture lines go; the first version of the rules made 99 of the 287
cases worse (README, Quality)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.core.test_entities import run_texts
from viewer.core.cleaning import clean
from viewer.core.documents import load_path

DATA = json.loads((Path(__file__).parent.parent / "data" / "lookalikes" /
                   "review_session19.json").read_text(encoding="utf-8"))


def _kept(page: dict, tmp_path: Path) -> list[str]:
    if page["kind"] == "text":
        text = clean("\n".join(page["lines"])).text
    else:
        path = tmp_path / f"{page['id']}.html"
        path.write_text(page["html"], encoding="utf-8")
        source = load_path(str(path))
        text = clean(source.raw, furniture=source.furniture).text
    return [" ".join(x.split()) for x in text.split("\n") if x.strip()]


@pytest.mark.parametrize("page", DATA["pages"], ids=[p["id"] for p in DATA["pages"]])
def test_session_19_lookalike_page(page, tmp_path):
    kept = _kept(page, tmp_path)
    assert [x for x in page["keep"] if x not in kept] == [], page["note"]
    joined = "\n".join(kept)
    assert [x for x in page["drop"] if x in joined] == [], page["note"]


@pytest.mark.parametrize("case", DATA["entities"], ids=[c["id"] for c in DATA["entities"]])
def test_session_19_lookalike_names(case):
    groups = [set(g.aliases) for g in run_texts(*[(text, names) for text, names in case["docs"]])]
    for how, a, b in case["expect"]:
        together = any({a, b} <= g for g in groups)
        assert together == (how == "together"), (case["note"], how, a, b)
