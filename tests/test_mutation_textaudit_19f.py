"""The nineteenth round of tests that kill the text audit's mutants (issue 10, Deliver 7), part f.

Written for survivors of mutation run 33 (scratch tree from c75984b): a change compared with
"和上年相比" names what the text before 和 names (facts._change, mutant 103), so it is read as
the difference of that name's two years printed in the sentences before.

Three others change no result: claims._year_before_difference's mutant 106 (change.sign < 1 for
< 0: a change in money always has the sign of its verb, ±1; only a change of zero dimension has
sign 0, and it never reaches this function, which reads changes in money), facts._assume_units'
mutant 33 (searching for 各 from the text's start, not 8 characters before the first figure: the
run branch it opens then changes nothing, since _run_unit asks for 分别/各 within 8 characters
before each bare figure, a window inside the one HEAD searches) and facts.Document.cut_before's
mutant 3 (s.start > 1 for > 0: a sentence starts at offset 1 only after a one-character
sentence, whose character ends sentences; a cut for length leaves at least two characters
before the next piece). Each expected value is worked out by hand.
"""

from __future__ import annotations

import pytest

from claim_rows import brief as claim_rows  # registered by conftest.py

BriefRows = list[tuple[str, str, str, str, list[str]]]


# --- facts._change: "和…相比" opens the comparison at 和, like 与 ---------------------------


@pytest.mark.parametrize(
    ("change", "rows"),
    [
        # 5.6 − 4.2 = 1.4
        (
            "和上年相比增加1.4万元",
            [("difference", "1.4万元", "agrees", "1.4", ["5.6万元", "4.2万元"])],
        ),
        # 5.6 − 4.2 = 1.4, printed 2.4: far outside the rounding of figures to 0.1
        (
            "和上年相比增加2.4万元",
            [("difference", "2.4万元", "disagrees", "1.4", ["5.6万元", "4.2万元"])],
        ),
        # (与 reads the same: the subject is what comes before it)
        (
            "与上年相比增加1.4万元",
            [("difference", "1.4万元", "agrees", "1.4", ["5.6万元", "4.2万元"])],
        ),
    ],
)
def test_a_change_compared_with_he_names_the_figure_before_he(change: str, rows: BriefRows) -> None:
    text = (
        "2023年度公务接待费支出5.6万元。2022年度公务接待费支出4.2万元。公务接待费支出"
        + change
        + "。"
    )
    assert claim_rows(text) == rows
