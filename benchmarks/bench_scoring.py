"""Score generated forms of 15 indicators (run by hand, not in CI).

    python benchmarks/bench_scoring.py [FORMS]

Compares score_form with a hand-written loop doing the same Decimal arithmetic on pre-parsed
values (forward proportional capped, reverse linear penalty, execution rate, 2-decimal rounding,
sum), and with score_form followed by reading every explanation and note (score_form builds
those when they are first read). The figures in docs/performance.md come from this script.
"""

from __future__ import annotations

import random
import sys
from decimal import ROUND_HALF_UP, Decimal

from _machine import best, calibration

from budgetperf import Form, Profile, get_profile, parse_value, score_form
from budgetperf.forms import FundsLine
from budgetperf.indicators import Indicator

Q = Decimal("0.01")


def make_forms(count: int) -> list[Form]:
    rnd = random.Random(2026)
    forms = []
    for _ in range(count):
        indicators = []
        for i in range(15):
            level1 = ("产出指标", "效益指标", "满意度指标")[min(i // 7, 2)]
            target = rnd.randrange(50, 200)
            actual = rnd.randrange(0, 300)
            sign = "≤" if i % 4 == 0 else "≥"
            indicators.append(
                Indicator(
                    level1,
                    "数量指标",
                    f"指标{i}",
                    weight=Decimal(6),
                    target=parse_value(f"{sign}{target}件"),
                    actual=parse_value(f"{actual}件"),
                )
            )
        funds = (
            FundsLine(
                "年度资金总额",
                adjusted=Decimal(100),
                executed=Decimal(rnd.randrange(50, 101)),
                weight=Decimal(10),
            ),
        )
        forms.append(Form(kind="project", indicators=tuple(indicators), funds=funds))
    return forms


def hand_loop(forms: list[Form]) -> None:
    for form in forms:
        total = Decimal(0)
        for indicator in form.indicators:
            assert indicator.target is not None
            assert indicator.actual is not None
            a = indicator.target.base_value
            b = indicator.actual.base_value
            w = indicator.weight
            assert a is not None
            assert b is not None
            assert w is not None
            if indicator.target.comparator is not None and indicator.target.comparator.value == "≤":
                s = w if b <= a else (Decimal(0) if b >= 2 * a else w * (2 - b / a))
            else:
                s = w if b >= a else w * b / a
            total += s.quantize(Q, ROUND_HALF_UP)
        line = form.funds[0]
        assert line.executed is not None
        assert line.adjusted is not None
        assert line.weight is not None
        total += (line.weight * min(Decimal(1), line.executed / line.adjusted)).quantize(
            Q, ROUND_HALF_UP
        )


def score_all(forms: list[Form], profile: Profile) -> None:
    for form in forms:
        score_form(form, profile)


def score_and_read(forms: list[Form], profile: Profile) -> None:
    """Score, then read every word a reviewer sees (the results are built on first read)."""
    for form in forms:
        result = score_form(form, profile)
        for r in result.indicators:
            _ = r.explanation, r.notes
        _ = result.execution, result.level1, result.notes, result.verdict


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 2_000
    print(calibration())
    forms = make_forms(count)
    profile = get_profile()
    indicators = count * 15
    ours = best(lambda: score_all(forms, profile))
    read = best(lambda: score_and_read(forms, profile))
    hand = best(lambda: hand_loop(forms))
    print(f"forms {count:,} × 15 indicators, best of 3")
    print(f"hand-written loop           {hand:.2f} s  {indicators / hand:>10,.0f} indicators/s")
    for label, seconds in (("score_form", ours), ("score_form + every word", read)):
        rate = f"{indicators / seconds:>10,.0f} indicators/s"
        print(f"{label:<27} {seconds:.2f} s  {rate}  ({seconds / hand:.1f}x the loop)")
    print(calibration())


if __name__ == "__main__":
    main()
