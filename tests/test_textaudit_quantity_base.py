"""``Quantity.base`` is kept in a slot (filled by find_quantities as it builds a figure, or on
first use): it must be what the plain formula gives, for quantities built every way.

The plain formula is the property as it was: the value as printed, moved by the unit's scale
(``value.scaleb(unit.scale)``), the value itself for a unit of scale 0. Quantities are made by
find_quantities (its builder, zero words, amounts in Chinese numerals, amounts printed in
parts), by the constructor, by ``attrs.evolve`` (a new unit), and by copying and pickling.
"""

from __future__ import annotations

import copy
import pickle
from decimal import Decimal
from typing import Any

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from budgetperf._decimal import CTX
from budgetperf.textaudit.quantities import Quantity, Unit, find_quantities


def _plain_base(q: Quantity) -> Decimal:
    if q.unit.scale == 0:
        return q.value
    return q.value.scaleb(q.unit.scale, CTX)


def _same(a: Decimal, b: Decimal) -> bool:
    """Equal, and printed alike (the same digits and exponent, not only the same number)."""
    return a == b and str(a) == str(b)


_NUMBERS = st.sampled_from(
    ["0", "5", "12", "628.95", "8,237.23", "1,200", "0.3", "-3.5", "20707", "100.00", "7"]
)
_UNITS = st.sampled_from(
    [
        *("万元", "亿元", "元", "千元", "万亿元", "亿", "万", "兆", "千万元", "千多万元", "万余元"),
        *("%", "个百分点", "倍", "人", "个", "", "多元", "亿余元"),
    ]
)
_OTHER = st.sampled_from(
    [
        *("持平", "无增减", "九千一百二十一万三千九百三十五元", "三百万元", "一一〇万元"),
        *("95亿2,401万2千元", "2兆749亿元", "74亿7千多万元", "405亿9,629万余元"),
    ]
)
_GLUE = st.sampled_from(["支出", ",", "增长", "其中:", "。", "占", "收入", " "])


@st.composite
def _texts(draw: Any) -> str:
    pieces = []
    for _ in range(draw(st.integers(min_value=1, max_value=8))):
        pieces.append(draw(_GLUE))
        if draw(st.booleans()):
            pieces.append(draw(_NUMBERS) + draw(_UNITS))
        else:
            pieces.append(draw(_OTHER))
    return "".join(pieces)


@settings(max_examples=300, deadline=None)
@given(_texts(), st.sampled_from(list(Unit)))
def test_base_is_the_plain_formula(text: str, other: Unit) -> None:
    for q in find_quantities(text):
        assert _same(q.base, _plain_base(q)), q
        # the same figure made by its constructor, evolved to another unit, copied, pickled
        made = Quantity(*(getattr(q, a.name) for a in attrs.fields(Quantity)))
        assert made == q
        assert _same(made.base, _plain_base(q))
        moved = attrs.evolve(q, unit=other)
        assert _same(moved.base, _plain_base(moved)), moved
        for twin in (copy.copy(q), copy.deepcopy(q), pickle.loads(pickle.dumps(q))):
            assert twin == q
            assert _same(twin.base, _plain_base(q))


def test_base_is_no_field() -> None:
    """The slot is no field: quantities that differ in it alone are equal and print alike."""
    q = find_quantities("支出8,237.23万元")[0]
    made = Quantity(q.value, q.unit, q.places, q.start, q.end, q.text)
    assert [a.name for a in attrs.fields(Quantity)] == [
        *("value", "unit", "places", "start", "end", "text", "counter", "assumed", "over"),
    ]
    assert made == q
    assert hash(made) == hash(q)
    assert repr(made) == repr(q)
    assert q.base == Decimal("82372300")
