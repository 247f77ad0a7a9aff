"""The fast scans of the text audit find what the plain searches they replace find.

Several searches over a whole text or a sentence were rewritten so that the regular-expression
engine scans for a character instead of trying a pattern at every position, or so that a pattern
is tried only where a character it needs is (see docs/performance.md, "The night session of
2026-12-04"). Each is compared here with the plain form it replaced, on texts built from the
characters and words that matter to it.
"""

from __future__ import annotations

import itertools
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from budgetperf.textaudit import checks, claims, facts, normalise, quantities, tables


def _texts(pieces: list[str], max_size: int = 14) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(pieces), max_size=max_size).map("".join)


# --- claims._reader_words: one scan for the words of three readers ------------------------------


def test_no_reader_word_hides_a_word_of_another_family() -> None:
    """A scan taking the longest word at each place finds every family present only if no word
    holds another family's word, and no word's end opens another family's word."""
    family = claims._READER_WORD_FAMILY
    for a, b in itertools.permutations(family, 2):
        if family[a] == family[b]:
            continue
        assert b not in a, (a, b)
        assert not any(b.startswith(a[k:]) for k in range(1, len(a))), (a, b)


_READER_PIECES = [*claims._READER_WORD_FAMILY, *sorted(set("".join(claims._READER_WORD_FAMILY)))]


@settings(max_examples=500, deadline=None)
@given(text=_texts([*_READER_PIECES, "支出", "万元", ",", "。"]))
def test_reader_words_are_the_families_with_a_word_in_the_text(text: str) -> None:
    expected = {f for w, f in claims._READER_WORD_FAMILY.items() if w in text}
    assert claims._reader_words(text) == expected


# --- claims._first_intro: an introducer matched only where its first character is ------------


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
    found = claims._first_intro(text, lo, hi)
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


# --- quantities._START: a figure's first character, with what _QUANTITY needs around it ---------


def _figure_spans(text: str, start: re.Pattern[str]) -> list[tuple[int, int]]:
    """find_quantities' loop: _QUANTITY tried where ``start`` is found, from the last end."""
    spans: list[tuple[int, int]] = []
    pos = 0
    while (found := start.search(text, pos)) is not None:
        m = quantities._QUANTITY.match(text, found.start())
        if m is None:
            pos = found.start() + 1
        else:
            spans.append(m.span())
            pos = m.end()
    return spans


_PLAIN_START = re.compile("[-+\\d" + "".join({w[0] for w in quantities.ZERO_WORDS}) + "]")
# (\u0663, ARABIC-INDIC DIGIT THREE: a decimal digit that \d reads)
_FIGURE_PIECES = [*"0129.,-+/_aZ一致无持平年 ", "\u0663", "增减", "变化", "万元", "%", "无增减变化"]


@settings(max_examples=1000, deadline=None)
@given(text=_texts(_FIGURE_PIECES, max_size=20))
def test_figure_starts_as_the_plain_class(text: str) -> None:
    assert _figure_spans(text, quantities._START) == _figure_spans(text, _PLAIN_START)


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
