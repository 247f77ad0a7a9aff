"""The ``budgetperf score`` sub-command (private): score a printed form under a profile."""

from __future__ import annotations

import argparse
import json
from decimal import Decimal
from typing import Any

import attrs

from budgetperf._cli_lang import add_lang_argument
from budgetperf.cli import EXIT_STATUS

__all__ = ["add_score_parser"]


def add_score_parser(sub: Any) -> None:
    """Add ``score`` to an argparse sub-parsers object."""
    parser = sub.add_parser(
        "score",
        help="score a self-evaluation form by the official rules and compare with the print",
        description="Score a budgetperf-printed-form/1 file under a profile: every indicator's "
        "rule score beside the printed one, with the difference and an explanation; subtotals, "
        "total, grade and a one-line verdict. The status is 1 when any printed score, the "
        "total or the grade differs from the rule (even when the row's note explains it, which "
        "check reports as a warning), when the form cannot be scored, or when it holds a value "
        "it must not (check lists them).",
        epilog=EXIT_STATUS,
    )
    parser.add_argument("files", nargs="+", metavar="FORM.json|FORM.xlsx")
    parser.add_argument(
        "--profile",
        default=None,
        metavar="NAME|FILE.toml",
        help="central-2020 (default), legacy-2017, sichuan-2023, or a TOML file",
    )
    parser.add_argument(
        "--format",
        choices=["text", "json", "markdown", "html"],
        default=None,
        help="text (default), json (budgetperf-score/1), markdown, or html (one self-contained "
        "page: the table with differences highlighted, the notes, a chart per 一级指标)",
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="OUT.xlsx|OUT.html|FILE",
        help="OUT.xlsx: also write the scored forms to a workbook in the official layout, with "
        "规则得分, Δ (印刷 − 规则) and 说明 beside each row (needs budgetperf[xlsx]); any "
        "other file takes the --format output instead of stdout (.html means --format html)",
    )
    add_lang_argument(parser)
    parser.set_defaults(run=_run)


def forms_in(path: str) -> list[tuple[str, Any]]:
    """The forms of one input file, each with the name it is shown under
    (:func:`budgetperf.batch.forms_in`)."""
    from budgetperf.batch import forms_in as read_forms

    return list(read_forms(path))


def _d(value: Decimal | None) -> str:
    """A number for a table cell or a summary line: "—" when absent, never "None" or ""."""
    return "—" if value is None else f"{value:f}"


def _j(value: Decimal | None) -> str | None:
    """A number for JSON: exact, as a string; null when absent."""
    return None if value is None else f"{value:f}"


def _run(args: argparse.Namespace) -> int:
    from budgetperf._cli_lang import lang_of
    from budgetperf._cli_out import emit, plan
    from budgetperf.profiles import get_profile, load_profile
    from budgetperf.scoring import score_form

    lang = lang_of(args)
    fmt, workbook = plan(args.format, args.output, allow_xlsx=True)
    profile = get_profile() if args.profile is None else load_profile(args.profile)
    named = [item for path in args.files for item in forms_in(path)]
    names = [name for name, _ in named]
    results = [score_form(form, profile) for _, form in named]
    failures = [fails(r, profile) for r in results]
    if workbook is not None:
        from budgetperf.xlsx import write_xlsx

        write_xlsx(results, workbook)
    scored = list(zip(names, results, failures, strict=True))
    if fmt == "json":
        payload = {
            "format": "budgetperf-score/1",
            "profile": profile.key,
            "files": [_record(name, r, failed) for name, r, failed in scored],
        }
        text = json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
    elif fmt == "html":
        from budgetperf._cli_html import score_page

        text = score_page(scored, profile, lang)
    else:
        render = _markdown if fmt == "markdown" else _text
        text = "".join(render(name, result, lang) for name, result, _ in scored)
    emit(text, None if workbook is not None else args.output)
    return 1 if any(failures) else 0


#: The findings that make ``score`` exit 1 whatever their severity: a printed score, total or
#: grade that differs from the rule.
_DIFFERS = frozenset(
    {"rules.score-differs", "rules.execution-score", "arithmetic.total-score", "rules.grade"}
)


def fails(result: Any, profile: Any) -> bool:
    """Whether a scored form has an error: it cannot be scored, a printed figure differs from
    the rule, or :func:`~budgetperf.formcheck.check_form` finds an error in it."""
    from budgetperf.audit import Severity
    from budgetperf.formcheck import check_form

    if not result.scorable or result.differences:
        return True
    execution = result.execution
    if execution is not None and execution.difference is not None:
        return True
    return any(
        f.severity is Severity.ERROR or f.code in _DIFFERS for f in check_form(result.form, profile)
    )


@attrs.frozen
class Row:
    """One row of the scored table, in the language it is shown in."""

    cells: tuple[str, ...]  #: indicator, target, actual, weight, printed, rule, Δ, explanation
    differs: bool  #: the printed score differs from the rule
    printed_used: bool  #: the rule could not decide; the printed score is used
    notes: tuple[str, ...]
    level1: str = ""


def name_of(text: str | None, lang: str) -> str:
    """A name for display: never empty."""
    if text is None or not text.strip():
        return "（无名称）" if lang == "zh" else "(no name)"
    return text


def rows(result: Any, lang: str) -> list[Row]:
    """The rows of a scored form: the execution line first, then every indicator."""
    from budgetperf._cli_lang import word, zh_text

    out: list[Row] = []
    execution = result.execution
    if execution is not None:
        line = execution.line
        out.append(
            Row(
                (
                    word(lang, "execution"),
                    _d(line.adjusted),
                    _d(line.executed),
                    _d(line.weight),
                    _d(execution.printed),
                    _d(execution.score),
                    "" if execution.difference is None else f"{execution.difference:f}",
                    zh_text(lang, execution.explanation),
                ),
                differs=execution.difference is not None,
                printed_used=False,
                notes=(),
            )
        )
    for r in result.indicators:
        i = r.indicator
        used = r.status == "printed-used"
        out.append(
            Row(
                (
                    name_of(i.name, lang),
                    i.target.text if i.target is not None else "—",
                    i.actual.text if i.actual is not None else "—",
                    _d(i.weight),
                    _d(r.printed),
                    _d(r.score) + ("*" if used else ""),
                    "" if r.difference is None else f"{r.difference:f}",
                    zh_text(lang, r.explanation),
                ),
                differs=r.difference is not None,
                printed_used=used,
                notes=tuple(zh_text(lang, n) for n in r.notes),
                level1=i.level1,
            )
        )
    return out


def head(lang: str) -> tuple[str, ...]:
    """The table's column headers."""
    from budgetperf._cli_lang import word

    keys = ("indicator", "target", "actual", "weight", "printed", "rule", "delta", "explanation")
    return tuple(word(lang, k) for k in keys)


def title(name: str, result: Any) -> str:
    """The heading of one form: file, unit, project, year, profile."""
    form = result.form
    parts = " ".join(x for x in (form.body, form.project, str(form.year or "")) if x)
    return f"{name}: {parts} [{result.profile}]" if parts else f"{name} [{result.profile}]"


def subtotal_lines(result: Any, lang: str) -> list[str]:
    """One line per 一级 subtotal."""
    lines = []
    for level in result.level1:
        name = name_of(level.name, lang)
        rule, printed, weight = _d(level.score), _d(level.printed), _d(level.weight)
        if lang == "zh":
            lines.append(f"{name}：规则 {rule} / 印刷 {printed}（分值 {weight}）")
        else:
            lines.append(f"{name}: rule {rule} / printed {printed} of {weight}")
    return lines


def total_line(result: Any, lang: str) -> str:
    """The totals and grades, rule against printed."""
    rule, printed = _d(result.total), _d(result.printed_total)
    grade, printed_grade = result.grade or "—", result.printed_grade or "—"
    if lang == "zh":
        return f"总分：规则 {rule} / 印刷 {printed}；等级：规则 {grade} / 印刷 {printed_grade}"
    return f"total: rule {rule} / printed {printed}; grade: rule {grade} / printed {printed_grade}"


def notes_of(result: Any, lang: str) -> list[str]:
    """The form's notes in ``lang``: the reader's findings and the weight sums in their own
    words, the rest through :func:`~budgetperf._cli_lang.zh_text`."""
    from budgetperf._cli_lang import zh_text

    notes = list(result.notes)
    if lang != "zh":
        return notes
    findings = iter(result.form.findings)
    problems = iter(result.weight_problems)
    out = []
    for note in notes:
        if note.startswith("form: "):
            finding = next(findings, None)
            if finding is not None:
                out.append("表：" + finding.format(language="zh"))
                continue
        if note.startswith("weights: "):
            problem = next(problems, None)
            if problem is not None:
                out.append("分值：" + problem.message_zh)
                continue
        out.append(zh_text(lang, note))
    return out


def verdict(result: Any, lang: str) -> str:
    """The one-line verdict (:meth:`~budgetperf.scoring.FormScore.verdict_in`) in ``lang``."""
    if lang != "zh":
        return str(result.verdict)
    return str(result.verdict_in("zh", notes_of(result, lang)))


def _text(name: str, result: Any, lang: str) -> str:
    from budgetperf._cli_lang import word

    sep = "：" if lang == "zh" else ": "
    lines = [f"# {title(name, result)}"]
    table = rows(result, lang)
    header = head(lang)
    cells = [header, *(row.cells for row in table)]
    widths = [max(_width(c[i]) for c in cells) for i in range(len(header) - 1)]
    lines.append(
        "  ".join(_pad(c, widths[i]) for i, c in enumerate(header[:-1])) + "  " + header[-1]
    )
    for row in table:
        line = "  ".join(_pad(c, widths[i]) for i, c in enumerate(row.cells[:-1]))
        lines.append(line + "  " + row.cells[-1])
        lines.extend(f"    ↳ {word(lang, 'note')}{sep}{note}" for note in row.notes)
    lines.extend(f"  {line}" for line in subtotal_lines(result, lang))
    lines.append(total_line(result, lang))
    lines.extend(f"{word(lang, 'note')}{sep}{note}" for note in notes_of(result, lang))
    lines.append(f"{word(lang, 'verdict')}{sep}{verdict(result, lang)}")
    lines.append(word(lang, "legend"))
    return "\n".join(lines) + "\n"


def _cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def _markdown(name: str, result: Any, lang: str) -> str:
    from budgetperf._cli_lang import word

    zh = lang == "zh"
    lines = [f"### {_cell(title(name, result))}", ""]
    header = head(lang)
    lines.append("| " + " | ".join(header) + " |")
    lines.append("|" + "---|" * len(header))
    table = rows(result, lang)
    for row in table:
        cells = list(row.cells)
        if row.differs:  # the differing printed score and Δ in bold
            cells[4], cells[6] = f"**{cells[4]}**", f"**{cells[6]}**"
        lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
    lines += ["", f"{word(lang, 'legend')}", ""]
    if result.level1:
        lines.append(
            "| " + " | ".join(word(lang, k) for k in ("level1", "weight", "rule", "printed")) + " |"
        )
        lines.append("|---|---|---|---|")
        for level in result.level1:
            cells = [
                name_of(level.name, lang),
                *map(_d, (level.weight, level.score, level.printed)),
            ]
            lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
        lines.append("")
    total = total_line(result, lang)
    lines += [f"**{word(lang, 'total')}** " + total.split("：" if zh else ": ", 1)[1], ""]
    noted = [(row.cells[0], note) for row in table for note in row.notes]
    general = notes_of(result, lang)
    if noted or general:
        lines.append(f"**{word(lang, 'notes')}**" + ("：" if zh else ":"))
        lines.append("")
        lines.extend(f"- {_cell(who)}{'：' if zh else ': '}{_cell(note)}" for who, note in noted)
        lines.extend(f"- {_cell(note)}" for note in general)
        lines.append("")
    lines += [f"**{word(lang, 'verdict')}**{'：' if zh else ': '}{verdict(result, lang)}", ""]
    return "\n".join(lines) + "\n"


def _record(name: str, result: Any, failed: bool) -> dict[str, Any]:
    execution = result.execution
    form = result.form
    return {
        "file": name,
        "source": form.source,
        "table": form.table,
        "kind": form.kind.value,
        "body": form.body,
        "project": form.project,
        "year": form.year,
        "profile": result.profile,
        "execution": None
        if execution is None
        else {
            "label": execution.line.label,
            "adjusted": _j(execution.line.adjusted),
            "executed": _j(execution.line.executed),
            "weight": _j(execution.line.weight),
            "rule": _j(execution.score),
            "printed": _j(execution.printed),
            "difference": _j(execution.difference),
            "in_total": execution.in_total,
            "explanation": execution.explanation,
        },
        "indicators": [
            {
                "level1": r.indicator.level1,
                "level2": r.indicator.level2,
                "name": r.indicator.name,
                "target": r.indicator.target.text if r.indicator.target is not None else None,
                "actual": r.indicator.actual.text if r.indicator.actual is not None else None,
                "kind": r.kind.value if r.kind else None,
                "weight": _j(r.indicator.weight),
                "status": str(r.status),
                "rule": _j(r.score),
                "printed": _j(r.printed),
                "difference": _j(r.difference),
                "explanation": r.explanation,
                "rule_id": r.rule.rule if r.rule else None,
                "notes": list(r.notes),
            }
            for r in result.indicators
        ],
        "level1": [
            {"name": x.name, "weight": _j(x.weight), "rule": _j(x.score), "printed": _j(x.printed)}
            for x in result.level1
        ],
        "total": _j(result.total),
        "printed_total": _j(result.printed_total),
        "grade": result.grade,
        "printed_grade": result.printed_grade,
        "notes": list(result.notes),
        "notes_zh": notes_of(result, "zh"),
        "verdict": result.verdict,
        "verdict_zh": verdict(result, "zh"),
        "errors": failed,
    }


def _width(text: str) -> int:
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))
