"""Consistency checks of a self-evaluation form: every arithmetic and rule inconsistency.

:func:`check_form` scores the form under a profile (:func:`budgetperf.scoring.score_form`) and
compares every printed figure with what it should be, at the printed precision:

* weights add up per 一级 and in total (``structure.weights``); a score is never above its
  weight (``rules.score-above-weight``);
* the printed total is the sum of the printed scores (``arithmetic.total-score``); the printed
  grade is the grade of the printed total (``rules.grade``);
* the printed 执行率 is 执行数 / 全年预算数 (``arithmetic.execution-rate``) and its score is the
  rule's (``rules.execution-score``);
* each printed score is the rule's (``rules.score-differs``; a warning that quotes the note
  when the row explains a deduction, an error otherwise);
* targets and actuals are in compatible units (``units.incompatible``);
* fund rows: 其中 rows do not exceed the total and the income/expenditure breakdowns add up
  (``arithmetic.funds``);
* cells that a check needs are not blank (``structure.blank-cell``), and cells that could not be
  read are reported (``structure.unreadable-cell``); a table without weights cannot be checked
  against the rules (``structure.no-weights``).

>>> from budgetperf.forms import read_form
>>> for f in check_form(read_form("examples/forms/junshan-2023-department.json")):
...     print(f.code, f.severity.value, f.location.field, f.printed, f.computed)
units.assumed-unit info $.indicators[2].actual None None
rules.score-differs warning $.indicators[8].score 9.4 10.00
"""

from __future__ import annotations

from decimal import Decimal

from budgetperf._decimal import CTX, exponent
from budgetperf.audit import Finding, Severity, agrees, sum_agrees
from budgetperf.errors import Location, WrongTypeError
from budgetperf.exact import MAX_EXPONENT, exact_sum, round_to, to_decimal
from budgetperf.forms import Form, FundsLine, located
from budgetperf.indicators import Indicator
from budgetperf.profiles import Profile, get_profile, load_profile, normalise_grade
from budgetperf.scoring import FormScore, IndicatorResult, ScoreMatch, match_score, score_form
from budgetperf.values import AlignmentStatus, align

__all__ = ["check_form"]

E, W, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO

_NO_DEVIATION = {"", "无", "无偏差", "/", "—", "-"}


def _finding(
    code: str,
    severity: Severity,
    where: Location | None,
    en: str,
    zh: str,
    *,
    printed: object = None,
    computed: object = None,
) -> Finding:
    return Finding(
        code,
        severity,
        where or Location(),
        en,
        zh,
        printed=None if printed is None else str(printed),
        computed=None if computed is None else str(computed),
    )


def _indicator_findings(result: IndicatorResult, unread: set[str], places: int) -> list[Finding]:
    """Findings of one indicator row; ``unread`` holds the JSON paths of unreadable cells."""
    found: list[Finding] = []
    indicator = result.indicator
    where = indicator.location
    field = where.field if where is not None else None

    def at(name: str) -> Location:
        return Location(
            file=where.file if where else None,
            row=where.row if where else None,
            field=f"{field}.{name}" if field else name,
        )

    label = _label(indicator)
    weight, printed = indicator.weight, result.printed
    if weight is not None and printed is not None and printed > weight:
        found.append(
            _finding(
                "rules.score-above-weight",
                E,
                at("score"),
                f"{label}: the score {printed} is above the weight {weight}",
                f"{label}：得分{printed}超过分值{weight}",
                printed=printed,
                computed=weight,
            )
        )
    target, actual = indicator.target, indicator.actual
    if target is not None and actual is not None and target.numeric and actual.numeric:
        aligned = align(target, actual)
        if aligned.status is AlignmentStatus.INCOMPATIBLE:
            found.append(
                _finding(
                    "units.incompatible",
                    E,
                    at("actual"),
                    f"{label}: {aligned.reason}",
                    f"{label}：指标值“{target.text}”与完成值“{actual.text}”单位不一致",
                    printed=actual.text,
                    computed=target.text,
                )
            )
        elif aligned.status is AlignmentStatus.ASSUMED_UNIT:
            bare = "target" if target.unit == "" else "actual"
            bare_value, other = (target, actual) if bare == "target" else (actual, target)
            found.append(
                _finding(
                    "units.assumed-unit",
                    INFO,
                    at(bare),
                    f"{label}: {aligned.reason}",
                    f"{label}：“{bare_value.text}”未写单位，按{other.printed_unit}读取",
                )
            )
    labels = {"target": "年度指标值", "actual": "实际完成值", "score": "得分"}
    cells: list[tuple[str, object]] = [("target", target), ("actual", actual)]
    if weight is not None:
        cells.append(("score", printed))
    for name, value in cells:
        if value is None and f"{field}.{name}" not in unread:
            found.append(
                _finding(
                    "structure.blank-cell",
                    W,
                    at(name),
                    f"{label}: no {name} printed",
                    f"{label}：{labels[name]}为空",
                )
            )
    match = (
        match_score(printed, result.score, places)
        if result.status == "scored" and result.score is not None and printed is not None
        else ScoreMatch.AGREES
    )
    if match is not ScoreMatch.AGREES:
        assert printed is not None
        assert result.score is not None
        note = (indicator.note or "").strip()
        judged = note not in _NO_DEVIATION
        how = result.rule.explanation if result.rule else ""
        en = f"{label}: printed {printed}, the rule gives {result.score} ({how})"
        zh = f"{label}：得分{printed}，按规则应为{result.score}"
        if match is ScoreMatch.COARSER:
            en += _coarser_en(printed, places)
            zh += _coarser_zh(printed, places)
        if judged:
            en += f"; the row's note: {note}"
            zh += f"；偏差说明：{note}"
        found.append(
            _finding(
                "rules.score-differs",
                W if judged else E,
                at("score"),
                en,
                zh,
                printed=printed,
                computed=result.score,
            )
        )
    return found


def _coarser_en(printed: Decimal, places: int) -> str:
    shown = max(0, -exponent(printed))
    how = "whole points" if shown == 0 else f"{shown} decimal{'s' if shown > 1 else ''}"
    return f"; printed to {how}, the profile rounds to {places} decimals"


def _coarser_zh(printed: Decimal, places: int) -> str:
    shown = max(0, -exponent(printed))
    how = "整数" if shown == 0 else f"{shown}位小数"
    return f"；得分印为{how}，评分规则保留{places}位小数"


def _execution_findings(result: FormScore, places: int) -> list[Finding]:
    execution = result.execution
    if execution is None:
        return []
    line = execution.line
    found: list[Finding] = []
    where = line.location
    if not execution.in_total:
        stated = execution.explanation.split(", reported", 1)[0]
        found.append(
            _finding(
                "structure.execution-not-in-total",
                INFO,
                _field(where, "rate"),
                execution.explanation,
                f"{stated}；指标分值合计已满，执行率只列示、不计入总分",
            )
        )
    if (
        line.rate is not None
        and line.executed is not None
        and line.adjusted is not None
        and not line.adjusted.is_zero()
    ):
        rate = CTX.divide(CTX.multiply(line.executed, Decimal(100)), line.adjusted)
        if exponent(rate) < -MAX_EXPONENT:  # 2 / 3 to 34 digits: more decimals than agrees reads
            rate = round_to(rate, MAX_EXPONENT)
        if not agrees(line.rate, rate):
            found.append(
                _finding(
                    "arithmetic.execution-rate",
                    E,
                    _field(where, "rate"),
                    f"执行率 printed {line.rate}%, "
                    f"but {line.executed} / {line.adjusted} is {rate:.2f}%",
                    f"执行率印为{line.rate}%，{line.executed}/{line.adjusted}应为{rate:.2f}%",
                    printed=f"{line.rate}%",
                    computed=f"{rate:.2f}%",
                )
            )
    match = (
        match_score(execution.printed, execution.score, places)
        if execution.score is not None and execution.printed is not None
        else ScoreMatch.AGREES
    )
    if match is not ScoreMatch.AGREES:
        assert execution.printed is not None
        assert execution.score is not None
        coarser = match is ScoreMatch.COARSER
        found.append(
            _finding(
                "rules.execution-score",
                E,
                _field(where, "score"),
                f"执行率得分 printed {execution.printed}, "
                f"the rule gives {execution.score} ({execution.explanation})"
                + (_coarser_en(execution.printed, places) if coarser else ""),
                f"执行率得分印为{execution.printed}，按规则应为{execution.score}"
                + (_coarser_zh(execution.printed, places) if coarser else ""),
                printed=execution.printed,
                computed=execution.score,
            )
        )
    return found


def _field(where: Location | None, name: str) -> Location:
    if where is None:
        return Location(field=name)
    return Location(file=where.file, row=where.row, field=f"{where.field}.{name}")


def _funds_findings(form: Form) -> list[Finding]:
    found: list[Finding] = []
    if len(form.funds) > 1:
        total, parts = form.funds[0], form.funds[1:]
        for column in ("initial", "adjusted", "executed"):
            whole = getattr(total, column)
            values = [getattr(p, column) for p in parts if getattr(p, column) is not None]
            if whole is None or not values:
                continue
            for part in parts:
                value = getattr(part, column)
                if value is not None and value > whole:
                    found.append(
                        _finding(
                            "arithmetic.funds",
                            E,
                            _field(part.location, column),
                            f"{part.label} {value} is more than the total {whole}",
                            f"{part.label}{value}大于合计{whole}",
                            printed=value,
                            computed=whole,
                        )
                    )
            if len(values) == len(parts) and not sum_agrees(whole, values):
                found.append(_funds_sum(total, column, whole, values, [p.label for p in parts]))
    found.extend(_breakdowns(form))
    return found


def _funds_sum(
    total: FundsLine, column: str, whole: Decimal, values: list[Decimal], labels: list[str]
) -> Finding:
    computed = exact_sum(values)
    return _finding(
        "arithmetic.funds",
        E,
        _field(total.location, column),
        f"{total.label} {whole} is not the sum of {', '.join(labels)} ({computed})",
        f"{total.label}{whole}不等于{'、'.join(labels)}之和{computed}",
        printed=whole,
        computed=computed,
    )


def _number(text: object) -> Decimal | None:
    if not isinstance(text, str) or not text.strip() or text.strip() in _NO_DEVIATION:
        return None
    cleaned = text.strip().removesuffix("万元").removesuffix("元")
    try:
        return to_decimal(cleaned)
    except ValueError:
        return None


# (block, total key or None for the form's executed total, part keys)
_BREAKDOWNS: list[tuple[str, str | None, str | None, tuple[str, ...]]] = [
    ("funds_breakdown", "by_income", None, ()),
    ("funds_breakdown", "by_expenditure", None, ()),
    (
        "income",
        None,
        "收入合计",
        ("上年结转", "公共财政拨款", "政府基金拨款", "纳入专户管理的非税收入拨款", "其他收入"),
    ),
    ("expenditure", None, "支出合计", ("基本支出", "项目支出")),
    ("expenditure", None, "基本支出", ("人员支出", "公用支出")),
    ("spending_detail", None, "支出合计", ()),
]


def _breakdowns(form: Form) -> list[Finding]:
    found: list[Finding] = []
    executed = form.execution.executed if form.execution is not None else None
    for block, sub, total_key, part_keys in _BREAKDOWNS:
        data = form.extras.get(block)
        if not isinstance(data, dict):
            continue
        path = f"$.{block}"
        if sub is not None:
            data = data.get(sub)
            path += f".{sub}"
            if not isinstance(data, dict):
                continue
        if total_key is None:
            whole = executed
            keys = list(data)
        else:
            whole = _number(data.get(total_key))
            keys = list(part_keys) or [k for k in data if k != total_key]
        values = [v for v in (_number(data.get(k)) for k in keys) if v is not None]
        if whole is None or not values:
            continue
        if not sum_agrees(whole, values):
            computed = exact_sum(values)
            label = total_key or "全年执行数"
            found.append(
                _finding(
                    "arithmetic.funds",
                    E,
                    Location(file=form.source, field=f"{path}"),
                    f"{label} {whole} is not the sum of {', '.join(keys)} ({computed})",
                    f"{label}{whole}不等于{'、'.join(keys)}之和{computed}",
                    printed=whole,
                    computed=computed,
                )
            )
    return found


def _total_findings(result: FormScore, profile: Profile) -> list[Finding]:
    form = result.form
    found: list[Finding] = []
    printed_scores: list[Decimal | None] = [r.printed for r in result.indicators]
    execution = result.execution
    if execution is not None and profile.total_includes_execution and execution.in_total:
        printed_scores.append(execution.printed)
    if (
        form.total_score is not None
        and printed_scores
        and all(s is not None for s in printed_scores)
    ):
        parts = [s for s in printed_scores if s is not None]
        computed = exact_sum(parts)
        if not agrees(form.total_score, computed):
            found.append(
                _finding(
                    "arithmetic.total-score",
                    E,
                    Location(file=form.source, field="$.total.score"),
                    f"the total {form.total_score} is not the sum of the printed scores "
                    f"({computed})",
                    f"总分{form.total_score}不等于各项得分之和{computed}",
                    printed=form.total_score,
                    computed=computed,
                )
            )
    if form.grade and form.total_score is not None:
        try:
            expected: str | None = profile.grade(form.total_score)
        except ValueError:
            expected = None
        try:
            mismatch = expected is not None and normalise_grade(form.grade) != normalise_grade(
                expected
            )
        except ValueError:
            mismatch = False
        if mismatch:
            found.append(
                _finding(
                    "rules.grade",
                    E,
                    Location(file=form.source, field="$.total.grade"),
                    f"grade {form.grade} does not match the total {form.total_score} ({expected})",
                    f"等级“{form.grade}”与总分{form.total_score}不符（应为{expected}）",
                    printed=form.grade,
                    computed=expected,
                )
            )
    return found


def _label(indicator: Indicator) -> str:
    """The indicator's name for messages, or where it is when it has none."""
    if indicator.name.strip():
        return indicator.name
    where = indicator.location
    row = f" in row {where.row}" if where is not None and where.row is not None else ""
    return f"(the indicator without a name{row})"


def check_form(form: Form, profile: Profile | str | None = None) -> list[Finding]:
    """Every inconsistency in ``form`` under ``profile`` (default ``central-2020``)."""
    if not isinstance(form, Form):
        raise WrongTypeError(
            f"check_form() takes a Form (see read_form), not {type(form).__name__}",
            value=type(form).__name__,
        )
    chosen = (
        profile
        if isinstance(profile, Profile)
        else (get_profile() if profile is None else load_profile(profile))
    )
    result = score_form(form, chosen)
    found = [*form.findings, *result.weight_problems]
    if all(i.weight is None for i in form.indicators) and form.indicators:
        found.append(
            _finding(
                "structure.no-weights",
                W,
                Location(file=form.source, field="$.indicators"),
                "the table prints no indicator weights, "
                "so its scores cannot be checked against the rules",
                "表中未列各指标分值，无法按规则核对得分",
            )
        )
    unread = {str(finding.location.field) for finding in form.findings}
    for indicator_result in result.indicators:
        found.extend(_indicator_findings(indicator_result, unread, chosen.score_places))
    found.extend(_execution_findings(result, chosen.score_places))
    found.extend(_funds_findings(form))
    found.extend(_total_findings(result, chosen))
    # A form read from a workbook: each finding names its sheet and cell ("Sheet1!F12").
    return [located(finding, form) for finding in found]
