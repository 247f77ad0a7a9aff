"""Check many files at once: the one per-file engine behind ``budgetperf check``.

:func:`expand` turns files and folders into the list of files to check (folders recursively,
sorted, filtered by globs); :func:`check_file` detects one file's kind from its content and
checks it, and :func:`check_files` checks many, in parallel processes if asked, in the order
given. Each file gives one :class:`FileResult`: what the file is, whether it was checked and
why not, its findings, and for a report text the claims and sentences read.

One file never stops the others: a file that cannot be read (missing, no permission, a broken
zip or PDF, bytes that are not text) is an ``io.unreadable`` finding on that file, with the
reason and, where the reader knows it, the byte offset; a file of a kind ``check`` does not
audit (a CSV table, an empty file) is an ``io.not-checked`` warning, so it never passes as
clean.

>>> import os, tempfile
>>> folder = tempfile.mkdtemp()
>>> with open(os.path.join(folder, "r.txt"), "w", encoding="utf-8") as f:
...     _ = f.write("年初预算为100万元，支出决算为90万元，完成年初预算的95%。\\n")
>>> open(os.path.join(folder, "empty.txt"), "w").close()
>>> for result in check_files(expand([folder])):
...     print(os.path.basename(result.path), result.kind, result.checked,
...           [f.code for f in result.findings])
empty.txt empty False ['io.not-checked']
r.txt text True ['arithmetic.completion-rate']
>>> import shutil; shutil.rmtree(folder)
"""

from __future__ import annotations

import csv
import enum
import fnmatch
import functools
import os
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from budgetperf.audit import Finding, Severity, register
from budgetperf.errors import (
    BudgetPerfError,
    FileError,
    Location,
    NoFormFound,
    OutOfRangeError,
    ParseError,
    WrongTypeError,
)

if TYPE_CHECKING:
    from budgetperf.forms import Form
    from budgetperf.textaudit import TextAudit

__all__ = [
    "DEFAULT_INCLUDE",
    "NOT_CHECKED",
    "FileKind",
    "FileResult",
    "check_file",
    "check_files",
    "expand",
    "forms_in",
]

NOT_CHECKED = "io.not-checked"
register(
    NOT_CHECKED,
    Severity.WARNING,
    "a file of a kind check does not audit (a CSV table, an empty file): nothing in it was checked",
    "文件类型不在核对范围内（CSV表格、空文件等），未作任何核对",
)

#: The files a folder gives by default: the kinds ``check`` reads (report texts, form JSON,
#: workbooks, .docx, PDF, web pages), the old Office files it names as such, and CSV tables,
#: which it reports as not checked rather than leave out unseen.
DEFAULT_INCLUDE: tuple[str, ...] = (
    "*.txt",
    "*.text",
    "*.md",
    "*.json",
    "*.xlsx",
    "*.xlsm",
    "*.docx",
    "*.pdf",
    "*.html",
    "*.htm",
    "*.csv",
    "*.tsv",
    "*.doc",
    "*.xls",
)


class FileKind(enum.StrEnum):
    """What a file is, as :func:`check_file` finds it from its content."""

    FORM = "form"  # printed-form JSON
    XLSX = "xlsx"  # a workbook of 绩效自评表
    XLSX_TABLES = "xlsx-tables"  # a workbook of 决算 tables (no 绩效自评表), audited as a text
    DOCX = "docx"
    PDF = "pdf"
    HTML = "html"
    TEXT = "text"
    TABLE = "table"  # a CSV or tab-separated table (a ledger): not audited
    EMPTY = "empty"  # no bytes, or only white space: nothing to audit
    UNKNOWN = "unknown"  # not read far enough to tell


#: The kinds that are audited; any other is reported as not checked.
_AUDITED = frozenset(
    {
        FileKind.FORM,
        FileKind.XLSX,
        FileKind.XLSX_TABLES,
        FileKind.DOCX,
        FileKind.PDF,
        FileKind.HTML,
        FileKind.TEXT,
    }
)


@attrs.frozen
class FileResult:
    """What checking one file gave.

    ``checked`` is false for a file that could not be read (``error`` holds the reason, and an
    ``io.unreadable`` finding is among ``findings``) and for a file of a kind that is not audited
    (``reason`` says which; an ``io.not-checked`` warning is among ``findings``). For a report
    text, ``claims_checked`` counts the claims read and judged, ``sentences_with_claims`` the
    sentences they came from and ``not_understood`` the sentences with figures that yielded no
    claim (line, column, sentence); ``claims`` holds each claim as JSON
    (:meth:`~budgetperf.textaudit.AuditedClaim.to_dict`) when :func:`check_file` was asked for
    them. Everything in it can be pickled, so it crosses process boundaries.
    """

    path: str
    kind: FileKind
    checked: bool
    findings: tuple[Finding, ...] = ()
    reason: str | None = None
    error: str | None = None
    claims_checked: int = 0
    sentences_with_claims: int = 0
    not_understood: tuple[tuple[int, int, str], ...] = ()
    claims: tuple[dict[str, Any], ...] = ()

    @property
    def readable(self) -> bool:
        """Whether the file could be read (checked, or of a kind that is not audited)."""
        return self.error is None

    @property
    def is_text(self) -> bool:
        """Whether the file was audited as a text (a report, .docx, PDF or web page)."""
        return self.checked and self.kind not in (FileKind.FORM, FileKind.XLSX)

    def counts(self) -> dict[str, int]:
        """Findings per severity (``error``, ``warning``, ``info``)."""
        counts = {s.value: 0 for s in Severity}
        for finding in self.findings:
            counts[finding.severity.value] += 1
        return counts

    def coverage(self) -> float | None:
        """The share of sentences with figures that yielded a claim (None: no such sentence,
        or not a text)."""
        total = self.sentences_with_claims + len(self.not_understood)
        return self.sentences_with_claims / total if total else None


def _matches(relative: str, patterns: Sequence[str]) -> bool:
    name = relative.rsplit("/", 1)[-1]
    return any(
        fnmatch.fnmatch(name.lower(), p.lower()) or fnmatch.fnmatch(relative.lower(), p.lower())
        for p in patterns
    )


def expand(paths: Iterable[str], include: Sequence[str] | None = None) -> list[str]:
    """The files to check: each path named, in the order given, and the files of each folder
    (recursively, sorted by their path in the folder, hidden files and folders left out) whose
    name or path in the folder matches one of ``include`` (default :data:`DEFAULT_INCLUDE`;
    case is ignored). A file named is kept whatever its name; a path that does not exist is
    kept, for :func:`check_file` to report. A file found twice is listed once.
    """
    given_paths: object = paths
    if isinstance(given_paths, str | bytes) or not isinstance(given_paths, Iterable):
        raise WrongTypeError("expand() takes a list of paths", value=type(given_paths).__name__)
    given_include: object = include
    if isinstance(given_include, str) or not (
        given_include is None
        or (isinstance(given_include, Sequence) and all(isinstance(p, str) for p in given_include))
    ):
        raise WrongTypeError("include is a list of globs", value=given_include)
    patterns = DEFAULT_INCLUDE if not include else tuple(include)
    out: list[str] = []
    seen: set[str] = set()

    def add(path: str) -> None:
        key = os.path.normpath(path)
        if key not in seen:
            seen.add(key)
            out.append(path)

    for path in paths:
        given: object = path
        if not isinstance(given, str):
            raise WrongTypeError("a path to check must be text", value=path)
        if not os.path.isdir(path):
            add(path)
            continue
        found: list[str] = []
        for root, dirs, files in os.walk(path, onerror=None):
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            for name in files:
                if name.startswith("."):
                    continue
                full = os.path.join(root, name)
                relative = os.path.relpath(full, path).replace(os.sep, "/")
                if _matches(relative, patterns):
                    found.append(full)
        found.sort(key=lambda f: os.path.relpath(f, path).replace(os.sep, "/"))
        for full in found:
            add(full)
    return out


def _unreadable(path: str, kind: FileKind, error: BudgetPerfError) -> FileResult:
    from budgetperf.documents import unreadable_finding

    text = str(error)
    return FileResult(
        path,
        kind,
        False,
        (unreadable_finding(error, file=path),),
        reason=f"unreadable: {error.reason}",
        error=text if path in text else f"{path}: {text}",
    )


def _not_checked(path: str, kind: FileKind, why_en: str, why_zh: str) -> FileResult:
    finding = Finding(
        NOT_CHECKED,
        Severity.WARNING,
        Location(file=path),
        f"not checked: {why_en}",
        f"未核对：{why_zh}",
    )
    return FileResult(path, kind, False, (finding,), reason=why_en)


def _is_table(text: str) -> bool:
    """Whether a text is a CSV or tab-separated table (a header of words, then rows of the same
    width) rather than prose."""
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) < 2 or "。" in text:
        return False
    for delimiter in (",", "\t"):
        if delimiter not in lines[0]:
            continue
        try:
            rows = list(csv.reader(lines, delimiter=delimiter))
        except csv.Error:
            continue
        width = len(rows[0])
        header = rows[0]
        if (
            width >= 2
            and all(len(row) == width for row in rows)
            and all(cell.strip() and len(cell) <= 60 for cell in header)
            and not any(ch.isdigit() for cell in header for ch in cell)
        ):
            return True
    return False


def _kind(path: str, data: bytes) -> FileKind:
    from budgetperf.documents import Kind, detect

    if not data.lstrip(b"\xef\xbb\xbf\xff\xfe\x00 \t\r\n\x0b\x0c"):
        return FileKind.EMPTY
    found = detect(data)
    if found is not Kind.TEXT:
        return FileKind(found.value)
    head = data[:64].lstrip(b"\xef\xbb\xbf \t\r\n")
    if path.lower().endswith(".json") or head.startswith(b"{"):
        return FileKind.FORM
    return FileKind.TEXT


def _read(path: str) -> bytes:
    from budgetperf.documents import MAX_FILE_BYTES
    from budgetperf.errors import DocumentTooLarge
    from budgetperf.textaudit.read import read_bytes

    try:
        size = os.stat(path).st_size
    except (OSError, ValueError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        raise FileError(
            f"cannot read the file ({reason})", value=path, errno=getattr(exc, "errno", None)
        ) from None
    if size > MAX_FILE_BYTES:
        raise DocumentTooLarge(
            f"the file has {size} bytes, more than the {MAX_FILE_BYTES} bytes read", value=path
        )
    return read_bytes(path)


def forms_in(path: str) -> list[tuple[str, Form]]:
    """The forms of one form file, each with the name it is shown under: a printed-form JSON
    file holds one; an .xlsx workbook (known by its content, whatever its name) one or more,
    shown as ``book.xlsx #1``, ``book.xlsx #2`` when there are several."""
    from pathlib import Path

    from budgetperf.forms import read_form
    from budgetperf.xlsx._guard import is_workbook

    given: object = path
    if not isinstance(given, str):
        raise WrongTypeError("forms_in() takes a path as text", value=type(given).__name__)
    file = Path(path)
    if file.suffix.lower() not in (".xlsx", ".xlsm") and not is_workbook(file):
        return [(path, read_form(path))]
    from budgetperf.xlsx import read_xlsx

    forms = read_xlsx(path)
    if len(forms) == 1:
        return [(path, forms[0])]
    return [(f"{path} #{n}", form) for n, form in enumerate(forms, start=1)]


def _ordered(findings: Iterable[Finding], path: str) -> tuple[Finding, ...]:
    """A file's findings in report order, each naming its file."""
    from budgetperf.audit import AuditReport

    named = (
        f if f.location.file else attrs.evolve(f, location=attrs.evolve(f.location, file=path))
        for f in findings
    )
    return AuditReport.of(named).findings


def _check_forms(path: str, kind: FileKind, profile: Any) -> FileResult:
    from budgetperf.formcheck import check_form

    findings: list[Finding] = []
    for _, form in forms_in(path):
        findings.extend(check_form(form, profile))
    return FileResult(path, kind, True, _ordered(findings, path))


def _check_text(path: str, kind: FileKind, data: bytes, claims: bool) -> FileResult:
    from budgetperf.documents import Kind, audit_document, read_document

    document = read_document(data, name=path, kind=Kind(kind.value))
    if kind is FileKind.TEXT:
        if not document.text.strip():
            return _not_checked(path, FileKind.EMPTY, "the file holds no text", "文件无文字")
        if _is_table(document.text):
            return _not_checked(
                path,
                FileKind.TABLE,
                "a table (CSV), not a report text; a ledger is read by budgetperf ledger",
                "表格（CSV），不是报告文本；预算明细表请用 budgetperf ledger 读取",
            )
    return _text_result(path, kind, audit_document(document), claims)


def _check_tables(path: str, data: bytes, claims: bool) -> FileResult:
    """A workbook with no 绩效自评表: its 决算 tables, read as a text
    (:mod:`budgetperf.documents.xlsx`), audited; one with no figure is not checked."""
    from budgetperf.documents import Kind, audit_document, read_document

    document = read_document(data, name=path, kind=Kind.XLSX)
    if not document.text.strip():
        return _not_checked(
            path,
            FileKind.XLSX,
            "a workbook with no 绩效自评表 (no header row with 一级指标, 二级指标 and 三级指标)"
            " and no table of figures",
            "工作簿中没有绩效自评表（无含一级指标、二级指标、三级指标的表头行），也没有含数字的表格",
        )
    return _text_result(path, FileKind.XLSX_TABLES, audit_document(document), claims)


def _holds_forms(data: bytes) -> bool:
    """Whether a workbook given as bytes holds a 绩效自评表 (forms are read from a path: one
    that holds none is a workbook of 决算 tables, which are read from the bytes)."""
    import tempfile
    from pathlib import Path

    from budgetperf.xlsx import read_xlsx

    handle, name = tempfile.mkstemp(suffix=".xlsx")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        read_xlsx(Path(name))
    except NoFormFound:
        return False
    finally:
        os.unlink(name)
    return True


def _text_result(path: str, kind: FileKind, audit: TextAudit, claims: bool) -> FileResult:
    return FileResult(
        path,
        kind,
        True,
        _ordered(audit.findings, path),
        claims_checked=len(audit.claims),
        sentences_with_claims=audit.coverage.sentences_with_claims,
        not_understood=tuple(audit.coverage.not_understood),
        claims=tuple(c.to_dict() for c in audit.claims) if claims else (),
    )


def check_file(
    path: str,
    *,
    profile: str | None = None,
    claims: bool = False,
    data: bytes | None = None,
) -> FileResult:
    """Detect what the file at ``path`` is from its content and check it: a printed-form JSON
    or a workbook with the form checks (:func:`~budgetperf.formcheck.check_form`, each form in
    it), a report text, .docx, PDF or web page with the text audit
    (:func:`~budgetperf.documents.audit_file`). ``claims`` keeps every claim read as JSON.

    Never raises for the file's content or for a file that cannot be opened: that is an
    ``io.unreadable`` finding in the result; a file of a kind that is not audited is an
    ``io.not-checked`` one. A bad ``profile`` does raise, as it is the same for every file.

    ``data`` is the file's content when the caller already holds it (a DataFrame of documents
    on Spark, :func:`budgetperf.spark.audit_documents`); ``path`` then only names it. A form
    (JSON or workbook) is read from its path, so a form given as ``data`` is not checked; a
    workbook of 决算 tables (no 绩效自评表 in it) given as ``data`` is.
    """
    from budgetperf.profiles import get_profile, load_profile

    given: object = path
    if not isinstance(given, str):
        raise WrongTypeError("check_file() takes a path as text", value=type(given).__name__)
    # the profile is the same for every file: a bad one is the caller's error, and raises
    chosen = get_profile() if profile is None else load_profile(profile)
    if data is not None and not isinstance(data, bytes | bytearray | memoryview):
        raise WrongTypeError("data must be bytes", value=type(data).__name__)
    kind = FileKind.UNKNOWN
    try:
        given_data = data is not None
        data = _read(path) if data is None else bytes(data)
        kind = _kind(path, data)
        if kind is FileKind.EMPTY:
            return _not_checked(path, kind, "the file is empty", "空文件")
        if kind is FileKind.XLSX and given_data and not _holds_forms(data):
            return _check_tables(path, data, claims)  # 决算 tables, read from the bytes
        if kind in (FileKind.FORM, FileKind.XLSX) and given_data:
            return _not_checked(
                path,
                kind,
                "a form given as bytes: forms are read from their path",
                "以字节给出的评价表：评价表须按路径读取",
            )
        if kind in (FileKind.FORM, FileKind.XLSX):
            try:
                return _check_forms(path, kind, chosen)
            except NoFormFound:
                if kind is FileKind.FORM:
                    raise
                return _check_tables(path, data, claims)
        return _check_text(path, kind, data, claims)
    except BudgetPerfError as error:
        return _unreadable(path, kind, error)
    except OSError as exc:
        return _unreadable(
            path, kind, FileError(f"cannot read the file ({exc.strerror or exc})", value=path)
        )
    except (ArithmeticError, LookupError, RecursionError, TypeError, ValueError) as exc:
        # not budgetperf's own error: a bug, but one file's bug must not stop the others
        return _unreadable(
            path,
            kind,
            ParseError(
                f"the file could not be read ({type(exc).__name__}: {exc}); this is a bug in "
                "budgetperf, please report it with the file",
                value=path,
            ),
        )


def check_files(
    paths: Sequence[str],
    *,
    profile: str | None = None,
    claims: bool = False,
    jobs: int = 1,
) -> Iterator[FileResult]:
    """:func:`check_file` on each path, yielding the results in the order of ``paths`` as each
    is ready. ``jobs`` above 1 checks files in that many worker processes (started afresh, not
    forked, so nothing of the caller's process state is shared); the results and their order
    are the same as with ``jobs=1``."""
    given: object = paths
    if isinstance(given, str | bytes) or not isinstance(given, Sequence):
        raise WrongTypeError("check_files() takes a list of paths", value=type(given).__name__)
    if isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 1:
        raise OutOfRangeError("jobs must be an integer of at least 1", value=jobs)
    if profile is not None:  # a bad profile is refused here, once, not in every file
        from budgetperf.profiles import load_profile

        load_profile(profile)
    return _results(list(paths), profile, claims, jobs)


def _results(
    paths: list[str], profile: str | None, claims: bool, jobs: int
) -> Iterator[FileResult]:
    work = functools.partial(check_file, profile=profile, claims=claims)
    if jobs == 1 or len(paths) < 2:
        for path in paths:
            yield work(path)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=min(jobs, len(paths)), mp_context=context) as pool:
        yield from pool.map(work, paths)
