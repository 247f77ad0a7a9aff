"""The twelfth round of tests that kill the text audit's mutants (issue 10, Deliver 7), part b.

Written for survivors of seeds 23 and 24 (scripts/mutation_score.py textaudit --sample 300 --seed
23 and --seed 24). Each test states by hand what a user of the audit sees.
"""

from __future__ import annotations

import pytest

from budgetperf.textaudit import audit_text

# --- claims._implausible_prior: a printed prior a hundred times (or more) off is no base ---------


def test_a_prior_exactly_a_hundred_times_the_implied_one_is_not_checked() -> None:
    # 80 + 20 = 100 and 80 − 20 = 60: 10000 = 100 × 100 (and more than 100 × 60), a misprint
    audit = audit_text("2023年支出80万元,比上年10000万元减少20万元。")
    assert audit.claims == ()
    assert audit.findings == ()


def test_a_prior_just_under_a_hundred_times_the_implied_one_is_checked() -> None:
    # 9999 < 100 × 100: a base after all; 9999 − 80 = 9919, not 20
    audit = audit_text("2023年支出80万元,比上年9999万元减少20万元。")
    assert [(c.claim.kind, c.status.value, c.computed) for c in audit.claims] == [
        ("difference", "disagrees", "9919")
    ]
    assert [(f.code, f.message_en) for f in audit.findings] == [
        (
            "arithmetic.change-amount",
            "the difference is printed as 20万元, but prior − current from 9999万元, 80万元 = "
            "9919, which rounds to 9919万元",
        )
    ]


# --- claims._itemised_lists: the lines after a heading that names a total, closed by 其他 -------


def test_the_items_after_a_heading_of_their_own_add_up_to_the_total_before_it() -> None:
    # 124.6 + 50 + 8.9 = 183.5, not 283.5 (inferred from the shape: a warning's wording)
    audit = audit_text(
        "全省税收收入283.5亿元。主要税收收入项目情况:\n1.国内增值税124.6亿元。\n"
        "2.企业所得税50亿元。\n3.环境保护税、车船税等其他税收收入8.9亿元。"
    )
    assert [(c.claim.kind, c.status.value, c.computed) for c in audit.claims] == [
        ("sum", "disagrees", "183.5")
    ]


def test_a_heading_that_prints_a_figure_itself_opens_no_itemised_list() -> None:
    # the same lines, but 情况: closes the sentence of the total's figure, not a heading line
    audit = audit_text(
        "全省税收收入283.5亿元,主要税收收入项目情况:\n1.国内增值税124.6亿元。\n"
        "2.企业所得税50亿元。\n3.环境保护税、车船税等其他税收收入8.9亿元。"
    )
    assert audit.claims == ()
    assert audit.findings == ()


# --- claims._printed_wholes: 占 a plan printed with its figure, then 的 N%: a completion rate ----


def test_a_share_of_a_plan_named_at_length_is_a_completion_rate() -> None:
    # 82876 / 75000 = 1.105013…: 110.5%, not 100.5%
    audit = audit_text("完成82876万元,占全县收入计划75000万元的100.5%。")
    found = [(c.claim.kind, c.status.value, c.computed) for c in audit.claims]
    assert ("completion", "disagrees", "110.5") in found
    assert (
        "arithmetic.completion-rate",
        "the completion rate is printed as 100.5%, but 82876万元 / 75000万元 = 110.5013%, "
        "which rounds to 110.5%",
        "完成比例印为100.5%，但82876万元÷75000万元=110.5013%，四舍五入为110.5%",
    ) in [(f.code, f.message_en, f.message_zh) for f in audit.findings]


# --- claims._bracketed_total: parts that add up to the bracketed figure after the total ---------


def test_parts_of_the_bracketed_figure_are_an_uncertain_sum_in_the_json() -> None:
    # 6.64 + 1.99 = 8.63 (the bracket's parts); 4.89 + 1.75 = 6.64 (the 本金, not the 8.63): the
    # second list's total is inferred, so its claim is reported as not certain (false, not null)
    audit = audit_text(
        "本息8.63亿元(本金6.64亿元,利息1.99亿元)。其中:再融资债券偿还4.89亿元,预算资金偿还1.75亿元。"
    )
    assert [(c.claim.kind, c.status.value, c.computed) for c in audit.claims] == [
        ("sum", "agrees", "8.63"),
        ("sum", "agrees", "6.64"),
    ]
    assert [c.to_dict()["certain"] for c in audit.claims] == [True, False]


# --- claims._elapsed_months: "2月份" alone is the month's own figures (one twelfth) -------------


def test_a_cumulative_word_seven_characters_before_the_month_is_not_its_own() -> None:
    # 累计 heads the line, seven characters before 2月份 (the look back is six): the month's
    # own figures, 1/12 = 8.33%; 8.33 − 5.39 = 2.94 (with 2/12: 16.67 − 5.39 = 11.28)
    audit = audit_text(
        "累计执行情况,2月份,全县实现一般公共预算收入5682万元,完成预算的5.39%,较均衡进度慢2.94%。"
    )
    assert [(c.claim.kind, c.status.value, c.computed) for c in audit.claims] == [
        ("points", "agrees", "2.94")
    ]
    assert audit.findings == ()


# --- claims._from_to_rate: a rate after 增加到 a level from a printed prior ---------------------


def test_a_rate_after_a_level_reached_from_the_printed_prior_is_checked() -> None:
    # 27100.44 / 24586.43 = 1.10225…: 10.23%, not 12.23%
    audit = audit_text("普通高中由上年的24586.43元增加到27100.44元,增长12.23%。")
    assert [(c.claim.kind, c.status.value, c.computed) for c in audit.claims] == [
        ("change-rate", "disagrees", "10.23")
    ]
    assert [f.code for f in audit.findings] == ["arithmetic.change-rate"]


def test_a_rate_after_a_level_reached_from_a_figure_not_named_a_prior_is_not_checked() -> None:
    # the first figure is the 经费 (no 上年, no 由): nothing says it is the level before
    audit = audit_text("普通高中经费24586.43元,增加到27100.44元,增长12.23%。")
    assert audit.claims == ()
    assert audit.findings == ()


# --- claims._consensus_total: the figure the shares of an unprinted name agree on --------------

_EIGHT_SHARES = (
    "本年财政拨款收支总预算1000万元。甲项目支出100万元,占支出总预算10%;乙项目支出200万元,"
    "占支出总预算20%;丙项目支出50万元,占支出总预算{}%;丁项目支出60万元,占支出总预算{}%;"
    "戊项目支出70万元,占支出总预算{}%;己项目支出80万元,占支出总预算{}%;庚项目支出90万元,"
    "占支出总预算11%;辛项目支出110万元,占支出总预算12%。"
)


def test_six_shares_in_eight_agreeing_on_a_figure_make_it_their_total() -> None:
    # of 1000: 100 → 10%, 200 → 20%, 50 → 5%, 60 → 6%, 70 → 7%, 80 → 8% fit; 90 → 9% and
    # 110 → 11% do not: six of eight (one in four misprinted) is enough
    audit = audit_text(_EIGHT_SHARES.format(5, 6, 7, 8))
    assert [(c.claim.kind, c.status.value, c.computed) for c in audit.claims] == [
        ("share", "agrees", "10"),
        ("share", "agrees", "20"),
        ("share", "agrees", "5"),
        ("share", "agrees", "6"),
        ("share", "agrees", "7"),
        ("share", "agrees", "8"),
        ("share", "disagrees", "9"),
        ("share", "disagrees", "11"),
    ]
    assert [f.message_en for f in audit.findings] == [
        "the share is printed as 11%, but 90万元 / 1000万元 = 9%, which rounds to 9% (read as: "
        "of 1000万元; the structure was inferred, so check it)",
        "the share is printed as 12%, but 110万元 / 1000万元 = 11%, which rounds to 11% (read "
        "as: of 1000万元; the structure was inferred, so check it)",
    ]


def test_two_shares_in_eight_agreeing_on_a_figure_do_not_make_it_their_total() -> None:
    # of 1000 only 10% and 20% fit (50 → 5% printed 7%, 60 → 6% printed 8%, …): two of eight
    # shares do not name the total, and nothing is claimed
    audit = audit_text(_EIGHT_SHARES.format(7, 8, 9, 10))
    assert audit.claims == ()
    assert audit.findings == ()


# --- claims._gather: an item opening with this one's word (用于) is a sibling, not a breakdown --


def test_an_item_opening_with_the_same_word_and_a_colon_is_a_sibling() -> None:
    # 用于…30万元, then 用于:…196.21万元 (the word with a colon after it): two parts of one
    # list, 30 + 196.21 = 226.21
    audit = audit_text(
        "专项资金226.21万元,其中:用于举办赛事30万元,用于:资助后备人才培养196.21万元。"
    )
    assert [(c.claim.kind, c.status.value, c.computed) for c in audit.claims] == [
        ("sum", "agrees", "226.21")
    ]
    assert audit.findings == ()


# --- claims._parallel_subjects: sentences whose subjects share a name break the first down -----


def test_parallel_sentences_followed_by_one_without_a_figure_are_still_a_breakdown() -> None:
    # 188 + 80.6 + 158.9 = 427.5 (the sentence of words after them only ends the group)
    audit = audit_text(
        "来自海口的一般公共预算收入427.5亿元。中央级一般公共预算收入188亿元。省级一般公共预算收入"
        "80.6亿元。我市地方一般公共预算收入158.9亿元。收入保持平稳增长。"
    )
    assert [(c.claim.kind, c.status.value, c.computed) for c in audit.claims] == [
        ("sum", "agrees", "427.5")
    ]
    assert audit.findings == ()


# --- claims._plus_totals: a figure, then 连同/加上 more figures, then their total ---------------


def test_the_figure_printed_right_after_liantong_is_one_of_the_added() -> None:
    # 连同 is followed at once by 20万元: 100 + 20 + 5 = 125 (without the 20: 105)
    audit = audit_text("本级收入100万元,连同20万元、上年结余5万元,总收入125万元。")
    assert [(c.claim.kind, c.status.value, c.computed) for c in audit.claims] == [
        ("sum", "agrees", "125")
    ]
    assert audit.findings == ()


def test_the_figures_added_with_liantong_that_miss_the_total_are_reported() -> None:
    # 100 + 20 + 5 = 125, not 130 (inferred from the shape: "check it")
    audit = audit_text("本级收入100万元,连同20万元、上年结余5万元,总收入130万元。")
    assert [(f.code, f.message_en) for f in audit.findings] == [
        (
            "arithmetic.breakdown-sum",
            "the total is printed as 130万元, but its parts add up to 125万元: 100万元 + 20万元 + "
            "5万元 (read as: the figure and what is added to it; the structure was inferred, so "
            "check it)",
        )
    ]


# --- claims._side_total: "收入包括:" alone breaks down the 收支 total before it ------------------


def test_a_side_list_breaks_down_the_two_sided_total_before_it() -> None:
    # 收入: 300 + 172.27 = 472.27; 支出: 300 + 172.27 = 472.27 (both sides of the 收支 total)
    audit = audit_text(
        "2020年收支总预算472.27万元。收入包括:财政拨款300万元,其他收入172.27万元;支出包括:"
        "基本支出300万元,项目支出172.27万元。"
    )
    assert [(c.claim.kind, c.status.value, c.computed) for c in audit.claims] == [
        ("sum", "agrees", "472.27"),
        ("sum", "agrees", "472.27"),
    ]


def test_a_list_of_a_named_income_after_a_comma_is_no_side_of_the_total() -> None:
    # "本年,财政拨款收入包括:": after the comma a named income, not the bare side 收入; its
    # parts (300 + 172.27 = 472.27 though they are) are not read as the 收支 total's
    audit = audit_text(
        "2020年收支总预算472.27万元。本年,财政拨款收入包括:基本支出拨款300万元,项目支出拨款"
        "172.27万元。"
    )
    assert audit.claims == ()
    assert audit.findings == ()


# --- claims._whole_before: a bare share's whole is a larger amount up to twelve figures back ----

_PLACES = (
    "学校",
    "医院",
    "道路",
    "桥梁",
    "水库",
    "公园",
    "广场",
    "车站",
    "社区",
    "村庄",
    "企业",
    "园区",
)


def _share_after_counts(n: int) -> str:
    counts = ",".join(f"{name}{k}个" for k, name in enumerate(_PLACES[:n], start=1))
    return f"全县一般公共预算支出1000万元,覆盖{counts},教育支出350万元,占35%。"


def test_a_bare_share_is_of_the_larger_amount_twelve_figures_back() -> None:
    # 11 counts between: 1000万元 is the twelfth figure before 350万元; 350 / 1000 = 35%
    audit = audit_text(_share_after_counts(11))
    assert [(c.claim.kind, c.status.value, c.computed) for c in audit.claims] == [
        ("share", "agrees", "35")
    ]


def test_a_bare_share_is_not_of_an_amount_thirteen_figures_back() -> None:
    # 12 counts between: 1000万元 is the thirteenth figure back, past the look back
    audit = audit_text(_share_after_counts(12))
    assert audit.claims == ()
    assert audit.findings == ()


# --- claims._bracket_parts: the bracketed figures after a figure, all of its dimension ---------


def test_brackets_that_mix_money_and_a_count_break_nothing_down() -> None:
    # 3558.83 + 10785 = 14343.83 (the items); the brackets hold 资金 and a count of 项目: no
    # breakdown of the money by name (9504.83万元 + 12个 adds nothing up)
    audit = audit_text(
        "(一)安排产业发展项目资金14343.83万元。(其中:中央财政衔接资金9504.83万元、项目12个)。\n"
        "1、项目甲3558.83万元(其中:中央财政衔接资金2825万元、项目5个)。\n"
        "2、项目乙10785万元(其中:中央财政衔接资金6679.83万元、项目7个)。"
    )
    assert [(c.claim.kind, c.status.value, c.computed) for c in audit.claims] == [
        ("sum", "agrees", "14343.83")
    ]
    assert audit.findings == ()


# --- claims._grand_totals: 收入总计 = 本年收入合计 + 年初结转和结余, up to the next 收入总计 -----


def test_a_grand_total_before_another_statements_total_is_still_checked() -> None:
    # 700 + 90 = 790, not 800; the 2022 收入总计 only ends the 2021 statement's figures
    audit = audit_text(
        "2021年度收入总计800万元。\n本年收入合计700万元。\n年初结转和结余90万元。\n"
        "2022年度收入总计900万元。"
    )
    assert [(c.claim.kind, c.status.value, c.computed) for c in audit.claims] == [
        ("sum", "disagrees", "790")
    ]
    assert [(f.code, f.message_en) for f in audit.findings] == [
        (
            "arithmetic.breakdown-sum",
            "the total is printed as 800万元, but its parts add up to 790万元: 700万元 + 90万元 "
            "(read as: the 合计 and what is carried; the structure was inferred, so check it)",
        )
    ]


# --- claims._named_before: a change's figure of its name, printed in the sentences before -----


def test_a_changes_figure_is_the_one_of_its_name_before_it_not_a_nearer_one_after() -> None:
    # 1.63 / (25.51 − 1.63) = 1.63 / 23.88 = 6.83%: 6.8 agrees; the 非税收入50亿元 printed after
    # the change (nearer by figures) is not its figure (1.63 / 48.37 = 3.4%)
    audit = audit_text(
        "非税收入累计完成25.51亿元,税收收入40亿元,增长5%,土地收入3亿元。上半年非税收入同比增收"
        "1.63亿元,增长6.8%。非税收入50亿元。"
    )
    assert [(c.claim.kind, c.status.value, c.computed) for c in audit.claims] == [
        ("change-rate", "agrees", "6.8")
    ]
    assert audit.findings == ()


# --- claims._trailing_total: "X,加上…A,合计T": the figure X's opening names, printed before -----


def test_a_four_character_opening_before_jiashang_names_its_figure() -> None:
    # 一般支出 (four characters) names 681436万元 of the sentence before, not its head 700000:
    # 681436 + 62580 = 744016, not 744000
    audit = audit_text(
        "本年支出700000万元,一般支出681436万元。一般支出,加上上解支出62580万元,支出共计744000万元。"
    )
    assert [(c.claim.kind, c.status.value, c.computed) for c in audit.claims] == [
        ("sum", "disagrees", "744016")
    ]
    assert [(f.code, f.message_en) for f in audit.findings] == [
        (
            "arithmetic.breakdown-sum",
            "the total is printed as 744000万元, but its parts add up to 744016万元: 681436万元 + "
            "62580万元",
        )
    ]


# --- claims._opened_breakdowns: "按…分:" items, each a figure of the sentence before's ---------


def test_items_after_an_opener_ending_in_fen_break_down_the_sentence_before() -> None:
    # 按单位性质分 (no 看 in the text): 4347.5 + 9474.6 = 13822.1; 1143.8 + 1837.6 = 2981.4;
    # 3203.7 + 7637 = 10840.7; and each 净资产 = 资产 − 负债: 13822.1 − 2981.4 = 10840.7,
    # 4347.5 − 1143.8 = 3203.7, 9474.6 − 1837.6 = 7637
    audit = audit_text(
        "资产总额13822.1亿元,负债总额2981.4亿元,净资产总额10840.7亿元。按单位性质分:行政单位资产总额"
        "4347.5亿元,负债总额1143.8亿元,净资产总额3203.7亿元;事业单位资产总额9474.6亿元,负债总额"
        "1837.6亿元,净资产总额7637亿元。"
    )
    assert [(c.claim.kind, c.status.value, c.computed) for c in audit.claims] == [
        ("sum", "agrees", "13822.1"),
        ("sum", "agrees", "2981.4"),
        ("difference", "agrees", "10840.7"),
        ("sum", "agrees", "10840.7"),
        ("difference", "agrees", "3203.7"),
        ("difference", "agrees", "7637"),
    ]
    assert audit.findings == ()


# --- claims._outline_lists: numbering that starts again under a heading, at its own level ------


def test_items_numbered_again_at_the_headings_level_up_to_the_last_line_break_it_down() -> None:
    # "二、…718.41万元" then "一、其他支出718.41万元", the text's last line: the numbering starts
    # again under the heading and closes with a catch-all, so it is all of the figure: 718.41
    audit = audit_text("二、本级分配使用彩票公益金718.41万元。\n一、其他支出718.41万元。")
    assert [(c.claim.kind, c.status.value, c.computed) for c in audit.claims] == [
        ("sum", "agrees", "718.41")
    ]


# --- claims._across_heading: items under a heading without figures, of the sentence before ----


def test_a_figure_whose_items_follow_a_heading_is_not_also_given_the_sections_after() -> None:
    # 支出221万元 is broken down under "二、…使用情况": 198 + 23 = 221. The sentence is read then:
    # the sections 三 and 四 after it are not a breakdown of its 收入250万元 (200 + 40 = 240)
    audit = audit_text(
        "本年彩票公益金收入250万元,支出221万元。\n二、本级彩票公益金使用情况\n(一)群众体育198万元。\n"
        "(二)竞技体育23万元。\n三、上缴资金200万元。\n四、其他支出40万元。"
    )
    assert [(c.claim.kind, c.status.value, c.computed) for c in audit.claims] == [
        ("sum", "agrees", "221")
    ]
    assert audit.findings == ()


# --- claims._earlier_total: parts that miss the figure before 其中 may be an earlier figure's ---


@pytest.mark.parametrize(
    "after",
    [
        "",
        # (a 剔除 elsewhere in the text: the list's parts are looked at again for one taken out)
        "剔除一次性因素后,收入增长5%。",
    ],
)
def test_parts_that_round_to_the_figure_before_their_qizhong_stay_its_parts(after: str) -> None:
    # 8.9 + 11.6 + 0.01 = 20.51, which rounds to the 净资产's 20.5: its parts, not the 资产总额's
    # (20.51 though it is)
    audit = audit_text(
        "资产总额20.51万亿元,净资产20.5万亿元,其中,行政单位8.9万亿元,事业单位11.6万亿元,"
        "企业0.01万亿元。" + after
    )
    assert [
        (c.claim.kind, c.status.value, c.computed, c.claim.printed.q.text) for c in audit.claims
    ] == [("sum", "agrees", "20.5", "20.5万亿元")]
