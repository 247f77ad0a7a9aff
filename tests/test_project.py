"""Promises about the project itself: README and CI agree, the public API is explicit,
the package is typed, and importing it stays light."""

from __future__ import annotations

import importlib
import re
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

import budgetperf

ROOT = Path(__file__).resolve().parent.parent
PUBLIC_MODULES = [
    "amounts",
    "audit",
    "classification",
    "daxie",
    "errors",
    "exact",
    "formcheck",
    "forms",
    "indicators",
    "ledger",
    "ledger_csv",
    "profiles",
    "rates",
    "rules",
    "scoring",
    "statements",
    "textcheck",
    "values",
]


def quick_start_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```sh\n(.*?)```", section, flags=re.DOTALL)
    return [line for block in blocks for line in block.strip().splitlines()]


def test_readme_has_exactly_two_quick_start_commands() -> None:
    commands = quick_start_commands()
    assert len(commands) == 2
    assert "budgetperf " in commands[0]
    assert "pytest" in commands[1]


def test_ci_runs_the_readme_commands_verbatim() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    for command in quick_start_commands():
        assert command in ci, f".ci/run does not run the README command: {command}"


def test_quick_start_example_exists() -> None:
    first = quick_start_commands()[0]
    path = first.rsplit(" ", 1)[1]
    assert (ROOT / path).is_file()


def test_all_is_complete() -> None:
    names = budgetperf.__all__
    # ordering is enforced by ruff (RUF022)
    assert len(set(names)) == len(names)
    for name in names:
        assert hasattr(budgetperf, name), name


@pytest.mark.parametrize("module", PUBLIC_MODULES)
def test_every_top_level_name_is_its_modules_public_name(module: str) -> None:
    """The top level is a selection (docs/api.md), never a second home for a name."""
    mod = importlib.import_module(f"budgetperf.{module}")
    for name, home in budgetperf._MODULE_OF.items():
        if home == mod.__name__:
            assert name in mod.__all__, f"{name} is exported but not public in {home}"
            assert getattr(budgetperf, name) is getattr(mod, name)


def test_package_is_typed() -> None:
    assert resources.files("budgetperf").joinpath("py.typed").is_file()


def test_every_error_is_a_budgetperf_error_and_a_builtin() -> None:
    from budgetperf import errors

    for name in errors.__all__:
        cls = getattr(errors, name)
        if name in ("BudgetPerfError", "Location"):
            continue
        assert issubclass(cls, errors.BudgetPerfError)
        builtins = (ValueError, TypeError, ArithmeticError, OSError, ImportError)
        assert any(issubclass(cls, base) for base in builtins), name


def test_the_optional_modules_are_the_extras_of_pyproject() -> None:
    """budgetperf._optional.EXTRAS, the one table of which module comes from which extra, lists
    what pyproject.toml installs for each extra (xlsx, documents), and `test` installs them."""
    import tomllib

    from budgetperf._optional import EXTRAS

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = project["optional-dependencies"]
    assert set(EXTRAS) == set(extras) - {"test", "dev"}
    for name, extra in EXTRAS.items():
        installed = {re.split(r"[<>=!~;\[ ]", spec, maxsplit=1)[0] for spec in extras[name]}
        assert installed == set(extra.modules.values()), name
        assert f"budgetperf[{name}]" in extras["test"], name


def test_import_does_not_load_babel_or_parse_data() -> None:
    code = (
        "import sys, budgetperf; "
        "print(sorted(m for m in sys.modules"
        " if m.split('.')[0] in ('babel', 'hypothesis', 'pyarrow', 'polars')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"


def test_version_matches_the_installed_metadata() -> None:
    from importlib.metadata import version

    assert version("budgetperf") == budgetperf.__version__


@pytest.mark.parametrize("example", sorted((ROOT / "examples").glob("*.py")), ids=lambda p: p.name)
def test_examples_run(example: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(example)], capture_output=True, text=True, check=False, cwd=ROOT
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip()
    assert "Traceback" not in result.stderr


def test_finding_pages_are_up_to_date() -> None:
    """docs/findings is generated from the checks; every code needs an example that fires."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_finding_docs.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
