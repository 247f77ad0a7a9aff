"""The nineteenth round of tests that kill the text audit's mutants (issue 10, Deliver 7), part j.

Written for survivors of the run at c75984b: a figure of thousands of 万 printed with 多 or 余
("7千多万元") is a lower bound (quantities.find_quantities, mutant 168), so a sum of its parts
anywhere from 7000万元 up to 8000万元 agrees with it.

One other changes no result: facts._classify's mutant 1046 (cut >= 0 for cut > 0 when the
adjusted budget's head is cut before 由/从): at cut == 0 the head before[:0] is "" just as the
else branch gives, and at cut == -1 both take the else branch.
Each expected value is worked out by hand.
"""

from __future__ import annotations

from decimal import Decimal

from budgetperf.textaudit import audit_text, quantities
from budgetperf.textaudit.normalise import normalise

# --- quantities.find_quantities: 千多万元 and 千余万元 are figures with 多/余 ---------------


def test_thousands_of_wan_with_duo_or_yu_are_figures_over_their_value() -> None:
    # "7千多万元" is 0.7亿元 printed to its tenth, and more than that; "3千万元" is exactly so
    text = normalise("收入7千多万元,支出6千余万元,结余3千万元。").text
    found = quantities.find_quantities(text)
    assert [(q.text, q.value, q.places, q.over) for q in found] == [
        ("7千多万元", Decimal("0.7"), 1, True),
        ("6千余万元", Decimal("0.6"), 1, True),
        ("3千万元", Decimal("0.3"), 1, False),
    ]


def test_a_total_of_thousands_of_wan_with_duo_agrees_with_parts_above_it() -> None:
    # 5000 + 2600 = 7600万元 = 0.76亿元: more than 7千万元 and less than 8千万元, so within
    # "7千多万元" (read as exactly 0.7亿元 it would round to 0.8 and disagree)
    audit = audit_text("2023年一般公共预算收入7千多万元,其中:税收收入5000万元,非税收入2600万元。")
    assert [(c.claim.kind, c.status.value) for c in audit.claims] == [("sum", "agrees")]
    assert list(audit.findings) == []


def test_the_sum_of_parts_of_a_total_with_duo_is_printed_with_yu() -> None:
    # 5000 + 3200 = 8200万元 = 0.82亿元, beyond "7千多万元" (under 8千万元): the parts' sum is
    # shown as the printed total is, a figure with 余 (0.8亿余元)
    audit = audit_text("2023年一般公共预算收入7千多万元,其中:税收收入5000万元,非税收入3200万元。")
    assert [(f.code, f.message_en) for f in audit.findings] == [
        (
            "arithmetic.breakdown-sum",
            "the total is printed as 7千多万元, but its parts add up to 0.8亿余元: 5000万元 + "
            "3200万元",
        )
    ]
