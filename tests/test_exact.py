"""The decimal policy: conversion, rounding, allocation."""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from budgetperf import (
    BudgetPerfError,
    ParseError,
    Rounding,
    round_to,
    to_decimal,
)
from budgetperf.errors import (
    Location,
    NotDecimalError,
    OutOfRangeError,
    RoundingRequired,
    WrongTypeError,
)
from budgetperf.exact import (
    MAX_PLACES,
    Allocation,
    allocate,
    exact_sum,
    get_context,
    is_valid_decimal,
    shares,
)
from budgetperf.testing.strategies import fixed_decimals

D = Decimal


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("4,419.00", "4419.00"),
        ("１２３．４", "123.4"),
        ("  628.95 ", "628.95"),
        ("98％", "0.98"),
        ("98%", "0.98"),
        ("5‰", "0.005"),
        ("-3.5", "-3.5"),
        ("+7", "7"),
        ("1,234,567.891", "1234567.891"),
        ("１，２３４", "1234"),
        (".5", "0.5"),
        ("1e3", "1E+3"),
    ],
)
def test_to_decimal_reads_printed_numbers(text: str, expected: str) -> None:
    assert str(to_decimal(text)) == expected


def test_to_decimal_keeps_trailing_zeros() -> None:
    assert str(to_decimal("4.50")) == "4.50"
    assert str(to_decimal(D("703.50"))) == "703.50"


@pytest.mark.parametrize("value", [0.1, 1.0, float("nan"), float("inf"), True, False])
def test_floats_and_bools_are_type_errors(value: object) -> None:
    with pytest.raises(NotDecimalError) as info:
        to_decimal(value)  # type: ignore[arg-type]
    assert isinstance(info.value, TypeError)
    assert isinstance(info.value, BudgetPerfError)
    assert repr(value) in str(info.value)


@given(st.floats())
def test_every_float_is_rejected(value: float) -> None:
    with pytest.raises(TypeError):
        to_decimal(value)  # type: ignore[arg-type]
    assert not is_valid_decimal(value)


@pytest.mark.parametrize("value", [Fraction(1, 3), None, [1], b"12", complex(1, 0)])
def test_other_types_are_type_errors(value: object) -> None:
    with pytest.raises(NotDecimalError, match="expected Decimal, int or str"):
        to_decimal(value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "value",
    [D("NaN"), D("sNaN"), D("Infinity"), D("-Infinity"), D("1e999999"), D("1e-31"), D("1" * 35)],
)
def test_non_finite_and_absurd_decimals_are_out_of_range(value: Decimal) -> None:
    with pytest.raises(OutOfRangeError):
        to_decimal(value)


@pytest.mark.parametrize("text", ["1e999999", "1E-999999", "0e999999", "9" * 35])
def test_absurd_text_is_out_of_range_and_quoted(text: str) -> None:
    with pytest.raises(OutOfRangeError) as info:
        to_decimal(text)
    assert repr(text) in str(info.value)
    assert isinstance(info.value, ValueError)


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "NaN",
        "inf",
        "-Infinity",
        "1,23.4",
        "12,3456",
        "1.2.3",
        "abc",
        "¥5",
        "5元",
        "--1",
        "1_000",
    ],
)
def test_non_numbers_are_parse_errors(text: str) -> None:
    with pytest.raises(ParseError) as info:
        to_decimal(text)
    assert repr(text) in str(info.value)
    assert not is_valid_decimal(text)


def test_error_names_its_location() -> None:
    where = Location(file="form.json", row=3, field="weight")
    with pytest.raises(ParseError) as info:
        to_decimal("x", where=where)
    assert str(info.value) == "form.json row 3 field 'weight': not a number: 'x'"
    assert info.value.location == where
    assert info.value.value == "x"


@given(st.one_of(st.text(), st.integers(), st.none(), st.floats(), st.binary()))
def test_is_valid_decimal_never_raises(value: object) -> None:
    assert isinstance(is_valid_decimal(value), bool)


def test_context_is_a_copy() -> None:
    ctx = get_context()
    assert ctx.prec == 34
    ctx.prec = 2
    assert get_context().prec == 34


@pytest.mark.parametrize(
    ("value", "places", "mode", "expected"),
    [
        ("2.665", 2, Rounding.HALF_UP, "2.67"),
        ("2.665", 2, Rounding.HALF_EVEN, "2.66"),
        ("2.675", 2, Rounding.HALF_EVEN, "2.68"),
        ("-2.665", 2, Rounding.HALF_UP, "-2.67"),
        ("8.55", 0, Rounding.HALF_UP, "9"),
        ("8.5", 0, Rounding.HALF_EVEN, "8"),
        ("4.54", 1, Rounding.HALF_UP, "4.5"),
        ("1.999", 2, Rounding.DOWN, "1.99"),
        ("-1.991", 2, Rounding.FLOOR, "-2.00"),
        ("1.991", 2, Rounding.CEILING, "2.00"),
        ("1.001", 2, Rounding.UP, "1.01"),
        ("5", 2, Rounding.HALF_UP, "5.00"),
        ("1234", -2, Rounding.HALF_UP, "1200"),
        ("1250", -2, Rounding.HALF_EVEN, "1200"),
        # GB/T 8170: 5 followed by non-zero digits rounds up even under HALF_EVEN
        ("2.6651", 2, Rounding.HALF_EVEN, "2.67"),
    ],
)
def test_round_to(value: str, places: int, mode: Rounding, expected: str) -> None:
    assert str(round_to(D(value), places, mode)) == expected


def test_round_to_default_is_half_up() -> None:
    assert round_to(D("0.125")) == D("0.13")


def test_round_to_refuses_float_and_bad_mode() -> None:
    with pytest.raises(TypeError):
        round_to(0.5)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        round_to(D("0.5"), 0, "ROUND_HALF_UP")  # type: ignore[arg-type]


def test_round_to_beyond_precision() -> None:
    with pytest.raises(OutOfRangeError):
        round_to(D("1e30"), 10)


@given(fixed_decimals(places=4, min_value=-(10**9), max_value=10**9), st.integers(0, 3))
def test_half_up_is_within_half_a_unit(value: Decimal, places: int) -> None:
    rounded = round_to(value, places)
    unit = D(1).scaleb(-places)
    assert abs(rounded - value) <= unit / 2
    assert rounded.as_tuple().exponent == -places


def test_exact_sum() -> None:
    assert exact_sum([D("0.1")] * 10) == D("1.0")
    assert exact_sum(["4,419.00", 1, D("0.5")]) == D("4420.50")
    assert exact_sum([]) == 0
    with pytest.raises(RoundingRequired):
        exact_sum([D("1e30"), D("0.0001")])


@pytest.mark.parametrize("bad", [True, 0.5, D("NaN"), D("Infinity")])
def test_exact_sum_checks_every_value(bad: object) -> None:
    with pytest.raises((NotDecimalError, OutOfRangeError)):
        exact_sum([D(1), bad])  # type: ignore[list-item]


def test_round_to_takes_computed_ratios() -> None:
    # a 34-digit ratio has an exponent far below the input limit of to_decimal
    ratio = get_context().divide(D("1107.5"), D("1179.7"))
    assert ratio.as_tuple().exponent == -34
    assert round_to(ratio, 4) == D("0.9388")
    with pytest.raises(OutOfRangeError):
        round_to(D("NaN"), 2)


def test_context_copy_has_no_flags() -> None:
    round_to(get_context().divide(D(1), D(3)), 2)  # sets Inexact in the library context
    assert not any(get_context().flags.values())


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        (10**31, "too large"),
        (10**33, "too large"),
        (10**34, "more than 34 significant digits"),
        ("1e31", "too large"),
        ("1e-31", "digits below 10**-30"),
        (D("0E+31"), "too large"),
    ],
)
def test_range_messages(value: object, reason: str) -> None:
    with pytest.raises(OutOfRangeError, match=re.escape(reason)):
        to_decimal(value)  # type: ignore[arg-type]


# -- allocation -------------------------------------------------------------------------------


def test_allocate_examples() -> None:
    assert allocate(D("100.00"), [1, 1, 1]) == (D("33.34"), D("33.33"), D("33.33"))
    assert allocate("10", ["0.3", "0.7"], places=0) == (D(3), D(7))
    assert allocate("-100.00", [1, 1, 1]) == (D("-33.34"), D("-33.33"), D("-33.33"))
    # remainders 0.6, 0.6, 0.8 (units 0.01): the leftover 2 go to the 0.8 then the larger weight
    assert allocate("1", [3, 2, 1], places=0) == (D(1), D(0), D(0))
    assert allocate("0.05", [1, 1], places=2) == (D("0.03"), D("0.02"))


def test_allocate_largest_weight_mode() -> None:
    assert allocate("100", [1, 1, 2], places=0, mode=Allocation.LARGEST_WEIGHT) == (
        D(25),
        D(25),
        D(50),
    )
    assert allocate("10", [1, 1, 1], places=0, mode=Allocation.LARGEST_WEIGHT) == (
        D(4),
        D(3),
        D(3),
    )


def test_allocate_refuses_bad_input() -> None:
    with pytest.raises(OutOfRangeError, match="negative"):
        allocate("1", [1, -1])
    with pytest.raises(OutOfRangeError, match="zero"):
        allocate("1", [0, 0])
    with pytest.raises(OutOfRangeError, match="no weights"):
        allocate("1", [])
    with pytest.raises(RoundingRequired):
        allocate("1.005", [1, 1])
    with pytest.raises(TypeError):
        allocate(1.5, [1, 1])  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        allocate("1", [0.5, 0.5])  # type: ignore[list-item]
    with pytest.raises(TypeError):
        allocate("1", [1, 1], mode="largest-remainder")  # type: ignore[arg-type]
    # parts that would need more than 34 digits are refused, never rounded
    with pytest.raises(OutOfRangeError, match="34 digits"):
        allocate(D("1e30"), [1, 1, 1], places=10)
    assert exact_sum(allocate(D("1e20"), [1, 1, 1], places=10)) == D("1e20")


weights = st.lists(fixed_decimals(places=2, max_value=10**6), min_size=1, max_size=12).filter(
    lambda ws: any(w > 0 for w in ws)
)


@given(
    fixed_decimals(places=2, min_value=-(10**9), max_value=10**9),
    weights,
    st.sampled_from(list(Allocation)),
)
def test_allocation_sums_exactly(total: Decimal, ws: list[Decimal], mode: Allocation) -> None:
    parts = allocate(total, ws, mode=mode)
    assert len(parts) == len(ws)
    assert sum(parts, D(0)) == total
    assert all(p.as_tuple().exponent == -2 for p in parts)


@given(fixed_decimals(places=2, min_value=0, max_value=10**9), weights)
def test_largest_remainder_stays_within_one_unit_of_the_quota(
    total: Decimal, ws: list[Decimal]
) -> None:
    parts = allocate(total, ws)
    weight_sum = sum(ws, D(0))
    for part, w in zip(parts, ws, strict=True):
        quota = Fraction(total) * Fraction(w) / Fraction(weight_sum)
        assert abs(Fraction(part) - quota) < Fraction(1, 100)


@given(fixed_decimals(places=2, max_value=10**9), weights, st.randoms(use_true_random=False))
def test_allocation_does_not_depend_on_order(
    total: Decimal, ws: list[Decimal], rnd: object
) -> None:
    import random

    assert isinstance(rnd, random.Random)
    order = list(range(len(ws)))
    rnd.shuffle(order)
    parts = allocate(total, ws)
    shuffled = allocate(total, [ws[i] for i in order])
    # the same weight always receives the same multiset of parts
    by_weight: dict[Decimal, list[Decimal]] = {}
    by_weight_shuffled: dict[Decimal, list[Decimal]] = {}
    for w, p in zip(ws, parts, strict=True):
        by_weight.setdefault(w, []).append(p)
    for i, p in zip(order, shuffled, strict=True):
        by_weight_shuffled.setdefault(ws[i], []).append(p)
    assert {k: sorted(v) for k, v in by_weight.items()} == {
        k: sorted(v) for k, v in by_weight_shuffled.items()
    }


@given(
    st.lists(fixed_decimals(places=2, max_value=10**8), min_size=1, max_size=20).filter(any),
    st.integers(0, 4),
)
def test_shares_sum_to_exactly_100(parts: list[Decimal], places: int) -> None:
    result = shares(parts, places=places)
    assert sum(result, D(0)) == 100
    assert all(r.as_tuple().exponent == -places for r in result)


def test_shares_where_rounding_each_does_not_add_up() -> None:
    # three equal parts: each rounded alone is 33.33, which sums to 99.99
    assert shares([1, 1, 1]) == (D("33.34"), D("33.33"), D("33.33"))
    assert sum((round_to(D(1) / D(3) * 100, 2) for _ in range(3)), D(0)) == D("99.99")


# -- wrong types are one TypeError family (issue 10, Deliver 1) ------------------------------
def test_not_decimal_is_a_wrong_type_error() -> None:
    assert issubclass(NotDecimalError, WrongTypeError)
    with pytest.raises(WrongTypeError):
        to_decimal(0.1)  # type: ignore[arg-type]


@pytest.mark.parametrize("places", [2.0, "2", None, True])
def test_places_must_be_an_int(places: object) -> None:
    with pytest.raises(WrongTypeError, match="places must be an int"):
        round_to(D("1.234"), places)  # type: ignore[arg-type]
    with pytest.raises(WrongTypeError, match="places must be an int"):
        allocate("1.00", [1, 1], places=places)  # type: ignore[arg-type]


def test_places_beyond_the_limit_are_out_of_range() -> None:
    with pytest.raises(OutOfRangeError, match="places must lie between"):
        round_to(D("1.234"), 10**20)
    assert round_to(D("1.5"), MAX_PLACES - 40) == D("1.5").scaleb(0)


@pytest.mark.parametrize("mode", ["HALF_UP", 0.5, None])
def test_a_mode_that_is_not_the_enum_is_a_wrong_type_error(mode: object) -> None:
    with pytest.raises(WrongTypeError, match="mode must be a Rounding"):
        round_to(D("1.234"), 2, mode)  # type: ignore[arg-type]
    with pytest.raises(WrongTypeError, match="mode must be a Allocation"):
        allocate("1.00", [1, 1], mode=mode)  # type: ignore[arg-type]


@pytest.mark.parametrize("values", [None, 0.5, object(), "123"])
def test_sums_and_weights_must_be_sequences(values: object) -> None:
    with pytest.raises(WrongTypeError, match="values must be a sequence"):
        exact_sum(values)  # type: ignore[arg-type]
    with pytest.raises(WrongTypeError, match="weights must be a sequence"):
        allocate("1.00", values)  # type: ignore[arg-type]
    with pytest.raises(WrongTypeError, match="weights must be a sequence"):
        shares(values)  # type: ignore[arg-type]


def test_huge_exponents_are_refused_unread() -> None:
    for text in ["1e1000000000000000000", "1E-99999999", "-1e+0000000000000000000000031"]:
        with pytest.raises(OutOfRangeError, match=r"exponent|too large|below"):
            to_decimal(text)
    assert to_decimal("1e000000000000000000000030") == D("1e30")
