"""Names the pipeline tagged somewhere are found where it did not tag them."""

from tests.goldeval import load_gold, run_story
from viewer.core.name_search import untagged_mentions


def spans(text, *words):
    return [(text.index(w), text.index(w) + len(w)) for w in words]


def found(texts, aliases, times, tagged):
    return [(f.document, texts[f.document][f.start:f.end], f.group)
            for f in untagged_mentions(texts, aliases, times, tagged)]


def test_a_name_tagged_in_one_article_is_found_where_another_left_it_untagged():
    a = "Flights were halted at Brenica and Seline.\nBrenica airport was empty."
    b = "Flights were grounded at all four airports - Brenica, Seline, Doroslav and Miravec."
    c = "Controllers struck on Wednesday\nBrenica\nNothing moved at the airport."
    texts = [a, b, c]
    tagged = [spans(a, "Brenica", "Seline"), spans(b, "Seline"), []]
    assert found(texts, [["Brenica"], ["Seline"]], [2, 2], tagged) == [
        (0, "Brenica", 0),  # the second line's, which the model missed
        (1, "Brenica", 0), (2, "Brenica", 0)]


def test_words_the_articles_also_write_in_lower_case_are_not_names():
    a = "The Court ruled on Tuesday.\nThe court adjourned."
    b = "A Court spokesman said nothing."
    assert found([a, b], [["Court"]], [3], [spans(a, "Court"), []]) == []


def test_part_of_a_longer_name_and_a_name_of_two_entities_are_left_alone():
    a = "The Sarn rose overnight."
    b = "Readers of Sarn Valley Today were told to leave."
    assert found([a, b], [["Sarn"]], [2], [spans(a, "Sarn"), []]) == []
    # "Radio Television Tarsovia" names the broadcaster, not the country
    c = "Radio Television Tarsovia reported it first."
    assert found([a, c], [["Tarsovia"]], [2], [[], []]) == []
    # one form, two entities (two people called Marek): which is meant cannot be told
    d = "Ilona Marek spoke first. Ilona Marek left."
    assert found([d, d], [["Ilona Marek"], ["Ilona Marek"]], [2, 2], [[], []]) == []


def test_a_sentence_opening_word_before_the_name_is_no_longer_name():
    a = "In Brenmoor, rescuers worked all night."
    assert found([a], [["Brenmoor"]], [2], [[]]) == [(0, "Brenmoor", 0)]


def test_one_word_tagged_once_or_a_calendar_word_is_not_trusted():
    a = "Tavrin was evacuated.\nThey left Tavrin at dawn."
    assert found([a], [["Tavrin"]], [1], [spans(a, "Tavrin")]) == []
    b = "The strike will resume at Easter. Easter flights are at risk."
    assert found([b], [["Easter"]], [5], [[]]) == []
    # several capitalised words are a name even when tagged once
    c = "Ilse Vandermeer said so.\nThe minister, Ilse Vandermeer, agreed."
    assert found([c], [["Ilse Vandermeer"]], [1], [spans(c, "Ilse Vandermeer")]) == [
        (0, "Ilse Vandermeer", 0)]


def test_the_comparison_lists_every_source_that_writes_the_name():
    gold = load_gold("story13")
    result = run_story(gold)
    d1 = result.document("d1")
    at = d1.text.index("- Brenica, Seline") + 2
    mention = next(m for m in d1.mentions if m.start == at)
    entity = next(e for e in result.entities if e.id == mention.entity)
    assert mention.text == "Brenica" and "d1" in entity.documents
    for entity, row in result.presence_matrix():
        assert row == [any(m.entity == entity.id for m in d.mentions) for d in result.documents]


def test_a_surname_is_not_found_in_an_article_naming_another_person_of_that_name():
    a = "Professor Samuel Osei led the study.\nOsei said a trial was needed."
    b = "Ruth Osei, who was not involved, was cautious.\n\"It is early,\" Osei said."
    c = "The study's senior author, Samuel Osei, spoke.\nLater Osei added more."
    texts = [a, b, c]
    tagged = [spans(a, "Samuel Osei", "Osei"), spans(b, "Ruth Osei"), spans(c, "Samuel Osei")]
    result = found(texts, [["Samuel Osei", "Osei"], ["Ruth Osei"]], [4, 1], tagged)
    assert (1, "Osei", 0) not in result  # b's "Osei" is Ruth, not Samuel
    assert (2, "Osei", 0) in result  # c names only Samuel


def test_the_same_person_written_another_way_does_not_hide_the_surname():
    a = "Builder Arkady Melnik was jailed.\nMelnik, 61, was taken into custody."
    b = "Jevhen Tkačuk came on.\nTkačuk scored."
    tagged = [spans(a, "Builder Arkady Melnik"), spans(b, "Jevhen Tkačuk")]
    aliases = [["Arkady Melnik", "Melnik"], ["Builder Arkady Melnik"],
               ["Yevgen Tkachuk", "Tkačuk"], ["Jevhen Tkačuk"]]
    result = found([a, b], aliases, [4, 1, 4, 1], tagged)
    assert (0, "Melnik", 0) in result and (1, "Tkačuk", 2) in result
