"""A fifth round of tests that kill the text audit's mutants (issue 10, Deliver 7), seed 16.

Written for the survivors of the fresh seed-16 sample of ``scripts/mutation_score.py textaudit``
that the stage, catalogue and corpus tests and the earlier ``test_mutation_textaudit*.py`` files
let live (docs/testing.md lists them, and those judged equivalent). Each test states, worked out
by hand from a short report sentence or table, what a user of the audit sees: every claim's
kind, printed figure, status, value shown, reading, relation and whether its structure is
certain, its span and inputs, and every finding's code, severity, place and message in both
languages, with the arithmetic in a comment beside it.
"""

from __future__ import annotations

import pytest

from budgetperf.textaudit import audit_text
from budgetperf.textaudit.facts import canonical, read_facts
from budgetperf.textaudit.read import BadByte, decode
from claim_rows import findings, inputs, rows, spans  # registered by conftest.py


@pytest.fixture(autouse=True)
def _fresh_labels() -> None:
    """Read every label afresh (:func:`canonical` is cached; see test_mutation_textaudit_more)."""
    canonical.cache_clear()


SUM = ("parts", "sum of the parts")


# --- relations and messages named in the report ------------------------------------------------


def test_a_printed_formulas_rate_is_reported_as_a_rate_in_both_languages() -> None:
    # "41%(负债400万元/资产1000万元)": 400 / 1000 × 100 = 40, printed 41: an error whose
    # message calls the figure a rate (比率), the relation the formula as printed.
    text = "资产负债率为41%(负债400万元/资产1000万元)。"
    assert rows(text) == [
        ("ratio", "41", "disagrees", "40", "printed formula", "A / B × 100 as printed", True)
    ]
    assert findings(text) == [
        (
            "arithmetic.ratio",
            "error",
            1,
            1,
            "the rate is printed as 41%, but A / B × 100 as printed from 400万元, 1000万元 = 40, "
            "which rounds to 40%",
            "比率印为41%，但按400万元、1000万元计算为40，四舍五入为40%",
        )
    ]


def test_a_named_gap_the_first_above_the_second_is_the_first_minus_the_second() -> None:
    # "收入高出支出30万元": 收入 − 支出 = 120 − 100 = 20, printed 30 (an error).
    text = "本年收入120万元,支出100万元,收入高出支出30万元。"
    assert rows(text) == [
        ("difference", "30", "disagrees", "20", "收入 − 支出", "the first − the second", True)
    ]
    assert findings(text) == [
        (
            "arithmetic.change-amount",
            "error",
            1,
            1,
            "the difference is printed as 30万元, but the first − the second from 120万元, "
            "100万元 = 20, which rounds to 20万元",
            "差额印为30万元，但按120万元、100万元计算为20，四舍五入为20万元",
        )
    ]


def test_a_self_evaluation_forms_execution_rate_names_its_template_formula() -> None:
    # 全年执行数 37.24 over 全年预算数 43.2: 86.20% → 86, printed 96 (weak: the columns are the
    # template's).
    text = (
        "项目资金\n(万元)\n年初\n预算数\n全年\n预算数\n全年\n执行数\n分值\n执行率\n得分\n"
        "年度资金总额\n43.2\n43.2\n37.24\n10\n96%\n9\n"
    )
    assert rows(text) == [
        ("completion", "96", "disagrees", "86", "37.24 of 43.2", "执行数 / 预算数 × 100", False)
    ]


# --- brackets ----------------------------------------------------------------------------------


def test_a_figure_in_brackets_within_brackets_is_no_part_of_the_outer_list() -> None:
    # The bracket lists 基本支出 60 and 项目支出 40 (60 + 40 = 100, agrees); 人员经费 20 is in
    # a bracket inside it, a part of 基本支出, not of the total. The sentence is understood.
    text = (
        "本年支出100万元(其中:基本支出60万元(含人员经费20万元),项目支出40万元),比上年增加10万元。"
    )
    assert rows(text) == [("sum", "100", "agrees", "100", *SUM, False)]
    assert inputs(text) == [["60万元", "40万元"]]
    assert spans(text) == ["本年支出100万元(其中:基本支出60万元(含人员经费20万元),项目支出40万元"]
    assert audit_text(text).coverage.not_understood == ()


# --- reading the bytes and cutting sentences ---------------------------------------------------


def test_a_gb18030_file_cut_inside_a_four_byte_character_loses_only_its_first_byte() -> None:
    # The file ends with 0x81 0x30 and a space: the start of a four-byte GB18030 character cut
    # off. Only the first byte is surely bad (the next may start a character), so it is one
    # U+FFFD and "0 " is read: 12 characters × 2 bytes × 4 + 6 × 2 = offset 108.
    data = (
        "本年支出总额为一百万元。".encode("gb18030") * 4
        + "本年收入合计".encode("gb18030")
        + b"\x81\x30 "
    )
    decoded = decode(data)
    assert decoded.encoding == "gb18030"
    assert decoded.text == "本年支出总额为一百万元。" * 4 + "本年收入合计\ufffd0 "
    assert decoded.bad_bytes == (BadByte(108, 0x81),)


def test_a_long_sentence_is_cut_at_its_last_semicolon_not_its_first() -> None:
    # 52 characters of figures (semicolons at 26 and 51), then 168 × "坚持节约办事;" and
    # "厉行节约。" (1233 in all). The cut is at the last ";" before the 1200th character:
    # 51 + 7 × 164 = 1199, so the first sentence is 0–1200 and the figures stay together:
    # 393.37 / (628.95 + 393.37) = 393.37 / 1022.32 = 38.4782% → 38.48 (weak: after a ";").
    text = (
        "2023年度一般公共预算财政拨款支出628.95万元;与上年相比减少393.37万元,下降38.48%;"
        + "坚持节约办事;" * 168
        + "厉行节约。"
    )
    assert [(s.start, s.end) for s in read_facts(text).sentences] == [(0, 1200), (1200, 1233)]
    assert rows(text) == [
        (
            "change-rate",
            "38.48",
            "agrees",
            "38.48",
            "change of 628.95万元",
            "change / prior × 100",
            False,
        )
    ]
    assert inputs(text) == [["393.37万元", "628.95万元"]]
    assert audit_text(text).coverage.not_understood == ()


# --- parallel breakdowns -----------------------------------------------------------------------


def test_parallel_breakdowns_of_two_budget_figures_are_told_apart_by_their_subjects() -> None:
    # Both figures before 其中 are budgets (预算收入, 预算支出): each is matched to the parts
    # named like it, by subject, not by phase: 收入 60 + 40 = 100 and 支出 50 + 40 = 90, both
    # agree, certain.
    text = (
        "2023年全县预算收入100万元,预算支出90万元,其中:教育预算收入60万元,教育预算支出50万元;"
        "卫生预算收入40万元,卫生预算支出40万元。"
    )
    assert rows(text) == [
        ("sum", "100", "agrees", "100", *SUM, True),
        ("sum", "90", "agrees", "90", *SUM, True),
    ]
    assert inputs(text) == [["60万元", "40万元"], ["50万元", "40万元"]]
    assert findings(text) == []
    assert audit_text(text).coverage.not_understood == ()


# --- tables ------------------------------------------------------------------------------------

CODE = (
    "rows one level down",
    "sum of the rows one level down by subject code (类 = Σ 款, 款 = Σ 项, 合计 = Σ 类)",
    True,
)


def test_a_code_tables_growth_column_is_not_added_down_the_codes() -> None:
    # 决算数: 60.00 + 40.00 = 100.00, agrees (certain, by the codes). The column headed
    # 比上年增长% holds rates printed without "%": 5.0 + 17.6 = 22.6 is no check of 10.0.
    text = (
        "单位：万元\n科目编码 | 科目名称 | 决算数 | 比上年增长%\n"
        "201 | 一般公共服务支出 | 100.00 | 10.0\n20101 | 人大事务 | 60.00 | 5.0\n"
        "20103 | 财政事务 | 40.00 | 17.6"
    )
    assert rows(text) == [("sum", "100.00", "agrees", "100.00", *CODE)]
    assert inputs(text) == [["60.00", "40.00"]]
    assert findings(text) == []


def test_a_table_column_named_neither_budget_nor_actual_is_no_budget() -> None:
    # 本年数 and 上年数 name no 预算: "完成年初预算的80%" finds no budget for 一般公共服务支出
    # (100 / 125 = 80% would agree, but 125 is this year's figure, not its budget), and the
    # sentence is left not understood.
    text = (
        "单位：万元\n项目 | 本年数 | 上年数\n一般公共服务支出 | 125 | 110\n教育支出 | 80 | 70\n\n"
        "一般公共服务支出实际支出100万元,完成年初预算的80%。"
    )
    assert rows(text) == []
    assert (6, 1, "一般公共服务支出实际支出100万元,完成年初预算的80%。") in (
        audit_text(text).coverage.not_understood
    )


# --- lists -------------------------------------------------------------------------------------


def test_a_list_trailing_off_in_words_at_the_end_of_the_text_may_go_on() -> None:
    # 60 + 30 = 90 against 100. Followed by words (",用于日常运转。") at the very end of the text,
    # the list may go on in what was not copied: no claim. With a sentence after it, the list is
    # closed and 90 ≠ 100 is an error.
    # (parts of no standard breakdown: 基本支出 and 项目支出, the whole of 支出, would be a
    # weak claim even then)
    open_text = "本年支出100万元,其中:办公费60万元,印刷费30万元,用于日常运转。"
    assert rows(open_text) == []
    assert findings(open_text) == []
    assert audit_text(open_text).coverage.not_understood == ((1, 1, open_text),)
    closed_text = open_text + "以上为决算数。"
    assert rows(closed_text) == [("sum", "100", "disagrees", "90", *SUM, True)]
    assert findings(closed_text) == [
        (
            "arithmetic.breakdown-sum",
            "error",
            1,
            1,
            "the total is printed as 100万元, but its parts add up to 90万元: 60万元 + 30万元",
            "合计印为100万元，但各项之和为90万元：60万元 + 30万元",
        )
    ]


def test_a_figure_in_brackets_after_jiashang_is_no_part_of_the_total() -> None:
    # 39.1 + 27.23 + 5.45 = 71.78, agrees (weak); the 10亿元 in brackets is a part of the
    # 27.23亿元, not one more amount added on (with it: 81.78).
    text = (
        "2023年区级一般公共预算收入预计完成39.1亿元。加上转移支付资金27.23亿元(其中专项资金"
        "10亿元),上年结转5.45亿元,总收入预计为71.78亿元。"
    )
    assert rows(text) == [
        (
            "sum",
            "71.78",
            "agrees",
            "71.78",
            "the figure and what is added to it",
            "the figure plus what is added",
            False,
        )
    ]
    assert inputs(text) == [["39.1亿元", "27.23亿元", "5.45亿元"]]
    assert findings(text) == []


def test_only_a_total_named_so_closes_a_statements_items() -> None:
    # 收入合计 = 60 + 40 = 100, agrees (weak). The spending side prints no 支出合计: its last
    # item 项目支出20万元 is an item, not the total of 50 + 30 (it is not named 支出, nor a
    # 支出合计).
    text = (
        "收入:财政拨款60万元,其他收入40万元,收入合计100万元;"
        "支出:基本支出50万元,人员支出30万元,项目支出20万元。"
    )
    assert rows(text) == [("sum", "100", "agrees", "100", *SUM, False)]
    assert inputs(text) == [["60万元", "40万元"]]
    assert spans(text) == ["财政拨款60万元,其他收入40万元,收入合计100万元"]
    assert findings(text) == []


# --- rates between years -----------------------------------------------------------------------


def test_a_prior_figure_whose_label_names_two_years_is_of_the_last_of_them() -> None:
    # "2014年底下达的2015年预算数160万元": the label names 2014 and 2015; its figure is 2015's.
    # 2016 against 2015: (50 − 160) / 160 = −68.75% → 下降68.8, agrees (weak).
    text = (
        "本单位2016年预算数50万元。2014年底下达的2015年预算数160万元,"
        "2016年预算比2015年预算下降68.8%。"
    )
    assert rows(text) == [
        (
            "change-rate",
            "68.8",
            "agrees",
            "68.8",
            "2016年 50万元 against 2015年 160万元",
            "rate",
            False,
        )
    ]
    assert inputs(text) == [["50万元", "160万元"]]
    assert audit_text(text).coverage.not_understood == ()


def test_respective_changes_pair_with_the_run_of_figures_before_a_figure_of_their_own() -> None:
    # The run 4125.49, 4143.91 is followed by a figure of its own (300万元); the changes and
    # rates pair with the run by position: 1267.86 / (4125.49 + 1267.86) = 1267.86 / 5393.35
    # = 23.508% → 23.51; 2570.97 / (4143.91 + 2570.97) = 2570.97 / 6714.88 = 38.288% → 38.29.
    text = (
        "收、支总计各是4125.49,4143.91万元,其中政府采购支出300万元。与2021年相比,收、支总计各减少"
        "1267.86,2570.97万元,各下降23.51%、38.29%。"
    )
    rel = "change / prior × 100"
    assert rows(text) == [
        ("change-rate", "23.51", "agrees", "23.51", "change of 4125.49", rel, True),
        ("change-rate", "38.29", "agrees", "38.29", "change of 4143.91万元", rel, True),
    ]
    assert inputs(text) == [["1267.86", "4125.49"], ["2570.97万元", "4143.91万元"]]


# --- differences and balances ------------------------------------------------------------------


def test_a_printed_a_minus_b_takes_the_figures_before_it_not_one_named_alike_after() -> None:
    # "财政拨款收入减去基本支出后结余20万元": 100 − 80 = 20, agrees (certain), from the figures
    # named so before it; next year's 财政拨款收入 budget of 120万元 comes after and is no
    # input (with it: 120 − 80 = 40). The last sentence is read by nothing.
    text = (
        "财政拨款收入100万元,基本支出80万元。财政拨款收入减去基本支出后结余20万元。"
        "2024年财政拨款收入预算120万元。"
    )
    assert rows(text) == [
        ("difference", "20", "agrees", "20", "printed formula", "A − B as printed", True)
    ]
    assert inputs(text) == [["100万元", "80万元"]]
    assert spans(text) == ["财政拨款收入减去基本支出后结余20万元"]
    assert findings(text) == []
    assert audit_text(text).coverage.not_understood == ((1, 42, "2024年财政拨款收入预算120万元。"),)


def test_a_balance_after_jianqu_is_no_deduction_of_the_figure_after_it() -> None:
    # "财政拨款收入减去基本支出后结余20万元" is one printed formula: 100 − 80 = 20, agrees. The
    # 120万元 after it is next year's budget: no sum of "100万元 − 20万元" (= 80) should be
    # claimed for it, and there is nothing to warn about.
    text = (
        "2023年财政拨款收入100万元,基本支出80万元。财政拨款收入减去基本支出后结余20万元,"
        "2024年财政拨款收入预算120万元。"
    )
    assert rows(text) == [
        ("difference", "20", "agrees", "20", "printed formula", "A − B as printed", True)
    ]
    assert findings(text) == []


# --- shares ------------------------------------------------------------------------------------


def test_a_combined_share_of_a_total_printed_as_zero_is_not_read() -> None:
    # 项目支出 is printed as 0.00万元: (60 + 30) / 0 has no value, so the share 90% of it is not
    # checked (no claim, not even an undefined one) and both sentences stay not understood.
    text = "项目支出0.00万元。培训项目60万元、维修项目30万元,合计占项目支出的90%。"
    assert rows(text) == []
    assert findings(text) == []
    assert audit_text(text).coverage.not_understood == (
        (1, 1, "项目支出0.00万元。"),
        (1, 12, "培训项目60万元、维修项目30万元,合计占项目支出的90%。"),
    )


# --- lines of figures --------------------------------------------------------------------------


def test_a_line_of_figures_with_a_prior_of_zero_is_no_comparison() -> None:
    # "5,000 0 5,000 0.00": current 5000, prior 0, change 5000 = 5000 − 0, but a rate of a prior
    # of 0 has no value (5000 / 0): the four are not read as a comparison, and reading the line
    # raises nothing.
    text = "其他收入 5,000 0 5,000 0.00"
    assert rows(text) == []
    assert findings(text) == []


def test_a_context_with_no_figure_does_not_stop_the_next_sentences_context_list() -> None:
    # The first sentence opens with a context holding no figure ("在全年采购工作中,"): its list
    # is an ordinary 其中 one, 80 + 40 = 120 (certain). The second opens with a context holding
    # one amount, the whole its ';' clauses break down by their first amounts:
    # 32.57 + 90.02 = 122.59, agrees (inferred).
    text = (
        "在全年采购工作中,共完成采购项目120个,其中市本级80个,区县级40个。在全市122.59亿元采购"
        "金额中,市本级完成32.57亿元,节约资金1亿元;区县级完成90.02亿元,节约资金2亿元。"
    )
    assert rows(text) == [
        ("sum", "120", "agrees", "120", *SUM, True),
        ("sum", "122.59", "agrees", "122.59", *SUM, False),
    ]
    assert inputs(text) == [["80个", "40个"], ["32.57亿元", "90.02亿元"]]
    assert audit_text(text).coverage.not_understood == ()


def test_a_second_classification_far_into_a_paragraph_breaks_down_the_same_total() -> None:
    # Four sentences of preamble, then the total (sentence 4) and its two classifications
    # (sentences 5 and 6, one apart): by function 1000.00 + 150.00 + 100.00 = 1250.00, agrees;
    # by economic class 800.00 + 300.00 + 100.00 = 1200.00, printed 1250.00: an error.
    text = (
        "本单位是财政全额拨款的事业单位。单位内设五个科室。单位负责全县的教育管理工作。"
        "下面说明本年度的支出情况。2017年度支出合计1250.00万元。按支出功能分类科目划分,"
        "教育支出1000.00万元,社会保障和就业支出150.00万元,卫生健康支出100.00万元。"
        "按支出经济分类科目划分,工资福利支出800.00万元,商品和服务支出300.00万元,"
        "对个人和家庭的补助支出100.00万元。"
    )
    rel = ("parts", "sum of the parts (one classification of the total)")
    assert rows(text) == [
        ("sum", "1250.00", "agrees", "1250.00", *rel, False),
        ("sum", "1250.00", "disagrees", "1200.00", *rel, True),
    ]
    assert inputs(text) == [
        ["1000.00万元", "150.00万元", "100.00万元"],
        ["800.00万元", "300.00万元", "100.00万元"],
    ]
    assert findings(text) == [
        (
            "arithmetic.breakdown-sum",
            "error",
            1,
            53,
            "the total is printed as 1250.00万元, but its parts add up to 1200.00万元: "
            "800.00万元 + 300.00万元 + 100.00万元",
            "合计印为1250.00万元，但各项之和为1200.00万元：800.00万元 + 300.00万元 + 100.00万元",
        )
    ]


def test_a_line_of_41_characters_between_bar_lines_is_no_cell_and_ends_the_table() -> None:
    # One cell per line with a bare "|" between (the catalogue's 三公 table). A cell is at most
    # 40 characters: the 41-character note between the two years' rows is none, so the table
    # ends there. Before it: 90 + 1400 + 1350 = 2840 and 73 + 1277 = 1350 (inferred). After it,
    # the 2016 row alone: 12 + 1356 + 996 = 2364, agrees.
    note = "注:本表所列金额均为万元,数据来源于本单位年度部门决算报表和财务会计账簿记录,仅供"
    assert len(note) == 41
    text = (
        "年度\n|\n合计\n|\n因公出国(境)经费\n|\n公务接待费\n|\n公车购置及运行维护费\n|\n"
        "车辆购置\n|\n车辆运行\n|\n2015年\n|\n2840\n|\n90\n|\n1400\n|\n1350\n|\n73\n|\n"
        f"1277\n|\n{note}\n|\n2016年\n|\n2364\n|\n12\n|\n1356\n|\n996\n|\n37\n|\n949"
    )
    assert rows(text) == [
        ("sum", "2840", "agrees", "2840", *SUM, False),
        ("sum", "1350", "agrees", "1350", *SUM, False),
        ("sum", "2364", "agrees", "2364", *SUM, False),
    ]
    assert inputs(text) == [["90", "1400", "1350"], ["73", "1277"], ["12", "1356", "996"]]
    assert findings(text) == []


def test_a_code_table_with_a_header_after_one_without_is_a_table_of_its_own() -> None:
    # The first table prints no header: 合计 100.00 = [201] 100.00 = [20101] 100.00. After a
    # page line, a table that opens with a new 类 (205) under a header is not the first one
    # continued (its header is not the first's printed again): [205] 200.00 = [20501] 200.00.
    # All agree, certain (by the codes).
    text = (
        "单位:万元\n合计 |  | 100.00\n201 | 一般公共服务支出 | 100.00\n20101 | 人大事务 | 100.00\n"
        "第1页\n科目编码 | 科目名称 | 金额\n205 | 教育支出 | 200.00\n20501 | 教育管理事务 | 200.00"
    )
    assert rows(text) == [
        ("sum", "100.00", "agrees", "100.00", *CODE),
        ("sum", "100.00", "agrees", "100.00", *CODE),
        ("sum", "200.00", "agrees", "200.00", *CODE),
    ]
    assert inputs(text) == [["100.00"], ["100.00"], ["200.00"]]
    assert findings(text) == []


def test_an_index_column_beside_rows_of_different_lengths() -> None:
    # The catalogue's 上年=100 column, the rows from 2001 on printing one more figure: the
    # index is still column 2 over the row of the year before: 950933 / 790724 = 120.26% →
    # 120.3; 1164724 / 950933 = 122.48% → 122.5; 1285000 / 1164724 = 110.33% → 110.3.
    text = (
        "单位:万元\n1995 382818 133.4\n2000 790724 110.9\n2001 950933 120.3 15\n"
        "2002 1164724 122.5 16\n2003 1285000 110.3 17"
    )
    rel = "a / the year before × 100"
    assert rows(text) == [
        ("ratio", "120.3", "agrees", "120.3", "950933 over 790724", rel, False),
        ("ratio", "122.5", "agrees", "122.5", "1164724 over 950933", rel, False),
        ("ratio", "110.3", "agrees", "110.3", "1285000 over 1164724", rel, False),
    ]
    assert findings(text) == []


def test_a_rate_columns_row_without_its_last_input_is_passed_over() -> None:
    # 完成率% left of 决算数 and 预算数: 90 / 100 = 90.0, 40 / 50 = 80.0, 33 / 44 = 75.0, all
    # agree (the columns inferred from the rows: weak). 丁 prints no 预算数 (its row ends at
    # 决算数 8): its 50.0 is not checked, and reading the short row raises nothing.
    text = (
        "单位:万元\n项目 | 完成率% | 决算数 | 预算数\n甲 | 90.0 | 90 | 100\n乙 | 80.0 | 40 | 50\n"
        "丙 | 75.0 | 33 | 44\n丁 | 50.0 | 8"
    )
    rel = "a / b × 100"
    assert rows(text) == [
        ("completion", "90.0", "agrees", "90.0", "90 over 100", rel, False),
        ("completion", "80.0", "agrees", "80.0", "40 over 50", rel, False),
        ("completion", "75.0", "agrees", "75.0", "33 over 44", rel, False),
    ]
    assert findings(text) == []


def test_a_rate_column_is_read_against_the_nearest_of_two_equal_columns() -> None:
    # 年初预算 and 调整预算 print the same figures, so 决算 over either gives 完成率%: 90 / 100 =
    # 90.0, 40 / 50 = 80.0, 33 / 44 = 75.0. The nearer columns are taken (调整预算, right
    # before 决算), so each claim's span runs from the 调整预算 cell to the rate.
    text = (
        "单位:万元\n项目 | 年初预算 | 调整预算 | 决算 | 完成率%\n甲 | 100 | 100 | 90 | 90.0\n"
        "乙 | 50 | 50 | 40 | 80.0\n丙 | 44 | 44 | 33 | 75.0"
    )
    rel = "a / b × 100"
    assert rows(text) == [
        ("completion", "90.0", "agrees", "90.0", "90 over 100", rel, False),
        ("completion", "80.0", "agrees", "80.0", "40 over 50", rel, False),
        ("completion", "75.0", "agrees", "75.0", "33 over 44", rel, False),
    ]
    assert spans(text) == ["100 | 90 | 90.0", "50 | 40 | 80.0", "44 | 33 | 75.0"]
    assert audit_text(text).claims[0].to_dict()["inputs"] == [
        {
            "column": 17,
            "line": 3,
            "role": "value",
            "subject": "甲",
            "text": "90",
            "unit": "万元",
            "value": "90",
        },
        {
            "column": 11,
            "line": 3,
            "role": "value",
            "subject": "甲",
            "text": "100",
            "unit": "万元",
            "value": "100",
        },
    ]


def test_a_row_without_a_share_does_not_stop_a_bare_share_column_being_read() -> None:
    # The catalogue's yearbook table with a row for 1960 that prints no 比重: the column of
    # bare decimals is still read as a share of two others in the other rows: 6171 / 16358 =
    # 37.72% → 37.7; 10577 / 17585 = 60.15% → 60.1; 11975 / 26228 = 45.66% → 45.7; 20478 /
    # 47928 = 42.73% → 42.7. Each row's total: 10187 + 6171 = 16358, 9000 + 7900 = 16900,
    # 7008 + 10577 = 17585, 14254 + 11975 = 26229 against 26228 (rounding), 27450 + 20478 =
    # 47928.
    text = (
        "单位:万元、%\n1957 16358 10187 6171 37.7\n1960 16900 9000 7900\n"
        "1965 17585 7008 10577 60.1\n1970 26228 14254 11975 45.7\n1975 47928 27450 20478 42.7"
    )
    rel = "a / b × 100"
    assert rows(text) == [
        ("sum", "16358", "agrees", "16358", *SUM, False),
        ("share", "37.7", "agrees", "37.7", "6171 over 16358", rel, False),
        ("sum", "16900", "agrees", "16900", *SUM, False),
        ("sum", "17585", "agrees", "17585", *SUM, False),
        ("share", "60.1", "agrees", "60.1", "10577 over 17585", rel, False),
        ("sum", "26228", "rounding", "26229", *SUM, False),
        ("share", "45.7", "agrees", "45.7", "11975 over 26228", rel, False),
        ("sum", "47928", "agrees", "47928", *SUM, False),
        ("share", "42.7", "agrees", "42.7", "20478 over 47928", rel, False),
    ]


def test_figures_alone_under_a_label_make_a_row_from_four_lines_on() -> None:
    # One figure a line after a label: four lines or more are a row of a table (100 = 60 + 30 +
    # 10, agrees, inferred); three are not (100, 60, 40: no claim, though 60 + 40 = 100).
    four = "单位:万元\n合计\n100\n60\n30\n10"
    assert rows(four) == [("sum", "100", "agrees", "100", *SUM, False)]
    assert inputs(four) == [["60", "30", "10"]]
    text = "单位:万元\n合计\n100\n60\n40"
    assert rows(text) == []
    assert audit_text(text).coverage.not_understood == ()


def test_a_table_one_cell_per_line_names_each_figure_by_its_column() -> None:
    # The catalogue's 三公 table, one cell per line with a bare "|" between: the header cells
    # are one row (a row starts only at a label after a figure, or at the label right before
    # the first figure), so each figure takes its own column's name (因公出国(境)经费 read as
    # 因公出国费, 公车购置及运行维护费 as 公务用车购置及运行费) and the 合计 column is the 三公
    # total: 90 + 1400 + 1350 = 2840, 73 + 1277 = 1350; 12 + 1356 + 996 = 2364; 37 + 949 = 986
    # ≠ 996.
    text = (
        "年度\n|\n合计\n|\n因公出国(境)经费\n|\n公务接待费\n|\n公车购置及运行维护费\n|\n"
        "车辆购置\n|\n车辆运行\n|\n2015年\n|\n2840\n|\n90\n|\n1400\n|\n1350\n|\n73\n|\n"
        "1277\n|\n2016年\n|\n2364\n|\n12\n|\n1356\n|\n996\n|\n37\n|\n949"
    )
    claims = audit_text(text).claims
    three = ["因公出国费", "公务接待费", "公务用车购置及运行费"]
    vehicles = ["车辆购置", "车辆运行"]
    assert [c.claim.printed.subject for c in claims] == [
        "三公费",
        "公务用车购置及运行费",
        "三公费",
        "公务用车购置及运行费",
    ]
    assert [[f.subject for f in c.claim.inputs] for c in claims] == [
        three,
        vehicles,
        three,
        vehicles,
    ]


def test_a_part_restated_in_another_unit_is_one_part_and_the_list_goes_on() -> None:
    # "基本支出60万元即0.6亿元": the 0.6亿元 restates the part (no mark between them), so it is
    # no part of its own, and the list goes on after it: 60 + 30 + 10 = 100, agrees (certain).
    text = "本年支出100万元,其中:基本支出60万元即0.6亿元,项目支出30万元,其他支出10万元。"
    assert rows(text) == [("sum", "100", "agrees", "100", *SUM, True)]
    assert inputs(text) == [["60万元", "30万元", "10万元"]]
    assert findings(text) == []
    assert audit_text(text).coverage.not_understood == ()


def test_a_comma_inside_a_first_parts_brackets_does_not_make_the_list_words() -> None:
    # "基本支出(含人员经费,公用经费)60万元": the comma is inside the bracket of the first part's
    # name, not between words before it ("主要用于车辆燃料费、维修费…" is no list): 60 + 40 =
    # 100, agrees (certain).
    text = "本年支出100万元,其中:基本支出(含人员经费,公用经费)60万元,项目支出40万元。"
    assert rows(text) == [("sum", "100", "agrees", "100", *SUM, True)]
    assert inputs(text) == [["60万元", "40万元"]]
    assert audit_text(text).coverage.not_understood == ()


def test_two_breakdowns_of_a_total_each_in_a_sentence_of_its_own_are_two_claims() -> None:
    # "从采购类别看" and "从采购方式看" each break the 100万元 down in a sentence of its own:
    # 60 + 40 = 100 and 70 + 30 = 100, both agree (inferred), two claims on one printed figure.
    text = (
        "2023年政府采购总额100万元。从采购类别看,货物类60万元,服务类40万元。"
        "从采购方式看,公开招标70万元,询价30万元。"
    )
    assert rows(text) == [
        ("sum", "100", "agrees", "100", *SUM, False),
        ("sum", "100", "agrees", "100", *SUM, False),
    ]
    assert inputs(text) == [["60万元", "40万元"], ["70万元", "30万元"]]
    assert audit_text(text).coverage.not_understood == ()
