"""The twenty-first round of tests that kill the text audit's mutants (issue 10, Deliver 7), part e.

Written for survivors of the mutation run at 06dd5ef (scripts/mutation_score.py textaudit): a
绩效自评表's level whose indicator rows include one read unsure, whose sum stays a weak claim
however many rows after it read for sure (claims._indicator_weights, mutant 213: sure = sure or
certain). Two others change no result: _bracketed_changes' mutant 61 ((g.sign or 2) for a
bracketed change part: every change of money is read with its verb's way, +1 or −1, and a change
of no way, 持平, is of no money, so the "or" is never taken) and _wholes_before's mutant 4 (the
memo never read back: the candidates are computed again from the same sentence, and the memo is
still written). Each expected value is worked out by hand.
"""

from __future__ import annotations

from budgetperf.textaudit import audit_text
from claim_rows import rows  # registered by conftest.py

# --- claims._indicator_weights: a row read unsure makes its level's sum weak ---

_HEADER = "一级指标 | 二级指标 | 三级指标 | 分值 | 年度指标值 | 全年实际值 | 得分 |\n"


def test_a_level_with_an_indicator_row_read_unsure_is_a_weak_sum() -> None:
    # the 得分 of 按时完工率 is "未评", no number: its 分值 5 is a bare number that fits no way,
    # the row is read unsure and its 5 is not added; 20 + 10 = 30, printed 35: a weak claim (the
    # rows after it read for sure do not make it strong), so a warning, not an error
    text = (
        _HEADER
        + "产出指标(35分) | 数量指标 | 改造农村公路里程 | 20 | 12公里 | 12公里 | 20 |\n"
        + "时效指标 | 按时完工率 | 5 | 100% | 100% | 未评 |\n"
        + "质量指标 | 工程验收合格率 | 10 | 100% | 100% | 10 |\n"
    )
    assert rows(text) == [
        ("sum", "35", "disagrees", "30", "20 + 10", "Σ 分值 = the level's points", False)
    ]
    assert [(f.code, f.severity.value) for f in audit_text(text).findings] == [
        ("arithmetic.breakdown-sum", "warning")
    ]


def test_a_level_whose_indicator_rows_all_read_for_sure_is_a_strong_sum() -> None:
    # the same level without the unsure row: 20 + 10 = 30, the level's points, for sure
    text = (
        _HEADER
        + "产出指标(30分) | 数量指标 | 改造农村公路里程 | 20 | 12公里 | 12公里 | 20 |\n"
        + "质量指标 | 工程验收合格率 | 10 | 100% | 100% | 10 |\n"
    )
    assert rows(text) == [
        ("sum", "30", "agrees", "30", "20 + 10", "Σ 分值 = the level's points", True)
    ]
    assert audit_text(text).findings == ()
