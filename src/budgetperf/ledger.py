"""Budget lines and ledgers: execution, roll-ups to 项/款/类, shares, year-on-year, 三公经费.

A :class:`BudgetLine` is one row of a 决算 table: a 支出功能分类 code (and optionally an
economic code), where the money came from, what kind of spending it is, and its amounts per
phase. A :class:`Ledger` holds many lines in one money unit and answers the questions a 决算
explanation asks: totals by 类/款/项, by economic class, by nature and by funding source; each
row's share of the total; execution and completion rates; the change against last year; the
三公经费.

Amounts are ``Decimal`` numbers of the ledger's :class:`~budgetperf.amounts.Unit` (万元 by
default, as 决算 tables print them); a ledger in 元 with the same money gives the same rates and
shares, and totals that are the same :class:`~budgetperf.amounts.Amount`.

>>> ledger = Ledger([
...     BudgetLine("2010301", initial=Decimal("676.59"), executed=Decimal("405.71")),
...     BudgetLine("2010399", initial=Decimal("0"), executed=Decimal("124.66")),
...     BudgetLine("2060199", initial=Decimal("0"), executed=Decimal("71.67")),
... ])
>>> [(row.code, row.executed) for row in ledger.rollup(CodeLevel.LEI)]
[('201', Decimal('530.37')), ('206', Decimal('71.67'))]
>>> ledger.total(Phase.EXECUTED)
Amount('602.04', '万元')
"""

from __future__ import annotations

import enum
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal, Inexact, localcontext
from itertools import repeat
from operator import is_
from typing import Any, cast

import attrs

from budgetperf._decimal import CTX, EXACT
from budgetperf.amounts import Amount, Unit, convert
from budgetperf.audit import Finding, Severity
from budgetperf.classification import CodeLevel
from budgetperf.errors import (
    Location,
    OutOfRangeError,
    ParseError,
    RoundingRequired,
    WrongTypeError,
)
from budgetperf.exact import Allocation, Rounding, allocate, round_to, to_decimal
from budgetperf.rates import Change, Rate, ZeroBase, change, ratio

__all__ = [
    "SANGONG_CODES",
    "BudgetLine",
    "FundType",
    "FundingSource",
    "Ledger",
    "Nature",
    "Phase",
    "RollupRow",
    "RollupTable",
    "SanGong",
]


#: The amounts that cannot be negative in a 决算 table (a 调减 or a 结转结余 may be printed
#: signed, so they are not checked).
_NON_NEGATIVE = ("initial", "adjusted", "executed", "previous")


class Phase(enum.Enum):
    """An amount column of a budget line."""

    # A member is equal only to itself, so the identity hash is a valid one; Enum's own
    # __hash__ is a Python function, and every roll-up row's sums are keyed by phase.
    __hash__ = object.__hash__

    INITIAL = "initial"  #: 年初预算数
    ADJUSTED = "adjusted"  #: 全年预算数 (调整后预算数) = 年初 + 调增 − 调减
    EXECUTED = "executed"  #: 全年执行数 / 决算数
    CARRYOVER = "carryover"  #: 结转结余
    PREVIOUS = "previous"  #: 上年决算数

    @property
    def label(self) -> str:
        """The column's Chinese name."""
        return _PHASE_LABELS[self]


_PHASE_LABELS = {
    Phase.INITIAL: "年初预算数",
    Phase.ADJUSTED: "全年预算数",
    Phase.EXECUTED: "决算数",
    Phase.CARRYOVER: "结转结余",
    Phase.PREVIOUS: "上年决算数",
}


class FundingSource(enum.Enum):
    """Where the year's money came from (资金来源)."""

    CURRENT = "当年财政拨款"
    CARRYOVER = "上年结转"
    OTHER = "其他资金"


class FundType(enum.Enum):
    """Which budget the money belongs to."""

    GENERAL = "一般公共预算"
    GOVERNMENT_FUND = "政府性基金"
    STATE_CAPITAL = "国有资本经营"
    SPECIAL_ACCOUNT = "财政专户"
    UNIT = "单位资金"


class Nature(enum.Enum):
    """What the spending is: 基本支出 (人员经费, 公用经费) or 项目支出."""

    PERSONNEL = "人员经费"
    OPERATING = "公用经费"
    PROJECT = "项目支出"

    @property
    def basic(self) -> bool:
        """True for 基本支出 (人员经费 and 公用经费)."""
        return self is not Nature.PROJECT


def _optional_decimal(value: Decimal | int | str | None) -> Decimal | None:
    return None if value is None else to_decimal(value)


def _functional_code(code: str) -> str:
    anything: object = code
    if not isinstance(anything, str):
        raise WrongTypeError(
            f"a functional code is text, not {type(anything).__name__}", value=anything
        )
    if len(code) not in (3, 5, 7) or not code.isascii() or not code.isdigit():
        raise ParseError("a functional code has 3, 5 or 7 digits", value=code)
    if code[0] != "2":
        raise ParseError("an expenditure functional code starts with 2", value=code)
    return code


@attrs.frozen
class BudgetLine:
    """One budget line: a functional code, its classification and its amounts per phase.

    ``adjusted`` (全年预算数) may be given, or derived as ``initial + increase − decrease``;
    when both are given they must agree. Amounts are in the unit of the ledger the line goes
    into. Every amount is optional: a missing amount is ``None``, never a silent zero.
    """

    code: str = attrs.field(converter=_functional_code)
    initial: Decimal | None = attrs.field(default=None, converter=_optional_decimal)
    executed: Decimal | None = attrs.field(default=None, converter=_optional_decimal)
    adjusted: Decimal | None = attrs.field(default=None, converter=_optional_decimal)
    increase: Decimal | None = attrs.field(default=None, converter=_optional_decimal)
    decrease: Decimal | None = attrs.field(default=None, converter=_optional_decimal)
    carryover: Decimal | None = attrs.field(default=None, converter=_optional_decimal)
    previous: Decimal | None = attrs.field(default=None, converter=_optional_decimal)
    economic_code: str | None = None
    name: str | None = None
    source: FundingSource | None = None
    fund: FundType | None = None
    nature: Nature | None = None
    project_code: str | None = None
    reason: str | None = None

    def __attrs_post_init__(self) -> None:
        if self.increase is not None or self.decrease is not None:
            if self.initial is None:
                raise OutOfRangeError("调增/调减 given without 年初预算数", value=self.code)
            derived = EXACT.subtract(
                EXACT.add(self.initial, self.increase or Decimal(0)),
                self.decrease or Decimal(0),
            )
            if self.adjusted is None:
                object.__setattr__(self, "adjusted", derived)
            elif self.adjusted != derived:
                raise OutOfRangeError(
                    f"全年预算数 {self.adjusted} is not 年初 {self.initial} + 调增 "
                    f"{self.increase or 0} − 调减 {self.decrease or 0} = {derived}",
                    value=self.code,
                )

    def amount(self, phase: Phase) -> Decimal | None:
        """The line's amount in ``phase`` (``None`` when not given)."""
        return getattr(self, phase.value)  # type: ignore[no-any-return]  # a Decimal field

    def execution_rate(self, *, zero_base: ZeroBase = ZeroBase.UNDEFINED) -> Rate | None:
        """执行率: executed / 全年预算数 (None when either is missing)."""
        if self.executed is None or self.adjusted is None:
            return None
        return ratio(self.executed, self.adjusted, zero_base=zero_base)

    def completion_rate(self, *, zero_base: ZeroBase = ZeroBase.UNDEFINED) -> Rate | None:
        """完成年初预算的%: executed / 年初预算数 (None when either is missing)."""
        if self.executed is None or self.initial is None:
            return None
        return ratio(self.executed, self.initial, zero_base=zero_base)

    def variance(self) -> Decimal | None:
        """决算数 − 年初预算数 (None when either is missing)."""
        if self.executed is None or self.initial is None:
            return None
        return EXACT.subtract(self.executed, self.initial)


_PHASES = tuple(Phase)

#: From this many roll-up keys on, a catalogue's names are read into a dict once.
_MANY_KEYS = 64


@attrs.frozen
class RollupRow:
    """A group of lines added up: its key (a code, or a name for nature/source groups),
    label, the sums per phase (``None`` when no line of the group has that amount) and the
    number of lines."""

    key: str
    label: str
    sums: dict[Phase, Decimal | None]
    lines: int

    @property
    def code(self) -> str:
        """The group key (a classification code for functional and economic roll-ups)."""
        return self.key

    @property
    def initial(self) -> Decimal | None:
        """Sum of 年初预算数."""
        return self.sums[Phase.INITIAL]

    @property
    def adjusted(self) -> Decimal | None:
        """Sum of 全年预算数."""
        return self.sums[Phase.ADJUSTED]

    @property
    def executed(self) -> Decimal | None:
        """Sum of 决算数."""
        return self.sums[Phase.EXECUTED]

    @property
    def previous(self) -> Decimal | None:
        """Sum of 上年决算数."""
        return self.sums[Phase.PREVIOUS]

    def completion_rate(self, *, zero_base: ZeroBase = ZeroBase.UNDEFINED) -> Rate | None:
        """完成年初预算的% of the group."""
        if self.executed is None or self.initial is None:
            return None
        return ratio(self.executed, self.initial, zero_base=zero_base)

    def execution_rate(self, *, zero_base: ZeroBase = ZeroBase.UNDEFINED) -> Rate | None:
        """执行率 of the group."""
        if self.executed is None or self.adjusted is None:
            return None
        return ratio(self.executed, self.adjusted, zero_base=zero_base)

    def change(self) -> Change | None:
        """Change of 决算数 against 上年决算数 (None when either is missing)."""
        if self.executed is None or self.previous is None:
            return None
        return change(self.executed, self.previous)


@attrs.frozen
class RollupTable:
    """Roll-up rows with their shares of the total in one phase.

    ``shares`` add up to exactly 100 (largest remainder, what a table must print);
    ``shares_each`` are each row's share rounded on its own (what publishers usually print,
    and what a reader recomputes by hand); the two can differ in the last digit.
    """

    rows: tuple[RollupRow, ...]
    phase: Phase
    total: Decimal
    shares: tuple[Decimal, ...]
    shares_each: tuple[Decimal, ...]
    unit: Unit

    def __iter__(self) -> Iterator[RollupRow]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)


#: Economic codes (部门预算支出经济分类) of the 三公经费, as commonly used since the 2018
#: economic classification: 因公出国（境）费用 30212, 公务接待费 30217, 公务用车运行维护费
#: 30231, 公务用车购置 31013. Only 30217 was confirmed from a dated public source (see the
#: classification docs); pass your own mapping to :meth:`Ledger.sangong` if yours differ.
SANGONG_CODES: dict[str, tuple[str, ...]] = {
    "因公出国（境）费": ("30212",),
    "公务用车购置费": ("31013",),
    "公务用车运行维护费": ("30231",),
    "公务接待费": ("30217",),
}


@attrs.frozen
class SanGong:
    """三公经费: budget and actual per item and in total (in the ledger's unit)."""

    items: dict[str, tuple[Decimal, Decimal]]  # item → (全年预算数 or 年初, 决算数)
    unit: Unit

    @property
    def budget(self) -> Decimal:
        """Total budget of the 三公经费."""
        return _sum(b for b, _ in self.items.values())

    @property
    def executed(self) -> Decimal:
        """Total 决算数 of the 三公经费."""
        return _sum(e for _, e in self.items.values())

    def completion(self) -> Rate:
        """决算数 / 预算数 of the whole 三公经费."""
        return ratio(self.executed, self.budget)


def _sum(values: Iterable[Decimal]) -> Decimal:
    """0 + each value in turn, exactly (``sum`` in the exact context, at C speed)."""
    with localcontext(EXACT):
        return sum(values, Decimal(0))


def _slot_totals(
    column: Sequence[Decimal | None], line_slots: Sequence[int], slots: int
) -> list[Decimal | None] | None:
    """The sum of ``column`` per slot (None for a slot without amounts), or None when the
    column has no amount at all. Runs in the caller's (exact) context."""
    if not column or (column[0] is None and column.count(None) == len(column)):
        return None  # (count(None) is quick on Nones; on Decimals it would ask each "== None")
    acc: list[Decimal | None] = [None] * slots
    if any(map(is_, column, repeat(None))):
        for slot, v in zip(line_slots, column, strict=True):
            if v is not None:
                before = acc[slot]
                acc[slot] = v if before is None else before + v
    else:
        amounts = cast("Sequence[Decimal]", column)  # no None: checked just above
        for slot, amount in zip(line_slots, amounts, strict=True):
            before = acc[slot]
            acc[slot] = amount if before is None else before + amount
    return acc


_TEXT_FIELDS = (
    "code",
    "economic_code",
    "name",
    "source",
    "fund",
    "nature",
    "project_code",
    "reason",
)
_AMOUNT_FIELDS = (
    "initial",
    "executed",
    "adjusted",
    "increase",
    "decrease",
    "carryover",
    "previous",
)
#: The text and amount fields of a line, in column order (the Arrow tables use them too).
LINE_TEXT_FIELDS = _TEXT_FIELDS
LINE_AMOUNT_FIELDS = _AMOUNT_FIELDS


def table_shares(
    amounts: Sequence[Decimal], places: int, mode: Rounding
) -> tuple[Decimal, tuple[Decimal, ...], tuple[Decimal, ...]]:
    """The total of ``amounts`` and each amount's share of it in percent at ``places``
    decimals, both ways: adding up to exactly 100 (largest remainder) and each rounded on its
    own with ``mode``. A zero total (or no amount) gives zero shares; a negative amount raises.

    The one place :meth:`Ledger.table` and the Arrow roll-ups
    (:func:`budgetperf.ledger_arrow.shares_and_rates`) compute shares, so both give the same
    digits.
    """
    total = _sum(amounts)
    if not amounts or total.is_zero():
        zeros = tuple(round_to(Decimal(0), places) for _ in amounts)
        return total, zeros, zeros
    if min(amounts) < 0:
        raise OutOfRangeError("shares of negative amounts", value=[str(a) for a in amounts])
    exact_shares = allocate(Decimal(100), amounts, places=places, mode=Allocation.LARGEST_REMAINDER)
    # Each share on its own: (a × 100) / total, one correctly rounded division (so a share
    # that is exactly x.xx5 stays exact), then rounded once for display; map() runs the
    # three Decimal methods at C speed.
    quantum = Decimal(1).scaleb(-places, CTX)
    hundredfold = map(Decimal.scaleb, amounts, repeat(2), repeat(CTX))
    ratios = map(CTX.divide, hundredfold, repeat(total))
    each = tuple(map(Decimal.quantize, ratios, repeat(quantum), repeat(mode.value), repeat(CTX)))
    return total, exact_shares, each


_Column = list[Decimal | None] | tuple[Decimal | None, ...]


class Ledger:
    """Budget lines in one unit, stored by column, with roll-ups, shares and rates.

    ``names`` maps codes to names when no catalogue knows them (a 项 name printed in the
    source, say); roll-up labels come from ``catalogue`` first (anything with a
    ``name_of(code) -> str | None`` method, such as a
    :class:`budgetperf.classification.Catalogue`; the bundled catalogue when ``None``), then
    from ``names`` and the lines' own ``name`` (项 only), else the code itself.

    Lines are kept column by column (a list per field), so a ledger of a million lines costs
    lists of strings and ``Decimal`` numbers, not a million objects; :attr:`lines` builds the
    :class:`BudgetLine` objects on request. A ledger read from CSV keeps its columns as tuples;
    adding a line turns them back into lists.
    """

    def __init__(
        self,
        lines: Iterable[BudgetLine] = (),
        *,
        unit: Unit = Unit.WAN_YUAN,
        year: int | None = None,
        catalogue: object | None = None,
        names: dict[str, str] | None = None,
        origin: str | None = None,
    ) -> None:
        self.unit = unit
        self.year = year
        self.catalogue = catalogue
        self.origin = origin
        self.names: dict[str, str] = dict(names or {})
        # A column is a list while lines are added, or a tuple (the CSV reader's): the cyclic
        # garbage collector stops looking into a tuple of strings and numbers after its first
        # pass, while it would go through a million-line list at every full collection.
        self._text: dict[str, list[object] | tuple[object, ...]] = {f: [] for f in _TEXT_FIELDS}
        self._amounts: dict[str, _Column] = {f: [] for f in _AMOUNT_FIELDS}
        self._code_sums: tuple[dict[str, list[Decimal | None]], dict[str, int]] | None = None
        #: The file row of each line, when read from a file (see :meth:`locate`).
        self._file_rows: Sequence[int] | None = None
        #: Rows left out when read (``read_ledger_csv(..., bad_rows="finding")``).
        self._read_findings: list[Finding] = []
        self.extend(lines)

    # -- building ---------------------------------------------------------------------------
    def add(self, line: BudgetLine) -> None:
        """Add one line (its amounts are read as numbers of this ledger's unit)."""
        if not isinstance(line, BudgetLine):
            raise WrongTypeError(
                f"a Ledger holds BudgetLine objects, not {type(line).__name__}",
                value=type(line).__name__,
            )
        self._code_sums = None
        for field in _TEXT_FIELDS:
            self._growing_text(field).append(getattr(line, field))
        for field in _AMOUNT_FIELDS:
            self._growing_amounts(field).append(getattr(line, field))
        if line.name and line.code not in self.names:
            self.names[line.code] = line.name

    def extend(self, lines: Iterable[BudgetLine]) -> None:
        """Add many lines."""
        for line in lines:
            self.add(line)

    def _growing_text(self, field: str) -> list[object]:
        """Text column ``field`` as a list that lines can be appended to."""
        column = self._text[field]
        if not isinstance(column, list):
            column = self._text[field] = list(column)
        return column

    def _growing_amounts(self, field: str) -> list[Decimal | None]:
        """Amount column ``field`` as a list that lines can be appended to."""
        column = self._amounts[field]
        if not isinstance(column, list):
            column = self._amounts[field] = list(column)
        return column

    def line(self, index: int) -> BudgetLine:
        """Line ``index`` as a :class:`BudgetLine`."""
        fields: dict[str, object] = {f: c[index] for f, c in self._text.items()}
        fields.update({f: c[index] for f, c in self._amounts.items()})
        return BudgetLine(**fields)  # type: ignore[arg-type]  # fields checked when added

    @property
    def lines(self) -> Sequence[BudgetLine]:
        """The lines, in the order they were added, as :class:`BudgetLine` objects."""
        return tuple(self.line(i) for i in range(len(self)))

    def __len__(self) -> int:
        return len(self._text["code"])

    def __iter__(self) -> Iterator[BudgetLine]:
        return iter(self.lines)

    def column(self, phase: Phase) -> list[Decimal | None]:
        """The amounts of every line in ``phase`` (a copy)."""
        return list(self._amounts[phase.value])

    def to_unit(self, unit: Unit) -> Ledger:
        """The same money in another unit (every amount converted exactly)."""
        result = Ledger(unit=unit, year=self.year, catalogue=self.catalogue, names=self.names)
        result.origin = self.origin
        result._file_rows = self._file_rows
        result._read_findings = list(self._read_findings)
        for field, column in self._text.items():
            # A tuple column cannot change (adding a line makes a list): shared.
            result._text[field] = list(column) if isinstance(column, list) else column
        for field, amounts in self._amounts.items():
            result._amounts[field] = [
                None if a is None else convert(a, self.unit, unit) for a in amounts
            ]
        return result

    # -- Arrow ------------------------------------------------------------------------------
    def to_arrow(self) -> Any:
        """The lines as a ``pyarrow.Table`` (``pip install 'budgetperf[arrow]'``): a column per
        field, amounts as ``decimal128`` (exact), the unit in the schema's metadata. See
        :func:`budgetperf.ledger_arrow.ledger_to_table`."""
        from budgetperf.ledger_arrow import ledger_to_table

        return ledger_to_table(self)

    @classmethod
    def from_arrow(
        cls,
        table: Any,
        *,
        unit: Unit | None = None,
        year: int | None = None,
        catalogue: object | None = None,
    ) -> Ledger:
        """A ledger of the lines in a ``pyarrow.Table`` or ``RecordBatch`` (columns named as
        in a ledger CSV; amounts decimal, integer or text, never float), checked as the CSV
        reader checks cells. See :func:`budgetperf.ledger_arrow.ledger_from_table`."""
        from budgetperf.ledger_arrow import ledger_from_table

        return ledger_from_table(table, unit=unit, year=year, catalogue=catalogue)

    # -- names ------------------------------------------------------------------------------
    def name_of(self, code: str) -> str:
        """The best name known for ``code`` (catalogue, then given names, else the code).

        Without a ``catalogue`` the bundled functional catalogue is asked (read on first use).
        """
        catalogue = self.catalogue
        if catalogue is None:
            from budgetperf.classification import bundled_catalogue

            catalogue = bundled_catalogue()
        lookup = getattr(catalogue, "name_of", None)
        if callable(lookup):
            found = lookup(code)
            if isinstance(found, str) and found:
                return found
        return self.names.get(code, code)

    # -- totals and roll-ups -----------------------------------------------------------------
    def total(self, phase: Phase = Phase.EXECUTED) -> Amount:
        """The sum of every line's amount in ``phase`` (missing amounts are left out)."""
        return Amount(_sum(a for a in self._amounts[phase.value] if a is not None), self.unit)

    def _accumulate(
        self, keys: Sequence[str | None]
    ) -> tuple[dict[str, list[Decimal | None]], dict[str, int]]:
        """Sum every phase column per key (keys[i] is line i's key; None leaves it out)."""
        counts = Counter(keys)  # the distinct keys at C speed, in order of first appearance
        slot_of = {key: slot for slot, key in enumerate(counts)}
        line_slots = list(map(slot_of.__getitem__, keys))
        return self._sum_slots(list(counts), line_slots, list(counts.values()))

    def _sum_slots(
        self, keys: Sequence[str | None], line_slots: Sequence[int], counts: Sequence[int]
    ) -> tuple[dict[str, list[Decimal | None]], dict[str, int]]:
        """Sum every phase column per key: line ``i`` goes to ``keys[line_slots[i]]``, and
        ``counts[slot]`` lines go to each key. A key of None (lines in no group) is dropped.

        One tight loop per phase that has any amount adds into a list indexed by slot (see
        :func:`_slot_totals`), in the exact library context (entered with ``localcontext``,
        so the caller's context is untouched and restored on exit): a sum that would need
        rounding raises instead.
        """
        sums: dict[str, list[Decimal | None]] = {
            k: [None] * len(_PHASES) for k in keys if k is not None
        }
        try:
            with localcontext(EXACT):
                for i, phase in enumerate(_PHASES):
                    totals = _slot_totals(self._amounts[phase.value], line_slots, len(keys))
                    if totals is None:
                        continue
                    for key, total in zip(keys, totals, strict=True):
                        if key is not None:
                            sums[key][i] = total
        except Inexact:
            raise RoundingRequired("a roll-up sum needs more than 34 digits") from None
        return sums, {k: n for k, n in zip(keys, counts, strict=True) if k is not None}

    def _rows(
        self, sums: dict[str, list[Decimal | None]], counts: dict[str, int]
    ) -> list[RollupRow]:
        keys = sorted(sums)
        return [
            RollupRow(k, label, dict(zip(_PHASES, sums[k], strict=True)), counts[k])
            for k, label in zip(keys, self._labels(keys), strict=True)
        ]

    def _group(self, keys: Iterable[str | None]) -> list[RollupRow]:
        return self._rows(*self._accumulate(list(keys)))

    def _by_code(self) -> tuple[dict[str, list[Decimal | None]], dict[str, int]]:
        """Sums per full functional code, computed once and kept until lines are added."""
        if self._code_sums is None:
            # The code column holds each line's code, checked as a str when the line was added.
            self._code_sums = self._accumulate(cast("Sequence[str | None]", self._text["code"]))
        return self._code_sums

    def _labels(self, keys: Sequence[str]) -> list[str]:
        """The label of each key: :meth:`name_of` for a code (all digits), else the key.

        For many keys and a :class:`~budgetperf.classification.Catalogue` (or the bundled
        one), the catalogue's names are read once into a dict instead of asking it per key:
        an ASCII code is its own compact form, so the dict gives exactly what ``name_of``
        would.
        """
        from budgetperf.classification import Catalogue, bundled_catalogue

        catalogue = bundled_catalogue() if self.catalogue is None else self.catalogue
        if type(catalogue) is not Catalogue or len(keys) < _MANY_KEYS:
            return [self.name_of(k) if k.isdigit() else k for k in keys]
        known = {subject.code: subject.name for subject in catalogue}
        names = self.names
        labels = []
        for key in keys:
            if not key.isdigit():
                labels.append(key)
            elif key.isascii():
                found = known.get(key)
                labels.append(found if found else names.get(key, key))
            else:
                labels.append(self.name_of(key))
        return labels

    def rollup(self, level: CodeLevel = CodeLevel.XIANG) -> list[RollupRow]:
        """Lines added up by functional code at ``level`` (类 3, 款 5, 项 7 digits), by code.

        A line whose code is shorter than ``level`` (a line booked at 款) stays out of finer
        levels. The lines are summed once per code; each level is then a sum of those sums.
        """
        return self._rollup(level.length)

    def _rollup(self, width: int) -> list[RollupRow]:
        by_code, code_counts = self._by_code()
        if all(len(code) == width for code in by_code):
            return self._rows(by_code, code_counts)  # every code is at this level
        # Only the phases that have amounts (most ledgers have two or three of the five).
        active = [
            i for i in range(len(_PHASES)) if any(acc[i] is not None for acc in by_code.values())
        ]
        sums: dict[str, list[Decimal | None]] = {}
        counts: dict[str, int] = {}
        try:
            with localcontext(EXACT):
                for code, acc in by_code.items():
                    if len(code) < width:
                        continue
                    key = code[:width]
                    target = sums.get(key)
                    if target is None:
                        sums[key] = list(acc)
                        counts[key] = code_counts[code]
                        continue
                    counts[key] += code_counts[code]
                    for i in active:
                        value = acc[i]
                        if value is not None:
                            before = target[i]
                            target[i] = value if before is None else before + value
        except Inexact:
            raise RoundingRequired("a roll-up sum needs more than 34 digits") from None
        return self._rows(sums, counts)

    def by_economic(self, level: int = 3) -> list[RollupRow]:
        """Lines added up by economic code: its first 3 digits (类) or all 5 (款)."""
        return self._group(
            code[:level] if isinstance(code, str) and len(code) >= level else None
            for code in self._text["economic_code"]
        )

    def by_nature(self) -> list[RollupRow]:
        """Lines added up by nature: 人员经费, 公用经费, 项目支出 (lines without one left out)."""
        return self._group(n.value if isinstance(n, Nature) else None for n in self._text["nature"])

    def by_basic_or_project(self) -> list[RollupRow]:
        """基本支出 (人员经费 + 公用经费) against 项目支出."""
        return self._group(
            ("基本支出" if n.basic else "项目支出") if isinstance(n, Nature) else None
            for n in self._text["nature"]
        )

    def by_source(self) -> list[RollupRow]:
        """Lines added up by funding source (当年财政拨款, 上年结转, 其他资金)."""
        return self._group(
            s.value if isinstance(s, FundingSource) else None for s in self._text["source"]
        )

    def by_fund(self) -> list[RollupRow]:
        """Lines added up by fund type (一般公共预算, 政府性基金, …)."""
        return self._group(f.value if isinstance(f, FundType) else None for f in self._text["fund"])

    def table(
        self,
        rows: Sequence[RollupRow],
        phase: Phase = Phase.EXECUTED,
        *,
        places: int = 2,
        mode: Rounding = Rounding.HALF_UP,
    ) -> RollupTable:
        """Attach each row's share of the rows' total in ``phase``, at ``places`` decimals.

        Rows without an amount in ``phase`` count as zero for the shares. A zero total has no
        shares (every share is then reported as 0).
        """
        return self._table(rows, phase, places, mode)

    def _table(
        self, rows: Sequence[RollupRow], phase: Phase, places: int, mode: Rounding
    ) -> RollupTable:
        amounts = [row.sums[phase] or Decimal(0) for row in rows]
        total, exact_shares, each = table_shares(amounts, places, mode)
        return RollupTable(tuple(rows), phase, total, exact_shares, each, self.unit)

    def change_against(
        self, previous: Ledger, level: CodeLevel = CodeLevel.LEI
    ) -> dict[str, Change]:
        """Year-on-year change of 决算数 per code at ``level`` against a previous ledger.

        The previous ledger is converted to this ledger's unit first. A code present in only
        one year counts as zero in the other.
        """
        before = previous.to_unit(self.unit) if previous.unit is not self.unit else previous
        now = {row.key: row.executed or Decimal(0) for row in self.rollup(level)}
        then = {row.key: row.executed or Decimal(0) for row in before.rollup(level)}
        return {
            code: change(now.get(code, Decimal(0)), then.get(code, Decimal(0)))
            for code in sorted(set(now) | set(then))
        }

    def sangong(
        self, codes: dict[str, tuple[str, ...]] | None = None, *, budget: Phase = Phase.ADJUSTED
    ) -> SanGong:
        """三公经费 from the lines' economic codes: per item, budget (``budget`` phase, falling
        back to 年初预算数 when a line has no 全年预算数) and 决算数."""
        mapping = SANGONG_CODES if codes is None else codes
        economic = self._text["economic_code"]
        planned_column = self._amounts[budget.value]
        initial = self._amounts["initial"]
        executed = self._amounts["executed"]
        items: dict[str, tuple[Decimal, Decimal]] = {}
        for item, item_codes in mapping.items():
            planned, spent = Decimal(0), Decimal(0)
            for i, code in enumerate(economic):
                if isinstance(code, str) and code.startswith(item_codes):
                    b = planned_column[i]
                    if b is None:
                        b = initial[i]
                    planned = EXACT.add(planned, b or Decimal(0))
                    spent = EXACT.add(spent, executed[i] or Decimal(0))
            items[item] = (planned, spent)
        return SanGong(items, self.unit)

    def catalogue_name(self) -> str:
        """The name of the catalogue that names the codes: ``budgetperf-bundled`` (the partial
        catalogue shipped with budgetperf), ``budgetperf-bundled+<file>`` for a file merged over
        it, or the file's name for a catalogue that replaces it."""
        catalogue = self.catalogue
        if catalogue is None:
            from budgetperf.classification import bundled_catalogue

            catalogue = bundled_catalogue()
        name = getattr(catalogue, "name", None)
        return name if isinstance(name, str) and name else type(catalogue).__name__

    def knows(self, code: str) -> bool:
        """Whether the catalogue (or a name given with the lines) names ``code``."""
        return self.name_of(code) != code

    def findings(self) -> list[Finding]:
        """What is wrong with the lines, one finding per line and field, in row order.

        A negative 年初预算数, 全年预算数, 决算数 or 上年决算数 (``ledger.negative-amount``); a line
        with no 决算数 (``ledger.missing-executed``: it is left out of every 决算 sum, not read
        as 0); a line that repeats an earlier one in every text field (``ledger.duplicate-line``:
        its amounts are added to the earlier one's in a roll-up, so say so rather than merge it
        silently); a ledger with no line at all (``ledger.no-lines``); and the rows left out
        when read because a cell could not be read (``ledger.unreadable-row``, with
        ``read_ledger_csv(..., bad_rows="finding")``). Each names the file and row
        (:meth:`locate`) and the value.
        """
        found: list[Finding] = list(self._read_findings)
        count = len(self)
        if count == 0:
            nothing = Finding(
                "ledger.no-lines",
                Severity.ERROR,
                Location(file=self.origin),
                "no budget line was read: "
                + ("every row was left out" if found else "the file has a header and no rows"),
                "未读到任何预算行：" + ("各行均未读入" if found else "文件只有表头，没有数据行"),
            )
            return [*found, nothing]
        labels = {f: Phase(f).label for f in _NON_NEGATIVE}
        for field in _NON_NEGATIVE:
            column = self._amounts[field]
            for index, amount in enumerate(column):
                if amount is not None and amount < 0:
                    found.append(
                        Finding(
                            "ledger.negative-amount",
                            Severity.ERROR,
                            self.locate(index).with_field(field),
                            f"{self._text['code'][index]}: {labels[field]} must not be "
                            f"negative: {amount}",
                            f"{self._text['code'][index]}：{labels[field]}为负数{amount}",
                            printed=str(amount),
                        )
                    )
        executed = self._amounts["executed"]
        if None in executed:
            for index, amount in enumerate(executed):
                if amount is None:
                    code = self._text["code"][index]
                    found.append(
                        Finding(
                            "ledger.missing-executed",
                            Severity.ERROR,
                            self.locate(index).with_field("executed"),
                            f"{code}: no 决算数; the line is left out of every 决算 sum",
                            f"{code}：未填决算数，该行不计入决算合计",
                        )
                    )
        first: dict[tuple[object, ...], int] = {}
        keys = zip(*(self._text[f] for f in _TEXT_FIELDS if f != "reason"), strict=True)
        for index, key in enumerate(keys):
            earlier = first.setdefault(key, index)
            if earlier != index:
                row = self.locate(earlier).row
                found.append(
                    Finding(
                        "ledger.duplicate-line",
                        Severity.ERROR,
                        self.locate(index),
                        f"{key[0]}: the line repeats row {row} (same code, economic code, name, "
                        "source, fund, nature and project); a roll-up adds both",
                        f"{key[0]}：与第{row}行重复（编码、经济分类、名称、资金来源、资金性质、"
                        "支出性质、项目均相同），汇总时两行相加",
                    )
                )
        found.sort(key=lambda f: (f.location.row or 0, f.location.field or "", f.code))
        return found

    def locate(self, index: int) -> Location:
        """Where line ``index`` came from: its row in the file it was read from (the header is
        row 1), else its place among the lines (1 for the first)."""
        rows = self._file_rows
        row = rows[index] if rows is not None and 0 <= index < len(rows) else index + 1
        return Location(file=self.origin, row=row)
