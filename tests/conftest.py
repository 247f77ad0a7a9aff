"""Shared test configuration: the Hypothesis profiles, and a locale that is not Chinese.

``deep`` runs every property with at least 1,000 examples and no deadline (``pytest
--hypothesis-profile=deep``; see docs/testing.md for what it covers and how long it takes).
``ci`` is the bounded fuzz run of ``.ci/run``: 200 examples per property, derandomized (the
same examples on every run, so a CI failure reproduces), no deadline and no example database.
``mutation`` is what ``scripts/mutation_score.py`` runs each mutant under: 25 derandomized
examples, so a mutant is killed or not the same way on every run.
A test that sets its own ``max_examples`` keeps it under every profile.

The sentence-form catalogue, tests/sentence_forms.py, is registered as the module
``sentence_forms`` (with ``--import-mode=importlib`` the tests folder is not on ``sys.path``), so
the tests that read it import it by name; so is tests/claim_rows.py, the one way the mutation
tests state a claim as a row.

A compiled build (``budgetperf.build.compiled_modules()``, docs/performance.md) runs the same
tests but those marked ``pure_python``: they replace or count what the claims stage calls by its
Python names (monkeypatching a helper, a ``str`` whose searches count what they read), which a
compiled module calls directly, so there they could not fail. A compiled module inside this
checkout's ``src`` (left by a build made in the checkout, not in a clone) stops the run: the
tests would run it, not the source being edited.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from budgetperf.build import compiled_modules

_COMPILED = compiled_modules()
_SRC = Path(__file__).resolve().parent.parent / "src"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "pure_python: reads the claims stage by its Python names; skipped on a compiled build",
    )
    stray = sorted(p for p in _SRC.rglob("*") if p.suffix in (".so", ".pyd"))
    if stray:
        pytest.exit(
            f"compiled modules in the source tree, which the tests would run instead of the "
            f"source: {', '.join(str(p) for p in stray)}; remove them (git clean -fX src) and "
            f"build compiled wheels from a clone (examples/compiled_build.sh)",
            returncode=2,
        )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if "budgetperf.textaudit.claims" not in _COMPILED:
        return
    skip = pytest.mark.skip(reason=f"a compiled build ({', '.join(_COMPILED)})")
    for item in items:
        if item.get_closest_marker("pure_python") is not None:
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def _english_messages(monkeypatch: pytest.MonkeyPatch) -> None:
    """Run every test under a locale that is not Chinese: the commands' words default to
    Chinese under a Chinese locale (``--lang``), and most tests read the English ones. A test
    of the Chinese default sets ``LANG`` itself."""
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


def _register(name: str) -> None:
    if name in sys.modules:
        return
    spec = importlib.util.spec_from_file_location(
        name, Path(__file__).resolve().parent / f"{name}.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)


_register("sentence_forms")
_register("claim_rows")
_register("scripts_loader")

settings.register_profile(
    "deep",
    max_examples=1_000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "ci",
    max_examples=200,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "mutation",
    max_examples=25,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.differing_executors],
)
