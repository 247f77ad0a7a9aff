"""Classification codes: look up, validate, load a catalogue, read the paths a 决算 prints.

Run: python examples/classify_demo.py

``catalogue-sample.csv`` is a small file with the column names of a 预算管理一体化 export. It is
a sample, not an official edition: its rows are the 2018 names printed in seed 002, with the codes
in common use.
"""

from __future__ import annotations

from pathlib import Path

from budgetperf.classification import (
    Catalogue,
    Scheme,
    bundled_catalogue,
    format_code,
    is_valid_code,
    load_catalogue,
    parse_path,
    validate_code,
)
from budgetperf.errors import BudgetPerfError

SAMPLE = Path(__file__).resolve().parent / "catalogue-sample.csv"
# Line 6 of the 2018 决算 explanations (seed 002), as printed: an older 款 name, and no (项).
PATH_2018 = "6、社会保障和就业支出(类)行政事业单位离退休(款)机关事业单位基本养老保险缴费支出"


def main() -> None:
    functional = bundled_catalogue()
    print("== lookup in the bundled catalogue (partial; every row says where it came from)")
    for subject in functional.chain("2101101"):
        print(f"  {format_code(subject.code):<9} {subject.name}  [{subject.status}]")

    print("== structure checks")
    for code, scheme in [("201 03 01", Scheme.FUNCTIONAL), ("302-17", Scheme.ECONOMIC_DEPARTMENT)]:
        print(f"  {code!r}: valid {scheme.value} code {validate_code(code, scheme)}")
    for bad in ["2010", "30217"]:
        try:
            validate_code(bad)
        except BudgetPerfError as exc:
            print(f"  {bad!r}: {exc.reason} (is_valid_code: {is_valid_code(bad)})")

    print("== a path printed in a 2018 决算, against the bundled catalogue")
    show(PATH_2018, functional)

    print(f"== the same path against {SAMPLE.name} merged over the bundled catalogue")
    merged = load_catalogue(SAMPLE)
    print(f"  catalogue {merged.name}: {len(merged)} subjects, editions {sorted(merged.editions)}")
    show(PATH_2018, merged)

    print("== a misprinted path: findings are data, not exceptions")
    show("4、税收事务(类)协税护税(款)其他税收事务支出(项)", functional)


def show(text: str, catalogue: Catalogue) -> None:
    reading = parse_path(text, catalogue=catalogue)
    for segment in reading.segments:
        found = f"{segment.subject} ({segment.subject.catalogue})" if segment.subject else "—"
        print(f"  {segment.name} → {found}")
    for finding in reading.findings:
        print("  " + finding.format())
    print(f"  code: {reading.code}")


if __name__ == "__main__":
    main()
