"""The report-text audit as a pipeline of small stages, each with its own data type.

::

    bytes ─read─▶ Decoded ─normalise─▶ Normalised ─quantities─▶ [Quantity]
          ─facts─▶ Document (sentences, Fact) ─tables─▶ grids, totals, comparisons
          ─claims─▶ [Claim] ─verdicts─▶ Verdict
          ─audit─▶ [Finding] (claims + document checks) ─coverage─▶ Coverage

* :mod:`.read` — bytes → text: UTF-8 (BOM or not), GB18030/GBK, UTF-16; a stray byte is a
  finding, not a refusal;
* :mod:`.normalise` — one spelling (full width, traditional characters, mirror artefacts,
  numbers broken by spaces and line breaks), with a map back to the original line and column;
* :mod:`.quantities` — every number with its unit and scale;
* :mod:`.facts` — each quantity tied to its subject, phase, series and role;
* :mod:`.tables` — tables flattened into text read back as grids;
* :mod:`.claims` — relations among facts (shares, changes, completion, lists…), each with its
  readings;
* :mod:`.verdicts` — exact arithmetic at the printed precision, with rounding intervals;
* :mod:`.checks` — document checks that are not one claim (units, paths, spending above
  income, "did not occur");
* :mod:`.audit` — claims become findings, with their severity;
* :mod:`.coverage` — sentences with figures that yielded no claim, so a gap is visible.

:func:`audit_text` runs them all and returns a :class:`TextAudit`; :func:`check_text` (in
:mod:`budgetperf.textcheck`) returns only its findings.

>>> from budgetperf.textaudit import audit_text
>>> audit = audit_text("支出628.95万元,主要用于:A支出71.67万元,占11.39%;B支出557.28万元,占88.60%。")
>>> [(c.kind, str(c.printed_value), c.status.name) for c in audit.claims]
[('sum', '628.95', 'AGREES'), ('share', '11.39', 'ROUNDING'), ('share', '88.60', 'AGREES')]
>>> f = audit.findings[0]
>>> f.code, f.severity.value, f.printed, f.computed, f.span
('arithmetic.share', 'warning', '11.39', '11.40', 'A支出71.67万元,占11.39%')
>>> f.message_en.split("; ")[1]
'this is within the rounding of the printed figures (agrees if 71.67万元 were 71.665万元)'
>>> audit.summary()
'3 claims checked in 1 sentences; 0 sentences with figures not understood'
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from budgetperf.textaudit.audit import AuditedClaim, TextAudit, audit_document, audit_text

__all__ = ["AuditedClaim", "TextAudit", "audit_document", "audit_text"]


def __getattr__(name: str) -> Any:
    # Lazy (PEP 562): ``budgetperf.textaudit.read`` is used by every reader, and importing it
    # must not load the whole pipeline.
    if name in __all__:
        from budgetperf.textaudit import audit

        return getattr(audit, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
