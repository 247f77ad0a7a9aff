"""Workbooks of 决算 tables (.xlsx): each sheet read as a text whose tables the text audit reads.

A 部门决算 is published as eight or nine standard tables (收入支出决算总表, 收入决算表, 支出决算表,
财政拨款收入支出决算总表, 一般公共预算财政拨款支出决算表, 一般公共预算财政拨款基本支出决算表,
“三公”经费支出决算表, 政府性基金预算财政拨款收入支出决算表…), often one per sheet of a
workbook. This reader writes each sheet as the documents readers write a page: the sheet's
name on a line, the lines above its table (the title, "编制单位" and "单位：万元") as text, then
the table as lines of ``cell | cell |`` (a merged cell once, the columns it covers empty), then
any notes below it. The text audit then reads the table as a grid and checks its totals — a
合计 row or column, 其中 rows, numbered parts — as it does in a .docx or a PDF.

The table is found by its header words, not by fixed cells: its first row is the first row of
two cells or more, none a figure nor a "编制单位：" or "单位：" note, one of which starts with a
header word (项目, 科目编码, 科目名称, 合计, 本年收入, 本年支出, 年初结转…); it ends at the last
row with a figure. Blank rows are left out; a sheet may hold several tables, one under the
other (a new one starts after a blank row at a row with no figure, when a header follows).
When the header names the subject (科目名称, 项目名称) with code columns before it (科目编码,
类, 款, 项), the code and the name are one cell, the row's label ("[201]一般公共服务支出", the
code in brackets so that it is not read as a figure of the row): the label of a row of a 决算
table is its subject, and the text audit checks the 类/款/项 totals by it. The numbers of a
行次 column or a 栏次 row (a column headed 行次, 栏次 or 序号; a row so labelled, or a row of
1, 2, 3… under the header) are bracketed too ("[5]"): they number the rows and columns, they
are not figures. A table of one row of figures under groups of columns (公开07表, the “三公”
经费 预算数 beside 决算数) is written turned, a line per column and a column per group. A sheet
with no figure is left out.

The workbook passes :func:`budgetperf.xlsx._guard.check_workbook` (zip bombs, DTDs, absurd
dimensions) before openpyxl opens it, and every cell is read as the exact decimal typed, with
the decimals its number format shows (:func:`budgetperf.xlsx._read.cell_text`: 37 under "0.00"
is "37.00"): a figure typed as a number and the same figure typed as text as it is shown give
the same text. Locations are the sheet and cell, as a spreadsheet names them
(``book.xlsx:一般公共预算财政拨款支出决算表!C9``). Needs the ``xlsx`` extra.
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from budgetperf.documents._layout import Builder, DocumentText, Kind, cell_text

if TYPE_CHECKING:
    from budgetperf.xlsx._read import SheetGrid

__all__ = ["read_xlsx_tables"]

_FIGURE = re.compile(r"^[-+]?\d[\d,]*(?:\.\d+)?%?$")
_HEADER_WORD = re.compile(
    r"^(?:项目|科目|功能分类|经济分类|类|款|项|合计|总计|本年|年初|年末|上年|预算|决算|收入|支出"
    r"|基本支出|金额|行次|栏次|序号|名称|编码)"
)
# "编制单位：某某局", "金额单位：万元": the lines above a table, never its header
_PREAMBLE = re.compile(r"^(?:编制单位|(?:金额|计量)?单位)[:：]")
_NAME_HEADER = re.compile(r"^(?:科目名称|项目名称|名称)$")
_NUMBERING = re.compile(r"^(?:行次|栏次|序号)$")
_CODE_HEADER = re.compile(r"编码|代码|^(?:类|款|项)$")


def _bare(text: str) -> str:
    return re.sub(r"\s+", "", text)


class _Sheet:
    """A sheet's grid with its rows read once: the non-blank cells of each row, left to right,
    one per merged range (:meth:`SheetGrid.row` scans every cell of the sheet for one row)."""

    def __init__(self, grid: SheetGrid) -> None:
        self.grid = grid
        self.title = grid.title
        self.origin = grid.origin
        self._rows: dict[int, list[tuple[int, str]]] = {}
        seen: set[tuple[int, tuple[int, int]]] = set()
        for row, column in sorted(grid.text):
            origin = grid.origin.get((row, column), (row, column))
            if (row, origin) in seen:
                continue
            seen.add((row, origin))
            self._rows.setdefault(row, []).append((column, grid.text[(row, column)]))

    def rows(self) -> list[int]:
        return sorted(self._rows)

    def row(self, row: int) -> list[tuple[int, str]]:
        return self._rows.get(row, [])

    def get(self, row: int, column: int) -> str:
        return self.grid.get(row, column)

    def address(self, row: int, column: int) -> str:
        return self.grid.address(row, column)

    def same(self, a: tuple[int, int], b: tuple[int, int]) -> bool:
        return self.grid.same(a, b)


def _cells(grid: _Sheet, row: int) -> list[tuple[int, str]]:
    return grid.row(row)


def _is_figure(text: str) -> bool:
    return _FIGURE.match(_bare(text)) is not None


def _header_row(grid: _Sheet, rows: list[int]) -> int | None:
    for row in rows:
        cells = _cells(grid, row)
        if len(cells) < 2 or any(_is_figure(t) for _, t in cells):
            continue
        if any(_PREAMBLE.match(_bare(t)) for _, t in cells):
            continue
        if any(_HEADER_WORD.match(_bare(t)) for _, t in cells):
            return row
    return None


def _label_columns(grid: _Sheet, header_rows: list[int]) -> int:
    """The last column of the row label: the 科目名称 column when code columns come before it
    (0: no such columns, each column is its own cell)."""
    for row in header_rows:
        for column, text in _cells(grid, row):
            if not _NAME_HEADER.match(_bare(text)) or column == 1:
                continue
            before = range(1, column)
            if all(
                any(_CODE_HEADER.search(_bare(grid.get(r, c))) for r in header_rows)
                or not any(grid.get(r, c) for r in header_rows)
                for c in before
            ) and any(
                _CODE_HEADER.search(_bare(grid.get(r, c))) for r in header_rows for c in before
            ):
                return column
    return 0


def _sections(grid: _Sheet) -> list[list[int]]:
    """The sheet's rows cut into its tables: a new table starts at a row with no figure after a
    blank row, once the table above has a figure and a header row is found before the next
    figure, among the few rows a table's title, notes and header take ("表一 … 合计 | 300 |",
    a blank row, "表二", its header, its rows). Rows with no figure after the last table (notes)
    stay with it."""
    rows = grid.rows()
    figures = [_has_figure(grid, r) for r in rows]
    next_figure: list[int | None] = [None] * len(rows)
    after: int | None = None
    for k in range(len(rows) - 1, -1, -1):
        after = k if figures[k] else after
        next_figure[k] = after
    sections: list[list[int]] = [[]]
    with_figure = False
    for k, row in enumerate(rows):
        found = next_figure[k]
        if (
            with_figure
            and k
            and rows[k - 1] < row - 1
            and not figures[k]
            and found is not None
            and _header_row(grid, rows[k : min(found, k + _HEAD_ROWS)]) is not None
        ):
            sections.append([])
            with_figure = False
        sections[-1].append(row)
        with_figure = with_figure or figures[k]
    return sections


_HEAD_ROWS = 12  # rows of a table's title, notes and header looked at for its header


def _has_figure(grid: _Sheet, row: int) -> bool:
    return any(_is_figure(t) for _, t in _cells(grid, row))


def _write_sheet(out: Builder, grid: _Sheet) -> None:
    from budgetperf.xlsx._read import sheet_ref

    out.ensure_newline()
    out.add(cell_text(grid.title), sheet_ref(grid.title), None, 1)
    out.newline()
    for rows in _sections(grid):
        if any(_has_figure(grid, r) for r in rows):
            _write_table(out, grid, rows)
            out.newline()
        else:
            for row in rows:
                _write_line(out, grid, row)


def _counts_columns(grid: _Sheet, row: int) -> bool:
    """A row of column numbers under a header: 1, 2, 3… in every cell (a 栏次 row printed
    without its word)."""
    texts = [t for _, t in _cells(grid, row)]
    return len(texts) >= 3 and texts == [str(k) for k in range(1, len(texts) + 1)]


def _write_table(out: Builder, grid: _Sheet, rows: list[int]) -> None:
    """One table of a sheet: the lines above it, its rows as cells, the lines below it."""
    header = _header_row(grid, rows)
    figures = [r for r in rows if _has_figure(grid, r)]
    if header is None:
        header = next((r for r in rows if len(_cells(grid, r)) >= 2), figures[0])
    last = figures[-1]
    first_figure = next((r for r in figures if r > header), last)
    header_rows = [r for r in rows if header <= r < first_figure]
    label_end = _label_columns(grid, header_rows)
    table = [r for r in rows if header <= r <= last]
    numbering = {c for r in header_rows for c, t in _cells(grid, r) if _NUMBERING.match(_bare(t))}
    numbering_rows = {r for r in table if _NUMBERING.match(_bare(_cells(grid, r)[0][1]))}
    numbering_rows |= {r for r in table if r <= first_figure and _counts_columns(grid, r)}
    columns = sorted({c for r in table for c, _ in _cells(grid, r)})
    low, high = min(columns), max(columns)

    for row in [r for r in rows if r < header]:
        _write_line(out, grid, row)
    data = [r for r in table if r not in numbering_rows and _has_figure(grid, r)]
    heads = [r for r in table if r < data[0] and r not in numbering_rows] if data else []
    if len(data) == 1 and heads and not label_end and _is_figure(grid.get(data[0], low)):
        _write_pivot(out, grid, heads, data[0], range(low, high + 1))
    else:
        previous: list[str] = []  # the code of the last row with one
        for row in table:
            start = low
            if label_end:
                _write_label(out, grid, row, range(low, label_end + 1), previous)
                start = label_end + 1
            for column in range(start, high + 1):
                if column > low or label_end:
                    out.raw(" ")
                text = _own(grid, row, column)
                if (column in numbering or row in numbering_rows) and _is_figure(text):
                    text = f"[{text}]"  # a row or column number (行次, 栏次), not a figure
                out.add(cell_text(text), grid.address(row, column), None, 1)
                out.raw(" |")
            out.newline()
    for row in [r for r in rows if r > last]:
        _write_line(out, grid, row)


_SUBTOTAL = re.compile(r"^(?:小计|合计)$")


def _write_pivot(out: Builder, grid: _Sheet, heads: list[int], row: int, span: range) -> None:
    """A table of one row of figures with no label, under a header of groups ("预算数 | 决算数"
    over "合计 | 因公出国（境）费 | 公务用车购置及运行费 (小计 | 购置费 | 运行费) | 公务接待费"), as
    the 公开07表 prints the 三公 经费: written turned, a line per column of a group and a
    column per group, so that its totals are read down the columns like any table's:
    "合计 | 20.00 | 9.07 |". A 小计 column is named by the header above it. Without groups (a
    top header cell over one column), the table is one column, "金额"."""
    top = heads[0]
    groups: list[list[int]] = []
    for column in span:
        if groups and grid.same((top, groups[-1][0]), (top, column)):
            groups[-1].append(column)
        else:
            groups.append([column])
    grouped = len(groups) >= 2 and all(len(g) == len(groups[0]) for g in groups) and len(heads) > 1
    if not grouped:
        groups = [list(span)]
    names = heads[1:] if grouped else heads
    out.add("项目", None, None, 1)
    for group in groups:
        out.raw(" | ")
        title = grid.get(top, group[0]) if grouped else "金额"
        out.add(cell_text(title), grid.address(top, group[0]) if grouped else None, None, 1)
    out.raw(" |")
    out.newline()
    for k, column in enumerate(groups[0]):
        path = [(r, grid.get(r, column)) for r in names if grid.get(r, column)]
        label_at, label = path[-1] if path else (top, f"[{k + 1}]")
        if _SUBTOTAL.match(_bare(label)):
            above = [(r, t) for r, t in path if not _SUBTOTAL.match(_bare(t))]
            if above:
                label_at, label = above[-1]
        out.add(cell_text(label), grid.address(label_at, column), None, 1)
        out.raw(" |")
        for group in groups:
            out.raw(" ")
            cell = group[k]
            out.add(cell_text(_own(grid, row, cell)), grid.address(row, cell), None, 1)
            out.raw(" |")
        out.newline()


def _write_label(out: Builder, grid: _Sheet, row: int, columns: range, previous: list[str]) -> None:
    """The row's label from its code and name cells: "[201]一般公共服务支出". The code is
    bracketed so that it is read as the subject's code, not as a figure of the row; codes
    split over 类/款/项 columns ("201", "01", "01") are written as one ("[2010101]"). A code
    that prints only its own level, its 类 cell blank (" | 01 | | 人大事务" under "201"), is
    completed from the code of the row above it (``previous`` holds it: "[20101]")."""
    *codes, name = columns
    parts = [(c, _own(grid, row, c)) for c in codes]
    parts = [(c, t) for c, t in parts if t]
    if parts and all(t.isdigit() for _, t in parts):
        code = "".join(t for _, t in parts)
        level = codes.index(parts[0][0])  # the first printed piece: 类 0, 款 1, 项 2
        above = previous[0] if previous else ""
        if level and len(codes) >= 2 and len(code) == 2 * len(parts):
            lead = 3 + 2 * (level - 1)  # the digits of the levels above, taken from the row above
            if len(above) >= lead:
                code = above[:lead] + code
        previous[:] = [code]
        out.add(f"[{code}]", grid.address(row, parts[0][0]), None, 1)
    else:
        for c, t in parts:
            out.add(cell_text(t), grid.address(row, c), None, 1)
            out.space()
    out.add(cell_text(_own(grid, row, name)), grid.address(row, name), None, 1)
    out.raw(" |")


def _own(grid: _Sheet, row: int, column: int) -> str:
    """A cell's text, or "" for a cell covered by a merged range that starts elsewhere."""
    if grid.origin.get((row, column), (row, column)) != (row, column):
        return ""
    return grid.get(row, column)


def _write_line(out: Builder, grid: _Sheet, row: int) -> None:
    """A row outside the table (a title, a unit note, a note): its cells as one line."""
    for column, text in _cells(grid, row):
        out.add(cell_text(text), grid.address(row, column), None, 1)
        out.space()
    out.newline()


def read_xlsx_tables(data: bytes, *, file: str | None = None) -> DocumentText:
    """The text of a workbook of 决算 tables: each sheet with a figure, as the module says.

    Needs the ``xlsx`` extra (:class:`~budgetperf.errors.MissingExtra` otherwise); a workbook
    past a limit or not readable raises :class:`~budgetperf.errors.ParseError`. A workbook with
    no figure gives an empty text.
    """
    from budgetperf.xlsx._read import load, sheet_grids

    name = file or "<workbook>"
    handle, temporary = tempfile.mkstemp(suffix=".xlsx")
    try:
        with os.fdopen(handle, "wb") as out_file:
            out_file.write(data)
        path = Path(temporary)
        openpyxl = load(path, name)
        out = Builder()
        for grid in sheet_grids(openpyxl, path, name):
            if any(_is_figure(t) for t in grid.text.values()):
                _write_sheet(out, _Sheet(grid))
                out.newline()
        return out.build(Kind.XLSX, file)
    finally:
        os.unlink(temporary)
