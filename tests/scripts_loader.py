"""The repository's scripts (``scripts/*.py``, not a package) loaded as modules for the tests."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"


def load_script(stem: str, name: str | None = None) -> ModuleType:
    """``scripts/<stem>.py`` as a module registered as ``name`` (the stem by default; another
    name gives a test its own copy, with its own caches). Loaded once per name."""
    name = name or stem
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{stem}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # attrs and dataclasses look the module of their classes up
    spec.loader.exec_module(module)
    return module
