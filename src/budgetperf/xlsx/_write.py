"""Writing scored forms to a workbook (private; see :mod:`budgetperf.xlsx`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from budgetperf.forms import Form, FormKind
from budgetperf.scoring import FormScore, ScoreStatus

__all__ = ["LAYOUTS", "write_book"]

#: The layouts :func:`write_book` writes: the central templates (项目支出 / 部门整体支出绩效自评表,
#: 财预〔2020〕10号) and the 四川 one (预算执行情况 10 分 + 绩效指标 90 分).
LAYOUTS = ("central", "sichuan")

#: Text that a spreadsheet would take for a formula (= + - @) is written as text, never as one.
_FORMULA_START = ("=", "+", "-", "@")
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")

LEGEND = "Δ = 印刷得分 − 规则得分（正数：印刷得分高于规则得分）"
_RULE, _DELTA, _WHY = "规则得分", "Δ（印刷−规则）", "说明"


def _d(value: Decimal | None) -> str | None:
    return None if value is None else f"{value:f}"


class _Sheet:
    def __init__(self, sheet: Any) -> None:
        self.sheet = sheet

    def put(self, row: int, column: int, text: str | None, *, bold: bool = False) -> None:
        """Write ``text`` as a text cell: never a formula, whatever it starts with."""
        if text is None or text == "":
            return
        cell = self.sheet.cell(row=row, column=column)
        cell.value = _ILLEGAL.sub("\ufffd", text)
        cell.data_type = "s"  # "=1+2", "+86…", "-5", "@x" stay text (formula injection)
        if bold:
            from openpyxl.styles import Font

            cell.font = Font(bold=True)

    def merge(self, row1: int, column1: int, row2: int, column2: int) -> None:
        if (row1, column1) != (row2, column2):
            self.sheet.merge_cells(
                start_row=row1, start_column=column1, end_row=row2, end_column=column2
            )


def _level1_text(form: Form, name: str) -> str | None:
    weight = form.level1_weights.get(name)
    if weight is None:
        return name or None
    return f"{name}（{weight:f}分）"


def write_book(results: Sequence[FormScore], path: str, layout: str | None) -> None:
    from openpyxl import Workbook

    book = Workbook()
    first = book.active
    for index, result in enumerate(results):
        sheet = first if index == 0 else book.create_sheet()
        sheet.title = f"自评表{index + 1}" if len(results) > 1 else "自评表"
        chosen = layout or ("sichuan" if "sichuan" in result.profile else "central")
        _write_form(_Sheet(sheet), result, chosen)
    book.save(path)


def _write_form(out: _Sheet, result: FormScore, layout: str) -> None:
    form = result.form
    sichuan = layout == "sichuan"
    department = form.kind is FormKind.DEPARTMENT
    last = 11 if sichuan else 9  # the last column of the form; the scored columns follow
    rule, delta, why = last + 1, last + 2, last + 3
    sheet = out.sheet
    widths = (8, 14, 14, 24, 14, 14, 10, 10, 18, 10, 10, 12)
    for column, width in zip("ABCDEFGHIJKL", widths, strict=True):
        sheet.column_dimensions[column].width = width
    sheet.column_dimensions[_col(why)].width = 60

    title = form.table or ("部门整体支出绩效自评表" if department else "项目支出绩效自评表")
    out.put(1, 1, title, bold=True)
    out.merge(1, 1, 1, last)
    row = 2
    if form.year is not None:
        out.put(row, 1, f"（{form.year}年度）")
        out.merge(row, 1, row, last)
        row += 1
    if department:
        out.put(row, 1, "部门（单位）名称")
        out.merge(row, 1, row, 2)
        out.put(row, 3, form.body)
        out.merge(row, 3, row, last)
        row += 1
    else:
        out.put(row, 1, "项目名称")
        out.merge(row, 1, row, 2)
        out.put(row, 3, form.project)
        out.merge(row, 3, row, last)
        row += 1
        out.put(row, 1, "主管部门")
        out.merge(row, 1, row, 2)
        out.merge(row, 3, row, 5)
        out.put(row, 6, "实施单位")
        out.put(row, 7, form.body)
        out.merge(row, 7, row, last)
        row += 1

    # 项目资金 / 预算执行情况
    unit = form.unit.value
    words: tuple[str, ...] = (
        ("年初预算", "调整后预算数", "预算执行数", "权重", "预算执行率", "得分")
        if sichuan
        else ("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")
    )
    header = row
    out.put(header, 1, "预算执行情况（10分）" if sichuan else f"项目资金（{unit}）")
    if sichuan:
        out.put(header, 2, f"年度预算数（{unit}）")
    for offset, word in enumerate(words):
        out.put(header, 3 + offset, word, bold=True)
    out.put(header, rule, _RULE, bold=True)
    out.put(header, delta, _DELTA, bold=True)
    out.put(header, why, _WHY, bold=True)
    execution = result.execution
    for index, line in enumerate(form.funds):
        row += 1
        out.put(row, 2, line.label)
        values = (line.initial, line.adjusted, line.executed, line.weight, line.rate, line.score)
        for offset, value in enumerate(values):
            text = _d(value)
            if offset == 4 and text is not None:
                text += "%"
            out.put(row, 3 + offset, text)
        if index == 0 and execution is not None:
            out.put(row, rule, _d(execution.score))
            out.put(row, delta, _d(execution.difference))
            out.put(row, why, execution.explanation)
    out.merge(header, 1, max(row, header), 1)
    row += 1

    # 年度总体目标
    goals = form.extras.get("goals")
    goals = goals if isinstance(goals, dict) else {}
    middle = 5 if not sichuan else 7
    out.put(row, 1, "年度总体目标")
    out.merge(row, 1, row + 1, 1)
    out.put(row, 2, "预期目标")
    out.merge(row, 2, row, middle)
    out.put(row, middle + 1, "实际完成情况")
    out.merge(row, middle + 1, row, last)
    row += 1
    out.put(row, 2, _text(goals.get("expected")))
    out.merge(row, 2, row, middle)
    out.put(row, middle + 1, _text(goals.get("achieved")))
    out.merge(row, middle + 1, row, last)
    row += 1

    # 绩效指标
    if sichuan:
        words = (
            "一级指标",
            "二级指标",
            "三级指标",
            "指标性质",
            "指标值",
            "度量单位",
            "完成值",
            "权重",
            "得分",
            "未完成原因分析",
        )
        columns = {"target": 6, "actual": 8, "weight": 9, "score": 10, "note": 11}
    else:
        words = (
            "一级指标",
            "二级指标",
            "三级指标",
            "年度指标值",
            "实际完成值",
            "分值",
            "得分",
            "偏差原因分析及改进措施",
        )
        columns = {"target": 5, "actual": 6, "weight": 7, "score": 8, "note": 9}
    anchor = row
    out.put(anchor, 1, "绩效指标（90分）" if sichuan else "绩效指标")
    for offset, word in enumerate(words):
        out.put(anchor, 2 + offset, word, bold=True)
    out.put(anchor, rule, _RULE, bold=True)
    out.put(anchor, delta, _DELTA, bold=True)
    out.put(anchor, why, _WHY, bold=True)
    runs1: list[tuple[int, int]] = []
    runs2: list[tuple[int, int]] = []
    previous: tuple[str, str] | None = None
    for scored in result.indicators:
        row += 1
        indicator = scored.indicator
        key = (indicator.level1, indicator.level2)
        if previous is not None and previous[0] == key[0]:
            runs1[-1] = (runs1[-1][0], row)
            if previous[1] == key[1]:
                runs2[-1] = (runs2[-1][0], row)
            else:
                runs2.append((row, row))
                out.put(row, 3, indicator.level2)
        else:
            runs1.append((row, row))
            runs2.append((row, row))
            out.put(row, 2, _level1_text(form, indicator.level1))
            out.put(row, 3, indicator.level2)
        previous = key
        out.put(row, 4, indicator.name)
        out.put(row, columns["target"], _value(indicator.target))
        out.put(row, columns["actual"], _value(indicator.actual))
        out.put(row, columns["weight"], _d(indicator.weight))
        out.put(row, columns["score"], _d(indicator.printed_score))
        out.put(row, columns["note"], indicator.note)
        used = scored.status == ScoreStatus.PRINTED_USED
        score = _d(scored.score)
        out.put(row, rule, None if score is None else score + ("*" if used else ""))
        out.put(row, delta, _d(scored.difference))
        out.put(row, why, "；".join([scored.explanation, *scored.notes]))
    for start, end in runs1:
        out.merge(start, 2, end, 2)
    for start, end in runs2:
        out.merge(start, 3, end, 3)
    out.merge(anchor, 1, max(row, anchor), 1)
    row += 1

    # 总分
    out.put(row, 1, "合计" if sichuan else "总分", bold=True)
    out.merge(row, 1, row, columns["weight"] - 1)
    out.put(row, columns["weight"], _d(form.total_weight))
    out.put(row, columns["score"], _d(form.total_score))
    if form.grade:
        out.put(row, columns["note"], f"等级：{form.grade}")
    out.put(row, rule, _d(result.total))
    if result.total is not None and form.total_score is not None:
        difference = form.total_score - result.total
        out.put(row, delta, _d(difference) if difference else None)
    out.put(row, why, result.verdict)

    # 评分汇总: beside the form's own cells, never inside them
    row += 2
    out.put(row, 1, f"评分汇总（budgetperf 按 {result.profile} 规则计算）", bold=True)
    out.merge(row, 1, row, last)
    row += 1
    for offset, word in enumerate(("一级指标", "分值", "印刷得分", _RULE, _DELTA)):
        out.put(row, 2 + offset, word, bold=True)
    for level in result.level1:
        row += 1
        out.put(row, 2, level.name)
        out.put(row, 3, _d(level.weight))
        out.put(row, 4, _d(level.printed))
        out.put(row, 5, _d(level.score))
        if level.printed is not None and level.score is not None:
            difference = level.printed - level.score
            out.put(row, 6, _d(difference) if difference else None)
    for label, text in (
        ("规则总分", _d(result.total)),
        ("印刷总分", _d(result.printed_total)),
        ("规则等级", result.grade),
        ("印刷等级", result.printed_grade),
        ("结论", result.verdict),
        ("图例", LEGEND),
        ("", "规则得分后带 * 者：规则无法判定，沿用印刷得分（见说明）"),
    ):
        row += 1
        out.put(row, 2, label or None)
        out.put(row, 3, text or "—")
        out.merge(row, 3, row, last)
    for note in result.notes:
        row += 1
        out.put(row, 2, "备注")
        out.put(row, 3, note)
        out.merge(row, 3, row, last)


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _value(value: Any) -> str | None:
    return None if value is None else str(value.text)


def _col(number: int) -> str:
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
