"""The twenty-third round of tests that kill the text audit's mutants (issue 10), part c.

Written for survivors of the mutation run at dba33e2 (scripts/mutation_score.py textaudit): a
list that runs on over sentences ends at a remark that opens another classification of the total
(claims._gather, mutant 508); a hidden figure after a list's last sentence does not hide one of
its parts (claims._hides_a_part, mutant 12); a printed prior of 1元 beside figures in the hundreds
is a misprint, not a base (claims._implausible_prior, mutant 15); and the contributions of the
three industries joined by 及 add up to 100 (claims._industry_contributions, mutant 27). Each
expected value is worked out by hand.
"""

from __future__ import annotations

from budgetperf.textaudit import audit_text

# --- claims._gather: a remark between sentences that opens another classification -------------


def test_a_list_over_sentences_ends_at_a_remark_that_classifies_the_total_anew() -> None:
    # 60 + 40 = 100, the total; "按经济分类," in the remark between the sentences opens another
    # breakdown of the same 100, so 工资福利支出 70万元 after it is none of the first list's parts
    text = (
        "2023年支出合计100万元,其中:\n基本支出60万元。项目支出40万元。"
        "按经济分类,明细如下。工资福利支出70万元。"
    )
    audit = audit_text(text)
    assert [
        (c.claim.kind, c.status.value, str(c.computed), [f.q.text for f in c.claim.inputs])
        for c in audit.claims
    ] == [("sum", "agrees", "100", ["60万元", "40万元"])]
    assert audit.findings == ()


# --- claims._hides_a_part: only a hidden figure among the parts makes the sum unknown ---------


def test_a_hidden_figure_after_the_lists_sentence_leaves_its_sum_checked() -> None:
    # 10 + 20 = 30, the total; the "**万元" of 会议费 is in the next sentence, after the list
    audit = audit_text(
        "2023年三公经费支出合计30万元,其中:公务接待费10万元,公务用车运行维护费20万元。"
        "会议费支出**万元。"
    )
    assert [
        (c.claim.kind, c.status.value, str(c.computed), [f.q.text for f in c.claim.inputs])
        for c in audit.claims
    ] == [("sum", "agrees", "30", ["10万元", "20万元"])]
    assert audit.findings == ()


# --- claims._implausible_prior: a prior of one yuan is looked at too ---------------------------


def test_a_printed_prior_of_one_yuan_beside_hundreds_is_no_base() -> None:
    # 800 + 200 = 1000 and 800 − 200 = 600, both at least 100 × 1: the printed 1元 is a
    # misprint, not the base the change is taken from (as with 10000万元 beside 80万元)
    audit = audit_text("2023年支出800元,比上年1元减少200元。")
    assert audit.claims == ()
    assert audit.findings == ()


# --- claims._industry_contributions: the last of the three after 及 -------------------------


def test_the_contributions_of_three_industries_joined_by_ji_add_up_to_a_hundred() -> None:
    # 4.5 + 53.9 + 41.6 = 100.0 (the last share printed, the ones before it its inputs)
    audit = audit_text("2023年,三次产业对经济增长的贡献率分别为4.5%、53.9%及41.6%。")
    assert [
        (
            c.claim.kind,
            c.status.value,
            str(c.computed),
            [f.q.text for f in c.claim.inputs],
            c.claim.printed.q.text,
        )
        for c in audit.claims
    ] == [("shares-sum", "agrees", "100.0", ["4.5%", "53.9%"], "41.6%")]
    assert audit.findings == ()
