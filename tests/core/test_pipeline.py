"""The whole pipeline on small inline articles: contract shape, offsets, facts, caching."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from viewer.core import nlp, pipeline
from viewer.core.documents import load_text
from viewer.core.pipeline import Cancelled, compare
from viewer.core.result import Comparison

A = """Home
World
Floods force thousands from homes in Varna valley
Heavy rain caused the Lesna river to burst its banks on Monday, flooding six villages.
Interior Minister Dana Okonkwo-Reyes said 2,300 people had been evacuated.
“We will rebuild every home,” Okonkwo-Reyes told reporters in the capital.
The dam operator, Hydrovar, denied that it had released water too early.
Share"""
B = """Select Language: English Deutsch
Thousands evacuated as river floods villages
Some 2,500 residents were moved to safety, according to Interior Minister Dana Okonkwo Reyes.
The Lesna river overflowed on Monday after days of heavy rain, and six villages were flooded.
A local school in Varna has been turned into a shelter for 400 families.
All rights reserved. Reproduction without permission is prohibited."""
C = """Rescue teams in Varna said the water level had started to fall by Wednesday.
Hydrovar, which runs the dam, said it had followed all safety rules.
The Lesna burst its banks on Monday after heavy rain and six villages went under water."""


@pytest.fixture(scope="module")
def result() -> Comparison:
    return compare([load_text(A, "a"), load_text(B, "b"), load_text(C, "c")])


def test_contract_fields(result):
    data = result.to_dict()
    assert data["schema"] == 1 and "en_core_web_sm" in data["model"]
    doc = data["documents"][0]
    assert {"id", "path", "title", "text", "removed", "sentences", "mentions"} <= doc.keys()
    assert doc["id"] == "d1" and doc["sentences"][0]["id"] == "d1.s1"
    assert {"a", "b", "score", "diff"} <= data["links"][0].keys()
    assert {"id", "sentences", "sources", "status"} <= data["facts"][0].keys()
    assert {"id", "name", "label", "aliases", "documents"} <= data["entities"][0].keys()
    assert isinstance(data["discrepancies"], list)


def test_boilerplate_reported_and_title_is_headline(result):
    d1, d2 = result.documents[:2]
    assert d1.title == "Floods force thousands from homes in Varna valley"
    assert {r.text for r in d1.removed} == {"Home", "World", "Share"}
    assert "Select Language" not in d2.text
    assert any("All rights reserved" in r.text for r in d2.removed)


def fact_of(result, needle):
    for doc in result.documents:
        for s in doc.sentences:
            if needle in doc.text[s.start:s.end]:
                return next(f for f in result.facts if f.id == s.fact)
    raise AssertionError(needle)


def test_paraphrased_fact_shared_by_all_three(result):
    fact = fact_of(result, "burst its banks on Monday, flooding")
    assert fact.status == "shared" and fact.sources == ["d1", "d2", "d3"]


def test_unique_facts_are_unique(result):
    assert fact_of(result, "school in Varna").status == "unique"
    assert fact_of(result, "water level had started").status == "unique"


def test_every_sentence_in_exactly_one_fact(result):
    ids = [s.id for d in result.documents for s in d.sentences]
    in_facts = [sid for f in result.facts for sid in f.sentences]
    assert sorted(ids) == sorted(in_facts)
    for f in result.facts:
        assert f.sources == sorted({sid.split(".")[0] for sid in f.sentences})
        assert f.status == ("shared" if len(f.sources) > 1 else "unique")


def test_links_are_cross_document_with_diffs_of_their_sentences(result):
    assert result.links
    for link in result.links:
        assert link.a.split(".")[0] != link.b.split(".")[0]
        assert 0.0 <= link.score <= 1.0
        a = "".join(t for op, t in link.diff if op <= 0)
        b = "".join(t for op, t in link.diff if op >= 0)
        assert (a, b) == (result.sentence_text(link.a), result.sentence_text(link.b))


def test_entity_aliases_merge_across_documents(result):
    minister = [e for e in result.entities if "Dana Okonkwo-Reyes" in e.aliases]
    assert len(minister) == 1
    assert {"Okonkwo-Reyes", "Dana Okonkwo Reyes"} <= set(minister[0].aliases)
    assert minister[0].documents == ["d1", "d2"] and minister[0].label == "PERSON"
    ids = {e.id for e in result.entities}
    assert all(m.entity in ids for d in result.documents for m in d.mentions)


def test_json_round_trip(result):
    again = Comparison.from_dict(result.to_dict())
    assert again == result


def test_adding_a_document_parses_only_the_new_one(monkeypatch):
    seen = []
    real = pipeline.nlp_stage.parse

    def counting(texts, nlp, on_document=None):
        seen.append(len(texts))
        return real(texts, nlp, on_document)

    monkeypatch.setattr(pipeline.nlp_stage, "parse", counting)
    compare([load_text(A + "\nA fresh sentence only here.", "a"), load_text(B, "b")])
    compare([load_text(A + "\nA fresh sentence only here.", "a"), load_text(B, "b"),
             load_text(C + "\nAnother new one.", "c")])
    assert seen[-1] == 1


def test_a_full_parse_cache_keeps_what_the_comparison_found_in_it(monkeypatch):
    # two documents of room: "a" cached first, then "b"; then a comparison of "a" with a new
    # "c" (adding "c" used to evict "a", the oldest, before it was read back: a KeyError)
    monkeypatch.setattr(pipeline, "_CACHE", pipeline.OrderedDict())
    monkeypatch.setattr(pipeline, "_CACHE_SIZE", 2)
    a, b, c = (load_text(t + "\nA line of its own.", n) for t, n in ((A, "a"), (B, "b"), (C, "c")))
    compare([a, b])
    result = compare([a, c])
    assert [d.title for d in result.documents] == [compare([a]).documents[0].title,
                                                     compare([c]).documents[0].title]
    assert len(pipeline._CACHE) == 2


def test_progress_and_cancel():
    stages = []
    compare([load_text(A, "a"), load_text(B, "b")], progress=lambda s, f: stages.append(f))
    assert stages == sorted(stages) and stages[-1] == 1.0
    with pytest.raises(Cancelled):
        compare([load_text(A, "a"), load_text(C, "c")], cancelled=lambda: True)


def test_foreign_language_document_gets_a_warning():
    german = ("Die Regierung hat am Montag angekündigt, dass die Brücke über den Fluss im "
              "nächsten Jahr erneuert wird. Die Arbeiten sollen im Frühjahr beginnen und "
              "werden nach Angaben des Ministeriums etwa zwei Jahre dauern. Der Bürgermeister "
              "der Stadt begrüßte die Entscheidung und sagte, sie sei längst überfällig.")
    result = compare([load_text(A, "a"), load_text(german, "german.txt")])
    assert not result.documents[0].warnings
    assert result.documents[1].warnings and "does not look like" in result.documents[1].warnings[0]


words = st.sampled_from(["the", "river", "Okonkwo-Reyes", "2,300", "“quote”", "Hydrovar",
                         "said", "flooded", "on", "Monday", "—", "12%", "Lesna", "évacué"])
sentence = st.lists(words, min_size=1, max_size=12).map(lambda w: " ".join(w) + ".")
article = st.lists(st.one_of(sentence, st.text(max_size=40)), min_size=1, max_size=8).map(
    "\n".join)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(article, min_size=2, max_size=3))
def test_offsets_always_slice_the_text(texts):
    texts = [t if t.strip() else "Placeholder sentence." for t in texts]
    result = compare([load_text(t, f"t{k}") for k, t in enumerate(texts)])
    for doc in result.documents:
        for s in doc.sentences:
            assert 0 <= s.start < s.end <= len(doc.text)
            assert doc.text[s.start:s.end].strip() == doc.text[s.start:s.end]
        for m in doc.mentions:
            assert 0 <= m.start < m.end <= len(doc.text)
            assert doc.text[m.start:m.end] == m.text


def test_a_markdown_site_name_heading_is_not_the_title(tmp_path):
    from viewer.core.documents import load_path

    page = tmp_path / "tavrin-today.md"
    page.write_text("# Tavrin Today\n\n[Home](/) · [Local](/local) · [Sea](/sea)\n\n"
                    "## Islanders wait for news after ferry fire\n\n"
                    "Families gathered at the harbour on Thursday as news of the fire spread.\n\n"
                    "The coastguard said 212 passengers and crew had been rescued.\n\n"
                    "© 2025 Tavrin Today. All rights reserved.\n", encoding="utf-8")
    result = compare([load_path(page), load_text(A, "a")])
    doc = result.documents[0]
    assert "Tavrin Today" in {r.text.strip() for r in doc.removed}
    assert doc.title == "Islanders wait for news after ferry fire"


def test_figures_of_two_different_names_are_two_facts():
    """"The Greens won six seats" and "The Farmers' Party won five seats" are worded alike but
    are two results; the same party's result in other words is one fact."""
    greens = "The Green List won six seats in the new assembly."
    farmers = "The Farmers' Party won five seats in the new assembly."
    farmers_too = "The Farmers' Party took five of the seats in the assembly."

    def linked(first, second, settings=None):
        a = f"Regional election results\n{first}\nThe governor conceded on Monday morning."
        b = f"How the parties fared\n{second}\nRain kept some voters at home in the north."
        r = compare([load_text(a, "a"), load_text(b, "b")], settings)
        text = {s.id: d.text[s.start:s.end] for d in r.documents for s in d.sentences}
        return {(text[link.a], text[link.b]) for link in r.links}

    assert linked(farmers, farmers_too) == {(farmers, farmers_too)}
    assert linked(greens, farmers) == set()
    # the same pair links when a clash of names counts for nothing: the test can fail
    ignore = pipeline.Settings(align=pipeline.AlignSettings(owner_clash=1.0))
    assert linked(greens, farmers, ignore) == {(greens, farmers)}


def test_a_document_left_with_no_article_text_gets_a_warning(tmp_path):
    from viewer.core.documents import load_path

    menu = tmp_path / "menu.txt"
    menu.write_text("Home\nNews\nSport\nWeather\nContact us\n© 2026 The Paper", "utf-8")
    result = compare([load_text(A, "a"), load_text(B, "b"), load_path(menu)])
    assert not result.documents[0].warnings and result.documents[2].text == ""
    assert result.documents[2].warnings == [
        f"{menu}: no article text is left once its boilerplate is removed "
        f"({len(result.documents[2].removed)} lines; unfold the list under its title to "
        f"restore any)"]


def test_a_line_that_only_introduces_a_quotation_is_in_the_quotations_fact():
    """"Åsa Lindqvist, Chief Executive of Nordstrand Bank, said:" says no fact of its own. It
    went with other lines naming her (a false link); it belongs with the quotation under it."""
    a = ("Nordstrand Bank restores card payments after outage\n"
         "Card payments and the mobile app failed for most of Tuesday.\n"
         "Chief executive Åsa Lindqvist visited the bank's Solvik data centre on Wednesday.\n"
         "Åsa Lindqvist, Chief Executive of Nordstrand Bank, said:\n"
         "“We let down the customers who trust us with their money, and I am sorry.”")
    b = ("Bank boss apologises\n"
         "Åsa Lindqvist was at the Solvik data centre on Wednesday, staff said.\n"
         "Lindqvist said the bank had let down customers who trusted it with their money.")
    r = compare([load_text(a, "a"), load_text(b, "b")])
    said = fact_of(r, "Nordstrand Bank, said:")
    assert said is fact_of(r, "We let down the customers")
    assert said is fact_of(r, "had let down customers")
    assert said is not fact_of(r, "Solvik data centre on Wednesday, staff")


# Two reports of one flood, each opening on it in its own words
_FLOOD_A = ["Floods force thousands from their homes in Verania",
            "Rising river water swept through three towns overnight, and about 4,000 residents "
            "were moved to school halls, officials said.",
            "The national weather office said more rain was expected over the weekend.",
            "Schools in the district will stay closed until Monday, the education ministry said."]
_FLOOD_B = ["Verania evacuates riverside towns as waters rise",
            "About 4,000 people left their houses in riverside towns on Tuesday after the Lesna "
            "burst its banks, the regional governor said.",
            "Farmers said fields of maize and wheat were under water across the valley.",
            "The army sent boats and two helicopters to reach families cut off by the water."]


def _linked(result, a, b):
    text = {s.id: d.text[s.start:s.end] for d in result.documents for s in d.sentences}
    return any({text[x.a], text[x.b]} == {a, b} for x in result.links)


def test_a_reports_opening_is_read_against_the_others_openings():
    """Reports open on the event's main fact: one's lede and another's headline say it in other
    words, and the same two sentences further down are two things."""
    from dataclasses import replace as _replace

    from viewer.core.pipeline import Settings

    lede, headline = _FLOOD_A[1], _FLOOD_B[0]
    opened = compare([load_text("\n".join(_FLOOD_A), "a"), load_text("\n".join(_FLOOD_B), "b")])
    assert _linked(opened, lede, headline)
    plain = Settings()
    plain = _replace(plain, align=_replace(plain.align, opening_bonus=0.0))
    assert not _linked(compare([load_text("\n".join(_FLOOD_A), "a"),
                                load_text("\n".join(_FLOOD_B), "b")], plain), lede, headline)
    # the lede moved to the end of its report is no opening any more
    moved = compare([load_text("\n".join([_FLOOD_A[0], *_FLOOD_A[2:], lede]), "a"),
                     load_text("\n".join(_FLOOD_B), "b")])
    assert not _linked(moved, lede, headline)


def test_a_reports_opening_is_its_headline_and_its_first_full_sentence():
    from viewer.core.pipeline import _openings

    docs = [
        # headline, a short kicker, the lede
        "Floods force thousands from homes\nBy the river.\nRising river water swept through "
        "three towns overnight, officials in the capital said on Tuesday.\nMore rain is due.",
        # no headline: the lede opens the page
        "Rising river water swept through three towns overnight, officials in the capital said "
        "on Tuesday.\nMore rain is due on Friday, the weather office said in its bulletin.",
    ]
    parsed = nlp.parse(docs, nlp.load_model())
    opening = _openings(parsed).tolist()
    first = [0, len(parsed[0].sentences)]
    texts = [parsed[d].text[s.start:s.end] for d in range(2) for s in parsed[d].sentences]
    chosen = [t for t, o in zip(texts, opening) if o]
    assert chosen == [texts[first[0]], texts[first[0] + 2], texts[first[1]]], chosen
