"""The edges of the twenty-second round: one home for the words of a catch-all item and for
the words of 中 that open no context.

A catch-all item (其他, 其它, 其余: ``vocabulary.CATCH_ALL_WORDS``) closes a list in every reader
that asks for one: the shares closed by it, the catch-all after main parts, the small
catch-all after first parts that add up, and a sentence of amounts closed by it. A sentence
opening with a name and 中 names the whole of the shares after it unless its 中 is one of the
words of ``vocabulary.IN_WORDS`` (高中, 中央…); the name itself may hold such a word ("高中教育中")
and any character of them ("高速公路收入中"). Every expected figure is worked out by hand beside
it."""

from __future__ import annotations

import pytest

from budgetperf.textaudit import audit_text


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


def _findings(text: str) -> list[tuple[str, str]]:
    return [(f.code, f.severity.value) for f in audit_text(text).findings]


@pytest.mark.parametrize("word", ["其他", "其它", "其余"])
def test_a_sentence_of_amounts_closed_by_a_catch_all_breaks_the_amount_before_down(
    word: str,
) -> None:
    # 3103.04 + 11146.01 + 0 + 0.32 = 14249.37
    text = (
        "(一)业务收入:2021年,业务收入14249.37万元,同比增长11.68%。存款利息3103.04万元,委托贷款"
        f"利息11146.01万元,国债利息0万元,{word}0.32万元。"
    )
    sums = [c for c in _claims(text) if c[1] == "14249.37万元"]
    assert sums == [
        ("sum", "14249.37万元", "agrees", ["3103.04万元", "11146.01万元", "0万元", "0.32万元"])
    ]


@pytest.mark.parametrize(
    ("opening", "whole"),
    [
        # a name holding a word of 中 that opens no context: the shares are of 高中教育
        ("高中教育中人员经费", "25.33亿元"),
        # a name holding a character of such a word, no word: the shares are of 高速公路
        ("高速公路通行费中人员经费", "19.41亿元"),
    ],
)
def test_an_opening_name_may_hold_the_words_of_zhong(opening: str, whole: str) -> None:
    # 9.45 / 25.33 = 37.31%, 15.88 / 25.33 = 62.69%;
    # 7.24 / 19.41 = 37.30%, 12.17 / 19.41 = 62.70%
    amounts = ("9.45", "15.88") if whole == "25.33亿元" else ("7.24", "12.17")
    shares = ("37.31", "62.69") if whole == "25.33亿元" else ("37.30", "62.70")
    text = (
        "全县教育交通支出44.74亿元。其中,高中教育支出25.33亿元;高速公路通行费支出19.41亿元。"
        f"{opening}{amounts[0]}亿元,占比{shares[0]}%;公用经费{amounts[1]}亿元,占比{shares[1]}%。"
    )
    share_claims = [c for c in _claims(text) if c[0] == "share"]
    assert share_claims
    assert {c[3][-1] for c in share_claims} == {whole}
    assert {c[2] for c in share_claims} == {"agrees"}
    assert _findings(text) == []


@pytest.mark.parametrize(
    ("name", "opening"),
    [
        ("文化支出", "文化中心建设资金"),  # 中心: the 中 of a word after it
        ("政府集中采购支出", "政府集中采购资金"),  # 集中: the 中 of a word before it
    ],
)
def test_a_zhong_of_a_word_opens_no_context(name: str, opening: str) -> None:
    # the 中 is a word's: no context opens the sentence, so its shares are not of the figure
    # its first characters name (9.45 / 25.33 = 37.31% would agree)
    text = (
        f"全县支出44.74亿元。其中,{name}25.33亿元;其他支出19.41亿元。"
        f"{opening}9.45亿元,占比37.33%;公用经费15.88亿元,占比62.69%。"
    )
    assert "25.33亿元" not in {c[3][-1] for c in _claims(text) if c[0] == "share"}
