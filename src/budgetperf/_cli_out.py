"""Where a command's output goes (private): stdout, or the file ``-o`` names.

``-o FILE`` is dispatched by its suffix: ``.xlsx``/``.xlsm`` is a workbook (``score`` only; the
``--format`` output still goes to stdout); any other name takes the ``--format`` output instead
of stdout, and ``.html``/``.htm`` stands for ``--format html`` when no ``--format`` is given.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path
from typing import IO

from budgetperf.errors import InvalidOption

__all__ = ["emit", "open_output", "plan"]

_WORKBOOK = (".xlsx", ".xlsm")
_HTML = (".html", ".htm")


def plan(fmt: str | None, output: str | None, *, allow_xlsx: bool) -> tuple[str, str | None]:
    """The format to write, and the workbook to write as well (``None``: no workbook)."""
    suffix = Path(output).suffix.lower() if output else ""
    if output and suffix in _WORKBOOK:
        if not allow_xlsx:
            raise InvalidOption("only score writes a workbook (-o OUT.xlsx)", value=output)
        if fmt == "html":
            raise InvalidOption(
                "-o names a workbook: write the HTML report to stdout or to an .html file",
                value=output,
            )
        return fmt or "text", output
    if fmt is None:
        fmt = "html" if suffix in _HTML else "text"
    return fmt, None


def emit(text: str, path: str | None) -> None:
    """Write ``text`` to ``path`` (UTF-8), or to stdout when ``path`` is ``None``."""
    if path is None:
        sys.stdout.write(text)
        return
    Path(path).write_text(text, encoding="utf-8")


def open_output(path: str) -> IO[str]:
    """``path`` opened to write UTF-8 text as it comes (``--format jsonl -o FILE``)."""
    return io.TextIOWrapper(open(path, "wb"), encoding="utf-8", newline="\n")
