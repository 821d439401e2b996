"""Preferences survive a restart, and an unusable file is reported, never silently destroyed."""

import json

import pytest

from viewer.core import preferences as prefs_module
from viewer.core.preferences import MAX_RECENT, Preferences, PreferencesStore


@pytest.fixture
def path(tmp_path):
    return tmp_path / "config" / "preferences.json"


def test_no_file_gives_the_defaults_and_no_problem(path):
    store = PreferencesStore(path)
    assert store.prefs == Preferences() and store.problem is None
    assert not path.exists(), "nothing is written until something changes"


def test_settings_survive_a_new_store(path):
    store = PreferencesStore(path)
    assert store.update(threshold=0.55, model="en_core_web_md", font_family="DejaVu Serif",
                        font_size=13.0, theme="dark")
    again = PreferencesStore(path)
    assert (again.prefs.threshold, again.prefs.model, again.prefs.font_family,
            again.prefs.font_size, again.prefs.theme) == (0.55, "en_core_web_md",
                                                          "DejaVu Serif", 13.0, "dark")
    assert again.problem is None


def test_default_location_is_the_platform_config_dir(monkeypatch, tmp_path):
    monkeypatch.delenv(prefs_module.CONFIG_DIR_ENV, raising=False)
    monkeypatch.setattr(prefs_module.platformdirs, "user_config_dir",
                        lambda name, appauthor=None: str(tmp_path / name))
    assert prefs_module.preferences_path() == tmp_path / "Corroborate" / "preferences.json"
    monkeypatch.setenv(prefs_module.CONFIG_DIR_ENV, str(tmp_path / "portable"))
    assert prefs_module.preferences_path() == tmp_path / "portable" / "preferences.json"


def test_a_corrupt_file_is_reported_and_kept_aside(path):
    path.parent.mkdir(parents=True)
    path.write_text('{"threshold": 0.5,', encoding="utf-8")
    store = PreferencesStore(path)
    assert store.prefs == Preferences()
    assert str(path) in store.problem and "not valid" in store.problem
    kept = [p for p in path.parent.iterdir() if p.name.startswith("preferences.corrupt-")]
    assert len(kept) == 1 and kept[0].name in store.problem
    assert kept[0].read_text(encoding="utf-8") == '{"threshold": 0.5,'
    assert store.update(theme="light")  # a fresh file; the old one stays aside
    assert kept[0].exists() and json.loads(path.read_text(encoding="utf-8"))["theme"] == "light"


def test_a_newer_file_is_left_untouched(path):
    path.parent.mkdir(parents=True)
    original = json.dumps({"format": 99, "threshold": 0.7, "new_thing": [1]})
    path.write_text(original, encoding="utf-8")
    store = PreferencesStore(path)
    assert store.prefs == Preferences() and store.read_only
    assert "newer version" in store.problem and str(path) in store.problem
    assert not store.update(threshold=0.3)
    store.add_recent("files", "x.txt")
    assert path.read_text(encoding="utf-8") == original
    assert store.prefs.threshold == 0.3, "the change still applies for this session"


def test_bad_values_fall_back_one_by_one_and_unknown_keys_are_kept(path):
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"format": 1, "threshold": 7, "theme": "purple", "font_size": 12,
                                "from_a_later_version": {"x": 1}}), encoding="utf-8")
    store = PreferencesStore(path)
    assert store.prefs.threshold == Preferences().threshold
    assert store.prefs.theme == "system" and store.prefs.font_size == 12
    assert "threshold" in store.problem and "theme" in store.problem
    store.update(model="en_core_web_lg")
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["from_a_later_version"] == {"x": 1} and saved["model"] == "en_core_web_lg"


def test_unknown_setting_names_are_refused(path):
    with pytest.raises(KeyError):
        PreferencesStore(path).update(treshold=0.5)


def test_recent_files_newest_first_once_each_at_most_ten(path, tmp_path):
    store = PreferencesStore(path)
    names = [str(tmp_path / f"{n}.txt") for n in range(12)]
    for name in names:
        store.add_recent("files", name)
    store.add_recent("files", names[3])
    recent = PreferencesStore(path).recent("files")
    assert len(recent) == MAX_RECENT
    assert recent[0] == names[3] and recent[1] == names[11]
    assert len(set(recent)) == len(recent)
    assert names[0] not in recent and names[1] not in recent
    assert store.recent("sessions") == [], "kinds are separate lists"
    store.add_recent("sessions", "s.corroborate")
    assert store.recent("files") == recent


def test_several_files_at_once_keep_their_order(path):
    store = PreferencesStore(path)
    store.add_recent("files", "old.txt")
    store.add_recent("files", "a.txt", "b.txt")
    assert [p.rsplit("/", 1)[-1] for p in store.recent("files")] == ["a.txt", "b.txt", "old.txt"]


def test_missing_files_are_pruned_and_named(path, tmp_path):
    here, gone = tmp_path / "here.txt", tmp_path / "gone.txt"
    here.write_text("x", encoding="utf-8")
    gone.write_text("x", encoding="utf-8")
    store = PreferencesStore(path)
    store.add_recent("files", str(here), str(gone))
    gone.unlink()
    assert store.prune_recent("files") == [str(gone)]
    assert PreferencesStore(path).recent("files") == [str(here)]


def test_two_windows_do_not_lose_each_others_recent_files(path):
    first, second = PreferencesStore(path), PreferencesStore(path)
    first.add_recent("files", "/a.txt")
    second.add_recent("files", "/b.txt")
    assert PreferencesStore(path).recent("files") == ["/b.txt", "/a.txt"]
