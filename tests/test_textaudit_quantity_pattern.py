"""quantities._QUANTITY, each of its optional parts written as an alternation of the part and
nothing ("(?:…|)", which the regular expression engine runs without a general repeat's
bookkeeping), matches where and as its plain form, each optional part followed by "?", does:
the same span and the same groups at every position of random texts made of what a figure is
printed with.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from budgetperf.textaudit import quantities

# The pattern as it was written before (each optional part a "(…)?").
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

_PIECES = [
    *"0123456789",
    *("1,200", ",000", ",0827", "12,", ".5", ".", ",", "-", "+", "/", "a", "_", " ", "\u0663"),
    *("万", "亿", "兆", "元", "千", "余", "多", "万元", "亿元", "千万元", "千多万元", "人民币"),
    *("%", "个百分点", "百分点", "倍", "人", "人次", "个", "户", "瓦", "赫", "次", "家", "公里"),
    *quantities.ZERO_WORDS,
    *("无增减", "增减", "变化", "年", "支出"),
]


def _matches(pattern: re.Pattern[str], text: str) -> list[object]:
    out: list[object] = []
    for at in range(len(text) + 1):
        m = pattern.match(text, at)
        out.append(m and (m.span(), m.groups()))
    return out


@settings(max_examples=1500, deadline=None)
@given(text=st.lists(st.sampled_from(_PIECES), max_size=16).map("".join))
def test_quantity_matches_as_its_plain_form(text: str) -> None:
    assert _matches(quantities._QUANTITY, text) == _matches(_PLAIN, text)
