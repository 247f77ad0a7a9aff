"""The nine standard 部门决算 tables (公开01表 … 公开09表) as they are published in a workbook:
titles, 编制单位 and 金额单位 lines, multi-row headers with merged cells, 栏次 rows, 类/款/项
code columns. Figures that add up are clean; one wrong figure is the one error at its cell
(issue 12: the standard tables and the 类/款/项 code hierarchy).

Every figure below is typed as published (two decimals, 万元) and every total was added by hand;
the comment beside each total gives the sum.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from budgetperf.audit import Severity
from budgetperf.batch import FileKind, check_file
from budgetperf.documents import audit_file, read_document
from budgetperf.documents.xlsx import read_xlsx_tables
from budgetperf.textaudit import audit_text

openpyxl = pytest.importorskip("openpyxl")

D = Decimal
Row = tuple[Any, ...]

T1 = "收入支出决算总表"
T2 = "收入决算表"
T3 = "支出决算表"
T4 = "财政拨款收入支出决算总表"
T5 = "一般公共预算财政拨款支出决算表"
T6 = "一般公共预算财政拨款基本支出决算表"
T7 = "一般公共预算财政拨款“三公”经费支出决算表"
T8 = "政府性基金预算财政拨款收入支出决算表"
T9 = "国有资本经营预算财政拨款支出决算表"
TITLES = (T1, T2, T3, T4, T5, T6, T7, T8, T9)


def _put(sheet: Any, ref: str, value: Any, to: str | None = None) -> None:
    """A cell, merged over ``ref:to`` when ``to`` is given."""
    sheet[ref] = value
    if to is not None:
        sheet.merge_cells(f"{ref}:{to}")


def _preamble(sheet: Any, title: str, number: int, last: str) -> None:
    """Rows 1–3 of every table: the title over the width, "公开0N表", 编制单位 and 金额单位."""
    _put(sheet, "A1", title, f"{last}1")
    sheet[f"{last}2"] = f"公开0{number}表"
    sheet["A3"] = "编制单位：某某县某某局"
    sheet[f"{last}3"] = "金额单位：万元"


def _rows(sheet: Any, top: int, rows: list[Row]) -> None:
    for r, row in enumerate(rows, top):
        for c, value in enumerate(row, 1):
            if value is None:
                continue
            cell = sheet.cell(r, c, value)
            if isinstance(value, Decimal):
                cell.number_format = "0.00"


def table(text: str, kinds: str) -> list[Row]:
    """Rows typed as the table prints them, one a line, cells between "|": ``kinds`` says what
    each cell is, "t" text (a code stays text, "201"), "n" a whole number (行次), "f" a figure
    (a Decimal, as typed); an empty cell is left empty."""
    rows: list[Row] = []
    for line in text.strip().splitlines():
        cells = [c.strip() for c in line.split("|")]
        assert len(cells) == len(kinds), line
        row: list[Any] = []
        for cell, kind in zip(cells, kinds, strict=True):
            if not cell:
                row.append(None)
            else:
                row.append({"t": str, "n": int, "f": Decimal}[kind](cell))
        rows.append(tuple(row))
    return rows


# 公开01表. 509.30 + 20.00 + 10.00 + 5.00 = 544.30, 544.30 + 0 + 30.00 = 574.30;
# 465.52 + 56.78 = 522.30, 522.30 + 0 + 52.00 = 574.30.
OVERVIEW_ROWS = table(
    """
一、一般公共预算财政拨款收入   | 1  | 509.30 | 一、一般公共服务支出   | 9  | 465.52
二、政府性基金预算财政拨款收入 | 2  | 20.00  | 二、社会保障和就业支出 | 10 | 56.78
三、国有资本经营预算财政拨款收入 | 3 | 0.00  | 三、卫生健康支出       | 11 | 0.00
四、上级补助收入               | 4  | 0.00   | 四、住房保障支出       | 12 | 0.00
五、事业收入                   | 5  | 10.00  | 五、城乡社区支出       | 13 | 0.00
六、经营收入                   | 6  | 0.00   | 六、农林水支出         | 14 | 0.00
七、附属单位上缴收入           | 7  | 0.00   | 七、交通运输支出       | 15 | 0.00
八、其他收入                   | 8  | 5.00   | 八、其他支出           | 16 | 0.00
本年收入合计                   | 17 | 544.30 | 本年支出合计           | 20 | 522.30
使用非财政拨款结余             | 18 | 0.00   | 结余分配               | 21 | 0.00
年初结转和结余                 | 19 | 30.00  | 年末结转和结余         | 22 | 52.00
总计                           | 23 | 574.30 | 总计                   | 24 | 574.30
""",
    "tnftnf",
)

# 公开02表, the full code in one cell. 2010301 + 2010350: 352.18 + 115.34 = 467.52,
# 352.18 + 100.34 = 452.52; 合计 = 201 + 208: 467.52 + 56.78 = 524.30, 452.52 + 56.78 = 509.30;
# along each row: 100.34 + 10.00 + 5.00 = 115.34, 509.30 + 10.00 + 5.00 = 524.30.
INCOME_COLUMNS = ["本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入"]
INCOME_COLUMNS += ["附属单位上缴收入", "其他收入"]
INCOME_ROWS = table(
    """
合计    |                                  | 524.30 | 509.30 | 0.00 | 10.00 | 0.00 | 0.00 | 5.00
201     | 一般公共服务支出                 | 467.52 | 452.52 | 0.00 | 10.00 | 0.00 | 0.00 | 5.00
20103   | 政府办公厅(室)及相关机构事务     | 467.52 | 452.52 | 0.00 | 10.00 | 0.00 | 0.00 | 5.00
2010301 | 行政运行                         | 352.18 | 352.18 | 0.00 | 0.00  | 0.00 | 0.00 | 0.00
2010350 | 事业运行                         | 115.34 | 100.34 | 0.00 | 10.00 | 0.00 | 0.00 | 5.00
208     | 社会保障和就业支出               | 56.78  | 56.78  | 0.00 | 0.00  | 0.00 | 0.00 | 0.00
20805   | 行政事业单位养老支出             | 56.78  | 56.78  | 0.00 | 0.00  | 0.00 | 0.00 | 0.00
2080505 | 机关事业单位基本养老保险缴费支出 | 56.78  | 56.78  | 0.00 | 0.00  | 0.00 | 0.00 | 0.00
""",
    "ttfffffff",
)

# 公开03表. 352.18 + 113.34 = 465.52, 352.18 + 98.34 = 450.52; 465.52 + 56.78 = 522.30,
# 450.52 + 56.78 = 507.30; along each row: 98.34 + 15.00 = 113.34, 507.30 + 15.00 = 522.30.
SPENDING_COLUMNS = ["本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出"]
SPENDING_COLUMNS += ["对附属单位补助支出"]
SPENDING_ROWS = table(
    """
合计    |                                  | 522.30 | 507.30 | 15.00 | 0.00 | 0.00 | 0.00
201     | 一般公共服务支出                 | 465.52 | 450.52 | 15.00 | 0.00 | 0.00 | 0.00
20103   | 政府办公厅(室)及相关机构事务     | 465.52 | 450.52 | 15.00 | 0.00 | 0.00 | 0.00
2010301 | 行政运行                         | 352.18 | 352.18 | 0.00  | 0.00 | 0.00 | 0.00
2010350 | 事业运行                         | 113.34 | 98.34  | 15.00 | 0.00 | 0.00 | 0.00
208     | 社会保障和就业支出               | 56.78  | 56.78  | 0.00  | 0.00 | 0.00 | 0.00
20805   | 行政事业单位养老支出             | 56.78  | 56.78  | 0.00  | 0.00 | 0.00 | 0.00
2080505 | 机关事业单位基本养老保险缴费支出 | 56.78  | 56.78  | 0.00  | 0.00 | 0.00 | 0.00
""",
    "ttffffff",
)

# 公开04表. 收入: 509.30 + 20.00 = 529.30, 529.30 + 30.00 = 559.30. 支出 合计: 465.52 + 56.78
# = 522.30, 522.30 + 37.00 = 559.30; 一般公共预算: 465.52 + 36.78 = 502.30, 502.30 + 37.00 =
# 539.30; along each row: 36.78 + 20.00 = 56.78, 502.30 + 20.00 = 522.30, 539.30 + 20.00 = 559.30.
APPROPRIATION_COLUMNS = ["合计", "一般公共预算财政拨款", "政府性基金预算财政拨款"]
APPROPRIATION_COLUMNS += ["国有资本经营预算财政拨款"]
APPROPRIATION_ROWS = table(
    """
一、一般公共预算财政拨款 | 1 | 509.30 | 一、一般公共服务支出 | 10 | 465.52 | 465.52 | 0.00 | 0.00
二、政府性基金预算财政拨款 | 2 | 20.00 | 二、社会保障和就业支出 | 11 | 56.78 | 36.78 | 20.00 | 0.00
三、国有资本经营预算财政拨款 | 3 | 0.00 | 三、卫生健康支出 | 12 | 0.00 | 0.00 | 0.00 | 0.00
本年收入合计 | 4 | 529.30 | 本年支出合计 | 13 | 522.30 | 502.30 | 20.00 | 0.00
年初财政拨款结转和结余 | 5 | 30.00 | 年末财政拨款结转和结余 | 14 | 37.00 | 37.00 | 0.00 | 0.00
一般公共预算财政拨款 | 6 | 30.00 | | | | | |
政府性基金预算财政拨款 | 7 | 0.00 | | | | | |
国有资本经营预算财政拨款 | 8 | 0.00 | | | | | |
总计 | 9 | 559.30 | 总计 | 15 | 559.30 | 539.30 | 20.00 | 0.00
""",
    "tnftnffff",
)

# 公开05表, the code split over 类 | 款 | 项 as the template prints it. 20103: 352.18 + 45.60 +
# 100.34 = 498.12, 352.18 + 88.34 = 440.52, 45.60 + 12.00 = 57.60; 201: 498.12 + 120.45 =
# 618.57, 440.52 + 120.45 = 560.97; 20805: 56.78 + 22.71 = 79.49; 合计: 618.57 + 79.49 + 30.12
# + 40.05 = 768.23, 560.97 + 79.49 + 30.12 + 40.05 = 710.63, 57.60; along: 710.63 + 57.60 =
# 768.23, 560.97 + 57.60 = 618.57, 88.34 + 12.00 = 100.34. A blank cell is nothing.
GENERAL_ROWS = table(
    """
合计 |    |    |                                  | 768.23 | 710.63 | 57.60
201  |    |    | 一般公共服务支出                 | 618.57 | 560.97 | 57.60
201  | 03 |    | 政府办公厅(室)及相关机构事务     | 498.12 | 440.52 | 57.60
201  | 03 | 01 | 行政运行                         | 352.18 | 352.18 |
201  | 03 | 02 | 一般行政管理事务                 | 45.60  |        | 45.60
201  | 03 | 50 | 事业运行                         | 100.34 | 88.34  | 12.00
201  | 06 |    | 财政事务                         | 120.45 | 120.45 |
201  | 06 | 01 | 行政运行                         | 120.45 | 120.45 |
208  |    |    | 社会保障和就业支出               | 79.49  | 79.49  |
208  | 05 |    | 行政事业单位养老支出             | 79.49  | 79.49  |
208  | 05 | 05 | 机关事业单位基本养老保险缴费支出 | 56.78  | 56.78  |
208  | 05 | 06 | 机关事业单位职业年金缴费支出     | 22.71  | 22.71  |
210  |    |    | 卫生健康支出                     | 30.12  | 30.12  |
210  | 11 |    | 行政事业单位医疗                 | 30.12  | 30.12  |
210  | 11 | 01 | 行政单位医疗                     | 30.12  | 30.12  |
221  |    |    | 住房保障支出                     | 40.05  | 40.05  |
221  | 02 |    | 住房改革支出                     | 40.05  | 40.05  |
221  | 02 | 01 | 住房公积金                       | 40.05  | 40.05  |
""",
    "ttttfff",
)

# 公开06表, 经济分类 split over 类 | 款; 合计 and 其中 人员经费 | 公用经费. 301: 120.00 + 85.50 +
# 10.20 + 56.78 + 3.05 = 275.53; 302: 12.34 + 8.76 + 3.32 + 4.10 + 3.75 = 32.27; 303: 18.60 +
# 0.40 = 19.00; 合计: 275.53 + 32.27 + 19.00 = 326.80, 275.53 + 19.00 = 294.53, 32.27; along:
# 294.53 + 32.27 = 326.80.
BASIC_ROWS = table(
    """
合计 |    |                              | 326.80 | 294.53 | 32.27
301  |    | 工资福利支出                 | 275.53 | 275.53 |
301  | 01 | 基本工资                     | 120.00 | 120.00 |
301  | 02 | 津贴补贴                     | 85.50  | 85.50  |
301  | 03 | 奖金                         | 10.20  | 10.20  |
301  | 08 | 机关事业单位基本养老保险缴费 | 56.78  | 56.78  |
301  | 12 | 其他社会保障缴费             | 3.05   | 3.05   |
302  |    | 商品和服务支出               | 32.27  |        | 32.27
302  | 01 | 办公费                       | 12.34  |        | 12.34
302  | 11 | 差旅费                       | 8.76   |        | 8.76
302  | 17 | 公务接待费                   | 3.32   |        | 3.32
302  | 28 | 工会经费                     | 4.10   |        | 4.10
302  | 31 | 公务用车运行维护费           | 3.75   |        | 3.75
303  |    | 对个人和家庭的补助           | 19.00  | 19.00  |
303  | 02 | 退休费                       | 18.60  | 18.60  |
303  | 09 | 奖励金                       | 0.40   | 0.40   |
""",
    "tttfff",
)

# 公开07表, one row: 预算数 0 + 11.00 + 9.00 = 20.00, 5.00 + 6.00 = 11.00; 决算数 0 + 5.75 +
# 3.32 = 9.07, 2.00 + 3.75 = 5.75.
SANGONG_ROWS = table(
    "20.00 | 0.00 | 11.00 | 5.00 | 6.00 | 9.00 | 9.07 | 0.00 | 5.75 | 2.00 | 3.75 | 3.32", "f" * 12
)

# 公开08表, the full code in one cell. 22960: 0 + 5.00 = 5.00, 20.00 + 10.00 = 30.00, 20.00 +
# 12.50 = 32.50, 0 + 2.50 = 2.50; 合计 = 212 + 229: 0 + 5.00, 15.00 + 30.00 = 45.00, 15.00 +
# 32.50 = 47.50, 0 + 2.50; along (本年支出 小计 = 基本 + 项目): 0 + 32.50 = 32.50.
FUND_ROWS = table(
    """
合计    |                                      | 5.00 | 45.00 | 47.50 | 0.00 | 47.50 | 2.50
212     | 城乡社区支出                         | 0.00 | 15.00 | 15.00 | 0.00 | 15.00 | 0.00
21208   | 国有土地使用权出让收入安排的支出     | 0.00 | 15.00 | 15.00 | 0.00 | 15.00 | 0.00
2120899 | 其他国有土地使用权出让收入安排的支出 | 0.00 | 15.00 | 15.00 | 0.00 | 15.00 | 0.00
229     | 其他支出                             | 5.00 | 30.00 | 32.50 | 0.00 | 32.50 | 2.50
22960   | 彩票公益金安排的支出                 | 5.00 | 30.00 | 32.50 | 0.00 | 32.50 | 2.50
2296002 | 用于社会福利的彩票公益金支出         | 0.00 | 20.00 | 20.00 | 0.00 | 20.00 | 0.00
2296003 | 用于体育事业的彩票公益金支出         | 5.00 | 10.00 | 12.50 | 0.00 | 12.50 | 2.50
""",
    "ttffffff",
)

# 公开09表, split over 类 | 款 | 项. 22301: 8.40 + 3.15 = 11.55; 223: 11.55 + 50.00 = 61.55.
CAPITAL_ROWS = table(
    """
合计 |    |    |                                    | 61.55 | 0.00 | 61.55
223  |    |    | 国有资本经营预算支出               | 61.55 | 0.00 | 61.55
223  | 01 |    | 解决历史遗留问题及改革成本支出     | 11.55 | 0.00 | 11.55
223  | 01 | 05 | 国有企业退休人员社会化管理补助支出 | 8.40  | 0.00 | 8.40
223  | 01 | 99 | 其他解决历史遗留问题及改革成本支出 | 3.15  | 0.00 | 3.15
223  | 02 |    | 国有企业资本金注入                 | 50.00 | 0.00 | 50.00
223  | 02 | 01 | 国有经济结构调整支出               | 50.00 | 0.00 | 50.00
""",
    "ttttfff",
)


def _sides(sheet: Any, title: str, number: int, spending: list[str], rows: list[Row]) -> None:
    """公开01表 and 公开04表: 收入 (项目 | 行次 | 金额) beside 支出 (项目 | 行次 | the columns), a
    栏次 row under the header."""
    last = chr(ord("E") + len(spending))
    _preamble(sheet, title, number, last)
    _put(sheet, "A4", "收入", "C4")
    _put(sheet, "D4", "支出", f"{last}4")
    _rows(sheet, 5, [("项目", "行次", "金额", "项目", "行次", *spending)])
    _rows(sheet, 6, [("栏次", None, 1, "栏次", None, *range(2, len(spending) + 2))])
    _rows(sheet, 7, rows)


def _by_subject(sheet: Any, title: str, number: int, columns: list[str], rows: list[Row]) -> None:
    """公开02表, 公开03表 and 公开08表: 项目 over 科目编码 | 科目名称 (the full code in one cell);
    the columns, a group over some when ``columns`` names it ("本年支出:小计,基本支出,项目支出");
    a 栏次 row and the 合计 row over the code and the name."""
    leaves = [
        c
        for column in columns
        for c in (column.partition(":")[2].split(",") if ":" in column else [column])
    ]
    last = chr(ord("B") + len(leaves))
    _preamble(sheet, title, number, last)
    _put(sheet, "A4", "项目", "B4")
    _rows(sheet, 5, [("科目编码", "科目名称")])
    letter = "C"
    for column in columns:
        group, _, under = column.partition(":")
        if not under:
            _put(sheet, f"{letter}4", group, f"{letter}5")
            letter = chr(ord(letter) + 1)
            continue
        parts = under.split(",")
        end = chr(ord(letter) + len(parts) - 1)
        _put(sheet, f"{letter}4", group, f"{end}4")
        for part in parts:
            sheet[f"{letter}5"] = part
            letter = chr(ord(letter) + 1)
    _put(sheet, "A6", "栏次", "B6")
    _rows(sheet, 6, [(None, None, *range(1, len(leaves) + 1))])
    _rows(sheet, 7, rows)
    sheet.merge_cells("A7:B7")  # 合计 over the code and the name


def _by_split_code(
    sheet: Any, title: str, number: int, group: str, columns: list[str], rows: list[Row]
) -> None:
    """公开05表, 公开06表 and 公开09表: 项目 over 科目编码 (类 | 款 | 项 below it, or 类 | 款) and
    科目名称; ``group`` over the columns ("其中" over the columns after the first when it is
    "决算数:其中"); a 栏次 row and the 合计 row over the code and the name."""
    levels = len(rows[1]) - 1 - len(columns)  # the code's columns: 类 | 款 | 项 or 类 | 款
    name = chr(ord("A") + levels)
    first = chr(ord(name) + 1)
    last = chr(ord(name) + len(columns))
    group, _, inner = group.partition(":")
    _preamble(sheet, title, number, last)
    _put(sheet, "A4", "项目", f"{name}4")
    _put(sheet, f"{first}4", group, f"{last}4")
    _put(sheet, "A5", "科目编码", f"{chr(ord(name) - 1)}5")
    _put(sheet, f"{name}5", "科目名称", f"{name}6")
    for k, level in enumerate("类款项"[:levels]):
        sheet.cell(6, 1 + k, level)
    for k, column in enumerate(columns):
        letter = chr(ord(first) + k)
        if inner and k:
            sheet[f"{letter}6"] = column
        else:
            _put(sheet, f"{letter}5", column, f"{letter}6")
    if inner:
        _put(sheet, f"{chr(ord(first) + 1)}5", inner, f"{last}5")
    _put(sheet, "A7", "栏次", f"{name}7")
    _rows(sheet, 7, [(*[None] * (levels + 1), *range(1, len(columns) + 1))])
    _rows(sheet, 8, rows)
    sheet.merge_cells(f"A8:{name}8")


def _sangong(sheet: Any) -> None:
    """公开07表: 预算数 and 决算数, each 合计 | 因公出国（境）费 | 公务用车购置及运行费 (小计 |
    公务用车购置费 | 公务用车运行费) | 公务接待费; a row of column numbers; one row of figures."""
    _preamble(sheet, T7, 7, "L")
    for start, phase in ((0, "预算数"), (6, "决算数")):
        a = [chr(ord("A") + start + k) for k in range(6)]
        _put(sheet, f"{a[0]}4", phase, f"{a[5]}4")
        _put(sheet, f"{a[0]}5", "合计", f"{a[0]}6")
        _put(sheet, f"{a[1]}5", "因公出国（境）费", f"{a[1]}6")
        _put(sheet, f"{a[2]}5", "公务用车购置及运行费", f"{a[4]}5")
        _put(sheet, f"{a[5]}5", "公务接待费", f"{a[5]}6")
        sheet[f"{a[2]}6"] = "小计"
        sheet[f"{a[3]}6"] = "公务用车购置费"
        sheet[f"{a[4]}6"] = "公务用车运行费"
    _rows(sheet, 7, [tuple(range(1, 13))])
    _rows(sheet, 8, SANGONG_ROWS)


SPLIT_COLUMNS = ["合计", "基本支出", "项目支出"]
WRITERS: dict[str, Callable[[Any], None]] = {
    T1: lambda s: _sides(s, T1, 1, ["金额"], OVERVIEW_ROWS),
    T2: lambda s: _by_subject(s, T2, 2, INCOME_COLUMNS, INCOME_ROWS),
    T3: lambda s: _by_subject(s, T3, 3, SPENDING_COLUMNS, SPENDING_ROWS),
    T4: lambda s: _sides(s, T4, 4, APPROPRIATION_COLUMNS, APPROPRIATION_ROWS),
    T5: lambda s: _by_split_code(s, T5, 5, "本年支出", SPLIT_COLUMNS, GENERAL_ROWS),
    T6: lambda s: _by_split_code(
        s, T6, 6, "决算数:其中", ["合计", "人员经费", "公用经费"], BASIC_ROWS
    ),
    T7: _sangong,
    T8: lambda s: _by_subject(
        s,
        T8,
        8,
        ["年初结转和结余", "本年收入", "本年支出:小计,基本支出,项目支出", "年末结转和结余"],
        FUND_ROWS,
    ),
    T9: lambda s: _by_split_code(s, T9, 9, "本年支出", SPLIT_COLUMNS, CAPITAL_ROWS),
}


def standard_book(
    path: Path, titles: tuple[str, ...] = TITLES, change: dict[str, Any] | None = None
) -> Path:
    """A workbook of the standard tables named, one per sheet, as published; ``change`` types
    another value into cells after the tables are written ({"表名!E12": value})."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title in titles:
        WRITERS[title](book.create_sheet(title))
    for ref, value in (change or {}).items():
        sheet_name, _, cell = ref.partition("!")
        book[sheet_name][cell] = value
        book[sheet_name][cell].number_format = "0.00"
    book.save(path)
    return path


def errors(path: Path) -> list[tuple[str, str | None, str | None, str]]:
    """(code, printed, computed, place) of each error of the workbook, as 决算.xlsx."""
    return [
        (f.code, f.printed, f.computed, str(f.location).partition(":")[2])
        for f in audit_file(path, name="决算.xlsx").findings
        if f.severity is Severity.ERROR
    ]


def _claims_by_sheet(path: Path) -> dict[str, int]:
    """How many claims the audit checked in each sheet."""
    document = read_document(path)
    audit = audit_text(document.text)
    out: dict[str, int] = {}
    for claim in audit.claims:
        place = document.locate(claim.original_span[0]).place or ""
        sheet = place.rpartition("!")[0].strip("'")
        out[sheet] = out.get(sheet, 0) + 1
    return out


def test_the_nine_standard_tables_that_add_up_are_clean(tmp_path: Path) -> None:
    path = standard_book(tmp_path / "决算.xlsx")
    assert audit_file(path).findings == ()
    result = check_file(str(path))
    assert (result.kind, result.checked, result.findings) == (FileKind.XLSX_TABLES, True, ())
    # every table's totals were read: none is clean only because nothing in it was checked
    checked = _claims_by_sheet(path)
    assert sorted(checked) == sorted(TITLES)
    # 公开05表: 合计 = Σ 类 in 3 columns, 类 = Σ 款 and 款 = Σ 项 in each printed cell (12 totals
    # over their parts, 20 cells), and the rows along (合计 = 基本 + 项目) where both are printed
    assert checked[T5] >= 3 + 20


# (sheet, cell, typed instead, expected error: code, printed, computed, place)
ONE_WRONG_FIGURE = [
    # 二、社会保障和就业支出 56.78 → 65.78: 本年支出合计 is no longer the sum of 一 … 八
    (T1, "F8", "65.78", ("arithmetic.breakdown-sum", "522.30", "531.30", f"{T1}!D15")),
    # 20103's 本年收入合计 467.52 → 476.52: neither its 项 rows nor its row add up to it
    (T2, "C9", "476.52", ("arithmetic.code-hierarchy", "476.52", "467.52", f"{T2}!C9")),
    (T3, "C9", "456.52", ("arithmetic.code-hierarchy", "456.52", "465.52", f"{T3}!C9")),
    # 本年支出合计's 合计 522.30 → 522.03: neither 一 + 二 + 三 nor its row add up to it
    (T4, "F10", "522.03", ("arithmetic.breakdown-sum", "522.03", "522.30", f"{T4}!D10")),
    # 20103's 合计 498.12 → 489.12
    (T5, "E10", "489.12", ("arithmetic.code-hierarchy", "489.12", "498.12", f"{T5}!E10")),
    # 302 商品和服务支出's 合计 32.27 → 32.72
    (T6, "D15", "32.72", ("arithmetic.code-hierarchy", "32.72", "32.27", f"{T6}!D15")),
    # 公务接待费 决算数 3.32 → 3.50: the 决算数 合计 is no longer 0 + 5.75 + 3.50
    (T7, "L8", "3.50", ("arithmetic.breakdown-sum", "9.07", "9.25", f"'{T7}'!G8")),
    # 22960's 本年支出 小计 32.50 → 33.50
    (T8, "E12", "33.50", ("arithmetic.code-hierarchy", "33.50", "32.50", f"{T8}!E12")),
    # 22301's 合计 11.55 → 15.15
    (T9, "E10", "15.15", ("arithmetic.code-hierarchy", "15.15", "11.55", f"{T9}!E10")),
]


@pytest.mark.parametrize(("sheet", "cell", "typed", "expected"), ONE_WRONG_FIGURE)
def test_one_wrong_figure_in_a_standard_table_is_the_one_error_at_its_cell(
    tmp_path: Path, sheet: str, cell: str, typed: str, expected: tuple[str, ...]
) -> None:
    path = standard_book(tmp_path / "决算.xlsx", change={f"{sheet}!{cell}": D(typed)})
    assert errors(path) == [expected]


def test_a_total_row_is_the_sum_of_its_class_rows_with_the_rows_named(tmp_path: Path) -> None:
    # 公开05表's 合计 (E8) 768.23 → 768.32: the 类 rows add up to 618.57 + 79.49 + 30.12 + 40.05
    # = 768.23; the bottom-right total of its row (710.63 + 57.60) too, and it is one error
    path = standard_book(tmp_path / "决算.xlsx", (T5,), {f"{T5}!E8": D("768.32")})
    (finding,) = audit_file(path).findings
    assert (finding.code, str(finding.location)) == (
        "arithmetic.code-hierarchy",
        f"{path}:{T5}!E8",
    )
    assert finding.message_en == (
        "the total row 合计 (column 合计) is printed as 768.32, but its 类 rows add up to "
        "768.23: [201]一般公共服务支出 618.57 + [208]社会保障和就业支出 79.49 + "
        "[210]卫生健康支出 30.12 + [221]住房保障支出 40.05"
    )
    assert finding.message_zh == (
        "合计行合计（合计栏）印为768.32，但其下类级科目之和为768.23：[201]一般公共服务支出618.57"
        " + [208]社会保障和就业支出79.49 + [210]卫生健康支出30.12 + [221]住房保障支出40.05"
    )


def test_a_class_with_one_part_must_equal_it(tmp_path: Path) -> None:
    # 2010601 行政运行 (E15) 120.45 → 102.45: 20106 财政事务 (E14), its only 项, is 120.45
    path = standard_book(tmp_path / "决算.xlsx", (T5,), {f"{T5}!E15": D("102.45")})
    assert errors(path) == [("arithmetic.code-hierarchy", "120.45", "102.45", f"{T5}!E14")]
    (finding,) = audit_file(path).findings
    assert finding.message_en == (
        "the 款 row [20106]财政事务 (column 合计) is printed as 120.45, but its 项 rows add up "
        "to 102.45: [2010601]行政运行 102.45"
    )


def test_a_blank_part_is_nothing_and_a_blank_total_is_not_checked(tmp_path: Path) -> None:
    # 公开06表: 302's 人员经费 is blank and so are its 款 rows'; a 款's 公用经费 typed into the
    # blank 人员经费 cell of 301's 30101 (E10) makes 301's 人员经费 (E9) 275.53 short of it
    path = standard_book(tmp_path / "决算.xlsx", (T6,), {f"{T6}!E10": D("130.00")})
    # 275.53 − 120.00 + 130.00 = 285.53; 30101's own row (120.00 = 130.00 + blank) is no
    # breakdown (a part larger than its total), so the one error is 301's
    assert errors(path) == [("arithmetic.code-hierarchy", "275.53", "285.53", f"{T6}!E9")]


def test_a_cell_that_is_a_total_both_ways_is_one_claim(tmp_path: Path) -> None:
    # 公开04表's 总计 合计 (F15) 559.30 → 595.30: it is 年末 + 本年支出合计 down its column and
    # 一般公共预算 + 政府性基金 + 国有资本经营 along its row; both disagree, and it is one error
    path = standard_book(tmp_path / "决算.xlsx", (T4,), {f"{T4}!F15": D("595.30")})
    assert errors(path) == [("arithmetic.breakdown-sum", "595.30", "559.30", f"{T4}!D15")]
    document = read_document(path)
    at = [
        c
        for c in audit_text(document.text).claims
        if document.locate(c.original_span[0]).place == f"{T4}!F15"
    ]
    assert [(c.kind, c.claim.printed.q.text) for c in at] == [("sum", "595.30")]


def test_codes_split_over_class_section_and_item_columns_are_one_label(tmp_path: Path) -> None:
    lines = read_document(standard_book(tmp_path / "决算.xlsx", (T5, T6))).text.splitlines()
    assert "[201]一般公共服务支出 | 618.57 | 560.97 | 57.60 |" in lines
    assert "[20103]政府办公厅(室)及相关机构事务 | 498.12 | 440.52 | 57.60 |" in lines
    # 12 typed as a number under "0.00" is shown, and read, as Excel prints it: 12.00
    assert "[2010350]事业运行 | 100.34 | 88.34 | 12.00 |" in lines
    assert "[30217]公务接待费 | 3.32 |  | 3.32 |" in lines  # 经济分类: 类 | 款


def test_the_wide_sangong_table_is_read_turned(tmp_path: Path) -> None:
    # 公开07表 prints its figures in one row under 预算数 and 决算数: read as a column each
    document = read_document(standard_book(tmp_path / "决算.xlsx", (T7,)))
    lines = document.text.splitlines()
    at = lines.index("项目 | 预算数 | 决算数 |")
    # whole numbers typed under "0.00" read as Excel shows them (20 → 20.00)
    assert lines[at : at + 7] == [
        "项目 | 预算数 | 决算数 |",
        "合计 | 20.00 | 9.07 |",
        "因公出国（境）费 | 0.00 | 0.00 |",
        "公务用车购置及运行费 | 11.00 | 5.75 |",  # the 小计 column, named by the header above it
        "公务用车购置费 | 5.00 | 2.00 |",
        "公务用车运行费 | 6.00 | 3.75 |",
        "公务接待费 | 9.00 | 3.32 |",
    ]
    figure = document.text.index("9.07")
    assert document.locate(figure).place == f"'{T7}'!G8"


def test_a_workbook_given_as_bytes_reads_and_checks_as_its_file(tmp_path: Path) -> None:
    path = standard_book(tmp_path / "决算.xlsx", (T5,), {f"{T5}!E10": D("489.12")})
    data = path.read_bytes()
    assert read_xlsx_tables(data, file="决算.xlsx").text == read_document(path).text
    on_disk = check_file(str(path))
    given = check_file("决算.xlsx", data=data)
    assert (given.kind, given.checked) == (FileKind.XLSX_TABLES, True)
    assert [(f.code, f.printed, str(f.location)) for f in given.findings] == [
        ("arithmetic.code-hierarchy", "489.12", f"决算.xlsx:{T5}!E10")
    ]
    assert [f.code for f in on_disk.findings] == [f.code for f in given.findings]


def test_a_code_printed_only_at_its_own_level_takes_the_levels_above_it(tmp_path: Path) -> None:
    # 公开05表 typed by hand: a 款 row prints only its 款 ("", "03"), a 项 row only its 项
    # ("", "", "01"); each is the code of the row above it completed
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = T5
    _by_split_code(
        sheet, T5, 5, "本年支出", SPLIT_COLUMNS, [_own_level(row) for row in GENERAL_ROWS]
    )
    path = tmp_path / "决算.xlsx"
    book.save(path)
    lines = read_document(path).text.splitlines()
    assert "[20103]政府办公厅(室)及相关机构事务 | 498.12 | 440.52 | 57.60 |" in lines
    assert "[2010301]行政运行 | 352.18 | 352.18 |  |" in lines
    assert "[2210201]住房公积金 | 40.05 | 40.05 |  |" in lines
    assert audit_file(path).findings == ()
    sheet = openpyxl.load_workbook(path)[T5]
    sheet["E10"] = D("489.12")  # 20103's 合计, as in the standard table
    sheet["E10"].number_format = "0.00"
    sheet.parent.save(path)
    assert errors(path) == [("arithmetic.code-hierarchy", "489.12", "498.12", f"{T5}!E10")]


def _own_level(row: Row) -> Row:
    """A row of 公开05表 with only the last printed piece of its code: ("201", "03", "01", …)
    → (None, None, "01", …); a 类 row and the 合计 row as they are."""
    pieces = [p for p in row[:3] if p]
    if len(pieces) < 2:
        return row
    last = len(pieces) - 1
    return (*[None] * last, pieces[-1], *[None] * (2 - last), *row[3:])
