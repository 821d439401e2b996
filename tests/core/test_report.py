"""The HTML report: self-contained, complete, escaped."""

import re

import pytest

from viewer.cli import main
from viewer.core.documents import load_text
from viewer.core.pipeline import compare
from viewer.core.report import coverage_colour, render_html

A = ("Floods force thousands from homes\nHeavy rain caused the Lesna river to burst its banks "
     "on Monday, flooding six villages.\nInterior Minister Dana Okonkwo-Reyes said 2,300 people "
     "had been evacuated.\nA <script>alert(1)</script> sign & more was seen.")
B = ("River floods villages\nThe Lesna river overflowed on Monday after heavy rain, flooding "
     "six villages.\nSome 2,500 people were evacuated, Interior Minister Dana Okonkwo-Reyes said."
     "\nShare")


@pytest.fixture(scope="module")
def result():
    return compare([load_text(A, "a.txt"), load_text(B, "b.txt")])


@pytest.fixture(scope="module")
def page(result):
    return render_html(result)


def test_self_contained(page):
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:|//)""", page)
    assert "<link" not in page and "@import" not in page and "fetch(" not in page
    assert "XMLHttpRequest" not in page


def test_every_document_sentence_and_discrepancy_is_there(result, page):
    for doc in result.documents:
        assert f"id='{doc.id}'" in page
        for s in doc.sentences:
            assert f'id="{s.id}"' in page
    assert result.discrepancies
    for d in result.discrepancies:
        assert d.detail.split(":")[0] in page
        for sid in d.sentences:
            assert f"href='#{sid}'" in page


def test_text_is_escaped(page):
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_entity_matrix_and_legend(result, page):
    for entity, _ in result.presence_matrix():
        assert entity.name.replace("&", "&amp;") in page
    assert "only one source" in page and "2 of 2" in page
    assert "boilerplate removed" in page


def test_coverage_colours_distinguish_unique_and_shared():
    assert coverage_colour(1, 5) != coverage_colour(2, 5) != coverage_colour(5, 5)
    assert coverage_colour(2, 2) != coverage_colour(1, 2)


def test_cli_writes_report(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(B, encoding="utf-8")
    out = tmp_path / "report.html"
    assert main(["compare", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--html",
                 str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith("<!doctype html>")
    assert f"Wrote {out}" in capsys.readouterr().out
