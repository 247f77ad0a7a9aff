"""The shape of the public API (issue 10, Deliver 6): a small top level written once, one
home per decision, no module reaching into another's private names."""

from __future__ import annotations

import ast
import importlib
import importlib.util
import json
import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import pytest

import budgetperf
from budgetperf import audit, errors
from scripts_loader import load_script

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "src", ROOT / "tests", ROOT / "scripts"]


def private_imports(roots: list[Path] = SOURCES) -> list[str]:
    """Every ``from budgetperf.x import _y`` (a module's private name imported by another)."""
    found = []
    for root in roots:
        for path in sorted(root.rglob("*.py")):
            if "corpus" in path.parts:
                continue
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if not isinstance(node, ast.ImportFrom):
                    continue
                if not (node.module or "").startswith("budgetperf"):
                    continue
                for alias in node.names:
                    name = alias.name
                    if name.startswith("_") and not name.startswith("__"):
                        found.append(f"{path.name}:{node.lineno}: {name}")
    return found


def test_no_module_imports_another_modules_private_names() -> None:
    # Internals shared between modules live in named internal modules (budgetperf._decimal,
    # budgetperf._babel) and are imported by their own, unprefixed names.
    assert private_imports() == []


def test_the_check_finds_a_private_import(tmp_path: Path) -> None:
    (tmp_path / "m.py").write_text(
        "from budgetperf.exact import (\n    Rounding,\n    _CTX,\n)\n"
        "from budgetperf import __version__\n"
    )
    assert private_imports([tmp_path]) == ["m.py:1: _CTX"]


# Groups a finding code may belong to; a new group is added here and in the table.
CODE_GROUPS = (
    "arithmetic",
    "classification",
    "consistency",
    "io",
    "ledger",
    "rules",
    "structure",
    "units",
)
CODE_LITERAL = re.compile(r"[\"'](?:" + "|".join(CODE_GROUPS) + r")\.[a-z0-9]+(?:-[a-z0-9]+)*[\"']")


def code_literals() -> set[str]:
    """Every finding code written as a literal anywhere in the package."""
    found = set()
    for path in (ROOT / "src" / "budgetperf").rglob("*.py"):
        for match in CODE_LITERAL.finditer(path.read_text(encoding="utf-8")):
            found.add(match.group(0)[1:-1])
    return found


def test_the_code_table_is_complete_without_importing_any_check_module() -> None:
    code = (
        "import sys, json; from budgetperf.audit import CODES; "
        "print(json.dumps([sorted(CODES), sorted(m for m in sys.modules if 'budgetperf' in m)]))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    codes, modules = json.loads(out)
    assert set(modules) <= {
        "budgetperf",
        "budgetperf._decimal",
        "budgetperf._text",
        "budgetperf.audit",
        "budgetperf.errors",
        "budgetperf.exact",
    }
    assert set(codes) == code_literals()
    assert {c.split(".", 1)[0] for c in codes} == set(CODE_GROUPS)


def test_importing_every_module_adds_no_code() -> None:
    before = dict(audit.CODES)
    for info in pkgutil.walk_packages(budgetperf.__path__, "budgetperf."):
        if not info.name.endswith("__main__"):
            importlib.import_module(info.name)
    assert dict(audit.CODES) == before


def test_register_only_checks_against_the_table() -> None:
    info = audit.CODES["rules.grade"]
    assert audit.register(info.code, info.severity, info.title_en, info.title_zh) is not None
    with pytest.raises(ValueError, match=r"rules\.new-check"):
        audit.register("rules.new-check", audit.Severity.ERROR, "new", "新")
    with pytest.raises(ValueError, match=r"rules\.grade"):
        audit.register("rules.grade", audit.Severity.INFO, info.title_en, info.title_zh)
    assert "rules.new-check" not in audit.CODES


def test_the_top_level_is_small() -> None:
    # About 30 names a user starts from: the main types and verbs, and the errors a caller meets
    # first (docs/api.md gives the list and why). The specialised errors live in
    # budgetperf.errors only.
    assert len(budgetperf.__all__) <= 34
    top_errors = {
        name
        for name in budgetperf.__all__
        if isinstance(value := getattr(budgetperf, name), type)
        and issubclass(value, errors.BudgetPerfError)
    }
    assert top_errors == {"BudgetPerfError", "FileError", "ParseError", "WrongTypeError"}
    for name in set(errors.__all__) - top_errors:
        assert not hasattr(budgetperf, name), name
        assert getattr(errors, name).__module__ == "budgetperf.errors", name


def test_the_export_list_is_written_once_and_the_generated_code_is_current() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "generate_exports.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    names = {n for group in budgetperf._EXPORTS.values() for n in group}
    assert sorted(budgetperf.__all__) == sorted(names | {"__version__"})


def test_the_generator_notices_a_stale_block() -> None:
    generate_exports = load_script("generate_exports")
    source = (ROOT / "src" / "budgetperf" / "__init__.py").read_text(encoding="utf-8")
    added = source.replace(
        '"budgetperf.ledger": ("Ledger",)', '"budgetperf.ledger": ("Ledger", "Phase")'
    )
    assert added != source
    regenerated = generate_exports.current(added)
    assert "        Phase,\n" in regenerated
    assert '    "Phase",\n' in regenerated
    assert generate_exports.current(source) == source


def test_the_top_level_names_are_documented() -> None:
    page = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    for name in budgetperf.__all__:
        if name != "__version__":
            assert f"`{name}`" in page, name


# -- one file decoder: forms, ledgers, profiles and catalogues read bytes through it ----------

BOM_LESS_CHINESE = ("utf-8", "gb18030", "utf-16")


@pytest.mark.parametrize("encoding", BOM_LESS_CHINESE)
def test_profiles_and_catalogues_are_read_by_the_one_decoder(tmp_path: Path, encoding: str) -> None:
    from budgetperf.classification import load_catalogue
    from budgetperf.profiles import load_profile

    toml = (ROOT / "src" / "budgetperf" / "data" / "profiles" / "central-2020.toml").read_text(
        encoding="utf-8"
    )
    profile_path = tmp_path / "mine.toml"
    profile_path.write_bytes(toml.encode(encoding))
    assert load_profile(profile_path) == load_profile(
        ROOT / "src/budgetperf/data/profiles/central-2020.toml"
    )

    csv = (ROOT / "examples" / "catalogue-sample.csv").read_text(encoding="utf-8")
    catalogue_path = tmp_path / "catalogue.csv"
    catalogue_path.write_bytes(csv.encode(encoding))
    catalogue = load_catalogue(catalogue_path)
    assert catalogue.name_of("2010301") == "行政运行"


def test_no_reader_decodes_files_its_own_way() -> None:
    """Only budgetperf.textaudit.read turns a file's bytes into text (package data aside, which
    budgetperf writes in UTF-8 itself)."""
    own_ways = re.compile(r"\.read_text\(|\.decode\(\s*[\"']|open\([^)]*encoding=")
    offenders = []
    for path in sorted((ROOT / "src" / "budgetperf").rglob("*.py")):
        if path.name == "read.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if own_ways.search(line) and "resource" not in line and "bundled" not in line:
                offenders.append(f"{path.name}:{number}: {line.strip()}")
    assert offenders == []


# -- one kind inference: the comparator → 指标性质 rule is written in rules.py only ------------


def test_only_rules_maps_comparators_to_kinds() -> None:
    # scoring's fast path once had its own copy of the mapping (a mutant that gave a stated
    # 反向 indicator the 正向 rule survived there); it now asks IndicatorKind.from_comparator.
    mapping = re.compile(r"Comparator\.(?:GE|GT|LE|LT|EQ)\b|\b_(?:GE|GT|LE|LT|EQ)\b")
    users = sorted(
        path.name
        for path in (ROOT / "src" / "budgetperf").glob("*.py")
        if mapping.search(path.read_text(encoding="utf-8"))
    )
    assert users == ["rules.py", "values.py"]


def test_statuses_are_str_enums_that_keep_their_text() -> None:
    from budgetperf import get_profile, score_form
    from budgetperf.scoring import ScoreStatus
    from budgetperf.testing import sample_form

    result = score_form(sample_form(), get_profile("central-2020"))
    statuses = {r.status for r in result.indicators}
    assert statuses
    assert all(isinstance(s, ScoreStatus) for s in statuses)
    assert json.dumps(ScoreStatus.PRINTED_USED) == '"printed-used"'
    assert str(ScoreStatus.SCORED) == "scored"


def test_catalogue_statuses_and_name_relations_are_str_enums_that_keep_their_text() -> None:
    from budgetperf.classification import (
        CodeLevel,
        NameRelation,
        OtherName,
        Scheme,
        Subject,
        SubjectStatus,
        bundled_catalogue,
    )
    from budgetperf.errors import ParseError, WrongTypeError

    cat = bundled_catalogue()
    assert {s.status for s in cat} == {
        SubjectStatus.CONFIRMED,
        SubjectStatus.SECONDARY,
        SubjectStatus.UNCONFIRMED,
    }
    assert all(type(s.status) is SubjectStatus for s in cat)
    former = [o for o, _ in cat.find_other_name("行政事业单位离退休")]
    assert [(o.code, o.relation, o.status) for o in former] == [
        ("20805", NameRelation.FORMER, SubjectStatus.UNCONFIRMED)
    ]
    assert {type(o.relation) for o in cat.other_names} == {NameRelation}
    assert {o.relation for o in cat.other_names} == set(NameRelation)
    assert [m.value for m in SubjectStatus] == ["confirmed", "secondary", "unconfirmed", "user"]
    assert [m.value for m in NameRelation] == ["former", "variant"]
    assert json.dumps([SubjectStatus.USER, NameRelation.VARIANT]) == '["user", "variant"]'
    assert f"{SubjectStatus.USER} {NameRelation.FORMER}" == "user former"
    # The word is accepted and converted, as for FormKind and IndicatorKind; anything else is
    # refused with a BudgetPerfError.
    fields = {"code": "201", "name": "x", "source": ""}
    assert OtherName(**fields, relation="variant", status="user").relation is NameRelation.VARIANT
    with pytest.raises(ParseError, match="a relation is one of 'former', 'variant'"):
        OtherName(**fields, relation="old", status="user")
    with pytest.raises(
        WrongTypeError, match="status must be a member of SubjectStatus or its word"
    ):
        Subject(
            **fields,
            level=CodeLevel.LEI,
            parent=None,
            scheme=Scheme.FUNCTIONAL,
            edition="unknown",
            status=0.5,  # type: ignore[arg-type]
            catalogue="t",
        )


# -- one finding type: every check reports budgetperf.audit.Finding ----------------------------


def public_classes() -> dict[str, type]:
    """Every class named in a public module's ``__all__``, by ``module.name``."""
    found: dict[str, type] = {}
    for info in pkgutil.walk_packages(budgetperf.__path__, "budgetperf."):
        if any(part.startswith("_") for part in info.name.split(".")):
            continue
        module = importlib.import_module(info.name)
        for name in getattr(module, "__all__", ()):
            value = getattr(module, name)
            if isinstance(value, type):
                found[f"{info.name}.{name}"] = value
    return found


def test_no_public_type_but_finding_reports_a_problem() -> None:
    # FormIssue, WeightProblem and PathFinding were three more ways to say what is wrong;
    # Claim (a checked statement of the text audit) is not a problem report.
    problem_like = re.compile(r"(?:Issue|Problem|Finding)$")
    names = sorted(
        name
        for name, cls in public_classes().items()
        if problem_like.search(cls.__name__) and cls is not audit.Finding
    )
    assert names == []


def test_every_check_reports_audit_findings(tmp_path: Path) -> None:
    from decimal import Decimal

    from budgetperf.classification import parse_path
    from budgetperf.forms import read_form
    from budgetperf.indicators import Indicator, IndicatorTree, check_weights

    path = tmp_path / "form.json"
    path.write_text(
        json.dumps(
            {
                "format": "budgetperf-printed-form/1",
                "form": "project",
                "wieght": "1",
                "indicators": [{"name": "a", "target": "三个", "weight": "5"}],
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    form = read_form(path)
    tree = IndicatorTree.build(
        [Indicator("产出指标", "数量指标", "a", weight=Decimal(5))],
        level1_weights={"产出指标": Decimal(50)},
    )
    reading = parse_path("税收事务(类)协税护税(款)")
    groups = {
        "form": form.findings,
        "weights": tuple(check_weights(tree)),
        "path": reading.findings,
    }
    for name, findings in groups.items():
        assert findings, name
        assert all(type(f) is audit.Finding for f in findings), name
        assert all(f.code in audit.CODES for f in findings), name
    assert [(f.code, f.severity.value, f.location.field, f.printed) for f in form.findings] == [
        ("structure.unreadable-cell", "error", "$.wieght", None),
        ("structure.unreadable-cell", "warning", "$.indicators[0].target", "三个"),
    ]
    assert form.findings[0].message_zh == "不可用的值：unknown key 'wieght'"
    (weights,) = groups["weights"]
    assert (weights.code, weights.location.field, weights.printed, weights.computed) == (
        "structure.weights",
        "产出指标",
        "50",
        "5",
    )
    mislabel = reading.findings[0]
    assert mislabel.span == "税收事务(类)"
    assert (mislabel.offsets, mislabel.segment, mislabel.catalogue) == (
        (0, 7),
        0,
        "budgetperf-bundled",
    )
    assert [c.code for c in mislabel.candidates] == ["20107"]


def test_a_findings_json_has_the_same_keys_whatever_the_check() -> None:
    from budgetperf.classification import parse_path
    from budgetperf.errors import Location

    plain = audit.Finding(
        "structure.blank-cell", audit.Severity.WARNING, Location(file="f.json"), "en", "zh"
    ).to_dict()
    path = parse_path("税收事务(类)协税护税(款)").findings[0].to_dict()
    assert list(plain) == list(path)
    assert (plain["offsets"], plain["segment"], plain["candidates"], plain["catalogue"]) == (
        None,
        None,
        [],
        None,
    )
    assert (path["offsets"], path["segment"], path["candidates"], path["catalogue"]) == (
        [0, 7],
        0,
        ["20107"],
        "budgetperf-bundled",
    )
    assert (path["line"], path["column"], path["span"]) == (1, 1, "税收事务(类)")
    assert json.loads(json.dumps(path))["severity"] == "error"


def test_severity_is_a_str_enum() -> None:
    assert audit.Severity("error") is audit.Severity.ERROR
    assert "error" in {audit.Severity.ERROR}
    assert json.dumps([audit.Severity.WARNING]) == '["warning"]'
    assert str(audit.Severity.INFO) == "info"


def test_kinds_are_str_enums_that_keep_their_text() -> None:
    from budgetperf.errors import ParseError, WrongTypeError
    from budgetperf.forms import Form, FormKind, read_form
    from budgetperf.indicators import Indicator
    from budgetperf.rules import IndicatorKind

    stated = Indicator("产出指标", "数量指标", "a", kind="反向")
    assert stated.kind is IndicatorKind.REVERSE
    assert str(stated.kind) == "反向"
    assert json.dumps(stated.kind, ensure_ascii=False) == '"反向"'
    assert Indicator("产出指标", "数量指标", "a", kind=IndicatorKind.EQUAL).kind == "等于"
    with pytest.raises(ParseError, match="正向"):
        Indicator("产出指标", "数量指标", "a", kind="正面")
    with pytest.raises(WrongTypeError):
        Indicator("产出指标", "数量指标", "a", kind=1)  # type: ignore[arg-type]

    form = read_form(ROOT / "examples" / "forms" / "junshan-2023-department.json")
    assert form.kind is FormKind.DEPARTMENT
    assert json.dumps(form.kind) == '"department"'
    assert Form(kind="project", indicators=()).kind is FormKind.PROJECT
    with pytest.raises(ParseError):
        Form(kind="programme", indicators=())
