"""The report-text audit of two checkouts side by side (run by hand).

    python benchmarks/compare_textaudit.py BASE_SRC NEW_SRC [--alternations N] WORKLOAD:SCALE…

``BASE_SRC`` and ``NEW_SRC`` are the ``src`` directories of two checkouts (a worktree at the
commit measured against, and the code under test). Each workload is audited in a fresh process
per checkout (``PYTHONPATH`` set to its ``src``), the two alternating ``--alternations`` times
(default 3); each process times ``audit_text`` three times and keeps the best. The figure kept per
side is the best over its processes, in CPU time (``time.process_time``: the machine is shared,
and the wall clock also counts the time other jobs held the CPU) and in wall-clock time.

Workloads (``SCALE`` in brackets):

* ``seed`` — texts of the seeds' size, as ``bench_textaudit.py`` builds them (how many);
* ``published``, ``one-line`` — a document built by ``bench_textaudit.py``, as published or with
  every line break removed (MB);
* any name of ``tests/test_fuzz_inputs.py``'s ``long_texts()`` ("repeated clauses", "lines", …),
  scaled to about that size (MB).
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MB = 1_000_000


def workload(name: str, scale: float) -> list[str]:
    """The texts of a workload (see the module documentation)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    bench = importlib.import_module("bench_textaudit")
    if name == "seed":
        texts: list[str] = bench.seed_texts(int(scale))
        return texts
    if name in ("published", "one-line"):
        perturbers = [bench.Perturber(t) for t in bench.seeds()]
        join = "" if name == "one-line" else None
        document: str = bench.build(int(scale * MB), perturbers, join, 7)
        return [document]
    sys.path.insert(0, str(ROOT / "tests"))
    fuzz = importlib.import_module("test_fuzz_inputs")
    fuzz.__dict__["N"] = 10_000  # the scale of the long inputs (a module constant there)
    per_unit = len(fuzz.long_texts()[name].encode()) / 10_000
    fuzz.__dict__["N"] = int(scale * MB / per_unit)
    text: str = fuzz.long_texts()[name]
    return [text]


def run(name: str, scale: float) -> dict[str, float]:
    """Time ``audit_text`` on a workload three times in this process: the best CPU and wall
    times, the bytes and the number of texts."""
    from budgetperf.textaudit import audit_text

    texts = workload(name, scale)
    cpu = wall = float("inf")
    for _ in range(3):
        c0, w0 = time.process_time(), time.perf_counter()
        for text in texts:
            audit_text(text)
        cpu = min(cpu, time.process_time() - c0)
        wall = min(wall, time.perf_counter() - w0)
    size = sum(len(t.encode()) for t in texts)
    return {"cpu": cpu, "wall": wall, "bytes": size, "texts": len(texts)}


def child(src: str, name: str, scale: str) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": src}
    out = subprocess.run(
        [sys.executable, __file__, "--run", name, scale],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    ).stdout
    result: dict[str, float] = json.loads(out)
    return result


def compare(base: str, new: str, spec: str, alternations: int) -> str:
    name, scale = spec.rsplit(":", 1)
    best = {side: {"cpu": float("inf"), "wall": float("inf")} for side in ("base", "new")}
    last: dict[str, float] = {}
    for k in range(alternations):
        for side in ("base", "new") if k % 2 == 0 else ("new", "base"):
            last = child(base if side == "base" else new, name, scale)
            for clock in ("cpu", "wall"):
                best[side][clock] = min(best[side][clock], last[clock])
    cpu = best["base"]["cpu"] / best["new"]["cpu"]
    wall = best["base"]["wall"] / best["new"]["wall"]
    if name == "seed":
        n = last["texts"]
        rates = f"{n / best['base']['cpu']:7.1f} -> {n / best['new']['cpu']:7.1f} texts/s"
    else:
        mb = last["bytes"] / MB
        rates = f"{best['base']['cpu'] / mb:6.3f} -> {best['new']['cpu'] / mb:6.3f} s/MB"
    return f"{name:28} {scale:>5}  {rates} (CPU)  {cpu:.2f}x CPU  {wall:.2f}x wall"


def main(argv: Sequence[str] | None = None) -> None:
    args_in = list(sys.argv[1:] if argv is None else argv)
    if args_in[:1] == ["--run"]:  # a child process: one workload, one checkout
        print(json.dumps(run(args_in[1], float(args_in[2]))))
        return
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("base", help="src directory of the checkout measured against")
    parser.add_argument("new", help="src directory of the code under test")
    parser.add_argument("workloads", nargs="+", help="NAME:SCALE")
    parser.add_argument("--alternations", type=int, default=3)
    args = parser.parse_intermixed_args(args_in)
    for spec in args.workloads:
        print(compare(args.base, args.new, spec, args.alternations), flush=True)


if __name__ == "__main__":
    main()
