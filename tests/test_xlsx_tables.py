"""决算 tables in workbooks: read sheet by sheet as a text, their totals checked by the text audit,
every finding located by sheet and cell (issue 12, Deliver 1)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from budgetperf.audit import Severity
from budgetperf.batch import FileKind, check_file
from budgetperf.cli import main
from budgetperf.documents import Kind, audit_file, detect, read_document

openpyxl = pytest.importorskip("openpyxl")

Cell = tuple[int, int]

EXPENDITURE = "一般公共预算财政拨款支出决算表"
OVERVIEW = "收入支出决算总表"
SANGONG = "“三公”经费支出决算表"

# 科目编码 | 科目名称 | 本年支出 (合计 | 基本支出 | 项目支出), from row 6; every total adds up.
EXPENDITURE_ROWS: list[tuple[Any, ...]] = [
    (None, "合计", 300.5, 200.2, 100.3),
    ("201", "一般公共服务支出", 300.5, 200.2, 100.3),
    ("20101", "人大事务", 180.5, 120.2, 60.3),
    ("2010101", "行政运行", 120.2, 120.2, 0),
    ("2010102", "一般行政管理事务", 60.3, 0, 60.3),
    ("20103", "政府办公厅(室)及相关机构事务", 120, 80, 40),
    ("2010301", "行政运行", 80, 80, 0),
    ("2010350", "事业运行", 40, 0, 40),
]
# 收入 (项目 | 决算数) | 支出 (项目 | 决算数), from row 5.
OVERVIEW_ROWS: list[tuple[Any, ...]] = [
    ("一、一般公共预算财政拨款收入", 480.5, "一、一般公共服务支出", 300.5),
    ("二、政府性基金预算财政拨款收入", 20, "二、社会保障和就业支出", 150),
    ("三、事业收入", 0, "三、卫生健康支出", 60),
    ("四、其他收入", 15.3, "四、住房保障支出", 25.3),
    ("本年收入合计", 515.8, "本年支出合计", 535.8),
    ("年初结转和结余", 30, "年末结转和结余", 10),
    ("总计", 545.8, "总计", 545.8),
]


def _figure(value: Any, as_text: bool, number_format: str | None) -> Any:
    if not as_text or not isinstance(value, int | float):
        return value
    if number_format == "0.00":
        return f"{value:.2f}"
    return repr(value) if isinstance(value, float) else str(value)


def _fill(
    sheet: Any,
    top: int,
    rows: list[tuple[Any, ...]],
    change: dict[Cell, Any],
    as_text: bool,
    number_format: str | None,
) -> None:
    for r, row in enumerate(rows, top):
        for c, value in enumerate(row, 1):
            value = change.get((r, c), value)
            cell = sheet.cell(r, c, _figure(value, as_text, number_format))
            if number_format and isinstance(cell.value, int | float):
                cell.number_format = number_format


def write_book(
    path: Path,
    *,
    change: dict[str, dict[Cell, Any]] | None = None,
    as_text: bool = False,
    number_format: str | None = None,
) -> Path:
    """A workbook of three 决算 tables and a sheet of words, written as people lay them out."""
    change = change or {}
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = OVERVIEW
    sheet["A1"] = OVERVIEW
    sheet.merge_cells("A1:D1")
    sheet["A2"] = "编制单位：某某县财政局"
    sheet["D2"] = "单位：万元"
    sheet["A3"] = "收入"
    sheet.merge_cells("A3:B3")
    sheet["C3"] = "支出"
    sheet.merge_cells("C3:D3")
    for column, word in enumerate(("项目", "决算数", "项目", "决算数"), 1):
        sheet.cell(4, column, word)
    _fill(sheet, 5, OVERVIEW_ROWS, change.get(OVERVIEW, {}), as_text, number_format)

    sheet = book.create_sheet(EXPENDITURE)
    sheet["A1"] = EXPENDITURE
    sheet.merge_cells("A1:E1")
    sheet["E2"] = "单位：万元"
    # row 3 left blank
    sheet["A4"] = "科目编码"
    sheet["B4"] = "科目名称"
    sheet["C4"] = "本年支出"
    sheet.merge_cells("A4:A5")
    sheet.merge_cells("B4:B5")
    sheet.merge_cells("C4:E4")
    sheet["C5"], sheet["D5"], sheet["E5"] = "合计", "基本支出", "项目支出"
    _fill(sheet, 6, EXPENDITURE_ROWS, change.get(EXPENDITURE, {}), as_text, number_format)
    sheet["A15"] = "注：本表反映部门本年度一般公共预算财政拨款实际支出情况。"

    sheet = book.create_sheet(SANGONG)
    sheet["A1"] = SANGONG
    sheet.merge_cells("A1:C1")
    sheet["C2"] = "单位：万元"
    rows = [
        ("项目", "预算数", "决算数"),
        ("“三公”经费合计", 20, 9.07),
        ("因公出国(境)费", 0, 0),
        ("公务接待费", 9, 3.32),
        ("公务用车购置及运行维护费", 11, 5.75),
    ]
    _fill(sheet, 3, rows, change.get(SANGONG, {}), as_text, number_format)

    sheet = book.create_sheet("说明")
    sheet["A1"] = "本单位无政府性基金预算财政拨款收入，也没有使用政府性基金预算财政拨款安排的支出。"
    book.save(path)
    return path


def errors(path: Path) -> list[tuple[str, str | None, str | None, str]]:
    return [
        (f.code, f.printed, f.computed, str(f.location))
        for f in audit_file(path).findings
        if f.severity is Severity.ERROR
    ]


def test_the_tables_of_a_workbook_that_add_up_are_clean(tmp_path: Path) -> None:
    path = write_book(tmp_path / "决算.xlsx")
    assert detect(path) is Kind.XLSX
    assert audit_file(path).findings == ()
    result = check_file(str(path))
    assert (result.kind, result.checked, result.findings) == (FileKind.XLSX_TABLES, True, ())
    assert result.claims_checked >= 10  # the totals of the three tables were read and checked


def test_each_sheet_is_its_title_its_notes_and_its_table(tmp_path: Path) -> None:
    document = read_document(write_book(tmp_path / "决算.xlsx"))
    lines = document.text.splitlines()
    at = lines.index(EXPENDITURE)
    assert lines[at : at + 14] == [
        EXPENDITURE,  # the sheet's name
        EXPENDITURE,  # its title, merged over A1:E1, once
        "单位：万元",  # the unit note stays with its table
        "科目编码 科目名称 | 本年支出 |  |  |",  # the blank row 3 is left out
        " | 合计 | 基本支出 | 项目支出 |",
        "合计 | 300.5 | 200.2 | 100.3 |",
        "[201]一般公共服务支出 | 300.5 | 200.2 | 100.3 |",
        "[20101]人大事务 | 180.5 | 120.2 | 60.3 |",
        "[2010101]行政运行 | 120.2 | 120.2 | 0 |",
        "[2010102]一般行政管理事务 | 60.3 | 0 | 60.3 |",
        "[20103]政府办公厅(室)及相关机构事务 | 120 | 80 | 40 |",
        "[2010301]行政运行 | 80 | 80 | 0 |",
        "[2010350]事业运行 | 40 | 0 | 40 |",
        "注：本表反映部门本年度一般公共预算财政拨款实际支出情况。",
    ]
    assert "说明" not in lines  # a sheet with no figure is left out
    figure = document.text.index("| 120.2", document.text.index("[2010101]")) + 2
    assert document.locate(figure).place == f"{EXPENDITURE}!C9"


def test_a_column_total_that_does_not_add_up_is_the_one_error_at_its_cell(
    tmp_path: Path,
) -> None:
    # 行政运行's 基本支出 (D9) 120.2 → 121.2: 人大事务's 基本支出 (D8, 120.2) is no longer
    # 行政运行 + 一般行政管理事务 (121.2 + 0)
    path = write_book(tmp_path / "决算.xlsx", change={EXPENDITURE: {(9, 4): 121.2}})
    assert errors(path) == [
        ("arithmetic.code-hierarchy", "120.2", "121.2", f"{path}:{EXPENDITURE}!D8")
    ]
    # the column is named by the header row under the merged 本年支出, not lost with the
    # label cell merged down over it (" | 合计 | 基本支出 | 项目支出 |")
    (finding,) = audit_file(path).findings
    assert finding.message_en == (
        "the 款 row [20101]人大事务 (column 基本支出) is printed as 120.2, but its 项 rows add up "
        "to 121.2: [2010101]行政运行 121.2 + [2010102]一般行政管理事务 0"
    )


def test_a_total_row_that_does_not_add_up_is_the_one_error_at_its_row(tmp_path: Path) -> None:
    # 卫生健康支出 (D7) 60 → 70: 本年支出合计 (row 9) is no longer 一 + 二 + 三 + 四; the claim
    # starts at the total row's label, C9
    path = write_book(tmp_path / "决算.xlsx", change={OVERVIEW: {(7, 4): 70}})
    assert errors(path) == [("arithmetic.breakdown-sum", "535.8", "545.8", f"{path}:{OVERVIEW}!C9")]


def test_a_sheet_name_with_quotes_is_quoted_in_the_location(tmp_path: Path) -> None:
    # 公务接待费 决算数 (C6) 3.32 → 3.5: “三公”经费合计 (C4, 9.07) is no longer 0 + 3.5 + 5.75
    path = write_book(tmp_path / "决算.xlsx", change={SANGONG: {(6, 3): 3.5}})
    assert errors(path) == [("arithmetic.breakdown-sum", "9.07", "9.25", f"{path}:'{SANGONG}'!C4")]


@pytest.mark.parametrize("number_format", [None, "0.00"])
def test_figures_typed_as_numbers_or_as_text_give_the_same_findings(
    tmp_path: Path, number_format: str | None
) -> None:
    # as text, each figure is typed as its cell shows it ("300.50" under "0.00"); a whole
    # number stays its digits under "0.00" (budgetperf.xlsx._read.cell_text), so its text may
    # differ, never its value
    change: dict[str, dict[Cell, Any]] = {EXPENDITURE: {(9, 4): 121.2}, OVERVIEW: {(7, 4): 70}}
    numbers = write_book(tmp_path / "n.xlsx", change=change, number_format=number_format)
    texts = write_book(
        tmp_path / "t.xlsx", change=change, as_text=True, number_format=number_format
    )

    def found(path: Path) -> list[tuple[str, Decimal, Decimal, str]]:
        return [
            (f.code, Decimal(f.printed or "0"), Decimal(f.computed or "0"), str(f.location))
            for f in audit_file(path, name="book.xlsx").findings
        ]

    assert found(numbers) == found(texts)
    assert [(code, where) for code, _, _, where in found(numbers)] == [
        ("arithmetic.breakdown-sum", f"book.xlsx:{OVERVIEW}!C9"),
        ("arithmetic.code-hierarchy", f"book.xlsx:{EXPENDITURE}!D8"),
    ]
    if number_format is None:
        assert read_document(numbers).text == read_document(texts).text


def test_check_on_a_folder_reports_the_workbook_and_exits_by_its_findings(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    write_book(folder / "clean.xlsx")
    assert main(["check", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "0 error(s)" in out
    bad = write_book(folder / "bad.xlsx", change={EXPENDITURE: {(9, 4): 121.2}})
    assert main(["check", str(folder)]) == 1
    out = capsys.readouterr().out
    assert f"{bad}:{EXPENDITURE}!D8: arithmetic.code-hierarchy error" in out
    assert "1 error(s)" in out


def test_row_and_column_numbers_are_not_figures(tmp_path: Path) -> None:
    # the 财决 layout: a 行次 column beside each 金额 and a 栏次 row under the header
    def write(health: int) -> Path:
        book = openpyxl.Workbook()
        sheet = book.active
        sheet.title = OVERVIEW
        for row in [
            ("收入", None, None, "支出", None, None),
            ("项目", "行次", "金额", "项目", "行次", "金额"),
            ("栏次", None, 1, "栏次", None, 2),
            ("一、一般公共预算财政拨款收入", 1, 480.5, "一、一般公共服务支出", 8, 300.5),
            ("二、政府性基金预算财政拨款收入", 2, 20, "二、社会保障和就业支出", 9, 150),
            ("三、事业收入", 3, 0, "三、卫生健康支出", 10, health),
            ("四、其他收入", 4, 15.3, "四、住房保障支出", 11, 25.3),
            ("本年收入合计", 5, 515.8, "本年支出合计", 12, 535.8),
            ("年初结转和结余", 6, 30, "年末结转和结余", 13, 10),
            ("总计", 7, 545.8, "总计", 14, 545.8),
        ]:
            sheet.append(row)
        sheet.merge_cells("A1:C1")
        sheet.merge_cells("D1:F1")
        book.save(tmp_path / f"{health}.xlsx")
        return tmp_path / f"{health}.xlsx"

    assert audit_file(write(60)).findings == ()
    path = write(70)  # 卫生健康支出 (F6) 60 → 70: 本年支出合计 (row 8) no longer adds up
    assert errors(path) == [("arithmetic.breakdown-sum", "535.8", "545.8", f"{path}:{OVERVIEW}!D8")]
