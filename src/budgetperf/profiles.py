"""Profiles: named, versioned rule sets for scoring a 绩效自评表, and grade scales.

The sources disagree on several points (the 反向 formula, the 定性 bands, the execution line's
place in the total, rounding, grade vocabularies), and each disagreement is a setting of a
:class:`Profile`, never a hard-coded choice. Three profiles are bundled as TOML files inside the
package, each citing its sources:

* ``central-2020`` (the default): 财预〔2020〕10号 as commonly applied;
* ``legacy-2017``: the pre-2020 central rule set (S18) with the notes of S11 and S20;
* ``sichuan-2023``: the 四川 tables (S5, S6): 执行 10 + 指标 90 freely split.

A user profile is a TOML file in the same format, usually ``extends = "central-2020"`` plus the
keys it changes; see :func:`load_profile` for every key. Profiles are read on first use and
cached; importing this module parses nothing.

Every :class:`~budgetperf.rules.RuleScore` a profile returns is rounded per the profile (each
indicator score is rounded on its own, then the total is the sum of the rounded scores) and
carries ``profile="name@version"``.

>>> p = get_profile()
>>> p.key, p.reverse.id
('central-2020@1', 'reverse-linear-penalty')
>>> r = p.score_reverse(Decimal("10"), Decimal("12.5"), Decimal("10"))
>>> r.score, r.profile
(Decimal('7.50'), 'central-2020@1')
>>> get_profile("legacy-2017").score_reverse(Decimal("10"), Decimal("12.5"), 10).score
Decimal('8.00')
>>> p.grade(Decimal("89.99")), normalise_grade("优秀") == normalise_grade("优")
('良', True)
"""

from __future__ import annotations

import difflib
import functools
import itertools
import os
import re
import types
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal

import attrs

from budgetperf._decimal import CTX
from budgetperf._text import normalise
from budgetperf.errors import (
    BudgetPerfError,
    InvalidOption,
    Location,
    OutOfRangeError,
    ParseError,
    WrongTypeError,
)
from budgetperf.exact import Rounding, exact_sum, round_to, to_decimal
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
    Rule,
    RuleScore,
    Tier,
    TierBands,
    in_interval,
    interval_brackets,
    rescale_total,
)
from budgetperf.rules import require_weight as _rule_weight
from budgetperf.textaudit.read import decode, read_bytes

if TYPE_CHECKING:
    from pathlib import Path

__all__ = [
    "DEFAULT_PROFILE",
    "GRADES_CENTRAL",
    "MAX_DOTS_PER_LINE",
    "MAX_PROFILE_BYTES",
    "VOCAB_HAO",
    "VOCAB_YOUXIU",
    "VOCAB_YOU_LIANG",
    "Grade",
    "GradeScale",
    "Profile",
    "TotalScore",
    "bundled_profiles",
    "get_profile",
    "load_profile",
    "normalise_grade",
]

#: The profile used when none is named.
DEFAULT_PROFILE = "central-2020"

#: Grade vocabularies, best first. 优/良/中/差 is S1's [OFF?] and S3's [LOC]; the others are
#: printed in local tables (汨罗 prints 优秀) and in vendor grade rules [SW].
VOCAB_YOU_LIANG = ("优", "良", "中", "差")
VOCAB_YOUXIU = ("优秀", "良好", "中等", "差")
VOCAB_HAO = ("好", "较好", "一般", "差")
_VOCABULARIES = (VOCAB_YOU_LIANG, VOCAB_YOUXIU, VOCAB_HAO)

_HUNDRED = Decimal(100)
_ZERO = Decimal(0)
_MAX_PLACES = 10

#: The largest profile file :func:`load_profile` reads, in bytes (the bundled ones are under
#: 2.5 kB). A larger file is refused before it is read: Python's ``tomllib`` reads TOML at
#: about 1 s per MB, and more slowly still on dense keys.
MAX_PROFILE_BYTES = 64 * 1024
#: The most ``.`` a line of a profile may hold outside strings and comments (key separators and
#: decimal points alike). ``tomllib`` takes
#: time quadratic in the parts of a dotted key (``a.a.a…`` of 50,000 parts: 36 s), so a line
#: with more is refused before ``tomllib`` reads it; a profile's longest key has 2 parts.
MAX_DOTS_PER_LINE = 100

# What can hold a "." that is not a key separator on one line: a string and a comment; anything
# else matched is a "." or a line break. Each string runs to its closing quote or to the end of
# its line, so every match is consumed and the scan is linear (a multi-line string is read as
# one-line strings, so its inner lines are counted: more refused, never fewer).
_DOTS_OR_SKIPPED = re.compile(
    r'"(?:[^"\\\n]|\\.?)*+(?:"|$)|\'[^\'\n]*+(?:\'|$)|#[^\n]*+|[.\n]', re.M
)


def _check_shape(text: str, where: str) -> None:
    """Refuse a profile with a line of more than :data:`MAX_DOTS_PER_LINE` dots outside strings
    and comments, before ``tomllib`` reads it."""
    line, dots = 1, 0
    for match in _DOTS_OR_SKIPPED.finditer(text):
        token = match.group()
        if token == ".":
            dots += 1
            if dots > MAX_DOTS_PER_LINE:
                raise ParseError(
                    f"more than {MAX_DOTS_PER_LINE} '.' on one line outside strings (a dotted"
                    " key of that many parts is not a profile; budgetperf.profiles."
                    "MAX_DOTS_PER_LINE)",
                    location=Location(where, line=line),
                )
        elif token == "\n":
            line, dots = line + 1, 0


def normalise_grade(label: str) -> int:
    """Rank a grade label of any vocabulary: 3 for 优 / 优秀 / 好 down to 0 for 差.

    Labels of different vocabularies compare by rank, so a table printing 优秀 agrees with a
    computed 优.

    >>> normalise_grade("良好"), normalise_grade("较好"), normalise_grade("良")
    (2, 2, 2)
    >>> normalise_grade("甲")
    Traceback (most recent call last):
    ...
    budgetperf.errors.ParseError: not a grade (优/良/中/差, ...): '甲'
    """
    if not isinstance(label, str):
        raise WrongTypeError(f"a grade is text, not {type(label).__name__}", value=label)
    text = normalise(label)
    for vocabulary in _VOCABULARIES:
        if text in vocabulary:
            return len(vocabulary) - 1 - vocabulary.index(text)
    raise ParseError("not a grade (优/良/中/差, 优秀/良好/中等/差, 好/较好/一般/差)", value=label)


def _points(value: Decimal | int | str) -> Decimal:
    number = to_decimal(value)
    if number < 0 or number > _HUNDRED:
        raise OutOfRangeError("a grade bound must lie between 0 and 100", value=number)
    return number


@attrs.frozen
class Grade:
    """One grade: a label and its interval of total scores, e.g. 良 for [80, 90)."""

    label: str
    lower: Decimal = attrs.field(converter=_points)
    upper: Decimal = attrs.field(converter=_points)
    lower_closed: bool = True
    upper_closed: bool = False

    def contains(self, total: Decimal) -> bool:
        """Tell whether ``total`` lies in the band."""
        return in_interval(total, self.lower, self.upper, self.lower_closed, self.upper_closed)

    def __str__(self) -> str:
        left, right = interval_brackets(self.lower_closed, self.upper_closed)
        return f"{self.label} {left}{self.lower}, {self.upper}{right}"


def _str_tuple(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(values)


def _band_tuple(bands: Iterable[Grade]) -> tuple[Grade, ...]:
    anything: object = bands
    if not isinstance(anything, Iterable) or isinstance(anything, str | bytes):
        raise WrongTypeError("grade bands are a list of Grade", value=type(anything).__name__)
    items = tuple(anything)
    if not all(isinstance(band, Grade) for band in items):
        raise WrongTypeError("grade bands are a list of Grade", value=items)
    return items


@attrs.frozen
class GradeScale:
    """Grade bands over the total (0 to 100), best first, tiling [0, 100] exactly.

    >>> print(GRADES_CENTRAL)
    优 [90, 100], 良 [80, 90), 中 [60, 80), 差 [0, 60)
    >>> GRADES_CENTRAL.grade(Decimal("80")), GRADES_CENTRAL.grade(Decimal("79.99"))
    ('良', '中')
    """

    bands: tuple[Grade, ...] = attrs.field(converter=_band_tuple)

    def __attrs_post_init__(self) -> None:
        bands = self.bands
        ok = (
            bool(bands)
            and bands[0].upper == _HUNDRED
            and bands[0].upper_closed
            and bands[-1].lower == 0
            and bands[-1].lower_closed
            and len({b.label for b in bands}) == len(bands)
            and all(
                high.lower == low.upper
                and high.lower_closed != low.upper_closed
                and high.lower > low.lower
                for high, low in itertools.pairwise(bands)
            )
        )
        if not ok:
            raise InvalidOption(
                "grade bands must tile [0, 100] from the best grade down, with distinct labels",
                value=str(self),
            )

    @classmethod
    def from_bounds(
        cls,
        lower_bounds: Iterable[Decimal | int | str],
        labels: Iterable[str] = VOCAB_YOU_LIANG,
        *,
        lower_closed: bool = True,
    ) -> GradeScale:
        """Build a scale from the lower bounds of every grade but the last, best first.

        With ``lower_closed`` (the S1 rule) a total equal to a bound gets the better grade;
        without it (a vendor variant, "> 90" for 优) it gets the worse one.

        >>> print(GradeScale.from_bounds([80, 70, 60]))
        优 [80, 100], 良 [70, 80), 中 [60, 70), 差 [0, 60)
        """
        bounds = [_points(b) for b in lower_bounds]
        names = list(labels)
        if len(names) != len(bounds) + 1:
            raise InvalidOption(f"{len(bounds)} bounds need {len(bounds) + 1} labels", value=names)
        bands: list[Grade] = []
        upper, upper_closed = _HUNDRED, True
        for label, lower in zip(names, [*bounds, _ZERO], strict=True):
            closed = lower_closed or lower == 0
            bands.append(Grade(label, lower, upper, closed, upper_closed))
            upper, upper_closed = lower, not closed
        return cls(bands)

    @property
    def labels(self) -> tuple[str, ...]:
        """The labels, best first."""
        return tuple(b.label for b in self.bands)

    def grade(self, total: Decimal | int | str) -> str:
        """The label of the band that holds ``total``."""
        number = _points(total)
        for band in self.bands:
            if band.contains(number):
                return band.label
        raise AssertionError(number)  # pragma: no cover - the bands tile [0, 100]

    def rank(self, label: str) -> int:
        """The rank of ``label`` in this scale: 0 for the worst grade, upwards."""
        labels = self.labels
        if label not in labels:
            raise ParseError(f"not a grade of this scale ({'/'.join(labels)})", value=label)
        return len(labels) - 1 - labels.index(label)

    def __str__(self) -> str:
        return ", ".join(str(b) for b in self.bands)


#: S1's grade bands [OFF?] as half-open intervals (rules.md §1.8): 优 [90, 100], 良 [80, 90),
#: 中 [60, 80), 差 [0, 60).
GRADES_CENTRAL = GradeScale.from_bounds([90, 80, 60], VOCAB_YOU_LIANG)


@attrs.frozen
class TotalScore:
    """The total of a form's scores under a profile, and its grade.

    ``value`` is the sum of the (already rounded) indicator scores, re-scaled to 100 when the
    profile re-scales for not-applicable indicators, then rounded to the profile's
    ``total_places``. It is ``None`` when an applicable indicator could not be scored.
    ``weight`` is the applicable weight, ``excluded`` the weight of 不适用 indicators.
    """

    value: Decimal | None
    raw: Decimal | None
    weight: Decimal
    excluded: Decimal
    rescaled: bool
    grade: str | None
    warnings: tuple[str, ...]
    profile: str


def _mapping(value: Mapping[str, Decimal] | None) -> Mapping[str, Decimal] | None:
    if value is None:
        return None
    return types.MappingProxyType({str(k): to_decimal(v) for k, v in value.items()})


@attrs.frozen
class Profile:
    """A named, versioned rule set: which rule scores each kind, and every setting around it.

    Build one with :func:`load_profile` or :func:`get_profile`; ``attrs.evolve`` makes variants
    in code. ``key`` (``"name@version"``) is what every score records.

    Settings:

    * ``execution_weight``: the 预算执行率 line's weight (10 everywhere seen).
    * ``total_includes_execution``: whether the total counts the execution line.
    * ``level1_weights``: the 一级 weight template of the indicator part (产出 50, 效益 30,
      满意度 10), or ``None`` for a free split (四川: 90 points shared freely). The template
      must add up to ``100 − execution_weight``.
    * ``forward``, ``reverse``, ``equal``, ``qualitative``, ``execution``: the rule objects.
      ``forward.overshoot`` is the over-shoot warning threshold, ``reverse`` is
      :class:`~budgetperf.rules.InverseRatio` or :class:`~budgetperf.rules.LinearPenalty`,
      ``qualitative.bands`` the tier bands, ``execution.reason_below`` the rate below which a
      reason is required and ``execution.basis`` the name of its denominator.
    * ``not_applicable``: ``"exclude"`` (the applicable weights must add up on their own) or
      ``"rescale"`` (Σ score / Σ applicable weight × 100).
    * ``score_places`` and ``score_rounding``: how each indicator score is rounded;
      ``total_places``: how the total is rounded (with the same mode).
    * ``grades``: the :class:`GradeScale` of the total.
    """

    name: str
    version: str
    title: str = ""
    sources: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)
    execution_weight: Decimal = attrs.field(default=Decimal(10), converter=to_decimal)
    total_includes_execution: bool = True
    level1_weights: Mapping[str, Decimal] | None = attrs.field(
        default=None, converter=_mapping, hash=False
    )
    forward: ProportionalForward = attrs.field(factory=ProportionalForward)
    reverse: InverseRatio | LinearPenalty = attrs.field(factory=LinearPenalty)
    equal: Equality = attrs.field(factory=Equality)
    qualitative: QualitativeRule = attrs.field(factory=QualitativeRule)
    execution: ExecutionRate = attrs.field(factory=ExecutionRate)
    not_applicable: Literal["exclude", "rescale"] = "exclude"
    score_places: int = 2
    score_rounding: Rounding = Rounding.HALF_UP
    total_places: int = 2
    grades: GradeScale = GRADES_CENTRAL

    def __attrs_post_init__(self) -> None:
        self._check_types()
        if not self.name or "@" in self.name:
            raise InvalidOption("a profile name must be non-empty and without '@'", value=self.name)
        if not _ZERO <= self.execution_weight <= _HUNDRED:
            raise OutOfRangeError(
                "the execution weight must lie between 0 and 100", value=self.execution_weight
            )
        if self.not_applicable not in ("exclude", "rescale"):
            raise InvalidOption(
                "not_applicable must be 'exclude' or 'rescale'", value=self.not_applicable
            )
        if self.level1_weights is not None:
            for name, weight in self.level1_weights.items():
                if weight < 0:
                    raise OutOfRangeError(
                        f"the 一级 weight of {name} must not be negative",
                        value=weight,
                        location=Location(field=f"weights.{name}"),
                    )
            total = exact_sum(self.level1_weights.values())
            if total != self.indicator_weight:
                raise InvalidOption(
                    f"the 一级 weights add up to {total}, not {self.indicator_weight}",
                    value=dict(self.level1_weights),
                )

    def _check_types(self) -> None:
        """Refuse a setting of the wrong type (a float where a whole number is meant, say)."""
        expected: tuple[tuple[str, type | tuple[type, ...]], ...] = (
            ("name", str),
            ("version", str),
            ("title", str),
            ("total_includes_execution", bool),
            ("forward", ProportionalForward),
            ("reverse", (InverseRatio, LinearPenalty)),
            ("equal", Equality),
            ("qualitative", QualitativeRule),
            ("execution", ExecutionRate),
            ("not_applicable", str),
            ("score_places", int),
            ("score_rounding", Rounding),
            ("total_places", int),
            ("grades", GradeScale),
        )
        for field, kind in expected:
            value = getattr(self, field)
            wrong_bool = isinstance(value, bool) and kind is int
            if wrong_bool or not isinstance(value, kind):
                names = (
                    kind.__name__
                    if isinstance(kind, type)
                    else " or ".join(k.__name__ for k in kind)
                )
                raise WrongTypeError(
                    f"Profile.{field} must be {names}, not {type(value).__name__}",
                    value=value,
                    location=Location(field=field),
                )
        if not all(isinstance(source, str) for source in self.sources):
            raise WrongTypeError("Profile.sources must be strings", value=self.sources)
        for field in ("score_places", "total_places"):
            if not 0 <= getattr(self, field) <= _MAX_PLACES:
                raise OutOfRangeError(
                    f"Profile.{field} must be a whole number from 0 to {_MAX_PLACES}",
                    value=getattr(self, field),
                    location=Location(field=field),
                )

    @property
    def key(self) -> str:
        """``"name@version"``, recorded in every score."""
        return f"{self.name}@{self.version}"

    @property
    def indicator_weight(self) -> Decimal:
        """The weight of the indicator part: 100 − the execution weight (90)."""
        return CTX.subtract(_HUNDRED, self.execution_weight)

    @property
    def overshoot_warning(self) -> Decimal | None:
        """The multiple of a 正向 target from which an over-shoot is flagged (None: never)."""
        return self.forward.overshoot

    @property
    def execution_reason_below(self) -> Decimal | None:
        """The execution rate below which a reason is required (四川: 0.9)."""
        return self.execution.reason_below

    @property
    def qualitative_bands(self) -> TierBands:
        """The bands of the 定性 tiers."""
        return self.qualitative.bands

    def rule_for(self, kind: IndicatorKind) -> Rule:
        """The rule object this profile uses for indicators of ``kind``."""
        if kind is IndicatorKind.FORWARD:
            return self.forward
        if kind is IndicatorKind.REVERSE:
            return self.reverse
        if kind is IndicatorKind.EQUAL:
            return self.equal
        if kind is IndicatorKind.QUALITATIVE:
            return self.qualitative
        return NotApplicable()

    def _stamp(self, result: RuleScore) -> RuleScore:
        return RuleScore(
            result.score,
            result.weight,
            result.rule,
            result.source,
            result.explanation,
            result.warnings,
            result.raw,
            self.key,
        )

    def score(
        self,
        kind: IndicatorKind,
        target: Decimal | int | str,
        actual: Decimal | int | str,
        weight: Decimal | int | str,
        *,
        target_text: str | None = None,
        actual_text: str | None = None,
    ) -> RuleScore:
        """Score a quantitative indicator (正向, 反向 or 等于) with this profile's rule.

        Qualitative and not-applicable indicators have their own methods
        (:meth:`score_qualitative`, :meth:`score_not_applicable`).
        """
        return self._score_checked(
            kind,
            to_decimal(target),
            to_decimal(actual),
            _rule_weight(weight),
            target_text=target_text,
            actual_text=actual_text,
        )

    def _score_checked(
        self,
        kind: IndicatorKind,
        target: Decimal,
        actual: Decimal,
        weight: Decimal,
        *,
        target_text: str | None = None,
        actual_text: str | None = None,
    ) -> RuleScore:
        """:meth:`score` for numbers already checked (in range, the weight not negative)."""
        rule = self.rule_for(kind)
        if isinstance(rule, QualitativeRule | NotApplicable | ExecutionRate):
            raise InvalidOption(
                f"a {kind.value} indicator has no target and actual to compare", value=kind
            )
        return rule._score(
            target,
            actual,
            weight,
            target_text,
            actual_text,
            self.score_places,
            self.score_rounding,
            self.key,
        )

    def score_forward(
        self,
        target: Decimal | int | str,
        actual: Decimal | int | str,
        weight: Decimal | int | str,
        *,
        target_text: str | None = None,
        actual_text: str | None = None,
    ) -> RuleScore:
        """Score a 正向 indicator (≥, >)."""
        return self.score(
            IndicatorKind.FORWARD,
            target,
            actual,
            weight,
            target_text=target_text,
            actual_text=actual_text,
        )

    def score_reverse(
        self,
        target: Decimal | int | str,
        actual: Decimal | int | str,
        weight: Decimal | int | str,
        *,
        target_text: str | None = None,
        actual_text: str | None = None,
    ) -> RuleScore:
        """Score a 反向 indicator (≤, <) with the profile's reverse formula."""
        return self.score(
            IndicatorKind.REVERSE,
            target,
            actual,
            weight,
            target_text=target_text,
            actual_text=actual_text,
        )

    def score_equal(
        self,
        target: Decimal | int | str,
        actual: Decimal | int | str,
        weight: Decimal | int | str,
        *,
        target_text: str | None = None,
        actual_text: str | None = None,
    ) -> RuleScore:
        """Score a 等于 indicator (=)."""
        return self.score(
            IndicatorKind.EQUAL,
            target,
            actual,
            weight,
            target_text=target_text,
            actual_text=actual_text,
        )

    def score_qualitative(
        self, tier: Tier | str, fraction: Decimal | int | str, weight: Decimal | int | str
    ) -> RuleScore:
        """Score a 定性 indicator: ``fraction`` of ``weight``, inside the tier's band."""
        return self._stamp(
            self.qualitative.score(
                tier, fraction, weight, places=self.score_places, rounding=self.score_rounding
            )
        )

    def check_qualitative(
        self, tier: Tier | str | None, printed: Decimal | int | str, weight: Decimal | int | str
    ) -> Tier:
        """The tier whose band holds a printed 定性 score (raises if it contradicts ``tier``)."""
        return self.qualitative.check(tier, printed, weight)

    def score_execution(
        self,
        executed: Decimal | int | str,
        budget: Decimal | int | str,
        weight: Decimal | int | str | None = None,
        *,
        executed_text: str | None = None,
        budget_text: str | None = None,
    ) -> RuleScore:
        """Score the 预算执行率 line (``weight`` defaults to the profile's execution weight)."""
        return self._stamp(
            self.execution.score(
                executed,
                budget,
                self.execution_weight if weight is None else weight,
                executed_text=executed_text,
                budget_text=budget_text,
                places=self.score_places,
                rounding=self.score_rounding,
            )
        )

    def score_not_applicable(self, weight: Decimal | int | str = 0, reason: str = "") -> RuleScore:
        """A 不适用 indicator: no score."""
        return self._stamp(NotApplicable().score(weight, reason=reason))

    def grade(self, total: Decimal | int | str) -> str:
        """The grade of ``total`` on this profile's scale."""
        return self.grades.grade(total)

    def total(self, scores: Iterable[RuleScore]) -> TotalScore:
        """Add up a form's indicator scores (execution line included) under this profile.

        Not-applicable indicators are excluded; with ``not_applicable="exclude"`` the applicable
        weights must add up to 100 (90 when the total leaves out the execution line), with
        ``"rescale"`` all weights must, and the sum is re-scaled by
        :func:`~budgetperf.rules.rescale_total`. Raises
        :class:`~budgetperf.errors.OutOfRangeError` when the weights do not add up.

        >>> p = get_profile()
        >>> t = p.total([p.score_execution(76, 100), p.score_forward(10, 10, 90)])
        >>> t.value, t.grade
        (Decimal('97.60'), '优')
        """
        items = list(scores)
        if not self.total_includes_execution:
            items = [s for s in items if s.rule != ExecutionRate.id]
        expected = _HUNDRED if self.total_includes_execution else self.indicator_weight
        applicable = [s for s in items if s.applicable]
        weight = exact_sum(s.weight for s in applicable)
        excluded = exact_sum(s.weight for s in items if not s.applicable)
        rescale = self.not_applicable == "rescale" and excluded > 0
        counted = CTX.add(weight, excluded) if rescale else weight
        if counted != expected:
            what = "all weights" if rescale else "the applicable weights"
            raise OutOfRangeError(f"{what} add up to {counted}, not {expected}", value=counted)
        notes: list[str] = []
        if any(s.score is None for s in applicable):
            notes.append("有指标无法计分，总分无定义")
            return TotalScore(None, None, weight, excluded, rescale, None, tuple(notes), self.key)
        raw = exact_sum(s.score for s in applicable if s.score is not None)
        if rescale:
            scaled = rescale_total(raw, weight, excluded)
            if scaled is None:
                notes.append("没有适用的指标，总分无定义")
                return TotalScore(
                    None, None, weight, excluded, rescale, None, tuple(notes), self.key
                )
            raw = scaled
            notes.append(f"不适用指标权重{excluded}，按适用权重{weight}折算为{expected}分制")
        value = round_to(raw, self.total_places, self.score_rounding)
        grade = self.grades.grade(value) if expected == _HUNDRED else None
        return TotalScore(value, raw, weight, excluded, rescale, grade, tuple(notes), self.key)


# --- loading --------------------------------------------------------------------------------


def _text(value: object) -> str:
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise TypeError("must be a string")
    return str(value)


def _name(value: object) -> str:
    text = _text(value)
    if not text or "@" in text:
        raise ValueError("must be non-empty and without '@'")
    return text


def _texts(value: object) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise TypeError("must be a list of strings")
    return tuple(value)


def _boolean(value: object) -> bool:
    if not isinstance(value, bool):
        raise TypeError("must be true or false")
    return value


def _number(value: object) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, Decimal | int | str):
        raise TypeError("must be a number")
    return to_decimal(value)


def _weight(value: object) -> Decimal:
    number = _number(value)
    if not _ZERO <= number <= _HUNDRED:
        raise ValueError("must lie between 0 and 100")
    return number


def _threshold(value: object, upper: Decimal | None = None) -> Decimal | None:
    if value is False:
        return None
    number = _number(value)
    if number <= 0 or (upper is not None and number > upper):
        raise ValueError("must be a positive number" + (f" up to {upper}" if upper else ""))
    return number


def _places(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= _MAX_PLACES:
        raise ValueError(f"must be a whole number of decimals from 0 to {_MAX_PLACES}")
    return value


def _choice(*options: str) -> Any:
    def read(value: object) -> str:
        if value not in options:
            raise ValueError("must be one of " + ", ".join(repr(o) for o in options))
        assert isinstance(value, str)
        return value

    return read


def _rounding(value: object) -> Rounding:
    names = {m.name.lower().replace("_", "-"): m for m in Rounding}
    if not isinstance(value, str) or value not in names:
        raise ValueError("must be one of " + ", ".join(repr(n) for n in names))
    return names[value]


class _AtKey(ValueError):
    """A bad value inside a table: ``key`` is the place under the setting (``产出指标``)."""

    def __init__(self, key: str, reason: str, value: object) -> None:
        super().__init__(reason)
        self.key = key
        self.value = value


def _level1(value: object) -> dict[str, Decimal] | None:
    if value == "free":
        return None
    if not isinstance(value, dict) or not value:
        raise TypeError('must be "free" or a table of 一级 names and weights')
    weights: dict[str, Decimal] = {}
    for key, weight in value.items():
        try:
            weights[str(key)] = _weight(weight)
        except (BudgetPerfError, TypeError, ValueError) as error:
            reason = error.reason if isinstance(error, BudgetPerfError) else str(error)
            raise _AtKey(str(key), reason, weight) from None
    return weights


def _bands(value: object) -> TierBands:
    if value == "2020":
        return QUALITATIVE_2020
    if value == "legacy":
        return QUALITATIVE_LEGACY
    if not isinstance(value, dict) or set(value) != {"achieved", "partial"}:
        raise ValueError('must be "2020", "legacy" or a table {achieved = 0.8, partial = 0.6}')
    top, middle = _number(value["achieved"]), _number(value["partial"])
    return TierBands(
        FractionBand(top, 1),
        FractionBand(middle, top, upper_closed=False),
        FractionBand(0, middle, upper_closed=False),
    )


def _vocabulary(value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        for vocabulary in _VOCABULARIES:
            if value == "/".join(vocabulary):
                return vocabulary
        raise ValueError(
            "must be 优/良/中/差, 优秀/良好/中等/差, 好/较好/一般/差 or a list of labels"
        )
    return _texts(value)


def _bounds(value: object) -> tuple[Decimal, ...]:
    if not isinstance(value, list) or not value:
        raise TypeError("must be a non-empty list of numbers, best grade first")
    return tuple(_weight(v) for v in value)


_READERS: dict[str, Any] = {
    "name": _name,
    "version": _name,
    "title": _text,
    "sources": _texts,
    "extends": _text,
    "execution.weight": _weight,
    "execution.total_includes": _boolean,
    "execution.basis": _text,
    "execution.reason_below": lambda v: _threshold(v, Decimal(1)),
    "weights": _level1,
    "scoring.reverse": _choice("linear-penalty", "inverse-ratio"),
    "scoring.qualitative_bands": _bands,
    "scoring.overshoot_warning": _threshold,
    "scoring.not_applicable": _choice("exclude", "rescale"),
    "rounding.score_places": _places,
    "rounding.score_rounding": _rounding,
    "rounding.total_places": _places,
    "grades.vocabulary": _vocabulary,
    "grades.lower_bounds": _bounds,
    "grades.lower_closed": _boolean,
}
_SECTIONS = {key.split(".")[0] for key in _READERS if "." in key}
_OPTIONAL = {"extends", "title", "sources"}


def _suggestion(key: str) -> str:
    """ "; did you mean 'weights'?" for 'wieghts' (the nearest known key), or ""."""
    near = difflib.get_close_matches(key, [*_READERS, *sorted(_SECTIONS)], n=1, cutoff=0.6)
    return f"; did you mean {near[0]!r}?" if near else ""


def _flatten(document: dict[str, Any], where: str) -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in document.items():
        if key in _SECTIONS:
            if not isinstance(value, dict):
                raise ParseError(
                    f"[{key}] must be a table", value=value, location=Location(where, field=key)
                )
            for sub, inner in value.items():
                flat[f"{key}.{sub}"] = inner
        else:
            flat[key] = value
    settings: dict[str, Any] = {}
    for key, value in flat.items():
        reader = _READERS.get(key)
        place = Location(where, field=key)
        if reader is None:
            raise ParseError(f"unknown key{_suggestion(key)}", value=key, location=place)
        try:
            settings[key] = reader(value)
        except _AtKey as error:
            raise ParseError(
                f"bad value ({error})",
                value=error.value,
                location=place.with_field(f"{key}.{error.key}"),
            ) from None
        except (BudgetPerfError, TypeError, ValueError) as error:
            reason = error.reason if isinstance(error, BudgetPerfError) else str(error)
            raise ParseError(f"bad value ({reason})", value=value, location=place) from None
    return settings


def _profiles_dir() -> Any:
    from importlib import resources

    return resources.files("budgetperf").joinpath("data", "profiles")


def _read_settings(
    text: str, where: str, parent_dir: Path | None, seen: tuple[str, ...]
) -> dict[str, Any]:
    import tomllib

    _check_shape(text, where)
    try:
        document = tomllib.loads(text, parse_float=Decimal)
    except tomllib.TOMLDecodeError as error:
        raise ParseError(f"not valid TOML ({error})", location=Location(where)) from None
    except RecursionError:  # tomllib reads nested arrays and inline tables recursively
        raise ParseError(
            "not a profile: arrays or tables nested too deeply to read", location=Location(where)
        ) from None
    except ValueError as error:  # int() of an integer of more than 4,300 digits
        raise ParseError(f"not a profile: {error}", location=Location(where)) from None
    settings = _flatten(document, where)
    for key in ("name", "version"):
        if key not in settings:
            raise ParseError("missing key", value=key, location=Location(where, field=key))
    parent = settings.pop("extends", None)
    if parent is None:
        return settings
    if parent in seen:
        raise ParseError(
            "profiles extend each other in a cycle",
            value=" → ".join([*seen, parent]),
            location=Location(where, field="extends"),
        )
    base = _source_of(parent, parent_dir, where)
    inherited = _read_settings(base[0], base[1], base[2], (*seen, parent))
    inherited.pop("title", None)
    return {**inherited, **settings}


def _source_of(
    reference: str, relative_to: Path | None, where: str
) -> tuple[str, str, Path | None]:
    """The text, display name and folder of a bundled profile name or a TOML file path."""
    from pathlib import Path

    if _is_bundled_name(reference):
        if reference not in bundled_profiles():
            raise InvalidOption(
                f"no bundled profile of that name (bundled: {', '.join(bundled_profiles())})",
                value=reference,
                location=Location(where) if where else None,
            )
        resource = _profiles_dir().joinpath(f"{reference}.toml")
        return resource.read_text(encoding="utf-8"), f"{reference}.toml", None
    path = Path(reference)
    if relative_to is not None and not path.is_absolute():
        path = relative_to / path
    try:
        size = path.stat().st_size
    except (OSError, ValueError):
        size = 0  # read_bytes raises the FileError that says why
    if size > MAX_PROFILE_BYTES:
        raise ParseError(
            f"{size:,} bytes, more than the {MAX_PROFILE_BYTES:,} a profile may hold"
            " (budgetperf.profiles.MAX_PROFILE_BYTES)",
            location=Location(str(path)),
        )
    # missing, a folder, no permission, a NUL byte: a FileError (the errno says which)
    raw = read_bytes(path, what="profile file", location=Location(where) if where else None)
    # The decoder every file reader uses; TOML is UTF-8, and a profile saved as GB18030 or
    # UTF-16 by a Windows editor is read the same way a form or ledger is.
    return decode(raw).strict_text(str(path)), str(path), path.parent


def _is_bundled_name(reference: str) -> bool:
    return not reference.endswith(".toml") and "/" not in reference and os.sep not in reference


def _build(settings: dict[str, Any], where: str) -> Profile:
    missing = sorted(k for k in _READERS if k not in settings and k not in _OPTIONAL)
    if missing:
        raise ParseError(
            "missing keys (or use extends = ...)",
            value=", ".join(missing),
            location=Location(where),
        )
    s = settings
    overshoot = s["scoring.overshoot_warning"]
    reverse: InverseRatio | LinearPenalty = (
        InverseRatio() if s["scoring.reverse"] == "inverse-ratio" else LinearPenalty()
    )
    try:
        return Profile(
            name=s["name"],
            version=s["version"],
            title=s.get("title", ""),
            sources=s.get("sources", ()),
            execution_weight=s["execution.weight"],
            total_includes_execution=s["execution.total_includes"],
            level1_weights=s["weights"],
            forward=ProportionalForward(overshoot),
            reverse=reverse,
            equal=Equality(overshoot),
            qualitative=QualitativeRule(s["scoring.qualitative_bands"]),
            execution=ExecutionRate(s["execution.reason_below"], s["execution.basis"]),
            not_applicable=s["scoring.not_applicable"],
            score_places=s["rounding.score_places"],
            score_rounding=s["rounding.score_rounding"],
            total_places=s["rounding.total_places"],
            grades=GradeScale.from_bounds(
                s["grades.lower_bounds"],
                s["grades.vocabulary"],
                lower_closed=s["grades.lower_closed"],
            ),
        )
    except BudgetPerfError as error:
        field = error.location.field if error.location is not None else None
        raise ParseError(
            f"inconsistent profile ({error.reason})",
            value=error.value,
            location=Location(where, field=field),
        ) from None


def load_profile(name_or_path: str | os.PathLike[str]) -> Profile:
    """Load a bundled profile by name, or a user profile from a TOML file.

    A bare name ("central-2020") is a bundled profile (cached, see :func:`get_profile`);
    anything ending in ``.toml`` or containing a path separator, and any ``PathLike``, is a file.

    The file format (every key; decimals may be written as TOML numbers, which are read exactly,
    or as strings):

    ========================== =============================================================
    ``name``, ``version``       required in every file; the score records ``name@version``
    ``title``, ``sources``      a title; a list of source citations (inherited)
    ``extends``                 a bundled profile name or a TOML path (relative to this file)
                                whose settings this file overrides
    ``[execution]``             ``weight`` (10), ``total_includes`` (bool), ``basis``
                                (the denominator's name), ``reason_below`` (0.9, or false)
    ``weights``                 a table of 一级 names and weights adding up to 100 − the
                                execution weight, or ``"free"``
    ``[scoring]``               ``reverse`` ("linear-penalty" | "inverse-ratio"),
                                ``qualitative_bands`` ("2020" | "legacy" |
                                {achieved = 0.8, partial = 0.6}), ``overshoot_warning``
                                (1.3, or false), ``not_applicable`` ("exclude" | "rescale")
    ``[rounding]``              ``score_places``, ``total_places`` (0–10), ``score_rounding``
                                ("half-up" | "half-even" | "down" | "up" | "floor" | "ceiling")
    ``[grades]``                ``vocabulary`` ("优/良/中/差" | "优秀/良好/中等/差" |
                                "好/较好/一般/差" | a list of labels), ``lower_bounds``
                                ([90, 80, 60], best first), ``lower_closed`` (bool)
    ========================== =============================================================

    Without ``extends`` every key but ``title``, ``sources`` is required. An unknown key, a bad
    value or an inconsistent whole raises :class:`~budgetperf.errors.ParseError` naming the file
    and the key; an unknown bundled name raises :class:`~budgetperf.errors.InvalidOption`; a
    file (the one named or one it ``extends``) that is missing or cannot be read raises
    :class:`~budgetperf.errors.FileError`, an ``OSError`` keeping the system's ``errno``.
    """
    if not isinstance(name_or_path, str | os.PathLike):
        raise WrongTypeError(
            f"load_profile() takes a name or a path, not {type(name_or_path).__name__}",
            value=type(name_or_path).__name__,
        )
    reference = os.fspath(name_or_path)
    if not isinstance(reference, str):
        raise WrongTypeError("load_profile() takes a text path, not bytes", value=reference)
    if not isinstance(name_or_path, os.PathLike) and _is_bundled_name(reference):
        return get_profile(reference)
    text, where, folder = _source_of(reference, None, "")
    return _build(_read_settings(text, where, folder, (reference,)), where)


def bundled_profiles() -> list[str]:
    """The names of the bundled profiles, sorted.

    >>> bundled_profiles()
    ['central-2020', 'legacy-2017', 'sichuan-2023']
    """
    return list(_bundled_names())


@functools.cache
def _bundled_names() -> tuple[str, ...]:
    return tuple(
        sorted(
            entry.name.removesuffix(".toml")
            for entry in _profiles_dir().iterdir()
            if entry.name.endswith(".toml")
        )
    )


@functools.cache
def _bundled(name: str) -> Profile:
    text, where, _ = _source_of(name, None, "")
    return _build(_read_settings(text, where, None, (name,)), where)


def get_profile(name: str | None = None) -> Profile:
    """The bundled profile ``name`` (default :data:`DEFAULT_PROFILE`), read once and cached.

    >>> get_profile("sichuan-2023").execution.basis
    '调整后预算数'
    """
    return _bundled(DEFAULT_PROFILE if name is None else name)
