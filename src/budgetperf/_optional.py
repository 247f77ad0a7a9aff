"""Optional parts of budgetperf (private): the one place that decides whether an extra is there.

An optional part imports its packages through :func:`require` when it is first used, never
when budgetperf is imported: reading and writing .xlsx workbooks needs the ``xlsx`` extra
(openpyxl and defusedxml), reading .docx and PDF files the ``documents`` extra (python-docx and
pdfplumber), a progress bar for long
runs of ``check`` the ``progress`` extra (tqdm; without it ``check`` shows no bar). A package
that is missing is a :class:`~budgetperf.errors.MissingExtra` (an
``ImportError``) that names the extra to install.

:data:`EXTRAS` is the only table that says which module comes from which extra (a test
compares it with the extras of pyproject.toml).
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from types import MappingProxyType, ModuleType
from typing import NamedTuple

from budgetperf.errors import InvalidOption, MissingExtra

__all__ = ["EXTRAS", "Extra", "require"]


class Extra(NamedTuple):
    """What an extra is for (in Chinese and English, for the message) and what it installs."""

    purpose: str
    purpose_en: str
    #: Each module imported → the distribution that installs it, as pyproject.toml names it
    #: (python-docx installs ``docx``).
    modules: Mapping[str, str]


#: Each extra of pyproject.toml that an optional part of budgetperf needs.
EXTRAS: Mapping[str, Extra] = MappingProxyType(
    {
        "xlsx": Extra(
            "读写 .xlsx 工作簿",
            "reading and writing .xlsx workbooks",
            MappingProxyType({"openpyxl": "openpyxl", "defusedxml": "defusedxml"}),
        ),
        "documents": Extra(
            "读取 .docx 和 PDF 文件",
            "reading .docx and PDF files",
            MappingProxyType({"docx": "python-docx", "pdfplumber": "pdfplumber"}),
        ),
        "arrow": Extra(
            "在 Arrow 上读取和汇总账目",
            "ledgers and roll-ups on Arrow",
            MappingProxyType({"pyarrow": "pyarrow"}),
        ),
        "spark": Extra(
            "在 Spark 上汇总账目和审核文件",
            "roll-ups and the document audit on Spark",
            MappingProxyType({"pyspark": "pyspark", "pyarrow": "pyarrow", "pandas": "pandas"}),
        ),
        "progress": Extra(
            "在终端显示进度条",
            "a progress bar on the terminal",
            MappingProxyType({"tqdm": "tqdm"}),
        ),
    }
)


def require(extra: str, module: str) -> ModuleType:
    """Import ``module``, a module of ``extra``, or raise :class:`MissingExtra` naming the extra.

    Every module of the extra is imported first, so that a half-installed extra (openpyxl
    without defusedxml, which openpyxl needs to parse workbooks safely) is refused as a whole.
    The error's ``name`` is the module that is missing; its message names its distribution.

    >>> require("xlsx", "docx")
    Traceback (most recent call last):
    ...
    budgetperf.errors.InvalidOption: not a module of the 'xlsx' extra: 'docx'
    """
    wanted = EXTRAS[extra]
    if module not in wanted.modules:  # a slip in budgetperf itself: the table is the one list
        raise InvalidOption(f"not a module of the {extra!r} extra", value=module)
    for name, distribution in wanted.modules.items():
        try:
            importlib.import_module(name)
        except ImportError as exc:
            raise MissingExtra(
                f"{wanted.purpose}需要安装可选组件 {extra}（缺少 {distribution}）："
                f"pip install 'budgetperf[{extra}]'"
                f" ({wanted.purpose_en} needs the {extra!r} extra; {distribution} is not"
                " installed)",
                value=name,
            ) from exc
    return importlib.import_module(module)
