"""The findings of the text audit's claims, built by the shortcuts of audit.py, are those of the
plain forms they replace.

``AuditedClaim.finding`` reads the claim's severity, code and span through the module's
functions (not the properties, one call each), and maps the span's start once for the position
and the quote when the span starts where the claim does (``Normalised.located_quote``); ``_exact``
rounds in place (not through ``round_checked``; an absurd value in a context as wide as it
takes). Each is compared here with the plain form, on texts built from the words and
characters that matter to them.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Context, Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from budgetperf.audit import Finding
from budgetperf.errors import Location
from budgetperf.textaudit import audit as audit_module
from budgetperf.textaudit import audit_text
from budgetperf.textaudit.audit import AuditedClaim
from budgetperf.textaudit.verdicts import Status

_PIECES = [
    *["支出100万元", "收入120万元", "其中", ":", "A支出60万元", "B支出30.5万元", "占", "50%"],
    *["占比", "33.33%", "合计", "增长", "10%", "上年", "90万元", "减少", "完成预算的", "95%"],
    *["预算数", "决算数", "因公出国(境)费", "节约", "0万元", "元", "亿元", ",", "。", ";"],
    *["、", "和", " ", " | ", "|", "\n", "\r\n", "（", "）", "，", "<br>", "&nbsp;", "1", "2"],
    *["100 万 元", "預(yù)算", "公务 接待费", "\r"],
]


def _texts(max_size: int = 24) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(_PIECES), max_size=max_size).map("".join)


def _plain_span(a: AuditedClaim) -> str:
    """AuditedClaim.span as it was written before it called _span."""
    c = a.claim
    printed = c.printed
    sentence = printed.sentence
    end = max(printed.q.end, c.end)
    for f in c.inputs:
        if f.sentence == sentence and f.q.end > end:
            end = f.q.end
    start = c.start
    text = a.doc.text
    while start < end and text[start] in audit_module._SPAN_LEAD:
        start += 1
    if end - start > 400:
        start, end = c.printed.q.start, c.printed.q.end
    return a.doc.norm.quote(start, end)


def _plain_finding(a: AuditedClaim) -> Finding | None:
    """AuditedClaim.finding as it was written: its properties, the position and the quote."""
    severity = a.severity
    if severity is None:
        return None
    line, column = a.doc.norm.position(a.claim.start)
    en, zh = audit_module._messages(a.claim)
    code = a.code
    if a.status is Status.UNDEFINED:
        code = "arithmetic.completion-zero-base"
    printed, computed = a.printed, a.computed
    if a.kind == "comparison":
        printed, computed = a.claim.verdict.reading, a.claim.verdict.shown
    elif a.kind == "shares-sum":
        printed = "100"
    return Finding(
        code,
        severity,
        Location(file="f", line=line, column=column),
        en,
        zh,
        printed=printed,
        computed=computed,
        span=_plain_span(a),
    )


@settings(max_examples=400, deadline=None)
@given(text=_texts())
def test_findings_as_their_plain_form(text: str) -> None:
    audit = audit_text(text)
    for a in audit.claims:
        assert a.span == _plain_span(a)
        assert a.finding("f") == _plain_finding(a)


def test_a_span_that_starts_after_its_claim_is_found_as_its_plain_form() -> None:
    # (the separator before a cell is not quoted: the span starts after the claim)
    text = (
        "项目 | 支出100万元,其中A支出60万元,B支出30万元。\n"
        "、支出100万元,其中A支出70万元,B支出20万元"
    )
    audit = audit_text(text)
    found = [a for a in audit.claims if a.finding("f") is not None]
    assert any(audit_module._span(a.claim, a.doc.text)[0] > a.claim.start for a in found)
    for a in found:
        assert a.finding("f") == _plain_finding(a)


def _plain_exact(value: Decimal) -> str:
    # half up to 4 places in a context as wide as the value (an absurd figure's result, of
    # more than 30 digits before the point, is still written out, not an error)
    wide = Context(prec=len(value.as_tuple().digits) + max(value.adjusted(), 0) + 10)
    return format(value.quantize(Decimal("0.0001"), ROUND_HALF_UP, wide).normalize(wide), "f")


_DECIMALS = st.decimals(allow_nan=False, allow_infinity=False, places=None) | st.builds(
    lambda digits, exponent: Decimal(f"{digits}E{exponent}"),
    st.integers(-(10**40), 10**40),
    st.integers(-40, 40),
)


@settings(max_examples=1000, deadline=None)
@given(value=_DECIMALS)
def test_exact_is_half_up_to_four_places_however_long(value: Decimal) -> None:
    assert audit_module._exact(value) == _plain_exact(value)
