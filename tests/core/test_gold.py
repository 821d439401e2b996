"""The engine against the hand-annotated stories (tests/data/gold).

Issue 2 sets the bar at link precision and recall >= 0.85 on each story. The engine does not
reach it yet (figures in the README); that test is an expected failure that turns into a pass
(strict) the day the bar is met. The floors below sit just under today's figures, so any
regression fails the suite.
"""

import pytest

from tests.goldeval import gold_names, load_gold, run_story, score

STORIES = gold_names()
# Measured with the default settings: story1 P 0.918 R 0.783, story2 P 0.901 R 0.812,
# story3 (agency wires, long sentences that combine facts) P 0.794 R 0.711, story4 (written and
# annotated by a reviewer who had not seen the engine; leads that state two facts) P 0.667
# R 0.864.
FLOORS = {"story1": (0.88, 0.74), "story2": (0.86, 0.77), "story3": (0.75, 0.67),
          "story4": (0.62, 0.82)}


@pytest.fixture(scope="module", params=STORIES)
def story(request):
    gold = load_gold(request.param)
    result = run_story(gold)
    return request.param, gold, result, score(result, gold)


def test_every_gold_story_is_present():
    assert STORIES == ["story1", "story2", "story3", "story4"]


@pytest.mark.xfail(reason="issue 2 bar (0.85/0.85) not reached yet; see README 'Quality'",
                   strict=True)
def test_issue_bar_link_precision_and_recall(story):
    name, _, _, s = story
    assert s.precision >= 0.85 and s.recall >= 0.85, s.line(name)


def test_link_quality_does_not_regress(story):
    name, _, _, s = story
    precision, recall = FLOORS[name]
    assert s.precision >= precision and s.recall >= recall, s.line(name)


def test_unique_facts_are_marked_unique(story):
    name, _, _, s = story
    assert s.unique_recall >= 0.8, s.line(name)
    assert s.status_accuracy >= 0.85, s.line(name)


def test_cleaning_loses_no_article_sentence(story):
    _, _, _, s = story
    assert s.lost == []


def test_gold_boilerplate_is_removed(story):
    _, gold, _, s = story
    total = sum(len(v) for v in gold["boilerplate"].values())
    assert len(s.kept_boilerplate) <= 0.05 * total, s.kept_boilerplate
