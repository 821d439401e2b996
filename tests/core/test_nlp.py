"""What the NLP stage keeps of spaCy's analysis."""


def test_coordinated_places_tagged_as_one_mention_are_split():
    from viewer.core.nlp import ParsedMention, split_coordinated

    text = "Brezhno and Lusk flooded. Brezhno. Lusk. Bosnia and Herzegovina sent help."
    whole = ParsedMention(0, 16, "Brezhno and Lusk", "WORK_OF_ART")
    alone = (ParsedMention(26, 33, "Brezhno", "GPE"), ParsedMention(35, 39, "Lusk", "GPE"))
    country = ParsedMention(41, 63, "Bosnia and Herzegovina", "GPE")
    split = split_coordinated((whole, *alone, country))
    assert [(m.text, m.label) for m in split[:2]] == [("Brezhno", "GPE"), ("Lusk", "GPE")]
    assert all(text[m.start:m.end] == m.text for m in split)
    assert country in split  # its parts are never named alone: one name
