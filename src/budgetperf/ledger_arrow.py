"""Ledgers on Apache Arrow: millions of budget lines read, rolled up and shared exactly.

``pip install 'budgetperf[arrow]'`` (pyarrow). The budget lines of a CSV or Parquet file are
read into an Arrow table with a ``decimal128`` column per amount (never through a float), and
rolled up to 项/款/类, by economic class, nature, basic/project, funding source and fund type
into Arrow tables with the sums, the number of lines, each row's share of the total both ways
and the completion and execution rates. Every figure is the one the pure-Python
:class:`~budgetperf.ledger.Ledger` gives for the same lines, to the last digit:

* sums are exact: Arrow adds the ``decimal128`` columns (integers of one scale), and a column
  whose sum could pass 38 digits is added as ``decimal256`` (Arrow's ``decimal128`` sum wraps
  around silently on overflow); a sum of more than 34 significant digits raises
  :class:`~budgetperf.errors.RoundingRequired`, as the Ledger's does;
* shares and rates are computed from the grouped sums (:func:`shares_and_rates`) by Arrow's
  integer kernels on the sums' unscaled int64 integers — an exact quotient and remainder
  per row, and the rounding mode's rule applied to them —, never with Arrow's rounding
  (``round_mode='half_up'`` rounds towards +∞: −0.025 → −0.02, where 四舍五入 gives −0.03) or
  its decimal division (which truncates); where an integer could pass 64 bits, with the
  Ledger's own Python ``Decimal`` code.

A sum is equal to the Ledger's as a number; it is written with the column's scale (the most
decimals of the column's cells; for a file read as decimals, those of its first lines, when
later cells add only zeros), so a group whose cells are all whole numbers reads ``5.00``
where the Ledger, adding ``Decimal('5')`` cells, shows ``5``. A negative zero (``-0.00``) is
read as zero.

What is read is what :func:`~budgetperf.ledger_csv.read_ledger_csv` reads, or the same error
naming file, row and column. A CSV file whose amount cells are plain numbers is read by
Arrow straight into ``decimal128`` columns, while its body is searched for the numbers
Arrow's parser takes and the CSV reader reads otherwise (an exponent, ``5.``; see
:func:`_search_body`); any other file is read as text, its plain numbers checked and
converted by Arrow column by column, and every other amount cell ("628.95万元",
"¥4,419.00") and every bad cell go through the CSV reader's own per-cell function. A file
Arrow's CSV parser would read differently from the :mod:`csv` module (a blank line, a row
with too many or too few cells, a NUL or other control character, a cell longer than csv's
limit, a file that is not UTF-8) is read by :func:`~budgetperf.ledger_csv.read_ledger_csv`
itself and converted, so the result is the same, only slower.

>>> import io
>>> lines = read_ledger_arrow(io.StringIO(
...     "code,initial,executed\\n2010301,676.59,405.71\\n2010399,0,124.66\\n2060199,0,71.67\\n"))
>>> table = lines.rollup(CodeLevel.LEI)
>>> table.column("key").to_pylist(), table.column("executed").to_pylist()
(['201', '206'], [Decimal('530.37'), Decimal('71.67')])
>>> table.column("share").to_pylist(), table.column("completion_rate").to_pylist()
([Decimal('88.10'), Decimal('11.90')], [Decimal('78.39'), None])
"""

from __future__ import annotations

import csv
import enum
import importlib
import io
import os
import re
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from decimal import Decimal, Inexact
from itertools import repeat
from pathlib import Path
from typing import IO, Any, Literal

import attrs

from budgetperf._decimal import CTX, EXACT, MAX_DIGITS, round_checked
from budgetperf._optional import require
from budgetperf.amounts import Amount, Unit
from budgetperf.audit import Finding
from budgetperf.classification import CodeLevel
from budgetperf.errors import (
    BudgetPerfError,
    InvalidOption,
    Location,
    NotDecimalError,
    OutOfRangeError,
    ParseError,
    RoundingRequired,
    WrongTypeError,
)
from budgetperf.exact import Rounding
from budgetperf.ledger import (
    LINE_AMOUNT_FIELDS,
    LINE_TEXT_FIELDS,
    FundingSource,
    FundType,
    Ledger,
    Nature,
    Phase,
    table_shares,
)
from budgetperf.ledger_csv import (
    CODE,
    ENUMS,
    fill,
    header_columns,
    read_ledger_csv,
    read_row,
    unreadable_row,
)
from budgetperf.rates import ZeroBase
from budgetperf.textaudit.read import FORMATS, decode, read_bytes

pa: Any = require("arrow", "pyarrow")
pc: Any = importlib.import_module("pyarrow.compute")
pcsv: Any = importlib.import_module("pyarrow.csv")

__all__ = [
    "ArrowLedger",
    "ledger_from_table",
    "ledger_to_table",
    "read_ledger_arrow",
    "shares_and_rates",
]

#: A plain number as the CSV reader reads it with ``Decimal`` (ASCII digits only: a cell of
#: other digits goes to the per-cell reader, which reads it as the CSV reader does).
_PLAIN = r"^-?[0-9]{1,18}(\.[0-9]{1,10})?$"
#: A character that makes the csv module (NUL) or the decoder (many control bytes) read a
#: file differently from Arrow: such a file is read by the CSV reader.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f]")
_CONTROL_RE2 = r"[\x00-\x08\x0e-\x1f]"
#: A functional code as the CSV reader's CODE pattern reads it (RE2, whole text).
_CODE_RE2 = "^" + CODE.pattern + "$"
_PHASE_NAMES = tuple(phase.value for phase in Phase)
_AMOUNT_FIELDS = LINE_AMOUNT_FIELDS
_TEXT_FIELDS = LINE_TEXT_FIELDS
_LIMIT_128 = 10**38
#: Types of the amount columns when a value needs more than 38 digits.
_WIDE = 76
_BASIC = {Nature.PERSONNEL.value: "基本支出", Nature.OPERATING.value: "基本支出"}


class _ReadByCsv(Exception):
    """This file is read by the CSV reader (Arrow would read it differently)."""


# -- reading ------------------------------------------------------------------------------------


def read_ledger_arrow(
    source: str | os.PathLike[str] | IO[str],
    *,
    unit: Unit = Unit.WAN_YUAN,
    bad_rows: Literal["raise", "finding"] = "raise",
) -> ArrowLedger:
    """Read budget lines from a CSV file (or text stream) or a Parquet file (``.parquet``,
    ``.parq``) into an :class:`ArrowLedger` in ``unit``.

    The columns and cells are read as :func:`~budgetperf.ledger_csv.read_ledger_csv` reads
    them (the same column names, header units, amount cells and errors naming file, row and
    column; ``bad_rows="finding"`` leaves a bad row out and says so in
    :attr:`ArrowLedger.findings`). A Parquet column of amounts may hold decimals, integers or
    text; a float column is refused (:class:`~budgetperf.errors.NotDecimalError`). Rows of a
    Parquet file are counted from 1 (it has no header row).
    """
    if bad_rows not in ("raise", "finding"):
        raise InvalidOption("bad_rows must be 'raise' or 'finding'", value=bad_rows)
    if isinstance(source, str | os.PathLike):
        path = Path(source)
        if path.suffix.lower() in (".parquet", ".parq"):
            return _read_parquet(path, unit, bad_rows)
        return _read_csv_path(path, unit, bad_rows)
    if not hasattr(source, "read"):
        raise WrongTypeError(
            f"read_ledger_arrow() takes a path or a text stream, not {type(source).__name__}",
            value=type(source).__name__,
        )
    text = source.read()
    if not isinstance(text, str):
        raise WrongTypeError("read_ledger_arrow() reads text streams", value=type(text).__name__)
    name = getattr(source, "name", "<stream>")
    try:
        return _read_csv_bytes(
            pa.py_buffer(text.encode("utf-8", "surrogatepass")), name, unit, bad_rows
        )
    except _ReadByCsv:
        ledger = read_ledger_csv(io.StringIO(text, newline=""), unit=unit, bad_rows=bad_rows)
        ledger.origin = name
        return ArrowLedger.from_ledger(ledger)


def _read_csv_path(path: Path, unit: Unit, bad_rows: Literal["raise", "finding"]) -> ArrowLedger:
    name = str(path)
    try:
        with open(path, "rb") as handle:
            head = handle.read(1 << 16)
    except (OSError, ValueError):
        read_bytes(path)  # raises the FileError every reader raises
        raise
    try:
        _head_text(head)  # UTF-8 text without control characters, or the csv reader decides
        return _read_csv_bytes(name, name, unit, bad_rows)
    except _ReadByCsv:
        return ArrowLedger.from_ledger(read_ledger_csv(path, unit=unit, bad_rows=bad_rows))


def _head_text(head: bytes) -> str:
    """The complete lines of the start of a file as text, when the one decoder
    (:func:`budgetperf.textaudit.read.decode`) reads them as UTF-8 without a bad byte, and
    they hold no control character (else _ReadByCsv: the CSV reader decides what the file
    is: UTF-16, GB18030, a binary format, a file the csv module refuses)."""
    if head.startswith(tuple(sig for sig, _ in FORMATS)):
        raise _ReadByCsv
    end = head.rfind(b"\n")
    if end < 0:
        raise _ReadByCsv
    try:
        decoded = decode(head[: end + 1])
    except ParseError:
        raise _ReadByCsv from None
    if decoded.encoding not in ("utf-8", "utf-8-sig") or decoded.bad_bytes:
        raise _ReadByCsv
    text = decoded.text.removeprefix("\ufeff")
    if _CONTROL.search(text):
        raise _ReadByCsv
    return text


def _header(source: Any) -> tuple[list[str], list[str]]:
    """The header row as the csv module reads it, from the start of the file, and the
    complete lines after it in the first 64 KiB."""
    if isinstance(source, str):
        with open(source, "rb") as handle:
            head = handle.read(1 << 16)
    else:
        head = source.to_pybytes()[: 1 << 16]
    text = _head_text(head)
    end = text.find("\n")
    line = text[:end].removesuffix("\r")
    if "\r" in line or line.count('"') % 2:
        raise _ReadByCsv  # a header Arrow and csv might split differently: leave it to csv
    header = next(csv.reader([line])) if '"' in line else line.split(",")
    return header, text[end + 1 :].splitlines()


#: At most this many decimals in an amount read as a plain number (the CSV reader's PLAIN).
_MOST_PLACES = 10
#: An amount cell of the first lines that the CSV reader reads as a plain number, in ASCII
#: digits (what Arrow's decimal parser and ``Decimal`` read alike), spaces and tabs around.
_HEAD_PLAIN = re.compile(r"[ \t]*-?[0-9]{1,18}(?:\.([0-9]{1,10}))?[ \t]*")


def _head_scales(lines: list[str], header: list[str], columns: list[Any]) -> dict[int, int]:
    """The decimals of each amount column in the first lines (at most 1,000; index → places),
    or {} when a cell there is not a plain number (then the file is read as text)."""
    amounts = [index for index, field, _ in columns if field in _AMOUNT_FIELDS]
    scales = dict.fromkeys(amounts, 0)
    for row in csv.reader(lines[:1000]):
        if len(row) != len(header):
            return {}
        for index in amounts:
            cell = row[index]
            if not cell:
                continue
            found = _HEAD_PLAIN.fullmatch(cell)
            if found is None:
                return {}
            scales[index] = max(scales[index], len(found.group(1) or ""))
    return scales


#: A point with no digit after it (``5.``): Arrow's decimal parser reads it, the CSV reader
#: refuses it. RE2 finds it fast (it looks for the literal point first).
_BARE_POINT = r"\.(?:[^0-9]|$)"
#: Below this, an amount read by Arrow is one the CSV reader reads as the same number
#: (PLAIN allows 18 digits before the point; past them it would ask ``parse_amount``).
_PLAIN_LIMIT = Decimal(10) ** 18


def _body_pieces(source: Any, size: int = 1 << 23) -> Any:
    """The file's body (after the header line) in pieces: (a bytearray, its length used,
    whether it is the last piece). Each piece but the first starts with the last byte of the
    one before, so that a point and the byte after it are always seen together. The pieces
    are read into one buffer (no copy of the file is kept)."""
    if not isinstance(source, str):
        data = source.to_pybytes()
        body = bytearray(data[data.find(b"\n") + 1 :])
        yield body, len(body), True
        return
    with open(source, "rb") as handle:
        handle.readline()
        buffer = bytearray(size)
        view = memoryview(buffer)
        start = 0
        while True:
            read = handle.readinto(view[start:])
            end = start + read
            last = end < size
            yield buffer, end, last
            if last:
                return
            buffer[0] = buffer[end - 1]
            start = 1


def _search_body(source: Any) -> tuple[bool, bool]:
    """Whether the file's body has no cell Arrow's decimal parser reads that the CSV reader
    reads otherwise, and whether it has a quote (then a value may hold a line break, and
    Arrow must read it allowing that, more slowly).

    Arrow's parser takes ``[spaces][sign]digits[.digits][e[sign]digits][spaces]`` with the
    digits on either side of the point optional. The CSV reader reads ``-?digits{1,18}
    (.digits{1,10})?`` after stripping spaces with ``Decimal`` and anything else with
    :func:`~budgetperf.amounts.parse_amount`, which reads ``+5``, ``.5``, ``-.5``, leading
    zeros and more decimals (``1.50000000000``) as the same numbers Arrow reads, and refuses
    an exponent (``1e3``) and a bare point (``5.``). So the body must hold no ``e`` or ``E``
    (``memchr``) and no point without a digit after it (RE2, which looks for the literal
    point first, outside the GIL); a value of 10**18 or more is looked for in the decimals
    afterwards. A match in a text column only sends the file down the slower path."""
    quoted = False
    for buffer, end, last in _body_pieces(source):
        quoted = quoted or buffer.find(b'"', 0, end) >= 0
        if buffer.find(b"e", 0, end) >= 0 or buffer.find(b"E", 0, end) >= 0:
            return False, quoted
        data = pa.py_buffer(buffer)
        offsets = pa.array([0, end], pa.int64()).buffers()[1]
        text = pa.Array.from_buffers(pa.large_binary(), 1, [None, offsets, data])
        pattern = _BARE_POINT if last else r"\.[^0-9]"
        found = pc.any(pc.match_substring_regex(text, pattern)).as_py()
        del text, data  # the buffer is read into again
        if found:
            return False, quoted
    return True, quoted


def _read_decimals(
    source: Any, header: list[str], columns: list[Any], lines: list[str]
) -> tuple[Any, dict[int, Decimal | None]] | None:
    """The file read by Arrow with its amount columns as ``decimal128`` (the scale of the
    first lines) and its codes as text, while the body is searched for the numbers the CSV
    reader reads otherwise; None when a cell does not parse at that scale or such a number is
    there (then every column is read as text and checked cell by cell). With the table, the
    largest magnitude of each amount column (by index), which the sums need too."""
    scales = _head_scales(lines, header, columns)
    if not scales or max(scales.values()) > _MOST_PLACES:
        return None
    types = {title: pa.string() for title in header}
    for index, scale in scales.items():
        types[header[index]] = pa.decimal128(38, scale)
    convert = pcsv.ConvertOptions(
        column_types=types,
        null_values=[""],
        strings_can_be_null=False,
        quoted_strings_can_be_null=False,
    )

    def read(newlines: bool) -> Any | None:
        options = pcsv.ParseOptions(newlines_in_values=newlines, ignore_empty_lines=False)
        try:
            return pcsv.read_csv(source, parse_options=options, convert_options=convert)
        except (pa.ArrowInvalid, UnicodeDecodeError):
            return None

    with ThreadPoolExecutor(max_workers=1) as pool:  # ends with this call
        searched = pool.submit(_search_body, source)
        raw = read(newlines=False)
        plain, quoted = searched.result()
    if not plain:
        return None
    if quoted:
        raw = read(newlines=True)
    if raw is None:
        return None
    largest = {index: _largest(raw.column(index)) for index in scales}
    if any(value is not None and value >= _PLAIN_LIMIT for value in largest.values()):
        return None
    return raw, largest


def _read_csv_bytes(
    source: Any, name: str, unit: Unit, bad_rows: Literal["raise", "finding"]
) -> ArrowLedger:
    """Read with Arrow's CSV reader (amounts as decimals, or every column as text), or raise
    _ReadByCsv."""
    header, lines = _header(source)
    columns = header_columns(header, unit, name)
    largest: dict[int, Decimal | None] = {}
    fast = _read_decimals(source, header, columns, lines)
    if fast is not None:
        raw, largest = fast
    else:
        options = pcsv.ParseOptions(newlines_in_values=True, ignore_empty_lines=False)
        types = {title: pa.string() for title in header}
        code_title = header[next(index for index, field, _ in columns if field == "code")]
        types[code_title] = pa.dictionary(pa.int32(), pa.string())
        try:
            raw = pcsv.read_csv(
                source,
                parse_options=options,
                convert_options=pcsv.ConvertOptions(
                    column_types=types, strings_can_be_null=False, quoted_strings_can_be_null=False
                ),
            )
        except (pa.ArrowInvalid, UnicodeDecodeError):
            raise _ReadByCsv from None
    if raw.column_names != header:
        raise _ReadByCsv
    limit = csv.field_size_limit()
    for index, field, _ in columns:
        column = raw.column(index)
        if field == "code" or pa.types.is_decimal(column.type):
            continue  # codes are checked with the distinct codes; decimals parsed
        control = field not in _AMOUNT_FIELDS and column.num_chunks
        if control and pc.any(pc.match_substring_regex(column, _CONTROL_RE2)).as_py():
            raise _ReadByCsv
        longest = pc.max(pc.binary_length(column)).as_py() if len(column) else 0
        if longest is not None and longest > limit:
            raise _ReadByCsv
    read = {index for index, _, _ in columns}
    for index in range(len(header)):
        column = raw.column(index)
        unread = index not in read and len(column)
        if unread and pc.any(pc.match_substring_regex(column, _CONTROL_RE2)).as_py():
            raise _ReadByCsv
    return _lines(raw, header, columns, 2, name, unit, bad_rows, csv_file=True, largest=largest)


def _read_parquet(path: Path, unit: Unit, bad_rows: Literal["raise", "finding"]) -> ArrowLedger:
    pq = importlib.import_module("pyarrow.parquet")  # pyarrow is there: see require above
    name = str(path)
    read_bytes(path)[:0]  # a missing or unreadable file: the FileError every reader raises
    try:
        raw = pq.read_table(path)
    except (pa.ArrowInvalid, OSError) as exc:
        raise ParseError(f"not readable as Parquet ({exc})", value=name) from None
    return ledger_table(raw, unit=unit, origin=name, bad_rows=bad_rows, first_row=1)


def ledger_table(
    raw: Any,
    *,
    unit: Unit,
    origin: str | None,
    bad_rows: Literal["raise", "finding"] = "raise",
    first_row: int = 1,
) -> ArrowLedger:
    """An :class:`ArrowLedger` from an Arrow table of budget lines with any of the CSV
    reader's column names (decimal, integer or text amounts; text or integer codes)."""
    if isinstance(raw, pa.RecordBatch):
        raw = pa.Table.from_batches([raw])
    name = origin or "<table>"
    header = [str(title) for title in raw.column_names]
    columns = header_columns(header, unit, name)
    fields: dict[int, str] = {index: field for index, field, _ in columns}
    arrays = []
    for index, title in enumerate(header):
        column = raw.column(index)
        kind = column.type
        if pa.types.is_dictionary(kind):
            column = column.cast(kind.value_type)
            kind = kind.value_type
        if pa.types.is_floating(kind) and index in fields:
            raise NotDecimalError(
                "a float column cannot hold money exactly: store amounts as decimal, integer "
                "or text",
                value=title,
                location=Location(file=name, field=title),
            )
        if (
            fields.get(index) == "code"
            or not (
                pa.types.is_decimal(kind)
                or pa.types.is_string(kind)
                or pa.types.is_large_string(kind)
            )
            or pa.types.is_large_string(kind)
        ):
            column = column.cast(pa.string())
        if fields.get(index) == "code":
            column = column.fill_null("").dictionary_encode()
        elif not pa.types.is_decimal(column.type):
            column = column.fill_null("")
        arrays.append(column)
    table = pa.Table.from_arrays(arrays, names=header)
    return _lines(table, header, columns, first_row, name, unit, bad_rows)


# -- the columns --------------------------------------------------------------------------------


def _by_distinct(column: Any, parse: Callable[[str], object]) -> tuple[Any, list[int]]:
    """``parse`` each distinct text of ``column`` once: the parsed column (text or null) and
    the indices of the distinct texts that ``parse`` refused (ValueError)."""
    encoded = column.combine_chunks() if hasattr(column, "combine_chunks") else column
    if not pa.types.is_dictionary(encoded.type):
        encoded = encoded.dictionary_encode()
    distinct = encoded.dictionary.to_pylist()
    parsed: list[object] = []
    refused: list[int] = []
    for position, text in enumerate(distinct):
        try:
            parsed.append(parse(text))
        except ValueError:
            parsed.append(None)
            refused.append(position)
    values = pa.array(parsed, pa.string())
    return pc.take(values, encoded.indices), refused


def _bad_rows_of(encoded_indices: Any, refused: list[int]) -> Any:
    return pc.is_in(encoded_indices, value_set=pa.array(refused, pa.int32()))


def _decimal_type(digits: int, scale: int) -> Any:
    if digits <= 38:
        return pa.decimal128(38, scale)
    if digits <= _WIDE:
        return pa.decimal256(_WIDE, scale)
    raise OutOfRangeError(f"an amount needs {digits} digits at scale {scale}", value=digits)


def _largest(column: Any) -> Decimal | None:
    """The largest magnitude in a decimal column (None when it has no value)."""
    if not len(column):
        return None
    low, high = (v.as_py() for v in pc.min_max(column).values())
    return None if low is None else max(-low, high)


def _digits(value: Decimal, scale: int) -> int:
    """Digits of ``value`` written with ``scale`` decimals."""
    return max(value.adjusted() + 1, 1) + scale


def _plain_amounts(column: Any, shift: int) -> tuple[Any, Any, Any, int]:
    """The plain cells of a text column read as decimals of ``10**shift`` times their value:
    (decimals with null where not plain, mask of plain cells, mask of other non-empty cells,
    scale)."""
    first = column[0].as_py() if len(column) else ""
    point = first.find(".")
    decimals = len(first) - point - 1 if point >= 0 else 0
    if 0 < decimals <= 10:  # most files: every cell a plain number with the first's decimals
        uniform = rf"^-?[0-9]{{1,18}}\.[0-9]{{{decimals}}}$"
        if pc.all(pc.match_substring_regex(column, uniform)).as_py():
            read = pc.cast(column, pa.decimal128(38, decimals))
            scale = decimals
            if shift:
                read, scale = _shifted(read, scale, shift)
            everything = pa.repeat(pa.scalar(True), len(column))
            return read, everything, pc.invert(everything), scale
    plain = pc.match_substring_regex(column, _PLAIN)
    empty = pc.equal(column, "")
    other = pc.invert(pc.or_(plain, empty))
    point = pc.find_substring(column, ".")
    places = pc.if_else(
        pc.and_(plain, pc.greater_equal(point, 0)),
        pc.subtract(pc.subtract(pc.utf8_length(column), point), 1),
        0,
    )
    scale = pc.max(places).as_py() or 0
    cells = pc.if_else(plain, column, pa.scalar(None, pa.string()))
    read = pc.cast(cells, pa.decimal128(38, scale))
    if shift:
        read, scale = _shifted(read, scale, shift)
    return read, plain, other, scale


def _shifted(column: Any, scale: int, shift: int) -> tuple[Any, int]:
    """``column`` × 10**shift exactly: the same integers read at another scale."""
    new_scale = scale - shift
    kind = (
        pa.decimal128(38, new_scale)
        if column.type.bit_width == 128
        else pa.decimal256(_WIDE, new_scale)
    )
    chunks = [
        pa.Array.from_buffers(kind, len(chunk), chunk.buffers(), chunk.null_count, chunk.offset)
        for chunk in (column.chunks if hasattr(column, "chunks") else [column])
    ]
    moved = pa.chunked_array(chunks, kind)
    if new_scale < 0:
        moved = moved.cast(
            pa.decimal128(38, 0) if kind.bit_width == 128 else pa.decimal256(_WIDE, 0)
        )
        new_scale = 0
    return moved, new_scale


def _rescaled(column: Any, scale: int) -> Any:
    kind = column.type
    if kind.scale == scale:
        return column
    wide = kind.bit_width == 256 or kind.precision - kind.scale + scale > 38
    return column.cast(pa.decimal256(_WIDE, scale) if wide else pa.decimal128(38, scale))


def _lines(
    raw: Any,
    header: list[str],
    columns: list[tuple[int, str, Unit]],
    first_row: int,
    name: str,
    unit: Unit,
    bad_rows: Literal["raise", "finding"],
    *,
    csv_file: bool = False,
    largest: dict[int, Decimal | None] | None = None,
) -> ArrowLedger:
    """The lines table from the columns read (text, or decimals from Parquet): each column
    checked and converted as the CSV reader converts its cells, the rows it cannot read
    raised or left out (and said). ``largest``: the largest magnitude of decimal columns
    already known (by index), kept for the sums."""
    out: dict[str, Any] = {}
    # The text columns of amounts are checked and cast by Arrow's kernels, which release the
    # GIL: one thread per column (the pool ends with this call; nothing is left running).
    with ThreadPoolExecutor(max_workers=min(4, os.cpu_count() or 1)) as pool:
        pending = {
            field: pool.submit(
                _plain_amounts, raw.column(index), column_unit.exponent - unit.exponent
            )
            for index, field, column_unit in columns
            if field in _AMOUNT_FIELDS and not pa.types.is_decimal(raw.column(index).type)
        }
        return _lines_read(
            raw,
            header,
            columns,
            first_row,
            name,
            unit,
            bad_rows,
            csv_file,
            out,
            pending,
            largest or {},
        )


def _lines_read(
    raw: Any,
    header: list[str],
    columns: list[tuple[int, str, Unit]],
    first_row: int,
    name: str,
    unit: Unit,
    bad_rows: Literal["raise", "finding"],
    csv_file: bool,
    out: dict[str, Any],
    pending: dict[str, Future[tuple[Any, Any, Any, int]]],
    largest: dict[int, Decimal | None],
) -> ArrowLedger:
    count = raw.num_rows
    suspects = None  # a mask of the rows with a cell the CSV reader may refuse
    special: dict[str, tuple[Any, Unit, int]] = {}  # amount field → (other-cells mask, unit, index)
    for index, field, column_unit in columns:
        column = raw.column(index)
        if field == "code":
            if not count:
                out[field] = pa.array([], column.type)
                continue
            if pa.types.is_dictionary(column.type):
                column = column.unify_dictionaries().combine_chunks()
            out[field] = column  # checked below, on its distinct values
        elif field in ENUMS:
            choices = ENUMS[field]

            def member(text: str, choices: dict[str, enum.Enum] = choices) -> str | None:
                stripped = text.strip()
                found = choices.get(stripped) if stripped else None
                if stripped and found is None:
                    raise ValueError(stripped)
                return None if found is None else str(found.value)

            members, refused = _by_distinct(column, member)
            if refused:
                encoded = column.combine_chunks().dictionary_encode()
                found = _bad_rows_of(encoded.indices, refused)
                suspects = found if suspects is None else pc.or_(suspects, found)
            out[field] = members
        elif field in _AMOUNT_FIELDS:
            shift = column_unit.exponent - unit.exponent
            if pa.types.is_decimal(column.type):
                read = column
                scale = column.type.scale
                if shift:
                    read, scale = _shifted(read, scale, shift)
                other = None
            else:
                read, _, other, scale = pending[field].result()
                if not pc.any(other).as_py():
                    other = None
            if other is not None:
                special[field] = (other, column_unit, index)
            out[field] = (read, scale)
        else:
            out[field], _ = _by_distinct(column, lambda text: text.strip() or None)
    # The cells that are not plain numbers, read one by one as the CSV reader reads them.
    errors: dict[int, BudgetPerfError] = {}
    for field, (other, column_unit, index) in special.items():
        positions = pc.indices_nonzero(other).to_pylist()
        cells = pc.take(raw.column(index), positions).to_pylist()
        values: list[Decimal | None] = []
        kept: list[int] = []
        row_numbers = [first_row + position for position in positions]
        for position, cell, number in zip(positions, cells, row_numbers, strict=True):
            if csv_file and _CONTROL.search(cell):
                raise _ReadByCsv
            try:
                values.append(_amount_cell(cell, column_unit, unit, name, number, header[index]))
                kept.append(position)
            except BudgetPerfError as exc:
                errors.setdefault(position, exc)
        read, scale = out[field]
        if values:
            scale = max([scale, *(-int(v.as_tuple().exponent) for v in values if v is not None)])
            scale = max(scale, 0)
            read = _rescaled(read, scale)
            digits = max((_digits(v, scale) for v in values if v is not None), default=1)
            if digits > read.type.precision:
                read = read.cast(_decimal_type(digits, scale))
            mask = _at(count, kept)
            read = pc.replace_with_mask(read.combine_chunks(), mask, pa.array(values, read.type))
        out[field] = (read, scale)
    derive = [f for f in ("increase", "decrease") if f in out]
    if count and "code" in out:
        # The codes are checked on their distinct values. When every other cell is read, the
        # distinct codes are the keys of the sums by code, which every roll-up needs: they
        # are added up now, once, and kept by the ledger.
        codes = out["code"]
        ledger = None
        if not errors and suspects is None and not derive:
            table = _assemble(out, count, {})
            ledger = ArrowLedger(table, unit, name, (), first_row=first_row)
            for index, field, column_unit in columns:
                known = largest.get(index)
                if known is not None and field in table.column_names:
                    shift = column_unit.exponent - unit.exponent  # as _shifted moved it
                    ledger._cache["largest:" + field] = known.scaleb(shift, EXACT)
            distinct = ledger._by_code().column("key")
        elif pa.types.is_dictionary(codes.type):
            distinct = codes.dictionary
        else:
            distinct = pc.unique(codes)
        unknown = _refused_codes(distinct, csv_file)
        if unknown is None and ledger is not None:
            return ledger
        if unknown is not None:
            found = pc.is_in(codes, value_set=unknown)
            suspects = found if suspects is None else pc.or_(suspects, found)
    bad = sorted(set(errors))
    if suspects is not None:
        bad = sorted(set(bad) | set(pc.indices_nonzero(suspects).to_pylist()))
    # 全年预算数 from 调增/调减, row by row (files with those columns are small).
    if derive:
        given = None
        for field in derive:
            valid = pc.is_valid(out[field][0])
            given = valid if given is None else pc.or_(given, valid)
        bad = sorted(set(bad) | set(pc.indices_nonzero(given).to_pylist()))
    findings: list[Finding] = []
    patches: dict[int, dict[str, Any]] = {}
    if bad:
        for position in bad:
            cells = [_cell_text(raw.column(i)[position].as_py()) for i in range(len(header))]
            number = first_row + position
            try:
                patches[position] = read_row(cells, header, columns, name, number, unit)
            except BudgetPerfError as exc:
                if bad_rows == "raise":
                    raise
                findings.append(unreadable_row(exc, name, number))
    dropped = sorted(set(bad) - set(patches))
    table = _assemble(out, count, patches)
    if dropped:  # the file row of each line kept
        table = table.add_column(0, "row", pc.add(_index(count), first_row))
    if dropped:
        table = table.filter(pc.invert(_at(count, dropped)))
    return ArrowLedger(table, unit, name, tuple(findings), first_row=first_row)


def _refused_codes(distinct: Any, csv_file: bool) -> Any | None:
    """The distinct codes the CSV reader refuses (None when it refuses none); _ReadByCsv for
    an empty code in a CSV file (a blank line, or an empty cell: the csv reader says which)."""
    distinct = distinct.combine_chunks() if isinstance(distinct, pa.ChunkedArray) else distinct
    if csv_file and pc.any(pc.equal(distinct, "")).as_py():
        raise _ReadByCsv
    good = pc.match_substring_regex(distinct, _CODE_RE2)
    if pc.all(good).as_py() in (True, None):
        return None
    return pc.filter(distinct, pc.invert(good))


def _index(count: int) -> Any:
    """0, 1, … count − 1 as an int64 array (built by Arrow, not from a Python range)."""
    if not count:
        return pa.array([], pa.int64())
    return pc.subtract(pc.cumulative_sum(pa.repeat(pa.scalar(1, pa.int64()), count)), 1)


def _at(count: int, positions: list[int]) -> Any:
    """A mask of ``count`` rows, true at ``positions``."""
    return pc.is_in(_index(count), value_set=pa.array(positions, pa.int64()))


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


def _amount_cell(
    cell: str, column_unit: Unit, unit: Unit, name: str, number: int, title: str
) -> Decimal | None:
    from budgetperf.ledger_csv import amount_cell

    return amount_cell(cell, column_unit, unit, name, number, title)


def _assemble(out: dict[str, Any], count: int, patches: dict[int, dict[str, Any]]) -> Any:
    """The lines table: row, code, the text columns, the amount columns (adjusted derived)."""
    names: list[str] = []
    arrays: list[Any] = []
    for field in _TEXT_FIELDS:
        if field in out:
            column = out[field]
            if patches and field != "code":
                column = _patched_text(column, patches, field, count)
            names.append(field)
            arrays.append(column)
    amounts = {f: v for f, v in out.items() if f in _AMOUNT_FIELDS}
    if patches and ("increase" in amounts or "decrease" in amounts or "adjusted" in amounts):
        amounts.setdefault("adjusted", (pa.nulls(count, pa.decimal128(38, 0)), 0))
    for field in ("increase", "decrease"):
        amounts.pop(field, None)  # kept in 全年预算数, as the CSV reader keeps them
    for field in _AMOUNT_FIELDS:
        if field not in amounts:
            continue
        column, scale = amounts[field]
        if patches:
            column = _patched_amounts(column, scale, patches, field, count)
        names.append(field)
        arrays.append(column)
    return pa.Table.from_arrays(arrays, names=names)


def _patched_text(column: Any, patches: dict[int, dict[str, Any]], field: str, count: int) -> Any:
    positions = sorted(patches)
    values = []
    for p in positions:
        value = patches[p].get(field)
        values.append(
            value.value if isinstance(value, FundingSource | FundType | Nature) else value
        )
    base = column.combine_chunks() if hasattr(column, "combine_chunks") else column
    return pc.replace_with_mask(base, _at(count, positions), pa.array(values, base.type))


def _patched_amounts(
    column: Any, scale: int, patches: dict[int, dict[str, Any]], field: str, count: int
) -> Any:
    positions = sorted(patches)
    values: list[Decimal | None] = [patches[p].get(field) for p in positions]
    known = [v for v in values if v is not None]
    new_scale = max([scale, *(-int(v.as_tuple().exponent) for v in known)])
    new_scale = max(new_scale, 0)
    base = _rescaled(column, new_scale)
    digits = max((_digits(v, new_scale) for v in known), default=1)
    if digits > base.type.precision:
        base = base.cast(_decimal_type(digits, new_scale))
    base = base.combine_chunks() if hasattr(base, "combine_chunks") else base
    return pc.replace_with_mask(base, _at(count, positions), pa.array(values, base.type))


# -- the ledger ---------------------------------------------------------------------------------


@attrs.frozen(eq=False)
class ArrowLedger:
    """Budget lines as an Arrow table, with the roll-ups of :class:`~budgetperf.ledger.Ledger`.

    ``table`` has a ``row`` column (the file row of each line) when rows were left out
    (else line ``i`` is on row ``first_row + i``), ``code`` (text; dictionary-encoded
    when read from Parquet or a Ledger), the text columns the file has (``economic_code``,
    ``name``, ``source``, ``fund``, ``nature`` — the Chinese names of the members —,
    ``project_code``, ``reason``) and a
    decimal column per amount the file has (``initial``, ``adjusted``, ``executed``,
    ``carryover``, ``previous``; 调增 and 调减 are kept in ``adjusted``, as the CSV reader
    keeps them). ``findings`` are the rows left out when read (``bad_rows="finding"``).
    """

    table: Any
    unit: Unit = Unit.WAN_YUAN
    origin: str | None = None
    findings: tuple[Finding, ...] = ()
    catalogue: object | None = None
    #: The file row of the first line when the table has no ``row`` column (2 for a CSV file:
    #: its header is row 1); None when the lines come from no file.
    first_row: int | None = None
    _cache: dict[str, Any] = attrs.field(factory=dict, init=False, repr=False)

    @classmethod
    def from_ledger(cls, ledger: Ledger) -> ArrowLedger:
        """The lines of a pure-Python :class:`~budgetperf.ledger.Ledger` (the same figures)."""
        return cls(
            ledger_to_table(ledger),
            ledger.unit,
            ledger.origin,
            tuple(ledger._read_findings),
        )

    def to_ledger(self, *, year: int | None = None, catalogue: object | None = None) -> Ledger:
        """The same lines as a pure-Python :class:`~budgetperf.ledger.Ledger`."""
        ledger = ledger_from_table(self.table, unit=self.unit, year=year, catalogue=catalogue)
        if ledger._file_rows is None and self.first_row is not None:
            ledger._file_rows = range(self.first_row, self.first_row + len(ledger))
        ledger.origin = self.origin
        ledger._read_findings = list(self.findings)
        return ledger

    def __len__(self) -> int:
        return int(self.table.num_rows)

    # -- sums ---------------------------------------------------------------------------------
    def _amount(self, field: str) -> Any:
        """The amount column, as ``decimal256`` when its sum could pass 38 digits."""
        key = "amount:" + field
        if key not in self._cache:
            column = self.table.column(field)
            kind = column.type
            if kind.bit_width == 128 and len(column):
                known = "largest:" + field
                largest = self._cache[known] if known in self._cache else _largest(column)
                if (
                    largest is not None
                    and int(largest.scaleb(kind.scale)) * len(column) >= _LIMIT_128
                ):
                    column = column.cast(pa.decimal256(_WIDE, kind.scale))
            self._cache[key] = column
        return self._cache[key]

    def _phases(self) -> list[str]:
        return [f for f in _PHASE_NAMES if f in self.table.column_names]

    def total(self, phase: Phase = Phase.EXECUTED) -> Amount:
        """The sum of every line's amount in ``phase`` (missing amounts left out)."""
        if phase.value not in self.table.column_names:
            return Amount(Decimal(0), self.unit)
        found = pc.sum(self._amount(phase.value)).as_py()
        return Amount(_checked(Decimal(0) if found is None else found), self.unit)

    def _group(self, keys: Any) -> Any:
        """Sums of each phase and the number of lines per key (a null key leaves a line out),
        sorted by key."""
        phases = self._phases()
        data = pa.table({"key": keys, **{f: self._amount(f) for f in phases}})
        if keys.null_count:
            data = data.filter(pc.is_valid(keys))
        grouped = data.group_by("key").aggregate([(f, "sum") for f in phases] + [("key", "count")])
        grouped = grouped.rename_columns(
            [
                {"key_count": "lines", **{f + "_sum": f for f in phases}}.get(n, n)
                for n in grouped.column_names
            ]
        )
        if pa.types.is_dictionary(grouped.column("key").type):
            grouped = grouped.set_column(0, "key", grouped.column("key").cast(pa.string()))
        grouped = grouped.sort_by("key")
        return grouped.select(["key", "lines", *phases])

    def _by_code(self) -> Any:
        if "code" not in self._cache:
            self._cache["code"] = self._group(self.table.column("code"))
        return self._cache["code"]

    def _finish(self, grouped: Any) -> Any:
        """The grouped sums checked (34 digits, as the Ledger's), with labels, as decimal128
        where they fit."""
        arrays = [
            grouped.column("key"),
            self._labels(grouped.column("key")),
            grouped.column("lines"),
        ]
        names = ["key", "label", "lines"]
        for field in self._phases():
            column = grouped.column(field)
            scale = column.type.scale
            largest = _largest(column)
            digits = 1 if largest is None else _digits(largest, scale)
            if digits > MAX_DIGITS:  # then each sum is checked: trailing zeros do not count
                for value in column.to_pylist():
                    if value is not None:
                        _checked(value)
            arrays.append(column.cast(_decimal_type(digits, scale)))
            names.append(field)
        return pa.Table.from_arrays(arrays, names=names)

    def _labels(self, keys: Any) -> Any:
        """The label of each key, as :meth:`Ledger._labels <budgetperf.ledger.Ledger>` gives
        it: looked up by Arrow in the catalogue's and the lines' names for keys of ASCII
        digits (a code: its name in the catalogue, else in the lines, else the code), and by
        the Ledger for the other keys (few: 人员经费, a fund)."""
        from budgetperf.classification import Catalogue, bundled_catalogue

        keys = keys.combine_chunks() if isinstance(keys, pa.ChunkedArray) else keys
        names = self._names()
        helper = Ledger(unit=self.unit, catalogue=self.catalogue, names=names)
        catalogue = bundled_catalogue() if self.catalogue is None else self.catalogue
        if type(catalogue) is not Catalogue or not len(keys):
            return pa.array(helper._labels(keys.to_pylist()), pa.string())
        if "catalogue" not in self._cache:
            known = {subject.code: subject.name for subject in catalogue}
            self._cache["catalogue"] = (
                pa.array(list(known), pa.string()),
                pa.array([name or None for name in known.values()], pa.string()),
                pa.array(list(names), pa.string()),
                pa.array(list(names.values()), pa.string()),
            )
        codes, code_names, named, given = self._cache["catalogue"]
        labels = pc.coalesce(
            pc.take(code_names, pc.index_in(keys, value_set=codes)),
            pc.take(given, pc.index_in(keys, value_set=named)),
            keys,
        )
        code = pc.match_substring_regex(keys, "^[0-9]+$")
        if pc.all(code).as_py():
            return labels
        others = pc.indices_nonzero(pc.invert(code))
        found = helper._labels(pc.take(keys, others).to_pylist())
        mask = pc.invert(code)
        return pc.replace_with_mask(labels, mask, pa.array(found, pa.string()))

    def _names(self) -> dict[str, str]:
        """The first name of each code in the lines' ``name`` column (as the Ledger keeps)."""
        names: dict[str, str] = {}
        if "name" in self.table.column_names:
            if "names" not in self._cache:
                firsts = (
                    pa.table(
                        {
                            "code": self.table.column("code"),
                            "name": self.table.column("name"),
                            "i": pa.array(range(len(self)), pa.int64()),
                        }
                    )
                    .filter(pc.is_valid(self.table.column("name")))
                    .group_by("code", use_threads=False)
                    .aggregate([("i", "min")])
                )
                order = pc.take(self.table.column("name"), firsts.column("i_min"))
                pairs = sorted(
                    zip(
                        firsts.column("i_min").to_pylist(),
                        firsts.column("code").cast(pa.string()).to_pylist(),
                        order.to_pylist(),
                        strict=True,
                    )
                )
                self._cache["names"] = {code: name for _, code, name in pairs}
            names = self._cache["names"]
        return names

    # -- roll-ups -------------------------------------------------------------------------------
    def rollup(
        self,
        level: CodeLevel = CodeLevel.XIANG,
        *,
        phase: Phase = Phase.EXECUTED,
        places: int = 2,
        mode: Rounding = Rounding.HALF_UP,
        zero_base: ZeroBase = ZeroBase.UNDEFINED,
    ) -> Any:
        """Lines added up by functional code at ``level``, as :meth:`Ledger.rollup
        <budgetperf.ledger.Ledger.rollup>` then :meth:`Ledger.table
        <budgetperf.ledger.Ledger.table>`: a ``pyarrow.Table`` with ``key``, ``label``,
        ``lines``, a sum per phase, ``share``, ``share_each``, ``completion_rate`` and
        ``execution_rate`` (see :func:`shares_and_rates`)."""
        by_code = self._by_code()
        width = level.length
        codes = by_code.column("key")
        lengths = pc.utf8_length(codes)
        if pc.all(pc.equal(lengths, width)).as_py() in (True, None):
            grouped = by_code
        else:
            keys = pc.if_else(
                pc.greater_equal(lengths, width),
                pc.utf8_slice_codeunits(codes, 0, width),
                pa.scalar(None, pa.string()),
            )
            grouped = self._regroup(by_code, keys)
        return shares_and_rates(
            self._finish(grouped), phase=phase, places=places, mode=mode, zero_base=zero_base
        )

    def _regroup(self, grouped: Any, keys: Any) -> Any:
        phases = self._phases()
        data = {
            "key": keys,
            "lines": grouped.column("lines"),
            **{f: grouped.column(f) for f in phases},
        }
        again = (
            pa.table(data)
            .filter(pc.is_valid(keys))
            .group_by("key")
            .aggregate([(f, "sum") for f in phases] + [("lines", "sum")])
        )
        again = again.rename_columns([n.removesuffix("_sum") for n in again.column_names])
        return again.sort_by("key").select(["key", "lines", *phases])

    def _by_text(self, field: str, key: Callable[[str], str | None], **options: Any) -> Any:
        if field not in self.table.column_names:
            keys = pa.nulls(len(self), pa.string())
        else:
            keys, _ = _by_distinct(
                self.table.column(field).fill_null(""), lambda t: key(t) if t else None
            )
        return shares_and_rates(self._finish(self._group(keys)), **options)

    def by_economic(self, level: int = 3, **options: Any) -> Any:
        """Lines added up by economic code: its first 3 digits (类) or all 5 (款)."""
        return self._by_text(
            "economic_code", lambda c: c[:level] if len(c) >= level else None, **options
        )

    def by_nature(self, **options: Any) -> Any:
        """Lines added up by nature: 人员经费, 公用经费, 项目支出."""
        return self._by_text("nature", lambda n: n, **options)

    def by_basic_or_project(self, **options: Any) -> Any:
        """基本支出 (人员经费 + 公用经费) against 项目支出."""
        return self._by_text("nature", lambda n: _BASIC.get(n, "项目支出"), **options)

    def by_source(self, **options: Any) -> Any:
        """Lines added up by funding source."""
        return self._by_text("source", lambda s: s, **options)

    def by_fund(self, **options: Any) -> Any:
        """Lines added up by fund type."""
        return self._by_text("fund", lambda f: f, **options)


def _checked(value: Decimal) -> Decimal:
    """A sum, refused past the Ledger's 34 significant digits."""
    if _significant(value) > MAX_DIGITS:
        raise RoundingRequired("a roll-up sum needs more than 34 digits")
    return value


def _stripped(value: Decimal) -> Decimal:
    """``value`` without trailing zeros (exactly), refused past 34 significant digits."""
    try:
        return value.normalize(EXACT)
    except Inexact:
        raise RoundingRequired("a roll-up sum needs more than 34 digits", value=value) from None


def _significant(value: Decimal) -> int:
    digits = value.as_tuple().digits
    end = len(digits)
    while end > 1 and digits[end - 1] == 0:
        end -= 1
    start = 0
    while start < end - 1 and digits[start] == 0:
        start += 1
    return end - start


# -- shares and rates ---------------------------------------------------------------------------


#: Largest int64: the vectorised shares and rates compute in int64 integers, with Arrow's
#: checked kernels, and leave a column whose integers could pass it to the Decimal code.
_INT64_MAX = 2**63 - 1


def _int64(column: Any) -> Any | None:
    """The unscaled integers of a ``decimal128`` column (its values times 10**scale) as one
    int64 array, nulls kept, or None when one does not fit in 64 bits."""
    kind = column.type
    if not pa.types.is_decimal(kind) or kind.bit_width != 128:
        return None
    chunks = column.chunks if hasattr(column, "chunks") else [column]
    whole = pa.decimal128(38, 0)
    try:
        return (
            pa.chunked_array(
                [
                    pa.Array.from_buffers(whole, len(c), c.buffers(), c.null_count, c.offset)
                    for c in chunks
                ],
                whole,
            )
            .cast(pa.int64())
            .combine_chunks()
        )
    except pa.ArrowInvalid:
        return None


def _scaled(ints: Any, places: int) -> Any:
    """int64 integers read as decimals with ``places`` decimals (q → q × 10**−places)."""
    whole = ints.cast(pa.decimal128(38, 0))
    if isinstance(whole, pa.ChunkedArray):
        whole = whole.combine_chunks()
    return pa.Array.from_buffers(
        pa.decimal128(38, places), len(whole), whole.buffers(), whole.null_count, whole.offset
    )


def _divided(top: Any, bottom: Any, mode: Rounding) -> Any:
    """``top / bottom`` rounded to an integer with ``mode``, exactly, for int64 arrays
    (``bottom`` never zero; a null in either gives null).

    Arrow's integer ``divide`` truncates towards zero, so the magnitudes are divided — the
    quotient ``q`` and remainder ``r`` of ``|top| / |bottom|`` — and ``mode`` decides from
    ``r`` against ``|bottom| − r`` whether ``q`` goes up by one, then the sign is put back:
    ``decimal``'s rule for every mode, with no rounding of Arrow's (its ``round_mode=
    'half_up'`` is towards +∞, and its decimal division truncates). The Ledger divides to 34
    significant digits before rounding to the quantum; for a ``|top|`` below 2**63 that first
    rounding can never reach the quantum's rounding boundary (the distance from ``top /
    bottom`` to a boundary that it does not sit on is at least ``1 / (2 |bottom|)``, larger
    than half a unit in the 34th digit, ``top / bottom`` × 10**−33 / 2, as long as ``|top|``
    < 10**33), so rounding once gives the same digits.
    """
    size = pc.abs_checked(top)
    base = pc.abs_checked(bottom)
    quotient = pc.divide(size, base)
    rest = pc.subtract(size, pc.multiply(quotient, base))
    other = pc.subtract(base, rest)  # |bottom| − r: r > other is "more than half"
    negative = pc.xor(pc.less(top, 0), pc.less(bottom, 0))
    if mode is Rounding.DOWN:
        up = None
    elif mode is Rounding.UP:
        up = pc.greater(rest, 0)
    elif mode is Rounding.HALF_UP:
        up = pc.greater_equal(rest, other)
    elif mode is Rounding.HALF_EVEN:
        odd = pc.equal(pc.bit_wise_and(quotient, 1), 1)
        up = pc.or_(pc.greater(rest, other), pc.and_(pc.equal(rest, other), odd))
    elif mode is Rounding.CEILING:
        up = pc.and_(pc.greater(rest, 0), pc.invert(negative))
    else:  # FLOOR
        up = pc.and_(pc.greater(rest, 0), negative)
    if up is not None:
        quotient = pc.add_checked(quotient, pc.cast(up, pa.int64()))
    return pc.if_else(negative, pc.negate(quotient), quotient)


def _shares_vector(column: Any, places: int, mode: Rounding) -> tuple[Any, Any] | None:
    """Both share columns of ``column`` (largest remainder; each alone) computed by Arrow in
    int64 integers, or None when the Decimal code should do it (places below zero, a
    negative amount or a zero total — the Ledger's errors and zeros —, or integers that
    could pass 64 bits).

    The largest-remainder split is :func:`~budgetperf.exact.split_units` on whole columns:
    with ``U = 100 × 10**places`` and the column's integers ``w`` (total ``W``), each row
    gets ``q = U·w // W`` (Arrow's integer division, exact) and the ``U − Σq`` rows with the
    largest remainder ``U·w − q·W`` get one more, ties to the larger ``w``, then the earlier
    row (one ``select_k`` over those three keys). Each share alone is ``U·w / W`` rounded
    with ``mode`` by :func:`_divided`.
    """
    if places < 0:
        return None
    ints = _int64(column)
    if ints is None:
        return None
    ints = ints.fill_null(0)
    low, high = pc.min_max(ints).values()
    unit = 100 * 10**places
    whole = pc.sum(ints.cast(pa.decimal128(38, 0))).as_py()  # exact: < 2**63 × 2**31 rows
    total = 0 if whole is None else int(whole)
    if low.as_py() is None or low.as_py() < 0 or total == 0:
        return None
    if total > _INT64_MAX or unit * high.as_py() > _INT64_MAX:
        return None
    hundredfold = pc.multiply(ints, unit)
    quotient = pc.divide(hundredfold, total)
    left = unit - pc.sum(quotient).as_py()
    exact = quotient
    if left:
        rest = pc.subtract(hundredfold, pc.multiply(quotient, total))
        order = pa.table({"rest": rest, "weight": ints, "row": _index(len(ints))})
        chosen = pc.select_k_unstable(
            order,
            k=left,
            sort_keys=[("rest", "descending"), ("weight", "descending"), ("row", "ascending")],
        )
        bump = pc.is_in(order.column("row"), value_set=pc.take(order.column("row"), chosen))
        exact = pc.add(quotient, pc.cast(bump, pa.int64()))
    each = _divided(hundredfold, pa.repeat(pa.scalar(total, pa.int64()), len(ints)), mode)
    return _scaled(exact, places), _scaled(each, places)


def _rate_vector(
    top: Any, bottom: Any, places: int, mode: Rounding, zero_base: ZeroBase
) -> Any | None:
    """``top / bottom`` in percent at ``places`` decimals (:func:`_percent` of every row)
    computed by Arrow in int64 integers, or None when the Decimal code should do it."""
    if places < 0:
        return None
    tops, bottoms = _int64(top), _int64(bottom)
    if tops is None or bottoms is None:
        return None
    shift = 2 + places + bottom.type.scale - top.type.scale  # percent, quantum, scales
    try:
        if shift >= 0:
            if shift > 18:
                return None
            tops = pc.multiply_checked(tops, 10**shift)
        else:
            if -shift > 18:
                return None
            bottoms = pc.multiply_checked(bottoms, 10**-shift)
        valid = pc.and_(pc.is_valid(tops), pc.is_valid(bottoms))
        zero = pc.equal(bottoms, 0)
        rates = _divided(tops, pc.if_else(zero, 1, bottoms), mode)
    except pa.ArrowInvalid:  # an integer past 64 bits
        return None
    hundred = 100 * 10**places if zero_base is ZeroBase.HUNDRED else None
    rates = pc.if_else(zero, pa.scalar(hundred, pa.int64()), rates)
    rates = pc.if_else(valid, rates, pa.scalar(None, pa.int64()))
    return _scaled(rates, places)


def _shares(
    table: Any, field: str, places: int, mode: Rounding
) -> tuple[Any, Any] | tuple[tuple[Decimal, ...], tuple[Decimal, ...]]:
    """Both share columns of ``field``: by Arrow in integers when they fit
    (:func:`_shares_vector`), else :func:`~budgetperf.ledger.table_shares` on its Decimals
    (the Ledger's own code)."""
    count = table.num_rows
    if field not in table.column_names:
        return table_shares([Decimal(0)] * count, places, mode)[1:]
    column = table.column(field)
    vector = _shares_vector(column, places, mode)
    if vector is not None:
        return vector
    amounts = [_stripped(a) if a is not None else Decimal(0) for a in column.to_pylist()]
    return table_shares(amounts, places, mode)[1:]


def _percent(
    top: Decimal | None, bottom: Decimal | None, places: int, mode: str, zero_base: ZeroBase
) -> Decimal | None:
    """``ratio(top, bottom, zero_base=…).percent(places, mode)`` of :mod:`budgetperf.rates`,
    without building the Rate."""
    if top is None or bottom is None:
        return None
    if bottom.is_zero():
        if zero_base is ZeroBase.HUNDRED:
            return round_checked(Decimal(1).scaleb(2, CTX), places, mode)
        return None
    return round_checked(CTX.divide(top, bottom).scaleb(2, CTX), places, mode)


def shares_and_rates(
    grouped: Any,
    *,
    phase: Phase = Phase.EXECUTED,
    places: int = 2,
    mode: Rounding = Rounding.HALF_UP,
    zero_base: ZeroBase = ZeroBase.UNDEFINED,
) -> Any:
    """``grouped`` (a ``pyarrow.Table`` or ``RecordBatch`` of sums per group: columns named
    by phase, ``initial``, ``adjusted``, ``executed``…) with four columns added:

    * ``share``: each row's share of the total of ``phase`` in percent at ``places``
      decimals, adding up to exactly 100 (largest remainder);
    * ``share_each``: each share rounded on its own with ``mode`` (what a reader recomputes);
    * ``completion_rate``: executed / initial in percent (完成年初预算的%), null when either
      is missing or the base is zero (``zero_base=ZeroBase.HUNDRED``: 100);
    * ``execution_rate``: executed / adjusted in percent (执行率), the same way.

    The same digits as :meth:`Ledger.table <budgetperf.ledger.Ledger.table>` and
    :meth:`RollupRow.completion_rate() <budgetperf.ledger.RollupRow.completion_rate>`
    ``.percent()``. Arrow's own rounding (``half_up`` is towards +∞) and decimal division
    (it truncates) are never used: the columns are computed by Arrow's integer kernels on the
    sums' unscaled int64 integers — an exact quotient and remainder per row, and the
    rounding rule of the mode applied to them (:func:`_shares_vector`, :func:`_rate_vector`)
    —, and with the Ledger's own ``Decimal`` code when an integer could pass 64 bits, the
    places are negative, or an amount is negative or the total zero (the Ledger's errors and
    zeros). A plain function of one table, so that a distributed engine can call it per
    partition (Spark's ``applyInArrow``).
    """
    table = pa.Table.from_batches([grouped]) if isinstance(grouped, pa.RecordBatch) else grouped
    names = table.column_names
    scale = max(places, 0)

    def values(field: str) -> list[Decimal | None]:
        # Without the zeros the column's scale adds at the end: the same numbers, in no more
        # digits than the Ledger's own sums have.
        if field not in names:
            return [None] * table.num_rows
        column = table.column(field)
        found: list[Decimal | None] = column.to_pylist()
        largest = pc.max(pc.abs(column)).as_py() if len(column) else None
        if largest is not None and _digits(largest, column.type.scale) > MAX_DIGITS:
            return [None if v is None else _stripped(v) for v in found]
        return found

    def rate(base: str) -> Any:
        if "executed" not in names or base not in names:
            return pa.nulls(table.num_rows, pa.decimal128(38, scale))
        vector = _rate_vector(table.column("executed"), table.column(base), places, mode, zero_base)
        if vector is not None:
            return vector
        return list(
            map(
                _percent,
                values("executed"),
                values(base),
                repeat(places),
                repeat(mode.value),
                repeat(zero_base),
            )
        )

    shares, each = _shares(table, phase.value, places, mode)
    for name, column in (
        ("share", shares),
        ("share_each", each),
        ("completion_rate", rate("initial")),
        ("execution_rate", rate("adjusted")),
    ):
        if not isinstance(column, list | tuple):
            table = table.append_column(name, column)
            continue
        largest = max(map(abs, filter(None, column)), default=Decimal(0))
        kind = _decimal_type(_digits(largest, scale), scale)
        table = table.append_column(name, pa.array(column, kind))
    return table


# -- Ledger ↔ Arrow -----------------------------------------------------------------------------


def ledger_to_table(ledger: Ledger) -> Any:
    """The lines of ``ledger`` as a ``pyarrow.Table`` (:meth:`Ledger.to_arrow
    <budgetperf.ledger.Ledger.to_arrow>`): the columns of :class:`ArrowLedger`, amounts as
    ``decimal128(38, s)`` with ``s`` the most decimals in the column (``decimal256`` when 38
    digits are not enough), the unit and origin in the schema's metadata."""
    count = len(ledger)
    names: list[str] = []
    arrays: list[Any] = []
    if ledger._file_rows is not None:
        names.append("row")
        arrays.append(pa.array(list(ledger._file_rows), pa.int64()))
    for field in _TEXT_FIELDS:
        column = ledger._text[field]
        if field != "code" and all(v is None for v in column):
            continue
        texts = [v.value if isinstance(v, FundingSource | FundType | Nature) else v for v in column]
        array = pa.array(texts, pa.string())
        names.append(field)
        arrays.append(array.dictionary_encode() if field == "code" else array)
    for field in _AMOUNT_FIELDS:
        amounts = [a for a in ledger._amounts[field] if a is not None]
        if not amounts:
            continue
        scale = max(0, *(-int(a.as_tuple().exponent) for a in amounts))
        digits = max(_digits(a, scale) for a in amounts)
        try:
            kind = _decimal_type(digits, scale)
        except OutOfRangeError:
            raise OutOfRangeError(
                f"the {field} amounts need {digits} digits in one column (at most {_WIDE})",
                value=field,
            ) from None
        names.append(field)
        arrays.append(pa.array(list(ledger._amounts[field]), kind))
    del count
    metadata = {"budgetperf.unit": ledger.unit.value}
    if ledger.origin is not None:
        metadata["budgetperf.origin"] = ledger.origin
    return pa.Table.from_arrays(arrays, names=names).replace_schema_metadata(metadata)


def ledger_from_table(
    table: Any,
    *,
    unit: Unit | None = None,
    year: int | None = None,
    catalogue: object | None = None,
) -> Ledger:
    """A :class:`~budgetperf.ledger.Ledger` of the lines in an Arrow table or record batch
    (:meth:`Ledger.from_arrow <budgetperf.ledger.Ledger.from_arrow>`).

    The columns are the CSV reader's (any of its names, amounts as decimals, integers or text,
    never floats) and are checked as it checks cells; ``unit`` defaults to the one in the
    table's metadata (:func:`ledger_to_table` writes it), else 万元.
    """
    if isinstance(table, pa.RecordBatch):
        table = pa.Table.from_batches([table])
    if not isinstance(table, pa.Table):
        raise WrongTypeError(
            f"from_arrow() takes a pyarrow Table or RecordBatch, not {type(table).__name__}",
            value=type(table).__name__,
        )
    metadata = table.schema.metadata or {}
    if unit is None:
        given = metadata.get(b"budgetperf.unit")
        unit = Unit(given.decode()) if given else Unit.WAN_YUAN
    origin_bytes = metadata.get(b"budgetperf.origin")
    origin = origin_bytes.decode() if origin_bytes else None
    rows = table.column("row").to_pylist() if "row" in table.column_names else None
    lines = table.drop_columns(["row"]) if rows is not None else table
    arrow = ledger_table(lines, unit=unit, origin=origin, first_row=1)
    ledger = Ledger(unit=unit, year=year, catalogue=catalogue, origin=origin)
    values: dict[str, list[Any]] = {}
    enums: dict[str, dict[str, enum.Enum]] = ENUMS
    for field in arrow.table.column_names:
        if field == "row":
            continue
        column = arrow.table.column(field)
        if field == "code":
            column = column.cast(pa.string())
        items = column.to_pylist()
        if field in enums:
            items = [None if v is None else enums[field][v] for v in items]
        values[field] = items
    fill(ledger, values, rows if rows is not None else list(range(1, arrow.table.num_rows + 1)))
    if rows is None:
        ledger._file_rows = None
    return ledger
