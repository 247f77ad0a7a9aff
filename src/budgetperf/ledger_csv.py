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
GB18030 or GBK are read; anything that cannot be read raises
:class:`~budgetperf.errors.ParseError` naming the file, row and column.
"""

from __future__ import annotations

import csv
import gc
import io
import os
import re
from collections.abc import Callable, Iterator
from decimal import Decimal, InvalidOperation, localcontext
from operator import itemgetter
from pathlib import Path
from typing import IO, Any

from budgetperf.amounts import Unit, convert, parse_amount
from budgetperf.errors import Location, ParseError
from budgetperf.exact import _CTX, MAX_EXPONENT
from budgetperf.ledger import FundingSource, FundType, Ledger, Nature

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
_PLAIN = re.compile(r"-?\d{1,18}(?:\.\d{1,10})?")  # fast path; the rest goes to parse_amount
_NOT_PLAIN = re.compile(r"[^0-9.\- \t]")  # a column with none of these is read directly
_PLAIN_WIDTH = 30
_CODE = re.compile(r"2\d{2}(?:\d{2}){0,2}")
_CODE_COLUMN = re.compile(r"(?:2\d{2}(?:\d{2}){0,2}(?:\n|\Z))*")
_ENUMS: dict[str, dict[str, object]] = {
    "source": {m.value: m for m in FundingSource},
    "fund": {**{m.value: m for m in FundType}, "政府性基金预算": FundType.GOVERNMENT_FUND},
    "nature": {m.value: m for m in Nature},
}


def _decode(raw: bytes, name: str) -> str:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ParseError("neither UTF-8 nor GB18030/GBK text", value=name)


def read_ledger_csv(
    source: str | os.PathLike[str] | IO[str],
    *,
    unit: Unit = Unit.WAN_YUAN,
    year: int | None = None,
    catalogue: object | None = None,
) -> Ledger:
    """Read a CSV of budget lines into a :class:`~budgetperf.ledger.Ledger` in ``unit``."""
    if isinstance(source, (str, os.PathLike)):
        path = Path(source)
        name = str(path)
        try:
            text = _decode(path.read_bytes(), name)
        except OSError as exc:
            raise ParseError(f"cannot read the file ({exc.strerror})", value=name) from None
        stream: IO[str] = io.StringIO(text, newline="")
    else:
        stream, name = source, getattr(source, "name", "<stream>")
    reader = csv.reader(stream)
    try:
        header = next(reader)
    except StopIteration:
        raise ParseError("empty file: no header row", value=name) from None
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
    ledger = Ledger(unit=unit, year=year, catalogue=catalogue, origin=name)
    # Reading builds millions of small objects and no reference cycles; the cyclic garbage
    # collector would scan them again and again (a third of the time for a million lines).
    # It is paused for the read and put back as it was, whatever happens.
    collecting = gc.isenabled()
    gc.disable()
    try:
        _read_rows(reader, header, columns, ledger, name, unit)
    finally:
        if collecting:
            gc.enable()
    return ledger


def _read_rows(
    reader: Iterator[list[str]],
    header: list[str],
    columns: list[tuple[int, str, Unit]],
    ledger: Ledger,
    name: str,
    unit: Unit,
) -> None:
    """Read the data rows column by column.

    The rows are read whole, turned into columns, and each column is checked with one regular
    expression over the column's text joined by newlines: a clean column costs one C-level
    match and a ``Decimal`` per cell. Only a column that fails is gone through cell by cell,
    to name the row and field of the first bad cell.
    """
    width = len(header)
    rows: list[list[str]] = list(reader)
    numbers: list[int] | range = range(2, len(rows) + 2)  # file row of each row (header is 1)
    if set(map(len, rows)) - {width}:
        kept: list[list[str]] = []
        kept_numbers: list[int] = []
        for row_number, row in enumerate(rows, start=2):
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
    # Columns of mixed types (codes, enum members, Decimals); each is checked as it is built.
    values: dict[str, list[Any]] = {}
    for index, field, column_unit in columns:
        column = list(map(itemgetter(index), rows))

        def where(i: int, index: int = index) -> Location:
            return Location(file=name, row=numbers[i], field=header[index])

        if field in _AMOUNT_FIELDS:
            values[field] = _amount_column(column, column_unit, unit, where)
        elif field == "code":
            if not _CODE_COLUMN.fullmatch("\n".join(column)) or "\n" in "".join(column):
                for i, cell in enumerate(column):
                    if not _CODE.fullmatch(cell):
                        raise ParseError(
                            "not a functional code (3, 5 or 7 digits starting with 2)",
                            value=cell,
                            location=where(i),
                        )
            values[field] = column  # the joined check above allows no spaces
        elif field in _ENUMS:
            choices = _ENUMS[field]
            parsed: list[object] = []
            for i, cell in enumerate(column):
                text = cell.strip()
                member = choices.get(text) if text else None
                if text and member is None:
                    raise ParseError(
                        f"not one of {', '.join(choices)}", value=cell, location=where(i)
                    )
                parsed.append(member)
            values[field] = parsed
        else:
            values[field] = [cell.strip() or None for cell in column]
    if "increase" in values or "decrease" in values:
        _derive_adjusted(values, count, [Location(file=name, row=n) for n in numbers])
    for field, target in ledger._text.items():
        target.extend(values.get(field, [None] * count))
    for field, amounts in ledger._amounts.items():
        amounts.extend(values.get(field, [None] * count))
    for code, line_name in zip(values["code"], values.get("name", [None] * count), strict=True):
        if line_name:
            ledger.names.setdefault(str(code), str(line_name))
    ledger._code_sums = None


def _amount_column(
    column: list[str],
    column_unit: Unit,
    unit: Unit,
    where: Callable[[int], Location],
) -> list[Decimal | None]:
    text = "".join(column)
    if not _NOT_PLAIN.search(text) and max(map(len, column), default=0) <= _PLAIN_WIDTH:
        # Only digits, sign, point and spaces: Decimal() reads each exactly (it ignores
        # surrounding spaces); a malformed cell ("1.2.3", "--1") raises InvalidOperation in the
        # library context, and the column is then read cell by cell to name the bad one.
        try:
            with localcontext(_CTX):
                if all(column):  # no empty cell: let map() build the Decimals at C speed
                    numbers: list[Decimal | None] = list(map(Decimal, column))
                else:
                    numbers = [Decimal(cell) if cell.strip() else None for cell in column]
        except InvalidOperation:
            pass
        else:
            if column_unit is unit:
                return numbers
            return [None if n is None else convert(n, column_unit, unit) for n in numbers]
    return [_amount(cell.strip(), column_unit, unit, where(i)) for i, cell in enumerate(column)]


def _derive_adjusted(values: dict[str, list[Any]], count: int, places: list[Location]) -> None:
    initial = values.get("initial", [None] * count)
    increase = values.get("increase", [None] * count)
    decrease = values.get("decrease", [None] * count)
    adjusted = values.setdefault("adjusted", [None] * count)
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
    from budgetperf.exact import _EXACT

    increase, decrease = amounts.get("increase"), amounts.get("decrease")
    if increase is None and decrease is None:
        return
    initial = amounts.get("initial")
    if initial is None:
        raise ParseError("调增/调减 without 年初预算数", location=where)
    derived = _EXACT.subtract(_EXACT.add(initial, increase or Decimal(0)), decrease or Decimal(0))
    adjusted = amounts.get("adjusted")
    if adjusted is None:
        amounts["adjusted"] = derived
    elif adjusted != derived:
        raise ParseError(
            f"全年预算数 {adjusted} is not 年初 + 调增 − 调减 = {derived}", location=where
        )
