"""The twelfth round of tests that kill the text audit's mutants (issue 10, Deliver 7).

Written for survivors of seeds 23 and 24 (scripts/mutation_score.py textaudit --sample 300
--seed 23 and --seed 24); the third share of them. Each test states by hand what a user of the
audit sees.
"""

from __future__ import annotations

import decimal

import pytest

from budgetperf.errors import FileError, InvalidOption, Location
from budgetperf.textaudit import audit_text
from budgetperf.textaudit.facts import read_facts
from budgetperf.textaudit.read import read_bytes


def _claims(text: str) -> list[tuple[str, str, str | None]]:
    return [(c.claim.kind, c.status.value, c.computed) for c in audit_text(text).claims]


# --- read.read_bytes: a NUL byte in a path is a FileError that keeps the caller's location ---


def test_a_path_with_a_nul_byte_names_where_the_path_came_from() -> None:
    where = Location(file="batch.csv", row=3)
    with pytest.raises(FileError) as raised:
        read_bytes("a\0b", what="the report", location=where)
    assert raised.value.location == where
    assert str(raised.value) == (
        "batch.csv row 3: cannot read the report (embedded null byte): 'a\\x00b'"
    )


# --- facts.Document.sentences_with: an empty word is refused, and the message says why ---


def test_an_empty_word_is_refused_with_the_words_named() -> None:
    with pytest.raises(InvalidOption) as raised:
        read_facts("收入100万元。").sentences_with("其中", "")
    assert raised.value.reason == (
        "Document.sentences_with: an empty word is in every sentence (words: ('其中', ''))"
    )


# --- tables._trees: a total with a blank part cell is not checked in that column ---


def test_a_total_whose_part_is_blank_in_one_column_is_not_checked_there() -> None:
    # 2022: 30 + 30 = 60, 10 + 10 + 10 = 30; 2023: 40 + 30 = 70, but 基本支出's 40 has a blank
    # part (对个人补助), so 15 + 25 is not read as all of its 40
    text = (
        "单位:万元\n项目 | 2022年 | 2023年 |\n合计 | 60 | 70 |\n一、基本支出 | 30 | 40 |\n"
        "工资福利 | 10 | 15 |\n商品服务 | 10 | 25 |\n对个人补助 | 10 | |\n"
        "二、项目支出 | 30 | 30 |\n"
    )
    assert sorted(_claims(text)) == [
        ("sum", "agrees", "30"),
        ("sum", "agrees", "60"),
        ("sum", "agrees", "70"),
    ]
    assert audit_text(text).findings == ()


# --- tables._shifted_rows: a column of three cells judges which of them is out of line ---


def test_a_row_whose_blank_cells_were_dropped_leaves_the_total_above_unchecked() -> None:
    # 决算数 holds 90, 50 and (财政补贴's, its blank 预算数 dropped) 100.00%: mostly amounts, so
    # 财政补贴 is out of line and may be one more part of 100 (60 + 40 = 100 is not checked);
    # the rates still are: 90 / 100 = 90.00%, 50 / 60 = 83.33%
    text = (
        "单位:万元\n项目 | 预算数 | 决算数 | 完成率 |\n合计 | 100 | 90 | 90.00% |\n"
        "工资福利 | 60 | 50 | 83.33% |\n商品服务 | 40 | | |\n财政补贴 | 0.00 | 100.00% |\n"
    )
    assert _claims(text) == [
        ("completion", "agrees", "90.00"),
        ("completion", "agrees", "83.33"),
    ]


# --- tables._rate_formula: an unnamed column of decimals that three rows of three compute ---


def test_an_unnamed_column_of_shares_computed_in_three_rows_is_read() -> None:
    # 200 / 1000 = 20.0%, 300 / 1200 = 25.0%, 330 / 1100 = 30.0%: three rows of three agree
    text = (
        "单位:亿元\n年份 | 地方收入 | 全省收入 | 甲 |\n2021年 | 200 | 1000 | 20.0 |\n"
        "2022年 | 300 | 1200 | 25.0 |\n2023年 | 330 | 1100 | 30.0 |\n"
    )
    assert _claims(text) == [
        ("share", "agrees", "20.0"),
        ("share", "agrees", "25.0"),
        ("share", "agrees", "30.0"),
    ]


# --- tables._header_then_row: column names and a row on one line need three names at least ---


def test_a_title_line_with_two_names_before_its_figures_is_no_header() -> None:
    # two names (预算数, 决算数) before 税收收入 are too few to read the line as the header and
    # its first row: the table's first row has no label, and no total is read
    text = (
        "收入情况如下: 收入执行情况表 | 预算数 | 决算数 | 税收收入 | 100 | 90 |\n"
        "增值税 | 60 | 50 |\n消费税 | 40 | 40 |\n"
    )
    assert _claims(text) == []


# --- tables._one_unit: a row's amounts are summed though its percentages outnumber them ---


def test_a_row_with_more_shares_than_amounts_still_sums_its_amounts() -> None:
    # 60 + 40 = 100; the four percentages (100%, 60%, 40%, 5%) are no amounts
    text = (
        "单位:万元\n项目 | 合计 | 基本支出 | 项目支出 | 支出占比 | 基本支出占比 | 项目支出占比 |"
        " 增长率 |\n本年支出 | 100 | 60 | 40 | 100% | 60% | 40% | 5% |\n"
    )
    assert _claims(text) == [("sum", "agrees", "100")]


# --- normalise._break: an item numbered inside its sentence keeps the list on one line ---


def test_a_list_numbered_after_a_word_and_a_space_stays_in_its_sentence() -> None:
    # "主要原因 是(1)…; (2)…": (1) opens after 是 (a space before it, as a PDF's text layer
    # prints), inside the sentence, so (2) is no new line; 6 + 4 = 10
    text = "支出减少10万元,主要原因 是(1)会议费减少6万元; (2)培训费减少4万元。"
    assert _claims(text) == [("change-sum", "agrees", "10")]


# --- facts._tag: only a change names the phase of the changes of the 其中 sentence after it ---


def test_changes_after_a_budget_figure_are_not_the_budgets_changes() -> None:
    # "预算支出100万元,决算支出90万元。其中:会议费较上年增加3万元…": the phase the parts'
    # changes take is a phased change's ("预算较上年增加…,其中…"); the sentence before printed
    # only phased amounts, so 会议费's and 培训费's changes name no phase
    doc = read_facts(
        "2023年预算支出100万元,决算支出90万元。其中:会议费较上年增加3万元,培训费较上年增加2万元。"
    )
    assert [(f.q.text, f.role.name, f.phase) for f in doc.facts] == [
        ("100万元", "VALUE", "budget"),
        ("90万元", "VALUE", "actual"),
        ("3万元", "CHANGE", ""),
        ("2万元", "CHANGE", ""),
    ]


# --- tables._named_rate: a rate column read by the formula its header names ---


def test_a_growth_column_is_the_later_year_over_the_earlier_whatever_their_order() -> None:
    # 2023年 printed before 2022年: (110 − 100) / 100 = 10.0%, not the printed 12.0 (nor
    # (100 − 110) / 110 = −9.1%, the earlier year over the later)
    audit = audit_text(
        "单位:万元\n项目 | 2023年 | 2022年 | 增长% |\n一般公共预算收入 | 110 | 100 | 12.0 |\n"
    )
    assert [(c.claim.kind, c.status.value, c.computed) for c in audit.claims] == [
        ("change-rate", "disagrees", "10.0")
    ]
    assert [(f.code, f.message_en) for f in audit.findings] == [
        (
            "arithmetic.change-rate",
            "the change rate is printed as 12.0, but rate from 110, 100 = 10, which rounds to"
            " 10.0 (read as: 110 over 100; the structure was inferred, so check it)",
        )
    ]


def test_a_share_of_an_actual_column_is_over_the_other_actual_column() -> None:
    # 税收占收入决算%: over 收入决算 (100), of the one other 决算 column (税收决算, 80), not of the
    # nearest column before it (上年税收, 70): 80 / 100 = 80.0%, not the printed 75.0
    audit = audit_text(
        "单位:万元\n项目 | 税收决算 | 收入决算 | 上年税收 | 税收占收入决算% |\n"
        "合计 | 80 | 100 | 70 | 75.0 |\n"
    )
    assert [(c.claim.kind, c.status.value, c.computed) for c in audit.claims] == [
        ("completion", "disagrees", "80.0")
    ]
    assert [(f.code, f.message_en) for f in audit.findings] == [
        (
            "arithmetic.completion-rate",
            "the completion rate is printed as 75.0, but 80 / 100 = 80%, which rounds to 80.0"
            " (read as: 80 over 100; the structure was inferred, so check it)",
        )
    ]


def test_a_long_sentence_before_the_column_names_is_dropped_from_the_header() -> None:
    # the 31 characters before the first "|" are a sentence (no ":" and no "表" needed): the
    # names after it are the header, 税收收入 the first row; 60 + 40 = 100, 50 + 40 = 90,
    # 45 + 35 = 80
    text = (
        "具体收入项目情况如下所示,请审议全县大口径财政收入执行情况明细 | 预算数 | 决算数 |"
        " 上年数 | 税收收入 | 100 | 90 | 80 |\n增值税 | 60 | 50 | 45 |\n消费税 | 40 | 40 | 35 |\n"
    )
    assert _claims(text) == [
        ("sum", "agrees", "100"),
        ("sum", "agrees", "90"),
        ("sum", "agrees", "80"),
    ]


# --- tables._word_cell: a cell of more than 30 characters is a sentence, not a name ---


def test_a_label_of_31_characters_does_not_name_the_row_after_the_header() -> None:
    # the cell before the first figure has 31 characters: a sentence, not a row's name, so the
    # line is not read as the header and a row, and no total is read from it
    label = "一般公共预算收入中的税收收入及非税收入合计数含上级补助收入和调"
    assert len(label) == 31
    text = (
        f"收入情况如下: 收入执行情况表 | 预算数 | 决算数 | 上年数 | {label} | 100 | 90 | 80 |\n"
        "增值税 | 60 | 50 | 45 |\n消费税 | 40 | 40 | 35 |\n"
    )
    assert _claims(text) == []


# --- tables._near_magnitude: a bare rate column is tested in the library's context ---


def test_a_column_of_bare_rates_is_read_whatever_the_callers_context() -> None:
    # 120 − 100 = 20, 20 / 100 = 20.00%; 150 − 200 = −50, 50 / 200 = 25.00%; 60 − 50 = 10,
    # 10 / 50 = 20.00% (the computed values are the magnitudes). A caller's context in which
    # 0.01 is subnormal, and trapped, decides nothing.
    text = (
        "项目 | 上年数 | 本年数 | 增减 | 增幅\n工资福利 | 100 | 120 | 20 | 20.00\n"
        "商品服务 | 200 | 150 | -50 | -25.00\n对个人补助 | 50 | 60 | 10 | 20.00\n"
    )
    caller = decimal.Context(Emin=-1, Emax=99, traps=[decimal.Subnormal, decimal.Underflow])
    with decimal.localcontext(caller):
        claims = _claims(text)
    assert claims == [
        ("difference", "agrees", "20"),
        ("change-rate", "agrees", "20.00"),
        ("difference", "agrees", "50"),
        ("change-rate", "agrees", "25.00"),
        ("difference", "agrees", "10"),
        ("change-rate", "agrees", "20.00"),
    ]


# --- tables._leaves: a header that opens with its 合计 names every column ---


def test_a_header_of_a_total_and_its_parts_names_the_columns_of_a_row() -> None:
    # the label column's title is printed outside the table; "其中:因公出国(境)费" is the
    # second name, not a "其中" row: the row's total and parts are named, 2.0 + 5.0 + 1.0 = 8.0,
    # not 10.0
    audit = audit_text(
        "单位:万元\n“三公”经费支出情况表\n"
        "合计 | 其中:因公出国(境)费 | 公务用车购置及运行费 | 公务接待费 |\n"
        "2023年预算 | 10.0 | 2.0 | 5.0 | 1.0 |\n"
    )
    assert [(c.claim.kind, c.status.value, c.computed) for c in audit.claims] == [
        ("sum", "disagrees", "8.0")
    ]
    assert [(f.code, f.message_en) for f in audit.findings] == [
        (
            "arithmetic.breakdown-sum",
            "the total is printed as 10.0, but its parts add up to 8.0: 2.0 + 5.0 + 1.0 (read"
            " as: parts; the structure was inferred, so check it)",
        )
    ]


# --- tables._joined: a table of codes over three pages is cut where its last page was ---


def test_a_total_whose_parts_run_past_the_rows_read_is_not_checked() -> None:
    # Three pages of one table of codes: 201 on the first page, its 20102 on the second; 202 on
    # the second, its 20202 on the third, which runs past the 800 lines read. Read: 30 = 10 +
    # 20, 5 = 2 + 3, and 79 款 of 205 whole (2 + 8 × 1 = 10 each). 205's 900 and the 款 the
    # reading stopped in have parts not read (80 × 10 = 800, 2 + 5 × 1 = 7): not checked.
    lines = [
        "单位:万元",
        "科目 | 金额 |",
        "[201]一般公共服务支出 | 30 |",
        "[20101]人大事务 | 10 |",
        "下接第2页。",
        "科目 | 金额 |",
        "[20102]政协事务 | 20 |",
        "[202]外交支出 | 5 |",
        "[20201]外交管理事务 | 2 |",
        "下接第3页。",
        "科目 | 金额 |",
        "[20202]驻外机构 | 3 |",
        "[205]教育支出 | 900 |",
    ]
    for k in range(1, 91):
        lines.append(f"[205{k:02d}]款{k} | 10 |")
        lines.extend(f"[205{k:02d}{j:02d}]项{j} | {2 if j == 1 else 1} |" for j in range(1, 10))
    claims = _claims("\n".join(lines) + "\n")
    assert sorted(claims) == sorted(
        [("sum", "agrees", "30"), ("sum", "agrees", "5")] + [("sum", "agrees", "10")] * 79
    )
