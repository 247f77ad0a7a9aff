"""Score a self-evaluation form under a profile, and show where the printed figures differ.

:func:`score_form` takes a :class:`~budgetperf.forms.Form` and a
:class:`~budgetperf.profiles.Profile` (``central-2020`` by default) and returns, for every
indicator, the rule score, the printed score, their difference and a one-line explanation;
the execution line; subtotals per 一级; the total and the grade; and notes wherever the rule
cannot decide. It never invents a score and never hides a difference:

* **IndicatorKind.** The indicator's kind comes from the target's comparator (≥ > 正向, ≤ < 反向,
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

import enum
import functools
import os
from collections.abc import Callable, Sequence
from decimal import ROUND_HALF_UP, Decimal

import attrs

from budgetperf._decimal import add_checked, exponent, round_checked
from budgetperf.audit import Finding
from budgetperf.errors import OutOfRangeError, WrongTypeError
from budgetperf.exact import exact_sum
from budgetperf.forms import Form, FundsLine
from budgetperf.indicators import Indicator, check_weights
from budgetperf.profiles import Profile, get_profile, load_profile, normalise_grade
from budgetperf.rules import IndicatorKind, RuleScore, rescale_total, rounded_score
from budgetperf.values import AlignmentStatus, PrintedValue, ValueKind, align

__all__ = [
    "ExecutionResult",
    "FormScore",
    "IndicatorResult",
    "Level1Result",
    "ScoreMatch",
    "match_score",
    "score_form",
]

_COST_LEVEL2 = ("成本指标", "经济成本指标", "社会成本指标", "生态环境成本指标")


class ScoreStatus(enum.StrEnum):
    """How an indicator's score was decided (a str enum: JSON and comparisons with the text
    stay as they were)."""

    SCORED = "scored"  #: the rule decided
    PRINTED_USED = "printed-used"  #: the rule could not decide; the printed score was used
    NOT_SCORED = "not-scored"  #: neither
    NOT_APPLICABLE = "not-applicable"  #: 不适用


class ScoreMatch(enum.StrEnum):
    """A printed score against the rule's (:func:`match_score`)."""

    AGREES = "agrees"  #: the printed score is the rule's
    #: printed with fewer decimals than the profile rounds to, and the rule's score rounds to it
    #: ("5" for 4.90): still a difference, since the profile says how scores are printed
    COARSER = "coarser"
    DIFFERS = "differs"  #: anything else


def match_score(printed: Decimal, rule: Decimal, places: int | None = None) -> ScoreMatch:
    """The one verdict on a printed score: ``budgetperf score`` and ``budgetperf check`` both
    call it, so they never disagree.

    Scores are compared at the profile's rounding (``places``, its ``score_places``), not at
    the printed precision: the rule's score is already rounded the profile's way, so a printed
    score agrees only when it is the same number ("4.9" and "4.90" are). A printed "5" against
    a rule score of 4.90 does not agree; it is :attr:`ScoreMatch.COARSER` when ``places`` is
    given and the printed score has fewer decimals than ``places`` (the reviewer is told it is
    printed to whole points while the profile rounds to 2 decimals), otherwise
    :attr:`ScoreMatch.DIFFERS`.

    >>> from decimal import Decimal
    >>> match_score(Decimal("4.9"), Decimal("4.90"), 2)
    <ScoreMatch.AGREES: 'agrees'>
    >>> match_score(Decimal("5"), Decimal("4.90"), 2)
    <ScoreMatch.COARSER: 'coarser'>
    >>> match_score(Decimal("4.80"), Decimal("4.90"), 2)
    <ScoreMatch.DIFFERS: 'differs'>
    """
    if printed == rule:
        return ScoreMatch.AGREES
    shown = max(0, -exponent(printed))
    if (
        places is not None
        and shown < places
        and round_checked(rule, shown, ROUND_HALF_UP) == printed
    ):
        return ScoreMatch.COARSER
    return ScoreMatch.DIFFERS


@attrs.frozen
class IndicatorResult:
    """One indicator scored: what the rule gives, what was printed, and why.

    ``status`` is ``"scored"`` (the rule decided), ``"printed-used"`` (the rule could not
    decide and the printed score was checked and used), ``"not-scored"`` (neither) or
    ``"not-applicable"``. ``score`` is what the totals use.
    """

    indicator: Indicator
    kind: IndicatorKind | None
    status: ScoreStatus
    score: Decimal | None
    printed: Decimal | None
    rule: RuleScore | None
    explanation: str
    notes: tuple[str, ...] = ()

    @property
    def difference(self) -> Decimal | None:
        """printed − rule score, when the rule decided, a score was printed and
        :func:`match_score` says they differ."""
        if self.status != ScoreStatus.SCORED or self.score is None or self.printed is None:
            return None
        if match_score(self.printed, self.score) is ScoreMatch.AGREES:
            return None
        return exact_sum([self.printed, self.score.copy_negate()])


@attrs.frozen
class ExecutionResult:
    """The 预算执行率 line scored."""

    line: FundsLine
    score: Decimal | None
    printed: Decimal | None
    rule: RuleScore | None
    explanation: str
    #: False when the form is built without the line in its total (its indicators make 100
    #: and it prints no weight or score): the rate is reported and explained, not scored
    in_total: bool = True

    @property
    def difference(self) -> Decimal | None:
        """printed − rule score, when both exist and :func:`match_score` says they differ."""
        if self.score is None or self.printed is None:
            return None
        if match_score(self.printed, self.score) is ScoreMatch.AGREES:
            return None
        return exact_sum([self.printed, self.score.copy_negate()])


@attrs.frozen
class Level1Result:
    """A 一级 subtotal: its weight, the sum of the scores used and the sum printed."""

    name: str
    weight: Decimal | None
    score: Decimal | None
    printed: Decimal | None


class _Work:
    """What :func:`score_form` computed and keeps for the parts of a result built on demand."""

    __slots__ = ("entries", "execution", "execution_weight", "lead", "profile", "rescaled")

    def __init__(
        self,
        profile: Profile,
        entries: list[IndicatorResult | Decimal],
        execution: ExecutionResult | _Pending | None,
        execution_weight: Decimal | None,
        lead: str | None,
        rescaled: str | None,
    ) -> None:
        self.profile = profile
        # One per indicator: its full result when the slow path built it, else its rule score.
        self.entries = entries
        self.execution = execution
        self.execution_weight = execution_weight
        self.lead = lead
        self.rescaled = rescaled


class _Pending(enum.Enum):
    EXECUTION = "not built yet"


@attrs.frozen(slots=False)
class FormScore:
    """A form scored under a profile.

    The numbers are computed when the form is scored: every indicator's score, the total and
    the grade. The words are built the first time they are read, and then kept: each
    indicator's :class:`IndicatorResult` (rule, explanation, notes), the execution line's,
    the 一级 subtotals, the weight checks and the notes. A caller who scores many forms for
    their totals does not pay for sentences it never reads; what it reads is the same either
    way (a property test checks that the two paths agree).
    """

    form: Form
    profile: str
    total: Decimal | None
    printed_total: Decimal | None
    grade: str | None
    printed_grade: str | None
    _work: _Work = attrs.field(eq=False, repr=False, alias="work")

    @functools.cached_property
    def indicators(self) -> tuple[IndicatorResult, ...]:
        """Every indicator scored, in the form's order."""
        profile = self._work.profile
        return tuple(
            entry if isinstance(entry, IndicatorResult) else _score_indicator(indicator, profile)
            for entry, indicator in zip(self._work.entries, self.form.indicators, strict=True)
        )

    @functools.cached_property
    def execution(self) -> ExecutionResult | None:
        """The 预算执行率 line scored (``None`` when the form prints none)."""
        built = self._work.execution
        if built is _Pending.EXECUTION:
            return _execution(self.form.execution, self._work.profile)
        return built

    @functools.cached_property
    def level1(self) -> tuple[Level1Result, ...]:
        """The 一级 subtotals, in the form's order."""
        results = self.indicators
        return tuple(
            Level1Result(
                name,
                weight,
                _sum(
                    [
                        r.score
                        for r in results
                        if r.indicator.level1 == name and r.status != ScoreStatus.NOT_APPLICABLE
                    ]
                ),
                _sum([r.printed for r in results if r.indicator.level1 == name]),
            )
            for name, weight in self.form.level1_weights.items()
        )

    @functools.cached_property
    def weight_problems(self) -> tuple[Finding, ...]:
        """Every weight sum of the form that does not hold (``structure.weights`` findings of
        :func:`~budgetperf.indicators.check_weights`, located in the form's file)."""
        form = self.form
        return tuple(
            attrs.evolve(problem, location=attrs.evolve(problem.location, file=form.source))
            for problem in check_weights(
                form.tree, total=form.total_weight, execution_weight=self._work.execution_weight
            )
        )

    @functools.cached_property
    def notes(self) -> tuple[str, ...]:
        """What a reviewer should know: what the form reader could not use, why a total is
        missing, weight sums."""
        work = self._work
        notes = [f"form: {finding.format()}" for finding in self.form.findings]
        if work.lead is not None:
            notes.insert(0, work.lead)
        if work.rescaled is not None:
            notes.append(work.rescaled)
        notes.extend(f"weights: {problem.message_en}" for problem in self.weight_problems)
        used = sum(
            1
            for entry in work.entries
            if isinstance(entry, IndicatorResult) and entry.status == ScoreStatus.PRINTED_USED
        )
        if used:
            notes.append(f"{used} indicator(s) use the printed score (the rule cannot decide)")
        return tuple(notes)

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
        return self.verdict_in()

    def verdict_in(self, language: str = "en", notes: Sequence[str] | None = None) -> str:
        """:attr:`verdict` in ``language`` ("en" or "zh"); ``notes`` are :attr:`notes` in that
        language, for the first one to say why a form cannot be scored."""
        zh = language == "zh"
        notes = self.notes if notes is None else notes
        if self.total is None:
            if zh:
                return "无法评分：" + (notes[0] if notes else "规则无法判定")
            return "cannot score: " + (notes[0] if notes else "the rule cannot decide")
        parts = [
            f"总分 {self.total}（{self.grade or '无等级'}）"
            if zh
            else f"total {self.total} ({self.grade or 'no grade'})"
        ]
        if self.printed_total is not None:
            if self.printed_total == self.total:
                parts.append("印刷总分一致" if zh else "the printed total agrees")
            else:
                parts.append(
                    f"印刷总分 {self.printed_total}" if zh else f"printed {self.printed_total}"
                )
        if self.differences:
            n = len(self.differences)
            parts.append(
                f"{n}项指标印刷得分与规则不符"
                if zh
                else f"{n} indicator(s) printed differently from the rule"
            )
        if self.printed_grade and self.grade:
            try:
                same = normalise_grade(self.printed_grade) == normalise_grade(self.grade)
            except ValueError:
                same = False
            if not same:
                printed = self.printed_grade
                parts.append(f"印刷等级 {printed}" if zh else f"printed grade {printed}")
        return ("；" if zh else "; ").join(parts)


def _text(value: object) -> str:
    return getattr(value, "text", str(value))


def _bare(value: PrintedValue) -> str:
    """The printed value without its comparator ("≤1179.7万元" → "1179.7万元")."""
    if value.magnitude is None:
        return value.text
    return f"{value.magnitude:f}{value.printed_unit}"


def _kind(indicator: Indicator) -> tuple[IndicatorKind | None, str | None]:
    """The indicator's kind, and a note when it had to be inferred."""
    if indicator.kind is not None:
        return indicator.kind, None
    target = indicator.target
    if target is None:
        return None, None
    if target.kind is ValueKind.NOT_APPLICABLE:
        return IndicatorKind.NOT_APPLICABLE, None
    if target.kind is ValueKind.QUALITATIVE:
        return IndicatorKind.QUALITATIVE, None
    kind = IndicatorKind.from_comparator(target.comparator)
    if kind is not None:
        return kind, None
    if target.kind is not ValueKind.QUANTITY or target.magnitude is None:
        return None, f"{target.kind.value} targets have no scoring rule"
    if indicator.level2 in _COST_LEVEL2:
        return (
            IndicatorKind.REVERSE,
            f"no comparator printed; read as 反向 (≤) under {indicator.level2}",
        )
    if target.magnitude == 0:
        return IndicatorKind.EQUAL, "no comparator printed; a target of 0 is read as 等于 0"
    return IndicatorKind.FORWARD, "no comparator printed; read as 正向 (≥)"


def _printed_used(
    indicator: Indicator, kind: IndicatorKind | None, reason: str, notes: list[str]
) -> IndicatorResult:
    printed = indicator.printed_score
    if printed is not None and indicator.weight is not None and printed <= indicator.weight:
        notes.append(f"{reason}; the printed {printed} is used")
        return IndicatorResult(
            indicator,
            kind,
            ScoreStatus.PRINTED_USED,
            printed,
            printed,
            None,
            f"{reason} → printed {printed}",
            tuple(notes),
        )
    if printed is not None and indicator.weight is not None:
        notes.append(f"the printed {printed} exceeds the weight {indicator.weight}")
    notes.append(reason)
    return IndicatorResult(
        indicator, kind, ScoreStatus.NOT_SCORED, None, printed, None, reason, tuple(notes)
    )


def _score_indicator(indicator: Indicator, profile: Profile) -> IndicatorResult:
    kind, inferred = _kind(indicator)
    notes = [inferred] if inferred else []
    weight = indicator.weight
    printed = indicator.printed_score
    if weight is None:
        return IndicatorResult(
            indicator,
            kind,
            ScoreStatus.NOT_SCORED,
            None,
            printed,
            None,
            "no weight printed",
            tuple(notes),
        )
    if kind is IndicatorKind.NOT_APPLICABLE:
        rule = profile.score_not_applicable(weight, reason="目标为不适用")
        return IndicatorResult(
            indicator,
            kind,
            ScoreStatus.NOT_APPLICABLE,
            None,
            printed,
            rule,
            rule.explanation,
            tuple(notes),
        )
    if kind is None:  # no target, or one no rule scores (a range): the reason is _kind's note
        return _printed_used(indicator, kind, inferred or "no target printed", [])
    if kind is IndicatorKind.QUALITATIVE:
        return _qualitative(indicator, profile, notes)
    target, actual = indicator.target, indicator.actual
    if target is None or actual is None:  # a stated kind, and a cell missing: name that cell
        missing = "no target printed" if target is None else "no actual printed"
        return _printed_used(indicator, kind, missing, notes)
    aligned = align(target, actual)
    if aligned.values is None:
        return _printed_used(indicator, kind, f"not comparable: {aligned.reason}", notes)
    if aligned.status is AlignmentStatus.ASSUMED_UNIT:
        notes.append(aligned.reason)
    # Base values were checked when parsed, and the weight when the indicator was built: only
    # a value whose unit was assumed (a new value) goes through the profile's checks again.
    checked = (
        aligned.status is AlignmentStatus.SAME_UNIT
        and target._base_in_range
        and actual._base_in_range
    )
    if checked and weight < 0:
        raise OutOfRangeError("a weight must not be negative", value=weight)
    scorer = profile._score_checked if checked else profile.score
    rule = scorer(
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
        indicator, kind, ScoreStatus.SCORED, rule.score, printed, rule, explanation, tuple(notes)
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
            IndicatorKind.QUALITATIVE,
            ScoreStatus.SCORED,
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
            IndicatorKind.QUALITATIVE,
            ScoreStatus.NOT_SCORED,
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
            IndicatorKind.QUALITATIVE,
            ScoreStatus.NOT_SCORED,
            None,
            printed,
            None,
            "定性: printed score out of range",
            tuple(notes),
        )
    explanation = f"定性: {target} → {actual}, printed {printed}/{weight}"
    if weight == 0:  # printed is 0 too (checked above); a weight of 0 has no tier bands
        notes.append(
            f"定性: the weight is {weight}, so there is no tier band; the printed 0 is used"
        )
    else:
        tier = profile.check_qualitative(None, printed, weight)
        band = profile.qualitative_bands.band(tier)
        notes.append(
            f"定性: no tier given; the printed {printed}/{weight} lies in the {tier.value} band"
            f" {band} and is used"
        )
        explanation += f" in {tier.value} {band}"
    return IndicatorResult(
        indicator,
        IndicatorKind.QUALITATIVE,
        ScoreStatus.PRINTED_USED,
        printed,
        printed,
        None,
        explanation,
        tuple(notes),
    )


def _outside_total(form: Form, line: FundsLine, profile: Profile) -> Decimal | None:
    """The indicators' weight when the form is built without the execution line in its total:
    the line prints neither a weight nor a score, and the indicator weights alone make the
    form's total weight (100 when none is printed). ``None`` otherwise."""
    if not profile.total_includes_execution or line.weight is not None or line.score is not None:
        return None
    weights = [i.weight for i in form.indicators]
    if not weights or any(w is None for w in weights):
        return None
    total = add_checked(w for w in weights if w is not None)
    expected = form.total_weight if form.total_weight is not None else _HUNDRED
    return total if total == expected else None


def _execution(
    line: FundsLine | None, profile: Profile, outside: Decimal | None = None
) -> ExecutionResult | None:
    if line is None:
        return None
    weight = line.weight if line.weight is not None else profile.execution_weight
    if line.executed is None or line.adjusted is None:
        return ExecutionResult(
            line, None, line.score, None, "执行率: 全年预算数 or 全年执行数 not printed"
        )
    if outside is not None:
        # "109.8 of 208 万元 spent" on a form whose indicators make 100: the rate is reported
        # and explained, and not added to the total
        rule = profile.score_execution(
            line.executed,
            line.adjusted,
            weight,
            executed_text=str(line.executed),
            budget_text=str(line.adjusted),
        )
        rate = rule.explanation.split(": ", 1)[-1].split(" → ", 1)[0]
        return ExecutionResult(
            line,
            None,
            None,
            rule,
            f"执行率: {rate}, reported, not scored: the indicator weights make {outside}"
            " without an execution line",
            in_total=False,
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
    return add_checked(v for v in values if v is not None)


_RawRule = Callable[[Decimal, Decimal, Decimal], Decimal]
_FORWARD, _REVERSE, _EQUAL = IndicatorKind.FORWARD, IndicatorKind.REVERSE, IndicatorKind.EQUAL
_from_comparator = IndicatorKind.from_comparator


def _fast_score(
    indicator: Indicator, rules: tuple[_RawRule, _RawRule, _RawRule], places: int, mode: str
) -> Decimal | None:
    """The rule score of the common case, or ``None`` to send the indicator down the full path.

    The common case: a weight, a 正向/反向/等于 kind (stated, or given by the target's
    comparator as :meth:`~budgetperf.rules.IndicatorKind.from_comparator` reads it), a numeric
    target and actual printed in the same unit and in range. For it, :func:`_score_indicator` would
    align the two values trivially, call the profile's rule and round with
    :func:`~budgetperf.rules.rounded_score`; this does the same arithmetic (``rule.raw``, the
    one place each formula lives) without the words. ``rules`` are the profile's 正向, 反向
    and 等于 ``raw`` functions. Anything else, however rare, goes down the full path, which
    decides it exactly as before.
    """
    weight = indicator.weight
    target = indicator.target
    actual = indicator.actual
    if weight is None or target is None or actual is None or weight < 0:
        return None
    stated = indicator.kind
    # The kind is decided where _kind decides it: the stated 指标性质, else the comparator as
    # IndicatorKind.from_comparator reads it (the one comparator → kind rule).
    kind = stated if stated is not None else _from_comparator(target.comparator)
    if kind is _FORWARD:
        raw = rules[0]
    elif kind is _REVERSE:
        raw = rules[1]
    elif kind is _EQUAL:
        raw = rules[2]
    else:
        return None
    if target.unit != actual.unit or not (target._base_in_range and actual._base_in_range):
        return None
    target_value, actual_value = target._base, actual._base
    assert target_value is not None
    assert actual_value is not None
    return rounded_score(raw(target_value, actual_value, weight), weight, places, mode)


def _fast_execution(
    line: FundsLine, profile: Profile, weight: Decimal
) -> ExecutionResult | Decimal | None:
    """The execution line's score (``None``: not printed), or its full result when unusual."""
    if line.executed is None or line.adjusted is None:
        return None
    if weight < 0:
        return _execution(line, profile)  # raises, naming the weight
    raw = profile.execution.raw(line.executed, line.adjusted, weight)
    if raw is None:
        return None
    return rounded_score(raw, weight, profile.score_places, profile.score_rounding.value)


_ZERO = Decimal(0)
_HUNDRED = Decimal(100)


def _rescaled(
    raw: Decimal,
    form: Form,
    entries: list[IndicatorResult | Decimal],
    execution_weight: Decimal | None,
) -> tuple[Decimal | None, str | None]:
    """The ``rescale`` setting through :func:`~budgetperf.rules.rescale_total`, and the note."""
    applying = [
        not isinstance(entry, IndicatorResult) or entry.status != ScoreStatus.NOT_APPLICABLE
        for entry in entries
    ]
    excluded = add_checked(
        indicator.weight or _ZERO
        for indicator, applies in zip(form.indicators, applying, strict=True)
        if not applies
    )
    if not excluded:
        return raw, None
    applicable = add_checked(
        [
            *(
                indicator.weight or _ZERO
                for indicator, applies in zip(form.indicators, applying, strict=True)
                if applies
            ),
            *([execution_weight] if execution_weight is not None else []),
        ]
    )
    scaled = rescale_total(raw, applicable, excluded)
    if scaled is None:
        return None, f"不适用 weight {excluded} left out and no weight applies: no total"
    full = add_checked([applicable, excluded])
    return scaled, f"不适用 weight {excluded} left out; rescaled to {full}"


def _join(first: str | None, second: str) -> str:
    return second if first is None else f"{first}; {second}"


def score_form(form: Form, profile: Profile | str | None = None) -> FormScore:
    """Score ``form`` under ``profile`` (a Profile, a bundled name, a TOML path, or the default).

    See the module documentation for how undecidable indicators are treated. Every number of
    the result is computed here; its words are built when first read (see :class:`FormScore`).
    A ``form`` that is not a :class:`~budgetperf.forms.Form`, or a ``profile`` of another type,
    raises :class:`~budgetperf.errors.WrongTypeError`.
    """
    if not isinstance(form, Form):
        raise WrongTypeError(
            f"score_form takes a Form (see read_form), not {type(form).__name__}", value=form
        )
    if profile is not None and not isinstance(profile, Profile | str | os.PathLike):
        raise WrongTypeError(
            "profile must be a Profile, a bundled name or a TOML path, "
            f"not {type(profile).__name__}",
            value=profile,
        )
    chosen = (
        profile
        if isinstance(profile, Profile)
        else (get_profile() if profile is None else load_profile(profile))
    )
    rules = (chosen.forward.raw, chosen.reverse.raw, chosen.equal.raw)
    places, mode = chosen.score_places, chosen.score_rounding.value

    line = form.execution
    execution: ExecutionResult | _Pending | None = None
    execution_score: Decimal | None = None
    execution_weight = None
    outside = None if line is None else _outside_total(form, line, chosen)
    if line is not None and outside is not None:
        execution = _execution(line, chosen, outside)
        line = None  # not part of the total
    elif line is not None:
        weight = line.weight if line.weight is not None else chosen.execution_weight
        fast = _fast_execution(line, chosen, weight)
        if isinstance(fast, ExecutionResult):
            execution, execution_score = fast, fast.score
        else:
            execution, execution_score = _Pending.EXECUTION, fast
        if chosen.total_includes_execution:
            execution_weight = weight

    entries: list[IndicatorResult | Decimal] = []
    parts: list[Decimal] = []  # the scores the total adds up
    weighted = unscored = not_applicable = False
    for indicator in form.indicators:
        if indicator.weight is not None:
            weighted = True
        score = _fast_score(indicator, rules, places, mode)
        if score is not None:
            entries.append(score)
            parts.append(score)
            continue
        result = _score_indicator(indicator, chosen)
        entries.append(result)
        if result.status == ScoreStatus.NOT_APPLICABLE:
            not_applicable = True
        elif result.score is None:
            unscored = True
        else:
            parts.append(result.score)

    lead = rescaled = None
    total: Decimal | None = None
    if not weighted:
        lead = "the table prints no indicator weights, so no rule can score it"
    else:
        if chosen.total_includes_execution and line is not None:
            if execution_score is None:
                unscored = True
            else:
                parts.append(execution_score)
        if unscored or not parts:
            missing = [
                entry.indicator.name
                for entry in entries
                if isinstance(entry, IndicatorResult)
                and entry.score is None
                and entry.status != ScoreStatus.NOT_APPLICABLE
            ]
            lead = (
                f"no score for: {', '.join(missing) or '预算执行率'}"
                if unscored
                else "every weighted indicator is 不适用: nothing to add up"
            )
        else:
            raw: Decimal | None = add_checked(parts)
            if not_applicable and chosen.not_applicable == "rescale" and raw is not None:
                raw, rescaled = _rescaled(raw, form, entries, execution_weight)
            if raw is not None:
                total = round_checked(raw, chosen.total_places, chosen.score_rounding.value)
    grade = None
    if total is not None:
        if _ZERO <= total <= _HUNDRED:
            grade = chosen.grade(total)
        else:  # weights adding up to more than 100: a total, but no grade band holds it
            rescaled = _join(rescaled, f"the total {total} lies outside 0–100, so it has no grade")
    return FormScore(
        form=form,
        profile=chosen.key,
        total=total,
        printed_total=form.total_score,
        grade=grade,
        printed_grade=form.grade,
        work=_Work(chosen, entries, execution, execution_weight, lead, rescaled),
    )
