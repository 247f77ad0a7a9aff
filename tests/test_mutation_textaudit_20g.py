"""The twentieth round of tests that kill the text audit's mutants (issue 10, Deliver 7), part g.

Written for survivors of the mutation run at c3ed4ae (scripts/mutation_score.py textaudit): a
figure in brackets inside a part's own 其中 list, passed over while the list's sum is sought
(claims._nested_end, mutant 31), and a column of row numbers without a 行次 header, left out of
the code sums (tables._numbers_rows, mutant 11).

Two others change no result: claims._decompositions' mutant 162 (``lo_i <= t.index`` for ``lo_i <
t.index``: a fact's index is its place in the document's facts, so a total at the first part's
index is that part, already left out by ``t not in parts``) and claims._trailing_total's mutant 53
(``f.q.start > at`` for ``>=``: ``at`` is the place of 加 or 另, and no figure starts with either
character: a figure starts with a digit, a sign, a Chinese numeral or 无/持/一 of a zero word).
Each expected value is worked out by hand.
"""

from __future__ import annotations

from budgetperf.textaudit import claims
from budgetperf.textaudit.facts import read_facts
from claim_rows import brief as claim_rows  # registered by conftest.py
from claim_rows import findings  # registered by conftest.py

# --- claims._nested_end: a deeper figure inside the list does not end the search for its sum ---


def test_a_bracketed_figure_inside_a_parts_list_does_not_hide_where_that_list_closes() -> None:
    # 100 + 200 = 300 closes 一般预算收入's own 其中 at 非税收入 (the bracketed 50 of 增值税,
    # one level deeper, is passed over): 上级补助收入 and 债券收入 are not in it
    doc = read_facts(
        "一般预算收入300万元,其中:税收收入100万元(含增值税50万元),非税收入200万元,"
        "上级补助收入500万元,债券收入200万元。"
    )
    assert [(f.q.text, f.depth) for f in doc.facts] == [
        ("300万元", 0),
        ("100万元", 0),
        ("50万元", 1),
        ("200万元", 0),
        ("500万元", 0),
        ("200万元", 0),
    ]
    item = doc.facts[0]
    assert claims._nested_end(doc.sentences[0], item, 5, frozenset()) == 3


def test_a_parts_own_list_with_a_bracketed_figure_is_closed_by_its_sum() -> None:
    # 8059 + 12648 = 20707 (the bracketed 3000 of 增值税 is inside 税收收入); then
    # 20707 + 147757 + 37400 + 2594 + 394 = 208852: both agree, no finding
    text = (
        "一般公共预算总收入预计完成208852万元。其中:一般预算收入完成20707万元,完成预算的"
        "104.95%,其中:税收收入8059万元(其中增值税3000万元),非税收入12648万元,上级补助收入"
        "147757万元,地方政府一般债券转贷收入37400万元;调入预算稳定调节基金2594万元;上年结余"
        "收入394万元。"
    )
    assert claim_rows(text) == [
        (
            "sum",
            "208852万元",
            "agrees",
            "208852",
            ["20707万元", "147757万元", "37400万元", "2594万元", "394万元"],
        ),
        ("sum", "20707万元", "agrees", "20707", ["8059万元", "12648万元"]),
    ]
    assert findings(text) == []


# --- tables._numbers_rows: a column counting the rows 1, 2, 3 holds no figures ---


def test_a_column_counting_the_rows_is_not_summed_by_code_whatever_its_header() -> None:
    # the 栏 column counts the rows (1, 2, 3; its header names no 行次): no 类 total 1 of its
    # 款 rows 2 + 3 = 5. The 金额 column: 10 + 20 = 30, agrees
    text = (
        "单位:万元\n科目 | 栏 | 金额\n201 一般公共服务 | 1 | 30\n20101 人大事务 | 2 | 10\n"
        "20102 政协事务 | 3 | 20"
    )
    assert claim_rows(text) == [("sum", "30", "agrees", "30", ["10", "20"])]
    assert findings(text) == []
