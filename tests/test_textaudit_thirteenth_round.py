"""The thirteenth round of fixes (issue 10): sentences of real pages read wrongly before, each
reduced to its form (the pages are in tests/corpus/unkeyed, web13-*)."""

from __future__ import annotations

from budgetperf.textaudit import audit, audit_text, claims
from budgetperf.textaudit.facts import Role, read_facts


def _claims(text: str) -> list[tuple[str, str, str]]:
    return [(c.kind, c.printed, c.status.value) for c in audit_text(text).claims]


def test_rates_joined_by_a_mark_alone_are_one_run_without_fen_bie() -> None:
    # one verb opens four rates: each is a rate of the same subject, none a plain percentage
    doc = read_facts("全市生产总值一季度至四季度同比增长18.0%、18.5%、17%和21.1%。")
    assert [f.role for f in doc.facts] == [Role.RATE] * 4
    assert [f.sign for f in doc.facts] == [1] * 4
    assert {f.subject for f in doc.facts} == {"全市生产总值一季度至四季度"}
    assert [len(f.run) for f in doc.facts] == [4] * 4


def test_shares_joined_by_a_mark_alone_are_one_run() -> None:
    doc = read_facts("两项收入占全部收入的18%、20%。")
    assert [f.role for f in doc.facts] == [Role.SHARE, Role.SHARE]


def test_a_percentage_after_a_comma_or_a_new_verb_opens_no_run() -> None:
    # a comma is no run mark here (no 分别), and a new verb is a clause of its own
    doc = read_facts("全市财政收入增长18.0%,20%的乡镇完成目标。")
    assert doc.facts[1].role is not Role.RATE
    doc = read_facts("税收收入增长18.0%、下降20%。")
    assert [f.sign for f in doc.facts] == [1, -1]
    # an amount after a rate is no member of a run of percentages
    doc = read_facts("税收收入增长18.0%、20万元。")
    assert doc.facts[1].role is Role.VALUE


def test_a_run_of_shares_without_fen_bie_is_not_read_against_its_own_parts() -> None:
    # (审计署 2023 整改报告, 上海证券报): 94% is 1691 of 1786 (cut), not 513 of 1691
    text = (
        "截至2024年9月底,审计工作报告中要求立行立改的1786个、分阶段整改的817个问题中,分别有"
        "1691个、513个(占94%、62%)已完成整改。"
    )
    assert _claims(text) == []


def test_an_amount_whose_plan_is_named_after_it_is_the_base_of_the_completion() -> None:
    doc = read_facts("完成收入152.4亿元,完成新区下达147.4亿元收入预算目标的103.4%。")
    roles = [f.role for f in doc.facts]
    assert roles == [Role.VALUE, Role.BASE, Role.COMPLETION]
    # without a verb before it, or without a percentage after the name, it is a plain amount
    doc = read_facts("新区下达147.4亿元收入预算目标的103.4%。")
    assert doc.facts[0].role is Role.VALUE
    doc = read_facts("完成新区下达147.4亿元收入预算目标的一半。")
    assert doc.facts[0].role is Role.VALUE


def test_a_larger_figure_ends_a_list_only_outside_a_numbered_item_and_at_the_totals_phase() -> None:
    # an item's budget before its actual, under its numbered heading, is no wider total
    text = (
        "支出决算数为628.95万元,其中:\n(1)行政运行(项)。\n年初预算为676.59万元,支出决算为"
        "405.71万元。\n(2)一般行政管理事务(项)。\n年初预算为26.91万元,支出决算为223.24万元。"
    )
    assert ("sum", "628.95", "agrees") in _claims(text)


def test_averages_per_pupil_in_yuan_are_no_parts_of_an_average() -> None:
    # (泉州 2000 教育经费, jyj.quanzhou.gov.cn, hunt 105): 240.74 + 107.41 is no 128.66
    text = (
        "全市中学生均公用经费128.66元,比上年下降2.98%,其中:普通高中生均公用经费240.74元,"
        "初中生均公用经费107.41元。"
    )
    assert [c for c in _claims(text) if c[0] == "sum"] == []


def test_a_fund_set_per_pupil_in_wan_yuan_is_no_average() -> None:
    doc = read_facts("高中生均经费85万元,初中生均公用经费107.41元。")
    fund, average = doc.facts
    assert not claims._per_head(fund)
    assert claims._per_head(average)


def test_a_share_of_the_whole_a_heads_own_share_implies_is_told_so() -> None:
    # 79112 × 13.65 / 114919 = 9.3969%: printed 9.39, within the rounding of 13.65 (13.645)
    text = "常住人口中,60岁及以上人口为114919人,占13.65%,其中65岁及以上人口为79112人,占9.39%。"
    (finding,) = audit_text(text).findings
    assert "79112人 / (114919人 / 13.65%) = 9.3969%" in finding.message_en
    assert "79112人÷（114919人÷13.65%）=9.3969%" in finding.message_zh
    assert audit.zh_reading(claims._IMPLIED_WHOLE + "114919人 at 13.65%") == (
        "以114919人占13.65%所推算的总数为总数"
    )
