"""Audit a seed report as a Word file, a PDF and a web page: the same findings, in each
format's places.

Run: python examples/check_documents.py   (.docx and PDF need pip install 'budgetperf[documents]';
the PDF is written with reportlab, from the test extra)

The seed report examples/reports/000_19490f38bcbee111.txt is written into a .docx (a paragraph
a line), a PDF (a line of the page a line) and a web page, in a temporary folder under names
that say nothing of the format; each file is detected from its bytes and audited.
"""

from __future__ import annotations

import html
import io
import tempfile
from pathlib import Path

from budgetperf.documents import audit_file, detect

SEED = Path(__file__).resolve().parent / "reports" / "000_19490f38bcbee111.txt"


def as_html(lines: list[str]) -> bytes:
    body = "\n".join(f"<p>{html.escape(line)}</p>" for line in lines)
    return f"<!DOCTYPE html>\n<html><body>\n{body}\n</body></html>".encode()


def as_docx(lines: list[str]) -> bytes:
    import docx

    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def as_pdf(lines: list[str]) -> bytes:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))  # a CJK font every reader has
    out = io.BytesIO()
    width = 6 * max(len(line) for line in lines) + 40
    pdf = canvas.Canvas(out, pagesize=(width, 60 * 9 + 40))
    for start in range(0, len(lines), 60):
        text = pdf.beginText(20, 60 * 9 + 20)
        text.setFont("STSong-Light", 6, leading=9)
        for line in lines[start : start + 60]:
            text.textLine(line)
        pdf.drawText(text)
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def main() -> None:
    lines = [line.strip() for line in SEED.read_text(encoding="utf-8").split("\n")]
    lines = [line for line in lines if line]
    with tempfile.TemporaryDirectory() as folder:
        for number, write in enumerate((as_html, as_docx, as_pdf), 1):
            path = Path(folder) / f"report-{number}"
            try:
                path.write_bytes(write(lines))
            except ImportError as error:  # MissingExtra is one too
                print(f"{write.__name__}: skipped ({error})")
                continue
            audit = audit_file(path, name=f"report-{number}")
            print(f"report-{number} is {detect(path).value}: {audit.summary()}")
            for finding in audit.findings:
                print("   ", finding.format().split("\n")[0][:160])


if __name__ == "__main__":
    main()
