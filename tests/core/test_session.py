"""Session files: round trip, atomic saves with a backup, clear refusals of bad files, recovery."""

import functools
import json
import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from viewer.core import session as session_mod
from viewer.core.annotations import Annotation, AnnotationStore, Tag, anchor_for
from viewer.core.session import (
    SCHEMA,
    SESSION_SUFFIX,
    Session,
    SessionDocument,
    SessionError,
    backup_path,
    default_session_dir,
    discard_recovery,
    find_recovery,
    load_session,
    read_recovery,
    recovery_path,
    save_session,
    write_recovery,
)

ROOT = Path(__file__).resolve().parents[2]


def small_session(note: str = "check") -> Session:
    text = "The minister said 2,300 people had been evacuated on Monday."
    store = AnnotationStore()
    tag = store.insert_tag(Tag("t1", "Claim", "#d55e00"))
    store.add(Annotation("a1", "d1", anchor_for(text, 18, 30), [tag.id], note,
                         "2026-01-02T03:04:05+00:00", "2026-01-02T03:04:05+00:00"))
    return Session([SessionDocument("d1", "/news/a.txt", "A", text, "txt", "utf-8", [2])],
                   {"threshold": 0.4, "model": "en_core_web_sm"}, store, {"zoom": 1.5})


# --- round trip ---------------------------------------------------------------------------------

texts = st.text(min_size=0, max_size=300)


@st.composite
def sessions(draw) -> Session:
    docs = [SessionDocument(f"d{n + 1}", draw(st.text(max_size=40)), draw(st.text(max_size=40)),
                            draw(texts), draw(st.sampled_from(["txt", "html", "paste"])),
                            draw(st.none() | st.just("utf-8")),
                            draw(st.lists(st.integers(0, 50), max_size=3)),
                            draw(st.lists(st.integers(0, 50), max_size=5)))
            for n in range(draw(st.integers(1, 4)))]
    store = AnnotationStore()
    tags = [store.add_tag(f"tag {n} {draw(st.text(max_size=8))}",
                          draw(st.from_regex(r"#[0-9a-f]{6}", fullmatch=True))).id
            for n in range(draw(st.integers(0, 4)))]
    for _ in range(draw(st.integers(0, 12))):
        doc = draw(st.sampled_from(docs))
        start = draw(st.integers(0, len(doc.raw_text)))
        end = draw(st.integers(start, len(doc.raw_text)))
        store.add(Annotation.create(doc.key, anchor_for(doc.raw_text, start, end),
                                    draw(st.lists(st.sampled_from(tags), unique=True))
                                    if tags else [], draw(st.text(max_size=60))))
    view = draw(st.dictionaries(st.text(max_size=10),
                                st.integers() | st.text(max_size=10) | st.booleans(), max_size=4))
    return Session(docs, {"threshold": draw(st.floats(0, 1))}, store, view)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(session=sessions())
def test_save_then_load_gives_an_equal_session(tmp_path, session):
    path = tmp_path / f"s{SESSION_SUFFIX}"
    save_session(session, path)
    assert load_session(path) == session


def test_a_web_pages_furniture_survives_a_session_and_older_sessions_have_none(tmp_path):
    """A page's lines outside its article are kept with it (restorable after reopening); a
    session saved before pages kept them has an article-only raw text and no such list."""
    from viewer.core.documents import SourceText

    source = SourceText("/p.html", "Storm", "Home\nStorm\nThe storm hit.\nFooter", "html",
                        "utf-8", frozenset({3}), frozenset({0, 3}))
    path = tmp_path / f"s{SESSION_SUFFIX}"
    save_session(Session([SessionDocument.from_source("d1", source)]), path)
    assert load_session(path).documents[0].to_source() == source
    data = json.loads(path.read_text("utf-8"))
    assert data["documents"][0]["furniture"] == [0, 3]
    del data["documents"][0]["furniture"]
    path.write_text(json.dumps(data), "utf-8")
    assert load_session(path).documents[0].to_source().furniture == frozenset()


def test_saving_keeps_the_previous_version_as_backup(tmp_path):
    path = tmp_path / "work.corroborate"
    save_session(small_session("first"), path)
    assert not backup_path(path).exists()
    save_session(small_session("second"), path)
    assert backup_path(path) == tmp_path / "work.corroborate.bak"
    assert load_session(backup_path(path)) == small_session("first")
    assert load_session(path) == small_session("second")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["work.corroborate",
                                                          "work.corroborate.bak"]


def test_file_format_is_plain_versioned_json(tmp_path):
    path = tmp_path / "s.corroborate"
    save_session(small_session(), path)
    data = json.loads(path.read_text("utf-8"))
    assert data["schema"] == SCHEMA and data["format"] == "corroborate-session"
    assert data["documents"][0]["raw_text"].startswith("The minister")
    assert data["annotations"][0]["anchor"]["exact"] == "2,300 people"
    assert data["codebook"][0]["name"] == "Claim"


# --- bad files ----------------------------------------------------------------------------------

def _valid(tmp_path) -> bytes:
    path = tmp_path / "valid.corroborate"
    save_session(small_session(), path)
    return path.read_bytes()


BAD = {
    "truncated": (lambda good: good[: len(good) // 2], "truncated"),
    "non-JSON": (lambda good: b"hello, this is a text file\n", "not valid JSON"),
    "binary": (lambda good: bytes(range(256)) * 4, "not a Corroborate session"),
    "empty": (lambda good: b"", "empty"),
    "future schema": (lambda good: good.replace(b'"schema": 1', b'"schema": 7'),
                      "newer Corroborate (schema 7); this version reads up to 1"),
    "other JSON": (lambda good: b'{"schema": 1, "documents": []}', "not a Corroborate session"),
    "JSON list": (lambda good: b"[1, 2, 3]", "not a Corroborate session"),
    "wrong types": (lambda good: good.replace(b'"documents": [', b'"documents": [7, '),
                    "damaged"),
    "bad colour": (lambda good: good.replace(b"#d55e00", b"orange"), "damaged"),
    "missing text": (lambda good: good.replace(b'"raw_text"', b'"rawtext"'),
                     "damaged (missing 'raw_text')"),
}


@pytest.mark.parametrize("kind", sorted(BAD))
def test_bad_files_are_refused_clearly_and_left_untouched(tmp_path, kind):
    make, reason = BAD[kind]
    path = tmp_path / "bad.corroborate"
    path.write_bytes(make(_valid(tmp_path)))
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    with pytest.raises(SessionError) as info:
        load_session(path)
    message = str(info.value)
    assert message.startswith(f"{path}: ") and reason in message and "\n" not in message
    assert info.value.path == path and info.value.backup is None
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_missing_and_folder_paths(tmp_path):
    for path, reason in ((tmp_path / "gone.corroborate", "file not found"),
                         (tmp_path, "is a folder")):
        with pytest.raises(SessionError, match=reason):
            load_session(path)


def test_backup_is_offered_when_the_file_is_damaged(tmp_path):
    path = tmp_path / "s.corroborate"
    save_session(small_session("old"), path)
    save_session(small_session("new"), path)
    path.write_bytes(path.read_bytes()[:100])
    with pytest.raises(SessionError) as info:
        load_session(path)
    assert info.value.backup == backup_path(path)
    assert load_session(info.value.backup) == small_session("old")


def test_older_schemas_are_migrated_step_by_step(tmp_path, monkeypatch):
    data = json.loads(_valid(tmp_path))
    data["schema"] = 0
    data["annotations"][0]["comment"] = data["annotations"][0].pop("note")

    def zero_to_one(old):
        for ann in old["annotations"]:
            ann["note"] = ann.pop("comment")
        return old

    path = tmp_path / "old.corroborate"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(SessionError, match="has schema 0, which this version cannot convert"):
        load_session(path)
    monkeypatch.setitem(session_mod._MIGRATIONS, 0, zero_to_one)
    assert load_session(path) == small_session()


# --- a writer killed mid-save -------------------------------------------------------------------

WRITER = textwrap.dedent("""
    import sys
    from tests.core.test_session import big_session
    from viewer.core.session import save_session
    path = sys.argv[1]
    n = int(sys.argv[2])
    while True:
        save_session(big_session(n), path)
        print(n, flush=True)
        n += 1
""")


@functools.lru_cache(maxsize=1)
def _big_texts() -> tuple[str, ...]:
    rng = random.Random(42)
    words = "river rose over the banks as 2,300 people left their homes in Lesna".split()
    return tuple(" ".join(rng.choice(words) for _ in range(100_000)) for _ in range(10))


def big_session(n: int) -> Session:
    """About 6 MB of JSON: large enough that a kill often lands inside a write."""
    docs = [SessionDocument(f"d{k + 1}", f"/news/{k}.txt", f"Doc {k}", text)
            for k, text in enumerate(_big_texts())]
    store = AnnotationStore()
    for k in range(2000):
        doc = docs[k % 10]
        store.add(Annotation(f"a{k}", doc.key, anchor_for(doc.raw_text, k, k + 40, doc_hash="h"),
                             [], f"note {k} of save {n}", "", ""))
    return Session(docs, {}, store, {"save": n})


@pytest.mark.parametrize("seed", range(4))
def test_killed_writer_leaves_old_or_new_session(tmp_path, seed):
    path = tmp_path / "s.corroborate"
    save_session(big_session(0), path)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path), "1"], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, text=True)
    try:
        proc.stdout.readline()  # one save done: the loop is warm
        time.sleep(random.Random(seed).uniform(0.0, 0.6))
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
    loaded = load_session(path)
    assert loaded == big_session(loaded.view["save"])
    bak = backup_path(path)
    if bak.exists():
        assert load_session(bak).view["save"] in (loaded.view["save"] - 1, loaded.view["save"])


KILL_AT = textwrap.dedent("""
    import os, signal, sys
    from tests.core.test_session import big_session
    from viewer.core.session import save_session

    path, name, nth = sys.argv[1], sys.argv[2], int(sys.argv[3])
    calls = 0

    def die():
        os.kill(os.getpid(), signal.SIGKILL)

    def hook(real):
        def wrapper(*args, **kwargs):
            global calls
            calls += 1
            if calls == nth:
                die()
            return real(*args, **kwargs)
        return wrapper

    class HalfWriter:
        def __init__(self, fh):
            self.fh = fh
        def __enter__(self):
            return self
        def __exit__(self, *exc):
            return self.fh.__exit__(*exc)
        def write(self, data):
            self.fh.write(data[: len(data) // 2])
            self.fh.flush()
            die()

    if name == "write":
        real_fdopen = os.fdopen
        os.fdopen = lambda *a, **k: HalfWriter(real_fdopen(*a, **k))
    else:
        setattr(os, name, hook(getattr(os, name)))
    save_session(big_session(2), path)
""")


# (os function, which call) where the writer dies, and which save must then be on disk
KILL_POINTS = [("write", 1, 1), ("fsync", 1, 1), ("link", 1, 1), ("replace", 1, 1),
               ("replace", 2, 1), ("fsync", 2, 2)]


@pytest.mark.parametrize(("name", "nth", "expected"), KILL_POINTS)
def test_writer_killed_at_each_step_of_a_save(tmp_path, name, nth, expected):
    path = tmp_path / "s.corroborate"
    save_session(big_session(0), path)
    save_session(big_session(1), path)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", KILL_AT, str(path), name, str(nth)], cwd=ROOT,
                          env=env, timeout=120)
    assert done.returncode == -signal.SIGKILL
    assert load_session(path) == big_session(expected)
    assert load_session(backup_path(path)).view["save"] in (0, 1)


# --- locations and recovery ---------------------------------------------------------------------

def test_recovery_files_round_trip_and_are_discarded(tmp_path, monkeypatch):
    monkeypatch.setenv(session_mod.DATA_DIR_ENV, str(tmp_path / "data"))
    assert find_recovery() == []
    saved = tmp_path / "mine.corroborate"
    first = write_recovery(small_session("autosaved"), saved)
    untitled = write_recovery(small_session("untitled"), None)
    assert first == recovery_path(saved) != untitled
    assert first.parent == tmp_path / "data" / "recovery"
    assert set(find_recovery()) == {first, untitled}
    session, origin = read_recovery(first)
    assert session == small_session("autosaved") and origin == saved
    assert read_recovery(untitled)[1] is None
    discard_recovery(saved)
    discard_recovery(untitled)
    assert find_recovery() == []
    assert not saved.exists()  # the session file itself is never touched by recovery


def test_recovery_paths_differ_per_session_and_default_folder(tmp_path, monkeypatch):
    monkeypatch.setenv(session_mod.DATA_DIR_ENV, str(tmp_path))
    nested, top = tmp_path / "a" / "s.corroborate", tmp_path / "s.corroborate"
    assert recovery_path(nested) != recovery_path(top)
    assert default_session_dir().name == "Corroborate"


def test_next_key_never_reuses_a_key():
    session = small_session()
    assert session.next_key() == "d2"
    session.store.add(Annotation.create("d2", anchor_for("x", 0, 1)))  # a removed document's
    assert session.next_key() == "d3"
