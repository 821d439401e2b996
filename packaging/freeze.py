"""Build the frozen app: PyInstaller onedir from packaging/corroborate.spec, then strip it.

`python packaging/freeze.py [--dist DIR] [--work DIR]` leaves the bundle in DIR/corroborate/
(default dist/corroborate/) and, on macOS, DIR/Corroborate.app. It prints the build time and the
bundle's size, the figures the README quotes.

Stripping happens here, after the build, and skips the `*.libs` folders: PyInstaller's own
strip=True also strips the OpenBLAS that numpy and scipy ship in numpy.libs/scipy.libs, and numpy
then fails to import.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "corroborate.spec"
ELF_MAGIC = b"\x7fELF"


def tree_size(path: Path) -> int:
    """Bytes in all regular files under `path` (symlinks not followed)."""
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def strip_tree(bundle: Path) -> int:
    """Strip debug symbols from the ELF libraries under `bundle/_internal`; returns bytes saved.

    The launcher itself is left alone (its archive is appended to the ELF file), and so is every
    `*.libs` folder (auditwheel's vendored libraries, see the module docstring).
    """
    strip = shutil.which("strip")
    if strip is None or not sys.platform.startswith("linux"):
        return 0
    before = tree_size(bundle)
    files = []
    for path in (bundle / "_internal").rglob("*"):
        if any(part.endswith(".libs") for part in path.relative_to(bundle).parts):
            continue
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as fh:
                if fh.read(4) == ELF_MAGIC:
                    files.append(path)
    for start in range(0, len(files), 200):
        subprocess.run([strip, "--strip-unneeded", *map(str, files[start:start + 200])],
                       check=True)
    return before - tree_size(bundle)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", default=str(ROOT / "dist"), help="output folder")
    parser.add_argument("--work", default=str(ROOT / "build" / "pyinstaller"),
                        help="PyInstaller's work folder")
    args = parser.parse_args(argv)
    dist = Path(args.dist).resolve()
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
                    "--log-level", "WARN", "--distpath", str(dist), "--workpath", args.work,
                    str(SPEC)], check=True, cwd=ROOT, env={**os.environ, "PYTHONNOUSERSITE": "1"})
    bundle = dist / "corroborate"
    saved = strip_tree(bundle)
    seconds = time.perf_counter() - started
    print(f"Built {bundle} in {seconds:.0f} s: {tree_size(bundle) / 1e6:.0f} MB "
          f"({saved / 1e6:.0f} MB saved by strip)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
