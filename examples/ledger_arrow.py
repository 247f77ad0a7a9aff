"""The same ledger on Arrow (seed 000, 2022): roll-ups as pyarrow tables, equal to the Ledger's.

Run: python examples/ledger_arrow.py   (needs pip install 'budgetperf[arrow]')
"""

from __future__ import annotations

from pathlib import Path

from budgetperf import read_ledger_csv
from budgetperf.classification import CodeLevel
from budgetperf.errors import MissingExtra
from budgetperf.ledger import Phase

LINES = Path(__file__).resolve().parent / "ledgers" / "seed000-2022-hetang.csv"


def main() -> None:
    try:
        from budgetperf.ledger_arrow import read_ledger_arrow
    except MissingExtra as exc:  # the extra is not installed: say what to install
        print(exc)
        return
    lines = read_ledger_arrow(LINES)
    print(f"{len(lines)} lines read into Arrow; columns {lines.table.column_names}")
    table = lines.rollup(CodeLevel.LEI)
    for row in table.to_pylist():
        rate = "—" if row["completion_rate"] is None else f"{row['completion_rate']}%"
        print(
            f"{row['key']} {row['label']}: 决算 {row['executed']} 万元, 占 {row['share']}% "
            f"(单独四舍五入 {row['share_each']}%), 完成年初预算的 {rate}"
        )
    # The pure-Python Ledger gives the same figures, digit for digit.
    ledger = read_ledger_csv(LINES)
    rows = ledger.rollup(CodeLevel.LEI)
    shares = ledger.table(rows, Phase.EXECUTED).shares
    assert table.column("share").to_pylist() == list(shares)
    assert table.column("executed").to_pylist() == [row.executed for row in rows]
    print("the same as Ledger.rollup() and Ledger.table(): yes")
    # A Ledger goes to Arrow and back; pandas and polars read the table as it is.
    print(
        f"Ledger.to_arrow(): {ledger.to_arrow().num_rows} rows, unit "
        f"{ledger.to_arrow().schema.metadata[b'budgetperf.unit'].decode()}"
    )


if __name__ == "__main__":
    main()
