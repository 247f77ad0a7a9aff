"""Word documents (.docx): paragraphs and tables in the order of the document's body.

Read with python-docx (the ``documents`` extra). The body's XML children are walked in order —
``w:p`` a paragraph, ``w:tbl`` a table, a content control's (``w:sdt``) content in its place — so
a table stays between the paragraphs it was printed between (``doc.paragraphs`` then
``doc.tables`` would move every table to the end). Each table becomes lines of
``cell | cell |``: a cell merged across columns (``w:gridSpan``) is written once, followed by
empty cells for the columns it covers, so the columns still line up; a cell merged down from
the row above (``w:vMerge``) is empty. A table inside a cell adds its text to that cell.

Before anything is parsed the archive is checked (:func:`check_archive`): a .docx is a zip
archive, and one that would unpack to more than :data:`MAX_UNPACKED` bytes, or has an entry
that unpacks more than :data:`MAX_RATIO` times its packed size (a zip bomb), is refused with
:class:`~budgetperf.errors.DocumentTooLarge`. Python's zipfile never unpacks more than an
entry's declared size (a lying entry fails its CRC check), so the declared sizes bound the
memory used. The XML is parsed by lxml as python-docx sets it up: no entity is resolved and
no network access is made.

Locations: ``paragraph N`` (the N-th paragraph of the body, empty ones counted, from 1) or
``table T row R cell C`` (C the grid column), with the column of the character in it.
"""

from __future__ import annotations

import io
import zipfile
from typing import TYPE_CHECKING, Any

from budgetperf._optional import require
from budgetperf.documents._layout import Builder, DocumentText, Kind, check_size, write_table
from budgetperf.errors import DocumentTooLarge, UnreadableDocument

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["MAX_ENTRIES", "MAX_RATIO", "MAX_UNPACKED", "check_archive", "read_docx"]

#: The most bytes the entries of a .docx may unpack to, together (512 MiB).
MAX_UNPACKED = 512 * 1024 * 1024
#: The most an entry of 1 MiB or more may unpack, in times its packed size. Word's XML packs
#: 5 to 30 times; a zip bomb, 1,000 times.
MAX_RATIO = 200
#: The most entries a .docx may have.
MAX_ENTRIES = 10_000
_SMALL = 1024 * 1024

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def check_archive(data: bytes, *, file: str | None = None) -> zipfile.ZipFile:
    """Open a .docx's zip archive and check its declared sizes before anything is unpacked.

    Raises :class:`~budgetperf.errors.DocumentTooLarge` past :data:`MAX_ENTRIES`,
    :data:`MAX_UNPACKED` or :data:`MAX_RATIO`, and
    :class:`~budgetperf.errors.UnreadableDocument` when the bytes are not a zip archive with a
    ``word/document.xml``.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise UnreadableDocument(f"not a readable .docx: {exc}", value=file) from None
    entries = archive.infolist()
    if len(entries) > MAX_ENTRIES:
        raise DocumentTooLarge(
            f"the .docx archive has {len(entries)} entries, more than {MAX_ENTRIES}", value=file
        )
    total = 0
    for entry in entries:
        total += entry.file_size
        ratio = entry.file_size / max(entry.compress_size, 1)
        if entry.file_size >= _SMALL and ratio > MAX_RATIO:
            raise DocumentTooLarge(
                f"the .docx entry {entry.filename!r} unpacks {entry.compress_size} bytes to"
                f" {entry.file_size} ({ratio:.0f} times, more than {MAX_RATIO}): a zip bomb?",
                value=file,
            )
    if total > MAX_UNPACKED:
        raise DocumentTooLarge(
            f"the .docx archive unpacks to {total} bytes, more than {MAX_UNPACKED}", value=file
        )
    if "word/document.xml" not in archive.namelist():
        raise UnreadableDocument(
            "not a .docx: the zip archive has no word/document.xml", value=file
        )
    return archive


def _blocks(parent: Any) -> Iterator[Any]:
    """The paragraphs and tables of a body or cell in order, through content controls."""
    stack = [iter(parent)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
            continue
        tag = child.tag
        if tag in (_W + "p", _W + "tbl"):
            yield child
        elif tag in (_W + "sdt", _W + "customXml", _W + "sdtContent"):
            stack.append(iter(child))


def _text(p: Any, paragraph: Any) -> str:
    """A ``w:p`` element's text, as python-docx reads it (runs, hyperlinks, tabs, breaks)."""
    text: str = paragraph(p, None).text
    return text


def _cell_text(tc: Any, paragraph: Any) -> str:
    """Every paragraph of a cell, nested tables' included, in order, joined by spaces."""
    return " ".join(_text(p, paragraph) for p in tc.iter(_W + "p")).strip()


def read_docx(data: bytes, *, file: str | None = None) -> DocumentText:
    """The text of a .docx: paragraphs and tables in body order (see the module's docstring).

    Needs the ``documents`` extra (:class:`~budgetperf.errors.MissingExtra` otherwise);
    a file that is not a readable .docx raises :class:`~budgetperf.errors.UnreadableDocument`,
    one past a size limit :class:`~budgetperf.errors.DocumentTooLarge`.
    """
    docx = require("documents", "docx")
    from docx.text.paragraph import Paragraph

    check_size(len(data), file)
    check_archive(data, file=file).close()
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx and lxml raise many kinds on a damaged package
        raise UnreadableDocument(
            f"not a readable .docx: {type(exc).__name__}: {exc}", value=file
        ) from None
    out = Builder()
    paragraphs = tables = 0
    for block in _blocks(document.element.body):
        if block.tag == _W + "p":
            paragraphs += 1
            out.add(_text(block, Paragraph), f"paragraph {paragraphs}", None, 1)
            out.newline()
            continue
        tables += 1
        rows = []
        for r, tr in enumerate(block.iterchildren(_W + "tr"), 1):
            row: list[tuple[str, str, int | None, int]] = []
            for tc in tr.iterchildren(_W + "tc"):
                column = len(row) + 1
                merged = tc.vMerge == "continue"
                text = "" if merged else _cell_text(tc, Paragraph)
                row.append((text, f"table {tables} row {r} cell {column}", None, 1))
                for k in range(1, tc.grid_span):
                    row.append(("", f"table {tables} row {r} cell {column + k}", None, 1))
            rows.append(row)
        write_table(out, rows)
    return out.build(Kind.DOCX, file)
