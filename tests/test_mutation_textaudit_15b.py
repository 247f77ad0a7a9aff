"""The fifteenth round of tests that kill the text audit's mutants (issue 10, Deliver 7), part b.

Written for survivors of seed 29 (scripts/mutation_score.py textaudit --sample 300 --seed 29):
a 收支结余 with money in but none out (claims._net_balances, mutant 69), the signs of the
reading of what is left once a part is taken out (_net_figures, 27), a heading's amount in
brackets not at its end (_outline_lists, 118), a part's own 同比 rate before its breakdown
(_own_share_after, 18), three parallel sentences and the ones after them (_parallel_subjects,
91), a share printed after its whole and a bracketed figure (_printed_wholes, 19), a total at the
very end of the text (_uses_named, 9), a whole printed in 亿元 before a part in 万元
(_whole_before, 62), a competing reading of a total whose breakdown after it adds up (_dedupe,
77), a bracketed 单价 that is not right after its count (_products, 21) and a 均价 whose owner
has a name of two characters (_count_and_total_after, 38). One survivor read was left:
_indicator_weights's mutant 79 (the early skip of a table line by "(no 值/重 before a header)
or (no 分 before a level)" made "and") changes no result: every name of a 分值 column holds 值
or 重 and every name of a 得分 column and every level's head holds 分, so each line the mutant
no longer skips is skipped a few lines further on all the same. Each expected value is worked
out by hand.
"""

from __future__ import annotations

import pytest

from budgetperf.textaudit import audit_text, claims
from budgetperf.textaudit.facts import read_facts


def _claims(text: str) -> list[tuple[str, str, str, list[str]]]:
    """Each claim's kind, status, printed figure and input figures, as printed."""
    return [
        (c.kind, c.status.value, c.printed, [f.q.text for f in c.claim.inputs])
        for c in audit_text(text).claims
    ]


# --- claims._net_balances: a 收支结余 is the money in less the money out printed before it ---


def test_a_balance_after_money_in_but_none_out_is_no_claim() -> None:
    # 380,869 − 379,347 = 1,522: both sides printed, a balance claim
    assert _claims(
        "一般公共预算财政总收入380,869万元,增长5%。一般公共预算财政总支出379,347万元。"
        "当年收支结余1,522万元。"
    ) == [("balance", "agrees", "1522", ["380,869万元", "379,347万元"])]
    # only the money in is printed before the 收支结余: no side to take out, no claim (and no
    # failure looking for one)
    audit = audit_text("2023年基金收入100万元,主要为保险费收入。当年收支结余20万元。")
    assert audit.claims == ()
    assert audit.findings == ()


# --- claims._net_figures: what is left once a part is taken out (剔除) ---


def test_what_is_left_once_a_part_is_taken_out_is_read_as_a_signed_difference() -> None:
    # 171,697 − 71,238 = 100,459
    audit = audit_text(
        "一般公共预算收入完成171,697万元,剔除上划市级收入71,238万元,"
        "区本级一般公共预算收入完成100,459万元。"
    )
    assert [(c.kind, c.status.value, str(c.computed)) for c in audit.claims] == [
        ("difference", "agrees", "100459")
    ]
    (reading,) = audit.claims[0].claim.readings
    assert reading.name == "the figure less what is taken out"
    assert [q.text for q in reading.inputs] == ["171,697万元", "71,238万元"]
    # the figure added, what is taken out subtracted: a linear reading with its signs
    assert reading.signs == (1, -1)


# --- claims._outline_lists: a heading's amount in brackets at its end ---


def test_a_headings_bracketed_amount_is_its_total_only_at_the_headings_end() -> None:
    items = "\n(一)支持产业发展2993.7万元;\n(二)易地扶贫搬迁1050万元;\n(三)其他60万元。"
    # "一、中央财政衔接资金(5273万元)": the heading's amount, the items' total (2993.7 + 1050 +
    # 60 = 4103.7, printed 5273: a warning, the structure inferred)
    assert _claims("一、中央财政衔接资金(5273万元)" + items) == [
        ("sum", "disagrees", "5273", ["2993.7万元", "1050万元", "60万元"])
    ]
    # words after the bracket: the bracketed figure is a remark of the heading, not its total
    assert _claims("一、中央财政衔接资金(5273万元)安排情况" + items) == []


# --- claims._own_share_after: a part's own share, rate or completion right after it ---


@pytest.mark.parametrize(
    ("remark", "label"),
    [
        ("同比增长10%", "同比增长"),
        ("占全年支出的32.26%", "占全年支出的"),
        ("比上年增长10%", "比上年增长"),
    ],
    ids=["rate-tongbi", "share", "rate-bishangnian"],
)
def test_a_parts_own_rate_or_share_right_after_it_is_its_remark(remark: str, label: str) -> None:
    doc = read_facts(
        f"全年支出310万元,其中基本支出100万元,{remark},包括人员经费60万元、公用经费40万元,"
        "项目支出210万元。"
    )
    s = doc.sentences[0]
    total, part, rate = s.facts[:3]
    own = claims._own_share_after(s, part)
    assert own is rate
    assert own.label == label
    # the total's next figure is an amount, no remark of it
    assert claims._own_share_after(s, total) is None


def test_a_parts_rate_said_otherwise_is_no_remark_of_it() -> None:
    # "下降10%" opens with none of 占, 同比, 比上年, 较上年, 完成
    doc = read_facts("全年支出310万元,其中基本支出100万元,下降10%,包括人员经费60万元。")
    s = doc.sentences[0]
    assert claims._own_share_after(s, s.facts[1]) is None


# --- claims._parallel_subjects: sentences whose subjects share a name ---


def test_parallel_sentences_read_as_a_breakdown_are_not_read_again_from_their_second() -> None:
    # 全市 = 全县 + 全镇 (60 + 40 = 100): the three share 一般公共预算收入. The two after them
    # share only 预算收入 with 全镇…, and a group from 全镇 (its third) would read 40 as
    # 25 + 10: the sentences of a breakdown are passed over, not read again
    assert _claims(
        "全市一般公共预算收入100亿元。全县一般公共预算收入60亿元。全镇一般公共预算收入40亿元。"
        "全镇政府性基金预算收入25亿元。全镇国有资本经营预算收入10亿元。"
    ) == [("sum", "agrees", "100", ["60亿元", "40亿元"])]


# --- claims._printed_wholes: an amount, 占 its whole printed with its figure, then the share ---


def test_a_share_after_its_whole_is_of_the_amount_at_the_wholes_depth() -> None:
    # 占全部支出500万元的8% follows 项目支出100万元, not the 40万元 in brackets: 100 / 500 = 20%,
    # not 8%
    audit = audit_text("2023年项目支出100万元(其中专项经费40万元),占全部支出500万元的8%。")
    assert [(c.kind, c.status.value, c.printed, str(c.computed)) for c in audit.claims] == [
        ("share", "disagrees", "8", "20")
    ]
    assert [f.q.text for f in audit.claims[0].claim.inputs] == ["100万元", "500万元"]
    assert [(f.code, f.severity.value) for f in audit.findings] == [("arithmetic.share", "error")]


# --- claims._uses_named: a total whose own sentence names what it holds ---


def test_a_total_named_by_its_uses_and_one_at_the_texts_end() -> None:
    doc = read_facts(
        "安排彩票公益金61335.61万元,用于举办全国综合性运动会、支援西部省区竞技体育发展等。"
    )
    assert claims._uses_named(doc, doc.sentences[0].facts[-1])
    # the text ends right after the figure: nothing after it, no names
    doc = read_facts("安排彩票公益金61335.61万元")
    assert not claims._uses_named(doc, doc.sentences[0].facts[-1])


# --- claims._whole_before: a bare share of the larger amount before it in its sentence ---


def test_a_bare_share_is_of_a_larger_amount_before_it_printed_in_another_unit() -> None:
    # 1.78亿元 is 17800万元, larger than 6256.3万元: 6256.3 / 17800 = 35.147% → 35.15 (a weak
    # reading)
    assert _claims("2023年全县支出1.78亿元,以教育支出6256.3万元占35.15%最高。") == [
        ("share", "agrees", "35.15", ["6256.3万元", "1.78亿元"])
    ]


# --- claims._dedupe: a competing reading of a total whose breakdown after it adds up ---


def test_a_total_whose_breakdown_adds_up_drops_the_weak_reading_of_the_figures_before() -> None:
    # 3000 + 3500 = 6500: the 总收入's breakdown after it adds up; read as the income before
    # it and what is added (4402 + 1884 + 60 = 6346) it would not, a competing reading dropped
    audit = audit_text(
        "全镇一般公共预算收入4402万元,加上级转移支付收入1884万元,上年结转结余60万元,"
        "一般公共预算总收入为6500万元。其中:\n——税收收入3000万元,增长40.78%;\n"
        "——非税收入3500万元,下降2%。"
    )
    assert [
        (c.kind, c.status.value, c.printed, [f.q.text for f in c.claim.inputs])
        for c in audit.claims
    ] == [("sum", "agrees", "6500", ["3000万元", "3500万元"])]
    assert audit.findings == ()


# --- claims._products: a count, a price per unit and a total after them ---


def test_a_price_per_unit_is_of_a_count_before_it() -> None:
    # 3 × 25 = 75
    assert _claims("购置公务用车3辆,单价25万元,合计75万元。") == [
        ("product", "agrees", "75", ["3辆", "25万元"])
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the bracketed 单价 is the 设备's, not right after the count of cars
        "购置公务用车3辆,另购置设备(单价25万元),合计80万元。",
        # right after an amount, not a count: the 单价 in brackets is a remark of the 预算
        "购置公务用车3辆,预算80万元(单价25万元),合计80万元。",
    ],
    ids=["after-a-count-not-right-after", "right-after-an-amount"],
)
def test_a_bracketed_price_is_a_unit_price_only_right_after_its_count(text: str) -> None:
    assert _claims(text) == []


# --- claims._count_and_total_after: a 均价 printed before its count and total ---


def test_an_average_price_finds_its_count_and_total_under_an_owner_of_two_characters() -> None:
    # "我局" is named again in the next paragraph: 112.23 / 3 = 37.41 (a weak reading)
    assert _claims(
        "我局购车均价为37.41万元,符合配置标准。\n2012年我局共购置公务用车3辆,购置费支出112.23万元。"
    ) == [("ratio", "agrees", "37.41", ["112.23万元", "3辆"])]
