"""Tests that kill mutants of budgetperf.amounts which its own tests let survive (issue 10,
Deliver 7; scripts/mutation_score.py amounts runs them with tests/test_amounts.py).

Every expected value here is worked out by hand, never by calling the code under test: the full
text of each refusal (reason, value and place, which a host shows its user), the results of
arithmetic and conversion on 34-digit numbers (which a 28-digit context would round), and the
comparison, hashing and operator rules at their edges.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from budgetperf.amounts import Amount, Unit, convert, format_amount, is_valid_amount, parse_amount
from budgetperf.errors import (
    InvalidOption,
    Location,
    OutOfRangeError,
    ParseError,
    RoundingRequired,
    WrongTypeError,
)
from budgetperf.exact import Rounding

D = Decimal
HERE = Location(file="f.csv", row=3, field="executed")
AT = "f.csv row 3 field 'executed': "

# 34 significant digits: the most to_decimal takes. A 28-digit (default) context rounds it.
LONG = "1234567890.123456789012345678901234"


# -- refusals: reason, value, place ------------------------------------------------------------
@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (
            lambda: Unit.parse(5),  # type: ignore[arg-type]
            WrongTypeError,
            "a unit is read from text, not int: 5",
        ),
        (
            lambda: Unit.parse("美元"),
            ParseError,
            "not a unit of money (元, 千元, 万元, 亿元): '美元'",
        ),
        (
            lambda: Amount(1, 3),  # type: ignore[arg-type]
            WrongTypeError,
            "unit must be a Unit or its symbol, not int: 3",
        ),
        # 1E+27 万元 is 1E+31 元, one place past the largest (10**31 excluded)
        (lambda: Amount(D("1E+27"), "万元"), OutOfRangeError, "10**31 元 or more: '1E+27万元'"),
        # 1 / 3 has no exact 34-digit quotient
        (
            lambda: Amount(1) / 3,
            RoundingRequired,
            "the exact result has more than 34 significant digits: (Decimal('1'), Decimal('3'))",
        ),
        (
            lambda: format_amount(5),  # type: ignore[arg-type]
            WrongTypeError,
            "format_amount takes an Amount, not int: 5",
        ),
        (
            lambda: format_amount(Amount(1), grouping=1),  # type: ignore[arg-type]
            WrongTypeError,
            "grouping must be a bool, not int: 1",
        ),
        (
            lambda: format_amount(Amount(1), style="currency", unit="万元"),
            InvalidOption,
            "style='currency' writes 元; use style='unit' for 万元 or 亿元: '万元'",
        ),
        (
            lambda: format_amount(Amount(1), style="fancy"),  # type: ignore[arg-type]
            InvalidOption,
            "style must be 'unit' or 'currency': 'fancy'",
        ),
    ],
)
def test_each_refusal_names_its_reason_and_value(
    call: Callable[[], object], error: type[Exception], message: str
) -> None:
    with pytest.raises(error) as caught:
        call()
    assert str(caught.value) == message


@pytest.mark.parametrize(
    ("text", "error", "message"),
    [
        (12.5, WrongTypeError, "parse_amount takes text, not float: 12.5"),
        ("x", ParseError, "not an amount of money: 'x'"),
        ("-¥-5", ParseError, "two signs: '-¥-5'"),
        ("703.50", ParseError, "no unit (元, 万元, …) and no default_unit given: '703.50'"),
        # 35 digits match the pattern; to_decimal refuses them at the same place
        ("1" * 35 + "元", OutOfRangeError, "more than 34 significant digits: '" + "1" * 35 + "'"),
    ],
)
def test_parse_amount_refusals_name_reason_value_and_place(
    text: object, error: type[Exception], message: str
) -> None:
    with pytest.raises(error) as caught:
        parse_amount(text, where=HERE)  # type: ignore[arg-type]
    assert str(caught.value) == AT + message
    assert caught.value.location == HERE  # type: ignore[attr-defined]


# -- units ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("word", "unit"),
    [
        ("元", Unit.YUAN),
        ("圆", Unit.YUAN),
        ("RMB", Unit.YUAN),
        ("rmb", Unit.YUAN),
        ("Yuan", Unit.YUAN),
        ("千", Unit.QIAN_YUAN),
        ("千圆", Unit.QIAN_YUAN),
        ("Thousand Yuan", Unit.QIAN_YUAN),
        ("万圆", Unit.WAN_YUAN),
        ("亿", Unit.YI_YUAN),
        ("亿圆", Unit.YI_YUAN),
        ("HUNDRED MILLION YUAN", Unit.YI_YUAN),
    ],
)
def test_every_unit_word_reads_in_any_case(word: str, unit: Unit) -> None:
    assert Unit.parse(word) is unit
    assert parse_amount("5" + word).unit is unit
    assert parse_amount("5 " + word).unit is unit


def test_unit_names() -> None:
    assert [(u.symbol, u.english, u.exponent) for u in Unit] == [
        ("元", "yuan", 0),
        ("千元", "thousand yuan", 3),
        ("万元", "ten thousand yuan", 4),
        ("亿元", "hundred million yuan", 8),
    ]
    with pytest.raises(ParseError):
        Unit.parse("元圆")


# -- conversion and the value in 元 -------------------------------------------------------------
def test_conversion_keeps_all_34_digits() -> None:
    # the point moves four places: 123456.789… keeps every digit
    assert str(convert(D(LONG), Unit.YUAN, Unit.WAN_YUAN)) == "123456.7890123456789012345678901234"
    assert str(convert(LONG, Unit.YUAN, Unit.QIAN_YUAN)) == "1234567.890123456789012345678901234"
    amount = Amount(LONG, "万元")
    assert str(amount.yuan) == "12345678901234.56789012345678901234"
    # 1234567890.1… 万元 is 123456.789… 亿元 (four places left)
    assert str(amount.value_in("亿元")) == "123456.7890123456789012345678901234"


def test_a_positive_exponent_is_written_out() -> None:
    # 1E+1 元 is 10 元; 1 万元 is 10000 元, never 1E+4
    assert str(convert("1e1", Unit.YUAN, Unit.YUAN)) == "10"
    assert str(convert(1, Unit.WAN_YUAN, Unit.YUAN)) == "10000"
    assert str(convert(1, Unit.YI_YUAN, Unit.QIAN_YUAN)) == "100000"
    assert str(Amount("1e1").yuan) == "10"
    assert str(Amount(1, "万元").yuan) == "10000"
    assert str(Amount("1e1")) == "10元"


def test_the_largest_amount_is_just_below_10_to_the_31() -> None:
    assert str(Amount(D("9.9E+26"), "万元").yuan) == "99" + "0" * 29
    assert Amount(D("9.9E+30")).yuan == D("9.9E+30")
    with pytest.raises(OutOfRangeError, match=r"^10\*\*31 元 or more: '1E\+23亿元'$"):
        Amount(D("1E+23"), "亿元")


def test_round_defaults_to_two_places_half_up_in_its_own_unit() -> None:
    assert repr(Amount("1.2345").round()) == "Amount('1.23', '元')"
    assert repr(Amount("1.005").round()) == "Amount('1.01', '元')"  # 四舍五入
    assert repr(Amount("1.005").round(mode=Rounding.HALF_EVEN)) == "Amount('1.00', '元')"
    # 12345 元 is 1.2345 万元: 1.23 万元
    assert repr(Amount("12345").round(unit="万元")) == "Amount('1.23', '万元')"
    assert repr(Amount("12355").round(0, unit=Unit.WAN_YUAN)) == "Amount('1', '万元')"


# -- comparison and hashing -------------------------------------------------------------------
def test_every_comparison_goes_by_the_money() -> None:
    wan = Amount(1, "万元")
    same = Amount("10000")
    more = Amount("10000.01")
    for left, right, lt, le, gt, ge in (
        (wan, same, False, True, False, True),
        (wan, more, True, True, False, False),
        (more, wan, False, False, True, True),
    ):
        assert (left < right) is lt
        assert (left <= right) is le
        assert (left > right) is gt
        assert (left >= right) is ge
    assert hash(wan) == hash(same)
    assert hash(Amount(1)) != hash(Amount(2))


@pytest.mark.parametrize("other", [1, D(1), "1", None])
def test_comparison_with_a_non_amount_is_refused(other: object) -> None:
    amount = Amount(1)
    assert amount != other
    assert (amount == other) is False
    with pytest.raises(TypeError):
        amount < other  # type: ignore[operator]  # noqa: B015
    with pytest.raises(TypeError):
        amount <= other  # type: ignore[operator]  # noqa: B015
    with pytest.raises(TypeError):
        amount > other  # type: ignore[operator]  # noqa: B015
    with pytest.raises(TypeError):
        amount >= other  # type: ignore[operator]  # noqa: B015


def test_truth_is_whether_there_is_money() -> None:
    assert not Amount("0.00", "万元")
    assert not Amount("-0")
    assert Amount("0.01")
    assert Amount("-0.01")


# -- arithmetic -------------------------------------------------------------------------------
def test_arithmetic_by_hand() -> None:
    wan = Amount(1, "万元")
    # 2500 元 = 0.2500 万元; the left operand's unit is kept
    assert repr(wan + Amount("2500")) == "Amount('1.2500', '万元')"
    assert repr(wan - Amount("2500")) == "Amount('0.7500', '万元')"
    assert repr(Amount("2.5", "万元") * 3) == "Amount('7.5', '万元')"
    assert repr(3 * Amount("2.5", "万元")) == "Amount('7.5', '万元')"
    assert repr(Amount("2.5", "万元") * D("0.1")) == "Amount('0.25', '万元')"
    assert repr(Amount("2.5", "万元") / 2) == "Amount('1.25', '万元')"
    # the ratio of the money: 10000 元 / 2500 元
    assert wan / Amount("2500") == D(4)
    assert repr(-Amount("3.50", "万元")) == "Amount('-3.50', '万元')"
    assert repr(abs(Amount("-2", "亿元"))) == "Amount('2', '亿元')"
    amount = Amount("2")
    assert +amount is amount


def test_sum_starts_from_zero_and_nothing_else() -> None:
    wan = Amount(1, "万元")
    assert sum([wan, Amount("2500")]) == Amount("12500")
    assert 0 + wan is wan
    for other in (5, False, True, D(0), "0"):
        with pytest.raises(TypeError):
            other + wan  # type: ignore[operator]


@pytest.mark.parametrize("other", ["2", True, None, 2.0])
def test_multiplication_and_division_take_numbers_only(other: object) -> None:
    amount = Amount("2.5")
    with pytest.raises(TypeError):
        amount * other  # type: ignore[operator]
    with pytest.raises(TypeError):
        amount / other  # type: ignore[operator]


def test_division_by_zero_names_the_operands() -> None:
    with pytest.raises(ZeroDivisionError) as caught:
        Amount("5") / Amount("0", "万元")
    assert str(caught.value) == "ratio to a zero amount: 5元 / 0万元"
    with pytest.raises(ZeroDivisionError) as caught:
        Amount("5", "万元") / 0
    assert str(caught.value) == "division of 5万元 by zero"


def test_a_sum_past_34_digits_is_refused_naming_both_operands() -> None:
    big = "9" * 30 + ".9999"  # 34 digits; adding 0.00001 needs 35
    with pytest.raises(RoundingRequired) as caught:
        Amount(big) + Amount("0.00001")
    assert str(caught.value) == (
        "the exact result has more than 34 significant digits: "
        f"(Decimal('{big}'), Decimal('0.00001'))"
    )


def test_to_daxie_writes_the_money_in_yuan() -> None:
    assert Amount(1, "万元").to_daxie() == "壹万元整"
    assert Amount(1, "万元").to_daxie(prefix=True) == "人民币壹万元整"
    assert Amount("1.005").to_daxie(Rounding.HALF_UP) == "壹元零壹分"
    with pytest.raises(RoundingRequired):
        Amount("1.005").to_daxie()


# -- parsing ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("+5元", "Amount('5', '元')"),
        ("¥+5", "Amount('5', '元')"),
        ("−5元", "Amount('-5', '元')"),
        ("¥−5", "Amount('-5', '元')"),
        ("5", "Amount('5', '万元')"),  # default_unit given as text
        ("5元", "Amount('5', '元')"),  # a unit word beats the default
        ("¥5", "Amount('5', '元')"),  # so does a currency mark
        ("1,234.5", "Amount('1234.5', '万元')"),
    ],
)
def test_parse_amount_signs_and_units(text: str, expected: str) -> None:
    assert repr(parse_amount(text, default_unit="万元")) == expected  # type: ignore[arg-type]


def test_is_valid_amount_passes_the_default_unit() -> None:
    assert is_valid_amount("5元") is True
    assert is_valid_amount("5") is False
    assert is_valid_amount("5", default_unit=Unit.YUAN) is True
    assert is_valid_amount(5) is False


# -- formatting -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        (Amount("5"), "5.00元"),  # at least two decimals
        (Amount("5.1"), "5.10元"),
        (Amount("5.125"), "5.125元"),
        (Amount("5.12500"), "5.125元"),  # trailing zeros beyond two dropped
        (Amount("1e1"), "10.00元"),
        (Amount(LONG), "1,234,567,890.123456789012345678901234元"),
    ],
)
def test_format_amount_exact_keeps_every_digit(amount: Amount, expected: str) -> None:
    assert format_amount(amount, places=None) == expected


def test_format_amount_defaults() -> None:
    # zh_CN by default: 元 after the number, comma thousands, two places 四舍五入
    assert format_amount(Amount("1234567.125")) == "1,234,567.13元"
    assert format_amount(Amount("1234567.125"), grouping=False) == "1234567.13元"
    assert format_amount(Amount("1234567.125"), locale="en") == "1,234,567.13 yuan"
    assert format_amount(Amount("1.5", "万元"), style="currency") == "¥15,000.00"
    assert format_amount(Amount("1.5", "万元"), style="currency", unit="元") == "¥15,000.00"


@given(st.integers(min_value=-(10**20), max_value=10**20), st.sampled_from(list(Unit)))
def test_yuan_is_the_value_times_the_unit(fen: int, unit: Unit) -> None:
    # fen/100 of the unit is fen × 10**(exponent − 2) 元, in integers
    amount = Amount(D(fen).scaleb(-2), unit)
    assert amount.yuan * 100 == fen * 10**unit.exponent
