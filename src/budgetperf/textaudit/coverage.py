"""Stage 8, *coverage*: the sentences with figures that yielded no claim, counted and listed.

A sentence the audit cannot read produces no finding, which looks exactly like a correct one.
Coverage makes the gap visible: every sentence that holds a money figure or a percentage but
gave no claim is listed (``budgetperf check --coverage``), and the summary says how many there
are ("N claims checked in M sentences; K sentences with figures not understood").

>>> from budgetperf.textaudit import audit_text
>>> audit = audit_text("支出100万元,其中A支出60万元,B支出40万元。另有支出12.5万元,情况复杂。")
>>> audit.coverage.sentences_with_figures, audit.coverage.sentences_with_claims
(2, 1)
>>> audit.coverage.not_understood
((1, 27, '另有支出12.5万元,情况复杂。'),)
"""

from __future__ import annotations

import attrs

from budgetperf.textaudit.claims import Claim
from budgetperf.textaudit.facts import Document, Role, Sentence
from budgetperf.textaudit.quantities import Dimension

__all__ = ["Coverage", "coverage_of"]


@attrs.frozen
class Coverage:
    """Sentences with a money figure or a percentage (or a claim of other figures), and those
    that yielded no claim."""

    sentences_with_figures: int
    sentences_with_claims: int
    not_understood: tuple[tuple[int, int, str], ...]

    @property
    def claims_sentences(self) -> int:
        """How many sentences with figures yielded a claim."""
        return self.sentences_with_claims


def coverage_of(doc: Document, claims: list[Claim]) -> Coverage:
    """Count the sentences with a money figure or a percentage, or with a claim, and list those
    no claim used."""
    touched: set[int] = set()
    for c in claims:
        touched.add(c.printed.sentence)
        for f in c.inputs:
            touched.add(f.sentence)
    with_figures: list[Sentence] = []
    figures, other = (Dimension.MONEY, Dimension.PERCENT), Role.OTHER
    for s in doc.figured:
        if s.index in touched:
            # a claim of counts or points alone ("项目总数为143个,其中…48个、…"): a sentence
            # that yielded a claim is one with figures, whatever their unit
            with_figures.append(s)
            continue
        for f in s.facts:  # (a loop, not any() over a generator: once per sentence)
            if f.q.unit.dimension in figures and f.role is not other:
                with_figures.append(s)
                break
    missing = []
    covered = 0
    located_quote = doc.norm.located_quote
    for s in with_figures:
        if s.index in touched:
            covered += 1
            continue
        line, column, quote = located_quote(s.start, s.end)
        missing.append((line, column, quote.strip()))
    return Coverage(len(with_figures), covered, tuple(missing))
