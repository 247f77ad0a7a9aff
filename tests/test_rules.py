"""Scoring rules: the worked examples of rules.md, edge cases, and properties of every rule."""

from __future__ import annotations

import decimal
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from budgetperf.errors import NotDecimalError, OutOfRangeError, ParseError, WrongTypeError
from budgetperf.exact import Rounding
from budgetperf.rates import Change, Rate, ratio
from budgetperf.rules import (
    QUALITATIVE_2020,
    QUALITATIVE_LEGACY,
    Equality,
    ExecutionRate,
    FractionBand,
    IndicatorKind,
    InverseRatio,
    LinearPenalty,
    NotApplicable,
    ProportionalForward,
    QualitativeRule,
    QuantitativeRule,
    RuleScore,
    Tier,
    TierBands,
    finish_score,
)
from budgetperf.testing import hostile_context
from budgetperf.testing.strategies import fixed_decimals
from budgetperf.values import Comparator

D = Decimal
QUANTITATIVE: list[QuantitativeRule] = [
    ProportionalForward(),
    ProportionalForward(overshoot=D("1.3")),
    InverseRatio(),
    LinearPenalty(),
    Equality(),
]
REVERSE: list[QuantitativeRule] = [InverseRatio(), LinearPenalty()]


hostile = hostile_context


# --- strategies -----------------------------------------------------------------------------

places = st.one_of(st.none(), st.integers(0, 3))
roundings = st.sampled_from(list(Rounding))


def numbers(min_value: int = -1000, max_value: int = 10**6) -> st.SearchStrategy[Decimal]:
    """Targets and actuals with 0 to 4 decimals, as tables print them."""
    return st.integers(0, 4).flatmap(
        lambda p: fixed_decimals(places=p, min_value=min_value, max_value=max_value)
    )


def weights() -> st.SearchStrategy[Decimal]:
    """Indicator weights: 0 to 100 points with up to 2 decimals (22.5 happens, S6)."""
    return st.integers(0, 2).flatmap(lambda p: fixed_decimals(places=p, max_value=100))


def fractions() -> st.SearchStrategy[Decimal]:
    return st.integers(0, 4).flatmap(lambda p: fixed_decimals(places=p, max_value=1))


# --- worked examples (rules.md) -------------------------------------------------------------


def test_v1_and_v2_disagree_on_reverse_indicators() -> None:
    # rules.md §1.3 table: target 10, actual 12.5, 分值 10 → V1 8.00, V2 7.50.
    v1 = InverseRatio().score(D("10"), D("12.5"), D("10"), places=2)
    v2 = LinearPenalty().score(D("10"), D("12.5"), D("10"), places=2)
    assert (v1.score, v2.score) == (D("8.00"), D("7.50"))
    assert v1.explanation == "反向 (A/B): 12.5 > 10 → 8.00/10"
    assert v2.explanation == "反向 (2 − B/A): 12.5 > 10 → 7.50/10"
    assert (v1.rule, v2.rule) == ("reverse-inverse-ratio", "reverse-linear-penalty")
    assert "V1 (S11, S20" in v1.source
    assert "V2 (S14" in v2.source


def test_both_variants_agree_on_forward() -> None:
    assert ProportionalForward().score(D("10"), D("8"), 10, places=2).score == D("8.00")


def test_seed_forward_met() -> None:
    r = ProportionalForward().score(
        D("30"), D("59.49"), 5, target_text="30万件", actual_text="59.49万件"
    )
    assert r.score == 5
    assert r.explanation == "正向: 59.49万件 ≥ 30万件 → 5/5"
    assert r.warnings == ()  # no over-shoot threshold unless asked for


def test_seed_reverse_met() -> None:
    for rule in REVERSE:
        r = rule.score(
            D("1179.7"), D("1107.5"), 10, target_text="1179.7万元", actual_text="1107.5万元"
        )
        assert r.score == 10
        assert r.explanation == "反向: 1107.5万元 ≤ 1179.7万元 → 10/10"


def test_chongqing_execution_rate() -> None:
    # S7 重庆: 执行率 76% scores 7.6 of 10.
    r = ExecutionRate().score(D("76"), D("100"), 10, places=1)
    assert r.score == D("7.6")
    assert r.explanation == "执行率: 76 / 100 = 76.00% → 7.6/10"


def test_daying_execution_rate() -> None:
    # S6 大英: 年初 0.00, 调整后 3.36, 执行 3.36 → 100.00%, 10 points.
    r = ExecutionRate(basis="调整后预算数").score(D("3.36"), D("3.36"), 10, places=2)
    assert r.score == 10
    assert r.explanation == "执行率: 3.36 / 3.36 = 100.00% → 10/10"


def test_chizhou_execution_rate_three_decimals() -> None:
    # S4 池州: 全年 89.974, 执行 89.974 → 100%.
    assert ExecutionRate().score(D("89.974"), D("89.974"), 10, places=2).score == 10


# --- forward --------------------------------------------------------------------------------


def test_forward_proportional_below_target() -> None:
    r = ProportionalForward().score(D("200"), D("150"), D("5"), places=2)
    assert (r.score, r.raw) == (D("3.75"), D("3.750"))
    assert r.explanation == "正向 (B/A): 150 < 200 → 3.75/5"


def test_forward_zero_target_is_met_by_any_non_negative_actual() -> None:
    assert ProportionalForward().score(0, 0, 5).score == 5
    assert ProportionalForward().score(0, D("3"), 5).score == 5
    assert ProportionalForward().score(0, D("-1"), 5).score == 0


def test_forward_negative_actual_counts_as_zero() -> None:
    r = ProportionalForward().score(D("10"), D("-3"), 5)
    assert r.score == 0
    assert r.warnings == ("完成值为负数，按0计分",)


def test_forward_negative_target_is_met_or_not() -> None:
    met = ProportionalForward().score(D("-5"), D("-2"), 5)
    missed = ProportionalForward().score(D("-5"), D("-8"), 5)
    assert (met.score, missed.score) == (D(5), D(0))
    assert all("指标值为负数" in r.warnings[0] for r in (met, missed))


def test_overshoot_is_flagged_not_deducted() -> None:
    rule = ProportionalForward(overshoot=D("1.3"))
    flagged = rule.score(D("100"), D("130"), 10)
    assert flagged.score == 10
    assert len(flagged.warnings) == 1
    assert "130.00%" in flagged.warnings[0]
    assert "偏离度" in flagged.warnings[0]
    assert rule.score(D("100"), D("129.99"), 10).warnings == ()


def test_strict_comparators_score_like_their_loose_forms() -> None:
    assert IndicatorKind.from_comparator(Comparator.GT) is IndicatorKind.FORWARD
    assert IndicatorKind.from_comparator(Comparator.LT) is IndicatorKind.REVERSE


@pytest.mark.parametrize(
    ("comparator", "kind"),
    [
        (Comparator.GE, IndicatorKind.FORWARD),
        (Comparator.GT, IndicatorKind.FORWARD),
        (Comparator.LE, IndicatorKind.REVERSE),
        (Comparator.LT, IndicatorKind.REVERSE),
        (Comparator.EQ, IndicatorKind.EQUAL),
        (Comparator.APPROX, None),
        (None, None),
    ],
)
def test_kind_from_comparator(comparator: Comparator | None, kind: IndicatorKind | None) -> None:
    assert IndicatorKind.from_comparator(comparator) is kind


# --- reverse --------------------------------------------------------------------------------


def test_linear_penalty_zero_from_twice_the_target() -> None:
    rule = LinearPenalty()
    assert rule.score(D("10"), D("20"), 10).score == 0
    assert rule.score(D("10"), D("19.99"), 10, places=2).score == D("0.01")
    assert rule.score(D("10"), D("25"), 10).explanation == "反向 (2 − B/A): 25 ≥ 2 × 10 → 0/10"


@pytest.mark.parametrize("rule", REVERSE, ids=lambda r: r.id)
def test_reverse_zero_target(rule: QuantitativeRule) -> None:
    assert rule.score(0, 0, 5).score == 5
    assert rule.score(0, D("-1"), 5).score == 5
    assert rule.score(0, D("0.01"), 5).score == 0


@pytest.mark.parametrize("rule", REVERSE, ids=lambda r: r.id)
def test_reverse_zero_actual_is_full(rule: QuantitativeRule) -> None:
    assert rule.score(D("3"), 0, 5).score == 5


# --- equality -------------------------------------------------------------------------------


def test_equality_zero_target_failure_rate() -> None:
    # "a failure rate '0' achieved '0' is full marks, not a division by zero"
    r = Equality().score(D("0"), D("0"), D("5"), target_text="0%", actual_text="0%")
    assert r.score == 5
    assert r.rule == "equal-zero-target"
    assert r.explanation == "等于 (指标值为0): 0% ≤ 0% → 5/5"
    missed = Equality().score(D("0"), D("0.02"), D("5"))
    assert (missed.score, missed.rule) == (D(0), "equal-zero-target")


def test_equality_positive_target_is_forward() -> None:
    assert Equality().score(D("100"), D("100"), 10).explanation == "等于: 100 = 100 → 10/10"
    assert Equality().score(D("100"), D("120"), 10).score == 10  # over-shoot keeps full marks
    r = Equality().score(D("100"), D("90"), 10, places=2)
    assert (r.score, r.rule) == (D("9.00"), "equal")


def test_equality_negative_target() -> None:
    assert Equality().score(D("-1"), D("-1"), 4).score == 4
    assert Equality().score(D("-1"), D("0"), 4).score == 0


# --- qualitative ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        ("达成", Tier.ACHIEVED),
        ("达成年度指标", Tier.ACHIEVED),
        ("达成预期指标", Tier.ACHIEVED),
        (" 部分达成 ", Tier.PARTIAL),
        ("部分达成年度指标并具有一定效果", Tier.PARTIAL),
        ("未达成", Tier.NOT_ACHIEVED),
        ("未达成年度指标且效果较差", Tier.NOT_ACHIEVED),
    ],
)
def test_tier_parse(text: str, tier: Tier) -> None:
    assert Tier.parse(text) is tier


@pytest.mark.parametrize("text", ["", "达成了", "优", "achieved"])
def test_tier_parse_rejects(text: str) -> None:
    with pytest.raises(ParseError):
        Tier.parse(text)


def test_band_text_and_edges() -> None:
    assert str(QUALITATIVE_2020.achieved) == "[80%, 100%]"
    assert str(QUALITATIVE_2020.partial) == "[60%, 80%)"
    assert str(QUALITATIVE_2020.not_achieved) == "[0%, 60%)"
    assert str(QUALITATIVE_LEGACY.partial) == "[50%, 80%)"
    assert str(FractionBand(D("0.25"), D("0.5"), lower_closed=False)) == "(25%, 50%]"


@pytest.mark.parametrize(
    ("bands", "fraction", "tier"),
    [
        (QUALITATIVE_2020, D("1"), Tier.ACHIEVED),
        (QUALITATIVE_2020, D("0.8"), Tier.ACHIEVED),
        (QUALITATIVE_2020, D("0.7999"), Tier.PARTIAL),
        (QUALITATIVE_2020, D("0.6"), Tier.PARTIAL),
        (QUALITATIVE_2020, D("0.5999"), Tier.NOT_ACHIEVED),
        (QUALITATIVE_2020, D("0"), Tier.NOT_ACHIEVED),
        (QUALITATIVE_LEGACY, D("0.55"), Tier.PARTIAL),
        (QUALITATIVE_LEGACY, D("0.5"), Tier.PARTIAL),
        (QUALITATIVE_LEGACY, D("0.4999"), Tier.NOT_ACHIEVED),
    ],
)
def test_tier_of(bands: TierBands, fraction: Decimal, tier: Tier) -> None:
    assert bands.tier_of(fraction) is tier


def test_band_validation() -> None:
    with pytest.raises(OutOfRangeError):
        FractionBand(D("0.5"), D("1.5"))
    with pytest.raises(ValueError, match="empty"):
        FractionBand(D("0.5"), D("0.5"), upper_closed=False)


def test_qualitative_score_inside_band() -> None:
    r = QualitativeRule().score(Tier.PARTIAL, D("0.7"), 10, places=2)
    assert r.score == D("7.00")
    assert r.explanation == "定性: 部分达成 70% ∈ [60%, 80%) → 7.00/10"
    assert r.rule == "qualitative-tier"


def test_qualitative_point_outside_band_raises() -> None:
    with pytest.raises(OutOfRangeError, match=r"outside the band of 部分达成 \[60%, 80%\)"):
        QualitativeRule().score("部分达成", D("0.8"), 10)
    # 55% is 部分达成 under the pre-2020 bands, not under the 2020 ones.
    assert QualitativeRule(QUALITATIVE_LEGACY).score("部分达成", D("0.55"), 10).score == D("5.50")
    with pytest.raises(OutOfRangeError):
        QualitativeRule().score("部分达成", D("0.55"), 10)


def test_qualitative_rounding_never_crosses_into_another_tier() -> None:
    # 79.99% of 10 is 7.999, which rounds half-up to 8.00: the bottom of 达成.
    r = QualitativeRule().score("部分达成", D("0.7999"), 10, places=2)
    assert r.score == D("7.99")
    r = QualitativeRule().score("部分达成", D("0.79"), D("22.5"), places=0)
    assert r.score == D("17")


def test_qualitative_check() -> None:
    rule = QualitativeRule()
    assert rule.check(None, D("8"), 10) is Tier.ACHIEVED
    assert rule.check("部分达成", D("7.99"), 10) is Tier.PARTIAL
    with pytest.raises(OutOfRangeError, match="lies in the band of 达成"):
        rule.check("部分达成", D("8"), 10)
    with pytest.raises(OutOfRangeError):
        rule.check(None, D("11"), 10)
    with pytest.raises(OutOfRangeError):
        rule.check(None, D("0"), 0)


# --- execution ------------------------------------------------------------------------------


def test_execution_over_budget_warns_and_caps() -> None:
    r = ExecutionRate().score(D("105"), D("100"), 10, places=2)
    assert r.score == 10
    assert r.warnings == ("执行率超过100%（105.00%），按100%计分",)


def test_execution_zero_budget_is_undefined() -> None:
    r = ExecutionRate().score(D("0"), D("0"), 10, places=2)
    assert r.score is None
    assert r.raw is None
    assert r.warnings == ("全年预算数为0，执行率无定义，不能计分",)
    assert r.explanation == "执行率: 0 / 0 = — → 不计分"


def test_execution_negative_figures() -> None:
    assert ExecutionRate().score(D("-1"), D("10"), 10).score == 0
    assert ExecutionRate().score(D("1"), D("-10"), 10).score is None


def test_execution_reason_below_threshold() -> None:
    rule = ExecutionRate(reason_below=D("0.9"), basis="调整后预算数")
    assert rule.score(D("89.99"), D("100"), 10).warnings == ("执行率89.99%低于90%，需说明原因",)
    assert rule.score(D("90"), D("100"), 10).warnings == ()


def test_not_applicable() -> None:
    r = NotApplicable().score(D("5"), reason="本指标不适用此项目")
    assert r.score is None
    assert not r.applicable
    assert r.explanation == "不适用（本指标不适用此项目） → 不计分"


# --- validation and rounding ----------------------------------------------------------------


@pytest.mark.parametrize("rule", QUANTITATIVE, ids=lambda r: r.id)
def test_negative_weight_rejected(rule: QuantitativeRule) -> None:
    with pytest.raises(OutOfRangeError):
        rule.score(D("1"), D("1"), D("-1"))


def test_whole_point_rounding_never_exceeds_the_weight() -> None:
    r = ProportionalForward().score(D("10"), D("10"), D("22.5"), places=0)
    assert r.score == D("22.5")
    r = ProportionalForward().score(D("10"), D("9.99"), D("22.5"), places=0)
    assert r.score == D("22")


def test_rounding_mode_is_the_callers_choice() -> None:
    rule = ProportionalForward()
    assert rule.score(D("8"), D("1"), D("1"), places=2).score == D("0.13")  # 0.125 half-up
    half_even = rule.score(D("8"), D("1"), D("1"), places=2, rounding=Rounding.HALF_EVEN)
    assert half_even.score == D("0.12")


def test_rule_score_is_frozen_and_unstamped() -> None:
    r = ProportionalForward().score(1, 1, 1)
    assert isinstance(r, RuleScore)
    assert r.profile == ""
    with pytest.raises(AttributeError):
        r.score = D(0)  # type: ignore[misc]


Call = Callable[[], object]
FLOAT_CALLS: list[Call] = [
    lambda: ProportionalForward().score(0.5, D(1), D(1)),  # type: ignore[arg-type]
    lambda: InverseRatio().score(D(1), 0.5, D(1)),  # type: ignore[arg-type]
    lambda: LinearPenalty().score(D(1), D(1), 10.0),  # type: ignore[arg-type]
    lambda: Equality().score(0.0, D(0), D(1)),  # type: ignore[arg-type]
    lambda: QualitativeRule().score("达成", 0.9, D(1)),  # type: ignore[arg-type]
    lambda: ExecutionRate().score(1.0, D(1)),  # type: ignore[arg-type]
    lambda: NotApplicable().score(1.0),  # type: ignore[arg-type]
    lambda: ProportionalForward(overshoot=1.3),  # type: ignore[arg-type]
    lambda: FractionBand(0.5, D(1)),  # type: ignore[arg-type]
]


@pytest.mark.parametrize("call", FLOAT_CALLS)
def test_floats_rejected(call: Call) -> None:
    with pytest.raises(NotDecimalError) as info:
        call()
    assert isinstance(info.value, TypeError)


# --- properties -----------------------------------------------------------------------------


@given(
    rule=st.sampled_from(QUANTITATIVE),
    target=numbers(),
    actual=numbers(),
    weight=weights(),
    places=places,
    rounding=roundings,
)
def test_quantitative_score_between_zero_and_weight(
    rule: QuantitativeRule,
    target: Decimal,
    actual: Decimal,
    weight: Decimal,
    places: int | None,
    rounding: Rounding,
) -> None:
    r = rule.score(target, actual, weight, places=places, rounding=rounding)
    assert r.score is not None
    assert r.raw is not None
    assert 0 <= r.raw <= weight
    assert 0 <= r.score <= weight


@given(executed=numbers(), budget=numbers(), weight=weights(), places=places)
def test_execution_score_between_zero_and_weight(
    executed: Decimal, budget: Decimal, weight: Decimal, places: int | None
) -> None:
    r = ExecutionRate(reason_below=D("0.9")).score(executed, budget, weight, places=places)
    if budget <= 0:
        assert r.score is None
    else:
        assert r.score is not None
        assert 0 <= r.score <= weight


@given(
    rule=st.sampled_from([ProportionalForward(), Equality()]),
    target=numbers(),
    actuals=st.tuples(numbers(), numbers()),
    weight=weights(),
    places=places,
)
def test_forward_non_decreasing_in_the_actual(
    rule: QuantitativeRule,
    target: Decimal,
    actuals: tuple[Decimal, Decimal],
    weight: Decimal,
    places: int | None,
) -> None:
    if isinstance(rule, Equality):
        assume(target > 0)  # 等于 with a target ≤ 0 is not a 正向 rule
    low, high = sorted(actuals)
    a = rule.score(target, low, weight, places=places).score
    b = rule.score(target, high, weight, places=places).score
    assert a is not None
    assert b is not None
    assert a <= b


@given(
    rule=st.sampled_from(REVERSE),
    target=numbers(),
    actuals=st.tuples(numbers(), numbers()),
    weight=weights(),
    places=places,
)
def test_reverse_non_increasing_in_the_actual(
    rule: QuantitativeRule,
    target: Decimal,
    actuals: tuple[Decimal, Decimal],
    weight: Decimal,
    places: int | None,
) -> None:
    low, high = sorted(actuals)
    a = rule.score(target, low, weight, places=places).score
    b = rule.score(target, high, weight, places=places).score
    assert a is not None
    assert b is not None
    assert a >= b


@given(
    executed=numbers(0),
    budgets=st.tuples(numbers(1), numbers(1)),
    weight=weights(),
)
def test_execution_non_increasing_in_the_budget(
    executed: Decimal, budgets: tuple[Decimal, Decimal], weight: Decimal
) -> None:
    low, high = sorted(budgets)
    a = ExecutionRate().score(executed, low, weight, places=2).score
    b = ExecutionRate().score(executed, high, weight, places=2).score
    assert a is not None
    assert b is not None
    assert a >= b


@given(
    rule=st.sampled_from(QUANTITATIVE),
    target=numbers(),
    actual=numbers(),
    weight=weights(),
    k=st.integers(-4, 4),
    places=places,
)
def test_scaling_both_values_scores_the_same(
    rule: QuantitativeRule,
    target: Decimal,
    actual: Decimal,
    weight: Decimal,
    k: int,
    places: int | None,
) -> None:
    # 元 vs 万元: the same figures in another unit.
    ctx = decimal.Context(prec=60)
    scaled = rule.score(target.scaleb(k, ctx), actual.scaleb(k, ctx), weight, places=places)
    plain = rule.score(target, actual, weight, places=places)
    assert (scaled.score, scaled.raw, scaled.rule) == (plain.score, plain.raw, plain.rule)


@given(
    executed=numbers(-10),
    budget=numbers(-10),
    weight=weights(),
    k=st.integers(-4, 4),
)
def test_execution_scaling_scores_the_same(
    executed: Decimal, budget: Decimal, weight: Decimal, k: int
) -> None:
    ctx = decimal.Context(prec=60)
    scaled = ExecutionRate().score(executed.scaleb(k, ctx), budget.scaleb(k, ctx), weight)
    plain = ExecutionRate().score(executed, budget, weight)
    assert (scaled.score, scaled.raw) == (plain.score, plain.raw)


@given(
    bands=st.sampled_from([QUALITATIVE_2020, QUALITATIVE_LEGACY]),
    fraction=fractions(),
    weight=weights(),
    places=places,
    rounding=roundings,
)
def test_qualitative_score_lies_in_its_tier_band(
    bands: TierBands,
    fraction: Decimal,
    weight: Decimal,
    places: int | None,
    rounding: Rounding,
) -> None:
    rule = QualitativeRule(bands)
    tier = rule.bands.tier_of(fraction)
    r = rule.score(tier, fraction, weight, places=places, rounding=rounding)
    assert r.score is not None
    assert 0 <= r.score <= weight
    if weight > 0:
        share = decimal.Context(prec=60).divide(r.score, weight)
        assert rule.bands.band(tier).contains(share)
        if not r.warnings:  # a band narrower than one rounding unit keeps the exact value
            assert rule.check(tier, r.score, weight) is tier


@given(
    rule=st.sampled_from(QUANTITATIVE),
    target=numbers(),
    actual=numbers(),
    weight=weights(),
    places=places,
)
def test_hostile_context_changes_nothing(
    rule: QuantitativeRule,
    target: Decimal,
    actual: Decimal,
    weight: Decimal,
    places: int | None,
) -> None:
    expected = rule.score(target, actual, weight, places=places)
    with decimal.localcontext(hostile()):
        got = rule.score(target, actual, weight, places=places)
    assert got == expected


@given(
    executed=numbers(),
    budget=numbers(),
    fraction=fractions(),
    weight=weights(),
)
def test_hostile_context_changes_nothing_for_execution_and_qualitative(
    executed: Decimal, budget: Decimal, fraction: Decimal, weight: Decimal
) -> None:
    tier = QUALITATIVE_2020.tier_of(fraction)
    expected = (
        ExecutionRate(reason_below=D("0.9")).score(executed, budget, weight, places=2),
        QualitativeRule().score(tier, fraction, weight, places=2),
        QualitativeRule().check(None, weight, weight) if weight else None,
    )
    with decimal.localcontext(hostile()):
        got = (
            ExecutionRate(reason_below=D("0.9")).score(executed, budget, weight, places=2),
            QualitativeRule().score(tier, fraction, weight, places=2),
            QualitativeRule().check(None, weight, weight) if weight else None,
        )
    assert got == expected


# -- wrong types (issue 10, Deliver 1) --------------------------------------------------------
def _any(value: object) -> Any:
    """A value of the wrong type, passed where the annotations do not allow it."""
    return value


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: ProportionalForward().score(10, 5, 10, places=_any(2.0)), "places must be an int"),
        (
            lambda: ProportionalForward().score(10, 5, 10, rounding=_any("HALF_UP")),
            "rounding must be",
        ),
        (
            lambda: InverseRatio().score(10, 5, 10, target_text=_any(10.5)),
            "a printed text must be a str",
        ),
        (lambda: ExecutionRate().score(5, 10, 10, places=_any(1.5)), "places must be an int"),
        (lambda: QualitativeRule().score(_any(0.5), "0.9", 10), "a tier is read from text"),
        (lambda: QualitativeRule().check(_any(0.5), "9", 10), "a tier is read from text"),
        (lambda: QualitativeRule(bands=_any(None)), "bands must be TierBands"),
        (lambda: TierBands(*_any([None] * 3)), "achieved must be a FractionBand"),
        (lambda: Tier.parse(_any(None)), "a tier is read from text, not NoneType"),
        (
            lambda: finish_score(_any(0.5), Decimal(1), rule="r", source="s", head="h"),
            "raw must be",
        ),
        (lambda: ratio(1, 2, zero_base=_any("hundred")), "zero_base must be a ZeroBase"),
        (lambda: Rate(D(1), D(2), _any(0.5)), "Rate.value must be a Decimal"),
        (lambda: Change(D(1), D(2), _any(0.5), ratio(1, 2)), "Change.amount must be"),
    ],
)
def test_wrong_types_are_wrong_type_errors(call: Callable[[], object], message: str) -> None:
    with pytest.raises(WrongTypeError, match=message):
        call()


def test_rates_refuse_floats() -> None:
    with pytest.raises(NotDecimalError):
        Rate(0.5, Decimal(1), None)  # type: ignore[arg-type]
    with pytest.raises(NotDecimalError):
        ratio(0.5, 1)  # type: ignore[arg-type]
