"""The ``budgetperf ledger`` sub-command (private): roll-up table, shares, rates, statements.

What is wrong with the lines (:meth:`budgetperf.ledger.Ledger.findings`: a negative budget, a
line with no 决算, a repeated line, no line at all) and the codes a drafted statement cannot
name are listed on stderr, compiler style (in the JSON output under ``findings``), after the
name of the catalogue that named the codes. Exit status as every command
(:data:`budgetperf.cli.EXIT_STATUS`).
"""

from __future__ import annotations

import argparse
import json
import sys
from decimal import Decimal
from typing import Any

from budgetperf._cli_lang import add_lang_argument, lang_of, word
from budgetperf.cli import EXIT_STATUS

__all__ = ["add_ledger_parser"]


def add_ledger_parser(sub: Any) -> None:
    """Add ``ledger`` to an argparse sub-parsers object."""
    parser = sub.add_parser(
        "ledger",
        help="roll budget lines up to 类/款/项 with shares and rates; draft 决算 statements",
        description="Read budget lines from CSV and print the roll-up to 类/款/项 with each row's "
        "年初预算, 决算, completion rate and share, or the drafted 决算 paragraphs. Lines that "
        "cannot be right (a negative budget, no 决算, a line repeated, no line at all) and codes "
        "the catalogue does not name are listed on stderr; the last line names the catalogue "
        "used (the partial bundled one unless --catalogue loads your province's edition).",
        epilog=EXIT_STATUS,
    )
    parser.add_argument("file", metavar="LINES.csv")
    parser.add_argument("--previous", metavar="PREV.csv", help="last year's lines, for the change")
    parser.add_argument("--format", choices=["text", "json", "markdown"], default="text")
    parser.add_argument("--unit", default="万元", help="unit of plain numbers (default 万元)")
    parser.add_argument("--year", type=int, help="budget year, for the statements")
    parser.add_argument("--statements", action="store_true", help="print the drafted paragraphs")
    parser.add_argument(
        "--zero-base",
        choices=["undefined", "hundred"],
        default="undefined",
        help="completion rate when 年初预算 is 0: undefined (default) or 100%% by convention",
    )
    parser.add_argument(
        "--catalogue",
        metavar="FILE",
        help="an official catalogue CSV (code,name or 一体化 headers) merged over the bundled one",
    )
    add_lang_argument(parser)
    parser.set_defaults(run=_run)


def _rate(rate: Any) -> str | None:
    """A rate as printed ("100.00%"); ``None`` when absent or undefined (a base of 0)."""
    return None if rate is None or rate.percent() is None else str(rate)


def _fmt(value: Decimal | None) -> str | None:
    return None if value is None else f"{value:f}"


def _run(args: argparse.Namespace) -> int:
    from budgetperf.amounts import Unit
    from budgetperf.classification import CodeLevel
    from budgetperf.ledger import Phase
    from budgetperf.ledger_csv import read_ledger_csv
    from budgetperf.rates import ZeroBase
    from budgetperf.statements import (
        change_sentence,
        completion_paragraphs,
        overall_completion,
        structure_sentence,
    )

    lang = lang_of(args)
    unit = Unit.parse(args.unit)
    catalogue = _catalogue(args.catalogue)
    ledger = read_ledger_csv(
        args.file, unit=unit, year=args.year, catalogue=catalogue, bad_rows="finding"
    )
    zero_base = ZeroBase(args.zero_base)
    previous = (
        read_ledger_csv(args.previous, unit=unit, catalogue=catalogue, bad_rows="finding")
        if args.previous
        else None
    )
    findings = ledger.findings()
    if previous is not None:
        findings += previous.findings()
    if args.statements:
        statements = [structure_sentence(ledger)]
        if previous is not None:
            statements.append(
                change_sentence(ledger.total().value, previous.total().value, unit=unit.symbol)
            )
        statements.append(overall_completion(ledger, zero_base=zero_base))
        statements += completion_paragraphs(ledger, zero_base=zero_base)
        for statement in statements:
            print(statement)
            findings += statement.findings
        return _report(findings, ledger, lang)

    records = []
    changes = ledger.change_against(previous, CodeLevel.LEI) if previous is not None else {}
    for level in (CodeLevel.LEI, CodeLevel.KUAN, CodeLevel.XIANG):
        rows = ledger.rollup(level)
        table = ledger.table(rows, Phase.EXECUTED)
        for row, share, each in zip(rows, table.shares, table.shares_each, strict=True):
            rate = row.completion_rate(zero_base=zero_base)
            delta = changes.get(row.code) if level is CodeLevel.LEI else None
            records.append(
                {
                    "level": level.label,
                    "code": row.code,
                    "name": row.label,
                    "initial": _fmt(row.initial),
                    "executed": _fmt(row.executed),
                    "completion": _rate(rate),
                    "share": f"{share}%",
                    "share_each": f"{each}%",
                    "change": None if delta is None else _fmt(delta.amount),
                    "change_rate": None if delta is None else _rate(delta.rate),
                }
            )
    total = {
        "initial": _fmt(ledger.total(Phase.INITIAL).value),
        "executed": _fmt(ledger.total(Phase.EXECUTED).value),
        "unit": unit.symbol,
        "lines": len(ledger),
    }
    if args.format == "json":
        payload = {
            "format": "budgetperf-ledger/1",
            "rows": records,
            "total": total,
            "catalogue": ledger.catalogue_name(),
            "findings": [f.to_dict() for f in _unique(findings)],
        }
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return _status(findings)
    columns = ["level", "code", "name", "initial", "executed", "completion", "share", "share_each"]
    if previous is not None:
        columns += ["change", "change_rate"]
    names = {"level": "级次" if lang == "zh" else "level"}
    names.update({c: word(lang, c) for c in columns if c != "level"})
    if args.format == "markdown":
        print("| " + " | ".join(names[c] for c in columns) + " |")
        print("|" + "---|" * len(columns))
        for record in records:
            cells = ["—" if record[c] is None else str(record[c]) for c in columns]
            print("| " + " | ".join(cells) + " |")
    else:
        for record in records:
            indent = {"类": "", "款": "  ", "项": "    "}[str(record["level"])]
            cells = [f"{indent}{record['code']} {record['name']}"]
            cells += [f"{names[c]}={record[c]}" for c in columns[3:] if record[c] is not None]
            print("  ".join(cells))
    initial, executed, symbol = total["initial"] or "—", total["executed"] or "—", unit.symbol
    if lang == "zh":
        print(
            f"合计：年初预算 {initial}{symbol}，决算 {executed}{symbol}，{total['lines']}行"
            "（占比：最大余数法，合计100%；占比(各自舍入)：每项各自舍入）"
        )
    else:
        print(
            f"total: 年初预算 {initial}{symbol}, 决算 {executed}{symbol}, "
            f"{total['lines']} lines (shares: largest remainder; share_each: each rounded alone)"
        )
    return _report(findings, ledger, lang)


def _unique(findings: list[Any]) -> list[Any]:
    """The findings, each once (a code missing from the catalogue is met in many statements)."""
    seen: set[tuple[str, str, str]] = set()
    kept = []
    for finding in findings:
        key = (finding.code, str(finding.location), finding.message_en)
        if key not in seen:
            seen.add(key)
            kept.append(finding)
    return kept


def _status(findings: list[Any]) -> int:
    from budgetperf.audit import Severity

    return 1 if any(f.severity is Severity.ERROR for f in findings) else 0


def _report(findings: list[Any], ledger: Any, lang: str) -> int:
    """List the findings and the catalogue on stderr; return the exit status."""
    for finding in _unique(findings):
        print(finding.format(language=lang), file=sys.stderr)
    name = ledger.catalogue_name()
    print(f"目录：{name}" if lang == "zh" else f"catalogue: {name}", file=sys.stderr)
    return _status(findings)


def _catalogue(path: str | None) -> object | None:
    from budgetperf.classification import bundled_catalogue, load_catalogue
    from budgetperf.errors import FileError

    if path is None:
        return bundled_catalogue()
    try:
        return load_catalogue(path)
    except FileError:
        raise
    except OSError as exc:
        raise FileError(
            f"cannot read the catalogue ({exc.strerror or exc})", value=path, errno=exc.errno
        ) from None
