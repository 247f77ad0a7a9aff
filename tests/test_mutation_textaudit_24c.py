"""The twenty-fourth round of tests that kill the text audit's mutants (issue 10), part c.

Written for survivors of the mutation run at d4db2f0 (scripts/mutation_score.py textaudit): the
spending of the year named after a '、' is no part of income (claims._gather, mutant 1227); a
shortfall (短绌) in a list is passed over, and the parts after it still count (claims._gather,
mutant 820); numbered items' shares are read with their siblings up to eight sentences after
the share, no further (claims._items_shares, mutant 16); a classification is read in a text
whose first character is 按 (claims._lists, mutant 261); and the gap named "A高出B" is judged
as a sum of signed figures, within the rounding of both (claims._named_gaps, mutant 56). Each
expected value is worked out by hand.

Equivalent: _itemised_lists' mutant 67 looks up two totals instead of one, but only the first
(the nearest, the same under either limit) is read, and the list is empty under one limit
exactly when it is under the other.
"""

from __future__ import annotations

from budgetperf.textaudit import audit_text, claims
from budgetperf.textaudit.facts import read_facts

# --- claims._gather: the year's spending after '、' is no part of income ----------------------


def test_a_list_of_income_is_a_breakdown_when_its_parts_are_income() -> None:
    # 36.97 + 7.5 = 44.47: two kinds of income, the list of the total
    report = audit_text("本年总收入44.47万元,其中上年结转36.97万元、事业收入7.5万元。")
    assert [(c.claim.kind, c.status.value, c.computed) for c in report.claims] == [
        ("sum", "agrees", "44.47")
    ]


def test_the_years_spending_after_a_pause_mark_is_no_part_of_income() -> None:
    # 36.97 + 7.5 = 44.47 too, but 本年支出 (its label "、本年支出" once the mark is dropped
    # from its front) is what was spent, no income: no list is read
    report = audit_text("本年总收入44.47万元,其中上年结转36.97万元、本年支出7.5万元。")
    assert report.claims == ()
    assert report.findings == ()


# --- claims._gather: a shortfall is passed over, the parts after it still count --------------


def test_the_parts_after_a_shortfall_still_add_up_to_the_total() -> None:
    # 岁入岁出短绌8亿元 is what income and spending leave, no part; the list goes on past it:
    # 200 + 166 = 366
    report = audit_text(
        "县总预算366亿元,其中教育支出200亿元,岁入岁出短绌8亿元,卫生健康支出166亿元。"
    )
    assert [(c.claim.kind, c.status.value, c.computed) for c in report.claims] == [
        ("sum", "agrees", "366")
    ]


def test_a_part_after_a_shortfall_that_leaves_the_sum_short_is_an_error() -> None:
    # 200 + 160 = 360, printed 366 (the shortfall's 8 not added)
    report = audit_text(
        "县总预算366亿元,其中教育支出200亿元,岁入岁出短绌8亿元,卫生健康支出160亿元。"
    )
    assert [(c.claim.kind, c.status.value, c.computed) for c in report.claims] == [
        ("sum", "disagrees", "360")
    ]
    assert [(f.code, f.severity.value) for f in report.findings] == [
        ("arithmetic.breakdown-sum", "error")
    ]


# --- claims._items_shares: siblings up to eight sentences after the share --------------------

_ITEMS = (
    "2023年度本部门项目支出1000万元,具体如下:\n"
    "(一)教育支出150万元,占总数的15%。\n"
    "(二)科学技术支出120万元,占总数的12%。\n"
    "(三)文化旅游体育与传媒支出110万元,占总数的11%。\n"
    "(四)社会保障和就业支出100万元,占总数的10%。\n"
    "(五)卫生健康支出100万元,占总数的10%。\n"
    "(六)节能环保支出90万元,占总数的9%。\n"
    "(七)城乡社区支出90万元,占总数的9%。\n"
    "(八)农林水支出80万元,占总数的8%。\n"
    "(九)住房保障支出160万元,占总数的16%。\n"
    # nine sentences after (一): out of its reach
    "(十)另有上年结转资金50万元,占比5%。"
)


def test_numbered_items_shares_reach_eight_sentences_after_the_share() -> None:
    doc = read_facts(_ITEMS)
    first = doc.sentences[1]
    assert doc.text[first.start : first.end].startswith("(一)教育支出")
    share = next(f for f in first.facts if f.q.text == "15%")
    pairs = claims._items_shares(doc, first, share)
    # (一) to (九), the sentences 1 to 9: 15 + 12 + 11 + 10 + 10 + 9 + 9 + 8 + 16 = 100; (十),
    # sentence 10, is not among them (with it the shares would add up to 105: none)
    assert [(g.q.text, n.q.text) for g, n in pairs] == [
        ("15%", "150万元"),
        ("12%", "120万元"),
        ("11%", "110万元"),
        ("10%", "100万元"),
        ("10%", "100万元"),
        ("9%", "90万元"),
        ("9%", "90万元"),
        ("8%", "80万元"),
        ("16%", "160万元"),
    ]


def test_the_first_items_share_is_of_the_total_its_siblings_add_up_to() -> None:
    # 150 / 1000 = 15%: the total the nine items' amounts add up to, printed before them (not
    # 150 / 1050 = 14.3% with the item nine sentences on)
    report = audit_text(_ITEMS)
    first = [c for c in report.claims if c.claim.printed.q.text == "15%"]
    assert [(c.claim.kind, c.status.value, c.computed, c.claim.relation) for c in first] == [
        ("share", "agrees", "15", "amount / total × 100")
    ]
    assert not any(f.message_zh.startswith("占比印为15%") for f in report.findings)


# --- claims._lists: a classification in a text that opens with 按 ------------------------------


def test_classifications_are_read_in_a_text_that_opens_with_an_an() -> None:
    # the text's first character is 按 (of 按照); each classification after the total breaks it
    # down: by function 2 + 2.06 + 2.31 + 4134.05 + 449.44 + 13.21 = 4603.07; by economic
    # class 3720.57 + 307.92 + 558.14 + 6.43 = 4593.06, printed 4603.07
    report = audit_text(
        "按照部门预算,2017年度一般公共预算财政拨款支出4603.07万元,其中:按功能分类科目,"
        "一般公共服务支出2万元,教育支出2.06万元,科学技术支出2.31万元,"
        "社会保障和就业支出4134.05万元,卫生健康支出449.44万元,住房保障支出13.21万元;"
        "按经济分类科目,工资福利支出3720.57万元,商品和服务支出307.92万元,"
        "对个人和家庭的补助支出558.14万元,其他资本性支出6.43万元。"
    )
    assert [(c.claim.kind, c.status.value, c.computed) for c in report.claims] == [
        ("sum", "agrees", "4603.07"),
        ("sum", "disagrees", "4593.06"),
    ]
    assert [(f.code, f.severity.value) for f in report.findings] == [
        ("arithmetic.breakdown-sum", "error")
    ]


# --- claims._named_gaps: the gap judged within the rounding of both figures -------------------


def test_a_named_gap_within_the_rounding_of_a_round_figure_is_rounding() -> None:
    # 20.2 − 20 = 0.2, printed 0.1; 20亿元 may be anything from 19.5 to 20.5 (20.2 to 20.1 is
    # 0.1): the gap's interval runs from 0 (it crosses zero) to 0.75, and holds 0.1
    report = audit_text(
        "同期,锡林郭勒盟实现财政收入20.2亿元,包头实现财政收入20亿元,锡林郭勒盟高出包头"
        "0.1亿元,暂列第四位。"
    )
    assert [
        (c.claim.kind, c.status.value, c.computed, c.claim.relation) for c in report.claims
    ] == [("difference", "rounding", "0.2", "the first − the second")]
    assert [(f.code, f.severity.value) for f in report.findings] == [
        ("arithmetic.change-amount", "warning")
    ]
