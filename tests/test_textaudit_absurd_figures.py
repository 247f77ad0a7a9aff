"""A figure too long for the library's 34 digits is still audited: its claim is a finding, and
the rest of the document is read (issue 10, Deliver 2: one bad row is a finding).

A text may print a figure of 40 digits, or a rate with 40 decimals (a slip of the keyboard, a
pasted cell, an OCR run). Rounding its result to the printed precision, or the exact result to
the 4 places its message shows, needs more digits than ``budgetperf._decimal.CTX`` keeps:
``round_checked`` refuses that (OutOfRangeError), and before this round one such figure stopped
the whole document's audit. :func:`budgetperf._decimal.round_any` rounds such a value in a
context as wide as the result; every expected value here is worked out by hand.
"""

from __future__ import annotations

from decimal import ROUND_DOWN, Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from budgetperf._decimal import CTX, MAX_DIGITS, context_for, round_any
from budgetperf.errors import OutOfRangeError
from budgetperf.textaudit import audit_text
from budgetperf.textaudit.quantities import LONGEST_NUMBER, find_quantities

CORPUS = Path(__file__).resolve().parent / "corpus"

NINES_31 = "9" * 31


# --- round_any ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("number", "places", "expected"),
    [
        # within 34 digits: as round_checked
        ("2.345", 2, "2.35"),
        ("-2.345", 2, "-2.35"),
        ("1250", -2, "1300"),
        # 31 digits + 4 places = 35: wider than the library's context
        (NINES_31, 4, NINES_31 + ".0000"),
        (NINES_31 + ".5", 0, "1" + "0" * 31),
        # a rate printed with 39 decimals: 20 is shown as 20.000…0 (41 digits)
        ("20", 39, "20." + "0" * 39),
        ("0." + "0" * 38 + "15", 39, "0." + "0" * 38 + "2"),
        # rounded to hundreds, 40 digits
        ("1" * 40, -2, "1" * 38 + "00"),
    ],
)
def test_round_any_half_up(number: str, places: int, expected: str) -> None:
    rounded = round_any(Decimal(number), places)
    assert format(rounded, "f") == expected


def test_round_any_down_cuts() -> None:
    assert format(round_any(Decimal(NINES_31 + ".99999"), 4, ROUND_DOWN), "f") == (
        NINES_31 + ".9999"
    )


def test_round_any_places_beyond_the_checked_range() -> None:
    # round_to refuses places over 68; a text may print more decimals than that
    assert format(round_any(Decimal("1.5"), 70), "f") == "1.5" + "0" * 69


@pytest.mark.parametrize("number", ["NaN", "Infinity", "-Infinity"])
def test_round_any_refuses_what_is_not_finite(number: str) -> None:
    with pytest.raises(OutOfRangeError, match="not a finite number"):
        round_any(Decimal(number), 2)


def test_context_for_is_the_library_context_when_it_is_wide_enough() -> None:
    assert context_for(MAX_DIGITS) is CTX
    wide = context_for(MAX_DIGITS + 1)
    assert wide is not CTX
    assert wide.prec == MAX_DIGITS + 1
    assert CTX.prec == MAX_DIGITS  # the library's context is never widened in place


# --- the audit ----------------------------------------------------------------------------


def test_an_absurd_figure_is_a_finding_and_the_next_sentence_is_still_read() -> None:
    # (9999999999999999999999999999999 − 1) / 1 = 999999999999999999999999999999800%: 33
    # digits, and 4 places more do not fit in 34
    audit = audit_text(
        f"收入{NINES_31}万元，比上年1万元增长50%。支出100万元，其中A支出60万元，B支出30万元。"
    )
    assert [(f.code, f.message_en) for f in audit.findings] == [
        (
            "arithmetic.change-rate",
            f"the change rate is printed as 50%, but rate from {NINES_31}万元, 1万元 = "
            "999999999999999999999999999999800, which rounds to "
            "999999999999999999999999999999800%",
        ),
        (
            "arithmetic.breakdown-sum",
            "the total is printed as 100万元, but its parts add up to 90万元: 60万元 + 30万元",
        ),
    ]
    assert audit.findings[0].message_zh == (
        f"增减率印为50%，但按{NINES_31}万元、1万元计算为999999999999999999999999999999800，"
        "四舍五入为999999999999999999999999999999800%"
    )


def test_a_sum_with_an_absurd_part_is_a_finding() -> None:
    # 9999999999999999999999999999999.1 + 2.33333 = 10000000000000000000000000000001.43333,
    # shown to the total's printed 0 places: 10000000000000000000000000000001
    audit = audit_text(f"收入1万元，其中A收入{NINES_31}.1万元，B收入2.33333万元。")
    assert [(f.code, f.message_en) for f in audit.findings] == [
        (
            "arithmetic.breakdown-sum",
            "the total is printed as 1万元, but its parts add up to "
            f"10000000000000000000000000000001万元: {NINES_31}.1万元 + 2.33333万元",
        )
    ]


# The context's largest exponent is 999,999 and the widest move between two units is 12 places
# (万亿元 to 元): a number of 999,986 digits is the longest that moves to its base unit.
LONGEST = 999_999 - 12 - 1


@pytest.mark.parametrize("unit", ["万亿元", "亿元", "万元", "元", "%", "万人"])
def test_a_run_of_a_million_digits_is_a_finding_and_the_next_sentence_is_still_read(
    unit: str,
) -> None:
    # (before: decimal.Overflow, outside the library's errors, from the base unit of 万元 and
    # wider units; then the number was left unread without a word)
    text = "支出" + "1" * 1_000_000 + unit + "。\n支出100万元，其中A支出60万元，B支出30万元。"
    audit = audit_text(text, file="long.txt")
    assert [
        (f.code, f.severity.value, f.location.line, f.location.column, f.message_en, f.span)
        for f in audit.findings
    ] == [
        (
            "structure.unreadable-figure",
            "warning",
            1,
            3,
            "a number of 1,000,000 characters is too long to read (at most 999,986):"
            " it was not checked",
            "1" * 20 + "…",
        ),
        (
            "arithmetic.breakdown-sum",
            "error",
            2,
            1,
            "the total is printed as 100万元, but its parts add up to 90万元: 60万元 + 30万元",
            "支出100万元，其中A支出60万元，B支出30万元",
        ),
    ]
    assert audit.findings[0].message_zh == "数字长1,000,000个字符，超过可读取的999,986个，未作核对"


def test_a_number_read_is_no_finding_and_the_longest_read_is_the_limit() -> None:
    assert LONGEST_NUMBER == LONGEST
    too_long: list[tuple[int, int]] = []
    text = "收入-" + "9" * (LONGEST + 1) + "元,支出" + "9" * LONGEST + "元"
    read = find_quantities(text, too_long)
    # the sign and the digits of the first, not its unit; the second is read
    assert too_long == [(2, 2 + 1 + LONGEST + 1)]
    assert [len(q.text) for q in read] == [LONGEST + 1]
    assert [f.code for f in audit_text("支出" + "9" * LONGEST + "元。").findings] == []


def test_the_longest_number_read_is_the_longest_its_base_unit_holds() -> None:
    longest = find_quantities("9" * LONGEST + "万亿元")
    assert [(len(q.text), q.unit.name) for q in longest] == [(LONGEST + 3, "WANYIYUAN")]
    # (10**999986 - 1) * 10**12 in the base unit, rounded half-up to the context's 34 digits
    assert longest[0].base == Decimal("1E+999998")
    assert find_quantities("9" * (LONGEST + 1) + "万亿元") == []


def test_a_rate_printed_with_39_decimals_is_shown_to_them() -> None:
    # (120 − 100) / 100 = 20%, shown to the 39 decimals of the printed rate
    audit = audit_text("支出120万元，比上年100万元增长0." + "0" * 38 + "1%。")
    assert [(f.code, f.message_en) for f in audit.findings] == [
        (
            "arithmetic.change-rate",
            "the change rate is printed as 0." + "0" * 38 + "1%, but rate from 120万元, "
            "100万元 = 20, which rounds to 20." + "0" * 39 + "%",
        )
    ]


def _corpus_texts() -> list[str]:
    paths = sorted(CORPUS.glob("**/*.txt"))
    # every fourth text of the repository's corpora (real reports, 200 or so)
    return [p.read_text(encoding="utf-8") for p in paths[::4]]


_TEXTS = _corpus_texts()

_ABSURD = st.one_of(
    st.integers(31, 80).map(lambda n: "9" * n),
    st.integers(31, 80).map(lambda n: "1" * n + ".5"),
    st.integers(35, 80).map(lambda n: "0." + "0" * n + "1"),
)


@settings(max_examples=60, deadline=None)
@given(data=st.data(), absurd=_ABSURD)
def test_one_absurd_figure_in_a_real_report_never_stops_its_audit(
    data: st.DataObject, absurd: str
) -> None:
    text = data.draw(st.sampled_from(_TEXTS), label="text")
    starts = [i for i, ch in enumerate(text) if ch.isdigit() and not text[i - 1 : i].isdigit()]
    start = data.draw(st.sampled_from(starts), label="figure")
    end = start
    while end < len(text) and (text[end].isdigit() or text[end] == "."):
        end += 1
    audit_text(text[:start] + absurd + text[end:])


def test_the_real_reports_are_there() -> None:
    assert len(_TEXTS) > 100
    assert all(any(ch.isdigit() for ch in text) for text in _TEXTS)
