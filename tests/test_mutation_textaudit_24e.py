"""The twenty-fourth round of tests that kill the text audit's mutants (issue 10), part e.

Written for survivors of the mutation run at d4db2f0 (scripts/mutation_score.py textaudit): a
sentence that opens with a name of four characters before its 加上 is summed from the figure
that name gives, not from the head of the sentence before (claims._plus_totals, mutant 74); a
"respectively" run of values is found by its first figure, the one that prints the unit
(claims._respective_changes, mutant 49); a part of a run of shares, larger than the sum of the
parts, is no candidate for their whole (claims._run_whole, mutant 61); and the levels of a rate
between two named years are values and priors, not a change between them
(claims._two_year_rate, mutant 20). Each expected value is worked out by hand.

Equivalent survivors, not tested: _scope_sums mutant 31 widens only the sentences a whole is
looked for before (a 本级 anywhere after the sentence's start): a sum needs a sentence whose
opening, before its first figure, names 本级 within reach after the whole, and that sentence
was among them already; _whole_before mutant 13 makes the sentence's largest figure only larger
(any value, or any amount at depth 0), so the early return it guards, which the look back would
reach anyway (it finds no amount of the original kind larger than the figure), fires less often
and nothing else changes.
"""

from __future__ import annotations

from claim_rows import inputs, rows  # registered by conftest.py

# --- claims._plus_totals: an opening of four characters names the figure added to ------------


def test_an_opening_name_of_four_characters_before_jiashang_is_the_figure_added_to() -> None:
    # "补助收入加上…": the opening 补助收入 (four characters) names 上级补助收入12亿元 of the
    # sentence before, not its head 8亿元: 12 + 2 = 14, printed 14 (8 + 2 = 10 would disagree)
    text = (
        "全县一般公共预算收入8亿元,上级补助收入12亿元。补助收入加上上年结转2亿元,收入合计14亿元。"
    )
    assert rows(text) == [
        (
            "sum",
            "14",
            "agrees",
            "14",
            "the figure and what is added to it",
            "the figure plus what is added",
            False,
        )
    ]
    assert inputs(text) == [["12亿元", "2亿元"]]


# --- claims._respective_changes: a run of values found by its first figure --------------------


def test_a_run_of_values_whose_unit_is_on_its_first_figure_pairs_with_the_changes() -> None:
    # the run 4125.49万元、4143.91 (the unit printed on the first figure only) pairs with the
    # changes and rates by position: the prior of 收 is 4125.49 + 1267.86 = 5393.35, and
    # 1267.86 / 5393.35 × 100 = 23.508… → 23.51, agrees
    text = (
        "收、支总计分别为4125.49万元、4143.91。"
        "与2021年相比,收、支总计各减少1267.86、2570.97万元,各下降23.51%、38.28%。"
    )
    assert rows(text)[0] == (
        "change-rate",
        "23.51",
        "agrees",
        "23.51",
        "change of 4125.49万元",
        "change / prior × 100",
        True,
    )
    assert inputs(text) == [["1267.86", "4125.49万元"], ["2570.97万元", "4143.91"]]


# --- claims._run_whole: a part is no whole of its own run -------------------------------------


def test_a_part_as_large_as_the_sum_of_its_run_is_no_candidate_for_their_whole() -> None:
    # parts 100 + 0 + 0 = 100, before them 收入合计200万元: 100 / 200 = 50%, printed 40 (a
    # disagreement); 0 / 200 = 0% twice, agrees. 200 fits two shares of three, enough. The
    # part 100万元 itself (100 / 100 = 100%, 0%, 0%: two fits as well) is no candidate, or the
    # tie would leave the run unread.
    text = (
        "收入合计200万元。财政拨款收入100万元、事业收入0万元、其他收入0万元,"
        "所占比重分别为40%、0%和0%。"
    )
    relation = "amount / the total its siblings fit"
    assert rows(text) == [
        ("share", "40", "disagrees", "50", "of 200万元", relation, False),
        ("share", "0", "agrees", "0", "of 200万元", relation, False),
        ("share", "0", "agrees", "0", "of 200万元", relation, False),
    ]
    assert inputs(text) == [["100万元", "200万元"], ["0万元", "200万元"], ["0万元", "200万元"]]


# --- claims._two_year_rate: the levels are values, not a change between them -----------------


def test_a_rate_between_two_named_years_skips_a_change_printed_between_its_levels() -> None:
    # 2016 against 2015: (50 − 160) / 160 × 100 = −68.75 → 下降68.8, agrees (weak). The change
    # 比上年减少10万元 (no year in its label) is no current level: (10 − 160) / 160 would be
    # −93.75.
    text = (
        "本单位2016年预算数50万元。2015年预算数160万元,比上年减少10万元,主要是压减开支,"
        "2016年预算比2015年预算下降68.8%。"
    )
    assert rows(text) == [
        (
            "change-rate",
            "68.8",
            "agrees",
            "68.8",
            "2016年 50万元 against 2015年 160万元",
            "rate",
            False,
        )
    ]
    assert inputs(text) == [["50万元", "160万元"]]
