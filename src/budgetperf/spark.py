"""Budget lines and published documents on Spark (``budgetperf[spark]``).

A province's or the nation's ledger (10⁷–10⁹ budget lines over units and years) and a year's
published documents (10⁴–10⁵ files) do not fit one machine. This module runs the same
decisions as the in-memory :class:`~budgetperf.ledger.Ledger` and ``budgetperf check`` on a
Spark DataFrame, and gives the same figures:

* :func:`rollup`: budget lines added up to 项/款/类 per partition (province, year…), with the
  sums exact in ``DecimalType(38, s)`` and each group's shares and rates computed by
  :func:`budgetperf.ledger_arrow.shares_and_rates` on the small grouped result, in the
  Ledger's own ``Decimal`` code (never Spark's or Arrow's rounding);
* :func:`audit_documents`: a DataFrame of documents (a path or the file's bytes per row) to a
  DataFrame of findings, one row per finding, as ``budgetperf check`` gives them.

budgetperf never changes the caller's session: no configuration is set, nothing is cached.
Worker processes import budgetperf, so it must be installed where the executors run (see
docs/spark.md).
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Sequence
from typing import Any

from budgetperf._optional import require
from budgetperf.classification import CodeLevel
from budgetperf.errors import NotDecimalError, OutOfRangeError, WrongTypeError
from budgetperf.exact import Rounding
from budgetperf.ledger import Phase
from budgetperf.rates import ZeroBase

__all__ = ["FINDING_COLUMNS", "audit_documents", "check_document", "rollup"]

_PHASES = tuple(p.value for p in Phase)

#: The columns of :func:`audit_documents`' result, in order (all strings but ``line`` and
#: ``column``, 1-based, null where the finding has none).
FINDING_COLUMNS = (
    "path",
    "code",
    "severity",
    "line",
    "column",
    "field",
    "printed",
    "computed",
    "span",
    "message_zh",
    "message_en",
)


def _frame(value: object, what: str) -> None:
    """``value`` must be a Spark DataFrame (pyspark is imported by then)."""
    frame = importlib.import_module("pyspark.sql").DataFrame
    if not isinstance(value, frame):
        raise WrongTypeError(
            f"{what} must be a Spark DataFrame, not {type(value).__name__}",
            value=type(value).__name__,
        )


def _pyspark() -> tuple[Any, Any]:
    """pyspark.sql.functions and pyspark.sql.types, or the error naming the extra."""
    require("spark", "pyspark")
    return (
        importlib.import_module("pyspark.sql.functions"),
        importlib.import_module("pyspark.sql.types"),
    )


# -- roll-ups -----------------------------------------------------------------------------------


def rollup(
    lines: Any,
    level: CodeLevel = CodeLevel.XIANG,
    *,
    by: Sequence[str] = (),
    phase: Phase = Phase.EXECUTED,
    places: int = 2,
    mode: Rounding = Rounding.HALF_UP,
    zero_base: ZeroBase = ZeroBase.UNDEFINED,
) -> Any:
    """Budget lines added up by functional code at ``level``, per group of the ``by`` columns.

    ``lines`` is a DataFrame with a string column ``code`` (7-digit 项, 5-digit 款 or 3-digit 类
    codes) and decimal amount columns named by phase (``initial``, ``adjusted``, ``executed``,
    ``carryover``, ``previous``; any of them). The result has the ``by`` columns, ``key``
    (the code at ``level``), ``label`` (from the bundled catalogue, else the code), ``lines``
    (the number of lines), a sum per phase and, per ``by`` group, ``share`` (largest
    remainder, adding up to 100), ``share_each`` (each rounded alone), ``completion_rate``
    (executed / initial %) and ``execution_rate`` (executed / adjusted %): the figures of
    :meth:`Ledger.rollup <budgetperf.ledger.Ledger.rollup>` and :meth:`Ledger.table
    <budgetperf.ledger.Ledger.table>` on that group's lines, to the last digit.

    Sums are Spark's exact decimal sums: a sum that does not fit ``DecimalType(38, s)`` is an
    error naming its group (Spark returns null for it, or fails itself under ANSI mode), never
    a silently missing figure. A float or double amount column is a
    :class:`~budgetperf.errors.NotDecimalError`: money is never a binary float.
    """
    functions, types = _pyspark()
    _frame(lines, "the budget lines")
    if not isinstance(level, CodeLevel):
        raise WrongTypeError("level must be a CodeLevel", value=level)
    by = list(by)
    columns = dict(lines.dtypes)
    if "code" not in columns:
        raise WrongTypeError(
            "the budget lines have no 'code' column", value=", ".join(lines.columns)
        )
    for name in by:
        if name not in columns:
            raise WrongTypeError(f"no column {name!r} to group by", value=name)
    phases = [p for p in _PHASES if p in columns]
    if not phases:
        raise WrongTypeError(
            "the budget lines have no amount column (initial, adjusted, executed…)",
            value=", ".join(lines.columns),
        )
    scales = {}
    for name in phases:
        kind = lines.schema[name].dataType
        if not isinstance(kind, types.DecimalType):
            raise NotDecimalError(
                f"the amount column {name!r} is {kind.simpleString()}: store money as "
                "DecimalType (a float cannot hold it exactly)",
                value=name,
            )
        scales[name] = kind.scale
    width = level.length
    f = functions
    key = f.when(f.length("code") >= width, f.substring("code", 1, width))
    grouped = (
        lines.where(key.isNotNull())
        .groupBy(*by, key.alias("key"))
        .agg(
            f.count(f.lit(1)).alias("lines"),
            *[f.sum(name).cast(types.DecimalType(38, scales[name])).alias(name) for name in phases],
            *[f.count(name).alias(f"_n_{name}") for name in phases],
        )
    )
    fields = [lines.schema[name] for name in by]
    schema = types.StructType(
        [
            *[types.StructField(x.name, x.dataType, True) for x in fields],
            types.StructField("key", types.StringType(), False),
            types.StructField("label", types.StringType(), False),
            types.StructField("lines", types.LongType(), False),
            *[
                types.StructField(name, types.DecimalType(38, scales[name]), True)
                for name in phases
            ],
            *[
                types.StructField(name, types.DecimalType(38, max(places, 0)), True)
                for name in ("share", "share_each", "completion_rate", "execution_rate")
            ],
        ]
    )
    step = _GroupStep(by, phases, phase, places, mode, zero_base)
    spread = grouped.repartition(*by) if by else grouped.coalesce(1)
    return spread.mapInArrow(step, schema)


class _GroupStep:
    """The per-partition step of :func:`rollup`: each ``by`` group's rows (a partition holds
    whole groups) get their shares and rates from :func:`~budgetperf.ledger_arrow.
    shares_and_rates`. A picklable object, so that executors can run it."""

    def __init__(
        self,
        by: list[str],
        phases: list[str],
        phase: Phase,
        places: int,
        mode: Rounding,
        zero_base: ZeroBase,
    ) -> None:
        self.by, self.phases, self.phase = by, phases, phase
        self.places, self.mode, self.zero_base = places, mode, zero_base

    def __call__(self, batches: Iterator[Any]) -> Iterator[Any]:
        pa = require("spark", "pyarrow")
        from budgetperf.ledger import Ledger
        from budgetperf.ledger_arrow import shares_and_rates

        names = Ledger()  # labels as the in-memory Ledger gives them (its name_of)
        table = pa.Table.from_batches(list(batches))
        if table.num_rows == 0:
            return
        groups: dict[tuple[object, ...], list[int]] = {}
        keys = [table.column(name).to_pylist() for name in self.by]
        for row in range(table.num_rows):
            groups.setdefault(tuple(k[row] for k in keys), []).append(row)
        for values, rows in groups.items():
            part = table.take(pa.array(rows)).sort_by("key")
            for name in self.phases:
                sums, counts = part.column(name), part.column(f"_n_{name}")
                for row in range(part.num_rows):
                    if sums[row].as_py() is None and counts[row].as_py():
                        where = ", ".join(f"{b}={v}" for b, v in zip(self.by, values, strict=True))
                        raise OutOfRangeError(
                            f"the {name} sum of code {part.column('key')[row].as_py()}"
                            f"{' (' + where + ')' if where else ''} does not fit"
                            " DecimalType(38): Spark gave no sum",
                            value=name,
                        )
            done = shares_and_rates(
                part.select(["key", "lines", *self.phases]),
                phase=self.phase,
                places=self.places,
                mode=self.mode,
                zero_base=self.zero_base,
            )
            codes = done.column("key").to_pylist()
            labels = [names.name_of(code) for code in codes]
            scale = max(self.places, 0)
            out = {
                **{
                    name: pa.array([value] * done.num_rows, part.schema.field(name).type)
                    for name, value in zip(self.by, values, strict=True)
                },
                "key": done.column("key"),
                "label": pa.array(labels, pa.string()),
                "lines": done.column("lines").cast(pa.int64()),
                **{
                    name: done.column(name).cast(part.schema.field(name).type)
                    for name in self.phases
                },
                **{
                    name: done.column(name).cast(pa.decimal128(38, scale))
                    for name in ("share", "share_each", "completion_rate", "execution_rate")
                },
            }
            yield from pa.Table.from_pydict(out).combine_chunks().to_batches()


# -- the document audit ------------------------------------------------------------------------


def audit_documents(documents: Any, *, path: str = "path", content: str | None = None) -> Any:
    """Findings of ``budgetperf check`` on every document of a DataFrame, one row each.

    Each row names a document by its ``path`` column; its bytes are the ``content`` column
    (binary) when given, else read from the path on the executor (a path every executor can
    read: a shared or distributed file system). The result has :data:`FINDING_COLUMNS`, the
    findings of each document in ``check``'s order; a document that cannot be read is an
    ``io.unreadable`` finding of its own, and every other document is still checked.
    """
    _, types = _pyspark()
    _frame(documents, "the documents")
    if not isinstance(path, str) or not (content is None or isinstance(content, str)):
        raise WrongTypeError("path and content name columns (str)", value=(path, content))
    columns = dict(documents.dtypes)
    if path not in columns:
        raise WrongTypeError(f"the documents have no {path!r} column", value=path)
    if content is not None and columns.get(content) != "binary":
        raise WrongTypeError(
            f"the content column {content!r} must be binary, not {columns.get(content)}",
            value=content,
        )
    schema = types.StructType(
        [
            types.StructField(
                name, types.IntegerType() if name in ("line", "column") else types.StringType()
            )
            for name in FINDING_COLUMNS
        ]
    )
    selected = documents.select(path, *([content] if content else []))
    return selected.mapInArrow(_AuditStep(path, content), schema)


class _AuditStep:
    """The per-partition step of :func:`audit_documents` (picklable)."""

    def __init__(self, path: str, content: str | None) -> None:
        self.path, self.content = path, content

    def __call__(self, batches: Iterator[Any]) -> Iterator[Any]:
        pa = require("spark", "pyarrow")
        for batch in batches:
            names = batch.column(self.path).to_pylist()
            data = batch.column(self.content).to_pylist() if self.content else [None] * len(names)
            rows: dict[str, list[object]] = {c: [] for c in FINDING_COLUMNS}
            for name, raw in zip(names, data, strict=True):
                for finding in check_document(str(name), raw):
                    location = finding.location
                    for column, value in zip(
                        FINDING_COLUMNS,
                        (
                            str(name),
                            finding.code,
                            finding.severity.value,
                            location.line,
                            location.column,
                            location.field,
                            finding.printed,
                            finding.computed,
                            finding.span,
                            finding.message_zh,
                            finding.message_en,
                        ),
                        strict=True,
                    ):
                        rows[column].append(value)
            yield pa.RecordBatch.from_pydict(
                {
                    c: pa.array(v, pa.int32() if c in ("line", "column") else pa.string())
                    for c, v in rows.items()
                }
            )


def check_document(name: str, data: bytes | None = None) -> list[Any]:
    """The findings ``budgetperf check`` gives for one document: its bytes (``data``), or the
    file ``name`` read, through the one per-file engine (:func:`budgetperf.batch.check_file`).
    A file that cannot be read is one ``io.unreadable`` finding, not an exception."""
    from budgetperf.batch import check_file

    if not isinstance(name, str):
        raise WrongTypeError("name must be a str", value=type(name).__name__)
    return list(check_file(name, data=data).findings)
