"""The comparison as spreadsheet tables (CSV): one row per fact, one row per entity.

Researchers sort and filter these in a spreadsheet, so each document gets its own columns rather
than one packed cell. Read from the `Comparison` only. The text starts with a byte-order mark
when written with `CSV_ENCODING`, which spreadsheet programs need to see UTF-8.
"""

from __future__ import annotations

import csv
import io
import os
from collections import Counter

from viewer.core.result import Comparison, DocumentResult

__all__ = ["CSV_ENCODING", "facts_csv", "entities_csv", "document_label"]

CSV_ENCODING = "utf-8-sig"
SENTENCE_SEPARATOR = "\n"  # several sentences of one document in one fact, one per line


def document_label(doc: DocumentResult) -> str:
    """"d1 (01-harvel-courier.txt)": the id the app shows, and a name a reader recognises."""
    name = os.path.basename(doc.path) if doc.path else (doc.title[:40] or "pasted text")
    return f"{doc.id} ({name})"


def _write(rows: list[list[object]]) -> str:
    out = io.StringIO()
    csv.writer(out).writerows(rows)  # RFC 4180: quoted when needed, CRLF line ends
    return out.getvalue()


def facts_csv(result: Comparison) -> str:
    """fact, status, sources count, sources, then each document's sentences of that fact."""
    header: list[object] = ["fact", "status", "sources_count", "sources"]
    header += [f"text {document_label(d)}" for d in result.documents]
    rows: list[list[object]] = [header]
    for fact in result.facts:
        texts: dict[str, list[str]] = {}
        for sid in fact.sentences:
            texts.setdefault(sid.split(".", 1)[0], []).append(result.sentence_text(sid))
        rows.append([fact.id, fact.status, len(fact.sources), " ".join(fact.sources)]
                    + [SENTENCE_SEPARATOR.join(texts.get(d.id, [])) for d in result.documents])
    return _write(rows)


def entities_csv(result: Comparison) -> str:
    """entity, label, aliases, sources count, then per document: named (yes/no), mentions."""
    counts = {d.id: Counter(m.entity for m in d.mentions if m.entity) for d in result.documents}
    header: list[object] = ["entity", "label", "aliases", "sources_count"]
    for d in result.documents:
        label = document_label(d)
        header += [f"named {label}", f"mentions {label}"]
    rows: list[list[object]] = [header]
    for entity, present in result.presence_matrix():
        row: list[object] = [entity.name, entity.label,
                             "; ".join(a for a in entity.aliases if a != entity.name),
                             sum(present)]
        for doc, here in zip(result.documents, present):
            row += ["yes" if here else "no", counts[doc.id][entity.id]]
        rows.append(row)
    return _write(rows)
