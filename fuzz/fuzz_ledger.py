"""atheris target: ledger_csv.read_ledger_csv on any bytes in a file (see fuzz/README.md)."""

from __future__ import annotations

import atheris
from _harness import as_file, run

with atheris.instrument_imports():
    from budgetperf.ledger_csv import read_ledger_csv


def parse(fdp: atheris.FuzzedDataProvider) -> object:
    return read_ledger_csv(
        as_file(fdp.ConsumeBytes(fdp.remaining_bytes()), ".csv"), bad_rows="finding"
    )


if __name__ == "__main__":
    run(parse)
