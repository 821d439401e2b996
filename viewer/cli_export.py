"""`corroborate export SESSION [--html OUT] [--csv OUT] [--json OUT]`: a session's annotations and
verdicts, with a fresh analysis of its documents, written from the terminal.

The session's stored texts are re-analysed with its settings (analysis is never stored), so the
export matches what the viewer shows on reopening. Problems are one line on stderr; exit status
0 done, 2 unusable session or no usable pipeline, 1 an output could not be written.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from viewer.core.atomicio import atomic_write_text
from viewer.core.session import SessionError, analyse, load_session

__all__ = ["add_export_parser", "run_export"]

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


def add_export_parser(sub: Any) -> None:
    """Register the `export` sub-command on the CLI's sub-parsers."""
    exp = sub.add_parser("export", help="export a session's annotations and verdicts")
    exp.add_argument("session", metavar="SESSION", help="a .corroborate session file")
    exp.add_argument("--html", metavar="OUT",
                     help="HTML report of the comparison with annotations and verdicts")
    exp.add_argument("--csv", metavar="OUT", help="annotations as CSV ('-' for stdout)")
    exp.add_argument("--json", metavar="OUT",
                     help="comparison JSON plus W3C Web Annotation JSON-LD ('-' for stdout)")
    exp.add_argument("-q", "--quiet", action="store_true", help="print no summary")


def _err(message: str) -> None:
    print(f"corroborate: {message}", file=sys.stderr)


def run_export(args: argparse.Namespace) -> int:
    outputs = {k: getattr(args, k) for k in ("html", "csv", "json") if getattr(args, k)}
    if not outputs:
        _err("export: give at least one of --html, --csv, --json")
        return EXIT_USAGE
    if sum(1 for out in outputs.values() if out == "-") > 1:
        _err("export: only one output can go to stdout ('-')")
        return EXIT_USAGE
    try:
        session = load_session(args.session)
    except SessionError as exc:
        hint = f" (the previous version is kept in {exc.backup})" if exc.backup else ""
        _err(f"{exc}{hint}")
        return EXIT_USAGE
    comparison = _analyse(session)
    if comparison is None:
        return EXIT_USAGE
    return _write_all(session, comparison, outputs, args.quiet or "-" in outputs.values())


def _analyse(session: Any) -> Any:
    from viewer.core.nlp import ModelError

    if not session.documents:
        _err("export: the session holds no documents")
        return None
    try:
        return analyse(session)
    except ModelError as exc:
        _err(str(exc))
        return None


def _render(kind: str, session: Any, comparison: Any) -> str:
    import json

    from viewer.core.annotation_export import annotations_csv, comparison_with_annotations
    from viewer.core.report import render_html

    if kind == "html":
        return render_html(comparison, annotations=session)
    if kind == "csv":
        return annotations_csv(session, comparison)
    data = comparison_with_annotations(session, comparison)
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def _write_all(session: Any, comparison: Any, outputs: dict[str, str], quiet: bool) -> int:
    for kind, out in outputs.items():
        text = _render(kind, session, comparison)
        if out == "-":
            sys.stdout.write(text)
            continue
        try:
            atomic_write_text(out, text)
        except OSError as exc:
            _err(f"cannot write {out}: {exc.strerror or exc}")
            return EXIT_ERROR
        if not quiet:
            print(f"Wrote {out}")
    return EXIT_OK
