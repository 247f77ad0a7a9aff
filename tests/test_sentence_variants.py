"""Metamorphic tests of the text audit: the same statement in other words is read the same way.

Every example of the sentence-form catalogue (tests/sentence_forms.py) that yields claims is
rewritten with each substitution below, one at a time; each substitution changes the wording or
the print, never what is stated (synonymous verbs and comparison words, full-width punctuation,
optional words, spaces a PDF conversion adds, thousands separators). The rewritten text must give
the same claims, with the same figures and verdicts; so must every real report of the corpora
in tests/corpus, each substitution applied throughout it (a report's wording may decide how its
sentences relate: which figure a list or a gap is read against). A failure names a form of
words the audit reads in one wording and not in another: the gap to close is a vocabulary entry
or a normalisation, never a special case.

Whole reports are also printed double-spaced (a blank line after every line, as web pages and
converters print them): they must read as printed. Held out on purpose: a line break after every
sentence (paragraphs decide how far a list or a
statement reaches, so that changes the structure, not only the print), and substitutions that are
only sometimes synonymous (主要用于/主要包括, 上年/去年 before 结余).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import sentence_forms
from budgetperf.textaudit import audit_text


def _forms() -> list[Any]:
    """The catalogue's forms (registered as a module by conftest.py)."""
    return list(sentence_forms.FORMS)


#: (pattern, replacement, why the meaning is the same)
SUBSTITUTIONS: list[tuple[str, str, str]] = [
    (r"(?<!同)比上年", "较上年", "比 and 较 both compare (not 同比上年, where 比 is 同比's)"),
    (r"较上年", "比上年", "the same, the other way"),
    (
        r"(?<!同)比上年(?=[增减下上提降])",
        "与上年相比",
        "a comparison clause (before its verb: not before the prior's figure)",
    ),
    (r"比上年增长", "同比增长", "同比 is on the year before"),
    (r"占(?=\d+(?:\.\d+)?%)", "占比", "占比 before the figure is the same share"),
    (r"因公出国\(境\)费(?!用)", "因公出国(境)费用", "费用 and 费 name the same item"),
    (r"公务用车购置及运行维护费", "公务用车购置及运行费", "the item's short name"),
    (r"“三公”经费", "三公经费", "quotes are optional"),
    (r"“三公”经费", '"三公"经费', "ASCII quotes"),
    (r",", "，", "full-width comma"),
    (r"%", "％", "full-width percent sign"),
    (r"\(", "（", "full-width bracket"),
    (r"\)", "）", "full-width bracket"),
    (r"其中:", "其中：", "full-width colon"),
    (r",(?!\d)", ", ", "a space after a comma (PDF text)"),
    (r"(?<=\d)万元", "万 元", "a space inside the unit (PDF text)"),
    (r"万元", "萬元", "the traditional character"),
    (r"(?<=[\u4e00-\u9fff])(\d)(\d{3})(?=(?:\.\d+)?[万元])", r"\1,\2", "a thousands separator"),
    (r"(?<![实预])完成(?=\d)", "实际完成", "实际 adds nothing"),
    (r"年初预算(?!数)", "年初预算数", "数 is optional"),
    (r"下降(?=\d)", "下降了", "了 is optional"),
    (r"增长(?=\d)", "增长了", "了 is optional"),
    (r"减少(?=\d)", "减少了", "了 is optional"),
    (r"增加(?=\d)", "增加了", "了 is optional"),
    (r"(?<!负)下降(?=\d[\d.]*%)", "减少", "a rate that 减少 is the same as one that 下降"),
    (
        r"(?<!负)增长(?=\d[\d.]*%)",
        "增幅为",
        "增幅 names the rate of growth (not after 负)",
    ),
    (r"(?<=[比较])上年(?!结|度)", "去年", "去年 is the year before"),
    (r"(?<=[比较])上年(?!度)", "上年度", "度 is optional"),
    (r"下降(?=\d)", "降低", "降低 and 下降 both go down"),
    (r"增加(?=\d)", "增长", "增长 and 增加 both go up"),
    (r"(?<=[出入费])为(?=\d)", "", "为 before the figure is optional"),
    (r"(?<=\d{4})年(?!度)", "年度", "a year and its 年度"),
    (r"公务接待费(?!用)", "公务接待费用", "费用 and 费 name the same item"),
    (r"其中:", "其中,", "a comma after 其中"),
    (r"其中:", "其中包括:", "包括 adds nothing"),
    (r"分别为", "分别是", "为 and 是"),
    (r"决算数", "决算", "数 is optional"),
    (r"同比", "比上年", "同比 is on the year before"),
    (r"(?<=[^\d])占(?=[^\d,到])", "占到", "占到 is 占 (a share, a budget)"),
    (r"(?<=\d)万元(?!人民币)", "万元人民币", "the currency named after the unit"),
    (r"(?<![负均])下降(?=\d[\d.]*%)", "回落", "回落 is a fall (not of 年均下降)"),
    (r"(?<![负均])增长(?=\d[\d.]*%)", "上升", "上升 is a rise (not of 年均增长)"),
    (
        r"(?<=\d)万元(?!人民币|\d)",
        "万",
        "万 alone is 万元 (not right before a figure: '1000万25%' may have lost a character)",
    ),
    (r"减少(?=\d[\d.,]*万?元)", "下降", "an amount that 下降 is one that 减少"),
    (r"完成预算的", "为预算的", "为 a budget's share is its completion"),
    (r"(?<=[比较])上年(?!度|结)", "上一年", "上一年 is 上年"),
    (r"[\u4e00-\u9fff]+", "TRADITIONAL", "the whole text in traditional characters (OpenCC s2t)"),
    (r"[0-9.%]+", "FULL-WIDTH", "full-width digits, point and percent sign"),
]

_FULL_WIDTH = str.maketrans("0123456789.%", "０１２３４５６７８９．％")


@functools.cache
def _to_traditional() -> Any:
    import opencc

    return opencc.OpenCC("s2t")


def _rewrite(pattern: str, replacement: str, text: str) -> str:
    if replacement == "TRADITIONAL":
        return str(_to_traditional().convert(text))
    if replacement == "FULL-WIDTH":
        return text.translate(_FULL_WIDTH)
    return re.sub(pattern, replacement, text)


@functools.lru_cache(maxsize=1024)  # each original is read once for all its variants
def _key(text: str) -> list[tuple[str, str, str, str]]:
    # each claim's severity too: a disagreement reported as a warning one way and as an error
    # the other is read differently
    return sorted(
        (c.claim.kind, str(c.claim.printed.q.value), c.status.value, str(c.severity))
        for c in audit_text(text).claims
    )


def _cases() -> Iterator[tuple[str, str, str, str]]:
    for form in _forms():
        for k, example in enumerate(form.examples):
            if example.xfail:
                continue
            for pattern, replacement, _ in SUBSTITUTIONS:
                variant = _rewrite(pattern, replacement, example.text)
                if variant != example.text:
                    yield (
                        f"{form.name} [{k}] {pattern} -> {replacement}",
                        example.text,
                        variant,
                        f"{pattern} -> {replacement}",
                    )


CASES = list(_cases())


def test_the_substitutions_reach_many_examples() -> None:
    # the test is only worth something if every substitution applies to some example
    used = {substitution for *_, substitution in CASES}
    assert used == {f"{p} -> {r}" for p, r, _ in SUBSTITUTIONS}
    assert len(CASES) > 1000


@pytest.mark.parametrize(
    ("original", "variant"), [c[1:3] for c in CASES], ids=[c[0] for c in CASES]
)
def test_the_same_statement_in_other_words_reads_the_same(original: str, variant: str) -> None:
    assert _key(variant) == _key(original)


# Real reports: every text of the corpora in the repository (tests/corpus).
_CORPORA = Path(__file__).resolve().parent / "corpus"
#: Rewordings known to read otherwise, and why (strict: a fix shows as an unexpected pass).
_KNOWN = {
    "unkeyed/jx-shangrao-hengfeng-sjj-2023-sjbg-tw 同比 -> 比上年": (
        "'與2022年82956萬元同比增長' becomes '與2022年82956萬元比上年增長' (no report's words); and"
        " '稅收收入181904萬元,比上年增長7.2%' is then read against the 稅收收入 69581 of a clause"
        " that opens '與2022年' (taken for 2022's: two weak warnings)"
    ),
    "unkeyed/web6-miss7-10-business-sohu-com (?<=\\d{4})年(?!度) -> 年度": (
        "审计署 2015 三公 (a news item): with '2015年度'/'2014年度' the change of 公务用车 (269.53)"
        " is read as the sum of its 运行维护费's change (152.53) and the next item's, 公务接待费's"
        " (126.54), a sibling after its 其中 sentence; the 400.07 = 4 + 269.53 + 126.54 of the"
        " report's own words is then not read. A false error under this rewording, not yet"
        " fixed: the standard breakdowns are applied to lists of values, not of changes"
    ),
    "unkeyed/yn-lincang-yunxian-czj-2023-sgjs 其中: -> 其中,": (
        "a table printed one cell per line: '其中:(1)公务用车运行维护费' names a row; with '其中,'"
        " the row is not read, and with it a weak 'sum' that is the row's own current = prior +"
        " change (507.98 = 427.83 + 80.15), no claim of the report's"
    ),
    "unkeyed/ah-wuhu-wanzhi-taoxinzhen-2021-sgjs 其中: -> 其中,": (
        "the same kind of table, printed double-spaced (read single-spaced since the line"
        " spacing is normalised): '其中:公务用车运行维护费' names a nested row, whose 12.00 = 12.00"
        " + 0.00 is read; with '其中,' that row is not"
    ),
    "unkeyed/ah-wuhu-wanzhi-taoxinzhen-2021-sgjs 其中: -> 其中包括:": (
        "the same: with '其中包括:' the nested row is not read"
    ),
    "unkeyed/web4-hunt9-59-businesstimescn-com 同比 -> 比上年": (
        "a headline, '5月全国财政收入同比增长6.2%', opens the text: with '比上年' its rate is read"
        " against the month's figures printed later (agreeing, a weak claim); with '同比' it is"
        " not read (no report's words: a headline's 同比 is not rewritten so)"
    ),
    "unkeyed/web13-hunt92-05-60-31-144-131-1998 其中: -> 其中,": (
        "卓资县 2018年3月: a paragraph '其中:国税部门完成2046万元,占…53.8%,完成预算5500万元的"
        "37.2%,…。地税部门完成收入1349万元,…。财政部门完成收入410万元,…' after the sentence of"
        " the total (3805万元, with its completion and change): with '其中,' the three offices"
        " are read as its parts (2046 + 1349 + 410 = 3805, agreeing), with '其中:' they are not,"
        " as at c02ffc4 (a miss, no false finding; not yet looked into)"
    ),
    "unkeyed/web13-miss63-01-bb-yiyang-gov-cn 其中: -> 其中,": (
        "益阳市总工会 2022: a table printed one cell per line, its rows '其中:…' opening the"
        " parts of 1274.38 and 1342.49; with '其中,' the rows are not read (no claim), as at"
        " c02ffc4 (and the third reading, 1342.49 against 719.99 + 667.94, takes a cell of the"
        " column before: a false warning left in)"
    ),
    "unkeyed/web13-hunt109-06-info-jctrans-net 同比 -> 比上年": (
        "a 省邮政管理局's 2017 forecast, '快递业务收入完成95.3亿元,同比增长35%' after the year"
        " before's 70.6亿元 printed in another paragraph: with '比上年' the rate is read against it"
        " (95.3 / 70.6, agreeing, a weak claim), with '同比' it is not, as at c02ffc4 (a miss, no"
        " false finding)"
    ),
}


#: Rewordings of whole reports only (a short example has too few lines to show its spacing).
REPORT_SUBSTITUTIONS: list[tuple[str, str, str]] = [
    (r"\n", "\n\n", "printed double-spaced, as web pages and converters print a report"),
]


def _corpus_cases() -> Iterator[tuple[str, str, str]]:
    for path in sorted(_CORPORA.glob("*/*.txt")):
        text = path.read_text(encoding="utf-8")
        for pattern, replacement, _ in [*SUBSTITUTIONS, *REPORT_SUBSTITUTIONS]:
            variant = _rewrite(pattern, replacement, text)
            if variant != text:
                yield f"{path.parent.name}/{path.stem} {pattern} -> {replacement}", text, variant


CORPUS_CASES = list(_corpus_cases())


def test_the_corpus_is_reworded() -> None:
    assert set(_KNOWN) <= {case[0] for case in CORPUS_CASES}
    # real reports in other words: the substitutions must reach most of those read
    assert len({case[0].split()[0] for case in CORPUS_CASES}) >= 100


@pytest.mark.parametrize(
    ("original", "variant"),
    [
        pytest.param(
            *c[1:3],
            id=c[0],
            marks=[pytest.mark.xfail(strict=True, reason=_KNOWN[c[0]])] if c[0] in _KNOWN else [],
        )
        for c in CORPUS_CASES
    ],
)
def test_a_real_report_in_other_words_reads_the_same(original: str, variant: str) -> None:
    """A report reworded (each substitution once, everywhere in it) gives the same claims and
    verdicts: the catalogue's examples are short, and a wording may decide how a whole report's
    sentences relate (which figure a list or a gap is read against)."""
    assert _key(variant) == _key(original)
