"""Every example of the sentence catalogue, repeated into a long text, audited (run by hand).

    python benchmarks/catalogue_repeats.py [--small BYTES] [--large BYTES] [--top N] [--json FILE]
    python benchmarks/catalogue_repeats.py --text TEXT [--text TEXT…]

Issue 10 asks that no input take more than 1 s per MB. The fuzz harness's long inputs
(``tests/test_fuzz_inputs.py``) are a few shapes chosen by hand; this takes every example text of
``tests/sentence_forms.py`` (as printed, without its line breaks, and ended with ';' or '。'
instead of its own ending: a page without full stops runs its sentences into one) and repeats it
to about ``--small`` and ``--large`` bytes (default 15,000 and 60,000). For each it prints the CPU
seconds per MB of ``audit_text`` on the large text and the ratio of that rate to the small
text's: a ratio well above 1 is a reader whose work per copy grows with the text (a look at every
figure of a sentence or of a lookup's window, per figure). The summary counts the texts by rate;
the list shows the slowest and the fastest-growing.

With ``--text``, only the texts given are repeated and timed (the same two figures each).

Run it against another checkout with ``PYTHONPATH=OTHER/src`` (the catalogue read is this
checkout's, so both runs audit the same texts). Each text is audited once per size: a single
rate is noisy on a shared machine, the distribution is not.
"""

from __future__ import annotations

import argparse
import collections
import dataclasses
import importlib.util
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def units() -> list[tuple[str, str]]:
    """(form name, text to repeat) for every example of the catalogue, each text once."""
    spec = importlib.util.spec_from_file_location(
        "sentence_forms", ROOT / "tests" / "sentence_forms.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["sentence_forms"] = module  # (its dataclasses look their module up)
    spec.loader.exec_module(module)
    seen: set[str] = set()
    found: list[tuple[str, str]] = []
    for form in module.FORMS:
        for example in form.examples:
            text = example.text
            for unit in (
                text,
                text.replace("\n", ""),
                text.rstrip("。\n") + ";",
                text.rstrip("。\n") + "。",
            ):
                if unit.strip() and unit not in seen:
                    seen.add(unit)
                    found.append((form.name, unit))
    return found


@dataclasses.dataclass(frozen=True)
class Row:
    form: str
    text: str
    rate: float  # CPU seconds per MB on the large text
    growth: float  # that rate over the small text's

    def line(self) -> str:
        return (
            f"  {self.rate:6.2f} s/MB  x{self.growth:4.1f}  {self.form[:30]:30}  {self.text[:60]!r}"
        )


def rate(unit: str, size: int) -> float:
    """CPU seconds per MB of one audit of ``unit`` repeated to about ``size`` bytes."""
    from budgetperf.textaudit import audit_text

    text = unit * max(1, size // len(unit.encode()))
    start = time.process_time()
    audit_text(text)
    return (time.process_time() - start) / (len(text.encode()) / 1_000_000)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--small", type=int, default=15_000)
    parser.add_argument("--large", type=int, default=60_000)
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--json", type=Path, help="write every row here")
    parser.add_argument(
        "--text", action="append", help="time this text repeated instead (repeatable)"
    )
    args = parser.parse_args()
    import budgetperf

    if args.text:
        for unit in args.text:
            small, large = rate(unit, args.small), rate(unit, args.large)
            print(Row("", unit, large, large / small).line())
        return

    rows: list[Row] = []
    started = time.time()
    for name, unit in units():
        small, large = rate(unit, args.small), rate(unit, args.large)
        rows.append(Row(name, unit, large, large / small))
    rows.sort(key=lambda r: -r.rate)
    buckets = collections.Counter(
        "> 10" if r.rate > 10 else "3–10" if r.rate > 3 else "1–3" if r.rate > 1 else "≤ 1"
        for r in rows
    )
    growing = [r for r in rows if r.growth > 1.5 and r.rate > 1]
    print(f"budgetperf from {Path(budgetperf.__file__).parent}")
    print(
        f"{len(rows)} texts of about {args.large:,} bytes, {time.time() - started:.0f} s; "
        f"s/MB: ≤ 1: {buckets['≤ 1']}, 1–3: {buckets['1–3']}, 3–10: {buckets['3–10']}, "
        f"> 10: {buckets['> 10']}; over 1 s/MB and 1.5 times the small text's rate: "
        f"{len(growing)}; median {rows[len(rows) // 2].rate:.2f} s/MB"
    )
    print("slowest:")
    for r in rows[: args.top]:
        print(r.line())
    print("growing fastest:")
    for r in sorted(rows, key=lambda r: -r.growth)[: args.top]:
        print(r.line())
    if args.json is not None:
        data = [dataclasses.asdict(r) for r in rows]
        args.json.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
