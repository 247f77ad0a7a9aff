"""The text audit does the same work per byte on a long text as on a short one of its kind.

A text made of one report sentence printed again and again (as a page without full stops, or a
table run together, prints many alike) must cost each copy what the first cost: a reader that
looks at every share, list or figure of its sentence for each one of them costs each copy more
the longer the text, and no test of results notices it. Timing is left to ``benchmarks/``; here
the work is counted: the calls of Python functions (``sys.setprofile``) while the audit runs on
a text of ``_COPIES`` copies of a sentence and on one of four times as many, and the second may
cost at most ``_SLACK`` times four times the first. (A lookup by name reads a window of 400
figures either side: a text of 40 copies fits in it, one of 160 does not, so a lookup that
reads its whole window costs each copy more in the second.) tests/test_textaudit_linear_scans.py
counts the characters the searches read; this counts what they do not see: loops over facts.

The sentences are those of the catalogue (tests/sentence_forms.py) that cost more per byte the
longer the text before the readers they name were bounded (docs/performance.md, "The fifteenth
session").
"""

from __future__ import annotations

import sys
from types import FrameType
from typing import Any

import pytest

from budgetperf.textaudit import audit_text
from budgetperf.textaudit.audit import audit_document
from budgetperf.textaudit.facts import Fact, read_facts

# (counts the calls of the claims stage's Python functions: tests/conftest.py)
pytestmark = pytest.mark.pure_python

_COPIES = 40
_SLACK = 1.3

#: (the reader that was bounded, a sentence of that kind, how many copies the shorter text has)
_SENTENCES: list[tuple[str, str, int]] = [
    (
        "claims._consensus_total: the shares of one unnamed whole, every one judged against "
        "every candidate",
        "在全市122.59亿元采购金额中,市本级完成32.57亿元,增加10.55亿元,占全部采购金额的26.75%;"
        "区县级完成90.02亿元,增加16.65亿元,占全部采购金额的73.43%;",
        _COPIES,
    ),
    (
        "claims._closes_a_run: every run of shares summed from every start",
        "全区床位744张,其中:医院443张(占全区59.5%),卫生院101张(占全区13.6%),"
        "其他200张(占全区26.9%);",
        _COPIES,
    ),
    (
        "claims._statement_totals: each side's items read from the sentence's start",
        "全区收入合计55.60亿元,支出合计49.10亿元,年终结余6.50亿元;",
        _COPIES,
    ),
    (
        "claims._trailing_totals: every figure before a total taken for its parts",
        "收入总计481342万元,减支出总计473796万元,财政滚存结余7546万元;",
        _COPIES,
    ),
    (
        "claims._lookup, Document.named: every figure of a name in the window (400 figures "
        "either side) filtered and sorted for the nearest few",
        "鄂城区2022年的公务用车购置费399.25万元。2021年的公务用车购置费272.53万元。"
        "1、公务用车购置全区增加126.72万元,增加的原因是公务用车使用年限到期更新。",
        _COPIES,
    ),
    (
        "claims._decompositions: every total of the name in the window for each breakdown",
        "2017年度一般公共预算财政拨款支出2339.68万元,占本年支出合计的30.08%。"
        "(二)一般公共预算财政拨款支出决算具体情况1.基本支出1656.48万元,"
        "主要用于事业单位人员工资;2.项目支出683.20万元。",
        _COPIES,
    ),
    (
        "claims._decompositions, in one long sentence: every total of the name in the sentences "
        "around the breakdown",
        "本年支出100万元,其中:基本支出60万元即0.6亿元,项目支出30万元,其他支出10万元;",
        _COPIES,
    ),
    (
        "claims._decompositions: every name of the lists already read with the same figures "
        "(one each per copy, so a small cost per copy: 100 copies against 400)",
        "支出较上年增长5%。其中:基本支出3万元;项目支出2万元;",
        100,
    ),
    (
        "claims._averages: every figure of the sentence before an average",
        "公务用车保有量8辆,运行维护费50万元(平均每辆6.25万元);",
        _COPIES,
    ),
    (
        "claims._share_breakdowns: every claim asked for each breakdown",
        "2018年全国政府采购规模增幅趋缓,采购规模为35861.4亿元。货物、工程、服务采购规模分别为"
        "8065.3亿元、15714.2亿元和12081.9亿元,占全国政府采购规模的22.5%、43.8%和33.7%。",
        _COPIES,
    ),
]


def _calls(text: str) -> int:
    count = 0

    def profile(frame: FrameType, event: str, arg: object) -> None:
        nonlocal count
        if event == "call":
            count += 1

    sys.setprofile(profile)
    try:
        audit_text(text)
    finally:
        sys.setprofile(None)
    return count


@pytest.mark.parametrize(
    ("reader", "sentence", "copies"), _SENTENCES, ids=[r for r, _, _ in _SENTENCES]
)
def test_four_times_the_copies_cost_about_four_times_the_work(
    reader: str, sentence: str, copies: int
) -> None:
    short = _calls(sentence * copies)
    long = _calls(sentence * (4 * copies))
    assert long <= 4 * _SLACK * short, (reader, short, long, round(long / short, 2))


# --- figures copied -----------------------------------------------------------------------
# A reader that walks from a figure to the first one it wants, over a copy of the figures
# before (or after) it (``reversed(s.facts[:i])``, ``doc.facts[f.index + 1 :]``), copies a
# list as long as the sentence (or the document) for each figure: no Python call, so the count
# above does not see it, but quadratic all the same (3.6 s/MB at 1.6 MB of "年末结转和结余100
# 万元。", against 0.9 at 0.1 MB). Here every list of figures the stages read is one that counts
# the items its slices copy.

#: (the reader that copied, a sentence of that kind)
_COPYING: list[tuple[str, str]] = [
    (
        "claims._carried_balances: the document's figures before each 年末 one",
        "年末结转和结余100万元。",
    ),
    ("claims._head: the sentence's figures before each share", "A支出71.67万元,占11.39%;"),
    ("claims._products: the sentence's figures after each price", "购置车辆3辆,单价25万元;"),
    (
        "claims._grand_totals: the document's figures after each 总计",
        "2023年度收入总计453.13万元,支出总计450.13万元,2022年度收入总计400.22万元,"
        "收入总计增加52.91万元;",
    ),
]


_COPIED = [0]  # the items the slices of every _Counted list copied since it was set to 0


class _Counted(list[Fact]):
    """A list of figures that counts the items its slices copy (in ``_COPIED``)."""

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, slice):
            _COPIED[0] += len(range(*key.indices(len(self))))
        return super().__getitem__(key)


def _copied(text: str) -> int:
    doc = read_facts(text)
    doc.facts = _Counted(doc.facts)
    for s in doc.sentences:
        s.facts = _Counted(s.facts)
    _COPIED[0] = 0
    audit_document(doc)
    return _COPIED[0]


@pytest.mark.parametrize(("reader", "sentence"), _COPYING, ids=[r for r, _ in _COPYING])
def test_four_times_the_copies_copy_at_most_about_four_times_the_figures(
    reader: str, sentence: str
) -> None:
    short = _copied(sentence * _COPIES)
    long = _copied(sentence * (4 * _COPIES))
    assert long <= 4 * _SLACK * max(short, 1), (reader, short, long)


def test_the_copies_are_counted() -> None:
    # (a meta-test: a slice of the counted list is counted, an index is not)
    facts = _Counted(read_facts("支出1万元,收入2万元,结余3万元。").facts)
    _COPIED[0] = 0
    assert [f.q.text for f in facts[1:]] == ["2万元", "3万元"]
    assert facts[0].q.text == "1万元"
    assert _COPIED[0] == 2
