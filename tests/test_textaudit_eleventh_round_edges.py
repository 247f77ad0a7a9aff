"""The edges of the eleventh round's readings (issue 10): each test holds a condition of a new
reading that a looser one would pass over (the readings themselves: test_textaudit_eleventh_round
and the catalogue's forms)."""

from __future__ import annotations

from budgetperf.textaudit import audit_text


def _claims(text: str) -> list[tuple[str, str, str]]:
    return [(c.kind, c.printed, c.status.value) for c in audit_text(text).claims]


def test_a_value_added_named_at_nominal_prices_is_checked_against_its_change() -> None:
    # 名义 (like 现价) says the rate is of the figures as printed: 110.8 / 306.2 = 36.19%
    text = "全县地区生产总值按名义价格计算417亿元,比上年增加110.8亿元,增长9.4%。"
    assert _claims(text) == [("change-rate", "9.4", "disagrees")]


def test_a_count_among_things_counted_otherwise_has_no_rate() -> None:
    # 679人 of scenic spots and 619家: not one kind of count
    assert _claims("全省679人A级旅游景区中已复工开园619家,开园率91.16%。") == []


def test_a_count_among_things_and_the_part_in_another_clause_have_no_rate() -> None:
    # "中," ends the clause of the whole: what follows is not "what some of them did" in it
    assert _claims("全省679家A级旅游景区中,已复工开园619家,开园率91.16%。") == []


def test_shares_that_say_zhan_again_are_a_run_only_after_a_share() -> None:
    # 分别为 opens a run of values, not of shares: "和占3.75%" joins no run of them, and is
    # read as the last part's share (of the figure before it, a weak reading)
    text = "中央资金10444.85万元,省资金406.95万元,分别为96.25%和占3.75%。"
    assert _claims(text) == [("share", "3.75", "disagrees")]


def test_a_multiple_is_read_only_right_after_its_base_and_de() -> None:
    assert _claims("收入达563.5亿元,是“十五”期间218.8亿元,的2.6倍。") == []


def test_a_multiple_of_a_figure_of_another_dimension_is_not_read() -> None:
    assert _claims("收入达563.5万人,是“十五”期间218.8亿元的2.6倍。") == []


def test_a_share_under_a_head_with_its_own_share_may_be_of_the_head() -> None:
    # 17277.72 / 21820.45 = 79.18%: the head itself is a reading too
    text = "住房消费类提取21820.45万元,占72.47%,其中偿还贷款提取17277.72万元,占79.18%。"
    assert _claims(text) == [("share", "79.18", "agrees")]


def test_a_surcharge_named_with_fujia_is_no_verb_of_adding() -> None:
    # (上海 2013, a mirror): 27.9 + 2.1 = 30; "附加收入" in the result's name once kept it unread
    text = (
        "城市公用事业附加收入27.9亿元,与上年执行数基本持平,加上动用上年结转收入2.1亿元,当年可用于"
        "安排市本级支出的城市公用事业附加收入30亿元。"
    )
    assert ("sum", "30", "agrees") in _claims(text)
