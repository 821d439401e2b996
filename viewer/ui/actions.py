"""Every menu command of the main window in one table: text, shortcut and the window method.

One place for shortcuts means the menus, the legend and the documentation cannot drift apart,
and a test can check that no two commands share a key.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

__all__ = ["COMMANDS", "STANDARD_KEYS", "build_menus"]

# (menu, key, text, window method, shortcut); None as key is a separator
COMMANDS: tuple[tuple[str, str | None, str, str, str], ...] = (
    ("&File", "open", "&Open…", "open_dialog", "Ctrl+O"),
    ("&File", "paste", "&Paste as new document", "paste_document", "Ctrl+Shift+V"),
    ("&File", "close", "&Close document", "close_document", "Ctrl+W"),
    ("&File", "reopen", "&Reopen closed document", "reopen_document", "Ctrl+Shift+T"),
    ("&File", None, "", "", ""),
    ("&File", "new_session", "&New session", "new_session", "Ctrl+N"),
    ("&File", "open_session", "Open &session…", "open_session", "Ctrl+Shift+O"),
    ("&File", "save_session", "&Save session", "save_session", "Ctrl+S"),
    ("&File", "save_session_as", "Save session &as…", "save_session_as", "Ctrl+Shift+S"),
    ("&File", None, "", "", ""),
    ("&File", "export_html", "Export &HTML report…", "export_html", ""),
    ("&File", "export_json", "Export &JSON…", "export_json", ""),
    ("&File", "export_facts_csv", "Export &facts as CSV…", "export_facts_csv", ""),
    ("&File", "export_entities_csv", "Export &entities as CSV…", "export_entities_csv", ""),
    ("&File", "export_pdf", "Export P&DF…", "export_pdf", ""),
    ("&File", "export_annotations_csv", "Export annotations as CS&V…", "export_annotations_csv",
     ""),
    ("&File", "export_annotations_jsonld", "Export annotations as &W3C JSON-LD…",
     "export_annotations_jsonld", ""),
    ("&File", None, "", "", ""),
    ("&File", "quit", "&Quit", "close", "Ctrl+Q"),
    ("&Edit", "undo", "&Undo", "undo", "Ctrl+Z"),
    ("&Edit", "redo", "&Redo", "redo", "Ctrl+Shift+Z"),
    ("&Edit", None, "", "", ""),
    ("&Edit", "annotate", "&Annotate selection…", "annotate_selection", "Ctrl+Shift+A"),
    ("&Edit", "verdict", "&Verdict on selected fact…", "edit_verdict", "Ctrl+Shift+J"),
    ("&Edit", "edit_tags", "&Tags…", "edit_tags", ""),
    ("&Edit", None, "", "", ""),
    ("&Edit", "preferences", "Pre&ferences…", "show_preferences", "Ctrl+,"),
    ("&Navigate", "next_unique", "Next &unique fact", "next_unique_fact", "F8"),
    ("&Navigate", "prev_unique", "Previous u&nique fact", "previous_unique_fact", "Shift+F8"),
    ("&Navigate", "next_shared", "Next &shared fact", "next_shared_fact", "F9"),
    ("&Navigate", "prev_shared", "Previous s&hared fact", "previous_shared_fact", "Shift+F9"),
    ("&Navigate", "next_discrepancy", "Next &discrepancy", "next_discrepancy", "F7"),
    ("&Navigate", "prev_discrepancy", "Previous d&iscrepancy", "previous_discrepancy",
     "Shift+F7"),
    ("&Navigate", None, "", "", ""),
    ("&Navigate", "find", "&Find…", "open_find", "Ctrl+F"),
    ("&Help", "about", "&About Corroborate", "show_about", ""),
)


# Commands whose key differs by platform: its binding there, else the table's shortcut.
STANDARD_KEYS = {"preferences": QKeySequence.StandardKey.Preferences,
                 "undo": QKeySequence.StandardKey.Undo, "redo": QKeySequence.StandardKey.Redo,
                 "new_session": QKeySequence.StandardKey.New,
                 "save_session": QKeySequence.StandardKey.Save,
                 "save_session_as": QKeySequence.StandardKey.SaveAs}


def build_menus(window: QMainWindow) -> dict[str, QAction]:
    """Create the menus on `window` and return its actions by key."""
    menus: dict[str, Any] = {}
    actions: dict[str, QAction] = {}
    for menu_name, key, text, method, shortcut in COMMANDS:
        menu = menus.get(menu_name) or menus.setdefault(
            menu_name, window.menuBar().addMenu(menu_name))
        if key is None:
            menu.addSeparator()
            continue
        action = QAction(text, window)
        action.setObjectName(key)
        native = QKeySequence.keyBindings(STANDARD_KEYS[key]) if key in STANDARD_KEYS else []
        if native:
            action.setShortcuts(native)
        elif shortcut:
            action.setShortcut(QKeySequence(shortcut))
        slot = getattr(window, method)
        action.triggered.connect(lambda _checked=False, slot=slot: slot())  # never pass `checked`
        menu.addAction(action)
        actions[key] = action
    return actions
