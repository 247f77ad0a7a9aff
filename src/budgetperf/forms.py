"""Self-evaluation forms (绩效自评表): read from the printed-form JSON, or built in Python.

The ``budgetperf-printed-form/1`` format holds a table cell by cell as printed (see
``examples/forms/README.md``). :func:`read_form` loads it into a :class:`Form`: the fund rows,
the indicator tree with parsed targets and actuals, the printed weights and scores, the total
and the grade. Printed tables are messy — blank cells, "/" cells, missing weights, a 一级 cell
that holds only "(50分)", actuals printed with a comparator, weights printed as "20%" — so the
reader keeps every cell it can use and lists what it could not use in :attr:`Form.findings`
(each a :class:`~budgetperf.audit.Finding`, the finding type of every check), never crashing on
content: a cell that is not text, a negative amount or score, an impossible year, an unknown key
(with the nearest known one suggested), an indicator without a name or a row that is not an
object is a finding of error severity naming the file, row and JSON path, and the rest of the
form is still read and scored. A file that is not in the format at all (not
JSON, nested too deeply, not a ``budgetperf-printed-form/1`` object) raises
:class:`~budgetperf.errors.ParseError` naming the file and JSON path; a file that is missing or
cannot be read raises :class:`~budgetperf.errors.FileError` (an ``OSError`` keeping the errno);
a path of the wrong type raises :class:`~budgetperf.errors.WrongTypeError`.

Two limits keep every file quick to read or refuse: a form holds at most :data:`MAX_ROWS` rows
in ``indicators`` and in ``funds`` (a printed form has tens), checked before any row is read, and
the reader stops at :data:`MAX_FINDINGS` findings (a file with that many unusable cells is not a
form that can be scored). Either raises a :class:`~budgetperf.errors.ParseError` naming the file,
the JSON path and the limit.

>>> form = read_form("examples/forms/junshan-2023-department.json")
>>> form.body, form.year, len(form.indicators), form.total_weight
('岳阳市君山区行政审批服务局', 2023, 15, Decimal('100'))
>>> form.execution.executed, form.execution.adjusted
(Decimal('1107.5'), Decimal('1107.5'))
"""

from __future__ import annotations

import difflib
import enum
import functools
import json
import os
import re
from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs

from budgetperf._decimal import member
from budgetperf.amounts import Unit
from budgetperf.audit import Finding, Severity
from budgetperf.errors import BudgetPerfError, Location, ParseError, WrongTypeError
from budgetperf.exact import to_decimal
from budgetperf.indicators import Indicator, IndicatorTree, level1_of
from budgetperf.textaudit.read import decode, read_bytes
from budgetperf.values import PrintedValue, parse_value

__all__ = [
    "FORMAT",
    "MAX_FINDINGS",
    "MAX_ROWS",
    "Form",
    "FormKind",
    "FundsLine",
    "located",
    "read_form",
]

FORMAT = "budgetperf-printed-form/1"
#: The most rows :func:`read_form` reads in ``indicators`` and in ``funds`` each. The largest
#: printed form seen has 16 indicators; a list longer than this is refused, not read.
MAX_ROWS = 1_000
#: The most findings :func:`read_form` notes before it refuses the file.
MAX_FINDINGS = 1_000


class FormKind(enum.StrEnum):
    """Which self-evaluation form: a project's (项目支出) or a department's (部门整体支出).

    A str enum: ``FormKind.PROJECT == "project"``, the word the JSON format writes.
    """

    PROJECT = "project"
    DEPARTMENT = "department"


def _form_kind(value: FormKind | str) -> FormKind:
    return member(value, FormKind, "form kind")


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

    ``kind`` is a :class:`FormKind` (``"project"`` or ``"department"`` is accepted too).
    ``execution`` is the first fund row (年度资金总额 / 合计), the one the 预算执行率 is scored
    on; ``funds`` are all fund rows. ``total_weight``, ``total_score`` and ``grade`` are the
    printed ones. ``source`` is the file, ``table`` the table's title in its document.
    ``extras`` keeps the other blocks some tables print, as printed. ``findings`` lists what
    the reader could not use, where it is and why: a cell whose text budgetperf cannot read is
    a ``structure.unreadable-cell`` warning; a value the form must not hold (a negative amount,
    an impossible year, an unknown key, a row that is not an object) an error of that code; an
    indicator without a name a ``structure.blank-cell`` error. Each finding's ``printed`` is
    the cell as printed (cut to 60 characters). ``cells`` maps the JSON path of each cell read
    from a workbook (``"$.indicators[2].score"``) to its sheet and cell (``"Sheet1!F12"``), so
    that every finding about the form can name the cell (its ``Location.place``;
    :func:`located`); it is empty for a form read from JSON and plays no part in comparing
    forms.
    """

    kind: FormKind = attrs.field(converter=_form_kind)
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
    findings: tuple[Finding, ...] = ()
    cells: Mapping[str, str] = attrs.field(factory=dict, eq=False, repr=False)

    @property
    def execution(self) -> FundsLine | None:
        """The fund row the execution rate is scored on (the first), if any."""
        return self.funds[0] if self.funds else None

    @property
    def tree(self) -> IndicatorTree:
        """The indicators as a tree, with the printed 一级 weights."""
        return IndicatorTree.build(self.indicators, level1_weights=self.level1_weights)


def _cell_of(cells: Mapping[str, str], field: str | None) -> str | None:
    """The workbook cell of a JSON path, or of the nearest enclosing path that has one."""
    while field:
        cell = cells.get(field)
        if cell is not None:
            return cell
        cut = max(field.rfind("."), field.rfind("["))
        field = field[:cut] if cut > 0 else None
    return None


def located(finding: Finding, form: Form) -> Finding:
    """``finding`` with the workbook cell of its field as its place (``location.place``), when
    ``form`` was read from a workbook and the finding has no place yet.

    >>> from budgetperf.audit import Severity
    >>> form = Form(kind="project", indicators=(), cells={"$.total.score": "表1!G30"})
    >>> f = Finding("arithmetic.total-score", Severity.ERROR,
    ...             Location(file="a.xlsx", field="$.total.score"), "en", "zh")
    >>> str(located(f, form).location)
    'a.xlsx:表1!G30'
    """
    if not isinstance(finding, Finding) or not isinstance(form, Form):
        raise WrongTypeError(
            "located() takes a Finding and a Form, not "
            f"{type(finding).__name__} and {type(form).__name__}",
            value=type(finding).__name__,
        )
    if not form.cells or finding.location.place is not None:
        return finding
    cell = _cell_of(form.cells, finding.location.field)
    if cell is None:
        return finding
    return attrs.evolve(finding, location=attrs.evolve(finding.location, place=cell))


# -- reading ----------------------------------------------------------------------------------

_BLANK = {"", "/", "／", "-", "—", "——", "无"}
_POINTS = re.compile(r"^[(（]?\s*(?P<n>[0-9０-９.．]+)\s*(?P<pct>[%％])?\s*分?\s*[)）]?$")


#: Integers longer than this are kept as text: ``int()`` of 4,301 digits and more raises.
_LONGEST_INT = 30


class _LongInt(str):
    """An integer literal too long to read, kept as printed."""

    __slots__ = ()


def _int(text: str) -> int | str:
    return int(text) if len(text) <= _LONGEST_INT else _LongInt(text)


def _load(path: Path, name: str) -> Any:
    # UTF-8, GB18030/GBK or UTF-16; a byte that cannot be decoded is refused, naming its offset,
    # since a replaced character could change a cell.
    raw = read_bytes(path)
    try:
        text = decode(raw).strict_text(name)
    except ParseError as exc:
        raise ParseError(exc.reason, value=name, location=Location(file=name)) from None
    try:
        return json.loads(text, parse_int=_int)
    except json.JSONDecodeError as exc:
        raise ParseError(
            f"not JSON ({exc.msg})",
            value=name,
            location=Location(file=name, line=exc.lineno, column=exc.colno),
        ) from None
    except RecursionError:
        raise ParseError(
            "not a form: arrays or objects nested too deeply to read",
            value=name,
            location=Location(file=name, field="$"),
        ) from None


#: The keys of each object of the format; anything else is an unknown key (a misspelling).
_TOP_KEYS = (
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
)
#: The extra blocks some tables print, kept as printed in :attr:`Form.extras`.
_EXTRA_KEYS = ("funds_breakdown", "income", "expenditure", "spending_detail")
_FUNDS_KEYS = ("label", "initial", "adjusted", "executed", "weight", "rate", "score")
_INDICATOR_KEYS = (
    "level1",
    "level1_weight",
    "level2",
    "name",
    "target",
    "actual",
    "weight",
    "score",
    "note",
)
_TOTAL_KEYS = ("weight", "score", "grade")
#: Budget years a form may name (a Gregorian year; 112年度 is written 2023).
_FIRST_YEAR, _LAST_YEAR = 1949, 2100


@functools.lru_cache(maxsize=1024)
def _suggestion(key: str, known: tuple[str, ...]) -> str:
    """ "; did you mean 'weight'?" for 'wieght', or "" when no known key is close."""
    near = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
    return f"; did you mean {near[0]!r}?" if near else ""


def _short(value: object) -> str:
    """A value as quoted in a message, cut to 60 characters (an integer of 5,000 digits)."""
    text = value if isinstance(value, str) else repr(value)
    return text if len(text) <= 60 else f"{text[:40]}… ({len(text)} characters)"


class _Reader:
    """Reads cells, noting every one it cannot use."""

    def __init__(self, name: str, cells: Mapping[str, str] | None = None) -> None:
        self.name = name
        # JSON path → the workbook cell it was read from ("Sheet1!F12"); empty for JSON.
        self.cells: Mapping[str, str] = cells or {}
        self.findings: list[Finding] = []
        # Each distinct cell text is read once per file: a printed form repeats "5", "≥95%",
        # "优" down its columns, and a long file of repeated cells is read in linear time with
        # a small constant. A number that cannot be read is kept as None, a value as the
        # reason it was refused (neither depends on the cell's place).
        self._numbers: dict[str, Decimal | None] = {}
        self._values: dict[str, PrintedValue | str] = {}

    def where(self, path: str, row: int | None = None) -> Location:
        return Location(file=self.name, row=row, field=path, place=_cell_of(self.cells, path))

    def note(
        self,
        path: str,
        row: int | None,
        message: str,
        text: object = None,
        *,
        code: str = "structure.unreadable-cell",
        severity: Severity = Severity.WARNING,
        zh: str | None = None,
    ) -> None:
        """Note a cell that cannot be used: a warning unless ``severity`` says otherwise."""
        if len(self.findings) >= MAX_FINDINGS:
            raise ParseError(
                f"more than {MAX_FINDINGS:,} cells or keys cannot be used"
                " (budgetperf.forms.MAX_FINDINGS); not read as a form",
                location=self.where(path, row),
            )
        shown = None if text is None else _short(text)
        quoted = "" if shown is None else f": {shown!r}"
        if zh is None:
            what = "不可用的值" if severity is Severity.ERROR else "无法识别"
            zh = f"{what}：{message}" if shown is None else f"{what}：{shown}（{message}）"
        self.findings.append(
            Finding(
                code,
                severity,
                self.where(path, row),
                f"{message}{quoted}",
                zh,
                printed=shown,
            )
        )

    def error(self, path: str, row: int | None, message: str, text: object = None) -> None:
        """Note a value the form must not hold (an error)."""
        self.note(path, row, message, text, severity=Severity.ERROR)

    def keys(
        self, obj: dict[str, Any], known: tuple[str, ...], path: str, row: int | None = None
    ) -> None:
        """Note every key of ``obj`` that the format does not have, with the nearest one."""
        for key in obj:
            if key not in known:
                self.error(f"{path}.{key}", row, f"unknown key {key!r}{_suggestion(key, known)}")

    def cell(self, obj: dict[str, Any], key: str, path: str, row: int | None = None) -> str | None:
        if key not in obj:
            return None
        value = obj[key]
        if value is None or isinstance(value, str):
            return value
        kind = "an integer" if isinstance(value, int | _LongInt) else type(value).__name__
        self.error(
            f"{path}.{key}",
            row,
            f"a cell must be a string or null, not {kind}; print it as text",
            value,
        )
        return None

    def number(self, text: str | None, path: str, row: int | None = None) -> Decimal | None:
        """A printed number: "5", "22.5", "(50分)", "20%" (as 20 points), "98分".

        Every number of a form (an amount, a weight, a score, a rate) is at least 0: a
        negative one is an error, and the cell is not used.
        """
        if text is None:
            return None
        try:
            number = self._numbers[text]
        except KeyError:
            number = self._numbers[text] = _number(text)
        if number is None:
            if text.strip() not in _BLANK:
                self.note(path, row, "not a number", text)
            return None
        if number < 0:
            self.error(path, row, "must not be negative", text)
            return None
        return number

    def value(self, text: str | None, path: str, row: int) -> PrintedValue | None:
        if text is None:
            return None
        try:
            value = self._values[text]
        except KeyError:
            try:
                value = parse_value(text)
            except ParseError as exc:
                value = exc.reason
            self._values[text] = value
        if isinstance(value, str):
            self.note(path, row, value, text)
            return None
        return value

    def row(self, data: Any, path: str, row: int | None = None) -> dict[str, Any] | None:
        """A row of a list: an object, or None (and an error) when it is anything else."""
        if isinstance(data, dict):
            return data
        self.error(path, row, "a row must be a JSON object; the row is left out", data)
        return None

    def year(self, data: dict[str, Any]) -> int | None:
        year = data.get("year")
        if year is None:
            return None
        if not isinstance(year, int) or isinstance(year, bool):
            self.error("$.year", None, "'year' must be an integer such as 2023", year)
            return None
        if not _FIRST_YEAR <= year <= _LAST_YEAR:
            self.error(
                "$.year",
                None,
                f"'year' must be a budget year from {_FIRST_YEAR} to {_LAST_YEAR}",
                str(year),
            )
            return None
        return year


def _number(text: str) -> Decimal | None:
    """The number a cell prints, or None (blank, or not a number)."""
    if text.strip() in _BLANK:
        return None
    match = _POINTS.match(text.strip())
    try:
        return to_decimal(match["n"] if match else text)
    except BudgetPerfError:
        return None


def _object(data: Any, path: str, reader: _Reader) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise ParseError("must be a JSON object", location=reader.where(path))
    return data


def _infer_level1(
    reader: _Reader,
    obj: dict[str, object],
    path: str,
    row: int,
    previous: str,
    seen: dict[str, Decimal | None],
) -> str:
    """The 一级 of a row whose 一级 cell is blank (a merged cell, printed on the first row of
    its group only): the 一级 its 二级 belongs to (数量/质量/时效/成本 → 产出, 经济/社会/生态效益
    and 可持续影响 → 效益, 服务对象满意度 → 满意度), spelt as the form spells it above; else the
    row above's. Either way a note says so; "" when neither is known."""
    level2 = reader.cell(obj, "level2", path, row) or ""
    standard = level1_of(level2)
    if standard is not None:
        stem = standard.removesuffix("指标")
        spelt = next((name for name in seen if name.removesuffix("指标") == stem), standard)
        how, how_zh = f"二级 {level2} belongs to {spelt}", f"按二级指标“{level2}”"
    elif previous:
        spelt = previous
        how, how_zh = "the row above's", "沿用上一行"
    else:
        return ""
    reader.note(
        f"{path}.level1",
        row,
        f"一级 blank (a merged cell?): read as {spelt}, {how}",
        code="structure.inferred-level1",
        severity=Severity.INFO,
        zh=f"一级指标为空（合并单元格？），{how_zh}读作“{spelt}”",
    )
    return spelt


def _list(data: dict[str, Any], key: str, path: str, reader: _Reader) -> list[Any]:
    value = data.get(key, [])
    if value is None:
        return []
    if not isinstance(value, list):
        raise ParseError(f"'{key}' must be a list", location=reader.where(f"{path}.{key}"))
    if len(value) > MAX_ROWS:
        raise ParseError(
            f"'{key}' has {len(value):,} rows, more than the {MAX_ROWS:,} a form may hold"
            " (budgetperf.forms.MAX_ROWS)",
            location=reader.where(f"{path}.{key}"),
        )
    return value


def read_form(path: str | os.PathLike[str]) -> Form:
    """Read a ``budgetperf-printed-form/1`` file into a :class:`Form` (see the module docs)."""
    if not isinstance(path, str | os.PathLike):
        raise WrongTypeError(
            f"read_form() takes a path (str or os.PathLike), not {type(path).__name__}",
            value=type(path).__name__,
        )
    file = Path(path)
    name = str(file)
    reader = _Reader(name)
    data = _object(_load(file, name), "$", reader)
    if data.get("format") != FORMAT:
        raise ParseError(
            f"not a {FORMAT} file",
            value=_short(data.get("format")),
            location=reader.where("$.format"),
        )
    return _build(data, reader)


def read_object(
    data: dict[str, Any],
    name: str,
    cells: Mapping[str, str] | None = None,
    findings: tuple[Finding, ...] = (),
) -> Form:
    """The form a printed-form object holds, read from ``name``; ``cells`` maps each JSON path
    to the workbook cell it came from, and ``findings`` are what was noted before (shared with
    :mod:`budgetperf.xlsx`; not in ``__all__``)."""
    reader = _Reader(name, cells)
    reader.findings.extend(findings)
    return _build(data, reader)


def _build(data: dict[str, Any], reader: _Reader) -> Form:
    """The form a printed-form object holds (its cells strings or null), read by ``reader``.

    The one reading of a form's cells: :func:`read_form` gives it the JSON it loaded, and
    :func:`budgetperf.xlsx.read_xlsx` the same object built from a worksheet, with the cell each
    JSON path came from (``reader.cells``), so both give the same form and the same findings.
    """
    name = reader.name
    kind = data.get("form")
    if kind not in ("project", "department"):
        raise ParseError(
            "'form' must be 'project' or 'department'",
            value=_short(kind),
            location=reader.where("$.form"),
        )
    reader.keys(data, _TOP_KEYS + _EXTRA_KEYS, "$")
    year = reader.year(data)
    unit_text = reader.cell(data, "unit", "$") or "万元"
    try:
        unit = Unit.parse(unit_text)
    except BudgetPerfError:
        raise ParseError(
            "'unit' must be 元, 千元, 万元 or 亿元",
            value=_short(unit_text),
            location=reader.where("$.unit"),
        ) from None

    funds: list[FundsLine] = []
    for i, item in enumerate(_list(data, "funds", "$", reader)):
        path = f"$.funds[{i}]"
        obj = reader.row(item, path)
        if obj is None:
            continue
        reader.keys(obj, _FUNDS_KEYS, path)

        def amount(key: str, obj: dict[str, Any] = obj, path: str = path) -> Decimal | None:
            return reader.number(reader.cell(obj, key, path), f"{path}.{key}")

        funds.append(
            FundsLine(
                label=reader.cell(obj, "label", path) or "",
                initial=amount("initial"),
                adjusted=amount("adjusted"),
                executed=amount("executed"),
                weight=amount("weight"),
                rate=amount("rate"),
                score=amount("score"),
                location=reader.where(path),
            )
        )

    indicators: list[Indicator] = []
    level1_weights: dict[str, Decimal | None] = {}
    previous_level1 = previous_level2 = ""
    for i, item in enumerate(_list(data, "indicators", "$", reader)):
        path, row = f"$.indicators[{i}]", i + 1
        obj = reader.row(item, path, row)
        if obj is None:
            continue
        reader.keys(obj, _INDICATOR_KEYS, path, row)
        level1 = reader.cell(obj, "level1", path, row) or ""
        if not level1.strip():
            level1 = _infer_level1(reader, obj, path, row, previous_level1, level1_weights)
        level2 = reader.cell(obj, "level2", path, row) or ""
        if not level2.strip() and previous_level2 and level1 == previous_level1:
            # a merged 二级 cell: the row above's, in the same 一级
            reader.note(
                f"{path}.level2",
                row,
                f"二级 blank (a merged cell?): read as the row above's {previous_level2}",
                code="structure.inferred-level2",
                severity=Severity.INFO,
                zh=f"二级指标为空（合并单元格？），沿用上一行读作“{previous_level2}”",
            )
            level2 = previous_level2
        previous_level1, previous_level2 = level1, level2
        weight1 = reader.number(
            reader.cell(obj, "level1_weight", path, row), f"{path}.level1_weight", row
        )
        if level1 not in level1_weights or level1_weights[level1] is None:
            level1_weights[level1] = weight1
        elif weight1 is not None and weight1 != level1_weights[level1]:
            reader.note(
                f"{path}.level1_weight",
                row,
                f"一级 weight differs from the {level1_weights[level1]} printed above",
                str(weight1),
                zh=f"一级指标分值{weight1}与上方列示的{level1_weights[level1]}不同",
            )
        label = reader.cell(obj, "name", path, row)
        if label is None or not label.strip():
            reader.note(
                f"{path}.name",
                row,
                "an indicator without a name (三级指标 is blank)",
                label,
                code="structure.blank-cell",
                severity=Severity.ERROR,
                zh="三级指标名称为空（单元格为空）",
            )
        indicators.append(
            Indicator(
                level1=level1,
                level2=level2,
                name=label or "",
                weight=reader.number(reader.cell(obj, "weight", path, row), f"{path}.weight", row),
                target=reader.value(reader.cell(obj, "target", path, row), f"{path}.target", row),
                actual=reader.value(reader.cell(obj, "actual", path, row), f"{path}.actual", row),
                printed_score=reader.number(
                    reader.cell(obj, "score", path, row), f"{path}.score", row
                ),
                note=reader.cell(obj, "note", path, row),
                location=reader.where(path, row),
            )
        )
    raw_total = data.get("total")
    total = {} if raw_total is None else _object(raw_total, "$.total", reader)
    reader.keys(total, _TOTAL_KEYS, "$.total")
    source = data.get("source")
    return Form(
        kind=FormKind(kind),
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
        extras={k: v for k, v in data.items() if k not in _TOP_KEYS},
        findings=tuple(reader.findings),
        cells=dict(reader.cells),
    )
