"""The twenty-third round of tests that kill the text audit's mutants (issue 10), part d.

Written for survivors of the mutation run at dba33e2 (seed 37, scripts/mutation_score.py
textaudit): a sentence with no figure that opens a list only by a context in its middle ("…,在一般
公共预算支出中:") is read for that list, whether or not 在 is printed after it (claims._lists,
mutant 48); a share printed by its name is a weak claim, strong False and not a missing value
(claims._named_ratios, mutant 74); and the totals a "分别为" listing's name refers to are looked
for among the six figures of that name nearest before it, no further (claims._named_totals,
mutant 43). Each expected value is worked out by hand.
"""

from __future__ import annotations

from budgetperf.textaudit import audit_text, claims
from budgetperf.textaudit.facts import read_facts

# --- claims._lists: a figure-less sentence opened by a context in its middle ------------------


def test_a_context_in_a_sentence_without_figures_opens_the_list_of_the_figure_before() -> None:
    # "均为本级支出,在一般公共预算支出中:" has no figure and no introducer, only the context
    # (after its ','): the numbered lines below are the parts of the 100万元 of the sentence before,
    # a breakdown its words state (strong). 60 + 30 = 90, not 100: an error. No 在 follows the
    # context's sentence, so nothing else sends the sentence to be read.
    text = (
        "全年一般公共预算支出100万元。均为本级支出,在一般公共预算支出中:\n"
        "1、教育支出60万元。\n"
        "2、卫生支出30万元。"
    )
    audit = audit_text(text)
    assert [
        (
            c.claim.kind,
            c.claim.printed.q.text,
            [f.q.text for f in c.claim.inputs],
            c.claim.strong,
            c.status.value,
            str(c.computed),
        )
        for c in audit.claims
    ] == [("sum", "100万元", ["60万元", "30万元"], True, "disagrees", "90")]
    assert [(f.code, f.severity.value) for f in audit.findings] == [
        ("arithmetic.breakdown-sum", "error")
    ]


# --- claims._named_ratios: a named ratio's share is a weak claim -------------------------------


def test_a_share_printed_by_its_name_is_a_weak_claim_marked_false() -> None:
    # 税性比 is 税收收入 over the 收入 before it: 35.22 / 41.73 × 100 = 84.400…, printed 84.4;
    # the pairing is inferred, so the claim is weak: strong is False (a bool, not None)
    audit = audit_text(
        "全区财政总收入累计完成41.73亿元,同比增长5.2%,其中税收收入累计完成35.22亿元,"
        "同比增长6.1%,税性比为84.4%。"
    )
    assert [
        (c.claim.kind, c.claim.printed.q.text, [f.q.text for f in c.claim.inputs])
        for c in audit.claims
    ] == [("share", "84.4%", ["35.22亿元", "41.73亿元"])]
    claim = audit.claims[0]
    assert claim.claim.strong is False
    assert (claim.status.value, str(claim.computed)) == ("agrees", "84.4")
    assert list(audit.findings) == []


# --- claims._named_totals: the six nearest figures of the name, no more -----------------------


def test_the_totals_of_a_listing_name_are_among_the_six_nearest_figures_of_that_name() -> None:
    # seven figures before the listing end with 政府采购规模; the nearest six are the 市本级's and
    # the five districts' (none 全市's), so the 全市 figure, the seventh back, is not among them.
    # Of the six, nearest first (戊 4, 丁 5, 丙 6, …), the three nearest, farthest first, are the
    # candidate totals: 丙区's 6亿元, 丁区's 5亿元, 戊区's 4亿元 (named without 规模, as read).
    text = (
        "全市政府采购规模为60亿元。市本级政府采购规模为20亿元。甲区政府采购规模为8亿元。"
        "乙区政府采购规模为7亿元。丙区政府采购规模为6亿元。丁区政府采购规模为5亿元。"
        "戊区政府采购规模为4亿元。全市货物、工程、服务政府采购规模分别为10亿元、20亿元、30亿元。"
    )
    doc = read_facts(text)
    s = doc.sentences[7]
    assert doc.text[s.start : s.end].startswith("全市货物")
    at = doc.text.index("分别为")
    totals = claims._named_totals(doc, s, at)
    assert [(f.subject, f.q.text) for f in totals] == [
        ("丙区政府采购", "6亿元"),
        ("丁区政府采购", "5亿元"),
        ("戊区政府采购", "4亿元"),
    ]
