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


def test_screenshot_into_a_missing_folder_says_why(qtbot, files, tmp_path, capsys):
    out = tmp_path / "no" / "such" / "dir" / "x.png"
    assert run(["--screenshot", str(out), str(files / "a.txt"), str(files / "b.txt")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1, err
    assert str(out) in err[0] and "does not exist" in err[0]
    assert not out.exists()


def test_screenshot_problems_are_named(tmp_path):
    from viewer.ui.app import screenshot_problem

    assert screenshot_problem(str(tmp_path / "ok.png")) is None
    assert "does not exist" in screenshot_problem(str(tmp_path / "missing" / "x.png"))
    assert "folder" in screenshot_problem(str(tmp_path))
    assert ".xyz" in screenshot_problem(str(tmp_path / "x.xyz"))
    (tmp_path / "file").write_text("")
    assert "not a folder" in screenshot_problem(str(tmp_path / "file" / "x.png"))


def test_cli_entry_reports_a_bad_screenshot_path(tmp_path):
    import os
    import subprocess
    import sys

    out = "/nonexistent/dir/x.png"
    proc = subprocess.run([sys.executable, "-m", "viewer", "--screenshot", out],
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert proc.returncode != 0
    lines = [line for line in proc.stderr.splitlines() if out in line]
    assert len(lines) == 1 and "does not exist" in lines[0], proc.stderr
