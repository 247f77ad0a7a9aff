"""Chinese first (issue 11, Deliver 5): ``--lang zh|en`` on every command, Chinese by default
under a Chinese locale, every header, summary and verdict translated, Δ explained in a legend,
per-indicator notes in text and markdown, subtotals in markdown, no "None" and no empty name.

The expected figures are the seeds' own, checked by hand: 荷塘 2022 prints 99 against the rule's
99.90 (全年度经费支出 printed 4 for the rule's 5.00; 群众满意度 printed 5 for 4.90), its 产出
一级 prints 49 of 50 against the rule's 50.00.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from budgetperf._cli_lang import default_lang
from budgetperf.cli import build_parser, main

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "examples" / "forms"
HETANG = str(FORMS / "hetang-2022-department.json")
MILUO = str(FORMS / "miluo-2018-project.json")
LEDGER = str(ROOT / "examples" / "ledgers" / "seed002-2018-miluo.csv")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "zh_CN.UTF-8"}, "zh"),
        ({"LANG": "zh_TW.Big5"}, "zh"),
        ({"LANG": "zh"}, "zh"),
        ({"LANG": "en_US.UTF-8"}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({}, "en"),
        ({"LC_ALL": "en_GB.UTF-8", "LANG": "zh_CN.UTF-8"}, "en"),  # LC_ALL wins
        ({"LC_ALL": "", "LC_MESSAGES": "zh_CN.UTF-8", "LANG": "en_US"}, "zh"),  # empty: unset
        ({"LC_MESSAGES": "POSIX", "LANG": "zh_CN.UTF-8"}, "en"),
    ],
)
def test_the_default_language_follows_the_messages_locale(
    environ: dict[str, str], expected: str
) -> None:
    assert default_lang(environ) == expected


def test_every_command_takes_lang() -> None:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    commands = sub.choices
    assert isinstance(commands, dict)
    assert set(commands) == {"amount", "value", "values", "score", "check", "classify", "ledger"}
    for name, command in commands.items():
        langs = [a for a in command._actions if a.dest == "lang"]
        assert langs, f"{name} has no --lang"
        assert list(langs[0].choices or ()) == ["zh", "en"], name
        assert langs[0].default is None, name  # from the locale


HEAD_ZH = ("指标", "指标值", "完成值", "分值", "印刷得分", "规则得分", "Δ", "说明")


def test_score_in_chinese(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "score", HETANG, "--lang", "zh")
    assert status == 1
    lines = out.splitlines()
    assert lines[1].split() == list(HEAD_ZH)
    assert "  产出指标：规则 50.00 / 印刷 49（分值 50）" in lines
    assert "总分：规则 99.90 / 印刷 99；等级：规则 优 / 印刷 优" in lines
    assert "结论：总分 99.90（优）；印刷总分 99；2项指标印刷得分与规则不符" in lines
    assert any(line.startswith("图例：Δ = 印刷得分 − 规则得分") for line in lines)
    # the per-indicator notes, under their rows
    row = next(i for i, line in enumerate(lines) if line.startswith("提升政务网络平台办事率"))
    assert lines[row + 1] == "    ↳ 注：未列比较符，读作正向（≥）"
    assert lines[row + 2] == "    ↳ 注：95未写单位，按%读"
    assert "全年度经费支出" in out
    assert "反向: 629.10 ≤ 703.50 → 5/5，印刷得分4" in out
    for english in ("indicator", "printed", "verdict", "note:", "total:"):
        assert english not in out


def test_score_in_english_explains_delta(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "score", HETANG, "--lang", "en")
    assert status == 1
    lines = out.splitlines()
    assert lines[1].split()[:7] == [
        "indicator",
        "target",
        "actual",
        "weight",
        "printed",
        "rule",
        "Δ",
    ]
    assert any(line.startswith("legend: Δ = printed − rule score") for line in lines)
    assert "    ↳ note: 95 has no unit; read as %" in lines
    assert "verdict: total 99.90 (优); printed 99; 2 indicator(s) printed differently" in out


def test_a_chinese_locale_gives_chinese(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    _, out, _ = run(capsys, "score", HETANG)
    assert out.splitlines()[1].split() == list(HEAD_ZH)
    _, out, _ = run(capsys, "score", HETANG, "--lang", "en")  # --lang wins
    assert out.splitlines()[1].split()[0] == "indicator"
    _, out, _ = run(capsys, "check", HETANG)
    assert out.splitlines()[-1].startswith("2个错误，1个警告，1个提示，共1个文件")


def test_markdown_keeps_subtotals_and_notes(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "score", HETANG, "--format", "markdown", "--lang", "zh")
    assert "| " + " | ".join(HEAD_ZH) + " |" in out
    assert "| 一级指标 | 分值 | 规则得分 | 印刷得分 |" in out
    assert "| 产出指标 | 50 | 50.00 | 49 |" in out
    assert "| 满意度指标 | 10 | 9.90 | 10 |" in out
    assert "- 提升政务网络平台办事率：95未写单位，按%读" in out
    # the differing printed score and Δ in bold
    assert "| 群众满意度 | 100% | 98% | 5 | **5** | 4.90 | **0.10** |" in out
    assert "**结论**：总分 99.90（优）；印刷总分 99；2项指标印刷得分与规则不符" in out
    _, out, _ = run(capsys, "score", HETANG, "--format", "markdown", "--lang", "en")
    assert "| 一级指标 | weight | rule | printed |" in out
    assert "legend: Δ = printed − rule score" in out


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_absent_values_never_print_as_none_or_blank(
    capsys: pytest.CaptureFixture[str], lang: str, fmt: str
) -> None:
    """汨罗 prints no weights: every absent weight, score and total is "—"."""
    _, out, _ = run(capsys, "score", MILUO, "--format", fmt, "--lang", lang)
    assert "None" not in out
    assert " of \n" not in out
    assert "规则  /" not in out
    assert "rule  /" not in out
    if fmt == "text":
        expected = (
            "  项目产出指标：规则 — / 印刷 —（分值 —）"
            if lang == "zh"
            else "  项目产出指标: rule — / printed — of —"
        )
        assert expected in out.splitlines()


def test_a_nameless_indicator_has_a_name_in_every_format(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    import json

    data = json.loads((FORMS / "junshan-2023-project-hall.json").read_text(encoding="utf-8"))
    data["indicators"][0]["name"] = ""
    data["indicators"][0]["level1"] = None
    data["indicators"][0]["level2"] = None
    path = tmp_path / "nameless.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    _, out, _ = run(capsys, "score", str(path), "--lang", "zh")
    assert "（无名称）" in out
    _, out, _ = run(capsys, "score", str(path), "--lang", "en")
    assert "(no name)" in out


def test_check_summary_in_both_languages(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "check", HETANG, "--lang", "zh")
    last = out.splitlines()[-1]
    assert last.startswith("2个错误，1个警告，1个提示，共1个文件 [")
    assert "群众满意度：得分5，按规则应为4.90" in out
    _, out, _ = run(capsys, "check", HETANG, "--lang", "en")
    assert out.splitlines()[-1].startswith("2 error(s), 1 warning(s), 1 note(s) in 1 file(s) [")


def test_the_other_commands_in_chinese(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "value", "≥5千件", "--lang", "zh")
    assert out.splitlines()[:3] == ["文本      ≥5千件", "类型      quantity", "比较符    ≥"]
    _, out, _ = run(capsys, "values", HETANG, "--lang", "zh")
    assert "  1  法人事项梳理  154项 → 98%  [incompatible] 154项的单位为项，98%的单位为%" in out
    _, out, _ = run(capsys, "classify", "2010301", "--lang", "zh")
    assert out.splitlines()[-1] == "目录：budgetperf-bundled"
    _, out, err = run(capsys, "ledger", LEDGER, "--lang", "zh")
    assert out.splitlines()[-1].startswith("合计：年初预算 ")
    assert "完成率=" in out
    assert "completion=" not in out
    assert err.splitlines()[-1] == "目录：budgetperf-bundled"
    status, _, err = run(capsys, "amount", "1.005元", "--uppercase", "--lang", "zh")
    assert status == 2
    assert "大写只写到分" in err
    _, out, _ = run(capsys, "amount", "628.95万元", "--lang", "en")
    assert out.strip() == "628.95万元"  # the amount's own language is --locale's


def test_finding_lines_in_chinese_name_the_severity_and_place_in_chinese(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # issue 11, Deliver 5: under --lang zh the whole line is Chinese but the code and the path
    from budgetperf.formcheck import check_form
    from budgetperf.forms import read_form

    monkeypatch.chdir(ROOT)  # the file named as a user types it
    first = check_form(read_form("examples/forms/hetang-2022-department.json"))[0]
    assert first.format(language="zh") == (
        "examples/forms/hetang-2022-department.json 第1行 字段 '$.indicators[0].actual': "
        "units.incompatible 错误: 法人事项梳理：指标值“154项”与完成值“98%”单位不一致"
    )
    assert first.format().startswith(
        "examples/forms/hetang-2022-department.json row 1 field '$.indicators[0].actual': "
        "units.incompatible error: "
    )


def test_check_names_a_place_in_a_document_in_chinese(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # 0 + 3.5 + 5.75 = 9.25, printed 9.07: the error is at the total's cell, table 1 row 2 cell 3
    page = tmp_path / "sangong.html"
    page.write_text(
        "<html><body><p>单位:万元</p><table><tr><td>项目</td><td>预算数</td><td>决算数</td></tr>"
        "<tr><td>“三公”经费合计</td><td>20</td><td>9.07</td></tr>"
        "<tr><td>因公出国(境)费</td><td>0</td><td>0</td></tr>"
        "<tr><td>公务接待费</td><td>9</td><td>3.5</td></tr>"
        "<tr><td>公务用车运行维护费</td><td>11</td><td>5.75</td></tr></table></body></html>",
        encoding="utf-8",
    )
    status, out, _ = run(capsys, "check", "--lang", "zh", str(page))
    assert status == 1
    assert "表格1 第2行 第3列: arithmetic.breakdown-sum 错误" in out
    status, out, _ = run(capsys, "check", "--lang", "en", str(page))
    assert "table 1 row 2 cell 3: arithmetic.breakdown-sum error" in out
