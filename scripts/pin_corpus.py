"""Write tests/corpus/pinned.json and tests/corpus/golden/: what the text audit reads today.

    python scripts/pin_corpus.py            # every corpus, then review the diff

tests/test_corpus_keys.py holds the audit to this record: every claim listed as extracted must
still be extracted, every WRONG claim listed as found must still be found, with the key's own
correct value (the expected values come from the hand-made keys, never from the audit). A claim
the audit starts to read is not an error there; run this script to add it, and read the diff:
a claim that leaves the record is a regression to explain in the commit message.

tests/corpus/golden/<corpus>.json is the golden record of the whole audit output of every text
of those corpora and of tests/corpus/unkeyed: for each text its claims (one line each: the
printed figure's span, kind and family, value, status, severity, the value it was checked
against, certainty, relation, reading and every input figure with its role, span and subject),
its findings (one line each: place, code, severity, printed and computed values, the Chinese
message) and its coverage. tests/test_corpus_golden.py compares the audit with it, so that any
change of the output on a real text is seen. The record pins today's output, wrong warnings
included: a change must be read claim by claim in ``git diff`` before it is re-pinned here.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any, Protocol

ROOT = Path(__file__).resolve().parent.parent
PINNED = ROOT / "tests" / "corpus" / "pinned.json"
GOLDEN = ROOT / "tests" / "corpus" / "golden"
UNKEYED = ROOT / "tests" / "corpus" / "unkeyed"


def _shared_texts() -> Path:
    """The development corpus, ``../shared/corpus/texts`` beside the repository.

    In a scratch copy of scripts/mutation_score.py the tests run from its ``mutants/`` folder,
    one level further down, so ``../../shared`` is tried too (before, the keyed tests of this
    corpus were skipped there)."""
    for base in (ROOT.parent, ROOT.parent.parent):
        path = base / "shared" / "corpus" / "texts"
        if path.is_dir():
            return path
    return ROOT.parent / "shared" / "corpus" / "texts"


#: corpus name in pinned.json -> its directory
CORPORA: dict[str, Path] = {
    "shared/texts": _shared_texts(),
    **{
        name: ROOT / "tests" / "corpus" / name
        for name in (
            "texts",
            "heldout",
            "heldout2",
            "heldout3",
            "heldout4",
            "heldout5",
            "heldout6",
            "heldout7",
            "heldout8",
            "heldout9",
            "heldout10",
            "heldout11",
            "heldout12",
            "heldout13",
            "heldout14",
            "heldout15",
            "heldout16",
            "heldout17",
            "heldout18",
            "heldout19",
            "heldout20",
            "heldout21",
            "heldout22",
            "heldout23",
            "heldout25",
            "heldout26",
            "heldout27",
            "heldout28",
            "heldout29",
            "heldout30",
            "heldout31",
            "heldout32",
            "heldout33",
            "heldout34",
            "heldout35",
            "heldout36",
            "heldout37",
            "heldout38",
            "heldout39",
            "heldout40",
            "heldout41",
        )
    },
}


#: corpus name -> its directory, for the golden record: the keyed corpora and the unkeyed one
GOLDEN_CORPORA: dict[str, Path] = {**CORPORA, "unkeyed": UNKEYED}


@functools.cache
def load_evaluator() -> ModuleType:
    """scripts/evaluate_corpus.py, loaded as a module (scripts/ is not a package)."""
    spec = importlib.util.spec_from_file_location(
        "evaluate_corpus", ROOT / "scripts" / "evaluate_corpus.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)  # attrs looks the module of its classes up
    spec.loader.exec_module(module)
    return module


def claim_id(text_id: str, number: int) -> str:
    """``<text id>#<claim number>``, as pinned.json lists a key claim."""
    return f"{text_id}#{number}"


class Audit(Protocol):
    """``budgetperf.textaudit.audit_text`` (or a cache of it): text and file name to its audit."""

    def __call__(self, text: str, file: str | None) -> Any: ...


def golden_path(name: str) -> Path:
    """``tests/corpus/golden/<name>.json``, "/" in the name written "-" (shared/texts)."""
    return GOLDEN / f"{name.replace('/', '-')}.json"


def unkeyed_body(path: Path) -> str:
    """An unkeyed excerpt without its "# " header lines, as test_unkeyed_corpus.py reads it."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return "\n".join(line for line in lines if not line.startswith("# "))


def corpus_texts(name: str) -> list[tuple[str, str, str | None]]:
    """(text id, text, file name given to the audit) of every text of a golden corpus.

    A keyed corpus's texts are its key's, read and named as scripts/evaluate_corpus.py does
    (and so tests/test_corpus_keys.py); the unkeyed ones are read as test_unkeyed_corpus.py
    does, without a file name."""
    directory = GOLDEN_CORPORA[name]
    if name == "unkeyed":
        return [(p.stem, unkeyed_body(p), None) for p in sorted(directory.glob("*.txt"))]
    ec = load_evaluator()
    key = ec.load_key(directory)
    return [(t.text_id, ec.read_text(directory, t.text_id), f"{t.text_id}.txt") for t in key.texts]


def _span(audit: Any, start: int, end: int) -> str:
    """A span of the normalised text as offsets in the original one."""
    s, e = audit.document.norm.original_span(start, end)
    return f"{s}-{e}"


def golden_claim(audit: Any, claim: Any) -> str:
    """One claim on one line: every field the audit states about it, none a float."""
    c = claim.claim
    v = c.verdict
    severity = claim.severity
    printed = c.printed
    figures = "; ".join(
        f"{f.role.value} {f.q.value} {_span(audit, f.q.start, f.q.end)} 「{f.subject}」"
        for f in c.inputs
    )
    return (
        f"{_span(audit, printed.q.start, printed.q.end)} {c.kind}/{c.family} "
        f"{printed.q.value} {printed.role.value} 「{printed.subject}」: {v.status.value} "
        f"{'-' if severity is None else severity.value} vs {v.shown} "
        f"{'certain' if c.strong else 'weak'} | {c.relation} | {v.reading} | {figures}"
    )


def golden_finding(finding: Any) -> str:
    """One finding on one line: place, code, severity, values and the Chinese message."""
    loc = finding.location
    place = f"{loc.line}:{loc.column}"
    if finding.offsets is not None:
        place += f" @{finding.offsets[0]}-{finding.offsets[1]}"
    extra = "" if finding.catalogue is None else f" [{finding.catalogue}]"
    return (
        f"{place} {finding.code} {finding.severity.value} "
        f"{finding.printed} -> {finding.computed}{extra} {finding.message_zh}"
    )


def golden_text(audit: Any) -> dict[str, Any]:
    """The golden record of one text's audit: its claims, findings and coverage."""
    cov = audit.coverage
    missing = " ".join(f"{line}:{column}" for line, column, _ in cov.not_understood)
    return {
        "claims": sorted(
            (golden_claim(audit, c) for c in audit.claims),
            key=lambda line: (int(line.split("-", 1)[0]), line),
        ),
        "findings": [golden_finding(f) for f in audit.findings],
        "coverage": (
            f"{cov.sentences_with_figures} sentences with figures, "
            f"{cov.sentences_with_claims} with claims; not understood: {missing or '-'}"
        ),
    }


def golden_record(name: str, audit: Audit) -> dict[str, dict[str, Any]]:
    """The golden record of every text of a corpus, by text id."""
    return {text_id: golden_text(audit(text, file)) for text_id, text, file in corpus_texts(name)}


def dump_golden(record: dict[str, dict[str, Any]]) -> str:
    """The record as written: sorted, one claim or finding per line."""
    return json.dumps(record, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def write_golden() -> None:
    """Write tests/corpus/golden/<corpus>.json for every corpus of GOLDEN_CORPORA."""
    from budgetperf.textaudit import audit_text

    def audit(text: str, file: str | None) -> Any:
        return audit_text(text, file=file)

    GOLDEN.mkdir(exist_ok=True)
    for name in GOLDEN_CORPORA:
        record = golden_record(name, audit)
        golden_path(name).write_text(dump_golden(record), encoding="utf-8")
        claims = sum(len(t["claims"]) for t in record.values())
        findings = sum(len(t["findings"]) for t in record.values())
        print(f"{name}: golden record of {len(record)} texts, {claims} claims, {findings} findings")


def main() -> int:
    ec = load_evaluator()
    pinned: dict[str, dict[str, list[str]]] = {}
    for name, directory in CORPORA.items():
        if not (directory / "ANSWERS.md").is_file():
            print(f"{name}: no corpus at {directory}", file=sys.stderr)
            return 2
        key = ec.load_key(directory)
        outcomes = ec.evaluate(key, directory, lenient=True)
        claims = [c for text in outcomes for c in text.claims]
        pinned[name] = {
            "extracted": [claim_id(c.key.text_id, c.key.number) for c in claims if c.extracted],
            "found": [claim_id(c.key.text_id, c.key.number) for c in claims if c.found],
        }
        print(
            f"{name}: {len(pinned[name]['extracted'])}/{len(claims)} extracted, "
            f"{len(pinned[name]['found'])} WRONG found"
        )
    PINNED.write_text(json.dumps(pinned, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    write_golden()
    return 0


if __name__ == "__main__":
    sys.exit(main())
