"""budgetperf: exact, typed 预算绩效管理 (budget performance management) for China's public budgets.

The public API is re-exported here; modules whose names start with ``_`` are private.
Submodules are imported when one of their names is first used, so ``import budgetperf`` stays
cheap (PEP 562 module ``__getattr__``).

>>> from budgetperf import parse_amount, parse_value, align
>>> parse_amount("628.95万元").yuan
Decimal('6289500')
>>> align(parse_value("≥5千件"), parse_value("0.9万件")).values
(Decimal('5000'), Decimal('9000'))
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

#: Public names by the module that defines them.
_EXPORTS: dict[str, tuple[str, ...]] = {
    "budgetperf.amounts": (
        "Amount",
        "Unit",
        "convert",
        "format_amount",
        "is_valid_amount",
        "parse_amount",
    ),
    "budgetperf.classification": (
        "Catalogue",
        "InvalidCode",
        "Level",
        "OtherName",
        "PathFinding",
        "PathReading",
        "PathSegment",
        "Scheme",
        "Subject",
        "bundled_catalogue",
        "classify",
        "code_chain",
        "format_code",
        "is_valid_code",
        "level_of",
        "load_catalogue",
        "normalise_name",
        "parent_code",
        "parse_path",
        "validate_code",
    ),
    "budgetperf.daxie": (
        "is_valid_daxie",
        "parse_daxie",
        "to_daxie",
    ),
    "budgetperf.errors": (
        "BudgetPerfError",
        "InvalidOption",
        "Location",
        "NotDecimalError",
        "OutOfRangeError",
        "ParseError",
        "RoundingRequired",
        "UnitMismatch",
    ),
    "budgetperf.exact": (
        "Allocation",
        "Rounding",
        "allocate",
        "exact_sum",
        "get_context",
        "is_valid_decimal",
        "round_to",
        "shares",
        "to_decimal",
    ),
    "budgetperf.ledger": (
        "BudgetLine",
        "FundingSource",
        "FundType",
        "Ledger",
        "Nature",
        "Phase",
        "RollupRow",
        "RollupTable",
        "SanGong",
    ),
    "budgetperf.ledger_csv": ("read_ledger_csv",),
    "budgetperf.rates": (
        "Change",
        "Rate",
        "ZeroBase",
        "change",
        "ratio",
    ),
    "budgetperf.statements": (
        "Statement",
        "change_sentence",
        "completion_paragraphs",
        "overall_completion",
        "structure_sentence",
    ),
    "budgetperf.values": (
        "Aligned",
        "Alignment",
        "Comparator",
        "PrintedValue",
        "ValueKind",
        "align",
        "format_value",
        "is_valid_value",
        "parse_value",
    ),
}
_MODULE_OF = {name: module for module, names in _EXPORTS.items() for name in names}

if TYPE_CHECKING:  # the same names, for type checkers and IDEs
    from budgetperf.amounts import (
        Amount,
        Unit,
        convert,
        format_amount,
        is_valid_amount,
        parse_amount,
    )
    from budgetperf.classification import (
        Catalogue,
        InvalidCode,
        Level,
        OtherName,
        PathFinding,
        PathReading,
        PathSegment,
        Scheme,
        Subject,
        bundled_catalogue,
        classify,
        code_chain,
        format_code,
        is_valid_code,
        level_of,
        load_catalogue,
        normalise_name,
        parent_code,
        parse_path,
        validate_code,
    )
    from budgetperf.daxie import (
        is_valid_daxie,
        parse_daxie,
        to_daxie,
    )
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
    from budgetperf.ledger import (
        BudgetLine,
        FundingSource,
        FundType,
        Ledger,
        Nature,
        Phase,
        RollupRow,
        RollupTable,
        SanGong,
    )
    from budgetperf.ledger_csv import (
        read_ledger_csv,
    )
    from budgetperf.rates import (
        Change,
        Rate,
        ZeroBase,
        change,
        ratio,
    )
    from budgetperf.statements import (
        Statement,
        change_sentence,
        completion_paragraphs,
        overall_completion,
        structure_sentence,
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

__all__ = [
    "Aligned",
    "Alignment",
    "Allocation",
    "Amount",
    "BudgetLine",
    "BudgetPerfError",
    "Catalogue",
    "Change",
    "Comparator",
    "FundType",
    "FundingSource",
    "InvalidCode",
    "InvalidOption",
    "Ledger",
    "Level",
    "Location",
    "Nature",
    "NotDecimalError",
    "OtherName",
    "OutOfRangeError",
    "ParseError",
    "PathFinding",
    "PathReading",
    "PathSegment",
    "Phase",
    "PrintedValue",
    "Rate",
    "RollupRow",
    "RollupTable",
    "Rounding",
    "RoundingRequired",
    "SanGong",
    "Scheme",
    "Statement",
    "Subject",
    "Unit",
    "UnitMismatch",
    "ValueKind",
    "ZeroBase",
    "__version__",
    "align",
    "allocate",
    "bundled_catalogue",
    "change",
    "change_sentence",
    "classify",
    "code_chain",
    "completion_paragraphs",
    "convert",
    "exact_sum",
    "format_amount",
    "format_code",
    "format_value",
    "get_context",
    "is_valid_amount",
    "is_valid_code",
    "is_valid_daxie",
    "is_valid_decimal",
    "is_valid_value",
    "level_of",
    "load_catalogue",
    "normalise_name",
    "overall_completion",
    "parent_code",
    "parse_amount",
    "parse_daxie",
    "parse_path",
    "parse_value",
    "ratio",
    "read_ledger_csv",
    "round_to",
    "shares",
    "structure_sentence",
    "to_daxie",
    "to_decimal",
    "validate_code",
]


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module 'budgetperf' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
