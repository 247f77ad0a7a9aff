"""Reading self-evaluation forms from a workbook (private; see :mod:`budgetperf.xlsx`)."""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs

from budgetperf._optional import require
from budgetperf.audit import Finding, Severity
from budgetperf.errors import BudgetPerfError, FileError, Location, NoFormFound, ParseError
from budgetperf.forms import FORMAT, Form, read_object
from budgetperf.xlsx._guard import MAX_CELLS, check_workbook

__all__ = ["SheetGrid", "cell_text", "load", "read_forms", "sheet_grids", "sheet_ref"]

_Pos = tuple[int, int]  # (row, column), 1-based

# -- cell values ------------------------------------------------------------------------------

_DECIMALS = re.compile(r"0\.(0+)")
_FORMULA_TYPES = ("f",)


def _float_text(value: float, number_format: str) -> str:
    """A float cell as the exact decimal it was typed as.

    openpyxl gives every number with a fraction as a ``float``; the file holds the digits
    Excel wrote (at most 17 significant), and ``repr`` gives the shortest text that reads back
    as the same float: the digits typed ("1107.5", "0.985"). That text, not the float, becomes
    the Decimal (this is the one place budgetperf meets a float from a workbook, and it never
    computes with it), printed as its number format shows it (:func:`_number_text`).
    """
    if value != value or value in (float("inf"), float("-inf")):  # float-ok: NaN, ±inf
        return repr(value)
    return _number_text(Decimal(repr(value)), number_format)


def _number_text(number: Decimal, number_format: str) -> str:
    """A number as its cell shows it, its value exact.

    A percent format ("0%", "0.00%") prints the number × 100 with a "%"; a format with
    decimals ("0.00", "#,##0.00", "0.00_ ", "#,##0.00;[Red]-#,##0.00": the first section's)
    pads the digits to the decimals it shows ("703.5" and "37" shown as "703.50" and
    "37.00"), never rounding digits away: a figure typed with more decimals than its format
    shows keeps them. The digits are printed without the thousands separators a format may
    add, as every other cell of a workbook is read. General, and a format that prints no
    decimals, give the digits typed, no more (no precision is invented); a scientific format
    ("0.00E+00") is read as General.
    """
    first = number_format.split(";", 1)[0]
    percent = "%" in first
    if percent:
        number = number.scaleb(2)
    match = _DECIMALS.search(first) if "E" not in first.upper() else None
    places = len(match[1]) if match else 0
    exponent = number.as_tuple().exponent
    assert isinstance(exponent, int)
    text = f"{number:f}" if exponent < -places else f"{number:.{places}f}"
    return text + ("%" if percent else "")


def cell_text(value: object, number_format: str = "General") -> str | None:
    """A cell's value as the text the printed-form format holds, or None when blank.

    Text is kept as typed, without the spaces around it; a number (an integer, or a float as
    the exact decimal it was typed as: :func:`_float_text`) as its number format shows its
    decimals (:func:`_number_text`); a date is its ISO text.

    >>> cell_text(1107.5), cell_text(1.0, "0%"), cell_text(703.5, "0.00"), cell_text(" 优 ")
    ('1107.5', '100%', '703.50', '优')
    >>> cell_text(37, "0.00"), cell_text(1234, "#,##0.00"), cell_text(37), cell_text(37, "0")
    ('37.00', '1234.00', '37', '37')
    """
    if value is None:
        return None
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return _number_text(Decimal(value), number_format)
    if isinstance(value, float):
        return _float_text(value, number_format)
    if isinstance(value, Decimal):
        return _number_text(value, number_format)
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value.isoformat()
    text = str(value).strip()
    return text or None


# -- the grid of a sheet ----------------------------------------------------------------------


def _letters(column: int) -> str:
    letters = ""
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def sheet_ref(title: str) -> str:
    if re.fullmatch(r"\w+", title):
        return title
    return "'" + title.replace("'", "''") + "'"


@attrs.define
class SheetGrid:
    """One sheet's cells as text, each merged range filled with the value of its top-left."""

    title: str
    text: dict[_Pos, str]
    origin: dict[_Pos, _Pos]
    formulas: dict[_Pos, str | None]  # a formula cell → its saved result (None: none saved)

    def get(self, row: int, column: int) -> str:
        return self.text.get((row, column), "")

    def address(self, row: int, column: int) -> str:
        r, c = self.origin.get((row, column), (row, column))
        return f"{sheet_ref(self.title)}!{_letters(c)}{r}"

    def same(self, a: _Pos, b: _Pos) -> bool:
        return self.origin.get(a, a) == self.origin.get(b, b)

    def rows(self) -> list[int]:
        return sorted({r for r, _ in self.text})

    def row(self, row: int) -> list[tuple[int, str]]:
        """The non-blank cells of a row, left to right, one per merged range."""
        seen: set[_Pos] = set()
        cells = []
        for column in sorted(c for r, c in self.text if r == row):
            origin = self.origin.get((row, column), (row, column))
            if origin in seen:
                continue
            seen.add(origin)
            cells.append((column, self.text[(row, column)]))
        return cells

    def right_of(self, row: int, column: int, stop: int | None = None) -> tuple[int, str] | None:
        """The first non-blank cell right of (row, column) outside its merged range."""
        for c, text in self.row(row):
            if c > column and not self.same((row, c), (row, column)):
                if stop is not None and c >= stop:
                    return None
                return c, text
        return None


# -- words of the templates -------------------------------------------------------------------

_SPACE = re.compile(r"\s+")
_SUFFIX = re.compile(r"[(（][^()（）]*[)）]$")


def _norm(text: str) -> str:
    """A label without spaces or line breaks and without a trailing colon."""
    return _SPACE.sub("", text).rstrip(":：")


def _key(text: str) -> str:
    """A label as matched: :func:`_norm`, then without a trailing note in brackets."""
    norm = _norm(text)
    return _SUFFIX.sub("", norm).rstrip(":：") or norm


_FUND_WORDS: dict[str, tuple[str, ...]] = {
    "initial": ("年初预算数", "年初预算"),
    "adjusted": ("全年预算数", "调整后预算数", "全年调整预算数", "调整预算数", "全年预算"),
    "executed": ("全年执行数", "预算执行数", "实际执行数", "执行数"),
    "weight": ("分值", "权重"),
    "rate": ("执行率", "预算执行率"),
    "score": ("得分",),
}
_INDICATOR_WORDS: dict[str, tuple[str, ...]] = {
    "level1": ("一级指标",),
    "level2": ("二级指标",),
    "name": ("三级指标",),
    "nature": ("指标性质",),
    "target": ("年度指标值", "指标值", "年度目标值", "目标值"),
    "unit": ("度量单位", "计量单位"),
    "actual": ("实际完成值", "完成值", "全年实际值", "实际值"),
    "weight": ("分值", "权重"),
    "score": ("得分",),
    "note": ("偏差原因分析及改进措施", "偏差原因分析", "未完成原因分析", "原因分析及改进措施"),
}
_PROJECT_LABELS = ("项目名称", "项目支出名称")
_BODY_LABELS = (
    "实施单位",
    "部门名称",
    "部门（单位）名称",
    "部门(单位)名称",
    "单位名称",
    "预算部门名称",
    "市级预算部门名称",
    "预算单位",
)
_DEPARTMENT_LABELS = _BODY_LABELS[1:]
_TOTAL_WORDS = ("总分", "合计", "总计", "自评总分", "得分合计", "综合得分")
_GOAL_WORDS = ("年度总体目标", "项目年度目标", "总体目标", "年度目标", "年度绩效目标")
_EXPECTED_WORDS = ("预期目标", "年初设定目标", "年度目标", "项目年度目标")
_ACHIEVED_WORDS = ("实际完成情况", "年度目标完成情况", "全年实际完成情况", "目标完成情况")
_GRADE_WORDS = ("等级", "自评等级", "评价等级", "绩效等级")
_GRADE_TEXT = re.compile(r"^(?:自评|评价|绩效)?等级\s*[:：]\s*(?P<grade>\S.*)$")
_YEAR_ROW = re.compile(r"^[(（]?\s*(?P<year>(?:19|20|21)\d\d)\s*年度?\s*[)）]?$")
_YEAR_IN_TITLE = re.compile(r"(?P<year>(?:19|20|21)\d\d)\s*年")
_UNIT = re.compile(
    r"单位\s*[:：]\s*(?P<unit>亿元|万元|千元|元)|[(（]\s*(?P<bracket>亿元|万元|千元|元)\s*[)）]"
)
_LEVEL1 = re.compile(r"^(?P<name>.*?)[(（]\s*(?P<weight>[0-9０-９.．]+\s*[%％]?)\s*分?\s*[)）]$")
_TITLE = re.compile(r"自评表|自评报告|评价表")
_BARE_TITLES = {"项目支出绩效自评表", "部门整体支出绩效自评表", "部门预算项目支出绩效自评表"}
_COMPARATOR = re.compile(
    r"^(?:[≥≤≧≦><=＝＞＜]|>=|<=|不低于|不高于|不少于|不超过|大于等于|小于等于)"
)
_BARE_NUMBER = re.compile(r"^[0-9０-９][0-9０-９.,．，]*$")


def _columns(grid: SheetGrid, row: int, words: dict[str, tuple[str, ...]]) -> dict[str, int]:
    found: dict[str, int] = {}
    for column, text in grid.row(row):
        key = _key(text)
        for field, options in words.items():
            if field not in found and (key in options or (field == "note" and "原因" in key)):
                found[field] = column
                break
    return found


def _is_fund_header(grid: SheetGrid, row: int) -> dict[str, int] | None:
    columns = _columns(grid, row, _FUND_WORDS)
    if len(columns) >= 3 and {"initial", "adjusted", "executed"} & columns.keys():
        return columns
    return None


def _is_anchor(grid: SheetGrid, row: int) -> bool:
    keys = {_key(text) for _, text in grid.row(row)}
    return "三级指标" in keys and bool({"一级指标", "二级指标"} & keys)


def _starts_form(grid: SheetGrid, row: int) -> bool:
    """Whether a row opens a form: a title, a header-block label or a fund header."""
    for _, text in grid.row(row):
        key = _key(text)
        if _TITLE.search(key) or key in _PROJECT_LABELS or key in _BODY_LABELS or key == "主管部门":
            return True
    return _is_fund_header(grid, row) is not None


# -- one form ---------------------------------------------------------------------------------


@attrs.define
class _Form:
    """What is read of one form: the printed-form object and where each of its cells is."""

    data: dict[str, Any] = attrs.field(factory=dict)
    cells: dict[str, str] = attrs.field(factory=dict)
    findings: list[Finding] = attrs.field(factory=list)
    title: str | None = None
    goals: dict[str, str | None] = attrs.field(factory=dict)


class _SheetReader:
    def __init__(self, grid: SheetGrid, name: str) -> None:
        self.grid = grid
        self.name = name

    def cell(self, form: _Form, path: str, row: int, column: int | None) -> str | None:
        """The text at (row, column), noting where the JSON path ``path`` comes from."""
        if column is None:
            return None
        grid = self.grid
        form.cells[path] = grid.address(row, column)
        origin = grid.origin.get((row, column), (row, column))
        if origin in grid.formulas:
            saved = grid.formulas[origin]
            where = Location(file=self.name, field=path, place=grid.address(row, column))
            if saved is None:
                form.findings.append(
                    Finding(
                        "structure.formula-cell",
                        Severity.WARNING,
                        where,
                        "a formula without a saved result: the cell is read as blank"
                        " (budgetperf does not evaluate formulas)",
                        "单元格为公式且文件中未保存计算结果，按空白读取（不计算公式）",
                        printed=grid.text.get(origin),
                    )
                )
                return None
            form.findings.append(
                Finding(
                    "structure.formula-cell",
                    Severity.INFO,
                    where,
                    f"a formula: its saved result {saved!r} is read (not evaluated)",
                    f"单元格为公式，读取文件中保存的计算结果“{saved}”（不计算公式）",
                    printed=saved,
                )
            )
            return saved
        return grid.get(row, column) or None

    def read(self, top: int, anchor: tuple[int, int], bottom: int) -> _Form:
        grid = self.grid
        form = _Form()
        head_end = anchor[0] - 1
        rows = [r for r in grid.rows() if top <= r <= head_end]
        self._head(form, rows)
        indicator_columns = _columns(grid, anchor[0], _INDICATOR_WORDS)
        form.cells["$.indicators"] = grid.address(anchor[0], indicator_columns["name"])
        for extra in range(anchor[0] + 1, anchor[1] + 1):  # a header on two rows
            for field, column in _columns(grid, extra, _INDICATOR_WORDS).items():
                indicator_columns.setdefault(field, column)
        body = [r for r in grid.rows() if anchor[1] < r <= bottom]
        total_row = self._indicators(form, body, indicator_columns)
        if total_row is not None:
            self._total(form, total_row, [r for r in body if r >= total_row], indicator_columns)
        return form

    # the blocks above the indicators

    def _head(self, form: _Form, rows: list[int]) -> None:
        grid = self.grid
        data = form.data
        year: int | None = None
        unit: str | None = None
        kind: str | None = None
        fund_header: int | None = None
        for row in rows:
            cells = grid.row(row)
            for column, text in cells:
                key = _key(text)
                norm = _norm(text)
                if form.title is None and _TITLE.search(key):
                    form.title = text
                    if "部门整体" in norm or "整体支出" in norm:
                        kind = "department"
                    elif "项目" in norm:
                        kind = "project"
                match = _YEAR_ROW.match(norm)
                if match and year is None:
                    year = int(match["year"])
                    form.cells["$.year"] = grid.address(row, column)
                unit_match = _UNIT.search(norm)
                if unit_match and unit is None:
                    unit = unit_match["unit"] or unit_match["bracket"]
                    form.cells["$.unit"] = grid.address(row, column)
                if key in _PROJECT_LABELS or key in _BODY_LABELS:
                    found = grid.right_of(row, column)
                    if key in _PROJECT_LABELS:
                        kind = kind or "project"
                        target = "project"
                    else:
                        if key in _DEPARTMENT_LABELS:
                            kind = kind or "department"
                        target = "body"
                    if found is not None and _key(found[1]) not in (
                        *_PROJECT_LABELS,
                        *_BODY_LABELS,
                        "主管部门",
                    ):
                        if target not in data or key == "实施单位":
                            data[target] = self.cell(form, f"$.{target}", row, found[0])
                    elif target not in data:
                        data[target] = None
            if fund_header is None and _is_fund_header(grid, row) is not None:
                fund_header = row
        if year is None and form.title is not None:
            match = _YEAR_IN_TITLE.search(form.title)
            if match:
                year = int(match["year"])
        data["form"] = kind or "project"
        data["year"] = year
        data["unit"] = unit
        if form.title is not None and _norm(form.title) not in _BARE_TITLES:
            data["source"] = {"table": form.title}
        if fund_header is not None:
            self._funds(form, fund_header, [r for r in rows if r > fund_header])
        self._goals(form, rows)

    def _funds(self, form: _Form, header: int, rows: list[int]) -> None:
        grid = self.grid
        columns = _is_fund_header(grid, header)
        assert columns is not None
        first = min(columns.values())
        form.cells["$.funds"] = grid.address(header, first)
        funds: list[dict[str, str | None]] = []
        for row in rows:
            keys = {_key(text) for _, text in grid.row(row)}
            if keys & {*_GOAL_WORDS, *_EXPECTED_WORDS} or _is_anchor(grid, row):
                break
            label_cell = None
            for column, text in grid.row(row):
                if column >= first:
                    break
                if not grid.same((row, column), (header, column)):
                    label_cell = (column, text)
            values = {field: grid.get(row, column) for field, column in columns.items()}
            if label_cell is None and not any(values.values()):
                continue
            if label_cell is not None and _norm(label_cell[1]).startswith("按"):
                break  # 按收入性质分 / 按支出性质分: a breakdown, not a fund row
            path = f"$.funds[{len(funds)}]"
            line: dict[str, str | None] = {}
            if label_cell is not None:
                line["label"] = self.cell(form, f"{path}.label", row, label_cell[0])
            else:
                line["label"] = None
            for field, column in columns.items():
                line[field] = self.cell(form, f"{path}.{field}", row, column)
            form.cells[path] = grid.address(row, label_cell[0] if label_cell else first)
            funds.append(line)
        form.data["funds"] = funds

    def _goals(self, form: _Form, rows: list[int]) -> None:
        grid = self.grid
        for index, row in enumerate(rows):
            cells = grid.row(row)
            if not any(_key(text) in _GOAL_WORDS for _, text in cells):
                continue
            for header in rows[index : index + 2]:
                columns: dict[str, int] = {}
                for column, text in grid.row(header):
                    key = _key(text)
                    if key in _EXPECTED_WORDS and "expected" not in columns:
                        columns["expected"] = column
                    elif key in _ACHIEVED_WORDS and "achieved" not in columns:
                        columns["achieved"] = column
                if columns:
                    below = [r for r in rows if r > header][:1]
                    for field, column in columns.items():
                        text = grid.get(below[0], column) if below else ""
                        if below and grid.same((below[0], column), (header, column)):
                            text = ""
                        form.goals[field] = text or None
                    return
            return

    # the indicators

    def _indicators(self, form: _Form, rows: list[int], columns: dict[str, int]) -> int | None:
        grid = self.grid
        indicators: list[dict[str, str | None]] = []
        label_end = columns.get("name", 0)
        for row in rows:
            keys = {_key(text) for column, text in grid.row(row) if column <= label_end}
            if keys & set(_TOTAL_WORDS):
                form.data["indicators"] = indicators
                return row
            filled = [
                field
                for field in ("name", "target", "actual", "weight", "score", "note", "nature")
                if field in columns and grid.get(row, columns[field])
            ]
            if not filled:
                continue
            path = f"$.indicators[{len(indicators)}]"
            item: dict[str, str | None] = {}
            level1 = self.cell(form, f"{path}.level1", row, columns.get("level1"))
            item["level1"], item["level1_weight"] = _level1(level1)
            if "level1" in columns:
                form.cells[f"{path}.level1_weight"] = grid.address(row, columns["level1"])
            level2 = self.cell(form, f"{path}.level2", row, columns.get("level2"))
            item["level2"] = None if level2 is None else _norm(level2)
            for field in ("name", "target", "actual", "weight", "score", "note"):
                item[field] = self.cell(form, f"{path}.{field}", row, columns.get(field))
            if "nature" in columns or "unit" in columns:
                nature = grid.get(row, columns["nature"]) if "nature" in columns else ""
                unit = grid.get(row, columns["unit"]) if "unit" in columns else ""
                item["target"] = _compose(item["target"], nature, unit)
                item["actual"] = _compose(item["actual"], "", unit)
            form.cells[path] = grid.address(row, columns.get("name", min(columns.values())))
            indicators.append(item)
        form.data["indicators"] = indicators
        return None

    def _total(self, form: _Form, row: int, rows: list[int], columns: dict[str, int]) -> None:
        grid = self.grid
        total: dict[str, str | None] = {}
        label = next(c for c, text in grid.row(row) if _key(text) in _TOTAL_WORDS)

        def column(field: str) -> int | None:
            found = columns.get(field)
            if found is None or grid.same((row, found), (row, label)):
                return None  # the label's merged range covers the column
            return found

        weight = self.cell(form, "$.total.weight", row, column("weight"))
        score = self.cell(form, "$.total.score", row, column("score"))
        if column("weight") is None and column("score") is None:
            # A total row not aligned with the columns: the first two figures after the label.
            figures = [
                (c, t) for c, t in grid.row(row) if c > label and not _GRADE_TEXT.match(_norm(t))
            ]
            if figures:
                weight = self.cell(form, "$.total.weight", row, figures[0][0])
            if len(figures) > 1:
                score = self.cell(form, "$.total.score", row, figures[1][0])
        total["weight"], total["score"], total["grade"] = weight, score, None
        for grade_row in rows:
            found = self._grade(form, grade_row)
            if found:
                total["grade"] = found
                break
        form.data["total"] = total

    def _grade(self, form: _Form, row: int) -> str | None:
        grid = self.grid
        for column, text in grid.row(row):
            match = _GRADE_TEXT.match(text.strip())
            if match:
                form.cells["$.total.grade"] = grid.address(row, column)
                return match["grade"].strip()
            if _key(text) in _GRADE_WORDS:
                found = grid.right_of(row, column)
                if found is not None:
                    return self.cell(form, "$.total.grade", row, found[0])
        return None


def _level1(text: str | None) -> tuple[str | None, str | None]:
    """ "产出指标（50分）" → ("产出指标", "50"); the name without spaces or line breaks."""
    if text is None:
        return None, None
    norm = _norm(text)
    match = _LEVEL1.match(norm)
    if match is None:
        return norm, None
    return match["name"], match["weight"]


def _compose(value: str | None, nature: str, unit: str) -> str | None:
    """The 四川 layout's 指标性质 + 指标值 + 度量单位 as one printed value ("≥" "30" "万件")."""
    if value is None:
        return None
    text = value
    if unit and _BARE_NUMBER.match(text):
        text += unit
    if nature and _COMPARATOR.match(nature) and not _COMPARATOR.match(text):
        text = nature + text
    return text


# -- a workbook -------------------------------------------------------------------------------


def load(path: Path, name: str) -> Any:
    """Check ``path`` (:func:`~budgetperf.xlsx._guard.check_workbook`) and open it with openpyxl.

    openpyxl must parse through defusedxml: it does when defusedxml is installed, unless the
    environment turns it off (``OPENPYXL_DEFUSEDXML=False``), which is refused.
    """
    check_workbook(path, name)
    openpyxl = require("xlsx", "openpyxl")
    if not getattr(openpyxl, "DEFUSEDXML", False):
        raise BudgetPerfError(
            "openpyxl 未使用 defusedxml 解析 XML，拒绝读取（检查环境变量 OPENPYXL_DEFUSEDXML）"
            " (openpyxl does not parse through defusedxml; is OPENPYXL_DEFUSEDXML set to False?)",
            value=name,
        )
    return openpyxl


def _open(openpyxl: Any, path: Path, name: str, *, data_only: bool) -> Any:
    import zipfile

    try:
        # A file object, not the path: openpyxl would refuse a workbook by its suffix, and a
        # workbook is known by its content (FORM.bin holding a workbook is one).
        with path.open("rb") as handle:
            return openpyxl.load_workbook(
                handle, read_only=False, data_only=data_only, keep_vba=False, keep_links=False
            )
    except OSError as exc:
        raise FileError(
            f"无法读取文件 (cannot read the file: {exc.strerror or exc})",
            value=name,
            errno=exc.errno,
        ) from None
    except BudgetPerfError:
        raise
    except (KeyError, ValueError, TypeError, IndexError, AttributeError, zipfile.BadZipFile) as exc:
        raise ParseError(
            f"工作簿无法读取 (the workbook cannot be read: {type(exc).__name__}: {exc})",
            location=Location(file=name),
        ) from None
    except Exception as exc:  # defusedxml's refusals, XML syntax errors
        raise ParseError(
            f"工作簿的 XML 无法安全读取 (the workbook's XML cannot be read safely:"
            f" {type(exc).__name__}: {exc})",
            location=Location(file=name),
        ) from None


def sheet_grids(openpyxl: Any, path: Path, name: str) -> Iterator[SheetGrid]:
    book = _open(openpyxl, path, name, data_only=False)
    saved_book = None
    count = 0
    for sheet in book.worksheets:
        text: dict[_Pos, str] = {}
        formulas: dict[_Pos, str | None] = {}
        for (row, column), cell in sheet._cells.items():
            value = cell.value
            if value is None:
                continue
            if cell.data_type in _FORMULA_TYPES:
                if saved_book is None:
                    saved_book = _open(openpyxl, path, name, data_only=True)
                saved = saved_book[sheet.title].cell(row, column)
                formulas[(row, column)] = cell_text(saved.value, saved.number_format)
                shown = value if isinstance(value, str) else getattr(value, "text", "=…")
                text[(row, column)] = formulas[(row, column)] or str(shown)
                continue
            found = cell_text(value, cell.number_format)
            if found is not None:
                text[(row, column)] = found
        origin: dict[_Pos, _Pos] = {}
        for merged in sheet.merged_cells.ranges:
            top = (merged.min_row, merged.min_col)
            value = text.get(top)
            for row in range(merged.min_row, merged.max_row + 1):
                for column in range(merged.min_col, merged.max_col + 1):
                    origin[(row, column)] = top
                    if value is not None:
                        text[(row, column)] = value
                    count += 1
        count += len(text)
        if count > MAX_CELLS:
            raise ParseError(
                f"工作簿单元格超过 {MAX_CELLS:,} 个 (more cells than budgetperf.xlsx.MAX_CELLS)",
                location=Location(file=name),
            )
        yield SheetGrid(sheet.title, text, origin, formulas)


def read_forms(path: Path, name: str) -> list[Form]:
    """Every form of every sheet, in sheet order and top to bottom."""
    openpyxl = load(path, name)
    forms: list[Form] = []
    for grid in sheet_grids(openpyxl, path, name):
        forms.extend(_sheet_forms(grid, name))
    if not forms:
        raise NoFormFound(
            "工作簿中未找到绩效自评表（未找到含“一级指标”“二级指标”“三级指标”的表头行）"
            " (no self-evaluation form found: no header row with 一级指标, 二级指标 and 三级指标)",
            location=Location(file=name),
        )
    return forms


def _sheet_forms(grid: SheetGrid, name: str) -> list[Form]:
    rows = grid.rows()
    anchors: list[tuple[int, int]] = []
    for row in rows:
        if not _is_anchor(grid, row):
            continue
        name_column = _columns(grid, row, _INDICATOR_WORDS)["name"]
        if anchors and grid.same((anchors[-1][0], name_column), (row, name_column)):
            anchors[-1] = (anchors[-1][0], row)  # the same header, merged over two rows
        else:
            anchors.append((row, row))
    reader = _SheetReader(grid, name)
    forms = []
    top = rows[0] if rows else 1
    for index, anchor in enumerate(anchors):
        following = anchors[index + 1][0] if index + 1 < len(anchors) else None
        bottom = (following - 1) if following is not None else (rows[-1] if rows else anchor[1])
        next_top = following
        for row in rows:
            if anchor[1] < row <= bottom and _starts_form(grid, row):
                bottom, next_top = row - 1, row
                break
        read = reader.read(top, anchor, bottom)
        forms.append(_form(read, name))
        top = next_top if next_top is not None else bottom + 1
    return forms


def _form(read: _Form, name: str) -> Form:
    data = {"format": FORMAT, **read.data}
    if data.get("unit") is None:
        data.pop("unit")
    form = read_object(data, name, read.cells, tuple(read.findings))
    if any(read.goals.values()):
        extras = {**form.extras, "goals": dict(read.goals)}
        form = attrs.evolve(form, extras=extras)
    return form
