"""Parsing in worker processes gives what parsing here gives, and never loses a document."""

from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest

from viewer.core import parse_pool
from viewer.core.nlp import DEFAULT_MODEL
from viewer.core.parse_pool import MIN_CHARS_FOR_WORKERS, parse_documents, worker_count

TEXTS = [
    "Floods forced 2,300 people from their homes in Lusk on Monday. The minister said so.",
    "Some 2,500 residents of Lusk were evacuated after the Sarn burst its banks.",
    "The dam, built in 1978, gave way shortly after 2 a.m. on Sunday.",
    "Governor Mikhail Torvan closed every school in the province.",
]


def test_workers_only_for_a_large_comparison(monkeypatch):
    monkeypatch.setattr(parse_pool, "_cores", lambda: 8)
    assert worker_count(["short text"] * 5) == 0
    big = ["x" * (MIN_CHARS_FOR_WORKERS // 2)] * 3
    assert worker_count(big) == 2  # one fewer than the documents: this process parses too
    assert worker_count(big * 4) == parse_pool.MAX_WORKERS
    assert worker_count([big[0] * 3]) == 0  # one document: nothing to share
    monkeypatch.setattr(parse_pool, "_cores", lambda: 1)
    assert worker_count(big * 4) == 0
    assert worker_count(big, requested=5) == 2 and worker_count(big, requested=0) == 0


def test_a_worker_process_starts_no_workers_of_its_own(monkeypatch):
    monkeypatch.setattr(parse_pool.multiprocessing, "parent_process", lambda: object())
    assert worker_count(["x" * MIN_CHARS_FOR_WORKERS] * 4) == 0


def test_documents_parsed_in_a_worker_equal_those_parsed_here():
    seen = []
    pooled = parse_documents(TEXTS, DEFAULT_MODEL, 1, on_document=seen.append)
    assert pooled == parse_documents(TEXTS, DEFAULT_MODEL, 0)
    assert seen == [0, 1, 2, 3]


class _FailingPool:
    """A pool whose every document fails, as when a worker process is killed."""

    def __init__(self, *args, **kwargs):
        self.shut = False

    def submit(self, fn, *args):
        future = Future()
        future.set_exception(BrokenProcessPool("a worker died"))
        return future

    def shutdown(self, wait=True, cancel_futures=False):
        self.shut = True


class _RefusingPool(_FailingPool):
    def submit(self, fn, *args):
        raise RuntimeError("cannot start a process here")


@pytest.mark.parametrize("pool", [_FailingPool, _RefusingPool])
def test_documents_the_workers_cannot_parse_are_parsed_here(monkeypatch, pool, caplog):
    monkeypatch.setattr(parse_pool, "ProcessPoolExecutor", pool)
    assert parse_documents(TEXTS, DEFAULT_MODEL, 2) == parse_documents(TEXTS, DEFAULT_MODEL, 0)
    # one line however many documents the workers held
    assert len([r for r in caplog.records if "parsing" in r.getMessage()]) == 1


def test_a_script_parses_in_one_process_unless_it_asks_for_workers():
    # a worker imports the caller's main module again: an unguarded script would run twice
    from viewer.cli import _parser
    from viewer.core.pipeline import Settings

    assert Settings().workers == 0
    assert _parser().parse_args(["compare", "a.txt", "b.txt"]).jobs is None  # CLI: by size


_ORPHAN = """
import os, signal, sys, time
from concurrent.futures import ProcessPoolExecutor
import multiprocessing
from viewer.core import parse_pool
pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"),
                           initializer=parse_pool._start_worker, initargs=(sys.argv[1],))
print(pool.submit(os.getpid).result(), pool.submit(signal.getsignal, signal.SIGINT).result(),
      flush=True)
os._exit(0)  # as if killed: no shutdown of the pool
"""


def test_a_worker_ignores_ctrl_c_and_exits_when_its_parent_dies():
    import os
    import signal
    import subprocess
    import sys
    import time

    out = subprocess.run([sys.executable, "-c", _ORPHAN, DEFAULT_MODEL], capture_output=True,
                         text=True, timeout=120)
    pid, handler = out.stdout.split()
    assert handler == str(int(signal.SIG_IGN))  # the main process handles Ctrl-C, stops the pool
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            return
        if Path(f"/proc/{pid}/stat").read_text().split()[2] == "Z":
            return  # exited, waiting to be reaped by init
        time.sleep(0.2)
    os.kill(int(pid), 9)
    pytest.fail("the worker outlived its parent")


def test_a_cancel_from_the_progress_callback_stops_and_shuts_the_pool(monkeypatch):
    pools = []

    class Pool(_FailingPool):
        def __init__(self, *args, **kwargs):
            super().__init__()
            pools.append(self)

        def submit(self, fn, *args):
            return Future()  # never finishes: only the cancel can end the wait

    class Stop(Exception):
        pass

    def stop(n):
        raise Stop

    monkeypatch.setattr(parse_pool, "ProcessPoolExecutor", Pool)
    with pytest.raises(Stop):
        parse_documents(TEXTS, DEFAULT_MODEL, 1, on_document=stop)
    assert pools and pools[0].shut
