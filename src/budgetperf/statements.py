"""Draft the standard paragraphs of a 决算 explanation from a ledger.

Three paragraphs recur in every 部门决算 explanation, in wording fixed by the templates:

* the **structure** sentence: "一般公共服务（类）支出530.37万元，占84.33%；…";
* the **overall completion** sentence: "年初预算数为703.50万元，决算数为628.95万元，完成年初预算的
  89.40%";
* one **completion** paragraph per 项: its 类/款/项 path, then "年初预算为A万元，支出决算为B万元，
  完成年初预算的C%，决算数大于/小于/等于年初预算数……".

Each function returns :class:`Statement` objects: the text, and the figures it states (so a
reviewer, or :mod:`budgetperf`'s audit, can compare them with a printed report). Amounts are
written with two decimals in the ledger's unit, percentages with two decimals, 四舍五入 — the
only rounding here, for display. A share is each 类's own share rounded (what a reader
recomputes); pass ``exact_shares=True`` for shares that add up to exactly 100.

Punctuation is full-width, as in official documents.

A code the catalogue does not name is never printed bare: the text says that the catalogue
in use (named in the text) has no such subject, and the statement carries a
``ledger.unknown-code`` finding for it, so that the draft is not published as it is. Load the
official edition of the catalogue (:func:`budgetperf.classification.load_catalogue`, or
``budgetperf ledger --catalogue FILE``) to have every code named. A missing 年初预算 or 决算 is
said to be missing, never drafted as 0; a negative 年初预算 gets no completion percentage.
"""

from __future__ import annotations

from decimal import Decimal

import attrs

from budgetperf.audit import Finding, Severity
from budgetperf.classification import CodeLevel
from budgetperf.errors import Location, WrongTypeError
from budgetperf.exact import Rounding, round_to
from budgetperf.ledger import Ledger, Phase, RollupRow
from budgetperf.rates import Rate, ZeroBase, change, ratio

__all__ = [
    "Statement",
    "change_sentence",
    "completion_paragraphs",
    "overall_completion",
    "structure_sentence",
]


@attrs.frozen
class Statement:
    """A drafted sentence or paragraph, the figures it states (name → value), and what keeps it
    from being published as it is (``findings``: a code the catalogue does not name)."""

    text: str
    figures: dict[str, Decimal | None]
    key: str = ""
    findings: tuple[Finding, ...] = ()

    def __str__(self) -> str:
        return self.text


def _ledger(ledger: object) -> Ledger:
    if not isinstance(ledger, Ledger):
        raise WrongTypeError(
            f"statements are drafted from a Ledger, not {type(ledger).__name__}",
            value=type(ledger).__name__,
        )
    return ledger


def _money(value: Decimal, ledger: Ledger, places: int) -> str:
    return f"{round_to(value, places, Rounding.HALF_UP)}{ledger.unit.symbol}"


def _unknown(ledger: Ledger, code: str, level: CodeLevel) -> tuple[str, Finding]:
    """The words for a code the catalogue does not name, and the finding that says so."""
    catalogue = ledger.catalogue_name()
    text = f"编码{code}（{level.label}；目录“{catalogue}”中无此科目）"
    finding = Finding(
        "ledger.unknown-code",
        Severity.WARNING,
        Location(file=ledger.origin, field=code),
        f"{code}: the catalogue {catalogue} has no {level.value} of that code, so the draft "
        "cannot name it; load the official catalogue (--catalogue FILE)",
        f"{code}：目录“{catalogue}”中无此{level.label}级科目，说明中无法写出科目名称；"
        "请加载正式的科目目录（--catalogue 文件）",
        printed=code,
    )
    return text, finding


def _class_label(ledger: Ledger, code: str, found: list[Finding]) -> str:
    if not ledger.knows(code):
        text, finding = _unknown(ledger, code, CodeLevel.LEI)
        found.append(finding)
        return f"{text}支出"
    name = ledger.name_of(code)
    stem = name[:-2] if name.endswith("支出") else name
    return f"{stem}（类）支出"


def _year(ledger: Ledger, year: int | None) -> str:
    chosen = year if year is not None else ledger.year
    return f"{chosen}年度" if chosen is not None else ""


def structure_sentence(
    ledger: Ledger,
    *,
    subject: str = "一般公共预算财政拨款支出",
    year: int | None = None,
    places: int = 2,
    exact_shares: bool = False,
) -> Statement:
    """The structure sentence: total 决算数, then each 类 with its amount and share.

    >>> from budgetperf.ledger import BudgetLine
    >>> ledger = Ledger([BudgetLine("2010301", executed="530.37"),
    ...                  BudgetLine("2060199", executed="98.58")], year=2022)
    >>> print(structure_sentence(ledger))
    2022年度一般公共预算财政拨款支出628.95万元，主要用于以下方面：一般公共服务（类）支出530.37万元，占84.33%；科学技术（类）支出98.58万元，占15.67%。
    """
    ledger = _ledger(ledger)
    rows = ledger.rollup(CodeLevel.LEI)
    table = ledger.table(rows, Phase.EXECUTED, places=places)
    shares = table.shares if exact_shares else table.shares_each
    parts = []
    found: list[Finding] = []
    figures: dict[str, Decimal | None] = {"total": table.total}
    for row, share in zip(rows, shares, strict=True):
        amount = row.executed or Decimal(0)
        parts.append(
            f"{_class_label(ledger, row.code, found)}{_money(amount, ledger, places)}，占{share}%"
        )
        figures[f"{row.code}.executed"] = amount
        figures[f"{row.code}.share"] = share
    text = (
        f"{_year(ledger, year)}{subject}{_money(table.total, ledger, places)}，"
        f"主要用于以下方面：{'；'.join(parts)}。"
    )
    return Statement(text, figures, "structure", tuple(found))


def overall_completion(
    ledger: Ledger,
    *,
    subject: str = "一般公共预算财政拨款支出",
    year: int | None = None,
    places: int = 2,
    zero_base: ZeroBase = ZeroBase.UNDEFINED,
) -> Statement:
    """ "年初预算数为A，决算数为B，完成年初预算的C%" for the whole ledger."""
    ledger = _ledger(ledger)
    initial = ledger.total(Phase.INITIAL).value
    executed = ledger.total(Phase.EXECUTED).value
    if initial < 0:
        words, shown = "年初预算为负数，不计算完成年初预算的比例", None
    else:
        rate = ratio(executed, initial, zero_base=zero_base)
        words, shown = _completion_words(rate, places), rate.percent(places)
    text = (
        f"{_year(ledger, year)}{subject}年初预算数为{_money(initial, ledger, places)}，"
        f"决算数为{_money(executed, ledger, places)}，{words}。"
    )
    return Statement(
        text, {"initial": initial, "executed": executed, "rate": shown}, "overall-completion"
    )


def _completion_words(rate: Rate, places: int) -> str:
    shown = rate.percent(places)
    if shown is None:
        return "年初未安排预算，无法计算完成年初预算的比例"
    return f"完成年初预算的{shown}%"


def _path(ledger: Ledger, code: str, found: list[Finding]) -> str:
    labels = []
    for level in (CodeLevel.LEI, CodeLevel.KUAN, CodeLevel.XIANG):
        if len(code) >= level.length:
            part = code[: level.length]
            if ledger.knows(part):
                labels.append(f"{ledger.name_of(part)}（{level.label}）")
            else:
                text, finding = _unknown(ledger, part, level)
                labels.append(text)
                found.append(finding)
    return "".join(labels)


def completion_paragraphs(
    ledger: Ledger,
    *,
    places: int = 2,
    zero_base: ZeroBase = ZeroBase.UNDEFINED,
    reasons: dict[str, str] | None = None,
) -> list[Statement]:
    """One paragraph per 项: its path, 年初预算, 支出决算, completion and the comparison.

    ``reasons`` maps a 项 code to the explanation of the difference; the lines' own
    ``reason`` is used otherwise. With the default ``zero_base`` a 项 with no 年初预算 gets
    no completion percentage (it is undefined), and the paragraph says so; pass
    ``ZeroBase.HUNDRED`` to print "完成年初预算的100%" as some publishers do.
    """
    ledger = _ledger(ledger)
    given = dict(reasons or {})
    for line in ledger.lines:
        if line.reason and line.code not in given:
            given[line.code] = line.reason
    statements = []
    for number, row in enumerate(ledger.rollup(CodeLevel.XIANG), start=1):
        statements.append(_paragraph(ledger, number, row, places, zero_base, given.get(row.code)))
    return statements


def _paragraph(
    ledger: Ledger,
    number: int,
    row: RollupRow,
    places: int,
    zero_base: ZeroBase,
    reason: str | None,
) -> Statement:
    found: list[Finding] = []
    path = _path(ledger, row.code, found)
    initial, executed = row.initial, row.executed
    if initial is None or executed is None:
        # A missing amount is said to be missing: drafting it as 0 would state a figure the
        # table does not have.
        parts = [
            "年初预算未列示" if initial is None else f"年初预算为{_money(initial, ledger, places)}",
            "支出决算未列示"
            if executed is None
            else f"支出决算为{_money(executed, ledger, places)}",
            "无法计算完成年初预算的比例",
        ]
        text = f"（{number}）{path}。\n{'，'.join(parts)}。"
        return Statement(
            text, {"initial": initial, "executed": executed, "rate": None}, row.code, tuple(found)
        )
    if initial < 0:
        words = "年初预算为负数，不计算完成年初预算的比例"
        shown: Decimal | None = None
    else:
        rate = ratio(executed, initial, zero_base=zero_base)
        words = _completion_words(rate, places)
        shown = rate.percent(places)
    if executed > initial:
        comparison = "决算数大于年初预算数"
    elif executed < initial:
        comparison = "决算数小于年初预算数"
    else:
        comparison = "决算数等于年初预算数"
    tail = f"{comparison}的主要原因是：{reason}" if reason and executed != initial else comparison
    text = (
        f"（{number}）{path}。\n"
        f"年初预算为{_money(initial, ledger, places)}，"
        f"支出决算为{_money(executed, ledger, places)}，"
        f"{words}，{tail.rstrip('。')}。"
    )
    return Statement(
        text,
        {"initial": initial, "executed": executed, "rate": shown},
        row.code,
        tuple(found),
    )


def change_sentence(
    current: Decimal,
    previous: Decimal,
    *,
    subject: str = "一般公共预算财政拨款支出",
    unit: str = "万元",
    places: int = 2,
) -> Statement:
    """ "与上年相比，…增加/减少X万元，增长/下降Y%" (the rate is undefined if last year was 0).

    >>> print(change_sentence(Decimal("628.95"), Decimal("1022.32")))
    与上年相比，一般公共预算财政拨款支出减少393.37万元，下降38.48%。
    """
    delta = change(current, previous)
    amount = round_to(delta.amount.copy_abs(), places)
    shown = delta.rate.percent(places)
    if delta.amount == 0:
        text = f"与上年相比，{subject}持平。"
    elif shown is None:
        text = f"与上年相比，{subject}{delta.direction}{amount}{unit}（上年为0，无增长率）。"
    else:
        trend = "增长" if delta.amount > 0 else "下降"
        text = f"与上年相比，{subject}{delta.direction}{amount}{unit}，{trend}{shown.copy_abs()}%。"
    return Statement(
        text,
        {
            "current": delta.current,
            "previous": delta.previous,
            "amount": delta.amount,
            "rate": shown,
        },
        "change",
    )
