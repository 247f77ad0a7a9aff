"""What the benchmark scripts share: best-of-three timing, and how fast this machine is now.

The reference machine is a shared 2-vCPU VM whose speed swings by up to about 2× with the
load of its host, whatever this process does. Each script therefore prints, before its
figures, the time of a fixed piece of Decimal work (summing a million Decimals, 33 ms on the
reference machine when its figures in the docs were taken). Compare figures only between runs
whose calibration lines agree, and scale by the ratio otherwise.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from decimal import Decimal

REFERENCE_SUM_MS = 33  # domain/performance.md §2.1, and the docs' figures


def best(run: Callable[[], object], times: int = 3) -> float:
    """The shortest wall-clock time of ``times`` runs, in seconds."""
    seconds = []
    for _ in range(times):
        start = time.perf_counter()
        run()
        seconds.append(time.perf_counter() - start)
    return min(seconds)


def calibration() -> str:
    """One line: this machine's time for the reference sum, against the reference."""
    rnd = random.Random(42)
    numbers = [Decimal(rnd.randrange(0, 10**11)).scaleb(-2) for _ in range(1_000_000)]
    took = best(lambda: sum(numbers, Decimal(0)), times=5) * 1000
    return (
        f"machine now: sum of 1,000,000 Decimals {took:.0f} ms "
        f"(reference {REFERENCE_SUM_MS} ms: figures here are {took / REFERENCE_SUM_MS:.1f}x slower"
        " than the docs' would be)"
    )
