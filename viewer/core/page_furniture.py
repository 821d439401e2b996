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

__all__ = ["page_lines", "with_furniture"]

# elements whose content the reader never sees
_INVISIBLE = frozenset({"head", "script", "style", "noscript", "template", "svg", "iframe",
                        "object", "canvas", "select", "datalist", "dialog", "math"})
# elements that flow inside a line of text; every other element starts and ends a line
_INLINE = frozenset({"a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em",
                     "font", "i", "img", "kbd", "mark", "q", "s", "samp", "small", "span",
                     "strong", "sub", "sup", "time", "u", "var", "wbr", "del", "ins", "label"})
# a body line this long found inside a page line means the page line holds article text
_OVERLAP_CHARS = 20


def _squash(text: str) -> str:
    return " ".join(text.split())


def _hidden(element: Any) -> bool:
    style = (element.get("style") or "").replace(" ", "").casefold()
    return element.get("hidden") is not None or "display:none" in style or \
        (element.get("aria-hidden") or "").casefold() == "true"


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
        text = _squash("".join(current))
        current.clear()
        if text:
            lines.append(text)

    skipping = 0  # depth inside an invisible element (its start and end events balance)
    for event, element in etree.iterwalk(body, events=("start", "end")):
        tag = element.tag.lower() if isinstance(element.tag, str) else None
        if event == "start":
            if skipping:
                skipping += 1
            elif tag is not None and (tag in _INVISIBLE or _hidden(element)):
                skipping = 1
            elif tag is not None:
                if tag not in _INLINE:
                    flush()
                if element.text:
                    current.append(element.text)
            continue
        if skipping:
            skipping -= 1
            if skipping:
                continue  # (the invisible element's own tail is visible)
        elif tag is not None and tag not in _INLINE:
            flush()
        if element.tail:
            current.append(element.tail)
    flush()
    return lines


def with_furniture(body: list[str], page: list[str]) -> tuple[list[str], frozenset[int]]:
    """`body` with the page lines it lacks put back where they stand on the page, and the
    indices of those lines.

    A page line counts as the article's when it is a body line, or part of one if it is long
    (trafilatura may join the markup around it), or holds one (a paragraph with a share button
    inside): such lines are never listed, so no article text is listed twice."""
    folded = [_squash(line.replace("\t", " ")).casefold() for line in body]
    hay = "\n".join(folded)
    starts = list(itertools.accumulate((len(f) + 1 for f in folded[:-1]), initial=0))
    whole: dict[str, list[int]] = defaultdict(list)
    heads: dict[str, list[int]] = defaultdict(list)  # long body lines by their first characters
    for k, f in enumerate(folded):
        whole[f].append(k)
        if len(f) >= _OVERLAP_CHARS:
            heads[f[:_OVERLAP_CHARS]].append(k)
    slots: list[list[str]] = [[] for _ in range(len(body) + 1)]
    after = 0  # body lines before the current page position
    for line in page:
        key = line.casefold()
        # a short line is the article's only as a whole line of it: "Home" is no part of
        # "homes", nor a "Share" button of "Share prices fell"; where the page has got to,
        # repeated text does not jump back
        inside = whole.get(key, [])
        if not inside and len(key) >= _OVERLAP_CHARS:
            at = hay.find(key, starts[max(after - 1, 0)]) if folded else -1
            at = hay.find(key) if at < 0 else at
            inside = [bisect.bisect_right(starts, at) - 1] if at >= 0 else []
        if inside:
            after = max(after, next((k for k in inside if k >= after - 1), inside[0]) + 1)
            continue
        holds = [k for i in range(len(key) - _OVERLAP_CHARS + 1)
                 for k in heads.get(key[i:i + _OVERLAP_CHARS], ()) if folded[k] in key]
        if holds:
            after = max(after, max(holds) + 1)
            continue
        slots[after].append(line)
    out: list[str] = []
    marked: set[int] = set()
    for k in range(len(body) + 1):
        for line in slots[k]:
            marked.add(len(out))
            out.append(line)
        if k < len(body):
            out.append(body[k])
    return out, frozenset(marked)
