"""JSON Schemas (draft 2020-12) of budgetperf's JSON: the printed-form format it reads and the
``--format json`` output of every command.

Each schema is a JSON file shipped in this package; :func:`schema` loads one by its short name.
Every JSON output names its format and version in its ``format`` key, and :data:`FORMATS` maps
that name to the schema that describes it.

>>> sorted(FORMATS)[:2]
['budgetperf-check/1', 'budgetperf-classify/1']
>>> schema("score")["$schema"]
'https://json-schema.org/draft/2020-12/schema'
>>> schema_for("budgetperf-printed-form/1")["title"].split(":")[0]
'budgetperf-printed-form/1'
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from budgetperf.errors import InvalidOption

__all__ = ["FORMATS", "NAMES", "schema", "schema_for"]

#: The format name and version each schema describes, by the schema's short name.
NAMES: dict[str, str] = {
    "printed-form": "budgetperf-printed-form/1",
    "score": "budgetperf-score/1",
    "check": "budgetperf-check/1",
    "classify": "budgetperf-classify/1",
    "ledger": "budgetperf-ledger/1",
    "value": "budgetperf-value/1",
}
#: The schema's short name by format name (the ``format`` key of a document).
FORMATS: dict[str, str] = {fmt: name for name, fmt in NAMES.items()}


def schema(name: str) -> dict[str, Any]:
    """The schema ``name`` (a key of :data:`NAMES`), as a fresh dictionary."""
    if name not in NAMES:
        raise InvalidOption(f"no schema of that name ({', '.join(NAMES)})", value=name)
    text = resources.files(__name__).joinpath(f"{name}.json").read_text(encoding="utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def schema_for(fmt: str) -> dict[str, Any]:
    """The schema of a document whose ``format`` is ``fmt`` ("budgetperf-score/1")."""
    if fmt not in FORMATS:
        raise InvalidOption(f"no schema for that format ({', '.join(FORMATS)})", value=fmt)
    return schema(FORMATS[fmt])
