"""Score the seed forms into one HTML report: a self-contained page to open in any browser.

Run: python examples/html_report.py [OUT.html] [--lang zh|en]   (default: a temporary file, zh)

The page holds, for each form, the table with the rows whose printed score differs from the
rule highlighted, each row's notes, the subtotals, total, grade and verdict, and a chart of the
rule's score against the printed one per 一级指标 over the grade bands. It is what
``budgetperf score FORM… -o OUT.html`` writes; nothing in it is fetched from the network.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from budgetperf.cli import main as budgetperf

FORMS = sorted((Path(__file__).resolve().parent / "forms").glob("*.json"))


def main() -> None:
    parser = argparse.ArgumentParser(description="Score the seed forms into one HTML report.")
    parser.add_argument("out", nargs="?", help="the page to write (default: a temporary file)")
    parser.add_argument("--lang", choices=["zh", "en"], default="zh")
    args = parser.parse_args()
    out = Path(args.out) if args.out else Path(tempfile.mkdtemp()) / "report.html"
    status = budgetperf(["score", *map(str, FORMS), "-o", str(out), "--lang", args.lang])
    page = out.read_text(encoding="utf-8")
    sections = page.count('<section class="form"')
    highlighted = page.count('<tr class="differs')
    print(f"wrote {out}: {len(page.encode())} bytes, {sections} forms, {highlighted} rows differ")
    # status 1: some printed scores differ from the rule, which is what the page shows
    print(f"budgetperf score exit status: {status}")


if __name__ == "__main__":
    main()
