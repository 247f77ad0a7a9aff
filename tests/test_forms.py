"""The indicator tree, weight checks and the printed-form reader."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from budgetperf.errors import ParseError
from budgetperf.forms import read_form
from budgetperf.indicators import (
    TEMPLATES,
    Indicator,
    IndicatorTree,
    WeightsDoNotSum,
    check_weights,
    validate_weights,
)
from budgetperf.testing.strategies import indicator_trees, weights_adding_to
from budgetperf.values import Comparator

D = Decimal
FORMS = Path(__file__).resolve().parent.parent / "examples" / "forms"
WEIGHTED = [
    "hetang-2022-department.json",
    "junshan-2023-department.json",
    "junshan-2023-project-hall.json",
    "junshan-2023-project-website.json",
]


def tree_of(
    *rows: tuple[str, str, str, str], level1: dict[str, Decimal] | None = None
) -> IndicatorTree:
    return IndicatorTree.build(
        [Indicator(a, b, c, weight=D(w)) for a, b, c, w in rows], level1_weights=level1
    )


def test_tree_groups_in_first_seen_order() -> None:
    tree = tree_of(
        ("产出指标", "数量指标", "a", "10"),
        ("效益指标", "社会效益指标", "b", "20"),
        ("产出指标", "质量指标", "c", "40"),
        ("产出指标", "数量指标", "d", "0"),
    )
    assert [level.name for level in tree] == ["产出指标", "效益指标"]
    assert [child.name for child in tree.levels[0].children] == ["数量指标", "质量指标"]
    assert [i.name for i in tree.indicators] == ["a", "d", "c", "b"]
    assert tree.levels[0].weights == D(50)
    assert tree.weights == D(70)


def test_weight_problems_name_the_branch_and_both_sums() -> None:
    tree = IndicatorTree.build(
        [
            Indicator("产出指标", "数量指标", "a", weight=D("22.5")),
            Indicator("产出指标", "质量指标", "b", weight=D("22.5")),
            Indicator("效益指标", "社会效益指标", "c", weight=D(30)),
        ],
        level1_weights={"产出指标": D(50), "效益指标": D(30)},
        level2_weights={("产出指标", "数量指标"): D(25)},
    )
    found = check_weights(tree, total=D(100), execution_weight=D(10))
    assert {(p.code, p.severity.value) for p in found} == {("structure.weights", "error")}
    assert [(p.location.field, p.printed, p.computed) for p in found] == [
        ("产出指标 / 数量指标", "25", "22.5"),
        ("产出指标", "50", "45.0"),
        ("total", "100", "85.0"),
    ]
    problems = [p.message_en for p in found]
    assert problems == [
        "产出指标 / 数量指标: the weights add up to 22.5, the form says 25",
        "产出指标: the weights add up to 45.0, the form says 50",
        "total: the weights add up to 85.0, the form says 100",
    ]
    with pytest.raises(WeightsDoNotSum, match=r"数量指标: the weights add up to 22\.5") as info:
        validate_weights(tree, total=D(100), execution_weight=D(10))
    assert isinstance(info.value, ValueError)


def test_missing_weight_is_reported() -> None:
    tree = IndicatorTree.build(
        [
            Indicator("产出指标", "数量指标", "a"),
            Indicator("产出指标", "数量指标", "b", weight=D(5)),
        ],
        level1_weights={"产出指标": D(5)},
    )
    assert [(p.message_en, p.computed) for p in check_weights(tree)] == [
        ("产出指标: a weight is missing; expected 5", None)
    ]


def test_templates() -> None:
    assert sum(v for v in TEMPLATES["central-project"].values() if v is not None) == 100
    assert TEMPLATES["sichuan"] == {"预算执行率": D(10), "绩效指标": D(90)}


@given(weights_adding_to(D(90), max_size=15))
def test_generated_weights_add_up(weights: list[Decimal]) -> None:
    assert sum(weights, D(0)) == 90
    assert all(w >= 0 for w in weights)


# A whole indicator tree is a large example: its generation is slow on a loaded machine, which
# says nothing about the code under test.
@settings(suppress_health_check=[HealthCheck.too_slow])
@given(indicator_trees())
def test_a_tree_built_from_weights_that_add_up_always_validates(tree: IndicatorTree) -> None:
    assert validate_weights(tree, total=D(100), execution_weight=D(10)) is tree
    assert check_weights(tree, total=D(100), execution_weight=D(10)) == []


# -- reading printed forms --------------------------------------------------------------------


@pytest.mark.parametrize("name", WEIGHTED)
def test_weighted_seed_forms_read_cleanly_and_their_weights_add_up(name: str) -> None:
    form = read_form(FORMS / name)
    assert form.findings == ()
    assert form.total_weight == 100
    assert form.level1_weights == {"产出指标": D(50), "效益指标": D(30), "满意度指标": D(10)}
    execution = form.execution
    assert execution is not None
    assert execution.weight == 10
    assert (
        check_weights(form.tree, total=form.total_weight, execution_weight=execution.weight) == []
    )


def test_junshan_department_cells() -> None:
    form = read_form(FORMS / "junshan-2023-department.json")
    assert (form.kind, form.year, form.total_score, form.grade) == (
        "department",
        2023,
        D("99.4"),
        None,
    )
    cost = form.indicators[8]
    assert cost.name == "财政资金支出"
    assert cost.weight == 10
    assert cost.printed_score == D("9.4")
    assert cost.target is not None
    assert cost.target.comparator is Comparator.LE
    assert cost.note == "预算减少"
    assert cost.location is not None
    assert cost.location.field == "$.indicators[8]"
    assert form.extras["funds_breakdown"]["by_expenditure"] == {
        "基本支出": "221.67",
        "项目支出": "885.83",
    }
    assert form.execution is not None
    assert (form.execution.initial, form.execution.rate) == (D("1179.7"), D(100))


def test_miluo_forms_have_no_weights() -> None:
    form = read_form(FORMS / "miluo-2018-project.json")
    assert form.total_weight is None
    assert form.total_score == 98  # printed "98分"
    assert form.grade == "优秀"
    assert all(i.weight is None for i in form.indicators)
    assert form.indicators[2].target is None  # a blank target cell


def write(tmp_path: Path, data: dict[str, Any]) -> Path:
    path = tmp_path / "form.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


BASE: dict[str, Any] = {"format": "budgetperf-printed-form/1", "form": "project", "unit": "万元"}


def test_messy_cells_are_kept_or_listed_never_crash(tmp_path: Path) -> None:
    data = dict(BASE)
    data["indicators"] = [
        {
            "level1": "产出指标",
            "level1_weight": "(50分)",
            "level2": "数量指标",
            "name": "a",
            "target": "≥266米",
            "actual": "≥270米",
            "weight": "20%",
            "score": "/",
            "note": None,
        },
        {
            "level1": "产出指标",
            "level1_weight": None,
            "level2": "数量指标",
            "name": "b",
            "target": "三个",
            "actual": "",
            "weight": "五",
            "score": "4.5",
            "note": None,
        },
        {
            "level1": "产出指标",
            "level1_weight": "60",
            "level2": "质量指标",
            "name": "c",
            "target": "/",
            "actual": None,
            "weight": "30",
            "score": None,
            "note": None,
        },
    ]
    data["funds"] = [
        {
            "label": "年度资金总额",
            "initial": "90",
            "adjusted": "89.974",
            "executed": "89.974",
            "weight": "10",
            "rate": "100％",
            "score": "10",
        }
    ]
    data["total"] = {"weight": "100", "score": "98分", "grade": "优"}
    form = read_form(write(tmp_path, data))
    assert form.level1_weights == {"产出指标": D(50)}
    first, second, third = form.indicators
    assert first.weight == 20
    assert first.actual is not None
    assert first.actual.comparator is Comparator.GE
    assert first.printed_score is None
    assert second.printed_score == D("4.5")
    assert second.target is None
    assert second.weight is None
    assert third.target is not None
    assert third.target.kind.value == "not-applicable"
    assert form.execution is not None
    assert form.execution.adjusted == D("89.974")
    messages = [finding.format() for finding in form.findings]
    assert any("$.indicators[1].target" in m and "Chinese numerals" in m for m in messages)
    assert any("$.indicators[1].actual" in m and "blank" in m for m in messages)
    assert any("$.indicators[1].weight" in m and "not a number: '五'" in m for m in messages)
    assert any("$.indicators[2].level1_weight" in m and "differs" in m for m in messages)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"format": "other"}, "not a budgetperf-printed-form/1 file"),
        ({**BASE, "form": "x"}, "'form' must be 'project' or 'department'"),
        ({**BASE, "unit": "美元"}, "'unit' must be"),
        ({**BASE, "indicators": {}}, "$.indicators"),
        ({**BASE, "total": []}, "$.total"),
    ],
)
def test_malformed_files_name_the_json_path(
    tmp_path: Path, data: dict[str, Any], message: str
) -> None:
    with pytest.raises(ParseError) as info:
        read_form(write(tmp_path, data))
    assert message in str(info.value)
    assert str(tmp_path) in str(info.value)


GOOD_ROW = {"level1": "产出指标", "name": "b", "target": "≥2", "actual": "3", "weight": "5"}


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({**BASE, "year": "2023"}, "$.year", "'year' must be an integer"),
        ({**BASE, "year": -1}, "$.year", "'year' must be a budget year from 1949 to 2100"),
        ({**BASE, "year": 0}, "$.year", "budget year"),
        ({**BASE, "indicators": [3, GOOD_ROW]}, "$.indicators[0]", "must be a JSON object"),
        (
            {**BASE, "indicators": [{"name": "a", "weight": 5}, GOOD_ROW]},
            "$.indicators[0].weight",
            "a cell must be a string or null, not an integer",
        ),
        (
            {**BASE, "indicators": [{"name": "a", "wieght": "5"}, GOOD_ROW]},
            "$.indicators[0].wieght",
            "unknown key 'wieght'; did you mean 'weight'?",
        ),
        (
            {**BASE, "indicators": [{"name": "", "actual": "80"}, GOOD_ROW]},
            "$.indicators[0].name",
            "an indicator without a name",
        ),
        (
            {**BASE, "indicators": [{"name": "a", "score": "-1"}, GOOD_ROW]},
            "$.indicators[0].score",
            "must not be negative",
        ),
        ({**BASE, "funds": [{"initial": 1.5}]}, "$.funds[0].initial", "not float"),
        ({**BASE, "funds": [{"executed": "-5"}]}, "$.funds[0].executed", "must not be negative"),
        ({**BASE, "indicatros": []}, "$.indicatros", "did you mean 'indicators'?"),
        ({**BASE, "total": {"scroe": "90"}}, "$.total.scroe", "did you mean 'score'?"),
    ],
)
def test_bad_values_are_errors_naming_the_place_and_the_rest_is_read(
    tmp_path: Path, data: dict[str, Any], field: str, message: str
) -> None:
    from budgetperf.audit import Severity

    path = write(tmp_path, data)
    form = read_form(path)
    errors = [i for i in form.findings if i.severity is Severity.ERROR]
    assert [i.location.field for i in errors] == [field]
    assert message in errors[0].format()
    assert str(path) in errors[0].format()
    if data.get("indicators") and GOOD_ROW in data["indicators"]:
        assert form.indicators[-1].name == "b"  # the row after the bad one is read


def test_a_negative_executed_is_not_used(tmp_path: Path) -> None:
    form = read_form(write(tmp_path, {**BASE, "funds": [{"label": "合计", "executed": "-5"}]}))
    assert form.execution is not None
    assert form.execution.executed is None


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[" * 1000, "nested too deeply"),
        ('{"format": "budgetperf-printed-form/1", "year": ' + "1" * 4301 + "}", "'form' must"),
    ],
)
def test_pathological_json_is_a_parse_error(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "form.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ParseError) as info:
        read_form(path)
    assert message in str(info.value)
    assert str(path) in str(info.value)


def test_a_4301_digit_year_is_an_error_finding(tmp_path: Path) -> None:
    path = tmp_path / "form.json"
    path.write_text(
        '{"format": "budgetperf-printed-form/1", "form": "project", "year": ' + "1" * 4301 + "}",
        encoding="utf-8",
    )
    form = read_form(path)
    assert form.year is None
    (finding,) = form.findings
    assert finding.location.field == "$.year"
    assert "4301 characters" in finding.message_en
    assert len(finding.format()) < 300


@pytest.mark.parametrize(
    ("field", "cell"),
    [
        (field, cell)
        for field in ("weight", "score", "actual", "target")
        for cell in ("1e1000000000000000000", "-1e1000000000000000000")
    ]
    + [("weight", "NaN"), ("score", "Infinity")],
)
def test_absurd_numbers_are_findings(tmp_path: Path, cell: str, field: str) -> None:
    row = {**GOOD_ROW, field: cell}
    form = read_form(write(tmp_path, {**BASE, "indicators": [row, GOOD_ROW]}))
    assert [i.location.field for i in form.findings] == [f"$.indicators[0].{field}"]
    assert len(form.indicators) == 2


@pytest.mark.parametrize("wrong", [{}, 3, None, b"form.json", ["form.json"]])
def test_wrong_types_are_wrong_type_errors(wrong: Any) -> None:
    from budgetperf.errors import BudgetPerfError, WrongTypeError

    with pytest.raises(WrongTypeError) as info:
        read_form(wrong)
    assert isinstance(info.value, BudgetPerfError)
    assert isinstance(info.value, TypeError)
    assert type(wrong).__name__ in str(info.value)


def test_unreadable_files(tmp_path: Path) -> None:
    import errno

    from budgetperf.errors import BudgetPerfError, FileError

    missing = tmp_path / "missing.json"
    with pytest.raises(FileError, match="cannot read") as info:
        read_form(missing)
    assert isinstance(info.value, OSError)
    assert isinstance(info.value, BudgetPerfError)
    assert info.value.errno == errno.ENOENT
    assert str(missing) in str(info.value)
    with pytest.raises(OSError, match="cannot read the file"):
        read_form(tmp_path)  # a directory
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    with pytest.raises(ParseError, match="not JSON"):
        read_form(bad)


@pytest.mark.parametrize("unit", ["美元", "1" * 5000, "(50分)"])
def test_a_bad_unit_names_the_json_path(tmp_path: Path, unit: str) -> None:
    with pytest.raises(ParseError) as info:
        read_form(write(tmp_path, {**BASE, "unit": unit}))
    assert "field '$.unit'" in str(info.value)
    assert len(str(info.value)) < 300


# --- merged 一级/二级 cells (issue 11, Deliver 3) -----------------------------------------------


def _merged(data: dict[str, Any], key: str) -> dict[str, Any]:
    """``data`` as a table with ``key`` merged down each group: printed on a group's first
    row only (and the 一级 weight with the 一级)."""
    out: dict[str, Any] = json.loads(json.dumps(data))
    previous = None
    for row in out["indicators"]:
        if row[key] == previous:
            row[key] = None
            if key == "level1":
                row["level1_weight"] = None
        else:
            previous = row[key]
    return out


@pytest.mark.parametrize(
    "name",
    [
        "hetang-2022-department.json",
        "junshan-2023-department.json",
        "junshan-2023-project-hall.json",
        "junshan-2023-project-website.json",
    ],
)
@pytest.mark.parametrize("keys", [("level1",), ("level2",), ("level1", "level2")])
def test_merged_level_cells_read_as_the_printed_table(
    tmp_path: Path, name: str, keys: tuple[str, ...]
) -> None:
    original = json.loads((FORMS / name).read_text(encoding="utf-8"))
    data = original
    for key in keys:
        data = _merged(data, key)
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    form, printed = read_form(path), read_form(FORMS / name)
    # every row's 一级 and 二级 as the seed table prints them (the transcription fills each row)
    assert [(i.level1, i.level2) for i in form.indicators] == [
        (row["level1"], row["level2"]) for row in original["indicators"]
    ]
    assert form.level1_weights == printed.level1_weights
    # and nothing else changes but one note per filled cell
    blank = [
        (f"$.indicators[{k}].{key}")
        for key in keys
        for k, row in enumerate(data["indicators"])
        if row[key] is None
    ]
    notes = [f for f in form.findings if f.code.startswith("structure.inferred-level")]
    assert sorted(str(f.location.field) for f in notes) == sorted(blank)
    assert all(f.severity.value == "info" for f in notes)
    assert [f for f in form.findings if f not in notes] == list(printed.findings)


def test_a_blank_level1_is_read_from_its_level2_or_the_row_above(tmp_path: Path) -> None:
    rows = [
        {"level1": "产出指标", "level1_weight": "50", "level2": "数量指标", "name": "A"},
        # 质量 belongs to 产出, spelt as the form spells it
        {"level1": None, "level2": "质量指标", "name": "B"},
        # 社会效益 belongs to 效益: a group whose first 一级 cell is blank too
        {"level1": None, "level2": "社会效益指标", "name": "C"},
        # a 二级 outside the templates: the row above's 一级
        {"level1": None, "level2": "其他指标", "name": "D"},
    ]
    path = tmp_path / "form.json"
    path.write_text(
        json.dumps({"format": "budgetperf-printed-form/1", "form": "project", "indicators": rows}),
        encoding="utf-8",
    )
    form = read_form(path)
    assert [i.level1 for i in form.indicators] == ["产出指标", "产出指标", "效益指标", "效益指标"]
    messages = {str(f.location.field): f.message_zh for f in form.findings}
    assert messages["$.indicators[1].level1"] == (
        "一级指标为空（合并单元格？），按二级指标“质量指标”读作“产出指标”"
    )
    assert (
        messages["$.indicators[3].level1"]
        == "一级指标为空（合并单元格？），沿用上一行读作“效益指标”"
    )
