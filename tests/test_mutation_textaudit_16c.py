"""The sixteenth round of tests that kill the text audit's mutants (issue 10, Deliver 7), part c.

Written for survivors of seed 30 (scripts/mutation_score.py textaudit --sample 300 --seed 30):
a figure in brackets between a 收支 total and the side that opens its list
(claims._side_total, mutant 84: only such figures looked at), the parts of a plain total each
counted once (claims._signs_of, mutant 15: twice), a 收入总计 that holds the balance before it
(claims._year_end_balances, mutant 160: the opening balance added again) and a 结转下年 of the
支出 side before a balance of its own (mutant 79: the rest of the sentence not read), a
change's subject with a 和 of its own before the 和 it is compared by (facts._change, mutant
71: cut at the first), a count's plan named by 任务 alone (facts._classify, mutant 620: not a
base) and a gap short of the target (mutant 75: read as over it), and in tables: a total with
blank cells before one that is read (tables._additive_column, mutant 23: the rest not read), a
line that opens with "|" and a label and one figure (tables._barred_label, mutant 13: the
figure not looked at), a share column that fits two rows of three (tables._column_shares,
mutant 67: taken), a period row's phase from its column (tables._name_cells, mutant 35: lost)
and a year index column (tables._year_index, mutants 42, a year before of 1 not read, and 44,
the rows read not counted). Four others change no result: _signed_text's mutant 12 (< 1 for
< 0: the signs it is given are each 1 or −1, on which the two agree), _totals_before's mutant
70 (> at for >= at: ``at`` is where an introducer, 在 or 按/分 starts, where no figure starts),
_unchanged_run's mutant 18 ("X" for "x" as the stand-in for nothing between two figures:
neither is a separator) and _cell_per_line's mutant 31 (i >= 0 for i > 0: at the first cell no
cells are gathered yet, so no row is closed). Each expected value is worked out by hand.
"""

from __future__ import annotations

from budgetperf.textaudit import claims, facts, tables
from budgetperf.textaudit.facts import Fact
from claim_rows import brief as claim_rows  # registered by conftest.py


def cells(*printed: str) -> list[Fact]:
    """Bare figures, one fact each, as a table's cells hold them."""
    found = facts.read_facts(" ".join(f"甲 {p}" for p in printed)).facts
    assert [f.q.text for f in found] == list(printed)
    return found


# --- claims._side_total: the 收支 total before a side's list, past a figure in brackets ---


def test_a_side_list_reads_the_revenue_total_past_a_bracketed_figure() -> None:
    # the 上年结转 in brackets is inside the total's own clause: 300 + 51.03 = 351.03
    text = "收支总预算351.03万元(上年结转10万元),收入包括:财政拨款收入300万元、其他收入51.03万元。"
    assert claim_rows(text) == [("sum", "351.03万元", "agrees", "351.03", ["300万元", "51.03万元"])]


# --- claims._signs_of: each part of a total that is no change counts once ---


def test_the_parts_of_a_plain_total_each_count_once() -> None:
    doc = facts.read_facts("支出合计300万元,其中基本支出100万元、项目支出200万元。")
    total, first, second = doc.facts
    assert claims._signs_of(total, [first, second]) == (1, 1)
    text = "支出合计300万元,其中:基本支出100万元,项目支出200万元。"
    assert claim_rows(text) == [("sum", "300万元", "agrees", "300", ["100万元", "200万元"])]


# --- claims._year_end_balances: the balance over the years, and a 结转下年 of the 支出 side ---


def test_a_revenue_grand_total_already_holds_the_balance_before_it() -> None:
    # 收入总计 holds the 上年结余: 1100 − 900 = 200 (not 100 + 1100 − 900 = 300)
    text = "上年结余100万元,收入总计1100万元,支出总计900万元,滚存结余200万元。"
    assert claim_rows(text) == [("balance", "200万元", "agrees", "200", ["1100万元", "900万元"])]


def test_a_carry_over_within_the_spending_total_does_not_stop_the_balance_after_it() -> None:
    # 1806 + 1513 = 3319; after the ';' 4000 − 3000 = 1000, the year-end balance
    text = (
        "支出总计3319万元,其中本年支出1806万元,结转下年1513万元;"
        "收入合计4000万元,支出合计3000万元,年末结余1000万元。"
    )
    rows = claim_rows(text)
    assert ("balance", "1000万元", "agrees", "1000", ["4000万元", "3000万元"]) in rows
    assert [r for r in rows if r[0] == "balance"] == [
        ("balance", "1000万元", "agrees", "1000", ["4000万元", "3000万元"])
    ]


# --- facts._change: the subject of a change compared with 和, a 和 in its name ---


def test_a_change_compared_after_and_keeps_the_and_inside_its_name() -> None:
    # the comparison opens at the last 和 (和上年同期): the subject is all before it, 商品和服务
    # 支出, and the rate after the change is of the same subject
    doc = facts.read_facts("2023年商品和服务支出和上年同期增加15万元,增长10%。")
    assert [(f.q.text, f.role.value, f.subject) for f in doc.facts] == [
        ("15万元", "change", "商品和服务支出"),
        ("10%", "rate", "商品和服务支出"),
    ]


# --- facts._classify: a count's plan named by 任务, and a gap short of the target ---


def test_a_count_s_plan_named_by_its_task_is_the_base_of_a_completion() -> None:
    # 8 / 7.9 = 1.012658… = 101.27%
    text = "参保人数8万人,完成下达任务7.9万人的101.27%。"
    assert claim_rows(text) == [("completion", "101.27%", "agrees", "101.27", ["8万人", "7.9万人"])]


def test_a_gap_short_of_the_task_is_below_it() -> None:
    doc = facts.read_facts("地税4408万元,距双过半任务数还差192万元,同比减收1793万元。")
    assert [(f.q.text, f.sign) for f in doc.facts] == [
        ("4408万元", 0),
        ("192万元", -1),
        ("1793万元", -1),
    ]
    # 4408 / (4408 + 192) = 4408 / 4600 = 95.83%
    text = "地税收入4408万元,完成任务的95.83%,距任务数还差192万元。"
    assert claim_rows(text) == [
        ("completion", "95.83%", "agrees", "95.83", ["4408万元", "192万元"])
    ]


# --- tables._additive_column: a total with a blank cell, then one that is read ---


def test_a_column_with_a_blank_total_is_judged_by_the_totals_after_it() -> None:
    # total 0 blank (skipped); total 3 = 10 over 4 and 5 (not their sum 9, but each part below
    # it, nothing negative): a column of amounts
    two, three, ten, four, five = cells("2", "3", "10", "4", "5")
    column: list[Fact | None] = [None, two, three, ten, four, five]
    assert tables._additive_column(column, {0: [1, 2], 3: [4, 5]}) is True


# --- tables._barred_label: a line that opens with "|", a label and a figure ---


def test_a_barred_line_with_a_label_and_one_figure_is_a_row() -> None:
    assert tables._barred_label(["", "工资福利支出", "100"], False) is True
    assert tables._barred_label(["", "工资福利支出", "合计"], False) is False


# --- tables._column_shares: a share column must fit four rows of five ---


def test_a_share_column_that_fits_two_rows_of_three_is_not_taken() -> None:
    # 500 / 1000 = 50%, 300 / 1000 = 30% fit; 200 / 1000 = 20%, printed 40: 2 of 3 < 4 of 5
    whole, hundred, a, sa, b, sb, c, sc = cells(
        "1000", "100", "500", "50", "300", "30", "200", "40"
    )
    rows = [
        tables.Row("合计", [whole, hundred], 1),
        tables.Row("甲", [a, sa], 2),
        tables.Row("乙", [b, sb], 3),
        tables.Row("丙", [c, sc], 4),
    ]
    assert tables._column_shares(rows, 1, [0]) == []
    # with the third share printed right (20), all three are read
    right = cells("20")[0]
    rows[3] = tables.Row("丙", [c, right], 4)
    got = tables._column_shares(rows, 1, [0])
    assert [(r.rate.q.text, r.a.q.text, r.b.q.text, r.kind) for r in got] == [
        ("50", "500", "1000", "share"),
        ("30", "300", "1000", "share"),
        ("20", "200", "1000", "share"),
    ]


# --- tables._name_cells: a row named by a period takes its column's phase ---


def test_a_period_row_s_figure_takes_the_phase_of_its_column() -> None:
    (cell,) = cells("12.5")
    grid = tables.Grid([tables.Row("2023年", [cell], 1, ["公务接待费预算数"])], [])
    tables._name_cells(grid)
    assert (cell.subject, cell.phase) == ("公务接待费", "budget")


# --- tables._year_index: 100 × this year's figure over the year before's ---


def _index_rows(printed: list[tuple[str, str, str | None]]) -> list[tables.Row]:
    out = []
    for n, (year, amount, index) in enumerate(printed):
        row_cells: list[Fact | None] = [
            cells(amount)[0],
            None if index is None else cells(index)[0],
        ]
        out.append(tables.Row(year, row_cells, n + 1))
    return out


def test_a_year_before_of_one_counts_among_the_rows_read() -> None:
    # 5 / 1 = 500 (printed 120), 6 / 5 = 120, 7.2 / 6 = 120: 2 of 3 agree, fewer than 4 of 5
    rows = _index_rows(
        [("2000", "1", None), ("2001", "5", "120"), ("2002", "6", "120"), ("2003", "7.2", "120")]
    )
    assert tables._year_index(rows, 1, [0]) == []


def test_a_year_index_must_fit_four_rows_of_five() -> None:
    # 110 / 100 = 110, 121 / 110 = 110 fit; 200 / 121 = 165 and 300 / 200 = 150 do not (110
    # printed): 2 of 4, no index
    rows = _index_rows(
        [
            ("2000", "100", None),
            ("2001", "110", "110"),
            ("2002", "121", "110"),
            ("2003", "200", "110"),
            ("2004", "300", "110"),
        ]
    )
    assert tables._year_index(rows, 1, [0]) == []
    # the last two printed right (165, 150): all four read
    rows = _index_rows(
        [
            ("2000", "100", None),
            ("2001", "110", "110"),
            ("2002", "121", "110"),
            ("2003", "200", "165"),
            ("2004", "300", "150"),
        ]
    )
    got = tables._year_index(rows, 1, [0])
    assert [(r.rate.q.text, r.a.q.text, r.b.q.text, r.kind) for r in got] == [
        ("110", "110", "100", "index"),
        ("110", "121", "110", "index"),
        ("165", "200", "121", "index"),
        ("150", "300", "200", "index"),
    ]
