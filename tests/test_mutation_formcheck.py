"""Tests that kill mutants of budgetperf.formcheck which its own tests let survive (issue 10,
Deliver 7; scripts/mutation_score.py formcheck runs them with tests/test_formcheck.py).

Each test changes one figure of :func:`budgetperf.testing.sample_form` (four indicators of
30 + 20 + 30 + 10 and an execution line of 10; every printed score the rule's, total 100, 优)
and pins the whole list of findings: code, severity, location, both messages, printed and
computed, worked out by hand from docs/audit.md, rules.md (§1.3 正向/反向, §1.7 执行率) and
the module's docstring, never by calling the code under test. The rule's explanation quoted
in rules.score-differs is the rule's own wording (tests/test_mutation_rules.py pins it).
"""

from __future__ import annotations

from decimal import Decimal

import attrs
import pytest

from budgetperf.audit import Finding, Severity
from budgetperf.errors import Location, WrongTypeError
from budgetperf.formcheck import check_form
from budgetperf.forms import Form, FundsLine
from budgetperf.profiles import get_profile
from budgetperf.testing import sample_form
from budgetperf.values import parse_value

D = Decimal
E, W, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO
FILE = "form.json"


def row(n: int, field: str) -> Location:
    """Where a cell of sample_form's indicator ``n`` is (rows count from 1)."""
    return Location(file=FILE, row=n + 1, field=f"$.indicators[{n}].{field}")


def with_indicator(form: Form, index: int, **changes: object) -> Form:
    items = list(form.indicators)
    items[index] = attrs.evolve(items[index], **changes)  # type: ignore[arg-type]
    return attrs.evolve(form, indicators=tuple(items))


def with_funds(form: Form, *lines: FundsLine) -> Form:
    return attrs.evolve(form, funds=lines)


# -- indicator rows ----------------------------------------------------------------------------
def test_a_score_above_its_weight() -> None:
    # 满意度 (weight 10): 95% against ≥90% is met, so the rule gives 10.00; printed 12 is above
    # the weight and differs from the rule. The total 102 is the sum of the printed scores.
    form = with_indicator(sample_form(), 3, printed_score=D(12))
    form = attrs.evolve(form, total_score=D(102))
    assert check_form(form) == [
        Finding(
            "rules.score-above-weight",
            E,
            row(3, "score"),
            "满意度: the score 12 is above the weight 10",
            "满意度：得分12超过分值10",
            printed="12",
            computed="10",
        ),
        Finding(
            "rules.score-differs",
            E,
            row(3, "score"),
            "满意度: printed 12, the rule gives 10.00 (正向: 95% ≥ 90% → 10/10)",
            "满意度：得分12，按规则应为10.00",
            printed="12",
            computed="10.00",
        ),
    ]


def test_a_score_equal_to_its_weight_is_not_above_it() -> None:
    assert check_form(sample_form()) == []


@pytest.mark.parametrize(
    ("note", "severity", "en_tail", "zh_tail"),
    [
        # a note that explains the deduction (spaces around it dropped): a warning quoting it
        (" 成本控制不力 ", W, "; the row's note: 成本控制不力", "；偏差说明：成本控制不力"),
        # the ways of printing "no deviation": an error
        ("无偏差", E, "", ""),
        ("/", E, "", ""),
        ("", E, "", ""),
        (None, E, "", ""),
    ],
)
def test_a_score_that_differs_from_the_rule(
    note: str | None, severity: Severity, en_tail: str, zh_tail: str
) -> None:
    # 成本 (weight 20, 反向): 4万元 ≤ 5万元 is met, 20.00 by rule; printed 18 (total 98).
    form = with_indicator(sample_form(), 1, printed_score=D(18), note=note)
    form = attrs.evolve(form, total_score=D(98))
    assert check_form(form) == [
        Finding(
            "rules.score-differs",
            severity,
            row(1, "score"),
            "成本: printed 18, the rule gives 20.00 (反向: 4万元 ≤ 5万元 → 20/20)" + en_tail,
            "成本：得分18，按规则应为20.00" + zh_tail,
            printed="18",
            computed="20.00",
        )
    ]


def test_incompatible_units() -> None:
    # 98% against ≥10件: no common unit, so the row is not scored (and no score-differs).
    form = with_indicator(sample_form(), 0, actual=parse_value("98%"))
    found = check_form(form)
    assert found[0] == Finding(
        "units.incompatible",
        E,
        row(0, "actual"),
        "办件量: ≥10件 is in 件 and 98% is in %",
        "办件量：指标值“≥10件”与完成值“98%”单位不一致",
        printed="98%",
        computed="≥10件",
    )
    assert [f.code for f in found[1:]] == []


@pytest.mark.parametrize(
    ("index", "target", "actual", "bare", "en", "zh"),
    [
        (
            0,
            "≥10件",
            "10",
            "actual",
            "办件量: 10 has no unit; read as 件",
            "办件量：“10”未写单位，按件读取",
        ),
        (
            0,
            "10",
            "10件",
            "target",
            "办件量: 10 has no unit; read as 件",
            "办件量：“10”未写单位，按件读取",
        ),
        # the multiplier is read with the unit: "4" beside "≤5万元" is 4万元
        (
            1,
            "≤5万元",
            "4",
            "actual",
            "成本: 4 has no unit; read as 万元",
            "成本：“4”未写单位，按万元读取",
        ),
        (
            1,
            "5",
            "4万元",
            "target",
            "成本: 5 has no unit; read as 万元",
            "成本：“5”未写单位，按万元读取",
        ),
    ],
)
def test_a_value_without_a_unit_is_read_in_the_other_one(
    index: int, target: str, actual: str, bare: str, en: str, zh: str
) -> None:
    form = with_indicator(
        sample_form(), index, target=parse_value(target), actual=parse_value(actual)
    )
    assert check_form(form) == [Finding("units.assumed-unit", INFO, row(index, bare), en, zh)]


def test_blank_cells() -> None:
    # 办件量 with no target, no actual and no score: three blank cells, no rule, and the total
    # is not checked (one printed score is missing).
    form = with_indicator(sample_form(), 0, target=None, actual=None, printed_score=None)
    assert check_form(form) == [
        Finding(
            "structure.blank-cell",
            W,
            row(0, "target"),
            "办件量: no target printed",
            "办件量：年度指标值为空",
        ),
        Finding(
            "structure.blank-cell",
            W,
            row(0, "actual"),
            "办件量: no actual printed",
            "办件量：实际完成值为空",
        ),
        Finding(
            "structure.blank-cell",
            W,
            row(0, "score"),
            "办件量: no score printed",
            "办件量：得分为空",
        ),
    ]


def test_a_cell_that_could_not_be_read_is_not_also_blank() -> None:
    unreadable = Finding(
        "structure.unreadable-cell",
        E,
        row(0, "actual"),
        "办件量: cannot read the actual",
        "办件量：实际完成值无法读取",
    )
    form = with_indicator(sample_form(), 0, actual=None)
    form = attrs.evolve(form, findings=(unreadable,))
    assert check_form(form) == [unreadable]


def test_an_indicator_without_a_name_or_a_place() -> None:
    # No name: the label says where the row is; no location either: the field alone.
    form = with_indicator(sample_form(), 0, name="", actual=None)
    assert check_form(form) == [
        Finding(
            "structure.blank-cell",
            W,
            row(0, "actual"),
            "(the indicator without a name in row 1): no actual printed",
            "(the indicator without a name in row 1)：实际完成值为空",
        )
    ]
    form = with_indicator(sample_form(), 0, name=" ", actual=None, location=None)
    assert check_form(form) == [
        Finding(
            "structure.blank-cell",
            W,
            Location(field="actual"),
            "(the indicator without a name): no actual printed",
            "(the indicator without a name)：实际完成值为空",
        )
    ]


def test_a_row_without_a_weight_needs_no_score() -> None:
    # 效益指标 row without weight or score: no blank score; the weights no longer add up, which
    # scoring reports, not formcheck.
    form = with_indicator(sample_form(), 2, weight=None, printed_score=None)
    assert [f for f in check_form(form) if f.code == "structure.blank-cell"] == []


def test_a_table_without_weights() -> None:
    form = sample_form()
    items = tuple(attrs.evolve(i, weight=None) for i in form.indicators)
    found = check_form(attrs.evolve(form, indicators=items))
    # (scoring's structure.weights findings come first: the 一级 weights no longer add up)
    assert next(f for f in found if f.code == "structure.no-weights") == Finding(
        "structure.no-weights",
        W,
        Location(file=FILE, field="$.indicators"),
        "the table prints no indicator weights, so its scores cannot be checked against the rules",
        "表中未列各指标分值，无法按规则核对得分",
    )
    assert [f.code for f in found].count("structure.no-weights") == 1
    # a table with no indicator at all is not "without weights"
    empty = check_form(attrs.evolve(form, indicators=()))
    assert [f.code for f in empty].count("structure.no-weights") == 0


# -- the execution line --------------------------------------------------------------------------
def test_execution_rate_and_its_score() -> None:
    # 执行数 90 of 100: the rate is 90.00% (printed 100%), the score 10 × 0.9 = 9.00 (printed
    # 10). The 其中 row (100) is now above the 合计 row's 90 and does not add up to it.
    form = sample_form()
    line = attrs.evolve(form.funds[0], executed=D(90))
    found = check_form(with_funds(form, line, form.funds[1]))
    assert found == [
        Finding(
            "arithmetic.execution-rate",
            E,
            Location(file=FILE, field="$.funds[0].rate"),
            "执行率 printed 100%, but 90 / 100 is 90.00%",
            "执行率印为100%，90/100应为90.00%",
            printed="100%",
            computed="90.00%",
        ),
        Finding(
            "rules.execution-score",
            E,
            Location(file=FILE, field="$.funds[0].score"),
            "执行率得分 printed 10, the rule gives 9.00 "
            "(执行率: 90 / 100 = 90.00% → 9.00/10, printed 10)",
            "执行率得分印为10，按规则应为9.00",
            printed="10",
            computed="9.00",
        ),
        Finding(
            "arithmetic.funds",
            E,
            Location(file=FILE, field="$.funds[1].executed"),
            "其中：当年财政拨款 100 is more than the total 90",
            "其中：当年财政拨款100大于合计90",
            printed="100",
            computed="90",
        ),
        Finding(
            "arithmetic.funds",
            E,
            Location(file=FILE, field="$.funds[0].executed"),
            "年度资金总额 90 is not the sum of 其中：当年财政拨款 (100)",
            "年度资金总额90不等于其中：当年财政拨款之和100",
            printed="90",
            computed="100",
        ),
    ]


def test_an_execution_line_without_a_place() -> None:
    # 执行率 99.6% printed as 99.5: wrong at one decimal; the line has no location.
    form = sample_form()
    line = attrs.evolve(form.funds[0], executed=D("99.6"), rate=D("99.5"), location=None)
    sub = attrs.evolve(form.funds[1], executed=D("99.6"))
    found = check_form(with_funds(form, line, sub))
    assert found[0] == Finding(
        "arithmetic.execution-rate",
        E,
        Location(field="rate"),
        "执行率 printed 99.5%, but 99.6 / 100 is 99.60%",
        "执行率印为99.5%，99.6/100应为99.60%",
        printed="99.5%",
        computed="99.60%",
    )


def test_an_execution_rate_that_agrees_at_its_printed_precision() -> None:
    # 2 / 3 is 66.666…%: printed 66.67 agrees; the score 10 × 2/3 = 6.67 (6.666… rounded).
    form = sample_form()
    line = attrs.evolve(
        form.funds[0], adjusted=D(3), executed=D(2), initial=D(3), rate=D("66.67"), score=D("6.67")
    )
    sub = attrs.evolve(form.funds[1], adjusted=D(3), executed=D(2), initial=D(3))
    form = attrs.evolve(with_funds(form, line, sub), total_score=D("96.67"))
    assert check_form(form) == []


def test_a_rate_that_does_not_end() -> None:
    # 2 of 3 is 66.666…%, to 34 digits more decimals than a printed figure may have: it is
    # rounded before it is compared, not refused (check_form raised OutOfRangeError on it).
    # Printed 66.66, the rate is wrong at two decimals; the score 10 × 2/3 = 6.67 agrees.
    form = sample_form()
    line = attrs.evolve(
        form.funds[0],
        initial=D(3),
        adjusted=D(3),
        executed=D(2),
        rate=D("66.66"),
        score=D("6.67"),
    )
    sub = attrs.evolve(form.funds[1], initial=D(3), adjusted=D(3), executed=D(2))
    form = attrs.evolve(with_funds(form, line, sub), total_score=D("96.67"))
    assert check_form(form) == [
        Finding(
            "arithmetic.execution-rate",
            E,
            Location(file=FILE, field="$.funds[0].rate"),
            "执行率 printed 66.66%, but 2 / 3 is 66.67%",
            "执行率印为66.66%，2/3应为66.67%",
            printed="66.66%",
            computed="66.67%",
        )
    ]


def test_a_rate_of_a_real_form_that_does_not_end() -> None:
    # 629.10 of 703.50 is 89.4243…%: printed 89.42 and scored 10 × 0.894… = 8.94, both agree.
    form = sample_form()
    budget, spent = D("703.50"), D("629.10")
    line = attrs.evolve(
        form.funds[0],
        initial=budget,
        adjusted=budget,
        executed=spent,
        rate=D("89.42"),
        score=D("8.94"),
    )
    sub = attrs.evolve(form.funds[1], initial=budget, adjusted=budget, executed=spent)
    assert check_form(attrs.evolve(with_funds(form, line, sub), total_score=D("98.94"))) == []


def test_a_budget_of_zero_has_no_rate_to_check() -> None:
    # 全年预算数 0: the rate is undefined, so a printed rate is not checked (no division by 0).
    form = sample_form()
    line = attrs.evolve(form.funds[0], adjusted=D(0), executed=D(0), rate=D(0), score=None)
    sub = attrs.evolve(form.funds[1], adjusted=D(0), executed=D(0))
    found = check_form(with_funds(form, line, sub))
    assert [f.code for f in found if f.code.startswith(("arithmetic", "rules"))] == []


# -- fund rows -----------------------------------------------------------------------------------
def test_fund_rows_that_do_not_add_up() -> None:
    # 年初预算: 合计 100, parts 60 and 30 (90); the other columns' parts are not all printed,
    # so only their "more than the total" is checked (none is).
    form = sample_form()
    total = form.funds[0]
    a = FundsLine("财政拨款", initial=D(60), location=Location(file=FILE, field="$.funds[1]"))
    b = FundsLine("其他资金", initial=D(30), adjusted=D(50), location=None)
    assert check_form(with_funds(form, total, a, b)) == [
        Finding(
            "arithmetic.funds",
            E,
            Location(file=FILE, field="$.funds[0].initial"),
            "年度资金总额 100 is not the sum of 财政拨款, 其他资金 (90)",
            "年度资金总额100不等于财政拨款、其他资金之和90",
            printed="100",
            computed="90",
        )
    ]


def test_a_part_above_the_total_without_a_place() -> None:
    form = sample_form()
    total = attrs.evolve(form.funds[0], initial=None)
    # 102 against 100: each whole number printed may be half a unit off (rules.md §5.6), so
    # 101 would still agree with 100; 102 does not.
    part = FundsLine("其他资金", initial=D(5), adjusted=D(102), location=None)
    found = check_form(with_funds(form, total, part))
    assert found == [
        Finding(
            "arithmetic.funds",
            E,
            Location(field="adjusted"),
            "其他资金 102 is more than the total 100",
            "其他资金102大于合计100",
            printed="102",
            computed="100",
        ),
        Finding(
            "arithmetic.funds",
            E,
            Location(file=FILE, field="$.funds[0].adjusted"),
            "年度资金总额 100 is not the sum of 其他资金 (102)",
            "年度资金总额100不等于其他资金之和102",
            printed="100",
            computed="102",
        ),
    ]


def test_a_part_equal_to_the_total_is_not_above_it() -> None:
    form = sample_form()
    sub = attrs.evolve(form.funds[1], initial=D(100), adjusted=D(100), executed=D(100))
    assert check_form(with_funds(form, form.funds[0], sub)) == []


# -- the breakdown blocks ------------------------------------------------------------------------
def breakdown(extras: dict[str, object]) -> list[Finding]:
    return check_form(attrs.evolve(sample_form(), extras=extras))


def funds(field: str, en: str, zh: str, printed: str, computed: str) -> Finding:
    return Finding(
        "arithmetic.funds",
        E,
        Location(file=FILE, field=field),
        en,
        zh,
        printed=printed,
        computed=computed,
    )


def test_breakdowns_of_the_executed_total() -> None:
    # 全年执行数 is the execution line's 100.
    found = breakdown(
        {
            "funds_breakdown": {
                "by_income": {"一般公共预算": "60", "其他资金": "30"},
                "by_expenditure": {"基本支出": "70万元", "项目支出": "30元"},
            }
        }
    )
    assert found == [
        funds(
            "$.funds_breakdown.by_income",
            "全年执行数 100 is not the sum of 一般公共预算, 其他资金 (90)",
            "全年执行数100不等于一般公共预算、其他资金之和90",
            "100",
            "90",
        )
    ]


def test_income_and_expenditure_blocks() -> None:
    found = breakdown(
        {
            # 上年结转 50 + 公共财政拨款 40 (the others blank, absent or 无) = 90, not 100
            "income": {
                "收入合计": "100万元",
                "上年结转": "50",
                "公共财政拨款": " 40元 ",
                "政府基金拨款": "",
                "其他收入": "无",
            },
            # 基本支出 60 + 项目支出 30 = 90, not 100; 人员 50 + 公用 10 = 基本 60 agrees
            "expenditure": {
                "支出合计": "100",
                "基本支出": "60",
                "项目支出": "30",
                "人员支出": "50",
                "公用支出": "10",
            },
            # every key but 支出合计 is a part: 100 + 100 = 200, not 221
            "spending_detail": {"支出合计": "221", "a": "100", "b": "100", "c": "n/a"},
        }
    )
    assert found == [
        funds(
            "$.income",
            "收入合计 100 is not the sum of 上年结转, 公共财政拨款, 政府基金拨款, "
            "纳入专户管理的非税收入拨款, 其他收入 (90)",
            "收入合计100不等于上年结转、公共财政拨款、政府基金拨款、纳入专户管理的非税收入拨款、其他收入之和90",
            "100",
            "90",
        ),
        funds(
            "$.expenditure",
            "支出合计 100 is not the sum of 基本支出, 项目支出 (90)",
            "支出合计100不等于基本支出、项目支出之和90",
            "100",
            "90",
        ),
        funds(
            "$.spending_detail",
            "支出合计 221 is not the sum of a, b, c (200)",
            "支出合计221不等于a、b、c之和200",
            "221",
            "200",
        ),
    ]


@pytest.mark.parametrize(
    "extras",
    [
        {"income": "846.77"},  # not a block
        {"funds_breakdown": {"by_income": ["60", "30"]}},  # not a block of named figures
        {"funds_breakdown": "60"},
        {"income": {"收入合计": "100", "上年结转": "无"}},  # no part printed
        {"income": {"收入合计": "—", "上年结转": "50"}},  # no total printed
        {"income": {"收入合计": 100, "上年结转": "50"}},  # a total that is not text
        {"income": {"收入合计": "一百", "上年结转": "50"}},  # nor a number
        {"income": {"收入合计": "100", "上年结转": "99.5", "其他收入": "0.5"}},  # it adds up
    ],
)
def test_breakdowns_that_are_not_checked_or_agree(extras: dict[str, object]) -> None:
    assert breakdown(extras) == []


def test_a_breakdown_without_an_execution_line() -> None:
    form = attrs.evolve(
        sample_form(),
        funds=(),
        extras={"funds_breakdown": {"by_income": {"一般公共预算": "60"}}},
    )
    assert [f.code for f in check_form(form) if f.code == "arithmetic.funds"] == []


# -- the total and the grade ---------------------------------------------------------------------
def test_the_total_is_the_sum_of_the_printed_scores() -> None:
    assert check_form(attrs.evolve(sample_form(), total_score=D(99))) == [
        Finding(
            "arithmetic.total-score",
            E,
            Location(file=FILE, field="$.total.score"),
            "the total 99 is not the sum of the printed scores (100)",
            "总分99不等于各项得分之和100",
            printed="99",
            computed="100",
        )
    ]


def test_the_total_without_the_execution_line() -> None:
    # this profile's total leaves the execution line's 10 out: 90, so 100 is 10 too many
    profile = attrs.evolve(get_profile(), total_includes_execution=False)
    found = check_form(sample_form(), profile)
    assert found[-1] == Finding(
        "arithmetic.total-score",
        E,
        Location(file=FILE, field="$.total.score"),
        "the total 100 is not the sum of the printed scores (90)",
        "总分100不等于各项得分之和90",
        printed="100",
        computed="90",
    )


def test_a_form_without_indicators_has_no_total_to_check() -> None:
    form = attrs.evolve(sample_form(), indicators=(), funds=(), total_score=D(7))
    assert [f.code for f in check_form(form)].count("arithmetic.total-score") == 0


def test_the_grade_of_the_printed_total() -> None:
    # 100 is 优 (90 and above); 良 is 80–89
    assert check_form(attrs.evolve(sample_form(), grade="良")) == [
        Finding(
            "rules.grade",
            E,
            Location(file=FILE, field="$.total.grade"),
            "grade 良 does not match the total 100 (优)",
            "等级“良”与总分100不符（应为优）",
            printed="良",
            computed="优",
        )
    ]


@pytest.mark.parametrize(
    "changes",
    [
        {"grade": "很好"},  # not a grade word: nothing to compare
        {"grade": ""},
        {"grade": None},
        {"grade": "良", "total_score": None},  # no total, no grade to check
        {"grade": "良", "total_score": D(150), "total_weight": D(150)},  # no grade of 150
    ],
)
def test_grades_that_are_not_checked(changes: dict[str, object]) -> None:
    found = check_form(attrs.evolve(sample_form(), **changes))  # type: ignore[arg-type]
    assert [f.code for f in found].count("rules.grade") == 0


# -- arguments -----------------------------------------------------------------------------------
def test_check_form_takes_a_form_and_a_profile_or_its_name() -> None:
    with pytest.raises(WrongTypeError) as info:
        check_form("form.json")  # type: ignore[arg-type]
    assert str(info.value) == "check_form() takes a Form (see read_form), not str: 'str'"
    form = attrs.evolve(sample_form(), total_score=D(99))
    by_name = check_form(form, "central-2020")
    assert [f.code for f in by_name] == ["arithmetic.total-score"]


def test_the_profile_named_is_the_one_used() -> None:
    # 成本 (反向, weight 20): 6万元 against ≤5万元. central-2020 takes 2 − B/A: 20 × 0.8 = 16.00,
    # as printed; legacy-2017 takes A/B: 20 × 5/6 = 16.67, which 16 is not.
    form = with_indicator(sample_form(), 1, actual=parse_value("6万元"), printed_score=D(16))
    form = attrs.evolve(form, total_score=D(96))
    assert check_form(form) == []
    assert check_form(form, "central-2020") == []
    assert [(f.code, f.computed) for f in check_form(form, "legacy-2017")] == [
        ("rules.score-differs", "16.67")
    ]


def test_a_rate_far_above_100_percent() -> None:
    # 10000 spent of a budget of 1: 1000000.00%, printed 100%. Only a ratio with more decimals
    # than agrees reads is rounded; this one has 7 digits before the point and is not.
    form = sample_form()
    line = attrs.evolve(form.funds[0], initial=D(1), adjusted=D(1), executed=D(10000))
    sub = attrs.evolve(form.funds[1], initial=D(1), adjusted=D(1), executed=D(10000))
    found = check_form(with_funds(form, line, sub))
    assert found[0] == Finding(
        "arithmetic.execution-rate",
        E,
        Location(file=FILE, field="$.funds[0].rate"),
        "执行率 printed 100%, but 10000 / 1 is 1000000.00%",
        "执行率印为100%，10000/1应为1000000.00%",
        printed="100%",
        computed="1000000.00%",
    )


def test_a_rate_printed_to_three_decimals() -> None:
    # 2 / 3 = 66.6666…%: printed 66.667 agrees at three decimals (so the ratio is not rounded
    # to two before the comparison); the line sits in row 3 of its table.
    form = sample_form()
    place = Location(file=FILE, row=3, field="$.funds[0]")
    line = attrs.evolve(
        form.funds[0],
        initial=D(3),
        adjusted=D(3),
        executed=D(2),
        rate=D("66.667"),
        score=D("6.67"),
        location=place,
    )
    sub = attrs.evolve(form.funds[1], initial=D(3), adjusted=D(3), executed=D(2))
    form = attrs.evolve(with_funds(form, line, sub), total_score=D("96.67"))
    # the score 10 × 2/3 = 6.67, printed 6.67 (a 7 would be printed to whole points while the
    # profile rounds to 2 decimals: a finding, tests/test_one_verdict.py)
    assert check_form(form) == []
    form = attrs.evolve(form, funds=(attrs.evolve(line, score=D(6)), sub), total_score=D(96))
    assert check_form(form)[0].location == Location(file=FILE, row=3, field="$.funds[0].score")


def test_a_block_that_is_not_checked_does_not_stop_the_next() -> None:
    # by_income is not a block of figures (or prints no figure); by_expenditure is still
    # checked: 60 + 30 = 90, not the 100 executed.
    expenditure = {"基本支出": "60", "项目支出": "30"}
    expected = [
        funds(
            "$.funds_breakdown.by_expenditure",
            "全年执行数 100 is not the sum of 基本支出, 项目支出 (90)",
            "全年执行数100不等于基本支出、项目支出之和90",
            "100",
            "90",
        )
    ]
    for by_income in (["60", "30"], {"一般公共预算": "无"}):
        extras: dict[str, object] = {
            "funds_breakdown": {"by_income": by_income, "by_expenditure": expenditure}
        }
        assert breakdown(extras) == expected
