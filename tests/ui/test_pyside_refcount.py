"""The pinned Qt binding must not leak references to None (PySide6 6.12.0 on Python 3.11 does).

A leak there aborts the whole app after ~100k Qt calls ("Fatal Python error: none_dealloc"),
i.e. minutes into a real session, so the dependency pin is checked, not assumed.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject


def test_void_qt_calls_keep_none_referenced() -> None:
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(2000):
        probe.setObjectName("probe")
    # Other threads may touch None; a leak would show as ~2000 lost references.
    assert sys.getrefcount(None) > before - 200
