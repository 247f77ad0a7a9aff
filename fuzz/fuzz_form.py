"""atheris target: forms.read_form on any bytes written to a file (see fuzz/README.md)."""

from __future__ import annotations

import atheris
from _harness import as_file, run

with atheris.instrument_imports():
    from budgetperf.forms import read_form


def parse(fdp: atheris.FuzzedDataProvider) -> object:
    return read_form(as_file(fdp.ConsumeBytes(fdp.remaining_bytes()), ".json"))


if __name__ == "__main__":
    run(parse)
