"""The Arrow path gives the pure-Python Ledger's figures to the last digit (issue 13).

Sums are compared as numbers (an Arrow column has one scale, so a sum of whole numbers reads
5.00 where the Ledger's reads 5); shares and rates by ``repr``, digits and exponent. Reading is
compared with :func:`~budgetperf.ledger_csv.read_ledger_csv` on generated files, odd cells and
bad rows included: the same lines, or the same error naming the same file, row and column.
"""

from __future__ import annotations

import csv
import io
import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

pa = pytest.importorskip("pyarrow")
pc = pytest.importorskip("pyarrow.compute")
pq = pytest.importorskip("pyarrow.parquet")

from budgetperf.classification import CodeLevel  # noqa: E402
from budgetperf.errors import (  # noqa: E402
    MissingExtra,
    NotDecimalError,
    ParseError,
)
from budgetperf.exact import Rounding  # noqa: E402
from budgetperf.ledger import (  # noqa: E402
    BudgetLine,
    FundingSource,
    FundType,
    Ledger,
    Nature,
    Phase,
    RollupRow,
)
from budgetperf.ledger_arrow import (  # noqa: E402
    ArrowLedger,
    read_ledger_arrow,
    shares_and_rates,
)
from budgetperf.ledger_csv import read_ledger_csv  # noqa: E402
from budgetperf.rates import ZeroBase  # noqa: E402

D = Decimal
ROOT = Path(__file__).resolve().parent.parent


def unsigned_zero(value: Decimal) -> Decimal:
    """A zero without its sign: Arrow's decimals have no negative zero (0 / −1 is 0.00 there,
    Decimal('-0.00') in Python), the one place the digits may differ."""
    return value.copy_abs() if value.is_zero() else value


def python_table(ledger: Ledger, rows: list[RollupRow], **options: object) -> object:
    """What the Ledger gives for ``rows``: per row the key, label, lines, sums, both shares and
    both rates (the rates as percent at the table's places), or the error raised."""
    phase = options.get("phase", Phase.EXECUTED)
    places = options.get("places", 2)
    mode = options.get("mode", Rounding.HALF_UP)
    zero_base = options.get("zero_base", ZeroBase.UNDEFINED)
    try:
        table = ledger.table(rows, phase, places=places, mode=mode)  # type: ignore[arg-type]
    except Exception as exc:  # the amounts it quotes are written with the column's scale
        return (type(exc).__name__, str(exc).split(":")[0])
    result = []
    for row, share, each in zip(rows, table.shares, table.shares_each, strict=True):
        rates = []
        for rate in (
            row.completion_rate(zero_base=zero_base),  # type: ignore[arg-type]
            row.execution_rate(zero_base=zero_base),  # type: ignore[arg-type]
        ):
            percent = None if rate is None else rate.percent(places, mode)  # type: ignore[arg-type]
            rates.append(None if percent is None else repr(unsigned_zero(percent)))
        sums = {p.value: row.sums[p] for p in Phase}
        result.append((row.key, row.label, row.lines, sums, repr(share), repr(each), *rates))
    return result


def arrow_table(call: object) -> object:
    """The same from an Arrow roll-up table (sums by value: a missing column is all None)."""
    try:
        table = call()  # type: ignore[operator]
    except Exception as exc:
        return (type(exc).__name__, str(exc).split(":")[0])
    names = table.column_names
    result = []
    for i in range(table.num_rows):

        def get(field: str, i: int = i) -> object:
            return table.column(field)[i].as_py() if field in names else None

        rates = [get("completion_rate"), get("execution_rate")]
        result.append(
            (
                get("key"),
                get("label"),
                get("lines"),
                {p.value: get(p.value) for p in Phase},
                repr(get("share")),
                repr(get("share_each")),
                *[None if r is None else repr(r) for r in rates],
            )
        )
    return result


def same_figures(ledger: Ledger, arrow: ArrowLedger, **options: Any) -> None:
    for level in CodeLevel:
        expected = python_table(ledger, ledger.rollup(level), **options)
        assert arrow_table(lambda level=level: arrow.rollup(level, **options)) == expected, level
    for python, on_arrow in (
        (ledger.by_economic(3), lambda: arrow.by_economic(3, **options)),
        (ledger.by_economic(5), lambda: arrow.by_economic(5, **options)),
        (ledger.by_nature(), lambda: arrow.by_nature(**options)),
        (ledger.by_basic_or_project(), lambda: arrow.by_basic_or_project(**options)),
        (ledger.by_source(), lambda: arrow.by_source(**options)),
        (ledger.by_fund(), lambda: arrow.by_fund(**options)),
    ):
        assert arrow_table(on_arrow) == python_table(ledger, python, **options)
    for phase in Phase:
        assert arrow.total(phase) == ledger.total(phase)


# -- generated ledgers ------------------------------------------------------------------------

CODES = ["2010301", "2010302", "2010399", "2060199", "2080505", "2210201", "20103", "206", "299"]


@st.composite
def amounts(draw: st.DrawFn) -> Decimal | None:
    """Amounts as ledgers have them and worse: negatives, zeros, 18-digit values, up to 10
    decimals, missing."""
    if draw(st.integers(0, 6)) == 0:
        return None
    places = draw(st.sampled_from([0, 2, 2, 2, 4, 10]))
    whole = draw(
        st.integers(0, 10**6)
        | st.integers(0, 10**18 - 1)
        | st.just(0)
        | st.integers(-(10**6), 0)
        | st.integers(-(10**18) + 1, 0)
    )
    fraction = draw(st.integers(0, 10**places - 1)) if places else 0
    sign = "-" if whole < 0 else ""
    text = f"{sign}{abs(whole)}" + (f".{fraction:0{places}d}" if places else "")
    return D(text)


lines = st.lists(
    st.builds(
        BudgetLine,
        st.sampled_from(CODES),
        initial=amounts(),
        executed=amounts(),
        adjusted=amounts(),
        previous=amounts(),
        economic_code=st.sampled_from([None, "30101", "30217", "301", "3", "３０２１７"]),
        name=st.sampled_from([None, "行政运行", "其他"]),
        source=st.none() | st.sampled_from(FundingSource),
        fund=st.none() | st.sampled_from(FundType),
        nature=st.none() | st.sampled_from(Nature),
    ),
    max_size=30,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    lines,
    st.integers(0, 4),
    st.sampled_from([Rounding.HALF_UP, Rounding.HALF_EVEN, Rounding.DOWN]),
    st.sampled_from(ZeroBase),
    st.sampled_from([Phase.EXECUTED, Phase.INITIAL]),
)
def test_arrow_figures_are_the_ledgers(
    ls: list[BudgetLine], places: int, mode: Rounding, zero_base: ZeroBase, phase: Phase
) -> None:
    ledger = Ledger(ls)
    arrow = ArrowLedger.from_ledger(ledger)
    same_figures(ledger, arrow, places=places, mode=mode, zero_base=zero_base, phase=phase)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines)
def test_a_ledger_goes_to_arrow_and_back(ls: list[BudgetLine]) -> None:
    ledger = Ledger(ls)
    back = Ledger.from_arrow(ledger.to_arrow())
    assert back.lines == ledger.lines  # Decimal equality: 5 == 5.00
    assert back.unit is ledger.unit
    assert back.names == ledger.names


def test_rounding_edges_where_arrow_rounds_otherwise() -> None:
    """A rate of exactly −x.xx5: 四舍五入 rounds away from zero; Arrow's half_up rounds to +∞."""
    ledger = Ledger(
        [
            BudgetLine("2010301", initial=D("-40"), executed=D("1.001")),  # −2.5025 %
            BudgetLine("2010302", initial=D("40"), executed=D("-0.001")),  # −0.0025 %
            BudgetLine("2010303", initial=D("0"), executed=D("5")),  # zero base
        ]
    )
    arrow = ArrowLedger.from_ledger(ledger)
    table = arrow.rollup(CodeLevel.XIANG, phase=Phase.PREVIOUS, places=3)  # no shares
    assert table.column("completion_rate").to_pylist() == [D("-2.503"), D("-0.003"), None]
    assert pc.round(pa.array([D("-2.5025")], pa.decimal128(10, 4)), 3, "half_up").to_pylist() == [
        D("-2.502")
    ]
    hundred = arrow.rollup(CodeLevel.XIANG, phase=Phase.PREVIOUS, zero_base=ZeroBase.HUNDRED)
    assert hundred.column("completion_rate").to_pylist()[2] == D("100.00")
    with pytest.raises(Exception, match="shares of negative amounts"):
        arrow.rollup(CodeLevel.XIANG, phase=Phase.EXECUTED)


def test_zero_totals_and_no_lines() -> None:
    arrow = ArrowLedger.from_ledger(Ledger([BudgetLine("201", executed=D("0.00"))]))
    table = arrow.rollup(CodeLevel.LEI)
    assert table.column("share").to_pylist() == [D("0.00")]
    empty = ArrowLedger.from_ledger(Ledger())
    assert empty.rollup(CodeLevel.LEI).num_rows == 0
    assert empty.total().value == 0


def test_sums_that_would_wrap_in_decimal128_are_exact() -> None:
    """Arrow's decimal128 sum wraps around past 38 digits; a column that could is added as
    decimal256, and a sum past 34 digits is refused as the Ledger refuses it."""
    big = D("1" + "0" * 25 + ".00")
    ledger = Ledger([BudgetLine("2010301", executed=big)] * 20)
    wrapped = pc.sum(pa.array([D("9" * 36 + ".00")] * 20, pa.decimal128(38, 2))).as_py()
    assert wrapped < 0  # what Arrow itself does
    arrow = ArrowLedger.from_ledger(ledger)
    assert arrow.table.column("executed").type == pa.decimal128(38, 2)
    object.__setattr__(
        arrow,
        "table",
        arrow.table.set_column(
            arrow.table.column_names.index("executed"),
            "executed",
            arrow.table.column("executed").cast(pa.decimal128(38, 12)),
        ),
    )  # 10**25 at 12 decimals: 20 of them pass 38 digits as integers
    (sum_,) = arrow.rollup(CodeLevel.LEI).column("executed").to_pylist()
    assert sum_ == big * 20 == ledger.rollup(CodeLevel.LEI)[0].executed
    with pytest.raises(Exception, match="34 digits"):
        Ledger([BudgetLine("2010301", executed=D("9" * 30 + ".9999"))] * 20).rollup(CodeLevel.LEI)
    huge = ArrowLedger.from_ledger(
        Ledger([BudgetLine("2010301", executed=D("9" * 30 + ".9999"))] * 20)
    )
    with pytest.raises(Exception, match="34 digits"):
        huge.rollup(CodeLevel.LEI)


def test_shares_and_rates_is_a_function_of_one_batch() -> None:
    batch = pa.RecordBatch.from_pydict(
        {
            "key": ["201", "206"],
            "initial": pa.array([D("676.59"), D("0")], pa.decimal128(38, 2)),
            "executed": pa.array([D("530.37"), D("71.67")], pa.decimal128(38, 2)),
        }
    )
    table = shares_and_rates(batch)
    assert table.column("share").to_pylist() == [D("88.10"), D("11.90")]
    assert table.column("completion_rate").to_pylist() == [D("78.39"), None]
    assert table.column("execution_rate").to_pylist() == [None, None]


# -- reading ------------------------------------------------------------------------------------


NUMBER = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")


def numbers_by_value(text: str) -> str:
    """A message with every number written by its value (an Arrow column has one scale)."""
    return NUMBER.sub(lambda m: str(D(m.group()).normalize()), text)


def snapshot(ledger: Ledger) -> object:
    return (
        len(ledger),
        ledger.unit,
        dict(ledger.names),
        ledger.lines,
        [ledger.locate(i) for i in range(len(ledger))],
        [(f.code, str(f.location), numbers_by_value(f.message_en)) for f in ledger.findings()],
    )


def read_both(source: Path | str, **options: object) -> tuple[object, object]:
    def python() -> object:
        try:
            return snapshot(read_ledger_csv(source, **options))  # type: ignore[arg-type]
        except Exception as exc:
            return (type(exc).__name__, str(exc))

    def arrow() -> object:
        try:
            return snapshot(read_ledger_arrow(source, **options).to_ledger())  # type: ignore[arg-type]
        except Exception as exc:
            return (type(exc).__name__, str(exc))

    return python(), arrow()


CELLS = [
    "5", "12.25", "-3.5", "0.00", "-0.00", "", " 5 ", "628.95万元", "¥4,419.00", "5.", ".5",
    "1e3", "x", "12345678901234567890", "0.0000000001", "1.12345678901", "٣", "+5",
]  # fmt: skip


@st.composite
def csv_texts(draw: st.DrawFn) -> str:
    rows = draw(st.integers(0, 8))
    header = ["code", "initial", "executed(元)", "支出性质", "科目名称", "fiscal_year"]
    header = draw(st.permutations(header))
    body = []
    for _ in range(rows):
        cells = {
            "code": draw(st.sampled_from([*CODES, "2010", "3010301"])),
            "initial": draw(st.sampled_from(CELLS)),
            "executed(元)": draw(st.sampled_from(CELLS)),
            "支出性质": draw(st.sampled_from(["", "人员经费", " 项目支出", "工资"])),
            "科目名称": draw(st.sampled_from(["", "行政运行", " 其他 ", "a,b"])),
            "fiscal_year": "2024",
        }
        body.append([cells[h] for h in header])
    out = io.StringIO()
    end = draw(st.sampled_from(["\n", "\r\n"]))
    csv.writer(out, lineterminator=end).writerows([header, *body])
    text = out.getvalue()
    if rows and draw(st.integers(0, 5)) == 0:
        text += end  # a blank line at the end
    return text


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(csv_texts(), st.sampled_from(["raise", "finding"]))
@example("code,executed\n2010301,5\n\n2010399,6\n", "raise")
@example("code,executed\n2010301,5,6\n", "finding")
@example("code\n2010301\n\n", "raise")
@example("code,executed\n2010301,1\n2010302,x\n2010303,2\n2010304,y\n", "raise")
def test_arrow_reads_a_csv_file_as_the_csv_reader(text: str, bad_rows: str) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "lines.csv"
        path.write_text(text, encoding="utf-8", newline="")
        python, arrow = read_both(path, bad_rows=bad_rows)
    assert arrow == python


@pytest.mark.parametrize("encoding", ["utf-8-sig", "gb18030", "utf-16"])
def test_other_encodings_read_alike(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "lines.csv"
    text = "科目编码,科目名称,决算数(元)\n2010301,行政运行,4057100\n2210201,住房公积金,115800\n"
    path.write_bytes(text.encode(encoding))
    python, arrow = read_both(path)
    assert arrow == python
    assert isinstance(python, tuple)
    assert python[0] == 2


def test_a_bad_cell_is_named_by_file_row_and_column(tmp_path: Path) -> None:
    path = tmp_path / "lines.csv"
    path.write_text("code,executed\n2010301,5\n2010302,5x\n2010303,6\n2010304,y\n", "utf-8")
    with pytest.raises(ParseError, match=r"lines\.csv row 3 field 'executed': not an amount"):
        read_ledger_arrow(path)
    arrow = read_ledger_arrow(path, bad_rows="finding")
    assert arrow.table.column("row").to_pylist() == [2, 4]
    assert [(f.code, f.location.row, f.location.field) for f in arrow.findings] == [
        ("ledger.unreadable-row", 3, "executed"),
        ("ledger.unreadable-row", 5, "executed"),
    ]


def test_seed_ledgers_read_alike() -> None:
    for path in sorted((ROOT / "examples" / "ledgers").glob("*.csv")):
        python, arrow = read_both(path)
        assert arrow == python, path.name
        ledger = read_ledger_csv(path)
        same_figures(ledger, read_ledger_arrow(path))


def test_parquet_columns_of_decimals_integers_and_text(tmp_path: Path) -> None:
    path = tmp_path / "lines.parquet"
    table = pa.table(
        {
            "exp_func_code": ["2010301", "2010399"],
            "年初预算数(元)": pa.array([6765900, 0], pa.int64()),
            "executed": pa.array([D("405.71"), D("124.66")], pa.decimal128(12, 2)),
            "previous": ["1,000.00", "628.95万元"],
            "mof_div_code": ["430000", "430000"],
        }
    )
    pq.write_table(table, path)
    arrow = read_ledger_arrow(path)
    ledger = arrow.to_ledger()
    assert ledger.column(Phase.INITIAL) == [D("676.59"), D(0)]
    assert ledger.column(Phase.EXECUTED) == [D("405.71"), D("124.66")]
    assert ledger.column(Phase.PREVIOUS) == [D("1000"), D("628.95")]
    assert arrow.rollup(CodeLevel.LEI).column("executed").to_pylist() == [D("530.37")]
    pq.write_table(pa.table({"code": ["2010301"], "executed": [1.5]}), path)
    with pytest.raises(NotDecimalError, match="float column"):
        read_ledger_arrow(path)


def test_from_arrow_checks_the_cells() -> None:
    table = pa.table({"code": ["2010301", "2010"], "executed": ["1", "2"]})
    with pytest.raises(ParseError, match="row 2 field 'code': not a functional code"):
        Ledger.from_arrow(table)


def test_without_pyarrow_the_error_names_the_extra() -> None:
    code = (
        "import sys; sys.modules['pyarrow'] = None\n"
        "import budgetperf\n"
        "from budgetperf.ledger import Ledger\n"
        "try:\n"
        "    Ledger().to_arrow()\n"
        "except ImportError as exc:\n"
        "    print(type(exc).__name__, exc)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.startswith("MissingExtra")
    assert "pip install 'budgetperf[arrow]'" in out
    assert issubclass(MissingExtra, ImportError)


# -- shares and rates in Arrow's integers -----------------------------------------------------


def sums_table(executed: list[Decimal | None], initial: list[Decimal | None], scale: int) -> Any:
    kind = pa.decimal128(38, scale)
    return pa.table(
        {
            "key": [str(i) for i in range(len(executed))],
            "initial": pa.array(initial, kind),
            "executed": pa.array(executed, kind),
        }
    )


def ledger_figures(
    executed: list[Decimal | None],
    initial: list[Decimal | None],
    places: int,
    mode: Rounding,
    zero_base: ZeroBase,
) -> object:
    """The Ledger's shares (both ways) and completion rates of the same sums, by repr."""
    ledger = Ledger(
        [
            BudgetLine(f"2010{i:03d}", executed=e, initial=b)
            for i, (e, b) in enumerate(zip(executed, initial, strict=True))
        ]
    )
    return python_table(
        ledger, ledger.rollup(CodeLevel.XIANG), places=places, mode=mode, zero_base=zero_base
    )


small_amounts = st.builds(
    lambda units, negative: D(units).scaleb(-2) * (-1 if negative else 1),
    st.integers(0, 10**9) | st.integers(0, 12) | st.sampled_from([1, 3, 7, 125, 375, 625]),
    st.booleans(),
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.tuples(small_amounts, small_amounts | st.none()), min_size=1, max_size=40),
    st.integers(0, 5),
    st.sampled_from(Rounding),
    st.sampled_from(ZeroBase),
    st.booleans(),
)
@example(
    [(D("1"), D("8")), (D("1"), D("8")), (D("1"), D("8"))],
    2,
    Rounding.HALF_UP,
    ZeroBase.UNDEFINED,
    False,
)  # thirds: every remainder ties
@example(
    [(D("1"), D("-8")), (D("-1"), D("8")), (D("0"), D("-3"))],
    1,
    Rounding.HALF_UP,
    ZeroBase.UNDEFINED,
    True,
)  # −12.5 %: half away from zero, not towards +∞
@example([(D("1"), D("-8")), (D("3"), D("-8"))], 1, Rounding.HALF_EVEN, ZeroBase.HUNDRED, True)
@example([(D("0"), D("0")), (D("0"), None)], 2, Rounding.CEILING, ZeroBase.HUNDRED, False)
def test_integer_shares_and_rates_are_the_ledgers(
    rows: list[tuple[Decimal, Decimal | None]],
    places: int,
    mode: Rounding,
    zero_base: ZeroBase,
    positive: bool,
) -> None:
    """Amounts small enough for Arrow's int64 kernels (the vectorised path): every rounding
    mode, negative amounts (rates; shares then raise as the Ledger raises), zero totals and
    zero bases, ties in the remainders and exact halves."""
    executed = [abs(e) if positive else e for e, _ in rows]
    initial = [b for _, b in rows]
    table = sums_table(executed, initial, 2)  # type: ignore[arg-type]
    got = arrow_table(
        lambda: shares_and_rates(table, places=places, mode=mode, zero_base=zero_base)
    )
    expected = ledger_figures(executed, initial, places, mode, zero_base)  # type: ignore[arg-type]
    if isinstance(expected, list):
        assert isinstance(got, list)
        expected = [(e[4], e[5], e[6]) for e in expected]
        got = [(g[4], g[5], g[6]) for g in got]
    assert got == expected


def test_shares_by_hand_and_integers_past_64_bits() -> None:
    """Shares worked out by hand; integers that could pass 64 bits (values near 31 digits)
    are left to the Decimal code, and just below 2**63 they stay with Arrow's integers:
    either way the Ledger's digits."""
    parts = [D("1.25"), D("2.50"), D("3.75"), D("0.00")]  # of 7.50: 1/6, 1/3, 1/2, 0
    table = shares_and_rates(sums_table(parts, parts, 2))  # type: ignore[arg-type]
    assert table.column("share").to_pylist() == [D("16.67"), D("33.33"), D("50.00"), D("0")]
    assert table.column("share_each").to_pylist() == [D("16.67"), D("33.33"), D("50.00"), D("0")]
    assert table.column("completion_rate").to_pylist() == [D("100.00")] * 3 + [None]
    huge = [D("9" * 30 + ".99"), D("1" + "0" * 29 + ".01")]  # below 10**31, as amounts are
    edge = [D("9223372036854.77"), D("1")]  # × 10**4 is just below 2**63
    for values in (huge, edge):
        got = arrow_table(lambda v=values: shares_and_rates(sums_table(v, v[::-1], 2)))
        expected = ledger_figures(values, values[::-1], 2, Rounding.HALF_UP, ZeroBase.UNDEFINED)  # type: ignore[arg-type]
        assert isinstance(got, list)
        assert isinstance(expected, list)
        assert [g[4:] for g in got] == [e[4:] for e in expected]


# -- the decimal read and the numbers Arrow reads otherwise ------------------------------------

ODD_LATER = [
    "+5", "1e3", "1E3", ".5", "5.", "-.5", "1234567890123456789", "0000000000000000000001",
    "1.12345678901", "1.50000000000", "1.2500", "1.2345", " 5", "\t7.25", "NaN", "5 5", "٣",
    "628.95万元", "", "-0.00", "5,5", '"5"',
]  # fmt: skip


@pytest.mark.parametrize("cell", ODD_LATER)
def test_a_cell_after_the_first_lines_is_read_as_the_csv_reader_reads_it(
    tmp_path: Path, cell: str
) -> None:
    """The amounts are read as decimals at the scale of the file's first 64 KiB, and the body
    is searched for the numbers Arrow's parser takes but the CSV reader reads otherwise
    (``+5``, ``1e3``, ``.5``, ``5.``, 19 digits, more decimals): a cell like that far down
    the file still gives the CSV reader's lines or its error."""
    plain = "".join(f"20103{i % 90 + 10:02d},{i}.25,-{i % 7}.50\n" for i in range(4000))
    if cell == "5,5":
        cell = '"5,5"'
    text = "code,initial,executed\n" + plain + f"2010301,{cell},1.00\n" + plain[:200]
    path = tmp_path / "lines.csv"
    path.write_text(text, encoding="utf-8", newline="")
    for bad_rows in ("raise", "finding"):
        python, arrow = read_both(path, bad_rows=bad_rows)
        assert arrow == python
    try:
        python_stream = snapshot(read_ledger_csv(io.StringIO(text)))
    except Exception as exc:
        python_stream = (type(exc).__name__, str(exc))
    try:
        arrow_stream = snapshot(read_ledger_arrow(io.StringIO(text)).to_ledger())
    except Exception as exc:
        arrow_stream = (type(exc).__name__, str(exc))
    assert arrow_stream == python_stream


def test_a_plain_file_is_read_as_decimals(tmp_path: Path) -> None:
    path = tmp_path / "lines.csv"
    path.write_text("code,initial,executed(元)\n2010301,1.25,300\n2010302,,-4\n", "utf-8")
    ledger = read_ledger_arrow(path)
    assert ledger.table.column("initial").type == pa.decimal128(38, 2)
    assert ledger.table.column("initial").to_pylist() == [D("1.25"), None]
    assert ledger.table.column("executed").to_pylist() == [D("0.03"), D("-0.0004")]
    path.write_text("code,initial,executed(元)\n2010301,1.25,300\n2010302,1e3,-4\n", "utf-8")
    with pytest.raises(ParseError, match="row 3 field 'initial': not an amount"):
        read_ledger_arrow(path)


@pytest.mark.parametrize("offset", [-1, 0, 1])
@pytest.mark.parametrize("cell", ["5.", "5.5"])
def test_the_body_is_searched_across_the_pieces_it_is_read_in(
    tmp_path: Path, offset: int, cell: str
) -> None:
    """The body is searched 8 MiB at a time: a bare point (``5.``) on either side of the cut
    is found, and a point with its digit on the other side of the cut is not one."""
    piece = 1 << 23
    header = "code,executed\n"
    odd = f"2010301,{cell}\n"
    filler = piece + offset - odd.index(".")  # the point at body offset piece + offset
    wide = filler % 13  # lines of 14 bytes, the rest of 13
    narrow = (filler - 14 * wide) // 13
    text = header + "2010301,11.25\n" * wide + "2010301,1.25\n" * narrow + odd
    text += "2010301,1.25\n"
    assert text.index(".", len(header) + filler) == len(header) + piece + offset
    path = tmp_path / "lines.csv"
    path.write_text(text, "utf-8")
    if cell == "5.":
        row = wide + narrow + 2
        with pytest.raises(ParseError, match=f"row {row} field 'executed': not an amount"):
            read_ledger_arrow(path)
    else:
        total = D("11.25") * wide + D("1.25") * (narrow + 1) + D("5.5")
        assert read_ledger_arrow(path).total().value == total
