"""The readers bounded in the fifteenth session answer as their plain forms did.

Each helper that replaced a look at every figure of a sentence or a lookup window
(docs/performance.md, "The fifteenth session") is compared here with the plain form it
replaced, written out as it was, on texts built from the names, amounts and marks that matter to
it: `_closes_a_run` (one pass over the sums seen, not a sum per run), `_nearest` (walked out
from the figure, not the window filtered and sorted), `_statement_items_back` (walked back to
where a statement begins, not read forward from the paragraph's start) and `_near_enough`
(bisected, not filtered).
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st

from budgetperf.textaudit import claims
from budgetperf.textaudit.facts import Fact, read_facts
from budgetperf.textaudit.quantities import Dimension

_AMOUNT = st.sampled_from(["0", "1", "2", "3", "5", "10", "12.5", "20", "100", "7.5"])


def _closes_a_run_plain(total: Fact, numerators: list[Fact]) -> bool:
    """``claims._closes_a_run`` as it was: every run summed from every start."""
    for i in range(len(numerators)):
        acc = Decimal(0)
        for k in range(i, len(numerators)):
            acc += numerators[k].q.base
            if k - i >= 2 and acc == total.q.base:
                return True
    return False


@given(amounts=st.lists(_AMOUNT, min_size=1, max_size=12), total=_AMOUNT)
@example(amounts=["1", "2", "3", "5"], total="10")  # (the last three)
@example(amounts=["5", "1", "2", "3"], total="6")  # (the first three after the fifth)
@example(amounts=["1", "2"], total="3")  # (two are no run)
@example(amounts=["3", "0", "0", "7.5"], total="3")  # (a run that adds nothing to its first)
@settings(max_examples=300)
def test_a_run_of_shares_is_found_as_by_summing_every_run(amounts: list[str], total: str) -> None:
    doc = read_facts("".join(f"项目{a}万元," for a in amounts) + f"合计{total}万元。")
    facts = [f for f in doc.facts if f.q.unit.dimension is Dimension.MONEY]
    assert len(facts) == len(amounts) + 1
    *parts, whole = facts
    assert claims._closes_a_run(whole, parts) == _closes_a_run_plain(whole, parts)


def _nearest_plain(
    pool: list[Fact],
    near: Fact,
    wanted: tuple[Dimension, ...],
    phase: str | None,
    before_only: bool,
    limit: int,
) -> list[Fact]:
    """``claims._lookup``'s choice as it was: the window filtered, then sorted by distance."""
    found = [
        f
        for f in pool
        if f is not near
        and f.q.unit.dimension in wanted
        and (phase is None or f.phase == phase or (phase == "actual" and f.phase == ""))
        and (not before_only or f.index < near.index)
    ]
    found.sort(key=lambda f: (abs(f.index - near.index), f.index > near.index))
    return found[:limit]


_PIECE = st.sampled_from(
    [
        "支出{a}万元,",
        "支出预算{a}万元,",
        "支出决算{a}万元,",
        "支出{a}%,",
        "收入{a}万元,",
        "支出{a}人,",
        "基本支出{a}万元。",
    ]
)


@st.composite
def _lookup_case(draw: Any) -> tuple[str, int, str | None, bool, int]:
    pieces = [draw(_PIECE).format(a=draw(_AMOUNT)) for _ in range(draw(st.integers(2, 25)))]
    text = "".join(pieces)
    at = draw(st.integers(0, len(pieces) - 1))
    phase = draw(st.sampled_from([None, "budget", "actual", ""]))
    return text, at, phase, draw(st.booleans()), draw(st.integers(1, 5))


@given(case=_lookup_case())
@example(case=("支出1万元,支出2万元,支出3万元,", 1, None, False, 1))  # (a tie: the one before)
@example(case=("支出1万元,支出2万元,支出3万元,", 1, None, True, 3))
@settings(max_examples=300)
def test_a_lookup_takes_the_nearest_as_by_sorting_the_window(
    case: tuple[str, int, str | None, bool, int],
) -> None:
    text, at, phase, before_only, limit = case
    doc = read_facts(text)
    if not doc.facts:
        return
    near = doc.facts[min(at, len(doc.facts) - 1)]
    for wanted in ((Dimension.MONEY,), (Dimension.MONEY, Dimension.COUNT), (Dimension.PERCENT,)):
        pool = doc.named("支出", near=near.index)
        got = claims._nearest(pool, near, wanted, phase, before_only, limit)
        assert got == _nearest_plain(pool, near, wanted, phase, before_only, limit)


def _statement_parts_plain(before: list[Fact], side: int) -> list[Fact]:
    """``claims._statement_totals``'s items as it read them: forward from the paragraph's start,
    starting again wherever a statement begins."""
    parts: list[Fact] = []
    for g in before:
        if g.depth != 0 or g.role is not claims._VALUE:
            continue
        if not g.q.unit.is_money or claims._BALANCE_LABEL.search(g.label):
            parts = []
            continue
        flow = claims._money_flow(g.label)
        if flow == 0:
            parts = []
        elif claims._TOTAL_WORDS.search(g.label):
            if flow == side:
                parts = []
        elif flow == side:
            parts.append(g)
    return parts


_STATEMENT_PIECE = st.sampled_from(
    [
        "一般公共预算收入{a}万元,",
        "上级补助收入{a}万元,",
        "调入资金{a}万元,",
        "一般公共预算支出{a}万元,",
        "上解上级支出{a}万元,",
        "收入合计{a}万元,",
        "支出合计{a}万元,",
        "年终结余{a}万元,",
        "人员{a}人,",
        "其他{a}万元,",
    ]
)


@given(
    pieces=st.lists(_STATEMENT_PIECE.map(lambda p: p.format(a=5)), min_size=1, max_size=16),
    side=st.sampled_from([1, -1, 0]),
    cut=st.integers(0, 16),
)
@example(pieces=["一般公共预算收入5万元,", "上级补助收入5万元,", "支出合计5万元,"], side=1, cut=16)
@example(
    pieces=["收入合计5万元,", "调入资金5万元,", "年终结余5万元,", "上级补助收入5万元,"],
    side=1,
    cut=16,
)
@example(pieces=["上级补助收入5万元,", "调入资金5万元,", "年终结余5万元,"], side=1, cut=2)
@settings(max_examples=300)
def test_a_statements_items_are_those_read_forward(pieces: list[str], side: int, cut: int) -> None:
    """The items of the facts before ``end`` (a total's place in its sentence)."""
    doc = read_facts("".join(pieces))
    every = [f for s in doc.sentences for f in s.facts]
    end = min(cut, len(every))
    facts = every[:end]
    parts: list[Fact] = []
    ended = claims._statement_items_back(every, end, side, parts)
    parts.reverse()
    assert parts == _statement_parts_plain(facts, side)
    # (it stops only where a statement begins: with none, the forward reading keeps them all)
    if not ended:
        assert parts == [
            g
            for g in facts
            if g.depth == 0
            and g.role is claims._VALUE
            and claims._money_flow(g.label) == side
            and not claims._TOTAL_WORDS.search(g.label)
        ]


@given(
    sentences=st.lists(
        st.lists(
            st.sampled_from(["支出合计", "基本支出", "项目支出", "支出"]), min_size=1, max_size=50
        ),
        min_size=1,
        max_size=12,
    ),
    pick=st.integers(0, 10_000),
)
# (one long sentence: the 80 figures bound the reach where the sentences do not)
@example(sentences=[["支出"] * 90 + ["基本支出"] + ["支出"] * 90], pick=0)
@settings(max_examples=200)
def test_the_candidate_totals_of_a_breakdown_are_those_of_its_reach(
    sentences: list[list[str]], pick: int
) -> None:
    """Every figure ``_near_enough`` leaves out fails the reach test of ``_decompositions``
    (six sentences before to three after, or 30 figures either side; at most 80 figures from the
    first part), and every one it keeps passes it (no section heading in these texts)."""
    text = "".join("".join(f"{name}1万元," for name in names) + "。" for names in sentences)
    doc = read_facts(text)
    firsts = doc.named("基本支出")
    if not firsts:
        return
    first = firsts[pick % len(firsts)]
    lo = first.sentence
    kept = claims._near_enough(doc, "支出", first, lo, "")
    for t in doc.named("支出", near=first.index):
        within = (lo - 6 <= t.sentence <= lo + 3 and abs(t.index - first.index) <= 80) or abs(
            t.index - first.index
        ) <= 30
        assert (t in kept) == within, (t.index, t.sentence, first.index, lo)


@given(
    sentences=st.lists(st.integers(0, 40), min_size=1, max_size=5),
    breaks=st.lists(st.booleans(), min_size=5, max_size=5),
    pick=st.integers(0, 10_000),
)
@example(sentences=[70], breaks=[False] * 5, pick=69)  # (more than 60 before it)
@settings(max_examples=200)
def test_an_averages_earlier_figures_are_the_last_of_those_before_it(
    sentences: list[int], breaks: list[bool], pick: int
) -> None:
    """``claims._earlier_figures``: the figures outside brackets before the average in its
    sentence and the two before it in its paragraph, the last 60 of them."""
    text = ""
    for k, count in enumerate(sentences):
        text += "".join(
            f"经费{i}万元,(其中{i}万元)" if i % 7 == 3 else f"经费{i}万元," for i in range(count)
        )
        text += "平均每人1万元。" + ("\n" if breaks[k] else "")
    doc = read_facts(text)
    averages = [f for f in doc.facts if "平均" in f.label]
    if not averages:
        return
    average = averages[pick % len(averages)]
    s = doc.sentences[average.sentence]
    plain = [
        g
        for j in range(max(0, s.index - 2), s.index + 1)
        if doc.sentences[j].paragraph == s.paragraph
        for g in doc.sentences[j].facts
        if g.index < average.index and g.depth == 0
    ]
    assert claims._earlier_figures(doc, s, average) == plain[-claims._GATHER_REACH :]


# --- the walks that replaced slices (the sixteenth session) ----------------------------------
# ``claims._back``, ``_after``, ``_upto`` and ``_within`` walk a list of figures where a reader
# took a slice of it (``reversed(s.facts[:k])``, ``facts[f.index + 1 :]``…): the same items, in
# the same order, for every bound a slice takes (past the end, negative, empty), without the
# copy (tests/test_textaudit_linear_work.py counts the copies).


def _walked(walk: Iterator[Any]) -> list[Any]:
    """The items of a walk (typed as Any: integers stand for figures in these tests)."""
    return list(walk)


def _first(walk: Iterator[Any]) -> Any:
    return next(walk)


@given(items=st.lists(st.integers(), max_size=8), a=st.integers(-12, 12), b=st.integers(-12, 12))
@example(items=[1, 2, 3], a=5, b=-5)  # (bounds past either end, as slices clamp them)
@example(items=[1, 2, 3], a=-1, b=-1)  # (counted from the end)
@settings(max_examples=500)
def test_the_walks_give_what_the_slices_gave(items: list[int], a: int, b: int) -> None:
    facts: Any = items  # (the walks index a sequence; integers stand for figures here)
    assert _walked(claims._back(facts, a)) == list(reversed(items[:a]))
    assert _walked(claims._after(facts, a)) == items[a:]
    assert _walked(claims._upto(facts, a)) == items[:a]
    assert _walked(claims._within(facts, a, b)) == items[a:b]


def test_the_walks_are_lazy() -> None:
    # (an item is read only when the walk reaches it: a reader that stops at the first it wants
    # reads no further)
    read: list[int] = []

    class Logged(list[int]):
        def __getitem__(self, key: Any) -> Any:
            read.append(key)
            return super().__getitem__(key)

    facts: Any = Logged(range(10))
    assert _first(claims._back(facts, 6)) == 5
    assert _first(claims._after(facts, 6)) == 6
    assert _first(claims._upto(facts, 6)) == 0
    assert _first(claims._within(facts, 2, 8)) == 2
    assert read == [5, 6, 0, 2]


def test_a_figure_is_found_among_its_sentences_by_its_index() -> None:
    doc = read_facts("支出1万元,收入2万元。结余3万元,结转4万元。")
    first, second = doc.sentences
    assert [claims._position(first, f) for f in doc.facts] == [0, 1, None, None]
    assert [claims._position(second, f) for f in doc.facts] == [None, None, 0, 1]
    empty = read_facts("没有数字。").sentences[0]
    assert claims._position(empty, doc.facts[0]) is None
