"""Tests that kill mutants of budgetperf.exact which its own tests let survive (issue 10,
Deliver 7; scripts/mutation_score.py exact runs them with tests/test_exact.py).

Every expected value here is worked out by hand from the documented behaviour: the full text of
each refusal (reason, value and place, which a host shows its user), the range limits at their
edges, and allocate's parts and tie-breaks.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from budgetperf.errors import (
    Location,
    NotDecimalError,
    OutOfRangeError,
    ParseError,
    RoundingRequired,
)
from budgetperf.exact import (
    MAX_EXPONENT,
    Allocation,
    allocate,
    exact_sum,
    is_valid_decimal,
    round_to,
    shares,
    to_decimal,
)

HERE = Location(file="f.csv", row=3, field="executed")


@pytest.mark.parametrize(
    ("value", "error", "message"),
    [
        (Decimal("NaN"), OutOfRangeError, "not a finite number: Decimal('NaN')"),
        ("1" * 35, OutOfRangeError, "more than 34 significant digits: '" + "1" * 35 + "'"),
        (10**68, OutOfRangeError, "more than 34 significant digits: 1" + "0" * 68),
        ("1e31", OutOfRangeError, "too large: 10**31 or more: '1e31'"),
        ("1e-31", OutOfRangeError, "digits below 10**-30: '1e-31'"),
        ("1e1000", OutOfRangeError, "too large: 10**31 or more: '1e1000'"),
        ("1e" + "1" * 25, OutOfRangeError, "an exponent beyond ±30: '1e" + "1" * 25 + "'"),
        ("abc", ParseError, "not a number: 'abc'"),
        (True, NotDecimalError, "a bool is not a number here: True"),
        ([1], NotDecimalError, "expected Decimal, int or str, not list: [1]"),
    ],
)
def test_each_refusal_names_its_reason_value_and_place(
    value: object, error: type[Exception], message: str
) -> None:
    with pytest.raises(error) as caught:
        to_decimal(value, where=HERE)  # type: ignore[arg-type]
    assert str(caught.value) == f"f.csv row 3 field 'executed': {message}"
    assert caught.value.location == HERE  # type: ignore[attr-defined]


def test_the_range_is_closed_at_its_edges() -> None:
    assert to_decimal(f"1e{MAX_EXPONENT}") == Decimal("1E+30")
    assert to_decimal(f"9.9e{MAX_EXPONENT}") == Decimal("9.9E+30")
    assert to_decimal(f"1e-{MAX_EXPONENT}") == Decimal("1E-30")
    assert to_decimal("1" * 30 + "." + "1" * 4) == Decimal("1" * 30 + "." + "1" * 4)
    with pytest.raises(OutOfRangeError, match=r"too large: 10\*\*31"):
        to_decimal(Decimal("10E+30"))
    with pytest.raises(OutOfRangeError, match=r"digits below 10\*\*-30"):
        to_decimal(Decimal("0.1E-30"))
    assert is_valid_decimal("1e30") is True
    assert is_valid_decimal("1e31") is False


def test_round_to_refuses_a_non_finite_decimal_naming_it() -> None:
    with pytest.raises(OutOfRangeError) as caught:
        round_to(Decimal("Infinity"), 2)
    assert str(caught.value) == "not a finite number: Decimal('Infinity')"


def test_exact_sum_refuses_a_sum_it_would_have_to_round() -> None:
    big = Decimal("9" * 30 + "." + "9" * 4)  # 34 digits; twice it needs 35
    with pytest.raises(RoundingRequired, match="the sum needs more than 34 digits"):
        exact_sum([big, big])
    assert exact_sum(["0.10", "0.20", 3]) == Decimal("3.30")
    assert str(exact_sum(["0.10", "0.20"])) == "0.30"


@pytest.mark.parametrize(
    ("weights", "message"),
    [
        ([], "nothing to allocate to: no weights: []"),
        (["1", "-2"], "a weight is negative: Decimal('-2')"),
        (["0", "0.0"], "every weight is zero: ['0', '0.0']"),
    ],
)
def test_allocate_refuses_bad_weights_naming_them(weights: list[str], message: str) -> None:
    with pytest.raises(OutOfRangeError) as caught:
        allocate("10", weights)
    assert str(caught.value) == message


def test_allocate_names_the_total_or_the_weight_it_cannot_scale() -> None:
    with pytest.raises(RoundingRequired) as caught:
        allocate("1.005", [1, 1])
    assert (
        str(caught.value) == "the total has more than 2 decimals; round it first: Decimal('1.005')"
    )
    with pytest.raises(OutOfRangeError) as too_big:
        allocate("1", [Decimal("1" * 30), Decimal("1e-30")])
    assert str(too_big.value) == (
        "a weight has more than 34 digits at 30 decimals: Decimal('" + "1" * 30 + "')"
    )


def test_allocate_splits_by_hand_worked_examples() -> None:
    # 100.00 over 1:1:1 = 33.333…: each part 33.33, one unit left, to the first (all tie).
    assert allocate("100.00", [1, 1, 1]) == (Decimal("33.34"), Decimal("33.33"), Decimal("33.33"))
    # 1.00 over 1:2 -> 0.333…, 0.666…: floors 0.33, 0.66; the leftover unit to the larger
    # remainder (2/3 of a unit against 1/3).
    assert allocate("1.00", [1, 2]) == (Decimal("0.33"), Decimal("0.67"))
    # 10 over 0.3:0.7 at 0 places: exactly 3 and 7, nothing left over.
    assert allocate("10", ["0.3", "0.7"], places=0) == (Decimal("3"), Decimal("7"))
    # A whole total with integer weights keeps 0 places when asked.
    assert allocate("7", [1, 1], places=0) == (Decimal("4"), Decimal("3"))


def test_allocate_ties_in_remainder_go_to_the_larger_weight_then_the_earlier_part() -> None:
    # 1.00 over 1:1:2 (sum 4): 0.25, 0.25, 0.50 exactly: nothing left over.
    assert allocate("1.00", [1, 1, 2]) == (Decimal("0.25"), Decimal("0.25"), Decimal("0.50"))
    # 0.05 over 1:2:1:2 (sum 6): 5 units -> 5/6, 10/6, 5/6, 10/6 -> floors 0,1,0,1 (2 units),
    # remainders 5,4,5,4 (of 6): the 3 left go to parts 0 and 2 (remainder 5), then the
    # larger weight among remainder 4: part 1 before part 3 (same weight: earlier first).
    assert allocate("0.05", [1, 2, 1, 2]) == (
        Decimal("0.01"),
        Decimal("0.02"),
        Decimal("0.01"),
        Decimal("0.01"),
    )
    # 0.02 over 1:3 -> 0.5 and 1.5 units: floors 0, 1; remainders equal (2 of 4 each): the
    # larger weight (part 1) gets the unit.
    assert allocate("0.02", [1, 3]) == (Decimal("0.00"), Decimal("0.02"))


def test_allocate_largest_weight_puts_every_leftover_unit_on_the_biggest_part() -> None:
    # 0.05 over 1:2:1:2: floors 0, 1, 0, 1 (2 units); the 3 left all go to the first part of
    # the largest weight (part 1).
    assert allocate("0.05", [1, 2, 1, 2], mode=Allocation.LARGEST_WEIGHT) == (
        Decimal("0.00"),
        Decimal("0.04"),
        Decimal("0.00"),
        Decimal("0.01"),
    )
    assert allocate("0.05", [2, 1], mode=Allocation.LARGEST_WEIGHT) == (
        Decimal("0.04"),
        Decimal("0.01"),
    )


def test_allocate_of_a_negative_total_is_the_negated_split() -> None:
    assert allocate("-1.00", [1, 2]) == (Decimal("-0.33"), Decimal("-0.67"))
    assert allocate("0.00", [1, 2]) == (Decimal("0.00"), Decimal("0.00"))
    # A total of exactly one unit: the part that gets it is positive.
    assert allocate("0.01", [1]) == (Decimal("0.01"),)


def test_allocate_with_whole_weights_scales_nothing() -> None:
    # Integer weights need no shift: parts keep the requested places.
    parts = allocate("3", [2, 1], places=0)
    assert parts == (Decimal("2"), Decimal("1"))
    assert [p.as_tuple().exponent for p in parts] == [0, 0]


def test_shares_add_to_one_hundred_and_follow_the_mode() -> None:
    assert shares(["530.37", "98.58"]) == (Decimal("84.33"), Decimal("15.67"))
    assert shares([1, 1, 1], places=0) == (Decimal("34"), Decimal("33"), Decimal("33"))
    assert shares([1, 2, 1, 2], places=0, mode=Allocation.LARGEST_WEIGHT) == (
        Decimal("16"),
        Decimal("35"),
        Decimal("16"),
        Decimal("33"),
    )
