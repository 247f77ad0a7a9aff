"""Documents as people publish them — .docx, PDF, web pages, plain text — read for the text audit.

One module per format, each returning the same :class:`DocumentText`: the document's text for
the audit (paragraphs in order; each table as lines of ``cell | cell |``, which the text
audit's table readers read as a grid) and a map from every offset of that text back to the
document, in the format's own terms:

* :mod:`.word` — .docx (python-docx): ``paragraph 12``, ``table 2 row 3 cell 4``;
* :mod:`.pdf` — PDF text layer (pdfplumber): ``page 3 line 7``, ``page 3 table 1 row 2 cell 3``;
  a page without a text layer is an ``io.no-text-layer`` finding;
* :mod:`.web` — web pages (the standard library's parser; nothing fetched, nothing run): the
  line and column of the HTML source, and ``table 1 row 2 cell 3`` in a table;
* :mod:`.xlsx` — workbooks of 决算 tables (openpyxl, the ``xlsx`` extra): each sheet's title,
  unit note and table, found by its header words; located by sheet and cell (``Sheet1!C9``);
* :mod:`.plain` — plain text, line and column as :func:`~budgetperf.textaudit.audit_text`.

.docx and PDF need the ``documents`` extra (``pip install 'budgetperf[documents]'``); without
it they raise :class:`~budgetperf.errors.MissingExtra`, which says so. :func:`detect`
tells the format from the bytes, not the file name; :func:`audit_file` reads a file of any of
them and audits it, its findings located in the document's terms.

>>> rows = [("项目", "预算数", "决算数"), ("“三公”经费合计", "20", "9.07"),
...         ("因公出国(境)费", "0", "0"), ("公务接待费", "9", "3.5"),
...         ("公务用车运行维护费", "11", "5.75")]
>>> page = "<html><body><p>单位:万元</p>\\n<table>\\n" + "".join(
...     "<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>\\n" for row in rows
... ) + "</table></body></html>"
>>> detect(page.encode())
<Kind.HTML: 'html'>
>>> audit = audit_file(page.encode(), name="page.html")
>>> for f in audit.findings:
...     print(f.code, f.severity, f.printed, f.computed, f.location)
arithmetic.breakdown-sum error 9.07 9.25 page.html:4:37 table 1 row 2 cell 3
"""

from __future__ import annotations

import io
import os
import zipfile
from typing import TYPE_CHECKING

from budgetperf.audit import Finding, Severity, register
from budgetperf.documents._layout import MAX_FILE_BYTES, DocumentText, Kind, Segment, check_size
from budgetperf.errors import (
    BudgetPerfError,
    FileError,
    Location,
    UnreadableDocument,
    WrongTypeError,
)
from budgetperf.textaudit.read import read_bytes

if TYPE_CHECKING:
    from budgetperf.classification import Catalogue
    from budgetperf.textaudit import TextAudit

__all__ = [
    "MAX_FILE_BYTES",
    "DocumentText",
    "Kind",
    "Segment",
    "audit_document",
    "audit_file",
    "detect",
    "read_document",
    "unreadable_finding",
]

UNREADABLE = "io.unreadable"
register(
    UNREADABLE,
    Severity.ERROR,
    "a file that cannot be read: nothing in it was checked",
    "文件无法读取，未作任何核对",
)

_HTML_MARKERS = (
    b"<!doctype html",
    b"<html",
    b"<head",
    b"<body",
    b"<meta",
    b"<table",
    b"<title",
    b"<div",
    b"<p>",
    b"<p ",
    b"<!--",
)
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _load(source: str | os.PathLike[str] | bytes, name: str | None) -> tuple[bytes, str | None]:
    """The bytes of ``source`` (a path or the bytes themselves) and the name for locations."""
    if isinstance(source, bytes | bytearray | memoryview):
        return bytes(source), name
    if not isinstance(source, str | os.PathLike):
        raise WrongTypeError(
            f"a document is a path or bytes, not {type(source).__name__}", value=source
        )
    path = os.fspath(source)
    if not isinstance(path, str):
        raise WrongTypeError("a file path must be text, not bytes", value=path)
    try:
        size = os.stat(path).st_size
    except OSError as exc:
        raise FileError(
            f"cannot read the document ({exc.strerror or exc})", value=path, errno=exc.errno
        ) from None
    except ValueError as exc:  # a NUL byte in the path
        raise FileError(f"cannot read the document ({exc})", value=path) from None
    check_size(size, name or path)
    return read_bytes(path, what="the document"), name or path


def _detect(data: bytes, name: str | None) -> Kind:
    head = data[:1024]
    if b"%PDF-" in head:
        return Kind.PDF
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                names = set(archive.namelist())
        except (zipfile.BadZipFile, ValueError, OSError) as exc:
            raise UnreadableDocument(f"a damaged zip archive: {exc}", value=name) from None
        if "word/document.xml" in names:
            return Kind.DOCX
        if "xl/workbook.xml" in names:
            return Kind.XLSX
        raise UnreadableDocument(
            "a zip archive that is neither a .docx nor an .xlsx (no word/document.xml or"
            " xl/workbook.xml in it)",
            value=name,
        )
    if data.startswith(_OLE2):
        raise UnreadableDocument(
            "an old Office file (.doc or .xls, OLE2): save it as .docx or .xlsx to check it",
            value=name,
        )
    # ASCII markup, in UTF-8, GB18030 or (without its NUL bytes) UTF-16
    sample = head.replace(b"\x00", b"").lstrip(b"\xef\xbb\xbf\xff\xfe \t\r\n").lower()
    if sample.startswith(b"<") and any(marker in sample for marker in _HTML_MARKERS):
        return Kind.HTML
    return Kind.TEXT


def detect(source: str | os.PathLike[str] | bytes) -> Kind:
    """What a file is, from its bytes: a zip archive with ``word/document.xml`` is a .docx
    (with ``xl/workbook.xml`` an .xlsx), ``%PDF-`` in the first 1024 bytes a PDF, bytes that
    start with HTML markup (``<!DOCTYPE html``, ``<html``, ``<body``, ``<table``…) a web page,
    anything else text, for the text decoder to read or refuse.

    A damaged zip archive, a zip archive of another kind and an old Office file (.doc, .xls)
    raise :class:`~budgetperf.errors.UnreadableDocument` with the reason.
    """
    data, name = _load(source, None)
    return _detect(data, name)


def read_document(
    source: str | os.PathLike[str] | bytes, *, name: str | None = None, kind: Kind | None = None
) -> DocumentText:
    """Read a document (a path, or its bytes) as :func:`detect` finds it, or as ``kind`` says.

    ``name`` names the file in locations (the path by default). Errors:
    :class:`~budgetperf.errors.FileError` for a file that cannot be opened,
    :class:`~budgetperf.errors.UnreadableDocument` (a ``ValueError``; its subclass
    :class:`~budgetperf.errors.DocumentTooLarge` past a size limit) for one that cannot be read,
    :class:`~budgetperf.errors.ParseError` for bytes that are not text, and
    :class:`~budgetperf.errors.MissingExtra` when the format's extra is not installed.
    """
    data, name = _load(source, name)
    kind = _detect(data, name) if kind is None else Kind(kind)
    if kind is Kind.DOCX:
        from budgetperf.documents.word import read_docx

        return read_docx(data, file=name)
    if kind is Kind.PDF:
        from budgetperf.documents.pdf import read_pdf

        return read_pdf(data, file=name)
    if kind is Kind.HTML:
        from budgetperf.documents.web import read_html

        return read_html(data, file=name)
    if kind is Kind.XLSX:
        from budgetperf.documents.xlsx import read_xlsx_tables

        return read_xlsx_tables(data, file=name)
    from budgetperf.documents.plain import read_text

    return read_text(data, file=name)


def audit_file(
    source: str | os.PathLike[str] | bytes,
    *,
    name: str | None = None,
    kind: Kind | None = None,
    catalogue: Catalogue | None = None,
) -> TextAudit:
    """Read a document (:func:`read_document`) and audit its text.

    The result is the :class:`~budgetperf.textaudit.TextAudit` that
    :func:`~budgetperf.textaudit.audit_text` gives on the document's text, with the reader's
    findings first (``io.no-text-layer``, ``io.undecodable-byte``) and every finding located in
    the document's terms (:meth:`DocumentText.locate`). The claims keep the line and column of
    the document's text; :meth:`DocumentText.locate_line` places them.
    """
    return audit_document(read_document(source, name=name, kind=kind), catalogue=catalogue)


def audit_document(document: DocumentText, *, catalogue: Catalogue | None = None) -> TextAudit:
    """Audit a document already read (:func:`read_document`), as :func:`audit_file` does."""
    import attrs

    from budgetperf.textaudit import audit_text

    audit = audit_text(document.text, file=document.file, catalogue=catalogue)
    findings = (*document.findings, *(document.relocate(f) for f in audit.findings))
    return attrs.evolve(audit, findings=findings)


def unreadable_finding(error: BudgetPerfError, file: str | None = None) -> Finding:
    """The ``io.unreadable`` finding for a file a reader refused: the error's reason (with its
    byte offset, when it has one) as the message, the file as the location."""
    if not isinstance(error, BudgetPerfError):
        raise WrongTypeError("unreadable_finding() takes a BudgetPerfError", value=error)
    where = file if file is not None else error.value if isinstance(error.value, str) else None
    return Finding(
        UNREADABLE,
        Severity.ERROR,
        Location(file=where),
        f"the file cannot be read: {error.reason}",
        f"文件无法读取：{error.reason}",
    )
