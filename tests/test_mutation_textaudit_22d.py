"""The twenty-second round of tests that kill the text audit's mutants (issue 10, Deliver 7), d.

Written for survivors of the mutation run at c02ffc4 (scripts/mutation_score.py textaudit): a
bare share under an opening context ("…决算中,") whose whole is already found (the head of a
list) keeps that whole (claims._share, mutant 306), a run of 25 numerals that opens the text at
its second character is longer than any amount (quantities._with_chinese_amounts, mutant 31),
and a 收支 statement copied one cell per line with exactly six pairs is read
(tables._two_sided, mutant 103).

Survivors read and left, as they change no result: claims._closed 6 and claims._years_named 6
(the type named in a cast's string: cast does nothing at run time) and claims._intro_starts_of
14 (the memo stored under another key: only computed again, to the same list). Each expected
value is worked out by hand.
"""

from __future__ import annotations

from decimal import Decimal

from budgetperf.textaudit import audit_text, quantities, tables
from budgetperf.textaudit.facts import read_facts

# --- claims._share: a bare share whose whole is found is not read under the opening context ---


def test_a_bare_share_of_a_listed_head_is_not_read_against_the_opening_contexts_total() -> None:
    # "…决算中," names the 三公 total (62.07万元) printed a sentence before, but the bare shares
    # follow a head with 包括: (公务接待费 20万元): 12 / 20 = 60%, 8 / 20 = 40%, both as printed
    # (against 62.07 they would be 19.33% and 12.89%)
    audit = audit_text(
        "2023年度“三公”经费财政拨款支出决算为62.07万元。2023年度“三公”经费财政拨款支出决算中,"
        "公务接待费支出合计20万元,包括:国内接待费12万元,占60%;国外接待费8万元,占40%。"
    )
    got = [
        (c.claim.kind, c.status.value, c.computed, [f.q.text for f in c.claim.inputs])
        for c in audit.claims
    ]
    assert got == [
        ("sum", "agrees", "20", ["12万元", "8万元"]),
        ("share", "agrees", "60", ["12万元", "20万元"]),
        ("share", "agrees", "40", ["8万元", "20万元"]),
    ]
    assert audit.findings == ()


def test_a_share_of_a_named_whole_not_found_is_not_read_under_the_opening_context() -> None:
    # 占公务费用的36.4%: a named whole that no figure bears, and no head; the opening context's
    # total (62.07万元) is only for bare shares, so no share is read (22.59 / 62.07 would be
    # 36.4% by chance)
    audit = audit_text(
        "2023年度“三公”经费财政拨款支出决算为62.07万元。2023年度“三公”经费财政拨款支出决算中,"
        "公务接待费支出22.59万元,占公务费用的36.4%。"
    )
    assert audit.claims == ()
    assert audit.findings == ()


# --- quantities._with_chinese_amounts: 25 numerals before 元 are no amount --------------------

# 1234亿 + 5678万 + 9123 = 123,456,789,123元, in 24 numerals (7 + 1 + 8 + 1 + 7)
_RUN = "一千二百三十四亿零五千六百七十八万九千一百二十三"


def test_twenty_four_numerals_before_yuan_are_an_amount() -> None:
    assert len(_RUN) == 24
    for text, start in ((_RUN + "元", 0), ("共" + _RUN + "元", 1)):
        got = [(q.value, q.unit.label, q.start, q.end) for q in quantities.find_quantities(text)]
        assert got == [(Decimal(123456789123), "元", start, start + 25)]


def test_twenty_five_numerals_from_the_texts_first_character_are_no_amount() -> None:
    # one numeral more (五) at offset 0: the run from offset 1 reaches the walk's floor with a
    # numeral still before it, so the whole is longer than any amount
    assert quantities.find_quantities("五" + _RUN + "元") == []


# --- tables._two_sided: six pairs are enough ---------------------------------------------------


def test_a_one_cell_per_line_statement_of_six_pairs_is_read() -> None:
    # three pairs a side (总计 1000 = 600 + 400 = 800 + 200): six pairs in all, the fewest read
    text = (
        "单位:万元\n\n收    入\n\n执行数\n\n支    出\n\n执行数\n\n总   计\n\n1000\n\n"
        "总   计\n\n1000\n\n一、本级收入\n\n600\n\n一、本级支出\n\n800\n\n二、转移性收入\n\n"
        "400\n\n二、转移性支出\n\n200"
    )
    grids = tables._two_sided(read_facts(text))
    got = [[(r.label, [c.q.text if c else None for c in r.cells]) for r in g.rows] for g in grids]
    assert got == [
        [("总计", ["1000"]), ("一、本级收入", ["600"]), ("二、转移性收入", ["400"])],
        [("总计", ["1000"]), ("一、本级支出", ["800"]), ("二、转移性支出", ["200"])],
    ]
