"""atheris target: amounts.parse_amount on any text (see fuzz/README.md)."""

from __future__ import annotations

import atheris
from _harness import run, text

with atheris.instrument_imports():
    from budgetperf.amounts import parse_amount


def parse(fdp: atheris.FuzzedDataProvider) -> object:
    return parse_amount(text(fdp))


if __name__ == "__main__":
    run(parse)
