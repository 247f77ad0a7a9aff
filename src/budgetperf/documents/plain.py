"""Plain text: read as :func:`budgetperf.textaudit.read.decode` reads it, located by line and
column as the text audit locates it.

>>> doc = read_text("年初预算100万元。\\n支出90万元。".encode("gbk"), file="r.txt")
>>> doc.text.splitlines()[1], str(doc.locate(doc.text.index("90")))
('支出90万元。', 'r.txt:2:3')
"""

from __future__ import annotations

from budgetperf.documents._layout import DocumentText, Kind, Segment
from budgetperf.errors import ParseError
from budgetperf.textaudit.read import decode

__all__ = ["read_text"]


def read_text(data: bytes, *, file: str | None = None) -> DocumentText:
    """The text of a plain-text file, decoded by the one decoder; its undecodable bytes are
    findings. Bytes that are not text raise :class:`~budgetperf.errors.ParseError`."""
    try:
        decoded = decode(data)
    except ParseError as exc:
        raise ParseError(exc.reason, value=file) from None
    return DocumentText(
        Kind.TEXT,
        decoded.text,
        (Segment(0, None, 1, 1),),
        tuple(decoded.findings(file)),
        file,
    )
