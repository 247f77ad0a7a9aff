"""The twenty-first round of tests that kill the text audit's mutants (issue 10, Deliver 7), part c.

Written for survivors of the mutation run at 06dd5ef (scripts/mutation_score.py textaudit): a
numbered heading that starts the section of a 收支相抵 statement (claims._balances, mutant 16),
a run of figures whose prior is a positive figure of 1 or less (claims._figure_runs, mutant
101), the whole of a run of shares looked for among the 80 facts before its parts
(claims._run_whole, mutant 55), and a numbered row with fewer cells than the 合计 row
(tables._numbered_tree, mutant 22).
Each expected value is worked out by hand.
"""

from __future__ import annotations

from budgetperf.textaudit import audit_text
from claim_rows import inputs, rows  # registered by conftest.py

# --- claims._balances: a numbered heading starts the statement's section ----------------------


def test_a_balance_nets_only_the_figures_after_the_numbered_heading_of_its_section() -> None:
    # 3000 − 2000 = 1000 (the 5000 and 4000 of 一、 are another budget's: with them,
    # 5000 + 3000 − 4000 − 2000 = 2000)
    text = (
        "一、一般公共预算\n全县一般公共预算收入5000万元,一般公共预算支出4000万元。\n"
        "二、政府性基金预算\n全县政府性基金收入3000万元,政府性基金支出2000万元,"
        "收支相抵,结余1000万元。\n"
    )
    assert rows(text) == [
        ("balance", "1000", "agrees", "1000", "income − spending", "income − spending", True)
    ]
    assert inputs(text) == [["3000万元", "2000万元"]]


# --- claims._figure_runs: a prior of 1 or less, above 0, is a run's prior ---------------------


def _kinds(text: str) -> list[tuple[str, str, str]]:
    return [(c.claim.kind, c.status.value, str(c.computed)) for c in audit_text(text).claims]


def test_a_run_of_figures_whose_prior_is_one_or_less_is_a_comparison() -> None:
    # 1.25 − 1.00 = 0.25, and 0.25 / 1.00 × 100 = 25.00
    assert _kinds("其他收入 1.25 1.00 0.25 25.00") == [
        ("difference", "agrees", "0.25"),
        ("change-rate", "agrees", "25.00"),
    ]
    # 1.5 − 0.5 = 1.0, and 1.0 / 0.5 × 100 = 200.00
    assert _kinds("利息收入 1.5 0.5 1.0 200.00") == [
        ("difference", "agrees", "1.0"),
        ("change-rate", "agrees", "200.00"),
    ]


# --- claims._run_whole: the whole is among the 80 facts before the parts -----------------------


def _shares_text(between: int) -> str:
    # the whole, ``between`` figures of 1万元 … ``between``万元 (each below the parts' sum of
    # 1000), then the parts and their shares, which name no whole
    filler = "".join(f"{k}号项目投资{k}万元。" for k in range(1, between + 1))
    return (
        "全县民生支出总额1000万元。"
        + filler
        + "教育、卫生、交通支出分别为500万元、300万元、200万元,所占比重分别为50%、30%和20%。"
    )


def test_the_whole_of_a_run_of_shares_is_at_most_eighty_figures_before_its_parts() -> None:
    # 500 / 1000 = 50%, 300 / 1000 = 30%, 200 / 1000 = 20%; the whole is fact 0 and the first
    # part fact 80 with 79 figures between them: 80 facts away
    near = [(k, p, s, c) for k, p, s, c, *_ in rows(_shares_text(79))]
    assert ("share", "50", "agrees", "50") in near
    assert ("share", "30", "agrees", "30") in near
    assert ("share", "20", "agrees", "20") in near
    # one figure more between them: 81 facts away, no whole is read, and no share is checked
    assert [r for r in rows(_shares_text(80)) if r[0] == "share"] == []


# --- tables._numbered_tree: a numbered row shorter than the 合计 row -----------------------------


def test_a_numbered_row_without_a_column_s_cell_has_no_part_in_that_column() -> None:
    # 预算数: 合计 300 over 一、200 and 二、90 (the labels say so; 200 + 90 = 290); 决算数: 二、
    # prints no cell, so 290 over 190 is no claim
    text = (
        "项目 | 预算数 | 决算数 |\n合计 | 300 | 290 |\n一、基本支出 | 200 | 190 |\n"
        "二、项目支出 | 90 |\n"
    )
    assert rows(text) == [("sum", "300", "disagrees", "290", "parts", "sum of the parts", False)]
    assert inputs(text) == [["200", "90"]]
