"""Values as printed in 绩效自评表: "≥30万件", "98％", "≤1179.7万元", "90%-100%", "提升".

The 年度指标值 (target) and 实际完成值 (actual) columns of a self-evaluation table are free text.
:func:`parse_value` reads one cell into a :class:`PrintedValue`:

* a **quantity**: an optional comparator (≥ > = < ≤ ≈, in any of the printed spellings: ≧ ≦ ═ ﹦
  >= <=, 不低于, 不少于, 以上, 不超过, 以内, 以下, 约, 左右, …), a number, an optional multiplier
  (十 百 千 万 十万 百万 千万 亿 万亿) and an optional unit (元, 项, 件, 人次, 米, ㎡, %, …) or a
  compound unit of two known units (元/平方米, 公斤/㎡, 人次/天);
* a **range** ("90%-100%", "90~100%", "90%至100%") or a **tolerance** ("±10%", "±3%以内");
* a **qualitative** value (提升, 有效提升, 达标, 定性, 长期, 显著减少, 按时完成, …): text with no
  number, kept as printed;
* **not applicable**: "/", "-", "—", "不适用".

Anything else (a blank cell, words mixed with numbers, Chinese numerals, two comparators that
disagree, a date or a period such as "2023.07-2024.01", a unit with no number such as "万元")
raises :class:`~budgetperf.errors.ParseError` with the specific reason; a value that is not a
``str`` raises :class:`~budgetperf.errors.WrongTypeError`.

Two values can be compared when their units agree once multipliers are applied: "≥5千件" and
"0.9万件" are 5000 件 and 9000 件. :func:`align` says so, or says why not ("154项" and "98%"
are never compared); it does not guess.

>>> v = parse_value("≥5千件")
>>> v.comparator, v.magnitude, v.multiplier, v.unit
(<Comparator.GE: '≥'>, Decimal('5'), 1000, '件')
>>> v.base_value
Decimal('5000')
>>> align(v, parse_value("0.9万件")).values
(Decimal('5000'), Decimal('9000'))
>>> align(parse_value("154项"), parse_value("98%")).reason
'154项 is in 项 and 98% is in %'
>>> parse_value("有效提升").kind
<ValueKind.QUALITATIVE: 'qualitative'>
"""

from __future__ import annotations

import enum
import re
import unicodedata
from decimal import Decimal

import attrs

from budgetperf._decimal import EXACT
from budgetperf._text import normalise
from budgetperf.errors import (
    BudgetPerfError,
    Location,
    OutOfRangeError,
    ParseError,
    WrongTypeError,
)
from budgetperf.exact import is_valid_decimal, to_decimal

__all__ = [
    "UNITS",
    "AlignedPair",
    "AlignmentStatus",
    "Comparator",
    "PrintedValue",
    "ValueKind",
    "align",
    "format_value",
    "is_valid_value",
    "parse_value",
]


class Comparator(enum.Enum):
    """How a target relates to its number: at least, more than, equal, less than, at most, about."""

    GE = "≥"
    GT = ">"
    EQ = "="
    LT = "<"
    LE = "≤"
    APPROX = "≈"

    def holds(self, actual: Decimal, target: Decimal) -> bool | None:
        """Tell whether ``actual`` meets ``target`` under this comparator (``None`` for ≈)."""
        if self is Comparator.GE:
            return actual >= target
        if self is Comparator.GT:
            return actual > target
        if self is Comparator.EQ:
            return actual == target
        if self is Comparator.LT:
            return actual < target
        if self is Comparator.LE:
            return actual <= target
        return None


class ValueKind(enum.Enum):
    """What a printed cell holds."""

    QUANTITY = "quantity"
    RANGE = "range"
    TOLERANCE = "tolerance"
    QUALITATIVE = "qualitative"
    NOT_APPLICABLE = "not-applicable"


#: Units budgetperf knows, mapped to (base unit, factor): a value in the unit is ``factor``
#: of the base unit. Units not listed here are still read (any short run of non-digit text),
#: and compare only with the very same unit.
UNITS: dict[str, tuple[str, Decimal]] = {
    "元": ("元", Decimal(1)),
    "圆": ("元", Decimal(1)),
    "%": ("%", Decimal(1)),
    "百分比": ("%", Decimal(1)),
    "‰": ("‰", Decimal(1)),
    "米": ("米", Decimal(1)),
    "厘米": ("米", Decimal("0.01")),
    "毫米": ("米", Decimal("0.001")),
    "公里": ("米", Decimal(1000)),
    "千米": ("米", Decimal(1000)),
    "平方米": ("平方米", Decimal(1)),
    "㎡": ("平方米", Decimal(1)),
    "平方公里": ("平方米", Decimal(1_000_000)),
    "平方千米": ("平方米", Decimal(1_000_000)),
    "立方米": ("立方米", Decimal(1)),
    "㎥": ("立方米", Decimal(1)),
    "公顷": ("平方米", Decimal(10_000)),
    "克": ("千克", Decimal("0.001")),
    "千克": ("千克", Decimal(1)),
    "公斤": ("千克", Decimal(1)),
    "吨": ("千克", Decimal(1000)),
    "天": ("天", Decimal(1)),
    "日": ("天", Decimal(1)),
    "个工作日": ("工作日", Decimal(1)),
    "工作日": ("工作日", Decimal(1)),
    "个月": ("月", Decimal(1)),
    "月": ("月", Decimal(1)),
    "年": ("年", Decimal(1)),
    "周": ("周", Decimal(1)),
    "小时": ("小时", Decimal(1)),
    "分钟": ("分钟", Decimal(1)),
    "倍": ("倍", Decimal(1)),
    "分": ("分", Decimal(1)),
}
# Counting units (量词): each is its own base unit.
for _word in [
    "项",
    "件",
    "个",
    "条",
    "次",
    "人",
    "人次",
    "户",
    "家",
    "所",
    "座",
    "台",
    "套",
    "本",
    "篇",
    "场",
    "期",
    "批",
    "份",
    "张",
    "辆",
    "名",
    "位",
    "册",
    "块",
    "间",
    "处",
    "栋",
    "亩",
    "课时",
    "学时",
    "门",
    "类",
    "颗",
    "株",
    "棵",
    "头",
    "只",
    "部",
    "页",
    "幅",
    "盏",
    "根",
    "组",
    "支",
    "架",
    "艘",
    "宗",
    "起",
    "例",
    "床",
    "片",
    "段",
]:
    UNITS.setdefault(_word, (_word, Decimal(1)))

MULTIPLIERS = {
    "十": 10,
    "百": 100,
    "千": 1000,
    "万": 10_000,
    "十万": 100_000,
    "百万": 1_000_000,
    "千万": 10_000_000,
    "亿": 100_000_000,
    "万亿": 1_000_000_000_000,
}

_PREFIX_WORDS = {
    "≥": Comparator.GE,
    "≧": Comparator.GE,
    "⩾": Comparator.GE,
    ">=": Comparator.GE,
    "=>": Comparator.GE,
    "大于等于": Comparator.GE,
    "大于或等于": Comparator.GE,
    "不低于": Comparator.GE,
    "不少于": Comparator.GE,
    "不小于": Comparator.GE,
    "至少": Comparator.GE,
    "达到": Comparator.GE,
    ">": Comparator.GT,
    "大于": Comparator.GT,
    "高于": Comparator.GT,
    "多于": Comparator.GT,
    "超过": Comparator.GT,
    "=": Comparator.EQ,
    "==": Comparator.EQ,
    "═": Comparator.EQ,
    "等于": Comparator.EQ,
    "<": Comparator.LT,
    "小于": Comparator.LT,
    "低于": Comparator.LT,
    "少于": Comparator.LT,
    "≤": Comparator.LE,
    "≦": Comparator.LE,
    "⩽": Comparator.LE,
    "<=": Comparator.LE,
    "=<": Comparator.LE,
    "小于等于": Comparator.LE,
    "小于或等于": Comparator.LE,
    "不高于": Comparator.LE,
    "不超过": Comparator.LE,
    "不多于": Comparator.LE,
    "不大于": Comparator.LE,
    "至多": Comparator.LE,
    "最多": Comparator.LE,
    "≈": Comparator.APPROX,
    "约": Comparator.APPROX,
    "大约": Comparator.APPROX,
}
_SUFFIX_WORDS = {
    "及以上": Comparator.GE,
    "以上": Comparator.GE,
    "及以下": Comparator.LE,
    "以下": Comparator.LE,
    "以内": Comparator.LE,
    "之内": Comparator.LE,
    "内": Comparator.LE,
    "左右": Comparator.APPROX,
}
_NOT_APPLICABLE = {"/", "-", "—", "——", "--", "–", "不适用", "n/a", "na"}


def _alternation(words: object) -> str:
    assert isinstance(words, dict | set)
    return "|".join(sorted((re.escape(str(w)) for w in words), key=len, reverse=True))


_NUM = r"[+\-−]?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
_SUFFIX_TAIL = rf"(?P<suffix>{_alternation(_SUFFIX_WORDS)})?"
# A unit is any run of non-digit, non-space text that is not a comparator word.
_UNIT_TEXT = r"(?P<unit>[^\d\s±~〜至]*?)"
_QUANTITY = re.compile(
    rf"(?P<prefix>{_alternation(_PREFIX_WORDS)})?\s*(?P<number>{_NUM})\s*{_UNIT_TEXT}\s*{_SUFFIX_TAIL}"
)
_RANGE = re.compile(
    rf"(?P<low>{_NUM})\s*(?P<low_unit>[^\d\s±~〜至—–-]*?)\s*(?:~|〜|至|—|–|-|到)\s*"
    rf"(?P<high>{_NUM})\s*(?P<high_unit>[^\d\s±~〜至]*?)"
)
# "±3%以内" says no more than "±3%": a tolerance is a bound either way.
_TOLERANCE = re.compile(
    rf"(?:±|\+-|\+/-)\s*(?P<number>{_NUM})\s*(?P<unit>[^\d\s]*?)\s*(?:以内|之内|内)?"
)
# Dates and periods: "2023.07.01", "2023-07", "2023年7月", "2023.07-2024.01". A period is not a
# numeric range (2023.07 to 2024.01) and a date is not a number.
_YEAR = r"(?:19|20)\d\d"
_MONTH = r"(?:0?[1-9]|1[0-2])"
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_DATE_ANY = (
    rf"{_YEAR}\.{_MONTH}(?:\.{_DAY})?|{_YEAR}-{_MONTH}(?:-{_DAY})?|{_YEAR}/{_MONTH}(?:/{_DAY})?"
    rf"|{_YEAR}年{_MONTH}月(?:{_DAY}日)?"
)
_PERIOD = re.compile(rf"(?:{_DATE_ANY})\s*+(?:~|〜|至|—|–|-|到)\s*+(?:{_DATE_ANY})", re.ASCII)
# Alone, "2023.07" stays a number; a date needs a day, another separator or 年…月.
_DATE = re.compile(
    rf"{_YEAR}\.{_MONTH}\.{_DAY}|{_YEAR}-{_MONTH}(?:-{_DAY})?|{_YEAR}/{_MONTH}(?:/{_DAY})?"
    rf"|{_YEAR}年{_MONTH}月(?:{_DAY}日)?",
    re.ASCII,
)
# Unit symbols that NFKC would turn into letters and digits (㎡ → "m2"), kept as printed.
_KEPT_SYMBOLS = re.compile(r"㎡|㎥|m²|m³")
_KEPT_AS = {"m²": "㎡", "m³": "㎥"}
_HAS_DIGIT = re.compile(r"\d")
# One or more: a unit made only of numerals ("千五" in "3千五", which is 3500) is refused.
_CHINESE_NUMERAL = re.compile(r"[零一二两三四五六七八九十百千万亿]+")
_DEADLINE_WORDS = ("前", "后", "底", "初", "末", "完成", "号")
_NUMERAL_VALUE = re.compile(r"[零一二两三四五六七八九十百千万亿]+(?P<unit>.{0,4})")
_COMPARATOR_MARK = re.compile(r"[≥≧⩾≤≦⩽<>=═±]")


def _wrong(name: str, expected: str, value: object) -> WrongTypeError:
    return WrongTypeError(
        f"PrintedValue.{name} must be {expected}, not {type(value).__name__}", value=value
    )


def _check_text(_: object, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str):
        raise _wrong(attribute.name, "a str", value)


def _check_kind(_: object, attribute: attrs.Attribute[ValueKind], value: object) -> None:
    if not isinstance(value, ValueKind):
        raise _wrong(attribute.name, "a ValueKind", value)


def _check_comparator(
    _: object, attribute: attrs.Attribute[Comparator | None], value: object
) -> None:
    if value is not None and not isinstance(value, Comparator):
        raise _wrong(attribute.name, "a Comparator or None", value)


def _check_multiplier(_: object, attribute: attrs.Attribute[int], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _wrong(attribute.name, "an int", value)
    if value <= 0:
        raise OutOfRangeError("PrintedValue.multiplier must be positive", value=value)


def _optional(value: Decimal | int | str | None) -> Decimal | None:
    """A magnitude: ``None``, or a number through :func:`~budgetperf.exact.to_decimal` (so a
    ``float`` is refused with :class:`~budgetperf.errors.NotDecimalError`)."""
    return None if value is None else to_decimal(value)


@attrs.frozen
class PrintedValue:
    """One 指标值 or 完成值 cell, read.

    ``magnitude`` is the number as printed (5 in "≥5千件"), ``multiplier`` the printed 千/万/亿
    (1000), ``unit`` the unit without the multiplier ("件"; "" when none is printed).
    ``base_value`` is the magnitude in ``base_unit`` (5000 件); ``upper`` and ``base_upper`` are
    the top of a range. ``comparator`` is ``None`` when none is printed. ``text`` is the cell as
    printed, kept for messages.
    """

    text: str = attrs.field(validator=_check_text)
    kind: ValueKind = attrs.field(validator=_check_kind)
    comparator: Comparator | None = attrs.field(default=None, validator=_check_comparator)
    magnitude: Decimal | None = attrs.field(default=None, converter=_optional)
    upper: Decimal | None = attrs.field(default=None, converter=_optional)
    multiplier: int = attrs.field(default=1, validator=_check_multiplier)
    unit: str = attrs.field(default="", validator=_check_text)
    # The magnitude in the base unit, computed once (scoring reads it for every comparison),
    # and whether it lies in the range every rule accepts (scoring's fast path needs that).
    _base: Decimal | None = attrs.field(init=False, eq=False, repr=False, default=None)
    _base_in_range: bool = attrs.field(init=False, eq=False, repr=False, default=False)

    def __attrs_post_init__(self) -> None:
        if self.magnitude is not None:
            base = _normal(EXACT.multiply(self.magnitude, self.scale))
            object.__setattr__(self, "_base", base)
            object.__setattr__(self, "_base_in_range", is_valid_decimal(base))

    @property
    def qualitative(self) -> bool:
        """True for a qualitative value (text with no number, such as 提升)."""
        return self.kind is ValueKind.QUALITATIVE

    @property
    def numeric(self) -> bool:
        """True for quantities, ranges and tolerances."""
        return self.magnitude is not None

    @property
    def known_unit(self) -> bool:
        """True when the unit is empty, one of :data:`UNITS` or a compound of two of them."""
        return self.unit == "" or _unit_info(self.unit) is not None

    @property
    def base_unit(self) -> str:
        """The unit the value is measured in once converted ("厘米" → "米", "公斤/㎡" →
        "千克/平方米"; "" if none)."""
        info = _unit_info(self.unit)
        return self.unit if info is None else info[0]

    @property
    def scale(self) -> Decimal:
        """How many ``base_unit`` one printed unit is, multiplier included (1000 for 千件)."""
        info = _unit_info(self.unit)
        factor = Decimal(1) if info is None else info[1]
        return EXACT.multiply(factor, Decimal(self.multiplier))

    @property
    def base_value(self) -> Decimal | None:
        """The magnitude in ``base_unit``, exact (``None`` for qualitative values)."""
        return self._base

    @property
    def base_upper(self) -> Decimal | None:
        """The top of a range in ``base_unit``, exact (``None`` unless a range)."""
        if self.upper is None:
            return None
        return _normal(EXACT.multiply(self.upper, self.scale))

    @property
    def printed_unit(self) -> str:
        """Multiplier and unit as printed: "万件", "万元", "%"."""
        if self.multiplier == 1:
            return self.unit
        return _MULTIPLIER_WORDS.get(self.multiplier, f"×{self.multiplier}") + self.unit

    def __str__(self) -> str:
        return self.text


def _unit_info(unit: str) -> tuple[str, Decimal] | None:
    """(base unit, factor) of a known unit or of a compound of two ("元/平方米"), else None."""
    known = UNITS.get(unit)
    if known is not None:
        return known
    top, slash, bottom = unit.partition("/")
    if slash and top in UNITS and bottom in UNITS:
        (top_base, top_factor), (bottom_base, bottom_factor) = UNITS[top], UNITS[bottom]
        return f"{top_base}/{bottom_base}", EXACT.divide(top_factor, bottom_factor)
    return None


def _is_lone_unit(text: str) -> bool:
    """True for a cell that prints a unit or multiplier and no number: "万元", "%", "元/平方米"."""
    if _unit_info(text) is not None:
        return True
    for word in _LONE_MULTIPLIERS:
        if text.startswith(word):
            rest = text[len(word) :]
            return rest == "" or _unit_info(rest) is not None
    return False


def _normalise_cell(text: str) -> str:
    """:func:`~budgetperf._text.normalise`, keeping the unit symbols NFKC would spell out."""
    if _KEPT_SYMBOLS.search(text) is None:
        return normalise(text)
    pieces = _KEPT_SYMBOLS.split(text)
    symbols = [_KEPT_AS.get(m, m) for m in _KEPT_SYMBOLS.findall(text)]
    folded = [unicodedata.normalize("NFKC", piece) for piece in pieces]
    out = [folded[0]]
    for symbol, piece in zip(symbols, folded[1:], strict=True):
        out += [symbol, piece]
    return "".join(out).strip()


def _normal(number: Decimal) -> Decimal:
    """Strip trailing zeros without a positive exponent (9000.0 and 9E+3 → 9000)."""
    number = number.normalize(EXACT)
    exponent = number.as_tuple().exponent
    if isinstance(exponent, int) and exponent > 0 and number.adjusted() < EXACT.prec:
        return number.quantize(Decimal(1), context=EXACT)
    return number


def _split_unit(unit_text: str, text: str, where: Location | None) -> tuple[int, str]:
    """Split "万件" into (10000, "件"); a known unit wins over a multiplier ("千米" is 米×1000
    either way, "百分比" is %)."""
    if unit_text == "" or _unit_info(unit_text) is not None:
        return 1, unit_text
    for word in sorted(MULTIPLIERS, key=len, reverse=True):
        if unit_text.startswith(word):
            rest = unit_text[len(word) :]
            if rest in UNITS or rest == "" or not _CHINESE_NUMERAL.match(rest):
                return MULTIPLIERS[word], rest
    if unit_text[0] in "年月日时":
        raise ParseError("a date or deadline, not a quantity", value=text, location=where)
    known = max((u for u in UNITS if unit_text.startswith(u)), key=len, default="")
    rest = unit_text[len(known) :]
    if known and rest not in UNITS and not rest.startswith("/"):
        raise ParseError(f"words after the unit {known!r}: {rest!r}", value=text, location=where)
    if any(w in unit_text for w in _DEADLINE_WORDS):
        raise ParseError("a date or deadline, not a quantity", value=text, location=where)
    if len(unit_text) > 4 or _CHINESE_NUMERAL.fullmatch(unit_text):
        raise ParseError(f"cannot read {unit_text!r} as a unit", value=text, location=where)
    return 1, unit_text


def _number(text: str, original: str, where: Location | None) -> Decimal:
    return to_decimal(text.replace("−", "-").replace(",", ""), where=where)


def _check_unit(unit: str, text: str, where: Location | None) -> None:
    if any(word in unit for word in _SUFFIX_WORDS):
        raise ParseError(
            f"words after the number that are not a unit: {unit!r}", value=text, location=where
        )
    if _COMPARATOR_MARK.search(unit):
        raise ParseError(f"a comparator after the number: {unit!r}", value=text, location=where)


def parse_value(text: str, *, where: Location | None = None) -> PrintedValue:
    """Read a printed target or actual. See the module documentation for what is accepted.

    Raises :class:`~budgetperf.errors.ParseError` (a ``ValueError``) with the reason, the text
    and ``where`` it came from.

    >>> parse_value("≤1179.7万元").base_value
    Decimal('11797000')
    >>> parse_value("不低于95%").comparator
    <Comparator.GE: '≥'>
    >>> parse_value("90%-100%").kind
    <ValueKind.RANGE: 'range'>
    >>> parse_value("三个")
    Traceback (most recent call last):
    ...
    budgetperf.errors.ParseError: Chinese numerals are not read; print the number in digits: '三个'
    """
    if not isinstance(text, str):
        raise WrongTypeError(
            f"parse_value takes text, not {type(text).__name__}", value=text, location=where
        )
    s = _normalise_cell(text)
    if not s:
        raise ParseError("blank: no value printed", value=text, location=where)
    if s.lower() in _NOT_APPLICABLE:
        return PrintedValue(text=text, kind=ValueKind.NOT_APPLICABLE)
    if _PERIOD.fullmatch(s):
        raise ParseError(
            "a period (from one date to another), not a value", value=text, location=where
        )
    if _DATE.fullmatch(s):
        raise ParseError("a date, not a value", value=text, location=where)
    if not _HAS_DIGIT.search(s):
        if _is_lone_unit(s):
            raise ParseError("a unit with no number: print the value", value=text, location=where)
        numeral = _NUMERAL_VALUE.fullmatch(s)
        if numeral and (numeral["unit"] in UNITS or numeral["unit"] == ""):
            raise ParseError(
                "Chinese numerals are not read; print the number in digits",
                value=text,
                location=where,
            )
        if _COMPARATOR_MARK.search(s):
            raise ParseError("a comparator without a number", value=text, location=where)
        return PrintedValue(text=text, kind=ValueKind.QUALITATIVE)

    match = _TOLERANCE.fullmatch(s)
    if match:
        multiplier, unit = _split_unit(match["unit"], text, where)
        magnitude = _number(match["number"], text, where)
        if magnitude < 0:
            raise ParseError("a negative tolerance", value=text, location=where)
        return PrintedValue(
            text=text,
            kind=ValueKind.TOLERANCE,
            magnitude=magnitude,
            multiplier=multiplier,
            unit=unit,
        )

    match = _QUANTITY.fullmatch(s)
    if match:
        prefix = _PREFIX_WORDS.get(match["prefix"] or "")
        suffix = _SUFFIX_WORDS.get(match["suffix"] or "")
        if prefix and suffix and prefix is not suffix:
            raise ParseError(
                f"two comparators that disagree: {match['prefix']} and {match['suffix']}",
                value=text,
                location=where,
            )
        _check_unit(match["unit"], text, where)
        multiplier, unit = _split_unit(match["unit"], text, where)
        return PrintedValue(
            text=text,
            kind=ValueKind.QUANTITY,
            comparator=prefix or suffix,
            magnitude=_number(match["number"], text, where),
            multiplier=multiplier,
            unit=unit,
        )

    match = _RANGE.fullmatch(s)
    if match:
        low_mult, low_unit = _split_unit(match["low_unit"], text, where)
        high_mult, high_unit = _split_unit(match["high_unit"], text, where)
        if match["low_unit"] and (low_mult, low_unit) != (high_mult, high_unit):
            raise ParseError(
                f"the two ends of the range have different units: "
                f"{match['low_unit']!r} and {match['high_unit']!r}",
                value=text,
                location=where,
            )
        low = _number(match["low"], text, where)
        high = _number(match["high"], text, where)
        if low > high:
            raise ParseError(
                "a range whose low end is above its high end", value=text, location=where
            )
        return PrintedValue(
            text=text,
            kind=ValueKind.RANGE,
            magnitude=low,
            upper=high,
            multiplier=high_mult,
            unit=high_unit,
        )
    raise ParseError(
        "not a value: words and numbers mixed in a way budgetperf does not read",
        value=text,
        location=where,
    )


def is_valid_value(text: object) -> bool:
    """Tell whether :func:`parse_value` would accept ``text``; never raises."""
    if not isinstance(text, str):
        return False
    try:
        parse_value(text)
    except BudgetPerfError:
        return False
    return True


class AlignmentStatus(enum.Enum):
    """How two values relate once their units are brought together."""

    SAME_UNIT = "same-unit"  #: the same base unit ("≥5千件" and "0.9万件")
    ASSUMED_UNIT = "assumed-unit"  #: one side printed no unit and is read in the other's
    INCOMPATIBLE = "incompatible"  #: different units ("154项" and "98%")
    NOT_NUMERIC = "not-numeric"  #: one side is qualitative or not applicable


@attrs.frozen
class AlignedPair:
    """The result of :func:`align`: a status, the values in a common unit, and the reason."""

    status: AlignmentStatus
    unit: str
    values: tuple[Decimal, Decimal] | None
    reason: str

    @property
    def comparable(self) -> bool:
        """True when both values could be brought to one unit."""
        return self.values is not None


def _known(number: Decimal | None) -> Decimal:
    assert number is not None  # callers checked that both values are numeric
    return number


def align(first: PrintedValue, second: PrintedValue) -> AlignedPair:
    """Bring two quantities (typically a target and its actual) to one unit, or say why not.

    Multipliers and unit factors are applied (千件 and 万件 are both 件; 厘米 and 米 are 米).
    When exactly one side prints no unit it is read in the other side's printed unit ("80个"
    and "80" are 80 个 each; "≤273万元" and "273" are 273万元 each) and the status says the
    unit was assumed. Different units are :attr:`AlignmentStatus.INCOMPATIBLE`, never converted.
    For a range, its low end is used; see :attr:`PrintedValue.base_upper` for the top.
    """
    for value in (first, second):
        if not isinstance(value, PrintedValue):
            raise WrongTypeError(
                f"align takes two PrintedValue, not {type(value).__name__}", value=value
            )
    if first.magnitude is None or second.magnitude is None:
        odd = first if first.magnitude is None else second
        return AlignedPair(
            AlignmentStatus.NOT_NUMERIC, "", None, f"{odd.text} is {odd.kind.value}, not a number"
        )
    if (first.unit == "" and second.unit != "") or (second.unit == "" and first.unit != ""):
        bare, other = (first, second) if first.unit == "" else (second, first)
        # "273" beside "≤273万元" is 273万元; "5千" beside "0.9万件" keeps its own 千: 5000 件.
        multiplier = bare.multiplier if bare.multiplier != 1 else other.multiplier
        adopted = attrs.evolve(bare, multiplier=multiplier, unit=other.unit)
        a, b = (adopted, other) if bare is first else (other, adopted)
        return AlignedPair(
            AlignmentStatus.ASSUMED_UNIT,
            other.base_unit,
            (_known(a.base_value), _known(b.base_value)),
            f"{bare.text} has no unit; read as {adopted.printed_unit}",
        )
    if first.base_unit != second.base_unit:
        return AlignedPair(
            AlignmentStatus.INCOMPATIBLE,
            "",
            None,
            f"{first.text} is in {first.base_unit} and {second.text} is in {second.base_unit}",
        )
    return AlignedPair(
        AlignmentStatus.SAME_UNIT,
        first.base_unit,
        (_known(first.base_value), _known(second.base_value)),
        "same unit" if first.base_unit else "neither prints a unit",
    )


_MULTIPLIER_WORDS = {v: k for k, v in MULTIPLIERS.items()}
# Multipliers that, printed alone or before a unit with no number, are a unit cell ("万元",
# "百万元"); 十 and 百 alone are numerals ("十件" is ten).
_LONE_MULTIPLIERS = ("万亿", "千万", "百万", "十万", "亿", "万", "千")


def format_value(value: PrintedValue) -> str:
    """Write ``value`` in the canonical printed form that :func:`parse_value` reads back.

    Comparators are written as symbols (≥ ≤ > < = ≈), ranges as "low-high" with the unit after
    the top, tolerances as "±x"; qualitative values as their text; not applicable as "/".

    >>> format_value(parse_value("不低于5千件"))
    '≥5千件'
    >>> format_value(parse_value("90%至100%"))
    '90-100%'
    """
    if not isinstance(value, PrintedValue):
        raise WrongTypeError(
            f"format_value takes a PrintedValue, not {type(value).__name__}", value=value
        )
    if value.kind is ValueKind.QUALITATIVE:
        return normalise(value.text)
    if value.kind is ValueKind.NOT_APPLICABLE:
        return "/"
    assert value.magnitude is not None
    unit = value.printed_unit
    if value.kind is ValueKind.TOLERANCE:
        return f"±{value.magnitude:f}{unit}"
    if value.kind is ValueKind.RANGE:
        assert value.upper is not None
        return f"{value.magnitude:f}-{value.upper:f}{unit}"
    sign = value.comparator.value if value.comparator is not None else ""
    return f"{sign}{value.magnitude:f}{unit}"
