"""Regenerate the bundled classification data (src/budgetperf/data/*.csv) from the notes.

Run by hand, never at import or install time:

    python scripts/build_catalogue.py                 # write the files
    python scripts/build_catalogue.py --check         # exit 1 if the files are out of date
    python scripts/build_catalogue.py --source DIR    # another copy of the notes

The notes are the project's domain notes on the classification (``shared/domain/classification``);
a copy of them lives in ``scripts/catalogue-sources/``, the default source, so that the check
runs on any checkout. When the notes change, copy them there (or pass ``--source``) and run
this script. They hold one CSV row per observation: a code and a name seen together in one
source. This script

* marks each row ``confirmed`` (a published text) or ``secondary`` (software code, tagged
  ``[secondary]`` in the notes);
* adds, as ``unconfirmed``, the table "Widely used codes, not yet confirmed" of the notes'
  README and the three names printed in seed 002 that the 决算 lines need;
* adds the expenditure rows of ``changes.csv`` (the 2024 and 2025 amendments), not the revenue
  ones;
* keeps one row per code: the best status (confirmed > secondary > unconfirmed), every source
  joined with " | ", the latest edition any source states;
* checks the structure (level from the code length, parent = the code minus its last two digits,
  parent present in the same file) and that no code has two names.

Rows whose parent is not known by name are left out and listed on stderr (2170404, whose 款
21704 was never seen with its name).
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = ROOT / "scripts" / "catalogue-sources"
DATA = ROOT / "src" / "budgetperf" / "data"

COLUMNS = ["code", "name", "level", "parent", "edition", "source", "status"]
OTHER_COLUMNS = ["code", "name", "scheme", "relation", "source", "status"]
RANK = {"confirmed": 0, "secondary": 1, "unconfirmed": 2}
LEVELS = {3: "类", 5: "款", 7: "项"}

UNCONFIRMED_SOURCE = "widely used in published 决算 tables; not confirmed from an official text"
SEED_SOURCE = "name printed in seed 002 (2018 决算); code from common usage, not confirmed"
# Printed in seed 002 under 20103, 20107 and 20136; codes as commonly used.
SEED_ROWS = [
    ("2010306", "政务公开审批", "项"),
    ("2010799", "其他税收事务支出", "项"),
    ("2013699", "其他共产党事务支出", "项"),
]

# Other names seen for a code: older 类/款 names printed in 决算 texts, and one name whose
# relation to the bundled one (which is newer) was not established. Name only in the sources;
# the code comes from the rename described in the notes, hence "unconfirmed".
OTHER_NAMES = [
    (
        "20805",
        "行政事业单位离退休",
        "functional",
        "former",
        "https://dyrmt.com/article-127680-8.html (决算 text) and seed 002 (2018 决算): "
        "社会保障和就业支出(类)行政事业单位离退休(款)…; newer texts print 行政事业单位养老支出",
    ),
    (
        "207",
        "文化体育与传媒支出",
        "functional",
        "former",
        "https://xncz.gov.cn/info/3943/160205.htm (2016 决算, name only); "
        "later texts print 文化旅游体育与传媒支出",
    ),
    (
        "210",
        "医疗卫生与计划生育支出",
        "functional",
        "former",
        "https://xncz.gov.cn/info/3943/160205.htm (2016 决算, name only); "
        "later texts print 卫生健康支出",
    ),
    (
        "220",
        "国土海洋气象等支出",
        "functional",
        "former",
        "public GitHub file id 47322634295 (R script, '十八、国土海洋气象等支出') [secondary]",
    ),
    (
        "215",
        "资源勘探工业信息等支出",
        "functional",
        "variant",
        "public GitHub file id 67462481296 (lists both 资源勘探信息等支出 and "
        "资源勘探工业信息等支出; which is current was not established)",
    ),
]

FILES = {
    "functional.csv": "functional.csv",
    "economic_department.csv": "economic_department.csv",
    "economic_government.csv": "economic_government.csv",
}


def status_of(source: str) -> str:
    return "secondary" if "[secondary]" in source else "confirmed"


def widely_used_rows(readme: str) -> list[dict[str, str]]:
    """Read the table "Widely used codes, not yet confirmed" at the end of the notes' README."""
    section = readme.split("## Widely used codes", 1)[1]
    rows = []
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 3 and cells[0].isdigit():
            code, name, level = cells
            rows.append(
                observation(code, name, level, "unknown", UNCONFIRMED_SOURCE, "unconfirmed")
            )
    if not rows:
        raise SystemExit("no rows found in the README table 'Widely used codes'")
    return rows


def observation(
    code: str, name: str, level: str, edition: str, source: str, status: str
) -> dict[str, str]:
    return {
        "code": code,
        "name": name,
        "level": level,
        "parent": code[:-2] if len(code) > 3 else "",
        "edition": edition,
        "source": source,
        "status": status,
    }


def read_observations(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return [
            observation(
                r["code"].strip(),
                r["name"].strip(),
                r["level"].strip(),
                r["edition"].strip() or "unknown",
                r["source"].strip(),
                status_of(r["source"]),
            )
            for r in csv.DictReader(f)
        ]


def changes(path: Path) -> list[dict[str, str]]:
    """Expenditure rows of changes.csv (revenue codes are out of scope)."""
    with path.open(encoding="utf-8", newline="") as f:
        return [
            observation(
                r["code"].strip(),
                r["name"].strip(),
                r["level"].strip(),
                r["edition"].strip(),
                r["source"].strip(),
                status_of(r["source"]),
            )
            for r in csv.DictReader(f)
            if "支出" in r["part"] and r["code"].startswith("2")
        ]


def merge(observations: Iterable[dict[str, str]], file: str) -> list[dict[str, str]]:
    """Keep one row per code: best status, every source, the latest stated edition."""
    by_code: dict[str, list[dict[str, str]]] = {}
    for row in observations:
        by_code.setdefault(row["code"], []).append(row)
    merged = []
    for code, rows in by_code.items():
        names = {r["name"] for r in rows}
        if len(names) != 1:
            raise SystemExit(f"{file}: code {code} has several names: {sorted(names)}")
        levels = {r["level"] for r in rows}
        if levels != {LEVELS.get(len(code))}:
            raise SystemExit(f"{file}: code {code} has level {sorted(levels)}")
        sources: list[str] = []
        # Sources of the best status first; the sort is stable.
        for r in sorted(rows, key=lambda r: RANK[r["status"]]):
            if r["source"] not in sources:
                sources.append(r["source"])
        years = sorted(r["edition"] for r in rows if r["edition"] != "unknown")
        best = min(rows, key=lambda r: RANK[r["status"]])
        merged.append(
            {
                **best,
                "edition": years[-1] if years else "unknown",
                "source": " | ".join(sources),
            }
        )
    return sorted(merged, key=lambda r: r["code"])


def drop_orphans(rows: list[dict[str, str]], file: str) -> list[dict[str, str]]:
    codes = {r["code"] for r in rows}
    kept = []
    for r in rows:
        if r["parent"] and r["parent"] not in codes:
            print(f"{file}: left out {r['code']} {r['name']}: parent {r['parent']} not known")
            continue
        kept.append(r)
    return kept


def render(rows: list[dict[str, str]], columns: list[str]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def build(source: Path) -> dict[str, str]:
    readme = (source / "README.md").read_text(encoding="utf-8")
    functional = read_observations(source / "functional.csv")
    functional += widely_used_rows(readme)
    functional += [
        observation(code, name, level, "unknown", SEED_SOURCE, "unconfirmed")
        for code, name, level in SEED_ROWS
    ]
    functional += changes(source / "changes.csv")
    tables = {
        "functional.csv": functional,
        "economic_department.csv": read_observations(source / "economic_department.csv"),
        "economic_government.csv": read_observations(source / "economic_government.csv"),
    }
    outputs = {}
    for file, rows in tables.items():
        for r in rows:
            if re.search(r"[()]", r["name"]):
                raise SystemExit(f"{file}: half-width parentheses in {r['code']} {r['name']}")
        merged = drop_orphans(merge(rows, file), file)
        outputs[file] = render(merged, COLUMNS)
    other = [
        dict(zip(OTHER_COLUMNS, (*row, "unconfirmed"), strict=True))
        for row in sorted(OTHER_NAMES, key=lambda r: (r[2], r[0]))
    ]
    outputs["other_names.csv"] = render(other, OTHER_COLUMNS)
    return outputs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args(argv)
    outputs = build(args.source)
    stale = []
    for file, text in outputs.items():
        target = DATA / file
        current = target.read_text(encoding="utf-8") if target.exists() else None
        if current == text:
            continue
        stale.append(file)
        if not args.check:
            target.write_text(text, encoding="utf-8")
            print(f"wrote {target.relative_to(ROOT)} ({text.count(chr(10)) - 1} rows)")
    if args.check and stale:
        print("out of date: " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
