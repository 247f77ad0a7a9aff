"""The shortcuts that facts._tag and facts._classify take for most figures read what the
readings they skip read.

``facts._classify`` tries some thirty readings on a figure's label before it calls the figure a
value named by its label. Its shortcuts skip them where none can apply: an amount of money whose
label holds none of the characters those readings look for (``facts._MONEY_CUES``; read in
``_tag`` itself, without a call of ``_classify``, when the label ends with no change's cue), and
a share whose label is 占 alone (``facts._BARE_SHARES``; read in ``_tag`` itself too). Each is
switched off here (no label is plain, no label is a bare share) and the facts of random texts
made of the words those readings look for must be the same either way, field by field.
"""

from __future__ import annotations

from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from budgetperf.textaudit import facts
from budgetperf.textaudit.facts import Fact, read_facts

_WORDS = st.sampled_from(
    [
        *("支出", "收入", "A支出", "税收", "三公经费", "其中", "合计", "预算", "决算数", "上年"),
        *("比上年", "较", "与", "同比", "相比", "2021年", "2020年", "由", "从", "调整为", "增加到"),
        *(
            "占",
            "占,",
            "的",
            "比例",
            "进度",
            "原列",
            "主要是",
            "调增",
            "增加",
            "减少",
            "新增",
            "加",
        ),
        *(
            "节约率",
            "(减少)",
            "计划",
            "任务",
            "目标",
            "限额",
            "完成",
            "分别",
            "各",
            "、",
            "了",
            " ",
        ),
        # (words that make a reading of money apply: a base, a share's whole, a gap, a level)
        *(
            "完成预算",
            "为年初预算",
            "占支出",
            "小于预算数",
            "收入由",
            "从年初的",
            "较上年",
            "与上年",
        ),
        *(
            "完成计划",
            "比",
            "收入由100万元调整为",
            "收入由100万元调整到",
            "占支出100万元的比例",
            "较均衡进度慢3%,",
        ),
        # (a clause that one reading of money reads, one for each character of _MONEY_CUES)
        *(
            ",完成计划100万元的5%",
            ",完成任务100万元的5%",
            ",为目标100万元的5%",
            ",为限额100万元的5%",
        ),
        *(",与100万元相比", ",同100万元相比", ",主要是调增上级补助100万元", ",原列100万元"),
    ]
)
_FIGURES = st.sampled_from(
    [
        *("100万元", "628.95万元", "5.5%", "11.39%", "3个百分点", "2人", "1.5", "持平", "0万元"),
        *("100万元的15.68%", "100万元调整为", "100万元增加", "100万元相比"),
    ]
)
_GLUE = st.sampled_from(["", ",", ";", "。", ":", "(", ")", "、", "\n"])


@st.composite
def _texts(draw: Any) -> str:
    """Clauses of a few words before a figure (a label), and a mark or none after it."""
    pieces = []
    for _ in range(draw(st.integers(min_value=1, max_value=8))):
        pieces.extend(draw(st.lists(_WORDS, max_size=3)))
        pieces.append(draw(_FIGURES))
        pieces.append(draw(_GLUE))
    return "".join(pieces)


class _NeverDisjoint:
    """A set of cues that every label holds: no amount is read by the shortcut."""

    def isdisjoint(self, other: object) -> bool:
        return False


def _key(fact: Fact) -> tuple[Any, ...]:
    values = []
    for field in attrs.fields(Fact):
        value = getattr(fact, field.name)
        if field.name == "base":
            value = None if value is None else value.index
        elif field.name == "run":
            value = [f.index for f in value]
        values.append(value)
    return tuple(values)


def _facts(text: str) -> list[tuple[Any, ...]]:
    doc = read_facts(text)
    return [_key(f) for f in doc.facts] + [
        (s.start, s.end, s.index, s.paragraph, [f.index for f in s.facts]) for s in doc.sentences
    ]


@settings(max_examples=1500, deadline=None)
@given(text=_texts())
def test_classify_shortcuts_read_as_the_readings(text: str) -> None:
    with_shortcuts = _facts(text)
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setattr(facts, "_MONEY_CUES", _NeverDisjoint())
        monkeypatch.setattr(facts, "_BARE_SHARES", ())
        without = _facts(text)
    assert with_shortcuts == without


def _fact_by_init(
    q: Any,
    role: Any,
    sentence: int,
    depth: int,
    label: str,
    subject: str,
    phase: str,
    sign: int = 0,
    basis: Any = facts.Basis.PRIOR,
    explicit: bool = False,
) -> Fact:
    return Fact(
        q, role, sentence, depth, label, subject, phase, sign=sign, basis=basis, explicit=explicit
    )


@settings(max_examples=1000, deadline=None)
@given(text=_texts())
def test_facts_made_as_the_builder_are_those_of_fact_init(text: str) -> None:
    """``facts._new_fact`` (the builder, no call of ``Fact.__init__``) makes the facts of every
    reading that uses it, changes included, with the fields ``Fact(…)`` would give them."""
    built = _facts(text)
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setattr(facts, "_new_fact", _fact_by_init)
        by_init = _facts(text)
    assert built == by_init


@given(
    sign=st.sampled_from([-1, 0, 1]),
    basis=st.sampled_from(list(facts.Basis)),
    explicit=st.booleans(),
    phase=st.sampled_from(["", "budget", "actual"]),
)
def test_the_builder_sets_every_field_it_is_given(
    sign: int, basis: facts.Basis, explicit: bool, phase: str
) -> None:
    q = read_facts("支出1万元").facts[0].q
    role = facts.Role.CHANGE
    made = facts._new_fact(q, role, 3, 1, "支出", "支", phase, sign, basis, explicit)
    assert type(made) is Fact
    assert _key(made) == _key(
        _fact_by_init(q, role, 3, 1, "支出", "支", phase, sign, basis, explicit)
    )


# --- a label never holds a line break ------------------------------------------------------
# _classify searches a label for a change's cue only when it ends with a cue's last character
# (_CHANGE_CUE_LAST); "$" in _CHANGE_CUE also matches before a final line break, but a line
# break ends its sentence and a label is the text before a figure of that sentence.

_LINE_PIECES = ["支出", "比上年", "增加", "减少", "100万元", "12.5%", "\n", "\r\n", " ", ",", "。"]


@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.sampled_from(_LINE_PIECES), max_size=16).map("".join))
def test_no_label_holds_a_line_break(text: str) -> None:
    doc = read_facts(text)
    for sentence in doc.sentences:
        for fact in sentence.facts:
            assert "\n" not in fact.label, (text, fact.label)
