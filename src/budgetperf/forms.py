"""Self-evaluation forms (绩效自评表): read from the printed-form JSON, or built in Python.

The ``budgetperf-printed-form/1`` format holds a table cell by cell as printed (see
``examples/forms/README.md``). :func:`read_form` loads it into a :class:`Form`: the fund rows,
the indicator tree with parsed targets and actuals, the printed weights and scores, the total
and the grade. Printed tables are messy — blank cells, "/" cells, missing weights, a 一级 cell
that holds only "(50分)", actuals printed with a comparator, weights printed as "20%" — so the
reader keeps every cell it can use and lists what it could not use in :attr:`Form.issues`,
never crashing on content. A file that is not in the format at all (not JSON, a cell that is
not a string, a missing key) raises :class:`~budgetperf.errors.ParseError` naming the JSON path.

>>> form = read_form("examples/forms/junshan-2023-department.json")
>>> form.body, form.year, len(form.indicators), form.total_weight
('岳阳市君山区行政审批服务局', 2023, 15, Decimal('100'))
>>> form.execution.executed, form.execution.adjusted
(Decimal('1107.5'), Decimal('1107.5'))
"""

from __future__ import annotations

import json
import os
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs

from budgetperf.amounts import Unit
from budgetperf.errors import BudgetPerfError, Location, ParseError
from budgetperf.exact import to_decimal
from budgetperf.indicators import Indicator, IndicatorTree
from budgetperf.textaudit.read import read_file
from budgetperf.values import PrintedValue, parse_value

__all__ = ["FORMAT", "Form", "FormIssue", "FundsLine", "read_form"]

FORMAT = "budgetperf-printed-form/1"


@attrs.frozen
class FormIssue:
    """Something in a form that could not be used, and where it is."""

    location: Location
    message: str
    text: str | None = None

    def __str__(self) -> str:
        quoted = f": {self.text!r}" if self.text is not None else ""
        return f"{self.location}: {self.message}{quoted}"


def _optional(value: Decimal | int | str | None) -> Decimal | None:
    """Check a number once, when the line is built (scoring then trusts it)."""
    return None if value is None else to_decimal(value)


@attrs.frozen
class FundsLine:
    """A row of the 资金情况 block: 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分.

    Amounts are numbers of the form's unit; ``rate`` is the printed 执行率 in percent points
    (100 for "100%"); every cell is ``None`` when blank or not usable. Numbers go through
    :func:`~budgetperf.exact.to_decimal` when the line is built: a ``float`` is a ``TypeError``.
    """

    label: str
    initial: Decimal | None = attrs.field(default=None, converter=_optional)
    adjusted: Decimal | None = attrs.field(default=None, converter=_optional)
    executed: Decimal | None = attrs.field(default=None, converter=_optional)
    weight: Decimal | None = attrs.field(default=None, converter=_optional)
    rate: Decimal | None = attrs.field(default=None, converter=_optional)
    score: Decimal | None = attrs.field(default=None, converter=_optional)
    location: Location | None = attrs.field(default=None, eq=False)


@attrs.frozen
class Form:
    """A self-evaluation form (项目 or 部门整体), as read.

    ``execution`` is the first fund row (年度资金总额 / 合计), the one the 预算执行率 is scored
    on; ``funds`` are all fund rows. ``total_weight``, ``total_score`` and ``grade`` are the
    printed ones. ``source`` is the file, ``table`` the table's title in its document.
    ``extras`` keeps the other blocks some tables print, as printed.
    """

    kind: str
    indicators: tuple[Indicator, ...]
    funds: tuple[FundsLine, ...] = ()
    year: int | None = None
    body: str | None = None
    project: str | None = None
    unit: Unit = Unit.WAN_YUAN
    level1_weights: dict[str, Decimal | None] = attrs.field(factory=dict)
    total_weight: Decimal | None = None
    total_score: Decimal | None = None
    grade: str | None = None
    source: str | None = None
    table: str | None = None
    extras: dict[str, Any] = attrs.field(factory=dict)
    issues: tuple[FormIssue, ...] = ()

    @property
    def execution(self) -> FundsLine | None:
        """The fund row the execution rate is scored on (the first), if any."""
        return self.funds[0] if self.funds else None

    @property
    def tree(self) -> IndicatorTree:
        """The indicators as a tree, with the printed 一级 weights."""
        return IndicatorTree.build(self.indicators, level1_weights=self.level1_weights)


# -- reading ----------------------------------------------------------------------------------

_BLANK = {"", "/", "／", "-", "—", "——", "无"}
_POINTS = re.compile(r"^[(（]?\s*(?P<n>[0-9０-９.．]+)\s*(?P<pct>[%％])?\s*分?\s*[)）]?$")


def _load(path: Path) -> Any:
    # UTF-8, GB18030/GBK or UTF-16; a byte that cannot be decoded is refused, naming its offset,
    # since a replaced character could change a cell.
    text = read_file(path).strict_text(str(path))
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ParseError(
            f"not JSON ({exc.msg})",
            value=str(path),
            location=Location(file=str(path), line=exc.lineno, column=exc.colno),
        ) from None


class _Reader:
    """Reads cells, noting every one it cannot use."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.issues: list[FormIssue] = []

    def where(self, path: str, row: int | None = None) -> Location:
        return Location(file=self.name, row=row, field=path)

    def cell(self, obj: dict[str, Any], key: str, path: str) -> str | None:
        if key not in obj:
            return None
        value = obj[key]
        if value is None or isinstance(value, str):
            return value
        raise ParseError(
            f"a cell must be a string or null, not {type(value).__name__}",
            value=value,
            location=self.where(f"{path}.{key}"),
        )

    def number(self, text: str | None, path: str, row: int | None = None) -> Decimal | None:
        """A printed number: "5", "22.5", "(50分)", "20%" (as 20 points), "98分"."""
        if text is None or text.strip() in _BLANK:
            return None
        match = _POINTS.match(text.strip())
        try:
            if match:
                return to_decimal(match["n"])
            return to_decimal(text)
        except BudgetPerfError:
            self.issues.append(FormIssue(self.where(path, row), "not a number", text))
            return None

    def value(self, text: str | None, path: str, row: int) -> PrintedValue | None:
        if text is None:
            return None
        try:
            return parse_value(text, where=self.where(path, row))
        except ParseError as exc:
            self.issues.append(FormIssue(self.where(path, row), exc.reason, text))
            return None


def _object(data: Any, path: str, reader: _Reader) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise ParseError("must be a JSON object", location=reader.where(path))
    return data


def _list(data: dict[str, Any], key: str, path: str, reader: _Reader) -> list[Any]:
    value = data.get(key, [])
    if value is None:
        return []
    if not isinstance(value, list):
        raise ParseError(f"'{key}' must be a list", location=reader.where(f"{path}.{key}"))
    return value


def read_form(path: str | os.PathLike[str]) -> Form:
    """Read a ``budgetperf-printed-form/1`` file into a :class:`Form` (see the module docs)."""
    file = Path(path)
    name = str(file)
    reader = _Reader(name)
    data = _object(_load(file), "$", reader)
    if data.get("format") != FORMAT:
        raise ParseError(
            f"not a {FORMAT} file", value=data.get("format"), location=reader.where("$.format")
        )
    kind = data.get("form")
    if kind not in ("project", "department"):
        raise ParseError(
            "'form' must be 'project' or 'department'",
            value=kind,
            location=reader.where("$.form"),
        )
    year = data.get("year")
    if year is not None and (not isinstance(year, int) or isinstance(year, bool)):
        raise ParseError("'year' must be an integer", value=year, location=reader.where("$.year"))
    unit_text = reader.cell(data, "unit", "$") or "万元"
    try:
        unit = Unit.parse(unit_text)
    except ParseError:
        raise ParseError(
            "'unit' must be 元, 千元, 万元 or 亿元",
            value=unit_text,
            location=reader.where("$.unit"),
        ) from None

    funds: list[FundsLine] = []
    for i, row in enumerate(_list(data, "funds", "$", reader)):
        path = f"$.funds[{i}]"
        obj = _object(row, path, reader)
        funds.append(
            FundsLine(
                label=reader.cell(obj, "label", path) or "",
                initial=reader.number(reader.cell(obj, "initial", path), f"{path}.initial"),
                adjusted=reader.number(reader.cell(obj, "adjusted", path), f"{path}.adjusted"),
                executed=reader.number(reader.cell(obj, "executed", path), f"{path}.executed"),
                weight=reader.number(reader.cell(obj, "weight", path), f"{path}.weight"),
                rate=reader.number(reader.cell(obj, "rate", path), f"{path}.rate"),
                score=reader.number(reader.cell(obj, "score", path), f"{path}.score"),
                location=reader.where(path),
            )
        )

    indicators: list[Indicator] = []
    level1_weights: dict[str, Decimal | None] = {}
    for i, row in enumerate(_list(data, "indicators", "$", reader)):
        path = f"$.indicators[{i}]"
        obj = _object(row, path, reader)
        level1 = reader.cell(obj, "level1", path) or ""
        weight1 = reader.number(reader.cell(obj, "level1_weight", path), f"{path}.level1_weight")
        if level1 not in level1_weights or level1_weights[level1] is None:
            level1_weights[level1] = weight1
        elif weight1 is not None and weight1 != level1_weights[level1]:
            reader.issues.append(
                FormIssue(
                    reader.where(f"{path}.level1_weight", i + 1),
                    f"一级 weight differs from the {level1_weights[level1]} printed above",
                    str(weight1),
                )
            )
        indicators.append(
            Indicator(
                level1=level1,
                level2=reader.cell(obj, "level2", path) or "",
                name=reader.cell(obj, "name", path) or "",
                weight=reader.number(reader.cell(obj, "weight", path), f"{path}.weight", i + 1),
                target=reader.value(reader.cell(obj, "target", path), f"{path}.target", i + 1),
                actual=reader.value(reader.cell(obj, "actual", path), f"{path}.actual", i + 1),
                printed_score=reader.number(
                    reader.cell(obj, "score", path), f"{path}.score", i + 1
                ),
                note=reader.cell(obj, "note", path),
                location=reader.where(path, i + 1),
            )
        )
    raw_total = data.get("total")
    total = {} if raw_total is None else _object(raw_total, "$.total", reader)
    known = {
        "format",
        "source",
        "form",
        "year",
        "body",
        "project",
        "unit",
        "funds",
        "indicators",
        "total",
    }
    source = data.get("source")
    return Form(
        kind=str(kind),
        indicators=tuple(indicators),
        funds=tuple(funds),
        year=year,
        body=reader.cell(data, "body", "$"),
        project=reader.cell(data, "project", "$"),
        unit=unit,
        level1_weights=level1_weights,
        total_weight=reader.number(reader.cell(total, "weight", "$.total"), "$.total.weight"),
        total_score=reader.number(reader.cell(total, "score", "$.total"), "$.total.score"),
        grade=reader.cell(total, "grade", "$.total"),
        source=name,
        table=str(source.get("table"))
        if isinstance(source, dict) and source.get("table")
        else None,
        extras={k: v for k, v in data.items() if k not in known},
        issues=tuple(reader.issues),
    )
