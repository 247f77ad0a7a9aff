"""The shortcuts of the findings' messages give the text the plain forms they replace give."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from budgetperf.textaudit import audit, claims
from budgetperf.textaudit.facts import read_facts
from budgetperf.textaudit.verdicts import Reading, linear


def _plain_terms(signs: tuple[int, ...], ins: list[str]) -> str:
    """A sum's terms as _messages wrote them, one by one."""
    terms = ""
    for k, (sign, text) in enumerate(zip(signs, ins, strict=True)):
        if k == 0:
            terms = text if sign > 0 else f"−{text}"
        else:
            terms += f" + {text}" if sign > 0 else f" − {text}"
    return terms


@settings(max_examples=300, deadline=None)
@given(
    values=st.lists(st.integers(1, 99999), min_size=2, max_size=6),
    signs=st.lists(st.sampled_from([1, 1, 1, -1]), min_size=6, max_size=6),
    kind=st.sampled_from(["sum", "change-sum", "budget-sum"]),
)
def test_a_sums_terms_as_written_one_by_one(values: list[int], signs: list[int], kind: str) -> None:
    doc = read_facts("支出" + ",".join(f"{v}万元" for v in values) + "。")
    total, *parts = doc.facts
    used = tuple(signs[: len(parts)])
    r = Reading("parts", tuple(p.q for p in parts), linear(used), used)
    claim = claims._make(kind, total, parts, [r], True, "sum of the parts")
    if claim.verdict.status is audit._AGREES:
        return
    en, zh = audit._messages(claim)
    terms = _plain_terms(used, [p.q.text for p in parts])
    assert en.endswith(": " + terms) or ": " + terms + " (" in en or ": " + terms + ";" in en
    assert zh.endswith("：" + terms) or "：" + terms + "（" in zh or "：" + terms + "；" in zh
