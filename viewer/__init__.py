"""Corroborate: compare several reports of the same event."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("corroborate")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0+source"
