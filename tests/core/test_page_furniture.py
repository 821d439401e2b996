"""A saved page's lines outside its article: found, placed, removed with a reason, restorable."""

from __future__ import annotations

import lxml.html
from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.core.cleaning import clean
from viewer.core.page_furniture import page_lines, with_furniture

PAGE = """<html><head><title>T</title><style>p { color: red }</style></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a><ul><li>Sport</li><li>World</li></ul></nav>
<article><h1>Big <em>fire</em> downtown</h1>
<p>A fire broke out on <b>Monday</b> in the old <a href="/mill">mill</a>, officials said.
<span class="share">Share</span></p>
<figure><img alt="logo"><figcaption>The mill. Photo: J. Doe</figcaption></figure>
<p>Two people were hurt.<br>Police closed the road.</p>
<div hidden>A hidden note</div><div style="display: none">Another</div>
<!-- a comment --> Text after a comment
</article><footer>(c) 2026 Paper</footer><script>var a = 1</script></body></html>"""


def test_a_page_reads_as_a_browser_copies_it() -> None:
    """Blocks are lines, inline markup flows inside them (no space before the comma after a
    link), and what is never shown (styles, scripts, hidden blocks, comments) is not there."""
    assert page_lines(lxml.html.document_fromstring(PAGE)) == [
        "Home News", "Sport", "World", "Big fire downtown",
        "A fire broke out on Monday in the old mill, officials said. Share",
        "The mill. Photo: J. Doe", "Two people were hurt.", "Police closed the road.",
        "Text after a comment", "(c) 2026 Paper"]


def test_furniture_goes_where_it_stands_on_the_page() -> None:
    body = ["Big fire downtown", "A fire broke out on Monday in the old mill, officials said.",
            "Two people were hurt.", "Police closed the road."]
    lines, furniture = with_furniture(body, page_lines(lxml.html.document_fromstring(PAGE)))
    assert [line for k, line in enumerate(lines) if k not in furniture] == body
    assert lines == ["Home News", "Sport", "World", "Big fire downtown",
                     "A fire broke out on Monday in the old mill, officials said.",
                     "The mill. Photo: J. Doe", "Two people were hurt.", "Police closed the road.",
                     "Text after a comment", "(c) 2026 Paper"]
    # the paragraph holding a share button is the article's, not furniture listed twice
    assert "A fire broke out on Monday in the old mill, officials said. Share" not in lines


def test_a_short_line_is_the_articles_only_as_a_whole_line() -> None:
    """"Home" is no part of "homes", nor a "Share" button part of "Share prices fell"."""
    body = ["Floods hit homes", "Share prices fell after the floods hit the town."]
    lines, furniture = with_furniture(body, ["Home", "Share", *body, "Floods hit homes"])
    assert [lines[k] for k in sorted(furniture)] == ["Home", "Share"]
    assert lines[2:] == body, "a repeated line of the article is not furniture"


def test_nothing_is_placed_ahead_of_the_article_line_it_follows() -> None:
    """Repeated short text (a teaser repeating the headline) does not pull what follows back
    to the top."""
    body = ["Storm hits coast", "The storm struck on Tuesday and cut power to many homes.",
            "Schools stayed closed on Wednesday across the whole region."]
    page = ["Menu", *body, "Related", "Storm hits coast", "Footer line"]
    lines, furniture = with_furniture(body, page)
    assert lines == ["Menu", *body, "Related", "Footer line"]
    assert furniture == {0, 4, 5}


RAW_LINES = ["Skip to content", "Storm hits coast",
             "The storm struck the coast on Tuesday and cut power to thousands of homes.",
             "Photo: A. Person / Agency",
             "Schools stayed closed on Wednesday across the whole of the region.",
             "Read more: last year's storm",
             "Officials said repairs would take at least a week, the power company said.",
             "© 2026 The Paper"]
FURNITURE = frozenset({0, 3, 5, 7})


@settings(max_examples=60, deadline=None)
@given(st.sets(st.sampled_from(sorted(FURNITURE))))
def test_restoring_any_furniture_puts_exactly_those_lines_back_in_page_order(kept) -> None:
    raw = "\n".join(RAW_LINES)
    article = clean("\n".join(x for k, x in enumerate(RAW_LINES) if k not in FURNITURE))
    cleaned = clean(raw, kept, FURNITURE)
    expected = [x for k, x in enumerate(RAW_LINES)
                if (k in FURNITURE and k in kept) or (k not in FURNITURE and x in article.text)]
    assert cleaned.text.split("\n") == expected
    listed = [r for r in cleaned.removed if r.detail == "page furniture"]
    assert sorted(r.line for r in listed) == sorted(FURNITURE - kept)
    for r in cleaned.removed:
        assert RAW_LINES[r.line] == r.text
        # where it stood: the next line kept below it on the page starts there
        below = [x for k, x in enumerate(RAW_LINES) if k > r.line and x in expected]
        assert cleaned.text[r.at:].startswith(below[0]) if below else r.at == len(cleaned.text)
