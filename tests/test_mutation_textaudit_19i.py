"""The nineteenth round of tests that kill the text audit's mutants (issue 10, Deliver 7), part i.

Written for survivors of seed 33 (scripts/mutation_score.py textaudit at c75984b): the sign of an
item of an adjustment printed after 其中 (facts._classify, mutant 280) and the end of a 收支
statement copied one cell per line at a cell that is no label (tables._two_sided, mutant 80).

tables._two_sided's mutant 65 (k + 5 <= len(tokens) for k + 4) changes no result: the two differ
only when the header's four cells are the text's last, and then no pair follows, so the blank
lines that part an empty cell are never compared and no grid is made either way.
Each expected value is worked out by hand.
"""

from __future__ import annotations

from budgetperf.textaudit import tables
from budgetperf.textaudit.facts import Role, read_facts

# --- facts._classify: an item of an adjustment carries its own verb's sign ---------------------


def test_the_items_of_an_adjustment_after_qizhong_are_signed_by_their_own_verbs() -> None:
    # "调减8,000万元,其中调减基本建设支出6,000万元,调增教育支出1,000万元": each item after the
    # change names its verb before its name; 调减 is a fall (-1), 调增 a rise (+1)
    text = (
        "一般公共预算支出调整为120,000万元,调减8,000万元,其中调减基本建设支出6,000万元,"
        "调增教育支出1,000万元。"
    )
    got = [(f.q.text, f.role, f.subject, f.sign) for f in read_facts(text).facts]
    assert got == [
        ("120,000万元", Role.VALUE, "一般公共预算支出", 0),
        ("8,000万元", Role.CHANGE, "一般公共预算支出", -1),
        ("6,000万元", Role.CHANGE, "基本建设支出", -1),
        ("1,000万元", Role.CHANGE, "教育支出", 1),
    ]


# --- tables._two_sided: a cell that is no label ends the statement -----------------------------

_STATEMENT = (
    "单位:万元\n\n收    入\n\n执行数\n\n支    出\n\n执行数\n\n总   计\n\n1000\n\n"
    "总   计\n\n1000\n\n一、本级收入\n\n600\n\n一、本级支出\n\n800\n\n税收\n\n"
    "400\n\n二、转移性支出\n\n200\n\n非税\n\n200\n\n上解支出\n\n200\n\n"
)


def _sides(text: str) -> list[list[tuple[str, list[str | None]]]]:
    grids = tables._two_sided(read_facts(text))
    return [[(r.label, [c.q.text if c else None for c in r.cells]) for r in g.rows] for g in grids]


_EXPECTED = [
    [("总计", ["1000"]), ("一、本级收入", ["600"]), ("税收", ["400"]), ("非税", ["200"])],
    [
        ("总计", ["1000"]),
        ("一、本级支出", ["800"]),
        ("二、转移性支出", ["200"]),
        ("上解支出", ["200"]),
    ],
]


def test_a_note_with_a_year_in_it_ends_a_one_cell_per_line_statement() -> None:
    # "注:本表为2024年执行数" has digits: no label of a pair, so the statement ends before it
    # and the page number 12 under it is no figure of either side (four pairs a side)
    text = _STATEMENT + "注:本表为2024年执行数\n\n12"
    assert _sides(text) == _EXPECTED


def test_a_label_as_the_texts_last_cell_ends_a_one_cell_per_line_statement() -> None:
    # a last cell with no figure after it ("资料来源:财政局") is no pair: the sides end before it
    text = _STATEMENT + "资料来源:财政局"
    assert _sides(text) == _EXPECTED
