"""Write tests/corpus/pinned.json: the answer-key claims the text audit extracts and finds today.

    python scripts/pin_corpus.py            # every keyed corpus, then review the diff

tests/test_corpus_keys.py holds the audit to this record: every claim listed as extracted must
still be extracted, every WRONG claim listed as found must still be found, with the key's own
correct value (the expected values come from the hand-made keys, never from the audit). A claim
the audit starts to read is not an error there; run this script to add it, and read the diff:
a claim that leaves the record is a regression to explain in the commit message.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
PINNED = ROOT / "tests" / "corpus" / "pinned.json"


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
        )
    },
}


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
    return 0


if __name__ == "__main__":
    sys.exit(main())
