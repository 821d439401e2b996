"""Counts in user-facing messages: "1 unique fact", "2 unique facts", never "1 unique facts".

The CLI summary and the window's status bar both print counts; one helper keeps them right.
"""

from __future__ import annotations

__all__ = ["count"]

_IRREGULAR = {"discrepancy": "discrepancies", "entity": "entities", "boilerplate line":
              "boilerplate lines"}


def count(n: int, singular: str, plural: str | None = None) -> str:
    """`n` and the noun phrase in the right number ("1 fact", "0 facts", "3 discrepancies")."""
    if n == 1:
        return f"{n} {singular}"
    return f"{n} {plural or _IRREGULAR.get(singular) or singular + 's'}"
