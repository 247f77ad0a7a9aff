"""The text audit reads its text a bounded number of times per character, whatever the input.

A search of the whole text made once per figure (or per share, per list…) is quadratic: it costs
nothing on a report and seconds on a long one, and no test of results notices it. (One such
search, made for every bare share, came in with a reader of "(下同)" and took "repeated shares"
from 0.6 to 14 s per MB at 0.8 MB before it was found: docs/performance.md, "The fourteenth
session".) Timing is left to ``benchmarks/``; here the audit runs on a text whose searches
(``in``, ``find``, ``rfind``, ``count``) count the characters they read, up to the match they
find, and each long input of ``tests/test_fuzz_inputs.py`` must be read at most
``_READS_PER_CHARACTER`` times over. (Regular expressions are not counted: they are given
bounds, ``pos`` and ``endpos``, where they are used.)
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import SupportsIndex

import attrs
import pytest

from budgetperf.textaudit.audit import audit_document
from budgetperf.textaudit.facts import read_facts
from budgetperf.textaudit.normalise import normalise

sys.path.insert(0, str(Path(__file__).parent))
from test_fuzz_inputs import long_texts

# (replaces or counts what the claims stage calls by its Python names: tests/conftest.py)
pytestmark = pytest.mark.pure_python

# the most any long input is read now is about 136 times (nested lists, whose every list looks
# for its 其中 and ';' in its sentence); a search of the whole text per figure reads thousands
_READS_PER_CHARACTER = 200


class _CountingText(str):
    """A text whose searches count the characters they read."""

    read = 0

    def _span(self, start: SupportsIndex | None, end: SupportsIndex | None) -> tuple[int, int]:
        s, e, _ = slice(start, end).indices(len(self))
        return s, e

    def find(
        self, sub: str, start: SupportsIndex | None = None, end: SupportsIndex | None = None
    ) -> int:
        s, e = self._span(start, end)
        found = str.find(self, sub, start, end)
        _CountingText.read += (found + len(sub) - s) if found >= 0 else max(0, e - s)
        return found

    def rfind(
        self, sub: str, start: SupportsIndex | None = None, end: SupportsIndex | None = None
    ) -> int:
        s, e = self._span(start, end)
        found = str.rfind(self, sub, start, end)
        _CountingText.read += (e - found) if found >= 0 else max(0, e - s)
        return found

    def count(
        self, sub: str, start: SupportsIndex | None = None, end: SupportsIndex | None = None
    ) -> int:
        s, e = self._span(start, end)
        _CountingText.read += max(0, e - s)
        return str.count(self, sub, start, end)

    def __contains__(self, sub: object) -> bool:
        assert isinstance(sub, str)
        found = str.find(self, sub)
        _CountingText.read += (found + len(sub)) if found >= 0 else len(self)
        return found >= 0


def _reads(text: str) -> tuple[int, int]:
    """The characters the audit's searches read in the normalised text, and its length."""
    norm = normalise(text)
    counted = attrs.evolve(norm, text=_CountingText(norm.text))
    _CountingText.read = 0
    audit_document(read_facts(counted))
    return _CountingText.read, len(norm.text)


@pytest.mark.parametrize(("name", "text"), list(long_texts().items()))
def test_the_audit_reads_a_long_input_a_bounded_number_of_times(name: str, text: str) -> None:
    read, length = _reads(text)
    assert read <= _READS_PER_CHARACTER * max(length, 1), (name, read / max(length, 1))


def test_a_search_of_the_whole_text_per_figure_is_counted() -> None:
    # (a hand check that the count sees what it is for: a search of the whole text per figure)
    text = "A支出71.67万元,占11.39%;" * 2000
    read, length = _reads(text)
    counted = _CountingText("x" * length)
    _CountingText.read = 0
    for _ in range(4000):
        assert "下同" not in counted
    assert _CountingText.read == 4000 * length
    assert read < _CountingText.read
