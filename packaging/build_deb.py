"""Build dist/corroborate_<version>_<arch>.deb from the frozen bundle (packaging/freeze.py).

`python packaging/build_deb.py [--bundle dist/corroborate] [--out dist]` needs only dpkg-deb:
no download and no root (file ownership is set by `--root-owner-group`). The package puts

    /opt/corroborate/                     the bundle
    /usr/bin/corroborate                  launcher on PATH
    /usr/share/applications/corroborate.desktop
    /usr/share/icons/hicolor/NxN/apps/corroborate.png (+ scalable SVG)
    /usr/share/mime/packages/corroborate.xml   *.corroborate = application/x-corroborate-session

and declares the X11 libraries Qt's xcb platform plugin loads as Depends, so `apt install ./x.deb`
pulls them in on a desktop that lacks them.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from project_version import project_version  # packaging/ is this script's folder

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"
ICONS = ROOT / "resources" / "icons"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# What Qt's xcb platform plugin and its GL/font stack need from the system (QT_DEBUG_PLUGINS=1
# names them when one is missing). The bundle carries copies of some; declaring them is what
# makes a desktop without them work, and costs nothing on one that has them.
DEPENDS = ("libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-image0, "
           "libxcb-render-util0, libxcb-shape0, libxcb-randr0, libxcb-xfixes0, libxcb-xkb1, "
           "libxkbcommon-x11-0, libxkbcommon0, libx11-xcb1, libegl1, libgl1, libfontconfig1, "
           "libfreetype6, libdbus-1-3")
RECOMMENDS = "shared-mime-info, desktop-file-utils, fonts-dejavu-core"


def glibc_version() -> str:
    """This machine's glibc: the bundle's libraries need it or newer, so libc6 must be that."""
    found = os.confstr("CS_GNU_LIBC_VERSION") or "glibc 2.31"
    return found.split()[-1]


def deb_arch() -> str:
    return subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                          check=True).stdout.strip()


def _normalise_modes(tree: Path) -> None:
    """0755 for folders and executables, 0644 for the rest: no group/world-writable files."""
    for path in [tree, *tree.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir() or path.stat().st_mode & 0o111:
            path.chmod(0o755)
        else:
            path.chmod(0o644)


def _installed_kib(tree: Path) -> int:
    return sum(p.lstat().st_size for p in tree.rglob("*") if not p.is_dir()) // 1024 + 1


def control(version: str, arch: str, installed_kib: int) -> str:
    return (f"Package: corroborate\nVersion: {version}\nArchitecture: {arch}\n"
            "Maintainer: Corroborate developers <corroborate@users.noreply.github.com>\n"
            f"Installed-Size: {installed_kib}\n"
            f"Depends: libc6 (>= {glibc_version()}), {DEPENDS}\nRecommends: {RECOMMENDS}\n"
            "Section: text\nPriority: optional\n"
            "Description: compare several news reports of the same event\n"
            " Corroborate finds the sentences that state the same fact in each article, even\n"
            " when reordered or reworded, and shows which facts every source reports, which\n"
            " only one does, which words differ, and which people, places and organisations\n"
            " each source names. Everything runs offline; the English spaCy pipeline is\n"
            " included.\n")


def stage(bundle: Path, root: Path, version: str, arch: str) -> None:
    """Lay out the package tree under `root` (replacing whatever was there)."""
    if root.exists():
        shutil.rmtree(root)
    shutil.copytree(bundle, root / "opt" / "corroborate", symlinks=True)
    share = root / "usr" / "share"
    (root / "usr" / "bin").mkdir(parents=True)
    shutil.copy(LINUX / "corroborate.sh", root / "usr" / "bin" / "corroborate")
    (share / "applications").mkdir(parents=True)
    shutil.copy(LINUX / "corroborate.desktop", share / "applications" / "corroborate.desktop")
    (share / "mime" / "packages").mkdir(parents=True)
    shutil.copy(LINUX / "corroborate-mime.xml", share / "mime" / "packages" / "corroborate.xml")
    for size in ICON_SIZES:
        folder = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True)
        shutil.copy(ICONS / f"corroborate-{size}.png", folder / "corroborate.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy(ICONS / "corroborate.svg", scalable / "corroborate.svg")
    doc = share / "doc" / "corroborate"
    doc.mkdir(parents=True)
    licence = ROOT / "LICENSE"
    (doc / "copyright").write_text(
        "Corroborate, MIT licence.\n"
        + (licence.read_text("utf-8") if licence.exists() else
           "See https://opensource.org/license/mit for the licence text.\n")
        + "\nThe bundle in /opt/corroborate includes Python, Qt (LGPLv3, PySide6), spaCy and\n"
          "its English pipeline (MIT) and other libraries under their own licences.\n",
        encoding="utf-8")
    _normalise_modes(root)
    debian = root / "DEBIAN"
    debian.mkdir()
    (debian / "control").write_text(control(version, arch, _installed_kib(root)), "utf-8")
    for script in ("postinst", "postrm"):
        shutil.copy(LINUX / script, debian / script)
        (debian / script).chmod(0o755)


def build(bundle: Path, out: Path, compression: str = "xz", staging: Path | None = None) -> Path:
    """The .deb in `out`, named with the pyproject version and the machine's architecture."""
    if not (bundle / "corroborate").is_file():
        raise SystemExit(f"{bundle}: no frozen bundle here; run packaging/freeze.py first")
    version, arch = project_version(), deb_arch()
    root = (staging or ROOT / "build" / "deb") / "corroborate"
    stage(bundle, root, version, arch)
    out.mkdir(parents=True, exist_ok=True)
    deb = out / f"corroborate_{version}_{arch}.deb"
    subprocess.run(["dpkg-deb", "--root-owner-group", f"-Z{compression}", "--build", str(root),
                    str(deb)], check=True, stdout=subprocess.DEVNULL)
    shutil.rmtree(root)
    return deb


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", default=str(ROOT / "dist" / "corroborate"))
    parser.add_argument("--out", default=str(ROOT / "dist"))
    parser.add_argument("--compression", default="xz", choices=("xz", "gzip", "zstd"),
                        help="xz: smallest, readable by every dpkg (default)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    deb = build(Path(args.bundle), Path(args.out), args.compression)
    print(f"Built {deb} in {time.perf_counter() - started:.0f} s: "
          f"{deb.stat().st_size / 1e6:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
