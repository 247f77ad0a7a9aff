"""The indicator framework: 一级 → 二级 → 三级 indicators with weights, targets and actuals.

A self-evaluation form's indicators form a tree. 一级 are 产出 / 效益 / 满意度 (beside the
预算执行率 line); 二级 are 数量, 质量, 时效, 成本 (and 经济/社会/生态环境成本), 经济/社会/生态效益,
可持续影响, 服务对象满意度; each 三级 indicator carries a weight (分值), a target (年度指标值)
and an actual (实际完成值) as printed values, and its kind (正向 ≥, 反向 ≤, 等于 =, 定性,
不适用).

Weights must add up: 三级 to their 二级 (when the 二级 prints one), 二级 or 三级 to their 一级, and
everything (with the execution line) to the form total. :func:`check_weights` lists every sum
that does not hold as a ``structure.weights`` :class:`~budgetperf.audit.Finding`;
:func:`validate_weights` raises :class:`WeightsDoNotSum` for the first.

>>> tree = IndicatorTree.build([
...     Indicator("产出指标", "数量指标", "办件量", weight=Decimal(30)),
...     Indicator("产出指标", "质量指标", "办结率", weight=Decimal(20)),
...     Indicator("效益指标", "社会效益指标", "营商环境", weight=Decimal(30)),
...     Indicator("满意度指标", "服务对象满意度指标", "群众满意度", weight=Decimal(10)),
... ], level1_weights={"产出指标": Decimal(50), "效益指标": Decimal(30), "满意度指标": Decimal(10)})
>>> check_weights(tree, total=Decimal(100), execution_weight=Decimal(10))
[]
>>> [(p.code, p.message_en) for p in check_weights(tree, total=Decimal(100))]
[('structure.weights', 'total: the weights add up to 90, the form says 100')]
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from decimal import Decimal
from typing import TypeVar

import attrs

from budgetperf._decimal import member
from budgetperf.audit import Finding, Severity
from budgetperf.errors import BudgetPerfError, Location, WrongTypeError
from budgetperf.exact import exact_sum, to_decimal
from budgetperf.rules import IndicatorKind
from budgetperf.values import PrintedValue

__all__ = [
    "LEVEL1_NAMES",
    "LEVEL2_NAMES",
    "TEMPLATES",
    "Indicator",
    "IndicatorTree",
    "Level1Indicator",
    "Level2Indicator",
    "WeightsDoNotSum",
    "check_weights",
    "level1_of",
    "validate_weights",
]

#: The 一级 names of the central templates, with the spellings forms print.
LEVEL1_NAMES = ("产出指标", "效益指标", "满意度指标")
#: The 二级 names under each 一级 (rules.md §1.2), 成本 sub-types included.
LEVEL2_NAMES: dict[str, tuple[str, ...]] = {
    "产出指标": (
        "数量指标",
        "质量指标",
        "时效指标",
        "成本指标",
        "经济成本指标",
        "社会成本指标",
        "生态环境成本指标",
    ),
    "效益指标": ("经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"),
    "满意度指标": ("服务对象满意度指标",),
}


def level1_of(level2: str) -> str | None:
    """The 一级 a 二级 name belongs to (:data:`LEVEL2_NAMES`), with or without its "指标"
    ("数量" and "数量指标" are 产出指标), or ``None`` for a name outside the templates.

    >>> level1_of("社会效益指标"), level1_of("时效"), level1_of("满意度")
    ('效益指标', '产出指标', None)
    """
    if not isinstance(level2, str):
        raise WrongTypeError(
            f"level1_of() takes a 二级 name (str), not {type(level2).__name__}",
            value=type(level2).__name__,
        )
    name = level2.strip().removesuffix("指标")
    if not name:
        return None
    for level1, names in LEVEL2_NAMES.items():
        if any(n.removesuffix("指标") == name for n in names):
            return level1
    return None


#: Framework templates: 一级 weights (``None``: free split) and the execution line's weight.
TEMPLATES: dict[str, dict[str, Decimal | None]] = {
    # 项目支出绩效自评表, central layout (rules.md §1.1, S18, S1, S4)
    "central-project": {
        "预算执行率": Decimal(10),
        "产出指标": Decimal(50),
        "效益指标": Decimal(30),
        "满意度指标": Decimal(10),
    },
    # 部门整体支出绩效自评表, central-style layout mirroring the project form (rules.md §2.3)
    "central-department": {
        "预算执行率": Decimal(10),
        "产出指标": Decimal(50),
        "效益指标": Decimal(30),
        "满意度指标": Decimal(10),
    },
    # 四川: 预算执行情况 10 + 绩效指标 90 with no fixed split (rules.md §1.1, S5, S6)
    "sichuan": {"预算执行率": Decimal(10), "绩效指标": Decimal(90)},
}


class WeightsDoNotSum(BudgetPerfError, ValueError):
    """Weights that should add up do not; the message names the branch and both sums."""

    message = "weights do not add up"


def _optional(value: Decimal | int | str | None) -> Decimal | None:
    """``None``, or a number through :func:`~budgetperf.exact.to_decimal` (a float is refused)."""
    return None if value is None else to_decimal(value)


def _check_str(_: object, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str):
        raise WrongTypeError(
            f"{attribute.name} must be a str, not {type(value).__name__}", value=value
        )


def _check_optional_str(_: object, attribute: attrs.Attribute[str | None], value: object) -> None:
    if value is not None and not isinstance(value, str):
        raise WrongTypeError(
            f"{attribute.name} must be a str or None, not {type(value).__name__}", value=value
        )


def _indicator_kind(value: IndicatorKind | str | None) -> IndicatorKind | None:
    """``None``, an :class:`~budgetperf.rules.IndicatorKind`, or its word ("正向" …)."""
    if value is None:
        return value
    return member(value, IndicatorKind, "kind")


def _check_value(_: object, attribute: attrs.Attribute[PrintedValue | None], value: object) -> None:
    if value is not None and not isinstance(value, PrintedValue):
        raise WrongTypeError(
            f"{attribute.name} must be a PrintedValue or None (see parse_value), "
            f"not {type(value).__name__}",
            value=value,
        )


def _check_location(_: object, attribute: attrs.Attribute[Location | None], value: object) -> None:
    if value is not None and not isinstance(value, Location):
        raise WrongTypeError(
            f"{attribute.name} must be a Location or None, not {type(value).__name__}", value=value
        )


_T = TypeVar("_T")


def _items(values: object, kind: type[_T], what: str) -> tuple[_T, ...]:
    """``tuple(values)``, each a ``kind``, or a :class:`WrongTypeError` naming ``what``."""
    if isinstance(values, str) or not isinstance(values, Iterable):
        raise WrongTypeError(
            f"{what} must be a sequence of {kind.__name__}, not {type(values).__name__}",
            value=values,
        )
    items: list[_T] = []
    for item in values:
        if not isinstance(item, kind):
            raise WrongTypeError(
                f"{what} must hold {kind.__name__} values, not {type(item).__name__}",
                value=item,
            )
        items.append(item)
    return tuple(items)


def _indicators(values: Iterable[Indicator]) -> tuple[Indicator, ...]:
    return _items(values, Indicator, "indicators")


def _children(values: Iterable[Level2Indicator]) -> tuple[Level2Indicator, ...]:
    return _items(values, Level2Indicator, "a 一级's children")


def _levels(values: Iterable[Level1Indicator]) -> tuple[Level1Indicator, ...]:
    return _items(values, Level1Indicator, "a tree's levels")


@attrs.frozen
class Indicator:
    """A 三级 indicator: its place in the tree, weight, target, actual and what was printed.

    ``kind`` is the indicator's nature (指标性质), an :class:`~budgetperf.rules.IndicatorKind`
    (a str enum; its word "正向", "反向", "等于", "定性" or "不适用" is accepted too) when it is
    known; ``printed_score`` is the 得分 column as printed; ``judgement`` is the evaluator's
    point within a qualitative tier, as a fraction of the weight, when one is given.
    """

    level1: str = attrs.field(validator=_check_str)
    level2: str = attrs.field(validator=_check_str)
    name: str = attrs.field(validator=_check_str)
    weight: Decimal | None = attrs.field(default=None, converter=_optional)
    target: PrintedValue | None = attrs.field(default=None, validator=_check_value)
    actual: PrintedValue | None = attrs.field(default=None, validator=_check_value)
    kind: IndicatorKind | None = attrs.field(default=None, converter=_indicator_kind)
    printed_score: Decimal | None = attrs.field(default=None, converter=_optional)
    note: str | None = attrs.field(default=None, validator=_check_optional_str)
    judgement: Decimal | None = attrs.field(default=None, converter=_optional)
    location: Location | None = attrs.field(default=None, eq=False, validator=_check_location)

    @property
    def path(self) -> str:
        """ "一级 / 二级 / 三级" for messages."""
        return f"{self.level1} / {self.level2} / {self.name}"


@attrs.frozen
class Level2Indicator:
    """A 二级 indicator: its name, its printed weight (often none) and its 三级 children."""

    name: str = attrs.field(validator=_check_str)
    weight: Decimal | None = attrs.field(converter=_optional)
    indicators: tuple[Indicator, ...] = attrs.field(converter=_indicators)

    @property
    def weights(self) -> Decimal | None:
        """Sum of the 三级 weights (None when one is missing)."""
        return _sum_or_none(i.weight for i in self.indicators)


@attrs.frozen
class Level1Indicator:
    """A 一级 indicator: its name, printed weight and its 二级 children."""

    name: str = attrs.field(validator=_check_str)
    weight: Decimal | None = attrs.field(converter=_optional)
    children: tuple[Level2Indicator, ...] = attrs.field(converter=_children)

    @property
    def indicators(self) -> tuple[Indicator, ...]:
        """Every 三级 indicator under this 一级."""
        return tuple(i for child in self.children for i in child.indicators)

    @property
    def weights(self) -> Decimal | None:
        """Sum of the 三级 weights under this 一级 (None when one is missing)."""
        return _sum_or_none(i.weight for i in self.indicators)


def _sum_or_none(values: Iterable[Decimal | None]) -> Decimal | None:
    items = list(values)
    if not items or any(v is None for v in items):
        return None
    return exact_sum(v for v in items if v is not None)


@attrs.frozen
class IndicatorTree:
    """一级 → 二级 → 三级, in the order the indicators were given."""

    levels: tuple[Level1Indicator, ...] = attrs.field(converter=_levels)

    @classmethod
    def build(
        cls,
        indicators: Iterable[Indicator],
        *,
        level1_weights: Mapping[str, Decimal | None] | None = None,
        level2_weights: Mapping[tuple[str, str], Decimal | None] | None = None,
    ) -> IndicatorTree:
        """Group 三级 indicators by 一级 and 二级 (first-seen order), attaching printed weights."""
        order: dict[str, dict[str, list[Indicator]]] = {}
        for mapping, what in (
            (level1_weights, "level1_weights"),
            (level2_weights, "level2_weights"),
        ):
            if mapping is not None and not isinstance(mapping, Mapping):
                raise WrongTypeError(
                    f"{what} must be a mapping, not {type(mapping).__name__}", value=mapping
                )
        for indicator in _indicators(indicators):
            order.setdefault(indicator.level1, {}).setdefault(indicator.level2, []).append(
                indicator
            )
        weights1 = level1_weights or {}
        weights2 = level2_weights or {}
        return cls(
            tuple(
                Level1Indicator(
                    name,
                    weights1.get(name),
                    tuple(
                        Level2Indicator(name2, weights2.get((name, name2)), tuple(items))
                        for name2, items in children.items()
                    ),
                )
                for name, children in order.items()
            )
        )

    @property
    def indicators(self) -> tuple[Indicator, ...]:
        """Every 三级 indicator, in order."""
        return tuple(i for level in self.levels for i in level.indicators)

    def __iter__(self) -> Iterator[Level1Indicator]:
        return iter(self.levels)

    @property
    def weights(self) -> Decimal | None:
        """Sum of every 三级 weight (None when one is missing)."""
        return _sum_or_none(i.weight for i in self.indicators)


def check_weights(
    tree: IndicatorTree,
    *,
    total: Decimal | int | str | None = None,
    execution_weight: Decimal | int | str | None = None,
) -> list[Finding]:
    """Every weight sum that does not hold, from the 二级 up to the form total; never raises.

    Each is a ``structure.weights`` error :class:`~budgetperf.audit.Finding` whose location's
    ``field`` names the branch ("产出指标 / 数量指标", "产出指标" or "total"), ``printed`` the
    weight the form states and ``computed`` what the parts add up to (``None`` when a weight
    is missing). The tree knows no file: :attr:`budgetperf.scoring.FormScore.weight_problems`
    adds the form's.

    ``total`` is the form's 总分 (100); ``execution_weight`` the 预算执行率 line's weight when
    it counts in the total. A missing 三级 weight is reported once per branch.
    ``total`` and ``execution_weight`` are numbers (``Decimal``, ``int`` or ``str``; a ``float``
    is a :class:`~budgetperf.errors.NotDecimalError`).
    """
    if not isinstance(tree, IndicatorTree):
        raise WrongTypeError(
            f"check_weights takes an IndicatorTree, not {type(tree).__name__}", value=tree
        )
    expected_total = _optional(total)
    execution = _optional(execution_weight)
    problems: list[Finding] = []
    for level1 in tree:
        for level2 in level1.children:
            if level2.weight is None:
                continue
            found = level2.weights
            if found != level2.weight:
                problems.append(_problem(f"{level1.name} / {level2.name}", found, level2.weight))
        if level1.weight is not None:
            found = level1.weights
            if found != level1.weight:
                problems.append(_problem(level1.name, found, level1.weight))
    if expected_total is not None:
        found_total = tree.weights
        if found_total is not None and execution is not None:
            found_total = exact_sum([found_total, execution])
        if found_total != expected_total:
            problems.append(_problem("total", found_total, expected_total))
    return problems


def _problem(branch: str, found: Decimal | None, expected: Decimal) -> Finding:
    if found is None:
        en = f"a weight is missing; expected {expected}"
        zh = f"缺少分值，合计应为{expected}"
    else:
        en = f"the weights add up to {found}, the form says {expected}"
        zh = f"分值合计{found}，应为{expected}"
    return Finding(
        "structure.weights",
        Severity.ERROR,
        Location(field=branch),
        f"{branch}: {en}",
        f"{branch}：{zh}",
        printed=str(expected),
        computed=None if found is None else str(found),
    )


def validate_weights(
    tree: IndicatorTree,
    *,
    total: Decimal | None = None,
    execution_weight: Decimal | None = None,
) -> IndicatorTree:
    """Return ``tree`` if every weight sum holds, else raise :class:`WeightsDoNotSum`."""
    problems = check_weights(tree, total=total, execution_weight=execution_weight)
    if problems:
        first = problems[0]
        raise WeightsDoNotSum(first.message_en, value=(first.computed, first.printed))
    return tree
