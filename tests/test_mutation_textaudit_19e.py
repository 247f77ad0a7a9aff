"""The nineteenth round of tests that kill the text audit's mutants (issue 10, Deliver 7), part e.

Written for survivors of seed 33 (scripts/mutation_score.py textaudit at c75984b): the total
that the shares of a name no figure has agree on is a figure printed as a value, never last
year's (claims._consensus_total, mutant 56), a standard breakdown's part named without its 费
or with 支出 for 费 (claims._item, mutant 5), and a share later in a part's clauses whose owner
is the part's placeholder name, "XX税" (claims._share_of_other, mutant 32).

Two others change no result: claims._own_column's mutant 13 (1 <= at for 0 <= at: a total that
is its sentence's first figure has no figure before it, so no sibling is found and the parts are
returned as they came either way) and claims._paired_amount's mutant 81 (``i > 1 and rate.sign
or rate.basis is _BASIS_PRIOR``: every rate is signed, by its verb or its change's, so the
mutant only adds rates at i <= 1, where the remarks' walk stops at k = i - 1 and ``k < i - 1``
fails). Each expected value is worked out by hand.
"""

from __future__ import annotations

import pytest

from claim_rows import brief as claim_rows  # registered by conftest.py
from claim_rows import findings

BriefRows = list[tuple[str, str, str, str, list[str]]]

_SHARES = (
    "(一)教育支出5,806,105.16元,占支出总预算82.27%。(二)社会保障和就业支出557,718.56元,"
    "占支出总预算7.9%。(三)卫生健康支出275,373.54元,占支出总预算3.9%。(四)住房保障支出"
    "418,288.92元,占支出总预算5.93%。"
)


# --- claims._consensus_total: the shares' total is a value, not last year's figure ----------------


def test_shares_of_an_unnamed_total_are_not_read_against_last_year_s_figure() -> None:
    # The four shares fit 7,057,486.18 (5806105.16 / 7057486.18 = 82.2687% -> 82.27;
    # 557718.56 -> 7.9025% -> 7.9; 275373.54 -> 3.9019% -> 3.9; 418288.92 -> 5.9269% -> 5.93),
    # but that is last year's figure here; this year's 7,500,000.00 fits none (77.41%, 7.44%,
    # 3.67%, 5.58%), so no share is claimed. 7,500,000.00 - 7,057,486.18 = 442,513.82.
    text = (
        _SHARES + "2023年财政拨款收支总预算7,500,000.00元,比上年的7,057,486.18元增加442,513.82元。"
    )
    assert claim_rows(text) == [
        ("difference", "442,513.82元", "agrees", "442513.82", ["7,057,486.18元", "7,500,000.00元"])
    ]
    assert findings(text) == []


def test_shares_of_an_unnamed_total_are_read_against_this_year_s_figure_they_fit() -> None:
    # the same figures the other way round: 7,057,486.18 is this year's, so the shares are of it
    # (the same four percentages as above); 7,500,000.00 - 7,057,486.18 = 442,513.82
    text = (
        _SHARES + "2023年财政拨款收支总预算7,057,486.18元,比上年的7,500,000.00元减少442,513.82元。"
    )
    total = "7,057,486.18元"
    assert claim_rows(text) == [
        ("share", "82.27%", "agrees", "82.27", ["5,806,105.16元", total]),
        ("share", "7.9%", "agrees", "7.9", ["557,718.56元", total]),
        ("share", "3.9%", "agrees", "3.9", ["275,373.54元", total]),
        ("share", "5.93%", "agrees", "5.93", ["418,288.92元", total]),
        # the four items, one a sentence, their shares adding up to 100: a breakdown of the
        # total (claims._share_breakdowns, nineteenth round), 5806105.16 + 557718.56 +
        # 275373.54 + 418288.92 = 7057486.18
        (
            "sum",
            total,
            "agrees",
            "7057486.18",
            ["5,806,105.16元", "557,718.56元", "275,373.54元", "418,288.92元"],
        ),
        ("difference", "442,513.82元", "agrees", "442513.82", ["7,500,000.00元", total]),
    ]


# --- claims._item: a standard part named with 支出 for 费, or without its 支出 --------------------


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # 人员支出 and 公用支出 are 人员费 and 公用费, all of 基本支出: 30.12 + 10.08 = 40.20,
        # not 50.25
        (
            "2024年基本支出预算较2023年增加50.25万元,主要是人员支出预算增加30.12万元,"
            "公用支出预算增加10.08万元。",
            [("change-sum", "50.25万元", "disagrees", "40.20", ["30.12万元", "10.08万元"])],
        ),
        # 基本经费 and 项目经费 are 基本支出 and 项目支出, all of 支出: 39.39 + 81.78 = 121.17,
        # not 130.95
        (
            "2024年支出预算较2023年增加130.95万元,主要是基本经费预算增加39.39万元,"
            "项目经费预算增加81.78万元。",
            [("change-sum", "130.95万元", "disagrees", "121.17", ["39.39万元", "81.78万元"])],
        ),
    ],
    ids=["personnel-and-public-of-basic", "basic-and-project-of-spending"],
)
def test_main_items_named_like_all_the_standard_parts_of_the_total_must_add_up(
    text: str, rows: BriefRows
) -> None:
    # the main items (主要是) may fall short of the total, but not when they are the whole of a
    # standard breakdown of it: then the shortfall is a (weak) disagreement
    assert claim_rows(text) == rows
    (row,) = findings(text)
    assert row[0] == "arithmetic.change-sum"
    assert row[4].startswith(f"the total change is printed as {rows[0][1]}, but its parts add up")


# --- claims._share_of_other: a placeholder name (XX税) owns the share after it -------------------


def test_a_share_owned_by_a_placeholder_named_part_marks_it_a_sub_part() -> None:
    # XX税 is said to be 54.4% of 全部税收 (49.1 / 90.24 = 54.41%): a part of 税收收入, so
    # 90.24 + 49.1 = 139.34 is no sum against 130.23 (nor 6.5 + 5 = 11.5 against 2.5);
    # 6.5 / (90.24 + 6.5) = 6.72%, which rounds to 6.7
    text = (
        "全市一般公共预算收入完成130.23亿元,较上年减收2.5亿元。其中:税收收入完成90.24亿元,"
        "较上年减收6.5亿元,下降6.7%;税收比重排全省13位。XX税完成49.1亿元,较上年减收5亿元,"
        "XX税占全部税收的比重为54.4%。"
    )
    assert [(kind, status, computed) for kind, _, status, computed, _ in claim_rows(text)] == [
        ("change-rate", "agrees", "6.7"),
        ("share", "agrees", "54.4"),
    ]
    assert findings(text) == []
