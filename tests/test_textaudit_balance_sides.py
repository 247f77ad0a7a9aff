"""A balance (结余, 差额) listed after 其中 by its two sides, 收入 and 支出, is the money in less
the money out, not the sum of the two: "收支结余10万元,其中:收入30万元,支出20万元" was read as a
breakdown (30 + 20 = 50, an error on a correct sentence)."""

from __future__ import annotations

import pytest

from budgetperf.textaudit import audit_text


def _read(text: str) -> list[tuple[str, str, str | None]]:
    return [(c.claim.kind, c.status.value, c.computed) for c in audit_text(text).claims]


@pytest.mark.parametrize(
    "text",
    [
        # 30 - 20 = 10
        "本年收支结余10万元,其中:本年收入30万元,本年支出20万元。",
        # the sides in the other order
        "本年收支结余10万元,其中:本年支出20万元,本年收入30万元。",
        # a balance named 结余 alone
        "年末结余10万元,其中:收入30万元,支出20万元。",
    ],
)
def test_a_balance_is_its_income_less_its_spending(text: str) -> None:
    audit = audit_text(text)
    assert [(c.claim.kind, c.status.value, c.computed) for c in audit.claims] == [
        ("balance", "agrees", "10")
    ]
    assert audit.findings == ()


def test_a_shortfall_printed_negative_agrees() -> None:
    # 2 - 5 = -3: the balance is compared by its magnitude, as a 差额 is often printed unsigned
    assert _read("收支差额为-3万元,其中:收入2万元,支出5万元。") == [("balance", "agrees", "3")]


def test_a_wrong_balance_is_an_error_that_says_income_less_spending() -> None:
    audit = audit_text("本年收支结余15万元,其中:本年收入30万元,本年支出20万元。")
    assert [(f.code, f.severity.value, f.message_en, f.message_zh) for f in audit.findings] == [
        (
            "arithmetic.balance",
            "error",
            "the balance is printed as 15万元, but income − spending from 30万元, 20万元 = 10,"
            " which rounds to 10万元",
            "结余印为15万元，但按30万元、20万元计算为10，四舍五入为10万元",
        )
    ]


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        # parts that are not the two sides are a breakdown: 3 + 7 = 10
        (
            "年末结转和结余10万元,其中:基本支出结转3万元,项目支出结转和结余7万元。",
            [("sum", "agrees", "10")],
        ),
        # a balance of two funds, each a balance itself: -1 + -2 = -3
        (
            "收支差额-3万元,其中:一般公共预算收支差额-1万元,政府性基金收支差额-2万元。",
            [("sum", "agrees", "3")],
        ),
    ],
)
def test_other_lists_are_still_sums(text: str, claims: list[tuple[str, str, str]]) -> None:
    assert _read(text) == claims
