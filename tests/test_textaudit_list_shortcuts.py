"""The shortcuts of the list checks against their plain forms, on generated texts of nested
lists: what build_claims hands on from ``_continued`` (whether the parts add up) must change no
claim, and ``_earlier_total``'s look back must find the figure its plain loop found."""

from __future__ import annotations

from collections.abc import Callable
from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

from budgetperf._decimal import CTX
from budgetperf.errors import BudgetPerfError
from budgetperf.textaudit import claims
from budgetperf.textaudit.facts import Document, read_facts
from budgetperf.textaudit.quantities import Quantity, find_quantities
from budgetperf.textaudit.verdicts import Reading, Verdict, judge, linear, linear_verdict

_INTROS = ["", "", "其中:", "其中,", "合计", "差值为"]
_NAMES = [
    "收入",
    "资产总额",
    "税收",
    "非税",
    "补助",
    "净资产",
    "在职人员",
    "退休人员",
    "税收中非税",
    "",
]
_FIGURES = [
    *("20707万元", "8059万元", "12648万元", "147757万元", "1元", "0万元", "8059元"),
    *("30.0万亿元", "9.5万亿元", "20.5万亿元", "8.9万亿元", "11.6万亿元", "21.1万亿元"),
    *("5人", "3人", "2人", "8", "3", "5"),
]
_SEPARATORS = [",", ",", ",", ";", "。", "、", "\n"]


def _texts() -> st.SearchStrategy[str]:
    """Clauses of a name and a figure, some opened by 其中 (nested lists, earlier totals)."""
    clause = st.tuples(*(st.sampled_from(x) for x in (_INTROS, _NAMES, _FIGURES, _SEPARATORS)))
    return st.lists(clause.map("".join), max_size=12).map("".join)


def _plain_earlier_total(doc: Document, lst: claims._List) -> claims._List | None:
    """_earlier_total as it was written before its shortcuts (the answer of _continued not
    taken, each figure's tests in the conjunction's order, a list made to ask _sum_agrees)."""
    total = lst.total
    if total.role is not claims._VALUE or len(lst.parts) < 2:
        return None
    held = claims._held_parts(lst.parts)
    parts = [p for p in lst.parts if id(p) not in held] if held else lst.parts
    parts_sum = claims._sum_base(parts)
    if parts_sum == total.q.base or claims._sum_agrees(claims._List(total, parts, [], False)):
        return None
    if lst.short and claims._sum_agrees(claims._List(total, lst.short, [], False)):
        return None
    s = doc.sentences[total.sentence]
    k = total.index - s.facts[0].index
    for f in s.facts[max(0, k - claims._WHOLE_REACH) : k][::-1]:
        if (
            f.role is claims._VALUE
            and f.depth == total.depth
            and f.is_amount
            and f.q.unit.dimension is total.q.unit.dimension
            and abs(CTX.subtract(f.q.base, parts_sum)) * 100 <= f.q.base
            and claims._sum_agrees(claims._List(f, parts, [], False))
        ):
            return claims._List(f, lst.parts, lst.short, False, lst.open, lst.classified)
    return None


def _lists_of(text: str) -> tuple[Document, list[claims._List]]:
    doc = read_facts(text)
    lists: list[claims._List] = []
    claims._lists(doc, lists)
    return doc, lists


@settings(max_examples=300, deadline=None)
@given(text=_texts())
def test_earlier_total_as_its_plain_loop(text: str) -> None:
    doc, lists = _lists_of(text)
    for lst in lists:
        plain = _plain_earlier_total(doc, lst)
        agreed = claims._sum_agrees(lst) if lst.parts else None
        for known in (None, agreed):
            found = claims._earlier_total(doc, lst, known)
            assert (found is None) == (plain is None)
            if found is not None and plain is not None:
                assert found.total is plain.total
                assert found.parts is plain.parts


def _claims_key(text: str) -> list[tuple[object, ...]]:
    return [
        (
            c.kind,
            c.printed.index,
            tuple(f.index for f in c.inputs),
            tuple(r.name for r in c.readings),
            c.verdict,
            c.strong,
            c.relation,
            c.start,
            None if c.slipped is None else c.slipped.index,
        )
        for c in claims.build_claims(read_facts(text))
    ]


@settings(max_examples=300, deadline=None)
@given(text=_texts())
def test_claims_as_without_the_answer_of_continued(text: str) -> None:
    # the answer _continued hands on to _earlier_total and _check_list, withheld: every list is
    # asked again whether its parts add up, and no one-part list is passed over unjudged
    fast = _claims_key(text)
    original = claims._continued

    def withheld(doc: Document, lst: claims._List) -> None:
        original(doc, lst)

    with mock.patch.object(claims, "_continued", withheld):
        plain = _claims_key(text)
    assert fast == plain


def test_a_one_part_list_is_no_claim() -> None:
    # the shortcut's case: one part smaller than the total ("其中:税收8059万元" under 收入)
    text = "收入20707万元,其中:税收8059万元。"
    assert _claims_key(text) == []


def test_earlier_total_asks_again_when_a_part_is_held() -> None:
    # 8.9 + 11.6 = 20.5 rounds to the 21 of its total once 补助中奖励 (held by 补助) is left
    # out: what _continued found of all three parts is not the answer, and the 20.5 before it
    # is no earlier total of theirs (parts that name no other account than the total's:
    # vocabulary.ACCOUNT_MEASURES)
    text = "净资产20.5万亿元,资产总额21万亿元,其中:补助8.9万亿元,补助中奖励1万亿元,其余11.6万亿元。"
    doc, lists = _lists_of(text)
    (lst,) = [lst for lst in lists if lst.total.q.text == "21万亿元"]
    assert claims._held_parts(lst.parts)
    assert not claims._sum_agrees(lst)
    assert _plain_earlier_total(doc, lst) is None
    assert claims._earlier_total(doc, lst, False) is None


# --- verdicts.linear_verdict: judge's verdict on a linear reading, as agrees works it out -------

_AMOUNTS = [
    *("628.95万元", "71.67万元", "557.28万元", "629万元", "6289500元", "0.062895亿元"),
    *("12亿余元", "7亿元", "5.5亿元", "7亿余元", "0万元", "0", "3个", "1个", "1.0%", "40"),
    *("1.00000000000000000000000000000000001万元", "99999999999999999999999999999999999万元"),
    *("0.0000000000000000000000000000000000000000000000000000000000000000000001万元", "2元"),
]


def _quantity(text: str) -> Quantity:
    (only,) = find_quantities(text)
    return only


def _outcome(call: Callable[[], Verdict]) -> Verdict | type[BaseException]:
    try:
        return call()
    except (BudgetPerfError, ArithmeticError) as e:
        return type(e)


@settings(max_examples=400, deadline=None)
@given(
    total=st.sampled_from(_AMOUNTS),
    parts=st.lists(st.tuples(st.sampled_from(_AMOUNTS), st.sampled_from([1, -1])), max_size=4),
)
def test_linear_verdict_as_judge(total: str, parts: list[tuple[str, int]]) -> None:
    printed = _quantity(total)
    inputs = tuple(_quantity(p) for p, _ in parts)
    signs = tuple(s for _, s in parts)
    expected = _outcome(lambda: judge([Reading("parts", inputs, linear(signs), signs)], printed))
    assert _outcome(lambda: linear_verdict("parts", inputs, signs, printed)) == expected
