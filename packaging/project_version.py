"""The app's version as set in pyproject.toml, the one place it is written.

`python packaging/project_version.py` prints it (CI uses it to name the installers); the app
itself reads the same number from the installed metadata (`viewer.__version__`).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"


def project_version(pyproject: Path = PYPROJECT) -> str:
    """`version` of the [project] table (a regex, so Python 3.10 without tomllib works too)."""
    text = pyproject.read_text("utf-8")
    match = re.search(r'^\[project\]\s*$(.*?)^version\s*=\s*"([^"]+)"', text, re.M | re.S)
    if not match or "\n[" in match.group(1):
        raise SystemExit(f"{pyproject}: no version in the [project] table")
    return match.group(2)


if __name__ == "__main__":
    print(project_version())
    sys.exit(0)
