"""``claims._figure_runs`` with its first gap tested before a window's four figures are taken
answers as it did with every test in one chain (the tests are pure: their order changes which
ones run, not the answer)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from budgetperf._decimal import CTX
from budgetperf.textaudit import claims
from budgetperf.textaudit.facts import Document, Fact, read_facts
from budgetperf.textaudit.tables import Comparison


def _figure_runs_plain(doc: Document) -> list[Any]:
    """``claims._figure_runs`` as it was: each window's four figures taken, then tested."""
    text = doc.text
    out: list[Any] = []
    for s in doc.figured:
        facts = s.facts
        i = 0
        while i + 3 < len(facts):
            a, b, c, p = facts[i : i + 4]
            if (
                a.depth
                or b.depth
                or c.depth
                or p.depth
                or (a.q.end < b.q.start and text[a.q.end] not in claims._RUN_GAP_OPENS)
                or claims._RUN_GAP.fullmatch(text, a.q.end, b.q.start) is None
                or claims._RUN_GAP.fullmatch(text, b.q.end, c.q.start) is None
                or claims._RUN_GAP.fullmatch(text, c.q.end, p.q.start) is None
                or not (claims._run_amount(a) and claims._run_amount(b) and claims._run_amount(c))
                or not claims._run_rate(p)
            ):
                i += 1
                continue
            diff = CTX.subtract(a.q.value, b.q.value)
            orders: list[tuple[Fact, Fact, bool]] = []
            if diff == c.q.value:
                marked = text.startswith("(-)", b.q.end) or text.startswith("(-)", c.q.end)
                orders = [(a, b, False)] + ([(b, a, True)] if marked else [])
            elif CTX.minus(diff) == c.q.value:
                orders = [(b, a, False)]
            found = None
            for current, prior, change_unsigned in orders:
                base_first = current is b
                if prior.q.value <= 0:
                    continue
                change = CTX.subtract(current.q.value, prior.q.value)
                rate = CTX.multiply(CTX.divide(change, prior.q.value), 100)
                printed = p.q.value
                unit = Decimal(1).scaleb(-p.q.places, CTX)
                unsigned = printed >= 0 > rate
                slack = (
                    unit
                    if unsigned or base_first
                    else max(unit, CTX.multiply(rate.copy_abs(), claims._NEAR_RATE))
                )
                if CTX.subtract(rate.copy_abs() if unsigned else rate, printed).copy_abs() <= slack:
                    found = Comparison(prior, current, c, p, False, unsigned, change_unsigned)
                    break
            if found is None:
                i += 1
                continue
            out.append(found)
            i += 4
    return out


def _fields(c: Comparison) -> tuple[Any, ...]:
    return (c.prior, c.current, c.change, c.rate, c.strong, c.unsigned, c.change_unsigned)


_CELL = st.sampled_from(
    [
        "2,798,000",
        "168,442",
        "161,000",
        "7,442",
        "4.62",
        "2,801,381",
        "3,381",
        "0.12",
        "-50,000",
        "100,000",
        "50,000",
        "-100.00",
        "7,870,691,741(-)",
        "245,143,259(-)",
        "3.02",
        "8,115,835,000",
    ]
)
_GAP = st.sampled_from(
    [" ", " ", "  ", "\t", " | ", "|", "| ", "\t|", "", ",", "万元,", "(", "x", "\n"]
)


# rows that are runs when their gaps are run gaps (current, prior, change, rate; the base first)
_RUNS = [
    ["2,798,000", "168,442", "161,000", "7,442", "4.62", "2,801,381", "2,798,000", "3,381", "0.12"],
    ["8,115,835,000", "7,870,691,741(-)", "245,143,259(-)", "3.02"],
    ["100,000", "50,000", "50,000", "100.00"],
]


@st.composite
def _rows(draw: Any) -> str:
    cells = draw(st.one_of(st.lists(_CELL, min_size=3, max_size=14), st.sampled_from(_RUNS)))
    row: str = draw(st.sampled_from(["財產收入 ", "稅課收入 ", "一、歲入合計 ", ""]))
    for cell in cells:
        row += cell + draw(_GAP)
    return row


@settings(max_examples=800, deadline=None)
@given(rows=st.lists(_rows(), min_size=1, max_size=3))
def test_figure_runs_as_every_test_in_one_chain(rows: list[str]) -> None:
    doc = read_facts("\n".join(rows))
    got = [_fields(c) for c in claims._figure_runs(doc)]
    assert got == [_fields(c) for c in _figure_runs_plain(doc)]


def test_figure_runs_are_found_on_such_rows() -> None:
    # (so that the comparison above compares runs found, not two empty lists)
    doc = read_facts(
        "財產收入 2,798,000 168,442 161,000 7,442 4.62 2,801,381 2,798,000 3,381 0.12\n"
        "稅課收入 8,115,835,000 7,870,691,741(-) 245,143,259(-) 3.02"
    )
    assert len(claims._figure_runs(doc)) == len(_figure_runs_plain(doc)) == 3
