"""The sixteenth round of tests that kill the text audit's mutants (issue 10, Deliver 7), part b.

Written for survivors of seed 30 (scripts/mutation_score.py textaudit --sample 300 --seed 30):
a run of graded counts already a list's parts (claims._grade_counts, mutant 59), a table row
with 分 before the first level (_indicator_weights, 190: the table no longer read), a numbered
item's share of a count (_items_shares, 51), the names shared by the first sixteen figures only
(_items_suffix, 11), a name of two characters (_named_before, 7), a 其中 with nothing after it
before its ';' (_segment_end_from, 16), a change, its completion, then its rate (_paired_amount,
84), a share whose whole is not printed before a later printed whole (_printed_wholes, 35), a 其中
before the share's sentence, its amount after it (_rfind_in, 3), the roles a document's figures
have (_roles_present, 22) and a run of shares only one of which fits the figure before
(_run_whole, 59). Five others read change no result: _formulas' mutant 16 (<= for <: a figure
never starts at the "(" the formula opens with), _gather's mutant 383 (taken = None for False:
only ever tested for truth), _indicator_weights' mutant 19 (sure = False at the start: reset to
True at each level's head, before any sum reads it), _named_list_total's mutant 11 (the ';'
looked for from the text's start: one before the sentence gives a start before it, and the
sentence's start is taken) and _nested_end's mutant 1 (< for <=: with the last figure two after
the item, only one figure is added up, never two). Each expected value is worked out by hand.
"""

from __future__ import annotations

from budgetperf.textaudit import audit_text, claims
from budgetperf.textaudit.facts import read_facts
from claim_rows import brief as claim_rows  # registered by conftest.py

# --- claims._grade_counts: graded counts already a list's parts are left to that list ---


def test_graded_counts_with_their_own_total_are_not_read_against_an_earlier_count() -> None:
    # 优秀 1812 + 良好 171 = 1983, printed 合计1983 after them: their list; not also parts of the
    # 2630 items reported in the sentence before (1983 ≠ 2630 would be a false finding)
    text = "全年共上报项目绩效自评2630个。单位自评结果优秀1812个、良好171个,合计1983个。"
    assert claim_rows(text) == [("sum", "1983个", "agrees", "1983", ["1812个", "171个"])]
    assert audit_text(text).findings == ()


# --- claims._indicator_weights: a row before the first level is passed over ---

_HEADER = "一级指标 | 二级指标 | 三级指标 | 分值 | 年度指标值 | 全年实际值 | 得分 |\n"
_LEVEL = (
    "产出指标(30分) | 数量指标 | 改造农村公路里程 | 20 | 12公里 | 12公里 | 20 |\n"
    "质量指标 | 工程验收合格率 | 10 | 100% | 100% | 10 |\n"
)


def test_a_note_row_before_the_first_level_does_not_end_the_table() -> None:
    # 20 + 10 = 30, the level's points; a note row with 分 (满分100分) between the header and
    # the level is no indicator's and stops nothing
    expected = [("sum", "30分", "agrees", "30", ["20", "10"])]
    assert claim_rows(_HEADER + _LEVEL) == expected
    assert claim_rows(_HEADER + "评分说明 | 满分100分 |\n" + _LEVEL) == expected


# --- claims._items_shares: numbered items' shares are of amounts of money ---


def test_a_numbered_items_share_of_a_count_is_no_item_share_of_money() -> None:
    # (一) 968.8万元 at 76.25%, (二) 30个 at 23.75%: the shares add up to 100, but a count is
    # no amount of money to add to 968.8万元: no whole of the items, no claim
    text = (
        "(一)用于群众体育支出968.8万元,占总数的76.25%。\n"
        "(二)用于竞技体育资助项目30个,占总数的23.75%。"
    )
    assert claim_rows(text) == []


def test_a_numbered_item_whose_share_has_no_amount_is_passed_over() -> None:
    # (二) prints a share and no figure before it: no amount, no item pair (and no failure)
    text = (
        "2024年体育彩票公益金总支出1270.6万元。\n(一)用于群众体育支出968.8万元,占总数的76.25%。\n"
        "(二)竞技体育方面,占总数的23.75%。"
    )
    assert claim_rows(text) == []


# --- claims._items_suffix: the names of the first sixteen figures from the position ---


def test_the_shared_ending_is_of_the_names_among_the_first_sixteen_figures() -> None:
    inner = "、".join(f"{k}亿元" for k in range(1, 8))
    doc = read_facts(
        f"财产险业务保费收入100亿元(含{inner}),人身险业务保费收入200亿元(含{inner}),"
        "其他业务收入50亿元。"
    )
    s = doc.sentences[0]
    # 2 figures at depth 0 and 14 in brackets make the first sixteen; 其他业务收入 is the
    # seventeenth, not looked at: 财产险业务保费收入 and 人身险业务保费收入 share 险业务保费收入
    # (with 其他业务收入 they would share only 收入, too short)
    assert len(s.facts) == 17
    assert claims._items_suffix(s, 0) == "险业务保费收入"


# --- claims._named_before: a change's name of two characters names no figure before ---


def test_a_change_named_by_two_characters_is_not_read_against_the_sentence_before() -> None:
    # 税收 (two characters) says too little for _named_before. (The audit still reads this
    # rate: since the eighteenth round 上半年税收 is 税收's, found by _currents' lookup of the
    # name in the same phase, a weak reading: 1.63 / (25.51 − 1.63) = 6.826% -> 6.8.)
    text = "1-6月,税收累计完成25.51亿元,进度较好。上半年税收同比增收1.63亿元,增长6.8%。"
    doc = read_facts(text)
    change = doc.sentences[1].facts[0]
    assert change.q.text == "1.63亿元"
    assert claims._named_before(doc, doc.sentences[1], change) == []
    # 非税收入 (four): 1.63 / (25.51 − 1.63) = 6.826% -> 6.8
    text = "1-6月,非税收入累计完成25.51亿元,进度较好。上半年非税收入同比增收1.63亿元,增长6.8%。"
    doc = read_facts(text)
    change = doc.sentences[1].facts[0]
    assert [f.q.text for f in claims._named_before(doc, doc.sentences[1], change)] == ["25.51亿元"]
    assert claim_rows(text) == [("change-rate", "6.8%", "agrees", "6.8", ["1.63亿元", "25.51亿元"])]


# --- claims._segment_end_from: a 其中 with no figure before its ';' nests nothing ---


def test_an_empty_breakdown_after_a_numbered_part_keeps_the_next_part() -> None:
    # "其中:无;" nests no figure: 2.其他收入 is the second part, 10 + 5 = 15, the 收支总预算
    # printed in the sentence after
    text = (
        "收入包括:1.财政拨款收入10万元,其中:无;2.其他收入5万元。"
        "吴坑乡人民政府2020年收支总预算15万元。"
    )
    assert claim_rows(text) == [("sum", "15万元", "agrees", "15", ["10万元", "5万元"])]


# --- claims._paired_amount: a change, its completion, then its rate ---


def test_a_rate_third_in_its_sentence_after_a_completion_takes_the_change_first() -> None:
    # the sentence's figures: 增收1488 (0), 为预算的65.7% (1), 增长2.1% (2); the change before
    # the completion is the rate's amount: 1488 / (72346 − 1488) = 2.0999% -> 2.1
    text = (
        "一般公共预算收入完成72346万元。一般公共预算收入同比增收1488万元,为预算的65.7%,增长2.1%。"
    )
    assert claim_rows(text) == [("change-rate", "2.1%", "agrees", "2.1", ["1488万元", "72346万元"])]


# --- claims._printed_wholes: each share is looked at, not only up to the first without one ---


def test_a_printed_whole_after_a_share_without_one_is_read() -> None:
    # 比重1.7% has no whole printed in its words (passed over); 2000 / 29472 = 6.786% -> 6.79,
    # the whole printed without 的 (read by _printed_wholes alone)
    text = (
        "教育支出3335.17万元,科技支出500万元,比重1.7%;"
        "卫生健康支出2000万元,占一般公共预算支出29472万元比例为6.79%。"
    )
    assert claim_rows(text) == [("share", "6.79%", "agrees", "6.79", ["2000万元", "29472万元"])]


# --- claims._rfind_in: a 其中 looked for from the sentence's start ---


def test_a_qizhong_before_the_shares_sentence_is_not_found_in_it() -> None:
    # the share's amount (400) is in the sentence after its own, which holds no 其中: the
    # 其中 of the first sentence is found there, the figure before it the whole:
    # 400 / 1000 = 40%
    text = (
        "全年收入1000万元,主要是税收收入600万元;其中房产税10万元。"
        "非税收入占比为40%。非税收入完成400万元。"
    )
    assert claim_rows(text) == [("share", "40%", "agrees", "40", ["400万元", "1000万元"])]


# --- claims._roles_present: a change, a printed prior, a budget base ---


def test_a_document_of_plain_figures_has_none_of_the_three_roles() -> None:
    doc = read_facts("2023年一般公共预算收入100万元,一般公共预算支出80万元。")
    assert claims._roles_present(doc) == (False, False, False)


# --- claims._run_whole: all the shares but one fit the whole, or there is none ---


def test_a_run_of_shares_only_one_of_which_fits_the_figure_before_has_no_whole() -> None:
    before = (
        "2016年,全省共投入研究与试验发展(R&D)经费561.4亿元。\n各类企业经费支出291.5亿元;"
        "政府属研究机构经费支出217.4亿元;高等学校经费支出47.8亿元。"
        "企业、政府属研究机构、高等学校经费支出所占比重分别为"
    )
    # 291.5 / 561.4 = 51.92% -> 51.9 fits; 217.4 / 561.4 = 38.72% and 47.8 / 561.4 = 8.51%
    # do not fit 30.0 and 5.0: one of three is too few, 561.4 is no whole
    assert claim_rows(before + "51.9%、30.0%和5.0%。") == []
    # all three fit (51.9, 38.7, 8.5): 561.4 is their whole
    assert claim_rows(before + "51.9%、38.7%和8.5%。") == [
        ("share", "51.9%", "agrees", "51.9", ["291.5亿元", "561.4亿元"]),
        ("share", "38.7%", "agrees", "38.7", ["217.4亿元", "561.4亿元"]),
        ("share", "8.5%", "agrees", "8.5", ["47.8亿元", "561.4亿元"]),
    ]
