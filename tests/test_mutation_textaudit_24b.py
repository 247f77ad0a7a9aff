"""The twenty-fourth round of tests that kill the text audit's mutants (issue 10), part b.

Written for survivors of the mutation run at d4db2f0 (scripts/mutation_score.py textaudit): a
balance said with 相抵 over items adds each figure in once, its reading's signs +1 and −1
(claims._balances, mutant 273); a year-end balance already the result of a 相抵 statement is not
read again as what is carried (claims._carried_balances, mutant 16); and the signs of gaps
printed without a sign are whole numbers, +1 and −1, as a reading's signs are
(claims._gap_signs, mutant 50). Each expected value is worked out by hand.

Equivalent survivors, not tested: claims._currents mutant 169 (a change that is no count keeps
every figure: same_kind_of_count is True of any quantity without a measure word, so the filter
run for it changes nothing), claims._declared_whole mutant 15 (only the memo's key: the list is
computed again each time, the same) and claims._gather mutant 1180 (a ';' found at 0 leaves no
figure between pos and it, so the test after it is false either way).
"""

from __future__ import annotations

from budgetperf.textaudit import audit_text

# --- claims._balances: the items of a 相抵 statement, each signed +1 or −1 ----------------------


def test_a_balance_over_items_signs_the_money_in_plus_one_and_the_money_out_minus_one() -> None:
    # 500 + 100 − 550 = 50: two items in (收入), one out (支出), no 合计 among them
    report = audit_text(
        "一般公共预算收入500万元,上级补助收入100万元,一般公共预算支出550万元。收支相抵,结余50万元。"
    )
    assert [
        (c.claim.kind, c.status.value, str(c.computed), [f.q.text for f in c.claim.inputs])
        for c in report.claims
    ] == [("balance", "agrees", "50", ["500万元", "100万元", "550万元"])]
    assert [(r.name, r.signs) for r in report.claims[0].claim.readings] == [
        ("income − spending", (1, 1, -1))
    ]
    assert report.findings == ()


# --- claims._carried_balances: a balance a 相抵 statement claimed is not read again ------------


def test_a_year_end_balance_after_its_own_xiangdi_is_claimed_once() -> None:
    # 收支相抵: 710 − 700 = 10, the 年末结转和结余 the difference of the two totals; the
    # carried-balance reading (0 + 710 − 700) of the same figure is not made a second claim
    report = audit_text(
        "本年收入合计710万元,年初结转和结余0万元,本年支出合计700万元。收支相抵,年末结转和结余10万元。"
    )
    assert [
        (c.claim.kind, c.status.value, str(c.computed), [f.q.text for f in c.claim.inputs])
        for c in report.claims
    ] == [("difference", "agrees", "10", ["710万元", "700万元"])]
    assert report.findings == ()


def test_a_year_end_balance_without_xiangdi_is_read_as_what_is_carried() -> None:
    # (the same statement without 相抵: 90 + 710 − 700 = 100, 年初 + 收入 − 支出)
    report = audit_text(
        "本年收入合计710万元,年初结转和结余90万元,本年支出合计700万元。年末结转和结余100万元。"
    )
    assert [
        (c.claim.kind, c.status.value, str(c.computed), [f.q.text for f in c.claim.inputs])
        for c in report.claims
    ] == [("balance", "agrees", "100", ["710万元", "90万元", "700万元"])]


# --- claims._gap_signs: whole signs of gaps printed without a sign ----------------------------


def test_the_signs_of_unsigned_gaps_are_the_whole_numbers_one_and_minus_one() -> None:
    # total: budget 2.95 ≥ actual 2.05 (+1); 运行维护费: 0.95 ≥ 0 (+1); 公务接待费: 2 < 2.05
    # (−1, an overspend): 0.95 − 0.05 = 0.9
    report = audit_text(
        "三公经费支出2.05万元,年初预算为2.95万元,差值为0.9万元。其中:公务用车运行维护费支出0万元,"
        "年初预算为0.95万元,差值为0.95万元;公务接待费支出2.05万元,年初预算为2万元,差值为0.05万元。"
    )
    gap = [c for c in report.claims if c.claim.printed.q.text == "0.9万元"]
    assert [(c.status.value, str(c.computed)) for c in gap] == [("agrees", "0.9")]
    readings = {r.name: r.signs for r in gap[0].claim.readings}
    signs = readings["the gaps signed by their budgets and actuals"]
    assert signs == (1, -1)
    # (ints, as a reading's signs are typed: no 1.0 and −1.0)
    assert [type(k) for k in signs] == [int, int]
    assert repr(signs) == "(1, -1)"
