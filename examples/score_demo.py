"""Score the seed self-evaluation forms and list where the printed scores differ from the rules.

Run: python examples/score_demo.py
"""

from __future__ import annotations

from pathlib import Path

from budgetperf import read_form, score_form

FORMS = Path(__file__).resolve().parent / "forms"


def main() -> None:
    for path in sorted(FORMS.glob("*.json")):
        result = score_form(read_form(path))
        print(f"{path.name}: {result.verdict}")
        for r in result.differences:
            print(f"    {r.indicator.name}: {r.explanation}")
        # The same form under the pre-2020 rules (反向 A/B, 定性 bands 80/50).
        legacy = score_form(read_form(path), "legacy-2017")
        if legacy.total != result.total:
            print(f"    legacy-2017 gives {legacy.total}")


if __name__ == "__main__":
    main()
