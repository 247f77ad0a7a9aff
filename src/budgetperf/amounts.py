"""Exact amounts of 人民币 in 元, 千元, 万元 and 亿元.

An :class:`Amount` is a number and the :class:`Unit` it is written in: ``628.95万元`` is
``Amount('628.95', Unit.WAN_YUAN)``. The number is kept exactly as given (a ``Decimal``, never
rounded); two amounts are equal when they are the same money, whatever their units
(``628.95万元 == 6289500元``).

Arithmetic is exact: ``+`` and ``-`` take amounts, ``*`` takes a ``Decimal`` or ``int``,
``amount / amount`` is their ratio (a ``Decimal`` to 34 digits) and ``amount / number`` is exact
or raises :class:`~budgetperf.errors.RoundingRequired`. A ``float`` anywhere is a ``TypeError``.

Text comes in through :func:`parse_amount` and goes out through :func:`format_amount`, which
rounds for display (四舍五入 unless told otherwise) and then lets babel lay the number out for the
locale; :func:`parse_amount` reads everything :func:`format_amount` writes.

>>> a = parse_amount("628.95万元")
>>> a
Amount('628.95', '万元')
>>> a.yuan
Decimal('6289500')
>>> a == parse_amount("¥6,289,500.00")
True
>>> format_amount(a)
'628.95万元'
>>> format_amount(a, style="currency")
'¥6,289,500.00'
>>> format_amount(a, style="currency", locale="en")
'CN¥6,289,500.00'
>>> format_amount(a, unit=Unit.YI_YUAN, places=4)
'0.0629亿元'
"""

from __future__ import annotations

import enum
import re
from decimal import Decimal, Inexact
from typing import TYPE_CHECKING, Literal, overload

import attrs

from budgetperf._babel import format_currency, format_number, is_chinese
from budgetperf._decimal import CTX, EXACT, exponent, require_enum, require_places
from budgetperf._text import normalise
from budgetperf.errors import (
    BudgetPerfError,
    InvalidOption,
    Location,
    OutOfRangeError,
    ParseError,
    RoundingRequired,
    WrongTypeError,
)
from budgetperf.exact import MAX_EXPONENT, Rounding, round_to, to_decimal

if TYPE_CHECKING:
    from babel import Locale

__all__ = [
    "Amount",
    "Unit",
    "convert",
    "format_amount",
    "is_valid_amount",
    "parse_amount",
]


class Unit(enum.Enum):
    """A unit of money: 元 and the multiples budget tables are printed in."""

    YUAN = "元"
    QIAN_YUAN = "千元"
    WAN_YUAN = "万元"
    YI_YUAN = "亿元"

    @property
    def symbol(self) -> str:
        """The unit as printed in Chinese tables: 元, 千元, 万元, 亿元."""
        return self.value

    @property
    def exponent(self) -> int:
        """Power of ten of 元 in one of this unit (万元: 4)."""
        return _EXPONENTS[self]

    @property
    def english(self) -> str:
        """The unit in English: yuan, thousand yuan, ten thousand yuan, hundred million yuan."""
        return _ENGLISH[self]

    @classmethod
    def parse(cls, text: str) -> Unit:
        """Return the unit named by ``text`` (元, 万元, "ten thousand yuan", 万, …)."""
        if not isinstance(text, str):
            raise WrongTypeError(f"a unit is read from text, not {type(text).__name__}", value=text)
        unit = _UNIT_WORDS.get(normalise(text).lower())
        if unit is None:
            raise ParseError("not a unit of money (元, 千元, 万元, 亿元)", value=text)
        return unit


_EXPONENTS = {Unit.YUAN: 0, Unit.QIAN_YUAN: 3, Unit.WAN_YUAN: 4, Unit.YI_YUAN: 8}
_ENGLISH = {
    Unit.YUAN: "yuan",
    Unit.QIAN_YUAN: "thousand yuan",
    Unit.WAN_YUAN: "ten thousand yuan",
    Unit.YI_YUAN: "hundred million yuan",
}
_UNIT_WORDS: dict[str, Unit] = {}
for _unit in Unit:
    _UNIT_WORDS[_unit.symbol] = _unit
    _UNIT_WORDS[_unit.english] = _unit
    if _unit is not Unit.YUAN:
        _UNIT_WORDS[_unit.symbol[:-1]] = _unit  # 千, 万, 亿: the 元 is often left out
        _UNIT_WORDS[_unit.symbol[:-1] + "圆"] = _unit
_UNIT_WORDS["圆"] = Unit.YUAN
_UNIT_WORDS["rmb"] = Unit.YUAN  # as a unit word after the number: "12.5 RMB"


def _shift(number: Decimal, places: int) -> Decimal:
    """``number × 10**places``, exact, without a positive exponent in the result."""
    shifted = number.scaleb(places, EXACT)
    if exponent(shifted) > 0:
        shifted = shifted.quantize(Decimal(1), context=EXACT)
    return shifted


def convert(value: Decimal | int | str, from_unit: Unit, to_unit: Unit) -> Decimal:
    """Convert a number of ``from_unit`` to ``to_unit`` exactly.

    >>> convert(Decimal("628.95"), Unit.WAN_YUAN, Unit.YUAN)
    Decimal('6289500')
    >>> convert(Decimal("4419.00"), Unit.YUAN, Unit.WAN_YUAN)
    Decimal('0.441900')
    """
    return _shift(to_decimal(value), from_unit.exponent - to_unit.exponent)


def _unit_of(value: Unit | str) -> Unit:
    anything: object = value  # untyped callers may pass anything
    if isinstance(anything, Unit):
        return anything
    if isinstance(anything, str):
        return Unit.parse(anything)
    raise WrongTypeError(
        f"unit must be a Unit or its symbol, not {type(anything).__name__}", value=anything
    )


@attrs.frozen(eq=False, repr=False)
class Amount:
    """An exact amount of money: ``value`` of ``unit`` (``Amount('628.95', '万元')``).

    ``value`` is converted with :func:`~budgetperf.exact.to_decimal`, so a ``float`` raises
    ``TypeError``. Equality, hashing and ordering go by the money (:attr:`yuan`), not by how
    it is written. An amount of 10³¹ 元 or more raises
    :class:`~budgetperf.errors.OutOfRangeError`.
    """

    value: Decimal = attrs.field(converter=to_decimal)
    unit: Unit = attrs.field(default=Unit.YUAN, converter=_unit_of)
    _yuan: Decimal = attrs.field(init=False, repr=False)

    def __attrs_post_init__(self) -> None:
        yuan = self.value.scaleb(self.unit.exponent, EXACT)
        if yuan.adjusted() > MAX_EXPONENT:
            raise OutOfRangeError(
                f"10**{MAX_EXPONENT + 1} 元 or more", value=f"{self.value}{self.unit.symbol}"
            )
        if exponent(yuan) > 0:
            yuan = yuan.quantize(Decimal(1), context=EXACT)
        object.__setattr__(self, "_yuan", yuan)

    @property
    def yuan(self) -> Decimal:
        """The amount in 元, exact (``Decimal('6289500')`` for 628.95万元)."""
        return self._yuan

    def value_in(self, unit: Unit | str) -> Decimal:
        """The number of ``unit`` this amount is, exact."""
        return _shift(self.value, self.unit.exponent - _unit_of(unit).exponent)

    def to(self, unit: Unit | str) -> Amount:
        """The same money written in ``unit``: ``Amount('628.95', '万元').to('元')``."""
        target = _unit_of(unit)
        return Amount(self.value_in(target), target)

    def round(
        self, places: int = 2, mode: Rounding = Rounding.HALF_UP, unit: Unit | str | None = None
    ) -> Amount:
        """Round to ``places`` decimals of ``unit`` (default: this amount's unit)."""
        target = self.unit if unit is None else _unit_of(unit)
        return Amount(round_to(self.value_in(target), places, mode), target)

    # -- comparison -----------------------------------------------------------------------
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Amount):
            return NotImplemented
        return self.yuan == other.yuan

    def __hash__(self) -> int:
        return hash(self.yuan)

    def __lt__(self, other: Amount) -> bool:
        if not isinstance(other, Amount):
            return NotImplemented
        return self.yuan < other.yuan

    def __le__(self, other: Amount) -> bool:
        if not isinstance(other, Amount):
            return NotImplemented
        return self.yuan <= other.yuan

    def __gt__(self, other: Amount) -> bool:
        if not isinstance(other, Amount):
            return NotImplemented
        return self.yuan > other.yuan

    def __ge__(self, other: Amount) -> bool:
        if not isinstance(other, Amount):
            return NotImplemented
        return self.yuan >= other.yuan

    def __bool__(self) -> bool:
        return not self.value.is_zero()

    # -- arithmetic -----------------------------------------------------------------------
    def _exact(self, result: Decimal) -> Amount:
        return Amount(result, self.unit)

    def __add__(self, other: Amount) -> Amount:
        if not isinstance(other, Amount):
            return NotImplemented
        return self._exact(_exact_op(EXACT.add, self.value, other.value_in(self.unit)))

    def __radd__(self, other: int) -> Amount:
        # Lets sum() start from its default 0; any other left operand is refused.
        if isinstance(other, int) and not isinstance(other, bool) and other == 0:
            return self
        return NotImplemented

    def __sub__(self, other: Amount) -> Amount:
        if not isinstance(other, Amount):
            return NotImplemented
        return self._exact(_exact_op(EXACT.subtract, self.value, other.value_in(self.unit)))

    def __mul__(self, other: Decimal | int) -> Amount:
        if isinstance(other, bool) or not isinstance(other, Decimal | int):
            return NotImplemented
        return self._exact(_exact_op(EXACT.multiply, self.value, to_decimal(other)))

    __rmul__ = __mul__

    @overload
    def __truediv__(self, other: Amount) -> Decimal: ...
    @overload
    def __truediv__(self, other: Decimal | int) -> Amount: ...
    def __truediv__(self, other: Amount | Decimal | int) -> Decimal | Amount:
        if isinstance(other, Amount):
            if other.value.is_zero():
                raise ZeroDivisionError(f"ratio to a zero amount: {self} / {other}")
            return CTX.divide(self.yuan, other.yuan)
        if isinstance(other, bool) or not isinstance(other, Decimal | int):
            return NotImplemented
        divisor = to_decimal(other)
        if divisor.is_zero():
            raise ZeroDivisionError(f"division of {self} by zero")
        return self._exact(_exact_op(EXACT.divide, self.value, divisor))

    def __neg__(self) -> Amount:
        return Amount(self.value.copy_negate(), self.unit)

    def __pos__(self) -> Amount:
        return self

    def __abs__(self) -> Amount:
        return Amount(self.value.copy_abs(), self.unit)

    # -- text -----------------------------------------------------------------------------
    def __str__(self) -> str:
        return f"{self.value:f}{self.unit.symbol}"

    def __repr__(self) -> str:
        return f"Amount('{self.value:f}', '{self.unit.symbol}')"

    def to_daxie(self, rounding: Rounding | None = None, *, prefix: bool = False) -> str:
        """The amount in 人民币大写 (see :func:`budgetperf.daxie.to_daxie`)."""
        from budgetperf.daxie import to_daxie

        return to_daxie(self.yuan, rounding=rounding, prefix=prefix)


def _exact_op(op: object, left: Decimal, right: Decimal) -> Decimal:
    assert callable(op)
    try:
        result = op(left, right)
    except Inexact:
        raise RoundingRequired(
            "the exact result has more than 34 significant digits", value=(left, right)
        ) from None
    assert isinstance(result, Decimal)
    return result


# -- parsing ----------------------------------------------------------------------------------
_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
_UNIT_ALT = "|".join(sorted((re.escape(w) for w in _UNIT_WORDS), key=len, reverse=True))
_AMOUNT = re.compile(
    rf"""
    (?P<sign1>[-+−])?\s*+
    (?P<currency>人民币|RMB|CNY|CN¥|¥)?\s*+
    (?P<sign2>[-+−])?\s*+
    (?P<number>{_NUMBER})\s*+
    (?P<unit>{_UNIT_ALT})?
    """,
    re.VERBOSE | re.IGNORECASE,
)


def parse_amount(
    text: str, *, default_unit: Unit | None = None, where: Location | None = None
) -> Amount:
    """Read an amount as printed: "628.95万元", "4,419.00元", "1.2亿元", "¥12.5", "-3.5万元".

    Accepted: an optional sign; an optional currency mark (人民币, ¥ or ￥, CN¥, CNY, RMB); a
    number with or without comma thousands separators; a unit (元 圆 千元 万元 亿元, 万 and 亿
    alone, or the English words :func:`format_amount` writes). Full-width forms and surrounding
    spaces are accepted. A number with a currency mark and no unit is in 元. A bare number
    ("628.95") is refused unless ``default_unit`` says what the table is printed in: the unit
    is never guessed.

    Raises :class:`~budgetperf.errors.ParseError` quoting ``text`` and ``where``.

    >>> parse_amount("人民币1.2亿元").yuan
    Decimal('120000000')
    >>> parse_amount("-3.5万元")
    Amount('-3.5', '万元')
    >>> parse_amount("703.50", default_unit=Unit.WAN_YUAN)
    Amount('703.50', '万元')
    """
    if not isinstance(text, str):
        raise WrongTypeError(
            f"parse_amount takes text, not {type(text).__name__}", value=text, location=where
        )
    if default_unit is not None:
        default_unit = _unit_of(default_unit)
    s = normalise(text)
    match = _AMOUNT.fullmatch(s)
    if match is None:
        raise ParseError("not an amount of money", value=text, location=where)
    if match["sign1"] and match["sign2"]:
        raise ParseError("two signs", value=text, location=where)
    word = match["unit"]
    if word is not None:
        unit = _UNIT_WORDS[word.lower()]
    elif match["currency"]:
        unit = Unit.YUAN
    elif default_unit is not None:
        unit = default_unit
    else:
        raise ParseError(
            "no unit (元, 万元, …) and no default_unit given", value=text, location=where
        )
    number = to_decimal(match["number"].replace(",", ""), where=where)
    if (match["sign1"] or match["sign2"] or "+") in "-−":
        number = number.copy_negate()
    return Amount(number, unit)


def is_valid_amount(text: object, *, default_unit: Unit | None = None) -> bool:
    """Tell whether :func:`parse_amount` would accept ``text``; never raises."""
    if not isinstance(text, str):
        return False
    try:
        parse_amount(text, default_unit=default_unit)
    except BudgetPerfError:
        return False
    return True


# -- formatting -------------------------------------------------------------------------------
def _decimals(number: Decimal) -> int:
    return max(0, -exponent(number.normalize(CTX)))


def format_amount(
    amount: Amount,
    *,
    unit: Unit | str | None = None,
    places: int | None = 2,
    rounding: Rounding = Rounding.HALF_UP,
    style: Literal["unit", "currency"] = "unit",
    locale: str | Locale = "zh_CN",
    grouping: bool = True,
) -> str:
    """Write ``amount`` for people: "628.95万元", "¥6,289,500.00", "CN¥6,289,500.00".

    ``style="unit"`` writes the number and the unit (``unit``, default the amount's own):
    "628.95万元" in Chinese, "628.95 ten thousand yuan" in other locales. ``style="currency"``
    writes 元 with the locale's CNY sign (¥ in zh_CN, CN¥ in en), through babel.

    **Display rounding.** The number is rounded to ``places`` decimals with ``rounding``
    (default 四舍五入) by budgetperf *before* babel sees it, so babel's own rounding (which
    follows the caller's decimal context) never applies. ``places=None`` writes the exact value
    with at least two decimals, so that :func:`parse_amount` gives back the same amount.
    ``grouping`` adds thousands separators by the locale's rules (3 digits; CLDR has no 万
    grouping).

    >>> format_amount(Amount("4419", "元"), unit="万元", places=None)
    '0.4419万元'
    >>> format_amount(Amount("-2.665", "万元"))
    '-2.67万元'
    """
    if not isinstance(amount, Amount):
        raise WrongTypeError(
            f"format_amount takes an Amount, not {type(amount).__name__}", value=amount
        )
    require_enum(rounding, Rounding, "rounding")
    if places is not None:
        require_places(places)
    if not isinstance(grouping, bool):
        raise WrongTypeError(
            f"grouping must be a bool, not {type(grouping).__name__}", value=grouping
        )
    if style == "currency":
        if unit is not None and _unit_of(unit) is not Unit.YUAN:
            raise InvalidOption(
                "style='currency' writes 元; use style='unit' for 万元 or 亿元",
                value=_unit_of(unit).symbol,
            )
        target = Unit.YUAN
    elif style == "unit":
        target = amount.unit if unit is None else _unit_of(unit)
    else:
        raise InvalidOption("style must be 'unit' or 'currency'", value=style)
    number = amount.value_in(target)
    shown = max(2, _decimals(number)) if places is None else places
    number = round_to(number, shown, rounding)
    if style == "currency":
        return format_currency(number, shown, locale, grouping)
    text = format_number(number, shown, locale, grouping)
    if is_chinese(locale):
        return text + target.symbol
    return f"{text} {target.english}"
