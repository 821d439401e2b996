"""Bringing a stretch of text fully into view, with room around it.

A selected sentence or find match half-hidden at the bottom edge reads as "not found", and a
scroll that moves a pane already showing it makes the eye lose its place. So: leave a pane
alone when the whole stretch shows; otherwise put it a quarter of the way down, or, if it is
taller than the pane, its first line at the top.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractScrollArea

__all__ = ["MARGIN", "reveal", "reveal_target", "fully_visible"]

MARGIN = 12  # pixels kept clear above and below the stretch


def fully_visible(value: int, height: int, top: float, bottom: float,
                  margin: int = MARGIN) -> bool:
    """Whether document heights top..bottom show between the margins at scroll `value`."""
    return top >= value + min(margin, top) and bottom <= value + height - margin


def reveal_target(value: int, height: int, top: float, bottom: float,
                  margin: int = MARGIN) -> int:
    """The scroll value that shows top..bottom (document pixels) in a `height` viewport."""
    if fully_visible(value, height, top, bottom, margin):
        return value
    target = top - height // 4
    if bottom - target > height - margin:  # would run off the bottom: move it up
        target = bottom - (height - margin)
    return round(min(target, top - margin))  # but never hide its first line


def reveal(view: QAbstractScrollArea, top: float, bottom: float) -> bool:
    """Scroll `view` so top..bottom (document pixels) show; True if it had to move."""
    bar = view.verticalScrollBar()
    target = reveal_target(bar.value(), view.viewport().height(), top, bottom)
    target = max(bar.minimum(), min(bar.maximum(), target))
    if target == bar.value():
        return False
    bar.setValue(target)
    return True
