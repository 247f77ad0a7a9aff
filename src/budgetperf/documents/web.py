"""Web pages (.html): the body's text and tables, read with the standard library's parser.

Nothing is fetched and nothing runs: :class:`html.parser.HTMLParser` only tokenises the page,
so no script, style sheet, image or external entity is loaded. The text of ``<head>``,
``<script>``, ``<style>``, ``<template>``, ``<noscript>`` and ``<svg>`` is dropped. White space is
collapsed as a browser shows it; block elements (``<p>``, ``<div>``, headings, list items,
``<br>``…) end a line. Each ``<table>`` becomes lines of ``cell | cell |``; the cells of a
table inside a cell add their text to that cell.

The parser works token by token and keeps no tree: a page nested 100,000 elements deep is read in
linear time, with no recursion. Locations are the line and column of the page's source (where
each piece of text starts; an entity such as ``&amp;`` counts as one character), and for a
table cell ``table T row R cell C`` as well.

>>> page = "<html><body><p>支出&amp;收入\\n 100万元</p><table><tr><td>合计</td><td>5</td></tr>"
>>> doc = read_html(page.encode(), file="p.html")
>>> doc.text
'支出&收入 100万元\\n合计 | 5 |\\n'
>>> str(doc.locate(doc.text.index("100"))), str(doc.locate(doc.text.index("5 |")))
('p.html:2:2', 'p.html:2:37 table 1 row 1 cell 2')
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from budgetperf.documents._layout import Builder, DocumentText, Kind, check_size, write_table
from budgetperf.errors import ParseError
from budgetperf.textaudit.read import decode

__all__ = ["read_html"]

_SKIP = frozenset({"head", "script", "style", "template", "noscript", "svg", "title", "math"})
_HEAD_CONTENT = frozenset(
    {"base", "link", "meta", "noscript", "script", "style", "template", "title"}
)
_BLOCK = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog",
        "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1",
        "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "menu",
        "nav", "ol", "p", "pre", "section", "summary", "ul", "caption",
    }
)  # fmt: skip
_SPACE = re.compile(r"[ \t\n\r\f]+")


class _Cell:
    __slots__ = ("column", "line", "parts")

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.line: int | None = None
        self.column = 1


class _Table:
    __slots__ = ("cell", "number", "rows")

    def __init__(self, number: int) -> None:
        self.number = number
        self.rows: list[list[_Cell]] = []
        self.cell: _Cell | None = None


class _Reader(HTMLParser):
    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.out = Builder()
        self.skip: list[str] = []  # the open elements whose text is dropped
        self.table: _Table | None = None  # the table being read
        self.nested = 0  # tables open inside it
        self.count = 0
        self.source = source

    # -- structure --------------------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.skip == ["head"] and (tag == "body" or tag not in _HEAD_CONTENT):
            self.skip.clear()  # a <head> never closed ends where the body starts
        if tag in _SKIP:
            self.skip.append(tag)
            return
        if self.skip:
            return
        if tag == "table":
            if self.table is not None:
                self.nested += 1  # a table in a table: its cells are text of the outer cell
                self._break()
                return
            self.out.ensure_newline()
            self.count += 1
            self.table = _Table(self.count)
        elif tag in ("tr", "td", "th") and self.nested:
            self._break()
        elif tag == "tr" and self.table is not None:
            self.table.cell = None
            self.table.rows.append([])
        elif tag in ("td", "th") and self.table is not None:
            table = self.table
            if not table.rows:
                table.rows.append([])
            table.cell = _Cell()
            table.rows[-1].append(table.cell)
        elif tag == "br":
            self._break()
        elif tag in _BLOCK:
            self._block()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br" and not self.skip:
            self._break()
        elif tag in _BLOCK and not self.skip:
            self._block()

    def handle_endtag(self, tag: str) -> None:
        if self.skip:
            if tag == self.skip[-1] or (tag in _SKIP and tag in self.skip[-8:]):
                while self.skip and self.skip.pop() != tag:
                    pass
            return
        if tag == "table" and self.nested:
            self.nested -= 1
        elif tag == "table" and self.table is not None:
            self._write_table(self.table)
            self.table = None
        elif tag in ("td", "th") and self.table is not None and not self.nested:
            self.table.cell = None
        elif tag in _BLOCK:
            self._block()

    # -- text --------------------------------------------------------------------------------

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self._inline(data, self.getpos())

    def handle_entityref(self, name: str) -> None:
        if not self.skip:
            self._inline(html.unescape(f"&{name};"), self.getpos())

    def handle_charref(self, name: str) -> None:
        if not self.skip:
            self._inline(html.unescape(f"&#{name};"), self.getpos())

    def _inline(self, data: str, pos: tuple[int, int] | None) -> None:
        """Text at ``pos`` (1-based line, 0-based column of the source): white space
        collapsed, a new segment after each run of it that is not one plain space."""
        line, column = pos if pos is not None else (None, 0)
        column += 1
        cell = None if self.table is None else self.table.cell
        if self.table is not None and cell is None:
            return  # text in a table outside any cell: layout white space
        at = 0
        for m in _SPACE.finditer(data):
            self._piece(data[at : m.start()], line, column + at, cell)
            if cell is not None:
                cell.parts.append(" ")
            else:
                self.out.space()
            run = m.group()
            if line is not None and "\n" in run:
                line += run.count("\n")
                # the text after the run starts right after its last line break
                column = -(m.start() + run.rfind("\n"))
            at = m.end()
        self._piece(data[at:], line, column + at, cell)

    def _piece(self, text: str, line: int | None, column: int, cell: _Cell | None) -> None:
        if not text:
            return
        if cell is not None:
            if cell.line is None:
                cell.line, cell.column = line, column
            cell.parts.append(text)
        else:
            self.out.add(text, None, line, column)

    def _break(self) -> None:
        if self.table is None:
            self.out.newline()
        elif self.table.cell is not None:
            self.table.cell.parts.append(" ")

    def _block(self) -> None:
        if self.table is None:
            self.out.ensure_newline()
        elif self.table.cell is not None:
            self.table.cell.parts.append(" ")

    def _write_table(self, table: _Table) -> None:
        rows = []
        for r, row in enumerate(table.rows, 1):
            if not row:
                continue
            rows.append(
                [
                    (
                        _SPACE.sub(" ", "".join(cell.parts)).strip(),
                        f"table {table.number} row {r} cell {c}",
                        cell.line,
                        cell.column,
                    )
                    for c, cell in enumerate(row, 1)
                ]
            )
        write_table(self.out, rows)


def read_html(data: bytes, *, file: str | None = None) -> DocumentText:
    """The text of a web page's body, its tables as grids; decoded by the one decoder (its
    undecodable bytes are findings). Bytes that are not text raise
    :class:`~budgetperf.errors.ParseError`."""
    check_size(len(data), file)
    try:
        decoded = decode(data)
    except ParseError as exc:
        raise ParseError(exc.reason, value=file) from None
    reader = _Reader(decoded.text)
    reader.feed(decoded.text)
    reader.close()
    reader.nested = 0
    reader.handle_endtag("table")  # a table never closed
    return reader.out.build(Kind.HTML, file, tuple(decoded.findings(file)))
