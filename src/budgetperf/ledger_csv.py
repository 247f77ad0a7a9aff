"""Reading budget lines from CSV: the documented columns, 一体化 field names, any encoding.

One row per budget line. Column names are matched after lower-casing and removing spaces and a
trailing unit in parentheses ("年初预算数(万元)" is 年初预算数 in 万元). Accepted names:

=================  ==========================================================================
field              column names
=================  ==========================================================================
code (required)    code, func_code, exp_func_code, 功能分类科目编码, 支出功能分类科目编码, 科目编码
economic_code      econ_code, economic_code, dep_bgt_eco_code, gov_bgt_eco_code, 经济分类科目编码
name               name, exp_func_name, 科目名称, 项目名称 (the 项's name as printed)
source             source, 资金来源 (当年财政拨款, 上年结转, 其他资金)
fund               fund, 资金性质 (一般公共预算, 政府性基金, 国有资本经营, 财政专户, 单位资金)
nature             nature, 支出性质 (人员经费, 公用经费, 项目支出)
initial            initial, 年初预算数, 年初预算
increase/decrease  increase, 调增; decrease, 调减
adjusted           adjusted, 全年预算数, 调整后预算数
executed           executed, 全年执行数, 决算数, 支出决算数, 执行数
carryover          carryover, 结转结余
previous           previous, 上年决算数
reason             reason, 原因, 说明
project_code       pro_code, project_code, 项目编码
(kept, unused)     mof_div_code, fiscal_year, agency_code
=================  ==========================================================================

Amount cells are plain numbers in the ledger's unit (the ``unit`` argument, or the unit named
in the column header), or amounts with their own unit ("628.95万元", "¥4,419.00"), converted
exactly. An empty cell is a missing amount, never a zero. Files in UTF-8 (with or without BOM),
GB18030, GBK or UTF-16 are read (:func:`budgetperf.textaudit.read.decode`); anything that
cannot be read raises :class:`~budgetperf.errors.ParseError` naming the file, row and column,
or, for a byte that cannot be decoded, its byte offset.

The reader is the :mod:`csv` module and one pass over the rows, each cell read on its own: a
million lines take a few seconds. For more, read the same files with the Arrow path,
:mod:`budgetperf.ledger_arrow` (``pip install 'budgetperf[arrow]'``), which gives the same
sums, shares and rates.
"""

from __future__ import annotations

import csv
import enum
import io
import os
import re
from collections.abc import Iterable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import IO, Any, Literal

from budgetperf._decimal import EXACT
from budgetperf.amounts import Unit, convert, parse_amount
from budgetperf.audit import Finding, Severity
from budgetperf.errors import (
    BudgetPerfError,
    InvalidOption,
    Location,
    ParseError,
    WrongTypeError,
)
from budgetperf.exact import MAX_EXPONENT
from budgetperf.ledger import FundingSource, FundType, Ledger, Nature
from budgetperf.textaudit.read import decode, read_bytes

__all__ = ["COLUMN_NAMES", "read_ledger_csv"]

COLUMN_NAMES: dict[str, tuple[str, ...]] = {
    "code": (
        "code",
        "func_code",
        "exp_func_code",
        "功能分类科目编码",
        "支出功能分类科目编码",
        "科目编码",
    ),
    "economic_code": (
        "econ_code",
        "economic_code",
        "dep_bgt_eco_code",
        "gov_bgt_eco_code",
        "经济分类科目编码",
    ),
    "name": ("name", "exp_func_name", "科目名称", "项目名称"),
    "source": ("source", "资金来源"),
    "fund": ("fund", "资金性质"),
    "nature": ("nature", "支出性质"),
    "initial": ("initial", "年初预算数", "年初预算"),
    "increase": ("increase", "调增"),
    "decrease": ("decrease", "调减"),
    "adjusted": ("adjusted", "全年预算数", "调整后预算数"),
    "executed": ("executed", "全年执行数", "决算数", "支出决算数", "执行数"),
    "carryover": ("carryover", "结转结余"),
    "previous": ("previous", "上年决算数"),
    "reason": ("reason", "原因", "说明"),
    "project_code": ("pro_code", "project_code", "项目编码"),
}
_IGNORED = {"mof_div_code", "fiscal_year", "agency_code"}
_LOOKUP = {alias: field for field, aliases in COLUMN_NAMES.items() for alias in aliases}
AMOUNT_FIELDS = frozenset(
    {"initial", "increase", "decrease", "adjusted", "executed", "carryover", "previous"}
)
_HEADER_UNIT = re.compile(r"^(?P<name>.*?)[(（](?P<unit>元|千元|万元|亿元)[)）]$")
#: A plain number, read by ``Decimal``; any other amount cell is read by ``parse_amount``.
PLAIN = re.compile(r"-?\d{1,18}(?:\.\d{1,10})?")
#: A functional code: 3, 5 or 7 ASCII digits starting with 2 (never stripped).
CODE = re.compile(r"2[0-9]{2}(?:[0-9]{2}){0,2}")
ENUMS: dict[str, dict[str, enum.Enum]] = {
    "source": {m.value: m for m in FundingSource},
    "fund": {**{m.value: m for m in FundType}, "政府性基金预算": FundType.GOVERNMENT_FUND},
    "nature": {m.value: m for m in Nature},
}
_TEXT = ("economic_code", "name", "project_code", "reason")


def _decode(raw: bytes, name: str) -> str:
    """The file's text, by :func:`budgetperf.textaudit.read.decode`. A byte it cannot decode is
    refused, naming its offset: a ledger row is never read with a replaced character."""
    try:
        decoded = decode(raw)
    except ParseError as exc:
        raise ParseError(exc.reason, value=name) from None
    return decoded.strict_text(name)


def read_ledger_csv(
    source: str | os.PathLike[str] | IO[str],
    *,
    unit: Unit = Unit.WAN_YUAN,
    year: int | None = None,
    catalogue: object | None = None,
    bad_rows: Literal["raise", "finding"] = "raise",
) -> Ledger:
    """Read a CSV of budget lines into a :class:`~budgetperf.ledger.Ledger` in ``unit``.

    A row with a cell that cannot be read raises :class:`~budgetperf.errors.ParseError` naming
    the file, row and column (``bad_rows="raise"``, the default; the first such row of the
    file); with ``bad_rows="finding"`` each such row is left out and becomes a
    ``ledger.unreadable-row`` finding of
    :meth:`Ledger.findings() <budgetperf.ledger.Ledger.findings>`, naming the same, and the
    other rows are read (``budgetperf ledger`` reads this way). A file that cannot be read at
    all (no header, an unknown column, bytes that are not text) raises either way.
    """
    if not isinstance(source, str | os.PathLike) and not hasattr(source, "read"):
        raise WrongTypeError(
            f"read_ledger_csv() takes a path or a text stream, not {type(source).__name__}",
            value=type(source).__name__,
        )
    if bad_rows not in ("raise", "finding"):
        raise InvalidOption("bad_rows must be 'raise' or 'finding'", value=bad_rows)
    lines: Iterable[str]
    if isinstance(source, str | os.PathLike):
        name = str(Path(source))
        lines = io.StringIO(_decode(read_bytes(source), name), newline="")
    else:
        name = getattr(source, "name", "<stream>")
        lines = source
    rows = _csv_rows(lines, name)
    header = next(rows, None)
    if header is None:
        raise ParseError("empty file: no header row", value=name)
    columns = header_columns(header, unit, name)
    width = len(header)
    # 调增 and 调减 are kept in 全年预算数 (read_row derives it), not as columns of their own.
    values: dict[str, list[Any]] = {
        field: [] for _, field, _ in columns if field not in ("increase", "decrease")
    }
    values.setdefault("adjusted", [])
    numbers: list[int] = []
    found: list[Finding] = []
    codes: dict[str, str] = {}  # each code checked once, and one string per code kept
    for number, row in enumerate(rows, start=2):
        if len(row) != width and not any(cell.strip() for cell in row):
            continue  # a blank line
        try:
            line = read_row(row, header, columns, name, number, unit, codes)
        except BudgetPerfError as exc:
            if bad_rows == "raise":
                raise
            found.append(unreadable_row(exc, name, number))
            continue
        for field, value in line.items():
            values[field].append(value)
        if "adjusted" not in line:
            values["adjusted"].append(None)
        numbers.append(number)
    ledger = Ledger(unit=unit, year=year, catalogue=catalogue, origin=name)
    fill(ledger, values, numbers)
    ledger._read_findings = found
    return ledger


def _csv_rows(lines: Iterable[str], name: str) -> Iterator[list[str]]:
    """The rows as the :mod:`csv` module reads them (blank rows included, any number of
    cells). What csv refuses (a field longer than its limit, a NUL) is a
    :class:`~budgetperf.errors.ParseError` naming the file and line."""
    reader = csv.reader(lines)
    try:
        yield from reader
    except csv.Error as exc:
        where = Location(file=name, row=reader.line_num)
        raise ParseError("not readable as CSV", value=str(exc), location=where) from None


def unreadable_row(exc: BudgetPerfError, name: str, number: int) -> Finding:
    """The ``ledger.unreadable-row`` finding for a row left out because of ``exc``."""
    where = exc.location or Location(file=name, row=number)
    return Finding(
        "ledger.unreadable-row",
        Severity.ERROR,
        where,
        f"{exc.reason}: {exc.value!r}; the row is left out",
        f"无法读取：{exc.value!r}（{exc.reason}），该行未读入",
        printed=None if exc.value is None else str(exc.value),
    )


def fill(ledger: Ledger, values: dict[str, list[Any]], numbers: list[int]) -> None:
    """Put the columns read into the new, empty ``ledger`` (a missing column as one None per
    line), with the file row of each line and the first name given for each code."""
    count = len(numbers)
    ledger._file_rows = numbers
    blank = (None,) * count
    for field in ledger._text:
        ledger._text[field] = tuple(values.get(field, blank))
    for field in ledger._amounts:
        ledger._amounts[field] = tuple(values.get(field, blank))
    if "name" in values:
        for code, name in zip(values["code"], values["name"], strict=True):
            if name:
                ledger.names.setdefault(code, name)


def header_columns(header: list[str], unit: Unit, name: str) -> list[tuple[int, str, Unit]]:
    """The header's columns that are read: (index, field, unit of its plain numbers)."""
    columns: list[tuple[int, str, Unit]] = []
    for index, title in enumerate(header):
        key = re.sub(r"\s+", "", title).lower()
        column_unit = unit
        match = _HEADER_UNIT.match(key)
        if match:
            key, column_unit = match["name"], Unit(match["unit"])
        field = _LOOKUP.get(key)
        if field is None:
            if key in _IGNORED or key == "":
                continue
            raise ParseError(
                "unknown column (see the documented column names)",
                value=title,
                location=Location(file=name, row=1, field=title),
            )
        if any(f == field for _, f, _ in columns):
            raise ParseError(
                f"two columns for {field}",
                value=title,
                location=Location(file=name, row=1, field=title),
            )
        columns.append((index, field, column_unit))
    if not any(f == "code" for _, f, _ in columns):
        raise ParseError(
            "no code column (code, exp_func_code, 科目编码, …)",
            value=header,
            location=Location(file=name, row=1),
        )
    return columns


def read_row(
    row: list[str],
    header: list[str],
    columns: list[tuple[int, str, Unit]],
    name: str,
    number: int,
    unit: Unit,
    codes: dict[str, str] | None = None,
) -> dict[str, Any]:
    """One data row's fields; a cell that cannot be read raises, naming its row and column.

    A row with fewer cells than the header has empty cells at its end; one with more raises.
    ``codes`` holds the codes already checked (each maps to itself).
    """
    width = len(header)
    if len(row) > width:
        raise ParseError(
            f"{len(row)} cells in a row under {width} headers",
            value=row,
            location=Location(file=name, row=number),
        )
    line: dict[str, Any] = {}
    for index, field, column_unit in columns:
        cell = row[index] if index < len(row) else ""
        if field in AMOUNT_FIELDS:
            line[field] = amount_cell(cell, column_unit, unit, name, number, header[index])
        elif field == "code":
            code = None if codes is None else codes.get(cell)
            if code is None:
                if not CODE.fullmatch(cell):
                    raise ParseError(
                        "not a functional code (3, 5 or 7 digits starting with 2)",
                        value=cell,
                        location=Location(file=name, row=number, field=header[index]),
                    )
                code = cell if codes is None else codes.setdefault(cell, cell)
            line[field] = code
        elif field in ENUMS:
            text = cell.strip()
            choices = ENUMS[field]
            member = choices.get(text) if text else None
            if text and member is None:
                raise ParseError(
                    f"not one of {', '.join(choices)}",
                    value=cell,
                    location=Location(file=name, row=number, field=header[index]),
                )
            line[field] = member
        else:
            line[field] = cell.strip() or None
    if "increase" in line or "decrease" in line:
        _derive_adjusted(line, Location(file=name, row=number))
        del line["increase"], line["decrease"]  # kept in 全年预算数
    return line


def amount_cell(
    cell: str, column_unit: Unit, unit: Unit, name: str, number: int, title: str
) -> Decimal | None:
    """An amount cell in ``unit``: blank is None, a plain number is read by ``Decimal``, any
    other text by ``parse_amount``; what cannot be read raises, naming file, row and column."""
    text = cell.strip()
    if not text:
        return None
    if PLAIN.fullmatch(text):
        amount = Decimal(text)
        return amount if column_unit is unit else convert(amount, column_unit, unit)
    where = Location(file=name, row=number, field=title)
    value = parse_amount(text, default_unit=column_unit, where=where).value_in(unit)
    if abs(value.adjusted()) > MAX_EXPONENT:
        raise ParseError("amount out of range", value=text, location=where)
    return value


def _derive_adjusted(amounts: dict[str, Decimal | None], where: Location) -> None:
    """全年预算数 = 年初 + 调增 − 调减 where 调增 or 调减 is given (and must agree when given)."""
    increase, decrease = amounts.get("increase"), amounts.get("decrease")
    if increase is None and decrease is None:
        return
    initial = amounts.get("initial")
    if initial is None:
        raise ParseError("调增/调减 without 年初预算数", location=where)
    derived = EXACT.subtract(EXACT.add(initial, increase or Decimal(0)), decrease or Decimal(0))
    adjusted = amounts.get("adjusted")
    if adjusted is None:
        amounts["adjusted"] = derived
    elif adjusted != derived:
        raise ParseError(
            f"全年预算数 {adjusted} is not 年初 + 调增 − 调减 = {derived}", location=where
        )
