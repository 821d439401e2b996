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


def test_a_table_a_custom_inline_element_and_preformatted_text_are_read_as_shown():
    """A table row is one line (as the article has it, cells joined by tabs), an element a
    browser lays inline (a custom one, a button) does not split its paragraph, and each line of
    a <pre> is a line: no fragment of the article is listed as furniture."""
    html = ("<html><body><article><h1>Vote results</h1><table><tr><th>Ward</th><th>Seats</th>"
            "</tr><tr><td>Quayside</td><td>12</td></tr></table><p>Costs rose by "
            "<my-tooltip>£2m</my-tooltip>, the <button>EA</button> said, and were fully "
            "funded.</p><pre>line one\nline two</pre></article></body></html>")
    assert page_lines(lxml.html.document_fromstring(html)) == [
        "Vote results", "Ward Seats", "Quayside 12",
        "Costs rose by £2m, the EA said, and were fully funded.", "line one", "line two"]
    body = ["Vote results", "Ward\tSeats", "Quayside\t12",
            "Costs rose by £2m, the EA said, and were fully funded.", "line one", "line two"]
    assert with_furniture(body, page_lines(lxml.html.document_fromstring(html)))[1] == set()


def test_a_ticker_repeating_a_later_paragraph_moves_nothing():
    body = ["Storm hits coast", "The storm struck the coast on Tuesday and cut the power.",
            "Schools stayed closed on Wednesday across the whole of the region.",
            "Repairs will take at least a week, the power company said on Thursday."]
    page = ["Breaking: Repairs will take at least a week, the power company said on Thursday.",
            "Repairs will take at least a week, the power company said on Thursday.",
            body[0], "By Jo Marsh", *body[1:], "Footer"]
    lines, _ = with_furniture(body, page)
    assert lines.index("By Jo Marsh") == lines.index("Storm hits coast") + 1


def test_a_page_with_a_huge_comment_thread_lists_the_lines_nearest_the_article():
    from viewer.core.page_furniture import MAX_FURNITURE

    body = ["Storm hits coast", "The storm struck the coast on Tuesday and cut the power."]
    page = ["Menu", *body, "Caption near the article"] + \
        [f"Comment number {n} says something" for n in range(MAX_FURNITURE + 500)]
    lines, furniture = with_furniture(body, page)
    listed = [lines[k] for k in sorted(furniture)]
    assert len(listed) == MAX_FURNITURE + 1
    assert listed[:2] == ["Menu", "Caption near the article"]
    assert listed[-1] == "[502 more lines of the page, further from the article, left out]"


def test_restoring_a_line_of_a_page_never_makes_its_furniture_the_title(tmp_path):
    """A page whose <h1> is the site's logo has its title from its first kept line; restoring a
    line (which has the title worked out again, without the restored lines) must not take a
    teaser above the article for it."""
    import dataclasses

    from viewer.core.documents import load_path
    from viewer.core.pipeline import _prepare

    paragraphs = "".join(f"<p>{p}</p>" for p in RAW_LINES[2:7:2])
    html = ("<html><head><title>Riverside Gazette</title></head><body><header><h1>Riverside "
            "Gazette</h1><nav><a>Home</a> <a>News</a></nav></header><div class='breaking'><a>"
            "Man charged after lorry crash closes bypass for hours</a></div><main><article>"
            f"<h2>Council approves new flood defences</h2>{paragraphs}<p>Share this article</p>"
            "</article></main><footer>© 2025 Riverside Gazette</footer></body></html>")
    (tmp_path / "p.html").write_text(html, encoding="utf-8")
    source = load_path(tmp_path / "p.html")
    assert _prepare(source).title == "Council approves new flood defences"
    share = next(r for r in _prepare(source).removed if r.text == "Share this article")
    restored = dataclasses.replace(source, keep=frozenset({share.line}))
    assert _prepare(restored).title == "Council approves new flood defences"


def test_a_piece_of_a_paragraph_the_markup_split_off_is_not_listed():
    """Broken markup ("<p>Unclosed <b>tag <div>The storm ...") splits a paragraph the extractor
    reads whole; the short piece runs on into its neighbour inside one article line."""
    html = ("<html><body><p>Unclosed <b>tag <div><p>The storm hit the coast on Tuesday and cut "
            "power to thousands of homes, officials said.</body></html>")
    body = ["Unclosed tag The storm hit the coast on Tuesday and cut power to thousands of "
            "homes, officials said."]
    page = page_lines(lxml.html.document_fromstring(html))
    assert page[0] == "Unclosed tag" and len(page) == 2
    assert with_furniture(body, page) == (body, frozenset())
