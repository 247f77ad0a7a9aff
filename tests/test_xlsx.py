"""Reading and writing 绩效自评表 workbooks (budgetperf.xlsx, the ``xlsx`` extra).

The fixtures are written here, with openpyxl, from the six seed tables (their printed-form JSON,
cell by cell as printed) in the official layouts — not by :func:`budgetperf.xlsx.write_xlsx` —
and then read back: each must give the form and the findings the JSON of the same table gives.
Then messy variants, hostile workbooks and the round trip of what write_xlsx writes.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import zipfile
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings

openpyxl = pytest.importorskip("openpyxl")

from budgetperf.audit import Finding, Severity  # noqa: E402
from budgetperf.cli import main  # noqa: E402
from budgetperf.errors import BudgetPerfError, MissingExtra, ParseError  # noqa: E402
from budgetperf.formcheck import check_form  # noqa: E402
from budgetperf.forms import Form, read_form  # noqa: E402
from budgetperf.scoring import score_form  # noqa: E402
from budgetperf.testing import strategies as bst  # noqa: E402
from budgetperf.values import parse_value  # noqa: E402
from budgetperf.xlsx import is_xlsx, read_xlsx, write_xlsx  # noqa: E402
from budgetperf.xlsx._read import cell_text  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "examples" / "forms").glob("*.json"))
D = Decimal
FIXTURE = HealthCheck.function_scoped_fixture


# -- a layout writer of our own (openpyxl, from the printed-form JSON) --------------------------

_NUMBER = re.compile(r"^-?\d+(?:\.(\d+))?$")
_PERCENT = re.compile(r"^(\d+(?:\.(\d+))?)%$")
_SPLIT = re.compile(r"^(≥|≤|=)?(\d+(?:\.\d+)?)(%|万元|项|个|件|万件)$")


class Sheet:
    """Cells of one sheet: texts as printed, or numbers typed as numbers when asked."""

    def __init__(self, sheet: Any, *, numbers: bool = False) -> None:
        self.sheet = sheet
        self.numbers = numbers

    def put(self, row: int, column: int, text: str | None) -> str:
        cell = self.sheet.cell(row=row, column=column)
        if text is not None:
            number, percent = _NUMBER.match(text), _PERCENT.match(text)
            if self.numbers and number:
                places = len(number[1] or "")
                value: Any = int(text) if not places else float(text)  # typed as a number
                cell.value = value
                cell.number_format = "0." + "0" * places if places else "0"
            elif self.numbers and percent:
                places = len(percent[2] or "")
                cell.value = int(percent[1]) / 100 if not places else float(percent[1]) / 100
                cell.number_format = "0." + "0" * places + "%" if places else "0%"
            else:
                cell.value = text
        return f"{self.sheet.title}!{cell.coordinate}"

    def merge(self, r1: int, c1: int, r2: int, c2: int) -> None:
        if (r1, c1) != (r2, c2):
            self.sheet.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


def lay_out(
    out: Sheet,
    data: dict[str, Any],
    *,
    layout: str = "central",
    top: int = 1,
    left: int = 1,
    gap: int = 0,
    title: bool = True,
    merged: bool = True,
) -> tuple[int, dict[str, str]]:
    """Write one seed table at (top, left); return the next free row and where each cell is."""
    cells: dict[str, str] = {}
    sichuan = layout == "sichuan"
    department = data["form"] == "department"

    def c(n: int) -> int:
        return left + n

    row = top
    if title:
        out.put(row, c(0), "附件1")  # a note above the title
        row += 1
        bare = "部门整体支出绩效自评表" if department else "项目支出绩效自评表"
        out.put(row, c(0), (data.get("source") or {}).get("table") or bare)
        out.merge(row, c(0), row, c(8))
        row += 1
        if data.get("year"):
            out.put(row, c(0), f"（ {data['year']} 年度）")
            row += 1
    out.put(row, c(7), f"单位：{data.get('unit') or '万元'}")
    row += 1 + gap
    if department:
        out.put(row, c(0), "部门（单位）名称")
        cells["$.body"] = out.put(row, c(2), data.get("body"))
        out.merge(row, c(2), row, c(8))
        row += 1
    else:
        out.put(row, c(0), "项目名称")
        cells["$.project"] = out.put(row, c(2), data.get("project"))
        out.merge(row, c(2), row, c(8))
        row += 1
        out.put(row, c(0), "主管部门")
        out.put(row, c(2), "某某主管部门")
        out.put(row, c(5), "实施单位")
        cells["$.body"] = out.put(row, c(6), data.get("body"))
        row += 1
    row += gap
    header = row
    if sichuan:
        out.put(row, c(0), "预算执行情况(10分)")
        out.put(row, c(1), "年度预算数(万元)")
        words = ["年初预算", "调整后预算数", "预算执行数", "权重", "预算执行率", "得分", "原因"]
    else:
        out.put(row, c(0), "项目资金")
        words = ["年初\n预算数", "全年\n预算数", "全年\n执行数", "分值", "执行率", "得分"]
    fields = ["initial", "adjusted", "executed", "weight", "rate", "score"]
    for n, word in enumerate(words):
        out.put(row, c(2 + n), word)
    for i, line in enumerate(data.get("funds") or []):
        row += 1
        cells[f"$.funds[{i}].label"] = out.put(row, c(1), line.get("label"))
        for n, field in enumerate(fields):
            cells[f"$.funds[{i}].{field}"] = out.put(row, c(2 + n), line.get(field))
    out.merge(header, c(0), row, c(0))
    row += 1 + gap
    out.put(row, c(0), "年度总体目标")
    out.put(row, c(1), "预期目标")
    out.put(row, c(5), "实际完成情况")
    out.merge(row, c(1), row, c(4))
    out.merge(row, c(5), row, c(8))
    out.put(row + 1, c(1), "保障政务服务平台正常运行。")
    out.put(row + 1, c(5), "保障了综合政务服务平台正常运行。")
    out.merge(row, c(0), row + 1, c(0))
    row += 2 + gap
    anchor = row
    if sichuan:
        words = ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值"]
        words += ["权重", "得分", "未完成原因分析"]
        columns = {"target": 5, "actual": 7, "weight": 8, "score": 9, "note": 10}
    else:
        words = ["一级指标", "二级指标", "三级指标", "年度\n指标值", "实际\n完成值", "分值", "得分"]
        words += ["偏差原因分析及改进措施"]
        columns = {"target": 4, "actual": 5, "weight": 6, "score": 7, "note": 8}
    out.put(row, c(0), "绩效指标(90分)" if sichuan else "绩\n效\n指\n标")
    for n, word in enumerate(words):
        out.put(row, c(1 + n), word)
    runs: list[list[int]] = []
    previous: tuple[Any, ...] | None = None
    for i, item in enumerate(data["indicators"]):
        row += 1
        key = (item.get("level1"), item.get("level1_weight"))
        level1 = item.get("level1") or ""
        if item.get("level1_weight"):
            level1 += f"\n（{item['level1_weight']}分）"
        if merged and previous == key:
            runs[-1][1] = row
        else:
            runs.append([row, row])
            cells[f"$.indicators[{i}].level1"] = out.put(row, c(1), level1 or None)
        previous = key
        cells[f"$.indicators[{i}].level2"] = out.put(row, c(2), item.get("level2"))
        cells[f"$.indicators[{i}].name"] = out.put(row, c(3), item.get("name"))
        target, actual = item.get("target"), item.get("actual")
        split_t = _SPLIT.match(target or "")
        split_a = _SPLIT.match(actual or "")
        if sichuan and split_t and split_a and split_t[3] == split_a[3] and not split_a[1]:
            out.put(row, c(4), split_t[1])
            target, actual = split_t[2], split_a[2]
            out.put(row, c(6), split_t[3])
        cells[f"$.indicators[{i}].target"] = out.put(row, c(columns["target"]), target)
        cells[f"$.indicators[{i}].actual"] = out.put(row, c(columns["actual"]), actual)
        for field in ("weight", "score", "note"):
            cells[f"$.indicators[{i}].{field}"] = out.put(row, c(columns[field]), item.get(field))
    for start, end in runs:
        out.merge(start, c(1), end, c(1))
    out.merge(anchor, c(0), row, c(0))
    row += 1
    total = data.get("total") or {}
    out.put(row, c(0), "合计" if sichuan else "总分")
    out.merge(row, c(0), row, c(columns["weight"] - 1))
    cells["$.total.weight"] = out.put(row, c(columns["weight"]), total.get("weight"))
    cells["$.total.score"] = out.put(row, c(columns["score"]), total.get("score"))
    if total.get("grade"):
        cells["$.total.grade"] = out.put(row, c(columns["note"]), f"等级:{total['grade']}")
    row += 1
    out.put(row, c(0), "备注：1.“执行率”=“全年执行数”/“全年预算数”。")
    return row + 1, cells


def seed(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return data


def book_of(tmp_path: Path, name: str = "forms.xlsx") -> tuple[Any, Path]:
    book = openpyxl.Workbook()
    return book, tmp_path / name


def _facts(findings: list[Finding] | tuple[Finding, ...]) -> list[tuple[Any, ...]]:
    return [
        (f.code, f.severity, f.location.row, f.location.field, f.message_en, f.printed)
        for f in findings
        if f.code != "structure.formula-cell"
    ]


def assert_same(read: Form, expected: Form, *, table: bool = True) -> None:
    """The form of the workbook is the form of the JSON, with the same findings."""
    changed = attrs.evolve(
        read,
        source=expected.source,
        extras=expected.extras,
        findings=expected.findings,
        table=read.table if table else expected.table,
    )
    assert changed == expected
    assert _facts(read.findings) == _facts(expected.findings)
    assert _facts(check_form(read)) == _facts(check_form(expected))


# -- the seed tables in the official layouts ----------------------------------------------------


@pytest.mark.parametrize("layout", ["central", "sichuan"])
@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_seed_tables_read_as_their_json(tmp_path: Path, path: Path, layout: str) -> None:
    book, file = book_of(tmp_path)
    lay_out(Sheet(book.active), seed(path), layout=layout)
    book.save(file)
    [form] = read_xlsx(file)
    assert_same(form, read_form(path))


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_numbers_typed_as_numbers_read_as_the_digits_typed(tmp_path: Path, path: Path) -> None:
    book, file = book_of(tmp_path)
    lay_out(Sheet(book.active, numbers=True), seed(path))
    book.save(file)
    [form] = read_xlsx(file)
    assert_same(form, read_form(path))


def test_the_seed_figures_and_their_cells(tmp_path: Path) -> None:
    # 荷塘 2022, cell by cell as printed: 703.50 / 629.10 / 629.10, 10, 100%, 10; 全年度经费支出
    # printed 4 of 5 ("缩减开支"); total 100 / 99, 等级:优.
    book, file = book_of(tmp_path)
    _, cells = lay_out(Sheet(book.active, numbers=True), seed(SEEDS[0]), top=3, left=2, gap=1)
    book.save(file)
    [form] = read_xlsx(file)
    assert form.kind == "department"
    assert (form.year, form.body, form.table) == (
        2022,
        "株洲市荷塘区行政审批服务局",
        "附件:2022年度部门整体支出绩效自评表",
    )
    line = form.funds[0]
    assert (line.label, line.initial, line.adjusted, line.executed) == (
        "合计",
        D("703.50"),
        D("629.10"),
        D("629.10"),
    )
    assert (line.weight, line.rate, line.score) == (D(10), D(100), D(10))
    assert str(line.initial) == "703.50"  # the format "0.00" shows two decimals
    assert form.level1_weights == {"产出指标": D(50), "效益指标": D(30), "满意度指标": D(10)}
    cost = form.indicators[6]
    assert (cost.level1, cost.level2, cost.name, cost.printed_score, cost.note) == (
        "产出指标",
        "成本指标",
        "全年度经费支出",
        D(4),
        "缩减开支",
    )
    assert (form.total_weight, form.total_score, form.grade) == (D(100), D(99), "优")
    differs = [f for f in check_form(form) if f.code == "rules.score-differs"]
    # 全年度经费支出 printed 4 for 5.00; 群众满意度 printed 5 for 4.90 (5 × 98 / 100)
    assert [f.location.place for f in differs] == [
        cells["$.indicators[6].score"],
        cells["$.indicators[15].score"],
    ]
    assert str(differs[0].location) == f"{file}:{cells['$.indicators[6].score']}"
    assert differs[0].to_dict()["place"] == cells["$.indicators[6].score"]
    incompatible = [f for f in check_form(form) if f.code == "units.incompatible"]
    assert [f.location.place for f in incompatible] == [cells["$.indicators[0].actual"]]


def test_a_whole_score_typed_under_two_decimals_is_read_as_shown(tmp_path: Path) -> None:
    # 群众满意度 printed 5 for the rule's 4.90 (5 × 98 / 100): typed 5 under "0.00", the cell
    # shows 5.00, so the score is read 5.00, a difference at the cent, not a score printed to
    # whole points (under the format "0" it shows 5 and reads 5, as the test above)
    book, file = book_of(tmp_path)
    _, cells = lay_out(Sheet(book.active, numbers=True), seed(SEEDS[0]), top=3, left=2, gap=1)
    ref = cells["$.indicators[15].score"].split("!")[1]
    book.active[ref] = 5
    book.active[ref].number_format = "0.00"
    book.save(file)
    [form] = read_xlsx(file)
    assert str(form.indicators[15].printed_score) == "5.00"
    [differs] = [
        f
        for f in check_form(form)
        if f.code == "rules.score-differs" and f.location.place == cells["$.indicators[15].score"]
    ]
    assert "printed 5.00, the rule gives 4.90" in differs.message_en
    assert "whole points" not in differs.message_en


# -- messy workbooks ----------------------------------------------------------------------------


def test_unmerged_blank_rows_and_shifted_blocks(tmp_path: Path) -> None:
    path = SEEDS[2]  # junshan project hall
    book, file = book_of(tmp_path)
    lay_out(Sheet(book.active), seed(path), top=7, left=4, gap=2, merged=False)
    book.save(file)
    [form] = read_xlsx(file)
    assert_same(form, read_form(path))


def test_a_form_without_title_rows(tmp_path: Path) -> None:
    path = SEEDS[3]
    book, file = book_of(tmp_path)
    lay_out(Sheet(book.active), seed(path), title=False)
    book.save(file)
    [form] = read_xlsx(file)
    assert (form.table, form.year) == (None, None)  # printed only in the title rows
    assert_same(form, attrs.evolve(read_form(path), year=None), table=False)


def test_several_forms_stacked_and_on_several_sheets(tmp_path: Path) -> None:
    book, file = book_of(tmp_path)
    first = Sheet(book.active)
    row, _ = lay_out(first, seed(SEEDS[1]))
    row, _ = lay_out(first, seed(SEEDS[2]), top=row + 2)
    lay_out(first, seed(SEEDS[0]), top=row, left=3, layout="sichuan")
    second = Sheet(book.create_sheet("第二张"), numbers=True)
    lay_out(second, seed(SEEDS[5]))
    book.save(file)
    forms = read_xlsx(file)
    assert len(forms) == 4
    for form, path in zip(forms, [SEEDS[1], SEEDS[2], SEEDS[0], SEEDS[5]], strict=True):
        assert_same(form, read_form(path))
    assert forms[3].cells["$.indicators[0].name"].startswith("第二张!")


def test_a_workbook_with_no_form_is_refused(tmp_path: Path) -> None:
    book, file = book_of(tmp_path)
    book.active["A1"] = "项目名称"
    book.save(file)
    with pytest.raises(ParseError, match="三级指标") as caught:
        read_xlsx(file)
    assert str(file) in str(caught.value)


def test_a_float_becomes_the_decimal_typed() -> None:
    assert cell_text(0.985, "0.0%") == "98.5%"
    assert cell_text(22.5) == "22.5"
    assert cell_text(1179.7) == "1179.7"
    assert cell_text(0.1 + 0.2) == "0.30000000000000004"  # what the file holds, not rounded
    assert cell_text(629.1, "#,##0.00") == "629.10"
    assert cell_text(1.0, "0%") == "100%"
    # a whole number is stored as one ("3"): shown under "0.00" as Excel prints it, 3.00
    assert cell_text(3, "0.00") == "3.00"
    assert cell_text(3) == "3"  # General: no decimals invented
    assert cell_text("  提升 ") == "提升"


# -- write_xlsx ---------------------------------------------------------------------------------


@pytest.mark.parametrize("layout", ["central", "sichuan"])
@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_written_seed_forms_read_back(tmp_path: Path, path: Path, layout: str) -> None:
    form = read_form(path)
    file = tmp_path / "scored.xlsx"
    write_xlsx(score_form(form), file, layout=layout)
    [back] = read_xlsx(file)
    assert_same(back, form)


def test_the_written_workbook_shows_rule_delta_and_legend(tmp_path: Path) -> None:
    form = read_form(ROOT / "examples/forms/junshan-2023-department.json")
    file = tmp_path / "scored.xlsx"
    write_xlsx(score_form(form), file)
    sheet = openpyxl.load_workbook(file).active
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    texts = [str(v) for row in rows for v in row if v is not None]
    assert {"规则得分", "Δ（印刷−规则）", "说明"} <= set(texts)
    assert any(t.startswith("Δ = 印刷得分 − 规则得分") for t in texts)
    # 成本指标 printed 9.4, the rule 10.00 (JSON seed): Δ −0.60 beside the row
    [cost] = [row for row in rows if "财政资金支出" in row]
    assert (cost[7], cost[9], cost[10]) == ("9.4", "10.00", "-0.60")
    assert any("反向" in str(v) for v in cost)
    [total] = [row for row in rows if row[0] == "总分"]
    assert (total[6], total[7], total[9], total[10]) == ("100", "99.4", "100.00", "-0.60")
    # the 一级 subtotals and the grade
    assert any(row[1:5] == ["产出指标", "50", "49.4", "50.00"] for row in rows)
    assert any(row[1:3] == ["规则等级", "优"] for row in rows)


def test_text_that_looks_like_a_formula_is_written_as_text(tmp_path: Path) -> None:
    base = read_form(SEEDS[2])
    hostile = ["=1+2", "+SUM(A1:A9)", "-2+3", "@cmd", '=HYPERLINK("http://x","y")']
    indicators = tuple(
        attrs.evolve(i, name=hostile[n % len(hostile)], note=hostile[(n + 1) % len(hostile)])
        for n, i in enumerate(base.indicators)
    )
    form = attrs.evolve(base, indicators=indicators, project="=cmd|' /C calc'!A0", body="@x")
    file = tmp_path / "scored.xlsx"
    write_xlsx(score_form(form), file)
    book = openpyxl.load_workbook(file)  # not data_only: a formula would read as one
    cells = [c for row in book.active.iter_rows() for c in row if isinstance(c.value, str)]
    starting = [c for c in cells if c.value[:1] in "=+-@"]
    assert len(starting) >= len(hostile)
    assert all(c.data_type == "s" for c in starting)
    raw = _part(file, "xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in raw
    assert "<f " not in raw
    [back] = read_xlsx(file)
    assert back.project == form.project
    assert [i.name for i in back.indicators] == [i.name for i in indicators]
    assert not [f for f in back.findings if f.code == "structure.formula-cell"]


def as_printed(form: Form) -> Form:
    """``form`` as its cells print it: each target and actual read again from its text.

    The strategies may build a value that its own text reads differently, though equal in
    meaning: PrintedValue(multiplier=1000, unit="米") prints "0千米", which reads as unit
    "千米". A workbook (like the JSON) holds the text, so the text is what comes back; and a
    stated 指标性质 (kind) has no column in the template.
    """
    return attrs.evolve(
        form,
        indicators=tuple(
            attrs.evolve(
                i,
                kind=None,
                target=None if i.target is None else parse_value(i.target.text),
                actual=None if i.actual is None else parse_value(i.actual.text),
            )
            for i in form.indicators
        ),
    )


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(bst.forms())
def test_round_trip_of_generated_forms(tmp_path: Path, form: Form) -> None:
    file = tmp_path / "round.xlsx"
    write_xlsx(score_form(form), file)
    [back] = read_xlsx(file)
    assert attrs.evolve(back, source=None) == as_printed(form)


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(bst.forms(messy=True))
def test_round_trip_of_messy_forms_keeps_every_printed_cell(tmp_path: Path, form: Form) -> None:
    file = tmp_path / "round.xlsx"
    write_xlsx(score_form(form), file, layout="sichuan")
    [back] = read_xlsx(file)
    assert attrs.evolve(back, source=None) == as_printed(form)


def test_several_scored_forms_one_sheet_each(tmp_path: Path) -> None:
    results = [score_form(read_form(path)) for path in SEEDS[:3]]
    file = tmp_path / "all.xlsx"
    write_xlsx(results, file)
    assert openpyxl.load_workbook(file).sheetnames == ["自评表1", "自评表2", "自评表3"]
    assert [f.body for f in read_xlsx(file)] == [r.form.body for r in results]


# -- hostile workbooks --------------------------------------------------------------------------


def _workbook_bytes(tmp_path: Path) -> Path:
    file = tmp_path / "plain.xlsx"
    write_xlsx(score_form(read_form(SEEDS[2])), file)
    return file


def _part(file: Path, name: str) -> bytes:
    with zipfile.ZipFile(file) as archive:
        return archive.read(name)


def _rewrite(source: Path, target: Path, change: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            new.writestr(info.filename, change.get(info.filename, old.read(info.filename)))
        for name, data in change.items():
            if name not in old.NameToInfo:
                new.writestr(name, data)
    return target


def test_a_zip_bomb_is_refused_before_it_is_inflated(tmp_path: Path) -> None:
    bomb = _rewrite(_workbook_bytes(tmp_path), tmp_path / "bomb.xlsx", {})
    with (
        zipfile.ZipFile(bomb, "a", zipfile.ZIP_DEFLATED) as archive,
        archive.open("xl/media/zeros.bin", "w", force_zip64=True) as part,
    ):
        chunk = bytes(1 << 20)
        for _ in range(80):  # 80 MiB of zeros, about 80 kB compressed
            part.write(chunk)
    with pytest.raises(ParseError, match="MAX_UNCOMPRESSED_BYTES") as caught:
        read_xlsx(bomb)
    assert str(bomb) in str(caught.value)


def test_a_part_that_inflates_too_much_is_refused(tmp_path: Path) -> None:
    ratio = _rewrite(
        _workbook_bytes(tmp_path), tmp_path / "ratio.xlsx", {"xl/media/a.bin": bytes(4 << 20)}
    )
    with pytest.raises(ParseError, match="MAX_RATIO"):
        read_xlsx(ratio)


_LAUGHS = (
    b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>\n'
)


def test_entity_expansion_is_refused(tmp_path: Path) -> None:
    plain = _workbook_bytes(tmp_path)
    part = "xl/worksheets/sheet1.xml"
    sheet = _part(plain, part)
    body = sheet.split(b"?>", 1)[-1].replace(b"<t>", b"<t>&lol3;", 1)
    laughs = _rewrite(plain, tmp_path / "laughs.xlsx", {part: _LAUGHS + body})
    with pytest.raises(ParseError, match="DOCTYPE") as caught:
        read_xlsx(laughs)
    assert str(laughs) in str(caught.value)
    # And openpyxl itself, behind budgetperf's check, parses through defusedxml.
    import defusedxml

    assert openpyxl.DEFUSEDXML is True
    with laughs.open("rb") as handle, pytest.raises(ValueError, match="Unable to read") as raw:
        openpyxl.load_workbook(handle)
    assert isinstance(raw.value.__cause__, defusedxml.DefusedXmlException)


def test_openpyxl_without_defusedxml_is_refused(tmp_path: Path) -> None:
    plain = _workbook_bytes(tmp_path)
    code = (
        "import sys\nfrom budgetperf.xlsx import read_xlsx\n"
        "try:\n    read_xlsx(sys.argv[1])\nexcept Exception as e:\n    print(type(e).__name__, e)\n"
    )
    env = {**os.environ, "OPENPYXL_DEFUSEDXML": "False", "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run(
        [sys.executable, "-c", code, str(plain)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    assert done.stdout.startswith("BudgetPerfError")
    assert "defusedxml" in done.stdout


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # openpyxl writes "/>" with lxml installed and " />" without it
        (rb'<dimension ref="[^"]*"\s*/>', b'<dimension ref="A1:NTP1000000"/>'),
        (
            rb"</sheetData>",
            b'</sheetData><mergeCells count="1"><mergeCell ref="A1:ZZ99999"/></mergeCells>',
        ),
    ],
    ids=["dimension", "merged-range"],
)
def test_a_claimed_huge_sheet_is_refused(tmp_path: Path, old: bytes, new: bytes) -> None:
    plain = _workbook_bytes(tmp_path)
    sheet = _part(plain, "xl/worksheets/sheet1.xml")
    if b"<mergeCells" in sheet and old == rb"</sheetData>":
        sheet = re.sub(
            rb'<mergeCell ref="[^"]*"\s*/>', b'<mergeCell ref="A1:ZZ99999"/>', sheet, count=1
        )
    else:
        sheet = re.sub(old, new, sheet, count=1)
    assert b"A1:NTP1000000" in sheet or b"A1:ZZ99999" in sheet  # the claim is in the sheet
    huge = _rewrite(plain, tmp_path / "huge.xlsx", {"xl/worksheets/sheet1.xml": sheet})
    with pytest.raises(ParseError, match="MAX_ROWS") as caught:
        read_xlsx(huge)
    assert str(huge) in str(caught.value)


def test_formula_cells_are_read_as_their_saved_result_never_evaluated(tmp_path: Path) -> None:
    plain = _workbook_bytes(tmp_path)
    [form] = read_xlsx(plain)
    sheet_name, cell = form.cells["$.total.score"].split("!")
    book = openpyxl.load_workbook(plain)
    book[sheet_name][cell] = "=SUM(H10:H23)"
    unsaved = tmp_path / "formula.xlsx"
    book.save(unsaved)
    [read] = read_xlsx(unsaved)
    assert read.total_score is None
    [finding] = [f for f in read.findings if f.code == "structure.formula-cell"]
    assert (finding.severity, finding.location.place) == (Severity.WARNING, f"自评表!{cell}")
    # The same formula with a result saved in the file (as Excel saves one): the result is read.
    xml = _part(unsaved, "xl/worksheets/sheet1.xml")
    saved_xml = re.sub(
        rb"(<f>SUM\(H10:H23\)</f>)<v\s*/>|(<f>SUM\(H10:H23\)</f>)<v></v>", rb"\1\2<v>100</v>", xml
    )
    if saved_xml == xml:
        saved_xml = xml.replace(b"<f>SUM(H10:H23)</f>", b"<f>SUM(H10:H23)</f><v>100</v>")
    saved = _rewrite(unsaved, tmp_path / "saved.xlsx", {"xl/worksheets/sheet1.xml": saved_xml})
    [read] = read_xlsx(saved)
    assert read.total_score == D(100)
    [finding] = [f for f in read.findings if f.code == "structure.formula-cell"]
    assert finding.severity is Severity.INFO


def test_not_a_workbook(tmp_path: Path) -> None:
    text = tmp_path / "form.xlsx"
    text.write_text("项目名称,三级指标", "utf-8")
    assert not is_xlsx(text)
    with pytest.raises(ParseError, match=r"不是 \.xlsx 工作簿"):
        read_xlsx(text)
    with pytest.raises(BudgetPerfError) as caught:
        read_xlsx(tmp_path / "missing.xlsx")
    assert isinstance(caught.value, OSError)


# -- the extra ------------------------------------------------------------------------------------


def test_a_missing_extra_names_it(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    plain = _workbook_bytes(tmp_path)
    monkeypatch.setitem(sys.modules, "openpyxl", None)  # import openpyxl raises ImportError
    for call in (
        lambda: read_xlsx(plain),
        lambda: write_xlsx(score_form(read_form(SEEDS[2])), plain),
    ):
        with pytest.raises(MissingExtra, match=r"pip install 'budgetperf\[xlsx\]'") as caught:
            call()
        assert isinstance(caught.value, ImportError)
    assert main(["score", str(plain)]) == 2


def test_importing_budgetperf_does_not_import_openpyxl() -> None:
    code = (
        "import sys, budgetperf, budgetperf.xlsx, budgetperf.cli, budgetperf._cli_score\n"
        "from budgetperf import read_form\n"
        "print('openpyxl' in sys.modules)"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert done.stdout.strip() == "False"


# -- the command line -----------------------------------------------------------------------------


def test_score_and_check_read_a_workbook_like_its_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book, file = book_of(tmp_path, "荷塘.bin")  # known by its content, not its name
    _, cells = lay_out(Sheet(book.active), seed(SEEDS[0]))
    book.save(file)
    assert main(["score", str(SEEDS[0])]) == main(["score", str(file)]) == 1
    capsys.readouterr()
    assert main(["check", str(file)]) == 1
    out = capsys.readouterr().out
    assert f"{file}:{cells['$.indicators[6].score']}: rules.score-differs" in out
    scored = tmp_path / "out.xlsx"
    assert main(["score", str(file), "-o", str(scored), "--format", "json"]) == 1
    assert is_xlsx(scored)
    [back] = read_xlsx(scored)
    assert_same(back, read_form(SEEDS[0]))


def test_bad_workbooks_exit_2_without_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    assert main(["score", str(bad)]) == 2
    assert main(["check", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert err.count("budgetperf: error:") == 2
    assert str(bad) in err


def test_json_stays_json() -> None:
    assert not is_xlsx(SEEDS[0])
    assert main(["score", str(SEEDS[0]), "--format", "json"]) == 1
