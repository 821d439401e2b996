"""A session's annotations and verdicts for other tools: CSV, W3C Web Annotation JSON-LD, the
HTML report section, and the comparison JSON with annotations added.

With a Comparison, passages are placed in its (current) document texts, so positions, orphans
and facts match what the report shows; without one the stored anchors are written as they are.
Nothing here analyses text.
"""

from __future__ import annotations

import csv
import html
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from viewer.core.anchoring import Placement, attach_verdicts, place_all
from viewer.core.annotations import Annotation, AnnotationStore, TextAnchor, Verdict
from viewer.core.session import Session, comparison_ids

__all__ = ["CSV_COLUMNS", "JSONLD_CONTEXT", "annotations_csv", "annotations_jsonld",
           "annotations_html", "comparison_with_annotations"]

JSONLD_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
CSV_COLUMNS = ("id", "document", "title", "start", "end", "status", "quote", "prefix", "suffix",
               "tags", "note", "sentence", "fact", "verdict", "created", "modified")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")  # spreadsheets would run these as formulas


@dataclass(frozen=True)
class _Row:
    """One annotation placed (or not) in the comparison's text."""

    ann: Annotation
    start: int
    end: int
    status: str  # "stored" without a comparison, else how it was placed ("orphan" if not)
    sentence: str
    fact: str


def _rows(store: AnnotationStore, comparison: Any | None, ids: dict[str, str]) -> list[_Row]:
    if comparison is None:
        return [_Row(a, a.anchor.start, a.anchor.end, "stored", "", "") for a in store.annotations]
    texts = {key: comparison.document(doc_id).text for key, doc_id in ids.items()
             if any(d.id == doc_id for d in comparison.documents)}
    placed = place_all(store, texts)
    return [_placed_row(a, placed[a.id], comparison, ids.get(a.doc_key, a.doc_key))
            for a in store.annotations]


def _placed_row(ann: Annotation, place: Placement, comparison: Any, doc_id: str) -> _Row:
    if not place.placed:
        return _Row(ann, ann.anchor.start, ann.anchor.end, "orphan", "", "")
    doc = comparison.document(doc_id)
    sent = next((s for s in doc.sentences if s.start <= place.start < max(s.end, s.start + 1)),
                None)
    return _Row(ann, place.start, place.end, place.how, sent.id if sent else "",
                sent.fact if sent else "")


def _context(annotations: Session | AnnotationStore) -> tuple[AnnotationStore, dict[str, str]]:
    """The store, and session document key -> comparison document id."""
    if isinstance(annotations, Session):
        return annotations.store, comparison_ids(annotations)
    keys = {a.doc_key for a in annotations.annotations}
    return annotations, {k: k for k in keys}


def _verdict_by_fact(store: AnnotationStore, comparison: Any | None,
                     ids: dict[str, str]) -> tuple[dict[str, Verdict], list[Verdict]]:
    if comparison is None:
        return {}, store.verdicts
    return attach_verdicts(store, comparison, ids)


# --- CSV ----------------------------------------------------------------------------------------

def annotations_csv(session: Session, comparison: Any | None = None) -> str:
    """One row per annotation (orphans included, status "orphan"); tags by name, "; "-joined."""
    store, ids = _context(session)
    verdicts, _ = _verdict_by_fact(store, comparison, ids)
    titles = {d.key: d.title for d in session.documents}
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for row in _rows(store, comparison, ids):
        a = row.ann
        verdict = verdicts.get(row.fact)
        writer.writerow([_cell(x) for x in (
            a.id, a.doc_key, titles.get(a.doc_key, ""), row.start, row.end, row.status,
            a.anchor.exact, a.anchor.prefix, a.anchor.suffix, "; ".join(_tag_names(store, a)),
            a.note, row.sentence, row.fact, verdict.value if verdict else "", a.created,
            a.modified)])
    return out.getvalue()


def _cell(value: Any) -> str:
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def _tag_names(store: AnnotationStore, ann: Annotation) -> list[str]:
    return [t.name for t in (store.codebook.get(i) for i in ann.tags) if t is not None]


# --- W3C Web Annotation -------------------------------------------------------------------------

def annotations_jsonld(session: Session, comparison: Any | None = None) -> dict[str, Any]:
    """An AnnotationCollection (W3C Web Annotation Data Model) of annotations and verdicts.

    Targets are the documents' cleaned texts (identified by their sha256), with a
    TextPositionSelector and a TextQuoteSelector each.
    """
    store, ids = _context(session)
    items = [_annotation_ld(store, row, session) for row in _rows(store, comparison, ids)]
    placed, lost = _verdict_by_fact(store, comparison, ids)
    fact_of = {id(v): f for f, v in placed.items()}
    items += [_verdict_ld(v, fact_of.get(id(v)), session) for v in [*placed.values(), *lost]]
    return {"@context": JSONLD_CONTEXT, "type": "AnnotationCollection",
            "label": "Corroborate annotations", "total": len(items),
            "first": {"type": "AnnotationPage", "items": items}}


def _annotation_ld(store: AnnotationStore, row: _Row, session: Session) -> dict[str, Any]:
    a = row.ann
    body = [{"type": "TextualBody", "purpose": "tagging", "value": name}
            for name in _tag_names(store, a)]
    if a.note:
        body.append({"type": "TextualBody", "purpose": "commenting", "value": a.note,
                     "format": "text/plain"})
    anchor = TextAnchor(a.anchor.doc_hash, row.start, row.end, a.anchor.exact, a.anchor.prefix,
                        a.anchor.suffix)
    item: dict[str, Any] = {
        "id": f"urn:corroborate:annotation:{a.id}", "type": "Annotation",
        "motivation": "commenting" if a.note else ("tagging" if a.tags else "highlighting"),
        "created": a.created or None, "modified": a.modified or None,
        "target": _target(a.doc_key, anchor, session, row.status == "orphan"),
    }
    if body:
        item["body"] = body
    return {k: v for k, v in item.items() if v is not None}


def _target(doc_key: str, anchor: TextAnchor, session: Session, orphan: bool) -> dict[str, Any]:
    doc = session.document(doc_key)
    selectors: list[dict[str, Any]] = [{"type": "TextQuoteSelector", "exact": anchor.exact,
                                        "prefix": anchor.prefix, "suffix": anchor.suffix}]
    if not orphan:
        selectors.insert(0, {"type": "TextPositionSelector", "start": anchor.start,
                             "end": anchor.end})
    target: dict[str, Any] = {"source": f"urn:sha256:{anchor.doc_hash}", "selector": selectors}
    if doc is not None:  # the document the text was cleaned from
        path = Path(doc.path)
        target["scope"] = path.as_uri() if path.is_absolute() else f"urn:corroborate:{doc_key}"
    return target


def _verdict_ld(v: Verdict, fact: str | None, session: Session) -> dict[str, Any]:
    body = [{"type": "TextualBody", "purpose": "assessing", "value": v.value}]
    if v.note:
        body.append({"type": "TextualBody", "purpose": "commenting", "value": v.note,
                     "format": "text/plain"})
    item: dict[str, Any] = {
        "id": f"urn:corroborate:verdict:{v.fact_key}", "type": "Annotation",
        "motivation": "assessing", "body": body,
        "target": [_target(doc, a, session, fact is None) for doc, a in v.anchors],
    }
    if v.modified:
        item["modified"] = v.modified
    return item


# --- comparison JSON ----------------------------------------------------------------------------

def comparison_with_annotations(session: Session, comparison: Any) -> dict[str, Any]:
    """The `compare --json` contract plus "annotations" (JSON-LD) and "verdicts" by fact id."""
    data = comparison.to_dict()
    data["annotations"] = annotations_jsonld(session, comparison)
    placed, lost = attach_verdicts(session.store, comparison, comparison_ids(session))
    data["verdicts"] = ([_verdict_row(v, fact) for fact, v in placed.items()]
                        + [_verdict_row(v, None) for v in lost])
    return data


def _verdict_row(v: Verdict, fact: str | None) -> dict[str, Any]:
    return {"fact": fact, "fact_key": v.fact_key, "value": v.value, "note": v.note,
            "modified": v.modified, "sentences": [a.exact for _, a in v.anchors]}


# --- HTML report section ------------------------------------------------------------------------

def annotations_html(annotations: Session | AnnotationStore, comparison: Any) -> str:
    """The report's "Annotations" and "Verdicts" sections (self-contained HTML, escaped)."""
    store, ids = _context(annotations)
    rows = _rows(store, comparison, ids)
    placed, lost = attach_verdicts(store, comparison, ids)
    return "\n".join([_annotation_table(store, rows, ids),
                      _verdict_table(comparison, placed, lost)])


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _tag_chips(store: AnnotationStore, ann: Annotation) -> str:
    chips = []
    for tag in (store.codebook.get(t) for t in ann.tags):
        if tag is not None:
            chips.append(f"<span class='swatch' style='background:{_esc(tag.colour)}'></span>"
                         f"{_esc(tag.name)}")
    return " ".join(chips)


def _annotation_table(store: AnnotationStore, rows: list[_Row], ids: dict[str, str]) -> str:
    out = [f"<h2 id='annotations'>Annotations ({len(rows)})</h2>"]
    if not rows:
        return out[0] + "<p>No annotations.</p>"
    out.append("<table><thead><tr><th>Document</th><th>Passage</th><th>Tags</th><th>Note</th>"
               "</tr></thead><tbody>")
    for row in sorted(rows, key=lambda r: (r.status == "orphan", r.ann.doc_key, r.start)):
        quote = _esc(row.ann.anchor.exact)
        where = (f"<a href='#{_esc(row.sentence)}'>{quote}</a>" if row.sentence else quote)
        if row.status == "orphan":
            where += " <em>(not found in the current text)</em>"
        doc = ids.get(row.ann.doc_key, row.ann.doc_key)
        out.append(f"<tr><td>{_esc(doc)}</td><td>{where}</td><td>{_tag_chips(store, row.ann)}"
                   f"</td><td>{_esc(row.ann.note)}</td></tr>")
    out.append("</tbody></table>")
    return "".join(out)


def _verdict_table(comparison: Any, placed: dict[str, Verdict], lost: list[Verdict]) -> str:
    out = [f"<h2 id='verdicts'>Verdicts ({len(placed) + len(lost)})</h2>"]
    if not placed and not lost:
        return out[0] + "<p>No verdicts.</p>"
    out.append("<table><thead><tr><th>Fact</th><th>Verdict</th><th>Note</th></tr></thead><tbody>")
    facts = {f.id: f for f in comparison.facts}
    for fact_id, v in placed.items():
        first = facts[fact_id].sentences[0] if facts[fact_id].sentences else ""
        text = _esc(comparison.sentence_text(first)) if first else _esc(fact_id)
        out.append(f"<tr><td><a href='#{_esc(first)}'>{text}</a></td><td>{_esc(v.value)}</td>"
                   f"<td>{_esc(v.note)}</td></tr>")
    for v in lost:
        text = _esc(v.anchors[0][1].exact) if v.anchors else ""
        out.append(f"<tr><td>{text} <em>(fact not found in this analysis)</em></td>"
                   f"<td>{_esc(v.value)}</td><td>{_esc(v.note)}</td></tr>")
    out.append("</tbody></table>")
    return "".join(out)
