"""The user's settings and recent-file lists, kept as JSON in the platform's config folder.

Qt-free so the command line and tests can read the same file. A file that cannot be used
(corrupt JSON, written by a newer version, unreadable) never stops the app: the defaults are used
and `problem` says why. Such a file is never overwritten silently: a corrupt one is first moved
aside (and the message says where); a newer one is left alone and nothing is saved this session.
Writes are atomic, so a crash leaves the old file or the new one.
"""

from __future__ import annotations

import json
import math
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

import platformdirs

from viewer.core.align import AlignSettings
from viewer.core.atomicio import atomic_write_text
from viewer.core.nlp import DEFAULT_MODEL

__all__ = ["APP_NAME", "CONFIG_DIR_ENV", "FORMAT", "MAX_RECENT", "THEMES", "Preferences",
           "PreferencesStore", "config_dir", "preferences_path"]

APP_NAME = "Corroborate"
CONFIG_DIR_ENV = "CORROBORATE_CONFIG_DIR"  # overrides the platform folder (portable use, tests)
FILE_NAME = "preferences.json"
FORMAT = 1  # bumped only when an older version could misread the file
MAX_RECENT = 10
THEMES = ("system", "light", "dark")
THRESHOLD_RANGE = (0.05, 0.95)
FONT_SIZE_RANGE = (6.0, 48.0)


def config_dir() -> Path:
    """Where settings live: $CORROBORATE_CONFIG_DIR, else the platform's user config folder."""
    override = os.environ.get(CONFIG_DIR_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def preferences_path() -> Path:
    return config_dir() / FILE_NAME


@dataclass
class Preferences:
    """Every setting with its default; `extra` keeps keys a later version added, unchanged."""

    threshold: float = AlignSettings().threshold
    model: str = DEFAULT_MODEL
    font_family: str = ""  # "" = the system's default font
    font_size: float = 0.0  # 0 = the system's default size
    theme: str = "system"
    recent: dict[str, list[str]] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.extra)
        data.update(format=FORMAT, threshold=self.threshold, model=self.model,
                    font_family=self.font_family, font_size=self.font_size, theme=self.theme,
                    recent={kind: list(paths) for kind, paths in self.recent.items()})
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> tuple[Preferences, list[str]]:
        """The preferences, and one note per value that was unusable (its default is used)."""
        prefs, notes = cls(), []
        known = {f.name for f in fields(cls)} - {"extra"}
        prefs.extra = {k: v for k, v in data.items() if k not in known and k != "format"}

        def take(key: str, ok: Callable[[Any], bool], convert: Callable[[Any], Any]) -> None:
            if key not in data:
                return
            value = data[key]
            if ok(value):
                setattr(prefs, key, convert(value))
            else:
                notes.append(f"{key} {value!r} is not valid, using {getattr(prefs, key)!r}")

        def number_in(lo: float, hi: float, zero_ok: bool = False) -> Callable[[Any], bool]:
            return lambda v: (isinstance(v, (int, float)) and not isinstance(v, bool)
                              and math.isfinite(v) and (lo <= v <= hi or (zero_ok and v == 0)))

        take("threshold", number_in(*THRESHOLD_RANGE), float)
        take("model", lambda v: isinstance(v, str) and bool(v.strip()), str)
        take("font_family", lambda v: isinstance(v, str), str)
        take("font_size", number_in(*FONT_SIZE_RANGE, zero_ok=True), float)
        take("theme", lambda v: v in THEMES, str)
        take("recent", lambda v: isinstance(v, dict) and all(
            isinstance(k, str) and isinstance(p, list) and all(isinstance(x, str) for x in p)
            for k, p in v.items()), lambda v: {k: list(p)[:MAX_RECENT] for k, p in v.items()})
        return prefs, notes


class PreferencesStore:
    """Loads the file once, saves after every change; `problem` is a message for the user."""

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        self.path = Path(path) if path is not None else preferences_path()
        self.prefs = Preferences()
        self.problem: str | None = None
        self.read_only = False  # set when saving would destroy a file we could not read
        self._read()

    # --- reading ----------------------------------------------------------------------------
    def _read(self) -> None:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return
        except (OSError, UnicodeDecodeError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            self._refuse(f"cannot be read ({reason})")
            return
        try:
            data = json.loads(text)
            if not isinstance(data, dict):
                raise ValueError("not a JSON object")
        except ValueError as exc:
            self._set_aside(str(exc).split(":", 1)[0] if isinstance(exc, json.JSONDecodeError)
                            else str(exc))
            return
        version = data.get("format", FORMAT)
        if not isinstance(version, int) or version > FORMAT:
            self._refuse(f"was written by a newer version of Corroborate (format {version!r})")
            return
        self.prefs, notes = Preferences.from_dict(data)
        if notes:
            self.problem = f"{self.path}: " + "; ".join(notes)

    def _refuse(self, reason: str) -> None:
        """Use the defaults and leave the file untouched for the rest of the session."""
        self.read_only = True
        self.problem = (f"{self.path}: {reason}; using the default settings, and changes made "
                        f"now will not be saved over it")

    def _set_aside(self, reason: str) -> None:
        """A corrupt file is moved beside itself, so the next save does not destroy it."""
        stamp = time.strftime("%Y%m%d-%H%M%S")
        aside = self.path.with_name(f"{self.path.stem}.corrupt-{stamp}{self.path.suffix}")
        try:
            os.replace(self.path, aside)
        except OSError:
            self._refuse(f"is not valid ({reason})")
            return
        self.problem = (f"{self.path}: is not valid ({reason}); using the default settings. "
                        f"The old file was kept as {aside.name}")

    # --- writing ----------------------------------------------------------------------------
    def save(self) -> bool:
        """Write the file atomically; False (and `problem` set) if it could not be written."""
        if self.read_only:
            return False
        try:
            atomic_write_text(self.path, json.dumps(self.prefs.to_dict(), indent=1,
                                                    ensure_ascii=False) + "\n",
                              make_folder=True)
        except OSError as exc:
            self.problem = f"{self.path}: cannot be written ({exc.strerror or exc})"
            return False
        return True

    def update(self, **changes: Any) -> bool:
        """Change some settings (names of `Preferences` fields) and save."""
        for key, value in changes.items():
            if key not in {f.name for f in fields(Preferences)} - {"recent", "extra"}:
                raise KeyError(key)
            setattr(self.prefs, key, value)
        return self.save()

    # --- recent lists -----------------------------------------------------------------------
    def recent(self, kind: str) -> list[str]:
        """Most recent first: "files" here; other kinds (e.g. "sessions") work the same way."""
        return list(self.prefs.recent.get(kind, []))

    def add_recent(self, kind: str, *paths: str) -> None:
        """Put `paths` first in the `kind` list, in the order given, each once (by absolute
        path); the list keeps at most MAX_RECENT entries."""
        if not paths:
            return
        self._merge_recent_from_disk()
        new = list(dict.fromkeys(os.path.abspath(p) for p in paths))
        older = [p for p in self.prefs.recent.get(kind, []) if p not in new]
        self.prefs.recent[kind] = (new + older)[:MAX_RECENT]
        self.save()

    def remove_recent(self, kind: str, paths: list[str]) -> None:
        self._merge_recent_from_disk()
        gone = set(paths)
        self.prefs.recent[kind] = [p for p in self.prefs.recent.get(kind, []) if p not in gone]
        self.save()

    def prune_recent(self, kind: str) -> list[str]:
        """Drop entries whose file no longer exists; returns them so the user can be told."""
        missing = [p for p in self.recent(kind) if not os.path.exists(p)]
        if missing:
            self.remove_recent(kind, missing)
        return missing

    def clear_recent(self, kind: str) -> None:
        self.prefs.recent[kind] = []
        self.save()

    def _merge_recent_from_disk(self) -> None:
        """Another window may have opened files since we loaded: start from its lists."""
        if self.read_only:
            return
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return
        if isinstance(data, dict) and data.get("format", FORMAT) == FORMAT:
            disk, _notes = Preferences.from_dict(data)
            self.prefs.recent = {**self.prefs.recent, **disk.recent}
