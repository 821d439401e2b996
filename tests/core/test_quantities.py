"""Equal quantities written differently get one key; different ones do not."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

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
    ("ink $3.8 bln worth of deals", "deals worth $3.8 billion"),
    ("to 10 billion US dollars by 2030", "to $10 billion by 2030"),
    ("USD 2.5bn", "2.5 billion U.S. dollars"),
    ("EUR 40 million", "€40m"),
    ("1.5 trln tenge", "1.5 trillion tenge"),
    ("300 million roubles", "300 mln rubles"),
])
def test_same_value_same_key(a, b):
    assert keys(a) == keys(b) and keys(a)


def test_different_values_differ():
    assert keys("14 dead") != keys("17 dead")
    assert keys("$3.8 bln") != keys("$3.5 billion")
    assert keys("10 billion tenge") != keys("10 billion US dollars")
    assert keys("12%") != keys("12")


def test_names_with_digits_are_not_quantities():
    assert keys("G7 leaders met as COVID-19 cases rose") == []


def test_offsets_slice_to_text():
    text = "Some 2,300 people, or 12 per cent, left; three boats sank."
    for q in find_quantities(text):
        assert text[q.start:q.end] == q.text
    assert [q.text for q in find_quantities(text)] == ["2,300", "12 per cent", "three"]


@pytest.mark.parametrize("a, b", [
    ("raised rates by half a percentage point", "raised rates by 50 basis points"),
    ("a half-point increase", "a 0.5 percentage point increase"),
    ("a range of 4.25 to 4.5 per cent", "a range of 4.25%–4.50%"),
    ("a $1.2-billion dam", "a $1.2 billion dam"),
    ("by 75 bps", "by three-quarters of a percentage point"),
    ("hikes rates by 0.75 points", "raised interest rates by 75 basis points"),
])
def test_rate_moves_ranges_and_hyphenated_amounts_have_one_value(a, b):
    assert [q.key for q in find_quantities(a)] == [q.key for q in find_quantities(b)]


def test_a_hyphen_after_digits_is_not_a_scale_or_unit_by_itself():
    assert [q.key for q in find_quantities("a 2-metre wall and 5-6 people")] == ["2", "5", "6"]


@pytest.mark.parametrize("text, key", [
    ("The board voted 6-1 for the move.", "6.01split"),
    ("The Monetary Policy Board split 5-2.", "5.02split"),
    ("It voted six to one in favour of the increase.", "6.01split"),
    ("The court ruled 5-4 that the law stands.", "5.04split"),
])
def test_a_vote_split_is_one_figure(text, key):
    assert [q.key for q in find_quantities(text)] == [key]


@pytest.mark.parametrize("text", ["He was minister from 2015 to 2019.",
                                  "Between 10-15 people were hurt.", "Hours of 9-5 work."])
def test_ranges_are_not_vote_splits(text):
    assert all(q.unit != "split" for q in find_quantities(text))


def test_and_a_half_before_a_scale_is_one_figure():
    assert [q.value for q in find_quantities("two and a half thousand firefighters")] == [2500]
    assert [q.value for q in find_quantities("3 and a half million people")] == [3_500_000]


_PIECES = ["one", "twenty-one", "Three", "half", "a", "quarter", "of", "million", "euros", "per",
           "cent", "%", "$", "4", "1,200", "2.5", "to", "voted", "6-1", "and", "people", "bn",
           "dozen", "points", "4:30", "p.m.", "someone", "money", "thirds", "point", "the",
           "percentage", "basis", "split", "-", "in", "favour", "seven", "k",
           "half a percentage point", "a half-point", "a quarter of a billion",
           "two and a half thousand", "six to one", "third of a million", "a quarter-point"]


@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=12))
def test_the_quick_test_for_a_figure_never_hides_one(words):
    """`find_quantities` skips sentences without a digit or number word: never one with a figure."""
    from viewer.core.quantities import _find

    text = " ".join(words)
    assert find_quantities(text) == _find(text)


def test_sentences_without_a_figure_are_skipped_and_with_one_are_read():
    assert find_quantities("Someone gave money to the campaign.") == []
    assert [q.key for q in find_quantities("A quarter of a billion euros went to two towns.")] \
        == ["250000000€", "2"]


def test_a_wires_four_digit_time_is_a_clock_time_and_a_year_before_a_name_is_not():
    found = find_quantities("The quake struck at 0442 GMT (7.42am local) on Tuesday.")
    assert [(q.text, q.unit) for q in found][:1] == [("0442 GMT", "h")]
    assert found[0].value == 4 + 42 / 60
    for text in ("In 2018 UTC agreed to buy Rockwell Collins.",
                 "By 2030 UTC Aerospace will have moved its plant."):
        assert [q.unit for q in find_quantities(text)] == [""], text


def test_a_four_digit_local_time_or_hours_is_a_clock_time_and_a_count_of_hours_is_not():
    for text, value in (("The quake struck at 0340 local time on Sunday.", 3 + 40 / 60),
                        ("The convoy left at 0615 hrs.", 6.25),
                        ("Troops moved in at 2300 hrs on Monday.", 23.0)):
        found = find_quantities(text)
        assert [(q.unit, q.value) for q in found] == [("h", value)], text
    for text in ("He was given 1500 hours of community service.",
                 "Volunteers put in 2000 hours last year.", "About 2000 local residents came.",
                 "The engine was inspected at 2000 hours.",
                 "It ran at 1500 hours without a fault."):
        assert [q.unit for q in find_quantities(text)] == [""], text
    # a year before "local" is a year
    assert [q.value for q in find_quantities("Since the 2022 local elections, turnout fell.")] \
        == [2022]


def test_a_scale_after_a_vague_word_is_told_whole():
    found = find_quantities("Damage is expected to run to several million crowns.")
    assert [(q.text, q.value) for q in found] == [("several million", 1e6)]
    assert [q.text for q in find_quantities("A few thousand people marched.")] == ["A few thousand"]
    # "a million" is one million
    assert [q.text for q in find_quantities("It cost a million euros.")] == ["million euros"]


def test_points_are_percentage_points_only_for_a_rate():
    """A rate moved "by 0.75 points" moved by percentage points; an index that fell 0.75
    points fell by index points, and "75 points" is no rate move."""
    assert [(q.value, q.unit) for q in find_quantities("the index fell 0.75 points")] == \
        [(0.75, "")]
    assert [(q.value, q.unit) for q in find_quantities(
        "a 75-point hike in interest rates")] == [(75.0, "")]
