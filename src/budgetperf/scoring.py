"""Score a self-evaluation form under a profile, and show where the printed figures differ.

:func:`score_form` takes a :class:`~budgetperf.forms.Form` and a
:class:`~budgetperf.profiles.Profile` (``central-2020`` by default) and returns, for every
indicator, the rule score, the printed score, their difference and a one-line explanation;
the execution line; subtotals per 一级; the total and the grade; and notes wherever the rule
cannot decide. It never invents a score and never hides a difference:

* **Kind.** The indicator's kind comes from the target's comparator (≥ > 正向, ≤ < 反向,
  = 等于), a qualitative target (定性) or "/" (不适用). A target printed without a comparator is
  read as 反向 under a 成本 二级, as 等于 when it is 0 (a failure rate "0"), and as 正向
  otherwise; the note says the kind was inferred.
* **Qualitative indicators without a tier** (every seed form): the printed score is checked
  against the tier bands and used; the note says which band it lies in.
* **Targets and actuals that cannot be compared** (incompatible units, a blank cell, a
  qualitative actual for a number): no rule score; the printed score, when there is one, is
  used in the total and the note says so.
* **No weights at all** (the 汨罗 tables print only a total): "cannot score", not a crash.

>>> from budgetperf.forms import read_form
>>> result = score_form(read_form("examples/forms/junshan-2023-department.json"))
>>> result.total, result.printed_total, result.grade
(Decimal('100.00'), Decimal('99.4'), '优')
>>> [r.explanation for r in result.indicators if r.difference][0]
'反向: 1107.5万元 ≤ 1179.7万元 → 10/10, printed 9.4'
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

import attrs

from budgetperf.exact import _CTX, exact_sum, round_to
from budgetperf.forms import Form, FundsLine
from budgetperf.indicators import Indicator, WeightProblem, check_weights
from budgetperf.profiles import Profile, get_profile, load_profile, normalise_grade
from budgetperf.rules import Kind, RuleScore
from budgetperf.values import Alignment, PrintedValue, ValueKind, align

__all__ = ["ExecutionResult", "FormScore", "IndicatorResult", "Level1Result", "score_form"]

_COST_LEVEL2 = ("成本指标", "经济成本指标", "社会成本指标", "生态环境成本指标")


@attrs.frozen
class IndicatorResult:
    """One indicator scored: what the rule gives, what was printed, and why.

    ``status`` is ``"scored"`` (the rule decided), ``"printed-used"`` (the rule could not
    decide and the printed score was checked and used), ``"not-scored"`` (neither) or
    ``"not-applicable"``. ``score`` is what the totals use.
    """

    indicator: Indicator
    kind: Kind | None
    status: str
    score: Decimal | None
    printed: Decimal | None
    rule: RuleScore | None
    explanation: str
    notes: tuple[str, ...] = ()

    @property
    def difference(self) -> Decimal | None:
        """printed − rule score, when the rule decided and a score was printed."""
        if self.status != "scored" or self.score is None or self.printed is None:
            return None
        difference = exact_sum([self.printed, self.score.copy_negate()])
        return difference if difference else None


@attrs.frozen
class ExecutionResult:
    """The 预算执行率 line scored."""

    line: FundsLine
    score: Decimal | None
    printed: Decimal | None
    rule: RuleScore | None
    explanation: str

    @property
    def difference(self) -> Decimal | None:
        """printed − rule score, when both exist and differ."""
        if self.score is None or self.printed is None:
            return None
        difference = exact_sum([self.printed, self.score.copy_negate()])
        return difference if difference else None


@attrs.frozen
class Level1Result:
    """A 一级 subtotal: its weight, the sum of the scores used and the sum printed."""

    name: str
    weight: Decimal | None
    score: Decimal | None
    printed: Decimal | None


@attrs.frozen
class FormScore:
    """A form scored under a profile."""

    form: Form
    profile: str
    execution: ExecutionResult | None
    indicators: tuple[IndicatorResult, ...]
    level1: tuple[Level1Result, ...]
    total: Decimal | None
    printed_total: Decimal | None
    grade: str | None
    printed_grade: str | None
    weight_problems: tuple[WeightProblem, ...]
    notes: tuple[str, ...]

    @property
    def scorable(self) -> bool:
        """False when the form cannot be scored at all (no weights)."""
        return self.total is not None

    @property
    def differences(self) -> tuple[IndicatorResult, ...]:
        """The indicators whose printed score differs from the rule score."""
        return tuple(r for r in self.indicators if r.difference is not None)

    @property
    def verdict(self) -> str:
        """One line for a reviewer."""
        if self.total is None:
            return "cannot score: " + (self.notes[0] if self.notes else "the rule cannot decide")
        parts = [f"total {self.total} ({self.grade})"]
        if self.printed_total is not None:
            if self.printed_total == self.total:
                parts.append("the printed total agrees")
            else:
                parts.append(f"printed {self.printed_total}")
        if self.differences:
            parts.append(f"{len(self.differences)} indicator(s) printed differently from the rule")
        if self.printed_grade and self.grade:
            try:
                same = normalise_grade(self.printed_grade) == normalise_grade(self.grade)
            except ValueError:
                same = False
            if not same:
                parts.append(f"printed grade {self.printed_grade}")
        return "; ".join(parts)


def _text(value: object) -> str:
    return getattr(value, "text", str(value))


def _bare(value: PrintedValue) -> str:
    """The printed value without its comparator ("≤1179.7万元" → "1179.7万元")."""
    if value.magnitude is None:
        return value.text
    return f"{value.magnitude:f}{value.printed_unit}"


def _kind(indicator: Indicator) -> tuple[Kind | None, str | None]:
    """The indicator's kind, and a note when it had to be inferred."""
    if indicator.kind:
        return Kind(indicator.kind), None
    target = indicator.target
    if target is None:
        return None, None
    if target.kind is ValueKind.NOT_APPLICABLE:
        return Kind.NOT_APPLICABLE, None
    if target.kind is ValueKind.QUALITATIVE:
        return Kind.QUALITATIVE, None
    kind = Kind.from_comparator(target.comparator)
    if kind is not None:
        return kind, None
    if target.kind is not ValueKind.QUANTITY or target.magnitude is None:
        return None, f"{target.kind.value} targets have no scoring rule"
    if indicator.level2 in _COST_LEVEL2:
        return Kind.REVERSE, f"no comparator printed; read as 反向 (≤) under {indicator.level2}"
    if target.magnitude == 0:
        return Kind.EQUAL, "no comparator printed; a target of 0 is read as 等于 0"
    return Kind.FORWARD, "no comparator printed; read as 正向 (≥)"


def _printed_used(
    indicator: Indicator, kind: Kind | None, reason: str, notes: list[str]
) -> IndicatorResult:
    printed = indicator.printed_score
    if printed is not None and indicator.weight is not None and printed <= indicator.weight:
        notes.append(f"{reason}; the printed {printed} is used")
        return IndicatorResult(
            indicator,
            kind,
            "printed-used",
            printed,
            printed,
            None,
            f"{reason} → printed {printed}",
            tuple(notes),
        )
    if printed is not None and indicator.weight is not None:
        notes.append(f"the printed {printed} exceeds the weight {indicator.weight}")
    notes.append(reason)
    return IndicatorResult(indicator, kind, "not-scored", None, printed, None, reason, tuple(notes))


def _score_indicator(indicator: Indicator, profile: Profile) -> IndicatorResult:
    kind, inferred = _kind(indicator)
    notes = [inferred] if inferred else []
    weight = indicator.weight
    printed = indicator.printed_score
    if weight is None:
        return IndicatorResult(
            indicator, kind, "not-scored", None, printed, None, "no weight printed", tuple(notes)
        )
    if kind is Kind.NOT_APPLICABLE:
        rule = profile.score_not_applicable(weight, reason="目标为不适用")
        return IndicatorResult(
            indicator, kind, "not-applicable", None, printed, rule, rule.explanation, tuple(notes)
        )
    if kind is None:
        return _printed_used(indicator, kind, "no target printed", notes)
    if kind is Kind.QUALITATIVE:
        return _qualitative(indicator, profile, notes)
    target, actual = indicator.target, indicator.actual
    if target is None or actual is None:
        return _printed_used(indicator, kind, "no actual printed", notes)
    aligned = align(target, actual)
    if aligned.values is None:
        return _printed_used(indicator, kind, f"not comparable: {aligned.reason}", notes)
    if aligned.status is Alignment.ASSUMED_UNIT:
        notes.append(aligned.reason)
    rule = profile.score(
        kind,
        aligned.values[0],
        aligned.values[1],
        weight,
        target_text=_bare(target),
        actual_text=_bare(actual),
    )
    notes.extend(rule.warnings)
    explanation = f"{kind.value}: {rule.explanation.split(': ', 1)[-1]}"
    if printed is not None and rule.score is not None and printed != rule.score:
        explanation += f", printed {printed}"
    return IndicatorResult(
        indicator, kind, "scored", rule.score, printed, rule, explanation, tuple(notes)
    )


def _qualitative(indicator: Indicator, profile: Profile, notes: list[str]) -> IndicatorResult:
    weight = indicator.weight
    printed = indicator.printed_score
    assert weight is not None
    actual = _text(indicator.actual) if indicator.actual is not None else "—"
    target = _text(indicator.target) if indicator.target is not None else "—"
    if indicator.judgement is not None:
        bands = profile.qualitative_bands
        tier = bands.tier_of(indicator.judgement)
        rule = profile.score_qualitative(tier, indicator.judgement, weight)
        explanation = f"定性: {target} → {actual}, {tier.value} → {rule.score}/{weight}"
        if printed is not None and printed != rule.score:
            explanation += f", printed {printed}"
        return IndicatorResult(
            indicator,
            Kind.QUALITATIVE,
            "scored",
            rule.score,
            printed,
            rule,
            explanation,
            tuple(notes),
        )
    if printed is None:
        notes.append("定性 with neither a tier judgement nor a printed score")
        return IndicatorResult(
            indicator,
            Kind.QUALITATIVE,
            "not-scored",
            None,
            None,
            None,
            "定性: no judgement",
            tuple(notes),
        )
    if printed > weight or printed < 0:
        notes.append(f"the printed {printed} lies outside 0–{weight}")
        return IndicatorResult(
            indicator,
            Kind.QUALITATIVE,
            "not-scored",
            None,
            printed,
            None,
            "定性: printed score out of range",
            tuple(notes),
        )
    tier = profile.check_qualitative(None, printed, weight)
    band = profile.qualitative_bands.band(tier)
    notes.append(
        f"定性: no tier given; the printed {printed}/{weight} lies in the {tier.value} band {band}"
        " and is used"
    )
    explanation = f"定性: {target} → {actual}, printed {printed}/{weight} in {tier.value} {band}"
    return IndicatorResult(
        indicator,
        Kind.QUALITATIVE,
        "printed-used",
        printed,
        printed,
        None,
        explanation,
        tuple(notes),
    )


def _execution(line: FundsLine | None, profile: Profile) -> ExecutionResult | None:
    if line is None:
        return None
    weight = line.weight if line.weight is not None else profile.execution_weight
    if line.executed is None or line.adjusted is None:
        return ExecutionResult(
            line, None, line.score, None, "执行率: 全年预算数 or 全年执行数 not printed"
        )
    rule = profile.score_execution(
        line.executed,
        line.adjusted,
        weight,
        executed_text=str(line.executed),
        budget_text=str(line.adjusted),
    )
    explanation = f"执行率: {rule.explanation.split(': ', 1)[-1]}"
    if line.score is not None and rule.score is not None and line.score != rule.score:
        explanation += f", printed {line.score}"
    return ExecutionResult(line, rule.score, line.score, rule, explanation)


def _sum(values: Sequence[Decimal | None]) -> Decimal | None:
    if not values or any(v is None for v in values):
        return None
    return exact_sum(v for v in values if v is not None)


def score_form(form: Form, profile: Profile | str | None = None) -> FormScore:
    """Score ``form`` under ``profile`` (a Profile, a bundled name, a TOML path, or the default).

    See the module documentation for how undecidable indicators are treated.
    """
    chosen = (
        profile
        if isinstance(profile, Profile)
        else (get_profile() if profile is None else load_profile(profile))
    )
    notes: list[str] = [f"form issue: {issue}" for issue in form.issues]
    execution = _execution(form.execution, chosen)
    results = tuple(_score_indicator(i, chosen) for i in form.indicators)
    execution_weight = None
    if execution is not None and chosen.total_includes_execution:
        execution_weight = (
            execution.line.weight if execution.line.weight is not None else chosen.execution_weight
        )
    problems = tuple(
        check_weights(form.tree, total=form.total_weight, execution_weight=execution_weight)
    )
    level1 = tuple(
        Level1Result(
            name,
            weight,
            _sum(
                [
                    r.score
                    for r in results
                    if r.indicator.level1 == name and r.status != "not-applicable"
                ]
            ),
            _sum([r.printed for r in results if r.indicator.level1 == name]),
        )
        for name, weight in form.level1_weights.items()
    )
    total: Decimal | None
    if all(r.indicator.weight is None for r in results):
        notes.insert(0, "the table prints no indicator weights, so no rule can score it")
        total = None
    else:
        parts: list[Decimal | None] = [r.score for r in results if r.status != "not-applicable"]
        if chosen.total_includes_execution and execution is not None:
            parts.append(execution.score)
        raw = _sum(parts)
        if raw is None:
            missing = [
                r.indicator.name
                for r in results
                if r.score is None and r.status != "not-applicable"
            ]
            notes.insert(0, f"no score for: {', '.join(missing) or '预算执行率'}")
            total = None
        else:
            excluded = exact_sum(
                r.indicator.weight or Decimal(0) for r in results if r.status == "not-applicable"
            )
            if excluded and chosen.not_applicable == "rescale":
                applicable = exact_sum(
                    [
                        *(
                            r.indicator.weight or Decimal(0)
                            for r in results
                            if r.status != "not-applicable"
                        ),
                        *([execution_weight] if execution_weight is not None else []),
                    ]
                )
                if applicable:
                    raw = _CTX.divide(_CTX.multiply(raw, Decimal(100)), applicable)
                notes.append(f"不适用 weight {excluded} left out; rescaled to 100")
            total = round_to(raw, chosen.total_places, chosen.score_rounding)
    for problem in problems:
        notes.append(f"weights: {problem}")
    used = [r for r in results if r.status == "printed-used"]
    if used:
        notes.append(f"{len(used)} indicator(s) use the printed score (the rule cannot decide)")
    return FormScore(
        form=form,
        profile=chosen.key,
        execution=execution,
        indicators=results,
        level1=level1,
        total=total,
        printed_total=form.total_score,
        grade=None if total is None else chosen.grade(total),
        printed_grade=form.grade,
        weight_problems=problems,
        notes=tuple(notes),
    )
