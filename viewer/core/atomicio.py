"""Write files so that a crash leaves either the old file or the new one, never half of each."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

__all__ = ["atomic_write_bytes", "atomic_write_text"]


def atomic_write_text(path: str | os.PathLike[str], text: str, encoding: str = "utf-8",
                      make_folder: bool = False) -> None:
    """Write to a temporary file beside `path`, flush and fsync it, then replace `path`."""
    atomic_write_bytes(path, text.encode(encoding), make_folder)


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes,
                       make_folder: bool = False) -> None:
    """The same for binary files (PDF exports).

    A missing folder is an error unless `make_folder` (a mistyped output path must not create
    folders), and so is a target that is not a regular file: replacing /dev/null or a pipe by
    a file would break the system, not write to it."""
    target = Path(path)
    if make_folder:
        target.parent.mkdir(parents=True, exist_ok=True)
    elif not target.parent.is_dir():
        raise FileNotFoundError(errno.ENOENT, f"the folder {target.parent} does not exist")
    if target.exists() and not target.is_file():
        raise OSError(errno.EINVAL, "it exists and is not a regular file")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        # mkstemp makes the file private (0600); keep the mode the file had, or the usual one.
        try:
            mode = target.stat().st_mode & 0o7777
        except FileNotFoundError:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(tmp, mode)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
