"""The shortcuts a list's walk takes in a long sentence read what the walk itself reads.

``claims._gather`` walks a list's figures one by one; two shortcuts keep a sentence of many
nested lists cheap: ``claims._skim`` only counts the figures of a nested list that runs to the
sentence's end, and ``claims._nested_end`` stops summing a part's own breakdown once its figures
pass the part (in a sentence with no figure printed negative). Each is switched off here (the
skim declines, every sentence counts as signed) and the audit of random list-like texts — parts,
nested 其中, ';', brackets, negative figures, repeated items — must be the same either way.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from budgetperf.textaudit import audit_text, claims

_AMOUNT = st.sampled_from(["20707", "8059", "12648", "147757", "100", "60", "40", "0", "-5", "35"])
_NAME = st.sampled_from(["收入", "税收", "非税", "补助", "支出", "项目支出", "基本支出", "其他"])
_GLUE = st.sampled_from(
    [",", ",其中:", ";", "。", "、", "和", "(含", ")", ",其中", ":", ";其中:", "等,", "等。", "\n"]
)


@st.composite
def _list_texts(draw: Any) -> str:
    pieces = []
    for _ in range(draw(st.integers(min_value=2, max_value=40))):
        pieces.append(f"{draw(_NAME)}{draw(_AMOUNT)}万元{draw(_GLUE)}")
    return "".join(pieces)


_Key = tuple[list[tuple[str, str, str, str]], list[tuple[str, str]]]


def _key(text: str) -> _Key:
    audit = audit_text(text)
    return (
        [(c.kind, str(c.printed_value), c.status.name, c.span) for c in audit.claims],
        [(f.code, f.message_en) for f in audit.findings],
    )


def _without_shortcuts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(claims, "_skim", lambda *args: None)
    monkeypatch.setattr(
        claims, "_signed_sentences", lambda doc: frozenset(range(len(doc.sentences)))
    )


def _both_ways(text: str) -> tuple[_Key, _Key]:
    """The audit of ``text`` with the shortcuts, and without them."""
    with_shortcuts = _key(text)
    with pytest.MonkeyPatch.context() as monkeypatch:
        _without_shortcuts(monkeypatch)
        without = _key(text)
    return with_shortcuts, without


@settings(max_examples=300)
@given(text=_list_texts())
def test_the_walk_reads_the_same_without_its_shortcuts(text: str) -> None:
    with_shortcuts, without = _both_ways(text)
    assert with_shortcuts == without


def test_a_long_sentence_of_nested_lists_reads_the_same_without_its_shortcuts() -> None:
    text = "其中:收入20707万元,其中:税收8059万元,非税12648万元,补助147757万元," * 60
    with_shortcuts, without = _both_ways(text)
    assert with_shortcuts == without
    # (the text holds lists the walk reads: the comparison is not of two empty audits)
    assert any(kind == "sum" for kind, *_ in with_shortcuts[0])


@pytest.mark.parametrize(
    "text",
    [
        # a part's breakdown that passes it and comes back with a negative figure: 60 + 60 - 20
        # = 100, so the outer list goes on with 收入 (300 = 100 + 200)
        "总计300万元,其中:支出100万元,其中:基本支出60万元,项目支出60万元,其他-20万元,收入200万元。",
        # a figure printed as approximate (约) after a nested list running to the sentence's end
        "支出300万元,其中:基本支出100万元,项目100万元,其中:甲50万元,乙60万元,丙70万元,丁约80万元。",
        # a nested list inside brackets, closed by a figure outside them
        "支出300万元(其中:基本支出100万元,项目100万元,其中:甲50万元,乙60万元),其他200万元。",
    ],
)
def test_a_sentence_read_the_same_without_its_shortcuts(text: str) -> None:
    with_shortcuts, without = _both_ways(text)
    assert with_shortcuts == without


@pytest.mark.pure_python  # (reads the claims stage by its Python names: tests/conftest.py)
def test_the_shortcuts_are_taken_on_such_a_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    # (so that the comparisons above compare two ways of reading, not one way twice)
    taken = []
    skim = claims._skim

    def counting(*args: Any) -> Any:
        result = skim(*args)
        taken.append(result is not None)
        return result

    monkeypatch.setattr(claims, "_skim", counting)
    audit_text("其中:收入20707万元,其中:税收8059万元,非税12648万元,补助147757万元," * 60)
    assert any(taken)
