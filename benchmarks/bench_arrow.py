"""The Arrow path against pyarrow's and polars' own read and group-by (issue 13; by hand).

    python benchmarks/bench_arrow.py [N] [--runs R] [--parity] [--python OLD_SRC]
                                     [--arrow OLD_SRC]

Writes a CSV of N budget lines (default 1,000,000: code, 年初预算数, 决算数 with two decimals,
~37,000 distinct 7-digit codes) and runs each case R times (default 3) in a fresh interpreter,
one after the other in the same run, printing the best wall time and that run's peak memory:

* ``pyarrow``: ``pyarrow.csv.read_csv`` with the amounts as ``decimal128(38, 2)``, a group-by
  of the sums per code, and the 款 and 类 sums from those (what a pyarrow user would write);
* ``budgetperf-arrow``: ``read_ledger_arrow`` then ``rollup`` at 项, 款 and 类 (sums, both
  shares and both rates), end to end;
* ``polars``: ``polars.read_csv`` with ``Decimal(38, 2)`` columns and the same group-bys (if
  polars is installed);
* ``budgetperf-python``: ``read_ledger_csv`` and the Ledger's roll-ups and share tables (the
  pure-Python path), and the same with the sources in OLD_SRC (``--python``, to compare with
  an older checkout), both only up to 2,000,000 lines;
* ``budgetperf-arrow (OLD_SRC)`` with ``--arrow OLD_SRC``: the Arrow path of an older
  checkout, in the same run (before and after a change, under the same load).

Memory is the peak resident set of the case's process less its resident set once the imports
are done (so the interpreter and pyarrow's own libraries do not count), beside the size of the
Arrow table of the lines (``Table.nbytes``). ``--parity`` also checks, in this process, that the
Arrow roll-ups equal the Ledger's on the same file: sums by value, shares and rates digit for
digit. The figures in docs/scale.md come from this script.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from _machine import calibration
from bench_ledger import write_csv

CASES: dict[str, str] = {
    "pyarrow": """
import pyarrow as pa, pyarrow.csv as pcsv, pyarrow.compute as pc
ready()
money = pa.decimal128(38, 2)
types = {"code": pa.string(), "initial": money, "executed": money}
table = pcsv.read_csv(PATH, convert_options=pcsv.ConvertOptions(column_types=types))
sums = table.group_by("code").aggregate(
    [("initial", "sum"), ("executed", "sum"), ("code", "count")])
for width in (5, 3):
    key = pc.utf8_slice_codeunits(sums["code"], 0, width)
    sums.append_column("key", key).group_by("key").aggregate(
        [("initial_sum", "sum"), ("executed_sum", "sum"), ("code_count", "sum")])
done(table.nbytes)
""",
    "budgetperf-arrow": """
import pyarrow
from budgetperf.ledger_arrow import read_ledger_arrow
from budgetperf.classification import CodeLevel
ready()
ledger = read_ledger_arrow(PATH)
for level in CodeLevel:
    ledger.rollup(level)
done(ledger.table.nbytes)
""",
    "polars": """
import polars as pl
ready()
money = pl.Decimal(38, 2)
frame = pl.read_csv(PATH, schema={"code": pl.String, "initial": money, "executed": money})
sums = frame.group_by("code").agg(pl.col("initial").sum(), pl.col("executed").sum(), pl.len())
for width in (5, 3):
    sums.group_by(pl.col("code").str.slice(0, width)).agg(
        pl.col("initial").sum(), pl.col("executed").sum(), pl.col("len").sum())
done(frame.estimated_size())
""",
    "budgetperf-python": """
from budgetperf import read_ledger_csv
from budgetperf.classification import CodeLevel
from budgetperf.ledger import Phase
ready()
ledger = read_ledger_csv(PATH)
for level in CodeLevel:
    ledger.table(ledger.rollup(level), Phase.EXECUTED)
done(0)
""",
}

PRELUDE = """
import json, resource, sys, time
PATH = sys.argv[1]
def rss():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * resource.getpagesize()
def ready():
    global START, BASE
    BASE = rss()
    START = time.perf_counter()
def done(table_bytes):
    seconds = time.perf_counter() - START
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    print(json.dumps({"seconds": seconds, "peak": peak - BASE, "table": table_bytes}))
"""


def run(case: str, path: Path, runs: int, source: str) -> dict[str, float] | None:
    """The best of ``runs`` fresh processes (its time, and that run's memory), or None when
    the case cannot run here (polars not installed)."""
    best: dict[str, float] | None = None
    env = {**os.environ, "PYTHONPATH": source}
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, "-c", PRELUDE + CASES[case], str(path)],
            capture_output=True,
            text=True,
            check=False,
            env=env,
        )
        if done.returncode:
            if "No module named" in done.stderr:
                return None
            raise RuntimeError(done.stderr)
        result = json.loads(done.stdout.strip().splitlines()[-1])
        if best is None or result["seconds"] < best["seconds"]:
            best = result
    return best


def parity(path: Path) -> str:
    """Check the Arrow roll-ups against the Ledger's on the file; say how many rows agree."""
    from budgetperf.classification import CodeLevel
    from budgetperf.ledger import Phase
    from budgetperf.ledger_arrow import read_ledger_arrow
    from budgetperf.ledger_csv import read_ledger_csv

    ledger = read_ledger_csv(path)
    arrow = read_ledger_arrow(path)
    checked = 0
    for level in CodeLevel:
        rows = ledger.rollup(level)
        table = ledger.table(rows, Phase.EXECUTED)
        got = arrow.rollup(level)
        assert got.column("key").to_pylist() == [r.key for r in rows]
        assert got.column("lines").to_pylist() == [r.lines for r in rows]
        for phase in ("initial", "executed"):
            assert got.column(phase).to_pylist() == [r.sums[Phase(phase)] for r in rows]
        assert [repr(s) for s in got.column("share").to_pylist()] == [repr(s) for s in table.shares]
        each = [repr(s) for s in table.shares_each]
        assert [repr(s) for s in got.column("share_each").to_pylist()] == each
        rates = [r.completion_rate() for r in rows]
        assert got.column("completion_rate").to_pylist() == [
            None if r is None else r.percent() for r in rates
        ]
        checked += len(rows)
    assert arrow.total() == ledger.total()
    return f"parity: {checked:,} roll-up rows at 项/款/类 equal (sums, shares both ways, rates)"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("lines", nargs="?", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--parity", action="store_true")
    parser.add_argument("--python", metavar="OLD_SRC", help="also time the pure path from here")
    parser.add_argument("--arrow", metavar="OLD_SRC", help="also time the Arrow path from here")
    args = parser.parse_args()
    here = str(Path(__file__).resolve().parent.parent / "src")
    print(calibration())
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "lines.csv"
        write_csv(path, args.lines)
        print(f"{args.lines:,} lines, {path.stat().st_size / 1e6:.0f} MB of CSV")
        cases = [(case, here) for case in ("pyarrow", "budgetperf-arrow", "polars")]
        if args.arrow:
            cases.insert(2, ("budgetperf-arrow", args.arrow))
        if args.lines <= 2_000_000:
            cases.append(("budgetperf-python", here))
            if args.python:
                cases.append(("budgetperf-python", args.python))
        results = {}
        for case, source in cases:
            label = case if source == here else f"{case} ({source})"
            results[label] = run(case, path, args.runs, source)
        base = results["pyarrow"]
        assert base is not None
        for label, result in results.items():
            if result is None:
                print(f"{label:<40} not installed")
                continue
            table = f", table {result['table'] / 1e6:.0f} MB" if result["table"] else ""
            ratio = result["seconds"] / base["seconds"]
            print(
                f"{label:<40} {result['seconds']:7.2f} s  {ratio:5.2f}x"
                f" pyarrow   peak +{result['peak'] / 1e6:.0f} MB{table}"
            )
        if args.parity:
            print(parity(path))
    print(calibration())


if __name__ == "__main__":
    main()
