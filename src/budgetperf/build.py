"""How this installation of budgetperf was built: which of its modules are compiled.

budgetperf is pure Python. A wheel built with the ``mypyc`` build hook switched on
(``HATCH_BUILD_HOOK_ENABLE_MYPYC=true``; see docs/performance.md, "A compiled build") holds the
text audit's claims stage (:mod:`budgetperf.textaudit.claims`) compiled to a C extension as
well: the same source, the same results, about 1.5 times faster on claim-dense text.
``budgetperf --version`` names the compiled modules; so does :func:`compiled_modules`.
"""

from __future__ import annotations

import importlib.machinery
from pathlib import Path

from budgetperf.errors import WrongTypeError

__all__ = ["compiled_modules"]

_PACKAGE = Path(__file__).resolve().parent


def compiled_modules(root: Path | None = None) -> tuple[str, ...]:
    """The dotted names of the modules of the package at ``root`` (default: this installation's)
    that are C extensions, sorted; ``()`` for a pure-Python installation.

    A module counts when a file of its name ends with one of this interpreter's extension
    suffixes (``claims.cpython-311-x86_64-linux-gnu.so``), as the import system would load it
    before the ``.py`` beside it. The runtime library mypyc adds beside them
    (``…__mypyc.cpython-311-….so``) is no module of budgetperf and is not named. Nothing is
    imported to find out.
    """
    if root is not None and not isinstance(root, Path):
        raise WrongTypeError(f"root must be a pathlib.Path, not {type(root).__name__}", value=root)
    package = _PACKAGE if root is None else root
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    found: set[str] = set()
    for path in package.rglob("*"):
        name = path.name
        suffix = next((s for s in suffixes if name.endswith(s)), None)
        if suffix is None or not path.is_file():
            continue
        stem = name[: -len(suffix)]
        if "__mypyc" in stem or "." in stem:
            continue
        parts = path.parent.relative_to(package).parts
        found.add(".".join((package.name, *parts, stem)))
    return tuple(sorted(found))
