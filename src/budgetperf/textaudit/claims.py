"""Stage 5, *claims*: relations among facts, each one checkable.

A claim says that one printed figure follows from others: a share is an amount over its total,
a change rate is a change over the prior figure, a 其中 total is the sum of its parts. Each
builder below reads one family of sentence forms from the facts of :mod:`.facts`; every claim
carries its readings (which total, which prior, where a list ends), and its verdict is the best
of them (:func:`.verdicts.judge`).

A claim whose structure is certain (the total is named, the list is explicit) is **strong**: a
disagreement is an error. A claim read from weaker evidence (a total found by its name elsewhere
in the document, a standard breakdown whose parts are found by name) is **weak**: a
disagreement is at most a warning, since the reading itself may be wrong.

The families: ``sum`` (lists, standard breakdowns, sums of the parts' changes, budgets or
priors, balances, shares of a closed list), ``change-rate`` (with the direction check),
``difference``, ``share``, ``completion`` (with 决算数大于/小于预算数), ``conversion`` (the same
figure in 亿元 and 万元), ``ratio`` (a rate with its formula printed), ``points`` (against the
time elapsed in the year, or between two rates) and ``progress-amount``.
"""

from __future__ import annotations

import bisect
import collections
import functools
import itertools
import operator
import re
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal
from typing import Any, cast

import attrs

from budgetperf._decimal import CTX as _CTX
from budgetperf.classification import CodeLevel, bundled_catalogue
from budgetperf.textaudit.facts import (
    FROM_LEVEL,
    LEVEL_PERIOD,
    NEW_LEVEL,
    YEAR_DIGITS,
    Basis,
    Document,
    Fact,
    Role,
    Sentence,
    bare_change,
    canonical,
)
from budgetperf.textaudit.facts import stem as _stem
from budgetperf.textaudit.quantities import (
    Dimension,
    Quantity,
    Unit,
    counts_alike,
    numeral_value,
    same_kind_of_count,
)
from budgetperf.textaudit.tables import names_growth
from budgetperf.textaudit.verdicts import (
    Formula,
    Reading,
    Status,
    Verdict,
    agrees,
    change_rate,
    completion_over_gap,
    judge,
    linear,
    linear_verdict,
    make_reading,
    ratio_percent,
)
from budgetperf.textaudit.vocabulary import (
    ACCOUNT_MEASURES,
    AGGREGATES,
    BUDGET_WORDS,
    CATCH_ALL_WORDS,
    CHANGE_VERBS,
    CLASSIFIED_BY,
    DECOMPOSITIONS,
    DIGIT_ITEM_NUMBER,
    FARM_SECTORS,
    FUNDING_QUALIFIERS,
    FUNDS,
    HALF_YEAR,
    IN_WORDS,
    INDICATOR_LEVELS,
    INDUSTRIES,
    INTRODUCERS,
    MONTH_SPAN,
    NAMED_DIFFERENCES,
    NAMED_RATIOS,
    NESTED_ITEMS,
    NESTED_NAMES,
    PARTIAL_INTRODUCERS,
    PERIOD_WORDS,
    PERSONNEL_ITEMS,
    PLUS_WORD,
    QUARTER,
    REAL_GROWTH,
    RELIEF_NAMES,
    REVENUE_ALIASES,
    RUN_MARKS,
    SAVINGS,
    SHORT_SUBJECTS,
    TAX_TYPES,
    TOTAL_VERBS,
    TRADE_MEASURES,
)

__all__ = [
    "CLOSED_SHARES",
    "CLOSED_SHARES_OF_SHARE",
    "CODE_SUM",
    "COMPLETION_OVER_GAP",
    "CONTRIBUTIONS_SUM",
    "PARTS_OF_TOTAL",
    "SANGONG_SHARES",
    "Claim",
    "build_claims",
]

# Members read once per figure by the claim builders, as module globals: on Python 3.11 each
# ``Role.VALUE`` goes through ``EnumType``'s ``__getattr__`` hook (about 250 ns a read).
_VALUE, _CHANGE, _RATE, _SHARE = Role.VALUE, Role.CHANGE, Role.RATE, Role.SHARE
_COMPLETION, _ROLE_POINTS = Role.COMPLETION, Role.POINTS
_PERCENT, _POINTS = Dimension.PERCENT, Dimension.POINTS
_ROLE_PRIOR, _ROLE_BASE = Role.PRIOR, Role.BASE
_ZERO, _MONEY, _COUNT = Dimension.ZERO, Dimension.MONEY, Dimension.COUNT
_TIMES = Dimension.TIMES
_PER_MILLE = Unit.PER_MILLE
_AGREES = Status.AGREES
_ROLE_PROGRESS, _ROLE_OTHER = Role.PROGRESS, Role.OTHER
_BARE = Dimension.BARE
_BASIS_PRIOR, _BASIS_BUDGET = Basis.PRIOR, Basis.BUDGET
_ROUNDING, _DISAGREES, _UNDEFINED = Status.ROUNDING, Status.DISAGREES, Status.UNDEFINED

FAMILIES = {
    "sum": "sum",
    "change-sum": "sum",
    "budget-sum": "sum",
    "balance": "sum",
    "shares-sum": "sum",
    "change-rate": "change-rate",
    "change-direction": "change-rate",
    "comparison": "completion",
    "difference": "difference",
    "share": "share",
    "completion": "completion",
    "conversion": "conversion",
    "ratio": "ratio",
    "points": "points",
    "points-gap": "points",
    "progress-amount": "progress-amount",
    "named-count": "named-count",
}


@attrs.define(eq=False)
class Claim:
    """A checked relation: the printed fact, the facts it is computed from, the readings tried,
    the verdict, and whether the structure was certain (``strong``)."""

    kind: str
    printed: Fact
    inputs: tuple[Fact, ...]
    readings: tuple[Reading, ...]
    verdict: Verdict
    strong: bool
    relation: str = ""
    start: int = 0
    #: where the claim's own words end, when they come after its figures ("…完成年初预算的
    #: 59.96%,决算数大于年初预算数"): the quoted span runs to there
    end: int = 0
    #: an input in 元 the claim agrees with only when it is read in 万元 (a unit slip, reported
    #: as units.slipped-unit)
    slipped: Fact | None = None

    @property
    def family(self) -> str:
        """The family of the claim (see the module documentation). A balance of one figure in
        and one out ("收益1,105亿元…开支826亿元…盈余279亿元") is a difference of two figures, and
        so is one read two ways, each of two figures (the parts before it, or their wholes)."""
        if self.kind == "balance" and (
            len(self.inputs) == 2
            or (self.readings and all(len(r.inputs) == 2 for r in self.readings))
        ):
            return "difference"
        return FAMILIES.get(self.kind, self.kind)

    @property
    def printed_value(self) -> Decimal:
        """The checked figure as printed, in its own unit."""
        return self.printed.q.value

    @property
    def status(self) -> Status:
        """The verdict's status."""
        return self.verdict.status


_SEP_ONLY = re.compile(r"^[\s,;:、和及]*\(?$")  # "减少1.5万元(42.86%)": a bracket opens


def _between(doc: Document, a: Fact, b: Fact) -> str:
    return doc.text[a.q.end : b.q.start]


_VALUE_REACH = 24


def _value_before(
    s: Sentence, i: int, *, dims: Iterable[Dimension] = (_MONEY, _COUNT)
) -> Fact | None:
    """The nearest value before fact ``i`` of a sentence, at its depth or shallower, among the
    ``_VALUE_REACH`` figures before it (a sentence of thousands of rates stays linear)."""
    depth = s.facts[i].depth if i < len(s.facts) else 0
    wanted = tuple(dims)
    for j in range(i - 1, max(-1, i - 1 - _VALUE_REACH), -1):
        f = s.facts[j]
        if f.depth > depth:
            continue
        if f.role is _VALUE and f.q.unit.dimension in wanted:
            return f
    return None


def _lookup(
    doc: Document,
    name: str,
    *,
    near: Fact,
    dims: Iterable[Dimension],
    phase: str | None = None,
    before_only: bool = False,
    limit: int = 4,
    whole: bool = True,
) -> list[Fact]:
    """Value facts whose subject ends with ``name``, nearest to ``near`` first."""
    if len(name) < 2:
        return []
    wanted = tuple(dims)
    pool: Sequence[Fact] = doc.named(name, near=near.index)
    if len(name) <= 2 and whole and name in _GENERIC_NAMES:
        # a generic name must match whole (总支出 is 支出's total)
        pool = [f for f in pool if f.subject in (name, "总" + name)]
    if not pool:
        stem = _stem(name)
        pool = doc.named(stem, stem=True, near=near.index)
    found = _nearest(pool, near, wanted, phase, before_only, limit)
    if not found and phase == "budget" and (rest := _unscoped(name)) is not None:
        return _lookup(
            doc,
            rest,
            near=near,
            dims=wanted,
            phase=phase,
            before_only=before_only,
            limit=limit,
            whole=whole,
        )
    return found


def _unscoped(name: str) -> str | None:
    """A budget's name without the words that scope its actual's, when they open it: the body
    and year ("宁国市城市管理行政执法局2016年度“三公”经费财政拨款支出决算为68.3万元,完成年初预算的
    88.7%": the 三公费 of the table above), or the whole of the body that reports ("全县“三保”支出
    59987万元,执行进度62.81%" of the "“三保”支出需求95506万元" before it: a county's report names
    its whole with or without 全县; a share's whole, of no phase, is not looked for so: "占全市
    一般公共预算收入的34.1%" is of the actual, not of the budget before it). None when neither
    opens it, or what is left is too short or too generic to be looked for."""
    for scope in (_OWNER_YEAR.match(name), _WHOLE_SCOPE.match(name) if name[0] == "全" else None):
        if scope is not None:
            rest = name[scope.end() :]
            if len(rest) > 2 and rest not in _GENERIC_NAMES:
                return rest
    return None


def _nearest(
    pool: Sequence[Fact],
    near: Fact,
    wanted: tuple[Dimension, ...],
    phase: str | None,
    before_only: bool,
    limit: int,
) -> list[Fact]:
    """The ``limit`` facts of ``pool`` (in document order) nearest to ``near`` that _lookup
    takes, nearest first (of two as near, the one before): walked out from ``near`` both ways,
    so a lookup costs the figures it passes, not every figure of that name in the window."""
    at = near.index
    right = bisect.bisect_left(pool, at, key=_fact_index)
    left = right - 1
    out: list[Fact] = []
    n = len(pool)
    while len(out) < limit and (left >= 0 or right < n):
        if right >= n or (left >= 0 and at - pool[left].index <= pool[right].index - at):
            f = pool[left]
            left -= 1
        else:
            f = pool[right]
            right += 1
            if before_only:
                continue
        if (
            f is not near
            and f.q.unit.dimension in wanted
            and (phase is None or f.phase == phase or (phase == "actual" and f.phase == ""))
        ):
            out.append(f)
    return out


# the whole of the body that reports: 全县, 全市, 全省, 全区, 全旗…
_WHOLE_SCOPE = re.compile(r"全(?:县|市|省|区|旗|州|盟|镇|乡)")
# a name's opening words up to its year ("宁国市城市管理行政执法局2016年度三公费", "本单位2016年")
_OWNER_YEAR = re.compile(r".{0,30}?(?:19|20)\d\d年度?")


def _related(a: str, b: str) -> bool:
    """Whether two subjects name the same thing (one ends with the other, or share a stem)."""
    return (
        a.endswith(b) or b.endswith(a) or _stem(a).endswith(_stem(b)) or _stem(b).endswith(_stem(a))
    )


_GENERIC_NAMES = frozenset({"收入", "支出", "资金", "金额", "总额", "费", "经费", "合计", "总计"})


def _q(f: Fact) -> Quantity:
    return f.q


def _make(
    kind: str,
    printed: Fact,
    inputs: Sequence[Fact],
    readings: Sequence[Reading],
    strong: bool,
    relation: str,
    verdict: Verdict | None = None,
) -> Claim:
    """The claim of ``readings`` of ``printed``, judged (``verdict``: their verdict, when it
    is known already)."""
    if verdict is None:
        verdict = judge(readings, printed.q)
    # A figure from a damaged stretch of the copy (a lost character) may not be the one printed.
    if strong:
        strong = not printed.damaged
        for f in inputs:
            if f.damaged:
                strong = False
                break
    if kind in ("share", "change-rate") and inputs:
        anchor = inputs[0]
    elif kind == "difference" and printed.role is _CHANGE:
        anchor = printed
    else:
        # the first figure of the printed one's sentence (min by start: the first of equals)
        anchor = printed
        sentence = printed.sentence
        for f in inputs:
            if f.sentence == sentence and f.q.start < anchor.q.start:
                anchor = f
    start = min(anchor.clause, anchor.q.start)
    return Claim(kind, printed, tuple(inputs), tuple(readings), verdict, strong, relation, start)


# ----------------------------------------------------------------------------------------------
# Changes: "X万元,比上年减少Y万元,下降Z%"


def _adjacent(doc: Document, a: Fact, b: Fact, *, compared: bool = False) -> bool:
    """Whether only separators and ``b``'s own cue stand between ``a`` and ``b`` (and, when
    ``compared``, the word that closes a comparison: "与2014年的140万元相比,下降7.1%")."""
    gap = _between(doc, a, b)
    cue = b.label.strip()
    if cue and gap.endswith(cue):
        gap = gap[: -len(cue)]
    if compared and gap.lstrip().startswith(("相比", "相较")):
        gap = gap.lstrip()[2:]
    return _SEP_ONLY.match(gap) is not None


def _from_to_rate(doc: Document, s: Sentence, i: int, rate: Fact, out: list[Claim]) -> bool:
    """ "普通高中由上年的24586.43元增加到27100.44元,增长10.23%": a rate right after a level
    reached (增加到, 调整为…) from a printed prior just before it is the new level's over the old.
    Whether it was read."""
    level, prior = s.facts[i - 1], s.facts[i - 2]
    if (
        level.role is not _VALUE
        or prior.role is not _ROLE_PRIOR
        or level.q.unit.dimension is not prior.q.unit.dimension
        # (money, or counts of one measure word: "项目数量从582个压缩至358个,压缩率为38.5%")
        or not (level.q.is_money or (level.q.counter and level.q.counter == prior.q.counter))
        or _TO_NEW_LEVEL.search(level.label) is None
        or not _adjacent(doc, level, rate)
        # "由2019年的52.6亿元增加到2023年的71.3亿元,年均增长8.9%": a growth per year over the
        # years between (_average_growth), not the whole move's
        or _AVERAGE.search(rate.label) is not None
    ):
        return False
    r = Reading(
        f"{level.q.text} against the printed {prior.q.text}", (level.q, prior.q), _level_rate
    )
    out.append(_make("change-rate", rate, [level, prior], [r], True, "rate"))
    return True


_RESTATED_CANDIDATES = 8  # the figures printed again that are tried, nearest first
_RESTATED_NEAR = 8  # the figures after one of them its change is looked for among


def _restated_rate(doc: Document, s: Sentence, i: int, rate: Fact, out: list[Claim]) -> bool:
    """ "全省公共财政支出完成874亿元,增长10.6%。…全省公共财政支出874亿元,完成预算30.7%,增支83.51亿
    元": a rate with no change beside it, whose figure is printed again elsewhere (the same
    name and value) with its change: the rate of that change (weak)."""
    current = _value_before(s, i)
    if current is None or not current.subject or not current.q.unit.is_money:
        return False
    # the sentences nearby only (a lookup by name would scan hundreds of facts for each rate)
    nearby = (
        (t, k, again)
        for t in doc.sentences[max(0, s.index - _RESTATED_REACH) : s.index + _RESTATED_REACH + 1]
        if t is not s
        for k, again in enumerate(t.facts)
        if again.role is _VALUE
        and again.subject == current.subject
        and again.q.value == current.q.value
        and again.q.unit is current.q.unit
    )
    # (a few of them: a text that prints one figure again and again stays linear)
    for t, k, again in itertools.islice(nearby, _RESTATED_CANDIDATES):
        change = next(
            (
                g
                # (its change is printed beside it: the few figures after it, so that a long
                # sentence of restated figures stays linear)
                for g in t.facts[k + 1 : k + 1 + _RESTATED_NEAR]
                if g.role is _CHANGE
                and g.q.is_money
                and g.basis is Basis.PRIOR
                and g.subject == again.subject
                and g.depth == again.depth
            ),
            None,
        )
        if change is None or change.sign * rate.sign < 0:
            continue
        r = _rate_of_change(change, current, change.sign or rate.sign, ", printed again with it")
        out.append(
            _make("change-rate", rate, [change, current], [r], False, "change / prior × 100")
        )
        return True
    return False


def _funded_part(doc: Document, total: Fact, ref: str) -> bool:
    """Whether ``total`` is listed under a total of one funding source ("财政拨款支出总计
    766.75万元,其中:2022年支出合计766.60万元") that ``ref`` does not name: "占本年支出合计的
    99.98%" may mean the unit's total of every source, printed elsewhere or not at all (a weak
    reading). The list may open the sentence after the total's (_continues_with_list)."""
    s = doc.sentences[total.sentence]
    k = s.facts.index(total)
    before = s.facts[:k]
    if not before and _continues_with_list(doc, s):
        before = doc.sentences[s.index - 1].facts
    heads = [
        g
        for g in before
        if g.role is _VALUE and g.q.is_money and _TOTAL_WORDS.search(g.label) is not None
    ]
    if not heads or "其中" not in doc.text[heads[-1].q.end : total.q.start]:
        return False
    return any(w in heads[-1].label and w not in ref for w in FUNDING_QUALIFIERS)


def _head_before(doc: Document, s: Sentence, prior: Fact) -> list[Fact]:
    """The first amount of the sentence before ``s`` in its paragraph, of the prior's
    dimension, when ``s`` prints no figure before the prior."""
    if s.index == 0 or s.facts[0] is not prior:
        return []
    prev = _figured_before(doc, s)
    if prev.paragraph != s.paragraph or prev is s:
        return []
    head = next((g for g in prev.facts if g.role is _VALUE and g.q.is_money and g.depth == 0), None)
    return [] if head is None or head.q.dimension is not prior.q.dimension else [head]


_RESTATED_REACH = 6  # sentences either side where a figure printed again is looked for


def _rate_of_change(change: Fact, current: Fact, sign: int, how: str = "") -> Reading:
    """The rate of ``change`` over the prior it implies for ``current`` (current ∓ change), its
    note naming that prior for the message."""
    return Reading(
        f"change of {current.q.text}{how}",
        (change.q, current.q),
        change_rate(sign),
        note=f"{current.q.text} {'−' if sign > 0 else '+'} {change.q.text}",
    )


_TEN_THOUSAND = Decimal(10000)
_HUNDRED_TIMES = Decimal(100)


def _implausible_prior(prior: Fact, current: Fact, change: Fact) -> bool:
    """Whether a printed prior is a hundred times or more off the prior that the figure and its
    change imply (current ∓ change, either way): a misprint or a misreading, not a base."""
    base = prior.q.base
    implied = [
        v
        for v in (
            _CTX.add(current.q.base, change.q.base),
            _CTX.subtract(current.q.base, change.q.base),
        )
        if v > 0
    ]
    if base <= 0 or not implied:
        return False
    return all(
        base >= _CTX.multiply(v, _HUNDRED_TIMES) or v >= _CTX.multiply(base, _HUNDRED_TIMES)
        for v in implied
    )


def _slipped_rate(change: Fact, current: Fact, sign: int) -> Reading | None:
    """ "一般公共预算支出完成255,325万元,比上年同期增支14,484元,增长6.01%": a change printed in 元
    beside its figure in 万元 is also read as 万元 (a unit slip, which checks.py reports as
    units.yuan-in-wanyuan): the rate agrees with the figures as meant, not as printed."""
    if change.q.unit.scale != 0 or current.q.unit.scale != 4:
        return None
    rate = change_rate(sign)
    as_wanyuan = change.q.text.removesuffix("元").rstrip() + "万元"  # "14,484元" as meant

    def formula(values: Sequence[Decimal]) -> Decimal | None:
        return rate((_CTX.multiply(values[0], _TEN_THOUSAND), values[1]))

    return Reading(
        f"change of {current.q.text}, {change.q.text} read as 万元 (a unit slip)",
        (change.q, current.q),
        formula,
        note=f"{current.q.text} {'−' if sign > 0 else '+'} {as_wanyuan}",
    )


def _slipped_current(change: Fact, current: Fact, sign: int) -> Reading | None:
    """ "项目支出29.36元,较2016年度决算数减少973.77万元,下降97.07%": a figure printed in 元
    beside its change in 万元, smaller than a hundredth of the change, is also read in 万元 (a
    unit slip, as for a change printed in 元)."""
    if current.q.value <= 0 or not _yuan_beside_wanyuan(current, change):
        return None
    rate = change_rate(sign)
    as_wanyuan = current.q.text.removesuffix("元").rstrip() + "万元"  # "29.36元" as meant

    def formula(values: Sequence[Decimal]) -> Decimal | None:
        return rate((values[0], _CTX.multiply(values[1], _TEN_THOUSAND)))

    return Reading(
        f"change of {current.q.text} read as 万元 (a unit slip)",
        (change.q, current.q),
        formula,
        note=f"{as_wanyuan} {'−' if sign > 0 else '+'} {change.q.text}",
    )


def _slipped_prior(current: Fact, prior: Fact) -> Reading | None:
    """ "为89410万元,比上年的131870.68元减少32.20%": a prior printed in 元 beside its figure in
    万元, under a hundredth of it, is also read in 万元 (a unit slip)."""
    if not _yuan_beside_wanyuan(prior, current):
        return None

    def formula(values: Sequence[Decimal]) -> Decimal | None:
        return _level_rate((values[0], _CTX.multiply(values[1], _TEN_THOUSAND)))

    return Reading(
        f"{current.q.text} against the printed {prior.q.text} read as 万元 (a unit slip)",
        (current.q, prior.q),
        formula,
        note=prior.q.text.removesuffix("元").rstrip() + "万元",
    )


def _mark_slip(claim: Claim, slips: Sequence[Reading | None], fact: Fact) -> None:
    """A claim that agrees only by a unit-slip reading carries the figure that slipped, so the
    audit reports it (units.slipped-unit), as it does for a list's part."""
    if claim.verdict.status is _AGREES and any(
        r is not None and r.name == claim.verdict.reading for r in slips
    ):
        claim.slipped = fact


_ONE_PERCENT = Decimal("0.01")


def _yuan_beside_wanyuan(small: Fact, big: Fact) -> bool:
    """Whether ``small`` is printed in 元 beside ``big`` in 万元 and is under a hundredth of it:
    the two are likely one unit, 元 a slip for 万元 (or 万元 for 元)."""
    return (
        small.q.unit.scale == 0
        and big.q.unit.scale == 4
        and big.q.base > 0
        and _CTX.divide(small.q.base, big.q.base) < _ONE_PERCENT
    )


def _slipped_ratio(actual: Fact, budget: Fact) -> Reading | None:
    """The reading of ``actual`` as a percentage of ``budget`` with the two in one unit, when
    ``budget`` is printed in 万元 and ``actual`` in 元 is under a hundredth of it (a unit slip;
    the claim is then weak). One reading for every ratio of a part to its whole: a completion
    ("支出预算为494,400.00万元,支出决算为115,749.56元,完成预算的23.42%") and a share
    ("基本支出2754.869651元,占比40.39%" of 6821.09751万元)."""
    if not _yuan_beside_wanyuan(actual, budget):
        return None

    def formula(values: Sequence[Decimal]) -> Decimal | None:
        return ratio_percent((values[0], _CTX.divide(values[1], _TEN_THOUSAND)))

    return Reading(
        f"{actual.q.text} of {budget.q.text} read as 元 (a unit slip)",
        (actual.q, budget.q),
        formula,
        note=budget.q.text.removesuffix("万元").rstrip() + "元",
    )


# A budget adjustment by its verb: "调整为85000万元,调减16000万元" (against the budget before it)
_ADJUSTING = re.compile(r"调[增减]了?$")


def _other_measure(change: Fact, rate: Fact) -> bool:
    """ "由362,000万元调整为416,000万元,调增54,000万元,增长18.3%": a budget's adjustment (调增,
    调减) and a rate of growth after it (增长, 下降) are measured against different figures
    (the budget before the adjustment; the year before), so the one is no amount of the other;
    so are a raw change and a rate with something taken out (剔除…后)."""
    if _ADJUSTING.search(change.label) is not None and _ADJUSTING.search(rate.label) is None:
        return True
    # "比2021年减收34,086万元,剔除留抵退税后同口径增长0.67%": a rate on an adjusted basis
    # (剔除…后, 同口径) is not of the raw change printed before it
    return "剔除" in rate.label and "剔除" not in change.label


def _at_comparable_prices(doc: Document, current: Fact, rate: Fact) -> bool:
    """Whether ``rate`` is the growth of a value added (生产总值, 增加值: REAL_GROWTH), which
    statistics give at comparable prices, while its figure and change are at current prices
    (not when the words say 现价, 名义)."""
    if _REAL_GROWTH.search(current.subject) is None:
        return False
    clause = doc.text[doc.sentences[current.sentence].start : rate.q.end]
    return "现价" not in clause and "名义" not in clause


def _paired_amount(doc: Document, s: Sentence, i: int) -> Fact | None:
    rate = s.facts[i]
    if i > 0:
        k = i - 1
        while k > 0 and s.facts[k].depth > rate.depth:
            k -= 1  # (the figures of a bracket after the change: see _adjacent_past_bracket)
        f = s.facts[k]
        if (
            f.role is _CHANGE
            and f.depth == rate.depth
            and (_adjacent(doc, f, rate) or _adjacent_past_bracket(doc, f, rate))
            # "完成预算的100.8%,超收392万元,同比增长6.8%,增收3003万元": a change against the
            # budget before a rate against the year before is no amount of that rate
            and (f.basis is rate.basis or not rate.explicit)
            and not _other_measure(f, rate)
            # "存款余额21408亿元,比年初增加1639亿元;同比增长7.23%": a change since the year's
            # start is no amount of a rate against the same period of the year before
            and not (
                "年初" in f.label
                and _SINCE_YEAR_START.search(f.label)
                and _YEAR_ON_YEAR.search(rate.label)
            )
        ):
            return f
    if i + 1 < len(s.facts):
        f = s.facts[i + 1]
        if (
            f.role is _CHANGE
            and f.depth == rate.depth
            and (_adjacent(doc, rate, f) or _remark_between(doc, rate, f))
            # "比上年同期增长45.06%,节约资金1.01亿元": a saving against the budget after a rate
            # against the year before is no amount of that rate
            and (f.basis is rate.basis or not rate.explicit)
            and not _other_measure(f, rate)
            # "存款余额4503.5亿元,增长12.1%,存款余额比年初增加451.7亿元": a change printed after
            # the rate with a comparison of its own (since the year's start) is not of that rate
            and not ("年初" in f.label and _SINCE_YEAR_START.search(f.label))
        ):
            return f
    if i > 1 and rate.sign and rate.basis is _BASIS_PRIOR:
        # "同比增收1488万元,为预算的65.7%,快于序时进度15.7个百分点,增长2.1%": the figure's
        # completion of its budget and its lead on the time progress, printed between a change
        # and its rate, are remarks on the figure; the change before them is the rate's amount
        k = i - 1
        while k > 0 and s.facts[k].role in _FIGURE_REMARKS and s.facts[k].depth == rate.depth:
            k -= 1
        f = s.facts[k]
        if (
            k < i - 1
            and f.role is _CHANGE
            and f.sign == rate.sign
            and f.basis is _BASIS_PRIOR
            and f.depth == rate.depth
            and all(_adjacent(doc, a, b) for a, b in itertools.pairwise(s.facts[k : i + 1]))
        ):
            return f
    return None


def _change_after_rate(doc: Document, s: Sentence, i: int) -> Fact | None:
    """ "公务用车运行维护费预算安排8万元,较2021年预算下降42.86%。减少6万元。": a sentence that
    ends with a figure and its rate, compared with a named prior, and the next sentence of the
    paragraph opened by a change of the same direction by its verb alone: that change is the
    rate's amount."""
    rate = s.facts[i]
    if i == 0 or i + 1 != len(s.facts) or not rate.explicit or rate.sign == 0:
        return None
    value = s.facts[i - 1]
    if (
        value.role is not _VALUE
        or value.depth != rate.depth
        or not value.q.unit.is_money
        or s.index + 1 >= len(doc.sentences)
        or not _adjacent(doc, value, rate)
    ):
        return None
    nxt = doc.sentences[s.index + 1]
    if not nxt.facts or nxt.paragraph != s.paragraph:
        return None
    change = nxt.facts[0]
    if (
        change.role is _CHANGE
        and change.sign == rate.sign
        and change.depth == value.depth
        and change.q.unit.is_money
        and _BARE_CHANGE_OPENS.fullmatch(doc.text, nxt.start, change.q.start) is not None
    ):
        return change
    return None


# a comparison with the level at the start of the year ("比年初", "较年初")
_SINCE_YEAR_START = re.compile(r"(?:比|较|与)年初")
# a comparison with the same period of the year before ("同比", "比上年同期", "比上年"; not the
# year's end, "比上年末", which is the start of this one)
_YEAR_ON_YEAR = re.compile(r"同比|(?:上年|去年|上一年)同期|(?:比|较)(?:上年|去年|上一年)(?![末底])")
# what a figure's remarks between its change and its rate are: its completion of the budget,
# its lead on the time progress, and the progress itself
_FIGURE_REMARKS = (Role.COMPLETION, Role.POINTS, Role.PROGRESS)


def _adjacent_past_bracket(doc: Document, change: Fact, rate: Fact) -> bool:
    """Whether a bracket right after a change is all that parts it from its rate: "比人代会预算数
    增加60000万元(其中:旗本级58800万元,开发区1200万元),增长26.1%" (the change's parts, or a
    remark on it, between the change and its rate)."""
    gap = _between(doc, change, rate).lstrip(" ,")  # ("…减少25000万元,(其中:…),下降35.7%")
    if not gap.startswith("("):
        return False
    close = gap.find(")")
    if close < 0 or "(" in gap[1:close] or _BRACKET_STOP.search(gap, 1, close):
        return False
    rest = gap[close + 1 :]
    cue = rate.label.strip()
    if cue and rest.endswith(cue):
        rest = rest[: -len(cue)]
    return rest != "" and _SEP_ONLY.match(rest) is not None


# what a bracket between a change and its rate does not hold: the end of a sentence or clause
_BRACKET_STOP = re.compile(r"[。;\n]")


def _remark_between(doc: Document, rate: Fact, change: Fact) -> bool:
    """Whether one clause without a figure stands between a rate and a change named by its verb
    alone (增收, 减少…), the same way: "同比增长10.1%,增幅位列全省第一,增收6.29亿元" (a remark
    on the rate)."""
    if not (rate.sign and change.sign == rate.sign):
        return False
    label = change.label.strip()
    if label not in CHANGE_VERBS:
        # (or with the comparison said again: "同比增长6.7%,增幅高于全省各设区市,较上年增长5.4
        # 亿元")
        m = _COMPARED_AGAIN.fullmatch(label)
        if m is None or m.group("verb") not in CHANGE_VERBS:
            return False
    gap = _between(doc, rate, change)
    return gap.count(",") == 2 and gap.startswith(",") and not _REMARK_STOP.search(gap)


# a change's label that says its comparison again before the verb
_COMPARED_AGAIN = re.compile(
    r"(?:较|比)(?:上一?年|去年)(?:度)?(?:同期)?(?P<verb>[\u4e00-\u9fff]{1,2}?)了?"
)
# what a remark between a rate and its amount does not hold: another sentence, clause or figure
_REMARK_STOP = re.compile(r"[;。:\n\d]")


def _same_period_opens(doc: Document, s: Sentence) -> bool:
    """Whether ``s`` opens with 同期 in the paragraph of the sentence before: one more item of
    the period that sentence reports ("…机电产品出口3052亿元,…占同期…出口总值的43.2%。其中,…。
    同期,劳动密集型产品出口2035.2亿元,增长7.5%,占28.8%")."""
    if s.index == 0:
        return False
    start = s.start
    while start < s.end and doc.text[start].isspace():
        start += 1
    return (
        doc.text.startswith("同期", start)
        and doc.text[start + 2 : start + 3] in (",", ":")
        and doc.sentences[s.index - 1].paragraph == s.paragraph
    )


def _continues_with_list(doc: Document, s: Sentence) -> bool:
    """Whether ``s`` opens with an introducer (其中, 包括…) before its first figure, in the
    paragraph of the sentence before: a list of what that sentence printed ("…资产总额48.8%。
    其中:…;流动资产750亿元,占18.9%" reads as it would with a comma for the full stop)."""
    if s.index == 0 or not s.facts:
        return False
    start = s.start
    first = s.facts[0].q.start
    while start < first and doc.text[start].isspace():
        start += 1
    return (
        doc.text[start : start + 1] in _INTRO_FIRSTS
        and _INTRO.match(doc.text, start) is not None
        and doc.sentences[s.index - 1].paragraph == s.paragraph
    )


def _opened_by_list(doc: Document, s: Sentence, part: Fact) -> Fact | None:
    """The total of the sentence before when ``s`` opens with an introducer (其中, 包括…) and
    ``part`` is one of the figures it lists: that sentence's last amount at its level."""
    if part.depth != s.facts[0].depth or not _continues_with_list(doc, s):
        return None
    prev = doc.sentences[s.index - 1]
    for g in reversed(prev.facts):
        if g.depth == 0 and g.role is _VALUE and g.is_amount:
            return g if g.q.unit.dimension is part.q.unit.dimension else None
    return None


# a sentence that opens with its comparison ("。同比上年度增加…"; compiled once, not looked up in
# re's cache for each change)
_COMPARED_LEAD = re.compile(r"^[\s,]*(?:同口径)?(?:\([^)]*\))?(?:同比|比|较|与|对比|相比|相较)")


def _currents(doc: Document, s: Sentence, i: int, change: Fact) -> tuple[list[Fact], bool]:
    """The figures a change is a change of, and whether the reading is certain."""
    # (``i`` is most often the change's own index: the sentence is searched only when not)
    j = i if s.facts[i] is change else min(i, s.facts.index(change))
    for k in range(j - 1, -1, -1):
        f = s.facts[k]
        if f.depth > change.depth and not (
            f.depth == change.depth + 1 and _PAREN_OWNER.match(doc.text, f.q.end, change.q.start)
        ):
            continue  # "开支(826亿元)增加了1.9亿元": the figure in parentheses is the name's
        if (
            ";" in doc.text[f.q.end : change.q.start]
            # (a ';' inside a bracket parts the bracket's items: "安排45000万元(其中:旗本级
            # 35900万元,下降8%;开发区9100万元,…),比人代会预算安排数减少25000万元")
            and ";" in _PARENS.sub("", doc.text[f.q.end : change.q.start])
            and not any(
                g.role is _ROLE_PRIOR and f.index <= g.index < change.index for g in s.facts
            )
        ):
            break  # another item of a list ("…8万元,2015年预算12.5万元;对比减少…" is one item)
        if f.role is _VALUE and f.q.unit.dimension is change.q.unit.dimension:
            if change.subject and f.subject and f.subject != change.subject:
                # (the figure of the change's own name, printed before the others of its year:
                # "2023年度收入总计453.13万元,支出总计450.13万元,2022年度…,收入总计增加52.91万元")
                f = _same_name_before(s.facts, k, change, _VALUE) or f
            if f.subject and _names_own_part(change) and not _related(f.subject, change.subject):
                return [], False
            if change.subject != f.subject and _a_reasons(doc, f, change):
                # "收入合计321.30万元,…,主要原因是本年度财政拨款收入较上年决算数减少358.94万元,
                # 下降61.7%": a reason's change is its own item's, whose figure is not printed
                return [], False
            certain = not _ADJUSTED.search(doc.text[f.clause : change.q.start])
            # "总预算A元,其中:基本支出B元,项目支出C元,同比增加D元": C's or A's change.
            head = next(
                (
                    g
                    for g in s.facts
                    if g.role is _VALUE and g.q.unit.dimension is f.q.unit.dimension
                ),
                None,
            )
            if (
                head is not None
                and head is not f
                and _INTRO.search(doc.text, head.q.end, f.q.start) is not None
            ):
                return [f, head], False
            # "收入决算总额为6754.31万元。其中预算财政拨款3277.62万元,2019年结转3476.69万元,收入决算
            # 总额较2019年增加1122.72万元": the same when the list opens the sentence after its
            # total's (the total is the sentence before's)
            # (a change after a part that names itself, "其中税收收入8103万元,增收1284万元", is most
            # likely the part's: the total's reading is tried too, but the claim stays certain —
            # an error when neither agrees)
            opened = _opened_by_list(doc, s, f)
            if opened is not None:
                named = bool(change.subject and f.subject and _related(change.subject, f.subject))
                return [f, opened], named and certain
            return [f], certain
    if len(change.subject) >= 2:  # (_lookup finds nothing by a shorter name: "乙增加3万元")
        found = _lookup(
            doc,
            change.subject,
            near=change,
            dims=(change.q.unit.dimension,),
            phase="budget" if change.phase == "budget" else "actual",
        )
        if not found and not change.phase:
            # "2024年本部门收入预算7018.511万元,…。收入较上年增加2042.519万元": a change that
            # names no phase, in a budget, is the budget's
            found = [
                f
                for f in _lookup(doc, change.subject, near=change, dims=(change.q.unit.dimension,))
                if f.index < change.index
                and f.sentence >= change.sentence - 3
                and f.q.value > 0  # (a part printed 0 is not what changed)
            ]
        if found and change.q.counter:
            # (a count of another measure word: "中医类医院57043张" is no figure of "中医类医院
            # 增加209.12万人次")
            found = [f for f in found if same_kind_of_count(f.q, change.q)]
        if found:
            # "2022年…运行费用10万元 (budget) … 2021年…7.73万元 … 较上年同期增加2.27万元": the
            # figure of a later year, whatever its phase, is a reading too
            later = _later_year(doc, change, found[:2])
            return found[:2] + later, False
    # "。同比上年度增加…": the figure of the sentence before.
    first = s.facts[0]
    if first.depth:  # (a loop, not next() over a generator: asked of every change)
        for f in s.facts:
            if f.depth == 0:
                first = f
                break
    if first is change or first.role in (_CHANGE, _RATE):
        lead = doc.text[s.start : first.q.start]
        if _COMPARED_LEAD.match(lead) and s.index > 0:
            total = _list_total_before(doc, s)
            if total is not None and total.q.unit.dimension is change.q.unit.dimension:
                return [total], not _ADJUSTED.search(lead)
            prev = doc.sentences[s.index - 1]
            before: list[Fact] = []
            for f in reversed(prev.facts):
                if (
                    f.role is _VALUE
                    and f.q.unit.dimension is change.q.unit.dimension
                    and f.depth == 0
                ):
                    before.append(f)
                    break
            head = _previous_head(doc, s)
            if (
                head is not None
                and head.q.unit.dimension is change.q.unit.dimension
                and head not in before
            ):
                before.append(head)  # "其中…。同口径比2018年减少830万元": the total before the list
            if before:
                return before, len(before) == 1 and not _ADJUSTED.search(lead)
    return [], False


_ADJUSTED = re.compile(r"同口径|可比口径|剔除|扣除")


def _names_own_part(change: Fact) -> bool:
    """ "“三公”经费预算21.8万元,其中公务接待较上年同期减少0.58万元": whether a change's clause opens
    with 其中 and names a part (the change is that part's, not the change of the total before it;
    asked only of a change with a figure before it in its sentence)."""
    return bool(
        change.subject
        and change.subject in change.label
        and change.label.lstrip(",;: ").startswith("其中")
    )


def _unadjusted(doc: Document, s: Sentence, total: Fact) -> Fact | None:
    """The sentence's first figure of the same kind when ``total`` is an adjusted one
    ("同口径完成地方财政收入10,066万元" after "一般公共预算收入8,552万元")."""
    if not _ADJUSTED.search(doc.text, total.clause, total.q.start):
        return None
    return next(
        (
            g
            for g in s.facts
            if g.role is _VALUE
            and g.q.unit.dimension is total.q.unit.dimension
            and g.depth == total.depth
            and g.index < total.index
        ),
        None,
    )


# "剔除疫情防控保障等一次性因素后,为165.61亿元": the words since the figure before say this one is
# that figure restated without some items
_RESTATED = re.compile(r"(?:剔除|扣除)[^,;。\d]{0,24}?(?:因素|影响)后|同口径|可比口径")


def _restated_from(doc: Document, s: Sentence, f: Fact) -> Fact | None:
    """The figure ``f`` restates when the words since the one before it say it is adjusted
    ("…支出168.23亿元,与执行数一致,剔除…一次性因素后,为165.61亿元"): that figure before, of the
    same dimension, in the sentence."""
    earlier = [
        g
        for g in s.facts
        if g.index < f.index and g.role is _VALUE and g.q.unit.dimension is f.q.unit.dimension
    ]
    if not earlier:
        return None
    last = max((g for g in s.facts if g.index < f.index), key=lambda g: g.index)
    if not _RESTATED.search(doc.text, last.q.end, f.q.start):
        return None
    return earlier[-1]


def _later_year(doc: Document, change: Fact, found: list[Fact]) -> list[Fact]:
    """The figure of the change's subject printed for a later year than any of ``found``."""
    years = [_year_of(doc, f) for f in found]
    if any(y is None for y in years):
        return []
    latest = max(y for y in years if y is not None)
    for g in _lookup(doc, change.subject, near=change, dims=(change.q.unit.dimension,), limit=6):
        year = _year_of(doc, g)
        if g not in found and year is not None and year > latest and g.subject == found[0].subject:
            return [g]
    return []


_OPENS_COMPARISON = re.compile(r"[\s,]*(?:同口径)?(?:同比|比|较|与|对比|相比|相较)")
# a sentence opened by a change's verb alone, right before its figure ("减少6万元。")
_BARE_CHANGE_OPENS = re.compile(r"[\s,]*(?:增加|减少|增长|下降|增|减)了?")
_PAREN_OWNER = re.compile(r"\)[^,;:。()]{0,8}$")


def _changes(doc: Document, s: Sentence, out: list[Claim]) -> None:
    for i, f in enumerate(s.facts):
        if len(f.run) > 1:
            continue  # a "respectively" run pairs by position (_respective_changes)
        if f.role is _RATE:
            amount = _paired_amount(doc, s, i)
            if amount is None and i > 0 and s.facts[i - 1].role is _ROLE_PRIOR:
                # "较上年28899万元增长9.9%": the rate of the current figure over the prior.
                level = s.facts[i - 1]
                # (of the prior's kind: "为16956.68元,…在全国31个省…排在第5位,比上年的14976.05元
                # 增长13.23%" is no rate of the 31个)
                current = _value_before(s, i - 1, dims=(level.q.unit.dimension,))
                if (
                    current is not None
                    and same_kind_of_count(current.q, level.q)
                    and _adjacent(doc, level, f, compared=True)
                ):
                    r = Reading(
                        f"{current.q.text} against the printed {level.q.text}",
                        (current.q, level.q),
                        _level_rate,
                    )
                    slip = _slipped_prior(current, level)
                    rate_claim = _make(
                        "change-rate",
                        f,
                        [current, level],
                        # (the slip first: the likelier reading, told when neither agrees)
                        [r] if slip is None else [slip, r],
                        True,
                        "rate",
                    )
                    # (the rate's direction: its verb's, turned by a printed minus as below)
                    way = -f.sign if f.q.value < 0 else f.sign
                    if (
                        rate_claim.status is not _AGREES
                        and way != 0
                        and (current.q.value > level.q.value) != (way > 0)
                        and current.q.value != level.q.value
                    ):
                        # "本年支出568.5万元,较2023年度决算数38.31万元,下降6.31%": a printed prior
                        # the rate's verb goes the other way from may be the change, its verb
                        # (减少) left out: 38.31 / (568.5 + 38.31) = 6.31%. When that reading
                        # agrees, it is the one meant (not certainly: a weak claim).
                        lost = Reading(
                            f"{level.q.text} as the change (its verb left out)",
                            (level.q, current.q),
                            change_rate(way),
                        )
                        as_change = _make("change-rate", f, [level, current], [lost], False, "rate")
                        if as_change.status is _AGREES:
                            rate_claim = as_change
                    _mark_slip(rate_claim, [slip], level)
                    out.append(rate_claim)
                continue
            if amount is None and i > 1 and _from_to_rate(doc, s, i, f, out):
                continue  # "由上年的17916.00元增加到21360.17元,增长19.22%"
            if amount is None and _two_year_rate(doc, s, i, f, out):
                continue  # "2016年预算比2015年预算下降68.8%": a year on year rate of budgets
            if amount is None and (after := _change_after_rate(doc, s, i)) is not None:
                # "…预算安排8万元,较2021年预算下降42.86%。减少6万元。"
                value = s.facts[i - 1]
                out.append(
                    _make(
                        "change-rate",
                        f,
                        [after, value],
                        [_rate_of_change(after, value, after.sign)],
                        True,
                        "change / prior × 100",
                    )
                )
                continue
            if amount is None and f.basis is _BASIS_PRIOR:
                if not _restated_rate(doc, s, i, f, out):
                    _year_before_rate(doc, s, i, f, out)
                continue
            if amount is None or amount.q.unit.dimension is _ZERO or f.q.unit.dimension is _POINTS:
                # ("成本费用总额增速低于收入增速0.2个百分点,…同比减少了0.2元": a gap between two
                # rates, in points, is no rate of an amount)
                continue
            # "同比减收48.9亿元,增长-10.3%": a rate printed negative after 增长 is a fall; after
            # 下降 ("减少518,378.24元,下降-81.75%") the minus says the fall once more
            rate_sign = (-f.sign if f.sign > 0 else f.sign) if f.q.value < 0 else f.sign
            if amount.sign and rate_sign and amount.sign != rate_sign:
                out.append(_direction(doc, f, amount))
                continue
            sign = amount.sign or rate_sign
            currents, strong = _currents(doc, s, i, amount)
            if not currents and not any(g.role is _VALUE for g in _upto(s.facts, i)):
                # "…非税收入累计完成25.51亿元,…。…上半年非税收入同比增收1.63亿元,增长6.8%": a
                # sentence of a change and its rate only, its figure the one of the same name in
                # the sentences just before (a weak reading)
                currents, strong = _named_before(doc, s, amount), False
            if amount.basis is _BASIS_BUDGET and currents and currents[0].phase == "budget":
                # "支出数为2,574.69万元,预算数为9,564.38万元,…支出数比预算数减少6989.69万元,下降率
                # 为73.08%": the actual figure's change against its budget
                # (an adjusted budget against the first, "调整预算…比人代会预算数增加", keeps
                # its own)
                actual = _actual_before(s, amount)
                currents = [actual] if actual is not None else currents
            # "2016年预算8万元,2015年预算12.5万元;对比减少4.35万元;减少率35.22%": a prior
            # printed is the base; the one the change implies (8 + 4.35) is a reading only when
            # none is printed (the change's own error is the difference's finding).
            prior = _printed_prior(s, amount)
            if prior is not None and currents and _implausible_prior(prior, currents[0], amount):
                # "2020年度收、支总计424.71万元。与2019498.83万元相比,…增加74.12万元,增长14.86%":
                # a printed prior a hundred times off the figure and its change (a year run into
                # it) is no reading; the prior the change implies is
                prior = None
            readings = [_rate_of_change(amount, c, sign) for c in currents] if prior is None else []
            if prior is None:
                # the change read in 万元 first: a unit slip is the likelier reading, and the one
                # reported when neither agrees ("减少51.48元,减少11.02%" beside 520.52万元: 9.00%,
                # not 0.00%)
                slipped = [_slipped_rate(amount, c, sign) for c in currents]
                slipped_currents = [_slipped_current(amount, c, sign) for c in currents]
                readings = [r for r in slipped + slipped_currents if r is not None] + readings
            if prior is not None:
                readings.append(
                    Reading(
                        f"change against the printed {prior.q.text}",
                        (amount.q, prior.q),
                        ratio_percent,
                        note=prior.q.text,
                    )
                )
                for c in currents[:1]:
                    readings.append(
                        Reading(
                            f"{c.q.text} against the printed {prior.q.text}",
                            (c.q, prior.q),
                            _level_rate,
                        )
                    )
            if not readings:
                continue
            inputs = [amount, *currents] + ([prior] if prior else [])
            claim = _make(
                "change-rate",
                f,
                inputs,
                readings,
                strong or prior is not None,
                "change / prior × 100",
            )
            if (
                prior is None
                and claim.status is not _AGREES
                and (
                    # "固定资产投资完成17亿元,超额完成年度任务2.1亿元,增长20.6%": a bare rate after
                    # a change against the budget (超收, 超额完成…任务) is the year-on-year growth,
                    # of a prior not printed
                    (amount.basis is _BASIS_BUDGET and f.basis is not _BASIS_BUDGET)
                    # "支出总额为378558万元,剔除新增债券等因素,比上年同口径增加23123万元,同口径
                    # 增长6.6%": a change of the figure less what is taken out, not printed
                    or (currents and doc.text.find("剔除", currents[0].q.end, amount.q.start) >= 0)
                    # "地区生产总值…达到417亿元,净增110.8亿元,同比增长9.4%": a value added's growth
                    # is at comparable prices, its change at current prices
                    or (currents and _at_comparable_prices(doc, currents[0], f))
                )
            ):
                continue  # (read only when it agrees as the printed figures' rate)
            if prior is None:
                _mark_slip(claim, slipped, amount)
                for c, as_meant in zip(currents, slipped_currents, strict=True):
                    _mark_slip(claim, [as_meant], c)
            out.append(claim)
        elif f.role is _CHANGE and (f.q.unit.is_money or f.q.unit.dimension is _COUNT):
            if f.q.unit.is_money:
                prior = _printed_prior(s, f)
                if prior is not None and _a_reasons(doc, prior, f):
                    prior = None
                moved = (
                    _moved_after(doc, s, i) or _adjusted_between(s, i) if prior is None else None
                )
            else:
                # a count's change only beside both levels it moved between ("从100家增加到
                # 120家,增加20家"): a count has no figure of its name to look up elsewhere
                moved = _moved_after(doc, s, i) or _moved_before(doc, s, i)
                prior = None
            if moved is not None:
                prior = moved[0]
            if prior is not None:
                currents, _ = ([moved[1]], True) if moved is not None else _currents(doc, s, i, f)
                certain = True
                if not currents:
                    # "…年初预算数3173.17万元,其中,…。收入较2019年预算2471.22万元增加701.95万元": a
                    # sentence of a prior and a change only, its figure the sentence before's head
                    currents, certain = _head_before(doc, s, prior), False
                if currents and _implausible_prior(prior, currents[0], f):
                    currents = []  # (see the rate's: a printed prior a hundred times off)
                if currents:
                    c = currents[0]
                    signs = (1, -1) if f.sign < 0 else (-1, 1)
                    # "编列50.48亿,包括…32.91亿元,…,较上年度141.68亿元,减少91.2亿元": the list's
                    # last part or its head; two candidates make the reading uncertain
                    readings = [
                        Reading(
                            "printed prior" if k == 0 else f"printed prior, of {g.q.text}",
                            (prior.q, g.q),
                            linear(signs),
                            signs,
                            absolute=False,
                        )
                        for k, g in enumerate(currents)
                    ]
                    claim = _make(
                        "difference",
                        f,
                        [prior, *currents],
                        readings,
                        len(currents) == 1 and certain,
                        _difference_relation(f),
                    )
                    if claim.status is _DISAGREES and claim.verdict.computed is not None:
                        flipped = Reading(
                            "the other way",
                            (prior.q, c.q),
                            linear((-signs[0], -signs[1])),
                            (-signs[0], -signs[1]),
                            absolute=False,
                        )
                        if judge([flipped], f.q).status is _AGREES:
                            claim.kind = "change-direction"
                    out.append(claim)
            elif f.basis is _BASIS_BUDGET:
                currents, _ = _currents(doc, s, i, f)
                if not currents:
                    continue
                c = currents[0]
                if c.phase == "budget":
                    # "支出数为2,574.69万元,预算数为9,564.38万元,…支出数比预算数减少6989.69万元":
                    # the actual figure's change against the budget printed after it
                    actual = _actual_before(s, f)
                    if actual is None:
                        # "(二)…支出预算78.7万元,比2023年预算减少7.3万元": a budget against a budget
                        # (another year's) is no budget − actual
                        continue
                    c = actual
                # "预算数3786.71万元,…决算数4610.19万元,增加823.48万元": a bare change is against
                # the budget its own sentence printed before the actual figure
                bare = bare_change(f.label) and not f.explicit
                budgets = (
                    [] if bare else _lookup(doc, c.subject, near=c, dims=(_MONEY,), phase="budget")
                )
                at = _position(s, c)
                if not budgets and (f.gap or bare) and at is not None:
                    # "年初预算为676.59万元,支出决算为405.71万元,决算数小于年初预算数…": the
                    # budget printed before the actual figure in the sentence, whatever its name
                    # (a gap to a target, "超任务1万元", is against the figure named as one: "收入
                    # 计划42000万元,全年实际完成42001万元,…,超任务1万元")
                    planned = f.gap and _PLANNED.search(f.label) is not None
                    budget = next(
                        (
                            g
                            for g in _back(s.facts, at)
                            if g.role is _VALUE
                            and g.q.unit.is_money
                            and (
                                g.phase == "budget"
                                or (planned and _PLANNED.search(g.label) is not None)
                            )
                        ),
                        None,
                    )
                    budgets = [] if budget is None else [budget]
                if not budgets and at is not None:
                    # "收入46900万元,完成预算46508万元的100.8%,超收392万元": the budget of a
                    # completion printed between the figure and its change
                    budgets = [
                        g
                        for g in s.facts[at + 1 : i]
                        if g.role is _ROLE_BASE and g.q.unit.is_money and g.depth == c.depth
                    ][-1:]
                readings = []
                for b in budgets[:2]:
                    signs = (1, -1) if f.sign <= 0 else (-1, 1)
                    readings.append(
                        Reading(
                            f"budget {b.q.text}", (b.q, c.q), linear(signs), signs, absolute=False
                        )
                    )
                if readings and ("短收" in f.label or "超收" in f.label):
                    # "1-5月…完成12655万元,占年预算30820万元的41.06%,短收187万元": short of the
                    # budget's share of the months gone (30820 × 5/12 − 12655), as a month's
                    # report counts it, or of the whole
                    months = _elapsed_months(doc, f.q.start)
                    if months is not None and months < 12:
                        signs = (1, -1) if f.sign <= 0 else (-1, 1)
                        readings.append(
                            Reading(
                                f"budget {budgets[0].q.text} × {months}/12",
                                (budgets[0].q, c.q),
                                _progress_gap(months, signs),
                                absolute=False,
                            )
                        )
                if readings and f.gap and _wrong_way(f, c, budgets[0]):
                    # "决算数大于预算数2万元" where 18 < 20: the words contradict the figures
                    said = "大于" if f.sign > 0 else "小于"
                    truth = "小于" if said == "大于" else "大于"
                    verdict = Verdict(_DISAGREES, None, truth, said)
                    out.append(
                        Claim("comparison", f, (c, budgets[0]), (), verdict, True, said, f.clause)
                    )
                elif readings:
                    # (certain when the budget is printed in its sentence, and read one way)
                    same = any(b.sentence == f.sentence for b in budgets[:2]) and not any(
                        "/12" in r.name for r in readings
                    )
                    # 节约/减少 is budget − actual; 超支/增加 is actual − budget
                    relation = "budget − actual" if f.sign <= 0 else "actual − budget"
                    out.append(_make("difference", f, [c, *budgets[:2]], readings, same, relation))
            elif f.basis is _BASIS_PRIOR and f.q.unit.dimension is _MONEY:
                _year_before_difference(doc, s, i, f, out)


_PERIOD_FIRST = re.compile(r"^(?:上半年|下半年|前三季度|[一二三四]季度|全年|当年|本年|今年)")


def _named_before(doc: Document, s: Sentence, change: Fact) -> list[Fact]:
    """The figure a change names, printed in the two sentences before its own in its paragraph
    (the nearest of that name, same dimension, at the change's depth)."""
    name = _PERIOD_FIRST.sub("", change.subject)  # "上半年非税收入" is 非税收入's
    if len(name) < 3 or s.index == 0:
        return []
    lowest = doc.sentences[max(0, s.index - 2)].index
    found = [
        f
        for f in _lookup(doc, name, near=change, dims=(change.q.unit.dimension,), before_only=True)
        if f.role is _VALUE
        and f.sentence >= lowest
        and doc.sentences[f.sentence].paragraph == s.paragraph
        and f.depth == change.depth
        and not f.in_table
        and same_kind_of_count(f.q, change.q)  # (as _currents)
    ]
    return found[:1]


def _actual_before(s: Sentence, change: Fact) -> Fact | None:
    """The last figure of money at the actual phase before a change, at its depth."""
    for g in _back(s.facts, s.facts.index(change)):
        if (
            g.role is _VALUE
            and g.q.unit.is_money
            and g.phase == "actual"
            and g.depth == change.depth
        ):
            return g
    return None


def _wrong_way(gap: Fact, actual: Fact, budget: Fact) -> bool:
    """Whether a gap said in words ("大于", "小于") points away from the two figures."""
    a, b = actual.q.base, budget.q.base
    return (gap.sign > 0 and a < b) or (gap.sign < 0 and a > b)


def _respective_changes(doc: Document, s: Sentence, out: list[Claim]) -> None:
    """ "收、支总计各是4125.49,4143.91万元。与2021年相比,收、支总计各减少1267.86,2570.97万元,
    各下降23.51%、38.28%": runs of figures, changes and rates opened by 分别/各 pair by
    position; each rate is its change over its figure's prior (the figure ∓ the change)."""
    for k, head in enumerate(s.facts):
        if head.role is not _CHANGE or not head.q.unit.is_money or not head.run:
            continue
        changes = head.run
        if changes[0] is not head:
            continue
        n = len(changes)
        last = s.facts.index(changes[-1])
        rates = next(
            (
                f.run
                for f in _after(s.facts, last + 1)
                if f.role is _RATE and f.run and f.run[0] is f and len(f.run) == n
            ),
            None,
        )
        earlier = [*(doc.sentences[s.index - 1].facts if s.index > 0 else []), *s.facts[:k]]
        values = next(
            (
                f.run
                for f in reversed(earlier)
                if f.role is _VALUE
                and f.q.unit.is_money
                and f.run
                and f.run[0] is f
                and len(f.run) == n
                and f.depth == head.depth
            ),
            None,
        )
        if values is None and rates is not None:
            values = _named_values(earlier, head, n)
        if rates is None or values is None:
            continue
        for value, change, rate in zip(values, changes, rates, strict=True):
            r = _rate_of_change(change, value, change.sign or rate.sign)
            out.append(
                _make("change-rate", rate, [change, value], [r], True, "change / prior × 100")
            )


def _joined(doc: Document, facts: Sequence[Fact]) -> bool:
    """Whether figures follow one another joined by 、 alone (each named between)."""
    text = doc.text
    for a, b in itertools.pairwise(facts):
        gap = text[a.q.end : b.q.start]
        if not gap.startswith("、") or any(c in gap for c in ",;:。"):
            return False
    return True


def _named_values(earlier: list[Fact], head: Fact, n: int) -> list[Fact] | None:
    """ "收入总计7562.45万元,支出总计6632.48万元,…,收入、支出总计各增加1412.7万元、2062.79万元": the
    figures the names of a run of changes (joined by 、) name, one each, printed before it and
    not as a run of their own; None unless every name has one."""
    names = head.subject.split("、")
    if len(names) != n:
        return None
    found: list[Fact] = []
    for name in names:
        match = next(
            (
                f
                for f in reversed(earlier)
                if f.role is _VALUE
                and f.q.unit.is_money
                and f.depth == head.depth
                and not f.run
                and f.subject
                and f.subject == name
            ),
            None,
        )
        if match is None or match in found:
            return None
        found.append(match)
    return found


def _rates_after_changes(doc: Document, s: Sentence, out: list[Claim]) -> None:
    """ "收入减少84.55、支出总计减少99.6万元,分别下降18%、21.6%": a run of rates opened by 分别/各
    right after as many changes, each with its own verb, joined by 、 or a comma: each rate is its
    change's over the prior it implies for the figure of that change's subject printed before
    (a weak reading)."""
    facts = s.facts
    for k, rate in enumerate(facts):
        if rate.role is not _RATE or not rate.run or rate.run[0] is not rate:
            continue
        n = len(rate.run)
        if k < n or any(g.run for g in facts[k - n : k]):
            continue  # (a run of changes opened by 分别 is _respective_changes')
        changes = facts[k - n : k]
        # "存款余额9044.9亿元、比年初增加975.3亿元,…贷款余额7163.0亿元、比年初增加752.7亿元,存、贷款
        # 余额较年初分别增长12.1%、11.7%": each change right after its own figure
        paired = (
            _figures_with_changes(doc, facts[max(0, k - 2 * n) : k], rate) if k >= 2 * n else []
        )
        if paired:
            changes = [c for c, _ in paired]
        elif not all(
            g.role is _CHANGE and g.q.unit.is_money and g.depth == rate.depth and g.subject
            for g in changes
        ) or any(
            _CHANGES_JOINED.fullmatch(doc.text, a.q.end, b.q.start) is None
            for a, b in itertools.pairwise(changes)
        ):
            continue
        by_position: list[Fact] | None = None
        for j, (change, r_fact) in enumerate(zip(changes, rate.run, strict=True)):
            currents = (
                [paired[j][1]]
                if paired
                else [
                    g
                    for g in _lookup(
                        doc, change.subject, near=change, dims=(_MONEY,), before_only=True
                    )
                    if g.role is _VALUE and g.subject == change.subject and g.index < change.index
                ]
            )
            if not currents and not paired:
                # "2020年度收入476.17、支总计460.06万元。…收入减少84.55、支出总计减少99.6万元,
                # 分别下降18%、21.6%": the figures joined by 、 right before the changes, in
                # their order (the first of the same name), when a name is misprinted (支总计)
                if by_position is None:
                    by_position = _joined_before(doc, s, changes)
                currents = by_position[j : j + 1]
            if not currents:
                continue
            r = _rate_of_change(change, currents[-1], change.sign or r_fact.sign)
            out.append(
                _make(
                    "change-rate",
                    r_fact,
                    [change, currents[-1]],
                    [r],
                    False,
                    "change / prior × 100",
                )
            )


def _joined_before(doc: Document, s: Sentence, changes: Sequence[Fact]) -> list[Fact]:
    """The figures a run of changes pairs with by position: as many amounts, joined by 、 alone,
    printed last before the first change (in its sentence or the one before), the first of the
    first change's name; else none."""
    n = len(changes)
    first = changes[0]
    earlier = [
        *(doc.sentences[s.index - 1].facts if s.index > 0 else []),
        *_upto(s.facts, s.facts.index(first)),
    ]
    values = [
        g for g in earlier if g.depth == first.depth and g.role is _VALUE and g.q.unit.is_money
    ][-n:]
    if len(values) < n or values[0].subject != first.subject or not _joined(doc, values):
        return []
    return values


def _figures_with_changes(
    doc: Document, window: Sequence[Fact], rate: Fact
) -> list[tuple[Fact, Fact]]:
    """(change, figure) pairs when ``window`` is figures each followed at once by its change
    ("A9044.9亿元、比年初增加975.3亿元,B7163.0亿元、比年初增加752.7亿元"), else none."""
    pairs = []
    for j in range(0, len(window) - 1, 2):
        value, change = window[j], window[j + 1]
        if not (
            value.role is _VALUE
            and value.is_amount
            and change.role is _CHANGE
            and change.q.unit.is_money
            and value.depth == change.depth == rate.depth
            and _adjacent(doc, value, change)
        ):
            return []
        pairs.append((change, value))
    return pairs


# "…减少84.55、支出总计减少99.6万元": 、 (or a comma: "收入总计减少84.55万元,支出总计减少99.6万元,
# 分别下降15%和17.8%") and the next change's name and verb
_CHANGES_JOINED = re.compile(r"[、,][^,;。\d]{1,16}")


# a year as a figure's sentence names it: four digits (the last four of a longer number), or a
# year of the Republic of China calendar, 100–119 ("113年度", "115年"; 1911 years later by the
# Gregorian), not the end of a longer number
_YEAR_NAMED = re.compile(r"(?:(\d{4})|(?<![\d.])(1[01]\d))年")
_ROC_YEAR_ZERO = 1911


def _year_in(match: re.Match[str]) -> int:
    """The Gregorian year of a match of _YEAR_NAMED."""
    if match.group(1) is not None:
        return int(match.group(1))
    return int(match.group(2)) + _ROC_YEAR_ZERO


def _years_in(text: str, start: int = 0, end: int | None = None) -> list[int]:
    """The years ``text`` names between ``start`` and ``end``, in order (Gregorian)."""
    found = _YEAR_NAMED.finditer(text, start, len(text) if end is None else end)
    return [_year_in(m) for m in found]


def _year_of(doc: Document, f: Fact) -> int | None:
    """The last year named in a figure's sentence before it ("2021年度…公务接待12.39万元",
    "113年度歲出編列193億6千萬元"), or, for a table's figure, in its row's label ("2015年 |
    2840 | 90")."""
    if f.in_table:
        years = _years_in(f.label)
        return years[-1] if years else None
    s = doc.sentences[f.sentence]
    ends, years = _years_named(doc, s)
    # the last that ends by the figure's start (bisected: a sentence of many figures is not
    # read from its start again for each)
    k = bisect.bisect_right(ends, f.q.start)
    if k:
        return years[k - 1]
    # "…2016年…决算数2364万元,…。分项情况是:…经费12万元": the paragraph's year before it.
    for j in range(s.index - 1, max(-1, s.index - 4), -1):
        before = doc.sentences[j]
        if before.paragraph != s.paragraph:
            break
        _, years = _years_named(doc, before)
        if years:
            return years[-1]
    return None


def _years_named(doc: Document, s: Sentence) -> tuple[list[int], list[int]]:
    """Where a sentence's named years end ("2021年"), in order, and the years (found once per
    sentence, for the sentences asked about). Two matches of _YEAR_NAMED cannot overlap, so
    their ends are in order."""
    memo = cast("dict[int, tuple[list[int], list[int]]] | None", doc.memo.get("years named"))
    if memo is None:
        memo = doc.memo["years named"] = {}
    found = memo.get(s.index)
    if found is None:
        matches = list(_YEAR_NAMED.finditer(doc.text, s.start, s.end))
        found = memo[s.index] = ([m.end() for m in matches], [_year_in(m) for m in matches])
    return found


def _year_before_difference(
    doc: Document, s: Sentence, i: int, change: Fact, out: list[Claim]
) -> None:
    """A change on the year before whose two years are printed in other sentences ("2022年…公务
    接待11.8万元" and "2021年…公务接待12.39万元", then "公务接待较上年减少0.58万元"): the change
    is their difference. An inferred reading, so a disagreement is a warning."""
    currents, _ = _currents(doc, s, i, change)
    if not currents:
        return  # (no figure the change is of: most changes on the year before have none)
    pair = None
    # "2024年…执行数2010.95万元,2025年…预算数2005.41万元,较上年预算数减少94.91万元": a change on
    # the year before's budget is no difference from its actual figure
    compared = canonical(change.label)[1] if "预算" in change.label else ""
    # the latest year that has the year before printed too
    for current in sorted(currents, key=lambda f: -(_year_of(doc, f) or 0)):
        year = _year_of(doc, current)
        if year is None or not current.subject:
            continue
        pool = _lookup(doc, current.subject, near=current, dims=(_MONEY,), limit=8)
        if change.subject and change.subject != current.subject:
            # "鄂城区2022年的三公经费…1000.86万" and "2021年的三公经费…807.95万", then "2022年
            # 三公经费…较上年增加": the change names what both name
            pool += _lookup(doc, change.subject, near=current, dims=(_MONEY,), limit=8)
        priors = [
            g
            for g in pool
            if g is not current
            and g.q.base != current.q.base  # the figure restated ("…6.96万元,…较2015年…")
            and _named_alike(g.subject, current.subject)
            and _year_of(doc, g) == year - 1
            and not (compared and g.phase and g.phase != compared)
            # (not a bare figure in brackets, the figure of the name before its bracket:
            # "…增加了6.62亿元,…反超了南平市(113.37亿元)")
            and not (g.depth and not g.label.strip())
        ]
        if priors:
            pair = current, priors[0], year
            break
    if pair is None:
        return
    current, prior, year = pair
    signs = (1, -1) if change.sign < 0 else (-1, 1)
    r = Reading(
        f"{year - 1}年 {prior.q.text}", (prior.q, current.q), linear(signs), signs, absolute=False
    )
    out.append(
        _make("difference", change, [current, prior], [r], False, _difference_relation(change))
    )


def _named_alike(a: str, b: str) -> bool:
    """Whether two subjects name one thing, one with its body's name before it ("鄂城区三公费"
    and "三公费")."""
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    if not (len(short) >= 3 and long.endswith(short)):
        return False
    # "政府性基金预算财政拨款收入" is one fund's part of "财政拨款收入", not the body's figure
    return _FUND.search(long, 0, len(long) - len(short)) is None


def _difference_relation(change: Fact) -> str:
    """What a change printed beside its prior is: a decrease is prior − current, an increase
    current − prior (both are read as a positive amount)."""
    return "prior − current" if change.sign < 0 else "current − prior"


_YEAR_BEFORE_WORDS = re.compile(r"上年|去年|上一年")


def _year_before_rate(doc: Document, s: Sentence, i: int, rate: Fact, out: list[Claim]) -> None:
    """A rate on a year whose figure is printed in another sentence and no change amount
    ("2011年…公务用车购置及运行费1205.06万元(较2010年压缩2%)" with "2010年…1229.65万元" before):
    the rate of the two figures. An inferred reading, so a disagreement is a warning."""
    current = _value_before(s, i)
    if current is None or not current.subject:
        return
    clause = doc.text[rate.clause : rate.q.start]
    named = _years_in(clause)
    year = _year_of(doc, current)
    if named:
        prior_year = named[-1]
    elif year is not None and _YEAR_BEFORE_WORDS.search(clause):
        prior_year = year - 1
    else:
        return
    if year is not None and prior_year >= year:
        return
    dims = (current.q.unit.dimension, _BARE)
    pool = _lookup(doc, current.subject, near=current, dims=dims, limit=8)
    # "衢江区…三公费" against a table's 三公费 column: the longest suffix a table names.
    for k in range(1, len(current.subject) - 2):
        if any(g.in_table for g in pool):
            break
        pool += [
            g
            for g in _lookup(doc, current.subject[k:], near=current, dims=dims, limit=8)
            if g.in_table and g.subject == current.subject[k:]
        ]
    priors = [
        g
        for g in pool
        if g is not current
        and (g.subject == current.subject or (g.in_table and current.subject.endswith(g.subject)))
        and _year_of(doc, g) == prior_year
        and (g.q.unit.dimension is current.q.unit.dimension or g.in_table)
    ]
    if not priors:
        return
    prior = priors[0]
    level = prior.q
    if level.dimension is _BARE:
        # A table printed without its unit, beside prose in one: the same unit (inferred).
        level = attrs.evolve(level, unit=current.q.unit, assumed=True)
    r = Reading(f"{prior_year}年 {prior.q.text}", (current.q, level), _level_rate)
    out.append(_make("change-rate", rate, [current, prior], [r], False, "rate"))


# "2016年预算比2015年预算下降68.8%": the two years the rate is between.
_TWO_YEARS = re.compile(r"(\d{4})年[^,;。]{0,12}?(?:比|较|与)(\d{4})年")


def _two_year_rate(doc: Document, s: Sentence, i: int, rate: Fact, out: list[Claim]) -> bool:
    """A rate between two named years ("…预算数50万元,…。2015年预算数160万元, 2016年预算比
    2015年预算下降68.8%"): the prior is the figure labelled with the earlier year, the current
    the nearest other figure before it (in this sentence or the one before, same paragraph)."""
    m = _TWO_YEARS.search(doc.text, rate.clause, rate.q.start)
    if m is None:
        return False
    year, prior_year = int(m.group(1)), int(m.group(2))
    if prior_year >= year:
        return False
    pool = [g for g in s.facts[:i] if g.role in (_VALUE, _ROLE_PRIOR) and g.depth == 0]
    if s.index > 0 and doc.sentences[s.index - 1].paragraph == s.paragraph:
        prev = doc.sentences[s.index - 1].facts
        pool = [g for g in prev if g.role in (_VALUE, _ROLE_PRIOR) and g.depth == 0] + pool
    pool = [g for g in pool if g.q.unit.dimension is rate.q.unit.dimension or g.q.unit.is_money]
    labelled = [g for g in pool if _years_in(g.label)[-1:] == [prior_year]]
    if not labelled:
        return False
    prior = labelled[-1]
    others = [
        g
        for g in pool
        if g is not prior and g.q.unit is prior.q.unit and _years_in(g.label)[-1:] in ([], [year])
    ]
    if not others:
        return False
    current = others[-1]
    r = Reading(
        f"{year}年 {current.q.text} against {prior_year}年 {prior.q.text}",
        (current.q, prior.q),
        _level_rate,
    )
    out.append(_make("change-rate", rate, [current, prior], [r], False, "rate"))
    return True


def _level_rate(values: Sequence[Decimal]) -> Decimal | None:
    """100 × (current − prior) / prior, from two printed levels."""
    current, prior = values
    if prior <= 0:
        return None
    return _CTX.multiply(_CTX.divide(_CTX.subtract(current, prior), prior), 100)


def _printed_prior(s: Sentence, change: Fact) -> Fact | None:
    k = s.facts.index(change)
    for j in range(k - 1, -1, -1):
        f = s.facts[j]
        if f.role is _ROLE_PRIOR:
            if change.subject and f.subject and f.subject != change.subject:
                # "…2022年度收入总计400.22万元,支出总计410.22万元,与2022年度相比,收入总计增加
                # 52.91万元": the prior of the change's own name, printed with the year's others
                named = _same_name_before(s.facts, j, change, _ROLE_PRIOR)
                if named is not None:
                    return named
            return f
        if f.role is _RATE and j == k - 1 and f.sign == change.sign != 0:
            # "较上年同期110374万元下降9.5%,减收10479万元": the rate of the same comparison,
            # printed before its amount
            continue
        if f.role in (_CHANGE, _RATE):
            return None
    return None


def _back(facts: Sequence[Fact], end: int) -> Iterator[Fact]:
    """``facts[end - 1]``, ``facts[end - 2]``, …, ``facts[0]``: ``reversed(facts[:end])`` without
    the copy. A reader that walks back from a figure and stops at the first it wants stays
    linear in a long sentence or document; the copy of everything before each figure did not
    (``_carried_balances`` copied the document's figures before each 年末 one: 3.6 s/MB at
    1.6 MB of "年末结转和结余100万元。")."""
    # (the positions of the slice, as the slice takes them: a range sliced as the list would be,
    # clamped to its length and counted from its end when negative, made without a copy)
    return map(facts.__getitem__, reversed(range(len(facts))[:end]))


def _after(facts: Sequence[Fact], start: int) -> Iterator[Fact]:
    """``facts[start]``, ``facts[start + 1]``, …: ``iter(facts[start:])`` without the copy, for a
    reader that stops at the first figure it wants (see :func:`_back`)."""
    return map(facts.__getitem__, range(len(facts))[start:])


def _upto(facts: Sequence[Fact], end: int) -> Iterator[Fact]:
    """``facts[0]``, …, ``facts[end - 1]``: ``iter(facts[:end])`` without the copy, for a reader
    that stops at the first figure it wants (see :func:`_back`)."""
    return map(facts.__getitem__, range(len(facts))[:end])


def _within(facts: Sequence[Fact], start: int, end: int) -> Iterator[Fact]:
    """``iter(facts[start:end])`` without the copy (see :func:`_back`)."""
    return map(facts.__getitem__, range(len(facts))[start:end])


def _position(s: Sentence, f: Fact) -> int | None:
    """Where ``f`` stands among ``s.facts`` (None if it is not one of them): a sentence's facts
    are consecutive in the document's, so their indices differ by their positions (not
    ``s.facts.index(f)``, a scan of the sentence for each figure asked about)."""
    if not s.facts:
        return None
    k = f.index - s.facts[0].index
    return k if 0 <= k < len(s.facts) and s.facts[k] is f else None


def _same_name_before(facts: Sequence[Fact], end: int, change: Fact, role: Role) -> Fact | None:
    """The last figure of ``facts[:end]`` in ``role``, of the change's dimension and depth, named
    exactly as the change is, among figures of that role only (a change or a rate between ends
    the search: it is another item's)."""
    for g in _back(facts, end):
        if g.role is _CHANGE or g.role is _RATE:
            return None
        if (
            g.role is role
            and g.subject == change.subject
            and g.depth == change.depth
            and g.q.unit.dimension is change.q.unit.dimension
        ):
            return g
    return None


def _moved_after(doc: Document, s: Sentence, i: int) -> tuple[Fact, Fact] | None:
    """ "外汇基金总资产增加704亿元,由年底的40810亿元增加至41514亿元": a change stated first, then
    the level it moved from (after 由 or 从) and the one it moved to: that prior and level."""
    if i + 2 >= len(s.facts):
        return None
    change, prior, level = s.facts[i], s.facts[i + 1], s.facts[i + 2]
    if (
        not _level_pair(change, prior, level)
        or level.q.unit.dimension is not prior.q.unit.dimension
        or _FROM_CLAUSE.fullmatch(doc.text, change.q.end, prior.q.start) is None
    ):
        return None
    return prior, level


# the figure a budget was adjusted to, named so ("调整后预算数为", "调整后为", "调整为")
_ADJUSTED_LEVEL = re.compile(r"[\s,]*调整(?:后|为)(?:的)?(?:预算)?(?:数)?(?:为|是)?")


def _adjusted_between(s: Sentence, i: int) -> tuple[Fact, Fact] | None:
    """ "年初预算财政总收入为369,936万元,调增25,831万元,调整后预算数为395,767万元": an
    adjustment (调增, 调减) between a budget printed right before it and the adjusted figure
    printed right after it: that budget and the adjusted one."""
    if i == 0 or i + 1 >= len(s.facts):
        return None
    change, budget, adjusted = s.facts[i], s.facts[i - 1], s.facts[i + 1]
    if (
        budget.role is not _VALUE
        or adjusted.role is not _VALUE
        or budget.phase != "budget"
        or not change.depth == budget.depth == adjusted.depth
        or not budget.q.unit is change.q.unit is adjusted.q.unit
        or _ADJUSTING.search(change.label) is None
        or _ADJUSTED_LEVEL.fullmatch(adjusted.label) is None
    ):
        return None
    return budget, adjusted


def _moved_before(doc: Document, s: Sentence, i: int) -> tuple[Fact, Fact] | None:
    """ "部门从100家增加到120家,增加20家": the levels a change moved between, printed right
    before it (the level it moved to named by LEVEL_VERBS): that prior and level."""
    if i < 2:
        return None
    prior, level, change = s.facts[i - 2], s.facts[i - 1], s.facts[i]
    if not _level_pair(change, prior, level) or not prior.q.unit is level.q.unit is change.q.unit:
        return None
    return prior, level


def _level_pair(change: Fact, prior: Fact, level: Fact) -> bool:
    """Whether ``prior`` and ``level`` are the two levels a move was printed between (the one
    it moved from, the one named by LEVEL_VERBS it moved to), at ``change``'s depth."""
    return (
        prior.role is _ROLE_PRIOR
        and level.role is _VALUE
        and change.depth == prior.depth == level.depth
        and _TO_NEW_LEVEL.search(level.label) is not None
    )


def _direction(doc: Document, rate: Fact, amount: Fact) -> Claim:
    verdict = Verdict(_DISAGREES, None, None, "directions")
    return Claim(
        "change-direction",
        rate,
        (amount,),
        (),
        verdict,
        True,
        "增加/减少 and 增长/下降 point the same way",
        min(rate.q.start, amount.q.start),
    )


# ----------------------------------------------------------------------------------------------
# Shares: "X万元,占Y的Z%"


_GENERIC = ("", "比", "总", "合计", "总额", "总支出", "总收入", "年度总支出", "本年支出合计")


def _sibling_names(a: str, b: str) -> bool:
    """Whether names ``a`` and ``b`` end alike (three characters at least: two, "收入", "支出",
    say too little, as for _items_suffix) but differ before that: two kinds of one thing
    ("第一产业就业人员", "第二产业就业人员"; "城镇就业人员")."""
    if not a or not b or a == b:
        return False
    k = 0
    while k < min(len(a), len(b)) and a[-1 - k] == b[-1 - k]:
        k += 1
    return 3 <= k < min(len(a), len(b))


def _numerator(doc: Document, s: Sentence, i: int) -> Fact | None:
    """The amount a share is a share of: the figure before it, or, when the share's own clause
    names its subject ("税收收入占…的57.7%"), the figure of that subject."""
    share = s.facts[i]
    if i + 1 < len(s.facts):
        nxt = s.facts[i + 1]
        if (
            nxt.role is _VALUE
            and nxt.is_amount
            and nxt.depth == share.depth
            and _AMOUNT_AFTER_SHARE.fullmatch(nxt.label) is not None
        ):
            # "…建设占比48.9%,达到了3784万元": the amount the share is of, printed after it
            return nxt
    at = doc.text.rfind("占", share.clause, share.q.start)
    own = doc.text[share.clause : at] if at > share.clause else ""
    own = own.strip(" ,;:")
    # ("税占比为40.2%": 税 alone names the taxes, 税收)
    own = SHORT_SUBJECTS.get(own, own)
    if len(own) >= 2 and not any(c.isdigit() for c in own):
        subject, _ = canonical(own)
        if subject and subject not in ("其中", "分别"):
            # "…其中:在职76.88万人、退休38.42万人,退休人员占总参保人数比例为33.32%": a figure of
            # the sentence named by the name's beginning (退休 of 退休人员) is the one it names, not
            # a figure named in full some paragraphs on ("参加统筹的离退休人员38.62万人")
            short = [
                f
                for f in s.facts[max(0, i - _VALUE_REACH) : i]  # (bounded: a long run stays linear)
                if f.role is _VALUE
                and f.is_amount
                and len(f.subject) >= 2
                and subject.startswith(f.subject)
                and subject != f.subject
            ]
            if len(short) == 1:
                return short[0]
            found = _lookup(doc, subject, near=share, dims=(_MONEY, _COUNT))
            # (a figure of that name, not one in brackets of another sentence: "…共计220,571万元
            # (…,保基本民生支出52,409万元)。民生支出占…的85%" names no figure printed)
            found = [
                f
                for f in found
                if f.subject.endswith(subject)
                and (f.depth <= share.depth or f.sentence == share.sentence)
            ]
            if found:
                return found[0]
            # "其中税收收入142455万元,非税收入8659万元,税收占比94.3%": the name short of its last
            # word, the figure of the sentence whose name begins with it (not 非税收入)
            begun = [
                f
                for f in s.facts[:i]
                if f.role is _VALUE and f.is_amount and f.subject.startswith(subject)
            ]
            if len(begun) == 1:
                return begun[0]
            if own.startswith("其中"):
                # "岁出核列1787亿元,其中以教育科学文化支出占岁出总额34.40%最高": a part named after
                # 其中 with no figure printed; the figure before the 其中 is its whole, not it
                return None
            if share.depth or doc.text.startswith("中,", share.clause - 2):
                before = _value_before(s, i)
                if before is not None and not _related(before.subject, subject):
                    # "一般公共预算收入实现8.5亿元,…(非税占比为21%)", "提取额347.60亿元,…;提取金额
                    # 中,住房类消费提取占比达到了81.93%": a share in brackets, or after its whole
                    # named (…中,), that names another thing than the figure before it, whose
                    # own figure is not printed
                    return None
                return before
            before = _value_before(s, i)
            if (
                before is not None
                and _GROUP_SHARE.search(subject) is not None
                and not _related(before.subject, subject)
            ):
                # "…机械制造12户实现产值17.69亿元,同比增长6.48%,主导产业产值占比65.92%": a share of
                # a group of the items (主导产业, 特色产业) not printed is no share of the last item
                return None
            if before is not None and _sibling_names(before.subject, subject):
                # "…其中第一产业就业人员60万人,占40%;第二产业就业人员占25.2%": a share that names a
                # sibling of the figure before it (a name alike but for its first words), whose
                # own figure is not printed, is not of that figure
                return None
    before = _value_before(s, i)
    if before is not None and _UNREAD_MEASURE.search(doc.text, before.q.end, share.q.start):
        # "劳动力6470人,占劳动力总数的71%,有耕地面积80公顷,占总面积的98%": a figure of a measure
        # the audit does not read stands between: the share is of that one
        return None
    return before


# a figure of a measure of land, weight, length, volume or power (no quantity the audit reads)
_UNREAD_MEASURE = re.compile(r"\d(?:万|亿)?(?:公顷|亩|平方米|平方公里|吨|公里|千米|立方米|千瓦|㎡)")


# the label of an amount right after a share that is the share's own ("占比48.9%,达到了3784万元")
_AMOUNT_AFTER_SHARE = re.compile(r"\s*[,]?\s*(?:达到了|达到|高达|达|计|共计|为)\s*")
_HEAD_INTRO = re.compile(r"[^,;。]{0,8}?(?:[,:]?(?:" + "|".join(INTRODUCERS) + r")|:)")


def _head(doc: Document, s: Sentence, before: int) -> Fact | None:
    """The head total of a sentence: its first amount, followed by a list introducer or ':'."""
    for f in _upto(s.facts, before):
        if f.role is _VALUE and f.is_amount and f.depth == 0:
            # the 12 characters after it, matched in place (no copy)
            if _HEAD_INTRO.match(doc.text, f.q.end, f.q.end + 12):
                return f
            return None
    return None


def _shares(doc: Document, s: Sentence, out: list[Claim]) -> None:
    facts = s.facts
    run: list[Fact] = []  # a respectively-list of shares: "占…的P、Q和R"
    for i, f in enumerate(facts):
        if f.role is _SHARE and not (run and f in run[0].run):
            run = [f]
        elif (
            run
            and f.role in (_VALUE, _SHARE)
            and f.q.unit.dimension is _PERCENT
            # (占 said again: "分别占96.25%和占3.75%")
            and f.label.strip().removesuffix("占比").removesuffix("占") in _RUN_JOINED
        ):
            f.role = _SHARE
            f.ref = run[0].ref
            run.append(f)
        else:
            if len(run) > 1:
                _respectively(doc, s, run, out)
            run = []
            continue
        if len(run) > 1:
            continue
        if len(f.run) > 1:
            # the first share of a "分别占…的P、Q" run: paired with its amount by position
            # (_respectively), never with the figure just before it (the run's last amount)
            continue
        # (from the clause of the whole when it is printed after 占: "合计占项目支出120万元的80%")
        combined_from = f.base.clause if f.base is not None else f.clause
        if _COMBINED.search(doc.text, combined_from, f.q.start) and _combined_share(doc, s, i, out):
            continue  # "A60万元、B30万元,合计占项目支出的90%": the parts together, or nothing
        if _BENCHMARK_SHARE.search(doc.text, f.clause, f.q.start) is not None:
            continue  # "…,高于全国教育投入占生产总值4%比重的水平": another whole's share
        num = _numerator(doc, s, i)
        if num is not None and num is f.base and i > 0 and facts[i - 1] is num:
            # (a share whose whole is printed before it: its part is named before the whole's
            # 占, or is the value before it)
            num = _numerator(doc, s, i - 1)
            for _ in range(3):
                # "…地方税收12.6亿元,…,占全市各项税收收入26亿元的49%,占全市一般预算收入39亿元的
                # 32.2%": the whole of the share before is no part of this one, both are of 12.6
                k = num.index - facts[0].index if num is not None else -1
                whole_of_one = 0 <= k < i - 1 and facts[k + 1].role is _SHARE
                if not (whole_of_one and facts[k + 1].base is num):
                    break
                num = _numerator(doc, s, k)
        if num is None:
            continue
        _share(doc, s, i, f, num, out)
    if len(run) > 1:
        _respectively(doc, s, run, out)
    _shares_sum(doc, s, out)
    _closed_shares(doc, s, out)


# what a count is of, then 中 and what some of them did: "679家A级旅游景区中已复工开园"
_COUNT_AMONG = re.compile(r"[^,;:。()\d]{1,12}中[^,;:。()\d]{1,12}")
# "常住人口259158人,其中城镇常住人口115223人,城镇化率为44.46%", "检查企业120家,其中合格114家,
# 合格率95%": a rate named right after a 其中 part is the part's share of the figure before it
_PART_RATE = re.compile(r"[,;]?[^,;:。\d]{1,10}率(?:为|是|达到|达)?")


# A count and the names of what it counts. After it, opened by 分别为 (…): "内设机构数量4个,分别
# 为教科室、总务处、安保处、教学处、德育处"; in brackets after what it counts: "下辖4所村级小学(青堆
# 子、天星坝、杨家坝、红岩子)"; before it, closed by 等: "内设卫科、门诊部、住院部及后勤保障科等4个
# 科室". A name holds no digit, mark or bracket; names are parted by 、, and 和 (及, 以及, 与) may
# join the last two ("综合组、材料组和保障组") or be part of a name ("教育和体育局"): both counts
# are readings.
_NAME = r"[^,;:。()、\d\n]{2,16}"
_NAMES_OPEN = re.compile(r"[ ]*,?[ ]*(?:分别为|分别是|分别有|具体为|包括|即)[ ]*:?[ ]*")
_COUNTED = re.compile(r"[^,;:。()\d]{1,8}")  # what a count counts, named after it
_NAMES_AFTER = re.compile(rf"({_NAME}(?:、{_NAME})+)(?=[。;,)\n]|$)")
_NAMES_BRACKETED = re.compile(rf"[^,;:。()\d]{{0,8}}\(({_NAME}(?:、{_NAME})+)\)")
_NAMES_BEFORE = re.compile(rf"({_NAME}(?:、{_NAME})+)等$")
_NAMES_RIGHT_BEFORE = re.compile(rf"({_NAME}(?:、{_NAME})+)$")
# what opens the first name before the count (the verb of having, not a name)
_HAVING = re.compile(r"^(?:内设有?|下设有?|设有|下辖|辖|共有|包括|含|有)")
_NAME_JOINS = ("以及", "和", "及", "与")
_KINDS_OPEN = re.compile(r"包括|含|其中")
_NAMED_COUNTERS = frozenset("个所家项名人件条批户辆台")
_NAMES_LISTED = "the names listed"


def _named_counts(doc: Document, out: list[Claim]) -> None:
    """A count printed with the names of what it counts (_NAME and what follows): the number
    of the names. Opened by 分别为 it is certain; in brackets, or before the count and closed
    by 等 (fewer names are some of them, no claim), it is a weak reading."""
    text = doc.text
    if "、" not in text:
        return
    for f in doc.facts:
        if (
            f.role is not _VALUE
            or f.q.counter not in _NAMED_COUNTERS
            or f.q.value != f.q.value.to_integral_value(context=_CTX)
            or f.q.value < 2
        ):
            continue
        sentence = doc.sentences[f.sentence]
        names: str | None = None
        strong = at_least = False
        opened = _NAMES_OPEN.match(text, f.q.end, sentence.end)
        if opened is None:
            # (what it counts may be named between: "4个科室,分别为…")
            m = _COUNTED.match(text, f.q.end, sentence.end)
            if m is not None:
                opened = _NAMES_OPEN.match(text, m.end(), sentence.end)
        if opened is not None:
            m = _NAMES_AFTER.match(text, opened.end(), sentence.end)
            if m is not None and not m.group(1).endswith("等"):
                names, strong = m.group(1), "分别" in opened.group()
        if names is None:
            m = _NAMES_BRACKETED.match(text, f.q.end, sentence.end)
            # (not the kinds it holds: "共有车辆5478辆(包括本级机关、直属高校和直属单位)")
            if (
                m is not None
                and not m.group(1).endswith("等")
                and not _KINDS_OPEN.match(m.group(1))
            ):
                names = m.group(1)
        closed = text.startswith("等", f.q.start - 1)
        if names is None and (closed or _COUNTED.match(text, f.q.end, sentence.end) is not None):
            start = max(
                sentence.start, *(text.rfind(c, sentence.start, f.q.start) + 1 for c in ",;:")
            )
            # "卫生院设内科、外科、妇科、儿科、中医科5个临床科室": names right before the count
            # and what it counts, from the start of their clause (a weak reading); closed by 等,
            # some of them
            m = (_NAMES_BEFORE if closed else _NAMES_RIGHT_BEFORE).search(text, start, f.q.start)
            if m is not None and (closed or not text[start : m.start()].strip(" ")):
                first, _, rest = m.group(1).partition("、")
                first = _HAVING.sub("", first)
                if len(first) >= 2:
                    names, at_least = f"{first}、{rest}", closed
        if names is None:
            continue
        items = names.split("、")
        # (each name with 和 inside may be two joined, or one: "教育和体育局")
        joined = sum(1 for item in items if any(j in item[1:-1] for j in _NAME_JOINS))
        counts = list(range(len(items), len(items) + joined + 1))
        printed = int(f.q.value)
        if printed in counts:
            status = _AGREES
        elif at_least and max(counts) < printed:
            continue  # "…等8个科室" naming some of them
        elif not strong and min(abs(printed - n) for n in counts) > 2:
            # "全县21个乡镇(办事处、管委会)", "36个省(自治区、直辖市、计划单列市)": names far
            # fewer or more than the count, not opened by 分别为, are kinds or examples
            continue
        else:
            status = _DISAGREES
        shown = printed if printed in counts else counts[0]
        verdict = Verdict(status, Decimal(shown), str(shown), _NAMES_LISTED)
        out.append(Claim("named-count", f, (), (), verdict, strong, _NAMES_LISTED, f.clause))


# "累计完成80966万元,是“十二五”时期43200万元的1.87倍": a figure, then 是 (为, 相当于) and the
# figure it is a multiple of (a period's name may come between), then 的 and the multiple
# (a year may name the period: "是2015年2.4亿元的2.33倍"; no figure stands between, the two are
# consecutive facts)
_MULTIPLE_OF = re.compile(r"[ ]*,?[ ]*(?:是|为|相当于|达到)[^,;:。]{0,12}$")
_MULTIPLES = "current / base (倍)"


def _multiples(doc: Document, out: list[Claim]) -> None:
    """A figure printed as a multiple of another (倍, right after "…的"): the first over the
    second ("全市国税收入总量达563.5亿元,是“十五”期间218.8亿元的2.6倍": 2.58, 2.6 as printed).
    Not "增长N倍", a growth of N times over (N + 1 times the base)."""
    text = doc.text
    for s in doc.sentences_with("倍"):
        facts = s.facts
        for k in range(2, len(facts)):
            f, base, current = facts[k], facts[k - 1], facts[k - 2]
            if (
                f.q.unit.dimension is not _TIMES
                or not text.startswith("的", base.q.end)
                or base.q.end + 1 != f.q.start
                or base.role is not _VALUE
                or current.role is not _VALUE
                or base.depth != current.depth
                or base.q.unit.dimension is not current.q.unit.dimension
                or not (base.q.unit.is_money or counts_alike(base.q, current.q))
                or _MULTIPLE_OF.search(text, current.q.end, base.q.start) is None
                or "增长" in base.label
            ):
                continue
            r = Reading(f"{current.q.text} / {base.q.text}", (current.q, base.q), _quotient)
            out.append(_make("ratio", f, [current, base], [r], True, _MULTIPLES))


def _part_rates(doc: Document, out: list[Claim]) -> None:
    text = doc.text
    if "中" not in text or "率" not in text:
        return
    for s in doc.sentences_with("中"):
        facts = s.facts
        # "年末全县常住人口259158人。其中城镇常住人口115223人,城镇化率为44.46%": the whole may
        # end the sentence a 其中 sentence continues
        before = doc.sentences[s.index - 1].facts[-1:] if _continues_with_list(doc, s) else []
        if len(before) + len(facts) < 3:
            continue
        for j in range(2 - len(before), len(facts)):
            f = facts[j]
            if f.role is not _VALUE or f.q.unit.dimension is not _PERCENT or f.depth:
                continue
            part, whole = facts[j - 1], facts[j - 2] if j >= 2 else before[0]
            if (
                part.role is not _VALUE
                or whole.role is not _VALUE
                or part.depth
                or whole.depth
                or not part.is_amount
                or part.q.unit.dimension is not whole.q.unit.dimension
                or (
                    text.find("其中", whole.q.end, part.q.start) < 0
                    # "全省679家A级旅游景区中已复工开园619家,开园率91.16%": a count of the things
                    # named before 中, and how many of them did something
                    and not (
                        _COUNT_AMONG.fullmatch(text, whole.q.end, part.q.start)
                        and counts_alike(part.q, whole.q)
                    )
                )
                or not _PART_RATE.fullmatch(f.label)
                or "增" in f.label
                or "降" in f.label
                # (a ratio of its own name, of its own whole: "其中,…新增地方政府债务限额25.80亿元,
                # 债务率51.8%", vocabulary.NAMED_RATIOS)
                or _NAMED_RATIO.search(f.label.strip()) is not None
            ):
                continue
            # the rate names the part ("城镇化率" after 城镇常住人口, "合格率" after 合格): not a
            # rate of something else ("其中一般债券200亿元,平均利率3.5%")
            name = f.label.strip(" ,;").split("率", 1)[0]
            if len(name) < 2 or name[:2] not in part.label:
                continue
            r = make_reading(f"of {whole.q.text}", (part.q, whole.q), ratio_percent)
            out.append(_make("share", f, [part, whole], [r], False, "amount / total × 100"))


def _percent_amounts(doc: Document, out: list[Claim]) -> None:
    """ "总保费1293.45万元,中央财政补贴47.5%为614.39万元,省级财政补贴32.5%为420.37万元": a
    percentage named by what it is of (a subsidy's rate), then 为 and the amount it comes to, is
    that amount's share of the money printed before it in the sentence, passing over the amounts
    of other such percentages (a weak reading: the whole is inferred)."""
    text = doc.text
    for s in doc.sentences_with("%为"):
        facts = s.facts
        for i in range(1, len(facts) - 1):
            f, amount = facts[i], facts[i + 1]
            if (
                f.role is not _VALUE
                or f.q.unit.dimension is not _PERCENT
                or amount.role is not _VALUE
                or not amount.q.unit.is_money
                or amount.depth != f.depth
                or not text.startswith("为", f.q.end)
                or amount.q.start != f.q.end + 1
                or len(f.label.strip(" ,;")) < 2
            ):
                continue
            whole = None
            for k in range(i - 1, -1, -1):
                g = facts[k]
                if g.depth != f.depth or g.role is not _VALUE:
                    continue
                if g.q.unit.dimension is _PERCENT:
                    continue
                if (
                    k > 0
                    and text.startswith("为", facts[k - 1].q.end)
                    and facts[k - 1].q.unit.dimension is _PERCENT
                ):
                    continue  # another percentage's amount
                if g.q.unit.is_money:
                    whole = g
                break
            if whole is None or whole.q.base <= amount.q.base:
                continue
            r = make_reading(f"of {whole.q.text}", (amount.q, whole.q), ratio_percent)
            # ("省级财政补贴32.5%为420.37元" of 1293.45万元: the amount's 元 a slip for 万元)
            slip = _slipped_ratio(amount, whole)
            readings = [r] if slip is None else [r, slip]
            claim = _make("share", f, [amount, whole], readings, False, "amount / total × 100")
            _mark_slip(claim, [slip], amount)
            out.append(claim)


# the marks between the terms of a ratio ("21.8:17.4:60.8", "19∶34∶47", "16.5︰26.2︰57.3")
_RATIO_MARKS = frozenset(":∶︰")


def _industry_ratios(doc: Document, out: list[Claim]) -> None:
    """ "地区生产总值151.99亿元,其中第一产业增加值33.18亿元,…。三次产业结构比为21.8:17.4:60.8": the
    three terms of the structure of 三次产业 (the last ratio of its sentence: "由上年的…调整为…"
    names the year before's first) are the industries' 增加值 as shares of the 生产总值 printed
    before them, when all four are (weak readings: the figures are found by name)."""
    text = doc.text
    for s in doc.sentences_with("三次产业"):
        facts = s.facts
        triple: list[Fact] = []
        for k in range(len(facts) - 2):
            run = facts[k : k + 3]
            if all(
                text[a.q.end : b.q.start].lstrip("%") in _RATIO_MARKS
                for a, b in itertools.pairwise(run)
            ):
                triple = run
        if not triple or text.find("三次产业", s.start, triple[0].q.start) < 0:
            continue
        if "贡献" in text[s.start : triple[0].q.start]:
            continue  # (shares of the growth, not of the output)
        before = [
            g
            for j in range(max(0, s.index - 6), s.index + 1)
            for g in doc.sentences[j].facts
            if g.index < triple[0].index and g.role is _VALUE and g.q.unit.is_money
        ]
        whole = next(
            (
                g
                for g in reversed(before)
                # (its remark in brackets left out: "地区生产总值(GDP)")
                if _PARENS.sub("", g.subject).endswith("生产总值") and not _per_head(g)
            ),
            None,
        )
        if whole is None or any(
            "生产总值" in g.subject and g.index > whole.index and not _per_head(g) for g in before
        ):
            # "…最终计算2021年全县生产总值现价总量为972846万元,…,三次产业增加值结构为5.5:50.6∶
            # 43.9": a ratio of another 生产总值 printed after the one found, its industries not
            continue
        parts = [
            next(
                (
                    g
                    for g in reversed(before)
                    if g.subject.endswith("增加值")
                    and any(name in g.subject for name in names)
                    and g.index > whole.index - 12
                ),
                None,
            )
            for names in INDUSTRIES
        ]
        found = [p for p in parts if p is not None and p.q.base < whole.q.base]
        if len(found) != len(parts):
            continue
        for term, part in zip(triple, found, strict=True):
            r = make_reading(f"of {whole.q.text}", (part.q, whole.q), ratio_percent)
            out.append(_make("share", term, [part, whole], [r], False, "amount / total × 100"))


# "三次产业对经济增长的贡献率分别为4.5%、53.9%和41.6%": the three industries' contributions to
# the growth, each its share of it
_CONTRIBUTIONS = re.compile(r"三次产业[^,;。]{0,12}贡献率分别(?:为|是|达)?$")
CONTRIBUTIONS_SUM = "the contributions of the three industries add up to 100"


def _industry_contributions(doc: Document, out: list[Claim]) -> None:
    """The contributions of 三次产业 to the growth, three percentages printed as a run after
    their name (_CONTRIBUTIONS), add up to 100 (within the rounding of the three)."""
    for s in doc.sentences_with("贡献率"):
        facts = s.facts
        for k in range(len(facts) - 2):
            run = facts[k : k + 3]
            first = run[0]
            if (
                any(f.q.unit.dimension is not _PERCENT or f.depth for f in run)
                or _CONTRIBUTIONS.search(first.label.strip()) is None
                or run[1].label.strip() != "、"
                or run[2].label.strip() not in ("和", "、", "及")
            ):
                continue
            out.append(_shares_claim(run, _closed_verdict(run), True, CONTRIBUTIONS_SUM))


def _shares_sum(doc: Document, s: Sentence, out: list[Claim]) -> None:
    """The shares of the 三公 items, with no total printed, must add up to 100."""
    shares = [f for f in s.facts if f.role is _SHARE and f.ref in _GENERIC and f.depth == 0]
    if len(shares) < 2:
        return
    # The 三公 items first: _closed is memoised and pure (the loop of _shares that may set roles
    # is over), so testing the cheap condition first gives the same answer.
    # (each word looked for in place: the sentence up to the last share is not copied)
    text, end = doc.text, shares[-1].q.end
    if not (
        text.find("出国", s.start, end) >= 0
        and text.find("公务用车", s.start, end) >= 0
        and text.find("公务接待", s.start, end) >= 0
    ) or _closed(
        doc, s, shares[0]
    ):  # the three 三公 items (three tests, not all() over a generator)
        return
    total, slack = _shares_total(shares)
    if _CTX.subtract(total, _HUNDRED).copy_abs() <= slack:
        return
    verdict = Verdict(_DISAGREES, total, str(total), _CLOSED_LIST)
    # Shares of one total cannot exceed 100 together: beyond it, "占" may mean something else
    # (each item's spending against its own budget), so the reading is only a guess.
    over = total > 100
    out.append(_shares_claim(shares, verdict, not over, SANGONG_SHARES))


SANGONG_SHARES = "the shares of the 三公 items add up to 100"


_CLOSED_LIST = "the shares of a closed list"


def _closed_verdict(shares: Sequence[Fact], parent: Fact | None = None) -> Verdict:
    """The verdict on shares that together are all of their whole: 100, or the ``parent``
    share they break down (its rounding then adds to theirs)."""
    total, slack = _shares_total(shares)
    whole = _HUNDRED
    if parent is not None:
        whole = parent.q.value
        slack = _CTX.add(slack, parent.q.half)
    off = _CTX.subtract(total, whole).copy_abs()
    status = _AGREES if off == 0 else _ROUNDING if off <= slack else _DISAGREES
    return Verdict(status, total, str(total), _CLOSED_LIST)


def _shares_total(shares: Sequence[Fact]) -> tuple[Decimal, Decimal]:
    """The printed shares' sum, and how far the rounding of them all may move it."""
    total = slack = Decimal(0)
    for f in shares:
        total = _CTX.add(total, f.q.value)
        slack = _CTX.add(slack, f.q.half)
    return total, slack


def _shares_claim(shares: Sequence[Fact], verdict: Verdict, strong: bool, relation: str) -> Claim:
    """The claim that a closed list's shares add up to 100, printed at its last share."""
    return Claim(
        "shares-sum",
        shares[-1],
        tuple(shares[:-1]),
        (),
        verdict,
        strong,
        relation,
        min(f.clause for f in shares),
    )


# a catch-all item's name ("…,其他占70.30%", "其他税种", "其余…"; a label may begin with the
# marks before it, a subject does not)
_CATCH_ALL_NAME = re.compile(r"[\s,;、。]*(?:{})".format("|".join(CATCH_ALL_WORDS)))


def _closed_shares(doc: Document, s: Sentence, out: list[Claim]) -> None:
    """Shares printed without amounts, three or more in a run (no other figure and no ';'
    between them) that a catch-all closes, add up to 100: "在缴存单位中,国家机关和事业单位占1.86%,
    国有企业占0.79%,…,其他占70.30%" (the shares of the 三公 items: _shares_sum)."""
    text = doc.text
    if text.find("其", s.start, s.end) < 0:
        return  # (every catch-all word has 其)
    runs: list[list[Fact]] = []
    run: list[Fact] = []
    for f in s.facts:
        if f.role is _SHARE and f.depth == 0 and f.ref in _GENERIC:
            if run and (
                text.find(";", run[-1].q.end, f.q.start) >= 0
                or text.find("。", run[-1].q.end, f.q.start) >= 0
            ):
                runs.append(run)
                run = []
            run.append(f)
        elif run and f.depth == 0:
            # (a bracket's figures are a remark on the share before: "购买新房占62.06%(其中购买
            # 保障性住房占 0.29%),购买二手房占37.18%,…,其他占0.75%")
            runs.append(run)
            run = []
    runs.append(run)
    for shares in runs:
        if len(shares) < 3 or not _CATCH_ALL_NAME.match(shares[-1].label):
            continue
        parent = _parent_share(doc, s, shares[0])
        verdict = _closed_verdict(shares, parent)
        if parent is None:
            out.append(_shares_claim(shares, verdict, True, CLOSED_SHARES))
        else:
            claim = _shares_claim(shares, verdict, True, CLOSED_SHARES_OF_SHARE)
            claim.inputs = (parent, *claim.inputs)
            out.append(claim)


CLOSED_SHARES = "the shares of a list closed by 其他 add up to 100"
# "…集中在社会服务领域(占净资产的62.1%),其中城建领域占25.3%、商务服务领域占24.8%、其他社会服务
# 领域占12%": a 其中 after a share breaks down that share
CLOSED_SHARES_OF_SHARE = "the shares of a list closed by 其他 add up to the share they are of"


def _parent_share(doc: Document, s: Sentence, first: Fact) -> Fact | None:
    """The share printed right before a 其中 that opens a run of shares at ``first``."""
    k = s.facts.index(first)
    if k == 0:
        return None
    before = s.facts[k - 1]
    if before.role is not _SHARE or doc.text.find("其中", before.q.end, first.q.start) < 0:
        return None
    return before


_WHOLE_OF = re.compile(r"([^,;:。]{2,30}?)中的[^,;:。]{2,20}$")


_WHOLE_REACH = 12


def _wholes_before(doc: Document, s: Sentence, num: Fact) -> list[Fact]:
    """The amounts of the sentence before ``s`` (same paragraph, at depth 0) larger than
    ``num`` and not followed by a share of their own: at most four, nearest first."""
    if s.index == 0:
        return []
    key = f"wholes-before {s.index}"
    memo = doc.memo.get(key)
    if memo is None:
        # the candidates, once per sentence (a sentence of many shares asks for each)
        memo = doc.memo[key] = _share_less_amounts(doc, s)
    found: list[Fact] = []
    for g in cast("list[Fact]", memo):
        if g.q.unit.dimension is num.q.unit.dimension and g.q.base > num.q.base:
            found.append(g)
            if len(found) == 4:
                break
    return found


def _share_less_amounts(doc: Document, s: Sentence) -> list[Fact]:
    """The last amounts (at depth 0, no share of their own after them) of the sentence before
    ``s`` when it is in the same paragraph, nearest first."""
    prev = doc.sentences[s.index - 1]
    if prev.paragraph != s.paragraph:
        return []
    facts = prev.facts
    out: list[Fact] = []
    # (its last figures only: a bounded look back keeps a text of many sentences linear)
    for j in range(len(facts) - 1, max(-1, len(facts) - 1 - _WHOLE_REACH), -1):
        g = facts[j]
        if g.role is _VALUE and g.is_amount and g.depth == 0 and not _share_follows(facts, j):
            out.append(g)
    return out


def _whole_before(doc: Document, s: Sentence, num: Fact) -> Fact | None:
    """The nearest amount before ``num`` in its sentence, at depth 0, larger than it and not
    followed by a share of its own (a part's share says it is a part, not the whole)."""
    facts = s.facts
    if num.sentence != s.index:
        return None
    key = f"largest amount {s.index}"
    largest = doc.memo.get(key)
    if largest is None:
        # the sentence's largest amount, once per sentence: a sentence of many shares of equal
        # amounts has none larger to look back for
        largest = doc.memo[key] = max(
            (g.q.base for g in facts if g.role is _VALUE and g.is_amount and g.depth == 0),
            default=Decimal(0),
        )
    if cast("Decimal", largest) <= num.q.base:
        return None
    k = num.index - facts[0].index  # a sentence's facts are consecutive in the document
    q = num.q
    # (the whole is printed a few figures before: a bounded look back keeps a sentence of many
    # equal amounts linear)
    for j in range(k - 1, max(-1, k - 1 - _WHOLE_REACH), -1):
        g = facts[j]
        if g.role is not _VALUE or g.depth or not g.is_amount:
            continue
        gq = g.q
        if gq.unit is q.unit:
            larger = gq.value > q.value  # one unit: no conversion
        else:
            larger = gq.unit.dimension is q.unit.dimension and gq.base > q.base
        if larger and not _share_follows(facts, j):
            return g
    return None


def _share_follows(facts: Sequence[Fact], j: int) -> bool:
    """Whether the ``j``-th of a sentence's facts is followed by a share of its own, right after
    it or after its rates ("…进出口4.12万亿元,增长5.4%,占60.5%"): a part, so no whole."""
    k = j + 1
    while k < len(facts) and facts[k].role is _RATE:
        k += 1
    return k < len(facts) and facts[k].role is _SHARE


def _joined_name(subject: str, name: str) -> bool:
    """Whether ``subject`` names ``name`` joined to something else ("税收返还和转移支付" and
    转移支付): a figure of both, not of ``name``."""
    cut = len(subject) - len(name)
    return cut > 0 and subject.endswith(name) and subject[cut - 1] in "和及与、"


_SHARE_YEAR = re.compile(r"占[^,;。\d]{0,6}?(\d{4})年")


# the words a share names its whole with: "占支出总预算的" -> 支出总预算
# a whole's name ending with a total word ("全市进出口总值"): the name of its figure without it
_TOTAL_WORD_END = re.compile(r"(?<=[\u4e00-\u9fff]{3})(?:总值|总额|总量)$")
_WHOLE_WORDS_OF_SHARE = re.compile(r"占到?([^,;:()%的之]{3,12})(?:的|之)")


def _whole_by_words(doc: Document, share: Fact, num: Fact) -> list[Fact]:
    """The nearest figure before ``num`` whose words end with those the share names its whole
    with, a figure larger than the part."""
    m = _WHOLE_WORDS_OF_SHARE.search(share.label)
    if m is None:
        return []
    words = m.group(1)
    return [
        t
        for t in _lookup(
            doc,
            share.ref,
            near=num,
            dims=(num.q.unit.dimension,),
            before_only=True,
            whole=False,
        )
        if t is not num and t.label.endswith(words) and t.q.base > num.q.base
    ][:1]


# A share a figure is compared with, of a wider scope's own figure ("高于全国教育投入占生产总值4%
# 比重的水平", "低于全省平均占比"): a benchmark, no share of a figure printed here
_BENCHMARK_SHARE = re.compile(
    r"(?:高于|低于|超过|超出|不低于|不足|达到)(?:全国|全省|全市|全区|全州|国家)[^,;。\d]{0,12}占"
)


# a sentence opening with a name and 中 run into the next name ("电脑票中双色球游戏销售…"): a 中
# that is none of the words of 中 that open no context (IN_WORDS: 其中, 高中, 集中, 中央, 中小学…;
# the name may hold them: "高中教育中")
_OPENING_NAME_IN = re.compile(
    r"\s*(?P<in>[^,;:。、\d]{{2,8}}?)(?<![{}])中(?!{})".format(
        "".join(w[0] for w in IN_WORDS if w.endswith("中")),
        "|".join(w[1:] for w in IN_WORDS if w.startswith("中")),
    )
)
_OPENED_REACH = 3  # sentences before the share's that the figure its context names may be in


def _opened_by_name(doc: Document, s: Sentence, num: Fact) -> Fact | None:
    """The figure a share's sentence opens by naming ("电脑票中双色球…"): the last figure of its
    dimension, larger than the part, printed in the sentences just before in the paragraph,
    whose name is the context's or begins with it (电脑票销售), or None."""
    text = doc.text
    if text.find("中", s.start, num.q.start) < 0:
        return None  # (cheaper than the expression, asked for each share of a figure's sentence)
    m = _OPENING_NAME_IN.match(text, s.start, num.q.start)
    if m is None or not s.facts or s.facts[0].q.start < m.end():
        return None
    name = m.group("in")
    for j in range(s.index - 1, max(-1, s.index - 1 - _OPENED_REACH), -1):
        g_s = doc.sentences[j]
        if g_s.paragraph != s.paragraph:
            break
        for g in reversed(g_s.facts):
            if (
                g.role is _VALUE
                and g.depth == 0
                and g.q.unit.dimension is num.q.unit.dimension
                and g.q.base > num.q.base
                and g.subject.startswith(name)
            ):
                return g
    return None


def _share(doc: Document, s: Sentence, i: int, f: Fact, num: Fact, out: list[Claim]) -> None:
    ref = f.ref
    if ref in ("", "比"):
        # "占同期全市进出口总值的(下同)22.2%;…进出口1446.5亿元,…,占52.7%": a whole declared
        # for the shares after it
        ref = _declared_whole(doc, f) or ref
    totals: list[Fact] = []
    strong = False
    implied: tuple[Fact, Fact] | None = None  # a figure and its own share: the whole they imply
    if f.base is not None:
        # "占一般公共预算支出1814597万元的比例15.68%": the whole is printed in the share's words
        totals, strong = [f.base], True
    elif ref not in _GENERIC:
        # (a share of at most 100 is of a whole no smaller than its part: the nearest figures of
        # the name that are smaller, the list's other parts, are passed over before the nearest
        # four are kept — "…完成服务采购196.7万元。…采购金额5192.71万元,占采购总金额的76.60%")
        whole_only = f.q.value <= _HUNDRED
        named = [
            t
            for t in _lookup(
                doc, ref, near=f, dims=(num.q.unit.dimension,), before_only=True, limit=12
            )
            if t is not num and not _share_of_same_whole(doc, t, ref)
        ]
        totals = [t for t in named if not whole_only or t.q.base >= num.q.base][:4]
        # (the name's nearest figures, smaller ones too, say whether it names one figure)
        named = named[:4] or totals
        if not totals:
            totals = [
                t
                for t in _lookup(doc, ref, near=f, dims=(num.q.unit.dimension,))
                if t is not num and not _share_of_same_whole(doc, t, ref)
            ]
        # "对市县税收返还和转移支付4404.78亿元…(包括一般性转移支付3030.61亿元,占转移支付比重达
        # 82%;…)": a figure of two things joined (A和B) is not the whole of B alone
        totals = [t for t in totals if not _joined_name(t.subject, ref)]
        if num.phase == "actual":
            # "全省政府采购预算451.93亿元,实际采购金额为414.59亿元。其中,…授予小微企业的采购金额
            # 为203.30亿元,占全省政府采购金额49.03%": an actual amount's whole is no budget
            totals = [t for t in totals if t.phase != "budget"]
        year = _SHARE_YEAR.search(f.label) if "年" in f.label else None
        if year is not None:
            # "投入3340万元,…占2012年筹集的福彩公益金的30.9%": a whole named with its year is no
            # figure of another year ("2013年…共筹集福彩公益金7205.72万元")
            totals = [t for t in totals if _year_of(doc, t) in (None, int(year.group(1)))]
        if ref in _GENERIC_NAMES:
            # "占收入预算总额的27.58%" names a total: a figure of the same phase is not one unless
            # its label says so too (财政拨款收入 is a part of the 收入预算总额 before it)
            named_total = _TOTAL_WORDS.search(f.label) is not None
            totals = [
                t
                for t in totals
                if _TOTAL_WORDS.search(t.label)
                or _FLOW_TOTAL.search(t.label)
                or (f.phase != "" and t.phase == f.phase and not named_total)
            ]
        # "占本年支出合计的30.08%" read against "总支出7778.55万元": another name, a weak reading
        # (several totals of one value, "收、支总计4680.58万元" and "收入合计4680.58万元", are one)
        strong = (
            len({t.q.base for t in totals}) == 1
            and len({t.q.base for t in named}) <= 1
            and (ref not in _GENERIC_NAMES or any(t.subject == ref for t in totals))
            and not _funded_part(doc, totals[0], ref)
        )
        if not totals and ref in _GENERIC_NAMES and "总" in f.label:
            # "单位支出总预算351.03万元,基本支出预算63.03万元,占支出总预算的17.96%": a generic
            # whole named with its total's words, the figure before whose words end with them
            # (a weak reading)
            totals = _whole_by_words(doc, f, num)
        if not totals and ref.startswith("全"):
            # "会费收入占全省红十字系统财务收入的0.21%" after "…红十字会实现财务收入39333万元":
            # a whole named with its scope, found by the end of its name (four characters or
            # more, the longest that names a figure printed before; a weak reading)
            # (or by the end of the name less its total word: "占同期全市进出口总值的22.2%"
            # after "大连市进出口2742.9亿元")
            plain = _TOTAL_WORD_END.sub("", ref)
            names = (
                whole[cut:]
                for whole in dict.fromkeys((ref, plain))
                for cut in range(1, len(whole) - 3)
            )
            for name in names:
                totals = [
                    t
                    for t in _lookup(
                        doc, name, near=f, dims=(num.q.unit.dimension,), before_only=True
                    )
                    if t is not num and t.subject.endswith(name) and t.q.base > num.q.base
                ][:1]
                if totals:
                    break
        if not totals and ref[:1] == "全" and (scope := _SCOPE.match(ref)) is not None:
            # "占全市资产总额48.8%" after "纳入全市…统计的单位3,730户,资产总额3,964亿元" and
            # "市级…资产总额1,025亿元": the figure of the name whose sentence names the scope
            # before it (a weak reading)
            name = ref[scope.end() :]
            totals = [
                t
                for t in _lookup(doc, name, near=f, dims=(num.q.unit.dimension,), before_only=True)
                if t is not num
                and t.subject == name
                and t.q.base > num.q.base
                and doc.text.find(scope.group(0), doc.sentences[t.sentence].start, t.q.start) >= 0
            ][:1]
        if not totals and ref[:1] == "全" and len(ref) > 3 and ref[-3] == "总":
            # "占全国总销量的64.39%" after "…上半年总销量…达206.35亿元": a scope's total of three
            # characters (总销量, 总收入), the nearest figure before whose name ends with it and
            # that is larger than the part (a weak reading; after the scope's own figure above)
            name = ref[-3:]
            totals = [
                t
                for t in _lookup(doc, name, near=f, dims=(num.q.unit.dimension,), before_only=True)
                if t is not num and t.subject.endswith(name) and t.q.base > num.q.base
            ][:1]
        # "占全区财政收入的27.7%": the alias after the whole's scope (全区, 全市…)
        alias = _WHOLE_WORDS.sub("", ref)
        if not totals and alias in REVENUE_ALIASES:
            # "占财政收入比重为73.5%" in a paragraph that prints 一般公共预算收入: the report's
            # own name for the same total (a weak reading).
            for name in REVENUE_ALIASES[alias]:
                named = _lookup(doc, name, near=f, dims=(num.q.unit.dimension,), before_only=True)
                totals = [t for t in named if t is not num and t.subject.endswith(name)][:1]
                if totals:
                    break
    if not totals and ref in ("", "比") and num.q.start > f.q.start and i > 0:
        # "彩票公益金投入了7740万元,青少年体育组织建设占比48.9%,达到了3784万元": a bare share
        # whose amount follows it is of the amount before it, when larger (a weak reading)
        prev = s.facts[i - 1]
        if (
            prev.role is _VALUE
            and prev.depth == f.depth
            and prev.q.unit.dimension is num.q.unit.dimension
            and prev.q.base > num.q.base
        ):
            totals, strong = [prev], False
    if not totals and (ref in _GENERIC or ref in _GENERIC_NAMES):
        # "全市一般公共预算收入中的税收收入430405万元,…占总收入比重为80.35%": the part's own name
        # says what it is part of (X中的Y); a weak reading
        whole = _WHOLE_OF.search(num.label) if "中的" in num.label else None
        if whole is not None:
            name = canonical(whole.group(1))[0]
            totals = [
                t
                for t in _lookup(doc, name, near=f, dims=(num.q.unit.dimension,), before_only=True)
                if t is not num and t.subject.endswith(name)
            ][:1]
            strong = False
    if not totals and ref in ("", "比"):
        # "公共基础设施1,933亿元,占全市资产总额48.8%,…;流动资产750亿元,占18.9%;固定资产724亿元,
        # 占18.3%": a bare share after a sibling's share of a named whole, in one sentence, is
        # of that whole too
        totals = _sibling_whole(doc, s, i, num, out)
    if not totals and ref in ("", "比"):
        sibling_claim = _bare_sibling_whole(doc, s, num, out)
        if sibling_claim is not None:
            totals, strong = [sibling_claim.inputs[1]], sibling_claim.strong
            if sibling_claim.verdict.status is _DISAGREES and not sibling_claim.strong:
                # "各类企业支出16921.8亿元,…总占比76.4%;政府下属研究机构支出3080.8亿元,…总占比
                # 13.9%;高校支出1796.6亿元,…总占比8.1%": the sibling's whole, a guess its share
                # disagrees with, is in doubt; the whole its amount and share imply is a reading
                # too (a sibling read against a whole for certain keeps its reading alone)
                implied = (sibling_claim.inputs[0], sibling_claim.printed)
    if not totals:
        head = _head(doc, s, i)
        if head is not None and head is not num and not _nested_under(doc, s, head, num):
            # "…编列50.48亿,包括…32.91亿元,占岁入总额16.58%": a total named but not found makes the
            # sentence's head only a guess
            totals, strong = [head], ref in _GENERIC
    if not totals and ref in ("", "比"):
        # "2023年度“三公”经费财政拨款支出决算中,因公出国(境)费12.02万元,占19.4%;…": a bare 占
        # under an opening context that names a figure printed before (the 三公 total, 62.07),
        # not the figure before a 其中 some sentences up (a weak reading: found by its name)
        opening = _NAMED_CONTEXT.match(doc.text, s.start, num.q.start)
        if opening is not None and not any(g.q.end <= opening.end() for g in s.facts):
            name, phase = canonical(opening.group(1))
            wholes = _lookup(
                doc,
                name,
                near=num,
                dims=(num.q.unit.dimension,),
                phase=phase or None,
                before_only=True,
                limit=3,
            )
            # "年末全县常住人口98509人,…城镇常住人口48443人,…。常住人口中,女性人口为47475人,占
            # 48.19%": the figure the context names plainly (or with its scope, 全县), not a
            # group of it named more narrowly (城镇), though nearer
            wholes = [g for g in wholes if _named_plainly(g.subject, name)][:1] or wholes[:1]
            if wholes and wholes[0].sentence < s.index and wholes[0].depth == 0:
                totals, strong = wholes, False
    if not totals and ref in ("", "比") and _sentence_style(doc, s) is not None:
        # "(一)…群众体育支出968.8万元,占总数的76.25%。其中:…(二)…竞技体育资助项目301.8万元,占
        # 总数的23.75%": numbered items' bare shares that add up to 100 are of the figure their
        # amounts add up to (1270.6, 总支出), not of the sibling item before a 其中
        items = _items_shares(doc, s, f)
        close = bool(items) and _close_to_hundred([g for g, _ in items])
        items_total = _items_whole(doc, items) if close else None
        if items_total is not None:
            totals, strong = [items_total], False
        elif items:
            # "(一)用于群众体育支出2,330.178万元,占总数的13.31%。…(三)用于其他支出260.00万元,占总数
            # 的1.49%": no figure printed for their whole, or shares a point off 100 (one of them
            # misprinted): the items' amounts added up (weak)
            parts = [n for _, n in items]
            r = Reading(
                "of " + " + ".join(p.q.text for p in parts),
                (num.q, *(p.q for p in parts)),
                _share_of_sum,
            )
            out.append(_make("share", f, [num, *parts], [r], False, "amount / sum of the parts"))
            return
    if not totals and ref in ("", "比"):
        # "…其中,电脑票销售25.33亿元,…。电脑票中双色球游戏销售9.45亿元,占比37.33%;快开游戏销售…":
        # a context run into the first item's name at the sentence's start, naming a figure of
        # the sentences just before: the shares' whole (weak), not the figure before a 其中 up
        named_whole = _opened_by_name(doc, s, num)
        if named_whole is not None:
            totals, strong = [named_whole], False
    if (
        not totals
        and ref in ("", "比")
        and _word_between(
            doc, "其中", doc.sentences[max(0, s.index - 5)].start, max(num.q.start, s.start)
        )
    ):
        # "累计完成210亿元,…,其中民生支出完成138.3亿元,…,占比65.8%": the figure before 其中,
        # in this sentence or in one a few lines up ("…合计1020.50万元,其中:↵…,占96.08%").
        # (Each sentence below is searched for a 其中 before the end it is read to, all of them
        # within the span tested above: without one there, none finds anything.)
        # (asked once: the share's sentence is the same for every sentence looked back at)
        own_item = _same_period_opens(doc, s)
        for j in range(s.index, max(-1, s.index - 6), -1):
            if j < s.index and own_item:
                # "…其中,汽车零配件…分别出口113.7亿元…。同期,劳动密集型产品出口2035.2亿元,…,占
                # 28.8%": an item of its own, not of the figure before a 其中 of the sentences up
                break
            g_s = doc.sentences[j]
            if j < s.index and not g_s.facts and _sentence_style(doc, g_s) is not None:
                break  # "(四)政府性基金预算支出情况": a heading ends the section the 其中 is in
            end = num.q.start if j == s.index else g_s.end
            k = _rfind_in(doc, g_s, "其中", end)
            if k < 0:
                continue
            if g_s.paragraph != s.paragraph and _paragraph_opens_with_figures(doc, s, num):
                # "…共有23户企业实现盈利,…均占比62.2%。其中…4户企业…。↵截至6月底,37户省管企业资产
                # 总额…。分企业看:23户企业资产总额同比增长,占比62.2%": a paragraph that prints a
                # figure of the share's kind before the share's sentence is its own context
                break
            if g_s.paragraph != s.paragraph and _parent_in_paragraph(doc, s, num):
                # "郑州…436.12亿,…。其中4月份…79.43亿,…。↵洛阳…财政收入为151.70亿,…。洛阳…税收收入为
                # 93.7亿,税收占比61.77%": the paragraph prints the whole of a standard breakdown
                # the part is of (收入 of 税收收入): not another paragraph's 其中 figure
                break
            before = [
                g
                for g in g_s.facts
                if g.q.end <= k and g.role is _VALUE and g.q.unit.dimension is num.q.unit.dimension
            ]
            if not before and g_s.index > 0 and not doc.text[g_s.start : k].strip(" ,"):
                # "支出预算11376591.44元。其中:一般公共服务支出3619421元,占31.81%": the last
                # figure of the sentence before ("预算为44.52万元,…决算为22.62万元。其中…").
                before = [
                    g
                    for g in _figured_before(doc, g_s).facts
                    if g.role is _VALUE
                    and g.q.unit.dimension is num.q.unit.dimension
                    and g.depth == 0
                ][-1:]
            if (
                before
                and j != s.index
                and _sentence_style(doc, s) is not None
                and _sentence_style(doc, g_s) == _sentence_style(doc, s)
            ):
                break  # "(二)…,占总数的85.2%": the item before a sibling's 其中 is no whole
            if (
                before
                and before[-1] is not num
                and _standard_siblings(before[-1].subject, num.subject)
            ):
                # "税收收入48510万元,其中,增值税…;其他税种…。非税收入40180万元,非税收入占比为
                # 45.30%": the figure before the 其中 is the part's sibling, not its whole
                break
            if before and before[-1] is not num:
                totals, strong = [before[-1]], True
                own = _own_share(doc, before[-1])
                if own is not None:
                    # "…住房消费类提取,计21820.45万元,占72.47%,其中…购建房提取4409.1万元,占14.65%":
                    # a figure with a share of its own breaks down into shares of that share's
                    # whole (they add up to 72.47), or of itself: both readings (weak)
                    own_whole = _whole_of_share(own, out)
                    totals = [before[-1]] if own_whole is None else [before[-1], own_whole]
                    if own_whole is None:
                        # "60岁及以上人口为114919人,占13.65%,其中65岁及以上人口为79112人,占9.40%"
                        # with the whole not found: the whole the figure's own share implies
                        implied = (before[-1], own)
                    strong = False
                # (in the sentence of the figure found: the one before when a 其中 opens g_s)
                unadjusted = _unadjusted(doc, doc.sentences[before[-1].sentence], before[-1])
                if unadjusted is not None and unadjusted is not num:
                    totals, strong = [before[-1], unadjusted], False
                listed_in = _list_head(doc, doc.sentences[before[-1].sentence], before[-1])
                if (
                    listed_in is not None
                    and listed_in.q.base > before[-1].q.base
                    and before[-1].sentence != num.sentence
                ):
                    # "新增债券25.80亿元,包括一般债券11.00亿元,专项债券14.80亿元。其中:用于土地
                    # 储备8.30亿元,占比32.2%": the figure ending the sentence before is a part of
                    # its own list; the 其中 may open the parts of that list's total
                    totals, strong = [listed_in, before[-1]], False
                if j != s.index:
                    # "…其中:上年结转19535.40万元,占比15.26%;…。…比如,文化旅游体育与传媒支出
                    # 62722.85万元,占比92.89%;社会保障和就业支出4801.65万元,占比7.11%": shares of
                    # the sentence's own that close among themselves (100%) and not on the figure
                    # before a 其中 sentences up are read as their list's
                    closed = _closed(doc, s, f)
                    if closed and _sum_base(closed) != before[-1].q.base:
                        totals = []
            break
    if not totals and ref in ("", "比"):
        # "地方税收收入…137.4亿元,…,占比86.5%": the total of a standard breakdown it is part of.
        parent = _parent(doc, num)
        if parent is not None:
            totals, strong = [parent], False
    if not totals and ref not in _GENERIC:
        # "占一般公共预算支出的84.06%" where only 基本支出 and 项目支出 are printed: their sum.
        choices = _implied_parts(doc, ref, f, num)
        if choices:
            readings = [
                Reading(
                    "of " + " + ".join(p.q.text for p in parts),
                    (num.q, *(p.q for p in parts)),
                    _share_of_sum,
                )
                for parts in choices
            ]
            out.append(
                _make("share", f, [num, *choices[0]], readings, False, "amount / sum of the parts")
            )
            return
    # "在全市122.59亿元采购金额中,市本级完成32.57亿元,…,占全部采购金额的26.57%": the
    # figure of the sentence's opening context is a reading too, whatever the share names.
    context = (
        _IN_CONTEXT.match(doc.text, s.start, s.end)
        if doc.text.find("中,", s.start, s.end) >= 0  # the words it ends with
        else None
    )
    if context is not None:
        inside = [
            g for g in s.facts if g.q.end <= context.end() and g.role is _VALUE and g is not num
        ]
        if (
            inside
            and inside[0].q.unit.dimension is num.q.unit.dimension
            and inside[0] not in totals
        ):
            totals, strong = [inside[0], *totals], False
    if totals and f.q.value <= 100:
        # "税收收入占一般预算收入的比重为87.6%" where the 税收收入 found (251767, of the wider
        # 财政收入) is above the total found (169471): an amount above its total is no part of
        # it, an implausible reading (AggChecker's); the readings below are tried instead
        num_base = num.q.base  # (a property: worked out once, not once per total)
        # (a loop, not a list comprehension: once per share, most with one total)
        kept = []
        for t in totals:
            if num_base <= t.q.base:
                kept.append(t)
        totals = kept
    if not totals and _flow(ref) and ref in _GENERIC:
        # "本年度我院事业收入5,738.74万元,占总收入的20.74%": the nearest total of that flow
        # before it ("2016年度总收入27,664.71万元", "支出合计26,994.72万元").
        found = _flow_total(doc, f, num, _flow(ref))
        if found is not None:
            totals, strong = [found], False
    if not totals and ref not in _GENERIC:
        agreed = _consensus_total(doc, f, num)
        if agreed is not None:
            r = Reading(f"of {agreed.q.text}", (num.q, agreed.q), ratio_percent)
            out.append(
                _make("share", f, [num, agreed], [r], False, "amount / the total its siblings fit")
            )
            return
        # "一般公共财政收入43096万元,…。其中非税收入27490万元,占县级收入的63.78%": a total named
        # otherwise than any figure is the figure before the 其中 that opens the part's clause
        # in its sentence (a weak reading)
        k = _rfind_in(doc, s, "其中", num.q.start)
        # (the words of the introducer not counted: "其中:" or "其中包括:")
        opened = _QIZHONG_OPENS.match(doc.text, k) if k >= 0 else None
        # (not a share of the economy's output, "占GDP比例为4.22%", whose figure is not printed:
        # no figure of the report's is it)
        if _REAL_GROWTH.search(ref) is not None:
            opened = None
        near = opened is not None and num.q.start - k - len(opened.group(1) or "") <= 12
        # (or the part's clause is the one 其中 opens, and the whole's words name the share's:
        # "…提取住房公积金350.65亿元…。其中,职工购房、还贷、租房等住房消费类提取金额291.83亿元,
        # 住房消费类提取占当年提取金额的84%")
        named_far = (
            opened is not None
            and not near
            and len(ref) >= 2
            and _CLAUSE_AFTER_QIZHONG.fullmatch(doc.text, opened.end(), num.q.start) is not None
        )
        if near or named_far:
            before = [
                g
                for g in s.facts
                if g.q.end <= k
                and g.role is _VALUE
                and g.depth == 0
                and g.q.unit.dimension is num.q.unit.dimension
                and g.q.base > num.q.base
            ]
            if not before and s.index > 0 and not doc.text[s.start : k].strip(" ,"):
                # "…收入43096万元,…。其中非税收入27490万元,占县级收入的63.78%": the sentence
                # opens with 其中: the larger figures of the sentence before
                before = [
                    g
                    for g in _figured_before(doc, s).facts
                    if g.role is _VALUE
                    and g.depth == 0
                    and g.q.unit.dimension is num.q.unit.dimension
                    and g.q.base > num.q.base
                ]
            if named_far:
                before = [g for g in before if ref in g.label]
            if before:
                # its first figure and its last: both readings (weak)
                totals, strong = list(dict.fromkeys([before[0], before[-1]])), False
    if not totals and ref in ("", "比"):
        # "明年度歲出1780.40億元,以教育科學文化支出625.63億元占35.14%最高": a bare share of an
        # amount after a larger figure of its sentence that has no share of its own: of that
        # figure (a weak reading)
        larger = _whole_before(doc, s, num)
        if larger is not None and _whole_of_closed(larger, _closed(doc, s, f)):
            totals, strong = [larger], False
        elif larger is None and num.sentence == s.index:
            # "歲入編列946億…,歲出編列1,005億…。歲出如以政事別來看,…教育科學文化支出…360億…
            # 占35.86%": none in its sentence; the larger figures of the sentence before with no
            # share of their own, each a reading (weak)
            wholes = _wholes_before(doc, s, num)
            if wholes and not _closed(doc, s, f):
                totals, strong = wholes, False
    if not totals:
        closed = _closed(doc, s, f)
        if closed:
            nums = [n.q for n in closed]
            r = Reading("of the list's sum", (num.q, *nums), _share_of_sum)
            out.append(
                _make("share", f, [num, *closed], [r], True, "amount / sum of the list × 100")
            )
        elif ref in _FLOW_WHOLES:
            # 占总收入 with no total of that flow printed as such ("实现财务收入279.40万元。收入
            # 分类情况如下:…占总收入的14.79%"): the figure the shares agree on, a weak reading
            agreed = _consensus_total(doc, f, num)
            if agreed is not None:
                r = Reading(f"of {agreed.q.text}", (num.q, agreed.q), ratio_percent)
                out.append(
                    _make(
                        "share", f, [num, agreed], [r], False, "amount / the total its siblings fit"
                    )
                )
        return
    if num.q.counter:
        # "在岗职工840764人。…企业户数合计586户,占比4.5%": a count of one kind of thing is no
        # share of a count of another (户 of 人)
        totals = [t for t in totals if counts_alike(num.q, t.q)]
        if not totals:
            return
    # (a loop, not a list comprehension: once per share, most with one total)
    readings = []
    slips: list[Reading | None] = []
    for t in totals:
        readings.append(make_reading(f"of {t.q.text}", (num.q, t.q), ratio_percent))
        # ("基本支出2754.869651元,占比40.39%" of 6821.09751万元: the part's 元 a slip for 万元)
        slips.append(_slipped_ratio(num, t))
    slipped = [r for r in slips if r is not None]
    # (first when the share printed is 1% or more: as printed, the part is under 1% of its
    # whole, so a disagreement is told as meant, "5359.668673万元÷6821.09751万元")
    readings = slipped + readings if slipped and f.q.value >= 1 else readings + slipped
    inputs = [num, *totals]
    if implied is not None:
        head_of, its_share = implied
        readings.append(
            make_reading(
                f"{_IMPLIED_WHOLE}{head_of.q.text} at {its_share.q.text}",
                (num.q, head_of.q, its_share.q),
                _share_of_implied_whole,
            )
        )
        inputs.append(its_share)
    sibling = _decomposed_sibling(doc, s, f.ref, num, totals)
    if sibling is not None:
        # "盐源县(5.79亿)…其中税收收入完成3.72亿元,…;非税收入完成2.07亿元,…。税收收入佔一般公共預算
        # 收入的比重為64.22%": the whole named may be the one its standard parts, printed right
        # here, add up to, not the figure of that name found further back
        readings.append(
            make_reading(f"of {num.q.text} + {sibling.q.text}", (num.q, sibling.q), _part_of_sum)
        )
        inputs.append(sibling)
    head = _list_head(doc, s, num)
    if head is not None and head not in totals:
        # "补助及协助收入编列50.48亿,包括…17.56亿元、…32.91亿元,占岁入总额16.58%": the share may be
        # the head's, of whose list the figure before it is the last part
        readings += [
            make_reading(f"{head.q.text} of {t.q.text}", (head.q, t.q), ratio_percent)
            for t in totals
        ]
        inputs.append(head)
        strong = False
    if (
        len(inputs) == 2
        and num.phase == "actual"
        and totals[0].phase == "budget"
        and num.subject
        and num.subject == totals[0].subject
    ):
        # "“三公”经费预算数为1,684万元,实际支出为1115.07万元,占总预算比为66.22%": a figure's actual
        # as a share of its own budget is its completion
        claim = _make("completion", f, inputs, readings, strong, "actual / budget × 100")
    else:
        claim = _make("share", f, inputs, readings, strong, "amount / total × 100")
    _mark_slip(claim, slips, num)
    out.append(claim)


def _declared_whole(doc: Document, share: Fact) -> str | None:
    """The whole a share before ``share`` names with "(下同)" ("the same below"), which the bare
    shares after it are of: the last such before it, or None."""
    declared = cast("list[tuple[int, str]] | None", doc.memo.get("declared wholes"))
    if declared is None:
        # (found once per document: a share's label is searched for 下同 only in a text that
        # has it)
        declared = doc.memo["declared wholes"] = (
            [
                (g.q.start, g.ref)
                for g in doc.facts
                if g.role is _SHARE and g.ref not in ("", "比") and "下同" in g.label
            ]
            if "下同" in doc.text
            else []
        )
    found = None
    for start, ref in declared:
        if start >= share.q.start:
            break
        found = ref
    return found


def _share_of_same_whole(doc: Document, g: Fact, ref: str) -> bool:
    """Whether ``g`` is printed with its own share of the whole named ``ref`` right after it
    ("交易金额285.92亿元,占交易总金额的71.06%"): a part of that whole, so no whole of a share of
    it ("…交易金额15.69亿元,占交易总金额3.90%" is of the 总交易额 402.38, not of 285.92)."""
    after = _share_after(doc, g)
    return after is not None and after.ref == ref


def _own_share(doc: Document, g: Fact) -> Fact | None:
    """The bare share printed right after ``g`` in its sentence, of the same depth ("计21820.45万
    元,占72.47%"), or None."""
    after = _share_after(doc, g)
    return after if after is not None and after.ref in _GENERIC else None


def _share_after(doc: Document, g: Fact) -> Fact | None:
    """The fact right after ``g`` in its sentence when it is a share of the same depth."""
    facts = doc.sentences[g.sentence].facts
    k = g.index - facts[0].index + 1  # (a sentence's facts are consecutive in the document)
    if k < len(facts):
        after = facts[k]
        if after.role is _SHARE and after.depth == g.depth:
            return after
    return None


def _whole_of_share(share: Fact, out: list[Claim]) -> Fact | None:
    """The whole of the share claim made of ``share`` that agrees (by the reading it agrees
    by), or None: the claims of a sentence are made in order, so a share before the one being
    read has its claim among the last ones made."""
    for c in reversed(out[-24:]):
        if c.printed is share and c.kind == "share":
            if c.verdict.status is not _AGREES:
                return None
            for r in c.readings:
                if r.name == c.verdict.reading:
                    last = r.inputs[-1]
                    return next((g for g in c.inputs if g.q is last), None)
            return None
    return None


def _paragraph_opens_with_figures(doc: Document, s: Sentence, num: Fact) -> bool:
    """Whether a sentence of the paragraph of ``s`` before it prints a plain figure of the
    dimension of ``num``."""
    dimension = num.q.unit.dimension
    for k in range(s.index - 1, -1, -1):
        t = doc.sentences[k]
        if t.paragraph != s.paragraph:
            return False
        if any(g.role is _VALUE and g.q.unit.dimension is dimension for g in t.facts):
            return True
    return False


def _parent_in_paragraph(doc: Document, s: Sentence, num: Fact) -> bool:
    """Whether the whole of a standard breakdown ``num`` is part of is printed before it in the
    paragraph of ``s`` (:func:`_parent`)."""
    parent = _parent(doc, num)
    return parent is not None and doc.sentences[parent.sentence].paragraph == s.paragraph


def _decomposed_sibling(
    doc: Document, s: Sentence, whole_name: str, num: Fact, totals: list[Fact]
) -> Fact | None:
    """The other part of a standard two-part breakdown (vocabulary.DECOMPOSITIONS: 税收收入 and
    非税收入 of 收入) of the whole a share names (``whole_name``), printed in the share's sentence
    or the one before it in its paragraph, when the whole found by name is printed in another
    paragraph. A share that names no whole ("稅收收入占比爲86.2%") is of any such whole."""
    if not totals:
        return None
    # every whole found in this sentence or the one before: none to look for (a loop, not
    # all() over a generator: once per share)
    near = s.index - 1
    for found in totals:
        if found.sentence < near:
            break
    else:
        return None
    named = whole_name not in ("", "比")
    for whole, parts in DECOMPOSITIONS:
        if (
            len(parts) != 2
            or (named and not whole_name.endswith(whole))
            or num.subject not in parts
        ):
            continue
        other = parts[1] if num.subject == parts[0] else parts[0]
        for t in doc.sentences[max(0, s.index - 1) : s.index + 1]:
            if t.paragraph != s.paragraph:
                continue
            for g in t.facts:
                if (
                    g.role is _VALUE
                    and g.subject == other
                    and g.q.unit is num.q.unit
                    and g.depth == num.depth
                ):
                    return g
    return None


# the name of the reading of a share of the whole a figure's own share implies (audit.py
# renders it in Chinese from this opening)
_IMPLIED_WHOLE = "of the whole implied by "


def _share_of_implied_whole(values: Sequence[Decimal]) -> Decimal | None:
    """values[0] as a percentage of the whole of which values[1] is values[2] percent: a part's
    share of the whole its head's own share implies (values[0] × values[2] / values[1])."""
    if values[1] == 0:
        return None
    return _CTX.divide(_CTX.multiply(values[0], values[2]), values[1])


def _part_of_sum(values: Sequence[Decimal]) -> Decimal | None:
    """values[0] as a percentage of values[0] + values[1]."""
    whole = _CTX.add(values[0], values[1])
    if whole == 0:
        return None
    return _CTX.multiply(_CTX.divide(values[0], whole), _HUNDRED)


def _named_share_sentences(doc: Document) -> frozenset[int]:
    """The sentences that print a share naming its whole (its ref neither "" nor 比), the
    shares :func:`_sibling_whole` looks for: found once per document, when the claims are read
    (the tables read already; after them only _shares changes a figure's role or ref, to those
    of the first share of a run in the same sentence)."""
    # (the type as a string: cast's argument is not built on every call)
    found = cast("frozenset[int] | None", doc.memo.get("named share sentences"))
    if found is None:
        found = doc.memo["named share sentences"] = frozenset(
            [f.sentence for f in doc.facts if f.role is _SHARE and f.ref not in ("", "比")]
        )
    return found


def _sibling_whole(doc: Document, s: Sentence, i: int, num: Fact, out: list[Claim]) -> list[Fact]:
    """The whole of the last share before the ``i``-th fact of ``s`` that names its whole,
    read already (its claim in ``out``), when it is no smaller than ``num``; in the sentences
    before too while each continues the one before with a list (at most _SIBLING_SENTENCES)."""
    # (only the sentences that print a share naming its whole, known once per document, are
    # looked through: most print none, and a text without any has no sibling whole to find)
    named_in = _named_share_sentences(doc)
    if not named_in:
        return []
    facts = s.facts[:i] if s.index in named_in else ()
    named = None
    for back in range(_SIBLING_SENTENCES + 1):
        # (a loop, not next() over a generator: once per share)
        for g in reversed(facts):
            if g.role is _SHARE and g.ref not in ("", "比"):
                named = g
                break
        t = doc.sentences[s.index - back]
        if (
            named is not None
            or back == _SIBLING_SENTENCES
            or not (_continues_with_list(doc, t) or _same_period_opens(doc, t))
        ):
            break
        facts = doc.sentences[t.index - 1].facts if t.index - 1 in named_in else ()
    if named is None:
        return []
    for c in reversed(out):
        if c.printed is named and c.kind == "share" and len(c.inputs) == 2:
            whole = c.inputs[1]
            return [whole] if whole.q.base >= num.q.base and whole is not num else []
        if c.printed.sentence < named.sentence:
            break
    return []


# "…200万及其他。", "以及其他": the items named are followed by others not printed
_AND_OTHERS = re.compile(r"(?:及|和|以及|与)其[他它余](?:[,;。!]|$)")


# a group of items named by its kind (主导产业, 特色产业, 重点项目, 战略性新兴产业…)
_GROUP_SHARE = re.compile(r"主导|特色|重点|支柱|新兴|骨干|龙头|优势")


def _scaled_alike(a: str, b: str) -> bool:
    """Whether two measure words count the same thing at scales 10⁴ apart (人 and 万人, 户 and
    万户, 人次 and 万人次)."""
    return a != b and a.removeprefix("万") == b.removeprefix("万")


def _holds_its_sibling(parts: Sequence[Fact]) -> bool:
    """Whether one of ``parts`` holds another of them (NESTED_ITEMS)."""
    names = [p.subject for p in parts]
    for whole, held in NESTED_ITEMS.items():
        if any(n.endswith(whole) for n in names) and any(n.endswith(held) for n in names):
            return True
    return False


# the residents of a town or of the country ("城镇居民", "农村常住居民"): a group of people
_GROUP_OF_PEOPLE = re.compile(r"(?:城镇|农村|城市|乡村)(?:常住)?居民")


def _bare_sibling_whole(doc: Document, s: Sentence, num: Fact, out: list[Claim]) -> Claim | None:
    """ "民营企业进出口4.12万亿元,…,占60.5%;外商投资企业进出口2.31万亿元,…,占33.9%": the claim
    of the bare share of the item before ``num`` (in ``out``), whose whole (its second input)
    this share is of too, when a ';' and no 其中 part the two items and that whole is no
    smaller than ``num``: siblings are shares of one whole, not of each other."""
    k = num.index - s.facts[0].index
    for g in _back(s.facts, k):
        if g.role is _SHARE and g.ref in ("", "比") and g.depth == num.depth:
            between = doc.text[g.q.end : num.q.start]
            if ";" not in between or "其中" in between:
                return None
            gk = g.index - s.facts[0].index
            if any(h.role is _VALUE and h.is_amount for h in _within(s.facts, gk + 1, k)):
                # ("…占18.01%;岁入编列1660.40亿元,以税课收入1118.56亿元占67.37%": another total
                # between, the share is of it)
                return None
            for c in reversed(out):
                # (a share read against its whole, and perhaps against the whole a sibling's
                # share implies too: that share its third input)
                if (
                    c.printed is g
                    and c.kind == "share"
                    and (len(c.inputs) == 2 or (len(c.inputs) == 3 and c.inputs[2].role is _SHARE))
                ):
                    whole = c.inputs[1]
                    fits = whole.q.base >= num.q.base and whole is not num
                    return c if fits else None
                if c.printed.sentence < s.index:
                    break
            return None
    return None


def _items_shares(doc: Document, s: Sentence, share: Fact) -> list[tuple[Fact, Fact]]:
    """The bare shares of numbered items (their sentences open with "(一)", "(二)" …, a few
    apart) and their amounts, when ``share`` is one of them and they add up to 100 within their
    rounding or within one point (one of them misprinted); else none."""
    pairs: list[tuple[Fact, Fact]] = []
    lo = max(0, s.index - _SIBLING_SENTENCES)
    hi = min(len(doc.sentences), s.index + _SIBLING_SENTENCES + 1)
    run_style: str | None = None
    for g_s in doc.sentences[lo:hi]:
        style = _sentence_style(doc, g_s)
        if style is None:
            continue
        if pairs and style == run_style and _FIRST_ITEM.match(doc.text, g_s.start):
            # "1、" again: another list (the same spending by another classification)
            if any(g is share for g, _ in pairs):
                break
            pairs = []
        for k, g in enumerate(g_s.facts):
            if g.role is _SHARE and g.ref in ("", "比") and g.q.unit.dimension is _PERCENT:
                num = _numerator(doc, g_s, k)
                if num is not None and num.q.unit.is_money:
                    if not pairs:
                        run_style = style
                    pairs.append((g, num))
                break  # the item's own share: the first of its sentence
    if len(pairs) < 2 or not any(g is share for g, _ in pairs):
        return []
    total = Decimal(0)
    for g, _ in pairs:
        total = _CTX.add(total, g.q.value)
    if _CTX.subtract(total, _HUNDRED).copy_abs() > 1 and not _close_to_hundred(
        [g for g, _ in pairs]
    ):
        return []
    return pairs


def _items_whole(doc: Document, pairs: list[tuple[Fact, Fact]]) -> Fact | None:
    """The figure printed before numbered items' shares (:func:`_items_shares`) that their
    amounts add up to exactly (or within their rounding); None when none is printed."""
    amounts = _sum_base([n for _, n in pairs])
    first = min(n.index for _, n in pairs)
    candidates = [
        t
        for t in reversed(doc.facts[max(0, first - _CANDIDATE_FACTS) : first])
        if t.role is _VALUE and t.q.unit.is_money and t.depth == 0
    ]
    exact = next((t for t in candidates if t.q.base == amounts), None)
    if exact is not None:
        return exact
    # within the rounding of the amounts (a list with a slip in it: "…合计5472.90万元" of
    # items that add up to 5472.92)
    return next((t for t in candidates if _adds_up(t, [n for _, n in pairs])), None)


def _close_to_hundred(shares: list[Fact]) -> bool:
    """Whether printed shares add up to 100 within the rounding of them all."""
    total, slack = _shares_total(shares)
    return _CTX.subtract(total, _HUNDRED).copy_abs() <= slack


def _list_head(doc: Document, s: Sentence, part: Fact) -> Fact | None:
    """The figure of the sentence whose list (包括…, 其中…) ``part`` is the last item of."""
    text = doc.text
    for g in s.facts:
        if g.index >= part.index:
            return None
        if (
            g.role is _VALUE
            and g.q.unit.dimension is part.q.unit.dimension
            and g.depth == part.depth
            # no ';' or '。' between (_CLAUSE_END, found without a copy), then an introducer
            and text.find(";", g.q.end, part.q.start) < 0
            and text.find("。", g.q.end, part.q.start) < 0
            and _INTRO.search(text, g.q.end, part.q.start) is not None
        ):
            return g
    return None


_IN_CONTEXT = re.compile(r"\s*(?:在|从)[^,;:。]{0,30}?中,")
# "2023年度“三公”经费财政拨款支出决算中,": a context that names its whole, with or without 在
_NAMED_CONTEXT = re.compile(r"\s*(?:在|从)?([^,;:。其]{2,30}?)中,")
# what may come before a name that still names the same figure: a time, a scope, a level
_PLAIN_PREFIX = re.compile(r"(?:\d{4}年度?)?(?:年末|年初|年底)?(?:全[市县区省州旗镇乡]|本级)?")


def _named_plainly(subject: str, name: str) -> bool:
    """Whether ``subject`` is ``name`` with at most a time and a scope before it ("全县常住人口"
    for 常住人口), not a narrower group of it ("城镇常住人口")."""
    return subject.endswith(name) and (
        _PLAIN_PREFIX.fullmatch(subject, 0, len(subject) - len(name)) is not None
    )


def _word_between(doc: Document, word: str, lo: int, hi: int) -> bool:
    """Whether ``word`` is printed wholly inside ``doc.text[lo:hi]``, from its places in the text
    found once per document (each share of a long text asks, for six sentences back)."""
    key = "places " + word
    places = cast("list[int] | None", doc.memo.get(key))
    if places is None:
        places = []
        text = doc.text
        at = text.find(word)
        while at >= 0:
            places.append(at)
            at = text.find(word, at + 1)
        doc.memo[key] = places
    k = bisect.bisect_left(places, lo)
    return k < len(places) and places[k] + len(word) <= hi


def _sentence_style(doc: Document, s: Sentence) -> str | None:
    """``_marker_style(doc.text, s.start)``, once per sentence (each share of it asks)."""
    styles = cast("dict[int, str | None] | None", doc.memo.get("marker styles"))
    if styles is None:
        styles = doc.memo["marker styles"] = {}
    index = s.index
    if index in styles:
        return styles[index]
    style = styles[index] = _marker_style(doc.text, s.start)
    return style


def _nested_under(doc: Document, s: Sentence, head: Fact, num: Fact) -> bool:
    """Whether the part ``num`` follows a 其中 of its own, after a figure of the head's list:
    "支出100万元,其中项目支出50万元,占50%,其中专项业务费30万元,占60%" (the second 其中 breaks
    down 项目支出, whose share 60% is of 50, not of the head 100)."""
    k = _rfind_in(doc, s, "其中", num.q.start)
    if k < 0:
        return False
    # (the first figure after the head, found by bisection among the sentence's: a long sentence
    # of shares is not walked for each)
    at = bisect.bisect_left(doc.starts, head.q.end, s.facts[0].index, s.facts[-1].index + 1)
    return at <= s.facts[-1].index and doc.starts[at] < k


def _rfind_in(doc: Document, s: Sentence, word: str, end: int) -> int:
    """``doc.text.rfind(word, s.start, end)``, from the places of ``word`` in the sentence found
    once (each share of a sentence asks again, for up to six sentences back)."""
    if end > s.end:
        return doc.text.rfind(word, s.start, end)
    memo = cast("dict[tuple[str, int], list[int]]", doc.memo.setdefault("rfind_in", {}))
    places = memo.get((word, s.index))
    if places is None:
        places = []
        at = doc.text.find(word, s.start, s.end)
        while at >= 0:
            places.append(at)
            at = doc.text.find(word, at + 1, s.end)
        memo[(word, s.index)] = places
    k = bisect.bisect_right(places, end - len(word)) - 1
    return places[k] if k >= 0 and places[k] >= s.start else -1


_FLOW_TOTAL = re.compile(r"合计|总计|总额|总(?:收入|支出)")  # not 共计: "A收入共计X" is one item


def _flow_total(doc: Document, share: Fact, num: Fact, flow: str) -> Fact | None:
    """The nearest figure before a share that is a total (合计, 总计, 总…) of money going the
    same way (收入 or 支出) and at least as large as the share's amount."""
    for t in reversed(doc.near(doc.facts, share.index, _CANDIDATE_FACTS)):
        if t.index >= num.index:
            continue
        if (
            t.role is _VALUE
            and t.q.unit.dimension is num.q.unit.dimension
            and _flow(t.subject) == flow
            and _FLOW_TOTAL.search(t.label)
            and t.q.base >= num.q.base
        ):
            return t
    return None


def _share_breakdowns(doc: Document, out: list[Claim]) -> None:
    """Parts printed with their shares of one total, shares adding up to 100: a breakdown, so
    the parts add up to that total too ("货物类采购13.97亿元,占采购总量的19.6%;工程类…;服务类…"
    of the 71.22亿元 printed before). A weak claim: the total is inferred.

    The parts are those of one sentence, or of sentences in a row when one sentence's do not
    reach 100: numbered items, each in its own sentence ("2023年本级留用717.14万元。↵(一)用于
    群众支出490.93万元,占总数的68.5%。…↵(二)用于“竞技体育”支出226.21万元,占总数的31.5%。"),
    each run of them as far as its shares reach 100."""
    groups: dict[tuple[int, int], list[Claim]] = {}
    totals: dict[tuple[int, int], Fact] = {}
    summed: set[int] | None = None
    for c in out:
        status = c.verdict.status
        if c.kind != "share" or (status is not _AGREES and status is not _ROUNDING):
            continue
        inputs = c.inputs
        if len(inputs) < 2:
            continue
        # Its total is one of its inputs: when they are all in the sentence of its amount (the
        # first), so is the total, and a share of a list's total read there is passed (a list
        # in its own sentence is read as one already); found without the readings.
        sentence = inputs[0].sentence
        for f in inputs:
            if f.sentence != sentence:
                break
        else:
            if summed is None:  # (once: the totals of the sums read so far)
                summed = {id(o.printed) for o in out if o.kind == "sum"}
            # (a set operation, not any() over a generator: once per share)
            if not summed.isdisjoint(map(id, inputs[1:])):
                continue
        # The total of the reading that agreed (a share may have been read against several).
        chosen = next((r for r in c.readings if r.name == c.verdict.reading), None)
        if chosen is None or len(chosen.inputs) != 2:
            continue
        num = inputs[0]
        total = next((f for f in inputs if f.q is chosen.inputs[1]), None)
        if total is None:
            continue
        groups.setdefault((num.sentence, total.index), []).append(c)
        totals[(num.sentence, total.index)] = total
    # (the parts of each sum read so far, by its total, made once: a document of many
    # breakdowns asked every claim for each)
    sums_of: dict[int, list[set[int]]] | None = None
    # the shares of each total left over by their sentence, in text order (the groups are)
    left: dict[int, list[Claim]] = {}
    for key, shares in groups.items():
        if len(shares) >= 2 and _shares_whole(shares):
            sums_of = _sum_of_shares(out, totals[key], shares, sums_of)
        else:
            left.setdefault(key[1], []).extend(shares)
    for total_index, shares in left.items():
        shares.sort(key=lambda c: c.inputs[0].index)  # (claims are in the order read)
        i, n = 0, len(shares)
        while i < n:
            # the longest run from shares[i] whose shares add up to 100 (a last share of 0.02%
            # may still belong to it), no longer than a list is
            first = shares[i].inputs[0]
            printed = slack = Decimal(0)
            end = -1
            for j in range(i, min(n, i + _RUN_OF_SHARES)):
                part = shares[j].inputs[0]
                if j > i and (
                    part.sentence - shares[j - 1].inputs[0].sentence > _SIBLING_SENTENCES
                    or part.depth != first.depth
                ):
                    break  # (too far from the run, or of another level)
                printed = _CTX.add(printed, shares[j].printed.q.value)
                slack = _CTX.add(slack, shares[j].printed.q.half)
                if printed > _CTX.add(_HUNDRED, slack):
                    break  # more than all of it
                if j > i and _whole_within(printed, slack):
                    end = j
            if end < 0:
                i += 1
                continue
            run = shares[i : end + 1]
            if first.sentence != run[-1].inputs[0].sentence:
                sums_of = _sum_of_shares(out, doc.facts[total_index], run, sums_of)
            i = end + 1


_RUN_OF_SHARES = 60  # the most parts of a breakdown read from their shares


def _shares_whole(shares: list[Claim]) -> bool:
    """Whether the printed shares add up to 100, within the rounding of each."""
    printed = Decimal(0)
    slack = Decimal(0)
    for c in shares:
        printed = _CTX.add(printed, c.printed.q.value)
        slack = _CTX.add(slack, c.printed.q.half)
    return _whole_within(printed, slack)


def _whole_within(printed: Decimal, slack: Decimal) -> bool:
    """Whether shares adding up to ``printed`` make 100 within their rounding ``slack``."""
    return _CTX.subtract(printed, _HUNDRED).copy_abs() <= slack


def _sum_of_shares(
    out: list[Claim], total: Fact, shares: list[Claim], sums_of: dict[int, list[set[int]]] | None
) -> dict[int, list[set[int]]]:
    """The sum of the parts of ``shares`` (adding up to 100) as a breakdown of ``total``, unless
    a list read before holds the same parts; ``sums_of``, the parts of the sums read so far by
    their total's id, made on the first call and returned."""
    parts = [c.inputs[0] for c in shares]
    ids = {id(p) for p in parts}
    if sums_of is None:
        sums_of = {}
        for c in out:
            if c.kind == "sum":
                sums_of.setdefault(id(c.printed), []).append({id(p) for p in c.inputs})
    if ids in sums_of.get(id(total), ()):
        return sums_of  # the same breakdown, read as a list already
    signs = tuple([1] * len(parts))
    r = Reading("the parts with shares", tuple(p.q for p in parts), linear(signs), signs)
    out.append(_make("sum", total, parts, [r], False, _SHARE_BREAKDOWN))
    sums_of.setdefault(id(total), []).append(ids)  # (one more sum read)
    return sums_of


_SHARE_BREAKDOWN = "sum of the parts given with their shares"
_SIBLING_SENTENCES = 8  # how far apart shares of one named total may stand
_CANDIDATE_FACTS = 80  # how far from a share its total may be printed, in facts


def _consensus_total(doc: Document, share: Fact, num: Fact) -> Fact | None:
    """The total of a share whose name matches no printed figure ("占支出总预算82.27%" where the
    figure is printed as "财政拨款收支总预算7,057,486.18元"): the one figure nearby that fits
    every share of that name but at most one, and at least two of them. AggChecker's reading:
    the plausible total is the one the text's own shares agree on; a single share is never
    enough, so nothing is claimed for it."""
    keys, group = _share_groups(doc).get((share.ref, share.phase), ([], []))
    lo = bisect.bisect_left(keys, share.sentence - _SIBLING_SENTENCES)
    hi = bisect.bisect_right(keys, share.sentence + _SIBLING_SENTENCES)
    # (and within _CANDIDATE_FACTS facts of it, as its total is: in a long sentence of shares,
    # as a page without full stops prints them, eight sentences are the whole text, and each
    # share judged every other's amount against every candidate)
    lo = bisect.bisect_left(group, share.index - _CANDIDATE_FACTS, lo, hi, key=_share_index)
    hi = bisect.bisect_right(group, share.index + _CANDIDATE_FACTS, lo, hi, key=_share_index)
    siblings = [(g, n) for g, n in group[lo:hi] if n.q.unit.dimension is num.q.unit.dimension]
    if len(siblings) < 3:
        return None
    numerators = {id(n) for _, n in siblings}
    largest = max(n.q.base for _, n in siblings)
    # The total each of two shares implies: a candidate must be near one of them (all but one
    # share fit it), which spares judging every figure nearby.
    implied = [
        _CTX.divide(_CTX.multiply(n.q.base, Decimal(100)), g.q.value)
        for g, n in siblings[:2]
        if g.q.value > 0
    ]
    best: Fact | None = None
    best_fits = 0
    tie = False
    judged: dict[str, int] = {}  # a figure printed again fits the same shares
    # (and whether a share fits a figure is kept per document: the shares of one total judge
    # one another's amounts against the same candidates)
    fitting = cast("dict[tuple[int, str], bool] | None", doc.memo.get("share fits"))
    if fitting is None:
        fitting = doc.memo["share fits"] = {}
    for t in doc.near(doc.facts, share.index, _CANDIDATE_FACTS):
        if (
            t.role is not _VALUE
            or t.q.unit.dimension is not num.q.unit.dimension
            or id(t) in numerators
            or t.q.base <= largest
            or not any(
                _CTX.subtract(t.q.base, v).copy_abs() <= _CTX.multiply(v, _NEAR) for v in implied
            )
        ):
            continue
        fits = judged.get(t.q.text)
        if fits is None:
            fits = judged[t.q.text] = sum(_fits(g, n, t, fitting) for g, n in siblings)
        if fits > best_fits:
            best, best_fits, tie = t, fits, False
        elif fits == best_fits and best is not None:
            if t.q.base != best.q.base:
                tie = True
            elif abs(t.index - share.index) < abs(best.index - share.index):
                best = t  # the same figure printed nearer
    if best is None or tie:
        return None
    if (
        best_fits < len(siblings) - 1
        # in a long list one share in four may be misprinted ("…维护费支出1105.73万元,占总支出
        # 的20.21%" for 20.20, and 0.86 for 0.87 among eight): the others still agree on it
        and not (len(siblings) >= 8 and best_fits >= len(siblings) - len(siblings) // 4)
        and not (best_fits >= 2 and _closes_a_run(best, [n for _, n in siblings]))
    ):
        return None
    return best


def _fits(share: Fact, num: Fact, total: Fact, fitting: dict[tuple[int, str], bool]) -> bool:
    """Whether ``num`` is ``share`` of ``total`` (judged, or within rounding), kept in
    ``fitting`` by the share and the total as printed."""
    key = (share.index, total.q.text)
    found = fitting.get(key)
    if found is None:
        status = judge([Reading("", (num.q, total.q), ratio_percent)], share.q).status
        found = fitting[key] = status in (_AGREES, _ROUNDING)
    return found


def _share_index(entry: tuple[Fact, Fact]) -> int:
    return entry[0].index


def _closes_a_run(total: Fact, numerators: list[Fact]) -> bool:
    """Whether three or more consecutive shares' amounts add up to ``total`` exactly (then two
    shares that fit it are enough): "(一)…
    850088.3元,占支出总预算78.33%…(四)…74784.48元,占支出总预算6.90%" and "总预算1085203.63元"
    agree on the whole even where two of the shares are misprinted.

    A run from i to k adds up to the total when the sum of the amounts before k + 1, less the
    total, is the sum of those before i: one pass with the sums seen (exact, as each run's own
    sum is), not a sum per run."""
    target = total.q.base
    before: set[Decimal] = set()  # the sums of the first i amounts, for runs of three or more
    sums = [Decimal(0)]
    for k, n in enumerate(numerators):
        if k >= 2:
            before.add(sums[k - 2])
        sums.append(_CTX.add(sums[-1], n.q.base))
        if k >= 2 and _CTX.subtract(sums[-1], target) in before:
            return True
    return False


_NEAR = Decimal("0.05")  # how far a candidate total may be from the one a share implies


_ShareGroups = dict[tuple[str, str], tuple[list[int], list[tuple[Fact, Fact]]]]


#: the generic wholes of one flow: their shares may agree on a total (see _consensus_total)
_FLOW_WHOLES = ("总收入", "总支出")


def _share_groups(doc: Document) -> _ShareGroups:
    """Every named share of the document with its amount, by (total's name, phase), in order,
    with the sentence index of each (for bisecting); built once per document."""
    memo = doc.memo.get("share-groups")
    if memo is not None:
        return cast("_ShareGroups", memo)
    groups: _ShareGroups = {}
    for s in doc.figured:
        for i, g in enumerate(s.facts):
            if g.role is _SHARE and (g.ref not in _GENERIC or g.ref in _FLOW_WHOLES):
                n = _numerator(doc, s, i)
                if n is not None:
                    keys, entries = groups.setdefault((g.ref, g.phase), ([], []))
                    keys.append(s.index)
                    entries.append((g, n))
    doc.memo["share-groups"] = groups
    return groups


# "稅課收入139億6,932萬餘元、補助及協助收入241億9,760萬餘元占最大宗,…,合計占歲入94.02%": the share
# of the figures listed before it, together.
_COMBINED = re.compile(r"(?:合计|共计|合共|两者|二者|三者)(?:共)?占")


_NAMELESS = ("", "比", "总", "合计", "总额")

#: The relation of a combined share: the parts together, of a total (its message says so).
PARTS_OF_TOTAL = "sum of the parts / total"


def _combined_share(doc: Document, s: Sentence, i: int, out: list[Claim]) -> bool:
    """A share of the sum of the sentence's amounts before it (a weak claim). True when the
    share is of two or more parts together and names its total, whether or not that total is
    printed: without it there is nothing to check, and no single part is the numerator
    ("培训项目60万元、维修项目30万元,合计占项目支出的90%" is not 30 / 60)."""
    share = s.facts[i]
    # (the amounts of the share's own segment: not those before a ';', another statement's —
    # "…方案分别为1,500亿元及1,000亿元,…;…主要配置于前开4大类…支出,预算金额合计占总预算歲出之
    # 76.98%" names its parts in words)
    segment = doc.text.rfind(";", s.start, share.q.start)
    whole = share.base  # the whole when printed after 占 ("合计占项目支出120万元的80%")
    parts = [
        g
        for g in _upto(s.facts, i)
        if g.role is _VALUE
        and g.is_amount
        and g.depth == share.depth
        and g.q.start > segment
        and g is not whole
    ]
    if not parts and segment >= 0:
        # no amount in the share's own statement, only before its ';': its parts are named in
        # words, and no figure of another statement is one of them (nothing to check)
        return True
    if len(parts) < 2 or len({p.q.unit.dimension for p in parts}) != 1:
        return False
    # a total named, even by a generic name ("合计占总支出的90%"); only "合计占比" names none
    named = share.ref not in _NAMELESS
    if whole is not None and whole.q.unit.dimension is parts[0].q.unit.dimension:
        totals = [whole] if whole.q.base > 0 else []
    else:
        totals = (
            [
                t
                for t in _lookup(doc, share.ref, near=share, dims=(parts[0].q.unit.dimension,))
                if t not in parts and t.q.base > 0
            ]
            if named
            else []
        )
    if not totals:
        return named
    total = totals[0]
    r = Reading(
        "the parts together, of " + total.q.text,
        (total.q, *(p.q for p in parts)),
        _sum_share,
    )
    out.append(_make("share", share, [*parts, total], [r], False, PARTS_OF_TOTAL))
    return True


def _sum_share(values: Sequence[Decimal]) -> Decimal | None:
    """100 × (Σ values[1:]) / values[0]."""
    total = Decimal(0)
    for v in values[1:]:
        total = _CTX.add(total, v)
    return ratio_percent((total, values[0]))


def _share_of_sum(values: Sequence[Decimal]) -> Decimal | None:
    total = Decimal(0)
    for v in values[1:]:
        total = _CTX.add(total, v)
    return ratio_percent((values[0], total))


def _whole_of_closed(larger: Fact, closed: list[Fact]) -> bool:
    """Whether a larger figure before a share may be its whole when the sentence's shares
    make a closed list: always when they make none; else when the list's amounts add up to it
    within their rounding ("捐赠总额达到16.3亿元,机构…13.79亿元,占比84.6%,…个人…2.5亿元,
    占比15.4%": 16.29 is 16.3 as printed)."""
    if not closed:
        return True
    if any(p.q.unit is not larger.q.unit for p in closed):
        return False
    total = Decimal(0)
    slack = larger.q.half
    for p in closed:
        total = _CTX.add(total, p.q.base)
        slack = _CTX.add(slack, p.q.half)
    return _CTX.subtract(total, larger.q.base).copy_abs() <= slack


def _closed(doc: Document, s: Sentence, share: Fact) -> list[Fact]:
    """The amounts of a sentence's shares when they have no named total and add up to 100;
    computed once per sentence and depth (a sentence of many shares asks for each of them)."""
    memo = cast("dict[tuple[int, int], list[Fact]]", doc.memo.setdefault("closed", {}))
    key = (s.index, share.depth)
    found = memo.get(key)
    if found is None:
        found = memo[key] = _closed_list(s, share.depth)
    return found


def _closed_list(s: Sentence, depth: int) -> list[Fact]:
    pairs: list[Fact] = []
    shares: list[Fact] = []
    for i, f in enumerate(s.facts):
        if f.role is _SHARE and f.ref in _GENERIC and f.depth == depth:
            num = _value_before(s, i)
            if num is None or num in pairs:
                return []
            pairs.append(num)
            shares.append(f)
    if len(pairs) < 2 or len({p.q.unit for p in pairs}) != 1:
        return []
    return pairs if _close_to_hundred(shares) else []


def _implied_parts(doc: Document, ref: str, share: Fact, num: Fact) -> list[list[Fact]]:
    """The printed parts of a total that is named but not printed (a standard breakdown): each
    way of choosing them among the nearest figures of each name."""
    for total_name, part_names in DECOMPOSITIONS:
        if not ref.endswith(total_name) or not num.subject.endswith(part_names):
            continue
        options: list[list[Fact]] = []
        for name in part_names:
            if num.subject.endswith(name):
                options.append([num])
                continue
            found = [
                f
                for f in _lookup(doc, name, near=share, dims=(num.q.unit.dimension,), limit=6)
                if f.subject.endswith(name) and f.q.unit is num.q.unit
            ]
            if not found:
                break
            options.append(found[:3])
        else:
            return [list(c) for c in itertools.product(*options)][:9]
    return []


@functools.lru_cache(maxsize=4096)
def _breakdowns_of(subject: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The standard breakdowns (DECOMPOSITIONS, in order) one of whose parts ``subject`` ends
    with: a pure function of the subject, worked out once per subject (most have none)."""
    return tuple(d for d in DECOMPOSITIONS if subject.endswith(d[1]))


def _parent(doc: Document, part: Fact) -> Fact | None:
    """The nearest total, before the part, of a standard breakdown the part belongs to."""
    for total_name, part_names in _breakdowns_of(part.subject):
        pool = doc.named(total_name, near=part.index)
        # (the nearest first, walked back from the part: not every figure of the name in the
        # window, a long text of like sentences has hundreds)
        for k in range(bisect.bisect_left(pool, part.index, key=_fact_index) - 1, -1, -1):
            t = pool[k]
            if (
                t.q.unit is part.q.unit
                and _same_series(t, part)
                and not t.subject.endswith(part_names)
                and (
                    len(total_name) > 2
                    or _TOTAL_OR_WHOLE.search(t.label + t.subject)
                    or t.subject.endswith(AGGREGATES)
                )
            ):
                return t
    return None


def _respectively(doc: Document, s: Sentence, run: list[Fact], out: list[Claim]) -> None:
    """ "货物、工程、服务分别为A、B和C,占…的P、Q和R"; the whole may be printed after 占
    ("A支出150万元、B支出50万元,分别占支出总额200万元的75%、25%": the run's first share's
    ``base``), and is then no part and the run's whole."""
    first = _position(s, run[0])
    if first is None:
        return
    whole = run[0].base
    values = [
        f
        for f in _upto(s.facts, first)
        if f.role is _VALUE and f.is_amount and f.depth == run[0].depth and f is not whole
    ]
    if not values and s.index > 0 and doc.sentences[s.index - 1].paragraph == s.paragraph:
        # "…企业经费支出291.5亿元,…;政府属研究机构经费支出217.4亿元,…;高等学校经费支出47.8亿元,
        # …。企业、政府属研究机构、高等学校经费支出所占比重分别为51.9%、38.6%和8.5%": the run's
        # amounts are the sentence before's, one for each share
        values = [
            f
            for f in doc.sentences[s.index - 1].facts
            if f.role is _VALUE and f.is_amount and f.depth == run[0].depth
        ]
        if len(values) != len(run):
            return
    if len(values) < len(run):
        return
    parts = values[-len(run) :]
    ref = run[0].ref
    if whole is not None and whole.q.unit.dimension is parts[0].q.unit.dimension:
        totals = [whole]
    else:
        totals = (
            _lookup(doc, ref, near=run[0], dims=(parts[0].q.unit.dimension,), before_only=True)
            if ref
            else []
        )
        totals = [t for t in totals if t not in parts]
    strong, relation = len(totals) == 1, "amount / total × 100"
    if not totals:
        # a name no printed figure has ("占支出总预算的30%、20%"), or none ("所占比重分别为…"):
        # the total the document's shares of that name agree on (_consensus_total), or the
        # figure before the parts all shares of the run but one agree on (_run_whole), a weak
        # reading
        agreed = _consensus_total(doc, run[0], parts[0]) if ref else None
        if agreed is None:
            agreed = _run_whole(doc, parts, run)
        if agreed is None or agreed in parts:
            return
        totals, strong, relation = [agreed], False, "amount / the total its siblings fit"
    for part, share in zip(parts, run, strict=True):
        readings = [Reading(f"of {t.q.text}", (part.q, t.q), ratio_percent) for t in totals[:2]]
        out.append(_make("share", share, [part, *totals[:2]], readings, strong, relation))


def _run_whole(doc: Document, parts: list[Fact], run: list[Fact]) -> Fact | None:
    """The whole of a run of shares that names none: of the figures printed before the parts
    (:data:`_CANDIDATE_FACTS` of them), larger than their sum, the one that all the shares but
    one agree on (three shares or more), when no other figure does as well; or, for a run of
    two, the figure right before the parts that they add up to ("财政收入为475.20亿元。其中税收
    350.2亿元,非税125亿元,占比分别为73.7%和26.3%")."""
    dimension = parts[0].q.unit.dimension
    if len(run) < 3:
        if parts[-1].sentence != run[0].sentence:
            return None  # (the amounts of the sentence before: "…比重分别达到16.41%和22.52%")
        # (the nearest figure of the parts' dimension before them, past their rates and changes)
        for k in range(parts[0].index - 1, max(-1, parts[0].index - 7), -1):
            t = doc.facts[k]
            if t.role is not _VALUE:
                continue
            if t.q.unit.dimension is not dimension or t.depth != parts[0].depth:
                return None
            return t if _parts_agree(t, parts) else None
        return None
    floor = _sum_base(parts)
    best: Fact | None = None
    best_fits = 0
    tie = False
    seen: set[str] = set()
    for t in doc.near(doc.facts, parts[0].index, _CANDIDATE_FACTS):
        if (
            t.index >= parts[0].index
            or t.role is not _VALUE
            or t.q.unit.dimension is not dimension
            or t.q.base < floor
            or t.q.text in seen
        ):
            continue
        seen.add(t.q.text)
        fits = sum(
            judge([Reading("", (p.q, t.q), ratio_percent)], share.q).status in (_AGREES, _ROUNDING)
            for p, share in zip(parts, run, strict=True)
        )
        if fits > best_fits:
            best, best_fits, tie = t, fits, False
        elif fits == best_fits:
            tie = True
    if best is None or tie or best_fits < len(run) - 1:
        return None
    return best


# ----------------------------------------------------------------------------------------------
# Completion: "预算为A万元,决算为B万元,完成预算的C%", "占年初预算A万元的C%"


def _completion_over_gap(s: Sentence, rate: Fact, actual: Fact, out: list[Claim]) -> None:
    """ "支出总计1741.75万元,…完成年初预算100%,决算数大于预算数55.93万元": no budget printed,
    but the actual figure and its gap to the budget imply it (1741.75 − 55.93). An inferred
    reading: a disagreement is a warning."""
    if not actual.q.unit.is_money:
        return
    # (a change against the budget is its gap too: "支出合计为9615.12万元,完成年初预算71.21%,
    # 比年初预算减少3887.49万元")
    gaps = [
        g
        for g in s.facts
        if (g.gap or (g.role is _CHANGE and g.basis is _BASIS_BUDGET))
        and g.q.unit.is_money
        and g.depth == rate.depth
        and g.index > actual.index
    ]
    if len(gaps) != 1:
        return
    gap = gaps[0]
    r = Reading(
        f"{actual.q.text} of {actual.q.text} {'−' if gap.sign > 0 else '+'} {gap.q.text}",
        (actual.q, gap.q),
        completion_over_gap(gap.sign),
    )
    out.append(_make("completion", rate, [actual, gap], [r], False, COMPLETION_OVER_GAP))


#: The relation of a completion rate against the budget its actual figure and gap imply.
COMPLETION_OVER_GAP = "actual / (actual ∓ gap) × 100"


_TWO = Decimal(2)


def _plausible_rate(actual: Fact, budget: Fact, rate: Fact) -> bool:
    """Whether ``actual`` over ``budget`` is within a factor of two of the printed rate."""
    if budget.q.base <= 0 or rate.q.value <= 0:
        return True
    computed = _CTX.divide(_CTX.multiply(actual.q.base, Decimal(100)), budget.q.base)
    return rate.q.value <= _CTX.multiply(computed, _TWO) and computed <= _CTX.multiply(
        rate.q.value, _TWO
    )


# A heading that names a budget and not its execution ("(一)财政收支预算情况", "二、预算批复情况";
# not "(二)财政收支预算执行情况")
_BUDGET_HEADING = re.compile(r"预算(?:编制|批复|安排|调整)?(?:情况|安排)")
_NOT_BUDGET_HEADING = re.compile(r"执行|完成|决算|实际")


def _heading_of(doc: Document, sentence: int) -> Sentence | None:
    """The nearest numbered heading without figures at or before a sentence (20 at the most)."""
    levels = _levels(doc)
    for k in range(sentence, max(-1, sentence - 20), -1):
        if levels[k] is not None and not doc.sentences[k].facts:
            return doc.sentences[k]
    return None


def _section_budget(doc: Document, rate: Fact, actual: Fact) -> list[Fact]:
    """The figure of the actual one's name under a heading of its own that names the budget,
    before the actual's heading: a budget section before an execution section."""
    if not actual.subject or not actual.q.unit.is_money:
        return []
    own = _heading_of(doc, actual.sentence)
    if own is None:
        return []
    found = []
    for g in _lookup(doc, actual.subject, near=actual, dims=(_MONEY,), before_only=True, limit=4):
        if g.phase == "actual" or g.sentence >= own.index or g.q.unit is not actual.q.unit:
            continue
        heading = _heading_of(doc, g.sentence)
        if heading is None or heading is own:
            continue
        words = doc.sentence_text(heading)
        if (
            _BUDGET_HEADING.search(words)
            and not _NOT_BUDGET_HEADING.search(words)
            and _plausible_rate(actual, g, rate)
        ):
            found.append(g)
    return found[:1]


def _budget_named(doc: Document, s: Sentence, rate: Fact, actual: Fact) -> list[Fact]:
    """The last figure of money before the actual one, in its sentence or the two before it
    (same paragraph), whose words name the budget a completion rate names: 调整 (调整为,
    调整后) or 年初 ("收入调整为368000万元,实际收入377841万元,…,完成调整预算的102.67%")."""
    key = next((k for k in ("调整", "年初") if k in rate.ref), None)
    if key is None or rate.q.value <= 0:
        return []
    implied = _CTX.divide(_CTX.multiply(actual.q.base, Decimal(100)), rate.q.value)
    found: list[Fact] = []
    # a sentence that opens its paragraph reads the paragraph before ("…支出调整为263.68亿元。…
    # 支出预算总额为261.25亿元。↵↵2022年全区完成一般公共预算支出251.45亿元,完成调整后支出预算的
    # 96.3%"), where the budget's last figure after the adjustment is the one it names
    before = doc.sentences[s.index - 1].paragraph if s.index else s.paragraph
    opens = before != s.paragraph
    for g_s in doc.sentences[max(0, s.index - 2) : s.index + 1]:
        if g_s.paragraph != s.paragraph and not (opens and g_s.paragraph == before):
            continue
        found.extend(
            g
            for g in g_s.facts
            if (g_s is not s or g.q.end <= actual.q.start)
            and g.role is _VALUE
            and g.q.unit.dimension is actual.q.unit.dimension
            and g.depth == 0
            and not g.in_table
            and (key in g.label or (opens and g.phase == "budget"))
            # a figure found by words alone is the budget only when the rate nearly fits it (a
            # 三公 total's 年初预算 is not its item's)
            and _CTX.subtract(g.q.base, implied).copy_abs() <= _CTX.multiply(implied, _NEAR)
        )
    return found[-1:]


def _completions(doc: Document, s: Sentence, out: list[Claim]) -> None:
    for i, f in enumerate(s.facts):
        if f.role is not _COMPLETION:
            continue
        if f.base is not None:
            k = s.facts.index(f.base)
            actual = _value_before(s, k)
            if actual is None:
                continue
            r = Reading(f"{actual.q.text} of {f.base.q.text}", (actual.q, f.base.q), ratio_percent)
            out.append(_make("completion", f, [actual, f.base], [r], True, "actual / budget × 100"))
            continue
        before = s.facts[i - 1] if i else None
        if before is not None and before.role is _VALUE and before.q.unit.dimension is _PERCENT:
            # "到位率绩效目标值是100%,实际完成值为100%,目标完成率为100%": a completion of a rate,
            # its actual right before it and its target before that; of no amount printed earlier
            target = s.facts[i - 2] if i > 1 else None
            if (
                before.phase == "actual"
                and target is not None
                and target.role is _VALUE
                and target.q.unit.dimension is _PERCENT
                and target.phase == "budget"
            ):
                r = Reading(
                    f"{before.q.text} of {target.q.text}", (before.q, target.q), ratio_percent
                )
                out.append(
                    _make("completion", f, [before, target], [r], True, "actual / budget × 100")
                )
            continue
        values = [g for g in s.facts[:i] if g.role is _VALUE and g.is_amount and g.depth <= f.depth]
        if not values:
            continue
        if (
            len(values) >= 2
            and _UNSPENT.search(values[-1].label)
            and values[-2].q.unit is values[-1].q.unit
        ):
            # "资金支付18501.096万元,未支703万元,支付率95%": what was paid over what was paid and
            # what was not (a weak reading: the whole is implied)
            paid, unpaid = values[-2], values[-1]
            if _WHOLE_BEFORE_UNDONE.search(paid.label):
                # "市本级直达资金45.66亿元,未分配0.32亿元,分配率99.3%": the figure before what was
                # not done is the whole; what was done is the rest of it
                r = Reading(
                    f"{paid.q.text} − {unpaid.q.text} of {paid.q.text}",
                    (paid.q, unpaid.q),
                    _done_of_whole,
                )
                out.append(
                    _make(
                        "completion",
                        f,
                        [paid, unpaid],
                        [r],
                        False,
                        "(whole − undone) / whole × 100",
                    )
                )
                continue
            r = Reading(
                f"{paid.q.text} of {paid.q.text} + {unpaid.q.text}",
                (paid.q, unpaid.q),
                completion_over_gap(-1),
                note=f"{paid.q.text} + {unpaid.q.text}",
            )
            out.append(_make("completion", f, [paid, unpaid], [r], False, COMPLETION_OVER_GAP))
            continue
        actual = values[-1]
        end = len(values) - 1
        if not actual.phase and _LEFT_OVER.search(actual.label):
            # "批复指标11.49亿元,已用指标7.94亿元,预算结余3.55亿元,执行率69%": the figure named
            # as the actual one, not what is left printed after it (and not the funds received
            # before what was paid: "实际收到资金495万元,项目共支付470.37万元,支付率为95.02%")
            for k in range(end - 1, -1, -1):
                if values[k].phase == "budget":
                    break
                if values[k].phase == "actual":
                    actual, end = values[k], k
                    break
            else:
                if end >= 1 and values[end - 1].q.unit is actual.q.unit:
                    # "补助资金2.00万元,…,资金已使用2.00万元,结余0万元,资金执行率100%": with no
                    # phase named, the figure right before what is left is what was used
                    actual, end = values[end - 1], end - 1
        done = _COMPLETED_HEAD.sub("", actual.subject)
        if _PHASE_ONLY.fullmatch(done) is not None or _DONE.search(actual.label) is not None:
            # "实际完成值为40次", "已分解下达项目单位407.3亿元": the actual of the figure named
            # before it
            done = ""
        named = next((k for k in ("调整", "年初") if k in f.ref), None)
        budgets = [
            g
            for g in values[:end]
            if g.phase == "budget"
            and (not g.subject or not done or _related(g.subject, done))
            # "年初预算为417784万元,完成支出630281万元,占调整预算的94.1%": the other budget
            and (named is None or _OTHER_BUDGET[named] not in g.label)
        ]
        # "支出预算为417784万元,完成支出630281万元,占调整预算的94.1%": a budget not named as
        # adjusted may be the one before the adjustment (a weak reading; a plain 预算 is the
        # 年初 one a rate of 年初预算 names)
        strong = named != "调整" or not budgets or named in budgets[-1].label
        if not budgets:
            if actual.phase == "budget":
                continue
            budgets = [
                b
                for b in _lookup(
                    doc,
                    actual.subject,
                    near=actual,
                    dims=(actual.q.unit.dimension,),
                    phase="budget",
                    limit=2,
                )
                # found by name alone, a budget the rate misses by more than half is another
                # figure of that name ("中央本级支出35570.83亿元,完成预算的100%" is not of the
                # 中央本级支出1466.78亿元 of 中央预算内投资 further on: 2425%)
                if _plausible_rate(actual, b, f) or _slipped_ratio(actual, b) is not None
            ]
            strong = False
            if (
                not budgets
                and end >= 1
                and _DONE.search(actual.label) is not None
                and values[end - 1].q.unit is actual.q.unit
                and values[end - 1].q.base >= actual.q.base
                and not values[end - 1].phase
            ):
                # "市本级直达资金45.66亿元,已支出27.78亿元,支出进度60.8%": with no budget found by
                # name, what is done is of the figure right before it (a weak reading)
                budgets = [values[end - 1]]
        if not budgets and actual.q.unit.is_money:
            # "…收入预算调整为200.12亿元。2022年全区完成一般公共预算收入202.96亿元,完成调整预算
            # 数的101.42%": the budget the rate names (调整, 年初) by the words before a figure of
            # the two sentences before, in the paragraph (a weak reading)
            budgets = _budget_named(doc, s, f, actual)
            if not budgets:
                # "(一)财政收支预算情况↵…财政总收入335,857万元。…(二)财政收支预算执行情况↵1.…财政
                # 总收入323,712万元,完成预算的96.38%": the figure of that name under a heading
                # that names the budget (a weak reading)
                budgets = _section_budget(doc, f, actual)
            strong = strong and not budgets
        if not budgets and s.index > 0 and doc.sentences[s.index - 1].paragraph == s.paragraph:
            # "2月份,…收入5682万元,完成预算105425万元的5.39%,…。1-2月,…收入17056万元,完成预算的
            # 16.18%": the budget printed in the sentence before for the same figure's month
            # (a weak reading)
            last = doc.sentences[s.index - 1]
            budgets = [
                g
                for k, g in enumerate(last.facts)
                if g.role is _ROLE_BASE
                and g.q.unit is actual.q.unit
                and k > 0
                and (before := _value_before(last, k)) is not None
                and before.subject == actual.subject
            ][-1:]
        if not budgets and _EXECUTION_RATE.search(f.label) and actual.q.unit.is_money:
            # "项目资金共2179万元,截止…,已完成拨付2113.63万元,执行率97%": the whole printed
            # before the actual figure in its sentence (a weak reading)
            # (of its own item, no ';' between: "②…项目1605万元,资金执行率100%;③…支付71.01万元,
            # 资金执行率30%" is no 71.01 of 1605)
            budgets = [
                g
                for g in values[:end]
                if g.q.unit is actual.q.unit and g.q.base >= actual.q.base and not g.in_table
            ][-1:]
            if budgets and ";" in doc.text[budgets[0].q.end : actual.q.start]:
                budgets = []
            strong = False
        if not budgets and _EXECUTION_RATE.search(f.label):
            # "2023年预算安排…财政资金3267.28万元。…至2023年底我局项目执行金额2856.63万元,执行率
            # 87.43%": an execution rate against the sentence before's figures (weak readings)
            prev = _figured_before(doc, s) if s.index > 0 else None
            if prev is not None and prev.paragraph == s.paragraph and actual.q.unit.is_money:
                budgets = [
                    g
                    for g in prev.facts
                    if g.role is _VALUE
                    and g.q.unit.is_money
                    and not g.in_table
                    and g.depth == 0
                    and g.q.base >= actual.q.base
                    and (g.phase == "budget" or _BUDGETED.search(doc.text, prev.start, g.q.start))
                ][-2:]
        if not budgets:
            _completion_over_gap(s, f, actual, out)
            continue
        if not strong and end >= 2 and budgets == [values[end - 1]]:
            # "到位资金6.02亿元,核拨资金5.59亿元、核拨率92.78%,实际支付资金5.55亿元,资金支付率
            # 92.20%": the figure before has a rate of its own, of the one before it; the rates
            # of the chain may all be of that first (both readings)
            first = values[end - 2]
            if (
                first.q.unit is actual.q.unit
                and first.q.base >= budgets[0].q.base
                and any(
                    g.q.unit.dimension is _PERCENT
                    and budgets[0].q.end <= g.q.start < actual.q.start
                    for g in s.facts
                )
            ):
                budgets.append(first)
        budget = budgets[-1] if strong else budgets[0]
        readings = [
            Reading(f"{actual.q.text} of {b.q.text}", (actual.q, b.q), ratio_percent)
            for b in (budgets if not strong else [budget])
        ]
        inputs = [actual, *(budgets if not strong else [budget])]
        slip = _slipped_ratio(actual, budget)
        if slip is not None:
            readings.insert(0, slip)
            strong = False
        claim = _make("completion", f, inputs, readings, strong, "actual / budget × 100")
        _mark_slip(claim, [slip], actual)  # the figure in 元 among figures in 万元
        out.append(claim)
        _comparison(doc, s, f, actual, budget, out)


# "完成收入441521万元": the verb of completion before a name is no part of it (the name is 收入,
# of "政府性基金收入预算为406500万元")
_COMPLETED_HEAD = re.compile(r"^(?:实际|累计|共|全年)?完成(?=[\u4e00-\u9fff]{2})")
# a name of the actual phase alone ("实际完成值", "完成数"): the actual of the figure before it
_PHASE_ONLY = re.compile(r"(?:实际)?(?:完成|执行)(?:值|数|额)?|实际(?:值|数)")
# the budget a rate naming one (调整, 年初) is not of
_OTHER_BUDGET = {"调整": "年初", "年初": "调整"}
_COMPARISON_WORDS = re.compile(r"决算数?(大于|小于|等于|高于|低于)(?:年初)?预算数?")
_EXECUTION_RATE = re.compile(r"(?:执行|支付|拨付|支出|使用|到位)(?:率|进度)")
# "未支703万元", "尚未拨付…": what was not paid of a whole
_UNSPENT = re.compile(r"(?:未|尚未)(?:支|支付|拨付|拨|使用|执行|分配|下达)(?:资金)?(?:为|是)?$")
# what was done of a sum of money, said so: 已… ("已支出27.78亿元", "已分配33.80亿元")
_DONE = re.compile(r"^[\s,]*已")
# a figure named by a verb of spending alone ("…26200万元,支出6499.75万元")
_BARE_DONE = re.compile(r"[\s,、]*(?:实际)?(?:支出|支付|拨付|使用)(?:资金)?(?:为|了)?")
# what of a figure before it was done, said so after a time word and the money's name at most
# ("目前已下达", "已拨付", "目前项目资金已拨付")
_DONE_OF_PART = re.compile(
    r"^[\s,、]*(?:目前|截至目前|现|均)?(?:[^\s,;:。\d]{0,6}(?:资金|经费))?已(?:累计)?(?:分解)?"
    r"(?:下达|拨付|支付|到位|完成|使用|支出|执行|分配|兑现|发放)"
)
# a whole named before what of it was not done: its name holds no verb of doing (已…, 实际…,
# 支付, 拨付, 完成, 使用)
_WHOLE_BEFORE_UNDONE = re.compile(
    r"^(?!.*(?:已|实际|支付|拨付|完成|使用|支出|执行))[^,;]*(?:资金|合计|总额|预算)"
)


def _done_of_whole(values: Sequence[Decimal]) -> Decimal | None:
    """100 × (whole − undone) / whole."""
    whole, undone = values
    if whole <= 0:
        return None
    return _CTX.multiply(_CTX.divide(_CTX.subtract(whole, undone), whole), 100)


# (what an execution or payment rate is of: the budget, or the funds received: 到位, 收到, 下达)
_BUDGETED = re.compile(r"预算|安排|到位|收到|下达")
# what is left of a whole ("预算结余3.55亿元", "结转下年…", "剩余…")
_LEFT_OVER = re.compile(r"结余|剩余|结转|余额")


def _comparison(
    doc: Document, s: Sentence, rate: Fact, actual: Fact, budget: Fact, out: list[Claim]
) -> None:
    """ "决算数小于年初预算数" against the two figures."""
    m = _COMPARISON_WORDS.search(doc.text, rate.q.end, s.end)
    if m is None:
        return
    said = {"高于": "大于", "低于": "小于"}.get(m.group(1), m.group(1))
    a, b = actual.q.base, budget.q.base
    truth = "大于" if a > b else "小于" if a < b else "等于"
    if said == truth:
        return
    verdict = Verdict(_DISAGREES, None, truth, said)
    out.append(
        Claim(
            "comparison",
            rate,
            (actual, budget),
            (),
            verdict,
            True,
            m.group(0),
            m.start(),
            m.end(),
        )
    )


# ----------------------------------------------------------------------------------------------
# Lists: "T万元,其中A万元,B万元…", "(包含…)", "分别为…"

_INTRO = re.compile(r"(?:" + "|".join(sorted(INTRODUCERS, key=len, reverse=True)) + r")[:,]?")
_INTRO_FIRSTS = frozenset(w[0] for w in INTRODUCERS)  # where a match of _INTRO can start
# Both kinds in one scan of a sentence (a 主要… partial introducer is tried first).
# "扣减用于偿还一般债券本金1亿元": 用于 after a verb of deduction names a purpose, not a list.
# "增加124.29万元,主要一般公共预算拨款减少0.98万元,事业收入增加125.27万元": 主要 right after a
# clause's comma, its 是 left out, opens the main parts too (not a longer word it begins)
# (主要 is a word of _INTRO_WORD, whose scan already stops at each 主要 of the longer words: the
# comma is looked behind for, not scanned for at every comma of the text)
_BARE_MAIN = "主要"
_ANY_INTRO = re.compile(
    r"(?P<partial>(?:"
    + "|".join(PARTIAL_INTRODUCERS)
    + "|(?<=,)"
    + _BARE_MAIN
    + r"(?![用包构是为系有由原要])"
    + r")[:,]?)"
    r"|(?P<full>(?:"
    + "|".join(
        "(?<![减除])" + w if w == "用于" else "(?<![^。;\n])" + w if w == "当中" else w
        for w in sorted(INTRODUCERS, key=len, reverse=True)
    )
    + r")[:,]?)"
)
_COMMA_BRACKET = re.compile(r",\s*\(")
_PARTIAL_WORD = re.compile("|".join(PARTIAL_INTRODUCERS))


def _a_reasons(doc: Document, figure: Fact, change: Fact) -> bool:
    """Whether ``change`` is printed after a word that opens the main parts or reasons
    (主要由于, 主要是…) following ``figure``: "非税收入由年初预算3574.04万元调整为3842.88万元,
    主要由于:(1)…调增49.16万元" — the change is one reason's, not the figure's."""
    return _PARTIAL_WORD.search(doc.text, figure.q.end, change.q.start) is not None


# The words of _ANY_INTRO as a flat alternation, without its groups and look behinds: the engine
# scans for their first characters (it cannot for _ANY_INTRO, whose alternatives open with a
# group), and a match of _ANY_INTRO starts where one of these words does.
_INTRO_WORD = re.compile(
    "|".join(
        map(
            re.escape,
            sorted({*INTRODUCERS, *PARTIAL_INTRODUCERS, _BARE_MAIN}, key=len, reverse=True),
        )
    )
)


def _overlapping(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """The matches of a flat alternation of words in ``text``, in order, each search going on
    from the character after the last match's start: a word that starts inside another is
    found too (``finditer`` goes on from the last match's end)."""
    found = []
    search = pattern.search
    m = search(text)
    while m is not None:
        found.append(m)
        m = search(text, m.start() + 1)
    return found


def _intro_starts(text: str) -> list[int]:
    """Every place in ``text`` where a word of _INTRO_WORD starts, in order."""
    return [m.start() for m in _overlapping(_INTRO_WORD, text)]


def _intro_starts_of(doc: Document) -> list[int]:
    """:func:`_intro_starts` of the document's text (worked out once per document)."""
    starts = cast("list[int] | None", doc.memo.get("intro starts"))
    if starts is None:
        starts = doc.memo["intro starts"] = _intro_starts(doc.text)
    return starts


def _first_intro(text: str, starts: list[int], lo: int, hi: int) -> re.Match[str] | None:
    """The first match of _ANY_INTRO in ``text[lo:hi]``, tried only at ``starts`` (those of
    :func:`_intro_starts`): the text is scanned for the introducers' words once, not once for
    each sentence (most sentences have none: a bisection finds that)."""
    k = bisect.bisect_left(starts, lo)
    n = len(starts)
    match = _ANY_INTRO.match
    while k < n and starts[k] < hi:
        found = match(text, starts[k], hi)
        if found is not None:
            return found
        k += 1
    return None


_RESPECTIVE_INTRODUCERS = tuple(w for w in INTRODUCERS if w.startswith("分别"))


# The ``short`` of a list with no parts set apart, shared: a list's ``short`` is replaced,
# never appended to, once the list is made.
_NO_SHORT: list[Fact] = []


# what joins the figures of a run printed once with its name ("18.0%、18.5%、17%和21.1%")
_RUN_JOINERS = frozenset(RUN_MARKS)
_RUN_JOINED = _RUN_JOINERS | {""}  # (a share's label: the mark alone, or nothing)


@attrs.define(eq=False)
class _List:
    total: Fact
    parts: list[Fact]
    short: list[Fact]
    strong: bool
    open: bool = False
    #: opened by a classification ("按功能分类科目,…"): one of several breakdowns of its total
    classified: bool = False
    #: figures between the parts that follow a part with no mark between ("…工程1000万元集聚区
    #: …项目1150万元"): a lost comma, or the part's own second figure; the sum is read both ways
    unseparated: tuple[Fact, ...] = ()
    #: the total is the figure before the list's introducer in its sentence: when the parts do
    #: not add up to it, an earlier figure of the sentence they add up to is theirs
    #: (_earlier_total)
    earlier: bool = False
    #: the parts' signs when the total and the parts are gaps printed without a sign ("差值为
    #: 0.05万元"), each read from the budget and the actual printed before it (_gap_signs)
    gap_signs: tuple[int, ...] | None = None

    @property
    def certain(self) -> bool:
        """Whether where the list ends is clear: a strong list, not open, with no parts set
        apart (by ';' or 其中). The sum of its parts is a certain claim only then."""
        return self.strong and not self.open and not self.short


_COLON_LIST = re.compile(r"[^,;。:]{0,8}:")
_TOTAL_WORDS = re.compile(r"合计|总计|共计|总额|总量")


def _lists(doc: Document, out_lists: list[_List]) -> None:
    text = doc.text
    # The characters the readings below open with, looked for once in the text: a text without
    # one is not searched for it sentence by sentence (a ':' after a figure, 在 of a context,
    # 按 of a classification, the '(' of a group of parts).
    # (classes: a word of CLASSIFIED_BY, 按… or 分…看, is in the text)
    colons, contexts, brackets = ":" in text, "在" in text, "(" in text
    classes = "按" in text or "看" in text
    sentences_all = doc.sentences
    intro_starts = _intro_starts_of(doc)
    next_start = 0  # the first of intro_starts not before the sentence (sentences in order)
    n_starts = len(intro_starts)
    for s in sentences_all:
        # (the first introducer of the sentence, then the rest after it; looked for only when
        # one of the words starts in it, as in most sentences none does)
        while next_start < n_starts and intro_starts[next_start] < s.start:
            next_start += 1
        first = (
            _first_intro(text, intro_starts, s.start, s.end)
            if next_start < n_starts and intro_starts[next_start] < s.end
            else None
        )
        if (
            not s.facts
            and first is None
            # (_CONTEXT_MID's 在, looked for as a string first)
            and (
                not contexts
                or text.find("在", s.start, s.end) < 0
                or _CONTEXT_MID.search(text, s.start, s.end) is None
            )
        ):
            if colons and text.find("如下", s.start, s.end) >= 0:
                _below_alone(doc, s, out_lists)
            continue  # no figure and nothing that opens a list: nothing below would be found
        marks: list[tuple[int, int, bool]] = []
        intro = first
        while intro is not None:  # (each introducer of the sentence, in order)
            if (
                not _sibling_opener(text, s, intro.start(), intro.group(0))
                and not _named_use(text, s, intro.start(), intro.group(0))
                and not (
                    # (each word of _ADDED_BEFORE ends with 外 or 有)
                    text[intro.start() - 1 : intro.start()] in ("外", "有")
                    and _ADDED_BEFORE.search(text, max(s.start, intro.start() - 4), intro.start())
                )
            ):
                # ("主要用于…", the main uses: only some of the figure's, unless they add up)
                partial = intro.lastgroup == "partial" or intro.group(0).startswith("主要用于")
                if (
                    partial
                    and marks
                    and not marks[-1][2]
                    and text[marks[-1][1] : intro.start()].strip(" ,:") == ""
                ):
                    # "其中主要是:A…,B…", "其中,主要有…": a full introducer right before a
                    # partial one opens the same list, of the main parts only
                    marks[-1] = (marks[-1][0], intro.end(), True)
                else:
                    marks.append((intro.start(), intro.end(), partial))
            intro = _first_intro(text, intro_starts, intro.end(), s.end)
        for f in s.facts if colons else ():
            # _COLON_LIST ends with the ':' within 9 characters of the figure's end: without
            # one there it cannot match (found in place first, most amounts have none)
            if f.role is _VALUE and text.find(":", f.q.end, f.q.end + 9) >= 0 and f.is_amount:
                m = _COLON_LIST.match(text, f.q.end)
                if (
                    m is not None
                    and not _INTRO.search(m.group(0))
                    and any(g.q.start >= m.end() for g in s.facts)
                    # "…购置一般公务用车14辆:区食药工质局24万元…快检车1辆:…": a colon after
                    # another figure of the same clause (no ';' between) is a separator, not a
                    # list's opening
                    and not any(
                        g is not f
                        and _COLON_LIST.match(text, g.q.end) is not None
                        and ";" not in text[min(f.q.end, g.q.end) : max(f.q.start, g.q.start)]
                        for g in s.facts
                    )
                ):
                    marks.append((m.end() - 1, m.end(), False))
        items_head = None
        if not marks and s.index + 1 < len(sentences_all):
            # (numbered items can follow only where the next line opens with one of these)
            nxt_start = sentences_all[s.index + 1].start
            if text[nxt_start : nxt_start + 1] in _ITEM_OPENS:
                items_head = _items_follow(doc, s)
        if items_head is not None:
            # "总收入由年初预算79552.91万元调整为82513.70万元,…。↵1、一般公共预算收入由…↵2、…": a
            # figure ending its line, numbered items on the lines after it: they may be its
            # parts, or may not (no word says so), so the list is a claim only when they add up
            marks.append((s.end, s.end, True))
        # "项目支出14,629.33万元,占总支出的54.19%,在项目支出当中,教育事业支出…": a context in
        # the sentence that names the figure before it opens the list of its parts
        named_at: dict[int, str] = {}
        for m in (
            _CONTEXT_MID.finditer(text, s.start, s.end)
            if contexts and text.find("在", s.start, s.end) >= 0  # the word it opens with
            else ()
        ):
            if m.start() > s.start:
                marks.append((m.start(), m.end(), False))
                named_at[m.start()] = canonical(m.group("in"))[0]
        # "支出4603.07万元,其中:按功能分类科目,A…;按经济分类科目,C…": each classification opens a
        # list of the same total; an introducer right before one opens the list after it.
        classified_at: set[int] = set()
        for m in (
            _CLASSIFIED.finditer(text, s.start, s.end)
            # (按 opens a match of CLASSIFIED_BY, or 看 ends one: "分中央和地方看")
            if classes
            and (text.find("按", s.start, s.end) >= 0 or text.find("看", s.start, s.end) >= 0)
            else ()
        ):
            if not any(f.q.start < m.start() for f in s.facts):
                continue  # at the sentence's start: read as a context (_context_lists)
            for k, (at, after, partial) in enumerate(marks):
                if text[after : m.start()].strip(" ,:") == "":
                    marks[k] = (at, m.end(), partial)
                    classified_at.add(at)
                    break
            else:
                # "…;按用途划分,其中新增债券19.48亿元,…": an introducer right after it is the
                # classification's own
                end = m.end()
                for k, (at, after, _) in enumerate(marks):
                    if at >= end and text[end:at].strip(" ,:") == "":
                        end = after
                        del marks[k]
                        break
                # (a view, "分中央和地方看", after a figure of the sentence is taken as of the
                # figure before it only when its parts add up to that: the whole it views may
                # be the paragraph's, the figure before it a part of another list)
                marks.append((m.start(), end, text[m.start()] == "分"))
                classified_at.add(m.start())
        classified_totals: list[Fact] | None = None
        opening: list[Fact] | None = None  # the totals of a list the sentence opens with
        for at, after, partial in sorted(marks):
            inside = at > 0 and text[at - 1] == "("
            # "收入包括:…;支出包括:…": a side of the 收支 total before, or the figure before
            side = _side_total(doc, s, at)
            if items_head is not None:
                totals = [items_head]
            else:
                totals = [side] if side is not None else _totals_before(doc, s, at, inside)
            if at in named_at:
                totals = [t for t in totals if named_at[at] and t.subject.endswith(named_at[at])]
            if text.startswith(_RESPECTIVE_INTRODUCERS, at):
                if not totals:
                    totals = _named_totals(doc, s, at)
                # "收入、支出分别为200万元、400万元,2023年分别为180万元、330万元": a figure of a
                # "respectively" run is one item's, never the whole of the next run (the same
                # items again, in another year or phase)
                totals = [t for t in totals if len(t.run) < 2]
            if at == s.start or not text[s.start : at].strip(" ,:"):
                opening = totals
            if at in classified_at:
                if classified_totals is None and opening and text.find(";", s.start, at) >= 0:
                    # "…债券25.59亿元。其中,发行一般债券13.05亿元,专项债券12.54亿元;按用途划分,
                    # 其中新增债券19.48亿元,…": a classification after ';' in a sentence that
                    # breaks a total down from its start breaks the same total down
                    classified_totals = opening
                if classified_totals is None:
                    classified_totals = totals
                else:
                    totals = classified_totals
            sentence_start = bool(totals) and totals[0].sentence != s.index
            unadjusted = _unadjusted(doc, s, totals[0]) if len(totals) == 1 else None
            if unadjusted is not None:
                # "收入8,552万元,…,同口径完成地方财政收入10,066万元,…,其中:税收收入5,537万元,
                # 非税收入3,015万元": the parts may be of the figure as printed, not the adjusted
                # one; the total they add up to is the reading, and neither is certain
                lists_for = [_gather(doc, s, t, after, inside) for t in (totals[0], unadjusted)]
                found = [g for g in lists_for if g is not None]
                agreeing = [g for g in found if _sum_agrees(g)]
                for chosen in agreeing[:1] or found[:1]:
                    chosen.strong = False
                    out_lists.append(chosen)
                continue
            for total in totals:
                lst = _gather(doc, s, total, after, inside)
                if lst is None:
                    continue
                if sentence_start and _restates_heads(totals, lst.parts):
                    # "全市地方政府債務限額617.87億元;余額573.79億元,…。其中:市本級債務限額
                    # 173.27億元;余額166.75億元": one part of each figure before, named as they
                    # are (a part of the whole's scope), not a breakdown of any of them
                    break
                if items_head is not None and (len(lst.parts) < 2 or not _sum_agrees(lst)):
                    continue  # numbered items named as no one's parts: only when they add up
                if sentence_start and _uses_named(doc, total):
                    # "…安排彩票公益金61335.61万元,用于举办全国综合性运动会、…、支援西部省区竞技
                    # 体育发展等。↵其中,…5000万元…35618.61万元": the total's own sentence names
                    # what it holds; a list after it gives figures for some of them
                    lst.open = True
                if (
                    sentence_start
                    and text.startswith(_RESPECTIVE_INTRODUCERS, at)
                    and not _sum_agrees(lst)
                ):
                    # "国有及国有控股企业利润560.5亿元,…。1-10月,中央属和省属企业利润总额分别为
                    # 352.8亿元和66.1亿元": the names before 分别 say what the figures are of,
                    # perhaps some of the figure before only (市县属 unnamed): inferred
                    lst.strong = False
                if side is not None:
                    # "收入包括:…;支出包括:…": a side's list ends where the other side's opens
                    other = _SIDE_OPENS.search(text, after, s.end)
                    if other is not None:
                        lst.parts = [p for p in lst.parts if p.q.start < other.start()]
                        lst.short = [p for p in lst.short if p.q.start < other.start()]
                        if not lst.parts:
                            continue
                # "收支总预算4,471.22万元,含A经费250万元,B经费537.31万元": 含 outside brackets
                # names some of what the total holds (its own share unnamed), not all of it
                lst.open = (
                    lst.open
                    or partial
                    or (not inside and text.startswith("含", at))
                    # "采购规模达402.3亿元,苏州、南京和无锡继续名列三甲,分别为…": the first by rank
                    # are some of the total's parts, not all of them
                    or _RANKED.search(text, total.q.end, at) is not None
                )
                # the 收入 side and the 支出 side of a 收支 total are two breakdowns of it
                lst.classified = at in classified_at or side is not None
                if (
                    not sentence_start
                    and (split := _split_by_qualifier(doc, s, total, lst)) is not None
                    and not _sum_agrees(lst)
                ):
                    out_lists.extend(split)
                    break
                if total.role is _CHANGE or not sentence_start:
                    # one list per basis of the changes, or per phase
                    # (in brackets too when the parts are named as the gross of a net total:
                    # "资产总额4.7万亿元,…,净资产3.7万亿元(行政单位资产0.8万亿元,事业单位资产3.9
                    # 万亿元)")
                    lst.earlier = (
                        not inside or _gross_parts_of_net(total, lst.parts)
                    ) and total.role is _VALUE
                    out_lists.append(lst)
                elif _sum_agrees(lst) or total is totals[-1]:
                    if len(totals) > 1 and not _sum_agrees(lst):
                        # the sentence before offered several totals and the parts reach none:
                        # the one kept is a guess, and so is a disagreement with it
                        lst.strong = False
                    out_lists.append(_bracketed_total(doc, lst) or lst)
                    break
        # "基本支出307.55万元(工资福利支出256.23万元、商品和服务支出51.32万元…)": a group of parts.
        for f in s.facts if brackets else ():
            # the bracket first: most amounts have none after them (the tests are all pure);
            # "补助资金39708.61万元,(中央资金18889万元,…)": a comma may come before it
            if f.role is not _VALUE or f.depth > 0:
                continue
            if text.startswith("(", f.q.end):
                opened = f.q.end + 1
            elif text.startswith(",", f.q.end) and (m := _COMMA_BRACKET.match(text, f.q.end)):
                opened = m.end()
            else:
                continue
            if not f.is_amount or _INTRO.match(text, opened):
                continue
            if _OPENS_COMPARISON.match(text, opened):
                # "69.84亿元(较原预算案拟移用数92.58亿元,减少移用22.74亿元)": a comparison in
                # brackets, not the figure's parts
                continue
            lst = _gather(doc, s, f, opened, True)
            if lst is not None and len(lst.parts) >= 2:
                out_lists.append(lst)


# "项目支出14.97万元。具体如下:↵1、档案整理费5万元,…;↵2、…": a sentence of its own, with no
# figure, that says the items below follow
_BELOW_ALONE = re.compile(r"\s*(?:具体|明细|详细|分项)?(?:情况)?如下\s*:\s*")


def _below_alone(doc: Document, s: Sentence, out_lists: list[_List]) -> None:
    """A sentence that only says the items below follow ("具体如下:"), after a figure's sentence
    in its paragraph and before numbered lines: the items break down the last amount of the
    sentence before, as after "项目支出14.97万元,具体如下:" in one sentence."""
    if (
        s.index == 0
        or _BELOW_ALONE.fullmatch(doc.text, s.start, s.end) is None
        or (before := doc.sentences[s.index - 1]).paragraph != s.paragraph
    ):
        return
    total = next(
        (f for f in reversed(before.facts) if f.role is _VALUE and f.is_amount and f.depth == 0),
        None,
    )
    k = s.index + 1
    if (
        total is None
        or total.in_table
        # "…其中:因公出国(境)费0万元,…公务用车购置及运行费41.9万元。具体情况如下:": the last
        # amount of a list is one of its parts; the lines below speak of all of them
        or any(p is total for lst in out_lists for p in lst.parts)
        or k >= len(doc.sentences)
        or doc.sentences[k].paragraph == s.paragraph
        or _FIRST_ITEM.match(doc.text, doc.sentences[k].start) is None
    ):
        return  # (numbered lines, each its own, follow: not a table or a paragraph of prose)
    lst = _gather(doc, s, total, s.end, False)
    if lst is None or len(lst.parts) < 2:
        return
    # one figure a line: "1、档案整理费5万元,实际已支付5万元,…" gives each item's budget and
    # its spending, two readings of the items that this one list would mix
    sentences = doc.sentences
    if len({sentences[p.sentence].paragraph for p in lst.parts}) != len(lst.parts):
        return
    if not _sum_agrees(lst):
        # "…支出决算数为40720.18亿元。具体情况如下:↵1.…3039.16亿元,…↵(1)…↵2.…3179.58亿元…↵
        # (5)…" to the text's end: an excerpt may stop before the last items (every line after
        # the last part opens with a number of the items' level or one below it)
        levels = _levels(doc)
        last = lst.parts[-1].sentence
        level = levels[last]
        if level is not None and all(
            (below := levels[t.index]) is not None and below >= level
            for t in sentences[last + 1 :]
            if t.paragraph != sentences[t.index - 1].paragraph
        ):
            return
    lst.strong = False  # (which figure the lines break down is inferred: its sentence's last)
    out_lists.append(lst)


def _split_by_qualifier(doc: Document, s: Sentence, total: Fact, lst: _List) -> list[_List] | None:
    """ "安排省级彩票公益金支出5.5亿元,安排市县彩票公益金支出2.9亿元,其中:↵1.省级福利彩票公益金
    2亿元,市县福利彩票公益金1.67亿元。↵2.省级体育彩票公益金3.5亿元,市县彩票公益金1.23亿元": a
    list after two totals named alike but for their opening (省级…, 市县…) breaks both down, each
    part named with its total's opening: the two lists, or None when a part names neither."""
    k = total.index - s.facts[0].index  # (a sentence's facts are consecutive in the document's)
    if k <= 0:
        return None
    other = s.facts[k - 1]
    a, b = other.subject, total.subject
    if (
        a[-2:] != b[-2:]  # (named alike at their end: most figures before a total are not)
        or other.role is not _VALUE
        or other.depth != total.depth
        or other.q.unit is not total.q.unit
        or _CLAUSE_END.search(doc.text, other.q.end, total.q.start) is not None
    ):
        return None
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    own_a, own_b = a[: len(a) - n], b[: len(b) - n]
    if n < 2 or not own_a or not own_b or own_a.startswith(own_b) or own_b.startswith(own_a):
        return None
    parts_a = [p for p in lst.parts if p.subject.startswith(own_a)]
    parts_b = [p for p in lst.parts if p.subject.startswith(own_b)]
    if not parts_a or not parts_b or len(parts_a) + len(parts_b) != len(lst.parts):
        return None
    return [_List(other, parts_a, [], lst.strong), _List(total, parts_b, [], lst.strong)]


# words that name the first few by rank ("名列三甲", "排名前三", "位居前列")
_RANKED = re.compile(r"名列|排名|排在|位列|位居|居前|前[三五十]名?|三甲|前列")


def _bracketed_total(doc: Document, lst: _List) -> _List | None:
    """ "本息8.63亿元(本金6.64亿元,利息1.99亿元)。其中:再融资债券偿还4.89亿元,预算资金偿还1.75亿元":
    parts that open the next sentence and do not add up to the figure before them may add up to
    one printed in brackets after it (4.89 + 1.75 = 6.64, the 本金): that one is their total."""
    if _sum_agrees(lst):
        return None
    s = doc.sentences[lst.total.sentence]
    for f in s.facts:
        if f.depth == lst.total.depth + 1 and f.role is _VALUE and f.is_amount:
            moved = _List(f, lst.parts, lst.short, False, lst.open, lst.classified)
            if _sum_agrees(moved):
                return moved
    return None


# the bounds (× the parts' sum) of the figures _earlier_total judges: within a hundredth of the
# sum is within 100/101 and 100/99 times it, inside them
_LOW_NEAR = Decimal("0.98")
_HIGH_NEAR = Decimal("1.02")


def _earlier_total(doc: Document, lst: _List, agreed: bool | None = None) -> _List | None:
    """ "资产总额30.0万亿元,负债总额9.5万亿元,净资产20.5万亿元,其中,行政单位资产总额8.9万亿元,
    事业单位资产总额21.1万亿元": parts that do not add up to the figure before their 其中 but do to
    an earlier one of the sentence (at its level, of its kind) are that one's, as they would be
    were the 其中 to open the next sentence (_totals_before); a weak reading.

    ``agreed``: whether the list's parts add up to its total, when that was asked already
    (_continued): not asked again when no part is held by another."""
    total = lst.total
    if total.role is not _VALUE or len(lst.parts) < 2:
        return None
    held = _held_parts(lst.parts)  # (as _check_list reads them: a part's own parts left out)
    parts = [p for p in lst.parts if id(p) not in held] if held else lst.parts
    parts_sum = _sum_base(parts)
    if parts_sum == total.q.base:
        return None
    if held or agreed is None:
        agreed = _parts_agree(total, parts)
    if agreed:
        return None
    if lst.short and _parts_agree(total, lst.short):
        return None  # the parts before a ';' add up to it: the rest is the next item's
    # A figure looked at is a value at the total's depth, an amount of the total's dimension:
    # is_amount is then the same for each, worked out once (no figure of another is an amount)
    depth = total.depth
    dim = total.q.unit.dimension
    if dim is _MONEY or dim is _COUNT:
        table_only = False
    elif dim is _BARE:
        table_only = True  # (a bare figure is an amount in a table only)
    else:
        return None
    s = doc.sentences[total.sentence]
    facts = s.facts
    k = total.index - facts[0].index  # (a sentence's facts are consecutive in the document)
    # A figure within a hundredth of the parts' sum lies between 0.98 and 1.02 times it (none
    # when the sum is not above 0, but a 0 sum's 0): two comparisons set the others aside, most
    # figures, before the arithmetic of the exact test (a subtraction, abs and a product each).
    low = _CTX.multiply(parts_sum, _LOW_NEAR)
    high = _CTX.multiply(parts_sum, _HIGH_NEAR)
    # (the few figures before it: a bounded look back keeps a sentence of many lists linear;
    # only a figure within a hundredth of the parts' sum is judged)
    for j in range(k - 1, max(-1, k - 1 - _WHOLE_REACH), -1):
        f = facts[j]
        if (
            f.role is not _VALUE
            or f.depth != depth
            or f.q.unit.dimension is not dim
            or (table_only and not f.in_table)
        ):
            continue
        base = f.q.base
        if not low <= base <= high:
            continue
        # (× a Decimal 100: the same product as × the int, without it converted per figure)
        # (in the library's context: never the caller's, which may be too small for the product)
        off = _CTX.abs(_CTX.subtract(base, parts_sum))
        if _CTX.multiply(off, _HUNDRED_TIMES) <= base and _parts_agree(f, parts):
            return _List(f, lst.parts, lst.short, False, lst.open, lst.classified)
    return None


def _named_totals(doc: Document, s: Sentence, at: int) -> list[Fact]:
    """ "全市货物、工程、服务政府采购规模分别为…": the figures printed earlier that the listing's
    name refers to ("全市政府采购规模为32.72亿元"), found by the longest suffix of the name; a
    figure of the same scope (全市, 本级…) first, the one whose sum agrees chosen later."""
    start = max(doc.text.rfind(c, s.start, at) for c in ",;:。") + 1
    start = max(start, s.start)
    name, _ = canonical(doc.text[start:at])
    probe = next((f for f in s.facts if f.q.start >= at), None)
    if probe is None:
        return []
    for k in range(len(name) - 3):
        found = [
            f
            for f in _lookup(
                doc, name[k:], near=probe, dims=(probe.q.unit.dimension,), before_only=True, limit=6
            )
            if f.sentence != s.index
        ]
        if found:
            scope = name[:2]
            found.sort(key=lambda f: not f.subject.startswith(scope))
            return found[:3][::-1]
    return []


_SIDE = re.compile(r"\s*(?:其中)?[,:]?(?:本年)?(?:收入|支出)(?:预算)?(?:方面)?\s*")
_BOTH_SIDES = re.compile(r"收支|收、支")
_SIDE_ENDS = ("收入", "支出", "预算", "方面")  # what _SIDE can end with, before its spaces
_SIDE_OPENS = re.compile(r"(?:收入|支出)(?:预算)?(?:包括|主要包括|构成)")


def _side_total(doc: Document, s: Sentence, at: int) -> Fact | None:
    """ "收支总预算7,057,486.18元。收入包括:A、B;支出包括:C、D": a list opened by one side (收入
    or 支出) with no figure of its own breaks down the 收支 total of the sentence before."""
    text = doc.text
    # Both readings below end at ``at`` with 收入 or 支出, then 预算 or 方面 at most, then spaces:
    # the characters before ``at`` decide first (most lists are opened after a figure).
    k = at
    while k > s.start and text[k - 1].isspace():
        k -= 1
    if not text.endswith(_SIDE_ENDS, s.start, k):
        return None
    clause = max(s.start, text.rfind(";", s.start, at) + 1)
    if not _SIDE.fullmatch(text, clause, at):
        clause = max(clause, text.rfind(",", s.start, at) + 1)
        if clause == s.start or not _SIDE.fullmatch(text, clause, at):
            return None
    # "收支总预算351.03万元,同比增加41.35万元,同比增长13.35%,收入包括:…;支出包括:…": the 收支
    # total of the same sentence, with only its change and rate, or the other side's list,
    # between
    before = [f for f in s.facts if f.q.end <= clause]
    own = [
        k
        for k, f in enumerate(before)
        if f.role is _VALUE and f.is_amount and f.depth == 0 and _BOTH_SIDES.search(f.label)
    ]
    if own:
        head = before[own[-1]]
        between = [f for f in before[own[-1] + 1 :] if f.role is _VALUE and f.depth == 0]
        if not between or _SIDE_OPENS.search(text, head.q.end, between[0].q.start):
            return head
        return None
    heads = []
    if s.index > 0:
        prev = _figured_before(doc, s)
        heads = [
            f
            for f in prev.facts
            if f.role is _VALUE and f.is_amount and f.depth == 0 and _BOTH_SIDES.search(f.label)
        ]
    if not heads and s.index + 1 < len(doc.sentences):
        # "收入仅包括…472.27万元;支出包括:A…、E…。吴坑乡人民政府2020年收支总预算472.27万元。": the
        # 收支 total may close the lists, in the sentence after them (its paragraph)
        nxt = doc.sentences[s.index + 1]
        if nxt.paragraph == s.paragraph:
            heads = [
                f
                for f in nxt.facts
                if f.role is _VALUE and f.is_amount and f.depth == 0 and _BOTH_SIDES.search(f.label)
            ]
    return heads[-1] if len(heads) == 1 else None


# "2010年…“三公经费”财政拨款决算数具体包括:…": the words before a list name its total, without
# a figure (a year at most)
_NAMED_LIST_HEAD = re.compile(r"[^\d,;:。]*(?:\d{4}年(?:度)?)?[^\d,;:。]{2,40}")


def _named_list_total(doc: Document, s: Sentence, at: int) -> Fact | None:
    """The total of a list whose introducer follows words that name a figure printed in the
    three sentences before, the same phase and year ("…决算数为4275.98万元…。…2010年…决算数具体
    包括:出国(境)费1273.75万元,…")."""
    text = doc.text
    start = max(s.start, text.rfind(";", s.start, at) + 1, text.rfind(",", s.start, at) + 1)
    if _NAMED_LIST_HEAD.fullmatch(text, start, at) is None:
        return None
    for _, marker in _MARKER_STYLES:  # "(一)收入总计主要构成": its item number is no name
        m = marker.match(text, start, at)
        if m is not None:
            start = m.end()
            break
    head = text[start:at]
    name, phase = canonical(head)
    after = next((f for f in s.facts if f.q.start >= at and f.depth == 0), None)
    if after is None and s.index + 1 < len(doc.sentences) and not s.facts:
        # "(一)收入总计主要构成。↵本年收入7477.5万元;…": a heading that names the total, its
        # parts in the sentence after it
        after = next((f for f in doc.sentences[s.index + 1].facts if f.depth == 0), None)
    # (a generic name, 收入 or 支出, is enough with the total's word: "收入总计主要构成")
    if after is None or (len(name) < 3 and _TOTAL_WORDS.search(head) is None):
        return None
    years = _years_in(text, start, at)
    named = [
        f
        for f in _lookup(doc, name, near=after, dims=(after.q.unit.dimension,), before_only=True)
        if f.role is _VALUE
        and f.depth == 0
        and not f.in_table
        and s.index - 3 <= f.sentence < s.index
        and (not years or _year_of(doc, f) == years[-1])
    ]
    found = [f for f in named if f.phase == phase]
    if not found and not phase:
        # words that name no phase: the one figure of the name, whatever its phase ("…安排预算
        # 部门行政经费79.13亿元,…。其中,“三公”经费4.77亿元,…。“三公”经费包括:…", a budget by
        # the sentence its 其中 continues)
        found = named
    return found[0] if len(found) == 1 else None


# "…一般转移支付收入180500.00万元,…。均为一般公共预算收入,主要包括:": a remark on the figure
# before (all of it is…) between it and the list of its parts
_REMARK_ON_BEFORE = re.compile(r"(?:均|全部|都)(?:为|是|属于|属)[^,;:。\d]{1,20}")


def _lead_part(after: Sequence[Fact]) -> Fact | None:
    """The first figure of a list that says what its parts are: a nil item with no change of
    its own before the changes of the others ("其中:因公出国(境)费支出0.00元;公务用车购置费
    支出决算减少272780.00元,…") says nothing (one with its change, "因公出国费0万元,与上年持平",
    is an item of figures and their changes)."""
    for k, f in enumerate(after):
        if f.role is not _VALUE or f.q.value or k + 1 == len(after):
            return f
        nxt = after[k + 1]
        if nxt.role is not _CHANGE or nxt.subject == f.subject:
            return f
    return None


# A change named with no figure in the clause right before an introducer ("…;项目资金压减,其中…"):
# words, a change verb of two characters or more, then only separators to the introducer.
_UNFIGURED_CHANGE = re.compile(
    r"(?<=[,;。])[^\d,;。%]{2,30}?(?:"
    + "|".join(sorted((v for v in CHANGE_VERBS if len(v) >= 2), key=len, reverse=True))
    + r")[,:\s]*\Z"
)


def _restates_heads(heads: Sequence[Fact], parts: Sequence[Fact]) -> bool:
    """Whether ``parts`` are one each of ``heads`` (two or more figures of different names: the
    ends of their names, 限额 and 余额, are the heads' own), or each a figure of several of
    them at once ("其中:市本級收入、支出均實現3.32億元,市屬園區收入、支出均實現0.23億元")."""
    if len(heads) >= 2 and parts and all(_FOR_ALL.search(p.label) for p in parts):
        return True
    if len(parts) < 2 or len(parts) != len(heads):
        return False
    ends = [p.subject[-2:] for p in parts]
    return len(set(ends)) == len(ends) and sorted(ends) == sorted(h.subject[-2:] for h in heads)


# "收入、支出均实现": names joined by 、 and 均 before the figure, one figure for each of them
_FOR_ALL = re.compile(r"、[^,;。、\d]{1,8}均(?:为|是|实现|完成|达)?$")


def _totals_before(doc: Document, s: Sentence, at: int, inside: bool) -> list[Fact]:
    """The figure a list introduced at ``at`` breaks down (several when it starts a sentence)."""
    # (the figures that end by ``at``, s.facts[:b], found by bisection: a sentence's figures do
    # not overlap; walked back from b, not copied, for each list of a long sentence)
    b = bisect.bisect_right(s.facts, at, key=_end_of)
    clause = doc.text.rfind(";", s.start, at) + 1
    if not b or s.facts[b - 1].q.end <= clause:
        # no figure in the list's own clause: words that name one printed before
        listed_total = _named_list_total(doc, s, at)
        if listed_total is not None:
            return [listed_total]
    if not b:
        lead = doc.text[s.start : at].strip(" ,")
        if (lead == "" or _REMARK_ON_BEFORE.fullmatch(lead)) and s.index > 0:
            prev = _figured_before(doc, s)
            if (
                prev.index > 0
                and not any(f.role is _VALUE and f.is_amount and f.depth == 0 for f in prev.facts)
                and _continues_with_list(doc, prev)
            ):
                # "…支出5394.4亿元,增长4.5%。其中民生支出增长5%,占…80.5%,…。其中:省本级支出
                # 749.4亿元,…": a sentence of rates that itself continues the one before is a
                # remark on that one's figure, whose parts the next 其中 lists
                prev = _figured_before(doc, prev)
            after = [f for f in s.facts if f.q.start >= at and f.depth == 0]
            lead_part = _lead_part(after)
            if lead_part is not None and lead_part.role is _CHANGE:
                return [f for f in prev.facts if f.role is _CHANGE and f.q.unit.is_money]
            heads = [f for f in prev.facts if f.role is _VALUE and f.is_amount and f.depth == 0]
            if len(heads) >= 2 and any(
                _ordinal_sibling(heads[0].subject, h.subject) for h in heads[1:]
            ):
                # "第一产业实现增加值54.52亿元,…;第二产业实现增加值678.89亿元,…。其中工业增加值
                # 571.20亿元,…": a sentence of a series' members (a numeral apart) has no head; a
                # 其中 after it breaks down its last member, not an earlier one
                heads = [
                    h
                    for i, h in enumerate(heads)
                    if not any(_ordinal_sibling(h.subject, g.subject) for g in heads[i + 1 :])
                ]
            if doc.cut_before(s):
                # a sentence cut for its length goes on here: the list is one of that
                # sentence's, whose figure right before it is the total, as anywhere inside a
                # sentence (a list at each cut is not read against every figure before it)
                heads = heads[-1:]
            # The figure whose phase the parts share comes first; the sentence's head last,
            # unless the sentence names its total ("…196万元、…69万元、…40万元,总计下达305万元。
            # 其中:…"): that one is then the last, the reading kept when none adds up.
            order = heads[1:][::-1] + heads[:1]
            named = [f for f in order if _TOTAL_WORDS.search(f.label)]
            if len(named) == 1 and named[0] is not order[-1]:
                order = [f for f in order if f is not named[0]] + named
            flow = _flow(after[0].subject) if after else ""
            if flow and order and _flow(order[-1].subject) != flow:
                # "…拨款收入8904.98万元,…拨款支出8904.98万元,…。其中:基本支出…;项目支出…": parts
                # that are spending are read against the spending head when none adds up
                # (first, and last again: the first that adds up is taken, else the last)
                same = [f for f in order if _flow(f.subject) == flow]
                if same:
                    order = same + [f for f in order if f not in same] + same[:1]
            return order
        return []
    for f in _back(s.facts, b):
        if (
            f.role is _CHANGE
            and f.q.unit.is_money
            and not inside
            and (first := _lead_part([g for g in s.facts if g.q.start >= at and g.depth == 0]))
            is not None
            and first.role is _CHANGE
        ):
            # "减少0.28万元,降低3.09%,其中:A减少0万元…;B减少0.29万元…": a list of changes.
            if _UNFIGURED_CHANGE.search(doc.text, f.q.end, at) is not None:
                # "减少17.84万元,…,主要原因是…;项目资金压减,其中A压减7.00万元,B压减9.00万元": the
                # list breaks down the change named with no figure right before it
                return []
            return [f]
        if f.role is _VALUE and f.is_amount:
            gap = doc.text[f.q.end : at].strip()
            if f.tail and gap.startswith(f.tail):
                gap = gap[len(f.tail) :].strip()  # "100个县区(含…": a count names its thing after
            if inside and gap not in ("(", ""):
                return []
            gap = doc.text[f.q.end : at]
            if _CLAUSE_END.search(gap) and not (
                # "预算总额1,938万元,同比增长20.07%;其中:…": 其中 after ';' still points back
                (doc.text.startswith("其中", at) and "。" not in gap)
                # "本年收入合计7,977.75万元;包括财政拨款收入…": so does 包括 right after it
                or (doc.text.startswith("包括", at) and gap.strip() == ";")
            ):
                return []  # "…23,067.24元;支出包括:…": another item's figure, not the total
            # "年初预算数为703.50万元,…决算数为628.95万元,…,其中:": both figures have parts.
            # (the figures from three before it on: a sentence's facts are numbered in a row)
            # A bracket opened right after a figure is that figure's alone: "调整预算数110万元,
            # 决算数105万元(其中:基本支出70万元,项目支出35万元)" breaks down 105, not 110.
            near = (
                s.facts[max(0, f.index - s.facts[0].index - 3) : b]
                if f.phase and not inside
                else []
            )
            others = [
                g
                for g in near
                if g is not f
                and g.role is _VALUE
                and g.q.unit.dimension is f.q.unit.dimension
                and g.depth == f.depth
                and g.phase
                and g.phase != f.phase
            ]
            return [f, *others[-1:]]
        if f.role not in (
            _CHANGE,
            _RATE,
            _SHARE,
            _COMPLETION,
            _ROLE_BASE,
            _ROLE_PRIOR,
            _ROLE_PROGRESS,
            _ROLE_OTHER,
            _ROLE_POINTS,
        ):
            return []
    return []


# the main income of a social insurance fund (社会保险基金收入): its premiums and the subsidy
_FUND_MAIN_INCOME = re.compile(r"(?:保险费|缴费|财政补贴|补贴|资助)收入$")
# and its main spending: the benefits paid and the transfers out (its other spending, 上解 and
# 补助下级 are often not listed)
_FUND_MAIN_SPENDING = re.compile(r"(?:待遇|转移)支出$")


def _restated_whole(inputs: Sequence[Fact]) -> bool:
    """Whether a share's amount is its whole printed again ("全市公共财政收入完成383.9亿元。全市
    公共财政收入完成383.9亿元,税收收入占公共财政收入比重为83%": the tax's own figure is not
    printed, and the whole is no part of itself)."""
    if len(inputs) != 2:
        return False
    part, whole = inputs
    return part is not whole and part.q.base == whole.q.base and part.subject == whole.subject


def _shares_leave_some(doc: Document, lst: _List) -> bool:
    """Whether every part of a list of two or more is followed at once by its share (占比 …%),
    and the shares add up to less than 99 (a margin for their rounding)."""
    facts = doc.facts
    if len(lst.parts) < 2:
        return False
    total = Decimal(0)
    for p in lst.parts:
        k = p.index + 1
        if k >= len(facts) or facts[k].role is not _SHARE or facts[k].sentence != p.sentence:
            return False
        total = _CTX.add(total, facts[k].q.value)
    return total < 99


# "…其中A1.17亿元,B1.01亿元,C0.37亿元。这三项支出,占到…的大头。": the sentence after a list
# that calls its items the main part of the total (大头, 主要部分, 大部分…)
_CALLED_MAIN = re.compile(
    r"\s*(?:这|上述|以上|前述)(?:[0-9一二两三四五六七八九十]+)?(?:项|个|类|笔)?[^。;]{0,30}?"
    r"(?:大头|主要部分|大部分|绝大部分|大部|主体|多数)"
)


def _parallel_uses(lst: _List) -> bool:
    """Whether every part of a list opens with 用于 and together they pass the total: uses
    listed beside the figure before them, not its breakdown."""
    parts = lst.parts
    return (
        len(parts) >= 2
        and lst.total.role is _VALUE
        and all(p.label.lstrip(" ,;、").startswith("用于") for p in parts)
        and _sum_base(parts) > lst.total.q.base
    )


def _uses_named(doc: Document, total: Fact) -> bool:
    """Whether the rest of ``total``'s sentence, after it, is an introducer and names only
    ("…61335.61万元,用于举办…、…、…等。"): the sentence names what the figure holds."""
    s = doc.sentences[total.sentence]
    if s.facts[-1] is not total:
        return False  # (figures after it: no list of names alone)
    text = doc.text
    at = total.q.end
    while at < s.end and text[at] in " ,:":
        at += 1
    intro = _INTRO.match(text, at) if text[at : at + 1] in _INTRO_FIRSTS else None
    return intro is not None and _NAMES_ONLY.fullmatch(text, intro.end(), s.end) is not None


def _picked_few(lst: _List) -> bool:
    """Whether a list's parts are named together before their figures ("A、B为X、Y"), one name
    per part, and add up to less than half of the total."""
    parts = lst.parts
    if len(parts) < 2 or "、" not in parts[0].subject:
        return False
    if len(parts[0].subject.split("、")) != len(parts):
        return False
    return _CTX.multiply(_sum_base(parts), 2) < lst.total.q.base


def _fewer_than_counted(doc: Document, lst: _List) -> bool:
    """Whether a list's total, an amount of money, is printed right after a count of its items
    (个, 项) in its sentence, more of them than the list has parts, and the parts fall short of
    it: the items listed are some of those counted."""
    total = lst.total
    if total.index == 0 or not total.q.unit.is_money:
        return False
    count = doc.facts[total.index - 1]
    return (
        count.sentence == total.sentence
        and count.q.unit.dimension is _COUNT
        and count.q.counter in ("个", "项")
        and count.q.value > len(lst.parts)
        and _sum_base(lst.parts) < total.q.base
    )


def _kinds_of_aggregate(lst: _List) -> bool:
    """Whether a list's total is spending named by what it is for (民生, 重点, 刚性:
    _AGGREGATE_SPENDING), which has no standard breakdown, and its parts fall short of it: the
    kinds listed under it are some of it. (三保 has one: 保工资, 保运转, 保基本民生.)"""
    subject = lst.total.subject
    return (
        _AGGREGATE_SPENDING.search(subject) is not None
        and "三保" not in subject
        and _sum_base(lst.parts) < lst.total.q.base
    )


# an item of personnel costs (vocabulary.PERSONNEL_ITEMS), with what a name adds to it
_PERSONNEL_ITEM = re.compile(r"(?:" + "|".join(PERSONNEL_ITEMS) + r")(?:缴费)?(?:支出|费用|经费)?$")
# a total that is itself of personnel costs (its items are its breakdown)
_PERSONNEL_TOTAL = re.compile(r"工资|人员|福利|个人|基本支出|薪酬")


# a post of a body's leadership, or its rank, as a count of people's parts may name them (县委
# 书记, 副局长, 主任, 督查专员, 领导职数, 科室负责人, 正科, 副处级)
_POST = re.compile(
    r"(?:书记|长|主任|专员|职数|负责人|主席|调研员|干部|委员|常委|校委|[正副][科处]级?|[科处]级)$"
)


def _posts_of_staff(lst: _List) -> bool:
    """Whether a count of people (名, 人: staff places, a grade of staff) is listed by posts of
    its leadership or their ranks only, which fall short of it: some of them, the others not
    named ("中级17人(其中正科1人,副科2人)"). (The parts before a ';' may be the posts: "…内设
    科室领导职数11名;事业编制5名", another kind of place after it.)"""
    total = lst.total
    if total.q.counter not in ("名", "人"):
        return False
    return any(
        parts
        and all(_POST.search(p.label.rstrip(" ,、;:")) for p in parts)
        and _sum_base(parts) < total.q.base
        for parts in (lst.parts, lst.short)
    )


def _personnel_items_of(lst: _List) -> bool:
    """Whether a list's parts are all items of personnel costs (_PERSONNEL_ITEM: wages, social
    insurance, housing fund) under a total that is spending by what it is for, not itself of
    personnel costs, and fall short of it: costs of one economic kind picked out of spending by
    function ("教育投入达10.7亿元,其中工资支出7.5亿元,社会保障支出1.5亿元,公积金支出9274万元": its
    other costs, of running and projects, are not listed)."""
    total = lst.total
    return (
        len(lst.parts) >= 2
        and _PERSONNEL_TOTAL.search(total.subject) is None
        and all(_PERSONNEL_ITEM.search(p.subject) for p in lst.parts)
        and _sum_base(lst.parts) < total.q.base
    )


# a group of people by status, as the parts of a count may all be named (在职参保人员)
_STATUS_GROUP = re.compile(r"在职|在岗|离退休|退休|离休")


def _one_status_of(lst: _List) -> bool:
    """Whether a count's parts all name one status group its total does not and fall short of
    it: some of the total ("参保人数492764人(其中,企业办法在职参保人员264318人,机关事业单位在职
    参保人数34676人)": the retired are not listed)."""
    total = lst.total
    if len(lst.parts) < 2 or not total.q.counter or _STATUS_GROUP.search(total.label):
        return False
    first = _STATUS_GROUP.search(lst.parts[0].label)
    return (
        first is not None
        and all(first.group() in p.label for p in lst.parts[1:])
        and _sum_base(lst.parts) < total.q.base
    )


# a sector of farm output by name (vocabulary.FARM_SECTORS)
_FARM_SECTOR = re.compile(r"(?:" + "|".join(FARM_SECTORS) + r")业(?:总)?产值$")


def _farm_sectors_only(lst: _List) -> bool:
    """Whether a list's parts are the sectors of farm output (农业, 林业, 牧业, 渔业) under a total
    of output, without the services (农林牧渔服务业, 专业及辅助性活动), which the total holds too:
    "农业总产值90.45亿元。其中,农业产值51.16亿元;林业产值4.23亿元;牧业产值6.06亿元;渔业产值20亿元"
    names all but one part, and may fall short of it (not pass it)."""
    return (
        len(lst.parts) >= 2
        and lst.total.subject.endswith("产值")
        and all(_FARM_SECTOR.search(p.subject) for p in lst.parts)
        and _sum_base(lst.parts) < lst.total.q.base
    )


def _called_main_part(doc: Document, lst: _List) -> bool:
    """Whether the sentence after a list's last part calls the parts the main part of the total
    (so they are some of it, not all)."""
    k = lst.parts[-1].sentence + 1
    if k >= len(doc.sentences):
        return False
    nxt = doc.sentences[k]
    return _CALLED_MAIN.match(doc.text, nxt.start, nxt.end) is not None


# A unit whose figure the page hides behind a placeholder ("退耕还林抚育 点击查看>> 万元": a site
# that shows figures to members only; "支出XX万元", "**万元": a template's or a redaction's)
_HIDDEN_FIGURE = re.compile(r"(?:点击查看\s*>*|\*{2,}|[×xX]{2,})\s*[万亿千]?元")


def _hides_a_part(doc: Document, lst: _List) -> bool:
    """Whether a figure hidden behind a placeholder is among the parts of ``lst`` (from its
    total to the end of its last part's sentence): what they add up to is not known."""
    start = lst.total.q.end
    end = doc.sentences[lst.parts[-1].sentence].end if lst.parts else start
    return _HIDDEN_FIGURE.search(doc.text, start, end) is not None


def _damaged_next(doc: Document, total: Fact, last: Fact) -> bool:
    """Whether the figure right after a list's last part, in its sentence and at its depth, is
    damaged and could be one more part (of the total's dimension, or with its unit lost)."""
    k = last.index + 1
    if k >= len(doc.facts):
        return False
    g = doc.facts[k]
    return (
        g.damaged
        and g.sentence == last.sentence
        and g.depth == last.depth
        and g.q.unit.dimension in (total.q.unit.dimension, _BARE)
    )


def _sibling_opener(text: str, s: Sentence, at: int, word: str) -> bool:
    """Whether the introducer ``word`` at ``at`` opens the next item of a list whose item
    before it opened with the same word ("其中用于A方面49.05亿元,用于B方面39.82亿元,用于其他
    方面83.63亿元": each 用于 a sibling, none the breakdown of the figure before it)."""
    k = bisect.bisect_right(s.facts, at, key=_end_of)
    if k == 0:
        return False
    f = s.facts[k - 1]
    return text[f.q.end : at].strip(" ,;、") == "" and _opens_alike(f.label, word.rstrip(":,"))


# the name of money in a clause of its own before 用于 ("…,调出资金用于平衡一般公共预算11.5亿元"):
# what the next figure is, not what the figure before it is used for
_MONEY_NAMED = re.compile(r"[,;、]\s*[^,;:。、\d]{0,10}(?:资金|经费|款项|收入|支出)$")


def _named_use(text: str, s: Sentence, at: int, word: str) -> bool:
    """Whether 用于 at ``at`` follows the name of money that opens its own clause, after the
    sentence's figure before it: that money's use, named before its own figure, not a list of
    the figure before ("债务还本50万元,调出资金用于平衡一般公共预算11.5亿元,结转下年13亿元")."""
    return word == "用于" and _MONEY_NAMED.search(text, max(s.start, at - 16), at) is not None


def _opens_alike(label: str, word: str) -> bool:
    """Whether a part's label opens with ``word``, past the marks, the list's own 其中 and a word
    that adds it to what came before ("其中用于市政和产业园区建设方面", "其中:用于举办赛事" and
    "另外还有用于社会福利" open with 用于)."""
    opening = label.lstrip(" ,;:、").removeprefix("其中").lstrip(" ,;:")
    if opening[:1] in _ADDING_FIRSTS:  # (most labels open with no such word)
        opening = _ADDING_WORDS.sub("", opening, count=1)
    return opening.startswith(word)


# the words that add an item to those before it, at its opening ("另外还有用于社会福利1.05亿元")
_ADDING_WORDS = re.compile(r"^(?:另外|此外|同时|以及|并且|并)?(?:还有|还)?")
_ADDING_FIRSTS = frozenset("另此同以并还")
# the same words right before an introducer: "…最多,达318.24亿元,另外还有用于社会福利1.05亿元、
# 用于体育事业7.24亿元": what follows is more items beside the figure, not its breakdown
_ADDED_BEFORE = re.compile(r"(?:另外|此外|还有)$")


def _figured_before(doc: Document, s: Sentence) -> Sentence:
    """The sentence before ``s``, past up to two sentences of the same paragraph without figures
    ("…下降43.78%。主要是严格落实…压减“三公”经费。其中:…": the reason between the figure and
    the list of its parts)."""
    prev = doc.sentences[s.index - 1]
    for j in range(s.index - 2, max(-1, s.index - 4), -1):
        # a remark on a line of its own is passed too, not a heading; but a sentence of s's own
        # paragraph that names the total in words ("…同样也写出了2018年调整预算数。其中,…") is
        # where the paragraph starts: the figures of the paragraph before are another's
        if (
            prev.facts
            or _NUMBERED_HEADING.match(doc.text, prev.start)
            or (prev.paragraph == s.paragraph and doc.sentences[j].paragraph != s.paragraph)
        ):
            break
        prev = doc.sentences[j]
    return prev


# The patterns _gather, _totals_before and _list_head search with (compiled once: they run for
# every list, and re's cache lookup is most of the cost of a search on a short gap).
_CLAUSE_END = re.compile(r"[;。]")
_ADDED_LEAD = re.compile(rf"\s*(?:{PLUS_WORD}|另|此外)")
_CONTEXT_LEAD = re.compile(r"[:,]|中$|看$|分$")
# the same without the comma, for an item under a numbered heading (see _gather)
_CONTEXT_LEAD_HEADED = re.compile(r"[:]|中$|看$|分$")
_ADDED_AFTER = re.compile(rf"[;。]\s*{PLUS_WORD}")
# "其中,以教育科学文化支出74亿7千多万元、占34.67%最多": the largest part named (以…最多), not a
# list of the parts
_LARGEST = re.compile(r"最多|最大|最高|居首|为主")
# A gain beside a loss (亏损) among a list's parts: they are not added as printed.
_GAIN = re.compile(r"盈余|盈利|获利|利润")
_SEPARATOR = re.compile(r"[,;。]")
_WORDS_TAIL = re.compile(r"[,;、][^\d,;。()]{2,}$")
# (a "/" between a figure and the next item's name separates items: "基本支出60万元/项目支出30万元";
# 及 as 和 does: "…维修维护62.157万元以及上沛体育公园标识标牌制作安装9.336万元")
_GAP_MARK = re.compile(r"[,;、和及。:]|^/[\u4e00-\u9fff]")
_GAP_MARKS = frozenset(",;、和及。:")
# Only an introducer between the marks " ,:" (``text[a:b].strip(" ,:") in INTRODUCERS`` without
# the copy, nor the hash of a long sentence's whole head for each of its lists; no introducer
# opens or ends with one of the marks, so the one the strip would leave is the one matched).
_INTRODUCER_ALONE = re.compile(
    r"[ ,:]*(?:" + "|".join(sorted(INTRODUCERS, key=len, reverse=True)) + r")[ ,:]*"
)
# Only spaces, line breaks and 。 (``text[pos:end].strip(" \n。") == ""`` without the copy).
_BLANK_TAIL = re.compile(r"[ \n。]*")
_BLANK_CHARS = frozenset(" \n。")  # (a tail that opens with anything else is not blank)


def _restates_total(total: Fact, first: Fact, lead: Fact) -> bool:
    """Whether a later sentence opens with the total's own first words where the list's first
    part did not: a statement beside the total, not one of its parts ("政府采购合同授予中小微
    企业…16072.2亿元。其中,授予小微企业…。政府采购合同授予监狱企业…1.4亿")."""
    if lead is first:
        return False
    return (
        _shared_head(total.subject, lead.subject) >= 4 > _shared_head(total.subject, first.subject)
    )


def _shared_head(a: str, b: str) -> int:
    """How many characters two names share from their start."""
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


_DIGIT_MARKER = DIGIT_ITEM_NUMBER  # "1." or "1、" (before a year too: "1.2018年…")
_MARKER_STYLES = (
    ("(一)", re.compile(r"\s*[(][一二三四五六七八九十]{1,3}[)]")),
    ("一、", re.compile(r"\s*[一二三四五六七八九十]{1,3}、")),
    ("(1)", re.compile(r"\s*(?:[(]\d{1,2}[)]|[\u2474-\u2487])")),
    ("1.", re.compile(r"\s*" + _DIGIT_MARKER)),
)


# an item's number in brackets, or followed by "." or "、" (not a decimal's digits, a year's)
_ITEM_NUMBER = re.compile(r"[(](\d{1,2})[)]|(?<![\d.])(\d{1,2})[.、](?!\d)")
_LINE_ITEM_NUMBER = re.compile(r"\s*(?:[(](\d{1,2})[)]|(\d{1,2})[.、](?!\d))")


def _numbering_goes_on(text: str, start: int, end: int, at: int) -> bool:
    """Whether the line at ``at`` opens with the number after the last item number printed in
    ``text[start:end]``, in the same style: "其中:(1)…105.58亿元;(2)…11.65亿元;(3)…35亿元;↵
    (4)其他收入预算2亿元;(5)…" (a list whose first items share the total's line)."""
    opening = _LINE_ITEM_NUMBER.match(text, at)
    if opening is None:
        return False
    line_end = text.find("\n", at)
    if "|" in text[at : line_end if line_end >= 0 else len(text)]:
        return False  # (a table's row: its cells are read by the tables' readers)
    last = collections.deque(_ITEM_NUMBER.finditer(text, start, end), maxlen=1)
    if not last:
        return False
    last_number = last[0]
    bracketed = opening.group(1) is not None
    if bracketed != (last_number.group(1) is not None):
        return False
    before = int(last_number.group(1) if bracketed else last_number.group(2))
    return int(opening.group(1) if bracketed else opening.group(2)) == before + 1


def _marker_style(text: str, at: int) -> str | None:
    """The style of the item number a sentence opens with ("(一)", "一、", "(1)", "1."), if any."""
    for style, pattern in _MARKER_STYLES:
        if pattern.match(text, at):
            return style
    return None


# "…83620万元、债务转贷收入19000万元": only "、" and a name between two parts
_CARRIED_VERB = re.compile(r"、[^,;:。、\d()]{2,20}")


# an item numbered 一是, 二是… ("三是中央彩票公益金…经费共计")
_ORDINAL_IS = re.compile(r"[\s,;:]*[一二三四五六七八九十]{1,2}是")
# a use described in words, to its clause's end ("用于现有…APP优化升级改版,新增…", "用于专项债券
# 还本付息;")
_DESCRIBED_USE = re.compile(r"[^,;:。\n\d]{2,}[,;]")
# The rest of a sentence after an introducer that is a list of three or more names and no
# figure ("分别是:党政办公室、党建工作办公室、综合执法办公室。"). (Bounded: a name is a run of
# characters other than the separators and digits, each tried once.)
_NAMES_ONLY = re.compile(
    r"[:\s]*(?:(?:[^\d、,;:。\n]{2,40}、){2,}[^\d、,;:。\n]{2,40}"
    # (or what it is used for, ending with 等: "…35170万元,主要用于入选者奖金等。")
    r"|[^\d,;:。\n]{2,40}等)[。;]?\s*"
)


# A figure's label that only points back ("其中,这4辆公车中…": 这; 该, 此, 上述, 以上)
_DEMONSTRATIVE = re.compile(r"[\s,:]*(?:这些?|该|此|上述|以上)")


def _same_total_word(word: str, label: str) -> bool:
    """Whether ``label`` names its figure with the same total word (总额, 合计…) as a part."""
    m = _TOTAL_WORDS.search(label)
    return m is not None and m.group() == word


def _measure(subject: str) -> str | None:
    if not subject.endswith("额"):
        return None
    plain = subject.replace("总", "")  # (零售总额 measures 零售额)
    return next((m for m in TRADE_MEASURES if plain.endswith(m)), None)


# a measure of ACCOUNT_MEASURES, not negated (非税收入) nor a remark in brackets ("国有资源(资产)
# 有偿使用收入")
_ACCOUNT_MEASURE = re.compile(r"(?<![(非])(?:" + "|".join(ACCOUNT_MEASURES) + ")")


def _account_measure(name: str) -> str | None:
    m = _ACCOUNT_MEASURE.search(name)
    return None if m is None else m.group()


def _other_measure_of(part: str, total: str) -> bool:
    """Whether a part's subject and a total's label name different measures: of trade, at
    their ends (TRADE_MEASURES; the label: a subject drops a total word, 零售总额 → 零售), or
    of an enterprise's accounts, anywhere (ACCOUNT_MEASURES: "资产总额达到21050亿元,…。其中,省属
    监管企业资产规模达到7000亿元,…创造税收174亿元")."""
    a = _measure(part)
    if a is not None:
        b = _measure(total.rstrip("为是达到:,"))
        if b is not None and a != b:
            return True
    a = _account_measure(part)
    if a is None:
        return False
    b = _account_measure(total)
    # (资产 and 净资产 are told apart, not set apart: parts of 资产总额 after a 净资产 may be
    # the earlier total's, _earlier_total)
    return b is not None and a not in b and b not in a


_ORDINALS = frozenset("一二三四五六七八九十")  # (not digits: a year is no member of a series)


# one level of government, named at the head of what it funds ("中央财政补贴资金", "省级资金")
_LEVEL_NAME = re.compile(r"中央|(?:省|市|县|区)(?:本?级)")


def _level_sibling(part: str, total: str) -> bool:
    """Whether ``part`` names the money ``total`` names (three characters or more after it)
    of another level of government: 省级财政补贴资金 beside 中央财政补贴资金, siblings. (A total
    that names two levels, "中央和省级…", holds both.)"""
    if "中央" not in total and "级" not in total:
        return False  # (every name of _LEVEL_NAME has one: most totals name no level)
    in_total = list(_LEVEL_NAME.finditer(total))
    in_part = list(_LEVEL_NAME.finditer(part))
    if len(in_total) != 1 or not in_part or in_part[-1].group() == in_total[0].group():
        return False
    rest = total[in_total[0].end() :]
    return len(rest) >= 3 and part[in_part[-1].end() :] == rest


def _ordinal_sibling(a: str, b: str) -> bool:
    """Whether two names differ only in one numeral: members of one series (第二产业增加值 and
    第三产业增加值, 一季度 and 二季度), siblings, neither a part of the other."""
    if len(a) != len(b) or a == b:
        return False
    differ = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return len(differ) == 1 and differ[0][0] in _ORDINALS and differ[0][1] in _ORDINALS


# a part's own main items introduced after it, in its clause ("主要支出事项:", "主要用于:"; a
# word of PARTIAL_INTRODUCERS: "地方政府性基金支出20869亿元,同比增长23.5%,主要是用国有土地使用权
# 出让收入安排的支出18642亿元"), not a reason ("主要是因为…", "主要是根据…", 主要由于, 主要原因)
_PART_ITEMS = re.compile(
    r"主要(?:支出)?(?:事项|项目|用于|包括)[:]|(?:"
    + "|".join(
        w
        for w in PARTIAL_INTRODUCERS
        if w.startswith("主要") and "原因" not in w and "由于" not in w
    )
    + r")(?!因为|由于|根据|受|为了|是因|系因)"
)

# The figures a list is read over at most (the most any list of the corpora reads is 47)
_GATHER_REACH = 60


def _start_of(f: Fact) -> int:
    return f.q.start


def _end_of(f: Fact) -> int:
    return f.q.end


# a change named by its verb first, before what it changes ("减少财力", "增加收入"; not 增加值)
_VERB_FIRST = re.compile(r"(增加|增收|调增|减少|减收|调减)(?!值)[^\d,;:。]{1,8}$")


def _verb_first_sign(label: str) -> int:
    """The direction of a change a figure's name says verb first ("预计减少财力": −1), or 0."""
    m = _VERB_FIRST.search(label)
    if m is None:
        return 0
    return -1 if "减" in m.group(1) else 1


# a total named as a plan, a task or a target (no phase of its own)
_PLANNED = re.compile(r"计划|任务|目标")


def _gather(doc: Document, s: Sentence, total: Fact, pos: int, inside: bool) -> _List | None:
    text = doc.text
    depth = total.depth + (1 if inside else 0)
    # the style of the item number the total's own label opens with ("1、…654.17万元"), if any
    total_style = _marker_style(total.label, len(total.label) - len(total.label.lstrip(" ,;")))
    sentences = [s]
    # A list opened at the end of a sentence ("其中:") or at its start ("。其中:A…。B…")
    # goes on in the sentences after it (at its start: the last test below).
    # "1、人大事务支出323400.00元,占年初预算100%。其中其他人大事务支出323400.00元。↵2、…": a
    # sentence that opens with 其中 inside the list breaks its part down; its figures are not parts
    nested: set[int] = set()
    if not inside and _NAMES_ONLY.fullmatch(text, pos, s.end) is not None:
        # "7个党政内设机构分别是党政办公室、党建工作办公室、…、安全应急管理办公室。": names, no
        # figures; the figures of the sentences after it are not their parts
        return None
    if (
        not inside
        and text.endswith("用于", max(s.start, pos - 2), pos)
        and _DESCRIBED_USE.match(text, pos, s.end) is not None
    ):
        # "项目预计总预算50万元,项目用于现有宁夏福彩APP优化升级改版,新增…,并对原有版块优化:…。预计
        # 2023年形票销量14.5亿元,…": a use described in words, to its clause's end: what the
        # clauses and sentences after it print are not its parts ("从一般公共预算调出1307万元,
        # 用于专项债券还本付息;78行B列调入资金3万元,…")
        return None
    if not inside and (
        pos >= s.end
        or (text[pos] in _BLANK_CHARS and _BLANK_TAIL.fullmatch(text, pos, s.end))
        # no figure from pos on (a sentence's figures are in text order: its last decides)
        or not (s.facts and s.facts[-1].q.start >= pos)
        or _INTRODUCER_ALONE.fullmatch(text, s.start, pos) is not None
    ):
        k = s.index + 1
        headed = False  # the sentence before is a numbered heading of the list's item
        # "(一)…群众体育支出968.8万元…。其中:↵1.…↵(二)…竞技体育…301.8万元": an item numbered like
        # the total's own is its sibling, and ends the total's list
        own_style = _sentence_style(doc, doc.sentences[total.sentence])
        # "一、…预算支出723372万元,分别为:↵(一)…408207万元,其中:↵1.…148486万元,其中:↵(1)…↵
        # (二)…315165万元": the items are those numbered like the first; an item numbered
        # otherwise is deeper, a part of the item before it (its own list), not of the total
        item_level: int | None = None
        levels = _levels(doc)
        # "其中,财产险业务保费收入31.7亿元,…;人身险业务保费收入50.8亿元,…。赔款和给付21.6亿元": the
        # items the list's own sentence names alike (…保费收入) go on only with one named so too
        suffix: str | None = None  # (worked out when a sentence after it is looked at)
        standing_in = False  # under an item without a figure, whose sub-items carry it
        heading_at = -1  # the paragraph of a numbered item whose figure comes later in it
        while k < len(doc.sentences) and len(sentences) < 60:
            nxt = doc.sentences[k]
            if own_style is not None and _sentence_style(doc, nxt) == own_style:
                break
            level = levels[k]
            if level is not None and item_level is not None and level < item_level:
                break  # an item numbered as a higher level: the items' list has ended
            if level is not None and item_level is not None and level > item_level:
                if not standing_in:
                    nested.add(nxt.index)
                sentences.append(nxt)
                k += 1
                continue
            standing_in = False
            if (
                not nxt.facts
                and level is not None
                and level == item_level
                and k + 1 < len(doc.sentences)
                and (deeper := levels[k + 1]) is not None
                and deeper > level
                and doc.sentences[k + 1].facts
            ):
                # "2、公务招待费为51万元,…↵3、公车用车费↵(1)公车用车运行维护费57.8万元,…↵(2)…0元":
                # an item with no figure of its own, whose sub-items carry it: they are parts
                # in its place
                standing_in = True
                k += 1
                continue
            if (
                not nxt.facts
                and level is not None
                and (item_level is None or level == item_level)
                and _item_figure_later(doc, k)
            ):
                # "共计44万元。具体情况如下:↵1.理论学习专项。主要用于…。安排经费12万元。↵2.…": a
                # numbered item whose name stands alone, its figure in a later sentence of its
                # line: that figure is the item's
                headed = True
                item_level = level
                heading_at = nxt.paragraph
                k += 1
                continue
            if (
                not nxt.facts
                and headed
                and nxt.paragraph == heading_at
                and k + 1 < len(doc.sentences)
            ):
                k += 1  # (what the item does, in words, before its figure)
                continue
            if (
                level is None
                and item_level is not None
                and not headed  # (under its numbered heading a paragraph is the item itself)
                and nxt.facts
                and nxt.facts[0].role is _VALUE
                and (
                    nxt.paragraph != sentences[-1].paragraph
                    or (sentences[-1].index in nested and not text.startswith("其中", nxt.start))
                )
            ):
                # "1.税收收入322551万元…↵其他税种154069万元…主要包括房产税…↵2.非税收入…": a
                # paragraph without a number among numbered items goes on with the item before
                # it (its own breakdown), not one more item of the total
                nested.add(nxt.index)
                sentences.append(nxt)
                k += 1
                continue
            lead = nxt.facts[0] if nxt.facts else None
            if (
                lead is not None
                and lead.role is _ROLE_PRIOR
                and len(nxt.facts) > 1
                and _TO_NEW_LEVEL.search(nxt.facts[1].label)
            ):
                # "1、一般公共预算收入由年初预算12981.26万元调整为13250.10万元": the item's figure
                # is its new level, after the one it was changed from
                lead = nxt.facts[1]
            if (
                sentences[1:]
                and nxt.paragraph == sentences[-1].paragraph
                and text.startswith("其中", nxt.start)
            ):
                nested.add(nxt.index)
                sentences.append(nxt)
                k += 1
                continue
            if (
                lead is None
                and k + 1 < len(doc.sentences)
                and (
                    _HEADING.match(text, nxt.start)
                    or _part_heading(text[nxt.start : nxt.end], total.subject)
                )
            ):
                # a numbered heading between the parts: a 类/款/项 path, or a standard part of
                # the total ("三公经费…1023万元。其中:↵一、因公出国(境)经费↵2020年…0万元。")
                k += 1
                headed = True
                item_level = level if item_level is None else item_level
                continue
            if (
                lead is None
                and sentences[1:]
                and nxt.paragraph == sentences[-1].paragraph
                and k + 1 < len(doc.sentences)
            ):
                k += 1  # "…购置车辆0辆。本单位2023年度无此项支出。": a remark on the part before
                continue
            # a list of changes goes on in sentences that open with a change
            part_role = _CHANGE if total.role is _CHANGE else _VALUE
            if lead is None or lead.role is not part_role or lead.depth != 0:
                break
            first = next(
                (g for g in s.facts if g.q.start >= pos and g.role is part_role and g.depth == 0),
                sentences[1].facts[0] if sentences[1:] and sentences[1].facts else None,
            )
            # (an item numbered like the ones before it is one more of them: "(一)全年慈善资金收入
            # 1362.70万元。其中:↵1.…募集资金220.85万元;↵…6.慈善资金增值净收入105.67万元;")
            numbered_alike = level is not None and level == item_level
            if first is not None and not numbered_alike and _restates_total(total, first, lead):
                break
            # (so does a remark without figures opened by 其中 right after the total: "…支出总额
            # 为761.33万元。其中,既包括使用当年财政拨款…的实际支出,也包括…。↵(一)因公出国…")
            ends_line = (
                pos >= s.end
                or _BLANK_TAIL.fullmatch(text, pos, s.end) is not None
                or (
                    not s.facts
                    and total.sentence == s.index - 1
                    and doc.sentences[total.sentence].paragraph == s.paragraph
                    and text.startswith("其中", s.start)
                )
            ) and (text[s.end - 1 : s.end] == "\n" or text.startswith("\n", s.end))
            if (
                nxt.paragraph != s.paragraph
                and not ends_line
                and not _parallel(_top(sentences[-1], pos), _top(nxt, nxt.start))
                and not _numbering_goes_on(text, pos, sentences[-1].end, nxt.start)
            ):
                # a new paragraph goes on only with one more item of the same form, or the next
                # number of the items before it
                break
            lead_text = text[nxt.start : lead.q.start]
            if (total_flow := _flow(total.subject)) and _flow(lead.subject) not in ("", total_flow):
                # "…一般公共预算收入566.3亿元…。其中,增值税150.2亿元…;房产税100.0亿元,…。全区一般
                # 公共预算支出589.8亿元": money going the other way is no part of it
                break
            if (
                (
                    # (the first sentence after a heading that introduces the parts is one of
                    # them, named like the total or not: "(一)收入总计主要构成。↵本年收入…")
                    bool(s.facts or sentences[1:])
                    and total.subject
                    and lead.subject
                    and (
                        lead.subject == total.subject
                        or (len(total.subject) > 2 and lead.subject.endswith(total.subject))
                    )
                )
                or _TOTAL_WORDS.search(lead.label)
                or (
                    lead.subject
                    and (suffix := _items_suffix(s, pos) if suffix is None else suffix)
                    and not lead.subject.endswith(suffix)
                )
                or _ADDED_LEAD.match(lead_text)
                or _CONTEXT_LEAD_HEADED.search(lead_text.strip())
                # "二、公务用车…↵2020年行政事业单位执行公务,开展…购置及运行费决算支出785万元": under
                # its numbered heading an item may name itself at length (and so may an item
                # numbered like the ones before it: "(6)历年已完工…项目,预算支出118347万元")
                or ("," in lead_text and not headed and (level is None or level != item_level))
                # "…一般公共预算收入152.4亿元…。其中:税收收入完成142.7亿元,…。完成全口径财政收入
                # 597.0亿元": a sentence whose figure is more than the total is of a wider one
                # (a numbered item may give a part of a total before it, and one of its sibling:
                # "安排省级…5.5亿元,…市县…2.9亿元,其中:↵1.省级…2亿元,…市县…1.67亿元。↵2.省级…
                # 3.5亿元")
                or (
                    level is None
                    and not headed  # (under its numbered heading a paragraph is the item itself)
                    and _same_phase(lead, total)  # (an item's budget before its actual)
                    and lead.q.unit.dimension is total.q.unit.dimension
                    and total.q.base > 0
                    and lead.q.base > total.q.base
                )
            ):
                break
            headed = False
            item_level = level if item_level is None else item_level
            sentences.append(nxt)
            k += 1
        depth = total.depth if sentences[1:] else depth
    parts: list[Fact] = []
    short: list[Fact] = []
    semicolon = False
    nested_until = -1
    last_end = pos
    taken = False
    # "其中:县直各部门批复指标39.41亿元,已用指标33.79亿元,预算结余5.62亿元;各乡镇批复指标…": a
    # clause that gave a part at the total's phase (批复) and then a figure at another (已用)
    # is about that one item, so what follows in it without a phase (结余) is no part
    phased = False
    item_done = False
    reason = False
    closed = False
    bracket_nested = False
    visited = 0
    unseparated: list[Fact] = []
    signed = _signed_sentences(doc)
    total_kind: str | None = None  # "stock", "flow" or "" (_stock_or_flow), when asked
    verb_first: int | None = None  # the total's _verb_first_sign, when asked
    scaled_out = False  # a part left out for its count's scale (人 under 万人)
    for sent in sentences:
        if sent.index in nested:
            continue
        begin = pos if sent is s else sent.start
        # (from the first figure at begin, found by bisection: a long sentence of lists is
        # not walked from its start for each; among the document's starts, a sentence's facts
        # being consecutive in it, without a key function called at each step)
        from_k = (
            bisect.bisect_left(doc.starts, begin, sent.facts[0].index, sent.facts[-1].index + 1)
            - sent.facts[0].index
            if sent is s and sent.facts
            else 0
        )
        skimmed = False
        for f in itertools.islice(sent.facts, from_k, None):
            visited += 1
            if visited > _GATHER_REACH:
                # no list is this long: what is read so far is all of it (a sentence of
                # thousands of figures stays linear)
                closed = True
                break
            if f.depth < depth:
                closed = True
                break
            if f.depth > depth:
                continue
            gap = text[last_end : f.q.start]
            if "(" in gap:
                gap = _PARENS.sub("", gap)
            if sent is not s and last_end < sent.start:
                gap += "。"
            # any of ",;、和。:" (a search, not a generator; not even that when the gap opens
            # with one, as most do)
            if gap[:1] in _GAP_MARKS or _GAP_MARK.search(gap):
                taken = False
                if ";" in gap or "。" in gap:
                    semicolon = True
                    nested_until = -1
                    phased = item_done = reason = False
            if (
                parts
                and "原因" in gap  # (most gaps have none: the item's end looked for only then)
                and "原因" in gap[max(gap.rfind("。"), gap.rfind(";")) + 1 :]
            ):
                # "1.财政拨款收入1813.24万元,…下降22.31%,主要原因是2016年财政拨付1000万元政府
                # 债券,…": the figures of a reason given for a part's change, up to its item's end
                reason = True
            last_end = f.q.end
            if (
                parts
                and parts[-1].sentence == sent.index
                and (
                    "其中" in gap
                    # "其中:财力安排支出68.4亿元,…,主要支出事项:一般公共服务支出7.1亿元、…等;上级
                    # 专项…13.2亿元": the part's main items, its own (some of it)
                    or ("主要" in gap and _PART_ITEMS.search(gap) is not None)
                )
                and (";" not in gap or _marker_style(parts[-1].label, 0) is not None)
                and "。" not in gap
                and f.index > nested_until
            ):
                # "1.一般公共预算收入45,034万元,完成年初预算90%,其中税收分成收入21,043万元、
                # 非税收入23,991万元;": a 其中 after the part's other figures breaks it down;
                # after a numbered item, so does one after a ';' ("2、上年结余收入8.3万元,…;其中:
                # 其他结转5.39万元,…。"), its segment running from the 其中
                nested_until = _part_nested_end(doc, sent, parts[-1], depth, signed)
                if ";" in gap:
                    nested_until = _segment_end_from(sent, text.rfind("其中", 0, f.q.start), text)
            if f.index <= nested_until:
                if nested_until >= sent.facts[-1].index and not skimmed:
                    # the nested list runs to the sentence's end: no figure after it in the
                    # sentence is read, only counted (the reach, a shallower figure closing the
                    # list, where the last one ends), unless a ';' or '。' may end it first
                    skimmed = True
                    skim = _skim(doc, sent, f, depth, visited)
                    if skim is not None:
                        visited, last_end, closed = skim
                        break
                continue
            if parts and ("按" in gap or "看" in gap) and _CLASSIFIED.search(gap):
                closed = True  # "…;按经济分类科目,…": the next breakdown of the total
                break
            if (
                total_style is not None
                and ";" in gap
                and _marker_style(gap, gap.rfind(";") + 1) == total_style
            ):
                # "1、群众性综合运动会654.17万元,其中补助地方30万元;2、示范性全民健身活动559.52
                # 万元": an item numbered like the total's own is its sibling: the list has ended
                closed = True
                break
            # A total after the parts closes the list; the first part may be a subtotal of its
            # own ("收入总计X,其中:本年收入合计Y,年初结转和结余Z"). A part's share of the total
            # ("占收入预算总额的57.93%") names it without being it, and so does a total of
            # another kind ("公务接待费为122万元,…共计接待9195人次。公务用车…1012万元").
            # (every word of _TOTAL_WORDS has 计 or 总; _ADDED_AFTER ends with 加)
            if (
                parts
                and f.role is not _SHARE
                and f.q.unit.dimension is total.q.unit.dimension
                and ("计" in f.label or "总" in f.label)
                and (named_total := _TOTAL_WORDS.search(f.label)) is not None
                # (not a sibling named as the part before it: "其中,行政单位资产总额8.9万亿元,
                # 事业单位资产总额21.1万亿元")
                and not _same_total_word(named_total.group(), parts[-1].label)
                # (a total word inside a name is none: "禄丰县乡镇合计报表1套" is an item)
                and not _WORD_AFTER_TOTAL.match(f.label, named_total.end())
                # (nor in a numbered item's: "一是…37.22万元,二是…85万元,三是…经费共计4.5万元")
                and _ORDINAL_IS.match(f.label) is None
            ) or ("加" in gap and _ADDED_AFTER.search(gap)):
                closed = True
                break
            if parts and _level_sibling(f.subject, total.subject):
                # "中央财政补贴资金120万元,其中58.473万元用于兑付…,下达省级财政补贴资金15万元":
                # the same money of another level of government is the total's sibling, no part
                closed = True
                break
            if parts and _ordinal_sibling(f.subject, total.subject):
                # "第二产业实现增加值678.89亿元,…。其中工业增加值571.20亿元,…;第三产业…584.30亿元":
                # the total's next in its series (a numeral apart) is its sibling, and ends its
                # list
                closed = True
                break
            if total.role is _CHANGE:
                if (
                    f.role is _CHANGE
                    and f.q.unit.dimension in (total.q.unit.dimension, _ZERO)
                    and (f.basis is total.basis or not f.explicit)
                ) or (
                    # "调增上级补助收入83620万元、债务转贷收入19000万元": the verb carried over
                    # "、" to the next name (the same way as the total's)
                    f.role is _VALUE
                    and parts
                    and parts[-1].role is _CHANGE
                    and parts[-1].sign == total.sign
                    and f.q.unit is parts[-1].q.unit
                    and _CARRIED_VERB.fullmatch(text, parts[-1].q.end, f.q.start) is not None
                ):
                    parts.append(f)
                    if not semicolon:
                        short.append(f)
                continue
            if (
                f.role is _CHANGE
                and f.q.unit.dimension is total.q.unit.dimension
                and not reason
                and f.sign != 0
            ):
                if verb_first is None:  # (read once per list, on its first change)
                    verb_first = _verb_first_sign(total.label)
                if f.sign == verb_first:
                    # "预计减少财力8亿元,其中…指标收入减少0.6亿元,…减少收入2.3亿元": a total named
                    # by its verb first (减少财力) is a change; its parts may name theirs after
                    parts.append(f)
                    if not semicolon:
                        short.append(f)
                    continue
            if (
                f.role is not _VALUE
                or f.q.unit.dimension is not total.q.unit.dimension
                or reason  # (explain a change: no parts)
            ):
                continue
            if f.q.counter and not same_kind_of_count(f.q, total.q):
                # "内设机构共6个,…实有人数86人(其中,在职36人,…),总编制数38人": persons are no
                # part of a count of offices
                if _scaled_alike(f.q.counter, total.q.counter):
                    # "参保人数33.41万人,其中成年人17.38万人,学生儿童15.96万人,大学生731人": a
                    # part counted in 人 under 万人 is one the sum leaves out: the list is open
                    scaled_out = True
                continue
            if f.q.counter == "分" and "扣" in f.label:
                # "自评得分95分,其中产出指标扣3分,效益指标扣2分": points taken off are no part of
                # the score
                continue
            if _per_head(f):
                if parts and _per_head(total):
                    # "门诊病人次均医药费534.9元,其中药费256.3元;住院患者人均医药费用22672.7元,
                    # 其中药费5554.5元": another average after an average's parts is its
                    # sibling; the parts after it are its own
                    closed = True
                    break
                # "…第三产业增加值49.3亿元,…。人均地区生产总值40998元": a figure per head (per
                # pupil, per household, on average) is no part of a total; a fund set per
                # pupil is ("其中:贷款利息66.7万元、…、高中生均经费85万元": 生均经费, 生均公用经费)
                continue
            if "短绌" in f.label or "差短" in f.label:
                # "总预算高达366亿元,其中岁入岁出短绌8亿3842万余元": income short of spending is
                # what the totals leave, no part of either
                continue
            if _per_head(total) and _GROUP_OF_PEOPLE.match(f.subject) is not None:
                # "居民人均可支配收入为7256元,…其中城镇居民可支配收入为9553元,农村居民可支配收入为
                # 3784元": the averages of groups of people, no parts of the average of all
                continue
            if _other_measure_of(f.subject, total.label):
                # "社会消费品零售总额13.1亿元,…;其中…,批发业销售额8.4亿元,…,住宿业营业额0.4亿元": a
                # figure that measures another quantity (销售额, 营业额) is no part of the total's
                # (零售额)
                continue
            if not parts and f.q.base == total.q.base and _DEMONSTRATIVE.fullmatch(f.label):
                # "…车辆一共仅有4辆。其中,这4辆公车中…3辆、…1辆": the total named again to
                # say what the parts are of, not one of them
                continue
            if f.phase and total.phase and f.phase != total.phase:
                item_done = phased
                continue
            if f.phase == "actual" and not total.phase and _PLANNED.search(total.label):
                # "投资计划37.0亿元,其中中央资金9.9亿元;完成投资24.2亿元,完成率65.3%": what was done
                # of a plan (任务, 目标) is no part of it
                continue
            if item_done and not f.phase:
                continue
            if (
                parts
                and total.phase == "budget"
                and parts[-1].sentence == f.sentence
                and _BARE_DONE.fullmatch(f.label) is not None
            ):
                # "预算数为77778.8万元,…。其中:…;…专项转移支付26200万元,支出6499.75万元;": what a
                # part of a budget spent, named by the verb alone, is that part's, no other part
                item_done = True
                continue
            if parts and _DONE_OF_PART.match(f.label) is not None:
                item_done = phased  # (what follows in the clause is that item's too)
                # "其中省级资金109.98亿元,目前已下达123.01亿元,完成年初计划的111.8%": what of the
                # part before was done (下达, 拨付…) is no part of the total
                continue
            if not _same_series(f, total):
                continue
            if total_kind is None:  # (the total's kind: read once per list, on its first part)
                total_kind = _stock_or_flow(total.subject)
            if (total_kind == "stock" and f.subject.endswith(_FLOW_ENDINGS)) or (
                total_kind == "flow"
                and (
                    f.subject.endswith(_HELD_ENDINGS)
                    or ("结余" in f.label and _BARE_HELD.fullmatch(f.label) is not None)
                )
            ):
                # "…累计结存63970亿元,其中基金投资运营规模1.46万亿元,当年投资收益额632亿元": what
                # flowed in or out over a period is no part of what is held at its end, nor the
                # other way ("总支出23493亿元,其中…13501亿元;中央财政赤字2749亿元;…国债余额")
                continue
            if taken:
                # (not the part restated: "基本支出60万元即0.6亿元")
                if parts and parts[-1].sentence == f.sentence and f.q.base != parts[-1].q.base:
                    unseparated.append(f)
                continue
            if parts and _phase_twin(f, parts[-1]):
                # "其中:高等教育(项)年初预算为10,623,328.45万元,支出决算为11,708,985.36万元": the
                # part's own budget and actual, one item twice, not two parts
                continue
            if (
                parts
                and not f.label.strip()
                and f.q.value == parts[-1].q.value
                and f.q.unit is parts[-1].q.unit
                and text.find(";", parts[-1].q.end, f.q.start) < 0
                and text.find("。", parts[-1].q.end, f.q.start) < 0
            ):
                # "②…缺口资金105.04万元,该项目改造小区数21个,…,105.04万元将于工程竣工验收后…
                # 支付;": the item's figure printed again, with no name, in its own item: no
                # second part
                continue
            if _share_of_other(sent, f, total):
                taken = True
                continue
            taken = True
            parts.append(f)
            # (a part with no phase of its own under a total of one is at the total's phase:
            # "预算数为77778.8万元,…。其中:共同财政事权转移支付38288.8万元,已分配32452.54万元,…,
            # 支出7617.95万元;一般性转移支付13152万元")
            phased = phased or bool(total.phase and f.phase in (total.phase, ""))
            if not semicolon:
                short.append(f)
            after = text[f.q.end : f.q.end + 8].lstrip(",(")
            # "区本级为371.32亿元(含街道31.33亿元),其他镇为7.51亿元": a nested list in brackets
            # ends with them (its figures are deeper anyway); only an open one runs on
            bracketed = text.startswith("(", f.q.end)
            # (_INTRO tried only after a character its words start with: most parts have none)
            intro = _INTRO.match(after) if after[:1] in _INTRO_FIRSTS else None
            opener = f  # the figure the nested list's introducer follows
            if (
                intro is None
                and not bracketed
                and (own_share := _own_share_after(sent, f)) is not None
            ):
                # "公务接待费支出决算4,895.00元,占总支出决算的77.90%,具体是国内接待费…": the
                # part's own share before its breakdown
                after = text[own_share.q.end : own_share.q.end + 8].lstrip(",(")
                intro = _INTRO.match(after) if after[:1] in _INTRO_FIRSTS else None
                opener = own_share
            if (
                intro is not None
                and _figure_follows(sent, opener, text)
                # "其中:用于举办赛事30万元,用于资助后备人才培养196.21万元": the next item opens
                # with the word this one opened with (after the list's own introducer), a
                # sibling, not this one's breakdown
                and not _opens_alike(f.label, intro.group(0).rstrip(":,"))
            ):
                if bracketed:
                    # where the list goes on after the bracket is not certain ("1478万元(含…,专项
                    # 转移支付收入406万元),上年结转结余60万元": the bracket may close late)
                    bracket_nested = True
                else:
                    nested_until = _part_nested_end(doc, sent, f, depth, signed)
            elif "小计" in f.label and not bracketed and _figure_follows(sent, f, text):
                # "其中:在职人数小计8人,行政在职人数3人,…0人,事业单位在职人数5人": a part named
                # as a subtotal, its own parts after it (to where they add up to it)
                nested_until = _part_nested_end(doc, sent, f, depth, signed)
        if closed:
            break
    if parts and total.role is _VALUE and parts[0].sentence == s.index and len(sentences) == 1:
        # (the marks right after the opening words are theirs: "分中央和地方看,中央…", "其中,,A…")
        lead_gap = text[pos : parts[0].q.start].lstrip(" ,:")
        if "(" in lead_gap:
            lead_gap = _PARENS.sub("", lead_gap)
        if (
            _SEPARATOR.search(lead_gap)
            and not _ABSENT_FIRST.match(lead_gap)
            # "其中,资助型项目97个,支出48.9亿元;…": a figure of another kind first is no word
            and not any(pos <= g.q.start < parts[0].q.start for g in s.facts)
            and not _same_period_lead(doc, total, lead_gap)
        ):
            return None  # "主要用于车辆燃料费、维修费…": words, not a breakdown of figures
    flow = _flow(total.subject)
    if flow:
        # The list ends where the money goes the other way ("…收入68万元;完成…支出4093万元"),
        # or where the other side's own total is named ("收入预算为979006元,其中:财政拨款979006
        # 元,支出预算为979006元,其中:…")
        seen_same = False
        for k, p in enumerate(parts):
            pf = _flow(p.subject)
            if pf == flow:
                seen_same = True
            elif (pf and seen_same) or (k and _other_side_named(p.label, flow)):
                parts = parts[:k]
                short = [q for q in short if q in parts]
                break
    if len(parts) >= 2 and total.subject:
        parts, short = _own_column(doc, total, parts, short)
    if len(parts) >= 2 and any(_MOVED_TO.fullmatch(p.label.strip(" ,;")) for p in parts[1:]):
        # "调整为182722万元(其中:①基本支出年初预算为70906万元,增加2622万元,调整为73528万元…": an
        # item's level before and after the adjustment are one part, the one of the total's
        # own phase (the adjusted level when the total is one)
        adjusted = _MOVED_TO.fullmatch(total.label.strip(" ,;")) is not None
        drop: set[int] = set()
        for before_, after_ in itertools.pairwise(parts):
            if (
                before_.subject
                and after_.subject == before_.subject
                and _MOVED_TO.fullmatch(after_.label.strip(" ,;"))
            ):
                drop.add(id(before_) if adjusted else id(after_))
        if drop:
            parts = [p for p in parts if id(p) not in drop]
            short = [p for p in short if id(p) not in drop] if short else short
    if not parts:
        return None
    if not inside and parts[0].sentence == s.index:
        semi = text.find(";", pos, parts[0].q.start)
        if semi >= 0:
            own = [g for g in s.facts if pos <= g.q.start < semi]
            if own and all(g.q.unit.dimension is not total.q.unit.dimension for g in own):
                # "公共基础设施1,933亿元,占…48.8%,其中:等级公路1.6万公里,城市桥梁273座…;流动资产
                # 750亿元,…": the 其中 lists other things (lengths, counts) up to its ';', and the
                # amounts after it are the figure's siblings, not its parts
                return None
    if parts[0].label.startswith("以") and _LARGEST.search(parts[0].tail):
        return None  # the largest part, named with 以…最多: the others are not listed
    if (
        len(parts) > 1
        and any(_AGGREGATE_SPENDING.search(p.subject) for p in parts)
        and _sum_base(parts) > total.q.base
    ):
        # "支出29.92亿元。其中:民生支出24.15亿元,…,卫生健康支出2.52亿元,…教育支出6.73亿元":
        # 民生支出 holds the kinds named after it; together they are no breakdown
        return None
    if len(parts) > 1 and all(_counted_over(doc, p) for p in parts):
        # "收入过10亿元的县达到124个,其中收入过30亿元的52个,过50亿元的27个,过100亿元的6个": the
        # counts above each bound hold those above the next; together they are no breakdown
        return None
    if "级指标" in parts[0].label and all(_INDICATOR_LEVEL.search(p.label) for p in parts):
        # "共编制15个绩效目标指标,其中一级指标3个,二级指标8个,三级指标15个": the levels of one
        # tree of indicators, each nested in the one above, are not added
        return None
    if _holds_its_sibling(parts):
        # "纯业务收入13.44亿元,…其中:(一)药品收入2.84亿元,…;卫生材料收入2.1亿元,…;医疗收入
        # 13.25亿元": a part that holds its siblings (NESTED_ITEMS) is no sibling of theirs
        return None
    if any("亏" in p.label for p in parts) and any(_GAIN.search(p.label) for p in parts):
        # "其中台湾电力公司税前亏损65.04亿元,台湾中油公司税前盈余69.25亿元": losses and gains
        # are not added as they are printed
        return None
    first_flow = ""  # the parts' flows: two different ones are no breakdown (no set built)
    # "本年总收入44.47万元,其中上年结转36.97万元,本年支出36.97万元": the spending of the year
    # is no part of what was received (a kind of spending may be: "收入较2022年增加55.88万元,
    # 主要是教育支出增加经费拨款51.17万元,…" names income by what it pays for)
    incoming = _flow(total.subject) == "in"
    for p in parts:
        pf = _flow(p.subject)
        if incoming and _ALL_SPENDING.fullmatch(p.label.lstrip(" ,;、")) is not None:
            return None
        if pf:
            if not first_flow:
                first_flow = pf
            elif pf != first_flow:
                return None  # "其中:收入63.3万元,支出63.3万元" is not a breakdown
    # (no copy of the list; its words' characters found first, the pattern tried only then)
    open_tail = (
        _approx_between(doc, pos, last_end + 12)
        and _APPROX.search(text, pos, last_end + 12) is not None
    )
    # (the words after the list looked for only in the text's last sentence: a copy and a scan
    # of the rest of a long sentence for each of its lists found nothing the test would keep)
    if not closed and sentences[-1].end >= len(text) - 1:
        rest = text[last_end : sentences[-1].end].rstrip("。\n ")
        if _WORDS_TAIL.search(rest):
            open_tail = True
    if scaled_out:
        open_tail = True
    if not open_tail and _BANK_BALANCE.search(total.label):
        # "本外币贷款余额115.69亿元,…其中:短期贷款33.53亿元,…中长期贷款71.74亿元": the kinds
        # of deposits and loans a report names are some of them (票据融资, 机关团体存款…)
        open_tail = True
    if (
        not open_tail
        and _INVESTED.search(total.label)
        and all(_SUBSIDY.search(p.label) for p in parts)
    ):
        # "共投入资金4065.35万元(其中省级补助869万元、区级补助429万元、乡镇补助431万元)": the
        # subsidies of an investment are some of it (what the owners raised is not listed)
        open_tail = True
    end_of_last = parts[-1].q.end
    if not open_tail and (
        (text.startswith("等", end_of_last) and not text.startswith(("等于", "等同"), end_of_last))
        # "…乐平基金会200万及其他": and the others, not printed
        or _AND_OTHERS.match(text, end_of_last) is not None
    ):
        # "其中,流动资产322,477.85万元,…,其他非流动资产1,411.01万元等。": the items named are
        # some of the total's (等, "and so on"), not all of them
        open_tail = True
    # A long numbered list ("1、…。2、…。…12、…。") that runs to the end of the text may go on
    # in what was not copied (an excerpt, a page cut short): a disagreement is only a warning.
    # The same list cut in the middle of a sentence (the excerpt stops without its 。) may
    # have gone on, however many parts it shows.
    runs_to_end = not closed and _NOT_SPACE.search(text, sentences[-1].end) is None
    cut_short = runs_to_end and (
        (
            len(parts) >= 5
            and len(sentences) > 2
            and all(
                _NUMBERED_ITEM.match(text, t.start) for t in sentences[1:] if t.index not in nested
            )
        )
        or _last_printed(text, sentences[-1].end) not in "。;!?"
    )
    strong = len(parts) >= 2 and not cut_short and not bracket_nested
    # no parts set apart: the shared empty list (one object less per list for the collector)
    if not open_tail:
        # "其中电脑票销量已突破500亿元大关,达到了504.76亿元": a part printed as a bound states
        # no amount to add (looked at only after a character a bound word ends with)
        open_tail = any(
            (
                text[p.q.start - 1 : p.q.start] in _MARK_BEFORE
                or text[p.q.end : p.q.end + 1] in _MARK_AFTER
            )
            and _is_bound(doc, p)
            for p in parts
        )
    # (only those before the last part: a figure after it may be its own detail, unless only a
    # name stands between them: "…车辆维护费12000元基他费用7000元。")
    last = parts[-1].index
    if (
        unseparated
        and unseparated[-1].index == last + 1
        and _NAME_BETWEEN.fullmatch(text, parts[-1].q.end, unseparated[-1].q.start)
    ):
        last += 2
    return _List(
        total,
        parts,
        short if short and short != parts else _NO_SHORT,
        strong,
        open_tail,
        unseparated=tuple(f for f in unseparated if f.index < last) if unseparated else (),
    )


_SIBLING_REACH = 8  # figures before a total that _own_column reads as its siblings


def _own_column(
    doc: Document, total: Fact, parts: list[Fact], short: list[Fact]
) -> tuple[list[Fact], list[Fact]]:
    """ "送审金额35.43亿元,审定金额32.66亿元,…,其中预算173宗,送审金额23.79亿元,审定金额21.81亿元,…,
    结算185宗,送审金额11.63亿元,审定金额10.85亿元": when the parts (in the total's sentence) are
    named like the total and like the figures printed before it (its siblings), each item gives
    a part of each: the total's parts are those not named like a sibling."""
    if parts[0].sentence != total.sentence or not any(p.subject == total.subject for p in parts):
        return parts, short  # (a list opening the next sentence is read by _parallel_lists)
    facts = doc.sentences[total.sentence].facts
    at = total.index - facts[0].index  # the total's place among its sentence's figures
    if not (0 <= at < len(facts) and facts[at] is total):
        return parts, short
    # Only the parts' own names can be a sibling's that sets one apart, and a sibling is never
    # named like the total: the siblings are those named like a part named otherwise (none
    # looked for when there is no such part, as in most lists; the name tested first).
    named = {p.subject for p in parts if p.subject and p.subject != total.subject}
    if not named:
        return parts, short
    siblings = {
        g.subject
        # (the figures printed beside it, a few before: not the whole of a long sentence for
        # each list of it)
        for g in facts[max(0, at - _SIBLING_REACH) : at]
        if g.subject in named
        and g.role is _VALUE
        and g.depth == total.depth
        and g.q.unit.dimension is total.q.unit.dimension
    }
    if not siblings:
        return parts, short
    return (
        [p for p in parts if p.subject not in siblings],
        [p for p in short if p.subject not in siblings],
    )


# What is left of the text after a list, read without copying it (a copy of the rest of the
# text for each list was quadratic in the length of the text).
_NOT_SPACE = re.compile(r"\S")


def _last_printed(text: str, end: int) -> str:
    """``text[:end].rstrip()[-1:]``: the last character before ``end`` that is not a space."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return text[end - 1] if end > 0 else ""


_APPROX = re.compile(r"\d(?:多|余)|(?:约|近|超过)\d")
_APPROX_CHARS = re.compile("[多余约近超]")  # one of them is in every match of _APPROX


def _approx_between(doc: Document, start: int, end: int) -> bool:
    """Whether a character of _APPROX_CHARS is in ``doc.text[start:end]``: the class searched
    for in a short stretch; in a long one (a list that ran on for tens of figures, read again by
    each of its totals) a string search for each of its five characters, several times faster
    than the class's scan; once the long stretches searched in a document add up to its length
    (a long sentence of lists, each reading on over the next ones), the characters' places found
    in the whole text once and bisected (a seed-size text, whose few long lists would not pay for
    the whole text's scan, never gets there)."""
    text = doc.text
    if end - start < 200:
        return _APPROX_CHARS.search(text, start, end) is not None
    places = _approx_places(doc, end - start)
    if places is None:
        return any(text.find(c, start, end) >= 0 for c in "余多约近超")
    k = bisect.bisect_left(places, start)
    return k < len(places) and places[k] < end


def _approx_places(doc: Document, searched: int) -> list[int] | None:
    """The places of _APPROX_CHARS' characters in the document's text, once the long stretches
    searched for them (``searched`` more now) add up to the text's length; None before."""
    memo = doc.memo
    places = cast("list[int] | None", memo.get("approx places"))
    if places is None:
        searched += cast("int", memo.get("approx searched", 0))
        if searched < len(doc.text):
            memo["approx searched"] = searched
            return None
        places = memo["approx places"] = [m.start() for m in _APPROX_CHARS.finditer(doc.text)]
    return places


# "其中,因公出国(境)费用没有,原因是…;公务用车…251万元": a first item that did not occur, its
# remark, then the items with figures.
# A period said again before the first part, in a clause of its own ("分中央和地方看,一季度,中央
# …收入24332亿元"): the quarter, half year, months or year so far
_PERIOD_WORD = (
    rf"(?:今年|本年)?{QUARTER}|(?:今年|本年)?{HALF_YEAR}|{MONTH_SPAN}(?:累计)?|(?:今年|年初)以来"
)
_PERIOD_LEAD = re.compile(r"(?P<period>" + _PERIOD_WORD + r")[,\s]+[^,;。]*")
_PERIOD_ALONE = re.compile(_PERIOD_WORD)


def _same_period_lead(doc: Document, total: Fact, lead: str) -> bool:
    """Whether the words before a list's first part are only the period its total is said of,
    in a clause of its own: "今年一季度,全国…收入60189亿元,…。分中央和地方看,一季度,中央…收入
    24332亿元;地方…35857亿元" (another period, "其中,去年,…", is no such lead: its figures may
    be another year's)."""
    m = _PERIOD_LEAD.fullmatch(lead)
    if m is None:
        return False
    said = doc.sentences[total.sentence]
    return m.group("period") in doc.text[said.start : total.q.start]


_ABSENT_FIRST = re.compile(r"[,:\s]*[^,;。]{2,20}?(?:没有|无此项|未发生|未安排)[^;。]*;[^,;。]*$")
_NUMBERED_ITEM = re.compile(r"\s*(?:\d{1,3}[、.]|[(]\d{1,3}[)])")


_ITEM_OPENS = frozenset("1一( \t")  # what a match of _FIRST_ITEM can open with


def _items_follow(doc: Document, s: Sentence) -> Fact | None:
    """The last amount of sentence ``s`` (at its level) when ``s`` ends its line and the next
    line opens the first of a list of numbered items; else None."""
    k = s.index + 1
    if k >= len(doc.sentences) or doc.sentences[k].paragraph == s.paragraph:
        return None
    start = doc.sentences[k].start
    # (the character it opens with first: most lines open with no item's number)
    if doc.text[start : start + 1] not in _ITEM_OPENS or _FIRST_ITEM.match(doc.text, start) is None:
        return None
    for f in reversed(s.facts):
        if f.role is _VALUE and f.is_amount and f.depth == 0:
            return f if f.q.value > 0 and not f.in_table else None
    return None


_HEADING = re.compile(
    r"\s*(?:[(][一二三四五六七八九十\d]{1,3}[)]|[一二三四五六七八九十\d]{1,3}[、.])[^。\n]*(?:\(类\)|\(款\)|\(项\))"
)
_PARENS = re.compile(r"\([^()]*\)")
_NUMBERED_LINE = re.compile(
    r"\s*(?:[(][一二三四五六七八九十\d]{1,3}[)]|[一二三四五六七八九十]{1,3}[、.])"
    r"(?P<name>[^。\d\n]{2,30})\s*$"
)


def _part_heading(sentence: str, total: str) -> bool:
    """Whether a numbered heading line names a standard part of ``total`` (DECOMPOSITIONS)."""
    m = _NUMBERED_LINE.match(sentence)
    if m is None:
        return False
    name = canonical(m.group("name"))[0]
    for total_name, part_names in DECOMPOSITIONS:
        if total.endswith(total_name) and any(
            name.startswith(p[:4]) or _related(name, p) for p in part_names
        ):
            return True
    return False


_GENERIC_OR_BI = (*_GENERIC, "比")


def _share_of_other(s: Sentence, part: Fact, total: Fact) -> bool:
    """ "人员支出204.87万元,占基本支出的92.42%": a share of another total marks a sub-part."""
    # a sentence's facts are consecutive in the document's: its position from the indexes
    k = part.index - s.facts[0].index
    if k + 1 >= len(s.facts):
        return False
    nxt = s.facts[k + 1]
    if nxt.role is not _SHARE and total.subject:
        # "增值税等主体税种完成49.1亿元,占预算的78.8%,…,主体税种占全部税收的比重为54.4%": a
        # share later in the part's clauses that names the part as its owner
        for g in _after(s.facts, k + 2):
            if g.depth < part.depth or (g.role is _VALUE and g.is_amount and g.depth == part.depth):
                break
            if g.role is not _SHARE or g.ref in _GENERIC_OR_BI:
                continue
            owner = g.label.partition("占")[0].strip(",;: ")
            if (
                len(owner) >= 2
                and part.subject.endswith(owner)
                and not (total.subject.endswith(g.ref) or g.ref.endswith(total.subject))
            ):
                return True
        return False
    if nxt.role is not _SHARE or nxt.ref in _GENERIC_OR_BI or not total.subject:
        return False
    if (
        total.q.unit.dimension is _COUNT
        and len(total.tail) >= 2
        and nxt.ref.endswith(total.tail[:2])
    ):
        return False  # "41个项目…:1个项目…,占评定项目的2.44%": the count's own thing
    if _standard_part_of(total.subject, nxt.ref):
        # "项目支出预算48100元,…。其中:↵(一)文化旅游体育与传媒支出类科目850088.3元,占支出总预算
        # 78.33%": 项目支出 is a standard part of 支出, so a share of 支出 is of another whole
        return True
    return not (total.subject.endswith(nxt.ref) or nxt.ref.endswith(total.subject))


def _standard_part_of(subject: str, whole: str) -> bool:
    """Whether ``subject`` names a standard part (DECOMPOSITIONS) of the total ``whole``."""
    return any(
        total == whole and any(_is_item(subject, p) for p in parts)
        for total, parts in DECOMPOSITIONS
    )


_TOTAL_SUFFIX = re.compile(r"(?:合计|总计|总额)$")


# a balance by its name: "收支结余", "年末结余", "收支差额" (money in less money out), and
# Taiwan's 賸餘 (賸 as the converter leaves it)
_BALANCE_NAME = re.compile(r"(?:结余|差额|賸余|剩余)$")


# a side's own total named by the side and its phase alone ("支出预算为")
_SIDE_LABEL = re.compile(r"[,;:]?\s*(收入|支出)(?:预算|决算)数?(?:为|是)?")


def _other_side_named(label: str, flow: str) -> bool:
    """Whether ``label`` names the other side's own total ("支出预算为" under 收入)."""
    m = _SIDE_LABEL.fullmatch(label)
    return m is not None and (m.group(1) == "收入") != (flow == "in")


@functools.lru_cache(maxsize=4096)  # a pure function of the name, asked for every part of a list
def _flow(subject: str) -> str:
    """收入 or 支出: which way the money of a subject goes ("" when the name does not say);
    "本年支出合计" goes out like "支出"."""
    subject = _TOTAL_SUFFIX.sub("", subject)
    if subject.endswith("收入"):
        return "in"
    if subject.endswith("支出"):
        return "out"
    return ""


def _parts_flow(parts: list[Fact]) -> str:
    """Which way the money of a list's parts goes, "in" or "out" (:func:`_flow`) as the first
    part whose name says it; "" when none does."""
    for p in parts:
        flow = _flow(p.subject)
        if flow:
            return flow
    return ""


# a balance of bank deposits or loans (存款余额, 贷款余额)
_BANK_BALANCE = re.compile(r"(?:存款|贷款)(?:余额)?(?:\([^()]*\))?(?:为|是|达)?$")
# the level an item was moved to, named by that alone ("…年初预算为70906万元,增加2622万元,调整为")
_MOVED_TO = re.compile(r"(?:调整|调增|调减|变更)(?:后)?(?:为|到|至)")
# what was invested in a project, and the subsidies (补助, 奖补, 补贴) that are some of it
_INVESTED = re.compile(r"(?:投入|投资)(?:资金|总额|总计|合计)?(?:为|是|达)?$")
_SUBSIDY = re.compile(r"(?:补助|奖补|补贴)(?:资金)?(?:为|是)?$")
# the whole spending of a period, named by no kind ("本年支出", "支出合计")
_ALL_SPENDING = re.compile(r"(?:本年|当年|全年|年度|本期)?(?:总)?支出(?:合计|总计|总额)?(?:为|是)?")
# spending named by what it is for, across the kinds of spending (民生支出 holds 教育, 卫生健康…)
_AGGREGATE_SPENDING = re.compile(r"(?:民生|重点|刚性|三保)(?:领域)?支出$")
# a level of a tree of performance indicators, named by its number (一级指标, 二级指标…)
_INDICATOR_LEVEL = re.compile(r"[一二三四]级指标$")
# only a name between two figures (no mark, no digit): "12000元基他费用7000元"
_NAME_BETWEEN = re.compile(r"[\u4e00-\u9fff]{2,12}")


def _items_suffix(s: Sentence, pos: int) -> str:
    """The ending (three characters or more) that the names of the amounts of ``s`` from
    ``pos`` on share, two or more (the first eight): "保费收入" of "财产险业务保费收入" and
    "人身险业务保费收入" ("" when they share none, or are fewer; two characters, "收入", "基金",
    say too little)."""
    from_k = bisect.bisect_left(s.facts, pos, key=_start_of)
    names = [
        f.subject
        for f in itertools.islice(s.facts, from_k, from_k + 16)
        if f.role is _VALUE and f.depth == 0 and f.subject
    ][:8]
    if len(names) < 2:
        return ""
    # (the shared beginning of the names reversed is that of the first and last in order)
    backwards = sorted(name[::-1] for name in names)
    first, last = backwards[0], backwards[-1]
    n = 0
    while n < len(first) and n < len(last) and first[n] == last[n]:
        n += 1
    return first[:n][::-1] if n >= 3 else ""


def _skim(
    doc: Document, s: Sentence, f: Fact, depth: int, visited: int
) -> tuple[int, int, bool] | None:
    """The figures of ``s`` after ``f`` that a list's walk (``_gather``) only counts, a nested
    list running to the sentence's end: how many were visited, where the last at ``depth``
    ends, and whether the list closed (the reach passed, or a figure shallower than ``depth``).
    None when a ';' or '。' before one of them may end the nested list (the walk reads on).

    (Counted on the figures' depths, not walked figure by figure: a sentence of thousands of
    nested lists is read at the cost of a slice and a ``min`` by each of its totals.)
    """
    text = doc.text
    facts = s.facts
    first = f.index - facts[0].index + 1
    room = _GATHER_REACH - visited  # the figures still within reach (the one after closes)
    stop = min(len(facts), first + room + 1)
    if stop > first:
        upto = facts[stop - 1].q.start
        if text.find(";", f.q.end, upto) >= 0 or text.find("。", f.q.end, upto) >= 0:
            return None
    # (a sentence's facts are consecutive in the document: its depths are a slice of them all)
    depths = _depths(doc)[f.index + 1 : f.index + 1 + stop - first]
    # the walk stops at the first figure past the reach or shallower than ``depth``
    cut = room if len(depths) > room else len(depths)
    if depths and min(depths) < depth:
        cut = min(cut, next(k for k, d in enumerate(depths) if d < depth))
    last_end = f.q.end
    for k in range(cut - 1, -1, -1):  # (the last figure at ``depth`` before it: most often cut - 1)
        if depths[k] == depth:
            last_end = facts[first + k].q.end
            break
    if cut < len(depths):
        return visited + cut + 1, last_end, True
    return visited + len(depths), last_end, False


def _depths(doc: Document) -> list[int]:
    """Every figure's depth, by its index in the document (worked out once per document)."""
    found = cast("list[int] | None", doc.memo.get("depths"))
    if found is None:
        found = doc.memo["depths"] = [f.depth for f in doc.facts]
    return found


def _own_share_after(s: Sentence, part: Fact) -> Fact | None:
    """The share (or rate, or completion) printed right after a part, of it: "公务接待费支出决算
    4,895.00元,占总支出决算的77.90%" (the fact after it by position, its own clause's)."""
    k = part.index - s.facts[0].index + 1
    if k >= len(s.facts):
        return None
    nxt = s.facts[k]
    if nxt.role not in _OWN_REMARKS or nxt.depth != part.depth:
        return None
    return (
        nxt
        if nxt.label.lstrip(" ,").startswith(("占", "同比", "比上年", "较上年", "完成"))
        else None
    )


# what a part's own figure right after it may be, before the part's own breakdown
_OWN_REMARKS = (Role.SHARE, Role.RATE, Role.COMPLETION)


def _figure_follows(s: Sentence, part: Fact, text: str) -> bool:
    """Whether a figure follows a nested introducer in its own clause ("其中A万元"), as
    opposed to words ("用于预算财力统筹使用")."""
    # (the fact after it by position: a sentence's facts are numbered in a row)
    k = part.index - s.facts[0].index + 1
    if k >= len(s.facts):
        return False
    nxt = s.facts[k]
    raw = text[part.q.end : nxt.q.start]
    if raw.lstrip(" ,").startswith("(") and ")" in raw:
        # "68.98亿元(含上年结余),新增一般债券7.1亿元": a remark closed before the next figure
        return False
    # (the brackets taken out only when there is one, as in most gaps; the words after the
    # first ':' searched in place, not split off)
    gap = (_PARENS.sub("", raw) if "(" in raw else raw).lstrip(",(")
    return _SEPARATOR.search(gap, gap.find(":") + 1) is None


def _item_figure_later(doc: Document, k: int) -> bool:
    """Whether the sentence ``k`` (a numbered item without a figure) is followed in its own
    paragraph by sentences, within eight, the first with a figure holding one amount only."""
    sentences = doc.sentences
    paragraph = sentences[k].paragraph
    for j in range(k + 1, min(k + 9, len(sentences))):
        g = sentences[j]
        if g.paragraph != paragraph:
            return False
        if g.facts:
            return len(g.facts) == 1 and g.facts[0].role is _VALUE and g.facts[0].is_amount
    return False


def _segment_end(s: Sentence, part: Fact, depth: int, text: str) -> int:
    """The index of the last fact of a nested list that starts after ``part``: the last
    before the first figure at ``depth`` after the next ';' (the sentence's last without one).
    (The ';' found once, not looked for again in the text before each figure: a long
    sentence of nested lists stays linear.)"""
    facts = s.facts
    semi = text.find(";", part.q.end, s.end)
    if semi < 0:
        return max(part.index, facts[-1].index)
    last = part.index
    for k in range(part.index - facts[0].index + 1, len(facts)):
        f = facts[k]
        if f.depth == depth and f.q.start > semi:
            break
        last = f.index
    return last


def _signed_sentences(doc: Document) -> frozenset[int]:
    """The sentences with a figure printed negative (worked out once per document)."""
    found = cast("frozenset[int] | None", doc.memo.get("signed sentences"))
    if found is None:
        found = doc.memo["signed sentences"] = frozenset(
            f.sentence for f in doc.facts if f.q.value < 0
        )
    return found


def _part_nested_end(
    doc: Document, s: Sentence, part: Fact, depth: int, signed: frozenset[int]
) -> int:
    """``_nested_end(s, part, _segment_end(s, part, depth, doc.text), signed)`` (``s`` the
    part's sentence, ``depth`` the list's: the part's own), kept per document by the part's
    index: a figure that is a part of one total's list is most often one of the total
    before's too, and each walk would sum its breakdown again."""
    ends = cast("dict[int, int] | None", doc.memo.get("nested ends"))
    if ends is None:
        ends = doc.memo["nested ends"] = {}
    found = ends.get(part.index)
    if found is None:
        found = ends[part.index] = _nested_end(
            s, part, _segment_end(s, part, depth, doc.text), signed
        )
    return found


def _nested_end(s: Sentence, item: Fact, last: int, signed: frozenset[int]) -> int:
    """Where the nested list of ``item`` that may run to the fact ``last`` ends: at the first
    two figures or more that add up to the item exactly, when figures follow them.
    (``signed``: the sentences with a figure printed negative; in any other, figures that add
    up to more than the item are followed by none that brings them back to it.)

    "其中:一般预算收入完成20707万元,…,其中:税收收入8059万元,非税收入12648万元,上级补助收入
    147757万元(…),地方政府一般债券转贷收入37400万元;…": the item's own list is closed by its
    parts' sum, and what follows it are more parts of the outer total.
    """
    if last <= item.index + 2:
        return last  # two figures or fewer: nothing can follow a closed pair
    acc = Decimal(0)
    count = 0
    dimension = item.q.unit.dimension
    facts = s.facts
    target = item.q.base
    unsigned = s.index not in signed
    # (from the item on, up to ``last``: a sentence of many items stays linear)
    for k in range(max(0, item.index - facts[0].index + 1), len(facts)):
        f = facts[k]
        if f.index >= last:
            break
        if f.depth != item.depth:
            continue
        if f.role is not _VALUE or f.q.unit.dimension is not dimension:
            continue
        acc = _CTX.add(acc, f.q.base)
        count += 1
        if count >= 2 and acc == target:
            return f.index
        if count == _NESTED_REACH or (unsigned and acc > target):
            break  # (a part's own breakdown is short: a long sentence stays linear)
    return last


_NESTED_REACH = 12


def _segment_end_from(s: Sentence, at: int, text: str) -> int:
    """The index of the last fact of the nested list a 其中 at ``at`` opens: up to the next ';'."""
    end = text.find(";", at, s.end)
    end = s.end if end < 0 else end
    last = -1
    for f in s.facts:
        if at < f.q.start < end:
            last = f.index
    return last


def _signs(lst: _List, parts: list[Fact]) -> tuple[int, ...]:
    return _signs_of(lst.total, parts)


def _signs_of(total: Fact, parts: list[Fact]) -> tuple[int, ...]:
    """The signs of ``parts`` added up to ``total``: each a plus, but for a total that is a change,
    each part's sign against the total's."""
    if total.role is not _CHANGE:
        way = _adjustment_sign(total.label)
        if way and any(_adjustment_sign(p.label) == -way for p in parts):
            # "调增收入预算4.33亿元。其中:调减…地方收入3.77亿元,调增…债务收入8.1亿元": an
            # adjustment's items adjusted the other way count against it (8.1 − 3.77)
            return tuple((_adjustment_sign(p.label) or way) * way for p in parts)
        return tuple([1] * len(parts))
    return tuple((p.sign or 1) * (total.sign or 1) for p in parts)


def _adjustment_sign(label: str) -> int:
    """1 for a label that opens with 调增 (调入), −1 for 调减 (调出), past its marks and 其中,
    else 0 ("调入资金16.04亿元(含…调入预算稳定调节基金4.26亿元、调出…0.78亿元)": 16.04 is what
    came in less what went out)."""
    opening = label.lstrip(" ,;:、(+").removeprefix("其中").removeprefix("含").lstrip(" ,;:")
    if opening.startswith(("调增", "调入")):
        return 1
    return -1 if opening.startswith(("调减", "调出")) else 0


# people a unit employs outside its establishment (编制): beside the 在编 staff, not among them
_OFF_ESTABLISHMENT = re.compile(r"临聘|编外|劳务派遣|外聘")


# the reading of a list's first parts, which add up to its total exactly (_exact_prefix)
_FIRST_PARTS = "the first parts, which add up to it"


def _exact_prefix(lst: _List) -> list[Fact] | None:
    """The first two parts or more of a list that add up to its total exactly, when all of
    them do not."""
    total, parts = lst.total, lst.parts
    if total.role is not _VALUE or len(parts) <= 2:
        return None
    if _whole_breakdown(total, parts):
        # "“三公”经费支出预算为11.52万元…其中:因公出国(境)费…0万元,公务接待费…11.52万元,公务
        # 用车购置及运行费…35万元": the parts of a standard breakdown, all of them, are the whole;
        # the first two adding up to the total is a coincidence of the error
        return None
    acc = Decimal(0)
    for k, p in enumerate(parts[:-1]):
        acc = _CTX.add(acc, p.q.base)
        if k >= 1 and acc == total.q.base:
            if _GRAND_TOTAL.search(total.label) and any(
                _CARRIED.search(q.subject) for q in parts[k + 1 :]
            ):
                # "收入总计为415.2644万元,其中:1.财政拨款收入…2.事业收入…3.上年结转和结余…": a
                # 总计 includes the balance carried in by definition (收入总计 = 本年收入合计 +
                # 年初结转和结余); the first parts alone are not it
                return None
            rest = parts[k + 1 :]
            if any(q.q.value != 0 and _CATCH_ALL_NAME.match(q.subject) for q in rest) and (
                _CTX.multiply(_sum_base(rest), 2) < total.q.base
            ):
                # "…事业收入986.92万元,事业单位经营收入0万元,其他收入0.10万元": a small catch-all
                # after them (其他…) closes the list; the parts before it are not all of it (the
                # rest adding up to most of the total is a second breakdown: "人员经费…,公用
                # 经费…,财政补助收入…,其他收入…")
                return None
            return parts[: k + 1]
    return None


_CARRIED = re.compile(r"结转|结余")


_CLASSIFIED_SUM = "sum of the parts (one classification of the total)"


def _item(subject: str) -> str:
    """A subject without a trailing 费/支出, to compare with a standard breakdown's names."""
    return subject.removesuffix("支出").removesuffix("费")


def _is_item(subject: str, name: str) -> bool:
    """Whether a figure's subject names the standard item ``name`` (非税收入 is not 税收收入)."""
    subject, name = _item(subject), _item(name)
    return subject.endswith(name) and not subject[: len(subject) - len(name)].endswith("非")


#: Each part of a standard breakdown (DECOMPOSITIONS) with the parts beside it (in any of the
#: breakdowns), and each specific total (not a bare 收入/支出) with its parts.
_SIBLINGS_OF: dict[str, frozenset[str]] = {}
for _total, _parts in DECOMPOSITIONS:
    for _part in _parts:
        _SIBLINGS_OF[_part] = _SIBLINGS_OF.get(_part, frozenset()) | frozenset(
            other for other in _parts if other != _part
        )
_CHILDREN_OF: dict[str, frozenset[str]] = {}
for _total, _parts in DECOMPOSITIONS:
    if len(_total) > 2:
        _CHILDREN_OF[_total] = _CHILDREN_OF.get(_total, frozenset()) | frozenset(_parts)
_STANDARD_NAMES = frozenset(_SIBLINGS_OF) | frozenset(_CHILDREN_OF)


def _standard_siblings(a: str, b: str) -> bool:
    """Whether two subjects name two parts of one standard breakdown (税收收入, 非税收入)."""
    names_b = _standard_names(b)
    return bool(names_b) and any(
        _SIBLINGS_OF.get(n, frozenset()) & names_b for n in _standard_names(a)
    )


@functools.lru_cache(maxsize=4096)  # a pure function of the name, asked for every list's figures
def _standard_names(subject: str) -> frozenset[str]:
    """The names of the standard breakdowns a subject names (its own item's, see _is_item)."""
    return frozenset(n for n in _STANDARD_NAMES if _is_item(subject, n))


def _standard_strays(lst: _List) -> set[int]:
    """The parts of a list of prose that the standard breakdowns say are not its parts: a
    sibling of its total (公务接待费 under 公务用车购置及运行费) or a part of another of its
    parts (公务用车运行费 beside 公务用车购置及运行费 under 三公)."""
    named = [(p, _standard_names(p.subject)) for p in lst.parts]
    if not any(names for _, names in named):
        return set()
    strays: set[int] = set()
    others: set[str] = set()
    # (a total named by joining the names of its parts is theirs, no sibling of any: "因公出国
    # (境)经费、公务用车购置及运行费、公务接待费决算支出94.7亿元。其中,…")
    for name in () if "、" in lst.total.subject else _standard_names(lst.total.subject):
        others |= _SIBLINGS_OF.get(name, frozenset())
    for p, names in named:
        if names & others:
            strays.add(id(p))
    for parent, names in named:
        for name in names:
            children = _CHILDREN_OF.get(name)
            # (一般债务余额 ends like 债务余额 too: a parent that is none of the children)
            if children is None or names & children:
                continue
            # its parts printed after it, and no more than it ("新增债务限额19.75亿元" after
            # 一般债务限额 19.38 and 专项债务限额 70.15 is another figure, not their parent)
            kids = [q for q, q_names in named if q.index > parent.index and q_names & children]
            if kids and _sum_base(kids) <= _CTX.add(parent.q.base, parent.q.half):
                strays.update(id(q) for q in kids)
    return strays


def _without_siblings(lists: list[_List]) -> list[_List]:
    """The lists with no part that the standard breakdowns or another list show to be their
    total's sibling (or a part's part). In "新增政府债务限额2.39亿元,其中一般债务1.39亿元,其中
    外债转贷0.01亿元;专项债务1亿元", 1.39 + 1 = 2.39 makes 一般债务 and 专项债务 siblings, so
    专项债务 is not also a part of 一般债务's nested list (which keeps 外债转贷 alone: a subset,
    not a breakdown); "…公务用车购置及运行维护费27.46万元…;其中:公务用车购置0万元…;公务用车
    运行维护费27.46万元…;公务接待费22.59万元" has 公务接待费 beside 公务用车, not under it."""
    cleaned = []
    for lst in lists:
        strays = set() if lst.total.in_table else _standard_strays(lst)
        if strays:
            lst = attrs.evolve(
                lst,
                parts=[p for p in lst.parts if id(p) not in strays],
                short=[p for p in lst.short if id(p) not in strays],
            )
            if not lst.parts:
                continue
        cleaned.append(lst)
    lists = cleaned
    siblings: dict[int, set[int]] = {}
    children: dict[int, set[int]] = {}
    # a list is evidence only about lists it shares a figure with: one whose total is another's
    # part, or whose part is another's total (most lists of a long report share none)
    totals = {id(lst.total) for lst in lists}
    in_parts = {id(p) for lst in lists for p in lst.parts}
    for lst in lists:
        if id(lst.total) not in in_parts and not any(id(p) in totals for p in lst.parts):
            continue
        # evidence: a list of prose whose parts add up exactly (a table's rows are read by
        # their own structure, and a sum within rounding may be a coincidence)
        if (
            lst.total.role is _VALUE
            and not lst.total.in_table
            and len(lst.parts) >= 2
            and _CTX.subtract(lst.total.q.base, _sum_base(lst.parts)) == 0
        ):
            ids = {id(p) for p in lst.parts}
            children.setdefault(id(lst.total), set()).update(ids)
            for p in lst.parts:
                siblings.setdefault(id(p), set()).update(ids - {id(p)})
    if not siblings:
        return lists
    out = []
    for lst in lists:
        apart = set(siblings.get(id(lst.total), ()))
        # "…1408135万元,其中:1.…802143万元,其中:(1)…404633万元…(5)上年结余收入44392万元":
        # the parts of a part (802143 = (1) + … + (5) exactly) are not also parts beside it
        for p in lst.parts:
            apart |= children.get(id(p), set())
        if apart and any(id(p) in apart for p in lst.parts):
            lst = attrs.evolve(
                lst,
                parts=[p for p in lst.parts if id(p) not in apart],
                short=[p for p in lst.short if id(p) not in apart],
            )
            if not lst.parts:
                continue
        out.append(lst)
    return out


def _parts_of_a_change(doc: Document, lst: _List) -> bool:
    """Whether the figure right before a list's parts, after its total, is an amount added
    (or taken) that the parts add up to exactly, where they do not to the total: "…债券资金330
    亿元,本次预算调整拟增加578亿元新增债务限额,其中,市级53.76亿元(…),区级524.24亿元" lists
    what the 578 is made of."""
    parts = lst.parts
    if not parts or parts[0].index == 0:
        return False
    change = doc.facts[parts[0].index - 1]
    return (
        change.role is _CHANGE
        and change.q.unit.is_money
        and change.index > lst.total.index
        and change.sentence == parts[0].sentence
        and change.depth == parts[0].depth
        and _sum_base(parts) == change.q.base
        and _sum_base(parts) != lst.total.q.base
    )


def _a_tax(subject: str) -> bool:
    """Whether a subject names one tax: a type of TAX_TYPES, or another name of one ending with
    税 ("城市建设维护税" for 城市维护建设税), not a catch-all (其他税收); named as its income too
    ("增值税收入")."""
    subject = subject.removesuffix("收入")
    return subject.endswith(TAX_TYPES) or (
        len(subject) >= 3 and subject.endswith("税") and not _names_catch_all(subject)
    )


def _names_catch_all(name: str) -> bool:
    """Whether ``name`` holds a catch-all word (:data:`CATCH_ALL_WORDS`: 其他, 其它, 其余)."""
    return any(word in name for word in CATCH_ALL_WORDS)


def _sum_base(parts: list[Fact]) -> Decimal:
    acc = Decimal(0)
    for p in parts:
        acc = _CTX.add(acc, p.q.base)
    return acc


def _adds_up(total: Fact, parts: list[Fact]) -> bool:
    """Whether the parts' figures add up to the total's within the rounding of them all."""
    acc = total.q.base
    margin = total.q.half
    for p in parts:
        acc = _CTX.subtract(acc, p.q.base)
        margin = _CTX.add(margin, p.q.half)
    return _CTX.abs(acc) <= margin  # the library's context, never the caller's


# "8个财政补助事业单位以及国家统计局各级调查队,其中,省级调查总队32个…": 其中 after a second
# thing named after the count's own is that thing's
_AND_ANOTHER = re.compile(r"以及|及|和|与")
_COUNT_CLAUSE_END = re.compile(r"[,;。]")


def _count_of_another(doc: Document, lst: _List) -> bool:
    """Whether a count's 其中 list follows another thing joined to the counted one (so the
    parts are that thing's, not the count's)."""
    total = lst.total
    if total.q.unit.dimension is not _COUNT or not lst.parts:
        return False
    gap = doc.text[total.q.end : lst.parts[0].q.start]
    at = gap.find("其中")
    clause = _COUNT_CLAUSE_END.search(gap)  # the conjunction in the count's own clause
    end = min(at, clause.start()) if clause is not None else at
    return at > 0 and _AND_ANOTHER.search(gap, 0, end) is not None


# "预算数为9,564.38万元(年初预算数1,984.38万元,由于机构调整追加到9,564.38万元)": a level reached
_REACHED = re.compile(r"(?:追加|调整|调增|调减|增加|减少|下降|上升|提高|变更|压减)(?:到|至)$")


def _one_unit_off(claim: Claim, total: Fact) -> bool:
    """Whether a claim's computed value is one unit of the printed figure's last digit away."""
    computed = claim.verdict.computed
    if computed is None or total.q.places < 1:
        return False
    unit = Decimal(1).scaleb(-total.q.places, _CTX)  # (not in the caller's context)
    gap = _CTX.abs(_CTX.subtract(computed, total.q.value))
    return 0 < gap <= unit


# vocabulary.NESTED_NAMES as subjects are written (canonical: 经费 → 费)
_NESTED = tuple((canonical(outer)[0], canonical(inner)[0]) for outer, inner in NESTED_NAMES)
_NESTED_OUTERS = tuple(outer for outer, _ in _NESTED)


def _held_parts(parts: Sequence[Fact]) -> set[int]:
    """The parts (ids) whose name another part's holds (vocabulary.NESTED_NAMES): "其中:国家
    财政性教育经费64507万元,一般公共预算教育经费64469万元" — the second is within the first."""
    held: set[int] = set()
    # "其中,短期贷款705.4亿元,…;中长期贷款935.7亿元,…,中长期贷款中个人消费贷款414.2亿元": a part
    # named as within a part before it (A中B) is held by it; so is what was done (已…) of what
    # was due (应…) before it, by the same verb ("其中应上交财政10.82亿元,已上交9.92亿元")
    for k, q in enumerate(parts):
        if (
            "中" in q.subject[2:]
            and any(p.subject and q.subject.startswith(p.subject + "中") for p in parts[:k])
        ) or (
            q.subject.startswith("已")
            and len(q.subject) > 1
            and any(
                p.subject.startswith("应") and p.subject.startswith(q.subject[1:], 1)
                for p in parts[:k]
            )
        ):
            held.add(id(q))
    for p in parts:
        if p.subject.endswith(_NESTED_OUTERS):  # (one test: most lists name no outer)
            break
    else:
        return held
    for outer, inner in _NESTED:
        for p in parts:
            # (an item of 其他… is a sibling of those named, not their whole: "其他税收收入",
            # "环境保护税、车船税等其他税收收入")
            if p.subject.endswith(outer) and not _names_catch_all(p.subject):
                held.update(id(q) for q in parts if q.subject.endswith(inner))
                break
    return held


def _short_of_total(claim: Claim) -> bool:
    """Whether an inferred sum's parts fall short of its printed total ("大口径财政收入99895万元。
    其中:一般公共预算收入46900万元,…;政府性基金收入34519万元,…": 81419, some of it only);
    parts above it are a misprint, not a part list."""
    computed = claim.verdict.computed
    return (
        not claim.strong
        and claim.status is _DISAGREES
        and computed is not None
        and computed < claim.printed.q.value
    )


def _net_parts(parts: list[Fact], text: str) -> list[Fact]:
    """A list's parts with a figure and what is taken out of it (剔除) replaced by what is left,
    when it is printed after them and is their exact difference ("其中:一般公共预算收入完成
    171,697万元,剔除上划市级收入71,238万元,区本级…完成100,459万元;上级补助收入…")."""
    k = 0
    out: list[Fact] = []
    while k < len(parts):
        a = parts[k]
        if k + 2 < len(parts):
            b, c = parts[k + 1], parts[k + 2]
            if _taken_out(text, a, b, c) and _CTX.subtract(a.q.value, b.q.value) == c.q.value:
                out.append(c)
                k += 3
                continue
        out.append(a)
        k += 1
    return out


def _counted_subsets(lists: Sequence[_List]) -> set[int]:
    """The sentences of count totals whose items, all counts, add up to less than the total
    (the items are some of what was counted)."""
    found: set[int] = set()
    for lst in lists:
        total = lst.total
        if (
            total.q.unit.dimension is _COUNT
            and len(lst.parts) >= 2
            and all(p.q.unit.dimension is _COUNT for p in lst.parts)
            and _sum_base(lst.parts) < total.q.base
        ):
            found.add(total.sentence)
    return found


# a figure over several months ("1-5月", "累计", "本年"), of which a month's is a part by time
_OVER_MONTHS = re.compile(r"\d{1,2}\s*[-—~至到]\s*\d{1,2}月|累计|全年|本年|年初以来")


def _a_month_named(parts: list[Fact]) -> bool:
    """Whether a part's label has 月 (当月, 本月 have it): a test of the labels once per list,
    before the parts' series (a property) are asked."""
    return any("月" in p.label for p in parts)


def _over_months(total: Fact, text: str | None) -> bool:
    """Whether a figure's sentence, up to it, says it is over several months ("2020年1至11月,
    地方政府债券到期偿还本金20105亿元")."""
    if text is None:
        return _OVER_MONTHS.search(total.label) is not None
    start = max(0, total.q.start - 60)
    start = max(start, text.rfind("。", start, total.q.start) + 1)
    return _OVER_MONTHS.search(text, start, total.q.start) is not None


# what a count counts when printed after its measure word and nothing else of its clause ("4个
# 方面、", "50项具体问题,"): a short name ended by a mark or a total word
_COUNTED_AFTER = re.compile(r"[^、,;:。()\d\s共合总]{1,4}(?=[、,;:。(\s共合]|$)")


def _counts_other_things(text: str, total: Fact, parts: Sequence[Fact]) -> bool:
    """ "涉及4个方面、29个单位共计50项具体问题": counts that each name what they count after their
    measure word, none ending as the total's does (问题 against 方面, 单位), count other things
    than it: no parts of it. (The parts may name kinds of the total's thing: "38家全国性基金会、
    26家地方基金会,共64家基金会"; or one part may be named as the total: "10个乡镇、5个街道,共15个
    乡镇街道".)"""
    named = _COUNTED_AFTER.match(text, total.q.end)
    if named is None:
        return False
    last = named.group()[-1]
    for p in parts:
        m = _COUNTED_AFTER.match(text, p.q.end)
        if m is None or not p.q.counter or m.group().endswith(last):
            return False
    return True


def _check_list(
    lst: _List,
    kind: str,
    out: list[Claim],
    summed: Verdict | None = None,
    text: str | None = None,
) -> None:
    """The sum of a list's parts, a claim about its total. ``summed``: the verdict on the sum
    of its parts (_sum_verdict), when that was asked already (_continued)."""
    total, parts = lst.total, lst.parts
    if any(_per_head(p) for p in parts):
        # "全区幼儿园生均教育经费支出19121.08元,…。全区普通小学生均教育经费支出18157.23元,…":
        # figures per head, each of its own group, are siblings: averages are not added up; nor
        # is one a part of a total. Printed after the parts ("…第三产业增加值3340亿元,…人均地区
        # 生产总值127875元"), they are left out; among them, or leaving one part ("执业医师511人。
        # 每千常住人口卫生技术人员3.46人,…"), the list is no list. (A total per head may have
        # parts that are not: 人均可支配收入 and its 工资性收入…)
        if _per_head(total):
            return
        k = len(parts)
        while k and _per_head(parts[k - 1]):
            k -= 1
        if k < 2 or any(_per_head(p) for p in parts[:k]):
            return
        lst.parts = parts = parts[:k]
        lst.short = [p for p in lst.short if not _per_head(p)]
    if total.q.counter and text is not None and _counts_other_things(text, total, parts):
        return
    if (
        total.q.unit.dimension is _PERCENT
        and total.q.base > 0
        and all(p.q.base > 0 for p in parts)
        and any(p.q.base > total.q.base for p in parts)
    ):
        # "…住院费用基金支付85.8%,…。二级、一级以下医疗机构…基金支付分别为87.2%、89.3%": a rate
        # above the rate before it is a rate of another group, not a share of it
        return
    if (
        _a_month_named(parts)
        and any(p.series == "当月" for p in parts)
        and _over_months(total, text)
    ):
        # "1-5月…偿还本金10157亿元。其中,5月当月到期偿还本金2880亿元。发行再融资债券偿还本金9147
        # 亿元,安排财政资金等偿还本金1010亿元": the month's figure of a total over months is a
        # part of it by time, not one of its kinds
        lst.parts = parts = [p for p in parts if p.series != "当月"]
        lst.short = [p for p in lst.short if p.series != "当月"]
        summed = None  # (judged with the month's figure)
        if len(parts) < 2:
            return
    if len(parts) == 2 and total.role is _VALUE and _BALANCE_NAME.search(total.subject):
        flows = (_flow(parts[0].label), _flow(parts[1].label))
        if flows in (("in", "out"), ("out", "in")):
            # "本年收支结余10万元,其中:本年收入30万元,本年支出20万元": a balance's two sides
            # are what it is worked out from (收入 − 支出), not parts that add up to it
            money_in, money_out = parts if flows[0] == "in" else parts[::-1]
            r = Reading("money in − money out", (money_in.q, money_out.q), linear((1, -1)), (1, -1))
            out.append(
                _make(
                    "balance", total, [money_in, money_out], [r], lst.certain, _INCOME_LESS_SPENDING
                )
            )
            return
    total_base = total.q.base  # (a property: worked out once, not once per part)
    for p in parts:
        if p.q.base == total_base and _REACHED.search(p.label):
            return  # the total's history (a figure and what it was changed to), not its parts
    held = _held_parts(parts)
    if held:
        # a part within another part is no part of the total besides it
        lst.parts = parts = [p for p in parts if id(p) not in held]
        lst.short = [p for p in lst.short if id(p) not in held]
        if not parts:
            return
        summed = None  # (asked of all the parts)
    # (a single part set apart is a reading only as the total restated: "其中:基本支出768.88万元,
    # …;项目支出11.33万元" under 880.20 is read with both parts)
    lone = len(lst.short) == 1 and lst.short[0].q.base != total_base
    if (
        summed is not None
        and len(parts) == 1
        and parts[0].q.base != total_base
        and (not lst.short or lone)
        and not lst.unseparated
        and lst.gap_signs is None
    ):
        # One part smaller than the total is a subset, not a breakdown: no claim, whatever its
        # verdict (see below). Its only reading is the one _continued judged (no ';', no
        # figure printed without a separator, no gaps), so that verdict would raise nothing
        # either: none is made (a long run of nested 其中 has one such list per clause).
        return
    if total.role is _CHANGE:
        kind = "change-sum"
    candidates = [parts] if not lst.short or lone else [lst.short, parts]
    # A list may go on past its parts ("…中级工1人,退休职工28人"): a prefix of two or more
    # parts that adds up exactly is a reading too.
    prefix = _exact_prefix(lst)
    if prefix is not None and prefix not in candidates:
        candidates.append(prefix)
    if total.q.counter and "在编" in total.label:
        staff = [p for p in parts if _OFF_ESTABLISHMENT.search(p.label) is None]
        if (
            len(staff) < len(parts)
            and len(staff) <= 1
            and (not staff or staff[0].q.base != total_base)
        ):
            # "实有在编人员67人,其中专业技术人员64人,临聘人员5人": hires outside the
            # establishment (临聘, 编外, 劳务派遣) are counted beside its staff, and one group
            # of the staff smaller than it is a subset: no breakdown
            return
    working: list[Fact] | None = None
    if total.q.counter and any("退休" in p.label for p in parts):
        # "实有人员:53人,其中财政供养在职人员53人,离退休人员13人": the retired may be counted
        # beside the staff, not among them
        working = [p for p in parts if "退休" not in p.label] or None
        if working is not None and working not in candidates:
            candidates.append(working)
    gaps = lst.gap_signs if lst.gap_signs is not None and len(lst.gap_signs) == len(parts) else None
    joined: list[Fact] | None = None
    if lst.unseparated:
        # "…环通工程1000万元集聚区基础设施建设工程项目1150万元,…": with the figures printed
        # after a part with no comma between, as parts of their own
        joined = sorted([*parts, *lst.unseparated], key=_start_of)
        candidates.append(joined)
    readings = []
    for c in candidates:
        signs = _signs(lst, c)  # once, for the formula and the reading
        readings.append(
            make_reading(
                "the parts without those set apart (by ';' or 其中)"
                if c is lst.short and lst.short
                else "the parts with those printed without a separator"
                if c is joined
                else "the parts but the retired (counted beside them)"
                if c is working
                else _FIRST_PARTS
                if c is prefix and c is not parts
                else "parts",
                tuple([p.q for p in c]),
                linear(signs),
                signs,
            )
        )
    if gaps is not None and any(g < 0 for g in gaps):
        # "差值为0.9万元。其中:…运行维护费支出0万元,年初预算为0.95万元,差值为0.95万元;公务接待费
        # 支出2.05万元,年初预算为2万元,差值为0.05万元": a gap printed without its sign is an
        # overspend where the actual passed the budget, and counts against the total's gap
        readings.append(
            make_reading(
                "the gaps signed by their budgets and actuals",
                tuple([p.q for p in parts]),
                linear(gaps),
                gaps,
            )
        )
    # Where the list ends is unclear when both readings exist: the claim is then not certain.
    strong = lst.certain
    relation = _CLASSIFIED_SUM if lst.classified else "sum of the parts"
    # the verdict _continued found is this claim's when its one reading is of the same parts
    known = summed if len(readings) == 1 and readings[0].name == "parts" else None
    claim = _make(kind, total, parts, readings, strong, relation, known)
    used = parts
    if joined is not None and claim.verdict.reading == readings[-1].name:
        claim = _make(kind, total, joined, readings, strong, relation)  # (its inputs named)
        used = joined
    elif prefix is not None and claim.verdict.reading == _FIRST_PARTS:
        # "…公务用车购置及运行维护费支出1502.58万元,…。其中:公务用车购置费支出11.67万元,…;公务用车
        # 运行维护费1490.91万元,…。公务接待费支出142.56万元,…": the parts the sum is of are named
        # as its inputs, not the figures after them
        claim = _make(kind, total, prefix, readings, strong, relation)
        used = prefix
    if claim.status is not _AGREES:
        slip = _slipped_part(lst, parts) or _slipped_total(lst, parts)
        if slip is not None:
            slipped, reading = slip
            as_meant = _make(kind, total, parts, [reading], strong, relation)
            if as_meant.status is _AGREES:
                # the parts add up with the figure read as 万元: the sum agrees as meant, and
                # the slip is a finding of its own
                as_meant.slipped = slipped
                claim = as_meant
    if len(used) < 2 and (claim.status is not _AGREES or used[0].q.base != total_base):
        # one part smaller than the total: a subset, not a breakdown (but "其中:一般债券18786万元
        # 置换债券6268万元": two, the second printed without a separator)
        return
    if (
        not lst.open
        and claim.status is _DISAGREES
        and total.role is _VALUE
        and len(parts) >= 3
        and total.subject.endswith("支出")
        and _sum_base(parts) < total_base
        and all(_is_functional_class(p.subject) for p in parts)
    ):
        # "一般预算支出189729万元,下降3.2%。其中农林水事务支出34895万元,…,教育支出52423万元,…,
        # 节能环保支出8376万元,…": classes (类) of the spending classification listed under a
        # total of spending, without 其他支出, are its main classes, not all of them
        lst.open = True
    if (
        not lst.open
        and claim.status is _DISAGREES
        and total.role is _VALUE
        # (a total of taxes, or a revenue that holds them and non-tax income too: "一般公共预算
        # 收入566.3亿元…。其中,增值税150.2亿元,…;房产税100.0亿元")
        and ("税" in total.subject or total.subject.endswith("收入"))
        and not total.subject.endswith(TAX_TYPES)  # (a tax's own row: "消费税 | 0.50 | …")
        and _sum_base(parts) < total_base
        and all(_a_tax(p.subject) for p in parts)
    ):
        # "税收收入完成3.84亿元,…。其中:增值税完成2.16亿元,…;企业所得税完成0.25亿元,…;契税完成
        # 0.38亿元,…": tax types listed under a total of taxes, without 其他税收, are its main
        # taxes, not all of them
        lst.open = True
    if (
        not lst.open
        and claim.status is _DISAGREES
        and total.role is _VALUE
        and _sum_base(parts) < total_base
        and (
            (
                total.subject.endswith("基金收入")
                and all(_FUND_MAIN_INCOME.search(p.subject) for p in parts)
            )
            or (
                total.subject.endswith(("基金支出", "保险支出"))
                and all(_FUND_MAIN_SPENDING.search(p.subject) for p in parts)
            )
        )
    ):
        # "全国社会保险基金收入32829亿元,其中保险费收入24664亿元,财政补贴收入7180亿元": a fund's
        # premiums and subsidies are its main income; its interest, investment returns, other
        # and transferred income are not listed, so the two are some of it
        lst.open = True
    if lst.open and claim.status is not _AGREES:
        # "增加55.87万元,主要是教育支出增加51.17万元,…卫生健康支出减少5.88万元" (55.88): the main
        # items only may fall short, but not by one unit of the last digit — that is a slip
        # (a weak claim); any other gap leaves them only some of it. Unless they are all the
        # parts of a standard breakdown of the total (基本支出 and 项目支出 of 支出): then they
        # are the whole, listed as main items or trailing off, and must add up (a weak claim).
        if _uses_beyond(lst, claim, text):
            # as sure as the list were it all of them: more than all of it is wrong however
            # many are named
            claim.strong = lst.strong and not lst.short
        elif not _whole_breakdown(total, parts) and not _one_unit_off(claim, total):
            return
        else:
            claim.strong = False
    if (
        claim.strong
        and claim.status is not _AGREES
        and total.q.unit.dimension is _COUNT
        and (_sum_base(parts) < total.q.base or all(p.subject.endswith("类") for p in parts))
    ):
        # "现有正式工作人员18人,其中:常务副校长1名、副校长2名、校委2名": the people a 其中 lists
        # are among the total, not always all of it; and "供应商注册总数达25250家。其中货物类
        # 15624家,工程类8199家,服务类10746家": one may be counted in several classes (类).
        # Either way a disagreement is a warning
        claim.strong = False
    out.append(claim)
    if (
        text is not None
        and claim.status is _AGREES
        and len(lst.short) >= 2
        and claim.verdict.reading == readings[0].name
        and readings[0].name != "parts"
    ):
        _more_breakdowns(text, lst, kind, out)


# the most a breakdown of a total after the first may be off it, as a share of the total
_BREAKDOWN_SPREAD = Decimal("0.1")


def _more_breakdowns(text: str, lst: _List, kind: str, out: list[Claim]) -> None:
    """ "户籍人口为112635人。其中,城镇人口54715人,乡村人口57920人;男性人口57753人,女性人口
    54882人;0-17岁、…户籍人口分别为18891人、19099人、48951人和25594人": when the parts before the
    first ';' add up to the total, each run of two parts or more after a further ';' of their
    sentence, naming none of the first run's items and each named by the total's own noun, is
    another breakdown of it (by sex, by age), a claim of its own when its sum is within a tenth
    of the total (a weak one: where each run ends is inferred)."""
    total, last = lst.total, lst.short[-1]
    rest = [p for p in lst.parts if p.index > last.index and p.sentence == last.sentence]
    runs: list[list[Fact]] = []
    previous = last
    for p in rest:
        if text.find(";", previous.q.end, p.q.start) >= 0 or not runs:
            runs.append([])
        runs[-1].append(p)
        previous = p
    spread = _CTX.multiply(total.q.base, _BREAKDOWN_SPREAD)
    # (a run naming the first one's items again is another total's breakdown: "…决算数具体包括:
    # 出国(境)费…,公务接待费…;2011年…预算数具体包括:出国(境)费…")
    names = {p.subject for p in lst.short}
    for run in runs:
        if len(run) < 2 or any(p.q.unit.dimension is not total.q.unit.dimension for p in run):
            continue
        if any(p.subject in names for p in run):
            continue
        # (each of its items named by the total's own noun, as its kinds are: "男性人口" and
        # "60岁及以上户籍人口" of "户籍人口"; not "实有行政人员6人,事业人员17人" of "人员编制24人")
        if not all(p.subject.endswith(total.subject[-2:]) for p in run):
            continue
        if _CTX.abs(_CTX.subtract(_sum_base(run), total.q.base)) > spread:
            continue
        signs = tuple(1 for _ in run)
        r = make_reading("another breakdown", tuple(p.q for p in run), linear(signs), signs)
        out.append(_make(kind, total, run, [r], False, _CLASSIFIED_SUM))


# a name's own word right after a total word, ending the label ("乡镇合计报表"): the total word is
# part of the name, not the figure's total (money words, verbs and phases after it are not)
_WORD_AFTER_TOTAL = re.compile(r"(?:报表|表|册|卷|份|本)$")
# a bracket after a figure that names what it holds: "(含…", "(其中含…", "(包含…"
_HOLDS_BRACKET = re.compile(r"[,\s]*\((?:其中)?(?:含|包含)")


# the main uses of money ("一般债务余额3.2亿元,主要用于道路建设2.5亿元,…")
_MAIN_USES = re.compile(r"[,;:]?\s*(?:其中)?主要用于")


def _uses_beyond(lst: _List, claim: Claim, text: str | None) -> bool:
    """Whether the main uses of an amount, listed right after it, add up to more than all of
    it: main items may fall short, not go beyond."""
    total = lst.total
    return (
        text is not None
        and total.role is _VALUE
        and claim.status is _DISAGREES
        and _MAIN_USES.match(text, total.q.end) is not None
        and _sum_base(lst.parts) > total.q.base
    )


def _catch_all_after(doc: Document, lst: _List) -> Fact | None:
    """The catch-all item printed right after a list's last part (and its change and rate), in
    its sentence or opening the next ("…个人所得税收入16630万元。↵其他税种154069万元"), or None."""
    last = lst.parts[-1]
    facts = doc.facts
    k = last.index + 1
    # (past the last part's own change and rate: "…16630万元,较2020年增长21.27%。↵其他税种…")
    while k < len(facts) and facts[k].role is not _VALUE and facts[k].sentence == last.sentence:
        k += 1
    if k >= len(facts):
        return None
    nxt = facts[k]
    if (
        nxt.role is not _VALUE
        or nxt.depth != last.depth
        or nxt.q.unit.dimension is not last.q.unit.dimension
        or nxt.sentence - last.sentence > 1
        or _CATCH_ALL_NAME.match(nxt.label) is None
    ):
        return None
    return nxt


def _counted_two_ways(lst: _List) -> bool:
    """Whether a count's parts are counted in two measure words or more ("采购项目22268个",
    "供应商4829家"; "财政供养人员15人,…其他人员7名"): they may count kinds of things apart, so
    they are its parts only if they add up."""
    return bool(lst.total.q.counter) and len({p.q.counter for p in lst.parts}) > 1


def _holds_some(doc: Document, lst: _List) -> bool:
    """Whether a list's parts are what its total holds, named in brackets after it, and fall
    short of it ("…待遇支出为16108.58万元(含生育医疗费用250.65万元和生育津贴2929.04万元)"): some of
    it, not all of it (more than all of it they cannot be)."""
    return (
        _HOLDS_BRACKET.match(doc.text, lst.total.q.end, lst.parts[0].q.start) is not None
        and _sum_base(lst.parts) < lst.total.q.base
    )


# a part named by one level of government at its head ("省财政下拨…", "省级资金", "市本级…"), and
# a name of the levels below one ("市县", "县级", "地方", "基层")
_ONE_LEVEL_HEAD = re.compile(r"^[\s,、;:]*(?:其中[:,]?)?(?:中央|省|市)(?:级|本级|财政)")
_BELOW_LEVELS = re.compile(r"市县|县|区|乡|镇|地方|基层|以下")


def _one_level_of_all(lst: _List) -> bool:
    """Whether a total of all levels of government (各级) is listed by parts that each name one
    of the upper levels, none the levels below, and fall short of it ("全省各级财政部门已累计
    拨付民生工程资金46.3亿元…。其中,省财政下拨中央补助资金16.6亿元、省级资金22.9亿元": what the
    province paid; the 市县' part is not listed)."""
    return (
        "各级" in lst.total.label
        and len(lst.parts) >= 2
        and all(
            _ONE_LEVEL_HEAD.match(p.label) is not None and _BELOW_LEVELS.search(p.label) is None
            for p in lst.parts
        )
        and _sum_base(lst.parts) < lst.total.q.base
    )


# a gap printed without its sign ("差值为0.05万元", "差额0.9万元")
_UNSIGNED_GAP = re.compile(r"(?:差值|差额|相差)(?:为|是)?$")


def _gap_signs(doc: Document, lst: _List) -> tuple[int, ...] | None:
    """The signs of a list's parts when its total and its parts are gaps printed without a sign,
    each after the two amounts it is the gap of, a budget (年初预算) and an actual: +1 for a
    part whose budget is at least its actual as the total's is (or both less), −1 otherwise.
    None when one of them is no such gap."""
    signs: list[int] = []
    for f in (lst.total, *lst.parts):
        if not _UNSIGNED_GAP.search(f.label) or f.index < 2:
            return None
        a, b = doc.facts[f.index - 2], doc.facts[f.index - 1]
        if (
            a.sentence != f.sentence
            or b.sentence != f.sentence
            or a.role is not _VALUE
            or b.role is not _VALUE
            or not (a.q.unit is b.q.unit is f.q.unit)
            or ";" in doc.text[a.q.end : f.q.start]
        ):
            return None
        budget, actual = (
            (b, a) if b.phase == "budget" else (a, b) if a.phase == "budget" else (None, None)
        )
        if budget is None or actual is None:
            return None
        signs.append(1 if budget.q.value >= actual.q.value else -1)
    own = signs[0]
    return tuple(s * own for s in signs[1:])


# the units a part printed in 元 may have lost, by their scale: 万元 and 亿元
_SLIP_UNITS = {4: "万元", 8: "亿元"}


def _slipped_part(lst: _List, parts: list[Fact]) -> tuple[Fact, Reading] | None:
    """ "专项经费指标总额为84万元,其中:1、…36万元;…5、…专项指标为15元": one part printed in 元
    among parts and a total in 万元 (or 亿元: "第二产业增加值566.00元" among 亿元), read in that
    unit (a unit slip): the part and that reading."""
    total = lst.total
    scale = total.q.unit.scale
    unit = _SLIP_UNITS.get(scale)
    if total.role is not _VALUE or unit is None or len(parts) < 2:
        return None
    in_yuan = [k for k, p in enumerate(parts) if p.q.unit.scale == 0]
    # (or every part in 元 under a total in 万元, all read in 万元, reported at the first:
    # "收入6821.09751万元,其中…5359.668673元,…1456.594624元,…4.408577元")
    every = len(in_yuan) == len(parts) and scale == 4
    if not every and (
        len(in_yuan) != 1
        or parts[in_yuan[0]].q.value == 0
        or any(p.q.unit.scale != scale for k, p in enumerate(parts) if k != in_yuan[0])
    ):
        return None
    slipped = frozenset(in_yuan)
    slip = in_yuan[0]
    factor = _TEN_THOUSAND if scale == 4 else _CTX.multiply(_TEN_THOUSAND, _TEN_THOUSAND)

    # (a total that is a plain figure: every part adds, _signs_of's plus)
    def formula(values: Sequence[Decimal]) -> Decimal:
        acc = Decimal(0)
        for k, v in enumerate(values):
            acc = _CTX.add(acc, _CTX.multiply(v, factor) if k in slipped else v)
        return acc

    texts = [parts[k].q.text for k in in_yuan]
    return parts[slip], Reading(
        f"parts, {'、'.join(texts)} read as {unit} (a unit slip)",
        tuple(p.q for p in parts),
        formula,
        note="、".join(text.removesuffix("元").rstrip() + unit for text in texts),
    )


def _slipped_total(lst: _List, parts: list[Fact]) -> tuple[Fact, Reading] | None:
    """ "支出比2024年增加170.77元,主要是基本支出增加146.89万元,项目支出增加23.88万元": the total
    printed in 元 over parts all in 万元, read in 万元 (a unit slip): the total and that reading."""
    total = lst.total
    if total.q.unit.scale != 0 or total.q.unit.dimension is not _MONEY or not total.q.value:
        return None
    if len(parts) < 2 or any(p.q.unit.scale != 4 for p in parts):
        return None
    signs = _signs(lst, parts)
    add = linear(signs)

    def formula(values: Sequence[Decimal]) -> Decimal | None:
        # the inputs come in the printed figure's unit (元); as meant, it is in 万元
        acc = add(values)
        return None if acc is None else _CTX.divide(acc, _TEN_THOUSAND)

    text = total.q.text
    return total, Reading(
        f"parts, {text} read as 万元 (a unit slip)",
        tuple(p.q for p in parts),
        formula,
        note=text.removesuffix("元").rstrip() + "万元",
    )


@functools.lru_cache(maxsize=1)
def _functional_class_cores() -> tuple[str, ...]:
    """The names of the classes (类) of the spending classification, current and former, as
    the bundled catalogue has them, without their 支出 ("教育", "医疗卫生与计划生育")."""
    catalogue = bundled_catalogue()
    names = {s.name for s in catalogue if s.level is CodeLevel.LEI}
    names |= {o.name for o in catalogue.other_names if len(o.code) == 3}
    return tuple(sorted(n.removesuffix("支出") for n in names if n.removesuffix("支出")))


@functools.lru_cache(maxsize=1024)
def _is_functional_class(subject: str) -> bool:
    """Whether ``subject`` names a class (类) of the spending classification other than 其他支出,
    by its name or an older one ("农林水事务支出" for 农林水支出, "医疗卫生支出" before
    医疗卫生与计划生育支出)."""
    if not subject.endswith("支出"):
        # "…卫生健康支出14,078万元,…;节能环保8,976万元,…": a class's whole name printed without
        # its 支出 in a list of classes
        return subject in _functional_class_cores()
    core = subject.removesuffix("支出").removesuffix("事务")
    if len(core) < 2 or core == "其他":
        return False
    # (a shortened older name is a beginning of four characters or more: 医疗卫生)
    return any(
        c == core or (len(core) >= 4 and c.startswith(core)) for c in _functional_class_cores()
    )


def _whole_breakdown(total: Fact, parts: Sequence[Fact]) -> bool:
    """Whether the parts are, one each, all the parts of a standard breakdown of the total
    (vocabulary.DECOMPOSITIONS): "支出预算较2024年增加了130.95万元,主要是基本支出预算增加39.39万元,
    项目支出预算增加1.78万元" names the whole of 支出, so they must add up to it although a
    主要是 list names only the main items."""
    for total_name, part_names in DECOMPOSITIONS:
        if (
            len(parts) == len(part_names)
            and total.subject.endswith(total_name)
            and all(any(_is_item(p.subject, name) for p in parts) for name in part_names)
        ):
            return True
    return False


# ----------------------------------------------------------------------------------------------
# Changes and budgets of a list's parts add up to the total's


def _change_of(doc: Document, value: Fact, basis: Basis, *, strict: bool = True) -> Fact | None:
    s = doc.sentences[value.sentence]
    k = s.facts.index(value)

    def fits(f: Fact) -> bool:
        # (a change against the budget by its verb, 超收 or 节约, is none on the year before)
        return (
            f.basis is basis or (not strict and not f.explicit and f.basis is not _BASIS_BUDGET)
        ) and f.q.unit.dimension in (value.q.unit.dimension, _ZERO)

    for f in _after(s.facts, k + 1):
        if f.depth < value.depth:
            break
        if f.depth > value.depth:
            continue
        if (
            f.role is _VALUE
            and f.is_amount
            and f.q.base != value.q.base
            # (a saving after the budget it is against: "完成政府采购6779.35万元,采购预算7911.87
            # 万元,节约资金1132.52万元")
            and not (basis is _BASIS_BUDGET and f.phase == "budget")
        ):
            break  # another figure (not the same restated: "…11.9万元,全部为运行维护费11.9万元")
        if f.role is _CHANGE and fits(f):
            if _a_reasons(doc, value, f):
                return None
            return f
    # "…收入382.17万元,为…的资金。较2020年度决算数减少157.86万元": the next sentence opens
    # with the comparison of this figure.
    # (The tests are pure: the cheap ones first, the walk over the rest of the sentence last.)
    if value.sentence + 1 < len(doc.sentences):
        nxt = doc.sentences[value.sentence + 1]
        first = nxt.facts[0] if nxt.facts else None
        if (
            first is not None
            and first.role is _CHANGE
            and nxt.paragraph - s.paragraph <= 1
            and all(g.role is not _VALUE or g.depth > value.depth for g in _after(s.facts, k + 1))
            and _OPENS_COMPARISON.match(doc.text, nxt.start, first.q.start)
            and fits(first)
        ):
            return first
    changes = doc.changes_by_subject
    if not changes:
        return None  # a document without changes
    for key in (value.subject, _stem(value.subject)):
        for f in doc.near(changes.get(key, ()), value.index):
            if fits(f) and f.sentence != value.sentence:
                return f
    return None


def _next_of(doc: Document, value: Fact, role: Role) -> Fact | None:
    """The figure of ``role`` printed right after a figure: its prior ("A万元,比上年B万元减少…")
    or its budget base ("A万元,占预算B万元的…"); a prior may come right before it ("由年初的
    80000万元调整为50000万元")."""
    s = doc.sentences[value.sentence]
    k = s.facts.index(value)
    if (
        role is _ROLE_PRIOR
        and k > 0
        and s.facts[k - 1].role is role
        and _TO_NEW_LEVEL.search(value.label)
    ):
        return s.facts[k - 1]
    if k + 1 < len(s.facts) and s.facts[k + 1].role is role:
        return s.facts[k + 1]
    return None


# "调整为", "调减为": the figure after it is the new level of the prior before it.
# (and the period it is of: "增加至2025年底的41514亿元")
_TO_NEW_LEVEL = re.compile(NEW_LEVEL + "(?:" + LEVEL_PERIOD + "的?)?$")
# What is between a change stated first and the level it moved from: ",由年底的", ",从"
_FROM_CLAUSE = re.compile(r"\s*,\s*" + FROM_LEVEL + LEVEL_PERIOD + r"?的?\s*")
# "城市建设配套费10000万元、…5000万元不作调整": a part whose level did not change is its own prior.
_UNCHANGED = re.compile(r"\s*(?:均)?(?:不作调整|未作调整|未调整|不调整|保持不变|不变)")


# "因公出国(境)费0万元,占 %,比上年减少 万元": a change printed with its figure left blank
_BLANK_CHANGE = re.compile(r"(?:增加|减少|增长|下降|增|减)\s*(?:万元|亿元|千元|元)")


def _blank_change(doc: Document, part: Fact) -> bool:
    """Whether the clause after a part prints its change with the figure left blank."""
    text = doc.text
    end = len(text)
    for stop in (";", "。", "\n"):
        k = text.find(stop, part.q.end)
        if 0 <= k < end:
            end = k
    return _BLANK_CHANGE.search(text, part.q.end, min(end, part.q.end + 40)) is not None


def _roles_present(doc: Document) -> tuple[bool, bool, bool]:
    """Whether the document has a change, a printed prior and a budget base among its figures
    (asked once the tables are read; no later step gives a figure any of these roles)."""
    found = cast("tuple[bool, bool, bool] | None", doc.memo.get("roles_present"))
    if found is None:
        change = prior = base = False
        for f in doc.facts:
            role = f.role
            if role is _CHANGE:
                change = True
            elif role is _ROLE_PRIOR:
                prior = True
            elif role is _ROLE_BASE:
                base = True
        found = (change, prior, base)
        doc.memo["roles_present"] = found
    return found


# "项目86个,预算支出408207万元", "公开招标120个项目,金额3.5亿元": what is counted may follow the
# count, before the clause's comma
_COUNT_TO_AMOUNT = re.compile(r"[^,;:。\d]{0,6}[,、]?[^,;:。\d]{0,8}")
# "共有306个…重点项目,项目年度总收入275.3亿元,年度总支出248.1亿元": the amounts of the things
# counted that a total's count may come before
_COUNTED_AMOUNTS = 3


def _counted_before(doc: Document, f: Fact, *, total: bool = False) -> Fact | None:
    """The count printed right before an amount in its clause ("安排项目86个,预算支出…"):
    how many things the amount is for, or None. A total's count may come before other amounts
    of its sentence too (the things' income before their spending)."""
    facts = doc.sentences[f.sentence].facts
    k = facts.index(f)
    if k == 0:
        return None
    g = facts[k - 1]
    if total:
        # (over amounts of money only, each a clause: "共有306个接收捐赠或支出金额超过1000万元的
        # 重点项目,项目年度总收入275.3亿元,…"; a threshold in the name is an amount too)
        back = k - 1
        while back > 0 and k - back <= _COUNTED_AMOUNTS and g.q.is_money and g.depth == f.depth:
            back -= 1
            g = facts[back]
        if g is not facts[k - 1]:
            return g if g.q.unit is Unit.COUNT and g.q.counter and g.depth == f.depth else None
    if (
        g.q.unit is not Unit.COUNT
        or not g.q.counter
        or g.depth != f.depth
        or _COUNT_TO_AMOUNT.fullmatch(doc.text, g.q.end, f.q.start) is None
    ):
        return None
    return g


def _item_counts(doc: Document, lst: _List, out: list[Claim]) -> None:
    """ "安排项目86个,预算支出408207万元,其中:↵1.新建项目41个,预算支出148486万元…↵2.续建项目45
    个,预算支出259721万元…": a list of amounts each printed with how many things it is for
    (the total too, in the same measure word): the counts add up like the amounts (a weak
    reading). Not claimed when a part prints no count."""
    total = lst.total
    if len(lst.parts) < 2 or not total.q.is_money or total.in_table:
        return
    head = _counted_before(doc, total, total=True)
    if head is None:
        return
    counts: list[Fact] = []
    for p in lst.parts:
        c = _counted_before(doc, p)
        if c is None or c.q.counter != head.q.counter or c is head:
            return
        counts.append(c)
    signs = (1,) * len(counts)
    r = Reading("the items' counts", tuple(c.q for c in counts), linear(signs), signs)
    out.append(_make("sum", head, counts, [r], False, "sum of the items' counts"))


def _bracket_parts(doc: Document, f: Fact) -> list[Fact]:
    """The figures in the brackets right after ``f`` ("…3558.83万元(其中:中央…2825万元、省级…
    733.83万元)"), or in a bracket that opens the sentence after it ("…14343.83万元。(其中:…)"):
    the run of figures one level deeper, none when anything else comes first."""
    text = doc.text
    s = doc.sentences[f.sentence]
    facts = s.facts  # (f is one of them)
    k = f.index - facts[0].index + 1
    if k >= len(facts) and text.startswith("。(", f.q.end) and f.sentence + 1 < len(doc.sentences):
        s = doc.sentences[f.sentence + 1]
        facts, k = s.facts, 0
    elif not text.startswith("(", f.q.end):
        return []
    out: list[Fact] = []
    while k < len(facts) and facts[k].depth == f.depth + 1 and len(out) < 8:
        g = facts[k]
        if g.role is not _VALUE or g.q.unit.dimension is not f.q.unit.dimension or not g.subject:
            return []
        out.append(g)
        k += 1
    return out


def _column_sums(doc: Document, lst: _List, out: list[Claim]) -> None:
    """ "(一)安排产业发展项目资金14343.83万元。(其中:中央财政衔接资金9504.83万元、省级财政衔接
    资金4839万元)。↵1、…3558.83万元(其中:中央财政衔接资金2825万元、省级…733.83万元)。↵…": the
    total and each of its items broken down in brackets by the same names; each name's figure of
    the total is the sum of its figures in the items (an item that does not name it has none).
    The structure is read, not printed: weak claims."""
    if len(lst.parts) < 2 or lst.total.role is not _VALUE:
        return
    heads = _bracket_parts(doc, lst.total)
    if len(heads) < 2:
        return
    if doc.text.startswith("。", lst.total.q.end):
        # (the total's own breakdown, in brackets that open the next sentence, is read nowhere
        # else)
        _check_list(_List(lst.total, heads, [], False), "sum", out)
    names = [h.subject for h in heads]
    if len(set(names)) != len(names):
        return
    columns: list[list[Fact]] = [[] for _ in heads]
    for p in lst.parts:
        found = _bracket_parts(doc, p)
        if not found:
            return  # an item without a breakdown: the columns are not all printed
        for g in found:
            if g.subject not in names:
                return
            columns[names.index(g.subject)].append(g)
    for head, column in zip(heads, columns, strict=True):
        if len(column) >= 2:
            # (every item's figure of the name, not a prefix of them that happens to add up)
            signs = (1,) * len(column)
            reading = make_reading(
                "the items' figures of its name", tuple([g.q for g in column]), linear(signs), signs
            )
            out.append(_make("sum", head, column, [reading], False, "sum of the items' parts"))


def _respective_run(doc: Document, members: list[Fact], basis: Basis) -> list[Fact] | None:
    """ "其中,参保职工21565万人,参保离退休人员6826万人,分别比上年末增加2163万人和521万人": the run
    of changes opened by 分别 (or 各) right after a list's last part, one for each part, all in
    one sentence: the parts' changes, by position; None when there is no such run."""
    last = members[-1]
    s = doc.sentences[last.sentence]
    k = s.facts.index(last)
    if k + 1 >= len(s.facts):
        return None
    head = s.facts[k + 1]
    run = head.run
    # (a run of changes is opened by 分别 or 各, facts._joins_run; the figure before the head,
    # a part, is no change, so the head opens its run)
    if (
        head.role is not _CHANGE
        or len(run) != len(members)
        or head.basis is not basis
        or head.depth != last.depth
        or any(m.sentence != last.sentence for m in members)
        or any(f.q.unit.dimension is not last.q.unit.dimension for f in run)
    ):
        return None
    return run


def _list_relations(doc: Document, lst: _List, out: list[Claim]) -> None:
    if len(lst.parts) < 2 or lst.total.role is not _VALUE or lst.total.in_table:
        return
    if any(p.role is _CHANGE for p in lst.parts):
        return  # (a change named verb first, "减少财力8亿元", and its parts' changes: no levels)
    # _change_of finds only a change, _next_of only a figure of the role asked: in a document
    # without them (known from one pass over its figures) neither is looked for.
    has_change, has_prior, has_base = _roles_present(doc)
    if not (has_change or has_prior or has_base):
        return
    # The parts the total is the sum of: a prefix of the list when only that adds up.
    prefix = _exact_prefix(lst)
    members = prefix or lst.parts
    # The sums of the parts' changes, priors and budgets are certain when the list is (where
    # it ends is clear), or when the parts' own figures add up to the total (within their
    # rounding), which shows where it ends ("其中:税收收入90.24亿元…减收6.5亿元…;…。
    # 增值税等主体税种49.1亿元…减收5亿元" under a total of 130.23: 主体税种 is not a second
    # part, nor its change)
    certain = lst.certain or (lst.strong and (prefix is not None or _adds_up(lst.total, members)))
    for basis in (_BASIS_PRIOR, _BASIS_BUDGET) if has_change else ():
        change = _change_of(doc, lst.total, basis)
        if change is None or change.q.unit.dimension is _ZERO:
            continue
        respective = _respective_run(doc, members, basis)
        parts: list[Fact | None] = (
            list(respective)
            if respective
            else [_change_of(doc, p, basis, strict=False) for p in members]
        )
        changes_found = [id(p) for p in parts if p is not None]
        if id(change) in changes_found:
            # "交易金额26179.87万元。其中工程建设…交易金额24283.88万元,节约资金828.5万元,…;政府
            # 采购…节约资金144.23万元": the change found for the total is a part's own
            continue
        if len(set(changes_found)) < len(changes_found):
            # "其中:区本级收入预算39.8亿元,保持不变;转移性收入预算调整为48.49亿元,调增1.94亿元":
            # one change found for two parts is the later one's only; where the first's is,
            # is not read
            continue
        # a part printed as unchanged ("上年结余年初预算9792.21万元不变") changed by nothing
        kept = _unchanged_run(doc, members) if basis is _BASIS_PRIOR else set()
        missing = [
            m for m, p in zip(members, parts, strict=True) if p is None and id(m) not in kept
        ]
        # every part without a change must print it blank, and one part at least must not
        if not all(_blank_change(doc, m) for m in missing) or len(missing) == len(members):
            continue
        blank = bool(missing)
        got = [p for p in parts if p is not None]
        if all(p.q.unit.dimension is _ZERO for p in got):
            continue
        signs = tuple((p.sign or 1) * (change.sign or 1) for p in got)
        r = Reading("the parts' changes", tuple(p.q for p in got), linear(signs), signs)
        # a part whose change is left blank ("比上年减少 万元") counts as none: only a guess;
        # and "预算数为2410.4亿元,比上年同口径执行数增加67.09亿元,…1.利润收入…增加127.03亿元,…
        # 2.股利、股息收入…减少52.25亿元": a total's change on a comparable basis (items regrouped
        # or dropped since) need not be its parts' changes' sum
        strong = certain and not blank and "同口径" not in change.label
        out.append(_make("change-sum", change, got, [r], strong, "sum of the parts' changes"))
    # The prior figures or budgets printed after the total and after each part add up too.
    for role, kind, what in (
        (_ROLE_PRIOR, "sum", "prior figures"),
        (_ROLE_BASE, "budget-sum", "budgets"),
    ):
        if not (has_prior if role is _ROLE_PRIOR else has_base):
            continue
        head = _next_of(doc, lst.total, role)
        if head is None:
            continue
        # (of the parts the total is the sum of: "…调整为13250.10万元。其中:税收分成收入年初预算
        # 9407.22万元不变;非税收入由…3574.04万元调整为3842.88万元,主要由于:…(3)…调减…9.29万元":
        # the reasons' figures after the two parts are no parts)
        found = [_next_of(doc, p, role) for p in members]
        if role is _ROLE_PRIOR:
            # the parts after which "不作调整" is printed (for the whole run up to it) kept their
            # level: each is its own prior
            unchanged = _unchanged_run(doc, members)
            # and so is a part followed by a change of nothing ("0万元,较上年无变化")
            # ("稅收分成收入年初預算9407.22萬元不變;非稅收入由年初預算3574.04萬元…": the prior
            # after an unchanged part is the next part's)
            found = [
                p if id(p) in unchanged or (b is None and _unchanged_next(doc, p)) else b
                for p, b in zip(members, found, strict=True)
            ]
        got = [b for b in found if b is not None]
        if len(got) == len(found):
            signs = tuple([1] * len(got))
            r = Reading(f"the parts' {what}", tuple(b.q for b in got), linear(signs), signs)
            out.append(_make(kind, head, got, [r], certain, f"sum of the parts' {what}"))
    if has_prior:
        # "…1134万元,较上年1174万元减少40万元,…,较预算数1237万元减少103万元,…。其中:因公出国
        # (境)费为0万元,较上年6万元…,较预算数0万元无增减;公务接待费为122万元,…较预算数339万元
        # …": a second comparison, with the budget, after the year before's: the budgets add up
        head = _compared_budget(doc, lst.total)
        if head is not None:
            budgets = [_compared_budget(doc, p) for p in members]
            if all(b is not None for b in budgets):
                got = cast("list[Fact]", budgets)
                signs = tuple([1] * len(got))
                r = Reading("the parts' budgets", tuple(b.q for b in got), linear(signs), signs)
                what = "sum of the parts' budgets"
                out.append(_make("budget-sum", head, got, [r], certain, what))


def _compared_budget(doc: Document, value: Fact) -> Fact | None:
    """The budget a figure is compared with after its comparison with the year before, in its
    clause ("…1134万元,较上年1174万元减少40万元,…,较预算数1237万元减少103万元"): the second
    prior figure after it, named as a budget (较预算数, 比年初预算), before the next figure of its
    level."""
    s = doc.sentences[value.sentence]
    facts = s.facts
    priors = 0
    for k in range(value.index - facts[0].index + 1, len(facts)):
        f = facts[k]
        if f.role is _VALUE and f.depth <= value.depth:
            return None
        if f.role is _ROLE_PRIOR and f.depth == value.depth:
            priors += 1
            if priors == 2:
                return f if _BUDGET_COMPARED.search(f.label) else None
    return None


# the words of a comparison with the budget ("较预算数", "比年初预算", "与调整预算相比")
_BUDGET_COMPARED = re.compile(r"^[,;\s]*(?:较|比|与)(?:年初|调整后?)?预算数?$")


def _unchanged_next(doc: Document, value: Fact) -> bool:
    """Whether the figure right after ``value`` in its sentence is a change of nothing against
    the year before ("较上年无变化", "与上年持平")."""
    s = doc.sentences[value.sentence]
    k = s.facts.index(value)
    if k + 1 >= len(s.facts):
        return False
    nxt = s.facts[k + 1]
    return nxt.role is _CHANGE and nxt.q.dimension is _ZERO and nxt.basis is Basis.PRIOR


def _unchanged_run(doc: Document, parts: list[Fact]) -> set[int]:
    """The parts in a run (joined by 、 or 和) that ends with "不作调整" or the like."""
    text = doc.text
    out: set[int] = set()
    run: list[Fact] = []
    for k, p in enumerate(parts):
        joined = (
            bool(run)
            and re.fullmatch(r"[、和及与]", text[run[-1].q.end : p.q.start].strip()[:1] or "x")
            is not None
        )
        if not joined:
            run = []
        run.append(p)
        nxt = parts[k + 1].q.start if k + 1 < len(parts) else len(text)
        if _UNCHANGED.match(text, p.q.end, nxt):
            out.update(id(f) for f in run)
            run = []
    return out


# ----------------------------------------------------------------------------------------------
# Standard breakdowns found by name: 三公经费 = 出国 + 公务用车 + 接待; 收入 = 税收 + 非税


def _decompositions(doc: Document, lists: list[_List]) -> None:
    # The indexes of the lists read so far, made when a breakdown's parts are first all found
    # (most documents have none), before anything below changes ``lists``.
    single: dict[int, _List] = {}
    listed: set[int] = set()
    claimed_by: dict[int, Fact] = {}
    # (a set of names per figures: a long text of like lists reads the same figures, with the
    # same names, hundreds of times, and each breakdown asked every one of them)
    known: dict[tuple[Decimal, ...], set[str]] = {}
    indexed = False
    for total_name, part_names in DECOMPOSITIONS:
        firsts = doc.named(part_names[0])
        for first in firsts:
            if not first.is_amount:
                continue
            parts = [first]
            for name in part_names[1:]:
                found = [
                    f
                    for f in _lookup(doc, name, near=first, dims=(first.q.unit.dimension,), limit=6)
                    if (abs(f.sentence - first.sentence) <= 2 or abs(f.index - first.index) <= 12)
                    and _same_phase(f, first)
                    and _same_series(f, first)
                    and f.subject.endswith(name)
                    and f.depth == first.depth
                ]
                if not found:
                    break
                parts.append(found[0])
            if len(parts) != len(part_names):
                continue
            if not indexed:
                indexed = True
                # A list of one part is no breakdown ("其中:" and one item before a remark
                # sentence ends it): a named breakdown of the same total replaces it.
                single = {id(lst.total): lst for lst in lists if len(lst.parts) < 2}
                listed = {id(lst.total) for lst in lists if len(lst.parts) >= 2}
                claimed_by = {id(p): lst.total for lst in lists for p in lst.parts}
                # The figures of the lists already read: the same parts restated are not a new
                # breakdown.
                for lst in lists:
                    key = tuple(sorted(p.q.base for p in lst.parts))
                    known.setdefault(key, set()).add(lst.total.subject)
            lo = min(p.sentence for p in parts)
            largest = max(p.q.base for p in parts)
            others_nonzero = sum(1 for p in parts if p.q.value != 0) >= 2
            lo_i = min(p.index for p in parts)
            hi_i = max(p.index for p in parts)
            if all(
                id(p) in claimed_by and not claimed_by[id(p)].subject.endswith(part_names)
                for p in parts
            ):
                # already the parts of a list that says what they add up to; but not of a
                # sibling's 其中 ("税收收入675.89亿元,其中地方级税收收入365.03亿元;非税收入
                # 241.14亿元": 非税收入 is no part of 税收收入)
                continue
            if len({p.in_table for p in parts}) > 1:
                continue
            if any(
                not subject.endswith(part_names)
                for subject in known.get(tuple(sorted(p.q.base for p in parts)), ())
            ):
                continue
            heading = _section_heading(doc, lo)  # (once: each candidate total may ask)
            totals = [
                t
                for t in _near_enough(doc, total_name, first, lo, heading)
                if t not in parts
                and t.depth == 0
                and t.in_table == first.in_table
                and all(_same_phase(t, p) for p in parts)
                and t.q.unit is first.q.unit
                and _same_series(t, first)
                and (
                    len(total_name) > 2
                    or t.in_table
                    or _TOTAL_OR_WHOLE.search(t.label + t.subject)
                    or t.subject.endswith(AGGREGATES)
                )
                and not lo_i < t.index < hi_i
                # a total no larger than a part, the others not nil, is no total of them
                # ("税务部门组织地方收入5982万元" named 收入 beside "税收收入完成5982万元"), unless
                # the parts' section says it is theirs ("二、财政收入增减变化情况")
                and (
                    t.q.base > largest
                    or not others_nonzero
                    or (t.sentence < lo and _names(heading, t.subject))
                )
                and t.is_amount
                and t.q.unit.dimension is first.q.unit.dimension
                and _same_phase(t, first)
                and (
                    lo - 6 <= t.sentence <= lo + 3
                    or abs(t.index - first.index) <= 30
                    or (t.sentence < lo and _names(heading, t.subject))
                )
                and not t.subject.endswith(part_names)
            ]
            head = doc.sentences[first.sentence].facts[0]
            if head.subject and head.index < first.index:
                # "嘉兴上半年财政收入同比下降1.2%,…;其中税收收入337.51亿元,…;非税收入66.45亿元":
                # the parts of the figure their sentence names, not of another's of the same
                # name ("无锡上半年财政收入为711.10亿" two paragraphs before)
                totals = [t for t in totals if not _another_owner(t.subject, head.subject)]
            if any(id(t) in listed and _parts_agree(t, parts) for t in totals):
                continue  # the parts of a total already read, named one level finer
            totals = [t for t in totals if id(t) not in listed]
            if not totals:
                continue
            chosen = None
            for t in totals:
                lst = _List(t, parts, [], False)
                if _sum_agrees(lst):
                    chosen = t
                    break
            if chosen is None:
                before = [t for t in totals if t.index < first.index]
                chosen = before[-1] if before else totals[0]
            if id(chosen) in single:
                lists.remove(single.pop(id(chosen)))
            lists.append(_List(chosen, parts, [], False))
            listed.add(id(chosen))


def _another_owner(a: str, b: str) -> bool:
    """Whether two subjects name one thing (the same last four characters or more) of two
    owners: "无锡上半年财政收入" and "嘉兴上半年财政收入" (different words before the same name)."""
    n = _common_suffix(a, b)
    return n >= 4 and len(a) > n and len(b) > n


_HEADING_REACH = 6  # sentences back from a figure to its section's heading


_TOTAL_OR_WHOLE = re.compile(r"合计|总计|总额|总|共计|^全")


def _near_enough(doc: Document, name: str, first: Fact, lo: int, heading: str) -> list[Fact]:
    """The figures named ``name`` that _decompositions may take for the total of parts whose
    first is ``first`` and whose first sentence is ``lo``: those from six sentences before
    ``lo`` (or 30 figures before ``first``) to three after it (or 30 figures after), at most
    _CANDIDATE_FACTS figures away, and before them only those the section's ``heading`` names.
    (The lookup window is 400 figures either side; a long text of like sentences has hundreds
    of that name in it.)"""
    pool = doc.named(name, near=first.index)
    sentences = doc.sentences
    since = bisect.bisect_left(doc.starts, sentences[max(0, lo - 6)].start)
    until = bisect.bisect_left(doc.starts, sentences[min(len(sentences) - 1, lo + 3)].end) - 1
    # (and of those sentences, the figures within _CANDIDATE_FACTS of the first part: a page
    # without full stops is one sentence, and nine of them the whole text)
    since = max(since, first.index - _CANDIDATE_FACTS)
    until = min(until, first.index + _CANDIDATE_FACTS)
    a = bisect.bisect_left(pool, min(first.index - 30, since), key=_fact_index)
    b = bisect.bisect_right(pool, max(first.index + 30, until), key=_fact_index)
    if not heading:
        return pool[a:b]
    return [t for t in pool[:a] if _names(heading, t.subject)] + pool[a:b]


def _fact_index(f: Fact) -> int:
    return f.index


def _section_heading(doc: Document, sentence: int) -> str:
    """The numbered heading (a short sentence without figures) of the section a sentence is
    in, within :data:`_HEADING_REACH` sentences before it; "" when there is none."""
    levels = _levels(doc)
    for k in range(sentence - 1, max(-1, sentence - 1 - _HEADING_REACH), -1):
        s = doc.sentences[k]
        if s.facts:
            continue
        if levels[k] is not None and s.end - s.start <= 40:
            return doc.text[s.start : s.end]
    return ""


def _names(heading: str, subject: str) -> bool:
    """Whether a heading names ``subject`` (its last four characters): "二、财政收入增减变化情况"
    over "税收收入4575万元…;非税收入…12142万元" names the 地方财政收入 of the section before,
    whose parts they are."""
    return len(subject) >= 4 and subject[-4:] in heading


# what is held at a date (资产, 负债, 余额, 结存), and what flows over a period (收入, 收益, 支出,
# 利润): the second is no part of the first ("资产总额4524.9亿元。其中,…资产总额943亿元;…实现营业
# 收入196.5亿元": the revenue is not among the assets)
_STOCK_ENDINGS = ("资产", "负债", "余额", "结存")
_FLOW_ENDINGS = ("收入", "收益", "收益额", "支出", "利润")
# what is held, or what is left of a year's flows: no part of a flow (a 支出总计's 年末结转和结余,
# or a balance paid over, "上解上级…累计结余1338.64万元", is named otherwise): by its subject, or
# a balance named alone ("…;当期结余13.26亿元,累计结余98.79亿元": 累计结余's subject is 结余)
_HELD_ENDINGS = ("余额", "结存", "资产", "负债", "赤字", "收支结余", "收支差额")
# (or named by its fund or account: "…;基金累计结余132337万元", "个人账户累计结余37.55亿元")
_BARE_HELD = re.compile(
    r"\s*[,;、]?\s*[^\d,;:。]{0,8}?(?:年末|期末)?(?:当期|累计|滚存)结余(?:为|是|达到|达)?\s*"
)


def _stock_or_flow(subject: str) -> str:
    """ "stock" for what is held at a date (_STOCK_ENDINGS), "flow" for what flows over a period
    (_FLOW_ENDINGS), else ""."""
    if subject.endswith(_STOCK_ENDINGS):
        return "stock"
    return "flow" if subject.endswith(_FLOW_ENDINGS) else ""


def _same_series(a: Fact, b: Fact) -> bool:
    # a.series == b.series or not a.series or not b.series, each series read once
    series = a.series
    if not series:
        return True
    other = b.series
    return not other or series == other


def _phase_twin(a: Fact, b: Fact) -> bool:
    """Whether two figures are one thing at two phases (its budget and its actual)."""
    return (
        bool(a.subject)
        and a.subject == b.subject
        and bool(a.phase and b.phase)
        and a.phase != b.phase
    )


def _same_phase(a: Fact, b: Fact) -> bool:
    return a.phase == b.phase or not a.phase or not b.phase


def _sum_fits(lst: _List) -> bool:
    """Whether the parts add up to the total, or would within the rounding of the printed
    figures."""
    signs = _signs(lst, lst.parts)
    r = Reading("parts", tuple(p.q for p in lst.parts), linear(signs), signs)
    return judge([r], lst.total.q).status in (Status.AGREES, Status.ROUNDING)


def _continued(doc: Document, lst: _List) -> Verdict | None:
    """ "年初预算数1282.73万元,其中:一般公共预算拨款1125.76万元,上年结转0.00万元。事业收入
    86.97万元,其他收入70.00万元。": a list that reaches the end of its sentence, followed by a
    sentence of bare amounts alone, may go on into it. When the parts then add up, they are the
    list; when they add up neither way, where the list ends is unclear (the claim is weak).

    Returns the verdict on the sum of the list's parts as it leaves them (_sum_verdict), or
    None when it did not ask: build_claims hands it on to _earlier_total and _check_list,
    which would ask it again of the same parts."""
    total, parts = lst.total, lst.parts
    if total.role is not _VALUE or not parts:
        return None
    summed = _sum_verdict(total, parts)
    if summed.status is _AGREES:
        return summed
    s = doc.sentences[parts[-1].sentence]
    if s.facts[-1] is not parts[-1] or s.index + 1 >= len(doc.sentences):
        return summed
    nxt = doc.sentences[s.index + 1]
    if (
        nxt.paragraph != s.paragraph
        or not nxt.facts
        or _first_intro(doc.text, _intro_starts_of(doc), nxt.start, nxt.end) is not None
        or not all(
            f.role is _VALUE
            and f.q.unit is total.q.unit
            and f.depth == parts[-1].depth
            and not _TOTAL_WORDS.search(f.label)
            for f in nxt.facts
        )
    ):
        return summed
    longer = [*parts, *nxt.facts]
    lst.strong = False
    summed_longer = _sum_verdict(total, longer)
    if summed_longer.status is _AGREES:
        lst.parts, lst.short = longer, []
        return summed_longer
    return summed


def _sum_agrees(lst: _List) -> bool:
    """Whether a list's parts add up to its total (:func:`_parts_agree`)."""
    return _parts_agree(lst.total, lst.parts)


def _parts_agree(total: Fact, parts: list[Fact]) -> bool:
    """judge's verdict on the sum of ``parts`` for ``total``, without a reading or verdict built
    when it agrees (:func:`~.verdicts.agrees`), and without a _List made to ask it."""
    return agrees("parts", tuple([p.q for p in parts]), _signs_of(total, parts), total.q)


def _sum_verdict(total: Fact, parts: list[Fact]) -> Verdict:
    """The verdict on the sum of ``parts`` for ``total``: the one _check_list's reading of
    them ("parts") gets, worked out as _sum_agrees works it out (see linear_verdict)."""
    return linear_verdict("parts", tuple([p.q for p in parts]), _signs_of(total, parts), total.q)


# ----------------------------------------------------------------------------------------------
# A total at the end: "A万元,加B万元,C万元,收入合计D万元"; "…,总计6071万元"

_TRAILING_TOTAL = re.compile(
    # ("…,服务对象满意度15分,总得分90分": a score's total points after its parts)
    r"(?:合计|总计|共计|总数|总额|总得分|总分)(?:决算数|预算数|执行数|"
    + "|".join(TOTAL_VERBS)
    + r")?"
    # ("…,去年结转学费1130000元,合计收入11526100元": the flow summed after the word)
    r"(?:资金|金额|收入|支出)?(?:新台币|人民币|港币|澳门币)?(?:为|:)?$"
)
# "减列合计284万元…,删减合计124万5,000元,总计减列408万5,000元": a 总计 over 合计s
_GRAND_TOTAL = re.compile(r"总计")
# words after a total word that name what totals leave ("收支总量相抵结转下年"), not a total
_BALANCE_AFTER = re.compile(r"相抵|结转|结余|差额|平衡|缺口")


def _names_total(words: re.Pattern[str], label: str) -> bool:
    """Whether ``label`` names a total by one of ``words``, not what totals leave ("…支出总
    378.9亿元收支总量相抵结转下年11.6亿元": the 11.6 is no total)."""
    word = words.search(label)
    return word is not None and _BALANCE_AFTER.search(label, word.end()) is None


_SUBTOTAL = re.compile(r"合计|小计")
_PLUS = re.compile(rf"(?:^|[,;。])\s*(加上|{PLUS_WORD}|另加)")


def _trailing_totals(doc: Document, lists: list[_List]) -> None:
    # _trailing_total reads only a total whose label has 计 or 总 (labels are the text's own
    # characters): a text without either has none
    if "计" not in doc.text and "总" not in doc.text:
        return
    for s in doc.sentences_with("计", "总"):
        if not s.facts:
            continue  # (labels are the sentence's own characters: only one with 计 or 总 counts)
        values = [f for f in s.facts if f.role is _VALUE and f.is_amount and f.depth == 0]
        for k in range(1, len(values)):
            # the last figure, or one named a total with more figures after it ("…,保留数0元,
            # 合计决算数604,571,631元,占预算数112.94%,超收…")
            # (every word of _TRAILING_TOTAL has 计 or 总: a label without either is not searched)
            label = values[k].label
            if k == len(values) - 1 or (
                ("计" in label or "总" in label) and _TRAILING_TOTAL.search(label.strip())
            ):
                # (the figures since the sentence began, or the last _GATHER_REACH of them, as
                # no list is longer: a long sentence of totals, a page without full stops, has
                # each total read over its own items, not over every figure before it)
                lo = max(0, k - _GATHER_REACH)
                since = s.start if lo == 0 else values[lo - 1].q.end
                _trailing_total(doc, s, values[lo : k + 1], lists, since)


def _trailing_total(
    doc: Document, s: Sentence, values: list[Fact], lists: list[_List], since: int
) -> None:
    """A total after its parts, the last of ``values`` (the figures of ``s`` before it, since the
    offset ``since``: the sentence's start, or the end of the figure before the first)."""
    text = doc.text
    total = values[-1]
    # A total is named so in its label ("合计…"), or a total word follows a 加 in the sentence:
    # the label first (the last figure of every sentence comes here), the sentence only then.
    # Every word of _TRAILING_TOTAL and _TOTAL_WORDS has 计 or 总: a label with neither is none.
    if "计" not in total.label and "总" not in total.label:
        return
    if _ORDINAL_IS.match(total.label) is not None:
        return  # a numbered item's own amount ("…,三是…经费共计4.5万元"), no total of those before
    named = _TRAILING_TOTAL.search(total.label.strip()) is not None
    if not named and not _names_total(_TOTAL_WORDS, total.label):
        return
    body = text[since : total.q.start]
    plus = _PLUS.search(body)
    if not named and plus is None:
        return
    parts = [
        f
        for f in values[:-1]
        if f.q.unit.dimension is total.q.unit.dimension
        and _same_phase(f, total)
        and same_kind_of_count(f.q, total.q)
    ]
    strong = False
    carried: Fact | None = None  # a list's total carried on after its list (_whole_of_last_part)
    if plus is not None:
        at = since + plus.start(1)
        before = [f for f in parts if f.q.end <= at]
        after = [f for f in parts if f.q.start >= at]
        if before:
            base: Fact | None = before[-1]
        elif len(text[since:at].strip(" ,:")) >= 4:
            # "一般公共财政预算支出,加上上解上级支出…62580万元,支出共计744016万元": the figure its
            # opening names, printed before (not the head of the sentence before)
            base = _base_named_by(doc, s, at)
        else:
            head = _previous_head(doc, s, actual=total.phase != "budget")
            flow = _flow(total.subject)
            if head is not None and flow and _flow(head.subject) not in ("", flow):
                # "…基金收入772.95亿元,…;基金支出729.65亿元,…。加上中央调剂金支出17亿元,支出
                # 合计746.65亿元": the figure of the total's way (支出), not the sentence's head
                head = next(
                    (
                        h
                        for h in doc.sentences[head.sentence].facts
                        if h.role is _VALUE
                        and h.is_amount
                        and h.depth == 0
                        and _flow(h.subject) == flow
                    ),
                    head,
                )
            base = _whole_of_last_part(head, lists)
            if base is not head:
                # (the 其中 between the list's total and what is added opened that list, read
                # already: no part of this sum is nested under the total)
                carried = base
        if base is None or not after:
            return
        on_the_way = [k for k, g in enumerate(after[:-1]) if _names_total(_PLUS_TOTAL, g.label)]
        if on_the_way:
            # "…收入42100万元,加上级补助收入387613万元,…,全县一般预算总收入442751万元,加上年结余
            # 7546万元,…,收入总计451227万元": a total on the way carries what was added before it
            base, after = after[on_the_way[-1]], after[on_the_way[-1] + 1 :]
            if not after:
                return
        strong = True
        unadjusted = _restated_from(doc, s, base) if before else None
        if unadjusted is not None:
            # "支出168.23亿元,…,剔除…一次性因素后,为165.61亿元,…;加上转移性支出298.39亿元,支出合计
            # 466.62亿元": the figure carried on may be the one printed or the adjusted one; the
            # one the parts add up with (the printed one when neither), and not certain
            strong = False
            if not _sum_fits(_List(total, [base, *after], [], False)) or _sum_fits(
                _List(total, [unadjusted, *after], [], False)
            ):
                base = unadjusted
        parts = [base, *after]
    else:
        # Without 加, the parts are the figures of the total's own ';' item, after the ':' that
        # opens it ("原编列…2亿68万5,000元…,经审议结果:…减列合计284万元": not 岁入 and 岁出)
        semi = text.rfind(";", since, total.q.start)
        colon = _open_colon(text, since, total.q.start)
        if since != s.start and max(semi, colon) < 0:
            return  # (more figures than any list before it, and nothing to say where its begin)
        own = [f for f in parts if f.q.start > max(semi, colon)]
        every = [f for f in parts if f.q.start > colon]
        # "学费收入6295100元;高中公用经费3901000元;食堂承包费200000元,去年结转学费1130000元,合计收入
        # 11526100元": items parted by ';' that add up to the total are its parts, whichever
        # item it closes
        parts = (
            every
            if semi > colon
            and len(every) > len(own)
            and _sum_fits(_List(total, every, [], False))
            and not _sum_fits(_List(total, own, [], False))
            else own
        )
        if len(parts) < 2:
            return
        if any(p.q.base > total.q.base for p in parts) and min(_signs_of(total, parts)) > 0:
            # "地区生产总值77.41亿元,…,地方财政收入1.62亿元,…,社会消费品零售总额29.67亿元": a
            # figure larger than the one named a total, all added, is no part of it (headline
            # figures, one of them named …总额)
            return
        if (
            parts[0] is values[0]
            and since == s.start
            and not _sum_fits(_List(total, parts, [], False))
        ):
            lead = _lead_of_list(doc, s, total)
            if lead is not None and _sum_fits(_List(total, [lead, *parts], [], False)):
                parts = [lead, *parts]
    if any(_TOTAL_WORDS.search(p.label) for p in parts) and not (
        _GRAND_TOTAL.search(total.label)
        and all(_SUBTOTAL.search(p.label) and not _GRAND_TOTAL.search(p.label) for p in parts)
    ):
        return  # another total among the parts: not one sum
    nested = _nested_parts(text, parts[1:] if parts[0] is carried else parts)
    short = [p for p in parts if id(p) not in nested] if nested else []
    lists.append(_List(total, parts, short, strong))


def _lead_of_list(doc: Document, s: Sentence, total: Fact) -> Fact | None:
    """ "县本级一般公共预算收入173,340万元。返还性收入19,374万元、…,一般公共预算收入总计658,137
    万元": the plain figure that ends the sentence before ``s`` in its paragraph, of the total's
    dimension, where a full stop stands for 加上; a first part only when the sum then fits."""
    if s.index == 0:
        return None
    prev = doc.sentences[s.index - 1]
    if not prev.facts or prev.paragraph != s.paragraph:
        return None
    lead = prev.facts[-1]
    if (
        lead.role is not _VALUE
        or lead.depth
        or lead.q.unit.dimension is not total.q.unit.dimension
        or doc.text[lead.q.end : prev.end].strip(" 。")
    ):
        return None
    return lead


def _open_colon(text: str, start: int, end: int) -> int:
    """The last ':' in ``text[start:end]`` outside brackets, or -1 ("(其中:返还性收入…)" is a
    part's own list, not where the clause opens)."""
    colon = text.rfind(":", start, end)
    while colon >= 0 and text.count(")", colon, end) > text.count("(", colon, end):
        colon = text.rfind(":", start, colon)
    return colon


def _nested_parts(text: str, parts: list[Fact]) -> set[int]:
    """The parts a 其中 sets under the part before it ("加上级转移支付收入1884万元,其中:一般转移
    支付收入1478万元,专项转移支付收入406万元;上年结转结余60万元"): the figures after the 其中 that
    add up to that part, or failing that the first of them. Both readings of the list are then
    tried."""
    nested: set[int] = set()
    for j, head in enumerate(parts[:-1]):
        if "其中" not in text[head.q.end : parts[j + 1].q.start]:
            continue
        acc = Decimal(0)
        run: list[Fact] = []
        for p in parts[j + 1 :]:
            acc = _CTX.add(acc, p.q.base)
            run.append(p)
            if acc >= head.q.base:
                break
        if acc != head.q.base:
            run = run[:1]
        nested.update(id(p) for p in run)
    return nested


def _list_total_before(doc: Document, s: Sentence) -> Fact | None:
    """The figure a list opened at the end of an earlier sentence breaks down, when the
    sentences since are its items ("项目支出12万元,其中:↵培训项目4万元。↵维修项目8万元。↵
    比上年增加2万元": the change is the total's, not the last item's). A change that opens
    a sentence on the line of an item is that item's ("收入总计为457.8161万元,其中:↵1.财政拨款
    收入364.6552万元,为财政拨款资金。较上年度决算数减少24.1522万元,下降6.2118%")."""
    if s.index > 0 and doc.sentences[s.index - 1].paragraph == s.paragraph:
        prev = doc.sentences[s.index - 1]
        if any(f.role is _VALUE for f in prev.facts) and not _OPENS_AT_END.search(
            doc.text, prev.start, prev.end
        ):
            return None
    for j in range(s.index - 1, max(-1, s.index - 7), -1):
        prev = doc.sentences[j]
        if not any(f.role is _VALUE for f in prev.facts):
            return None
        if _OPENS_AT_END.search(doc.text, prev.start, prev.end) is not None:
            if j == s.index - 1:
                return None  # the list opens right before: no items between
            heads = [f for f in prev.facts if f.role is _VALUE and f.is_amount and f.depth == 0]
            return heads[-1] if heads else None
    return None


def _whole_of_last_part(head: Fact | None, lists: list[_List]) -> Fact | None:
    """``head``, or the total of the list read before whose last part it is ("本级收入完成53.19
    亿元。其中,税收收入29.09亿元。非税收入24.1亿元。加上…转移支付29.71亿元、…,收入总量为102.06亿元":
    a sum carried on after a list split into sentences starts from the list's total, not its
    last item), up the lists that end with it."""
    for _ in range(len(lists)):
        if head is None:
            break
        whole = next(
            (
                lst.total
                for lst in lists
                if lst.parts
                and lst.parts[-1] is head
                and lst.total.sentence < head.sentence
                and _sum_agrees(lst)
            ),
            None,
        )
        if whole is None:
            break
        head = whole
    return head


def _previous_head(doc: Document, s: Sentence, *, actual: bool = False) -> Fact | None:
    """The head figure of the nearest sentence before that is not itself a 其中 item; with
    ``actual``, its actual when it prints the figure's budgets and then its actual ("…收入年初
    7.6亿元,调整预算数8.3亿元,…,决算数8.48亿元,…。加上级补助收入61.43亿元、…后,收入总量为247.34
    亿元": what the year's total carries on is what was done)."""
    for j in range(s.index - 1, max(-1, s.index - 4), -1):
        prev = doc.sentences[j]
        lead = doc.text[prev.start : prev.end].lstrip()
        if lead.startswith(INTRODUCERS):
            continue
        heads = [f for f in prev.facts if f.role is _VALUE and f.is_amount and f.depth == 0]
        if (
            not heads
            and prev.facts
            and _COMPARED_LEAD.match(doc.text[prev.start : prev.facts[0].q.start]) is not None
        ):
            # "…支出63.16亿元。比2014年年初预算减少8.35亿元,下降11.7%。比2014年执行数减少2.5亿元,
            # 下降3.8%": a sentence of the same figure's other comparison is passed over
            continue
        if actual and any(h.phase == "budget" for h in heads):
            done = next((h for h in heads if h.phase == "actual"), None)
            if done is not None:
                return done
        return heads[0] if heads else None
    return None


# A sentence that ends by opening a list of the parts of its figure ("…12万元,其中:").
_OPENS_AT_END = re.compile(
    r"(?:" + "|".join(sorted(INTRODUCERS, key=len, reverse=True)) + r")[:,]?\s*$|:\s*$"
)
_CONTEXT_INLINE = re.compile(
    r"\s*(?P<in>[^,;:。中]{2,12}?(?:支出|收入|经费|资金|费用))中(?=[^,;:。的])"
)
_CONTEXT_MID = re.compile(r"(?<=[,;])在(?P<in>[^,;:。]{2,12}?)(?:当)?中[,:]")
# The characters a branch of _CONTEXT can end with right before that mark: 中, 看 (从…看, 来看),
# 类/目/分/看 (a classification), 况 (…情况), 项/况/是/为/下 (分项…).
_CONTEXT_LAST = frozenset("中看类目分况项是为下")
_CONTEXT = re.compile(
    r"(?:在|从)?(?P<in>[^,;:。]{2,24}?)中,$|从(?P<from>[^,;:。]{2,24}?)(?:来)?看,$"
    r"|(?P<by>[^,;:。]{0,12}?)(?P<cls>" + CLASSIFIED_BY + r")[:,]$|分[^,;:。]{1,6}(?:完成)?情况:$"
    r"|(?P<items>分项(?:情况)?(?:是|为|如下)?):$"
)


_CLASSIFIED = re.compile(CLASSIFIED_BY + r"[:,]")
_WHOLE = re.compile(r"^(?:全|来自|总|合计|本地区|全部)")


def _parallel_subjects(doc: Document, lists: list[_List]) -> None:
    """ "来自海口的一般公共预算收入…427.4亿元。中央级一般公共预算收入…188亿元。省级…80.6亿元。
    我市地方…158.9亿元": sentences whose subjects share a name, the first of them the whole
    ("全…", "来自…"), are a breakdown of the first; 当月 and 累计 figures separately."""
    sentences = doc.sentences
    i = 0
    while i < len(sentences):
        s = sentences[i]
        lead = None
        for f in s.facts:  # (a loop, not next() over a generator: once per sentence)
            if f.role is _VALUE and f.is_amount:
                lead = f
                break
        if lead is None or len(lead.subject) < 5 or not _WHOLE.match(lead.subject):
            i += 1
            continue
        group = [s]
        name = ""
        j = i + 1
        while j < len(sentences) and j - i < 8 and sentences[j].paragraph == s.paragraph:
            other = next((f for f in sentences[j].facts if f.role is _VALUE and f.is_amount), None)
            if other is None:
                break
            common = _common_suffix(other.subject, lead.subject)
            if common < 4 or (name and common < len(name)):
                break
            name = name or lead.subject[-common:]
            group.append(sentences[j])
            j += 1
        if len(group) >= 3:
            # one breakdown per series, of the first sentence's first figure of it, and of the
            # figures of the same dimension and kind in the others: "全市共发放贷款2681笔,…。
            # 其中,市本级发放贷款1161笔,贷款金额3.64亿元…。…累计发放贷款88758笔,贷款总额
            # 153.95亿元" adds no amount of money into a count
            firsts: dict[str, Fact] = {}
            for f in s.facts:
                if f.role is _VALUE and f.is_amount:
                    firsts.setdefault(f.series, f)
            for series, first in firsts.items():
                dim = first.q.unit.dimension
                picks = [first]
                for g in group[1:]:
                    found = [
                        f
                        for f in g.facts
                        if f.role is _VALUE
                        and f.is_amount
                        and f.series == series
                        and f.q.unit.dimension is dim
                        and same_kind_of_count(f.q, first.q)
                    ]
                    if not found:
                        break
                    picks.append(found[0])
                else:
                    lists.append(_List(picks[0], picks[1:], [], False))
        i = j if len(group) >= 3 else i + 1


def _context_before(prefix: str, cut: int) -> re.Match[str] | None:
    """The match of _CONTEXT that ends with the mark at ``cut`` of ``prefix`` (',' or ':').

    Every branch ends there ('$'), with one of _CONTEXT_LAST right before the mark and no
    separator before it: a match, if any, starts after the last separator before ``cut``, and
    none is searched for after any other character (most clauses)."""
    if prefix[cut - 1 : cut] not in _CONTEXT_LAST:
        return None
    lo = max(
        prefix.rfind(",", 0, cut),
        prefix.rfind(";", 0, cut),
        prefix.rfind(":", 0, cut),
        prefix.rfind("。", 0, cut),
    )
    return _CONTEXT.search(prefix, lo + 1, cut + 1)


# "收入方面,", "支出方面,": what the classification after it breaks down
_ASPECT = re.compile(r"(?:^|[,;:。])\s*(?P<aspect>[^,;:。\s]{2,12}?)方面(?:\s*,)+\s*$")


def _before_restated_period(text: str, start: int, prefix: str, cut: int) -> int:
    """The mark a context ends with, before the first item's own clause at ``cut``: past the
    empty clauses of a doubled mark and a clause that only says again the period the text
    before the sentence named ("今年一季度,全国…收入60189亿元…。收入方面,分中央和地方看,,一季度,,
    中央…收入24332亿元"; a period the text has not named is no restatement: its figures may be
    of another)."""
    while cut > 0:
        lo = max(prefix.rfind(",", 0, cut), prefix.rfind(":", 0, cut))
        if lo < 0:
            break
        clause = prefix[lo + 1 : cut].strip()
        if clause and not (
            _PERIOD_ALONE.fullmatch(clause)
            and text.find(clause, max(0, start - _PERIOD_REACH), start) >= 0
        ):
            break
        cut = lo
    return cut


_PERIOD_REACH = 300  # characters before a sentence looked in for the period it restates


# "这64家基金会中,…全国性基金会38家,…;…地方…基金会26家,…", "在全市财政支出100亿元中,教育支出
# 30亿元,…": the end of a context that holds its own figure, after it (what the figure is of,
# then 中)
_OWN_CONTEXT_END = re.compile(r"[^,;:。\d]{0,12}?(?:当)?中[,:]")


def _figure_contexts(doc: Document, lists: list[_List]) -> None:
    """A sentence that opens with a context holding a figure ("这64家基金会中,", "在全市财政支出
    100亿元中,"): the figures of the same measure that follow in it, each in a clause of its
    own, are its parts (a weak list: nothing says they are all of it)."""
    text = doc.text
    if "中," not in text and "中:" not in text:
        return
    listed = {id(lst.total) for lst in lists}
    for s in doc.figured:
        lead = s.facts[0]
        if lead.role is not _VALUE or not lead.is_amount or lead.depth or id(lead) in listed:
            continue
        m = _OWN_CONTEXT_END.match(text, lead.q.end)
        if m is None or m.end() > s.end or _CLAUSE_MARKS.search(text, s.start, lead.q.start):
            continue
        unit = lead.q.unit
        parts = [
            f
            for f in s.facts[1:]
            if f.role is _VALUE
            and not f.depth
            and f.q.unit.dimension is unit.dimension
            and f.q.counter == lead.q.counter
        ]
        if len(parts) < 2 or any(
            _CLAUSE_MARKS.search(text, a.q.end, b.q.start) is None
            for a, b in itertools.pairwise([lead, *parts])
        ):
            continue
        lists.append(_List(lead, parts, [], False))


_CLAUSE_MARKS = re.compile(r"[,;:、]")


# An audit's findings by where their correction stands (审计整改): corrected ("已整改40项",
# "整改到位资金215587.84万元", "已完成整改5个") or not yet ("正在整改10项", "未整改资金…",
# "部分整改4项", "20个尚在整改期内"). Not yet is tried first: "未完成整改" holds "完成整改".
_NOT_RECTIFIED = re.compile(
    r"未(?:完成)?整改|尚未整改|正在(?:推进)?整改|部分整改|整改中|尚在整改|持续整改|未整改到位"
)
_RECTIFIED = re.compile(r"已(?:全部)?(?:完成)?整改|整改到位|完成整改|整改完成|整改完毕|已销号")
_CLAUSE_START = re.compile(r"[^,;:。、]*$")
_CLAUSE_REST = re.compile(r"[^,;:。、(]*")


def _rectification_of(text: str, f: Fact) -> bool | None:
    """Whether a figure counts what is corrected (True), not yet (False), or neither (None):
    by its clause's words before it, or after it ("20个尚在整改期内"; not a remark in brackets:
    "整改资金…万元(含部分整改)")."""
    clause = _CLAUSE_START.search(f.label)
    words = clause.group() if clause is not None else f.label
    if not words.strip() or not ("整改" in words or "销号" in words):
        m = _CLAUSE_REST.match(text, f.q.end)
        words = m.group() if m is not None else ""
    if _NOT_RECTIFIED.search(words):
        return False
    if _RECTIFIED.search(words):
        return True
    return None


def _rectified_lists(doc: Document, lists: list[_List]) -> None:
    """ "共计50项具体问题,问题资金251023.54万元,报告日已整改40项,整改到位资金215587.84万元,正在整改
    10项,未整改资金35435.70万元": what an audit found, a count of problems or their money, and
    then the same measure of what is corrected and what is not yet: the parts of the figure of
    that measure before them. Read when every figure of the measure after it, to the last,
    says where its correction stands, one at least corrected and one not (a weak list)."""
    if not _has(doc, "整改"):
        return
    text = doc.text
    listed = {id(lst.total) for lst in lists}
    for s in doc.sentences_with("整改"):
        measures: dict[str, list[Fact]] = {}
        for f in s.facts:
            if f.role is _VALUE and f.is_amount and not f.depth:
                key = "money" if f.q.unit.is_money else f.q.counter
                if key:
                    measures.setdefault(key, []).append(f)
        for figures in measures.values():
            states = [_rectification_of(text, f) for f in figures]
            if None not in states[1:] and states[0] is None:
                total, parts = figures[0], figures[1:]
            else:
                continue
            if len(parts) < 2 or not (True in states and False in states) or id(total) in listed:
                continue
            lists.append(_List(total, parts, [], False))


def _context_lists(doc: Document, lists: list[_List]) -> None:
    text = doc.text
    if "," not in text and ":" not in text and "中" not in text:
        return  # a context ends with ',' or ':' (or runs into a name after its 中): none here
    listed = {id(lst.total) for lst in lists}
    # The total of the last list opened by a classification ("按功能分类科目,…") and the sentence
    # it ended in: the next classification a few sentences on breaks the same total down.
    # (and which way the money of its parts goes: _parts_flow)
    classified_total: tuple[Fact, int, bool, str] | None = None
    for s in doc.figured:
        lead = None
        for f in s.facts:  # (a loop, not next() over a generator: once per sentence)
            if f.depth == 0:
                lead = f
                break
        if lead is None or lead.role is not _VALUE or not lead.is_amount:
            continue
        prefix = text[s.start : lead.q.start]
        cut = max(prefix.rfind(","), prefix.rfind(":"))
        if cut > 0:
            cut = _before_restated_period(text, s.start, prefix, cut)
        m = None
        if cut >= 0:  # every branch of _CONTEXT ends with "," or ":": nothing to find before
            m = _context_before(prefix, cut)
        items = inline_context = classified = aspect_named = False
        if m is not None and prefix[: cut + 1].endswith(m.group(0)):
            name = (m.group("in") or m.group("from") or m.group("by") or "").strip()
            items = m.group("items") is not None
            classified = m.group("cls") is not None
            if classified and not name:
                # "支出方面,分中央和地方看,…": the side named in the clause before
                # (a side, 收入 or 支出, is looked up by its last characters: a figure so found
                # counts only if the parts add up to it)
                aspect = _ASPECT.search(prefix, 0, m.start())
                if aspect is not None:
                    name, aspect_named = aspect.group("aspect"), True
        else:
            # "基本支出中医疗业务支出5868.43万元,…": a context run into the first item's name,
            # read only when the figure it names is printed before (below: named totals only).
            inline = _CONTEXT_INLINE.match(prefix) if cut < 0 and "中" in prefix else None
            if inline is None:
                continue
            name = inline.group("in")
            inline_context = True
        groups: list[list[Fact]] = [[]]
        sentences = [s]
        k = s.index + 1
        while k < len(doc.sentences) and doc.sentences[k].paragraph == s.paragraph:
            nxt = doc.sentences[k]
            first = next((f for f in nxt.facts if f.depth == 0), None)
            if first is None or first.role is not _VALUE:
                break
            lead_text = text[nxt.start : first.q.start]
            if _CONTEXT_LEAD.search(lead_text.strip()) or _CONTEXT_INLINE.match(lead_text):
                break  # the next sentence opens a context of its own
            sentences.append(nxt)
            k += 1
        ended = False
        for sent in sentences:
            last = sent.start if sent is not s else lead.q.start
            taken = False
            for f in sent.facts:
                if f.depth != 0:
                    continue
                gap = text[last : f.q.start]
                if "中" in gap and _IN_WHOLE.search(gap):
                    # "总收入中,14.8亿元…;总支出中,53.7亿元…": the next context ends this one
                    ended = True
                    break
                # A new item at each ';', and at each ',' where a figure names its own subject
                # ("教育支出21480万元,社会保障和就业支出15320万元").
                if ";" in gap or ("," in gap and canonical(f.label)[0]):
                    taken = False
                if classified and groups[-1] and _CLASSIFIED.search(gap):
                    # "…;按经济分类科目划分,工资福利支出…": the same total broken down again
                    groups.append([])
                    taken = False
                last = f.q.end
                if taken or f.role is not _VALUE or f.q.unit.dimension is not lead.q.unit.dimension:
                    continue
                if "占" in f.label and _WHOLE_LABEL.match(f.label):
                    # "一般公共服务支出0万元,占本年财政拨款支出488.80万元的0%": the whole a share
                    # is of, printed in the item's words, is not an item
                    continue
                groups[-1].append(f)
                taken = True
            if ended:
                break
        parts = groups[0]
        if len(parts) < 2:
            continue
        if (
            classified
            and classified_total is not None
            and s.index - classified_total[1] <= 3
            and doc.sentences[classified_total[1]].paragraph == s.paragraph
            # (not parts going the other way from the last list's: "收入方面,分中央和地方看,…。
            # 支出方面,分中央和地方看,中央…支出8717亿元;地方…支出64098亿元" breaks the 支出
            # down, not the 收入)
            and _parts_flow(parts) in ("", classified_total[3])
        ):
            # "按经济分类科目划分,…" after a list "按功能分类科目划分,…": the same total
            chosen, _, sure, _ = classified_total
            for group in groups:
                if len(group) >= 2:
                    lists.append(_List(chosen, group, [], sure, classified=True))
            classified_total = (chosen, sentences[-1].index, sure, classified_total[3])
            continue
        subject, phase = canonical(name) if name else ("", "")
        totals: list[Fact] = []
        named = bool(subject)
        if subject:
            totals = _lookup(
                doc,
                subject,
                near=lead,
                dims=(lead.q.unit.dimension,),
                before_only=True,
                limit=3,
                phase=phase or None,
            )
            if not totals and (len(subject) > 2 or aspect_named) and not inline_context:
                # (found by the name's last two characters only, a figure is no named total: it
                # counts only if the parts add up to it)
                named = False
                totals = _lookup(
                    doc,
                    subject[-2:],
                    near=lead,
                    dims=(lead.q.unit.dimension,),
                    before_only=True,
                    limit=3,
                    whole=False,
                )
        if not totals:
            named = False
            for j in range(s.index - 1, max(-1, s.index - 6), -1):
                heads = [
                    f
                    for f in doc.sentences[j].facts
                    if f.role is _VALUE and f.is_amount and f.depth == 0
                ]
                if heads:
                    totals.append(heads[0])
        # (an average is no total: "…家庭户人口为501694人,平均每个家庭户的人口为2.90人。…常住人口
        # 中,居住在城镇的人口为547299人,…")
        totals = [t for t in totals if t not in parts and not _per_head(t)]
        # a total the parts reach within the rounding of the printed figures counts: "按采购项目
        # 分,…43.48亿元…75.27亿元…3.83亿元" against 122.59 (122.58: a warning, not an error)
        agreeing = [t for t in totals if _sum_fits(_List(t, parts, [], False))]
        if items and totals:
            named = True  # "分项情况是:": the parts of the total just before
        if inline_context and not named:
            continue  # an inline context must name a figure printed before
        if agreeing:
            chosen = agreeing[0]
        elif named and totals and id(totals[0]) not in listed:
            chosen = totals[0]  # the figure the context names: a disagreement is worth a look
        else:
            continue  # no total named and none adds up: the reading itself is in doubt
        lists.append(_List(chosen, parts, [], False, classified=classified))
        listed.add(id(chosen))
        if classified:
            # the other classifications in the same sentence break the same total down; a
            # disagreement is an error when the first agrees or names its total
            sure = named or chosen in agreeing
            lists.extend(
                _List(chosen, group, [], sure, classified=True)
                for group in groups[1:]
                if len(group) >= 2
            )
            classified_total = (chosen, sentences[-1].index, sure, _parts_flow(parts))


# ----------------------------------------------------------------------------------------------
# Balances and printed formulas


# "锡林郭勒盟实现财政收入19.68亿元,包头实现财政收入19.0亿元,锡林郭勒盟高出包头0.68亿元": the gap
# between two figures of the sentence, each named by its subject's opening words.
_NAMED_GAP = re.compile(
    r"(?P<a>[^,;:。()]{2,12}?)(?P<verb>高出|多出|超出|多于|高于|少于|低于)(?P<b>[^,;:。()]{2,12}?)了?$"
)
_NAMED_GAP_SIGN = {"高出": 1, "多出": 1, "超出": 1, "多于": 1, "高于": 1, "少于": -1, "低于": -1}


def _named_gaps(s: Sentence, out: list[Claim]) -> None:
    """A money figure labelled "A高出B" whose A and B open the subjects of exactly one money figure
    each, printed before it in the sentence: A − B (B − A for 少于/低于)."""
    for i, f in enumerate(s.facts):
        if f.role is not _VALUE or not f.q.is_money or i < 2:
            continue
        m = _NAMED_GAP.search(f.label)
        if m is None or any(w in m.group("b") for w in BUDGET_WORDS):
            continue
        earlier = [g for g in s.facts[:i] if g.role is _VALUE and g.q.is_money]
        a = [g for g in earlier if g.subject.startswith(m.group("a"))]
        b = [g for g in earlier if g.subject.startswith(m.group("b"))]
        if len(a) != 1 or len(b) != 1 or a[0] is b[0]:
            continue
        sign = _NAMED_GAP_SIGN[m.group("verb")]
        signs = (sign, -sign)
        r = Reading(f"{m.group('a')} − {m.group('b')}", (a[0].q, b[0].q), linear(signs), signs)
        relation = "the first − the second" if sign > 0 else "the second − the first"
        out.append(_make("difference", f, [a[0], b[0]], [r], True, relation))


# A 项目支出绩效自评表's funding rows, under the header "年初预算数 全年预算数 全年执行数 分值
# 执行率 得分" (财政部's template): the row's label, then its cells, one per line or run together.
_EXECUTION_ROWS = (
    "年度资金总额",
    "当年财政拨款",
    "上年结转资金",
    "其他资金",
    "财政资金",
    "财政拨款",
)
_EXECUTION_HEADER = re.compile(r"执\s*行\s*率")


def _execution_row(text: str, at: int) -> int:
    """Where the name of a 绩效自评表 funding row that ends right before ``at`` starts (with
    its "其中:"), or -1: one of the names, then spaces, a '|' or ':', spaces (read from the
    figure back: a pattern searched in the 30 characters before every figure was tried at
    each of them)."""
    start = max(0, at - 30)
    end = at
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and text[end - 1] in "|:":
        end -= 1
        while end > start and text[end - 1].isspace():
            end -= 1
    for word in _EXECUTION_ROWS:
        if end - len(word) >= start and text.startswith(word, end - len(word)):
            begin = end - len(word)
            if begin - 3 >= start and text.startswith("其中:", begin - 3):
                begin -= 3
            return begin
    return -1


_BLANK_CELLS = re.compile(r"[\s|/\-—]*")


def _execution_rows(doc: Document, out: list[Claim]) -> None:
    """ "年度资金总额 43.2 43.2 37.24 10 86% 9": the 执行率 of a 绩效自评表's funding row is its
    全年执行数 over its 全年预算数 (the second and third figures; the first two when the row
    prints only two before its rate), the header naming 执行率 before it. Weak: the columns are
    taken from the template, not read from the header."""
    text = doc.text
    if "执" not in text:
        return
    # where a header ends: a row's name starts at most 400 characters after one, and is at
    # most 30 before its first figure (most figures of a report are near none)
    ends = [m.end() for m in _EXECUTION_HEADER.finditer(text)]
    if not ends:
        return
    facts = [f for s in doc.sentences for f in s.facts]
    k = 0
    while k < len(facts):
        f = facts[k]
        h = bisect.bisect_right(ends, f.q.start) - 1
        if h < 0 or f.q.start - ends[h] > 430:
            k += 1
            continue
        head = _execution_row(text, f.q.start)
        if head < 0 or not _EXECUTION_HEADER.search(text, max(0, head - 400), head):
            k += 1
            continue
        row = [f]
        j = k + 1
        while (
            j < len(facts)
            and len(row) < 6
            and _BLANK_CELLS.fullmatch(text, facts[j - 1].q.end, facts[j].q.start)
        ):
            row.append(facts[j])
            j += 1
        rate = next((g for g in row if g.q.unit.dimension is _PERCENT), None)
        if rate is not None:
            before = [g for g in row[: row.index(rate)] if g.q.unit.dimension is not _PERCENT]
            pair = before[1:3] if len(before) >= 3 else before[:2]
            if len(pair) == 2 and pair[0].q.value > 0:
                budget, spent = pair
                r = Reading(
                    f"{spent.q.text} of {budget.q.text}", (spent.q, budget.q), ratio_percent
                )
                out.append(
                    _make("completion", rate, [spent, budget], [r], False, "执行数 / 预算数 × 100")
                )
        k = j


# A 绩效自评表's indicator rows, cells parted by '|': a header names the 分值 (or 权重) and 得分
# columns, a level's head prints its points ("产出指标(50分)", "产 出 指 标 (50分)"), and the rows
# under it, each an indicator, print its 分值 and 得分 as bare numbers.
_WEIGHT_NAMES = frozenset({"分值", "权重", "指标分值", "标准分值"})
_SCORE_NAMES = frozenset({"得分", "自评得分", "评价得分"})
_LEVEL_HEAD = re.compile(r"[\u4e00-\u9fff]{2,8}指标\((?P<points>\d{1,3}(?:\.\d{1,2})?)分\)")
_POINTS_CELL = re.compile(r"\d{1,3}(?:\.\d{1,2})?")
_ELIDED_ROW = re.compile(r"[.…。]{2,}")
# a row that ends the indicators: the table's total, or a level named without its points
_TOTAL_ROW = frozenset({"合计", "总计", "总分", "小计"})
_LEVEL_ROW = frozenset(INDICATOR_LEVELS["only"])
# a level of one template that is a level under another's: the sum is read with the rows from
# it on and without them (a weak claim)
_EITHER_LEVEL_ROW = frozenset(INDICATOR_LEVELS["either"])
# The spaces removed from a cell (by replace: translate looks every character up, several times
# slower on Chinese text)
_SPACES = (" ", "\t", "\u3000")


def _row_weight(cells: list[str], gap: int, after: int) -> tuple[int | None, bool]:
    """The index in ``cells`` (a row's non-empty cells, the indicator's name first) of the
    row's 分值, and whether the row is read for sure. The 得分 is the last cell, or the last
    but the header's ``after`` columns (a reason written out); the 分值 ``gap`` cells before it;
    both bare numbers, a name before them, and a cell after the 得分 is no figure. A row with
    no bare number is no indicator's (a 二级指标's name, a "其中" row in units); one with bare
    numbers that fit no way, or two ways that give two 分值, is read as unsure."""
    found: set[int] = set()
    for tail in {0, after}:
        score = len(cells) - 1 - tail
        weight = score - gap
        if (
            weight >= 1
            and _POINTS_CELL.fullmatch(cells[weight]) is not None
            and _POINTS_CELL.fullmatch(cells[score]) is not None
            and not any(_POINTS_CELL.fullmatch(c) for c in cells[score + 1 :])
        ):
            found.add(weight)
    if len(found) == 1:
        return found.pop(), True
    bare = any(_POINTS_CELL.fullmatch(c) for c in cells[1:])
    return None, not bare


def _as_points(f: Fact) -> Fact:
    """``f`` read as printed, a number of points (a table's unit of money, assumed for its bare
    cells, is not theirs)."""
    if f.q.unit is Unit.BARE and not f.q.assumed:
        return f
    return attrs.evolve(f, q=attrs.evolve(f.q, unit=Unit.BARE, assumed=False))


def _indicator_weights(doc: Document, out: list[Claim]) -> None:
    """ "产出指标(50分) | 数量指标 | …安装 | ≥1290.3平方米 | 1290.3平方米 | 10.3 | 10.3 |↵配套…
    | 550 | 20 | 9.3 | 9.3 |↵…": in a 绩效自评表 printed as rows of cells, a level's points are
    the sum of the 分值 of the indicators under it, up to the next level, the table's end or a
    row that is no indicator's. The columns are read from the header (分值 and 得分, and how
    many cells stand between and after them); a block with a row read unsure, or rows left out
    ("……"), is a weak claim."""
    text = doc.text
    if "|" not in text or "指" not in text or not _has(doc, "分)"):
        return
    facts: dict[int, Fact] = {}  # by where each figure starts, made at the first level's head
    header: tuple[int, int] | None = None
    head: Fact | None = None
    weights: list[Fact] = []
    sure = True

    cut: int | None = None  # where a level of either reading starts in ``weights``

    def close() -> None:
        if head is None or len(weights) < 2:
            return
        readings = [
            Reading(
                " + ".join(f.q.text for f in chosen),
                tuple(f.q for f in chosen),
                linear((1,) * len(chosen)),
                (1,) * len(chosen),
            )
            for chosen in ([weights] if cut is None else [weights, weights[:cut]])
            if chosen
        ]
        strong = sure and cut is None
        out.append(_make("sum", head, weights, readings, strong, "Σ 分值 = the level's points"))

    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if "|" not in line:
            close()
            header, head, weights, sure, cut = None, None, [], True, None
            continue
        if (header is None and "值" not in line and "重" not in line) or (
            head is None and "分" not in line
        ):
            continue  # (no header, 分值 or 权重, and no level's 分: nothing to read on it)
        cells: list[tuple[int, int, str]] = []  # (start, end, text) of each non-empty cell
        at = start
        for raw in line.split("|"):
            cell = raw
            for space in _SPACES:
                if space in cell:
                    cell = cell.replace(space, "")
            if cell:
                cells.append((at + len(raw) - len(raw.lstrip()), at + len(raw), cell))
            at += len(raw) + 1
        names = [c for _, _, c in cells]
        weight_at = next((k for k, c in enumerate(names) if c in _WEIGHT_NAMES), None)
        score_at = next((k for k, c in enumerate(names) if c in _SCORE_NAMES), None)
        if weight_at is not None and score_at is not None and weight_at < score_at:
            close()
            header = (score_at - weight_at, len(names) - 1 - score_at)
            head, weights, sure, cut = None, [], True, None
            continue
        if header is None or not cells:
            continue
        level = next((k for k, c in enumerate(names) if _LEVEL_HEAD.fullmatch(c) is not None), None)
        if level is not None:
            close()
            begin, end, cell = cells[level]
            points = _LEVEL_HEAD.fullmatch(cell)
            if not facts:
                facts.update((f.q.start, f) for s in doc.sentences for f in s.facts)
            found = next(
                (
                    f
                    for k in range(begin, end)
                    if (f := facts.get(k)) is not None
                    and points is not None
                    and f.q.text.removesuffix("分") == points.group("points")
                ),
                None,
            )
            head = None if found is None else _as_points(found)
            weights, sure, cut = [], True, None
            cells, names = cells[level + 1 :], names[level + 1 :]
            if not cells:
                continue
        if head is None:
            continue
        if any(c in _TOTAL_ROW or c in _LEVEL_ROW for c in names):
            close()
            head = None
            continue
        if cut is None and any(c in _EITHER_LEVEL_ROW for c in names):
            cut = len(weights)
        if _ELIDED_ROW.fullmatch(names[0]) is not None:
            sure = False  # rows left out of the copy
            continue
        k, certain = _row_weight(names, *header)
        sure = sure and certain
        if k is not None:
            f = facts.get(cells[k][0])
            if f is None:
                sure = False
            else:
                weights.append(_as_points(f))
    close()


# (a total word cut to 总 right before its figure names the total too: "…调出资金1.1亿元,支出总378.9
# 亿元收支总量相抵结转下年11.6亿元")
# (a government's 总财力, 可用财力: all it had to spend, the money-in side of its statement:
# "2022年我区总财力为332057万元,…。2022年我区总支出为312497万元,…。收支相抵,年终结转结余19570万元")
_TOTAL_IN = re.compile(r"收入(?:合计|总计|总量|总(?:为)?$)|总收入|总财力|可用财力")
_TOTAL_OUT = re.compile(r"支出(?:合计|总计|总量|总(?:为)?$)|总支出")


# "首季市本级完成政府采购预算…", "县(区)政府采购预算…": the scope a sentence opens with, a part
# of the whole place (its own level, and the levels under it)
_OWN_LEVEL = re.compile(r"(?:[省市县区]本级|本级)")
# (each alternative opens with a character, 各 spelt out rather than optional: the engine scans
# a whole text for those four characters instead of trying every alternative at every position;
# the alternatives with 各 first, as the optional 各 was tried first)
_LOWER_LEVELS = re.compile(r"各县\(区\)|各县区|各区县|各乡镇|县\(区\)|县区|区县|县级|乡镇")
# the whole: "全市…", or a place named before the figure ("广西壮族自治区百色市完成…")
# (two characters before 省/市/县, not "{2,}": only whether one is there matters, and a long
# run of characters is then scanned once, not once from each of its characters)
_WHOLE_PLACE = re.compile(r"全[省市县区]|[\u4e00-\u9fff]{2}[省市县]")
_OTHER_SCOPE_WORDS = ("开发区", "新区", "园区", "高新区", "经开区", "管委会")
_SCOPE_REACH = 8  # sentences from the whole to its last part
_CORE_CUT = re.compile(r"^.*?(?:完成|实现)")


def _scope_of(doc: Document, s: Sentence) -> str | None:
    """ "own", "lower" or "whole": the scope a sentence's opening words (before its first
    figure) give its figures; None when they name none or several."""
    head = doc.text[s.start : s.facts[0].q.start] if s.facts else ""
    own = _OWN_LEVEL.search(head) is not None
    lower = _LOWER_LEVELS.search(head) is not None
    if own and lower:
        return None
    if own:
        return "own"
    if lower:
        return "lower"
    return "whole" if _WHOLE_PLACE.search(head) is not None else None


def _core(subject: str) -> str:
    """A subject without the scope and verb before it ("首季市本级完成政府采购" → 政府采购)."""
    core = _CORE_CUT.sub("", subject)
    for pattern in (_OWN_LEVEL, _LOWER_LEVELS):
        m = pattern.match(core)
        if m is not None:
            core = core[m.end() :]
    return core


def _scope_sums(doc: Document, out: list[Claim]) -> None:
    """ "…百色市完成政府采购预算为10.56亿元,实际采购金额为9.14亿元…。…首季市本级完成政府采购
    预算1.68亿元,实际采购金额1.48亿元…。县(区)政府采购预算8.47亿元,实际采购金额7.66亿元…":
    a figure of the whole place, then the same figure of its own level (本级) and of the levels
    under it (县(区), 乡镇), in the sentences after it: the two add up to the whole (a weak
    reading: found by the words). Not read when another scope (开发区, 园区…) is named."""
    text = doc.text
    # (_LOWER_LEVELS needs 县, 区 or 乡镇; the other scopes' words are looked for as strings,
    # and only here: a pattern of alternatives scanned a whole report without a match in about
    # 0.1 ms, and in _has's scan they cost more hits than they saved searches)
    if not _has(doc, "本级") or not ("县" in text or "区" in text or _has(doc, "乡镇")):
        return
    if _LOWER_LEVELS.search(text) is None or any(w in text for w in _OTHER_SCOPE_WORDS):
        return
    sentences = doc.sentences
    # A whole is looked for only within reach before a sentence that opens with 本级 (one
    # string search each), and each sentence's scope is worked out once.
    owns = [
        s.index
        for s in sentences
        if s.facts and text.find("本级", s.start, s.facts[0].q.start) >= 0
    ]
    scopes: dict[int, str | None] = {}

    def scope_of(k: int) -> str | None:
        if k not in scopes:
            t = sentences[k]
            scopes[k] = _scope_of(doc, t) if t.facts else None
        return scopes[k]

    for i in sorted({j for k in owns for j in range(max(0, k - _SCOPE_REACH), k)}):
        s = sentences[i]
        if scope_of(i) != "whole":
            continue
        own: Sentence | None = None
        lower: Sentence | None = None
        for t in sentences[i + 1 : i + 1 + _SCOPE_REACH]:
            scope = scope_of(t.index)
            if scope == "own" and own is None:
                own = t
            elif scope == "lower" and lower is None and own is not None:
                lower = t
        if own is None or lower is None:
            continue
        for whole in s.facts:
            if whole.depth != 0 or whole.role not in (_VALUE, _CHANGE) or not whole.is_amount:
                continue
            core = _core(whole.subject)
            parts = []
            for t in (own, lower):
                same = [
                    f
                    for f in t.facts
                    if f.depth == 0
                    and f.role is whole.role
                    and f.q.unit.dimension is whole.q.unit.dimension
                    and f.phase == whole.phase
                    and _core(f.subject) == core
                ]
                if len(same) != 1:
                    break
                parts.append(same[0])
            if len(parts) != 2 or any(p.q.base >= whole.q.base for p in parts):
                continue
            r = Reading(
                "its own level and the levels under it",
                tuple(p.q for p in parts),
                linear((1, 1)),
                (1, 1),
            )
            out.append(_make("sum", whole, parts, [r], False, "whole = 本级 + 县(区)"))


def _own_statement(text: str, s: Sentence, at: int, facts: list[Fact]) -> list[Fact]:
    """The figures of ``facts`` after the last ';' of ``s`` before ``at`` when they hold money in
    and money out (_money_flow) both: a balance's own statement among several in one sentence
    ("…总收入3056万元,总支出3042万元,结转下年14万元;社保基金收入10.42亿元,支出8.07亿元,收支
    相抵,当年结余2.35亿元"); else all of ``facts`` ("…总收入3,287.9亿元;…总支出3,234.7亿元,收支
    相抵年终结转53.2亿元": the sides parted by the ';')."""
    semi = text.rfind(";", s.start, at)
    if semi < 0:
        return facts
    own = [f for f in facts if f.q.start > semi]
    flows = {_money_flow(f.label) for f in own if f.role is _VALUE and f.q.unit.is_money}
    return own if 1 in flows and -1 in flows else facts


def _balances(doc: Document, out: list[Claim]) -> None:
    text = doc.text
    section_start = 0
    for s in doc.sentences_with("相抵", "减去"):
        body = text[s.start : s.end]
        # a numbered heading (a line with no figure) since the sentence before starts a section
        for g in reversed(doc.sentences[max(section_start, s.index - 20) : s.index]):
            if not g.facts and _NUMBERED_HEADING.match(text, g.start, g.end):
                section_start = g.index + 1
                break
        # "…收入总计2347.3亿元,…;支出总计2171.5亿元,…;收支相抵,当年结余175.8亿元": the result is
        # the first amount after 相抵, and the sentence's own figures before it are of the
        # statement too
        offset = text.find("相抵", s.start, s.end)
        cut = s.start if offset < 0 else offset
        result = next(
            (f for f in s.facts if f.role is _VALUE and f.q.unit.is_money and f.q.start >= cut),
            None,
        )
        if result is not None and _OTHER_FACTORS.search(text, s.start, result.q.start):
            # "…支出5336543万元。考虑收回结余资金等因素,收支相抵,期末余额825590万元": what
            # else the balance holds is said and not printed
            result = None
        if result is not None:
            # (not the parts after a 其中: "全国财政收入68476.88亿元,…。其中:中央本级收入
            # 35896.14亿元,地方本级收入32580.74亿元。…收支相抵,差额9500亿元" nets the totals)
            facts = [
                f
                for g in doc.sentences[max(section_start, s.index - 20) : s.index + 1]
                for f in g.facts
                if f.role is _VALUE
                and f.q.unit.is_money
                and f.depth == 0
                and (g is not s or f.q.end <= cut)
                and not _part_after_qizhong(text, g, f)
            ]
            # "…国有资本经营预算总收入3056万元,总支出3042万元,…;社保基金收入10.42亿元,支出8.07亿元,
            # 收支相抵,当年结余2.35亿元": the statement of the clause after the last ';' when it
            # prints both sides of its own
            facts = _own_statement(text, s, cut, facts)
            if "减去" in body:
                m = re.search(r"([^,;。]{2,12}?)减去([^,;。]{2,12}?)后", body)
                if m is not None:
                    # the figures the two names before and after 减去 name
                    a, b = (
                        _lookup(
                            doc,
                            canonical(m.group(k))[0],
                            near=result,
                            dims=(_MONEY,),
                            before_only=True,
                            limit=1,
                        )
                        for k in (1, 2)
                    )
                    if a and b:
                        r = Reading("printed formula", (a[0].q, b[0].q), linear((1, -1)), (1, -1))
                        out.append(
                            _make(
                                "difference",
                                result,
                                [a[0], b[0]],
                                [r],
                                True,
                                "A − B as printed",
                            )
                        )
            else:
                readings = []
                # (总收入 and 总支出 too: "…,全市地方政府性基金总收入2,084,459万元。…总支出
                # 2,026,774万元。收支相抵后,政府性基金结余57,685万元")
                totals_in = [f for f in facts if _TOTAL_IN.search(f.label)]
                totals_out = [f for f in facts if _TOTAL_OUT.search(f.label)]
                inputs: list[Fact] = []
                if totals_in and totals_out:
                    t_in, t_out = totals_in[-1], totals_out[-1]
                    readings.append(
                        Reading("收入合计 − 支出合计", (t_in.q, t_out.q), linear((1, -1)), (1, -1))
                    )
                    inputs = [t_in, t_out]
                totals = [f for f in facts if _TOTAL_WORDS.search(f.label)]
                if not readings and len(totals) >= 2:
                    # "可用财力合计242.88亿元…支出…合计192.14亿元。收支相抵,…结余50.74亿元":
                    # the two totals before it, money in first
                    first, second = totals[-2], totals[-1]
                    readings.append(
                        Reading("the two totals", (first.q, second.q), linear((1, -1)), (1, -1))
                    )
                    inputs = [first, second]
                items = [f for f in facts if "合计" not in f.subject]
                ins: list[Fact] = []
                for k, f in enumerate(items):
                    if (
                        k
                        and ins
                        and ins[-1] is items[k - 1]
                        and (_BARE_TOTAL.fullmatch(f.label) or _TOTAL_IN.search(f.label))
                    ):
                        # "…收入5667411万元,加上…结转收入452212万元,共6119623万元": the total of
                        # the money in before it, which it stands for (so is one named so:
                        # "…调入资金115,742万元,…一般公共预算收入总计719,918万元")
                        ins = [f]
                    elif re.search(r"收入|结余|结转", f.subject) or _money_flow(f.label) > 0:
                        # (调入资金, 动用…基金 too)
                        ins.append(f)
                # (and what is set aside: "…上解上级支出37,508万元,安排预算稳定调节基金3,987
                # 万元,…。收支相抵,结转下年支出47,352万元")
                outs = [f for f in items if f.subject.endswith("支出") or _money_flow(f.label) < 0]
                if ins and outs and len(readings) < 2 and not (totals_in and totals_out):
                    signs = tuple([1] * len(ins) + [-1] * len(outs))
                    name = "income − spending"
                    if _SHORTFALL.search(result.label):
                        # "岁入656亿元,…岁出707亿元,岁入岁出相抵差短51亿元": a shortfall is the
                        # money out less the money in
                        signs, name = tuple(-k for k in signs), "money out − money in"
                    readings.append(
                        Reading(
                            name,
                            tuple(f.q for f in [*ins, *outs]),
                            linear(signs),
                            signs,
                        )
                    )
                    inputs = inputs or [*ins, *outs]
                if readings:
                    named = bool(totals_in and totals_out)
                    kind = "difference" if named else "balance"
                    # certain: the two totals named 收入合计 and 支出合计, or a short statement
                    # of items with no total among them
                    short = not totals and len(inputs) <= 6
                    if (
                        "赤字" in result.label
                        or "差额" in result.label
                        or _SHORTFALL.search(result.label)
                    ):
                        # "全国财政收入68476.88亿元,…全国财政支出75873.64亿元,…收支相抵,差额
                        # 9500亿元": a government's deficit counts the funds drawn in and set
                        # aside (调入, 稳定调节基金) besides the two figures: inferred only
                        short = False
                    out.append(
                        _make(kind, result, inputs, readings, named or short, "income − spending")
                    )
        section_start = s.index + 1


# a total named by its word alone, of the figures before it ("…,共6119623万元")
_BARE_TOTAL = re.compile(r"\s*[,;]?\s*(?:共|共计|合计|总计)(?:为|是|达)?约?(?:为)?\s*")
# "考虑收回结余资金等因素,收支相抵,…": a balance said to hold more than the two sides
_OTHER_FACTORS = re.compile(r"考虑[^。;]{0,20}因素")


def _part_after_qizhong(text: str, s: Sentence, f: Fact) -> bool:
    """Whether ``f`` is a part listed after a 其中 of its clause (from the last ';' before it, or
    its sentence's start); a total named as one (合计, 总计) is not."""
    clause = max(s.start, text.rfind(";", s.start, f.q.start) + 1)
    return text.find("其中", clause, f.q.start) >= 0 and _TOTAL_WORDS.search(f.label) is None


# "当年收支结余1,522万元", "当期结余251702.49元" (a fund's balance of the period): what came in
# less what went out, by the figures printed before it
# (not what makes a gap good: "用事业基金弥补收支差额0万元" is a source of funds)
_NET_BALANCE = re.compile(r"(?:(?<!弥补)收支(?:结余|差额)|(?:当期|本期)结余)(?:为|是)?$")
# what a balance is: the money in less the money out (_net_balances, _check_list)
_INCOME_LESS_SPENDING = "income − spending"


def _flow_stem(subject: str) -> str:
    """A subject without its direction: "一般公共预算财政总" of "一般公共预算财政总收入"."""
    return _TOTAL_SUFFIX.sub("", subject)[:-2]


def _net_balances(doc: Document, out: list[Claim]) -> None:
    """ "…一般公共预算财政总收入380,869万元,…。一般公共预算财政总支出379,347万元,…。当年收支结余
    1,522万元": a balance named 收支结余 (收支差额) is the last figure in less the last figure out
    printed before it in its paragraph (:func:`_earlier_values`), when the two name the same
    thing (a weak reading: their pairing is inferred). A sentence that says how (相抵, 减去) is
    read by :func:`_balances`."""
    text = doc.text

    def after_qizhong(g: Fact) -> bool:
        # a figure after a 其中 of its sentence, unless a ';' closed a list of figures parted by
        # ',' before it ("基金收入48011.08万元,其中保险费征缴39356.33万元,…,利息等收入583.16万元;
        # 支出40331.64万元;当年收支结余7679.44万元": 支出 is no part; "其中:保险费收入28088亿元;
        # 财政补贴收入8212亿元" parts its items by ';')
        sentence = doc.sentences[g.sentence]
        at = text.rfind("其中", sentence.start, g.q.start)
        if at < 0:
            return False
        semi = text.find(";", at, g.q.start)
        return (
            semi < 0
            or sum(1 for h in sentence.facts if at < h.q.start < semi and h.role is _VALUE) < 2
        )

    for s in doc.figured:
        for f in s.facts:
            if (
                f.role is not _VALUE
                or f.depth
                or not f.q.unit.is_money
                or not _NET_BALANCE.search(f.label)
            ):
                continue
            body = text[s.start : s.end]
            if "相抵" in body or "减去" in body:
                continue
            # The nearest figure in and out, and the nearest of each that is no part after a 其中:
            # "收入37667亿元,其中:保险费收入28088亿元;…。支出32581亿元。本年收支结余5086亿元" is of
            # the wholes; "…,其中:职工统筹基金收入5640.86万元,支出3439.39万元,收支结余2201.47万元"
            # of the parts before it; "基金收入41.89亿元,…其中统筹基金收入30.30亿元;基金支出
            # 28.63亿元,…其中统筹基金支出15.82亿元;当期结余13.26亿元" may be of either: both are
            # readings. (Both sides' 其中 lists may stand between the balance and the money in:
            # twice the reach of a named ratio.)
            near: dict[str, Fact] = {}
            whole: dict[str, Fact] = {}
            for g in reversed(_earlier_values(doc, f, 2 * _RATIO_REACH)):
                if g.phase == "budget" or g.q.unit is not f.q.unit:
                    continue
                flow = _flow(g.subject)
                if not flow:
                    continue
                near.setdefault(flow, g)
                if flow not in whole and not after_qizhong(g):
                    whole[flow] = g
                if len(whole) == 2:
                    break
            pairs: list[tuple[Fact, Fact]] = []
            for sides in (near, whole):
                if len(sides) < 2:
                    continue
                t_in, t_out = sides["in"], sides["out"]
                if (
                    t_in.sentence != t_out.sentence
                    and (after_qizhong(t_in) or after_qizhong(t_out))
                ) or after_qizhong(t_in) != after_qizhong(t_out):
                    continue  # (a part of one side, printed apart from the other: no pair)
                if any(
                    after_qizhong(g) and text.find("其中", g.q.end, f.q.start) >= 0
                    for g in (t_in, t_out)
                ):
                    # "…其中统筹基金收入30.30亿元;基金支出28.63亿元,…其中统筹基金支出15.82亿元;
                    # 当期结余13.26亿元": a part of an earlier 其中 than the balance's own
                    continue
                a, b = _flow_stem(t_in.subject), _flow_stem(t_out.subject)
                if (a.endswith(b) or b.endswith(a)) and (t_in, t_out) not in pairs:
                    pairs.append((t_in, t_out))
            if not pairs:
                continue
            readings = [
                Reading("money in − money out", (t_in.q, t_out.q), linear((1, -1)), (1, -1))
                for t_in, t_out in pairs
            ]
            inputs = list(dict.fromkeys(g for pair in pairs for g in pair))
            out.append(_make("balance", f, inputs, readings, False, _INCOME_LESS_SPENDING))


def _earlier_values(doc: Document, f: Fact, reach: int | None = None) -> list[Fact]:
    """The plain figures (no change, rate or share) printed before ``f`` at its depth in its
    paragraph, the last ``reach`` figures at the most, in text order: where a figure
    printed by a name (a named ratio or difference, a 收支结余) finds what it is computed from
    (by default ``_RATIO_REACH``)."""
    paragraph = doc.sentences[f.sentence].paragraph
    return [
        g
        for g in doc.facts[max(0, f.index - (_RATIO_REACH if reach is None else reach)) : f.index]
        if g.role is _VALUE
        and g.depth == f.depth
        and doc.sentences[g.sentence].paragraph == paragraph
    ]


# A 部门决算's 收支总表 by definition: 收入总计 = 本年收入合计 + 年初结转和结余 (+ 使用非财政拨款
# 结余, 用事业基金弥补收支差额); 支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余. Reports print
# the parts in the paragraphs after the 总计 ("1.总体情况。…收入总计16062.73万元,支出总计16062.73
# 万元。…2.收入情况。…收入合计10911万元,…。此外,年初结转和结余5151.74万元。3.支出情况。…").
_GRAND_TOTAL_OF = {
    "收入": (
        # (本年收入 too: "(一)收入总计主要构成。↵本年收入452.18万元。↵使用非财政拨款结余…")
        re.compile(r"(?:收入合计|本年收入)(?:为|是|数)?$"),
        re.compile(
            r"(?:年初|上年)结转(?:和|及)?结余(?:为|是)?$|年初结余(?:为|是)?$"
            r"|使用非财政拨款结余(?:为|是)?$|用事业基金弥补收支差额(?:为|是)?$"
        ),
    ),
    "支出": (
        re.compile(r"(?:支出合计|本年支出)(?:为|是|数)?$"),
        re.compile(r"结余分配(?:为|是)?$|年末结转(?:和|及)?结余(?:为|是)?$|年末结余(?:为|是)?$"),
    ),
}
_SIDE_TOTAL = re.compile(r"(收入|支出)总计(?:为|是|数)?$")
# (not 非财政拨款: "使用非财政拨款结余8.46万元" is carried into the whole's 收入总计)
_FUND_WORDS = re.compile(r"(?<!非)财政拨款|一般公共预算|政府性基金|国有资本经营")


def _grand_totals(doc: Document, out: list[Claim]) -> None:
    """A 收入总计 (支出总计) and its standard parts printed in the paragraphs after it: the
    本年收入合计 (支出合计) and what is carried in (out); a weak claim, made only when the 合计
    and one carried figure at least are printed."""
    if not _has(doc, "总计"):
        return
    facts = doc.facts
    for f in facts:
        if f.role is not _VALUE or not f.q.unit.is_money or f.depth or f.in_table:
            continue
        m = _SIDE_TOTAL.search(f.label)
        if m is None:
            continue
        main_pattern, carried_pattern = _GRAND_TOTAL_OF[m.group(1)]
        fund = _FUND_WORDS.search(f.label)
        main: Fact | None = None
        carried: list[Fact] = []
        for g in _after(facts, f.index + 1):
            if g.sentence > f.sentence + 12:
                break
            if g.role is _VALUE and (other := _SIDE_TOTAL.search(g.label)) is not None:
                if other.group(1) == m.group(1):
                    break  # another statement's total of the same side
                continue
            if g.role is not _VALUE or g.depth or g.q.unit is not f.q.unit or g.in_table:
                continue
            own = _FUND_WORDS.search(g.label)
            if (own and own.group()) != (fund and fund.group()):
                continue  # 财政拨款收入合计 is not the whole's
            if main is None and main_pattern.search(g.label):
                main = g
            elif carried_pattern.search(g.label) and all(
                c.q.text != g.q.text or c.label != g.label for c in carried
            ):
                carried.append(g)
        if main is None or not carried:
            continue
        parts = [main, *carried]
        signs = tuple(1 for _ in parts)
        r = Reading("the 合计 and what is carried", tuple(p.q for p in parts), linear(signs), signs)
        out.append(_make("sum", f, parts, [r], False, "总计 = 本年合计 + 结转和结余"))


# The same 收支总表 read for what is carried to next year: 年末结转和结余 = 年初结转和结余 +
# 本年收入合计 (+ 使用非财政拨款结余) − 本年支出合计 − 结余分配, printed in the paragraphs before
# it ("2.收入情况。…收入合计710.44万元,…此外,…年初结转和结余91.68万元。3.支出情况。…支出合计
# 700.11万元,…此外,结余分配0.00万元。4.结转结余情况。…年末结转和结余102.02万元").
# (资金 may follow: "上年结转和结余资金为98.45万元,本年收入1095.76万元,支出1193.35万元,…,年末结转和
# 结余资金为5862.89万元", whose 支出 is named alone after 本年收入)
_YEAR_END = re.compile(r"年末结转(?:和|及)?结余(?:资金)?(?:为|是)?$|年末结余(?:为|是)?$")
_CARRY_PARTS: tuple[tuple[re.Pattern[str], int, bool], ...] = (
    # (the label's end, its sign, required)
    (re.compile(r"(?:收入合计|本年收入)(?:为|是|数)?$"), 1, True),
    (
        re.compile(r"(?:年初|上年)结转(?:和|及)?结余(?:资金)?(?:为|是)?$|年初结余(?:为|是)?$"),
        1,
        True,
    ),
    (re.compile(r"使用非财政拨款结余(?:和专用结余)?(?:为|是)?$"), 1, False),
    (re.compile(r"用事业基金弥补收支差额(?:为|是)?$"), 1, False),
    (re.compile(r"(?:支出合计|本年支出|^[,;]?支出)(?:为|是|数)?$"), -1, True),
    (re.compile(r"结余分配(?:为|是)?$"), -1, False),
)


def _carried_balances(doc: Document, out: list[Claim]) -> None:
    """A 年末结转和结余 against the 本年收入合计, 本年支出合计 and 年初结转和结余 printed in the
    paragraphs before it (and 使用非财政拨款结余, 结余分配 when printed); a weak claim."""
    if not _has(doc, "年末"):
        return
    facts = doc.facts
    claimed = {id(c.printed) for c in out if c.kind in ("balance", "difference")}
    for f in facts:
        if (
            f.role is not _VALUE
            or not f.q.unit.is_money
            or f.depth
            or f.in_table
            or id(f) in claimed
            or _YEAR_END.search(f.label) is None
        ):
            continue
        fund = _FUND_WORDS.search(f.label)
        found: list[Fact | None] = [None] * len(_CARRY_PARTS)
        for g in _back(facts, f.index):
            if g.sentence < f.sentence - 15:
                break
            if g.role is not _VALUE or g.depth or g.q.unit is not f.q.unit or g.in_table:
                continue
            if _YEAR_END.search(g.label):
                break  # another statement's
            own = _FUND_WORDS.search(g.label)
            if (own and own.group()) != (fund and fund.group()):
                continue  # 财政拨款收入合计 is not the whole's
            for k, (pattern, _, _) in enumerate(_CARRY_PARTS):
                if found[k] is None and pattern.search(g.label):
                    found[k] = g
                    break
        if any(g is None and needed for g, (_, _, needed) in zip(found, _CARRY_PARTS, strict=True)):
            continue
        parts = [g for g in found if g is not None]
        signs = tuple(sign for g, (_, sign, _) in zip(found, _CARRY_PARTS, strict=True) if g)
        r = Reading("年初 + 收入 − 支出", tuple(p.q for p in parts), linear(signs), signs)
        out.append(_make("balance", f, parts, [r], False, "年末 = 年初 + 收入 − 支出"))


# "收入合计42.5亿元,支出19.43亿元,年终结余23.07亿元": the balance after the money in and out.
# The words of a balance (a document without any has none to check)
_BALANCE_WORDS = (
    "结余",
    "收支差额",
    "短数",
    "短差",
    "差短",
    "短绌",
    "余绌",
    "亏损",
    "剩余",
    "结转下年",
    "净利",
    "賸余",
    "结存",
)
_BALANCE_LABEL = re.compile(
    r"(?:年终|年度?末|期末)(?:滚存)?结余|滚存结余|(?<!弥补)收支差额$"
    # "基金总收入30922.17亿元,…;总支出24597.24亿元,…;当期结存6324.93亿元,累计结存…": the
    # period's own balance (a 累计结存 adds the years before)
    r"|(?:当期|当年|本年)结存(?:为|是)?$"
    r"|(?:短|差短|余绌|亏损|剩余)(?:数|差|绌)?(?:为|计)?$"
    # "本期淨利(賸餘)110億元" (a fund's net income; 賸 is left as printed by the converter)
    r"|(?:净利|賸余)(?:\((?:賸余|剩余|亏损)\))?(?:为|计)?$"
    # "收入1237万元,安排支出1169万元,结转下年使用68万元"
    r"|^[,;。]?结转下年(?:度)?(?:使用|继续使用)?(?:资金)?(?:为|是)?$"
)
# "收入合计18,4055,000元,成本合计33,4337,000元,收支相抵短数15,0282,000元", "歲入歲出差短數3億
# 1,107萬1千元", "相抵後虧損1億4,833萬4千元": a shortfall (a loss) is the money out less the money
# in.
_SHORTFALL = re.compile(r"(?:短|差短|亏损)(?:数|差|绌)?(?:为|计)?$")
# (and the money at hand, raised or available: "可用资金", "可供安排…公益金", "共筹集…公益金")
_MONEY_IN = re.compile(
    r"收入|岁入|上年结余|上年结转|年初结转|调入|留用|转贷|动用[^,;。]{0,6}基金|可用|可供安排|筹集"
)
_MONEY_OUT = re.compile(r"支出|岁出|成本|调出|上解|还本|(?:安排|补充)[^,;。]{0,6}基金|结转下年")
_ENDS_IN = re.compile(r"(?:收入|岁入)(?:合计|总计|总额)?$")
_ENDS_OUT = re.compile(r"(?:支出|岁出)(?:合计|总计|总额)?$")


def _money_flow(label: str) -> int:
    """Which side of a balance statement a figure stands on: +1 money in (收入, 上年结余, 调入,
    动用…基金), -1 money out (支出, 调出, 上解, 还本, 安排…基金), 0 neither or both. The last word
    decides first: "下级上解收入" is money in, "上解上级支出" money out."""
    if _ENDS_IN.search(label):
        return 1
    if _ENDS_OUT.search(label):
        return -1
    into, out_of = _MONEY_IN.search(label), _MONEY_OUT.search(label)
    if into and not out_of:
        return 1
    if out_of and not into:
        return -1
    return 0


# "全区一般公共预算收入35.01亿元,上级补助收入11.96亿元,…,调入资金229万元。一般公共预算支出
# 30.09亿元,上解上级支出11.30亿元,…。收入合计55.60亿元,支出合计49.10亿元,年终结余6.50亿元": a
# 收入合计 (支出合计) of a balance statement is the sum of the money in (out) printed before it
# in its paragraph. A plain "支出" after a 收入合计 in the same sentence is that statement's
# 支出合计.
_STATEMENT_TOTAL = re.compile(r"(?:收入|支出)(?:合计|总计)$")
# The grades of an evaluation, each the last word of a count's name ("自评结果“优秀”1812个",
# "评价结论为“良”的8个", "评价等级为“优”有37个"), and the grades a run of them opens with (the
# best it names)
# (and the items so graded, counted with 有 or 计: "等级为“优”的项目计6个", "评为良好的单位有3个")
_GRADE_END = re.compile(
    r"(优秀|优|良好|良|中等|中|合格|一般|较差|差|不合格)(?:的?(?:项目|单位|部门))?(?:有|计)?$"
)
_TOP_GRADES = frozenset({"优秀", "优", "良好", "良"})


def _grade_counts(doc: Document, lists: list[_List]) -> None:
    """ "…上报…绩效自评2630个,…。单位自评结果“优秀”1812个、“良好”171个、“中”536个、“差”111个":
    counts of one measure word named by grades of an evaluation, two or more in a row, each
    grade once, the first a top one (优秀, 良好…), sort the evaluated items by grade: they are
    the parts of the count of that measure word printed last before them, in their sentence or
    the one before it in the paragraph (a weak reading: no 其中 says so). A run already a
    list's parts is left to that list."""
    text = doc.text
    if "优" not in text and "良" not in text:
        return
    taken = {id(p) for lst in lists for p in lst.parts}
    for s in doc.sentences:
        facts = s.facts
        k = 0
        while k < len(facts):
            f = facts[k]
            grade = _GRADE_END.search(f.subject) if f.q.counter and f.role is _VALUE else None
            if grade is None or grade[1] not in _TOP_GRADES:
                k += 1
                continue
            run, grades = [f], {grade[1]}
            k += 1
            while k < len(facts):
                g = facts[k]
                m = _GRADE_END.search(g.subject) if g.role is _VALUE else None
                if m is None or g.q.counter != f.q.counter or g.depth != f.depth:
                    break
                if m[1] in grades:
                    break
                run.append(g)
                grades.add(m[1])
                k += 1
            if len(run) < 2 or any(id(p) in taken for p in run):
                continue
            total = _graded_total(doc, s, run[0])
            if total is not None:
                lists.append(_List(total, run, [], False))


def _graded_total(doc: Document, s: Sentence, first: Fact) -> Fact | None:
    """The count of ``first``'s measure word printed last before it, in its sentence or the one
    before it in the paragraph, itself named by no grade."""
    before = [g for g in s.facts if g.q.start < first.q.start]
    if s.index > 0 and doc.sentences[s.index - 1].paragraph == s.paragraph:
        before = [*doc.sentences[s.index - 1].facts, *before]
    for g in reversed(before):
        if g.q.counter == first.q.counter:
            if g.role is not _VALUE or _GRADE_END.search(g.subject) is not None:
                return None
            return g
    return None


_STATEMENT_REACH = 8


def _statement_totals(doc: Document, lists: list[_List]) -> None:
    """Totals of a balance statement: each side's items since the paragraph began (weak)."""
    if not _has(doc, "合计", "总计"):
        return
    listed = {id(lst.total) for lst in lists}
    # each listed part's lists, by their totals' ends (the lists read before this reader)
    owners: dict[int, list[int]] = {}
    for lst in lists:
        for p in lst.parts:
            owners.setdefault(id(p), []).append(lst.total.q.end)
    for s in doc.figured:
        for i, total in enumerate(s.facts):
            if total.role is not _VALUE or not total.q.unit.is_money or total.depth > 0:
                continue
            if id(total) in listed:
                continue
            side = _money_flow(total.label)
            named = _STATEMENT_TOTAL.search(total.label) is not None
            after_other = (
                total.label in ("支出", "收入")
                and _first_statement_totals(doc, s).get(-side, i) < i
            )
            if not named and not after_other:
                continue
            # back to a heading (or the paragraph's start when the figures run on), at most
            # _STATEMENT_REACH sentences: a statement printed a sentence a line is one statement
            first = s.index
            while first > max(0, s.index - _STATEMENT_REACH):
                prev = doc.sentences[first - 1]
                if not prev.facts and _NUMBERED_HEADING.match(doc.text, prev.start):
                    break
                if prev.paragraph != s.paragraph and not doc.text[prev.start : prev.end].rstrip(
                    " \n"
                ).endswith("。"):
                    break
                if (
                    prev.paragraph != doc.sentences[first].paragraph
                    and first >= 2
                    and doc.sentences[first - 2].paragraph == prev.paragraph
                ):
                    # "…941.5亿元,…。…。↵↵民生支出依然是重点。1月份,全省民生支出合计738亿元": a
                    # paragraph of several sentences before is no line of the statement (one a
                    # line)
                    break
                first -= 1
            # The side's items since the statement began: back from the total to where one
            # begins (only the items after the last such place count, and a long sentence of
            # statements is walked back over its own statement only, not from its start)
            parts: list[Fact] = []
            for t in reversed(doc.sentences[first : s.index + 1]):
                if _statement_items_back(t.facts, i if t is s else len(t.facts), side, parts):
                    break
            if len(parts) >= 2:
                parts.reverse()
                if _parts_of_earlier_list(owners, parts):
                    continue
                lists.append(_List(total, parts, [], False))


def _parts_of_earlier_list(owners: dict[int, list[int]], parts: list[Fact]) -> bool:
    """Whether ``parts`` are all among the parts of one list whose total is printed before them
    ("本年支出合计519.07万元,其中基本支出401.91万元,…;项目支出117.16万元,…。…财政拨款…支出总计
    500.12万元": that list's items, not the later total's). ``owners``: the ends of the totals
    of each part's lists, by the part's id (a list is known by its total's end)."""
    start = parts[0].q.start
    common: set[int] | None = None
    for p in parts:
        ends = {end for end in owners.get(id(p), ()) if end <= start}
        common = ends if common is None else common & ends
        if not common:
            return False
    return True


def _statement_items_back(facts: list[Fact], end: int, side: int, parts: list[Fact]) -> bool:
    """Walk ``facts`` back from the one before ``end``, adding to ``parts`` the items of
    ``side``'s money (last first), until a statement begins: a figure of another kind, a
    balance, a figure of neither side, or an earlier total of this side (which closes its own
    items). True when one did."""
    for k in range(end - 1, -1, -1):
        g = facts[k]
        if g.depth != 0 or g.role is not _VALUE:
            continue
        if not g.q.unit.is_money or _BALANCE_LABEL.search(g.label):
            return True
        flow = _money_flow(g.label)
        if flow == 0:
            return True
        if _TOTAL_WORDS.search(g.label):
            if flow == side:
                return True
        elif flow == side:
            parts.append(g)
    return False


def _first_statement_totals(doc: Document, s: Sentence) -> dict[int, int]:
    """The index in ``s`` of its first 收入合计 (+1) and 支出合计 (-1), by side, found once per
    sentence ("收入合计…,支出…": a plain 支出 after the other side's total is this side's)."""
    memo = cast("dict[int, dict[int, int]] | None", doc.memo.get("statement totals"))
    if memo is None:
        memo = doc.memo["statement totals"] = {}
    found = memo.get(s.index)
    if found is None:
        found = memo[s.index] = {}
        for k, g in enumerate(s.facts):
            if _STATEMENT_TOTAL.search(g.label):
                found.setdefault(_money_flow(g.label), k)
    return found


# "…一般公共预算收入预计完成39.1亿元…。加上税收返还和转移支付等资金27.23亿元,上年结转5.45亿元,
# …,一般公共预算总收入预计为104.05亿元": the figure before 加上, plus the figures after it,
# is the total that closes the list (in its sentence or opening the next).
# "差短數103.84億元,連同債務還本66億元,還需要融資調度169.84億元": 连同 adds as 加上 does, and
# what must be financed (融资调度) is the total of the shortfall and the debt repaid
# "…收入安排306.74亿元,增长5%;加税收返还和转移支付补助…等317.56亿元,总收入624.3亿元": a bare 加
# opening a clause adds too (not the verbs 加强, 加快, 加大…)
_ADDED_ON = re.compile(r"加上|连同|(?<=[;,])加(?![强快大速工入以之计班油紧深固码装重挂密宽厚温热])")
_PLUS_TOTAL = re.compile(r"总收入|总支出|总量|合计|总计|总额|融资调度")


def _base_named_by(doc: Document, s: Sentence, at: int) -> Fact | None:
    """The figure printed in an earlier sentence that the opening of ``s`` (up to the 加 at
    ``at``) names, when the sentence prints none before it."""
    opening = re.split(r"[,:]", doc.text[s.start : at].strip(" ,:"))[-1]
    name = canonical(opening)[0]
    if not s.facts or len(opening) < 4 or len(name) < 4:
        return None  # ("本年收入" is 收入: too general a name to look up)
    found = [
        g
        for g in _lookup(doc, name, near=s.facts[0], dims=(_MONEY,), before_only=True)
        if g.sentence < s.index and g.subject.endswith(name) and g.depth == 0
    ]
    return found[0] if found else None


def _other_way(base: Fact, total: Fact) -> bool:
    """Whether money added to ``base`` cannot make ``total``: one is income, the other spending
    ("本年支出预算数654.83亿元,…。另外,…,加上地方上缴的中央调剂基金收入2413.30亿元,收入总量
    3002.97亿元")."""
    flow = _flow(total.subject)
    return bool(flow) and _flow(base.subject) not in ("", flow)


def _plus_totals(doc: Document, out: list[Claim]) -> None:
    """A figure, then 加上 and more figures, then their total: a sum (a weak claim)."""
    text = doc.text
    # (",加" and ";加" by string searches: a comma, at every clause of a text, would be a hit of
    # _has's scan each)
    if not _has(doc, "加上", "连同") and ",加" not in text and ";加" not in text:
        return
    # the sentences with a match, found by one scan of the text (a report has a few, and its
    # every 增加 has a 加: a test per sentence cost more than the reading)
    starts = [s.start for s in doc.sentences]
    hits: dict[int, re.Match[str]] = {}
    for word in ("加", "连同"):
        # (the pattern tried where its first character is, not at every position)
        i = text.find(word)
        while i >= 0:
            m = _ADDED_ON.match(text, i)
            if m is not None:
                j = bisect.bisect_right(starts, i) - 1
                if j >= 0 and i < doc.sentences[j].end and (j not in hits or i < hits[j].start()):
                    hits[j] = m
            i = text.find(word, i + 1)
    hits = dict(sorted(hits.items()))
    for j, m in hits.items():
        s = doc.sentences[j]
        money = [f for f in s.facts if f.role is _VALUE and f.q.unit.is_money and f.depth == 0]
        before = [f for f in money if f.q.end <= m.start()]
        after = [f for f in money if f.q.start >= m.end()]
        named_base = None
        if not before and len(text[s.start : m.start()].strip(" ,:")) >= 4:
            # "县级一般公共预算收入加上…补助收入124392万元、…,收入合计231838万元": the figure the
            # opening names (73220, printed in the sentence before), not that sentence's head
            named_base = _base_named_by(doc, s, m.start())
        if before:
            base = before[-1]
        elif named_base is not None:
            base = named_base
        elif s.index > 0:
            heads = [
                f
                for f in _figured_before(doc, s).facts
                if f.role is _VALUE and f.q.unit.is_money and f.depth == 0
            ]
            if not heads:
                continue
            base = heads[0]
        else:
            continue
        # the first figure after 加上 named a total (its sentence may go on: "…,還需要融資調度
        # 169.84億元,以移用…69.84億元…")
        at = next((k for k, g in enumerate(after) if _names_total(_PLUS_TOTAL, g.label)), None)
        total = after[at] if at is not None and at > 0 else None
        parts = after[:at] if total is not None else after
        if total is None:
            total = _total_opening_next(doc, s)
        if total is None or not parts:
            continue
        if _other_way(base, total):
            continue
        inputs = [base, *parts]
        signs = tuple([1] * len(inputs))
        r = Reading(
            "the figure and what is added to it", tuple(f.q for f in inputs), linear(signs), signs
        )
        out.append(_make("sum", total, inputs, [r], False, "the figure plus what is added"))


# "一般公共预算收入扣减体制结算上缴25.2亿元,加上体制结算返还5.6亿元,当年体制既得财力135.4亿元。
# 经批准调入预算稳定调节基金7亿元和政府性基金10亿元,扣减用于偿还一般债券本金1亿元,当年本级一般
# 公共预算财力151.4亿元": a figure carried on, plus what is added and less what is deducted, is
# the figure that ends the sentence.
# (not 附加, a surcharge's or relief's name: "教育费附加", "专项附加扣除")
_ADD_VERB = re.compile(r"加上|(?<![增附])加(?=[^\d,;。]{0,12}$)|调入")
# "…13.83亿元,减一般公共预算总支出13.6亿元": a bare 减 opening a clause deducts (not 减少/减收)
# names of tax reliefs that hold 扣除 (vocabulary.RELIEF_NAMES), no verb of deducting
_RELIEFS = re.compile("|".join(RELIEF_NAMES))
_DEDUCT_VERB = re.compile(r"扣减|减去|扣除|扣|(?:^|[,;])\s*减(?![少收支免])")
_JOIN_PREVIOUS = re.compile(r"^\s*(?:和|及|与|、)")
_PRINTED_FORMULA = re.compile(r"(?:减去|扣除|加上)[^,;。\d]{1,20}?后")
# (each alternative opens with a character, not a class: the engine scans for those few
# characters instead of trying every alternative at every position of a text)
_RUNNING_VERB = re.compile(r"加上|扣减|减去|扣除|,\s*减(?![少收支免])|;\s*减(?![少收支免])")


_A_DIGIT = re.compile(r"\d")


def _running_sums(doc: Document, out: list[Claim]) -> None:
    """A carried figure, then figures added (加上, 调入) and deducted (扣减, 减去), then their
    result at the end of the sentence: a signed sum (a weak claim: the signs are read from the
    verbs)."""
    text = doc.text
    # Each word of _RUNNING_VERB has 减, 加上 or 扣除: three string searches before the pattern
    # (whose "[,;]\s*减" is tried at every ',' and ';' of the text)
    if not ("减" in text or _has(doc, "加上", "扣除")) or _RUNNING_VERB.search(text) is None:
        return
    for s in doc.sentences_with("减", "加上", "扣除"):  # (every word of _RUNNING_VERB has one)
        if _RUNNING_VERB.search(text, s.start, s.end) is None:
            continue
        if _PRINTED_FORMULA.search(text, s.start, s.end) is not None:
            # "财政拨款收入减去基本支出后结余20万元,2024年…预算120万元": the figure after 后 is the
            # printed formula's result (claims._balances), and what follows is no more of it
            continue
        money = [f for f in s.facts if f.role is _VALUE and f.q.unit.is_money and f.depth == 0]
        if len(money) < 2:
            continue
        result = money[-1]
        if _RUNNING_VERB.search(result.label) or _ADD_VERB.search(result.label):
            continue
        tail = text[result.q.end : s.end]
        if _TOTAL_WORDS.search(tail) is not None and _A_DIGIT.search(tail) is not None:
            # "…加上上解上级支出8亿元,…,其他政府性基金债务还本支出16.90亿元,支出总计151.46": a
            # total named after the last amount (its unit lost) is the result, not that amount
            continue
        items = money[:-1]
        lead = text[s.start : items[0].q.start]
        if _RUNNING_VERB.search(lead) or _ADD_VERB.search(lead):
            base = _carried(doc, s, lead, result)  # the sentence opens with what it adds to
            if base is None or _other_way(base, result):
                continue
            chain = [base, *items]
            signs = [1]
        else:
            chain = list(items)
            signs = [1]
            items = items[1:]
        last = chain[0].q.end if chain[0].sentence == s.index else s.start
        sign = 1
        verbed = len(chain) - len(items)  # the figures of the chain before the first verb
        for f in items:
            gap = text[max(last, s.start) : f.q.start]
            # the verb of a figure is in its own clause: "…25948万元(…),扣除留抵退税因素影响同比
            # 上年增长12.24%,…;②上级补助收入271231万元" deducts nothing (扣除 is of a factor, two
            # clauses before the figure)
            own = gap[max(gap.rfind(","), gap.rfind(";")) + 1 :]
            if "扣除" in own:
                own = _RELIEFS.sub("", own)  # ("专项附加扣除减税4.87亿元": a relief's name)
            if _DEDUCT_VERB.search(own):
                sign = -1
            elif _ADD_VERB.search(own) or _RUNNING_VERB.search(own):
                sign = 1
            elif not _JOIN_PREVIOUS.match(gap) and not re.match(r"\s*,", gap):
                break
            else:
                verbed += verbed == len(signs)  # (no verb yet: one more figure before it)
            signs.append(sign)
            last = f.q.end
        else:
            # "收入31,648亿元,支出30,128亿元,收支结余1,520亿元,扣除债务还本1,415亿元,结余105亿元":
            # a balance printed before the first verb nets the figures before it, and what
            # follows is added to or deducted from the balance
            k = next(
                (j for j in range(verbed - 1, 0, -1) if _BALANCE_NAME.search(chain[j].subject)),
                0,
            )
            chain, signs = chain[k:], signs[k:]
            if -1 not in signs and not any(_ADD_VERB.search(f.label) for f in items):
                continue  # no verb: a list, not a running sum
            if -1 not in signs and _total_named_elsewhere(doc, s, items):
                # "加上年结余收入16814万元,…,动用预算稳定调节基金5639万元。收入总计349000万元。": a
                # figure plus what is added, whose total is named (by one of the figures, or by
                # the next sentence's opening): its sum is _plus_totals', and the sentence's
                # last figure is one more item (or another statement's), not its result
                continue
            r = Reading(
                "the figure with what is added and deducted",
                tuple(f.q for f in chain),
                linear(signs),
                tuple(signs),
            )
            out.append(_make("sum", result, chain, [r], False, "added and deducted"))


def _total_named_elsewhere(doc: Document, s: Sentence, items: list[Fact]) -> bool:
    """Whether a figure added to in ``s`` has its total named by one of ``items`` or by the
    figure that opens the next sentence (the totals _plus_totals reads)."""
    return (
        any(_names_total(_PLUS_TOTAL, f.label) for f in items)
        or _total_opening_next(doc, s) is not None
    )


def _total_opening_next(doc: Document, s: Sentence) -> Fact | None:
    """The amount that opens the sentence after ``s`` when it names a total (_PLUS_TOTAL):
    "…,动用预算稳定调节基金5639万元。收入总计349000万元。"."""
    if s.index + 1 >= len(doc.sentences):
        return None
    lead = next((f for f in doc.sentences[s.index + 1].facts if f.depth == 0), None)
    if (
        lead is not None
        and lead.role is _VALUE
        and lead.q.unit.is_money
        and _PLUS_TOTAL.search(lead.label) is not None
    ):
        return lead
    return None


# "一般公共预算收入完成171,697万元,剔除上划市级收入71,238万元,区本级一般公共预算收入完成100,459
# 万元": a figure, what is taken out of it (剔除), and what is left, in one run of clauses
_TAKEN_OUT = re.compile(r"\s*,\s*剔除")
_CLAUSE_RUN = re.compile(r"[^;。\n]*")


def _net_of(doc: Document, s: Sentence) -> list[tuple[Fact, Fact, Fact]]:
    """(figure, taken out, left) in ``s``: three amounts of money in a row, the second after
    ", 剔除", the third in the same run of clauses."""
    text = doc.text
    money = [f for f in s.facts if f.role is _VALUE and f.q.unit.is_money and f.depth == 0]
    found = []
    for a, b, c in zip(money, money[1:], money[2:], strict=False):
        if _taken_out(text, a, b, c) and _CLAUSE_RUN.fullmatch(text, b.q.end, c.q.start):
            found.append((a, b, c))
    return found


def _taken_out(text: str, a: Fact, b: Fact, c: Fact) -> bool:
    """Whether ``b`` is printed as taken out of ``a`` (", 剔除"), all three in one unit: the
    test shared by the claim on what is left (_net_of) and the list that counts it once
    (_net_parts)."""
    return (
        a.q.unit is b.q.unit is c.q.unit and _TAKEN_OUT.match(text, a.q.end, b.q.start) is not None
    )


def _net_figures(doc: Document, out: list[Claim]) -> None:
    """What is left of a figure once a part is taken out (剔除) is their difference (a weak
    reading: the words say what is taken out, not that the next figure is the rest)."""
    if not _has(doc, "剔除"):
        return
    name, relation = "the figure less what is taken out", "the figure − what is taken out"
    formula = linear(_NET_SIGNS)
    for s in doc.figured:
        for a, b, c in _net_of(doc, s):
            inputs = (a.q, b.q)
            r = make_reading(name, inputs, formula, _NET_SIGNS)
            # the verdict worked out as linear_verdict works out a linear reading's (judge's own
            # steps, inline, for the plain agreement or disagreement of most): one per figure
            verdict = linear_verdict(name, inputs, _NET_SIGNS, c.q)
            out.append(_make("difference", c, [a, b], [r], False, relation, verdict))


_NET_SIGNS = (1, -1)  # the figure less what is taken out of it


# "上述三项共计173.96万元", "以上合计…": a total that opens its sentence and names the figures of
# the sentence before (how many, when it says)
_RECAP = re.compile(
    r"\s*(?:上述|以上)(?P<n>\d{1,2}|[一二两三四五六七八九十]{1,3})?(?:项|个|笔|类)?"
    r"(?:经费|资金|支出|收入|费用)?(?:共计|合计|总计|累计|共)(?:为|是|达)?$"
)


def _recaps(doc: Document, out: list[Claim]) -> None:
    """ "2018年因公出国(境)费154万元,公务用车购置以及运行费19万元,公务接待费0.96万元。上述三项共计
    173.96万元": a total opening its sentence with 上述/以上 is the sum of the amounts of the
    sentence before it in its paragraph — the last N of them when it says how many (a certain
    reading when exactly N are printed there), else all of them (a weak one)."""
    for s in doc.figured:
        if s.index == 0:
            continue  # (no sentence before the first)
        total = s.facts[0]
        if total.role is not _VALUE or not total.q.unit.is_money or total.depth:
            continue
        m = _RECAP.match(doc.text, s.start, total.q.start)
        if m is None:
            continue
        prev = doc.sentences[s.index - 1]
        if prev.paragraph != s.paragraph:
            continue
        amounts = [
            f
            for f in prev.facts
            if f.role is _VALUE and f.depth == 0 and f.q.unit.dimension is total.q.unit.dimension
        ]
        said = m.group("n")
        n = None if said is None else (int(said) if said.isdecimal() else numeral_value(said))
        parts = amounts[-n:] if n else amounts
        if len(parts) < 2 or (n is not None and len(amounts) < n):
            continue
        signs = tuple([1] * len(parts))
        r = make_reading("parts", tuple(f.q for f in parts), linear(signs), signs)
        strong = n is not None and len(amounts) == n
        out.append(_make("sum", total, parts, [r], strong, "sum of the parts"))


def _carried(doc: Document, s: Sentence, lead: str, result: Fact) -> Fact | None:
    """What a sentence that opens with 加上/扣减 adds to: the figure its opening names
    ("一般公共预算收入扣减…"), the paragraph's last figure of the thing the result is ("…可用资金为
    23173.15万元。其中包括:…。加上上年结余1728.62万元,全年一般公共预算可用资金为24901.77万元":
    the sum carries 23173.15, not the last part of its breakdown), or the last figure of the
    sentence before."""
    verb = _RUNNING_VERB.search(lead) or _ADD_VERB.search(lead)
    named = _base_named_by(doc, s, s.start + (verb.start() if verb else len(lead)))
    if named is not None:
        return named
    if s.index == 0:
        return None
    prev = doc.sentences[s.index - 1]
    if prev.paragraph != s.paragraph:
        return None
    if len(result.subject) >= 4:
        for g in reversed(doc.sentences[max(0, s.index - 3) : s.index]):
            if g.paragraph != s.paragraph:
                break
            same = [
                f
                for f in g.facts
                if f.role is _VALUE
                and f.q.unit.is_money
                and f.depth == 0
                and f.subject == result.subject
            ]
            if same:
                return same[-1]
    if (
        doc.text.startswith("其中", prev.start)
        and prev.index > 0
        and doc.sentences[prev.index - 1].paragraph == s.paragraph
    ):
        # "实际完成区财政收入208.99亿元,…。其中:税收收入203.84亿元,…;非税收入5.15亿元。加上市区
        # 财力结算收入54.17亿元,…,全年区可用财力292.73亿元": after a 其中 sentence, what is
        # carried is the figure it broke down, not its last part
        prev = doc.sentences[prev.index - 1]
    money = [f for f in prev.facts if f.role is _VALUE and f.q.unit.is_money and f.depth == 0]
    return money[-1] if money else None


# "…全年一般公共预算可用资金为24901.77万元。↵2021年一般公共预算支出21498.92万元,为调整预算的
# 99.05%。结余3402.85万元。": a bare 结余 opening its sentence after the spending is what is left of
# the funds available (可用资金, 可用财力, 收入总计) printed last of the same fund.
_BARE_BALANCE = re.compile(r"(?:当年|本年)?结余(?:为|是)?$")
_AVAILABLE = re.compile(r"可用(?:资金|财力)|收入(?:总计|合计|总量)|总财力")
_FUND = re.compile("|".join(FUNDS))


def _available_before(doc: Document, s: Sentence, spent: Fact) -> list[Fact]:
    """The funds available that a bare 结余 after ``spent`` is left of: the last money figure
    named 可用资金/可用财力/收入总计 in the six sentences before it, of the same fund as the
    spending, at most one paragraph back (a weak reading: the caller judges it in − out)."""
    fund = _FUND.search(spent.subject)
    paragraphs = 0
    for g in reversed(doc.sentences[max(0, s.index - 7) : s.index - 1]):
        if g.paragraph != doc.sentences[g.index + 1].paragraph:
            paragraphs += 1
            if paragraphs > 1:
                break
        for h in reversed(g.facts):
            if h.role is not _VALUE or not h.q.unit.is_money or h.depth > 0:
                continue
            if not _AVAILABLE.search(h.label):
                continue
            own = _FUND.search(h.subject)
            if (own and own.group()) != (fund and fund.group()):
                return []
            return [h]
    return []


# "2011年预算数比上年执行数减少1884.25万元": a change between two phases, each printed before
_PHASE_COMPARED = re.compile(
    r"(?P<cur>预算|决算|执行|实际|支出)数?(?:比|较|相比|与)(?:上年|去年|上一年|\d{4}年)(?:度)?"
    r"(?:相比,?)?的?(?:实际)?(?P<pri>预算|决算|执行|实际|支出)数?"
)
_PHASE_OF_WORD = {"预算": "budget", "决算": "actual", "执行": "actual", "实际": "actual"}


def _phase_changes(doc: Document, out: list[Claim]) -> None:
    """A change from one phase to another ("2011年预算数比上年执行数减少1884.25万元") against the
    last figures of those two phases printed before it, in its sentence or the one before in
    its paragraph (a weak reading)."""
    if "年" not in doc.text:
        return  # every prior _PHASE_COMPARED names has 年 (labels are the text's characters)
    claimed = {id(c.printed) for c in out}
    for s in doc.figured:
        for i, f in enumerate(s.facts):
            if f.role is not _CHANGE or not f.q.unit.is_money or id(f) in claimed or not f.sign:
                continue
            m = _PHASE_COMPARED.search(f.label)
            if m is None:
                continue
            cur_phase = _PHASE_OF_WORD.get(m.group("cur"), "actual")
            pri_phase = _PHASE_OF_WORD.get(m.group("pri"), "actual")
            if cur_phase == pri_phase:
                continue
            pool = list(s.facts[:i])
            if s.index > 0 and doc.sentences[s.index - 1].paragraph == s.paragraph:
                pool = [*doc.sentences[s.index - 1].facts, *pool]
            money = [
                g
                for g in pool
                if g.role is _VALUE and g.q.unit is f.q.unit and g.depth == 0 and not g.in_table
            ]
            cur = next((g for g in reversed(money) if g.phase == cur_phase), None)
            pri = next((g for g in reversed(money) if g.phase == pri_phase), None)
            if cur is None or pri is None:
                continue
            first, second = (cur, pri) if f.sign > 0 else (pri, cur)
            r = Reading(
                f"{first.q.text} − {second.q.text}", (first.q, second.q), linear((1, -1)), (1, -1)
            )
            out.append(_make("difference", f, [cur, pri], [r], False, _difference_relation(f)))


# "全年预算数120万元,全年执行数100万元,结余20万元", "批复指标11.49亿元,已用指标7.94亿元,预算结余
# 3.55亿元": what is left of a budget after what was spent of it.
_REMAINDER = re.compile(
    r"^[,、]?(?:预算)?(?:结余|剩余|余额|结存|未使用|未支出)(?:资金)?(?:为|是)?$"
)


def _remainders(doc: Document, out: list[Claim]) -> None:
    """A remainder printed right after a budget figure and the actual figure of one clause
    group (between ';'): the budget less the actual (a weak reading)."""
    text = doc.text
    if "余" not in text and "存" not in text and "未" not in text:
        return  # every word of _REMAINDER has one of these (labels are the text's characters)
    claimed = {id(c.printed) for c in out}
    for s in doc.figured:
        if len(s.facts) < 3:
            continue
        budget: Fact | None = None
        actual: Fact | None = None
        last_end = s.start
        for f in s.facts:
            if text.find(";", last_end, f.q.start) >= 0:
                budget = actual = None
            last_end = f.q.end
            if f.role is not _VALUE or not f.q.unit.is_money or f.depth or f.in_table:
                continue
            if actual is not None and budget is not None:
                if (
                    _REMAINDER.search(f.label)
                    and f.q.unit is budget.q.unit
                    and id(f) not in claimed
                ):
                    r = Reading("budget − actual", (budget.q, actual.q), linear((1, -1)), (1, -1))
                    out.append(
                        _make("difference", f, [budget, actual], [r], False, "budget − actual")
                    )
                budget = actual = None
            elif f.phase == "budget":
                budget, actual = f, None
            elif f.phase == "actual" and budget is not None and f.q.unit is budget.q.unit:
                actual = f
            else:
                budget = actual = None


# "歲入歲出差短數103.84億元": a balance that names both sides, printed in a sentence of its own
_BOTH_SIDES_GAP = re.compile(r"(?:岁入岁出|收支)(?:相抵)?(?:后)?(?:差短|短差|短绌|差额|缺口|赤字)")
_SIDES_REACH = 6


def _sides_before(doc: Document, s: Sentence) -> tuple[list[Fact], list[Fact]]:
    """The last figure of money in and of money out printed in the sentences before ``s`` (at
    most :data:`_SIDES_REACH`, back to a heading): "歲入原列…1599.84億元,最後計列1608.47億元,…。
    歲出原列1726.42億元,最後計列1712.31億元,…。↵市府指出,歲入歲出差短數103.84億元". A figure whose
    own words name no side takes its sentence's (the side its first figure names)."""
    last_in: Fact | None = None
    last_out: Fact | None = None
    for t in reversed(doc.sentences[max(0, s.index - _SIDES_REACH) : s.index]):
        if not t.facts:
            if _NUMBERED_HEADING.match(doc.text, t.start):
                break
            continue
        side_of_sentence = _money_flow(t.facts[0].label)
        for g in reversed(t.facts):
            if g.role is not _VALUE or not g.q.unit.is_money or g.depth:
                continue
            side = _money_flow(g.label) or side_of_sentence
            if side == 1 and last_in is None:
                last_in = g
            elif side == -1 and last_out is None:
                last_out = g
        if last_in is not None and last_out is not None:
            return [last_in], [last_out]
    return [], []


def _year_end_balances(doc: Document, out: list[Claim]) -> None:
    """A year-end balance printed after the money in and the money out of its statement (the
    sentence, or the sentence before when the balance opens its own): in − out. When a 收入合计
    and a 支出合计 are printed they are the two sides; otherwise every item is (a weak claim)."""
    if not _has(doc, *_BALANCE_WORDS):
        return
    # (a balance already read as the result of its 收支相抵, _balances', is not read again)
    offset = {id(c.printed) for c in out if c.kind == "difference"}
    for s in doc.figured:
        for i, f in enumerate(s.facts):
            if f.role is not _VALUE or not f.q.unit.is_money or f.depth > 0:
                continue
            if id(f) in offset:
                continue
            bare = i == 0 and _BARE_BALANCE.match(f.label) is not None
            if not bare and not _BALANCE_LABEL.search(f.label):
                continue
            before = [g for g in s.facts[:i] if g.depth == 0]
            # (the statement of its clause after the last ';' when that prints both sides: "…;
            # 政府性基金总收入67.79亿元,总支出61.39亿元,结转下年6.4亿元;…")
            before = _own_statement(doc.text, s, f.q.start, before)
            if not before and s.index > 0:
                prev = doc.sentences[s.index - 1]
                if prev.paragraph == s.paragraph:
                    before = [g for g in prev.facts if g.depth == 0]
            money = [g for g in before if g.role is _VALUE and g.q.unit.is_money]
            own = _ONE_SIDE_BALANCE.search(f.label)
            if own is not None and _one_side_balance(f, own.group(1), money, out):
                continue
            ins = [g for g in money if _money_flow(g.label) == 1]
            outs = [g for g in money if _money_flow(g.label) == -1]
            if "结转下年" in f.label and any("总计" in g.label for g in outs):
                continue  # "支出总计3319万元,其中…结转下年1513万元": a part of the 支出 side
            if any("实际" in g.label for g in outs):
                # "当年安排下达支出176万元,当年实际支出92.3万元": what was spent, not planned
                outs = [g for g in outs if "安排" not in g.label]
            if bare:
                # with money in printed beside the spending it is 收支相抵's (or a list's)
                if ins or not outs:
                    continue
                ins = _available_before(doc, s, outs[-1])
            if (not ins or not outs) and not before and _BOTH_SIDES_GAP.match(f.label):
                ins, outs = _sides_before(doc, s)
            if outs and not ins and i == 0 and "结转下年" in f.label:
                ins, outs = _grand_totals_before(doc, s, outs)
            if not ins or not outs:
                continue
            over_the_years = _OVER_THE_YEARS.search(f.label) is not None
            if over_the_years and (
                any(_YEARS_OWN_BALANCE.search(g.label) for g in money)
                or not any(_OPENING.search(g.label) or "总计" in g.label for g in ins)
            ):
                # "…收入4799.27万元,…支出3861.57万元,…当年结余937.30万元,…累计滚存结余是960.52万元":
                # a balance carried over the years (滚存, 累计) holds the balance before them: it
                # is money in less money out only when the money in holds that balance (上年结余,
                # a 收入总计: "收入总计481342万元,减支出总计473796万元,财政滚存结余7546万元") and no
                # balance of the year's own is printed beside it
                continue
            total_in = [g for g in ins if _TOTAL_WORDS.search(g.label)]
            total_out = [g for g in outs if _TOTAL_WORDS.search(g.label)]
            strong = bool(total_in and total_out)
            side_in = total_in[-1:] or ins
            side_out = total_out[-1:] or outs
            if over_the_years and total_in and "总计" not in total_in[-1].label:
                # "上年结余1079.96万元,收入合计21772.41万元,支出合计21885.53万元,滚存结余966.84
                # 万元": the year's 收入合计 holds no balance before it (a 收入总计 does): the
                # opening balance printed beside it is added
                opening = [g for g in ins if _OPENING.search(g.label) and g not in total_in]
                side_in = [*opening[-1:], *side_in]
            signs = tuple([1] * len(side_in) + [-1] * len(side_out))
            if _SHORTFALL.search(f.label):
                signs = tuple(-s for s in signs)
            r = Reading(
                "money in − money out" if signs[0] > 0 else "money out − money in",
                tuple(g.q for g in [*side_in, *side_out]),
                linear(signs),
                signs,
                absolute=False,
            )
            out.append(_make("balance", f, [*side_in, *side_out], [r], strong, r.name))


# a balance carried over the years, and the balance it starts from
_OVER_THE_YEARS = re.compile(r"滚存|累计|历年")
_YEARS_OWN_BALANCE = re.compile(r"(?:当年|当期|本年|本期)(?:收支)?结余")
_OPENING = re.compile(r"上年(?:滚存)?结余|上年结转|年初(?:滚存)?结|期初")
_GRAND_IN = re.compile(r"总收入(?:为|是)?$")
_GRAND_OUT = re.compile(r"总支出(?:为|是)?$")


def _grand_totals_before(
    doc: Document, s: Sentence, outs: list[Fact]
) -> tuple[list[Fact], list[Fact]]:
    """ "…,总收入624.3亿元。全市…支出安排532.2亿元,…;加…63.25亿元,总支出595.45亿元。结转下年
    28.85亿元。": a 结转下年 opening its sentence, after a sentence that ends with the 总支出
    and one before it, in the paragraph, that ends with the 总收入, is the one less the other."""
    last_out = outs[-1]
    if s.index < 2 or not _GRAND_OUT.search(last_out.label) or last_out.sentence != s.index - 1:
        return [], outs
    earlier = doc.sentences[s.index - 2]
    if earlier.paragraph != s.paragraph or not earlier.facts:
        return [], outs
    grand_in = earlier.facts[-1]
    if (
        grand_in.role is not _VALUE
        or not grand_in.q.unit.is_money
        or grand_in.depth
        or not _GRAND_IN.search(grand_in.label)
    ):
        return [], outs
    return [grand_in], [last_out]


# "歲出預算數九千三百六十五萬六千元,決算數七千八百六十八萬九千六百五十九元,…,歲出餘絀一千四百九十六
# 萬六千三百四十一元": a balance named by one side is that side's budget against its actual
_ONE_SIDE_BALANCE = re.compile(r"(岁出|岁入|支出|收入)(?:余绌|结余|賸余|剩余)(?:数)?(?:为|计)?$")


def _one_side_balance(f: Fact, side: str, money: list[Fact], out: list[Claim]) -> bool:
    """The balance ``f`` of one side (岁出余绌) against the last budget and actual of that side
    before it: budget − actual for money out, actual − budget for money in (a weak claim: the
    side is named, the figures are found by their phase). Whether it was read."""
    budget = actual = None
    for g in money:
        if g.subject.endswith(side):
            if g.phase == "budget":
                budget = g
            elif g.phase == "actual" and budget is not None:
                actual = g
    if budget is None or actual is None:  # (an actual is taken only after its budget)
        return False
    if side in ("岁出", "支出"):
        name, parts = "budget − actual", [budget, actual]
    else:
        name, parts = "actual − budget", [actual, budget]
    r = Reading(name, (parts[0].q, parts[1].q), linear((1, -1)), (1, -1), absolute=False)
    out.append(_make("balance", f, parts, [r], False, f"{name} of {side}"))
    return True


# "本级收入增加365万元(税收增加146万元、非税增加219万元)", "比人代会预算数增加60000万元(其中:
# 旗本级58800万元,开发区1200万元)": a change and, in brackets right after it, the changes of
# its parts.
_CHANGE_BRACKET = re.compile(r"\s*,?\s*\((?:其中)?[:,]?")


def _bracketed_changes(doc: Document, out: list[Claim]) -> None:
    """A change whose brackets list its parts' changes: their signed sum (the parts printed
    without a verb go the total's way; certain when every part names its direction)."""
    text = doc.text
    if "(" not in text:
        return
    for s in doc.figured:
        facts = s.facts
        for k, f in enumerate(facts):
            if f.role is not _CHANGE or not f.q.unit.is_money or f.depth:
                continue
            m = _CHANGE_BRACKET.match(text, f.q.end)
            if m is None or "(" not in m.group(0):
                continue
            close = text.find(")", m.end(), s.end)
            if close < 0:
                continue
            parts = [g for g in facts[k + 1 :] if g.q.start < close]
            if (
                len(parts) < 2
                or any(g.depth != f.depth + 1 or g.q.unit.dimension is not _MONEY for g in parts)
                or any(g.role not in (_CHANGE, _VALUE) for g in parts)
            ):
                continue
            total_sign = f.sign or 1
            signs = tuple((g.sign or 1) * total_sign if g.role is _CHANGE else 1 for g in parts)
            r = Reading("the parts' changes", tuple(g.q for g in parts), linear(signs), signs)
            certain = all(g.role is _CHANGE and g.sign for g in parts)
            out.append(_make("change-sum", f, parts, [r], certain, "sum of the parts' changes"))


_FORMULA = re.compile(r"\(([^()]{2,40}?)/([^()]{2,40}?)\)")


def _formulas(doc: Document, out: list[Claim]) -> None:
    if "/" not in doc.text:
        return  # every formula _FORMULA reads has its "/"
    for s in doc.figured:
        for f in s.facts:
            if f.q.unit.dimension is not _PERCENT or f.role is not _VALUE:
                continue
            m = _FORMULA.match(doc.text, f.q.end)
            if m is None:
                continue
            inner = [g for g in s.facts if m.start() < g.q.start < m.end() and g.q.unit.is_money]
            if len(inner) != 2:
                continue
            a, b = inner
            r = Reading("printed formula", (a.q, b.q), ratio_percent)
            out.append(_make("ratio", f, [a, b], [r], True, "A / B × 100 as printed"))


def _conversions(doc: Document, out: list[Claim]) -> None:
    """The same figure restated in another unit under the same (or a shortened) name."""
    money = [
        f
        for f in doc.facts
        if f.role is _VALUE
        and f.q.unit.is_money
        and (len(f.subject) >= 4 or (len(f.subject) >= 2 and f.subject not in _GENERIC_NAMES))
    ]
    # a restatement is in another unit: a document whose amounts are all in one has none
    if not money or all(f.q.unit is money[0].q.unit for f in money):
        return
    # "…调整为84.55亿元,…。…收入总计845,584万元,为预算的100%": an actual figure read against a
    # budget, and that budget, are two figures, however near (the completion claims made before)
    compared = {
        frozenset((id(c.inputs[0]), id(c.inputs[1])))
        for c in out
        if c.kind == "completion" and len(c.inputs) == 2
    }
    for i, a in enumerate(money):
        for b in money[i + 1 : i + 12]:  # nearby restatements only: linear in the text
            if a.q.unit is b.q.unit or not _same_phase(a, b):
                continue
            if compared and frozenset((id(a), id(b))) in compared:
                continue
            if not (a.subject.endswith(b.subject) or b.subject.endswith(a.subject)):
                continue
            coarse, fine = (a, b) if a.q.unit.scale > b.q.unit.scale else (b, a)
            if fine.q.base == 0:
                continue
            ratio = _CTX.divide(coarse.q.base, fine.q.base)
            if not Decimal("0.9") <= ratio <= Decimal("1.1"):
                continue
            year_a, year_b = _year_of(doc, a), _year_of(doc, b)
            if year_a is not None and year_b is not None and year_a != year_b:
                # "…115年度总预算案,…歲出211億2500萬元,…。113年度歲出編列193億6千萬元": the
                # same name in another year is another figure
                continue
            r = Reading(f"{fine.q.text} restated", (fine.q,), linear((1,)), (1,))
            out.append(
                _make("conversion", coarse, [fine], [r], True, "the same figure in another unit")
            )


# ----------------------------------------------------------------------------------------------
# Numbered projects: "1.…项目经费561.73万元,…实际支出154.48万元。", then "(1)…项目" and
# "项目支出20.66万元" for each sub-project

# The outline levels, outermost first: 一、 (一) 1. (1); group k + 1 matches level k.
# (⑴…⒇, one character each, are "(1)"…"(20)")
_LEVELS = re.compile(
    r"\s*(?:([一二三四五六七八九十]{1,3}、)|(\([一二三四五六七八九十]{1,3}\))"
    rf"|({_DIGIT_MARKER})|(\(\d{{1,2}}\)|[\u2474-\u2487]))"
)
# with a space or a digit, where one opens
_LEVEL_OPENS = frozenset("一二三四五六七八九十(" + "".join(map(chr, range(0x2474, 0x2488))))
_LAST_LEVEL = 3


def _levels(doc: Document) -> list[int | None]:
    """The outline level each sentence opens with, or None, worked out once per document (the
    outline and the numbered changes both read it). (_LEVELS has no ^ and no lookbehind:
    matching between pos and endpos is matching the slice, without copying it.)"""
    found = cast("list[int | None] | None", doc.memo.get("outline levels"))
    if found is None:
        found = doc.memo["outline levels"] = _outline_levels(doc)
    return found


def _outline_levels(doc: Document) -> list[int | None]:
    text = doc.text
    match = _LEVELS.match
    levels: list[int | None] = []
    for s in doc.sentences:
        # (a match opens with a space, a digit, a numeral or '(': a sentence that opens with
        # anything else, most, is not matched; \s and \d of a str pattern are isspace and
        # isdecimal)
        c = text[s.start]
        if not (c in _LEVEL_OPENS or c.isdecimal() or c.isspace()):
            levels.append(None)
            continue
        m = match(text, s.start, s.start + 8)
        levels.append(None if m is None or m.lastindex is None else m.lastindex - 1)
    return levels


# "主要税收收入项目情况如下:": a heading of its own that names what the lines after it itemise.
_ITEMS_HEADING = re.compile(
    r"(?:主要)?(?P<name>[^,;:。()]{2,12}?)(?:项目|科目)?(?:情况|构成)(?:如下|是|为)?:\s*$"
)
# The last item a catch-all: "环境保护税、车船税等其他税收收入", "契税、土地增值税等地方税收".
_CATCH_ALL = re.compile(r"其他|其它|等")
_ITEMS_REACH = 30


def _itemised_lists(doc: Document, lists: list[_List]) -> None:
    """ "…税收收入283.5亿元…。主要税收收入项目情况:↵1.国内增值税124.6亿元,…↵8.环境保护税、车船税等
    其他税收收入8.7亿元": the amounts of the lines after a heading that names a total, one or more
    per line, close with a catch-all item, so they are all of that total printed before the
    heading (inferred: a disagreement is a warning). Without the catch-all the main items are
    only some of it, and nothing is claimed."""
    text = doc.text
    sentences = doc.sentences
    for i, s in enumerate(sentences):
        if s.facts or s.end - s.start > 40:
            continue
        heading = text[s.start : s.end].rstrip()
        if not heading.endswith(":"):
            continue
        m = _ITEMS_HEADING.search(heading)
        if m is None:
            continue
        name = canonical(m.group("name"))[0]
        parts: list[Fact] = []
        last: Fact | None = None
        for t in sentences[i + 1 : i + 1 + _ITEMS_REACH]:
            values = [f for f in t.facts if f.role is _VALUE and f.q.is_money and f.depth == 0]
            if not values:
                break
            parts.extend(values)
            last = values[0]
        if len(parts) < 2 or last is None or not _CATCH_ALL.search(last.subject):
            continue
        totals = _lookup(
            doc, name, near=parts[0], dims=(parts[0].q.dimension,), before_only=True, limit=1
        )
        if totals and totals[0].subject.endswith(name) and totals[0].index < parts[0].index:
            lists.append(_List(totals[0], parts, [], False))


# a paragraph opening with the part of a whole it is about ("职工基本医疗保险方面,截至2022年底,…",
# "其中,养老保险方面,…")
_SECTION_OPENER = re.compile(r"\s*(?:其中[,:]?)?在?[^,;:。\d]{2,20}方面[,:]")


def _section_lists(doc: Document, lists: list[_List]) -> None:
    """ "…全国基本医疗保险参保人数134592万人,…总收入30922.17亿元,…总支出24597.24亿元,…。↵职工基本
    医疗保险方面,…职工医保参保人数36243万人,…收入20793.27亿元,…支出15243.80亿元,…。↵城乡居民基本
    医疗保险方面,…人数98349万人。…收入10128.90亿元,…;支出9353.44亿元": two or more paragraphs in
    a row that each open with the part they are about (…方面,), right after a paragraph of
    totals. A total whose measure (a count's measure word, 万人; of other amounts the last two
    characters of the name: 收入, 支出) no other figure of its paragraph shares, printed once in
    each section in its unit, has the sections' figures for parts (a weak list: the sections
    may not be all of it)."""
    text = doc.text
    sentences = doc.sentences
    openers: list[int] = []  # the paragraphs that open with a section's name, in order
    for s in doc.sentences_with("方面"):
        if (
            s.index == 0 or sentences[s.index - 1].paragraph != s.paragraph
        ) and _SECTION_OPENER.match(text, s.start, s.end):
            openers.append(s.paragraph)
    # (the first run of sections only: a paragraph after a section may go on with it, "具体来看,
    # …城乡居民基本养老保险基金…累计结存11396亿元。↵失业保险方面,…", and is then no paragraph of
    # totals of the sections after it)
    j = 1
    while j < len(openers) and openers[j] == openers[j - 1] + 1:
        j += 1
    run = openers[:j]
    if len(run) < 2:  # (a first paragraph that opens a section has no totals before it)
        return
    by_paragraph: dict[int, list[Fact]] = collections.defaultdict(list)
    for s in sentences:
        if run[0] - 1 <= s.paragraph <= run[-1]:
            by_paragraph[s.paragraph].extend(
                f for f in s.facts if f.role is _VALUE and not f.depth and f.is_amount
            )
    totals = by_paragraph.get(run[0] - 1, [])
    measures = [_section_measure(f) for f in totals]
    for total, measure in zip(totals, measures, strict=True):
        if not measure or measures.count(measure) > 1:
            continue
        parts: list[Fact] = []
        for p in run:
            found = [
                f
                for f in by_paragraph.get(p, [])
                if f.q.unit is total.q.unit and _section_measure(f) == measure
            ]
            if len(found) != 1 or found[0].q.base >= total.q.base:
                break
            parts.append(found[0])
        else:
            lists.append(_List(total, parts, [], False))


def _section_measure(f: Fact) -> str:
    """What a figure of a section measures (_section_lists): a count's measure word as printed
    ("万人"), else the last two characters of its name (收入, 支出); "" when it has none."""
    if f.q.unit.dimension is _COUNT:
        return f.q.counter
    return f.subject[-2:] if len(f.subject) >= 2 else ""


def _closed_sentence_lists(doc: Document, lists: list[_List]) -> None:
    """ "(一)业务收入:2021年,业务收入14249.37万元,同比增长11.68%。存款利息3103.04万元,委托贷款利息
    11146.01万元,国债利息0万元,其他0.32万元。": a sentence of three or more amounts and nothing
    else, closed by a catch-all item (其他…), right after a sentence of its paragraph whose one
    amount it follows, breaks that amount down (inferred: a disagreement is a warning)."""
    if not _has(doc, *CATCH_ALL_WORDS):
        return
    listed = {id(p) for lst in lists for p in lst.parts}
    sentences = doc.sentences
    for s in doc.figured:
        if s.index == 0 or len(s.facts) < 3:
            continue
        last = s.facts[-1]
        if last.depth or not _CATCH_ALL_NAME.match(last.subject):
            continue
        parts = [f for f in s.facts if f.depth == 0]
        if len(parts) < 3 or any(f.role is not _VALUE or not f.is_amount for f in parts):
            continue
        prev = sentences[s.index - 1]
        if prev.paragraph != s.paragraph or any(id(p) in listed for p in parts):
            continue
        heads = [f for f in prev.facts if f.role is _VALUE and f.depth == 0]
        if len(heads) != 1 or not heads[0].is_amount:
            continue
        total = heads[0]
        # (every part of the total's dimension: "…存款利息3103.04万元,委托贷款10笔,…" adds no
        # count into an amount of money)
        if any(p.q.dimension is not total.q.dimension for p in parts) or any(
            p.q.base > total.q.base for p in parts
        ):
            continue
        lists.append(_List(total, parts, [], False))


# "…由一般公共预算收入111.11万元,加上级补助收入…等1,756.37万元构成": what closes a list of
# what a figure is made of, right after its last part (等, a count of the parts, 共同)
_COMPOSED_END = re.compile(
    r"\s*(?:等)?\s*(?:[两二三四五六七八九十]\s*(?:个|大)?(?:部分|项|方面)|几部分)?\s*(?:共同)?(?:构成|组成)"
)
# what may stand between the figure and 由: a comma, spaces, or nothing
_BEFORE_COMPOSED = re.compile(r"[\s,]*")


def _composed_lists(doc: Document, lists: list[_List]) -> None:
    """ "全镇一般公共预算财力1,867.48万元。由一般公共预算收入111.11万元,加上级补助收入、上年结余、
    动用预算稳定调节基金等1,756.37万元构成。": a figure, then 由, amounts, and 构成 (组成) right
    after the last of them: the amounts are what the figure is made of. 由 follows the figure
    in its sentence ("支出总计1,867.48万元,由…构成") or opens the next sentence of its paragraph.
    """
    if not _has(doc, "构成", "组成"):
        return
    text = doc.text
    for s in doc.figured:
        at = text.find("由", s.start, s.end)
        while at >= 0:
            _composed_at(doc, s, at, lists)
            at = text.find("由", at + 1, s.end)


def _composed_at(doc: Document, s: Sentence, at: int, lists: list[_List]) -> None:
    text = doc.text
    if text.startswith("由于", at):
        return
    parts = [f for f in s.facts if f.q.start > at]
    if len(parts) < 2:
        return
    # the parts up to the first figure followed by the closing words
    end = next(
        (k for k, f in enumerate(parts) if _COMPOSED_END.match(text, f.q.end) is not None), -1
    )
    if end < 0:
        return
    # (a part's own breakdown in brackets is no part: "由财政拨款60万元(其中基本支出10万元)和…")
    parts = [p for p in parts[: end + 1] if p.depth == parts[end].depth]
    before = [f for f in s.facts if f.q.end <= at]
    if before:
        total = before[-1]
        if _BEFORE_COMPOSED.fullmatch(text, total.q.end, at) is None:
            return
    else:
        # (由 opening the sentence: the figure that ends the one before, in its paragraph)
        if s.index == 0 or text[s.start : at].strip(" \t"):
            return
        prev = doc.sentences[s.index - 1]
        if not prev.facts or prev.paragraph != s.paragraph:
            return
        total = prev.facts[-1]
        if text[total.q.end : prev.end].strip(" \t") not in ("。", ""):
            return
    if (
        total.role is not _VALUE
        or not total.is_amount
        or any(
            p.role is not _VALUE
            or not p.is_amount
            or p.depth != total.depth
            or p.q.unit.dimension is not total.q.unit.dimension
            for p in parts
        )
    ):
        return
    lists.append(_List(total, parts, [], True))


# "2018年基本支出预算较上年增59.11万元,增幅22%。主要变动原因如下:↵1.工资福利支出较上年增94.22万元,…↵
# 2.商品和服务支出较上年增1.11万元,…↵3.对个人和家庭补助支出较上年(减少)16.23万元,…": a change,
# words that say its items follow, and numbered items each with a change of its own.
_CHANGE_ITEMS_BELOW = re.compile(r"(?:如下|具体(?:情况|原因)?(?:是|为)?)\s*:\s*$")
_CHANGE_ITEMS_REACH = 12


def _itemised_changes(doc: Document, lists: list[_List]) -> None:
    """A change whose sentence (or the fact-less sentence after it) ends with "如下:", then
    numbered items at one outline level, each opening with a change of money: the items'
    changes, signed, add up to it (inferred: a disagreement is a warning)."""
    text = doc.text
    if not _has(doc, "如下", "具体"):
        return  # every intro _CHANGE_ITEMS_BELOW reads has one of these words
    sentences = doc.sentences
    levels: list[int | None] | None = None
    listed = {id(lst.total) for lst in lists}
    for i, s in enumerate(sentences):
        total = next(
            (
                f
                for f in reversed(s.facts)
                if f.role is _CHANGE and f.q.unit.is_money and f.depth == 0
            ),
            None,
        )
        if total is None:
            continue
        start = i + 1
        below = _CHANGE_ITEMS_BELOW.search(text, s.start, s.end)
        if below is None:
            if start >= len(sentences):
                continue
            intro = sentences[start]
            below = _CHANGE_ITEMS_BELOW.search(text, intro.start, intro.end)
            if intro.facts or below is None:
                continue
            start += 1
        if any(id(f) in listed for f in s.facts):
            continue  # its parts (or its figure's, with their changes) already read
        # "主要支出项目情况如下:": the main items only (some of it); "主要变动原因如下:" the
        # reasons, each item one of them
        clause = text[max(s.start, below.start() - 12) : below.start()]
        partial = _MAIN_ITEMS.search(clause) is not None
        if levels is None:
            levels = _levels(doc)
        items: list[Fact] = []
        level: int | None = None
        ended = False
        for k in range(start, min(len(sentences), start + _CHANGE_ITEMS_REACH)):
            t = sentences[k]
            changes = [
                f
                for f in t.facts
                if f.role is _CHANGE
                and (f.q.unit.is_money or f.q.unit.dimension is _ZERO)  # or 无增减
                and f.depth == 0
            ]
            k_level = levels[k]
            if k_level is None:
                if changes:
                    ended = True  # a change outside the items: they have ended
                    break
                continue  # "主要原因是:…": an item's remark
            if level is None:
                level = k_level
            if k_level < level:
                ended = True  # the next heading up: the items are all there
                break
            if k_level != level or not changes or changes[0].subject == total.subject:
                break  # an item without its change, or with items of its own: not read
            items.append(changes[0])
        else:
            ended = True
        if ended and len(items) >= 2:
            lists.append(_List(total, items, [], False, open=partial))


# the totals of DECOMPOSITIONS whose change is read with its parts' by name (a name of more
# than two characters: 收入 and 支出 name too many figures to be told apart)
_CHANGE_TOTALS = tuple(dict.fromkeys(t for t, _ in DECOMPOSITIONS if len(t) > 2))
_NAMED_CHANGES_REACH = 10  # sentences after the total's change its parts' may be printed in


def _decomposed_changes(doc: Document, lists: list[_List], out: list[Claim]) -> None:
    """ "2016年“三公”经费预算数比2015年预算数减少3万元,主要原因是:…。故2016年公务用车购置及运行费
    比2015年预算减少2万元,2016年公务接待费比2015年预算减少1万元": the change of a standard
    breakdown's total (:data:`~budgetperf.textaudit.vocabulary.DECOMPOSITIONS`, 三公费) and the
    changes of its parts printed by name after it, on the same basis, within
    ``_NAMED_CHANGES_REACH`` sentences and before another change of the total: the parts'
    changes, signed, add up to it ("持平", "无变化" a change of none). Of a total with two
    breakdowns (公务用车 as one part or as its two), the one with more parts found is read.
    Certain when every part's change is found in the total's paragraph; inferred (a
    disagreement is a warning) when one is not printed ("未安排出国(境)费": none, most often)
    or they are printed further on."""
    if not any(f.role is _CHANGE and f.subject.endswith(_CHANGE_TOTALS) for f in doc.facts):
        return
    # (a change already read as a sum, or as a part of one, is not read again)
    listed = {id(c.printed) for c in out if c.kind == "change-sum"}
    listed.update(id(f) for c in out if c.kind == "change-sum" for f in c.inputs)
    listed.update(id(lst.total) for lst in lists)
    listed.update(id(p) for lst in lists for p in lst.parts)
    sentences = doc.sentences
    for total in doc.facts:
        if (
            total.role is not _CHANGE
            or not total.q.unit.is_money
            or total.depth != 0
            or id(total) in listed
        ):
            continue
        name = next((t for t in _CHANGE_TOTALS if total.subject.endswith(t)), None)
        if name is None:
            continue
        last = min(len(sentences), total.sentence + 1 + _NAMED_CHANGES_REACH)
        after: list[Fact] = []
        for k in range(total.sentence, last):
            for f in sentences[k].facts:
                if f.index <= total.index or f.role is not _CHANGE:
                    continue
                if f.subject.endswith(name):
                    break  # another change of the total: its own parts follow it
                if f.basis is total.basis and (f.q.unit.is_money or f.q.unit.dimension is _ZERO):
                    after.append(f)
            else:
                continue
            break
        best: list[Fact] = []
        missing = 0
        for total_name, part_names in DECOMPOSITIONS:
            if total_name != name:
                continue
            found = [
                next((f for f in after if f.subject.endswith(part)), None) for part in part_names
            ]
            got = [f for f in found if f is not None]
            if len(got) > len(best):
                best, missing = got, len(found) - len(got)
        if len(best) < 2 or any(id(f) in listed for f in best):
            continue
        if all(f.q.unit.dimension is _ZERO for f in best):
            continue
        net = Decimal(0)
        for f in best:
            net = _CTX.add(net, f.q.base) if f.sign >= 0 else _CTX.subtract(net, f.q.base)
        if missing and net != (total.q.base if total.sign > 0 else _CTX.minus(total.q.base)):
            # a part whose change is not printed may have changed ("…公务接待费…减少0.4万元。
            # 公务用车购置及运行费支出预算为4万元。" under an increase of 0.6): the others are
            # read as all of it only when they add up to the total's change exactly
            continue
        strong = not missing and all(
            sentences[f.sentence].paragraph == sentences[total.sentence].paragraph for f in best
        )
        _check_list(_List(total, best, [], strong), "sum", out, None, doc.text)
        listed.add(id(total))
        listed.update(id(f) for f in best)


# A balance sheet's measures, by the end of a figure's name: what is owned, what is owed, and
# what is left (named as the owners' share in an enterprise: 所有者权益, 国有资本及权益)
_OWNED, _OWED, _LEFT = "资产", "负债", "净资产"
_LEFT_NAMES = ("净资产", "所有者权益", "国有资本及权益")
_MEASURES_REACH = 12  # blocks after a total's that its parts may be among


def _measure_of(f: Fact) -> str:
    """The balance-sheet measure a figure's name ends with, or ""."""
    subject = f.subject
    if subject.endswith(_LEFT_NAMES):
        return _LEFT
    if subject.endswith(_OWED):
        return _OWED
    if subject.endswith(_OWNED):
        return _OWNED
    return ""


def _measure_blocks(doc: Document) -> list[dict[str, Fact]]:
    """The runs of amounts at depth 0 that give one body's balance sheet, each opening with what
    it owns ("…资产总额76.2万亿元,负债总额51.9万亿元,国有资本及权益总额16.2万亿元"): the first
    figure of each measure in the run, by measure. Rates and other roles between them are passed
    over; an amount of no measure ends the run."""
    blocks: list[dict[str, Fact]] = []
    block: dict[str, Fact] | None = None
    for f in doc.facts:
        if f.role is not _VALUE or not f.q.unit.is_money or f.depth:
            continue
        measure = _measure_of(f)
        if measure == _OWNED:
            block = {_OWNED: f}
            blocks.append(block)
        elif measure and block is not None:
            block.setdefault(measure, f)
        else:
            block = None
    return blocks


def _measure_breakdowns(doc: Document, out: list[Claim]) -> None:
    """ "全国国有企业资產总额183.5万亿元,负债总额118.5万亿元,国有资本及权益总额50.3万亿元。…中央国有
    企业资產总额76.2万亿元,负债总额51.9万亿元,国有资本及权益总额16.2万亿元,…;地方国有企业资產总额
    107.3万亿元,负债总额66.6万亿元,国有资本及权益总额34.1万亿元": a balance sheet's measures
    (资产, 负债, 净资产) printed for a whole and then, in the same order, for two or more of its
    parts (kinds of body, levels): the parts' figures of each measure add up to the whole's. The
    parts are the first run of blocks after the whole's, each with all of its measures, whose
    assets add up to the whole's (so the assets' sum is no check of its own); the other measures
    are then claims, inferred (a disagreement is a warning)."""
    if _OWED not in doc.text:
        return
    blocks = _measure_blocks(doc)
    claimed = {id(c.printed) for c in out if c.kind == "sum"}
    for i, whole in enumerate(blocks):
        if len(whole) < 2:
            continue
        total = whole[_OWNED].q
        full: list[dict[str, Fact]] = []
        for b in blocks[i + 1 : i + 1 + _MEASURES_REACH]:
            if b[_OWNED].q.base >= total.base:
                break  # (another whole, as large or larger: the parts after it are its own)
            if b.keys() >= whole.keys():
                full.append(b)
        run: list[dict[str, Fact]] | None = None
        for start in range(len(full)):
            summed = Decimal(0)
            slack = total.half
            for end in range(start, len(full)):
                owned = full[end][_OWNED].q
                summed = _CTX.add(summed, owned.base)
                slack = _CTX.add(slack, owned.half)
                if end > start and _CTX.abs(_CTX.subtract(summed, total.base)) <= slack:
                    run = full[start : end + 1]
                    break
            if run is not None:
                break
        if run is None:
            continue
        for measure, head in whole.items():
            # (the assets' sum too, which chose the parts: it agrees, within their rounding, and
            # says which figures were read as the parts)
            if id(head) in claimed:
                continue
            parts = [b[measure] for b in run]
            signs = (1,) * len(parts)
            r = Reading("the parts' figures", tuple(p.q for p in parts), linear(signs), signs)
            out.append(_make("sum", head, parts, [r], False, "sum of the parts' figures"))


# "主要支出项目情况如下", "主要收入科目": the main items of a total, not all of them.
_MAIN_ITEMS = re.compile(r"主要[^,;。:原因]{0,4}(?:项目|科目|支出|收入|事项)")


# "減少了432億，增加了258億，總共減少174億", "教育支出减少30万元,卫生支出增加10万元,合计减少20万元":
# a change named a total (合计, 总共…) after changes of its sentence is their net
_NET_CHANGE = re.compile(r"^(?:合计|总计|共计|总共|一共|共)(?:净)?(?:增加|增长|减少|下降|增|减)")


_NET_GAP = re.compile(r"[^;。\d]{0,20}")


def _net_changes(doc: Document, lists: list[_List]) -> None:
    """A change whose words name it a total, after two or more changes of money in its
    sentence: their signed sum (a weak claim)."""
    text = doc.text
    if "共" not in text and not _has(doc, "合计", "总计"):
        return  # every word of _NET_CHANGE has one of these
    listed = {id(lst.total) for lst in lists}
    for s in doc.figured:
        for k, f in enumerate(s.facts):
            if (
                f.role is not _CHANGE
                or not f.q.unit.is_money
                or f.depth
                or id(f) in listed
                or _NET_CHANGE.match(f.label.strip(" ,;")) is None
            ):
                continue
            # the changes right before it, each a short clause away from the next (not a
            # remark's "…等,共计增加336.1万元" after an explanation)
            parts: list[Fact] = []
            end = f.q.start
            for g in _back(s.facts, k):
                if (
                    g.role is not _CHANGE
                    or g.depth
                    or g.q.unit.dimension is not f.q.unit.dimension
                    or not g.sign
                    or _NET_GAP.fullmatch(text, g.q.end, end) is None
                ):
                    break
                parts.append(g)
                end = g.q.start
            if len(parts) >= 2:
                lists.append(_List(f, parts[::-1], [], False))


def _context_figure_lists(doc: Document, lists: list[_List]) -> None:
    """ "在全市122.59亿元采购金额中,市本级完成32.57亿元,…;区县级完成90.02亿元,…": the one
    figure of the sentence's opening context is the whole the clauses after it, split by ';',
    each break down by their first amount (inferred: the clauses may name only some parts)."""
    text = doc.text
    for s in doc.figured:
        if len(s.facts) < 3:
            continue
        context = _IN_CONTEXT.match(text, s.start, s.end)
        if context is None:
            continue
        inside = [g for g in s.facts if g.q.end <= context.end()]
        if len(inside) != 1 or inside[0].role is not _VALUE or not inside[0].q.is_money:
            continue
        total = inside[0]
        bounds = [context.end()]
        bounds.extend(m.start() + 1 for m in _SEMICOLON.finditer(text, context.end(), s.end))
        bounds.append(s.end)
        parts: list[Fact] = []
        for lo, hi in itertools.pairwise(bounds):
            first = next(
                (
                    g
                    for g in s.facts
                    if lo <= g.q.start < hi and g.role is _VALUE and g.q.is_money and g.depth == 0
                ),
                None,
            )
            if first is None or not first.subject or first.q.dimension is not total.q.dimension:
                parts = []
                break
            parts.append(first)
        if len(parts) >= 2:
            lists.append(_List(total, parts, [], False))


_SEMICOLON = re.compile(";")


# "一般公共预算收入317406万元,…,具体完成情况:": the sentence says its items follow.
_ITEMS_FOLLOW = re.compile(
    r"具体(?:完成|执行|支出|收入)?情况(?:如下|是|为)?:\s*$"
    # "…支出完成5472.90万元,主要预算项目执行情况如下:"
    r"|项目(?:完成|执行)?情况如下:\s*$"
)


# an introducer alone on its line ("其中:", "其中包括:"): its items are on the lines after it
_BARE_INTRO = re.compile(r"\s*" + _INTRO.pattern + r"\s*")


def _outline_lists(doc: Document, lists: list[_List]) -> None:
    sentences = doc.sentences
    levels = _levels(doc)
    if levels.count(None) == len(levels):
        return  # no numbered sentence: no heading's items, and no figure before any
    for i, s in enumerate(sentences):
        level = levels[i]
        if level == _LAST_LEVEL or not s.facts:
            continue
        if level is None:
            if _across_heading(doc, levels, i, lists):
                continue
            # An unnumbered total just before numbered items: "总收入A万元,…。(一)…(二)…"
            # (or before a line that only opens them: "…457.8161万元。其中:↵1.…")
            k = i + 1
            if (
                k + 1 < len(levels)
                and levels[k] is None
                and not sentences[k].facts
                and _BARE_INTRO.fullmatch(doc.text, sentences[k].start, sentences[k].end)
            ):
                k += 1
            nxt = levels[k] if k < len(levels) else None
            if nxt is None:
                continue  # (before the lead is looked for: most sentences precede no items)
            lead = next((f for f in s.facts if f.role is _VALUE and f.q.unit.is_money), None)
            if lead is None:
                continue
            if nxt == 0:
                # "本级分配使用彩票公益金7375.29万元。一、群众体育4348.97万元…二、竞技体育…三、其他
                # 支出718.41万元": items numbered at the top level are sections, not parts,
                # unless the last is a catch-all (其他), which closes them as a breakdown of the
                # figure just before them (a weak reading)
                _closed_outline_list(doc, levels, i, -1, lead, lists)
                continue
            if not re.search(r"总|合计|(?<!公)共", lead.label):
                # "一般公共预算收入317406万元,…,具体完成情况:↵(1)…(5)…等非税收入95568万元": a
                # figure whose sentence says its items follow, when the last is a catch-all (the
                # main items alone are only part of it)
                if _ITEMS_FOLLOW.search(doc.text, s.start, s.end):
                    _closed_outline_list(doc, levels, i, nxt - 1, lead, lists)
                else:
                    # "国有企业应交税费41297.4亿元,…。(1)中央企业29371.5亿元,…。(2)地方国有企业
                    # 11925.9亿元,…": numbered items no word calls its parts, a claim only when
                    # they add up (a weak one)
                    found: list[_List] = []
                    _outline_list(doc, levels, i, nxt - 1, lead, found)
                    for lst in found:
                        # (two parts at least that are not nil: "(1)…支出84.41万元…(2)结转和结余
                        # 0.00万元" after a 收入 of 84.41 are sections, not its parts)
                        if sum(1 for p in lst.parts if p.q.value) >= 2 and _sum_agrees(lst):
                            lst.strong = False
                            lists.append(lst)
                continue
            level = nxt - 1
            spent = [lead]
        else:
            money = [
                f
                for f in s.facts
                if f.role is _VALUE and f.q.unit.is_money and f.depth == 0 and not f.in_table
            ]  # a table's rows are read by their columns (tables.py), not as an outline
            if not money:
                # "一、中央财政衔接资金(5273万元)": a heading's amount in brackets at its end
                money = [
                    f
                    for f in s.facts[-1:]
                    if f.role is _VALUE
                    and f.q.unit.is_money
                    and f.depth == 1
                    and not f.in_table
                    and _BRACKET_END.fullmatch(doc.text, f.q.end, s.end) is not None
                ]
            spent = [f for f in money if f.phase == "actual"]
            if not spent and not any(f.phase for f in money):
                # "(一)总收入581.45万元,其中本年收入390.55万元…": no phase named; each of the
                # heading's figures may be what the items add up to (the prefix reading of
                # the list decides which; inferred, so a disagreement is a warning).
                spent = money[:2]
        if not spent:
            continue
        before = len(lists)
        if (
            i + 1 < len(levels)
            and levels[i + 1] == level
            and _FIRST_ITEM.match(doc.text, sentences[i + 1].start) is not None
        ):
            # "二、本级…使用情况…分配使用彩票公益金7375.29万元。一、群众体育4348.97万元…二、竞技
            # 体育…三、其他支出718.41万元": the numbering starts again under the heading, its
            # items at its own level; a breakdown of its figure when the last is a catch-all
            _closed_outline_list(doc, levels, i, level - 1, spent[-1], lists)
            continue
        for total in spent[-1:] if len(spent) == 1 or spent[0].phase else spent:
            _outline_list(doc, levels, i, level, total, lists)
        if len(lists) - before > 1:
            # "(一)…活动1433.1万元,其中补助地方249.41万元。↵1、…": the items add up to one of
            # the heading's figures; the other (a part of it) is not theirs
            # (within rounding, or the first items exactly; when none does, the one they come
            # nearest: a misprint is a small miss)
            fitting = [
                lst for lst in lists[before:] if _sum_fits(lst) or _exact_prefix(lst) is not None
            ]
            lists[before:] = fitting or [min(lists[before:], key=_relative_miss)]


def _relative_miss(lst: _List) -> Decimal:
    """How far a list's parts fall from its total, as a share of the total."""
    total = lst.total.q.base
    gap = _CTX.abs(_CTX.subtract(_sum_base(lst.parts), total))
    return _CTX.divide(gap, total) if total else gap


# the rest of a heading after the amount it gives in brackets: "(5273万元)" and the line's end
_BRACKET_END = re.compile(r"\)[ \t]*\n?")
# The first item of a numbered list: "1、", "(1)", "一、", "(一)".
_FIRST_ITEM = re.compile(r"\s*(?:\(\s*(?:1|一)\s*\)|(?:1|一)[.、](?!\d))")
# What a heading without figures says its items are: money spent or money raised.
_HEADING_OUT = re.compile(r"使用|支出|安排|分配|用途|用于")
_HEADING_IN = re.compile(r"筹集|收入|来源")


def _across_heading(doc: Document, levels: list[int | None], i: int, lists: list[_List]) -> bool:
    """ "…总收入221万元,…总支出221万元。↵二、本级体育彩票公益金使用情况↵(一)…198万元…(二)…23万元":
    the items numbered under a heading without figures ("二、…使用情况", "现将…使用情况如下:")
    right after an unnumbered sentence are parts of that sentence's one figure going the way
    the heading names (使用/支出 out, 筹集/收入 in). Inferred, so a disagreement is a warning."""
    sentences = doc.sentences
    if i + 2 >= len(sentences) or sentences[i + 1].facts:
        return False
    heading = sentences[i + 1]
    child = levels[i + 2]
    if child is None or heading.end - heading.start > 60:
        return False
    level = levels[i + 1]
    if level is None:
        if not doc.text[heading.start : heading.end].rstrip().endswith(":"):
            return False
        level = child - 1
    if child <= level:
        return False
    words = doc.text[heading.start : heading.end]
    out, into = _HEADING_OUT.search(words), _HEADING_IN.search(words)
    if (out is None) == (into is None):
        return False
    flow, word = ("out", "支出") if out is not None else ("in", "收入")
    money = [
        f
        for f in sentences[i].facts
        if f.role is _VALUE
        and f.q.unit.is_money
        and f.depth == 0
        and (_flow(f.subject) == flow or word in f.label)  # "…公益金200万元,支出了167.3万元"
    ]
    if len(money) != 1:
        return False
    before = len(lists)
    _outline_list(doc, levels, i + 1, level, money[0], lists)
    if len(lists) == before:
        return False
    if any(p.q.base > money[0].q.base > 0 for p in lists[-1].parts):
        # "…财政拨款支出年初预算数528.08万元,…。↵(五)一般公共预算财政拨款支出决算情况说明↵1.…
        # 支出696.68万元…↵2.…支出696.68万元": an item more than the figure is no part of it (the
        # heading opens a section of the report, not that figure's uses)
        lists.pop()
        return False
    if "主要" in words and not _CATCH_ALL.search(lists[-1].parts[-1].subject):
        # "主要支出项目情况:": the main items are only some of it (unless the last is a catch-all)
        lists.pop()
        return False
    return True


def _closed_outline_list(
    doc: Document, levels: list[int | None], i: int, level: int, total: Fact, lists: list[_List]
) -> None:
    """:func:`_outline_list`, kept only when its last item is a catch-all (其他…, …等) that
    closes the items as all of ``total`` (without it they may be the main items only, or a
    report's sections)."""
    before = len(lists)
    _outline_list(doc, levels, i, level, total, lists)
    if len(lists) > before and not _CATCH_ALL.search(lists[-1].parts[-1].subject):
        lists.pop()


def _outline_list(
    doc: Document, levels: list[int | None], i: int, level: int, total: Fact, lists: list[_List]
) -> None:
    """The list of the items numbered one level below heading sentence ``i``, as parts of
    ``total``."""
    sentences = doc.sentences
    parts: list[Fact] = []
    child: int | None = None
    j = i + 1
    while j < len(sentences) and j - i < 80:
        lv = levels[j]
        if lv is not None and lv <= level:
            break
        if (
            lv is None
            # (every branch ends with ':', looked for as a string first: most sentences have none)
            and doc.text.find(":", sentences[j].start, sentences[j].end) >= 0
            and _ITEMS_FOLLOW.search(doc.text, sentences[j].start, sentences[j].end)
        ):
            break  # "一般公共预算支出906007万元,具体完成情况:": another figure's items begin
        if lv is not None and child is None:
            child = lv
        if lv == child and parts and _FIRST_ITEM.match(doc.text, sentences[j].start):
            break  # "1、" again: another list (the same spending by another classification)
        if lv is not None and lv == child:
            # The child's figure: in its own sentence, or in the sentence after its heading.
            for k in (j, j + 1):
                if k >= len(sentences) or (k > j and levels[k] is not None):
                    break
                money = [f for f in sentences[k].facts if f.role is _VALUE and f.q.unit.is_money]
                if money:
                    parts.append(money[0])
                    break
        j += 1
    if len({_flow(p.subject) for p in parts} - {""}) > 1:
        return  # "收支总预算A。(一)收入预算A…(二)支出预算A": two sides, not two parts
    if parts and child is not None and child > level:
        lists.append(_List(total, parts, [], False))


# ----------------------------------------------------------------------------------------------
# Time progress: "占年初预算58651万元的102.6%,平均进度10.9个百分点,6421万元" (11月底: 11/12)

_MONTH = re.compile(
    r"(?:\d{1,2}\s*[-—~至到]\s*)?(\d{1,2})月(?:底|末|份)?|([一二三四])季度|(上半年|前三季度)"
)
_QUARTER = {"一": 3, "二": 6, "三": 9, "四": 12}
_MONTH_RANGE = re.compile(r"\d{1,2}\s*[-—~至到]")
# the figures up to a month, not of it: "截至2月份", "累计…"
_CUMULATIVE = re.compile(r"截至|截止|累计|至今")
_HALF = {"上半年": 6, "前三季度": 9}


def _progress_gap(months: int, signs: tuple[int, int]) -> Formula:
    """±(budget × months / 12 − actual): what an actual falls short of (or passes) the budget's
    share of the months gone."""

    def formula(values: Sequence[Decimal]) -> Decimal | None:
        budget, actual = values
        due = _CTX.divide(_CTX.multiply(budget, months), 12)
        return _CTX.add(_CTX.multiply(due, signs[0]), _CTX.multiply(actual, signs[1]))

    return formula


def _elapsed_months(doc: Document, at: int) -> int | None:
    """The months of the year a figure's time progress counts: the last month named before
    it ("1-10月份": 10, "截至10月底": 10), one for a month's own figures ("2月份,全县实现…5682万元,
    完成预算的5.39%,较均衡进度慢2.94%": 1/12), or a quarter's or a half-year's."""
    window = doc.text[max(0, at - 600) : at]
    # (not a period compared with: "…增长15.5%,高于一季度累计增幅2.5个百分点" is of 1-6月)
    m = next(
        (m for m in reversed(list(_MONTH.finditer(window))) if _own_period(window, m)),
        None,
    )
    if m is None:
        # "截至上半年末,全市财政收支顺利完成“双过半”。…(a page on)…落后序时进度要求18.17个百分点":
        # no period named near the figure, the one the report opens with (its first paragraph)
        m = _opening_period(doc)
        if m is None or m.start() >= at:
            return None
        window = doc.text  # (the match's offsets are the text's)
    if m.group(1):
        month = int(m.group(1))
        if (
            m.group(0).endswith("月份")
            and not _MONTH_RANGE.match(m.group(0))
            and not _CUMULATIVE.search(window, max(0, m.start() - 6))
        ):
            return 1  # the month's own figures
        return month if 1 <= month <= 12 else None
    if m.group(2):
        return _QUARTER[m.group(2)]
    return _HALF[m.group(3)]


_DAY_AFTER = re.compile(r"\s*\d{1,2}\s*日")


def _opening_period(doc: Document) -> re.Match[str] | None:
    """The first month, quarter or half-year named in the document's first paragraph (found
    once per document), unless compared with or in an aside."""
    key = "opening period"
    if key in doc.memo:
        return cast("re.Match[str] | None", doc.memo[key])
    end = doc.text.find("\n")
    opening = doc.text if end < 0 else doc.text[:end]
    found = None
    for m in _MONTH.finditer(opening):
        # (nor a date, of the page or the meeting: "2018年7月20日")
        if _own_period(opening, m) and _DAY_AFTER.match(opening, m.end()) is None:
            found = m
            break
    doc.memo[key] = found
    return found


def _own_period(window: str, m: re.Match[str]) -> bool:
    """Whether a period named in ``window`` is the one its figures are of: not one compared
    with ("高于一季度累计增幅"), nor a month of an aside in brackets ("占…预计数(预计数取自《…
    2018年1-5月…通报》)的60.68%,超过序时进度要求10.68个百分点" is of 上半年)."""
    at = m.start()
    return not window[max(0, at - 2) : at].endswith(_COMPARED_PERIOD) and not _in_aside(window, at)


def _in_aside(window: str, at: int) -> bool:
    """Whether ``window[at]`` stands inside brackets that close before the window's end."""
    return window.rfind("(", 0, at) > window.rfind(")", 0, at) and window.find(")", at) >= 0


# the words before a period that is compared with, not the one a figure is of
_COMPARED_PERIOD = ("高于", "低于", "快于", "慢于", "比", "较", "与", "上年", "去年")


# ("比上年提高2.4个百分点" compares a rate with its own the year before, not with another printed
# rate: a 比 followed by a period, PERIOD_WORDS or a year, is no gap between two rates)
_NOT_A_PERIOD = (
    "(?!" + "|".join(sorted(PERIOD_WORDS, key=len, reverse=True)) + r"|(?:\d{4}|1\d\d)年)"
)
_GAP_WORDS = re.compile(
    r"高于|低于|高出|低出|超过|快于|慢于|领先|落后|相差|差距"
    r"|(?<![相同])比" + _NOT_A_PERIOD + r"[^,;。]{1,20}?(?:高|低|快|慢)了?$"
    r"|[与和同]" + _NOT_A_PERIOD + r"[^,;。]{1,20}?相比[^,;。]{0,6}?(?:高|低|快|慢)了?$"
)


_NAMED_RATE = re.compile(
    r"(?:高于|低于|快于|慢于|比)(?P<name>[^,;:。()]{1,16}?)(?:的)?"
    r"(?:增幅|增速|增长率|增长速度|平均水平|水平)"
)
# a gap to the rate of a whole named by its scope alone, right before the gap's figure (with
# what is compared: "高于全国平均占比4.09个百分点")
_SCOPE_COMPARED = re.compile(
    r"(?:高于|低于|快于|慢于|超过|高出|低出)(?:全[市县区省州旗国盟])(?:平均)?"
    r"(?:水平|占到?比|比重|比例|增幅|增速|)\s*$"
)
# the same with the whole's name after its scope ("高于全市规上工业4.3个百分点"), read so only
# when no rate of that scope is printed before in the sentence ("全省一般公共预算收入增长18.9%,
# 其中税收收入增长21.7%,高于全省收入增幅2.8个百分点" compares with the 18.9%)
_SCOPE_NAMED_COMPARED = re.compile(
    r"(?:高于|低于|快于|慢于|超过|高出|低出)(?P<scope>全[市县区省州旗国盟])"
    r"(?P<name>[^,;。\d%]{1,8}?)(?:平均)?(?:水平|占到?比|比重|比例|增幅|增速|)\s*$"
)
_WHOLE_WORDS = re.compile(r"^(?:整体|总体|全部|总|全市|全县|全区|全省)")
_SCOPE = re.compile(r"全[市县区省州旗镇乡](?=[\u4e00-\u9fff]{2})")


def _named_rate(doc: Document, s: Sentence, rate: Fact, gap: Fact) -> Fact | None:
    """The rate a gap names after ``rate`` but does not print there ("增长7.8%,高于整体支出增幅
    3.5个百分点"): see :func:`_rate_named`; one printed before ``rate`` in its sentence comes
    first ("全省…收入增长18.9%,其中税收收入增长21.7%,高于全省收入增速2.8个百分点")."""
    m = _NAMED_RATE.search(doc.text, rate.q.end, gap.q.start)
    if m is None:
        return None
    name = _WHOLE_WORDS.sub("", canonical(m.group("name"))[0])
    if len(name) >= 2:
        for g in _back(s.facts, rate.index - s.facts[0].index):
            if g.role is _RATE and g.q.unit.dimension is _PERCENT and g.subject.endswith(name):
                return g
    return _rate_named(doc, s, m.group("name"))


def _rate_named(doc: Document, s: Sentence, named: str) -> Fact | None:
    """The last change rate printed up to five sentences before sentence ``s`` whose subject
    ends with ``named`` (整体, 总体, 全市… dropped), one of its own paragraph first; when the
    name opens with 全市/全县/…, a rate of its paragraph whose subject opens with the same word
    comes first (the whole, not one of its parts printed after it). A rate of an earlier
    paragraph is taken only when its own has none ("全省公共财政支出…增长10.6%。" one paragraph
    before "低于财政支出增速4.6个百分点")."""
    full = canonical(named)[0]
    name = _WHOLE_WORDS.sub("", full)
    if len(name) < 2:
        return None
    whole = full[: len(full) - len(name)]
    found: Fact | None = None
    other: Fact | None = None  # the first such rate in an earlier paragraph
    for j in range(s.index - 1, max(-1, s.index - 6), -1):
        prev = doc.sentences[j]
        for g in reversed(prev.facts):
            if g.role is _RATE and g.q.unit.dimension is _PERCENT and g.subject.endswith(name):
                if prev.paragraph != s.paragraph:
                    other = other or g
                elif not whole or g.subject.startswith(whole):
                    return g
                else:
                    found = found or g
    return found or other


# "全市公共财政预算收入增幅比全省平均增幅(15.97%)高6个百分点": the gap's own rate is named at the
# head of its sentence and printed before it.
_OWN_RATE = re.compile(
    r"(?P<name>[^,;:。()]{2,30}?)的?(?:增幅|增速|增长率|增长速度)(?:比|高于|低于|快于|慢于)"
)


_OWN_POINTS_CHANGE = re.compile(
    r"[ ]*,?[ ]*(?:占到?比|比重|增速|增幅)?(?:同比|环比|(?:比|较)(?:上年|去年|上一年)度?(?:同期)?"
    # (against another period of the year: "占比较上半年提高1.5个百分点", "增速比1—9月份加快0.8
    # 个百分点", "环比提高1.4个百分点")
    r"|(?:比|较)(?:上半年|一季度|上季度|前三季度|上月|上个月|\d{1,2}月份?|\d{1,2}[-—–~至]\d{1,2}月份?))"
    r"(?:提高|上升|增加|下降|减少|降低|回落|加快|放缓|回升)了?[ ]*"
)


def _point_gaps(doc: Document, s: Sentence, out: list[Claim]) -> None:
    """ "增长8.1%,高于全省平均增幅4.4% 3.7个百分点": the gap between two printed rates."""
    for i, f in enumerate(s.facts):
        if f.q.unit.dimension is not _POINTS or f.role is _ROLE_POINTS:
            continue
        if "拉动" in f.label:
            continue  # "贡献率为35.2%,拉动规上工业增长2.2个百分点": a pull on growth, no gap
        if not _GAP_WORDS.search(doc.text[max(s.start, f.q.start - 40) : f.q.start]):
            continue
        # "比全省平均水平(17.9%)高2.7个百分点": the rate compared with may be in brackets
        rates = [
            g for g in s.facts[:i] if g.q.unit.dimension is _PERCENT and g.depth <= f.depth + 1
        ]
        if rates and _OWN_POINTS_CHANGE.fullmatch(doc.text, rates[-1].q.end, f.q.start):
            # "…高于一般公共预算支出增幅2.4个百分点,占全市支出59.07%,同比提高1.23个百分点": the
            # rate's own change on the year before (its prior not printed), no gap to a rate
            # before it
            continue
        named_scope = (
            _SCOPE_NAMED_COMPARED.search(doc.text, rates[-1].q.end, f.q.start) if rates else None
        )
        if named_scope is not None and any(
            g.role is _RATE
            and g.subject.startswith(named_scope.group("scope"))
            and named_scope.group("name") in g.subject
            for g in rates
        ):
            named_scope = None
        if rates and (
            _SCOPE_COMPARED.search(doc.text, rates[-1].q.end, f.q.start) or named_scope is not None
        ):
            # "其中限额以上消费品零售总额同比增长23.6%,增速高于全市20.8个百分点": compared with the
            # whole's rate, not printed (printed, it would follow the words: "高于全省平均增幅4.4%
            # 3.7个百分点"), not with a rate printed before
            continue
        if rates and _NAMED_RATE.search(doc.text, rates[-1].q.end, f.q.start):
            # "民生支出165.8亿元,增长7.8%,高于整体支出增幅3.5个百分点": the other rate is named,
            # and printed earlier; when it is not found, a percentage of another kind before
            # is not its pair ("完成年度预算的31.7%;…增长17.7%,高于年度目标增幅12.1个百分点")
            # (nor is a rate of another thing: "已交税费…同比增长56.82%,两年平均增长14.20%,高于
            # 全省一般公共预算收入增幅31.2个百分点", the province's rate not printed; nor, after a
            # share, the growth before it or the one named: "收入增长12%,其中税收收入占比83%,…,
            # 但比全省平均水平高2.6个百分点", "…占流动资产总额31.5%,…;成本费用总额增速低于收入增速
            # 0.2个百分点", the gap's own rate not printed)
            other = _named_rate(doc, s, rates[-1], f) if rates[-1].role is _RATE else None
            rates = [rates[-1], other] if other is not None else []
        elif len(rates) == 1 and rates[0].depth == f.depth + 1 and s.index > 0:
            # "全市…收入增幅比全省平均增幅(15.97%)高6个百分点": the compared rate in brackets,
            # the sentence's own rate named at its head and printed before
            own = _OWN_RATE.match(doc.text, s.start, rates[0].q.start)
            mine = None if own is None else _rate_named(doc, s, own.group("name"))
            if mine is not None:
                rates = [mine, rates[0]]
        if len(rates) < 2:
            continue
        a, b = rates[-2], rates[-1]
        if b in a.run or "分别" in doc.text[max(a.q.end, b.q.end) : f.q.start]:
            # "增加值分别占全市的42.3%和19.3%,增速分别高于全市2.5个和1.4个百分点": the rates of
            # two things, each with its own gap to a rate not printed, not a gap between them
            continue
        # "增速最高为…(同比增长55.5%),增速最低为任县(同比下降13.2%),高低相差68.7个百分点": a rate
        # printed after a verb of a fall is below zero
        signs = (_rate_sign(a), -_rate_sign(b))
        name = f"{a.q.text} − {b.q.text}" if signs == (1, -1) else _signed_text(signs, a, b)
        r = Reading(name, (a.q, b.q), linear(signs), signs)
        out.append(_make("points-gap", f, [a, b], [r], False, "the gap between two rates"))


def _rate_sign(f: Fact) -> int:
    """−1 for a rate printed after a verb of a fall ("下降13.2%"), else 1."""
    return -1 if f.role is _RATE and f.sign < 0 and f.q.value >= 0 else 1


def _signed_text(signs: tuple[int, int], a: Fact, b: Fact) -> str:
    """ "55.5% − (−13.2%)": the two rates with their signs."""
    first = a.q.text if signs[0] > 0 else f"−{a.q.text}"
    second = b.q.text if signs[1] < 0 else f"−{b.q.text}"
    return f"{first} − ({second})" if signs[1] > 0 else f"{first} − {second}"


# "…的比例为11.32%,比上年的10.54%增加了0.78个百分点": a percentage, the year before's after 比,
# and the change in points between them
_PRIOR_PERCENT = re.compile(r"(?:比|较)(?:上一?年度?|去年|(?:19|20)\d\d年度?)(?:同期)?的?$")
_POINT_VERB = re.compile(r"^\s*(?:增加|提高|上升|下降|减少|降低|回落)了?$")
# "由(2016年的)20.5%下降到(2017年的)15.2%": a rate's old and new levels
# (the new level's words are _TO_NEW_LEVEL's)
_FROM_PERCENT = re.compile(FROM_LEVEL + "(?:" + LEVEL_PERIOD + "的?)?$")


def _point_changes(doc: Document, s: Sentence, out: list[Claim]) -> None:
    """A change in points after a percentage and the year before's, printed after 比 or 较:
    their difference (certain: both rates and the verb are printed)."""
    facts = s.facts
    for i in range(2, len(facts)):
        f = facts[i]
        if f.q.unit.dimension is not _POINTS:
            continue
        if not _POINT_VERB.match(f.label):
            years = _YEARS_COMPARED.search(f.label) if "比" in f.label else None
            if years is not None:
                _year_run_points(doc, s, i, years, out)
            continue
        prior, current = facts[i - 1], facts[i - 2]
        if (
            prior.q.unit.dimension is not _PERCENT
            or current.q.unit.dimension is not _PERCENT
            or prior.depth != current.depth
        ):
            continue
        if not _PRIOR_PERCENT.search(prior.label):
            # "非税收入占比由20.5%下降到15.2%,下降5.3个百分点": from the old level to the new
            if not (
                _FROM_PERCENT.search(current.label)
                and _TO_NEW_LEVEL.fullmatch(prior.label.lstrip(" ,"))
                and _adjacent(doc, prior, f)
            ):
                continue
            prior, current = current, prior
        r = Reading(
            f"{current.q.text} − {prior.q.text}", (current.q, prior.q), linear((1, -1)), (1, -1)
        )
        out.append(_make("points-gap", f, [current, prior], [r], True, "the change of a rate"))


def _year_run_points(
    doc: Document, s: Sentence, i: int, years: re.Match[str], out: list[Claim]
) -> None:
    """ "2013~2017年,…比重分别为22.5%、15.2%、17.6%、17.3%、13.2%,2017年比2013年非税占比下降了9.5个
    百分点": a run of rates, one a year of the span printed before it, and points between two of
    those years: the difference of their rates (inferred: the years are counted off the run)."""
    f = s.facts[i]
    new_year, old_year = int(years.group(1)), int(years.group(2))
    run = next(
        (
            g.run
            for g in _back(s.facts, i)
            if g.run and g.run[0] is g and g.q.unit.dimension is _PERCENT
        ),
        None,
    )
    if run is None:
        return
    span = _YEAR_SPAN.search(doc.text, s.start, run[0].q.start)
    if span is None:
        return
    first, last = int(span.group(1)), int(span.group(2))
    if last - first + 1 != len(run) or not first <= min(new_year, old_year):
        return
    if max(new_year, old_year) > last:
        return
    current, prior = run[new_year - first], run[old_year - first]
    r = Reading(
        f"{current.q.text} − {prior.q.text}", (current.q, prior.q), linear((1, -1)), (1, -1)
    )
    out.append(_make("points-gap", f, [current, prior], [r], False, "the change of a rate"))


# "2017年比2013年…下降了": the two years compared; "2013~2017年": a span of years
_YEARS_COMPARED = re.compile(
    r"((?:19|20)\d\d)年度?比((?:19|20)\d\d)年度?[^,;。\d]{0,16}(?:下降|提高|增加|减少|上升|降低)了?$"
)
_YEAR_SPAN = re.compile(r"((?:19|20)\d\d)(?:年度?)?[~～至—-]((?:19|20)\d\d)年")


# (平均增速 over a period named in words: "“十三五”期间…从73.4亿元增加到121.6亿元,平均增速达28.71%")
_AVERAGE = re.compile(r"(?:年平?|平)均(?:增长|增速|增幅|递增)")
_AVERAGE_GROWTH = "average annual growth"


def _average_growth(doc: Document, s: Sentence, out: list[Claim]) -> None:
    """ "由2018年的100亿元增加到2022年的146.4亿元,年均增长10%": (end/start)^(1/N) − 1."""
    for i, f in enumerate(s.facts):
        # (each word of _AVERAGE has 均)
        if (
            f.q.unit.dimension is not _PERCENT
            or "均" not in f.label
            or not _AVERAGE.search(f.label)
        ):
            continue
        if i > 0 and _average_over_change(doc, s, i, f, out):
            continue
        levels = [g for g in s.facts[:i] if g.q.unit.is_money and g.role in (_VALUE, _ROLE_PRIOR)]
        if len(levels) < 2:
            continue
        start, end = levels[-2], levels[-1]
        y0 = YEAR_DIGITS.findall(doc.text[max(s.start, start.clause - 12) : start.q.start])
        y1 = YEAR_DIGITS.findall(doc.text[start.q.end : end.q.start])
        if not y0 or not y1:
            continue
        years = int(y1[-1]) - int(y0[-1])
        if not 1 <= years <= 30:
            continue
        r = Reading(
            f"{start.q.text} to {end.q.text} over {years} years",
            (end.q, start.q),
            _annual(years),
        )
        out.append(_make("change-rate", f, [start, end], [r], True, _AVERAGE_GROWTH))


# "比2013年增加4.44亿元": a change against a year named
_SINCE_YEAR = re.compile(r"(?:比|较)((?:19|20)\d\d)年(?:末|底)?")


def _average_over_change(doc: Document, s: Sentence, i: int, rate: Fact, out: list[Claim]) -> bool:
    """ "2017年,…基金收入12.41亿元,比上年增加1.31亿元,增长11.80%;比2013年增加4.44亿元,年平均
    增长11.71%": the change since a year named, right before the rate, and the figure it is the
    change of (the sentence's first amount of its unit, its year printed before it): the rate is
    ((figure / (figure − change))^(1/N) − 1) × 100 over the N years between."""
    change = s.facts[i - 1]
    if change.role is not _CHANGE or not change.q.unit.is_money or change.sign == 0:
        return False
    since = _SINCE_YEAR.search(change.label)
    if since is None:
        return False
    level = next(
        (g for g in _upto(s.facts, i - 1) if g.role is _VALUE and g.q.unit is change.q.unit),
        None,
    )
    if level is None:
        return False
    printed_year = YEAR_DIGITS.findall(doc.text[s.start : level.q.start])
    if not printed_year:
        return False
    years = int(printed_year[-1]) - int(since.group(1))
    if not 2 <= years <= 30:
        return False
    r = Reading(
        f"{level.q.text} against {since.group(1)} over {years} years",
        (level.q, change.q),
        _annual_since(years, change.sign),
    )
    out.append(_make("change-rate", rate, [level, change], [r], True, _AVERAGE_GROWTH))
    return True


def _annual_since(years: int, sign: int) -> Formula:
    """The average annual growth from (figure − sign × change) to the figure over ``years``."""
    annual = _annual(years)

    def formula(values: Sequence[Decimal]) -> Decimal | None:
        end, change = values
        return annual((end, _CTX.subtract(end, _CTX.multiply(change, sign))))

    return formula


# "普通小学上年10321.31元,本年10359.52元,比上年增长0.37%": the year before's figure, then this
# year's, then the rate.
_LAST_YEAR_LABEL = re.compile(r"(?:上年|去年|上年度)(?:为|是|:)?$")
_THIS_YEAR_LABEL = re.compile(r"^\s*[,;]?\s*(?:本年|今年|本年度)(?:为|是|:)?$")


def _year_pairs(s: Sentence, out: list[Claim]) -> None:
    """A figure of the year before, this year's, and their rate: (this − before) / before."""
    facts = s.facts
    for i in range(2, len(facts)):
        r = facts[i]
        if r.role is not _RATE:
            continue
        prior, current = facts[i - 2], facts[i - 1]
        if (
            prior.role is not _VALUE
            or current.role is not _VALUE
            or prior.depth != current.depth
            or not _LAST_YEAR_LABEL.search(prior.label)
            or not _THIS_YEAR_LABEL.match(current.label)
            or not (
                prior.q.unit is current.q.unit
                or (prior.q.unit.dimension is _BARE and current.q.unit.scale == 0)
            )
            or prior.q.value <= 0
        ):
            continue
        # 同口径 and the like: the rate is on a basis the figures printed may not be
        adjusted = _ADJUSTED.search(r.label) is not None
        reading = Reading(
            f"{current.q.text} against {prior.q.text}", (current.q, prior.q), _level_rate
        )
        out.append(_make("change-rate", r, [current, prior], [reading], not adjusted, "rate"))


# "教育经费3335.17万元,占一般公共预算支出29472万元的比例为11.32%": the whole printed inside
# the share's own words.
_WHOLE_LABEL = re.compile(r"^\s*[,;]?\s*占[^,;:。\d]{2,20}$")
_SHARE_AFTER_WHOLE = re.compile(r"^的?(?:比例|比重|份额)?(?:为|是|达)?$")


def _printed_wholes(doc: Document, s: Sentence, out: list[Claim]) -> None:
    """An amount, then 占 and its whole printed with its figure, then the share of it."""
    facts = s.facts
    for i in range(2, len(facts)):
        p = facts[i]
        if p.q.unit.dimension is not _PERCENT or p.role not in (_VALUE, _SHARE):
            continue
        whole, amount = facts[i - 1], facts[i - 2]
        if (
            whole.role is not _VALUE
            or amount.role is not _VALUE
            or not whole.q.unit.is_money
            or not amount.q.unit.is_money
            or whole.depth != amount.depth
            or "占" not in whole.label  # _WHOLE_LABEL's word, looked for first
            or not _WHOLE_LABEL.match(whole.label)
            or not _SHARE_AFTER_WHOLE.match(p.label.strip())
        ):
            continue
        # (a whole that is a plan, "占全县收入计划75000万元的110.5%", is a base: facts._classify
        # makes the rate after it a completion, read by _completions)
        r = Reading(f"of {whole.q.text}", (amount.q, whole.q), ratio_percent)
        out.append(_make("share", p, [amount, whole], [r], True, "amount / total × 100"))


def _annual(years: int) -> Formula:
    def formula(values: Sequence[Decimal]) -> Decimal | None:
        end, start = values
        if start <= 0 or end <= 0:
            return None
        root = _CTX.power(_CTX.divide(end, start), _CTX.divide(Decimal(1), Decimal(years)))
        return _CTX.multiply(_CTX.subtract(root, 1), 100)

    return formula


def _gap_from_printed(comp: Fact, months: int, name: str) -> Reading:
    """The gap between a printed completion rate and the share of the year elapsed."""
    share = _CTX.multiply(_CTX.divide(Decimal(months), Decimal(12)), 100)

    def off(values: Sequence[Decimal], share: Decimal = share) -> Decimal:
        return _CTX.subtract(values[0], share).copy_abs()

    return Reading(name, (comp.q,), off)


# "比去年同期进度加快5.2个百分点": a lead over the year before's progress, which is not printed
_PROGRESS_A_YEAR_AGO = re.compile(r"(?:比|较|同比)(?:去年|上年|上一年)")


def _progress(doc: Document, s: Sentence, out: list[Claim]) -> None:
    for i, f in enumerate(s.facts):
        if f.role is not _ROLE_POINTS or i == 0 or _PROGRESS_A_YEAR_AGO.search(f.label):
            continue
        comp = s.facts[i - 1]
        # "占省级核定一般公共预算支出预计数的60.68%,超过序时进度要求10.68个百分点": a rate set
        # against the time progress is a completion rate, whatever it is a share of (the gap
        # says so: a points figure is one by its 进度 or 序时)
        if comp.role is not _COMPLETION and comp.role is not _SHARE:
            continue
        # (a share read as a completion is inferred: its figures may be of another plan)
        certain = comp.role is _COMPLETION
        if comp.base is None:
            # "占预算的86.6%,超时间进度3.3个百分点": from the printed completion itself.
            months = _elapsed_months(doc, f.q.start)
            if months is not None:
                r = _gap_from_printed(comp, months, f"{months}/12 of the year elapsed")
                out.append(
                    _make(
                        "points", f, [comp], [r], certain, f"completion − {months}/12 of the year"
                    )
                )
            continue
        k = s.facts.index(comp.base)
        actual = _value_before(s, k)
        months = _elapsed_months(doc, f.q.start)
        if actual is None or months is None:
            continue
        fraction = _CTX.divide(Decimal(months), Decimal(12))
        a, b = actual, comp.base

        def points(values: Sequence[Decimal], fraction: Decimal = fraction) -> Decimal | None:
            rate = ratio_percent(values)
            if rate is None:
                return None
            return _CTX.subtract(rate, _CTX.multiply(fraction, 100)).copy_abs()

        r = Reading(f"{months}/12 of the year elapsed", (a.q, b.q), points)
        # "…完成11.26亿元,…占年初预算33.92亿元的33.0%,超预算序时进度8.0个百分点" (11.26 / 33.92 is
        # 33.2%): the gap is read from the printed completion too, so a misprinted rate is one
        # finding (the completion's), not two
        printed = _gap_from_printed(
            comp, months, f"{months}/12 of the year elapsed, from the printed completion"
        )
        out.append(
            _make(
                "points",
                f,
                [a, b],
                [r, printed],
                certain,
                f"completion − {months}/12 of the year",
            )
        )
        if i + 1 < len(s.facts) and s.facts[i + 1].role is _ROLE_PROGRESS:
            amount = s.facts[i + 1]

            def short(values: Sequence[Decimal], fraction: Decimal = fraction) -> Decimal:
                return _CTX.subtract(values[0], _CTX.multiply(values[1], fraction)).copy_abs()

            r2 = Reading(f"{months}/12 of the budget", (a.q, b.q), short)
            out.append(
                _make(
                    "progress-amount",
                    amount,
                    [a, b],
                    [r2],
                    True,
                    f"actual − {months}/12 of the budget",
                )
            )


# ----------------------------------------------------------------------------------------------
# Savings: "采购计划金额A万元,实际采购金额B万元,节约资金C万元,节约率为D%"

_PLAN = re.compile("|".join(SAVINGS["plan"]))
_ACTUAL = re.compile("|".join(SAVINGS["actual"]))
_SAVED = re.compile("|".join(SAVINGS["saved"]))
_SAVING_RATE = re.compile("|".join(SAVINGS["rate"]))
_TRADED = re.compile("|".join(SAVINGS["traded"]))
_REAL_GROWTH = re.compile("|".join(REAL_GROWTH))


# (its formula may follow it in brackets: "个贷率(个人住房贷款余额/缴存余额)为72.80%")
# ("税收占到比": 占 may be written 占到, as in any share; the name is looked up without it)
_NAMED_RATIO_WORDS = (*NAMED_RATIOS, *(n.replace("占", "占到") for n in NAMED_RATIOS if "占" in n))
_NAMED_RATIO = re.compile(
    "(?P<name>"
    + "|".join(name.replace("占", "占到?") for name in sorted(NAMED_RATIOS, key=len, reverse=True))
    + r")(?:\([^()]{0,24}\))?(?:为|是|达到|达)?$"
)
_RATIO_REACH = 12  # figures looked back for the part, and from it for the whole


def _named_ratios(doc: Document, s: Sentence, out: list[Claim]) -> None:
    """ "全区财政总收入累计完成41.73亿元,…,其中税收收入累计完成35.22亿元,…,税性比为84%": a ratio
    printed by its name (:data:`~budgetperf.textaudit.vocabulary.NAMED_RATIOS`) is the share of
    the part it names, printed last before it, in the whole printed before that part (a weak
    reading: 35.22 / 41.73 = 84.40%)."""
    for f in s.facts:
        if f.q.unit.dimension is not _PERCENT:
            continue
        if f.role is not _VALUE and f.role is not _SHARE:
            # ("税收占比为62.57%": a ratio named with 占 is read as a share, of no named whole;
            # it is the ratio its name says too, a reading the claims of one figure share)
            continue
        m = _NAMED_RATIO.search(f.label.strip())
        if m is None:
            continue
        part_name, whole_name = NAMED_RATIOS[m.group("name").replace("占到", "占")]
        earlier = [g for g in _earlier_values(doc, f) if g.q.unit.is_money]
        part = next((g for g in reversed(earlier) if g.subject.endswith(part_name)), None)
        if part is None:
            continue
        whole = next(
            (
                g
                for g in reversed(earlier)
                if g.index < part.index
                and g.subject.endswith(whole_name)
                and not g.subject.endswith(part_name)
                and g.q.base > part.q.base
            ),
            None,
        )
        if whole is None:
            continue
        r = Reading(f"{part.q.text} of {whole.q.text}", (part.q, whole.q), ratio_percent)
        readings, inputs = [r], [part, whole]
        sibling = _decomposed_sibling(doc, s, whole_name, part, [whole])
        if sibling is not None:
            # "…(41.79億)…。其中稅收收入36.0億元,…。非稅收入5.79億元,…。稅收收入占比爲86.2%": the
            # whole found in another paragraph, or the part and its sibling printed here
            readings.append(
                make_reading(
                    f"of {part.q.text} + {sibling.q.text}", (part.q, sibling.q), _part_of_sum
                )
            )
            inputs.append(sibling)
        out.append(_make("share", f, inputs, readings, False, "part / whole × 100"))


# the owners' part of an enterprise's equity: 归属于母公司(所有者)的净资产, 归母净资产
_OWNERS_PART = re.compile(r"母公司|归母")
_NAMED_DIFFERENCE = re.compile(
    "(?P<name>"
    + "|".join(sorted(NAMED_DIFFERENCES, key=len, reverse=True))
    + r")(?:\([^()]{0,20}\))?(?:总额|总计|合计|共计|总量)?(?:\([^()]{0,20}\))?(?:为|是|达到|达)?$"
)


# "总收入中,14.8亿元(15.1%)为博彩拨款,…": the whole the amounts of the clauses after it are of
_IN_WHOLE = re.compile(r"([^,;:。()]{2,12})中[,:]")


def _bracketed_shares(doc: Document, out: list[Claim]) -> None:
    """ "总收入中,14.8亿元(15.1%)为博彩拨款,15.4亿元(15.8%)为…": a percentage in brackets right
    after an amount, in clauses opened by "X中," up to the next ';', is the amount's share of the
    figure named X printed before (a weak reading)."""
    text = doc.text
    for s in doc.figured:
        for i, f in enumerate(s.facts):
            if f.q.unit.dimension is not _PERCENT or f.depth != 1 or i == 0:
                continue
            amount = s.facts[i - 1]
            if (
                not amount.is_amount
                or amount.depth != 0
                or text[amount.q.end : f.q.start] != "("
                or not text.startswith(")", f.q.end)
            ):
                continue
            clause = max(text.rfind(";", s.start, amount.q.start), s.start)
            context = None
            for m in _IN_WHOLE.finditer(text, clause, amount.q.start):
                context = m
            if context is None:
                continue
            name = canonical(context.group(1))[0]
            if len(name) < 2:
                continue
            wholes = [
                t
                for t in _lookup(
                    doc, name, near=amount, dims=(amount.q.unit.dimension,), before_only=True
                )
                if t.subject.endswith(name) and t.q.base >= amount.q.base
            ]
            if not wholes:
                continue
            whole = wholes[0]
            r = Reading(f"of {whole.q.text}", (amount.q, whole.q), ratio_percent)
            out.append(_make("share", f, [amount, whole], [r], False, "amount / total × 100"))


def _named_differences(doc: Document, out: list[Claim]) -> None:
    """ "全国行政事业单位资产总额30.0万亿元,负债总额9.5万亿元,净资产20.5万亿元": a figure printed by
    the name of a difference (:data:`~budgetperf.textaudit.vocabulary.NAMED_DIFFERENCES`) is
    the last figure of the first name before it less the last of the second, both in its
    paragraph and unit (a weak reading: the pairing is inferred). Amounts of money, and rates
    in thousandths ("出生率为6.2‰;…死亡率为7.79‰;自然增长率为-1.6‰")."""
    for f in doc.facts:
        if f.role is not _VALUE or not (f.q.unit.is_money or f.q.unit is _PER_MILLE):
            continue
        m = _NAMED_DIFFERENCE.search(f.label.strip())
        if m is None or _OWNERS_PART.search(f.label):
            # ("资产总额1560.52亿元;负债总额987.56亿元;归属于母公司的净资产544.82亿元": the parent's
            # owners' part of the 净资产, not all of it)
            continue
        name, less = NAMED_DIFFERENCES[m.group("name")]
        earlier = [
            g
            for g in _earlier_values(doc, f)
            if g.q.unit is f.q.unit
            # rates are printed together, in one sentence: one printed before it is of
            # another measure ("户籍人口婴儿死亡率2.00‰。户籍人口出生率10.30‰,人口自然增长率
            # 3.25‰": no 死亡率 of the whole population is printed)
            and (f.q.unit is not _PER_MILLE or g.sentence == f.sentence)
        ]
        taken = next((g for g in reversed(earlier) if g.subject.endswith(less)), None)
        if taken is None:
            continue
        whole = next(
            (
                g
                for g in reversed(earlier)
                if g.subject.endswith(name) and not _NAMED_DIFFERENCE.search(g.label.strip())
            ),
            None,
        )
        if whole is None:
            continue
        # The printed figure keeps its sign ("自然增长率为-1.6‰", "净资产-3.2亿元"): a negative one
        # is B − A, and a result the wrong way round (more deaths than births, a rate printed
        # positive) disagrees, as no unsigned reading would find
        negative = f.q.value < 0
        signs = (-1, 1) if negative else (1, -1)
        r = Reading("printed formula", (whole.q, taken.q), linear(signs), signs, absolute=False)
        how = "B − A, printed negative" if negative else "A − B as printed"
        out.append(_make("difference", f, [whole, taken], [r], False, how))
        # "资产总额1102.65亿元,较上年增加66.29亿元,…;负债总额743.21亿元,较上年增加28.39亿元,…;
        # 净资产359.44亿元,较上年增加37.90亿元": the difference's change is the difference of
        # their changes on the year
        changes = [_change_of(doc, g, _BASIS_PRIOR) for g in (f, whole, taken)]
        own, of_whole, of_taken = changes
        if own is None or of_whole is None or of_taken is None:
            continue
        if any(c.q.unit.dimension is not f.q.unit.dimension for c in changes if c is not None):
            continue
        signs = ((of_whole.sign or 1) * (own.sign or 1), -(of_taken.sign or 1) * (own.sign or 1))
        r = Reading("the changes of A and B", (of_whole.q, of_taken.q), linear(signs), signs)
        out.append(_make("difference", own, [of_whole, of_taken], [r], False, "A's − B's change"))


def _savings(doc: Document, s: Sentence, out: list[Claim]) -> None:
    start = 0
    for i, f in enumerate(s.facts):
        if f.depth > 0:
            continue
        if f.q.unit.dimension is _PERCENT and _SAVING_RATE.search(f.label):
            block = [g for g in s.facts[start:i] if g.depth == 0 and g.q.unit.is_money]
            saved = next((g for g in reversed(block) if _SAVED.search(g.label)), None)
            block = [g for g in block if g is saved or g.role is _VALUE]
            plan = next(
                (g for g in reversed(block) if g is not saved and _PLAN.search(g.label)), None
            ) or next(
                # "比预算的7136.74万元节约资金290.72万元": the figure of the budget phase
                (g for g in reversed(block) if g is not saved and g.phase == "budget"),
                None,
            )
            # (not a figure named as another saving or plan: "…送审…1.3亿元,审计核减…685.15万元;
            # …送审…818.47万元,审减…108.83万元,审减率…13.3%" names another project's two first)
            actual = next(
                (
                    g
                    for g in reversed(block)
                    if g is not saved
                    and g is not plan
                    and not _SAVED.search(g.label)
                    and not _PLAN.search(g.label)
                ),
                None,
            )
            own = s
            if not block and start == 0 and s.index > 0:
                # "节约资金137.62万元,其中:货物类:110.01万元,…。节约率0.59%。": the rate alone,
                # of the saving in the sentence before it (in its paragraph)
                before = doc.sentences[s.index - 1]
                if before.paragraph == s.paragraph:
                    saved = next(
                        (
                            g
                            for g in before.facts
                            if g.depth == 0 and g.q.unit.is_money and _SAVED.search(g.label)
                        ),
                        None,
                    )
                    own = before
            if saved is not None and plan is None and actual is None:
                # "预算规模为227957.45万元,…。实际采购规模为205460.49万元,…。节约资金22496.96
                # 万元,节约率为9.87%": the plan and the actual a few sentences before.
                plan, actual = _earlier_plan(doc, own, saved)
            if saved is not None:
                readings = []
                if plan is not None:
                    readings.append(Reading("saving / plan", (saved.q, plan.q), ratio_percent))
                if actual is not None:
                    readings.append(
                        Reading("saving / (actual + saving)", (saved.q, actual.q), _saving_rate)
                    )
                if readings:
                    inputs = [saved, *(g for g in (plan, actual) if g is not None)]
                    # (a public resource centre's trade, "交易额212.4300亿元" with land sales and
                    # property deals that save nothing, or "交易资金2773.3万元", may not be what
                    # the rate is of: a weak reading)
                    # (so may a trade printed with the value its sales added, 增值:
                    # "成交金额8.64亿元,节约金额0.72亿元,节资率16.24%,增值金额为3385.64万元"
                    # mixes deals that save with deals that sell)
                    strong = (
                        plan is not None
                        or actual is None
                        or not (
                            _TRADED.search(actual.label) or any("增值" in g.label for g in s.facts)
                        )
                    )
                    out.append(_make("share", f, inputs, readings, strong, "saving / plan × 100"))
                if plan is not None and actual is not None:
                    out.append(_saving_difference(saved, plan, actual, True))
            start = i + 1


def _unrated_savings(s: Sentence, out: list[Claim]) -> None:
    """ "完成政府采购项目预算1224.83亿元,实际采购金额1156.68亿元,…,全年节约资金68.15亿元": a saving
    printed without its rate, after a plan and an actual of its sentence (named as
    :data:`~budgetperf.textaudit.vocabulary.SAVINGS` names them, the plan first and larger), is
    the plan less the actual (with a rate, :func:`_savings` reads it too: one claim is kept)."""
    start = 0  # (after the saving before: each item's plan and actual are its own)
    for k, saved in enumerate(s.facts):
        if saved.depth != 0 or not saved.q.unit.is_money or not _SAVED.search(saved.label):
            continue
        block = [
            g for g in s.facts[start:k] if g.depth == 0 and g.role is _VALUE and g.q.unit.is_money
        ]
        start = k + 1
        plan = next((g for g in reversed(block) if _PLAN.search(g.label)), None)
        actual = next((g for g in reversed(block) if _ACTUAL.search(g.label)), None)
        # (or the figures of the two phases: "完成政府采购项目预算1224.83亿元,实际采购金额…", a
        # weak reading)
        named = plan is not None and actual is not None
        plan = plan or next((g for g in reversed(block) if g.phase == "budget"), None)
        actual = actual or next((g for g in reversed(block) if g.phase == "actual"), None)
        if plan is None or actual is None or plan.index > actual.index:
            continue
        if plan.q.base <= actual.q.base:
            continue  # (no saving: an overspending is said otherwise)
        out.append(_saving_difference(saved, plan, actual, named))


def _saving_difference(saved: Fact, plan: Fact, actual: Fact, named: bool) -> Claim:
    """The claim that a saving is its plan less its actual: certain when the two are named as a
    plan and an actual (``named``) and the saving is net. An audit's 审减 (核减) is gross of the
    projects reviewed upwards (审增): 送审 − 审定 need not equal it, so a disagreement is a
    warning."""
    r = Reading("plan − actual", (plan.q, actual.q), linear((1, -1)), (1, -1))
    net = named and not re.search("审减|核减", saved.label)
    return _make("difference", saved, [plan, actual], [r], net, "plan − actual")


def _earlier_plan(doc: Document, s: Sentence, saved: Fact) -> tuple[Fact | None, Fact | None]:
    """The plan and the actual of a saving, named in the three sentences before it (a sentence
    that opens with a list of the one before's parts not counted, nor read: "预算规模为227957.45
    万元。其中:货物类采购预算金额97926.37万元;…。实际采购规模为205460.49万元。其中:…")."""
    plan: Fact | None = None
    actual: Fact | None = None
    counted = 0
    for j in range(s.index - 1, max(-1, s.index - 7), -1):
        if _continues_with_list(doc, doc.sentences[j]):
            continue
        counted += 1
        if counted > 3:
            break
        for g in doc.sentences[j].facts:
            if g.role is not _VALUE or g.depth > 0 or g.q.unit is not saved.q.unit:
                continue
            if plan is None and _PLAN.search(g.label):
                plan = g
            elif actual is None and _ACTUAL.search(g.label):
                actual = g
    return plan, actual


# "计划出国(境)2人,预算费用3.5万元/人,共计7万元": a count, a price per unit, their product.
_PER_UNIT = re.compile(r"/(?:人|人次|辆|次|个|批|天|项|台|套|件|户|平方米|㎡)")
# (每千人口, 每万人口…: a figure per so many people, "每千常住人口卫生技术人员3.46人")
_PER_HEAD = re.compile(r"人均|生均|户均|次均|平均|日均|月均|年均|每[十百千万]+(?:常住|户籍)?人口")
# a school's fund set by a standard per pupil: an amount, not a figure per head
_PER_PUPIL_FUND = re.compile(r"生均(?:公用)?(?:经费|拨款|补助)")


def _per_head(f: Fact) -> bool:
    """Whether ``f`` is a figure per head (人均, 生均, 平均…), not a fund set per pupil (a
    生均经费 in 万元 or more: "高中生均经费85万元"; in 元 it is the average per pupil,
    "生均公用经费128.66元")."""
    label = f.label
    return (
        ("均" in label or "口" in label)
        and bool(_PER_HEAD.search(label))
        and (f.q.unit.scale < 4 or not _PER_PUPIL_FUND.search(label))
    )


_UNIT_PRICE = re.compile(r"单价|每人|人均|每辆|每次|每台|每套|每件")
_PRICE_WORDS = re.compile(r"/|单价|每人|人均|每辆|每次|每台|每套|每件")
_PRODUCT_TOTAL = re.compile(r"共计|合计|总计|共|总额|总价|计$")


def _products(doc: Document, s: Sentence, out: list[Claim]) -> None:
    """A count, a price per unit and a total after them in one sentence: count × price."""
    text = doc.text
    if not _PRICE_WORDS.search(text, s.start, s.end):
        return
    for i, price in enumerate(s.facts):
        if price.role is not _VALUE or not price.q.unit.is_money or price.depth > 1:
            continue
        if price.depth == 1 and not (
            i > 0
            and s.facts[i - 1].q.unit.dimension is _COUNT
            and text.startswith("(", s.facts[i - 1].q.end)
        ):
            continue  # in brackets only right after its count: "购置车辆3辆(单价25万元)"
        per_unit = _PER_UNIT.match(text, price.q.end) is not None
        if not per_unit and not _UNIT_PRICE.search(price.label):
            continue
        count = next(
            (g for g in _back(s.facts, i) if g.q.unit.dimension is _COUNT and g.depth == 0),
            None,
        )
        total = next(
            (
                g
                for g in _after(s.facts, i + 1)
                if g.q.unit.is_money and g.role is _VALUE and _PRODUCT_TOTAL.search(g.label)
            ),
            None,
        )
        if count is None or total is None:
            continue
        r = Reading(f"{count.q.text} × {price.q.text}", (count.q, price.q), _product)
        out.append(_make("product", total, [count, price], [r], per_unit, "count × price"))


# "经费120000元,按12家街道工委每家10000元测算": an amount, then 按 (以, 按照) and the count and
# the price per unit it was worked out from
_BASIS_OPENS = re.compile(r"[ ]*,?[ ]*(?:按照|按|以)$")
_BASIS_PER = re.compile(r"每|均")
_BASIS_ENDS = re.compile(r"(?:的?标准)?(?:测算|计算|核算|核定)")


def _estimate_bases(doc: Document, s: Sentence, out: list[Claim]) -> None:
    """ "街道人大工委代表工作联络指导经费120000元,按12家街道工委每家10000元测算": an amount
    followed by the count and the price per unit it was worked out from (按 N… 每… P 测算) is
    their product (a weak reading)."""
    text = doc.text
    facts = s.facts
    for i in range(1, len(facts) - 1):
        total, count, price = facts[i - 1], facts[i], facts[i + 1]
        if (
            count.q.unit.dimension is not _COUNT
            or not price.q.unit.is_money
            or not total.q.unit.is_money
            or total.role is not _VALUE
            or price.role is not _VALUE
            or total.depth
            or count.depth
            or price.depth
        ):
            continue
        between = text[count.q.end : price.q.start]
        if (
            _BASIS_OPENS.search(text, total.q.end, count.q.start) is None
            or _BASIS_PER.search(between) is None
            or len(between) > 16
            or ";" in between
            or _BASIS_ENDS.match(text, price.q.end) is None
        ):
            continue
        r = Reading(f"{count.q.text} × {price.q.text}", (count.q, price.q), _product)
        out.append(_make("product", total, [count, price], [r], False, "count × price"))


# "全省56个城区地区生产总值完成3030.8亿元…。各城区平均地区生产总值54.1亿元": total / count.
_MEAN = re.compile(r"平均|均价")
_PER_COUNTER = re.compile(r"每(辆|人次|人|次|个|台|户|套|件|项|批|天)")


def _earlier_figures(doc: Document, s: Sentence, average: Fact) -> list[Fact]:
    """The figures outside brackets before ``average`` in its sentence and the two before it in
    its paragraph, in order: the last _GATHER_REACH of them (no list is longer, and a page
    without full stops is one sentence: each average read the whole of it)."""
    found: list[Fact] = []
    for j in range(s.index, max(-1, s.index - 3), -1):
        t = doc.sentences[j]
        if t.paragraph != s.paragraph:
            break  # (a paragraph's sentences are consecutive)
        for g in reversed(t.facts):
            if g.index < average.index and g.depth == 0:
                found.append(g)
                if len(found) == _GATHER_REACH:
                    found.reverse()
                    return found
    found.reverse()
    return found


def _averages(doc: Document, s: Sentence, out: list[Claim]) -> None:
    """An average printed after a total of the same thing and the count it is over (in this
    sentence or the two before, same paragraph): average = total / count. A weak claim."""
    if not _MEAN.search(doc.text, s.start, s.end):
        return
    for k, average in enumerate(s.facts):
        if average.role is not _VALUE or not average.q.unit.is_money or average.depth > 1:
            continue
        if average.depth == 1 and not (
            # "运行维护费50万元(平均每辆6.25万元)": the average in brackets right after its total
            k > 0 and s.facts[k - 1].depth == 0 and doc.text.startswith("(", s.facts[k - 1].q.end)
        ):
            continue
        m = _MEAN.search(average.label)
        if m is None:
            continue
        thing = canonical(average.label[m.end() :])[0]
        earlier = _earlier_figures(doc, s, average)
        total = next(
            (
                g
                for g in reversed(earlier)
                if g.role is _VALUE
                and g.q.unit.is_money
                and not _MEAN.search(g.label)
                and (thing and (g.subject.endswith(thing) or _related(g.subject, thing)))
            ),
            None,
        )
        per = _PER_COUNTER.search(average.label)
        count = None
        if total is None and per is not None:
            # "公务车共2147辆,年运行维护费8106万元,平均每辆公车支出3.8万元": 每辆 names the count
            # (in 辆), and the total is the money printed after it.
            count = next(
                (
                    g
                    for g in reversed(earlier)
                    # (a count's change is no count: "公务用车10辆,比上年减少2辆")
                    if g.role is _VALUE
                    and g.q.unit.dimension is _COUNT
                    and g.q.counter == per.group(1)
                ),
                None,
            )
            money = [
                g
                for g in earlier
                if count is not None
                and g.index > count.index
                and g.role is _VALUE
                and g.q.unit.is_money
                and not _MEAN.search(g.label)
            ]
            total = money[0] if len(money) == 1 else None
        if total is None:
            later = _count_and_total_after(doc, s, average, m.start())
            if later is not None:
                count, total = later
                r = Reading(f"{total.q.text} / {count.q.text}", (total.q, count.q), _quotient)
                out.append(_make("ratio", average, [total, count], [r], False, "total / count"))
            continue
        count = count or next(
            (
                g
                for g in reversed(earlier)
                if g.role is _VALUE
                and g.q.unit.dimension is _COUNT
                and g.index < total.index
                and total.index - g.index <= 2
            ),
            None,
        )
        if count is None or count.q.value <= 0:
            continue
        r = Reading(f"{total.q.text} / {count.q.text}", (total.q, count.q), _quotient)
        out.append(_make("ratio", average, [total, count], [r], False, "total / count"))


_OWNER = re.compile(r"[^,;:。]{2,12}?(?=购车|购置|车辆|公务用车|$)")


def _count_and_total_after(
    doc: Document, s: Sentence, average: Fact, mean_at: int
) -> tuple[Fact, Fact] | None:
    """A 均价 printed before what it is the average of ("电监会购车均价为37.41万元。2012年该部门共
    购置公务用车3辆,…购置费支出112.24万元"): a count and one amount in the rest of its sentence,
    in the next sentence of its paragraph, or in one of the three after that names the same
    owner ("国家体育总局购车均价…。…。2012年,国家体育总局共购置5辆公务用车,支出207.32万元")."""
    if "均价" not in average.label:
        return None
    owner_m = _OWNER.match(average.label[:mean_at].lstrip(",;:、 "))
    owner = owner_m.group(0) if owner_m else ""
    for j in range(s.index, min(len(doc.sentences), s.index + 4)):
        t = doc.sentences[j]
        # its own sentence, or the next one of its paragraph
        near = t.paragraph == s.paragraph if j == s.index + 1 else j == s.index
        if not near and not (len(owner) >= 2 and owner in doc.text[t.start : t.end]):
            continue
        facts = [g for g in t.facts if g.index > average.index and g.depth == 0]
        counts = [
            g for g in facts if g.role is _VALUE and g.q.unit.dimension is _COUNT and g.q.value > 0
        ]
        if len(counts) != 1:
            continue
        money = [
            g
            for g in facts
            if g.index > counts[0].index
            and g.role is _VALUE
            and g.q.unit.is_money
            and not _MEAN.search(g.label)
        ]
        if len(money) == 1:
            return counts[0], money[0]
    return None


def _quotient(values: Sequence[Decimal]) -> Decimal | None:
    return None if values[1] == 0 else _CTX.divide(values[0], values[1])


def _product(values: Sequence[Decimal]) -> Decimal | None:
    return _CTX.multiply(values[0], values[1])


def _saving_rate(values: Sequence[Decimal]) -> Decimal | None:
    saved, actual = values
    return ratio_percent((saved, _CTX.add(saved, actual)))


# ----------------------------------------------------------------------------------------------
# Parallel breakdowns: "共采购项目473个,计划金额A,实际金额B,其中货物类采购项目231个,计划金额a1,
# 实际金额b1;工程类…" — each figure of the total has its counterpart in every part.


# "从单位性质看:", "按单位类型分,": a sentence that opens by saying how the figures before it
# are broken down
_BREAKDOWN_OPENER = re.compile(r"\s*(?:从|按)[^,;:。\d]{1,12}?(?:来看|看|划分|分)[:,]")


def _opened_breakdowns(doc: Document, lists: list[_List]) -> None:
    """ "…资产总额13822.1亿元,…;负债总额2981.4亿元,…;净资产总额10840.7亿元,…。从单位性质看:行政单位
    资产总额4347.5亿元,负债总额1143.8亿元,净资产总额3203.7亿元;事业单位资产总额…": each figure of
    the sentence before has its counterpart in every ';' item after the opener — the one of its
    name, or the one ending like it that no other figure is named as — and they add up to it (a
    weak reading: the breakdown is inferred from the shapes)."""
    text = doc.text
    if "看" not in text and "分" not in text:
        return  # (every opener ends with 看 or 分)
    for s in doc.sentences[1:]:
        # (an opener opens with spaces, 从 or 按: a sentence that opens with anything else, most,
        # is not matched; \s of a str pattern is isspace)
        opening = text[s.start]
        if not (opening == "从" or opening == "按" or opening.isspace()):
            continue
        m = _BREAKDOWN_OPENER.match(text, s.start, s.end)
        if m is None or not s.facts:
            continue
        prev = doc.sentences[s.index - 1]
        if prev.paragraph != s.paragraph:
            continue
        head = [f for f in prev.facts if f.role is _VALUE and f.is_amount and f.depth == 0]
        keys = [_key(f) for f in head]
        if len(head) < 2 or len(set(keys)) != len(keys):
            continue
        segments: list[list[Fact]] = [[]]
        last = m.end()
        for f in s.facts:
            if f.depth or f.role is not _VALUE or not f.is_amount:
                continue
            if ";" in text[last : f.q.start] and segments[-1]:
                segments.append([])
            segments[-1].append(f)
            last = f.q.end
        if len(segments) < 2 or any(len(seg) != len(head) for seg in segments):
            continue  # (every item prints as many figures as the sentence before: one each)
        for total, key in zip(head, keys, strict=True):
            parts: list[Fact] = []
            for seg in segments:
                exact = [f for f in seg if _key(f) == key]
                match = exact or [
                    f for f in seg if _key(f) not in keys and _common_suffix(_key(f), key) >= 2
                ]
                if len(match) != 1 or match[0].q.unit.dimension is not total.q.unit.dimension:
                    break
                parts.append(match[0])
            else:
                lists.append(_List(total, parts, [], False))


# (compiled once: re.sub with a pattern string looks it up in re's cache at each call)
_TOTAL_PREFIX = re.compile(r"^(?:共|总|合计|累计)+")


def _key(f: Fact) -> str:
    return _TOTAL_PREFIX.sub("", canonical(f.label)[0] or f.label.strip())


def _common_suffix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


_AFTER_QIZHONG = re.compile(r"[,;:]\s*其中[,:]?")
# 其中 and the words that may follow it before its first part
_QIZHONG_OPENS = re.compile(r"其中(包括|主要有)?")
_CLAUSE_AFTER_QIZHONG = re.compile(r"[,:]?[^,;:。\n]{0,40}")
_OPENING_QIZHONG = re.compile(r"\s*其中[,:]?")
_NUMBERED_HEADING = re.compile(r"\s*(?:\d+[.、]|[一二三四五六七八九十]+、)")


def _parallel_lists(doc: Document, lists: list[_List]) -> None:
    text = doc.text
    if "其中" not in text:
        return  # _AFTER_QIZHONG's word: a text without it has no sentence to read here
    for s in doc.sentences_with("其中"):
        # "…实际采购金额共计81298.42万元,…。其中货物类…": a 其中 that opens the sentence lists
        # the figures of the one before, as after a comma (_continues_with_list); the first
        # after a comma in the sentence lists those before it
        opening = _OPENING_QIZHONG.match(text, s.start)
        if opening is not None and _continues_with_list(doc, s):
            _parallel_at(doc, s, opening, doc.sentences[s.index - 1].facts, lists)
        m = _AFTER_QIZHONG.search(text, s.start, s.end)
        if m is not None:
            _parallel_at(doc, s, m, s.facts, lists)


def _parallel_at(
    doc: Document, s: Sentence, m: re.Match[str], before: list[Fact], lists: list[_List]
) -> None:
    """The parallel breakdowns a 其中 (``m``, in ``s``) opens of the figures ``before`` it."""
    text = doc.text
    at = m.end()
    head = [
        f
        for f in before
        if f.q.end <= m.start() and f.depth == 0 and f.role in (_VALUE, _CHANGE) and f.is_amount
    ]
    if len(head) < 2:
        return
    # The parts: ';' items of this sentence, then the next sentences of the paragraph.
    segments: list[list[Fact]] = [[]]
    last = at
    for f in s.facts:
        if f.q.start < at or f.depth > 0:
            continue
        if ";" in text[last : f.q.start] and segments[-1]:
            segments.append([])
        segments[-1].append(f)
        last = f.q.end
    # of the figures named alike before 其中, the last is the one broken down ("…预算数为0万元,
    # 决算支出数为0万元…公务用车…预算数为521.67万元,决算支出数为571.04万元,…,其中:…")
    last_of: dict[str, Fact] = {}
    for f in head:
        last_of[_key(f)] = f
    # "…收入7486.95万元,…;其中职工统筹基金收入5640.86万元,…;职工个人账户基金收入1846.09万元,
    # …。↵2023年,职工大病补充基金收入…": items that already add up to their total in the
    # 其中's own sentence are all of them; the next paragraph is not one more
    complete = len(segments) > 1 and any(
        (parts := _parallel_parts(total, segments)) is not None and _sum_base(parts) == total.q.base
        for total in last_of.values()
    )
    k = s.index + 1
    while not complete and k < len(doc.sentences) and k - s.index < 6:
        nxt = doc.sentences[k]
        if not nxt.facts or text[nxt.start : nxt.end].lstrip().startswith(INTRODUCERS):
            break
        segment = [f for f in nxt.facts if f.depth == 0]
        if nxt.paragraph != doc.sentences[k - 1].paragraph and not _parallel(segments[-1], segment):
            break  # a new paragraph goes on only with one more item of the same form
        segments.append(segment)
        k += 1
    if len(segments) < 2:
        return
    columns = [
        (total, found)
        for total in last_of.values()
        if (found := _parallel_parts(total, segments)) is not None
    ]
    # "…收入完成6140万元,较上年减收4294万元,…。其中:国有土地使用权出让收入5613万元,较上年减收
    # 3777万元,…;城市基础设施配套费收入294万元,较上年减收305万元": when no column adds up to
    # its total, the items are the main ones, not all of them (an open list: only a slip of
    # one unit is a finding); one that adds up says the items are all of it
    # "共完成政府采购6779.35万元,采购预算7911.87万元,…。其中,完成货物采购3514.44万元,…": a
    # part matched by two columns is the part of the one it adds up to, not of both
    counts = collections.Counter(id(p) for _, found in columns for p in found)
    columns = [
        (total, found)
        for total, found in columns
        if all(counts[id(p)] == 1 for p in found) or _sum_base(found) == total.q.base
    ]
    complete = any(_sum_base(found) == total.q.base for total, found in columns)
    for total, found in columns:
        lists.append(_List(total, found, [], complete, open=not complete))


def _parallel_parts(total: Fact, segments: list[list[Fact]]) -> list[Fact] | None:
    """The part of ``total`` in each item of a parallel breakdown, or None when an item has
    no one figure named like it."""
    key = _key(total)
    parts: list[Fact] = []
    for seg in segments:
        # named alike: the figure whose name ends as the total's does over the most characters,
        # its subject's then its label's ("当年收支结余" and "累计结余" both end in 结余; a
        # 累计结余 is the part of the 累计结余)
        best = (2, 0)
        match: list[Fact] = []
        for f in seg:
            if f.role is total.role and f.q.unit.dimension is total.q.unit.dimension:
                common = (_common_suffix(_key(f), key), _common_suffix(f.label, total.label))
                if common[0] < 2:
                    continue
                if common > best:
                    best = common
                    match = [f]
                elif common == best:
                    match.append(f)
        if len(match) != 1:
            return None
        parts.append(match[0])
    return parts


# ----------------------------------------------------------------------------------------------


def _top(s: Sentence, start: int) -> list[Fact]:
    """The figures of a sentence from ``start`` on, outside brackets."""
    return [f for f in s.facts if f.depth == 0 and f.q.start >= start]


def _parallel(a: list[Fact], b: list[Fact]) -> bool:
    """Whether two items are printed in the same form: as many figures, named alike in turn
    ("…项目231个,采购计划金额共计A万元,实际采购金额共计B万元" and "…项目148个,…"); a change and
    its rate are named by their direction, which may differ ("同比增加33279.22元,增长1.68%" and
    "同比减少36235.88元,下降7.52%")."""
    return (
        bool(a)
        and len(a) == len(b)
        and all(
            f.role is g.role and (f.role in _DIRECTED or _common_suffix(_key(f), _key(g)) >= 2)
            for f, g in zip(a, b, strict=True)
        )
    )


_DIRECTED = (_CHANGE, _RATE)  # (a tuple: membership by identity)


# Tuples, not sets: membership by identity (hashing an enum member runs Python).
_PLAIN_ROLES = (_VALUE, _ROLE_PRIOR, _ROLE_BASE, _ROLE_PROGRESS, _ROLE_OTHER)
_PLAIN_DIMS = (_MONEY, _COUNT, _BARE, _ZERO)


# --- Words without which a reader reads nothing ----------------------------------------------
# A reader every reading of which needs one of a few words opens with ``_has(doc, word, …)``
# (a word of one character is looked for with ``in``: it is found as fast). The words of all
# those tests are found in one scan of the text, once per document: a string search for a word
# the text lacks reads all of it (some 9 us a seed-size text; there were about 30 such searches).
_GATE_WORDS: frozenset[str] = frozenset(
    {
        *_BALANCE_WORDS,
        *_NAMED_GAP_SIGN,
        *SAVINGS["rate"],
        *SAVINGS["saved"],
        *_NAMED_RATIO_WORDS,
        *NAMED_DIFFERENCES,
        *("分)", "本级", "乡镇", "总计", "合计", "年末", "加上", "连同", "扣除"),
        *(
            "剔除",
            "如下",
            "具体",
            "平均",
            "均价",
            "年均",
            "年平均",
            "收支结余",
            "当期结余",
            "本期结余",
        ),
        *("收支差额", "中,", "中:", "上述", "以上", "左右", "上下"),
        *("测算", "计算", "核算", "核定"),
        *("构成", "组成", "整改"),
        *CATCH_ALL_WORDS,
    }
)
# (a flat alternation, the longest first: the engine scans for the words' first characters)
_GATE_SCAN = re.compile("|".join(map(re.escape, sorted(_GATE_WORDS, key=len, reverse=True))))
# The gate words each one opens with, itself included: a match of the longest word at a place
# stands for every shorter one there.
_GATE_PREFIXES = {w: tuple(v for v in _GATE_WORDS if w.startswith(v)) for w in _GATE_WORDS}


def _gate_words(text: str) -> frozenset[str]:
    """The words of _GATE_WORDS in ``text``."""
    found: set[str] = set()
    for m in _overlapping(_GATE_SCAN, text):
        found.update(_GATE_PREFIXES[m.group()])
    return frozenset(found)


def _has(doc: Document, *words: str) -> bool:
    """Whether the document's text holds one of ``words``: those of _GATE_WORDS from one scan
    per document, any other by a search (tests/test_textaudit_scans.py keeps every word a
    reader passes here among _GATE_WORDS)."""
    present = cast("frozenset[str] | None", doc.memo.get("gate words"))
    if present is None:
        present = doc.memo["gate words"] = _gate_words(doc.text)
    if not present.isdisjoint(words):
        return True
    return any(word not in _GATE_WORDS and word in doc.text for word in words)


def build_claims(doc: Document) -> list[Claim]:
    """Every claim of a document, in text order."""
    out: list[Claim] = []
    from budgetperf.textaudit.tables import read_tables

    grids, trees = read_tables(doc)
    from budgetperf.textaudit.tables import read_comparisons

    comparisons = read_comparisons(grids)
    taken = {id(c.change) for c in comparisons if c.change is not None}
    runs = [c for c in _figure_runs(doc) if id(c.change) not in taken]
    comparisons += runs
    for c in comparisons:
        _comparison_row(c, out)
    _run_shares(doc, runs, out)
    from budgetperf.textaudit.tables import read_rate_columns

    compared = {id(c.rate) for c in comparisons if c.rate is not None}
    for cell in read_rate_columns(grids):
        if id(cell.rate) not in compared:
            _rate_cell(cell, out)
    # _averages searches each sentence for _MEAN's words: a text without them is not searched
    means = _has(doc, "平均", "均价")  # _MEAN's words
    # _named_gaps acts only on a label with one of its verbs, _savings on one with a saving
    # rate's word (labels are the text's own characters): a text without any skips them
    # (their words, as the other readers' gates, found in one scan of the text: _has)
    gaps = _has(doc, *_NAMED_GAP_SIGN)
    saving_rates = _has(doc, *SAVINGS["rate"])
    savings = _has(doc, *SAVINGS["saved"])
    # _products reads a sentence with a price word, _average_growth a label with 年均/年平均
    # (every word of _AVERAGE has one): a text without any is not searched sentence by sentence
    prices = _PRICE_WORDS.search(doc.text) is not None
    bases = _has(doc, "测算", "计算", "核算", "核定")  # _BASIS_ENDS's words
    averages = _has(doc, "年均", "年平均")
    # _named_ratios reads a label with a word of NAMED_RATIOS
    named_ratios = _has(doc, *_NAMED_RATIO_WORDS)
    for s in doc.figured:
        # The first eight readers act only on changes, rates, shares, completions and points,
        # or on a figure in % or 个百分点: a sentence of plain amounts (most of a long report
        # and all of a table row) skips them.
        plain = True
        for f in s.facts:
            if f.role not in _PLAIN_ROLES or f.q.unit.dimension not in _PLAIN_DIMS:
                plain = False
                break
        if not plain:
            # Each of these acts only on a figure of some role or dimension (the first test of
            # its loop over the sentence's figures): one pass finds which the sentence has, and
            # a reader none of whose figures it has is not called. (Only _shares changes roles,
            # and only to SHARE, which none of the readers after it looks for.)
            rate = change = share = completion = points = points_dim = percent = False
            for f in s.facts:
                role, dim = f.role, f.q.unit.dimension
                if role is _RATE:
                    rate = True
                elif role is _CHANGE:
                    change = True
                elif role is _SHARE:
                    share = True
                elif role is _COMPLETION:
                    completion = True
                elif role is _ROLE_POINTS:
                    points = True
                if dim is _PERCENT:
                    percent = True
                elif dim is _POINTS:
                    points_dim = True
            if rate or change:
                _changes(doc, s, out)
            if change:
                _respective_changes(doc, s, out)
                if rate:
                    _rates_after_changes(doc, s, out)
            if share:
                _shares(doc, s, out)
            if completion:
                _completions(doc, s, out)
            if points:
                _progress(doc, s, out)
            if points_dim:
                _point_gaps(doc, s, out)
                _point_changes(doc, s, out)
            if percent:
                if averages:
                    _average_growth(doc, s, out)
                if saving_rates:
                    _savings(doc, s, out)
                if named_ratios:
                    _named_ratios(doc, s, out)
                _printed_wholes(doc, s, out)
            if rate:
                _year_pairs(s, out)
        if savings and len(s.facts) >= 3:
            # (of plain amounts too: "送审金额500万元,审定金额450万元,审减金额50万元", whose 审减
            # is no change's verb)
            _unrated_savings(s, out)
        if prices:
            _products(doc, s, out)
        if bases and len(s.facts) >= 3:
            _estimate_bases(doc, s, out)
        if means:
            _averages(doc, s, out)
        if gaps and len(s.facts) >= 3:
            _named_gaps(s, out)
    _code_sums([t for t in trees if t.by_code], out)
    lists: list[_List] = []
    # a comparison row's current = prior + change is its difference read again: not a sum
    trios = {
        frozenset((id(c.current), id(c.prior), id(c.change)))
        for c in comparisons
        if c.change is not None
    }
    for tree in trees:
        if tree.by_code:
            continue
        if frozenset((id(tree.total), *(id(p) for p in tree.parts))) in trios:
            continue
        lists.append(_List(tree.total, list(tree.parts), [], tree.strong))
    _lists(doc, lists)
    _rectified_lists(doc, lists)
    _parallel_lists(doc, lists)
    _opened_breakdowns(doc, lists)
    _trailing_totals(doc, lists)
    _context_lists(doc, lists)
    _figure_contexts(doc, lists)
    _parallel_subjects(doc, lists)
    _outline_lists(doc, lists)
    _itemised_lists(doc, lists)
    _closed_sentence_lists(doc, lists)
    _section_lists(doc, lists)
    _composed_lists(doc, lists)
    _context_figure_lists(doc, lists)
    _statement_totals(doc, lists)
    _decompositions(doc, lists)
    _itemised_changes(doc, lists)  # after the breakdowns: a change of one is read with it
    _net_changes(doc, lists)
    _grade_counts(doc, lists)
    taken_out = _has(doc, "剔除")  # (_net_parts' word: most texts have none)
    has_brackets = "(" in doc.text  # (_column_sums' bracket)
    hides = _HIDDEN_FIGURE.search(doc.text) is not None
    breakdowns = _without_siblings(lists)
    some_counted = _counted_subsets(breakdowns)
    for lst in breakdowns:
        if _count_of_another(doc, lst):
            continue
        if hides and _hides_a_part(doc, lst):
            continue
        if _parallel_uses(lst):
            # "…资助优抚对象医疗补助…资金2662万元,用于社区服务站…建设3222万元,用于助残补助…1486
            # 万元": uses named alike after a use, more than it, are its siblings
            continue
        if not lst.open and _picked_few(lst):
            # "服务类采购金额1934.25亿元。其中,环境服务、文化体育服务为106.59亿元、17.24亿元": a
            # few items named together, far short of the total, are some of it
            lst.open = True
        if not lst.open and lst.parts and _called_main_part(doc, lst):
            # "…其中A1.17亿元,B1.01亿元,C0.37亿元。这三项支出,占到…的大头": some of the total
            lst.open = True
        if not lst.open and _fewer_than_counted(doc, lst):
            # "社会公益类共计5个项目,共计676.2万元。↵1、…87.2万元;↵…4、…250万元;" (the page cut
            # before the fifth): fewer items listed than counted, short of the total
            lst.open = True
        if not lst.open and _counted_two_ways(lst):
            # "…完成采购项目22268个…。…新增供应商277家,…累计入驻供应商4829家"
            lst.open = True
        if not lst.open and _kinds_of_aggregate(lst):
            # "全区民生支出完成18.54亿元,…。其中,教育支出7.97亿元,社会保障支出6.19亿元"
            lst.open = True
        if not lst.open and _farm_sectors_only(lst):
            # "农业总产值90.45亿元。其中,农业产值51.16亿元;…;渔业产值20亿元": the services left out
            lst.open = True
        if not lst.open and _one_status_of(lst):
            # "参保人数492764人(其中,企业办法在职参保人员264318人,…在职参保人数34676人)"
            lst.open = True
        if not lst.open and _personnel_items_of(lst):
            # "教育投入达10.7亿元,其中工资支出7.5亿元,社会保障支出1.5亿元,公积金支出9274万元"
            lst.open = True
        if not lst.open and _posts_of_staff(lst):
            # "核定行政编制10名,其中局长1名,副局长2名": the leading posts among the staff places,
            # some of them, not a breakdown of all
            lst.open = True
        if not lst.open and _shares_leave_some(doc, lst):
            # "…3.9万亿元,其中:西部地区1.71万亿元,占比44.4%,中部地区1.65万亿元,占比42.8%": the
            # parts' own shares add up to well under 100: they are some of the total, not all
            lst.open = True
        if lst.parts and _damaged_next(doc, lst.total, lst.parts[-1]):
            # "…利息2494.1115万元,专项债券偿还利息4277.9244?万元": the list may go on past a
            # figure the copy damaged, so where it ends is not clear
            lst.strong = False
        summed = _continued(doc, lst)
        # (what _continued found of these parts and this total: kept while the list has them)
        judged_total, judged_parts = lst.total, lst.parts
        if some_counted and lst.total.q.is_money and lst.total.sentence in some_counted:
            # "房产总量604宗,…资产原值5.18亿元,其中:已拍卖房产62宗,…4587.90万元;…闲置房产91宗,
            # …2522.47万元": items counted to less than the count printed with the total are
            # some of it, and so are their amounts
            lst.open = True
        if taken_out and len(lst.parts) >= 3:
            lst.parts = _net_parts(lst.parts, doc.text)
            lst.short = _net_parts(lst.short, doc.text)
        if lst.parts is not judged_parts:
            summed = None
        if lst.earlier:
            agreed = None if summed is None else summed.status is _AGREES
            lst = _earlier_total(doc, lst, agreed) or lst
            if lst.total is not judged_total:
                summed = None  # (the parts of an earlier total: not what _continued asked)
        if _gross_parts_of_net(lst.total, lst.parts):
            # "净资产3.7万亿元(行政单位资产…,事业单位资产…)": parts of the gross (资产), no
            # breakdown of the net, when no earlier figure of the sentence is their total
            continue
        if "差" in lst.total.label:
            lst.gap_signs = _gap_signs(doc, lst)
        if not lst.open and (_holds_some(doc, lst) or _one_level_of_all(lst)):
            lst.open = True
        if _parts_of_a_change(doc, lst):
            continue
        before = len(out)
        _check_list(lst, "sum", out, summed, doc.text)
        if lst.open and len(out) == before and lst.total.role is _VALUE:
            rest = _catch_all_after(doc, lst)
            if rest is not None:
                # "…。其中,增值税收入100103万元;企业所得税收入51749万元;个人所得税收入16630万元。↵
                # 其他税种154069万元,…" under 税收收入322551万元: the main parts and the catch-all
                # right after them are all of it, when they add up to it
                _check_list(_List(lst.total, [*lst.parts, rest], [], False), "sum", out)
                if len(out) > before and out[-1].status is not _AGREES:
                    del out[before:]
            # main items only, whose sum is no claim: nor are their changes', budgets' or
            # priors' sums ("…收入完成6140万元,较上年减收4294万元。其中:国有土地使用权出让收入
            # 5613万元,较上年减收3777万元,…;城市基础设施配套费收入294万元,…")
            continue
        if len(out) > before and _short_of_total(out[-1]):
            # parts that, as inferred, fall short of their total are not all of it: their
            # changes, budgets and priors would say so again
            continue
        _list_relations(doc, lst, out)
        _item_counts(doc, lst, out)
        if has_brackets:
            _column_sums(doc, lst, out)
    _decomposed_changes(doc, lists, out)  # (after the lists' own: a change read is not again)
    _measure_breakdowns(doc, out)
    _share_breakdowns(doc, out)
    _part_rates(doc, out)
    _named_counts(doc, out)
    if "倍" in doc.text:  # (the unit _multiples reads)
        _multiples(doc, out)
    if "%为" in doc.text:  # (the words _percent_amounts reads)
        _percent_amounts(doc, out)
    if "三次产业" in doc.text:
        _industry_ratios(doc, out)
        _industry_contributions(doc, out)
    _execution_rows(doc, out)
    _indicator_weights(doc, out)
    _balances(doc, out)
    if _has(doc, "收支结余", "收支差额", "当期结余", "本期结余"):  # _NET_BALANCE's words
        _net_balances(doc, out)
    if _has(doc, *NAMED_DIFFERENCES):
        _named_differences(doc, out)
    if _has(doc, "中,", "中:"):  # _IN_WHOLE's words
        _bracketed_shares(doc, out)
    _scope_sums(doc, out)
    _grand_totals(doc, out)
    _year_end_balances(doc, out)
    _carried_balances(doc, out)
    _remainders(doc, out)
    _phase_changes(doc, out)
    _plus_totals(doc, out)
    _running_sums(doc, out)
    _net_figures(doc, out)
    if _has(doc, "上述", "以上"):  # _RECAP's words
        _recaps(doc, out)
    _formulas(doc, out)
    _bracketed_changes(doc, out)
    _conversions(doc, out)
    kept = []
    text = doc.text
    # "约700亿元,…增长150多亿元,增幅22.57%": a claim computed from an estimate is checked
    # only as a warning, like one printed as an estimate (looked at only when one can be there)
    loose = "约" in text or _has(doc, "左右", "上下")
    # (a bound's words, looked for once: a text without any has no figure printed as one)
    bounded = _ANY_BOUND.search(text) is not None
    for claim in out:
        q = claim.printed.q
        if claim.kind == "share" and _restated_whole(claim.inputs):
            continue
        if (
            claim.kind == "change-rate"
            and claim.relation != _AVERAGE_GROWTH
            and "均" in claim.printed.label
            and _AVERAGE.search(claim.printed.label) is not None
        ):
            continue  # a rate per year over several (年均增长) is no rate of one change
        if loose and claim.strong and any(_is_estimate(doc, g) for g in claim.inputs):
            claim.strong = False
        if (
            bounded
            and claim.strong
            and any(_marked(text, g.q) and _is_bound(doc, g) for g in claim.inputs)
        ):
            # "销售总额已经突破了200亿元,比2005年同期增长了40多亿元,增幅达到20%": a figure the
            # claim is computed from is a bound, its value not printed (only a warning)
            claim.strong = False
        if _is_cap(claim.printed):
            continue  # "最高额度100万元,其中,单缴存职工最高额度50万元,…": caps of cases, no total
        # Both tests need a word ending right before the figure or starting right after it:
        # one look at those two characters decides for most figures.
        if (
            text[q.start - 1 : q.start] not in _MARK_BEFORE
            and text[q.end : q.end + 1] not in _MARK_AFTER
            and text[q.start - 2 : q.start] not in _MARK_BEFORE_TWO
        ):
            kept.append(claim)
            continue
        if _is_bound(doc, claim.printed):
            continue
        if _is_estimate(doc, claim.printed):
            claim.strong = False  # "约3.8万元": rounded, so checked, but only as a warning
        kept.append(claim)
    return _dedupe(kept)


CODE_SUM = "sum of the rows one level down by subject code (类 = Σ 款, 款 = Σ 项, 合计 = Σ 类)"


def _code_sums(trees: Sequence[Any], out: list[Claim]) -> None:
    """A table's totals by subject code (:func:`~budgetperf.textaudit.tables.code_trees`): each
    a sum of the cells of the rows one level down, a single part included. They come before the
    totals read from the figures, so a cell that is both (a 类 row's 合计 cell, a total down
    its column and along its row) is reported once, by its code, at the cell."""
    for tree in trees:
        parts = list(tree.parts)
        signs = tuple(1 for _ in parts)
        reading = Reading("rows one level down", tuple(p.q for p in parts), linear(signs), signs)
        claim = _make("sum", tree.total, parts, [reading], tree.strong, CODE_SUM)
        claim.start = tree.total.q.start  # at the total's cell, not at its row's label
        out.append(claim)


_BOUND_AFTER = ("以上", "以下", "之多", "有余")
# any word of _BOUND_BEFORE or _BOUND_AFTER
_ANY_BOUND = re.compile(r"近|逾|超|过|高于|低于|不到|不足|突破|以上|以下|之多|有余")
# 近, 逾, 超过…: the figure is a bound, not the value ("营业收入过100亿元,其中华菱集团过1000亿").
_BOUND_BEFORE = re.compile(
    r"(?:近|逾|超过|超出|(?<![收支])超|(?<![超通经越])过|高于|低于|不到|不足|突破了?)$"
)
# a cap or a floor named as one ("最高额度", "最高限额", "上限", "封顶"), not the highest of items
# ("增速最高为…")
_CAP = re.compile(r"(?:(?:最高|最低)(?:额度|限额|标准)|上限|下限|封顶)(?:为|是|可达|达)?$")
_ESTIMATE_AFTER = ("左右", "上下")
# 约 but not 节约 (a saving) or 制约: an estimate, the value rounded loosely.
_ESTIMATE_BEFORE = re.compile(r"(?<![节制契])约(?:为)?$")


# What can end right before a figure of a word of _BOUND_BEFORE or _ESTIMATE_BEFORE, and the
# first character of a word of _BOUND_AFTER or _ESTIMATE_AFTER (never the empty string: a figure
# at the text's start or end). A word of one character (近, 逾, 超, 过, 约) is the character before
# the figure; the others (超过, 超出, 高于, 低于, 不到, 不足, 约为) are looked for as the two
# characters before it: "支出628.95万元" ends with 出, as 超出 does, and is passed with one more
# look instead of two searches.
_MARK_BEFORE = frozenset("近逾超约破过")
_MARK_BEFORE_TWO = frozenset(("超过", "超出", "高于", "低于", "不到", "不足", "约为", "破了"))
_MARK_AFTER = frozenset(w[0] for w in (*_BOUND_AFTER, *_ESTIMATE_AFTER))


def _marked(text: str, q: Quantity) -> bool:
    """Whether a word of a bound or an estimate may stand right before or after ``q`` (the one
    look at the characters next to it that spares most figures the searches)."""
    return (
        text[q.start - 1 : q.start] in _MARK_BEFORE
        or text[q.end : q.end + 1] in _MARK_AFTER
        or text[q.start - 2 : q.start] in _MARK_BEFORE_TWO
    )


def _is_bound(doc: Document, f: Fact) -> bool:
    """Whether a printed figure is a bound ("占98%以上", "逾3成", "超过40万元"): a claim about it
    states no exact figure to check."""
    text = doc.text
    if text.startswith(_BOUND_AFTER, f.q.end):
        return True
    if _is_cap(f):
        return True
    return _BOUND_BEFORE.search(text, max(0, f.q.start - 3), f.q.start) is not None


def _gross_parts_of_net(total: Fact, parts: list[Fact]) -> bool:
    """Whether a net total (净资产, 净收入, 净利润) is listed with parts each named as the gross
    (…资产, …收入) without 净: parts of the gross, not of the net."""
    net = total.subject
    cut = net.rfind("净")
    gross = net[cut + 1 :] if cut >= 0 else ""
    return len(gross) >= 2 and all(
        "净" not in p.subject and p.subject.endswith(gross) for p in parts
    )


def _counted_over(doc: Document, f: Fact) -> bool:
    """Whether ``f`` counts what is beyond a bound printed right before it ("过30亿元的52个",
    "30亿元以上的52个"): the figure before it is a bound, and only 的 stands between."""
    if f.index == 0 or not f.q.unit.counted:
        return False
    g = doc.facts[f.index - 1]
    between = doc.text[g.q.end : f.q.start]
    if between == "的":
        return _is_bound(doc, g)
    return between in ("以上的", "以下的")


def _is_cap(f: Fact) -> bool:
    """Whether a figure is named as a cap or a floor ("个人住房贷款最高额度100万元"): a bound, not
    an amount (its label decides: no mark beside the figure)."""
    label = f.label
    return ("最" in label or "限" in label or "顶" in label) and _CAP.search(label) is not None


def _is_estimate(doc: Document, f: Fact) -> bool:
    """Whether a printed figure is an estimate ("约5万元", "大约3.8万元", "30%左右"): a claim
    about it is checked at its printed precision, but a disagreement is only a warning."""
    text = doc.text
    if text.startswith(_ESTIMATE_AFTER, f.q.end):
        return True
    return _ESTIMATE_BEFORE.search(text, max(0, f.q.start - 3), f.q.start) is not None


# the space between two cells of a run, after a "(-)" that marks the first a fall
_RUN_GAP = re.compile(r"(?:\(-\))?[ \t]*(?:\|[ \t]*)?")
_RUN_GAP_OPENS = frozenset("( \t|")  # the first character of any gap it matches


def _figure_runs(doc: Document) -> list[Any]:
    """ "財產收入 2,798,000 168,442 161,000 7,442 4.62 2,801,381 2,798,000 3,381 0.12": in a line of
    figures separated by spaces alone, each four in a row that read as current, prior, change
    and rate are a comparison, however many cells the line left blank before them, when the
    change is the current − the prior exactly; its rate (change / prior × 100) is then checked,
    a weak reading (a disagreement is a warning). A 決算 table puts the base first ("預算數
    決算數 比較增減數 增減%": "稅課收入 8,115,835,000 7,870,691,741(-) 245,143,259(-) 3.02"): the
    second figure is then the current one, a fall printed without its sign and marked "(-)",
    and the rate is of the first."""
    from budgetperf.textaudit.tables import Comparison

    text = doc.text
    out: list[Any] = []
    for s in doc.figured:
        facts = s.facts
        if len(facts) < 4:
            continue
        i = 0
        while i + 3 < len(facts):
            a, b = facts[i], facts[i + 1]
            # (a gap that opens with any other character is no run's: not matched; tested
            # before the four figures are taken, as most figures are followed by a mark)
            if a.q.end < b.q.start and text[a.q.end] not in _RUN_GAP_OPENS:
                i += 1
                continue
            c, p = facts[i + 2], facts[i + 3]
            if (
                a.depth
                or b.depth
                or c.depth
                or p.depth
                # (the gaps and amounts tested one by one, not by all() over generators: this
                # runs for every four figures in a row of a sentence)
                or _RUN_GAP.fullmatch(text, a.q.end, b.q.start) is None
                or _RUN_GAP.fullmatch(text, b.q.end, c.q.start) is None
                or _RUN_GAP.fullmatch(text, c.q.end, p.q.start) is None
                or not (_run_amount(a) and _run_amount(b) and _run_amount(c))
                or not _run_rate(p)
            ):
                i += 1
                continue
            # the change must be current − prior exactly: a run with a blank cell before it
            # ("100,000 50,000 -50,000 -100.00", 本月实际 left blank) would otherwise pair the
            # wrong figures by their rate alone. Current first (the change a − b), or the base
            # first (b − a, or a fall a − b printed without its sign).
            diff = _CTX.subtract(a.q.value, b.q.value)
            orders: list[tuple[Fact, Fact, bool]] = []  # (current, prior, change unsigned)
            if diff == c.q.value:
                # a fall after the base is marked: "14,535,197,049(-) 3,617,487,951(-)" (a row
                # of a total, a part and the other part with its share reads the same figures)
                marked = text.startswith("(-)", b.q.end) or text.startswith("(-)", c.q.end)
                orders = [(a, b, False)] + ([(b, a, True)] if marked else [])
            elif _CTX.minus(diff) == c.q.value:
                orders = [(b, a, False)]
            found = None
            for current, prior, change_unsigned in orders:
                base_first = current is b
                if prior.q.value <= 0:
                    continue
                # …and the figure after it is near its rate (within 2% of it, or a unit of its
                # last digit): a run's next figure may be anything else ("-98753 196.5", a
                # balance and an index). A rate printed without the sign of a fall must match
                # to the unit.
                change = _CTX.subtract(current.q.value, prior.q.value)
                rate = _CTX.multiply(_CTX.divide(change, prior.q.value), 100)
                printed = p.q.value
                unit = Decimal(1).scaleb(-p.q.places, _CTX)
                unsigned = printed >= 0 > rate
                slack = (
                    unit  # unsigned, or the base first (a layout read only when it fits)
                    if unsigned or base_first
                    else max(unit, _CTX.multiply(rate.copy_abs(), _NEAR_RATE))
                )
                if (
                    _CTX.subtract(rate.copy_abs() if unsigned else rate, printed).copy_abs()
                    <= slack
                ):
                    found = Comparison(prior, current, c, p, False, unsigned, change_unsigned)
                    break
            if found is None:
                i += 1
                continue
            out.append(found)
            i += 4
    return out


_NEAR_RATE = Decimal("0.02")
_HUNDRED = Decimal(100)


def _run_shares(doc: Document, runs: list[Any], out: list[Claim]) -> None:
    """ "一、歲入合計 18,152,685,000 14,535,197,049(-) 3,617,487,951(-) 19.93 100.00 … 1.稅課收入
    8,115,835,000 7,870,691,741(-) 245,143,259(-) 3.02 54.14": a figure after a line's rate,
    100 on the first line, is each line's share of that line's current figure (占決算總額):
    current / the total's current × 100 (a weak reading: a disagreement is a warning). The
    lines after the total's, until another line prints 100, are its parts."""
    text = doc.text
    facts = doc.facts
    total: Fact | None = None
    for c in runs:
        k = c.rate.index + 1
        if k >= len(facts):
            continue
        t = facts[k]
        if (
            t.sentence != c.rate.sentence
            or t.depth
            or not _run_rate(t)
            or not _RUN_GAP.fullmatch(text, c.rate.q.end, t.q.start)
        ):
            continue
        if t.q.value == _HUNDRED:
            total = c.current
            continue
        if total is None or total.q.unit is not c.current.q.unit:
            continue
        r = Reading(f"of {total.q.text}", (c.current.q, total.q), ratio_percent)
        out.append(_make("share", t, [c.current, total], [r], False, "amount / total × 100"))


def _run_amount(f: Fact) -> bool:
    """A figure of a run that may be an amount: bare or money, its role a plain value."""
    return f.role is _VALUE and f.q.unit.dimension in (Dimension.BARE, _MONEY)


def _run_rate(f: Fact) -> bool:
    """A figure of a run that may be a rate: a percentage, or a bare figure with decimals."""
    dim = f.q.unit.dimension
    return dim is _PERCENT or (dim is Dimension.BARE and f.q.places >= 1 and f.role is _VALUE)


def _comparison_row(c: Any, out: list[Claim]) -> None:
    """A row of a comparison table: the change, and the rate when printed."""
    if c.change is None:
        _comparison_rate(c, out)
        return
    sign = -1 if c.change.q.value < 0 else 1
    r = Reading(
        "current − prior",
        (c.current.q, c.prior.q),
        _signed(linear((1, -1)), sign),
        # a fall printed without its sign ("7,870,691,741(-) 245,143,259(-)")
        absolute=c.change_unsigned,
    )
    readings = [r]
    if (
        c.current.q.unit.dimension is _PERCENT
        and c.prior.q.unit.dimension is _PERCENT
        and c.change.q.unit.dimension is Dimension.BARE
    ):
        # "药占比(%) | 28.07% | 30.28% | -0.02": a spreadsheet's difference of two percentages
        # printed as the fraction of one it holds (−0.0221), not in points
        readings.append(
            Reading(
                _AS_FRACTION,
                (c.current.q, c.prior.q),
                _signed(_fraction_gap, sign),
                absolute=c.change_unsigned,
            )
        )
    out.append(
        _make("difference", c.change, [c.current, c.prior], readings, c.strong, "current − prior")
    )
    _comparison_rate(c, out)


_AS_FRACTION = "current − prior, as a fraction of one"


def _fraction_gap(values: Sequence[Decimal]) -> Decimal | None:
    """(current − prior) / 100: two percentages' difference as the fraction of one it is."""
    current, prior = values
    return _CTX.divide(_CTX.subtract(current, prior), _HUNDRED)


def _comparison_rate(c: Any, out: list[Claim]) -> None:
    """The rate of a comparison table's row, when printed: (current − prior) / prior × 100."""
    if c.rate is None:
        return
    rate_sign = -1 if c.rate.q.value < 0 else 1
    r = Reading(
        "change / prior",
        (c.current.q, c.prior.q),
        _level_rate if c.unsigned else _signed(_level_rate, rate_sign),
        # a column of magnitudes ("-17,906.98 | 54.44") is compared without the sign
        absolute=c.unsigned,
    )
    out.append(_make("change-rate", c.rate, [c.current, c.prior], [r], c.strong, "rate"))


# a rate column's header that names a share ("占比(%)", "比重", "结构%")
_SHARE_HEADER = re.compile(r"占比|比重|结构")


def _rate_cell(cell: Any, out: list[Claim]) -> None:
    """A cell of a table's rate column, from the two cells of its row its column's formula
    was inferred from (:func:`~budgetperf.textaudit.tables.read_rate_columns`); inferred, so a
    disagreement is a warning."""
    sign = -1 if cell.rate.q.value < 0 else 1
    if cell.kind == "difference" or (
        cell.rate.q.unit.dimension is not _PERCENT
        and cell.rate.q.value != 0
        and _CTX.subtract(cell.a.q.value, cell.b.q.value) == cell.rate.q.value
    ):
        # (a rate column's cell that is exactly the difference of its two figures holds the
        # difference in this row: "上年度 | 本年度 | 增长" with "21177 | 21740 | 563.00")
        r = Reading(
            f"{cell.a.q.text} − {cell.b.q.text}",
            (cell.a.q, cell.b.q),
            _signed(linear((1, -1)), sign),
            absolute=False,
        )
        out.append(_make("difference", cell.rate, [cell.a, cell.b], [r], False, "a − b"))
        return
    if cell.kind == "growth":
        formula, kind, relation = _signed(_level_rate, sign), "change-rate", "rate"
    elif cell.kind == "share":
        formula, kind, relation = _signed(ratio_percent, sign), "share", "a / b × 100"
    elif cell.kind == "index":
        formula, kind, relation = _signed(ratio_percent, sign), "ratio", "a / the year before × 100"
    elif names_growth(cell.rate.column):
        # "比上年增减额 | 比上年增减%": the figures give the rate as the change over the prior,
        # a / b; the header says it is a change rate
        formula, kind, relation = _signed(ratio_percent, sign), "change-rate", "change / prior"
    elif _SHARE_HEADER.search(cell.rate.column) and "预算" not in cell.rate.column:
        # "地方收入 | 全省收入 | 占比(%)": a share of a whole, not a completion of a budget
        formula, kind, relation = _signed(ratio_percent, sign), "share", "a / b × 100"
    else:
        formula, kind, relation = _signed(ratio_percent, sign), "completion", "a / b × 100"
    r = Reading(f"{cell.a.q.text} over {cell.b.q.text}", (cell.a.q, cell.b.q), formula)
    r = attrs.evolve(r, absolute=False)
    out.append(_make(kind, cell.rate, [cell.a, cell.b], [r], False, relation))


def _signed(formula: Formula, sign: int) -> Formula:
    """A formula whose result is compared with a printed figure of the given sign."""

    def signed(values: Sequence[Decimal]) -> Decimal | None:
        result = formula(values)
        return None if result is None else _CTX.multiply(result, sign)

    return signed


def _dedupe(claims: list[Claim]) -> list[Claim]:
    """One claim per printed figure and kind: the best verdict, strong before weak. A total
    broken down in several sentences ("从项目类别看…", "从采购方式看…") has one sum per
    breakdown: the sentence of its parts is part of the key."""
    best: dict[tuple[int, str, int], Claim] = {}
    for c in claims:
        where = -1
        if c.relation == _CLASSIFIED_SUM:
            # "其中:按功能分类科目,…;按经济分类科目,…": each classification is a claim of its own
            where = -2 - min(f.index for f in c.inputs)
        elif c.relation == _SHARE_BREAKDOWN or (
            c.kind == "sum"
            and c.verdict.status is _AGREES
            and c.inputs
            and _first_sentence(c.inputs) > c.printed.sentence
        ):
            # "…债券2.38亿元,其中:一般债券…,专项债券…。按债券性质分:新增…,置换…": a second
            # breakdown of a total, in a sentence of its own, that adds up is a claim of its own
            # (one that does not is only a competing reading of the first)
            where = min(f.sentence for f in c.inputs)
        key = (c.printed.index, c.kind, where)
        old = best.get(key)
        if old is None or _order(c) < _order(old):
            best[key] = c
    # One figure read two ways from the same figures: when one reading is certain and agrees,
    # the other is a misreading ("医疗收入 | 5053.28 | 5363.02 | -309.74 | -5.78%": -309.74 is
    # the difference, not a rate of the two)
    doubted = [
        c
        for c in best.values()
        if (not c.strong or _SAVING_RATE.search(c.printed.label) is not None)
        and c.status is not _AGREES
    ]
    confirmed = (
        {
            (c.printed.index, frozenset(map(id, c.inputs)))
            for c in best.values()
            if c.strong and c.status is _AGREES
        }
        if doubted
        else set()
    )
    if confirmed:
        for k, c in list(best.items()):
            if (
                # (a saving's rate read as a change's too: "初始申报预算3.44亿元,…累计审减2.5亿元,
                # 审减率达到72.7%" is of the plan, not of 3.44 + 2.5, however certain that reads)
                (not c.strong or _SAVING_RATE.search(c.printed.label) is not None)
                and c.status is not _AGREES
                and (c.printed.index, frozenset(map(id, c.inputs))) in confirmed
            ):
                del best[k]
    # A sum that agrees once the list goes on: the shorter list is the same list cut short
    # ("…148.3亿元。其中,偿还贷款提取87.7亿元,…,离退休提取31.6亿元,其他原因提取13.5亿元,分别
    # 占…": 87.7 + 15.5 + 31.6 read apart from the 13.5 that carries the shares), no second claim
    # (the agreeing lists by their total's figure: each other list is compared with its own
    # total's only)
    whole_lists: dict[int, list[frozenset[int]]] = {}
    for c in best.values():
        if c.kind == "sum" and c.status is _AGREES:
            whole_lists.setdefault(c.printed.index, []).append(frozenset(map(id, c.inputs)))
    if whole_lists:
        for k, c in list(best.items()):
            if c.kind == "sum" and c.status is not _AGREES and c.relation != _CLASSIFIED_SUM:
                wholes = whole_lists.get(c.printed.index)
                if wholes is None:
                    continue
                mine = frozenset(map(id, c.inputs))
                if any(mine < ids for ids in wholes):
                    del best[k]
    # A figure whose breakdown after it adds up: a weak reading of it as the total of the
    # figures before it that does not is only the competing reading ("收入合计为6449万元;…支出
    # 合计6449万元,其中:…" where the 支出合计 was also read as the total of the income before
    # it), not a second claim to warn about. (A classification's sum, or a relation of other
    # figures, keeps its claim.)
    doubtful = [
        k
        for k, c in best.items()
        if k[2] == -1
        and not c.strong
        and c.verdict.status is not _AGREES
        and all(f.index < c.printed.index for f in c.inputs)
    ]
    if not doubtful:
        return sorted(best.values(), key=_TEXT_ORDER)
    heads = {
        (k[0], k[1])
        for k, c in best.items()
        if c.status is _AGREES and c.inputs and all(f.index > c.printed.index for f in c.inputs)
    }
    return sorted(
        (
            c
            for k, c in best.items()
            if c.status is _AGREES
            or c.strong
            or k[2] != -1
            or (k[0], k[1]) not in heads
            or not all(f.index < c.printed.index for f in c.inputs)
        ),
        key=_TEXT_ORDER,
    )


# (c.printed.q.start, c.kind): the claims in text order, the key made without a Python call
_TEXT_ORDER = operator.attrgetter("printed.q.start", "kind")


def _first_sentence(facts: Sequence[Fact]) -> int:
    """``min(f.sentence for f in facts)`` of a non-empty sequence, without a generator."""
    first = facts[0].sentence
    for f in facts:
        if f.sentence < first:
            first = f.sentence
    return first


def _order(c: Claim) -> tuple[int, int]:
    # by position, not a dict keyed by the members (hashing a member runs Python)
    return (_STATUS_ORDER.index(c.verdict.status), 0 if c.strong else 1)


_STATUS_ORDER = (_AGREES, _ROUNDING, _DISAGREES, _UNDEFINED)
