"""load → clean → NLP → align → facts, entities → one `Comparison`.

`compare()` is the single entry point for the CLI, the viewer's worker, tests and benchmarks.
Parsed documents are cached by (pipeline, text), so adding a document to a comparison parses only
the new one. Progress is reported per stage and a `cancelled` callable is polled between units of
work, so a GUI can stop a long run.
"""

from __future__ import annotations

import hashlib
import itertools
import re
from collections import OrderedDict, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field

import numpy as np

from viewer.core import nlp as nlp_stage
from viewer.core.align import (
    AlignSettings,
    find_candidates,
    score_pairs,
    select_links,
    sentence_matrix,
)
from viewer.core.cleaning import clean, headline
from viewer.core.discrepancies import SentenceView, find_discrepancies
from viewer.core.documents import SourceText, clip_title
from viewer.core.entities import common_words, group_mentions
from viewer.core.facts import cluster_facts, join_introducers
from viewer.core.name_search import untagged_mentions
from viewer.core.parse_pool import parse_documents, worker_count
from viewer.core.result import (
    Comparison,
    Discrepancy,
    DocumentResult,
    Entity,
    Fact,
    Link,
    Mention,
    RemovedText,
    Sentence,
)
from viewer.core.textdiff import WordDiffer
from viewer.core.wording import count

__all__ = ["Settings", "Cancelled", "compare", "Progress"]

Progress = Callable[[str, float], None]  # (stage description, fraction done in [0, 1])


class Cancelled(Exception):
    """The caller asked to stop; no partial result is produced."""


@dataclass(frozen=True)
class Settings:
    model: str = nlp_stage.DEFAULT_MODEL
    align: AlignSettings = field(default_factory=AlignSettings)
    merge_ratio: float = 0.6  # facts merge when average similarity >= threshold * this
    min_stopword_share: float = 0.12  # below this, probably not the model's language
    # processes that parse besides this one; None decides by size and cores (core.parse_pool).
    # 0 by default: a worker is a fresh interpreter that imports the caller's main module again,
    # which a script without an `if __name__ == "__main__":` guard does not survive. The
    # command line and the viewer, which are guarded, ask for None.
    workers: int | None = 0


@dataclass(frozen=True)
class Prepared:
    """A source after cleaning: what the NLP stage and the result need."""

    source: SourceText
    text: str
    title: str
    removed: tuple[RemovedText, ...]


_CACHE: OrderedDict[tuple[str, str], nlp_stage.ParsedDocument] = OrderedDict()
_CACHE_SIZE = 256


def _prepare(source: SourceText) -> Prepared:
    cleaned = clean(source.raw, source.keep, source.furniture)
    title = source.title
    # A title that cleaning removes from the text (a Markdown page's "# Site Name" before its
    # "## headline") names the site, not the story.
    dropped = title.strip() in {r.text.strip() for r in cleaned.removed}
    if source.kind in {"txt", "paste"} or not title or dropped:
        # The first raw line of a pasted page is often navigation (and sessions saved by older
        # versions stored it as the title); the headline is the first line cleaning keeps,
        # judged without the lines the user restored.
        first = (headline(source.raw, source.furniture) if source.keep
                 else cleaned.text.split("\n", 1)[0])
        title = clip_title(first) if first else source.title
    removed = tuple(RemovedText(r.text, r.reason, r.detail, r.at, r.line)
                    for r in cleaned.removed)
    return Prepared(source, cleaned.text, title, removed)


def _parse_all(texts: Sequence[str], settings: Settings, report: Callable[[float], None]):
    nlp = nlp_stage.load_model(settings.model)
    label = nlp_stage.model_label(nlp)
    keys = [(label, hashlib.sha1(t.encode("utf-8")).hexdigest()) for t in texts]
    found = {key: _CACHE[key] for key in keys if key in _CACHE}
    todo = [k for k, key in enumerate(keys) if key not in found]
    if todo:
        fresh_texts = [texts[k] for k in todo]
        fresh = parse_documents(fresh_texts, settings.model,
                                worker_count(fresh_texts, settings.workers),
                                on_document=lambda n: report((n + 1) / len(todo)))
        found.update((keys[k], parsed) for k, parsed in zip(todo, fresh))
    report(1.0)
    # the documents of this comparison are the newest; the oldest others make room (evicting
    # while this one's were added dropped a document it had found cached: a KeyError once more
    # than the cache's size had been compared in one process)
    for key in keys:
        _CACHE[key] = found[key]
        _CACHE.move_to_end(key)
    while len(_CACHE) > _CACHE_SIZE:
        _CACHE.popitem(last=False)
    return label, [found[key] for key in keys]


def compare(sources: Sequence[SourceText], settings: Settings | None = None,
            progress: Progress | None = None,
            cancelled: Callable[[], bool] | None = None) -> Comparison:
    """Compare the sources; raises Cancelled if `cancelled()` turns true, ModelError for models."""
    settings = settings or Settings()

    def step(stage: str, fraction: float) -> None:
        if cancelled is not None and cancelled():
            raise Cancelled()
        if progress is not None:
            progress(stage, fraction)

    step("Cleaning", 0.0)
    prepared = [_prepare(s) for s in sources]
    step("Reading sentences and names", 0.05)
    label, parsed = _parse_all([p.text for p in prepared], settings,
                               lambda f: step("Reading sentences and names", 0.05 + 0.8 * f))

    step("Merging names", 0.86)
    entity_groups = group_mentions([p.mentions for p in parsed], [p.text for p in parsed])
    entity_of: dict[tuple[int, int], str] = {}
    # names the model tagged somewhere but not everywhere they are written
    untagged = untagged_mentions([p.text for p in parsed], [g.aliases for g in entity_groups],
                                 [len(g.mentions) for g in entity_groups],
                                 [[(m.start, m.end) for m in p.mentions] for p in parsed])
    untagged_in: dict[int, set[int]] = defaultdict(set)  # entity group -> documents
    untagged_of: dict[int, list] = defaultdict(list)  # document -> its untagged mentions
    for f in untagged:
        untagged_in[f.group].add(f.document)
        untagged_of[f.document].append(f)
    entities = []
    for n, g in enumerate(entity_groups):
        eid = f"e{n + 1}"
        for ref in g.mentions:
            entity_of[ref] = eid
        where = sorted(set(g.documents) | untagged_in[n])
        entities.append(Entity(eid, g.name, g.label, g.aliases, [f"d{d + 1}" for d in where]))

    step("Aligning sentences", 0.87)
    flat = [(d, s) for d, doc in enumerate(parsed) for s in doc.sentences]
    doc_of = np.array([d for d, _ in flat], dtype=np.int64)
    sid = [f"d{d + 1}.s{k + 1}" for d, doc in enumerate(parsed)
           for k in range(len(doc.sentences))]
    sentence_entities = [sorted({entity_of[(d, m)] for m in s.mentions if (d, m) in entity_of})
                         for d, s in flat]
    figure_owners = _figure_owners(parsed, flat, entity_of)
    matrix = sentence_matrix([s for _, s in flat], doc_of, settings.align, sentence_entities,
                             [frozenset(o for _, o in owned) for owned in figure_owners],
                             _openings(parsed))
    candidates = find_candidates(matrix, settings.align)
    linked = select_links(candidates, doc_of, len(flat), len(parsed), settings.align.threshold,
                          settings.align.mutual_ratio)

    step("Grouping facts", 0.9)
    cluster = cluster_facts(len(flat), doc_of, candidates.i, candidates.j, candidates.score,
                            linked, settings.align.threshold * settings.merge_ratio)
    cluster = join_introducers(cluster, [parsed[d].text[s.start:s.end] for d, s in flat], doc_of)
    members: dict[int, list[int]] = {}
    for k, c in enumerate(cluster):
        members.setdefault(c, []).append(k)
    facts, fact_of = [], [""] * len(flat)
    for n, (_, ks) in enumerate(sorted(members.items(), key=lambda kv: kv[1][0])):
        fid = f"f{n + 1}"
        sources = sorted({int(doc_of[k]) for k in ks})
        for k in ks:
            fact_of[k] = fid
        facts.append(Fact(fid, [sid[k] for k in ks], [f"d{d + 1}" for d in sources],
                          "shared" if len(sources) > 1 else "unique"))

    step("Comparing wording", 0.93)
    links = _links(members, flat, parsed, sid, doc_of, matrix, step)

    step("Checking for disagreements", 0.98)
    discrepancies = _discrepancies(facts, flat, parsed, sid, fact_of, entity_of, entities,
                                   figure_owners)
    # a common word the model took for a name where it starts a sentence ("Exit polls had
    # ...") helped align, but it is no person, place or organisation for the reader
    common = common_words([p.text for p in parsed])
    hidden = {e.id for e, g in zip(entities, entity_groups) if set(g.aliases) <= common}

    documents = []
    base = 0
    for d, (prep, doc) in enumerate(zip(prepared, parsed)):
        sentences = [Sentence(sid[base + k], s.start, s.end, fact_of[base + k])
                     for k, s in enumerate(doc.sentences)]
        base += len(doc.sentences)
        # mentions in no entity are not names ("Xinhua) 08:35", "Beijing Time"): left out
        mentions = [Mention(m.start, m.end, m.text, m.label, entity_of[(d, n)])
                    for n, m in enumerate(doc.mentions)
                    if (d, n) in entity_of and entity_of[(d, n)] not in hidden]
        mentions += [Mention(f.start, f.end, f.text, entities[f.group].label, entities[f.group].id)
                     for f in untagged_of[d] if entities[f.group].id not in hidden]
        mentions.sort(key=lambda m: m.start)
        warnings = []
        if not prep.text.strip():  # a page of nothing but a menu, or all of it taken for one
            warnings.append(f"{prep.source.path or prep.title}: no article text is left once "
                            f"its boilerplate is removed ({count(len(prep.removed), 'line')}; "
                            "unfold the list under its title to restore any)")
        if doc.word_count >= 30 and doc.stopword_share < settings.min_stopword_share:
            warnings.append(f"{prep.source.path or prep.title}: does not look like "
                            f"{label.split('_', 1)[0]} text, the language of the pipeline "
                            f"{label}; results may be poor")
        documents.append(DocumentResult(
            id=f"d{d + 1}", path=prep.source.path, title=prep.title, text=prep.text,
            removed=list(prep.removed), sentences=sentences, mentions=mentions,
            kind=prep.source.kind, encoding=prep.source.encoding, warnings=warnings))

    step("Done", 1.0)
    return Comparison(model=label, documents=documents, links=links, facts=facts,
                      entities=[e for e in entities if e.id not in hidden],
                      discrepancies=discrepancies,
                      settings={"model": settings.model, **asdict(settings.align),
                                "merge_ratio": settings.merge_ratio})


_ENDS_SENTENCE = re.compile(r"[.!?…][\"'”’)]*\s*$")
_LEDE_WORDS = 10


def _openings(parsed) -> np.ndarray:
    """Which sentences open their report: its headline (a first line with no full stop) and its
    lede or standfirst (the first full sentence of ten words or more among its first three).
    Reports of one event open on its main fact, however differently they word it."""
    opening = np.zeros(sum(len(doc.sentences) for doc in parsed), dtype=bool)
    k = 0
    for doc in parsed:
        first = doc.sentences[:3]
        texts = [doc.text[s.start:s.end] for s in first]
        if texts and not _ENDS_SENTENCE.search(texts[0]):
            opening[k] = True
        lede = next((n for n, t in enumerate(texts)
                     if _ENDS_SENTENCE.search(t) and len(t.split()) >= _LEDE_WORDS), None)
        if lede is not None:
            opening[k + lede] = True
        k += len(doc.sentences)
    return opening


def _figure_owners(parsed, flat, entity_of) -> list[tuple[tuple[int, str], ...]]:
    """Whose each figure of each sentence is, as (quantity start, owner): a merged entity ("KF"
    and "Korvan Forward" are one owner), or the name itself where no entity covers it."""
    out = []
    for d, s in flat:
        owned = []
        for start, a, b in s.figure_owners:
            owner = next((entity_of[(d, k)] for k in s.mentions if (d, k) in entity_of
                          and parsed[d].mentions[k].start < b and parsed[d].mentions[k].end > a),
                         None)
            owned.append((start, owner or "n:" + nlp_stage.name_key(parsed[d].text[a:b])))
        out.append(tuple(owned))
    return out


def _links(members, flat, parsed, sid, doc_of, matrix, step) -> list[Link]:
    """Every cross-document pair inside a fact, scored and word-diffed."""
    pairs_i, pairs_j = [], []
    for ks in members.values():
        for x, y in itertools.combinations(ks, 2):
            if doc_of[x] != doc_of[y]:
                pairs_i.append(x)
                pairs_j.append(y)
    if not pairs_i:
        return []
    scores = score_pairs(matrix, np.array(pairs_i), np.array(pairs_j))
    texts = []
    for x, y in zip(pairs_i, pairs_j):
        (dx, sx), (dy, sy) = flat[x], flat[y]
        texts.append((parsed[dx].text[sx.start:sx.end], parsed[dy].text[sy.start:sy.end]))
    diffs = WordDiffer().diff_many(
        texts, progress=lambda done: step("Comparing wording", 0.93 + 0.04 * done))
    return [Link(sid[x], sid[y], round(float(s), 4), diff)
            for x, y, s, diff in zip(pairs_i, pairs_j, scores.tolist(), diffs)]


def _discrepancies(facts, flat, parsed, sid, fact_of, entity_of, entities,
                   figure_owners) -> list[Discrepancy]:
    """Views of the sentences of every shared fact, handed to the discrepancy finder."""
    label_of = {e.id: e.label for e in entities}
    index = {s: k for k, s in enumerate(sid)}
    mention_refs: dict[int, list[tuple[int, int]]] = {}
    for d, doc in enumerate(parsed):
        k0 = index[f"d{d + 1}.s1"] if doc.sentences else 0
        n = 0
        for m_index, m in enumerate(doc.mentions):
            while n < len(doc.sentences) and doc.sentences[n].end <= m.start:
                n += 1
            if n < len(doc.sentences) and doc.sentences[n].start <= m.start:
                mention_refs.setdefault(k0 + n, []).append((d, m_index))
    views = []
    for fact in facts:
        if fact.status != "shared":
            continue
        group = []
        for sentence_id in fact.sentences:
            k = index[sentence_id]
            d, s = flat[k]
            refs = mention_refs.get(k, [])
            ents = tuple((entity_of[r], label_of[entity_of[r]], m.text, m.start, m.end)
                         for r in refs if r in entity_of
                         for m in [parsed[r[0]].mentions[r[1]]])
            group.append(SentenceView(sentence_id, f"d{d + 1}", f"d{d + 1}", s.start,
                                      parsed[d].text[s.start:s.end], s.quantities, ents,
                                      s.enumerations, s.claims + s.round_claims,
                                      figure_owners[k]))
        views.append(group)
    return [Discrepancy(f.kind, f.sentences, f.detail, fact_of[index[f.sentences[0]]], f.spans)
            for f in find_discrepancies(views)]
