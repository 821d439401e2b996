"""`corroborate export SESSION --html/--csv/--json OUT`: re-analyses the session and writes its
annotations and verdicts; bad sessions give one line naming the file."""

import csv
import io
import json

import pytest

from viewer.cli import main
from viewer.core.annotations import Annotation, anchor_for, verdict_for_fact
from viewer.core.documents import load_text
from viewer.core.result import Comparison
from viewer.core.session import Session, SessionDocument, analyse, backup_path, save_session

GOOD_A = ("Floods force thousands from homes\nHeavy rain caused the Lesna river to burst its "
          "banks on Monday.\nThe minister said 2,300 people had been evacuated.\n")
GOOD_B = ("River floods villages\nThe Lesna river overflowed on Monday after heavy rain.\n"
          "Some 2,500 residents were moved to safety, the minister said.\n")


@pytest.fixture(scope="module")
def saved(tmp_path_factory):
    """A saved session with one annotation on the 2,300 figure and a verdict on its fact."""
    folder = tmp_path_factory.mktemp("export")
    docs = [SessionDocument.from_source(f"d{n + 1}", load_text(t))
            for n, t in enumerate((GOOD_A, GOOD_B))]
    session = Session(docs, {"threshold": 0.4})
    result = analyse(session)
    text = result.document("d1").text
    at = text.index("2,300 people")
    tag = session.store.add_tag("Figure", "#d55e00")
    ann = session.store.add(Annotation.create("d1", anchor_for(text, at, at + 12), [tag.id],
                                              "check against the ministry"))
    fact = next(s.fact for s in result.document("d1").sentences if s.start <= at < s.end)
    session.store.set_verdict(verdict_for_fact(result, fact, "disputed"))
    path = folder / "floods.corroborate"
    save_session(session, path)
    return path, ann.id, fact


def test_export_writes_all_three_formats(saved, tmp_path, capsys):
    path, ann_id, fact = saved
    out = {k: tmp_path / f"out.{k}" for k in ("csv", "json", "html")}
    code = main(["export", str(path), "--csv", str(out["csv"]), "--json", str(out["json"]),
                 "--html", str(out["html"])])
    assert code == 0
    printed = capsys.readouterr().out
    assert all(f"Wrote {p}" in printed for p in out.values())
    row = next(csv.DictReader(io.StringIO(out["csv"].read_text("utf-8"))))
    assert (row["id"], row["quote"], row["tags"], row["fact"], row["verdict"]) == (
        ann_id, "2,300 people", "Figure", fact, "disputed")
    data = json.loads(out["json"].read_text("utf-8"))
    assert Comparison.from_dict(data).documents[0].text.startswith("Floods")
    assert data["annotations"]["total"] == 2
    assert data["verdicts"][0]["fact"] == fact
    page = out["html"].read_text("utf-8")
    assert "Annotations (1)" in page and "check against the ministry" in page
    assert "Verdicts (1)" in page


def test_export_to_stdout(saved, capsys):
    path, ann_id, _ = saved
    assert main(["export", str(path), "--csv", "-"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("id,document,") and ann_id in out and "Wrote" not in out


def test_export_needs_an_output(saved, capsys):
    assert main(["export", str(saved[0])]) == 2
    assert "give at least one of --html, --csv, --json" in capsys.readouterr().err


def test_damaged_session_is_named_and_its_backup_mentioned(saved, tmp_path, capsys):
    path = tmp_path / "copy.corroborate"
    good = saved[0].read_bytes()
    path.write_bytes(good)
    backup_path(path).write_bytes(good)
    path.write_bytes(good[:300])
    assert main(["export", str(path), "--csv", str(tmp_path / "x.csv")]) == 2
    err = capsys.readouterr().err.strip()
    assert err == (f"corroborate: {path}: is truncated (the file ends too early) "
                   f"(the previous version is kept in {backup_path(path)})")
    assert path.read_bytes() == good[:300] and not (tmp_path / "x.csv").exists()


def test_missing_session_and_unwritable_output(saved, tmp_path, capsys):
    assert main(["export", str(tmp_path / "nope.corroborate"), "--csv", "-"]) == 2
    assert "nope.corroborate: file not found" in capsys.readouterr().err
    (tmp_path / "folder").mkdir()
    assert main(["export", str(saved[0]), "--html", str(tmp_path / "folder")]) == 1
    assert f"cannot write {tmp_path / 'folder'}" in capsys.readouterr().err
