"""The twenty-third round of tests that kill the text audit's mutants (issue 10, Deliver 7), part e.

Written for survivors of the mutation run at dba33e2 (scripts/mutation_score.py textaudit): a
change already the total of a list is not read again as a net change (claims._net_changes,
mutant 23); two names are of one series only when both differ by a numeral
(claims._ordinal_sibling, mutant 19); the sentence that leads parallel subjects is read by its
first amount that is a value, not by a change before it (claims._parallel_subjects, mutant 7);
and every place of a word in a sentence is found, not only the first and the last
(claims._rfind_in, mutant 44). Each expected value is worked out by hand.

Equivalent: _rfind_in's mutant 47 stores None for the places it found, so the next call finds
them again (the memo saves work only); _years_named's mutant 8 changes the type named in a
cast, which is not evaluated at run time.
"""

from __future__ import annotations

from budgetperf.textaudit import audit_text, claims
from budgetperf.textaudit.facts import read_facts

# --- claims._net_changes: a change already a list's total is not summed again ----------------


def test_a_net_change_already_the_total_of_a_list_is_not_listed_again() -> None:
    text = "教育支出减少30万元,卫生支出增加10万元,合计减少20万元。"
    doc = read_facts(text)
    assert [f.q.text for f in doc.facts] == ["30万元", "10万元", "20万元"]
    # with no list yet: 合计减少20万元 is the net of −30 and +10
    lists: list[claims._List] = []
    claims._net_changes(doc, lists)
    assert len(lists) == 1
    assert lists[0].total is doc.facts[2]
    assert [p.q.text for p in lists[0].parts] == ["30万元", "10万元"]
    # the same figure already the total of a list read before: no second list of it
    earlier = claims._List(doc.facts[2], [doc.facts[0], doc.facts[1]], [], True)
    lists = [earlier]
    claims._net_changes(doc, lists)
    assert lists == [earlier]


# --- claims._ordinal_sibling: both names differ by a numeral ----------------------------------


def test_names_of_one_series_differ_by_a_numeral_in_each() -> None:
    # 一季度 and 二季度: a series
    assert claims._ordinal_sibling("一季度收入", "二季度收入")
    assert claims._ordinal_sibling("第二产业增加值", "第三产业增加值")
    # 本 is no numeral: 本季度 and 二季度 are no series, in either order
    assert not claims._ordinal_sibling("本季度收入", "二季度收入")
    assert not claims._ordinal_sibling("二季度收入", "本季度收入")


# --- claims._parallel_subjects: the lead sentence's first value, not a change before it ------


def test_parallel_subjects_lead_by_the_first_value_past_a_change_before_it() -> None:
    # the first sentence opens with a change (较上年增收10亿元, no subject of 全…): its value
    # 全市一般公共预算收入 leads, 全县 and 全镇 its parts: 60 + 40 = 100
    text = (
        "较上年增收10亿元,全市一般公共预算收入达到100亿元。全县一般公共预算收入60亿元。"
        "全镇一般公共预算收入40亿元。"
    )
    audit = audit_text(text)
    assert [
        (c.claim.kind, c.status.value, str(c.computed), [f.q.text for f in c.claim.inputs])
        for c in audit.claims
    ] == [("sum", "agrees", "100", ["60亿元", "40亿元"])]
    assert audit.findings == ()


# --- claims._rfind_in: every place of the word in the sentence -------------------------------


def test_the_last_qizhong_before_a_point_is_found_among_three() -> None:
    # 其中 at 10, 22 and 34 (基本支出300万元, is 0–9; 人员经费200万元, is 12–21; …)
    text = "基本支出300万元,其中人员经费200万元,其中工资福利100万元,其中津贴50万元。"
    doc = read_facts(text)
    assert doc.text == text
    s = doc.sentences[0]
    assert (s.start, s.end) == (0, 43)
    # up to 34 (the third 其中 not whole before it): the second, at 22
    assert claims._rfind_in(doc, s, "其中", 34) == 22
    assert claims._rfind_in(doc, s, "其中", 36) == 34
    assert claims._rfind_in(doc, s, "其中", 24) == 22
    assert claims._rfind_in(doc, s, "其中", 23) == 10
    assert claims._rfind_in(doc, s, "其中", 11) == -1
