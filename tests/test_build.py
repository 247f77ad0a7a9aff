"""budgetperf.build: which modules of an installation are compiled, and what says so.

These hold for a pure-Python installation and for a compiled build alike (CI runs the suite on
both: .ci/run, examples/compiled_build.sh).
"""

from __future__ import annotations

import importlib
import importlib.machinery
import pkgutil
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import budgetperf
from budgetperf import __version__
from budgetperf.build import compiled_modules
from budgetperf.cli import main

TESTS = Path(__file__).resolve().parent
SUFFIX = importlib.machinery.EXTENSION_SUFFIXES[0]


def test_a_module_counts_when_a_file_of_its_name_is_an_extension(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    (package / "sub" / "deeper").mkdir(parents=True)
    (package / "a.py").write_text("")
    (package / "sub" / "claims.py").write_text("")
    (package / "sub" / f"claims{SUFFIX}").write_bytes(b"")
    # mypyc's runtime library beside it is no module of the package
    (package / "sub" / f"0123abcd__mypyc{SUFFIX}").write_bytes(b"")
    (package / "sub" / f"claims__mypyc{SUFFIX}").write_bytes(b"")
    (package / "sub" / "deeper" / f"fast{SUFFIX}").write_bytes(b"")
    (package / "notes.txt").write_text("")
    (package / f"folder{SUFFIX}").mkdir()  # a folder so named is no module
    assert compiled_modules(package) == ("pkg.sub.claims", "pkg.sub.deeper.fast")


def test_a_pure_package_has_none(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "a.py").write_text("")
    assert compiled_modules(package) == ()


def test_the_installation_names_exactly_the_modules_loaded_from_extensions() -> None:
    loaded = set()
    for info in pkgutil.walk_packages(budgetperf.__path__, "budgetperf."):
        if info.name == "budgetperf.__main__":
            continue  # (runs the command line when imported)
        if "__mypyc" in info.name:
            continue  # (mypyc's runtime library beside a compiled module: no module of ours)
        module = importlib.import_module(info.name)
        origin = module.__spec__.origin if module.__spec__ is not None else None
        if origin is not None and origin.endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES)):
            loaded.add(info.name)
    assert set(compiled_modules()) == loaded


def test_version_names_the_compiled_modules(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        "budgetperf.build.compiled_modules", lambda: ("budgetperf.textaudit.claims",)
    )
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    out, err = capsys.readouterr()
    assert out == f"budgetperf {__version__} (compiled: budgetperf.textaudit.claims)\n"
    assert err == ""


def test_the_tests_refuse_a_compiled_module_in_the_source_tree(tmp_path: Path) -> None:
    """A build made in a working checkout leaves the extension beside the source, where an
    editable install would import it instead of the source being edited: tests/conftest.py
    stops the run and says what to remove."""
    tests = tmp_path / "tests"
    tests.mkdir()
    for name in ("conftest.py", "sentence_forms.py", "claim_rows.py", "scripts_loader.py"):
        shutil.copy(TESTS / name, tests / name)
    (tests / "test_nothing.py").write_text("def test_nothing() -> None:\n    pass\n")
    stray = tmp_path / "src" / "budgetperf" / "textaudit" / f"claims{SUFFIX}"
    stray.parent.mkdir(parents=True)
    stray.write_bytes(b"")
    argv = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--rootdir"]
    result = subprocess.run(
        [*argv, str(tmp_path), str(tests)], capture_output=True, text=True, cwd=tmp_path
    )
    assert result.returncode == 2, result.stdout + result.stderr
    assert str(stray) in result.stdout + result.stderr
    assert "git clean -fX src" in result.stdout + result.stderr
    stray.unlink()
    result = subprocess.run(
        [*argv, str(tmp_path), str(tests)], capture_output=True, text=True, cwd=tmp_path
    )
    assert result.returncode == 0, result.stdout + result.stderr
