"""Mutation score of one core module against its own tests, with mutmut (issue 10, Deliver 7).

    python scripts/mutation_score.py exact            # one module
    python scripts/mutation_score.py --list           # the modules and their tests

The run happens in a scratch copy of the committed tree (``git archive HEAD``, or the working
tree's files with ``--worktree``), never in the repository itself: mutmut writes a
``mutants/`` directory beside ``pyproject.toml``, and others work in the same tree. In the
copy the ``only_mutate`` and ``pytest_add_cli_args_test_selection`` lists of
``[tool.mutmut]`` in ``pyproject.toml`` are replaced by the module's file and its tests, and
``mutmut run --max-children 1`` runs one mutant at a time. The last line printed is the
score: killed (including timeouts) out of the mutants that ran.
"""

from __future__ import annotations

import argparse
import io
import json
import re
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: module name -> (files mutated, test files run against them)
MODULES: dict[str, tuple[list[str], list[str]]] = {
    "exact": (["src/budgetperf/exact.py"], ["tests/test_exact.py"]),
    "amounts": (["src/budgetperf/amounts.py"], ["tests/test_amounts.py"]),
    "values": (["src/budgetperf/values.py"], ["tests/test_values.py"]),
    "daxie": (["src/budgetperf/daxie.py"], ["tests/test_daxie.py"]),
    "rules": (["src/budgetperf/rules.py"], ["tests/test_rules.py"]),
    "scoring": (
        ["src/budgetperf/scoring.py"],
        ["tests/test_scoring.py", "tests/test_scoring_fast.py"],
    ),
    # test_formcheck.py's two Hypothesis properties are left out: a mutant that breaks them
    # makes Hypothesis shrink a generated form for a minute or more (docs/testing.md).
    "formcheck": (
        ["src/budgetperf/formcheck.py"],
        [
            "tests/test_formcheck.py",
            "--deselect=tests/test_formcheck.py::test_a_generated_consistent_form_has_no_findings",
            "--deselect=tests/test_formcheck.py"
            "::test_changing_one_printed_score_gives_exactly_its_finding",
        ],
    ),
    "textaudit": (
        ["src/budgetperf/textaudit/claims.py", "src/budgetperf/textaudit/verdicts.py"],
        [
            "tests/test_textaudit_stages.py",
            "tests/test_textaudit_read.py",
            "tests/test_sentence_forms.py",
            "tests/test_textcheck.py",
        ],
    ),
}


def _tests_for(module: str, tree: Path) -> list[str]:
    """The module's own tests, plus ``tests/test_mutation_<module>.py`` where it exists."""
    tests = list(MODULES[module][1])
    extra = f"tests/test_mutation_{module}.py"
    if (tree / extra).exists():
        tests.append(extra)
    return tests


def _copy_tree(dest: Path, worktree: bool) -> None:
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    if worktree:
        listed = subprocess.run(
            ["git", "ls-files", "-co", "--exclude-standard"],
            cwd=ROOT,
            check=True,
            capture_output=True,
            text=True,
        ).stdout.splitlines()
        for name in listed:
            source = ROOT / name
            if source.is_file():
                (dest / name).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(source, dest / name)
        return
    archive = subprocess.run(
        ["git", "archive", "HEAD"], cwd=ROOT, check=True, capture_output=True
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(dest, filter="data")


def _configure(tree: Path, mutate: list[str], tests: list[str]) -> None:
    pyproject = tree / "pyproject.toml"
    text = pyproject.read_text(encoding="utf-8")
    for key, values in (
        ("only_mutate", mutate),
        ("pytest_add_cli_args_test_selection", tests),
    ):
        text, count = re.subn(
            rf"^{key} = \[.*?\]$",
            f"{key} = {json.dumps(values)}",
            text,
            count=1,
            flags=re.MULTILINE | re.DOTALL,
        )
        if count != 1:
            raise SystemExit(f"pyproject.toml has no [tool.mutmut] {key} line")
    pyproject.write_text(text, encoding="utf-8")


def _score(tree: Path) -> dict[str, int]:
    subprocess.run([sys.executable, "-m", "mutmut", "export-cicd-stats"], cwd=tree, check=True)
    stats: dict[str, int] = json.loads(
        (tree / "mutants" / "mutmut-cicd-stats.json").read_text(encoding="utf-8")
    )
    return stats


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("module", nargs="?", choices=sorted(MODULES))
    parser.add_argument("--list", action="store_true", help="list modules and their tests")
    parser.add_argument(
        "--workdir",
        type=Path,
        default=Path("/tmp/budgetperf-mutmut"),
        help="parent of the scratch copies (default /tmp/budgetperf-mutmut)",
    )
    parser.add_argument(
        "--worktree", action="store_true", help="copy the working tree instead of HEAD"
    )
    args = parser.parse_args(argv)
    if args.list or args.module is None:
        for name, (mutate, tests) in MODULES.items():
            print(f"{name}: {' '.join(mutate)} <- {' '.join(tests)}")
        return 0
    tree = args.workdir / args.module
    _copy_tree(tree, args.worktree)
    mutate = MODULES[args.module][0]
    tests = _tests_for(args.module, tree)
    _configure(tree, mutate, tests)
    print(f"mutating {' '.join(mutate)} against {' '.join(tests)} in {tree}", flush=True)
    run = subprocess.run([sys.executable, "-m", "mutmut", "run", "--max-children", "1"], cwd=tree)
    if run.returncode != 0:
        return run.returncode
    stats = _score(tree)
    ran = stats["killed"] + stats["timeout"] + stats["survived"] + stats["suspicious"]
    killed = stats["killed"] + stats["timeout"]
    print(json.dumps(stats))
    print(
        f"{args.module}: {killed}/{ran} killed = {100 * killed / ran:.1f}% "
        f"(survived {stats['survived']}, no tests {stats['no_tests']}, "
        f"skipped {stats['skipped']}, suspicious {stats['suspicious']})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
