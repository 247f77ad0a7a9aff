"""Throughput of parsing and formatting printed amounts and values (run by hand, not in CI).

    python benchmarks/bench_amounts.py [N]

Prints items per second for each operation, best of three runs. The figures in
docs/exact-numbers.md come from this script.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from decimal import Decimal

from budgetperf import Amount, format_amount, parse_amount, parse_value, to_daxie
from budgetperf.exact import shares


def best_rate(label: str, n: int, run: Callable[[], object]) -> None:
    best = float("inf")  # float-ok: wall-clock seconds, not money
    for _ in range(3):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    print(f"{label:<40} {n / best:>12,.0f} /s   ({best * 1e6 / n:.2f} µs each)")


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    texts = [f"{i % 100000}.{i % 100:02d}万元" for i in range(n)]
    amounts = [Amount(Decimal(i).scaleb(-2), "万元") for i in range(n)]
    values = ["≥30万件", "98％", "≤1179.7万元", "提升", "0.9万件", "90%-100%"] * (n // 6)
    best_rate("parse_amount", n, lambda: [parse_amount(t) for t in texts])
    best_rate("format_amount (万元, zh_CN)", n, lambda: [format_amount(a) for a in amounts])
    best_rate(
        "format_amount (currency, en)",
        n,
        lambda: [format_amount(a, style="currency", locale="en") for a in amounts],
    )
    best_rate("to_daxie", n, lambda: [to_daxie(a.yuan) for a in amounts])
    best_rate("parse_value", len(values), lambda: [parse_value(v) for v in values])
    best_rate("shares of 1,000 parts", 1000, lambda: shares([a.value for a in amounts[:1000]]))


if __name__ == "__main__":
    main()
