"""The twenty-third round of tests that kill the text audit's mutants (issue 10), part b.

Written for survivors of the mutation run at dba33e2 (scripts/mutation_score.py textaudit): a
rate whose words have 均 but not a word of an average per year (人均增长) is no average annual
growth (claims._average_growth, mutant 2); and a catch-all after a prefix of the parts that adds
up to the total exactly, the catch-all half the total, still leaves the prefix as the parts
(claims._exact_prefix, mutant 46). Each expected value is worked out by hand.
"""

from __future__ import annotations

from budgetperf.textaudit import audit_text, claims
from budgetperf.textaudit.facts import read_facts

# --- claims._average_growth: 均 alone is no average per year ---------------------------------


def test_a_rate_per_head_is_not_read_as_an_average_annual_growth() -> None:
    # 年均增长 in the first sentence has the text searched for averages; 人均增长 in the second
    # has 均 but no word of _AVERAGE, so 10% is the rate of the change 100 → 146.4:
    # (146.4 − 100) / 100 = 46.4% → 46, printed 10 (not (146.4 / 100)^(1/4) − 1 = 10%)
    text = (
        "2018年以来全市财政收入年均增长8%。"
        "居民收入由2018年的100亿元增加到2022年的146.4亿元,人均增长10%。"
    )
    audit = audit_text(text)
    assert [
        (c.claim.kind, c.claim.relation, c.status.value, str(c.computed)) for c in audit.claims
    ] == [("change-rate", "rate", "disagrees", "46")]
    assert [(f.code, f.severity.value) for f in audit.findings] == [
        ("arithmetic.change-rate", "error")
    ]


# --- claims._exact_prefix: a catch-all of half the total -------------------------------------


_HALF_CATCH_ALL = "本年收入合计100万元,其中:财政拨款收入30万元,事业收入70万元,其他收入50万元。"


def test_a_catch_all_of_half_the_total_leaves_the_exact_prefix_as_the_parts() -> None:
    # 30 + 70 = 100, the total exactly; the 其他 after them is 50, and 2 × 50 = 100 is not less
    # than the total: the rest is no small catch-all closing the list, the prefix stands
    doc = read_facts(_HALF_CATCH_ALL)
    total, *parts = doc.facts
    lst = claims._List(total, parts, [], True)
    prefix = claims._exact_prefix(lst)
    assert prefix is not None
    assert [p.q.text for p in prefix] == ["30万元", "70万元"]


def test_a_list_whose_first_two_parts_make_the_total_agrees_past_half_a_catch_all() -> None:
    # read of the prefix, the sum is 30 + 70 = 100 as printed (all three would be 150)
    audit = audit_text(_HALF_CATCH_ALL)
    assert [(c.claim.kind, c.status.value, str(c.computed)) for c in audit.claims] == [
        ("sum", "agrees", "100")
    ]
    assert not audit.findings
