"""The shape of the public API (issue 10, Deliver 6): a small top level written once, one
home per decision, no module reaching into another's private names."""

from __future__ import annotations

import ast
from pathlib import Path

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
