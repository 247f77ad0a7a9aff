"""Stage 2, *normalise*: one spelling for every way a report prints the same thing.

Published reports reach us as web pages, PDF text layers and mirror copies, and the same figure
can be printed many ways. This stage rewrites the text so that the later stages see one form,
and keeps a map from every offset of the new text back to the original, so that a finding
still points at the line and column a reviewer sees in the print:

* **full width → ASCII**, one character for one: "１２．５％" → "12.5%", "，；：（）" → ",;:()";
* **traditional → simplified** characters with OpenCC's ``t2s`` table ("預算" → "预算"; see
  the documentation page *normalise* for why OpenCC);
* **mirror-copy artefacts** removed: pinyin in parentheses after a character, "預(yù)算" → "预算";
* **numbers broken by spaces or line breaks joined**: "5506 万 元" → "5506万元", "1.05 万↵元" →
  "1.05万元", and spaces between Chinese characters ("公务 接待费") dropped;
* **hard-wrapped paragraphs joined**: a line break in the middle of a sentence (the line does not
  end with 。；：!?|, nor with a "." typed for 。 after a Chinese character, and the next line does
  not start a heading or a table cell) is removed, so a
  sentence printed over three lines of a PDF is one sentence; a line of words alone (no figure,
  no end mark) above a line that opens with an amount is that amount's caption, and is joined
  to it ("上半年全省地方一般公共预算支出↵949.49亿元"). A line of a sentence may end with a short
  quoted name ("…10万元。“三公”↵经费支出…") or a bracketed word ("因公出国(境)↵费…"), and a line
  that opens with a comma or a closing mark goes on from the one before, as does a ratio
  broken after its colon ("3.7:↵45.4:50.9"). In a text wrapped at a width (five or more wrapped
  lines, half of them within a twentieth of one width), a line that fills the width (the next
  line's first word would not have fitted on it) goes on even when it looks like a heading
  ("1.社会保障和就业(类)…基本养老保险缴↵费支出(项):…") or ends with ";", ")" or "”";
* **a double-spaced text's blank lines halved**: when nearly every break between lines of text
  has a blank line (web pages and converters print one), the first half of each run of blank
  lines is dropped, again while it is still double-spaced, so the text reads as printed
  single-spaced;
* carriage returns and a byte-order mark dropped.

Nothing else changes: no digit, no word is altered, so every quantity read later is a quantity
printed.

>>> n = normalise("支出 5506 万\\n元，占１２．５％。")
>>> n.text
'支出5506万元,占12.5%。'
>>> n.position(n.text.index("12.5"))
(2, 4)
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable

import attrs

from budgetperf.errors import Location, ParseError, WrongTypeError
from budgetperf.textaudit.vocabulary import DIGIT_ITEM_NUMBER, INTRODUCERS

__all__ = ["Normalised", "normalise"]

# Full-width forms and Chinese punctuation that has an ASCII twin, one character for one.
_FOLD = str.maketrans(
    {
        **{chr(0xFF01 + i): chr(0x21 + i) for i in range(0x5E)},
        "\u3000": " ",
        "\xa0": " ",
        # every other space of Unicode's (Zs): en, em, thin, hair… and the narrow no-break
        # space ("其中\u2005调减…" reads as "其中 调减…")
        **{chr(c): " " for c in (*range(0x2000, 0x200B), 0x202F, 0x205F, 0x1680)},
        "\t": " ",
        "﹪": "%",
        "﹒": ".",  # a small full stop typed for the decimal point ("增長３﹒９％")
        # ℅ (care of) typed for % by a Chinese input method ("节约率达4.9℅"): GBK has both
        "℅": "%",
        "﹙": "(",
        "﹚": ")",
        "﹐": ",",
        "﹔": ";",
        "﹕": ":",
        "−": "-",
        "\u200b": " ",
        # the vertical rule of a box-drawn table ("│ 75,824,724│ 75,122,459│"): a cell border
        "│": "|",
        "┃": "|",
    }
)
# The same fold by a search for the few characters it changes: str.translate looks every
# character up in the table, several times slower on Chinese text, where few need folding.
_FOLD_TO = {chr(k): str(v) for k, v in _FOLD.items()}
_FOLDABLE = re.compile("[" + re.escape("".join(_FOLD_TO)) + "]")


def _fold(text: str) -> str:
    # (each kind of character to fold found by a search from where the kind before was found,
    # and replaced throughout: no call per character folded, as a substitution with a function
    # makes, nor a match, as a findall of them makes; a report has a few kinds, and many of one
    # kind, its commas and brackets. No character is folded to one that is folded itself: the
    # searches read the text once.)
    pos = 0
    while (m := _FOLDABLE.search(text, pos)) is not None:
        char = m.group()
        text = text.replace(char, _FOLD_TO[char])
        pos = m.start()
    return text


_CJK = "\u3400-\u4dbf\u4e00-\u9fff"
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_PINYIN = f"a-zü{_TONED}"
# What is deleted: CR and BOM; pinyin glosses of a mirror copy; spaces inside numbers, between
# a number and its unit, between Chinese characters, and after a comma, semicolon or colon of
# Chinese text ("支出30.09亿元, 上解上级支出").
# Each alternative starts with the character it deletes (its context is a lookbehind that
# includes it), so that the engine scans for those few characters instead of trying every
# alternative at every position (about ten times faster on report texts).
# (万 or 亿 alone, the unit of a figure in 元, before a mark: "减少91.91↵万,下降16.4%"; not a word
# that opens with it, "万州区")
_UNIT_AFTER = r"(?=[元%]|万元|亿元|[万亿][,;:。、)])"
# A page's number on a line of its own, as a PDF's text layer prints it ("- 2 -", "—10—")
_PAGE_NUMBER = r"[ ]*[-—–][ ]*\d{1,4}[ ]*[-—–][ ]*"
# What a line break after a figure deletes with it, in order: a page's number between the figure
# and its unit ("上级865↵- 2 -↵万元)") goes with both line breaks; and blank lines between them
# (a number is never parted from its unit by a paragraph, and a double-spaced text prints one at
# every break: three, printed double-spaced again)
_FIGURE_BREAK = (
    rf"(?<=[\d万亿千]\n)(?:(?:[ ]*\n)?{_PAGE_NUMBER}\n(?:[ ]*\n)?[ ]*{_UNIT_AFTER}"
    rf"|(?:[ ]*\n){{0,3}}[ ]*{_UNIT_AFTER})"
)
# What a space deletes with it (with the spaces after it), in order
_AFTER_SPACE = [
    rf"(?<=[{_CJK}] )[ ]*(?=[{_CJK}\d])",
    rf"(?<=[{_CJK}\d%][,;:] )[ ]*(?=[{_CJK}])",
    rf"(?<=[\d.] )[ ]*(?=[{_CJK}%])",
    r"(?<=\d\. )[ ]*(?=\d)",
    r"(?<=\d, )[ ]*(?=\d{3}(?!\d))",
    rf"(?<=[\d万亿千] )[ ]*\n(?:[ ]*\n){{0,3}}[ ]*{_UNIT_AFTER}",
]
# (a space's alternatives, and a line break's after a figure, behind one look at the character
# before it, which each of them needs: a space after a space or a letter, a line break after
# the end of a sentence, most of them, fail that one test, not each alternative's in turn)
_DELETE = re.compile(
    "|".join(
        [
            "\r",
            "\ufeff",
            # elsewhere a page's number goes with the break before it (or after it at the text's
            # start: _LEADING_PAGE, apart, since an anchor here would make the engine try every
            # position again); it opens with a dash where a unit after a break opens with 元, %,
            # 万, 亿 or a break: never both, and their order is no matter
            rf"\n(?:{_FIGURE_BREAK}|{_PAGE_NUMBER}(?=\n))",
            rf"\((?<=[{_CJK}]\()(?=[a-zü]*[{_TONED}])[{_PINYIN}]{{1,7}}\)",
            rf" (?<=[{_CJK}\d.,;:] )(?:" + "|".join(_AFTER_SPACE) + ")",
        ]
    )
)
_LEADING_PAGE = re.compile(rf"{_PAGE_NUMBER}\n")
# a pinyin gloss at a line's end (deleted with the others): the line ends where it did before
_GLOSS_END = re.compile(rf"(?<=[{_CJK}])\((?=[a-zü]*[{_TONED}])[{_PINYIN}]{{1,7}}\)$")
# Thousands parted by spaces, as a yearbook prints them ("教育事业费支出70 443万元,比上年增加
# 9 064万元"): groups of three after a space, the number then a unit of money or a count. Found
# from the digit before the first space (a pattern that opens with a digit is tried at digits
# only); the number must open right after a Chinese character, with one to three digits
# (_spaced_thousands), so that cells of a row ("合计 12 345万元") stay apart.
_SPACED_GROUPS = re.compile(
    r"[0-9](?: [0-9]{3})+(?:\.[0-9]+|) ?"
    r"(?=[万亿]?元|万|亿|人|户|个|所|张|名|次|亩|吨|公里|座|处|家|辆|项|件|艘)"
)
_CJK_CHARACTER = re.compile(rf"[{_CJK}]")
# the marks a spaced number may follow as it follows a character ("…80.53万座、4 916.97万m")
_OPENS_NUMBER = frozenset("、,;:(")

_MARKER = re.compile(
    r"[ ]*(?:[(][ ]*[一二三四五六七八九十\d]{1,3}[ ]*[)]|[一二三四五六七八九十]{1,3}[、.]"
    rf"|{DIGIT_ITEM_NUMBER}|第[一二三四五六七八九十\d]{{1,3}}[部章节条]|[|]|—|表\d)"
)
# A cell: words, or a figure with thousands separators ("1,234.56": a table's cells, not a
# clause of a sentence).
_CELL = r"(?:[-+]?\d{1,3}(?:,\d{3})+(?:\.\d+)?%?(?![^ ])|[^ ,;:。、,;:]+)"
_SPACED_CELLS = re.compile(rf"^[ ]*{_CELL}(?:[ ]+{_CELL}){{2,}}[ ]*$")
_HARD_END = frozenset('。;:!?|)》】”"')
# a line ending with "." after a Chinese character (a unit, a word): a full stop typed as "."
# (not a decimal point, a figure's "1." or an abbreviation's)
_STOP_TYPED_ASCII = re.compile(r"[\u4e00-\u9fff%]\.$")
_MIN_WRAPPED = 16
# "…其中:因公出国(境)费39万元、…国内公务接待费10万元。“三公”↵经费支出为163.58万元": a short
# quoted name at the end of a line of a sentence ends no sentence (a quotation that does
# closes after 。, or before it)
_QUOTED_TERM_END = re.compile(r"“[^“”。;:!?]{1,10}”$")
# "…公务接待费2.04亿元,因公出国(境)↵费0.47亿元": a word of one to three characters in brackets
# at the end of a line of a sentence (one with a comma) is part of a name that goes on
_BRACKETED_WORD_END = re.compile(r"[\u4e00-\u9fff]\([\u4e00-\u9fff]{1,3}\)$")
_CLAUSE_MARK = re.compile("[,;、。]")
# what a line that goes on from the one before opens with
_GOES_ON = frozenset(",;:、。)%”》】")
# "1.社会保障和就业支出467.99万元:主要用于本单位在↵社会保障与就业方面的支出。": a numbered line with
# a figure that stops in the middle of its words is a wrapped sentence, not a heading.
# (the currency named after the unit, "390万元人民币", ends no words; 万 or 亿 alone is the unit
# too: "1.社会保障和就业支出467.99万:主要用于本单位在↵…")
_CUT_AFTER_FIGURE = re.compile(r"\d[ ]*(?:[万亿][ ]*元?|元|%)(?!人民币$)[^\d]*[^\d元%:) ]$")
_OPENS_LIST = ("其中,", "包括,", "如下,", "主要用于,")
# A news page's dateline: a date and a time, or its source ("2021-08-08 21:09:15 来源:中国改革报").
# The date opens with a character (its year is a look behind its first '-'): the engine scans
# for it instead of trying the pattern at every position (a whole text is searched for the date
# alone, and for 来源 by a string search: about a fifth of the time of one search for both).
_DATE_TIME = re.compile(r"-(?<=\d{4}-)\d{1,2}-\d{1,2}[ ]+\d{1,2}:\d{2}")
_DATELINE = re.compile(_DATE_TIME.pattern + "|来源[:：]")
# A line of words with no figure and no mark that ends a sentence (after an introducer and ':'
# or not: "其中:财政拨款" names a part as "其中,财政拨款" does), and a line that opens with an
# amount of money.
_LABEL_LINE = re.compile(
    r"^[ ]*(?:(?:"
    + "|".join(sorted(INTRODUCERS, key=len, reverse=True))
    + r"):)?[^\d\s。;:!?|)》】”\"]{2,40}(?<![。;:!?|)》】”\"])$"
)
# "三、出院者平均医药费用↵5591.34 5641.93 50.59 0.90%": a row's label, then its figures alone
_FIGURES_ONLY = re.compile(r"^[ ]*[-+]?\d[\d,]*(?:\.\d+)?%?(?:[ ]+[-+]?\d[\d,]*(?:\.\d+)?%?)+[ ]*$")
_MONEY_FIRST = re.compile(r"^[ ]*[-+]?\d[\d,]*(?:\.\d+)?[ ]*(?:万元|亿元|千元|元|万|亿)")
_TITLE_END = re.compile(r"(?:说明|情况|报告|概况|明细|公开|表)$")


@functools.cache
def _converter() -> Callable[[str], str]:
    try:
        import opencc
    except ImportError as exc:  # pragma: no cover - a core dependency
        from budgetperf.errors import InvalidOption

        raise InvalidOption(
            "reading traditional characters needs OpenCC: pip install opencc"
        ) from exc
    convert: Callable[[str], str] = opencc.OpenCC("t2s").convert
    return convert


def _to_simplified(text: str) -> str:
    """Traditional → simplified, keeping every character's offset."""
    if text.isascii():
        return text
    out = _converter()(text)
    if len(out) == len(text):
        return out
    # A phrase table changed the length somewhere: convert line by line, and a line whose
    # length changes character by character, so that offsets never move.
    lines = text.split("\n")
    fixed = []
    for line in lines:
        converted = _converter()(line)
        if len(converted) != len(line):
            converted = "".join(c2 if len(c2 := _converter()(ch)) == 1 else ch for ch in line)
        fixed.append(converted)
    return "\n".join(fixed)


_SPACED_SHARE = 0.9  # of the breaks between lines of text, followed by a blank line
_BLANK_LINE = re.compile(r"\n[ ]*(?=\n)")  # (a blank line after the first line)


def _spacing_blanks(text: str) -> list[tuple[int, int]]:
    """The blank lines to drop when the text is printed double-spaced (a blank line after
    nearly every line of text, as some web pages and converters print it), each as its span.
    A single-spaced text printed double-spaced has 2k + 1 blank lines where it had k (an empty
    cell of a table printed one cell a line, a paragraph's blank line): of each run of blank
    lines between lines of text, the first half (rounded up) are dropped, and again while
    what is left is still double-spaced (a double-spaced text printed double-spaced)."""
    lines = text.count("\n") + 1
    blank = len(_BLANK_LINE.findall(text))
    if blank < _SPACED_SHARE * (lines - blank - 2) or lines - blank < 4:
        return []  # (most texts: too few blank lines to part nine in ten of their lines)
    runs: list[list[tuple[int, int]]] = []  # the blank lines between two lines of text
    run: list[tuple[int, int]] = []
    seen_text = False
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.strip(" "):
            if seen_text:
                runs.append(run)
            seen_text = True
            run = []
        elif seen_text:
            run.append((start, end + 1))
        start = end + 1
    # the blank lines after the last line of text, halved as often as the others ("…。\n" is
    # "…。\n\n" double-spaced)
    runs.append([span for span in run if span[1] <= len(text)])
    kept = [len(r) for r in runs]
    while len(kept) >= 4 and sum(k > 0 for k in kept[:-1]) >= _SPACED_SHARE * (len(kept) - 1):
        kept = [k // 2 for k in kept]
    return [span for r, k in zip(runs, kept, strict=True) for span in r[: len(r) - k]]


def _soft_breaks(text: str, blanks: frozenset[int] = frozenset()) -> list[int]:
    """Offsets of the line breaks that only wrap a paragraph (no sentence ends there).
    ``blanks`` are the starts of blank lines read as absent (a double-spaced text)."""
    soft = []
    lines = text.split("\n")
    starts: list[int] = []
    if blanks:
        start = 0
        for line in lines:
            starts.append(start)
            start += len(line) + 1
    # (looked for in the lines only when the text has one: most have none)
    # (a string search for the source's word, and a scan for one character, '-', for the date:
    # faster than the scan for either of two characters; a 来源 without its colon only makes
    # the lines be looked at, each by _DATELINE itself)
    datelines = "来源" in text or _DATE_TIME.search(text) is not None
    # lines that break where a text wrapped at a width would, and lines that go on only in
    # such a text (a heading's shape, or a clause's end, that fills a line)
    wrapped: list[str] = []
    held: list[tuple[int, str, str]] = []  # (the break, the line, the next line)
    start = 0
    for i, line in enumerate(lines[:-1]):
        end = start + len(line)
        nxt = lines[i + 1]
        if blanks:
            if starts[i] in blanks:
                start = end + 1
                continue
            k = i + 1
            while k < len(lines) - 1 and starts[k] in blanks:
                k += 1  # (the line after the blank ones dropped)
            nxt = lines[k]
        start = end + 1
        body = line.rstrip(" ")
        if not body or body[-1] in "。|":
            continue  # (most lines: a sentence's end, or a table's row)
        if body[-1] == ")" and (gloss := _GLOSS_END.search(body)) is not None:
            body = body[: gloss.start()]  # "…、公務(wù)↵用車…": the gloss is deleted below
        if nxt[:1] in _GOES_ON and "|" not in body and "|" not in nxt and len(body) >= _MIN_WRAPPED:
            # "1、一般公共预算收入由年初预算12981.26万元调整为13250.10万元↵,调增268.84万元。",
            # "…(其中:税收收入5.93亿元、非税收入1.78亿元)↵、上级补助收入…": a line that opens
            # with a comma goes on from the one before
            soft.append(end)
            continue
        if body[-1] == ":" and body[-2:-1].isdecimal() and nxt[:1].isdecimal():
            # "三次产业结构由上年的3.7:↵45.4:50.9调整为…": a ratio goes on
            soft.append(end)
            continue
        if body[-1] in _HARD_END and not (
            # (the mark first: most lines end with 。; in a line of a sentence, one with a mark
            # of a clause, not a headline's)
            (
                (body[-1] == "”" and _QUOTED_TERM_END.search(body) is not None)
                or (body[-1] == ")" and _BRACKETED_WORD_END.search(body) is not None)
            )
            and _CLAUSE_MARK.search(body) is not None
        ):
            # (most lines: no label line ends so either, nor a wrapped one); a full line that
            # ends a clause (";") may go on in a text wrapped at a width: told at the end
            if body[-1] in ";)”" and len(body) >= _MIN_WRAPPED and _goes_on(nxt):
                held.append((end, body, nxt))
            continue
        if body[-1] == "." and _STOP_TYPED_ASCII.search(body) is not None:
            continue  # "2、项目支出130万元.↵按支出功能分类科目:…": a full stop typed as "."
        # (the next line first: it opens with a figure on few lines, and a line is a label's
        # only when tried against all the introducers; both patterns of a figure's line open
        # with spaces, a sign at most, and a digit, looked at first without a pattern)
        lead = nxt.lstrip(" ")[:2].lstrip("-+")
        if (
            lead[:1].isdecimal()
            and ((_MONEY_FIRST.match(nxt) and not _MARKER.match(body)) or _FIGURES_ONLY.match(nxt))
            and _LABEL_LINE.match(body)
        ):
            # "上半年全省地方一般公共预算支出↵949.49亿元 同比增长12.9%": a line of words alone
            # names the amount that opens the next (a chart's caption, a card of figures)
            soft.append(end)
            continue
        if (
            body[-1] == "、"
            and nxt.strip(" ")
            and "|" not in body
            and "|" not in nxt
            and not _MARKER.match(nxt)
        ):
            # "其中↵一般债券7865亿元、↵专项债券35844亿元。": a line that ends with an enumeration
            # comma goes on in the next, however short it is
            soft.append(end)
            continue
        if len(body) < _MIN_WRAPPED or "|" in body:
            continue
        if datelines and (_DATELINE.search(body) or _DATELINE.search(nxt)):
            continue  # a news page's dateline ("2021-08-08 21:09:15 来源:…") stands alone
        if body.endswith(_OPENS_LIST):
            # "…合计1020.50万元,其中,↵…": a list that goes on one item a line (even at the end of
            # a full line of a wrapped text, as "其中:" does: a PDF prints its parts so too)
            continue
        if not _goes_on(nxt) or _SPACED_CELLS.match(body):
            continue  # (a blank line, a heading, a table's row: cells run together with spaces)
        if (
            _MARKER.match(body)
            and not any(c in body for c in "。,;")
            and len(body) < 50
            and not _CUT_AFTER_FIGURE.search(body)
        ):
            held.append((end, body, nxt))
            continue  # a heading, unless it fills a line of a text wrapped at a width
        if _TITLE_END.search(body) and not any(c in body for c in "。,;,;") and len(body) < 50:
            continue  # a title ("…2016年“三公经费”预算对比增减说明")
        soft.append(end)
        wrapped.append(body)
    if held and len(wrapped) >= _MIN_WIDTH_LINES:
        width = _wrap_width(wrapped)  # (only for a text with such lines)
        if width is not None:
            slack = _slack(width)
            soft.extend(end for end, body, nxt in held if _width(body) + _lead(nxt) > width - slack)
            soft.sort()
    return soft


def _width(line: str) -> int:
    """How wide ``line`` prints: two columns a Chinese character (three bytes in UTF-8), one
    an ASCII one (one byte), worked out from its length in UTF-8 without a loop over it."""
    return (len(line.encode()) + len(line)) // 2


_MIN_WIDTH_LINES = 5  # wrapped lines a text's width is told from
_WIDTH_SHARE = 0.5  # of them, at the width (or within its slack)


def _slack(width: int) -> int:
    """How much narrower than the width a full line may print: a twentieth of it, two columns
    at least (a PDF's digits and spaces are narrower than half a Chinese character, and a line
    breaks before a number that does not fit)."""
    return max(2, width // 20)


def _wrap_width(wrapped: list[str]) -> int | None:
    """The width a text is wrapped at, told from its wrapped lines (``wrapped``): the commonest
    of their widths, when half of them are within its slack of it; else None. In such a text
    a line that fills the width, its slack less at most, goes on: "1.社会保障和就业(类)…机关
    事业单位基本养老保险缴↵费支出(项):…" is no heading there, and "…占本年支出的77%;↵社会保障
    和就业支出…" no clause that ends its paragraph."""
    counts: dict[int, int] = {}
    for line in wrapped:
        w = _width(line)
        counts[w] = counts.get(w, 0) + 1
    width = max(counts, key=lambda w: (counts[w], w))
    near = sum(counts.get(width - k, 0) for k in range(_slack(width) + 1))
    return width if near >= _WIDTH_SHARE * len(wrapped) else None


_LEAD = re.compile(r"[ ]*(?:[-+]?\d[\d,.]*%?|.)")


def _lead(nxt: str) -> int:
    """How wide the first word of ``nxt`` prints (a number, or one character): a line that
    breaks before it, had it fitted, would have held it (a PDF breaks a line before a number
    that does not fit: "…戏曲公益性演出(戏曲进乡村)↵162.00万元")."""
    m = _LEAD.match(nxt)
    return _width(m.group().strip()) if m is not None else 0


def _goes_on(nxt: str) -> bool:
    """Whether ``nxt`` may go on from the line before: words, no heading nor a table's row."""
    return (
        bool(nxt.strip(" "))
        and "|" not in nxt
        and _MARKER.match(nxt) is None
        and _SPACED_CELLS.match(nxt) is None
    )


@attrs.frozen
class Normalised:
    """The normalised text, the original, and the map between their offsets.

    ``original_offset(i)`` is where the character at ``i`` of :attr:`text` was printed;
    ``position(i)`` gives it as a 1-based (line, column) of the original.
    """

    text: str
    original: str
    _starts: tuple[int, ...] = attrs.field(repr=False)
    _shifts: tuple[int, ...] = attrs.field(repr=False)

    def original_offset(self, index: int) -> int:
        """The offset in :attr:`original` of the character at ``index`` of :attr:`text`."""
        k = bisect.bisect_right(self._starts, index) - 1
        return index + (self._shifts[k] if k >= 0 else 0)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of ``text[start:end]`` (the end maps past the last character)."""
        if end <= start:
            o = self.original_offset(start)
            return o, o
        return self.original_offset(start), self.original_offset(end - 1) + 1

    @functools.cached_property
    def _line_starts(self) -> list[int]:
        starts = [0]
        find = self.original.find
        at = find("\n")
        while at >= 0:
            starts.append(at + 1)
            at = find("\n", at + 1)
        return starts

    def position(self, index: int) -> tuple[int, int]:
        """1-based (line, column) in the original of the character at ``index``."""
        offset = self.original_offset(index)
        line = bisect.bisect_right(self._line_starts, offset) - 1
        return line + 1, offset - self._line_starts[line] + 1

    def quote(self, start: int, end: int) -> str:
        """The original text printed where ``text[start:end]`` is."""
        a, b = self.original_span(start, end)
        return self.original[a:b]

    def located_quote(self, start: int, end: int) -> tuple[int, int, str]:
        """``(*self.position(start), self.quote(start, end))``, the offset of ``start`` worked
        out once (the coverage lists every sentence with figures that gave no claim)."""
        starts, shifts = self._starts, self._shifts
        k = bisect.bisect_right(starts, start) - 1
        a = start + (shifts[k] if k >= 0 else 0)
        if end <= start:
            b = a
        else:
            k = bisect.bisect_right(starts, end - 1) - 1
            b = end + (shifts[k] if k >= 0 else 0)
        line_starts = self._line_starts
        line = bisect.bisect_right(line_starts, a) - 1
        return line + 1, a - line_starts[line] + 1, self.original[a:b]


# Web markup left in a copied text ("项目。<br>&nbsp;&nbsp;&nbsp; 三、…"): a line break (<br>,
# <p>, </p>) becomes spaces and a line break, a space entity spaces, each as long as the markup,
# so that every offset still points at the print.
_MARKUP = re.compile(r"<(?:br|BR)\s*/?>|</?(?:p|P)(?:\s[^<>\n]{0,200})?>|&(?:nbsp|ensp|emsp|#160);")


def _blank_markup(m: re.Match[str]) -> str:
    n = len(m.group(0))
    return " " * n if m.group(0)[0] == "&" else " " * (n - 1) + "\n"


# A page copied with its line breaks turned into spaces ("…补助地方2327.1万元) (一)资助…。 1、群众性
# 综合运动会…; 2、…"): a space after the end of a sentence or a bracket, before an outline marker,
# was a line break, and becomes one again (one character for one: offsets still point at the
# print). (The space first, its sentence end looked behind from after it: the same matches,
# but the engine skips to each space instead of trying the pattern at every character.)
_FLAT_OUTLINE = re.compile(
    r" (?<=[。;)] )(?= *(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)|\d{1,2}、"
    r"|\(\d{1,2}\))[^\d\s])"
)


# the outline marker a _FLAT_OUTLINE match stands before, and its number
_FLAT_MARKER = re.compile(r" *(?:\((\d{1,2})\)|(\d{1,2})、)")
_ITEM_REACH = 400  # characters an item numbered inside a sentence is looked for before the next


def _unflatten(text: str) -> str:
    """The line breaks of :data:`_FLAT_OUTLINE` put back, except in a table's rows (a "|" row
    whose cell holds a paragraph keeps it on its row), and before the next item of a list
    numbered inside its sentence ("主要原因是(1)…减少358.94万元,下降61.7%; (2)…")."""
    return "\n".join(
        line if "|" in line else _FLAT_OUTLINE.sub(functools.partial(_break, line), line)
        for line in text.split("\n")
    )


def _break(line: str, m: re.Match[str]) -> str:
    marker = _FLAT_MARKER.match(line, m.end())
    if marker is not None:
        number = int(marker.group(1) or marker.group(2))
        before = f"({number - 1})" if marker.group(1) else f"{number - 1}、"
        # (looked for in the stretch before it only: a line of many markers stays linear)
        lo = max(0, m.start() - _ITEM_REACH)
        at = line.rfind(before, lo, m.start())
        if number > 1 and at > 0 and line[at - 1] not in "。;) ":
            return " "  # the item before opened inside a sentence ("…主要原因是(1)…")
    return "\n"


# a code point of the surrogate range: in a str, always unpaired (no character)
_SURROGATE = re.compile("[\ud800-\udfff]")


def normalise(text: str) -> Normalised:
    """Normalise a report text (see the module documentation); linear in its length."""
    if not isinstance(text, str):
        raise WrongTypeError("text must be a str", value=type(text).__name__)
    if not text.isascii():
        lone = _SURROGATE.search(text)
        if lone is not None:
            # a str decoded with errors="surrogateescape" (or built by hand) holds code points
            # that are no characters; the converter and every writer refuse them
            at = lone.start()
            line = text.count("\n", 0, at) + 1
            column = at - (text.rfind("\n", 0, at) + 1) + 1
            raise ParseError(
                f"the text holds U+{ord(lone.group()):04X}, an unpaired surrogate, not a"
                " character (bytes decoded with errors='surrogateescape'?): decode the file"
                " strictly, or with errors='replace' to mark what was lost",
                value=lone.group(),
                location=Location(line=line, column=column),
            )
    folded = _to_simplified(_fold(text))
    if "<" in folded or "&" in folded:
        folded = _MARKUP.sub(_blank_markup, folded)
    # (the line spacing as printed: the breaks put back below are single, one character each)
    spacing = _spacing_blanks(folded.replace("\r", " "))
    if _FLAT_OUTLINE.search(folded) is not None:
        folded = _unflatten(folded)
    # One pass of deletions; soft line breaks are found on the text with CR removed, so find
    # them on the folded text and map through the deletions of CRs that come before.
    leading = _LEADING_PAGE.match(folded)
    deletions: list[tuple[int, int]] = [] if leading is None else [(0, leading.end())]
    deletions += [
        (m.start(), m.end())
        for m in _DELETE.finditer(folded, 0 if leading is None else leading.end())
    ]
    spaced = _spaced_thousands(folded)
    deletions += spaced
    uncarried = folded.replace("\r", " ")
    deletions += spacing
    soft = set(_soft_breaks(uncarried, frozenset(a for a, _ in spacing)))
    if soft:
        # Spaces at the start of the next line and the end of this one go with the break.
        for at in sorted(soft):
            a = at
            while a > 0 and folded[a - 1] == " ":
                a -= 1
            b = at + 1
            while b < len(folded) and folded[b] == " ":
                b += 1
            deletions.append((a, b))
    if soft or spacing or spaced:
        deletions = _merge(deletions)
    parts: list[str] = []
    starts: list[int] = []
    shifts: list[int] = []
    pos = 0
    removed = 0
    for a, b in deletions:
        if a < pos:
            a = pos
        if b <= a:
            continue
        parts.append(folded[pos:a])
        removed += b - a
        starts.append(a - (removed - (b - a)))  # the new offset of the character after b
        shifts.append(removed)
        pos = b
    parts.append(folded[pos:])
    return Normalised("".join(parts), text, tuple(starts), tuple(shifts))


def _spaced_thousands(text: str) -> list[tuple[int, int]]:
    """The spaces that part a number's thousands (_SPACED_GROUPS)."""
    out: list[tuple[int, int]] = []
    for m in _SPACED_GROUPS.finditer(text):
        start = m.start()
        lead = 1  # the digits of the first group, up to three
        while lead < 4 and start > 0 and "0" <= text[start - 1] <= "9":
            start -= 1
            lead += 1
        if (
            lead > 3
            or start == 0
            or (
                _CJK_CHARACTER.match(text, start - 1) is None
                and text[start - 1] not in _OPENS_NUMBER
            )
        ):
            continue
        number = text[m.start() : m.end()].rstrip(" ")
        out += [(m.start() + i, m.start() + i + 1) for i, c in enumerate(number) if c == " "]
    return out


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out
