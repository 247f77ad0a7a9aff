"""Amounts: parsing, units, exact arithmetic, formatting through babel."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from budgetperf.amounts import Amount, Unit, convert, format_amount, is_valid_amount, parse_amount
from budgetperf.errors import (
    InvalidOption,
    Location,
    NotDecimalError,
    OutOfRangeError,
    ParseError,
    RoundingRequired,
    WrongTypeError,
)
from budgetperf.exact import Rounding
from budgetperf.testing.strategies import amounts, fixed_decimals, units

D = Decimal


@pytest.mark.parametrize(
    ("text", "value", "unit", "yuan"),
    [
        ("628.95万元", "628.95", Unit.WAN_YUAN, "6289500"),
        ("4,419.00元", "4419.00", Unit.YUAN, "4419.00"),
        ("1.2亿元", "1.2", Unit.YI_YUAN, "120000000"),
        ("1.2亿", "1.2", Unit.YI_YUAN, "120000000"),
        ("¥12.5", "12.5", Unit.YUAN, "12.5"),
        ("￥12.5", "12.5", Unit.YUAN, "12.5"),
        ("人民币628.95万元", "628.95", Unit.WAN_YUAN, "6289500"),
        ("人民币 12元", "12", Unit.YUAN, "12"),
        ("-3.5万元", "-3.5", Unit.WAN_YUAN, "-35000"),
        ("−3.5万元", "-3.5", Unit.WAN_YUAN, "-35000"),
        ("-¥6,289,500.00", "-6289500.00", Unit.YUAN, "-6289500.00"),
        ("¥-5", "-5", Unit.YUAN, "-5"),
        ("CN¥6,289,500.00", "6289500.00", Unit.YUAN, "6289500.00"),
        ("CNY 12.50", "12.50", Unit.YUAN, "12.50"),
        ("5千元", "5", Unit.QIAN_YUAN, "5000"),
        ("２５．２１万元", "25.21", Unit.WAN_YUAN, "252100"),
        ("  45.8 万元 ", "45.8", Unit.WAN_YUAN, "458000"),
        ("628.95 ten thousand yuan", "628.95", Unit.WAN_YUAN, "6289500"),
        ("6,289.50 thousand yuan", "6289.50", Unit.QIAN_YUAN, "6289500"),
        ("0.06 hundred million yuan", "0.06", Unit.YI_YUAN, "6000000"),
        ("12.5 yuan", "12.5", Unit.YUAN, "12.5"),
        ("100圆", "100", Unit.YUAN, "100"),
    ],
)
def test_parse_amount(text: str, value: str, unit: Unit, yuan: str) -> None:
    amount = parse_amount(text)
    assert str(amount.value) == value
    assert amount.unit is unit
    assert str(amount.yuan) == yuan


@pytest.mark.parametrize(
    "text",
    [
        "",
        "万元",
        "¥",
        "1,23.4万元",
        "--3元",
        "+-3元",
        "3元元",
        "1e5元",
        "12.5美元",
        "NaN元",
        "一百元",
        "1.2.3元",
    ],
)
def test_parse_amount_rejects(text: str) -> None:
    with pytest.raises(ParseError) as info:
        parse_amount(text)
    assert repr(text) in str(info.value)
    assert not is_valid_amount(text)


def test_bare_number_needs_a_default_unit() -> None:
    with pytest.raises(ParseError, match="no unit"):
        parse_amount("703.50")
    assert parse_amount("703.50", default_unit=Unit.WAN_YUAN) == Amount("7035000", "元")
    where = Location(file="f.json", row=2, field="initial")
    with pytest.raises(ParseError) as info:
        parse_amount("7x", where=where)
    assert info.value.location == where
    assert "f.json row 2 field 'initial'" in str(info.value)


def test_parse_amount_takes_text_only() -> None:
    with pytest.raises(TypeError):
        parse_amount(12.5)  # type: ignore[arg-type]
    assert not is_valid_amount(12.5)
    assert not is_valid_amount(None)


@given(st.one_of(st.text(max_size=20), st.integers(), st.none()))
def test_is_valid_amount_never_raises(value: object) -> None:
    assert isinstance(is_valid_amount(value), bool)


def test_units() -> None:
    assert [u.exponent for u in Unit] == [0, 3, 4, 8]
    assert Unit.parse("万元") is Unit.WAN_YUAN
    assert Unit.parse("万") is Unit.WAN_YUAN
    assert Unit.parse("ten thousand yuan") is Unit.WAN_YUAN
    with pytest.raises(ParseError):
        Unit.parse("美元")


def test_convert_is_exact() -> None:
    assert convert(D("628.95"), Unit.WAN_YUAN, Unit.YUAN) == D("6289500")
    assert str(convert(D("628.95"), Unit.WAN_YUAN, Unit.YUAN)) == "6289500"
    assert str(convert(D("4419.00"), Unit.YUAN, Unit.WAN_YUAN)) == "0.441900"
    assert str(convert(D("1"), Unit.YUAN, Unit.YI_YUAN)) == "1E-8"
    assert convert(D("1.5"), Unit.YI_YUAN, Unit.QIAN_YUAN) == D("150000")


@given(fixed_decimals(places=2, min_value=-(10**12), max_value=10**12), units(), units())
def test_unit_conversion_round_trips_exactly(value: Decimal, a: Unit, b: Unit) -> None:
    there = convert(value, a, b)
    assert convert(there, b, a) == value
    # and it is the same money, computed independently with integers of fen
    fen = int(value * 100) * 10**a.exponent
    assert there * 100 * 10**b.exponent == fen


def test_amount_equality_is_by_money() -> None:
    a = Amount("628.95", Unit.WAN_YUAN)
    b = Amount("6289500.00", "元")
    assert a == b
    assert hash(a) == hash(b)
    assert a != Amount("628.96", "万元")
    assert a != D("6289500")
    assert len({a, b}) == 1
    assert Amount("1", "万元") > Amount("9999.99", "元")
    assert Amount("1", "元") <= Amount("0.0001", "万元")
    assert Amount("1", "元") > Amount("0.00001", "万元")
    assert sorted([Amount("2", "元"), Amount("1", "万元"), Amount("3", "元")]) == [
        Amount("2", "元"),
        Amount("3", "元"),
        Amount("1", "万元"),
    ]


def test_amount_refuses_floats() -> None:
    with pytest.raises(NotDecimalError):
        Amount(12.5)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Amount("1") * 1.5  # type: ignore[operator]
    with pytest.raises(TypeError):
        Amount("1") + 1  # type: ignore[operator]
    with pytest.raises(TypeError):
        assert Amount("1") < 2  # type: ignore[operator]
    with pytest.raises(TypeError):
        Amount("1") * Amount("2")  # type: ignore[operator]
    with pytest.raises(TypeError):
        Amount("1") * True


def test_amount_arithmetic() -> None:
    a = Amount("628.95", "万元")
    b = Amount("4419.00", "元")
    assert a + b == Amount("6293919.00", "元")
    assert (a + b).unit is Unit.WAN_YUAN
    assert str(a + b) == "629.391900万元"
    assert a - b == Amount("6285081", "元")
    assert b - a == Amount("-6285081", "元")
    assert a * 2 == Amount("1257.90", "万元")
    assert 3 * b == Amount("13257", "元")
    assert a * D("0.5") == Amount("314.475", "万元")
    assert a / Amount("314.475", "万元") == 2
    assert Amount(1, "元") / Amount(3, "元") == D("0.3333333333333333333333333333333333")
    assert a / 4 == Amount("157.2375", "万元")
    assert -a == Amount("-628.95", "万元")
    assert abs(-a) == a
    assert +a is a
    assert sum([a, b]) == a + b
    assert not Amount("0.00", "万元")
    assert Amount("0.01")


def test_amounts_beyond_10_to_the_31_are_refused() -> None:
    with pytest.raises(OutOfRangeError, match="10\\*\\*31"):
        Amount("1e30", "亿元")
    with pytest.raises(OutOfRangeError):
        Amount("9e30", "元") * 2
    big = Amount("9e22", "亿元")
    assert big == big.to("元")
    assert hash(big) == hash(big.to("元"))


def test_inexact_division_needs_rounding() -> None:
    with pytest.raises(RoundingRequired):
        Amount("100", "元") / 3
    with pytest.raises(ZeroDivisionError):
        Amount("1") / 0
    with pytest.raises(ZeroDivisionError):
        Amount("1") / Amount("0", "万元")


def test_amount_to_and_round() -> None:
    a = Amount("628.95", "万元")
    assert a.to("元") == a
    assert repr(a.to(Unit.YUAN)) == "Amount('6289500', '元')"
    assert repr(a.to(Unit.YI_YUAN)) == "Amount('0.062895', '亿元')"
    assert a.value_in("千元") == D("6289.5")
    assert repr(a.round(1)) == "Amount('629.0', '万元')"
    assert repr(a.round(2, unit="亿元")) == "Amount('0.06', '亿元')"
    assert repr(Amount("2.665").round(2, Rounding.HALF_EVEN)) == "Amount('2.66', '元')"
    with pytest.raises(TypeError):
        a.to(4)  # type: ignore[arg-type]


@given(
    fixed_decimals(places=2, min_value=-(10**9), max_value=10**9),
    fixed_decimals(places=2, min_value=-(10**9), max_value=10**9),
)
def test_arithmetic_matches_integer_fen(x: Decimal, y: Decimal) -> None:
    a, b = Amount(x, "元"), Amount(y, "元").to("万元")
    fx, fy = int(x * 100), int(y * 100)
    assert (a + b).yuan * 100 == fx + fy
    assert (a - b).yuan * 100 == fx - fy
    assert (a * 3).yuan * 100 == fx * 3
    assert (a < b) == (fx < fy)


@given(
    st.lists(
        st.tuples(st.sampled_from(["+", "-"]), amounts(min_value=-(10**6), max_value=10**6)),
        max_size=30,
    )
)
def test_operation_sequences_match_integer_model(ops: list[tuple[str, Amount]]) -> None:
    total = Amount("0", "万元")
    fen = 0
    for op, amount in ops:
        amount_fen = int(amount.yuan * 100)
        if op == "+":
            total, fen = total + amount, fen + amount_fen
        else:
            total, fen = total - amount, fen - amount_fen
    assert total.yuan * 100 == fen


# -- formatting -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "kwargs", "expected"),
    [
        (Amount("628.95", "万元"), {}, "628.95万元"),
        (Amount("628.95", "万元"), {"unit": "元"}, "6,289,500.00元"),
        (Amount("628.95", "万元"), {"style": "currency"}, "¥6,289,500.00"),
        (Amount("628.95", "万元"), {"style": "currency", "locale": "en"}, "CN¥6,289,500.00"),
        (Amount("628.95", "万元"), {"locale": "en"}, "628.95 ten thousand yuan"),
        (Amount("628.95", "万元"), {"unit": "元", "grouping": False}, "6289500.00元"),
        (Amount("628.95", "万元"), {"unit": "亿元", "places": 4}, "0.0629亿元"),
        (Amount("628.95", "万元"), {"unit": "亿元", "places": None}, "0.062895亿元"),
        (Amount("-2.665", "万元"), {}, "-2.67万元"),
        (Amount("2.665", "万元"), {"rounding": Rounding.HALF_EVEN}, "2.66万元"),
        (Amount("2.665"), {"style": "currency"}, "¥2.67"),
        (Amount("0.005"), {"style": "currency"}, "¥0.01"),
        (Amount("-1234.5"), {"style": "currency"}, "-¥1,234.50"),
        (Amount("8.5", "万元"), {"places": 0}, "9万元"),
        (Amount("1234567.891"), {"places": 3}, "1,234,567.891元"),
        (Amount("4419", "元"), {"unit": "万元", "places": None}, "0.4419万元"),
    ],
)
def test_format_amount(amount: Amount, kwargs: dict[str, object], expected: str) -> None:
    assert format_amount(amount, **kwargs) == expected  # type: ignore[arg-type]


def test_format_amount_accepts_a_babel_locale() -> None:
    from babel import Locale

    assert format_amount(Amount("1"), style="currency", locale=Locale.parse("en_US")) == "CN¥1.00"


def test_format_amount_bad_options() -> None:
    with pytest.raises(InvalidOption, match="unknown locale"):
        format_amount(Amount("1"), locale="xx_YY")
    with pytest.raises(InvalidOption):
        format_amount(Amount("1"), style="currency", unit="万元")
    with pytest.raises(InvalidOption):
        format_amount(Amount("1"), style="fancy")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        format_amount(D("1"))  # type: ignore[arg-type]


@given(
    amounts(),
    st.sampled_from(["zh_CN", "en"]),
    st.sampled_from(["unit", "currency"]),
    st.booleans(),
)
def test_parse_format_round_trip(amount: Amount, locale: str, style: str, grouping: bool) -> None:
    text = format_amount(amount, places=None, locale=locale, style=style, grouping=grouping)  # type: ignore[arg-type]
    back = parse_amount(text)
    assert back == amount
    if style == "unit":
        assert back.unit is amount.unit


@given(amounts(places=2), units())
def test_two_decimal_format_round_trips_in_own_unit(amount: Amount, unit: Unit) -> None:
    text = format_amount(amount, places=2)
    assert parse_amount(text) == amount
    assert str(parse_amount(text).value) == f"{amount.value:,.2f}".replace(",", "")


# -- wrong types and long input (issue 10, Deliver 1 and 3) ----------------------------------
@pytest.mark.parametrize("bad", [0.1, 6289500, None, "12元".encode()])
def test_parse_amount_of_a_non_str_is_a_wrong_type_error(bad: object) -> None:
    with pytest.raises(WrongTypeError, match="parse_amount takes text") as info:
        parse_amount(bad)  # type: ignore[arg-type]
    assert isinstance(info.value, TypeError)
    assert is_valid_amount(bad) is False


@pytest.mark.parametrize("bad", [6289500, D("628.95"), "628.95万元", None])
def test_format_amount_of_a_non_amount_is_a_wrong_type_error(bad: object) -> None:
    with pytest.raises(WrongTypeError, match="format_amount takes an Amount"):
        format_amount(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("option", "message"),
    [
        ({"places": 2.0}, "places must be an int"),
        ({"rounding": "HALF_UP"}, "rounding must be a Rounding"),
        ({"locale": object()}, "locale must be a str or a babel Locale"),
        ({"locale": 0.5}, "locale must be a str or a babel Locale"),
        ({"unit": 0.5}, "unit must be a Unit or its symbol, not float"),
        ({"grouping": "no"}, "grouping must be a bool"),
    ],
)
def test_format_amount_options_of_the_wrong_type(option: dict[str, object], message: str) -> None:
    with pytest.raises(WrongTypeError, match=message):
        format_amount(Amount("1", "元"), **option)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", [0.5, 4, None])
def test_units_of_the_wrong_type(bad: object) -> None:
    with pytest.raises(WrongTypeError):
        Unit.parse(bad)  # type: ignore[arg-type]
    with pytest.raises(WrongTypeError):
        Amount("1", bad)  # type: ignore[arg-type]
    if bad is not None:  # None is the default: no default unit
        with pytest.raises(WrongTypeError):
            parse_amount("12", default_unit=bad)  # type: ignore[arg-type]


def test_runs_of_spaces_between_signs_are_read_in_linear_time() -> None:
    # Three adjacent optional runs of spaces used to backtrack cubically on a failing match.
    for text in ["-" + " " * 100_000 + "x", "- " + " " * 100_000 + "-x", "¥" + " " * 100_000]:
        with pytest.raises(ParseError, match="not an amount"):
            parse_amount(text)
