"""The twelfth round of fixes (issue 10): sentences of real pages read wrongly before, each
reduced to its form (the pages are in tests/corpus/unkeyed, web12-*)."""

from __future__ import annotations

from budgetperf.textaudit import audit_text


def _claims(text: str) -> list[tuple[str, str, str]]:
    return [(c.kind, c.printed, c.status.value) for c in audit_text(text).claims]


def _errors(text: str) -> list[str]:
    return [f.code for f in audit_text(text).findings if f.severity.value == "error"]


def test_a_sum_that_disagrees_is_told_as_its_parts_add_up_not_at_the_totals_places() -> None:
    # (第十四师农业农村局 2019): 60 + 12.664 = 72.664, not "73万元" (no part adds up to it)
    text = "购置补贴资金预算数60万元,其中包括补贴资金60万元,结余资金12.664万元。"
    (finding,) = audit_text(text).findings
    assert "各项之和为72.664万元：60万元 + 12.664万元" in finding.message_zh
    assert "its parts add up to 72.664万元: 60万元 + 12.664万元" in finding.message_en


def test_a_sums_parts_that_add_up_to_many_places_are_rounded_for_display() -> None:
    # 1.2345678 + 2.1 = 3.3345678亿元, shown to 4 places (2 more than the total prints, 2)
    text = "收入合计3.12亿元,其中税收1.2345678亿元,非税2.1亿元。"
    (finding,) = audit_text(text).findings
    assert "各项之和为3.3346亿元：" in finding.message_zh
    # the total printed with 4 places: its sum is shown to 6
    text = "收入合计3.1200亿元,其中税收1.2345678亿元,非税2.1亿元。"
    (finding,) = audit_text(text).findings
    assert "各项之和为3.334568亿元：" in finding.message_zh
