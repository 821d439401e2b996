"""The one result object of a comparison, and its JSON form (the public `compare --json` contract).

The CLI, the viewer, exports and sessions all read a `Comparison`; none recomputes analysis.
Serialisation is explicit (no pickle) and versioned by `schema`. Fields may be added; the
required ones of schema 1 are never renamed or dropped.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

__all__ = ["SCHEMA", "RemovedText", "Sentence", "Mention", "DocumentResult", "Link", "Fact",
           "Entity", "Discrepancy", "Comparison", "SchemaError"]

SCHEMA = 1


class SchemaError(ValueError):
    """JSON that is not a comparison this version can read."""


@dataclass
class RemovedText:
    text: str
    reason: str
    detail: str = ""
    at: int = 0  # offset in the document text where the removed line stood
    line: int = -1  # its line in the source's raw text (0-based), which restoring it names


@dataclass
class Sentence:
    id: str
    start: int
    end: int
    fact: str


@dataclass
class Mention:
    start: int
    end: int
    text: str
    label: str
    entity: str


@dataclass
class DocumentResult:
    id: str
    path: str
    title: str
    text: str
    removed: list[RemovedText] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    kind: str = "txt"
    encoding: str | None = None
    warnings: list[str] = field(default_factory=list)


@dataclass
class Link:
    a: str
    b: str
    score: float
    diff: list[tuple[int, str]]

    def differing_chars(self, sentence_id: str) -> set[int]:
        """Offsets (within that sentence) of its words that differ on this link: -1 ops for
        `a`, +1 ops for `b`; equal text (0) advances both sides."""
        own = -1 if sentence_id == self.a else 1
        pos, chars = 0, set()
        for op, text in self.diff:
            if op in (0, own):
                if op == own and text.strip():
                    # the words, not the spaces around them (" b" deleted from "a b c")
                    start = pos + len(text) - len(text.lstrip())
                    chars.update(range(start, pos + len(text.rstrip())))
                pos += len(text)
        return chars


@dataclass
class Fact:
    id: str
    sentences: list[str]
    sources: list[str]
    status: str  # "shared" (two or more sources) or "unique"


@dataclass
class Entity:
    id: str
    name: str
    label: str
    aliases: list[str]
    documents: list[str]


@dataclass
class Discrepancy:
    kind: str  # "number", "date", "quote", "list"
    sentences: list[str]
    detail: str
    fact: str = ""
    # the differing parts: {"sentence", "start", "end", "text"} (document offsets; -1 if none)
    spans: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Comparison:
    model: str
    documents: list[DocumentResult]
    links: list[Link] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    discrepancies: list[Discrepancy] = field(default_factory=list)
    settings: dict[str, Any] = field(default_factory=dict)
    schema: int = SCHEMA

    # --- look-ups the viewer and exports need; derived, never stored ---
    def document(self, doc_id: str) -> DocumentResult:
        return next(d for d in self.documents if d.id == doc_id)

    def sentence_text(self, sentence_id: str) -> str:
        doc_id = sentence_id.split(".", 1)[0]
        doc = self.document(doc_id)
        s = next(s for s in doc.sentences if s.id == sentence_id)
        return doc.text[s.start:s.end]

    def differing_chars(self) -> dict[str, set[int]]:
        """Per sentence, offsets (within it) of the words that differ from its best match.

        Kept once computed (links never change after the analysis): the viewer asks for it on
        its first fact selection, and the analysis thread computes it first (0.07 s of a
        20-article comparison that would otherwise hold the window)."""
        cached = self.__dict__.get("_differing")
        if cached is not None:
            return cached
        best: dict[str, Link] = {}
        for link in self.links:
            for side in (link.a, link.b):
                if side not in best or link.score > best[side].score:
                    best[side] = link
        marks: dict[str, set[int]] = {}
        for sid, link in best.items():
            marks[sid] = link.differing_chars(sid)
        self.__dict__["_differing"] = marks  # not a field: never serialised
        return marks

    def presence_matrix(self) -> list[tuple[Entity, list[bool]]]:
        """Entity x source: which documents mention each entity (the order of `documents`)."""
        ids = [d.id for d in self.documents]
        return [(e, [doc in e.documents for doc in ids]) for e in self.entities]

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        for link in data["links"]:
            link["diff"] = [list(part) for part in link["diff"]]
        ordered = {"schema": data.pop("schema"), "model": data.pop("model")}
        ordered.update(data)
        return ordered

    def to_json(self, indent: int | None = 1) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Comparison:
        if not isinstance(data, dict) or "documents" not in data:
            raise SchemaError("not a Corroborate comparison (no 'documents')")
        schema = data.get("schema")
        if not isinstance(schema, int) or schema > SCHEMA:
            raise SchemaError(f"comparison schema {schema!r} is newer than this version "
                              f"understands ({SCHEMA}); update Corroborate")
        try:
            docs = [DocumentResult(
                id=d["id"], path=d.get("path", ""), title=d.get("title", ""), text=d["text"],
                removed=[RemovedText(**r) for r in d.get("removed", [])],
                sentences=[Sentence(**s) for s in d.get("sentences", [])],
                mentions=[Mention(**m) for m in d.get("mentions", [])],
                kind=d.get("kind", "txt"), encoding=d.get("encoding"),
                warnings=list(d.get("warnings", [])),
            ) for d in data["documents"]]
            return cls(
                model=data.get("model", ""), documents=docs,
                links=[Link(x["a"], x["b"], float(x["score"]),
                            [(int(op), str(t)) for op, t in x.get("diff", [])])
                       for x in data.get("links", [])],
                facts=[Fact(**f) for f in data.get("facts", [])],
                entities=[Entity(**e) for e in data.get("entities", [])],
                discrepancies=[Discrepancy(**x) for x in data.get("discrepancies", [])],
                settings=dict(data.get("settings", {})), schema=schema,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise SchemaError(f"malformed comparison: {exc}") from exc
