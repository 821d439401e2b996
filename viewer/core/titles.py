"""What a sentence calls a named person: the title before the name or in apposition after it.

Outlets disagree on who someone is as much as on what they said: "chief executive Helen
Farrant" in one report is "Trust chairwoman Helen Farrant" in another, a "deputy director" is
the "head" of the directorate. A title is read only where it is written as one, next to the
name, and only when it ends on a word that names a post ("minister", "director", "chief
executive", ...), so "Helen Farrant, a mother of two," or "nurse Ana Horvat" say nothing here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from viewer.core.nlp import fold

__all__ = ["Title", "title_before", "title_after", "titles_differ"]

# Words that name a post, the last word of a title ("Chief Fire Officer", "Transport Minister")
_POSTS = frozenset(
    "minister secretary president chairman chairwoman chairperson chair director executive "
    "officer head chief commissioner commander governor mayor premier economist manager "
    "superintendent inspector prosecutor ambassador spokesman spokeswoman spokesperson "
    "treasurer registrar coordinator ceo coo cfo pm".split())
# Words that make a post another one: the deputy is not the director
_RANKS = frozenset("deputy vice acting interim assistant associate".split())
# Words that date a post, not change it: the "Outgoing British Prime Minister" of the morning
# after an election is the "Prime Minister" of another report
_STATUS = frozenset("former ex outgoing incoming".split())
# Words a title may hold before its post ("Deputy Chief Fire Officer", "chief operating
# officer", "Transport Minister"): capitalised words, or these in lower case
_MODIFIERS = frozenset("chief senior general managing executive operating financial "
                       "technology medical fire police regional national state principal "
                       "prime foreign interior finance health transport defence defense "
                       "justice economy education environment energy trade labour culture "
                       "sports sport press union research communications operations public "
                       "and".split()) | _RANKS | _STATUS
# One post written several ways: "CEO", "chief executive officer" and "chief executive"
_SAME = {"ceo": ("chief", "executive"), "coo": ("chief", "operating"),
         "cfo": ("chief", "financial"), "pm": ("prime", "minister"),
         "premier": ("prime", "minister"), "chairman": ("chair",), "chairwoman": ("chair",),
         "chairperson": ("chair",), "spokesman": ("spokesperson",),
         "spokeswoman": ("spokesperson",)}
# after a name: ", the group's chief executive," / ", chief economist at Seldra Bank," /
# ", head of the Civil Protection Directorate,"
_APPOSITION = re.compile(r"^,\s+(?:(?:the|a|an)\s+)?(?:[\w’'.&-]+['’]s?\s+)?"
                         r"((?:[\w-]+\s+){0,4}?[\w-]+)(?=\s*(?:,|$|\s(?:of|at|for|with|in|on)\s))")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


@dataclass(frozen=True)
class Title:
    """A title as written, and what it says: its post and its rank ("deputy")."""

    text: str
    post: tuple[str, ...]
    ranks: frozenset[str]


def _title(words: list[str]) -> Title | None:
    """The title these words spell, if their last word names a post."""
    if not words or fold(words[-1]).lower() not in _POSTS:
        return None
    folded = [fold(w).lower() for w in words]
    post: list[str] = []
    # a "press secretary" or "press officer" speaks for someone: the spokesperson
    folded = " ".join(folded).replace("press secretary", "spokesperson").replace(
        "press officer", "spokesperson").split()
    for w in folded:
        if w in _RANKS or w in _STATUS or w == "and":
            continue
        post.extend(_SAME.get(w, (w,)))
    # "chief executive officer" is the "chief executive", "chief operating officer" the "COO"
    if len(post) >= 3 and post[-1] == "officer" and post[-2] in {"executive", "operating",
                                                                  "financial"}:
        post.pop()
    # "President and Chief Executive Officer": the last post named is the one compared
    post = post[-2:] if len(post) > 2 and post[-3] in _POSTS - {"chief"} else post
    return Title(" ".join(words), tuple(post), frozenset(w for w in folded if w in _RANKS))


def title_before(text: str, start: int) -> Title | None:
    """The title written just before a name that starts at `start` ("Transport Minister Petra
    Vance", "chief executive Helen Farrant"): capitalised words and title words, no comma."""
    words = _WORD.findall(text[max(0, start - 80):start])
    if not re.search(r"[^\W\d_]\s+$", text[max(0, start - 80):start]):
        return None  # (a comma, a quote mark or a bracket before the name: no title)
    run: list[str] = []
    for w in reversed(words):
        lower = fold(w).lower()
        if lower in _POSTS or lower in _MODIFIERS or (w[:1].isupper() and run and len(run) < 4
                                                      and lower not in {"the", "a", "an"}):
            run.insert(0, w)
            if len(run) >= 5:
                break
            continue
        break
    # ("Harnham Community Hospital chief executive": the post's own words, not its body's)
    while run and fold(run[0]).lower() not in _POSTS | _MODIFIERS:
        run.pop(0)
    return _title(run)


def title_after(text: str, end: int) -> Title | None:
    """The title in apposition after a name that ends at `end` ("Helen Farrant, the group's
    chief executive, said"; "Milena Horvat, chief economist at Seldra Bank, said")."""
    m = _APPOSITION.match(text[end:end + 120])
    if not m:
        return None
    words = _WORD.findall(m.group(1))
    # only the title's own words: "head" of "head of the directorate", not a sentence
    if not words or any(fold(w).lower() not in _POSTS | _MODIFIERS for w in words):
        return None
    return _title(words)


def titles_differ(a: Title, b: Title) -> bool:
    """Whether two titles name two posts: another post ("chief executive" / "chairwoman",
    "Transport Minister" / "Transport Secretary"), or the same one at another rank ("Chief Fire
    Officer" / "Deputy Chief Fire Officer"). What a post is of ("Orlesian minister" /
    "transport minister") is not compared, nor a loose word for who leads ("head", "chief",
    a bare "director"): "director" and "head of the directorate" are one post."""
    if a.ranks != b.ranks:
        return True
    loose = [t.post[-1] in _LOOSE or t.post == ("director",) for t in (a, b)]
    # ("spokeswoman Commander Vesna Lončar" holds both: a title that holds the other's post)
    return a.post[-1] not in b.post and b.post[-1] not in a.post and not any(loose)


_LOOSE = frozenset({"head", "chief", "leader", "boss"})
