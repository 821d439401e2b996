"""Load articles from files or pasted text as plain paragraphs, one per line, so the rest of
the core never needs to know the format; anything unusable becomes a one-line LoadError."""

from __future__ import annotations

import codecs
import io
import logging
import math
import os
import re
import stat
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from viewer.core.cleaning import DATELINE_SENTENCE, headline, normalise_newlines
from viewer.core.page_furniture import hidden, page_lines, with_furniture

MAX_BYTES = 20 * 1024 * 1024
SUPPORTED_SUFFIXES: tuple[str, ...] = (".txt", ".md", ".markdown", ".html", ".htm", ".docx", ".pdf")
_KINDS = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html",
          ".docx": "docx", ".pdf": "pdf"}  # everything else is read as plain text
_TITLE_MAX = 200
_log = logging.getLogger(__name__)


class LoadError(Exception):
    """A file that cannot be used; `str(err)` is one line for the user: "path: reason"."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason

    def __reduce__(self) -> tuple[type[LoadError], tuple[str, str]]:
        return LoadError, (self.path, self.reason)  # picklable across worker processes


@dataclass(frozen=True)
class SourceText:
    """One loaded article: `raw` has one paragraph per line, newlines normalised to \\n."""

    path: str  # as given by the caller; "" for pasted text
    title: str  # headline or first line, one line of at most ~200 characters
    raw: str  # the text to analyse, one paragraph per line
    kind: str  # "txt" | "md" | "html" | "docx" | "pdf" | "paste"
    encoding: str | None  # codec used for text formats, None for docx/pdf/paste
    # raw line numbers (0-based) the user restored: cleaning must leave them in the text
    keep: frozenset[int] = frozenset()
    # raw line numbers of a web page's lines outside its article (menus, captions, footers):
    # cleaning reports them as removed, so they can be read and restored
    furniture: frozenset[int] = frozenset()


def load_path(path: str | os.PathLike[str]) -> SourceText:
    """Read a file (checked before reading, so huge or odd files are refused cheaply)."""
    name = str(os.fspath(path))
    try:
        info = os.stat(name)
    except (FileNotFoundError, NotADirectoryError):
        raise LoadError(name, "file not found") from None
    except (OSError, ValueError) as exc:
        raise LoadError(name, _os_reason(exc)) from None
    if stat.S_ISDIR(info.st_mode):
        raise LoadError(name, "is a directory, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise LoadError(name, "is not a regular file")
    _check_size(name, info.st_size)
    try:
        with open(name, "rb") as fh:
            data = fh.read(MAX_BYTES + 1)  # never more, even if the file grew since stat()
    except OSError as exc:
        raise LoadError(name, _os_reason(exc)) from None
    try:
        return load_bytes(data, name)
    except LoadError:
        raise
    except Exception as exc:  # a parser bug must not crash the GUI; keep the trace in the log
        _log.warning("unexpected failure loading %s", name, exc_info=True)
        raise LoadError(name, f"cannot be loaded ({type(exc).__name__})") from exc


def load_text(text: str, name: str = "Pasted text") -> SourceText:
    """Wrap pasted text; `name` only labels errors."""
    raw = normalise_newlines(text.removeprefix("\ufeff"))
    if not raw.strip():
        raise LoadError(name, "contains no text")
    return SourceText("", _clip(headline(raw)) or _first_line(raw.split("\n")), raw, "paste",
                      None)


# A session file (any name): its JSON opens with the format name (session.FORMAT_NAME).
_SESSION_MARK = re.compile(rb'\s*\{\s*"format"\s*:\s*"corroborate-session"')


def load_bytes(data: bytes, name: str) -> SourceText:
    """Decode and extract `data`, choosing the format from the suffix of `name`."""
    _check_size(name, len(data))
    kind = _KINDS.get(os.path.splitext(name)[1].lower(), "txt")
    if not data.strip():
        raise LoadError(name, "contains no text")
    if _SESSION_MARK.match(data[:400]):
        raise LoadError(name, "is a Corroborate session, not an article: open it in the viewer "
                              "(corroborate SESSION) or use 'corroborate export'")
    encoding: str | None = None
    furniture: frozenset[int] = frozenset()
    if kind == "docx":
        title, lines = _docx(data, name)
    elif kind == "pdf":
        title, lines = _pdf(data, name)
    else:
        text, encoding = _decode_text(data, name, _meta_charset(data) if kind == "html" else None)
        if kind == "md":
            title, lines = _markdown(text)
        elif kind == "html":
            title, lines, furniture = _html(text)
        else:
            lines = text.split("\n")
            title = headline(text)
    raw = "\n".join(lines)
    article = [line for k, line in enumerate(lines) if k not in furniture]
    if not "".join(article).strip():
        raise LoadError(name, "contains no text")
    return SourceText(name, _clip(title) or _first_line(article), raw, kind, encoding,
                      furniture=furniture)


# --- shared helpers -----------------------------------------------------------------------
def _os_reason(exc: Exception) -> str:
    cause = "permission denied" if isinstance(exc, PermissionError) else None
    return f"cannot be read: {cause or getattr(exc, 'strerror', None) or exc}"


def _check_size(name: str, size: int) -> None:
    if size > MAX_BYTES:
        mb = math.ceil(size / 2**20 * 10) / 10  # round up: "20.0 MB" would read as within limit
        raise LoadError(name, f"is larger than the {MAX_BYTES // 2**20} MB limit ({mb:.1f} MB)")


def _squash(text: str) -> str:
    return " ".join(text.split())


def clip_title(title: str) -> str:
    """Titles label panes and lists, so keep them to one short line: a headline as it is; a
    first paragraph standing in for a missing headline cut after its first sentence, or at a
    word."""
    return _clip(title)


def _clip(title: str) -> str:
    title = _squash(title)
    # "BAKU, Azerbaijan, March 15. Kazakh President ..." standing in for a headline
    first = re.match(r"^(.{4,60}?[.:])\s+(?=[A-Z“\"‘'])", title)
    if first and DATELINE_SENTENCE.match(first.group(1)):
        title = title[first.end():]
    if len(title) <= _TITLE_MAX:
        first = re.match(r"^(.{20,}?[.!?])\s+[A-Z“\"‘']", title)
        return first.group(1) if first and len(title) > 100 else title
    first = re.match(rf"^(.{{20,{_TITLE_MAX - 1}}}?[.!?])\s+[A-Z“\"‘']", title)
    if first:
        return first.group(1)
    cut = title[:_TITLE_MAX - 1]
    if " " in cut[_TITLE_MAX // 2:]:
        cut = cut[:cut.rindex(" ")]
    return cut.rstrip() + "…"


def _first_line(lines: list[str]) -> str:
    return next((_clip(line) for line in lines if line.strip()), "")


_CONTROL = re.compile(r"[\x01-\x08\x0e-\x1f\x7f-\x9f]")


def _decode_text(data: bytes, name: str, declared: str | None) -> tuple[str, str]:
    """BOM, then a declared charset, then strict UTF-8, then cp1252 (which never refuses)."""
    if data.startswith(codecs.BOM_UTF8):
        text, enc = data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        enc = "utf-16-le" if data.startswith(codecs.BOM_UTF16_LE) else "utf-16-be"
        text = data[2:].decode(enc, errors="replace")
    else:
        if b"\x00" in data:
            raise LoadError(name, "is a binary file, not text")
        for enc in (declared, "utf-8") if declared else ("utf-8",):
            try:
                text = data.decode(enc)
                break
            except (UnicodeDecodeError, LookupError):
                continue
        else:  # cp1252 never refuses: its 5 undefined bytes become U+FFFD
            text, enc = data.decode("cp1252", errors="replace"), "cp1252"
    sample = text[:100_000]
    if "\x00" in sample or len(_CONTROL.findall(sample)) > 0.05 * len(sample):
        raise LoadError(name, "is a binary file, not text")
    return normalise_newlines(text), enc


_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""",
                           re.IGNORECASE)


def _meta_charset(data: bytes) -> str | None:
    """The <meta charset> of an HTML page, read as browsers do (latin-1/ascii mean cp1252)."""
    match = _META_CHARSET.search(data[:4096])
    try:
        enc = codecs.lookup(match.group(1).decode("ascii")).name if match else ""
    except (LookupError, UnicodeDecodeError):
        return None
    if not enc or enc.startswith(("utf-16", "utf-32")):  # UTF-16 cannot declare itself in ASCII
        return None
    return "cp1252" if enc in ("iso8859-1", "ascii") else enc


# --- Markdown -----------------------------------------------------------------------------
_MD_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_MD_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_MD_QUOTE = re.compile(r"^(?: {0,3}>[ \t]?)+")
_MD_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_MD_RULE = re.compile(r"^ {0,3}([-*_])[ \t]*(?:\1[ \t]*){2,}$")
_MD_HEADING = re.compile(r"^ {0,3}#{1,6}(?:[ \t]+|$)(.*?)(?:[ \t]+#+)?[ \t]*$")
_MD_LINKDEF = re.compile(r"^ {0,3}\[[^\]]+\]:[ \t]*\S")
_MD_ITEM = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)(?:\[[ xX]\][ \t]+)?")
_MD_ESCAPE = re.compile(r"\\([!\"#$%&'()*+,\-./:;<=>?@\[\\\]^_`{|}~])")
_MD_CODE = re.compile(r"(`+)(.+?)\1")
_MD_SPANS = [
    (re.compile(r"!\[[^\]]*\](?:\((?:[^()]|\([^()]*\))*\)|\[[^\]]*\])"), ""),  # images
    (re.compile(r"\[([^\]]*)\](?:\((?:[^()]|\([^()]*\))*\)|\[[^\]]*\])"), r"\1"),  # links
    (re.compile(r"<((?:https?|ftp|mailto):[^>\s]+)>"), r"\1"),  # autolinks
    (re.compile(r"</?[A-Za-z][^<>]*>"), ""),  # inline HTML tags
    (re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*"), r"\1"),
    (re.compile(r"(?<!\w)__(?=\S)(.+?)(?<=\S)__(?!\w)"), r"\1"),
    (re.compile(r"~~(?=\S)(.+?)(?<=\S)~~"), r"\1"),
    (re.compile(r"(?<!\*)\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?!\*)"), r"\1"),
    (re.compile(r"(?<!\w)_(?=[^\s_])(.+?)(?<=[^\s_])_(?!\w)"), r"\1"),  # not snake_case
]


def _md_inline(text: str) -> str:
    """Strip inline markup; escaped characters are hidden in the private-use area meanwhile."""
    text = _MD_ESCAPE.sub(lambda m: chr(0xE000 + ord(m.group(1))), text)
    parts = _MD_CODE.split(text)  # [prose, ticks, code, prose, ticks, code, ..., prose]
    for i in range(0, len(parts), 3):
        for pattern, repl in _MD_SPANS:
            parts[i] = pattern.sub(repl, parts[i])
        parts[i] = parts[i].replace("`", "")
        if i + 1 < len(parts):
            parts[i + 1] = ""
    text = re.sub("[\ue000-\ue07f]", lambda m: chr(ord(m.group()) - 0xE000), "".join(parts))
    return _squash(text)


def _markdown(text: str) -> tuple[str, list[str]]:
    """Markdown to paragraphs: hard-wrapped lines joined, markers dropped, code kept verbatim."""
    paras: list[str] = []
    current: list[str] = []
    headings: list[str] = []
    fence = ""

    def flush() -> None:
        if current and (para := _md_inline(" ".join(current))):
            paras.append(para)
        current.clear()

    for line in _MD_COMMENT.sub("", text).split("\n"):
        if fence:
            if line.strip().startswith(fence):
                fence = ""
            elif line.strip():
                paras.append(line.rstrip())
            continue
        if match := _MD_FENCE.match(line):
            flush()
            fence = match.group(1)
            continue
        line = _MD_QUOTE.sub("", line)
        heading = None
        if current and _MD_SETEXT.match(line):  # "Title\n=====": the paragraph was a heading
            heading = " ".join(current)
            current.clear()
        elif not line.strip() or _MD_RULE.match(line) or _MD_LINKDEF.match(line):
            flush()
            continue
        elif match := _MD_HEADING.match(line):
            flush()
            heading = match.group(1)
        if heading is not None:
            if heading := _md_inline(heading):
                paras.append(heading)
                headings.append(heading)
            continue
        if match := _MD_ITEM.match(line):
            flush()
            line = line[match.end():]
        current.append(line.strip())
    flush()
    return (headings[0] if headings else _first_line(paras)), paras


# --- HTML ---------------------------------------------------------------------------------
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*>")
_BOILERPLATE = ("script", "style", "noscript", "template", "nav", "header", "footer", "aside",
                "form", "iframe", "svg")
_BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li")


def _html(text: str) -> tuple[str, list[str], frozenset[int]]:
    """The article body (trafilatura), headed by the headline, which is part of the story,
    with the page's other lines in place, and which lines those are (`page_furniture`)."""
    text = _XML_DECL.sub("", text, count=1)  # lxml refuses str input with an encoding declaration
    try:
        import lxml.html

        tree: Any = lxml.html.document_fromstring(text)
    except Exception:  # noqa: BLE001 -- empty or unparsable: nothing trafilatura could use
        return "", [], frozenset()
    title = _html_title(tree)
    page = page_lines(tree)  # before the fallback below takes the furniture out of the tree
    try:
        import trafilatura  # slow to import, so only when an HTML file is opened

        body = trafilatura.extract(text, include_comments=False, include_tables=True,
                                   favor_precision=False, deduplicate=False) or ""
        body = _table_rows(body)
    except Exception:  # noqa: BLE001 -- any failure leaves the lxml fallback below
        _log.debug("trafilatura failed", exc_info=True)
        body = ""
    # trafilatura renders list items as "- item"; drop the marker as for Markdown
    lines = ["\t".join(_squash(cell) for cell in line.removeprefix("- ").split("\t"))
             for line in body.split("\n") if line.strip()]
    lines = _subheadings(tree, _sibling_posts(tree, _sibling_paragraphs(
        tree, _boxed_prose(tree, lines)))) if lines else _html_fallback(tree)
    key = _squash(title).casefold()
    if lines and title and all(_squash(line).casefold() != key for line in lines[:3]):
        lines.insert(0, title)
    if lines:
        at = 1 if _squash(lines[0]).casefold() == key else 0
        lines[at:at] = _standfirst(tree, lines[at:])
    lines, furniture = with_furniture(lines, page)
    return title, lines, furniture


_TABLE_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$")


def _table_rows(body: str) -> str:
    """A results table is part of the story: trafilatura writes it as Markdown ("| Green | 24 |"),
    and each row becomes its cells joined by tabs, as a browser copies a table. A table with a
    long cell is the page's layout (an article or a menu in a cell): dropped, as trafilatura
    drops tables by default, since the article's paragraphs come back on their own."""
    out: list[str] = []
    table: list[list[str]] = []

    def flush() -> None:
        if table and all(len(row) >= 2 and all(len(c.split()) <= 12 for c in row)
                         for row in table):
            out.extend("\t".join(row) for row in table)
        table.clear()

    for line in body.split("\n"):
        stripped = line.strip()
        if stripped.startswith("|") and stripped.endswith("|"):
            if not _TABLE_RULE.match(stripped):
                table.append([c.strip() for c in stripped.strip("|").split("|") if c.strip()])
            continue
        flush()
        out.append(line)
    flush()
    return "\n".join(out)


_FURNITURE = re.compile(r"byline|author|date|time|caption|credit|share|social|kicker|"
                        r"breadcrumb|tags?\b|topic|related|promo|newsletter|advert|cookie",
                        re.IGNORECASE)


# a box of facts one to an item: "Opened: 1971", "Length: 1.2km"
_FACT_BOX = re.compile(r"fact[-_ ]?box|fact[-_ ]?file|key[-_ ]?points|in[-_ ]numbers|"
                       r"at[-_ ]a[-_ ]glance|key[-_ ](facts|figures)", re.IGNORECASE)
# a live page's summary of what is known, in a section of its own beside the posts
_SUMMARY_BOX = re.compile(r"(^|[\s_-])summary($|[\s_-])", re.IGNORECASE)
# Boxes of the article's own text: a correspondent's analysis, a factbox, background.
_ARTICLE_BOX = re.compile(r"analysis|explainer|context|background|timeline|what we know|"
                          r"in (brief|depth)|insight|the (essentials|details)|"
                          + _FACT_BOX.pattern, re.IGNORECASE)
_PROSE_END = re.compile(r"[.!?…][\"'”’)]*$")


def _boxed_prose(tree: Any, body: list[str]) -> list[str]:
    """`body` with the prose of boxes set inside the article put back where they stand.

    trafilatura drops every <aside>; a correspondent's analysis or a factbox in one is the
    article's text. A box counts when its class, id, label or heading says it is one
    ("analysis", "factbox", "background", ...) and none says page furniture, it holds two or
    more paragraphs of sentences, and few of its words are links; its headings and bylines
    stay out."""
    known = {_squash(line).casefold() for line in body}
    out = list(body)
    for aside in tree.iter("aside", "section", "div"):
        heading = next((h.text_content() for h in aside.iter("h2", "h3", "h4")), "")
        marks = f"{aside.get('class', '')} {aside.get('id', '')} {aside.get('aria-label', '')}"
        said = f"{marks} {heading}"  # what the box says it is
        # (a page wrapped whole in a <form> still has its summary: only a rail or menu's is out)
        summary = aside.tag != "aside" and bool(_SUMMARY_BOX.search(marks)) and not re.search(
            r"comment|related|more|teaser|promo", marks, re.IGNORECASE) and \
            not _outside(aside, tags=_RAILS)
        if _FURNITURE.search(marks) or not (_ARTICLE_BOX.search(said) or summary):
            continue  # comments, a bio, a rail of teasers: only boxes that say what they are
        # (a section or div of the article is dropped only as a box of key points, which
        # says so in its markup: "Background" heads many a part of an article kept whole)
        if aside.tag != "aside" and not _FACT_BOX.search(marks) and not summary:
            continue
        words = len(aside.text_content().split())
        linked = sum(len(a.text_content().split()) for a in aside.iter("a"))
        paras = [_squash(p.text_content()) for p in aside.iter("p")]
        paras = [t for t in paras if len(t.split()) >= 6 and _PROSE_END.search(t)
                 and t.casefold() not in known]
        density = 5
        if _FACT_BOX.search(said) or summary:
            items = [_squash(li.text_content()) for li in aside.iter("li")
                     if next(li.iter("a"), None) is None]
            paras += [t for t in items if len(t.split()) >= 2 and t.casefold() not in known]
            density = 2  # (a short box with a "More numbers" link is still a box of facts)
        if len(paras) < 2 or linked * density > words:
            continue
        # after the last body paragraph before the box, in page order
        position = {_squash(line).casefold(): k for k, line in enumerate(out)}
        at = len(out)
        for el in tree.iter("p", aside.tag):
            if el is aside:
                break
            at = position.get(_squash(el.text_content()).casefold(), at - 1) + 1
        out[at:at] = paras
        known.update(t.casefold() for t in paras)
    return out


_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
_OUTSIDE = frozenset({"nav", "aside", "footer", "form", "menu"})
_RAILS = _OUTSIDE - {"form"}


def _sibling_paragraphs(tree: Any, body: list[str]) -> list[str]:
    """`body` with the paragraphs trafilatura dropped beside paragraphs it kept put back: a
    sentence in the same container as the article's own ("A large rescue operation is under
    way." closing a live page's last post) is the article's. Cleaning still judges each, as it
    judges pasted text; only a container's furniture (marked as such, or in a menu, rail or
    footer) stays out."""
    position, joined = _body_index(body)
    after: dict[int, list[str]] = {}  # body line -> the paragraphs that go back under it
    taken: set[str] = set()
    for parent in dict.fromkeys(p.getparent() for p in tree.iter("p") if p.getparent() is not None):
        if _outside(parent, itself=True) or _marked_furniture(parent):
            continue
        paragraphs = [(p, _squash(p.text_content())) for p in parent if p.tag == "p"]
        if not any(t.casefold() in position for _, t in paragraphs):
            continue
        last = None  # the body line of the last kept paragraph above
        for p, text in paragraphs:
            folded = text.casefold()
            if folded in position:
                last = position[folded]
            elif last is not None and folded not in taken and _dropped_prose(p, text, joined):
                after.setdefault(last, []).append(text)
                taken.add(folded)
    return _put_back(body, after)


def _sibling_posts(tree: Any, body: list[str]) -> list[str]:
    """`body` with the paragraphs of a post trafilatura dropped whole put back: among boxes
    of one kind side by side (a live page's posts, `<div class="post">`), most of whose
    paragraphs are the article's, a box with none of its paragraphs kept ("Schools closed on
    Monday" over its one sentence) is a post like the others. Cleaning still judges each."""
    position, joined = _body_index(body)
    after: dict[int, list[str]] = {}
    for parent in dict.fromkeys(el.getparent() for el in tree.iter(*_BOXES)):
        if parent is None or _outside(parent, itself=True) or _marked_furniture(parent):
            continue
        kinds: dict[tuple[str, str], list[Any]] = defaultdict(list)
        for child in parent:
            if isinstance(child.tag, str) and child.tag in _BOXES:
                kinds[(child.tag, child.get("class", ""))].append(child)
        for boxes in kinds.values():
            kept = [[position[t] for p in box.iter("p")
                     if (t := _squash(p.text_content()).casefold()) in position]
                    for box in boxes]
            if len(boxes) < _POSTS or sum(bool(k) for k in kept) < 0.75 * len(boxes):
                continue  # (three in four boxes or more must have article paragraphs)
            last = None
            for box, found in zip(boxes, kept):
                if found:
                    last = max(found)
                elif last is not None and not hidden(box) and not _marked_furniture(box):
                    after.setdefault(last, []).extend(
                        text for p in box.iter("p")
                        if _dropped_prose(p, text := _squash(p.text_content()), joined))
    return _put_back(body, after)


# boxes of one kind side by side that make a run of posts
_BOXES = ("div", "article", "section", "li")
_POSTS = 4


def _body_index(body: list[str]) -> tuple[dict[str, int], str]:
    """Each body line's place by its folded text, and the body's text without spaces (a
    paragraph with a line break inside, "By Tuesday,<br> rescuers ...", is in the body though
    split over two lines there)."""
    position = {_squash(line).casefold(): k for k, line in enumerate(body)}
    joined = "".join("".join(line.split()).casefold() for line in body)
    return position, joined


def _dropped_prose(p: Any, text: str, joined: str) -> bool:
    """Whether a paragraph the extractor dropped reads as the article's: a sentence of four
    words or more, shown, not marked as furniture, not a link, and not in the body already."""
    return len(text.split()) >= 4 and bool(_PROSE_END.search(text)) and not hidden(p) and \
        not _marked_furniture(p) and not _mostly_links(p, text) and \
        "".join(text.casefold().split()) not in joined


def _put_back(body: list[str], after: dict[int, list[str]]) -> list[str]:
    """`body` with the paragraphs in `after` under the body line each goes back under."""
    return [out for k, line in enumerate(body) for out in (line, *after.get(k, ()))]


def _mostly_links(p: Any, text: str) -> bool:
    """A paragraph that is a link (a related story's headline) is no article text."""
    linked = sum(len(a.text_content().split()) for a in p.iter("a"))
    return linked * 2 >= len(text.split())


def _outside(element: Any, itself: bool = False, tags: frozenset[str] = _OUTSIDE) -> bool:
    """In a menu, rail, footer or form (or one itself): never the article's."""
    around = (element, *element.iterancestors()) if itself else element.iterancestors()
    return any(isinstance(a.tag, str) and a.tag.lower() in tags for a in around)


def _marked_furniture(element: Any) -> bool:
    return _FURNITURE.search(f"{element.get('class', '')} {element.get('id', '')}") is not None


def _subheadings(tree: Any, body: list[str]) -> list[str]:
    """`body` with the subheadings trafilatura dropped over paragraphs it kept put back: a
    live page's post headings ("Two arrested in Hallan" over its post), a section's title.
    A heading counts when the next element beside it with text is a paragraph of the body;
    headings in menus, rails and footers, or marked as furniture, stay out."""
    position = {_squash(line).casefold(): k for k, line in enumerate(body)}
    before: dict[int, list[str]] = {}  # body line -> the headings that go back over it
    taken: set[str] = set()
    for heading in tree.iter(*_HEADINGS):
        text = _squash(heading.text_content())
        if not text or text.casefold() in position or text.casefold() in taken or \
                len(text.split()) > 20:
            continue
        if _outside(heading) or _marked_furniture(heading):
            continue
        after = next((el for el in heading.itersiblings()
                      if isinstance(el.tag, str) and _squash(el.text_content())), None)
        if after is None or after.tag != "p":
            continue
        at = position.get(_squash(after.text_content()).casefold())
        if at is not None:
            before.setdefault(at, []).append(text)
            taken.add(text.casefold())
    return [out for k, line in enumerate(body) for out in (*before.get(k, ()), line)]


_STANDFIRST_BOX = re.compile(r"standfirst|dek\b|\blede|summary|intro|sub-?title|sub-?head|"
                             r"strap|excerpt|description", re.IGNORECASE)


def _standfirst(tree: Any, body: list[str]) -> list[str]:
    """Paragraphs between the headline and the article body: the standfirst ("dek", "lede"),
    which trafilatura leaves out though it is the story's summary in the paper's own words.
    Page furniture there (bylines, dates, share buttons, captions) is not taken."""
    h1 = tree.find(".//h1")
    if h1 is None or not body:
        return []
    first = _squash(body[0]).casefold()
    known = {_squash(line).casefold() for line in body}
    out: list[str] = []
    for el in h1.itersiblings():
        if not isinstance(el.tag, str):
            continue  # a comment or processing instruction: no text of the page
        text = _squash(el.text_content())
        folded = text.casefold()
        if first[:80] in folded:
            break  # the body starts here
        # (a paragraph in a box of its own: <div class="standfirst"><p>...</p></div>)
        # (only a box that says it is one: "article-notice", "listen-box", "paywall-teaser"
        # and "sponsor-note" boxes stand there too)
        paras = [] if el.tag == "p" else list(el.iter("p"))
        wrapped = len(paras) == 1 and _squash(paras[0].text_content()) == text and \
            bool(_STANDFIRST_BOX.search(f"{el.get('class', '')} {el.get('id', '')}"))
        if (el.tag != "p" and not wrapped) or len(text.split()) < 6 or folded in known:
            continue
        # the headline's own container is the article's, so only the paragraph itself (or
        # its box) can say it is furniture
        if any(_FURNITURE.search(f"{e.get('class', '')} {e.get('id', '')}")
               for e in (el, *paras)):
            continue
        out.append(text)
    return out


def _html_title(tree: Any) -> str:
    """trafilatura's choice (a lone <h1>, else <title> without the site name), else ours."""
    try:
        from trafilatura.metadata import extract_title

        if title := extract_title(tree):
            return _clip(title)
    except Exception:  # noqa: BLE001 -- a semi-internal helper; plain <title>/<h1> below
        _log.debug("trafilatura title extraction failed", exc_info=True)
    h1 = tree.find(".//h1")
    return _clip(tree.findtext(".//title") or (h1.text_content() if h1 is not None else ""))


def _html_fallback(tree: Any) -> list[str]:
    """Text blocks outside page furniture, for pages trafilatura finds no article in."""
    for element in list(tree.iter(*_BOILERPLATE)):
        element.drop_tree()
    lines = [_squash(el.text_content()) for el in tree.iter(*_BLOCKS)
             if not any(parent.tag in _BLOCKS for parent in el.iterancestors())]
    if not any(lines):
        body = tree.find("body")
        lines = (body if body is not None else tree).text_content().split("\n")
    return [_squash(line) for line in lines if line.strip()]


# --- Word and PDF -------------------------------------------------------------------------
def _docx(data: bytes, name: str) -> tuple[str, list[str]]:
    """Body paragraphs and tables in document order; soft line breaks become separate lines."""
    try:
        import docx
        from docx.table import Table

        document = docx.Document(io.BytesIO(data))
        texts: list[str] = []
        for block in document.iter_inner_content():
            if isinstance(block, Table):
                seen: set[int] = set()  # merged cells are reported once per grid column
                for row in block.rows:
                    for cell in row.cells:
                        if id(cell._tc) not in seen:
                            seen.add(id(cell._tc))
                            texts.extend(p.text for p in cell.paragraphs)
            else:
                texts.append(block.text)
        core_title = document.core_properties.title or ""
    except Exception as exc:
        raise LoadError(name, "is not a valid Word document") from exc
    lines = [ln.strip() for text in texts for ln in normalise_newlines(text).split("\n")
             if ln.strip()]
    return core_title.strip() or _first_line(lines), lines


def _pdf(data: bytes, name: str) -> tuple[str, list[str]]:
    """Text of every page, with the PDF's hard-wrapped lines joined back into paragraphs."""
    # pypdf logs what it repairs ("invalid pdf header") to stderr; the reason goes in LoadError
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")  # owner-password-only PDFs open without asking
            except Exception as exc:
                raise LoadError(name, f"is encrypted and cannot be opened ({_cause(exc)})") from exc
            if not opened:
                raise LoadError(name, "is password-protected")
        pages = [page.extract_text() or "" for page in reader.pages]
        meta_title = str(reader.metadata.title or "") if reader.metadata is not None else ""
    except LoadError:
        raise
    except Exception as exc:
        _log.info("PDF %s refused: %s", name, _cause(exc))
        raise LoadError(name, "is not a valid PDF (damaged, or not a PDF at all)") from exc
    if not any(page.strip() for page in pages):
        raise LoadError(name, "has no text layer (scanned PDF?)")
    lines = _rejoin(normalise_newlines("\n".join(pages)).split("\n"))
    return meta_title.strip() or _first_line(lines), lines


def _cause(exc: Exception) -> str:
    lines = str(exc).strip().splitlines()
    return _clip(lines[0])[:100] if lines else type(exc).__name__


_SENTENCE_END = (".", "!", "?", ":", ";", '"', "'", "”", "’", ")", "»", "…")


def _rejoin(lines: list[str]) -> list[str]:
    """A line continues the previous one if that lacks sentence punctuation and this one
    starts lowercase; "informa-" + "tion" loses its hyphen."""
    paras: list[str] = []
    for line in map(_squash, lines):
        if not line:
            continue
        if paras and line[0].islower():
            prev = paras[-1]
            if prev.endswith(("-", "\xad")) and len(prev) > 1 and prev[-2].isalpha():
                paras[-1] = prev[:-1] + line
                continue
            if not prev.endswith(_SENTENCE_END):
                paras[-1] = f"{prev} {line}"
                continue
        paras.append(line)
    return paras
