"""File ▸ Open Recent: the last files opened, newest first, from the preferences file.

The list is rebuilt each time the menu opens, so files opened in another window show up and
files deleted since are dropped (and the user is told which) instead of failing on a click.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtWidgets import QMenu, QWidget

from viewer.core.preferences import PreferencesStore

__all__ = ["RecentMenu"]


class RecentMenu(QMenu):
    """`open_paths([path])` opens an entry; `tell(title, lines)` reports pruned entries."""

    def __init__(self, store: PreferencesStore, kind: str, title: str,
                 open_paths: Callable[[list[str]], None],
                 tell: Callable[[str, list[str]], None], parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.setObjectName(f"recent_{kind}")
        self.setAccessibleName(title.replace("&", ""))
        self._store, self._kind = store, kind
        self._open, self._tell = open_paths, tell
        self.aboutToShow.connect(self.rebuild)

    def rebuild(self) -> None:
        """Prune missing files, then one action per remaining entry."""
        missing = self._store.prune_recent(self._kind)
        if missing:
            self._tell("Removed from the recent list (no longer found):", missing)
        self.clear()
        paths = self._store.recent(self._kind)
        for n, path in enumerate(paths, start=1):
            shown = f"{os.path.basename(path)}   ({os.path.dirname(path)})".replace("&", "&&")
            action = self.addAction(f"&{n % 10} {shown}")  # "&&": a literal & in a name
            action.setToolTip(path)
            action.setData(path)
            action.triggered.connect(lambda _checked=False, p=path: self.open_entry(p))
        if not paths:
            self.addAction("No recent files").setEnabled(False)
        self.addSeparator()
        clear = self.addAction("&Clear list")
        clear.setEnabled(bool(paths))
        clear.triggered.connect(lambda: self._store.clear_recent(self._kind))

    def open_entry(self, path: str) -> None:
        if not os.path.exists(path):
            self._store.remove_recent(self._kind, [path])
            self._tell("Removed from the recent list (no longer found):", [path])
            return
        self._open([path])

    def entries(self) -> list[str]:
        """The paths shown after the last rebuild (for tests and accessibility checks)."""
        return [a.data() for a in self.actions() if a.data()]
