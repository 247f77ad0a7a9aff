"""What Python's cyclic garbage collector costs the text audit on one workload (run by hand).

    PYTHONPATH=src python benchmarks/collector_share.py "repeated clauses" 1

Audits the workload of ``compare_textaudit.workload`` twice in fresh processes, once with the
collector as the caller left it and once switched off (this script's choice, in its own
process; the library never touches the collector), and prints CPU seconds per MB for each;
then, with the collector on, how many collections of each generation ran, how long they took
(``gc.callbacks``) and how many objects they freed.
"""

from __future__ import annotations

import gc
import subprocess
import sys
import time

from compare_textaudit import workload

from budgetperf.textaudit import audit_text


def _run(name: str, scale: float, collector: bool) -> None:
    texts = workload(name, scale)
    size = sum(len(t.encode()) for t in texts) / 1e6
    if not collector:
        gc.disable()
    stats = {g: [0, 0.0, 0] for g in range(3)}
    started = [0.0]

    def watch(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            started[0] = time.perf_counter()
        else:
            s = stats[info["generation"]]
            s[0] += 1
            s[1] += time.perf_counter() - started[0]
            s[2] += info["collected"]

    gc.callbacks.append(watch)
    t0 = time.process_time()
    for t in texts:
        audit_text(t)
    seconds = time.process_time() - t0
    gc.callbacks.remove(watch)
    state = "on" if collector else "off"
    print(f"{name} {scale} MB, collector {state}: {seconds / size:.3f} s/MB (CPU)")
    if collector:
        for g, (n, spent, freed) in stats.items():
            print(f"  generation {g}: {n} collections, {spent:.3f} s, {freed} objects freed")


def main() -> None:
    if len(sys.argv) == 4:
        _run(sys.argv[1], float(sys.argv[2]), sys.argv[3] == "on")
        return
    if len(sys.argv) != 3:
        sys.exit("usage: collector_share.py NAME SCALE")
    for state in ("on", "off"):
        subprocess.run([sys.executable, __file__, *sys.argv[1:], state], check=True)


if __name__ == "__main__":
    main()
