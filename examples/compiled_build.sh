#!/usr/bin/env bash
# A compiled build of budgetperf: the text audit's claims stage compiled with mypyc (about 1.5
# times faster on claim-dense text; docs/performance.md, "A compiled build"), installed in a
# fresh virtual environment, then the shipped reports audited with it.
#
#     examples/compiled_build.sh VENV [EXTRAS]
#
# VENV is created (or reused) and gets the compiled wheel, with EXTRAS ("test", "xlsx,documents"…)
# if given. Needs git, a C compiler and Python's headers (Debian: gcc, python3-dev). What is built
# is the committed state of this checkout: the build hook writes the extension beside the source,
# so the build runs in a clone, and a working checkout never holds a compiled module (the tests
# refuse to run with one there: tests/conftest.py).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
venv="${1:?usage: examples/compiled_build.sh VENV [EXTRAS]}"
extras="${2:-}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

git clone -q "$root" "$work/checkout"
python3 -m venv "$work/build"
HATCH_BUILD_HOOK_ENABLE_MYPYC=true "$work/build/bin/pip" wheel -q --no-deps -w "$work/dist" \
    "$work/checkout"
wheels=("$work"/dist/budgetperf-*.whl)
python3 -m venv "$venv"
# (first the wheel alone, forced: a reused VENV may hold an earlier budgetperf of the same
# version, pure or compiled, which pip would otherwise keep; then the extras' dependencies)
"$venv/bin/pip" install -q --force-reinstall --no-deps "${wheels[0]}"
"$venv/bin/pip" install -q "${wheels[0]}${extras:+[$extras]}"

# "budgetperf 0.1.0 (compiled: budgetperf.textaudit.claims)"
"$venv/bin/budgetperf" --version
# the shipped reports: two are clean, three hold their authors' own slips (exit status 1, the
# same findings as a pure-Python installation prints)
summary="6 error(s), 9 warning(s), 2 note(s) in 5 file(s)"
status=0
out="$("$venv/bin/budgetperf" check --max 3 "$root/examples/reports")" || status=$?
echo "$out"
if [ "$status" -ne 1 ] || ! grep -qF "$summary" <<<"$out"; then
    echo "expected exit status 1 and \"$summary\", got status $status" >&2
    exit 1
fi
