"""Sphinx configuration for the budgetperf documentation.

Build (offline, warnings are errors):

    .venv/bin/sphinx-build -W --keep-going -b html docs docs/_build/html
"""

from __future__ import annotations

import sys
from pathlib import Path

# Document the checkout's source even when the package is not installed (editable or not).
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

import budgetperf

# -- Project -------------------------------------------------------------------------------------
project = "budgetperf"
author = "The budgetperf developers"
copyright = "The budgetperf developers (MIT licence)"
release = budgetperf.__version__
version = ".".join(release.split(".")[:2])

# -- General -------------------------------------------------------------------------------------
extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
]
source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store"]
language = "en"

# MyST: generate anchors for headings down to ### so pages can link to sections.
myst_heading_anchors = 3
myst_enable_extensions = ["colon_fence", "deflist"]

# autodoc: members in source order, type hints in the signature (as written in the code).
autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_preserve_defaults = False
autodoc_default_options = {
    "members": True,
    "show-inheritance": True,
}
napoleon_google_docstring = True
napoleon_numpy_docstring = False

# -- HTML ----------------------------------------------------------------------------------------
html_theme = "furo"
html_title = f"budgetperf {release}"
html_show_sourcelink = False
