"""The twenty-first round of tests that kill the text audit's mutants (issue 10, Deliver 7), part b.

Written for survivors of the mutation run at 06dd5ef (scripts/mutation_score.py textaudit): a
绩效自评表 row's name not found, answered -1 (claims._execution_row, mutant 57: +1, which the one
caller, searching the text's first character for 执行率, also takes for no row), the rate of
another item between a change and the prior printed before it (claims._printed_prior, mutant 30:
every rate passed over), and a header cell of only a colon, the rest of a "其中" cut into a cell
of its own (tables._leaves, mutant 28: empty names kept).

One other changes no result: claims._approx_places' mutant 34 (the places stored under another
key than the one read: every long stretch after the text's length is searched finds the places
again, the same ones; no other code reads that key). Each expected value is worked out by hand.
"""

from __future__ import annotations

from budgetperf.textaudit import audit_text, claims, tables
from budgetperf.textaudit.facts import read_facts
from claim_rows import brief  # registered by conftest.py

# --- claims._execution_row: no row's name before the figure -----------------------------------


def test_a_figure_after_no_funding_row_name_has_no_row_start() -> None:
    # 项目名称 is none of the row names: no start, -1 (a place could be taken for one)
    text = "执行率\n项目名称 | 10"
    assert claims._execution_row(text, text.index("10")) == -1
    # nothing at all before the figure: -1 too
    assert claims._execution_row("10", 0) == -1


# --- claims._printed_prior: the rate of another item ends the search for a prior -------------


def test_a_part_s_change_after_the_total_s_rate_is_not_against_the_total_s_prior() -> None:
    # 200 - 180 = 20 and 20 / 200 = 10%: the total's rate; 公用经费 25 grew by 5 from
    # 25 - 5 = 20, and 5 / 20 = 25%. The total's 下降10% stands between the part's change and
    # the 200 printed before it: 200 is the total's prior, not the part's
    text = (
        "2023年支出合计180万元,比上年的200万元下降10%;"
        "其中公用经费支出25万元,比上年增加5万元,增长25%。"
    )
    assert brief(text) == [
        ("change-rate", "10%", "agrees", "10", ["180万元", "200万元"]),
        ("change-rate", "25%", "agrees", "25", ["5万元", "25万元", "180万元"]),
    ]
    assert audit_text(text).findings == ()
    # (the part's change has no printed prior: the rate before it is the total's)
    s = read_facts(text).sentences[0]
    change = next(f for f in s.facts if f.q.text == "5万元")
    assert claims._printed_prior(s, change) is None


# --- tables._leaves: a cell of only a colon names no column ------------------------------------


def test_a_header_cell_of_only_the_colon_after_qizhong_names_no_column() -> None:
    # "其中" and its ":" in cells of their own: neither names a column, the row's three figures
    # are 合计, 基本支出 and 项目支出 (60.0 + 40.0 = 100.0)
    text = (
        "单位:万元\n支出决算表\n"
        "项目 | 合计 | 其中 | : | 基本支出 | 项目支出 |\n"
        "本单位 | 100.0 | 60.0 | 40.0 |\n"
    )
    doc = read_facts(text)
    tables.read_tables(doc)
    figures = [f for s in doc.sentences for f in s.facts]
    assert [(f.q.text, f.column) for f in figures] == [
        ("100.0", "合计"),
        ("60.0", "基本支出"),
        ("40.0", "项目支出"),
    ]
    assert tables._leaves(
        [["支出决算表"], ["项目", "合计", "其中", ":", "基本支出", "项目支出"]]
    ) == [
        "\x00项目",
        "合计",
        "基本支出",
        "项目支出",
    ]
