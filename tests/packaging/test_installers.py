"""The Linux package's layout and metadata, built from a stand-in bundle (no PyInstaller run:
`make package-test` checks the real one), and the icon containers the installers use."""

import shutil
import struct
import subprocess
from importlib.metadata import version
from pathlib import Path

import pytest

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"


@pytest.fixture
def scripts(monkeypatch):
    """packaging/ is a folder of scripts, not a package: import them as the scripts do."""
    monkeypatch.syspath_prepend(str(PACKAGING))
    import build_deb
    import project_version
    import render_icons

    return build_deb, project_version, render_icons


def test_the_installed_version_is_pyprojects(scripts):
    _, project_version, _ = scripts
    assert project_version.project_version() == version("corroborate")


@pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="needs dpkg-deb")
def test_deb_layout_metadata_and_scripts(scripts, tmp_path):
    build_deb, project_version, _ = scripts
    bundle = tmp_path / "bundle"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "corroborate").write_text("#!/bin/sh\necho frozen\n")
    (bundle / "corroborate").chmod(0o700)
    (bundle / "_internal" / "data.txt").write_text("x")
    deb = build_deb.build(bundle, tmp_path / "out", "gzip", staging=tmp_path / "stage")
    assert deb.name == f"corroborate_{project_version.project_version()}_{build_deb.deb_arch()}.deb"

    def field(name):
        return subprocess.run(["dpkg-deb", "-f", str(deb), name], capture_output=True,
                              text=True, check=True).stdout.strip()

    assert field("Package") == "corroborate"
    assert field("Version") == project_version.project_version()
    assert {"libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxkbcommon-x11-0"} <= {
        d.strip() for d in field("Depends").split(",")}
    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True,
                             check=True).stdout.splitlines()
    entries = {line.split()[-1].lstrip("."): line.split()[0] for line in listing}
    assert entries["/opt/corroborate/corroborate"] == "-rwxr-xr-x"
    assert entries["/opt/corroborate/_internal/data.txt"] == "-rw-r--r--"
    assert entries["/usr/bin/corroborate"] == "-rwxr-xr-x"
    for size in build_deb.ICON_SIZES:
        assert f"/usr/share/icons/hicolor/{size}x{size}/apps/corroborate.png" in entries
    for path in ("/usr/share/applications/corroborate.desktop",
                 "/usr/share/mime/packages/corroborate.xml",
                 "/usr/share/icons/hicolor/scalable/apps/corroborate.svg"):
        assert path in entries
    assert all(" root/root " in line for line in listing)  # not the builder's user
    control = tmp_path / "control"
    subprocess.run(["dpkg-deb", "-e", str(deb), str(control)], check=True)
    for script in ("postinst", "postrm"):
        text = (control / script).read_text()
        assert "update-mime-database" in text and "command -v" in text  # tools are optional
    assert not (tmp_path / "stage" / "corroborate").exists()  # staging cleaned up


def test_ico_and_icns_hold_every_size_as_png(scripts):
    _, _, render_icons = scripts
    pngs = {n: struct.pack(">I", n) + b"png" for n in (16, 32, 64, 128, 256, 512, 1024)}
    ico = render_icons.ico({n: pngs[n] for n in (16, 32, 256)})
    assert struct.unpack("<HHH", ico[:6]) == (0, 1, 3)
    for i, n in enumerate((16, 32, 256)):
        width, _, _, _, _, _, size, offset = struct.unpack("<BBBBHHII", ico[6 + 16 * i:22 + 16 * i])
        assert width == (0 if n == 256 else n) and ico[offset:offset + size] == pngs[n]
    icns = render_icons.icns(pngs)
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    at, kinds = 8, []
    while at < len(icns):
        kind, length = icns[at:at + 4], struct.unpack(">I", icns[at + 4:at + 8])[0]
        kinds.append(kind)
        at += length
    assert at == len(icns) and kinds == [k for k, _ in render_icons.ICNS_TYPES]


def test_committed_icons_match_the_svg_sizes():
    icons = PACKAGING.parent / "resources" / "icons"
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        data = (icons / f"corroborate-{size}.png").read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        assert struct.unpack(">II", data[16:24]) == (size, size)
