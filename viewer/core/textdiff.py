"""Word-level differences between two linked sentences, with diff-match-patch.

diff-match-patch diffs characters; a word diff comes from mapping every word (and every run of
spaces or punctuation) to one private character, diffing those, then mapping back. Semantic
cleanup then merges tiny equalities so the result reads as phrases, not confetti. A comparison
diffs each sentence against many others, so a `WordDiffer` keeps one word table and encodes each
sentence once.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor

from diff_match_patch import diff_match_patch

try:  # Google's C++ implementation: the same algorithm and cleanup, several times faster
    import fast_diff_match_patch as _fast
except ImportError:  # pragma: no cover - platforms without a compiled wheel
    _fast = None

__all__ = ["word_diff", "WordDiffer", "Diff"]

Diff = list[tuple[int, str]]  # (-1 only in a, 1 only in b, 0 both, text)
# A word carries the spaces before it: half as many symbols to diff as words and spaces apart,
# which makes the diff two to three times faster. (Spaces after a word would make "Lusk" before
# a comma differ from "Lusk" before a space.)
_TOKENS = re.compile(r"\s*(?:\w+(?:[’'.,-]\w+)*|[^\w\s])|\s+", re.UNICODE)
_OPS = {"=": 0, "-": -1, "+": 1}
# Spacing other than single spaces: a line break where the other side has a space is not a
# changed word, so such a text's symbols are looked up with their spaces folded.
_ODD_SPACE = re.compile(r"\s\s|[^\S ]")
_SPACES = re.compile(r"\s+")
# Private-use code points: the BMP block, then planes 15 and 16 (137,000 words in all).
_CODES = [*range(0xE000, 0xF900), *range(0xF0000, 0xFFFFE), *range(0x100000, 0x10FFFE)]


@functools.lru_cache(maxsize=1)
def _engine() -> diff_match_patch:
    dmp = diff_match_patch()
    dmp.Diff_Timeout = 0.5  # a pathological pair must not stall a whole comparison
    return dmp


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


class WordDiffer:
    """Word diffs over one shared word table; use one per comparison."""

    def __init__(self) -> None:
        self._code: dict[str, str] = {}
        self._word: dict[int, str] = {}  # code point -> word, a str.translate table
        self._encoded: dict[str, str] = {}
        self._odd: set[str] = set()  # texts encoded with their spaces folded

    def _encode(self, text: str) -> str | None:
        """`text` with a space put before it (so that its first word is the same symbol as
        that word inside a sentence) as one private character per token."""
        cached = self._encoded.get(text)
        if cached is not None:
            return cached
        out = []
        padded = " " + text
        tokens = _TOKENS.findall(padded)
        if _ODD_SPACE.search(padded):
            self._odd.add(text)
            tokens = [_SPACES.sub(" ", t) for t in tokens]
        for token in tokens:
            code = self._code.get(token)
            if code is None:
                if len(self._code) >= len(_CODES):
                    return None  # table full: the caller falls back to a fresh differ
                code = chr(_CODES[len(self._code)])
                self._code[token] = code
                self._word[ord(code)] = token
            out.append(code)
        encoded = "".join(out)
        self._encoded[text] = encoded
        return encoded

    def diff(self, a: str, b: str) -> Diff:
        """Diff of `a` into `b` in whole words; 0/-1 parts join to a, 0/1 parts to b."""
        ea, eb = self._encode(a), self._encode(b)
        if ea is None or eb is None:
            return WordDiffer().diff(a, b)
        return self._decode_pair(_diff_codes(ea, eb), a, b)

    def _decode_pair(self, diffs: list[tuple[int, str]], a: str, b: str) -> Diff:
        if a not in self._odd and b not in self._odd:
            return self._decode(diffs)
        return _decode_tokens(diffs, _TOKENS.findall(" " + a), _TOKENS.findall(" " + b))

    def diff_many(self, pairs: Sequence[tuple[str, str]],
                  progress: Callable[[float], None] | None = None) -> list[Diff]:
        """`diff` for many pairs. The compiled diff releases Python's lock, so the pairs are
        diffed on all cores (a large comparison has tens of thousands of links)."""
        encoded = [(self._encode(a), self._encode(b)) for a, b in pairs]
        if _fast is None or len(pairs) < 2 * _CHUNK or any(
                ea is None or eb is None for ea, eb in encoded):
            out = []
            for n, (a, b) in enumerate(pairs):
                if progress is not None and n % _CHUNK == 0:
                    progress(n / len(pairs))
                out.append(self.diff(a, b))
            return out
        chunks = [encoded[k:k + _CHUNK] for k in range(0, len(encoded), _CHUNK)]
        out = []
        pool = ThreadPoolExecutor(max_workers=min(4, os.cpu_count() or 1))
        try:
            for n, done in enumerate(pool.map(_diff_chunk, chunks)):
                if progress is not None:
                    progress(n / len(chunks))  # may raise (cancelled): stop at once
                first = len(out)
                out.extend(self._decode_pair(codes, *pairs[first + k])
                           for k, codes in enumerate(done))
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
        return out

    def _decode(self, diffs: list[tuple[int, str]]) -> Diff:
        decoded: Diff = []
        word = self._word
        lead = {-1: True, 1: True}  # each side still starts with the space _encode put there
        for op, codes in diffs:
            text = codes.translate(word)
            if op != 0 and lead[op]:
                text, lead[op] = text[1:], False
            elif op == 0 and (lead[-1] or lead[1]):
                if not (lead[-1] and lead[1]):  # the space is real on the side already begun
                    _append(decoded, 1 if lead[-1] else -1, text[0])
                text, lead[-1], lead[1] = text[1:], False, False
            _append(decoded, op, text)
        return _spaces_to_equal(decoded)


_CHUNK = 400


def _append(diff: Diff, op: int, text: str) -> None:
    if diff and diff[-1][0] == op:
        diff[-1] = (op, diff[-1][1] + text)
    elif text:
        diff.append((op, text))


def _spaces_to_equal(diff: Diff) -> Diff:
    """A replacement's shared leading space goes to the equal text before it: "host" -> "is
    set to" reads [0, "Kazakhstan "], [-1, "will"], [1, "is set to"], not [-1, " will"]."""
    out: Diff = []
    k = 0
    while k < len(diff):
        if k + 1 < len(diff) and diff[k][0] != 0 and diff[k + 1][0] == -diff[k][0]:
            first, second = diff[k][1], diff[k + 1][1]
            n = len(os.path.commonprefix([first[:len(first) - len(first.lstrip())],
                                          second[:len(second) - len(second.lstrip())]]))
            if n and n < len(first) and n < len(second):
                _append(out, 0, first[:n])
                out += [(diff[k][0], first[n:]), (diff[k + 1][0], second[n:])]
                k += 2
                continue
        out.append(diff[k])
        k += 1
    return out


def _decode_tokens(diffs: list[tuple[int, str]], a: list[str], b: list[str]) -> Diff:
    """Decode symbols that were looked up with folded spaces back into each side's own text:
    an equal word whose spaces differ is the word, equal, and its spaces, changed."""
    a[0], b[0] = a[0][1:], b[0][1:]  # the space _encode put before each side
    out: Diff = []
    ka = kb = 0
    for op, codes in diffs:
        n = len(codes)
        if op == -1:
            _append(out, -1, "".join(a[ka:ka + n]))
            ka += n
        elif op == 1:
            _append(out, 1, "".join(b[kb:kb + n]))
            kb += n
        else:
            for x, y in zip(a[ka:ka + n], b[kb:kb + n]):
                if x == y:
                    _append(out, 0, x)
                    continue
                wx, wy = x[:len(x) - len(x.lstrip())], y[:len(y) - len(y.lstrip())]
                _append(out, -1, wx)
                _append(out, 1, wy)
                _append(out, 0, x[len(wx):])
            ka += n
            kb += n
    return _spaces_to_equal(out)


def _diff_chunk(pairs: list[tuple[str, str]]) -> list[list[tuple[int, str]]]:
    return [_diff_codes(a, b) for a, b in pairs]


def word_diff(a: str, b: str) -> Diff:
    """One word diff (for many, keep a `WordDiffer`)."""
    return WordDiffer().diff(a, b)
