"""The report-text audit against document length: linear, one line or many (run by hand).

    python benchmarks/bench_textaudit.py [--max-mb N] [--quick] [--texts N] [--join 。]

Documents of 0.1, 0.5, 1, 5, 10, 25 and 50 MB (UTF-8 bytes, 1 MB = 1,000,000 bytes) are built
from the seed reports in examples/reports/ and the corpus texts in ../shared/corpus/texts/ (when
that directory is there), cycled, each copy with the digits of its figures (amounts, rates)
redrawn at random so that no two copies are the same. Each size is audited in two shapes:

* ``lines``: the copies as published, line breaks and all, one after another;
* ``one-line``: the same text with every line break removed (``--join 。``: replaced by 。), so
  the whole document is one line (sentences still end at 。, but headings, table rows and
  paragraphs run together).

For each size and shape the script prints the bytes, the seconds of ``audit_text`` (best of 3
below 10 MB, one run from 10 MB on), MB/s, seconds per MB and the peak RSS of the process so
far; then, per shape, the ratio of the seconds per MB at the largest size to that at 1 MB
(linear ⇒ about 1). Last, ``audit_text`` and ``textcheck.check_text`` on N texts of the seeds'
size (the five seed reports cycled, figures redrawn as above; best of 3).

Targets: ≥ 1 MB/s on the largest one-line document (50 MB), ≥ 100 seed-size texts per second.
``--quick`` stops at 5 MB (for CI); ``--max-mb`` sets the largest size.

The reference machine is a shared 2-vCPU VM whose speed swings with its host's load: the
calibration line printed before and after (see _machine.py) says how fast it was.
"""

from __future__ import annotations

import argparse
import functools
import json
import random
import re
import resource
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from _machine import calibration

from budgetperf.textaudit import audit_text
from budgetperf.textcheck import check_text, read_text

ROOT = Path(__file__).resolve().parent.parent
REPORTS = ROOT / "examples" / "reports"
CORPUS = ROOT.parent / "shared" / "corpus" / "texts"
MB = 1_000_000
SIZES_MB = (0.1, 0.5, 1.0, 5.0, 10.0, 25.0, 50.0)
QUICK_MB = 5.0
ONE_RUN_FROM_MB = 10.0
TARGET_MB_PER_S = 1.0
TARGET_TEXTS_PER_S = 100.0
# A figure: a number followed by a money unit or %; its digits are redrawn in each copy.
FIGURE = re.compile(r"\d+(?:\.\d+)?(?=万亿元|亿元|万元|千元|元|亿|万|%)")
DIGIT = re.compile(r"\d")


class Perturber:
    """Copies of a text with the digits of its figures redrawn (same length, same layout)."""

    def __init__(self, text: str) -> None:
        # The text cut at its figures: text, figure, text, figure, …, text.
        self.pieces: list[str] = []
        pos = 0
        for m in FIGURE.finditer(text):
            self.pieces.append(text[pos : m.start()])
            self.pieces.append(m.group(0))
            pos = m.end()
        self.pieces.append(text[pos:])

    def copy(self, rng: random.Random) -> str:
        out = []
        for i, piece in enumerate(self.pieces):
            if i % 2 == 0:
                out.append(piece)
            else:
                out.append(_redraw(piece, rng))
        return "".join(out)


def _redraw(figure: str, rng: random.Random) -> str:
    """The figure with each digit redrawn; an integer part of two digits or more keeps a
    non-zero first digit."""
    digits = [str(rng.randrange(10)) for _ in range(len(figure))]
    if len(figure) > 1 and figure[1] != "." and digits[0] == "0":
        digits[0] = str(rng.randrange(1, 10))
    it = iter(digits)
    return DIGIT.sub(lambda _m: next(it), figure)


def seeds() -> list[str]:
    """The seed reports, then the corpus texts (when present), in name order."""
    paths = sorted(REPORTS.glob("*.txt"))
    if CORPUS.is_dir():
        paths += sorted(CORPUS.glob("*.txt"))
    return [read_text(p) for p in paths]


def build(size: int, perturbers: Sequence[Perturber], join: str | None, seed: int) -> str:
    """A document of ``size`` UTF-8 bytes (or 1 to 3 fewer, to end on a whole character): the
    copies as published when ``join`` is None, else on one line, each line break replaced by
    ``join``."""
    rng = random.Random(seed)
    parts: list[str] = []
    total = 0
    i = 0
    while total < size:
        text = perturbers[i % len(perturbers)].copy(rng)
        i += 1
        text = text.rstrip("\n") + "\n"
        if join is not None:
            text = text.replace("\n", join)
        data = text.encode()
        if total + len(data) > size:
            text = data[: size - total].decode(errors="ignore")
            data = text.encode()
        parts.append(text)
        total += len(data)
    return "".join(parts)


def peak_rss_mib() -> float:
    """The process's peak resident set size so far, in MiB (ru_maxrss is KiB on Linux)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def timed(run: Callable[[], int], times: int) -> tuple[float, int]:
    """The shortest of ``times`` runs in seconds, and what the last run returned."""
    best = float("inf")
    result = 0
    for _ in range(times):
        start = time.perf_counter()
        result = run()
        best = min(best, time.perf_counter() - start)
    return best, result


def claims_of(text: str) -> int:
    return len(audit_text(text).claims)


SHAPES = ("lines", "one-line")


def measure(shape: str, size_mb: float, join: str) -> dict[str, float]:
    """Build one document and time its audit (run in a fresh process: its peak RSS is its own)."""
    perturbers = [Perturber(t) for t in seeds()]
    doc = build(int(size_mb * MB), perturbers, join if shape == "one-line" else None, seed=7)
    del perturbers
    built = peak_rss_mib()
    runs = 1 if size_mb >= ONE_RUN_FROM_MB else 3
    seconds, claims = timed(functools.partial(claims_of, doc), runs)
    return {
        "bytes": len(doc.encode()),
        "runs": runs,
        "seconds": seconds,
        "claims": claims,
        "built_mib": built,
        "peak_mib": peak_rss_mib(),
    }


def scaling(sizes: Sequence[float], join: str) -> dict[str, list[float]]:
    """Time the audit at each size in both shapes, each in a fresh process; s/MB by shape."""
    per_mb: dict[str, list[float]] = {}
    print(
        f"{'shape':<9}{'size':>7}{'bytes':>13}{'runs':>5}{'seconds':>10}{'MB/s':>8}"
        f"{'s/MB':>8}{'claims':>9}{'RSS built':>11}{'RSS peak':>10}"
    )
    for shape in SHAPES:
        per_mb[shape] = []
        for size_mb in sizes:
            got: dict[str, float] = json.loads(_child("--measure", shape, str(size_mb), join))
            seconds = got["seconds"]
            mb = got["bytes"] / MB
            per_mb[shape].append(seconds / mb)
            print(
                f"{shape:<9}{size_mb:>5g}MB{int(got['bytes']):>13,}{int(got['runs']):>5}"
                f"{seconds:>10.2f}{mb / seconds:>8.2f}{seconds / mb:>8.3f}{int(got['claims']):>9,}"
                f"{got['built_mib']:>8,.0f}MiB{got['peak_mib']:>7,.0f}MiB",
                flush=True,
            )
    return per_mb


def seed_texts(n: int) -> list[str]:
    """``n`` texts of the seeds' size: the five seed reports cycled, figures redrawn."""
    perturbers = [Perturber(read_text(p)) for p in sorted(REPORTS.glob("*.txt"))]
    rng = random.Random(20240601)
    return [perturbers[i % len(perturbers)].copy(rng) for i in range(n)]


def per_text(texts: Sequence[str]) -> None:
    n = len(texts)
    size = sum(len(t.encode()) for t in texts) / n
    print(f"\n{n:,} seed-size texts, {size:,.0f} bytes on average, best of 3")
    audit_s, claims = timed(lambda: sum(len(audit_text(t).claims) for t in texts), 3)
    check_s, findings = timed(lambda: sum(len(check_text(t)) for t in texts), 3)
    met = "met" if n / audit_s >= TARGET_TEXTS_PER_S else "NOT met"
    print(
        f"audit_text  {audit_s:6.2f} s  {n / audit_s:8,.0f} texts/s  {claims:,} claims"
        f"  (target ≥ {TARGET_TEXTS_PER_S:.0f}: {met})"
    )
    print(f"check_text  {check_s:6.2f} s  {n / check_s:8,.0f} texts/s  {findings:,} findings")


def _child(*args: str) -> str:
    """Run this script in a fresh process with ``args``; its standard output.

    The calibration and each measurement run in their own process: Linux carries a parent's
    peak RSS over into its children, so this process stays small, and each size's peak RSS is
    that size's.
    """
    child = subprocess.run(
        [sys.executable, __file__, *args], capture_output=True, text=True, check=True
    )
    return child.stdout


def calibrate() -> str:
    """The machine's calibration line (see _machine.py), computed in a fresh process."""
    return _child("--calibrate").strip()


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--max-mb", type=float, default=SIZES_MB[-1], help="largest size (MB)")
    parser.add_argument("--quick", action="store_true", help=f"sizes up to {QUICK_MB:g} MB")
    parser.add_argument("--texts", type=int, default=1000, help="seed-size texts to audit")
    parser.add_argument(
        "--join",
        choices=("", "。"),
        default="",
        help="what replaces each line break in the one-line shape (default: nothing)",
    )
    parser.add_argument("--measure", nargs=3, help=argparse.SUPPRESS)
    parser.add_argument("--calibrate", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.calibrate:
        print(calibration())
        return
    if args.measure is not None:
        shape, size, join = args.measure
        print(json.dumps(measure(shape, float(size), join)))
        return
    largest = min(args.max_mb, QUICK_MB) if args.quick else args.max_mb
    sizes = [s for s in SIZES_MB if s <= largest]
    if not sizes or sizes[-1] != largest:
        sizes.append(largest)

    print(calibrate())
    reports = len(list(REPORTS.glob("*.txt")))
    corpus = len(list(CORPUS.glob("*.txt"))) if CORPUS.is_dir() else 0
    print(
        f"seeds: {reports} reports, {corpus} corpus texts; 1 MB = {MB:,} bytes;"
        " each size in a fresh process (RSS built = peak after building the document);"
        f" one-line: line breaks replaced by {args.join!r}"
    )
    per_mb = scaling(sizes, args.join)

    reference = min(range(len(sizes)), key=lambda k: abs(sizes[k] - 1.0))
    print()
    for shape, values in per_mb.items():
        ratio = values[-1] / values[reference]
        print(
            f"{shape:<9} s/MB at {sizes[-1]:g} MB ÷ s/MB at {sizes[reference]:g} MB = {ratio:.2f}"
            "  (linear ⇒ about 1)"
        )
    rate = 1 / per_mb["one-line"][-1]
    met = "met" if rate >= TARGET_MB_PER_S else "NOT met"
    if sizes[-1] < SIZES_MB[-1]:
        met += f" at {sizes[-1]:g} MB; not measured at {SIZES_MB[-1]:g} MB"
    print(
        f"one-line, {sizes[-1]:g} MB: {rate:.2f} MB/s"
        f"  (target ≥ {TARGET_MB_PER_S:g} MB/s at {SIZES_MB[-1]:g} MB: {met})"
    )

    per_text(seed_texts(args.texts))
    print(f"peak RSS of the process that audited the seed-size texts: {peak_rss_mib():,.0f} MiB")
    print(calibrate())


if __name__ == "__main__":
    main()
