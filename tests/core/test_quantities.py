"""Equal quantities written differently get one key; different ones do not."""

import pytest

from viewer.core.quantities import find_quantities


def keys(text: str) -> list[str]:
    return [q.key for q in find_quantities(text)]


@pytest.mark.parametrize("a, b", [
    ("1.2 million people", "1,200,000 people"),
    ("three boats", "3 boats"),
    ("12 per cent", "12%"),
    ("twenty-five dead", "25 dead"),
    ("two hundred and fifty homes", "250 homes"),
    ("US$4.5bn", "$4.5 billion"),
    ("Seventeen people", "17 people"),
])
def test_same_value_same_key(a, b):
    assert keys(a) == keys(b) and keys(a)


def test_different_values_differ():
    assert keys("14 dead") != keys("17 dead")
    assert keys("12%") != keys("12")


def test_names_with_digits_are_not_quantities():
    assert keys("G7 leaders met as COVID-19 cases rose") == []


def test_offsets_slice_to_text():
    text = "Some 2,300 people, or 12 per cent, left; three boats sank."
    for q in find_quantities(text):
        assert text[q.start:q.end] == q.text
    assert [q.text for q in find_quantities(text)] == ["2,300", "12 per cent", "three"]
