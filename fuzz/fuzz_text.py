"""atheris target: textaudit.audit_text on any text (see fuzz/README.md)."""

from __future__ import annotations

import atheris
from _harness import run, text

with atheris.instrument_imports():
    from budgetperf.textaudit import audit_text


def parse(fdp: atheris.FuzzedDataProvider) -> object:
    return audit_text(text(fdp))


if __name__ == "__main__":
    run(parse)
