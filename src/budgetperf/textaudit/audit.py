"""Stage 7, *findings*: claims become findings, with the document checks beside them.

Every claim that does not agree becomes a :class:`~budgetperf.audit.Finding` with a stable code:
an **error** when no value inside the printed inputs' rounding intervals explains it and its
structure is certain, a **warning** when the rounding of the inputs would explain it, or when
the structure was read from weaker evidence (a total found by name elsewhere).

The coverage of the text (sentences with figures that yielded no claim) is computed by
:mod:`.coverage` and kept in :attr:`TextAudit.coverage`.
"""

from __future__ import annotations

import functools
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any, cast

import attrs

from budgetperf._decimal import CTX as _CTX
from budgetperf._decimal import context_for, round_any
from budgetperf.audit import Finding, Severity, register
from budgetperf.classification import Catalogue
from budgetperf.errors import Location, WrongTypeError
from budgetperf.textaudit._slots import builder
from budgetperf.textaudit.checks import document_findings
from budgetperf.textaudit.claims import (
    CLOSED_SHARES,
    CLOSED_SHARES_OF_SHARE,
    CODE_SUM,
    COMPLETION_OVER_GAP,
    CONTRIBUTIONS_SUM,
    PARTS_OF_TOTAL,
    SANGONG_SHARES,
    Claim,
    build_claims,
)
from budgetperf.textaudit.coverage import Coverage, coverage_of
from budgetperf.textaudit.facts import Document, Fact, Role, read_facts
from budgetperf.textaudit.quantities import Dimension, unit_word
from budgetperf.textaudit.verdicts import Status

__all__ = ["AuditedClaim", "Coverage", "TextAudit", "audit_document", "audit_text"]

E, W = Severity.ERROR, Severity.WARNING

register(
    "units.slipped-unit",
    W,
    "a figure in 元 among figures in 万元 that its sum, rate or completion agrees with only "
    "when it is read in 万元",
    "以“元”列示的数字须按“万元”读取，相关合计、增幅或完成率方可相符（单位疑似印错）",
)

register(
    "arithmetic.change-sum",
    E,
    "the changes of the parts do not add up to the change of the total",
    "各分项增减额之和与总额增减额不符",
)
register(
    "arithmetic.budget-sum",
    E,
    "the budgets of the parts do not add up to the budget of the total",
    "各分项预算数之和与合计预算数不符",
)
register(
    "arithmetic.balance",
    E,
    "a balance (结余) disagrees with income − spending",
    "结余与收入减支出不符",
)
register(
    "arithmetic.ratio",
    E,
    "a rate disagrees with the formula printed beside it",
    "比率与文中列示的计算式不符",
)
register(
    "consistency.restated",
    E,
    "the same figure restated in another unit disagrees",
    "同一数据换算单位后前后不一致",
)
register(
    "arithmetic.progress",
    E,
    "a gap to the time progress of the year disagrees with the figures",
    "与时间进度的差距与数字不符",
)
register(
    "arithmetic.points-gap",
    E,
    "a gap in percentage points disagrees with the two rates it is between",
    "百分点差距与两个比率之差不符",
)
register(
    "arithmetic.shares-sum",
    E,
    "the shares of a closed list do not add up to 100%",
    "各项占比合计不为100%",
)
register(
    "arithmetic.completion-comparison",
    E,
    "决算数大于/小于/等于年初预算数 contradicts the figures",
    "“决算数大于/小于/等于年初预算数”与数字不符",
)
# The codes the earlier checker registered (kept: codes are stable).
register("arithmetic.share", E, "a share disagrees with amount / total", "占比与金额/合计不符")
register(
    "arithmetic.completion-rate",
    E,
    "a completion rate disagrees with 决算 / 年初预算",
    "完成年初预算的比例与决算数/年初预算数不符",
)
register(
    "arithmetic.completion-zero-base",
    W,
    "a completion rate printed where the budget is 0 (the rate is undefined)",
    "年初预算为0仍列示完成比例（比例无定义）",
)
register(
    "arithmetic.change-rate",
    E,
    "a change rate disagrees with change / previous figure",
    "增减率与增减额/上年数不符",
)
register(
    "arithmetic.change-amount",
    E,
    "a change amount disagrees with current − previous",
    "增减额与本年数−上年数不符",
)
register(
    "arithmetic.named-count",
    E,
    "a count disagrees with the names listed with it",
    "所列名称个数与文中数量不符",
)
register(
    "arithmetic.product",
    E,
    "a total disagrees with count × price per unit",
    "总额与数量×单价不符",
)
register(
    "arithmetic.change-direction",
    E,
    "增加/减少 and 增长/下降 point in different directions",
    "增减方向表述矛盾",
)
register(
    "arithmetic.breakdown-sum",
    E,
    "the parts of a 其中 breakdown do not add up to the stated total",
    "“其中”各项之和与合计不符",
)
register(
    "arithmetic.code-hierarchy",
    E,
    "a row of a 决算 table disagrees with the sum of the rows its subject code is over "
    "(类 = Σ 款, 款 = Σ 项, 合计 = Σ 类)",
    "决算表中某科目行与其下级科目行之和不符（类 = 各款之和，款 = 各项之和，合计 = 各类之和）",
)
register(
    "arithmetic.sangong",
    E,
    "a 三公经费 completion rate or saving disagrees with budget and actual",
    "“三公”经费完成预算比例或节约额与预算数、决算数不符",
)

_CODES = {
    "share": "arithmetic.share",
    "change-rate": "arithmetic.change-rate",
    "difference": "arithmetic.change-amount",
    "completion": "arithmetic.completion-rate",
    "sum": "arithmetic.breakdown-sum",
    "change-sum": "arithmetic.change-sum",
    "budget-sum": "arithmetic.budget-sum",
    "balance": "arithmetic.balance",
    "ratio": "arithmetic.ratio",
    "conversion": "consistency.restated",
    "change-direction": "arithmetic.change-direction",
    "points": "arithmetic.progress",
    "points-gap": "arithmetic.points-gap",
    "shares-sum": "arithmetic.shares-sum",
    "comparison": "arithmetic.completion-comparison",
    "progress-amount": "arithmetic.progress",
    "product": "arithmetic.product",
    "named-count": "arithmetic.named-count",
}
_SANGONG = ("三公", "因公出国", "公务用车", "公务接待")


def _sangong_sentences(doc: Document) -> frozenset[int]:
    """The indices of the sentences that hold a word of _SANGONG (once per document)."""
    found = cast("frozenset[int] | None", doc.memo.get("三公 sentences"))
    if found is None:
        found = doc.memo["三公 sentences"] = frozenset(
            s.index for s in doc.sentences_with(*_SANGONG)
        )
    return found


# Members read for every claim, as module globals (each Status.X is ~160 ns through
# EnumType.__getattr__ on Python 3.11).
_AGREES, _ROUNDING, _UNDEFINED = Status.AGREES, Status.ROUNDING, Status.UNDEFINED
_PERCENT = Dimension.PERCENT


@attrs.frozen(eq=False)
class AuditedClaim:
    """A claim placed in its document: spans in the original text, line and column, severity.

    ``kind``, ``family``, ``printed_value``, ``status`` and ``verdict`` come from the claim;
    ``line``/``column`` are 1-based in the original text, ``span`` quotes it there.
    """

    claim: Claim
    doc: Document = attrs.field(repr=False)

    @property
    def kind(self) -> str:
        """The claim's kind (share, change-rate, sum, …)."""
        return self.claim.kind

    @property
    def family(self) -> str:
        """The claim's family (see :mod:`.claims`)."""
        return self.claim.family

    @property
    def printed_value(self) -> Decimal:
        """The checked figure as printed (in its own unit, without sign)."""
        return self.claim.printed_value

    @property
    def printed(self) -> str:
        """The checked figure's number as printed."""
        return str(self.claim.printed.q.value)

    @property
    def computed(self) -> str | None:
        """What the figure should be at the printed precision (None when undefined)."""
        return self.claim.verdict.shown

    @property
    def status(self) -> Status:
        """The verdict's status."""
        return self.claim.verdict.status

    @property
    def ok(self) -> bool | None:
        """True when the figure agrees, False when not, None when it cannot be computed."""
        if self.status is _UNDEFINED:
            return None
        return self.status is _AGREES

    @property
    def severity(self) -> Severity | None:
        """None when it agrees; a warning when only rounding or a weak reading explains it."""
        return _severity(self.claim)

    @property
    def original_span(self) -> tuple[int, int]:
        """The printed figure's span in the original text."""
        q = self.claim.printed.q
        return self.doc.norm.original_span(q.start, q.end)

    @functools.cached_property
    def _where(self) -> tuple[int, int]:
        return self.doc.norm.position(self.claim.start)

    @property
    def line(self) -> int:
        """1-based line of the claim's start in the original text."""
        return self._where[0]

    @property
    def column(self) -> int:
        """1-based column of the claim's start in the original text."""
        return self._where[1]

    @property
    def span(self) -> str:
        """The original text of the claim: from its clause to the last figure of its sentence."""
        return self.doc.norm.quote(*_span(self.claim, self.doc.text))

    @property
    def figures(self) -> tuple[tuple[str, Decimal], ...]:
        """(role, value) of every figure the claim uses, the printed one first."""
        out = [("printed", self.claim.printed.q.value)]
        out += [(f.role.value, f.q.value) for f in self.claim.inputs]
        return tuple(out)

    @property
    def code(self) -> str:
        """The finding code a disagreement is reported under."""
        return _code(self.claim, self.doc)

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready dictionary: the claim, its figures with their places, and its verdict."""
        c = self.claim
        v = c.verdict

        def fact(f: Fact) -> dict[str, object]:
            line, column = self.doc.norm.position(f.q.start)
            return {
                "text": self.doc.norm.quote(f.q.start, f.q.end),
                "value": str(f.q.value),
                "unit": f.q.unit.label or f.q.counter,
                "role": f.role.value,
                "subject": f.subject,
                "line": line,
                "column": column,
            }

        severity = self.severity
        return {
            "kind": c.kind,
            "family": c.family,
            "line": self.line,
            "column": self.column,
            "span": self.span,
            "printed": fact(c.printed),
            "inputs": [fact(f) for f in c.inputs],
            "relation": c.relation,
            "reading": v.reading,
            "status": v.status.value,
            "computed": v.shown,
            "explanation": v.explanation,
            "certain": c.strong,
            "severity": None if severity is None else severity.value,
        }

    def finding(self, file: str | None) -> Finding | None:
        """The finding this claim gives, or None when it agrees."""
        # (severity, code and span from the module's functions the properties call, given the
        # claim and the document read once: no property of this object is read per finding)
        claim, doc = self.claim, self.doc
        severity = _severity(claim)
        if severity is None:
            return None
        verdict = claim.verdict
        kind = claim.kind
        start, end = _span(claim, doc.text)
        if start == claim.start:
            # (most spans start where the claim does: its position and the quote from one
            # mapping of the offset, not one for each)
            line, column, span = doc.norm.located_quote(start, end)
        else:
            line, column = doc.norm.position(claim.start)
            span = doc.norm.quote(start, end)
        en, zh = _messages(claim)
        code = _code(claim, doc)
        if verdict.status is _UNDEFINED:
            code = "arithmetic.completion-zero-base"
        printed, computed = str(claim.printed.q.value), verdict.shown
        if kind == "comparison":
            printed, computed = verdict.reading, verdict.shown
        elif kind == "shares-sum":
            printed = "100"
        return _new_finding(
            code, severity, _new_location(file, line, column), en, zh, printed, computed, span
        )


def _severity(claim: Claim) -> Severity | None:
    """:attr:`AuditedClaim.severity` of ``claim``."""
    status = claim.verdict.status
    if status is _AGREES:
        return None
    if status is _UNDEFINED:
        return W if claim.kind == "completion" else None
    if status is _ROUNDING or not claim.strong:
        return W
    return E


def _code(claim: Claim, doc: Document) -> str:
    """:attr:`AuditedClaim.code` of ``claim``, placed in ``doc``."""
    kind = claim.kind
    code = _CODES.get(kind, "arithmetic." + kind)
    if claim.relation == CODE_SUM:
        return "arithmetic.code-hierarchy"
    if kind != "completion" and kind != "difference":
        return code  # only these two have a 三公 code: their sentence is read below
    # (the sentences with a 三公 word found once per document, not each claim's sentence
    # copied and searched: a long sentence of many differences read once, not for each)
    sangong = claim.printed.sentence in _sangong_sentences(doc)
    if kind == "completion" and sangong:
        code = "arithmetic.sangong"
    if kind == "difference" and sangong and "节约" in claim.printed.label:
        code = "arithmetic.sangong"  # a 三公 saving against its budget
    return code


def _span(claim: Claim, text: str) -> tuple[int, int]:
    """The span of :attr:`AuditedClaim.span` in the normalised ``text``."""
    # the end of the last figure of the printed one's sentence, or the claim's own end
    printed = claim.printed
    sentence = printed.sentence
    end = max(printed.q.end, claim.end)
    for f in claim.inputs:
        if f.sentence == sentence and f.q.end > end:
            end = f.q.end
    start = claim.start
    while start < end and text[start] in _SPAN_LEAD:
        start += 1  # not from the separator before a cell: " | 35.00 | …"
    if end - start > 400:
        start, end = printed.q.start, printed.q.end
    return start, end


# A finding for every claim that does not agree, an AuditedClaim for every claim: the same
# objects as Finding(…), Location(…) and AuditedClaim(…), made as their builders and given
# their class at a fifth of the cost of their frozen __init__ (see _slots).
_FindingBuilder = builder(
    Finding,
    (
        "code",
        "severity",
        "location",
        "message_en",
        "message_zh",
        "printed",
        "computed",
        "span",
        "offsets",
        "segment",
        "candidates",
        "catalogue",
    ),
)
_LocationBuilder = builder(Location, ("file", "row", "field", "line", "column", "place"))
_AuditedClaimBuilder = builder(AuditedClaim, ("claim", "doc"))
_NO_CANDIDATES = attrs.fields(Finding).candidates.default


def _new_finding(
    code: str,
    severity: Severity,
    location: Location,
    en: str,
    zh: str,
    printed: str | None,
    computed: str | None,
    span: str | None,
) -> Finding:
    """``Finding(code, severity, location, en, zh, printed=…, computed=…, span=…)``."""
    f: Any = _FindingBuilder()
    f.code = code
    f.severity = severity
    f.location = location
    f.message_en = en
    f.message_zh = zh
    f.printed = printed
    f.computed = computed
    f.span = span
    f.offsets = None
    f.segment = None
    f.candidates = _NO_CANDIDATES
    f.catalogue = None
    f.__class__ = Finding
    built: Finding = f  # (typed here: a Finding from now on)
    return built


def _new_location(file: str | None, line: int, column: int) -> Location:
    """``Location(file=file, line=line, column=column)``."""
    loc: Any = _LocationBuilder()
    loc.file = file
    loc.row = None
    loc.field = None
    loc.line = line
    loc.column = column
    loc.place = None
    loc.__class__ = Location
    built: Location = loc  # (typed here: a Location from now on)
    return built


def _audited(claim: Claim, doc: Document) -> AuditedClaim:
    """``AuditedClaim(claim, doc)``."""
    a: Any = _AuditedClaimBuilder()
    a.claim = claim
    a.doc = doc
    a.__class__ = AuditedClaim
    built: AuditedClaim = a  # (typed here: an AuditedClaim from now on)
    return built


_FOUR_PLACES = Decimal("0.0001")


def _rounded(value: Decimal) -> Decimal:
    """``value`` rounded half up to 4 places (the display rule of every exact result), with
    as many digits as that takes (a NaN or an infinity raises OutOfRangeError)."""
    # round_checked's quantize, in place (its call, and its look-up of the quantum, saved)
    if value.is_finite():
        try:
            return value.quantize(_FOUR_PLACES, ROUND_HALF_UP, _CTX)
        except InvalidOperation:
            pass  # more than 30 digits before the point: an absurd figure, still a finding
    return round_any(value, 4)


def _exact(value: Decimal | None) -> str:
    """``value`` rounded half up to 4 places, as text ("?" when undefined)."""
    if value is None:
        return "?"
    rounded = _rounded(value)
    return format(rounded.normalize(context_for(len(rounded.as_tuple().digits))), "f")


#: what the total of a sum of each kind is called, in English and in Chinese
_SUM_WHATS = {
    "sum": ("total", "合计"),
    "change-sum": ("total change", "增减额合计"),
    "budget-sum": ("total budget", "预算合计"),
}


def _messages(claim: Claim) -> tuple[str, str]:
    v = claim.verdict
    status = v.status  # (c.status, read once)
    p = claim.printed.q
    if status is _UNDEFINED:
        return (
            f"the base is 0, so the rate is undefined; {p.text} is a publishing convention, "
            "not arithmetic",
            f"基数为0，比例无定义；{p.text}是列示惯例，不是计算结果",
        )
    kind = claim.kind  # (read once: the tests below and the messages after them)
    if kind == "comparison":
        a, b = claim.inputs[0].q.text, claim.inputs[1].q.text
        said, truth = v.reading, v.shown
        return (
            f"the text says 决算数{said}预算数, but {a} is {truth} {b}",
            f"文中称决算数{said}预算数，但{a}{truth}{b}",
        )
    relation = claim.relation
    if relation == CLOSED_SHARES_OF_SHARE:
        rounding = v.status is Status.ROUNDING
        closer = claim.printed.label.strip(" ,;、")[:2]  # 其他, 其它 or 其余
        of = claim.inputs[0].q.text
        return (
            f"the shares of the list closed by {closer} add up to {v.shown}%, not the {of} they"
            " are the parts of"
            + ("; this is within the rounding of the printed shares" if rounding else ""),
            f"以“{closer}”收尾的各项占比合计为{v.shown}%，不是其所分解的{of}"
            + ("；在所列占比的舍入范围内" if rounding else ""),
        )
    if relation == CLOSED_SHARES:
        rounding = v.status is Status.ROUNDING
        closer = claim.printed.label.strip(" ,;、")[:2]  # 其他, 其它 or 其余
        return (
            f"the shares of the list closed by {closer} add up to {v.shown}%, not 100%"
            + ("; this is within the rounding of the printed shares" if rounding else ""),
            f"以“{closer}”收尾的各项占比合计为{v.shown}%，不是100%"
            + ("；在所列占比的舍入范围内" if rounding else ""),
        )
    if relation == CONTRIBUTIONS_SUM:
        rounding = v.status is Status.ROUNDING
        return (
            f"the contributions of the three industries add up to {v.shown}%, not 100%"
            + ("; this is within the rounding of the printed shares" if rounding else ""),
            f"三次产业贡献率合计为{v.shown}%，不是100%"
            + ("；在所列占比的舍入范围内" if rounding else ""),
        )
    if kind == "named-count":
        return (
            f"the count is printed as {p.text}, but {v.shown} names are listed",
            f"数量印为{p.text}，但所列名称为{v.shown}个",
        )
    if relation == SANGONG_SHARES:
        return (
            f"the shares of the 三公经费 add up to {v.shown}%, not 100%",
            f"“三公”经费各项占比合计为{v.shown}%，不是100%",
        )
    if kind == "change-direction" and p.unit.dimension is not _PERCENT:
        # "本年支出120万元,上年支出100万元,减少20万元": a change against its printed prior
        prior, current = claim.inputs[0].q.text, claim.inputs[1].q.text
        down = claim.printed.sign < 0
        return (
            f"the change {p.text} is printed as {'a decrease' if down else 'an increase'}, but "
            f"from {prior} to {current} the figure went the other way",
            f"文中称{'减少' if down else '增加'}{p.text}，但由{prior}到{current}方向相反",
        )
    if kind == "change-direction":
        other = claim.inputs[0].q.text
        return (
            f"the change {other} and the rate {p.text} point in different directions",
            f"增减额{other}与增减率{p.text}方向矛盾",
        )
    unit = unit_word(p, cut=True)
    shown = f"{v.shown}{unit}" if v.shown is not None else "?"
    # the reading of the verdict, or the first (a loop, not next() over a generator)
    readings = claim.readings
    reading = readings[0]
    for r in readings:
        if r.name == v.reading:
            reading = r
            break
    ins = [q.text for q in reading.inputs]
    code_sum = claim.relation == CODE_SUM
    summed = kind in ("sum", "change-sum", "budget-sum") and reading.signs is not None
    # every message but a sum's prints the exact result (a sum's names its parts instead)
    exact = "" if code_sum or summed else _exact(v.computed)
    if code_sum:
        en, zh = _code_sum_messages(claim, shown)
    elif summed:
        signs = reading.signs or ()
        if len(signs) == len(ins) and (not signs or min(signs) > 0):
            # parts that are all added (most sums): their terms joined in one call, not one by one
            terms = " + ".join(ins)
        else:
            terms = ""
            for k, (sign, text) in enumerate(zip(signs, ins, strict=True)):
                if k == 0:
                    terms = text if sign > 0 else f"−{text}"
                else:
                    terms += f" + {text}" if sign > 0 else f" − {text}"
        if (
            v.computed is not None
            and v.shown is not None
            and v.computed != Decimal(v.shown)
            # (a sum as wide as the context is rounded already: "…0001.43" of "…0001.43333")
            and len(v.computed.as_tuple().digits) < _CTX.prec
            # (a total printed with 多 or 余 is shown so, "0.8亿余元": its unit says "more than")
            and not p.over
        ):
            # "合计印为60万元，但各项之和为72.664万元：60万 + 12.664万元": the parts' sum as they
            # add up, not at the total's places ("73万元" is a sum no part adds up to); rounded
            # half up (display only) to 4 places, or 2 more than the total prints, whichever is
            # more (parts in 元 under a total in 亿元 add up to many places)
            places = max(4, p.places + 2)
            computed = round_any(v.computed, places)
            computed = computed.normalize(context_for(len(computed.as_tuple().digits)))
            shown = format(computed, "f") + unit
        what = _SUM_WHATS[kind]
        en = f"the {what[0]} is printed as {p.text}, but its parts add up to {shown}: {terms}"
        zh = f"{what[1]}印为{p.text}，但各项之和为{shown}：{terms}"
    elif kind == "share" and claim.relation == PARTS_OF_TOTAL and len(ins) > 2:
        # "A、B…合计占X%": the parts together (the reading's inputs after the total) of the total
        together = " + ".join(ins[1:])
        en = (
            f"the share is printed as {p.text}, but ({together}) / {ins[0]} = {exact}%, "
            f"which rounds to {shown}"
        )
        zh = f"占比印为{p.text}，但（{together}）÷{ins[0]}={exact}%，四舍五入为{shown}"
    elif (
        kind == "share"
        and len(ins) == 2
        and " + " in reading.name  # (most names have none: their test built no string)
        and reading.name == f"of {ins[0]} + {ins[1]}"
    ):
        # the part of itself and its sibling together (claims._decomposed_sibling)
        en = (
            f"the share is printed as {p.text}, but {ins[0]} / ({ins[0]} + {ins[1]}) = {exact}%, "
            f"which rounds to {shown}"
        )
        zh = f"占比印为{p.text}，但{ins[0]}÷（{ins[0]} + {ins[1]}）={exact}%，四舍五入为{shown}"
    elif kind == "share" and reading.name == "saving / (actual + saving)":
        # a saving's rate of the plan, the plan not printed: the actual and the saving together
        # ("审计总金额18.18亿元,核减工程造价3.15亿元,核减率14.66%": 18.18 is what was approved)
        en = (
            f"the share is printed as {p.text}, but {ins[0]} / ({ins[1]} + {ins[0]}) = {exact}%, "
            f"which rounds to {shown}"
        )
        zh = f"占比印为{p.text}，但{ins[0]}÷（{ins[1]} + {ins[0]}）={exact}%，四舍五入为{shown}"
    elif kind == "share" and reading.name.startswith("of the whole implied by ") and len(ins) == 3:
        # "其中65岁及以上人口为79112人,占9.40%" under "114919人,占13.65%": of the whole the
        # head's own share implies (114919 ÷ 13.65%)
        en = (
            f"the share is printed as {p.text}, but {ins[0]} / ({ins[1]} / {ins[2]}) = "
            f"{exact}%, which rounds to {shown}"
        )
        zh = f"占比印为{p.text}，但{ins[0]}÷（{ins[1]}÷{ins[2]}）={exact}%，四舍五入为{shown}"
    elif kind == "share":
        of_en = ins[1] if len(ins) == 2 else "the sum of the list"
        of_zh = ins[1] if len(ins) == 2 else "各项之和"
        en = (
            f"the share is printed as {p.text}, but {ins[0]} / {of_en} = {exact}%, "
            f"which rounds to {shown}"
        )
        zh = f"占比印为{p.text}，但{ins[0]}÷{of_zh}={exact}%，四舍五入为{shown}"
    elif kind == "completion" and claim.relation == COMPLETION_OVER_GAP:
        # "决算数大于预算数55.93万元": the budget is the actual figure less (or plus) the gap
        op = "−" if claim.inputs[1].sign > 0 else "+"
        budget = f"({ins[0]} {op} {ins[1]})"
        en = (
            f"the completion rate is printed as {p.text}, but {ins[0]} / {budget} = {exact}%, "
            f"which rounds to {shown}"
        )
        zh = f"完成比例印为{p.text}，但{ins[0]}÷{budget}={exact}%，四舍五入为{shown}"
    elif kind == "completion":
        en = (
            f"the completion rate is printed as {p.text}, but {ins[0]} / {ins[1]} = {exact}%, "
            f"which rounds to {shown}"
        )
        zh = f"完成比例印为{p.text}，但{ins[0]}÷{ins[1]}={exact}%，四舍五入为{shown}"
    elif kind == "change-rate" and reading.note:
        # the prior implied ("95亿… − 42亿…", in brackets) or printed (one figure)
        base = f"({reading.note})" if " " in reading.note else reading.note
        change = ins[0]
        first = next((g for g in claim.inputs if g.q is reading.inputs[0]), None)
        if first is not None and first.role is Role.VALUE:
            # "8.9万元,比上年的12.35元减少28.2%": the current figure against the printed prior
            # (read as 万元): the change is their difference, not the current figure
            change = f"({base} − {ins[0]})" if claim.printed.sign < 0 else f"({ins[0]} − {base})"
        en = (
            f"the change rate is printed as {p.text}, but the prior figure is {reading.note} "
            f"and {change} / {base} = {exact}%, which rounds to {shown}"
        )
        zh = (
            f"增减率印为{p.text}，但上年数为{reading.note}，{change}÷{base}={exact}%，"
            f"四舍五入为{shown}"
        )
    else:
        what = {
            "change-rate": ("the change rate", "增减率"),
            "difference": ("the difference", "差额"),
            "balance": ("the balance", "结余"),
            "ratio": ("the rate", "比率"),
            "conversion": ("the restated figure", "换算后的数据"),
            "points": ("the gap to the time progress", "与时间进度的差距"),
            "points-gap": ("the gap between the two rates", "两个比率的差距"),
            "progress-amount": ("the amount against the time progress", "与时间进度相比的金额"),
            "product": ("the total", "总额"),
        }.get(kind, (kind, kind))
        if p.unit.dimension is Dimension.TIMES:
            what = ("the multiple", "倍数")  # "是“十五”期间218.8亿元的2.6倍"
        en = (
            f"{what[0]} is printed as {p.text}, but {claim.relation} from {', '.join(ins)} = "
            f"{exact}, which rounds to {shown}"
        )
        zh = f"{what[1]}印为{p.text}，但按{'、'.join(ins)}计算为{exact}，四舍五入为{shown}"
    if p.over:
        # "增加13亿余元": a figure printed cut down with 余/多 is compared cut down, not rounded
        en = en.replace(", which rounds to ", ", that is ")
        zh = zh.replace("，四舍五入为", "，即")
    if status is _ROUNDING:
        en += f"; this is within the rounding of the printed figures ({v.explanation})"
        zh += f"；在所列数字的舍入范围内可以相符（{_zh_explanation(v.explanation)}）"
    elif not claim.strong:
        en += f" (read as: {v.reading}; the structure was inferred, so check it)"
        reading_zh = zh_reading(v.reading)
        if reading_zh:
            zh += f"（按“{reading_zh}”理解，结构系推断，请核对）"
        else:
            zh += "（结构系推断，请核对）"
    return en, zh


_LOWER = {"合计": ("类", "类"), "类": ("款", "款"), "款": ("项", "项")}


def _code_sum_messages(claim: Claim, shown: str) -> tuple[str, str]:
    """A 决算 table's row against the rows one level down by subject code, each named:
    "the 类 row [201]一般公共服务支出 (column 合计) is printed as 300.5, but its 款 rows add up
    to 301.5: [20101]人大事务 180.5 + [20103]政府办公厅(室)及相关机构事务 121"."""
    from budgetperf.textaudit.tables import code_level

    p = claim.printed
    level = code_level(p.label)
    lower = _LOWER.get(level, ("", ""))[0]
    column_en = f" (column {p.column})" if p.column else ""
    column_zh = f"（{p.column}栏）" if p.column else ""
    terms = " + ".join(f"{f.label} {f.q.text}" for f in claim.inputs)
    terms_zh = " + ".join(f"{f.label}{f.q.text}" for f in claim.inputs)
    row_en = f"the {level} row {p.label}" if level != "合计" else f"the total row {p.label}"
    row_zh = f"{level}级科目{p.label}" if level != "合计" else f"合计行{p.label}"
    en = (
        f"{row_en}{column_en} is printed as {p.q.text}, but its {lower} rows add up to "
        f"{shown}: {terms}"
    )
    zh = f"{row_zh}{column_zh}印为{p.q.text}，但其下{lower}级科目之和为{shown}：{terms_zh}"
    return en, zh


#: a reading's name (verdicts.Reading.name, the English of a Chinese message) in Chinese
_ZH_READINGS = {
    "": "",
    "parts": "各分项相加",
    "the first parts, which add up to it": "前几个分项相加（恰等于总数，其后各数不计）",
    "another breakdown": "按另一种分法的各分项相加",
    "the items' figures of its name": "各项中同名之数相加",
    "the parts' changes": "各分项增减额相加",
    "the parts' prior figures": "各分项上年数相加",
    "the parts' budgets": "各分项预算数相加",
    "the parts' figures": "各组成部分同一指标数相加",
    "the parts without those set apart (by ';' or 其中)": "不计以‘;’或‘其中’另列的部分，各分项相加",
    "the parts with shares": "列有占比的各分项相加",
    "the parts but the retired (counted beside them)": "不计另列的离退休人员，各分项相加",
    "the gaps signed by their budgets and actuals": "各差值按其预算数与决算数取符号后相加",
    "the parts with those printed without a separator": "各分项连同未以标点隔开的数相加",
    "the items' counts": "各项个数相加",
    "of the list's sum": "以各分项之和为总数",
    "the 合计 and what is carried": "合计加结转数",
    "the figure and what is added to it": "该数加上所加各项",
    "the figure with what is added and deducted": "该数加上所加各项、减去所减各项",
    "the figure less what is taken out": "该数减去剔除部分",
    "the changes of A and B": "甲、乙两数增减额之差",
    "current − prior": "本期数 − 上期数",
    "current − prior, as a fraction of one": "本期数 − 上期数（以小数表示）",
    "change / prior": "增减额 ÷ 上期数",
    "rows one level down": "下一级科目各行相加",
    "its own level and the levels under it": "本级与所辖下级相加",
    "money in − money out": "收入 − 支出",
    "money out − money in": "支出 − 收入",
    "income − spending": "收入 − 支出",
    "printed formula": "文中所列算式",
    "printed prior": "文中所列上期数",
    "budget − actual": "预算数 − 实际数",
    "actual − budget": "实际数 − 预算数",
    "plan − actual": "计划数 − 实际数",
    "saving / plan": "节约额 ÷ 计划数",
    "saving / (actual + saving)": "节约额 ÷（实际数 + 节约额）",
    "the other way": "反向计算",
    "the two totals": "两个合计数",
    "the shares of a closed list": "各项占比相加",
    "the names listed": "所列名称个数",
    "directions": "增减方向",
}
_UNIT_SLIP = " read as 万元 (a unit slip)"
_UNIT_SLIP_YI = " read as 亿元 (a unit slip)"
_UNIT_SLIP_YUAN = " read as 元 (a unit slip)"


_FROM_PRINTED_COMPLETION = " of the year elapsed, from the printed completion"


# a printed prior read as the change whose verb was left out (claims._changes)
_LOST_VERB = " as the change (its verb left out)"


def zh_reading(name: str) -> str | None:
    """A reading's name in Chinese, for the Chinese message; None for a name of no known form.

    Names are fixed words (:data:`_ZH_READINGS`) or forms with printed figures in them ("of
    628.95万元", "71.67万元 of 628.95万元", "change of 2042.22亿元"). Only ``str`` methods, no
    pattern: a name may hold a figure of any length.
    """
    fixed = _ZH_READINGS.get(name)
    if fixed is not None:
        return fixed
    zh: str | None = None
    if name.startswith("change of "):
        rest = name[len("change of ") :]
        current, comma, slipped = rest.partition(", ")
        if comma and slipped.endswith(_UNIT_SLIP):
            zh = f"以{current}为本期数，{slipped[: -len(_UNIT_SLIP)]}按万元计（单位笔误）"
        elif comma and slipped == "printed again with it":
            zh = f"以{current}为本期数（与增减额一并重列）"
        elif not comma and rest.endswith(_UNIT_SLIP):
            zh = f"以{rest[: -len(_UNIT_SLIP)]}为本期数，按万元计（单位笔误）"
        elif not comma:
            zh = f"以{current}为本期数"
    elif name.startswith("change against the printed "):
        zh = f"对比文中所列上期数{name[len('change against the printed ') :]}"
    elif name.startswith("printed prior, of "):
        zh = f"文中所列上期数，以{name[len('printed prior, of ') :]}为本期数"
    elif name.startswith("the parts together, of "):
        zh = f"各分项合计占{name[len('the parts together, of ') :]}"
    elif name.startswith("parts, ") and name.endswith(_UNIT_SLIP):
        zh = f"各分项相加，{name[len('parts, ') : -len(_UNIT_SLIP)]}按万元计（单位笔误）"
    elif name.startswith("parts, ") and name.endswith(_UNIT_SLIP_YI):
        zh = f"各分项相加，{name[len('parts, ') : -len(_UNIT_SLIP_YI)]}按亿元计（单位笔误）"
    elif name.startswith("budget "):
        zh = f"预算数{name[len('budget ') :]}"
    elif name.endswith(_LOST_VERB):
        zh = f"{name[: -len(_LOST_VERB)]}为增减额（漏印增减字样）"
    elif name.startswith("of the whole implied by "):
        # "of the whole implied by 114919人 at 13.65%": 114919人 being 13.65% of it
        figure, _, share = name[len("of the whole implied by ") :].partition(" at ")
        zh = f"以{figure}占{share}所推算的总数为总数"
    elif name.startswith("of "):
        zh = f"以{name[len('of ') :]}为总数"
    elif name.endswith(" restated"):
        zh = f"{name[: -len(' restated')]}换算"
    elif name.endswith("/12 of the year elapsed"):
        zh = f"时间过去{name[: -len(' of the year elapsed')]}"
    elif name.endswith(_FROM_PRINTED_COMPLETION):
        zh = f"时间过去{name[: -len(_FROM_PRINTED_COMPLETION)]}，按文中所列完成率"
    elif name.endswith("/12 of the budget"):
        zh = f"预算的{name[: -len(' of the budget')]}"
    elif " years" in name and " to " in name and " over " in name:
        start, _, rest = name.partition(" to ")
        end, _, years = rest.rpartition(" over ")
        zh = f"由{start}到{end}的{years.removesuffix(' years')}年年均增长"
    elif " against the printed " in name:
        a, _, b = name.partition(" against the printed ")
        if b.endswith(_UNIT_SLIP):
            b = b[: -len(_UNIT_SLIP)]
            zh = f"{a.replace(' ', '')}对比文中所列{b}（{b}按万元计，单位笔误）"
        else:
            zh = f"{a.replace(' ', '')}对比文中所列{b}"
    elif " against " in name:
        a, _, b = name.partition(" against ")
        zh = f"{a.replace(' ', '')}对比{b.replace(' ', '')}"
    elif " over " in name:
        a, _, b = name.partition(" over ")
        zh = f"{a}对比{b}"
    elif " of " in name:
        a, _, whole = name.partition(" of ")
        if whole.endswith(_UNIT_SLIP_YUAN):
            whole = whole[: -len(_UNIT_SLIP_YUAN)]
            zh = f"{a}占{whole}（{whole}按元计，单位笔误）"
        else:
            zh = f"{a}占({whole})" if " + " in whole or " − " in whole else f"{a}占{whole}"
    else:
        zh = name.replace(" / ", " ÷ ")
    if zh is None or any("a" <= ch <= "z" or "A" <= ch <= "Z" for ch in zh):
        return None
    return zh


def _zh_explanation(text: str) -> str:
    if text.startswith("agrees if "):
        a, _, b = text[len("agrees if ") :].partition(" were ")
        return f"若{a}实为{b}则相符"
    return "须多个数字同时取舍入区间边缘值方可相符"


_SPAN_LEAD = frozenset(" |,;:、和")


@attrs.frozen(eq=False)
class TextAudit:
    """Everything the audit read from one text: claims, findings and coverage."""

    document: Document = attrs.field(repr=False)
    claims: tuple[AuditedClaim, ...]
    findings: tuple[Finding, ...]
    coverage: Coverage

    def summary(self) -> str:
        """ "N claims checked in M sentences; K sentences with figures not understood"."""
        cov = self.coverage
        return (
            f"{len(self.claims)} claims checked in {cov.sentences_with_claims} sentences; "
            f"{len(cov.not_understood)} sentences with figures not understood"
        )


def _slip_finding(claim: Claim, slipped: Fact, doc: Document, file: str | None) -> Finding:
    """A figure printed in 元 that its claim agrees with only read in 万元, as the figures around
    it are: a part of a list, a change beside its rate, an actual figure against its budget."""
    q, printed = slipped.q, claim.printed.q
    # (in 亿元 only for a part of a list in 亿元, claims._slipped_part's reading)
    unit = "亿元" if claim.verdict.reading.endswith(_UNIT_SLIP_YI) else "万元"
    meant = q.text.removesuffix("元").rstrip() + unit
    if slipped is claim.printed:  # the total itself: "增加170.77元,主要是…增加146.89万元,…"
        english = f"its parts add up to it only when it is {meant}"
        chinese = "方与各分项之和相符"
    elif claim.family == "sum":
        english = f"the figures around it add up to {printed.text} only when it is {meant}"
        chinese = f"相关数字方与{printed.text}相符"
    else:
        english = f"{printed.text} agrees with the figures only when it is {meant}"
        chinese = f"{printed.text}方与相关数字相符"
    line, column = doc.norm.position(q.start)
    return _new_finding(
        "units.slipped-unit",
        W,
        _new_location(file, line, column),
        f"{q.text} is printed in 元, but {english}; the unit looks misprinted",
        f"{q.text}以元列示，但须按{meant}计，{chinese}，单位疑似印错",
        q.text,
        meant,
        doc.norm.quote(q.start, q.end),
    )


def audit_document(
    doc: Document, *, file: str | None = None, catalogue: Catalogue | None = None
) -> TextAudit:
    """Build the claims of a read document, judge them, and run the document checks."""
    claims = build_claims(doc)
    audited = tuple([_audited(c, doc) for c in claims])
    findings = document_findings(doc, file=file, catalogue=catalogue)
    slips: dict[int, Finding] = {}
    for a in audited:
        if a.claim.verdict.status is _AGREES:
            slipped = a.claim.slipped
            if slipped is not None and slipped.q.start not in slips:
                slips[slipped.q.start] = _slip_finding(a.claim, slipped, doc, file)
            continue  # no finding (AuditedClaim.finding gives None), most claims
        f = a.finding(file)
        if f is not None:
            findings.append(f)
    if slips:
        # a figure read as misprinted is reported once, as that: not also as a sum in 元 to be
        # read in 万元 (units.yuan-in-wanyuan gives 88435元 = 8.8435万元; it is 88435万元)
        at = {(f.location.line, f.location.column) for f in slips.values()}
        findings = [
            f
            for f in findings
            if f.code != "units.yuan-in-wanyuan" or (f.location.line, f.location.column) not in at
        ]
        findings.extend(slips.values())
    findings.sort(key=lambda f: (f.location.line or 0, f.location.column or 0, f.code))
    return TextAudit(doc, audited, tuple(findings), coverage_of(doc, claims))


def audit_text(
    text: str, *, file: str | None = None, catalogue: Catalogue | None = None
) -> TextAudit:
    """Run every stage on a text and return its claims, findings and coverage.

    ``file`` names the text in the findings' locations; ``catalogue`` checks 类/款/项 paths
    (the bundled functional catalogue by default).
    """
    if not isinstance(text, str):
        raise WrongTypeError("text must be a str", value=type(text).__name__)
    return audit_document(read_facts(text), file=file, catalogue=catalogue)
