"""budgetperf: exact, typed 预算绩效管理 for China's public budgets."""

from __future__ import annotations

from budgetperf.errors import (
    BudgetPerfError,
    Location,
    NotDecimalError,
    OutOfRangeError,
    ParseError,
    RoundingRequired,
    UnitMismatch,
)
from budgetperf.exact import (
    Allocation,
    Rounding,
    allocate,
    exact_sum,
    get_context,
    is_valid_decimal,
    round_to,
    shares,
    to_decimal,
)

__version__ = "0.1.0"

__all__ = [
    "Allocation",
    "BudgetPerfError",
    "Location",
    "NotDecimalError",
    "OutOfRangeError",
    "ParseError",
    "Rounding",
    "RoundingRequired",
    "UnitMismatch",
    "__version__",
    "allocate",
    "exact_sum",
    "get_context",
    "is_valid_decimal",
    "round_to",
    "shares",
    "to_decimal",
]
