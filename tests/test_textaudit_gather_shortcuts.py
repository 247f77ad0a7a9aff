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
from hypothesis import given, settings
from hypothesis import strategies as st

from budgetperf.textaudit import audit_text, claims
from budgetperf.textaudit.facts import Document, Fact, Sentence
from budgetperf.textaudit.vocabulary import INTRODUCERS

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


# (the helper's name in claims, and its plain form)
_PLAIN: dict[str, Callable[..., Any]] = {
    "_own_column": _own_column_plain,
    "_part_nested_end": _part_nested_end_plain,
}


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
        assert got == expected, (name, args)
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
