"""The Annotate dialog: a hint when the codebook is empty, and a quote cut between words."""

import pytest

from viewer.core.annotations import Tag
from viewer.ui.annotate.tag_dialog import AnnotateDialog, quote_preview

QUOTE = ("Interior Minister Dana Okonkwo-Reyes said 2,300 people had been evacuated from six "
         "villages along the Lesna river, and that a local school had been turned into a "
         "shelter for 400 families while engineers inspected the damaged embankments upstream "
         "of the town, where the water had risen faster than at any time since records began "
         "in the nineteenth century, according to the regional flood authority.")


@pytest.mark.parametrize("limit", [40, 77, 150, 300])
def test_the_quote_is_cut_at_a_word_boundary_with_an_ellipsis(limit):
    shown = quote_preview(QUOTE, limit)
    assert shown.endswith("…") and len(shown) <= limit + 1
    kept = shown.removesuffix("…")
    assert QUOTE.startswith(kept)
    assert QUOTE[len(kept)] in " ,.", "cut between words, never inside one"
    assert len(kept) > limit - 25, "no more than one word dropped"


def test_a_short_quote_is_whole():
    assert quote_preview("  two\nlines  ") == "two lines"


def test_an_empty_codebook_shows_how_to_make_a_tag(qtbot):
    made = Tag("t1", "check this", "#81c784")
    dialog = AnnotateDialog(QUOTE, [], set(), "", lambda: made)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.empty_hint.isVisible() and "New tag" in dialog.empty_hint.text()
    quote = dialog.findChildren(type(dialog.empty_hint))[0].text()
    assert quote.startswith("“Interior") and quote.endswith("…”")
    dialog._on_new_tag()
    assert not dialog.empty_hint.isVisible()
    assert dialog.chosen_tags() == ["t1"]
    with_tags = AnnotateDialog(QUOTE, [made], set(), "", lambda: None)
    qtbot.addWidget(with_tags)
    with_tags.show()
    assert not with_tags.empty_hint.isVisible()
