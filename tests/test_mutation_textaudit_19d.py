"""The nineteenth round of tests that kill the text audit's mutants (issue 10, Deliver 7), part d.

Written for survivors of seed 33 (scripts/mutation_score.py textaudit at c75984b): the message
of the three industries' contributions that do not add up to 100 (audit._messages, mutant 72),
a reading's name with a capital Y or Z in it, which is not Chinese (audit.zh_reading, mutant
206), the total a 其中 part is of when no figure before 其中 in its sentence names it
(checks._owner, mutant 15) and the word closing a comparison before a rate, 相比 or 相较 and no
more (claims._adjacent, mutant 21).

One other changes no result: audit._messages' mutant 195 (sign >= 0 for sign > 0 when a sum's
terms are joined: every sign of a sum's reading is +1 or −1, never 0 — _signs_of turns a 0 into
1, _gap_signs gives ±1 — so the two tests agree).
Each expected value is worked out by hand.
"""

from __future__ import annotations

import pytest

from budgetperf.textaudit import audit
from claim_rows import brief as claim_rows  # registered by conftest.py
from claim_rows import findings

BriefRows = list[tuple[str, str, str, str, list[str]]]


# --- audit._messages: the contributions of the three industries ----------------------------------


@pytest.mark.parametrize(
    ("last", "severity", "en", "zh"),
    [
        # 4.5 + 53.9 + 42.6 = 101.0: beyond the rounding of three shares (3 × 0.05 = 0.15)
        (
            "42.6%",
            "error",
            "the contributions of the three industries add up to 101.0%, not 100%",
            "三次产业贡献率合计为101.0%，不是100%",
        ),
        # 4.5 + 53.9 + 41.7 = 100.1: within it
        (
            "41.7%",
            "warning",
            "the contributions of the three industries add up to 100.1%, not 100%; this is within"
            " the rounding of the printed shares",
            "三次产业贡献率合计为100.1%，不是100%；在所列占比的舍入范围内",
        ),
    ],
)
def test_the_message_of_the_three_industries_contributions_names_them_and_their_total(
    last: str, severity: str, en: str, zh: str
) -> None:
    text = f"2023年,三次产业对经济增长的贡献率分别为4.5%、53.9%和{last}。"
    assert findings(text) == [("arithmetic.shares-sum", severity, 1, 7, en, zh)]


# --- audit.zh_reading: a name with Latin capitals is not Chinese ---------------------------------


@pytest.mark.parametrize(
    ("name", "zh"),
    [
        # every capital, from A to Z, is Latin: the name has no Chinese form
        ("of Z万元", None),
        ("Y / 3个", None),
        ("budget ZY", None),
        ("of A万元", None),
        # the same forms with figures only are named in Chinese
        ("of 100万元", "以100万元为总数"),
        ("300万元 / 3个", "300万元 ÷ 3个"),
        ("budget 90万元", "预算数90万元"),
    ],
)
def test_a_reading_name_with_a_latin_capital_anywhere_in_the_alphabet_has_no_chinese_name(
    name: str, zh: str | None
) -> None:
    assert audit.zh_reading(name) == zh


# --- checks._owner: a 其中 that opens its sentence is of the sentence before's total --------------


def _same_quantity(text: str) -> list[str]:
    return [row[4] for row in findings(text) if row[0] == "consistency.same-quantity"]


def test_the_parts_of_two_totals_in_sentences_before_their_qizhong_are_two_quantities() -> None:
    # 公务接待费 5 of 局机关's spending, 8 of 下属中心's: two quantities, not one stated twice
    text = (
        "局机关支出100万元,比上年减少2万元。其中,公务接待费5万元。下属中心支出200万元,比上年增加"
        "3万元。其中,公务接待费8万元。"
    )
    assert _same_quantity(text) == []


def test_the_parts_of_one_total_named_twice_before_their_qizhong_are_one_quantity() -> None:
    # both 公务接待费 of 局机关支出: the same quantity, 8 here and 5 on line 1
    text = (
        "局机关支出100万元,比上年减少2万元。其中,公务接待费5万元。局机关支出100万元,比上年减少"
        "2万元。其中,公务接待费8万元。"
    )
    assert _same_quantity(text) == ["公务接待费 is stated as 8万元 here and as 5万元 on line 1"]


def test_a_qizhong_opening_the_text_is_not_the_part_of_the_total_of_a_later_sentence() -> None:
    # the first 其中 has no sentence before it (its owner is 其中 itself), the second is
    # 乙单位支出's: two quantities
    text = "其中,公务接待费5万元。乙单位支出200万元。其中,公务接待费8万元。"
    assert _same_quantity(text) == []


# --- claims._adjacent: 相比 or 相较 closes the comparison, and nothing more ----------------------


@pytest.mark.parametrize(
    ("closing", "rows"),
    [
        # (150 − 140) / 140 = 7.14% -> 7.1
        ("相比", [("change-rate", "7.1%", "agrees", "7.1", ["150万元", "140万元"])]),
        ("相较", [("change-rate", "7.1%", "agrees", "7.1", ["150万元", "140万元"])]),
        # a character more after the closing word, then the comma: the rate is not taken as
        # over the prior
        ("相比较", []),
    ],
)
def test_only_the_word_closing_a_comparison_may_stand_between_the_prior_and_its_rate(
    closing: str, rows: BriefRows
) -> None:
    text = f"本年支出150万元,与上年决算数140万元{closing},增长7.1%。"
    assert claim_rows(text) == rows
