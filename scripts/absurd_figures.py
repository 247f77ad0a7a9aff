"""Does one absurd figure stop a real report's audit? (issue 10, Deliver 2)

    python scripts/absurd_figures.py            # every corpus text
    python scripts/absurd_figures.py --step 4   # every fourth

For each text of the repository's corpora (tests/corpus/**), of the development corpus and of
the seeds (``../shared``, when it is there), about six of its figures are taken in turn, and
each is replaced by a figure of 40 nines, 40 nines and ".5", and a decimal with 38 zeros before
its 1: one variant per figure and replacement. Each variant is audited with ``audit_text``;
the script prints how many variants there were, how many raised, and where (the error's type
and the last three of the library's functions on its way out). The CHANGELOG's figures for the
eleventh round come from it (3,136 of 16,926 variants raised before, 0 after).
"""

from __future__ import annotations

import argparse
import collections
import re
import traceback
from pathlib import Path

from budgetperf.textaudit import audit_text

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

_FIGURE = re.compile(r"\d+(?:\.\d+)?")
_ABSURD = ("9" * 40, "9" * 40 + ".5", "0." + "0" * 38 + "1")


def _texts(step: int) -> list[Path]:
    paths = sorted((SHARED / "corpus" / "texts").glob("*.txt"))
    paths += sorted((SHARED / "seeds").glob("**/*.txt"))
    paths += sorted((ROOT / "tests" / "corpus").glob("**/*.txt"))
    return paths[::step]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--step", type=int, default=1, help="take every STEP-th text")
    args = parser.parse_args(argv)
    where: collections.Counter[tuple[str, str]] = collections.Counter()
    variants = raised = 0
    for path in _texts(args.step):
        text = path.read_text(encoding="utf-8", errors="replace")
        figures = list(_FIGURE.finditer(text))
        for k in range(0, len(figures), max(1, len(figures) // 6)):
            m = figures[k]
            for absurd in _ABSURD:
                variants += 1
                try:
                    audit_text(text[: m.start()] + absurd + text[m.end() :])
                except Exception as e:  # every error is counted, ours or not
                    raised += 1
                    frames = [
                        f.name
                        for f in traceback.extract_tb(e.__traceback__)
                        if "budgetperf" in f.filename
                    ][-3:]
                    where[(type(e).__name__, " < ".join(reversed(frames)))] += 1
    print(f"{variants} variants, {raised} raise")
    for (name, way_out), count in where.most_common():
        print(f"{count} {name}: {way_out}")
    return 1 if raised else 0


if __name__ == "__main__":
    raise SystemExit(main())
