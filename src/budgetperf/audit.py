"""Findings and audit reports: every inconsistency in a form or a report, with a stable code.

A :class:`Finding` says what is wrong (a stable ``code`` such as ``arithmetic.share``, grouped
by the part before the dot), how bad it is (:class:`Severity`), where (a
:class:`~budgetperf.errors.Location`: file, line and column with the quoted span for text; file,
row and field for forms), what was printed and what budgetperf computed, in Chinese and in
English. An :class:`AuditReport` collects the findings of one or more files, counts them per
code and severity, and says visibly when anything was cut.

Figures are compared **at the printed precision**: a printed "20%" agrees with 20.02%, a
printed "4.5" agrees with 4.54 (:func:`agrees`).

Every code is registered in :data:`CODES` with its group, default severity and a description;
the documentation lists them all.

>>> agrees(Decimal("20"), Decimal("20.02"))
True
>>> agrees(Decimal("11.39"), Decimal("11.3952"))
False
"""

from __future__ import annotations

import enum
import json
from collections import Counter
from collections.abc import Iterable
from decimal import Decimal

import attrs

from budgetperf._decimal import CTX, exponent
from budgetperf.errors import Location, WrongTypeError
from budgetperf.exact import Rounding, round_to, to_decimal

__all__ = [
    "CODES",
    "AuditReport",
    "CodeInfo",
    "Finding",
    "Severity",
    "agrees",
    "register",
    "sum_agrees",
]


class Severity(enum.Enum):
    """How bad a finding is: an error is a wrong figure; a warning needs a look; info is a note."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@attrs.frozen
class CodeInfo:
    """A registered finding code: its group, default severity and what it means."""

    code: str
    severity: Severity
    title_en: str
    title_zh: str

    @property
    def group(self) -> str:
        """The part before the dot: arithmetic, rules, classification, units, structure, …."""
        return self.code.split(".", 1)[0]


#: Every finding code budgetperf emits. Codes are stable: a code once published keeps its
#: meaning; new checks get new codes.
CODES: dict[str, CodeInfo] = {}


def register(code: str, severity: Severity, title_en: str, title_zh: str) -> CodeInfo:
    """Register a finding code (used by the check modules at import)."""
    if not isinstance(severity, Severity) or not all(
        isinstance(text, str) for text in (code, title_en, title_zh)
    ):
        raise WrongTypeError(
            "register() takes a code, a Severity and two titles as text", value=code
        )
    info = CodeInfo(code, severity, title_en, title_zh)
    existing = CODES.get(code)
    if existing is not None and existing != info:
        raise ValueError(f"finding code registered twice with different meanings: {code}")
    CODES[code] = info
    return info


@attrs.frozen
class Finding:
    """One inconsistency: code, severity, location, the quoted span, printed vs computed."""

    code: str
    severity: Severity
    location: Location
    message_en: str
    message_zh: str
    printed: str | None = None
    computed: str | None = None
    span: str | None = None

    @property
    def group(self) -> str:
        """The code's group (the part before the dot)."""
        return self.code.split(".", 1)[0]

    def format(self, *, language: str = "en") -> str:
        """Compiler style: ``file:line:col: CODE severity: message``, then the quoted span."""
        where = str(self.location) or "<input>"
        message = self.message_zh if language == "zh" else self.message_en
        head = f"{where}: {self.code} {self.severity.value}: {message}"
        return head if self.span is None else f"{head}\n    {self.span}"

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready dictionary."""
        loc = self.location
        return {
            "code": self.code,
            "severity": self.severity.value,
            "file": loc.file,
            "line": loc.line,
            "column": loc.column,
            "row": loc.row,
            "field": loc.field,
            "span": self.span,
            "printed": self.printed,
            "computed": self.computed,
            "message_en": self.message_en,
            "message_zh": self.message_zh,
        }


_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


@attrs.frozen
class AuditReport:
    """Findings of one or more files, in file and position order, with counts.

    ``limit`` caps how many findings are kept; when it cuts, ``truncated`` is true, ``found``
    says how many there were, and :meth:`summary` says so.
    """

    findings: tuple[Finding, ...]
    files: tuple[str, ...] = ()
    found: int = 0
    limit: int | None = None

    @classmethod
    def of(
        cls, findings: Iterable[Finding], *, files: Iterable[str] = (), limit: int | None = None
    ) -> AuditReport:
        """Sort findings by file and position and apply ``limit``."""
        items = sorted(
            findings,
            key=lambda f: (
                f.location.file or "",
                f.location.line or 0,
                f.location.row or 0,
                f.location.column or 0,
                f.location.field or "",
                f.code,
            ),
        )
        kept = items if limit is None else items[:limit]
        return cls(tuple(kept), tuple(files), len(items), limit)

    @property
    def truncated(self) -> bool:
        """True when ``limit`` cut findings."""
        return self.found > len(self.findings)

    @property
    def has_errors(self) -> bool:
        """True when any finding is an error."""
        return any(f.severity is Severity.ERROR for f in self.findings)

    def by_code(self) -> dict[str, int]:
        """Number of findings per code."""
        return dict(sorted(Counter(f.code for f in self.findings).items()))

    def by_severity(self) -> dict[str, int]:
        """Number of findings per severity (error, warning, info)."""
        counts = Counter(f.severity for f in self.findings)
        return {s.value: counts.get(s, 0) for s in Severity}

    def summary(self) -> str:
        """One line: counts per severity, files checked, and whether anything was cut."""
        counts = self.by_severity()
        text = (
            f"{counts['error']} error(s), {counts['warning']} warning(s), {counts['info']} note(s)"
            f" in {len(self.files)} file(s)"
        )
        if self.truncated:
            text += f"; ONLY THE FIRST {len(self.findings)} OF {self.found} FINDINGS ARE SHOWN"
        return text

    def to_json(self) -> str:
        """The report as JSON: findings, counts, and the truncation flag."""
        return json.dumps(
            {
                "files": list(self.files),
                "findings": [f.to_dict() for f in self.findings],
                "counts": {"by_code": self.by_code(), "by_severity": self.by_severity()},
                "found": self.found,
                "truncated": self.truncated,
            },
            ensure_ascii=False,
            indent=2,
        )


def _places(printed: Decimal) -> int:
    return max(0, -exponent(printed))


def agrees(
    printed: Decimal | int | str, computed: Decimal | int | str, *, places: int | None = None
) -> bool:
    """Whether ``computed`` rounds (四舍五入) to ``printed`` at the printed precision.

    ``places`` overrides the precision read from ``printed``'s own digits ("20" has 0 decimals,
    "4.50" has 2).
    """
    printed, computed = to_decimal(printed), to_decimal(computed)
    if places is not None and (isinstance(places, bool) or not isinstance(places, int)):
        raise WrongTypeError("places must be an int", value=places)
    shown = _places(printed) if places is None else places
    return round_to(computed, shown, Rounding.HALF_UP) == printed


def sum_agrees(printed_total: Decimal | int | str, parts: Iterable[Decimal | int | str]) -> bool:
    """Whether a printed total agrees with the sum of printed (already rounded) parts.

    Each part may carry up to half a unit of its last printed digit, and so may the total; the
    sum agrees when it lies within that tolerance (rules.md §5.6: ±0.01 per rounded addend).
    """
    printed_total = to_decimal(printed_total)
    if isinstance(parts, str | bytes) or not isinstance(parts, Iterable):
        raise WrongTypeError("parts must be an iterable of numbers", value=type(parts).__name__)
    items = [to_decimal(part) for part in parts]
    exact = Decimal(0)
    slack = Decimal(0)
    for part in [*items, printed_total]:
        slack = CTX.add(slack, Decimal(5).scaleb(-_places(part) - 1, CTX))
    for part in items:
        exact = CTX.add(exact, part)
    return CTX.subtract(exact, printed_total).copy_abs() <= slack
