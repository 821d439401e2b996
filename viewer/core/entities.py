"""Merge named mentions across documents into entities with aliases.

Mentions are grouped by a spelling-tolerant key (accents, doubled letters, punctuation and a
leading "the" ignored), then a short name is attached to the one longer name that ends with it
("Okonkwo-Reyes" to "Dana Okonkwo-Reyes") and an acronym to the one name whose initials it is
("UN" to "United Nations"). An ambiguous short form (two people share the surname) stays apart.
The label is chosen by vote, since the model may call the same entity PERSON here and ORG there.
"""

from __future__ import annotations

import difflib
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
# Words that complete a name without changing what it names: "Sarn" is the "Sarn River".
_DESIGNATORS = frozenset(
    "river lake mountain mountains valley province region district county state city town "
    "island islands republic kingdom dam bridge port airport services service group company "
    "corporation corp inc ltd plc llc co holdings international party movement agency "
    "authority council".split())
_FAMILY = {"PERSON": "person", "ORG": "org", "GPE": "place", "LOC": "place", "FAC": "place",
           "NORP": "group"}
_LEADING_NOISE = re.compile(r"^(millions|thousands|hundreds|dozens|some|many|all) of\s+",
                            re.IGNORECASE)


def _winning_label(votes: Counter[str], aliases: list[str]) -> str:
    """Most votes, except that a one-word name also seen as a place is a place.

    People are introduced by full name somewhere; a name that is only ever one word and is
    sometimes a place ("in Lusk") is a town the model does not know, not a person.
    """
    label = votes.most_common(1)[0][0]
    places = votes["GPE"] + votes["LOC"]
    if label == "PERSON" and places and all(len(a.split()) == 1 for a in aliases):
        return "GPE" if votes["GPE"] >= votes["LOC"] else "LOC"
    return label


def _family(label: str) -> str:
    return _FAMILY.get(label, label)


def _similar(a: str, b: str, at_least: float) -> bool:
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return (matcher.real_quick_ratio() >= at_least and matcher.quick_ratio() >= at_least
            and matcher.ratio() >= at_least)


@dataclass
class EntityGroup:
    name: str
    label: str
    aliases: list[str]
    documents: list[int]
    mentions: list[tuple[int, int]]  # (document index, mention index)


def _strip_titles(text: str) -> str:
    words = _LEADING_NOISE.sub("", text.replace("’", "'")).split()
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
    words = {key: [name_key(w) for w in re.split(r"[\s-]+", surface[refs[0]])
                   if name_key(w) and w.lower() != "the"]
             for key, refs in by_key.items()}
    target: dict[str, str] = {key: key for key in by_key}

    def root(key: str) -> str:
        while target[key] != key:
            key = target[key]
        return key

    label_of = {key: votes.most_common(1)[0][0] for key, votes in label_votes.items()}

    def compatible(a: str, b: str) -> bool:
        """Same kind of thing, or the model called them the same kind at least once."""
        return (_family(label_of[a]) == _family(label_of[b])
                or bool(set(label_votes[a]) & set(label_votes[b])))

    # Spelling variants first ("Mikhail"/"Mihail Torvan", "Grey Heron"/"GrayHeron"): long
    # enough names of one kind that differ by a letter or two. Blocked by first letter.
    blocks: dict[str, list[str]] = defaultdict(list)
    for key in by_key:
        blocks[key[0]].append(key)
    for block in blocks.values():
        block.sort(key=len)
        for n, a in enumerate(block):
            for b in block[n + 1:]:
                if len(b) - len(a) > 2:
                    break
                if (len(a) >= 7 and root(a) != root(b) and compatible(a, b)
                        and not b.startswith(a)  # "Veltrian" derives from "Veltria"
                        and _similar(a, b, 0.85)
                        and words[a][-1:] != words[b][:1]):  # not just a shared first name
                    target[root(a)] = root(b)

    def abbreviates(key: str, other: str) -> bool:
        """Whether name `key` is a short form of the longer name `other`."""
        mine, theirs = words[key], words[other]
        if theirs[-len(mine):] == mine:  # "Tokayev" of "Kassym-Jomart Tokayev"
            return True
        if label_of[key] == "PERSON" and len(mine) == 1 and mine[0] in theirs[1:]:
            return True  # a surname inside a longer name
        if theirs[:len(mine)] == mine and (  # "Arclight" of "Arclight Services"
                compatible(key, other) or all(w in _DESIGNATORS for w in theirs[len(mine):])):
            return True
        # an acronym: "ODC" of "Office of the Data Commissioner"
        return (len(mine) == 1 and len(key) >= 2 and key.isalpha()
                and surface[by_key[key][0]].isupper()
                and _initials(surface[by_key[other][0]]) == key)

    # Then short forms onto the one longer name they abbreviate.
    keys = sorted(by_key, key=lambda k: (-len(words[k]), -len(k)))
    # Only names sharing a word (or, for acronyms, any multi-word name) can contain each other.
    by_word: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        for w in set(words[key]):
            by_word[w].append(key)
    multiword = [k for k in keys if len(words[k]) > 1]
    for key in keys:
        mine = words[key]
        containing = []
        pool = {o for w in mine for o in by_word[w]}
        if len(mine) == 1 and surface[by_key[key][0]].isupper():
            pool.update(multiword)
        for other in sorted(pool, key=lambda k: (-len(words[k]), -len(k))):
            theirs = words[other]
            if len(theirs) <= len(mine) or other == key:
                continue
            if abbreviates(key, other):
                containing.append(other)
        roots = {root(o) for o in containing} - {root(key)}
        if len(roots) == 1 and root(key) == key:
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
            label=_winning_label(votes, aliases),
            aliases=aliases,
            documents=sorted({d for d, _ in refs}),
            mentions=refs,
        ))
    result.sort(key=lambda g: g.mentions[0])
    return result
