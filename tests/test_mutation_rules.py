"""Tests that kill mutants of budgetperf.rules which its own tests let survive (issue 10,
Deliver 7; scripts/mutation_score.py rules runs them with tests/test_rules.py).

Every expected value here is worked out by hand from the rules (rules.md §1.3–§1.7) and the
module's docstrings, never by calling the code under test: the whole result of each rule (score,
exact value, rule id, explanation, warnings) at the edges that decide it (a target of 0, a
target between 0 and 1, a negative target or actual, an actual equal to the target, twice the
target, a rate of 100%), the full text of each refusal (reason and value), the tiling of the
qualitative bands one condition at a time, and the re-rounding that keeps a score in its band.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest

from budgetperf.errors import InvalidOption, OutOfRangeError, ParseError, WrongTypeError
from budgetperf.exact import Rounding
from budgetperf.profiles import get_profile
from budgetperf.rules import (
    QUALITATIVE_2020,
    Equality,
    ExecutionRate,
    FractionBand,
    IndicatorKind,
    InverseRatio,
    LinearPenalty,
    NotApplicable,
    ProportionalForward,
    QualitativeRule,
    RuleScore,
    Tier,
    TierBands,
    finish_score,
    rescale_total,
)

D = Decimal
NEGATIVE_TARGET = "指标值为负数，不按比例计分：达到得满分，否则0分"
NEGATIVE_ACTUAL = "完成值为负数，按0计分"


def outcome(result: RuleScore) -> tuple[str | None, str | None, str, str, tuple[str, ...]]:
    """The parts of a result a host shows, with the numbers as printed."""
    score = None if result.score is None else str(result.score)
    raw = None if result.raw is None else str(result.raw)
    return score, raw, result.rule, result.explanation, result.warnings


# -- the quantitative rules, weight 10, unrounded ----------------------------------------------
# (target, actual, score and raw, explanation, warnings); the score is the raw value here.
FORWARD = [
    ("100", "95", "9.50", "正向 (B/A): 95 < 100 → 9.50/10", ()),  # 10 × 0.95
    ("1", "0.5", "5.0", "正向 (B/A): 0.5 < 1 → 5.0/10", ()),  # a target of 1 is proportional
    ("0.5", "0.25", "5.0", "正向 (B/A): 0.25 < 0.5 → 5.0/10", ()),  # so is one below 1
    ("5", "5.0", "10", "正向: 5.0 = 5 → 10/10", ()),  # met exactly: the weight itself
    ("5", "6", "10", "正向: 6 ≥ 5 → 10/10", ()),
    ("10", "0", "0", "正向 (B/A): 0 < 10 → 0/10", ()),  # 0 is not negative: no warning
    ("10", "-2", "0", "正向 (B/A): -2 < 10 → 0/10", (NEGATIVE_ACTUAL,)),
    ("0", "0", "10", "正向: 0 ≥ 0 → 10/10", ()),  # a target of 0 is met by 0
    ("0", "-1", "0", "正向: -1 < 0 → 0/10", ()),
    ("-5", "-5", "10", "正向: -5 ≥ -5 → 10/10", (NEGATIVE_TARGET,)),
    ("-5", "-6", "0", "正向: -6 < -5 → 0/10", (NEGATIVE_TARGET,)),
]
INVERSE = [
    ("5", "5", "10", "反向: 5 = 5 → 10/10", ()),
    ("5", "4", "10", "反向: 4 ≤ 5 → 10/10", ()),
    ("10", "12.5", "8.0", "反向 (A/B): 12.5 > 10 → 8.0/10", ()),  # 10 × 10/12.5
    ("0.5", "1", "5.0", "反向 (A/B): 1 > 0.5 → 5.0/10", ()),  # 10 × 0.5/1
    ("0", "0", "10", "反向: 0 = 0 → 10/10", ()),
    ("0", "1", "0", "反向 (A/B): 1 > 0 → 0/10", ()),  # A/B = 0/1
    ("-1", "-2", "10", "反向: -2 ≤ -1 → 10/10", (NEGATIVE_TARGET,)),
    ("-1", "0", "0", "反向: 0 > -1 → 0/10", (NEGATIVE_TARGET,)),
]
LINEAR = [
    ("5", "5", "10", "反向: 5 = 5 → 10/10", ()),
    ("10", "12.5", "7.50", "反向 (2 − B/A): 12.5 > 10 → 7.50/10", ()),  # 10 × (2 − 1.25)
    ("1", "1.5", "5.0", "反向 (2 − B/A): 1.5 > 1 → 5.0/10", ()),  # 10 × (2 − 1.5)
    ("10", "20", "0", "反向 (2 − B/A): 20 ≥ 2 × 10 → 0/10", ()),  # exactly twice: 0
    ("10", "25", "0", "反向 (2 − B/A): 25 ≥ 2 × 10 → 0/10", ()),
    ("0", "0", "10", "反向: 0 = 0 → 10/10", ()),
    ("0", "1", "0", "反向: 1 > 0 → 0/10", ()),
    ("-1", "0", "0", "反向: 0 > -1 → 0/10", (NEGATIVE_TARGET,)),
]
EQUAL = [
    ("100", "98", "9.80", "equal", "等于 (B/A): 98 < 100 → 9.80/10", ()),
    ("1", "0.5", "5.0", "equal", "等于 (B/A): 0.5 < 1 → 5.0/10", ()),
    ("10", "10", "10", "equal", "等于: 10 = 10 → 10/10", ()),
    ("10", "11", "10", "equal", "等于: 11 ≥ 10 → 10/10", ()),  # over-shoot keeps full marks
    ("0", "0", "10", "equal-zero-target", "等于 (指标值为0): 0 ≤ 0 → 10/10", ()),
    ("0", "-1", "10", "equal-zero-target", "等于 (指标值为0): -1 ≤ 0 → 10/10", ()),
    ("0", "0.5", "0", "equal-zero-target", "等于 (指标值为0): 0.5 > 0 → 0/10", ()),
    ("-1", "-1", "10", "equal", "等于: -1 = -1 → 10/10", (NEGATIVE_TARGET,)),
    ("-1", "0", "0", "equal", "等于: 0 ≠ -1 → 0/10", (NEGATIVE_TARGET,)),
]


@pytest.mark.parametrize(("target", "actual", "score", "explanation", "warnings"), FORWARD)
def test_forward_by_hand(
    target: str, actual: str, score: str, explanation: str, warnings: tuple[str, ...]
) -> None:
    result = ProportionalForward().score(target, actual, 10)
    assert outcome(result) == (score, score, "forward-proportional", explanation, warnings)
    assert result.source == ProportionalForward.source
    assert result.weight == 10
    assert result.profile == ""
    assert str(ProportionalForward.raw(D(target), D(actual), D(10))) == score


@pytest.mark.parametrize(("target", "actual", "score", "explanation", "warnings"), INVERSE)
def test_inverse_ratio_by_hand(
    target: str, actual: str, score: str, explanation: str, warnings: tuple[str, ...]
) -> None:
    result = InverseRatio().score(target, actual, 10)
    assert outcome(result) == (score, score, "reverse-inverse-ratio", explanation, warnings)
    assert result.source == InverseRatio.source


@pytest.mark.parametrize(("target", "actual", "score", "explanation", "warnings"), LINEAR)
def test_linear_penalty_by_hand(
    target: str, actual: str, score: str, explanation: str, warnings: tuple[str, ...]
) -> None:
    result = LinearPenalty().score(target, actual, 10)
    assert outcome(result) == (score, score, "reverse-linear-penalty", explanation, warnings)
    assert result.source == LinearPenalty.source


@pytest.mark.parametrize(("target", "actual", "score", "rule", "explanation", "warnings"), EQUAL)
def test_equality_by_hand(
    target: str,
    actual: str,
    score: str,
    rule: str,
    explanation: str,
    warnings: tuple[str, ...],
) -> None:
    result = Equality().score(target, actual, 10)
    assert outcome(result) == (score, score, rule, explanation, warnings)
    assert str(Equality.raw(D(target), D(actual), D(10))) == score


def test_printed_texts_replace_the_numbers_in_the_explanation() -> None:
    result = InverseRatio().score(
        "1179.7", "1107.5", 10, target_text="1179.7万元", actual_text="1107.5万元"
    )
    assert result.explanation == "反向: 1107.5万元 ≤ 1179.7万元 → 10/10"


OVERSHOOT = "超额完成：完成值为指标值的{}%（≥130%），请说明偏差原因；偏离度扣分未自动计算"


def test_overshoot_warns_from_the_threshold_on() -> None:
    forward = ProportionalForward(overshoot="1.3")
    # 2 is 200% of a target of 1 (a target of 1 is checked like any other above 0)
    assert outcome(forward.score(1, 2, 10)) == (
        "10",
        "10",
        "forward-proportional",
        "正向: 2 ≥ 1 → 10/10",
        (OVERSHOOT.format("200.00"),),
    )
    assert forward.score(10, 13, 10).warnings == (OVERSHOOT.format("130.00"),)  # 13/10 = 1.3
    assert forward.score(10, "12.9", 10).warnings == ()  # 1.29 < 1.3
    equal = Equality(overshoot="1.3")
    assert outcome(equal.score(10, 13, 10)) == (
        "10",
        "10",
        "equal",
        "等于: 13 ≥ 10 → 10/10",
        (OVERSHOOT.format("130.00"),),
    )


# -- rounding through finish_score -------------------------------------------------------------
def test_a_rounded_score_keeps_its_places_and_never_passes_the_weight() -> None:
    # 10 × 9.995/10 = 9.9950 → 10.00, which is the weight: printed with its two places
    result = ProportionalForward().score(10, "9.995", 10, places=2)
    assert str(result.score) == "10.00"
    assert result.explanation == "正向 (B/A): 9.995 < 10 → 10/10"
    # the weight 22.5 rounded to whole points would be 23: the weight itself
    assert str(ProportionalForward().score(1, 1, "22.5", places=0).score) == "22.5"


def test_a_profile_names_itself_on_every_score() -> None:
    result = get_profile("central-2020").score(IndicatorKind.FORWARD, 100, 95, 10)
    assert result.profile == "central-2020@1"
    assert str(result.score) == "9.50"


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (
            lambda: finish_score(1.5, D(10), rule="r", source="s", head="h"),  # type: ignore[arg-type]
            WrongTypeError,
            "finish_score: raw must be a Decimal, not float: 1.5",
        ),
        (
            lambda: finish_score(D(1), 10, rule="r", source="s", head="h"),  # type: ignore[arg-type]
            WrongTypeError,
            "finish_score: weight must be a Decimal, not int: 10",
        ),
        (
            lambda: finish_score(D(1), D(10), rule="r", source="s", head="h", band="x"),  # type: ignore[arg-type]
            WrongTypeError,
            "band must be a FractionBand, not str: 'x'",
        ),
        (
            lambda: ProportionalForward().score(1, 1, -5),
            OutOfRangeError,
            "a weight must not be negative: Decimal('-5')",
        ),
        (
            lambda: ProportionalForward(overshoot=0),
            OutOfRangeError,
            "a threshold must be positive: Decimal('0')",
        ),
        (
            lambda: ExecutionRate(reason_below="-0.5"),
            OutOfRangeError,
            "a threshold must be positive: Decimal('-0.5')",
        ),
        (
            lambda: ProportionalForward().score(1, 1, 10, target_text=5),  # type: ignore[arg-type]
            WrongTypeError,
            "a printed text must be a str or None, not int: 5",
        ),
        (
            lambda: QualitativeRule(bands=1),  # type: ignore[arg-type]
            WrongTypeError,
            "bands must be TierBands, not int: 1",
        ),
        (lambda: Tier.parse(5), WrongTypeError, "a tier is read from text, not int: 5"),  # type: ignore[arg-type]
        (lambda: Tier.parse("良好"), ParseError, "not a tier (达成 / 部分达成 / 未达成): '良好'"),
    ],
)
def test_each_refusal_names_its_reason_and_value(
    call: Callable[[], object], error: type[Exception], message: str
) -> None:
    with pytest.raises(error) as caught:
        call()
    assert str(caught.value) == message


def test_a_tier_label_may_have_spaces_in_it() -> None:
    assert Tier.parse("部分 达成") is Tier.PARTIAL
    assert Tier.parse("达成年度指标") is Tier.ACHIEVED
    assert Tier.parse(" 未达成 ") is Tier.NOT_ACHIEVED


# -- execution rate ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("executed", "budget", "score", "explanation", "warnings"),
    [
        ("5", "10", "5.0", "执行率: 5 / 10 = 50.00% → 5.0/10", ()),  # 10 × 0.5
        ("0.25", "0.5", "5.0", "执行率: 0.25 / 0.5 = 50.00% → 5.0/10", ()),  # a budget below 1
        ("10", "10", "10", "执行率: 10 / 10 = 100.00% → 10/10", ()),  # 100% is no warning
        (
            "15",
            "10",
            "10",
            "执行率: 15 / 10 = 150.00% → 10/10",
            ("执行率超过100%（150.00%），按100%计分",),
        ),
        ("0", "10", "0", "执行率: 0 / 10 = 0.00% → 0/10", ()),  # 0 is not negative
        ("-1", "10", "0", "执行率: -1 / 10 = -10.00% → 0/10", ("执行数为负数，按0计分",)),
        ("5", "0", None, "执行率: 5 / 0 = — → 不计分", ("全年预算数为0，执行率无定义，不能计分",)),
        (
            "5",
            "-10",
            None,
            "执行率: 5 / -10 = — → 不计分",
            ("全年预算数为负数，执行率无定义，不能计分",),
        ),
    ],
)
def test_execution_rate_by_hand(
    executed: str,
    budget: str,
    score: str | None,
    explanation: str,
    warnings: tuple[str, ...],
) -> None:
    result = ExecutionRate().score(executed, budget)  # 10 points unless told
    assert outcome(result) == (score, score, "execution-rate", explanation, warnings)
    assert result.weight == 10
    assert result.source == ExecutionRate.source
    assert result.profile == ""


def test_execution_rate_texts_basis_threshold_and_rounding() -> None:
    result = ExecutionRate().score(5, 10, 10, executed_text="5万元", budget_text="10万元")
    assert result.explanation == "执行率: 5万元 / 10万元 = 50.00% → 5.0/10"
    assert ExecutionRate(basis="调整后预算数").score(5, 0).warnings == (
        "调整后预算数为0，执行率无定义，不能计分",
    )
    sichuan = ExecutionRate(reason_below="0.9")
    assert sichuan.score(8, 10).warnings == ("执行率80.00%低于90%，需说明原因",)
    assert sichuan.score(9, 10).warnings == ()  # 90% is not below 90%
    # 10 × 2/3 = 6.666…: 6 rounded down, 7 half up
    down = ExecutionRate().score(2, 3, places=0, rounding=Rounding.DOWN)
    assert down.explanation == "执行率: 2 / 3 = 66.67% → 6/10"
    assert str(ExecutionRate().score(2, 3, places=0).score) == "7"


def test_not_applicable_by_hand() -> None:
    result = NotApplicable().score()
    assert outcome(result) == (None, None, "not-applicable", "不适用 → 不计分", ())
    assert str(result.weight) == "0"
    assert result.source == NotApplicable.source
    assert result.applicable is False
    assert result.profile == ""  # a rule used on its own names no profile
    reasoned = NotApplicable().score(5, reason="项目未开展")
    assert reasoned.explanation == "不适用（项目未开展） → 不计分"
    assert reasoned.weight == 5


# -- bands and tiers ---------------------------------------------------------------------------
def band(
    lower: str, upper: str, lower_closed: bool = True, upper_closed: bool = True
) -> FractionBand:
    return FractionBand(D(lower), D(upper), lower_closed=lower_closed, upper_closed=upper_closed)


def test_a_band_holds_its_ends_only_when_closed() -> None:
    open_low = band("0.6", "0.8", lower_closed=False)
    assert str(open_low) == "(60%, 80%]"
    assert open_low.contains(D("0.6")) is False
    assert open_low.contains(D("0.7")) is True
    assert open_low.contains(D("0.8")) is True
    point = FractionBand("0.5", "0.5")  # a single point is a band
    assert str(point) == "[50%, 50%]"
    assert point.contains(D("0.5")) is True
    assert str(FractionBand("0.125", 1)) == "[12.5%, 100%]"


@pytest.mark.parametrize(
    ("make", "error", "message"),
    [
        (
            lambda: band("0.5", "0.5", upper_closed=False),
            InvalidOption,
            "a band must not be empty: '[50%, 50%)'",
        ),
        (lambda: band("0.8", "0.6"), InvalidOption, "a band must not be empty: '[80%, 60%]'"),
        (
            lambda: FractionBand("1.5", 1),
            OutOfRangeError,
            "a band's bound must lie between 0 and 1: Decimal('1.5')",
        ),
        (
            lambda: FractionBand(0, "-0.1"),
            OutOfRangeError,
            "a band's bound must lie between 0 and 1: Decimal('-0.1')",
        ),
        (lambda: FractionBand(D("NaN"), 1), OutOfRangeError, "not a finite number: Decimal('NaN')"),
        (
            lambda: QUALITATIVE_2020.tier_of(D("1.5")),
            OutOfRangeError,
            "a qualitative score's share of the weight must lie between 0 and 1: Decimal('1.5')",
        ),
        (
            lambda: TierBands(1, band("0.6", "0.8"), band("0", "0.6")),  # type: ignore[arg-type]
            WrongTypeError,
            "achieved must be a FractionBand, not int: 1",
        ),
        (
            lambda: TierBands(band("0.8", "1"), "x", band("0", "0.6")),  # type: ignore[arg-type]
            WrongTypeError,
            "partial must be a FractionBand, not str: 'x'",
        ),
        (
            lambda: TierBands(band("0.8", "1"), band("0.6", "0.8"), (0, 0.6)),  # type: ignore[arg-type]
            WrongTypeError,
            "not_achieved must be a FractionBand, not tuple: (0, 0.6)",
        ),
    ],
)
def test_band_refusals(make: Callable[[], object], error: type[Exception], message: str) -> None:
    with pytest.raises(error) as caught:
        make()
    assert str(caught.value) == message


TOP, MIDDLE, BOTTOM = ("0.8", "1"), ("0.6", "0.8"), ("0", "0.6")


def test_the_2020_bands_built_by_hand_tile_and_place_each_edge() -> None:
    bands = TierBands(
        band(*TOP), band(*MIDDLE, upper_closed=False), band(*BOTTOM, upper_closed=False)
    )
    assert [bands.tier_of(D(x)) for x in ("0", "0.5999", "0.6", "0.7999", "0.8", "1")] == [
        Tier.NOT_ACHIEVED,
        Tier.NOT_ACHIEVED,
        Tier.PARTIAL,
        Tier.PARTIAL,
        Tier.ACHIEVED,
        Tier.ACHIEVED,
    ]
    # the shared ends may also belong to the lower band
    other = TierBands(
        band(*TOP, lower_closed=False), band(*MIDDLE), band(*BOTTOM, upper_closed=False)
    )
    assert other.tier_of(D("0.8")) is Tier.PARTIAL
    assert other.tier_of(D("0.6")) is Tier.PARTIAL


@pytest.mark.parametrize(
    ("top", "middle", "bottom", "shown"),
    [
        # each fails exactly one of the conditions of a tiling
        (
            band("0.8", "0.9"),
            band(*MIDDLE, upper_closed=False),
            band(*BOTTOM, upper_closed=False),
            "[0%, 60%) [60%, 80%) [80%, 90%]",
        ),  # does not reach 100%
        (
            band(*TOP, upper_closed=False),
            band(*MIDDLE, upper_closed=False),
            band(*BOTTOM, upper_closed=False),
            "[0%, 60%) [60%, 80%) [80%, 100%)",
        ),  # leaves out 100%
        (
            band(*TOP),
            band(*MIDDLE, upper_closed=False),
            band("0.1", "0.6", upper_closed=False),
            "[10%, 60%) [60%, 80%) [80%, 100%]",
        ),  # does not start at 0%
        (
            band(*TOP),
            band(*MIDDLE, upper_closed=False),
            band(*BOTTOM, lower_closed=False, upper_closed=False),
            "(0%, 60%) [60%, 80%) [80%, 100%]",
        ),  # leaves out 0%
        (
            band(*TOP),
            band("0.6", "0.7", upper_closed=False),
            band(*BOTTOM, upper_closed=False),
            "[0%, 60%) [60%, 70%) [80%, 100%]",
        ),  # a gap from 70% to 80%
        (
            band(*TOP),
            band(*MIDDLE),
            band(*BOTTOM, upper_closed=False),
            "[0%, 60%) [60%, 80%] [80%, 100%]",
        ),  # 80% twice
        (
            band(*TOP, lower_closed=False),
            band(*MIDDLE, upper_closed=False),
            band(*BOTTOM, upper_closed=False),
            "[0%, 60%) [60%, 80%) (80%, 100%]",
        ),  # 80% in neither
        (
            band(*TOP),
            band("0.5", "0.8", upper_closed=False),
            band(*BOTTOM, upper_closed=False),
            "[0%, 60%) [50%, 80%) [80%, 100%]",
        ),  # 50% to 60% twice
        (
            band(*TOP),
            band(*MIDDLE, upper_closed=False),
            band(*BOTTOM),
            "[0%, 60%] [60%, 80%) [80%, 100%]",
        ),  # 60% twice
        (
            band(*TOP),
            band(*MIDDLE, lower_closed=False, upper_closed=False),
            band(*BOTTOM, upper_closed=False),
            "[0%, 60%) (60%, 80%) [80%, 100%]",
        ),  # 60% in neither
    ],
)
def test_bands_that_do_not_tile_are_refused(
    top: FractionBand, middle: FractionBand, bottom: FractionBand, shown: str
) -> None:
    with pytest.raises(InvalidOption) as caught:
        TierBands(top, middle, bottom)
    assert str(caught.value) == (
        f"qualitative bands must tile [0%, 100%] from 未达成 up to 达成: {shown!r}"
    )


# -- qualitative scores ------------------------------------------------------------------------
def test_qualitative_scores_by_hand() -> None:
    rule = QualitativeRule()
    result = rule.score("部分达成", "0.7", 10)
    assert outcome(result) == (
        "7.0",
        "7.0",
        "qualitative-tier",
        "定性: 部分达成 70% ∈ [60%, 80%) → 7.0/10",
        (),
    )
    assert result.source == QualitativeRule.source
    # 6.5 rounded down is 6, half up 7; both in the band
    down = rule.score("部分达成", "0.65", 10, places=0, rounding=Rounding.DOWN)
    assert down.explanation == "定性: 部分达成 65% ∈ [60%, 80%) → 6/10"


def test_qualitative_refusals() -> None:
    with pytest.raises(OutOfRangeError) as caught:
        QualitativeRule().score("达成", "0.7", 10)
    assert str(caught.value) == "70% is outside the band of 达成 [80%, 100%]: Decimal('0.7')"
    with pytest.raises(OutOfRangeError) as caught:
        QualitativeRule().score("达成", "1.5", 10)
    assert str(caught.value) == (
        "a qualitative score's share of the weight must lie between 0 and 1: Decimal('1.5')"
    )


def test_rounding_that_would_leave_the_band_rounds_the_other_way() -> None:
    # weight 1: 0.795 half up is 0.80, in 达成's band; rounded down, 0.79 stays 部分达成
    result = QualitativeRule().score("部分达成", "0.795", 1, places=2)
    assert outcome(result) == (
        "0.79",
        "0.795",
        "qualitative-tier",
        "定性: 部分达成 79.5% ∈ [60%, 80%) → 0.79/1",
        (),
    )


def test_rounding_down_out_of_an_open_band_rounds_up() -> None:
    # 达成 is (80%, 100%]: 8.004 rounded down is 8.00 (80%, outside), so up: 8.01
    bands = TierBands(
        band("0.8", "1", lower_closed=False),
        band("0.6", "0.8"),
        band("0", "0.6", upper_closed=False),
    )
    result = QualitativeRule(bands).score("达成", "0.8004", 10, places=2, rounding=Rounding.DOWN)
    assert str(result.score) == "8.01"
    assert result.warnings == ()


def test_rounding_up_to_the_weight_is_allowed() -> None:
    # 达成 is (99.9%, 100%]: 9.995 rounded down is 9.99 (99.9%, outside), up is 10.00 = the weight
    bands = TierBands(
        band("0.999", "1", lower_closed=False),
        band("0.6", "0.999"),
        band("0", "0.6", upper_closed=False),
    )
    result = QualitativeRule(bands).score("达成", "0.9995", 10, places=2, rounding=Rounding.DOWN)
    assert str(result.score) == "10.00"
    assert result.explanation == "定性: 达成 99.95% ∈ (99.9%, 100%] → 10/10"


def test_a_band_too_narrow_for_the_places_keeps_the_exact_score() -> None:
    # 部分达成 is (60%, 60.04%]: 6.0020 rounds to 6.00 (60%) down or half up, 6.01 (60.1%) up
    bands = TierBands(
        band("0.6004", "1", lower_closed=False),
        band("0.6", "0.6004", lower_closed=False),
        band("0", "0.6"),
    )
    result = QualitativeRule(bands).score("部分达成", "0.6002", 10, places=2)
    assert outcome(result) == (
        "6.0020",
        "6.0020",
        "qualitative-tier",
        "定性: 部分达成 60.02% ∈ (60%, 60.04%] → 6.0020/10",
        ("区间过窄，得分保留6.0020未舍入",),
    )
    assert result.weight == 10


def test_check_finds_the_tier_of_a_printed_score() -> None:
    rule = QualitativeRule()
    assert rule.check(None, 8, 10) is Tier.ACHIEVED
    assert rule.check(None, 10, 10) is Tier.ACHIEVED
    assert rule.check(None, 0, 10) is Tier.NOT_ACHIEVED
    assert rule.check("部分达成", 6, 10) is Tier.PARTIAL


@pytest.mark.parametrize(
    ("tier", "printed", "weight", "message"),
    [
        (
            "部分达成",
            8,
            10,
            "8/10 lies in the band of 达成 [80%, 100%], not of 部分达成 [60%, 80%): Decimal('8')",
        ),
        (None, 0, 0, "a weight of 0 has no bands: Decimal('0')"),
        (None, 11, 10, "a score must lie between 0 and 10: Decimal('11')"),
        (None, -1, 10, "a score must lie between 0 and 10: Decimal('-1')"),
    ],
)
def test_check_refusals(tier: str | None, printed: int, weight: int, message: str) -> None:
    with pytest.raises(OutOfRangeError) as caught:
        QualitativeRule().check(tier, printed, weight)
    assert str(caught.value) == message


# -- the rescaled total ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("raw", "applicable", "excluded", "total"),
    [
        ("54", "60", "40", "90"),  # 54 × 100 / 60
        ("45", "80", "10", "50.625"),  # 45 × 90 / 80, out of 90
        ("1", "0.5", "0.5", "2"),  # 1 × 1 / 0.5
        ("1", "1", "0.5", "1.5"),  # 1 × 1.5 / 1
        ("7", "10", "0", "7"),  # nothing excluded: the sum itself
        ("7", "0", "0", "7"),
        ("0", "0", "100", None),  # nothing applies: nothing to scale
    ],
)
def test_rescale_total_by_hand(raw: str, applicable: str, excluded: str, total: str | None) -> None:
    result = rescale_total(raw, applicable, excluded)
    assert (None if result is None else str(result)) == total


@pytest.mark.parametrize(
    ("applicable", "excluded", "shown"),
    [
        (-1, 0, "(Decimal('-1'), Decimal('0'))"),
        (0, -1, "(Decimal('0'), Decimal('-1'))"),
        (10, "-0.5", "(Decimal('10'), Decimal('-0.5'))"),
    ],
)
def test_rescale_total_refuses_negative_weights(
    applicable: int, excluded: int | str, shown: str
) -> None:
    with pytest.raises(OutOfRangeError) as caught:
        rescale_total(1, applicable, excluded)
    assert str(caught.value) == f"weights must not be negative: {shown}"
