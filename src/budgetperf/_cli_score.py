"""The ``budgetperf score`` sub-command (private): score a printed form under a profile."""

from __future__ import annotations

import argparse
import json
from decimal import Decimal
from typing import Any

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
    parser.add_argument("--format", choices=["text", "json", "markdown"], default="text")
    parser.add_argument(
        "-o",
        "--output",
        metavar="OUT.xlsx",
        help="also write the scored forms to an .xlsx workbook in the official layout, with "
        "规则得分, Δ (印刷 − 规则) and 说明 beside each row (needs budgetperf[xlsx])",
    )
    parser.set_defaults(run=_run)


def forms_in(path: str) -> list[tuple[str, Any]]:
    """The forms of one input file, each with the name it is shown under: a printed-form JSON
    file holds one; an .xlsx workbook (known by its content, whatever its name) one or more."""
    from pathlib import Path

    from budgetperf.forms import read_form
    from budgetperf.xlsx._guard import is_workbook

    file = Path(path)
    if file.suffix.lower() not in (".xlsx", ".xlsm") and not is_workbook(file):
        return [(path, read_form(path))]
    from budgetperf.xlsx import read_xlsx

    forms = read_xlsx(path)
    if len(forms) == 1:
        return [(path, forms[0])]
    return [(f"{path} #{n}", form) for n, form in enumerate(forms, start=1)]


def _d(value: Decimal | None) -> str:
    return "" if value is None else f"{value:f}"


def _run(args: argparse.Namespace) -> int:
    from budgetperf.profiles import get_profile, load_profile
    from budgetperf.scoring import score_form

    profile = get_profile() if args.profile is None else load_profile(args.profile)
    named = [item for path in args.files for item in forms_in(path)]
    names = [name for name, _ in named]
    results = [score_form(form, profile) for _, form in named]
    failed = [name for name, r in zip(names, results, strict=True) if _fails(r, profile)]
    if args.output is not None:
        from budgetperf.xlsx import write_xlsx

        write_xlsx(results, args.output)
    if args.format == "json":
        payload = [_record(r) for r in results]
        print(json.dumps(payload if len(payload) > 1 else payload[0], ensure_ascii=False, indent=2))
    else:
        for name, result in zip(names, results, strict=True):
            (_markdown if args.format == "markdown" else _text)(name, result)
    return 1 if failed else 0


#: The findings that make ``score`` exit 1 whatever their severity: a printed score, total or
#: grade that differs from the rule.
_DIFFERS = frozenset(
    {"rules.score-differs", "rules.execution-score", "arithmetic.total-score", "rules.grade"}
)


def _fails(result: Any, profile: Any) -> bool:
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


def _rows(result: Any) -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = []
    execution = result.execution
    if execution is not None:
        line = execution.line
        rows.append(
            (
                "预算执行率",
                _d(line.adjusted),
                _d(line.executed),
                _d(line.weight),
                _d(execution.printed),
                _d(execution.score),
                _d(execution.difference),
                execution.explanation,
            )
        )
    for r in result.indicators:
        i = r.indicator
        rows.append(
            (
                i.name,
                i.target.text if i.target is not None else "",
                i.actual.text if i.actual is not None else "",
                _d(i.weight),
                _d(r.printed),
                _d(r.score) + ("*" if r.status == "printed-used" else ""),
                _d(r.difference),
                r.explanation,
            )
        )
    return rows


_HEAD = ("indicator", "target", "actual", "weight", "printed", "rule", "Δ", "explanation")


def _text(path: str, result: Any) -> None:
    form = result.form
    title = " ".join(x for x in (form.body, form.project, str(form.year or "")) if x)
    print(f"# {path}: {title} [{result.profile}]")
    rows = [_HEAD, *_rows(result)]
    widths = [max(_width(row[i]) for row in rows) for i in range(len(_HEAD) - 1)]
    for row in rows:
        cells = [_pad(cell, widths[i]) for i, cell in enumerate(row[:-1])]
        print("  ".join(cells) + "  " + row[-1])
    for level in result.level1:
        rule, printed = _d(level.score), _d(level.printed)
        print(f"  {level.name}: rule {rule} / printed {printed} of {_d(level.weight)}")
    print(
        f"total: rule {_d(result.total)} / printed {_d(result.printed_total)}; "
        f"grade: rule {result.grade or '—'} / printed {result.printed_grade or '—'}"
    )
    for note in result.notes:
        print(f"note: {note}")
    print(f"verdict: {result.verdict}")
    print("(* printed score used: the rule cannot decide; see the notes)")


def _markdown(path: str, result: Any) -> None:
    print(f"### {path} [{result.profile}]\n")
    print("| " + " | ".join(_HEAD) + " |")
    print("|" + "---|" * len(_HEAD))
    for row in _rows(result):
        print("| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |")
    print(
        f"\n**Total** rule {_d(result.total)} / printed {_d(result.printed_total)}; "
        f"grade {result.grade or '—'} / printed {result.printed_grade or '—'}\n"
    )
    print(f"**Verdict**: {result.verdict}\n")


def _record(result: Any) -> dict[str, Any]:
    execution = result.execution
    return {
        "form": result.form.source,
        "profile": result.profile,
        "execution": None
        if execution is None
        else {
            "rule": _d(execution.score),
            "printed": _d(execution.printed),
            "explanation": execution.explanation,
        },
        "indicators": [
            {
                "level1": r.indicator.level1,
                "level2": r.indicator.level2,
                "name": r.indicator.name,
                "kind": r.kind.value if r.kind else None,
                "weight": _d(r.indicator.weight),
                "status": r.status,
                "rule": _d(r.score),
                "printed": _d(r.printed),
                "difference": _d(r.difference),
                "explanation": r.explanation,
                "rule_id": r.rule.rule if r.rule else None,
                "notes": list(r.notes),
            }
            for r in result.indicators
        ],
        "level1": [
            {"name": x.name, "weight": _d(x.weight), "rule": _d(x.score), "printed": _d(x.printed)}
            for x in result.level1
        ],
        "total": _d(result.total),
        "printed_total": _d(result.printed_total),
        "grade": result.grade,
        "printed_grade": result.printed_grade,
        "notes": list(result.notes),
        "verdict": result.verdict,
    }


def _width(text: str) -> int:
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))
