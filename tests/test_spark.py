"""budgetperf.spark on a real Spark in local[2] mode (issue 13, Deliver 3): roll-ups equal to the
in-memory Ledger per partition, and the document audit equal to ``budgetperf check``."""

from __future__ import annotations

import os
import random
import shutil
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("pyspark", reason="the spark extra is not installed (.ci/run installs it)")
pytest.importorskip("pyarrow", reason="the spark extra installs pyarrow")
if shutil.which("java") is None:
    # Spark runs on a JVM (Java 17). Under .ci/run (BUDGETPERF_REQUIRE_SPARK=1) a missing Java
    # is a failure; elsewhere (the README's test command on a machine with only Python) a skip.
    if os.environ.get("BUDGETPERF_REQUIRE_SPARK") == "1":
        pytest.fail("BUDGETPERF_REQUIRE_SPARK=1 but no java on PATH", pytrace=False)
    pytest.skip("Spark needs Java 17, and no java is on PATH", allow_module_level=True)

from pyspark.sql import SparkSession
from pyspark.sql import types as T

from budgetperf.batch import check_file
from budgetperf.classification import CodeLevel
from budgetperf.errors import NotDecimalError, WrongTypeError
from budgetperf.ledger import BudgetLine, Ledger, Phase
from budgetperf.spark import FINDING_COLUMNS, audit_documents, rollup

# pyspark 3.5 compares pandas versions with distutils' deprecated LooseVersion, and leaves
# its py4j sockets to the garbage collector (ResourceWarning): its own, not budgetperf's
pytestmark = [
    pytest.mark.filterwarnings(
        "ignore:distutils Version classes are deprecated:DeprecationWarning"
    ),
    pytest.mark.filterwarnings("ignore::ResourceWarning"),
    pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning"),
]

D = Decimal
SEEDS = Path(__file__).resolve().parent.parent / "examples" / "reports"
CODES = ["2010301", "2010302", "2010399", "2060199", "2080505", "2210201", "20103", "206"]


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    # The executors' Python is this one (a virtual environment's python is a symlink that
    # the worker launcher would otherwise resolve to the base interpreter).
    saved = os.environ.get("PYSPARK_PYTHON")
    os.environ["PYSPARK_PYTHON"] = sys.executable
    session = (
        SparkSession.builder.master("local[2]")
        .appName("budgetperf-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()
    if saved is None:
        del os.environ["PYSPARK_PYTHON"]
    else:
        os.environ["PYSPARK_PYTHON"] = saved


def _amount(rng: random.Random, negative: bool = False) -> Decimal | None:
    pick = rng.random()
    if pick < 0.1:
        return None
    if pick < 0.2:
        return D(0)
    sign = -1 if negative and rng.random() < 0.2 else 1
    return D(sign * rng.randrange(0, 10**9)).scaleb(-2)


def _lines(seed: int) -> list[tuple[str, int, str, Decimal | None, Decimal | None, Decimal | None]]:
    """(province, year, code, initial, adjusted, executed) rows: 2 provinces × 2 years."""
    rng = random.Random(seed)
    rows = []
    for province in ("湖南", "四川"):
        for year in (2023, 2024):
            for _ in range(rng.randrange(1, 25)):
                rows.append(
                    (
                        province,
                        year,
                        rng.choice(CODES),
                        _amount(rng, negative=True),  # a negative base: rates, not shares
                        _amount(rng),
                        _amount(rng),
                    )
                )
    return rows


SCHEMA = T.StructType(
    [
        T.StructField("province", T.StringType()),
        T.StructField("year", T.IntegerType()),
        T.StructField("code", T.StringType()),
        T.StructField("initial", T.DecimalType(38, 2)),
        T.StructField("adjusted", T.DecimalType(38, 2)),
        T.StructField("executed", T.DecimalType(38, 2)),
    ]
)


def _ledger_rows(lines: list[Any], level: CodeLevel) -> list[tuple[object, ...]]:
    """What the in-memory Ledger gives for these lines: key, label, lines, sums, shares, rates."""
    ledger = Ledger(
        BudgetLine(code, initial=i, adjusted=a, executed=e) for _, _, code, i, a, e in lines
    )
    rows = ledger.rollup(level)
    table = ledger.table(rows, Phase.EXECUTED, places=2)
    out: list[tuple[object, ...]] = []
    for row, share, each in zip(rows, table.shares, table.shares_each, strict=True):
        rates = []
        for rate in (row.completion_rate(), row.execution_rate()):
            # (Spark's decimals have no negative zero; Decimal("-0.00") == 0 in the comparison)
            rates.append(None if rate is None else rate.percent(2))
        sums = tuple(row.sums[p] for p in (Phase.INITIAL, Phase.ADJUSTED, Phase.EXECUTED))
        out.append((row.key, row.label, row.lines, *sums, share, each, *rates))
    return out


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_rollups_are_the_ledgers_per_partition(spark: Any, seed: int) -> None:
    lines = _lines(seed)
    frame = spark.createDataFrame(lines, SCHEMA)
    for level in CodeLevel:
        result = rollup(frame, level, by=["province", "year"]).collect()
        got: dict[tuple[str, int], list[tuple[object, ...]]] = {}
        for r in result:
            got.setdefault((r.province, r.year), []).append(
                (
                    r.key,
                    r.label,
                    r.lines,
                    r.initial,
                    r.adjusted,
                    r.executed,
                    r.share,
                    r.share_each,
                    r.completion_rate,
                    r.execution_rate,
                )
            )
        expected = {}
        for group in {(p, y) for p, y, *_ in lines}:
            rows = _ledger_rows([x for x in lines if (x[0], x[1]) == group], level)
            if rows:
                expected[group] = rows
        assert {k: sorted(v) for k, v in got.items()} == {
            k: sorted(v) for k, v in expected.items()
        }, level


def test_a_rollup_without_groups_is_the_whole_ledgers(spark: Any) -> None:
    lines = _lines(7)
    frame = spark.createDataFrame(lines, SCHEMA).drop("province", "year")
    result = rollup(frame, CodeLevel.LEI).collect()
    fields: tuple[str, ...] = ("key", "label", "lines", "initial", "adjusted", "executed")
    fields += ("share", "share_each", "completion_rate", "execution_rate")
    got = sorted(tuple(r[f] for f in fields) for r in result)
    assert got == sorted(_ledger_rows(lines, CodeLevel.LEI))
    # the shares of one roll-up add up to exactly 100 (largest remainder), when any is not 0
    shares = [r.share for r in result]
    assert sum(shares) in (D(100), D(0))


def test_negative_amounts_have_no_shares_there_either(spark: Any) -> None:
    lines = [("2010301", D("-5.00")), ("2010302", D("10.00"))]
    with pytest.raises(Exception, match="shares of negative amounts"):
        Ledger(BudgetLine(c, executed=e) for c, e in lines).table(
            Ledger(BudgetLine(c, executed=e) for c, e in lines).rollup(CodeLevel.XIANG)
        )
    frame = spark.createDataFrame(lines, "code string, executed decimal(38,2)")
    with pytest.raises(Exception, match="shares of negative amounts"):
        rollup(frame).collect()


def test_money_in_a_float_column_is_refused(spark: Any) -> None:
    frame = spark.createDataFrame([("2010301", 1.5)], "code string, executed double")
    with pytest.raises(NotDecimalError, match="executed"):
        rollup(frame)


def test_budget_lines_without_codes_or_amounts_are_refused(spark: Any) -> None:
    with pytest.raises(WrongTypeError, match="code"):
        rollup(spark.createDataFrame([(D(1),)], "executed decimal(38,2)"))
    with pytest.raises(WrongTypeError, match="amount"):
        rollup(spark.createDataFrame([("2010301",)], "code string"))
    with pytest.raises(WrongTypeError, match="province"):
        rollup(
            spark.createDataFrame([("2010301", D(1))], "code string, executed decimal(38,2)"),
            by=["province"],
        )


def test_a_sum_beyond_38_digits_is_an_error_not_a_missing_figure(spark: Any) -> None:
    # 9 × 10³⁵ + 9 × 10³⁵ = 1.8 × 10³⁶: 37 integer digits, past DecimalType(38, 2)'s 36
    big = D(9) * D(10) ** 35
    frame = spark.createDataFrame(
        [("2010301", big), ("2010301", big)], "code string, executed decimal(38,2)"
    )
    # Spark 3.5 (ANSI mode off by default) gives a null sum, which budgetperf turns into an
    # error naming the group; Spark 4 (ANSI on) fails the sum itself
    with pytest.raises(Exception, match=r"does not fit|ARITHMETIC_OVERFLOW"):
        rollup(frame).collect()


def test_the_document_audit_is_checks(spark: Any, tmp_path: Path) -> None:
    seeds = sorted(SEEDS.glob("*.txt"))
    assert len(seeds) == 5
    rows = [(str(p), p.read_bytes()) for p in seeds[:3]]
    frame = spark.createDataFrame(rows, "path string, content binary")
    found = audit_documents(frame, content="content").collect()
    assert tuple(audit_documents(frame, content="content").columns) == FINDING_COLUMNS
    for path, _ in rows:
        expected = [
            (f.code, f.severity.value, f.location.line, f.location.column, f.printed, f.computed)
            for f in check_file(path).findings
        ]
        got = [
            (r.code, r.severity, r.line, r.column, r.printed, r.computed)
            for r in found
            if r.path == path
        ]
        assert got == expected
        assert expected  # every seed report has findings


def test_documents_by_path_and_an_unreadable_one(spark: Any, tmp_path: Path) -> None:
    seed = sorted(SEEDS.glob("*.txt"))[3]
    missing = tmp_path / "gone.txt"
    frame = spark.createDataFrame([(str(seed),), (str(missing),)], "path string")
    found = audit_documents(frame).collect()
    expected = [(f.code, f.location.line) for f in check_file(str(seed)).findings]
    assert [(r.code, r.line) for r in found if r.path == str(seed)] == expected
    gone = [r for r in found if r.path == str(missing)]
    assert [(r.code, r.severity) for r in gone] == [("io.unreadable", "error")]
    assert "No such file" in (gone[0].message_en or "")  # the row's path names the file
