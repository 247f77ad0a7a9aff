"""The ``budgetperf classify`` sub-command (private; wired into :mod:`budgetperf.cli`).

``budgetperf classify 2010301`` prints the chain 类 → 款 → 项 of a code; ``budgetperf classify
行政运行`` finds a name; ``budgetperf classify --path "…(类)…(款)…(项)"`` reads a printed path and
lists its findings like a compiler (``path:col: code severity: message``). Every answer ends
with the catalogue that gave it (``catalogue: budgetperf-bundled`` or the file loaded with
``--catalogue``). Exit status (:data:`budgetperf.cli.EXIT_STATUS`): 0 when found and no finding
is an error, 1 when the code or name is not in the catalogue or a finding is an error, 2 for a
malformed code, an unreadable catalogue file or a wrong command line.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

import attrs

from budgetperf._cli_lang import add_lang_argument, lang_of
from budgetperf.classification import (
    Catalogue,
    Scheme,
    Subject,
    bundled_catalogue,
    code_chain,
    compact,
    level_of,
    load_catalogue,
    parse_path,
    validate_code,
)
from budgetperf.cli import EXIT_STATUS
from budgetperf.errors import FileError, InvalidOption

__all__ = ["add_classify_parser"]

_SCHEMES = ["functional", "economic-department", "economic-government"]


def add_classify_parser(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Add the ``classify`` sub-command to ``subparsers``; it sets ``run`` to the handler."""
    parser = subparsers.add_parser(
        "classify",
        help="look up a 支出功能分类/经济分类 code or name, or read a printed 类/款/项 path",
        description="Look up a classification code (2010301) or name (行政运行), or read a "
        "path as printed in a 决算 (…(类)…(款)…(项)). The bundled catalogue is partial; "
        "load an official edition with --catalogue. The last line names the catalogue that "
        "answered. A code or name not in the catalogue is an error (status 1); a malformed code "
        "is unreadable input (status 2).",
        epilog=EXIT_STATUS,
    )
    parser.add_argument("query", nargs="?", help="a code (any level) or a name")
    parser.add_argument("--path", metavar="TEXT", help="read a printed 类/款/项 path instead")
    parser.add_argument(
        "--scheme",
        choices=_SCHEMES,
        help="functional (default for names and paths), economic-department or "
        "economic-government (default for a code: from its first digit)",
    )
    parser.add_argument(
        "--catalogue", metavar="FILE", help="a CSV catalogue (code,name,… or 一体化 headers)"
    )
    parser.add_argument(
        "--mode",
        choices=["merge", "replace"],
        default="merge",
        help="with --catalogue: overlay the bundled catalogue (default) or replace it",
    )
    parser.add_argument("--encoding", help="with --catalogue: the file's encoding (default: auto)")
    parser.add_argument("--format", choices=["text", "json"], default="text")
    add_lang_argument(parser)
    parser.set_defaults(run=_run)


def _subject_record(subject: Subject) -> dict[str, Any]:
    return {
        "code": subject.code,
        "name": subject.name,
        "level": subject.level.value,
        "parent": subject.parent,
        "scheme": subject.scheme.value,
        "edition": subject.edition,
        "status": subject.status,
        "source": subject.source,
        "catalogue": subject.catalogue,
    }


def _subject_line(subject: Subject, lang: str = "en") -> str:
    if lang == "zh":
        return (
            f"{subject.level.value} {subject.code:<7}  {subject.name}  "
            f"[{subject.status}；版本 {subject.edition}；{subject.catalogue}]"
        )
    return (
        f"{subject.level.value} {subject.code:<7}  {subject.name}  "
        f"[{subject.status}; edition {subject.edition}; {subject.catalogue}]"
    )


def _chain_lines(code: str, catalogue: Catalogue, lang: str = "en") -> list[str]:
    lines = []
    for c in code_chain(code):
        subject = catalogue.get(c)
        if subject is None:
            missing = (
                f"（目录 {catalogue.name} 中无此科目）"
                if lang == "zh"
                else f"(not in catalogue {catalogue.name})"
            )
            lines.append(f"{level_of(c).value} {c:<7}  {missing}")
        else:
            lines.append(_subject_line(subject, lang))
    return lines


def _catalogue_line(names: str, lang: str) -> str:
    return f"目录：{names}" if lang == "zh" else f"catalogue: {names}"


def _catalogue(args: argparse.Namespace, default: Scheme) -> Catalogue:
    """The catalogue the user asked for, or the bundled one of ``default``."""
    scheme = Scheme(args.scheme) if args.scheme else default
    if args.catalogue is None:
        return bundled_catalogue(scheme)
    try:
        return load_catalogue(args.catalogue, scheme=scheme, mode=args.mode, encoding=args.encoding)
    except FileError:
        raise
    except OSError as exc:
        raise FileError(
            f"cannot read the catalogue ({exc.strerror or exc})",
            value=args.catalogue,
            errno=exc.errno,
        ) from None


def _run_path(args: argparse.Namespace) -> int:
    catalogue = _catalogue(args, Scheme.FUNCTIONAL)
    reading = parse_path(args.path, catalogue=catalogue)
    if args.format == "json":
        record = {
            "format": "budgetperf-classify/1",
            "kind": "path",
            "text": reading.text,
            "code": reading.code,
            "catalogue": reading.catalogue,
            "segments": [
                {
                    "name": s.name,
                    "label": s.label.value if s.label else None,
                    "level": s.level.value if s.level else None,
                    "printed_code": s.printed_code,
                    "claimed_code": s.claimed_code,
                    "span": list(s.span),
                    "subject": _subject_record(s.subject) if s.subject else None,
                }
                for s in reading.segments
            ],
            "findings": [
                {
                    "code": f.code,
                    "severity": f.severity.value,
                    "message_zh": f.message_zh,
                    "message_en": f.message_en,
                    "segment": f.segment,
                    "span": list(f.offsets or ()),
                    "candidates": [c.code for c in f.candidates],
                    "catalogue": f.catalogue,
                }
                for f in reading.findings
            ],
        }
        print(json.dumps(record, ensure_ascii=False, indent=2))
        return 0 if reading.ok else 1
    lang = lang_of(args)
    zh = lang == "zh"
    print(reading.text)
    for s in reading.segments:
        level = s.level.value if s.level else "?"
        unlabelled = "（未标级次）" if zh else "(no label)"
        label = f"({s.printed_code or ''}{s.label.value})" if s.label else unlabelled
        found = f"{s.subject}  [{s.subject.status}]" if s.subject else "—"
        print(f"  {level}  {s.name or '—'} {label} → {found}")
    for f in reading.findings:  # the path is printed above: no quoted span under each finding
        named = attrs.evolve(f, location=attrs.evolve(f.location, file="path"), span=None)
        print(named.format(language=lang))
    if reading.code is not None:
        if zh:
            print(f"编码 {reading.code}（目录 {reading.catalogue}）")
        else:
            print(f"code {reading.code} (catalogue {reading.catalogue})")
    else:
        errors = len(reading.errors)
        if zh:
            print(f"无编码：{errors}个错误（目录 {reading.catalogue}）")
        else:
            print(f"no code: {errors} error(s) (catalogue {reading.catalogue})")
    return 0 if reading.ok else 1


def _run_query(args: argparse.Namespace) -> int:
    query: str = args.query
    c = compact(query)
    if c.isascii() and c.isdigit():
        by_digit = {s.first_digit: s for s in Scheme}
        catalogue = _catalogue(args, by_digit.get(c[:1], Scheme.FUNCTIONAL))
        code = validate_code(query, catalogue.scheme)
        found = code in catalogue
        if args.format == "json":
            record = {
                "format": "budgetperf-classify/1",
                "kind": "code",
                "query": query,
                "catalogue": catalogue.name,
                "found": found,
                "chain": [_subject_record(s) for s in catalogue.chain(code)],
            }
            print(json.dumps(record, ensure_ascii=False, indent=2))
        else:
            lang = lang_of(args)
            print("\n".join(_chain_lines(code, catalogue, lang)))
            print(_catalogue_line(catalogue.name, lang))
        return 0 if found else 1
    return _run_name(args, query)


def _run_name(args: argparse.Namespace, query: str) -> int:
    if args.catalogue or args.scheme:
        catalogues = [_catalogue(args, Scheme.FUNCTIONAL)]
    else:
        catalogues = [bundled_catalogue(s) for s in Scheme]
    names = ", ".join(c.name + f" ({c.scheme.value})" for c in catalogues)
    exact = [s for c in catalogues for s in c.find(query)]
    renamed = [(o, s) for c in catalogues for o, s in c.find_other_name(query)]
    matches = exact or [s for _, s in renamed]
    near = [] if matches else [s for c in catalogues for s in c.nearest(query)]
    if args.format == "json":
        record = {
            "format": "budgetperf-classify/1",
            "kind": "name",
            "query": query,
            "catalogues": [c.name for c in catalogues],
            "found": bool(matches),
            "matches": [_subject_record(s) for s in matches],
            "other_names": [
                {"code": o.code, "name": o.name, "relation": o.relation}
                for o, _ in ([] if exact else renamed)
            ],
            "nearest": [_subject_record(s) for s in near],
        }
        print(json.dumps(record, ensure_ascii=False, indent=2))
        return 0 if matches else 1
    lang = lang_of(args)
    zh = lang == "zh"
    by_scheme = {c.scheme: c for c in catalogues}
    if not exact:
        for other, subject in renamed:
            if zh:
                print(f"{query}：{subject}的{other.relation}名称（{other.status}）")
            else:
                print(f"{query}: {other.relation} name of {subject} ({other.status})")
    for i, subject in enumerate(matches):
        if i:
            print()
        print("\n".join(_chain_lines(subject.code, by_scheme[subject.scheme], lang)))
    if not matches:
        if zh:
            print(f"{query}：{names}中无此名称的科目")
        else:
            print(f"{query}: no subject of that name in {names}")
        for subject in near:
            print(f"  {'是否要找：' if zh else 'did you mean: '}{_subject_line(subject, lang)}")
        return 1
    answered = sorted({by_scheme[s.scheme].name + f" ({s.scheme.value})" for s in matches})
    print(_catalogue_line(", ".join(answered), lang))
    return 0


def _run(args: argparse.Namespace) -> int:
    if (args.query is None) == (args.path is None):
        raise InvalidOption("give either a code or name, or --path TEXT")
    if args.path is not None:
        return _run_path(args)
    return _run_query(args)
