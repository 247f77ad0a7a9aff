"""The twentieth round of tests that kill the text audit's mutants (issue 10, Deliver 7), part d.

Written for survivors of the mutation run at c3ed4ae (scripts/mutation_score.py textaudit): the
shares that may agree on an unprinted total stand at most eight sentences apart, after it as
before it (claims._consensus_total, mutant 13), a part that increases is a part of a total named
by its verb first, 预计增加财力 (claims._gather, mutant 714), the 中的 of a part's name is
read only when no total of the share's name is found (claims._share, mutant 242), and the gap to
a 目标 is a change against the budget as the gap to a 任务 is (facts.classify, mutant 69).
Each expected value is worked out by hand.
"""

from __future__ import annotations

from budgetperf.textaudit.facts import read_facts
from claim_rows import findings, rows  # registered by conftest.py

# --- claims._consensus_total: siblings at most eight sentences after the share ----------------

_TWO_SHARES_AND_TOTAL = (
    "(一)教育支出5,806,105.16元,占支出总预算82.27%。(二)社会保障和就业支出"
    "557,718.56元,占支出总预算7.9%。2023年财政拨款收支总预算7,057,486.18元。"
)
_FILLER = "本单位按要求开展工作。"
_THIRD_SHARE = "(三)卫生健康支出275,373.54元,占支出总预算3.9%。"


def test_a_third_share_eight_sentences_after_the_first_completes_the_siblings() -> None:
    # sentences 0 and 1 hold the first two shares, 2 the total, 3..7 the filler, 8 the third
    # share: 8 − 0 = 8 sentences apart, within reach. 5806105.16 / 7057486.18 = 82.2687% → 82.27,
    # 557718.56 / 7057486.18 = 7.9025% → 7.9, 275373.54 / 7057486.18 = 3.9019% → 3.9
    text = _TWO_SHARES_AND_TOTAL + _FILLER * 5 + _THIRD_SHARE
    name, rel = "of 7,057,486.18元", "amount / the total its siblings fit"
    assert rows(text) == [
        ("share", "82.27", "agrees", "82.27", name, rel, False),
        ("share", "7.9", "agrees", "7.9", name, rel, False),
        ("share", "3.9", "agrees", "3.9", name, rel, False),
    ]


def test_a_share_ten_sentences_later_is_no_sibling_of_the_first_two() -> None:
    # the third share in sentence 10: 10 − 0 = 10 and 10 − 1 = 9 sentences from the first two,
    # beyond the eight; two shares are never enough to agree on a total, so nothing is claimed
    # (the same 7057486.18 fits all three, as above)
    text = _TWO_SHARES_AND_TOTAL + _FILLER * 7 + _THIRD_SHARE
    assert rows(text) == []
    assert findings(text) == []


# --- claims._gather: increases are the parts of a total named 预计增加… --------------------------


def test_increases_are_the_parts_of_a_total_named_by_its_verb_first() -> None:
    # 预计增加财力 is a change named verb first (增加: +1); its parts 增加3 and 增加5:
    # 3 + 5 = 8, printed 8
    text = "预计增加财力8亿元,其中指标收入增加3亿元,土地出让净收入增加5亿元。"
    assert rows(text) == [("sum", "8", "agrees", "8", "parts", "sum of the parts", True)]


# --- claims._share: the whole a part's name holds (X中的Y) only when none is found -----------


def test_a_found_total_is_not_replaced_by_the_whole_the_part_s_name_holds() -> None:
    # 占收入 finds 全县收入合计800 (a total's word, 合计): 430 / 800 = 53.75%, printed 53.75
    # (agrees); not 一般公共预算收入500 the part's name holds (430 / 500 = 86%)
    text = (
        "全县收入合计800万元,一般公共预算收入500万元。"
        "一般公共预算收入中的税收收入430万元,占收入的53.75%。"
    )
    assert rows(text) == [
        ("share", "53.75", "agrees", "53.75", "of 800万元", "amount / total × 100", False)
    ]
    assert findings(text) == []


# --- facts.classify: the gap to a 目标 --------------------------------------------------------


def test_the_amount_short_of_a_target_is_a_change_against_the_budget() -> None:
    # 距目标还差192万元: 192 short of the target (−1), a gap against the budget; not a value
    doc = read_facts("地税4408万元,距目标还差192万元,同比减收1793万元。")
    level, gap, change = doc.facts
    assert (level.q.text, gap.q.text, change.q.text) == ("4408万元", "192万元", "1793万元")
    assert (gap.role.name, gap.sign, gap.gap, gap.basis.name) == ("CHANGE", -1, True, "BUDGET")
    # the change after it is of the prior year, as printed (同比减收)
    assert (change.role.name, change.sign, change.gap, change.basis.name) == (
        "CHANGE",
        -1,
        False,
        "PRIOR",
    )
