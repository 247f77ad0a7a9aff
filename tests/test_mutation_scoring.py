"""Tests that kill mutants of budgetperf.scoring which its own tests let survive (issue 10,
Deliver 7; scripts/mutation_score.py scoring runs them with tests/test_scoring.py and
tests/test_scoring_fast.py).

Every expected value here is worked out by hand from the rules (rules.md §1.3–§1.9, the
central-2020 profile: 正向 w × B/A, 反向 w × (2 − B/A) up to 2A, 等于 like 正向 with a target
of 0 met only by 0 or less, 执行率 w × 执行数/预算数 capped at w, 定性 bands [80%, 100%],
[60%, 80%), [0, 60%), scores and totals to 2 places half-up, grades 90/80/60) and the module's
docstrings, never by calling the code under test: each indicator's whole result (kind, status,
score, explanation, notes) and the form's totals, grade, notes and verdict, on the fast path
(numbers only) and the full path (words), at the edges that decide them. A stated 反向 or 等于
indicator whose target prints another comparator (or none) must get its stated rule on the fast
path too (issue 10: a mutant gave it the 正向 rule, the total 10.00 against the indicator's 0).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import attrs
import pytest

from budgetperf import scoring
from budgetperf.audit import Finding, Severity
from budgetperf.errors import Location, OutOfRangeError, WrongTypeError
from budgetperf.exact import Rounding
from budgetperf.forms import Form, FundsLine
from budgetperf.indicators import Indicator
from budgetperf.profiles import Profile, get_profile
from budgetperf.rules import IndicatorKind
from budgetperf.scoring import (
    ExecutionResult,
    FormScore,
    IndicatorResult,
    Level1Result,
    score_form,
)
from budgetperf.values import parse_value

D = Decimal
PROFILES = Path(__file__).resolve().parent.parent / "src" / "budgetperf" / "data" / "profiles"
RESCALE = attrs.evolve(get_profile(), not_applicable="rescale")
NO_EXECUTION = attrs.evolve(get_profile(), total_includes_execution=False)
RESCALE_NO_EXECUTION = attrs.evolve(RESCALE, total_includes_execution=False)


def ind(
    name: str = "x",
    target: str | None = None,
    actual: str | None = None,
    weight: str | None = "10",
    *,
    level1: str = "产出指标",
    level2: str = "数量指标",
    kind: str | None = None,
    printed: str | None = None,
    judgement: str | None = None,
) -> Indicator:
    return Indicator(
        level1,
        level2,
        name,
        weight=None if weight is None else D(weight),
        target=None if target is None else parse_value(target),
        actual=None if actual is None else parse_value(actual),
        kind=kind,
        printed_score=None if printed is None else D(printed),
        judgement=None if judgement is None else D(judgement),
    )


def form(*indicators: Indicator, funds: tuple[FundsLine, ...] = (), **fields: object) -> Form:
    return Form(kind="project", indicators=indicators, funds=funds, **fields)  # type: ignore[arg-type]


def line(
    executed: str | None,
    adjusted: str | None,
    weight: str | None = None,
    score: str | None = None,
) -> FundsLine:
    return FundsLine(
        "年度资金总额",
        adjusted=None if adjusted is None else D(adjusted),
        executed=None if executed is None else D(executed),
        weight=None if weight is None else D(weight),
        score=None if score is None else D(score),
    )


def whole(result: IndicatorResult) -> tuple[object, ...]:
    """An indicator's result as a host shows it (numbers as printed)."""
    score = None if result.score is None else str(result.score)
    printed = None if result.printed is None else str(result.printed)
    return (result.kind, str(result.status), score, printed, result.explanation, result.notes)


def is_fast(result: FormScore) -> list[bool]:
    """Which indicators the fast path scored (a number, no words built)."""
    return [not isinstance(entry, IndicatorResult) for entry in result._work.entries]


# -- the kind on the fast path: stated 指标性质 first, else the target's comparator ----------------
# (kind, target, actual, score, explanation); weight 10, so full marks are shown "10/10".
FAST_KINDS = [
    # stated 反向 with no comparator: 25 > 2 × 10 → 0 (the 正向 rule would give 10: issue 10)
    ("反向", "10件", "25件", "0.00", "反向: 25件 ≥ 2 × 10件 → 0.00/10", "reverse-linear-penalty"),
    # stated 反向 against a printed ≥: 10 × (2 − 15/10) = 5
    ("反向", "≥10件", "15件", "5.00", "反向: 15件 > 10件 → 5.00/10", "reverse-linear-penalty"),
    # stated 等于 with a target of 0: any actual above 0 scores 0 (正向 would give 10)
    ("等于", "0件", "5件", "0.00", "等于: 5件 > 0件 → 0.00/10", "equal-zero-target"),
    # stated 等于 against a printed ≤: like 正向, 10 × 5/10 (反向 would give 10)
    ("等于", "≤10件", "5件", "5.00", "等于: 5件 < 10件 → 5.00/10", "equal"),
    # stated 正向 against a printed ≤ and a printed = 0: 10 × 5/10; a target of 0 is met by 5
    ("正向", "≤10件", "5件", "5.00", "正向: 5件 < 10件 → 5.00/10", "forward-proportional"),
    ("正向", "=0件", "5件", "10.00", "正向: 5件 ≥ 0件 → 10/10", "forward-proportional"),
    # no stated kind: ≥ and > are 正向, ≤ and < 反向, = 等于
    (None, "≥10件", "5件", "5.00", "正向: 5件 < 10件 → 5.00/10", "forward-proportional"),
    (None, ">10件", "5件", "5.00", "正向: 5件 < 10件 → 5.00/10", "forward-proportional"),
    (None, "≤10件", "15件", "5.00", "反向: 15件 > 10件 → 5.00/10", "reverse-linear-penalty"),
    (None, "<10件", "15件", "5.00", "反向: 15件 > 10件 → 5.00/10", "reverse-linear-penalty"),
    (None, "=0件", "5件", "0.00", "等于: 5件 > 0件 → 0.00/10", "equal-zero-target"),
    (None, "=0件", "0件", "10.00", "等于: 0件 ≤ 0件 → 10/10", "equal-zero-target"),
]


@pytest.mark.parametrize(("kind", "target", "actual", "score", "explanation", "rule"), FAST_KINDS)
def test_the_fast_path_scores_with_the_stated_kind_else_the_comparator(
    kind: str | None, target: str, actual: str, score: str, explanation: str, rule: str
) -> None:
    result = score_form(form(ind("x", target, actual, kind=kind)))
    assert is_fast(result) == [True]
    assert [str(entry) for entry in result._work.entries] == [score]
    expected_kind = IndicatorKind(explanation.split(":", 1)[0])
    assert whole(result.indicators[0]) == (expected_kind, "scored", score, None, explanation, ())
    assert result.indicators[0].difference is None  # nothing printed
    got = result.indicators[0].rule
    assert got is not None
    assert (got.rule, str(got.score), got.weight) == (rule, score, D(10))
    # the total is the indicator's score: no execution line, nothing else to add
    assert str(result.total) == score
    assert result.notes == ()


@pytest.mark.parametrize(
    ("profile", "score", "explanation"),
    [
        ("central-2020", "7.50", "反向: 12.5件 > 10件 → 7.50/10"),  # 10 × (2 − 1.25)
        ("legacy-2017", "8.00", "反向: 12.5件 > 10件 → 8.00/10"),  # 10 × 10/12.5
        ("sichuan-2023", "7.50", "反向: 12.5件 > 10件 → 7.50/10"),
    ],
)
def test_the_fast_path_uses_the_profiles_reverse_rule(
    profile: str, score: str, explanation: str
) -> None:
    result = score_form(form(ind("x", "≤10件", "12.5件")), profile)
    assert is_fast(result) == [True]
    assert str(result._work.entries[0]) == score
    assert str(result.total) == score
    assert result.indicators[0].explanation == explanation


def test_the_fast_path_rounds_as_the_profile_says() -> None:
    # 1 × 1/8 = 0.125: half-up to 2 places is 0.13 (half-even would give 0.12)
    result = score_form(form(ind("x", "≥8件", "1件", weight="1")))
    assert [str(e) for e in result._work.entries] == ["0.13"]
    assert result.indicators[0].explanation == "正向: 1件 < 8件 → 0.13/1"
    # 10 × 3/8 = 3.75: to whole points half-up 4, rounded down 3
    whole_points = attrs.evolve(get_profile(), score_places=0)
    result = score_form(form(ind("x", "≥8件", "3件")), whole_points)
    assert [str(e) for e in result._work.entries] == ["4"]
    assert str(result.total) == "4.00"
    down = attrs.evolve(whole_points, score_rounding=Rounding.DOWN)
    result = score_form(form(ind("x", "≥8件", "3件")), down)
    assert [str(e) for e in result._work.entries] == ["3"]
    assert str(result.total) == "3.00"


def test_a_weight_of_0_stays_on_the_fast_path_and_scores_0() -> None:
    # 0 × 5/10 = 0; the score equals the weight, so it is shown "0/0"
    result = score_form(form(ind("x", "≥10件", "5件", weight="0")))
    assert is_fast(result) == [True]
    assert [str(e) for e in result._work.entries] == ["0.00"]
    assert whole(result.indicators[0]) == (
        IndicatorKind.FORWARD,
        "scored",
        "0.00",
        None,
        "正向: 5件 < 10件 → 0/0",
        (),
    )


# -- what the fast path leaves to the full path, and what the full path then says -------------


def test_no_weight_is_not_scored_and_a_form_without_weights_has_no_total() -> None:
    result = score_form(form(ind("x", "≥10件", "5件", weight=None, printed="5")))
    assert is_fast(result) == [False]
    assert whole(result.indicators[0]) == (
        IndicatorKind.FORWARD,
        "not-scored",
        None,
        "5",
        "no weight printed",
        (),
    )
    assert (result.total, result.grade, result.scorable) == (None, None, False)
    lead = "the table prints no indicator weights, so no rule can score it"
    assert result.notes == (lead,)
    assert result.verdict == f"cannot score: {lead}"


def test_no_weight_keeps_the_note_on_the_inferred_kind() -> None:
    result = score_form(form(ind("x", "10件", "5件", weight=None)))
    assert whole(result.indicators[0]) == (
        IndicatorKind.FORWARD,
        "not-scored",
        None,
        None,
        "no weight printed",
        ("no comparator printed; read as 正向 (≥)",),
    )


def test_one_weight_makes_a_form_weighted_and_the_unweighted_indicator_is_named() -> None:
    result = score_form(
        form(ind("a", "≥10件", "10件"), ind("b", "≥10件", "5件", weight=None), ind("c"))
    )
    assert result.total is None
    assert result.notes[0] == "no score for: b, c"
    assert result.verdict == "cannot score: no score for: b, c"


def test_an_indicator_without_a_target_uses_its_printed_score_up_to_the_weight() -> None:
    # printed 10 of 10: used (the edge of "printed <= weight")
    result = score_form(form(ind("x", None, "5件", printed="10")))
    assert is_fast(result) == [False]
    assert whole(result.indicators[0]) == (
        None,
        "printed-used",
        "10",
        "10",
        "no target printed → printed 10",
        ("no target printed; the printed 10 is used",),
    )
    assert result.indicators[0].rule is None
    assert result.indicators[0].difference is None  # the rule did not decide
    assert str(result.total) == "10.00"
    assert result.notes == ("1 indicator(s) use the printed score (the rule cannot decide)",)


def test_a_printed_score_above_the_weight_is_not_used() -> None:
    result = score_form(form(ind("x", None, "5件", printed="10.5")))
    assert whole(result.indicators[0]) == (
        None,
        "not-scored",
        None,
        "10.5",
        "no target printed",
        ("the printed 10.5 exceeds the weight 10", "no target printed"),
    )
    assert result.total is None
    assert result.notes == ("no score for: x",)


def test_no_printed_score_and_no_target_is_not_scored() -> None:
    result = score_form(form(ind("x")))
    assert whole(result.indicators[0]) == (
        None,
        "not-scored",
        None,
        None,
        "no target printed",
        ("no target printed",),
    )


def test_no_actual_and_a_printed_score_above_the_weight_keeps_the_kind() -> None:
    result = score_form(form(ind("x", "≥10件", None, printed="10.5")))
    assert whole(result.indicators[0]) == (
        IndicatorKind.FORWARD,
        "not-scored",
        None,
        "10.5",
        "no actual printed",
        ("the printed 10.5 exceeds the weight 10", "no actual printed"),
    )


def test_no_actual_uses_the_printed_score() -> None:
    result = score_form(form(ind("x", "≥10件", None, printed="4")))
    assert is_fast(result) == [False]
    assert whole(result.indicators[0]) == (
        IndicatorKind.FORWARD,
        "printed-used",
        "4",
        "4",
        "no actual printed → printed 4",
        ("no actual printed; the printed 4 is used",),
    )


def test_values_that_cannot_be_compared_use_the_printed_score() -> None:
    result = score_form(form(ind("x", "≥5件", "5米", printed="7")))
    assert is_fast(result) == [False]
    reason = "not comparable: ≥5件 is in 件 and 5米 is in 米"
    assert whole(result.indicators[0]) == (
        IndicatorKind.FORWARD,
        "printed-used",
        "7",
        "7",
        f"{reason} → printed 7",
        (f"{reason}; the printed 7 is used",),
    )


def test_an_assumed_unit_is_noted_and_scored() -> None:
    # 10 × 4/5 = 8; the actual "4" has no unit and is read in 件
    result = score_form(form(ind("x", "≥5件", "4", printed="8")))
    assert is_fast(result) == [False]
    assert whole(result.indicators[0]) == (
        IndicatorKind.FORWARD,
        "scored",
        "8.00",
        "8",
        "正向: 4 < 5件 → 8.00/10",
        ("4 has no unit; read as 件",),
    )
    assert result.indicators[0].difference is None  # 8 = 8.00
    assert str(result.total) == "8.00"


def test_a_rule_warning_becomes_a_note_and_a_difference_is_printed_minus_rule() -> None:
    # 13 of a ≥10 target is 130%: central-2020 flags an over-shoot from 130%
    result = score_form(form(ind("x", "≥10件", "13件", printed="9")))
    got = result.indicators[0]
    assert whole(got) == (
        IndicatorKind.FORWARD,
        "scored",
        "10.00",
        "9",
        "正向: 13件 ≥ 10件 → 10/10, printed 9",
        ("超额完成：完成值为指标值的130.00%（≥130%），请说明偏差原因；偏离度扣分未自动计算",),
    )
    assert str(got.difference) == "-1.00"  # 9 − 10.00
    assert result.differences == (got,)
    assert str(result.total) == "10.00"


@pytest.mark.parametrize("level2", ["成本指标", "经济成本指标", "社会成本指标", "生态环境成本指标"])
def test_no_comparator_under_a_cost_level2_is_reverse(level2: str) -> None:
    # read as 反向: 15 against 10 is 10 × (2 − 1.5) = 5 (正向 would give 10)
    result = score_form(form(ind("x", "10万元", "15万元", level2=level2)))
    assert is_fast(result) == [False]
    assert whole(result.indicators[0]) == (
        IndicatorKind.REVERSE,
        "scored",
        "5.00",
        None,
        "反向: 15万元 > 10万元 → 5.00/10",
        (f"no comparator printed; read as 反向 (≤) under {level2}",),
    )
    assert str(result.total) == "5.00"


def test_no_comparator_and_a_target_of_0_is_equal() -> None:
    result = score_form(form(ind("x", "0次", "1次", level2="质量指标")))
    assert whole(result.indicators[0]) == (
        IndicatorKind.EQUAL,
        "scored",
        "0.00",
        None,
        "等于: 1次 > 0次 → 0.00/10",
        ("no comparator printed; a target of 0 is read as 等于 0",),
    )


@pytest.mark.parametrize("target", ["10件", "≈10件"])
def test_no_comparator_otherwise_is_forward(target: str) -> None:
    result = score_form(form(ind("x", target, "5件")))
    assert whole(result.indicators[0]) == (
        IndicatorKind.FORWARD,
        "scored",
        "5.00",
        None,
        "正向: 5件 < 10件 → 5.00/10",
        ("no comparator printed; read as 正向 (≥)",),
    )


def test_a_range_target_without_a_stated_kind_has_no_rule_and_says_so() -> None:
    # The reason is that no rule scores a range; it was "no target printed" (with the target
    # printed) before this was fixed.
    result = score_form(form(ind("x", "3-5件", "4件", printed="8")))
    assert whole(result.indicators[0]) == (
        None,
        "printed-used",
        "8",
        "8",
        "range targets have no scoring rule → printed 8",
        ("range targets have no scoring rule; the printed 8 is used",),
    )
    result = score_form(form(ind("x", "±3%", "2%", printed="11")))
    assert whole(result.indicators[0]) == (
        None,
        "not-scored",
        None,
        "11",
        "tolerance targets have no scoring rule",
        ("the printed 11 exceeds the weight 10", "tolerance targets have no scoring rule"),
    )


def test_a_stated_kind_without_a_target_names_the_missing_target() -> None:
    # The actual 5件 is printed, the target is not: the reason names the target (it said
    # "no actual printed" before the fix).
    result = score_form(form(ind("x", None, "5件", kind="反向", printed="7")))
    assert whole(result.indicators[0]) == (
        IndicatorKind.REVERSE,
        "printed-used",
        "7",
        "7",
        "no target printed → printed 7",
        ("no target printed; the printed 7 is used",),
    )


def test_a_not_applicable_target_is_excluded_with_its_rule() -> None:
    result = score_form(form(ind("a", "≥5件", "5件", weight="50"), ind("b", "/", printed="0")))
    got = result.indicators[1]
    assert whole(got) == (
        IndicatorKind.NOT_APPLICABLE,
        "not-applicable",
        None,
        "0",
        "不适用（目标为不适用） → 不计分",
        (),
    )
    assert got.rule is not None
    assert (got.rule.rule, got.rule.weight, got.rule.score) == ("not-applicable", D(10), None)
    assert got.difference is None
    assert str(result.total) == "50.00"  # excluded: not rescaled under central-2020
    assert result.notes == ()


def test_every_indicator_not_applicable_leaves_nothing_to_add() -> None:
    # The lead said "no score for: 预算执行率" before this was fixed, of a form without that line.
    lead = "every weighted indicator is 不适用: nothing to add up"
    for profile in (get_profile(), RESCALE):
        result = score_form(form(ind("b", "/")), profile)
        assert (result.total, result.grade) == (None, None)
        assert result.notes == (lead,)
        assert result.verdict == f"cannot score: {lead}"


# -- out of range: the full path refuses what the fast path would not check --------------------
HUGE = "9" * 30


@pytest.mark.parametrize(
    ("target", "actual"),
    [(f"≥{HUGE}亿元", "5元"), ("≥5元", f"{HUGE}亿元")],
)
def test_one_value_out_of_range_is_refused(target: str, actual: str) -> None:
    with pytest.raises(OutOfRangeError):
        score_form(form(ind("x", target, actual)))


def test_an_assumed_unit_that_takes_a_value_out_of_range_is_refused() -> None:
    # 26 nines has no unit: read in 亿元, it is 9…9 × 10⁸, 34 digits, above the 10³¹ limit
    # (each value was in range as printed, so only the aligned value can be checked)
    nines = "9" * 26
    with pytest.raises(OutOfRangeError) as raised:
        score_form(form(ind("x", "≥5亿元", nines)))
    assert str(raised.value) == f"too large: 10**31 or more: Decimal('{nines}00000000')"


@pytest.mark.parametrize("actual", ["5件", "5"])  # the same unit; an assumed unit
def test_a_negative_weight_is_refused_naming_it(actual: str) -> None:
    with pytest.raises(OutOfRangeError) as raised:
        score_form(form(ind("x", "≥10件", actual, weight="-1")))
    assert str(raised.value) == "a weight must not be negative: Decimal('-1')"


# -- 定性 ----------------------------------------------------------------------------------------


def test_a_judgement_is_scored_in_its_tier() -> None:
    # 0.7 of 10 lies in 部分达成 [60%, 80%): 7.00; the printed 6 differs
    result = score_form(
        form(ind("x", "提升", "有效提升", printed="6", judgement="0.7", level1="效益指标"))
    )
    got = result.indicators[0]
    assert got.indicator is result.form.indicators[0]
    assert whole(got) == (
        IndicatorKind.QUALITATIVE,
        "scored",
        "7.00",
        "6",
        "定性: 提升 → 有效提升, 部分达成 → 7.00/10, printed 6",
        (),
    )
    assert got.rule is not None
    assert got.rule.rule == "qualitative-tier"
    assert str(got.difference) == "-1.00"
    assert str(result.total) == "7.00"


def test_a_judgement_without_actual_or_target_and_an_equal_printed_score() -> None:
    # stated 定性, no cells: "—"; 0.9 of 10 is 达成 [80%, 100%]: 9.00, printed 9 agrees
    result = score_form(form(ind("x", kind="定性", printed="9", judgement="0.9")))
    assert whole(result.indicators[0]) == (
        IndicatorKind.QUALITATIVE,
        "scored",
        "9.00",
        "9",
        "定性: — → —, 达成 → 9.00/10",
        (),
    )
    assert result.indicators[0].difference is None


def test_qualitative_without_judgement_or_printed_score_is_not_scored() -> None:
    result = score_form(form(ind("x", "提升", "提升")))
    assert whole(result.indicators[0]) == (
        IndicatorKind.QUALITATIVE,
        "not-scored",
        None,
        None,
        "定性: no judgement",
        ("定性 with neither a tier judgement nor a printed score",),
    )
    assert result.notes == ("no score for: x",)


@pytest.mark.parametrize("printed", ["10.01", "-0.01"])
def test_a_qualitative_printed_score_outside_0_to_the_weight_is_not_used(printed: str) -> None:
    result = score_form(form(ind("x", "提升", "提升", printed=printed)))
    assert whole(result.indicators[0]) == (
        IndicatorKind.QUALITATIVE,
        "not-scored",
        None,
        printed,
        "定性: printed score out of range",
        (f"the printed {printed} lies outside 0–10",),
    )


@pytest.mark.parametrize(
    ("printed", "tier", "band"),
    [
        ("10", "达成", "[80%, 100%]"),  # the weight itself: still in range
        ("8", "达成", "[80%, 100%]"),
        ("7.99", "部分达成", "[60%, 80%)"),
        ("6", "部分达成", "[60%, 80%)"),
        ("5.99", "未达成", "[0%, 60%)"),
        ("0", "未达成", "[0%, 60%)"),  # 0: still in range
    ],
)
def test_a_qualitative_printed_score_is_used_and_its_band_named(
    printed: str, tier: str, band: str
) -> None:
    result = score_form(form(ind("x", "提升", "提升", printed=printed)))
    assert whole(result.indicators[0]) == (
        IndicatorKind.QUALITATIVE,
        "printed-used",
        printed,
        printed,
        f"定性: 提升 → 提升, printed {printed}/10 in {tier} {band}",
        (
            f"定性: no tier given; the printed {printed}/10 lies in the {tier} band {band}"
            " and is used",
        ),
    )
    assert result.indicators[0].difference is None
    assert result.notes == ("1 indicator(s) use the printed score (the rule cannot decide)",)


def test_a_qualitative_weight_of_0_has_no_band() -> None:
    result = score_form(form(ind("x", "提升", "提升", weight="0", printed="0")))
    assert whole(result.indicators[0]) == (
        IndicatorKind.QUALITATIVE,
        "printed-used",
        "0",
        "0",
        "定性: 提升 → 提升, printed 0/0",
        ("定性: the weight is 0, so there is no tier band; the printed 0 is used",),
    )


# -- the execution line ------------------------------------------------------------------------


def test_the_execution_line_is_scored_with_the_profiles_weight() -> None:
    # 95/100 of 10 = 9.50; printed 9; the indicator 90 × 1 = 90: total 99.50, 优
    result = score_form(
        form(ind("a", "≥5件", "5件", weight="90"), funds=(line("95", "100", score="9"),))
    )
    got = result.execution
    assert got is not None
    assert (str(got.score), str(got.printed)) == ("9.50", "9")
    assert got.explanation == "执行率: 95 / 100 = 95.00% → 9.50/10, printed 9"
    assert got.rule is not None
    assert got.rule.rule == "execution-rate"
    assert str(got.difference) == "-0.50"
    assert (str(result.total), result.grade) == ("99.50", "优")
    assert result.verdict == "total 99.50 (优)"


def test_the_execution_line_weight_caps_and_counts_in_the_weight_check() -> None:
    # 120/100 is capped at 100%: the line's own weight 5; 95 + 5 = the form's 100
    result = score_form(
        form(
            ind("a", "≥5件", "5件", weight="95"),
            funds=(line("120", "100", weight="5", score="5"),),
            total_weight=D(100),
        )
    )
    got = result.execution
    assert got is not None
    assert (str(got.score), got.difference) == ("5.00", None)
    assert got.explanation == "执行率: 120 / 100 = 120.00% → 5/5"
    assert str(result.total) == "100.00"
    assert result.weight_problems == ()


def test_the_execution_line_left_out_of_the_total_and_the_weight_check() -> None:
    result = score_form(
        form(
            ind("a", "≥5件", "5件", weight="90"),
            funds=(line("50", "100"),),
            total_weight=D(100),
        ),
        NO_EXECUTION,
    )
    assert str(result.total) == "90.00"  # the line's 5.00 is not added
    assert result.execution is not None
    assert str(result.execution.score) == "5.00"
    assert result.execution.difference is None  # no score printed
    assert result.execution.explanation == "执行率: 50 / 100 = 50.00% → 5.00/10"
    assert [p.message_en for p in result.weight_problems] == [
        "total: the weights add up to 90, the form says 100"
    ]


def test_a_form_without_an_execution_line_adds_its_indicators() -> None:
    result = score_form(form(ind("a", "≥5件", "5件", weight="90")))
    assert result.execution is None
    assert str(result.total) == "90.00"
    assert result.grade == "优"


@pytest.mark.parametrize(
    ("executed", "adjusted", "explanation"),
    [
        ("5", "0", "执行率: 5 / 0 = — → 不计分"),
        ("5", "-10", "执行率: 5 / -10 = — → 不计分"),
        (None, "100", "执行率: 全年预算数 or 全年执行数 not printed"),
        ("100", None, "执行率: 全年预算数 or 全年执行数 not printed"),
    ],
)
def test_an_execution_line_that_cannot_be_scored_leaves_no_total(
    executed: str | None, adjusted: str | None, explanation: str
) -> None:
    result = score_form(
        form(ind("a", "≥5件", "5件", weight="90"), funds=(line(executed, adjusted, score="10"),))
    )
    got = result.execution
    assert got is not None
    assert got.line is result.form.funds[0]
    assert (got.score, str(got.printed), got.explanation, got.difference) == (
        None,
        "10",
        explanation,
        None,
    )
    assert result.total is None
    assert result.notes == ("no score for: 预算执行率",)
    assert result.verdict == "cannot score: no score for: 预算执行率"
    # a profile whose total leaves the line out still adds up the indicators
    assert str(score_form(result.form, NO_EXECUTION).total) == "90.00"


def test_a_negative_execution_and_rounding_of_the_rate() -> None:
    # a negative 执行数 counts as 0; 1/8 of 1 point is 0.125, half-up 0.13
    result = score_form(form(ind("a", "≥5件", "5件", weight="90"), funds=(line("-5", "100"),)))
    assert result.execution is not None
    assert str(result.execution.score) == "0.00"
    assert str(result.total) == "90.00"
    result = score_form(form(funds=(line("1", "8", weight="1"),)))
    assert result.execution is not None
    assert str(result.execution.score) == "0.13"
    assert result.execution.explanation == "执行率: 1 / 8 = 12.50% → 0.13/1"


def test_the_execution_line_rounds_as_the_profile_says() -> None:
    # 10 × 2/3 = 6.666…: rounded down 6.66 (half-up would give 6.67); with 90 met, 96.66
    down = attrs.evolve(get_profile(), score_rounding=Rounding.DOWN)
    result = score_form(form(ind("a", "≥5件", "5件", weight="90"), funds=(line("2", "3"),)), down)
    assert str(result.total) == "96.66"
    assert result.execution is not None
    assert str(result.execution.score) == "6.66"


@pytest.mark.parametrize("weight", ["0", "0.5", "10"])
def test_the_execution_lines_words_are_built_when_read(
    weight: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # whatever its weight (0 included), the line's score comes from the fast path; its
    # explanation is written the first time it is read, then kept
    calls: list[FundsLine] = []
    full = scoring._execution

    def counting(funds: FundsLine | None, profile: Profile) -> ExecutionResult | None:
        assert funds is not None
        calls.append(funds)
        return full(funds, profile)

    monkeypatch.setattr(scoring, "_execution", counting)
    result = score_form(form(ind("a", "≥5件", "5件", weight="90"), funds=(line("1", "2", weight),)))
    assert calls == []
    half = D(weight) / 2  # 1/2 of the weight: 0, 0.25, 5
    assert result.total == D(90) + half
    assert result.execution is not None
    assert result.execution.score == half
    assert result.execution is result.execution
    assert len(calls) == 1


def test_a_negative_execution_weight_is_refused_naming_it() -> None:
    with pytest.raises(OutOfRangeError) as raised:
        score_form(form(ind("a", "≥5件", "5件"), funds=(line("95", "100", weight="-1"),)))
    assert str(raised.value) == "a weight must not be negative: Decimal('-1')"


# -- 一级 subtotals, weight checks, notes, verdict -----------------------------------------------


def test_level1_subtotals() -> None:
    result = score_form(
        form(
            ind("p1", "≥10件", "5件", weight="20", printed="10"),  # 20 × 5/10 = 10
            ind("p2", "≥10件", "10件", weight="20", printed="20"),  # met: 20
            ind("p3", "/", weight="10", printed="0"),  # 不适用: no score, printed 0
            ind("e1", "提升", "提升", weight="30", printed="24", level1="效益指标"),
            ind("s1", "≥90%", "95%", weight="10", level1="满意度指标"),  # met, no printed
            level1_weights={
                "产出指标": D(50),
                "效益指标": D(30),
                "满意度指标": D(10),
                "其他指标": D(0),
            },
        )
    )
    assert result.level1 == (
        Level1Result("产出指标", D(50), D("30.00"), D(30)),
        Level1Result("效益指标", D(30), D(24), D(24)),
        Level1Result("满意度指标", D(10), D("10.00"), None),
        Level1Result("其他指标", D(0), None, None),
    )
    assert str(result.total) == "64.00"  # 10 + 20 + 24 + 10; 不适用 excluded


def test_weight_problems_name_the_file_and_are_noted() -> None:
    result = score_form(
        form(
            ind("a", "≥5件", "5件", weight="45"),
            level1_weights={"产出指标": D(50)},
            source="f.json",
        )
    )
    (problem,) = result.weight_problems
    assert (problem.location.file, problem.location.field) == ("f.json", "产出指标")
    assert problem.message_en == "产出指标: the weights add up to 45, the form says 50"
    assert result.notes == ("weights: 产出指标: the weights add up to 45, the form says 50",)


FINDING = Finding(
    "form.unread",
    Severity.WARNING,
    Location(file="f.json", field="year"),
    "year is not a number",
    "年份不是数字",
)


def test_notes_lead_then_form_findings_then_weights_then_printed_used() -> None:
    result = score_form(
        form(
            ind("a", "≥5件", "5件", weight="50"),
            ind("b", "提升", "提升", weight="30"),  # 定性, nothing printed: not scored
            ind("c", None, None, printed="8"),  # no target: the printed 8 is used
            ind("d", None, None, printed="2"),
            level1_weights={"产出指标": D(60)},
            findings=(FINDING,),
            source="f.json",
        )
    )
    assert result.total is None
    assert result.notes == (
        "no score for: b",
        "form: f.json field 'year': form.unread warning: year is not a number",
        "weights: 产出指标: the weights add up to 100, the form says 60",  # 50 + 30 + 10 + 10
        "2 indicator(s) use the printed score (the rule cannot decide)",
    )
    assert result.verdict == "cannot score: no score for: b"


def test_notes_with_a_rescaled_total() -> None:
    result = score_form(
        form(
            ind("a", "≥5件", "5件", weight="50"),
            ind("b", "/", weight="40"),
            findings=(FINDING,),
        ),
        RESCALE,
    )
    # 50 of the 50 applicable points on the 90 they and the 不适用 40 make up: 90
    assert str(result.total) == "90.00"
    assert result.notes == (
        "form: f.json field 'year': form.unread warning: year is not a number",
        "不适用 weight 40 left out; rescaled to 90",
    )


def _graded(printed_total: str | None, printed_grade: str | None, printed: str) -> FormScore:
    return score_form(
        form(
            ind("a", "≥5件", "5件", weight="90", printed=printed),
            funds=(line("100", "100"),),
            total_score=None if printed_total is None else D(printed_total),
            grade=printed_grade,
        )
    )


@pytest.mark.parametrize(
    ("printed_total", "printed_grade", "printed", "verdict"),
    [
        ("100", "优", "90", "total 100.00 (优); the printed total agrees"),
        ("100", "优秀", "90", "total 100.00 (优); the printed total agrees"),  # same rank
        (
            "99.4",
            "良",
            "89.4",
            "total 100.00 (优); printed 99.4; 1 indicator(s) printed differently from the rule;"
            " printed grade 良",
        ),
        ("99.4", "甲", "90", "total 100.00 (优); printed 99.4; printed grade 甲"),  # unreadable
        (None, None, "90", "total 100.00 (优)"),
    ],
)
def test_the_verdict(
    printed_total: str | None, printed_grade: str | None, printed: str, verdict: str
) -> None:
    result = _graded(printed_total, printed_grade, printed)
    assert result.verdict == verdict
    assert result.scorable


# -- the total and its grade ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("actual", "executed", "total", "grade"),
    [
        ("5件", "100", "100.00", "优"),  # the top of the scale: 优, no note
        ("4.5件", "100", "91.00", "优"),  # 90 × 0.9 = 81 + 10
        ("0件", "0", "0.00", "差"),  # the bottom of the scale: 差, no note
    ],
)
def test_a_total_inside_0_to_100_is_graded(
    actual: str, executed: str, total: str, grade: str
) -> None:
    result = score_form(form(ind("a", "≥5件", actual, weight="90"), funds=(line(executed, "100"),)))
    assert (str(result.total), result.grade) == (total, grade)
    assert result.notes == ()


def test_a_total_just_above_100_has_no_grade() -> None:
    result = score_form(
        form(
            ind("a", "≥5件", "5件", weight="90.01"),
            funds=(line("1", "1"),),
            total_score=D("100.01"),
            grade="优",
        )
    )
    assert (str(result.total), result.grade) == ("100.01", None)
    assert result.notes == ("the total 100.01 lies outside 0–100, so it has no grade",)
    # no grade to compare the printed 优 with; the verdict said "(None)" before this was fixed
    assert result.verdict == "total 100.01 (no grade); the printed total agrees"


# -- 不适用 re-scaled ----------------------------------------------------------------------------


def test_rescaled_with_the_execution_line() -> None:
    # 50 + 9.50 = 59.50 of the 60 applicable points, × 100/60 = 99.1666…: 99.17
    result = score_form(
        form(
            ind("a", "≥5件", "5件", weight="50"),
            ind("b", "/", weight="40"),
            funds=(line("95", "100"),),
        ),
        RESCALE,
    )
    assert (str(result.total), result.grade) == ("99.17", "优")
    assert result.notes == ("不适用 weight 40 left out; rescaled to 100",)
    # excluded instead: 59.50
    assert str(score_form(result.form).total) == "59.50"


def test_rescaled_without_the_execution_line_rounds_half_up() -> None:
    # 80 × 56.25/100 = 45 of 80 points, × 90/80 = 50.625: half-up 50.63
    result = score_form(
        form(
            ind("a", "≥100件", "56.25件", weight="80"),
            ind("b", "/", weight="10"),
            funds=(line("100", "100"),),
        ),
        RESCALE_NO_EXECUTION,
    )
    assert (str(result.total), result.grade) == ("50.63", "差")
    assert result.notes == ("不适用 weight 10 left out; rescaled to 90",)


def test_the_rescaled_total_rounds_as_the_profile_says() -> None:
    # 45 × 90/80 = 50.625, rounded down 50.62 (half-up gives 50.63, above)
    down = attrs.evolve(RESCALE_NO_EXECUTION, score_rounding=Rounding.DOWN)
    result = score_form(
        form(ind("a", "≥100件", "56.25件", weight="80"), ind("b", "/", weight="10")), down
    )
    assert str(result.total) == "50.62"


def test_a_not_applicable_weight_of_0_rescales_nothing() -> None:
    result = score_form(
        form(
            ind("a", "≥5件", "4件", weight="90"),  # 90 × 4/5 = 72
            ind("b", "/", weight="0"),
            funds=(line("10", "10"),),
        ),
        RESCALE,
    )
    assert (str(result.total), result.grade) == ("82.00", "良")
    assert result.notes == ()


def test_rescaled_with_no_weight_applying_has_no_total() -> None:
    result = score_form(
        form(ind("a", "≥5件", "5件", weight="0"), ind("b", "/", weight="10")),
        RESCALE_NO_EXECUTION,
    )
    note = "不适用 weight 10 left out and no weight applies: no total"
    assert (result.total, result.grade) == (None, None)
    assert result.notes == (note,)
    assert result.verdict == f"cannot score: {note}"


def test_rescaled_above_100_says_both() -> None:
    # 110 of 110 applicable points, × 120/110 = 120: rescaled, then no grade
    result = score_form(
        form(ind("a", "≥5件", "5件", weight="110"), ind("b", "/", weight="10")), RESCALE
    )
    assert (str(result.total), result.grade) == ("120.00", None)
    assert result.notes == (
        "不适用 weight 10 left out; rescaled to 120; "
        "the total 120.00 lies outside 0–100, so it has no grade",
    )


def test_rescaled_counts_full_path_indicators_as_applying() -> None:
    # a (fast) 40 + c (printed-used, full path) 10 = 50 of 50 applicable points, b 不适用 50:
    # × 100/50 = 100
    result = score_form(
        form(
            ind("a", "≥5件", "5件", weight="40"),
            ind("b", "/", weight="50"),
            ind("c", None, None, printed="10"),
        ),
        RESCALE,
    )
    assert is_fast(result) == [True, False, False]
    assert str(result.total) == "100.00"
    assert result.notes[0] == "不适用 weight 50 left out; rescaled to 100"


# -- choosing the profile ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "profile",
    ["legacy-2017", PROFILES / "legacy-2017.toml", str(PROFILES / "legacy-2017.toml")],
)
def test_a_profile_by_name_or_path(profile: str | Path) -> None:
    # score_form's annotation says str, its check and docstring take any os.PathLike too
    result = score_form(form(ind("x", "≤10件", "12.5件")), profile)  # type: ignore[arg-type]
    assert result.profile == "legacy-2017@1"
    assert str(result.total) == "8.00"  # 10 × 10/12.5, the legacy inverse ratio


def test_the_default_profile() -> None:
    result = score_form(form(ind("x", "≤10件", "12.5件")))
    assert result.profile == "central-2020@1"
    assert str(result.total) == "7.50"


def test_wrong_types_are_refused_with_the_whole_message() -> None:
    with pytest.raises(WrongTypeError) as raised:
        score_form(5)  # type: ignore[arg-type]
    assert str(raised.value) == "score_form takes a Form (see read_form), not int: 5"
    with pytest.raises(WrongTypeError) as raised:
        score_form(form(), 0.5)  # type: ignore[arg-type]
    assert str(raised.value) == (
        "profile must be a Profile, a bundled name or a TOML path, not float: 0.5"
    )


def test_an_empty_form_cannot_be_scored() -> None:
    result = score_form(form(), get_profile())
    assert isinstance(get_profile(), Profile)
    assert (result.total, result.grade, result.indicators, result.level1) == (None, None, (), ())
    assert result.verdict == (
        "cannot score: the table prints no indicator weights, so no rule can score it"
    )
