"""The viewer in a real X window (Xvfb): `make screenshots` must produce the documented states.

This is the one test that does not use the offscreen platform: it runs the screenshot script in
a subprocess under `xvfb-run` with Qt's xcb plugin, so a missing system library or a window that
draws nothing fails here rather than on a user's machine.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from tests.ui.take_screenshots import STATES

ROOT = Path(__file__).resolve().parents[2]


def _mean_lightness(image: QImage, step: int = 7) -> float:
    values = [QColor(image.pixel(x, y)).lightness()
              for y in range(0, image.height(), step) for x in range(0, image.width(), step)]
    return sum(values) / len(values)


def _colours(image: QImage, step: int = 3) -> set[int]:
    return {image.pixel(x, y) & 0xFFFFFF
            for y in range(0, image.height(), step) for x in range(0, image.width(), step)}


def _count(image: QImage, colour: int, step: int = 2) -> int:
    return sum(1 for y in range(0, image.height(), step) for x in range(0, image.width(), step)
               if image.pixel(x, y) & 0xFFFFFF == colour)


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> dict[str, QImage]:
    if shutil.which("xvfb-run") is None:
        if os.environ.get("CI"):
            pytest.fail("xvfb-run missing: packaging/install-system-packages.sh installs it")
        pytest.skip("xvfb-run not installed (make sysdeps installs it)")
    out = ROOT / "build" / "screenshots"
    if out.exists():
        shutil.rmtree(out)
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb"}
    done = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1700x1050x24",
         sys.executable, "-m", "tests.ui.take_screenshots", str(out)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    return {name: QImage(str(out / f"{name}.png")) for name in STATES}


def test_every_state_is_saved_at_window_size(shots) -> None:
    for name, image in shots.items():
        assert not image.isNull(), name
        assert image.width() >= 1200 and image.height() >= 700, name


def test_coverage_view_shows_unique_and_shared_shading(shots) -> None:
    from viewer.core.report import coverage_colour

    colours = _colours(shots["coverage"])
    unique = QColor(coverage_colour(1, 5)).rgb() & 0xFFFFFF
    everyone = QColor(coverage_colour(5, 5)).rgb() & 0xFFFFFF
    assert unique in colours and everyone in colours


def test_selected_fact_marks_differing_words(shots) -> None:
    from viewer.ui.theme import MARKS

    diff = QColor(MARKS["diff"]).rgb() & 0xFFFFFF
    # the legend has one small swatch of this colour; marked words add far more
    assert _count(shots["fact"], diff) > 5 * _count(shots["coverage"], diff)


def test_states_differ_and_dark_mode_is_dark(shots) -> None:
    assert shots["coverage"] != shots["fact"] != shots["entities"]
    assert _mean_lightness(shots["dark"]) < _mean_lightness(shots["coverage"]) - 40
