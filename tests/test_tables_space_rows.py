"""A 决算 table whose rows a PDF's text layer runs together with spaces, no ruled cells.

pdfplumber finds tables from their ruling lines; a table printed without borders comes out of
the text layer as lines of "2010101 行政运行 120.20 120.20 0.00". These lines are read as a
grid (a header line of column names above them, a code first in the rows), so the totals
along the rows and the 类/款/项 code hierarchy are checked. The PDFs are written here with
reportlab, a drawString a cell, no border: the figures right-aligned in their columns.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

import pytest

from budgetperf.documents import audit_file
from budgetperf.textaudit import audit_text
from budgetperf.textaudit.claims import CODE_SUM
from budgetperf.textaudit.facts import read_facts
from budgetperf.textaudit.tables import code_of, read_tables

pytest.importorskip("reportlab", reason="the test extra (reportlab) is not installed")
pytest.importorskip("pdfplumber", reason="the documents extra (pdfplumber) is not installed")

TITLE = ["一般公共预算财政拨款支出决算表", "单位：万元"]
HEADER = ("科目编码", "科目名称", "合计", "基本支出", "项目支出")
# (code, name, 合计, 基本支出, 项目支出). By hand:
#   20101 = 2010101 + 2010102: 120.20 + 60.30 = 180.50; 120.20 + 0.00 = 120.20; 0.00 + 60.30
#   20103 = 2010301 + 2010350: 80.00 + 40.00 = 120.00; 80.00 + 0.00; 0.00 + 40.00
#   201 = 20101 + 20103: 180.50 + 120.00 = 300.50; 120.20 + 80.00 = 200.20; 60.30 + 40.00 =
#   100.30
#   20805 = 2080505 + 2080506: 150.00 + 60.00 = 210.00; 150.00 + 30.00 = 180.00; 0.00 + 30.00
#   208 = 20805 (its one 款)
#   合计 = 201 + 208: 300.50 + 210.00 = 510.50; 200.20 + 180.00 = 380.20; 100.30 + 30.00 =
#   130.30
#   and each row's 合计 = 基本支出 + 项目支出 (120.20 + 60.30 = 180.50, …)
ROWS = [
    ("", "合计", "510.50", "380.20", "130.30"),
    ("201", "一般公共服务支出", "300.50", "200.20", "100.30"),
    ("20101", "人大事务", "180.50", "120.20", "60.30"),
    ("2010101", "行政运行", "120.20", "120.20", "0.00"),
    ("2010102", "一般行政管理事务", "60.30", "0.00", "60.30"),
    ("20103", "政府办公厅(室)及相关机构事务", "120.00", "80.00", "40.00"),
    ("2010301", "行政运行", "80.00", "80.00", "0.00"),
    ("2010350", "事业运行", "40.00", "0.00", "40.00"),
    ("208", "社会保障和就业支出", "210.00", "180.00", "30.00"),
    ("20805", "行政事业单位养老支出", "210.00", "180.00", "30.00"),
    ("2080505", "机关事业单位基本养老保险缴费支出", "150.00", "150.00", "0.00"),
    ("2080506", "机关事业单位职业年金缴费支出", "60.00", "30.00", "30.00"),
]
NOTE = "注：本表反映部门本年度一般公共预算财政拨款实际支出情况。"


def _lines(rows: Sequence[tuple[str, ...]]) -> list[str]:
    """The table as its text layer prints it: the cells of a row separated by spaces."""
    body = [" ".join(c for c in row if c) for row in rows]
    return [*TITLE, " ".join(HEADER), *body, NOTE]


def _pdf(rows: Sequence[tuple[str, ...]], per_page: int = 40) -> bytes:
    """The table drawn cell by cell with no border: code and name at the left, the figures
    right-aligned at the right edge of their columns (as a 决算 PDF prints them); past
    ``per_page`` rows it goes on on the next page, under its header printed again."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    if "STSong-Light" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=(595, 842))
    pdf.setFont("STSong-Light", 9)
    y = 800.0

    def down() -> None:
        nonlocal y
        y -= 16

    for line in TITLE:
        pdf.drawString(40, y, line)
        down()
    for n, row in enumerate([HEADER, *rows]):
        if n > 1 and (n - 1) % per_page == 0:
            pdf.showPage()
            pdf.setFont("STSong-Light", 9)
            y = 800.0
            row_of_header: tuple[str, ...] = HEADER
            for k, cell in enumerate(row_of_header):
                pdf.drawString(40 + 60 * k, y, cell)
            down()
        code, name, *figures = row
        if code:
            pdf.drawString(40, y, code)
        pdf.drawString(100, y, name)
        for k, figure in enumerate(figures):
            pdf.drawRightString(380 + 80 * k, y, figure)
        down()
    pdf.drawString(40, y, NOTE)
    pdf.showPage()
    pdf.save()
    return out.getvalue()


def _wrong_kuan() -> list[tuple[str, ...]]:
    # 人大事务's 合计 printed 190.50: its 项 rows add up to 120.20 + 60.30 = 180.50 (and its
    # 基本支出 + 项目支出 to 180.50 too; the cell is one claim, reported once, by its code)
    return [
        ("20101", "人大事务", "190.50", "120.20", "60.30") if row[0] == "20101" else row
        for row in ROWS
    ]


def test_the_rows_are_read_as_a_grid_with_codes_and_column_names() -> None:
    grids, _ = read_tables(read_facts("\n".join(_lines(ROWS))))
    assert len(grids) == 1
    rows = grids[0].rows
    assert [code_of(r.label) for r in rows] == [None, *(row[0] for row in ROWS[1:])]
    assert rows[2].label == "[20101]人大事务"
    assert [c.q.text for c in rows[2].cells if c is not None] == ["180.50", "120.20", "60.30"]
    assert rows[2].columns == ["合计", "基本支出", "项目支出"]


def test_a_clean_table_in_a_pdf_has_no_finding_and_its_codes_are_checked() -> None:
    audit = audit_file(_pdf(ROWS), name="决算.pdf")
    assert [f.format() for f in audit.findings] == []
    by_code = [c for c in audit.claims if c.claim.relation == CODE_SUM]
    # six totals by code (合计, 201, 20101, 20103, 208, 20805), three columns each
    assert len(by_code) == 18
    assert all(c.status.name == "AGREES" for c in by_code)


def test_one_wrong_kuan_in_a_pdf_is_one_error_at_its_page_and_line() -> None:
    audit = audit_file(_pdf(_wrong_kuan()), name="决算.pdf")
    assert [(f.code, f.severity.value) for f in audit.findings] == [
        ("arithmetic.code-hierarchy", "error")
    ]
    finding = audit.findings[0]
    # line 6 of page 1: two title lines, the header, 合计, 201, then 20101; "20101 人大事务 "
    # is 11 characters, so 190.50 starts at column 12
    assert finding.location.place == "page 1 line 6"
    assert finding.location.column == 12
    assert finding.message_en == (
        "the 款 row [20101]人大事务 (column 合计) is printed as 190.50, but its 项 rows add up"
        " to 180.50: [2010101]行政运行 120.20 + [2010102]一般行政管理事务 60.30"
    )


@pytest.mark.parametrize(
    ("rows", "errors"), [(ROWS, 0), (_wrong_kuan(), 1)], ids=["clean", "wrong-kuan"]
)
def test_the_same_lines_in_a_text_give_the_same_findings(
    rows: list[tuple[str, ...]], errors: int
) -> None:
    from_pdf = audit_file(_pdf(rows), name="决算.pdf")
    from_text = audit_text("\n".join(_lines(rows)), file="决算.txt")
    assert len(from_text.findings) == errors
    # the text's line 6 is the PDF's page 1 line 6: the same place
    assert [(f.location.line, f.location.column) for f in from_text.findings] == [(6, 12)] * errors
    assert [(f.code, f.severity, f.message_en) for f in from_text.findings] == [
        (f.code, f.severity, f.message_en) for f in from_pdf.findings
    ]
    assert len(from_text.claims) == len(from_pdf.claims)


def test_the_totals_of_a_wrong_lei_are_found_without_a_header() -> None:
    # no header line: the rows alone. 一般公共服务支出 printed 310.50 against its 款 rows
    # 180.50 + 120.00 = 300.50
    rows = [
        ("201", "一般公共服务支出", "310.50", "200.20", "100.30") if row[0] == "201" else row
        for row in ROWS
    ]
    text = "\n".join(" ".join(c for c in row if c) for row in rows)
    audit = audit_text(text)
    messages = [f.message_en for f in audit.findings if f.code == "arithmetic.code-hierarchy"]
    assert any(
        "[201]一般公共服务支出" in m and "310.50" in m and "300.50" in m for m in messages
    ), messages


def test_two_rows_with_codes_are_not_a_table() -> None:
    # two lines only (fewer than the three rows of one width a table needs): 201's 300.50 is
    # not 20101's 190.50, but nothing says these lines are a table
    text = "201 一般公共服务支出 300.50 200.20 100.30\n20101 人大事务 190.50 120.20 70.30"
    audit = audit_text(text)
    assert [c for c in audit.claims if c.claim.relation == CODE_SUM] == []
    assert audit.findings == ()


def test_lines_of_different_widths_are_not_a_table() -> None:
    # four lines that start with a code and end with figures, with 3, 3, 2 and 4 figures: no
    # three of them share a width, so they are not read as rows. Read as rows, 301 (500) would
    # be checked against its one 款 30101 (100) and be an error.
    text = (
        "301 工资福利支出 500 200 300\n"
        "30101 基本工资 100 200 300\n"
        "302 商品和服务支出 50 60\n"
        "30201 办公费 10 20 30 40"
    )
    audit = audit_text(text)
    assert [c for c in audit.claims if c.claim.relation == CODE_SUM] == []
    assert audit.findings == ()


def test_a_blank_cell_leaves_the_totals_of_its_row_unchecked_not_wrong() -> None:
    # 行政运行's 项目支出 left blank: its line has two figures, not three, and which column is
    # missing is not known; 人大事务's three totals (over 行政运行 and 一般行政管理事务) are
    # not checked, the other five totals by code are (5 × 3 columns = 15), and none is wrong
    rows = [row[:-1] if row[0] == "2010101" else row for row in ROWS]
    audit = audit_file(_pdf(rows), name="决算.pdf")
    assert len([c for c in audit.claims if c.claim.relation == CODE_SUM]) == 15
    assert audit.findings == ()


def _split_codes(rows: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """The rows with their codes split over 类 | 款 | 项 columns ("2010101" → "201 01 01")."""
    return [
        (" ".join([code[:3], *(code[n : n + 2] for n in range(3, len(code), 2))]), *rest)
        for code, *rest in rows
    ]


def test_codes_split_over_lei_kuan_xiang_under_a_header_and_a_row_of_column_numbers() -> None:
    # "201 01 人大事务 190.50 …" (the code over 类 and 款 columns), the header printed over two
    # lines and a 栏次 row under it: read as the one-piece codes are, so the wrong 款 is the
    # one error (190.50 against 120.20 + 60.30 = 180.50)
    lines = [
        *TITLE,
        "项目 本年支出",
        " ".join(HEADER),
        "栏次 1 2 3",
        *(" ".join(c for c in row if c) for row in _split_codes(_wrong_kuan())),
        NOTE,
    ]
    audit = audit_text("\n".join(lines))
    assert [(f.code, f.printed, f.computed, f.location.line) for f in audit.findings] == [
        ("arithmetic.code-hierarchy", "190.50", "180.50", 8)
    ]
    # 6 totals × 3 columns = 18, less 201's 合计 (300.50 against 190.50 + 120.00 = 310.50,
    # 10 short by the 10 the 款 has too many: left to the 款, one wrong figure, one error)
    assert len([c for c in audit.claims if c.claim.relation == CODE_SUM]) == 17


def test_a_row_not_read_cuts_the_table_there_and_no_total_is_wrong_for_it() -> None:
    # 社会保障和就业支出's name has a figure in it, so its line is not read as a row: the rows
    # before it are a table cut there (合计 = 201 + 208 cannot be checked without 208, and 201
    # and 20103 may go on past it), the three rows after it another. Read as complete, the
    # first would make 合计 510.50 against 201's 300.50 alone an error.
    rows = [
        ("208", "社会保障和就业支出（含3项）", *row[2:]) if row[0] == "208" else row for row in ROWS
    ]
    audit = audit_text("\n".join(_lines(rows)))
    assert audit.findings == ()
    checked = {c.claim.printed.label for c in audit.claims if c.claim.relation == CODE_SUM}
    # checked: 20101 over its 项 rows, 20805 over its 项 rows; not 合计, 201, 20103
    assert checked == {"[20101]人大事务", "[20805]行政事业单位养老支出"}


def test_rows_after_a_row_not_read_do_not_continue_the_table_before_it() -> None:
    # 政府办公厅…事务's name has a figure in it: its line is not read. The rows after it
    # (行政运行, 事业运行, 208…) are not joined to the rows before it as one table broken by a
    # page: joined, 201 (200.20 | 100.30 in its last two columns) would be checked against
    # 人大事务 alone (120.20 | 60.30) and be two false errors
    rows = [(row[0], row[1] + "（含2项）", *row[2:]) if row[0] == "20103" else row for row in ROWS]
    audit = audit_text("\n".join(_lines(rows)))
    assert audit.findings == ()
    checked = {c.claim.printed.label for c in audit.claims if c.claim.relation == CODE_SUM}
    # before it, the last 类 and 款 (201, 20101) may go on past the rows read and 合计 has
    # not all its 类 rows: none is checked; after it, 208 over 20805 and 20805 over its 项 rows
    assert checked == {"[208]社会保障和就业支出", "[20805]行政事业单位养老支出"}


@pytest.mark.parametrize(
    ("per_page", "line"), [(7, 4), (8, 3)], ids=["page-2-opens-with-a-xiang", "with-a-lei"]
)
def test_a_table_broken_by_a_page_is_one_table(per_page: int, line: int) -> None:
    # seven rows on page 1 (合计 … 2010301 行政运行), or eight (… 2010350 事业运行), the rest
    # on page 2 under the header printed again (page 2 opens with a 项 of a 款 of page 1, or
    # with a new 类). 行政事业单位养老支出's 项目支出 printed 40.00 against its 项 rows 0.00 +
    # 30.00 = 30.00 (208's 30.00, 10 short of its one 款, is left to the 款); its row then
    # adds up to 180.00 + 40.00 = 220.00, not its 合计 210.00 (which is its 项 rows' 150.00 +
    # 60.00). 合计 = 201 + 208 (510.50 = 300.50 + 210.00, 380.20 = 200.20 + 180.00, 130.30 =
    # 100.30 + 30.00) holds only if the two pages are one table: read apart, 合计 was checked
    # against 201 alone, two false errors
    rows = [
        ("20805", "行政事业单位养老支出", "210.00", "180.00", "40.00") if row[0] == "20805" else row
        for row in ROWS
    ]
    audit = audit_file(_pdf(rows, per_page=per_page), name="决算.pdf")
    # page 2: the header (line 1), then (2010350,) 208, 20805; the page's figures are in the
    # 万元 of the note on page 1
    assert [(f.code, f.location.place, f.printed, f.computed) for f in audit.findings] == [
        ("arithmetic.breakdown-sum", f"page 2 line {line}", "210.00", "220.00"),
        ("arithmetic.code-hierarchy", f"page 2 line {line}", "40.00", "30.00"),
    ]
    totals = [
        c.status.name
        for c in audit.claims
        if c.claim.relation == CODE_SUM and c.claim.printed.label == "合计"
    ]
    assert totals == ["AGREES"] * 3


def test_a_header_name_printed_spaced_out_is_one_name() -> None:
    # "合  计" as a PDF spaces a name of two characters: one column name, 合计
    lines = _lines(_wrong_kuan())
    lines[2] = "科目编码  科目名称  合  计  基本支出  项目支出"
    grids, _ = read_tables(read_facts("\n".join(lines)))
    assert grids[0].rows[0].columns == ["合计", "基本支出", "项目支出"]
    [finding] = audit_text("\n".join(lines)).findings
    assert "(column 合计)" in finding.message_en


THOUSANDS = [
    "单位：万元",
    "科目编码 科目名称 合计 基本支出 项目支出",
    "合计 2,469.12 2,000.00 469.12",
    "201 一般公共服务支出 2,469.12 2,000.00 469.12",
    "20101 人大事务 1,234.56 1,000.00 234.56",
    "20103 政府办公厅(室)及相关机构事务 1,234.56 1,000.00 234.56",
]


def test_rows_with_thousands_separators_stay_rows() -> None:
    # By hand: 1,234.56 + 1,234.56 = 2,469.12; 1,000.00 + 1,000.00 = 2,000.00; 234.56 + 234.56
    # = 469.12; along each row 1,000.00 + 234.56 = 1,234.56 and 2,000.00 + 469.12 = 2,469.12.
    # Lines of cells with "1,234.56" in them were taken for a sentence wrapped over lines and
    # joined into one, so no row was read.
    audit = audit_text("\n".join(THOUSANDS))
    assert audit.findings == ()
    by_code = [c for c in audit.claims if c.claim.relation == CODE_SUM]
    assert len(by_code) == 6  # 合计 over 201, 201 over its two 款: three columns each
    # 政府办公厅's 基本支出 printed 1,009.00 (and its 合计 1,243.56 = 1,009.00 + 234.56): 201's
    # 基本支出 2,000.00 is short of its 款 rows 1,000.00 + 1,009.00 = 2,009.00 (its 合计
    # 2,469.12, short of 1,234.56 + 1,243.56 = 2,478.12, still adds up along its row, and
    # that verdict is kept for the cell)
    wrong = [*THOUSANDS[:-1], "20103 政府办公厅(室)及相关机构事务 1,243.56 1,009.00 234.56"]
    found = [
        (f.code, f.printed, f.computed, f.location.line)
        for f in audit_text("\n".join(wrong)).findings
    ]
    assert found == [("arithmetic.code-hierarchy", "2000.00", "2009.00", 4)]
