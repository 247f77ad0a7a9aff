"""The twenty-third round of tests that kill the text audit's mutants (issue 10), part g.

Written for survivors of the mutation run at dba33e2 (scripts/mutation_score.py textaudit), all
in tables: a comparison table whose rate column prints a rate in exactly half of its rows is
read (tables._comparisons, mutant 169); a completion rate named by its header is a ratio
(tables._named_rate, mutant 21); a column of bare figures is a column of rates only within a
unit of their last digit (tables._near_magnitude, mutant 7); a cell of a 收支 statement with no
figure printed at it is no row (tables._pair_row, mutant 6); and the totals by subject code are
read at the width most rows with codes have, not the widest (tables.code_trees, mutant 43).

Survivor read and left, as it changes no result: tables._trees 5 (the width of a grid of no
rows made None instead of 0: it is only read when the grid has three rows or more). Each
expected value is worked out by hand.
"""

from __future__ import annotations

from decimal import Decimal

from budgetperf.textaudit import audit_text, tables
from budgetperf.textaudit.facts import read_facts
from budgetperf.textaudit.tables import code_trees, read_comparisons, read_rate_columns, read_tables

# --- tables._comparisons: a rate in half the rows is enough -----------------------------------


def test_a_comparison_table_with_rates_in_half_its_rows_is_read() -> None:
    # four rows of 上年 | 本年 | 差, two of them with a rate: 2 × 2 = 4 rows is not fewer than the
    # rows, so the change column is read (差 is no name of a change: the rates decide).
    # 120 − 100 = 20, 20 / 100 = 20%; 220 − 200 = 20, 20 / 200 = 10%; 60 − 50 = 10; 90 − 80 = 10
    text = (
        "| 项目 | 上年 | 本年 | 差 | 比率 |\n"
        "| --- | --- | --- | --- | --- |\n"
        "| 税收收入 | 100 | 120 | 20 | 20% |\n"
        "| 非税收入 | 200 | 220 | 20 | 10% |\n"
        "| 转移性收入 | 50 | 60 | 10 | - |\n"
        "| 债务收入 | 80 | 90 | 10 | - |"
    )
    grids, _ = read_tables(read_facts(text))
    got = [
        (c.prior.q.text, c.current.q.text, c.change and c.change.q.text, c.rate and c.rate.q.text)
        for c in read_comparisons(grids)
    ]
    assert got == [
        ("100", "120", "20", "20%"),
        ("200", "220", "20", "10%"),
        ("50", "60", "10", None),
        ("80", "90", "10", None),
    ]
    rates = [
        (c.status.value, str(c.computed), c.claim.printed.q.text)
        for c in audit_text(text).claims
        if c.claim.kind == "change-rate"
    ]
    assert rates == [("agrees", "20", "20%"), ("agrees", "10", "10%")]


# --- tables._named_rate: a completion rate is a ratio -----------------------------------------


def test_a_completion_rate_named_by_its_header_is_a_ratio_of_actual_over_budget() -> None:
    # one row: no formula inferred from the figures, the header names it: 完成率 = 决算数 / 预算数
    # × 100 = 180 / 200 × 100 = 90, printed 91
    text = (
        "| 项目 | 预算数 | 决算数 | 完成率 |\n"
        "| --- | --- | --- | --- |\n"
        "| 一般公共预算收入 | 200 | 180 | 91% |"
    )
    grids, _ = read_tables(read_facts(text))
    cells = read_rate_columns(grids)
    assert [(c.rate.q.text, c.a.q.text, c.b.q.text, c.kind) for c in cells] == [
        ("91%", "180", "200", "ratio")
    ]
    audit = audit_text(text)
    assert [(c.claim.kind, c.status.value, str(c.computed)) for c in audit.claims] == [
        ("completion", "disagrees", "90")
    ]


# --- tables._near_magnitude: within one unit of the last digit --------------------------------


def test_a_bare_rate_is_near_within_one_unit_of_its_last_digit_and_not_two() -> None:
    # 15 / 100 × 100 = 15: printed 15.1 it is 0.1 off (one unit of its tenths), 15.2 is 0.2 off
    near = read_facts("15.1").facts[0]
    far = read_facts("15.2").facts[0]
    assert tables._near_magnitude(Decimal(15), Decimal(100), near)
    assert not tables._near_magnitude(Decimal(15), Decimal(100), far)
    # a fall is read by its magnitude: |−15| / 100 × 100 = 15
    assert tables._near_magnitude(Decimal(-15), Decimal(100), near)


def test_bare_figures_two_tenths_off_the_change_over_the_prior_are_no_rate_column() -> None:
    # 20 / 100 × 100 = 20 and 30 / 200 × 100 = 15: printed 20.1 and 15.1 (a tenth off, the
    # rounding) the column is rates and the rows comparisons; printed 20.2 and 15.2 it is not
    # (and 差 names no change), so no comparison is read
    head = "| 项目 | 上年决算数 | 本年决算数 | 差 | 幅度 |\n| --- | --- | --- | --- | --- |\n"
    near = head + "| 税收收入 | 100 | 120 | 20 | 20.1 |\n| 非税收入 | 200 | 230 | 30 | 15.1 |"
    far = head + "| 税收收入 | 100 | 120 | 20 | 20.2 |\n| 非税收入 | 200 | 230 | 30 | 15.2 |"
    grids, _ = read_tables(read_facts(near))
    got = [
        (c.prior.q.text, c.current.q.text, c.change and c.change.q.text, c.rate and c.rate.q.text)
        for c in read_comparisons(grids)
    ]
    assert got == [("100", "120", "20", "20.1"), ("200", "230", "30", "15.1")]
    grids, _ = read_tables(read_facts(far))
    assert read_comparisons(grids) == []
    assert audit_text(far).claims == ()


# --- tables._pair_row: a cell with no figure is no row ----------------------------------------


def test_a_pair_whose_figure_cell_holds_no_fact_is_no_row() -> None:
    doc = read_facts("总   计\n1000")
    at = doc.text.index("1000")
    assert [(f.q.text, f.q.start) for f in doc.facts] == [("1000", at)]
    row = tables._pair_row(doc, "总   计", 0, at)
    assert row is not None
    assert (row.label, [c.q.text if c else None for c in row.cells], row.line) == (
        "总计",
        ["1000"],
        0,
    )
    # one character before the figure (its line break): no fact starts there
    assert tables._pair_row(doc, "总   计", 0, at - 1) is None


# --- tables.code_trees: the width most rows with codes have -----------------------------------


def test_totals_by_code_are_read_at_the_width_most_coded_rows_have() -> None:
    # three coded rows of two cells and one (国防支出) of three: the rows are read two wide, so
    # 201 is checked against 20101 + 20103 in both columns: 60 + 30 = 90, not the 100 printed;
    # 50 + 45 = 95, as printed
    text = (
        "| 科目 | 预算数 | 决算数 |\n"
        "| --- | --- | --- |\n"
        "| 201 一般公共服务支出 | 100 | 95 |\n"
        "| 20101 人大事务 | 60 | 50 |\n"
        "| 20103 政府办公厅(室)及相关机构事务 | 30 | 45 |\n"
        "| 203 国防支出 | 5 | 6 | 7 |"
    )
    grids, _ = read_tables(read_facts(text))
    assert [[len(r.cells) for r in g.rows] for g in grids] == [[2, 2, 2, 3]]
    trees = code_trees(grids[0])
    assert [(t.total.q.text, [p.q.text for p in t.parts], t.by_code) for t in trees] == [
        ("100", ["60", "30"], True),
        ("95", ["50", "45"], True),
    ]
    audit = audit_text(text)
    assert [(c.claim.kind, c.status.value, str(c.computed)) for c in audit.claims] == [
        ("sum", "disagrees", "90"),
        ("sum", "agrees", "95"),
    ]
    assert [f.code for f in audit.findings] == ["arithmetic.code-hierarchy"]
