"""Amounts as printed in budget tables: read, convert, write, 大写, shares that add up.

Run: python examples/amounts_demo.py
"""

from __future__ import annotations

from decimal import Decimal

from budgetperf import Rounding, Unit, format_amount, parse_amount, round_to
from budgetperf.exact import allocate, shares


def main() -> None:
    # 河塘 2022: the 项目 lines of a 决算 are printed in 万元 with two decimals.
    total = parse_amount("628.95万元")
    print("read      ", repr(total), "=", total.yuan, "元")
    print("in 元      ", format_amount(total, unit=Unit.YUAN))
    print(
        "currency  ",
        format_amount(total, style="currency"),
        "/",
        format_amount(total, style="currency", locale="en"),
    )
    print("大写       ", total.to_daxie(prefix=True))

    # Shares of a total that print to exactly 100.00%, next to shares each rounded alone.
    parts = [parse_amount(t) for t in ("530.37万元", "65.21万元", "33.37万元")]
    whole = sum(parts, parse_amount("0万元"))
    exact = shares([p.yuan for p in parts])
    alone = [round_to(p / whole * 100, 2) for p in parts]
    for part, share, single in zip(parts, exact, alone, strict=True):
        print(f"  {format_amount(part):>12}  {share}%  (rounded alone: {single}%)")
    print("  sum of shares:", sum(exact, Decimal(0)), "| rounded alone:", sum(alone, Decimal(0)))

    # Split 100万元 over three months by weights 1:1:1, to the fen, with nothing lost.
    months = allocate(parse_amount("100万元").yuan, [1, 1, 1])
    print("split     ", [format_amount(parse_amount(f"{m}元"), style="currency") for m in months])

    # Display rounding is explicit: 四舍五入 by default, GB/T 8170 when asked.
    print(
        "2.665 →",
        round_to(Decimal("2.665"), 2),
        "(HALF_UP) /",
        round_to(Decimal("2.665"), 2, Rounding.HALF_EVEN),
        "(HALF_EVEN)",
    )


if __name__ == "__main__":
    main()
