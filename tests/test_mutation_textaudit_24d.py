"""The twenty-fourth round of tests that kill the text audit's mutants (issue 10), part d.

Written for survivors of the mutation run at d4db2f0 (scripts/mutation_score.py textaudit): the
name of a "respectively" listing starts after the comma before it, so its scope (全市) is its
first two characters (claims._named_totals, mutant 2); the figures a breakdown after 从…看 adds
up to are the values of the sentence before, not a change printed among them
(claims._opened_breakdowns, mutant 35); a rate against the budget is not paired past the
figure's remarks with a change against the year before (claims._paired_amount, mutant 89); the
prior phase of a change is the one its label names (claims._phase_changes, mutant 30); and items
named together that add up to exactly half the total are not "a few of it"
(claims._picked_few, mutant 17). Each expected value is worked out by hand.

Equivalent, not tested: _phase_changes' mutant 80 (f.sign >= 0 for f.sign > 0: a change with
no sign is skipped before, so the sign there is never 0).
"""

from __future__ import annotations

from budgetperf.textaudit import audit_text, claims
from budgetperf.textaudit.facts import read_facts
from claim_rows import brief as claim_rows  # registered by conftest.py

# --- claims._named_totals: the listing's name starts after the comma before it -----------------

_NAMED = (
    "全市政府采购规模为60亿元。市本级政府采购规模为20亿元。"
    "2023年,全市货物、工程、服务政府采购规模分别为10亿元、20亿元、35亿元。"
)


def test_the_scope_of_a_listing_after_a_comma_picks_the_total_of_that_scope() -> None:
    # the name is 全市货物、工程、服务政府采购规模 (after "2023年,"), so its scope is 全市: of the
    # two figures ending with 政府采购规模, 全市's 60亿元 is put first and taken last (the
    # nearest, 市本级's 20亿元, before it)
    doc = read_facts(_NAMED)
    at = doc.text.index("分别为")
    s = doc.sentences[2]
    assert doc.text[s.start : s.end].startswith("2023年,全市货物")
    totals = claims._named_totals(doc, s, at)
    assert [(f.subject, f.q.text) for f in totals] == [
        ("市本级政府采购", "20亿元"),
        ("全市政府采购", "60亿元"),
    ]


def test_a_listing_of_the_whole_city_is_summed_against_the_whole_citys_figure() -> None:
    # 10 + 20 + 35 = 65, printed 60 for 全市 (not the 20 of 市本级)
    assert claim_rows(_NAMED) == [
        ("sum", "60亿元", "disagrees", "65", ["10亿元", "20亿元", "35亿元"])
    ]
    assert [(f.code, f.severity.value) for f in audit_text(_NAMED).findings] == [
        ("arithmetic.breakdown-sum", "warning")
    ]


# --- claims._opened_breakdowns: a change in the sentence before is no total of the breakdown ---


def test_a_change_printed_among_the_totals_does_not_stop_the_breakdown_after_an_opener() -> None:
    # the totals are the three values (the 增加10亿元 is a change, not one of them):
    # 4347.5 + 9474.6 = 13822.1, 1143.8 + 1837.6 = 2981.4, 3203.7 + 7637.0 = 10840.7
    text = (
        "资产总额13822.1亿元,比上年增加10亿元,负债总额2981.4亿元,净资产总额10840.7亿元。"
        "从单位性质看:行政单位资产总额4347.5亿元,负债总额1143.8亿元,净资产总额3203.7亿元;"
        "事业单位资产总额9474.6亿元,负债总额1837.6亿元,净资产总额7637.0亿元。"
    )
    doc = read_facts(text)
    lists: list[claims._List] = []
    claims._opened_breakdowns(doc, lists)
    assert [(lst.total.q.text, [p.q.text for p in lst.parts]) for lst in lists] == [
        ("13822.1亿元", ["4347.5亿元", "9474.6亿元"]),
        ("2981.4亿元", ["1143.8亿元", "1837.6亿元"]),
        ("10840.7亿元", ["3203.7亿元", "7637.0亿元"]),
    ]
    assert [r for r in claim_rows(text) if r[0] == "sum"] == [
        ("sum", "13822.1亿元", "agrees", "13822.1", ["4347.5亿元", "9474.6亿元"]),
        ("sum", "2981.4亿元", "agrees", "2981.4", ["1143.8亿元", "1837.6亿元"]),
        ("sum", "10840.7亿元", "agrees", "10840.7", ["3203.7亿元", "7637.0亿元"]),
    ]


# --- claims._paired_amount: remarks between a year-on-year change and a rate on the budget -----


def test_a_rate_against_the_budget_is_not_paired_past_remarks_with_a_year_on_year_change() -> None:
    # 增长2.1% against the year before is of 增收1488万元 (1488 / (72777 − 1488) = 2.087%); 比预算
    # 增长2.1% is against the budget, and the change before the remarks is against the year
    # before: no amount of that rate
    same = "一般公共预算收入完成72777万元,同比增收1488万元,为预算的65.7%,快于序时进度15.7个百分点,"
    assert claim_rows(same + "增长2.1%。") == [
        ("change-rate", "2.1%", "agrees", "2.1", ["1488万元", "72777万元"])
    ]
    text = same + "比预算增长2.1%。"
    assert claim_rows(text) == []
    assert list(audit_text(text).findings) == []
    doc = read_facts(text)
    s = doc.sentences[0]
    i = next(k for k, f in enumerate(s.facts) if f.q.text == "2.1%")
    assert i == 4
    assert claims._paired_amount(doc, s, i) is None


# --- claims._phase_changes: the prior phase is the one the label names ---------------------


def test_an_actual_figure_compared_with_the_budget_is_the_difference_of_the_two() -> None:
    # 决算数 (actual) 1200 − 预算数 (budget) 1000 = 200, printed 300
    text = "2023年预算数为1000万元,决算数为1200万元,决算数比2023年预算数增加300万元。"
    assert claim_rows(text) == [
        ("difference", "300万元", "disagrees", "200", ["1200万元", "1000万元"])
    ]
    assert [(f.code, f.severity.value) for f in audit_text(text).findings] == [
        ("arithmetic.change-amount", "warning")
    ]


# --- claims._picked_few: exactly half is not "far short" -------------------------------------

_HALF = "服务类采购金额200亿元。其中,环境服务、文化体育服务为60亿元、40亿元。"


def test_items_named_together_that_make_exactly_half_the_total_are_not_a_few_of_it() -> None:
    # 60 + 40 = 100, and 100 × 2 = 200 is not below 200: the list is closed
    doc = read_facts(_HALF)
    total, first, second = doc.facts
    assert (total.q.text, first.q.text, second.q.text) == ("200亿元", "60亿元", "40亿元")
    assert first.subject.count("、") == 1
    assert claims._picked_few(claims._List(total, [first, second], [], True)) is False


def test_items_named_together_that_make_half_the_total_are_summed_against_it() -> None:
    # 60 + 40 = 100, printed 200: a breakdown that does not add up
    assert claim_rows(_HALF) == [("sum", "200亿元", "disagrees", "100", ["60亿元", "40亿元"])]
    assert [(f.code, f.severity.value) for f in audit_text(_HALF).findings] == [
        ("arithmetic.breakdown-sum", "error")
    ]
