"""Every public callable refuses wrong types with a BudgetPerfError (issue 10, Deliver 1).

The calls are generated from ``budgetperf.__all__`` and from the ``__all__`` of every public
module, so a new public function or class is covered the day it is exported. Each is called
with a float, ``None`` and a bare ``object()`` in place of its required arguments, and (for the
core modules, where valid required arguments are listed below) in place of each optional
argument in turn. Whatever is raised must be a :class:`~budgetperf.errors.BudgetPerfError`; a
call that accepts the value is not checked here (``is_valid_*`` answer False, for instance).

A callable of a module owned elsewhere that still lets another exception out is marked
``xfail(strict=True)`` with the owner in the reason, so the mark fails once it is fixed.
"""

from __future__ import annotations

import enum
import inspect
from collections.abc import Callable, Iterator
from types import ModuleType
from typing import Any

import pytest

import budgetperf
from budgetperf import (
    amounts,
    audit,
    batch,
    build,
    classification,
    daxie,
    errors,
    exact,
    formcheck,
    forms,
    indicators,
    ledger,
    ledger_csv,
    profiles,
    rates,
    rules,
    scoring,
    statements,
    textcheck,
    values,
)
from budgetperf.errors import BudgetPerfError

CORE: tuple[ModuleType, ...] = (
    errors,
    exact,
    amounts,
    values,
    daxie,
    rates,
    indicators,
    rules,
    scoring,
    classification,
)
#: The other public modules: their required arguments are tried too (the top level re-exports
#: only a selection, so each module's own ``__all__`` is what makes a name public).
OTHER: tuple[ModuleType, ...] = (
    audit,
    batch,
    build,
    formcheck,
    forms,
    ledger,
    ledger_csv,
    profiles,
    statements,
    textcheck,
)
#: (and a str that is no text: an unpaired surrogate, as bytes decoded with
#: errors="surrogateescape" leave one, refused as a ParseError where text is read)
BAD: dict[str, object] = {
    "float": 0.5,
    "None": None,
    "object": object(),
    "surrogate": "1万\udce9元",
}

#: Valid required arguments of core callables, by parameter name, so that each optional
#: argument can be tried on its own.
GOOD: dict[str, object] = {
    "value": "1",
    "values": ["1", "2"],
    "text": "1万元",
    "total": "100",
    "weights": ["1", "1"],
    "parts": ["1", "1"],
    "places": 2,
    "from_unit": amounts.Unit.YUAN,
    "to_unit": amounts.Unit.WAN_YUAN,
    "code": "2010301",
    "query": "2010301",
    "name": "一般公共服务支出",
    "numerator": "1",
    "denominator": "2",
    "current": "2",
    "previous": "1",
}
GOOD_BY_CALLABLE: dict[str, dict[str, object]] = {
    "budgetperf.amounts.format_amount": {"amount": amounts.Amount("1", "元")},
    "budgetperf.daxie.parse_daxie": {"text": "壹元整"},
    "budgetperf.values.parse_value": {"text": "≥1件"},
    "budgetperf.values.format_value": {"value": values.parse_value("≥1件")},
    "budgetperf.classification.parse_path": {"text": "一般公共服务支出(类)"},
}

#: Callables of modules owned elsewhere that still let another exception out.
KNOWN_FAILURES: dict[str, str] = {}


def _public() -> Iterator[tuple[str, Callable[..., object]]]:
    seen: set[str] = set()
    for module in (budgetperf, *CORE, *OTHER):
        for name in getattr(module, "__all__", ()):
            obj = getattr(module, name)
            if not callable(obj):
                continue
            if isinstance(obj, type) and (
                issubclass(obj, BaseException | enum.Enum) or getattr(obj, "_is_protocol", False)
            ):
                continue  # exceptions, enums (their lookup is Python's) and protocols
            key = f"{obj.__module__}.{obj.__qualname__}"
            if key not in seen:
                seen.add(key)
                yield key, obj


PUBLIC = dict(_public())


def _parameters(call: Callable[..., object]) -> list[inspect.Parameter]:
    try:
        signature = inspect.signature(call)
    except (TypeError, ValueError):  # pragma: no cover - builtins without a signature
        return []
    return [
        p
        for p in signature.parameters.values()
        if p.kind not in (inspect.Parameter.VAR_POSITIONAL, inspect.Parameter.VAR_KEYWORD)
    ]


def _call(call: Callable[..., object], arguments: dict[str, object]) -> None:
    positional: list[object] = []
    keywords: dict[str, object] = {}
    for p in _parameters(call):
        if p.name not in arguments:
            continue
        if p.kind is inspect.Parameter.POSITIONAL_ONLY:
            positional.append(arguments[p.name])
        else:
            keywords[p.name] = arguments[p.name]
    try:
        call(*positional, **keywords)
    except BudgetPerfError as error:
        refused: Exception = error
    except Exception as error:
        raise AssertionError(f"{type(error).__name__} is not a BudgetPerfError: {error}") from error
    else:
        return
    assert str(refused)  # the message can be printed


def _marks(key: str) -> list[pytest.MarkDecorator]:
    reason = KNOWN_FAILURES.get(key)
    return [pytest.mark.xfail(strict=True, reason=reason)] if reason else []


def _required_cases() -> Iterator[Any]:
    for key, call in PUBLIC.items():
        required = [p.name for p in _parameters(call) if p.default is inspect.Parameter.empty]
        for label, bad in BAD.items():
            yield pytest.param(
                call, dict.fromkeys(required, bad), id=f"{key}-{label}", marks=_marks(key)
            )


def _optional_cases() -> Iterator[Any]:
    for key, call in PUBLIC.items():
        if not key.startswith(tuple(m.__name__ + "." for m in CORE)):
            continue
        parameters = _parameters(call)
        good = {**GOOD, **GOOD_BY_CALLABLE.get(key, {})}
        required = [p.name for p in parameters if p.default is inspect.Parameter.empty]
        if any(name not in good for name in required):
            continue
        base = {name: good[name] for name in required}
        for p in parameters:
            if p.default is inspect.Parameter.empty:
                continue
            for label, bad in BAD.items():
                if bad is None and p.default is None:
                    continue  # None is the default: not a wrong type
                yield pytest.param(
                    call, {**base, p.name: bad}, id=f"{key}-{p.name}-{label}", marks=_marks(key)
                )


@pytest.mark.parametrize(("call", "arguments"), list(_required_cases()))
def test_wrong_types_for_required_arguments(
    call: Callable[..., object], arguments: dict[str, object]
) -> None:
    _call(call, arguments)


@pytest.mark.parametrize(("call", "arguments"), list(_optional_cases()))
def test_wrong_types_for_optional_arguments(
    call: Callable[..., object], arguments: dict[str, object]
) -> None:
    _call(call, arguments)


def test_the_generated_calls_cover_the_core_verbs() -> None:
    for key in [
        "budgetperf.exact.to_decimal",
        "budgetperf.amounts.parse_amount",
        "budgetperf.amounts.format_amount",
        "budgetperf.values.parse_value",
        "budgetperf.daxie.parse_daxie",
        "budgetperf.classification.validate_code",
        "budgetperf.classification.parse_path",
        "budgetperf.scoring.score_form",
    ]:
        assert key in PUBLIC
