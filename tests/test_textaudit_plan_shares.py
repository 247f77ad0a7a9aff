"""A rate of a plan or budget printed with the share's words ("占年计划75000万元的比例为100.5%")
is one completion claim, as it is without them ("占年计划75000万元的100.5%").

Before, with 的比例为/的比重为 between the whole and the rate, the plan was not read as the base:
the figure was claimed twice, as a completion and as a share, so one wrong rate gave two
findings; and after 占预算数 (read as the base) the rate was not read at all.
"""

from __future__ import annotations

import pytest

from budgetperf.textaudit import audit_text

# 82876 / 75000 × 100 = 110.50133…: 110.5% to one decimal
_WRONG = (
    "the completion rate is printed as 100.5%, but 82876万元 / 75000万元 = 110.5013%, "
    "which rounds to 110.5%"
)


@pytest.mark.parametrize(
    "text",
    [
        "完成82876万元,占年计划75000万元的100.5%。",
        "完成82876万元,占年计划75000万元的比例为100.5%。",
        "完成82876万元,占全年目标任务75000万元的比重为100.5%。",
        "支出82876万元,占预算数75000万元的比例为100.5%。",
    ],
)
def test_a_wrong_rate_of_a_plan_is_one_finding(text: str) -> None:
    audit = audit_text(text)
    assert [(c.claim.kind, c.status.value, c.computed) for c in audit.claims] == [
        ("completion", "disagrees", "110.5")
    ]
    assert [(f.code, f.message_en) for f in audit.findings] == [
        ("arithmetic.completion-rate", _WRONG)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "完成82876万元,占年计划75000万元的比例为110.5%。",
        "支出82876万元,占预算数75000万元的比例为110.5%。",
    ],
)
def test_a_right_rate_of_a_plan_is_one_claim_that_agrees(text: str) -> None:
    audit = audit_text(text)
    assert [(c.claim.kind, c.status.value) for c in audit.claims] == [("completion", "agrees")]
    assert audit.findings == ()


def test_a_share_of_a_total_keeps_its_words() -> None:
    # a total that is no plan nor budget: the share of it, as before
    audit = audit_text("支出200万元,占总支出1000万元的比例为25%。")
    assert [(c.claim.kind, c.status.value, c.computed) for c in audit.claims] == [
        ("share", "disagrees", "20")
    ]


@pytest.mark.parametrize(
    "text",
    ["支出200万元,占总支出1000万元25%。", "支出200万元,占总支出1000万元比例为25%。"],
)
def test_a_share_of_a_whole_printed_without_de_is_checked(text: str) -> None:
    # 200 / 1000 × 100 = 20, not 25; read by claims._printed_wholes alone (the share readers
    # need 的 or 之 after the whole), with its structure certain: no note of an inferred one
    audit = audit_text(text)
    assert [
        (c.claim.kind, c.status.value, c.computed, c.claim.readings[0].name) for c in audit.claims
    ] == [("share", "disagrees", "20", "of 1000万元")]
    assert [(f.code, f.message_en, f.message_zh) for f in audit.findings] == [
        (
            "arithmetic.share",
            "the share is printed as 25%, but 200万元 / 1000万元 = 20%, which rounds to 20%",
            "占比印为25%，但200万元÷1000万元=20%，四舍五入为20%",
        )
    ]


@pytest.mark.parametrize(
    "text",
    [
        "完成82876万元,占全县收入计划75000万元的100.5%。",
        "完成82876万元,占上级下达任务75000万元的100.5%。",
        "完成投资82876万元,占计划投资75000万元的100.5%。",
        # a plan named at length (as in jx-jiujiang-hukou-x-2023-yszx)
        "县财政总收入完成82876万元,完成年初上报县人民代表大会预算收入计划75000万元的100.5%。",
    ],
)
def test_a_plan_named_in_more_words_is_one_completion(text: str) -> None:
    # 82876 / 75000 = 110.50%, not 100.5: one completion claim, and no share of the plan (it
    # was read as both when the plan's name had words before 计划 or 任务)
    audit = audit_text(text)
    assert [(c.claim.kind, c.status.value, c.computed) for c in audit.claims] == [
        ("completion", "disagrees", "110.5")
    ]
    assert [f.code for f in audit.findings] == ["arithmetic.completion-rate"]


def test_a_whole_printed_with_renminbi_before_the_share_is_read_whole() -> None:
    # "1000万元人民币25%": the amount names 元, so the digits after it are the share, not more
    # of the amount ("74亿7千多万元" is an amount not read whole; this is not): 200 / 1000 =
    # 20%, not 25, an error as without 人民币 (it was a warning: the whole taken as damaged)
    audit = audit_text("支出200万元人民币,占总支出1000万元人民币25%。")
    assert [(c.claim.kind, c.status.value, c.computed, c.claim.strong) for c in audit.claims] == [
        ("share", "disagrees", "20", True)
    ]
    assert [(f.code, f.severity.value) for f in audit.findings] == [("arithmetic.share", "error")]
