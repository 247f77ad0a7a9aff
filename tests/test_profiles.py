"""Profiles: the bundled rule sets, user TOML profiles, totals and grade scales."""

from __future__ import annotations

import decimal
import errno
import subprocess
import sys
from decimal import Decimal
from importlib import resources
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from budgetperf.errors import (
    FileError,
    InvalidOption,
    NotDecimalError,
    OutOfRangeError,
    ParseError,
)
from budgetperf.exact import Rounding
from budgetperf.profiles import (
    DEFAULT_PROFILE,
    GRADES_CENTRAL,
    VOCAB_HAO,
    VOCAB_YOU_LIANG,
    VOCAB_YOUXIU,
    GradeScale,
    Profile,
    bundled_profiles,
    get_profile,
    load_profile,
    normalise_grade,
)
from budgetperf.rules import (
    QUALITATIVE_2020,
    QUALITATIVE_LEGACY,
    IndicatorKind,
    InverseRatio,
    LinearPenalty,
    RuleScore,
    Tier,
)
from budgetperf.testing import hostile_context
from budgetperf.testing.strategies import fixed_decimals

D = Decimal


# --- bundled profiles -----------------------------------------------------------------------


def test_bundled_names() -> None:
    assert bundled_profiles() == ["central-2020", "legacy-2017", "sichuan-2023"]
    assert DEFAULT_PROFILE == "central-2020"


def test_bundled_files_are_package_data() -> None:
    folder = resources.files("budgetperf").joinpath("data", "profiles")
    for name in bundled_profiles():
        text = folder.joinpath(f"{name}.toml").read_text(encoding="utf-8")
        assert "[INF]" in text  # every file says what is inferred
        assert "S" in text


def test_default_profile_is_cached() -> None:
    assert get_profile() is get_profile(DEFAULT_PROFILE)
    assert load_profile("central-2020") is get_profile()


def test_central_2020_settings() -> None:
    p = get_profile("central-2020")
    assert p.key == "central-2020@1"
    assert p.execution_weight == 10
    assert p.total_includes_execution
    assert p.level1_weights == {"产出指标": D(50), "效益指标": D(30), "满意度指标": D(10)}
    assert isinstance(p.reverse, LinearPenalty)
    assert p.qualitative_bands == QUALITATIVE_2020
    assert p.overshoot_warning == D("1.3")
    assert p.execution_reason_below is None
    assert p.execution.basis == "全年预算数"
    assert p.not_applicable == "exclude"
    assert (p.score_places, p.score_rounding, p.total_places) == (2, Rounding.HALF_UP, 2)
    assert p.grades == GRADES_CENTRAL
    assert any("S1" in s for s in p.sources)


def test_legacy_2017_settings() -> None:
    p = get_profile("legacy-2017")
    assert isinstance(p.reverse, InverseRatio)
    assert p.qualitative_bands == QUALITATIVE_LEGACY
    assert p.overshoot_warning is None
    assert p.score_places == 2
    assert p.level1_weights == {"产出指标": D(50), "效益指标": D(30), "满意度指标": D(10)}


def test_sichuan_2023_settings() -> None:
    p = get_profile("sichuan-2023")
    assert p.key == "sichuan-2023@1"
    assert p.level1_weights is None  # 绩效指标 90, split freely
    assert p.indicator_weight == 90
    assert p.execution.basis == "调整后预算数"
    assert p.execution_reason_below == D("0.9")
    assert isinstance(p.reverse, LinearPenalty)
    assert p.title.startswith("四川")
    assert any("S5" in s for s in p.sources)


def test_profiles_choose_the_reverse_rule() -> None:
    # rules.md §1.3: target 10, actual 12.5, 分值 10 → V1 8.00, V2 7.50.
    central = get_profile("central-2020").score_reverse(D("10"), D("12.5"), D("10"))
    legacy = get_profile("legacy-2017").score_reverse(D("10"), D("12.5"), D("10"))
    assert (central.score, central.rule, central.profile) == (
        D("7.50"),
        "reverse-linear-penalty",
        "central-2020@1",
    )
    assert (legacy.score, legacy.rule, legacy.profile) == (
        D("8.00"),
        "reverse-inverse-ratio",
        "legacy-2017@1",
    )


def test_profiles_choose_the_qualitative_bands() -> None:
    assert get_profile("legacy-2017").score_qualitative("部分达成", D("0.55"), 10).score == D(
        "5.50"
    )
    with pytest.raises(OutOfRangeError):
        get_profile("central-2020").score_qualitative("部分达成", D("0.55"), 10)
    assert get_profile().check_qualitative(None, D("5.5"), 10) is Tier.NOT_ACHIEVED
    assert get_profile("legacy-2017").check_qualitative(None, D("5.5"), 10) is Tier.PARTIAL


def test_sichuan_execution_needs_a_reason_below_90_percent() -> None:
    r = get_profile("sichuan-2023").score_execution(D("3"), D("3.36"))
    assert r.score == D("8.93")
    assert r.warnings == ("执行率89.29%低于90%，需说明原因",)
    assert r.explanation == "执行率: 3 / 3.36 = 89.29% → 8.93/10"
    assert get_profile().score_execution(D("3"), D("3.36")).warnings == ()


def test_every_score_records_profile_and_rule() -> None:
    p = get_profile()
    results = [
        p.score(IndicatorKind.FORWARD, 10, 5, 10),
        p.score_forward(10, 5, 10),
        p.score_reverse(10, 5, 10),
        p.score_equal(0, 0, 10),
        p.score_qualitative(Tier.ACHIEVED, D("0.9"), 10),
        p.score_execution(5, 10),
        p.score_not_applicable(10),
    ]
    assert [r.rule for r in results] == [
        "forward-proportional",
        "forward-proportional",
        "reverse-linear-penalty",
        "equal-zero-target",
        "qualitative-tier",
        "execution-rate",
        "not-applicable",
    ]
    for r in results:
        assert r.profile == "central-2020@1"
        assert r.source.startswith("rules.md §")
        if r.score is not None:
            assert r.score.as_tuple().exponent == -2  # rounded per the profile


def test_rule_for() -> None:
    p = get_profile("legacy-2017")
    assert p.rule_for(IndicatorKind.REVERSE) is p.reverse
    assert p.rule_for(IndicatorKind.FORWARD) is p.forward
    assert p.rule_for(IndicatorKind.EQUAL) is p.equal
    assert p.rule_for(IndicatorKind.QUALITATIVE) is p.qualitative
    assert p.rule_for(IndicatorKind.NOT_APPLICABLE).id == "not-applicable"
    with pytest.raises(InvalidOption):
        p.score(IndicatorKind.QUALITATIVE, 1, 1, 1)


def test_whole_point_profile() -> None:
    p = attrs.evolve(get_profile(), name="whole", score_places=0, total_places=0)
    assert p.score_forward(D("100"), D("95"), D("5")).score == D("5")  # 4.75 → 5
    assert p.score_forward(D("100"), D("100"), D("22.5")).score == D("22.5")
    assert p.score_qualitative("部分达成", D("0.79"), D("22.5")).score == D("17")


def test_profile_validation() -> None:
    with pytest.raises(InvalidOption):
        Profile(name="x", version="1", level1_weights={"产出指标": D(50)})
    with pytest.raises(InvalidOption):
        Profile(name="a@b", version="1")
    with pytest.raises(OutOfRangeError):
        Profile(name="x", version="1", execution_weight=D(101))
    with pytest.raises(NotDecimalError):
        Profile(name="x", version="1", execution_weight=10.0)  # type: ignore[arg-type]


# --- totals ---------------------------------------------------------------------------------


def test_total_chongqing() -> None:
    # S7 重庆: 执行率 76% → 7.6; the indicators full → total 97.6.
    p = get_profile()
    t = p.total([p.score_execution(76, 100), p.score_forward(10, 10, 90)])
    assert (t.value, t.grade, t.profile) == (D("97.60"), "优", "central-2020@1")
    assert not t.rescaled


def test_total_not_applicable_excluded_requires_weights_to_add_up() -> None:
    p = get_profile()
    scores = [p.score_execution(10, 10), p.score_forward(1, 1, 80), p.score_not_applicable(10)]
    with pytest.raises(OutOfRangeError, match="applicable weights add up to 90, not 100"):
        p.total(scores)
    # re-allocated: the 不适用 indicator carries no weight
    t = p.total([*scores[:2], p.score_forward(1, 1, 10), p.score_not_applicable(0)])
    assert t.value == D("100.00")


def test_total_not_applicable_rescaled() -> None:
    p = attrs.evolve(get_profile(), not_applicable="rescale")
    scores = [p.score_execution(10, 10), p.score_forward(2, 1, 80), p.score_not_applicable(10)]
    t = p.total(scores)
    # (10 + 40) / 90 × 100 = 55.555…
    assert (t.value, t.weight, t.excluded, t.rescaled, t.grade) == (
        D("55.56"),
        D(90),
        D(10),
        True,
        "差",
    )
    assert t.warnings


def test_total_undefined_when_an_indicator_cannot_be_scored() -> None:
    p = get_profile()
    t = p.total([p.score_execution(0, 0), p.score_forward(1, 1, 90)])
    assert t.value is None
    assert t.grade is None


def test_total_without_the_execution_line() -> None:
    p = attrs.evolve(get_profile(), total_includes_execution=False)
    t = p.total([p.score_execution(5, 10), p.score_forward(1, 1, 90)])
    assert (t.value, t.grade) == (D("90.00"), None)


# --- grade scales ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("total", "grade"),
    [
        ("100", "优"),
        ("90", "优"),
        ("89.99", "良"),
        ("89.5", "良"),  # S3's "80-89" is ambiguous here; half-open intervals decide
        ("80", "良"),
        ("79.99", "中"),
        ("60", "中"),
        ("59.99", "差"),
        ("0", "差"),
    ],
)
def test_central_grade_bands(total: str, grade: str) -> None:
    assert GRADES_CENTRAL.grade(D(total)) == grade


def test_grade_scale_text() -> None:
    assert str(GRADES_CENTRAL) == "优 [90, 100], 良 [80, 90), 中 [60, 80), 差 [0, 60)"
    open_scale = GradeScale.from_bounds([90, 80, 60], VOCAB_YOUXIU, lower_closed=False)
    assert str(open_scale) == "优秀 (90, 100], 良好 (80, 90], 中等 (60, 80], 差 [0, 60]"
    assert open_scale.grade(D(90)) == "良好"


def test_grade_outside_range() -> None:
    with pytest.raises(OutOfRangeError):
        GRADES_CENTRAL.grade(D("100.01"))
    with pytest.raises(OutOfRangeError):
        GRADES_CENTRAL.grade(D("-1"))


def test_grade_scale_validation() -> None:
    with pytest.raises(InvalidOption):
        GradeScale.from_bounds([80, 90, 60])
    with pytest.raises(InvalidOption):
        GradeScale.from_bounds([90, 80], VOCAB_YOU_LIANG)


def test_vocabularies_normalise_to_the_same_rank() -> None:
    for a, b, c in zip(VOCAB_YOU_LIANG, VOCAB_YOUXIU, VOCAB_HAO, strict=True):
        assert normalise_grade(a) == normalise_grade(b) == normalise_grade(c)
    assert [normalise_grade(x) for x in VOCAB_YOU_LIANG] == [3, 2, 1, 0]
    assert GRADES_CENTRAL.rank("良") == normalise_grade("良好")
    with pytest.raises(ParseError):
        normalise_grade("A")


totals = st.integers(0, 2).flatmap(lambda p: fixed_decimals(places=p, max_value=100))
scales = st.sampled_from(
    [
        GRADES_CENTRAL,
        GradeScale.from_bounds([80, 70, 60]),  # a vendor variant [SW]
        GradeScale.from_bounds([90, 80, 60], VOCAB_HAO, lower_closed=False),
    ]
)


@given(scale=scales, a=totals, b=totals)
def test_grade_is_monotone_in_the_total(scale: GradeScale, a: Decimal, b: Decimal) -> None:
    low, high = sorted((a, b))
    assert scale.rank(scale.grade(low)) <= scale.rank(scale.grade(high))
    assert normalise_grade(scale.grade(low)) <= normalise_grade(scale.grade(high))


@given(
    name=st.sampled_from(["central-2020", "legacy-2017", "sichuan-2023"]),
    target=fixed_decimals(places=2, max_value=1000),
    actual=fixed_decimals(places=2, max_value=1000),
    weight=fixed_decimals(places=1, max_value=50),
)
def test_profiles_ignore_a_hostile_context(
    name: str, target: Decimal, actual: Decimal, weight: Decimal
) -> None:
    p = get_profile(name)
    exact = decimal.Context(prec=40)
    rest, some_total = exact.subtract(D(90), weight), exact.add(weight, D(50))

    def work() -> tuple[object, ...]:
        scores = [
            p.score_forward(target, actual, weight),
            p.score_reverse(target, actual, weight),
            p.score_equal(target, actual, weight),
            p.score_execution(actual, target),
        ]
        filler = p.score_forward(1, 1, rest)
        total = p.total([scores[3], scores[0], filler]) if scores[3].score is not None else None
        return (*scores, total, p.grade(some_total))

    expected = work()
    with decimal.localcontext(hostile_context()):
        got = work()
    assert got == expected


# --- user profiles --------------------------------------------------------------------------

FULL_PROFILE = """\
name = "my-city"
version = "2024.1"
title = "某市 项目支出绩效自评"
sources = ["某市财政局 2024 通知"]

[execution]
weight = 10
total_includes = true
basis = "全年预算数"
reason_below = 0.85

[weights]
"产出指标" = 60
"效益指标" = 20
"满意度指标" = 10

[scoring]
reverse = "inverse-ratio"
qualitative_bands = { achieved = 0.8, partial = 0.5 }
overshoot_warning = false
not_applicable = "rescale"

[rounding]
score_places = 1
score_rounding = "half-even"
total_places = 1

[grades]
vocabulary = "好/较好/一般/差"
lower_bounds = [85, 75, 60]
lower_closed = true
"""


def write(tmp_path: Path, text: str, name: str = "profile.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_full_user_profile(tmp_path: Path) -> None:
    p = load_profile(write(tmp_path, FULL_PROFILE))
    assert p.key == "my-city@2024.1"
    assert p.level1_weights == {"产出指标": D(60), "效益指标": D(20), "满意度指标": D(10)}
    assert p.execution_reason_below == D("0.85")  # a TOML float, read exactly
    assert isinstance(p.reverse, InverseRatio)
    assert p.qualitative_bands == QUALITATIVE_LEGACY
    assert p.overshoot_warning is None
    assert p.not_applicable == "rescale"
    assert (p.score_places, p.score_rounding, p.total_places) == (1, Rounding.HALF_EVEN, 1)
    assert p.grades.labels == VOCAB_HAO
    assert p.grade(D(85)) == "好"
    r = p.score_reverse(D("10"), D("12.5"), D("10"))
    assert (r.score, r.profile) == (D("8.0"), "my-city@2024.1")


def test_user_profile_extends_a_bundled_one(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        'extends = "central-2020"\nname = "strict"\nversion = "1"\n'
        '[scoring]\nreverse = "inverse-ratio"\n[rounding]\nscore_places = 0\n',
    )
    p = load_profile(str(path))
    central = get_profile()
    assert p.key == "strict@1"
    assert isinstance(p.reverse, InverseRatio)
    assert p.score_places == 0
    assert p.title == ""  # the title is not inherited
    assert attrs.evolve(
        p, name=central.name, version=central.version, reverse=central.reverse, score_places=2
    ) == attrs.evolve(central, title="")


def test_user_profile_extends_a_file(tmp_path: Path) -> None:
    write(tmp_path, FULL_PROFILE, "base.toml")
    path = write(tmp_path, 'extends = "base.toml"\nname = "child"\nversion = "2"\n', "c.toml")
    p = load_profile(path)
    assert (p.key, p.grades.labels) == ("child@2", VOCAB_HAO)


def test_user_profile_can_switch_to_free_weights(tmp_path: Path) -> None:
    path = write(
        tmp_path, 'extends = "central-2020"\nname = "x"\nversion = "1"\nweights = "free"\n'
    )
    assert load_profile(path).level1_weights is None


@pytest.mark.parametrize(
    ("text", "key", "reason"),
    [
        ("colour = 1\n", "colour", "unknown key"),
        ("[scoring]\nreverse = 'a-over-b'\n", "scoring.reverse", "bad value"),
        ("[scoring]\ntypo = 1\n", "scoring.typo", "unknown key"),
        ("[rounding]\nscore_places = -1\n", "rounding.score_places", "bad value"),
        ("[rounding]\nscore_rounding = 'bankers'\n", "rounding.score_rounding", "bad value"),
        ("[execution]\nweight = 'ten'\n", "execution.weight", "bad value"),
        ("[execution]\nweight = 101\n", "execution.weight", "bad value"),
        ("[execution]\nreason_below = 1.5\n", "execution.reason_below", "bad value"),
        ("[execution]\ntotal_includes = 'yes'\n", "execution.total_includes", "bad value"),
        ("[grades]\nvocabulary = 'A/B/C/D'\n", "grades.vocabulary", "bad value"),
        ("[grades]\nlower_bounds = []\n", "grades.lower_bounds", "bad value"),
        ("[scoring]\nqualitative_bands = '2017'\n", "scoring.qualitative_bands", "bad value"),
        ("[scoring]\novershoot_warning = -1\n", "scoring.overshoot_warning", "bad value"),
        ("weights = 'fixed'\n", "weights", "bad value"),
        ("execution = 10\n", "execution", "must be a table"),
    ],
)
def test_bad_keys_and_values_name_the_file_and_key(
    tmp_path: Path, text: str, key: str, reason: str
) -> None:
    path = write(tmp_path, 'extends = "central-2020"\nname = "x"\nversion = "1"\n' + text)
    with pytest.raises(ParseError) as info:
        load_profile(path)
    message = str(info.value)
    assert str(path) in message
    assert repr(key) in message or key in message
    assert reason in message


def test_inconsistent_profile(tmp_path: Path) -> None:
    text = 'extends = "central-2020"\nname = "x"\nversion = "1"\n[execution]\nweight = 20\n'
    with pytest.raises(ParseError, match="add up to 90, not 80"):
        load_profile(write(tmp_path, text))
    text = 'extends = "central-2020"\nname = "x"\nversion = "1"\n[grades]\nlower_bounds = [90]\n'
    with pytest.raises(ParseError, match="1 bounds need 2 labels"):
        load_profile(write(tmp_path, text))


def test_missing_keys(tmp_path: Path) -> None:
    with pytest.raises(ParseError, match="missing keys"):
        load_profile(write(tmp_path, 'name = "x"\nversion = "1"\n'))
    with pytest.raises(ParseError, match="missing key: 'version'"):
        load_profile(write(tmp_path, 'extends = "central-2020"\nname = "x"\n'))


def test_not_toml(tmp_path: Path) -> None:
    with pytest.raises(ParseError, match="not valid TOML"):
        load_profile(write(tmp_path, "name = \n"))


def test_extends_cycle(tmp_path: Path) -> None:
    write(tmp_path, 'extends = "b.toml"\nname = "a"\nversion = "1"\n', "a.toml")
    write(tmp_path, 'extends = "a.toml"\nname = "b"\nversion = "1"\n', "b.toml")
    with pytest.raises(ParseError, match="cycle"):
        load_profile(tmp_path / "a.toml")


def test_unknown_names_and_files(tmp_path: Path) -> None:
    with pytest.raises(InvalidOption, match="bundled: central-2020, legacy-2017, sichuan-2023"):
        load_profile("central-2021")
    with pytest.raises(InvalidOption):
        get_profile("nowhere")
    with pytest.raises(InvalidOption):
        load_profile(write(tmp_path, 'extends = "central-1999"\nname = "x"\nversion = "1"\n'))


def test_an_unreadable_profile_file_is_a_file_error_keeping_the_errno(tmp_path: Path) -> None:
    # An OSError, as for forms, ledgers and catalogues: `except OSError` and the errno work.
    missing = tmp_path / "missing.toml"
    with pytest.raises(FileError, match="cannot read profile file") as info:
        load_profile(missing)
    assert isinstance(info.value, OSError)
    assert not isinstance(info.value, InvalidOption)
    assert (info.value.errno, info.value.filename) == (errno.ENOENT, str(missing))
    (tmp_path / "folder.toml").mkdir()
    with pytest.raises(FileError) as info:
        load_profile(tmp_path / "folder.toml")
    assert info.value.errno in (errno.EISDIR, errno.EACCES)
    child = write(tmp_path, 'extends = "gone.toml"\nname = "x"\nversion = "1"\n', "child.toml")
    with pytest.raises(FileError) as info:
        load_profile(child)
    assert info.value.errno == errno.ENOENT
    assert str(tmp_path / "gone.toml") in str(info.value)
    assert "child.toml" in str(info.value)


def test_rule_scores_are_plain_values() -> None:
    r = get_profile().score_forward(1, 1, 1)
    assert isinstance(r, RuleScore)
    assert hash(r) == hash(attrs.evolve(r))


def test_importing_parses_no_profile() -> None:
    code = (
        "import sys, budgetperf.profiles, budgetperf.rules; "
        "print(sorted(m for m in sys.modules if m in ('tomllib', 'hypothesis')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"


# -- issue 10: wrong types, bad values and misspelt keys name the file and the field -----------


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"score_places": 2.0}, "score_places"),
        ({"total_places": 2.0}, "total_places"),
        ({"score_places": True}, "score_places"),
        ({"total_includes_execution": 1}, "total_includes_execution"),
        ({"name": 3}, "name"),
        ({"score_rounding": "half-up"}, "score_rounding"),
        ({"grades": [90, 80, 60]}, "grades"),
    ],
)
def test_profile_settings_of_the_wrong_type_are_refused(
    changes: dict[str, object], field: str
) -> None:
    from budgetperf.errors import BudgetPerfError, WrongTypeError

    with pytest.raises(WrongTypeError) as info:
        Profile(**{"name": "x", "version": "1", **changes})  # type: ignore[arg-type]
    assert isinstance(info.value, BudgetPerfError)
    assert isinstance(info.value, TypeError)
    assert f"Profile.{field}" in str(info.value)


@pytest.mark.parametrize("changes", [{"execution_weight": 10.0}, {"level1_weights": {"a": 90.0}}])
def test_profile_floats_are_refused(changes: dict[str, object]) -> None:
    from budgetperf.errors import BudgetPerfError

    with pytest.raises(TypeError) as info:
        Profile(**{"name": "x", "version": "1", **changes})  # type: ignore[arg-type]
    assert isinstance(info.value, BudgetPerfError)


def test_a_negative_weight_in_python_names_the_field() -> None:
    from budgetperf.errors import OutOfRangeError

    with pytest.raises(OutOfRangeError) as info:
        Profile("x", "1", level1_weights={"产出指标": Decimal(-5), "效益指标": Decimal(95)})
    assert "weights.产出指标" in str(info.value)
    assert "-5" in str(info.value)


def test_a_negative_weight_in_a_file_names_the_file_and_the_field(tmp_path: Path) -> None:
    path = tmp_path / "neg.toml"
    path.write_text(
        'extends = "central-2020"\nname = "neg"\nversion = "1"\n'
        '[weights]\n"产出指标" = -5\n"效益指标" = 85\n"满意度指标" = 10\n',
        encoding="utf-8",
    )
    with pytest.raises(ParseError) as info:
        load_profile(path)
    message = str(info.value)
    assert str(path) in message
    assert "field 'weights.产出指标'" in message
    assert "-5" in message


@pytest.mark.parametrize(
    ("line", "field", "suggestion"),
    [
        ('wieghts = "free"', "wieghts", "weights"),
        ("[rounding]\nscore_place = 2", "rounding.score_place", "rounding.score_places"),
        ("[grades]\nlower_bound = [90, 80, 60]", "grades.lower_bound", "grades.lower_bounds"),
        ("[excution]\nweight = 10", "excution", "execution"),
    ],
)
def test_unknown_keys_suggest_the_nearest_known_key(
    tmp_path: Path, line: str, field: str, suggestion: str
) -> None:
    path = tmp_path / "typo.toml"
    path.write_text(
        f'extends = "central-2020"\nname = "t"\nversion = "1"\n{line}\n', encoding="utf-8"
    )
    with pytest.raises(ParseError) as info:
        load_profile(path)
    message = str(info.value)
    assert f"field {field!r}" in message
    assert f"did you mean {suggestion!r}?" in message
    assert str(path) in message
