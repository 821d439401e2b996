"""Parse a large comparison's documents on all cores.

spaCy's parse is nearly all of a comparison's time and uses one core. For a large comparison,
worker processes each load the pipeline and parse whole documents (reading them into
`ParsedDocument`s as well), while this process parses documents from the other end of the list;
a small one is parsed here alone, since starting a worker (importing spaCy, loading the pipeline:
2-3 s) would cost more than it saves. Workers are started with "spawn" on every platform: a
forked copy of a process that runs Qt or other threads can deadlock. The result does not depend
on where a document was parsed.
"""

from __future__ import annotations

import collections
import logging
import multiprocessing
import os
import signal
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait

from viewer.core import nlp as nlp_stage

__all__ = ["parse_documents", "worker_count", "MIN_CHARS_FOR_WORKERS", "MAX_WORKERS"]

log = logging.getLogger(__name__)

# About 10,000 words, 4-5 s of parsing on one core: below this a worker starts too late to help.
MIN_CHARS_FOR_WORKERS = 60_000
MAX_WORKERS = 3  # each holds its own pipeline (about 200 MB at its peak)


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not on Linux
        return os.cpu_count() or 1


def worker_count(texts: Sequence[str], requested: int | None = None) -> int:
    """How many worker processes to parse `texts` with: `requested` (capped by the number of
    documents), or, when None, one per spare core for a large comparison and none for a small one.
    """
    if multiprocessing.parent_process() is not None:
        return 0  # inside a worker: no workers of its own
    if requested is not None:
        return max(0, min(requested, len(texts) - 1))
    if len(texts) < 2 or sum(len(t) for t in texts) < MIN_CHARS_FOR_WORKERS:
        return 0
    return max(0, min(_cores() - 1, MAX_WORKERS, len(texts) - 1))


def _start_worker(model: str) -> None:
    # Ctrl-C is the main process's to handle: it stops the work and shuts the pool down
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    parent = multiprocessing.parent_process()
    if parent is not None:  # a parent that is killed cannot shut the pool: leave with it
        threading.Thread(target=_exit_with, args=(parent,), daemon=True).start()
    nlp_stage.load_model(model)  # while the first documents wait in the queue


def _exit_with(parent) -> None:
    parent.join()
    os._exit(0)


def _parse_in_worker(model: str, text: str) -> nlp_stage.ParsedDocument:
    return nlp_stage.parse([text], nlp_stage.load_model(model))[0]


def parse_documents(texts: Sequence[str], model: str, workers: int,
                    on_document: Callable[[int], None] | None = None,
                    ) -> list[nlp_stage.ParsedDocument]:
    """Parse `texts` with `model` here and in `workers` processes; `on_document(n)` runs in this
    thread after each document (n counts finished documents from 0; it may raise, which stops
    the work). If the workers cannot start or fail, this process parses what is left."""
    nlp = nlp_stage.load_model(model)
    if workers <= 0:
        return nlp_stage.parse(texts, nlp, on_document=on_document)
    results: dict[int, nlp_stage.ParsedDocument] = {}
    todo = collections.deque(range(len(texts)))  # this process takes from the front
    running: dict[Future, int] = {}
    pool = None
    try:
        pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=_start_worker, initargs=(model,))
    except (OSError, ValueError, RuntimeError) as exc:  # no processes here
        log.warning("parsing on one core: worker processes cannot start (%s)", exc)

    def finished(k: int, parsed: nlp_stage.ParsedDocument) -> None:
        results[k] = parsed
        if on_document is not None:
            on_document(len(results) - 1)

    try:
        while todo or running:
            # two documents queued per worker, from the back, so none waits for this process
            while pool is not None and len(todo) > 1 and len(running) < 2 * workers:
                try:
                    future = pool.submit(_parse_in_worker, model, texts[k := todo.pop()])
                except (OSError, RuntimeError) as exc:  # the processes cannot start
                    log.warning("parsing on one core: worker processes cannot start (%s)", exc)
                    todo.append(k)
                    pool.shutdown(wait=False, cancel_futures=True)
                    pool = None
                    break
                running[future] = k
            if todo:
                k = todo.popleft()
                finished(k, nlp_stage.parse([texts[k]], nlp)[0])
                done = [f for f in running if f.done()]
            else:
                done, _ = wait(running, return_when=FIRST_COMPLETED)
            failed = []
            for future in done:
                k = running.pop(future)
                try:
                    parsed = future.result()
                except Exception as exc:  # a worker died or failed: this process does the rest
                    failed.append((k, exc))
                    continue
                finished(k, parsed)
            if failed:
                todo.extend(k for k, _ in failed)
                if pool is not None:
                    log.warning("a parsing worker failed (%s); parsing here instead",
                                failed[0][1])
                    pool.shutdown(wait=False, cancel_futures=True)
                    pool = None
    finally:
        if pool is not None:
            # on a cancel, queued documents are dropped and running ones end on their own
            pool.shutdown(wait=False, cancel_futures=True)
    return [results[k] for k in range(len(texts))]
