"""The nineteenth round of tests that kill the text audit's mutants (issue 10, Deliver 7), part h.

Written for survivors of seed 33 (scripts/mutation_score.py textaudit at c75984b): an introducer
right after a word that adds items to those before it (另外还有, 此外), whose items are no parts
of the figure before (claims._lists, mutants 108 and 117), and a change printed with 加 after a
comparison in the sentence after its budget's, whose sentence is the change's own
(facts._classify, mutant 227).

One other changes no result: claims._lists' mutant 67 (text.find("如下", s.start) to the end of
the text, not of the sentence): it only calls _below_alone for more sentences, and
_below_alone returns at once unless the whole sentence is _BELOW_ALONE ("具体如下:"), which has
如下 in the sentence itself.
Each expected value is worked out by hand.
"""

from __future__ import annotations

import pytest

from claim_rows import brief as claim_rows  # registered by conftest.py

BriefRows = list[tuple[str, str, str, str, list[str]]]


# --- claims._lists: items added after 另外还有 or 此外 are no parts of the figure before ---------


@pytest.mark.parametrize(
    ("clause", "rows"),
    [
        # 30 + 20 = 50, not 100: read as the figure's parts, they disagree
        (
            "用于办公设备购置30万元、用于差旅20万元",
            [("sum", "100万元", "disagrees", "50", ["30万元", "20万元"])],
        ),
        (
            "包括办公设备购置30万元、差旅费20万元",
            [("sum", "100万元", "disagrees", "50", ["30万元", "20万元"])],
        ),
        # the same after a word that adds items beside the figure (还有 ends with 有, 此外 with
        # 外): no list of 100
        ("另外还有用于办公设备购置30万元、用于差旅20万元", []),
        ("此外包括办公设备购置30万元、差旅费20万元", []),
    ],
)
def test_an_introducer_after_a_word_adding_items_opens_no_list_of_the_figure_before(
    clause: str, rows: BriefRows
) -> None:
    text = "2023年本部门一般公共预算支出100万元," + clause + "。"
    assert claim_rows(text) == rows


# --- facts._classify: a change printed with 加 is a fact of its own sentence ---------------------


@pytest.mark.parametrize(
    ("rate", "status"),
    [
        # prior = 7018.511 − 2042.519 = 4975.992; 2042.519 / 4975.992 = 41.0475% -> 41.05
        ("41.05", "agrees"),
        ("41.02", "disagrees"),
    ],
)
def test_a_change_printed_with_jia_in_the_sentence_after_its_budget_reads_that_budget(
    rate: str, status: str
) -> None:
    # "收入较上年加…": 加 for 增加 after a comparison, in the sentence after the budget it
    # changes (within the sentences a change names no phase looks back over)
    text = f"2024年本部门收入预算7018.511万元。收入较上年加2042.519万元,增长{rate}%。"
    assert claim_rows(text) == [
        ("change-rate", f"{rate}%", status, "41.05", ["2042.519万元", "7018.511万元"])
    ]
