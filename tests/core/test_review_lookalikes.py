"""Look-alikes an independent reviewer wrote against session 18's rules: article lines that
resemble the new furniture patterns, real disagreements that resemble what the new number rules
set aside, and people that resemble companies. Each case says what must happen; the first
versions of the rules failed 94 of them (see README, Quality)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from viewer.core.cleaning import clean
from viewer.core.discrepancies import SentenceView, find_discrepancies
from viewer.core.entities import group_mentions
from viewer.core.nlp import ParsedMention, stem
from viewer.core.quantities import find_quantities

CASES = json.loads((Path(__file__).parent.parent / "data" / "lookalikes" /
                    "review_session18.json").read_text(encoding="utf-8"))["cases"]


def _kept(lines: list[str]) -> list[str]:
    return [x for x in clean("\n".join(lines)).text.split("\n") if x.strip()]


def _found(views: list[dict]) -> list[tuple[str, str]]:
    docs = {d: f"d{n + 1}" for n, d in enumerate(dict.fromkeys(v["doc"] for v in views))}
    fact = []
    for k, v in enumerate(views):
        t = v["text"]
        ents = tuple((e, label, n, t.index(n), t.index(n) + len(n)) for n, e, label in v["ents"])
        s = SentenceView(f"{docs[v['doc']]}.s{k + 1}", docs[v["doc"]], docs[v["doc"]], 0, t,
                         tuple(find_quantities(t)), ents)
        if v["enum"]:
            s = replace(s, enumerations=(tuple(
                (stem(w.split()[-1].lower()), t.index(w), t.index(w) + len(w), w)
                for w in v["enum"]),))
        fact.append(s)
    return [(f.kind, f.detail) for f in find_discrepancies([fact])]


def _groups(texts: list) -> list[list[str]]:
    mentions = []
    for text, names in texts:
        found, at = [], 0
        for name, label in names:
            at = text.index(name, at)
            found.append(ParsedMention(at, at + len(name), name, label))
            at += len(name)
        mentions.append(found)
    return [sorted(g.aliases) for g in group_mentions(mentions, [t for t, _ in texts])]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_session_18_lookalike(case):
    how, _, what = case["expect"].partition(": ")
    if case["kind"] == "clean":
        kept = _kept(case["data"])
        assert (what in kept) == (how == "keep"), (case["note"], kept)
    elif case["kind"] == "disc":
        found = _found(case["data"])
        if how == "flag":
            assert found, case["note"]
        elif how == "noflag":
            assert not found, (case["note"], found)
        elif how == "nokind":
            assert not any(k == what for k, _ in found), (case["note"], found)
        else:
            assert len(found) == 1 and what in found[0][1], (case["note"], found)
    else:
        a, b = what.split("|")
        together = any(a in g and b in g for g in _groups(case["data"]))
        assert together == (how == "together"), case["note"]
