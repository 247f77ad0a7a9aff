"""Document checks that are not one claim's arithmetic: units, restated quantities, 类/款/项
paths, spending above income, and "did not occur" against a printed figure.

Each reads the facts of :mod:`.facts` and returns :class:`~budgetperf.audit.Finding` objects.
"""

from __future__ import annotations

import bisect
import functools
import re
from decimal import Decimal

from budgetperf._decimal import CTX as _CTX
from budgetperf._decimal import round_any
from budgetperf.audit import Finding, Severity, register
from budgetperf.classification import Catalogue, PathReading, parse_path
from budgetperf.errors import Location, ParseError
from budgetperf.textaudit.facts import CALENDAR_YEAR, Document, Fact, Role, Sentence
from budgetperf.textaudit.quantities import LONGEST_NUMBER, Dimension, Unit
from budgetperf.textaudit.vocabulary import ABSENCE_ALIASES, FUND_FORMER_NAMES, FUNDS

__all__ = ["document_findings"]

E, W, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO

register(
    "consistency.same-quantity",
    W,
    "the same named quantity is stated with different values",
    "同一数据前后表述不一致",
)
register("units.missing-unit", W, "a money figure printed without its unit", "金额未写单位")
register(
    "units.wrong-unit",
    E,
    "a figure printed in 元 that the document states in 万元 elsewhere",
    "以“元”列示的数字在文中其他处以“万元”列示（单位错误）",
)
register(
    "units.yuan-in-wanyuan",
    INFO,
    "a money figure in 元 in a paragraph that works in 万元",
    "以万元为单位的段落中出现以元为单位的金额",
)
register(
    "consistency.spending-above-income",
    W,
    "total spending above total income, with no word of what covered it",
    "支出总额大于收入总额且未说明资金来源",
)
register(
    "consistency.not-occurred",
    W,
    "the text says something did not occur, but a figure is printed for it",
    "文中称未发生的事项另有金额列示",
)

register(
    "structure.unreadable-figure",
    W,
    "a number too long to read: it was not checked",
    "数字过长，无法读取，未作核对",
)

# parse_path's own codes and default severities, registered here because the audit emits them.
_PATH_CODES: dict[str, tuple[Severity, str, str]] = {
    "empty-name": (E, "a path segment has no name", "科目路径某级无名称"),
    "invalid-code": (E, "a printed code is not a valid code", "印刷的科目编码无效"),
    "relative-code": (W, "a two-digit code whose parent is unknown", "两位编码无法确定上级"),
    "unknown-code": (
        E,
        "neither the code nor the name is in the catalogue",
        "编码和名称均不在目录中",
    ),
    "name-mismatch": (E, "the name does not match the code", "科目名称与编码不符"),
    "level-mislabel": (E, "a name labelled with the wrong level", "科目级次标注错误"),
    "not-a-child": (E, "a subject not under the level before", "科目不属于上一级"),
    "ambiguous-name": (E, "several subjects of that name", "同名科目不止一个"),
    "unknown-name": (E, "a name that is not in the catalogue", "科目名称不在目录中"),
    "level-order": (E, "the levels are not in 类/款/项 order", "级次顺序错误"),
    "other-name": (W, "a former or variant name of a subject", "科目旧名称或别称"),
    "unlabelled-level": (W, "a path segment without a level label", "科目未标注级次"),
    "level-skipped": (W, "the path skips a level", "科目路径跳级"),
}
for _code, (_sev, _en, _zh) in _PATH_CODES.items():
    register(f"classification.{_code}", _sev, _en, _zh)


def _finding(
    doc: Document,
    file: str | None,
    code: str,
    severity: Severity,
    start: int,
    end: int,
    en: str,
    zh: str,
    printed: str | None,
    computed: str | None,
) -> Finding:
    line, column = doc.norm.position(start)
    return Finding(
        code,
        severity,
        Location(file=file, line=line, column=column),
        en,
        zh,
        printed=printed,
        computed=computed,
        span=doc.norm.quote(start, end),
    )


# ----------------------------------------------------------------------------------------------
# Units

_MONEY_WORD = re.compile(r"(?:支出|收入|经费|预算|资金|拨款|决算|结余|合计)(?:数|为|是|:)?$")


def _units(doc: Document, file: str | None) -> list[Finding]:
    out: list[Finding] = []
    wan: dict[Decimal, Fact] = {}
    wanyuan, yuan = Unit.WANYUAN, Unit.YUAN
    in_yuan = False  # whether any figure outside a table is in 元 (the only ones checked below)
    for f in doc.facts:
        if f.q.unit is yuan and not f.in_table:
            in_yuan = True
            break
    # The figures in 万元 by value are read only for a figure in 元 (below): a document without
    # one (known from the pass above) does not hash them.
    if in_yuan:
        for f in doc.facts:
            if f.q.unit is wanyuan and f.q.value >= 1 and not f.in_table:
                wan.setdefault(f.q.value, f)
    wan_paragraphs = (
        {
            s.paragraph
            for s in doc.figured
            if any(f.q.unit is wanyuan and not f.in_table for f in s.facts)
        }
        if in_yuan
        else set()
    )
    for s in doc.figured:
        if not in_yuan:
            # only the figures read in an assumed unit can be reported: a sentence without one
            # is passed (the same findings, without building its list of amounts)
            for f in s.facts:
                if f.q.assumed:
                    break
            else:
                continue
        money = [f for f in s.facts if f.q.unit.is_money and not f.in_table]
        if not money:
            continue
        has_wan = s.paragraph in wan_paragraphs
        for f in s.facts:
            q = f.q
            if q.assumed:
                out.append(
                    _finding(
                        doc,
                        file,
                        "units.missing-unit",
                        W,
                        q.start,
                        q.end,
                        f"{q.value} is printed without a unit (read as {q.unit.label} like the"
                        " figures around it)",
                        f"{q.value}未写单位（按上下文读作{q.unit.label}）",
                        q.text,
                        f"{q.value}{q.unit.label}",
                    )
                )
        for f in money:
            q = f.q
            if q.unit is not yuan or q.value == 0:
                continue
            if "万" in q.text or "亿" in q.text:
                continue  # "124万5,000元": printed in 万 and 元, not a figure in 元
            same = wan.get(q.value)
            if same is not None and _significant(q.value) >= 3:
                line, _ = doc.norm.position(same.q.start)
                out.append(
                    _finding(
                        doc,
                        file,
                        "units.wrong-unit",
                        E,
                        q.start,
                        q.end,
                        f"{q.text} is printed in 元, but the document states {same.q.text} "
                        f"(line {line}); the unit should be 万元",
                        f"{q.text}以元列示，但文中第{line}行为{same.q.text}，单位应为万元",
                        q.text,
                        f"{q.value}万元",
                    )
                )
            elif has_wan:
                value = q.value.scaleb(-4, _CTX).normalize(_CTX)
                out.append(
                    _finding(
                        doc,
                        file,
                        "units.yuan-in-wanyuan",
                        INFO,
                        q.start,
                        q.end,
                        f"{q.text} is in 元 in a paragraph that works in 万元: {q.text} = "
                        f"{value:f}万元",
                        f"以万元为单位的段落中出现以元为单位的金额：{q.text}={value:f}万元",
                        q.text,
                        f"{value:f}万元",
                    )
                )
    return out


def _significant(value: Decimal) -> int:
    return len(value.normalize(_CTX).as_tuple().digits)


# ----------------------------------------------------------------------------------------------
# The same named quantity stated twice

_QUANTITY = re.compile(
    r"(?P<key>一般公共预算财政拨款支出|三公经费(?:支出)?|因公出国\(境\)费(?:支出)?"
    r"|公务用车购置及运行维护费(?:支出)?|公务接待费(?:支出)?|基本支出|人员经费(?:支出)?"
    r"|日常公用经费(?:支出)?|公用经费(?:支出)?|机关运行经费(?:支出)?|会议费|培训费)"
    r"(?:合计|总计|共|决算数|决算|支出决算)?(?:为|是|:)?$"
)
# (nor an average, per pupil or per head: "普通初中生均…,其中:生均公用经费107.41元;…小学…生均公用
# 经费35.80元" are each school's own)
_NOT_QUANTITY = re.compile(
    r"预算|上年|去年|年初|比|较|增|减|节约|结余|其他|\d{4}年(?!度)|[生人户车]均|平均"
)


# A section heading on a line of its own ("二、2011年“三公经费”预算情况"): the year it names is
# the year of the figures under it that name none
_HEADING_LINE = re.compile(
    r"^[ \t]*(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\))[^\n。;,]{0,40}$",
    re.MULTILINE,
)
# The same after a line break, which it opens with: a text is scanned for its breaks, not tried
# at every position as the pattern opening with '^' is (the first line is tried on its own).
_HEADING_AFTER_BREAK = re.compile(r"\n(" + _HEADING_LINE.pattern[1:] + ")", re.MULTILINE)


def _heading_lines(text: str) -> list[tuple[int, str]]:
    """(start, text) of each line of ``text`` that is a numbered heading, in order."""
    first = _HEADING_LINE.match(text)
    found = [] if first is None else [(0, first.group(0))]
    found += [(h.start(1), h.group(1)) for h in _HEADING_AFTER_BREAK.finditer(text)]
    return found


def _owner(doc: Document, s: Sentence, f: Fact) -> str:
    """The words naming the total a figure is one of the 其中 parts of ("机构运行1100910.5元,其中:
    基本支出1100910.5元": 机构运行's 基本支出, another quantity than the document's), or ""."""
    text = doc.text
    at = text.rfind("其中", s.start, f.q.start)
    if at < 0:
        return ""
    for g in s.facts:
        if g.q.end > at:
            break
        if g.depth == 0 and g.role is Role.VALUE:
            return text[g.clause : g.q.start]
    if s.index > 0:  # "…降低24.41%。其中,因公出国(境)费…": the total of the sentence before
        for g in doc.sentences[s.index - 1].facts:
            if g.depth == 0 and g.role is Role.VALUE:
                return text[g.clause : g.q.start]
    return "其中"


def _same_quantity(doc: Document, file: str | None) -> list[Finding]:
    out: list[Finding] = []
    seen: dict[tuple[str, bool, str, str], Fact] = {}
    value = Role.VALUE
    text = doc.text
    headings: list[tuple[int, str]] | None = None  # found once, when a figure needs them
    for f in doc.facts:
        if f.role is not value or not f.q.unit.is_money or f.in_table:
            continue
        label = doc.text[f.clause : f.q.start].replace("“", "").replace("”", "")
        # every name of _QUANTITY has 费 or ends with 基本支出 or 财政拨款支出: a label with none
        # of them (most amounts: "A支出", "收入") is not searched
        if "费" not in label and "本支出" not in label and "款支出" not in label:
            continue
        m = _QUANTITY.search(label)
        if m is None:
            continue
        rest = label[: m.start()] + label[m.end() :]
        if _NOT_QUANTITY.search(rest):
            continue
        # A budget is another quantity than the spending of the same name, and so is the same
        # name's figure of another year ("2010年…决算数具体包括:…公务接待费787.78万元;2011年…预算
        # 数具体包括:…公务接待费671.10万元": the year named last in its clause)
        s = doc.sentences[f.sentence]
        years = CALENDAR_YEAR.findall(
            text, max(s.start, text.rfind(";", s.start, f.q.start) + 1), f.q.start
        )
        if not years:
            if headings is None:
                headings = _heading_lines(text)
            k = bisect.bisect_right(headings, (f.q.start, "")) - 1
            if k >= 0:
                years = CALENDAR_YEAR.findall(headings[k][1])
        # A part of a 其中 list is its total's part: keyed by the words naming that total
        key = (
            m.group("key").replace("支出", ""),
            f.phase == "budget",
            years[-1] if years else "",
            _owner(doc, s, f),
        )
        first = seen.get(key)
        if first is None:
            seen[key] = f
            continue
        a, b = first.q, f.q
        # compared in 元 at the coarser of the two printed precisions: 12.3万元 is printed to
        # the thousand 元 (10^(4 − 1)), 123456元 to the 元, so both are read to the thousand
        places = min(a.places - a.unit.scale, b.places - b.unit.scale)
        ra = round_any(a.base, places)
        rb = round_any(b.base, places)
        if ra == rb:
            continue
        line, _ = doc.norm.position(a.start)
        out.append(
            _finding(
                doc,
                file,
                "consistency.same-quantity",
                W,
                f.clause,
                b.end,
                f"{m.group('key')} is stated as {b.text} here and as {a.text} on line {line}",
                f"{m.group('key')}此处为{b.text}，第{line}行为{a.text}",
                b.text,
                a.text,
            )
        )
    return out


# ----------------------------------------------------------------------------------------------
# 类/款/项 paths

_PATH_LINE = re.compile(r"\((?:\d+)?类\).*\((?:\d+)?(?:款|项)\)|\((?:\d+)?类\)")
_INTRO_LIST = re.compile(r"主要用于(?:以下方面)?:")
_NOT_PARTS = re.compile(
    r"增加|减少|增长|下降|降低|上升|[比较与]上年|[比较与]去年|上年[为数同]|同比|节约"
)
# A character every match of _NOT_PARTS has: a name without any (most) is not searched.
_NOT_PARTS_CHARS = frozenset("增减下降上去同节")


@functools.lru_cache(maxsize=4096)
def _read_bundled(text: str) -> PathReading | None:
    try:
        return parse_path(text)
    except ParseError:
        return None


def _read_path(text: str, catalogue: Catalogue | None) -> PathReading | None:
    if catalogue is None:
        return _read_bundled(text)
    try:
        return parse_path(text, catalogue=catalogue)
    except ParseError:
        return None


def _distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def _paths(doc: Document, file: str | None, catalogue: Catalogue | None) -> list[Finding]:
    out: list[Finding] = []
    text = doc.text
    for s in doc.sentences:
        if not s.facts:
            # A line of a path alone ("一般公共服务支出(类)…(项)"); nothing else to check here.
            if text.find("类)", s.start, s.end) < 0:
                continue
            body = text[s.start : s.end]
            if _PATH_LINE.search(body) and len(body) < 200:
                stop = body.find("。")
                end = s.start + (stop if stop >= 0 else len(body.rstrip("\n")))
                out.extend(_check_path(doc, file, catalogue, s.start, end, labelled=True))
            continue
        m = _INTRO_LIST.search(text, s.start, s.end)
        if m is None:
            continue
        for f in s.facts:
            if f.q.start < m.end() or not f.q.unit.is_money:
                continue
            name = text[f.clause : f.q.start]
            if (
                not name
                or (not _NOT_PARTS_CHARS.isdisjoint(name) and _NOT_PARTS.search(name))
                or "占" in name
            ):
                continue
            out.extend(
                _check_path(doc, file, catalogue, f.clause, f.q.start, labelled="(类)" in name)
            )
    return out


def _check_path(
    doc: Document,
    file: str | None,
    catalogue: Catalogue | None,
    start: int,
    end: int,
    *,
    labelled: bool,
) -> list[Finding]:
    raw = doc.text[start:end]
    if not raw.strip():
        return []
    reading = _read_path(raw if labelled else raw + "(类)", catalogue)
    if reading is None:
        return []
    out: list[Finding] = []
    for f in reading.findings:
        short = f.code.split(".", 1)[1]
        if short == "unresolved-parent":
            continue  # a consequence of the finding before, not a second error
        if not labelled:
            # A bare name in a structure sentence is checked only when it is a near miss of a 类
            # name ("社会保障与就业支出" for 社会保障和就业支出).
            if short != "unknown-name" or len(f.candidates) != 1:
                continue
            if _distance(f.candidates[0].name, raw.strip()) > 2:
                continue
        severity = Severity(f.severity)
        en, zh = f.message_en, f.message_zh
        if short == "other-name":
            severity = INFO  # right for documents printed before the rename
            en += " (right for documents printed before the rename)"
            zh += "（改名前的文件使用旧名称属正常）"
        a, b = f.offsets or (0, len(raw))
        b = min(b, len(raw))
        out.append(
            _finding(
                doc,
                file,
                f.code,
                severity,
                start + a,
                start + b,
                en,
                zh,
                raw[a:b],
                str(f.candidates[0]) if f.candidates else None,
            )
        )
    return out


# ----------------------------------------------------------------------------------------------
# Spending above income; "did not occur" against a printed figure

_INCOME_TOTAL = re.compile(r"总收入|收入合计|收入总计|收入总额")
_SPENDING_TOTAL = re.compile(r"总支出|支出合计|支出总计|支出总额")
# a sentence that opens with an item's number ("5、", "(五)", "2.")
_NUMBERED = re.compile(
    r"\s*(?:\d{1,2}[、.](?!\d)|[(]?[一二三四五六七八九十]{1,3}[)、]|[(]\d{1,2}[)])"
)
# A gap the text names (短数, 赤字) is not an unexplained one.
_COVERED = re.compile(r"结转|结余|动用|弥补|超支|往来|垫付|短数|短差|差短|短绌|赤字|亏损")


# The budget a total is of ("政府性基金预算总收入是56220万元"): a spending total is set against
# the income total of its own budget, or of none named
_BUDGET_KIND = re.compile("|".join((*FUNDS, *FUND_FORMER_NAMES)))


def _budget_kind(label: str) -> str:
    m = _BUDGET_KIND.search(label)
    return "" if m is None else FUND_FORMER_NAMES.get(m.group(0), m.group(0))


def _carried_gap(doc: Document, income: Fact, spending: Fact) -> bool:
    """Whether a balance brought forward printed between ``income`` and ``spending`` is the gap
    between them ("收入合计941.33万元,…其中:财政拨款收入941.33万元,占100%;年初结转和结余2.88万元。
    …支出合计944.21万元": 941.33 + 2.88 = 944.21): what covered it, though listed after 其中."""
    gap = _CTX.subtract(spending.q.base, income.q.base)
    text = doc.text
    for g in doc.facts[income.index + 1 : spending.index]:
        if (
            g.q.unit.is_money
            and g.q.base == gap
            and _COVERED.search(text, g.clause, g.q.start) is not None
        ):
            return True
    return False


def _spending_above_income(doc: Document, file: str | None) -> list[Finding]:
    out: list[Finding] = []
    text = doc.text
    incomes: dict[str, Fact] = {}  # the last income total before, by its budget
    value = Role.VALUE
    for f in doc.facts:
        if f.role is not value or not f.q.unit.is_money or f.in_table:
            continue
        label = text[f.clause : f.q.start]
        if "收入" in label and _INCOME_TOTAL.search(label):  # each of its words has 收入
            incomes[_budget_kind(label)] = f
            continue
        if not incomes or not _SPENDING_TOTAL.search(label):
            continue
        kind = _budget_kind(label)
        income = incomes.get(kind) or incomes.get("")
        if income is None and not kind:
            income = max(incomes.values(), key=lambda g: g.q.start)
        incomes.clear()
        if income is None:
            continue
        if _NUMBERED.match(text, doc.sentences[income.sentence].start) and not _NUMBERED.match(
            text, doc.sentences[f.sentence].start
        ):
            # "5、农科所预算总收入646843.36元,…。↵预算总支出14680608元": a numbered item's income
            # (a unit's of the department) is not the income of a total printed after the items
            continue
        if abs(f.sentence - income.sentence) > 2 or f.q.base <= income.q.base:
            continue
        nxt = doc.sentences[min(f.sentence + 1, len(doc.sentences) - 1)]
        # A balance brought forward named between the two covers it as well as one after, unless
        # it is one of the income's parts ("总收入618.4万元,其中:上年结转结余32.6万元,…"): in it
        between = text[income.q.end : f.q.start]
        after = text[f.q.end : nxt.end] if "其中" in between else text[income.q.end : nxt.end]
        if not _COVERED.search(after) and not _carried_gap(doc, income, f):
            excess = _CTX.subtract(f.q.base, income.q.base).scaleb(-f.q.unit.scale, _CTX)
            out.append(
                _finding(
                    doc,
                    file,
                    "consistency.spending-above-income",
                    W,
                    f.clause,
                    f.q.end,
                    f"spending {f.q.text} is above income {income.q.text} by {excess}, and the "
                    "text does not say what covered it",
                    f"支出{f.q.text}大于收入{income.q.text}（超出{excess}），文中未说明资金来源",
                    f.q.text,
                    income.q.text,
                )
            )
    return out


# (无法/无需/无须/无论 are "cannot", "need not", "whatever": "无法满足年内公务接待支出需求" says
# nothing did not occur)
_ABSENT = re.compile(
    r"(?:没有|未发生|未安排|无(?![法需须论]))(?P<what>[^,;。:]{2,30}?)"
    r"(?:收入|支出|收支|安排的支出)"
)


_ABSENT_FIRST = re.compile("[没未无]")  # the first characters of _ABSENT's words
_ANY_ALIAS = re.compile(
    "|".join(re.escape(a) for aliases in ABSENCE_ALIASES.values() for a in aliases)
)


def _not_occurred(doc: Document, file: str | None) -> list[Finding]:
    out: list[Finding] = []
    text = doc.text
    # The first two non-zero figures printed for each fund: one pass over the facts.
    printed: dict[str, list[Fact]] = {key: [] for key in ABSENCE_ALIASES}
    value, bare = Role.VALUE, Dimension.BARE
    # Outside a table a figure's label is the text's own characters (its brackets' verb read
    # without them at most, and no fund's name has a verb's character): in a text that names no
    # fund (most), only a table's cell (a row's label, its column's name) can name one.
    named = _ANY_ALIAS.search(text) is not None
    for f in doc.facts:
        if f.role is not value or f.q.value == 0:
            continue
        if not (f.q.unit.is_money or (f.in_table and f.q.unit.dimension is bare)):
            continue
        if not named and not f.in_table:
            continue
        where = f.column + f.label
        if not _ANY_ALIAS.search(where):
            continue  # most figures name no fund that could be absent: one search decides
        for key, aliases in ABSENCE_ALIASES.items():
            if len(printed[key]) < 2 and any(a in where for a in aliases):
                printed[key].append(f)
    if not any(printed.values()):
        return out  # no figure of a fund: nothing a statement of absence could contradict
    # Where a statement of absence can start (its first characters), found in one scan: a
    # sentence without any is not searched.
    starts = [m.start() for m in _ABSENT_FIRST.finditer(text)]
    k = 0
    for s in doc.sentences:
        while k < len(starts) and starts[k] < s.start:
            k += 1
        if k == len(starts) or starts[k] >= s.end:
            continue
        body = text[s.start : s.end]
        reported: set[int] = set()
        for m in _ABSENT.finditer(body):
            what = m.group("what")
            for key in ABSENCE_ALIASES:
                if key not in what:
                    continue
                for f in printed[key]:
                    if f.sentence == s.index or f.index in reported:
                        continue
                    reported.add(f.index)
                    line, _ = doc.norm.position(f.q.start)
                    said = m.group(0)
                    start = s.start + m.start()
                    out.append(
                        _finding(
                            doc,
                            file,
                            "consistency.not-occurred",
                            W,
                            start,
                            s.start + m.end(),
                            f"the text says “{said}”, but {f.q.text} is printed for "
                            f"{f.column or f.label.strip()} on line {line}",
                            f"文中称“{said}”，但第{line}行{f.column or f.label.strip()}列示"
                            f"{f.q.text}",
                            said,
                            f.q.text,
                        )
                    )
                    break
    return out


def document_findings(
    doc: Document, *, file: str | None = None, catalogue: Catalogue | None = None
) -> list[Finding]:
    """Every document-level check on a read document."""
    return [
        *_units(doc, file),
        *_same_quantity(doc, file),
        *_paths(doc, file, catalogue),
        *_spending_above_income(doc, file),
        *_not_occurred(doc, file),
        *_too_long(doc, file),
    ]


# ----------------------------------------------------------------------------------------------
# Figures left unread

_QUOTED_DIGITS = 20  # the characters of a number too long to read that its finding quotes


def _too_long(doc: Document, file: str | None) -> list[Finding]:
    """A number too long to read (more than LONGEST_NUMBER characters, about a million) was
    left unread by the quantity reader: a warning at its place, so that the text is not taken as
    checked there. The quote is the number's first characters, not the whole number."""
    out: list[Finding] = []
    for start, end in doc.too_long:
        length = f"{end - start:,}"
        head = doc.norm.quote(start, min(end, start + _QUOTED_DIGITS))
        line, column = doc.norm.position(start)
        out.append(
            Finding(
                "structure.unreadable-figure",
                W,
                Location(file=file, line=line, column=column),
                f"a number of {length} characters is too long to read"
                f" (at most {LONGEST_NUMBER:,}): it was not checked",
                f"数字长{length}个字符，超过可读取的{LONGEST_NUMBER:,}个，未作核对",
                span=f"{head}…",
            )
        )
    return out
