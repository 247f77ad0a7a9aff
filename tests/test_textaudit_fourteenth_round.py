"""The fourteenth round of fixes (issue 10): forms of real report sentences read wrongly before
(the pages are in tests/corpus/unkeyed, web14-*, where one holds the form)."""

from __future__ import annotations

from budgetperf.textaudit import audit_text


def _claims(text: str) -> list[tuple[str, str, str]]:
    return [(c.kind, c.printed, c.status.value) for c in audit_text(text).claims]


def _findings(text: str) -> list[tuple[str, str]]:
    return [(f.code, f.severity.value) for f in audit_text(text).findings]


def test_a_share_after_a_second_qizhong_is_of_the_part_it_breaks_down() -> None:
    # 30 ÷ 50 = 60%: the second 其中 breaks down 项目支出, not the head 100
    text = "2024年度支出总计100万元,其中项目支出50万元,占50%,其中专项业务费30万元,占60%。"
    assert _claims(text) == [("share", "50", "agrees"), ("share", "60", "agrees")]
    assert _findings(text) == []


def test_a_share_after_a_second_qizhong_of_neither_whole_is_only_a_warning() -> None:
    # 70% is neither 30 ÷ 50 (60%) nor 30 ÷ 100 (30%): which whole is meant is a reading
    text = "2024年度支出总计100万元,其中项目支出50万元,占50%,其中专项业务费30万元,占70%。"
    assert _claims(text) == [("share", "50", "agrees"), ("share", "70", "disagrees")]
    assert _findings(text) == [("arithmetic.share", "warning")]


def test_a_share_after_the_heads_own_qizhong_is_still_of_the_head() -> None:
    # one 其中, right after the head: both shares are of 100
    text = "2024年度支出总计100万元,其中项目支出50万元,占50%,基本支出50万元,占50%。"
    assert ("share", "50", "agrees") in _claims(text)
    assert _findings(text) == []
