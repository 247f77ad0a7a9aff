"""人民币大写: amounts in 元 written in Chinese uppercase numerals, and read back.

The rules are those of the People's Bank of China, 《支付结算办法》附件一《正确填写票据和结算凭证的
基本规定》: the digits 零壹贰叁肆伍陆柒捌玖, the units 拾佰仟万亿 and 元角分, 整 (or 正) to close an
amount that has no 分, 零 for zeros inside the number, and 壹拾 (never a bare 拾) at the front.

Where the rules allow more than one spelling, the canonical form is the first spelling the
official examples give:

* **整** after 元 (``壹拾万元整``), not after 角 (``壹仟肆佰零玖元伍角``), never after 分.
* **Optional 零.** A run of zeros inside the number is one 零. Where the rules make it optional
  (the run ends at the 元 place and the 角 is not 0; or it ends at the 万 place, and by the same
  reasoning the 亿 or 万亿 place, and the digit below is not 0), the 零 is written at the 元
  place; at 万, 亿 and 万亿 it is left out when the zeros are the tail of that four-digit group
  and written when they fill the whole group, as Chinese numbers are read (每级末尾的零不读,
  but a group of zeros is read 零): ``壹仟陆佰捌拾元零叁角贰分``, ``壹拾万柒仟元零伍角叁分``,
  ``壹拾亿壹仟万元整``, ``壹亿零壹仟元整``.
* **Less than one 元** is written without ``零元``: ``伍角``, ``伍分``. Zero is ``零元整``.
* **Negative amounts** (not part of the rules) start with 负; with ``prefix=True`` 人民币 comes
  first: ``人民币负壹元整``.

Above 万 the units repeat: 万 groups four digits, 亿 eight, and the part above 亿 is itself written
with 万 (10¹² 元 is ``壹万亿元整``). Amounts of 10¹⁶ 元 (壹亿亿) or more are refused.

:func:`parse_daxie` reads every spelling the rules allow (see its docstring), and nothing else.

>>> to_daxie(Decimal("1409.50"))
'壹仟肆佰零玖元伍角'
>>> to_daxie("107000.53")
'壹拾万柒仟元零伍角叁分'
>>> to_daxie(100000, prefix=True)
'人民币壹拾万元整'
>>> to_daxie("1.005", rounding=Rounding.HALF_UP)
'壹元零壹分'
>>> parse_daxie("人民币壹仟肆佰零玖元伍角")
Decimal('1409.50')
>>> parse_daxie("貳萬陸仟圓正")
Decimal('26000.00')
>>> is_valid_daxie("叁佰贰拾伍元肆分")  # the 零 after 元 is required here
False

All the work is done on whole numbers of 分 (Python ints): the caller's decimal context is never
read, so the results do not depend on it.
"""

from __future__ import annotations

import itertools
import re
from decimal import Decimal

from budgetperf._decimal import CTX
from budgetperf.errors import (
    BudgetPerfError,
    Location,
    OutOfRangeError,
    ParseError,
    RoundingRequired,
    WrongTypeError,
)
from budgetperf.exact import Rounding, round_to, to_decimal

__all__ = [
    "is_valid_daxie",
    "parse_daxie",
    "to_daxie",
]

_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_DIGIT_VALUE = {ch: i for i, ch in enumerate(_DIGITS)}
_SMALL_UNITS = ("", "拾", "佰", "仟")
_SMALL_UNIT_VALUE = {"拾": 10, "佰": 100, "仟": 1000}
# Places (powers of ten of 元) that end a 4-digit group: 元, 万, 亿, 万亿. A run of zeros that ends
# at one of them, with a non-zero digit right below, may be written with or without its 零.
_GROUP_PLACES = frozenset({0, 4, 8, 12})
#: Amounts must be below 10**16 元 (壹亿亿元), i.e. 10**18 分.
_LIMIT_FEN = 10**18

_PREFIX = "人民币"
_MINUS = "负"
_BODY_CHARS = frozenset(_DIGITS + "拾佰仟万亿元角分整")
# Traditional and variant characters the rules say must be accepted, folded to the canonical ones.
_FOLD = str.maketrans(
    {
        "貳": "贰",
        "參": "叁",
        "叄": "叁",
        "陸": "陆",
        "萬": "万",
        "億": "亿",
        "圓": "元",
        "圆": "元",
        "正": "整",
        "幣": "币",
        "負": "负",
    }
)
_LOWER = "〇一二三四五六七八九十百千"
_FORBIDDEN = {
    **dict.fromkeys(_LOWER, "lower-case numerals are not allowed; write 壹贰叁…拾佰仟"),
    "两": "两 is not allowed; write 贰",
    "兩": "兩 is not allowed; write 贰",
    "廿": "廿 is not allowed; write 贰拾",
    "念": "念 is not allowed; write 贰拾",
    "卅": "卅 is not allowed; write 叁拾",
    "毛": "毛 is not allowed; write 角",
    "另": "另 is not allowed; write 零",
    "块": "块 is not allowed; write 元",
}
_NONZERO = "[壹贰叁肆伍陆柒捌玖]"
_FRACTION = re.compile(f"零?(?:({_NONZERO})角)?零?(?:({_NONZERO})分)?(整)?")


def _group_unit(yuan: int, place: int) -> str:
    """The unit written after the digit at ``place`` (a power of ten of 元), if a group ends."""
    if place == 12 and yuan // 10**12 % 10**4:
        return "万"
    if place == 8 and yuan // 10**8:
        return "亿"
    if place == 4 and yuan // 10**4 % 10**4:
        return "万"
    if place == 0 and yuan:
        return "元"
    return ""


def _pieces(fen: int) -> list[tuple[str, bool, bool]]:
    """Spell ``0 <= fen < 10**18`` 分 as pieces ``(text, optional, canonical)``.

    Every piece that is not optional, plus any choice of the optional ones, is a form the rules
    allow; the canonical form takes the pieces marked ``canonical``. The optional pieces are the
    零 of a zero run ending at a group place (元, 万, 亿, 万亿) with a non-zero digit below it,
    and the 整 after 角. The canonical form writes the optional 零 at the 元 place only, and no 整
    after 角: the first of the official examples' spellings.
    """
    if fen == 0:
        return [("零元整", False, True)]
    yuan = fen // 100
    pieces: list[tuple[str, bool, bool]] = []
    seen_digit = False
    in_zero_run = False
    run_top = 0  # the highest place of the current run of zeros
    for place in range(15, -3, -1):  # 10**15 元 down to 分 (place -2)
        digit = fen // 10 ** (place + 2) % 10
        if digit == 0:
            if seen_digit and not in_zero_run:
                run_top = place
            in_zero_run = seen_digit
        else:
            if in_zero_run:
                # The run ended at place + 1: one 零, optional if that is a group place. The
                # canonical form writes it at 元, and at 万/亿/万亿 only when the run is more
                # than the tail of that group (a group of zeros is read 零: 壹亿零壹仟).
                end = place + 1
                optional = end in _GROUP_PLACES
                tail_only = end > 0 and run_top < end + 3 and run_top // 4 == end // 4
                pieces.append(("零", optional, not optional or not tail_only))
                in_zero_run = False
            unit = _SMALL_UNITS[place % 4] if place >= 0 else "角" if place == -1 else "分"
            pieces.append((_DIGITS[digit] + unit, False, True))
            seen_digit = True
        group_unit = _group_unit(yuan, place)
        if group_unit:
            pieces.append((group_unit, False, True))
    if fen % 10 == 0:
        # No 分: 整 closes the amount; required after 元, optional after 角.
        after_jiao = fen % 100 != 0
        pieces.append(("整", after_jiao, not after_jiao))
    return pieces


def _canonical(fen: int) -> str:
    return "".join(text for text, _, canonical in _pieces(fen) if canonical)


def _spellings(fen: int) -> set[str]:
    """Every form the rules allow for ``0 <= fen < 10**18`` 分 (canonical characters, no sign)."""
    choices = [(text, "") if optional else (text,) for text, optional, _ in _pieces(fen)]
    forms = {"".join(choice) for choice in itertools.product(*choices)}
    if 0 < fen < 100:
        # Less than one 元 may also be written after 零元; when 角 is 0, 零元零伍分 is what the
        # rule "零 after 元 when 角 is 0 and 分 is not" literally asks for.
        forms |= {"零元" + form for form in forms}
        if fen < 10:
            forms.add("零元零" + _canonical(fen))
    return forms


def _fen_of(number: Decimal) -> int | None:
    """``number`` as a whole number of 分, or None if it has a non-zero digit below 分."""
    sign, digits, exponent = number.as_tuple()
    assert isinstance(exponent, int), number  # to_decimal lets only finite numbers through
    coefficient = int("".join(map(str, digits)))
    shift = exponent + 2
    fen: int
    if shift >= 0:
        fen = coefficient * 10**shift
    else:
        divisor: int = 10**-shift
        fen, rest = divmod(coefficient, divisor)
        if rest:
            return None
    return -fen if sign else fen


def to_daxie(
    value: Decimal | int | str,
    *,
    rounding: Rounding | None = None,
    prefix: bool = False,
) -> str:
    """Write the amount ``value`` (in 元) in 人民币大写, in the canonical form.

    ``value`` goes through :func:`~budgetperf.exact.to_decimal`, so a ``float`` raises
    :class:`~budgetperf.errors.NotDecimalError`. An amount that needs more than two decimals
    (judged by value: ``Decimal('1.230')`` is fine, ``Decimal('1.235')`` is not) raises
    :class:`~budgetperf.errors.RoundingRequired` unless ``rounding`` is given, in which case it
    is first rounded to 分 with :func:`~budgetperf.exact.round_to`. ``|value| >= 10**16``
    (after rounding) raises :class:`~budgetperf.errors.OutOfRangeError`.

    A negative amount starts with 负 (negative zero is 零元整); ``prefix=True`` puts 人民币
    in front of everything.

    >>> to_daxie(Decimal("325.04"))
    '叁佰贰拾伍元零肆分'
    >>> to_daxie("-0.5", prefix=True)
    '人民币负伍角'
    >>> to_daxie(10**12)
    '壹万亿元整'
    >>> to_daxie(Decimal("1.235"))
    Traceback (most recent call last):
    ...
    budgetperf.errors.RoundingRequired: 大写 stops at 分; pass rounding=: Decimal('1.235')
    """
    if rounding is not None and not isinstance(rounding, Rounding):
        raise WrongTypeError(
            f"rounding must be a Rounding or None, not {type(rounding).__name__}", value=rounding
        )
    if not isinstance(prefix, bool):
        raise WrongTypeError(f"prefix must be a bool, not {type(prefix).__name__}", value=prefix)
    number = to_decimal(value)
    if any(number.as_tuple().digits) and number.adjusted() >= 16:
        raise OutOfRangeError("大写 amounts must be below 10**16 元 (壹亿亿元)", value=value)
    fen = _fen_of(number)
    if fen is None:
        if rounding is None:
            raise RoundingRequired("大写 stops at 分; pass rounding=", value=value)
        fen = _fen_of(round_to(number, 2, rounding))
        assert fen is not None
    if not -_LIMIT_FEN < fen < _LIMIT_FEN:
        raise OutOfRangeError(
            "大写 amounts must be below 10**16 元 (壹亿亿元), after rounding", value=value
        )
    text = (_MINUS if fen < 0 else "") + _canonical(abs(fen))
    return _PREFIX + text if prefix else text


def _check_characters(body: str, text: str, where: Location | None) -> None:
    for ch in body:
        if ch in _BODY_CHARS:
            continue
        if ch in _FORBIDDEN:
            reason = _FORBIDDEN[ch]
        elif ch.isdigit():
            reason = "Arabic digits are not allowed in 大写"
        elif ch.isspace():
            reason = "white space inside the amount"
        elif ch == _MINUS:
            reason = "负 must come first (after 人民币, if any)"
        else:
            reason = f"unexpected character {ch!r}"
        raise ParseError(reason, value=text, location=where)


def _read_yuan(digits: str, text: str, where: Location | None) -> int:
    """Read the part before 元 by value; the exact spelling (the 零) is checked afterwards.

    The units must come in order (仟佰拾 falling inside a group, 万 at most once below 亿 and
    once above it, 亿 once), so the value read is one the text states: a text such as
    壹万贰万元整 or 壹佰贰仟元整 is refused here, never read as the sum of its parts.
    """

    def fail(reason: str) -> ParseError:
        return ParseError(reason, value=text, location=where)

    above_yi = 0  # the amount closed by 亿
    below_yi = 0  # the amount closed by 万 since then
    group = 0  # the amount closed by 拾佰仟 since then
    pending: int | None = None  # a digit waiting for its unit
    seen_yi = False
    seen_wan = False  # 万 since the last 亿 (or the start)
    last_small = ""  # the last of 拾佰仟 in the current group
    for ch in digits:
        if ch == "零":
            if pending is not None:
                raise fail("零 right after a digit")
        elif ch in _DIGIT_VALUE:
            if pending is not None:
                raise fail("two digits without a unit between them")
            pending = _DIGIT_VALUE[ch]
        elif ch in _SMALL_UNIT_VALUE:
            if pending is None:
                raise fail(f"{ch} without a digit before it (write 壹{ch})")
            if last_small and _SMALL_UNIT_VALUE[ch] >= _SMALL_UNIT_VALUE[last_small]:
                raise fail(f"{ch} after {last_small}: the units are out of order")
            group += pending * _SMALL_UNIT_VALUE[ch]
            pending, last_small = None, ch
        elif ch == "万":
            if seen_wan:
                after = " after 亿" if seen_yi else ""
                raise fail(f"万 more than once{after}: the amount is not stated")
            if pending is None and group == 0:
                raise fail("万 without a digit before it")
            below_yi += (group + (pending or 0)) * 10**4
            group, pending, seen_wan, last_small = 0, None, True, ""
        elif ch == "亿":
            if seen_yi:
                raise fail("亿 more than once")
            if pending is None and group == 0 and below_yi == 0:
                raise fail("亿 without a digit before it")
            above_yi = (below_yi + group + (pending or 0)) * 10**8
            below_yi, group, pending, seen_yi = 0, 0, None, True
            seen_wan, last_small = False, ""
        else:
            raise fail(f"{ch} before 元")
    return above_yi + below_yi + group + (pending or 0)


def parse_daxie(text: str, *, where: Location | None = None) -> Decimal:
    """Read a 人民币大写 amount; return it in 元 with exactly two decimals.

    Accepted: every spelling the rules allow, not only the canonical one: the optional 零 (when
    the 万, 亿 or 元 place is 0 but the place below is not) written or left out; 整 or 正 after
    元 (required) and after 角 (optional); ``零元伍分``, ``零元零伍分`` and ``伍分`` alike for
    less than one 元. Also: a leading 人民币, then 负 for a negative amount; the traditional
    characters 貳 參 叄 陸 萬 億 圓 (and 圆) for 贰 叁 叁 陆 万 亿 元; white space around the text.

    Anything else raises :class:`~budgetperf.errors.ParseError` quoting the text and ``where``:
    lower-case numerals (一 二 十 …), 两 廿 毛 另, Arabic digits, a missing 元 or 整, 整 after
    分, a missing required 零 (``叁佰贰拾伍元肆分``), two 零 in a row, a bare leading 拾, units
    repeated or out of order (壹万贰万元整 is refused, not read as 30000), 负 before zero, amounts
    of 10**16 元 or more and empty text. A value that is not a ``str`` raises
    :class:`~budgetperf.errors.WrongTypeError` (a ``TypeError``).

    >>> parse_daxie("壹拾万柒仟元零伍角叁分")
    Decimal('107000.53')
    >>> parse_daxie("人民币负零元伍分")
    Decimal('-0.05')
    >>> parse_daxie("壹仟肆佰零玖元伍角叁分整")
    Traceback (most recent call last):
    ...
    budgetperf.errors.ParseError: 整 must not follow 分: '壹仟肆佰零玖元伍角叁分整'
    """
    if not isinstance(text, str):
        raise WrongTypeError(
            f"parse_daxie takes text, not {type(text).__name__}", value=text, location=where
        )

    def fail(reason: str) -> ParseError:
        return ParseError(reason, value=text, location=where)

    body = text.strip().translate(_FOLD)
    if not body:
        raise fail("empty text")
    body = body.removeprefix(_PREFIX)
    negative = body.startswith(_MINUS)
    body = body.removeprefix(_MINUS)
    if negative and body.startswith(_PREFIX):
        raise fail("人民币 must come before 负")
    if not body:
        raise fail("no amount")
    _check_characters(body, text, where)

    yuan_text, sep, fraction_text = body.partition("元")
    if not sep:
        yuan_text, fraction_text = "", body
    elif not yuan_text:
        raise fail("元 without an amount before it")
    elif "元" in fraction_text:
        raise fail("元 more than once")
    match = _FRACTION.fullmatch(fraction_text)
    if match is None:
        if not sep:
            raise fail("not an amount: 元 is missing")
        raise fail(f"malformed 角/分 part {fraction_text!r}")
    jiao, fen_digit, _ = match.groups()
    yuan = _read_yuan(yuan_text, text, where)
    if yuan * 100 >= _LIMIT_FEN:
        raise fail("大写 amounts must be below 10**16 元 (壹亿亿元)")
    fen = yuan * 100
    if jiao:
        fen += _DIGIT_VALUE[jiao] * 10
    if fen_digit:
        fen += _DIGIT_VALUE[fen_digit]

    if body not in _spellings(fen):
        if "零零" in body:
            raise fail("two 零 in a row")
        if body.endswith("分整"):
            raise fail("整 must not follow 分")
        amount = Decimal(fen).scaleb(-2, CTX)
        raise fail(f"not written by the rules ({amount} is written {_canonical(fen)})")
    if negative and fen == 0:
        raise fail("负 before a zero amount")
    return Decimal(-fen if negative else fen).scaleb(-2, CTX)


def is_valid_daxie(text: object) -> bool:
    """Tell whether :func:`parse_daxie` would accept ``text``; never raises.

    >>> is_valid_daxie("壹拾元整"), is_valid_daxie("拾元整"), is_valid_daxie(10)
    (True, False, False)
    """
    if not isinstance(text, str):
        return False
    try:
        parse_daxie(text)
    except BudgetPerfError:
        return False
    return True
