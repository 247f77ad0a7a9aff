"""Audit one workload of ``compare_textaudit.py`` once, for counting instructions (run by hand).

    PYTHONHASHSEED=0 PYTHONPATH=SRC valgrind --tool=callgrind --callgrind-out-file=/dev/null \\
        python benchmarks/audit_once.py NAME SCALE

The workloads are ``compare_textaudit.workload``'s. A scale of 0 audits nothing: the same
process without the work, whose count is taken from the other's (the interpreter's start and
the imports are most of a small run's instructions).
"""

from __future__ import annotations

import sys

from compare_textaudit import workload

from budgetperf.textaudit import audit_text


def main() -> None:
    name, scale = sys.argv[1], float(sys.argv[2])
    for text in workload(name, scale) if scale > 0 else []:
        audit_text(text)


if __name__ == "__main__":
    main()
