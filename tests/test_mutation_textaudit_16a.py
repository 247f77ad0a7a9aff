"""The sixteenth round of tests that kill the text audit's mutants (issue 10, Deliver 7), part a.

Written for survivors of seed 30 (scripts/mutation_score.py textaudit at 4a41151): the text of
an undefined result (audit._exact, mutant 2), the catch-all named in a closed list's message
(audit._messages, mutant 24: its leading "、" kept), the year of an average growth's start
twelve characters before its clause at most (claims._average_growth, mutant 42) and a span of
thirty years (mutant 60), the 年末结转和结余 after one that is no claim (claims._carried_balances,
mutant 66), a sentence of parts whose first is of another measure (claims._closed_sentence_lists,
mutant 61), a context list after a second classification of the same total
(claims._context_lists, mutant 209), the count before an amount at another depth
(claims._counted_before, mutant 11), a saving's rate beside the difference that agrees
(claims._dedupe, mutant 46), the "其中:" before a 绩效自评表 row (claims._execution_row, mutant
48), a rate printed without its sign that must match to the unit (claims._figure_runs, mutant 132)
and the sentence before the second (claims._figured_before, mutant 17: the last sentence of the
text looked at). Four others change no result: _check_list's mutant 241 (the verdict _continued
found is not handed on: it is linear_verdict's, which is judge's of the same one reading, and is
reset whenever the parts or the total change), _context_before's mutants 21 and 39 (a ',' or ':'
at the prefix's start not taken for the last separator: no branch of _CONTEXT can open with one,
so a search from 0 finds what a search from 1 finds) and _decompositions' mutant 5 (the flag
set to None, not False: only tested by ``not``, then set to True). Each expected value is worked
out by hand.
"""

from __future__ import annotations

import pytest

from budgetperf.textaudit import audit, audit_text, claims
from budgetperf.textaudit.facts import read_facts
from claim_rows import brief as claim_rows  # registered by conftest.py

# --- audit._exact and audit._messages: the words of a message ---------------------------------


def test_an_undefined_result_is_written_as_a_question_mark() -> None:
    assert audit._exact(None) == "?"


def test_a_closed_list_message_names_its_catch_all_without_the_mark_before_it() -> None:
    # 10 + 20 + 60 = 90, not 100; the catch-all's label is "、其他占": the message names 其他
    audit_ = audit_text("在缴存单位中,国家机关占10%,国有企业占20%、其他占60%。")
    assert [(f.code, f.message_en, f.message_zh) for f in audit_.findings] == [
        (
            "arithmetic.shares-sum",
            "the shares of the list closed by 其他 add up to 90%, not 100%",
            "以“其他”收尾的各项占比合计为90%，不是100%",
        )
    ]


# --- claims._average_growth: the start's year, and the span of years -----------------------------


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # 2018 twelve characters before the clause of 100亿元: (146.41 / 100)^(1/4) = 1.1, 10%
        (
            "2018年财政运行平稳,收入100亿元,2022年收入146.41亿元,年均增长10%。",
            [("change-rate", "10%", "agrees", "10", ["100亿元", "146.41亿元"])],
        ),
        # 2018 thirteen characters before it (起 between): no year of the start, no claim
        ("2018年起财政运行平稳,收入100亿元,2022年收入146.41亿元,年均增长10%。", []),
    ],
)
def test_an_average_growth_reads_the_start_year_twelve_characters_back(
    text: str, rows: list[tuple[str, str, str, str, list[str]]]
) -> None:
    assert claim_rows(text) == rows


@pytest.mark.parametrize(
    ("start", "rows"),
    [
        # 1992 to 2022, thirty years: 2^(1/30) = e^(0.693147 / 30) = 1.023374, 2.34%
        ("1992", [("change-rate", "2.34%", "agrees", "2.34", ["100亿元", "200亿元"])]),
        ("1991", []),  # thirty-one years: too long a span to be read
    ],
)
def test_an_average_growth_over_thirty_years_is_checked(
    start: str, rows: list[tuple[str, str, str, str, list[str]]]
) -> None:
    text = f"由{start}年的100亿元增加到2022年的200亿元,年均增长2.34%。"
    assert claim_rows(text) == rows


# --- claims._carried_balances: each 年末结转和结余 in turn ---------------------------------------


def test_a_year_end_balance_after_one_without_its_parts_is_checked() -> None:
    # the first 年末 has no parts before it; the second: 90 + 700 − 650 = 140, printed 140
    text = (
        "年末结转和结余10万元。\n本年收入合计700万元。\n本年支出合计650万元。\n"
        "年初结转和结余90万元。\n年末结转和结余140万元。"
    )
    assert claim_rows(text) == [
        ("balance", "140万元", "agrees", "140", ["700万元", "90万元", "650万元"])
    ]


# --- claims._closed_sentence_lists: the parts' first figure in the total's measure ----------------


@pytest.mark.parametrize(
    ("first", "rows"),
    [
        # 3103.04 + 11146.01 + 0 + 0.32 = 14249.37
        (
            "存款利息3103.04万元",
            [
                (
                    "sum",
                    "14249.37万元",
                    "agrees",
                    "14249.37",
                    ["3103.04万元", "11146.01万元", "0万元", "0.32万元"],
                )
            ],
        ),
        ("贷款10笔", []),  # a count first: no breakdown of an amount of money
    ],
)
def test_a_closed_sentence_of_parts_opens_in_the_totals_measure(
    first: str, rows: list[tuple[str, str, str, str, list[str]]]
) -> None:
    text = (
        f"业务收入14249.37万元,同比增长11.68%。{first},委托贷款利息11146.01万元,"
        "国债利息0万元,其他0.32万元。"
    )
    assert claim_rows(text) == rows


# --- claims._context_lists: the sentences after a second classification -------------------------


def test_a_context_list_after_a_second_classification_is_read() -> None:
    # 1000 + 150 + 100 = 1250 and 800 + 300 + 150 = 1250 (two classifications of 1250); in
    # the next paragraph 500 + 100 = 600
    text = (
        "2017年度支出合计1250.00万元。按支出功能分类科目划分,教育支出1000.00万元,"
        "社会保障和就业支出150.00万元,卫生健康支出100.00万元。按支出经济分类科目划分,"
        "工资福利支出800.00万元,商品和服务支出300.00万元,对个人和家庭的补助支出150.00万元。\n"
        "2018年度支出合计600.00万元。按支出功能分类科目划分,教育支出500.00万元,"
        "卫生健康支出100.00万元。"
    )
    assert claim_rows(text) == [
        ("sum", "1250.00万元", "agrees", "1250.00", ["1000.00万元", "150.00万元", "100.00万元"]),
        ("sum", "1250.00万元", "agrees", "1250.00", ["800.00万元", "300.00万元", "150.00万元"]),
        ("sum", "600.00万元", "agrees", "600.00", ["500.00万元", "100.00万元"]),
    ]


# --- claims._counted_before: the count at the amount's own depth -------------------------------


def test_a_count_outside_the_brackets_is_not_the_count_of_an_amount_in_them() -> None:
    doc = read_facts("安排项目86个(预算支出408207万元),新建项目41个,预算支出148486万元。")
    counted = {
        f.q.text: (None if g is None else g.q.text)
        for f in doc.facts
        for g in [claims._counted_before(doc, f)]
    }
    assert counted == {
        "86个": None,
        "408207万元": None,  # in brackets, the 86个 outside them
        "41个": None,
        "148486万元": "41个",
    }


# --- claims._dedupe: a saving's rate is kept beside the difference that agrees --------------------


def test_a_savings_rate_that_disagrees_is_kept_beside_the_agreeing_difference() -> None:
    # 23220.01 − 23082.39 = 137.62 (agrees); 137.62 / 23220.01 = 0.5927%, 0.59, printed 0.69
    text = (
        "执行政府采购预算23220.01万元。实际采购支出金额23082.39万元。"
        "节约资金137.62万元。节约率0.69%。"
    )
    assert claim_rows(text) == [
        ("difference", "137.62万元", "agrees", "137.62", ["23220.01万元", "23082.39万元"]),
        ("share", "0.69%", "disagrees", "0.59", ["137.62万元", "23220.01万元", "23082.39万元"]),
    ]
    assert [f.code for f in audit_text(text).findings] == ["arithmetic.share"]


# --- claims._execution_row: a row's name with the 其中: right before it ---------------------------


def test_an_execution_rows_name_starts_at_the_qizhong_right_before_it() -> None:
    text = "执行率\n其中:财政拨款 | 10"
    assert claims._execution_row(text, text.index("10")) == text.index("其中")  # 4


def test_an_execution_rows_name_does_not_take_a_qizhong_elsewhere() -> None:
    # the text opens with 其中:, not the row: the name starts at 财政拨款
    text = "其中:甲\n财政拨款 | 10"
    assert claims._execution_row(text, text.index("10")) == text.index("财政拨款")  # 5


# --- claims._figure_runs: a rate printed without the sign of a fall matches to the unit ----------


@pytest.mark.parametrize(
    ("line", "rows"),
    [
        # 50,000 − 100,000 = −50,000; −50,000 / 100,000 = −50%, printed 50.00 unsigned
        (
            "財產收入 50,000 100,000 -50,000 50.00",
            [
                ("difference", "-50,000", "agrees", "50000", ["50,000", "100,000"]),
                ("change-rate", "50.00", "agrees", "50.00", ["50,000", "100,000"]),
            ],
        ),
        ("財產收入 50,000 100,000 -50,000 50.50", []),  # 0.5 off: not within a unit (0.01)
        # the base first, a fall marked (-): 60,000 − 100,000 = −40,000, −40%, printed 40.00
        (
            "稅課收入 100,000 60,000(-) 40,000(-) 40.00",
            [
                ("difference", "40,000", "agrees", "40000", ["60,000", "100,000"]),
                ("change-rate", "40.00", "agrees", "40.00", ["60,000", "100,000"]),
            ],
        ),
        ("稅課收入 100,000 60,000(-) 40,000(-) 40.50", []),  # 0.5 off
    ],
)
def test_an_unsigned_rate_of_a_run_must_match_to_the_unit(
    line: str, rows: list[tuple[str, str, str, str, list[str]]]
) -> None:
    assert claim_rows(line) == rows


# --- claims._figured_before: the sentence before the second is the first ------------------------


def test_the_figured_sentence_before_the_second_is_the_first() -> None:
    doc = read_facts("支出情况说明如下。其中:基本支出100万元,项目支出50万元。全年支出150万元。")
    assert [len(s.facts) for s in doc.sentences] == [0, 2, 1]
    assert claims._figured_before(doc, doc.sentences[1]) is doc.sentences[0]
