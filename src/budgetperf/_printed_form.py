"""Reading the printed-form JSON format ``budgetperf-printed-form/1`` (private, minimal).

Only what the ``values`` command needs: the indicator rows and their target and actual cells,
each with the JSON path it came from. The full form model arrives with scoring.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import attrs

from budgetperf.errors import Location, ParseError

__all__ = ["FORMAT", "IndicatorCells", "read_indicator_cells"]

FORMAT = "budgetperf-printed-form/1"


@attrs.frozen
class IndicatorCells:
    """One indicator row's name, target and actual cells, as printed (``None`` when empty)."""

    row: int
    name: str
    target: str | None
    actual: str | None
    location: Location


def _load(path: Path) -> Any:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ParseError(f"cannot read the file ({exc.strerror})", value=str(path)) from None
    try:
        return json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise ParseError("not UTF-8 text", value=str(path)) from None
    except json.JSONDecodeError as exc:
        raise ParseError(
            f"not JSON ({exc.msg})",
            value=str(path),
            location=Location(file=str(path), line=exc.lineno, column=exc.colno),
        ) from None


def _cell(row: dict[str, Any], key: str, where: Location) -> str | None:
    value = row.get(key)
    if value is None or isinstance(value, str):
        return value
    raise ParseError(
        f"a cell must be a string or null, not {type(value).__name__}",
        value=value,
        location=where,
    )


def read_indicator_cells(path: str | Path) -> list[IndicatorCells]:
    """Read the indicator rows of a printed-form file; raise ParseError naming the JSON path."""
    file = Path(path)
    data = _load(file)
    name = str(file)
    if not isinstance(data, dict):
        raise ParseError(
            "the top level must be a JSON object", location=Location(file=name, field="$")
        )
    if data.get("format") != FORMAT:
        raise ParseError(
            f"not a {FORMAT} file",
            value=data.get("format"),
            location=Location(file=name, field="$.format"),
        )
    rows = data.get("indicators")
    if not isinstance(rows, list):
        raise ParseError(
            "'indicators' must be a list", location=Location(file=name, field="$.indicators")
        )
    cells: list[IndicatorCells] = []
    for i, row in enumerate(rows):
        where = Location(file=name, row=i + 1, field=f"$.indicators[{i}]")
        if not isinstance(row, dict):
            raise ParseError("an indicator row must be a JSON object", location=where)
        label = _cell(row, "name", where.with_field(f"$.indicators[{i}].name")) or ""
        cells.append(
            IndicatorCells(
                row=i + 1,
                name=label,
                target=_cell(row, "target", where.with_field(f"$.indicators[{i}].target")),
                actual=_cell(row, "actual", where.with_field(f"$.indicators[{i}].actual")),
                location=where,
            )
        )
    return cells
