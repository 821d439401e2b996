"""Session save/open speed (issue 5): 10 documents, 5,000 annotations, each under 0.5 s.

Run alone with `python -m tests.benchmarks.session_bench`, or as part of `make bench`. Like the
other benchmarks, each measurement is a fresh subprocess, best of a few repeats. Re-anchoring all
annotations (what opening does once the analysis is back) is reported too, without a target.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
REPEATS = 3
DOCUMENTS, ANNOTATIONS, WORDS = 10, 5000, 2000
TARGET_S = 0.5

_SCRIPT = r"""
import json, os, random, sys, time
from viewer.core.annotations import Annotation, AnnotationStore, anchor_for, content_hash
from viewer.core.anchoring import place_all
from viewer.core.session import Session, SessionDocument, load_session, save_session

texts = json.load(open(sys.argv[1], encoding="utf-8"))
count, path = int(sys.argv[2]), sys.argv[3]
rng = random.Random(5)
docs = [SessionDocument(f"d{k + 1}", f"/news/{k}.txt", f"Article {k}", t)
        for k, t in enumerate(texts)]
store = AnnotationStore()
tags = [store.add_tag(f"Tag {k}", f"#{rng.randrange(1 << 24):06x}").id for k in range(12)]
hashes = [content_hash(t) for t in texts]
for n in range(count):
    k = n % len(docs)
    text = texts[k]
    start = rng.randrange(len(text) - 200)
    end = start + rng.randrange(5, 200)
    store.add(Annotation.create(docs[k].key, anchor_for(text, start, end, doc_hash=hashes[k]),
                                rng.sample(tags, rng.randrange(0, 3)),
                                "note " * rng.randrange(0, 20)))
session = Session(docs, {"threshold": 0.4, "model": "en_core_web_sm"}, store,
                  {"zoom": 1.0, "scroll": [0] * len(docs)})

t0 = time.perf_counter(); save_session(session, path); t1 = time.perf_counter()
save_session(session, path); t2 = time.perf_counter()  # a second save also keeps the .bak
loaded = load_session(path); t3 = time.perf_counter()
assert loaded == session
texts_now = {d.key: d.raw_text for d in docs}
t4 = time.perf_counter(); placed = place_all(loaded.store, texts_now); t5 = time.perf_counter()
edited = {d.key: "Updated: a new first line.\n" + d.raw_text for d in docs}
t6 = time.perf_counter(); moved = place_all(loaded.store, edited); t7 = time.perf_counter()
print(json.dumps({"save_first": t1 - t0, "save_again": t2 - t1, "load": t3 - t2,
                  "bytes": os.path.getsize(path), "place_same": t5 - t4, "place_edited": t7 - t6,
                  "orphans_after_edit": sum(1 for p in moved.values() if not p.placed)}))
"""


def _run_once(texts_file: str, folder: str) -> dict:
    path = str(Path(folder) / "bench.corroborate")
    out = subprocess.run([sys.executable, "-c", _SCRIPT, texts_file, str(ANNOTATIONS), path],
                         cwd=ROOT, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def measure() -> dict:
    """Best of REPEATS cold runs, per figure."""
    from tests.benchmarks.corpus import make_articles

    with tempfile.TemporaryDirectory() as folder:
        texts_file = str(Path(folder) / "texts.json")
        Path(texts_file).write_text(json.dumps(make_articles(DOCUMENTS, WORDS)), "utf-8")
        runs = [_run_once(texts_file, folder) for _ in range(REPEATS)]
    return {key: min(r[key] for r in runs) for key in runs[0]}


def main() -> int:
    """Print the figures; non-zero if save or open misses its target."""
    best = measure()
    print(f"\nSession with {DOCUMENTS} documents x {WORDS:,} words and {ANNOTATIONS:,} "
          f"annotations ({best['bytes'] / 1e6:.1f} MB, best of {REPEATS} cold runs)")
    print(f"  save (new file)      {best['save_first']:7.3f} s   (target < {TARGET_S} s)")
    print(f"  save (with .bak)     {best['save_again']:7.3f} s   (target < {TARGET_S} s)")
    print(f"  open                 {best['load']:7.3f} s   (target < {TARGET_S} s)")
    print(f"  re-anchor, same text {best['place_same']:7.3f} s")
    print(f"  re-anchor, edited    {best['place_edited']:7.3f} s   "
          f"({best['orphans_after_edit']} orphans)")
    slow = max(best["save_first"], best["save_again"], best["load"]) >= TARGET_S
    if slow:
        print("  ** over target")
    return 1 if slow else 0


if __name__ == "__main__":
    sys.exit(main())
