"""Tests that kill mutants of budgetperf.values which its own tests let survive (issue 10,
Deliver 7; scripts/mutation_score.py values runs them with tests/test_values.py).

Every expected value here is worked out by hand from docs/values.md and the module's
docstrings, never by calling the code under test: the full text of each refusal (reason, the
cell as printed and where it came from), the whole :class:`AlignedPair` of each status, the
edges that decide a reading (a range whose ends are equal, a unit of 4 and of 5 characters, a
comparator at equality), the printed form of a base value (``9000``, not ``9E+3``, the two
being equal as Decimals) and the regular-expression alternation the comparator words compile to.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from budgetperf import values as values_module
from budgetperf.errors import Location, OutOfRangeError, ParseError, WrongTypeError
from budgetperf.values import (
    AlignedPair,
    AlignmentStatus,
    Comparator,
    PrintedValue,
    ValueKind,
    align,
    format_value,
    parse_value,
)

D = Decimal
WHERE = Location(file="f.json", row=1, field="target")
AT = "f.json row 1 field 'target': "


# -- comparators at equality -------------------------------------------------------------------
def test_strict_and_non_strict_comparators_at_equality() -> None:
    five = D(5)
    assert Comparator.LT.holds(five, five) is False  # 5 < 5
    assert Comparator.LE.holds(five, five) is True  # 5 ≤ 5 (以内 includes the bound)
    assert Comparator.GT.holds(D(6), five) is True
    assert Comparator.LE.holds(D(6), five) is False


# -- the comparator words, longest first -------------------------------------------------------
def test_suffix_words_compile_longest_first() -> None:
    # 及以上 before 以上, so "95%及以上" is not read as 95 with unit "%及"; equal lengths keep the
    # table's order.
    alternation = values_module._alternation
    assert alternation(values_module._SUFFIX_WORDS) == "及以上|及以下|以上|以下|以内|之内|左右|内"


def test_alternation_sorts_by_the_escaped_length() -> None:
    # "+-" is escaped to the four characters \+\-, so it comes first.
    words = {"以内": 1, "+-": 2, "及以上": 3, "内": 4}
    assert values_module._alternation(words) == r"\+\-|及以上|以内|内"


# -- the full text of each refusal, with where it came from ------------------------------------
REFUSED: list[tuple[str, type[Exception], str]] = [
    ("", ParseError, "blank: no value printed: ''"),
    (
        "2023.07-2024.01",
        ParseError,
        "a period (from one date to another), not a value: '2023.07-2024.01'",
    ),
    ("2023-07-01", ParseError, "a date, not a value: '2023-07-01'"),
    ("万元", ParseError, "a unit with no number: print the value: '万元'"),
    ("三", ParseError, "Chinese numerals are not read; print the number in digits: '三'"),
    ("十件", ParseError, "Chinese numerals are not read; print the number in digits: '十件'"),
    ("≥", ParseError, "a comparator without a number: '≥'"),
    ("±-5%", ParseError, "a negative tolerance: '±-5%'"),
    ("100-90%", ParseError, "a range whose low end is above its high end: '100-90%'"),
    (
        "abc1",
        ParseError,
        "not a value: words and numbers mixed in a way budgetperf does not read: 'abc1'",
    ),
    ("95≥", ParseError, "a comparator after the number: '≥': '95≥'"),
    # a unit starting 年月日时, and one holding a deadline word (号, 前)
    ("12月底前完成", ParseError, "a date or deadline, not a quantity: '12月底前完成'"),
    ("15号前", ParseError, "a date or deadline, not a quantity: '15号前'"),
    # words after the unit, in a tolerance and at each end of a range
    ("±3项完成", ParseError, "words after the unit '项': '完成': '±3项完成'"),
    ("5项完成-10项", ParseError, "words after the unit '项': '完成': '5项完成-10项'"),
    ("5项-10项完成", ParseError, "words after the unit '项': '完成': '5项-10项完成'"),
    # a unit of five characters is too long to be one
    ("8标准集装箱", ParseError, "cannot read '标准集装箱' as a unit: '8标准集装箱'"),
    # 十 followed by a numeral is not the multiplier 十: 十二 is a numeral, not a unit
    ("5十二", ParseError, "cannot read '十二' as a unit: '5十二'"),
    # "3千五" is 三千五 (3500) half in numerals: not 3 in a unit called 千五
    ("3千五", ParseError, "cannot read '千五' as a unit: '3千五'"),
]
# 35 significant digits (the limit is 34), in each place a number is read.
BIG = "1" * 35
TOO_MANY = f"more than 34 significant digits: '{BIG}'"
REFUSED += [
    (f"±{BIG}%", OutOfRangeError, TOO_MANY),
    (f"{BIG}件", OutOfRangeError, TOO_MANY),
    (f"{BIG}-2件", OutOfRangeError, TOO_MANY),
    (f"1-{BIG}件", OutOfRangeError, TOO_MANY),
]


@pytest.mark.parametrize(("text", "error", "message"), REFUSED)
def test_each_refusal_in_full(text: str, error: type[Exception], message: str) -> None:
    with pytest.raises(error) as info:
        parse_value(text, where=WHERE)
    assert str(info.value) == AT + message


def test_a_wrong_type_names_the_value_and_the_place() -> None:
    with pytest.raises(WrongTypeError) as info:
        parse_value(95, where=WHERE)  # type: ignore[arg-type]
    assert str(info.value) == AT + "parse_value takes text, not int: 95"
    assert info.value.value == 95


@pytest.mark.parametrize(
    ("field", "bad", "error", "message"),
    [
        ("text", 5, WrongTypeError, "PrintedValue.text must be a str, not int: 5"),
        ("unit", 5, WrongTypeError, "PrintedValue.unit must be a str, not int: 5"),
        (
            "kind",
            "range",
            WrongTypeError,
            "PrintedValue.kind must be a ValueKind, not str: 'range'",
        ),
        (
            "comparator",
            "≥",
            WrongTypeError,
            "PrintedValue.comparator must be a Comparator or None, not str: '≥'",
        ),
        (
            "multiplier",
            1.0,
            WrongTypeError,
            "PrintedValue.multiplier must be an int, not float: 1.0",
        ),
        ("multiplier", 0, OutOfRangeError, "PrintedValue.multiplier must be positive: 0"),
        ("multiplier", -10, OutOfRangeError, "PrintedValue.multiplier must be positive: -10"),
    ],
)
def test_printed_value_field_errors_in_full(
    field: str, bad: object, error: type[Exception], message: str
) -> None:
    fields: dict[str, object] = {"text": "1-2", "kind": ValueKind.RANGE, "magnitude": D(1)}
    fields[field] = bad
    with pytest.raises(error) as info:
        PrintedValue(**fields)  # type: ignore[arg-type]
    assert str(info.value) == message
    assert info.value.value == bad  # type: ignore[attr-defined]


def test_align_and_format_value_name_the_wrong_argument() -> None:
    with pytest.raises(WrongTypeError) as info:
        align(parse_value("1件"), "1件")  # type: ignore[arg-type]
    assert str(info.value) == "align takes two PrintedValue, not str: '1件'"
    assert info.value.value == "1件"
    with pytest.raises(WrongTypeError) as info:
        format_value("1件")  # type: ignore[arg-type]
    assert str(info.value) == "format_value takes a PrintedValue, not str: '1件'"
    assert info.value.value == "1件"


# -- readings at the edges ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "kind", "magnitude", "upper", "multiplier", "unit", "base_unit", "known"),
    [
        ("90%-90%", ValueKind.RANGE, "90", "90", 1, "%", "%", True),  # equal ends: a range
        ("−5%", ValueKind.QUANTITY, "-5", None, 1, "%", "%", True),  # U+2212 minus
        ("20标准学时", ValueKind.QUANTITY, "20", None, 1, "标准学时", "标准学时", False),  # 4 chars
        ("5X", ValueKind.QUANTITY, "5", None, 1, "X", "X", False),  # not 年月日时
        # a known unit then "/" and an unknown one: kept whole, not "words after the unit"
        ("15元/辆次", ValueKind.QUANTITY, "15", None, 1, "元/辆次", "元/辆次", False),
    ],
)
def test_readings_at_the_edges(
    text: str,
    kind: ValueKind,
    magnitude: str,
    upper: str | None,
    multiplier: int,
    unit: str,
    base_unit: str,
    known: bool,
) -> None:
    v = parse_value(text)
    assert (v.kind, v.comparator, v.magnitude, v.upper) == (
        kind,
        None,
        D(magnitude),
        None if upper is None else D(upper),
    )
    assert (v.multiplier, v.unit, v.base_unit, v.known_unit) == (multiplier, unit, base_unit, known)


@pytest.mark.parametrize(
    ("text", "printed", "in_range"),
    [
        ("9千件", "9000", True),  # 9 × 1000, not 9E+3
        ("9十件", "90", True),  # not 9E+1
        ("9件", "9", True),
        ("1" * 25 + "万件", "1" * 25 + "0000", True),  # 29 digits: more than a 28-digit context
        # 10**22 × 10**12 = 10**34 would need 35 digits written out: it stays 1E+34, and
        # lies beyond 10**31, outside the range every rule accepts.
        ("1" + "0" * 22 + "万亿件", "1E+34", False),
    ],
)
def test_base_values_are_written_out(text: str, printed: str, in_range: bool) -> None:
    v = parse_value(text)
    assert str(v.base_value) == printed
    # scoring's fast path reads this flag instead of checking the range again
    assert v._base_in_range is in_range


# -- alignment: the whole pair for each status -------------------------------------------------
@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (
            "95%",
            "提升",
            AlignedPair(AlignmentStatus.NOT_NUMERIC, "", None, "提升 is qualitative, not a number"),
        ),
        (
            "提升",
            "95%",
            AlignedPair(AlignmentStatus.NOT_NUMERIC, "", None, "提升 is qualitative, not a number"),
        ),
        (
            "/",
            "提升",
            AlignedPair(AlignmentStatus.NOT_NUMERIC, "", None, "/ is not-applicable, not a number"),
        ),
        (
            "80",
            "95",
            AlignedPair(AlignmentStatus.SAME_UNIT, "", (D(80), D(95)), "neither prints a unit"),
        ),
        (
            "≥5千件",
            "0.9万件",
            AlignedPair(AlignmentStatus.SAME_UNIT, "件", (D(5000), D(9000)), "same unit"),
        ),
        (
            "154项",
            "98%",
            AlignedPair(AlignmentStatus.INCOMPATIBLE, "", None, "154项 is in 项 and 98% is in %"),
        ),
        (
            "273",
            "≤273万元",
            AlignedPair(
                AlignmentStatus.ASSUMED_UNIT,
                "元",
                (D(2730000), D(2730000)),
                "273 has no unit; read as 万元",
            ),
        ),
    ],
)
def test_align_whole_pairs(first: str, second: str, expected: AlignedPair) -> None:
    assert align(parse_value(first), parse_value(second)) == expected
