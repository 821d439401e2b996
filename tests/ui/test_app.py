"""`run()` as the command line calls it."""

from viewer.ui.app import run, sample_paths


def test_screenshot_writes_a_png(qtbot, files, tmp_path):
    out = tmp_path / "shot.png"
    assert run(["--screenshot", str(out), str(files / "a.txt"), str(files / "b.txt")]) == 0
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 1000


def test_screenshot_dark_theme(qtbot, files, tmp_path):
    from PySide6.QtWidgets import QApplication

    out = tmp_path / "dark.png"
    try:
        assert run(["--theme", "dark", "--screenshot", str(out), str(files / "a.txt"),
                    str(files / "b.txt")]) == 0
        assert out.stat().st_size > 1000
    finally:
        from viewer.ui.theme import apply_theme

        apply_theme(QApplication.instance(), "light")


def test_nothing_usable_still_screenshots_and_reports_failure(qtbot, files, tmp_path):
    out = tmp_path / "none.png"
    assert run(["--screenshot", str(out), str(files / "missing.txt")]) == 1
    assert out.stat().st_size > 0


def test_bundled_samples_are_found():
    assert len(sample_paths()) >= 2


def test_bad_arguments_return_a_usage_status(capsys):
    assert run(["--theme", "purple"]) == 2
