"""Tests that kill the text audit's mutants (issue 10, Deliver 7; docs/testing.md).

``scripts/mutation_score.py textaudit --sample 400 --seed 10`` runs every mutant of
``verdicts.py`` and a seeded sample of the other stages' mutants; the tests below were written
for the ones the stage and catalogue tests let survive. Each states a whole result worked out
by hand — the verdict (status, exact value, value shown, reading, explanation), or a claim's
kind, printed figure and status, or a finding's code and severity — with the arithmetic beside
it.
"""

from __future__ import annotations

import codecs
from decimal import Decimal

import pytest

from budgetperf.audit import Severity
from budgetperf.errors import ParseError
from budgetperf.textaudit import audit_text
from budgetperf.textaudit.quantities import Quantity, find_quantities
from budgetperf.textaudit.read import BadByte, Decoded, decode
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


# --- the sample (seed 10): whole claims and findings of sentence forms --------------------------


def readings_of(text: str) -> list[tuple[str, str, list[tuple[str, list[str]]]]]:
    """Each claim's kind, printed figure and readings (name and input figures as printed)."""
    return [
        (c.kind, c.printed, [(r.name, [x.text for x in r.inputs]) for r in c.claim.readings])
        for c in audit_text(text).claims
    ]


def test_a_comparison_table_reads_current_minus_prior_row_by_row() -> None:
    # 110 − 100 = 10; 75 − 60 = 15; 35 − 40 = −5; 55 − 50 = 5, printed 6; 30 − 30 = 0;
    # 25 − 20 = 5. The 合计 rows add up their parts (60 + 40 = 100, …, 0 + 5 = 5, printed 6).
    text = (
        "单位:万元\n项目 | 上年 | 本年 | 增减\n合计 | 100.00 | 110.00 | 10.00\n"
        "甲 | 60.00 | 75.00 | 15.00\n乙 | 40.00 | 35.00 | -5.00\n"
        "合计 | 50.00 | 55.00 | 6.00\n丙 | 30.00 | 30.00 | 0.00\n丁 | 20.00 | 25.00 | 5.00"
    )
    rows = [c for c in claims_of(text) if c[0] == "difference"]
    cmp = "current − prior"
    assert rows == [
        (
            "difference",
            "10.00",
            "agrees",
            "10.00",
            cmp,
            cmp,
            True,
            "合计 | 100.00 | 110.00 | 10.00",
        ),
        ("difference", "15.00", "agrees", "15.00", cmp, cmp, True, "甲 | 60.00 | 75.00 | 15.00"),
        ("difference", "-5.00", "agrees", "5.00", cmp, cmp, True, "乙 | 40.00 | 35.00 | -5.00"),
        ("difference", "6.00", "disagrees", "5.00", cmp, cmp, True, "合计 | 50.00 | 55.00 | 6.00"),
        ("difference", "0.00", "agrees", "0.00", cmp, cmp, True, "丙 | 30.00 | 30.00 | 0.00"),
        ("difference", "5.00", "agrees", "5.00", cmp, cmp, True, "丁 | 20.00 | 25.00 | 5.00"),
    ]
    assert findings_of(text) == [
        (
            "arithmetic.change-amount",
            "error",
            "the difference is printed as 6.00, but current − prior from 55.00, 50.00 = 5, which "
            "rounds to 5.00",
        ),
        (
            "arithmetic.breakdown-sum",
            "error",
            "the total is printed as 6.00, but its parts add up to 5.00: 0.00 + 5.00",
        ),
    ]


def test_a_rate_against_a_printed_prior_names_both_figures() -> None:
    # (61069 − 53169) / 53169 = 7900 / 53169 = 14.858% → 14.9.
    text = "全县财政总收入61069万元,较上年53169万元增长14.9%。"
    name = "61069万元 against the printed 53169万元"
    assert claims_of(text) == [
        (
            "change-rate",
            "14.9",
            "agrees",
            "14.9",
            name,
            "rate",
            True,
            "全县财政总收入61069万元,较上年53169万元增长14.9%",
        )
    ]
    assert readings_of(text) == [("change-rate", "14.9", [(name, ["61069万元", "53169万元"])])]


def test_the_parts_changes_are_listed_with_their_signs() -> None:
    # Parts 7.8 + 11.9 + 0.5 = 20.2. The total falls by 0.9; the parts by 1.3 − 0 − 0.5 = 0.8
    # (a rise of 0.5 counts against a fall); 1.3 could be 1.35: 1.35 − 0.5 = 0.85 → 0.9.
    text = (
        "2017年“三公”经费决算20.2万元,与2016年决算相比减少0.9万元。具体情况:\n"
        "一、2017年因公出国(境)费决算7.8万元,与2016年决算相比减少1.3万元。\n"
        "二、2017年公务用车购置及运行维护费决算11.9万元,全部为公务用车运行维护费11.9万元,"
        "与2016年持平。\n三、2017年公务接待费决算0.5万元,与2016年决算相比增加0.5万元。"
    )
    parts = "the parts' changes"
    assert claims_of(text) == [
        (
            "sum",
            "20.2",
            "agrees",
            "20.2",
            "parts",
            "sum of the parts",
            False,
            "2017年“三公”经费决算20.2万元",
        ),
        (
            "change-sum",
            "0.9",
            "rounding",
            "0.8",
            parts,
            "sum of the parts' changes",
            False,
            "与2016年决算相比减少0.9万元",
        ),
    ]
    assert findings_of(text) == [
        (
            "arithmetic.change-sum",
            "warning",
            "the total change is printed as 0.9万元, but its parts add up to 0.8万元: 1.3万元 − "
            "持平 − 0.5万元; this is within the rounding of the printed figures (agrees if 1.3万元 "
            "were 1.35万元)",
        )
    ]


def test_a_yearbook_row_difference_names_its_relation() -> None:
    # 84663 − 286031 = −201368, printed −201386; the rows' structure is inferred: a warning.
    text = (
        "单位:万元\n1978 71416 170169 -98753\n1980 40309 162159 -121850\n1985 84663 286031 -201386"
    )
    assert findings_of(text) == [
        (
            "arithmetic.change-amount",
            "warning",
            "the difference is printed as -201386, but a − b from 84663, 286031 = 201368, which "
            "rounds to 201368 (read as: 84663 − 286031; the structure was inferred, so check it)",
        )
    ]


def test_a_procurement_saving_is_certain() -> None:
    # 12560.8 − 11842.3 = 718.5, printed 728.5; 728.5 / 12560.8 = 5.7998% → 5.80, printed 5.72.
    # Both read from named figures: errors, and "certain" in the JSON.
    text = (
        "2023年全市政府采购计划金额12560.8万元,实际采购金额11842.3万元,"
        "节约资金728.5万元,节约率为5.72%。"
    )
    assert findings_of(text) == [
        (
            "arithmetic.change-amount",
            "error",
            "the difference is printed as 728.5万元, but plan − actual from 12560.8万元, "
            "11842.3万元 = 718.5, which rounds to 718.5万元",
        ),
        (
            "arithmetic.share",
            "error",
            "the share is printed as 5.72%, but 728.5万元 / 12560.8万元 = 5.7998%, which rounds to "
            "5.80%",
        ),
    ]
    assert [c.to_dict()["certain"] for c in audit_text(text).claims] == [True, True]


def test_a_share_of_an_unnamed_total_is_of_the_sum_of_the_parts_and_inferred() -> None:
    # 80 / (80 + 20) = 80%; 20 / 100 = 20%, printed 25%. The total is never printed: its
    # parts are the list, so a warning.
    text = (
        "一、基本支出80万元,占一般公共预算支出的80%。\n二、项目支出20万元,占一般公共预算支出的25%。"
    )
    rel, name = "amount / sum of the parts", "of 80万元 + 20万元"
    assert claims_of(text) == [
        (
            "share",
            "80",
            "agrees",
            "80",
            name,
            rel,
            False,
            "一、基本支出80万元,占一般公共预算支出的80%",
        ),
        (
            "share",
            "25",
            "disagrees",
            "20",
            name,
            rel,
            False,
            "二、项目支出20万元,占一般公共预算支出的25%",
        ),
    ]
    assert findings_of(text) == [
        (
            "arithmetic.share",
            "warning",
            "the share is printed as 25%, but 20万元 / the sum of the list = 20%, which rounds to "
            "20% (read as: of 80万元 + 20万元; the structure was inferred, so check it)",
        )
    ]


def test_a_completion_and_a_change_paired_with_its_amount() -> None:
    # 61646 / 109466 = 56.315% → 56.3; the rise of 5939 on a prior of 61646 − 5939 = 55707:
    # 10.661% → 10.7.
    text = (
        "1-6月份全区一般公共预算收入累计完成61646万元,占年初预算数109466万元的56.3%,"
        "同比增长10.7%,增收5939万元。"
    )
    assert claims_of(text) == [
        (
            "completion",
            "56.3",
            "agrees",
            "56.3",
            "61646万元 of 109466万元",
            "actual / budget × 100",
            True,
            "1-6月份全区一般公共预算收入累计完成61646万元,占年初预算数109466万元的56.3%",
        ),
        (
            "change-rate",
            "10.7",
            "agrees",
            "10.7",
            "change of 61646万元",
            "change / prior × 100",
            True,
            "增收5939万元",
        ),
    ]


def test_a_change_reaches_back_to_the_total_two_sentences_before() -> None:
    # 50 + 478 + 2800 = 3328; a fall of 830 to 3328: 830 / 4158 = 19.96% → 20 (agrees). Read
    # against the last part, 2800, it would be 830 / 3630 = 22.87%: the total in the first
    # sentence must be reached.
    text = (
        "2019年,市本级一般公共预算支出安排的“三公”经费预算为3328万元。其中,因公出国(境)费50万元,"
        "公务接待费478万元,公务用车购置及运行费2800万元。同口径比2018年减少830万元,下降20%。"
    )
    assert claims_of(text)[1] == (
        "change-rate",
        "20",
        "agrees",
        "20",
        "change of 3328万元",
        "change / prior × 100",
        False,
        "同口径比2018年减少830万元,下降20%",
    )
    assert findings_of(text) == []


# --- read: decoding ------------------------------------------------------------------------------


def test_utf8_wins_a_tie_with_gb18030() -> None:
    # Two 0xff bytes: bad in UTF-8 and in GB18030 alike; on a tie UTF-8 is kept.
    assert decode(b"abc\xff\xffdef") == Decoded(
        "abc\ufffd\ufffddef", "utf-8", (BadByte(3, 0xFF), BadByte(4, 0xFF))
    )


def test_utf16_without_a_mark_allows_one_character_in_twenty_not_text() -> None:
    # 61 characters: 3 may be outside the text set; one private-use character is.
    text = "budget text " * 5 + "\ue000"
    assert decode(text.encode("utf-16-le")) == Decoded(text, "utf-16-le")
    # 21 characters allow 1; three control characters are too many in either byte order.
    with pytest.raises(ParseError, match="does not read as UTF-16 text"):
        decode(("budget text budget" + "\x01\x02\x03").encode("utf-16-le"))


def test_a_mark_allows_64_bad_bytes_in_a_short_file() -> None:
    # max(64, size // 64): 68 bytes allow 64.
    assert decode(codecs.BOM_UTF8 + b"\xff" * 64).encoding == "utf-8-sig"
    with pytest.raises(ParseError) as raised:
        decode(codecs.BOM_UTF8 + b"\xff" * 65)
    assert str(raised.value) == (
        "the file starts with a UTF-8 byte-order mark, but more than 64 of its 68 bytes cannot be"
        " decoded as UTF-8"
    )


@pytest.mark.parametrize(
    ("bad", "rest"),
    [
        (
            (0, 2),
            "1 more byte in 1 more place from byte offset 2 on cannot be decoded as UTF-8 and is",
        ),
        (
            (0, 2, 4),
            "2 more bytes in 2 more places from byte offset 2 on cannot be decoded as UTF-8 and"
            " are",
        ),
    ],
)
def test_the_places_past_the_limit_are_one_warning(bad: tuple[int, ...], rest: str) -> None:
    found = Decoded("x", "utf-8", tuple(BadByte(o, 0xFF) for o in bad)).findings(limit=1)
    assert [(f.code, f.severity, f.message_en) for f in found] == [
        (
            "io.undecodable-byte",
            Severity.WARNING,
            "byte 0xff at byte offset 0 cannot be decoded as UTF-8; it is read as U+FFFD",
        ),
        (
            "io.undecodable-byte",
            Severity.WARNING,
            rest + " read as U+FFFD (only the first 1 places are listed)",
        ),
    ]
