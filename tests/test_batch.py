"""A folder of mixed good and bad files checked in one run (issue 12, Deliver 2 and 3).

The test writes the folder itself: report texts (one a seed report), a printed form, a .docx
(python-docx) and a web page, then a text with a stray undecodable byte, a .docx cut short, an
empty file and a ledger CSV. Every good file gives the findings it gives alone; each bad file is
its own finding; the exit status follows the findings; --jobs, --max, jsonl and --summary are
checked against the plain run.
"""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from budgetperf import batch
from budgetperf.batch import FileKind, check_file, check_files, expand
from budgetperf.cli import main
from budgetperf.schemas import schema

docx = pytest.importorskip("docx", reason="the documents extra (python-docx) is not installed")
jsonschema = pytest.importorskip("jsonschema")

ROOT = Path(__file__).resolve().parent.parent
SEED_REPORT = ROOT / "examples" / "reports" / "000_19490f38bcbee111.txt"
SEED_FORM = ROOT / "examples" / "forms" / "junshan-2023-project-hall.json"
CLEAN = "行政运行(项)。年初预算为100万元，支出决算为90万元，完成年初预算的90%。\n"
FAULTY = "行政运行(项)。年初预算为100万元，支出决算为90万元，完成年初预算的95%。\n"
TWO_ERRORS = (
    FAULTY + "一般行政管理事务(项)。年初预算为200万元，支出决算为100万元，完成年初预算的60%。\n"
)
SANGONG = [
    ("项目", "预算数", "决算数"),
    ("“三公”经费合计", "20", "9.07"),
    ("因公出国(境)费", "0", "0"),
    ("公务接待费", "9", "3.5"),
    ("公务用车运行维护费", "11", "5.75"),
]
CHECK = [sys.executable, "-m", "budgetperf", "check"]
GOOD = ["a-clean.txt", "b-faulty.txt", "c-seed.txt", "d-form.json", "e-report.docx", "f-page.html"]
BAD = ["g-stray.txt", "h-broken.docx", "i-empty.txt", "j-lines.csv"]


def _docx_bytes(lines: list[str]) -> bytes:
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _page() -> bytes:
    rows = "".join(
        "<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>\n" for row in SANGONG
    )
    return f"<html><body><p>单位:万元</p>\n<table>\n{rows}</table></body></html>\n".encode()


def write_folder(folder: Path) -> Path:
    """The mixed folder: six good files (one in a subfolder) and four bad ones."""
    folder.mkdir(exist_ok=True)
    (folder / "a-clean.txt").write_text(CLEAN, encoding="utf-8")
    (folder / "b-faulty.txt").write_text(FAULTY, encoding="gbk")
    (folder / "c-seed.txt").write_bytes(SEED_REPORT.read_bytes())
    (folder / "d-form.json").write_bytes(SEED_FORM.read_bytes())
    (folder / "e-report.docx").write_bytes(_docx_bytes(FAULTY.splitlines()))
    (folder / "f-page.html").write_bytes(_page())
    (folder / "g-stray.txt").write_bytes(
        "年初预算为100万元".encode()
        + b"\xff"
        + "，支出决算为90万元，完成年初预算的95%。\n".encode()
    )
    whole = _docx_bytes(FAULTY.splitlines())
    (folder / "h-broken.docx").write_bytes(whole[: len(whole) // 2])
    (folder / "i-empty.txt").write_bytes(b"")
    (folder / "j-lines.csv").write_text(
        "code,initial,executed\n2010301,100,90\n2010399,0,10\n", encoding="utf-8"
    )
    (folder / ".hidden.txt").write_text(FAULTY, encoding="utf-8")  # left out of the folder
    (folder / "notes.png").write_bytes(b"\x89PNG\r\n\x1a\n")  # not a kind check reads
    return folder


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_folder(tmp_path_factory.mktemp("reports") / "reports")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        status = main(list(argv))
    except SystemExit as exit_:
        status = exit_.code if isinstance(exit_.code, int) else 2
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return status, out, err


def _finding_schema() -> dict[str, Any]:
    whole = schema("check")
    return {"$ref": "#/$defs/finding", "$defs": whole["$defs"]}


# -- the engine ---------------------------------------------------------------------------------


def test_a_folder_gives_its_files_sorted_hidden_and_other_kinds_left_out(folder: Path) -> None:
    names = [Path(p).name for p in expand([str(folder)])]
    assert names == sorted(GOOD + BAD)
    # --include replaces the default; a file named is checked whatever its name
    assert [Path(p).name for p in expand([str(folder)], ["*.docx", "*.HTML"])] == [
        "e-report.docx",
        "f-page.html",
        "h-broken.docx",
    ]
    named = expand([str(folder / "notes.png"), str(folder), str(folder / "a-clean.txt")])
    assert Path(named[0]).name == "notes.png"
    assert len(named) == 1 + len(GOOD + BAD)  # a-clean.txt once


def test_a_subfolder_is_read_and_matched_by_its_path(tmp_path: Path) -> None:
    (tmp_path / "2023" / "q4").mkdir(parents=True)
    (tmp_path / "2023" / "q4" / "r.txt").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "b.txt").write_text(CLEAN, encoding="utf-8")
    assert [Path(p).relative_to(tmp_path).as_posix() for p in expand([str(tmp_path)])] == [
        "2023/q4/r.txt",
        "b.txt",
    ]
    assert len(expand([str(tmp_path)], ["2023/*"])) == 1


def test_each_file_is_found_by_its_content(folder: Path) -> None:
    kinds = {Path(r.path).name: r.kind for r in check_files(expand([str(folder)]))}
    assert kinds == {
        "a-clean.txt": FileKind.TEXT,
        "b-faulty.txt": FileKind.TEXT,
        "c-seed.txt": FileKind.TEXT,
        "d-form.json": FileKind.FORM,
        "e-report.docx": FileKind.DOCX,
        "f-page.html": FileKind.HTML,
        "g-stray.txt": FileKind.TEXT,
        "h-broken.docx": FileKind.UNKNOWN,
        "i-empty.txt": FileKind.EMPTY,
        "j-lines.csv": FileKind.TABLE,
    }


def test_the_bad_files_are_isolated_as_findings(folder: Path) -> None:
    results = {Path(r.path).name: r for r in check_files(expand([str(folder)]))}
    broken = results["h-broken.docx"]
    assert (broken.checked, broken.readable) == (False, False)
    assert [f.code for f in broken.findings] == ["io.unreadable"]
    assert "zip" in broken.findings[0].message_en
    assert str(folder / "h-broken.docx") in (broken.error or "")
    for name in ("i-empty.txt", "j-lines.csv"):
        result = results[name]
        assert (result.checked, result.readable) == (False, True)
        assert [f.code for f in result.findings] == ["io.not-checked"]
        assert result.findings[0].location.file == str(folder / name)
    stray = results["g-stray.txt"]
    assert stray.checked
    assert [f.code for f in stray.findings] == ["io.undecodable-byte", "arithmetic.completion-rate"]
    assert "byte offset 24" in stray.findings[0].message_en
    assert stray.claims_checked == 1
    for name in GOOD:
        assert results[name].checked, name
        assert not any(f.code.startswith("io.") for f in results[name].findings), name


def test_every_good_file_gives_what_it_gives_alone(
    capsys: pytest.CaptureFixture[str], folder: Path
) -> None:
    status, out, _ = run(capsys, "check", str(folder), "--format", "json")
    assert status == 1
    together = json.loads(out)
    alone: list[dict[str, Any]] = []
    for name in sorted(GOOD + BAD):
        _, one, _ = run(capsys, "check", str(folder / name), "--format", "json")
        alone.extend(json.loads(one)["findings"])
    assert together["findings"] == alone
    by_file = {
        Path(f["file"]).name: f["code"] for f in together["findings"] if f["severity"] == "error"
    }
    assert by_file["b-faulty.txt"] == "arithmetic.completion-rate"
    assert by_file["e-report.docx"] == "arithmetic.completion-rate"
    assert by_file["f-page.html"] == "arithmetic.breakdown-sum"
    assert by_file["h-broken.docx"] == "io.unreadable"
    docx_finding = next(f for f in together["findings"] if f["file"].endswith(".docx"))
    assert docx_finding["place"] == "paragraph 1"
    jsonschema.validate(together, schema("check"))
    # the engine alone agrees with the command
    assert [f.to_dict() for f in check_file(str(folder / "c-seed.txt")).findings] == [
        f for f in together["findings"] if f["file"].endswith("c-seed.txt")
    ]


def test_results_cross_process_boundaries() -> None:
    import pickle

    result = check_file(str(SEED_REPORT), claims=True)
    assert result.claims
    assert result.claims_checked == len(result.claims)
    assert pickle.loads(pickle.dumps(result)) == result


# -- exit status ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["a-clean.txt", "d-form.json"], 0),
        (["a-clean.txt", "i-empty.txt", "j-lines.csv"], 0),  # not checked: a warning
        (["i-empty.txt"], 0),
        (["a-clean.txt", "h-broken.docx"], 1),  # one unreadable among readable files
        (["b-faulty.txt"], 1),
        (["h-broken.docx"], 2),  # no file could be read
        (["h-broken.docx", "missing.txt"], 2),
    ],
)
def test_the_exit_status_follows_the_findings(
    capsys: pytest.CaptureFixture[str], folder: Path, names: list[str], expected: int
) -> None:
    status, out, err = run(capsys, "check", *(str(folder / n) for n in names))
    assert status == expected, (out, err)
    if expected == 2:
        assert err.startswith("budgetperf: error: ")
        assert len(err.splitlines()) == len(names)
        assert "2 UNREADABLE" in out or "1 UNREADABLE" in out
    else:
        assert err == ""


def test_a_file_not_checked_is_said_in_the_summary(
    capsys: pytest.CaptureFixture[str], folder: Path
) -> None:
    status, out, _ = run(capsys, "check", str(folder / "j-lines.csv"), str(folder / "i-empty.txt"))
    assert status == 0
    assert "io.not-checked warning: not checked: a table (CSV)" in out
    assert out.splitlines()[-1] == (
        "0 error(s), 2 warning(s), 0 note(s) in 2 file(s) (2 NOT CHECKED) [io.not-checked 2]"
    )
    status, out, _ = run(capsys, "check", str(folder / "j-lines.csv"), "--lang", "zh")
    assert "未核对：表格（CSV）" in out
    assert "（其中1个未核对）" in out


# -- --max --------------------------------------------------------------------------------------


def test_max_cuts_what_is_shown_never_what_is_counted(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "two.txt"
    path.write_text(TWO_ERRORS, encoding="utf-8")
    summary = tmp_path / "s.csv"
    status, out, _ = run(capsys, "check", str(path), "--max", "1", "--summary", str(summary))
    assert status == 1
    lines = out.splitlines()
    assert sum(": arithmetic.completion-rate error:" in line for line in lines) == 1
    assert lines[-2].startswith("2 error(s), 0 warning(s), 0 note(s) in 1 file(s)")
    assert "ONLY THE FIRST 1 OF 2 FINDINGS ARE SHOWN" in lines[-2]
    assert "[arithmetic.completion-rate 2]" in lines[-2]
    assert next(csv.DictReader(summary.read_text(encoding="utf-8").splitlines()))["errors"] == "2"
    status, out, _ = run(capsys, "check", str(path), "--max", "1", "--format", "json")
    data = json.loads(out)
    assert status == 1
    assert (len(data["findings"]), data["found"], data["truncated"]) == (1, 2, True)
    assert data["counts"]["by_severity"]["error"] == 2
    status, out, _ = run(capsys, "check", str(path), "--max", "1", "--format", "jsonl")
    assert (status, len(out.splitlines())) == (1, 1)


@pytest.mark.parametrize("value", ["0", "-1"])
def test_max_below_one_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, value: str
) -> None:
    path = tmp_path / "r.txt"
    path.write_text(FAULTY, encoding="utf-8")
    status, out, err = run(capsys, "check", str(path), "--max", value)
    assert (status, out) == (2, "")
    assert err == f"budgetperf: error: --max must be at least 1: {value}\n"
    status, _, err = run(capsys, "check", str(path), "--jobs", "0")
    assert status == 2
    assert err == "budgetperf: error: --jobs must be at least 1: 0\n"


# -- --jobs, jsonl, --summary -------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["text", "json", "jsonl"])
def test_jobs_give_byte_identical_output(folder: Path, fmt: str) -> None:
    outputs = []
    for jobs in ("1", "2"):
        result = subprocess.run(
            [*CHECK, str(folder), "--format", fmt, "--jobs", jobs, "--claims", "--coverage"],
            capture_output=True,
            check=False,
            env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
        )
        assert result.returncode == 1
        assert b"Traceback" not in result.stderr
        assert result.stderr == b""  # no bar: stderr is not a terminal
        outputs.append(result.stdout)
    assert outputs[0] == outputs[1]


def test_jsonl_lines_are_the_json_findings(
    capsys: pytest.CaptureFixture[str], folder: Path
) -> None:
    _, whole, _ = run(capsys, "check", str(folder), "--format", "json")
    status, out, _ = run(capsys, "check", str(folder), "--format", "jsonl")
    assert status == 1
    lines = [json.loads(line) for line in out.splitlines()]
    assert lines == json.loads(whole)["findings"]
    validator = jsonschema.Draft202012Validator(_finding_schema())
    for line in lines:
        validator.validate(line)
        assert line["file"]


def test_jsonl_is_written_as_each_file_is_done(folder: Path, tmp_path: Path) -> None:
    seen: list[int] = []
    out = tmp_path / "out.jsonl"
    from budgetperf._cli_check import check_paths

    def each(result: batch.FileResult, done: int, total: int) -> None:
        seen.append(done)

    run_ = check_paths([str(folder)], each=each)
    assert seen == list(range(1, len(GOOD + BAD) + 1))
    assert run_.status() == 1
    status = main(["check", str(folder), "--format", "jsonl", "-o", str(out)])
    assert status == 1
    assert len(out.read_text(encoding="utf-8").splitlines()) == run_.report.found


def test_the_summary_csv_has_one_row_per_file(
    capsys: pytest.CaptureFixture[str], folder: Path, tmp_path: Path
) -> None:
    table = tmp_path / "summary.csv"
    names = ["a-clean.txt", "b-faulty.txt", "d-form.json", "h-broken.docx", "j-lines.csv"]
    status, _, _ = run(capsys, "check", *(str(folder / n) for n in names), "--summary", str(table))
    assert status == 1
    rows = list(csv.reader(table.read_text(encoding="utf-8").splitlines()))
    assert rows[0] == [
        "path",
        "kind",
        "checked",
        "reason",
        "claims_checked",
        "errors",
        "warnings",
        "notes",
        "sentences_with_claims",
        "sentences_not_understood",
        "coverage",
    ]
    broken = (
        "unreadable: "
        + check_file(str(folder / "h-broken.docx")).findings[0].message_en.split(": ", 1)[1]
    )
    assert [row[1:] for row in rows[1:]] == [
        ["text", "yes", "", "1", "0", "0", "0", "1", "0", "100.0%"],
        ["text", "yes", "", "1", "1", "0", "0", "1", "0", "100.0%"],
        ["form", "yes", "", "", "0", "0", "0", "", "", ""],
        ["unknown", "no", broken, "", "1", "0", "0", "", "", ""],
        [
            "table",
            "no",
            "a table (CSV), not a report text; a ledger is read by budgetperf ledger",
            "",
            "0",
            "1",
            "0",
            "",
            "",
            "",
        ],
    ]
    assert [row[0] for row in rows[1:]] == [str(folder / n) for n in names]


# -- progress -----------------------------------------------------------------------------------


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_progress_bar_only_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    from budgetperf._cli_check import progress_bar

    monkeypatch.setattr(sys, "stderr", io.StringIO())
    assert progress_bar(10) is None
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    bar = progress_bar(10)
    assert bar is not None
    bar.close()
    assert progress_bar(1) is None  # one file: nothing to show

    def missing(extra: str, module: str) -> Any:
        raise ImportError("no tqdm")

    monkeypatch.setattr("budgetperf._optional.require", missing)
    assert progress_bar(10) is None  # without the extra: no bar, no error


def test_an_unreadable_file_in_a_folder_never_gives_a_traceback(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "r")
    (folder / "deep.json").write_text("[" * 100_000, encoding="utf-8")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (folder / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100))
    result = subprocess.run(
        [sys.executable, "-m", "budgetperf", "check", str(folder)],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    for name in ("deep.json", "binary.txt", "old.doc", "h-broken.docx"):
        assert f"{name}: io.unreadable error" in result.stdout, name
    assert "(2 NOT CHECKED, 4 UNREADABLE)" in result.stdout


def test_a_folder_with_nothing_to_check_is_not_clean(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "r.txt").write_text(FAULTY, encoding="utf-8")
    status, out, err = run(capsys, "check", str(tmp_path), "--include", "*.pdf", "--format", "json")
    assert (status, out) == (2, "")
    assert err == f"budgetperf: error: no file to check in {tmp_path} (files matching *.pdf)\n"


def test_a_workbook_without_a_form_has_its_tables_checked(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    for row in SANGONG:
        book.active.append(row)
    book.save(tmp_path / "juesuan.xlsx")
    result = check_file(str(tmp_path / "juesuan.xlsx"))
    assert (result.kind, result.checked) == (FileKind.XLSX_TABLES, True)
    assert [(f.code, str(f.location)) for f in result.findings] == [
        ("arithmetic.breakdown-sum", f"{tmp_path / 'juesuan.xlsx'}:Sheet!C2")
    ]


def test_a_workbook_without_a_form_or_a_figure_is_not_checked(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    book.active.append(("项目", "说明"))
    book.save(tmp_path / "words.xlsx")
    result = check_file(str(tmp_path / "words.xlsx"))
    assert (result.kind, result.checked, result.readable) == (FileKind.XLSX, False, True)
    assert [f.code for f in result.findings] == ["io.not-checked"]
    assert "no 绩效自评表" in result.findings[0].message_en


def test_a_file_that_vanished_is_unreadable_and_the_others_are_checked(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(FAULTY, encoding="utf-8")
    files = expand([str(tmp_path)])
    (tmp_path / "b.txt").unlink()
    results = list(check_files(files))
    assert [r.readable for r in results] == [True, False, True]
    assert "No such file or directory" in results[1].findings[0].message_en
    assert [f.code for f in results[2].findings] == ["arithmetic.completion-rate"]


def test_wrong_arguments_are_typed_errors() -> None:
    from budgetperf.errors import OutOfRangeError, WrongTypeError

    with pytest.raises(WrongTypeError):
        expand("reports/")
    with pytest.raises(WrongTypeError):
        check_files("a.txt")
    with pytest.raises(OutOfRangeError):
        check_files(["a.txt"], jobs=0)
