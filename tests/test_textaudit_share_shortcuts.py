"""The shortcuts of the share readers give what the plain forms they replace give.

Each is compared here with the plain form it replaced, on texts built from the words and figures
that matter to it (see tests/test_textaudit_scans.py for the scans of the same kind).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from budgetperf.textaudit import claims
from budgetperf.textaudit.claims import Claim
from budgetperf.textaudit.facts import Document, Fact, Role, Sentence, read_facts
from budgetperf.textaudit.vocabulary import DECOMPOSITIONS


def _texts(pieces: list[str], max_size: int = 16) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(pieces), max_size=max_size).map("".join)


# --- claims._sibling_whole: only the sentences that print a share naming its whole ----------


def _plain_sibling_whole(
    doc: Document, s: Sentence, i: int, num: Fact, out: list[Claim]
) -> list[Fact]:
    """_sibling_whole as it was, every sentence looked through."""
    facts = s.facts[:i]
    named = None
    for back in range(claims._SIBLING_SENTENCES + 1):
        for g in reversed(facts):
            if g.role is Role.SHARE and g.ref not in ("", "比"):
                named = g
                break
        t = doc.sentences[s.index - back]
        if (
            named is not None
            or back == claims._SIBLING_SENTENCES
            or not claims._continues_with_list(doc, t)
        ):
            break
        facts = doc.sentences[t.index - 1].facts
    if named is None:
        return []
    for c in reversed(out):
        if c.printed is named and c.kind == "share" and len(c.inputs) == 2:
            whole = c.inputs[1]
            return [whole] if whole.q.base >= num.q.base and whole is not num else []
        if c.printed.sentence < named.sentence:
            break
    return []


_SHARE_PIECES = [
    "资产总额3,964亿元。",
    "公共基础设施1,933亿元,",
    "占资产总额48.8%",
    "占全市资产总额48.8%",
    "占总支出的20%",
    "占比30%",
    "占18.9%",
    "流动资产750亿元,",
    "固定资产724亿元,",
    "分别占资产总额的10%、20%",
    "其中:",
    "包括",
    "。",
    ",",
    ";",
    "\n",
    "、",
]


@settings(max_examples=300, deadline=None)
@given(text=_texts(_SHARE_PIECES))
def test_sibling_whole_as_the_plain_form(text: str) -> None:
    doc = read_facts(text)
    out = claims.build_claims(doc)  # (the tables read and the runs' shares marked, as there)
    for s in doc.figured:
        for i in range(len(s.facts) + 1):
            for num in s.facts:
                assert claims._sibling_whole(doc, s, i, num, out) == _plain_sibling_whole(
                    doc, s, i, num, out
                )


# --- claims._decomposed_sibling: its first test by a loop, not all() over a generator ---------


def _plain_decomposed_sibling(
    doc: Document, s: Sentence, whole_name: str, num: Fact, totals: list[Fact]
) -> Fact | None:
    """_decomposed_sibling as it was."""
    if not totals or all(t.sentence >= s.index - 1 for t in totals):
        return None
    named = whole_name not in ("", "比")
    for whole, parts in DECOMPOSITIONS:
        if (
            len(parts) != 2
            or (named and not whole_name.endswith(whole))
            or num.subject not in parts
        ):
            continue
        other = parts[1] if num.subject == parts[0] else parts[0]
        for t in doc.sentences[max(0, s.index - 1) : s.index + 1]:
            if t.paragraph != s.paragraph:
                continue
            for g in t.facts:
                if (
                    g.role is Role.VALUE
                    and g.subject == other
                    and g.q.unit is num.q.unit
                    and g.depth == num.depth
                ):
                    return g
    return None


_DECOMPOSED_PIECES = [
    "一般公共预算收入5.79亿元。",
    "收入8亿元,",
    "其中税收收入完成3.72亿元,",
    "非税收入完成2.07亿元,",
    "税收收入占一般公共预算收入的比重为64.22%",
    "税收占比61.77%",
    "。",
    ",",
    "\n",
]


@settings(max_examples=300, deadline=None)
@given(
    text=_texts(_DECOMPOSED_PIECES, max_size=10),
    picks=st.lists(st.integers(0, 20), max_size=3),
    whole_name=st.sampled_from(["", "比", "收入", "一般公共预算收入", "支出"]),
)
def test_decomposed_sibling_as_the_plain_form(text: str, picks: list[int], whole_name: str) -> None:
    doc = read_facts(text)
    if not doc.facts:
        return
    totals = [doc.facts[k % len(doc.facts)] for k in picks]
    for s in doc.figured:
        for num in s.facts:
            assert claims._decomposed_sibling(
                doc, s, whole_name, num, totals
            ) is _plain_decomposed_sibling(doc, s, whole_name, num, totals)
