"""The months a gap to the time progress counts ("超过序时进度10.68个百分点"), where the period
is named far from the gap or only in an aside (the eighteenth round).

``claims._elapsed_months`` reads the last month, quarter or half-year named in the 600
characters before the gap; a month inside brackets that close before the gap is a source or a
remark ("(预计数取自《…2018年1-5月…》)"), not the period; with none near, the period the
document's first paragraph names counts, but not a date there ("2018年7月20日"). Every expected
figure is worked out by hand in the comment beside it.
"""

from __future__ import annotations

from budgetperf.textaudit import audit_text

FILLER = "全市各级财政部门认真贯彻落实各项决策部署。" * 40  # 800 characters, no period named
GAP = "一般公共预算支出完成100万元,占支出预计数的60.68%,超过序时进度要求10.68个百分点。"


def _points(text: str) -> list[tuple[str, str]]:
    return [
        (c.claim.printed.q.text, c.claim.verdict.status.value)
        for c in audit_text(text).claims
        if c.claim.kind == "points"
    ]


def test_the_opening_period_counts_when_none_is_near() -> None:
    # 上半年: 6/12 = 50%; 60.68 - 50 = 10.68
    assert _points("截至上半年末,全市财政收支顺利完成“双过半”。\n" + FILLER + GAP) == [
        ("10.68个百分点", "agrees")
    ]


def test_a_date_at_the_opening_is_no_period() -> None:
    # 7月20日 is the page's date: no period, so no reading (7/12 would give 2.35, an error)
    assert _points("2018年7月20日发布\n" + FILLER + GAP) == []


def test_a_date_before_the_period_is_skipped() -> None:
    # the date is skipped, 1-6月 counts: 60.68 - 50 = 10.68
    assert _points("2018年7月20日,1-6月财政收支情况通报如下。\n" + FILLER + GAP) == [
        ("10.68个百分点", "agrees")
    ]


def test_a_month_in_an_aside_is_not_the_period() -> None:
    # the 1-5月 of the source would give 60.68 - 41.67 = 19.01 (an error); 1-6月 counts
    text = (
        "1-6月,一般公共预算支出完成100万元,占支出预计数(预计数取自《关于2018年1-5月收支考核情况"
        "的通报》,闽财预〔2018〕30号)的60.68%,超过序时进度要求10.68个百分点。"
    )
    assert _points(text) == [("10.68个百分点", "agrees")]


def test_a_period_far_before_wins_over_the_opening_when_near() -> None:
    # 一季度 is within 600 characters: 3/12 = 25%; 35.5 - 25 = 10.5 (the opening's 上半年 would
    # give -14.5)
    text = (
        "上半年财政收支情况。\n"
        + FILLER
        + "一季度,支出完成100万元,占支出预计数的35.5%,超过序时进度10.5个百分点。"
    )
    assert _points(text) == [("10.5个百分点", "agrees")]
