"""The ``budgetperf check`` sub-command (private): audit forms and report texts."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

__all__ = ["add_check_parser", "check_paths"]


def add_check_parser(sub: Any) -> None:
    """Add ``check`` to an argparse sub-parsers object."""
    parser = sub.add_parser(
        "check",
        help="find every arithmetic and rule inconsistency in forms and report texts",
        description="Check printed-form JSON files and report texts (UTF-8, GBK, GB18030; the kind "
        "is detected) and print every inconsistency found, compiler style. Exit status: 0 no "
        "error, 1 errors found, 2 unreadable input.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE")
    parser.add_argument("--format", choices=["text", "json"], default="text")
    parser.add_argument(
        "--profile", default=None, metavar="NAME|FILE.toml", help="scoring profile for forms"
    )
    parser.add_argument("--lang", choices=["en", "zh"], default="en", help="message language")
    parser.add_argument(
        "--max", type=int, default=None, metavar="N", help="show at most N findings (said when cut)"
    )
    parser.set_defaults(run=_run)


def _is_form(path: Path) -> bool:
    if path.suffix.lower() == ".json":
        return True
    try:
        head = path.read_bytes()[:64].lstrip(b"\xef\xbb\xbf \t\r\n")
    except OSError:
        return False
    return head.startswith(b"{")


def check_paths(paths: list[str], profile: str | None = None, limit: int | None = None) -> Any:
    """Check every file and return an :class:`~budgetperf.audit.AuditReport`."""
    from budgetperf.audit import AuditReport
    from budgetperf.formcheck import check_form
    from budgetperf.forms import read_form

    findings = []
    for name in paths:
        path = Path(name)
        if _is_form(path):
            findings.extend(check_form(read_form(path), profile))
        else:
            from budgetperf.textcheck import check_report_file

            findings.extend(check_report_file(path))
    return AuditReport.of(findings, files=paths, limit=limit)


def _run(args: argparse.Namespace) -> int:
    report = check_paths(args.files, args.profile, args.max)
    if args.format == "json":
        print(report.to_json())
    else:
        for finding in report.findings:
            print(finding.format(language=args.lang))
        counts = ", ".join(f"{code} {n}" for code, n in report.by_code().items())
        print(report.summary() + (f" [{counts}]" if counts else ""))
    return 1 if report.has_errors else 0
