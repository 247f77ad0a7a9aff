"""The fast scans of the text audit find what the plain searches they replace find.

Several searches over a whole text or a sentence were rewritten so that the regular-expression
engine scans for a character instead of trying a pattern at every position, or so that a pattern
is tried only where a character it needs is (see docs/performance.md, "The night session of
2026-12-04"). Each is compared here with the plain form it replaced, on texts built from the
characters and words that matter to it.
"""

from __future__ import annotations

import ast
import itertools
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from budgetperf.textaudit import checks, claims, facts, normalise, quantities, tables
from budgetperf.textaudit.facts import Document, read_facts


def _texts(pieces: list[str], max_size: int = 14) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(pieces), max_size=max_size).map("".join)


# --- claims._has: the words without which a reader reads nothing, found in one scan -------------


def _words_passed_to_has() -> set[str]:
    """Every word that claims.py passes to ``_has`` (literals, and collections passed with *)."""
    # (the source beside the module: a compiled build's claims is an extension, claims.py by it)
    source = Path(claims.__file__).with_name("claims.py")
    tree = ast.parse(source.read_text(encoding="utf-8"))
    words: set[str] = set()
    namespace = vars(claims)
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
            continue
        if node.func.id != "_has":
            continue
        for arg in node.args[1:]:
            inner = arg.value if isinstance(arg, ast.Starred) else arg
            value = eval(compile(ast.Expression(inner), "claims.py", "eval"), namespace)
            words.update(value if isinstance(arg, ast.Starred) else [value])
    return words


def test_the_gate_words_are_the_words_readers_pass_to_has() -> None:
    # (a word passed but not listed would be searched for, correctly but slowly; one listed but
    # not passed would be scanned for in vain)
    passed = _words_passed_to_has()
    assert passed, "claims.py calls _has"
    assert passed == set(claims._GATE_WORDS)
    # (single characters are looked for with ``in``: as fast, and not a hit of the scan at each)
    assert min(len(w) for w in claims._GATE_WORDS) >= 2


_GATE_PIECES = [*claims._GATE_WORDS, *sorted(set("".join(claims._GATE_WORDS)))]


@settings(max_examples=500, deadline=None)
@given(text=_texts([*_GATE_PIECES, "支出", "万元", ",", "。"]))
def test_gate_words_are_those_in_the_text(text: str) -> None:
    assert claims._gate_words(text) == {w for w in claims._GATE_WORDS if w in text}


# --- claims._first_intro: an introducer matched only where one of the words starts -------------


_INTRO_PIECES = [
    "其中",
    "其中:",
    "主要用于",
    "用于",
    "减用于",
    "包括",
    "分别为",
    "当中",
    "。当中",
    "主要原因是",
    "主要是",
    "支出",
    "100万元",
    ",",
    ";",
    "\n",
    "其",
    "主",
    "分",
]


@settings(max_examples=500, deadline=None)
@given(text=_texts(_INTRO_PIECES), lo=st.integers(0, 20), width=st.integers(0, 60))
def test_first_intro_is_the_first_match_of_a_search(text: str, lo: int, width: int) -> None:
    lo = min(lo, len(text))
    hi = min(len(text), lo + width)
    searched = claims._ANY_INTRO.search(text, lo, hi)
    found = claims._first_intro(text, claims._intro_starts(text), lo, hi)
    assert (found and (found.span(), found.lastgroup)) == (
        searched and (searched.span(), searched.lastgroup)
    )


# --- tables._two_figure_lines: two lines in a row of a figure alone ------------------------------

_TWO_LINES = re.compile(rf"(?m)^{tables._FIGURE_LINE}\n{tables._FIGURE_LINE}$")


@settings(max_examples=500, deadline=None)
@given(text=_texts(["1", "2,3", ".5", "%", "-", " ", "\t", "\n", "\n\n", "元", "a"]))
def test_two_figure_lines_as_the_pattern_of_two_lines(text: str) -> None:
    assert tables._two_figure_lines(text) == (_TWO_LINES.search(text) is not None)


# --- checks._heading_lines: numbered heading lines found after line breaks -----------------------


@settings(max_examples=500, deadline=None)
@given(text=_texts(["一、", "(二)", "十", "、", "(", ")", "收入", "。", ",", " ", "\t", "\n"]))
def test_heading_lines_as_the_multiline_pattern(text: str) -> None:
    expected = [(m.start(), m.group(0)) for m in checks._HEADING_LINE.finditer(text)]
    assert checks._heading_lines(text) == expected


# --- patterns rewritten so that each alternative opens with a character -------------------------


@settings(max_examples=300, deadline=None)
@given(text=_texts(["2021", "-", "08", "8", " ", ":", "15", "来源", ":", "：", "日"]))
def test_dateline_as_its_plain_form(text: str) -> None:
    plain = re.compile(r"\d{4}-\d{1,2}-\d{1,2}[ ]+\d{1,2}:\d{2}|来源[:：]")
    assert (normalise._DATELINE.search(text) is None) == (plain.search(text) is None)


@settings(max_examples=300, deadline=None)
@given(text=_texts(["各", "县", "区", "(", ")", "县级", "乡镇", "市"]))
def test_lower_levels_as_their_plain_form(text: str) -> None:
    plain = re.compile(r"(?:各?县\(区\)|各?县区|各?区县|县级|各?乡镇)")
    for method in ("search", "match"):
        new, old = getattr(claims._LOWER_LEVELS, method)(text), getattr(plain, method)(text)
        assert (new and new.span()) == (old and old.span())


@settings(max_examples=300, deadline=None)
@given(text=_texts(["加上", "扣", "减", "去", "除", ",", ";", " ", "少", "收", "元"]))
def test_running_verbs_as_their_plain_form(text: str) -> None:
    plain = re.compile(r"加上|扣减|减去|扣除|[,;]\s*减(?![少收支免])")
    new, old = claims._RUNNING_VERB.search(text), plain.search(text)
    assert (new and new.span()) == (old and old.span())


# --- claims._context_before: a context searched from its clause only ---------------------------


@settings(max_examples=500, deadline=None)
@given(
    prefix=_texts(
        [
            *["在", "从", "中", ",", ":", ";", "。", "看", "来", "按", "照", "功能", "分类"],
            *["科目", "分", "项", "情况", "如下", "是", "为", "划分", "完成", "支出"],
        ],
        max_size=16,
    )
)
def test_a_context_is_the_last_match_before_its_mark(prefix: str) -> None:
    cut = max(prefix.rfind(","), prefix.rfind(":"))
    if cut < 0:
        return
    last = None
    for m in claims._CONTEXT.finditer(prefix[: cut + 1]):
        last = m
    found = claims._context_before(prefix, cut)
    assert (found and (found.span(), found.groupdict())) == (
        last and (last.span(), last.groupdict())
    )


# --- quantities._CN_AMOUNT_YUAN: an amount in Chinese numerals found from its 元 ---------------


@settings(max_examples=500, deadline=None)
@given(text=_texts([*"〇零一二两三四五六七八九十百千万亿元", "万元", "支出", "x"]))
def test_chinese_amount_found_from_its_yuan_as_from_its_numeral(text: str) -> None:
    found = quantities._CN_AMOUNT_YUAN.search(text) is not None
    assert found == (quantities._CN_AMOUNT_END.search(text) is not None)


# --- tables: the table reader's runs of rows, read from the lines that can open one -----------

_TABLE_LINES = [
    *["", " ", "合计 | 1 | 2 |", "|", "| 3 |", "|||", "||||", "x | y", "| 增值税 | 45 | 3 |"],
    *["合计 246 167.37", "科教项目收入 0", "1 2 3", " 12  5 ", "收入\x0b5 6", "收 入"],
    *["科目编码 科目名称 合计 基本支出 项目支出", "201 一般公共服务支出 300.50 200.20 100.30"],
    *["20101 人大事务 120.20 100.00 20.20", "2010101 行政运行 120.20 100.00 20.20"],
    *["201 01 01 行政运行 1 2 3", "  01 人大事务 1 2", "一般公共预算支出为3.5万元。", "79"],
    "税收收入小计 27,631 33,385 33,385 增值税 13,950 18,835 1 消费税 1 2 3 "
    "企业所得税 4 5 6 个人所得税 7 8 9 资源税 10 11 12 城市维护建设税 13 14 15",
    "上年结转结余为零,本年收入合计" * 10,
    *["合计\x0b246\x0b167.37", "1\x0b2\x0b3", "01 人大事务", "预算数 决算数"],
    # a table of code rows under its header, as a PDF's text layer runs its cells together
    "科目编码 科目名称 合计 基本支出 项目支出\n201 一般公共服务支出 300.50 200.20 100.30\n"
    "20101 人大事务 120.20 100.00 20.20\n2010101 行政运行 120.20 100.00 20.20",
]


def _old_row_runs(doc: Document) -> tuple[object, ...]:
    """The table reader's first pass as it was: every line asked every question."""
    text = doc.text
    lines = text.split("\n")
    spaced = re.search(r"[^\S\n]", text) is not None
    rows: set[int] = set()
    headers: dict[int, list[str]] = {}
    cut_at: set[int] = set()
    if spaced:
        widths = [0 if "|" in line else tables._space_figures(line.strip()) for line in lines]
        starts = list(itertools.accumulate((len(line) + 1 for line in lines), initial=0))
        k = 0
        while k < len(lines):
            if not widths[k]:
                k += 1
                continue
            end = k
            while end < len(lines) and widths[end]:
                end += 1
            run_widths = widths[k:end]
            common = max(set(run_widths), key=run_widths.count)
            codes = [j for j in range(k, end) if tables._CODE_SPACE_ROW.match(lines[j].strip())]
            if codes and common >= 2 and run_widths.count(common) >= tables._MIN_SPACE_ROWS:
                rows.update(codes)
                names = (
                    tables._printed_words(doc, starts[k - 1], len(lines[k - 1])) if k > 0 else []
                )
                header = lines[k - 1].strip() if k > 0 else ""
                if tables._SPACE_HEADER.match(header) and len(names) > common:
                    headers[k - 1] = ["".join(names[:-common]), *names[-common:]]
                if end < len(lines) and tables._UNREAD_ROW.search(lines[end].strip()):
                    cut_at.add(end)
            k = end
    out: list[tuple[list[tuple[int, str]], bool | None]] = []
    run: list[tuple[int, str]] = []
    cut = False
    pos = 0
    space = tables._SPACE
    for index, line in enumerate(lines):
        bare = line.strip()
        if len(line) > tables._RUN_TOGETHER_MIN and "|" not in line:
            out.extend((together, None) for together in tables._run_together(pos, line))
        if index in headers:
            if len(run) >= 2:
                out.append((run, cut))
            run = [(pos, line)]
            cut = False
        elif (
            "|" in line
            or index in rows
            or (spaced and space.search(bare) is not None and tables._SPACE_ROW.match(bare))
            or (
                run
                and (
                    tables._SPACE_ROW1.match(bare)
                    or (
                        spaced
                        and space.search(bare) is not None
                        and tables._NUMBERS_ONLY.match(bare)
                    )
                )
            )
            or (run and run[-1][1].strip() == "|" and tables._single_cell(bare))
        ):
            run.append((pos, line))
            cut = cut or index in cut_at
        else:
            cut = cut or index in cut_at
            if len(run) >= 2:
                out.append((run, cut))
            run = []
            cut = False
        pos += len(line) + 1
    if len(run) >= 2:
        out.append((run, cut))
    return rows, headers, cut_at, out


@settings(max_examples=300, deadline=None)
@given(lines=st.lists(st.sampled_from(_TABLE_LINES), max_size=16))
def test_row_runs_as_the_reader_that_asked_every_line(lines: list[str]) -> None:
    doc = read_facts("\n".join(lines))
    text_lines = doc.text.split("\n")
    starts = list(itertools.accumulate((len(line) + 1 for line in text_lines), initial=0))
    opening = tables._opening_lines(text_lines)
    found = tables._space_tables(doc, text_lines, starts, opening)
    runs = tables._row_runs(text_lines, starts, opening, *found)
    assert (*found, runs) == _old_row_runs(doc)


@settings(max_examples=300, deadline=None)
@given(text=_texts(["1", "2,3", ".5", "%", "-", "+", "万元", " ", "\n", "\n\n", "a", "合计", "٣"]))
def test_numeric_cells_as_the_pattern_on_each_line(text: str) -> None:
    doc = read_facts(text)
    plain = [tables._NUMERIC.match(cell) is not None for _, cell in tables._cell_lines(doc)]
    assert tables._numeric_cells(doc) == plain


@settings(max_examples=300, deadline=None)
@given(text=_texts(["合", "计", " ", "  ", "\t", "\u3000", "\x0b", "\u2028", "\n", "1", "a"]))
def test_unspaced_as_the_substitution(text: str) -> None:
    assert tables._unspaced(text) == re.sub(r"\s+", "", text)


# --- facts._sentences: the text cut at its marks by one findall of its pieces ------------------


def _plain_sentences(text: str) -> list[tuple[int, int, int]]:
    """_sentences as a scan for each mark, and each span sliced for its test of a blank one."""
    out: list[tuple[int, int, int]] = []
    start = paragraph = 0
    for m in re.finditer(f"[{facts._SENTENCE_ENDS}]", text):
        end = m.end()
        if end - start > facts._MAX_SENTENCE:
            facts._emit(text, start, end, paragraph, out)
        elif text[start:end].strip():
            out.append((start, end, paragraph))
        if text[end - 1] == "\n":
            paragraph += 1
        start = end
    if start < len(text):
        facts._emit(text, start, len(text), paragraph, out)
    return out


# (\ufffd, │ and ㄅ: marks of damage, found by the same scan)
@settings(max_examples=1500, deadline=None)
@given(text=_texts([*"。!?\n 中a,\u3000\ufffd│ㄅ", " \n", "。\n", "x" * 700], max_size=20))
def test_sentences_as_the_scan_for_their_marks(text: str) -> None:
    damage: list[int] = []
    assert facts._sentences(text, damage) == _plain_sentences(text)
    assert damage == [m.start() for m in facts._DAMAGE.finditer(text)]


# --- normalise._DELETE: a space's and a line break's alternatives behind one lookbehind ---------

_PLAIN_DELETE = re.compile(
    "|".join(
        [
            "\r",
            "\ufeff",
            rf"\n(?<=[\d万亿千]\n)(?:[ ]*\n)?{normalise._PAGE_NUMBER}\n(?:[ ]*\n)?[ ]*"
            + normalise._UNIT_AFTER,
            rf"\n{normalise._PAGE_NUMBER}(?=\n)",
            rf"\((?<=[{normalise._CJK}]\()(?=[a-zü]*[{normalise._TONED}])"
            rf"[{normalise._PINYIN}]{{1,7}}\)",
            *(" " + alternative for alternative in normalise._AFTER_SPACE),
            rf"\n(?<=[\d万亿千]\n)(?:[ ]*\n)?[ ]*{normalise._UNIT_AFTER}",
        ]
    )
)
_DELETE_PIECES = [
    *"\r\ufeff\n (—-–12.,;:%元万亿千中a",
    *("万元", "亿元", "(yù)", "(ab)", "- 2 -", "1, ", "中, ", "123", "5. "),
]


@settings(max_examples=1500, deadline=None)
@given(text=_texts(_DELETE_PIECES, max_size=24))
def test_deletions_as_the_plain_alternatives(text: str) -> None:
    found = [m.span() for m in normalise._DELETE.finditer(text)]
    assert found == [m.span() for m in _PLAIN_DELETE.finditer(text)]


# --- normalise._fold: each kind of character folded, found by a search from the kind before ----


@settings(max_examples=500, deadline=None)
@given(text=_texts([*"，。（）１２．％a\u3000\t│中 ", "﹪", "℅", "−"]))
def test_fold_as_the_translation(text: str) -> None:
    assert normalise._fold(text) == text.translate(normalise._FOLD)
