"""Fuzzing every parser of values, amounts, 大写, codes and paths (issue 10, Deliver 7).

The contract: any text gives a result or a :class:`~budgetperf.errors.BudgetPerfError`, never
another exception, whatever decimal context the caller runs under; and long repetitive input
(runs of spaces, digits, brackets, repeated clauses, ~100 kB) is read without one either. No
timing is asserted here; the speed is measured and written down in docs/testing.md.

Run deeper with ``pytest tests/test_fuzz_parsers.py --hypothesis-profile=deep``.
"""

from __future__ import annotations

import decimal
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from budgetperf.amounts import Unit, is_valid_amount, parse_amount
from budgetperf.classification import (
    MAX_PATH_SEGMENTS,
    CodeLevel,
    Scheme,
    classify,
    compact,
    is_valid_code,
    level_of,
    parse_path,
    validate_code,
)
from budgetperf.daxie import is_valid_daxie, parse_daxie, to_daxie
from budgetperf.errors import BudgetPerfError, ParseError
from budgetperf.exact import is_valid_decimal, round_to, to_decimal
from budgetperf.testing import HOSTILE_TRAPS
from budgetperf.values import format_value, is_valid_value, parse_value

SIGNALS = list(HOSTILE_TRAPS)
ROUNDINGS = [
    decimal.ROUND_CEILING,
    decimal.ROUND_DOWN,
    decimal.ROUND_FLOOR,
    decimal.ROUND_HALF_DOWN,
    decimal.ROUND_HALF_EVEN,
    decimal.ROUND_HALF_UP,
    decimal.ROUND_UP,
    decimal.ROUND_05UP,
]


@st.composite
def caller_contexts(draw: st.DrawFn) -> decimal.Context:
    """Any decimal context a host program might have set: any precision, any rounding, a
    small or large exponent range, any set of traps."""
    emax = draw(st.sampled_from([1, 3, 10, 99, 999_999, decimal.MAX_EMAX]))
    return decimal.Context(
        prec=draw(st.integers(1, 60)),
        rounding=draw(st.sampled_from(ROUNDINGS)),
        Emax=emax,
        Emin=-emax,
        traps=draw(st.lists(st.sampled_from(SIGNALS), unique=True)),
        capitals=draw(st.integers(0, 1)),
        clamp=draw(st.integers(0, 1)),
    )


# Characters the parsers care about, so that the fuzzer reaches deep into each grammar.
PIECES = [
    *"0123456789.,+-−%‰ ±~〜至—–/()（）[]【】",
    *"０１２３４５６７８９．，％",
    *"元千万亿圆件项个次人天年月日米㎡㎥²平方公斤吨/",
    *"≥≤><=≧≦═约以上以下以内左右不低于超过",
    *"零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整正人民币负貳萬圓",
    *"一二三十百千两",
    *"类款项支出事务",
    "e",
    "E",
    "e9999999999",
    "1e1000000000000000000",
    "¥",
    "CN¥",
    "RMB",
    "人民币",
    "ten thousand yuan",
    "\u3000",
    "\t",
    "\n",
]
# Numbers of any size, exponent included: "1e1000000000000000000" must be refused, not overflow.
numerals = st.from_regex(r"[+-]?\d{1,40}(\.\d{0,40})?([eE][+-]?\d{1,25})?[%‰元万]?", fullmatch=True)
texts = st.one_of(
    st.text(),
    numerals,
    st.lists(st.sampled_from(PIECES), max_size=30).map("".join),
)

PARSERS: dict[str, Callable[[str], object]] = {
    "to_decimal": to_decimal,
    "is_valid_decimal": is_valid_decimal,
    "parse_amount": parse_amount,
    "parse_amount in 万元": lambda t: parse_amount(t, default_unit=Unit.WAN_YUAN),
    "is_valid_amount": is_valid_amount,
    "parse_value": parse_value,
    "format_value of parse_value": lambda t: format_value(parse_value(t)),
    "is_valid_value": is_valid_value,
    "parse_daxie": parse_daxie,
    "is_valid_daxie": is_valid_daxie,
    "to_daxie": to_daxie,
    "validate_code": validate_code,
    "validate_code economic": lambda t: validate_code(t, Scheme.ECONOMIC_GOVERNMENT),
    "is_valid_code": is_valid_code,
    "level_of": level_of,
    "compact": compact,
    "classify": classify,
    "parse_path": parse_path,
    "round_to": lambda t: round_to(t, 2),
}
NEVER_RAISE = {"is_valid_decimal", "is_valid_amount", "is_valid_value", "is_valid_daxie"}


def outcome(parser: str, text: str) -> object:
    """Call ``parser`` on ``text``; a BudgetPerfError is an answer, anything else fails."""
    try:
        return PARSERS[parser](text)
    except BudgetPerfError as error:
        refused = error
    assert parser not in NEVER_RAISE, f"{parser} raised on {text!r}: {refused}"
    assert str(refused)  # the message can always be printed
    return refused


@pytest.mark.parametrize("parser", list(PARSERS))
@given(text=texts, context=caller_contexts())
def test_any_text_gives_a_result_or_a_budgetperf_error(
    parser: str, text: str, context: decimal.Context
) -> None:
    expected = outcome(parser, text)
    with decimal.localcontext(context):
        got = outcome(parser, text)
    # The caller's context decides nothing: the same answer (or the same refusal) under it.
    if isinstance(expected, BudgetPerfError):
        assert type(got) is type(expected)
        assert str(got) == str(expected)
    else:
        assert got == expected


def _runs() -> dict[str, str]:
    """Long repetitive inputs of about 100 kB each."""
    n = 100_000
    return {
        "spaces": " " * n,
        "spaces between words": "a" + " " * n + "b",
        "spaces after a sign": "-" + " " * n + "1元",
        "spaces after a bracket": "(" + " " * n + "款)",
        "digits": "1" * n,
        "digits with a unit": "1" * n + "万元",
        "digits and a dot": "1" * (n // 2) + "." + "1" * (n // 2),
        "grouped digits": "1" + ",000" * (n // 4),
        "a broken group": "1" + ",000" * (n // 4) + ",00",
        "open brackets": "(" * n,
        "closed brackets": ")" * n,
        "labels": "(款)" * (n // 3),
        "labels with codes": "(01项)" * (n // 5),
        "nested square brackets": "[" * n,
        "percent signs": "%" * n,
        "comparators": "≥" * n + "1",
        "tolerances": "±" * n + "3%",
        "ranges": "1-" * (n // 2) + "2",
        "dates": "2023.07-" * (n // 8) + "2024.01",
        "repeated clauses": "一般公共服务支出(类)" * (n // 11),
        "repeated amounts": "壹万" * (n // 2) + "元整",
        "repeated 零": "壹" + "零" * n + "元整",
        "repeated 大写 groups": "壹仟壹佰壹拾壹" * (n // 7) + "元整",
        "trailing punctuation": "一般公共服务支出" + "。" * n,
        "full-width digits": "１" * n,
        "an exponent of 100 kB": "1e" + "9" * n,
        "units": "元" * n,
        "unit words after a number": "1" + "万" * n,
        "numerals": "三" * n,
    }


@pytest.mark.parametrize("parser", list(PARSERS))
@pytest.mark.parametrize("text", _runs().values(), ids=list(_runs()))
def test_long_repetitive_input_gives_a_result_or_a_budgetperf_error(parser: str, text: str) -> None:
    assert len(text) >= 90_000
    outcome(parser, text)


def test_a_path_of_more_labelled_levels_than_the_limit_is_refused_before_any_is_read() -> None:
    # Regression (issue 10, Deliver 7): "(款)" × 333,333 (1.7 MB) took 10 s, each level a
    # catalogue lookup and two findings; a 类/款/项 path has 3 levels.
    at_limit = parse_path("(款)" * MAX_PATH_SEGMENTS)
    assert len(at_limit.segments) == MAX_PATH_SEGMENTS
    with pytest.raises(ParseError) as caught:
        parse_path("(01项)" * (MAX_PATH_SEGMENTS + 1))
    assert caught.value.reason == (
        "more than 100 labelled levels (类/款/项) in one path"
        " (budgetperf.classification.MAX_PATH_SEGMENTS)"
    )
    assert caught.value.value == "(01项)" * (MAX_PATH_SEGMENTS + 1)
    # Parentheses that are not level labels do not count.
    assert parse_path("政府办公厅(室)" * 200 + "(款)").segments[0].label is CodeLevel.KUAN
