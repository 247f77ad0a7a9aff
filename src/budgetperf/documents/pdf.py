"""PDF files: the text layer page by page, and the tables pdfplumber finds.

Read with pdfplumber (the ``documents`` extra; docs/documents.md says why it and not pypdf).
Each page gives its text lines from top to bottom; a table found on the page (ruled cells:
pdfplumber's ``find_tables``) is written as lines of ``cell | cell |`` where it stands, and
its characters are left out of the lines, so no figure is read twice. A cell that a merged
cell covers is empty, not a copy. A table printed without borders has no ruled cells to find:
its rows stay lines of the text layer, their cells separated by spaces ("2010101 行政运行
120.20 120.20 0.00"), which the text audit reads as a grid (:mod:`budgetperf.textaudit.tables`),
so such a table is checked as a .txt of the same lines is, located at its page and line.

A page with no text layer (a scan: images and no characters) cannot be checked, and says so:
an ``io.no-text-layer`` finding names the pages, so a scanned report never passes as
"0 errors". A file with no character on any page is one such finding for the whole file.

Before pdfplumber parses anything, :func:`check_streams` inflates every compressed stream of
the file (zlib, and zlib inside zlib) counting its bytes only, and refuses the file with
:class:`~budgetperf.errors.DocumentTooLarge` past :data:`MAX_INFLATED` bytes in all (a
compression bomb); pdfminer, under pdfplumber, has no such limit. A file with more than
:data:`MAX_PAGES` pages is refused too, before its pages are read.

Locations: ``page P line L`` (L counts the page's text lines outside its tables, from 1) or
``page P table T row R cell C``, with the column of the character in it.
"""

from __future__ import annotations

import io
import re
import zlib
from collections.abc import Iterator
from typing import Any

from budgetperf._optional import require
from budgetperf.audit import Finding, Severity, register
from budgetperf.documents._layout import Builder, DocumentText, Kind, check_size, write_table
from budgetperf.errors import DocumentTooLarge, Location, UnreadableDocument

__all__ = ["MAX_INFLATED", "MAX_PAGES", "check_streams", "read_pdf"]

NO_TEXT = "io.no-text-layer"
register(
    NO_TEXT,
    Severity.WARNING,
    "pages with no text layer (scanned?): their text was not checked",
    "页面无文字层（扫描件？），其文字未经核对",
)

#: The most pages read; a PDF with more is refused before its pages are parsed.
MAX_PAGES = 2000
#: The most bytes all compressed streams of a PDF may inflate to, together (512 MiB).
MAX_INFLATED = 512 * 1024 * 1024
_CHUNK = 1 << 20
_STREAM = re.compile(rb"stream\r?\n")


def _looks_zlib(head: bytes) -> bool:
    return len(head) >= 2 and head[0] & 0x0F == 8 and (head[0] << 8 | head[1]) % 31 == 0


def _inflate(chunks: Iterator[bytes]) -> Iterator[bytes]:
    """The inflated bytes of a zlib stream given in pieces, at most 1 MiB at a time."""
    inflater = zlib.decompressobj()
    try:
        for chunk in chunks:
            while chunk:
                out = inflater.decompress(chunk, _CHUNK)
                chunk = inflater.unconsumed_tail
                if out:
                    yield out
            if inflater.eof:
                return
        tail = inflater.flush()
        if tail:
            yield tail
    except zlib.error:
        return  # damaged: pdfminer reads what it can; the bytes counted so far stand


def _inflated_size(raw: bytes, budget: int) -> int:
    """How many bytes a zlib stream inflates to (and a zlib stream inside that, three deep),
    counting without keeping them; stops once past ``budget``."""
    chunks: Iterator[bytes] = iter((raw,))
    for _ in range(3):
        chunks = _inflate(chunks)
        first = next(chunks, b"")
        if not _looks_zlib(first):
            size = len(first)
            for piece in chunks:
                size += len(piece)
                if size > budget:
                    break
            return size

        def _again(first: bytes = first, rest: Iterator[bytes] = chunks) -> Iterator[bytes]:
            yield first
            yield from rest

        chunks = _again()
    return sum(len(piece) for piece in chunks)


def check_streams(data: bytes, *, file: str | None = None) -> int:
    """Inflate every zlib-compressed stream of a PDF, counting bytes only; return the total.

    Raises :class:`~budgetperf.errors.DocumentTooLarge` once the total passes
    :data:`MAX_INFLATED` (a compression bomb). Streams are found in the bytes (``stream`` …
    ``endstream``), so the check does not depend on a parser that the file might fool.
    """
    total = 0
    for match in _STREAM.finditer(data):
        start = match.end()
        if not _looks_zlib(data[start : start + 2]):
            continue
        end = data.find(b"endstream", start)
        raw = data[start : end if end >= 0 else len(data)]
        total += _inflated_size(raw, MAX_INFLATED - total)
        if total > MAX_INFLATED:
            raise DocumentTooLarge(
                f"the PDF's compressed streams inflate to more than {MAX_INFLATED} bytes"
                f" (the stream at byte offset {start} alone passes the limit or brings the"
                " total past it): a compression bomb?",
                value=file,
            )
    return total


def _page_count(pdf: Any) -> int | None:
    """The page count the document's page tree declares (None when it does not say)."""
    from pdfminer.pdftypes import resolve1

    try:
        pages = resolve1(pdf.doc.catalog.get("Pages"))
        count = resolve1(pages.get("Count"))
    except Exception:
        return None
    return count if isinstance(count, int) else None


def _pages(pdf: Any, file: str | None) -> Iterator[Any]:
    """The pages of the document, one at a time; refused past :data:`MAX_PAGES`."""
    from pdfminer.pdfpage import PDFPage
    from pdfplumber.page import Page

    declared = _page_count(pdf)
    if declared is not None and declared > MAX_PAGES:
        raise DocumentTooLarge(
            f"the PDF declares {declared} pages, more than the {MAX_PAGES} read", value=file
        )
    for number, page in enumerate(PDFPage.create_pages(pdf.doc), 1):
        if number > MAX_PAGES:
            raise DocumentTooLarge(f"the PDF has more than the {MAX_PAGES} pages read", value=file)
        yield Page(pdf, page, page_number=number, initial_doctop=0)


def _inside(obj: dict[str, Any], boxes: list[tuple[float, float, float, float]]) -> bool:
    x = (obj["x0"] + obj["x1"]) / 2
    y = (obj["top"] + obj["bottom"]) / 2
    return any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in boxes)


def _cell(text: str | None) -> str:
    """A cell's text on one line: a line break inside Chinese text joins without a space."""
    if not text:
        return ""
    lines = [line.strip() for line in text.split("\n")]
    out = lines[0]
    for line in lines[1:]:
        if out and line and (out[-1].isascii() or line[0].isascii()):
            out += " "
        out += line
    return out


def _read_page(page: Any, out: Builder) -> bool:
    """Write one page's lines and tables in order; True when it has a text layer."""
    number = page.page_number
    if not page.chars:
        return False
    tables = page.find_tables()
    boxes = [t.bbox for t in tables]
    rest = page.filter(lambda obj: obj.get("object_type") != "char" or not _inside(obj, boxes))
    items: list[tuple[float, int, Any]] = []
    for k, line in enumerate(rest.extract_text_lines(return_chars=False)):
        items.append((line["top"], 0, (k, line["text"])))
    for t, table in enumerate(sorted(tables, key=lambda t: t.bbox[1]), 1):
        items.append((table.bbox[1], 1, (t, table.extract())))
    items.sort(key=lambda item: (item[0], item[1]))
    line_number = 0
    for _, is_table, payload in items:
        if not is_table:
            line_number += 1
            out.add(payload[1], f"page {number} line {line_number}", None, 1)
            out.newline()
            continue
        t, cells = payload
        rows: list[list[tuple[str, str, int | None, int]]] = [
            [
                (_cell(text), f"page {number} table {t} row {r} cell {c}", None, 1)
                for c, text in enumerate(row, 1)
            ]
            for r, row in enumerate(cells, 1)
        ]
        write_table(out, rows)
    return True


def _no_text(pages: list[int], total: int, file: str | None) -> list[Finding]:
    """``io.no-text-layer`` findings: one for the whole file, or one per run of pages."""
    if not pages:
        return []
    if len(pages) == total:
        what = "its one page has no" if total == 1 else f"none of its {total} pages has a"
        return [
            Finding(
                NO_TEXT,
                Severity.WARNING,
                Location(file=file),
                f"{what} text layer (a scan?): nothing in the file was checked",
                f"全部{total}页均无文字层（扫描件？），文件内容未经核对",
            )
        ]
    runs: list[list[int]] = []
    for p in pages:
        if runs and runs[-1][-1] + 1 == p:
            runs[-1].append(p)
        else:
            runs.append([p])
    found = []
    for run in runs:
        span = f"page {run[0]}" if len(run) == 1 else f"pages {run[0]}–{run[-1]}"
        numbers = f"{run[0]}" if len(run) == 1 else f"{run[0]}–{run[-1]}"
        found.append(
            Finding(
                NO_TEXT,
                Severity.WARNING,
                Location(file=file, place=span),
                f"{span} {'has' if len(run) == 1 else 'have'} no text layer (scanned?):"
                " not checked",
                f"第{numbers}页无文字层（扫描件？），未经核对",
            )
        )
    return found


def read_pdf(data: bytes, *, file: str | None = None) -> DocumentText:
    """The text layer of a PDF, page by page, with its tables as grids (see the module's
    docstring); pages without a text layer are ``io.no-text-layer`` findings.

    Needs the ``documents`` extra (:class:`~budgetperf.errors.MissingExtra` otherwise);
    a file that is not a readable PDF raises :class:`~budgetperf.errors.UnreadableDocument`,
    one past a limit :class:`~budgetperf.errors.DocumentTooLarge`.
    """
    pdfplumber = require("documents", "pdfplumber")
    check_size(len(data), file)
    if b"%PDF-" not in data[:1024]:
        raise UnreadableDocument("not a PDF: no %PDF- header in its first 1024 bytes", value=file)
    check_streams(data, file=file)
    out = Builder()
    scanned: list[int] = []  # pages with images and no text
    blank = 0
    total = 0
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for page in _pages(pdf, file):
                total += 1
                if not _read_page(page, out):
                    if page.images:
                        scanned.append(page.page_number)
                    else:
                        blank += 1
                page.close()
    except DocumentTooLarge:
        raise
    except Exception as exc:  # pdfminer raises many kinds on a damaged file
        reason = f"not a readable PDF: {type(exc).__name__}: {exc}"
        if b"%%EOF" not in data[-1024:]:
            reason += f" (it has no %%EOF marker at its end: cut short at {len(data)} bytes?)"
        raise UnreadableDocument(reason, value=file) from None
    if total == 0:
        raise UnreadableDocument("not a readable PDF: it has no page", value=file)
    if blank + len(scanned) == total:
        scanned = list(range(1, total + 1))
    return out.build(Kind.PDF, file, tuple(_no_text(scanned, total, file)))
