"""Audit one workload of ``compare_textaudit.py`` once, for counting instructions (run by hand).

    PYTHONHASHSEED=0 PYTHONPATH=SRC valgrind --tool=callgrind --callgrind-out-file=/dev/null \\
        python benchmarks/audit_once.py NAME SCALE [--built-only] [--no-collector]

The workloads are ``compare_textaudit.workload``'s. A scale of 0 audits nothing: the same
process without the work, whose count is taken from the other's (the interpreter's start and
the imports are most of a small run's instructions).

``--built-only`` builds the workload and audits one short sentence, not the workload: the
process to take from the other's when building the workload is itself costly (the long texts
of ``tests/test_fuzz_inputs.py`` import that module and hypothesis, about 1.4 G instructions,
more than the audit of 0.05 MB). ``--no-collector`` switches Python's cyclic garbage collector
off in this process (this script's choice, never the library's): the audit's own instructions,
without the collections whose moments move with every allocation made or saved elsewhere.
"""

from __future__ import annotations

import gc
import sys

from compare_textaudit import workload

from budgetperf.textaudit import audit_text


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    flags = {a for a in sys.argv[1:] if a.startswith("--")}
    unknown = flags - {"--built-only", "--no-collector"}
    if len(args) != 2 or unknown:
        sys.exit(
            f"usage: audit_once.py NAME SCALE [--built-only] [--no-collector] ({sys.argv[1:]})"
        )
    name, scale = args[0], float(args[1])
    if "--no-collector" in flags:
        gc.disable()
    texts = workload(name, scale) if scale > 0 else []
    if "--built-only" in flags:
        audit_text(
            "支出1万元,其中A1万元。"
        )  # (the imports and first calls, as the audit makes them)
        return
    for text in texts:
        audit_text(text)


if __name__ == "__main__":
    main()
