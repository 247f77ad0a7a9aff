"""Budget lines of a published 决算 (seed 000, 2022): roll-ups, shares, rates, statements.

Run: python examples/ledger_demo.py
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from budgetperf import read_ledger_csv
from budgetperf.classification import CodeLevel
from budgetperf.ledger import Phase
from budgetperf.rates import ZeroBase
from budgetperf.statements import (
    change_sentence,
    completion_paragraphs,
    overall_completion,
    structure_sentence,
)

LINES = Path(__file__).resolve().parent / "ledgers" / "seed000-2022-hetang.csv"


def main() -> None:
    ledger = read_ledger_csv(LINES, year=2022)
    print(f"{len(ledger)} lines, 决算 {ledger.total(Phase.EXECUTED)}")

    # Shares by 类: exact (sum to 100) and each rounded alone (what a reader recomputes).
    rows = ledger.rollup(CodeLevel.LEI)
    table = ledger.table(rows, Phase.EXECUTED)
    for row, exact, alone in zip(rows, table.shares, table.shares_each, strict=True):
        print(f"  {row.code} {row.label}: {row.executed}万元  {exact}% / {alone}%")

    # The printed report says 71.67万元 is 11.39% and 11.58万元 is 1.85%; the figures say:
    print(structure_sentence(ledger))
    print(change_sentence(ledger.total().value, Decimal("1022.32")))
    print(overall_completion(ledger))

    # A 项 with no 年初预算 has no completion rate unless the publishing convention is asked for.
    undefined, by_convention = (
        completion_paragraphs(ledger)[1],
        completion_paragraphs(ledger, zero_base=ZeroBase.HUNDRED)[1],
    )
    print(undefined)
    print(by_convention.text.splitlines()[1])


if __name__ == "__main__":
    main()
