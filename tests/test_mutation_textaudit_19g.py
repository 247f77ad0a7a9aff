"""The nineteenth round of tests that kill the text audit's mutants (issue 10, Deliver 7), part g.

Written for survivors of seed 33 (scripts/mutation_score.py textaudit at c75984b): a label of
费 that names no quantity of _QUANTITY before a quantity named twice (checks._same_quantity,
mutant 36), a part as large as the total of the sentence before (claims._closed_sentence_lists,
mutant 63), two sectors of farm output under a total of output (claims._farm_sectors_only,
mutant 5), a rate whose name opens with a one-character word ending in 率
(claims._part_rates, mutant 85) and a verb of deduction a clause before a figure
(claims._running_sums, mutant 109).

One other changes no result: claims._totals_before's mutant 158 (g.q.start > at for >= at):
``at`` is where an introducer (其中, 包括, 分别为…), a list's ':', a context's 在 or a
classification's 按 or 分 starts, and no figure starts there (a figure opens with a sign, a
digit, 无, 持 or 一 of a zero word, or a Chinese numeral), so no figure starts at ``at``.
Each expected value is worked out by hand.
"""

from __future__ import annotations

import pytest

from claim_rows import brief as claim_rows  # registered by conftest.py
from claim_rows import findings

BriefRows = list[tuple[str, str, str, str, list[str]]]


# --- checks._same_quantity: a label of 费 naming no quantity ends no search ----------------------


def test_an_amount_of_fees_naming_no_quantity_does_not_end_the_search_for_one_stated_twice() -> (
    None
):
    # 办公费 has 费 but is none of _QUANTITY's names: it is passed over, and 公务接待费 is
    # still stated twice, 5 and 8
    text = "本年办公费支出3万元。公务接待费支出5万元,比上年减少1万元。本年公务接待费支出8万元。"
    assert [row[4] for row in findings(text) if row[0] == "consistency.same-quantity"] == [
        "公务接待费支出 is stated as 8万元 here and as 5万元 on line 1"
    ]


# --- claims._closed_sentence_lists: a part may be as large as the total -----------------------


@pytest.mark.parametrize(
    ("interest", "rows"),
    [
        # 3103.04 + 0 + 0 + 0 = 3103.04: one part is all of the total
        (
            "3103.04万元",
            [
                (
                    "sum",
                    "3103.04万元",
                    "agrees",
                    "3103.04",
                    ["3103.04万元", "0万元", "0万元", "0万元"],
                )
            ],
        ),
        # a part larger than the total (3103.05 > 3103.04): the sentence is not its breakdown
        ("3103.05万元", []),
    ],
)
def test_a_closed_sentence_of_amounts_may_have_a_part_equal_to_the_total_before_it(
    interest: str, rows: BriefRows
) -> None:
    text = (
        "(一)业务收入:2021年,业务收入3103.04万元,同比增长11.68%。存款利息"
        f"{interest},委托贷款利息0万元,国债利息0万元,其他0万元。"
    )
    assert claim_rows(text) == rows


# --- claims._farm_sectors_only: two sectors of farm output are some of the output -------------


@pytest.mark.parametrize(
    ("second", "rows"),
    [
        # 农业 and 渔业 only: the other sectors and the services are left out, no sum is read
        ("渔业产值20亿元", []),
        # a part that is no farm sector: the list is all of the total, 51.16 + 20 = 71.16
        ("工业产值20亿元", [("sum", "90.45亿元", "disagrees", "71.16", ["51.16亿元", "20亿元"])]),
    ],
)
def test_two_sectors_of_farm_output_under_a_total_of_output_are_some_of_it(
    second: str, rows: BriefRows
) -> None:
    text = f"全县农林牧渔业总产值90.45亿元。其中,农业产值51.16亿元,{second}。"
    assert claim_rows(text) == rows


# --- claims._part_rates: a rate's name is what comes before its first 率 -----------------------


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # 效率提升率 names 效 (one character, no part's name): not the share 90 / 120 = 75% of
        # 高效率电机, which 效率 would name
        ("全市改造电机120台,其中高效率电机90台,效率提升率为15%。", []),
        ("发放贷款200亿元,其中浮动利率贷款80亿元,利率上浮率为12%。", []),
        # 高效率 names 高效, in 高效电机: its share, 90 / 120 = 75%
        (
            "全市改造电机120台,其中高效电机90台,高效率为75%。",
            [("share", "75%", "agrees", "75", ["90台", "120台"])],
        ),
    ],
)
def test_a_rate_named_by_a_word_ending_in_lu_before_its_own_lu_is_no_share_of_the_part(
    text: str, rows: BriefRows
) -> None:
    assert claim_rows(text) == rows


# --- claims._running_sums: a figure's verb is in its own clause --------------------------------


def test_a_deduction_two_clauses_before_a_figure_does_not_deduct_it_from_the_running_sum() -> None:
    # 扣除 is of a factor of the rate's clause: 25948 + 271231 − 1000 = 296179 (减去 deducts
    # 1000 in its own clause), not 25948 − 271231 − 1000
    text = (
        "一般公共预算收入25948万元,扣除留抵退税因素影响同比增长12.24%,上级补助收入271231万元,"
        "减去上解支出1000万元,收入合计296179万元。"
    )
    assert claim_rows(text) == [
        ("sum", "296179万元", "agrees", "296179", ["25948万元", "271231万元", "1000万元"])
    ]
    assert findings(text) == []
