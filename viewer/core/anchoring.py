"""Find an annotated passage again after its document's text changed.

Order: unchanged text (hash) → the quote at its old position or, when it moved, the occurrence whose
prefix/suffix fit best → a fuzzy search scored by quote and context → orphan. The fuzzy stage
aligns whole quotes with a full character diff (diff-match-patch's `match_main` only handles
32-character patterns) and never accepts a passage whose numbers or proper names differ from the
quote: "Team Alpha won 3-1" must not land on "Team Beta won 3-1". Orphans are reported, never
dropped.
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any

try:  # Google's C++ diff: same algorithm as diff-match-patch, many times faster than difflib
    import fast_diff_match_patch as _fast
except ImportError:  # pragma: no cover - platforms without a compiled wheel
    _fast = None

from viewer.core.annotations import (
    AnnotationStore,
    TextAnchor,
    Verdict,
    content_hash,
    fact_anchors,
    fact_key,
)

__all__ = ["Placement", "ORPHAN", "reanchor", "place_all", "locate_fact", "attach_verdicts",
           "fact_keys", "same_names_and_numbers"]

MIN_FUZZY_CHARS = 8  # shorter quotes are too ambiguous to look for approximately
MIN_QUOTE_SIMILARITY = 0.75
QUOTE_WEIGHT = 0.8  # of the fuzzy score; the rest is how well prefix/suffix fit
MAX_CANDIDATES = 6
MAX_SPOTS = 50  # a word run found more often than this says nothing about where the quote is
_DIFF_SECONDS = 0.2  # a pathological text must not stall opening a session
FINISHED_CANDIDATES = 3  # the most similar rough matches that get their ends refined

_WORD = re.compile(r"\w+")
_NUMBER = re.compile(r"\d+")
_NAME = re.compile(r"\b[^\W\d_][\w'’-]*")
# capitalised words that open sentences without naming anything
_COMMON = frozenset("""a an and as at but by for from he her his i if in it its many more most
no not of on once one or our she so some that the their then there these they this those to
under was we were what when where which while who why with yet you after before during
""".split())


@dataclass(frozen=True)
class Placement:
    start: int
    end: int
    how: str  # "exact" | "position" | "quote" | "fuzzy" | "orphan"
    score: float

    @property
    def placed(self) -> bool:
        return self.how != "orphan"


ORPHAN = Placement(-1, -1, "orphan", 0.0)


def reanchor(anchor: TextAnchor, text: str, text_hash: str | None = None) -> Placement:
    """Where the anchored passage is in `text` now (pass `text_hash` when placing many anchors)."""
    if (text_hash or content_hash(text)) == anchor.doc_hash and _fits(anchor, text):
        return Placement(anchor.start, anchor.end, "exact", 1.0)
    if not anchor.exact:
        return ORPHAN
    return _by_quote(anchor, text) or _fuzzy(anchor, text) or ORPHAN


def _fits(anchor: TextAnchor, text: str) -> bool:
    return text[anchor.start:anchor.end] == anchor.exact


# --- exact quote --------------------------------------------------------------------------------

def _by_quote(anchor: TextAnchor, text: str) -> Placement | None:
    hits = _occurrences(anchor.exact, text)
    if not hits:
        return None
    fit = {at: _context_fit(anchor, text, at, at + len(anchor.exact)) for at in hits}
    best = max(hits, key=lambda at: (fit[at], -abs(at - anchor.start)))
    if len(hits) > 1 and len(anchor.exact) < 12 and fit[best] < 0.25:
        return None  # a short, repeated quote with no context left: any choice would be a guess
    end = best + len(anchor.exact)
    if best == anchor.start and fit[best] >= max(fit.values()):
        return Placement(best, end, "position", 1.0)
    return Placement(best, end, "quote", round(0.75 + 0.25 * fit[best], 4))


def _occurrences(needle: str, text: str) -> list[int]:
    hits, at = [], text.find(needle)
    while at >= 0:
        hits.append(at)
        at = text.find(needle, at + 1)
    return hits


def _context_fit(anchor: TextAnchor, text: str, start: int, end: int) -> float:
    """Share of the stored prefix and suffix that still stand next to the passage (0..1)."""
    total = len(anchor.prefix) + len(anchor.suffix)
    if total == 0:
        return 1.0
    before = _common_suffix(anchor.prefix, text[max(0, start - len(anchor.prefix)):start])
    after = _common_prefix(anchor.suffix, text[end:end + len(anchor.suffix)])
    return (before + after) / total


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _common_suffix(a: str, b: str) -> int:
    return _common_prefix(a[::-1], b[::-1])


# --- fuzzy --------------------------------------------------------------------------------------

def _fuzzy(anchor: TextAnchor, text: str) -> Placement | None:
    """Rough-align the quote around each likely spot; finish the most similar few, keep the best."""
    if len(anchor.exact.strip()) < MIN_FUZZY_CHARS:
        return None
    rough = [r for guess in _candidates(anchor, text) if (r := _rough(anchor.exact, text, guess))]
    rough.sort(key=lambda r: (-r[2], abs(r[0] - anchor.start)))
    best: Placement | None = None
    for start, end, _ in rough[:FINISHED_CANDIDATES]:
        found = _finish(anchor, text, start, end)
        if found and (best is None or _better(found, best, anchor.start)):
            best = found
    return best


def _better(a: Placement, b: Placement, origin: int) -> bool:
    return (a.score, -abs(a.start - origin)) > (b.score, -abs(b.start - origin))


def _candidates(anchor: TextAnchor, text: str) -> list[int]:
    """Likely start offsets: where runs of the quote's words say it begins, and the old spot.

    Runs of three words ("shingles") are rare enough in prose to point at one place; a quote
    shorter than that falls back to single words.
    """
    quote = _words(anchor.exact)
    size = 3 if len(quote) >= 3 else 1
    index = _shingle_index(text, size)
    votes: Counter[int] = Counter()
    bucket = max(8, len(anchor.exact) // 4)
    for offset, key in _shingles(quote, size):
        spots = index.get(key, ())
        if 0 < len(spots) <= MAX_SPOTS:
            for at in spots:
                votes[(at - offset) // bucket] += 1.0 / len(spots)
    starts = [max(0, b * bucket) for b, _ in votes.most_common(MAX_CANDIDATES)]
    starts.append(min(anchor.start, max(0, len(text) - len(anchor.exact))))
    return _spread(starts, bucket)


def _words(text: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in _WORD.finditer(text.lower())]


def _shingles(words: list[tuple[int, str]], size: int) -> list[tuple[int, tuple[str, ...]]]:
    return [(words[i][0], tuple(w for _, w in words[i:i + size]))
            for i in range(len(words) - size + 1)]


@functools.lru_cache(maxsize=16)
def _shingle_index(text: str, size: int) -> dict[tuple[str, ...], list[int]]:
    index: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for at, key in _shingles(_words(text), size):
        index[key].append(at)
    return dict(index)


def _spread(starts: list[int], gap: int) -> list[int]:
    """Drop guesses within `gap` of an earlier one: their windows would overlap anyway."""
    kept: list[int] = []
    for at in starts:
        if all(abs(at - k) > gap for k in kept):
            kept.append(at)
    return kept


def _rough(quote: str, text: str, guess: int) -> tuple[int, int, float] | None:
    """The stretch of a window around `guess` that the quote aligns with, and how similar it is."""
    slack = len(quote) // 2 + 16
    lo = max(0, guess - slack)
    window = text[lo:guess + len(quote) + slack]
    blocks = _trim(_matching_blocks(quote, window))
    if not blocks:
        return None
    start, end = lo + blocks[0][1], lo + blocks[-1][1] + blocks[-1][2]
    matched = sum(size for _, _, size in blocks)
    return start, end, 2.0 * matched / (len(quote) + end - start)


def _finish(anchor: TextAnchor, text: str, start: int, end: int) -> Placement | None:
    """Settle the ends on the quote's first and last words; apply the guards; score."""
    start, end = _snap(anchor, text, *_refine(anchor.exact, text, start, end))
    found = text[start:end]
    similarity = _similarity(anchor.exact, found)
    if similarity < MIN_QUOTE_SIMILARITY or not same_names_and_numbers(anchor.exact, found):
        return None
    score = QUOTE_WEIGHT * similarity + (1 - QUOTE_WEIGHT) * _context_fit(anchor, text, start, end)
    return Placement(start, end, "fuzzy", round(score, 4))


def _refine(quote: str, text: str, start: int, end: int, reach: int = 24) -> tuple[int, int]:
    """Move each end of a rough match to where the quote's first / last words fit best."""
    k = min(reach, len(quote))
    head, tail = quote[:k], quote[-k:]

    fit = _similarity
    starts = [s for s in range(max(0, start - reach), min(len(text), start + reach) + 1)
              if s == start or _boundary(text, s) == _boundary(quote, 0)]
    new_start = max(starts, key=lambda s: (fit(head, text[s:s + k]), -abs(s - start)))
    ends = [e for e in range(max(new_start + 1, end - reach), min(len(text), end + reach) + 1)
            if e == end or _boundary(text, e) == _boundary(quote, len(quote))]
    new_end = max(ends, key=lambda e: (fit(tail, text[max(0, e - k):e]), -abs(e - end)),
                  default=end)
    return new_start, new_end


def _boundary(text: str, at: int) -> bool:
    """Whether offset `at` falls between a word character and a non-word one (or an end)."""
    left = text[at - 1].isalnum() if at > 0 else False
    right = text[at].isalnum() if at < len(text) else False
    return left != right


def _trim(blocks: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Drop stray one-to-three-character matches at either end: they stretch the passage."""
    while len(blocks) > 1 and blocks[0][2] < 4:
        blocks.pop(0)
    while len(blocks) > 1 and blocks[-1][2] < 4:
        blocks.pop()
    return blocks


def _matching_blocks(a: str, b: str) -> list[tuple[int, int, int]]:
    """(offset in a, offset in b, length) of the stretches a and b share, in order."""
    if _fast is None:
        return [(m.a, m.b, m.size) for m in SequenceMatcher(None, a, b, autojunk=False)
                .get_matching_blocks() if m.size]
    blocks, i, j = [], 0, 0
    for op, n in _fast.diff(a, b, timelimit=_DIFF_SECONDS, checklines=False, cleanup="No",
                            counts_only=True):
        if op == "=":
            blocks.append((i, j, n))
        i += n if op != "+" else 0
        j += n if op != "-" else 0
    return blocks


def _similarity(a: str, b: str) -> float:
    """2 * shared characters / total length (difflib's ratio), by the fastest diff available."""
    if not a and not b:
        return 1.0
    shared = sum(size for _, _, size in _matching_blocks(a, b))
    return 2.0 * shared / (len(a) + len(b))


def _snap(anchor: TextAnchor, text: str, start: int, end: int) -> tuple[int, int]:
    """Widen to whole words where the quote itself began or ended on a word boundary."""
    if _word_edge(anchor.prefix[-1:], anchor.exact[:1]):
        while 0 < start < len(text) and text[start - 1].isalnum() and text[start].isalnum():
            start -= 1
    if _word_edge(anchor.exact[-1:], anchor.suffix[:1]):
        while 0 < end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
            end += 1
    return start, end


def _word_edge(before: str, after: str) -> bool:
    return not (before.isalnum() and after.isalnum())


def same_names_and_numbers(a: str, b: str) -> bool:
    """Whether two passages carry the same numbers and capitalised names, in the same order."""
    return _NUMBER.findall(a) == _NUMBER.findall(b) and _names(a) == _names(b)


def _names(text: str) -> list[str]:
    return [w for w in _NAME.findall(text) if w[0].isupper() and w.lower() not in _COMMON]


# --- many anchors, and verdicts -----------------------------------------------------------------

def place_all(store: AnnotationStore, texts: dict[str, str]) -> dict[str, Placement]:
    """Place every annotation in its document's current text (missing document → orphan)."""
    hashes = {key: content_hash(text) for key, text in texts.items()}
    out = {}
    for ann in store.annotations:
        text = texts.get(ann.doc_key)
        out[ann.id] = ORPHAN if text is None else reanchor(ann.anchor, text, hashes[ann.doc_key])
    return out


def locate_fact(verdict: Verdict, comparison: Any, keys: dict[str, str] | None = None,
                ids: dict[str, str] | None = None) -> str | None:
    """The id of the fact that now holds the verdict's sentences, or None if none clearly does.

    `ids` maps session document keys to comparison document ids when they differ; `keys`
    (fact_key -> fact id, from `fact_keys`) saves recomputing it for every verdict.
    """
    keys = keys if keys is not None else fact_keys(comparison, ids)
    if verdict.fact_key in keys:
        return keys[verdict.fact_key]
    votes: Counter[str] = Counter()
    for doc_key, anchor in verdict.anchors:
        fact = _fact_at(comparison, (ids or {}).get(doc_key, doc_key), anchor)
        if fact:
            votes[fact] += 1
    if not votes:
        return None
    fact, count = votes.most_common(1)[0]
    return fact if 2 * count >= len(verdict.anchors) else None


def fact_keys(comparison: Any, ids: dict[str, str] | None = None) -> dict[str, str]:
    """fact_key -> fact id for every fact of a comparison."""
    key_of = {v: k for k, v in (ids or {}).items()}
    return {fact_key(fact_anchors(comparison, f.id, key_of)): f.id for f in comparison.facts}


def _fact_at(comparison: Any, doc_key: str, anchor: TextAnchor) -> str | None:
    doc = next((d for d in comparison.documents if d.id == doc_key), None)
    if doc is None:
        return None
    place = reanchor(anchor, doc.text)
    if not place.placed:
        return None
    overlap = {s.fact: min(s.end, place.end) - max(s.start, place.start) for s in doc.sentences}
    fact, size = max(overlap.items(), key=lambda kv: kv[1], default=("", 0))
    return fact if fact and size > (place.end - place.start) // 2 else None


def attach_verdicts(store: AnnotationStore, comparison: Any, ids: dict[str, str] | None = None,
                    ) -> tuple[dict[str, Verdict], list[Verdict]]:
    """Verdicts by the id of the fact they now belong to, and those whose fact is gone."""
    keys = fact_keys(comparison, ids)
    placed: dict[str, Verdict] = {}
    lost: list[Verdict] = []
    for verdict in store.verdicts:
        fact = locate_fact(verdict, comparison, keys, ids)
        if fact is None or fact in placed:
            lost.append(verdict)
        else:
            placed[fact] = verdict
    return placed, lost
