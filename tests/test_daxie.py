"""Tests for budgetperf.daxie: 人民币大写 amounts, written and read.

Expected texts are written by hand from the rules (中国人民银行《支付结算办法》附件一); the property
tests compare with a small oracle written here, independently of the module's code.
"""

from __future__ import annotations

import decimal
import re
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from budgetperf.daxie import is_valid_daxie, parse_daxie, to_daxie
from budgetperf.errors import (
    Location,
    NotDecimalError,
    OutOfRangeError,
    ParseError,
    RoundingRequired,
    WrongTypeError,
)
from budgetperf.exact import Rounding
from budgetperf.testing import hostile_context

# --------------------------------------------------------------------------------------------
# An independent oracle: split recursively at 亿, 万, 仟, 佰, 拾 and put one 零 where the low half
# does not reach the place just below the unit (zeros at the end of a 万/亿 section are not
# read, 每节末尾的零不读: the canonical choice for the optional 零 above 元).

_D = "零壹贰叁肆伍陆柒捌玖"


def oracle_integer(n: int) -> str:
    """The canonical spelling of 1 <= n < 10**16 元, without 元."""
    if n < 10:
        return _D[n]
    for size, unit in ((10**8, "亿"), (10**4, "万"), (1000, "仟"), (100, "佰"), (10, "拾")):
        if n >= size:
            high, low = divmod(n, size)
            text = oracle_integer(high) + unit
            if low:
                # 零 where the low half does not reach the place below the unit, and where a
                # whole 亿 group is empty under 万亿 (壹万亿零壹仟万: a group of zeros is read).
                if low < size // 10 or (unit == "亿" and high % 10**4 == 0):
                    text += "零"
                text += oracle_integer(low)
            return text
    raise AssertionError(n)  # pragma: no cover


def oracle_amount(fen: int) -> str:
    """The canonical spelling of 0 <= fen < 10**18 分."""
    if fen == 0:
        return "零元整"
    yuan, jiao, fen_digit = fen // 100, fen // 10 % 10, fen % 10
    head = oracle_integer(yuan) + "元" if yuan else ""
    if jiao == 0 and fen_digit == 0:
        return head + "整"
    if jiao == 0:
        return head + ("零" if yuan else "") + _D[fen_digit] + "分"
    zero = "零" if yuan % 10 == 0 and yuan else ""
    tail = _D[fen_digit] + "分" if fen_digit else ""
    return head + zero + _D[jiao] + "角" + tail


def fen_of(amount: Decimal) -> int:
    return int(amount.scaleb(2))


def test_oracle_itself() -> None:
    assert oracle_integer(1409) == "壹仟肆佰零玖"
    assert oracle_integer(107000) == "壹拾万柒仟"
    assert oracle_integer(1000500) == "壹佰万零伍佰"
    assert oracle_integer(100000001) == "壹亿零壹"
    assert oracle_integer(10**12 + 10**4) == "壹万亿零壹万"
    assert oracle_integer(10**12 + 10**7) == "壹万亿零壹仟万"
    assert oracle_integer(10**12 + 10**8) == "壹万零壹亿"
    assert oracle_amount(168032) == "壹仟陆佰捌拾元零叁角贰分"
    assert oracle_amount(5) == "伍分"


# --------------------------------------------------------------------------------------------
# The official examples, both directions.

# (amount, canonical form, other forms the rules allow)
OFFICIAL = [
    ("1409.50", "壹仟肆佰零玖元伍角", ["壹仟肆佰零玖元伍角整", "壹仟肆佰零玖元伍角正"]),
    ("6007.14", "陆仟零柒元壹角肆分", []),
    ("1680.32", "壹仟陆佰捌拾元零叁角贰分", ["壹仟陆佰捌拾元叁角贰分"]),
    (
        "107000.53",
        "壹拾万柒仟元零伍角叁分",
        ["壹拾万零柒仟元零伍角叁分", "壹拾万零柒仟元伍角叁分", "壹拾万柒仟元伍角叁分"],
    ),
    ("16409.02", "壹万陆仟肆佰零玖元零贰分", []),
    ("325.04", "叁佰贰拾伍元零肆分", []),
    ("100000", "壹拾万元整", ["壹拾万元正"]),
]


@pytest.mark.parametrize(("amount", "canonical", "others"), OFFICIAL)
def test_official_examples(amount: str, canonical: str, others: list[str]) -> None:
    assert to_daxie(Decimal(amount)) == canonical
    assert to_daxie(amount) == canonical
    expected = Decimal(amount).quantize(Decimal("0.01"))
    for text in [canonical, *others]:
        parsed = parse_daxie(text)
        assert parsed == expected
        assert parsed.as_tuple().exponent == -2
        assert parse_daxie("人民币" + text) == expected


def test_official_examples_with_prefix() -> None:
    assert to_daxie("1409.50", prefix=True) == "人民币壹仟肆佰零玖元伍角"
    assert to_daxie("100000", prefix=True) == "人民币壹拾万元整"


def test_parse_returns_two_decimals() -> None:
    assert str(parse_daxie("壹仟肆佰零玖元伍角")) == "1409.50"
    assert str(parse_daxie("壹拾元整")) == "10.00"
    assert str(parse_daxie("零元整")) == "0.00"
    assert str(parse_daxie("伍分")) == "0.05"


# --------------------------------------------------------------------------------------------
# Zeros, sections, small amounts.

CANONICAL = [
    (0, "零元整"),
    ("0.5", "伍角"),
    ("0.05", "伍分"),
    ("0.55", "伍角伍分"),
    (1, "壹元整"),
    (10, "壹拾元整"),
    (15, "壹拾伍元整"),
    (110, "壹佰壹拾元整"),
    (1001, "壹仟零壹元整"),
    (1010, "壹仟零壹拾元整"),
    (10010, "壹万零壹拾元整"),
    (10500, "壹万零伍佰元整"),
    (1200030, "壹佰贰拾万零叁拾元整"),
    (1000500, "壹佰万零伍佰元整"),
    ("10.50", "壹拾元零伍角"),
    ("10.05", "壹拾元零伍分"),
    ("1000000.50", "壹佰万元零伍角"),
    (100000001, "壹亿零壹元整"),
    (100010000, "壹亿零壹万元整"),
    (110000000, "壹亿壹仟万元整"),
    (1000000000, "壹拾亿元整"),
    (1010000000, "壹拾亿壹仟万元整"),
    (10000000000, "壹佰亿元整"),
    (1_0000_0000_0000, "壹万亿元整"),
    (1_0001_0000_0000, "壹万零壹亿元整"),
    (1_0000_0001_0000, "壹万亿零壹万元整"),
    (1_0000_1000_0000, "壹万亿零壹仟万元整"),  # the 亿 group is all zeros: 零
    (1_0000_1000, "壹亿零壹仟元整"),  # the 万 group is all zeros: 零
    (1_1000_1000, "壹亿壹仟万壹仟元整"),  # zeros at the end of the 万 group: no 零
    (10_1000_0000_0000, "壹拾万壹仟亿元整"),
    (10_0000_0000_0001, "壹拾万亿零壹元整"),
    (
        "9999999999999999.99",
        "玖仟玖佰玖拾玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分",
    ),
    ("-3.10", "负叁元壹角"),
    (-100000001, "负壹亿零壹元整"),
]


@pytest.mark.parametrize(("amount", "expected"), CANONICAL)
def test_canonical(amount: int | str, expected: str) -> None:
    assert to_daxie(amount) == expected
    assert parse_daxie(expected) == Decimal(amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # 整 or 正, after 元 (required) and after 角 (optional)
        ("壹元正", "1"),
        ("伍角", "0.5"),
        ("伍角正", "0.5"),
        # less than one 元: with or without 零元
        ("零元伍角整", "0.5"),
        ("零元伍角", "0.5"),
        ("零元伍角叁分", "0.53"),
        ("零元伍分", "0.05"),
        ("零元零伍分", "0.05"),
        ("零元正", "0"),
        # optional 零 at the 元, 万, 亿 and 万亿 places left out
        ("壹拾元伍角", "10.5"),
        ("壹拾亿壹仟万元整", "1010000000"),
        ("壹万亿壹仟万元整", "1000010000000"),
        ("壹拾万壹仟亿元整", "10100000000000"),
        # traditional characters
        ("貳萬陸仟圓正", "26000"),
        ("參億元整", "300000000"),
        ("叄拾圆整", "30"),
        ("人民幣負壹元整", "-1"),
        # prefix, sign, white space around
        ("人民币负壹元整", "-1"),
        ("负伍分", "-0.05"),
        ("  壹元整\n", "1"),
        ("\u3000人民币壹元整\u3000", "1"),
    ],
)
def test_other_allowed_forms(text: str, amount: str) -> None:
    assert parse_daxie(text) == Decimal(amount)
    assert is_valid_daxie(text)


# --------------------------------------------------------------------------------------------
# Rounding, range, types.


@pytest.mark.parametrize(
    ("amount", "mode", "expected"),
    [
        ("1.005", Rounding.HALF_UP, "壹元零壹分"),
        ("1.005", Rounding.HALF_EVEN, "壹元整"),
        ("1.015", Rounding.HALF_EVEN, "壹元零贰分"),
        ("-1.005", Rounding.HALF_UP, "负壹元零壹分"),
        ("2.999", Rounding.DOWN, "贰元玖角玖分"),
        ("-1.001", Rounding.CEILING, "负壹元整"),
        ("-1.001", Rounding.FLOOR, "负壹元零壹分"),
        ("0.004", Rounding.HALF_UP, "零元整"),
        ("-0.004", Rounding.HALF_UP, "零元整"),
        ("0.045", Rounding.HALF_UP, "伍分"),
        ("9.995", Rounding.HALF_UP, "壹拾元整"),
    ],
)
def test_rounding(amount: str, mode: Rounding, expected: str) -> None:
    assert to_daxie(Decimal(amount), rounding=mode) == expected
    with pytest.raises(RoundingRequired) as info:
        to_daxie(Decimal(amount))
    assert amount in str(info.value)


def test_trailing_zero_decimals_need_no_rounding() -> None:
    assert to_daxie(Decimal("1.230")) == "壹元贰角叁分"
    assert to_daxie(Decimal("1.2300000")) == "壹元贰角叁分"
    assert to_daxie(Decimal("1E+3")) == "壹仟元整"
    assert to_daxie(Decimal("-0")) == "零元整"
    assert to_daxie(Decimal("-0.00"), prefix=True) == "人民币零元整"
    assert to_daxie("1,409.50") == "壹仟肆佰零玖元伍角"
    # rounding is only used when needed
    assert to_daxie(Decimal("1.25"), rounding=Rounding.DOWN) == "壹元贰角伍分"


def test_range() -> None:
    assert (
        to_daxie(10**16 - 1) == "玖仟玖佰玖拾玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元整"
    )
    for big in (10**16, -(10**16), Decimal("1E+16"), Decimal("1E+30"), "10000000000000000.00"):
        with pytest.raises(OutOfRangeError, match="10\\*\\*16"):
            to_daxie(big)
    # rounding up to the limit is out of range too
    with pytest.raises(OutOfRangeError):
        to_daxie(Decimal("9999999999999999.995"), rounding=Rounding.HALF_UP)
    with pytest.raises(RoundingRequired):
        to_daxie(Decimal("9999999999999999.995"))
    assert (
        to_daxie(Decimal("9999999999999999.995"), rounding=Rounding.DOWN)
        == "玖仟玖佰玖拾玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"
    )


def test_types() -> None:
    with pytest.raises(NotDecimalError):
        to_daxie(1.5)  # type: ignore[arg-type]
    with pytest.raises(NotDecimalError):
        to_daxie(True)
    with pytest.raises(WrongTypeError, match="rounding must be a Rounding or None, not str"):
        to_daxie(1, rounding="HALF_UP")  # type: ignore[arg-type]
    with pytest.raises(WrongTypeError, match="prefix must be a bool"):
        to_daxie(1, prefix="yes")  # type: ignore[arg-type]
    with pytest.raises(ParseError):
        to_daxie("壹元整")  # to_daxie wants a number, not a 大写 text
    with pytest.raises(WrongTypeError, match="parse_daxie takes text, not int") as info:
        parse_daxie(12)  # type: ignore[arg-type]
    assert isinstance(info.value, TypeError)
    assert not is_valid_daxie(None)
    assert not is_valid_daxie(b"\xe5\xa3\xb9\xe5\x85\x83\xe6\x95\xb4")  # 壹元整 as bytes


@given(st.floats(allow_nan=True, allow_infinity=True))
def test_floats_always_refused(number: float) -> None:
    with pytest.raises(NotDecimalError):
        to_daxie(number)  # type: ignore[arg-type]


# --------------------------------------------------------------------------------------------
# Malformed texts.

MALFORMED = [
    "",
    "   ",
    "人民币",
    "负",
    "人民币负",
    # forbidden characters
    "一元整",
    "壹元贰角三分",
    "十元整",
    "壹百元整",
    "壹千元整",
    "〇元整",
    "两元整",
    "兩元整",
    "贰拾两元整",
    "廿元整",
    "念元整",
    "壹元伍毛",
    "壹佰另伍元整",
    "1元整",
    "壹元5角",
    "１元整",
    "¥壹元整",
    "壹元整。",
    "壹 元整",
    "壹块整",
    # 元 and 整
    "壹元",
    "壹拾万",
    "壹仟陆佰捌拾",
    "元整",
    "整",
    "零",
    "零元",
    "伍角伍",
    "壹元整整",
    "壹元正整",
    "壹元伍分整",
    "壹元伍角叁分正",
    "伍分整",
    "壹元伍角整叁分",
    "壹元整伍角",
    # 角 and 分
    "壹元角",
    "壹元角伍分",
    "壹元伍分叁角",
    "壹元零角伍分",
    "壹元伍角零分",
    "壹元伍角零叁分",
    "壹元伍角伍角",
    "壹元伍",
    # zeros
    "叁佰贰拾伍元肆分",
    "壹万陆仟肆佰零玖元贰分",
    "壹仟肆佰玖元伍角",
    "陆仟柒元壹角肆分",
    "壹亿壹元整",
    "壹亿壹万元整",
    "壹万壹亿元整",
    "壹佰零零伍元整",
    "零零伍分",
    "零伍分",
    "零壹元整",
    "壹拾零元整",
    "壹佰零元整",
    "壹仟零佰元整",
    "壹万零元整",
    "壹元零整",
    "壹元零",
    "零元零伍角",
    "零元零零伍分",
    "零元零元整",
    "零零元整",
    # leading 拾, repeated and out-of-order units
    "拾元整",
    "拾万元整",
    "壹万拾元整",
    "壹壹元整",
    "壹元壹元整",
    "壹拾拾元整",
    "壹拾壹拾元整",
    "壹佰壹仟元整",
    "壹万壹万元整",
    "壹亿万元整",
    "壹亿亿元整",
    "壹万万元整",
    "壹拾佰元整",
    "佰元整",
    "万元整",
    "亿元整",
    # sign and prefix
    "负零元整",
    "负零元伍分零",
    "负人民币壹元整",
    "人民币负负壹元整",
    "人民币人民币壹元整",
    "壹元整负",
    "壹负元整",
]


@pytest.mark.parametrize("bad", MALFORMED)
def test_malformed(bad: str) -> None:
    with pytest.raises(ParseError) as info:
        parse_daxie(bad)
    assert repr(bad) in str(info.value)
    assert not is_valid_daxie(bad)


def test_error_messages_are_specific() -> None:
    cases = {
        "一元整": "lower-case",
        "两元整": "两",
        "壹元伍毛": "毛",
        "壹佰另伍元整": "另",
        "1元整": "Arabic",
        "壹元伍分整": "整 must not follow 分",
        "壹佰零零伍元整": "two 零",
        "拾元整": "壹拾",
        "叁佰贰拾伍元肆分": "叁佰贰拾伍元零肆分",
        "壹拾万": "元 is missing",
        "": "empty",
    }
    for text, fragment in cases.items():
        with pytest.raises(ParseError) as info:
            parse_daxie(text)
        assert fragment in str(info.value), (text, str(info.value))


def test_parse_error_location() -> None:
    where = Location(file="budget.csv", row=3, field="金额")
    with pytest.raises(ParseError) as info:
        parse_daxie("壹元伍毛", where=where)
    message = str(info.value)
    assert "budget.csv row 3 field '金额'" in message
    assert "'壹元伍毛'" in message
    assert info.value.location == where


# --------------------------------------------------------------------------------------------
# Properties.

AMOUNTS = st.decimals(min_value=0, max_value=Decimal("999999999999.99"), places=2)
# Whole numbers of 分 up to 18 digits (below 10**16 元) with many zeros, to hit every zero pattern.
FEN = st.lists(st.sampled_from("000000123456789"), min_size=1, max_size=18).map(
    lambda digits: int("".join(digits))
)


@given(AMOUNTS)
def test_round_trip_decimals(amount: Decimal) -> None:
    text = to_daxie(amount)
    assert text == oracle_amount(fen_of(amount))
    back = parse_daxie(text)
    assert back == amount
    assert back.as_tuple().exponent == -2


@given(AMOUNTS)
def test_round_trip_negative(amount: Decimal) -> None:
    negative = amount.copy_negate()
    text = to_daxie(negative, prefix=True)
    if amount:
        assert text == "人民币负" + oracle_amount(fen_of(amount))
    else:
        assert text == "人民币零元整"
    assert parse_daxie(text) == negative


@given(FEN)
def test_round_trip_fen(fen: int) -> None:
    amount = Decimal(fen).scaleb(-2)
    text = to_daxie(amount)
    assert text == oracle_amount(fen)
    assert parse_daxie(text) == amount
    assert parse_daxie(text.replace("整", "正")) == amount


@given(st.integers(min_value=1, max_value=10**16 - 1))
def test_integer_part_against_oracle(yuan: int) -> None:
    assert to_daxie(yuan) == oracle_integer(yuan) + "元整"


_TRADITIONAL = str.maketrans(
    {"贰": "貳", "叁": "參", "陆": "陸", "万": "萬", "亿": "億", "元": "圓"}
)


@given(FEN)
def test_traditional_characters(fen: int) -> None:
    amount = Decimal(fen).scaleb(-2)
    assert parse_daxie(to_daxie(amount).translate(_TRADITIONAL)) == amount


def _zero_runs(fen: int) -> list[tuple[int, int]]:
    """(lowest, highest) place (powers of ten of 元) of each run of zeros inside ``fen``.

    The rule: the run's 零 may be left out if it ends at the 元, 万, 亿 or 万亿 place (and a
    digit follows below); the canonical form leaves it out at 万, 亿 and 万亿 only when the run
    is the tail of that four-digit group, not the whole group.
    """
    digits = str(fen)
    places = []
    for run in re.finditer("0+", digits):
        if run.end() == len(digits):
            continue  # trailing zeros are not inside the number
        low = len(digits) - run.end() - 2
        places.append((low, low + len(run.group()) - 1))
    return places


def _canonically_omitted(low: int, high: int) -> bool:
    return low in (4, 8, 12) and high < low + 3


@given(FEN, st.data())
def test_leaving_out_zeros(fen: int, data: st.DataObject) -> None:
    text = to_daxie(Decimal(fen).scaleb(-2))
    if fen == 0:
        return
    written = [low for low, high in _zero_runs(fen) if not _canonically_omitted(low, high)]
    optional = [low in (0, 4, 8, 12) for low in written]
    zeros = [m.start() for m in re.finditer("零", text)]
    assert len(zeros) == len(written)
    drop = data.draw(st.lists(st.booleans(), min_size=len(zeros), max_size=len(zeros)))
    variant = "".join(ch for i, ch in enumerate(text) if not (i in zeros and drop[zeros.index(i)]))
    allowed = all(opt or not d for opt, d in zip(optional, drop, strict=True))
    assert is_valid_daxie(variant) == allowed, (text, variant)
    if allowed:
        assert parse_daxie(variant) == Decimal(fen).scaleb(-2)


@given(FEN)
def test_zheng_after_jiao_is_optional(fen: int) -> None:
    text = to_daxie(Decimal(fen).scaleb(-2))
    if fen % 10:
        assert text.endswith("分")
        assert not is_valid_daxie(text + "整")
    elif fen % 100:
        assert text.endswith("角")
        assert is_valid_daxie(text + "整")
        assert is_valid_daxie(text + "正")
    else:
        assert text.endswith("元整")
        assert not is_valid_daxie(text[:-1])


def _skeleton(text: str) -> str:
    """A text without its 零, 整 and leading 零元: what fixes the value."""
    return re.sub("[零整]", "", text.removeprefix("零元"))


_ALPHABET = "零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整"


@given(FEN, st.integers(min_value=0), st.sampled_from(["delete", "insert", "swap"]), st.data())
def test_mutations_are_rejected_or_read_consistently(
    fen: int, where: int, how: str, data: st.DataObject
) -> None:
    text = to_daxie(Decimal(fen).scaleb(-2))
    i = where % len(text)
    if how == "delete":
        mutant = text[:i] + text[i + 1 :]
    elif how == "insert":
        mutant = text[:i] + data.draw(st.sampled_from(_ALPHABET)) + text[i:]
    else:
        mutant = text[:i] + text[i + 1 : i + 2] + text[i] + text[i + 2 :]
    try:
        value = parse_daxie(mutant)
    except ParseError:
        return
    # Accepted: then it must have been read for what it says.
    assert _skeleton(mutant) == _skeleton(to_daxie(value))


@given(st.text(alphabet=_ALPHABET + "人民币负正圓萬億一两 ", max_size=20))
def test_arbitrary_text_parses_or_raises_parse_error(text: str) -> None:
    if is_valid_daxie(text):
        value = parse_daxie(text)
        assert value.as_tuple().exponent == -2
        assert parse_daxie(to_daxie(value)) == value
    else:
        with pytest.raises(ParseError) as info:
            parse_daxie(text)
        assert repr(text) in str(info.value)


@given(st.one_of(st.text(), st.from_type(object)))
def test_is_valid_never_raises(anything: object) -> None:
    assert is_valid_daxie(anything) in (True, False)


# --------------------------------------------------------------------------------------------
# The caller's decimal context does not matter.


def test_hostile_decimal_context() -> None:
    inputs: list[tuple[Decimal | int | str, Rounding | None]] = [
        (Decimal("1409.50"), None),
        (Decimal("9999999999999999.99"), None),
        (Decimal("-107000.53"), None),
        (Decimal("1.005"), Rounding.HALF_UP),
        (Decimal("1.005"), Rounding.HALF_EVEN),
        (Decimal("-1.001"), Rounding.FLOOR),
        (Decimal("1.2300000"), None),
        (10**15 + 1, None),
        ("123456789.12", None),
    ]
    texts = ["壹拾万柒仟元零伍角叁分", "人民币负玖仟玖佰玖拾玖万玖仟玖佰玖拾玖亿元整", "伍分"]
    expected_out = [to_daxie(v, rounding=r) for v, r in inputs]
    expected_in = [parse_daxie(t) for t in texts]
    assert expected_out[3] == "壹元零壹分"
    assert expected_out[4] == "壹元整"
    assert expected_in[1] == Decimal("-9999999900000000.00")

    hostile = hostile_context()
    with decimal.localcontext(hostile):
        got_out = [to_daxie(v, rounding=r) for v, r in inputs]
        got_in = [parse_daxie(t) for t in texts]
        valid = [is_valid_daxie(t) for t in texts]
        with pytest.raises(RoundingRequired):
            to_daxie(Decimal("1.005"))
        flags = [flag for flag, raised in decimal.getcontext().flags.items() if raised]
    assert got_out == expected_out
    assert [str(d) for d in got_in] == [str(d) for d in expected_in]
    assert valid == [True, True, True]
    assert flags == []


# -- units repeated or out of order state no amount (issue 10, Deliver 5) --------------------
@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("壹万贰万元整", "万 more than once: the amount is not stated"),
        ("壹万贰万叁仟元整", "万 more than once: the amount is not stated"),
        ("壹亿壹万贰万元整", "万 more than once after 亿"),
        ("壹佰贰仟元整", "仟 after 佰: the units are out of order"),
        ("壹拾贰拾元整", "拾 after 拾: the units are out of order"),
        ("壹万壹拾贰佰元整", "佰 after 拾: the units are out of order"),
    ],
)
def test_repeated_or_disordered_units_are_refused_without_a_suggestion(
    text: str, reason: str
) -> None:
    with pytest.raises(ParseError, match=reason) as info:
        parse_daxie(text)
    assert "is written" not in str(info.value)  # no spelling of an amount the text never states
    assert not is_valid_daxie(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("壹万亿零壹万元整", "1000000010000.00"),  # 万 once above 亿 and once below it
        ("壹仟万亿元整", "1000000000000000.00"),
        ("壹仟零贰万元整", "10020000.00"),
    ],
)
def test_wan_above_and_below_yi_is_still_read(text: str, expected: str) -> None:
    assert parse_daxie(text) == Decimal(expected)
