"""What a reader calls a source: its file's name or its (shortened) title, not the id "d3".

The core names documents d1, d2, … and sentences d1.s4 in its results and messages (the JSON
contract). Wherever a person reads them in the window they are replaced by a name: the file's
name when it says something ("02-novapress.txt" -> "Novapress": people save articles under
the outlet's name, and headlines of one event all begin alike), else the document's title cut
to a few words. The ids stay in tooltips for reference.
"""

from __future__ import annotations

import functools
import os
import re
from collections import Counter

from viewer.core.nlp import fold
from viewer.core.result import Comparison, Fact
from viewer.core.wording import count

__all__ = ["SourceNames", "short_title", "fact_summary", "file_name"]

LIMIT = 28
_ID = re.compile(r"\b(d\d+)(?:\.s(\d+))?\b")
# file names that say nothing about the source: "article (3)", "download", "untitled-2", "a"
_GENERIC = re.compile(r"(?:article|document|doc|text|untitled|page|news|story|copy|paste|"
                      r"download|index|file|new|source|[a-z])?", re.IGNORECASE)
_ORDINAL = re.compile(r"^[\W\d_]+|[\W\d_]+$")
_LETTER = re.compile(r"^[A-Za-z][-_.)]\s*(?=\w{3})")


# a site's address as the file's name: "02-english.pardafas.com", "www.bbc.co.uk", "legit.ng"
_DOMAIN = re.compile(r"^(?:www\.)?((?:[a-z0-9-]+\.)+(?:com|org|net|info|news|[a-z]{2}))$",
                     re.IGNORECASE)


def file_name(stem: str, text: str = "") -> str:
    """A file name as a source's name ("01-harvel-courier" -> "Harvel Courier"), or "" when it
    is generic or mostly digits. A word the document writes in capitals keeps them ("01-cpa-wire"
    over a text that says "(CPA)" -> "CPA Wire"). A site's address stays one ("legit.ng",
    "thehindubusinessline.com"): that is how readers name such a site."""
    core = _ORDINAL.sub("", stem)
    core = _LETTER.sub("", core)  # "a-coastline-herald": a letter that only orders the files
    words = [w for w in re.split(r"[\s_\-.]+", core) if w]
    if not words or sum(c.isalpha() for c in core) < 3:
        return ""
    site = _DOMAIN.match(core)
    if site:
        return site.group(1).lower()
    if all(_GENERIC.fullmatch(w) or w.isdigit() for w in words):
        return ""
    if core == core.lower():
        capitals = _capitalised(text)
        return " ".join(_as_written(w, capitals) for w in words)
    return " ".join(core.replace("_", " ").split())


@functools.lru_cache(maxsize=64)
def _capitalised(text: str) -> dict[str, Counter[str]]:
    """The words a text writes with a capital, by their folded spelling, each form counted:
    read once per text, though every dock names the sources again."""
    forms: dict[str, Counter[str]] = {}
    for word, n in Counter(w for w in re.findall(r"\w+", text[:200_000])
                           if not w.islower()).items():
        forms.setdefault(fold(word), Counter())[word] += n
    return forms


def _as_written(word: str, capitals: dict[str, Counter[str]]) -> str:
    """A lower-case word of a file name as the text writes it when that is in capitals, as
    initials are ("CPA", "NBS"; "ŠOK" for "sok"), else capitalised."""
    forms = capitals.get(fold(word), Counter())
    upper = Counter({f: n for f, n in forms.items() if f.isupper() and len(f) >= 2})
    if upper and upper.total() * 2 >= forms.total():
        return upper.most_common(1)[0][0]
    return word[:1].upper() + word[1:]


def short_title(title: str, fallback: str = "", limit: int = LIMIT) -> str:
    """The title cut at a word boundary to about `limit` characters, with an ellipsis."""
    title = " ".join(title.split()) or fallback or "(untitled)"
    if len(title) <= limit:
        return title
    cut = title[:limit - 1].rsplit(" ", 1)[0] if " " in title[:limit - 1] else title[:limit - 1]
    return cut.rstrip(" ,.;:–-") + "…"


class SourceNames:
    """Document id -> short readable name, unique within one result."""

    def __init__(self, result: Comparison | None) -> None:
        self.names: dict[str, str] = {}
        self.titles: dict[str, str] = {}
        for n, doc in enumerate(result.documents if result else [], start=1):
            stem = os.path.splitext(os.path.basename(doc.path))[0] if doc.path else ""
            # (the site's own lines, removed as furniture, write its name too: "© 2025 VTV")
            written = "\n".join([doc.text[:200_000], *(r.text for r in doc.removed[:200])])
            name = short_title(file_name(stem, written) or doc.title, stem or f"Document {n}")
            if name in self.names.values():
                name = f"{name} ({n})"
            self.names[doc.id] = name
            self.titles[doc.id] = doc.title or stem or name

    def name(self, doc_id: str) -> str:
        return self.names.get(doc_id, doc_id)

    def sentence(self, sentence_id: str) -> str:
        """ "d2.s5" -> "Veltria dam collapse…, sentence 5"."""
        return _ID.sub(self._replace, sentence_id)

    def join(self, doc_ids: list[str]) -> str:
        return ", ".join(self.name(d) for d in doc_ids)

    def humanize(self, text: str) -> str:
        """Every document or sentence id in a message replaced by its name."""
        return _ID.sub(self._replace, text)

    def _replace(self, match: re.Match[str]) -> str:
        doc, number = match.group(1), match.group(2)
        if doc not in self.names:
            return match.group(0)
        return self.names[doc] + (f", sentence {number}" if number else "")


def fact_summary(fact: Fact, names: SourceNames) -> str:
    """One line for a selected fact: who reports it, by name."""
    if len(fact.sources) == 1:
        return f"Reported only by {names.name(fact.sources[0])}"
    return f"Reported by {count(len(fact.sources), 'source')}: {names.join(fact.sources)}"
