"""The nineteenth round of tests that kill the text audit's mutants (issue 10, Deliver 7), part c.

Written for survivors of the mutation run at c75984b (scripts/mutation_score.py textaudit): the
words of a space table's header as the normalised text has them, traditional characters
simplified (tables._printed_words, mutant 26), an unnamed column of decimals read as shares only
when four in five of its rows compute (tables._rate_formula, mutant 42) and a row of rates whose
column of a zero prior year is passed over, not the end of the row (tables._rate_rows, mutant 66).

Three others change no result: tables._parse's mutant 34 (v >= 0 for v > 0: a zero read as a
subtotal has no parts, since subtree refuses a target <= 0 before any work), tables.
_two_rows_on_one_line's mutant 48 (break for continue: under[-1] is names[-1] for every end, so
the test that skips is the same on every pass) and tables.code_trees' mutant 30 (range to
len(last) + 2: a subject code has 3, 5 or 7 digits, so the odd prefix lengths stop at len(last)
either way). Each expected value is worked out by hand.
"""

from __future__ import annotations

from budgetperf.textaudit import audit_text, tables
from budgetperf.textaudit.facts import read_facts


def _claims(text: str) -> list[tuple[str, str, str | None]]:
    return [(c.claim.kind, c.status.value, c.computed) for c in audit_text(text).claims]


# --- tables._printed_words: a header's words as the normalised text has them ----------------------


def test_the_words_of_a_traditional_header_are_read_simplified() -> None:
    # the normalised text folds 編碼 → 编码, 稱 → 称, 計 → 计, 項 → 项 (and drops the spaces the
    # document printed between the words); the words are cut where it printed them, "合 計" one
    text = "科目編碼 科目名稱 合 計 基本支出 項目支出\n201 一般公共服務支出 300.50 200.20 100.30\n"
    doc = read_facts(text)
    header = doc.text.split("\n")[0]
    assert header == "科目编码科目名称合计基本支出项目支出"
    assert tables._printed_words(doc, 0, len(header)) == [
        "科目编码",
        "科目名称",
        "合计",
        "基本支出",
        "项目支出",
    ]


# --- tables._rate_formula: a column of bare decimals is shares in four rows of five --------------


def test_an_unnamed_column_of_decimals_three_rows_of_four_compute_is_not_read() -> None:
    # 200 / 1000 = 20.0%, 300 / 1200 = 25.0%, 330 / 1100 = 30.0%, 400 / 1000 = 40.0%: the
    # column 甲, named by nothing, is a share when four in five of its rows say so
    head = "单位:亿元\n年份 | 地方收入 | 全省收入 | 甲 |\n"
    rows = (
        "2020年 | 200 | 1000 | 20.0 |\n2021年 | 300 | 1200 | 25.0 |\n2022年 | 330 | 1100 | 30.0 |\n"
    )
    assert _claims(head + rows + "2023年 | 400 | 1000 | 40.0 |\n") == [
        ("share", "agrees", "20.0"),
        ("share", "agrees", "25.0"),
        ("share", "agrees", "30.0"),
        ("share", "agrees", "40.0"),
    ]
    # 35.0 where 40.0 is computed: three rows of four (75%) are too few for a column nothing
    # names as a rate, so no share is read from it (and none is reported as wrong)
    assert _claims(head + rows + "2023年 | 400 | 1000 | 35.0 |\n") == []


# --- tables._rate_rows: a column with a zero prior year is skipped, the rest still read ----------


def test_a_rate_row_reads_the_columns_after_one_with_a_zero_prior_year() -> None:
    # 其他收入 was 0 in 2015 (the rate row prints 0.0 there: no rate of a zero base); the
    # columns after it are read: (110 - 100) / 100 = 10.0%, (60 - 50) / 50 = 20.0%
    text = (
        "单位:万元\n年份 | 其他收入 | 税收收入 | 非税收入 |\n2015年 | 0 | 100 | 50 |\n"
        "2016年 | 5 | 110 | 60 |\n2016年比2015年增减% | 0.0 | 10.0 | 20.0 |\n"
    )
    assert _claims(text) == [
        ("change-rate", "agrees", "10.0"),
        ("change-rate", "agrees", "20.0"),
    ]
