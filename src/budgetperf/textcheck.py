"""Text checks of published report documents: every claim of the text, recomputed and compared.

决算 explanations (部门决算情况说明), 三公经费 statements, budget execution reports and 绩效自评
reports state their figures in sentences and flattened tables. :func:`check_text` reads them
with the staged pipeline of :mod:`budgetperf.textaudit` (normalise, quantities, facts, claims,
verdicts), and returns every inconsistency as a :class:`~budgetperf.audit.Finding`;
:func:`extract_claims` returns the claims themselves, right or wrong, with their facts, spans,
relation and verdict.

Figures are compared **at the printed precision** and with **rounding intervals**: a
disagreement that values inside the printed inputs' rounding would explain is a warning, one
that nothing explains is an error.

>>> text = ("2022年度支出628.95万元，主要用于以下方面：一般公共服务（类）支出557.28万元，"
...         "占88.60%；科学技术（类）支出71.67万元，占11.39%。")
>>> for f in check_text(text):
...     print(f.code, f.severity.value, f.location.line, f.location.column, f.printed, f.computed)
arithmetic.share warning 1 55 11.39 11.40
>>> [(c.kind, c.printed, c.ok) for c in extract_claims(text)]
[('sum', '628.95', True), ('share', '88.60', True), ('share', '11.39', False)]
"""

from __future__ import annotations

import os

from budgetperf.audit import Finding
from budgetperf.classification import Catalogue
from budgetperf.textaudit.audit import AuditedClaim, audit_text
from budgetperf.textaudit.read import read_file

__all__ = ["Claim", "check_report_file", "check_text", "extract_claims", "read_text"]

#: A claim the audit read and judged (see :class:`budgetperf.textaudit.AuditedClaim`).
Claim = AuditedClaim


def read_text(path: str | os.PathLike[str]) -> str:
    """Read a report text: UTF-8 (with or without BOM), GB18030/GBK or UTF-16.

    A stray undecodable byte is read as U+FFFD (:func:`check_report_file` reports it); a file
    that cannot be read, or that is not text, raises :class:`~budgetperf.errors.ParseError`
    naming it.

    >>> read_text("examples/reports/000_19490f38bcbee111.txt").splitlines()[1]
    '整体支出绩效自评报告'
    """
    return read_file(path).text


def _order(f: Finding) -> tuple[int, int, str]:
    return (f.location.line or 0, f.location.column or 0, f.code)


def check_text(
    text: str, *, file: str | None = None, catalogue: Catalogue | None = None
) -> list[Finding]:
    """Every text check on ``text``; findings in line and column order.

    ``file`` names the text in the findings' locations; ``catalogue`` checks 类/款/项 paths
    (the bundled catalogue by default).
    """
    return sorted(audit_text(text, file=file, catalogue=catalogue).findings, key=_order)


def extract_claims(text: str, *, catalogue: Catalogue | None = None) -> list[AuditedClaim]:
    """The claims the audit read and judged, right or wrong, in text order."""
    claims = audit_text(text, catalogue=catalogue).claims
    return sorted(claims, key=lambda c: (c.line, c.column, c.kind))


def check_report_file(
    path: str | os.PathLike[str], *, catalogue: Catalogue | None = None
) -> list[Finding]:
    """Read a report file and check it: undecodable bytes are findings too."""
    decoded = read_file(path)  # refuses a path of the wrong type with a WrongTypeError
    name = os.fspath(path)
    return [*decoded.findings(name), *check_text(decoded.text, file=name, catalogue=catalogue)]
