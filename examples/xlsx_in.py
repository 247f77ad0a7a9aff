"""Read a 项目支出绩效自评表 as a unit fills it in Excel, and check it (budgetperf[xlsx]).

Run: python examples/xlsx_in.py [FORM.xlsx]

Without an argument, a small form is typed into a new workbook first (openpyxl, as a user would:
a title row, merged 一级 cells, numbers typed as numbers), in a temporary folder.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import openpyxl

from budgetperf import check_form, score_form
from budgetperf.xlsx import read_xlsx


def typed_form(path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    money = ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]
    columns = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
    rows = [
        ["项目支出绩效自评表"],
        ["（2023年度）"],
        ["项目名称", None, "政务大厅服务运转经费"],
        ["主管部门", None, "某区财政局", None, None, "实施单位", "某区行政审批服务局"],
        ["项目资金（万元）", None, *money],
        [None, "年度资金总额", 273, 273, 273, 10, 1, 10],
        ["绩效指标", *columns],
        [None, "产出指标（50分）", "数量指标", "办件量", "≥30万件", "59.49万件", 30, 30],
        [None, None, "成本指标", "财政资金支出", "≤273万元", "273万元", 20, 18],
        [None, "效益指标（30分）", "社会效益指标", "营商环境", "提升", "有效提升", 30, 30],
        [None, "满意度指标（10分）", "服务对象满意度指标", "群众满意度", "≥98%", "98%", 10, 10],
        ["总分", None, None, None, None, None, 100, 98],
    ]
    for row in rows:
        sheet.append(row)
    sheet["G6"].number_format = "0%"  # 执行率 typed as 1, shown as 100%
    sheet.merge_cells("B8:B9")  # the 一级 cell of two rows
    book.save(path)


def main() -> None:
    if len(sys.argv) > 1:
        path = Path(sys.argv[1])
    else:
        path = Path(tempfile.mkdtemp()) / "form.xlsx"
        typed_form(path)
    for form in read_xlsx(path):
        result = score_form(form)
        print(f"{form.project or form.body}: {result.verdict}")
        for finding in check_form(form):
            print(f"  {finding.format(language='zh')}")


if __name__ == "__main__":
    main()
