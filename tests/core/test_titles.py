"""What a sentence calls a named person (core.titles)."""

import pytest

from viewer.core.titles import title_after, title_before, titles_differ


def _before(text: str, name: str):
    return title_before(text, text.index(name))


def _after(text: str, name: str):
    return title_after(text, text.index(name) + len(name))


@pytest.mark.parametrize("text, name, post, ranks", [
    ("chief executive Helen Farrant said", "Helen Farrant", ("chief", "executive"), set()),
    ("Trust chairwoman Helen Farrant said", "Helen Farrant", ("chair",), set()),
    ("said Deputy Chief Fire Officer Rowan Trelawny", "Rowan Trelawny",
     ("chief", "fire", "officer"), {"deputy"}),
    ("President and Chief Executive Officer Richard Hale said", "Richard Hale",
     ("chief", "executive"), set()),
    ("CEO Richard Hale said", "Richard Hale", ("chief", "executive"), set()),
    ("Transport Minister Petra Vance", "Petra Vance", ("transport", "minister"), set()),
    ("press secretary Berik Zhumagulov", "Berik Zhumagulov", ("spokesperson",), set()),
])
def test_a_title_before_a_name(text, name, post, ranks):
    title = _before(text, name)
    assert title is not None and title.post == post and title.ranks == ranks


@pytest.mark.parametrize("text, name, post, ranks", [
    ("Helen Farrant, the group's chief executive, said", "Helen Farrant",
     ("chief", "executive"), set()),
    ("Milena Horvat, chief economist at Seldra Bank, said", "Milena Horvat",
     ("chief", "economist"), set()),
    ("Dragan Miletić, head of the Civil Protection Directorate, said", "Dragan Miletić",
     ("head",), set()),
    ("Dragan Miletić, deputy director of the CPD, told reporters", "Dragan Miletić",
     ("director",), {"deputy"}),
])
def test_a_title_in_apposition_after_a_name(text, name, post, ranks):
    title = _after(text, name)
    assert title is not None and title.post == post and title.ranks == ranks


@pytest.mark.parametrize("text, name", [
    ("On Tuesday Helen Farrant said", "Helen Farrant"),
    ("nurse Ana Horvat said", "Ana Horvat"),  # a job, not a post
    ("“We will not stop,” Helen Farrant said", "Helen Farrant"),
])
def test_no_title_before(text, name):
    assert _before(text, name) is None


@pytest.mark.parametrize("text, name", [
    ("Helen Farrant, a mother of two, said", "Helen Farrant"),
    ("Helen Farrant, who has led the group since 2019, said", "Helen Farrant"),
])
def test_no_title_after(text, name):
    assert _after(text, name) is None


@pytest.mark.parametrize("a, b, differ", [
    ("chief executive X", "Trust chairwoman X", True),
    ("Transport Minister X", "Transport Secretary X", True),
    ("Chief Fire Officer X", "Deputy Chief Fire Officer X", True),
    ("chief executive X", "chief operating officer X", True),
    ("President and Chief Executive Officer X", "chief executive X", False),
    ("Transport Minister X", "minister X", False),
    ("Former Orlesian minister X", "former transport minister X", False),
    # a post dated, not changed: the morning after an election
    ("Outgoing British Prime Minister X", "Prime Minister X", False),
    ("former Interior Minister X", "Interior Minister X", False),
    ("acting Prime Minister X", "Prime Minister X", True),
    ("director X", "head X", False),  # loose words for who leads
    ("police chief X", "Chief Commissioner X", False),
    ("press secretary X", "spokesman X", False),
    ("spokeswoman Commander X", "spokeswoman X", False),
])
def test_titles_that_name_two_posts(a, b, differ):
    assert titles_differ(_before(a, "X"), _before(b, "X")) is differ
