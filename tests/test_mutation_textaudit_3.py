"""A third round of tests that kill the text audit's mutants (issue 10, Deliver 7).

Written for the survivors of new seeded samples of ``scripts/mutation_score.py textaudit``
(seeds 31 and up; seed 13 is kept for the unbiased measurement), that the stage and catalogue
tests, ``test_mutation_textaudit.py`` and ``test_mutation_textaudit_more.py`` let live
(docs/testing.md lists them and the ones judged equivalent). Each test states, worked out by
hand from a short report sentence, what a user of the audit sees: every claim's kind, printed
figure, status, value shown, reading, relation and whether its structure is certain, its span
in the text, and every finding's code, severity, place and message in both languages, with the
arithmetic in a comment beside it. A test marked ``xfail(strict=True)`` states the right result
where the audit has a bug (listed in the reason); it fails while the bug is there.
"""

from __future__ import annotations

import pytest

from budgetperf.textaudit import audit_text
from budgetperf.textaudit.facts import canonical


@pytest.fixture(autouse=True)
def _fresh_labels() -> None:
    """Read every label afresh (:func:`canonical` is cached; see test_mutation_textaudit_more)."""
    canonical.cache_clear()


#: kind, printed, status, value shown, reading, relation, certain
Row = tuple[str, str, str, str | None, str, str, object]
#: code, severity, line, column, message in English, message in Chinese
FindingRow = tuple[str, str, int | None, int | None, str, str]


def rows(text: str) -> list[Row]:
    """Each claim of ``text`` as the JSON report gives it."""
    out: list[Row] = []
    for c in audit_text(text).claims:
        d = c.to_dict()
        out.append(
            (
                c.kind,
                c.printed,
                c.status.value,
                c.computed,
                c.claim.verdict.reading,
                c.claim.relation,
                d["certain"],
            )
        )
    return out


def spans(text: str) -> list[str]:
    """Each claim's span, quoted from the text."""
    return [c.span for c in audit_text(text).claims]


def inputs(text: str) -> list[list[str]]:
    """Each claim's input figures as printed."""
    return [
        [c.doc.norm.quote(f.q.start, f.q.end) for f in c.claim.inputs]
        for c in audit_text(text).claims
    ]


def findings(text: str) -> list[FindingRow]:
    return [
        (f.code, f.severity.value, f.location.line, f.location.column, f.message_en, f.message_zh)
        for f in audit_text(text).findings
    ]


def not_understood(text: str) -> tuple[tuple[int, int, str], ...]:
    return audit_text(text).coverage.not_understood


INFERRED = "the structure was inferred, so check it"
RUNNING = "the figure with what is added and deducted"


# --- running sums ------------------------------------------------------------------------------


def test_a_sentence_opening_with_a_deduction_carries_the_figure_of_the_sentence_before() -> None:
    # 扣减 opens the second sentence and names nothing of four characters or more, so it carries
    # the last figure of the first: 100 − 20 = 80, printed 85; read from the verbs: inferred.
    text = "本年一般公共预算收入100万元。扣减上解支出20万元,当年可用财力85万元。"
    assert rows(text) == [
        ("sum", "85", "disagrees", "80", RUNNING, "added and deducted", False),
    ]
    assert spans(text) == ["扣减上解支出20万元,当年可用财力85万元"]
    assert inputs(text) == [["100万元", "20万元"]]
    assert findings(text) == [
        (
            "arithmetic.breakdown-sum",
            "warning",
            1,
            17,
            "the total is printed as 85万元, but its parts add up to 80万元: 100万元 − 20万元 "
            f"(read as: {RUNNING}; {INFERRED})",
            f"合计印为85万元，但各项之和为80万元：100万元 − 20万元（按“{RUNNING}”理解，"
            "结构系推断，请核对）",
        )
    ]
    assert not_understood(text) == ()


# --- shares ------------------------------------------------------------------------------------


@pytest.mark.xfail(
    strict=True,
    reason="bug: a combined share (合计占) of a total named 总支出 (a generic name) is read as "
    "the last part over the total, 30 / 100 = 30%, not (60 + 30) / 100 = 90%",
)
def test_a_combined_share_of_a_total_named_zong_zhichu() -> None:
    # (60 + 30) / 100 = 90%: agrees. The total is found by its name: inferred.
    text = "本年总支出100万元。培训项目60万元、维修项目30万元,合计占总支出的90%。"
    assert rows(text) == [
        (
            "share",
            "90",
            "agrees",
            "90",
            "the parts together, of 100万元",
            "sum of the parts / total",
            False,
        )
    ]
    assert findings(text) == []


def test_parts_listed_with_fenbie_and_their_shares_of_the_named_total() -> None:
    # 6571.4 + 11155.2 + 3343.9 = 21070.5: the total is found by the listing's name (采购规模),
    # and the parts come with their shares, so the structure is inferred. The shares, each of
    # 21070.5: 6571.4 / 21070.5 = 31.188% → 31.2; 11155.2 / 21070.5 = 52.942% → 52.9;
    # 3343.9 / 21070.5 = 15.870% → 15.9 (分别 pairs them by position: certain).
    text = (
        "2015年全国政府采购规模为21070.5亿元,比上年增加3765.2亿元。货物类、工程类和服务类采购"
        "金额分别为6571.4亿元、11155.2亿元和3343.9亿元,占全国政府采购规模的比重为31.2%、52.9%"
        "和15.9%。"
    )
    share = ("of 21070.5亿元", "amount / total × 100", True)
    assert rows(text) == [
        (
            "sum",
            "21070.5",
            "agrees",
            "21070.5",
            "the parts with shares",
            "sum of the parts given with their shares",
            False,
        ),
        ("share", "31.2", "agrees", "31.2", *share),
        ("share", "52.9", "agrees", "52.9", *share),
        ("share", "15.9", "agrees", "15.9", *share),
    ]
    assert spans(text)[0] == "2015年全国政府采购规模为21070.5亿元"
    assert inputs(text) == [
        ["6571.4亿元", "11155.2亿元", "3343.9亿元"],
        ["6571.4亿元", "21070.5亿元"],
        ["11155.2亿元", "21070.5亿元"],
        ["3343.9亿元", "21070.5亿元"],
    ]
    assert findings(text) == []


# --- completion rates --------------------------------------------------------------------------


def test_a_completion_of_a_budget_named_with_a_longer_stem() -> None:
    # 公务接待费 (stem 公务接待) ends with 接待 (the stem of 接待支出): the budget before the
    # actual in the same sentence is its budget, a certain reading: 8 / 10 = 80%.
    text = "公务接待费年初预算10万元,接待支出决算8万元,完成预算的80%。"
    assert rows(text) == [
        ("completion", "80", "agrees", "80", "8万元 of 10万元", "actual / budget × 100", True)
    ]
    assert spans(text) == ["公务接待费年初预算10万元,接待支出决算8万元,完成预算的80%"]
    assert inputs(text) == [["8万元", "10万元"]]
    assert findings(text) == []


# --- changes -----------------------------------------------------------------------------------


def test_a_change_alone_in_brackets_is_not_read() -> None:
    # Every figure of the second sentence is inside brackets: nothing in it opens the sentence,
    # and the change is left unread (listed as not understood, not a crash).
    text = "本年支出100万元。(较上年增加10万元)"
    assert rows(text) == []
    assert findings(text) == []
    assert not_understood(text) == ((1, 1, "本年支出100万元。"), (1, 11, "(较上年增加10万元)"))
