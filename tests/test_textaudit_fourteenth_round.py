"""The fourteenth round of fixes (issue 10): forms of real report sentences read wrongly before
(the pages are in tests/corpus/unkeyed, web14-*, where one holds the form)."""

from __future__ import annotations

from budgetperf.textaudit import audit_text
from budgetperf.textaudit.facts import read_facts


def _claims(text: str) -> list[tuple[str, str, str]]:
    return [(c.kind, c.printed, c.status.value) for c in audit_text(text).claims]


def _findings(text: str) -> list[tuple[str, str]]:
    return [(f.code, f.severity.value) for f in audit_text(text).findings]


def test_a_share_after_a_second_qizhong_is_of_the_part_it_breaks_down() -> None:
    # 30 ÷ 50 = 60%: the second 其中 breaks down 项目支出, not the head 100
    text = "2024年度支出总计100万元,其中项目支出50万元,占50%,其中专项业务费30万元,占60%。"
    assert _claims(text) == [("share", "50", "agrees"), ("share", "60", "agrees")]
    assert _findings(text) == []


def test_a_share_after_a_second_qizhong_of_neither_whole_is_only_a_warning() -> None:
    # 70% is neither 30 ÷ 50 (60%) nor 30 ÷ 100 (30%): which whole is meant is a reading
    text = "2024年度支出总计100万元,其中项目支出50万元,占50%,其中专项业务费30万元,占70%。"
    assert _claims(text) == [("share", "50", "agrees"), ("share", "70", "disagrees")]
    assert _findings(text) == [("arithmetic.share", "warning")]


def test_a_share_after_the_heads_own_qizhong_is_still_of_the_head() -> None:
    # one 其中, right after the head: both shares are of 100
    text = "2024年度支出总计100万元,其中项目支出50万元,占50%,基本支出50万元,占50%。"
    assert ("share", "50", "agrees") in _claims(text)
    assert _findings(text) == []


_ITEMS = (
    "项目共3个,共计30万元。具体情况如下:\n"
    "1.理论学习专项。主要用于理论宣讲。安排经费12万元。\n"
    "2.文明创建专项。开展常态化督办检查。安排经费{second}。\n"
    "3.扫黄打非专项。主要用于市场整治。安排经费5万元。"
)


def test_numbered_items_whose_figures_come_later_in_their_lines_add_up_to_the_total() -> None:
    # 12 + 13 + 5 = 30, each item's name alone in its first sentence
    assert _claims(_ITEMS.format(second="13万元")) == [("sum", "30", "agrees")]


def test_numbered_items_whose_figures_come_later_are_an_inferred_list() -> None:
    # 12 + 23 + 5 = 40 against 30: the structure is inferred, so a warning, not an error
    text = _ITEMS.format(second="23万元")
    assert _claims(text) == [("sum", "30", "disagrees")]
    assert _findings(text) == [("arithmetic.breakdown-sum", "warning")]


def test_an_items_later_sentence_of_two_figures_is_not_its_amount() -> None:
    # the second item's later sentence holds two amounts: which is the item's is not said
    text = _ITEMS.format(second="13万元,已支付10万元")
    assert ("sum", "30", "agrees") not in _claims(text)
    assert _findings(text) == []


def test_a_clause_opened_by_jia_qiang_is_an_item_not_a_figure_added() -> None:
    text = "追加预算100万元,包括:提升设备水平60万元;加强宣传力度30万元;开展培训10万元。"
    assert _claims(text) == [("sum", "100", "agrees")]


def test_jia_as_plus_still_adds_a_figure_to_those_before() -> None:
    # 加 as plus is taken off the subject; 加强 is the subject's own first word
    doc = read_facts("收入合计100万元;加强化培训专项10万元。")
    assert doc.facts[1].subject == "加强化培训专项"
    doc = read_facts("本年收入100万元,加补助收入20万元,收入总计120万元。")
    assert doc.facts[1].subject == "补助收入"


def test_a_part_with_its_own_share_of_a_whole_is_no_whole_of_a_siblings_share() -> None:
    # (宿州 公共资源交易 2023): 15.69 ÷ 402.38 = 3.90%; 285.92 has its own share of the whole
    text = (
        "总交易额402.38亿元。工程建设项目交易金额285.92亿元,占交易总金额的71.06%,同比下降17.14%。"
        "政府采购项目交易金额15.69亿元,占交易总金额3.90%。"
        "国有产权项目交易金额18.32亿元,占交易总金额的4.55%。"
    )
    assert [f for f in _findings(text) if f[1] == "error"] == []
    assert ("share", "3.90", "disagrees") not in _claims(text)


def test_a_saving_rate_beside_value_added_is_a_reading_and_without_it_certain() -> None:
    # 0.72 ÷ (8.64 + 0.72) = 7.69%, not 16.24%: with 增值 in the sentence, a warning
    with_gain = "成交金额8.64亿元,节约金额0.72亿元,节资率16.24%,增值金额为3385.64万元。"
    assert _findings(with_gain) == [("arithmetic.share", "warning")]
    # without it, the same figures are an error
    plain = "采购成交金额8.64亿元,节约金额0.72亿元,节资率16.24%。"
    assert _findings(plain) == [("arithmetic.share", "error")]


def test_the_money_of_another_level_of_government_is_no_part_of_a_levels_total() -> None:
    text = (
        "中央财政补贴资金120万元,其中58.473万元用于兑付超录资金,下达省级财政补贴资金15万元,"
        "结转省级财政补贴资金5万元。"
    )
    assert _claims(text) == []
    # a total of every level holds each level's money
    text = "全县财政补贴资金100万元,其中中央财政补贴资金60万元,省级财政补贴资金40万元。"
    assert _claims(text) == [("sum", "100", "agrees")]
    # and a part of the total's own level is still a part
    text = "中央财政补贴资金100万元,其中中央财政补贴资金兑付60万元,农机补贴50万元。"
    assert _claims(text) == [("sum", "100", "disagrees")]


def test_a_bare_share_after_tong_qi_is_not_of_the_figure_before_an_earlier_qizhong() -> None:
    # 2035.2 ÷ 3052 = 66.7%: 3052 is the item before, broken down by the 其中 sentence
    text = (
        "机电产品出口3052亿元,占同期出口总值7070.6亿元的43.2%。其中,汽车零配件出口113.7亿元。"
        "同期,劳动密集型产品出口2035.2亿元,占28.8%。"
    )
    assert _claims(text) == [("share", "43.2", "agrees"), ("share", "28.8", "agrees")]
    # with 70% printed, the sibling's whole gives 28.78%: a warning (an inferred whole)
    wrong = text.replace("占28.8%", "占70%")
    assert _findings(wrong) == [("arithmetic.share", "warning")]


_DECLARED = (
    "大连市进出口2742.9亿元。保税物流方式进出口610亿元,增长45.7%,占同期全市进出口总值的{mark}"
    "22.2%。对共建“一带一路”国家进出口1561.7亿元,增长7.7%,占56.9%。其中,对东盟进出口530亿元,"
    "增长54.7%,占{share}%。"
)


def test_bare_shares_after_a_xia_tong_are_of_the_whole_it_declares() -> None:
    # 530 ÷ 2742.9 = 19.32%, not 530 ÷ 1561.7 (33.9%)
    text = _DECLARED.format(mark="(下同)", share="19.3")
    assert ("share", "19.3", "agrees") in _claims(text)
    assert _findings(text) == []
    # a share that fits neither is a warning: the whole is found by a part of its name
    wrong = _DECLARED.format(mark="(下同)", share="25")
    assert ("share", "25", "disagrees") in _claims(wrong)
    assert ("arithmetic.share", "warning") in _findings(wrong)


def test_a_whole_named_with_scope_and_total_word_is_found_without_the_total_word() -> None:
    # 610 ÷ 2742.9 = 22.24%: 全市进出口总值 names 大连市进出口
    assert _claims(
        "大连市进出口2742.9亿元。保税物流方式进出口610亿元,占同期全市进出口总值的22.2%。"
    ) == [("share", "22.2", "agrees")]


def test_republic_years_are_years_of_their_figures() -> None:
    from budgetperf.textaudit import claims

    doc = read_facts("115年度歲出211億2500萬元。113年度歲出編列193億6千萬元。2024年支出100万元。")
    assert [claims._year_of(doc, f) for f in doc.facts] == [2026, 2024, 2024]
    # 120年 is no year of the 民国 calendar read (100–119 only: "建校120年")
    doc = read_facts("建校120年,门票收入100万元。")
    assert claims._year_of(doc, doc.facts[-1]) is None


def test_leading_posts_under_a_staff_count_are_some_of_its_places() -> None:
    assert _claims("核定行政编制10名,其中局长1名,副局长2名。") == []
    assert _claims("单位编制15人,其中:领导职数3名,科室负责人4名。") == []
    # places of two kinds that fall short are still a breakdown that disagrees
    assert _claims("核定编制20名,其中行政编制8名,事业编制4名。") == [("sum", "20", "disagrees")]


def test_an_amount_with_a_share_after_its_rate_is_no_whole_of_the_shares_after_it() -> None:
    text = (
        "前10个月,广东民营企业进出口4.12万亿元,增长5.4%,占60.5%。外商投资企业进出口2.31万亿元,"
        "下降8.1%,占33.9%;国有企业3702.3亿元,下降6.7%,占5.4%。"
    )
    assert _findings(text) == []
    # without the rate between, as before: 4.12 has its own share
    assert _findings(text.replace("增长5.4%,", "")) == []


def test_a_siblings_disagreeing_guess_leaves_the_whole_its_share_implies() -> None:
    # 1796.6 ÷ (3080.8 ÷ 13.9%) = 8.11%: 3080.8's own whole, 16921.8, a guess it disagrees with
    text = (
        "各类企业支出16921.8亿元,年增11.1%,总占比76.4%;政府下属研究机构支出3080.8亿元,"
        "年增14.5%,总占比13.9%;高校支出1796.6亿元,年增23.1%,总占比8.1%。"
    )
    assert ("share", "8.1", "disagrees") not in _claims(text)


def test_a_score_column_is_no_rate_even_when_its_header_names_one() -> None:
    table = (
        "预算执行情况(万元) (20分) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分 (20分*执行率) |\n"
        "年度财政资金总额 | 5 | 5 | 100% | 20 |"
    )
    assert _claims(table) == [("completion", "100", "agrees")]
    assert _findings(table) == []


def test_an_execution_rate_is_not_read_against_the_item_before_a_semicolon() -> None:
    text = (
        "②生态护林员项目1605万元,资金执行率100%;③草原生态修复治理补助支付71.01万元,资金执行率30%。"
    )
    assert _claims(text) == []
    # in one clause, the whole printed before the amount paid is its budget (weak)
    text = "项目资金共2179万元,截止12月底,已完成拨付2113.63万元,执行率97%。"
    assert _claims(text) == [("completion", "97", "agrees")]


def test_a_gap_within_rounding_says_which_one_figure_would_make_it_agree() -> None:
    # 20.2 − 20 = 0.2 against 0.1 printed: 20亿元 may be 20.1 (19.5 to 20.5), where the gap is
    # 0.1; the gap changes sign inside 20's interval (−0.3 at 20.5), which a search of its size
    # alone did not see, and the message said several figures had to be at their edges
    report = audit_text(
        "同期,锡林郭勒盟实现财政收入20.2亿元,包头实现财政收入20亿元,锡林郭勒盟高出包头0.1亿元。"
    )
    (finding,) = report.findings
    assert finding.message_zh.endswith("（若20亿元实为20.1亿元则相符）")
    assert finding.message_en.endswith("(agrees if 20亿元 were 20.1亿元)")
