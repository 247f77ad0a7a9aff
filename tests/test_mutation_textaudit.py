"""Tests that kill the text audit's mutants (issue 10, Deliver 7; docs/testing.md).

``scripts/mutation_score.py textaudit --sample 400 --seed 10`` runs every mutant of
``verdicts.py`` and a seeded sample of the other stages' mutants; the tests below were written
for the ones the stage and catalogue tests let survive. Each states a whole result worked out
by hand — the verdict (status, exact value, value shown, reading, explanation), or a claim's
kind, printed figure and status, or a finding's code and severity — with the arithmetic beside
it.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from budgetperf.textaudit import audit_text
from budgetperf.textaudit.quantities import Quantity, find_quantities
from budgetperf.textaudit.verdicts import (
    Reading,
    Status,
    Verdict,
    change_rate,
    judge,
    linear,
    ratio_percent,
)

D = Decimal


def q(text: str) -> Quantity:
    """The one quantity printed in ``text``."""
    (only,) = find_quantities(text)
    return only


# --- verdicts: the formulas -------------------------------------------------------------------


def test_ratio_percent_by_hand() -> None:
    assert ratio_percent([D(1), D(4)]) == D(25)
    assert ratio_percent([D(3), D(1)]) == D(300)  # a base of 1 is a base
    assert ratio_percent([D(1), D(0)]) is None


def test_linear_adds_and_subtracts_by_sign() -> None:
    assert linear((1, -1, 1), D(10))([D(3), D(5), D(7)]) == D(15)  # 10 + 3 − 5 + 7
    with pytest.raises(ValueError, match="shorter"):  # one sign for each value, no fewer
        linear((1, 1))([D(1)])


def test_change_rate_against_the_implied_prior() -> None:
    assert change_rate(1)([D(10), D(110)]) == D(10)  # up 10 to 110: 10 / 100
    assert change_rate(-1)([D(10), D(90)]) == D(10)  # down 10 to 90: 10 / 100
    assert change_rate(1)([D(1), D(2)]) == D(100)  # a prior of 1: 1 / 1
    assert change_rate(1)([D(10), D(10)]) is None  # a prior of 0
    assert change_rate(1)([D(20), D(10)]) is None  # a prior below 0


# --- verdicts: judge --------------------------------------------------------------------------


def whole(v: Verdict) -> tuple[Status, Decimal | None, str | None, str, str]:
    return (v.status, v.computed, v.shown, v.reading, v.explanation)


def test_a_share_within_the_rounding_of_its_amount() -> None:
    # 71.67 / 628.95 × 100 = 11.395182446935368471261626520391128… (34 digits kept) → 11.40,
    # not 11.39; 71.665 / 628.95 × 100 = 11.3943… → 11.39: the printed 71.67 could be 71.665.
    v = judge([Reading("share", (q("71.67万元"), q("628.95万元")), ratio_percent)], q("11.39%"))
    assert whole(v) == (
        Status.ROUNDING,
        D("11.39518244693536847126162652039113"),
        "11.40",
        "share",
        "agrees if 71.67万元 were 71.665万元",
    )


def test_a_difference_explained_by_one_input_two_decimals_further() -> None:
    # 1 − 1 = 0 → "0.0", printed 0.3. Each 1 stands for [0.5, 1.5), so |1 − 1| ranges over
    # [0, 1] and 0.3 is inside. Moving the first 1 towards 0.5: 0.75 gives |0.75 − 1| = 0.25 →
    # 0.3 (half up); 0.8 (one decimal further) gives 0.2, 0.75 (two) gives 0.3.
    reading = Reading("gap", (q("1万元"), q("1万元")), linear((1, -1)), (1, -1))
    v = judge([reading], q("0.3万元"))
    assert whole(v) == (Status.ROUNDING, D(0), "0.0", "gap", "agrees if 1万元 were 0.75万元")


def test_a_sum_explained_by_a_part_two_decimals_further() -> None:
    # 100 + 200 = 300 → "300.00", printed 300.01: the part 100 would have to be in
    # [100.005, 100.015); 100.0 (one decimal) is not, 100.01 (two) is.
    reading = Reading("parts", (q("100万元"), q("200万元")), linear((1, 1)), (1, 1))
    v = judge([reading], q("300.01万元"))
    assert whole(v) == (
        Status.ROUNDING,
        D(300),
        "300.00",
        "parts",
        "agrees if 100万元 were 100.01万元",
    )


def test_four_inputs_are_tried_at_their_corners_five_are_not() -> None:
    # Without signs the range is found at the corners of the inputs' intervals, for at most 4
    # inputs: 1+1+1+1 = 4 → "4.0", printed 4.3, inside [2, 6]. The first 1 at 1.25 gives 4.25 →
    # 4.3; one decimal further 1.25 is 1.3 (half up), 1.3 + 3 = 4.3.
    four = Reading("four", tuple(q("1万元") for _ in range(4)), linear((1, 1, 1, 1)))
    assert whole(judge([four], q("4.3万元"))) == (
        Status.ROUNDING,
        D(4),
        "4.0",
        "four",
        "agrees if 1万元 were 1.3万元",
    )
    five = Reading("five", tuple(q("1万元") for _ in range(5)), linear((1,) * 5))
    assert whole(judge([five], q("5.3万元"))) == (Status.DISAGREES, D(5), "5.0", "five", "")


def test_a_range_that_holds_1_but_not_0_starts_at_its_low_end() -> None:
    # 1 stands for [0.5, 1.5]; 0.3 is below it: no rounding explains it.
    reading = Reading("one", (q("1万元"),), linear((1,)), (1,))
    assert whole(judge([reading], q("0.3万元"))) == (Status.DISAGREES, D(1), "1.0", "one", "")


def test_a_printed_zero_is_exact_and_has_no_rounding_window() -> None:
    # 0.3 + 0.3 = 0.6 → "1" against a printed 0 (exact): the parts range over [0.5, 0.7], which
    # does not hold 0 itself (it would reach the window [−0.5, 0.5) of a rounded 0).
    reading = Reading("parts", (q("0.3万元"), q("0.3万元")), linear((1, 1)), (1, 1))
    assert whole(judge([reading], q("0万元"))) == (Status.DISAGREES, D("0.6"), "1", "parts", "")


def test_money_in_two_units_is_compared_in_the_printed_unit() -> None:
    # 1万元 + 2万元 = 30千元 (a shift of one power of ten).
    reading = Reading("parts", (q("1万元"), q("2万元")), linear((1, 1)), (1, 1))
    assert whole(judge([reading], q("30千元"))) == (Status.AGREES, D(30), "30", "parts", "")


def test_an_undefined_reading_names_itself_and_does_not_stop_the_others() -> None:
    zero_base = Reading("of 0万元", (q("5万元"), q("0万元")), ratio_percent)
    assert whole(judge([zero_base], q("50%"))) == (Status.UNDEFINED, None, None, "of 0万元", "")
    good = Reading("of 10万元", (q("5万元"), q("10万元")), ratio_percent)
    assert whole(judge([zero_base, good], q("50%"))) == (
        Status.AGREES,
        D(50),
        "50",
        "of 10万元",
        "",
    )


def test_the_best_reading_wins_whatever_the_order() -> None:
    # 5/10 = 50% disagrees with 40% outright (its range is [45.0…, 55.2…]); 4.1/10.0 = 41% is
    # within the rounding of its inputs (4.05/10.05 = 40.29…, 4.15/9.95 = 41.70…).
    wrong = Reading("of 10万元", (q("5万元"), q("10万元")), ratio_percent)
    near = Reading("near", (q("4.1万元"), q("10.0万元")), ratio_percent)
    undefined = Reading("of 0万元", (q("5万元"), q("0万元")), ratio_percent)
    printed = q("40%")
    rounding = judge([near], printed)
    assert rounding.status is Status.ROUNDING
    assert judge([wrong, near], printed) == rounding
    assert judge([near, wrong], printed) == rounding
    assert whole(judge([undefined, wrong], printed)) == (
        Status.DISAGREES,
        D(50),
        "50",
        "of 10万元",
        "",
    )


def test_a_negative_result_that_must_not_be_negative_is_shown_with_its_sign() -> None:
    # 10.5 − 13 = −2.5 → −3 (half up, away from zero), against a printed 2: wrong direction.
    reading = Reading("net", (q("10.5万元"), q("13万元")), linear((1, -1)), (1, -1), absolute=False)
    assert whole(judge([reading], q("2万元"))) == (Status.DISAGREES, D("-2.5"), "-3", "net", "")


@pytest.mark.parametrize(
    ("printed", "explanation"),
    [
        # 100 + 200 = 300; the part 100 must lie in [100.0005, 100.0015): three decimals further.
        ("300.001万元", "agrees if 100万元 were 100.001万元"),
        # in [100.00005, 100.00015): four decimals further.
        ("300.0001万元", "agrees if 100万元 were 100.0001万元"),
    ],
)
def test_an_explanation_takes_as_few_decimals_as_it_needs(printed: str, explanation: str) -> None:
    reading = Reading("parts", (q("100万元"), q("200万元")), linear((1, 1)), (1, 1))
    v = judge([reading], q(printed))
    assert whole(v) == (
        Status.ROUNDING,
        D(300),
        str(round(D(300), len(printed) - 6)),
        "parts",
        explanation,
    )


def test_the_input_with_the_most_decimals_explains_first() -> None:
    # 2.5 + 1.00 = 3.50, printed 3.51: 1.00 (two decimals, tried before 2.5) at 1.005 gives
    # 3.505 → 3.51. (2.5 at 2.51 would explain it too, but it is printed with one decimal.)
    reading = Reading("parts", (q("2.5万元"), q("1.00万元")), linear((1, 1)), (1, 1))
    assert whole(judge([reading], q("3.51万元"))) == (
        Status.ROUNDING,
        D("3.50"),
        "3.50",
        "parts",
        "agrees if 1.00万元 were 1.005万元",
    )


def test_an_exact_input_is_passed_over_for_the_next() -> None:
    # A count has no rounding: 3 + 1 = 4, printed 4.3; the count is skipped and 1 (in [0.5,
    # 1.5]) at 1.3 gives 4.3.
    reading = Reading("parts", (q("3人"), q("1万元")), linear((1, 1)), (1, 1))
    assert whole(judge([reading], q("4.3万元"))) == (
        Status.ROUNDING,
        D(4),
        "4.0",
        "parts",
        "agrees if 1万元 were 1.3万元",
    )


def test_rounding_that_needs_two_inputs_moved_at_once() -> None:
    # 1 + 1 = 2, printed 2.9: inside [1, 3], but moving one 1 alone reaches 2.5 at most.
    reading = Reading("parts", (q("1万元"), q("1万元")), linear((1, 1)), (1, 1))
    assert whole(judge([reading], q("2.9万元"))) == (
        Status.ROUNDING,
        D(2),
        "2.0",
        "parts",
        "only with several figures at the edge of their rounding at once",
    )


# --- claims and findings, whole ---------------------------------------------------------------

ClaimRow = tuple[str, str, str, str | None, str, str, bool, str]


def claims_of(text: str) -> list[ClaimRow]:
    """Each claim: kind, printed, status, computed, reading, relation, strong, span."""
    return [
        (
            c.kind,
            c.printed,
            c.status.value,
            c.computed,
            c.claim.verdict.reading,
            c.claim.relation,
            c.claim.strong,
            c.span,
        )
        for c in audit_text(text).claims
    ]


def findings_of(text: str) -> list[tuple[str, str, str]]:
    return [(f.code, f.severity.value, f.message_en) for f in audit_text(text).findings]


def test_a_rate_between_two_named_years_is_an_inferred_reading() -> None:
    # (50 − 160) / 160 = −68.75% → 68.8: the 2015 figure is the prior, 50 the nearest other.
    text = (
        "“公务用车运行维护费”预算数50万元,主要是应急公务用车费用。2015年预算数160万元,"
        "2016年预算比2015年预算下降68.8%。"
    )
    assert claims_of(text) == [
        (
            "change-rate",
            "68.8",
            "agrees",
            "68.8",
            "2016年 50万元 against 2015年 160万元",
            "rate",
            False,
            text[:-1],
        )
    ]


def test_opposite_directions_are_quoted_from_the_change() -> None:
    text = "2023年度一般公共预算财政拨款支出628.95万元,与上年相比减少393.37万元,增长38.48%。"
    assert claims_of(text) == [
        (
            "change-direction",
            "38.48",
            "disagrees",
            None,
            "directions",
            "增加/减少 and 增长/下降 point the same way",
            True,
            "393.37万元,增长38.48%",
        )
    ]
    assert findings_of(text) == [
        (
            "arithmetic.change-direction",
            "error",
            "the change 393.37万元 and the rate 38.48% point in different directions",
        )
    ]


def test_a_restated_figure_in_yi_yuan() -> None:
    # 732518万元 = 73.2518亿元 → 73.25, printed 73.52.
    text = "截至2023年底,政府直接债务余额为732518万元。\n政府直接债务余额73.52亿元,全部为市级债务。"
    assert claims_of(text) == [
        (
            "conversion",
            "73.52",
            "disagrees",
            "73.25",
            "732518万元 restated",
            "the same figure in another unit",
            True,
            "政府直接债务余额73.52亿元",
        )
    ]
    assert findings_of(text) == [
        (
            "consistency.restated",
            "error",
            "the restated figure is printed as 73.52亿元, but the same figure in another unit "
            "from 732518万元 = 73.2518, which rounds to 73.25亿元",
        )
    ]


def test_a_balance_and_an_average_per_count() -> None:
    # 55.60 − 49.10 = 6.50, printed 6.05.
    text = "全区收入合计55.60亿元,支出合计49.10亿元,年终结余6.05亿元。"
    assert findings_of(text) == [
        (
            "arithmetic.balance",
            "error",
            "the balance is printed as 6.05亿元, but money in − money out from 55.60亿元, "
            "49.10亿元 = 6.5, which rounds to 6.50亿元",
        )
    ]
    # 297.6 / 56 = 5.3143 → 5.3, printed 5.8; the count is inferred, so a warning.
    text = (
        "全省56个城区实现地方财政一般预算收入297.6亿元,同比增长30.3%。"
        "各城区平均地方财政一般预算收入5.8亿元。"
    )
    assert findings_of(text)[-1] == (
        "arithmetic.ratio",
        "warning",
        "the rate is printed as 5.8亿元, but total / count from 297.6亿元, 56个 = 5.3143, which "
        "rounds to 5.3亿元 (read as: 297.6亿元 / 56个; the structure was inferred, so check it)",
    )


def test_a_change_rate_against_the_prior_it_implies() -> None:
    # 393.37 / (628.95 + 393.37) = 393.37 / 1022.32 = 38.4782% → 38.48, printed 38.50.
    text = "2023年度一般公共预算财政拨款支出628.95万元,与上年相比减少393.37万元,下降38.50%。"
    assert findings_of(text) == [
        (
            "arithmetic.change-rate",
            "error",
            "the change rate is printed as 38.50%, but the prior figure is 628.95万元 + "
            "393.37万元 and 393.37万元 / (628.95万元 + 393.37万元) = 38.4782%, which rounds to "
            "38.48%",
        )
    ]


def test_a_saving_against_the_budget() -> None:
    # 12 − 9.35 = 2.65, printed 2.56; 12 (no decimals) stands for [11.5, 12.5): 11.91 − 9.35 =
    # 2.56.
    text = "“三公”经费财政拨款支出预算为12万元,实际开支9.35万元,节约2.56万元。"
    assert findings_of(text) == [
        (
            "arithmetic.sangong",
            "warning",
            "the difference is printed as 2.56万元, but budget − actual from 12万元, 9.35万元 = "
            "2.65, which rounds to 2.65万元; this is within the rounding of the printed figures "
            "(agrees if 12万元 were 11.91万元)",
        )
    ]
