"""The ``budgetperf`` command.

Every sub-command exits with the same statuses (:data:`EXIT_STATUS`, shown at the end of each
``--help`` and in docs/cli.md): 0 when nothing of error severity was found, 1 when errors were
found (a printed score that differs from the rule counts as one), 2 when an input cannot be
read or the command is used wrongly. Bad input is one line on stderr, never a traceback:
``budgetperf: error: <where>: <what>: <the value>``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from budgetperf import __version__
from budgetperf.errors import BudgetPerfError

__all__ = ["EXIT_STATUS", "main"]

#: The exit statuses, the same for every sub-command; the epilog of every ``--help``.
EXIT_STATUS = (
    "Exit status: 0 nothing of error severity found (warnings and notes may be printed); "
    "1 errors found (a printed score that differs from the rule is one); "
    "2 an input cannot be read, or the command is used wrongly. See docs/cli.md."
)


def _decimal_text(number: Decimal | None) -> str | None:
    return None if number is None else f"{number:f}"


# The characters only a 人民币大写 amount is written with ("壹佰元整"): such a text is read as 大写.
_DAXIE_CHARS = frozenset("壹贰叁肆伍陆柒捌玖拾佰仟貳參叄陸")


def _cmd_amount(args: argparse.Namespace) -> int:
    from budgetperf.amounts import Amount, Unit, format_amount, parse_amount
    from budgetperf.daxie import parse_daxie
    from budgetperf.errors import RoundingRequired
    from budgetperf.exact import Rounding

    default_unit = Unit.parse(args.default_unit) if args.default_unit else None
    if _DAXIE_CHARS.intersection(args.text) or args.text.strip().startswith(("零元", "人民币")):
        amount = Amount(parse_daxie(args.text), Unit.YUAN)
    else:
        amount = parse_amount(args.text, default_unit=default_unit)
    if args.uppercase:
        rounding = Rounding[args.rounding] if args.rounding else None
        try:
            print(amount.to_daxie(rounding, prefix=args.prefix))
        except RoundingRequired as exc:
            from budgetperf._cli_lang import choose, lang_of

            hint = choose(
                lang_of(args),
                "大写只写到分；加 --rounding HALF_UP（或其他舍入方式）先舍入",
                "大写 stops at 分; add --rounding HALF_UP (or another mode) to round first",
            )
            raise RoundingRequired(hint, value=exc.value) from None
        return 0
    print(
        format_amount(
            amount,
            unit=Unit.parse(args.to) if args.to else None,
            places=args.places,
            rounding=Rounding[args.rounding or "HALF_UP"],
            style=args.style,
            locale=args.locale,
            grouping=not args.no_grouping,
        )
    )
    return 0


def _value_record(text: str) -> dict[str, Any]:
    from budgetperf.values import parse_value

    value = parse_value(text)
    return {
        "format": "budgetperf-value/1",
        "text": value.text,
        "kind": value.kind.value,
        "comparator": value.comparator.value if value.comparator else None,
        "magnitude": _decimal_text(value.magnitude),
        "upper": _decimal_text(value.upper),
        "multiplier": str(value.multiplier),
        "unit": value.unit,
        "base_value": _decimal_text(value.base_value),
        "base_upper": _decimal_text(value.base_upper),
        "base_unit": value.base_unit,
    }


def _cmd_value(args: argparse.Namespace) -> int:
    from budgetperf._cli_lang import lang_of, word

    record = _value_record(args.text)
    if args.format == "json":
        print(json.dumps(record, ensure_ascii=False, indent=2))
        return 0
    lang = lang_of(args)
    shown = {
        word(lang, key): item
        for key, item in record.items()
        if key != "format" and (item not in (None, "", "1") or key in ("text", "kind"))
    }
    width = max(_width(k) for k in shown)
    for key, item in shown.items():
        print(f"{key}{' ' * (width - _width(key))}  {item}")
    return 0


def _width(text: str) -> int:
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _cmd_values(args: argparse.Namespace) -> int:
    from budgetperf._cli_lang import lang_of, word, zh_text
    from budgetperf._cli_score import name_of
    from budgetperf.audit import Severity
    from budgetperf.forms import read_form
    from budgetperf.values import AlignmentStatus, align

    lang = lang_of(args)
    zh = lang == "zh"
    sep = "：" if zh else ": "
    problems = 0
    errors = 0
    for path in args.files:
        print(f"# {path}")
        form = read_form(path)
        for finding in form.findings:
            if finding.severity is Severity.ERROR:
                errors += 1
                print(f"{word(lang, 'error')}{sep}{finding.format(language=lang)}")
        unread = {
            (finding.location.row, str(finding.location.field).rsplit(".", 1)[-1]): finding
            for finding in form.findings
        }
        for row, indicator in enumerate(form.indicators, start=1):
            notes = []
            printed = {"target": indicator.target, "actual": indicator.actual}
            for field, value in printed.items():
                issue = unread.get((row, field))
                if issue is not None:
                    problems += 1
                    message = issue.message_zh if zh else issue.message_en
                    notes.append(f"{word(lang, field)}{sep}{message}")
                elif value is None:
                    notes.append(f"{word(lang, field)}{sep}{word(lang, 'blank')}")
            target, actual = indicator.target, indicator.actual
            if target is not None and actual is not None:
                aligned = align(target, actual)
                if aligned.values is not None:
                    t, a = aligned.values
                    versus = "对" if zh else "vs"
                    notes.append(f"{t:f} {versus} {a:f} {aligned.unit}".rstrip())
                if aligned.status is not AlignmentStatus.SAME_UNIT:
                    notes.append(f"[{aligned.status.value}] {zh_text(lang, aligned.reason)}")
            shown = [
                v.text if v is not None else str(getattr(unread.get((row, f)), "printed", "—"))
                for f, v in printed.items()
            ]
            name = name_of(indicator.name, lang)
            print(
                f"{row:>3}  {name}  {shown[0]} → {shown[1]}  " + ("；" if zh else "; ").join(notes)
            )
    if problems:
        print(
            f"{problems}个单元格无法读取" if zh else f"{problems} cell(s) could not be read",
            file=sys.stderr,
        )
    if errors:
        print(f"表中有{errors}个错误" if zh else f"{errors} error(s) in the forms", file=sys.stderr)
        return 1
    return 0


class _Parser(argparse.ArgumentParser):
    """argparse, but "-3.5万元" is a value, not an unknown option.

    argparse takes an argument for a value when it looks like a negative number and the parser
    has no options that do; its test only knows plain numbers ("-3.5"), not printed amounts
    ("-3.5万元"), so widen it to anything that starts with a minus sign and a digit.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._negative_number_matcher = re.compile(r"^-\.?\d")


class _Version(argparse.Action):
    """``--version``: the version, and the modules of a compiled build (budgetperf.build), found
    only when asked (argparse's own action takes its text when the parser is built)."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> None:
        from budgetperf.build import compiled_modules

        compiled = compiled_modules()
        line = f"budgetperf {__version__}"
        if compiled:
            line += f" (compiled: {', '.join(compiled)})"
        print(line)  # (on stdout, as argparse's own version action prints it)
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    from budgetperf._cli_lang import add_lang_argument

    parser = _Parser(
        prog="budgetperf",
        description="Exact 预算绩效管理 tools: score self-evaluation forms, audit forms and "
        "reports, classify 政府收支分类科目, roll up budget lines, read amounts and printed "
        "values.",
        epilog=EXIT_STATUS,
    )
    parser.add_argument(
        "--version",
        action=_Version,
        nargs=0,
        help="show the version (and the modules of a compiled build) and exit",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    amount = sub.add_parser(
        "amount",
        help="read an amount and write it in another unit, locale or in 大写",
        description="Read an amount as printed (628.95万元, ¥12.5, 4,419.00元, or in 大写: "
        "壹佰元整) and write it again.",
        epilog="Exit status: 0 the amount was read and written; 2 it cannot be read, or the "
        "command is used wrongly (there is nothing to find, so never 1). See docs/cli.md.",
    )
    amount.add_argument("text", help="the amount as printed, e.g. 628.95万元")
    amount.add_argument("--to", metavar="UNIT", help="元, 千元, 万元 or 亿元 (default: as given)")
    amount.add_argument(
        "--places",
        type=int,
        default=None,
        help="decimals to show, rounded (default: exact, at least 2)",
    )
    amount.add_argument(
        "--rounding",
        choices=["HALF_UP", "HALF_EVEN", "DOWN", "UP", "FLOOR", "CEILING"],
        help="rounding mode for --places and --uppercase (default HALF_UP for --places; "
        "--uppercase refuses to round unless given)",
    )
    amount.add_argument("--locale", default="zh_CN", help="zh_CN (default) or en, …")
    amount.add_argument("--style", choices=["unit", "currency"], default="unit")
    amount.add_argument("--no-grouping", action="store_true", help="no thousands separators")
    amount.add_argument("--uppercase", action="store_true", help="write 人民币大写")
    amount.add_argument("--prefix", action="store_true", help="with --uppercase: start with 人民币")
    amount.add_argument(
        "--default-unit", metavar="UNIT", help="unit of a bare number such as 703.50"
    )
    add_lang_argument(amount)
    amount.set_defaults(run=_cmd_amount)

    value = sub.add_parser(
        "value",
        help="read one printed target or actual (≥5千件, 98％, 提升)",
        description="Show how budgetperf reads a 年度指标值 or 实际完成值 cell.",
        epilog="Exit status: 0 the cell was read; 2 it cannot be read, or the command is used "
        "wrongly (there is nothing to find, so never 1). See docs/cli.md.",
    )
    value.add_argument("text")
    value.add_argument("--format", choices=["text", "json"], default="text")
    add_lang_argument(value)
    value.set_defaults(run=_cmd_value)

    values = sub.add_parser(
        "values",
        help="read every target and actual of printed-form JSON files",
        description="Read every 年度指标值 and 实际完成值 of budgetperf-printed-form/1 files and "
        "say whether each target and actual can be compared. A cell that cannot be read is "
        "listed (a warning, as in check); a value the form must not hold is an error.",
        epilog=EXIT_STATUS,
    )
    values.add_argument("files", nargs="+", metavar="FORM.json")
    add_lang_argument(values)
    values.set_defaults(run=_cmd_values)

    from budgetperf._cli_check import add_check_parser
    from budgetperf._cli_classify import add_classify_parser
    from budgetperf._cli_ledger import add_ledger_parser
    from budgetperf._cli_score import add_score_parser

    add_score_parser(sub)
    add_check_parser(sub)
    add_classify_parser(sub)
    add_ledger_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (:data:`EXIT_STATUS`)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        status = args.run(args)
    except BrokenPipeError:
        # The reader went away (budgetperf … | head): stop quietly, as other tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except BudgetPerfError as exc:
        print(f"budgetperf: error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"budgetperf: error: {where}{exc.strerror or exc}", file=sys.stderr)
        return 2
    except (ArithmeticError, LookupError, RecursionError, TypeError, ValueError) as exc:
        # Never a traceback for bad input: an error that is not budgetperf's own is a bug,
        # said in one line (the input is still refused).
        print(
            f"budgetperf: error: the input could not be read ({type(exc).__name__}: {exc}); "
            "this is a bug in budgetperf, please report it with the input",
            file=sys.stderr,
        )
        return 2
    assert isinstance(status, int)
    return status


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
