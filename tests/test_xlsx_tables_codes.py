"""The 类/款/项 code hierarchy of a 决算 table (issue 12): a 类 row is the sum of its 款 rows, a
款 row the sum of its 项 rows, the 合计 row the sum of the 类 rows, column by column. It is a
mechanism of the text audit's table reading, so a table with code labels is checked whatever
its format: a text, a Word table, a workbook (tests/test_xlsx_tables_standard.py).
"""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from budgetperf.audit import Finding, Severity
from budgetperf.documents import audit_file, read_document
from budgetperf.textaudit import audit_text
from budgetperf.textaudit.tables import code_of

D = Decimal

# 单位：万元. 20101: 120.20 + 60.30 = 180.50; 20103: 80.00 + 40.00 = 120.00; 201: 180.50 +
# 120.00 = 300.50; 合计 = 201 = 300.50. The 款 20101 is printed 190.50 (10 too much).
ROWS = [
    ("合计", "", "300.50"),
    ("201", "一般公共服务支出", "300.50"),
    ("20101", "人大事务", "190.50"),
    ("2010101", "行政运行", "120.20"),
    ("2010102", "一般行政管理事务", "60.30"),
    ("20103", "政府办公厅(室)及相关机构事务", "120.00"),
    ("2010301", "行政运行", "80.00"),
    ("2010350", "事业运行", "40.00"),
]
MESSAGE_EN = (
    "the 款 row [20101]人大事务 (column 决算数) is printed as 190.50, but its 项 rows add up to "
    "180.50: [2010101]行政运行 120.20 + [2010102]一般行政管理事务 60.30"
)
MESSAGE_ZH = (
    "款级科目[20101]人大事务（决算数栏）印为190.50，但其下项级科目之和为180.50："
    "[2010101]行政运行120.20 + [2010102]一般行政管理事务60.30"
)


def _split(code: str) -> list[str]:
    """A code over the 类 | 款 | 项 columns, as the template prints it ("201", "01", "")."""
    return [code[:3], code[3:5], code[5:7]] if code.isdigit() else [code, "", ""]


def _text(form: str) -> str:
    head = {
        "cell": "科目编码 | 科目名称 | 决算数 |",
        "split": "类 | 款 | 项 | 科目名称 | 决算数 |",
        "joined": "科目 | 决算数 |",
    }[form]
    lines = ["单位：万元", head]
    for code, name, figure in ROWS:
        if form == "cell":
            lines.append(f"{code} | {name} | {figure} |")
        elif form == "split":
            lines.append(" | ".join([*_split(code), name, figure]) + " |")
        else:
            lines.append(f"{code} {name} | {figure} |".replace("合计  |", "合计 |"))
    return "\n".join(lines) + "\n"


def _arithmetic(findings: tuple[Finding, ...]) -> list[Finding]:
    return [f for f in findings if f.code.startswith("arithmetic.")]


@pytest.mark.parametrize("form", ["cell", "split", "joined"])
def test_a_section_that_is_not_the_sum_of_its_items_is_one_error_in_a_text_table(
    form: str,
) -> None:
    # the code in a cell of its own ("20101 | 人大事务"), split over 类 | 款 | 项 ("201 | 01 |
    # | 人大事务"), or before the name in one cell ("20101 人大事务"): one reading. The 类 201
    # (300.50, its 款 rows 310.50) is off by the 款's own error: one error, the 款's.
    text = _text(form)
    (finding,) = _arithmetic(audit_text(text).findings)
    assert (finding.code, finding.severity, finding.printed, finding.computed) == (
        "arithmetic.code-hierarchy",
        Severity.ERROR,
        "190.50",
        "180.50",
    )
    line = text.splitlines()[(finding.location.line or 0) - 1]
    assert line[(finding.location.column or 0) - 1 :].startswith("190.50")
    assert (finding.message_en, finding.message_zh) == (MESSAGE_EN, MESSAGE_ZH)


def test_a_table_that_adds_up_by_its_codes_is_clean() -> None:
    text = _text("split").replace("190.50", "180.50")
    audit = audit_text(text)
    assert _arithmetic(audit.findings) == []
    # 合计 = 201, 201 = 20101 + 20103, 20101 = 2010101 + 2010102, 20103 = 2010301 + 2010350
    sums = sorted(
        c.claim.printed.q.text for c in audit.claims if c.code == "arithmetic.code-hierarchy"
    )
    assert sums == ["120.00", "180.50", "300.50", "300.50"]


def test_a_code_split_over_columns_reads_as_one_label() -> None:
    # the figures of the row are its figures: the code's pieces are none of them
    audit = audit_text(_text("split").replace("190.50", "180.50"))
    row = next(c for c in audit.claims if c.claim.printed.q.text == "180.50")
    assert row.claim.printed.label == "[20101]人大事务"
    assert [f.label for f in row.claim.inputs] == ["[2010101]行政运行", "[2010102]一般行政管理事务"]


@pytest.mark.parametrize(
    ("label", "code"),
    [
        ("[201]一般公共服务支出", "201"),  # a workbook's label
        ("2010101 行政运行", "2010101"),
        ("20101人大事务", "20101"),
        ("[30217]公务接待费", "30217"),  # 经济分类
        ("100万元以上", None),  # an amount, not a code
        ("2019年", None),
        ("1234 某某", None),  # four digits: no level
        ("合计", None),
        ("一、一般公共服务支出", None),
    ],
)
def test_the_code_of_a_row_label(label: str, code: str | None) -> None:
    assert code_of(label) == code


def test_a_word_table_with_class_section_item_columns_is_checked_by_its_codes() -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("单位：万元")
    rows = [["类", "款", "项", "科目名称", "决算数"]]
    rows += [[*_split(code), name, figure] for code, name, figure in ROWS]
    table = document.add_table(rows=len(rows), cols=5)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    out = io.BytesIO()
    document.save(out)
    (finding,) = _arithmetic(audit_file(out.getvalue(), name="t.docx").findings)
    assert (finding.code, finding.printed, finding.computed) == (
        "arithmetic.code-hierarchy",
        "190.50",
        "180.50",
    )
    # the 款 20101 is the table's fourth row; its figure the fifth cell
    assert str(finding.location) == "t.docx table 1 row 4 cell 5 column 1"


# A random hierarchy: 1–3 类, each 1–3 款, each 1–3 项 with figures of two decimals; the
# totals added here, in the test.
_leaf = st.integers(min_value=1, max_value=999_999).map(lambda n: D(n).scaleb(-2))
_hierarchy = st.lists(
    st.lists(st.lists(_leaf, min_size=1, max_size=3), min_size=1, max_size=3),
    min_size=1,
    max_size=3,
)


def _table(hierarchy: list[list[list[Decimal]]]) -> list[list[Any]]:
    """[code, figure] rows in pre-order under a 合计 row, each total the sum of its parts."""
    rows: list[list[Any]] = []
    grand = D(0)
    for i, sections in enumerate(hierarchy):
        klass = f"2{i + 1:02d}"
        at = len(rows)
        rows.append([klass, D(0)])
        for j, items in enumerate(sections):
            section = f"{klass}{j + 1:02d}"
            rows.append([section, sum(items, D(0))])
            rows += [[f"{section}{k + 1:02d}", v] for k, v in enumerate(items)]
            rows[at][1] += rows[-1 - len(items)][1]
        grand += rows[at][1]
    return [["合计", grand], *rows]


_HAN_DIGITS = str.maketrans("0123456789", "〇一二三四五六七八九")


def _write(rows: list[list[Any]]) -> str:
    """The table as text; each subject named by its code in Chinese numerals (科目二〇一〇一)."""
    lines = ["单位：万元", "科目编码 | 科目名称 | 决算数 |"]
    for code, value in rows:
        name = "" if code == "合计" else "科目" + code.translate(_HAN_DIGITS)
        lines.append(f"{code} | {name} | {value:.2f} |")
    return "\n".join(lines) + "\n"


@settings(max_examples=60, deadline=None)
@given(_hierarchy, st.data())
def test_one_wrong_figure_in_a_code_hierarchy_is_one_error(
    hierarchy: list[list[list[Decimal]]], data: st.DataObject
) -> None:
    rows = _table(hierarchy)
    assert _arithmetic(audit_text(_write(rows)).findings) == []
    k = data.draw(st.integers(min_value=0, max_value=len(rows) - 1), label="row")
    delta = data.draw(st.integers(min_value=100, max_value=10_000), label="cents") * D("0.01")
    rows[k][1] += delta
    (finding,) = _arithmetic(audit_text(_write(rows)).findings)
    assert finding.code == "arithmetic.code-hierarchy"
    code = rows[k][0]
    # a total's error is at the total; an item's (a 项, 7 digits) at the 款 it is a part of
    at = code[:5] if len(code) == 7 else code
    assert finding.location.line == 3 + [r[0] for r in rows].index(at)


def test_several_tables_on_one_sheet_are_each_a_table(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")

    def book(first: str, second: str) -> Path:
        workbook = openpyxl.Workbook()
        sheet = workbook.active
        sheet.title = "决算表"
        layout: list[tuple[Any, ...]] = [
            ("一般公共预算财政拨款支出决算表",),
            ("单位：万元",),
            ("科目编码", "科目名称", "决算数"),
            ("合计", None, D("300.50")),
            ("201", "一般公共服务支出", D("300.50")),
            ("20101", "人大事务", D(first)),
            ("2010101", "行政运行", D("120.20")),
            ("2010102", "一般行政管理事务", D("60.30")),
            ("20103", "政府办公厅(室)及相关机构事务", D("120.00")),
            ("2010301", "行政运行", D("120.00")),
            (),
            (),
            ("政府性基金预算财政拨款支出决算表",),
            ("单位：万元",),
            ("科目编码", "科目名称", "决算数"),
            ("合计", None, D("32.50")),
            ("229", "其他支出", D("32.50")),
            ("22960", "彩票公益金安排的支出", D(second)),
            ("2296002", "用于社会福利的彩票公益金支出", D("20.00")),
            ("2296003", "用于体育事业的彩票公益金支出", D("12.50")),
            (),
            ("注：本表金额保留两位小数。",),
        ]
        for row in layout:
            sheet.append(row)
        path = tmp_path / f"{first}-{second}.xlsx"
        workbook.save(path)
        return path

    clean = book("180.50", "32.50")
    lines = read_document(clean).text.splitlines()
    # each table has its title and unit above it, and its own header
    at = lines.index("政府性基金预算财政拨款支出决算表")
    assert lines[at - 2 : at + 4] == [
        "[2010301]行政运行 | 120 |",  # typed as a number, 120.00 is 120 (no number format)
        "",
        "政府性基金预算财政拨款支出决算表",
        "单位：万元",
        "科目编码 科目名称 | 决算数 |",
        "合计 | 32.5 |",
    ]
    assert [line for line in lines if line][-1] == "注：本表金额保留两位小数。"
    assert audit_file(clean).findings == ()
    # 22960 (C18) 32.50 → 23.50: its 项 rows add up to 32.50; the first table is untouched
    path = book("180.50", "23.50")
    assert [
        (f.code, f.printed, f.computed, str(f.location)) for f in audit_file(path).findings
    ] == [("arithmetic.code-hierarchy", "23.5", "32.5", f"{path}:决算表!C18")]


PAGED = """一般公共预算财政拨款支出决算表
单位：万元
科目编码 | 科目名称 | 决算数 |
合计 | | 300.50 |
201 | 一般公共服务支出 | 300.50 |
20101 | 人大事务 | 180.50 |
2010101 | 行政运行 | 120.20 |
第 1 页
科目编码 | 科目名称 | 决算数 |
2010102 | 一般行政管理事务 | 60.30 |
20103 | 政府办公厅(室)及相关机构事务 | 120.00 |
2010301 | 行政运行 | 120.00 |
"""


def test_a_table_continued_on_the_next_page_is_one_table_of_codes() -> None:
    # 人大事务's second 项 is on the next page, under the header printed again: 180.50 =
    # 120.20 + 60.30 over the break, not 120.20 alone
    audit = audit_text(PAGED)
    assert _arithmetic(audit.findings) == []
    sums = sorted(
        c.claim.printed.q.text for c in audit.claims if c.code == "arithmetic.code-hierarchy"
    )
    assert sums == ["120.00", "180.50", "300.50", "300.50"]
    # 20103 (on the second page) printed 12.00 too much: 201 over the break is 12.00 short,
    # which 20103's own error explains — one error, 20103's
    (finding,) = _arithmetic(
        audit_text(PAGED.replace("| 120.00 |\n2010301", "| 132.00 |\n2010301")).findings
    )
    assert (finding.code, finding.printed, finding.computed) == (
        "arithmetic.code-hierarchy",
        "132.00",
        "120.00",
    )


def test_a_figure_in_a_subject_name_is_no_figure_of_its_row() -> None:
    # "（含2项）" is the name's: the row's figure is 120.00, and 201 = 180.50 + 120.00
    text = (
        "单位：万元\n科目编码 | 科目名称 | 决算数 |\n201 | 一般公共服务支出 | 300.50 |\n"
        "20101 | 人大事务 | 180.50 |\n20199 | 其他一般公共服务支出（含2项） | 120.00 |\n"
    )
    audit = audit_text(text)
    assert _arithmetic(audit.findings) == []
    (claim,) = [c for c in audit.claims if c.code == "arithmetic.code-hierarchy"]
    assert [f.q.text for f in claim.claim.inputs] == ["180.50", "120.00"]


def test_a_table_longer_than_is_read_checks_only_the_totals_it_read_whole() -> None:
    # 201 over 9 款 of 99 项 each (1.00 each: a 款 is 99.00, 201 is 891.00): past the rows a
    # table is read to, the last 款 read, 201 and 合计 may have parts not read, so they are
    # left unchecked, and nothing is a false error
    lines = ["单位：万元", "科目编码 | 科目名称 | 决算数 |", "合计 | | 891.00 |"]
    lines.append("201 | 一般公共服务支出 | 891.00 |")
    for j in range(1, 10):
        lines.append(f"201{j:02d} | 某款 | 99.00 |")
        lines += [f"201{j:02d}{m:02d} | 某项 | 1.00 |" for m in range(1, 100)]
    audit = audit_text("\n".join(lines) + "\n")
    assert _arithmetic(audit.findings) == []
    checked = [c.claim.printed.label for c in audit.claims if c.code == "arithmetic.code-hierarchy"]
    assert "[20101]某款" in checked
    assert "[201]一般公共服务支出" not in checked
    assert "合计" not in checked


def test_a_ruled_pdf_table_with_split_codes_is_checked_by_its_codes() -> None:
    pytest.importorskip("pdfplumber")
    pytest.importorskip("reportlab")
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    if "STSong-Light" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    rows = [["类", "款", "项", "科目名称", "决算数"]]
    rows += [[*_split(code), name, figure] for code, name, figure in ROWS]
    table = Table(rows)
    table.setStyle(
        TableStyle(
            [("FONT", (0, 0), (-1, -1), "STSong-Light"), ("GRID", (0, 0), (-1, -1), 1, "black")]
        )
    )
    out = io.BytesIO()
    style = ParagraphStyle("zh", fontName="STSong-Light")
    SimpleDocTemplate(out, pagesize=A4).build([Paragraph("单位：万元", style), table])
    (finding,) = _arithmetic(audit_file(out.getvalue(), name="t.pdf").findings)
    assert (finding.code, finding.printed, finding.computed) == (
        "arithmetic.code-hierarchy",
        "190.50",
        "180.50",
    )
    assert str(finding.location) == "t.pdf page 1 table 1 row 4 cell 5 column 1"
