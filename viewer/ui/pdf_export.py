"""The HTML report printed to PDF, for people who file or annotate paper-like documents.

Qt's rich-text engine lays the report out (no browser engine is shipped): it keeps the coverage
shading, the entity underlines, the disagreements and the entity table, and stacks the columns
one document after another, as the report's own print style does. Twenty long articles take
seconds to lay out, so the window makes the PDF in a background job.
"""

from __future__ import annotations

import os
import re

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QObject, Signal
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from viewer import __version__
from viewer.core.atomicio import atomic_write_bytes
from viewer.core.report import render_html
from viewer.core.result import Comparison
from viewer.ui.worker import Job

__all__ = ["PdfExport", "report_pdf", "write_report_pdf"]

MARGIN_MM = 15.0
RESOLUTION_DPI = 300
# Qt's rich text knows a subset of CSS: no variables, no box-shadow, no empty spans.
# These rules and rewrites keep the report's marks visible in print.
_PRINT_CSS = (".x { color: #b3161b; text-decoration: underline; }"
              " .e { text-decoration: underline; } .meta, .src { color: #6b6b70; }")
_SWATCH = re.compile(r"<span class='swatch' style='([^']*)'></span>")
_CLICK_HINT = re.compile(r"<span><span class='swatch'[^>]*></span>click a sentence[^<]*</span>")


def printable_html(report: str) -> str:
    """The report with legend swatches drawn as shaded blanks, and its items spaced apart;
    the hint about clicking, which paper cannot do, is left out."""
    def swatch(match: re.Match[str]) -> str:
        if "box-shadow" in match.group(1):  # the disputed mark: show it as print shows it
            return "<span class='x'>17</span>&nbsp;"
        return f"<span style='{match.group(1)}'>&nbsp;&nbsp;&nbsp;&nbsp;</span>&nbsp;"

    report = _SWATCH.sub(swatch, _CLICK_HINT.sub("", report))
    return report.replace("</span><span>", "</span>&nbsp;&nbsp;&nbsp; <span>")  # legend items


def report_pdf(result: Comparison, title: str = "Corroborate comparison") -> bytes:
    """The report as PDF bytes (A4); the page size follows the layout, not the screen."""
    document = QTextDocument()
    document.setDefaultStyleSheet(_PRINT_CSS)
    document.setHtml(printable_html(render_html(result, title)))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION_DPI)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                          QPageLayout.Unit.Millimeter)
    writer.setTitle(title)
    writer.setCreator(f"Corroborate {__version__}")
    document.print_(writer)  # ends the painter, which completes the file
    buffer.close()
    return bytes(buffer.data())


def write_report_pdf(path: str | os.PathLike[str], result: Comparison) -> None:
    """Render, then write atomically: a failed export never leaves half a PDF behind."""
    atomic_write_bytes(path, report_pdf(result), make_folder=True)


class PdfExport(QObject):
    """Renders and writes one PDF off the GUI thread; ends with `done(path)` or `failed(msg)`."""

    done = Signal(str)
    failed = Signal(str)  # one line naming the file and the reason

    def __init__(self, result: Comparison, path: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path

        def work(_progress, _cancelled) -> str:
            try:
                write_report_pdf(path, result)
            except OSError as exc:
                return f"{path}: cannot be written: {exc.strerror or exc}"
            return ""

        self.job = Job(work)
        self.job.signals.finished.connect(
            lambda problem: self.failed.emit(problem) if problem else self.done.emit(path))
        self.job.signals.failed.connect(lambda message: self.failed.emit(f"{path}: {message}"))

    def start(self) -> None:
        self.job.start()
