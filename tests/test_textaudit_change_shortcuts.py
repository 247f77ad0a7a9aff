"""The shortcuts of the change readers against what they stand for, on generated texts of
changes: ``_currents`` skips the look-ups by a change's name when it is one character long,
which is right only while ``_lookup`` finds nothing by such a name."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from budgetperf.textaudit import claims
from budgetperf.textaudit.facts import read_facts

_NAMES = ["乙", "甲", "收入", "支出", "税收收入", "(3)乙", "公务接待费", "支"]
_VERBS = ["增加", "减少", "较上年增加", "比上年减少", "为", "完成", ""]
_FIGURES = ["3万元", "5万元", "12.5万元", "0万元", "7人", "10%"]
_SEPARATORS = [",", ";", "。", "。 ", "\n"]

_clause = st.tuples(
    st.sampled_from(_NAMES),
    st.sampled_from(_VERBS),
    st.sampled_from(_FIGURES),
    st.sampled_from(_SEPARATORS),
).map("".join)


@settings(max_examples=150, deadline=None)
@given(st.lists(_clause, min_size=1, max_size=12), st.sampled_from([*_NAMES, "费", "入"]))
def test_lookup_by_one_character_finds_nothing(parts: list[str], name: str) -> None:
    doc = read_facts("".join(parts))
    for f in doc.facts:
        dims = (f.q.unit.dimension,)
        for short in {name[-1:], f.subject[-1:]}:
            assert claims._lookup(doc, short, near=f, dims=dims) == []
            assert claims._lookup(doc, short, near=f, dims=dims, phase="actual") == []
