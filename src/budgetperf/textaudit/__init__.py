"""The report-text audit as a pipeline of small stages, each with its own data type.

::

    bytes ─read─▶ Decoded ─normalise─▶ Normalised ─quantities─▶ [Quantity]
          ─facts─▶ Document (sentences, Fact) ─claims─▶ [Claim] ─verdicts─▶ Verdict
          ─findings─▶ [Finding] + Coverage

* :mod:`.read` — bytes → text: UTF-8 (BOM or not), GB18030/GBK, UTF-16; a stray byte is a
  finding, not a refusal;
* :mod:`.normalise` — one spelling (full width, traditional characters, mirror artefacts,
  numbers broken by spaces and line breaks), with a map back to the original line and column;
* :mod:`.quantities` — every number with its unit and scale;
* :mod:`.facts` — each quantity tied to its subject, phase, period and role;
* :mod:`.claims` — relations among facts (shares, changes, completion, lists…), each with its
  readings;
* :mod:`.verdicts` — exact arithmetic at the printed precision, with rounding intervals;
* :mod:`.coverage` — sentences with figures that yielded no claim, so a gap is visible.

:func:`audit_text` runs them all and returns a :class:`TextAudit`; :func:`check_text` (in
:mod:`budgetperf.textcheck`) returns only its findings.

>>> audit = audit_text("支出1.8万元,其中:A费0.8万元,B费1.1万元。")
>>> [(c.kind, str(c.printed_value), c.status.name) for c in audit.claims]
[('sum', '1.8', 'ROUNDING')]
>>> print(audit.findings[0].format())
1:3: arithmetic.breakdown-sum warning: the total is printed as 1.8万元, but its parts add up to 1.9万元 (0.8万元 + 1.1万元); agrees only within the rounding of the printed figures: agrees if 0.8万元 were 0.75万元
    1.8万元,其中:A费0.8万元,B费1.1万元
"""

from __future__ import annotations

from budgetperf.textaudit.audit import (
    AuditedClaim,
    TextAudit,
    audit_document,
    audit_text,
)

__all__ = ["AuditedClaim", "TextAudit", "audit_document", "audit_text"]
