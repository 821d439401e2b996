"""Annotations, tags, and fact verdicts as plain data, with one store through which all edits pass.

Anchors follow the W3C Web Annotation model (TextPositionSelector + TextQuoteSelector) so an
annotation can be found again after the text changes (see `viewer.core.anchoring`). Every store
mutation returns what it replaced or removed, so the viewer can wrap each in an undo command and
invert it exactly. Nothing here imports Qt.
"""

from __future__ import annotations

import functools
import hashlib
import re
import uuid
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

__all__ = ["VERDICTS", "Tag", "Codebook", "TextAnchor", "Annotation", "Verdict", "TagEdit",
           "AnnotationStore", "anchor_for", "content_hash", "new_id", "now_iso", "fact_key",
           "fact_anchors", "verdict_for_fact", "check_colour", "annotation_to_dict",
           "annotation_from_dict", "verdict_to_dict", "verdict_from_dict", "anchor_to_dict",
           "anchor_from_dict"]

VERDICTS = ("confirmed", "disputed", "needs checking")  # any other non-empty string is a custom one

_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")


def new_id(prefix: str) -> str:
    """A random id: unique across sessions, so annotations can be merged or handed around."""
    return f"{prefix}{uuid.uuid4().hex[:12]}"


def now_iso() -> str:
    """UTC time stamp, second precision (ISO 8601)."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def content_hash(text: str) -> str:
    """sha256 of the document text: tells whether stored offsets still point at the same text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def check_colour(colour: str) -> str:
    """Return the colour lower-cased; refuse anything but '#rrggbb' (the viewer paints it as is)."""
    if not isinstance(colour, str) or not _COLOUR.fullmatch(colour):
        raise ValueError(f"colour {colour!r} is not of the form #rrggbb")
    return colour.lower()


# --- tags ---------------------------------------------------------------------------------------

@dataclass
class Tag:
    id: str
    name: str
    colour: str  # "#rrggbb"


@dataclass
class Codebook:
    """The session's tags, in the order the user sees them."""

    tags: list[Tag] = field(default_factory=list)

    def get(self, tag_id: str) -> Tag | None:
        return next((t for t in self.tags if t.id == tag_id), None)

    def by_name(self, name: str) -> Tag | None:
        key = name.strip().casefold()
        return next((t for t in self.tags if t.name.casefold() == key), None)

    def add(self, name: str, colour: str, tag_id: str | None = None) -> Tag:
        tag = Tag(tag_id or new_id("t"), self._free_name(name), check_colour(colour))
        self.tags.append(tag)
        return tag

    def rename(self, tag_id: str, name: str) -> str:
        """Rename; returns the old name. Names stay unique (case-insensitively)."""
        tag = self._need(tag_id)
        old = tag.name
        tag.name = self._free_name(name, allow=tag_id)
        return old

    def recolour(self, tag_id: str, colour: str) -> str:
        """Recolour; returns the old colour."""
        tag = self._need(tag_id)
        old, tag.colour = tag.colour, check_colour(colour)
        return old

    def merge(self, source_id: str, target_id: str, annotations: list[Annotation]) -> int:
        """Fold `source` into `target` (its annotations get `target`); returns how many changed."""
        self._need(target_id)
        if source_id == target_id:
            raise ValueError("cannot merge a tag into itself")
        changed = 0
        for ann in annotations:
            if source_id in ann.tags:
                ann.tags = _retag(ann.tags, source_id, target_id)
                changed += 1
        self.tags.remove(self._need(source_id))
        return changed

    def delete(self, tag_id: str, annotations: list[Annotation]) -> list[str]:
        """Remove the tag; annotations stay, with their note and other tags. Returns their ids."""
        self.tags.remove(self._need(tag_id))
        affected = []
        for ann in annotations:
            if tag_id in ann.tags:
                ann.tags = [t for t in ann.tags if t != tag_id]
                affected.append(ann.id)
        return affected

    def _need(self, tag_id: str) -> Tag:
        tag = self.get(tag_id)
        if tag is None:
            raise KeyError(f"no tag {tag_id!r}")
        return tag

    def _free_name(self, name: str, allow: str | None = None) -> str:
        name = name.strip()
        if not name:
            raise ValueError("a tag needs a name")
        other = self.by_name(name)
        if other is not None and other.id != allow:
            raise ValueError(f"a tag named {other.name!r} already exists")
        return name


def _retag(tags: list[str], source: str, target: str) -> list[str]:
    out: list[str] = []
    for t in tags:
        t = target if t == source else t
        if t not in out:
            out.append(t)
    return out


# --- anchors and annotations --------------------------------------------------------------------

@dataclass(frozen=True)
class TextAnchor:
    """Where a passage was: position + quote with context (W3C Position and Quote selectors)."""

    doc_hash: str
    start: int
    end: int
    exact: str
    prefix: str
    suffix: str


def anchor_for(text: str, start: int, end: int, context: int = 32,
               doc_hash: str | None = None) -> TextAnchor:
    """Anchor the passage text[start:end] of a document; offsets are Python str indices.

    Pass `doc_hash` (= content_hash(text)) when anchoring many passages of one text.
    """
    if not 0 <= start <= end <= len(text):
        raise ValueError(f"passage {start}-{end} lies outside a text of {len(text)} characters")
    return TextAnchor(doc_hash or content_hash(text), start, end, text[start:end],
                      text[max(0, start - context):start], text[end:end + context])


@dataclass
class Annotation:
    id: str
    doc_key: str
    anchor: TextAnchor
    tags: list[str] = field(default_factory=list)
    note: str = ""
    created: str = ""
    modified: str = ""

    @classmethod
    def create(cls, doc_key: str, anchor: TextAnchor, tags: list[str] | None = None,
               note: str = "") -> Annotation:
        stamp = now_iso()
        return cls(new_id("a"), doc_key, anchor, list(tags or []), note, stamp, stamp)


# --- verdicts -----------------------------------------------------------------------------------

@dataclass
class Verdict:
    """A judgement on a fact. Fact ids change between runs, so the fact is kept by its sentences."""

    fact_key: str
    value: str
    note: str = ""
    modified: str = ""
    anchors: list[tuple[str, TextAnchor]] = field(default_factory=list)  # (doc_key, sentence)


def fact_anchors(comparison: Any, fact_id: str,
                 key_of: dict[str, str] | None = None) -> list[tuple[str, TextAnchor]]:
    """The anchors of a fact's sentences in `comparison` (a `viewer.core.result.Comparison`).

    `key_of` maps comparison document ids to session document keys when they differ.
    """
    fact = next(f for f in comparison.facts if f.id == fact_id)
    out = []
    for sid in fact.sentences:
        doc = comparison.document(sid.split(".", 1)[0])
        sent = next(s for s in doc.sentences if s.id == sid)
        anchor = anchor_for(doc.text, sent.start, sent.end, doc_hash=_hash_of(doc.text))
        out.append(((key_of or {}).get(doc.id, doc.id), anchor))
    return out


@functools.lru_cache(maxsize=64)
def _hash_of(text: str) -> str:
    return content_hash(text)


def fact_key(anchors: list[tuple[str, TextAnchor]]) -> str:
    """A key from the fact's sentence texts: the same sentences give the same key in any run."""
    parts = sorted(f"{doc}\x1f{a.exact}" for doc, a in anchors)
    return "fact:" + hashlib.sha256("\x1e".join(parts).encode("utf-8")).hexdigest()[:20]


def verdict_for_fact(comparison: Any, fact_id: str, value: str, note: str = "",
                     key_of: dict[str, str] | None = None) -> Verdict:
    """Build a verdict on fact `fact_id` of `comparison`, keyed so it survives re-analysis."""
    if not value.strip():
        raise ValueError("a verdict needs a value")
    anchors = fact_anchors(comparison, fact_id, key_of)
    return Verdict(fact_key(anchors), value.strip(), note, now_iso(), anchors)


# --- the store ----------------------------------------------------------------------------------

@dataclass
class TagEdit:
    """What a merge or delete of a tag changed, so `AnnotationStore.restore_tag` can undo it."""

    tag: Tag
    index: int
    old_tags: dict[str, list[str]]  # annotation id -> its tags before
    count: int = 0


class AnnotationStore:
    """Annotations, codebook and verdicts; every change goes through here and bumps `revision`."""

    def __init__(self, annotations: list[Annotation] | None = None,
                 codebook: Codebook | None = None, verdicts: list[Verdict] | None = None) -> None:
        self._annotations: dict[str, Annotation] = {a.id: a for a in annotations or []}
        self.codebook = codebook or Codebook()
        self._verdicts: dict[str, Verdict] = {v.fact_key: v for v in verdicts or []}
        self.revision = 0

    @property
    def changes(self) -> int:
        """Alias of `revision`: differs from the value at save time when there are unsaved edits."""
        return self.revision

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, AnnotationStore):
            return NotImplemented
        return (self.annotations == other.annotations and self.codebook == other.codebook
                and self.verdicts == other.verdicts)

    def _bump(self) -> None:
        self.revision += 1

    # annotations
    @property
    def annotations(self) -> list[Annotation]:
        return list(self._annotations.values())

    def __len__(self) -> int:
        return len(self._annotations)

    def get(self, ann_id: str) -> Annotation | None:
        return self._annotations.get(ann_id)

    def by_doc(self, doc_key: str) -> list[Annotation]:
        """The document's annotations in text order."""
        found = [a for a in self._annotations.values() if a.doc_key == doc_key]
        return sorted(found, key=lambda a: (a.anchor.start, a.anchor.end))

    def by_tag(self, tag_id: str) -> list[Annotation]:
        return [a for a in self._annotations.values() if tag_id in a.tags]

    def add(self, annotation: Annotation) -> Annotation:
        """Add a pre-built annotation (keeps its id, so undoing a `remove` restores it exactly)."""
        if annotation.id in self._annotations:
            raise ValueError(f"annotation {annotation.id!r} already exists")
        self._check_tags(annotation.tags)
        self._annotations[annotation.id] = annotation
        self._bump()
        return annotation

    def update(self, annotation: Annotation, touch: bool = True) -> Annotation:
        """Replace the annotation with the same id; returns the previous version."""
        old = self._need(annotation.id)
        self._check_tags(annotation.tags)
        if touch:
            annotation = replace(annotation, modified=now_iso())
        self._annotations[annotation.id] = annotation
        self._bump()
        return old

    def remove(self, ann_id: str) -> Annotation:
        """Remove and return the annotation (give it back to `add` to undo)."""
        old = self._need(ann_id)
        del self._annotations[ann_id]
        self._bump()
        return old

    def _need(self, ann_id: str) -> Annotation:
        if ann_id not in self._annotations:
            raise KeyError(f"no annotation {ann_id!r}")
        return self._annotations[ann_id]

    def _check_tags(self, tags: list[str]) -> None:
        unknown = [t for t in tags if self.codebook.get(t) is None]
        if unknown:
            raise KeyError(f"unknown tag(s): {', '.join(unknown)}")

    # tags
    def add_tag(self, name: str, colour: str) -> Tag:
        tag = self.codebook.add(name, colour)
        self._bump()
        return tag

    def insert_tag(self, tag: Tag, index: int | None = None) -> Tag:
        """Put a pre-built tag back (undo of `add_tag`)."""
        if self.codebook.get(tag.id) is not None:
            raise ValueError(f"tag {tag.id!r} already exists")
        self.codebook._free_name(tag.name)
        pos = len(self.codebook.tags) if index is None else index
        self.codebook.tags.insert(pos, replace(tag, colour=check_colour(tag.colour)))
        self._bump()
        return tag

    def remove_tag_unused(self, tag_id: str) -> Tag:
        """Remove a tag no annotation uses (undo of `add_tag`); returns it."""
        if self.by_tag(tag_id):
            raise ValueError("tag is in use; use delete_tag")
        tag = self.codebook._need(tag_id)
        self.codebook.tags.remove(tag)
        self._bump()
        return tag

    def rename_tag(self, tag_id: str, name: str) -> str:
        old = self.codebook.rename(tag_id, name)
        self._bump()
        return old

    def recolour_tag(self, tag_id: str, colour: str) -> str:
        old = self.codebook.recolour(tag_id, colour)
        self._bump()
        return old

    def merge_tags(self, source_id: str, target_id: str) -> TagEdit:
        edit = self._tag_edit(source_id)
        edit.count = self.codebook.merge(source_id, target_id, self._copied(edit))
        self._bump()
        return edit

    def delete_tag(self, tag_id: str) -> TagEdit:
        edit = self._tag_edit(tag_id)
        edit.count = len(self.codebook.delete(tag_id, self._copied(edit)))
        self._bump()
        return edit

    def restore_tag(self, edit: TagEdit) -> None:
        """Undo `merge_tags`/`delete_tag`: the tag returns and annotations get their old tags."""
        self.codebook.tags.insert(edit.index, edit.tag)
        for ann_id, tags in edit.old_tags.items():
            self._annotations[ann_id] = replace(self._annotations[ann_id], tags=list(tags))
        self._bump()

    def _tag_edit(self, tag_id: str) -> TagEdit:
        tag = self.codebook._need(tag_id)
        old = {a.id: list(a.tags) for a in self.by_tag(tag_id)}
        return TagEdit(replace(tag), self.codebook.tags.index(tag), old)

    def _copied(self, edit: TagEdit) -> list[Annotation]:
        """Give affected annotations fresh objects, so earlier returned versions stay unchanged."""
        for ann_id in edit.old_tags:
            self._annotations[ann_id] = replace(self._annotations[ann_id],
                                                tags=list(self._annotations[ann_id].tags))
        return [self._annotations[i] for i in edit.old_tags]

    # verdicts
    @property
    def verdicts(self) -> list[Verdict]:
        return list(self._verdicts.values())

    def verdict(self, key: str) -> Verdict | None:
        return self._verdicts.get(key)

    def set_verdict(self, verdict: Verdict) -> Verdict | None:
        """Set the verdict on its fact; returns the one it replaced (None if there was none)."""
        old = self._verdicts.get(verdict.fact_key)
        self._verdicts[verdict.fact_key] = verdict
        self._bump()
        return old

    def remove_verdict(self, key: str) -> Verdict | None:
        old = self._verdicts.pop(key, None)
        if old is not None:
            self._bump()
        return old

    # plain data (the session file and exports use this)
    def to_dict(self) -> dict[str, Any]:
        return {
            "codebook": [asdict(t) for t in self.codebook.tags],
            "annotations": [annotation_to_dict(a) for a in self._annotations.values()],
            "verdicts": [verdict_to_dict(v) for v in self._verdicts.values()],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> AnnotationStore:
        """Inverse of `to_dict`; raises KeyError/TypeError/ValueError on malformed data."""
        tags = [Tag(str(t["id"]), str(t["name"]), check_colour(t["colour"]))
                for t in data.get("codebook", [])]
        anns = [annotation_from_dict(a) for a in data.get("annotations", [])]
        verdicts = [verdict_from_dict(v) for v in data.get("verdicts", [])]
        return cls(anns, Codebook(tags), verdicts)


def anchor_to_dict(anchor: TextAnchor) -> dict[str, Any]:
    # explicit rather than dataclasses.asdict: sessions hold thousands, and asdict deep-copies
    return {"doc_hash": anchor.doc_hash, "start": anchor.start, "end": anchor.end,
            "exact": anchor.exact, "prefix": anchor.prefix, "suffix": anchor.suffix}


def anchor_from_dict(data: dict[str, Any]) -> TextAnchor:
    start, end = int(data["start"]), int(data["end"])
    if not 0 <= start <= end:
        raise ValueError(f"bad anchor offsets {start}-{end}")
    return TextAnchor(str(data["doc_hash"]), start, end, _text(data["exact"]),
                      _text(data.get("prefix", "")), _text(data.get("suffix", "")))


def annotation_to_dict(ann: Annotation) -> dict[str, Any]:
    return {"id": ann.id, "doc": ann.doc_key, "anchor": anchor_to_dict(ann.anchor),
            "tags": list(ann.tags), "note": ann.note, "created": ann.created,
            "modified": ann.modified}


def annotation_from_dict(data: dict[str, Any]) -> Annotation:
    return Annotation(str(data["id"]), str(data["doc"]), anchor_from_dict(data["anchor"]),
                      [str(t) for t in _list(data.get("tags", []))], _text(data.get("note", "")),
                      str(data.get("created", "")), str(data.get("modified", "")))


def verdict_to_dict(v: Verdict) -> dict[str, Any]:
    return {"fact_key": v.fact_key, "value": v.value, "note": v.note, "modified": v.modified,
            "anchors": [{"doc": d, **anchor_to_dict(a)} for d, a in v.anchors]}


def verdict_from_dict(data: dict[str, Any]) -> Verdict:
    anchors = [(str(a["doc"]), anchor_from_dict(a)) for a in _list(data.get("anchors", []))]
    return Verdict(str(data["fact_key"]), _text(data["value"]), _text(data.get("note", "")),
                   str(data.get("modified", "")), anchors)


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected text, got {type(value).__name__}")
    return value


def _list(value: Any) -> list[Any]:
    if not isinstance(value, list):
        raise TypeError(f"expected a list, got {type(value).__name__}")
    return value
