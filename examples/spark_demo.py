"""The seed ledger and the seed reports on Spark (local mode): a roll-up to 类 per year equal to
the in-memory Ledger's, and the findings of ``budgetperf check`` as a DataFrame.

Run: python examples/spark_demo.py   (needs pip install 'budgetperf[spark]' and Java 17)
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from budgetperf import read_ledger_csv
from budgetperf.classification import CodeLevel
from budgetperf.errors import BudgetPerfError, MissingExtra

HERE = Path(__file__).resolve().parent


def main() -> None:
    from budgetperf.spark import audit_documents, rollup

    try:
        rollup(None)  # the extra is checked first: a missing one names what to install
    except MissingExtra as exc:
        print(exc)
        return
    except BudgetPerfError:
        pass  # pyspark is there (None is not a DataFrame)
    from pyspark.sql import SparkSession

    # This script's own process: the executors run this Python (and so this budgetperf).
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    spark = (
        SparkSession.builder.master("local[2]")
        .appName("budgetperf-demo")
        .config("spark.ui.enabled", "false")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    try:
        ledger = read_ledger_csv(HERE / "ledgers" / "seed000-2022-hetang.csv")
        rows = [(2022, line.code, line.initial, line.executed) for line in ledger.lines]
        lines = spark.createDataFrame(
            rows, "year int, code string, initial decimal(38,2), executed decimal(38,2)"
        )
        table = rollup(lines, CodeLevel.LEI, by=["year"]).orderBy("key").collect()
        python = ledger.table(ledger.rollup(CodeLevel.LEI))
        for row, share in zip(table, python.shares, strict=True):
            rate = "—" if row.completion_rate is None else f"{row.completion_rate}%"
            print(
                f"{row.year} {row.key} {row.label}: 决算 {row.executed} 万元, 占 {row.share}%"
                f" (Ledger: {share}%), 完成年初预算 {rate}"
            )
            assert row.share == share
        reports = [(str(p), p.read_bytes()) for p in sorted((HERE / "reports").glob("*.txt"))]
        documents = spark.createDataFrame(reports, "path string, content binary")
        findings = audit_documents(documents, content="content")
        for count in findings.groupBy("severity").count().orderBy("severity").collect():
            print(f"{count.severity}: {count['count']}")
    finally:
        spark.stop()


if __name__ == "__main__":
    main()
