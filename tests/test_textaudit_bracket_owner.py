"""A list in brackets right after a figure breaks down that figure alone. "调整预算数110万元,决算数
105万元(其中:基本支出70万元,项目支出35万元)" was read against both phases, and 110's "parts adding
up to 105" was an error on a correct sentence. Found by a mutant of ``claims._totals_before``
that lived (issue 10)."""

from __future__ import annotations

import pytest

from budgetperf.textaudit import audit_text


def _claims(text: str) -> list[tuple[str, str, str | None, str]]:
    return [
        (c.claim.kind, c.status.value, c.computed, c.claim.printed.q.text)
        for c in audit_text(text).claims
    ]


@pytest.mark.parametrize(
    "text",
    [
        # 70 + 35 = 105, the figure the bracket follows
        "2023年调整预算数110万元,决算数105万元(其中:基本支出70万元,项目支出35万元)。",
        "2023年年初预算数110万元,决算数105万元(其中:基本支出70万元,项目支出35万元)。",
    ],
)
def test_a_bracket_breaks_down_the_figure_it_follows(text: str) -> None:
    assert _claims(text) == [("sum", "agrees", "105", "105万元")]
    assert audit_text(text).findings == ()


def test_a_bracket_that_misses_its_figure_is_an_error_of_that_figure() -> None:
    # 70 + 35 = 105, not the 110 the bracket follows (the 105 before it is another phase's)
    text = "2023年调整预算数105万元,决算数110万元(其中:基本支出70万元,项目支出35万元)。"
    assert _claims(text) == [("sum", "disagrees", "105", "110万元")]
    assert [(f.code, f.severity.value) for f in audit_text(text).findings] == [
        ("arithmetic.breakdown-sum", "error")
    ]


def test_a_list_after_both_phases_is_still_read_against_the_one_it_fits() -> None:
    # no bracket: "…,其中:" may follow either phase; 70 + 35 = 105 fits the 决算数
    text = "2023年调整预算数110万元,决算数105万元,其中:基本支出70万元,项目支出35万元。"
    assert _claims(text) == [("sum", "agrees", "105", "105万元")]
