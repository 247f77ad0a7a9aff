"""Roll up a million budget lines to 项/款/类 with shares (run by hand, not in CI).

    python benchmarks/bench_ledger.py [N]

Measures, best of three:
  * baseline: a plain dict + Decimal accumulation of the same lines, once they are built,
    with a share per row: the faster of two hand-written loops, one pass over the lines per
    level, or one pass adding up each 项 and then 款 and 类 from those sums;
  * budgetperf: Ledger.rollup at 项, 款 and 类 plus the share tables, on the same lines;
  * end to end: read_ledger_csv of a generated CSV file, then the same roll-ups.
Once: read_ledger_csv of the same lines with a name column (which the whole-file integer
read does not take: the columns are then read one by one). The figures in docs/ledger.md come
from this script.
"""

from __future__ import annotations

import random
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

from _machine import best, calibration

from budgetperf import Ledger
from budgetperf.classification import CodeLevel
from budgetperf.ledger import Phase
from budgetperf.ledger_csv import read_ledger_csv


def write_csv(path: Path, n: int, *, names: bool = False) -> None:
    rnd = random.Random(2026)
    classes = [f"2{i:02d}" for i in range(1, 34)]
    with path.open("w", encoding="utf-8") as out:
        out.write("code,initial,executed" + (",科目名称\n" if names else "\n"))
        for _ in range(n):
            code = f"{rnd.choice(classes)}{rnd.randrange(1, 40):02d}{rnd.randrange(1, 30):02d}"
            initial = rnd.randrange(0, 10**9)
            executed = rnd.randrange(0, 10**9)
            a = f"{initial // 100}.{initial % 100:02d}"
            b = f"{executed // 100}.{executed % 100:02d}"
            out.write(f"{code},{a},{b}" + (f",项目{code}\n" if names else "\n"))


def budgetperf_rollups(ledger: Ledger) -> None:
    for level in (CodeLevel.XIANG, CodeLevel.KUAN, CodeLevel.LEI):
        ledger.table(ledger.rollup(level), Phase.EXECUTED)


def dict_rollups_by_level(
    codes: list[str], initial: list[Decimal], executed: list[Decimal]
) -> None:
    for width in (7, 5, 3):
        sums: dict[str, list[Decimal]] = {}
        for code, a, b in zip(codes, initial, executed, strict=True):
            key = code[:width]
            acc = sums.get(key)
            if acc is None:
                sums[key] = [a, b]
            else:
                acc[0] += a
                acc[1] += b
        total = sum((v[1] for v in sums.values()), Decimal(0))
        for v in sums.values():
            (v[1] * 100 / total).quantize(Decimal("0.01"))


def dict_rollups_by_code(codes: list[str], initial: list[Decimal], executed: list[Decimal]) -> None:
    # One pass over the lines adds up each 项 (as Ledger does); 款 and 类 are added up from
    # those sums. Faster than a pass per level for many lines per code, slower for few.
    by_code: dict[str, list[Decimal]] = {}
    for code, a, b in zip(codes, initial, executed, strict=True):
        acc = by_code.get(code)
        if acc is None:
            by_code[code] = [a, b]
        else:
            acc[0] += a
            acc[1] += b
    for width in (7, 5, 3):
        sums: dict[str, list[Decimal]] = {}
        for code, (a, b) in by_code.items():
            key = code[:width]
            acc = sums.get(key)
            if acc is None:
                sums[key] = [a, b]
            else:
                acc[0] += a
                acc[1] += b
        total = sum((v[1] for v in sums.values()), Decimal(0))
        for v in sums.values():
            (v[1] * 100 / total).quantize(Decimal("0.01"))


def end_to_end(path: Path) -> float:
    """Read and roll up in a fresh interpreter, as a command-line user would."""
    code = (
        "import time, sys; t = time.perf_counter();"
        "from budgetperf import read_ledger_csv;"
        "from budgetperf.classification import CodeLevel; from budgetperf.ledger import Phase;"
        f"ledger = read_ledger_csv({str(path)!r});"
        "[ledger.table(ledger.rollup(level), Phase.EXECUTED) for level in CodeLevel];"
        "print(time.perf_counter() - t)"
    )
    runs = [
        float(
            subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, check=True
            ).stdout
        )
        for _ in range(3)
    ]
    return min(runs)


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    print(calibration())
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "lines.csv"
        write_csv(path, n)
        start = time.perf_counter()
        ledger = read_ledger_csv(path)
        read_seconds = time.perf_counter() - start
        start = time.perf_counter()
        budgetperf_rollups(ledger)
        first = time.perf_counter() - start
        whole = end_to_end(path)
        named = Path(folder) / "named.csv"
        write_csv(named, n, names=True)
        start = time.perf_counter()
        read_ledger_csv(named)
        named_seconds = time.perf_counter() - start
    codes = [str(c) for c in ledger._text["code"]]
    initial = [a or Decimal(0) for a in ledger.column(Phase.INITIAL)]
    executed = [a or Decimal(0) for a in ledger.column(Phase.EXECUTED)]
    baseline = min(
        best(lambda: dict_rollups_by_level(codes, initial, executed)),
        best(lambda: dict_rollups_by_code(codes, initial, executed)),
    )
    cached = best(lambda: budgetperf_rollups(ledger))
    rows = [
        ("lines", f"{n:,}"),
        ("read_ledger_csv", f"{read_seconds:.2f} s"),
        ("dict + Decimal roll-ups (baseline)", f"{baseline:.2f} s, {n / baseline:,.0f} lines/s"),
        ("Ledger roll-ups + shares, first", f"{first:.2f} s, {first / baseline:.2f}x baseline"),
        ("Ledger roll-ups + shares, again", f"{cached:.2f} s (sums per code kept)"),
        ("end to end from CSV, fresh process", f"{whole:.2f} s, {n / whole:,.0f} lines/s"),
        ("read_ledger_csv, with a name column", f"{named_seconds:.2f} s (column by column)"),
    ]
    for label, value in rows:
        print(f"{label:<38} {value}")
    print(calibration())


if __name__ == "__main__":
    main()
