"""The twentieth round of tests that kill the text audit's mutants (issue 10, Deliver 7), part c.

Written for survivors of the mutation run at c3ed4ae (scripts/mutation_score.py textaudit): a
deficit (赤字) of two figures not named totals, inferred and never certain (claims._balances,
mutant 298), a list that runs to the end of the text, cut short only when each of its own (not
nested) sentences opens with an item number (claims._gather, mutant 1228), a whole named with its
scope (全市), the figure whose own sentence names the scope before it (claims._share, mutant
186), and a count's plan read as a base, of the sentence it is printed in (facts._classify,
mutant 635).
Each expected value is worked out by hand.
"""

from __future__ import annotations

from budgetperf.textaudit import audit_text
from budgetperf.textaudit.facts import Role, read_facts
from claim_rows import brief as claim_rows  # registered by conftest.py
from claim_rows import findings

# --- claims._balances: a deficit of two figures not named totals is inferred ------------------


def test_a_deficit_of_two_figures_not_named_totals_is_inferred_and_only_a_warning() -> None:
    # 130 − 100 = 30: the deficit agrees, but it is read from two figures not named totals (a
    # government's deficit counts funds drawn in and set aside besides them): not certain
    text = "全国财政收入100亿元。全国财政支出130亿元。收支相抵,赤字30亿元。"
    assert claim_rows(text) == [("balance", "30亿元", "agrees", "30", ["100亿元", "130亿元"])]
    assert [c.to_dict()["certain"] for c in audit_text(text).claims] == [False]
    # printed 40 against 30: a warning, not an error
    wrong = "全国财政收入100亿元。全国财政支出130亿元。收支相抵,赤字40亿元。"
    assert claim_rows(wrong) == [("balance", "40亿元", "disagrees", "30", ["100亿元", "130亿元"])]
    assert [(code, severity) for code, severity, *_ in findings(wrong)] == [
        ("arithmetic.balance", "warning")
    ]


# --- claims._gather: a list to the end of the text is cut short only when numbered ------------


def test_a_list_of_unnumbered_lines_to_the_end_of_the_text_is_certain() -> None:
    # 10 + 20 + 30 + 40 + 50 = 150: five parts on lines without item numbers, the last closed by
    # its 。: no numbered list that an excerpt may have cut, so the sum is certain
    text = (
        "本年支出150万元,其中:\n工资福利支出10万元。\n商品和服务支出20万元。\n"
        "对个人和家庭的补助30万元。\n资本性支出40万元。\n其他支出50万元。"
    )
    parts = ["10万元", "20万元", "30万元", "40万元", "50万元"]
    assert claim_rows(text) == [("sum", "150万元", "agrees", "150", parts)]
    assert [c.to_dict()["certain"] for c in audit_text(text).claims] == [True]
    # printed 160 against 150: an error
    wrong = text.replace("150万元", "160万元")
    assert claim_rows(wrong) == [("sum", "160万元", "disagrees", "150", parts)]
    assert [(code, severity) for code, severity, *_ in findings(wrong)] == [
        ("arithmetic.breakdown-sum", "error")
    ]


def test_a_numbered_list_to_the_end_of_the_text_is_cut_short_whatever_its_nested_lines() -> None:
    # 10 + 20 + 30 + 40 + 50 = 150: five numbered items to the end of the text (the list may go on
    # in what was not copied); the 其中 line of item 1 is its own breakdown, not an item, and its
    # lack of a number does not make the list whole
    text = (
        "本年支出150万元,其中:\n1.工资福利支出10万元。其中基本工资5万元。\n2.商品和服务支出20万元。\n"
        "3.对个人和家庭的补助30万元。\n4.资本性支出40万元。\n5.其他支出50万元。"
    )
    parts = ["10万元", "20万元", "30万元", "40万元", "50万元"]
    assert claim_rows(text) == [("sum", "150万元", "agrees", "150", parts)]
    assert [c.to_dict()["certain"] for c in audit_text(text).claims] == [False]


# --- claims._share: the whole named with its scope is of a sentence naming it first -----------


def test_a_share_of_a_scoped_whole_takes_the_figure_whose_sentence_names_the_scope_first() -> None:
    # 1933 / 3964 = 48.76% -> 48.8: the 资产总额 of the sentence that opens with 全市; the
    # nearer 2500 (市级单位) names no 全市 before it (1933 / 2500 = 77.32%, a false error)
    text = (
        "纳入全市统计的单位3730户,资产总额3964亿元。市级单位478户,资产总额2500亿元。"
        "公共基础设施1933亿元,占全市资产总额48.8%。"
    )
    assert claim_rows(text) == [("share", "48.8%", "agrees", "48.8", ["1933亿元", "3964亿元"])]
    assert findings(text) == []


def test_a_share_of_a_scoped_whole_is_not_read_against_a_figure_of_no_scope() -> None:
    # the only 资产总额 printed names no scope in its sentence (全市 comes only in the share's
    # own): no whole is found, and no claim is made
    text = "资产总额3964亿元。公共基础设施1933亿元,占全市资产总额48.8%。"
    assert claim_rows(text) == []


# --- facts._classify: a count's plan is a base of its own sentence ----------------------------


def test_a_counts_plan_read_as_a_base_is_of_the_sentence_it_is_printed_in() -> None:
    # 8 / 7.9 = 101.27%: 7.9万人 is the plan (a base, of the budget phase) in the second sentence
    text = "全年新增就业5000人。参保人数8万人,完成目标下达任务7.9万人的101.27%。"
    doc = read_facts(text)
    assert [(f.q.text, f.role, f.sentence) for f in doc.facts] == [
        ("5000人", Role.VALUE, 0),
        ("8万人", Role.VALUE, 1),
        ("7.9万人", Role.BASE, 1),
        ("101.27%", Role.COMPLETION, 1),
    ]
    assert doc.facts[2].phase == "budget"
    assert claim_rows(text) == [("completion", "101.27%", "agrees", "101.27", ["8万人", "7.9万人"])]
