"""The twentieth round of tests that kill the text audit's mutants (issue 10, Deliver 7), part f.

Written for survivors of the mutation run at c3ed4ae (scripts/mutation_score.py textaudit): the
words that name a list's total after the last ';' of their sentence, not after its first
(claims._named_list_total, mutant 16: the first ';' looked for, and the words before the last
read as the name) and a row of figures one per line under a single header line
(tables._figure_rows, mutant 39: a run right after the text's first line not taken as labelled).

Two others change no result: claims._currents' mutant 2 (the change's index always looked up:
facts compare by identity, and a fact is in its sentence once, so s.facts.index(change) is ``i``
whenever s.facts[i] is change, and min(i, i) is i) and claims._totals_before's mutant 179 (an
empty gap no longer passed inside a bracket: the list opens right after the "(", and a figure
ends before it, so the gap holds that "(" at least; a tail stops at "(" and so never takes it).
Each expected value is worked out by hand.
"""

from __future__ import annotations

from budgetperf.textaudit import audit_text, tables
from budgetperf.textaudit.facts import read_facts
from claim_rows import brief as claim_rows  # registered by conftest.py

# --- claims._named_list_total: the name is after the last ';' before the list -------------------


def test_a_list_named_after_the_last_of_several_semicolons_adds_up_to_the_total_it_names() -> None:
    # 600 + 400 = 1000, the 项目支出决算数 of 2023 printed in the sentence before; the words that
    # name it follow the second ';' (the clauses before it name no figure)
    text = (
        "2023年项目支出决算数为1000万元。本年度未安排基建项目;未安排信息化项目;2023年项目支出"
        "决算数具体包括:运维项目支出600万元,培训项目支出400万元。"
    )
    assert claim_rows(text) == [("sum", "1000万元", "agrees", "1000", ["600万元", "400万元"])]


# --- tables._figure_rows: a run of figures under the text's one header line ---------------------


def test_a_row_of_figures_under_a_single_header_line_is_a_table_row() -> None:
    # "“三公”经费合计" on the first line, then its figures one per line:
    # 10 + 78.7 + 240 = 328.7
    text = "“三公”经费合计\n328.7\n10\n78.7\n240\n"
    doc = read_facts(text)
    grids = tables._figure_rows(doc, set())
    rows = [[[c.q.text if c else "" for c in r.cells] for r in g.rows] for g in grids]
    assert [g.headers for g in grids] == [["“三公”经费合计"]]
    assert rows == [[["328.7", "10", "78.7", "240"]]]
    assert claim_rows(text) == [("sum", "328.7", "agrees", "328.7", ["10", "78.7", "240"])]
    assert audit_text(text).findings == ()
