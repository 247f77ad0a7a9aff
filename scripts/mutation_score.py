"""Mutation score of one core module against its own tests, with mutmut (issue 10, Deliver 7).

    python scripts/mutation_score.py exact            # one module
    python scripts/mutation_score.py --list           # the modules and their tests
    python scripts/mutation_score.py textaudit --sample 400 --seed 10   # census + sample

The run happens in a scratch copy of the committed tree (``git archive HEAD``, or the working
tree's files with ``--worktree``), never in the repository itself: mutmut writes a
``mutants/`` directory beside ``pyproject.toml``, and others work in the same tree. In the
copy the ``only_mutate`` and ``pytest_add_cli_args_test_selection`` lists of
``[tool.mutmut]`` in ``pyproject.toml`` are replaced by the module's file and its tests, and
``mutmut run --max-children 1`` runs one mutant at a time. The last line printed is the
score: killed (including timeouts) out of the mutants that ran.

A module too large to run in full (the text audit: about 5,000 mutants) is measured with
``--sample N --seed S``: every mutant of its :data:`CENSUS` files is run, and a simple random
sample of N mutants of its other files, drawn with ``random.Random(S)`` from the sorted mutant
names. A sampled mutant that no test reaches counts as not killed. The sample's score is given
with its 95% Wilson interval, and the module's score is estimated by weighting the census and
the sample by their numbers of mutants.
"""

from __future__ import annotations

import argparse
import io
import json
import math
import random
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
    # Every stage of the text audit that holds logic (vocabulary.py is data only; __init__.py
    # is a lazy import). Measured with --sample: verdicts.py in full (CENSUS), a seeded sample
    # of the rest. test_sentence_variants.py is left out: it reads the catalogue's examples
    # again, rewritten, and would make each mutant three times slower (docs/testing.md).
    "textaudit": (
        [
            f"src/budgetperf/textaudit/{name}.py"
            for name in (
                "read",
                "normalise",
                "quantities",
                "facts",
                "tables",
                "claims",
                "verdicts",
                "checks",
                "audit",
                "coverage",
            )
        ],
        [
            "tests/test_textaudit_stages.py",
            "tests/test_textaudit_read.py",
            "tests/test_sentence_forms.py",
            # Two meta-tests of the catalogue are left out: one reads build_claims' bytecode
            # for the builders it calls (mutmut replaces it by a trampoline), the other
            # rebuilds docs/textaudit/forms.md in a subprocess from the same examples.
            "--deselect=tests/test_sentence_forms.py::test_every_builder_and_check_reads_some_form",
            "--deselect=tests/test_sentence_forms.py::test_the_catalogue_page_is_up_to_date",
            "tests/test_textcheck.py",
            # The keyed and unkeyed corpora, claim by claim against their hand-made keys
            # (added after seed 14; every figure before that ran without them).
            "tests/test_corpus_keys.py",
            "tests/test_unkeyed_corpus.py",
            # The golden record of the whole output on every corpus text (the sixth round's).
            "tests/test_corpus_golden.py",
            # A meta-test that parses claims.py's source for the words passed to _has: in the
            # scratch copy that source holds every mutant, and its words are not the gate's.
            "--deselect=tests/test_textaudit_scans.py"
            "::test_the_gate_words_are_the_words_readers_pass_to_has",
            # Counts the calls of Python functions: mutmut's trampolines add calls of their
            # own, and not the same number per copy (seed 39's coverage run failed on it, 5.22
            # times the work for four times the copies where the plain code does 4.96).
            "--deselect=tests/test_textaudit_linear_work.py",
        ],
    ),
}

#: module name -> the files whose mutants ``--sample`` runs in full (the rest are sampled)
CENSUS: dict[str, list[str]] = {
    "textaudit": ["src/budgetperf/textaudit/verdicts.py"],
}

#: mutmut exit codes that count as killed (a failing test, pytest's internal error, a timeout)
_KILLED = {1, 3, 36, -24, 24, 152, 255}


#: module name -> more of its tests, by file pattern, so that a test file added later is run too
#: (the eleventh round: before it, the text audit's unit tests of its stages, its shortcuts and
#: its Chinese messages were not in its selection, and every mutant they kill counted as alive)
TEST_PATTERNS: dict[str, list[str]] = {
    "textaudit": ["tests/test_textaudit_*.py", "tests/test_tables_*.py"],
}

#: test files a pattern matches that are left out, each with its reason
LEFT_OUT: dict[str, str] = {
    # Hypothesis: a mutant that makes a generated text raise is shrunk for minutes (the
    # mutants it would kill raise on the corpus texts too); CI runs it on the real code.
    "tests/test_textaudit_fuzz.py": "generated inputs, shrunk for minutes under a mutant",
}


def _tests_for(module: str, tree: Path) -> list[str]:
    """The module's own tests, then every file of its :data:`TEST_PATTERNS` and every
    ``tests/test_mutation_<module>*.py`` (``test_mutation_textaudit.py``,
    ``test_mutation_textaudit_more.py``, …) that exists, in sorted order, without the files of
    :data:`LEFT_OUT` and without repeats."""
    tests = list(MODULES[module][1])
    patterns = [*TEST_PATTERNS.get(module, []), f"tests/test_mutation_{module}*.py"]
    for pattern in patterns:
        for path in sorted(tree.glob(pattern)):
            name = path.relative_to(tree).as_posix()
            if name not in tests and name not in LEFT_OUT:
                tests.append(name)
    return tests


def _link_shared(tree: Path, root: Path = ROOT) -> bool:
    """Link the development corpus (``shared`` beside the repository) into the scratch tree, where
    the tests run from its ``mutants/`` folder find it one level up (``scripts/pin_corpus.py``):
    in a workdir elsewhere (/tmp) its keyed and golden tests were skipped. Whether it linked."""
    shared = root.parent / "shared"
    link = tree / "shared"
    if not shared.is_dir() or link.exists():
        return False
    link.symlink_to(shared, target_is_directory=True)
    return True


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


def _dotted(path: str) -> str:
    """``src/budgetperf/x/y.py`` -> ``budgetperf.x.y``, the prefix of its mutants' names."""
    return path.removeprefix("src/").removesuffix(".py").replace("/", ".")


def _exit_codes(tree: Path, path: str) -> dict[str, int | None]:
    meta = tree / "mutants" / f"{path}.meta"
    codes: dict[str, int | None] = json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"]
    return codes


def wilson(killed: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """The Wilson score interval of a proportion ``killed / n`` (95% for z = 1.96)."""
    if n == 0:
        return (0.0, 1.0)
    p = killed / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z / (1 + z * z / n) * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return (max(0.0, centre - half), min(1.0, centre + half))


def _tally(codes: dict[str, int | None], names: list[str]) -> tuple[int, list[str], list[str]]:
    """Killed count, the survivors, and the mutants no test reached, among ``names``."""
    killed = sum(1 for name in names if codes.get(name) in _KILLED)
    untested = [name for name in names if codes.get(name) in (None, 5, 33)]
    survived = [name for name in names if codes.get(name) not in _KILLED and name not in untested]
    return killed, survived, untested


def _sampled_run(module: str, tree: Path, size: int, seed: int) -> int:
    """Run every mutant of the census files and a seeded sample of the others; print scores."""
    mutate = MODULES[module][0]
    census = CENSUS.get(module, [])
    if not census:
        raise SystemExit(f"{module} has no census files; run it without --sample")
    # Pass 1 makes every mutant, collects which tests reach which function, runs the census.
    patterns = [f"{_dotted(path)}.*" for path in census]
    run = subprocess.run(
        [sys.executable, "-m", "mutmut", "run", "--max-children", "1", *patterns], cwd=tree
    )
    if run.returncode != 0:
        return run.returncode
    codes: dict[str, int | None] = {}
    for path in mutate:
        codes.update(_exit_codes(tree, path))
    census_names = sorted(n for n in codes if any(n.startswith(p[:-1]) for p in patterns))
    population = sorted(n for n in codes if n not in set(census_names))
    sample = sorted(random.Random(seed).sample(population, min(size, len(population))))
    stats = json.loads((tree / "mutants" / "mutmut-stats.json").read_text(encoding="utf-8"))
    reached = set(stats["tests_by_mangled_function_name"])
    # mutmut refuses a named mutant whose function no test reaches; such a mutant is not killed.
    runnable = [name for name in sample if name.partition("__mutmut_")[0] in reached]
    if runnable:
        run = subprocess.run(
            [sys.executable, "-m", "mutmut", "run", "--max-children", "1", *runnable], cwd=tree
        )
        if run.returncode != 0:
            return run.returncode
    codes = {}
    for path in mutate:
        codes.update(_exit_codes(tree, path))
    (tree / "mutants" / "sample.txt").write_text("\n".join(sample) + "\n", encoding="utf-8")
    c_killed, c_survived, c_untested = _tally(codes, census_names)
    s_killed, s_survived, s_untested = _tally(codes, sample)
    for label, names in (("census", c_survived + c_untested), ("sample", s_survived + s_untested)):
        for name in names:
            print(f"not killed ({label}): {name} [{codes.get(name)}]")
    n_c, n_s, n_pop = len(census_names), len(sample), len(population)
    low, high = wilson(s_killed, n_s)
    print(
        f"{module} census ({' '.join(census)}): {c_killed}/{n_c} killed = "
        f"{100 * c_killed / n_c:.1f}% (survived {len(c_survived)}, no tests {len(c_untested)})"
    )
    print(
        f"{module} sample (seed {seed}, {n_s} of {n_pop} mutants of the other files): "
        f"{s_killed}/{n_s} killed = {100 * s_killed / n_s:.1f}%, 95% Wilson "
        f"[{100 * low:.1f}%, {100 * high:.1f}%] (survived {len(s_survived)}, "
        f"no tests {len(s_untested)})"
    )

    def whole(p: float) -> float:
        return 100 * (c_killed + p * n_pop) / (n_c + n_pop)

    print(
        f"{module}: estimated {whole(s_killed / n_s):.1f}% of {n_c + n_pop} mutants, 95% "
        f"[{whole(low):.1f}%, {whole(high):.1f}%]"
    )
    return 0


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
    parser.add_argument(
        "--sample",
        type=int,
        metavar="N",
        help="run the module's CENSUS files in full and N random mutants of the others",
    )
    parser.add_argument(
        "--seed", type=int, default=10, help="seed of the --sample draw (default 10)"
    )
    args = parser.parse_args(argv)
    if args.list or args.module is None:
        for name, (mutate, tests) in MODULES.items():
            print(f"{name}: {' '.join(mutate)} <- {' '.join(tests)}")
        return 0
    tree = args.workdir / args.module
    _copy_tree(tree, args.worktree)
    _link_shared(tree)
    mutate = MODULES[args.module][0]
    tests = _tests_for(args.module, tree)
    _configure(tree, mutate, tests)
    print(f"mutating {' '.join(mutate)} against {' '.join(tests)} in {tree}", flush=True)
    if args.sample is not None:
        return _sampled_run(args.module, tree, args.sample, args.seed)
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
