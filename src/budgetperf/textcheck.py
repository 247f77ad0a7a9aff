"""Text checks of published report documents: the claims of the standard sentences, verified.

决算 explanations (部门决算情况说明) and 绩效自评 reports state their figures in a few fixed
sentence forms. :func:`check_text` finds those sentences in a plain text, ties each printed
figure to the figures it is computed from, recomputes it exactly (``Decimal``, 四舍五入) and
compares **at the printed precision** (:func:`budgetperf.audit.agrees`):

* shares, "一般公共服务（类）支出530.37万元，占84.33%" against the total they refer to
  (``arithmetic.share``; ``arithmetic.shares-sum`` when a closed list has no printed total);
* completion, "年初预算为A万元，支出决算为B万元，完成年初预算的C%"
  (``arithmetic.completion-rate``, ``arithmetic.completion-zero-base``,
  ``arithmetic.completion-comparison``), and the same for the 三公经费
  (``arithmetic.sangong``);
* year-on-year change, "减少393.37万元，下降38.48%" against the current figure
  (``arithmetic.change-rate``, ``arithmetic.change-amount``, ``arithmetic.change-direction``);
* "其中" breakdowns and lists that must add up to their stated total
  (``arithmetic.breakdown-sum``, tolerance of rounded addends by
  :func:`budgetperf.audit.sum_agrees`);
* the same named quantity stated with different values (``consistency.same-quantity``);
* money without a unit, or in 元 where the document works in 万元 (``units.*``);
* 类/款/项 paths, read by :func:`budgetperf.classification.parse_path`
  (``classification.*``).

A claim the checker cannot tie to a figure (the total it refers to is not printed, or is
ambiguous) is skipped, never guessed. Full-width and ASCII punctuation are both read.

>>> text = ("2022年度支出628.95万元，主要用于以下方面：一般公共服务（类）支出557.28万元，"
...         "占88.60%；科学技术（类）支出71.67万元，占11.39%。")
>>> for f in check_text(text):
...     print(f.code, f.location.line, f.location.column, f.printed, f.computed)
arithmetic.share 1 55 11.39 11.40
>>> [(c.kind, c.printed, c.ok) for c in extract_claims(text)]
[('share', '88.60', True), ('share', '11.39', False)]
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Iterable
from decimal import Decimal

import attrs

from budgetperf.audit import Finding, Severity, agrees, register, sum_agrees
from budgetperf.classification import Catalogue, PathReading, parse_path
from budgetperf.errors import Location, ParseError
from budgetperf.exact import _CTX, Rounding, round_to

__all__ = ["Claim", "check_report_file", "check_text", "extract_claims", "read_text"]

E, W, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO

register("arithmetic.share", E, "a share disagrees with amount / total", "占比与金额/合计不符")
register(
    "arithmetic.shares-sum",
    E,
    "the shares of a closed list do not add up to 100%",
    "各项占比合计不为100%",
)
register(
    "arithmetic.completion-rate",
    E,
    "a completion rate disagrees with 决算 / 年初预算",
    "完成年初预算的比例与决算数/年初预算数不符",
)
register(
    "arithmetic.completion-zero-base",
    W,
    "a completion rate printed where the budget is 0 (the rate is undefined)",
    "年初预算为0仍列示完成比例（比例无定义）",
)
register(
    "arithmetic.completion-comparison",
    E,
    "决算数大于/小于/等于年初预算数 contradicts the figures",
    "“决算数大于/小于/等于年初预算数”与数字不符",
)
register(
    "arithmetic.change-rate",
    E,
    "a change rate disagrees with change / previous figure",
    "增减率与增减额/上年数不符",
)
register(
    "arithmetic.change-amount",
    E,
    "a change amount disagrees with current − previous",
    "增减额与本年数−上年数不符",
)
register(
    "arithmetic.change-direction",
    E,
    "增加/减少 and 增长/下降 point in different directions",
    "增减方向表述矛盾",
)
register(
    "arithmetic.breakdown-sum",
    E,
    "the parts of a 其中 breakdown do not add up to the stated total",
    "“其中”各项之和与合计不符",
)
register(
    "arithmetic.sangong",
    E,
    "a 三公经费 completion rate or saving disagrees with budget and actual",
    "“三公”经费完成预算比例或节约额与预算数、决算数不符",
)
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

# parse_path's own codes and default severities (classification._FINDINGS), registered here
# because check_text emits them.
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

# --------------------------------------------------------------------------------------------
# Reading files


def read_text(path: str | os.PathLike[str]) -> str:
    """Read a report text: UTF-8 (with or without BOM), else GB18030 (which covers GBK).

    >>> read_text("examples/reports/000_19490f38bcbee111.txt").splitlines()[1]
    '整体支出绩效自评报告'
    """
    name = os.fspath(path)
    try:
        with open(name, "rb") as handle:
            data = handle.read()
    except OSError as exc:
        raise ParseError(f"cannot read the file ({exc.strerror})", value=name) from None
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ParseError(
                "not valid UTF-8 after a UTF-8 BOM", value=name, location=Location(file=name)
            ) from exc
    if b"\x00" in data:
        raise ParseError(
            "not a text file (NUL bytes; UTF-16 is not read)",
            value=name,
            location=Location(file=name),
        )
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ParseError(
        "cannot decode the file as UTF-8, GBK or GB18030", value=name, location=Location(file=name)
    )


# --------------------------------------------------------------------------------------------
# Tokens

# Full-width punctuation and digits → ASCII, one character for one, so columns do not move.
_FOLD = str.maketrans(
    {
        "，": ",",
        "；": ";",
        "：": ":",
        "（": "(",
        "）": ")",
        "％": "%",
        "．": ".",
        "﹪": "%",
        **{chr(0xFF10 + i): str(i) for i in range(10)},
    }
)

_NUM = r"(?<![\d.,])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d])"
_MONEY = re.compile(_NUM + r" ?(亿元|万元|元)")
_PCT = re.compile(_NUM + r" ?%")
# A money figure without a unit: a decimal right after a money word, followed by no unit.
_BARE = re.compile(
    r"(?:支出|收入|经费|预算|资金|拨款|决算|结余|合计)(?:数|为|是|:)?"
    r"(?<![\d.])(\d+\.\d+)"
    r"(?![\d.]| ?(?:亿|万|千|元|%|个|人|项|件|次|年|月|日|号|批|辆|台|套|条|篇|家|所|名"
    r"|分|倍|天|小时|期))"
)
_SENTENCE_END = re.compile(r"[。!?]")
_SEPARATORS = frozenset(",;:。、!?")
_UNIT_SCALE = {"万元": 0, "元": -4, "亿元": 4}


@attrs.frozen
class _Tok:
    """A number in a line: money (with its unit, or None when printed without) or a percent."""

    kind: str  # "money" or "pct"
    printed: Decimal
    text: str
    start: int
    end: int
    unit: str | None = None

    @property
    def wan(self) -> Decimal:
        """The money in 万元 (exact)."""
        return self.printed.scaleb(_UNIT_SCALE.get(self.unit or "万元", 0), _CTX)


def _dec(text: str) -> Decimal:
    return Decimal(text.replace(",", ""))


def _places(value: Decimal) -> int:
    exponent = value.as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


class _Line:
    """One line of the text, folded to ASCII punctuation, with its tokens."""

    __slots__ = ("bare", "depth", "money", "number", "pcts", "raw", "sents", "text")

    def __init__(self, number: int, raw: str) -> None:
        self.number = number
        self.raw = raw
        self.text = raw.translate(_FOLD)
        text = self.text
        self.money = [
            _Tok("money", _dec(m.group(1)), m.group(0), m.start(), m.end(), m.group(2))
            for m in _MONEY.finditer(text)
        ]
        self.pcts = [
            _Tok("pct", _dec(m.group(1)), m.group(0), m.start(), m.end())
            for m in _PCT.finditer(text)
        ]
        self.bare: list[_Tok] = []
        if self.money and ("," in text or "。" in text):
            for m in _BARE.finditer(text):
                self.bare.append(_Tok("money", _dec(m.group(1)), m.group(1), m.start(1), m.end(1)))
            if self.bare:
                self.money = sorted([*self.money, *self.bare], key=lambda t: t.start)
        if "(" not in text and ")" not in text:
            self.depth = [0] * (len(text) + 1)
        else:
            depth = [0] * (len(text) + 1)
            level = 0
            for i, ch in enumerate(text):
                if ch == "(":
                    depth[i] = level
                    level += 1
                    continue
                if ch == ")":
                    level = max(0, level - 1)
                depth[i] = level
            depth[len(text)] = level
            self.depth = depth
        bounds = [m.end() for m in _SENTENCE_END.finditer(text)]
        if not bounds or bounds[-1] < len(text):
            bounds.append(len(text))
        self.sents = list(zip([0, *bounds[:-1]], bounds, strict=True)) if text else []

    def sentences(self) -> list[tuple[int, int]]:
        """(start, end) of each sentence: up to and including each 。, ! or ?."""
        return self.sents

    def clause_start(self, pos: int) -> int:
        """Start of the clause that ends at ``pos``: after the last separator at its depth."""
        text, depth = self.text, self.depth
        want = depth[pos] if pos < len(depth) else 0
        i = pos - 1
        while i >= 0:
            ch = text[i]
            if ch == "(" and depth[i] < want:
                return i + 1
            if depth[i] == want and ch in _SEPARATORS:
                return i + 1
            if depth[i] < want:
                return i + 1
            i -= 1
        return 0

    def flat_between(self, a: int, b: int) -> str:
        """The text between ``a`` and ``b`` without parenthesised groups."""
        out = []
        base = self.depth[a] if a < len(self.depth) else 0
        for i in range(a, b):
            ch = self.text[i]
            if self.depth[i] > base or (ch == "(" and self.depth[i] == base):
                continue
            if ch == ")" and self.depth[i] == base and i > a:
                continue
            out.append(ch)
        return "".join(out)


# --------------------------------------------------------------------------------------------
# Claims


@attrs.frozen
class Claim:
    """A checked claim: what it states, where, what was printed and what it should be.

    ``kind`` is ``share``, ``completion``, ``sangong``, ``change``, ``change-amount``,
    ``breakdown`` or ``saving``;
    ``ok`` is True when the printed figure agrees with the recomputed one, False when it does
    not (a finding is reported), None when it cannot be recomputed (a zero base).
    """

    kind: str
    line: int
    column: int
    span: str
    printed: str
    computed: str | None
    ok: bool | None
    figures: tuple[tuple[str, Decimal], ...] = ()


class _Doc:
    """The state of one check: lines, claims and findings."""

    def __init__(self, text: str, file: str | None, catalogue: Catalogue | None) -> None:
        if text.startswith("\ufeff"):
            text = " " + text[1:]
        self.lines = [_Line(n, raw.rstrip("\r")) for n, raw in enumerate(text.split("\n"), 1)]
        self.file = file
        self.catalogue = catalogue
        self.claims: list[Claim] = []
        self.findings: list[Finding] = []
        # (line number, token start) of amounts that are changes, not quantities.
        self.change_amounts: set[tuple[int, int]] = set()

    # -- output ---------------------------------------------------------------------------

    def where(self, line: _Line, column: int) -> Location:
        return Location(file=self.file, line=line.number, column=column + 1)

    def find(
        self,
        code: str,
        severity: Severity,
        line: _Line,
        start: int,
        end: int,
        en: str,
        zh: str,
        printed: str | None,
        computed: str | None,
    ) -> None:
        self.findings.append(
            Finding(
                code,
                severity,
                self.where(line, start),
                en,
                zh,
                printed=printed,
                computed=computed,
                span=line.raw[start:end],
            )
        )

    def claim(
        self,
        kind: str,
        line: _Line,
        start: int,
        end: int,
        printed: Decimal,
        computed: str | None,
        ok: bool | None,
        figures: Iterable[tuple[str, Decimal]] = (),
    ) -> None:
        self.claims.append(
            Claim(
                kind,
                line.number,
                start + 1,
                line.raw[start:end],
                str(printed),
                computed,
                ok,
                tuple(figures),
            )
        )

    # -- the checks -----------------------------------------------------------------------

    def run(self, *, paths: bool = True) -> None:
        counted = [line for line in self.lines if line.money]
        for line in counted:
            for start, end in line.sentences():
                self.changes(line, start, end)
        for line in counted:
            for start, end in line.sentences():
                self.shares(line, start, end)
                self.breakdowns(line, start, end)
        self.completions()
        self.units()
        self.same_quantity()
        if paths:
            self.paths()

    # shares ----------------------------------------------------------------------------------

    def tok_before(self, line: _Line, pos: int, lo: int) -> _Tok | None:
        """The money token ending right before ``pos`` (only punctuation and groups between)."""
        best = None
        for tok in line.money:
            if lo <= tok.start and tok.end <= pos and line.depth[tok.start] == line.depth[pos]:
                best = tok
        if best is None:
            return None
        gap = line.flat_between(best.end, pos)
        if gap.strip(" ,;:。") == "":
            return best
        return None

    def share_sites(self, line: _Line, start: int, end: int) -> list[tuple[_Tok, _Tok, str, int]]:
        """(amount, percent, referent, clause start) of each "金额,占[X的]Y%" in a sentence."""
        sites = []
        for pct in line.pcts:
            if not (start <= pct.start < end):
                continue
            head = line.text[max(start, pct.start - 40) : pct.start]
            m = _SHARE_HEAD.search(head)
            if m is None:
                continue
            zhan = pct.start - len(head) + m.start()
            amount = self.tok_before(line, zhan, start)
            if amount is None:
                continue
            ref = (m.group("ref") or "").strip()
            sites.append((amount, pct, ref, line.clause_start(amount.start)))
        return sites

    def head_total(self, line: _Line, start: int, end: int, first_share: int) -> _Tok | None:
        """A sentence's head total: its first amount, when a list introducer follows it."""
        tokens = [t for t in line.money if start <= t.start < first_share]
        if not tokens:
            return None
        head = tokens[0]
        if line.depth[head.start] != line.depth[start] if start < len(line.depth) else False:
            return None
        after = line.text[head.end : head.end + 16]
        if _INTRODUCER.match(after) is None:
            return None
        return head

    def resolve_ref(
        self, line: _Line, ref: str, before: int, exclude: _Tok, lo: int
    ) -> _Tok | None:
        """The nearest amount before ``before`` on the line whose label names ``ref``."""
        want = _strip_total_words(ref)
        if len(want) < 2:
            return None
        for tok in reversed(line.money):
            if tok.end > before or tok is exclude or tok.start < lo:
                continue
            if (line.number, tok.start) in self.change_amounts:
                continue
            label = _strip_total_words(
                line.text[line.clause_start(tok.start) : tok.start].rstrip(" :为是")
            )
            if label.endswith(want):
                return tok
            tail = label[-len(want) :]
            if (
                len(want) >= 4
                and len(tail) == len(want)
                and sum(a != b for a, b in zip(tail, want, strict=True)) == 1
            ):
                return tok  # "占其本支出的": a one-character misprint of 基本支出
        return None

    def shares(self, line: _Line, start: int, end: int) -> None:
        sites = self.share_sites(line, start, end)
        if not sites:
            return
        lists = self.breakdown_lists(line, start, end)
        head = self.head_total(line, start, end, min(a.start for a, _, _, _ in sites))
        untied: list[tuple[_Tok, _Tok, int]] = []
        for amount, pct, ref, clause in sites:
            total: _Tok | None = None
            if ref and ref not in _GENERIC_REFS:
                total = self.resolve_ref(line, ref, clause, amount, 0)
                if total is None:
                    continue  # the total it refers to is not printed here: skip
            else:
                owner = next((lst for lst in lists if amount in lst.items), None)
                if owner is not None:
                    total = owner.total
                elif head is not None and head is not amount:
                    total = head
                elif not ref:
                    untied.append((amount, pct, clause))
                    continue
                else:
                    continue
            self.check_share(line, amount, pct, clause, total.wan, total.unit)
        if untied:
            self.closed_shares(line, untied)

    def check_share(
        self,
        line: _Line,
        amount: _Tok,
        pct: _Tok,
        clause: int,
        total: Decimal,
        total_unit: str | None,
    ) -> None:
        if total == 0:
            return
        computed = _CTX.multiply(_CTX.divide(amount.wan, total), 100)
        places = _places(pct.printed)
        shown = str(round_to(computed, places, Rounding.HALF_UP))
        ok = agrees(pct.printed, computed)
        figures = (("amount", amount.wan), ("total", total), ("percent", pct.printed))
        self.claim("share", line, clause, pct.end, pct.printed, shown, ok, figures)
        if ok:
            return
        exact = round_to(computed, 4, Rounding.HALF_UP)
        a, t = amount.wan, total
        self.find(
            "arithmetic.share",
            E,
            line,
            clause,
            pct.end,
            f"the share is printed as {pct.printed}%, but {a} / {t} = {exact}%, "
            f"which rounds to {shown}%",
            f"占比印为{pct.printed}%，但{a}÷{t}={exact}%，四舍五入为{shown}%",
            str(pct.printed),
            shown,
        )

    def closed_shares(self, line: _Line, items: list[tuple[_Tok, _Tok, int]]) -> None:
        """Shares with no printed total: check them when the list is closed."""
        printed = [p.printed for _, p, _ in items]
        labels = "".join(line.text[c : a.start] for a, _, c in items)
        closed = all(k in labels for k in ("出国", "公务用车", "公务接待"))
        if sum_agrees(Decimal(100), printed):
            total = Decimal(0)
            for amount, _, _ in items:
                total = _CTX.add(total, amount.wan)
            for amount, pct, clause in items:
                self.check_share(line, amount, pct, clause, total, None)
        elif closed:
            first = items[0]
            shown = str(_exact_sum(printed))
            self.claim("share", line, first[2], items[-1][1].end, Decimal(100), shown, False)
            self.find(
                "arithmetic.shares-sum",
                E,
                line,
                first[2],
                items[-1][1].end,
                f"the shares of the 三公经费 add up to {shown}%, not 100%",
                f"“三公”经费各项占比合计为{shown}%，不是100%",
                "100",
                shown,
            )

    # breakdowns ------------------------------------------------------------------------------

    def breakdown_lists(self, line: _Line, start: int, end: int) -> list[_List]:
        """The 其中/包括/包含 lists of a sentence, and bare groups after an amount."""
        found: list[_List] = []
        for m in _KEYWORD.finditer(line.text, start, end):
            at = m.start()
            if at > 0 and line.text[at - 1] == "(":
                at -= 1  # "404.96(包含…)": the group lists the parts of the amount before it
            total = self.tok_before(line, at, 0)
            if total is None:
                continue
            found.append(self.gather(line, total, m.end(), end))
        for tok in line.money:
            if not (start <= tok.start < end):
                continue
            after = tok.end
            if after < len(line.text) and line.text[after] == "(":
                close = _matching(line, after)
                inner = line.text[after + 1 : close]
                if _KEYWORD.match(inner) or _NOT_PARTS.search(inner):
                    continue
                lst = self.gather(line, tok, after + 1, close)
                if len(lst.items) >= 2:
                    found.append(lst)
        return found

    def gather(self, line: _Line, total: _Tok, pos: int, end: int) -> _List:
        """The parts of a list that starts at ``pos``: first amount of each segment."""
        depth = line.depth[pos] if pos < len(line.depth) else 0
        stop = end
        # A list opened inside parentheses ends at the closing one.
        for i in range(pos, end):
            if line.depth[i] < depth:
                stop = i
                break
        short = stop
        for i in range(pos, stop):
            if line.text[i] == ";" and line.depth[i] == depth:
                short = i
                break
        nested = [
            (m.start(), self.tok_before(line, m.start(), pos))
            for m in _KEYWORD.finditer(line.text, pos, stop)
        ]
        sub_starts = [s for s, t in nested if t is not None]
        shares = {a: (ref, c) for a, _, ref, c in self.share_sites(line, pos, stop)}
        items: list[_Tok] = []
        short_items: list[_Tok] = []
        segments: list[tuple[int, int, str]] = []  # start, end, the separator after it
        seg_start = pos
        for i in range(pos, stop):
            if line.depth[i] == depth and line.text[i] in ",;、":
                segments.append((seg_start, i, line.text[i]))
                seg_start = i + 1
        segments.append((seg_start, stop, ";"))
        in_sub = False
        for seg_from, seg_to, sep in segments:
            lead = len(line.text[seg_from:seg_to]) - len(line.text[seg_from:seg_to].lstrip())
            if seg_from + lead in sub_starts:
                in_sub = True  # a nested list: its parts are not parts of this one
            if not in_sub:
                for tok in line.money:
                    if seg_from <= tok.start < seg_to and line.depth[tok.start] == depth:
                        if (line.number, tok.start) in self.change_amounts:
                            break
                        if self.is_part(line, tok, total, shares):
                            items.append(tok)
                            if tok.start < short:
                                short_items.append(tok)
                        break
            if sep == ";":
                in_sub = False
        return _List(line, total, tuple(items), tuple(short_items))

    def is_part(
        self, line: _Line, tok: _Tok, total: _Tok, shares: dict[_Tok, tuple[str, int]]
    ) -> bool:
        """An amount with a share of something other than the list total is not a part."""
        label = line.text[line.clause_start(tok.start) : tok.start]
        if _NOT_PARTS.search(label):
            return False
        if tok not in shares:
            return True
        ref, clause = shares[tok]
        if not ref or ref in _GENERIC_REFS:
            return True
        return self.resolve_ref(line, ref, clause, tok, 0) is total

    def breakdowns(self, line: _Line, start: int, end: int) -> None:
        for lst in self.breakdown_lists(line, start, end):
            self.check_list(lst.line, lst.total, lst.items, lst.short)
        # A 其中 that ends the line: its parts are on the next lines.
        stripped = line.text[start:end].rstrip()
        if end == len(line.text) and stripped.endswith(("其中:", "其中")):
            key = stripped.rfind("其中")
            total = self.tok_before(line, start + key, 0)
            if total is None:
                return
            own = next(s for s, e in line.sentences() if s <= total.start < e)
            if sum(1 for t in line.money if own <= t.start < start + key) != 1:
                return
            self.check_list(line, total, self.lines_below(line), ())

    def lines_below(self, line: _Line) -> tuple[_Tok, ...]:
        parts: list[_Tok] = []
        self.part_lines: list[_Line] = []
        for below in self.lines[line.number :]:
            if _MARKER.match(below.text) or not below.money:
                break
            tok = below.money[0]
            if below.depth[tok.start] != 0 or (below.number, tok.start) in self.change_amounts:
                break
            parts.append(tok)
        return tuple(parts)

    def check_list(
        self, line: _Line, total: _Tok, items: tuple[_Tok, ...], short: tuple[_Tok, ...]
    ) -> None:
        if not items:
            return
        candidates = [items] if not short or short == items else [short, items]
        sums = [_exact_sum([t.wan for t in c]) for c in candidates]
        agree = [
            sum_agrees(total.wan, [t.wan for t in c]) or _sum_agrees_printed(total, c)
            for c in candidates
        ]
        clause = line.clause_start(total.start)
        figures = (("total", total.wan), *(("part", t.wan) for t in items))
        if any(agree):
            if len(items) >= 2 or agree[-1]:
                self.claim("breakdown", line, clause, total.end, total.printed, None, True, figures)
            return
        if len(candidates) > 1:
            return  # ambiguous: where the list ends is not clear
        total_sum = sums[0]
        if len(items) < 2 and total_sum <= total.wan:
            return  # one part smaller than the total: a subset, not a breakdown
        shown = _show(total_sum, total)
        self.claim("breakdown", line, clause, total.end, total.printed, shown, False, figures)
        parts = " + ".join(str(t.printed) + (t.unit or "") for t in items)
        self.find(
            "arithmetic.breakdown-sum",
            E,
            line,
            clause,
            total.end,
            f"the total is printed as {total.text}, but its parts add up to {shown}: {parts}",
            f"合计印为{total.text}，但其中各项之和为{shown}：{parts}",
            str(total.printed),
            shown,
        )

    # completion ------------------------------------------------------------------------------

    def completion_at(self, line: _Line, start: int, end: int) -> _Completion | None:
        budget = actual = rate = None
        for tok in line.money:
            if not (start <= tok.start < end):
                continue
            label = line.text[max(start, tok.start - 12) : tok.start]
            if budget is None and _BUDGET_LABEL.search(label):
                budget = tok
            elif budget is not None and actual is None and _ACTUAL_LABEL.search(label):
                actual = tok
        if budget is None or actual is None:
            return None
        m = _RATE.search(line.text, actual.end, end)
        if m is not None:
            rate = next(p for p in line.pcts if p.start == m.start("pct"))
        saving = None
        s = _SAVING.search(line.text, actual.end, end)
        if s is not None:
            saving = next((t for t in line.money if t.start == s.start("amt")), None)
        text = line.text[start:end]
        sangong = any(k in text for k in _SANGONG_WORDS)
        return _Completion(
            line, line.clause_start(budget.start), budget, actual, rate, saving, sangong
        )

    def completions(self) -> None:
        lines = self.lines
        index = 0
        while index < len(lines):
            line = lines[index]
            index += 1
            if len(line.money) < 2:
                continue
            for start, end in line.sentences():
                comp = self.completion_at(line, start, end)
                if comp is None:
                    continue
                self.check_completion(comp, line.text[start:end])
                tail = line.text[start:end].rstrip()
                if tail.endswith(("其中:", "其中")) and end == len(line.text):
                    subs, index = self.sub_completions(index)
                    self.check_completion_sum(comp, subs)

    def sub_completions(self, index: int) -> tuple[list[_Completion], int]:
        subs: list[_Completion] = []
        while index < len(self.lines):
            line = self.lines[index]
            found = [
                c for s, e in line.sentences() if (c := self.completion_at(line, s, e)) is not None
            ]
            if found:
                for comp, (s, e) in zip(found, line.sentences(), strict=False):
                    self.check_completion(comp, line.text[s:e])
                subs.extend(found[:1])
            elif not (_PATH_LINE.search(line.text) and not line.money):
                break
            index += 1
        return subs, index

    def check_completion_sum(self, comp: _Completion, subs: list[_Completion]) -> None:
        if len(subs) < 2:
            return
        for which, total in (("budget", comp.budget), ("actual", comp.actual)):
            parts = [getattr(s, which) for s in subs]
            self.check_list(comp.line, total, tuple(parts), ())

    def check_completion(self, comp: _Completion, sentence: str) -> None:
        line, budget, actual, rate = comp.line, comp.budget, comp.actual, comp.rate
        code = "arithmetic.sangong" if comp.sangong else "arithmetic.completion-rate"
        kind = "sangong" if comp.sangong else "completion"
        figures = (("budget", budget.wan), ("actual", actual.wan))
        if rate is not None:
            if budget.wan == 0:
                self.claim(kind, line, comp.start, rate.end, rate.printed, None, None, figures)
                self.find(
                    "arithmetic.completion-zero-base",
                    W,
                    line,
                    comp.start,
                    rate.end,
                    f"the budget is 0, so the completion rate is undefined; {rate.printed}% is "
                    "a publishing convention, not arithmetic",
                    f"年初预算为0，完成比例无定义；{rate.printed}%是列示惯例，不是计算结果",
                    str(rate.printed),
                    None,
                )
            else:
                computed = _CTX.multiply(_CTX.divide(actual.wan, budget.wan), 100)
                shown = str(round_to(computed, _places(rate.printed), Rounding.HALF_UP))
                ok = agrees(rate.printed, computed)
                self.claim(kind, line, comp.start, rate.end, rate.printed, shown, ok, figures)
                if not ok:
                    exact = round_to(computed, 4, Rounding.HALF_UP)
                    self.find(
                        code,
                        E,
                        line,
                        comp.start,
                        rate.end,
                        f"the completion rate is printed as {rate.printed}%, but "
                        f"{actual.wan} / {budget.wan} = {exact}%, which rounds to {shown}%",
                        f"完成比例印为{rate.printed}%，但{actual.wan}÷{budget.wan}={exact}%，"
                        f"四舍五入为{shown}%",
                        str(rate.printed),
                        shown,
                    )
        if comp.saving is not None:
            saving = comp.saving
            diff = _CTX.subtract(budget.wan, actual.wan)
            ok = agrees(saving.wan, diff)
            shown = str(round_to(diff, _places(saving.wan), Rounding.HALF_UP))
            self.claim("saving", line, comp.start, saving.end, saving.printed, shown, ok, figures)
            if not ok:
                self.find(
                    "arithmetic.sangong",
                    E,
                    line,
                    comp.start,
                    saving.end,
                    f"the saving is printed as {saving.text}, but {budget.wan} − {actual.wan} = "
                    f"{diff}",
                    f"节约额印为{saving.text}，但{budget.wan}−{actual.wan}={diff}",
                    str(saving.printed),
                    shown,
                )
        m = _COMPARISON.search(sentence)
        if m is not None:
            said = m.group(1)
            truth = (
                "大于" if actual.wan > budget.wan else "小于" if actual.wan < budget.wan else "等于"
            )
            base = sentence.find(m.group(0))
            pos = line.text.find(sentence) + base
            if said != truth:
                self.find(
                    "arithmetic.completion-comparison",
                    E,
                    line,
                    pos,
                    pos + len(m.group(0)),
                    f"the text says 决算数{said}年初预算数, but {actual.wan} is {truth} "
                    f"{budget.wan}",
                    f"文中称决算数{said}年初预算数，但{actual.wan}{truth}{budget.wan}",
                    said,
                    truth,
                )

    # change ----------------------------------------------------------------------------------

    def changes(self, line: _Line, start: int, end: int) -> None:
        for m in _CHANGE.finditer(line.text, start, end):
            amount = next((t for t in line.money if t.start == m.start("amt")), None)
            if amount is None:
                continue
            self.change_amounts.add((line.number, amount.start))
            rate = None
            if m.group("pct") is not None:
                rate = next((p for p in line.pcts if p.start == m.start("pct")), None)
            sign1 = _SIGN[m.group("verb")]
            sign2 = _SIGN.get(m.group("verb2") or "", sign1)
            clause = line.clause_start(m.start())
            span_end = rate.end if rate is not None else amount.end
            if sign1 != sign2:
                self.find(
                    "arithmetic.change-direction",
                    E,
                    line,
                    clause,
                    span_end,
                    f"“{m.group('verb')}” and “{m.group('verb2')}” point in different directions",
                    f"“{m.group('verb')}”与“{m.group('verb2')}”方向矛盾",
                    m.group("verb2"),
                    m.group("verb"),
                )
                continue
            stated = self.stated_pair(line, start, m.start())
            if stated is not None:
                current, before = stated
                actual = _CTX.subtract(current.wan, before.wan)
                shown = str(round_to(actual.copy_abs(), _places(amount.wan), Rounding.HALF_UP))
                ok = agrees(amount.wan, actual.copy_abs()) and (actual >= 0) == (sign1 > 0)
                self.claim("change-amount", line, clause, amount.end, amount.printed, shown, ok)
                if not ok:
                    word = "增加" if actual > 0 else "减少"
                    wrong_way = agrees(amount.wan, actual.copy_abs())
                    self.find(
                        "arithmetic.change-direction" if wrong_way else "arithmetic.change-amount",
                        E,
                        line,
                        clause,
                        amount.end,
                        f"the change is printed as {m.group('verb')} {amount.text}, but "
                        f"{current.wan} − {before.wan} = {actual}",
                        f"增减额印为{m.group('verb')}{amount.text}，但{current.wan}−{before.wan}"
                        f"={actual}（{word}）",
                        str(amount.printed),
                        shown,
                    )
                    continue
            else:
                found = self.current_for(line, start, m.start())
                if found is None:
                    continue
                current = found
            if rate is None:
                continue
            delta = amount.wan if sign1 > 0 else amount.wan.copy_negate()
            previous = _CTX.subtract(current.wan, delta)
            if previous <= 0:
                continue
            computed = _CTX.multiply(_CTX.divide(amount.wan, previous), 100)
            shown = str(round_to(computed, _places(rate.printed), Rounding.HALF_UP))
            ok = agrees(rate.printed, computed)
            figures = (("current", current.wan), ("change", delta), ("previous", previous))
            self.claim("change", line, clause, rate.end, rate.printed, shown, ok, figures)
            if not ok:
                exact = round_to(computed, 4, Rounding.HALF_UP)
                self.find(
                    "arithmetic.change-rate",
                    E,
                    line,
                    clause,
                    rate.end,
                    f"the change rate is printed as {rate.printed}%, but the previous figure is "
                    f"{current.wan} − ({delta}) = {previous} and {amount.wan} / {previous} = "
                    f"{exact}%, which rounds to {shown}%",
                    f"增减率印为{rate.printed}%，但上年数为{current.wan}−({delta})={previous}，"
                    f"{amount.wan}÷{previous}={exact}%，四舍五入为{shown}%",
                    str(rate.printed),
                    shown,
                )

    def stated_pair(self, line: _Line, start: int, pos: int) -> tuple[_Tok, _Tok] | None:
        """(current, previous) when both are printed before the change in its sentence."""
        before = [
            t
            for t in line.money
            if start <= t.start
            and t.end <= pos
            and (line.number, t.start) not in self.change_amounts
        ]
        previous = [
            t
            for t in before
            if _PREVIOUS_LABEL.search(line.text[line.clause_start(t.start) : t.start])
        ]
        if len(previous) != 1:
            return None
        current = [
            t
            for t in before
            if t is not previous[0]
            and not _NOT_CURRENT.search(line.text[line.clause_start(t.start) : t.start])
        ]
        if not current:
            return None
        return current[-1], previous[0]

    def current_for(self, line: _Line, start: int, pos: int) -> _Tok | None:
        """The current figure a change refers to: the last quantity before it."""
        for tok in reversed(line.money):
            if tok.end > pos or tok.start < start:
                continue
            if (line.number, tok.start) in self.change_amounts:
                return None
            label = line.text[max(start, line.clause_start(tok.start)) : tok.start]
            if _NOT_CURRENT.search(label):
                return None
            return tok
        # "。与上年决算数相比减少…": the last figure of the sentence before, on the same line.
        head = line.text[start:pos]
        if start == 0 or not _COMPARED.match(head):
            return None
        for prev_start, prev_end in line.sentences():
            if prev_end == start:
                return self.current_for(line, prev_start, prev_end)
        return None

    # units -----------------------------------------------------------------------------------

    def units(self) -> None:
        wan_values: dict[Decimal, tuple[int, str]] = {}
        for line in self.lines:
            for tok in line.money:
                if tok.unit == "万元" and tok.printed >= 1:
                    wan_values.setdefault(tok.printed, (line.number, tok.text))
        for line in self.lines:
            has_wan = any(t.unit == "万元" for t in line.money)
            for tok in line.bare:
                if tok.printed == 0:
                    continue
                self.find(
                    "units.missing-unit",
                    W,
                    line,
                    tok.start,
                    tok.end,
                    f"{tok.printed} is printed without a unit (read as 万元 like the figures "
                    "around it)",
                    f"{tok.printed}未写单位（按上下文读作万元）",
                    tok.text,
                    f"{tok.printed}万元",
                )
            for tok in line.money:
                if tok.unit != "元" or tok.printed == 0:
                    continue
                same = wan_values.get(tok.printed)
                if same is not None and _significant(tok.printed) >= 3:
                    self.find(
                        "units.wrong-unit",
                        E,
                        line,
                        tok.start,
                        tok.end,
                        f"{tok.text} is printed in 元, but the document states "
                        f"{same[1]} (line {same[0]}); the unit should be 万元",
                        f"{tok.text}以元列示，但文中第{same[0]}行为{same[1]}，单位应为万元",
                        tok.text,
                        f"{tok.printed}万元",
                    )
                elif has_wan:
                    wan = tok.wan.normalize(_CTX)
                    self.find(
                        "units.yuan-in-wanyuan",
                        INFO,
                        line,
                        tok.start,
                        tok.end,
                        f"{tok.text} is in 元 in a paragraph that works in 万元: {tok.text} = "
                        f"{wan:f}万元",
                        f"以万元为单位的段落中出现以元为单位的金额：{tok.text}={wan:f}万元",
                        tok.text,
                        f"{wan:f}万元",
                    )

    # same quantity ---------------------------------------------------------------------------

    def same_quantity(self) -> None:
        seen: dict[str, tuple[_Line, _Tok]] = {}
        for line in self.lines:
            for tok in line.money:
                if tok.unit is None or (line.number, tok.start) in self.change_amounts:
                    continue
                clause = line.clause_start(tok.start)
                label = line.text[clause : tok.start]
                m = _QUANTITY.search(label)
                if m is None:
                    continue
                rest = label[: m.start()] + label[m.end() :]
                if _NOT_QUANTITY.search(rest):
                    continue
                key = m.group("key").replace("支出", "")
                first = seen.get(key)
                if first is None:
                    seen[key] = (line, tok)
                    continue
                a, b = first[1], tok
                places = min(_places(a.wan), _places(b.wan))
                ra = round_to(a.wan, places, Rounding.HALF_UP)
                rb = round_to(b.wan, places, Rounding.HALF_UP)
                if ra == rb:
                    continue
                self.find(
                    "consistency.same-quantity",
                    W,
                    line,
                    clause,
                    tok.end,
                    f"{m.group('key')} is stated as {b.text} here and as {a.text} on line "
                    f"{first[0].number}",
                    f"{m.group('key')}此处为{b.text}，第{first[0].number}行为{a.text}",
                    b.text,
                    a.text,
                )

    # paths -----------------------------------------------------------------------------------

    def paths(self) -> None:
        for line in self.lines:
            text = line.text
            if "类)" not in text:
                continue
            if not line.money and _PATH_LINE.search(text):
                stop = text.find("。")
                self.check_path(line, 0, stop if stop >= 0 else len(text), labelled=True)
                continue
            # Structure sentences: "一般公共服务(类)支出530.37万元" or a bare 类 name.
        for line in self.lines:
            for start, end in line.sentences():
                m = _INTRO_LIST.search(line.text, start, end)
                if m is None:
                    continue
                for tok in line.money:
                    if not (m.end() <= tok.start < end):
                        continue
                    clause = line.clause_start(tok.start)
                    name = line.text[clause : tok.start]
                    if not name or _NOT_PARTS.search(name) or "占" in name:
                        continue
                    labelled = "(类)" in name
                    self.check_path(line, clause, tok.start, labelled=labelled)

    def check_path(self, line: _Line, start: int, end: int, *, labelled: bool) -> None:
        raw = line.text[start:end]
        if not raw.strip():
            return
        text = raw if labelled else raw + "(类)"
        reading = _read_path(text, self.catalogue)
        if reading is None:
            return
        for f in reading.findings:
            short = f.code.split(".", 1)[1]
            if short == "unresolved-parent":
                continue  # a consequence of the finding before, not a second error
            if not labelled:
                # A bare name in a structure sentence is checked only when it is a near miss of
                # a 类 name ("社会保障与就业支出" for 社会保障和就业支出).
                if short != "unknown-name" or len(f.candidates) != 1:
                    continue
                if _distance(f.candidates[0].name, raw.strip()) > 2:
                    continue
            severity = Severity(f.severity)
            message_en, message_zh = f.message_en, f.message_zh
            if short == "other-name":
                severity = INFO  # right for documents printed before the rename
                message_en += " (right for documents printed before the rename)"
                message_zh += "（改名前的文件使用旧名称属正常）"
            s, e = f.span
            e = min(e, len(raw))
            self.find(
                f.code,
                severity,
                line,
                start + s,
                start + e,
                message_en,
                message_zh,
                raw[s:e],
                str(f.candidates[0]) if f.candidates else None,
            )


@attrs.frozen(eq=False)
class _List:
    line: _Line
    total: _Tok
    items: tuple[_Tok, ...]
    short: tuple[_Tok, ...]


@attrs.frozen(eq=False)
class _Completion:
    line: _Line
    start: int
    budget: _Tok
    actual: _Tok
    rate: _Tok | None
    saving: _Tok | None
    sangong: bool


_SHARE_HEAD = re.compile(
    r"占(?:比|比重)?(?:为|达)?(?:(?P<ref>[^,;:。%\d()]{1,16}?)的)?(?:比例为|比重为|比例|比重)?$"
)
_GENERIC_REFS = frozenset({"总支出", "年度总支出", "总收入", "年度总收入", "合计", "总额"})
_INTRODUCER = re.compile(r"[,:]?(?:主要用于|主要包括|全部为|其中|具体为|分别为|用于以下)")
_INTRO_LIST = re.compile(r"主要用于(?:以下方面)?:")
_KEYWORD = re.compile(r"(?:其中|包括|包含)(?::)?")
_NOT_PARTS = re.compile(
    r"增加|减少|增长|下降|降低|上升|[比较与]上年|[比较与]去年|上年[为数同]|同比|节约"
)
_PREVIOUS_LABEL = re.compile(r"^[^比较与]*(?:上年|去年|上一年)")
_NOT_CURRENT = re.compile(r"(?<!一般公共)预算|上年|去年")
_COMPARED = re.compile(r"\s*(?:与|比|较)(?:上年|去年|\d{4}年)")
_MARKER = re.compile(
    r"\s*(?:\(\s*[0-9一二三四五六七八九十]+\s*\)|[0-9]+\s*[、.]|[一二三四五六七八九十]+\s*、|第)"
)
_PATH_LINE = re.compile(r"\((?:\d+)?类\).*\((?:\d+)?(?:款|项)\)|\((?:\d+)?类\)")
_BUDGET_LABEL = re.compile(r"(?:年初)?预算(?:数)?(?:为|是|:)?$")
_ACTUAL_LABEL = re.compile(r"(?:决算(?:数)?|实际开支|实际支出|执行数)(?:为|是|:)?$")
_RATE = re.compile(r"[^。]{0,30}?完成(?:年初)?预算(?:数)?的?(?P<pct>\d+(?:\.\d+)?) ?%")
_SAVING = re.compile(
    r"[^。]{0,8}?节约(?:预算)?(?:资金)?(?:为)?(?P<amt>\d+(?:\.\d+)?) ?(?:亿元|万元|元)"
)
_COMPARISON = re.compile(r"决算数(大于|小于|等于)(?:年初)?预算数")
_SANGONG_WORDS = ("三公", "因公出国", "公务用车", "公务接待")
_CHANGE = re.compile(
    r"(?P<verb>增加|减少|增长|下降|降低|上升|减|增)了?"
    r"(?P<amt>(?<![\d.,])(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?) ?(?:亿元|万元|元))"
    r"(?:[,、]?(?:同比)?(?P<verb2>增长|下降|降低|增加|减少|上升|增幅|降幅|减幅|增|减)?"
    r"(?:了|为|达)?(?P<pct>\d+(?:\.\d+)?) ?%)?"
)
_SIGN = {
    "增加": 1,
    "增长": 1,
    "上升": 1,
    "增": 1,
    "增幅": 1,
    "减少": -1,
    "下降": -1,
    "降低": -1,
    "减": -1,
    "降幅": -1,
    "减幅": -1,
}
_QUANTITY = re.compile(
    r"(?P<key>一般公共预算财政拨款支出|三公经费(?:支出)?|因公出国\(境\)费(?:支出)?"
    r"|公务用车购置及运行维护费(?:支出)?|公务接待费(?:支出)?|基本支出|人员经费(?:支出)?"
    r"|日常公用经费(?:支出)?|公用经费(?:支出)?|机关运行经费(?:支出)?|会议费|培训费)"
    r"(?:合计|总计|共|决算数|决算|支出决算)?(?:为|是|:)?$"
)
_NOT_QUANTITY = re.compile(r"预算|上年|去年|年初|比|较|增|减|节约|结余|其他|\d{4}年(?!度)")


def _strip_total_words(label: str) -> str:
    label = label.strip()
    for suffix in ("合计", "总额", "总计", "总数", "数"):
        if label.endswith(suffix) and len(label) > len(suffix) + 1:
            label = label[: -len(suffix)]
    return label


def _matching(line: _Line, open_at: int) -> int:
    depth = 0
    for i in range(open_at, len(line.text)):
        ch = line.text[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i
    return len(line.text)


def _exact_sum(values: Iterable[Decimal]) -> Decimal:
    total = Decimal(0)
    for v in values:
        total = _CTX.add(total, v)
    return total


def _sum_agrees_printed(total: _Tok, parts: tuple[_Tok, ...]) -> bool:
    return sum_agrees(total.wan, [t.wan for t in parts])


def _show(value: Decimal, like: _Tok) -> str:
    places = max(_places(like.printed), 2)
    return f"{round_to(value.scaleb(-_UNIT_SCALE.get(like.unit or '万元', 0), _CTX), places)}"


def _significant(value: Decimal) -> int:
    return len(value.normalize(_CTX).as_tuple().digits)


def _distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


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


# --------------------------------------------------------------------------------------------
# The public functions


def _run(text: str, file: str | None, catalogue: Catalogue | None) -> _Doc:
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    doc = _Doc(text, file, catalogue)
    doc.run()
    return doc


def _order(f: Finding) -> tuple[int, int, str]:
    return (f.location.line or 0, f.location.column or 0, f.code)


def check_text(
    text: str, *, file: str | None = None, catalogue: Catalogue | None = None
) -> list[Finding]:
    """Every text check on ``text``; findings in line and column order.

    ``file`` names the text in the findings' locations; ``catalogue`` checks 类/款/项 paths
    (the bundled catalogue by default).
    """
    return sorted(_run(text, file, catalogue).findings, key=_order)


def extract_claims(text: str, *, catalogue: Catalogue | None = None) -> list[Claim]:
    """The claims the checker tied to their figures and checked, right or wrong."""
    claims = _run(text, None, catalogue).claims
    return sorted(claims, key=lambda c: (c.line, c.column, c.kind))


def check_report_file(
    path: str | os.PathLike[str], *, catalogue: Catalogue | None = None
) -> list[Finding]:
    """Read a report file (:func:`read_text`) and check it (:func:`check_text`)."""
    return check_text(read_text(path), file=os.fspath(path), catalogue=catalogue)
