"""The fourteenth round of tests that kill the text audit's mutants (issue 10, Deliver 7).

Written for survivors of seed 29 (scripts/mutation_score.py textaudit --sample 300 --seed 29):
the edit distance that decides whether a printed 科目 name is a misspelling of a catalogue name
(checks._distance, mutant 29: an insertion costing 2), whether a subject names a figure
joined to another (claims._joined_name, mutant 5: a subject equal to the name), and a
restated 财政拨款支出 (checks._same_quantity, mutant 31). Two other
survivors read were left: _word_between's mutant 13 (the memo looked up under None) and
_rfind_in's mutant 1 (> for >= at the sentence's end) change no result, only what is computed
again; the last test below holds the memo to its answers all the same. Each expected value is
worked out by hand.
"""

from __future__ import annotations

import pytest

from budgetperf.textaudit import audit_text, checks, claims
from budgetperf.textaudit.facts import read_facts


@pytest.mark.parametrize(
    ("a", "b", "distance"),
    [
        ("a", "ab", 1),  # one character inserted
        ("ab", "a", 1),  # one deleted
        ("ab", "ac", 1),  # one replaced
        ("一般公共服务", "一般公共服物", 1),
        ("教育支出", "教育", 2),
        ("", "支出", 2),
        ("kitten", "sitting", 3),
    ],
)
def test_the_edit_distance_counts_insertions_deletions_and_replacements(
    a: str, b: str, distance: int
) -> None:
    assert checks._distance(a, b) == distance


def test_a_subject_that_is_the_name_itself_is_not_joined_to_another() -> None:
    assert claims._joined_name("税收返还和转移支付", "转移支付")
    assert not claims._joined_name("一般性转移支付", "转移支付")
    # the whole subject is the name (even one that ends with 和): nothing is joined before it
    assert not claims._joined_name("收入和", "收入和")
    assert not claims._joined_name("转移支付", "转移支付")


def test_the_places_of_each_word_are_remembered_apart() -> None:
    doc = read_facts("甲支出100万元,乙支出50万元。")
    text = doc.text
    end = len(text)
    assert claims._word_between(doc, "甲", 0, end)
    # a second word on the same document is looked for on its own, not answered from the first
    assert not claims._word_between(doc, "丙", 0, end)
    assert claims._word_between(doc, "乙", 0, end)
    assert not claims._word_between(doc, "乙", 0, text.index("乙"))
    assert claims._word_between(doc, "甲", 0, text.index("甲") + 1)


def test_a_funds_spending_printed_twice_differently_is_a_warning() -> None:
    # (checks._same_quantity, mutant 31: a name with 财政拨款支出 but no 费 was skipped) the same
    # quantity of the same year, 100 and then 120: a warning on the second
    audit = audit_text(
        "2023年度一般公共预算财政拨款支出100万元,主要用于保障运转。\n"
        "2023年度一般公共预算财政拨款支出120万元,比上年增加20万元。"
    )
    assert [(f.code, f.severity.value, f.printed) for f in audit.findings] == [
        ("consistency.same-quantity", "warning", "120万元")
    ]
