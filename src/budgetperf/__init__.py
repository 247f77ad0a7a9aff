"""budgetperf: exact, typed 预算绩效管理 (budget performance management) for China's public budgets.

The public API is re-exported here; modules whose names start with ``_`` are private.

>>> from budgetperf import parse_amount, parse_value, align
>>> parse_amount("628.95万元").yuan
Decimal('6289500')
>>> align(parse_value("≥5千件"), parse_value("0.9万件")).values
(Decimal('5000'), Decimal('9000'))
"""

from __future__ import annotations

from budgetperf.amounts import (
    Amount,
    Unit,
    convert,
    format_amount,
    is_valid_amount,
    parse_amount,
)
from budgetperf.daxie import is_valid_daxie, parse_daxie, to_daxie
from budgetperf.errors import (
    BudgetPerfError,
    InvalidOption,
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
from budgetperf.values import (
    Aligned,
    Alignment,
    Comparator,
    PrintedValue,
    ValueKind,
    align,
    format_value,
    is_valid_value,
    parse_value,
)

__version__ = "0.1.0"

__all__ = [
    "Aligned",
    "Alignment",
    "Allocation",
    "Amount",
    "BudgetPerfError",
    "Comparator",
    "InvalidOption",
    "Location",
    "NotDecimalError",
    "OutOfRangeError",
    "ParseError",
    "PrintedValue",
    "Rounding",
    "RoundingRequired",
    "Unit",
    "UnitMismatch",
    "ValueKind",
    "__version__",
    "align",
    "allocate",
    "convert",
    "exact_sum",
    "format_amount",
    "format_value",
    "get_context",
    "is_valid_amount",
    "is_valid_daxie",
    "is_valid_decimal",
    "is_valid_value",
    "parse_amount",
    "parse_daxie",
    "parse_value",
    "round_to",
    "shares",
    "to_daxie",
    "to_decimal",
]
