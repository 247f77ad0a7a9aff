"""The text every document reader produces, and the map from its offsets back to the document.

A reader writes the document's text for the audit piece by piece through :class:`Builder`; each
piece is a :class:`Segment` that says where in the document it came from, in the format's own
terms. :meth:`DocumentText.locate` turns any offset of the text back into a
:class:`~budgetperf.errors.Location`.
"""

from __future__ import annotations

import bisect
import enum
import functools

import attrs

from budgetperf.audit import Finding
from budgetperf.errors import DocumentTooLarge, Location

__all__ = ["MAX_FILE_BYTES", "Builder", "DocumentText", "Kind", "Segment", "check_size"]

#: The largest document file read, in bytes (256 MiB); a larger one is refused unread.
MAX_FILE_BYTES = 256 * 1024 * 1024


class Kind(enum.StrEnum):
    """What a file is, as :func:`~budgetperf.documents.detect` finds it from its bytes."""

    DOCX = "docx"
    PDF = "pdf"
    HTML = "html"
    TEXT = "text"
    XLSX = "xlsx"


@attrs.frozen
class Segment:
    """A piece of the text from one place of the document.

    ``start`` is its first offset in :attr:`DocumentText.text` (it runs to the next segment's
    start). ``place`` names the place (``paragraph 3``, ``page 2 line 7``, ``table 1 row 2
    cell 3``, or None); ``line`` and ``column`` are those of its first character, ``line`` None
    where the format has no lines (a paragraph, a cell: the column counts from its start).
    """

    start: int
    place: str | None
    line: int | None
    column: int


@attrs.frozen(eq=False)
class DocumentText:
    """The text of a document for the audit, where each part of it came from, and what the
    reader found (a page without a text layer, an undecodable byte).

    ``text`` has the document's paragraphs in order, each table as lines of ``cell | cell |``;
    ``segments`` map its offsets back (:meth:`locate`); ``findings`` are the reader's own.
    """

    kind: Kind
    text: str
    segments: tuple[Segment, ...] = attrs.field(repr=False)
    findings: tuple[Finding, ...] = ()
    file: str | None = None

    @functools.cached_property
    def _starts(self) -> list[int]:
        return [s.start for s in self.segments]

    @functools.cached_property
    def _line_starts(self) -> list[int]:
        starts = [0]
        at = self.text.find("\n")
        while at >= 0:
            starts.append(at + 1)
            at = self.text.find("\n", at + 1)
        return starts

    def locate(self, offset: int) -> Location:
        """Where the character at ``offset`` of :attr:`text` is in the document."""
        k = bisect.bisect_right(self._starts, offset) - 1
        if k < 0:
            return Location(file=self.file)
        seg = self.segments[k]
        newline = self.text.rfind("\n", seg.start, offset)
        if newline < 0:
            return Location(
                file=self.file,
                line=seg.line,
                column=seg.column + offset - seg.start,
                place=seg.place,
            )
        lines = self.text.count("\n", seg.start, offset)
        return Location(
            file=self.file,
            line=None if seg.line is None else seg.line + lines,
            column=offset - newline,
            place=seg.place,
        )

    def locate_line(self, line: int, column: int) -> Location:
        """Where the character at 1-based ``line`` and ``column`` of :attr:`text` is (or the
        first character after it, when it is a space or a table's ``|``)."""
        starts = self._line_starts
        index = min(max(line, 1), len(starts)) - 1
        offset = starts[index] + max(column, 1) - 1
        # On the rule between two cells ("20 | 9.07"): the place is the next cell's.
        while offset < len(self.text) and self.text[offset] in " |":
            offset += 1
        return self.locate(offset)

    def relocate(self, finding: Finding) -> Finding:
        """The finding of an audit of :attr:`text`, its location put in the document's terms."""
        where = finding.location
        if where.line is None:
            return attrs.evolve(finding, location=attrs.evolve(where, file=self.file))
        return attrs.evolve(finding, location=self.locate_line(where.line, where.column or 1))


class Builder:
    """Writes a document's text piece by piece, each piece with its place.

    Spaces are written lazily (:meth:`space`), so a line never ends or starts with one that the
    document did not print in the middle of its words.
    """

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._size = 0
        self._segments: list[Segment] = []
        self._space = False
        self._at_line_start = True

    @property
    def size(self) -> int:
        """The length of the text written so far."""
        return self._size

    def add(self, text: str, place: str | None, line: int | None, column: int) -> None:
        """Write ``text`` (no line break but those it has itself) from the given place."""
        if not text:
            return
        if self._space and not self._at_line_start:
            self._write(" ")
        self._space = False
        self._segments.append(Segment(self._size, place, line, column))
        self._write(text)

    def space(self) -> None:
        """A space, written only if more text follows on this line."""
        self._space = True

    def raw(self, text: str) -> None:
        """Write ``text`` as part of the piece before it (table rules: "| ", " |")."""
        self._space = False
        self._write(text)

    def newline(self, count: int = 1) -> None:
        """End the line (``count`` breaks: 2 leaves a blank line)."""
        self._space = False
        self._write("\n" * count)

    def ensure_newline(self) -> None:
        """End the line unless nothing was written on it yet."""
        self._space = False
        if not self._at_line_start:
            self._write("\n")

    def _write(self, text: str) -> None:
        self._parts.append(text)
        self._size += len(text)
        self._at_line_start = text.endswith("\n")

    def build(
        self, kind: Kind, file: str | None, findings: tuple[Finding, ...] = ()
    ) -> DocumentText:
        """The text written, with its segments."""
        return DocumentText(kind, "".join(self._parts), tuple(self._segments), findings, file)


def cell_text(text: str) -> str:
    """A table cell's text on one line, with no ``|`` to split it (one character for one)."""
    return text.replace("|", "¦").replace("\n", " ").replace("\r", " ").replace("\t", " ")


def write_table(builder: Builder, rows: list[list[tuple[str, str, int | None, int]]]) -> None:
    """Write a table as lines of ``cell | cell |``, each cell (text, place, line, column).

    No ``|`` opens a line: the text audit reads a line whose first cell is words as a row and
    one whose first cell is empty as the rest of the row before (a label merged down)."""
    builder.ensure_newline()
    for row in rows:
        for k, (text, place, line, column) in enumerate(row):
            if k:
                builder.raw(" ")
            builder.add(cell_text(text), place, line, column)
            builder.raw(" |")
        builder.newline()


def check_size(size: int, file: str | None, what: str = "the file") -> None:
    """Refuse a document file larger than :data:`MAX_FILE_BYTES`."""
    if size > MAX_FILE_BYTES:
        raise DocumentTooLarge(
            f"{what} has {size} bytes, more than the {MAX_FILE_BYTES} bytes read",
            value=file,
        )
