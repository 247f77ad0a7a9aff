"""A ninth round of tests that kill the text audit's mutants (issue 10, Deliver 7).

Written for the survivors of the seed-21 measure at 671f99e (docs/testing.md, "Mutation
testing") in the code added since the eighth round: the verdict of a list's sum worked out
without :func:`~budgetperf.textaudit.verdicts.judge` (``linear_verdict``, ``_linear_outcome``,
``_linear_disagrees``) and the half-widths of its parts' intervals (``_half_width``, which
keeps one Decimal per exponent in a cache). Each test audits a short sentence, or asks the
verdict of a few figures, and states by hand in its comments the answer a correct audit gives.

The last section is for seven survivors of the same measure's sample in code added since then
(claims._one_side_balance, _itemised_changes, _bracketed_shares; normalise; audit.zh_reading).
"""

from __future__ import annotations

import decimal
from decimal import Decimal

import pytest

from budgetperf.textaudit import verdicts
from budgetperf.textaudit.audit import zh_reading
from budgetperf.textaudit.normalise import normalise
from budgetperf.textaudit.quantities import find_quantities
from budgetperf.textaudit.verdicts import Status, linear_verdict
from claim_rows import findings, rows  # registered by conftest.py


@pytest.fixture(autouse=True)
def _cold_caches() -> None:
    """Empty the caches of verdicts.py, so each answer is also that of a first call (a
    half-width not yet kept is worked out then)."""
    verdicts._QUANTA.clear()
    verdicts._HALVES.clear()
    verdicts._LINEAR.clear()
    verdicts._FIVES.clear()


def _sentence(total: str, first: str, second: str) -> str:
    return f"全市一般公共预算收入{total},其中税收收入{first},非税收入{second}。"


# --- the parts' half-widths, worked out on a first call ---------------------------------------


def test_a_sum_off_by_more_than_its_rounding_is_an_error() -> None:
    # 1.1万元 + 2.1万元 = 3.2万元. Each part stands for ±0.05万元, so the sum is anything from
    # 3.1 to 3.3; 3.32万元 stands for 3.315 to 3.325, above 3.3: an error, not a warning
    # (with half-widths of 0.06, the sum would reach 3.32 and be "within the rounding").
    text = _sentence("3.32万元", "1.1万元", "2.1万元")
    assert rows(text) == [("sum", "3.32", "disagrees", "3.20", "parts", "sum of the parts", True)]
    assert [f[:2] for f in findings(text)] == [("arithmetic.breakdown-sum", "error")]


def test_a_sum_within_its_rounding_is_a_warning_explained_by_one_part() -> None:
    # The same parts against 3.25万元 (3.245 to 3.255): the sum's 3.1 to 3.3 reaches it. 1.1万元
    # has the most decimals (as many as 2.1万元, and comes first): moved to 1.15万元 it gives
    # 3.25 exactly.
    text = _sentence("3.25万元", "1.1万元", "2.1万元")
    assert rows(text) == [("sum", "3.25", "rounding", "3.20", "parts", "sum of the parts", True)]
    assert [(code, severity, en) for code, severity, _, _, en, _ in findings(text)] == [
        (
            "arithmetic.breakdown-sum",
            "warning",
            "the total is printed as 3.25万元, but its parts add up to 3.20万元: 1.1万元 + "
            "2.1万元; this is within the rounding of the printed figures (agrees if 1.1万元 "
            "were 1.15万元)",
        )
    ]


@pytest.mark.parametrize(
    "context",
    [
        # one digit, exponents from -1 to 1: 0.05 is not representable (it would be 0.0)
        decimal.Context(prec=1, Emin=-1, Emax=1),
        # one digit, cut down, exponent 0 only
        decimal.Context(prec=1, Emin=0, Emax=0, rounding=decimal.ROUND_DOWN),
    ],
)
def test_the_callers_decimal_context_does_not_change_the_parts_rounding(
    context: decimal.Context,
) -> None:
    # The verdicts of the two tests above, asked inside the caller's own decimal context: the
    # half-width of 1.1万元, 0.05万元, is worked out in the library's context, not in one where
    # it would be 0 (then 3.2 against 3.25 would be an error).
    parts = tuple(find_quantities("1.1万元 2.1万元"))
    (near,) = find_quantities("3.25万元")
    (far,) = find_quantities("3.32万元")
    with decimal.localcontext(context):
        assert linear_verdict("parts", parts, (1, 1), near).status is Status.ROUNDING
        assert linear_verdict("parts", parts, (1, 1), far).status is Status.DISAGREES


# --- a sum at the very edge of the printed figures' rounding ----------------------------------


def test_a_sum_whose_lowest_value_is_the_top_of_the_totals_window_is_a_warning() -> None:
    # 2万元 + 2.0万元 = 4.0万元, printed 3.4万元. 2万元 stands for 1.5 to 2.5, 2.0万元 for 1.95
    # to 2.05: the sum is 3.45 at the lowest. 3.4万元 stands for 3.35 to 3.45: the two touch at
    # 3.45, counted as within the rounding (as a figure restated at the edge of its window is),
    # and only by both parts at their lowest at once.
    text = _sentence("3.4万元", "2万元", "2.0万元")
    assert rows(text) == [("sum", "3.4", "rounding", "4.0", "parts", "sum of the parts", True)]
    assert [(code, severity, en) for code, severity, _, _, en, _ in findings(text)] == [
        (
            "arithmetic.breakdown-sum",
            "warning",
            "the total is printed as 3.4万元, but its parts add up to 4.0万元: 2万元 + 2.0万元; "
            "this is within the rounding of the printed figures (only with several figures at "
            "the edge of their rounding at once)",
        )
    ]
    # 3.39万元 (3.385 to 3.395) is below 3.45: an error
    assert [f[:2] for f in findings(_sentence("3.39万元", "2万元", "2.0万元"))] == [
        ("arithmetic.breakdown-sum", "error")
    ]


def test_an_exact_count_at_the_highest_value_of_the_sum_is_within_its_rounding() -> None:
    # 4 + 5 = 9 against a count of 10, which has no rounding of its own. 4 and 5, printed
    # without decimals, stand for 3.5 to 4.5 and 4.5 to 5.5: the sum reaches 10 at the highest
    # (counted as within the rounding); 4 at 4.5 gives 9.5, which rounds to 10. A count of 11
    # is beyond it: an error.
    four, five, ten, eleven = find_quantities("4 5 10人 11人")
    verdict = linear_verdict("parts", (four, five), (1, 1), ten)
    assert (verdict.status, verdict.computed, verdict.shown, verdict.explanation) == (
        Status.ROUNDING,
        Decimal(9),
        "9",
        "agrees if 4 were 4.5",
    )
    assert linear_verdict("parts", (four, five), (1, 1), eleven).status is Status.DISAGREES


# --- a reading made by make_reading compares sizes -------------------------------------------


def test_the_share_of_a_negative_part_is_the_share_of_its_size() -> None:
    # −1.0万元 of 4.0万元: 100 × −1.0 / 4.0 = −25, compared by its size (the part's sign is its
    # own, printed with it): 25%, as printed, agrees; the audit finds nothing
    text = "全市一般公共预算收入4.0万元,其中非税收入-1.0万元,占比25%。"
    assert rows(text) == [
        ("share", "25", "agrees", "25", "of 4.0万元", "amount / total × 100", True)
    ]
    assert findings(text) == []


# --- the seed-21 sample's survivors in code added since the eighth round ------------------------


def test_a_balance_named_by_its_spending_side_is_its_budget_less_its_actual() -> None:
    # 歲出餘絀 is the spending side's budget less its actual: 110 − 100 = 10, as printed. With
    # the figures the other way round, 100 − 110 = −10: the side spent more than its budget,
    # so 10 printed as what is left goes the wrong way (a weak claim: a warning)
    kept = "歲出預算數110萬元,決算數100萬元,歲出餘絀10萬元。"
    assert rows(kept) == [
        ("balance", "10", "agrees", "10", "budget − actual", "budget − actual of 岁出", False)
    ]
    overspent = "歲出預算數100萬元,決算數110萬元,歲出餘絀10萬元。"
    assert rows(overspent) == [
        ("balance", "10", "disagrees", "-10", "budget − actual", "budget − actual of 岁出", False)
    ]
    assert [f[:2] for f in findings(overspent)] == [("arithmetic.balance", "warning")]


def test_changes_listed_after_a_sentence_ending_with_juti_yuanyin_add_up() -> None:
    # "具体原因:" introduces the items as "主要变动原因如下:" does: 94.22 + 1.11 − 16.23 = 79.10
    # (the third a fall), so a rise of 79.1万元 agrees and one of 59.11万元 does not (a warning:
    # the items are inferred)
    items = (
        "。具体原因:\n1.工资福利支出较上年增94.22万元。\n2.商品和服务支出较上年增1.11万元。\n"
        "3.对个人和家庭补助支出较上年(减少)16.23万元。\n(二)项目支出预算收支增减情况"
    )
    right = "2018年基本支出预算较上年增79.1万元" + items
    wrong = "2018年基本支出预算较上年增59.11万元" + items
    assert rows(right) == [
        ("change-sum", "79.1", "agrees", "79.1", "parts", "sum of the parts", False)
    ]
    assert rows(wrong) == [
        ("change-sum", "59.11", "disagrees", "79.10", "parts", "sum of the parts", False)
    ]
    assert [f[:2] for f in findings(wrong)] == [("arithmetic.change-sum", "warning")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a byte-order mark at the very start (a file saved with one) is no character of the text
        ("\ufeff全市收入3万元。", "全市收入3万元。"),
        # nor is a carriage return there (the line break after it is kept)
        ("\r\n全市收入3万元。", "\n全市收入3万元。"),
    ],
)
def test_a_mark_to_delete_at_the_texts_first_character_is_deleted(text: str, expected: str) -> None:
    assert normalise(text).text == expected


@pytest.mark.parametrize(
    ("name", "zh"),
    [
        # a rate against a prior printed elsewhere
        ("change against the printed 874亿元", "对比文中所列上期数874亿元"),
        # an average growth: from the first figure to the last over the years between
        ("100亿元 to 121亿元 over 2 years", "由100亿元到121亿元的2年年均增长"),
        # a change of a figure with a reading of no known form after its comma: no Chinese name
        # (the message then gives none), not an empty one
        ("change of 874亿元, read some other way", None),
    ],
)
def test_a_readings_chinese_name(name: str, zh: str | None) -> None:
    assert zh_reading(name) == zh


def test_a_bracketed_share_of_a_whole_named_by_two_characters_is_read() -> None:
    # "收入中,14.8亿元(15.1%)为…": 15.1% is 14.8亿元's share of the 收入 printed before it,
    # 14.8 / 98 = 15.10…% → 15.1 (a weak reading); a name of two characters is enough
    share = ("share", "15.1", "agrees", "15.1", "of 98亿元", "amount / total × 100", False)
    assert rows("全年收入98亿元。收入中,14.8亿元(15.1%)为博彩拨款。") == [share]
    assert rows("全年税收98亿元。税收中,14.8亿元(15.1%)为增值税。") == [share]
