"""Measure the report-text audit (``budgetperf.textaudit``) against the labelled corpus.

Usage::

    python scripts/evaluate_corpus.py [DIR] [--check] [--verbose] [--json FILE] [--strict-quotes]

``DIR`` holds the corpus: one ``<id>.txt`` per report excerpt and ``ANSWERS.md``, the answer
key. It defaults to ``../shared/corpus/texts`` relative to the repository root.

The answer key
--------------
``ANSWERS.md`` has a summary table, one row per text id (in backticks), whose "kind of document"
column says ``[simplified]`` or ``[traditional]``; an id missing from the table is traditional
when it contains ``-tw``. Then, per text, a ``## <id>`` section with ``- URL:`` and ``- Body:``
lines and numbered claims::

    3. **WRONG** — 「与2021年度预算相比,减少0.28万元,下降15%」
       kind: change rate vs budget; recompute: …; printed: 15; **correct value: 16**
       note: …

The quote 「…」 is verbatim from the ``.txt`` (``↵`` is a line break); ``printed:`` is the
checked figure as printed (thousands separators and trailing zeros allowed). Lines the parser
does not know are ignored; a claim without a kind or a printed figure is reported and skipped.

Matching
--------
Each text is read as UTF-8 and passed to ``budgetperf.textaudit.audit_text(text, file=name)``.
A key claim is *extracted* when one claim of the result

* has its ``original_span`` inside one occurrence of the key's quote in the text (every
  occurrence counts; when the quote is not in the text verbatim, it is searched again with all
  whitespace removed from both sides, and the offsets are mapped back to the text);
* has ``printed_value`` numerically equal to the key's printed figure (``Decimal`` comparison,
  so ``164.0`` equals ``164``);
* has a ``family`` compatible with the key's kind, read from the kind's leading words:
  ``sum…`` and ``balance`` → ``sum`` (a balance also matches a ``difference``: income −
  spending); ``change rate…`` → ``change-rate``; ``difference…`` →
  ``difference``; ``share…`` → ``share``; ``completion…`` → ``completion``; ``unit
  conversion…`` → ``conversion``; ``ratio…`` → ``ratio``; ``percentage points…`` → ``points``;
  ``amount above/short of time progress`` → ``progress-amount``. A kind not in this list
  matches any family.

A key claim whose quote is not in its text is reported as such and counts as not extracted.
Some key claims print their checked figure outside their quote (the quote shows the parts, the
total is printed elsewhere in the text). Such a claim is matched by a claim anywhere in its
text that checks that figure (same value, compatible family): the key names the figure, the
quote only shows its context. ``--strict-quotes`` turns this off (the report says how many
claims are affected).

Metrics
-------
Per key-kind family and in total, and separately for simplified and traditional texts:

* extracted: key claims matched by at least one claim, over all key claims;
* WRONG found: WRONG key claims matched by a claim whose severity is WARNING or ERROR;
* false alarms: CORRECT key claims matched by a claim whose severity is ERROR, plus every
  ERROR finding in a text whose key has no WRONG claim, plus every ERROR claim that matches
  no key claim but lies inside the quote of a CORRECT claim and inside no WRONG claim's (an
  error on a figure the key calls correct, read as another relation: "较上年减收2.5亿元" of a
  correct change rate flagged as a sum of the parts' changes); all of them are listed.

``--verbose`` also lists every key claim not extracted and every WRONG claim not found.
``--json FILE`` writes the metrics as JSON.

Targets
-------
* WRONG found ≥ WRONG total − 1 when there are more than 10 WRONG claims, else all of them
  (17 of 18 on the current corpus; ``--min-wrong-found N``);
* extracted ≥ 90 % of all key claims (``--min-extracted PERCENT``);
* 0 false alarms (``--max-false-alarms N``);
* the traditional texts read as well as the simplified ones: their extraction rate ≥ 90 % too
  (``--min-extracted-traditional PERCENT``, defaults to ``--min-extracted``) and no false alarm
  among them (``--max-false-alarms-traditional N``).

With ``--check`` the script exits 1 when a target is missed and says which; 0 otherwise. Input
it cannot read (a missing directory or text, an ``ANSWERS.md`` without claims, no
``budgetperf.textaudit``) exits 2 with a one-line message.
"""

from __future__ import annotations

import argparse
import enum
import functools
import json
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Protocol

import attrs

from budgetperf.audit import Finding, Severity

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DIR = ROOT.parent / "shared" / "corpus" / "texts"
ANSWERS = "ANSWERS.md"

#: Families in table order; "other" collects the key kinds that map to no family.
FAMILIES = (
    "sum",
    "change-rate",
    "difference",
    "share",
    "completion",
    "conversion",
    "ratio",
    "points",
    "progress-amount",
)
OTHER = "other"

_KIND_FAMILIES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), family)
    for pattern, family in (
        (r"sum\b", "sum"),
        (r"balance\b", "sum"),
        (r"change[ -]rate\b", "change-rate"),
        (r"difference\b", "difference"),
        (r"share\b", "share"),
        (r"completion\b", "completion"),
        (r"unit conversion\b", "conversion"),
        (r"ratio\b", "ratio"),
        (r"percentage[ -]points?\b", "points"),
        (r"amount (?:above|below|short of) (?:the )?time progress\b", "progress-amount"),
    )
)


def kind_family(kind: str) -> str | None:
    """The audit family a key kind stands for, from its leading words; None when unknown.

    >>> kind_family("sum of sub-item changes (运行 10 + 购置 35)")
    'sum'
    >>> kind_family("amount short of time progress (11/12 × budget − actual)")
    'progress-amount'
    >>> kind_family("growth") is None
    True
    """
    stripped = kind.strip()
    for pattern, family in _KIND_FAMILIES:
        if pattern.match(stripped):
            return family
    return None


class Verdict(enum.Enum):
    """The key's verdict on a claim."""

    CORRECT = "CORRECT"
    WRONG = "WRONG"


class Script(enum.Enum):
    """The character set of a text."""

    SIMPLIFIED = "simplified"
    TRADITIONAL = "traditional"


# --------------------------------------------------------------------------- the answer key


@attrs.frozen
class KeyClaim:
    """One numbered claim of the answer key."""

    text_id: str
    number: int
    verdict: Verdict
    quote: str  #: as written in the key, ``↵`` for a line break
    kind: str
    printed: Decimal
    correct: Decimal | None = None
    line: int = 0  #: line in ANSWERS.md

    @property
    def family(self) -> str | None:
        """The audit family of :attr:`kind`, None when the kind is not recognised."""
        return kind_family(self.kind)

    @property
    def needle(self) -> str:
        """The quote as it is in the text (``↵`` → line break)."""
        return self.quote.replace("↵", "\n")

    def short(self, width: int = 40) -> str:
        """``id #n 「quote…」 (kind)`` on one line."""
        quote = self.quote if len(self.quote) <= width else self.quote[: width - 1] + "…"
        return f"{self.text_id} #{self.number} 「{quote}」 ({self.kind})"


@attrs.frozen
class KeyText:
    """The key's section for one text."""

    text_id: str
    script: Script
    claims: tuple[KeyClaim, ...]
    url: str | None = None
    body: str | None = None

    @property
    def has_wrong(self) -> bool:
        """Whether the key marks any claim of this text WRONG."""
        return any(c.verdict is Verdict.WRONG for c in self.claims)


@attrs.frozen
class AnswerKey:
    """The parsed ``ANSWERS.md``: texts in the order of their sections, and what was odd."""

    texts: tuple[KeyText, ...]
    problems: tuple[str, ...] = ()

    @property
    def claims(self) -> tuple[KeyClaim, ...]:
        """Every claim, text by text."""
        return tuple(c for t in self.texts for c in t.claims)


_ROW_ID = re.compile(r"^\|\s*`([^`]+)`\s*\|")
_HEADING = re.compile(r"^##\s+`?([^`\s]+)`?\s*$")
_FIELD = re.compile(r"^-\s+(URL|Body):\s*(.*?)\s*$")
_CLAIM = re.compile(
    r"^(\d+)\.\s+\*\*(CORRECT|WRONG)\*\*\s*[—–-]+\s*「(.*)」\s*$",
)
_KIND = re.compile(r"(?:^|;\s*)kind:\s*(.*?)\s*(?:;\s*recompute:|;\s*printed:|$)")
_NUMBER = r"([-+−]?\d[\d,]*(?:\.\d+)?)"
_PRINTED = re.compile(r"(?:^|;\s*)printed:\s*" + _NUMBER)
_CORRECT = re.compile(r"correct value:\s*" + _NUMBER)
_COUNT_CELLS = re.compile(r"^\d+$")


def parse_number(token: str) -> Decimal:
    """A printed figure as a Decimal: thousands separators dropped, ``−`` read as minus.

    >>> parse_number("8,237.23")
    Decimal('8237.23')
    """
    return Decimal(token.replace(",", "").replace("−", "-"))


def _script_of(cells: Sequence[str], kind_column: int | None) -> Script | None:
    if kind_column is not None and kind_column < len(cells):
        found = _script_marker(cells[kind_column])
        if found is not None:
            return found
    return _script_marker(" ".join(cells))


def _script_marker(cell: str) -> Script | None:
    simplified = "[simplified]" in cell
    traditional = "[traditional]" in cell
    if simplified == traditional:
        return None
    return Script.SIMPLIFIED if simplified else Script.TRADITIONAL


@attrs.define
class _Pending:
    number: int
    verdict: Verdict
    quote: str
    line: int
    kind: str | None = None
    printed: Decimal | None = None
    correct: Decimal | None = None


@attrs.define
class _Section:
    text_id: str
    line: int
    url: str | None = None
    body: str | None = None
    claims: list[KeyClaim] = attrs.Factory(list)


def parse_answers(source: str) -> AnswerKey:
    """Parse the answer key; unknown lines are ignored, odd claims are reported and skipped."""
    problems: list[str] = []
    scripts: dict[str, Script | None] = {}
    counts: dict[str, tuple[int, int]] = {}
    kind_column: int | None = None
    count_columns: tuple[int, int] | None = None
    sections: list[_Section] = []
    pending: _Pending | None = None

    def close() -> None:
        nonlocal pending
        if pending is None or not sections:
            pending = None
            return
        where = f"ANSWERS.md:{pending.line}"
        section = sections[-1]
        if pending.kind is None or pending.printed is None:
            missing = "kind" if pending.kind is None else "printed figure"
            problems.append(f"{where}: {section.text_id} #{pending.number} has no {missing}")
        else:
            section.claims.append(
                KeyClaim(
                    text_id=section.text_id,
                    number=pending.number,
                    verdict=pending.verdict,
                    quote=pending.quote,
                    kind=pending.kind,
                    printed=pending.printed,
                    correct=pending.correct,
                    line=pending.line,
                )
            )
        pending = None

    for number, raw in enumerate(source.splitlines(), start=1):
        line = raw.strip()
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip("|").split("|")]
            lowered = [c.lower() for c in cells]
            if "kind of document" in lowered:
                kind_column = lowered.index("kind of document")
                if "claims" in lowered and "wrong" in lowered:
                    count_columns = (lowered.index("claims"), lowered.index("wrong"))
                continue
            row = _ROW_ID.match(line)
            if row is None:
                continue
            text_id = row.group(1).strip()
            scripts[text_id] = _script_of(cells, kind_column)
            if count_columns is not None and max(count_columns) < len(cells):
                claims_cell, wrong_cell = (cells[i] for i in count_columns)
                if _COUNT_CELLS.match(claims_cell) and _COUNT_CELLS.match(wrong_cell):
                    counts[text_id] = (int(claims_cell), int(wrong_cell))
            continue
        heading = _HEADING.match(line)
        if heading is not None:
            close()
            sections.append(_Section(heading.group(1), number))
            continue
        if line.startswith("#"):
            close()
            continue
        if not sections:
            continue
        field = _FIELD.match(line)
        if field is not None and pending is None:
            if field.group(1) == "URL":
                sections[-1].url = field.group(2)
            else:
                sections[-1].body = field.group(2)
            continue
        claim = _CLAIM.match(line)
        if claim is not None:
            close()
            pending = _Pending(int(claim.group(1)), Verdict(claim.group(2)), claim.group(3), number)
            continue
        if re.match(r"^\d+\.\s+\*\*", line):
            close()
            problems.append(f"ANSWERS.md:{number}: claim line not understood: {line[:60]}")
            continue
        if pending is None:
            continue
        kind = _KIND.search(line)
        if kind is not None and pending.kind is None:
            pending.kind = kind.group(1)
        for pattern, attribute in ((_PRINTED, "printed"), (_CORRECT, "correct")):
            match = pattern.search(line)
            if match is None or getattr(pending, attribute) is not None:
                continue
            try:
                setattr(pending, attribute, parse_number(match.group(1)))
            except InvalidOperation:
                problems.append(f"ANSWERS.md:{number}: not a number: {match.group(1)}")
    close()

    texts: list[KeyText] = []
    seen: set[str] = set()
    for section in sections:
        if not section.claims and section.text_id not in scripts:
            continue  # a heading that names no text of the table and holds no claim
        if section.text_id in seen:
            problems.append(f"ANSWERS.md:{section.line}: second section for {section.text_id}")
        seen.add(section.text_id)
        script = scripts.get(section.text_id)
        if script is None:
            script = Script.TRADITIONAL if "-tw" in section.text_id else Script.SIMPLIFIED
        numbers = [c.number for c in section.claims]
        if len(set(numbers)) != len(numbers):
            problems.append(f"{section.text_id}: claim numbers repeat: {numbers}")
        expected = counts.get(section.text_id)
        if expected is not None:
            got = (len(section.claims), sum(c.verdict is Verdict.WRONG for c in section.claims))
            if got != expected:
                problems.append(
                    f"{section.text_id}: the summary table says {expected[0]} claims, "
                    f"{expected[1]} WRONG; the section has {got[0]}, {got[1]} WRONG"
                )
        texts.append(
            KeyText(section.text_id, script, tuple(section.claims), section.url, section.body)
        )
    for text_id in scripts:
        if text_id not in seen:
            problems.append(f"{text_id}: in the summary table but has no section")
    return AnswerKey(tuple(texts), tuple(problems))


# --------------------------------------------------------------------------- quotes in texts


def locate(needle: str, text: str) -> tuple[tuple[int, int], ...]:
    """Every occurrence of ``needle`` in ``text`` as (start, end) offsets into ``text``.

    When the needle is not in the text verbatim, whitespace is dropped from both and the
    occurrences found are mapped back: start at the first, end after the last matched character.

    >>> locate("ab", "xabab")
    ((1, 3), (3, 5))
    >>> locate("5 万元", "共5万\\n元")
    ((1, 5),)
    """
    if not needle:
        return ()
    found: list[tuple[int, int]] = []
    start = text.find(needle)
    while start >= 0:
        found.append((start, start + len(needle)))
        start = text.find(needle, start + 1)
    if found:
        return tuple(found)
    squeezed_needle = "".join(ch for ch in needle if not ch.isspace())
    if not squeezed_needle:
        return ()
    offsets = [i for i, ch in enumerate(text) if not ch.isspace()]
    squeezed = "".join(text[i] for i in offsets)
    start = squeezed.find(squeezed_needle)
    while start >= 0:
        last = start + len(squeezed_needle) - 1
        found.append((offsets[start], offsets[last] + 1))
        start = squeezed.find(squeezed_needle, start + 1)
    return tuple(found)


_FIGURE = re.compile(r"[-+−]?\d[\d,]*(?:\.\d+)?")


def figure_in_quote(claim: KeyClaim) -> bool:
    """Whether the key's printed figure is printed inside its own quote.

    When it is not (the quote shows the parts, the total is elsewhere), no audit claim can
    satisfy the span rule.
    """
    # A figure broken by a space or a line break ("1.05 万↵元", "5 506") is read with them
    # removed; figures of cells separated by spaces ("27,631 33,385") are read as printed.
    spaced = claim.quote.replace("↵", " ")
    squeezed = "".join(ch for ch in spaced if not ch.isspace())
    for text in (squeezed, spaced):
        for token in _FIGURE.findall(text):
            try:
                if parse_number(token) in (claim.printed, abs(claim.printed)):
                    return True
            except InvalidOperation:
                continue
    return False


# --------------------------------------------------------------------------- running the audit


class AuditClaim(Protocol):
    """What the evaluation reads of a claim returned by ``audit_text``."""

    @property
    def kind(self) -> str: ...
    @property
    def family(self) -> str: ...
    @property
    def printed_value(self) -> Decimal: ...
    @property
    def original_span(self) -> tuple[int, int]: ...
    @property
    def severity(self) -> Severity | None: ...


@attrs.frozen
class AuditOutcome:
    """The part of one ``audit_text`` result the evaluation uses."""

    claims: tuple[AuditClaim, ...]
    findings: tuple[Finding, ...]


class InputError(Exception):
    """Input the script cannot read; main() prints it on one line and exits 2."""


def run_audit(text: str, name: str) -> AuditOutcome:
    """Audit one text with ``budgetperf.textaudit`` (imported here, so the rest runs without)."""
    try:
        # The package is being written: until it exists the import is unchecked.
        from budgetperf.textaudit import (  # type: ignore[attr-defined,import-not-found,unused-ignore]
            audit_text,
        )
    except ImportError as exc:
        raise InputError(f"cannot import budgetperf.textaudit: {exc}") from exc
    result = audit_text(text, file=name)
    claims: tuple[AuditClaim, ...] = tuple(result.claims)
    findings: tuple[Finding, ...] = tuple(result.findings)
    return AuditOutcome(claims, findings)


# --------------------------------------------------------------------------- evaluation

_FOUND = (Severity.WARNING, Severity.ERROR)


@attrs.frozen
class ClaimOutcome:
    """One key claim against the audit's claims on its text."""

    key: KeyClaim
    script: Script
    occurrences: tuple[tuple[int, int], ...]
    matched: tuple[AuditClaim, ...]
    inside: tuple[AuditClaim, ...]  #: every audit claim inside the quote, matched or not

    @property
    def family(self) -> str:
        """The key's family, ``other`` when its kind is not recognised."""
        return self.key.family or OTHER

    @property
    def located(self) -> bool:
        """Whether the quote was found in the text."""
        return bool(self.occurrences)

    @property
    def extracted(self) -> bool:
        """Whether at least one audit claim matches."""
        return bool(self.matched)

    @property
    def found(self) -> bool:
        """A WRONG key claim matched by a claim of severity WARNING or ERROR."""
        return self.key.verdict is Verdict.WRONG and any(c.severity in _FOUND for c in self.matched)

    @property
    def false_alarm(self) -> bool:
        """A CORRECT key claim matched by a claim of severity ERROR."""
        return self.key.verdict is Verdict.CORRECT and any(
            c.severity is Severity.ERROR for c in self.matched
        )


@attrs.frozen
class TextOutcome:
    """One text: its key claims' outcomes and the false-alarm findings."""

    key: KeyText
    claims: tuple[ClaimOutcome, ...]
    audit_claims: int
    false_alarm_findings: tuple[Finding, ...]  #: ERROR findings when the key has no WRONG
    #: ERROR claims matching no key claim, inside a CORRECT claim's quote and no WRONG one's
    stray_errors: tuple[AuditClaim, ...] = ()
    #: WARNING findings when the key has no WRONG: no false alarm, but each is a figure the
    #: audit doubts in a text whose key finds nothing wrong (a misreading, or a slip not keyed)
    quiet_warnings: tuple[Finding, ...] = ()


def span_inside(span: tuple[int, int], occurrences: Iterable[tuple[int, int]]) -> bool:
    """Whether ``span`` lies inside one of ``occurrences``."""
    start, end = span
    return any(lo <= start and end <= hi for lo, hi in occurrences)


def matches(key: KeyClaim, claim: AuditClaim, occurrences: Sequence[tuple[int, int]]) -> bool:
    """The matching rule: span inside the quote, same printed value, compatible family."""
    if not span_inside(claim.original_span, occurrences):
        return False
    if claim.printed_value != key.printed:
        return False
    family = key.family
    if family is None or claim.family == family:
        return True
    # A balance (结余 = 收入 − 支出) is a sum of one figure in and one out, and a difference:
    # keys label it either way ("收支相抵,年终结余…" is a difference in the development key).
    return _BALANCE.match(key.kind.strip()) is not None and claim.family == "difference"


_BALANCE = re.compile(r"balance\b", re.IGNORECASE)


def evaluate_text(
    key: KeyText, text: str, audit: AuditOutcome, *, lenient: bool = False
) -> TextOutcome:
    """Match every key claim of one text against the audit's claims on it.

    ``lenient``: a key claim whose printed figure is not inside its (located) quote may be
    matched by a claim anywhere in the text.
    """
    outcomes: list[ClaimOutcome] = []
    for claim in key.claims:
        occurrences = locate(claim.needle, text)
        where = occurrences
        if lenient and occurrences and not figure_in_quote(claim):
            where = ((0, len(text)),)
        inside = tuple(c for c in audit.claims if span_inside(c.original_span, where))
        matched = tuple(c for c in inside if matches(claim, c, where))
        outcomes.append(ClaimOutcome(claim, key.script, occurrences, matched, inside))
    alarms: tuple[Finding, ...] = ()
    stray: tuple[AuditClaim, ...] = ()
    warnings: tuple[Finding, ...] = ()
    if not key.has_wrong:
        alarms = tuple(f for f in audit.findings if f.severity is Severity.ERROR)
        warnings = tuple(f for f in audit.findings if f.severity is Severity.WARNING)
    else:
        matched_ids = {id(c) for o in outcomes for c in o.matched}
        correct = [o.occurrences for o in outcomes if o.key.verdict is Verdict.CORRECT]
        wrong = [o.occurrences for o in outcomes if o.key.verdict is Verdict.WRONG]
        stray = tuple(
            c
            for c in audit.claims
            if c.severity is Severity.ERROR
            and id(c) not in matched_ids
            and any(span_inside(c.original_span, occ) for occ in correct)
            and not any(span_inside(c.original_span, occ) for occ in wrong)
        )
    return TextOutcome(key, tuple(outcomes), len(audit.claims), alarms, stray, warnings)


def read_text(directory: Path, text_id: str) -> str:
    """The text of ``<id>.txt`` decoded as UTF-8 (InputError when missing or not UTF-8)."""
    path = directory / f"{text_id}.txt"
    try:
        return path.read_bytes().decode("utf-8")
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise InputError(f"{path} is not UTF-8: {exc.reason} at byte {exc.start}") from exc


def load_key(directory: Path) -> AnswerKey:
    """Read and parse ``DIR/ANSWERS.md`` (InputError when missing or without claims)."""
    if not directory.is_dir():
        raise InputError(f"not a directory: {directory}")
    path = directory / ANSWERS
    try:
        source = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise InputError(f"{path} is not UTF-8: {exc.reason} at byte {exc.start}") from exc
    key = parse_answers(source)
    if not key.claims:
        raise InputError(f"{path} has no claims")
    return key


def evaluate(
    key: AnswerKey,
    directory: Path,
    audit: Callable[[str, str], AuditOutcome] | None = None,
    *,
    lenient: bool = False,
    reword: Callable[[str], str] | None = None,
) -> tuple[TextOutcome, ...]:
    """Audit every text of the key and match its claims; ``audit`` defaults to run_audit.
    ``reword`` rewrites each text and each quote of its key alike first (the same statements
    printed another way: how the audit would read a report that prints them so)."""
    run = audit if audit is not None else run_audit
    outcomes: list[TextOutcome] = []
    for text_key in key.texts:
        text = read_text(directory, text_key.text_id)
        if reword is not None:
            text = reword(text)
            text_key = attrs.evolve(
                text_key,
                claims=tuple(attrs.evolve(c, quote=reword(c.quote)) for c in text_key.claims),
            )
        audited = run(text, f"{text_key.text_id}.txt")
        outcomes.append(evaluate_text(text_key, text, audited, lenient=lenient))
    return tuple(outcomes)


# --------------------------------------------------------------------------- metrics


@attrs.frozen
class Tally:
    """Counts for one slice of the key claims."""

    claims: int = 0
    extracted: int = 0
    wrong: int = 0
    wrong_found: int = 0
    false_alarm_claims: int = 0
    #: ERROR findings in texts without WRONG, and stray ERROR claims inside CORRECT quotes
    false_alarm_findings: int = 0
    not_located: int = 0
    figure_outside_quote: int = 0

    @property
    def false_alarms(self) -> int:
        """False-alarm claims plus false-alarm findings."""
        return self.false_alarm_claims + self.false_alarm_findings

    @property
    def extraction_rate(self) -> Decimal | None:
        """Extracted over claims, in percent; None without claims."""
        if not self.claims:
            return None
        return Decimal(self.extracted) * 100 / Decimal(self.claims)

    def to_dict(self) -> dict[str, object]:
        """JSON-ready counts."""
        rate = self.extraction_rate
        return {
            "claims": self.claims,
            "extracted": self.extracted,
            "extraction_rate": None if rate is None else float(round(rate, 2)),
            "wrong": self.wrong,
            "wrong_found": self.wrong_found,
            "false_alarms": self.false_alarms,
            "false_alarm_claims": self.false_alarm_claims,
            "false_alarm_findings": self.false_alarm_findings,
            "quotes_not_located": self.not_located,
            "figure_outside_quote": self.figure_outside_quote,
        }


def tally(
    texts: Iterable[TextOutcome],
    *,
    script: Script | None = None,
    family: str | None = None,
) -> Tally:
    """Count the claims of ``texts``, optionally of one script and one family.

    False-alarm findings belong to no family: they count only when ``family`` is None.
    """
    claims: list[ClaimOutcome] = []
    findings = 0
    for text in texts:
        if script is not None and text.key.script is not script:
            continue
        claims.extend(c for c in text.claims if family is None or c.family == family)
        if family is None:
            findings += len(text.false_alarm_findings) + len(text.stray_errors)
    return Tally(
        claims=len(claims),
        extracted=sum(c.extracted for c in claims),
        wrong=sum(c.key.verdict is Verdict.WRONG for c in claims),
        wrong_found=sum(c.found for c in claims),
        false_alarm_claims=sum(c.false_alarm for c in claims),
        false_alarm_findings=findings,
        not_located=sum(not c.located for c in claims),
        figure_outside_quote=sum(not figure_in_quote(c.key) for c in claims),
    )


# --------------------------------------------------------------------------- targets


@attrs.frozen
class Targets:
    """The thresholds --check enforces; None for min_wrong_found means the default rule."""

    min_wrong_found: int | None = None
    min_extracted: Decimal = Decimal(90)
    max_false_alarms: int = 0
    min_extracted_traditional: Decimal | None = None  #: None: same as min_extracted
    max_false_alarms_traditional: int = 0


def default_wrong_found(wrong: int) -> int:
    """All WRONG claims when there are at most 10, else all but one.

    >>> default_wrong_found(18), default_wrong_found(10)
    (17, 10)
    """
    return wrong - 1 if wrong > 10 else wrong


@attrs.frozen
class TargetResult:
    """One target: what it asks, what was measured, whether it holds."""

    name: str
    wanted: str
    got: str
    ok: bool


def _percent(value: Decimal | None) -> str:
    return "n/a" if value is None else f"{value:.1f}%"


def check_targets(texts: Sequence[TextOutcome], targets: Targets) -> tuple[TargetResult, ...]:
    """Evaluate every target on the outcomes."""
    total = tally(texts)
    traditional = tally(texts, script=Script.TRADITIONAL)
    need_found = targets.min_wrong_found
    if need_found is None:
        need_found = default_wrong_found(total.wrong)
    min_trad = targets.min_extracted_traditional
    if min_trad is None:
        min_trad = targets.min_extracted
    rate = total.extraction_rate
    trad_rate = traditional.extraction_rate
    return (
        TargetResult(
            "WRONG found",
            f">= {need_found} of {total.wrong}",
            str(total.wrong_found),
            total.wrong_found >= need_found,
        ),
        TargetResult(
            "extracted",
            f">= {targets.min_extracted}%",
            f"{total.extracted}/{total.claims} = {_percent(rate)}",
            rate is None or rate >= targets.min_extracted,
        ),
        TargetResult(
            "false alarms",
            f"<= {targets.max_false_alarms}",
            str(total.false_alarms),
            total.false_alarms <= targets.max_false_alarms,
        ),
        TargetResult(
            "traditional extracted",
            f">= {min_trad}%",
            f"{traditional.extracted}/{traditional.claims} = {_percent(trad_rate)}",
            trad_rate is None or trad_rate >= min_trad,
        ),
        TargetResult(
            "traditional false alarms",
            f"<= {targets.max_false_alarms_traditional}",
            str(traditional.false_alarms),
            traditional.false_alarms <= targets.max_false_alarms_traditional,
        ),
    )


# --------------------------------------------------------------------------- report


def _ratio(part: int, whole: int) -> str:
    if not whole:
        return "-"
    return f"{part}/{whole} ({Decimal(part) * 100 / Decimal(whole):.1f}%)"


def _rows(texts: Sequence[TextOutcome]) -> list[tuple[str, Tally]]:
    families = [*FAMILIES, OTHER]
    rows = [(f, tally(texts, family=f)) for f in families]
    return [(name, t) for name, t in rows if t.claims] + [("total", tally(texts))]


def _table(title: str, rows: Sequence[tuple[str, Tally]]) -> list[str]:
    head = ("", "extracted", "WRONG found", "false alarms")
    body = [
        (name, _ratio(t.extracted, t.claims), f"{t.wrong_found}/{t.wrong}", str(t.false_alarms))
        for name, t in rows
    ]
    widths = [max(len(r[i]) for r in (head, *body)) for i in range(len(head))]
    lines = [title]
    for row in (head, *body):
        cells = [row[0].ljust(widths[0])]
        cells += [c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True)]
        lines.append("  " + "  ".join(cells).rstrip())
    return lines


def _why_missed(outcome: ClaimOutcome) -> str:
    if not outcome.located:
        return "quote not found in the text"
    note = "" if figure_in_quote(outcome.key) else "printed figure outside the quote"
    if not outcome.inside:
        seen = "no audit claim inside the quote"
    else:
        seen = "inside the quote: " + ", ".join(
            f"{c.family} {c.printed_value}" for c in outcome.inside[:4]
        )
        if len(outcome.inside) > 4:
            seen += ", …"
    return f"{note}; {seen}" if note else seen


def _finding_line(finding: Finding) -> str:
    loc = finding.location
    where = f"{loc.file or '<input>'}:{loc.line if loc.line is not None else '?'}"
    return f"{where} {finding.code}: {finding.message_en}"


def render(
    key: AnswerKey,
    texts: Sequence[TextOutcome],
    results: Sequence[TargetResult],
    *,
    verbose: bool = False,
) -> str:
    """The printed report."""
    lines = _table("By key-kind family (all texts):", _rows(texts))
    lines.append(
        "  (false alarms of a family: CORRECT claims flagged ERROR; the totals add the ERROR"
        " findings of texts without WRONG)"
    )
    for script in Script:
        chosen = [t for t in texts if t.key.script is script]
        lines.append("")
        lines.extend(_table(f"{script.value.capitalize()} texts ({len(chosen)}):", _rows(chosen)))
    claims = [c for t in texts for c in t.claims]
    alarms = [c for c in claims if c.false_alarm]
    findings = [f for t in texts for f in t.false_alarm_findings]
    stray = [(t, c) for t in texts for c in t.stray_errors]
    if alarms or findings or stray:
        lines.extend(["", "False alarms:"])
        lines.extend(f"  CORRECT claim flagged ERROR: {c.key.short()}" for c in alarms)
        lines.extend(f"  ERROR in a text without WRONG: {_finding_line(f)}" for f in findings)
        lines.extend(
            f"  ERROR inside a CORRECT claim's quote: {t.key.text_id} {c.kind} {c.printed_value}"
            f" at {c.original_span[0]}-{c.original_span[1]}"
            for t, c in stray
        )
    quiet = [f for t in texts for f in t.quiet_warnings]
    if quiet:
        lines.extend(
            [
                "",
                f"{len(quiet)} warnings in texts without WRONG (no false alarm; each a figure the"
                " audit doubts where the key finds nothing wrong)"
                + (":" if verbose else "; --verbose lists them."),
            ]
        )
        if verbose:
            lines.extend(f"  {_finding_line(f)}" for f in quiet)
    not_located = [c for c in claims if not c.located]
    if not_located or key.problems:
        lines.extend(["", "Answer-key problems:"])
        lines.extend(f"  {p}" for p in key.problems)
        lines.extend(f"  quote not found in its text: {c.key.short()}" for c in not_located)
    outside = [c for c in claims if c.located and not figure_in_quote(c.key)]
    if outside:
        lines.extend(
            [
                "",
                f"{len(outside)} key claims print their figure outside their quote; "
                "the span rule cannot match them"
                + ("" if verbose else " (--verbose lists them)")
                + ".",
            ]
        )
        if verbose:
            lines.extend(f"  {c.key.short()}" for c in outside)
    if verbose:
        missed = [c for c in claims if not c.extracted]
        lines.extend(["", f"Key claims not extracted ({len(missed)}):"])
        lines.extend(f"  {c.key.short()}: {_why_missed(c)}" for c in missed)
        wrong = [c for c in claims if c.key.verdict is Verdict.WRONG and not c.found]
        lines.extend(["", f"WRONG claims not found ({len(wrong)}):"])
        for c in wrong:
            if c.extracted:
                why = "matched with severity " + ", ".join(
                    "none" if m.severity is None else m.severity.value for m in c.matched
                )
            else:
                why = "not extracted: " + _why_missed(c)
            lines.append(f"  {c.key.short()}: {why}")
    lines.extend(["", "Targets:"])
    lines.extend(
        f"  [{'ok' if r.ok else 'MISSED'}] {r.name}: {r.got} (wanted {r.wanted})" for r in results
    )
    return "\n".join(lines)


def to_json(
    key: AnswerKey, texts: Sequence[TextOutcome], results: Sequence[TargetResult]
) -> dict[str, object]:
    """The metrics, targets and lists as a JSON-ready dictionary."""
    claims = [c for t in texts for c in t.claims]

    def item(c: ClaimOutcome) -> dict[str, object]:
        return {
            "id": c.key.text_id,
            "number": c.key.number,
            "verdict": c.key.verdict.value,
            "kind": c.key.kind,
            "family": c.family,
            "printed": str(c.key.printed),
            "quote": c.key.quote,
            "quote_located": c.located,
            "figure_in_quote": figure_in_quote(c.key),
        }

    return {
        "total": tally(texts).to_dict(),
        "by_family": {name: t.to_dict() for name, t in _rows(texts) if name != "total"},
        "by_script": {
            script.value: {
                "texts": sum(t.key.script is script for t in texts),
                "total": tally(texts, script=script).to_dict(),
                "by_family": {
                    name: t.to_dict()
                    for name, t in _rows([t for t in texts if t.key.script is script])
                    if name != "total"
                },
            }
            for script in Script
        },
        "targets": [attrs.asdict(r) for r in results],
        "not_extracted": [item(c) for c in claims if not c.extracted],
        "wrong_not_found": [
            item(c) for c in claims if c.key.verdict is Verdict.WRONG and not c.found
        ],
        "false_alarm_claims": [item(c) for c in claims if c.false_alarm],
        "false_alarm_findings": [f.to_dict() for t in texts for f in t.false_alarm_findings],
        "warnings_without_wrong": [f.to_dict() for t in texts for f in t.quiet_warnings],
        "false_alarm_stray_errors": [
            {
                "id": t.key.text_id,
                "kind": c.kind,
                "printed": str(c.printed_value),
                "span": list(c.original_span),
            }
            for t in texts
            for c in t.stray_errors
        ],
        "key_problems": list(key.problems),
    }


# --------------------------------------------------------------------------- command line


def _percent_arg(value: str) -> Decimal:
    try:
        number = Decimal(value.rstrip("%"))
    except InvalidOperation:
        raise argparse.ArgumentTypeError(f"not a percentage: {value}") from None
    if not 0 <= number <= 100:
        raise argparse.ArgumentTypeError(f"not between 0 and 100: {value}")
    return number


def _count_arg(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a count: {value}") from None
    if number < 0:
        raise argparse.ArgumentTypeError(f"negative: {value}")
    return number


def build_parser() -> argparse.ArgumentParser:
    """The command-line options."""
    parser = argparse.ArgumentParser(
        prog="evaluate_corpus.py",
        description="Measure budgetperf.textaudit against the labelled report-text corpus.",
    )
    parser.add_argument(
        "directory",
        nargs="?",
        type=Path,
        default=DEFAULT_DIR,
        metavar="DIR",
        help="corpus directory with ANSWERS.md and <id>.txt (default: %(default)s)",
    )
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument(
        "--verbose", action="store_true", help="list claims not extracted and WRONG not found"
    )
    parser.add_argument("--json", type=Path, metavar="FILE", help="write the metrics as JSON")
    parser.add_argument(
        "--strict-quotes",
        dest="lenient",
        action="store_false",
        help="a key claim whose printed figure is outside its quote is never matched "
        "(by default it may be matched by a claim anywhere in its text)",
    )
    parser.add_argument(
        "--min-wrong-found",
        type=_count_arg,
        metavar="N",
        help="WRONG claims to find (default: all, or all but one above 10)",
    )
    parser.add_argument(
        "--min-extracted",
        type=_percent_arg,
        default=Decimal(90),
        metavar="PERCENT",
        help="key claims to extract, in percent (default: 90)",
    )
    parser.add_argument(
        "--max-false-alarms", type=_count_arg, default=0, metavar="N", help="(default: 0)"
    )
    parser.add_argument(
        "--min-extracted-traditional",
        type=_percent_arg,
        metavar="PERCENT",
        help="key claims of traditional texts to extract (default: --min-extracted)",
    )
    parser.add_argument(
        "--reword",
        nargs=2,
        metavar=("PATTERN", "REPLACEMENT"),
        help="rewrite every text and quote with re.sub(PATTERN, REPLACEMENT) first "
        r"(e.g. '\n' '\n\n': the reports printed double-spaced)",
    )
    parser.add_argument(
        "--max-false-alarms-traditional",
        type=_count_arg,
        default=0,
        metavar="N",
        help="(default: 0)",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the evaluation; 0 done, 1 a target missed (with --check), 2 unreadable input."""
    args = build_parser().parse_args(argv)
    directory: Path = args.directory
    targets = Targets(
        min_wrong_found=args.min_wrong_found,
        min_extracted=args.min_extracted,
        max_false_alarms=args.max_false_alarms,
        min_extracted_traditional=args.min_extracted_traditional,
        max_false_alarms_traditional=args.max_false_alarms_traditional,
    )
    reword: Callable[[str], str] | None = None
    if args.reword is not None:
        pattern, replacement = args.reword
        try:
            compiled = re.compile(pattern)
        except re.error as exc:
            print(f"evaluate_corpus: bad --reword pattern {pattern!r}: {exc}", file=sys.stderr)
            return 2
        reword = functools.partial(compiled.sub, replacement)
        print(f"Every text and quote reworded: {pattern!r} -> {replacement!r}")
    try:
        key = load_key(directory)
        texts = evaluate(key, directory, lenient=args.lenient, reword=reword)
    except re.error as exc:  # (a bad group reference in --reword's replacement)
        print(f"evaluate_corpus: bad --reword replacement: {exc}", file=sys.stderr)
        return 2
    except InputError as exc:
        print(f"evaluate_corpus: {exc}", file=sys.stderr)
        return 2
    results = check_targets(texts, targets)
    print(render(key, texts, results, verbose=args.verbose))
    if args.json is not None:
        try:
            args.json.write_text(
                json.dumps(to_json(key, texts, results), ensure_ascii=False, indent=2) + "\n",
                encoding="utf-8",
            )
        except OSError as exc:
            reason = exc.strerror or exc
            print(f"evaluate_corpus: cannot write {args.json}: {reason}", file=sys.stderr)
            return 2
    missed = [r for r in results if not r.ok]
    if args.check and missed:
        for r in missed:
            print(f"target missed: {r.name}: {r.got} (wanted {r.wanted})", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
