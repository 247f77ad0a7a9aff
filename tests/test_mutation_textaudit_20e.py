"""The twentieth round of tests that kill the text audit's mutants (issue 10, Deliver 7), part e.

Written for survivors of the mutation run at c3ed4ae (scripts/mutation_score.py textaudit): the
reach of the structure of 三次产业 back to the 生产总值 it divides, six sentences and no more
(claims._industry_ratios, mutant 48).

Three others change no result: claims._conversions' mutant 56 (> to >= between the scales of two
figures' units: the two are different money units, and no two money units share a scale);
claims._share's mutant 721 (the guard's search for "中," run to the text's end, not the
sentence's: the _IN_CONTEXT match it guards ends at the sentence's end, so it matches only where
"中," is in the sentence, as the guard asked); facts._owner_subject's mutant 8 (the last ';'
searched for from the text's start, not the first recent figure's: a ';' before every recent
figure ends before none of them, so it stops the search at none, as no ';' found).
Each expected value is worked out by hand.
"""

from __future__ import annotations

import pytest

from claim_rows import brief as claim_rows  # registered by conftest.py

# --- claims._industry_ratios: the 生产总值 is read up to six sentences before the ratio -------

# 33.18 + 26.45 + 92.36 = 151.99
_OUTPUT = (
    "地区生产总值151.99亿元,其中第一产业增加值33.18亿元,第二产业增加值26.45亿元,"
    "第三产业增加值92.36亿元。"
)
_BETWEEN = (
    "农业生产形势稳定。",
    "工业经济稳步回升。",
    "服务业持续恢复。",
    "消费市场回暖。",
    "投资结构优化。",
    "就业形势总体稳定。",
)
_RATIO = "三次产业结构比为21.8:17.4:60.8。"
_SUM = ("sum", "151.99亿元", "agrees", "151.99", ["33.18亿元", "26.45亿元", "92.36亿元"])


@pytest.mark.parametrize("between", [0, 5])
def test_the_industry_structure_is_read_against_an_output_up_to_six_sentences_before(
    between: int,
) -> None:
    # 33.18 / 151.99 = 21.83%, 26.45 / 151.99 = 17.40%, 92.36 / 151.99 = 60.77%: 21.8, 17.4, 60.8
    text = _OUTPUT + "".join(_BETWEEN[:between]) + _RATIO
    assert claim_rows(text) == [
        _SUM,
        ("share", "21.8", "agrees", "21.8", ["33.18亿元", "151.99亿元"]),
        ("share", "17.4", "agrees", "17.4", ["26.45亿元", "151.99亿元"]),
        ("share", "60.8", "agrees", "60.8", ["92.36亿元", "151.99亿元"]),
    ]


def test_the_industry_structure_is_not_read_against_an_output_seven_sentences_before() -> None:
    # the ratio is the eighth sentence (index 7), the output the first (index 0): out of reach
    text = _OUTPUT + "".join(_BETWEEN) + _RATIO
    assert claim_rows(text) == [_SUM]
