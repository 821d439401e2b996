"""Merge named mentions across documents into entities with aliases.

Mentions are grouped by a spelling-tolerant key (accents, doubled letters, punctuation and a
leading "the" ignored), then a short name is attached to the one longer name that ends with it
("Okonkwo-Reyes" to "Dana Okonkwo-Reyes") and an acronym to the one name whose initials it is
("UN" to "United Nations"). An ambiguous short form (two people share the surname) stays apart.
The label is chosen by vote, since the model may call the same entity PERSON here and ORG there.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from viewer.core.nlp import ParsedMention, fold, name_key

__all__ = ["EntityGroup", "group_mentions"]

_TITLES = frozenset(
    "president prime minister interior foreign defence defense finance chief secretary general "
    "mr mrs ms dr sir lord lady king queen prince princess sheikh senator governor mayor "
    "spokesman spokeswoman spokesperson ceo chairman chairwoman director deputy judge captain "
    "colonel commander officer professor prof gen col lt sgt rep sen gov".split())
_STOP = frozenset({"the", "of", "and", "for", "de", "al", "bin", "ibn", "van", "von", "la", "le"})


@dataclass
class EntityGroup:
    name: str
    label: str
    aliases: list[str]
    documents: list[int]
    mentions: list[tuple[int, int]]  # (document index, mention index)


def _strip_titles(text: str) -> str:
    words = text.replace("’", "'").split()
    while len(words) > 1 and fold(words[0]).strip(".") in _TITLES:
        words = words[1:]
    return " ".join(words)


def _initials(text: str) -> str:
    words = [w for w in re.split(r"[\s-]+", fold(text)) if w and w not in _STOP]
    return "".join(w[0] for w in words if w[0].isalnum())


def group_mentions(docs: Sequence[Sequence[ParsedMention]]) -> list[EntityGroup]:
    """One group per real-world entity, in order of first appearance."""
    by_key: dict[str, list[tuple[int, int]]] = defaultdict(list)
    surface: dict[tuple[int, int], str] = {}
    for d, mentions in enumerate(docs):
        for m, mention in enumerate(mentions):
            core = _strip_titles(mention.text)
            key = name_key(core)
            if not key:
                continue
            by_key[key].append((d, m))
            surface[(d, m)] = core
    label_votes = {key: Counter(docs[d][m].label for d, m in refs) for key, refs in by_key.items()}
    words = {key: [name_key(w) for w in surface[refs[0]].split()] for key, refs in by_key.items()}
    target: dict[str, str] = {key: key for key in by_key}

    def root(key: str) -> str:
        while target[key] != key:
            key = target[key]
        return key

    keys = sorted(by_key, key=lambda k: (-len(words[k]), -len(k)))
    for key in keys:
        label = label_votes[key].most_common(1)[0][0]
        mine = words[key]
        containing = []
        for other in keys:
            theirs = words[other]
            if len(theirs) <= len(mine) or other == key:
                continue
            if theirs[-len(mine):] == mine or (label == "PERSON" and len(mine) == 1
                                              and mine[0] in theirs[1:]):
                containing.append(other)
            elif (len(mine) == 1 and len(key) >= 2 and key.isalpha()
                  and surface[by_key[key][0]].isupper() and _initials(
                      surface[by_key[other][0]]) == key):
                containing.append(other)
        roots = {root(o) for o in containing}
        if len(roots) == 1:
            target[key] = roots.pop()

    groups: dict[str, list[str]] = defaultdict(list)
    for key in by_key:
        groups[root(key)].append(key)
    result = []
    for top, members in groups.items():
        refs = sorted(r for k in members for r in by_key[k])
        votes: Counter[str] = Counter()
        for k in members:
            votes.update(label_votes[k])
        aliases = sorted({docs[d][m].text for d, m in refs}, key=lambda t: (-len(t), t))
        result.append(EntityGroup(
            name=max((surface[r] for r in by_key[top]), key=len),
            label=votes.most_common(1)[0][0],
            aliases=aliases,
            documents=sorted({d for d, _ in refs}),
            mentions=refs,
        ))
    result.sort(key=lambda g: g.mentions[0])
    return result
