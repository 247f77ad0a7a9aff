"""Tests that kill mutants of budgetperf.daxie which its own tests let survive (issue 10,
Deliver 7; scripts/mutation_score.py daxie runs them with tests/test_daxie.py).

Every expected value here is worked out by hand from the rules
(《正确填写票据和结算凭证的基本规定》) and the module's documented choices, never by calling the
code under test: the full text of each refusal (reason, value and place, which a host shows its
user), the spellings of less than one 元 that the rules allow and those they do not, and the
10**16 元 limit before and after rounding.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Context, Decimal, localcontext

import pytest

from budgetperf.daxie import is_valid_daxie, parse_daxie, to_daxie
from budgetperf.errors import (
    Location,
    OutOfRangeError,
    ParseError,
    RoundingRequired,
    WrongTypeError,
)
from budgetperf.exact import Rounding

D = Decimal
HERE = Location(file="f.csv", row=3, field="大写")
AT = "f.csv row 3 field '大写': "


# -- parse_daxie: each refusal, in full -------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "empty text"),
        ("  ", "empty text"),
        ("人民币", "no amount"),
        ("负", "no amount"),
        ("负人民币壹元整", "人民币 must come before 负"),
        # characters: checked one by one, each with its own reason
        ("壹一元整", "lower-case numerals are not allowed; write 壹贰叁…拾佰仟"),
        ("壹元两角", "两 is not allowed; write 贰"),
        ("壹拾5元整", "Arabic digits are not allowed in 大写"),
        ("壹 元整", "white space inside the amount"),
        ("壹负元整", "负 must come first (after 人民币, if any)"),
        ("壹元整X", "unexpected character 'X'"),
        # 元 and the 角/分 part
        ("元整", "元 without an amount before it"),
        ("壹元壹元整", "元 more than once"),
        ("壹拾", "not an amount: 元 is missing"),
        ("壹元伍分伍角", "malformed 角/分 part '伍分伍角'"),
        # the part before 元, read unit by unit
        ("壹零元整", "零 right after a digit"),
        ("壹贰元整", "two digits without a unit between them"),
        ("拾元整", "拾 without a digit before it (write 壹拾)"),
        ("壹拾壹佰元整", "佰 after 拾: the units are out of order"),
        ("万元整", "万 without a digit before it"),
        ("壹万贰万元整", "万 more than once: the amount is not stated"),
        ("壹亿壹万贰万元整", "万 more than once after 亿: the amount is not stated"),
        ("亿元整", "亿 without a digit before it"),
        ("壹亿壹亿元整", "亿 more than once"),
        ("壹角元整", "角 before 元"),
        # read, then checked against the spellings the rules allow
        ("壹仟零零壹元整", "two 零 in a row"),
        ("壹元伍角叁分整", "整 must not follow 分"),
        ("叁佰贰拾伍元肆分", "not written by the rules (325.04 is written 叁佰贰拾伍元零肆分)"),
        ("壹元", "not written by the rules (1.00 is written 壹元整)"),
        ("负零元整", "负 before a zero amount"),
    ],
)
def test_each_refusal_names_its_reason_the_text_and_the_place(text: str, reason: str) -> None:
    with pytest.raises(ParseError) as caught:
        parse_daxie(text, where=HERE)
    assert str(caught.value) == f"{AT}{reason}: {text!r}"
    assert caught.value.location == HERE
    assert caught.value.value == text
    assert is_valid_daxie(text) is False


def test_a_non_str_is_a_wrong_type_error_with_its_place() -> None:
    with pytest.raises(WrongTypeError) as caught:
        parse_daxie(100, where=HERE)  # type: ignore[arg-type]
    assert str(caught.value) == AT + "parse_daxie takes text, not int: 100"
    assert caught.value.location == HERE


def test_the_suggested_spelling_does_not_depend_on_the_callers_context() -> None:
    # 12345678.09 元 misspelt (the 零 before 玖分 left out); the amount in the message is exact
    # even when the caller's context keeps only three digits
    assert parse_daxie("壹仟贰佰叁拾肆万伍仟陆佰柒拾捌元零玖分") == D("12345678.09")
    wrong = "壹仟贰佰叁拾肆万伍仟陆佰柒拾捌元玖分"  # 12345678.09: 零 required before 玖分
    with localcontext(Context(prec=3)), pytest.raises(ParseError) as caught:
        parse_daxie(wrong)
    assert str(caught.value) == (
        "not written by the rules (12345678.09 is written 壹仟贰佰叁拾肆万伍仟陆佰柒拾捌元零玖分)"
        f": {wrong!r}"
    )


# -- less than one 元: what the rules allow ----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("壹分", "0.01"),
        ("零元壹分", "0.01"),
        ("零元零壹分", "0.01"),  # 角 is 0 and 分 is not: 零 after 元
        ("玖分", "0.09"),
        ("零元零玖分", "0.09"),
        ("壹角", "0.10"),
        ("壹角整", "0.10"),
        ("零元壹角", "0.10"),
        ("零元壹角整", "0.10"),
        ("玖角玖分", "0.99"),
        ("零元玖角玖分", "0.99"),
        ("人民币负零元零壹分", "-0.01"),
    ],
)
def test_less_than_one_yuan_spellings_the_rules_allow(text: str, value: str) -> None:
    assert str(parse_daxie(text)) == value


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("零元零壹角", "0.10 is written 壹角"),  # the 零 stands for a 0 角 only
        ("零元零玖角玖分", "0.99 is written 玖角玖分"),
        ("零元零壹元整", None),  # 元 twice
    ],
)
def test_less_than_one_yuan_spellings_the_rules_do_not_allow(
    text: str, canonical: str | None
) -> None:
    with pytest.raises(ParseError) as caught:
        parse_daxie(text)
    if canonical is not None:
        assert str(caught.value) == f"not written by the rules ({canonical}): {text!r}"


def test_the_largest_amounts() -> None:
    # 9999 9999 9999 9999.99 元: the most 大写 can state (亿 once, 万 once on each side)
    top = "玖仟玖佰玖拾玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"
    assert parse_daxie(top) == D("9999999999999999.99")
    assert to_daxie("9999999999999999.99") == top
    assert to_daxie(10**12) == "壹万亿元整"
    assert parse_daxie("壹万亿元整") == D("1000000000000.00")
    assert to_daxie(10**12 + 10**8) == "壹万零壹亿元整"
    assert to_daxie(10**12 + 10**4) == "壹万亿零壹万元整"


# -- to_daxie: each refusal, in full ---------------------------------------------------------
@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (
            lambda: to_daxie(1, rounding="HALF_UP"),  # type: ignore[arg-type]
            WrongTypeError,
            "rounding must be a Rounding or None, not str: 'HALF_UP'",
        ),
        (
            lambda: to_daxie(1, prefix=1),  # type: ignore[arg-type]
            WrongTypeError,
            "prefix must be a bool, not int: 1",
        ),
        (
            lambda: to_daxie("1.235"),
            RoundingRequired,
            "大写 stops at 分; pass rounding=: '1.235'",
        ),
        # 10**16 has 17 digits: refused before any rounding
        (
            lambda: to_daxie(10**16),
            OutOfRangeError,
            "大写 amounts must be below 10**16 元 (壹亿亿元): 10000000000000000",
        ),
        (
            lambda: to_daxie(-(10**16)),
            OutOfRangeError,
            "大写 amounts must be below 10**16 元 (壹亿亿元): -10000000000000000",
        ),
        # 16 digits before the point, but 10**16 once rounded to 分
        (
            lambda: to_daxie("9999999999999999.995", rounding=Rounding.HALF_UP),
            OutOfRangeError,
            "大写 amounts must be below 10**16 元 (壹亿亿元), after rounding: "
            "'9999999999999999.995'",
        ),
        (
            lambda: to_daxie("-9999999999999999.995", rounding=Rounding.HALF_UP),
            OutOfRangeError,
            "大写 amounts must be below 10**16 元 (壹亿亿元), after rounding: "
            "'-9999999999999999.995'",
        ),
    ],
)
def test_to_daxie_refusals(
    call: Callable[[], object], error: type[Exception], message: str
) -> None:
    with pytest.raises(error) as caught:
        call()
    assert str(caught.value) == message


def test_to_daxie_below_the_limit_after_rounding_down() -> None:
    # …999.994 rounds half-up to …999.99, which is below 10**16
    assert to_daxie("9999999999999999.994", rounding=Rounding.HALF_UP) == (
        "玖仟玖佰玖拾玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"
    )
    assert to_daxie("-0.005", rounding=Rounding.HALF_UP) == "负壹分"
    assert to_daxie("-0.004", rounding=Rounding.HALF_UP) == "零元整"
    # a zero with a large exponent is zero, not out of range
    assert to_daxie(D("0E+20")) == "零元整"
    assert to_daxie(D("1.00000")) == "壹元整"
