"""Read every target and actual printed in the seed self-evaluation forms.

Run: python examples/values_demo.py
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from budgetperf import ParseError, parse_value
from budgetperf.errors import Location
from budgetperf.values import AlignmentStatus, align

FORMS = Path(__file__).resolve().parent / "forms"


def main() -> None:
    statuses: Counter[str] = Counter()
    for path in sorted(FORMS.glob("*.json")):
        form = json.loads(path.read_text(encoding="utf-8"))
        print(f"{path.name}: {form['body']} {form.get('project') or ''}")
        for i, row in enumerate(form["indicators"]):
            if row["target"] is None or row["actual"] is None:
                statuses["blank"] += 1
                continue
            try:
                target = parse_value(
                    row["target"], where=Location(file=path.name, row=i + 1, field="target")
                )
                actual = parse_value(
                    row["actual"], where=Location(file=path.name, row=i + 1, field="actual")
                )
            except ParseError as exc:
                statuses["unreadable"] += 1
                print("   ", exc)
                continue
            aligned = align(target, actual)
            statuses[aligned.status.value] += 1
            if aligned.status in (AlignmentStatus.INCOMPATIBLE, AlignmentStatus.ASSUMED_UNIT):
                print(f"    {row['name']}: {aligned.status.value}: {aligned.reason}")
    print("pairs:", dict(sorted(statuses.items())))


if __name__ == "__main__":
    main()
