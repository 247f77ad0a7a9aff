"""Budget lines, rates, ledgers, the CSV reader and the drafted 决算 statements."""

from __future__ import annotations

import errno
import io
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from budgetperf.amounts import Amount, Unit
from budgetperf.classification import CodeLevel
from budgetperf.errors import FileError, OutOfRangeError, ParseError
from budgetperf.exact import exact_sum
from budgetperf.ledger import (
    BudgetLine,
    FundingSource,
    FundType,
    Ledger,
    Nature,
    Phase,
)
from budgetperf.ledger_csv import read_ledger_csv
from budgetperf.rates import ZeroBase, change, ratio
from budgetperf.statements import (
    change_sentence,
    completion_paragraphs,
    overall_completion,
    structure_sentence,
)
from budgetperf.testing.strategies import fixed_decimals

D = Decimal
LEDGERS = Path(__file__).resolve().parent.parent / "examples" / "ledgers"


# -- rates ------------------------------------------------------------------------------------


def test_ratio_and_zero_base() -> None:
    assert ratio(D("628.95"), D("703.50")).percent() == D("89.40")
    undefined = ratio(D("124.66"), D(0))
    assert not undefined.defined
    assert undefined.percent() is None
    assert str(undefined) == "—"
    assert "undefined" in undefined.reason
    hundred = ratio(D("124.66"), D(0), zero_base=ZeroBase.HUNDRED)
    assert hundred.percent() == D("100.00")
    assert "convention" in hundred.reason
    with pytest.raises(TypeError):
        ratio(1.0, 2)  # type: ignore[arg-type]


def test_change() -> None:
    c = change(D("628.95"), D("1022.32"))
    assert c.amount == D("-393.37")
    assert c.direction == "减少"
    assert c.rate.percent() == D("-38.48")
    assert change(D(5), D(0)).rate.percent() is None
    assert change(D(5), D(5)).direction == "持平"


# -- lines ------------------------------------------------------------------------------------


def test_budget_line_derives_the_adjusted_budget() -> None:
    line = BudgetLine("2010301", initial="100", increase="20", decrease="5", executed="110")
    assert line.adjusted == D(115)
    rate = line.execution_rate()
    assert rate is not None
    assert rate.percent() == D("95.65")
    completion = line.completion_rate()
    assert completion is not None
    assert completion.percent() == D("110.00")
    assert line.variance() == D(10)
    with pytest.raises(OutOfRangeError, match="全年预算数"):
        BudgetLine("2010301", initial="100", increase="20", adjusted="200")
    with pytest.raises(OutOfRangeError):
        BudgetLine("2010301", increase="20")


def test_budget_line_missing_amounts_are_none_not_zero() -> None:
    line = BudgetLine("2010301", executed="5")
    assert line.initial is None
    assert line.completion_rate() is None
    assert line.execution_rate() is None
    assert line.variance() is None


@pytest.mark.parametrize("code", ["201030", "1010301", "20103011", "２０１", "abc", ""])
def test_budget_line_refuses_bad_codes(code: str) -> None:
    with pytest.raises(ParseError):
        BudgetLine(code)


def test_budget_line_refuses_floats() -> None:
    with pytest.raises(TypeError):
        BudgetLine("2010301", initial=1.5)  # type: ignore[arg-type]


# -- ledger -----------------------------------------------------------------------------------


def seed000() -> Ledger:
    return read_ledger_csv(LEDGERS / "seed000-2022-hetang.csv", year=2022)


def seed002() -> Ledger:
    return read_ledger_csv(LEDGERS / "seed002-2018-miluo.csv", year=2018)


def test_seed000_rollup_by_class() -> None:
    rows = {row.code: row for row in seed000().rollup(CodeLevel.LEI)}
    # hand sums of the printed 项 lines
    assert rows["201"].executed == D("530.37")  # 405.71 + 124.66
    assert rows["201"].initial == D("676.59")
    assert rows["210"].executed == D("5.50")  # 5.34 + 0.16
    assert rows["201"].lines == 2
    assert list(rows) == ["201", "206", "208", "210", "221"]


def test_seed000_shares_exact_and_each() -> None:
    ledger = seed000()
    table = ledger.table(ledger.rollup(CodeLevel.LEI), Phase.EXECUTED)
    # 530.37, 71.67, 9.83, 5.50, 11.58 of 628.95, by hand:
    assert table.shares_each == (D("84.33"), D("11.40"), D("1.56"), D("0.87"), D("1.84"))
    assert table.shares == (D("84.33"), D("11.40"), D("1.56"), D("0.87"), D("1.84"))
    assert table.total == D("628.95")
    xiang = ledger.table(ledger.rollup(CodeLevel.XIANG), Phase.EXECUTED)
    # 71.67/628.95 = 11.3952…%: alone 11.40, but the largest-remainder shares give it 11.39
    assert xiang.shares_each[2] == D("11.40")
    assert xiang.shares[2] == D("11.39")
    assert sum(xiang.shares, D(0)) == 100
    assert sum(xiang.shares_each, D(0)) == D("100.01")


def test_by_nature_source_fund_and_economic() -> None:
    ledger = Ledger(
        [
            BudgetLine(
                "2010301",
                executed="221.67",
                nature=Nature.PERSONNEL,
                economic_code="30101",
                source=FundingSource.CURRENT,
                fund=FundType.GENERAL,
            ),
            BudgetLine(
                "2010301",
                executed="10",
                nature=Nature.OPERATING,
                economic_code="30217",
                source=FundingSource.CURRENT,
                fund=FundType.GENERAL,
            ),
            BudgetLine(
                "2010302",
                executed="885.83",
                nature=Nature.PROJECT,
                economic_code="30231",
                source=FundingSource.CARRYOVER,
                fund=FundType.UNIT,
            ),
        ]
    )
    assert {r.key: r.executed for r in ledger.by_nature()} == {
        "人员经费": D("221.67"),
        "公用经费": D("10"),
        "项目支出": D("885.83"),
    }
    assert {r.key: r.executed for r in ledger.by_basic_or_project()} == {
        "基本支出": D("231.67"),
        "项目支出": D("885.83"),
    }
    assert {r.key: r.executed for r in ledger.by_source()} == {
        "当年财政拨款": D("231.67"),
        "上年结转": D("885.83"),
    }
    assert {r.key: r.executed for r in ledger.by_fund()} == {
        "一般公共预算": D("231.67"),
        "单位资金": D("885.83"),
    }
    assert {r.key: r.executed for r in ledger.by_economic(3)} == {
        "301": D("221.67"),
        "302": D("895.83"),
    }
    sangong = ledger.sangong()
    assert sangong.items["公务接待费"] == (D(0), D(10))
    assert sangong.items["公务用车运行维护费"] == (D(0), D("885.83"))
    assert sangong.executed == D("895.83")


def test_sangong_budget_vs_actual() -> None:
    # seed 002: 公务接待费 budget 4.7万元, actual 4.5万元, 95.74%
    ledger = Ledger([BudgetLine("2010301", initial="4.7", executed="4.5", economic_code="30217")])
    sangong = ledger.sangong(budget=Phase.INITIAL)
    assert sangong.items["公务接待费"] == (D("4.7"), D("4.5"))
    assert sangong.completion().percent() == D("95.74")


def test_change_against_previous_ledger_in_another_unit() -> None:
    now = Ledger([BudgetLine("2010301", executed="628.95")])
    before = Ledger([BudgetLine("2010301", executed="10223200")], unit=Unit.YUAN)
    delta = now.change_against(before)["201"]
    assert delta.amount == D("-393.37")
    assert delta.rate.percent() == D("-38.48")


def test_ledger_refuses_non_lines() -> None:
    with pytest.raises(TypeError):
        Ledger(["2010301"])  # type: ignore[list-item]


def test_lines_round_trip_through_the_columns() -> None:
    line = BudgetLine(
        "2010301",
        initial="1",
        increase="2",
        executed="3",
        name="行政运行",
        nature=Nature.PROJECT,
        reason="r",
    )
    ledger = Ledger([line])
    assert ledger.lines == (line,)
    assert ledger.line(0).adjusted == D(3)


# -- properties -------------------------------------------------------------------------------

CODES = st.sampled_from(
    [
        "2010301",
        "2010302",
        "2010399",
        "2013699",
        "2060199",
        "2080505",
        "2101101",
        "2210201",
        "20103",
        "206",
    ]
)
amounts = fixed_decimals(places=2, max_value=10**7)
lines = st.lists(
    st.builds(
        BudgetLine,
        CODES,
        initial=st.none() | amounts,
        executed=amounts,
        previous=st.none() | amounts,
    ),
    min_size=1,
    max_size=40,
)


@given(lines)
def test_rollup_totals_equal_the_sum_of_lines_at_every_level(ls: list[BudgetLine]) -> None:
    ledger = Ledger(ls)
    total = exact_sum(line.executed for line in ls if line.executed is not None)
    assert ledger.total(Phase.EXECUTED).value == total
    for level in CodeLevel:
        rows = ledger.rollup(level)
        covered = [line for line in ls if len(line.code) >= level.length]
        assert exact_sum(r.executed or D(0) for r in rows) == exact_sum(
            line.executed or D(0) for line in covered
        )
        assert sum(r.lines for r in rows) == len(covered)


@given(lines, st.integers(0, 4))
def test_shares_sum_to_100_at_any_precision(ls: list[BudgetLine], places: int) -> None:
    ledger = Ledger(ls)
    for level in CodeLevel:
        table = ledger.table(ledger.rollup(level), Phase.EXECUTED, places=places)
        if table.total:
            assert exact_sum(table.shares) == 100


@given(lines, st.randoms(use_true_random=False))
def test_order_of_lines_changes_nothing(ls: list[BudgetLine], rnd: object) -> None:
    import random

    assert isinstance(rnd, random.Random)
    shuffled = list(ls)
    rnd.shuffle(shuffled)
    a, b = Ledger(ls), Ledger(shuffled)
    for level in CodeLevel:
        assert a.rollup(level) == b.rollup(level)
        assert a.table(a.rollup(level)) == b.table(b.rollup(level))


@given(lines)
def test_same_ledger_in_yuan_and_wan_yuan_gives_the_same_results(ls: list[BudgetLine]) -> None:
    wan = Ledger(ls)
    yuan = wan.to_unit(Unit.YUAN)
    assert wan.total() == yuan.total()
    for level in CodeLevel:
        rw, ry = wan.rollup(level), yuan.rollup(level)
        for a, b in zip(rw, ry, strict=True):
            assert Amount(a.executed or 0, Unit.WAN_YUAN) == Amount(b.executed or 0, Unit.YUAN)
            ca, cb = a.completion_rate(), b.completion_rate()
            assert (ca is None) == (cb is None)
            if ca is not None and cb is not None:
                assert ca.value == cb.value
        assert wan.table(rw).shares == yuan.table(ry).shares
        assert wan.table(rw).shares_each == yuan.table(ry).shares_each


# -- CSV --------------------------------------------------------------------------------------


def test_csv_with_headers_units_and_encodings(tmp_path: Path) -> None:
    text = (
        "exp_func_code,exp_func_name,年初预算数(元),决算数,dep_bgt_eco_code,支出性质,资金来源,fiscal_year\n"
        "2010301,行政运行,6765900,405.71万元,30101,人员经费,当年财政拨款,2022\n"
        '2210201,住房公积金,115800,"￥115,800.00",30113,人员经费,上年结转,2022\n'
    )
    for encoding in ("utf-8", "utf-8-sig", "gbk", "gb18030"):
        path = tmp_path / f"lines-{encoding}.csv"
        path.write_bytes(text.encode(encoding))
        ledger = read_ledger_csv(path)
        assert ledger.unit is Unit.WAN_YUAN
        assert ledger.column(Phase.INITIAL) == [D("676.59"), D("11.58")]
        assert ledger.column(Phase.EXECUTED) == [D("405.71"), D("11.58")]
        assert ledger.line(0).economic_code == "30101"
        assert ledger.line(0).nature is Nature.PERSONNEL
        assert ledger.line(1).source is FundingSource.CARRYOVER
        assert ledger.names["2010301"] == "行政运行"


def test_csv_from_a_stream_and_empty_cells() -> None:
    ledger = read_ledger_csv(io.StringIO("code,initial,executed\n2010301,,5\n\n"))
    assert ledger.line(0).initial is None
    assert ledger.line(0).executed == D(5)
    assert len(ledger) == 1


@pytest.mark.parametrize(
    ("content", "message", "where"),
    [
        ("code,executed\n201030,5\n", "not a functional code", "row 2 field 'code'"),
        ("code,executed\n2010301,5x\n", "not an amount", "row 2 field 'executed'"),
        ("code,colour\n2010301,red\n", "unknown column", "row 1 field 'colour'"),
        ("executed\n5\n", "no code column", "row 1"),
        ("code,nature\n2010301,工资\n", "not one of", "row 2 field 'nature'"),
        ("code,initial,increase,adjusted\n2010301,1,1,5\n", "全年预算数", "row 2"),
        ("code,executed\n2010301,5,6\n", "cells in a row", "row 2"),
        ("", "empty file", ""),
    ],
)
def test_csv_errors_name_file_row_and_field(
    tmp_path: Path, content: str, message: str, where: str
) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ParseError) as info:
        read_ledger_csv(path)
    assert message in str(info.value)
    assert where in str(info.value)


def test_csv_undecodable_and_missing(tmp_path: Path) -> None:
    path = tmp_path / "bin.csv"
    path.write_bytes(b"\xff\xfe\x00\x81\x00")
    with pytest.raises(ParseError):
        read_ledger_csv(path)
    # A missing ledger is a FileError, an OSError keeping the errno, as every other file is.
    with pytest.raises(FileError, match="cannot read") as info:
        read_ledger_csv(tmp_path / "none.csv")
    assert info.value.errno == errno.ENOENT


# -- statements: golden, seed 000 二(一)2–3 and seed 002 五(二)–(三) ------------------------------


def test_seed000_structure_sentence() -> None:
    statement = structure_sentence(seed000())
    figures = statement.figures
    assert figures["total"] == D("628.95")
    assert figures["201.executed"] == D("530.37")
    # printed 84.33 / 11.39 / 1.56 / 0.87 / 1.85: 11.39 and 1.85 are wrong in print
    assert figures["201.share"] == D("84.33")
    assert figures["206.share"] == D("11.40")
    assert figures["208.share"] == D("1.56")
    assert figures["210.share"] == D("0.87")
    assert figures["221.share"] == D("1.84")
    assert statement.text.startswith(
        "2022年度一般公共预算财政拨款支出628.95万元，主要用于以下方面："
    )
    assert "占11.40%" in statement.text


def test_seed000_completion() -> None:
    ledger = seed000()
    overall = overall_completion(ledger)
    assert overall.figures == {"initial": D("703.50"), "executed": D("628.95"), "rate": D("89.40")}
    paragraphs = completion_paragraphs(ledger)
    assert [p.key for p in paragraphs] == [
        "2010301",
        "2010399",
        "2060199",
        "2080505",
        "2101101",
        "2101199",
        "2210201",
    ]
    first = paragraphs[0]
    assert first.figures == {"initial": D("676.59"), "executed": D("405.71"), "rate": D("59.96")}
    assert first.text.endswith(
        "年初预算为676.59万元，支出决算为405.71万元，完成年初预算的59.96%，"
        "决算数小于年初预算数的主要原因是：人员异动及年中科目调剂。"
    )
    # 年初预算为0: the printed "完成年初预算的100%" is a convention, not a rate
    assert paragraphs[1].figures["rate"] is None
    assert "无法计算完成年初预算的比例" in paragraphs[1].text
    assert "决算数大于年初预算数" in paragraphs[1].text
    by_convention = completion_paragraphs(ledger, zero_base=ZeroBase.HUNDRED)
    assert by_convention[1].figures["rate"] == D("100.00")
    assert "完成年初预算的100.00%" in by_convention[1].text
    assert "决算数等于年初预算数。" in paragraphs[3].text


def test_seed000_change_sentence() -> None:
    statement = change_sentence(seed000().total().value, D("1022.32"))
    assert statement.figures["amount"] == D("-393.37")
    assert statement.figures["rate"] == D("-38.48")
    assert statement.text == "与上年相比，一般公共预算财政拨款支出减少393.37万元，下降38.48%。"


def test_seed002_statements() -> None:
    ledger = seed002()
    structure = structure_sentence(ledger)
    # 一般公共服务 = 43.93 + 101 + 658.9 + 19 + 2 (the 税收事务 line is a 款 of 201)
    assert structure.figures["201.executed"] == D("824.83")
    assert structure.figures["201.share"] == D("97.41")
    assert structure.figures["208.share"] == D("2.59")
    overall = overall_completion(ledger)
    assert overall.figures == {"initial": D("500.87"), "executed": D("846.77"), "rate": D("169.06")}
    rates = [p.figures["rate"] for p in completion_paragraphs(ledger)]
    assert rates == [D("137.63"), D("103.06"), D("200.88"), D("100.00"), D("100.00"), D("100.00")]
    change_2017 = change_sentence(D("846.77"), D("575.88"))
    assert change_2017.figures["amount"] == D("270.89")
    assert change_2017.figures["rate"] == D("47.04")


# -- issue 10: bad lines are findings; drafted statements never print a bare code -------------


def _csv(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "lines.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_header_only_file_says_nothing_was_read(tmp_path: Path) -> None:
    from budgetperf.ledger_csv import read_ledger_csv

    ledger = read_ledger_csv(_csv(tmp_path, "code,initial,executed\n"))
    assert len(ledger) == 0
    (finding,) = ledger.findings()
    assert finding.code == "ledger.no-lines"
    assert finding.severity.value == "error"
    assert str(tmp_path) in finding.format()


def test_negative_amounts_missing_executed_and_duplicates_are_findings(tmp_path: Path) -> None:
    from budgetperf.ledger_csv import read_ledger_csv

    path = _csv(
        tmp_path,
        "code,initial,executed\n"
        "2010301,-100,50\n"  # row 2: negative 年初预算
        "2010302,100,\n"  # row 3: no 决算
        "\n"  # a blank line is skipped: the rows below keep their file numbers
        "2010399,10,5\n"  # row 5
        "2010399,10,5\n",  # row 6 repeats row 5
    )
    ledger = read_ledger_csv(path)
    found = [(f.code, f.location.row, f.location.field) for f in ledger.findings()]
    assert found == [
        ("ledger.negative-amount", 2, "initial"),
        ("ledger.missing-executed", 3, "executed"),
        ("ledger.duplicate-line", 6, None),
    ]
    messages = [f.format() for f in ledger.findings()]
    assert "年初预算数 must not be negative: -100" in messages[0]
    assert str(path) in messages[0]
    assert "repeats row 5" in messages[2]
    assert all(f.severity.value == "error" for f in ledger.findings())


def test_a_clean_ledger_has_no_findings() -> None:
    ledger = Ledger([BudgetLine("2010301", initial="1", executed="1")])
    assert ledger.findings() == []


def test_a_negative_budget_is_never_drafted_as_a_negative_completion() -> None:
    from budgetperf.statements import completion_paragraphs, overall_completion

    ledger = Ledger([BudgetLine("2010301", initial="-100", executed="50")])
    (paragraph,) = completion_paragraphs(ledger)
    assert "-50" not in paragraph.text
    assert "年初预算为负数，不计算完成年初预算的比例" in paragraph.text
    assert paragraph.figures["rate"] is None
    assert "年初预算为负数" in overall_completion(ledger).text


def test_a_missing_executed_is_never_drafted_as_zero() -> None:
    from budgetperf.statements import completion_paragraphs

    (paragraph,) = completion_paragraphs(Ledger([BudgetLine("2010301", initial="100")]))
    assert "支出决算未列示" in paragraph.text
    assert "支出决算为" not in paragraph.text


def test_an_unknown_code_is_said_and_is_a_finding() -> None:
    from budgetperf.statements import completion_paragraphs, structure_sentence

    ledger = Ledger([BudgetLine("2999999", initial="1", executed="1")])
    (paragraph,) = completion_paragraphs(ledger)
    assert "编码299（类；目录“budgetperf-bundled”中无此科目）" in paragraph.text
    assert "编码29999（款" in paragraph.text
    assert "编码2999999（项" in paragraph.text
    assert [f.code for f in paragraph.findings] == ["ledger.unknown-code"] * 3
    assert "load the official catalogue" in paragraph.findings[0].message_en
    structure = structure_sentence(ledger)
    assert "编码299（类；目录“budgetperf-bundled”中无此科目）支出" in structure.text
    assert [f.location.field for f in structure.findings] == ["299"]


def test_a_known_code_has_no_finding_and_names_the_subject() -> None:
    from budgetperf.statements import completion_paragraphs

    (paragraph,) = completion_paragraphs(Ledger([BudgetLine("2010301", initial="1", executed="1")]))
    assert paragraph.findings == ()
    assert "行政运行（项）" in paragraph.text


def test_a_loaded_catalogue_names_the_codes(tmp_path: Path) -> None:
    from budgetperf.classification import load_catalogue
    from budgetperf.statements import completion_paragraphs

    path = tmp_path / "province-2024.csv"
    path.write_text("code,name\n299,其他支出\n29999,其他支出\n2999999,其他支出\n", encoding="utf-8")
    catalogue = load_catalogue(path)
    ledger = Ledger([BudgetLine("2999999", initial="1", executed="1")], catalogue=catalogue)
    (paragraph,) = completion_paragraphs(ledger)
    assert paragraph.findings == ()
    assert "其他支出（类）其他支出（款）其他支出（项）" in paragraph.text
    assert ledger.catalogue_name() == "budgetperf-bundled+province-2024.csv"


def test_a_row_that_cannot_be_read_is_left_out_and_said(tmp_path: Path) -> None:
    from budgetperf.ledger_csv import read_ledger_csv

    text = (
        "code,initial,executed\n"
        "2010301,1,x元\n"  # row 2: not an amount
        "2010302,100,90\n"
        "20103,1,1,1\n"  # row 4: a cell too many
        "20103x,1,1\n"  # row 5: not a code
        "2010399,5,4\n"
    )
    path = _csv(tmp_path, text)
    with pytest.raises(ParseError, match=r"lines\.csv row \d"):
        read_ledger_csv(path)  # the default: a bad row raises
    ledger = read_ledger_csv(path, bad_rows="finding")
    assert [line.code for line in ledger.lines] == ["2010302", "2010399"]
    found = [(f.code, f.location.row, f.location.field) for f in ledger.findings()]
    assert found == [
        ("ledger.unreadable-row", 2, "executed"),
        ("ledger.unreadable-row", 4, None),
        ("ledger.unreadable-row", 5, "code"),
    ]
    assert "not an amount of money: 'x元'; the row is left out" in ledger.findings()[0].format()
    assert ledger.locate(1).row == 6  # the file row of the last line read


def test_bad_rows_must_be_raise_or_finding(tmp_path: Path) -> None:
    from budgetperf.errors import InvalidOption
    from budgetperf.ledger_csv import read_ledger_csv

    with pytest.raises(InvalidOption):
        read_ledger_csv(_csv(tmp_path, "code\n201\n"), bad_rows="ignore")  # type: ignore[arg-type]
