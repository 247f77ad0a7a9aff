"""Tests that kill the text audit's mutants, round twenty-two part c (issue 10, Deliver 7).

Written for survivors of the mutation run at c02ffc4 (scripts/mutation_score.py textaudit): the
funds a bare 结余 is left of, found past a figure of another name printed after them in their
sentence (claims._available_before, mutant 34: the sentence given up at that figure), an item's
level after its adjustment named with the item again, a part of its own (claims._gather, mutant
1076: a Latin letter cut from that name as if a mark), the levels of a whole place found up to
eight sentences after it (claims._scope_sums, mutant 72: six), and the column of an unpaired
surrogate counted from the start of its line (normalise.normalise, mutant 28: two further).

Two others change no result: claims._years_named' mutant 16 (the memo never read: every call
finds the same years again, and no caller changes the lists it is given) and
tables._printed_words' mutant 22 (rfind for find: the slice taken at the match is the word
searched for wherever it matches, and both find it or neither does). Each expected value is
worked out by hand.
"""

from __future__ import annotations

import pytest

from budgetperf.errors import ParseError
from budgetperf.textaudit.normalise import normalise
from claim_rows import brief as claim_rows  # registered by conftest.py

# --- claims._available_before: the funds past a figure of another name -----------------------


def test_a_bare_balance_reads_the_funds_printed_before_another_figure_of_their_sentence() -> None:
    # looking back from the spending's sentence: 政府性基金收入 30 names no funds available, and
    # the 可用资金 100 before it in the same sentence is found: 100 − 80 = 20, printed 20
    text = (
        "2023年一般公共预算可用资金100万元,政府性基金收入30万元。一般公共预算支出80万元。"
        "结余20万元。"
    )
    assert claim_rows(text) == [("balance", "20万元", "agrees", "20", ["100万元", "80万元"])]


def test_a_bare_balance_reads_a_revenue_total_before_a_carried_over_amount() -> None:
    # 上年结转 10 is no 收入合计: the 收入合计 100 before it is the funds, 100 − 80 = 20
    text = "2023年一般公共预算收入合计100万元,上年结转10万元。一般公共预算支出80万元。结余20万元。"
    assert claim_rows(text) == [("balance", "20万元", "agrees", "20", ["100万元", "80万元"])]


# --- claims._gather: a moved-to level named with its item is a part of its own ---------------


def test_an_adjusted_level_that_names_its_item_again_is_not_read_as_the_same_part() -> None:
    # 基本支出's 调整为 40 (named by 调整为 alone) is the same part as its 年初预算 30 and is
    # dropped; "XX调整为 60" names its item (the placeholder XX) again, not by 调整为 alone, and
    # stays: 30 + 50 + 60 = 140 against 100 (XX's letters are no marks to cut: cut, 60 would be
    # dropped too and the sum read 30 + 50 = 80)
    text = (
        "一般公共预算支出调整为100万元(其中:基本支出年初预算为30万元,调整为40万元,"
        "XX年初预算为50万元,XX调整为60万元)。"
    )
    assert claim_rows(text) == [
        ("sum", "100万元", "disagrees", "140", ["30万元", "50万元", "60万元"])
    ]


# --- claims._scope_sums: the levels up to eight sentences after the whole ---------------------


def test_a_whole_places_lower_levels_seven_sentences_after_it_add_up_with_its_own() -> None:
    # 百色市 10.56 = 本级 1.68 + 县(区) 8.88, the 县(区) figure seven sentences after the whole's
    text = (
        "百色市完成政府采购预算为10.56亿元。首季市本级完成政府采购预算1.68亿元。"
        "采购工作有序推进。采购程序更加规范。采购效率明显提升。采购监管不断加强。"
        "采购质量稳步提高。县(区)政府采购预算8.88亿元。"
    )
    assert claim_rows(text) == [("sum", "10.56亿元", "agrees", "10.56", ["1.68亿元", "8.88亿元"])]


def test_a_whole_places_levels_eight_sentences_after_it_are_within_reach() -> None:
    # the 本级 figure seven sentences after the whole, the 县(区) eight: 1.68 + 8.47 = 10.15,
    # printed 10.56
    text = (
        "百色市完成政府采购预算为10.56亿元。采购工作有序推进。采购程序更加规范。"
        "采购效率明显提升。采购监管不断加强。采购质量稳步提高。"
        "首季市本级完成政府采购预算1.68亿元。县(区)政府采购预算8.47亿元。"
    )
    assert claim_rows(text) == [
        ("sum", "10.56亿元", "disagrees", "10.15", ["1.68亿元", "8.47亿元"])
    ]


# --- normalise.normalise: where an unpaired surrogate is -------------------------------------


def test_an_unpaired_surrogate_is_located_by_its_line_and_column() -> None:
    # the surrogate is the third character of the second line: line 2, column 3
    with pytest.raises(ParseError) as raised:
        normalise("收入100万元\n支出\ud800。")
    assert raised.value.location is not None
    assert (raised.value.location.line, raised.value.location.column) == (2, 3)


def test_an_unpaired_surrogate_on_the_first_line_is_counted_from_the_texts_start() -> None:
    # no line break before it: the fifth character, column 5
    with pytest.raises(ParseError) as raised:
        normalise("一般支出\udcff")
    assert raised.value.location is not None
    assert (raised.value.location.line, raised.value.location.column) == (1, 5)
