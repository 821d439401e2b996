"""Tests for viewer.core.documents: every format, every refusal, and no stray exceptions."""

from __future__ import annotations

import io
import os
import pickle
import zipfile
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from viewer.core import documents
from viewer.core.cleaning import clean
from viewer.core.documents import (
    MAX_BYTES,
    SUPPORTED_SUFFIXES,
    LoadError,
    SourceText,
    load_bytes,
    load_path,
    load_text,
)


def article(src) -> str:
    """A loaded page's article: its raw text without the page's other lines (`furniture`),
    which cleaning removes and reports."""
    return "\n".join(line for k, line in enumerate(src.raw.split("\n")) if k not in src.furniture)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def refused(path: Path | str, reason: str) -> LoadError:
    """Load `path`, insist on a LoadError naming the path first and containing `reason`."""
    with pytest.raises(LoadError) as info:
        load_path(path)
    err = info.value
    assert str(err).startswith(f"{path}: ")
    assert reason in str(err)
    assert err.path == str(path)
    assert reason in err.reason
    assert "\n" not in str(err)
    return err


def make_pdf(lines: list[str], title: str | None = None) -> bytes:
    """A minimal one-page PDF (Helvetica, one text object), xref offsets computed here."""
    shown = " T* ".join(f"({line}) Tj" for line in lines)
    stream = f"BT /F1 12 Tf 14 TL 72 700 Td {shown} ET".encode("latin-1") if lines else b""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
         b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>"),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    if title is not None:
        objects.append(f"<< /Title ({title}) >>".encode("latin-1"))
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    info = b" /Info %d 0 R" % len(objects) if title is not None else b""
    out += b"trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, info, xref)
    return bytes(out)


# --- plain text and encodings ---------------------------------------------------------------

def test_utf8_text_keeps_lines_and_takes_first_non_empty_line_as_title(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", "\n  Über den Fluss  \nZweite Zeile\n".encode())
    src = load_path(path)
    assert src == SourceText(str(path), "Über den Fluss", "\n  Über den Fluss  \nZweite Zeile\n",
                             "txt", "utf-8")


def test_path_is_kept_as_given_by_the_caller(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, "rel.txt", b"hello")
    monkeypatch.chdir(tmp_path)
    assert load_path("rel.txt").path == "rel.txt"
    assert load_path(Path("rel.txt")).path == "rel.txt"


def test_utf8_bom_is_stripped(tmp_path: Path) -> None:
    src = load_path(write(tmp_path, "a.txt", b"\xef\xbb\xbfFirst\r\nSecond\rThird"))
    assert article(src) == "First\nSecond\nThird"
    assert src.title == "First"
    assert src.encoding == "utf-8-sig"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(tmp_path: Path, codec: str) -> None:
    data = "\ufeffCafé crème\r\nnext".encode(codec)  # full of NUL bytes, yet text
    src = load_path(write(tmp_path, "a.txt", data))
    assert article(src) == "Café crème\nnext"
    assert src.encoding == codec


def test_cp1252_fallback(tmp_path: Path) -> None:
    src = load_path(write(tmp_path, "a.txt", b"Caf\xe9 \x93quoted\x94 \x96 dash"))
    assert article(src) == "Café “quoted” – dash"
    assert src.encoding == "cp1252"


def test_byte_undefined_in_cp1252_is_replaced_not_refused(tmp_path: Path) -> None:
    src = load_path(write(tmp_path, "a.txt", b"Price \x81 rose by 5\xe9"))
    assert article(src) == "Price \ufffd rose by 5é"
    assert src.encoding == "cp1252"


def test_unknown_suffix_and_no_suffix_read_as_text(tmp_path: Path) -> None:
    assert load_path(write(tmp_path, "notes.log", b"Some log line")).kind == "txt"
    assert load_path(write(tmp_path, "README", b"Readme text")).raw == "Readme text"


def test_long_title_is_clipped(tmp_path: Path) -> None:
    src = load_path(write(tmp_path, "a.txt", ("word " * 100).encode()))
    assert len(src.title) <= 201
    assert src.title.endswith("…")
    assert article(src) == "word " * 100


# --- refusals --------------------------------------------------------------------------------

def test_missing_file(tmp_path: Path) -> None:
    refused(tmp_path / "nope.txt", "file not found")


def test_path_through_a_file_is_not_found(tmp_path: Path) -> None:
    refused(write(tmp_path, "a.txt", b"text") / "child.txt", "file not found")


def test_directory(tmp_path: Path) -> None:
    refused(tmp_path, "is a directory, not a file")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_named_pipe_is_refused_without_blocking(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")  # opening it for reading would wait for a writer forever
    refused(tmp_path / "pipe.txt", "is not a regular file")


@pytest.mark.parametrize("data", [b"", b" \n\t\r\n  "])
def test_empty_or_whitespace_only(tmp_path: Path, data: bytes) -> None:
    refused(write(tmp_path, "a.txt", data), "contains no text")


def test_binary_file_with_nul_bytes(tmp_path: Path) -> None:
    data = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64 + b"IHDR"
    refused(write(tmp_path, "image.txt", data), "is a binary file, not text")
    refused(write(tmp_path, "image.md", data), "is a binary file, not text")


def test_utf16_bom_followed_by_nul_code_units_is_binary(tmp_path: Path) -> None:
    refused(write(tmp_path, "a.txt", b"\xff\xfe" + b"\x00\x00" * 50), "is a binary file, not text")


@pytest.mark.parametrize("name", ["a.docx", "a.pdf", "a.html", "a.md"])
def test_empty_file_of_any_format_contains_no_text(tmp_path: Path, name: str) -> None:
    refused(write(tmp_path, name, b"\n  \n"), "contains no text")


def test_binary_file_with_many_control_chars(tmp_path: Path) -> None:
    refused(write(tmp_path, "a.txt", b"\x01\x02\x03\x04abcdef" * 50), "is a binary file, not text")


def test_too_large_is_refused_before_reading(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        fh.truncate(MAX_BYTES + 1)  # sparse: costs no disk space

    def no_open(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file must not be opened")

    monkeypatch.setattr(documents, "open", no_open, raising=False)
    refused(path, "is larger than the 20 MB limit (20.1 MB)")


def test_exactly_max_bytes_is_not_too_large() -> None:
    with pytest.raises(LoadError, match="binary"):  # NULs, but the size itself was accepted
        load_bytes(bytes(MAX_BYTES), "a.txt")
    with pytest.raises(LoadError, match="larger than"):
        load_bytes(bytes(MAX_BYTES + 1), "a.txt")


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "secret.txt", b"text")

    def denied(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(documents, "open", denied, raising=False)
    refused(path, "cannot be read: permission denied")


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="root can read a file without permissions")
def test_permission_denied_for_real(tmp_path: Path) -> None:
    path = write(tmp_path, "secret.txt", b"text")
    path.chmod(0)
    refused(path, "cannot be read: permission denied")


# --- Markdown --------------------------------------------------------------------------------

MARKDOWN = """<!-- editor's note: check figures -->
# Storm *hits* the coast

A **powerful** storm struck the northern
coast on [Tuesday](https://example.com/a_(b)), officials said.
![photo of waves](waves.jpg)

> The damage is _extensive_,
> said the mayor.

- Schools closed
* Roads **blocked**
  near the port
1. First count
2) Second count

---

```python
print("code")
```

Second heading
--------------
Values like snake_case_name, `inline_code` and 2 * 3 * 4 stay.
"""


def test_markdown_becomes_plain_paragraphs(tmp_path: Path) -> None:
    src = load_path(write(tmp_path, "story.md", MARKDOWN.encode()))
    assert src.kind == "md"
    assert src.encoding == "utf-8"
    assert src.title == "Storm hits the coast"
    assert article(src).split("\n") == [
        "Storm hits the coast",
        "A powerful storm struck the northern coast on Tuesday, officials said.",
        "The damage is extensive, said the mayor.",
        "Schools closed",
        "Roads blocked near the port",
        "First count",
        "Second count",
        'print("code")',
        "Second heading",
        "Values like snake_case_name, inline_code and 2 * 3 * 4 stay.",
    ]


def test_markdown_title_is_the_first_heading_even_if_setext(tmp_path: Path) -> None:
    src = load_path(write(tmp_path, "a.md", b"Monday, 3 June\n\nStorm hits coast\n===\n\nBody."))
    assert src.title == "Storm hits coast"
    assert article(src) == "Monday, 3 June\nStorm hits coast\nBody."


def test_markdown_suffix_is_case_insensitive_and_long_form_accepted(tmp_path: Path) -> None:
    assert load_path(write(tmp_path, "a.MARKDOWN", b"## Head\n\nBody **bold**")).raw == \
        "Head\nBody bold"


# --- HTML ------------------------------------------------------------------------------------

ARTICLE = [
    ("A powerful storm struck the northern coast on Tuesday, forcing thousands of residents "
     "to leave their homes before dawn."),
    ("Officials said twelve people were injured and more than 4,000 households lost power "
     "overnight in the worst-hit districts."),
    ("The national weather service expects the storm to weaken by Thursday as it moves inland "
     "across the farming regions."),
]



PAGE = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Storm hits coast | Daily Planet</title>
<style>.nav {{ color: red }} STYLETEXT</style>
<script>var tracking = "SCRIPTTEXT";</script></head>
<body>
<header><div class="logo">HEADERTEXT Daily Planet</div></header>
<nav><ul><li><a href="/">NAVTEXT Home</a></li><li><a href="/world">World</a></li></ul></nav>
<main><h1>Storm hits coast</h1>
<article>{"".join(f"<p>{p}</p>" for p in ARTICLE)}
<ul><li>Schools in the region stay closed</li><li>Ferries are cancelled until Friday</li></ul>
</article></main>
<aside>ASIDETEXT Related: five other storms you might like</aside>
<footer>FOOTERTEXT Copyright 2024 Daily Planet</footer>
</body></html>"""


def test_html_extracts_article_body_with_headline(tmp_path: Path) -> None:
    src = load_path(write(tmp_path, "page.html", PAGE.encode()))
    assert src.kind == "html"
    assert src.title == "Storm hits coast"
    lines = article(src).split("\n")
    assert lines[0] == "Storm hits coast"
    assert lines.count("Storm hits coast") == 1
    for sentence in ARTICLE:
        assert sentence in lines
    assert lines[-2:] == ["Schools in the region stay closed", "Ferries are cancelled until Friday"]
    for junk in ("NAVTEXT", "SCRIPTTEXT", "STYLETEXT", "HEADERTEXT", "FOOTERTEXT", "ASIDETEXT",
                 "tracking", "Daily Planet"):
        assert junk not in article(src)


def test_html_page_furniture_is_kept_beside_the_article_for_cleaning_to_report(
        tmp_path: Path) -> None:
    """Nothing a page shows is dropped silently: its menu, aside and footer are lines of the
    raw text, in page order, marked as furniture; cleaning removes them, says so, and gives
    back exactly the article; a restored furniture line stands where it stood on the page."""
    src = load_path(write(tmp_path, "page.html", PAGE.encode()))
    lines = src.raw.split("\n")
    furniture = [lines[k] for k in sorted(src.furniture)]
    assert furniture == ["HEADERTEXT Daily Planet", "NAVTEXT Home", "World",
                         "ASIDETEXT Related: five other storms you might like",
                         "FOOTERTEXT Copyright 2024 Daily Planet"]
    assert not any(junk in "\n".join(lines) for junk in ("SCRIPTTEXT", "STYLETEXT", "tracking"))
    assert lines.index("NAVTEXT Home") < lines.index("Storm hits coast") < \
        lines.index("ASIDETEXT Related: five other storms you might like")
    cleaned = clean(src.raw, src.keep, src.furniture)
    assert cleaned.text == clean(article(src)).text
    listed = {r.text: r for r in cleaned.removed if r.detail == "page furniture"}
    assert set(listed) == set(furniture)
    assert all(r.reason == "boilerplate" and lines[r.line] == r.text for r in listed.values())
    assert listed["NAVTEXT Home"].at == 0
    assert listed["FOOTERTEXT Copyright 2024 Daily Planet"].at == len(cleaned.text)
    aside = listed["ASIDETEXT Related: five other storms you might like"]
    back = clean(src.raw, {aside.line}, src.furniture)
    assert back.text == cleaned.text + "\n" + aside.text, "after the article, before the foot"
    assert aside.text not in [r.text for r in back.removed]


def test_html_paragraph_the_extractor_drops_is_listed_not_lost(tmp_path: Path,
                                                               monkeypatch) -> None:
    """An extractor can misjudge a paragraph of the article: it is then listed in its place
    among the removed lines, where the reader can restore it."""
    import trafilatura

    real = trafilatura.extract
    monkeypatch.setattr(trafilatura, "extract", lambda *a, **k: real(*a, **k).replace(
        ARTICLE[1], ""))
    # beside paragraphs it kept, the dropped one is put back in the article
    src = load_path(write(tmp_path, "page.html", PAGE.encode()))
    assert ARTICLE[1] in article(src).split("\n")
    # elsewhere (or had that failed), it is listed
    monkeypatch.setattr(documents, "_sibling_paragraphs", lambda tree, body: body)
    src = load_path(write(tmp_path, "page.html", PAGE.encode()))
    assert ARTICLE[1] not in article(src)
    lines = src.raw.split("\n")
    k = lines.index(ARTICLE[1])
    assert k in src.furniture and lines[k - 1] == ARTICLE[0] and lines[k + 1] == ARTICLE[2]
    cleaned = clean(src.raw, {k}, src.furniture)
    assert f"{ARTICLE[0]}\n{ARTICLE[1]}\n{ARTICLE[2]}" in cleaned.text


def test_html_honours_meta_charset(tmp_path: Path) -> None:
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
            "<title>Caf\xe9</title></head><body><article><p>Le caf\xe9 \u201cest\u201d ouvert "
            "depuis mardi, a dit le maire du village.</p></article></body></html>")
    src = load_path(write(tmp_path, "page.htm", page.encode("cp1252")))
    assert src.encoding == "cp1252"  # iso-8859-1 is read as cp1252, like browsers do
    assert "Le café “est” ouvert depuis mardi" in article(src)
    assert src.title == "Café"


def test_html_without_article_falls_back_to_text_blocks(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    import trafilatura

    monkeypatch.setattr(trafilatura, "extract", lambda *a, **k: None)
    src = load_path(write(tmp_path, "page.html", PAGE.encode()))
    assert article(src).split("\n") == ["Storm hits coast", *ARTICLE,
                                   "Schools in the region stay closed",
                                   "Ferries are cancelled until Friday"]


def test_html_with_only_furniture_contains_no_text(tmp_path: Path) -> None:
    page = b"<html><head><title>T</title><script>x = 1</script></head><body></body></html>"
    refused(write(tmp_path, "page.html", page), "contains no text")


# --- Word ------------------------------------------------------------------------------------

def make_docx(paragraphs: list[str], core_title: str = "", table: list[list[str]] | None = None
              ) -> bytes:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, text in enumerate(row):
                grid.cell(r, c).text = text
        grid.cell(0, 0).merge(grid.cell(0, 1))  # a merged cell is listed once per grid column
    document.core_properties.title = core_title
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_docx_paragraphs_in_order(tmp_path: Path) -> None:
    data = make_docx(["Storm hits coast", "", "First paragraph.", "Second paragraph.",
                      "Third paragraph."], table=[["Casualties", ""], ["Injured", "12"]])
    src = load_path(write(tmp_path, "story.docx", data))
    assert src == SourceText(str(tmp_path / "story.docx"), "Storm hits coast",
                             "Storm hits coast\nFirst paragraph.\nSecond paragraph.\n"
                             "Third paragraph.\nCasualties\nInjured\n12", "docx", None)


def test_docx_core_title_wins(tmp_path: Path) -> None:
    src = load_path(write(tmp_path, "a.docx", make_docx(["Body text."], core_title="Real title")))
    assert src.title == "Real title"
    assert article(src) == "Body text."


def test_docx_without_text(tmp_path: Path) -> None:
    refused(write(tmp_path, "a.docx", make_docx(["", "   "])), "contains no text")


def test_corrupt_docx_random_bytes(tmp_path: Path) -> None:
    refused(write(tmp_path, "a.docx", os.urandom(512)), "is not a valid Word document")


def test_corrupt_docx_zip_without_document(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "not a word file")
    refused(write(tmp_path, "a.docx", buffer.getvalue()), "is not a valid Word document")


# --- PDF -------------------------------------------------------------------------------------

def test_pdf_text(tmp_path: Path) -> None:
    src = load_path(write(tmp_path, "a.pdf", make_pdf(["Hello from a PDF."])))
    assert src == SourceText(str(tmp_path / "a.pdf"), "Hello from a PDF.", "Hello from a PDF.",
                             "pdf", None)


def test_pdf_rejoins_hard_wrapped_lines_and_uses_metadata_title(tmp_path: Path) -> None:
    lines = ["Storm hits coast", "The storm struck the coast and the informa-",
             "tion reached the capital late", "on Tuesday.", "Officials counted damage."]
    src = load_path(write(tmp_path, "a.pdf", make_pdf(lines, title="Metadata title")))
    assert src.title == "Metadata title"
    assert article(src).split("\n") == [
        "Storm hits coast",
        "The storm struck the coast and the information reached the capital late on Tuesday.",
        "Officials counted damage.",
    ]


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    refused(write(tmp_path, "scan.pdf", make_pdf([])), "has no text layer (scanned PDF?)")


def test_corrupt_pdf(tmp_path: Path, capsys) -> None:
    refused(write(tmp_path, "bad.pdf", b"%PDF-1.4 garbage"), "is not a valid PDF (damaged")
    refused(write(tmp_path, "fake.pdf", b"not a pdf at all"), "is not a valid PDF")
    assert capsys.readouterr().err == ""  # pypdf's own complaints stay out of the terminal


def test_a_session_file_is_not_an_article(tmp_path: Path) -> None:
    from viewer.core.session import FORMAT_NAME

    data = f'{{\n  "format": "{FORMAT_NAME}", "schema": 1, "documents": []}}'.encode()
    refused(write(tmp_path, "work.corroborate", data), "is a Corroborate session")
    refused(write(tmp_path, "renamed.txt", data), "corroborate export")


def test_password_protected_pdf(tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(make_pdf(["Secret text."]))))
    writer.encrypt("secret", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    refused(write(tmp_path, "locked.pdf", buffer.getvalue()), "is password-protected")


def test_pdf_with_owner_password_only_opens(tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(make_pdf(["Readable text."]))))
    writer.encrypt("", owner_password="owner", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    assert load_path(write(tmp_path, "open.pdf", buffer.getvalue())).raw == "Readable text."


# --- pasted text -----------------------------------------------------------------------------

def test_load_text() -> None:
    src = load_text("\r\n  Headline here \r\nBody\rmore")
    assert src == SourceText("", "Headline here", "\n  Headline here \nBody\nmore", "paste", None)


def test_load_error_survives_pickling_for_worker_processes() -> None:
    err = pickle.loads(pickle.dumps(LoadError("a.txt", "file not found")))
    assert (str(err), err.path, err.reason) == ("a.txt: file not found", "a.txt", "file not found")


def test_load_text_empty_is_refused_with_name() -> None:
    with pytest.raises(LoadError) as info:
        load_text("  \n ", name="Clipboard")
    assert str(info.value) == "Clipboard: contains no text"


# --- robustness ------------------------------------------------------------------------------

def _zip_with(payload: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", payload)
        archive.writestr("word/document.xml", payload)
    return buffer.getvalue()


noise = st.one_of(
    st.binary(max_size=2000),
    st.text(max_size=500).map(str.encode),
    st.binary(max_size=500).map(lambda b: b"%PDF-1.4\n" + b),
    st.binary(max_size=300).map(_zip_with),
    st.text(alphabet="<>/!-#*_`[]()&;\"' \npah1", max_size=300).map(str.encode),
)


@pytest.mark.parametrize("suffix", [*SUPPORTED_SUFFIXES, "", ".bin"])
@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=noise)
def test_only_load_errors_escape(tmp_path: Path, suffix: str, data: bytes) -> None:
    path = write(tmp_path, f"random{suffix}", data)
    try:
        src = load_path(path)
    except LoadError as err:
        assert str(err).startswith(f"{path}: ")
        assert "\n" not in str(err)
        assert "cannot be loaded" not in err.reason  # the catch-all for bugs in the parsers
    else:
        assert article(src).strip()
        assert "\r" not in article(src)
        assert len(src.title) <= 201


def test_a_first_paragraph_as_title_is_cut_after_its_first_sentence():
    from viewer.core.documents import clip_title

    para = ("The U.S. Federal Reserve raised its benchmark rate by half a point on Wednesday. "
            "In a statement and a news conference by Chair Jerome Powell, the Fed said more.")
    assert clip_title(para) == para.split(" In a statement")[0]
    headline = "Death toll in dam disaster rises to 17 as questions grow over ignored warnings"
    assert clip_title(headline) == headline
    long = "word " * 80
    assert len(clip_title(long)) <= 200 and clip_title(long).endswith("…")


def test_a_dateline_is_not_the_title_of_a_page_without_a_headline(tmp_path: Path) -> None:
    path = tmp_path / "wire.txt"
    path.write_text("BAKU, Azerbaijan, March 15. Kazakh President Arman Sultanov will visit "
                    "Uzbekistan on March 18, Trend reports.\nThe sides plan to sign about 20 "
                    "documents.\n", encoding="utf-8")
    assert load_path(str(path)).title == ("Kazakh President Arman Sultanov will visit Uzbekistan "
                                          "on March 18, Trend reports.")


STANDFIRST_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Opposition sweeps to victory | The Herald</title></head><body>
<header><nav><a href="/">Home</a></nav></header>
<main><article>
<div class="kicker"><a href="/politics">Politics</a></div>
<h1>Opposition sweeps to victory</h1><!-- standfirst --><?render dek?>
<p class="standfirst">Korvan Forward tops the poll with 34.6 per cent, but a recount leaves the
next government uncertain</p>
<p class="byline">By Petra Hollan, Political Editor, and Jan Mraz in Lisnograd</p>
<figure><img src="x.jpg" alt="x"><figcaption>Miroslava Sevcik celebrates with supporters at
a hotel in Lisnograd early on Monday. Photograph: Jan Mraz</figcaption></figure>
<div class="article-body">
<p>For sixteen years the ruling party treated the region as its own, winning every election
since 2010 with comfortable majorities.</p>
<p>On Sunday, voters in the country's second most populous region took it away from the
party, giving the opposition 29 of the 75 seats.</p>
<p>The outgoing governor conceded shortly before midnight, telling a subdued crowd at the
party's headquarters that he accepted the verdict.</p>
</div></article></main><footer>Copyright The Herald</footer></body></html>"""


WRAPPED_STANDFIRST = STANDFIRST_PAGE.replace(
    '<p class="standfirst">', '<div class="content__standfirst"><p>').replace(
    "government uncertain</p>", "government uncertain</p></div>").replace(
    '<p class="byline">By Petra Hollan, Political Editor, and Jan Mraz in Lisnograd</p>',
    '<div class="meta"><p class="byline">By Petra Hollan, Political Editor, and Jan Mraz in '
    'Lisnograd</p></div>')


@pytest.mark.parametrize("page", [STANDFIRST_PAGE, WRAPPED_STANDFIRST])
def test_html_keeps_the_standfirst_between_headline_and_body(tmp_path: Path, page) -> None:
    """trafilatura drops a standfirst paragraph; it is the story's summary and must stay, in
    a box of its own too (a byline in a box of its own stays out)."""
    assert page.count("content__standfirst") == (page is WRAPPED_STANDFIRST)
    lines = article(load_path(write(tmp_path, "page.html", page.encode()))).split("\n")
    assert lines[:3] == [
        "Opposition sweeps to victory",
        "Korvan Forward tops the poll with 34.6 per cent, but a recount leaves the next "
        "government uncertain",
        "For sixteen years the ruling party treated the region as its own, winning every "
        "election since 2010 with comfortable majorities."]
    for junk in ("Petra Hollan", "Photograph", "Politics", "Home"):
        assert all(junk not in line for line in lines)


BOXED_PAGE = """<html><head><title>Ceasefire signed - GBS News</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<main><article><h1>Ceasefire signed after four days of talks</h1>
<div class="article-body">
<p>Zaretia and Vostrania signed a ceasefire on Tuesday after four days of talks in Port Aster,
the Lisvanian capital, officials from both countries said.</p>
<p>The agreement provides for an exchange of 1,200 prisoners, 600 from each side, to begin on
Friday at the Tesna bridge.</p>
<p>GBS News has asked the Zaretian embassy in Port Aster for comment on the agreement.</p>
<aside class="analysis-box"><h2>Analysis</h2>
<div class="analysis-byline"><span>Sofia Lind</span><span>Diplomatic correspondent</span></div>
<p>This is a ceasefire built on exhaustion rather than trust.</p>
<p>Twelve hundred families will be watching the Tesna bridge on Friday.</p>
</aside>
<p>Vostrania's parliament has ten days to ratify the agreement, which both governments have
promised to publish in full.</p>
<aside class="box"><p>Sign up for our morning briefing and get the news first.</p></aside>
<aside class="related-stories"><h2>More on this story</h2>
<p>What is the fight over Ardan about and why does it matter so much?</p>
<p>Who is Teodora Vallin, the quiet peacemaker behind the talks?</p></aside>
<aside><ul><li><a href="/a">Storm warning issued for the northern coasts tonight.</a></li>
<li><a href="/b">Interest rates held at 3.25% by the central bank today.</a></li></ul>
<p><a href="/c">Read the latest headlines from around the world here.</a></p>
<p><a href="/d">Watch the evening bulletin again on the GBS Player now.</a></p></aside>
</div></article></main><footer>Copyright 2027 GBS</footer></body></html>"""


def test_html_keeps_the_prose_of_a_box_inside_the_article_where_it_stands(
        tmp_path: Path) -> None:
    """trafilatura drops every <aside>: a correspondent's analysis in one is article text."""
    lines = article(load_path(write(tmp_path, "page.html", BOXED_PAGE.encode()))).split("\n")
    at = next(k for k, line in enumerate(lines) if line.startswith("GBS News has asked"))
    assert lines[at + 1:at + 3] == [
        "This is a ceasefire built on exhaustion rather than trust.",
        "Twelve hundred families will be watching the Tesna bridge on Friday."]
    assert lines[at + 3].startswith("Vostrania's parliament has ten days")
    text = "\n".join(lines)
    # the box's heading and byline, a one-paragraph promotion, related stories and link lists
    for furniture in ("Analysis", "Sofia Lind", "Sign up", "Ardan", "Teodora Vallin", "Storm",
                      "latest headlines", "evening bulletin"):
        assert furniture not in text, furniture


@pytest.mark.parametrize("box", [
    '<aside class="comments"><p>This is a disgrace and the government should resign now.</p>'
    '<p>I agree with the previous commenter about the whole of this deal.</p></aside>',
    '<aside class="bio"><p>Sofia Lind is our diplomatic correspondent in Port Aster.</p>'
    '<p>She has covered the region for ten years for the broadcaster.</p></aside>',
    '<aside class="rail"><p><a href="/x">Storm</a> A storm hit the coast overnight and left '
    'thousands without power.</p><p><a href="/y">Rates</a> The central bank held rates at '
    '3.25% on Thursday morning.</p></aside>'])
def test_html_boxes_that_do_not_say_they_are_the_article_stay_out(tmp_path: Path, box) -> None:
    page = BOXED_PAGE.replace("<aside class=\"box\">", box + "<aside class=\"box\">")
    text = article(load_path(write(tmp_path, "page.html", page.encode())))
    for words in ("disgrace", "previous commenter", "ten years", "storm hit", "held rates"):
        assert words not in text


TABLE_PAGE = """<html><head><title>Greens take Westfield</title></head><body><article>
<h1>Greens take control of Westfield council for the first time</h1>
<p>The Green Party has taken control of Westfield District Council for the first time, winning
24 of the 45 seats in Thursday's election.</p>
<p>The Conservatives, who had run the council since 2007, were reduced to nine seats.</p>
<h2>Full results</h2>
<table><thead><tr><th>Party</th><th>Seats</th><th>Change</th></tr></thead>
<tbody><tr><td>Green</td><td>24</td><td>+15</td></tr>
<tr><td>Conservative</td><td>9</td><td>-13</td></tr>
<tr><td>Liberal Democrat</td><td>7</td><td>+1</td></tr></tbody></table>
<aside class="factbox"><h3>Westfield in numbers</h3><ul><li>Population: 104,000</li>
<li>Turnout: 36.8%</li><li><a href="/more">More numbers</a></li></ul></aside>
<p>Turnout was 36.8%, up from 31.2% at the last election in 2022, the council said.</p>
</article></body></html>"""


def test_html_keeps_a_results_table_and_a_factbox_of_items(tmp_path: Path) -> None:
    """A table of results and a box of facts one to an item are the story's; trafilatura had
    dropped both (tables were excluded, and the box holds no paragraphs)."""
    raw = article(load_path(write(tmp_path, "page.html", TABLE_PAGE.encode())))
    lines = raw.split("\n")
    assert [x for x in lines if "\t" in x] == [
        "Party\tSeats\tChange", "Green\t24\t+15", "Conservative\t9\t-13", "Liberal Democrat\t7\t+1"]
    assert "Population: 104,000" in lines and "Turnout: 36.8%" in lines
    assert "More numbers" not in raw  # a link in the box is not a fact
    cleaned = clean(raw).text.split("\n")
    assert "Green 24 +15" in cleaned and "Population: 104,000" in cleaned


LAYOUT_PAGE = """<html><head><title>Ferry operator fined</title></head><body>
<table><tr><td><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></td>
<td><h1>Ferry operator fined over crossing delays</h1>
<p>The island's ferry operator has been fined 250,000 pounds by the regulator after months of
cancelled and delayed crossings left residents stranded.</p>
<p>The Harbour Commission said the company had failed to keep enough crew to run its timetable
between January and June.</p>
<p>A spokesman for the operator said it would appeal against the fine.</p></td>
<td>Most read: Harbour wall repairs begin</td></tr></table></body></html>"""


def test_html_a_page_laid_out_in_a_table_gives_its_paragraphs_once(tmp_path: Path) -> None:
    """A layout table holds the article in one cell: it is not a table of the story's."""
    raw = article(load_path(write(tmp_path, "page.html", LAYOUT_PAGE.encode())))
    assert raw.count("failed to keep enough crew") == 1
    assert "\t" not in raw and "Most read" not in raw


LIVE_PAGE = """<html><head><title>Museum theft live - The Courier</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
<main><article class="liveblog"><header>
<h1>Museum theft: two men arrested in Hallan after overnight raid</h1>
<p class="standfirst">Police hunting the gang who stole four paintings from the National Museum
have detained two suspects, and a burnt-out van has been found.</p></header>
<section class="key-points"><h2>Key points</h2><ul>
<li>Four paintings stolen from the National Museum in Veskar</li>
<li>Two men, aged 34 and 44, arrested in Hallan</li>
<li>Police offer a reward of 100,000 euros</li></ul></section>
<div class="post"><time datetime="2028-11-14T19:45">19:45</time>
<h3>Suspects are 34 and 44</h3>
<p>Police have just confirmed that the two men detained in Hallan are aged 34 and 44, and that
both live in Veskar.</p><p>Neither has been named.</p></div>
<div class="post"><time datetime="2028-11-14T16:40">16:40</time>
<h3 class="kicker">Breaking</h3>
<h3>Two arrested in Hallan</h3>
<p>Police say two men have been arrested at a house on Mill Lane in Hallan in connection with
the theft.</p>
<h3>Watch: the moment of the arrest</h3>
<figure><img src="a.jpg" alt=""><figcaption>Armed officers on Mill Lane. Photo: Courier
</figcaption></figure>
<p>Residents said officers had been watching the property since lunchtime on Tuesday.</p></div>
</article>
<aside class="related"><h2>More from the Courier</h2><h3>Rail line reopens</h3>
<p>The Hallan to Veskar rail line reopened on Monday after flood repairs.</p></aside>
</main><footer><h3>About us</h3><p>The Courier is published in Hallan every day.</p></footer>
</body></html>"""


def test_html_keeps_a_live_pages_post_headings_and_key_points(tmp_path: Path) -> None:
    """trafilatura drops a live page's post headings and its box of key points; both are the
    story's own words. Headings over anything but a paragraph, marked as furniture, or in a
    rail or footer stay out."""
    lines = article(load_path(write(tmp_path, "page.html", LIVE_PAGE.encode()))).split("\n")
    at = lines.index("Suspects are 34 and 44")
    assert lines[at + 1].startswith("Police have just confirmed")
    at = lines.index("Two arrested in Hallan")
    assert lines[at + 1].startswith("Police say two men")
    for item in ("Four paintings stolen from the National Museum in Veskar",
                 "Two men, aged 34 and 44, arrested in Hallan",
                 "Police offer a reward of 100,000 euros"):
        assert item in lines
    assert lines.index("Police offer a reward of 100,000 euros") < lines.index(
        "Suspects are 34 and 44"), "the box stays where it stands"
    text = "\n".join(lines)
    for furniture in ("Breaking", "Watch: the moment", "Rail line reopens", "About us"):
        assert furniture not in text, furniture
    # what trafilatura left out is still shown as the page's furniture, not lost
    source = load_path(write(tmp_path, "page.html", LIVE_PAGE.encode()))
    removed = {r.text for r in clean(source.raw, source.keep, source.furniture).removed}
    assert {"Breaking", "Watch: the moment of the arrest", "Rail line reopens"} <= removed


@pytest.mark.parametrize("box", [
    '<div class="article-notice"><p>This article is more than 5 years old and may contain '
    'outdated information.</p></div>',
    '<div class="listen-box"><p>Listen to this article, read by an AI voice, in about six '
    'minutes.</p></div>',
    '<div class="paywall-teaser"><p>Subscribe now for just £1 a week and read every story '
    'in full.</p></div>',
    '<div class="sponsor-note"><p>This content was produced in partnership with a regional '
    'bank.</p></div>'])
def test_html_a_notice_box_under_the_headline_is_no_standfirst(tmp_path: Path, box) -> None:
    page = STANDFIRST_PAGE.replace("<!-- standfirst -->", box)
    lines = article(load_path(write(tmp_path, "page.html", page.encode()))).split("\n")
    text = box.split("<p>")[1].split("</p>")[0]
    assert text not in lines
    assert lines[1].startswith("Korvan Forward tops the poll")


def test_html_puts_back_a_paragraph_the_extractor_dropped_beside_kept_ones() -> None:
    """trafilatura dropped the last paragraph of a live page's last post ("A large rescue
    operation is under way."); a sentence in the same container as the article's paragraphs is
    the article's. Paragraphs of a rail, a footer or a box marked as furniture stay out."""
    src = load_path(str(Path(__file__).parent.parent / "data" / "story46" / "02-vrtv-live.html"))
    body = article(src).split("\n")
    caught = body.index("Around 20 people are believed to have been caught.")
    assert body[caught + 1] == "A large rescue operation is under way."

    import lxml.html

    tree = lxml.html.document_fromstring(
        "<html><body><article><p>Rescuers reached the village before dawn.</p>"
        "<p>Four people were taken to hospital in the valley.</p>"
        "<p class='newsletter-promo'>Get our morning briefing in your inbox.</p>"
        "<p>Roads into the valley stay closed until Monday.</p>"
        "<p>Share</p></article>"
        "<aside><p>Other stories from the region you may have missed.</p></aside>"
        "<footer><p>All our reporting is checked by two editors.</p></footer></body></html>")
    kept = ["Rescuers reached the village before dawn.", "Roads into the valley stay closed "
            "until Monday."]
    assert documents._sibling_paragraphs(tree, kept) == [
        "Rescuers reached the village before dawn.",
        "Four people were taken to hospital in the valley.",
        "Roads into the valley stay closed until Monday."]
    # nothing of the article's kept: the container is not known to be the article's
    assert documents._sibling_paragraphs(tree, ["Something else entirely."]) == [
        "Something else entirely."]


def test_html_puts_back_a_post_the_extractor_dropped_whole() -> None:
    """trafilatura dropped one post of a live page whole ("Schools closed on Monday" over its
    one sentence): among posts side by side, most of them the article's, it is a post like
    the others. A rail of teasers, none of them kept, stays out."""
    src = load_path(str(Path(__file__).parent.parent / "data" / "story71" / "03-rtd-live.html"))
    body = article(src).split("\n")
    assert "Schools across Gornja Selna will stay closed on Monday." in body
    assert body.index("Schools across Gornja Selna will stay closed on Monday.") < \
        body.index("The Civil Protection Directorate has confirmed 14 deaths and 68 injuries.")

    import lxml.html

    posts = "".join(f"<div class='post'><time>1{k}:00</time><p>{text}</p></div>" for k, text in
                    enumerate(["The river rose by two metres overnight.",
                               "Four villages have been evacuated by the army.",
                               "Schools across the valley will stay closed on Monday.",
                               "The bridge at Lesna has been closed to traffic.",
                               "Rain is expected to ease by Tuesday evening."]))
    teasers = "".join(f"<div class='card'><p>{t}</p></div>" for t in
                      ["Our guide to flood insurance claims.", "How to pack an emergency bag.",
                       "Where to give blood in the valley.", "Ten walks for the spring."])
    tree = lxml.html.document_fromstring(
        f"<html><body><main><div class='feed'>{posts}</div><div class='more'>{teasers}</div>"
        "</main></body></html>")
    kept = ["The river rose by two metres overnight.",
            "Four villages have been evacuated by the army.",
            "The bridge at Lesna has been closed to traffic.",
            "Rain is expected to ease by Tuesday evening."]
    assert documents._sibling_posts(tree, kept) == [
        "The river rose by two metres overnight.",
        "Four villages have been evacuated by the army.",
        "Schools across the valley will stay closed on Monday.",
        "The bridge at Lesna has been closed to traffic.",
        "Rain is expected to ease by Tuesday evening."]
    # two posts of five kept: not enough to say the boxes are posts of the article
    assert documents._sibling_posts(tree, kept[:2]) == kept[:2]


def test_html_puts_back_no_paragraph_it_has_split_nor_a_link() -> None:
    """A paragraph with a line break inside is in the body as two lines ("By Tuesday," /
    "rescuers ..."): not dropped, so not put back a second time. A paragraph that is a link (a
    related story's headline) is the page's, not the article's."""
    import lxml.html

    tree = lxml.html.document_fromstring(
        "<html><body><article><p>Rescuers reached the village before dawn.</p>"
        "<p>By Tuesday,<br>rescuers had pulled 14 bodies from the water.</p>"
        "<p><a href='/a'>Lesna valley braces for more rain.</a></p>"
        "<p>Roads into the valley stay closed until Monday.</p></article></body></html>")
    kept = ["Rescuers reached the village before dawn.", "By Tuesday,",
            "rescuers had pulled 14 bodies from the water.",
            "Roads into the valley stay closed until Monday."]
    assert documents._sibling_paragraphs(tree, kept) == kept


SUMMARY_PAGE = """<html><head><title>Bridge collapse live - NBS</title></head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav></header>
<main><div class="live-header"><h1>Carrow bridge collapse: nine dead after span falls</h1>
<p class="updated">Updated 14:32 BST</p></div>
<section class="summary"><h2>Summary</h2><ul>
<li>The central span of the Hallam Bridge collapsed shortly before 8am</li>
<li>Nine people are confirmed dead and 31 are in hospital</li>
<li>The prime minister has ordered an independent inquiry</li></ul></section>
<div class="live-feed">
<article class="post"><time>14:32</time><h3>Death toll rises to nine</h3>
<p>The number of people confirmed dead has risen to nine, the fire service says.</p></article>
<article class="post"><time>14:10</time><h3>A black day</h3>
<p>Transport Minister Irena Novak has been speaking to reporters at the scene.</p>
<p>She confirmed that every bridge of a similar design would be inspected.</p></article>
<article class="post"><time>13:45</time><h3>Blood donors asked to come forward</h3>
<p>The blood bank is asking donors with O-negative blood to visit its centre.</p></article>
</div>
<aside class="related"><section class="summary"><h2>Summary</h2><ul>
<li>Why do bridges fail? Our science correspondent explains</li>
<li>A short history of the Hallam Bridge and its repairs</li></ul></section></aside>
</main></body></html>"""


def test_html_keeps_a_live_pages_summary_box_outside_its_posts(tmp_path: Path) -> None:
    """A live page's summary of what is known, in a box of its own beside the posts that
    trafilatura keeps, is the story's; a box so called in a rail is its teasers."""
    lines = article(load_path(write(tmp_path, "page.html", SUMMARY_PAGE.encode()))).split("\n")
    for item in ("The central span of the Hallam Bridge collapsed shortly before 8am",
                 "Nine people are confirmed dead and 31 are in hospital",
                 "The prime minister has ordered an independent inquiry"):
        assert item in lines
    assert lines.index("Nine people are confirmed dead and 31 are in hospital") < \
        lines.index("Death toll rises to nine")
    assert not any("Why do bridges fail" in x for x in lines)
