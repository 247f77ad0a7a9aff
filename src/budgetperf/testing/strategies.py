"""Hypothesis strategies for budgetperf values, for our tests and for downstream projects.

Install the ``test`` extra (``pip install budgetperf[test]``) to use them::

    from hypothesis import given
    from budgetperf.testing import strategies as bst

    @given(bst.amounts())
    def test_my_report_never_loses_a_fen(amount): ...

Every strategy here builds values the library accepts; none produces a float.
"""

from __future__ import annotations

from decimal import Decimal

import attrs
from hypothesis import strategies as st

from budgetperf.amounts import Amount, Unit
from budgetperf.exact import allocate
from budgetperf.forms import Form, FundsLine
from budgetperf.indicators import Indicator, IndicatorTree
from budgetperf.values import (
    MULTIPLIERS,
    UNITS,
    Comparator,
    PrintedValue,
    ValueKind,
    format_value,
)

__all__ = [
    "amounts",
    "comparators",
    "fixed_decimals",
    "forms",
    "indicator_trees",
    "printed_value_texts",
    "printed_values",
    "units",
    "weights_adding_to",
]


def fixed_decimals(
    *,
    places: int = 2,
    min_value: Decimal | int | str = 0,
    max_value: Decimal | int | str = 10**12,
) -> st.SearchStrategy[Decimal]:
    """Decimals with exactly ``places`` decimals between the bounds (as budget tables print)."""
    low = Decimal(min_value).scaleb(places)
    high = Decimal(max_value).scaleb(places)
    return st.integers(min_value=int(low), max_value=int(high)).map(
        lambda n: Decimal(n).scaleb(-places)
    )


def units() -> st.SearchStrategy[Unit]:
    """Any unit of money (元, 千元, 万元, 亿元)."""
    return st.sampled_from(list(Unit))


def amounts(
    *,
    unit: Unit | None = None,
    places: int = 2,
    min_value: Decimal | int | str = -(10**12),
    max_value: Decimal | int | str = 10**12,
) -> st.SearchStrategy[Amount]:
    """Amounts with ``places`` decimals of their unit, in ``unit`` or in any unit."""
    unit_strategy = st.just(unit) if unit is not None else units()
    return st.builds(
        Amount,
        fixed_decimals(places=places, min_value=min_value, max_value=max_value),
        unit_strategy,
    )


def comparators() -> st.SearchStrategy[Comparator]:
    """Any comparator."""
    return st.sampled_from(list(Comparator))


_SAMPLE_UNITS = sorted(u for u in UNITS if u not in ("年", "月", "日"))


def printed_values(
    *, kinds: tuple[ValueKind, ...] = tuple(ValueKind)
) -> st.SearchStrategy[PrintedValue]:
    """Printed values of the given kinds, each with its canonical ``text`` (see format_value)."""

    @st.composite
    def build(draw: st.DrawFn) -> PrintedValue:
        kind = draw(st.sampled_from(kinds))
        if kind is ValueKind.QUALITATIVE:
            word = draw(
                st.sampled_from(
                    ["提升", "有效提升", "达标", "定性", "长期", "显著减少", "按时完成"]
                )
            )
            return PrintedValue(text=word, kind=kind)
        if kind is ValueKind.NOT_APPLICABLE:
            return PrintedValue(text="/", kind=kind)
        magnitude = draw(fixed_decimals(places=draw(st.integers(0, 3)), max_value=10**6))
        multiplier = draw(st.sampled_from([1, *MULTIPLIERS.values()]))
        unit = draw(st.sampled_from(["", *_SAMPLE_UNITS]))
        if kind is ValueKind.RANGE:
            upper = magnitude + draw(fixed_decimals(places=1, max_value=1000))
            value = PrintedValue(
                text="",
                kind=kind,
                magnitude=magnitude,
                upper=upper,
                multiplier=multiplier,
                unit=unit,
            )
        elif kind is ValueKind.TOLERANCE:
            value = PrintedValue(
                text="", kind=kind, magnitude=magnitude, multiplier=multiplier, unit=unit
            )
        else:
            comparator = draw(st.none() | comparators())
            value = PrintedValue(
                text="",
                kind=kind,
                comparator=comparator,
                magnitude=magnitude,
                multiplier=multiplier,
                unit=unit,
            )
        return _with_text(value)

    return build()


_GE_SPELLINGS = ["≥", "≧", ">=", "不低于", "不少于", "大于等于"]
_LE_SPELLINGS = ["≤", "≦", "<=", "不高于", "不超过", "小于等于"]
_FULL_WIDTH = str.maketrans("0123456789.%", "０１２３４５６７８９．％")


def printed_value_texts() -> st.SearchStrategy[tuple[str, PrintedValue]]:
    """Pairs (text as a person might print it, the value it means): quantities written with
    varied comparator spellings, spaces and full-width digits."""

    @st.composite
    def build(draw: st.DrawFn) -> tuple[str, PrintedValue]:
        value = draw(printed_values(kinds=(ValueKind.QUANTITY,)))
        assert value.magnitude is not None
        number = f"{value.magnitude:f}"
        unit = value.printed_unit
        comparator = value.comparator
        if comparator is Comparator.GE:
            prefix = draw(st.sampled_from(_GE_SPELLINGS))
        elif comparator is Comparator.LE:
            prefix = draw(st.sampled_from(_LE_SPELLINGS))
        elif comparator is None:
            prefix = ""
        else:
            prefix = comparator.value
        space = draw(st.sampled_from(["", " "]))
        text = f"{prefix}{space}{number}{space}{unit}"
        if draw(st.booleans()):
            text = text.translate(_FULL_WIDTH)
        return text, value

    return build()


# -- indicator trees and forms ----------------------------------------------------------------

_LEVEL2 = {
    "产出指标": ["数量指标", "质量指标", "时效指标", "成本指标"],
    "效益指标": ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"],
    "满意度指标": ["服务对象满意度指标"],
}


def weights_adding_to(
    total: Decimal | int, *, min_size: int = 1, max_size: int = 6, places: int = 1
) -> st.SearchStrategy[list[Decimal]]:
    """Lists of non-negative weights with ``places`` decimals that add up to ``total`` exactly."""

    @st.composite
    def build(draw: st.DrawFn) -> list[Decimal]:
        size = draw(st.integers(min_size, max_size))
        shares = draw(st.lists(st.integers(1, 20), min_size=size, max_size=size))
        return list(allocate(Decimal(total), shares, places=places))

    return build()


def indicator_trees(
    *,
    level1_weights: dict[str, Decimal] | None = None,
    max_per_level1: int = 6,
) -> st.SearchStrategy[IndicatorTree]:
    """Indicator trees whose 三级 weights add up to their 一级 weights (default 50/30/10)."""
    weights = level1_weights or {
        "产出指标": Decimal(50),
        "效益指标": Decimal(30),
        "满意度指标": Decimal(10),
    }

    @st.composite
    def build(draw: st.DrawFn) -> IndicatorTree:
        indicators = []
        for level1, weight in weights.items():
            parts = draw(weights_adding_to(weight, max_size=max_per_level1))
            names2 = _LEVEL2.get(level1, ["二级指标"])
            for i, part in enumerate(parts):
                level2 = draw(st.sampled_from(names2))
                target = draw(printed_values(kinds=(ValueKind.QUANTITY,)))
                indicators.append(
                    Indicator(level1, level2, f"{level1[:2]}{i + 1}", weight=part, target=target)
                )
        return IndicatorTree.build(indicators, level1_weights=dict(weights))

    return build()


_KINDS = ["正向", "反向", "等于", "定性", "不适用"]
_FACTORS = [Decimal(0), Decimal("0.5"), Decimal("0.9"), Decimal(1), Decimal("1.2"), Decimal(3)]


def forms(*, messy: bool = False, max_per_level1: int = 6) -> st.SearchStrategy[Form]:
    """Project self-evaluation forms: 预算执行率 10 + 产出 50 + 效益 30 + 满意度 10.

    By default a form is what a careful publisher prints: the weights add up, every target has
    an actual in its own printed unit (missed, met or overshot), and the execution line has a
    budget and an amount spent. Such a form always validates and always scores.

    With ``messy=True`` some cells are what real tables print instead: blank, "/", qualitative,
    in another unit, a stated kind (正向, 反向, 等于, 定性, 不适用), a missing weight, a printed
    score, an execution line without figures. Use it to check that code reading forms never
    crashes on content.
    """

    @st.composite
    def build(draw: st.DrawFn) -> Form:
        tree = draw(indicator_trees(max_per_level1=max_per_level1))
        indicators = []
        for indicator in tree.indicators:
            target = indicator.target
            assert target is not None
            assert target.magnitude is not None
            factor = draw(st.sampled_from(_FACTORS))
            actual = PrintedValue(
                text="",
                kind=ValueKind.QUANTITY,
                magnitude=target.magnitude * factor,
                multiplier=target.multiplier,
                unit=target.unit,
            )
            actual = _with_text(actual)
            clean = attrs.evolve(indicator, actual=actual)
            if messy and draw(st.booleans()):
                weight = draw(st.none() | st.just(indicator.weight))
                clean = attrs.evolve(
                    clean,
                    target=draw(st.none() | printed_values()),
                    actual=draw(st.none() | printed_values()),
                    weight=weight,
                    kind=draw(
                        st.none() | st.sampled_from(["正向", "反向", "等于", "定性", "不适用"])
                    ),
                    printed_score=draw(
                        st.none() | fixed_decimals(places=1, max_value=indicator.weight or 0)
                    ),
                )
            indicators.append(clean)
        adjusted = draw(fixed_decimals(places=2, min_value="0.01", max_value=10**6))
        executed = draw(fixed_decimals(places=2, max_value=adjusted * Decimal("1.1")))
        line = FundsLine("年度资金总额", adjusted=adjusted, executed=executed, weight=Decimal(10))
        if messy and draw(st.booleans()):
            line = FundsLine("年度资金总额", executed=executed)
        return Form(
            kind="project",
            indicators=tuple(indicators),
            funds=(line,),
            level1_weights={level.name: level.weight for level in tree},
            total_weight=Decimal(100),
        )

    return build()


def _with_text(value: PrintedValue) -> PrintedValue:
    """``value`` with its canonical printed text (what :func:`format_value` writes)."""
    return PrintedValue(
        text=format_value(value),
        kind=value.kind,
        comparator=value.comparator,
        magnitude=value.magnitude,
        upper=value.upper,
        multiplier=value.multiplier,
        unit=value.unit,
    )
