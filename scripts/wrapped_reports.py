"""Read every report of the corpora as a PDF's text layer prints it: wrapped at a width.

Usage::

    python scripts/wrapped_reports.py [DIR ...] [--width COLUMNS] [--check PERCENT] [--list]

A report copied from a web page prints a paragraph on one line; the text layer of a PDF (what
``pdftotext`` or a copy from a PDF viewer gives) breaks it into lines of one width, anywhere
between two characters. The normalise stage joins such lines again
(:mod:`budgetperf.textaudit.normalise`). This script measures how well: each report of the
corpora (``DIR``, default every corpus in ``tests/corpus``) is audited as printed and with its
lines of sentences wrapped at ``COLUMNS`` columns (a Chinese character is two, an ASCII one;
76 by default, an A4 page in a 五号 font), and the two audits' claims (kind, printed figure,
status and severity) are compared. It prints how many reports read the same; ``--list`` names
the others; ``--check PERCENT`` exits 1 when fewer than that share read the same.

What is wrapped is a line of sentences only: one that holds 。 or ; and no table's rule ("|",
"│"), no web markup ("<", "&") and no pinyin gloss of a mirror site ("預(yù)算"), which no PDF
prints. A run of digits (with its point, commas and %) is never cut: a PDF breaks a line between
words, and a number is one. The width is counted here by code point (:func:`columns`), apart from
the normalise stage's own estimate from a line's UTF-8 length: the measure does not share the
rule it measures.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable
from pathlib import Path

from budgetperf.textaudit import audit_text

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "tests" / "corpus"

_SENTENCE = re.compile("[。;；]")
_NOT_PROSE = re.compile("[|│<&]|\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]")
_TOKEN = re.compile(r"[0-9.,%]+|.")


def columns(text: str) -> int:
    """How many columns ``text`` prints in: two for a character from U+2E80 on (Chinese
    characters and full-width forms), one for any other."""
    return sum(2 if ord(c) >= 0x2E80 else 1 for c in text)


def wrap_prose(text: str, width: int = 76) -> str:
    """``text`` with each line of sentences wider than ``width`` columns cut into lines of at
    most that width (a number longer than a line is a line of its own); every other line, and
    every character, as it was."""
    if width < 1:
        raise ValueError(f"a width must be a positive number of columns, not {width}")
    out: list[str] = []
    for line in text.split("\n"):
        if columns(line) <= width or not _SENTENCE.search(line) or _NOT_PROSE.search(line):
            out.append(line)
            continue
        current = ""
        used = 0
        for token in _TOKEN.findall(line):
            size = columns(token)
            if current and used + size > width:
                out.append(current)
                current, used = "", 0
            current += token
            used += size
        out.append(current)
    return "\n".join(out)


def claims_key(text: str) -> list[tuple[str, str, str, str]]:
    """What an audit of ``text`` reads: each claim's kind, printed figure, status, severity."""
    return sorted(
        (c.claim.kind, str(c.claim.printed.q.value), c.status.value, str(c.severity))
        for c in audit_text(text).claims
    )


def compare(paths: Iterable[Path], width: int) -> tuple[int, list[str]]:
    """How many of the reports at ``paths`` wrapping changes, and the names of those it
    changes the reading of."""
    wrapped = 0
    differ: list[str] = []
    for path in paths:
        text = path.read_text(encoding="utf-8")
        variant = wrap_prose(text, width)
        if variant == text:
            continue
        wrapped += 1
        if claims_key(variant) != claims_key(text):
            differ.append(f"{path.parent.name}/{path.stem}")
    return wrapped, differ


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dirs", nargs="*", type=Path, help="corpus directories (default: all)")
    parser.add_argument("--width", type=int, default=76, help="columns a line (default 76)")
    parser.add_argument("--check", type=float, metavar="PERCENT", help="share to read the same")
    parser.add_argument("--list", action="store_true", help="name the reports read otherwise")
    args = parser.parse_args(argv)
    if args.width < 1:
        parser.error(f"--width must be a positive number of columns, not {args.width}")
    dirs = args.dirs or sorted(p for p in CORPORA.iterdir() if p.is_dir())
    paths = [p for d in dirs for p in sorted(d.glob("*.txt"))]
    wrapped, differ = compare(paths, args.width)
    same = wrapped - len(differ)
    share = 100 * same / wrapped if wrapped else 100.0
    print(
        f"{len(paths)} reports, {wrapped} with lines wider than {args.width} columns; wrapped,"
        f" {same} read the same ({share:.1f}%), {len(differ)} otherwise"
    )
    if args.list:
        print("\n".join(differ))
    if args.check is not None and share < args.check:
        print(f"fewer than {args.check}% read the same", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
