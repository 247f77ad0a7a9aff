"""atheris target: classification.validate_code on any text (see fuzz/README.md)."""

from __future__ import annotations

import atheris
from _harness import run, text

with atheris.instrument_imports():
    from budgetperf.classification import validate_code


def parse(fdp: atheris.FuzzedDataProvider) -> object:
    return validate_code(text(fdp))


if __name__ == "__main__":
    run(parse)
