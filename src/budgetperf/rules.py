"""Scoring rules of 绩效自评: one small object per rule, each citing its source.

A self-evaluation table scores every indicator out of its weight (分值). How depends on the kind
of indicator and, where the sources disagree, on the rule set in force (a
:class:`~budgetperf.profiles.Profile`). This module holds the rules themselves; the sources they
cite are the S-numbers and confidence marks of the project's domain notes (``rules.md``):
[OFF] official text re-read, [OFF?] official but not re-read, [LOC] local tables, [SW] vendor
code, [INF] the library's own inference.

* :class:`ProportionalForward` (正向): w × min(1, B/A); §1.3, S1, S18, S11, S20, S14.
* :class:`InverseRatio` (反向, V1): w × min(1, A/B); §1.3, S11, S20.
* :class:`LinearPenalty` (反向, V2): w × (2 − B/A) between A and 2A, 0 beyond; §1.3, S14.
* :class:`Equality` (等于): like 正向; a target of 0 is met by B ≤ 0; §1.3, S14.
* :class:`QualitativeRule` (定性): w × the evaluator's fraction inside the tier's band; §1.4.
* :class:`ExecutionRate` (预算执行率): w × min(1, 执行数/预算数); §1.5.
* :class:`NotApplicable` (不适用): no score; §1.7.

(A is the target, B the actual, w the weight.)

Every rule returns a :class:`RuleScore`: the score (``None`` when it cannot be scored), the
exact unrounded value, the rule's id and source, a one-line explanation and any warnings.
A score always lies between 0 and the weight. Rules compute to 34 digits in the library's
decimal context; they round only when given ``places`` (a profile always gives them), and
that rounding happens in one place, :func:`finish_score`.

>>> r = LinearPenalty().score(Decimal("10"), Decimal("12.5"), Decimal("10"), places=2)
>>> r.score, r.rule
(Decimal('7.50'), 'reverse-linear-penalty')
>>> r.explanation
'反向 (2 − B/A): 12.5 > 10 → 7.50/10'
>>> InverseRatio().score(Decimal("10"), Decimal("12.5"), Decimal("10"), places=2).score
Decimal('8.00')
>>> Equality().score(Decimal("0"), Decimal("0"), Decimal("5")).explanation
'等于 (指标值为0): 0 ≤ 0 → 5/5'
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from decimal import Decimal
from typing import ClassVar, Protocol

import attrs

from budgetperf._decimal import CTX, require_enum, require_places, round_checked
from budgetperf._text import normalise
from budgetperf.errors import InvalidOption, OutOfRangeError, ParseError, WrongTypeError
from budgetperf.exact import Rounding, round_to, to_decimal
from budgetperf.rates import ratio
from budgetperf.values import Comparator

__all__ = [
    "QUALITATIVE_2020",
    "QUALITATIVE_LEGACY",
    "Equality",
    "ExecutionRate",
    "FractionBand",
    "IndicatorKind",
    "InverseRatio",
    "LinearPenalty",
    "NotApplicable",
    "ProportionalForward",
    "QualitativeRule",
    "QuantitativeRule",
    "Rule",
    "RuleScore",
    "Tier",
    "TierBands",
    "finish_score",
    "rescale_total",
]

_ZERO = Decimal(0)
_ONE = Decimal(1)
_TWO = Decimal(2)


class IndicatorKind(enum.StrEnum):
    """The kind of an indicator (指标性质), which decides the rule that scores it.

    A str enum: ``IndicatorKind.FORWARD == "正向"``, and JSON shows the Chinese word.
    """

    FORWARD = "正向"
    REVERSE = "反向"
    EQUAL = "等于"
    QUALITATIVE = "定性"
    NOT_APPLICABLE = "不适用"

    @classmethod
    def from_comparator(cls, comparator: Comparator | None) -> IndicatorKind | None:
        """The kind a target's comparator implies: ≥ > 正向, ≤ < 反向, = 等于.

        ``≈`` and a missing comparator leave the kind undecided (``None``): the caller must say.

        >>> IndicatorKind.from_comparator(Comparator.LE)
        <IndicatorKind.REVERSE: '反向'>
        >>> IndicatorKind.from_comparator(Comparator.APPROX) is None
        True
        """
        if comparator in (Comparator.GE, Comparator.GT):
            return cls.FORWARD
        if comparator in (Comparator.LE, Comparator.LT):
            return cls.REVERSE
        if comparator is Comparator.EQ:
            return cls.EQUAL
        return None


_TIER_LABELS = {
    "达成": "ACHIEVED",
    "达成年度指标": "ACHIEVED",
    "达成预期指标": "ACHIEVED",
    "部分达成": "PARTIAL",
    "部分达成年度指标": "PARTIAL",
    "部分达成年度指标并具有一定效果": "PARTIAL",
    "部分达成预期指标": "PARTIAL",
    "未达成": "NOT_ACHIEVED",
    "未达成年度指标": "NOT_ACHIEVED",
    "未达成年度指标且效果较差": "NOT_ACHIEVED",
    "未达成预期指标": "NOT_ACHIEVED",
}


class Tier(enum.Enum):
    """The three tiers of a qualitative (定性) indicator (rules.md §1.4)."""

    ACHIEVED = "达成"
    PARTIAL = "部分达成"
    NOT_ACHIEVED = "未达成"

    @classmethod
    def parse(cls, text: str) -> Tier:
        """Read a tier as printed: the short labels (达成, 部分达成, 未达成) or the long ones.

        >>> Tier.parse("部分达成年度指标并具有一定效果")
        <Tier.PARTIAL: '部分达成'>
        >>> Tier.parse("达成预期指标")
        <Tier.ACHIEVED: '达成'>
        >>> Tier.parse("良好")
        Traceback (most recent call last):
        ...
        budgetperf.errors.ParseError: not a tier (达成 / 部分达成 / 未达成): '良好'
        """
        if not isinstance(text, str):
            raise WrongTypeError(f"a tier is read from text, not {type(text).__name__}", value=text)
        name = _TIER_LABELS.get(normalise(text).replace(" ", ""))
        if name is None:
            raise ParseError("not a tier (达成 / 部分达成 / 未达成)", value=text)
        return cls[name]


def _fraction(value: Decimal | int | str, what: str) -> Decimal:
    # A computed share (a score over its weight, 34 digits) is taken as it is.
    finite = isinstance(value, Decimal) and value.is_finite()
    number = value if finite and isinstance(value, Decimal) else to_decimal(value)
    if number < 0 or number > 1:
        raise OutOfRangeError(f"{what} must lie between 0 and 1", value=number)
    return number


def _bound(value: Decimal | int | str) -> Decimal:
    return _fraction(value, "a band's bound")


def _percent_text(fraction: Decimal) -> str:
    shown = fraction.scaleb(2, CTX).normalize(CTX)
    return format(shown, "f")


def in_interval(
    value: Decimal, lower: Decimal, upper: Decimal, lower_closed: bool, upper_closed: bool
) -> bool:
    """Whether ``value`` lies between ``lower`` and ``upper``, each end open or closed."""
    above = lower < value or (lower_closed and value == lower)
    below = value < upper or (upper_closed and value == upper)
    return above and below


def interval_brackets(lower_closed: bool, upper_closed: bool) -> tuple[str, str]:
    """The interval brackets: ``("[", ")")`` for a half-open interval."""
    return ("[" if lower_closed else "("), ("]" if upper_closed else ")")


@attrs.frozen
class FractionBand:
    """An interval of fractions of the weight, e.g. [0.8, 1] or [0.6, 0.8).

    >>> b = FractionBand(Decimal("0.6"), Decimal("0.8"), upper_closed=False)
    >>> str(b), b.contains(Decimal("0.6")), b.contains(Decimal("0.8"))
    ('[60%, 80%)', True, False)
    """

    lower: Decimal = attrs.field(converter=_bound)
    upper: Decimal = attrs.field(converter=_bound)
    lower_closed: bool = True
    upper_closed: bool = True

    def __attrs_post_init__(self) -> None:
        if self.lower > self.upper or (
            self.lower == self.upper and not (self.lower_closed and self.upper_closed)
        ):
            raise InvalidOption("a band must not be empty", value=str(self))

    def contains(self, fraction: Decimal) -> bool:
        """Tell whether ``fraction`` lies in the band."""
        return in_interval(fraction, self.lower, self.upper, self.lower_closed, self.upper_closed)

    def __str__(self) -> str:
        left, right = interval_brackets(self.lower_closed, self.upper_closed)
        return f"{left}{_percent_text(self.lower)}%, {_percent_text(self.upper)}%{right}"


def _check_band(name: str, value: object) -> None:
    if not isinstance(value, FractionBand):
        raise WrongTypeError(
            f"{name} must be a FractionBand, not {type(value).__name__}", value=value
        )


@attrs.frozen
class TierBands:
    """The bands of the three qualitative tiers; they must tile [0, 1] without gap or overlap.

    >>> QUALITATIVE_2020.tier_of(Decimal("0.79"))
    <Tier.PARTIAL: '部分达成'>
    >>> QUALITATIVE_LEGACY.tier_of(Decimal("0.55"))
    <Tier.PARTIAL: '部分达成'>
    """

    achieved: FractionBand = attrs.field(validator=lambda _, a, v: _check_band(a.name, v))
    partial: FractionBand = attrs.field(validator=lambda _, a, v: _check_band(a.name, v))
    not_achieved: FractionBand = attrs.field(validator=lambda _, a, v: _check_band(a.name, v))

    def __attrs_post_init__(self) -> None:
        top, middle, bottom = self.achieved, self.partial, self.not_achieved
        tiled = (
            top.upper == 1
            and top.upper_closed
            and bottom.lower == 0
            and bottom.lower_closed
            and top.lower == middle.upper
            and top.lower_closed != middle.upper_closed
            and middle.lower == bottom.upper
            and middle.lower_closed != bottom.upper_closed
        )
        if not tiled:
            raise InvalidOption(
                "qualitative bands must tile [0%, 100%] from 未达成 up to 达成",
                value=f"{bottom} {middle} {top}",
            )

    def band(self, tier: Tier) -> FractionBand:
        """The band of ``tier``."""
        if tier is Tier.ACHIEVED:
            return self.achieved
        if tier is Tier.PARTIAL:
            return self.partial
        return self.not_achieved

    def tier_of(self, fraction: Decimal) -> Tier:
        """The tier whose band holds ``fraction`` (a share of the weight, 0 to 1)."""
        number = _fraction(fraction, "a qualitative score's share of the weight")
        for tier in Tier:
            if self.band(tier).contains(number):
                return tier
        raise AssertionError(number)  # pragma: no cover - the bands tile [0, 1]


#: 2020 bands (S1 [OFF?]; the vendor validation uses exactly these [SW]): 80–100, 60–80, 0–60 %.
QUALITATIVE_2020 = TierBands(
    FractionBand(Decimal("0.8"), _ONE),
    FractionBand(Decimal("0.6"), Decimal("0.8"), upper_closed=False),
    FractionBand(_ZERO, Decimal("0.6"), upper_closed=False),
)
#: Pre-2020 bands (S11 [LOC]; probably S18, not confirmed [INF]): 80–100, 50–80, 0–50 %.
QUALITATIVE_LEGACY = TierBands(
    FractionBand(Decimal("0.8"), _ONE),
    FractionBand(Decimal("0.5"), Decimal("0.8"), upper_closed=False),
    FractionBand(_ZERO, Decimal("0.5"), upper_closed=False),
)


@attrs.frozen
class RuleScore:
    """The score of one indicator under one rule, with how it was obtained.

    ``score`` is ``None`` when the indicator cannot be scored (an undefined execution rate,
    a not-applicable indicator); otherwise ``0 <= score <= weight``. ``raw`` is the exact value
    before rounding. ``profile`` names the rule set (``"central-2020@1"``) when a profile
    produced the score, and is empty for a rule used on its own.
    """

    score: Decimal | None
    weight: Decimal
    rule: str
    source: str
    explanation: str
    warnings: tuple[str, ...] = ()
    raw: Decimal | None = None
    profile: str = ""

    @property
    def applicable(self) -> bool:
        """False for a not-applicable (不适用) indicator."""
        return self.rule != NotApplicable.id


def rounded_score(raw: Decimal, weight: Decimal, places: int, mode: str) -> Decimal:
    """``raw`` rounded to ``places`` with ``mode``, never above the weight.

    :func:`finish_score` and :func:`~budgetperf.scoring.score_form`'s fast path both round
    here, so the two cannot disagree. (22.5 to whole points is 23, above the weight: 22.5.)
    """
    score = round_checked(raw, places, mode)
    return weight if score > weight else score


def finish_score(
    raw: Decimal | None,
    weight: Decimal,
    *,
    rule: str,
    source: str,
    head: str,
    warnings: Iterable[str] = (),
    places: int | None = None,
    rounding: Rounding = Rounding.HALF_UP,
    band: FractionBand | None = None,
    profile: str = "",
) -> RuleScore:
    """Round a rule's exact value and build its :class:`RuleScore` (the one rounding point).

    Every rule here ends with this call; a new rule (a banded or deduct-per-point scorer)
    should too.

    ``places=None`` keeps the exact value. A rounded score never leaves ``[0, weight]``: when
    rounding would go above the weight (22.5 to whole points is 23) the score is the weight.
    With a ``band`` (qualitative tiers), a rounding that would cross into the next tier rounds
    the other way instead. The explanation is ``head`` followed by ``→ score/weight``, with
    full marks written as the weight itself. ``profile`` is the key of the profile that asked
    (empty for a rule used on its own).
    """
    require_enum(rounding, Rounding, "rounding")
    if places is not None:
        require_places(places)
    for number, what in ((raw, "raw"), (weight, "weight")):
        if number is not None and not isinstance(number, Decimal):
            raise WrongTypeError(
                f"finish_score: {what} must be a Decimal, not {type(number).__name__}",
                value=number,
            )
    if band is not None and not isinstance(band, FractionBand):
        raise WrongTypeError(f"band must be a FractionBand, not {type(band).__name__}", value=band)
    notes = list(warnings)
    score = raw
    if raw is not None and places is not None:
        score = rounded_score(raw, weight, places, rounding.value)
        if band is not None and weight > 0 and not band.contains(CTX.divide(score, weight)):
            for mode in (Rounding.DOWN, Rounding.UP):
                other = round_to(raw, places, mode)
                if other <= weight and band.contains(CTX.divide(other, weight)):
                    score = other
                    break
            else:
                score = raw
                notes.append(f"区间过窄，得分保留{raw}未舍入")
    if score is None:
        shown = "不计分"
    elif score == weight:
        shown = f"{weight}/{weight}"
    else:
        shown = f"{score}/{weight}"
    return RuleScore(
        score=score,
        weight=weight,
        rule=rule,
        source=source,
        explanation=f"{head} → {shown}",
        warnings=tuple(notes),
        raw=raw,
        profile=profile,
    )


def require_weight(value: Decimal | int | str) -> Decimal:
    weight = to_decimal(value)
    if weight < 0:
        raise OutOfRangeError("a weight must not be negative", value=weight)
    return weight


def _optional_threshold(value: Decimal | int | str | None) -> Decimal | None:
    if value is None:
        return None
    number = to_decimal(value)
    if number <= 0:
        raise OutOfRangeError("a threshold must be positive", value=number)
    return number


def _shown(number: Decimal, text: str | None) -> str:
    if text is not None and not isinstance(text, str):
        raise WrongTypeError(
            f"a printed text must be a str or None, not {type(text).__name__}", value=text
        )
    return str(number) if text is None else text


class QuantitativeRule(Protocol):
    """What every quantitative rule offers: an ``id``, a ``source`` and ``score``."""

    id: ClassVar[str]
    source: ClassVar[str]

    def score(
        self,
        target: Decimal | int | str,
        actual: Decimal | int | str,
        weight: Decimal | int | str,
        *,
        target_text: str | None = None,
        actual_text: str | None = None,
        places: int | None = None,
        rounding: Rounding = Rounding.HALF_UP,
    ) -> RuleScore: ...


_NEGATIVE_TARGET = "指标值为负数，不按比例计分：达到得满分，否则0分"
_NEGATIVE_ACTUAL = "完成值为负数，按0计分"


def _overshoot(threshold: Decimal | None, target: Decimal, actual: Decimal) -> list[str]:
    if threshold is None or target <= 0:
        return []
    share = CTX.divide(actual, target)
    if share < threshold:
        return []
    return [
        f"超额完成：完成值为指标值的{round_to(share.scaleb(2, CTX), 2)}%"
        f"（≥{_percent_text(threshold)}%），请说明偏差原因；偏离度扣分未自动计算"
    ]


def _forward_raw(target: Decimal, actual: Decimal, weight: Decimal) -> Decimal:
    """The exact 正向 score for a target above 0: w once met, else w × max(B, 0)/A."""
    if actual >= target:
        return weight
    return CTX.multiply(weight, CTX.divide(max(actual, _ZERO), target))


def _forward_like(
    label: str,
    target: Decimal,
    actual: Decimal,
    a: str,
    b: str,
    overshoot: Decimal | None,
) -> tuple[str, list[str]]:
    """The words of 正向 scoring (target > 0), shared by :class:`ProportionalForward` and
    :class:`Equality`; the number is :func:`_forward_raw`."""
    if target <= 0:
        raise AssertionError(target)  # pragma: no cover - callers handle targets <= 0
    if actual >= target:
        op = "=" if actual == target else "≥"
        return f"{label}: {b} {op} {a}", _overshoot(overshoot, target, actual)
    notes = [_NEGATIVE_ACTUAL] if actual < 0 else []
    return f"{label} (B/A): {b} < {a}", notes


class _Quantitative:
    """What every 正向/反向/等于 rule shares: ``score`` checks its inputs, then ``_score``.

    ``_score`` takes checked Decimals (a profile checks them once and passes its key); ``raw``
    is the arithmetic alone.
    """

    id: ClassVar[str]
    source: ClassVar[str]

    def score(
        self,
        target: Decimal | int | str,
        actual: Decimal | int | str,
        weight: Decimal | int | str,
        *,
        target_text: str | None = None,
        actual_text: str | None = None,
        places: int | None = None,
        rounding: Rounding = Rounding.HALF_UP,
    ) -> RuleScore:
        """Score ``actual`` against ``target`` out of ``weight``."""
        return self._score(
            to_decimal(target),
            to_decimal(actual),
            require_weight(weight),
            target_text,
            actual_text,
            places,
            rounding,
            "",
        )

    __call__ = score

    def _score(
        self,
        t: Decimal,
        b_: Decimal,
        w: Decimal,
        target_text: str | None,
        actual_text: str | None,
        places: int | None,
        rounding: Rounding,
        profile: str,
    ) -> RuleScore:
        a, b = _shown(t, target_text), _shown(b_, actual_text)
        rule, head, notes = self._words(t, b_, a, b)
        return finish_score(
            self.raw(t, b_, w),
            w,
            rule=rule,
            source=self.source,
            head=head,
            warnings=notes,
            places=places,
            rounding=rounding,
            profile=profile,
        )

    def raw(self, target: Decimal, actual: Decimal, weight: Decimal) -> Decimal:
        """The exact score of checked values: the rule's arithmetic, without words."""
        raise NotImplementedError

    def _words(self, t: Decimal, b_: Decimal, a: str, b: str) -> tuple[str, str, list[str]]:
        """The rule id, the explanation's head and the warnings for target ``t`` (printed
        ``a``) and actual ``b_`` (printed ``b``)."""
        raise NotImplementedError


@attrs.frozen
class ProportionalForward(_Quantitative):
    """正向 (target ≥ or >): full marks once met, else w × B/A.

    A target of 0 is met by any actual ≥ 0 (full marks; a negative actual scores 0). A negative
    actual against a positive target counts as 0 (the vendor rule V2 says so [SW]). A negative
    target cannot be scored proportionally: met gives full marks, otherwise 0, with a warning.
    ``overshoot`` (e.g. ``Decimal("1.3")``) adds a warning when the actual reaches that multiple
    of the target; the 偏离度 deduction itself is left to the evaluator (rules.md §1.3).

    ``>`` is scored like ``≥``: no source scores the two differently.

    >>> ProportionalForward().score(Decimal("30"), Decimal("59.49"), 5,
    ...     target_text="30万件", actual_text="59.49万件").explanation
    '正向: 59.49万件 ≥ 30万件 → 5/5'
    >>> ProportionalForward().score(Decimal("100"), Decimal("95"), 10).score
    Decimal('9.50')
    """

    id: ClassVar[str] = "forward-proportional"
    source: ClassVar[str] = (
        "rules.md §1.3 (S1 [OFF?], S18 [OFF]; B/A: V1 S11, S20 [LOC], V2 S14 [SW])"
    )

    overshoot: Decimal | None = attrs.field(default=None, converter=_optional_threshold)

    def _words(self, t: Decimal, b_: Decimal, a: str, b: str) -> tuple[str, str, list[str]]:
        notes: list[str] = []
        if t > 0:
            head, notes = _forward_like("正向", t, b_, a, b, self.overshoot)
        else:
            head = f"正向: {b} {'≥' if b_ >= t else '<'} {a}"
        if t < 0:
            notes.append(_NEGATIVE_TARGET)
        return self.id, head, notes

    @staticmethod
    def raw(target: Decimal, actual: Decimal, weight: Decimal) -> Decimal:
        """The exact score, before rounding, of values already checked (no words, no warnings).

        :meth:`score` uses it, and so does :func:`~budgetperf.scoring.score_form` on its fast
        path; it is the one place the 正向 arithmetic lives.
        """
        if target > 0:
            return _forward_raw(target, actual, weight)
        return weight if actual >= target else _ZERO


def _reverse_met(t: Decimal, b_: Decimal, a: str, b: str) -> str:
    return f"反向: {b} {'=' if b_ == t else '≤'} {a}"


class _Reverse(_Quantitative):
    """What both 反向 rules share: full marks once the target is met; ``_missed`` otherwise."""

    def _words(self, t: Decimal, b_: Decimal, a: str, b: str) -> tuple[str, str, list[str]]:
        notes = [_NEGATIVE_TARGET] if t < 0 else []
        head = _reverse_met(t, b_, a, b) if b_ <= t else self._missed(t, b_, a, b)
        return self.id, head, notes

    def raw(self, target: Decimal, actual: Decimal, weight: Decimal) -> Decimal:
        """The exact score, before rounding, of values already checked (no words, no warnings).

        :meth:`score` uses it, and so does :func:`~budgetperf.scoring.score_form` on its fast
        path; with :meth:`_missed_raw` it is the one place the 反向 arithmetic lives.
        """
        if actual <= target:
            return weight
        return self._missed_raw(target, actual, weight)

    def _missed_raw(self, t: Decimal, b_: Decimal, w: Decimal) -> Decimal:
        raise NotImplementedError

    def _missed(self, t: Decimal, b_: Decimal, a: str, b: str) -> str:
        raise NotImplementedError


@attrs.frozen
class InverseRatio(_Reverse):
    """反向 (target ≤ or <), pre-2020 rule V1: full marks once met, else w × A/B.

    An actual of 0 or below always meets a target ≥ 0. A target of 0 exceeded scores 0
    (A/B = 0). A negative target: met gives full marks, otherwise 0, with a warning.

    >>> InverseRatio().score(Decimal("1179.7"), Decimal("1107.5"), 10,
    ...     target_text="1179.7万元", actual_text="1107.5万元").explanation
    '反向: 1107.5万元 ≤ 1179.7万元 → 10/10'
    """

    id: ClassVar[str] = "reverse-inverse-ratio"
    source: ClassVar[str] = "rules.md §1.3 V1 (S11, S20 [LOC])"

    def _missed_raw(self, t: Decimal, b_: Decimal, w: Decimal) -> Decimal:
        if t < 0:
            return _ZERO
        # b_ > t >= 0, so b_ > 0
        return CTX.multiply(w, CTX.divide(t, b_))

    def _missed(self, t: Decimal, b_: Decimal, a: str, b: str) -> str:
        return f"反向: {b} > {a}" if t < 0 else f"反向 (A/B): {b} > {a}"


@attrs.frozen
class LinearPenalty(_Reverse):
    """反向 (target ≤ or <), vendor rule V2: full once met, w × (2 − B/A) up to 2A, then 0.

    A target of 0: an actual ≤ 0 scores full marks, anything above scores 0. A negative target:
    met gives full marks, otherwise 0, with a warning.

    >>> LinearPenalty().score(Decimal("10"), Decimal("25"), 10).explanation
    '反向 (2 − B/A): 25 ≥ 2 × 10 → 0/10'
    """

    id: ClassVar[str] = "reverse-linear-penalty"
    source: ClassVar[str] = "rules.md §1.3 V2 (S14 [SW])"

    def _missed_raw(self, t: Decimal, b_: Decimal, w: Decimal) -> Decimal:
        if t <= 0:
            return _ZERO
        share = CTX.divide(b_, t)
        if share >= _TWO:
            return _ZERO
        return CTX.multiply(w, CTX.subtract(_TWO, share))

    def _missed(self, t: Decimal, b_: Decimal, a: str, b: str) -> str:
        if t <= 0:
            return f"反向: {b} > {a}"
        if CTX.divide(b_, t) >= _TWO:
            return f"反向 (2 − B/A): {b} ≥ 2 × {a}"
        return f"反向 (2 − B/A): {b} > {a}"


@attrs.frozen
class Equality(_Quantitative):
    """等于 (target =), vendor rule V2.

    A target above 0 is scored like 正向, so an over-shoot keeps full marks (rule id
    ``"equal"``). A target of 0 ("故障率 = 0") scores full marks when the actual is 0 or below and
    0 otherwise, never a division by zero (rule id ``"equal-zero-target"``). A negative target:
    full marks only when met exactly, with a warning.

    >>> Equality().score(Decimal("100"), Decimal("98"), 10).score
    Decimal('9.80')
    >>> Equality().score(Decimal("0"), Decimal("1"), 10).score
    Decimal('0')
    """

    id: ClassVar[str] = "equal"
    zero_id: ClassVar[str] = "equal-zero-target"
    source: ClassVar[str] = "rules.md §1.3 V2 (S14 [SW])"

    overshoot: Decimal | None = attrs.field(default=None, converter=_optional_threshold)

    def _words(self, t: Decimal, b_: Decimal, a: str, b: str) -> tuple[str, str, list[str]]:
        rule = self.id
        notes: list[str] = []
        if t > 0:
            head, notes = _forward_like("等于", t, b_, a, b, self.overshoot)
        elif t == 0:
            rule = self.zero_id
            head = f"等于 (指标值为0): {b} {'≤' if b_ <= 0 else '>'} {a}"
        else:
            notes.append(_NEGATIVE_TARGET)
            head = f"等于: {b} {'=' if b_ == t else '≠'} {a}"
        return rule, head, notes

    @staticmethod
    def raw(target: Decimal, actual: Decimal, weight: Decimal) -> Decimal:
        """The exact score, before rounding, of values already checked (no words, no warnings).

        :meth:`score` uses it, and so does :func:`~budgetperf.scoring.score_form` on its fast
        path; it is the one place the 等于 arithmetic lives.
        """
        if target > 0:
            return _forward_raw(target, actual, weight)
        if target == 0:
            return weight if actual <= 0 else _ZERO
        return weight if actual == target else _ZERO


def _check_bands(value: object) -> None:
    if not isinstance(value, TierBands):
        raise WrongTypeError(f"bands must be TierBands, not {type(value).__name__}", value=value)


@attrs.frozen
class QualitativeRule:
    """定性: a tier (达成 / 部分达成 / 未达成) and the evaluator's point inside its band.

    The sources give no formula for the point inside a band ("合理确定", rules.md §1.4); it is an
    input, ``fraction`` of the weight, and must lie in the tier's band. :meth:`check` goes the
    other way and finds the tier of a printed score.

    >>> QualitativeRule().score("部分达成", Decimal("0.7"), 10).explanation
    '定性: 部分达成 70% ∈ [60%, 80%) → 7.0/10'
    >>> QualitativeRule(QUALITATIVE_LEGACY).check(None, Decimal("5.5"), 10)
    <Tier.PARTIAL: '部分达成'>
    """

    id: ClassVar[str] = "qualitative-tier"
    source: ClassVar[str] = (
        "rules.md §1.4 (S1 [OFF?]; 80/60 bands S1 [OFF?], S14 [SW]; 80/50 bands S11 [LOC])"
    )

    bands: TierBands = attrs.field(
        default=QUALITATIVE_2020, validator=lambda _, a, v: _check_bands(v)
    )

    def score(
        self,
        tier: Tier | str,
        fraction: Decimal | int | str,
        weight: Decimal | int | str,
        *,
        places: int | None = None,
        rounding: Rounding = Rounding.HALF_UP,
    ) -> RuleScore:
        """Score ``fraction`` (0 to 1) of ``weight`` for ``tier``; the fraction must be in band.

        Raises :class:`~budgetperf.errors.OutOfRangeError` when it is not.
        """
        level = tier if isinstance(tier, Tier) else Tier.parse(tier)
        share = _fraction(fraction, "a qualitative score's share of the weight")
        w = require_weight(weight)
        band = self.bands.band(level)
        if not band.contains(share):
            raise OutOfRangeError(
                f"{_percent_text(share)}% is outside the band of {level.value} {band}",
                value=share,
            )
        return finish_score(
            CTX.multiply(w, share),
            w,
            rule=self.id,
            source=self.source,
            head=f"定性: {level.value} {_percent_text(share)}% ∈ {band}",
            places=places,
            rounding=rounding,
            band=band,
        )

    __call__ = score

    def check(
        self,
        tier: Tier | str | None,
        printed: Decimal | int | str,
        weight: Decimal | int | str,
    ) -> Tier:
        """Return the tier whose band holds the ``printed`` score out of ``weight``.

        With a ``tier``, raise :class:`~budgetperf.errors.OutOfRangeError` if the score lies in
        another tier's band (a 部分达成 indicator printed with 8 of 10 points).
        """
        points, w = to_decimal(printed), require_weight(weight)
        if w == 0:
            raise OutOfRangeError("a weight of 0 has no bands", value=w)
        if points < 0 or points > w:
            raise OutOfRangeError(f"a score must lie between 0 and {w}", value=points)
        found = self.bands.tier_of(CTX.divide(points, w))
        if tier is not None:
            level = tier if isinstance(tier, Tier) else Tier.parse(tier)
            if level is not found:
                raise OutOfRangeError(
                    f"{points}/{w} lies in the band of {found.value} "
                    f"{self.bands.band(found)}, not of {level.value} {self.bands.band(level)}",
                    value=points,
                )
        return found


@attrs.frozen
class ExecutionRate:
    """预算执行率: w × 执行数/预算数, capped at full marks.

    The denominator is the 全年预算数 (central tables) or the 调整后预算数 (四川); ``basis``
    only names it in the explanation. A rate above 100% is a data warning and scores as 100%
    ([INF]; the vendor caps too [SW]). A zero budget makes the rate undefined: the score is
    ``None`` with a warning, never a silent 100% (the vendor's divide-by-1 is a bug [SW]).
    ``reason_below`` (四川: 0.9) adds a warning that a reason is required below that rate.

    >>> ExecutionRate().score(Decimal("3.36"), Decimal("3.36"), 10).explanation
    '执行率: 3.36 / 3.36 = 100.00% → 10/10'
    >>> ExecutionRate().score(Decimal("5"), Decimal("0"), 10).warnings
    ('全年预算数为0，执行率无定义，不能计分',)
    """

    id: ClassVar[str] = "execution-rate"
    source: ClassVar[str] = (
        "rules.md §1.5 (S4, S7 [LOC]; 10 points S18 [OFF]; cap S14 [SW]; over 100% [INF])"
    )

    reason_below: Decimal | None = attrs.field(default=None, converter=_optional_threshold)
    basis: str = "全年预算数"

    def score(
        self,
        executed: Decimal | int | str,
        budget: Decimal | int | str,
        weight: Decimal | int | str = 10,
        *,
        executed_text: str | None = None,
        budget_text: str | None = None,
        places: int | None = None,
        rounding: Rounding = Rounding.HALF_UP,
    ) -> RuleScore:
        """Score the execution of ``executed`` out of ``budget`` for ``weight`` points."""
        e, d, w = to_decimal(executed), to_decimal(budget), require_weight(weight)
        shown = f"{_shown(e, executed_text)} / {_shown(d, budget_text)}"
        notes: list[str] = []
        rate = ratio(e, d)
        if rate.value is None or d < 0:
            why = "为0" if rate.value is None else "为负数"
            notes.append(f"{self.basis}{why}，执行率无定义，不能计分")
            head = f"执行率: {shown} = —"
        else:
            head = f"执行率: {shown} = {rate}"
            if rate.value > 1:
                notes.append(f"执行率超过100%（{rate}），按100%计分")
            elif rate.value < 0:
                notes.append("执行数为负数，按0计分")
            if self.reason_below is not None and rate.value < self.reason_below:
                notes.append(f"执行率{rate}低于{_percent_text(self.reason_below)}%，需说明原因")
        return finish_score(
            self.raw(e, d, w),
            w,
            rule=self.id,
            source=self.source,
            head=head,
            warnings=notes,
            places=places,
            rounding=rounding,
        )

    __call__ = score

    @staticmethod
    def raw(executed: Decimal, budget: Decimal, weight: Decimal) -> Decimal | None:
        """The exact score, before rounding, of values already checked; ``None`` when the
        budget is 0 or negative (the rate is undefined). No words, no warnings.

        :meth:`score` uses it, and so does :func:`~budgetperf.scoring.score_form` on its fast
        path; it is the one place the 执行率 arithmetic lives.
        """
        if budget <= 0:
            return None
        share = CTX.divide(executed, budget)
        if share > 1:
            share = _ONE
        elif share < 0:
            share = _ZERO
        return CTX.multiply(weight, share)


@attrs.frozen
class NotApplicable:
    """不适用: the indicator is not scored (``score`` is ``None``).

    What happens to its weight is the profile's ``not_applicable`` setting: excluded (the other
    weights must still add up) or the total re-scaled by :func:`rescale_total` (S20 [LOC]; no
    central rule [INF]).

    >>> NotApplicable().score(5).explanation
    '不适用 → 不计分'
    """

    id: ClassVar[str] = "not-applicable"
    source: ClassVar[str] = "rules.md §1.7 (S20 [LOC], S14 [SW]; handling [INF])"

    def score(self, weight: Decimal | int | str = 0, *, reason: str = "") -> RuleScore:
        """A not-applicable result for an indicator of ``weight``; ``reason`` is explained."""
        head = f"不适用（{reason}）" if reason else "不适用"
        return finish_score(
            None, require_weight(weight), rule=self.id, source=self.source, head=head
        )

    __call__ = score


def rescale_total(
    raw: Decimal | int | str, applicable: Decimal | int | str, excluded: Decimal | int | str
) -> Decimal | None:
    """The ``rescale`` total: the applicable scores scaled up to the weight the 不适用 left out.

    ``raw`` is Σ score of the applicable indicators (execution line included when the total
    counts it), ``applicable`` their Σ weight and ``excluded`` the Σ weight of the 不适用
    indicators. The result is ``raw × (applicable + excluded) / applicable``, exact (not
    rounded): the total on the same scale it would have without a 不适用 indicator (out of 100;
    out of the indicator part's 90 when the total leaves out the execution line), as S20's
    "按百分制折算" says for a 100-point form. ``None`` when no weight applies (nothing to
    scale). With nothing excluded it is ``raw``.

    This is the one place the rescaled total is computed: :meth:`Profile.total
    <budgetperf.profiles.Profile.total>` (adding up rule scores) and
    :func:`~budgetperf.scoring.score_form` (scoring a form) both call it.

    >>> rescale_total(Decimal(54), Decimal(60), Decimal(40))
    Decimal('90')
    >>> rescale_total(Decimal(45), Decimal(80), Decimal(10))  # a total out of 90
    Decimal('50.625')
    >>> rescale_total(Decimal(0), Decimal(0), Decimal(100)) is None
    True
    """
    raw, applicable, excluded = to_decimal(raw), to_decimal(applicable), to_decimal(excluded)
    if applicable < 0 or excluded < 0:
        raise OutOfRangeError("weights must not be negative", value=(applicable, excluded))
    if not excluded:
        return raw
    if not applicable:
        return None
    return CTX.divide(CTX.multiply(raw, CTX.add(applicable, excluded)), applicable)


#: Any rule object of this module.
Rule = (
    ProportionalForward
    | InverseRatio
    | LinearPenalty
    | Equality
    | QualitativeRule
    | ExecutionRate
    | NotApplicable
)
