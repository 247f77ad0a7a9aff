"""The twelfth round of tests that kill the text audit's mutants (issue 10, Deliver 7).

Written for survivors of seeds 23 and 24 (scripts/mutation_score.py textaudit --sample 300 --seed
23 and --seed 24), first part. Each test states by hand what a user of the audit sees.
"""

from __future__ import annotations

from budgetperf.textaudit import audit_text

# --- claims._phase_changes: a change between two phases is the difference of their figures ---


def test_a_phase_change_within_the_rounding_of_a_whole_figure_is_a_warning() -> None:
    # 10 − 9.9 = 0.1, printed 0.2; 10 may be 9.5 to 10.5, so the difference is anything from 0
    # (the two may be equal) to 0.65: 0.2 is within the rounding of the figures
    audit = audit_text(
        "因公出国(境)费2010年实际执行数为10万元,2011年预算数为9.9万元。"
        "2011年预算数比上年执行数减少0.2万元。"
    )
    assert [(c.claim.kind, c.status.value, str(c.computed)) for c in audit.claims] == [
        ("difference", "rounding", "0.1")
    ]
    assert [(f.code, f.severity) for f in audit.findings] == [
        ("arithmetic.change-amount", "warning")
    ]


# --- claims._wrong_way: a gap said in words (大于, 小于) pointing away from the figures ---


def test_a_gap_said_larger_between_equal_figures_is_a_wrong_difference_not_a_wrong_word() -> None:
    # 20 − 20 = 0, not 2; 决算数 is not 小于 预算数 (the two are equal): the word is not wrong
    audit = audit_text("2023年预算数20万元,决算数20万元,决算数大于预算数2万元。")
    assert [(c.claim.kind, c.status.value, str(c.computed)) for c in audit.claims] == [
        ("difference", "disagrees", "0")
    ]
    assert [(f.code, f.message_en) for f in audit.findings] == [
        (
            "arithmetic.change-amount",
            "the difference is printed as 2万元, but actual − budget from 20万元, 20万元 = 0, "
            "which rounds to 0万元",
        )
    ]


# --- claims._slipped_current: a figure printed in 元 beside its change in 万元, read in 万元 ---


def test_a_current_figure_printed_in_yuan_is_named_in_wanyuan_in_the_prior() -> None:
    # read as meant, 29.36元 is 29.36万元: the prior is 29.36 + 973.77 = 1003.13 and
    # 973.77 / 1003.13 = 97.0732%, which rounds to 97.07, not 97.08
    audit = audit_text("项目支出29.36元,较2016年度决算数减少973.77万元,下降97.08%。")
    assert [(c.claim.kind, c.status.value, str(c.computed)) for c in audit.claims] == [
        ("change-rate", "disagrees", "97.07")
    ]
    # (the 元 figure in a paragraph of 万元 is noted first, then the rate's disagreement)
    assert [f.code for f in audit.findings] == ["units.yuan-in-wanyuan", "arithmetic.change-rate"]
    assert [(f.code, f.message_en, f.message_zh) for f in audit.findings][1:] == [
        (
            "arithmetic.change-rate",
            "the change rate is printed as 97.08%, but the prior figure is 29.36万元 + 973.77万元 "
            "and 973.77万元 / (29.36万元 + 973.77万元) = 97.0732%, which rounds to 97.07%",
            "增减率印为97.08%，但上年数为29.36万元 + 973.77万元，"
            "973.77万元÷(29.36万元 + 973.77万元)=97.0732%，四舍五入为97.07%",
        )
    ]


# --- claims._consensus_total: the total several shares of an unprinted name agree on ---


def test_a_share_of_zero_among_the_first_two_does_not_stop_the_total_being_found() -> None:
    # 80 / 10000 = 0.8%, 0 / 10000 = 0%, 15 / 10000 = 0.15%, 5 / 10000 = 0.05%: the figure
    # named 收支总预算 is the total of the four shares of 支出总预算 (the 0% implies no total)
    audit = audit_text(
        "(一)教育支出80万元,占支出总预算0.8%。(二)卫生健康支出0万元,占支出总预算0%。"
        "(三)住房保障支出15万元,占支出总预算0.15%。(四)农林水支出5万元,占支出总预算0.05%。"
        "2023年财政拨款收支总预算10000万元。"
    )
    assert [(c.claim.kind, c.status.value, str(c.computed)) for c in audit.claims] == [
        ("share", "agrees", "0.8"),
        ("share", "agrees", "0"),
        ("share", "agrees", "0.15"),
        ("share", "agrees", "0.05"),
    ]
    assert audit.findings == ()


# --- claims._closes_a_run: three or more amounts in a row add up to the total exactly ---


def test_two_fitting_shares_of_four_without_a_run_adding_up_to_it_find_no_total() -> None:
    # 80 and 10 of 100 fit 80.00% and 10.00%; 6 and 3 do not fit 5.00% and 2.00%; no three
    # amounts in a row add up to 100.00 (80 + 10 + 6 = 96, 10 + 6 + 3 = 19, all four 99): two
    # shares of four are not enough to take 100.00 as their total, and nothing is claimed
    audit = audit_text(
        "(一)教育支出80.00万元,占支出总预算80.00%。(二)卫生健康支出10.00万元,占支出总预算10.00%。"
        "(三)住房保障支出6.00万元,占支出总预算5.00%。(四)农林水支出3.00万元,占支出总预算2.00%。"
        "2023年财政拨款收支总预算100.00万元。"
    )
    assert audit.claims == ()
    assert audit.findings == ()


# --- claims._named_alike: one subject is the other with its body's name before it ---


def test_a_fund_named_in_both_subjects_does_not_part_the_body_s_figure_from_its_own() -> None:
    # 全区政府性基金支出 is 政府性基金支出 with 全区 before it (no other fund in 全区):
    # 123.9 − 118.1 = 5.8, not 6.8
    audit = audit_text(
        "2022年政府性基金支出118.1万元。2021年全区政府性基金支出123.9万元。"
        "政府性基金支出较上年减少6.8万元。"
    )
    assert [(c.claim.kind, c.status.value, str(c.computed)) for c in audit.claims] == [
        ("difference", "disagrees", "5.8")
    ]
    assert [(f.code, f.severity, f.message_en) for f in audit.findings] == [
        (
            "arithmetic.change-amount",
            "warning",
            "the difference is printed as 6.8万元, but prior − current from 123.9万元, 118.1万元 "
            "= 5.8, which rounds to 5.8万元 (read as: 2021年 123.9万元; the structure was "
            "inferred, so check it)",
        )
    ]


# --- claims._paired_amount: the change a rate is the rate of, beside it ---


def test_a_rate_after_a_bracket_is_not_paired_with_the_last_change_of_its_sentence() -> None:
    # the sentence opens with a bracket (上级补助 30): before the rate there is no change of its
    # depth, and 支出 增加25万元 at the sentence's end is not the amount of 收入's 10%
    # (25 / (165 − 25) = 17.86% would be a false error)
    audit = audit_text(
        "全年一般公共预算收入165万元。(含上级补助30万元)同比增长10%,完成预算的105%;"
        "全年支出同比增加25万元。"
    )
    assert audit.claims == ()
    assert audit.findings == ()


# --- claims._execution_row / _execution_rows: a 绩效自评表's funding row and its 执行率 ---

_EXECUTION_HEADER = (
    "项目资金\n(万元)\n年初\n预算数\n全年\n预算数\n全年\n执行数\n分值\n执行率\n得分\n"
)


def test_a_funding_row_name_30_characters_before_its_first_figure_is_read() -> None:
    # 年度资金总额 (6 characters) and 24 line breaks: the name starts 30 before 43.2;
    # 37.24 / 43.2 = 86.2037%, which rounds to 86, not 96
    text = _EXECUTION_HEADER + "年度资金总额" + "\n" * 24 + "43.2\n43.2\n37.24\n10\n96%\n9\n"
    audit = audit_text(text)
    assert [(c.claim.kind, c.status.value, str(c.computed)) for c in audit.claims] == [
        ("completion", "disagrees", "86")
    ]
    assert [(f.code, f.severity) for f in audit.findings] == [
        ("arithmetic.completion-rate", "warning")
    ]


def test_a_funding_row_name_31_characters_before_its_first_figure_is_not_read() -> None:
    # one line break more: the name starts 31 before 43.2, beyond the 30 a row's name may be
    text = _EXECUTION_HEADER + "年度资金总额" + "\n" * 25 + "43.2\n43.2\n37.24\n10\n96%\n9\n"
    audit = audit_text(text)
    assert audit.claims == ()
    assert audit.findings == ()


def test_a_funding_row_with_nothing_spent_is_executed_at_0_percent() -> None:
    # 0 / 43.2 = 0%
    text = _EXECUTION_HEADER + "年度资金总额\n43.2\n43.2\n0\n10\n0%\n0\n"
    audit = audit_text(text)
    assert [(c.claim.kind, c.status.value, str(c.computed)) for c in audit.claims] == [
        ("completion", "agrees", "0")
    ]
    assert audit.findings == ()


# --- claims._head_before: the head of the sentence before, for a sentence of a prior only ---


def test_a_printed_prior_after_a_sentence_of_a_rate_only_has_no_figure_to_check() -> None:
    # 2471.22 + 701.95 = 3173.17 is printed nowhere, and the sentence before prints a rate, no
    # amount: nothing can be checked (and nothing fails)
    audit = audit_text("收入增长10%。收入较2019年预算2471.22万元增加701.95万元。")
    assert audit.claims == ()
    assert audit.findings == ()


# --- claims._rates_after_changes: 分别 rates after as many changes, each of its own figure ---


def test_a_change_s_figure_is_looked_for_before_it_though_figures_after_are_nearer() -> None:
    # 税收收入 100 fell by 25: 25 / (100 + 25) = 20%; the four 税收收入 of the levels printed
    # after the change are nearer to it, but are no figure the change is of
    # (30 + 20 + 10 + 10 + 10 + 10 + 5 + 5 = 100 and 40 + 30 + 20 + 10 = 100 are sums)
    audit = audit_text(
        "2023年税收收入100万元,其中:增值税30万元、企业所得税20万元、个人所得税10万元、资源税10万元、"
        "城市维护建设税10万元、房产税10万元、印花税5万元、契税5万元。"
        "税收收入减少25万元、非税收入减少10万元,分别下降20%、20%。"
        "按级次分,县级税收收入40万元,乡镇税收收入30万元,园区税收收入20万元,其他税收收入10万元。"
    )
    assert [(c.claim.kind, c.status.value, str(c.computed)) for c in audit.claims] == [
        ("sum", "agrees", "100"),
        ("sum", "agrees", "100"),
        ("change-rate", "agrees", "20"),
    ]
    assert audit.claims[2].claim.printed.q.text == "20%"
    assert [c.q.text for c in audit.claims[2].claim.inputs] == ["25万元", "100万元"]
    assert audit.findings == ()


# --- claims._respectively: 分别 amounts, then 分别 their shares, paired by position ---


def test_a_bracketed_amount_after_respective_amounts_is_not_one_of_them() -> None:
    # 60 + 30 + 10 = 100; 60 / 100 = 60%, 30 / 100 = 30%, 10 / 100 = 10% (the 2 of 进口设备,
    # in a bracket, is part of 10, not the third amount)
    audit = audit_text(
        "全年政府采购总额100万元。货物、工程、服务采购分别为60万元、30万元和10万元(其中进口设备"
        "2万元),分别占采购总额的60%、30%和10%。"
    )
    assert [(c.claim.kind, c.status.value, str(c.computed)) for c in audit.claims] == [
        ("sum", "agrees", "100"),
        ("share", "agrees", "60"),
        ("share", "agrees", "30"),
        ("share", "agrees", "10"),
    ]
    assert audit.findings == ()


# --- claims._averages: an average is its total over the count printed just before the total ---


def test_an_average_is_over_the_count_not_the_share_printed_after_it() -> None:
    # 50 / 10辆 = 5 (the 5% between the count and the total is no count)
    audit = audit_text("全市公务用车10辆,占全部车辆的5%,运行维护费50万元,平均运行维护费5万元。")
    assert [(c.claim.kind, c.status.value, str(c.computed)) for c in audit.claims] == [
        ("ratio", "agrees", "5")
    ]
    assert [c.q.text for c in audit.claims[0].claim.inputs] == ["50万元", "10辆"]
    assert audit.findings == ()


# --- claims._earlier_total: parts that miss their total may be an earlier figure's, at its level


def test_parts_that_miss_their_total_are_not_a_bracketed_figure_s_before_it() -> None:
    # 70 + 30 = 100, not 105; the 100 of 上年结转 is in a bracket (not at 支出总计's level)
    audit = audit_text(
        "2023年收入总计120万元(其中上年结转100万元),支出总计105万元,其中:基本支出70万元,"
        "项目支出30万元。"
    )
    assert [(c.claim.kind, c.status.value, str(c.computed)) for c in audit.claims] == [
        ("sum", "disagrees", "100")
    ]
    assert [(f.code, f.message_en) for f in audit.findings] == [
        (
            "arithmetic.breakdown-sum",
            "the total is printed as 105万元, but its parts add up to 100万元: 70万元 + 30万元",
        )
    ]


# --- claims._elapsed_months: "2月份累计" counts the months up to it, not the month alone ---


def test_a_cumulative_word_right_after_the_month_counts_the_months_up_to_it() -> None:
    # 累计 after 2月份: two months of twelve, 2/12 = 16.6667%; 16.67 − 10.39 = 6.28
    # (the month alone, 1/12 = 8.33%, would be 2.06 the other way)
    audit = audit_text(
        "全县2月份累计实现一般公共预算收入5682万元,完成预算的10.39%,较均衡进度慢6.28%。"
    )
    assert [(c.claim.kind, c.status.value, str(c.computed)) for c in audit.claims] == [
        ("points", "agrees", "6.28")
    ]
    assert audit.findings == ()


# --- claims._bracketed_shares: "X中,A(P%)": a percentage in brackets is A's share of X ---


def test_an_amount_restated_in_brackets_is_no_share_of_the_whole() -> None:
    # 60 + 40 = 100; 600000元 = 60万元 and 400000元 = 40万元 restate the parts (no share)
    audit = audit_text(
        "2023年支出总额100万元。支出总额中,基本支出60万元(600000元),项目支出40万元(400000元)。"
    )
    assert [(c.claim.kind, c.status.value, str(c.computed)) for c in audit.claims] == [
        ("sum", "agrees", "100"),
        ("conversion", "agrees", "60"),
        ("conversion", "agrees", "40"),
    ]
    assert [f.code for f in audit.findings] == ["units.yuan-in-wanyuan", "units.yuan-in-wanyuan"]


# --- claims._figure_runs: current, prior, change and rate in a line; a fall marked (-) ---


def test_a_fall_marked_after_the_second_figure_alone_reads_the_base_first() -> None:
    # 預算數 8,115,835,000, 決算數 7,870,691,741(-): 8,115,835,000 − 7,870,691,741 =
    # 245,143,259 (the fall, printed without its sign), and 245,143,259 / 8,115,835,000 =
    # 3.0206%, which rounds to 3.02
    audit = audit_text("稅課收入 8,115,835,000 7,870,691,741(-) 245,143,259 3.02")
    assert [(c.claim.kind, c.status.value, str(c.computed)) for c in audit.claims] == [
        ("difference", "agrees", "245143259"),
        ("change-rate", "agrees", "3.02"),
    ]
    assert audit.findings == ()


# --- claims._products: a count, a price per unit and the total named after them ---


def test_a_product_s_total_is_the_figure_named_as_one_not_the_next_amount() -> None:
    # 3 × 25 = 75 (the bracket's 30, last year's price, is no total)
    audit = audit_text("购置公务用车3辆,单价25万元(上年单价30万元),合计75万元。")
    assert [(c.claim.kind, c.status.value, str(c.computed)) for c in audit.claims] == [
        ("product", "agrees", "75")
    ]
    assert audit.claims[0].claim.printed.q.text == "75万元"
    assert audit.findings == ()


# --- claims._share_of_other: a part said to be a share of another total is a sub-part ---


def test_a_share_of_another_total_right_after_the_part_s_change_marks_a_sub_part() -> None:
    # 主体税种 is said to be 54.4% of 全部税收 (49.1 / 90.24 = 54.41%), right after its change:
    # a part of 税收收入, so 90.24 + 49.1 = 139.34 is no sum against 130.23 (nor 6.5 + 5 against
    # 2.5); 6.5 / (90.24 + 6.5) = 6.72%, which rounds to 6.7
    audit = audit_text(
        "全市一般公共预算收入完成130.23亿元,较上年减收2.5亿元。其中:税收收入完成90.24亿元,"
        "较上年减收6.5亿元,下降6.7%;税收比重排全省13位。增值税等主体税种完成49.1亿元,"
        "较上年减收5亿元,主体税种占全部税收的比重为54.4%。"
    )
    assert [(c.claim.kind, c.status.value, str(c.computed)) for c in audit.claims] == [
        ("change-rate", "agrees", "6.7"),
        ("share", "agrees", "54.4"),
    ]
    assert audit.findings == ()


# --- claims._whole_before: a bare share is of the larger amount before it, at depth 0 ---


def test_a_bare_share_is_not_of_a_bracketed_amount_before_it() -> None:
    # 625.63 / 1780.40 = 35.14% (the 1700 in brackets, last year's, is not its whole:
    # 625.63 / 1700 would be 36.80%)
    audit = audit_text(
        "明年度岁出1780.40亿元(上年度1700亿元),以教育科学文化支出625.63亿元占35.14%最高。"
    )
    assert [(c.claim.kind, c.status.value, str(c.computed)) for c in audit.claims] == [
        ("share", "agrees", "35.14")
    ]
    assert [c.q.text for c in audit.claims[0].claim.inputs] == ["625.63亿元", "1780.40亿元"]
    assert audit.findings == ()


# --- claims._gather: an unnumbered paragraph among numbered items goes on with the item ---


def test_an_unnumbered_paragraph_between_numbered_items_is_not_one_more_part() -> None:
    # 300 + 200 = 500: 其他税种 100, a paragraph of its own without a number, is of 税收收入
    # (with it, 300 + 100 + 200 = 600)
    audit = audit_text(
        "一般公共预算收入500万元,其中:\n1.税收收入300万元,其中增值税200万元。\n"
        "其他税种100万元,主要包括房产税。\n2.非税收入200万元。\n"
    )
    assert [(c.claim.kind, c.status.value, str(c.computed)) for c in audit.claims] == [
        ("sum", "agrees", "500")
    ]
    assert [c.q.text for c in audit.claims[0].claim.inputs] == ["300万元", "200万元"]
    assert audit.findings == ()


# --- claims._lists: parts opening a sentence after two totals that they reach neither of ---


def test_parts_after_two_totals_that_add_up_to_neither_disagree_as_a_guess() -> None:
    # 150 + 60 = 210: neither 200 nor 100; the total kept (200) is a guess, so the disagreement
    # is a warning with its structure inferred, not an error
    audit = audit_text(
        "下达一般公共预算资金200万元,政府性基金资金100万元。其中:教育资金150万元,卫生资金60万元。"
    )
    assert [(c.claim.kind, c.status.value, str(c.computed)) for c in audit.claims] == [
        ("sum", "disagrees", "210")
    ]
    assert [(f.code, f.severity, f.message_en) for f in audit.findings] == [
        (
            "arithmetic.breakdown-sum",
            "warning",
            "the total is printed as 200万元, but its parts add up to 210万元: 150万元 + 60万元 "
            "(read as: parts; the structure was inferred, so check it)",
        )
    ]


# --- claims._completions: a completion rate's budget found by name, the nearest two ---


def test_a_completion_rate_is_not_read_against_a_budget_of_the_year_before() -> None:
    # the 2023 budgets: 115 / 100 = 115%, 115 / 105 = 109.52%, neither 95.8%; 2022's 120
    # (115 / 120 = 95.83%) is a third budget of that name, further back, not read
    audit = audit_text(
        "2022年一般公共预算收入预算数120万元。2023年一般公共预算收入年初预算数105万元。"
        "2023年一般公共预算收入调整预算数100万元。2023年一般公共预算收入完成115万元,完成预算的95.8%。"
    )
    assert [(c.claim.kind, c.status.value, str(c.computed)) for c in audit.claims] == [
        ("completion", "disagrees", "115.0")
    ]
    assert [c.q.text for c in audit.claims[0].claim.inputs] == ["115万元", "100万元", "105万元"]
    assert [(f.code, f.severity) for f in audit.findings] == [
        ("arithmetic.completion-rate", "warning")
    ]


# --- claims._totals_before: a figure and the one of another phase nearest before it ---


def test_a_breakdown_after_the_actual_figure_is_not_read_against_the_first_budget() -> None:
    # 70 + 35 = 105, the 决算数 the bracket follows; the 年初预算数 100, two figures before it,
    # is no total of these parts (only the nearest figure of another phase may be)
    audit = audit_text(
        "2023年年初预算数100万元,调整预算数110万元,决算数105万元(其中:基本支出70万元,"
        "项目支出35万元)。"
    )
    sums = [(c.claim.printed.q.text, c.status.value) for c in audit.claims if c.claim.kind == "sum"]
    assert ("105万元", "agrees") in sums
    assert "100万元" not in [total for total, _ in sums]
