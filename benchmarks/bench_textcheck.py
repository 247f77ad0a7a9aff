"""Check 1,000 report texts of the seeds' size (run by hand, not in CI).

    python benchmarks/bench_textcheck.py [N]

The texts are the five seed reports in examples/reports/, cycled, each copy with its figures
shuffled (digits of the money amounts redrawn at random) so that no two texts are the same.
Measures check_text on one core, best of three; the target is ≥ 50 texts per second. The
figure in docs/audit-text.md comes from this script.
"""

from __future__ import annotations

import random
import re
import sys
import time
from pathlib import Path

from budgetperf.textcheck import check_text, read_text

REPORTS = Path(__file__).resolve().parent.parent / "examples" / "reports"
AMOUNT = re.compile(r"\d+\.\d\d(?=万元)")


def variants(n: int) -> list[str]:
    seeds = [read_text(p) for p in sorted(REPORTS.glob("*.txt"))]
    rng = random.Random(20240601)
    texts = []
    for i in range(n):
        base = seeds[i % len(seeds)]
        texts.append(AMOUNT.sub(lambda m: f"{rng.randint(0, 9999)}.{rng.randint(0, 99):02d}", base))
    return texts


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    texts = variants(n)
    size = sum(len(t) for t in texts) / n
    timings = []
    findings = 0
    for _ in range(3):
        start = time.perf_counter()
        findings = sum(len(check_text(t)) for t in texts)
        timings.append(time.perf_counter() - start)
    best = min(timings)
    print(f"{n} texts, {size:,.0f} characters on average, {findings} findings")
    print(f"best of 3: {best:.2f} s, {n / best:,.0f} texts per second (target ≥ 50)")


if __name__ == "__main__":
    main()
