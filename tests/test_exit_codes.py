"""Every command exits 0 (nothing of error severity), 1 (errors found) or 2 (input unreadable or
usage wrong), says so in its --help, and never prints a traceback (issue 10, Deliver 3).

Each command is run on a clean, a faulty and an unreadable input that the test writes itself.
The table of cases is checked against the parser's own list of sub-commands, so a new command
without cases fails here.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from budgetperf.cli import EXIT_STATUS, build_parser, main

ROOT = Path(__file__).resolve().parent.parent
CLEAN_FORM = json.loads(
    (ROOT / "examples" / "forms" / "junshan-2023-project-hall.json").read_text(encoding="utf-8")
)


def _form(tmp_path: Path, change: Callable[[dict[str, Any]], None] | None = None) -> str:
    data = json.loads(json.dumps(CLEAN_FORM))
    if change is not None:
        change(data)
    path = tmp_path / "form.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return str(path)


def _file(tmp_path: Path, name: str, content: str | bytes) -> str:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return str(path)


def _score_changed(data: dict[str, Any]) -> None:
    data["indicators"][0]["score"] = "1"  # the rule gives the full weight


def _negative_executed(data: dict[str, Any]) -> None:
    data["funds"][0]["executed"] = "-5"


def _misspelt_key(data: dict[str, Any]) -> None:
    data["indicators"][0]["wieght"] = data["indicators"][0].pop("weight")


Case = Callable[[Path], list[str]]
DEEP = "[" * 1000
HUGE_YEAR = '{"format": "budgetperf-printed-form/1", "form": "project", "year": 1' + "0" * 4300
NOT_TEXT = bytes(range(256)) * 2
CLEAN_TEXT = "行政运行(项)。年初预算为100万元，支出决算为90万元，完成年初预算的90%。\n"
FAULTY_TEXT = "行政运行(项)。年初预算为100万元，支出决算为90万元，完成年初预算的95%。\n"
CLEAN_LEDGER = "code,initial,executed\n2010301,100,90\n2010399,0,10\n"

#: command → {expected status: [cases]}; each case writes its input and gives the argv.
CASES: dict[str, dict[int, list[Case]]] = {
    "amount": {
        0: [lambda _: ["amount", "628.95万元"]],
        2: [lambda _: ["amount", "6x元"], lambda _: ["amount", "1e999999元"]],
    },
    "value": {
        0: [lambda _: ["value", "≥5千件"]],
        2: [lambda _: ["value", "三个"]],
    },
    "values": {
        0: [lambda t: ["values", _form(t)]],
        1: [
            lambda t: ["values", _form(t, _negative_executed)],
            lambda t: ["values", _form(t, _misspelt_key)],
        ],
        2: [
            lambda t: ["values", str(t / "missing.json")],
            lambda t: ["values", _file(t, "deep.json", DEEP)],
            lambda t: ["values", _file(t, "bad.json", "{not json")],
        ],
    },
    "score": {
        0: [lambda t: ["score", _form(t)]],
        1: [
            lambda t: ["score", _form(t, _score_changed)],
            lambda t: ["score", _form(t, _negative_executed)],
            lambda t: ["score", _form(t, _misspelt_key)],
        ],
        2: [
            lambda t: ["score", str(t / "missing.json")],
            lambda t: ["score", _file(t, "deep.json", DEEP)],
            lambda t: ["score", _file(t, "huge.json", HUGE_YEAR)],
            lambda t: ["score", _form(t), "--profile", str(t / "missing.toml")],
            lambda t: [
                "score",
                _form(t),
                "--profile",
                _file(t, "typo.toml", 'extends = "central-2020"\nname = "t"\nversion = "1"\nx=1'),
            ],
        ],
    },
    "check": {
        0: [
            lambda t: ["check", _form(t)],
            lambda t: ["check", _file(t, "clean.txt", CLEAN_TEXT)],
            # a file check does not audit is an io.not-checked warning, not an error
            lambda t: ["check", _file(t, "clean.txt", CLEAN_TEXT), _file(t, "empty.txt", "")],
            lambda t: ["check", _file(t, "lines.csv", CLEAN_LEDGER)],
        ],
        1: [
            lambda t: ["check", _form(t, _score_changed)],
            lambda t: ["check", _form(t, _negative_executed)],
            lambda t: ["check", _file(t, "faulty.txt", FAULTY_TEXT)],
            lambda t: ["check", _file(t, "year.json", HUGE_YEAR + "}")],
            # one file unreadable among readable ones: an io.unreadable error, the rest checked
            lambda t: ["check", _file(t, "clean.txt", CLEAN_TEXT), str(t / "missing.txt")],
            lambda t: ["check", _file(t, "clean.txt", CLEAN_TEXT), _file(t, "x.docx", b"PK\3\4")],
            lambda t: ["check", _file(t, "f.txt", FAULTY_TEXT + FAULTY_TEXT), "--max", "1"],
            lambda t: ["check", _file(t, "f.txt", FAULTY_TEXT), "--format", "jsonl"],
        ],
        2: [
            lambda t: ["check", str(t / "missing.json")],
            lambda t: ["check", str(t / "missing.txt")],
            lambda t: ["check", _file(t, "deep.json", DEEP)],
            lambda t: ["check", _file(t, "binary.txt", NOT_TEXT)],
            lambda t: ["check", _file(t, "x.docx", b"PK\3\4"), _file(t, "binary.txt", NOT_TEXT)],
            lambda t: ["check", _file(t, "f.txt", FAULTY_TEXT), "--max", "0"],
            lambda t: ["check", _file(t, "f.txt", FAULTY_TEXT), "--max", "-1"],
            lambda t: ["check", _file(t, "f.txt", FAULTY_TEXT), "--jobs", "0"],
            lambda t: ["check", str(t)],  # an empty folder: nothing to check is not clean
            lambda t: [
                "check",
                str(_file(t, "r.txt", FAULTY_TEXT)).rsplit("/", 1)[0],
                "--include",
                "*.pdf",
            ],
        ],
    },
    "classify": {
        0: [
            lambda _: ["classify", "2010301"],
            lambda _: ["classify", "行政运行"],
            lambda _: [
                "classify",
                "--path",
                "一般公共服务支出(类)政府办公厅(室)及相关机构事务(款)",
            ],
        ],
        1: [
            lambda _: ["classify", "2999999"],
            lambda _: ["classify", "没有这个科目的名称"],
            lambda _: ["classify", "--path", "卫生健康支出(210类)无此款(13款)"],
        ],
        2: [
            lambda _: ["classify", "20103011"],
            lambda _: ["classify"],
            lambda t: ["classify", "2010301", "--catalogue", str(t / "missing.csv")],
        ],
    },
    "ledger": {
        0: [
            lambda t: ["ledger", _file(t, "lines.csv", CLEAN_LEDGER)],
            lambda t: ["ledger", _file(t, "lines.csv", CLEAN_LEDGER), "--format", "json"],
        ],
        1: [
            lambda t: ["ledger", _file(t, "neg.csv", "code,initial,executed\n2010301,-100,50\n")],
            lambda t: ["ledger", _file(t, "none.csv", "code,initial,executed\n2010301,100,\n")],
            lambda t: ["ledger", _file(t, "dup.csv", CLEAN_LEDGER + "2010399,0,10\n")],
            lambda t: ["ledger", _file(t, "header.csv", "code,initial,executed\n")],
            lambda t: ["ledger", _file(t, "cell.csv", "code,initial,executed\n2010301,1,x元\n")],
        ],
        2: [
            lambda t: ["ledger", str(t / "missing.csv")],
            lambda t: ["ledger", _file(t, "column.csv", "code,intial,executed\n2010301,1,1\n")],
            lambda t: ["ledger", _file(t, "binary.csv", NOT_TEXT)],
            lambda t: [
                "ledger",
                _file(t, "lines.csv", CLEAN_LEDGER),
                "--catalogue",
                str(t / "missing.csv"),
            ],
        ],
    },
}


def _commands() -> list[str]:
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return sorted(sub.choices)


def test_every_command_has_cases() -> None:
    assert sorted(CASES) == _commands()


def _run(capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[int, str, str]:
    try:
        status = main(argv)
    except SystemExit as exit_:  # argparse: usage errors
        status = exit_.code if isinstance(exit_.code, int) else 2
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.parametrize(
    ("command", "expected", "index"),
    [
        (command, expected, index)
        for command, by_status in CASES.items()
        for expected, cases in by_status.items()
        for index in range(len(cases))
    ],
)
def test_exit_status(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, command: str, expected: int, index: int
) -> None:
    argv = CASES[command][expected][index](tmp_path)
    status, out, err = _run(capsys, argv)
    assert status == expected, (argv, out, err)
    assert "Traceback" not in out + err
    assert "this is a bug in budgetperf" not in err
    if expected == 2:
        # One line that says what and where (argparse adds its usage line above its own).
        assert err.strip().splitlines()[-1].startswith(("budgetperf: error:", "usage:")) or (
            "error:" in err
        ), err


@pytest.mark.parametrize("command", _commands())
def test_help_states_the_exit_statuses(capsys: pytest.CaptureFixture[str], command: str) -> None:
    with pytest.raises(SystemExit) as info:
        main([command, "--help"])
    assert info.value.code == 0
    text = " ".join(capsys.readouterr().out.split())
    assert "Exit status: 0" in text
    assert "2 an input cannot be read" in text or "2 it cannot be read" in text
    assert "docs/cli.md" in text


def test_the_main_help_states_the_exit_statuses(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    assert " ".join(EXIT_STATUS.split()) in " ".join(capsys.readouterr().out.split())


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("deep.json", DEEP, 2),
        ("year.json", HUGE_YEAR + "}", 1),
        ("huge-cell.json", None, 0),
    ],
)
def test_the_installed_command_prints_no_traceback(
    tmp_path: Path, name: str, content: str | None, expected: int
) -> None:
    if content is None:

        def huge(data: dict[str, Any]) -> None:
            data["indicators"][0]["actual"] = "1e1000000000000000000"

        path = _form(tmp_path, huge)
    else:
        path = _file(tmp_path, name, content)
    result = subprocess.run(
        [sys.executable, "-m", "budgetperf", "check", path],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == expected, result.stderr
    assert "Traceback" not in result.stderr
    if expected == 2:
        assert result.stderr.startswith("budgetperf: error: ")
        assert path in result.stderr


def test_an_error_outside_the_hierarchy_is_one_line_not_a_traceback(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import budgetperf.cli

    def broken(args: argparse.Namespace) -> int:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(budgetperf.cli, "_cmd_value", broken)
    status, _, err = _run(capsys, ["value", "5"])
    assert status == 2
    assert err.startswith("budgetperf: error: the input could not be read (RecursionError")
    assert err.count("\n") == 1
