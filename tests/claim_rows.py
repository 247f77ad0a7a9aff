"""How the text audit's mutation tests state a result: each claim as one row of what the JSON
report gives (kind, printed figure, status, value shown, reading, relation, certain).

Registered as the module ``claim_rows`` by conftest.py (with ``--import-mode=importlib`` the
tests folder is not on ``sys.path``), like the sentence-form catalogue.
"""

from __future__ import annotations

from budgetperf.textaudit import audit_text

#: (kind, printed, status, computed shown, reading, relation, certain)
Row = tuple[str, str, str, str | None, str, str, object]


def rows(text: str) -> list[Row]:
    """Each claim of ``text`` as the JSON report gives it."""
    out: list[Row] = []
    for c in audit_text(text).claims:
        d = c.to_dict()
        out.append(
            (
                c.kind,
                c.printed,
                c.status.value,
                c.computed,
                c.claim.verdict.reading,
                c.claim.relation,
                d["certain"],
            )
        )
    return out
