"""Findings and audit reports: every inconsistency in a form or a report, with a stable code.

A :class:`Finding` says what is wrong (a stable ``code`` such as ``arithmetic.share``, grouped
by the part before the dot), how bad it is (:class:`Severity`), where (a
:class:`~budgetperf.errors.Location`: file, line and column with the quoted span for text; file,
row and field for forms), what was printed and what budgetperf computed, in Chinese and in
English. An :class:`AuditReport` collects the findings of one or more files, counts them per
code and severity, and says visibly when anything was cut.

Figures are compared **at the printed precision**: a printed "20%" agrees with 20.02%, a
printed "4.5" agrees with 4.54 (:func:`agrees`).

Every code is listed once, statically, in :data:`CODES` with its group, default severity and a
description; the documentation lists them all.

>>> agrees(Decimal("20"), Decimal("20.02"))
True
>>> agrees(Decimal("11.39"), Decimal("11.3952"))
False
"""

from __future__ import annotations

import enum
import json
from collections import Counter
from collections.abc import Iterable, Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import TYPE_CHECKING

import attrs

from budgetperf._decimal import CTX, exponent
from budgetperf.errors import Location, WrongTypeError
from budgetperf.exact import Rounding, round_to, to_decimal

if TYPE_CHECKING:
    from budgetperf.classification import Subject

__all__ = [
    "CODES",
    "AuditReport",
    "CodeInfo",
    "Finding",
    "Severity",
    "agrees",
    "register",
    "sum_agrees",
]


class Severity(enum.StrEnum):
    """How bad a finding is: an error is a wrong figure; a warning needs a look; info is a note.

    A str enum: ``Severity.ERROR == "error"`` and JSON shows the value.
    """

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@attrs.frozen
class CodeInfo:
    """A registered finding code: its group, default severity and what it means."""

    code: str
    severity: Severity
    title_en: str
    title_zh: str

    @property
    def group(self) -> str:
        """The part before the dot: arithmetic, rules, classification, units, structure, …."""
        return self.code.split(".", 1)[0]


_E, _W, _I = Severity.ERROR, Severity.WARNING, Severity.INFO

#: Every finding code budgetperf emits: code, default severity, title in English and Chinese.
#: Written here once, as data, so the table is complete without importing any check module
#: (a test compares it with every code literal in the sources). Codes are stable: a code once
#: published keeps its meaning; new checks get new codes, added here.
_TABLE: tuple[tuple[str, Severity, str, str], ...] = (
    (
        "arithmetic.balance",
        _E,
        "a balance (结余) disagrees with income − spending",
        "结余与收入减支出不符",
    ),
    (
        "arithmetic.breakdown-sum",
        _E,
        "the parts of a 其中 breakdown do not add up to the stated total",
        "“其中”各项之和与合计不符",
    ),
    (
        "arithmetic.budget-sum",
        _E,
        "the budgets of the parts do not add up to the budget of the total",
        "各分项预算数之和与合计预算数不符",
    ),
    (
        "arithmetic.change-amount",
        _E,
        "a change amount disagrees with current − previous",
        "增减额与本年数−上年数不符",
    ),
    (
        "arithmetic.change-direction",
        _E,
        "增加/减少 and 增长/下降 point in different directions",
        "增减方向表述矛盾",
    ),
    (
        "arithmetic.change-rate",
        _E,
        "a change rate disagrees with change / previous figure",
        "增减率与增减额/上年数不符",
    ),
    (
        "arithmetic.change-sum",
        _E,
        "the changes of the parts do not add up to the change of the total",
        "各分项增减额之和与总额增减额不符",
    ),
    (
        "arithmetic.completion-comparison",
        _E,
        "决算数大于/小于/等于年初预算数 contradicts the figures",
        "“决算数大于/小于/等于年初预算数”与数字不符",
    ),
    (
        "arithmetic.completion-rate",
        _E,
        "a completion rate disagrees with 决算 / 年初预算",
        "完成年初预算的比例与决算数/年初预算数不符",
    ),
    (
        "arithmetic.completion-zero-base",
        _W,
        "a completion rate printed where the budget is 0 (the rate is undefined)",
        "年初预算为0仍列示完成比例（比例无定义）",
    ),
    ("arithmetic.execution-rate", _E, "execution rate is not 执行数/全年预算数", "执行率计算不符"),
    ("arithmetic.funds", _E, "fund rows do not add up", "资金数额合计不符"),
    (
        "arithmetic.points-gap",
        _E,
        "a gap in percentage points disagrees with the two rates it is between",
        "百分点差距与两个比率之差不符",
    ),
    (
        "arithmetic.named-count",
        _E,
        "a count disagrees with the names listed with it",
        "所列名称个数与文中数量不符",
    ),
    (
        "arithmetic.product",
        _E,
        "a total disagrees with count × price per unit",
        "总额与数量×单价不符",
    ),
    (
        "arithmetic.progress",
        _E,
        "a gap to the time progress of the year disagrees with the figures",
        "与时间进度的差距与数字不符",
    ),
    (
        "arithmetic.ratio",
        _E,
        "a rate disagrees with the formula printed beside it",
        "比率与文中列示的计算式不符",
    ),
    (
        "arithmetic.code-hierarchy",
        _E,
        "a row of a 决算 table disagrees with the sum of the rows its subject code is over "
        "(类 = Σ 款, 款 = Σ 项, 合计 = Σ 类)",
        "决算表中某科目行与其下级科目行之和不符（类 = 各款之和，款 = 各项之和，合计 = 各类之和）",
    ),
    (
        "arithmetic.sangong",
        _E,
        "a 三公经费 completion rate or saving disagrees with budget and actual",
        "“三公”经费完成预算比例或节约额与预算数、决算数不符",
    ),
    ("arithmetic.share", _E, "a share disagrees with amount / total", "占比与金额/合计不符"),
    (
        "arithmetic.shares-sum",
        _E,
        "the shares of a closed list do not add up to 100%",
        "各项占比合计不为100%",
    ),
    ("arithmetic.total-score", _E, "total is not the sum of the scores", "总分不等于各项得分之和"),
    ("classification.ambiguous-name", _E, "several subjects of that name", "同名科目不止一个"),
    ("classification.empty-name", _E, "a path segment has no name", "科目路径某级无名称"),
    ("classification.invalid-code", _E, "a printed code is not a valid code", "印刷的科目编码无效"),
    (
        "classification.level-mislabel",
        _E,
        "a name labelled with the wrong level",
        "科目级次标注错误",
    ),
    ("classification.level-order", _E, "the levels are not in 类/款/项 order", "级次顺序错误"),
    ("classification.level-skipped", _W, "the path skips a level", "科目路径跳级"),
    ("classification.name-mismatch", _E, "the name does not match the code", "科目名称与编码不符"),
    ("classification.not-a-child", _E, "a subject not under the level before", "科目不属于上一级"),
    ("classification.other-name", _W, "a former or variant name of a subject", "科目旧名称或别称"),
    (
        "classification.relative-code",
        _W,
        "a two-digit code whose parent is unknown",
        "两位编码无法确定上级",
    ),
    (
        "classification.unknown-code",
        _E,
        "neither the code nor the name is in the catalogue",
        "编码和名称均不在目录中",
    ),
    (
        "classification.unknown-name",
        _E,
        "a name that is not in the catalogue",
        "科目名称不在目录中",
    ),
    (
        "classification.unresolved-parent",
        _I,
        "a segment not matched because the segment before is not resolved",
        "上一段未能识别，本段不作匹配",
    ),
    (
        "classification.unlabelled-level",
        _W,
        "a path segment without a level label",
        "科目未标注级次",
    ),
    (
        "consistency.not-occurred",
        _W,
        "the text says something did not occur, but a figure is printed for it",
        "文中称未发生的事项另有金额列示",
    ),
    (
        "consistency.restated",
        _E,
        "the same figure restated in another unit disagrees",
        "同一数据换算单位后前后不一致",
    ),
    (
        "consistency.same-quantity",
        _W,
        "the same named quantity is stated with different values",
        "同一数据前后表述不一致",
    ),
    (
        "consistency.spending-above-income",
        _W,
        "total spending above total income, with no word of what covered it",
        "支出总额大于收入总额且未说明资金来源",
    ),
    (
        "io.no-text-layer",
        _W,
        "pages with no text layer (scanned?): their text was not checked",
        "页面无文字层（扫描件？），其文字未经核对",
    ),
    (
        "io.not-checked",
        _W,
        "a file of a kind check does not audit (a CSV table, an empty file):"
        " nothing in it was checked",
        "文件类型不在核对范围内（CSV表格、空文件等），未作任何核对",
    ),
    (
        "io.undecodable-byte",
        _W,
        "a byte that cannot be decoded is read as U+FFFD",
        "无法解码的字节按U+FFFD读入",
    ),
    (
        "io.unreadable",
        _E,
        "a file that cannot be read: nothing in it was checked",
        "文件无法读取，未作任何核对",
    ),
    (
        "ledger.duplicate-line",
        _E,
        "a budget line repeats an earlier one"
        " (same code, economic code, name, source, fund, nature and project)",
        "预算行与前面某行重复（编码、经济分类、名称、资金来源、资金性质、支出性质、项目均相同）",
    ),
    ("ledger.missing-executed", _E, "a budget line with no 决算数", "预算行未填决算数"),
    (
        "ledger.negative-amount",
        _E,
        "a negative 年初预算, 全年预算, 决算 or 上年决算 amount",
        "年初预算数、全年预算数、决算数或上年决算数为负数",
    ),
    ("ledger.no-lines", _E, "no budget line was read", "未读到任何预算行"),
    (
        "ledger.unknown-code",
        _W,
        "a drafted statement names a code the catalogue in use does not have",
        "起草的说明中有所用目录未收录的科目编码",
    ),
    (
        "ledger.unreadable-row",
        _E,
        "a row with a cell that cannot be read; the row is left out",
        "某行有无法读取的单元格，该行未读入",
    ),
    ("rules.execution-score", _E, "execution score differs from the rule", "执行率得分与规则不符"),
    ("rules.grade", _E, "grade does not match the total", "等级与总分不符"),
    ("rules.score-above-weight", _E, "a score above its weight", "得分超过分值"),
    ("rules.score-differs", _E, "printed score differs from the rule", "得分与规则计算不符"),
    ("structure.blank-cell", _W, "a needed cell is blank", "应填单元格为空"),
    (
        "structure.formula-cell",
        _W,
        "a workbook cell holds a formula; it is not evaluated (its saved result is read)",
        "单元格为公式，未计算（读取文件中保存的计算结果）",
    ),
    (
        "structure.execution-not-in-total",
        _I,
        "the indicators make the total without the execution line: its rate is reported only",
        "指标分值已满，预算执行率只列示、不计分",
    ),
    (
        "structure.inferred-level1",
        _I,
        "a blank 一级 cell read from its 二级 or the row above",
        "一级指标为空，按二级指标或上一行推断",
    ),
    (
        "structure.inferred-level2",
        _I,
        "a blank 二级 cell read as the row above's",
        "二级指标为空，沿用上一行",
    ),
    ("structure.no-weights", _W, "the table prints no weights", "未列分值，无法按规则核对"),
    ("structure.unreadable-cell", _W, "a cell cannot be read", "单元格无法识别"),
    (
        "structure.unreadable-figure",
        _W,
        "a number too long to read: it was not checked",
        "数字过长，无法读取，未作核对",
    ),
    ("structure.weights", _E, "weights do not add up", "分值合计不符"),
    ("units.assumed-unit", _I, "a value printed without its unit", "完成值未写单位"),
    (
        "units.incompatible",
        _E,
        "target and actual in incompatible units",
        "指标值与完成值单位不一致",
    ),
    ("units.missing-unit", _W, "a money figure printed without its unit", "金额未写单位"),
    (
        "units.slipped-unit",
        _W,
        "a figure in 元 among figures in 万元 that its sum, rate or completion agrees with only "
        "when it is read in 万元",
        "以“元”列示的数字须按“万元”读取，相关合计、增幅或完成率方可相符（单位疑似印错）",
    ),
    (
        "units.wrong-unit",
        _E,
        "a figure printed in 元 that the document states in 万元 elsewhere",
        "以“元”列示的数字在文中其他处以“万元”列示（单位错误）",
    ),
    (
        "units.yuan-in-wanyuan",
        _I,
        "a money figure in 元 in a paragraph that works in 万元",
        "以万元为单位的段落中出现以元为单位的金额",
    ),
)

#: The finding codes by name (read-only).
CODES: Mapping[str, CodeInfo] = MappingProxyType(
    {code: CodeInfo(code, severity, en, zh) for code, severity, en, zh in _TABLE}
)


def register(code: str, severity: Severity, title_en: str, title_zh: str) -> CodeInfo:
    """Check that a module's declared code is in :data:`CODES` with this meaning; return it.

    It adds nothing: a new code is added to the table in this module, not at import time.
    """
    if not isinstance(severity, Severity) or not all(
        isinstance(text, str) for text in (code, title_en, title_zh)
    ):
        raise WrongTypeError(
            "register() takes a code, a Severity and two titles as text", value=code
        )
    info = CodeInfo(code, severity, title_en, title_zh)
    if CODES.get(code) != info:
        raise ValueError(f"finding code not in budgetperf.audit.CODES as declared: {code}")
    return info


@attrs.frozen
class Finding:
    """One problem, of every check: code, severity, location, the quoted span, printed vs computed.

    Every check reports through this one type: the text and form audits, the form reader
    (:attr:`budgetperf.forms.Form.findings`: cells it could not use), the weight sums
    (:func:`budgetperf.indicators.check_weights`), the ledger and its statements, and the
    classification path reader (:attr:`budgetperf.classification.PathReading.findings`).
    ``code`` is a key of :data:`CODES`.

    The last four fields are optional; the classification path reader fills them:

    * ``offsets``: (start, end) of ``span`` in the text that was read, when that text was
      given as a string (a 类/款/项 path) rather than a file;
    * ``segment``: the index of the path segment the finding is about;
    * ``candidates``: the :class:`~budgetperf.classification.Subject` values that may have been
      meant (a name or code near the one printed);
    * ``catalogue``: the name of the catalogue that answered.
    """

    code: str
    severity: Severity
    location: Location
    message_en: str
    message_zh: str
    printed: str | None = None
    computed: str | None = None
    span: str | None = None
    offsets: tuple[int, int] | None = None
    segment: int | None = None
    candidates: tuple[Subject, ...] = ()
    catalogue: str | None = None

    @property
    def group(self) -> str:
        """The code's group (the part before the dot)."""
        return self.code.split(".", 1)[0]

    def format(self, *, language: str = "en") -> str:
        """Compiler style: ``file:line:col: CODE severity: message``, then the quoted span."""
        zh = language == "zh"
        where = self.location.format(language=language)
        if not where or where.startswith(":"):  # no file: a text given as a string
            where = f"<input>{where}"
        message = self.message_zh if zh else self.message_en
        severity = _SEVERITY_ZH[self.severity] if zh else self.severity.value
        head = f"{where}: {self.code} {severity}: {message}"
        return head if self.span is None else f"{head}\n    {self.span}"

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready dictionary; every finding has the same keys (``null`` when not known).

        ``candidates`` lists the candidates' codes; ``offsets`` is ``[start, end]``.
        """
        loc = self.location
        return {
            "code": self.code,
            "severity": self.severity.value,
            "file": loc.file,
            "line": loc.line,
            "column": loc.column,
            "row": loc.row,
            "field": loc.field,
            "place": loc.place,
            "span": self.span,
            "printed": self.printed,
            "computed": self.computed,
            "message_en": self.message_en,
            "message_zh": self.message_zh,
            "offsets": None if self.offsets is None else list(self.offsets),
            "segment": self.segment,
            "candidates": [subject.code for subject in self.candidates],
            "catalogue": self.catalogue,
        }


_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
#: The severities in Chinese, as ``--lang zh`` prints them.
_SEVERITY_ZH = {Severity.ERROR: "错误", Severity.WARNING: "警告", Severity.INFO: "提示"}


def _position(f: Finding) -> tuple[str, int, int, int, str, str]:
    """The order of findings in a report: by file, then position in it."""
    return (
        f.location.file or "",
        f.location.line or 0,
        f.location.row or 0,
        f.location.column or 0,
        f.location.field or "",
        f.code,
    )


@attrs.frozen
class AuditReport:
    """Findings of one or more files, in file and position order, with counts.

    ``limit`` caps how many findings are kept (shown); when it cuts, ``truncated`` is true,
    ``found`` says how many there were, and :meth:`summary` says so. The counts
    (:meth:`by_severity`, :meth:`by_code`, :attr:`has_errors`) are of every finding, shown or
    not: ``every`` keeps them all.
    """

    findings: tuple[Finding, ...]
    files: tuple[str, ...] = ()
    found: int = 0
    limit: int | None = None
    every: tuple[Finding, ...] | None = attrs.field(default=None, repr=False, eq=False)

    @classmethod
    def of(
        cls,
        findings: Iterable[Finding],
        *,
        files: Iterable[str] = (),
        limit: int | None = None,
        keep_order: bool = False,
    ) -> AuditReport:
        """Sort findings by file and position (unless ``keep_order``: they are in order
        already) and apply ``limit``."""
        items = list(findings) if keep_order else sorted(findings, key=_position)
        kept = items if limit is None else items[:limit]
        return cls(tuple(kept), tuple(files), len(items), limit, tuple(items))

    @property
    def _all(self) -> tuple[Finding, ...]:
        return self.findings if self.every is None else self.every

    @property
    def truncated(self) -> bool:
        """True when ``limit`` cut findings."""
        return self.found > len(self.findings)

    @property
    def has_errors(self) -> bool:
        """True when any finding is an error, shown or not."""
        return any(f.severity is Severity.ERROR for f in self._all)

    def by_code(self) -> dict[str, int]:
        """Number of findings per code, shown or not."""
        return dict(sorted(Counter(f.code for f in self._all).items()))

    def by_severity(self) -> dict[str, int]:
        """Number of findings per severity (error, warning, info), shown or not."""
        counts = Counter(f.severity for f in self._all)
        return {s.value: counts.get(s, 0) for s in Severity}

    def summary(self) -> str:
        """One line: counts per severity, files checked, and whether anything was cut."""
        counts = self.by_severity()
        text = (
            f"{counts['error']} error(s), {counts['warning']} warning(s), {counts['info']} note(s)"
            f" in {len(self.files)} file(s)"
        )
        if self.truncated:
            text += f"; ONLY THE FIRST {len(self.findings)} OF {self.found} FINDINGS ARE SHOWN"
        return text

    def to_json(self) -> str:
        """The report as JSON: findings, counts, and the truncation flag."""
        return json.dumps(
            {
                "files": list(self.files),
                "findings": [f.to_dict() for f in self.findings],
                "counts": {"by_code": self.by_code(), "by_severity": self.by_severity()},
                "found": self.found,
                "truncated": self.truncated,
            },
            ensure_ascii=False,
            indent=2,
        )


def _places(printed: Decimal) -> int:
    return max(0, -exponent(printed))


def agrees(
    printed: Decimal | int | str, computed: Decimal | int | str, *, places: int | None = None
) -> bool:
    """Whether ``computed`` rounds (四舍五入) to ``printed`` at the printed precision.

    ``places`` overrides the precision read from ``printed``'s own digits ("20" has 0 decimals,
    "4.50" has 2).
    """
    printed, computed = to_decimal(printed), to_decimal(computed)
    if places is not None and (isinstance(places, bool) or not isinstance(places, int)):
        raise WrongTypeError("places must be an int", value=places)
    shown = _places(printed) if places is None else places
    return round_to(computed, shown, Rounding.HALF_UP) == printed


def sum_agrees(printed_total: Decimal | int | str, parts: Iterable[Decimal | int | str]) -> bool:
    """Whether a printed total agrees with the sum of printed (already rounded) parts.

    Each part may carry up to half a unit of its last printed digit, and so may the total; the
    sum agrees when it lies within that tolerance (rules.md §5.6: ±0.01 per rounded addend).
    """
    printed_total = to_decimal(printed_total)
    if isinstance(parts, str | bytes) or not isinstance(parts, Iterable):
        raise WrongTypeError("parts must be an iterable of numbers", value=type(parts).__name__)
    items = [to_decimal(part) for part in parts]
    exact = Decimal(0)
    slack = Decimal(0)
    for part in [*items, printed_total]:
        slack = CTX.add(slack, Decimal(5).scaleb(-_places(part) - 1, CTX))
    for part in items:
        exact = CTX.add(exact, part)
    return CTX.subtract(exact, printed_total).copy_abs() <= slack
