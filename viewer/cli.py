"""Command line: `corroborate [FILE ...]` opens the viewer; `corroborate compare FILE FILE ...`
[--json OUT] [--html OUT] [--model NAME] compares from the terminal.

Every file problem becomes one line on stderr naming the file and the reason; the comparison
goes ahead when at least two usable documents remain. Exit status: 0 done, 2 nothing to compare
(or no usable spaCy pipeline), 1 an unexpected error (reported without a traceback).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from collections.abc import Sequence

from viewer import __version__
from viewer.cli_export import add_export_parser, run_export
from viewer.core.align import AlignSettings
from viewer.core.atomicio import atomic_write_text
from viewer.core.documents import LoadError, SourceText, load_path
from viewer.core.nlp import DEFAULT_MODEL, ModelError
from viewer.core.overview import strays
from viewer.core.pipeline import Settings, compare
from viewer.core.report import render_html
from viewer.core.result import Comparison
from viewer.core.wording import count

__all__ = ["main", "load_sources", "summary"]

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


def _err(message: str) -> None:
    print(f"corroborate: {message}", file=sys.stderr)


class _OneLine(logging.Handler):
    """A log record as one line on stderr (whatever stderr is at the time)."""

    def emit(self, record: logging.LogRecord) -> None:
        _err(record.getMessage())


def load_sources(paths: Sequence[str]) -> tuple[list[SourceText], list[LoadError]]:
    """Load every path; collect the failures instead of stopping at the first."""
    sources: list[SourceText] = []
    errors: list[LoadError] = []
    seen: dict[str, str] = {}
    for path in paths:
        real = os.path.realpath(path)
        if real in seen:
            errors.append(LoadError(path, f"given twice (same file as {seen[real]})"))
            continue
        try:
            sources.append(load_path(path))
            seen[real] = path
        except LoadError as exc:
            errors.append(exc)
    return sources, errors


def summary(result: Comparison, seconds: float | None = None) -> str:
    """A short human-readable account of a comparison, for the terminal."""
    n = len(result.documents)
    lines = [f"Compared {count(n, 'document')} with {result.model}"
             + (f" in {seconds:.1f} s" if seconds is not None else "")]
    unique_by_doc: dict[str, int] = {}
    for fact in result.facts:
        if fact.status == "unique":
            unique_by_doc[fact.sources[0]] = unique_by_doc.get(fact.sources[0], 0) + 1
    for doc in result.documents:
        title = doc.title if len(doc.title) <= 60 else doc.title[:57] + "..."
        lines.append(f"  {doc.id:>3}  {title}")
        lines.append(f"       {os.path.basename(doc.path) or 'pasted text'}: "
                     f"{count(len(doc.sentences), 'sentence')}, "
                     f"{count(unique_by_doc.get(doc.id, 0), 'unique fact')}, "
                     f"{count(len(doc.removed), 'boilerplate line')} removed")
        lines.extend(f"       warning: {w}" for w in doc.warnings)
    by_count: dict[int, int] = {}
    for fact in result.facts:
        by_count[len(fact.sources)] = by_count.get(len(fact.sources), 0) + 1
    spread = ", ".join(f"{by_count[k]} in {k} sources" for k in sorted(by_count, reverse=True)
                       if k > 1)
    lines.append(f"Facts: {len(result.facts)} ({spread or 'none shared'}; "
                 f"{by_count.get(1, 0)} unique to one source)")
    lines.append(f"Links: {len(result.links)}   Entities: {len(result.entities)}   "
                 f"Discrepancies: {len(result.discrepancies)}")
    for doc_id in strays(result):
        lines.append(f"warning: {doc_id} shares almost no facts with the other "
                     f"{'source' if n == 2 else 'sources'}: is it about the same event?")
    everywhere = [f for f in result.facts if len(f.sources) == n]
    if everywhere:
        lines.append("Reported by both sources:" if n == 2 else f"Reported by all {n} sources:")
        for fact in everywhere[:8]:
            text = " ".join(result.sentence_text(fact.sentences[0]).split())
            lines.append(f"  - {text[:100]}{'...' if len(text) > 100 else ''}")
        if len(everywhere) > 8:
            lines.append(f"  ... and {len(everywhere) - 8} more")
    if result.discrepancies:
        lines.append("Where the sources disagree:")
        for d in result.discrepancies[:10]:
            detail = d.detail if len(d.detail) <= 150 else d.detail[:147] + "..."
            lines.append(f"  - [{', '.join(d.sentences)}] {detail}")
        if len(result.discrepancies) > 10:
            lines.append(f"  ... and {len(result.discrepancies) - 10} more")
    return "\n".join(lines)


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        jobs = -1
    if jobs < 0:
        raise argparse.ArgumentTypeError(
            f"expected a number of processes (0 or more), got {value!r}")
    return jobs


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="corroborate",
        description="Compare several reports of the same event: shared and unique facts, "
                    "differences, named entities.")
    parser.add_argument("--version", action="version", version=f"corroborate {__version__}")
    sub = parser.add_subparsers(dest="command")
    cmp_ = sub.add_parser("compare", help="compare two or more articles from the command line")
    cmp_.add_argument("files", nargs="+", metavar="FILE",
                      help=".txt .md .html .docx .pdf (anything else is read as text)")
    cmp_.add_argument("--json", metavar="OUT", help="write the result as JSON ('-' for stdout)")
    cmp_.add_argument("--html", metavar="OUT", help="write a self-contained HTML report")
    cmp_.add_argument("--model", metavar="NAME", default=DEFAULT_MODEL,
                      help=f"installed spaCy pipeline to use (default {DEFAULT_MODEL})")
    cmp_.add_argument("--threshold", type=float, default=AlignSettings.threshold,
                      help="similarity needed to link two sentences, 0-1 (default %(default)s)")
    cmp_.add_argument("--jobs", type=_jobs, metavar="N", default=None,
                      help="worker processes that parse besides this one (0: parse on one core; "
                           "default: one per spare core, up to 3, for large comparisons)")
    cmp_.add_argument("-q", "--quiet", action="store_true", help="print no summary")
    add_export_parser(sub)
    return parser


def _run_compare(args: argparse.Namespace) -> int:
    if not 0.0 <= args.threshold <= 1.0:
        _err(f"--threshold must be between 0 and 1, not {args.threshold}")
        return EXIT_USAGE
    sources, errors = load_sources(args.files)
    for error in errors:
        _err(f"skipped {error}")
    if len(sources) < 2:
        _err(f"need at least two usable documents, have {len(sources)}")
        return EXIT_USAGE
    settings = Settings(model=args.model, align=AlignSettings(threshold=args.threshold),
                        workers=args.jobs)
    started = time.perf_counter()
    try:
        result = compare(sources, settings)
    except ModelError as exc:
        _err(str(exc))
        return EXIT_USAGE
    elapsed = time.perf_counter() - started
    for doc in result.documents:
        for warning in doc.warnings:
            _err(f"warning: {warning}")
    if args.json == "-":
        sys.stdout.write(result.to_json() + "\n")
    elif args.json:
        try:
            atomic_write_text(args.json, result.to_json() + "\n")
        except OSError as exc:
            _err(f"cannot write {args.json}: {exc.strerror or exc}")
            return EXIT_ERROR
    if args.html:
        try:
            atomic_write_text(args.html, render_html(result))
        except OSError as exc:
            _err(f"cannot write {args.html}: {exc.strerror or exc}")
            return EXIT_ERROR
    if not args.quiet and args.json != "-":
        print(summary(result, elapsed))
        for out in (args.json, args.html):
            if out:
                print(f"Wrote {out}")
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0] not in ("compare", "export", "-h", "--help", "--version")):
        from viewer.ui.app import run  # the desktop viewer: `corroborate [FILE ...]`

        return run(argv)
    parser = _parser()
    args = parser.parse_args(argv)
    # The core logs unexpected failures with their trace, for the viewer's log file; here the
    # one line per file says it all (without a handler Python would print the trace).
    logging.getLogger().addHandler(logging.NullHandler())
    # but a parse that falls back to one core is worth a line: it will be slower
    pool_log = logging.getLogger("viewer.core.parse_pool")
    if not any(isinstance(h, _OneLine) for h in pool_log.handlers):
        pool_log.addHandler(_OneLine(logging.WARNING))
    try:
        return run_export(args) if args.command == "export" else _run_compare(args)
    except KeyboardInterrupt:
        _err("interrupted")
        return 130
    except Exception as exc:  # last resort: one line, never a traceback
        _err(f"unexpected error: {type(exc).__name__}: {exc}")
        return EXIT_ERROR
