"""Find the places where an article writes a name the pipeline tagged elsewhere but not there.

spaCy's small English pipeline misses about one name in six, most often names it has never
seen ("- Brenica, Seline, Doroslav and Miravec" with "Brenica" untagged; "Brenmoor" tagged in
two outlets and not in the third). A reader asking which sources mention whom needs those too,
so each name form an entity was tagged with is looked for where the model tagged nothing.

Only forms that cannot be ordinary words are searched: several capitalised words ("Ilse
Vandermeer"), or one word that no document writes in lower case ("Brenmoor", not "Court",
"Transport" or "Data"). A form that stands beside another capitalised word is part of a longer
name ("Sarn" of "Sarn Valley Today") and is left alone, as is a form two entities share, and
a surname in an article that names another person of that name ("Osei" beside "Ruth Osei").
"""

from __future__ import annotations

import bisect
import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from viewer.core.nlp import fold

__all__ = ["Found", "untagged_mentions"]

_THE = re.compile(r"^(?:the|The)\s+")
_WORD = r"[A-Z][\w'’&-]*"
_CAPITALISED = re.compile(_WORD)
# a run of capitalised words: a name can only be a whole run ("Sarn" is not in "Sarn Valley
# Today", "Tarsovia" not in "Radio Television Tarsovia")
_RUN = re.compile(rf"(?<![\w'’&.-]){_WORD}(?:[ \t\u00a0]+{_WORD})*")
_LOWER_WORD = re.compile(r"(?<![\w-])[a-z][\w'’-]*")
_POSSESSIVE = re.compile(r"['’]s$")
# calendar words the model sometimes tags as a person or place
_CALENDAR = frozenset(
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Easter Christmas Ramadan Eid "
    "Hanukkah Diwali Thanksgiving Halloween Passover Lent Advent".split())


@dataclass(frozen=True)
class Found:
    document: int
    start: int
    end: int
    text: str
    group: int  # index of the entity group the form belongs to


def _forms(aliases: Sequence[str], words_in_lower_case: set[str], times: int) -> set[str]:
    """The aliases that can only be this name, never an ordinary word. A one-word name is
    trusted only when the model tagged its entity more than once."""
    out = set()
    for alias in aliases:
        form = _THE.sub("", " ".join(alias.split())).rstrip(" .,;:")
        words = form.split()
        if not words or not all(_CAPITALISED.fullmatch(w) for w in words):
            continue
        if len(words) == 1:
            word = words[0]
            if times < 2 or (len(word) < 4 and not (word.isupper() and len(word) >= 3)):
                continue
            if word in _CALENDAR or word.lower() in words_in_lower_case:
                continue  # "Court", "National": a word the articles also use as a word
        out.add(form)
    return out


def untagged_mentions(texts: Sequence[str], aliases: Sequence[Sequence[str]],
                      times: Sequence[int],
                      tagged: Sequence[Sequence[tuple[int, int]]]) -> list[Found]:
    """Occurrences of each group's name forms outside every tagged span.

    `aliases[g]` are group g's forms as tagged and `times[g]` how many mentions the model tagged
    for it; `tagged[d]` the (start, end) spans the model tagged in document d (so a tagged
    longer name is never overlapped). One pass over each text's runs of capitalised words.
    """
    lower = {w for t in texts for w in _LOWER_WORD.findall(t)}
    owners: dict[str, set[int]] = {}
    for g, forms in enumerate(aliases):
        for form in _forms(forms, lower, times[g]):
            owners.setdefault(form, set()).add(g)
    # "Osei" is Samuel Osei's surname, but an article that names Ruth Osei means her by it
    bearers: dict[str, list[tuple[str, int]]] = {}
    for h, forms in enumerate(aliases):
        for alias in forms:
            words = " ".join(alias.split()).split()
            if len(words) > 1 and words[-1] in owners and not any(
                    _same_person(words, aliases[g]) for g in owners[words[-1]] if g != h):
                bearers.setdefault(words[-1], []).append((" ".join(words), h))
    found: list[Found] = []
    for d, text in enumerate(texts):
        taken = sorted(tagged[d])
        starts = [a for a, _ in taken]
        flat = " ".join(text.split()) if bearers else ""
        shared = {form: {g for name, g in names if name in flat}
                  for form, names in bearers.items()}
        for run in _RUN.finditer(text):
            for a, b in _candidates(text, run):
                form = " ".join(text[a:b].split())
                groups = owners.get(form)
                if groups is None:
                    continue
                groups = groups | shared.get(form, set())
                k = bisect.bisect_left(starts, b)
                if len(groups) == 1 and not any(s < b and a < e for s, e in taken[max(0, k - 8):k]):
                    found.append(Found(d, a, b, text[a:b], next(iter(groups))))
                break
    return found


def _same_person(words: list[str], aliases: Sequence[str]) -> bool:
    """Whether a full name is one of `aliases` written another way: with a title in front
    ("Builder Arkady Melnik") or a first name spelt otherwise ("Jevhen" / "Yevgen Tkachuk")."""
    name = " ".join(words)
    for alias in aliases:
        theirs = alias.split()
        if len(theirs) < 2:
            continue
        if name.endswith(" " + " ".join(theirs)) or (
                _alike(words[-1], theirs[-1], 0.8) and _alike(words[-2], theirs[-2], 0.6)):
            return True
    return False


def _alike(a: str, b: str, at_least: float) -> bool:
    return difflib.SequenceMatcher(None, fold(a), fold(b)).ratio() >= at_least


def _candidates(text: str, run: re.Match) -> list[tuple[int, int]]:
    """The spans a run may name: all of it; without a possessive ("Brenmoor’s mayor"); without
    its first word when that opens a sentence ("In Brenmoor, ...")."""
    a, b = run.span()
    spans = [(a, b)]
    possessive = _POSSESSIVE.search(run.group(0))
    if possessive:
        spans.append((a, b - len(possessive.group(0))))
    first = re.match(rf"{_WORD}[ \t\u00a0]+", run.group(0))
    head = text[:a].rstrip(" \t\u00a0")
    if first and (head == "" or head.endswith((".", "!", "?", "\n", ":", "“", '"', "‘"))):
        spans += [(a + first.end(), y) for _, y in list(spans)]
    return spans
