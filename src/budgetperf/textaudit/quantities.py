"""Stage 3, *quantities*: every number of a normalised text, with its unit and scale.

A report prints money in 元, 千元, 万元 and 亿元 (and "亿"/"万" without 元), rates in % and
个百分点, multiples in 倍, and counts with a measure word (人, 个, 辆, 次…). Each printed number
becomes a :class:`Quantity`: its value as printed (sign included), its :class:`Unit`, how many
decimals were printed (the precision every later comparison uses) and its span in the
normalised text. "持平", "无增减", "无变化" and "一致" are a change of exactly zero.

Years, months, days and document numbers ("2023年", "11月", "10号") are not quantities.

The unit table is :data:`UNITS`; a new way of writing a unit is a new row there.

>>> [(q.text, q.unit.name, q.places) for q in find_quantities("支出8,237.23万元,增长5.2%,持平")]
[('8,237.23万元', 'WANYUAN', 2), ('5.2%', 'PERCENT', 1), ('持平', 'ZERO', 0)]
>>> find_quantities("道路建设5.1亿")[0].base == 510_000_000
True
"""

from __future__ import annotations

import enum
import functools
import re
from decimal import Decimal
from typing import Any

import attrs

from budgetperf._decimal import CTX as _CTX
from budgetperf.daxie import parse_daxie
from budgetperf.errors import BudgetPerfError
from budgetperf.textaudit._slots import builder

__all__ = ["LONGEST_NUMBER", "UNITS", "Dimension", "Quantity", "Unit", "find_quantities"]


class Dimension(enum.Enum):
    """What a quantity measures."""

    MONEY = "money"
    PERCENT = "percent"
    POINTS = "points"
    TIMES = "times"
    PER_MILLE = "per mille"  # a rate in thousandths (出生率6.2‰), never compared with a percent
    COUNT = "count"
    ZERO = "zero"  # a zero change in words: 持平, 无增减
    BARE = "bare"  # a number printed without a unit (table cells)


class Unit(enum.Enum):
    """A printed unit: its dimension and, for money, its scale in 元 (a power of ten)."""

    YUAN = ("元", Dimension.MONEY, 0)
    QIANYUAN = ("千元", Dimension.MONEY, 3)
    WANYUAN = ("万元", Dimension.MONEY, 4)
    YIYUAN = ("亿元", Dimension.MONEY, 8)
    WANYIYUAN = ("万亿元", Dimension.MONEY, 12)
    PERCENT = ("%", Dimension.PERCENT, 0)
    POINTS = ("个百分点", Dimension.POINTS, 0)
    TIMES = ("倍", Dimension.TIMES, 0)
    PER_MILLE = ("‰", Dimension.PER_MILLE, 0)
    COUNT = ("", Dimension.COUNT, 0)
    ZERO = ("", Dimension.ZERO, 0)
    BARE = ("", Dimension.BARE, 0)

    def __init__(self, label: str, dimension: Dimension, scale: int) -> None:
        self.label = label
        self.dimension = dimension
        self.scale = scale
        # Asked of every figure many times: kept on the member, since on Python 3.11 each
        # ``Dimension.X`` costs a call of ``EnumType.__getattr__``'s hook (about 250 ns).
        self.is_money = dimension is Dimension.MONEY
        self.counted = dimension in (Dimension.COUNT, Dimension.ZERO)


# Decimal(k) for every power of ten a figure is moved by between two units (a unit's scale, its
# negative, the difference of two): scaleb takes its exponent as a Decimal, and given an int it
# made a new one on every call (about 330 instructions of each, on a share's two inputs and
# every Quantity.base).
_SCALES = {u.scale for u in Unit}
_SHIFTS = {k: Decimal(k) for k in {a - b for a in _SCALES for b in _SCALES}}

#: Printed unit words → unit. "亿"/"万" without 元 are money ("道路建设5.1亿"); 兆 is 万亿 as
#: Taiwan's reports print it ("2兆749億元").
UNITS: dict[str, Unit] = {
    "万亿元": Unit.WANYIYUAN,
    "万亿": Unit.WANYIYUAN,
    "兆元": Unit.WANYIYUAN,
    "兆": Unit.WANYIYUAN,
    "亿元": Unit.YIYUAN,
    "亿": Unit.YIYUAN,
    "万元": Unit.WANYUAN,
    "万": Unit.WANYUAN,
    # "3千万元", "7千多万元": thousands of 万, read as tenths of 亿 (see find_quantities)
    "千万元": Unit.YIYUAN,
    "千多万元": Unit.YIYUAN,
    "千余万元": Unit.YIYUAN,
    "千元": Unit.QIANYUAN,
    "元": Unit.YUAN,
    "%": Unit.PERCENT,
    "个百分点": Unit.POINTS,
    "百分点": Unit.POINTS,
    "倍": Unit.TIMES,
    "‰": Unit.PER_MILLE,
}
# "3千万元", "7千多万元": the unit words of thousands of 万 (one test of each figure's unit word,
# in find_quantities, not two of its characters)
_THOUSANDS_OF_WAN = frozenset(w for w in UNITS if w[0] == "千" and w.endswith("万元"))
#: Measure words of counts.
COUNTERS = (
    # amounts in US dollars ("旅游外汇收入32.2亿美元"): counted apart from amounts in 元 (a kind of
    # their own in COUNTER_KINDS), so never added to them nor set against them
    "亿美元",
    "万美元",
    "美元",
    # counts in tens of thousands ("参保人数28391万人", "受益12.5万人次", "2万户"): a count of its
    # own kind (COUNTER_KINDS), never added to or compared with a count of 人 or 户
    "万人次",
    "万人",
    "万户",
    "人次",
    "批次",
    "架次",  # flights ("保障运输起降1520架次")
    "人",
    "辆",
    "个",
    "项",
    "次",
    "家",
    "台",
    "套",
    "所",
    "名",
    "户",
    "件",
    "篇",
    "条",
    "批",
    "宗",  # cases, transactions ("政府采购18宗")
    "笔",
    "张",  # beds, cards ("床位744张")
)
# Points of a score ("自评得分92分,其中产出指标45分…"): 分 after a number, followed by no
# character of Chinese, or by one of the few words that follow a score ("90分以上", "92分为优",
# "92分,较上年提高3分"); not 分钟, 分成 ("按5:5分成"), 分配, 分局 or another word 分 begins.
_POINTS = (
    "分(?=[^\u4e00-\u9fff]|$|以[上下内]|及以[上下]|[为的和与、及或至到]|左右"
    "|[比较增减提降扣得]|等级)"
)
#: What a measure word counts: persons (人, 名; 人次 too: "受益6655人(家)次。其中:…受益2539人次"),
#: or things, the kind of every other measure word ("政府采购18宗(其中询价采购3次,…)"); 家 and 户
#: count households or bodies, beside persons or things ("受益6655人(家)次…受益7家次"). A count
#: is no part of a count of no kind of its own: persons are no part of "内设机构6个".
COUNTER_KINDS: dict[str, frozenset[str]] = {
    "人": frozenset({"persons"}),
    "名": frozenset({"persons"}),
    "人次": frozenset({"persons"}),
    "家": frozenset({"persons", "things"}),
    "户": frozenset({"persons", "things"}),
    "分": frozenset({"points"}),
    "万人": frozenset({"persons ×10⁴"}),
    "万人次": frozenset({"persons ×10⁴"}),
    "万户": frozenset({"households ×10⁴"}),
    "亿美元": frozenset({"US dollars ×10⁸"}),
    "万美元": frozenset({"US dollars ×10⁴"}),
    "美元": frozenset({"US dollars"}),
}
_THINGS = frozenset({"things"})


def same_kind_of_count(a: Quantity, b: Quantity) -> bool:
    """Whether two counts may count the same kind of thing (COUNTER_KINDS; a count without its
    measure word, or a quantity that is no count, is of any kind)."""
    if not a.counter or not b.counter:
        return True
    return not COUNTER_KINDS.get(a.counter, _THINGS).isdisjoint(
        COUNTER_KINDS.get(b.counter, _THINGS)
    )


def counts_alike(a: Quantity, b: Quantity) -> bool:
    """Whether two counts count things of exactly the same kinds (a share of one in the other
    means something: 户 may count households beside persons, so 586户 is no share of 840764人);
    a count without its measure word is of any kind."""
    if not a.counter or not b.counter:
        return True
    return COUNTER_KINDS.get(a.counter, _THINGS) == COUNTER_KINDS.get(b.counter, _THINGS)


#: Words that state a change of zero.
ZERO_WORDS = ("无增减变化", "无增减", "无变化", "持平", "一致")

_UNIT_ALT = "|".join(sorted(UNITS, key=len, reverse=True))
# What after 万 or 亿 makes it a count, no money ("86万人", "2万户", "10万千瓦"): 人 of 人民币 does
# not ("500万元人民币", the currency named after the unit: part of the figure's print)
_COUNT_AFTER = "人(?!民币)|[个户瓦赫]|美元"
_MONEY_ALT = "|".join(
    sorted((w for w, u in UNITS.items() if u.dimension is Dimension.MONEY), key=len, reverse=True)
)
# A figure: a number with its unit (or measure word), or a zero word. The pattern opens with
# the class of a figure's first character (a sign, a digit, or a zero word's first character),
# which the engine scans the text for directly, trying the rest only where it finds one: one
# finditer, not a search for the class and a match of the figure at each place found (an
# engine call less per figure; finditer over a pattern that opens with no class would try it
# at every position). The rest is read from the character after that one: a sign before a
# digit or a first digit, not after a digit, a letter, "." or "/" (the lookbehinds look past
# the character read), then the number's digits after its first (group "num": find_quantities
# reads the number from the figure's start; each count of digits below leaves out that first
# one: "\d{0,3}" is up to four digits); or a zero word's rest.
# A number with thousands separators runs while a comma is followed by a digit ("1,200," is
# 1,200 before a comma); the groups are possessive and a grouped number never starts right after
# "d,", so a long run of groups is read once, not once per group (no backtracking). Taiwan's
# reports may group by 萬 above the thousands ("1089,0827,000元" is 10,890,827,000元): groups of
# four and a last group of three, read only right before a unit of money. Both grouped forms
# start with up to four digits and a comma before a digit: a number without one (most) is
# passed to the plain form by that one look ahead, not by trying each grouped form's first
# digits four and three ways (the same matches; about an eighth of each figure's match).
# Each optional part of more than one character is written "(?:…|)", not "(…)?" (the same
# matches and groups: the part, else nothing): the engine runs "?" over a group or a sequence
# as a general repeat, whose bookkeeping (and, inside one, every alternation's saved marks)
# was about a quarter of each figure's match; an alternation of the part and nothing has none.
_QUANTITY = re.compile(
    r"[-+\d" + "".join(sorted({w[0] for w in ZERO_WORDS})) + r"]"
    r"(?:(?<![\d.A-Za-z_/].)(?:(?<=[-+])\d|(?<=\d))"
    r"(?P<num>(?=\d{0,3},\d)(?:(?<!\d,\d)\d{0,3}(?:,\d{4})++,\d{3}(?=千?元|万元|亿元)"
    r"|(?<!\d,\d)\d{0,2}(?:,\d{3})++(?:\.\d+|)(?!\d|,\d))|\d*(?:\.\d+|))(?![\d.]\d)"
    rf"(?:(?P<over>[余多](?=(?:{_MONEY_ALT})(?!{_COUNT_AFTER})))|)"
    rf"(?:(?P<unit>{_UNIT_ALT})(?!{_COUNT_AFTER}|(?<=[万亿])元)"
    rf"(?:(?P<over_after>(?<=[万亿兆])[余多]元)|)(?:(?<=[元万亿兆])人民币|)"
    rf"|(?P<counter>{'|'.join(COUNTERS)}|{_POINTS})|)"
    rf"|(?P<zero>{'|'.join(f'(?<={w[0]}){w[1:]}' for w in ZERO_WORDS)}))"
)


# What follows a number that is a date or a document number.
_CJK_CHAR = re.compile(r"[\u3400-\u9fff]")
_NOT_QUANTITY = re.compile(r"[年月日号时]|季度|周岁|-\d|届|级|期")
# A measure after 万 or 亿 ("等级公路1.6万公里", "房屋2,841万平方米", "装机100万千瓦"): a length,
# an area, a weight… in tens of thousands, no amount of money and no figure the audit reads
_MEASURE_AFTER = re.compile(
    r"公里|公斤|公顷|平方|立方|千瓦|千米|千克|吨|亩|座|台|辆|套|册|株|头|只|米|张|床|块|件|间|架"
    # a measure in Latin letters ("4916.97万m", "26.59亿m³", "300万kW", "50万t")
    r"|[a-zA-Z]"
)


class _BaseSlot:
    """Quantity's slot of its value in the base unit (Quantity.base): a slot of a base class,
    as an attrs class has a slot for its fields only (a field would be compared, hashed and
    printed, and taken by the constructor)."""

    __slots__ = ("_base",)
    _base: Decimal


@attrs.frozen
class Quantity(_BaseSlot):
    """One printed quantity.

    ``value`` is the number as printed (thousands separators removed, sign applied) in its own
    ``unit``; ``places`` is how many decimals were printed; ``start``/``end`` its span in the
    normalised text, unit included. Counts and zero words are ``exact`` (no rounding).
    """

    value: Decimal
    unit: Unit
    places: int
    start: int
    end: int
    text: str
    counter: str = ""
    assumed: bool = False  # the unit was not printed; it is read from the figures around it
    #: "405亿9,629万余元", "5000多元": an amount printed cut down to its last digit, with more
    #: (余/多) left unsaid; its span includes the word
    over: bool = False

    @property
    def dimension(self) -> Dimension:
        """What it measures."""
        return self.unit.dimension

    @property
    def exact(self) -> bool:
        """Whether the value stands for itself, not a rounded figure: a count of whole things
        (not one printed with decimals, "93.22分", nor one in tens of thousands, "36.34万人"), a
        zero word, or a printed 0 (a budget prints "0" for nothing spent; a rounded 0.3 would be
        "0.30")."""
        return (
            self.unit.counted and self.places == 0 and not self.counter.startswith("万")
        ) or self.value == 0

    @property
    def base(self) -> Decimal:
        """The value in the dimension's base unit: 元 for money, the value itself otherwise."""
        # Asked of each figure a dozen times by the claims (a list's parts and sums, a share's
        # inputs): kept in a slot of _BaseSlot, no field (eq, hash, repr and evolve see none).
        # find_quantities fills it as it builds a figure; a Quantity made any other way (its
        # constructor, attrs.evolve, a copy) fills it on first use. The object is frozen: the
        # value and unit it was computed from cannot change.
        try:
            return self._base
        except AttributeError:
            base = _in_base_unit(self.value, self.unit)
            object.__setattr__(self, "_base", base)
            return base

    @property
    def half(self) -> Decimal:
        """Half a unit of the last printed digit, in the base unit (0 when exact).

        A figure with 余/多 ("12亿余元") lies between it and one more unit of its last digit,
        not within half a unit either side: its margin is a whole unit, which covers that.
        """
        if (self.unit.counted and self.exact) or self.value == 0:
            return _ZERO
        if self.over:
            return _whole_unit(self.unit.scale - self.places)
        return _half_unit(self.unit.scale - self.places - 1)

    @property
    def is_money(self) -> bool:
        """Whether it is an amount of money."""
        return self.unit.is_money


_ZERO = Decimal(0)


def _in_base_unit(value: Decimal, unit: Unit) -> Decimal:
    """``value`` in ``unit`` moved to its dimension's base unit (Quantity.base)."""
    if unit.scale == 0:
        return value
    return value.scaleb(_SHIFTS[unit.scale], _CTX)


# find_quantities builds every figure of a text (five per 93-byte clause of a dense report):
# the same object as Quantity(…), made as its builder and given its class (see _slots).
_QuantityBuilder = builder(
    Quantity, ("value", "unit", "places", "start", "end", "text", "counter", "assumed", "over")
)


@functools.lru_cache(maxsize=256)
def _half_unit(exponent: int) -> Decimal:
    """5 × 10^exponent (Decimals are immutable: one per exponent is shared)."""
    return Decimal(5).scaleb(exponent, _CTX)


@functools.lru_cache(maxsize=64)
def _whole_unit(exponent: int) -> Decimal:
    """10^exponent."""
    return Decimal(1).scaleb(exponent, _CTX)


# The most characters a figure's number may have: the library context's largest exponent less
# the largest shift between two units, so that every figure read can be moved to its base unit
# (Quantity.base). A longer run of digits (about a million: no report prints one) is left unread,
# and its place given to the caller (the audit reports it: structure.unreadable-figure), instead
# of overflowing the context in the middle of the audit ("1" * 1_000_000 + "万元" raised
# decimal.Overflow, outside the library's errors).
#: The most characters of a number the audit reads (see above).
LONGEST_NUMBER = _CTX.Emax - max(int(shift) for shift in _SHIFTS) - 1


def find_quantities(text: str, too_long: list[tuple[int, int]] | None = None) -> list[Quantity]:
    """Every quantity of a normalised text, in order; linear in its length.

    A number too long to read (more than :data:`LONGEST_NUMBER` characters) is no quantity: its
    ``(start, end)`` in ``text`` (its sign and digits, not its unit) is appended to ``too_long``
    when that list is given.
    """
    out: list[Quantity] = []
    append = out.append
    zero_unit, count_unit, bare_unit = Unit.ZERO, Unit.COUNT, Unit.BARE
    # whether a figure starts where the one before it ends (the only ones _compounds joins)
    adjacent = False
    last_end = -1
    for m in _QUANTITY.finditer(text):
        start, end = m.span()
        # the groups in the pattern's order (one call, not a lookup by name of each); the
        # figure's first character, a sign or its first digit, is before them (see _QUANTITY)
        _rest, over, unit_word, over_after, counter, zero = m.groups()
        if zero is not None:
            append(Quantity(_ZERO, zero_unit, 0, start, end, text[start:end]))
            adjacent = adjacent or start == last_end
            last_end = end
            continue
        first = text[start]
        sign = first if first == "-" or first == "+" else None
        number = text[start if sign is None else start + 1 : m.end(1)]
        before = text[start - 1] if start > 0 else ""
        if before == "第":
            continue  # an ordinal: 第3次
        if (
            number[:1] == "0"
            and number[1:2].isdigit()
            and start > 1
            and before == ","
            and text[start - 2].isdigit()
        ):
            continue  # "1271162,000元": a group of a number whose grouping is broken, no figure
        if (unit_word == "万" or unit_word == "亿") and _MEASURE_AFTER.match(text, end):
            continue
        if unit_word is None and counter is None:
            follow = text[end : end + 2]
            if _NOT_QUANTITY.match(follow):
                continue
            if before and before in "〔[【":
                continue  # the year of a document number: 财预〔2020〕10号
            if (follow[:1] == "、" and len(number) <= 2) or (before == "(" and follow[:1] == ")"):
                continue  # a list marker: "1、", "(1)" (not "分别完成7234、9305、…万元")
            if follow[:1] == "." and _CJK_CHAR.match(follow[1:2]):
                continue  # a list marker: "1.因公出国"
        if len(number) > LONGEST_NUMBER:
            if too_long is not None:
                too_long.append((start, m.end(1)))
            continue  # (a million digits: see LONGEST_NUMBER)
        digits = number.replace(",", "") if "," in number else number
        value = Decimal(digits)
        if sign == "-":
            value = value.copy_negate()
        if unit_word is not None:
            unit = UNITS[unit_word]
        elif counter is not None:
            unit = count_unit
        else:
            unit = bare_unit
        dot = digits.find(".")  # the decimals printed
        places = 0 if dot < 0 else len(digits) - dot - 1
        if unit_word in _THOUSANDS_OF_WAN:
            # "7千多万元" is 0.7亿元 printed to its tenth ("74亿7千多万元" joins as 74.7亿元):
            # its precision is a 千万, which 7000万元 would not say
            value = value.scaleb(-1, _CTX)
            places += 1
            over = over or (unit_word[1] if unit_word[1] != "万" else None)
        # Quantity(value, unit, places, start, end, text, counter, False, over), built in place
        # as its builder (see above; no call per field)
        q: Any = _QuantityBuilder()
        q.value = value
        q.unit = unit
        q.places = places
        q.start = start
        q.end = end
        q.text = text[start:end]
        q.counter = counter or ""
        q.assumed = False
        q.over = over is not None or over_after is not None
        q._base = _in_base_unit(value, unit)
        q.__class__ = Quantity
        append(q)
        adjacent = adjacent or start == last_end
        last_end = end
    if _CN_AMOUNT_YUAN.search(text) is not None:
        out = _with_chinese_amounts(text, out)
    return _compounds(out) if adjacent else out


# An amount in Chinese numerals ("決算數九千一百二十一萬三千九百三十五元", the usual way of a
# Taiwanese 總決算's prose): read by the rules of 大写 (budgetperf.daxie), the characters
# mapped one for one; found from its 元 backwards, at most _CN_LONGEST characters.
_CN_NUMERALS = "〇○零一二两三四五六七八九十廿卅百千万亿"
#: the end of one: a numeral digit, at most three units (三百万元), 元; not the unit word of a
#: figure in digits ("1万元": its 万 is no numeral), found without a Python step per figure
_CN_DIGIT_CLASS = "[〇○零一二两三四五六七八九十廿卅]"
_CN_UNIT_CLASS = "[百千万亿]"
_CN_AMOUNT_END = re.compile(f"{_CN_DIGIT_CLASS}{_CN_UNIT_CLASS}{{0,3}}元")
# The same end found from its 元, whether a text has one: the engine scans for one character
# (about eight times faster than for any of eleven numerals, common characters of the text).
_CN_AMOUNT_YUAN = re.compile(
    "元(?:" + "|".join(f"(?<={_CN_DIGIT_CLASS}{_CN_UNIT_CLASS}{{{k}}}元)" for k in range(4)) + ")"
)
_CN_TO_DAXIE = str.maketrans("〇零一二两三四五六七八九十百千", "零零壹贰贰叁肆伍陆柒捌玖拾佰仟")
_CN_FIRST = frozenset("一二两三四五六七八九十廿卅")
_NUMERAL_SET = frozenset(_CN_NUMERALS)
#: numerals that write a figure digit by digit ("一一〇萬元" is 110万元)
_CN_DIGIT_CHARS = frozenset("〇一二三四五六七八九")
_CN_TO_DIGITS = str.maketrans("〇一二三四五六七八九", "0123456789")
_CN_UNIT_CHARS = frozenset("十百千万亿")
#: before 十 and a unit, a word that makes them no figure: 几十万元, 数十万元, 上十万元
_CN_NOT_AFTER = frozenset("几数上成近")
_CN_LONGEST = 24
#: the ways of writing numerals that 大写 has no twin for, read as the usual ones: 廿 (二十) and
#: 卅 (三十) as Macau's and Hong Kong's papers print them ("廿一億四千三百萬元"), and a white
#: circle for 〇 ("一千○一十六億七千萬元")
_CN_SPELLED_OUT = str.maketrans({"廿": "二十", "卅": "三十", "○": "〇"})
#: a decimal point between numerals ("六百一十一‧三億元", "十五點四億元", "一百三十四·六億元")
_CN_POINTS = frozenset("点‧·")
_CN_UNITS = {"万": Unit.WANYUAN, "亿": Unit.YIYUAN}
_TEN_THOUSAND_YI = Decimal(10000)  # 亿 in a 万亿


def _with_chinese_amounts(text: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` with the amounts written in Chinese numerals, in order of place.

    A run of numerals is an amount when it opens with a digit (or 十), holds a unit (十百千万
    亿), is at least two characters long and is written by the rules of 大写 once each
    character is mapped to its 大写 twin ("九千一百二十一万三千九百三十五" → 玖仟壹佰贰拾壹万
    叁仟玖佰叁拾伍): 万 twice ("八百八十七万八千九百三十五万元") states no amount and is no
    figure. A final 万 or 亿 before 元 is the unit ("三百万元" is 300 万元, "一亿二千万元"
    12000 万元), as for digits; the value is printed to its last written place (places 0).
    A group between 亿 and 万 may be written digit by digit, as Taiwan's news prints amounts
    ("三八六億二二五五萬九千元", "一一〇萬元"); such numerals without a unit must be three or
    more ("一二元" is no figure).
    """
    numerals = _CN_NUMERALS
    added: list[Quantity] = []
    for m in _CN_AMOUNT_END.finditer(text):
        end = m.end()  # after 元
        start = end - 1  # at 元: walk back over the numerals
        floor = max(0, start - _CN_LONGEST)
        while start > floor and text[start - 1] in numerals:
            start -= 1
        run = text[start : end - 1].translate(_CN_SPELLED_OUT)
        if start == floor and start > 0 and text[start - 1] in numerals:
            continue  # longer than any amount
        before = text[start - 1] if start > 0 else ""
        if before in _CN_POINTS and run:
            # "六百一十一‧三億元", "十五點四億元": the digits after a decimal point, and the
            # numerals before it
            decimal = _decimal_numerals(text, start, run, floor)
            if decimal is not None:
                added.append(decimal)
            continue
        if not run or run[0] not in _CN_FIRST:
            continue  # "千元", "3万一千元": no amount in numerals opens here
        if before.isdigit() or before == "第":
            continue
        if len(run) < 2 or (
            not _CN_UNIT_CHARS.intersection(run)
            and (len(run) < 3 or not _CN_DIGIT_CHARS.issuperset(run))
        ):
            continue  # "一元化", "二元结构", "一二元" (one or two); "二〇五元" is a figure
        if run[0] == "十" and run[1] not in _CN_FIRST and before in _CN_NOT_AFTER:
            continue  # "几十万元", "数十万元": no figure; "决算数十五万元" is one
        yuan = _numerals_yuan(run)
        if yuan is None:
            continue
        unit = _CN_UNITS.get(run[-1], Unit.YUAN)
        added.append(
            Quantity(
                Decimal(yuan).scaleb(-unit.scale, _CTX).to_integral_value(context=_CTX),
                unit,
                0,
                start,
                end,
                text[start:end],
            )
        )
    if not added:
        return found
    return sorted([*found, *added], key=lambda q: q.start)


def _decimal_numerals(text: str, start: int, run: str, floor: int) -> Quantity | None:
    """The amount whose decimals ``run`` writes after the point at ``start`` − 1 ("三億" of
    "六百一十一‧三億元" is 611.3亿元): the decimals digit by digit, then the unit (万, 亿 or
    none), after a whole number in numerals without 万 or 亿 (read as :func:`_numerals_yuan`
    reads one); None when either is not so written (no figure: the decimals alone are none)."""
    unit = _CN_UNITS.get(run[-1], Unit.YUAN)
    decimals = run[:-1] if unit is not Unit.YUAN else run
    if not decimals or not _CN_DIGIT_CHARS.issuperset(decimals):
        return None
    point = start - 1
    first = point
    while first > floor and text[first - 1] in _NUMERAL_SET:
        first -= 1
    if first == floor and first > 0 and text[first - 1] in _NUMERAL_SET:
        return None  # longer than any amount
    whole = text[first:point].translate(_CN_SPELLED_OUT)
    ahead = text[first - 1] if first > 0 else ""
    if ahead.isdigit() or ahead == "第" or "万" in whole or "亿" in whole:
        return None  # ("第三点五万元": a point numbered, not a decimal one)
    if whole in ("零", "〇"):
        value: int | None = 0  # "零点五亿元"
    elif not whole or whole[0] not in _CN_FIRST:
        return None
    else:
        value = _numerals_yuan(whole)
    if value is None:
        return None
    digits = decimals.translate(_CN_TO_DIGITS)
    end = start + len(run) + 1  # after 元
    return Quantity(Decimal(f"{value}.{digits}"), unit, len(digits), first, end, text[first:end])


def _numerals_yuan(run: str) -> int | None:
    """The amount in 元 of numerals split by 亿 and 万 into groups, each written with units
    ("九千一百二十一", read by :func:`budgetperf.daxie.parse_daxie` once mapped to 大写) or
    digit by digit ("二二五五", as Taiwan's news prints them: "三八六億二二五五萬九千元"); None
    when a group is neither, or 亿 or 万 comes twice (the amount is not stated)."""
    high, yi, rest = run.partition("亿")
    if not yi:
        high, rest = "", run
    middle, wan, low = rest.partition("万")
    if not wan:
        middle, low = "", rest
    if "亿" in rest or "万" in low:
        return None
    total = 0
    for group, scale in ((high, 10**8), (middle, 10**4), (low, 1)):
        if not group:
            continue
        if _CN_DIGIT_CHARS.issuperset(group):
            value = int(group.translate(_CN_TO_DIGITS))
        else:
            body = group.lstrip("零〇")
            body = "一" + body if body[:1] == "十" else body  # 十五: 大写 writes 壹拾伍
            try:
                value = int(parse_daxie(body.translate(_CN_TO_DAXIE) + "元整"))
            except BudgetPerfError:
                return None
        if scale < 10**8 and value >= 10**4:
            return None  # a group under 亿 or 万 holds four digits at most
        total += value * scale
    return total


def unit_word(q: Quantity, cut: bool = False) -> str:
    """The word a value in ``q``'s unit is printed with, as ``q`` prints it: what follows its
    last digit ("万元" of "405亿9,629万元", "人" of "18人"), or the unit's own label when that
    is no word of its unit ("千万元" of "74亿7千多万元", read in 亿元) or there is no digit (an
    amount in Chinese numerals). Without 余/多, unless ``cut`` (a value cut down as ``q`` is:
    "万余元" of "215亿4984万余元")."""
    text = q.text
    k = len(text)
    while k and not "0" <= text[k - 1] <= "9":
        k -= 1
    if k == 0 or (text[k : k + 1] == "千" and q.unit is not Unit.QIANYUAN):
        label = q.unit.label
        return label[:-1] + "余" + label[-1:] if cut and q.over and label else label
    word = text[k:]
    return word if cut else word.replace("余", "").replace("多", "")


def numeral_value(run: str) -> int | None:
    """The value of a number written in Chinese numerals ("三", "十二", "两"), as
    :func:`_numerals_yuan` reads an amount's; None when it is not one."""
    if not run or not set(run) <= _NUMERAL_SET:
        return None
    return _numerals_yuan(run.translate(_CN_SPELLED_OUT))


def _compounds(found: list[Quantity]) -> list[Quantity]:
    """Amounts printed in parts of descending units read as one: "95亿2,401万2千元" is
    9,524,012千元, "2兆749亿元" 20,749亿元. A part is an integer whose unit word has no 元,
    followed at once by the next part in a smaller unit."""
    out: list[Quantity] = []
    for q in found:
        if out:
            head = out[-1]
            if (
                head.end == q.start
                and head.text.endswith("万")
                and head.unit is Unit.WANYUAN
                and q.unit is Unit.YIYUAN
                and head.places == 0
                and head.value > 0
                and q.value >= 0
                and q.value < _TEN_THOUSAND_YI
            ):
                # "3万4993.1亿元" (as Singapore's papers print it): 3 万亿 and 4993.1 亿, read
                # in 亿 as "2兆749亿元" is
                out[-1] = Quantity(
                    _CTX.add(_CTX.multiply(head.value, _TEN_THOUSAND_YI), q.value),
                    q.unit,
                    q.places,
                    head.start,
                    q.end,
                    head.text + q.text,
                )
                continue
            if (
                head.end == q.start
                and head.is_money
                and q.is_money
                and head.places == 0
                and head.value > 0
                and not head.text.endswith("元")
                and head.unit.scale >= q.unit.scale  # "74亿" + "7千多万元" (0.7亿元)
                and q.value >= 0
                # (10 to the power, in the library's context: never the caller's)
                and q.value < Decimal(1).scaleb(head.unit.scale - q.unit.scale, _CTX)
            ):
                value = _CTX.add(head.value.scaleb(head.unit.scale - q.unit.scale, _CTX), q.value)
                out[-1] = Quantity(
                    value,
                    q.unit,
                    q.places,
                    head.start,
                    q.end,
                    head.text + q.text,
                    "",
                    q.assumed,
                    q.over,
                )
                continue
        out.append(q)
    return out
