"""An average is over a count of things, not over the change of that count: in "公务用车10辆,
比上年减少2辆,运行维护费50万元,平均每辆运行维护费5万元" the average was read as 50 / 2 = 25 (a
warning on a correct sentence). Found by a mutant of ``claims._averages`` that lived (issue 10)."""

from __future__ import annotations

import pytest

from budgetperf.textaudit import audit_text


@pytest.mark.parametrize(
    "text",
    [
        # 每辆 names the count: 50 / 10 = 5
        "全市公务用车10辆,比上年减少2辆,运行维护费50万元,平均每辆运行维护费5万元。",
        # the average of the total printed before it: 50 / 10 = 5
        "全市公务用车10辆,比上年增加2辆,运行维护费50万元,平均运行维护费5万元。",
        # a 均价 before its count and total: 20 / 4 = 5
        "购车均价为5万元。2023年共购置公务用车4辆,比上年增加2辆,购置费支出20万元。",
    ],
)
def test_an_average_is_over_the_count_not_its_change(text: str) -> None:
    audit = audit_text(text)
    assert [(c.claim.kind, c.status.value, c.computed) for c in audit.claims] == [
        ("ratio", "agrees", "5")
    ]
    assert audit.findings == ()


def test_a_wrong_average_is_told_against_the_count() -> None:
    # 50 / 10 = 5, printed 25 (which is 50 / 2, the change)
    audit = audit_text("公务用车10辆,比上年减少2辆,运行维护费50万元,平均每辆运行维护费25万元。")
    assert [(f.code, f.severity.value, f.computed) for f in audit.findings] == [
        ("arithmetic.ratio", "warning", "5")
    ]
