"""Messages and readings fixed in the tenth round of hunts (CHANGELOG, "tenth round").

The catalogue (tests/sentence_forms.py) pins which claims each form of words gives; these tests
pin what the findings say, where a message used to state arithmetic the audit had not done.
"""

from __future__ import annotations

from budgetperf.textaudit import audit_text
from budgetperf.textaudit.normalise import normalise


def _messages(text: str) -> list[tuple[str, str, str]]:
    audit = audit_text(text)
    return [(f.code, f.message_zh, f.message_en) for f in audit.findings]


def test_a_savings_rate_of_the_approved_figure_and_the_saving_says_so() -> None:
    # 海口市审计局 (hunt 47): 18.18 is taken as the amount approved, the rate as 3.15 of 18.18 +
    # 3.15 = 21.33 (14.77%); the message used to print "3.15亿元÷18.18亿元=14.7679%", which is
    # 17.33%
    found = _messages(
        "共完成结算审计项目68个,审计总金额18.18亿元,核减工程造价3.15亿元,核减率14.66%。"
    )
    assert found == [
        (
            "arithmetic.share",
            "占比印为14.66%，但3.15亿元÷（18.18亿元 + 3.15亿元）=14.7679%，四舍五入为14.77%",
            "the share is printed as 14.66%, but 3.15亿元 / (18.18亿元 + 3.15亿元) = 14.7679%,"
            " which rounds to 14.77%",
        )
    ]


def test_shares_closed_by_qita_under_a_share_name_the_share_they_break_down() -> None:
    found = _messages(
        "国有企业净资产主要集中在社会服务领域(占净资产的62.1%),其中城建领域占25.3%、"
        "商务服务领域占24.8%、其他社会服务领域占14%。"
    )
    assert found == [
        (
            "arithmetic.shares-sum",
            "以“其他”收尾的各项占比合计为64.1%，不是其所分解的62.1%",
            "the shares of the list closed by 其他 add up to 64.1%, not the 62.1% they are the"
            " parts of",
        )
    ]


def test_shares_closed_by_qita_alone_still_add_up_to_a_hundred() -> None:
    found = _messages("在缴存单位中,国家机关占1.86%,国有企业占0.79%,外资企业占20%,其他占70.30%。")
    assert [zh for _, zh, _ in found] == ["以“其他”收尾的各项占比合计为92.95%，不是100%"]


def test_spaces_between_thousands_are_dropped_and_offsets_still_point_at_the_print() -> None:
    printed = "教育事业费支出70 443万元,比上年增加9 064万元。"
    norm = normalise(printed)
    assert norm.text == "教育事业费支出70443万元,比上年增加9064万元。"
    at = norm.text.index("9064")
    start, end = norm.original_span(at, at + 4)
    assert printed[start:end] == "9 064"


def test_a_row_of_cells_and_groups_not_of_three_stay_apart() -> None:
    # the first group must follow a Chinese character directly, with at most three digits, and
    # every later group have three
    assert normalise("合计 12 345万元").text == "合计12 345万元"
    assert normalise("项目1234 567万元").text == "项目1234 567万元"
    assert normalise("共12 34万元").text == "共12 34万元"


def test_every_unicode_space_is_folded_to_a_space() -> None:
    # (a web page's &emsp; and the rarer spaces of Unicode's Zs: "其中\u2005调减" is "其中 调减",
    # whose 调减 then counts against the 调增 total: 8.1 − 3.77 = 4.33)
    for space in ("\u2000", "\u2005", "\u200a", "\u202f", "\u205f", "\u1680"):
        assert normalise(f"其中{space}调减").text == "其中调减", repr(space)
    audit = audit_text("调增收入预算4.33亿元,其中\u2005调减地方收入3.77亿元,调增债务收入8.1亿元。")
    assert [(c.kind, c.status.value) for c in audit.claims] == [("sum", "agrees")]


def test_a_rate_column_headed_as_a_share_is_read_as_shares() -> None:
    # "占比(%)" over 地方收入 and 全省收入: a share (占比印为…), not a completion (完成比例印为…)
    text = (
        "单位:亿元\n年份 | 地方收入 | 全省收入 | 占比(%) |\n2021年 | 200 | 1000 | 20.0 |\n"
        "2022年 | 300 | 1000 | 30.0 |\n2023年 | 0.3 | 1 | 35.0 |\n"
    )
    found = _messages(text)
    assert [(code, zh.split("，")[0]) for code, zh, _ in found] == [
        ("arithmetic.share", "占比印为35.0")
    ]


def test_a_list_of_figures_per_head_only_under_a_total_is_no_claim() -> None:
    # every part per head, the total not: the loop that leaves the trailing ones out stops at
    # the first part (it used to run past it, to an IndexError)
    from budgetperf.textaudit import claims
    from budgetperf.textaudit.facts import read_facts

    doc = read_facts(
        "全区卫生人员1937人。每千常住人口卫生技术人员3.46人,每千常住人口注册护士0.92人。"
    )
    total, *parts = doc.facts
    out: list[claims.Claim] = []
    claims._check_list(claims._List(total, parts, [], False), "sum", out)
    assert out == []
