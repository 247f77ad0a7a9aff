"""The text audit's lookups in long sentences find what the plain scans they replace find.

A sentence of thousands of figures (a report whose line breaks were lost, a long run of lists
with no 。) made a few lookups read the sentence again for each figure or each list: the year a
figure's sentence names before it, the characters of an approximate amount in a list's span,
the depths of a nested list's figures. Each is now looked up among positions found once per
document; each is compared here with the plain form it replaced, on texts built from the
characters and words that matter to it (see docs/performance.md, "The session of 2026-12-05").
"""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from budgetperf.textaudit import claims
from budgetperf.textaudit.facts import Document, Fact, Sentence, read_facts


def _texts(pieces: list[str], max_size: int = 30) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(pieces), max_size=max_size).map("".join)


# --- claims._year_of: the last year named before a figure, in its sentence or its paragraph ----


def _year_of_by_scan(doc: Document, f: Fact) -> int | None:
    """The form _year_of had: a search of the figure's sentence up to it, then of each of the
    three sentences before it in its paragraph."""
    named = claims._YEAR_NAMED
    if f.in_table:
        years = [claims._year_in(m) for m in named.finditer(f.label)]
        return years[-1] if years else None
    s = doc.sentences[f.sentence]
    years = [claims._year_in(m) for m in named.finditer(doc.text, s.start, f.q.start)]
    for j in range(s.index - 1, max(-1, s.index - 4), -1):
        if years or doc.sentences[j].paragraph != s.paragraph:
            break
        t = doc.sentences[j]
        years = [claims._year_in(m) for m in named.finditer(doc.text, t.start, t.end)]
    return years[-1] if years else None


_YEAR_PIECES = [
    "2021年",
    "2020年度",
    "12021年",  # five digits before 年: the last four are the year
    "202年",
    "113年度",  # a year of the 民国 calendar (2024)
    "1113年",  # four digits: the year 1113, not 113
    "120年",  # no year of the 民国 calendar read (100–119 only)
    "2022",
    "年",
    "收入",
    "支出12万元",
    "5万元",
    "增长3%",
    ",",
    ";",
    "。",
    "\n",
    "\n\n",
    "上年",
    "٢٠٢١年",  # (digits of another script: \d reads them, so does int)
]


@settings(max_examples=500, deadline=None)
@given(text=_texts(_YEAR_PIECES))
def test_year_of_as_the_scan_of_each_sentence(text: str) -> None:
    doc = read_facts(text)
    for f in doc.facts:
        assert claims._year_of(doc, f) == _year_of_by_scan(doc, f), (text, f.q.text)


def test_year_of_reads_the_paragraph_before_the_figure() -> None:
    # (a hand check that the property above compares years, not two Nones)
    doc = read_facts("2021年全县收入5万元。分项情况是:税收3万元。\n\n支出2万元。")
    years = [claims._year_of(doc, f) for f in doc.facts]
    assert years == [2021, 2021, None]


# --- claims._approx_between: a character of an approximate amount in a stretch of text --------


def _approx_stretches(text: str, draws: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The stretches drawn, and those that start or end at a character of _APPROX_CHARS or
    one past it, short and long (the edges where a bisection can be off by one)."""
    stretches = [(start, start + width) for start, width in draws]
    for m in claims._APPROX_CHARS.finditer(text):
        p = m.start()
        for width in (5, 199, 200, 250):
            stretches += [
                (p - width, p),
                (p + 1 - width, p + 1),
                (p, p + width),
                (p + 1, p + width),
            ]
    return [(max(0, a), b) for a, b in stretches]


@settings(max_examples=500, deadline=None)
@given(
    text=_texts(["多", "余", "约", "近", "超", "1", "万元", ",", "x" * 90], max_size=12),
    draws=st.lists(st.tuples(st.integers(0, 1200), st.integers(0, 1200)), max_size=4),
)
def test_approx_between_as_the_search(text: str, draws: list[tuple[int, int]]) -> None:
    # (each stretch asked of a document that searches them in place until they add up to its
    # length, then bisects the places found, and of one that bisects from the first)
    doc, bisecting = read_facts(text), read_facts(text)
    claims._approx_places(bisecting, len(bisecting.text))
    for start, end in _approx_stretches(doc.text, draws):
        expected = claims._APPROX_CHARS.search(doc.text, start, end) is not None
        assert claims._approx_between(doc, start, end) == expected, (start, end)
        assert claims._approx_between(bisecting, start, end) == expected, (start, end)


def test_approx_places_are_found_once_the_stretches_add_up_to_the_text() -> None:
    doc = read_facts("收入约5万元," + "x" * 400 + "支出3万余元。")
    about, over = doc.text.index("约"), doc.text.index("余")
    assert claims._approx_places(doc, len(doc.text) - 1) is None  # (searched in place so far)
    assert claims._approx_places(doc, 1) == [about, over]
    assert claims._approx_between(doc, about + 1, over) is False
    assert claims._approx_between(doc, about, over) is True
    assert claims._approx_between(doc, about + 1, over + 1) is True


# --- claims._skim: the figures a list's walk only counts, from their depths --------------------


def _skim_by_walk(
    doc: Document, s: Sentence, f: Fact, depth: int, visited: int
) -> tuple[int, int, bool] | None:
    """The form _skim had: each figure after ``f`` visited in turn."""
    text = doc.text
    facts = s.facts
    first = f.index - facts[0].index + 1
    stop = min(len(facts), first + claims._GATHER_REACH - visited + 1)
    if stop > first:
        upto = facts[stop - 1].q.start
        if text.find(";", f.q.end, upto) >= 0 or text.find("。", f.q.end, upto) >= 0:
            return None
    last_end = f.q.end
    for g in itertools.islice(facts, first, stop):
        visited += 1
        if visited > claims._GATHER_REACH or g.depth < depth:
            return visited, last_end, True
        if g.depth == depth:
            last_end = g.q.end
    return visited, last_end, False


_SKIM_PIECES = ["收入5万元", ",", "(含", ")", "((", "))", "其中:", "、", "税收3万元", ";", "。"]


@settings(max_examples=300, deadline=None)
@given(
    text=_texts(_SKIM_PIECES, max_size=80),
    depth=st.integers(0, 3),
    visited=st.integers(0, claims._GATHER_REACH),
)
def test_skim_as_the_walk_of_each_figure(text: str, depth: int, visited: int) -> None:
    doc = read_facts(text)
    for s in doc.sentences:
        for f in s.facts:
            expected = _skim_by_walk(doc, s, f, depth, visited)
            assert claims._skim(doc, s, f, depth, visited) == expected, (text, f.q.text)


@pytest.mark.parametrize(
    "text",
    [
        "收入5万元(含税收3万元,收入5万元)收入5万元,收入5万元",
        "收入5万元((税收3万元)收入5万元)收入5万元,收入5万元",
        "收入5万元(含税收3万元;收入5万元)收入5万元",
        "收入5万元,(含税收3万元,收入5万元)收入5万元。收入5万元" * 3,
        "收入1万元(税收1万元)," * 40,
    ],
)
def test_skim_as_the_walk_in_brackets(text: str) -> None:
    # (figures deeper and shallower than the list's, before and after its reach: drawn by the
    # property above only now and then)
    doc = read_facts(text)
    for s in doc.sentences:
        for f in s.facts:
            for depth, visited in itertools.product(range(3), (0, 1, 30, 58, 59, 60)):
                expected = _skim_by_walk(doc, s, f, depth, visited)
                assert claims._skim(doc, s, f, depth, visited) == expected, (f.q.text, depth)


def test_skim_of_a_long_sentence_closes_at_the_reach() -> None:
    # (a hand check: seventy figures in one sentence, the walk closed at the 60th)
    doc = read_facts("收入1万元," * 70)
    s = doc.sentences[0]
    visited, last_end, closed = claims._skim(doc, s, s.facts[0], 0, 1) or (0, 0, False)
    assert (visited, closed) == (claims._GATHER_REACH + 1, True)
    assert last_end == s.facts[claims._GATHER_REACH - 1].q.end
