"""Self-evaluation forms as people exchange them: .xlsx workbooks in and out.

Needs the ``xlsx`` extra (``pip install 'budgetperf[xlsx]'``: openpyxl and defusedxml);
without it, :func:`read_xlsx` and :func:`write_xlsx` raise
:class:`~budgetperf.errors.MissingExtra` naming it. Importing budgetperf or this module never
imports openpyxl.

:func:`read_xlsx` reads every 绩效自评表 of a workbook — the central 项目支出 and 部门整体支出
templates (财预〔2020〕10号) and the 四川 one (预算执行情况 10 分 + 绩效指标 90 分) — finding
each block by its header words, not by fixed cells: the title and year, 项目名称 / 主管部门 /
实施单位 (or 部门名称), the fund rows under 年初预算数 / 全年预算数 / 全年执行数 / 分值 / 执行率 /
得分, 年度总体目标, the indicators under 一级 / 二级 / 三级指标, and 总分 with its grade. Merged
cells read as their top-left cell; title rows, "单位：万元" notes, blank rows and columns and
several forms (on several sheets or stacked on one) are taken as they come. Each form is the
same :class:`~budgetperf.forms.Form`, with the same findings, as the printed-form JSON of the
same table gives, and each finding names its sheet and cell (``book.xlsx:Sheet1!F12``).

:func:`write_xlsx` writes scored forms back in the official layout with the rule score, the
difference Δ = 印刷得分 − 规则得分 and the explanation beside each row, the 一级 subtotals, the
total, the grade and the verdict. Reading what it wrote gives the same form.

Numbers: a cell typed as a number is read as the exact decimal that was typed (see
:func:`budgetperf.xlsx._read.cell_text`); forms are written with text cells, so that "9.40"
stays "9.40" and nothing passes through a binary float. Formulas are never evaluated: a
formula cell is read as the result saved in the file, with a ``structure.formula-cell``
finding (a warning, and a blank cell, when no result was saved).

>>> import tempfile, os
>>> from budgetperf.forms import read_form
>>> from budgetperf.scoring import score_form
>>> form = read_form("examples/forms/junshan-2023-project-hall.json")
>>> path = os.path.join(tempfile.mkdtemp(), "hall.xlsx")
>>> write_xlsx(score_form(form), path)
>>> [back] = read_xlsx(path)
>>> back.project, back.total_score, len(back.indicators), back.indicators == form.indicators
('政务大厅服务运转经费', Decimal('100'), 14, True)
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from budgetperf._optional import require
from budgetperf.errors import InvalidOption, WrongTypeError
from budgetperf.forms import Form
from budgetperf.scoring import FormScore
from budgetperf.xlsx._guard import (
    MAX_CELLS,
    MAX_COLUMNS,
    MAX_FILE_BYTES,
    MAX_PARTS,
    MAX_RATIO,
    MAX_ROWS,
    MAX_UNCOMPRESSED_BYTES,
    is_workbook,
)

__all__ = [
    "LAYOUTS",
    "MAX_CELLS",
    "MAX_COLUMNS",
    "MAX_FILE_BYTES",
    "MAX_PARTS",
    "MAX_RATIO",
    "MAX_ROWS",
    "MAX_UNCOMPRESSED_BYTES",
    "is_xlsx",
    "read_xlsx",
    "write_xlsx",
]

#: The layouts :func:`write_xlsx` writes (see its docs).
LAYOUTS = ("central", "sichuan")


def _path(path: object, what: str) -> Path:
    if not isinstance(path, str | os.PathLike):
        raise WrongTypeError(
            f"{what}() takes a path (str or os.PathLike), not {type(path).__name__}",
            value=type(path).__name__,
        )
    return Path(path)


def is_xlsx(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` is an .xlsx workbook, by its content (a zip holding
    ``xl/workbook.xml``), whatever its name; never raises for a file that cannot be read."""
    return is_workbook(_path(path, "is_xlsx"))


def read_xlsx(path: str | os.PathLike[str]) -> list[Form]:
    """Every self-evaluation form in the workbook at ``path``, sheet by sheet, top to bottom.

    A file that is not a workbook, or that breaks a limit (:data:`MAX_FILE_BYTES`,
    :data:`MAX_UNCOMPRESSED_BYTES`, :data:`MAX_RATIO`, :data:`MAX_PARTS`, :data:`MAX_ROWS`,
    :data:`MAX_COLUMNS`, :data:`MAX_CELLS`), declares XML entities, or holds no form, raises
    :class:`~budgetperf.errors.ParseError` naming the file and the limit; a missing file is a
    :class:`~budgetperf.errors.FileError`. What a form's cells hold is never an error: it is
    a finding, as for the JSON.
    """
    from budgetperf.xlsx._read import read_forms

    file = _path(path, "read_xlsx")
    return read_forms(file, str(file))


def write_xlsx(
    scored: FormScore | Sequence[FormScore],
    path: str | os.PathLike[str],
    *,
    layout: str | None = None,
) -> None:
    """Write scored forms (:func:`~budgetperf.scoring.score_form`) to an .xlsx workbook.

    One sheet per form, in the official layout: ``"central"`` (项目支出 or 部门整体支出绩效自评表
    by the form's kind) or ``"sichuan"``; by default the 四川 layout for a ``sichuan`` profile
    and the central one otherwise. Beside the form's own cells: 规则得分, Δ (印刷 − 规则) and
    说明 for the execution line and every indicator; under the form, the 一级 subtotals, the
    totals, the grades, the verdict, the legend of Δ and the notes. Every cell is written as
    text: a cell that starts with = + - @ is never a formula.
    """
    results = [scored] if isinstance(scored, FormScore) else list(scored)
    if not results or not all(isinstance(r, FormScore) for r in results):
        raise WrongTypeError(
            "write_xlsx() takes a scored form (score_form(form)) or a list of them",
            value=type(scored).__name__,
        )
    if layout is not None and layout not in LAYOUTS:
        raise InvalidOption(
            f"layout must be one of {', '.join(LAYOUTS)} (版式只能是 central 或 sichuan)",
            value=layout,
        )
    file = _path(path, "write_xlsx")
    require("xlsx", "openpyxl")
    from budgetperf.xlsx._write import write_book

    write_book(results, str(file), layout)
