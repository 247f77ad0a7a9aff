"""Score a seed form and write it back as a workbook in the official layout (budgetperf[xlsx]).

Run: python examples/xlsx_out.py [OUT.xlsx]   (default: a file in a temporary folder)

Beside each row the workbook shows 规则得分, Δ (印刷 − 规则) and 说明; under the form the 一级
subtotals, the totals, the grades, the verdict and the legend "Δ = 印刷得分 − 规则得分".
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from budgetperf import read_form, score_form
from budgetperf.xlsx import read_xlsx, write_xlsx

FORM = Path(__file__).resolve().parent / "forms" / "junshan-2023-department.json"


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp()) / "scored.xlsx"
    result = score_form(read_form(FORM))
    write_xlsx(result, out)
    print(f"wrote {out}: {result.verdict}")
    [back] = read_xlsx(out)  # what was written reads back as the same form
    print(f"read back: {len(back.indicators)} indicators, printed total {back.total_score}")


if __name__ == "__main__":
    main()
