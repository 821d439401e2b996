"""Install the .deb, check the installed app works like the source, measure it, uninstall it.

`python packaging/package_test.py [DEB] [--mode auto|system|scratch]` (DEB: the one in dist/)

- system (auto picks it when run as root with apt-get, and no corroborate package is installed
  yet: a throwaway CI machine): `apt-get install ./x.deb`, which also pulls the Depends; then
  `apt-get purge`, and every file the package installed must be gone.
- scratch (otherwise): `dpkg-deb -x` into a temporary root, no root rights needed.

Checks, in both modes: the launcher, desktop entry and MIME registration are in place; the
installed app, headless (QT_QPA_PLATFORM=offscreen, and under Xvfb with the real xcb plugin when
xvfb-run exists), opens the samples, analyses them and saves a non-trivial screenshot; and
`corroborate compare --json` from the installed app equals a run from source on the samples and
the HTML/Markdown story in tests/data/story2. Figures (installed size, start-up to a finished
window, frozen vs source) are printed and written to build/package-test.json.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MIME = "application/x-corroborate-session"
SAMPLES = sorted(str(p) for p in (ROOT / "resources" / "samples").glob("*.txt"))
STORY2 = sorted(str(p) for p in (ROOT / "tests" / "data" / "story2").iterdir() if p.is_file())
INSTALLED_PATHS = ("opt/corroborate/corroborate", "usr/bin/corroborate",
                   "usr/share/applications/corroborate.desktop",
                   "usr/share/mime/packages/corroborate.xml",
                   "usr/share/icons/hicolor/48x48/apps/corroborate.png",
                   "usr/share/icons/hicolor/256x256/apps/corroborate.png",
                   "usr/share/icons/hicolor/scalable/apps/corroborate.svg")


class Failed(Exception):
    """A check failed; the message says which and why."""


def check(ok: bool, message: str) -> None:
    if not ok:
        raise Failed(message)
    print(f"  ok  {message}")


def run(cmd: list[str], env: dict[str, str] | None = None, timeout: float = 600,
        check_rc: bool = True) -> subprocess.CompletedProcess:
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, **(env or {})})
    if check_rc and proc.returncode != 0:
        raise Failed(f"{' '.join(cmd[:3])}... exited {proc.returncode}:\n{proc.stderr[-2000:]}")
    return proc


def drop_caches() -> bool:
    """Empty the page cache so the next start is a cold one (root on a real kernel only)."""
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def timed_screenshot(cmd: list[str], out: Path, env: dict[str, str]) -> float:
    """Seconds from process start to a saved screenshot of the analysed samples.

    No files given: both open the samples they carry, which checks that the bundle has them.
    """
    out.unlink(missing_ok=True)
    started = time.perf_counter()
    run([*cmd, "--screenshot", str(out)], env=env, timeout=300)
    return time.perf_counter() - started


def screenshot_is_real(png: Path) -> tuple[int, int, int]:
    """(width, height, distinct colours) of the screenshot; a blank window has very few."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication, QImage

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    image = QImage(str(png))
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7)
               for y in range(0, image.height(), 7)}
    return image.width(), image.height(), len(colours)


def strip_paths(value):
    """The result without `path` fields: the two runs may be given differently spelled paths."""
    if isinstance(value, dict):
        return {k: strip_paths(v) for k, v in value.items() if k != "path"}
    if isinstance(value, list):
        return [strip_paths(v) for v in value]
    return value


def tree_mb(path: Path) -> float:
    return sum(p.lstat().st_size for p in path.rglob("*") if not p.is_dir()) / 1e6


def check_integration(root: Path, mode: str) -> None:
    """Launcher, desktop entry and MIME type as a desktop will see them."""
    for rel in INSTALLED_PATHS:
        check((root / rel).exists(), f"/{rel} installed")
    launcher = (root / "usr/bin/corroborate").read_text()
    check("/opt/corroborate/corroborate" in launcher and os.access(root / "usr/bin/corroborate",
                                                                    os.X_OK),
          "launcher on PATH starts /opt/corroborate/corroborate")
    desktop = (root / "usr/share/applications/corroborate.desktop").read_text()
    check("Exec=corroborate %F" in desktop and f"MimeType={MIME};" in desktop,
          "desktop entry runs corroborate with the session MIME type")
    validate = shutil.which("desktop-file-validate")
    if validate:
        proc = run([validate, str(root / "usr/share/applications/corroborate.desktop")],
                   check_rc=False)
        check(proc.returncode == 0, f"desktop-file-validate passes {proc.stdout.strip()}")
    xml = ET.parse(root / "usr/share/mime/packages/corroborate.xml").getroot()
    globs = [g.get("pattern") for g in xml.iter("{http://www.freedesktop.org/standards/"
                                                "shared-mime-info}glob")]
    check(globs == ["*.corroborate"], "MIME package maps *.corroborate")
    mime_db = shutil.which("update-mime-database")
    if mime_db:
        share = root / "usr/share/mime"
        if mode == "scratch":
            run([mime_db, str(share)])
        glob_file = (share / "globs2").read_text() if (share / "globs2").exists() else ""
        check(f"{MIME}:*.corroborate" in glob_file,
              f"shared-mime-info database knows *.corroborate ({share}/globs2)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("deb", type=Path, nargs="?",
                        help="default: dist/corroborate_<pyproject version>_*.deb")
    parser.add_argument("--mode", choices=("auto", "system", "scratch"), default="auto")
    parser.add_argument("--report", type=Path, default=ROOT / "build" / "package-test.json")
    args = parser.parse_args(argv)
    if args.deb is None:
        from project_version import project_version  # packaging/ is this script's folder

        found = sorted((ROOT / "dist").glob(f"corroborate_{project_version()}_*.deb"))
        if not found:
            print("No .deb in dist/: run `make package` first", file=sys.stderr)
            return 2
        args.deb = found[-1]
    deb = args.deb.resolve()
    mode = args.mode
    if mode == "auto":
        already = run(["dpkg-query", "-W", "-f=${Status}", "corroborate"], check_rc=False)
        mode = ("system" if os.geteuid() == 0 and shutil.which("apt-get")
                and "installed" not in already.stdout else "scratch")
    figures: dict[str, object] = {"deb": deb.name, "deb_mb": round(deb.stat().st_size / 1e6, 1),
                                  "mode": mode}
    work = Path(tempfile.mkdtemp(prefix="corroborate-package-test-"))
    root = Path("/") if mode == "system" else work / "root"
    env = {"QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "1"}
    print(f"Testing {deb.name} ({mode} install)")
    try:
        if mode == "system":
            run(["apt-get", "install", "-y", "-qq", str(deb)],
                env={"DEBIAN_FRONTEND": "noninteractive"})
            app = ["/usr/bin/corroborate"]
            check(shutil.which("corroborate") is not None, "`corroborate` is on PATH")
        else:
            run(["dpkg-deb", "-x", str(deb), str(root)])
            app = [str(root / "opt/corroborate/corroborate")]
        figures["installed_mb"] = round(tree_mb(root / "opt/corroborate"), 1)
        check_integration(root, mode)
        from project_version import project_version

        shown = run([*app, "--version"], env=env).stdout.strip()
        check(shown == f"corroborate {project_version()}",
              f"installed app reports pyproject's version ({shown})")

        cold = drop_caches()
        frozen = timed_screenshot(app, work / "frozen.png", env)
        width, height, colours = screenshot_is_real(work / "frozen.png")
        check(width >= 800 and height >= 500 and colours >= 50,
              f"installed app analysed the samples and saved a {width}x{height} screenshot "
              f"({colours} colours sampled)")
        drop_caches()
        source = timed_screenshot([sys.executable, "-m", "viewer"], work / "source.png", env)
        figures.update(cold_cache=cold, start_frozen_s=round(frozen, 2),
                       start_source_s=round(source, 2),
                       start_frozen_warm_s=round(timed_screenshot(app, work / "w.png", env), 2),
                       start_source_warm_s=round(timed_screenshot(
                           [sys.executable, "-m", "viewer"], work / "w.png", env), 2))
        if shutil.which("xvfb-run"):
            xcb = run(["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", "env",
                       "QT_QPA_PLATFORM=xcb", *app, "--screenshot", str(work / "xcb.png"),
                       *SAMPLES], timeout=300, check_rc=False)
            check(xcb.returncode == 0 and (work / "xcb.png").stat().st_size > 20_000,
                  f"installed app runs on a real X server (xcb plugin) {xcb.stderr[-300:]}")

        files = SAMPLES + STORY2
        # --jobs 1: a parsing worker is the frozen executable started again (freeze_support)
        frozen_run = run([*app, "compare", *files, "-q", "--jobs", "1", "--json",
                          str(work / "frozen.json")], env=env)
        check("worker" not in frozen_run.stderr,
              f"installed app parses in a worker process {frozen_run.stderr[-300:]}")
        run([sys.executable, "-m", "viewer", "compare", *files, "-q", "--json",
             str(work / "source.json")], env=env)
        ours, theirs = (strip_paths(json.loads((work / f"{n}.json").read_text("utf-8")))
                        for n in ("frozen", "source"))
        check(ours == theirs, f"compare --json from the installed app equals the source run "
                              f"({len(files)} documents: txt, html, md)")
        figures["model"] = ours.get("model")

        if mode == "system":
            run(["apt-get", "purge", "-y", "-qq", "corroborate"],
                env={"DEBIAN_FRONTEND": "noninteractive"})
            left = [rel for rel in (*INSTALLED_PATHS, "opt/corroborate") if (root / rel).exists()]
            check(not left, f"purge removed every installed file {left or ''}")
            globs = Path("/usr/share/mime/globs2")
            if shutil.which("update-mime-database") and globs.exists():
                check(MIME not in globs.read_text(), "MIME type unregistered after purge")
    except Failed as exc:
        print(f"FAILED: {exc}", file=sys.stderr)
        if mode == "system":
            run(["apt-get", "purge", "-y", "-qq", "corroborate"], check_rc=False,
                env={"DEBIAN_FRONTEND": "noninteractive"})
        return 1
    finally:
        shutil.rmtree(work, ignore_errors=True)
    args.report.parent.mkdir(parents=True, exist_ok=True)
    args.report.write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(figures))
    print("package-test: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
