"""The exceptions budgetperf raises.

Every exception is a :class:`BudgetPerfError`, so ``except BudgetPerfError`` catches anything the
library raises on purpose. Each concrete error also subclasses the builtin that fits it, so code
that already catches ``ValueError`` or ``TypeError`` keeps working::

    BudgetPerfError(Exception)
    ├── ParseError(BudgetPerfError, ValueError)          text that cannot be read
    ├── WrongTypeError(BudgetPerfError, TypeError)       an argument of a type not taken
    │   └── NotDecimalError(WrongTypeError)              a float, bool or other non-exact number
    ├── OutOfRangeError(BudgetPerfError, ValueError)     a number outside the allowed range
    ├── RoundingRequired(BudgetPerfError, ArithmeticError)  exactness would be lost without a mode
    ├── InvalidOption(BudgetPerfError, ValueError)       an option that does not fit
    ├── FileError(BudgetPerfError, OSError)              a file that is missing or cannot be read
    ├── UnreadableDocument(ParseError)                   a document file that cannot be read
    │   └── DocumentTooLarge(UnreadableDocument, OutOfRangeError)  refused by a size limit
    ├── MissingExtra(BudgetPerfError, ImportError)       an extra (optional part) not installed
    └── UnitMismatch(BudgetPerfError, ValueError)        two measures that cannot be compared

Each error carries the offending input (``value``) and, where known, a :class:`Location` that
says where it came from (file, row, field; or line and column; or a workbook's sheet and cell), and
both appear in the message.
Printing an error never fails: a value whose ``repr`` would be huge or would raise (an ``int``
of 5,000 digits, a 100 kB string) is shown shortened, with its size.
"""

from __future__ import annotations

import re
from typing import Any

import attrs

__all__ = [
    "BudgetPerfError",
    "DocumentTooLarge",
    "FileError",
    "InvalidOption",
    "Location",
    "MissingExtra",
    "NoFormFound",
    "NotDecimalError",
    "OutOfRangeError",
    "ParseError",
    "RoundingRequired",
    "UnitMismatch",
    "UnreadableDocument",
    "WrongTypeError",
]


#: A workbook cell as a spreadsheet names it: the sheet, "!", the column letters and row number.
_WORKBOOK_CELL = re.compile(r".+![A-Z]{1,3}[1-9][0-9]*")


@attrs.frozen
class Location:
    """Where a value came from: a file, a table row and field, a line and column in a text, or
    a place in the file's own terms (a workbook's sheet and cell, a document's paragraph).

    Every part is optional; :meth:`__str__` prints only the parts that are known, in the order
    a compiler would (``file:line:col`` or ``file row 3 field 'target'``).

    ``place`` names where the value is in the format's own terms:

    * a cell of a workbook, as a spreadsheet names it (``"Sheet1!F12"``; :mod:`budgetperf.xlsx`).
      It is then the place shown, after the file as a spreadsheet writes it
      (``book.xlsx:Sheet1!F12``), and ``row`` and ``field`` keep where the value sits in the
      form (the same as for the form's JSON) for programs;
    * a place in a text read out of a .docx, PDF or web page (:mod:`budgetperf.documents`):
      ``paragraph 12``, ``table 2 row 3 cell 4``, ``page 3 line 7``. There ``column`` counts
      the characters of that place (from 1) and ``line`` is None, or, for a web page, the line
      and column are those of its HTML source.

    >>> str(Location(file="book.xlsx", row=3, field="$.indicators[2].score", place="Sheet1!F12"))
    'book.xlsx:Sheet1!F12'
    >>> str(Location(file="report.docx", column=5, place="table 2 row 3 cell 4"))
    'report.docx table 2 row 3 cell 4 column 5'
    >>> str(Location(file="page.html", line=40, column=12, place="table 1 row 2 cell 3"))
    'page.html:40:12 table 1 row 2 cell 3'
    """

    file: str | None = None
    row: int | None = None
    field: str | None = None
    line: int | None = None
    column: int | None = None
    place: str | None = None

    def __str__(self) -> str:
        return self.format()

    def format(self, *, language: str = "en") -> str:
        """Where, as a finding prints it: ``file:line:col``, the place in the file's own terms,
        ``row N``, ``field '$.path'`` (in Chinese ``第N行``, ``字段 '$.path'``)."""
        zh = language == "zh"
        if self.place is not None and _WORKBOOK_CELL.fullmatch(self.place):
            return f"{self.file}:{self.place}" if self.file else self.place
        parts: list[str] = []
        head = self.file or ""
        if self.line is not None:
            head += f":{self.line}"
            if self.column is not None:
                head += f":{self.column}"
        if head:
            parts.append(head)
        if self.place is not None:
            parts.append(_place_in(self.place, language))
            if self.line is None and self.column is not None:
                parts.append(f"第{self.column}字" if zh else f"column {self.column}")
        if self.row is not None:
            parts.append(f"第{self.row}行" if zh else f"row {self.row}")
        if self.field is not None:
            parts.append(f"字段 {self.field!r}" if zh else f"field {self.field!r}")
        return " ".join(parts)

    def with_field(self, field: str) -> Location:
        """Return a copy of this location that names ``field``."""
        return attrs.evolve(self, field=field)


# The words of a document place ("page 3 table 1 row 2 cell 3", "paragraph 12", "pages 2–4")
# and how Chinese says each: a number after the word, in Chinese around it.
_PLACE_WORD = re.compile(r"(pages|page|paragraph|table|row|cell|line) (\d+(?:–\d+)?)")
_PLACE_ZH = {
    "pages": "第{}页",
    "page": "第{}页",
    "paragraph": "第{}段",
    "table": "表格{}",
    "row": "第{}行",
    "cell": "第{}列",
    "line": "第{}行",
}


def _place_in(place: str, language: str) -> str:
    """A document place in ``language``: as written (English), or in Chinese word order.

    >>> _place_in("page 3 table 1 row 2 cell 3", "zh")
    '第3页 表格1 第2行 第3列'
    >>> _place_in("pages 2–4", "zh"), _place_in("paragraph 12", "en")
    ('第2–4页', 'paragraph 12')
    """
    if language != "zh":
        return place
    return _PLACE_WORD.sub(lambda m: _PLACE_ZH[m.group(1)].format(m.group(2)), place)


#: Longest ``repr`` of a value shown in a message; longer ones keep their head and tail.
MAX_SHOWN = 200


def _int_digits(number: int) -> int:
    """The number of decimal digits of ``number``, without converting it to text."""
    digits = max(1, (abs(number).bit_length() * 30103) // 100000)  # log10(2), rounded down
    while abs(number) >= 10**digits:
        digits += 1
    return digits


def shown(value: object) -> str:
    """``repr(value)`` for a message, shortened past :data:`MAX_SHOWN` characters; never raises.

    Every :class:`BudgetPerfError` prints its value with it. (A helper for messages, not one of
    the error types: it is not in ``__all__``.)

    >>> shown(10**5000)
    '<an int of 5001 digits>'
    >>> shown("x" * 1000)[-30:]
    "xxxxxxxxxxx' (1000 characters)"
    """
    if (
        isinstance(value, int)
        and not isinstance(value, bool)
        and value.bit_length() > 3 * MAX_SHOWN
    ):
        # Too long to show (and past 4,300 digits, repr itself raises): say how long it is.
        return f"<an int of {_int_digits(value)} digits>"
    try:
        text = repr(value)
    except Exception:  # a repr that fails (an int past the digit limit, a broken object)
        return f"<a {type(value).__name__} that cannot be shown>"
    if len(text) <= MAX_SHOWN:
        return text
    half = MAX_SHOWN // 2
    size = f" ({len(value)} characters)" if isinstance(value, str) else ""
    return f"{text[:half]}…{text[-half:]}{size}"


class BudgetPerfError(Exception):
    """Base class of every error budgetperf raises on purpose."""

    #: Default message, used when no reason is given (python-stdnum's convention).
    message = "budgetperf error"

    def __init__(
        self,
        reason: str | None = None,
        *,
        value: Any = None,
        location: Location | None = None,
    ) -> None:
        self.reason = reason or self.message
        self.value = value
        self.location = location
        super().__init__(self.reason)

    def __str__(self) -> str:
        text = self.reason
        if self.value is not None:
            text = f"{text}: {shown(self.value)}"
        if self.location is not None and str(self.location):
            text = f"{self.location}: {text}"
        return text


class ParseError(BudgetPerfError, ValueError):
    """Text could not be read as the value asked for; ``value`` holds the text."""

    message = "cannot parse"


class WrongTypeError(BudgetPerfError, TypeError):
    """An argument of a type the function does not take (a number where text is read, text
    where bytes are decoded, a float anywhere); the message names the argument and the type."""

    message = "wrong type"


class NotDecimalError(WrongTypeError):
    """A number was given as a type that is not exact (``float``, ``bool``, …).

    A :class:`WrongTypeError`, so every ``TypeError`` budgetperf raises is of one family.
    """

    message = "money, rates and scores must be Decimal, int or str, not float"


class OutOfRangeError(BudgetPerfError, ValueError):
    """A number outside the range an operation allows (an absurd exponent, a negative weight)."""

    message = "value out of range"


class RoundingRequired(BudgetPerfError, ArithmeticError):
    """The exact result has more digits than allowed; say how to round to go on."""

    message = "the exact value needs rounding; pass a rounding mode"


class UnitMismatch(BudgetPerfError, ValueError):
    """Two measures whose units cannot be brought to a common unit."""

    message = "units are not comparable"


class InvalidOption(BudgetPerfError, ValueError):
    """An option or setting that does not fit: an unknown locale, a style for the wrong unit."""

    message = "invalid option"


class MissingExtra(BudgetPerfError, ImportError):
    """An optional part of budgetperf needs packages that are not installed; the message names
    the extra that installs them (``pip install 'budgetperf[xlsx]'``, ``'budgetperf[documents]'``)
    and ``value`` the missing module, which is also ``name``, as on any ``ImportError``. An
    ``ImportError``, so code that guards an import keeps working.

    >>> error = MissingExtra("reading .docx files needs the 'documents' extra", value="docx")
    >>> isinstance(error, ImportError), error.name
    (True, 'docx')
    """

    message = "an optional part of budgetperf is not installed"

    def __init__(
        self,
        reason: str | None = None,
        *,
        value: Any = None,
        location: Location | None = None,
    ) -> None:
        super().__init__(reason, value=value, location=location)
        self.name = value if isinstance(value, str) else None


class FileError(BudgetPerfError, OSError):
    """A file that is missing or cannot be read; ``value`` is its path, ``errno`` the system's
    error number (``errno.ENOENT`` for a missing file), so ``except OSError`` code keeps working.

    >>> import errno
    >>> error = FileError("cannot read the file (No such file or directory)", value="f.json",
    ...                   errno=errno.ENOENT)
    >>> isinstance(error, OSError), error.errno == errno.ENOENT, error.filename
    (True, True, 'f.json')
    >>> str(error)
    "cannot read the file (No such file or directory): 'f.json'"
    """

    message = "cannot read the file"

    def __init__(
        self,
        reason: str | None = None,
        *,
        value: Any = None,
        location: Location | None = None,
        errno: int | None = None,
    ) -> None:
        super().__init__(reason, value=value, location=location)
        self.errno = errno
        self.strerror = self.reason
        self.filename = value


class NoFormFound(ParseError):
    """A workbook that is read, but holds no 绩效自评表 (no header row with 一级指标, 二级指标
    and 三级指标): a table of another kind, such as a 决算 table. ``budgetperf check`` reports
    such a file as not checked (``io.not-checked``), not as unreadable."""

    message = "no self-evaluation form found"


class UnreadableDocument(ParseError):
    """A document file (.docx, PDF, web page) that cannot be read: not the format it claims, cut
    short, damaged. ``value`` is the file; ``reason`` says what is wrong, and ``offset`` the byte
    offset where it went wrong, when the format's reader says (None otherwise).

    A batch turns it into an ``io.unreadable`` finding on that file
    (:func:`budgetperf.documents.unreadable_finding`) and goes on with the other files.

    >>> error = UnreadableDocument("not a PDF: no %%EOF marker", value="a.pdf", offset=1024)
    >>> isinstance(error, ValueError), error.offset, str(error)
    (True, 1024, "not a PDF: no %%EOF marker (at byte offset 1024): 'a.pdf'")
    """

    message = "cannot read the document"

    def __init__(
        self,
        reason: str | None = None,
        *,
        value: Any = None,
        location: Location | None = None,
        offset: int | None = None,
    ) -> None:
        if offset is not None and reason is not None:
            reason = f"{reason} (at byte offset {offset})"
        super().__init__(reason, value=value, location=location)
        self.offset = offset


class DocumentTooLarge(UnreadableDocument, OutOfRangeError):
    """A document refused before it is parsed because it passes a size limit: a file too big,
    a zip archive that unpacks to too much (a zip bomb), a PDF with too many pages or streams
    that inflate past the limit. The message names the limit and the size found."""

    message = "the document passes a size limit"
