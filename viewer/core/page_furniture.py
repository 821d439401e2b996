"""What a saved web page shows besides its article: the lines the extractor left out.

The article body of an HTML page comes from trafilatura, which drops menus, captions, teaser
rails and footers before cleaning ever sees them. Cleaning must never drop text silently, and
an extractor can misjudge a paragraph, so the page's other visible lines are put back into the
document's raw text at their place on the page and marked as furniture: cleaning then reports
them as removed ("page furniture"), and the reader can see them and restore any of them.
"""

from __future__ import annotations

import bisect
import copy
import itertools
from collections import defaultdict
from typing import Any

__all__ = ["hidden", "page_lines", "with_furniture"]

# elements whose content the reader never sees
_INVISIBLE = frozenset({"head", "script", "style", "noscript", "template", "svg", "iframe",
                        "object", "canvas", "select", "datalist", "dialog", "math"})
# elements that start and end a line (every other one, a custom element too, flows inside a
# line, as browsers lay unknown elements out); a table's cells are a row's words
_BLOCKS = frozenset({"address", "article", "aside", "blockquote", "body", "br", "caption",
                     "center", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset",
                     "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
                     "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "ol",
                     "p", "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "tr",
                     "ul"})
_CELLS = frozenset({"td", "th"})
_BREAK = "\x00"  # a line break inside <pre>
# a body line this long found inside a page line means the page line holds article text
_OVERLAP_CHARS = 20


def _squash(text: str) -> str:
    return " ".join(text.split())


def hidden(element: Any) -> bool:
    """Not shown by a browser: the `hidden` attribute, `display: none`, `aria-hidden`."""
    style = (element.get("style") or "").replace(" ", "").casefold()
    return element.get("hidden") is not None or "display:none" in style or \
        (element.get("aria-hidden") or "").casefold() == "true"


def _text(text: str, preformatted: int) -> str:
    return text.replace("\n", _BREAK) if preformatted else text


def page_lines(tree: Any) -> list[str]:
    """The page's visible text, one line per block, in page order (as a browser copies it)."""
    from lxml import etree

    body = tree.find(".//body")
    body = copy.deepcopy(body if body is not None else tree)
    # a comment's text is never shown, but the text after it is
    etree.strip_tags(body, etree.Comment, etree.ProcessingInstruction)
    lines: list[str] = []
    current: list[str] = []

    def flush() -> None:
        for part in "".join(current).split(_BREAK):
            if text := _squash(part):
                lines.append(text)
        current.clear()

    preformatted = 0

    skipping = 0  # depth inside an invisible element (its start and end events balance)
    for event, element in etree.iterwalk(body, events=("start", "end")):
        tag = element.tag.lower() if isinstance(element.tag, str) else None
        if event == "start":
            if skipping:
                skipping += 1
            elif tag is not None and (tag in _INVISIBLE or hidden(element)):
                skipping = 1
            elif tag is not None:
                if tag in _BLOCKS:
                    flush()
                elif tag in _CELLS:
                    current.append(" ")
                preformatted += tag == "pre"
                if element.text:
                    current.append(_text(element.text, preformatted))
            continue
        if skipping:
            skipping -= 1
            if skipping:
                continue  # (the invisible element's own tail is visible)
        elif tag is not None:
            preformatted -= tag == "pre"
            if tag in _BLOCKS:
                flush()
        if element.tail:
            current.append(_text(element.tail, preformatted))
    flush()
    return lines


def with_furniture(body: list[str], page: list[str]) -> tuple[list[str], frozenset[int]]:
    """`body` with the page lines it lacks put back where they stand on the page, and the
    indices of those lines.

    A page line counts as the article's when it is a body line, or part of one if it is long
    (trafilatura may join the markup around it), or holds one (a paragraph with a share button
    inside): such lines are never listed, so no article text is listed twice. Where the page
    has got to in the article is read from the article lines that come in the article's order:
    a ticker or a pinned post repeating a later paragraph near the top moves nothing."""
    at = _article_lines(body, page)
    ordered = _page_order(body, page, at)
    if ordered is not None:
        body, at = ordered, _article_lines(ordered, page)
    order = _in_order(at)
    slots: list[list[str]] = [[] for _ in range(len(body) + 1)]
    after = 0  # body lines before the current page position
    for n, line in enumerate(page):
        if n in order:
            after = at[n] + 1
        elif at[n] is None:
            slots[after].append(line)
    lost = sum(map(len, slots)) - MAX_FURNITURE
    if lost > 0:
        slots = _nearest(slots, lost)
    out: list[str] = []
    marked: set[int] = set()
    for k in range(len(body) + 1):
        for line in slots[k]:
            marked.add(len(out))
            out.append(line)
        if k < len(body):
            out.append(body[k])
    return out, frozenset(marked)


# A page can show tens of thousands of lines besides its article (a comment thread): the
# removed list keeps those nearest the article, and says how many more there were.
MAX_FURNITURE = 2000


def _nearest(slots: list[list[str]], lost: int) -> list[list[str]]:
    """Slots holding only the MAX_FURNITURE lines nearest the article (inside it first)."""
    last = len(slots) - 1
    ranked = sorted(((0 if 0 < k < last else 1, -m if k == 0 else m, k, m)
                     for k, lines in enumerate(slots) for m in range(len(lines))))
    keep = {(k, m) for _, _, k, m in ranked[:MAX_FURNITURE]}
    out = [[line for m, line in enumerate(lines) if (k, m) in keep]
           for k, lines in enumerate(slots)]
    out[-1].append(f"[{lost:,} more lines of the page, further from the article, left out]")
    return out


def _article_lines(body: list[str], page: list[str]) -> list[int | None]:
    """For each page line, the body line it is part of (or the last one it holds), or None
    for furniture."""
    folded = [_squash(line.replace("\t", " ")).casefold() for line in body]
    hay = "\n".join(folded)
    starts = list(itertools.accumulate((len(f) + 1 for f in folded[:-1]), initial=0))
    whole: dict[str, list[int]] = defaultdict(list)
    heads: dict[str, list[int]] = defaultdict(list)  # long body lines by their first characters
    for k, f in enumerate(folded):
        whole[f].append(k)
        if len(f) >= _OVERLAP_CHARS:
            heads[f[:_OVERLAP_CHARS]].append(k)
    # where a long line could start inside the article: its first characters at a word's start
    openings: dict[str, list[int]] = defaultdict(list)
    for i in range(len(hay)):
        if i == 0 or hay[i - 1] in " \n":
            openings[hay[i:i + _OVERLAP_CHARS]].append(i)
    at: list[int | None] = []
    last = 0
    for line in page:
        key = line.casefold()
        # a short line is the article's only as a whole line of it: "Home" is no part of
        # "homes", nor a "Share" button of "Share prices fell"
        inside = whole.get(key, [])
        if not inside and len(key) >= _OVERLAP_CHARS:
            found = [i for i in openings.get(key[:_OVERLAP_CHARS], ())
                     if hay.startswith(key, i)]
            inside = [bisect.bisect_right(starts, i) - 1 for i in found]
        if inside:  # (a line written twice: the copy after the last article line placed)
            at.append(next((k for k in inside if k >= last), inside[0]))
        else:
            # (only where a word starts: a body line's head is looked up at each)
            holds = [k for i in range(len(key) - _OVERLAP_CHARS + 1) if i == 0 or key[i - 1] == " "
                     for k in heads.get(key[i:i + _OVERLAP_CHARS], ()) if folded[k] in key]
            at.append(max(holds) if holds else None)
        if at[-1] is not None:
            last = at[-1]
    # a short piece the markup split off a paragraph ("<p>Unclosed <b>tag <div>The storm ...")
    # runs on into its neighbour inside one article line
    keys = [line.casefold() for line in page]
    for n, key in enumerate(keys):
        if at[n] is None:
            for m, joined in ((n + 1, f"{key} {keys[n + 1]}" if n + 1 < len(keys) else ""),
                              (n - 1, f"{keys[n - 1]} {key}" if n else "")):
                if joined and at[m] is not None and joined in folded[at[m]]:
                    at[n] = at[m]
                    break
    return at


def _page_order(body: list[str], page: list[str],
                at: list[int | None]) -> list[str] | None:
    """`body` in the order the page shows it, when the extractor moved lines (trafilatura can
    put a live page's first post above the standfirst in its header), else None. Only when
    every body line the page shows stands there once, as a whole line: with a line twice (a
    ticker, a pinned post) the extractor's order stays. A line the page does not show as such
    (the <title> headline, lines joined) keeps its place after the line before it."""
    where: dict[int, int] = {}
    for n, k in enumerate(at):
        if k is not None and _squash(body[k]).casefold() == page[n].casefold():
            if k in where:
                return None
            where[k] = n
    placed = [where[k] for k in sorted(where)]
    if all(a < b for a, b in itertools.pairwise(placed)):
        return None
    key: list[tuple[int, int]] = []
    for k in range(len(body)):
        key.append((where[k], 0) if k in where else (key[-1][0] if key else -1, k + 1))
    return [body[k] for k in sorted(range(len(body)), key=lambda k: key[k])]


def _in_order(at: list[int | None]) -> set[int]:
    """The page lines whose article lines come in the article's order: the longest run of
    them whose body lines never go back (patience sorting)."""
    tails: list[int] = []  # tails[j]: page line ending the best run of length j + 1
    ends: list[int] = []  # its body line
    before: dict[int, int] = {}
    for n, k in enumerate(at):
        if k is None:
            continue
        j = bisect.bisect_right(ends, k)
        if j:
            before[n] = tails[j - 1]
        if j == len(tails):
            tails.append(n)
            ends.append(k)
        else:
            tails[j] = n
            ends[j] = k
    chosen: set[int] = set()
    n = tails[-1] if tails else None
    while n is not None:
        chosen.add(n)
        n = before.get(n)
    return chosen
