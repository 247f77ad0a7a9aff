"""The twentieth round of tests that kill the text audit's mutants (issue 10, Deliver 7), part b.

Written for survivors of the mutation run at c3ed4ae (scripts/mutation_score.py textaudit): the
paragraph a bare 结余 may look back into, counted by the break after each sentence looked at
(claims._available_before, mutant 16: counted by the break before it), and the whole of a share
named with its scope (占全市总资产), the figure whose sentence names the scope before it
(claims._share, mutant 183: the scope looked for to the text's end, where the share itself
names it).

Two others change no result: claims._gather's mutant 1065 (the parts' shortened list filtered
also when empty: ``short`` is always a list, an empty one filters to an empty one, and an empty
``short`` is given as _NO_SHORT all the same) and claims._years_named' mutant 14 (the memo
stored under another key than the one read: every call finds the years again, the same ones;
no other code reads that key). Each expected value is worked out by hand.
"""

from __future__ import annotations

from claim_rows import brief as claim_rows  # registered by conftest.py

# --- claims._available_before: a bare 结余 and the funds of the paragraph before ---------------


def test_a_bare_balance_reads_funds_alone_in_the_paragraph_before_the_spending() -> None:
    # the 可用资金 100 is one paragraph back from the spending's paragraph (the first line, a
    # paragraph further back, does not count against it): 100 − 80 = 20, printed 20
    text = (
        "各项工作有序推进。\n2023年一般公共预算可用资金100万元。\n"
        "全年预算执行总体平稳。一般公共预算支出80万元。结余20万元。"
    )
    assert claim_rows(text) == [("balance", "20万元", "agrees", "20", ["100万元", "80万元"])]


# --- claims._share: a whole named with its scope is the figure printed after that scope -------


def test_a_share_of_a_scoped_whole_is_of_the_figure_after_the_scope_not_the_nearest() -> None:
    # 占全市总资产: the 总资产 of the sentence that names 全市 before it, 300 / 1000 = 30%,
    # printed 30% (not the nearer 市级 总资产: 300 / 500 = 60%)
    text = (
        "纳入全市统计的行政事业单位300户,总资产1000亿元。\n"
        "市级行政事业单位120户,总资产500亿元。\n"
        "公共基础设施300亿元,占全市总资产的30%。"
    )
    assert claim_rows(text) == [("share", "30%", "agrees", "30", ["300亿元", "1000亿元"])]
