"""atheris target: daxie.parse_daxie on any text (see fuzz/README.md)."""

from __future__ import annotations

import atheris
from _harness import run, text

with atheris.instrument_imports():
    from budgetperf.daxie import parse_daxie


def parse(fdp: atheris.FuzzedDataProvider) -> object:
    return parse_daxie(text(fdp))


if __name__ == "__main__":
    run(parse)
