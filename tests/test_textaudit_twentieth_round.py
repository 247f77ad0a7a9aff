"""The edges of the twentieth round's readings: a threshold passed ("突破200亿大关",
``facts._THRESHOLD_VERB``), which is no figure of the total it is said of, and a share of a
scope's total of three characters ("占全国总销量的", ``claims._share``). The catalogue
(``tests/sentence_forms.py``, "a threshold passed") holds the real sentences; these are the cases
around them. Every expected figure is worked out by hand beside it.

Of eight hand-made mutants of the new code (each run against this file, the catalogue, the
goldens and ``tests/test_mutation_textaudit_20b.py``), seven are killed; the one left drops the
test of the first character after the figure (``_THRESHOLD_FIRST``), a shortcut before the
``startswith`` test that decides the same."""

from __future__ import annotations

import pytest

from budgetperf.textaudit import audit_text
from budgetperf.textaudit.facts import Role, read_facts


def _roles(text: str) -> list[tuple[str, Role, str]]:
    return [(f.q.text, f.role, f.subject) for f in read_facts(text).facts]


def _claims(text: str) -> list[tuple[str, str, str, list[str]]]:
    return [
        (
            c.claim.kind,
            c.claim.printed.q.text,
            c.claim.verdict.status.value,
            [i.q.text for i in c.claim.inputs],
        )
        for c in audit_text(text).claims
    ]


@pytest.mark.parametrize(
    "text",
    [
        "全市财政收入已突破30亿元大关,达31.2亿元。",
        "全市财政收入首次突破30亿元关口,达31.2亿元。",
        "全市财政收入迈上30亿元台阶,达31.2亿元。",
        "全市财政收入再次突破30亿元门槛,达31.2亿元。",
    ],
)
def test_a_threshold_passed_is_no_figure_of_the_total(text: str) -> None:
    # the threshold's words (a verb before, a noun after) make it a figure of no role; the
    # figure after it, named by 达 alone, is the total's
    assert _roles(text) == [
        ("30亿元", Role.OTHER, "全市财政收入"),
        ("31.2亿元", Role.VALUE, "全市财政收入"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # no noun of a threshold after it: a figure passed is the total's (a bound)
        "全市财政收入已突破30亿元,达31.2亿元。",
        # no verb of passing before it: 大关 alone names no threshold passed
        "全市财政收入为30亿元大关,达31.2亿元。",
    ],
)
def test_a_figure_without_both_words_of_a_threshold_stays_a_value(text: str) -> None:
    (first, *_) = _roles(text)
    assert first[:2] == ("30亿元", Role.VALUE)


def test_the_figure_after_a_threshold_takes_its_name_only_when_named_by_nothing_else() -> None:
    # "…突破30亿元大关,其中税收收入24.96亿元": the part is named, not the threshold's total
    assert _roles("全市财政收入突破30亿元大关,税收收入24.96亿元。")[1] == (
        "24.96亿元",
        Role.VALUE,
        "税收收入",
    )


def test_a_threshold_is_no_part_of_a_share() -> None:
    # 24.96 / 31.2 = 80% of the total after the threshold (before: 24.96 / 30 = 83.2% was a reading)
    assert _claims(
        "全市财政收入突破30亿元大关,达到31.2亿元,其中税收收入24.96亿元,占财政收入的80%。"
    ) == [("share", "80%", "agrees", ["24.96亿元", "31.2亿元"])]


def test_a_scope_total_of_three_characters_is_found_by_them() -> None:
    # 占全国总收入的: the nearest figure before whose name ends with 总收入 and is larger than the
    # part: 45 / 180 = 25%
    assert _claims("今年全国彩票总收入180亿元。\n其中电脑票收入45亿元,占全国总收入的25%。") == [
        ("share", "25%", "agrees", ["45亿元", "180亿元"])
    ]


def test_a_scope_total_smaller_than_the_part_is_not_its_whole() -> None:
    # the nearest …总收入 is smaller than the part: the one before it, 180, is its whole
    assert _claims(
        "今年全国彩票总收入180亿元。\n去年某省总收入30亿元。\n其中电脑票收入45亿元,占全国总收入的25%。"
    ) == [("share", "25%", "agrees", ["45亿元", "180亿元"])]
