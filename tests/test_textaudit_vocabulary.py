"""The vocabulary's tables agree with one another: a word listed in a narrower table (a verb of
change read in a particular way) is one of the wider table's, so its direction has one home."""

from __future__ import annotations

import pytest

from budgetperf.textaudit import vocabulary
from budgetperf.textaudit.facts import read_facts


@pytest.mark.parametrize(
    "narrow",
    ["OBJECT_CHANGE_VERBS", "BUDGET_VERBS"],
)
def test_narrower_verb_tables_are_change_verbs(narrow: str) -> None:
    words = getattr(vocabulary, narrow)
    assert words, narrow
    assert [w for w in words if w not in vocabulary.CHANGE_VERBS] == []


@pytest.mark.parametrize("verb", vocabulary.OBJECT_CHANGE_VERBS)
def test_each_object_change_verb_makes_a_change_after_what_it_is_compared_with(verb: str) -> None:
    # the verb, then the name of what changed, right after the target compared with: a change
    # (its sign from CHANGE_VERBS), not a new figure of the year before
    text = f"税前盈余1.85亿元,较分配预算盈余目标0.59亿元,{verb}盈余1.26亿元。"
    facts = read_facts(text).facts
    last = facts[-1]
    assert str(last.q.value) == "1.26"
    assert last.role.value == "change"
    assert last.sign == vocabulary.CHANGE_VERBS[verb]
