"""Score a comparison against a hand-written gold annotation (tests/data/gold/*.json).

Gold sentences are given verbatim from the source files; they are located in each document's
cleaned text (whitespace folded the way cleaning folds it) and matched to the engine's sentence
that overlaps them most. Gold links are all cross-document pairs inside a gold fact group.
`python -m tests.goldeval [-v] [story ...]` prints the figures for every (or each named) gold
story; -v lists the false and missed links and the cleaning mistakes.
"""

from __future__ import annotations

import itertools
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from viewer.core.cleaning import normalise_line
from viewer.core.documents import load_path
from viewer.core.pipeline import Settings, compare
from viewer.core.result import Comparison

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT / "tests" / "data" / "gold"


@dataclass
class Scores:
    precision: float
    recall: float
    status_accuracy: float  # shared/unique right, per gold sentence
    unique_recall: float  # gold-unique sentences that the engine marks unique
    lost: list[str] = field(default_factory=list)  # gold sentences missing from cleaned text
    false_links: list[tuple[str, str]] = field(default_factory=list)
    missed_links: list[tuple[str, str]] = field(default_factory=list)
    kept_boilerplate: list[str] = field(default_factory=list)

    def line(self, name: str) -> str:
        return (f"{name}: link precision {self.precision:.3f}, recall {self.recall:.3f}; "
                f"shared/unique accuracy {self.status_accuracy:.3f}; unique marked unique "
                f"{self.unique_recall:.3f}; sentences lost by cleaning {len(self.lost)}; "
                f"boilerplate kept {len(self.kept_boilerplate)}")


def load_gold(name: str) -> dict:
    """The gold of one story, with its name under "name"."""
    gold = json.loads((GOLD_DIR / f"{name}.json").read_text(encoding="utf-8"))
    gold["name"] = name
    return gold


def gold_names() -> list[str]:
    return sorted(p.stem for p in GOLD_DIR.glob("*.json"))


def run_story(gold: dict, settings: Settings | None = None) -> Comparison:
    ids = sorted(gold["documents"], key=lambda k: int(k[1:]))
    sources = [load_path(str(ROOT / gold["documents"][i])) for i in ids]
    return compare(sources, settings)


_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*{1,3}|_{2,3})(\S(?:.*?\S)?)\1")


def _shown(line: str) -> str:
    """A gold line as the viewer shows it: Markdown links as their text ("[Share](url)"),
    without emphasis marks ("**Dravnik, 7 March 2027**")."""
    return normalise_line(_MD_EMPHASIS.sub(r"\2", _MD_LINK.sub(r"\1", line)))


def _locate(result: Comparison, doc_id: str, sentence: str) -> tuple[int, int] | None:
    text = result.document(doc_id).text
    needle = _shown(sentence)
    at = text.find(needle)
    return None if at < 0 else (at, at + len(needle))


def score(result: Comparison, gold: dict) -> Scores:
    """Link precision/recall and shared/unique accuracy of `result` against `gold`."""
    gold_of: dict[str, str] = {}  # engine sentence id -> gold key "g<fact>/<n>"
    fact_of_key: dict[str, str] = {}
    doc_of_key: dict[str, str] = {}
    lost = []
    status_of_sentence = {s.id: s.fact for d in result.documents for s in d.sentences}
    fact_status = {f.id: f.status for f in result.facts}
    right = unique_total = unique_right = total = 0
    for fact in gold["facts"]:
        sources = {d for d, _ in fact["sentences"]}
        for n, (doc_id, sentence) in enumerate(fact["sentences"]):
            key = f"{fact['id']}/{n}"
            fact_of_key[key] = fact["id"]
            doc_of_key[key] = doc_id
            span = _locate(result, doc_id, sentence)
            if span is None:
                lost.append(f"{doc_id}: {sentence}")
                continue
            overlaps = [
                (min(span[1], s.end) - max(span[0], s.start), s.id)
                for s in result.document(doc_id).sentences
                if min(span[1], s.end) > max(span[0], s.start)
            ]
            if not overlaps:
                lost.append(f"{doc_id}: {sentence}")
                continue
            best = max(overlaps)[1]
            gold_of.setdefault(best, key)
            total += 1
            ours = fact_status[status_of_sentence[best]]
            expected = "shared" if len(sources) > 1 else "unique"
            right += ours == expected
            if expected == "unique":
                unique_total += 1
                unique_right += ours == "unique"
    gold_links = set()
    for fact in gold["facts"]:
        keys = [f"{fact['id']}/{n}" for n in range(len(fact["sentences"]))]
        for a, b in itertools.combinations(keys, 2):
            if doc_of_key[a] != doc_of_key[b]:
                gold_links.add(frozenset((a, b)))
    predicted = set()
    false_links = []
    for link in result.links:
        a, b = gold_of.get(link.a), gold_of.get(link.b)
        if a is None or b is None:
            continue  # a sentence gold does not cover (e.g. boilerplate that was kept)
        pair = frozenset((a, b))
        predicted.add(pair)
        if pair not in gold_links:
            false_links.append((result.sentence_text(link.a), result.sentence_text(link.b)))
    hits = predicted & gold_links
    key_text = {f"{f['id']}/{n}": s for f in gold["facts"] for n, (_, s) in
                enumerate(f["sentences"])}
    missed = [tuple(key_text[k] for k in sorted(p)) for p in gold_links - predicted]
    kept = []
    for doc_id, lines in gold.get("boilerplate", {}).items():
        text = result.document(doc_id).text.split("\n")
        kept += [f"{doc_id}: {line}" for line in lines if _shown(line) in text]
    return Scores(
        precision=len(hits) / len(predicted) if predicted else 1.0,
        recall=len(hits) / len(gold_links) if gold_links else 1.0,
        status_accuracy=right / total if total else 1.0,
        unique_recall=unique_right / unique_total if unique_total else 1.0,
        lost=lost, false_links=false_links, missed_links=missed, kept_boilerplate=kept,
    )


def main() -> int:
    verbose = "-v" in sys.argv
    asked = [a for a in sys.argv[1:] if not a.startswith("-")]  # story names; none: all
    for name in asked or gold_names():
        gold = load_gold(name)
        s = score(run_story(gold), gold)
        print(s.line(name))
        if verbose:
            for a, b in s.false_links:
                print(f"  FALSE  {a}\n      ~  {b}")
            for a, b in s.missed_links:
                print(f"  MISSED {a}\n      ~  {b}")
            for x in s.lost + s.kept_boilerplate:
                print(f"  CLEAN  {x}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
