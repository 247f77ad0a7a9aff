"""budgetperf.spark on 1 and 2 cores (local[1], local[2]): budget lines per second through
``rollup`` and documents per second through ``audit_documents``.

    PYTHONPATH=src python benchmarks/bench_spark.py [LINES] [DOCUMENTS]

The lines are generated (7-digit codes from a few hundred, amounts with 2 decimals, 31
provinces × 2 years) and written to Parquet first; the documents are the five seed reports,
repeated. Each case runs in a fresh Spark session, once to warm the executors and once timed
(wall clock: Spark's own threads and worker processes are not this process's CPU time).
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from collections.abc import Callable
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def _lines(count: int, folder: Path) -> Path:
    import pyarrow as pa
    import pyarrow.parquet as pq

    rng = random.Random(20261202)
    codes = [
        f"{rng.randrange(201, 234)}{rng.randrange(1, 40):02d}{rng.randrange(1, 99):02d}"
        for _ in range(400)
    ]
    provinces = [f"P{k:02d}" for k in range(31)]
    kind = pa.decimal128(38, 2)
    table = pa.table(
        {
            "province": pa.array([provinces[i % 31] for i in range(count)]),
            "year": pa.array([2023 + (i // 31) % 2 for i in range(count)], pa.int32()),
            "code": pa.array([codes[rng.randrange(400)] for _ in range(count)]),
            "initial": pa.array(
                [Decimal(rng.randrange(10**8)).scaleb(-2) for _ in range(count)], kind
            ),
            "executed": pa.array(
                [Decimal(rng.randrange(10**8)).scaleb(-2) for _ in range(count)], kind
            ),
        }
    )
    path = folder / "lines.parquet"
    pq.write_table(table, path)
    return path


def _count(frame: Any) -> int:
    return int(frame.count())


def _session(cores: int) -> Any:
    from pyspark.sql import SparkSession

    return (
        SparkSession.builder.master(f"local[{cores}]")
        .appName("budgetperf-bench")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", str(cores * 2))
        .getOrCreate()
    )


def main() -> None:
    lines = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    documents = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # this script's own process
    from budgetperf.classification import CodeLevel
    from budgetperf.spark import audit_documents, rollup

    seeds = sorted((ROOT / "examples" / "reports").glob("*.txt"))
    texts = [
        (f"{p.name}#{i}", p.read_bytes()) for i in range(documents // len(seeds) + 1) for p in seeds
    ][:documents]
    size = sum(len(b) for _, b in texts)
    with tempfile.TemporaryDirectory() as folder:
        parquet = _lines(lines, Path(folder))
        print(
            f"{lines:,} lines ({parquet.stat().st_size / 1e6:.1f} MB Parquet); "
            f"{documents} documents ({size / 1e6:.2f} MB)"
        )
        for cores in (1, 2):
            spark = _session(cores)
            spark.sparkContext.setLogLevel("ERROR")
            frame = spark.read.parquet(str(parquet))
            docs = spark.createDataFrame(texts, "path string, content binary").repartition(cores)
            cases: list[tuple[str, Callable[[], int]]] = [
                (
                    "rollup 项 by province, year",
                    partial(_count, rollup(frame, CodeLevel.XIANG, by=["province", "year"])),
                ),
                ("audit_documents", partial(_count, audit_documents(docs, content="content"))),
            ]
            for label, run in cases:
                run()  # warm: executors, Python workers, imports
                start = time.perf_counter()
                rows = run()
                seconds = time.perf_counter() - start
                per = lines if label.startswith("rollup") else documents
                unit = "lines" if label.startswith("rollup") else "documents"
                print(
                    f"local[{cores}] {label}: {seconds:.2f} s, {per / seconds:,.0f} {unit}/s"
                    f" ({rows:,} rows out)"
                )
            spark.stop()


if __name__ == "__main__":
    main()
