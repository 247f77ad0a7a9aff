"""The twenty-first round of tests that kill the text audit's mutants (issue 10, Deliver 7), part a.

Written for survivors of the mutation run at 06dd5ef (scripts/mutation_score.py textaudit): a
sentence of parts closed by 其他 that opens the text has no sentence before it whose amount it
breaks down (claims._closed_sentence_lists, mutant 13), and the name of a part's rate is cut of
spaces and marks only, a Latin letter that opens it kept (claims._part_rates, mutant 100).
Each expected value is worked out by hand.
"""

from __future__ import annotations

from budgetperf.textaudit import audit_text, claims
from budgetperf.textaudit.facts import read_facts

# --- claims._closed_sentence_lists: the parts' total is in the sentence before them ----------


def test_a_closed_list_of_parts_opening_the_text_is_not_of_the_texts_last_amount() -> None:
    # 300 + 200 + 10 = 510, closed by 其他: a breakdown, but of nothing printed before it; the
    # one amount after it (资产总额9000万元) is not its total
    text = "存款利息300万元,委托贷款利息200万元,其他10万元。年末资产总额9000万元。"
    doc = read_facts(text)
    first, second = doc.sentences
    assert [(f.label, f.q.text) for f in first.facts] == [
        ("存款利息", "300万元"),
        ("委托贷款利息", "200万元"),
        ("其他", "10万元"),
    ]
    assert [f.q.text for f in second.facts] == ["9000万元"]
    assert first.paragraph == second.paragraph
    lists: list[claims._List] = []
    claims._closed_sentence_lists(doc, lists)
    assert lists == []
    audit = audit_text(text)
    assert audit.claims == ()
    assert audit.findings == ()


def test_a_closed_list_of_parts_after_its_total_s_sentence_is_its_breakdown() -> None:
    # the same parts after the sentence of their total: 300 + 200 + 10 = 510, printed 520
    text = "业务收入520万元。存款利息300万元,委托贷款利息200万元,其他10万元。"
    doc = read_facts(text)
    lists: list[claims._List] = []
    claims._closed_sentence_lists(doc, lists)
    assert [(lst.total.q.text, [p.q.text for p in lst.parts]) for lst in lists] == [
        ("520万元", ["300万元", "200万元", "10万元"])
    ]


# --- claims._part_rates: the rate's name keeps the letter it opens with -----------------------


def test_a_part_rate_named_by_a_latin_letter_and_a_word_of_the_part_is_its_share() -> None:
    # "X光合格率": its name's beginning "X光" is in the part's label "其中X光机合格"; 45 / 50 =
    # 90%, printed 80% (without the X, "光合" is in no label: no share read)
    text = "全县检查设备50台,其中X光机合格45台,X光合格率80%。"
    doc = read_facts(text)
    assert [(f.label, f.q.text) for f in doc.facts] == [
        ("全县检查设备", "50台"),
        ("其中X光机合格", "45台"),
        ("X光合格率", "80%"),
    ]
    found: list[claims.Claim] = []
    claims._part_rates(doc, found)
    assert [(c.kind, c.printed.q.text, [f.q.text for f in c.inputs]) for c in found] == [
        ("share", "80%", ["45台", "50台"])
    ]
    audit = audit_text(text)
    assert [(c.claim.kind, c.status.value, str(c.computed)) for c in audit.claims] == [
        ("share", "disagrees", "90")
    ]
    assert [(f.code, f.severity, f.printed, f.computed) for f in audit.findings] == [
        ("arithmetic.share", "warning", "80", "90")
    ]
