"""The text audit against the hand-made answer keys of every keyed corpus, claim by claim.

scripts/evaluate_corpus.py gates only the development corpus's totals in CI; here each key
claim the audit reads today (tests/corpus/pinned.json, written by scripts/pin_corpus.py) must
still be read, each WRONG claim it finds must still be found with the correct value the key
states, and no claim the key calls CORRECT may draw an error. Every expected verdict and value
comes from the keys (ANSWERS.md, recomputed by hand), not from the audit.
"""

from __future__ import annotations

import functools
import json
import os
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import pytest

from budgetperf.audit import Severity
from budgetperf.textaudit import audit_text
from scripts_loader import load_script

ROOT = Path(__file__).resolve().parent.parent
PINNED: dict[str, dict[str, list[str]]] = json.loads(
    (ROOT / "tests" / "corpus" / "pinned.json").read_text(encoding="utf-8")
)


PIN = load_script("pin_corpus")


#: WRONG claims the audit finds by another reading than the key's, so its recomputed value is
#: not the key's correct value (each read by hand; the finding is still right to flag them).
OTHER_READING = {
    # "減少0.1萬元,下降0.006%": the key recomputes the rate against the budget printed in a
    # table; the audit against the prior the sentence implies, 5.21 + 0.1 (1.883%).
    "ah-huaibei-duji-zhengfuban-2021-sgjs-tw#8",
    # "市級…29.81億元,占采購總量的16.26%" and its sibling: the total (71.22億元) is printed
    # nowhere, the key adds the two levels; the audit divides by the amount before each (a
    # warning, not an error: the reading is not certain). Both disagree with the print.
    "sc-luzhou-2022-zfcg-tw#10",
    "sc-luzhou-2022-zfcg-tw#11",
}


@functools.cache
def _evaluated(name: str) -> tuple[Any, ...]:
    directory: Path = PIN.CORPORA[name]
    if not (directory / "ANSWERS.md").is_file():
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true but the corpus is missing: {directory}", pytrace=False)
        pytest.skip(f"no corpus at {directory}")
    ec = PIN.load_evaluator()
    key = ec.load_key(directory)
    outcomes: tuple[Any, ...] = ec.evaluate(
        key, directory, lambda text, file: audit_text(text, file=file), lenient=True
    )
    return outcomes


def _claims(name: str) -> dict[str, Any]:
    return {f"{c.key.text_id}#{c.key.number}": c for text in _evaluated(name) for c in text.claims}


def _same_at_printed_precision(computed: Decimal, correct: Decimal) -> bool:
    """Equal in magnitude at the coarser of the two precisions, rounded half-up.

    The key writes a decrease with its sign (−16.76) where the audit recomputes its size, and
    some keys print one more decimal than the claim's figure."""
    exponents = [computed.as_tuple().exponent, correct.as_tuple().exponent]
    assert all(isinstance(e, int) for e in exponents), (computed, correct)  # both finite
    quantum = Decimal(1).scaleb(max(int(e) for e in exponents))
    return abs(computed).quantize(quantum, ROUND_HALF_UP) == abs(correct).quantize(
        quantum, ROUND_HALF_UP
    )


def test_the_pinned_record_covers_every_keyed_corpus() -> None:
    # every keyed corpus of the repository (a directory with an ANSWERS.md) is recorded
    keyed = {p.parent.name for p in (ROOT / "tests" / "corpus").glob("*/ANSWERS.md")}
    assert keyed == set(PIN.CORPORA) - {"shared/texts"}
    assert sorted(PINNED) == sorted(PIN.CORPORA)
    for name, record in PINNED.items():
        assert set(record["found"]) <= set(record["extracted"]), name
    found = {i for r in PINNED.values() for i in r["found"]}
    assert found >= OTHER_READING


@pytest.mark.parametrize("name", sorted(PINNED))
def test_every_pinned_key_claim_is_still_extracted(name: str) -> None:
    claims = _claims(name)
    unknown = [i for i in PINNED[name]["extracted"] if i not in claims]
    assert not unknown, f"pinned claims that the key no longer has: {unknown}"
    lost = [
        f"{i} 「{claims[i].key.quote}」 ({claims[i].key.kind})"
        for i in PINNED[name]["extracted"]
        if not claims[i].extracted
    ]
    assert not lost, "no longer extracted:\n" + "\n".join(lost)


@pytest.mark.parametrize("name", sorted(PINNED))
def test_every_pinned_wrong_claim_is_found_with_the_keys_correct_value(name: str) -> None:
    claims = _claims(name)
    problems: list[str] = []
    for claim_id in PINNED[name]["found"]:
        outcome = claims[claim_id]
        assert outcome.key.verdict.value == "WRONG", claim_id
        if not outcome.found:
            problems.append(f"{claim_id} 「{outcome.key.quote}」 is no longer found")
            continue
        if claim_id in OTHER_READING or outcome.key.correct is None:
            continue
        computed = [
            Decimal(c.to_dict()["computed"])
            for c in outcome.matched
            if c.severity is not None and c.to_dict().get("computed") is not None
        ]
        if not any(_same_at_printed_precision(v, outcome.key.correct) for v in computed):
            problems.append(
                f"{claim_id} 「{outcome.key.quote}」: the key's correct value is "
                f"{outcome.key.correct}, the audit computed {[str(v) for v in computed]}"
            )
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("name", sorted(PINNED))
def test_no_claim_the_key_calls_correct_draws_an_error(name: str) -> None:
    alarms = [
        f"{text.key.text_id}#{c.key.number} 「{c.key.quote}」"
        for text in _evaluated(name)
        for c in text.claims
        if c.false_alarm
    ]
    alarms += [
        f"{text.key.text_id}: {f.code} {f.message_en}"
        for text in _evaluated(name)
        for f in text.false_alarm_findings
        if f.severity is Severity.ERROR
    ]
    assert not alarms, "\n".join(alarms)
