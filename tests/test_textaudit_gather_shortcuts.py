"""The shortcuts of a list's walk (``claims._gather`` and its helpers) answer as their plain forms.

Each helper that takes a shortcut is compared, on every call the audit of random list-like texts
makes (parts, nested 其中, siblings named like the parts, ';', brackets, shares), with the plain
form it replaced, written out here as it was (an answer kept per document is compared with
the one worked out again).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from budgetperf._decimal import CTX
from budgetperf.textaudit import audit_text, claims
from budgetperf.textaudit.facts import Document, Fact, Sentence
from budgetperf.textaudit.vocabulary import INTRODUCERS

# (replaces or counts what the claims stage calls by its Python names: tests/conftest.py)
pytestmark = pytest.mark.pure_python

_AMOUNT = st.sampled_from(["20707", "8059", "12648", "147757", "100", "60", "40", "0", "-5", "35"])
_NAME = st.sampled_from(
    ["收入", "税收", "非税", "补助", "支出", "送审金额", "审定金额", "其他", "预算"]
)
_UNIT = st.sampled_from(["万元", "万元", "万元", "宗", "%"])
_GLUE = st.sampled_from(
    [",", ",其中:", ";", "。", "、", "(含", ")", ",其中", ":", ",占支出的", ",占", "\n"]
)


@st.composite
def _list_texts(draw: Any) -> str:
    pieces = []
    for _ in range(draw(st.integers(min_value=2, max_value=30))):
        pieces.append(f"{draw(_NAME)}{draw(_AMOUNT)}{draw(_UNIT)}{draw(_GLUE)}")
    return "".join(pieces)


def _own_column_plain(
    doc: Document, total: Fact, parts: list[Fact], short: list[Fact]
) -> tuple[list[Fact], list[Fact]]:
    """``claims._own_column`` as it was: every sibling's name gathered, then looked up."""
    if parts[0].sentence != total.sentence or not any(p.subject == total.subject for p in parts):
        return parts, short
    facts = doc.sentences[total.sentence].facts
    at = total.index - facts[0].index
    if not (0 <= at < len(facts) and facts[at] is total):
        return parts, short
    siblings = {
        g.subject
        for g in facts[max(0, at - claims._SIBLING_REACH) : at]
        if g.role is claims._VALUE
        and g.depth == total.depth
        and g.q.unit.dimension is total.q.unit.dimension
        and g.subject
        and g.subject != total.subject
    }
    if not siblings or not any(p.subject in siblings for p in parts):
        return parts, short
    return (
        [p for p in parts if p.subject not in siblings],
        [p for p in short if p.subject not in siblings],
    )


def _part_nested_end_plain(
    doc: Document, s: Sentence, part: Fact, depth: int, signed: frozenset[int]
) -> int:
    """``claims._part_nested_end`` as it was: worked out again at each call. (Kept by the
    part's index alone: the list's depth is the part's own.)"""
    assert part.depth == depth
    assert part.sentence == s.index
    return claims._nested_end(s, part, claims._segment_end(s, part, depth, doc.text), signed)


def _earlier_total_plain(
    doc: Document, lst: claims._List, agreed: bool | None = None
) -> claims._List | None:
    """``claims._earlier_total`` as it was: every figure looked back at judged by the exact
    test's arithmetic, none set aside by the bounds first."""
    total = lst.total
    if total.role is not claims._VALUE or len(lst.parts) < 2:
        return None
    held = claims._held_parts(lst.parts)
    parts = [p for p in lst.parts if id(p) not in held] if held else lst.parts
    parts_sum = claims._sum_base(parts)
    if parts_sum == total.q.base:
        return None
    if held or agreed is None:
        agreed = claims._parts_agree(total, parts)
    if agreed:
        return None
    if lst.short and claims._parts_agree(total, lst.short):
        return None
    dim = total.q.unit.dimension
    if dim is claims._MONEY or dim is claims._COUNT:
        table_only = False
    elif dim is claims._BARE:
        table_only = True
    else:
        return None
    facts = doc.sentences[total.sentence].facts
    k = total.index - facts[0].index
    for j in range(k - 1, max(-1, k - 1 - claims._WHOLE_REACH), -1):
        f = facts[j]
        if (
            f.role is not claims._VALUE
            or f.depth != total.depth
            or f.q.unit.dimension is not dim
            or (table_only and not f.in_table)
        ):
            continue
        base = f.q.base
        diff = CTX.subtract(base, parts_sum)
        if abs(diff) * claims._HUNDRED_TIMES <= base and claims._parts_agree(f, parts):
            return claims._List(f, lst.parts, lst.short, False, lst.open, lst.classified)
    return None


def _figure_follows_plain(s: Sentence, part: Fact, text: str) -> bool:
    """``claims._figure_follows`` as it was: the brackets taken out of every gap, the words
    after its first ':' split off."""
    k = part.index - s.facts[0].index + 1
    if k >= len(s.facts):
        return False
    raw = text[part.q.end : s.facts[k].q.start]
    if raw.lstrip(" ,").startswith("(") and ")" in raw:
        return False
    gap = claims._PARENS.sub("", raw)
    return not claims._SEPARATOR.search(gap.lstrip(",(").split(":", 1)[-1])


# (the helper's name in claims, and its plain form)
_PLAIN: dict[str, Callable[..., Any]] = {
    "_own_column": _own_column_plain,
    "_part_nested_end": _part_nested_end_plain,
    "_earlier_total": _earlier_total_plain,
    "_figure_follows": _figure_follows_plain,
}


def _same(got: Any) -> Any:
    """An answer as compared: a list (no equality of its own) by what it holds."""
    if isinstance(got, claims._List):
        return (got.total, got.parts, got.short, got.strong, got.open, got.classified)
    return got


@contextmanager
def _compared(name: str) -> Iterator[list[tuple[tuple[Any, ...], Any]]]:
    """While inside, every call of ``claims.<name>`` is checked against its plain form; the
    list yielded holds each call's arguments and answer."""
    fast = getattr(claims, name)
    plain = _PLAIN[name]
    calls: list[tuple[tuple[Any, ...], Any]] = []

    def checking(*args: Any) -> Any:
        expected = plain(*args)
        got = fast(*args)
        assert _same(got) == _same(expected), (name, args)
        calls.append((args, got))
        return got

    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setattr(claims, name, checking)
        yield calls


@settings(max_examples=400, deadline=None)
@given(text=_list_texts())
def test_own_column_as_its_plain_form(text: str) -> None:
    with _compared("_own_column"):
        audit_text(text)


def test_own_column_sets_siblings_apart_on_such_a_text() -> None:
    # (so that the comparison above compares a call that changed the parts too)
    with _compared("_own_column") as calls:
        audit_text("其中:收入20707万元,其中:税收8059万元,非税12648万元,补助147757万元," * 4)
        audit_text(
            "送审金额35.43亿元,审定金额32.66亿元,其中预算173宗,送审金额23.79亿元,审定金额21.81亿元,"
            "结算185宗,送审金额11.63亿元,审定金额10.85亿元。"
        )
    assert any(got != args[2:] for args, got in calls)


@settings(max_examples=400, deadline=None)
@given(text=_list_texts())
def test_a_parts_nested_end_as_worked_out_again(text: str) -> None:
    with _compared("_part_nested_end"):
        audit_text(text)


def test_a_parts_nested_end_is_asked_again_on_such_a_text() -> None:
    # (so that the comparison above compares answers kept from an earlier call too)
    with _compared("_part_nested_end") as calls:
        audit_text("其中:收入20707万元,其中:税收8059万元,非税12648万元,补助147757万元," * 4)
    asked = [args[2].index for args, _ in calls]
    assert len(set(asked)) < len(asked)


_MARKS = st.text(alphabet=" ,:。\n其", max_size=3)
_WORDS = st.sampled_from([*INTRODUCERS, "", "其", "收入", "其中收入", "主要", "包括:其中", "含,含"])
_AROUND = st.text(alphabet="其中包括收入 ,:", max_size=3)


@settings(max_examples=1000, deadline=None)
@given(before=_AROUND, lead=_MARKS, word=_WORDS, trail=_MARKS, after=_AROUND)
def test_an_introducer_alone_as_the_stripped_head(
    before: str, lead: str, word: str, trail: str, after: str
) -> None:
    # (_gather's test of a list's head: what is before its start, the marks stripped)
    text = before + lead + word + trail + after
    lo, hi = len(before), len(text) - len(after)
    plain = text[lo:hi].strip(" ,:") in frozenset(INTRODUCERS)
    assert (claims._INTRODUCER_ALONE.fullmatch(text, lo, hi) is not None) == plain


# A figure, then the figure before a 其中 and two parts: the first near their sum, at and about
# the bounds of a hundredth of it (100/101 and 100/99 times 60 + 40) and of the bounds set
# before the exact test (0.98 and 1.02 times it), or in 亿元, whose last digit's rounding lets
# parts in 万元 a little off add up to it (6033 + 4011 = 10044万元 for 1.0亿元, below their sum;
# 5000 + 4960 above it); among amounts drawn as in _list_texts.
_NEAR_TOTAL = st.sampled_from(
    [
        "100万元",
        "99.01万元",
        "99万元",
        "101.01万元",
        "101.02万元",
        "98万元",
        "102万元",
        "97.9万元",
        "102.1万元",
        "1.0亿元",
        "1.00亿元",
        "0万元",
        "-5万元",
    ]
)
_NEAR_PART = st.sampled_from(["60万元", "40万元", "6033万元", "4011万元", "5000万元", "4960万元"])


@st.composite
def _near_sum_texts(draw: Any) -> str:
    name = draw(st.sampled_from(["支出", "收入", ""]))
    head = f"{name}{draw(_NEAR_TOTAL)},结余{draw(_AMOUNT)}万元{draw(_GLUE)}"
    parts = [f"{draw(_NAME)}{name}{draw(_NEAR_PART)}" for _ in range(draw(st.integers(2, 3)))]
    before: str = draw(_list_texts()) if draw(st.booleans()) else ""
    return before + head + "其中:" + ",".join(parts) + "。"


@settings(max_examples=600, deadline=None)
@given(text=st.one_of(_list_texts(), _near_sum_texts()))
def test_an_earlier_total_as_judged_figure_by_figure(text: str) -> None:
    with _compared("_earlier_total"):
        audit_text(text)


def test_an_earlier_total_is_found_on_such_a_text() -> None:
    # (so that the comparison above compares a total found, near the bounds too)
    with _compared("_earlier_total") as calls:
        audit_text(
            "资产总额30.0万亿元,负债总额9.5万亿元,净资产20.5万亿元,其中,行政单位资产总额8.9万亿元,"
            "事业单位资产总额21.1万亿元。"
        )
        audit_text("支出100.4万元,结余1万元,其中:A支出60.2万元,B支出40.2万元。")
        audit_text("支出99.6万元,结余1万元,其中:A支出60万元,B支出40万元。")  # (none agrees)
        audit_text("支出1.0亿元,结余1万元,其中:A支出6033万元,B支出4011万元。")
        audit_text("支出1.0亿元,结余1万元,其中:A支出5000万元,B支出4960万元。")
    assert [got is not None for _, got in calls] == [True, True, False, True, True]


# Gaps after a part: brackets (closed or not, before or after a ':'), ':' and the separators
# on either side of it.
_FOLLOW_GLUE = st.sampled_from(
    [
        ",其中:",
        "其中:",
        "(含",
        "(其中:",
        "(a)其中:",
        ",其中(a):",
        ":a,",
        "其中,",
        ",占支出的",
        "占收入的",
        ",收入占支出的",
        "(a,b)",
        ";",
        "、",
    ]
)


@st.composite
def _follow_texts(draw: Any) -> str:
    pieces = []
    for _ in range(draw(st.integers(min_value=2, max_value=16))):
        glue = draw(st.one_of(_GLUE, _FOLLOW_GLUE))
        pieces.append(f"{draw(_NAME)}{draw(_AMOUNT)}{draw(_UNIT)}{glue}")
    return "".join(pieces)


@settings(max_examples=600, deadline=None)
@given(text=st.one_of(_list_texts(), _follow_texts()))
# (a separator right after the ':', and a bracket with one after it)
@example(text="支出500万元,其中:收入20707万元,其中:,税收8059万元,非税12648万元。")
@example(text="支出500万元,其中:收入20707万元,其中:(a,b)税收8059万元,非税12648万元。")
def test_a_figure_after_a_parts_introducer_as_found_in_the_copied_gap(text: str) -> None:
    with _compared("_figure_follows"):
        audit_text(text)


def test_both_answers_are_compared_on_such_texts() -> None:
    # (so that the comparisons above compare either answer of each)
    with _compared("_figure_follows") as follows:
        audit_text("其中:收入20707万元,其中:税收8059万元,非税12648万元,补助147757万元," * 3)
        audit_text("收入20707万元,其中:税收8059万元,其中用于A,B,非税12648万元。")  # (words after)
        audit_text(
            "税收收入200亿元,其中:主体税种完成49.1亿元,增长5%,主体税种占全部税收的比重为54.4%;"
            "其他税种150.9亿元。"
        )
    assert {got for _, got in follows} == {True, False}
