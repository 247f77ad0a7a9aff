"""atheris target: profiles.load_profile on any bytes written to a file (see fuzz/README.md)."""

from __future__ import annotations

import atheris
from _harness import as_file, run

with atheris.instrument_imports():
    from budgetperf.profiles import load_profile


def parse(fdp: atheris.FuzzedDataProvider) -> object:
    return load_profile(as_file(fdp.ConsumeBytes(fdp.remaining_bytes()), ".toml"))


if __name__ == "__main__":
    run(parse)
