"""The twenty-first round of tests that kill the text audit's mutants (issue 10, Deliver 7), part f.

Written for survivors of the mutation run at 06dd5ef (scripts/mutation_score.py textaudit): the
classification a list keeps when its total moves to the figure in brackets after the one before
it (claims._bracketed_total, mutant 15). Two more survivors change nothing a user sees:
claims._list_head mutant 17 (``rfind`` for ``find``: both are -1 exactly when no ';' lies between)
and claims.build_claims mutant 203 (``or`` for ``and``: without a saving's word in the text no
label holds one, and a saving with its plan and actual is three figures). Each expected value is
worked out by hand.
"""

from __future__ import annotations

from budgetperf.textaudit import audit_text

# --- claims._bracketed_total: a side's list keeps its classification when its total moves ------


def test_a_side_list_of_a_bracketed_side_is_still_one_classification_of_the_total() -> None:
    # 200 + 100 = 300 and 150 + 50 = 200: not the 收支 total of 500, but the 收入 and the 支出
    # printed in brackets after it. Each side's list is one breakdown of the total (the 收入 side
    # and the 支出 side), and stays one when its total is the bracketed figure (an inferred total:
    # not certain).
    audit = audit_text(
        "收支总预算500万元(收入预算300万元,支出预算200万元)。"
        "收入包括:财政拨款收入200万元,事业收入100万元;支出包括:基本支出150万元,项目支出50万元。"
    )
    assert [
        (
            c.claim.kind,
            c.status.value,
            str(c.computed),
            c.claim.printed.q.text,
            [p.q.text for p in c.claim.inputs],
            c.claim.relation,
        )
        for c in audit.claims
    ] == [
        (
            "sum",
            "agrees",
            "300",
            "300万元",
            ["200万元", "100万元"],
            "sum of the parts (one classification of the total)",
        ),
        (
            "sum",
            "agrees",
            "200",
            "200万元",
            ["150万元", "50万元"],
            "sum of the parts (one classification of the total)",
        ),
    ]
    assert [c.to_dict()["certain"] for c in audit.claims] == [False, False]
    assert audit.findings == ()
