"""A figure typed as a whole number in a workbook is read as its number format shows it.

Excel stores 30 typed under the format "0.00" as the number 30 and shows it "30.00"; read as
"30" it was taken as printed to the unit, so a total 0.30 off its parts was within their
rounding (a warning). Read as shown, it is exact to the cent, and the total is an error.
Under General nothing is shown past the digits typed, and no precision is invented. The
workbooks are written here with openpyxl.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from budgetperf.documents import audit_file, read_document
from budgetperf.xlsx._read import cell_text

openpyxl = pytest.importorskip("openpyxl", reason="the xlsx extra (openpyxl) is not installed")


def _book(path: Path, total: object, parts: tuple[object, object], number_format: str) -> Path:
    """一般公共预算财政拨款支出决算表 with a 类 and its two 款, figures typed as numbers."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "支出决算表"
    sheet.append(["一般公共预算财政拨款支出决算表"])
    sheet.append(["单位：万元"])
    sheet.append(["科目编码", "科目名称", "决算数"])
    sheet.append(["201", "一般公共服务支出", total])
    sheet.append(["20101", "人大事务", parts[0]])
    sheet.append(["20103", "政府办公厅(室)及相关机构事务", parts[1]])
    for row in (4, 5, 6):
        sheet.cell(row, 3).number_format = number_format
    book.save(path)
    return path


def _findings(path: Path) -> list[tuple[str, str, str | None, str | None]]:
    return [(f.code, f.severity.value, f.printed, f.computed) for f in audit_file(path).findings]


@pytest.mark.parametrize("number_format", ["0.00", "#,##0.00"])
def test_whole_numbers_under_two_decimals_are_read_to_the_cent(
    tmp_path: Path, number_format: str
) -> None:
    # 30 + 7 = 37.00, printed 37.30: 0.30 off, an error at the cent the cells show (read as
    # "30" and "7", the parts could be 29.5 … 30.5 and 6.5 … 7.5, and 37.30 was a rounding
    # warning)
    path = _book(tmp_path / "决算.xlsx", 37.3, (30, 7), number_format)
    lines = read_document(path).text.splitlines()
    assert "[20101]人大事务 | 30.00 |" in lines
    assert _findings(path) == [("arithmetic.code-hierarchy", "error", "37.30", "37.00")]


def test_whole_numbers_that_add_up_are_clean(tmp_path: Path) -> None:
    # 30 + 7 = 37, every cell typed as a whole number under "0.00"
    path = _book(tmp_path / "决算.xlsx", 37, (30, 7), "0.00")
    assert "[201]一般公共服务支出 | 37.00 |" in read_document(path).text.splitlines()
    assert _findings(path) == []


def test_general_format_invents_no_decimals(tmp_path: Path) -> None:
    # under General 30 shows as "30": printed to the unit, so 37.30 against 30 + 7 is within
    # their rounding (29.5 + 6.5 = 36 … 30.5 + 7.5 = 38): a warning, as before
    path = _book(tmp_path / "决算.xlsx", 37.3, (30, 7), "General")
    assert "[20101]人大事务 | 30 |" in read_document(path).text.splitlines()
    assert [(code, severity) for code, severity, _, _ in _findings(path)] == [
        ("arithmetic.code-hierarchy", "warning")
    ]


def test_cell_text_follows_the_decimals_of_the_format() -> None:
    assert cell_text(37, "0.00") == "37.00"
    assert cell_text(37, "#,##0.00") == "37.00"  # no thousands separator: digits only
    assert cell_text(1234567, "#,##0.00") == "1234567.00"
    assert cell_text(37, "0.0") == "37.0"
    assert cell_text(37, "0") == "37"
    assert cell_text(37, "#,##0") == "37"
    assert cell_text(37, "General") == "37"
    assert cell_text(-5, "0.00;[Red]-0.00") == "-5.00"  # the first section's decimals
    assert cell_text(37, "0.00_ ") == "37.00"
    assert cell_text(1, "0.00%") == "100.00%"  # 1 = 100%, to the two decimals shown
    assert cell_text(1200, "0.00E+00") == "1200"  # scientific: read as General
    # more decimals typed than shown: kept, never rounded away (the value is exact)
    assert cell_text(37.125, "0.00") == "37.125"
    assert cell_text(Decimal("37.1"), "0.00") == "37.10"
