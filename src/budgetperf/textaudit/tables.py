"""Tables flattened into text, read back as grids.

A table copied out of a web page or a PDF reaches the text as "|"-separated cells: a row on one
line ("濮阳市 | 73795 | 234267 |"), a row broken over several lines whose continuation lines start
with "|", or one cell per line ("79 |"). A line whose first cell is words starts a row; a line
whose first cell is a number, "-" or empty continues it.

Each row's figures become facts named by the row's label (so "公务接待费 | 1.8 | 1.52" gives
公务接待费 = 1.8 and 1.52, with the phase of its column when the header says 预算数/决算数), and
the standard breakdowns and lookups of :mod:`.claims` then read them like prose.

Totals inside the grid are found from the figures: rows (or the cells of one row) listed in
pre-order — a total, then its parts, each part possibly a subtotal followed by its own parts —
are parsed into a tree where every total equals the sum of its parts. The tree read from the
columns where it holds is then checked in every other additive column, so a total that does
not add up in one column is a finding.
"""

from __future__ import annotations

import bisect
import itertools
import re
from decimal import Decimal
from typing import cast

import attrs

from budgetperf._decimal import CTX as _CTX
from budgetperf._decimal import round_any
from budgetperf.textaudit.facts import CALENDAR_YEAR, Document, Fact, Role, canonical
from budgetperf.textaudit.normalise import normalise
from budgetperf.textaudit.quantities import UNITS, Dimension
from budgetperf.textaudit.vocabulary import DECOMPOSITIONS

__all__ = [
    "Grid",
    "RateCell",
    "Tree",
    "code_level",
    "code_of",
    "code_trees",
    "names_growth",
    "read_rate_columns",
    "read_tables",
]

_MAX_ROWS = 200


def _unspaced(text: str) -> str:
    """``text`` without the spaces its words are printed with ("合 计" → "合计"): cut at its
    runs of spaces and joined, what re.sub(r"\\s+", "", text) gives at a third of the cost
    (labels are read so by the thousand; the substitution looked its pattern up each time)."""
    return "".join(text.split())


_NUMERIC = re.compile(r"^[-+]?\d[\d,]*(?:\.\d+)?\s*(?:%|万元|亿元|元)?$")


@attrs.define(eq=False)
class Row:
    """One row: its label and its cells (a fact, or None for a blank or "-")."""

    label: str
    cells: list[Fact | None]
    line: int
    columns: list[str] = attrs.field(factory=list)


@attrs.define(eq=False)
class Grid:
    """The rows of one flattened table."""

    rows: list[Row]
    headers: list[str]
    cut: bool = False  # the table went on past the rows read (:data:`_MAX_ROWS`)


@attrs.frozen(eq=False)
class Tree:
    """A total cell and its part cells, as read from the grid."""

    total: Fact
    parts: tuple[Fact, ...]
    strong: bool
    # read from the rows' subject codes (类 = Σ 款, 款 = Σ 项, 合计 = Σ 类): a single part is a
    # claim too, and a blank part cell is nothing (see :func:`code_trees`)
    by_code: bool = False


# "合计 246 167.37": a row whose cells a PDF text layer ran together with spaces (a leading
# "1." or "(一)" belongs to the label); "科教项目收入 0" with one figure continues such a table,
# and so does a line of figures alone.
_NUM = r"[-+]?\d[\d,]*(?:\.\d+)?%?"
# The patterns match a stripped line, and a label neither starts nor ends with a space, so a run
# of spaces is never split between the label and the spaces around it (no backtracking).
_ROW_LABEL = (
    r"(?:[(]?[一二三四五六七八九十\d]{1,3}[).、]\s*)?[^\d|,;:。\s][^\d|,;:。]{0,38}?[^\d|,;:。\s]"
    # a yearbook's row is named by its year ("1957 16358 10187 6171")
    r"|(?:1[89]|20)\d\d(?=\s)"
)
_SPACE_ROW = re.compile(rf"(?P<label>{_ROW_LABEL})\s*(?P<nums>{_NUM}(?:\s+{_NUM})+)$")
_SPACE_ROW1 = re.compile(rf"(?P<label>{_ROW_LABEL})\s*(?P<nums>{_NUM})$")
_NUMBERS_ONLY = re.compile(rf"(?P<nums>{_NUM}(?:\s+{_NUM})+)$")
# "2010101 行政运行 120.20 100.00 20.20": a row of a 决算 table whose cells a PDF's text layer
# ran together (no ruled cells for pdfplumber to find), its subject code first. Read only in a
# run of such rows (see :func:`_space_tables`): a line of prose rarely starts with a code.
_CODE_SPACE_ROW = re.compile(
    # the code in one piece ("2010101") or split over 类/款/项 ("201 01 01")
    r"(?P<code>\d{3}(?:\d{2}){0,2}|\d{3}(?:\s+\d{2}){1,2})(?![\d.,%])\s*"
    r"(?P<label>[^\d|,;:。\s](?:[^\d|,;:。]{0,38}?[^\d|,;:。\s])?)"
    rf"\s*(?P<nums>{_NUM}(?:\s+{_NUM})+)$"
)
# The line of column names above such rows ("科目编码 科目名称 合计 基本支出 项目支出"): words
# only, no figure, no sentence.
_SPACE_HEADER = re.compile(r"^[^\d|,;:。,;:]{2,80}$")
_MIN_SPACE_ROWS = 3  # rows of the same width a run of code rows needs to be read as a table
# A line after such a run that may be a row of it that was not read ("  01 人大事务 …", a row
# whose name has a figure in it): the table may go on past the rows read.
_UNREAD_ROW = re.compile(rf"^\d{{2,7}}(?![\d.,%])|(?:^|\s){_NUM}\s+{_NUM}$")


# "税收收入小计 27,631 33,385 33,385 100.00% 20.82% 增值税 13,950 18,835 …": rows of a table run
# together on one line, each a label and three figures or more.
# Possessive (Python 3.11): a long run of digits is never re-split, so the scans stay linear.
_NUM_ONCE = r"[-+]?\d[\d,]*+(?:\.\d++)?+%?+"
_RUN_ROW = re.compile(
    rf"(?P<label>{_ROW_LABEL})\s*+(?P<nums>{_NUM_ONCE}(?:\s++{_NUM_ONCE}){{2,}})(?=\s|$)"
)
_RUN_TOGETHER_MIN = 120  # a line shorter than this is one row or prose
_SPACE = re.compile(r"\s")  # what separates the figures of _THREE_FIGURES (its "\s++")
# A figure starts where no digit is before it: a run of digits is tried once, not from each.
_THREE_FIGURES = re.compile(rf"(?<![\d,.]){_NUM_ONCE}\s++{_NUM_ONCE}\s++{_NUM_ONCE}")


def _run_together(pos: int, line: str) -> list[list[tuple[int, str]]]:
    """The runs of three rows or more, back to back on one line, as (offset, row) lists."""
    runs: list[list[tuple[int, str]]] = []
    if _SPACE.search(line) is None:
        return runs  # figures side by side are separated by spaces: a line without any has none
    if len(_THREE_FIGURES.findall(line, 0)) < 3:
        return runs  # prose: fewer than three places with three figures side by side
    current: list[tuple[int, str]] = []
    last_end = 0
    for m in _RUN_ROW.finditer(line):
        if current and line[last_end : m.start()].strip():
            if len(current) >= 3:
                runs.append(current)
            current = []
        current.append((pos + m.start(), m.group(0)))
        last_end = m.end()
    if len(current) >= 3:
        runs.append(current)
    return runs


# A 收支平衡表 copied one cell per line, cells separated by a blank line ("收    入↵↵执行数↵↵
# 支    出↵↵执行数↵↵总   计↵↵846531↵↵总   计↵↵846531↵↵一、本级收入↵↵167500↵↵一、本级支出↵↵…"):
# label and figure pairs, income and spending side by side, read as two one-column grids. An
# empty cell (more blank lines) stands for a missing pair on one side.
_SIDE_IN = re.compile(r"^收\s*入$")
_SIDE_OUT = re.compile(r"^支\s*出$")
_SIDE_IN_LINE = re.compile(r"(?m)^[ \t]*收[ \t]*入[ \t]*$")
# The end of a match of _SIDE_IN_LINE: a pattern that opens with a character is searched for
# at the speed of a string search, one that opens with ^ is tried at every position of the
# text. Where this finds nothing, _SIDE_IN_LINE cannot either.
_SIDE_IN_LINE_END = re.compile(r"(?m)收[ \t]*入[ \t]*$")
_PAIR_LABEL = re.compile(r"^[^\d,;。,;]{1,30}$")
_MIN_PAIRS = 6


def _two_sided(doc: Document) -> list[Grid]:
    """The two sides of each 收支 statement laid out one cell per line (see above)."""
    text = doc.text
    if _SIDE_IN_LINE_END.search(text) is None or not _SIDE_IN_LINE.search(text):
        return []
    # (offset, cell, blank lines before it)
    tokens: list[tuple[int, str, int]] = []
    blanks = 0
    pos = 0
    for line in text.split("\n"):
        bare = line.strip()
        if not bare:
            blanks += 1
        else:
            tokens.append((pos + line.index(bare[0]), bare, blanks))
            blanks = 0
        pos += len(line) + 1
    grids: list[Grid] = []
    k = 0
    while k < len(tokens):
        cell = tokens[k][1]
        if not _SIDE_IN.match(cell):
            k += 1
            continue
        head = [t for _, t, _ in tokens[k : k + 4]]
        if not any(_SIDE_OUT.match(t) for t in head):
            k += 1
            continue
        # The cells are parted by as many blank lines as the header's are (one, or none in a
        # text printed single-spaced); an empty cell adds a line and its own parting: 2n + 1
        # or more stand for one
        empty = 2 * min(b for _, _, b in tokens[k + 1 : k + 4]) + 1 if k + 4 <= len(tokens) else 1
        # The header's cells: 收入, a column name, 支出, a column name; then the pairs.
        k += 4
        sides: list[list[tuple[int, str, int]]] = [[], []]  # (label offset, label, figure offset)
        slot = 0
        while k < len(tokens):
            offset, cell, before = tokens[k]
            if before >= empty:
                slot += 1  # an empty cell before this one
            if k + 1 >= len(tokens) or not _PAIR_LABEL.match(cell):
                break
            figure_at, figure, _ = tokens[k + 1]
            if not _NUMERIC.match(figure):
                break
            sides[slot % 2].append((offset, cell, figure_at))
            slot += 1
            k += 2
        if len(sides[0]) + len(sides[1]) >= _MIN_PAIRS:
            for side in sides:
                rows = [_pair_row(doc, label, at, figure_at) for at, label, figure_at in side]
                kept = [r for r in rows if r is not None]
                if len(kept) >= 3:
                    grids.append(Grid(kept, []))
    return grids


# ----------------------------------------------------------------------------------------------
# The subject codes of a 决算 table: 类 = Σ 款, 款 = Σ 项, 合计 = Σ 类

# A row's subject code at the start of its label: "[2010101]行政运行" (a workbook's label, the
# code bracketed by :mod:`budgetperf.documents.xlsx`), "2010101 行政运行" or "2010101行政运行"
# (one cell of a Word or PDF table). A 类 has 3 digits, a 款 5, a 项 7 (功能分类 201 / 20101 /
# 2010101; 经济分类 301 / 30101). A bare code is followed by the subject's name, not by a unit
# ("100万元以上" is no code).
_CODE_LABEL = re.compile(
    r"^(?:\[(?P<bracketed>\d{3}(?:\d{2}){0,2})\]"
    r"|(?P<bare>\d{3}(?:\d{2}){0,2})(?![\d.,%])\s*(?![万亿千百元个次年月日号户]))"
    r"(?=[^\s\d])"
)
_CODE_LEVELS = {3: "类", 5: "款", 7: "项"}
# The row the 类 rows add up to: 合计, 总计, 本年支出合计…
_CODE_TOTAL = re.compile(r"^(?:本年)?(?:收入|支出)?[合总]计$")
# Columns that number the rows or give rates: never sums of the rows below.
_NOT_SUMMED = re.compile(r"行次|栏次|序号|行号|编号|%|率|占|比重|增长|增幅|降幅")


def code_of(label: str) -> str | None:
    """The subject code a row's label starts with ("[20101]人大事务" → "20101"), or None."""
    m = _CODE_LABEL.match(label)
    if m is None:
        return None
    return m.group("bracketed") or m.group("bare")


def code_level(label: str) -> str:
    """The level of a row by its code, "类", "款" or "项"; "合计" for a row with no code."""
    code = code_of(label)
    return "合计" if code is None else _CODE_LEVELS[len(code)]


def _code_groups(rows: list[Row]) -> dict[int, list[int]]:
    """{row of a total: its rows one level down}: each 类 over the 款 rows its code prefixes,
    each 款 over its 项 rows, and the 合计 row over the top rows (the 类 rows) when there is one
    合计 row and every code is read once."""
    codes: dict[str, int] = {}
    repeated: set[str] = set()
    for k, row in enumerate(rows):
        code = code_of(row.label)
        if code is None:
            continue
        if code in codes:
            repeated.add(code)
        codes[code] = k
    for code in repeated:
        del codes[code]
    groups: dict[int, list[int]] = {}
    tops: list[int] = []
    for code, k in codes.items():
        parent = next((codes[code[:n]] for n in (len(code) - 2,) if code[:n] in codes), None)
        if parent is not None:
            groups.setdefault(parent, []).append(k)
        elif not any(code[:n] in codes for n in range(3, len(code), 2)):
            tops.append(k)
    totals = [k for k, row in enumerate(rows) if _CODE_TOTAL.match(_unspaced(row.label))]
    if (
        tops
        and len(totals) == 1
        and not repeated
        and len({len(code_of(rows[k].label) or "") for k in tops}) == 1
    ):
        groups[totals[0]] = tops
    return {t: sorted(kids) for t, kids in groups.items()}


def _numbers_rows(rows: list[Row], k: int) -> bool:
    """Whether column ``k`` counts the rows (1, 2, 3… or 5, 6, 7…): a 行次 column, not figures."""
    cells = [r.cells[k] for r in rows if k < len(r.cells)]
    values = [c.q.value for c in cells if c is not None]
    return len(values) >= 3 and all(b == a + 1 for a, b in itertools.pairwise(values))


def code_trees(grid: Grid) -> list[Tree]:
    """The totals a table's subject codes give, column by column: a 类 row is the sum of its
    款 rows, a 款 row the sum of its 项 rows, the 合计 row the sum of the 类 rows.

    Read from the labels, not the figures, so a total that does not add up is found, and found
    at the total (a strong claim: the codes are the structure). A part's blank cell is nothing;
    a total with a single part is checked too (one 款 under its 类 must equal it). A total
    whose rows do not have the same number of cells is left out (a cell lost from a row of a
    PDF shifts its figures; a 合计 row's empty cells under the code columns aside), and so are
    columns of row numbers and rates.
    """
    rows = grid.rows
    groups = _code_groups(rows)
    if grid.cut:
        # rows past the last one read may be parts of the last rows' totals
        last = next((c for r in reversed(rows) if (c := code_of(r.label)) is not None), "")
        open_rows = {
            k
            for k, r in enumerate(rows)
            if _CODE_TOTAL.match(_unspaced(r.label))
            or (code_of(r.label) or "-") in {last[:n] for n in range(3, len(last) + 1, 2)}
        }
        groups = {t: kids for t, kids in groups.items() if t not in open_rows}
    if not groups:
        return []
    coded = [r for r in rows if code_of(r.label) is not None]
    counts = [len(r.cells) for r in coded]
    common = max(set(counts), key=counts.count)  # the width of the rows with codes
    names = next((r.columns for r in coded if len(r.columns) == common), [])
    skipped = {
        k
        for k in range(common)
        if (k < len(names) and _NOT_SUMMED.search(names[k])) or _numbers_rows(coded, k)
    }
    out: list[Tree] = []
    for t, kids in groups.items():
        total_cells = _aligned(rows[t].cells, common)
        kid_cells = [_aligned(rows[j].cells, common) for j in kids]
        if any(len(c) != common for c in (total_cells, *kid_cells)):
            continue
        for k, total in enumerate(total_cells):
            if total is None or not _additive(total) or k in skipped:
                continue
            parts = [cells[k] for cells in kid_cells]
            printed = [p for p in parts if p is not None]
            if not printed or any(
                not _additive(p) or p.q.unit is not total.q.unit for p in printed
            ):
                continue
            out.append(Tree(total, tuple(printed), True, by_code=True))
    return _one_error_each(out)


def _gap(tree: Tree) -> Decimal:
    acc = tree.total.q.value
    for part in tree.parts:
        acc = _CTX.subtract(acc, part.q.value)
    return acc


def _one_error_each(trees: list[Tree]) -> list[Tree]:
    """The trees less those whose gap one of their parts explains: a 款 printed 10 too large
    is 10 more than its 项 rows and makes its 类 10 less than its 款 rows; the 款 is the one
    wrong figure, so the 类's sum is left out (one wrong figure, one error, at the figure)."""
    gaps = {id(t.total): _gap(t) for t in trees}
    kept = []
    for tree in trees:
        gap = gaps[id(tree.total)]
        explained = gap != 0 and any(gaps.get(id(p)) == -gap for p in tree.parts)
        if not explained:
            kept.append(tree)
    return kept


def _aligned(cells: list[Fact | None], width: int) -> list[Fact | None]:
    """A row's cells as wide as the rows with codes: a 合计 row printed over the code and name
    columns ("合计 |  |  |  | 300.50 |") has empty cells before its figures that the rows
    whose code and name became their label do not."""
    extra = len(cells) - width
    if extra > 0 and all(c is None for c in cells[:extra]):
        return cells[extra:]
    return cells


def _code_chains(grids: list[Grid]) -> list[list[Grid]]:
    """The grids in runs that are one table of codes: a grid whose first row with a code is
    a 款 or 项 of a code in the grid before it, with no 合计 row above it, continues that grid
    (a table broken by a page of a PDF, its header printed again), unless that grid was cut
    (:attr:`Grid.cut`); every other grid is a run of its own."""
    chains: list[list[Grid]] = []
    for grid in grids:
        codes = [code_of(r.label) for r in grid.rows]
        first = next((k for k, c in enumerate(codes) if c is not None), None)
        # a grid cut at a row it did not read is continued by no other: the rows between
        # them are not known
        if chains and first is not None and not chains[-1][-1].cut:
            head = codes[first] or ""
            seen = {code_of(r.label) for g in chains[-1] for r in g.rows}
            opened = any(_CODE_TOTAL.match(_unspaced(r.label)) for r in grid.rows[:first])
            if not opened and any(head[:n] in seen for n in range(3, len(head), 2)):
                chains[-1].append(grid)
                continue
            if _next_lei(chains[-1], grid, codes, head, seen):
                chains[-1].append(grid)
                continue
        chains.append([grid])
    return chains


def _next_lei(
    chain: list[Grid], grid: Grid, codes: list[str | None], head: str, seen: set[str | None]
) -> bool:
    """Whether a grid that starts with a 类 goes on with the table of ``chain`` (a table
    broken by a page just before a new 类): the chain has a 合计 row and 类 rows of the same
    family (功能分类 2xx, 经济分类 3xx…: the same first digit), the grid has no 合计 row and no
    code of the chain, and its header is none or the chain's printed again. Left apart, the
    合计 row of the first page was checked against the 类 rows of that page alone."""
    if len(head) != 3 or head in seen:
        return False
    leis = {c for c in seen if c is not None and len(c) == 3}
    if not leis or any(c[0] != head[0] for c in leis):
        return False
    if not any(_CODE_TOTAL.match(_unspaced(r.label)) for g in chain for r in g.rows):
        return False
    if any(_CODE_TOTAL.match(_unspaced(r.label)) for r in grid.rows):
        return False
    if any(c is not None and c in seen for c in codes):
        return False
    names = [r.columns for r in grid.rows if r.columns]
    before = [r.columns for r in chain[-1].rows if r.columns]
    return not names or (bool(before) and names[0] == before[0])


def _joined(chain: list[Grid]) -> Grid:
    if len(chain) == 1:
        return chain[0]
    return Grid([r for g in chain for r in g.rows], chain[0].headers, chain[-1].cut)


def _without_code_columns(grid: Grid, trees: list[Tree], with_codes: bool) -> list[Tree]:
    """The trees read from the figures, less those down a column from a row with a code or a
    合计 row: in a table with subject codes, the codes say which rows add up."""
    if not with_codes:
        return trees
    row_of = {id(c): k for k, r in enumerate(grid.rows) for c in r.cells if c is not None}
    coded = {
        k
        for k, r in enumerate(grid.rows)
        if code_of(r.label) is not None or _CODE_TOTAL.match(_unspaced(r.label))
    }
    kept = []
    for tree in trees:
        at = row_of.get(id(tree.total))
        down = any(row_of.get(id(p)) != at for p in tree.parts)
        if not (down and at in coded):
            kept.append(tree)
    return kept


_LEVEL_ONE = re.compile(r"^[一二三四五六七八九十]{1,3}、")
_LEVEL_ONE_ARABIC = re.compile(r"^(\d{1,2})[、.](?!\d)")
_GRAND_TOTAL = re.compile(r"^(?:总计|合计|收入总计|支出总计|收入合计|支出合计)$")


def _heads(rows: list[Row]) -> list[int]:
    """The rows numbered 一、二、… or, failing that, 1、2、… in order from 1."""
    heads = [k for k, r in enumerate(rows) if _LEVEL_ONE.match(r.label)]
    if heads:
        return heads
    numbered = [(k, _LEVEL_ONE_ARABIC.match(r.label)) for k, r in enumerate(rows)]
    heads = [k for k, m in numbered if m is not None]
    numbers = [int(m.group(1)) for _, m in numbered if m is not None]
    return heads if numbers == list(range(1, len(numbers) + 1)) else []


def _numbered_tree(grid: Grid) -> list[Tree]:
    """The structure a table's labels give: 总计 (合计) over the rows numbered 一、二、… (or
    1、2、…), each over the unnumbered rows after it, in every column. Read from the labels, not
    the figures, so a total that does not add up is found too (a weak claim: the labels are
    the only evidence)."""
    rows = grid.rows
    if not rows or not _GRAND_TOTAL.match(rows[0].label):
        return []
    heads = _heads(rows)
    if len(heads) < 2 or heads[0] != 1:
        return []
    out: list[Tree] = []
    for col in range(len(rows[0].cells)):
        root = rows[0].cells[col]
        if root is None:
            continue

        def cell(k: int, col: int = col) -> Fact | None:
            return rows[k].cells[col] if col < len(rows[k].cells) else None

        top = [cell(k) for k in heads]
        if all(c is not None for c in top):
            out.append(Tree(root, tuple(c for c in top if c is not None), False))
        for n, k in enumerate(heads):
            end = heads[n + 1] if n + 1 < len(heads) else len(rows)
            kids = [cell(j) for j in range(k + 1, end)]
            total = cell(k)
            if total is not None and len(kids) >= 2 and all(c is not None for c in kids):
                out.append(Tree(total, tuple(c for c in kids if c is not None), False))
    return out


# A table copied one cell per line with nothing between the cells ("科目↵110年度決算↵…↵
# 土地↵160,909↵350,984↵353,623↵219,125↵土地改良物↵…"): a label, then as many figures as there
# are columns, row after row.
_FIGURE_LINE = r"[ \t]*[-+]?\d[\d,]*+(?:\.\d+)?%?[ \t]*"
# A line break and a line of a figure alone. It opens with a character, so it is searched for
# at the speed of a string search (a pattern of two such lines opening with ^ is tried at every
# position of a text: several times slower on report texts).
_FIGURE_LINE_AFTER_BREAK = re.compile(rf"(?m)\n{_FIGURE_LINE}$")
_WHOLE_FIGURE_LINE = re.compile(_FIGURE_LINE)


def _two_figure_lines(text: str) -> bool:
    """Whether two lines in a row of ``text`` are each a figure alone: a line of a figure after
    a line break (found by a scan for the break) with a line of a figure before it."""
    for m in _FIGURE_LINE_AFTER_BREAK.finditer(text):
        at = m.start()  # (the break: the line before it ends there)
        if _WHOLE_FIGURE_LINE.fullmatch(text, text.rfind("\n", 0, at) + 1, at):
            return True
    return False


_STACK_LABEL = re.compile(r"^[^,;。,;|]{1,30}$")
_MIN_STACKED_ROWS = 3


def _cell_lines(doc: Document) -> list[tuple[int, str]]:
    """Each non-blank line of a text, stripped, with the offset of its first character: the
    cells of a table copied one cell per line (read once per document)."""
    memo = doc.memo.get("cell-lines")
    if memo is not None:
        return cast("list[tuple[int, str]]", memo)
    cells: list[tuple[int, str]] = []
    doc.memo["cell-lines"] = cells
    pos = 0
    for line in doc.text.split("\n"):
        bare = line.strip()
        if bare:
            cells.append((pos + line.index(bare[0]), bare))
        pos += len(line) + 1
    return cells


def _numeric_cells(doc: Document) -> list[bool]:
    """Whether each line of :func:`_cell_lines` is a figure alone (:data:`_NUMERIC`), read once
    per document for the two readers of such lines (:func:`_stacked`, :func:`_figure_rows`)."""
    memo = doc.memo.get("numeric-cells")
    if memo is not None:
        return cast("list[bool]", memo)
    # (a figure opens with a digit or a sign: a line that opens with anything else, most, is
    # not matched)
    numeric = [
        (t[:1].isdecimal() or t[:1] in "-+") and _NUMERIC.match(t) is not None
        for _, t in _cell_lines(doc)
    ]
    doc.memo["numeric-cells"] = numeric
    return numeric


def _stacked(doc: Document) -> list[Grid]:
    """The tables laid out one cell per line, each row a label and the same number (two or more)
    of figures; the names before the first row are the columns'."""
    if not _two_figure_lines(doc.text):
        return []  # no two lines of a figure each in a row: no such table
    tokens = _cell_lines(doc)
    numeric = _numeric_cells(doc)
    grids: list[Grid] = []
    i = 0
    while i < len(tokens):
        if numeric[i] or i + 1 >= len(tokens) or not numeric[i + 1]:
            i += 1  # a row starts at a label with a figure after it
            continue
        rows: list[tuple[int, int]] = []  # (index of the label token, number of figures)
        names: list[str] = []  # the columns' names, the cells before the first row
        j = i
        while j < len(tokens):
            cell = tokens[j][1]
            if numeric[j] or "|" in cell or not _STACK_LABEL.match(cell):
                break
            k = j + 1
            while k < len(tokens) and numeric[k]:
                k += 1
            width = k - j - 1
            if names and 1 <= width < len(names):
                # "项 目↵预算数↵决算数↵合 计↵77.00↵68.30↵因公出国(境)费↵0.00↵公务接待费↵35.00↵…":
                # under named columns, a row whose blank cell the copy dropped; which column its
                # figure is in cannot be told, so it is no row of the grid, and the table goes
                # on after it
                j = k
                continue
            if width < 2 or (rows and width != rows[0][1]):
                break
            if not rows:
                names = [t for _, t in tokens[max(0, j - width) : j]]
                if len(names) != width or any(_NUMERIC.match(n) for n in names):
                    names = []
            rows.append((j, width))
            j = k
        if len(rows) < _MIN_STACKED_ROWS:
            i += 1
            continue
        width = rows[0][1]
        built = [_stacked_row(doc, tokens, at, width, names) for at, _ in rows]
        kept = [r for r in built if r is not None]
        if len(kept) >= _MIN_STACKED_ROWS:
            grids.append(Grid(kept, names))
        i = j
    return grids


def _stacked_row(
    doc: Document, tokens: list[tuple[int, str]], at: int, width: int, names: list[str]
) -> Row | None:
    """A row of a stacked table: its label and the facts printed at its figures' cells."""
    cells: list[Fact | None] = []
    for offset, _ in tokens[at + 1 : at + 1 + width]:
        fact = _fact_at(doc, offset)
        if fact is None:
            return None
        cells.append(fact)
    return Row(_unspaced(tokens[at][1]), cells, tokens[at][0], list(names))


def _pair_row(doc: Document, label: str, at: int, figure_at: int) -> Row | None:
    """A row of one side: its label and the fact printed at ``figure_at``."""
    fact = _fact_at(doc, figure_at)
    return None if fact is None else Row(_unspaced(label), [fact], at)


def _space_code(m: re.Match[str]) -> str:
    """The code of a row matched by :data:`_CODE_SPACE_ROW`, its pieces joined."""
    return _unspaced(m.group("code"))


def _space_figures(bare: str) -> int:
    """How many figures a row whose cells are run together with spaces has (0: not a row)."""
    if _SPACE.search(bare) is None:
        return 0  # both patterns need a space between two figures (a long line may have none)
    m = _CODE_SPACE_ROW.match(bare)
    if m is not None and code_of(f"{_space_code(m)} {m.group('label')}") is not None:
        return len(m.group("nums").split())
    m = _SPACE_ROW.match(bare)
    return 0 if m is None else len(m.group("nums").split())


def _space_tables(
    doc: Document, lines: list[str], starts: list[int], opening: list[int]
) -> tuple[set[int], dict[int, list[str]], set[int]]:
    """The lines of tables whose rows a PDF's text layer ran together with spaces, their rows
    starting with subject codes ("201 一般公共服务支出 300.50 200.20 100.30"): each run of
    consecutive rows, with or without a code, in which three rows or more have the same number
    of figures (two or more), and a code row at least. Returns the indexes of the code rows to
    read as rows, and {index of the header line above a run: its cells}: the words before the
    names of the figures' columns as the label column's title, then one name a column
    ("科目编码 科目名称 合计 基本支出 项目支出" → "科目编码 科目名称", "合计", "基本支出",
    "项目支出"), when the line has a name for each figure. The names are split where the
    document printed spaces (the normalised text joins words of Chinese). And the indexes of
    the lines that end such a run and may be rows of it that were not read (a code first, or
    figures last): the table is then cut there, and its totals whose parts may lie past it are
    left unchecked (:attr:`Grid.cut`), never reported as not adding up.

    A line of prose with figures in it is not a row of its own (it has words between its
    figures), and a few lines that happen to look like rows do not share a width.

    ``opening`` are the indexes of the lines that can be rows (see :func:`_opening_lines`):
    only those are read, and a run is consecutive ones."""
    rows: set[int] = set()
    headers: dict[int, list[str]] = {}
    cut_at: set[int] = set()
    # {index of a row: its number of figures}, in order (the other lines have none)
    widths: dict[int, int] = {}
    for k in opening:
        line = lines[k]
        if "|" not in line:
            width = _space_figures(line.strip())
            if width:
                widths[k] = width
    found = list(widths)
    at = 0
    while at < len(found):
        k = end = found[at]
        while at < len(found) and found[at] == end:  # the rows on consecutive lines
            at += 1
            end += 1
        run = [widths[j] for j in range(k, end)]
        common = max(set(run), key=run.count)
        codes = [j for j in range(k, end) if _CODE_SPACE_ROW.match(lines[j].strip()) is not None]
        if codes and common >= 2 and run.count(common) >= _MIN_SPACE_ROWS:
            rows.update(codes)
            names = _printed_words(doc, starts[k - 1], len(lines[k - 1])) if k > 0 else []
            if _SPACE_HEADER.match(lines[k - 1].strip() if k > 0 else "") and len(names) > common:
                headers[k - 1] = ["".join(names[:-common]), *names[-common:]]
            if end < len(lines) and _UNREAD_ROW.search(lines[end].strip()):
                cut_at.add(end)
    return rows, headers, cut_at


def _printed_words(doc: Document, start: int, length: int) -> list[str]:
    """The words of a line of the normalised text as the document printed them, split at its
    spaces ("科目编码 科目名称 合计" → "科目编码", "科目名称", "合计")."""
    if length <= 0:
        return []
    first = doc.norm.original_offset(start)
    last = doc.norm.original_offset(start + length - 1)
    printed = doc.norm.original[first : last + 1]
    words = []
    for word in _spaced_letters(printed.split()):
        # each word as the normalised text has it (full width folded, traditional simplified)
        at = doc.text.find(normalise(word).text, start, start + length)
        words.append(doc.text[at : at + len(normalise(word).text)] if at >= 0 else word)
    return words


def _spaced_letters(words: list[str]) -> list[str]:
    """Words with the characters of a name printed spaced out joined again ("合 计" →
    "合计", "项 目" → "项目"): a run of single Chinese characters is one word."""
    out: list[str] = []
    single = False
    for word in words:
        letter = len(word) == 1 and _HAN.match(word) is not None
        if letter and single:
            out[-1] += word
        else:
            out.append(word)
        single = letter
    return out


def _cells(line: str) -> list[str]:
    if "|" not in line:
        bare = line.strip()
        m = _CODE_SPACE_ROW.match(bare)
        if m is not None:
            pieces = m.group("code").split()
            if len(pieces) > 1:
                # "201 01 01行政运行": the pieces a cell each, as 类 | 款 | 项 cells print them
                return [*pieces, bare[m.start("label") : m.end("label")], *m.group("nums").split()]
            return [bare[: m.end("label")], *m.group("nums").split()]
        m = _SPACE_ROW.match(bare) or _SPACE_ROW1.match(bare)
        if m is not None:
            return [m.group("label").strip(), *m.group("nums").split()]
        m = _NUMBERS_ONLY.match(bare)
        if m is not None:
            return ["", *m.group("nums").split()]
    body = line.strip()
    if body.startswith("||"):
        body = body.lstrip("| ")  # empty cells of layout before the first one
    if body.endswith("|"):
        body = body[:-1]
    return [c.strip() for c in body.split("|")]


@attrs.frozen(eq=False)
class Comparison:
    """A row of a comparison table: ``change`` = ``current`` − ``prior``, and ``rate`` (when
    printed) = change / prior × 100. A table of periods by row ("2015年 | …", "2016年 | …",
    "2016年比2015年增减% | …") prints the rate without the change (``change`` is None)."""

    prior: Fact
    current: Fact
    change: Fact | None
    rate: Fact | None
    strong: bool
    #: the rate column prints magnitudes (no sign on a fall): "-17,906.98 54.44"
    unsigned: bool = False
    #: the change is printed as a magnitude too ("預算數 決算數 比較增減數": a fall unsigned)
    change_unsigned: bool = False


def read_comparisons(grids: list[Grid]) -> list[Comparison]:
    """The rows of comparison tables ("本期 | 上年同期 | 增加额 | 增长率"), found by the columns
    where the change is the difference of the two before it in most rows."""
    out: list[Comparison] = []
    for grid in grids:
        named = _named_comparisons(grid)
        out.extend(named if named is not None else _comparisons(grid))
        out.extend(_rate_rows(grid))
    return out


# The columns of a table that compares this year's budget with last year's by name
# ("本年度預算數 | 上年度預算數 | 前年度決算數 | 本年度與上年度比較", "本次預算數 | … |
# 本次與上年度比較"): each row's change is the current less the prior, whatever stands between.
_CURRENT_COLUMN = re.compile(r"^(?:本年度|本次)(?!.*比较).*预算数$")
_PRIOR_COLUMN = re.compile(r"^上年度(?!.*比较).*预算数$")
_COMPARED_COLUMN = re.compile(r"^(?:本年度|本次)与上年度比较$")


def _named_comparisons(grid: Grid) -> list[Comparison] | None:
    """The comparisons of a grid whose columns name the current and prior budgets and their
    comparison, one row each where the three are printed; None when the columns do not."""
    columns = next((r.columns for r in grid.rows if r.columns), [])
    current = next((k for k, n in enumerate(columns) if _CURRENT_COLUMN.match(n)), None)
    prior = next((k for k, n in enumerate(columns) if _PRIOR_COLUMN.match(n)), None)
    change = next((k for k, n in enumerate(columns) if _COMPARED_COLUMN.match(n)), None)
    if current is None or prior is None or change is None:
        return None
    out: list[Comparison] = []
    for row in grid.rows:
        cells = row.cells
        if max(current, prior, change) >= len(cells):
            continue
        a, b, d = cells[current], cells[prior], cells[change]
        if a is not None and b is not None and d is not None:
            out.append(Comparison(b, a, d, None, True))
    return out


# "2016年比2015年增减%": a row of rates of one row over another, which it may name.
_RATE_ROW = re.compile(r"增减|增长|下降|变动|变化")
_RATE_ROW_NAMES = re.compile(
    r"(?P<current>.+?)(?:比|较|与)(?P<prior>.+?)(?:相比)?(?:增减|增长|下降|变动|变化)"
)


def _rate_rows(grid: Grid) -> list[Comparison]:
    """The rates of a row of rates under the two rows it compares, column by column.

    The rows are the ones its label names ("2016年比2015年增减%"); a label that names none
    ("增减%") compares the two rows above it, the later over the earlier, and is read only
    when at least two of its columns agree with that reading.
    """
    rows = grid.rows
    out: list[Comparison] = []
    for i, row in enumerate(rows):
        if i < 2 or not _RATE_ROW.search(row.label):
            continue
        if not ("%" in row.label or "率" in row.label or any(_is_percent(c) for c in row.cells)):
            continue
        prior_row, current_row = rows[i - 2], rows[i - 1]
        named = _RATE_ROW_NAMES.search(row.label)
        strong = False
        if named is not None:
            current_name, prior_name = named.group("current"), named.group("prior")
            labels = {r.label.strip(): r for r in rows[:i]}
            if current_name in labels and prior_name in labels:
                prior_row, current_row = labels[prior_name], labels[current_name]
                strong = True
        found: list[Comparison] = []
        agree = 0
        for k, rate in enumerate(row.cells):
            if rate is None or k >= len(prior_row.cells) or k >= len(current_row.cells):
                continue
            prior, current = prior_row.cells[k], current_row.cells[k]
            if prior is None or current is None or not (_additive(prior) and _additive(current)):
                continue
            if prior.q.value <= 0:
                continue
            found.append(Comparison(prior, current, None, rate, strong))
            rate_value = _CTX.multiply(
                _CTX.divide(_CTX.subtract(current.q.value, prior.q.value), prior.q.value), 100
            )
            if _close(rate_value, rate):
                agree += 1
        if strong or (agree >= 2 and agree * 2 >= len(found)):
            out.extend(found)
    return out


def _comparisons(grid: Grid) -> list[Comparison]:
    rows = [r.cells for r in grid.rows if sum(c is not None for c in r.cells) >= 3]
    if len(rows) < 2:
        return []
    width = max(len(r) for r in rows)
    numbered = _row_number_columns(rows, width)
    # Each row's figure columns, and where each column is among them: computed once, so that
    # trying every column k costs one lookup per row (a wide table stays linear).
    value_cols = [_value_cols(r, numbered) for r in rows]
    positions = [{c: p for p, c in enumerate(cols)} for cols in value_cols]
    best: tuple[int, int, int, int] | None = None  # agreeing rows, k, orientation, rows seen
    for k in range(2, width):
        for orientation in (1, -1):
            agree = seen = 0
            for r, cols, where in zip(rows, value_cols, positions, strict=True):
                triple = _before_two(r, cols, where, k)
                if triple is None:
                    continue
                a, b, d = triple
                seen += 1
                # (× the orientation in the library's context too: never the caller's)
                diff = _CTX.multiply(_CTX.subtract(b.q.value, a.q.value), orientation)
                if _close(diff, d):
                    agree += 1
            if agree >= 2 and agree * 3 >= seen * 2 and (best is None or agree > best[0]):
                best = (agree, k, orientation, seen)
    if best is None:
        return []
    _, k, orientation, _ = best
    # A change column is named so ("增减额", "增加额") or followed by its rate; otherwise the
    # same figures are a total and its parts (甲县 73795 = 52310 + 21485), read as sums. A rate
    # column may print bare figures under a "%" its header lost ("184,097.02 66.12"): it is one
    # when its figures are the change over the prior in most rows.
    bare_rates = 0
    for r, cols, where in zip(rows, value_cols, positions, strict=True):
        triple = _before_two(r, cols, where, k)
        nxt = r[k + 1] if k + 1 < len(r) else None
        if triple is not None and nxt is not None and nxt.q.unit.dimension is Dimension.BARE:
            first, second, change = triple
            prior = first if orientation == 1 else second
            if prior.q.value > 0 and _near_magnitude(change.q.value, prior.q.value, nxt):
                bare_rates += 1
    bare_rated = bare_rates >= 2 and bare_rates * 2 >= len(rows)
    rated = sum(1 for r in rows if _is_percent(r[k + 1] if k + 1 < len(r) else None))
    if bare_rated:
        rated = max(rated, bare_rates)
    named = any(_CHANGE_NAME.search(c) for row in grid.rows for c in row.columns)
    if rated * 2 < len(rows) and not named:
        return []
    out = []
    for r, cols, where in zip(rows, value_cols, positions, strict=True):
        triple = _before_two(r, cols, where, k)
        if triple is None:
            continue
        first, second, change = triple
        pos = where[k]
        prior, current = (first, second) if orientation == 1 else (second, first)
        rate = r[cols[pos + 1]] if pos + 1 < len(cols) else None
        if rate is not None and not (
            rate.q.unit.dimension is Dimension.PERCENT
            or (bare_rated and rate.q.unit.dimension is Dimension.BARE)
        ):
            rate = None
        out.append(Comparison(prior, current, change, rate, True))
    if bare_rated:
        # a column of magnitudes: no rate printed with a sign, some change a fall
        signed = any(c.rate is not None and c.rate.q.value < 0 for c in out)
        falls = any(c.change is not None and c.change.q.value < 0 for c in out)
        if falls and not signed:
            out = [attrs.evolve(c, unsigned=True) for c in out]
    return out


# A column of changes by its name (asked of every column name of every row: compiled once).
_CHANGE_NAME = re.compile(r"增减|增加|减少|差额|差异|变动")


def _near_magnitude(change: Decimal, prior: Decimal, rate: Fact) -> bool:
    """Whether |change| / prior × 100 is the printed rate's magnitude within a unit of its last
    digit (a cheap test for the column's formula; the verdict is the judge's)."""
    unit = Decimal(1).scaleb(-rate.q.places, _CTX)
    value = _CTX.multiply(_CTX.divide(change.copy_abs(), prior), 100)
    return _CTX.subtract(value, rate.q.value.copy_abs()).copy_abs() <= unit


def _before_two(
    row: list[Fact | None], cols: list[int], where: dict[int, int], k: int
) -> tuple[Fact, Fact, Fact] | None:
    """Cell k of a row and the two figures before it, when all three are printed."""
    pos = where.get(k, -1)
    if pos < 2:
        return None
    a, b, d = row[cols[pos - 2]], row[cols[pos - 1]], row[k]
    if a is None or b is None or d is None:
        return None
    return a, b, d


@attrs.frozen(eq=False)
class RateCell:
    """A cell of a rate column and the two cells of its row it is computed from: ``kind`` is
    "ratio" (100 × a / b: 占调整预算%, 完成预算%), "growth" (100 × (a − b) / b: 比上年增长%),
    "difference" (a − b), "share" (100 × a / b: a column of bare decimals nothing names) or
    "index" (100 × a / b, b the same column's figure in the row of the year before)."""

    rate: Fact
    a: Fact
    b: Fact
    kind: str


_CONSENSUS_ROWS = 12  # rows a column's formula is inferred from (then applied to every row)
_MAX_RATE_COLUMNS = 256  # columns of a grid searched for rates (a real table has a dozen)


def read_rate_columns(grids: list[Grid]) -> list[RateCell]:
    """The cells of each rate column ("占调整预算%", "比上年增长%", or printed with %) with the
    two amount cells of their row they are computed from. Which two, and how, is inferred from
    the rows themselves (AggChecker's reading): the pair of columns and the formula that give
    the printed rate in most rows (two at least, and 60% of the rows with all three cells).

    A column whose header names its rate ("增长率", "比上年增长%", "完成率", "占预算%") over
    columns its header names too ("上年 | 本年", "预算数 | 决算数", "2022年 | 2023年") is
    read by that formula when the rows are too few to infer one (a table of two rows, one of
    them wrong): see :func:`_named_rate`."""
    out: list[RateCell] = []
    for grid in grids:
        rows = [r for r in grid.rows if r.cells]
        width = max((len(r.cells) for r in rows), default=0)
        names = next((r.columns for r in rows if len(r.columns) == width), [])
        # "得分 (20分*执行率)": a score column, named with the rate it is computed from, is
        # neither a rate nor a rate's input
        scored = [
            k < len(names) and _SCORE_COLUMN.match(names[k]) is not None for k in range(width)
        ]
        rated = [
            k < len(names)
            and not scored[k]
            and _RATE_COLUMN.search(names[k]) is not None
            and not _grouped(rows, k)
            for k in range(width)
        ]
        apart = [r or sc for r, sc in zip(rated, scored, strict=True)]  # no rate's inputs
        if len(rows) < 2:
            # a rate's formula is inferred from two rows at least; one named by the header
            # needs none
            for k in range(min(width, _MAX_RATE_COLUMNS)):
                if rated[k]:
                    choice = _named_rate(rows, k, names, apart, _nearest(k, apart))
                    out.extend(_cells_by(rows, k, choice))
            continue
        for k in range(min(width, _MAX_RATE_COLUMNS)):
            if rated[k]:
                near = _nearest(k, apart)
                choice = _rate_formula(rows, k, near, _RATES)
                if choice is None:
                    choice = _named_rate(rows, k, names, apart, near)
                if choice is None:
                    # "结构(%)" with a total row of 100: each row's share of the total row
                    out.extend(_column_shares(rows, k, near))
                    continue
                out.extend(_cells_by(rows, k, choice))
                continue
            # Unnamed: each run of two rows or more whose cell here is printed with % (a grid
            # may hold several tables of a form, so other rows may have anything there).
            run: list[Row] = []
            for r in [*rows, None]:
                if r is not None and k < len(r.cells) and _is_percent(r.cells[k]):
                    run.append(r)
                    continue
                if len(run) >= 2:
                    out.extend(_rate_cells(run, k, _nearest(k, apart), _RATES))
                run = []
            # A column of bare figures with decimals beside whole amounts ("1957 16358 … 6171
            # 16212 37.7 38.1", a yearbook's 比重 columns under a header too garbled to read):
            # a share of two other columns when nearly every row says so.
            if _bare_decimals(rows, k):
                choice = _rate_formula(rows, k, _nearest(k, apart), ("ratio",), strict=True)
                if choice is not None:
                    out.extend(_cells_by(rows, k, (choice[0], choice[1], "share")))
                    continue
                indexed = _year_index(rows, k, _nearest(k, apart))
                if indexed:
                    out.extend(indexed)
                    continue
            # A column of differences: named so (收支差额, 增减额), or with falls in it
            # ("71416 | 170169 | -98753"): each cell a − b of two others.
            cells = [r.cells[k] for r in rows if k < len(r.cells) and r.cells[k] is not None]
            named = k < len(names) and _DIFFERENCE_COLUMN.search(names[k]) is not None
            falls = sum(1 for c in cells if c is not None and _additive(c) and c.q.value < 0)
            if named or falls >= 2:
                out.extend(_rate_cells(rows, k, _nearest(k, apart), ("difference",)))
    return out


_RATES = ("ratio", "growth")


def _grouped(rows: list[Row], k: int) -> bool:
    """Whether a cell of column ``k`` is printed with a thousands separator ("109,149"): an
    amount, whatever the header above it says (a header of two lines read one column off,
    "累计 本期 | 同期 | 增减额 | 增减率%"); no rate is printed so."""
    for r in rows:
        cell = r.cells[k] if k < len(r.cells) else None
        if cell is not None and "," in cell.q.text:
            return True
    return False


_DIFFERENCE_COLUMN = re.compile(r"差额|增减额|增减数|变动额")


def _nearest(k: int, rated: list[bool], count: int = 8, reach: int = 12) -> list[int]:
    """The ``count`` columns nearest to ``k`` (within ``reach``) that are not rate columns: a
    rate is printed beside its inputs, and the search stays small on a wide table."""
    out: list[int] = []
    for d in range(1, reach + 1):
        for c in (k - d, k + d):
            if 0 <= c < len(rated) and not rated[c] and len(out) < count:
                out.append(c)
    return out


# What a rate column's header says it is, and which columns its header names as its inputs
# (a column of rates is none of them).
_GROWTH_NAME = re.compile(r"增长|增幅|增减率|增减%|增减幅|变动率|变化率")
_RATIO_NAME = re.compile(r"完成率|执行率|完成预算|执行进度")
_SHARE_NAME = re.compile(r"占(?P<base>[^%()（）]+?)(?:的)?(?:比重|比例|%|百分比|$)")
_PRIOR_NAME = re.compile(r"上年|上期|去年|同期")
_CURRENT_NAME = re.compile(r"本年|本期|今年|当年")
_BUDGET_NAME = re.compile(r"预算")
_ACTUAL_NAME = re.compile(r"决算|执行|实际|完成")


def names_growth(column: str) -> bool:
    """Whether a column's header names a growth rate ("增长率", "增幅", "比上年增减%")."""
    return _GROWTH_NAME.search(column) is not None


def _named_rate(
    rows: list[Row], k: int, names: list[str], rated: list[bool], near: list[int]
) -> tuple[int, int, str] | None:
    """The formula of rate column ``k`` as the header names it: (a column, b column, kind).

    - a growth rate ("增长率", "增幅", "增减率", "比上年增长%", "增长%") is (a − b) / b × 100
      of the current column over the prior one: 本年 over 上年 (本期, 上期…), else the later
      year over the earlier ("2023年" over "2022年"), else 决算 (执行) over 预算;
    - a completion rate ("完成率", "执行率") is a / b × 100 of 决算 (执行) over 预算;
    - a share ("占预算%", "占调整预算比重") is a / b × 100 over the column the header names
      after 占, of 决算 (执行, 本年) or else the nearest other column before it.

    Each column must be the only one its name fits (among the columns that are not rates);
    and the formula is taken only when no other pair of columns gives the printed rates in
    more rows (a header read wrong is not trusted over the figures). None otherwise."""
    if k >= len(names):
        return None
    name = names[k]
    inputs = [c for c in range(len(names)) if c != k and not rated[c] and names[c]]

    def only(pattern: re.Pattern[str], among: list[int] | None = None) -> int | None:
        found = [c for c in (inputs if among is None else among) if pattern.search(names[c])]
        return found[0] if len(found) == 1 else None

    pair: tuple[int | None, int | None] = (None, None)
    kind = "ratio"
    share = _SHARE_NAME.search(name)
    if share is not None and len(share.group("base").strip()) >= 2:  # not "占比": of what?
        base = share.group("base").strip()
        b = next((c for c in inputs if base in names[c]), None)
        if b is not None and sum(1 for c in inputs if base in names[c]) == 1:
            rest = [c for c in inputs if c != b]
            a = only(_ACTUAL_NAME, rest)
            if a is None:
                a = only(_CURRENT_NAME, rest)
            if a is None:
                a = next((c for c in range(k - 1, -1, -1) if c in rest), None)
            pair = (a, b)
    elif _RATIO_NAME.search(name):
        pair = (only(_ACTUAL_NAME), only(_BUDGET_NAME))
    elif _GROWTH_NAME.search(name):
        kind = "growth"
        pair = (only(_CURRENT_NAME), only(_PRIOR_NAME))
        if None in pair:
            years = {
                c: int(m.group(1))
                for c in inputs
                if (m := CALENDAR_YEAR.search(names[c])) is not None
            }
            if len(years) == 2 and len(set(years.values())) == 2:
                earlier, later = sorted(years, key=years.__getitem__)
                pair = (later, earlier)
            else:
                pair = (only(_ACTUAL_NAME), only(_BUDGET_NAME))
    a, b = pair
    if a is None or b is None or a == b:
        return None
    sample = [r for r in rows if k < len(r.cells) and r.cells[k] is not None][:_CONSENSUS_ROWS]
    named_agree, _ = _agreement(sample, k, a, b, kind)
    for i in near:
        for j in near:
            if i != j and (i, j) != (a, b):
                for other in _RATES:
                    if _agreement(sample, k, i, j, other)[0] > named_agree:
                        return None
    return a, b, kind


def _agreement(sample: list[Row], k: int, i: int, j: int, kind: str) -> tuple[int, int]:
    """(rows whose printed rate in column ``k`` the formula of columns ``i`` and ``j`` gives,
    rows where it could be computed)."""
    seen = agree = 0
    for r in sample:
        a = r.cells[i] if i < len(r.cells) else None
        b = r.cells[j] if j < len(r.cells) else None
        rate = r.cells[k] if k < len(r.cells) else None
        if rate is None or a is None or b is None or not (_additive(a) and _additive(b)):
            continue
        if kind != "difference" and b.q.value <= 0:
            continue  # no rate of a zero base: the row says nothing here
        seen += 1
        agree += _near_rate(a.q.value, b.q.value, rate, kind)
    return agree, seen


def _rate_cells(rows: list[Row], k: int, near: list[int], kinds: tuple[str, ...]) -> list[RateCell]:
    """The cells of column ``k`` in ``rows`` with the two cells their inferred formula uses."""
    return _cells_by(rows, k, _rate_formula(rows, k, near, kinds))


def _column_shares(rows: list[Row], k: int, columns: list[int]) -> list[RateCell]:
    """ "项目 | 单位 | 1-4月 | 增长% | 结构(%) |" with "税收合计 | 万元 | 1725675 | 5.1 | 100 |" and
    "1、增值税 | 万元 | 576864 | 2.4 | 33.43 |": column ``k`` as each row's figure over the total
    row's (the one printing 100 there) × 100, in the column of ``columns`` that gives the
    printed share in two rows at least and in four of five."""
    totals = [r for r in rows if k < len(r.cells) and _is_hundred(r.cells[k])]
    if len(totals) != 1:
        return []
    total_row = totals[0]
    others = [r for r in rows if r is not total_row and k < len(r.cells) and r.cells[k] is not None]
    best: tuple[int, list[RateCell]] | None = None
    for j in columns:
        whole = total_row.cells[j] if j < len(total_row.cells) else None
        if whole is None or not _additive(whole) or whole.q.value <= 0:
            continue
        cells: list[RateCell] = []
        fits = 0
        for r in others:
            a = r.cells[j] if j < len(r.cells) else None
            if a is None or not _additive(a):
                continue
            share = r.cells[k]
            assert share is not None
            cells.append(RateCell(share, a, whole, "share"))
            if _near_share(a.q.value, whole.q.value, share.q.value):
                fits += 1
        if fits >= 2 and fits * 5 >= len(cells) * 4 and (best is None or fits > best[0]):
            best = (fits, cells)
    return best[1] if best is not None else []


def _is_hundred(cell: Fact | None) -> bool:
    """Whether a cell prints 100 (a total row's share of itself)."""
    return cell is not None and cell.q.value == 100


def _near_share(part: Decimal, whole: Decimal, printed: Decimal) -> bool:
    """Whether 100 × part / whole is within half a percentage point of ``printed``."""
    share = _CTX.multiply(_CTX.divide(part, whole), 100)
    return _CTX.subtract(share, printed).copy_abs() <= Decimal("0.5")


def _cells_by(rows: list[Row], k: int, choice: tuple[int, int, str] | None) -> list[RateCell]:
    """The cells of column ``k`` in ``rows`` with the two cells the formula ``choice`` uses."""
    if choice is None:
        return []
    i, j, kind = choice
    out: list[RateCell] = []
    for r in rows:
        c = r.cells[k] if k < len(r.cells) else None
        a = r.cells[i] if i < len(r.cells) else None
        b = r.cells[j] if j < len(r.cells) else None
        if c is None or a is None or b is None or not (_additive(a) and _additive(b)):
            continue
        if a.q.value == 0 and b.q.value == 0 and c.q.value == 0:
            continue  # "单位资金 | 0.00 | 0.00 | 0.00%": a row of nothing, not a rate of 0 / 0
        out.append(RateCell(c, a, b, kind))
    return out


def _year_index(rows: list[Row], k: int, columns: list[int]) -> list[RateCell]:
    """ "指数(上年=100)": column ``k`` as 100 × a column's figure over its figure in the row of
    the year before, in the rows named by consecutive years ("2000 790724 … 110.9" then "2001
    950933 … 120.3": 950933 / 790724 × 100 = 120.3), when one column gives it in two such rows
    at least and in four of five."""
    pairs = [
        (before, row)
        for before, row in itertools.pairwise(rows)
        if _YEAR_CELL.match(before.label) is not None
        and _YEAR_CELL.match(row.label) is not None
        and int(row.label) == int(before.label) + 1
        and k < len(row.cells)
        and row.cells[k] is not None
    ]
    best: tuple[int, int] | None = None  # agreeing pairs, column
    for i in columns:
        seen = agree = 0
        for before, row in pairs:
            a = row.cells[i] if i < len(row.cells) else None
            b = before.cells[i] if i < len(before.cells) else None
            rate = row.cells[k]
            if a is None or b is None or rate is None or not (_additive(a) and _additive(b)):
                continue
            if b.q.value <= 0:
                continue
            seen += 1
            agree += _near_rate(a.q.value, b.q.value, rate, "ratio")
        if agree >= 2 and agree * 5 >= seen * 4 and (best is None or agree > best[0]):
            best = (agree, i)
    if best is None:
        return []
    i = best[1]
    out: list[RateCell] = []
    for before, row in pairs:
        a = row.cells[i] if i < len(row.cells) else None
        b = before.cells[i] if i < len(before.cells) else None
        rate = row.cells[k]
        if a is not None and b is not None and rate is not None and _additive(a) and _additive(b):
            out.append(RateCell(rate, a, b, "index"))
    return out


def _unit_from_note(cell: Fact) -> bool:
    """Whether a cell's unit came from the table's note: money printed as a bare number."""
    return cell.q.is_money and not any(ch in cell.q.text for ch in "元万亿")


def _bare_decimals(rows: list[Row], k: int) -> bool:
    """Whether column ``k`` holds, in three rows or more, bare figures printed with decimals
    (under 1000), and nothing else, while the row's first cell is a whole amount. A figure
    printed bare in a table whose note gives a unit ("单位:万元") counts as bare: the note is
    the amounts' unit, and a yearbook prints its indices and 比重 under it too."""
    seen = 0
    for r in rows:
        c = r.cells[k] if k < len(r.cells) else None
        if c is None:
            continue
        first = r.cells[0]
        if (
            (c.q.dimension is not Dimension.BARE and not _unit_from_note(c))
            or c.q.places < 1
            or c.q.value.copy_abs() >= 1000
            or first is None
            or first.q.places != 0
        ):
            return False
        seen += 1
    return seen >= 3


def _rate_formula(
    rows: list[Row], k: int, columns: list[int], kinds: tuple[str, ...], *, strict: bool = False
) -> tuple[int, int, str] | None:
    """The (a column, b column, formula) that give column ``k``'s printed rates in most rows;
    nearer columns first when several do as well. ``strict`` (a column nothing names as a
    rate): three rows at least, and four in five of the rows where it can be computed."""
    sample = [r for r in rows if k < len(r.cells) and r.cells[k] is not None][:_CONSENSUS_ROWS]
    # Only columns with amounts in two sampled rows or more can give a rate in two rows.
    columns = [
        c
        for c in columns
        if sum(1 for r in sample if c < len(r.cells) and _additive(r.cells[c])) >= 2
    ]
    best: tuple[int, int, int, int, str] | None = None  # agreeing rows, -distance, i, j, kind
    for i in columns:
        for j in columns:
            if i == j:
                continue
            for kind in kinds:
                agree, seen = _agreement(sample, k, i, j, kind)
                if agree < 2 or agree * 5 < seen * 3:
                    continue
                if strict and (agree < 3 or agree * 5 < seen * 4):
                    continue
                key = (agree, -(abs(k - i) + abs(k - j)), i, j, kind)
                if best is None or key[:2] > best[:2]:
                    best = key
    return None if best is None else (best[2], best[3], best[4])


def _near_rate(a: Decimal, b: Decimal, rate: Fact, kind: str) -> bool:
    """Whether the rate of ``a`` over ``b`` is the printed one within a unit of its last digit
    (a cheap test for choosing the formula; the verdict is the judge's)."""
    unit = Decimal(1).scaleb(-rate.q.places, _CTX)
    if kind == "difference":
        return _CTX.subtract(_CTX.subtract(a, b), rate.q.value).copy_abs() <= unit
    if b <= 0:
        return False
    top = _CTX.subtract(a, b) if kind == "growth" else a
    value = _CTX.multiply(_CTX.divide(top, b), 100)
    return _CTX.subtract(value, rate.q.value).copy_abs() <= unit


def _is_percent(cell: Fact | None) -> bool:
    return cell is not None and cell.q.unit.dimension is Dimension.PERCENT


def _value_cols(cells: list[Fact | None], skip: set[int]) -> list[int]:
    return [i for i, c in enumerate(cells) if c is not None and i not in skip]


def _row_number_columns(rows: list[list[Fact | None]], width: int) -> set[int]:
    """Columns that number the rows ("行号 1, 2, 3…"), not figures."""
    out = set()
    for k in range(width):
        cells = [r[k] for r in rows if k < len(r)]
        values = [c.q.value for c in cells if c is not None]
        if len(values) >= 3 and values == [Decimal(i) for i in range(1, len(values) + 1)]:
            out.add(k)
    return out


def _close(value: Decimal, printed: Fact) -> bool:
    """Whether a computed difference rounds to the printed one, sign included."""
    places = printed.q.places
    return round_any(value, places) == printed.q.value


def _opening_lines(lines: list[str]) -> list[int]:
    """The indexes of the lines that can open a run of a table's rows: a line with a "|", one
    with a space between two words (cells run together with spaces) and one long enough to
    hold a whole table. The others (most of a report) can only go on with a run once open,
    so the reader passes over them. (``split(None, 1)`` cuts a line at its first space past
    its leading ones, found in one scan: more than one piece is a space within the line.)"""
    return [
        i
        for i, line in enumerate(lines)
        if "|" in line or len(line) > _RUN_TOGETHER_MIN or len(line.split(None, 1)) > 1
    ]


def _goes_on(bare: str, run: list[tuple[int, str]]) -> bool:
    """Whether a line without a "|" (stripped) is a row of the run of rows before it, or opens
    one: a row whose cells are run together with spaces, or with a run open, a row of one
    figure, a line of figures alone, or a cell between lines of a bare "|"."""
    # (_SPACE_ROW and _NUMBERS_ONLY need a space between two figures: a line without one is
    # not matched against them)
    spaced = _SPACE.search(bare) is not None
    if spaced and _SPACE_ROW.match(bare):
        return True
    if not run:
        return False
    if _SPACE_ROW1.match(bare) or (spaced and _NUMBERS_ONLY.match(bare)):
        return True
    return run[-1][1].strip() == "|" and _single_cell(bare)


# "─┬─┬─┬─┬───┤ 本年度預算數 │ 上年度預算數 │本年度與上年度│↵款│項│目│節│名稱及編號│ … │比較│": a
# budget book's table drawn with box characters (Taiwan's 總預算, 千元), each row numbered by
# its 款, 項, 目 and 節 in cells of their own before its name. The header line of those four
# words opens the table; the lines above it, up to its top rule, name the columns.
_BOX_HEAD = re.compile(r"\s*款\s*\|\s*项\s*\|(?:\s*目\s*\|)?(?:\s*节\s*\|)?")  # (matched per line)
# (its two first words, looked for in the whole text first: a search opening with a literal
# is a fast scan, one opening with "\s*" tries every position)
_BOX_KEY = re.compile(r"款\s*\|\s*项\s*\|")
_BOX_RULE = re.compile(r"[─━┬┴┼┤├┌┐└┘]+")
_BOX_NUMBER = re.compile(r"^\d{1,2}$")  # a 款, 項, 目 or 節 number


def _boxed(doc: Document) -> tuple[list[Grid], list[tuple[int, int]]]:
    """The box-drawn tables of a budget book (see :data:`_BOX_HEAD`): one row per line that
    names an item (a name after its 款/項/目/節 cells, empty or numbered) and prints a figure;
    a line naming no figure continues the name above it ("科學工業園區管↵理局及所屬"), and a line
    of the item's code or of the 說明 column alone is passed over. A header line is aligned to
    the rows by its last cell (the cells before its rule are merged in the rule). With the
    grids, the (start, end) of each table's lines in the text, header included."""
    text = doc.text
    grids: list[Grid] = []
    spans: list[tuple[int, int]] = []
    if "|" not in text or _BOX_KEY.search(text) is None:
        return grids, spans
    lines = text.split("\n")
    starts = list(itertools.accumulate((len(line) + 1 for line in lines), initial=0))
    facts, fact_starts = doc.facts, doc.starts
    index = 0
    while index < len(lines):
        head = _BOX_HEAD.match(lines[index])
        if head is None:
            index += 1
            continue
        width = lines[index].count("|") + 1  # the cells of the header's own line
        numbered = head.group(0).count("|")  # the 款, 項, 目, 節 cells
        names: list[list[str]] = [[] for _ in range(width)]
        above = index
        while above > 0 and "|" in lines[above - 1]:
            above -= 1
        for line in lines[above : index + 1]:
            cells = [_BOX_RULE.sub("", c).strip() for c in line.split("|")]
            for k, cell in enumerate(cells[-width:], max(0, width - len(cells))):
                if cell:
                    names[k].append(cell)
        columns = ["".join(n) for n in names[numbered + 1 :]]
        rows: list[Row] = []
        index += 1
        while index < len(lines) and (
            "|" in lines[index] or _BOX_RULE.fullmatch(lines[index].strip()) is not None
        ):
            line, start = lines[index], starts[index]
            index += 1
            cells = line.split("|")
            if _BOX_RULE.fullmatch(line.strip()) or len(cells) != width:
                continue
            if any(c.strip() and not _BOX_NUMBER.match(c.strip()) for c in cells[:numbered]):
                continue
            name = cells[numbered].strip()
            # the figures after the name's cell, each in its own
            bar = start + sum(len(c) + 1 for c in cells[: numbered + 1]) - 1
            lo = bisect.bisect_left(fact_starts, bar)
            hi = bisect.bisect_left(fact_starts, start + len(line))
            line_facts = iter(facts[lo:hi])
            values: list[Fact | None] = []
            for cell in cells[numbered + 1 :]:
                fact = next(line_facts, None) if _NUMERIC.match(cell.strip()) else None
                values.append(fact)
            if not any(values):  # (no figure: the 說明 column's prose is none)
                if (
                    name
                    and rows
                    and _word_cell(name)
                    and not any(c.strip() for c in cells[numbered + 1 : -1])
                ):
                    rows[-1].label += name  # the name goes on
                continue
            if not _word_cell(name):
                continue  # a code ("5321760100") or nothing: no item
            rows.append(Row(name, values, start, list(columns)))
        spans.append((starts[above], starts[index]))
        if rows:
            grids.append(Grid(rows, [c for c in columns if c]))
    return grids, spans


def _row_runs(
    lines: list[str],
    starts: list[int],
    opening: list[int],
    code_rows: set[int],
    space_headers: dict[int, list[str]],
    cut_at: set[int],
) -> list[tuple[list[tuple[int, str]], bool | None]]:
    """The runs of lines that are rows of a table, two lines or more, in the order they end
    (each its (offset, line) pairs and whether the table may go on past it, see ``cut_at`` of
    :func:`_space_tables`), and the rows of a table run together on one long line, each a run
    of its own (with None: read without the headers split from spaces). A run is read line by
    line from one of the ``opening`` lines or ``space_headers`` until a line that is not a
    row ends it; the lines between the end of a run and the next opening line are passed over
    (a line that cannot open a run does nothing while none is open)."""
    out: list[tuple[list[tuple[int, str]], bool | None]] = []
    run: list[tuple[int, str]] = []
    cut = False  # the run ends at a line that may be a row of it that was not read
    done = -1  # the last line read
    for index in sorted({*opening, *space_headers}):
        if index <= done:
            continue  # read with the run before
        while index < len(lines):
            line = lines[index]
            pos = starts[index]
            if len(line) > _RUN_TOGETHER_MIN and "|" not in line:
                # A PDF's text layer with a whole table on one line: its rows, each a grid run.
                out.extend((rows, None) for rows in _run_together(pos, line))
            if index in space_headers:
                # the column names above rows run together with spaces: the run starts here
                if len(run) >= 2:
                    out.append((run, cut))
                run = [(pos, line)]
                cut = False
            elif "|" in line or index in code_rows or _goes_on(line.strip(), run):
                run.append((pos, line))
                cut = cut or index in cut_at
            else:
                if len(run) >= 2:
                    out.append((run, cut or index in cut_at))
                run = []
                cut = False
            done = index
            index += 1
            if not run:
                break  # no run open: on to the next line that can open one
    if len(run) >= 2:
        out.append((run, cut))
    return out


def read_tables(doc: Document) -> tuple[list[Grid], list[Tree]]:
    """The grids of a document, and the totals found inside them."""
    text = doc.text
    grids: list[Grid] = []
    lines = text.split("\n")
    starts = list(itertools.accumulate((len(line) + 1 for line in lines), initial=0))
    opening = _opening_lines(lines)
    code_rows, space_headers, cut_at = _space_tables(doc, lines, starts, opening)
    # {offset of a header line: its cells}
    split = {starts[index]: cells for index, cells in space_headers.items()}
    boxed, box_spans = _boxed(doc)
    for rows, cut in _row_runs(lines, starts, opening, code_rows, space_headers, cut_at):
        if any(lo <= rows[0][0] < hi for lo, hi in box_spans):
            continue  # (a box-drawn table's lines, read as one by _boxed)
        if cut is None:
            grids.append(_grid(doc, rows))
        else:
            grid = _grid(doc, rows, split)
            grid.cut = grid.cut or cut
            grids.append(grid)
    grids.extend(boxed)
    sides = _two_sided(doc)
    grids.extend(sides)
    grids.extend(_stacked(doc))
    # A run of figures already a row of another grid is not a table of its own.
    taken = {id(c) for g in grids for r in g.rows for c in r.cells if c is not None}
    figure_rows = _figure_rows(doc, taken)
    grids.extend(figure_rows)
    trees: list[Tree] = []
    chain_of = {id(g): chain for chain in _code_chains(grids) for g in chain}
    for grid in grids:
        _apply_unit(text, grid)
        chain = chain_of[id(grid)]
        if grid is not chain[0]:
            _carry_unit(chain[0], grid)
        _name_cells(grid)
        # a table's totals by code once its last part is read (a table continued on the next
        # page of a PDF is one table of codes)
        by_code = code_trees(_joined(chain)) if grid is chain[-1] else []
        with_codes = len(chain) > 1 or bool(_code_groups(grid.rows))
        found = _without_code_columns(grid, _trees(grid), with_codes)
        trees.extend(by_code)
        trees.extend(found)
        if grid in figure_rows:
            _name_by_breakdown(found)
        else:
            _name_totals(found)
        # Totals the figures did not show (they do not add up) may show in the labels.
        roots = {id(t.total) for t in found}
        trees.extend(t for t in _numbered_tree(grid) if id(t.total) not in roots)
    return grids, trees


# "“三公”经费合计↵因公出国(境)费↵…↵公务用车运行费↵328.7↵10↵78.7↵43↵35.7↵240": a table's
# header cells one per line, then its one row of figures, also one per line (blank lines
# between cells allowed). With a header ending in 预算数/决算数 pairs, the figures alternate
# between the two phases and are read as two rows.
_MIN_FIGURE_RUN = 4


def _figure_rows(doc: Document, taken: set[int]) -> list[Grid]:
    """The rows of figures alone that follow a table's header cells, one cell per line."""
    if not _two_figure_lines(doc.text.replace("\n\n", "\n")):
        return []
    tokens = _cell_lines(doc)
    numeric = _numeric_cells(doc)
    grids: list[Grid] = []
    k = 0
    while k < len(tokens):
        if not numeric[k]:
            k += 1
            continue
        end = k
        while end < len(tokens) and numeric[end]:
            end += 1
        head = [t for _, t in tokens[max(0, k - 12) : k]]
        labelled = k > 0 and _STACK_LABEL.match(tokens[k - 1][1]) is not None
        if end - k >= _MIN_FIGURE_RUN and labelled and (end - k) <= 24:
            facts = [_fact_at(doc, offset) for offset, _ in tokens[k:end]]
            if all(f is not None and id(f) not in taken for f in facts):
                cells = [f for f in facts if f is not None]
                phases = [_phase(t) for t in head]
                pairs = len(cells) // 2
                alternating = (
                    len(cells) % 2 == 0
                    and len(phases) >= len(cells)
                    and phases[-len(cells) :] == ["budget", "actual"] * pairs
                )
                if alternating:
                    rows = [
                        Row("", list(cells[0::2]), tokens[k][0], []),
                        Row("", list(cells[1::2]), tokens[k][0], []),
                    ]
                    for cell in cells[0::2]:
                        cell.phase = "budget"
                    for cell in cells[1::2]:
                        cell.phase = "actual"
                else:
                    rows = [Row("", list(cells), tokens[k][0], [])]
                grids.append(Grid(rows, head))
        k = end
    return grids


def _fact_at(doc: Document, offset: int) -> Fact | None:
    """The fact printed at ``offset``, if one starts there."""
    i = bisect.bisect_left(doc.starts, offset)
    if i < len(doc.facts) and doc.facts[i].q.start == offset:
        return doc.facts[i]
    return None


def _name_by_breakdown(trees: list[Tree]) -> None:
    """Name the cells of a row of figures alone by the standard breakdown its totals have the
    shape of (三公 = 因公出国 + 公务用车购置及运行 + 公务接待, the second = 购置 + 运行)."""
    subtotal = {id(t.total): t for t in trees}
    for tree in trees:
        for total, parts in DECOMPOSITIONS:
            if len(parts) != len(tree.parts) or total != "三公费":
                continue
            middle = subtotal.get(id(tree.parts[1]))
            # the breakdown whose second part is itself broken down (the 4-part 三公费 is not)
            sub_parts = next((d[1] for d in DECOMPOSITIONS if d[0] == parts[1]), None)
            if middle is None or sub_parts is None or len(middle.parts) != len(sub_parts):
                continue
            tree.total.subject = total
            for cell, name in zip(tree.parts, parts, strict=True):
                cell.subject = name
            for cell, name in zip(middle.parts, sub_parts, strict=True):
                cell.subject = name


_YEAR_CELL = re.compile(r"^(?:1[89]|20)\d\d$")


def _grid(
    doc: Document, run: list[tuple[int, str]], split: dict[int, list[str]] | None = None
) -> Grid:
    rows: list[Row] = []
    headers: list[str] = []
    pending: list[list[str]] = []
    laid_out: list[list[str]] = []  # the header rows' cells in place, empty ones kept
    columns: list[str] = []
    facts = doc.facts
    starts = doc.starts

    logical = _logical_rows(run[: _MAX_ROWS * 4], split or {})
    # A yearbook names its rows by their years ("1957 16358 10187 6171"): a year first, and
    # figures after it, in two rows running or more.
    yearish = [len(c) >= 3 and _YEAR_CELL.match(c[0]) is not None for _, _, c in logical]
    # Whether a row so far carries a figure (headers come before the first): an iteration
    # changes only the last row (a new one, or the last one extended), so that row is all
    # there is to look at, and only until one has a figure (asking every row each time was
    # quadratic in a table's rows).
    valued = False
    for index, (start, end, cells) in enumerate(logical):
        if not valued and rows:
            valued = any(c is not None for c in rows[-1].cells)
        lo = bisect.bisect_left(starts, start)
        hi = bisect.bisect_left(starts, end)
        line_facts = facts[lo:hi]
        joined = _joined_code(cells, line_facts, start)
        label_cells = 1  # the cells the row's label was read from
        if joined is not None:
            cells, line_facts, label_cells = joined
        elif _barred_label(cells, not valued):
            # "| 增值税 | 45119 | 3916 | 1371 |": a row whose line opens with the table's left
            # border; its label is the first cell, not the continuation of the row before (and
            # so for the header's cells above the rows)
            cells, label_cells = cells[1:], 2
        first = cells[0] if cells else ""
        by_year = yearish[index] and (
            (index > 0 and yearish[index - 1]) or (index + 1 < len(yearish) and yearish[index + 1])
        )
        if by_year and line_facts and line_facts[0].q.text == first:
            line_facts = line_facts[1:]  # the year names the row; it is no figure of it
        starts_row = by_year or (
            bool(first) and not _NUMERIC.match(first) and first not in ("-", "—")
        )
        if starts_row and not by_year and line_facts:
            # a figure inside the label's cell ("其他支出（含2项）| 5 |") is the label's, not a
            # figure of the row: the row's figures start after the label's "|"
            bar = start - 1
            for _ in range(label_cells):
                bar = doc.text.find("|", bar + 1, end)
                if bar < 0:
                    break
            if bar >= 0:
                line_facts = [f for f in line_facts if f.q.start > bar]
        values: list[Fact | None] = []
        fi = 0
        for k, cell in enumerate(cells):
            if starts_row and k == 0:
                continue
            if _NUMERIC.match(cell) and fi < len(line_facts):
                values.append(line_facts[fi])
                fi += 1
            elif cell in ("-", "—", ""):
                values.append(None)
            else:
                values.append(None)
        if starts_row:
            if not any(v is not None for v in values) and _NUMBERING_LABEL.fullmatch(first):
                # "栏次 | [1] | [2] |": the columns' numbers under their names, not names
                rows.append(Row(first, values, start, list(columns)))
                continue
            if not any(v is not None for v in values):
                if not valued:
                    headers.append(first)
                    headers.extend(c for c in cells[1:] if c)
                texts = [c for c in cells if c]
                if any(len(c) > 30 for c in cells):
                    pending = []  # prose in a cell: not a header
                    laid_out = []
                elif len(texts) > 1 or not valued or pending:
                    pending.append(texts)
                    laid_out = [*laid_out[len(laid_out) - len(pending) + 1 :], cells]
                # else: a row left empty ("因公出国(境)费 | ||"), not a new header
                rows.append(Row(first, values, start, list(columns)))
                continue
            if pending:
                columns = (
                    _spanned_leaves(laid_out, len(values))
                    or _placed_leaves(laid_out, len(values))
                    or _leaves(pending)
                )
                pending = []
            rows.append(Row(first, values, start, list(columns)))
        elif (
            rows
            and pending
            and laid_out
            and not first
            and len(cells) == len(laid_out[-1])
            and not any(v is not None for v in values)
            and not valued
        ):
            # " | 合计 | 基本支出 | 项目支出 |" under "科目编码 科目名称 | 本年支出 |  |  |": a
            # header row under a label merged down, as wide as the row above
            pending.append([c for c in cells if c])
            laid_out.append(cells)
        elif rows:
            rows[-1].cells.extend(values)
            if any(v is not None for v in values) and pending:
                pending = pending[:-1]  # the last "header" was this row's label
                if pending:
                    columns = _leaves(pending)
                pending = []
                rows[-1].columns = list(columns)
        else:
            rows.append(Row("", values, start))
    kept = [r for r in rows if any(c is not None for c in r.cells) and not _numbering(r)]
    placed = _two_rows_on_one_line(kept)
    placed_rows = {id(r) for r in kept} if placed is not None else set()
    for r in rows:
        if placed is not None and r.columns and id(r) in placed_rows:
            r.columns = placed[: len(r.cells)]
        else:
            _drop_title(r)
    return Grid(kept, headers, len(run) > _MAX_ROWS * 4)


def _two_rows_on_one_line(rows: list[Row]) -> list[str] | None:
    """The column names of a header of two rows written on one line ("预算科目 | 本年收入计划 |
    累计完成数 | 累计完成数 | 占计划% | … | 备注 | 中央级 | 省级 | 市级 | 县乡级 | 合计" over
    rows of nine figures): the top row's names, one of them a group whose names under it
    follow the top row and end with its total (合计). The group and where the top row ends are
    the ones under which the total adds up in most rows, and in no other place; None when no
    place or several fit. A merged cell printed twice ("累计完成数 | 累计完成数") is one name."""
    if not rows or any(r.columns != rows[0].columns for r in rows):
        return None
    full = rows[0].columns
    width = max(len(r.cells) for r in rows)
    if len(full) < width + 3 or not full[0].startswith(_TITLE):
        return None
    names = [n for k, n in enumerate(full[1:], 1) if k == 1 or n != full[k - 1]]
    if len(names) - 1 not in (width, width + 1):  # (a last column, 备注, blank in every row)
        return None
    fits: list[list[str]] = []
    for end in range(2, len(names) - 1):  # the top row is names[:end]
        under = names[end:]
        if not _TOTAL_LAST.search(under[-1]):
            continue
        for group in range(end):
            total = group + len(under) - 1  # the column of the group's total
            sums = [_sums_in_row(r, group, total) for r in rows]
            # (most rows: a misprinted total is a finding, not a header read otherwise)
            if sums.count(True) >= min(2, len(rows)) and sums.count(True) > sums.count(False):
                fits.append([*names[:group], *under, *names[group + 1 : end]])
    return fits[0] if len(fits) == 1 else None


def _sums_in_row(row: Row, first: int, total: int) -> bool | None:
    """Whether the row's cell ``total`` is the sum of its cells ``first`` … ``total`` − 1 (blank
    ones nothing); None when the row does not show it (a blank total, one part or fewer)."""
    cell = row.cells[total] if total < len(row.cells) else None
    if cell is None:
        return None
    parts = [c for c in row.cells[first:total] if c is not None]
    if len(parts) < 2:
        return None
    acc = Decimal(0)
    for p in parts:
        acc = _CTX.add(acc, p.q.value)  # the library's context, never the caller's
    return acc == cell.q.value


def _barred_label(cells: list[str], header: bool) -> bool:
    """Cells of a line that opens with "|" and then a label with figures after it (a row
    whose line starts at the table's left border), not a continuation ("| 5711 | 15348 |");
    where the header may be (``header``: no row of figures yet), also a line of names only."""
    if len(cells) < 3 or cells[0] or not _word_cell(cells[1]):
        return False
    if any(_NUMERIC.match(c) is not None for c in cells[2:]):
        return True
    return header and all(not c or _word_cell(c) for c in cells[2:])


def _word_cell(cell: str) -> bool:
    """A cell that can name a row or a column: short words, not a sentence ("…奖金。(财烟01)")."""
    return (
        0 < len(cell) <= 30
        and "。" not in cell
        and _HAN.search(cell) is not None
        and _NUMERIC.match(cell) is None
    )


_CODE_CELL = re.compile(r"^\d{3}(?:\d{2}){0,2}$")
_CODE_PIECE = re.compile(r"^\d{2}$")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def _joined_code(
    cells: list[str], facts: list[Fact], start: int
) -> tuple[list[str], list[Fact], int] | None:
    """A row that starts with its subject code: the code and the name as one label
    ("201 | 01 | 01 | 行政运行 | 120.2 |" → "[2010101]行政运行", 120.2), the code's pieces no
    figures of the row, and how many cells the label took. The code is in a cell of its own
    or split over 类/款/项 cells (a piece may be blank: "201 |  |  | 一般公共服务支出"), or at
    the start of the name's cell ("2010101 行政运行", its code a fact at the start of the
    row). None when the row does not start so."""
    if len(cells) < 2:
        return None
    first = cells[0]
    if not _CODE_CELL.match(first):
        code = code_of(first)
        # the code may be read with the name's first character ("20101人大事务": 20101人)
        if code is None or first.startswith("[") or not facts:
            return None
        text = facts[0].q.text
        if not text.startswith(code) or text[len(code) :].isdigit():
            return None
        if facts[0].q.start > start + len(first) - len(text):
            return None  # the fact is not the label's code but a figure after it
        return [f"[{code}]{first[len(code) :].strip()}", *cells[1:]], facts[1:], 1
    pieces = [first]
    k = 1
    while k < min(3, len(cells)) and (cells[k] == "" or _CODE_PIECE.match(cells[k])):
        if cells[k]:
            pieces.append(cells[k])
        k += 1
    code = "".join(pieces)
    if k >= len(cells) or len(code) not in _CODE_LEVELS or not _HAN.search(cells[k]):
        return None
    if _NUMERIC.match(cells[k]) or not _code_facts(facts[: len(pieces)], pieces):
        return None
    return [f"[{code}]{cells[k]}", *cells[k + 1 :]], facts[len(pieces) :], k + 1


def _code_facts(facts: list[Fact], pieces: list[str]) -> bool:
    """Whether the facts are the code's pieces: each printed as the piece, the last one
    perhaps read with the name's first character ("201 01人大事务", a row run together with
    spaces: 01人)."""
    if len(facts) != len(pieces):
        return False
    for n, (fact, piece) in enumerate(zip(facts, pieces, strict=True)):
        text = fact.q.text
        if text == piece:
            continue
        rest = text[len(piece) :]
        if n < len(pieces) - 1 or not text.startswith(piece) or not rest or rest[0].isdigit():
            return False
    return True


_NUMBERING_LABEL = re.compile(r"\s*(?:行次|栏次|序号|编号|行号)\s*")


def _numbering(row: Row) -> bool:
    """A row of column numbers ("行次 | 1 | 2 | 3"), not figures."""
    if _NUMBERING_LABEL.fullmatch(row.label):
        return True
    values = [c.q.value for c in row.cells if c is not None]
    return len(values) >= 3 and values == [Decimal(k) for k in range(1, len(values) + 1)]


_SEPARATOR = re.compile(r"^\s*\|{3,}\s*$")


def _single_cell(line: str) -> bool:
    """A line that can be one cell between lines of a bare "|" (a short label or a figure)."""
    return 0 < len(line) <= 40 and "。" not in line


def _cell_per_line(run: list[tuple[int, str]]) -> list[tuple[int, int, list[str]]] | None:
    """Rows of a table written one cell per line with a bare "|" line between the cells ("年度↵|↵
    合计↵|↵…↵2015年↵|↵2840↵|↵90…"), or None when the run is not one: a row starts at a label
    that follows a figure."""
    bars = sum(1 for _, line in run if line.strip() == "|")
    if bars < 3 or any("|" in line and line.strip() != "|" for _, line in run):
        return None
    rows: list[tuple[int, int, list[str]]] = []
    cells: list[tuple[int, str]] = []
    found = [(start, line.strip()) for start, line in run if line.strip() not in ("|", "")]
    figures = [_NUMERIC.match(cell) is not None for _, cell in found]
    seen_figure = False
    for i, (start, cell) in enumerate(found):
        # A row starts at a label after a figure, or at the label just before the first figure
        # (the end of the header cells).
        label_after_figure = not figures[i] and i > 0 and figures[i - 1]
        header_ends = not figures[i] and i + 1 < len(found) and figures[i + 1] and not seen_figure
        if cells and (label_after_figure or header_ends):
            rows.append((cells[0][0], cells[-1][0] + len(cells[-1][1]), [c for _, c in cells]))
            cells = []
        cells.append((start, cell))
        seen_figure = seen_figure or figures[i]
    if cells:
        rows.append((cells[0][0], cells[-1][0] + len(cells[-1][1]), [c for _, c in cells]))
    return rows


_DIGIT = re.compile(r"\d")


def _header_then_row(
    start: int, line: str, cells: list[str]
) -> list[tuple[int, int, list[str]]] | None:
    """ "…如下: 执行情况表 | 预算科目 | 本年收入计划 | … | 合 计 | 税收收入 | 89275 | 7451 |": the
    column names and the first row on one line (the words before the table's first cell, a
    sentence, dropped): the names as a row of their own, then the row, whose label is the last
    name before the first figure. None when the line is not so."""
    if "|" not in line:
        return None  # (cells read from spaces: no bars to place the row's start by)
    first = next((k for k, c in enumerate(cells) if _NUMERIC.match(c)), None)
    if first is None or first < 3 or line.lstrip().startswith("||"):
        return None
    names = cells[1 : first - 1]
    # words before the table's first cell: a sentence, or the table's title ("…如下:
    # 收入执行情况表")
    prose = len(cells[0]) > 30 or ":" in cells[0] or cells[0].endswith("表")
    # (names without figures: "指标1:…验收时间 | 9月前 | 7月 | 5" is a row of values)
    if (
        not _word_cell(cells[first - 1])
        or not (prose or _word_cell(cells[0]))
        or sum(1 for c in names if c) < 3
        or not all(not c or (_word_cell(c) and _DIGIT.search(c) is None) for c in names)
        or _DIGIT.search(cells[first - 1]) is not None
    ):
        return None
    bars = [k for k, ch in enumerate(line) if ch == "|"]
    lead = 1 if line.lstrip().startswith("|") else 0  # a left border: its cell 0 is empty
    label_at = start + bars[first - 2 + lead] + 1
    head_at = start + bars[lead] + 1 if prose else start
    head = names if prose else cells[: first - 1]
    return [(head_at, label_at - 1, head), (label_at, start + len(line), cells[first - 1 :])]


def _logical_rows(
    run: list[tuple[int, str]], split: dict[int, list[str]]
) -> list[tuple[int, int, list[str]]]:
    """(start, end, cells) of each row. Where lines of bare "|||" separate the rows, the
    cells between two separators (one per line, as a PDF converter writes them) are one row;
    otherwise each line is a row or, starting with "|", the continuation of one. ``split``
    gives the cells of lines already read (a header of names separated by spaces)."""
    one_per_line = _cell_per_line(run)
    if one_per_line is not None:
        return one_per_line
    if not any(_SEPARATOR.match(line) for _, line in run):
        out: list[tuple[int, int, list[str]]] = []
        for start, line in run:
            cells = split.get(start) or _cells(line)
            out.extend(_header_then_row(start, line, cells) or [(start, start + len(line), cells)])
        return out
    rows: list[tuple[int, int, list[str]]] = []
    group: list[tuple[int, str]] = []
    for start, line in [*run, (run[-1][0] + len(run[-1][1]) + 1, "|||")]:
        if _SEPARATOR.match(line):
            # (each line's cells split once, for both readings below)
            split_lines = [_cells(text) for _, text in group]
            if any(
                "|" in text and _labelled_row(cells)
                for (_, text), cells in zip(group, split_lines, strict=True)
            ):
                # "1、因公出国(境)费用 | 0 | ||||↵2、公务接待费 | 2747 | ||||": each line is a
                # row of its own (a label and its figures), not one cell of a row
                rows.extend(
                    (s, s + len(text), cells)
                    for (s, text), cells in zip(group, split_lines, strict=True)
                )
            elif group:
                cells = [c for line_cells in split_lines for c in line_cells]
                rows.append((group[0][0], group[-1][0] + len(group[-1][1]), cells))
            group = []
        else:
            group.append((start, line))
    return rows


def _labelled_row(line_cells: list[str]) -> bool:
    """Whether a line's cells are a label and then a figure ("2、公务接待费 | 2747 | ||||")."""
    cells = [c for c in line_cells if c]
    return (
        len(cells) >= 2
        and _NUMERIC.match(cells[0]) is None
        and _NUMERIC.match(cells[1]) is not None
    )


def _placed_leaves(block: list[list[str]], width: int) -> list[str]:
    """The column names of a header whose rows keep every cell in its place ("项目 | 本年支出 |
    | |" over "科目编码 科目名称 | 合计 | 基本支出 | 项目支出 |", as a workbook's or a Word
    table's rows are written): each column's lowest name, a group's name ("本年支出") only
    where nothing is below it. Empty when the rows are not all as wide as the figures' row
    and its label (a header of cells that moved: :func:`_leaves` reads it)."""
    if len(block) < 2 or any(len(row) != width + 1 for row in block):
        return []
    names = []
    for k in range(1, width + 1):
        below = [row[k] for row in block if row[k] and row[k].rstrip(":：") != "其中"]
        names.append(below[-1] if below else "")
    return names if any(names) else []


def _spanned_leaves(block: list[list[str]], width: int) -> list[str]:
    """The column names of a header of two rows whose top row keeps its cells in place, a
    group's name followed by the empty cells it spans ("项目 | 2023年预算数 | 2024年预算数 |
    比上年增、减情况 | |"), and whose second row holds only the names under that group, moved
    to the left ("增、减金额 | 增、减幅度 | |||"): the group's names in its place. Empty when
    the header is not so, or when the names under it do not fill one group exactly."""
    if len(block) < 2 or len(block[-2]) != width + 1:
        return []
    top, under = block[-2], [c for c in block[-1] if c]
    # (moved to the left: its names first, only empty cells after them)
    if len(under) < 2 or not top[1] or block[-1][: len(under)] != under:
        return []
    spans = []
    for j in range(1, width + 1):
        if not top[j]:
            continue
        end = j + 1
        while end <= width and not top[end]:
            end += 1
        if end - j == len(under):
            spans.append(j)
    if len(spans) != 1:
        return []
    j = spans[0]
    return [*top[1:j], *under, *top[j + len(under) :]]


def _leaves(block: list[list[str]]) -> list[str]:
    """The column names of a header block, left to right, without the label column's title.

    Titles (rows of one cell before the first row of several) and "其中" cells are dropped; the
    first cell of the first row of several is the label column's title ("项目", "单位名称").
    """
    multi = next((i for i, r in enumerate(block) if len(r) > 1 and "其中" not in r[0]), None)
    if multi is None:
        flat = [c for r in block[1:] for c in r]
    else:
        flat = [_TITLE + block[multi][0], *block[multi][1:]]
        flat += [c for r in block[multi + 1 :] for c in r]
    return [c for c in flat if c.rstrip(":") not in ("其中", "")]


_TITLE = "\x00"  # marks the first header cell, the label column's title unless proved otherwise


def _drop_title(row: Row) -> None:
    """A row's column names without the label column's title: the first header cell is that
    title ("项目"), unless the header names every cell of the row (the title was printed
    outside the table: "年度↵合计 | 因公出国(境)经费 | …"), possibly once a group's name and
    its 合计 column below it are read as one ("公车购置及运行维护费 | 合计 | 车辆购置 | 车辆运行"
    over three cells)."""
    if not row.columns or not row.columns[0].startswith(_TITLE):
        return
    full = [row.columns[0][len(_TITLE) :], *row.columns[1:]]
    merged = [
        name
        for i, name in enumerate(full)
        if not (i >= 2 and name in ("合计", "小计") and full[i - 1] not in ("合计", "小计"))
    ]
    if len(full) == len(row.cells):
        row.columns = full
    elif len(full) == len(row.cells) + 1 and full[0] not in ("合计", "小计", "总计"):
        # the title and one name per cell ("项目 | 中央级 | 省级 | 县级 | 合计" over four
        # cells): its 合计 is a column of its own, not a group's (a first name 合计 is a
        # column's, the title printed outside the table: the group's 合计 below goes)
        row.columns = full[1:]
    elif len(merged) == len(row.cells):
        row.columns = merged
    else:
        # More names than cells (a page's title rows read as a header, or group names over
        # their columns): the last names are the nearest to the figures, so they are kept.
        rest = full[1:]
        row.columns = rest[len(rest) - len(row.cells) :] if len(rest) > len(row.cells) else rest


_UNIT_NOTE = re.compile(r"单位\s*[:：]?\s*(万元|亿元|千元|元)|[(（](万元|亿元|千元|元)[)）]")


def _apply_unit(text: str, grid: Grid) -> None:
    """Figures printed bare in a table are in the unit its note gives ("单位:万元")."""
    if not grid.rows:
        return
    start = grid.rows[0].line
    window = text[max(0, start - 200) : start] + " ".join(grid.headers)
    notes = list(_UNIT_NOTE.finditer(window))
    if not notes:
        return
    word = notes[-1].group(1) or notes[-1].group(2)
    unit = UNITS[word]
    # "单位:万元、%": the columns of bare decimals beside whole amounts are the percentages
    # (read_rate_columns finds what of), not amounts in 万元
    percent = set()
    if _AND_PERCENT.match(window, notes[-1].end()):
        rows = [r for r in grid.rows if r.cells]
        width = max((len(r.cells) for r in rows), default=0)
        percent = {k for k in range(width) if _bare_decimals(rows, k)}
    for row in grid.rows:
        for k, cell in enumerate(row.cells):
            if cell is not None and cell.q.unit.dimension is Dimension.BARE and k not in percent:
                cell.q = attrs.evolve(cell.q, unit=unit)


_AND_PERCENT = re.compile(r"\s*[、,/和及与]\s*%")


def _carry_unit(first: Grid, grid: Grid) -> None:
    """Figures printed bare in the part of a table a page break left far from its unit note
    ("单位:万元" over the first page's rows) are in the unit of the table's first part, when
    that part has one unit and this part none."""
    units = {c.q.unit for r in first.rows for c in r.cells if c is not None}
    money = [u for u in units if u.is_money]
    if len(money) != 1:
        return
    cells = [c for r in grid.rows for c in r.cells if c is not None]
    if any(c.q.unit.dimension is not Dimension.BARE for c in cells):
        return
    for cell in cells:
        cell.q = attrs.evolve(cell.q, unit=money[0])


_BUDGET_HEAD = re.compile(r"预\s*算")
_ACTUAL_HEAD = re.compile(r"决\s*算|执\s*行|实\s*际")


def _phase(column: str) -> str:
    if _BUDGET_HEAD.search(column) and not _ACTUAL_HEAD.search(column):
        return "budget"
    if _ACTUAL_HEAD.search(column):
        return "actual"
    return ""


# A row named by a period ("2015年", "2016年决算数"): its figures are the columns' items in that
# period.
_PERIOD_ROW = re.compile(r"^(?:\d{4}|1\d\d)年度?(?:预算数?|决算数?|执行数)?$")


def _column_subject(names: list[str], k: int) -> str:
    """The subject of column ``k``: its name, or for a 合计 column the total of the standard
    breakdown its neighbours are parts of ("合计 | 因公出国(境)经费 | 公务接待费 | …" → 三公费)."""
    subject = canonical(names[k])[0]
    if subject not in _UNNAMED_TOTALS:
        return subject
    others = [canonical(n)[0] for i, n in enumerate(names) if i != k]
    return _standard_total(others, every=False) or subject


# what canonical makes of a total named only as one ("合计", "合 计")
_UNNAMED_TOTALS = frozenset({"合计", "小计", "总计", ""})


def _standard_total(names: list[str], *, every: bool) -> str | None:
    """The total of the standard breakdown (:data:`DECOMPOSITIONS`) two or more of whose parts
    are among ``names`` (each name the end of a part, or a part the end of a name); with
    ``every``, only one of which every name is a part."""
    for total, parts in DECOMPOSITIONS:
        pairs = [(n, p) for n in names for p in parts if n.endswith(p) or p.endswith(n)]
        if len({p for _, p in pairs}) < 2:
            continue
        if not every or len({n for n, _ in pairs}) == len(set(names)):
            return total
    return None


def _name_totals(trees: list[Tree]) -> None:
    """A total row named only as one (合计) whose parts are parts of a standard breakdown is
    that breakdown's total: "合 计 | 77.00" over 公务接待费 and 公务用车购置及运行费 is the
    三公费 of "“三公”经费财政拨款支出决算为68.3万元,完成年初预算的88.7%"."""
    for tree in trees:
        if tree.by_code or tree.total.subject not in _UNNAMED_TOTALS:
            continue
        if not _TOTAL_LAST.search(tree.total.label):
            continue
        total = _standard_total([p.subject for p in tree.parts], every=True)
        if total is not None:
            tree.total.subject = total


def _name_cells(grid: Grid) -> None:
    """Each figure of a row is a value of the row's label, with its column's name and phase;
    in a row named by a period, a value of its column's name (the label keeps the period)."""
    for row in grid.rows:
        if not row.label:
            continue
        names = row.columns
        by_period = _PERIOD_ROW.match(row.label.replace(" ", "")) is not None
        subject, phase = canonical(row.label)
        for k, cell in enumerate(row.cells):
            if cell is None or cell.q.unit.dimension not in (Dimension.BARE, Dimension.MONEY):
                continue
            cell.role = Role.VALUE
            cell.in_table = True
            cell.subject = subject
            cell.label = row.label
            if k < len(names):
                cell.column = names[k]
                cell.phase = _phase(names[k])
                if by_period:
                    cell.subject = _column_subject(names, k)
                    cell.phase = phase or cell.phase


_BARE_OR_MONEY = (Dimension.BARE, Dimension.MONEY)  # read once: Dimension.X costs ~250 ns on 3.11


def _additive(cell: Fact | None) -> bool:
    return cell is not None and cell.q.unit.dimension in _BARE_OR_MONEY


def _one_unit(cells: list[Fact | None]) -> list[Fact | None]:
    """Cells of the commonest unit; the others are left out of the sums."""
    units: dict[object, int] = {}
    for c in cells:
        if _additive(c) and c is not None:
            units[c.q.unit] = units.get(c.q.unit, 0) + 1
    if not units:
        return [None] * len(cells)
    unit = max(units, key=lambda u: units[u])
    return [c if c is not None and _additive(c) and c.q.unit is unit else None for c in cells]


def _trees(grid: Grid) -> list[Tree]:
    rows = grid.rows
    out: list[Tree] = []
    width = max((len(r.cells) for r in rows), default=0)
    # A column that numbers the rows (行次 1, 2, 3…) holds no figures: with the total last
    # ("合计 | 4"), read bottom up it would be a total of 1 + 2 + 3.
    numbered = _row_number_columns([r.cells for r in rows], width) if len(rows) >= 3 else set()
    if len(rows) >= 3:
        structures: list[dict[int, list[int]]] = []
        columns: list[list[Fact | None]] = []
        for k in range(width):
            column = _one_unit([r.cells[k] if k < len(r.cells) else None for r in rows])
            columns.append(column)
            if k in numbered:
                continue
            values = [c.q.value if _additive(c) and c is not None else None for c in column]
            structures.append(_parse(values))
            # Totals printed after their parts ("合计" as the last row): the column read
            # bottom up is in pre-order.
            if _TOTAL_LAST.search(rows[-1].label):
                structures.append(_upside_down(_parse(values[::-1]), len(values)))
        best = max(structures, key=lambda s: sum(len(v) for v in s.values()), default={})
        # A row that prints a single 0 ("科教项目收入 0") is nothing in every column: its blank
        # cells add nothing to a column's total (a blank elsewhere leaves the total unchecked).
        zero_rows = {
            i
            for i, r in enumerate(rows)
            if any(c is not None for c in r.cells)
            and all(c is None or c.q.value == 0 for c in r.cells)
        }
        names = next((r.columns for r in rows if len(r.columns) == width), [])
        # A total found only because its figures add up in one column ("印刷费 | 200 | 220"
        # over "会议费 | 100 | 130", "培训费 | 100 | 150") may be a coincidence: unless its row is
        # named a total (合计, 小计, 总…) or it adds up in two columns, it is a weak reading.
        confirmed = {
            t: bool(_TOTAL_ROW.search(rows[t].label))
            or sum(1 for column in columns if _sums(column, t, kids)) >= 2
            for t, kids in best.items()
        }
        # A row whose blank cells were dropped ("3.财政补贴收入 | 0.00 | 100.00%" under eight
        # columns) does not line up with them: right after a total's parts it may be one more,
        # so that total is not read.
        shifted = _shifted_rows(
            [[r.cells[k] if k < len(r.cells) else None for r in rows] for k in range(width)]
        )
        if best:
            for k, column in enumerate(columns):
                if k in numbered or (k < len(names) and _RATE_COLUMN.search(names[k])):
                    continue  # "占调整预算%", "比上年增长%": rates, not sums
                # The structure in this column: a zero row's blank cell is left out.
                tree = {
                    t: [k for k in kids if column[k] is not None or k not in zero_rows]
                    for t, kids in best.items()
                    if not kids or max(kids) + 1 not in shifted
                }
                if not _additive_column(column, tree):
                    continue  # rates, shares, growth: not sums
                for t, kids in tree.items():
                    total = column[t]
                    parts = [column[k] for k in kids]
                    if total is None or len(parts) < 2 or any(p is None for p in parts):
                        continue
                    out.append(Tree(total, tuple(p for p in parts if p is not None), confirmed[t]))
    parsed: list[tuple[list[Fact | None], dict[int, list[int]]]] = []
    for row in rows:
        cells = _one_unit([None if k in numbered else c for k, c in enumerate(row.cells)])
        last = _total_column_last(row)
        if last:
            # (a rate column, "占计划%", is no part: "34.00" is not 17 + 17)
            cells = [
                None if _RATE_COLUMN.search(name) else c
                for c, name in zip(cells, row.columns, strict=True)
            ]
        values = [c.q.value if c is not None else None for c in cells]
        if sum(v is not None for v in values) >= 3:
            # "中央级 | 省级 | 市级 | 县乡级 | 合计": a total printed after its parts, named so
            # by its column; the row read right to left is in pre-order (and only so:
            # "本年收入计划 | 中央级 | … | 合计 | 占计划% | 上年同期数" of 消费税, 50 | 17 | … |
            # 17 | 34.00 | 16, has no total 50 = 17 + 17 + 16)
            structure = _upside_down(_parse(values[::-1]), len(values)) if last else _parse(values)
            parsed.append((cells, structure))
    # The rows of a table share their layout: a row whose own figures show only part of the
    # structure another row shows in full ("2016年 | 2364 | 12 | 1356 | 996 | 37 | 949", where
    # 37 + 949 is not 996) is read with that structure when they agree on a total.
    best_row = max(
        (p for _, p in parsed), key=lambda s: sum(len(v) for v in s.values()), default={}
    )
    # A layout most rows show in full is every row's ("1970 | 26228 | 14254 | 11975", where
    # 14254 + 11975 is 26229, read like the rows above and below it).
    shared = best_row and sum(structure == best_row for _, structure in parsed) * 2 >= len(parsed)
    for cells, structure in parsed:
        if (
            structure is not best_row
            and (shared or any(best_row.get(t) == kids for t, kids in structure.items()))
            and all(k < len(cells) for kids in best_row.values() for k in kids)
            and _additive_column(cells, best_row)
        ):
            structure = best_row
        for t, kids in structure.items():
            total = cells[t]
            parts = [cells[k] for k in kids]
            if total is not None and all(p is not None for p in parts):
                out.append(Tree(total, tuple(p for p in parts if p is not None), False))
    return out


_RATE_COLUMN = re.compile(r"%|率|占|比重|增长|增幅|降幅")
# a column of scores, however its header goes on ("得分 (20分*执行率)", "分值", "权重(%)")
_SCORE_COLUMN = re.compile(r"\s*(?:自评)?(?:得分|分值|评分|权重|扣分)")


def _shifted_rows(columns: list[list[Fact | None]]) -> set[int]:
    """The rows with a percentage in a column of amounts or an amount in a column of
    percentages (each column judged by most of its cells): their cells are out of line."""
    out: set[int] = set()
    for column in columns:
        percent = [c is not None and c.q.unit.dimension is Dimension.PERCENT for c in column]
        filled = sum(1 for c in column if c is not None)
        rated = sum(percent)
        if filled < 3 or rated * 2 == filled:
            continue
        mostly = rated * 2 > filled
        # (a 0 is a 0% too: "公务用车运行费 | 15.15 | 15.15 | 0 | 0" is in line)
        out.update(
            i
            for i, c in enumerate(column)
            if c is not None and percent[i] != mostly and c.q.value != 0
        )
    return out


_TOTAL_LAST = re.compile(r"合\s*计|总\s*计|小\s*计")
# A row named as a total of the rows under (or above) it.
_TOTAL_ROW = re.compile(r"合\s*计|总\s*计|小\s*计|共\s*计|总|^[一二三四五六七八九十]+、|^\d+[、.]")


def _total_column_last(row: Row) -> bool:
    """A row whose columns are named, one after another, with a total (合计, 小计) after the
    first that ends its group: the last column, or one a rate column follows ("… | 县乡级 | 合计 |
    占计划% | …"). A total followed by other names heads them ("合计 | 一般公共预算财政拨款 |
    政府性基金预算财政拨款"): that row is in pre-order."""
    columns = row.columns
    if len(columns) != len(row.cells):
        return False
    for k in range(1, len(columns)):
        if _TOTAL_LAST.search(columns[k]) and (
            k + 1 == len(columns) or _RATE_COLUMN.search(columns[k + 1])
        ):
            return True
    return False


def _upside_down(tree: dict[int, list[int]], n: int) -> dict[int, list[int]]:
    """A structure parsed from a column read bottom up, with the rows' own indices."""
    return {n - 1 - t: sorted(n - 1 - k for k in kids) for t, kids in tree.items()}


def _additive_column(column: list[Fact | None], tree: dict[int, list[int]]) -> bool:
    """Whether a column holds amounts: one of its totals is exactly the sum of its parts (a
    column of changes, "增减值", may have falls in it and a part larger than its total), or else
    nothing is negative and every total is at least as large as each of its parts (a column of
    rates or shares is neither)."""
    if any(_sums(column, t, kids) for t, kids in tree.items()):
        return True
    if any(cell is not None and cell.q.value < 0 for cell in column):
        return False
    seen = False
    for t, kids in tree.items():
        total = column[t]
        parts = [column[k] for k in kids]
        if total is None or any(p is None for p in parts):
            continue
        seen = True
        if any(p is not None and p.q.value > total.q.value for p in parts):
            return False
    return seen


def _sums(column: list[Fact | None], t: int, kids: list[int]) -> bool | None:
    total = column[t]
    parts = [column[k] for k in kids]
    if total is None or any(p is None for p in parts):
        return None
    acc = Decimal(0)
    for p in parts:
        assert p is not None
        acc = _CTX.add(acc, p.q.value)
    return acc == total.q.value


# How many readings of a part as a subtotal may nest (each level costs two stack frames).
_MAX_NESTING = 100


def _parse(values: list[Decimal | None]) -> dict[int, list[int]]:
    """Totals of a pre-order list: {index of a total: indices of its parts}.

    Each figure after a total is either a part or a subtotal followed by its own parts; both
    readings are tried (with a bound on the work), and a total counts only when its parts add up
    to it exactly.
    """
    n = len(values)
    budget = [5000]
    Result = tuple[list[int], int, dict[int, list[int]]]

    def seq(k: int, acc: Decimal, target: Decimal, kids: list[int], depth: int) -> Result | None:
        # A loop along the parts; it recurses only to read a part as a subtotal (and then the
        # rest after it), at most _MAX_NESTING deep, so a long column cannot exhaust the stack.
        while True:
            if acc == target:
                return (kids, k, {}) if len(kids) >= 2 else None
            if k >= n or acc > target:
                return None
            budget[0] -= 1
            if budget[0] <= 0:
                return None
            v = values[k]
            if v is None:
                k += 1  # a blank cell: nothing there
                continue
            after = _CTX.add(acc, v)
            if v > 0 and after <= target and depth < _MAX_NESTING:
                sub = subtree(k, depth + 1)
                if sub is not None:
                    rest = seq(sub[1], after, target, [*kids, k], depth + 1)
                    if rest is not None:
                        return rest[0], rest[1], {**sub[2], **rest[2]}
            acc, kids, k = after, [*kids, k], k + 1

    def subtree(j: int, depth: int) -> Result | None:
        target = values[j]
        if target is None or target <= 0:
            return None
        got = seq(j + 1, Decimal(0), target, [], depth)
        if got is None:
            return None
        kids, nxt, tree = got
        return kids, nxt, {**tree, j: kids}

    result: dict[int, list[int]] = {}
    i = 0
    while i < n and budget[0] > 0:
        got = subtree(i, 0)
        if got is not None:
            result.update(got[2])
            i = got[1]
        else:
            i += 1
    return result
