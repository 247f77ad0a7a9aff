"""Optional parts of budgetperf (private): the one place that decides whether an extra is there.

An optional part (reading and writing .xlsx workbooks needs openpyxl and defusedxml, the
``xlsx`` extra) imports its packages through :func:`require` when it is first used, never when
budgetperf is imported. A package that is missing is a
:class:`~budgetperf.errors.MissingExtra` (an ``ImportError``) that names the extra to install.
"""

from __future__ import annotations

import importlib
from types import MappingProxyType, ModuleType

from budgetperf.errors import MissingExtra

__all__ = ["EXTRAS", "OPTIONAL", "require", "require_module"]

#: Each extra and the modules it installs (as pyproject.toml lists them).
EXTRAS: dict[str, tuple[str, ...]] = {"xlsx": ("openpyxl", "defusedxml")}


def require(extra: str, module: str) -> ModuleType:
    """Import ``module``, a package of ``extra``, or raise :class:`MissingExtra` naming it.

    Every module of the extra is imported first, so that a half-installed extra (openpyxl
    without defusedxml) is refused as a whole.

    >>> require("xlsx", "nonexistent")
    Traceback (most recent call last):
    ...
    budgetperf.errors.MissingExtra: ...
    """
    wanted = EXTRAS[extra]
    for name in (*wanted, module) if module not in wanted else wanted:
        try:
            importlib.import_module(name)
        except ImportError as exc:
            raise MissingExtra(
                f"{_WHAT[extra]}需要安装可选组件 {extra}：pip install 'budgetperf[{extra}]'"
                f" ({_WHAT_EN[extra]} needs the {extra!r} extra)",
                value=name,
            ) from exc
    return importlib.import_module(module)


_WHAT = {"xlsx": "读写 .xlsx 工作簿"}
_WHAT_EN = {"xlsx": "reading and writing .xlsx workbooks"}


#: Module imported → (distribution on PyPI, the budgetperf extra that installs it).
OPTIONAL = MappingProxyType(
    {
        "docx": ("python-docx", "documents"),
        "pdfplumber": ("pdfplumber", "documents"),
    }
)


def require_module(module: str, purpose: str) -> ModuleType:
    """Import an optional ``module``; when it is missing, raise
    :class:`~budgetperf.errors.MissingExtra` (an ``ImportError``) that says ``purpose``
    needs it and which ``pip install 'budgetperf[…]'`` installs it."""
    distribution, extra = OPTIONAL[module]
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise MissingExtra(
            f"{purpose} needs {distribution}, which is not installed:"
            f" pip install 'budgetperf[{extra}]'",
            value=module,
        ) from exc
