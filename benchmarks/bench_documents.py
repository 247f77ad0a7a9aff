"""Cost of reading a report through each document format (docs/documents.md).

    PYTHONPATH=src python benchmarks/bench_documents.py [REPORT.txt]

Writes the report as .docx (python-docx), PDF (reportlab, STSong-Light) and HTML, then times,
best of 5: reading each with budgetperf.documents, pypdf's text extraction of the same PDF
(the alternative to pdfplumber), and the text audit of the plain text.
"""

from __future__ import annotations

import html
import io
import sys
import time
from collections.abc import Callable
from pathlib import Path

import docx
import pypdf
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from budgetperf.documents import read_document
from budgetperf.textaudit import audit_text

ROOT = Path(__file__).resolve().parent.parent


def best(call: Callable[[], object], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    path = (
        Path(sys.argv[1])
        if len(sys.argv) > 1
        else ROOT / "examples/reports/000_19490f38bcbee111.txt"
    )
    lines = [line.strip() for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    as_docx = out.getvalue()
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    y = 800
    for line in lines:
        for k in range(0, len(line), 50):  # 50 characters a line of A4 at 10 pt
            if y < 40:
                pdf.showPage()
                y = 800
            pdf.setFont("STSong-Light", 10)
            pdf.drawString(30, y, line[k : k + 50])
            y -= 15
    pdf.showPage()
    pdf.save()
    as_pdf = out.getvalue()
    pages = len(pypdf.PdfReader(io.BytesIO(as_pdf)).pages)
    as_html = ("<html><body>" + "".join(f"<p>{html.escape(t)}</p>" for t in lines)).encode()
    text = "\n".join(lines)
    print(f"{path.name}: {len(text)} characters, {len(lines)} paragraphs, PDF {pages} pages")
    rows = [
        (".docx (python-docx)", lambda: read_document(as_docx)),
        ("PDF (pdfplumber, with table search)", lambda: read_document(as_pdf)),
        (
            "PDF (pypdf extract_text, no tables)",
            lambda: [p.extract_text() for p in pypdf.PdfReader(io.BytesIO(as_pdf)).pages],
        ),
        ("HTML (html.parser)", lambda: read_document(as_html)),
        ("text audit of the plain text", lambda: audit_text(text)),
    ]
    for name, call in rows:
        print(f"{name:40} {best(call) * 1000:8.1f} ms")


if __name__ == "__main__":
    main()
