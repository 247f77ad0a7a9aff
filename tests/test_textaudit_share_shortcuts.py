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
