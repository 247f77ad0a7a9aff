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

A million lines are read in about a second and a half. A file without quotes is cut at "\n"
and "," directly (where the csv module would cut it); a file of codes and plain amounts is read
as integers by one ``json.loads``; other columns are checked in bulk (codes once per distinct
code). Each of these fast paths is taken only where it gives exactly the ledger, or the error,
that the general path gives (the csv module, then each cell on its own), which reads the rest.
"""

from __future__ import annotations

import csv
import functools
import io
import json
import os
import re
from array import array
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from decimal import Decimal, InvalidOperation, localcontext
from itertools import compress, repeat
from operator import itemgetter
from pathlib import Path
from typing import IO, Any, Literal

import attrs

from budgetperf._decimal import CTX
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
from budgetperf.ledger import (
    CodedColumn,
    FundingSource,
    FundType,
    Ledger,
    Nature,
    ScaledColumn,
)
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
_AMOUNT_FIELDS = {
    "initial",
    "increase",
    "decrease",
    "adjusted",
    "executed",
    "carryover",
    "previous",
}
_HEADER_UNIT = re.compile(r"^(?P<name>.*?)[(（](?P<unit>元|千元|万元|亿元)[)）]$")
_PLAIN = re.compile(r"-?\d{1,18}(?:\.\d{1,10})?")  # read by Decimal; the rest by parse_amount
_CODE = re.compile(r"2[0-9]{2}(?:[0-9]{2}){0,2}")
_ENUMS: dict[str, dict[str, object]] = {
    "source": {m.value: m for m in FundingSource},
    "fund": {**{m.value: m for m in FundType}, "政府性基金预算": FundType.GOVERNMENT_FUND},
    "nature": {m.value: m for m in Nature},
}


def _decode(raw: bytes, name: str) -> str:
    """The file's text, by :func:`budgetperf.textaudit.read.decode`. A byte it cannot decode is
    refused, naming its offset: a ledger row is never read with a replaced character."""
    try:
        decoded = decode(raw)
    except ParseError as exc:
        raise ParseError(exc.reason, value=name) from None
    return decoded.strict_text(name)


#: The fast paths, each taken only where it gives exactly what the general path would (the
#: tests compare them): "split" splits the text at "\n" and "," instead of the csv module;
#: "numbers" reads a file of codes and plain amounts as one list of integers; "codes" reads
#: a column of digits with ``json``; "decimal" reads a column of plain numbers with
#: ``map(Decimal, column)`` instead of cell by cell; "scaled" keeps a column of plain numbers
#: with one number of decimals as integers (see :class:`~budgetperf.ledger.ScaledColumn`).
FAST_PATHS = frozenset({"split", "numbers", "codes", "decimal", "scaled"})


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
    the file, row and column (``bad_rows="raise"``, the default); with ``bad_rows="finding"``
    each such row is left out and becomes a ``ledger.unreadable-row`` finding of
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
    try:
        return read_with_paths(source, unit=unit, year=year, catalogue=catalogue, fast=FAST_PATHS)
    except ParseError as exc:
        row = exc.location.row if exc.location is not None else None
        if bad_rows == "raise" or row is None or row < 2:
            raise
        if not isinstance(source, str | os.PathLike):
            raise
    # Read again, row by row, leaving out the rows that cannot be read (a stream cannot be read
    # twice: it raised above).
    return _read_each_row(source, unit=unit, year=year, catalogue=catalogue)


def _read_each_row(
    source: str | os.PathLike[str] | IO[str],
    *,
    unit: Unit,
    year: int | None,
    catalogue: object | None,
) -> Ledger:
    """The general path, one row at a time: a row that cannot be read is a finding."""
    assert isinstance(source, str | os.PathLike)  # streams are not read twice
    path = Path(source)
    name = str(path)
    text = _decode(path.read_bytes(), name)
    table = _csv_table(io.StringIO(text, newline=""), name)
    assert table.header is not None  # read once already
    assert table.rows is not None
    header = table.header
    columns = _columns(header, unit, name)
    width = len(header)
    kept: list[dict[str, Any]] = []
    numbers: list[int] = []
    found: list[Finding] = []
    for number, row in enumerate(table.rows, start=2):
        if len(row) != width and not any(cell.strip() for cell in row):
            continue
        try:
            if len(row) > width:
                raise ParseError(
                    f"{len(row)} cells in a row under {width} headers",
                    value=row,
                    location=Location(file=name, row=number),
                )
            cells = row + [""] * (width - len(row))
            kept.append(_one_row(cells, header, columns, name, number, unit))
            numbers.append(number)
        except BudgetPerfError as exc:
            where = exc.location or Location(file=name, row=number)
            found.append(
                Finding(
                    "ledger.unreadable-row",
                    Severity.ERROR,
                    where,
                    f"{exc.reason}: {exc.value!r}; the row is left out",
                    f"无法读取：{exc.value!r}（{exc.reason}），该行未读入",
                    printed=None if exc.value is None else str(exc.value),
                )
            )
    ledger = Ledger(unit=unit, year=year, catalogue=catalogue, origin=name)
    values: dict[str, Sequence[Any]] = {
        field: [line[field] for line in kept] for _, field, _ in columns
    }
    values["adjusted"] = [line.get("adjusted") for line in kept]
    values["code"] = _code_column(
        [line["code"] for line in kept], lambda i: Location(file=name), frozenset()
    )
    for field in ("increase", "decrease"):
        values.pop(field, None)  # 全年预算数 is derived already
    _fill(ledger, values, len(kept), numbers)
    ledger._read_findings = found
    return ledger


def _one_row(
    row: list[str],
    header: list[str],
    columns: list[tuple[int, str, Unit]],
    name: str,
    number: int,
    unit: Unit,
) -> dict[str, Any]:
    """One data row's fields, read as the column paths read them; a bad cell raises."""
    line: dict[str, Any] = {}
    for index, field, column_unit in columns:
        cell = row[index]
        where = Location(file=name, row=number, field=header[index])
        if field in _AMOUNT_FIELDS:
            line[field] = _amount(cell.strip(), column_unit, unit, where)
        elif field == "code":
            if not _CODE.fullmatch(cell):
                raise ParseError(
                    "not a functional code (3, 5 or 7 digits starting with 2)",
                    value=cell,
                    location=where,
                )
            line[field] = cell
        elif field in _ENUMS:
            text = cell.strip()
            choices = _ENUMS[field]
            member = choices.get(text) if text else None
            if text and member is None:
                raise ParseError(f"not one of {', '.join(choices)}", value=cell, location=where)
            line[field] = member
        else:
            line[field] = cell.strip() or None
    _check_adjusted(line, Location(file=name, row=number))
    return line


def read_with_paths(
    source: str | os.PathLike[str] | IO[str],
    *,
    unit: Unit,
    year: int | None,
    catalogue: object | None,
    fast: frozenset[str],
) -> Ledger:
    """:func:`read_ledger_csv` taking the fast paths in ``fast`` (all of :data:`FAST_PATHS`, or
    fewer to test them against the general paths)."""
    text: str | None
    lines: list[str] | None = None
    if isinstance(source, (str, os.PathLike)):
        path = Path(source)
        name = str(path)
        text = _decode(read_bytes(path), name)
    else:
        name = getattr(source, "name", "<stream>")
        lines = list(source)  # the lines as the stream splits them: what csv would be given
        text = _stream_text(lines)

    def by_csv() -> _Table:
        return _csv_table(lines if lines is not None else io.StringIO(text, newline=""), name)

    table = _split_text(text) if text is not None and "split" in fast else None
    if table is None:
        table = by_csv()
    if table.header is None:
        raise ParseError("empty file: no header row", value=name)
    header = table.header
    columns = _columns(header, unit, name)
    ledger = Ledger(unit=unit, year=year, catalogue=catalogue, origin=name)
    # The cyclic garbage collector is left alone: budgetperf runs inside other programs, and
    # switching it off is process-wide state (docs/ledger.md says what it costs here).
    if table.body is not None:
        if "numbers" in fast and _read_numbers(table.body, header, columns, ledger, unit):
            return ledger
        table = _split_body(header, table.body) or by_csv()
    _read_rows(table, header, columns, ledger, name, unit, fast)
    return ledger


def _columns(header: list[str], unit: Unit, name: str) -> list[tuple[int, str, Unit]]:
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


@attrs.frozen
class _Table:
    """The header and data rows of a file.

    ``body`` is the text of the data rows when every row has exactly as many cells as the
    header (and no quote or line end other than "\n": they split at "\n" and ","); ``cells``
    is every data cell row after row (column ``i`` is ``cells[i::width]``); ``rows`` holds the
    rows as the :mod:`csv` module reads them (blank rows included, any number of cells). No
    header (an empty file) is None.
    """

    header: list[str] | None
    body: str | None = None
    cells: list[str] | None = None
    rows: Iterable[list[str]] | None = None


def _csv_table(lines: Iterable[str], name: str) -> _Table:
    """The general path: the :mod:`csv` module reads the lines (the data rows as they are
    needed, after the header is checked). What csv refuses (a field longer than its limit, a
    NUL) is a :class:`~budgetperf.errors.ParseError` naming the file and row."""
    reader = csv.reader(lines)

    def refused(exc: csv.Error) -> ParseError:
        where = Location(file=name, row=reader.line_num)
        return ParseError("not readable as CSV", value=str(exc), location=where)

    def rows() -> Iterator[list[str]]:
        try:
            yield from reader
        except csv.Error as exc:
            raise refused(exc) from None

    try:
        header = next(reader, None)
    except csv.Error as exc:
        raise refused(exc) from None
    return _Table(header, rows=rows())


def _stream_text(lines: list[str]) -> str | None:
    """The stream's text, when each item it gave is one line of text (else None).

    csv reads each item the stream gives as one line, so an item must end with its one "\n"
    (the last one may have none) for the text to split where csv would; a stream opened with
    ``newline="\r"``, say, gives other items.
    """
    try:
        text = "".join(lines)
    except TypeError:  # not text: the csv module says what is wrong
        return None
    ended = len(lines) if text.endswith("\n") else len(lines) - 1
    if text.count("\n") != ended or not all(map(str.endswith, lines[:ended], repeat("\n"))):
        return None
    return text


def _split_text(text: str) -> _Table | None:
    """The header and the text of the data rows, or None when only csv reads ``text`` right.

    Without a quote, a carriage return or a NUL, the csv module ends a row exactly at each
    "\n" (a final one ends the last row) and splits it exactly at each ","; a blank line is an
    empty row. Splitting the same way gives the same cells (:func:`_split_body`). Anything
    else (quoted fields, "\r\n" line ends, a field longer than the csv module's limit) is
    left to csv.
    """
    if '"' in text or "\r" in text or "\0" in text:
        return None
    if not text:
        return _Table(None)
    header_line, _, rest = text.partition("\n")
    header = header_line.split(",") if header_line else []
    if max(map(len, header), default=0) > csv.field_size_limit():
        return None
    if not rest:  # no data row
        return _Table(header, cells=[])
    return _Table(header, body=rest[:-1] if rest.endswith("\n") else rest)


def _split_body(header: list[str], body: str) -> _Table | None:
    """The data rows of :func:`_split_text` split into cells, or None when a field is longer
    than the csv module allows (csv then says so).

    When every row has the header's number of cells, one split of the whole text gives
    every cell, row after row.
    """
    limit = csv.field_size_limit()
    if _every_row_full(body, len(header)):
        cells = body.replace("\n", ",").split(",")
        if len(body) > limit and max(map(len, cells)) > limit:
            return None
        return _Table(header, cells=cells)
    lines = body.split("\n")
    if len(body) > limit and max(map(len, lines)) > limit:
        return None  # a line is at least as long as each of its fields (conservative)
    # Every blank line is the one empty row (read, never changed): a million blank lines make
    # no million lists for the garbage collector to walk.
    blank: list[str] = []
    return _Table(header, rows=[line.split(",") if line else blank for line in lines])


# Every byte but "," and "\n", to be deleted by bytes.translate.
_NOT_SEPARATOR = bytes(sorted(set(range(256)) - set(b",\n")))


def _every_row_full(body: str, width: int) -> bool:
    """True when each line of ``body`` has exactly ``width - 1`` commas (and, for a width of
    1, is not blank: csv reads a blank line as an empty row).

    The text is encoded, everything but the separators deleted in one C-level pass, and what
    is left must be ``width - 1`` commas then "\n", line after line.
    """
    if width == 1 and (not body or body.startswith("\n") or body.endswith("\n") or "\n\n" in body):
        return False
    separators = body.encode("utf-8", "surrogatepass").translate(None, _NOT_SEPARATOR)
    row = b"," * (width - 1)
    return separators == (row + b"\n") * body.count("\n") + row


_NOT_POINT_OR_SEPARATOR = bytes(sorted(set(range(256)) - set(b".,\n")))


@functools.cache
def _lone_point(decimals: int) -> re.Pattern[str]:
    """A point without a digit before it, or without exactly ``decimals`` digits and then a
    separator after it."""
    return re.compile(rf"\.(?:(?<![0-9]\.)|(?![0-9]{{{decimals}}}(?:,|\n|\Z)))")


# A cell's zero integer part, its point and the zeros after it ("0.0" of "0.05"); a code has
# no point, so it is never touched.
_ZERO_INTEGER_PART = re.compile(r"(?<![0-9])0+\.0*(?=[0-9])")
_NEGATIVE_ZERO_CELL = re.compile(r"-[0.]*(?:,|\n|\Z)")


def _read_numbers(
    body: str, header: list[str], columns: list[tuple[int, str, Unit]], ledger: Ledger, unit: Unit
) -> bool:
    """Read a file of codes and plain amounts as one list of integers, if it is that simple.

    Every column must be the code or an amount in the ledger's unit, and every cell the
    same as in the first row: codes are digits; an amount cell is an optional minus and
    digits, with a point and ``d`` more digits in a column whose first cell has a point (the
    same ``d`` for every such column), else none. Then removing the points leaves integers,
    which one ``json.loads`` reads at C speed for the whole file: the code column and one
    :class:`~budgetperf.ledger.ScaledColumn` column per amount. The shape is checked on bytes:
    with everything but points and separators deleted, each row must look like the first
    (which also makes every row as long as the header); then one regular expression finds
    a point without a digit before it or without ``d`` digits and a separator after it.
    ``json`` refuses an empty cell, a minus out of place and a leading zero ("007"); a zero
    integer part ("0.50", "0.05") is dropped first with the zeros after the point, so that
    such a cell reads as 50 or 5. Anything else, and False: the caller reads the file column
    by column, which says exactly what is wrong with a bad cell.
    """
    width = len(header)
    if len(columns) != width or any(
        field != "code" and (field not in _AMOUNT_FIELDS or column_unit is not unit)
        for _, field, column_unit in columns
    ):
        return False
    data = body.encode("utf-8", "surrogatepass")
    if data.translate(None, b"0123456789.,\n-"):
        return False  # something other than digits, points, minus signs and separators
    first = body.partition("\n")[0].split(",")
    if len(first) != width:
        return False
    points = [cell.find(".") for cell in first]
    places = {
        len(cell) - point - 1 for cell, point in zip(first, points, strict=True) if point >= 0
    }
    if len(places) > 1:
        return False
    decimals = min(places, default=0)
    code_index = next(index for index, field, _ in columns if field == "code")
    if points[code_index] >= 0 or decimals > 10 or (places and not decimals):
        return False  # a point in a code, too many decimals, or a point with none ("5.")
    row = b",".join(b"." if point >= 0 else b"" for point in points)
    rows = data.count(b"\n") + 1
    if data.translate(None, _NOT_POINT_OR_SEPARATOR) != (row + b"\n") * (rows - 1) + row:
        return False
    if decimals and _lone_point(decimals).search(body):
        return False
    if b"-" in data and _NEGATIVE_ZERO_CELL.search(body):
        return False
    text = body
    if decimals and (body.startswith("0.") or "\n0." in body or ",0." in body or "-0." in body):
        # Without their points "0.50" and "0.05" would be "050" and "005", which json refuses:
        # drop a zero integer part and the zeros after the point; the integer is the same.
        text = _ZERO_INTEGER_PART.sub("", body)
    try:
        flat = json.loads("[" + text.replace(".", "").replace("\n", ",") + "]")
    except ValueError:
        return False
    if len(flat) != rows * width:
        return False  # a blank line (an empty row to csv) in a file of one column
    codes = code_slots(flat[code_index::width])
    if codes is None:
        return False
    values: dict[str, Sequence[Any]] = {"code": codes}
    for index, field, _ in columns:
        if field != "code":
            exponent = -decimals if points[index] >= 0 else 0
            scaled = _scaled(flat[index::width], exponent)
            if scaled is None:
                return False
            values[field] = scaled
    _fill(ledger, values, rows, range(2, rows + 2))
    return True


def _scaled(coefficients: list[int], exponent: int) -> ScaledColumn | None:
    """Integers without leading zeros as a :class:`ScaledColumn` column of ``10**exponent``, or
    None when one has more than _PLAIN's 18 digits before the point (or does not fit in 64
    bits)."""
    limit = 10 ** (18 - exponent)
    try:
        numbers = array("q", coefficients)
    except OverflowError:
        return None
    if numbers and (max(numbers) >= limit or min(numbers) <= -limit):
        return None
    return ScaledColumn(numbers, exponent)


def _read_rows(
    table: _Table,
    header: list[str],
    columns: list[tuple[int, str, Unit]],
    ledger: Ledger,
    name: str,
    unit: Unit,
    fast: frozenset[str],
) -> None:
    """Read the data rows column by column into the new, empty ``ledger``.

    Each column is checked as a whole: codes, names and enum members once per distinct
    cell, amounts by a few scans of the column's joined text. Only a column that fails is
    gone through cell by cell, to name the row and field of the first bad cell.
    """
    width = len(header)
    numbers: list[int] | range
    if table.cells is not None:
        cells = table.cells
        count = len(cells) // width if width else 0
        numbers = range(2, count + 2)  # file row of each row (header is 1)

        def cut(index: int) -> list[str]:
            return cells[index::width]

    else:
        assert table.rows is not None
        rows = list(table.rows)
        numbers = range(2, len(rows) + 2)
        if set(map(len, rows)) - {width}:
            # Blank lines (an empty row) are dropped in one C-level pass first: a file of a
            # million of them is read at C speed, not row by row.
            filled = list(map(bool, rows))
            kept: list[list[str]] = []
            kept_numbers: list[int] = []
            filled_rows = zip(compress(numbers, filled), compress(rows, filled), strict=True)
            for row_number, row in filled_rows:
                if len(row) != width:
                    if not any(cell.strip() for cell in row):
                        continue
                    if len(row) > width:
                        raise ParseError(
                            f"{len(row)} cells in a row under {width} headers",
                            value=row,
                            location=Location(file=name, row=row_number),
                        )
                    row = row + [""] * (width - len(row))
                kept.append(row)
                kept_numbers.append(row_number)
            rows, numbers = kept, kept_numbers
        count = len(rows)
        whole_rows = rows

        def cut(index: int) -> list[str]:
            return list(map(itemgetter(index), whole_rows))

    # Columns of mixed types (codes, enum members, Decimals); each is checked as it is built.
    values: dict[str, Sequence[Any]] = {}
    for index, field, column_unit in columns:
        column = cut(index)

        def where(i: int, index: int = index) -> Location:
            return Location(file=name, row=numbers[i], field=header[index])

        if field in _AMOUNT_FIELDS:
            values[field] = _amount_column(column, column_unit, unit, where, fast)
        elif field == "code":
            values[field] = _code_column(column, where, fast)
        elif field in _ENUMS:
            choices = _ENUMS[field]

            def member(cell: str, choices: dict[str, object] = choices) -> object:
                text = cell.strip()
                found = choices.get(text) if text else None
                if text and found is None:
                    raise ValueError(f"not one of {', '.join(choices)}")
                return found

            values[field] = _by_distinct(column, member, where)
        else:
            values[field] = [text or None for text in map(str.strip, column)]
    _fill(ledger, values, count, numbers)


def _fill(
    ledger: Ledger, values: dict[str, Sequence[Any]], count: int, numbers: Sequence[int]
) -> None:
    """Put the columns read into the new, empty ``ledger``: 全年预算数 derived where 调增 or
    调减 is given (``numbers`` are the file rows of the lines, for an error), the columns
    kept as tuples (see Ledger) or as they are (:class:`~budgetperf.ledger.ScaledColumn`,
    :class:`~budgetperf.ledger.CodedColumn`), a missing column as one None per line, and the
    names of the codes."""
    if "increase" in values or "decrease" in values:
        places = [Location(file=ledger.origin, row=n) for n in numbers]
        _derive_adjusted(values, count, places)
    ledger._file_rows = numbers
    blank = (None,) * count
    for field in ledger._text:
        column = values.get(field, blank)
        ledger._text[field] = column if isinstance(column, CodedColumn) else tuple(column)
    for field in ledger._amounts:
        amounts = values.get(field, blank)
        ledger._amounts[field] = amounts if isinstance(amounts, ScaledColumn) else tuple(amounts)
    if "name" in values:
        # The first name given for each code, lines without a name left out: each line
        # with a name writes its row into its code's slot, last line first, at C speed.
        codes, names = values["code"], values["name"]
        assert isinstance(codes, CodedColumn)
        named = list(map(bool, names))
        rows = list(compress(range(count), named))
        slots = list(compress(codes.slots, named))
        first = [count] * len(codes.codes)
        deque(map(first.__setitem__, reversed(slots), reversed(rows)), maxlen=0)
        for row, slot in sorted((row, slot) for slot, row in enumerate(first) if row < count):
            ledger.names.setdefault(codes.codes[slot], names[row])


def _by_distinct(
    column: list[str], parse: Callable[[str], object], where: Callable[[int], Location]
) -> list[Any]:
    """``parse`` each distinct cell once; a ``ValueError`` names the first row that has it."""
    parsed: dict[str, object] = {}
    refused: dict[str, str] = {}
    for cell in set(column):
        try:
            parsed[cell] = parse(cell)
        except ValueError as exc:
            refused[cell] = str(exc)
    if refused:
        row = next(i for i, cell in enumerate(column) if cell in refused)
        raise ParseError(refused[column[row]], value=column[row], location=where(row))
    return list(map(parsed.__getitem__, column))


_DIGITS_AND_COMMAS = re.compile(r"[0-9,]*")


def _code_column(
    column: list[str], where: Callable[[int], Location], fast: frozenset[str]
) -> CodedColumn:
    """The codes, checked once per distinct code.

    When the cells are only digits, ``json`` reads them all as integers at C speed (it
    refuses an empty cell and a leading zero, so each cell is then exactly ``str()`` of its
    integer) and :func:`code_slots` finds the distinct codes among integers; otherwise, or
    when a code is not valid, they are found among the strings, and the first bad cell is
    named.
    """
    if "codes" in fast:
        joined = ",".join(column)
        if _DIGITS_AND_COMMAS.fullmatch(joined):
            try:
                numbers = json.loads(f"[{joined}]")
            except ValueError:
                pass  # an empty cell or a leading zero: read them as strings
            else:
                codes = code_slots(numbers) if len(numbers) == len(column) else None
                if codes is not None:
                    return codes
    counts = Counter(column)  # the distinct codes, in the order they first appear
    bad = {code for code in counts if not _CODE.fullmatch(code)}
    if bad:
        row = next(i for i, code in enumerate(column) if code in bad)
        raise ParseError(
            "not a functional code (3, 5 or 7 digits starting with 2)",
            value=column[row],
            location=where(row),
        )
    # Fresh copies side by side in memory (a code has no "\n"), one per code.
    distinct = "\n".join(counts).split("\n") if counts else []
    slot_of = {code: slot for slot, code in enumerate(counts)}
    slots = array("i", map(slot_of.__getitem__, column))
    return CodedColumn(distinct, slots, list(counts.values()))


_LOWEST_CODE, _HIGHEST_CODE = 200, 2_999_999


def code_slots(numbers: list[int]) -> CodedColumn | None:
    """The codes of a column read as integers, or None when one of them is no code.

    Every line then refers to one shared string per code, made once, so that a million
    lines over a few thousand codes keep a few thousand strings side by side in memory; the
    roll-ups add up by each line's index among the distinct codes without looking a code up
    again. For a long column the distinct codes are found by direct addressing (a mark per
    possible code, at C speed), else with a Counter.
    """
    if not numbers:
        return CodedColumn([], array("i"), [])
    low, high = min(numbers), max(numbers)
    if low < _LOWEST_CODE or high > _HIGHEST_CODE:
        return None
    if len(numbers) * 4 >= high:
        marks = bytearray(high + 1)
        deque(map(marks.__setitem__, numbers, repeat(1)), maxlen=0)
        distinct = [mark.start() for mark in re.finditer(b"\x01", marks)]
        table = [0] * (high + 1)
        for slot, number in enumerate(distinct):
            table[number] = slot
        slots = array("i", map(table.__getitem__, numbers))
        per_slot = Counter(slots)
        counts = [per_slot[slot] for slot in range(len(distinct))]
    else:
        found = Counter(numbers)
        distinct = list(found)
        slot_of = {number: slot for slot, number in enumerate(distinct)}
        slots = array("i", map(slot_of.__getitem__, numbers))
        counts = list(found.values())
    codes = [str(number) for number in distinct]
    if not all(map(_CODE.fullmatch, codes)):
        return None
    return CodedColumn(codes, slots, counts)


def _amount_column(
    column: list[str],
    column_unit: Unit,
    unit: Unit,
    where: Callable[[int], Location],
    fast: frozenset[str],
) -> Sequence[Decimal | None]:
    """The column's amounts, read exactly as :func:`_amount` reads each cell.

    A column of plain numbers (what :func:`_amount` reads with ``Decimal``: an optional
    minus, 1 to 18 digits, optionally a point and 1 to 10 digits, spaces around) is checked
    by a few scans of its joined text, then read at C speed: as integers when every cell has
    the same number of decimals (:func:`_scaled_column`), else with ``map(Decimal, column)``.
    Anything else, or any doubt, and the column is read cell by cell by :func:`_amount`,
    which names the row and field of a bad cell.
    """
    if "scaled" in fast and column_unit is unit:
        scaled = _scaled_column(column)
        if scaled is not None:
            return scaled
    if "decimal" in fast and _plain_column(column):
        # Decimal() refuses every arrangement of these characters that is not a number; those
        # it takes fullmatch _PLAIN once stripped (see _plain_column), and it reads them
        # exactly (it ignores the spaces around). A blank cell is a missing amount.
        try:
            with localcontext(CTX):
                if all(column):  # no empty cell: let map() build the Decimals at C speed
                    numbers: list[Decimal | None] = list(map(Decimal, column))
                else:
                    numbers = [Decimal(cell) if cell.strip() else None for cell in column]
        except InvalidOperation:
            pass  # a cell that is no number, or blank but not empty: cell by cell below
        else:
            if column_unit is unit:
                return numbers
            return [None if n is None else convert(n, column_unit, unit) for n in numbers]
    return [_amount(cell.strip(), column_unit, unit, where(i)) for i, cell in enumerate(column)]


_NOT_PLAIN = re.compile(r"[^0-9.\- \t\n]")
# A point with no digit before it, or with no digit after it.
_LONE_POINT = re.compile(r"\.(?:(?<![0-9]\.)|(?![0-9]))")
_SHORT = 12  # a plain cell this long has at most 12 digits before its point and 10 after


def _plain_column(column: list[str]) -> bool:
    """True when every cell that ``Decimal`` reads fullmatches :data:`_PLAIN` once stripped.

    Checked in bulk on the column joined by "\n": only digits, ".", "-" and white space; of
    the arrangements of these that ``Decimal`` reads, _PLAIN refuses a point at either end
    of the digits (".5", "-.5", "5."), and more than 18 digits before the point or 10 after
    it, which a cell of 12 characters cannot have (a longer cell is matched on its own).
    """
    text = "\n".join(column)
    if _NOT_PLAIN.search(text) or _LONE_POINT.search(text):
        return False
    if max(map(len, column), default=0) > _SHORT:
        for cell in column:
            if len(cell) > _SHORT and not _PLAIN.fullmatch(cell.strip()):
                return False
    return True


_NUMBERS = re.compile(r"[0-9.,-]*")
_NEGATIVE_ZERO = re.compile(r"-[0.]*(?:,|\Z)")


def _scaled_column(column: list[str]) -> ScaledColumn | None:
    """The column as integers of one power of ten, or None when it is not that simple.

    Every cell must be a plain number (one that fullmatches _PLAIN) with the same number of
    decimals as the first: an optional minus, digits, and either no point anywhere or exactly
    one point in each cell with that many digits after it and at least one before. No blank
    cell, no space, no negative zero ("-0.00" is not the integer 0). The cells without their
    points are then the coefficients, read by ``json`` at C speed, which refuses a minus out
    of place ("5-", "--5", "-"); it refuses a leading zero ("0.50") too, and then ``int()``
    reads them.
    """
    if not column or not all(column):
        return None
    text = ",".join(column)
    if not _NUMBERS.fullmatch(text) or text.count(",") != len(column) - 1:
        return None  # not only digits, points and minus signs (a quoted cell may hold a ",")
    point = column[0].find(".")
    places = 0 if point < 0 else len(column[0]) - point - 1
    if places == 0:
        if "." in text:
            return None
        digits = text
    else:
        if places > 10 or text.count(".") != len(column):
            return None
        # Every point has a digit before it and exactly `places` digits after it, then the
        # cell's end: with one point per cell on average, that is one point in each cell.
        if re.search(rf"\.(?:(?<![0-9]\.)|(?![0-9]{{{places}}}(?:,|\Z)))", text):
            return None
        digits = text.replace(".", "")
    if "-" in text and _NEGATIVE_ZERO.search(text):
        return None
    limit = 10 ** (18 + places)  # _PLAIN: at most 18 digits before the point
    try:
        # No leading zero: the number of digits before the point follows from the value.
        coefficients = array("q", json.loads(f"[{digits}]"))
        if max(coefficients) >= limit or min(coefficients) <= -limit:
            return None
    except (ValueError, OverflowError):
        # Leading zeros count against _PLAIN's 18 digits: bounded by the cells' length.
        if max(map(len, column)) > _SHORT:
            return None
        try:
            coefficients = array("q", map(int, digits.split(",")))
        except ValueError:
            return None  # a minus out of place ("5-", "--5", "-")
    return ScaledColumn(coefficients, -places)


def _derive_adjusted(values: dict[str, Sequence[Any]], count: int, places: list[Location]) -> None:
    initial = values.get("initial", [None] * count)
    increase = values.get("increase", [None] * count)
    decrease = values.get("decrease", [None] * count)
    adjusted = values["adjusted"] = list(values.get("adjusted", [None] * count))
    for i in range(count):
        row = {
            "initial": initial[i],
            "increase": increase[i],
            "decrease": decrease[i],
            "adjusted": adjusted[i],
        }
        _check_adjusted(row, places[i])
        adjusted[i] = row["adjusted"]


def _amount(cell: str, column_unit: Unit, unit: Unit, where: Location) -> Decimal | None:
    if not cell:
        return None
    if _PLAIN.fullmatch(cell):
        return convert(Decimal(cell), column_unit, unit)
    amount = parse_amount(cell, default_unit=column_unit, where=where)
    value = amount.value_in(unit)
    if abs(value.adjusted()) > MAX_EXPONENT:
        raise ParseError("amount out of range", value=cell, location=where)
    return value


def _check_adjusted(amounts: dict[str, Decimal | None], where: Location) -> None:
    from budgetperf._decimal import EXACT

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
