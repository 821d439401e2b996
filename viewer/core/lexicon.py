"""A small lexicon of news concepts: words reports use interchangeably for one idea.

spaCy's small pipelines carry no word vectors, and no English thesaurus data is installable
offline from the package index, so paraphrase knowledge comes from this explicit, reviewable list
(`data/news_concepts.txt`). It is deliberately narrow; see the file's header.
"""

from __future__ import annotations

import functools
from importlib import resources

__all__ = ["concepts_of", "load_concepts", "phrase_concepts", "phrase_starts"]


@functools.lru_cache(maxsize=1)
def load_concepts() -> dict[str, tuple[str, ...]]:
    """Map each stemmed word to the concepts it expresses."""
    from viewer.core.nlp import fold, stem

    table: dict[str, list[str]] = {}
    text = resources.files("viewer.core").joinpath("data/news_concepts.txt").read_text("utf-8")
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line or ":" not in line:
            continue
        name, words = line.split(":", 1)
        for word in words.split(","):
            word = fold(word.strip())
            if word.endswith("!"):  # as written only: "prisoner!" is not "prison"
                keys = {word[:-1]}
            elif word:
                # a phrase ("step down", "home loan") is looked up word by word, stemmed
                keys = {word, stem(word)} if " " not in word else \
                    {" ".join(stem(w) for w in word.split())}
            else:
                continue
            for key in keys:
                table.setdefault(key, [])
                if name.strip() not in table[key]:
                    table[key].append(name.strip())
    return {k: tuple(v) for k, v in table.items()}


def concepts_of(word: str) -> tuple[str, ...]:
    """Concepts of a folded, stemmed word (empty if the lexicon does not know it)."""
    return load_concepts().get(word, ())


def phrase_concepts(first: str, second: str) -> tuple[str, ...]:
    """Concepts of a two-word phrase, given both words' stems ("move", "out" for "moved out")."""
    return load_concepts().get(f"{first} {second}", ())


@functools.lru_cache(maxsize=1)
def phrase_starts() -> frozenset[str]:
    """First words of the lexicon's phrases: most words start none, and are not looked up."""
    return frozenset(key.split(" ", 1)[0] for key in load_concepts() if " " in key)
