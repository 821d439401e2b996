"""The viewer's analysis with parsing worker processes: cancelling it ends it, and the next
analysis runs (the pool of the cancelled one is shut down, not left holding the work)."""

from tests.benchmarks.corpus import make_articles
from viewer.core.documents import load_text
from viewer.core.pipeline import Settings
from viewer.ui.worker import compare_job


def _sources(n=6, words=600):
    return [load_text(t, f"doc{k}") for k, t in enumerate(make_articles(n, words, seed=3))]


def test_cancelling_an_analysis_with_a_worker_process_ends_it_and_the_next_one_runs(qtbot):
    sources = _sources()
    settings = Settings(workers=1)
    job = compare_job(sources, settings)
    stages, ended = [], []
    job.signals.progress.connect(lambda stage, fraction: stages.append((stage, fraction)))
    job.signals.cancelled.connect(lambda: ended.append("cancelled"))
    job.signals.finished.connect(lambda result: ended.append("finished"))
    job.signals.failed.connect(lambda why: ended.append(why))
    job.start()
    # cancel once the first document is parsed: the worker is still busy with others
    qtbot.waitUntil(lambda: any(f > 0 for s, f in stages if s.startswith("Reading")),
                    timeout=60000)
    job.cancel()
    qtbot.waitUntil(lambda: bool(ended), timeout=30000)
    assert ended == ["cancelled"]

    again = compare_job(sources[:4], settings)
    results = []
    again.signals.finished.connect(results.append)
    again.signals.failed.connect(results.append)
    again.start()
    qtbot.waitUntil(lambda: bool(results), timeout=60000)
    assert len(results[0].documents) == 4
