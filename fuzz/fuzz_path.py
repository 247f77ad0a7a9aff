"""atheris target: classification.parse_path on any text (see fuzz/README.md)."""

from __future__ import annotations

import atheris
from _harness import run, text

with atheris.instrument_imports():
    from budgetperf.classification import parse_path


def parse(fdp: atheris.FuzzedDataProvider) -> object:
    return parse_path(text(fdp))


if __name__ == "__main__":
    run(parse)
