"""The twenty-second round of tests that kill the text audit's mutants (issue 10, Deliver 7), b.

Written for survivors of the mutation run at c02ffc4 (scripts/mutation_score.py textaudit): a gap
printed without its sign is signed only when both figures before it are amounts, not a change
(claims._gap_signs, mutant 14); a run of shares that opens the text has no sentence before it
whose amounts it is of (claims._respectively, mutant 14); the prior of a change on the year
before is looked for among the eight nearest figures of its name, not the four nearest
(claims._year_before_difference, mutant 51); a line break after CR is read as the break alone
(normalise.normalise, mutant 106). Each expected value is worked out by hand.

Two others change no result: checks._not_occurred's mutant 47 (a sentence searched though the
next place a statement of absence could start is its end: every match of _ABSENT starts with one
of _ABSENT_FIRST's characters, so none is found in it), tables._numeric_cells's mutant 24 (the
memo's key, written and read by that function alone).
"""

from __future__ import annotations

from budgetperf.textaudit import audit_text, claims
from budgetperf.textaudit.facts import Role, read_facts
from budgetperf.textaudit.normalise import normalise

# --- claims._gap_signs: a gap is signed by an actual and a budget, both amounts ---------------


def test_a_gap_after_a_change_and_a_budget_is_not_signed_by_them() -> None:
    # the total's gap 0.9 = 2.95 − 2.05; the second part's figures are a change (比上年增加2.05)
    # and a budget (2): no actual to sign its gap 0.05 by, so the parts are added unsigned:
    # 0.95 + 0.05 = 1.0, not 0.9 (signed by 2.05 > 2 it would be 0.95 − 0.05 = 0.9)
    text = (
        "2018年度本部门一般公共预算财政拨款安排的“三公”经费支出2.05万元,年初预算为2.95万元,"
        "差值为0.9万元。其中:公务用车运行维护费支出0万元,年初预算为0.95万元,差值为0.95万元;"
        "公务接待费支出比上年增加2.05万元,年初预算为2万元,差值为0.05万元。"
    )
    doc = read_facts(text)
    assert [(f.role, f.q.text) for f in doc.facts[6:]] == [
        (Role.CHANGE, "2.05万元"),
        (Role.VALUE, "2万元"),
        (Role.VALUE, "0.05万元"),
    ]
    audit = audit_text(text)
    gap = [c for c in audit.claims if c.claim.printed.q.text == "0.9万元"]
    assert [
        (c.claim.kind, c.status.value, str(c.computed), [f.q.text for f in c.claim.inputs])
        for c in gap
    ] == [("sum", "disagrees", "1.0", ["0.95万元", "0.05万元"])]
    assert [
        (f.code, f.severity, f.printed, f.computed) for f in audit.findings if f.printed == "0.9"
    ] == [("arithmetic.breakdown-sum", "error", "0.9", "1.0")]


# --- claims._respectively: the sentence before a run's sentence, when there is one -----------


def test_a_run_of_shares_opening_the_text_is_not_of_the_amounts_printed_last() -> None:
    # the shares come first: 50%, 40% and 10% of 500 would be 250, 200 and 50, printed in the
    # text's last sentence, but no sentence is before the first one (not the last, wrapped
    # round): no share is read, nor any sum
    text = (
        "企业、政府属研究机构、高等学校经费支出所占比重分别为50%、40%和10%。"
        "全年经费支出500亿元。"
        "企业经费支出250亿元,政府属研究机构经费支出200亿元,高等学校经费支出50亿元。"
    )
    doc = read_facts(text)
    assert [s.paragraph for s in doc.sentences] == [0, 0, 0]
    assert [(f.sentence, f.role, f.q.text) for f in doc.facts[:3]] == [
        (0, Role.SHARE, "50%"),
        (0, Role.SHARE, "40%"),
        (0, Role.SHARE, "10%"),
    ]
    audit = audit_text(text)
    assert audit.claims == ()
    assert audit.findings == ()


def test_a_run_of_shares_after_its_amounts_sentence_is_of_them() -> None:
    # the same sentences with the shares last: 250 / 500 = 50%, 200 / 500 = 40%, 50 / 500 = 10%
    text = (
        "全年经费支出500亿元。"
        "企业经费支出250亿元,政府属研究机构经费支出200亿元,高等学校经费支出50亿元。"
        "企业、政府属研究机构、高等学校经费支出所占比重分别为50%、40%和10%。"
    )
    audit = audit_text(text)
    shares = [c for c in audit.claims if c.claim.kind == "share"]
    assert [
        (c.claim.printed.q.text, c.status.value, [f.q.text for f in c.claim.inputs]) for c in shares
    ] == [
        ("50%", "agrees", ["250亿元", "500亿元"]),
        ("40%", "agrees", ["200亿元", "500亿元"]),
        ("10%", "agrees", ["50亿元", "500亿元"]),
    ]


# --- claims._year_before_difference: the prior among the eight nearest figures of the name ----


def test_the_year_before_s_figure_is_found_past_four_other_years_of_the_name() -> None:
    # 2014's 教育支出 16023.35 fell by 9705.99 on the year before: 2013's 25729.34, printed
    # before four other years' (2009 to 2012) figures of the name, each nearer; 25729.34 −
    # 16023.35 = 9705.99
    text = (
        "2013年教育支出25729.34万元。2009年教育支出100万元。2010年教育支出200万元。"
        "2011年教育支出300万元。2012年教育支出400万元。"
        "2014年教育支出16023.35万元,比上年减少9705.99万元。"
    )
    doc = read_facts(text)
    assert [(f.subject, f.q.text) for f in doc.facts if f.role is Role.VALUE] == [
        ("教育支出", "25729.34万元"),
        ("教育支出", "100万元"),
        ("教育支出", "200万元"),
        ("教育支出", "300万元"),
        ("教育支出", "400万元"),
        ("教育支出", "16023.35万元"),
    ]
    found: list[claims.Claim] = []
    change = doc.facts[6]
    claims._year_before_difference(doc, doc.sentences[5], 1, change, found)
    assert [(c.kind, [f.q.text for f in c.inputs]) for c in found] == [
        ("difference", ["16023.35万元", "25729.34万元"])
    ]
    audit = audit_text(text)
    assert [(c.claim.kind, c.claim.printed.q.text, c.status.value) for c in audit.claims] == [
        ("difference", "9705.99万元", "agrees")
    ]
    assert audit.findings == ()


# --- normalise.normalise: a CR before a line break is no character of the line ----------------


def test_a_label_wrapped_before_its_figure_with_crlf_is_joined_as_with_lf() -> None:
    # "本年收入合计为" wraps before its figure: the break only wraps the line, in a file saved
    # with CRLF as with LF; the break after 。 ends a sentence and stays
    assert normalise("本年收入合计为\r\n100万元。\r\n其中财政拨款50万元。").text == (
        "本年收入合计为100万元。\n其中财政拨款50万元。"
    )
    assert normalise("本年收入合计为\n100万元。\n其中财政拨款50万元。").text == (
        "本年收入合计为100万元。\n其中财政拨款50万元。"
    )
    assert normalise("收入合计\r\n100万元。").text == "收入合计100万元。"
