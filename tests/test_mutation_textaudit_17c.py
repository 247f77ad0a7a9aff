"""The seventeenth round of tests that kill the text audit's mutants (issue 10, Deliver 7), part c.

Written for survivors of seed 31 (scripts/mutation_score.py textaudit at 46a5bc6): the unit of a
分别 run not carried past the run (facts._assume_units, mutant 46), a count's plan named 计划 or
指标 a base (facts._classify, mutant 625), the sentence of a gap to the target
(facts._classify, mutant 88), the character before a figure at the text's start
(quantities.find_quantities, mutant 51), the type named by a path of the wrong type
(read.read_bytes, mutant 8), the row's label after the column names on its line
(tables._header_then_row, mutant 77), a code split over the first three cells at most
(tables._joined_code, mutant 36), the bound of 5000 steps on a column's parse (tables._parse,
mutant 3), a long line with a "|" not read as rows run together (tables._row_runs, mutant 16), a
column of as many percentages as amounts judged neither (tables._shifted_rows, mutant 12) and a
column's later total read after an earlier one with a blank part (tables._trees, mutant 127).
Three others change no result: claims._trailing_total's mutant 185 (the list handed to _sum_fits
marked strong: _sum_fits reads only its total and parts), claims._year_run_points' mutant 17 (a
run's figure other than its first taken for it: a run has two figures or more, all of the same
dimension, read within one sentence, so the nearest percentage run before the figure is found
either way) and tables._code_facts' mutant 10 (zip not strict: the lengths were checked equal
just before). Each expected value is worked out by hand.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from budgetperf.errors import WrongTypeError
from budgetperf.textaudit import audit_text, tables
from budgetperf.textaudit.facts import Role, read_facts
from budgetperf.textaudit.quantities import Dimension, Unit, find_quantities
from budgetperf.textaudit.read import read_bytes

# --- facts._assume_units: the unit of a 分别 run ends with the run ------------------------------


def test_the_unit_of_a_respectively_run_is_not_carried_past_the_run() -> None:
    # 4125.49 takes the 万元 printed once on the run's last figure; the 3 after "," and
    # 新建项目为 is no member of the run and stays a bare number (no money word before it, no
    # decimals: no unit assumed)
    doc = read_facts("两项支出分别为4125.49、4143.91万元,新建项目为3。")
    assert [(f.q.text, f.q.unit) for f in doc.facts] == [
        ("4125.49", Unit.WANYUAN),
        ("4143.91万元", Unit.WANYUAN),
        ("3", Unit.BARE),
    ]


def test_a_count_between_the_run_and_a_bare_number_does_not_carry_the_unit() -> None:
    # the same after a count (12个) between: the run ended at ",", and 3 is bare still
    doc = read_facts("两项支出分别为4125.49、4143.91万元,涉及项目12个,其中新建项目为3。")
    assert [(f.q.text, f.q.unit.dimension) for f in doc.facts] == [
        ("4125.49", Dimension.MONEY),
        ("4143.91万元", Dimension.MONEY),
        ("12个", Dimension.COUNT),
        ("3", Dimension.BARE),
    ]


# --- facts._classify: a count's plan, and the sentence of a gap to the target -------------------


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        # 完成计划7.9万人的101.27%: the count after 完成计划 is the base of the completion
        # (8 / 7.9 = 101.27%)
        (
            "全年参保人数8万人,完成计划7.9万人的101.27%。",
            [Role.VALUE, Role.BASE, Role.COMPLETION],
        ),
        # and so is one after 完成年度指标 (a quota, as for money)
        (
            "全年参保人数8万人,完成年度指标7.9万人的101.27%。",
            [Role.VALUE, Role.BASE, Role.COMPLETION],
        ),
        # a count after 完成 with no plan named is no base
        (
            "全年参保人数8万人,完成7.9万人的101.27%。",
            [Role.VALUE, Role.VALUE, Role.VALUE],
        ),
    ],
)
def test_a_counts_plan_is_a_base_when_named_plan_task_target_or_quota(
    text: str, roles: list[Role]
) -> None:
    assert [f.role for f in read_facts(text).facts] == roles


def test_a_gap_to_the_target_keeps_the_index_of_its_sentence() -> None:
    # the second sentence (index 1): 还差192万元 is a change against the target
    doc = read_facts("全年收入增长较快。地税4408万元,距双过半任务数还差192万元,同比减收1793万元。")
    assert [(f.q.text, f.role, f.sentence, f.gap) for f in doc.facts] == [
        ("4408万元", Role.VALUE, 1, False),
        ("192万元", Role.CHANGE, 1, True),
        ("1793万元", Role.CHANGE, 1, False),
    ]


# --- quantities.find_quantities: nothing before a figure at the text's start --------------------


def test_a_figure_at_the_start_of_the_text_is_not_an_ordinal_of_the_texts_last_character() -> None:
    # the text ends with 第; the figure at offset 0 has nothing before it (not 第3次)
    found = find_quantities("100万元用于补助,详见第")
    assert [(q.text, q.unit, q.start) for q in found] == [("100万元", Unit.WANYUAN, 0)]


# --- read.read_bytes: the type of a wrong path ----------------------------------------------------


def test_a_path_of_the_wrong_type_is_named_by_its_own_type() -> None:
    message = r"^a file path must be a str or os\.PathLike, not int"
    with pytest.raises(WrongTypeError, match=message):
        read_bytes(123)  # type: ignore[arg-type]


# --- tables._header_then_row: the row's label is the last name before the first figure ------------


def test_the_row_after_column_names_on_its_line_starts_at_its_label() -> None:
    # bars at 7 (after 收入执行情况表), 12, 17, 22, 26, 31, 37, 42; the line is 43 long. The names
    # run from 8 to the bar before the label (26); the row from 税收收入 (27) to the line's end
    line = "收入执行情况表|预算科目|本年预算|本年执行|执行率|税收收入|89275|7451|"
    assert tables._header_then_row(100, line, tables._cells(line)) == [
        (108, 126, ["预算科目", "本年预算", "本年执行", "执行率"]),
        (127, 143, ["税收收入", "89275", "7451"]),
    ]


# --- tables._joined_code: the code is in the first three cells at most ----------------------------


@pytest.mark.parametrize(
    ("line", "joined"),
    [
        # 类 | 款 | 项 then the name: one label, the figure after it
        ("201 | 01 | 01 | 行政运行 | 120.2 |", (["[2010101]行政运行", "120.2"], ["120.2"], 4)),
        # a blank cell after the 项 code: the fourth cell is no piece of the code
        ("201 | 01 | 01 |  | 行政运行 | 120.2 |", None),
        # a blank 款 cell: the code runs past the third cell, and is not read
        ("201 |  | 01 | 01 | 行政运行 | 120.2 |", None),
    ],
)
def test_a_subject_code_is_read_from_the_first_three_cells_at_most(
    line: str, joined: tuple[list[str], list[str], int] | None
) -> None:
    doc = read_facts(line)
    got = tables._joined_code(tables._cells(line), doc.facts, 0)
    if joined is None:
        assert got is None
    else:
        assert got is not None
        cells, facts, taken = got
        assert (cells, [f.q.text for f in facts], taken) == joined


# --- tables._parse: the bound on the work ---------------------------------------------------------


@pytest.mark.parametrize(
    ("zeros", "result"),
    [
        # 1 = 0 + … + 0 + 1: one step per zero and one for the 1; 4998 zeros take 4999 steps,
        # within the bound of 5000 (the parts: rows 1 to 4999)
        (4998, {0: list(range(1, 5000))}),
        # 4999 zeros: the 1 is the 5000th step, where the parse gives up (nothing found)
        (4999, {}),
    ],
)
def test_a_columns_parse_gives_up_at_its_five_thousandth_step(
    zeros: int, result: dict[int, list[int]]
) -> None:
    values: list[Decimal | None] = [Decimal(1), *[Decimal(0)] * zeros, Decimal(1)]
    assert tables._parse(values) == result


# --- tables._row_runs: a line with a "|" is no rows run together ----------------------------------

_RUN_TOGETHER = (
    "表一 单位:万元 项目 2020年完成数 2021年预算数 2021年完成数 完成预算 比上年增长"
    " 税收收入小计 27,631 33,385 33,385 100.00% 20.82% 增值税 13,950 18,835 17,585"
    " 93.36% 26.06% 个人所得税 615 650 650 100.00% 5.69%"
)


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        # three rows run together on one line: 33385 / 33385 = 100.00%,
        # 5754 / 27631 = 20.82%; 17585 / 18835 = 93.36%, 3635 / 13950 = 26.06%;
        # 650 / 650 = 100.00%, 35 / 615 = 5.69%
        (
            _RUN_TOGETHER,
            [
                ("completion", "100.00%"),
                ("change-rate", "20.82%"),
                ("completion", "93.36%"),
                ("change-rate", "26.06%"),
                ("completion", "100.00%"),
                ("change-rate", "5.69%"),
            ],
        ),
        # the same line with a "|" after it is a row of a ruled table (alone: no table)
        (_RUN_TOGETHER + " | 备注", []),
    ],
)
def test_a_long_line_with_a_bar_is_not_read_as_rows_run_together(
    text: str, claims: list[tuple[str, str]]
) -> None:
    audit_ = audit_text(text)
    assert [(c.claim.kind, c.claim.printed.q.text) for c in audit_.claims] == claims


# --- tables._shifted_rows: a column half percentages is judged neither way ------------------------


@pytest.mark.parametrize(
    ("text", "shifted"),
    [
        # three amounts and a percentage: the percentage (row 3) is out of line
        ("100万元、200万元、300万元、40%", {3}),
        # two amounts and two percentages: the column is of neither; no row is out of line
        ("100万元、20%、300万元、40%", set()),
    ],
)
def test_a_row_is_out_of_line_only_in_a_column_mostly_of_the_other_kind(
    text: str, shifted: set[int]
) -> None:
    facts = read_facts(text).facts
    assert len(facts) == 4
    assert tables._shifted_rows([list(facts)]) == shifted


# --- tables._trees: a column's later total after one with a blank part ----------------------------


def test_a_columns_later_total_is_read_after_an_earlier_one_with_a_blank_part() -> None:
    # 上年数: 30 = 10 + 20, 70 = 30 + 40; 本年数: 津贴补贴 blank, so 35 is not checked, but
    # 80 = 35 + 45 is (70 and 80 add up in two columns: strong; 30 in one only: weak)
    text = (
        "单位:万元\n项目 | 上年数 | 本年数\n工资福利支出 | 30 | 35\n基本工资 | 10 | 15\n"
        "津贴补贴 | 20 | \n商品和服务支出 | 70 | 80\n办公费 | 30 | 35\n印刷费 | 40 | 45"
    )
    _, trees = tables.read_tables(read_facts(text))
    assert [(t.total.q.text, [p.q.text for p in t.parts], t.strong) for t in trees] == [
        ("30", ["10", "20"], False),
        ("70", ["30", "40"], True),
        ("80", ["35", "45"], True),
    ]
