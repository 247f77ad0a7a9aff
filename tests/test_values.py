"""Values as printed: every target and actual of the seed forms, spellings, alignment."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from budgetperf import ParseError
from budgetperf.errors import Location, NotDecimalError, WrongTypeError
from budgetperf.testing.strategies import printed_value_texts, printed_values
from budgetperf.values import (
    AlignmentStatus,
    Comparator,
    PrintedValue,
    ValueKind,
    align,
    format_value,
    is_valid_value,
    parse_value,
)

FORMS = Path(__file__).resolve().parent.parent / "examples" / "forms"
Q, QL = ValueKind.QUANTITY, ValueKind.QUALITATIVE
GE, LE = Comparator.GE, Comparator.LE

# Every distinct target/actual string printed in the seed forms, read by hand:
# text: (kind, comparator, magnitude, multiplier, unit, base value)
GOLDEN: dict[str, tuple[ValueKind, Comparator | None, str | None, int, str, str | None]] = {
    "0": (Q, None, "0", 1, "", "0"),
    "0.9万件": (Q, None, "0.9", 10000, "件", "9000"),
    "1": (Q, None, "1", 1, "", "1"),
    "100%": (Q, None, "100", 1, "%", "100"),
    "1107.5万元": (Q, None, "1107.5", 10000, "元", "11075000"),
    "154项": (Q, None, "154", 1, "项", "154"),
    "173万元": (Q, None, "173", 10000, "元", "1730000"),
    "180项": (Q, None, "180", 1, "项", "180"),
    "186项": (Q, None, "186", 1, "项", "186"),
    "189": (Q, None, "189", 1, "", "189"),
    "2": (Q, None, "2", 1, "", "2"),
    "273万元": (Q, None, "273", 10000, "元", "2730000"),
    "31863条": (Q, None, "31863", 1, "条", "31863"),
    "3821项": (Q, None, "3821", 1, "项", "3821"),
    "4270万元": (Q, None, "4270", 10000, "元", "42700000"),
    "4个": (Q, None, "4", 1, "个", "4"),
    "59.49万件": (Q, None, "59.49", 10000, "件", "594900"),
    "629.10": (Q, None, "629.10", 1, "", "629.1"),
    "67888件": (Q, None, "67888", 1, "件", "67888"),
    "703.50": (Q, None, "703.50", 1, "", "703.5"),
    "80": (Q, None, "80", 1, "", "80"),
    "80个": (Q, None, "80", 1, "个", "80"),
    "95%": (Q, None, "95", 1, "%", "95"),
    "95": (Q, None, "95", 1, "", "95"),
    "98%": (Q, None, "98", 1, "%", "98"),
    "99%": (Q, None, "99", 1, "%", "99"),
    "≤1179.7万元": (Q, LE, "1179.7", 10000, "元", "11797000"),
    "≤173万元": (Q, LE, "173", 10000, "元", "1730000"),
    "≤273万元": (Q, LE, "273", 10000, "元", "2730000"),
    "≥2": (Q, GE, "2", 1, "", "2"),
    "≥30万件": (Q, GE, "30", 10000, "件", "300000"),
    "≥5千件": (Q, GE, "5", 1000, "件", "5000"),
    "≥95%": (Q, GE, "95", 1, "%", "95"),
    "≧95%": (Q, GE, "95", 1, "%", "95"),
    "优化": (QL, None, None, 1, "", None),
    "减少": (QL, None, None, 1, "", None),
    "定性": (QL, None, None, 1, "", None),
    "持续优化": (QL, None, None, 1, "", None),
    "提升": (QL, None, None, 1, "", None),
    "显著减少": (QL, None, None, 1, "", None),
    "有效减少": (QL, None, None, 1, "", None),
    "有效提升": (QL, None, None, 1, "", None),
    "达标": (QL, None, None, 1, "", None),
    "长期": (QL, None, None, 1, "", None),
}


def _seed_cells() -> list[tuple[str, int, str, str]]:
    cells = []
    for path in sorted(FORMS.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for i, row in enumerate(data["indicators"]):
            for field in ("target", "actual"):
                if row[field] is not None:
                    cells.append((path.name, i, field, row[field]))
    return cells


SEED_CELLS = _seed_cells()


def test_the_seed_forms_are_there() -> None:
    assert len(list(FORMS.glob("*.json"))) == 6
    assert len(SEED_CELLS) > 100


@pytest.mark.parametrize(("file", "row", "field", "text"), SEED_CELLS)
def test_every_seed_cell_is_pinned_and_parses(file: str, row: int, field: str, text: str) -> None:
    assert text in GOLDEN, f"{file} indicators[{row}].{field} {text!r} has no golden reading"
    kind, comparator, magnitude, multiplier, unit, base = GOLDEN[text]
    value = parse_value(text, where=Location(file=file, row=row, field=field))
    assert value.kind is kind
    assert value.comparator is comparator
    assert value.magnitude == (None if magnitude is None else Decimal(magnitude))
    assert value.multiplier == multiplier
    assert value.unit == unit
    assert value.base_value == (None if base is None else Decimal(base))
    assert value.text == text


@pytest.mark.parametrize(
    ("text", "comparator"),
    [
        ("≥95%", GE),
        ("≧95%", GE),
        (">=95%", GE),
        ("＞＝95%", GE),
        ("不低于95%", GE),
        ("不少于95%", GE),
        ("95%以上", GE),
        ("95%及以上", GE),
        ("大于等于95%", GE),
        ("至少95%", GE),
        ("≤95%", LE),
        ("≦95%", LE),
        ("<=95%", LE),
        ("不高于95%", LE),
        ("不超过95%", LE),
        ("95%以内", LE),
        ("95%以下", LE),
        ("95%及以下", LE),
        ("小于等于95%", LE),
        (">95%", Comparator.GT),
        ("＞95%", Comparator.GT),
        ("超过95%", Comparator.GT),
        ("高于95%", Comparator.GT),
        ("<95%", Comparator.LT),
        ("低于95%", Comparator.LT),
        ("=95%", Comparator.EQ),
        ("═95%", Comparator.EQ),
        ("﹦95%", Comparator.EQ),
        ("＝95%", Comparator.EQ),
        ("等于95%", Comparator.EQ),
        ("约95%", Comparator.APPROX),
        ("95%左右", Comparator.APPROX),
        ("≈95%", Comparator.APPROX),
        ("≥95%以上", GE),
        ("９５％", None),
        (" ≥ 95 % ", GE),
    ],
)
def test_comparator_spellings(text: str, comparator: Comparator | None) -> None:
    value = parse_value(text)
    assert value.comparator is comparator
    assert value.magnitude == 95
    assert value.unit == "%"


@pytest.mark.parametrize(
    ("text", "multiplier", "unit", "base_unit", "base"),
    [
        ("≥266米", 1, "米", "米", "266"),
        ("50厘米", 1, "厘米", "米", "0.5"),
        ("5千米", 1, "千米", "米", "5000"),
        ("3公里", 1, "公里", "米", "3000"),
        ("10万人次", 10000, "人次", "人次", "100000"),
        ("1.2亿元", 100000000, "元", "元", "120000000"),
        ("5千元", 1000, "元", "元", "5000"),
        ("≥100百分比", 1, "百分比", "%", "100"),
        ("2倍", 1, "倍", "倍", "2"),
        ("30天", 1, "天", "天", "30"),
        ("3天内", 1, "天", "天", "3"),
        ("≥5个工作日", 1, "个工作日", "工作日", "5"),
        ("20户", 1, "户", "户", "20"),
        ("5十万件", 100000, "件", "件", "500000"),
        ("1,200人", 1, "人", "人", "1200"),
        ("12辆次", 1, "辆次", "辆次", "12"),
        ("15元/人", 1, "元/人", "元/人", "15"),
    ],
)
def test_units_and_multipliers(
    text: str, multiplier: int, unit: str, base_unit: str, base: str
) -> None:
    value = parse_value(text)
    assert value.multiplier == multiplier
    assert value.unit == unit
    assert value.base_unit == base_unit
    assert value.base_value == Decimal(base)


def test_huge_values_stay_exact() -> None:
    value = parse_value("1" * 30 + "万亿件")
    assert value.base_value == Decimal("1" * 30 + "0" * 12)


def test_unknown_units_are_kept_but_flagged() -> None:
    assert not parse_value("12辆次").known_unit
    assert parse_value("12辆").known_unit
    assert parse_value("12").known_unit


@pytest.mark.parametrize(
    ("text", "kind", "low", "high", "unit"),
    [
        ("90%-100%", ValueKind.RANGE, "90", "100", "%"),
        ("90-100%", ValueKind.RANGE, "90", "100", "%"),
        ("90%~100%", ValueKind.RANGE, "90", "100", "%"),
        ("90%～100%", ValueKind.RANGE, "90", "100", "%"),
        ("90%至100%", ValueKind.RANGE, "90", "100", "%"),
        ("5到10天", ValueKind.RANGE, "5", "10", "天"),
        ("±10%", ValueKind.TOLERANCE, "10", None, "%"),
    ],
)
def test_ranges_and_tolerances(
    text: str, kind: ValueKind, low: str, high: str | None, unit: str
) -> None:
    value = parse_value(text)
    assert value.kind is kind
    assert value.magnitude == Decimal(low)
    assert value.upper == (None if high is None else Decimal(high))
    assert value.unit == unit
    assert value.comparator is None


@pytest.mark.parametrize("text", ["/", "／", "-", "—", "——", "不适用", "N/A"])
def test_not_applicable(text: str) -> None:
    assert parse_value(text).kind is ValueKind.NOT_APPLICABLE


@pytest.mark.parametrize("text", ["按时完成", "达到预期", "一般", "无", "是", "良好", "显著提高"])
def test_qualitative_words(text: str) -> None:
    value = parse_value(text)
    assert value.qualitative
    assert not value.numeric
    assert value.text == text


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "blank"),
        ("   ", "blank"),
        ("三个", "Chinese numerals"),
        ("两次", "Chinese numerals"),
        ("≥", "comparator without a number"),
        ("≥良好", "comparator without a number"),
        ("≥95%以下", "two comparators that disagree"),
        ("12月底前完成", "date or deadline"),
        ("2023年12月31日前", "not a value"),
        ("100-90%", "low end is above"),
        ("5%-10个", "different units"),
        ("abc1", "not a value"),
        ("±-5%", "negative tolerance"),
        ("95%以上件", "not a unit"),
        ("1e999999", "not a value"),
        ("5这是一段很长的说明", "cannot read"),
        (",5件", "not a value"),
        ("a5件", "not a value"),
        ("3亩地很大", "words after the unit '亩': '地很大'"),
        ("3项完成", "words after the unit '项': '完成'"),
    ],
)
def test_refused_with_a_specific_reason(text: str, reason: str) -> None:
    with pytest.raises(ParseError, match=reason) as info:
        parse_value(text, where=Location(file="f.json", row=1, field="target"))
    assert repr(text) in str(info.value)
    assert "f.json row 1 field 'target'" in str(info.value)
    assert isinstance(info.value, ValueError)
    assert not is_valid_value(text)


def test_parse_value_takes_text_only() -> None:
    with pytest.raises(TypeError):
        parse_value(95)  # type: ignore[arg-type]
    assert not is_valid_value(95)
    assert not is_valid_value(None)


@given(st.text(max_size=30))
def test_is_valid_value_never_raises(text: str) -> None:
    assert is_valid_value(text) == _parses(text)


def _parses(text: str) -> bool:
    try:
        parse_value(text)
    except ParseError:
        return False
    return True


def test_comparator_holds() -> None:
    assert GE.holds(Decimal(5), Decimal(5))
    assert not Comparator.GT.holds(Decimal(5), Decimal(5))
    assert LE.holds(Decimal(4), Decimal(5))
    assert Comparator.LT.holds(Decimal(4), Decimal(5))
    assert Comparator.EQ.holds(Decimal("5.0"), Decimal(5))
    assert Comparator.APPROX.holds(Decimal(5), Decimal(5)) is None


# -- alignment ------------------------------------------------------------------------------


def test_align_seed_pairs() -> None:
    same = align(parse_value("≥5千件"), parse_value("0.9万件"))
    assert same.status is AlignmentStatus.SAME_UNIT
    assert same.values == (Decimal(5000), Decimal(9000))
    assert same.unit == "件"
    assert same.comparable

    assumed = align(parse_value("80个"), parse_value("80"))
    assert assumed.status is AlignmentStatus.ASSUMED_UNIT
    assert assumed.values == (Decimal(80), Decimal(80))
    assert assumed.reason == "80 has no unit; read as 个"

    money = align(parse_value("≤273万元"), parse_value("273"))
    assert money.status is AlignmentStatus.ASSUMED_UNIT
    assert money.values == (Decimal(2730000), Decimal(2730000))
    assert money.unit == "元"

    bad = align(parse_value("154项"), parse_value("98%"))
    assert bad.status is AlignmentStatus.INCOMPATIBLE
    assert bad.values is None
    assert not bad.comparable
    assert bad.reason == "154项 is in 项 and 98% is in %"

    qualitative = align(parse_value("提升"), parse_value("有效提升"))
    assert qualitative.status is AlignmentStatus.NOT_NUMERIC

    own_multiplier = align(parse_value("5千"), parse_value("0.9万件"))
    assert own_multiplier.values == (Decimal(5000), Decimal(9000))
    assert own_multiplier.reason == "5千 has no unit; read as 千件"

    lengths = align(parse_value("≥2千米"), parse_value("2500米"))
    assert lengths.values == (Decimal(2000), Decimal(2500))

    unknown = align(parse_value("5辆次"), parse_value("5次"))
    assert unknown.status is AlignmentStatus.INCOMPATIBLE


@given(printed_values(kinds=(ValueKind.QUANTITY,)), printed_values(kinds=(ValueKind.QUANTITY,)))
def test_align_is_symmetric(a: PrintedValue, b: PrintedValue) -> None:
    ab, ba = align(a, b), align(b, a)
    assert ab.status is ba.status
    if ab.values is not None:
        assert ba.values == (ab.values[1], ab.values[0])


@given(printed_values(kinds=(ValueKind.QUANTITY,)), st.sampled_from([1, 10, 100, 1000, 10000]))
def test_same_quantity_in_other_multipliers_aligns_equal(value: PrintedValue, factor: int) -> None:
    assert value.magnitude is not None
    words = {1: "", 10: "十", 100: "百", 1000: "千", 10000: "万"}
    if value.multiplier != 1 or value.unit in ("米", "千米", "克", "千克", "百分比", "分"):
        return
    scaled = parse_value(f"{value.magnitude / factor:f}{words[factor]}{value.unit}")
    aligned = align(value, scaled)
    assert aligned.values is not None
    assert aligned.values[0] == aligned.values[1]


# -- format ∘ parse -------------------------------------------------------------------------


@given(printed_values())
def test_parse_format_is_identity(value: PrintedValue) -> None:
    back = parse_value(format_value(value))
    assert back.kind is value.kind
    assert back.comparator is value.comparator
    assert back.base_unit == value.base_unit
    assert back.base_value == value.base_value
    assert back.base_upper == value.base_upper


@given(printed_value_texts())
def test_printed_spellings_read_back(pair: tuple[str, PrintedValue]) -> None:
    text, value = pair
    back = parse_value(text)
    assert back.comparator is value.comparator
    assert back.base_value == value.base_value
    assert back.base_unit == value.base_unit


# -- ㎡, compound units, tolerances, dates, unit cells (issue 10, Deliver 5) -----------------
@pytest.mark.parametrize(
    ("text", "magnitude", "multiplier", "unit", "base_unit", "base"),
    [
        ("25.29㎡", "25.29", 1, "㎡", "平方米", "25.29"),
        ("≥1,000 ㎡", "1000", 1, "㎡", "平方米", "1000"),
        ("3m²", "3", 1, "㎡", "平方米", "3"),
        ("33公斤/㎡", "33", 1, "公斤/㎡", "千克/平方米", "33"),
        ("≤500元/平方米", "500", 1, "元/平方米", "元/平方米", "500"),
        ("12万元/平方米", "12", 10_000, "元/平方米", "元/平方米", "120000"),
        ("1.5人次/天", "1.5", 1, "人次/天", "人次/天", "1.5"),
        ("2吨/公顷", "2", 1, "吨/公顷", "千克/平方米", "0.2"),
    ],
)
def test_square_metres_and_compound_units_are_read(
    text: str, magnitude: str, multiplier: int, unit: str, base_unit: str, base: str
) -> None:
    v = parse_value(text)
    assert v.kind is ValueKind.QUANTITY
    assert (v.magnitude, v.multiplier, v.unit) == (Decimal(magnitude), multiplier, unit)
    assert (v.base_unit, v.base_value, v.known_unit) == (base_unit, Decimal(base), True)
    assert parse_value(format_value(v)) == attrs.evolve(v, text=format_value(v))


def test_compound_units_compare_through_their_parts() -> None:
    aligned = align(parse_value("≥500元/平方米"), parse_value("0.06万元/平方米"))
    assert aligned.status is AlignmentStatus.SAME_UNIT
    assert aligned.values == (Decimal(500), Decimal(600))
    aligned = align(parse_value("33公斤/㎡"), parse_value("0.033吨/平方米"))
    assert aligned.values == (Decimal(33), Decimal(33))
    assert not align(parse_value("33公斤/㎡"), parse_value("33公斤")).comparable


@pytest.mark.parametrize("text", ["±3%以内", "±3%之内", "± 3 % 以内", "±3%内"])
def test_a_tolerance_within_reads_like_the_tolerance(text: str) -> None:
    v, plain = parse_value(text), parse_value("±3%")
    assert (v.kind, v.comparator, v.magnitude, v.unit) == (
        plain.kind,
        plain.comparator,
        plain.magnitude,
        plain.unit,
    )


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("2023.07-2024.01", "a period"),
        ("2023.7至2024.1", "a period"),
        ("2023-07-01~2024-01-31", "a period"),
        ("2023年7月-2024年1月", "a period"),
        ("2023-07-01", "a date"),
        ("2023.07.01", "a date"),
        ("2023/07", "a date"),
        ("2023年7月", "a date"),
    ],
)
def test_periods_and_dates_are_refused_as_such(text: str, reason: str) -> None:
    with pytest.raises(ParseError, match=f"^{reason}"):
        parse_value(text)


def test_a_number_that_could_be_a_month_is_still_a_number() -> None:
    assert parse_value("2023.07").magnitude == Decimal("2023.07")
    assert parse_value("90.5-99.5").kind is ValueKind.RANGE


@pytest.mark.parametrize("text", ["万元", "元", "%", "件", "百万元", "万", "元/平方米", "㎡"])
def test_a_unit_cell_is_refused_as_a_unit_with_no_number(text: str) -> None:
    with pytest.raises(ParseError, match="a unit with no number") as info:
        parse_value(text)
    assert "Chinese numerals" not in str(info.value)


def test_numerals_are_still_refused_as_numerals() -> None:
    for text in ["十件", "三个", "五万元"]:
        with pytest.raises(ParseError, match="Chinese numerals"):
            parse_value(text)


# -- wrong types (issue 10, Deliver 1) -------------------------------------------------------
@pytest.mark.parametrize("bad", [0.5, 98, None, object()])
def test_parse_value_of_a_non_str_is_a_wrong_type_error(bad: object) -> None:
    with pytest.raises(WrongTypeError, match="parse_value takes text"):
        parse_value(bad)  # type: ignore[arg-type]
    assert is_valid_value(bad) is False


@pytest.mark.parametrize(
    ("field", "bad", "error"),
    [
        ("upper", 0.5, NotDecimalError),
        ("magnitude", 0.5, NotDecimalError),
        ("multiplier", 1.0, WrongTypeError),
        ("multiplier", True, WrongTypeError),
        ("unit", None, WrongTypeError),
        ("comparator", "≥", WrongTypeError),
        ("kind", "range", WrongTypeError),
        ("text", 5, WrongTypeError),
    ],
)
def test_printed_value_refuses_floats_and_wrong_types(
    field: str, bad: object, error: type[Exception]
) -> None:
    fields: dict[str, object] = {
        "text": "1-2",
        "kind": ValueKind.RANGE,
        "magnitude": Decimal(1),
        "upper": Decimal(2),
    }
    fields[field] = bad
    with pytest.raises(error, match=field if error is WrongTypeError else "float"):
        PrintedValue(**fields)  # type: ignore[arg-type]


def test_align_and_format_value_take_printed_values() -> None:
    with pytest.raises(WrongTypeError, match="align takes two PrintedValue"):
        align(parse_value("1件"), "1件")  # type: ignore[arg-type]
    with pytest.raises(WrongTypeError, match="format_value takes a PrintedValue"):
        format_value("1件")  # type: ignore[arg-type]
