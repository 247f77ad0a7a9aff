"""Rate columns whose header names their formula, read with too few rows to infer it.

A rate column's formula is inferred from its rows (two agreeing rows at least, and 60%); a
table of two rows with one wrong rate gives one agreeing row, so nothing was checked. When the
header names the rate (增长率, 增幅, 完成率, 占预算%…) and the columns it relates (上年/本年,
预算/决算, 2022年/2023年), that formula is used; the claim is still weak (a warning).
Every expected figure is worked out by hand in the comments.
"""

from __future__ import annotations

import pytest

from budgetperf.textaudit import audit_text


def _findings(lines: list[str]) -> list[tuple[str, str, str | None, str | None, int | None]]:
    audit = audit_text("\n".join(lines))
    return [
        (f.code, f.severity.value, f.printed, f.computed, f.location.line) for f in audit.findings
    ]


def _rates(lines: list[str]) -> list[tuple[str, str, str]]:
    return [
        (c.kind, c.printed, c.status.name)
        for c in audit_text("\n".join(lines)).claims
        if c.kind in ("change-rate", "completion")
    ]


def test_a_growth_rate_of_this_year_over_last_two_rows_one_wrong() -> None:
    # 工资福利支出: (220 − 200) / 200 = 10% (printed 10%); 商品和服务支出: (130 − 100) / 100 =
    # 30%, printed 25%
    lines = [
        "单位：万元",
        "项目 | 上年 | 本年 | 增长率 |",
        "工资福利支出 | 200 | 220 | 10% |",
        "商品和服务支出 | 100 | 130 | 25% |",
    ]
    assert _rates(lines) == [("change-rate", "10", "AGREES"), ("change-rate", "25", "DISAGREES")]
    assert _findings(lines) == [("arithmetic.change-rate", "warning", "25", "30", 4)]


def test_a_growth_rate_named_with_a_percent_sign_and_figures_without() -> None:
    # 比上年增长%: (220 − 200) / 200 = 10.0; (130 − 100) / 100 = 30.0, printed 25.0
    lines = [
        "单位：万元",
        "项目 | 上年决算 | 本年决算 | 比上年增长% |",
        "工资福利支出 | 200 | 220 | 10.0 |",
        "商品和服务支出 | 100 | 130 | 25.0 |",
    ]
    assert _findings(lines) == [("arithmetic.change-rate", "warning", "25.0", "30.0", 4)]


def test_a_growth_rate_of_the_later_year_over_the_earlier() -> None:
    # 2023年 over 2022年: (220 − 200) / 200 = 10.00%; (100 − 80) / 80 = 25.00%, printed 20.00%
    lines = [
        "单位：万元",
        "项目 | 2022年 | 2023年 | 增幅 |",
        "工资福利支出 | 200 | 220 | 10.00% |",
        "商品和服务支出 | 80 | 100 | 20.00% |",
    ]
    assert _findings(lines) == [("arithmetic.change-rate", "warning", "20.00", "25.00", 4)]


def test_a_completion_rate_of_the_actual_over_the_budget() -> None:
    # 完成率 = 决算 / 预算: 180 / 200 = 90% (printed 90%); 95 / 100 = 95%, printed 90%
    lines = [
        "单位：万元",
        "项目 | 预算数 | 决算数 | 完成率 |",
        "工资福利支出 | 200 | 180 | 90% |",
        "商品和服务支出 | 100 | 95 | 90% |",
    ]
    assert _findings(lines) == [("arithmetic.completion-rate", "warning", "90", "95", 4)]


def test_a_share_of_the_column_named_after_zhan() -> None:
    # 占预算% = 决算数 / 预算数: 180 / 200 = 90; 95 / 100 = 95, printed 90
    lines = [
        "单位：万元",
        "项目 | 预算数 | 决算数 | 占预算% |",
        "工资福利支出 | 200 | 180 | 90 |",
        "商品和服务支出 | 100 | 95 | 90 |",
    ]
    assert _findings(lines) == [("arithmetic.completion-rate", "warning", "90", "95", 4)]


def test_one_row_is_enough_when_the_header_names_the_rate() -> None:
    # (130 − 100) / 100 = 30%, printed 25%
    lines = ["单位：万元", "项目 | 上年 | 本年 | 增长率 |", "工资福利支出 | 100 | 130 | 25% |"]
    assert _findings(lines) == [("arithmetic.change-rate", "warning", "25", "30", 3)]


@pytest.mark.parametrize(
    "lines",
    [
        # two columns of last year (上年预算, 上年决算): which one the rate is over is not said
        [
            "单位：万元",
            "项目 | 上年预算 | 上年决算 | 本年 | 增长率 |",
            "工资福利支出 | 200 | 190 | 220 | 10% |",
            "商品和服务支出 | 100 | 90 | 130 | 25% |",
        ],
        # the figures give another formula: 100 / 120 = 83.33% (上年 over 本年), where the
        # header's (120 − 100) / 100 = 20% is not 83.33%: the header is not trusted over them
        ["单位：万元", "项目 | 上年 | 本年 | 增长率 |", "工资福利支出 | 100 | 120 | 83.33% |"],
        # a share of a column the table does not have
        [
            "单位：万元",
            "项目 | 预算数 | 决算数 | 占总支出% |",
            "工资福利支出 | 200 | 180 | 30 |",
            "商品和服务支出 | 100 | 95 | 20 |",
        ],
    ],
    ids=["ambiguous-columns", "figures-disagree-with-header", "base-not-a-column"],
)
def test_no_formula_when_the_header_does_not_say_it_for_certain(lines: list[str]) -> None:
    assert _rates(lines) == []
    assert _findings(lines) == []
