"""The twenty-third round of tests that kill the text audit's mutants (issue 10), part a.

Written for survivors of the mutation run at dba33e2 (scripts/mutation_score.py textaudit): a
reading's Chinese name that still holds a Latin letter, even the letter a, is no name
(audit.zh_reading, mutant 198); a spending total of a named budget is set against the income
total of that budget (checks._spending_above_income, mutant 25); and the main items under a
heading are all of the figure when the last of them, not the one before it, is a catch-all
(claims._across_heading, mutant 101). Each expected value is worked out by hand.

Equivalent survivors, not tested: audit._sangong_sentences mutant 15 (only the memo's key: the
set is computed again each time, the same), checks._paths mutant 10 (rfind and find are both
below 0 only when the word is absent) and checks._units mutant 4 (None for False in a flag read
only for its truth).
"""

from __future__ import annotations

import pytest

from budgetperf.textaudit import audit, audit_text

# --- audit.zh_reading: a Latin letter left in the Chinese name --------------------------------


def test_a_reading_of_known_form_has_its_chinese_name() -> None:
    assert audit.zh_reading("of 628.95万元") == "以628.95万元为总数"
    assert audit.zh_reading("change of 2042.22亿元") == "以2042.22亿元为本期数"


@pytest.mark.parametrize("name", ["a", "of a", "change of a", "budget a"])
def test_a_chinese_name_that_keeps_the_letter_a_is_no_name(name: str) -> None:
    # "以a为总数", "以a为本期数", "预算数a": the a is English left in the message
    assert audit.zh_reading(name) is None


# --- checks._spending_above_income: the income of the spending's own budget -------------------


def test_a_budgets_spending_is_set_against_that_budgets_income() -> None:
    # 政府性基金预算: spending 520 against its own income 500 (not the 一般公共预算's 300, the
    # last income printed): 520 − 500 = 20 above it, and nothing says what covered it
    report = audit_text(
        "2024年政府性基金预算总收入500万元，一般公共预算总收入300万元。政府性基金预算总支出520万元。"
    )
    assert [(f.code, f.severity.value, f.message_zh) for f in report.findings] == [
        (
            "consistency.spending-above-income",
            "warning",
            "支出520万元大于收入500万元（超出20），文中未说明资金来源",
        )
    ]


# --- claims._across_heading: the main items closed by a catch-all ------------------------------


def test_main_items_whose_last_is_a_catch_all_are_all_of_the_figure() -> None:
    # under "主要支出项目情况" the items close with 其他支出: 314.5 + 86.8 + 1131.4 = 1532.7
    report = audit_text(
        "全市一般公共预算支出1532.7亿元。\n二、主要支出项目情况\n(一)社会保障和就业支出314.5亿元。\n"
        "(二)卫生健康支出86.8亿元。\n(三)其他支出1131.4亿元。\n"
    )
    assert [(c.claim.kind, c.status.value, c.computed) for c in report.claims] == [
        ("sum", "agrees", "1532.7")
    ]


def test_main_items_with_a_catch_all_before_the_last_are_only_some_of_the_figure() -> None:
    # 其他支出 is the second of three: the last (卫生健康支出) does not close the list, so the main
    # items are not read as all of 1532.7 (though 314.5 + 86.8 + 1131.4 = 1532.7)
    report = audit_text(
        "全市一般公共预算支出1532.7亿元。\n二、主要支出项目情况\n(一)社会保障和就业支出314.5亿元。\n"
        "(二)其他支出86.8亿元。\n(三)卫生健康支出1131.4亿元。\n"
    )
    assert report.claims == ()
    assert report.findings == ()
