"""The ``budgetperf check`` sub-command (private): audit forms and report texts, files and
folders, through the one per-file engine (:mod:`budgetperf.batch`)."""

from __future__ import annotations

import argparse
import contextlib
import csv
import io
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs

from budgetperf._cli_lang import add_lang_argument
from budgetperf.batch import DEFAULT_INCLUDE, FileKind, FileResult, check_files, expand
from budgetperf.cli import EXIT_STATUS
from budgetperf.errors import InvalidOption

__all__ = ["CheckRun", "add_check_parser", "check_paths", "progress_bar", "summary_csv"]

_EXIT = EXIT_STATUS.replace(
    "2 an input cannot be read,",
    "2 an input cannot be read (for check: no file named could be read; an unreadable file "
    "among readable ones is an io.unreadable error, status 1),",
)


def add_check_parser(sub: Any) -> None:
    """Add ``check`` to an argparse sub-parsers object."""
    parser = sub.add_parser(
        "check",
        help="find every arithmetic and rule inconsistency in forms and reports, files or folders",
        description="Check printed-form JSON files, .xlsx workbooks of 绩效自评表 and reports "
        "(plain text in UTF-8, GBK, GB18030 or UTF-16; .docx; PDF; web pages; traditional or "
        "simplified characters; each file's kind is found from its content) and print every "
        "inconsistency found, compiler style, then how many claims were checked and how many "
        "sentences with figures were not understood. A folder is read recursively. A file that "
        "cannot be read is an io.unreadable error on that file and the others are still "
        "checked; a file of a kind check does not audit (a CSV table, an empty file) is an "
        "io.not-checked warning, never clean.",
        epilog=_EXIT,
    )
    parser.add_argument(
        "files", nargs="+", metavar="PATH", help="files and folders (folders recursively)"
    )
    parser.add_argument(
        "--include",
        action="append",
        metavar="GLOB",
        help="in folders, check only files whose name or path in the folder matches GLOB "
        "(repeatable; default: *.txt *.text *.md *.json *.xlsx *.xlsm *.docx *.pdf *.html *.htm "
        "*.csv *.tsv *.doc *.xls). Files named on the command line are always checked",
    )
    parser.add_argument(
        "--jobs",
        type=int,
        default=1,
        metavar="N",
        help="check files in N processes (default 1); the output is the same, in the same order",
    )
    parser.add_argument(
        "--format",
        choices=["text", "json", "jsonl", "html"],
        default=None,
        help="text (default), json (budgetperf-check/1), jsonl (one finding per line, as JSON, "
        "written as each file is done) or html (one self-contained page: the findings, then "
        "each form scored with its differences highlighted and a chart)",
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write the --format output to FILE instead of stdout (.html means --format html)",
    )
    parser.add_argument(
        "--summary",
        metavar="FILE.csv",
        help="write one CSV row per file: path, kind, checked, reason, claims checked, errors, "
        "warnings, notes, sentences with claims, sentences not understood, coverage",
    )
    parser.add_argument(
        "--profile", default=None, metavar="NAME|FILE.toml", help="scoring profile for forms"
    )
    add_lang_argument(parser)
    parser.add_argument(
        "--max",
        type=int,
        default=None,
        metavar="N",
        help="show at most N findings (said when cut); the counts and the exit status are of "
        "every finding",
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


@attrs.frozen
class CheckRun:
    """What ``check`` found: the report over every file, and each file's result."""

    report: Any
    results: tuple[FileResult, ...] = ()

    @property
    def texts(self) -> tuple[FileResult, ...]:
        """The files audited as texts (reports, .docx, PDF, web pages)."""
        return tuple(r for r in self.results if r.is_text)

    def claims_checked(self) -> int:
        """Claims read from the texts."""
        return sum(r.claims_checked for r in self.results)

    def sentences(self) -> tuple[int, int]:
        """(sentences with claims, sentences with figures not understood) over the texts."""
        done = sum(r.sentences_with_claims for r in self.results)
        missed = sum(len(r.not_understood) for r in self.results)
        return done, missed

    def not_checked(self) -> int:
        """Files read but not audited (a CSV table, an empty file)."""
        return sum(1 for r in self.results if r.readable and not r.checked)

    def unreadable(self) -> int:
        """Files that could not be read."""
        return sum(1 for r in self.results if not r.readable)

    def status(self) -> int:
        """The exit status: 2 when no file could be read (or none was found), else 1 when any
        finding is an error, else 0 (every finding counts, shown or not)."""
        if self.unreadable() == len(self.results):  # none could be read, or none found
            return 2
        return 1 if self.report.has_errors else 0


def check_paths(
    paths: list[str],
    profile: str | None = None,
    limit: int | None = None,
    *,
    include: list[str] | None = None,
    jobs: int = 1,
    claims: bool = False,
    each: Callable[[FileResult, int, int], None] | None = None,
) -> CheckRun:
    """Check every file and every file of every folder (:func:`budgetperf.batch.expand`,
    :func:`budgetperf.batch.check_files`); ``each(result, done, total)`` is called as each file
    is done, in order. The report keeps the files' order, and ``limit`` cuts only what it
    shows."""
    files = expand(paths, include)
    results: list[FileResult] = []
    for result in check_files(files, profile=profile, claims=claims, jobs=jobs):
        results.append(result)
        if each is not None:
            each(result, len(results), len(files))
    from budgetperf.audit import AuditReport

    findings = [f for r in results for f in r.findings]
    report = AuditReport.of(findings, files=files, limit=limit, keep_order=True)
    return CheckRun(report, tuple(results))


_CSV_COLUMNS = (
    "path",
    "kind",
    "checked",
    "reason",
    "claims_checked",
    "errors",
    "warnings",
    "notes",
    "sentences_with_claims",
    "sentences_not_understood",
    "coverage",
)


def summary_csv(results: tuple[FileResult, ...]) -> str:
    """The ``--summary`` CSV: a header, then one row per file. ``checked`` is ``yes`` or ``no``;
    ``coverage`` is the percentage of sentences with figures that yielded a claim (empty when
    there is none, or the file is not a text)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(_CSV_COLUMNS)
    for r in results:
        counts = r.counts()
        share = r.coverage()
        text = r.is_text
        writer.writerow(
            (
                r.path,
                r.kind.value,
                "yes" if r.checked else "no",
                r.reason or "",
                r.claims_checked if text else "",
                counts["error"],
                counts["warning"],
                counts["info"],
                r.sentences_with_claims if text else "",
                len(r.not_understood) if text else "",
                "" if share is None else f"{share * 100:.1f}%",
            )
        )
    return out.getvalue()


def summary(report: Any, lang: str, files: str = "") -> str:
    """The report's one-line summary (:meth:`~budgetperf.audit.AuditReport.summary`) in
    ``lang``, with ``files`` (how many were not checked or not read) after the file count."""
    if lang != "zh":
        return str(report.summary()).replace(" file(s)", " file(s)" + files, 1)
    counts = report.by_severity()
    text = (
        f"{counts['error']}个错误，{counts['warning']}个警告，{counts['info']}个提示，"
        f"共{len(report.files)}个文件{files}"
    )
    if report.truncated:
        text += f"；仅显示前{len(report.findings)}个问题（共{report.found}个）"
    return text


def progress_bar(total: int) -> Any:
    """A progress bar on stderr (tqdm, the ``progress`` extra), shown once a run has taken a
    second; None when stderr is not a terminal, or tqdm is not installed."""
    if total < 2 or not sys.stderr.isatty():
        return None
    try:
        from budgetperf._optional import require

        tqdm = require("progress", "tqdm")
    except ImportError:
        return None
    return tqdm.tqdm(
        total=total, file=sys.stderr, delay=1.0, unit="file", leave=False, dynamic_ncols=True
    )


def _files_line(run: CheckRun, lang: str) -> str:
    """The part of the summary line that says how many files were not checked or not read."""
    parts = []
    if run.not_checked():
        n = run.not_checked()
        parts.append(f"{n}个未核对" if lang == "zh" else f"{n} NOT CHECKED")
    if run.unreadable():
        n = run.unreadable()
        parts.append(f"{n}个无法读取" if lang == "zh" else f"{n} UNREADABLE")
    if not parts:
        return ""
    return f"（其中{'，'.join(parts)}）" if lang == "zh" else f" ({', '.join(parts)})"


def _run(args: argparse.Namespace) -> int:
    from budgetperf._cli_lang import lang_of
    from budgetperf._cli_out import emit, open_output, plan

    for option, given in (("--max", args.max), ("--jobs", args.jobs)):
        if given is not None and given < 1:
            raise InvalidOption(f"{option} must be at least 1", value=given)
    lang = lang_of(args)
    fmt, _ = plan(args.format, args.output, allow_xlsx=False)
    with contextlib.ExitStack() as stack:
        stream: Any = None
        if fmt == "jsonl":
            stream = (
                sys.stdout if args.output is None else stack.enter_context(open_output(args.output))
            )
        run = _check(args, stream)
    if not run.results:  # nothing to check is not clean: said as an unreadable input is
        patterns = " ".join(args.include or DEFAULT_INCLUDE)
        print(
            f"budgetperf: error: no file to check in {' '.join(args.files)} (files matching "
            f"{patterns})",
            file=sys.stderr,
        )
        return 2
    if args.summary:
        Path(args.summary).write_text(summary_csv(run.results), encoding="utf-8")
    if run.status() == 2:
        for result in run.results:
            print(f"budgetperf: error: {result.error}", file=sys.stderr)
    if fmt != "jsonl":
        emit(_render(run, fmt, args, lang), args.output)
    return run.status()


def _check(args: argparse.Namespace, stream: Any) -> CheckRun:
    """Run the checks; with ``stream`` (--format jsonl), write each file's findings as it is
    done, up to --max in all."""
    shown = 0
    bar: Any = None

    def each(result: FileResult, done: int, total: int) -> None:
        nonlocal shown, bar
        if stream is not None:
            for finding in result.findings:
                if args.max is not None and shown >= args.max:
                    break
                stream.write(json.dumps(finding.to_dict(), ensure_ascii=False) + "\n")
                shown += 1
            stream.flush()
        if done == 1:
            bar = progress_bar(total)
        if bar is not None:
            bar.update(1)

    try:
        return check_paths(
            args.files,
            args.profile,
            args.max,
            include=args.include,
            jobs=args.jobs,
            claims=args.claims,
            each=each,
        )
    finally:
        if bar is not None:
            bar.close()


def _render(run: CheckRun, fmt: str, args: argparse.Namespace, lang: str) -> str:
    """The whole output of ``check`` in ``fmt`` (text, json or html)."""
    report = run.report
    done, missed = run.sentences()
    lines: list[str] = []
    if fmt == "json":
        data: dict[str, Any] = {"format": "budgetperf-check/1"}
        data.update(json.loads(report.to_json()))
        data["claims_checked"] = run.claims_checked()
        data["sentences_with_claims"] = done
        data["sentences_not_understood"] = missed
        data["claims"] = {r.path: list(r.claims) for r in run.texts} if args.claims else None
        data["not_understood"] = (
            {
                r.path: [
                    {"line": line, "column": column, "sentence": text}
                    for line, column, text in r.not_understood
                ]
                for r in run.texts
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
        for result in run.results:
            if result.checked and result.kind in (FileKind.FORM, FileKind.XLSX):
                for shown, form in forms_in(result.path):
                    scored = score_form(form, profile)
                    forms.append((shown, scored, fails(scored, profile)))
        line = summary(report, lang, _files_line(run, lang))
        lines.append(check_page(run, line, forms, profile, lang).rstrip("\n"))
    else:
        lines.extend(finding.format(language=lang) for finding in report.findings)
        if args.coverage:
            for r in run.texts:
                for line_no, column, text in r.not_understood:
                    where = f"{r.path}:{line_no}:{column}"
                    short = text if len(text) <= 120 else text[:117] + "…"
                    if lang == "zh":
                        lines.append(f"{where}: 未理解（含数字但未读出可核对的关系）\n    {short}")
                    else:
                        lines.append(
                            f"{where}: not understood (figures, but no claim read)\n    {short}"
                        )
        counts = ", ".join(f"{code} {n}" for code, n in report.by_code().items())
        lines.append(
            summary(report, lang, _files_line(run, lang)) + (f" [{counts}]" if counts else "")
        )
        if run.texts:
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
    return "\n".join(lines) + "\n"
