"""The ``budgetperf check`` sub-command (private): audit forms and report texts."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import attrs

from budgetperf._cli_lang import add_lang_argument
from budgetperf.cli import EXIT_STATUS

__all__ = ["CheckRun", "add_check_parser", "check_paths"]


def add_check_parser(sub: Any) -> None:
    """Add ``check`` to an argparse sub-parsers object."""
    parser = sub.add_parser(
        "check",
        help="find every arithmetic and rule inconsistency in forms and report texts",
        description="Check printed-form JSON files, .xlsx workbooks of 绩效自评表 and report "
        "texts (UTF-8, GBK, GB18030, UTF-16; "
        "traditional or simplified characters; the kind is detected) and print every "
        "inconsistency found, compiler style, then how many claims were checked and how many "
        "sentences with figures were not understood.",
        epilog=EXIT_STATUS,
    )
    parser.add_argument("files", nargs="+", metavar="FILE")
    parser.add_argument(
        "--format",
        choices=["text", "json", "html"],
        default=None,
        help="text (default), json (budgetperf-check/1) or html (one self-contained page: the "
        "findings, then each form scored with its differences highlighted and a chart)",
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write the --format output to FILE instead of stdout (.html means --format html)",
    )
    parser.add_argument(
        "--profile", default=None, metavar="NAME|FILE.toml", help="scoring profile for forms"
    )
    add_lang_argument(parser)
    parser.add_argument(
        "--max", type=int, default=None, metavar="N", help="show at most N findings (said when cut)"
    )
    parser.add_argument(
        "--claims",
        action="store_true",
        help="with --format json: every claim read from the texts, right or wrong, with its "
        "figures, relation and verdict",
    )
    parser.add_argument(
        "--coverage",
        action="store_true",
        help="list the sentences that hold a money figure or a percentage but yielded no claim",
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


def is_form_file(path: Path) -> bool:
    """Whether ``check`` reads ``path`` as a form (JSON or a workbook) rather than a text."""
    from budgetperf.xlsx._guard import is_workbook

    return path.suffix.lower() in (".xlsx", ".xlsm") or is_workbook(path) or _is_form(path)


@attrs.frozen
class CheckRun:
    """What ``check`` found: the report, and per text file its audit (claims and coverage)."""

    report: Any
    audits: tuple[tuple[str, Any], ...] = ()

    def claims_checked(self) -> int:
        """Claims read from the texts."""
        return sum(len(a.claims) for _, a in self.audits)

    def sentences(self) -> tuple[int, int]:
        """(sentences with claims, sentences with figures not understood) over the texts."""
        done = sum(a.coverage.sentences_with_claims for _, a in self.audits)
        missed = sum(len(a.coverage.not_understood) for _, a in self.audits)
        return done, missed


def check_paths(paths: list[str], profile: str | None = None, limit: int | None = None) -> CheckRun:
    """Check every file: forms with the form checks, texts with the text audit."""
    from budgetperf._cli_score import forms_in
    from budgetperf.audit import AuditReport
    from budgetperf.formcheck import check_form
    from budgetperf.textaudit import audit_text
    from budgetperf.textaudit.read import read_file

    findings = []
    audits = []
    for name in paths:
        path = Path(name)
        if is_form_file(path):
            for _, form in forms_in(name):
                findings.extend(check_form(form, profile))
            continue
        decoded = read_file(path)
        findings.extend(decoded.findings(name))
        audit = audit_text(decoded.text, file=name)
        findings.extend(audit.findings)
        audits.append((name, audit))
    report = AuditReport.of(findings, files=paths, limit=limit)
    return CheckRun(report, tuple(audits))


def summary(report: Any, lang: str) -> str:
    """The report's one-line summary (:meth:`~budgetperf.audit.AuditReport.summary`) in
    ``lang``."""
    if lang != "zh":
        return str(report.summary())
    counts = report.by_severity()
    text = (
        f"{counts['error']}个错误，{counts['warning']}个警告，{counts['info']}个提示，"
        f"共{len(report.files)}个文件"
    )
    if report.truncated:
        text += f"；仅显示前{len(report.findings)}个问题（共{report.found}个）"
    return text


def _run(args: argparse.Namespace) -> int:
    from budgetperf._cli_lang import lang_of
    from budgetperf._cli_out import emit, plan

    lang = lang_of(args)
    fmt, _ = plan(args.format, args.output, allow_xlsx=False)
    run = check_paths(args.files, args.profile, args.max)
    report = run.report
    done, missed = run.sentences()
    lines: list[str] = []
    if fmt == "json":
        data: dict[str, Any] = {"format": "budgetperf-check/1"}
        data.update(json.loads(report.to_json()))
        data["claims_checked"] = run.claims_checked()
        data["sentences_with_claims"] = done
        data["sentences_not_understood"] = missed
        data["claims"] = (
            {name: [c.to_dict() for c in audit.claims] for name, audit in run.audits}
            if args.claims
            else None
        )
        data["not_understood"] = (
            {
                name: [
                    {"line": line, "column": column, "sentence": text}
                    for line, column, text in audit.coverage.not_understood
                ]
                for name, audit in run.audits
            }
            if args.coverage
            else None
        )
        lines.append(json.dumps(data, ensure_ascii=False, indent=2))
    elif fmt == "html":
        from budgetperf._cli_html import check_page
        from budgetperf._cli_score import fails, forms_in
        from budgetperf.profiles import get_profile, load_profile
        from budgetperf.scoring import score_form

        profile = get_profile() if args.profile is None else load_profile(args.profile)
        forms = []
        for name in args.files:
            if is_form_file(Path(name)):
                for shown, form in forms_in(name):
                    result = score_form(form, profile)
                    forms.append((shown, result, fails(result, profile)))
        lines.append(check_page(run, summary(report, lang), forms, profile, lang).rstrip("\n"))
    else:
        lines.extend(finding.format(language=lang) for finding in report.findings)
        if args.coverage:
            for name, audit in run.audits:
                for line, column, text in audit.coverage.not_understood:
                    where = f"{name}:{line}:{column}"
                    short = text if len(text) <= 120 else text[:117] + "…"
                    if lang == "zh":
                        lines.append(f"{where}: 未理解（含数字但未读出可核对的关系）\n    {short}")
                    else:
                        lines.append(
                            f"{where}: not understood (figures, but no claim read)\n    {short}"
                        )
        counts = ", ".join(f"{code} {n}" for code, n in report.by_code().items())
        lines.append(summary(report, lang) + (f" [{counts}]" if counts else ""))
        if run.audits:
            if lang == "zh":
                lines.append(
                    f"在{done}个句子中核对了{run.claims_checked()}项数据关系；{missed}个含数字的句子未能理解"
                    + ("" if args.coverage or not missed else "（--coverage 列出这些句子）")
                )
            else:
                lines.append(
                    f"{run.claims_checked()} claims checked in {done} sentences; "
                    f"{missed} sentences with figures not understood"
                    + ("" if args.coverage or not missed else " (--coverage lists them)")
                )
    emit("\n".join(lines) + "\n", args.output)
    return 1 if report.has_errors else 0
