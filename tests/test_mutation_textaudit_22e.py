"""The twenty-second round of tests that kill the text audit's mutants (issue 10, Deliver 7),
part e.

Written for survivors of the mutation run at c02ffc4 (scripts/mutation_score.py textaudit): a
sentence of parts in another paragraph than the sentence before it is passed over, not the end
of the search for later ones (claims._closed_sentence_lists, mutant 45); 约 that opens the text
still marks the figure after it an estimate (claims._is_estimate, mutant 17); a 用于 right after
the figure of an item that opened with 用于 opens its sibling (claims._sibling_opener, mutant
18); a comparison 与…相比 starts at its last 与, not at a 与 inside the subject's own name
(facts._change, mutant 98); and a Big5 reading with kana at 5% exactly is refused as Big5 too
(read._gb_or_big5, mutant 17). Each expected value is worked out by hand.
"""

from __future__ import annotations

import pytest

from budgetperf.errors import ParseError
from budgetperf.textaudit import audit_text, claims
from budgetperf.textaudit.facts import Role, read_facts
from budgetperf.textaudit.read import Decoded, decode

# --- claims._closed_sentence_lists: a list in another paragraph is skipped, not the end -------


def test_closed_lists_after_one_in_another_paragraph_are_still_read() -> None:
    # the first sentence of parts (300 + 200 + 10 = 510, against 520) opens a new paragraph:
    # not a breakdown of the amount before it; the second (50 + 30 + 10 = 90) follows its
    # total's sentence (经营收入100万元) in the same paragraph: a breakdown, printed 100
    text = (
        "(一)业务收入:业务收入520万元。\n"
        "存款利息300万元,委托贷款利息200万元,其他10万元。\n"
        "(二)经营收入:经营收入100万元。存款利息50万元,贷款利息30万元,其他10万元。"
    )
    doc = read_facts(text)
    lists: list[claims._List] = []
    claims._closed_sentence_lists(doc, lists)
    assert [(lst.total.q.text, [p.q.text for p in lst.parts]) for lst in lists] == [
        ("100万元", ["50万元", "30万元", "10万元"])
    ]
    audit = audit_text(text)
    assert [(c.claim.kind, c.status.value, str(c.computed)) for c in audit.claims] == [
        ("sum", "disagrees", "90")
    ]
    assert [(f.code, f.severity, f.printed, f.computed) for f in audit.findings] == [
        ("arithmetic.breakdown-sum", "warning", "100", "90")
    ]


# --- claims._is_estimate: 约 at the very start of the text --------------------------------------


def test_an_estimate_word_opening_the_text_marks_its_figure_an_estimate() -> None:
    # "约为300万元" at the start of an excerpt: an estimate, so its parts' 200 + 90 = 290 against
    # it is a warning, not an error
    text = "约为300万元,其中:工资福利支出200万元,商品和服务支出90万元。"
    doc = read_facts(text)
    first = doc.facts[0]
    assert (first.q.text, first.q.start) == ("300万元", 2)
    assert claims._is_estimate(doc, first)
    audit = audit_text(text)
    assert [(c.claim.kind, c.status.value, str(c.computed)) for c in audit.claims] == [
        ("sum", "disagrees", "290")
    ]
    assert [(f.code, f.severity, f.printed, f.computed) for f in audit.findings] == [
        ("arithmetic.breakdown-sum", "warning", "300", "290")
    ]


def test_an_estimate_word_of_one_character_opening_the_text_marks_its_figure() -> None:
    # "约300万元": 约 at offset 0, the figure at 1
    doc = read_facts("约300万元,其中工资200万元,公用经费90万元。")
    first = doc.facts[0]
    assert (first.q.text, first.q.start) == ("300万元", 1)
    assert claims._is_estimate(doc, first)


# --- claims._sibling_opener: items that each open with 用于 are siblings ----------------------


def test_items_each_opening_with_yongyu_are_siblings_not_a_breakdown_of_the_first() -> None:
    # 149.05 is more than 39.82 + 33.63 = 73.45: were the second 用于 a list of the first
    # item's uses, that would be a false error; each 用于 opens a sibling, and no total of the
    # three is printed: no claim
    text = (
        "全市新增专项债券共安排用于170余个公益性资本项目,其中用于市政和产业园区建设方面"
        "149.05亿元,用于保障性安居工程方面39.82亿元,用于其他方面33.63亿元。"
    )
    doc = read_facts(text)
    s = doc.sentences[0]
    second = text.index("用于保障性")
    third = text.index("用于其他")
    assert claims._sibling_opener(text, s, second, "用于")
    assert claims._sibling_opener(text, s, third, "用于")
    audit = audit_text(text)
    assert audit.claims == ()
    assert audit.findings == ()


# --- facts._change: 与…相比 opens at the last 与 before it -------------------------------------


def test_a_comparison_with_yu_opens_at_its_own_yu_not_one_in_the_subject() -> None:
    # "社会保障与就业支出" has a 与 of its own: the comparison is "与2022年决算相比", from the
    # last 与, and the change's subject is the whole name
    doc = read_facts("社会保障与就业支出与2022年决算相比增加120万元。")
    assert [(f.role, f.subject, f.q.text) for f in doc.facts] == [
        (Role.CHANGE, "社会保障与就业支出", "120万元")
    ]


def test_a_comparison_with_duibi_opens_at_its_own_yu_not_one_in_the_subject() -> None:
    doc = read_facts("住房保障与城乡社区支出与上年对比减少30万元。")
    assert [(f.role, f.subject, f.q.text) for f in doc.facts] == [
        (Role.CHANGE, "住房保障与城乡社区支出", "30万元")
    ]


# --- read._gb_or_big5: a Big5 reading must have under 5% kana ----------------------------------

# 38 Chinese characters (中華民國 4, 一百一十二年度 7, 中央政府總預算案 8, 歲入歲出 4,
# 簡明比較分析表 7, 係引用原文 5, 日本語 3) and two kana (の, の); its GB18030 reading has kana
# (中, Big5 A4 A4, reads as い)
_QUOTING_KANA = (
    "中華民國一百一十二年度中央政府總預算案歲入歲出簡明比較分析表(係引用原文日本語の「の」)"
)


def test_a_big5_reading_with_kana_at_five_percent_is_refused() -> None:
    # 2 kana of 2 + 38 characters: 5% exactly, not under it
    with pytest.raises(ParseError, match=r"it does not read as Big5$"):
        decode(_QUOTING_KANA.encode("big5"))


def test_a_big5_reading_with_kana_just_under_five_percent_is_big5() -> None:
    # one Chinese character more (字): 2 of 41, under 5%
    text = _QUOTING_KANA[:-1] + "字)"
    assert decode(text.encode("big5")) == Decoded(text, "big5", ())
