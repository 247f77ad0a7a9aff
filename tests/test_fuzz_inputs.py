"""Fuzzing the file and text parsers: form JSON, profile TOML, ledger CSV, report text (issue 10,
Deliver 7; the value, amount, 大写, code and path parsers are in test_fuzz_parsers.py).

The contract: any input gives a result or a :class:`~budgetperf.errors.BudgetPerfError`, never
another exception, whatever decimal context the caller runs under (the answer, or the refusal and
its message, is the one given under the default context); long repetitive input (~100 kB: runs of
spaces, digits, brackets, nested JSON, repeated keys, rows and clauses) is read without one either.
No timing is asserted; docs/testing.md has the measured throughput and the command.

Inputs are built two ways: from a valid document (an example form, a bundled profile, a ledger
header) with keys and cells replaced by hostile ones, so the fuzzer reaches past the first check,
and from scratch (any JSON, any TOML, any bytes).

Run deeper with ``pytest tests/test_fuzz_inputs.py --hypothesis-profile=deep``; CI runs it under
``--hypothesis-profile=ci`` (200 derandomized examples per property).
"""

from __future__ import annotations

import copy
import csv
import decimal
import io
import json
import tempfile
import tomllib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from budgetperf import forms as forms_module
from budgetperf.amounts import Unit
from budgetperf.errors import BudgetPerfError, ParseError
from budgetperf.forms import MAX_FINDINGS, MAX_ROWS, read_form
from budgetperf.ledger_csv import read_ledger_csv
from budgetperf.profiles import MAX_DOTS_PER_LINE, MAX_PROFILE_BYTES, load_profile
from budgetperf.testing import HOSTILE_TRAPS
from budgetperf.textaudit import audit_text
from budgetperf.textcheck import check_report_file

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE_FORM: dict[str, Any] = json.loads(
    (ROOT / "examples/forms/junshan-2023-project-hall.json").read_text(encoding="utf-8")
)
CENTRAL_TOML = (ROOT / "src/budgetperf/data/profiles/central-2020.toml").read_text(encoding="utf-8")
CENTRAL: dict[str, Any] = tomllib.loads(CENTRAL_TOML, parse_float=Decimal)

# --- caller contexts --------------------------------------------------------------------------

SIGNALS = list(HOSTILE_TRAPS)


@st.composite
def caller_contexts(draw: st.DrawFn) -> decimal.Context:
    """A decimal context a host program might have set: precision 1–50, any rounding, a small or
    the largest exponent range, any set of traps (none, some, all)."""
    emax = draw(st.sampled_from([1, 2, 5, 10, 99, decimal.MAX_EMAX]))
    return decimal.Context(
        prec=draw(st.integers(1, 50)),
        rounding=draw(
            st.sampled_from(
                [decimal.ROUND_HALF_EVEN, decimal.ROUND_HALF_UP, decimal.ROUND_FLOOR, "ROUND_UP"]
            )
        ),
        Emax=emax,
        Emin=-emax,
        traps=draw(st.one_of(st.just(SIGNALS), st.lists(st.sampled_from(SIGNALS), unique=True))),
    )


#: The context that breaks most code leaning on the ambient one: 1 digit, tiny exponents, every
#: signal trapped. Every property below runs on it as an explicit example.
WORST = decimal.Context(prec=1, Emax=1, Emin=-1, traps=SIGNALS)


def outcome(call: Callable[[], object]) -> object:
    """``call()``'s result, or the BudgetPerfError it raised; anything else fails the test."""
    try:
        return call()
    except BudgetPerfError as error:
        refused = error
    assert str(refused)  # the message can always be printed
    return refused


def same_under(
    context: decimal.Context, call: Callable[[], object], key: Callable[[Any], object]
) -> None:
    """``call`` answers under ``context`` exactly as under the default context."""
    expected = outcome(call)
    with decimal.localcontext(context):
        got = outcome(call)
    if isinstance(expected, BudgetPerfError):
        assert type(got) is type(expected)
        assert str(got) == str(expected)
    else:
        assert not isinstance(got, BudgetPerfError), got
        assert key(got) == key(expected)


@contextmanager
def scratch() -> Iterator[Path]:
    # Hypothesis runs a test body many times; a function-scoped tmp_path would be shared.
    with tempfile.TemporaryDirectory(prefix="budgetperf-fuzz-") as folder:
        yield Path(folder)


# --- hostile leaves ---------------------------------------------------------------------------

HOSTILE_TEXTS = [
    "",
    " ",
    "/",
    "-",
    "1e1000000000000000000",
    "-1e-1000000000000000000",
    "9" * 4_400,  # int() of more than 4,300 digits raises ValueError
    "NaN",
    "-Infinity",
    "sNaN",
    "0.1",
    "-50",
    "１２３．４５",
    "≥30万件",
    "100%",
    "1e999999万元",
    "壹万贰万元整",
    "2023.07-2024.01",
    "±3%以内",
    "25.29㎡",
    "\x00",
    "\ud800",
    "万元",
    "优",
    "wieght",
]


class Digits(int):
    """A JSON integer of this many digits (an int that long has no repr, so it is kept small
    here and written out by :func:`_dump_json`)."""


json_leaves = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(4_301, 4_400).map(Digits),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from(HOSTILE_TEXTS),
    st.text(max_size=20),
)
json_values = st.recursive(
    json_leaves,
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.dictionaries(st.text(max_size=8), children, max_size=4),
    ),
    max_leaves=12,
)

# --- form JSON --------------------------------------------------------------------------------

# The keys of the format, from its one list (budgetperf.forms), and one misspelling.
FORM_KEYS = [*forms_module._TOP_KEYS, *forms_module._EXTRA_KEYS[:1]]
ROW_KEYS = list(
    dict.fromkeys(
        [
            *forms_module._FUNDS_KEYS,
            *forms_module._INDICATOR_KEYS,
            *forms_module._TOTAL_KEYS,
            "wieght",
        ]
    )
)


@st.composite
def forms_json(draw: st.DrawFn) -> Any:
    """The example form with some keys, rows and cells replaced by hostile values, or any JSON."""
    if draw(st.integers(0, 5)) == 0:
        return draw(json_values)
    form: dict[str, Any] = json.loads(json.dumps(EXAMPLE_FORM))
    for key in draw(st.lists(st.sampled_from(FORM_KEYS), max_size=3)):
        if draw(st.booleans()):
            form.pop(key, None)
        else:
            form[key] = draw(json_values)
    for block in ("funds", "indicators", "total"):
        rows = form.get(block)
        targets = rows if isinstance(rows, list) else [rows]
        for row in targets:
            if not isinstance(row, dict) or not draw(st.booleans()):
                continue
            for key in draw(st.lists(st.sampled_from(ROW_KEYS), max_size=3)):
                row[key] = draw(json_values)
    if isinstance(form.get("indicators"), list) and draw(st.booleans()):
        form["indicators"] = form["indicators"] * draw(st.integers(0, 3))
    return form


def _dump_json(data: Any) -> str:
    if isinstance(data, Digits):
        return "9" * data
    if isinstance(data, list):
        return "[" + ",".join(_dump_json(v) for v in data) + "]"
    if isinstance(data, dict):
        return "{" + ",".join(f"{json.dumps(k)}:{_dump_json(v)}" for k, v in data.items()) + "}"
    return json.dumps(data)


ENCODINGS = ["utf-8", "utf-8-sig", "gb18030", "utf-16"]


def _errors(encoding: str) -> str:
    # A lone surrogate is written as is where the encoding can (a file no decoder accepts).
    return "surrogatepass" if encoding.startswith("utf") else "replace"


def _form_key(form: Any) -> object:
    return repr(form)


@given(data=forms_json(), encoding=st.sampled_from(ENCODINGS), context=caller_contexts())
@example(data=EXAMPLE_FORM, encoding="utf-8", context=WORST)
def test_any_form_json_gives_a_form_or_a_budgetperf_error(
    data: Any, encoding: str, context: decimal.Context
) -> None:
    with scratch() as folder:
        path = folder / "form.json"
        path.write_bytes(_dump_json(data).encode(encoding, errors=_errors(encoding)))
        same_under(context, lambda: read_form(path), _form_key)


@given(raw=st.one_of(st.binary(max_size=300), st.text(max_size=300).map(str.encode)))
def test_any_bytes_as_a_form_give_a_form_or_a_budgetperf_error(raw: bytes) -> None:
    with scratch() as folder:
        path = folder / "form.json"
        path.write_bytes(raw)
        outcome(lambda: read_form(path))


@given(data=json_values)
def test_a_dict_or_any_object_in_place_of_a_path_is_a_budgetperf_error(data: Any) -> None:
    # read_form takes a path; a dict (the parsed JSON itself) is refused as a wrong type.
    if isinstance(data, str):
        return  # a str is a path
    with pytest.raises(BudgetPerfError):
        read_form(data)


# --- profile TOML -----------------------------------------------------------------------------

PROFILE_KEYS = [
    "name",
    "version",
    "title",
    "sources",
    "extends",
    "execution",
    "execution.weight",
    "execution.total_includes",
    "execution.basis",
    "execution.reason_below",
    "weights",
    "weights.产出指标",
    "scoring",
    "scoring.reverse",
    "scoring.qualitative_bands",
    "scoring.overshoot_warning",
    "scoring.not_applicable",
    "rounding.score_places",
    "rounding.total_places",
    "rounding.score_rounding",
    "grades.vocabulary",
    "grades.lower_bounds",
    "grades.lower_closed",
    "grades.wieght",
]
toml_leaves = st.one_of(
    st.booleans(),
    st.integers(),
    st.decimals(allow_nan=True, allow_infinity=True),
    st.sampled_from(
        [*HOSTILE_TEXTS, "central-2020", "free", "2020", "legacy", "half-up", "x.toml"]
    ),
    st.text(max_size=20),
)
toml_values = st.recursive(
    toml_leaves,
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.dictionaries(st.text(max_size=6), children, max_size=3),
    ),
    max_leaves=10,
)


def _toml(value: Any) -> str:
    """One TOML value, inline (tables as inline tables)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, Decimal):
        if value.is_nan():
            return "nan"
        if value.is_infinite():
            return "-inf" if value < 0 else "inf"
        text = str(value)
        return text if any(c in text for c in ".eE") else text + ".0"
    if isinstance(value, str):
        return json.dumps(value)  # JSON's escapes are TOML basic-string escapes
    if isinstance(value, list):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    assert isinstance(value, dict)
    return "{" + ", ".join(f"{json.dumps(k)} = {_toml(v)}" for k, v in value.items()) + "}"


def toml_document(settings: dict[str, Any]) -> str:
    """A TOML document of one line per key, tables written inline."""
    return "".join(f"{json.dumps(key)} = {_toml(value)}\n" for key, value in settings.items())


@st.composite
def profiles_toml(draw: st.DrawFn) -> str:
    """The central-2020 profile with some keys replaced, removed or added, or any TOML text."""
    choice = draw(st.integers(0, 5))
    if choice == 0:
        return draw(st.text(max_size=200))
    if choice == 1:
        return toml_document(draw(st.dictionaries(st.text(max_size=8), toml_values, max_size=5)))
    document = copy.deepcopy(CENTRAL)
    for key in draw(st.lists(st.sampled_from(PROFILE_KEYS), max_size=3)):
        table, _, sub = key.partition(".")
        target = document
        if sub:
            if not isinstance(document.get(table), dict):
                document[table] = {}
            target, key = document[table], sub
        if draw(st.integers(0, 3)) == 0:
            target.pop(key, None)
        else:
            target[key] = draw(toml_values)
    return toml_document(document)


def _profile_key(profile: Any) -> object:
    return repr(profile)


@given(text=profiles_toml(), context=caller_contexts())
@example(text=CENTRAL_TOML, context=WORST)
def test_any_profile_toml_gives_a_profile_or_a_budgetperf_error(
    text: str, context: decimal.Context
) -> None:
    with scratch() as folder:
        path = folder / "profile.toml"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        same_under(context, lambda: load_profile(path), _profile_key)


@given(raw=st.binary(max_size=300))
def test_any_bytes_as_a_profile_give_a_profile_or_a_budgetperf_error(raw: bytes) -> None:
    with scratch() as folder:
        path = folder / "profile.toml"
        path.write_bytes(raw)
        outcome(lambda: load_profile(path))


# --- ledger CSV -------------------------------------------------------------------------------

LEDGER_COLUMNS = [
    "code",
    "name",
    "initial",
    "adjusted",
    "executed",
    "previous",
    "reason",
    "科目编码",
    "科目名称",
    "决算数",
    "年初预算数",
    "决算数(元)",
    "金额（亿元）",
    "wieght",
    "",
]
CODES = ["2010301", "20103", "201", "2080505", "2130000", "99999", "0", "2010301.0", "２０１"]
ledger_cells = st.one_of(
    st.sampled_from(CODES + HOSTILE_TEXTS + ["676.59", "1,234.50", "(12.00)", "-0", "12万"]),
    st.text(max_size=12),
)


@st.composite
def ledger_csvs(draw: st.DrawFn) -> str:
    """A ledger with a header of known and unknown columns and rows of hostile cells, or any
    text."""
    if draw(st.integers(0, 5)) == 0:
        return draw(st.text(max_size=300))
    header = draw(
        st.one_of(
            st.just(["code", "name", "initial", "executed", "reason"]),
            st.lists(st.sampled_from(LEDGER_COLUMNS), min_size=1, max_size=6),
        )
    )
    rows = draw(
        st.lists(
            st.lists(ledger_cells, min_size=len(header) - 1, max_size=len(header) + 1),
            max_size=6,
        )
    )
    out = io.StringIO()
    writer = csv.writer(out, lineterminator=draw(st.sampled_from(["\n", "\r\n", "\r"])))
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


def _ledger_key(ledger: Any) -> object:
    # A Ledger has no value repr: compare what it holds.
    findings = [(f.code, str(f.location), f.message_en) for f in ledger.findings()]
    return (ledger.unit, ledger.year, ledger.names, [repr(line) for line in ledger], findings)


@given(
    text=ledger_csvs(),
    bad_rows=st.sampled_from(["raise", "finding"]),
    unit=st.sampled_from(list(Unit)),
    context=caller_contexts(),
)
@example(
    text=(ROOT / "examples/ledgers/seed000-2022-hetang.csv").read_text(encoding="utf-8"),
    bad_rows="raise",
    unit=Unit.WAN_YUAN,
    context=WORST,
)
def test_any_ledger_csv_gives_a_ledger_or_a_budgetperf_error(
    text: str, bad_rows: Any, unit: Unit, context: decimal.Context
) -> None:
    same_under(
        context,
        lambda: read_ledger_csv(io.StringIO(text, newline=""), unit=unit, bad_rows=bad_rows),
        _ledger_key,
    )


def test_a_lone_surrogate_in_a_ledger_stream_is_read_as_text() -> None:
    # Regression (found by this harness under the ci profile): the fast path encoded the stream
    # as strict UTF-8, and a lone surrogate raised UnicodeEncodeError out of read_ledger_csv.
    header = "code,name,initial,executed,reason\n"
    ledger = read_ledger_csv(io.StringIO(header + "2010301,\ud800,1,2,\n", newline=""))
    assert [(line.code, line.name, line.initial, line.executed) for line in ledger] == [
        ("2010301", "\ud800", Decimal(1), Decimal(2))
    ]
    with pytest.raises(ParseError, match="row 2 field 'executed'"):
        read_ledger_csv(io.StringIO(header + "2010301,a,1,\ud800\n", newline=""))


@given(text=ledger_csvs(), encoding=st.sampled_from(ENCODINGS))
def test_any_ledger_file_gives_a_ledger_or_a_budgetperf_error(text: str, encoding: str) -> None:
    with scratch() as folder:
        path = folder / "ledger.csv"
        path.write_bytes(text.encode(encoding, errors=_errors(encoding)))
        outcome(lambda: read_ledger_csv(path, bad_rows="finding"))


@given(raw=st.binary(max_size=300))
def test_any_bytes_as_a_ledger_give_a_ledger_or_a_budgetperf_error(raw: bytes) -> None:
    with scratch() as folder:
        path = folder / "ledger.csv"
        path.write_bytes(raw)
        outcome(lambda: read_ledger_csv(path))


# --- paths ------------------------------------------------------------------------------------

FILE_READERS: dict[str, Callable[[Path], object]] = {
    "read_form": read_form,
    "load_profile": load_profile,
    "read_ledger_csv": read_ledger_csv,
}


@pytest.mark.parametrize("reader", list(FILE_READERS))
@given(name=st.text(alphabet=st.characters(blacklist_characters="/"), min_size=1, max_size=12))
@example(name="a\x00b")  # a NUL byte: open() raises ValueError, not OSError
@example(name=".")
@example(name="..")
def test_any_file_name_gives_a_result_or_a_budgetperf_error(reader: str, name: str) -> None:
    with scratch() as folder:
        outcome(lambda: FILE_READERS[reader](folder / name))


@pytest.mark.parametrize(
    ("reader", "name"),
    [
        ("read_form", "form\x00.json"),
        ("load_profile", "p\x00.toml"),
        ("read_ledger_csv", "l\x00.csv"),
    ],
)
def test_a_nul_byte_in_a_path_is_a_budgetperf_error_naming_it(reader: str, name: str) -> None:
    # Regression (found by this harness): Path.read_bytes raises ValueError("embedded null
    # byte") for such a path, which escaped read_form, load_profile and read_ledger_csv.
    with pytest.raises(BudgetPerfError, match="null byte") as caught:
        FILE_READERS[reader](Path(name))
    assert caught.value.value == name


def test_a_profile_extending_a_path_with_a_nul_byte_is_a_budgetperf_error() -> None:
    with scratch() as folder:
        path = folder / "p.toml"
        path.write_text('name = "x"\nversion = "1"\nextends = "a\\u0000.toml"\n', encoding="utf-8")
        with pytest.raises(BudgetPerfError, match="null byte"):
            load_profile(path)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("a = " + "[" * 5_000 + "]" * 5_000, "nested too deeply"),
        ("a = " + "{b = " * 2_000 + "1" + "}" * 2_000, "nested too deeply"),
        ("name = " + "9" * 5_000, "4300 digits"),
    ],
    ids=["nested arrays", "nested inline tables", "a 5,000-digit integer"],
)
def test_a_profile_tomllib_cannot_read_is_a_parse_error(text: str, reason: str) -> None:
    # Regression (found by this harness): tomllib raised RecursionError on deep nesting and
    # ValueError on an integer of more than 4,300 digits, both escaping load_profile.
    with scratch() as folder:
        path = folder / "p.toml"
        path.write_text(text, encoding="utf-8")
        with pytest.raises(ParseError, match=reason) as caught:
            load_profile(path)
    assert str(path) in str(caught.value)


# --- size and shape limits (issue 10, Deliver 7: no input slower than 1 s per MB) ----------------


def _form_with_rows(rows: list[Any], key: str = "indicators") -> str:
    form = {k: v for k, v in EXAMPLE_FORM.items() if k != key}
    return json.dumps({**form, key: rows}, ensure_ascii=False)


@pytest.mark.parametrize("key", ["indicators", "funds"])
def test_a_form_of_more_rows_than_the_limit_is_refused_naming_the_file_list_and_limit(
    key: str,
) -> None:
    with scratch() as folder:
        path = folder / "form.json"
        path.write_text(_form_with_rows([{}] * (MAX_ROWS + 1), key), encoding="utf-8")
        with pytest.raises(ParseError) as caught:
            read_form(path)
    assert str(caught.value) == (
        f"{path} field '$.{key}': '{key}' has 1,001 rows, more than the 1,000 a form may hold"
        " (budgetperf.forms.MAX_ROWS)"
    )


def test_a_form_of_as_many_rows_as_the_limit_is_read() -> None:
    with scratch() as folder:
        path = folder / "form.json"
        path.write_text(_form_with_rows([_indicator(i) for i in range(MAX_ROWS)]), "utf-8")
        form = read_form(path)
    assert len(form.indicators) == MAX_ROWS
    assert form.indicators[-1].name == f"指标{MAX_ROWS - 1}"
    assert form.findings == ()


def test_a_form_with_more_findings_than_the_limit_is_refused_where_the_next_one_is() -> None:
    # Each row with two misspelt keys is two findings (the nearest key suggested for each):
    # the reader stops at the first finding past the limit and names its place.
    rows = [{**_indicator(i), "wieght": "5", "scroe": "5"} for i in range(MAX_FINDINGS // 2 + 1)]
    with scratch() as folder:
        path = folder / "form.json"
        path.write_text(_form_with_rows(rows), encoding="utf-8")
        with pytest.raises(ParseError) as caught:
            read_form(path)
        assert str(caught.value) == (
            f"{path} row 501 field '$.indicators[500].wieght': more than 1,000 cells or keys"
            " cannot be used (budgetperf.forms.MAX_FINDINGS); not read as a form"
        )
        path.write_text(_form_with_rows(rows[:-1]), encoding="utf-8")
        form = read_form(path)
    assert len(form.findings) == MAX_FINDINGS
    assert [f.message_en for f in form.findings[-2:]] == [
        "unknown key 'wieght'; did you mean 'weight'?",
        "unknown key 'scroe'; did you mean 'score'?",
    ]


def test_repeated_cells_of_a_form_are_read_once_and_each_still_located() -> None:
    # The reader keeps what it read of each distinct cell text; a refused cell is still a
    # finding at each of its places, a read one the same value in every row.
    rows = [{**_indicator(i), "actual": "x1"} for i in range(3)]
    with scratch() as folder:
        path = folder / "form.json"
        path.write_text(_form_with_rows(rows), encoding="utf-8")
        form = read_form(path)
    assert [(f.location.row, f.location.field) for f in form.findings] == [
        (1, "$.indicators[0].actual"),
        (2, "$.indicators[1].actual"),
        (3, "$.indicators[2].actual"),
    ]
    assert len({f.message_en for f in form.findings}) == 1
    assert [i.target for i in form.indicators] == [form.indicators[0].target] * 3


def test_a_profile_larger_than_the_limit_is_refused_before_it_is_read() -> None:
    with scratch() as folder:
        path = folder / "p.toml"
        path.write_bytes(b"#" * MAX_PROFILE_BYTES + b"\xff")  # not even UTF-8: never decoded
        with pytest.raises(ParseError) as caught:
            load_profile(path)
        assert str(caught.value) == (
            f"{path}: 65,537 bytes, more than the 65,536 a profile may hold"
            " (budgetperf.profiles.MAX_PROFILE_BYTES)"
        )
        # Through extends too, naming the file extended.
        child = folder / "child.toml"
        child.write_text('name = "x"\nversion = "1"\nextends = "p.toml"\n', encoding="utf-8")
        with pytest.raises(ParseError, match="65,537 bytes, more than the 65,536"):
            load_profile(child)
        # At the limit the file is read (and refused for what it holds).
        path.write_bytes(b"#" * (MAX_PROFILE_BYTES - 1) + b"\n")
        with pytest.raises(ParseError, match="missing key"):
            load_profile(path)


def _central_with(line: str) -> str:
    """The central-2020 profile with ``line`` at the top level, after its version (line 9)."""
    return CENTRAL_TOML.replace('version = "1"\n', f'version = "1"\n{line}\n', 1)


def test_a_profile_line_of_more_dots_than_the_limit_is_refused_before_tomllib() -> None:
    key = "a" + ".a" * (MAX_DOTS_PER_LINE + 1)  # 101 dots: one more than allowed
    with scratch() as folder:
        path = folder / "p.toml"
        path.write_text(_central_with(key + " = 1"), encoding="utf-8")
        with pytest.raises(ParseError) as caught:
            load_profile(path)
        assert str(caught.value) == (
            f"{path}:9: more than 100 '.' on one line outside strings (a dotted key of that"
            " many parts is not a profile; budgetperf.profiles.MAX_DOTS_PER_LINE)"
        )
        # 100 dots are read by tomllib (and the key is unknown).
        path.write_text(_central_with(key[2:] + " = 1"), encoding="utf-8")
        with pytest.raises(ParseError, match="field 'a': unknown key"):
            load_profile(path)


@pytest.mark.parametrize(
    "line",
    [
        'title = "' + "." * 500 + '"',
        "title = '" + "." * 500 + "'",
        'title = "a\\"' + "." * 500 + '"',  # an escaped quote does not end the string
        'title = "x" # ' + "." * 500,
        'sources = ["' + '", "'.join(["https://a.b.c/d.e"] * 40) + '"]',
    ],
    ids=["basic string", "literal string", "escaped quote", "comment", "forty URLs"],
)
def test_dots_in_strings_and_comments_do_not_count(line: str) -> None:
    with scratch() as folder:
        path = folder / "p.toml"
        path.write_text(f'name = "x"\nversion = "1"\nextends = "central-2020"\n{line}\n', "utf-8")
        profile = load_profile(path)
    assert profile.key == "x@1"


def test_a_nul_byte_in_a_report_path_is_a_budgetperf_error() -> None:
    with pytest.raises(BudgetPerfError):
        check_report_file("report\x00.txt")


# --- report text ------------------------------------------------------------------------------

TEXT_PIECES = [
    *"0123456789.,%（）()：:；;，。、\n\t ",
    "万元",
    "亿元",
    "元",
    "支出",
    "收入",
    "预算",
    "决算",
    "年初预算",
    "调整预算",
    "完成",
    "占",
    "比上年",
    "增长",
    "下降",
    "增加",
    "减少",
    "合计",
    "其中",
    "主要用于",
    "一般公共服务支出(类)",
    "政府办公厅(室)及相关机构事务(款)",
    "行政运行(项)",
    "2023年",
    "2022年",
    "执行率",
    "1e999999",
    "9" * 40,
    "-",
    "±",
    "≥",
    "|",
    "100%",
]
report_texts = st.one_of(
    st.text(max_size=200),
    st.lists(st.sampled_from(TEXT_PIECES), max_size=60).map("".join),
)


def _audit_key(audit: Any) -> object:
    return (
        audit.summary(),
        [(c.kind, str(c.printed_value), c.status.name) for c in audit.claims],
        [(f.code, f.message_en) for f in audit.findings],
    )


@given(text=report_texts)
def test_any_report_text_gives_an_audit_or_a_budgetperf_error(text: str) -> None:
    outcome(lambda: audit_text(text))


CLEAN_REPORT = "支出628.95万元,主要用于:A支出71.67万元,占11.39%;B支出557.28万元,占88.60%。"


@given(text=report_texts, context=caller_contexts())
@example(text=CLEAN_REPORT, context=WORST)
def test_any_report_text_audits_the_same_under_any_caller_context(
    text: str, context: decimal.Context
) -> None:
    same_under(context, lambda: audit_text(text), _audit_key)


# --- long repetitive input --------------------------------------------------------------------

N = 100_000


def _indicator(i: int) -> dict[str, str]:
    return {
        "level1": "产出指标",
        "level1_weight": "50",
        "level2": "数量指标",
        "name": f"指标{i}",
        "target": "≥30万件",
        "actual": "59.49万件",
        "weight": "5",
        "score": "5",
    }


def long_forms() -> dict[str, str]:
    """Form JSON texts of about 100 kB each."""
    head = json.dumps({k: v for k, v in EXAMPLE_FORM.items() if k != "indicators"})[:-1]
    rows = [json.dumps(_indicator(i)) for i in range(N // 150)]

    def cell(text: str) -> str:
        return head + ',"indicators":[' + json.dumps({**_indicator(0), "actual": text}) + "]}"

    return {
        "open brackets": "[" * N,
        "nested arrays": "[" * (N // 2) + "]" * (N // 2),
        "nested objects": '{"a":' * (N // 5) + "1" + "}" * (N // 5),
        "spaces": " " * N,
        "spaces inside": "{" + " " * N + "}",
        "digits": "1" * N,
        "a long integer cell": head + ',"year":' + "9" * N + "}",
        "a long number cell": cell("1" * N),
        "an exponent cell": cell("1e" + "9" * N),
        "a cell of spaces": cell(" " * N + "1"),
        "a cell of brackets": cell("(" * N),
        "repeated keys": head + "," + ",".join(['"year":2023'] * (N // 12)) + "}",
        "repeated unknown keys": head
        + ","
        + ",".join(f'"wieght{i}":1' for i in range(N // 12))
        + "}",
        "many indicator rows": head + ',"indicators":[' + ",".join(rows) + "]}",
        "many empty rows": head + ',"indicators":[' + ",".join(["{}"] * (N // 3)) + "]}",
        "many null rows": head + ',"indicators":[' + ",".join(["null"] * (N // 5)) + "]}",
    }


#: Profiles are at most MAX_PROFILE_BYTES (64 kB): the long profiles are just under it, so that
#: tomllib and the profile reader see them, and the refusals of longer ones are tested above.
P = MAX_PROFILE_BYTES * 9 // 10


def long_profiles() -> dict[str, str]:
    """Profile TOML texts of about 59 kB each (just under MAX_PROFILE_BYTES)."""
    return {
        "open brackets": "a = " + "[" * P,
        "nested arrays": "a = " + "[" * (P // 2) + "]" * (P // 2),
        "nested inline tables": "a = " + "{b = " * (P // 5) + "1" + "}" * (P // 5),
        # Python's tomllib is quadratic in the parts of a dotted key (50,000 parts take 36 s,
        # docs/testing.md); MAX_DOTS_PER_LINE refuses a line of more than 100 dots first.
        "deep dotted key": "a" + ".a" * (P // 2) + " = 1\n",
        "dotted keys of 100 parts": "".join(f"{'a.' * 100}k{i} = 1\n" for i in range(P // 210)),
        "spaces": " " * P,
        "comments": "#" * P + "\n" + CENTRAL_TOML,
        "a long string": CENTRAL_TOML.replace('version = "1"', f'version = "{"1" * P}"'),
        "a long number": CENTRAL_TOML.replace("score_places = 2", f"score_places = {'9' * P}"),
        "repeated keys": CENTRAL_TOML + 'name = "x"\n' * (P // 11),
        "repeated tables": CENTRAL_TOML + "[weights]\n" * (P // 10),
        "many weights": CENTRAL_TOML.replace(
            "[weights]", "[weights]\n" + "".join(f'"指标{i}" = 1\n' for i in range(P // 16))
        ),
        "many lower bounds": CENTRAL_TOML.replace(
            "lower_bounds = [90, 80, 60]", f"lower_bounds = [{', '.join(['90'] * (P // 4))}]"
        ),
        "many floats on lines": CENTRAL_TOML
        + "".join(f"k{i} = [{', '.join(['0.5'] * 20)}]\n" for i in range(P // 110)),
    }


def long_ledgers() -> dict[str, str]:
    """Ledger CSV texts of about 100 kB each."""
    header = "code,name,initial,executed,reason\n"
    return {
        "many rows": header + "2010301,行政运行,676.59,405.71,\n" * (N // 30),
        "many distinct rows": header
        + "".join(f"201{i % 100:02d}{i % 97:02d},x{i},1.00,2.00,\n" for i in range(N // 25)),
        "repeated codes": header + "2010301,a,1,2,\n" * (N // 15),
        "unreadable rows": header + "x,y,z,w,v\n" * (N // 10),
        "spaces": header + " " * N,
        "a cell of spaces": header + "2010301," + " " * N + ",1,2,\n",
        "a cell of digits": header + "2010301,a," + "1" * N + ",2,\n",
        "a quoted cell": header + '2010301,"' + "," * N + '",1,2,\n',
        "quotes": header + '"' * N,
        "brackets": header + "2010301,a,(" + "(" * N + ",2,\n",
        "commas": header + "," * N,
        "blank lines": header + "\n" * N,
        "header only, long": ",".join(["code"] * (N // 5)) + "\n",
        "wide rows": header + ",".join(["1"] * (N // 2)) + "\n",
    }


def long_texts() -> dict[str, str]:
    """Report texts of about 100 kB each."""
    return {
        "spaces": "支出" + " " * N + "1万元",
        "digits": "1" * N,
        "digits with a unit": "1" * N + "万元",
        "brackets": "(" * N,
        "closed brackets": "(款)" * (N // 3),
        "repeated clauses": CLEAN_REPORT * (N // len(CLEAN_REPORT)),
        "repeated shares": "A支出71.67万元,占11.39%;" * (N // 18),
        "repeated paths": "一般公共服务支出(类)政府办公厅(室)及相关机构事务(款)行政运行(项)"
        * (N // 35),
        "percent signs": "%" * N,
        "a number then punctuation": "支出1万元" + "。" * N,
        "one long line of figures": "，".join(f"{i}万元" for i in range(N // 8)),
        "lines": "支出1万元\n" * (N // 6),
        # a list of names after its introducer (claims._NAMES_ONLY) and a recap's opening
        # (claims._RECAP), each run long
        "a list of names": "支出100万元,分别是:" + "办公室名称、" * (N // 18) + "其他。",
        "recaps": "上述三项共计" * (N // 18) + "100万元。",
        # numbered items under a figure that ends its line (claims._items_follow), run long
        "numbered items": "全县支出120万元。\n" + "1、教育支出50万元。\n" * (N // 14),
        # items numbered inside a sentence after spaces (normalise._break), page numbers
        # (normalise._PAGE_NUMBER) and figures taken out (claims._net_of), each run long
        "items inside a line": "主要原因是(1)甲增加5万元; " + "。 (3)乙增加3万元" * (N // 12),
        "page numbers": "上级865\n- 2 -\n" * (N // 12) + "万元",
        "taken out": "收入100万元" + ",剔除上划收入20万元" * (N // 12) + ",区本级80万元。",
        # a part's own 其中 in one long sentence (claims._nested_end, _segment_end, _gather)
        # and a figure printed again and again with a rate (claims._restated_rate)
        "nested lists": "其中:收入20707万元,其中:税收8059万元,非税12648万元,补助147757万元,"
        * (N // 40),
        "restated figures": "收入安排306.74亿元,增长5%;加补助317.56亿元,总收入624.3亿元;"
        * (N // 36),
    }


def _form_from_text(text: str, folder: Path) -> object:
    path = folder / "form.json"
    path.write_text(text, encoding="utf-8")
    return read_form(path)


def _profile_from_text(text: str, folder: Path) -> object:
    path = folder / "profile.toml"
    path.write_text(text, encoding="utf-8")
    return load_profile(path)


def _ledger_from_text(text: str, folder: Path) -> object:
    return read_ledger_csv(io.StringIO(text, newline=""), bad_rows="finding")


def _audit_from_text(text: str, folder: Path) -> object:
    return audit_text(text)


#: parser name -> (call on a text, written to a file in the folder where the parser reads files;
#: the long inputs; the key comparing two results)
PARSERS: dict[
    str,
    tuple[Callable[[str, Path], object], Callable[[], dict[str, str]], Callable[[Any], object]],
] = {
    "read_form": (_form_from_text, long_forms, _form_key),
    "load_profile": (_profile_from_text, long_profiles, _profile_key),
    "read_ledger_csv": (_ledger_from_text, long_ledgers, _ledger_key),
    "audit_text": (_audit_from_text, long_texts, _audit_key),
}
LONG_CASES = [
    pytest.param(parser, text, id=f"{parser}-{name}")
    for parser, (_, make, _) in PARSERS.items()
    for name, text in make().items()
]


@pytest.mark.parametrize(("parser", "text"), LONG_CASES)
def test_long_repetitive_input_gives_a_result_or_a_budgetperf_error(parser: str, text: str) -> None:
    assert len(text.encode()) >= (50_000 if parser == "load_profile" else 90_000)
    with scratch() as folder:
        outcome(lambda: PARSERS[parser][0](text, folder))


@pytest.mark.parametrize(("parser", "text"), [c for c in LONG_CASES if c.values[0] != "audit_text"])
def test_long_repetitive_input_reads_the_same_under_the_worst_caller_context(
    parser: str, text: str
) -> None:
    call, _, key = PARSERS[parser]
    with scratch() as folder:
        same_under(WORST, lambda: call(text, folder), key)


def test_the_long_inputs_are_what_they_say() -> None:
    # A hand check of a few, so a broken generator cannot make the long tests vacuous.
    assert long_forms()["open brackets"] == "[" * N
    assert long_ledgers()["many rows"].count("\n") == N // 30 + 1
    assert long_texts()["repeated shares"].count("占11.39%") == N // 18
