"""The unkeyed excerpts of tests/corpus/unkeyed: the audit's errors on them are exactly the ones
read by hand and listed in expected_errors.json (errors of the reports themselves). Any other
error is a false alarm that came back; a missing one is a real error no longer found."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from budgetperf.textaudit import audit_text

CORPUS = Path(__file__).resolve().parent / "corpus" / "unkeyed"
EXPECTED: dict[str, list[dict[str, str]]] = json.loads(
    (CORPUS / "expected_errors.json").read_text(encoding="utf-8")
)
FILES = sorted(p.name for p in CORPUS.glob("*.txt"))


def _body(name: str) -> str:
    lines = (CORPUS / name).read_text(encoding="utf-8").splitlines()
    return "\n".join(line for line in lines if not line.startswith("# "))


def test_the_corpus_is_there() -> None:
    assert len(FILES) == 2364
    assert set(EXPECTED) <= set(FILES)


@pytest.mark.parametrize("name", FILES)
def test_the_errors_are_the_ones_read_by_hand(name: str) -> None:
    audit = audit_text(_body(name))
    found = Counter(
        (f.code, f.printed or "") for f in audit.findings if f.severity.value == "error"
    )
    expected = Counter((e["code"], e["printed"]) for e in EXPECTED.get(name, []))
    assert found == expected
