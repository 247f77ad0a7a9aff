"""Audit a seed report and a corpus-like text: every claim with its verdict, then the coverage.

Run: python examples/textaudit_demo.py

The seed report is examples/reports/000_19490f38bcbee111.txt (a 2022 决算 explanation); the
second text is written like the 三公 statements and budget execution reports of the report-text
corpus, a traditional-character mirror copy included, with two figures wrong on purpose: the
8.7% (1.2 / 13.8: this year used as the base; 1.2 / 15 = 8.0%) that no rounding explains, an
error; and the 21.45% (0.53 / 2.46 = 21.54%, digits swapped) that the rounding of amounts printed
to 0.01亿元 does explain (0.525 / 2.465 … 0.535 / 2.455 = 21.30 … 21.79%), a warning. Its last
lines count what they name (a count after 分别为 is the number of names: four here, as printed)
and give a multiple of a figure printed with it (5.6 / 2.4 = 2.33倍).
"""

from __future__ import annotations

from pathlib import Path

from budgetperf.textaudit import TextAudit, audit_text
from budgetperf.textaudit.read import read_file

SEED = Path(__file__).resolve().parent / "reports" / "000_19490f38bcbee111.txt"

CORPUS_LIKE = """\
2023年“三公”经费决算情况
2023年我镇“三公”经费预算为25万元,其中:因公出国(境)费0万元,公务接待费10万元,公务用车运行维护费15万元。
2023年“三公”经费支出共计13.8万元,较年初预算数减少11.2万元,下降44.8%,较上年支出数减少1.2万元,下降8.7%。
截至9月底,全县一般公共预算收入完成18420万元,占年初预算22800万元的80.8%,超序时进度5.8个百分点,1320万元。
全縣政府採購規模為2.46億元。其中,貨物、工程、服務採購規模分別為0.81億元、1.12億元和0.53億元,佔全縣政府採購規模的32.93%、45.53%和21.45%。
我局内设机构4个,分别为办公室、预算股、国库股、绩效管理股。
全县税收收入5.6亿元,是2015年2.4亿元的2.33倍。
"""


def show(name: str, audit: TextAudit) -> None:
    """Print every claim of an audit with its verdict, then its findings' count and coverage."""
    print(f"== {name}")
    for claim in audit.claims:
        severity = claim.severity.value if claim.severity is not None else ""
        computed = claim.computed if claim.computed is not None else "—"
        row = (
            f"  {claim.line:>3}:{claim.column:<4} {claim.kind:<16} printed {claim.printed:>9}"
            f"  computed {computed:>9}  {claim.status.value:<9} {severity}"
        )
        print(row.rstrip())
    print(f"  {len(audit.findings)} findings; {audit.summary()}")
    for line, column, sentence in audit.coverage.not_understood[:3]:
        short = sentence if len(sentence) <= 60 else sentence[:59] + "…"
        print(f"  not understood {line}:{column}: {short}")


def main() -> None:
    decoded = read_file(SEED)
    show(SEED.name, audit_text(decoded.text, file=SEED.name))
    show("corpus-like text", audit_text(CORPUS_LIKE, file="corpus-like.txt"))


if __name__ == "__main__":
    main()
