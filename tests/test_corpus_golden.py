"""The whole audit output of every real corpus text against its golden record.

tests/corpus/golden/<corpus>.json (written by scripts/pin_corpus.py, never by hand or by this
test) holds, for every text of every keyed corpus and of tests/corpus/unkeyed, each claim the
audit makes (its span, kind, family, value, status, severity, the value it was checked against,
relation, reading and inputs), each finding (place, code, severity, values, Chinese message) and
the coverage. test_corpus_keys.py holds only the hand-keyed claims; here any other claim or
finding that is added, dropped or changed on a real text fails, with the first differences.

The record pins today's output, wrong warnings included: it is no statement of what is right.
A difference must be reviewed claim by claim (``git diff tests/corpus/golden`` after
``python scripts/pin_corpus.py``) before it is re-pinned, and a claim that leaves the record or
a finding that appears explained in the commit message. It does not replace the hand-made keys.

Each test audits its corpus's texts itself, with no cache shared with the other corpus tests:
mutmut (scripts/mutation_score.py) maps each test to the functions it calls in one stats run,
and a test reading what an earlier test audited would be mapped to none and never run against a
mutant.
"""

from __future__ import annotations

import decimal
import difflib
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from budgetperf.testing import HOSTILE_TRAPS, hostile_context
from budgetperf.textaudit import audit_text
from scripts_loader import load_script

ROOT = Path(__file__).resolve().parent.parent


# its own copy (its own caches): mutmut runs a test against a mutant only when the test
# itself called the mutated function during its stats run
PIN = load_script("pin_corpus", "pin_corpus_golden")

#: differing texts shown in a failure, and differing lines shown for each
_TEXTS_SHOWN = 5
_LINES_SHOWN = 12


def _audit(text: str, file: str | None) -> Any:
    return audit_text(text, file=file)


def _lines(entry: dict[str, Any]) -> list[str]:
    return (
        [f"claim {c}" for c in entry["claims"]]
        + [f"finding {f}" for f in entry["findings"]]
        + [f"coverage {entry['coverage']}"]
    )


def _differences(expected: dict[str, Any], actual: dict[str, Any]) -> list[str]:
    """A short readable diff: the text ids, and each one's first differing lines."""
    out: list[str] = []
    for gone in sorted(set(expected) - set(actual)):
        out.append(f"{gone}: in the record, not audited")
    for new in sorted(set(actual) - set(expected)):
        out.append(f"{new}: audited, not in the record")
    differing = [t for t in sorted(set(expected) & set(actual)) if expected[t] != actual[t]]
    for text_id in differing[:_TEXTS_SHOWN]:
        diff = [
            line
            for line in difflib.unified_diff(
                _lines(expected[text_id]), _lines(actual[text_id]), lineterm="", n=0
            )
            if line[:1] in "+-" and not line.startswith(("---", "+++"))
        ]
        out.append(f"{text_id}: {len(diff)} lines differ (- record, + audit)")
        out += [f"  {line}" for line in diff[:_LINES_SHOWN]]
    if len(differing) > _TEXTS_SHOWN:
        out.append(f"... and {len(differing) - _TEXTS_SHOWN} more texts differ")
    return out


def _record_or_skip(name: str) -> Any:
    """The golden record of a corpus whose texts are here (a missing corpus skips the test, and
    fails it under CI)."""
    directory: Path = PIN.GOLDEN_CORPORA[name]
    if not directory.is_dir() or not any(directory.glob("*.txt")):
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true but the corpus is missing: {directory}", pytrace=False)
        pytest.skip(f"no corpus at {directory}")
    return json.loads(PIN.golden_path(name).read_text(encoding="utf-8"))


def test_the_golden_record_covers_every_corpus() -> None:
    names = set(PIN.GOLDEN_CORPORA)
    assert names == set(PIN.CORPORA) | {"unkeyed"}
    written = {p.name for p in PIN.GOLDEN.glob("*.json")}
    assert written == {PIN.golden_path(name).name for name in names}


@pytest.mark.parametrize("name", sorted(PIN.GOLDEN_CORPORA))
def test_every_text_audits_as_its_golden_record(name: str) -> None:
    expected = _record_or_skip(name)
    actual = json.loads(PIN.dump_golden(PIN.golden_record(name, _audit)))
    if actual != expected:
        pytest.fail(
            f"{name}: the audit differs from tests/corpus/golden (review each change before "
            "re-pinning with scripts/pin_corpus.py):\n" + "\n".join(_differences(expected, actual)),
            pytrace=False,
        )


#: the caller's contexts the audit must not depend on: three digits rounding down, and one digit
#: with exponents from -1 to 1 (10, a scale of 0.01 or a product of two figures is out of range)
def _one_digit() -> decimal.Context:
    return decimal.Context(prec=1, Emax=1, Emin=-1, traps=list(HOSTILE_TRAPS))


CALLER_CONTEXTS: dict[str, Callable[[], decimal.Context]] = {
    "hostile": hostile_context,
    "one digit": _one_digit,
}


@pytest.mark.parametrize("context", sorted(CALLER_CONTEXTS))
@pytest.mark.parametrize("name", sorted(PIN.GOLDEN_CORPORA))
def test_every_text_audits_as_its_golden_record_whatever_the_callers_context(
    name: str, context: str
) -> None:
    # Issue 10: no exception outside the hierarchy and the same answers whatever the caller's
    # decimal context; every real text is the widest test of that (a product, an abs() or a
    # scaleb() left in the caller's context raised on 62 of them, each a different path).
    expected = _record_or_skip(name)
    with decimal.localcontext(CALLER_CONTEXTS[context]()):
        actual = json.loads(PIN.dump_golden(PIN.golden_record(name, _audit)))
    if actual != expected:
        pytest.fail(
            f"{name}: under the caller's {context} context the audit differs from its record:\n"
            + "\n".join(_differences(expected, actual)),
            pytrace=False,
        )
