"""atheris target: values.parse_value on any text (see fuzz/README.md)."""

from __future__ import annotations

import atheris
from _harness import run, text

with atheris.instrument_imports():
    from budgetperf.values import parse_value


def parse(fdp: atheris.FuzzedDataProvider) -> object:
    return parse_value(text(fdp))


if __name__ == "__main__":
    run(parse)
