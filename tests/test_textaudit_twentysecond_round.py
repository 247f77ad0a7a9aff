"""The edges of the twenty-second round: one home for the words of a catch-all item and for
the words of 中 that open no context, and a bulletin's sections.

A catch-all item (其他, 其它, 其余: ``vocabulary.CATCH_ALL_WORDS``) closes a list in every reader
that asks for one: the shares closed by it, the catch-all after main parts, the small
catch-all after first parts that add up, and a sentence of amounts closed by it. A sentence
opening with a name and 中 names the whole of the shares after it unless its 中 is one of the
words of ``vocabulary.IN_WORDS`` (高中, 中央…); the name itself may hold such a word ("高中教育中")
and any character of them ("高速公路收入中"). The paragraphs of a bulletin that each open with the
part they are about (…方面,) give the parts of the totals of the paragraph before them
(``claims._section_lists``). Every expected figure is worked out by hand beside it.

Hand-made mutants of the round's code, each run against this file and the catalogue: of the
opening name's expression, the lookbehind, the lookahead and the words of 中 inside the name
(the last had no effect: a name holding 其中 names no figure, since subjects never hold it; it
was removed); of the sections, one section read as a run, a part above its total, a part in
another unit. All but the one with no effect are killed by cases here."""

from __future__ import annotations

from collections.abc import Callable

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


# -- sections of a bulletin, each opening with the part it is about ------------------------------

_BULLETIN = (
    "截至2022年底,全国基本医疗保险参保人数134592万人。2022年,全国基本医疗保险基金总收入"
    "{income}亿元,比上年增长7.6%;总支出24597.24亿元,比上年增长2.3%;当期结存6324.93亿元,累计结存"
    "42639.89亿元。\n"
    "职工基本医疗保险方面,截至2022年底,职工医保参保人数36243万人,比上年增加813万人。职工医保基金"
    "收入20793.27亿元,比上年增长9.4%,支出15243.80亿元,比上年增长3.3%。当期结存5549.47亿元。\n"
    "城乡居民基本医疗保险方面,截至2022年底,城乡居民基本医疗保险人数98349万人。2022年,居民医保基金"
    "收入10128.90亿元,比上年增长4.2%;支出9353.44亿元,比上年增长0.6%。当期结存775.46亿元。"
)


def test_sections_of_a_bulletin_give_the_parts_of_its_totals() -> None:
    # 36243 + 98349 = 134592; 20793.27 + 10128.90 = 30922.17; 15243.80 + 9353.44 = 24597.24;
    # 当期结存 and 累计结存 share their measure (结存) in the totals' paragraph: no sum of them
    claims = _claims(_BULLETIN.format(income="30922.17"))
    sums = {c[1]: c[2:] for c in claims if c[0] == "sum"}
    assert sums == {
        "134592万人": ("agrees", ["36243万人", "98349万人"]),
        "30922.17亿元": ("agrees", ["20793.27亿元", "10128.90亿元"]),
        "24597.24亿元": ("agrees", ["15243.80亿元", "9353.44亿元"]),
    }


def test_sections_that_do_not_add_up_are_a_warning() -> None:
    # 20793.27 + 10128.90 = 30922.17, printed 30922.71: the sections may not be all of it
    text = _BULLETIN.format(income="30922.71")
    assert ("sum", "30922.71亿元", "disagrees", ["20793.27亿元", "10128.90亿元"]) in _claims(text)
    assert ("arithmetic.breakdown-sum", "warning") in _findings(text)
    assert not [f for f in _findings(text) if f[1] == "error"]


@pytest.mark.parametrize(
    "change",
    [
        # one section only: no parts
        lambda t: t[: t.index("\n城乡居民")],
        # a paragraph that opens with no section's name
        lambda t: t.replace("城乡居民基本医疗保险方面,", "", 1),
        # a section without the measure (its 支出 left out)
        lambda t: t.replace(";支出9353.44亿元,比上年增长0.6%", "", 1),
        # a section with it twice
        lambda t: t.replace("当期结存775.46亿元", "其他支出775.46亿元", 1),
        # a section's figure in another unit
        lambda t: t.replace("支出15243.80亿元", "支出15243.80万元", 1),
        # a section's figure above the total: no part of it
        lambda t: t.replace("支出15243.80亿元", "支出25243.80亿元", 1),
    ],
)
def test_sections_without_one_figure_of_the_measure_each_are_no_parts(
    change: Callable[[str], str],
) -> None:
    text = change(_BULLETIN.format(income="30922.17"))
    assert "24597.24亿元" not in {c[1] for c in _claims(text) if c[0] == "sum"}


def test_a_count_is_measured_by_its_measure_word() -> None:
    # 户 is not 人: 36243万户 is no part of 134592万人
    text = _BULLETIN.format(income="30922.17").replace("36243万人", "36243万户", 1)
    assert "134592万人" not in {c[1] for c in _claims(text) if c[0] == "sum"}


def test_a_paragraph_that_goes_on_with_a_section_is_no_paragraph_of_totals() -> None:
    # 人社部 2021 (unkeyed web6-hunt15-06): the paragraph after the first section goes on with it;
    # its 城乡居民 累计结存 11396 is no total of the 失业 and 工伤 sections' 3313 and 1411
    text = (
        "全年三项社会保险基金收入合计68205亿元,基金支出合计62687亿元。\n"
        "其中,养老保险方面,全年基本养老保险基金收入65793亿元,基金支出60197亿元。\n"
        "具体来看,全年城乡居民基本养老保险基金收入5339亿元,基金支出3715亿元。年末城乡居民基本养老保险"
        "基金累计结存11396亿元。\n"
        "失业保险方面,全年失业保险基金收入1460亿元,基金支出1500亿元。年末失业保险基金累计结存3313亿元。\n"
        "工伤保险方面,全年工伤保险基金收入952亿元,基金支出990亿元。年末工伤保险基金累计结存1411亿元。"
    )
    assert [c for c in _claims(text) if c[0] == "sum"] == []
    assert _findings(text) == []
