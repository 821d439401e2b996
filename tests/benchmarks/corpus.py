"""Synthetic benchmark corpora built from the bundled articles, reproducibly (seeded).

Each article mixes sentences taken from a shared pool (lightly reworded, so alignment has real
work) with sentences of its own (words of the pool reshuffled, so they match nothing in full).
That gives the engine the shape of real coverage: some facts everywhere, most in one place.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from viewer.core.cleaning import clean

ROOT = Path(__file__).resolve().parents[2]


def pool_sentences() -> list[str]:
    texts = [clean(p.read_text(encoding="utf-8")).text
             for p in sorted((ROOT / "resources" / "samples").glob("*.txt"))]
    sentences = []
    for text in texts:
        for line in text.split("\n"):
            sentences += [s for s in re.split(r"(?<=[.!?])\s+", line) if len(s.split()) >= 6]
    if not sentences:
        raise SystemExit("no sample articles under resources/samples")
    return sentences


def _reword(sentence: str, rng: random.Random) -> str:
    words = sentence.split()
    for _ in range(max(1, len(words) // 8)):
        k = rng.randrange(len(words))
        if rng.random() < 0.5 and len(words) > 6:
            del words[k]
        else:
            words.insert(k, rng.choice(["reportedly", "also", "later", "officially", "then"]))
    return " ".join(words)


def make_articles(n: int, words: int, seed: int = 7, shared: float = 0.3) -> list[str]:
    """`n` articles of about `words` words each, one paragraph per line."""
    rng = random.Random(seed)
    pool = pool_sentences()
    vocab = [w for s in pool for w in s.split()]
    articles = []
    for k in range(n):
        lines = [f"Article {k + 1}: {' '.join(rng.sample(vocab, 6))}"]
        count = 0
        while count < words:
            if rng.random() < shared:
                sentence = _reword(rng.choice(pool), rng)
            else:
                body = rng.sample(vocab, rng.randint(10, 24))
                sentence = " ".join(body).rstrip(".,;:") + "."
                sentence = sentence[0].upper() + sentence[1:]
            lines.append(sentence)
            count += len(sentence.split())
        articles.append("\n".join(lines))
    return articles
