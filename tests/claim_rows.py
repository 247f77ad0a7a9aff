"""How the text audit's mutation tests state a result: each claim as one row of what the JSON
report gives (kind, printed figure, status, value shown, reading, relation, certain), its span
and inputs as printed, and each finding as a row (code, severity, place, both messages).

Registered as the module ``claim_rows`` by conftest.py (with ``--import-mode=importlib`` the
tests folder is not on ``sys.path``), like the sentence-form catalogue.
"""

from __future__ import annotations

from budgetperf.textaudit import audit_text

#: (kind, printed, status, computed shown, reading, relation, certain)
Row = tuple[str, str, str, str | None, str, str, object]


#: code, severity, line, column, message in English, message in Chinese
FindingRow = tuple[str, str, int | None, int | None, str, str]


def spans(text: str) -> list[str]:
    """Each claim's span, quoted from the text."""
    return [c.span for c in audit_text(text).claims]


def inputs(text: str) -> list[list[str]]:
    """Each claim's input figures as printed."""
    return [
        [c.doc.norm.quote(f.q.start, f.q.end) for f in c.claim.inputs]
        for c in audit_text(text).claims
    ]


def findings(text: str) -> list[FindingRow]:
    """Each finding of ``text``: code, severity, line, column and both messages."""
    return [
        (f.code, f.severity.value, f.location.line, f.location.column, f.message_en, f.message_zh)
        for f in audit_text(text).findings
    ]


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


#: (kind, printed figure, status, computed value shown, input figures as read)
BriefRow = tuple[str, str, str, str, list[str]]


def brief(text: str) -> list[BriefRow]:
    """Each claim of ``text``: kind, printed figure, status, computed value and inputs."""
    return [
        (
            c.claim.kind,
            c.claim.printed.q.text,
            c.status.value,
            str(c.computed),
            [f.q.text for f in c.claim.inputs],
        )
        for c in audit_text(text).claims
    ]
