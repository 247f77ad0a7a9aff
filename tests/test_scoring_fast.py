"""score_form computes numbers eagerly on a fast path and words on demand: the two must agree.

The fast path (``scoring._fast_score`` / ``_fast_execution``) handles the common indicator —
a weight, a 正向/反向/等于 kind, numeric values in one unit — with the rules' ``raw``
arithmetic; the full path (``_score_indicator``) decides everything and writes the words.
These tests check that the numbers of the two agree on any input, that unusual input still
goes down the full path, and that the words really are built only when read.
"""

from __future__ import annotations

from decimal import Decimal

import attrs
import pytest
from hypothesis import event, given
from hypothesis import strategies as st

from budgetperf import scoring
from budgetperf.errors import NotDecimalError, OutOfRangeError
from budgetperf.formcheck import check_form
from budgetperf.forms import Form, FundsLine
from budgetperf.indicators import Indicator
from budgetperf.profiles import Profile, get_profile
from budgetperf.scoring import IndicatorResult, score_form
from budgetperf.testing import strategies as bst
from budgetperf.testing.strategies import fixed_decimals, printed_values
from budgetperf.values import PrintedValue, parse_value

D = Decimal

PROFILES = [
    get_profile("central-2020"),
    get_profile("legacy-2017"),
    get_profile("sichuan-2023"),
    attrs.evolve(get_profile(), not_applicable="rescale", score_places=0),
]

weights = st.none() | fixed_decimals(places=1, max_value=40)
values = st.none() | printed_values()
kinds = st.none() | st.sampled_from(["正向", "反向", "等于", "定性", "不适用"])


@st.composite
def indicators(draw: st.DrawFn) -> Indicator:
    target: PrintedValue | None = draw(values)
    actual: PrintedValue | None = draw(values)
    if target is not None and draw(st.booleans()):
        # Often the same unit as the target, which is what the fast path takes.
        number = draw(fixed_decimals(places=2, max_value=10**5))
        actual = parse_value(f"{number:f}{target.printed_unit}")
    return Indicator(
        draw(st.sampled_from(["产出指标", "效益指标", "满意度指标"])),
        draw(st.sampled_from(["数量指标", "成本指标", "社会效益指标"])),
        "x",
        weight=draw(weights),
        target=target,
        actual=actual,
        kind=draw(kinds),
        printed_score=draw(st.none() | fixed_decimals(places=1, max_value=40)),
    )


@st.composite
def forms(draw: st.DrawFn) -> Form:
    funds: tuple[FundsLine, ...] = ()
    if draw(st.booleans()):
        funds = (
            FundsLine(
                "年度资金总额",
                adjusted=draw(st.none() | fixed_decimals(places=2, max_value=10**4)),
                executed=draw(st.none() | fixed_decimals(places=2, max_value=10**4)),
                weight=draw(st.none() | st.just(D(10))),
            ),
        )
    return Form(
        kind="project",
        indicators=tuple(draw(st.lists(indicators(), min_size=0, max_size=8))),
        funds=funds,
    )


any_forms = forms() | bst.forms(messy=True) | bst.forms()


@given(any_forms, st.sampled_from(PROFILES))
def test_the_fast_path_gives_the_full_paths_numbers(form: Form, profile: Profile) -> None:
    result = score_form(form, profile)
    full = result.indicators  # built by the full path, with every word
    for entry, indicator, built in zip(result._work.entries, form.indicators, full, strict=True):
        if isinstance(entry, IndicatorResult):
            event("full path")
            assert entry is built
        else:
            event("fast path")
            again = scoring._score_indicator(indicator, profile)
            assert (again.status, again.score) == ("scored", entry)
            assert built.score == entry
    # The total, computed from the fast numbers, is the one the full results add up to.
    if result.total is not None and profile.not_applicable == "exclude":
        parts = [r.score for r in full if r.status != "not-applicable" and r.score is not None]
        if (
            profile.total_includes_execution
            and result.execution is not None
            and result.execution.in_total
        ):
            assert result.execution.score is not None
            parts.append(result.execution.score)
        assert result.total == sum(parts, D(0)).quantize(D("0.01"))


@given(any_forms, st.sampled_from(PROFILES))
def test_the_execution_line_agrees_with_its_full_result(form: Form, profile: Profile) -> None:
    result = score_form(form, profile)
    if form.execution is None:
        assert result.execution is None
        return
    outside = scoring._outside_total(form, form.execution, profile)
    full = scoring._execution(form.execution, profile, outside)
    assert result.execution == full


def plain_form() -> Form:
    indicators = tuple(
        Indicator(
            "产出指标",
            "数量指标",
            f"i{i}",
            weight=D(9),
            target=parse_value(f"{sign}{100 + i}件"),
            actual=parse_value(f"{90 + 3 * i}件"),
        )
        for i, sign in enumerate(["≥", "≤", "=", ">", "<"] * 2)
    )
    return Form(
        kind="project",
        indicators=indicators,
        funds=(FundsLine("年度资金总额", adjusted=D(100), executed=D(95), weight=D(10)),),
    )


def test_plain_indicators_build_no_words_until_read(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    full = scoring._score_indicator

    def counting(indicator: Indicator, profile: Profile) -> IndicatorResult:
        calls.append(indicator.name)
        return full(indicator, profile)

    monkeypatch.setattr(scoring, "_score_indicator", counting)
    result = score_form(plain_form())
    assert result.total is not None
    assert result.grade is not None
    assert calls == []  # totals and grade came from the fast path alone
    explanations = [r.explanation for r in result.indicators]
    assert len(calls) == 10
    assert explanations[0] == "正向: 90件 < 100件 → 8.10/9"
    assert result.indicators is result.indicators  # built once, then kept
    assert len(calls) == 10


@pytest.mark.parametrize(
    ("target", "actual"),
    [
        ("≥5件", "5"),  # no unit on one side: the unit is assumed, and the note says so
        ("提升", "提升"),  # qualitative
        ("≥5件", "5米"),  # incompatible units
        ("5件", "5件"),  # no comparator: the kind is inferred, with a note
    ],
)
def test_unusual_indicators_go_down_the_full_path(target: str, actual: str) -> None:
    indicator = Indicator(
        "产出指标",
        "数量指标",
        "x",
        weight=D(10),
        target=parse_value(target),
        actual=parse_value(actual),
        printed_score=D(10),
    )
    result = score_form(Form(kind="project", indicators=(indicator,)))
    assert isinstance(result._work.entries[0], IndicatorResult)


def test_multipliers_are_applied_on_the_fast_path() -> None:
    indicator = Indicator(
        "产出指标",
        "数量指标",
        "x",
        weight=D(10),
        target=parse_value("≥5千件"),
        actual=parse_value("4000件"),
    )
    result = score_form(Form(kind="project", indicators=(indicator,)))
    assert result._work.entries == [D("8.00")]
    assert result.indicators[0].explanation == "正向: 4000件 < 5千件 → 8.00/10"


def test_a_base_value_out_of_range_is_refused_as_before() -> None:
    huge = "9" * 30
    indicator = Indicator(
        "产出指标",
        "数量指标",
        "x",
        weight=D(10),
        target=parse_value(f"≥{huge}亿元"),
        actual=parse_value(f"{huge}亿元"),
    )
    with pytest.raises(OutOfRangeError):
        score_form(Form(kind="project", indicators=(indicator,)))


def test_a_negative_weight_is_refused_as_before() -> None:
    indicator = attrs.evolve(plain_form().indicators[0], weight=D(-1))
    with pytest.raises(OutOfRangeError, match="negative"):
        score_form(Form(kind="project", indicators=(indicator,)))
    line = FundsLine("年度资金总额", adjusted=D(100), executed=D(95), weight=D(-1))
    with pytest.raises(OutOfRangeError, match="negative"):
        score_form(Form(kind="project", indicators=(), funds=(line,)))


def test_a_funds_line_checks_its_numbers_when_built() -> None:
    with pytest.raises(NotDecimalError):
        FundsLine("年度资金总额", executed=0.5)  # type: ignore[arg-type]
    assert FundsLine("合计", adjusted="1,107.5").adjusted == D("1107.5")


def test_a_total_above_100_has_no_grade_and_says_why() -> None:
    heavy = attrs.evolve(plain_form().indicators[0], weight=D(120), actual=parse_value("200件"))
    result = score_form(Form(kind="project", indicators=(heavy,)))
    assert result.total == D("120.00")
    assert result.grade is None
    assert "the total 120.00 lies outside 0–100, so it has no grade" in result.notes


def test_profile_score_checks_its_inputs_as_the_rules_do() -> None:
    from budgetperf.rules import IndicatorKind, LinearPenalty

    profile = get_profile()
    result = profile.score(IndicatorKind.REVERSE, "10", D("12.5"), 150)
    assert result == attrs.evolve(
        LinearPenalty().score(D(10), D("12.5"), D(150), places=2), profile=profile.key
    )
    with pytest.raises(OutOfRangeError, match="negative"):
        profile.score(IndicatorKind.FORWARD, 1, 1, -1)
    with pytest.raises(NotDecimalError):
        profile.score(IndicatorKind.FORWARD, 0.5, 1, 1)  # type: ignore[arg-type]


def test_a_qualitative_indicator_of_weight_0_is_not_a_crash() -> None:
    # Found by test_the_fast_path_gives_the_full_paths_numbers: check_qualitative raised
    # "a weight of 0 has no bands" from inside score_form.
    indicator = Indicator(
        "产出指标",
        "质量指标",
        "x",
        weight=D("0.0"),
        target=parse_value("提升"),
        actual=parse_value("提升"),
        printed_score=D(0),
    )
    result = score_form(Form(kind="project", indicators=(indicator,)))
    assert result.indicators[0].status == "printed-used"
    assert result.indicators[0].score == D(0)
    assert "no tier band" in result.indicators[0].notes[0]


# -- the public form strategy -----------------------------------------------------------------


@given(bst.forms())
def test_a_clean_generated_form_validates_and_scores(form: Form) -> None:
    result = score_form(form)
    assert result.weight_problems == ()
    assert result.total is not None
    assert D(0) <= result.total <= D(100)
    assert result.grade is not None
    assert all(r.status == "scored" for r in result.indicators)


@given(bst.forms(messy=True), st.sampled_from(PROFILES))
def test_a_messy_generated_form_is_read_without_crashing(form: Form, profile: Profile) -> None:
    result = score_form(form, profile)
    assert result.verdict  # every word can be built
    for r in result.indicators:
        assert r.explanation
        assert r.score is None or D(0) <= r.score <= (r.indicator.weight or D(0))
    check_form(form, profile)


@pytest.mark.parametrize("sign", ["≥", ">", "≤", "<", "=", "≈", ""])
def test_the_fast_path_reads_a_comparator_as_kind_from_comparator_does(sign: str) -> None:
    """_fast_score matches comparators by identity; it must pick what IndicatorKind.from_comparator
    picks (or leave the indicator to the full path when that gives no kind)."""
    from budgetperf.rules import IndicatorKind

    target = parse_value(f"{sign}10件")
    indicator = Indicator(
        "产出指标", "数量指标", "x", weight=D(10), target=target, actual=parse_value("25件")
    )
    result = score_form(Form(kind="project", indicators=(indicator,)))
    expected = IndicatorKind.from_comparator(target.comparator)
    fast = not isinstance(result._work.entries[0], IndicatorResult)
    assert fast == (expected is not None)
    if expected is not None:
        assert result.indicators[0].kind is expected
        assert result._work.entries[0] == result.indicators[0].score
