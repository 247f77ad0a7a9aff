"""Scoring the seed forms: every indicator and every total pinned by hand, and properties."""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from budgetperf.errors import NotDecimalError, WrongTypeError
from budgetperf.forms import Form, FundsLine, read_form
from budgetperf.indicators import (
    Indicator,
    IndicatorTree,
    Level1Indicator,
    Level2Indicator,
    check_weights,
)
from budgetperf.profiles import get_profile
from budgetperf.rules import IndicatorKind
from budgetperf.scoring import score_form
from budgetperf.testing.strategies import indicator_trees
from budgetperf.values import parse_value

D = Decimal
FORMS = Path(__file__).resolve().parent.parent / "examples" / "forms"


def scored(
    name: str, profile: str | None = None
) -> list[tuple[str, Decimal | None, Decimal | None]]:
    result = score_form(read_form(FORMS / name), profile)
    return [(r.status, r.score, r.printed) for r in result.indicators]


def test_junshan_department_golden() -> None:
    result = score_form(read_form(FORMS / "junshan-2023-department.json"))
    # rule, by hand: every numeric target met (5, 5, 5, 5×5, 成本 1107.5 ≤ 1179.7 → 10, 满意度 10);
    # 定性 rows use their printed scores (10, 5, 5, 5, 5)
    assert [r.score for r in result.indicators] == [
        D(5),
        D(5),
        D(5),
        D(5),
        D(5),
        D(5),
        D(5),
        D(5),
        D(10),
        D(10),
        D(5),
        D(5),
        D(5),
        D(5),
        D(10),
    ]
    cost = result.indicators[8]
    assert (cost.kind, cost.status, cost.printed, cost.difference) == (
        IndicatorKind.REVERSE,
        "scored",
        D("9.4"),
        D("-0.6"),
    )
    assert cost.explanation == "反向: 1107.5万元 ≤ 1179.7万元 → 10/10, printed 9.4"
    assert [r.indicator.name for r in result.differences] == ["财政资金支出"]
    assert result.execution is not None
    assert result.execution.score == D(10)
    assert [(x.name, x.score, x.printed) for x in result.level1] == [
        ("产出指标", D(50), D("49.4")),
        ("效益指标", D(30), D(30)),
        ("满意度指标", D(10), D(10)),
    ]
    assert (result.total, result.printed_total, result.grade) == (D(100), D("99.4"), "优")
    assert result.weight_problems == ()
    assert result.profile == "central-2020@1"
    assert "printed 99.4" in result.verdict


def test_hetang_department_golden() -> None:
    result = score_form(read_form(FORMS / "hetang-2022-department.json"))
    rows = [(r.status, r.score, r.printed) for r in result.indicators]
    # 法人事项梳理: 154项 against 98% cannot be compared: the printed 10 is used, and said so
    assert rows[0] == ("printed-used", D(10), D(10))
    assert "154项 is in 项 and 98% is in %" in result.indicators[0].explanation
    # 全年度经费支出: 629.10 ≤ 703.50 under 成本指标 (反向, inferred) → 5; printed 4
    assert rows[6] == ("scored", D(5), D(4))
    assert result.indicators[6].kind is IndicatorKind.REVERSE
    assert any("成本指标" in n for n in result.indicators[6].notes)
    # 群众满意度: target 100%, actual 98% (正向, inferred) → 98/100 × 5 = 4.90; printed 5
    assert rows[15] == ("scored", D("4.90"), D(5))
    # 定性 rows (达标, 长期, 提升, 长期) use their printed 5s
    assert [rows[i][0] for i in (2, 9, 12, 13)] == ["printed-used"] * 4
    # total: 10 (执行) + 10+10+5+5+5+5+5+5 + 5+5+5+5+5+5 + 5+4.90 = 99.90; printed 99
    assert (result.total, result.printed_total, result.grade, result.printed_grade) == (
        D("99.90"),
        D(99),
        "优",
        "优",
    )
    assert [r.indicator.name for r in result.differences] == ["全年度经费支出", "群众满意度"]


@pytest.mark.parametrize(
    "name", ["junshan-2023-project-hall.json", "junshan-2023-project-website.json"]
)
def test_junshan_projects_agree_with_print(name: str) -> None:
    result = score_form(read_form(FORMS / name))
    assert result.total == 100
    assert result.printed_total == 100
    assert result.differences == ()
    assert all(r.score == r.printed for r in result.indicators)


def test_website_zero_failure_rate_is_full_marks() -> None:
    result = score_form(read_form(FORMS / "junshan-2023-project-website.json"))
    failure = result.indicators[3]
    assert failure.indicator.name == "网络故障发生率"
    assert (failure.kind, failure.score) == (IndicatorKind.EQUAL, D(10))


@pytest.mark.parametrize("name", ["miluo-2018-department.json", "miluo-2018-project.json"])
def test_miluo_tables_cannot_be_scored(name: str) -> None:
    result = score_form(read_form(FORMS / name))
    assert not result.scorable
    assert result.total is None
    assert result.grade is None
    assert result.printed_total == 98
    assert result.printed_grade == "优秀"
    assert result.verdict.startswith("cannot score: the table prints no indicator weights")
    assert all(r.status == "not-scored" for r in result.indicators)


def test_legacy_profile_uses_the_inverse_ratio() -> None:
    form = Form(
        kind="project",
        indicators=(
            Indicator(
                "产出指标",
                "成本指标",
                "成本",
                weight=D(10),
                target=parse_value("≤10万元"),
                actual=parse_value("12.5万元"),
            ),
        ),
    )
    assert score_form(form, "legacy-2017").indicators[0].score == D("8.00")  # A/B
    assert score_form(form, "central-2020").indicators[0].score == D("7.50")  # 2 − B/A


def test_qualitative_judgement_is_scored_inside_its_band() -> None:
    form = Form(
        kind="project",
        indicators=(
            Indicator(
                "效益指标",
                "社会效益指标",
                "营商环境",
                weight=D(10),
                target=parse_value("提升"),
                actual=parse_value("有效提升"),
                judgement=D("0.7"),
            ),
        ),
    )
    result = score_form(form).indicators[0]
    assert (result.status, result.score) == ("scored", D("7.00"))
    assert "部分达成" in result.explanation


def _one_not_applicable() -> Form:
    """A met 50-point indicator, a 40-point one marked "/" and a full execution line."""
    return Form(
        kind="project",
        indicators=(
            Indicator(
                "产出指标",
                "数量指标",
                "a",
                weight=D(50),
                target=parse_value("≥5件"),
                actual=parse_value("5件"),
            ),
            Indicator("产出指标", "数量指标", "b", weight=D(40), target=parse_value("/")),
        ),
        funds=(FundsLine("年度资金总额", adjusted=D(10), executed=D(10), weight=D(10)),),
    )


def test_not_applicable_is_excluded() -> None:
    form = _one_not_applicable()
    default = score_form(form)
    assert default.indicators[1].status == "not-applicable"
    assert default.total == D(60)
    rescaled = score_form(form, attrs.evolve(get_profile(), not_applicable="rescale"))
    assert rescaled.total == D(100)  # 60 of the 60 applicable points, on a 100 scale


# -- properties -------------------------------------------------------------------------------


def form_from_tree(tree: object, actual_factor: Decimal) -> Form:
    from budgetperf.indicators import IndicatorTree

    assert isinstance(tree, IndicatorTree)
    indicators = []
    for indicator in tree.indicators:
        target = indicator.target
        assert target is not None
        assert target.magnitude is not None
        actual = parse_value(f"{target.magnitude * actual_factor:f}{target.printed_unit}")
        indicators.append(attrs.evolve(indicator, actual=actual))
    return Form(
        kind="project",
        indicators=tuple(indicators),
        funds=(FundsLine("年度资金总额", adjusted=D(100), executed=D(90), weight=D(10)),),
        level1_weights={level.name: level.weight for level in tree},
        total_weight=D(100),
    )


factors = st.sampled_from([D(0), D("0.5"), D("0.9"), D(1), D("1.2"), D(3)])


@given(indicator_trees(), factors)
def test_scores_lie_between_zero_and_the_weight(tree: object, factor: Decimal) -> None:
    result = score_form(form_from_tree(tree, factor))
    for r in result.indicators:
        assert r.score is None or D(0) <= r.score <= (r.indicator.weight or D(0))


@given(indicator_trees(), factors)
def test_total_is_the_sum_of_the_parts(tree: object, factor: Decimal) -> None:
    result = score_form(form_from_tree(tree, factor))
    if result.total is not None:
        assert result.execution is not None
        assert result.execution.score is not None
        parts = [r.score for r in result.indicators if r.score is not None]
        assert result.total == sum(parts, result.execution.score)
        assert sum((x.score or D(0) for x in result.level1), D(0)) == sum(parts, D(0))


@given(indicator_trees(), factors, st.randoms(use_true_random=False))
def test_permuting_indicators_leaves_totals_unchanged(
    tree: object, factor: Decimal, rnd: random.Random
) -> None:
    form = form_from_tree(tree, factor)
    shuffled = list(form.indicators)
    rnd.shuffle(shuffled)
    a, b = score_form(form), score_form(attrs.evolve(form, indicators=tuple(shuffled)))
    assert a.total == b.total
    assert {x.name: x.score for x in a.level1} == {x.name: x.score for x in b.level1}


@given(indicator_trees(), factors)
def test_a_generated_form_validates_and_scores(tree: object, factor: Decimal) -> None:
    result = score_form(form_from_tree(tree, factor))
    assert result.weight_problems == ()
    assert result.total is not None
    assert result.grade is not None


@given(st.sampled_from(["万元", "元"]), st.integers(1, 10**6), st.integers(0, 10**6))
def test_same_values_in_yuan_and_wan_yuan_score_the_same(
    unit: str, target: int, actual: int
) -> None:
    def one(t: str, a: str) -> Decimal | None:
        form = Form(
            kind="project",
            indicators=(
                Indicator(
                    "产出指标",
                    "成本指标",
                    "c",
                    weight=D(10),
                    target=parse_value(t),
                    actual=parse_value(a),
                ),
            ),
        )
        return score_form(form).indicators[0].score

    in_yuan = one(f"≤{target}元", f"{actual}元")
    in_wan = one(f"≤{D(target).scaleb(-4):f}万元", f"{D(actual).scaleb(-4):f}万元")
    assert in_yuan == in_wan


# -- wrong types in the indicator tree and scoring (issue 10, Deliver 1) ----------------------
def _tree() -> IndicatorTree:
    return IndicatorTree.build([Indicator("产出指标", "数量指标", "办件量", weight=Decimal(90))])


@pytest.mark.parametrize("bad", [0.5, 50.0])
def test_level_weights_refuse_floats(bad: float) -> None:
    indicator = Indicator("产出指标", "数量指标", "办件量", weight=Decimal(50))
    with pytest.raises(NotDecimalError):
        Level2Indicator("数量指标", bad, (indicator,))  # type: ignore[arg-type]
    with pytest.raises(NotDecimalError):
        Level1Indicator("产出指标", bad, ())  # type: ignore[arg-type]
    with pytest.raises(NotDecimalError):
        IndicatorTree.build([indicator], level1_weights={"产出指标": bad})  # type: ignore[dict-item]


def test_check_weights_refuses_a_float_total() -> None:
    with pytest.raises(NotDecimalError):
        check_weights(_tree(), total=90.1)  # type: ignore[arg-type]
    with pytest.raises(NotDecimalError):
        check_weights(_tree(), total=Decimal(100), execution_weight=10.0)  # type: ignore[arg-type]
    assert check_weights(_tree(), total=90) == []  # an int or str total is a number
    assert check_weights(_tree(), total="100", execution_weight="10") == []


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"name": None}, "name must be a str"),
        ({"level1": 1}, "level1 must be a str"),
        ({"target": "≥10件"}, "target must be a PrintedValue or None"),
        ({"kind": 1}, "kind must be a member of IndicatorKind or its word"),
        ({"location": "form.json"}, "location must be a Location or None"),
    ],
)
def test_indicator_fields_of_the_wrong_type(fields: dict[str, object], message: str) -> None:
    given_fields: dict[str, object] = {"level1": "产出指标", "level2": "数量指标", "name": "x"}
    given_fields.update(fields)
    with pytest.raises(WrongTypeError, match=message):
        Indicator(**given_fields)  # type: ignore[arg-type]


def test_tree_parts_of_the_wrong_type() -> None:
    with pytest.raises(WrongTypeError, match="indicators must hold Indicator values"):
        IndicatorTree.build(["办件量"])  # type: ignore[list-item]
    with pytest.raises(WrongTypeError, match="indicators must be a sequence"):
        IndicatorTree.build(None)  # type: ignore[arg-type]
    with pytest.raises(WrongTypeError, match="level1_weights must be a mapping"):
        IndicatorTree.build([], level1_weights=[50])  # type: ignore[arg-type]
    with pytest.raises(WrongTypeError, match="check_weights takes an IndicatorTree"):
        check_weights([])  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", [None, 0.5, {}, "form.json"])
def test_score_form_of_a_non_form_is_a_wrong_type_error(bad: object) -> None:
    with pytest.raises(WrongTypeError, match="score_form takes a Form"):
        score_form(bad)  # type: ignore[arg-type]


def test_score_form_with_a_profile_of_the_wrong_type() -> None:
    form = read_form(FORMS / "junshan-2023-department.json")
    with pytest.raises(WrongTypeError, match="profile must be a Profile"):
        score_form(form, 0.5)  # type: ignore[arg-type]


# -- one rescaled total: rules.rescale_total, for score_form and Profile.total alike ------------


def test_rescale_total() -> None:
    from budgetperf.errors import OutOfRangeError
    from budgetperf.rules import rescale_total

    assert rescale_total(D(54), D(60), D(40)) == D(90)
    assert rescale_total(D(45), D(80), D(10)) == D("50.625")  # out of 90, not 100
    assert rescale_total(D(7), D(100), D(0)) == D(7)
    assert rescale_total(D(0), D(0), D(10)) is None
    with pytest.raises(OutOfRangeError):
        rescale_total(D(1), D(-1), D(2))


@pytest.mark.parametrize(("includes_execution", "total"), [(True, D(100)), (False, D(90))])
def test_a_form_and_its_rule_scores_rescale_alike(includes_execution: bool, total: D) -> None:
    # score_form once rescaled to 100 whatever the profile, Profile.total to the weight the
    # total is out of (90 when it leaves out the execution line): one function decides now.
    profile = attrs.evolve(
        get_profile(), not_applicable="rescale", total_includes_execution=includes_execution
    )
    form = _one_not_applicable()
    scored = score_form(form, profile)
    added = profile.total(
        [
            profile.score_execution(10, 10),
            profile.score_forward(5, 5, 50),
            profile.score_not_applicable(40),
        ]
    )
    assert scored.total == added.value == total
    assert f"rescaled to {total}" in "; ".join(scored.notes)


# --- a form built without the execution line in its total (issue 11, Deliver 3) ---------------


def _without_execution_weight() -> Form:
    """budgetperf.testing.sample_form with 满意度 raised from 10 to 20 points, so that the
    indicators make 100 alone, and a funds line of 109.8 of 208 万元 spent printed with no
    weight and no score (a 专项 form)."""
    from budgetperf.testing import sample_form

    form = sample_form()
    satisfaction = attrs.evolve(form.indicators[3], weight=Decimal(20), printed_score=Decimal(20))
    figures: dict[str, Any] = {
        "initial": Decimal(208),
        "adjusted": Decimal(208),
        "executed": Decimal("109.8"),
    }
    line = attrs.evolve(form.funds[0], rate=Decimal("52.79"), weight=None, score=None, **figures)
    return attrs.evolve(
        form,
        indicators=(*form.indicators[:3], satisfaction),
        funds=(line, attrs.evolve(form.funds[1], **figures)),
        level1_weights={**form.level1_weights, "满意度指标": Decimal(20)},
    )


def test_a_form_whose_indicators_make_100_reports_its_execution_rate_without_scoring_it() -> None:
    from budgetperf.formcheck import check_form

    form = _without_execution_weight()
    result = score_form(form)
    # the total is the indicators' alone: 30 + 20 + 30 + 20 = 100 (not 100 + 5.28 = 105.28)
    assert result.total == Decimal(100)
    assert result.grade == "优"
    execution = result.execution
    assert execution is not None
    assert not execution.in_total
    assert execution.score is None
    # 109.8 / 208 = 52.788…% → 52.79%
    assert execution.explanation == (
        "执行率: 109.8 / 208 = 52.79%, reported, not scored: the indicator weights make 100"
        " without an execution line"
    )
    assert result.weight_problems == ()
    assert [(f.code, f.severity.value) for f in check_form(form)] == [
        ("structure.execution-not-in-total", "info")
    ]


def test_an_execution_line_that_prints_its_weight_is_in_the_total() -> None:
    form = _without_execution_weight()
    printed = attrs.evolve(
        form, funds=(attrs.evolve(form.funds[0], weight=Decimal(10)), form.funds[1])
    )
    result = score_form(printed)
    assert result.execution is not None
    assert result.execution.in_total
    # 10 × 52.79% = 5.28: 100 + 5.28, outside 0–100, and the weights make 110
    assert result.total == Decimal("105.28")
    assert result.grade is None
    assert [p.message_en for p in result.weight_problems] == [
        "total: the weights add up to 110, the form says 100"
    ]
