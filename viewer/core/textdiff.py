"""Word-level differences between two linked sentences, with diff-match-patch.

diff-match-patch diffs characters; a word diff comes from mapping every word (and every run of
spaces or punctuation) to one private character, diffing those, then mapping back. Semantic
cleanup then merges tiny equalities so the result reads as phrases, not confetti.
"""

from __future__ import annotations

import functools
import re

from diff_match_patch import diff_match_patch

__all__ = ["word_diff", "Diff"]

Diff = list[tuple[int, str]]  # (-1 only in a, 1 only in b, 0 both, text)
_TOKENS = re.compile(r"\w+(?:[’'.,-]\w+)*|\s+|[^\w\s]", re.UNICODE)


try:  # Google's C++ implementation: the same algorithm and cleanup, several times faster
    import fast_diff_match_patch as _fast
except ImportError:  # pragma: no cover - platforms without a compiled wheel
    _fast = None

_OPS = {"=": 0, "-": -1, "+": 1}


def _diff_codes(a: str, b: str) -> list[tuple[int, str]]:
    """Character diff with semantic cleanup, by the fastest diff-match-patch available."""
    if _fast is not None:
        return [(_OPS[op], text) for op, text in
                _fast.diff(a, b, timelimit=0.5, checklines=False, cleanup="Semantic",
                           counts_only=False)]
    dmp = _engine()
    diffs = dmp.diff_main(a, b, False)
    dmp.diff_cleanupSemantic(diffs)
    return diffs


@functools.lru_cache(maxsize=1)
def _engine() -> diff_match_patch:
    dmp = diff_match_patch()
    dmp.Diff_Timeout = 0.5  # a pathological pair must not stall a whole comparison
    return dmp


def word_diff(a: str, b: str) -> Diff:
    """Diff of `a` into `b` in whole words; joining the 0/-1 parts gives a, the 0/1 parts give b."""
    table: dict[str, str] = {}
    words: list[str] = []

    def encode(text: str) -> str:
        out = []
        for token in _TOKENS.findall(text):
            code = table.get(token)
            if code is None:
                code = chr(0xE000 + len(words)) if len(words) < 6400 else chr(0xF0000 + len(words))
                table[token] = code
                words.append(token)
            out.append(code)
        return "".join(out)

    diffs = _diff_codes(encode(a), encode(b))
    decoded: Diff = []
    for op, codes in diffs:
        text = "".join(words[_index(c)] for c in codes)
        if decoded and decoded[-1][0] == op:
            decoded[-1] = (op, decoded[-1][1] + text)
        elif text:
            decoded.append((op, text))
    return decoded


def _index(code: str) -> int:
    n = ord(code)
    return n - 0xE000 if n < 0xF0000 else n - 0xF0000
