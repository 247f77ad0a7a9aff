"""The command line: output, exit statuses, no tracebacks for bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from budgetperf import __version__
from budgetperf.cli import main

FORMS = Path(__file__).resolve().parent.parent / "examples" / "forms"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    from budgetperf.build import compiled_modules

    compiled = compiled_modules()  # (a compiled build names its modules: tests/test_build.py)
    suffix = f" (compiled: {', '.join(compiled)})" if compiled else ""
    assert capsys.readouterr().out.strip() == f"budgetperf {__version__}{suffix}"


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["628.95万元"], "628.95万元"),
        (["628.95万元", "--to", "元"], "6,289,500.00元"),
        (["628.95万元", "--to", "元", "--no-grouping"], "6289500.00元"),
        (["628.95万元", "--style", "currency"], "¥6,289,500.00"),
        (["628.95万元", "--style", "currency", "--locale", "en"], "CN¥6,289,500.00"),
        (["628.95万元", "--locale", "en"], "628.95 ten thousand yuan"),
        (["628.95万元", "--to", "亿元"], "0.062895亿元"),
        (["628.95万元", "--to", "亿元", "--places", "2"], "0.06亿元"),
        (["2.665元", "--places", "2", "--rounding", "HALF_EVEN"], "2.66元"),
        (["628.95万元", "--uppercase"], "陆佰贰拾捌万玖仟伍佰元整"),
        (["1409.50元", "--uppercase", "--prefix"], "人民币壹仟肆佰零玖元伍角"),
        (["1.005元", "--uppercase", "--rounding", "HALF_UP"], "壹元零壹分"),
        (["703.50", "--default-unit", "万元", "--to", "元"], "7,035,000.00元"),
        (["-3.5万元", "--to", "元"], "-35,000.00元"),
        (["--to", "元", "--", "-3.5万元"], "-35,000.00元"),
        # 大写 in, as written on a cheque or a 决算 table (issue 10, Deliver 5)
        (["壹佰元整"], "100.00元"),
        (["叁佰贰拾伍万陆仟元整", "--to", "万元"], "325.60万元"),
        (["人民币壹仟肆佰零玖元伍角", "--to", "元"], "1,409.50元"),
        (["陆佰贰拾捌万玖仟伍佰元整", "--uppercase"], "陆佰贰拾捌万玖仟伍佰元整"),
    ],
)
def test_amount(capsys: pytest.CaptureFixture[str], argv: list[str], expected: str) -> None:
    status, out, err = run(capsys, "amount", *argv)
    assert (status, out.strip(), err) == (0, expected, "")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["628.95"], "no unit"),
        (["6x元"], "not an amount of money: '6x元'"),
        (["1.005元", "--uppercase"], "add --rounding HALF_UP"),
        (["1元", "--locale", "xx"], "unknown locale: 'xx'"),
        (["1元", "--to", "美元"], "not a unit of money"),
        (["1元", "--style", "currency", "--to", "万元"], "for 万元 or 亿元: '万元'"),
        (["1e999999元"], "not an amount"),
        (["壹万贰万元整"], "万 more than once"),
        (["壹佰元"], "壹佰元"),
    ],
)
def test_amount_bad_input(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    status, out, err = run(capsys, "amount", *argv)
    assert status == 2
    assert out == ""
    assert err.startswith("budgetperf: error: ")
    assert message in err
    assert err.count("\n") == 1


def test_value_text(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "value", "≥5千件")
    assert status == 0
    lines = dict(line.split(None, 1) for line in out.strip().splitlines())
    assert lines["comparator"] == "≥"
    assert lines["magnitude"] == "5"
    assert lines["multiplier"] == "1000"
    assert lines["unit"] == "件"
    assert lines["base_value"] == "5000"


def test_value_json(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "value", "≤1179.7万元", "--format", "json")
    assert status == 0
    record = json.loads(out)
    assert record["comparator"] == "≤"
    assert record["magnitude"] == "1179.7"
    assert record["base_value"] == "11797000"
    assert record["base_unit"] == "元"
    assert record["kind"] == "quantity"


def test_value_bad(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "value", "三个")
    assert (status, out) == (2, "")
    assert "Chinese numerals" in err
    assert "'三个'" in err


def test_values_on_a_seed_form(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "values", str(FORMS / "junshan-2023-department.json"))
    assert status == 0
    assert "热线工单接件  ≥5千件 → 0.9万件  5000 vs 9000 件" in out
    assert "80个 → 80  80 vs 80 个; [assumed-unit] 80 has no unit; read as 个" in out
    assert err == ""


def test_values_reports_incompatible_units(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "values", str(FORMS / "hetang-2022-department.json"))
    assert status == 0
    assert "[incompatible] 154项 is in 项 and 98% is in %" in out


def test_values_reports_blank_and_unreadable_cells(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    form = {
        "format": "budgetperf-printed-form/1",
        "form": "project",
        "indicators": [
            {"name": "a", "target": "三个", "actual": None},
            {"name": "b", "target": "≥2", "actual": "3"},
        ],
    }
    path = tmp_path / "form.json"
    path.write_text(json.dumps(form, ensure_ascii=False), encoding="utf-8")
    status, out, err = run(capsys, "values", str(path))
    assert status == 0  # a cell budgetperf cannot read is a warning, as in check
    assert "target: Chinese numerals" in out
    assert ": '三个'" in out
    assert "actual: blank" in out
    assert "1 cell(s) could not be read" in err


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not JSON"),
        ("[]", "field '$': must be a JSON object"),
        ('{"format": "budgetperf-printed-form/1", "form": "x"}', "'form' must be"),
        ('{"format": "other"}', "not a budgetperf-printed-form/1 file"),
        (
            '{"format": "budgetperf-printed-form/1", "form": "project", "indicators": 3}',
            "$.indicators",
        ),
    ],
)
def test_values_bad_files(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    status, _, err = run(capsys, "values", str(path))
    assert status == 2
    assert message in err
    assert str(path) in err


def test_values_bad_cell_is_an_error_and_the_rest_is_read(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "bad.json"
    path.write_text(
        '{"format": "budgetperf-printed-form/1", "form": "project", '
        '"indicators": [{"name": "a", "target": 5}, {"name": "b", "target": "≥2", "actual": "3"}]}',
        encoding="utf-8",
    )
    status, out, err = run(capsys, "values", str(path))
    assert status == 1
    assert f"error: {path} row 1 field '$.indicators[0].target'" in out
    assert "  b  ≥2 → 3" in out
    assert "1 error(s) in the forms" in err


def test_values_missing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    status, _, err = run(capsys, "values", str(tmp_path / "nope.json"))
    assert status == 2
    assert "cannot read the file" in err


def test_no_traceback_from_the_installed_command() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "budgetperf", "amount", "abc"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.strip() == "budgetperf: error: not an amount of money: 'abc'"


def test_usage_errors_exit_2() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "budgetperf", "amount"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


LEDGERS = Path(__file__).resolve().parent.parent / "examples" / "ledgers"


def test_ledger_table(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "ledger", str(LEDGERS / "seed000-2022-hetang.csv"))
    assert (status, err) == (0, "catalogue: budgetperf-bundled\n")
    first = out.splitlines()[0]
    assert first.startswith("201 一般公共服务支出  initial=676.59  executed=530.37")
    assert "share=84.33%" in first
    assert "2060199 其他科学技术管理事务支出" in out
    assert "share=11.39%  share_each=11.40%" in out
    assert out.strip().endswith(
        "7 lines (shares: largest remainder; share_each: each rounded alone)"
    )


def test_ledger_json_and_markdown(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(
        capsys, "ledger", str(LEDGERS / "seed002-2018-miluo.csv"), "--format", "json"
    )
    assert status == 0
    data = json.loads(out)
    first = data["rows"][0]
    assert (first["code"], first["executed"], first["share"]) == ("201", "824.83", "97.41%")
    assert data["total"] == {"initial": "500.87", "executed": "846.77", "unit": "万元", "lines": 6}
    status, out, _ = run(
        capsys, "ledger", str(LEDGERS / "seed002-2018-miluo.csv"), "--format", "markdown"
    )
    assert out.splitlines()[2] == (
        "| 类 | 201 | 一般公共服务支出 | 478.93 | 824.83 | 172.22% | 97.41% | 97.41% |"
    )


def test_ledger_statements_and_previous(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    previous = tmp_path / "2021.csv"
    previous.write_text("code,executed\n2010301,1022.32\n", encoding="utf-8")
    status, out, _ = run(
        capsys,
        "ledger",
        str(LEDGERS / "seed000-2022-hetang.csv"),
        "--statements",
        "--year",
        "2022",
        "--previous",
        str(previous),
    )
    assert status == 0
    lines = out.splitlines()
    assert lines[0].startswith("2022年度一般公共预算财政拨款支出628.95万元")
    assert lines[1] == "与上年相比，一般公共预算财政拨款支出减少393.37万元，下降38.48%。"
    assert "完成年初预算的89.40%" in lines[2]
    status, out, _ = run(
        capsys,
        "ledger",
        str(LEDGERS / "seed000-2022-hetang.csv"),
        "--statements",
        "--zero-base",
        "hundred",
    )
    assert "支出决算为124.66万元，完成年初预算的100.00%" in out


def test_ledger_bad_row_is_a_finding_and_bad_input_exits_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("code,executed\n2010301,abc\n2010302,5\n", encoding="utf-8")
    status, out, err = run(capsys, "ledger", str(bad))
    # Issue 10: one bad row is a finding (status 1) and the other rows are read; it was 2.
    assert status == 1
    assert "2010302" in out
    assert f"{bad} row 2 field 'executed': ledger.unreadable-row error:" in err
    status, _, err = run(capsys, "ledger", str(bad), "--unit", "美元")
    assert status == 2
    column = tmp_path / "column.csv"
    column.write_text("code,exectued\n2010301,5\n", encoding="utf-8")
    status, out, err = run(capsys, "ledger", str(column))
    assert (status, out) == (2, "")
    assert err.startswith("budgetperf: error: ")


def test_score_text(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "score", str(FORMS / "junshan-2023-department.json"))
    # Exit 1: a printed score differs from the rule (issue 10: it was 0).
    assert (status, err) == (1, "")
    assert "[central-2020@1]" in out.splitlines()[0]
    assert "反向: 1107.5万元 ≤ 1179.7万元 → 10/10, printed 9.4" in out
    assert "total: rule 100.00 / printed 99.4; grade: rule 优 / printed —" in out
    assert "verdict: total 100.00 (优); printed 99.4; 1 indicator(s) printed differently" in out


def test_score_json_profiles_and_markdown(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    status, out, _ = run(
        capsys, "score", str(FORMS / "hetang-2022-department.json"), "--format", "json"
    )
    assert status == 1  # the printed total 99 is not the rule's 99.90
    data = json.loads(out)
    assert (data["format"], data["profile"], len(data["files"])) == (
        "budgetperf-score/1",
        "central-2020@1",
        1,
    )
    form = data["files"][0]
    assert (form["total"], form["printed_total"], form["profile"], form["errors"]) == (
        "99.90",
        "99",
        "central-2020@1",
        True,
    )
    assert form["indicators"][0]["status"] == "printed-used"
    custom = tmp_path / "mine.toml"
    custom.write_text('extends = "central-2020"\nname = "mine"\nversion = "7"\n', encoding="utf-8")
    status, out, _ = run(
        capsys,
        "score",
        str(FORMS / "hetang-2022-department.json"),
        "--profile",
        str(custom),
        "--format",
        "json",
    )
    assert json.loads(out)["profile"] == "mine@7"
    status, out, _ = run(
        capsys, "score", str(FORMS / "junshan-2023-project-hall.json"), "--format", "markdown"
    )
    assert "| 财政资金支出 | ≤273万元 | 273万元 | 10 | 10 | 10.00 |  |" in out


def test_score_cannot_score_miluo(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "score", str(FORMS / "miluo-2018-project.json"))
    assert status == 1
    assert "verdict: cannot score: the table prints no indicator weights" in out


def test_score_bad_profile_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(
        capsys, "score", str(FORMS / "miluo-2018-project.json"), "--profile", "no-such-profile"
    )
    assert (status, out) == (2, "")
    assert "no-such-profile" in err


REPORTS = Path(__file__).resolve().parent.parent / "examples" / "reports"


def test_check_forms_and_texts(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "check", str(FORMS / "junshan-2023-project-hall.json"))
    assert status == 0
    assert out.strip() == "0 error(s), 0 warning(s), 0 note(s) in 1 file(s)"
    status, out, _ = run(capsys, "check", str(REPORTS / "000_19490f38bcbee111.txt"))
    assert status == 1
    assert ":19:139: arithmetic.share error:" in out
    assert "    科学技术(类)支出71.67万元,占11.39%" in out
    status, out, _ = run(
        capsys, "check", str(REPORTS / "000_19490f38bcbee111.txt"), "--max", "1", "--format", "json"
    )
    data = json.loads(out)
    assert (data["truncated"], data["found"], len(data["findings"])) == (True, 6, 1)


def test_check_unreadable_exits_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    status, _, err = run(capsys, "check", str(tmp_path / "missing.txt"))
    assert status == 2
    assert "missing.txt" in err


def test_ledger_csv_the_csv_module_refuses_exits_2_with_the_row(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    import csv

    path = tmp_path / "lines.csv"
    path.write_text("code,name,executed\n2010301," + "x" * (csv.field_size_limit() + 1) + ",5\n")
    status, out, err = run(capsys, "ledger", str(path))
    assert status == 2
    assert out == ""
    assert err.startswith(f"budgetperf: error: {path} row 2: not readable as CSV")
    assert "Traceback" not in err


def test_check_claims_and_coverage(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    text = tmp_path / "r.txt"
    text.write_text(
        "支出628.95万元,主要用于:A支出71.67万元,占11.39%;B支出557.28万元,占88.60%。\n"
        "本年度另有若干支出共计12.5万元,情况复杂。\n",
        encoding="utf-8",
    )
    status, out, _ = run(capsys, "check", str(text), "--format", "json", "--claims", "--coverage")
    assert status == 0  # 11.39 is only a warning: the rounding of 71.67 explains it
    data = json.loads(out)
    claims = data["claims"][str(text)]
    assert [(c["kind"], c["printed"]["text"], c["status"]) for c in claims] == [
        ("sum", "628.95万元", "agrees"),
        ("share", "11.39%", "rounding"),
        ("share", "88.60%", "agrees"),
    ]
    assert claims[1]["inputs"][0]["text"] == "71.67万元"
    assert claims[1]["explanation"] == "agrees if 71.67万元 were 71.665万元"
    assert data["claims_checked"] == 3
    assert [s["line"] for s in data["not_understood"][str(text)]] == [2]
    status, out, _ = run(capsys, "check", str(text), "--coverage")
    assert "r.txt:2:1: not understood (figures, but no claim read)" in out
    assert out.rstrip().endswith(
        "3 claims checked in 1 sentences; 1 sentences with figures not understood"
    )


def test_check_max_counts_every_finding(capsys: pytest.CaptureFixture[str]) -> None:
    # --max cut the counts too: "0 error(s) … ONLY THE FIRST 1 OF 6" and status 0 (issue 12.3)
    report = str(REPORTS / "000_19490f38bcbee111.txt")
    _, whole, _ = run(capsys, "check", report)
    status, out, err = run(capsys, "check", report, "--max", "1")
    assert (status, err) == (1, "")
    summary = whole.splitlines()[-2]
    assert out.splitlines()[-2] == summary.replace(
        " in 1 file(s)", " in 1 file(s); ONLY THE FIRST 1 OF 6 FINDINGS ARE SHOWN"
    )
    assert out.splitlines()[0] == whole.splitlines()[0]
