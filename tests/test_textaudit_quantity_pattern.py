"""quantities._QUANTITY finds every figure where, and as, its plain form did: the pattern of a
figure (each of its optional parts a "(…)?", its number whole in group "num") tried wherever a
figure's first character is found, from the end of the figure before.

_QUANTITY reads that first character by its class (the engine scans for it), the rest from the
character after it, and writes each optional part as "(?:…|)" (run without a general repeat's
bookkeeping); find_quantities reads the sign and the number from the figure's start. The spans
and the groups so read must be the same on random texts made of what a figure is printed with.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from budgetperf.textaudit import quantities

# The pattern of a figure as it was written before.
_PLAIN = re.compile(
    r"(?<![\d.A-Za-z_/])(?P<sign>(?<!\d)[-+])?"
    r"(?P<num>(?=\d{1,4},\d)(?:(?<!\d,)\d{1,4}(?:,\d{4})++,\d{3}(?=千?元|万元|亿元)"
    r"|(?<!\d,)\d{1,3}(?:,\d{3})++(?:\.\d+)?(?!\d|,\d))|\d+(?:\.\d+)?)(?![\d.]\d)"
    rf"(?P<over>[余多](?=(?:{quantities._MONEY_ALT})(?!{quantities._COUNT_AFTER})))?"
    rf"(?:(?P<unit>{quantities._UNIT_ALT})(?!{quantities._COUNT_AFTER}|(?<=[万亿])元)"
    r"(?P<over_after>(?<=[万亿兆])[余多]元)?(?:(?<=[元万亿兆])人民币)?"
    rf"|(?P<counter>{'|'.join(quantities.COUNTERS)}))?"
    rf"|(?P<zero>{'|'.join(quantities.ZERO_WORDS)})"
)
# A figure's first character.
_FIRST = re.compile("[-+\\d" + "".join({w[0] for w in quantities.ZERO_WORDS}) + "]")

Found = tuple[tuple[int, int], tuple[str | None, ...]]


def _plain_figures(text: str) -> list[Found]:
    """_PLAIN tried where _FIRST is found, from the end of the last figure found."""
    out: list[Found] = []
    pos = 0
    while (first := _FIRST.search(text, pos)) is not None:
        m = _PLAIN.match(text, first.start())
        if m is None:
            pos = first.start() + 1
        else:
            out.append((m.span(), m.groups()))
            pos = m.end()
    return out


def _figures(text: str) -> list[Found]:
    """_QUANTITY's figures, with the sign, the number and the zero word read as find_quantities
    reads them."""
    out: list[Found] = []
    for m in quantities._QUANTITY.finditer(text):
        start, end = m.span()
        _rest, over, unit, over_after, counter, zero = m.groups()
        if zero is not None:
            out.append(((start, end), (None, None, None, None, None, None, text[start:end])))
            continue
        sign = text[start] if text[start] in "-+" else None
        number = text[start if sign is None else start + 1 : m.end(1)]
        out.append(((start, end), (sign, number, over, unit, over_after, counter, None)))
    return out


_PIECES = [
    *"0123456789",
    *("1,200", ",000", ",0827", "12,", ".5", ".", ",", "-", "+", "/", "a", "_", " ", "\u0663"),
    *("万", "亿", "兆", "元", "千", "余", "多", "万元", "亿元", "千万元", "千多万元", "人民币"),
    *("%", "个百分点", "百分点", "倍", "人", "人次", "个", "户", "瓦", "赫", "次", "家", "公里"),
    *quantities.ZERO_WORDS,
    *("无", "持", "一", "增减", "变化", "平", "致", "年", "支出"),
]


@settings(max_examples=2000, deadline=None)
@given(text=st.lists(st.sampled_from(_PIECES), max_size=16).map("".join))
def test_figures_as_the_plain_pattern_where_a_first_character_is(text: str) -> None:
    assert _figures(text) == _plain_figures(text)
