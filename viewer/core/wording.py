"""Counts and quoted text in user-facing messages: "1 unique fact", never "1 unique facts";
a long line quoted cut at a word, with an ellipsis, never mid-word.

The CLI summary and the window's status bar both print these; one helper each keeps them right.
"""

from __future__ import annotations

__all__ = ["count", "shorten"]

_IRREGULAR = {"discrepancy": "discrepancies", "entity": "entities", "boilerplate line":
              "boilerplate lines"}


def count(n: int, singular: str, plural: str | None = None) -> str:
    """`n` and the noun phrase in the right number ("1 fact", "0 facts", "3 discrepancies")."""
    if n == 1:
        return f"{n} {singular}"
    return f"{n} {plural or _IRREGULAR.get(singular) or singular + 's'}"


def shorten(text: str, width: int = 60) -> str:
    """`text` as it is if it fits in `width` characters, else cut at a word with "…"."""
    if len(text) <= width:
        return text
    cut = text[:width - 1].rsplit(" ", 1)[0] if " " in text[:width - 1] else text[:width - 1]
    return cut.rstrip(" ,;:–—-") + "…"
