"""The edges of the twentieth round's readings: a threshold passed ("突破200亿大关",
``facts._THRESHOLD_VERB``), which is no figure of the total it is said of; a share of a scope's
total of three characters ("占全国总销量的", ``claims._share``); and the change of a 三公 total
with its items' changes printed by name after it (``claims._decomposed_changes``). The catalogue
(``tests/sentence_forms.py``, "a threshold passed", "the change of a 三公 total and its items'
changes by name") holds the real sentences; these are the cases around them. Every expected
figure is worked out by hand beside it.

Of eight hand-made mutants of the threshold and share code (each run against this file, the
catalogue, the goldens and ``tests/test_mutation_textaudit_20b.py``), seven are killed; the one
left dropped a test of the first character after the figure, a shortcut before the
``startswith`` test that decided the same (since replaced by a test of the figure's tail, which
is empty for most figures: cheaper, and no shortcut to leave out).

Of 22 of ``_decomposed_changes`` (against this file, the catalogue, the goldens, the unkeyed
corpus and ``tests/test_mutation_textaudit_4a.py``), 15 are killed. The seven left: the early
return of a text without a change of a total (a shortcut); the four guards against reading a
change twice (a change-sum claim's total and parts, a list's total and parts), each of which the
others cover on every text tried (a total already read has its parts among the claim's inputs,
which the test of the parts skips); a change of a total not at depth 0 (no text tried prints a
三公 total's change in brackets); ``>=`` for ``>`` in choosing the breakdown with more parts
found (two breakdowns that find as many find the same changes); and marking the parts taken (a
later total looks for its parts only after itself, where an earlier total's parts are not).

Six of ``claims._compared_budget`` (the budget a figure is compared with second) are all killed.
Of eight of ``claims._measure_breakdowns`` (a balance sheet's measures for a whole and its
parts), seven are killed; the one left is the early return of a text without 负债 (a shortcut).
Two earlier survivors showed a guard that kept a part from being read as a whole to have no
effect (a balance sheet as large as the whole ends the search anyway); it was removed."""

from __future__ import annotations

import pytest

from budgetperf.textaudit import audit_text
from budgetperf.textaudit.facts import Role, read_facts


def _roles(text: str) -> list[tuple[str, Role, str]]:
    return [(f.q.text, f.role, f.subject) for f in read_facts(text).facts]


def _claims(text: str) -> list[tuple[str, str, str, list[str]]]:
    return [
        (
            c.claim.kind,
            c.claim.printed.q.text,
            c.claim.verdict.status.value,
            [i.q.text for i in c.claim.inputs],
        )
        for c in audit_text(text).claims
    ]


@pytest.mark.parametrize(
    "text",
    [
        "全市财政收入已突破30亿元大关,达31.2亿元。",
        "全市财政收入首次突破30亿元关口,达31.2亿元。",
        "全市财政收入迈上30亿元台阶,达31.2亿元。",
        "全市财政收入再次突破30亿元门槛,达31.2亿元。",
    ],
)
def test_a_threshold_passed_is_no_figure_of_the_total(text: str) -> None:
    # the threshold's words (a verb before, a noun after) make it a figure of no role; the
    # figure after it, named by 达 alone, is the total's
    assert _roles(text) == [
        ("30亿元", Role.OTHER, "全市财政收入"),
        ("31.2亿元", Role.VALUE, "全市财政收入"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # no noun of a threshold after it: a figure passed is the total's (a bound)
        "全市财政收入已突破30亿元,达31.2亿元。",
        # no verb of passing before it: 大关 alone names no threshold passed
        "全市财政收入为30亿元大关,达31.2亿元。",
    ],
)
def test_a_figure_without_both_words_of_a_threshold_stays_a_value(text: str) -> None:
    (first, *_) = _roles(text)
    assert first[:2] == ("30亿元", Role.VALUE)


def test_the_figure_after_a_threshold_takes_its_name_only_when_named_by_nothing_else() -> None:
    # "…突破30亿元大关,其中税收收入24.96亿元": the part is named, not the threshold's total
    assert _roles("全市财政收入突破30亿元大关,税收收入24.96亿元。")[1] == (
        "24.96亿元",
        Role.VALUE,
        "税收收入",
    )


def test_a_threshold_is_no_part_of_a_share() -> None:
    # 24.96 / 31.2 = 80% of the total after the threshold (before: 24.96 / 30 = 83.2% was a reading)
    assert _claims(
        "全市财政收入突破30亿元大关,达到31.2亿元,其中税收收入24.96亿元,占财政收入的80%。"
    ) == [("share", "80%", "agrees", ["24.96亿元", "31.2亿元"])]


def test_a_scope_total_of_three_characters_is_found_by_them() -> None:
    # 占全国总收入的: the nearest figure before whose name ends with 总收入 and is larger than the
    # part: 45 / 180 = 25%
    assert _claims("今年全国彩票总收入180亿元。\n其中电脑票收入45亿元,占全国总收入的25%。") == [
        ("share", "25%", "agrees", ["45亿元", "180亿元"])
    ]


def test_a_scope_total_smaller_than_the_part_is_not_its_whole() -> None:
    # the nearest …总收入 is smaller than the part: the one before it, 180, is its whole
    assert _claims(
        "今年全国彩票总收入180亿元。\n去年某省总收入30亿元。\n其中电脑票收入45亿元,占全国总收入的25%。"
    ) == [("share", "25%", "agrees", ["45亿元", "180亿元"])]


def _change_sums(text: str) -> list[tuple[str, str, bool, list[str]]]:
    return [
        (
            c.claim.printed.q.text,
            c.claim.verdict.status.value,
            c.claim.strong,
            [i.q.text for i in c.claim.inputs],
        )
        for c in audit_text(text).claims
        if c.claim.kind == "change-sum"
    ]


_TOTAL = "2016年“三公”经费预算数比2015年预算数减少3.20万元,主要原因是厉行节约。"


def test_the_items_changes_by_name_add_up_to_the_total_change() -> None:
    # 0 + 2.00 + 1.20 = 3.20, every item's change printed in the total's paragraph: certain
    text = (
        _TOTAL + "因公出国(境)费与2015年预算持平,公务用车购置及运行费比2015年预算减少2.00万元,"
        "公务接待费比2015年预算减少1.20万元。"
    )
    assert _change_sums(text) == [("3.20万元", "agrees", True, ["持平", "2.00万元", "1.20万元"])]


def test_items_changes_in_another_paragraph_are_an_inferred_reading() -> None:
    # the same items one paragraph down: 2.00 + 1.30 = 3.30, not 3.20, only a warning
    text = (
        _TOTAL + "\n因公出国(境)费与2015年预算持平,公务用车购置及运行费比2015年预算减少2.00万元,"
        "公务接待费比2015年预算减少1.30万元。"
    )
    assert _change_sums(text) == [
        ("3.20万元", "disagrees", False, ["持平", "2.00万元", "1.30万元"])
    ]


def test_an_item_without_its_change_is_read_only_when_the_others_add_up() -> None:
    # 出国's change is not printed: 2.00 + 1.20 = 3.20 is read (inferred); 2.00 + 1.30 is not
    both = "公务用车购置及运行费比2015年预算减少2.00万元,公务接待费比2015年预算减少{}万元。"
    assert _change_sums(_TOTAL + both.format("1.20")) == [
        ("3.20万元", "agrees", False, ["2.00万元", "1.20万元"])
    ]
    assert _change_sums(_TOTAL + both.format("1.30")) == []


def test_the_breakdown_with_more_items_found_is_read() -> None:
    # 公务用车 as its two parts (购置费, 运行费), no change of the subtotal: the four-part
    # breakdown finds three changes, the three-part one two: 0 + 1.50 + 1.70 = 3.20
    text = (
        _TOTAL + "因公出国(境)费与2015年预算持平,公务接待费比2015年预算减少1.50万元,"
        "公务用车运行维护费比2015年预算减少1.70万元。"
    )
    assert _change_sums(text) == [("3.20万元", "agrees", False, ["持平", "1.70万元", "1.50万元"])]


def test_items_changes_on_another_basis_are_not_the_total_changes_parts() -> None:
    # the items against their budgets (较预算), the total against the year before: no sum
    text = (
        "2016年“三公”经费决算数比上年减少3.20万元。因公出国(境)费与上年持平,公务用车购置及运行费"
        "较预算减少2.00万元,公务接待费较预算减少1.20万元。"
    )
    assert _change_sums(text) == []


def test_another_change_of_the_total_ends_the_search() -> None:
    # the items printed after the 三公 total's next change are that one's (2.00 + 1.20 =
    # 3.20 of the 决算's change, not of the budget's 0.90)
    text = (
        "2016年“三公”经费预算数比2015年预算数减少0.90万元。2016年“三公”经费决算数比2015年"
        "决算数减少3.20万元。因公出国(境)费与2015年持平,公务用车购置及运行费比2015年减少2.00"
        "万元,公务接待费比2015年减少1.20万元。"
    )
    assert [row[:2] for row in _change_sums(text)] == [("3.20万元", "agrees")]


def test_items_changes_beyond_the_reach_are_not_read() -> None:
    # ten sentences of remarks between: the items are too far from the total to be its
    remarks = "主要原因是厉行节约。" * 10
    text = (
        "2016年“三公”经费预算数比2015年预算数减少3.20万元。" + remarks + "因公出国(境)费与2015"
        "年预算持平,公务用车购置及运行费比2015年预算减少2.00万元,公务接待费比2015年预算减少1.20"
        "万元。"
    )
    assert _change_sums(text) == []


def test_items_all_unchanged_are_no_sum() -> None:
    # every item 持平 and the total down: nothing to add
    text = (
        _TOTAL + "因公出国(境)费与2015年预算持平,公务用车购置及运行费与2015年预算持平,"
        "公务接待费与2015年预算持平。"
    )
    assert _change_sums(text) == []


def _kinds(text: str) -> list[tuple[str, str, str]]:
    return [
        (c.claim.kind, c.claim.printed.q.text, c.claim.verdict.status.value)
        for c in audit_text(text).claims
    ]


_SECOND = (
    "决算为30万元,较上年28万元增加2万元,{}32万元减少2万元。其中:A费为10万元,较上年9万元增加1万元,"
    "{}12万元减少2万元;B费为20万元,较上年19万元增加1万元,{}20万元无增减。"
)


def test_a_second_comparison_named_as_the_budget_is_the_budget() -> None:
    # 12 + 20 = 32: the parts' budgets add up to the total's
    text = _SECOND.format(*["较预算数"] * 3)
    assert ("budget-sum", "32万元", "agrees") in _kinds(text)


def test_a_second_comparison_not_named_as_the_budget_is_no_budget() -> None:
    # 较上年预算数: the year before's budget, another prior; no budgets are summed
    text = _SECOND.format(*["较上年预算数"] * 3)
    assert not any(kind == "budget-sum" for kind, _, _ in _kinds(text))


def test_a_ratio_named_with_a_share_word_is_read_once() -> None:
    # "税收占比为60%" read by the share readers (60 / 100) is not read again as the named ratio
    text = "全县一般公共预算收入100万元,其中税收收入60万元,税收占比为60%。"
    assert [k for k in _kinds(text) if k[0] == "share"] == [("share", "60%", "agrees")]


def test_a_ratio_named_with_a_share_word_no_share_reader_read_is_the_named_ratio() -> None:
    # the taxes named by the bureau that collects them: 21334 / 34096 = 62.57%
    text = (
        "我县地方一般公共预算收入累计完成34096万元。其中:税务部门完成21334万元;财政部门完成"
        "12762万元。税收占比为62.57%。"
    )
    assert ("share", "62.57%", "agrees") in _kinds(text)


def _measure_sums(text: str) -> list[tuple[str, str, list[str]]]:
    return [
        (c.claim.printed.q.text, c.claim.verdict.status.value, [i.q.text for i in c.claim.inputs])
        for c in audit_text(text).claims
        if c.claim.kind == "sum"
    ]


_WHOLE = "全省国有企业资产总额100亿元,负债总额60亿元,所有者权益40亿元。"


def test_a_balance_sheets_parts_are_the_run_whose_assets_add_up() -> None:
    # 30 + 70 = 100; 20 + 40 = 60; 10 + 30 = 40 (净资产 named 所有者权益 in one, 净资产 in
    # the other)
    text = (
        _WHOLE + "省属企业资产总额30亿元,负债总额20亿元,所有者权益10亿元;市县企业资产总额70亿元,"
        "负债总额40亿元,净资产30亿元。"
    )
    assert _measure_sums(text) == [
        ("100亿元", "agrees", ["30亿元", "70亿元"]),
        ("60亿元", "agrees", ["20亿元", "40亿元"]),
        ("40亿元", "agrees", ["10亿元", "30亿元"]),
    ]


def test_balance_sheets_whose_assets_do_not_add_up_are_no_parts() -> None:
    # 30 + 60 = 90, not 100: the two are not all of the whole; nothing is read
    text = (
        _WHOLE + "省属企业资产总额30亿元,负债总额20亿元,所有者权益10亿元;市县企业资产总额60亿元,"
        "负债总额40亿元,净资产20亿元。"
    )
    assert _measure_sums(text) == []


def test_a_balance_sheet_without_every_measure_is_passed_over() -> None:
    # the 境外 assets (no 负债, no 权益) are no part; the two after them are: 30 + 70 = 100
    text = (
        _WHOLE
        + "境外资产总额5亿元。省属企业资产总额30亿元,负债总额20亿元,所有者权益10亿元;市县企业"
        "资产总额70亿元,负债总额40亿元,所有者权益30亿元。"
    )
    assert [row[:2] for row in _measure_sums(text)] == [
        ("100亿元", "agrees"),
        ("60亿元", "agrees"),
        ("40亿元", "agrees"),
    ]


def test_a_balance_sheet_as_large_as_the_whole_is_no_part_of_it() -> None:
    # a later year's whole (120 ≥ 100) ends the search: 30 + 70 after it are its parts, not
    # the first whole's
    text = (
        _WHOLE
        + "次年全省国有企业资产总额120亿元,负债总额70亿元,所有者权益50亿元。省属企业资产总额30"
        "亿元,负债总额20亿元,所有者权益10亿元;市县企业资产总额70亿元,负债总额40亿元,所有者权益30亿元。"
    )
    assert _measure_sums(text) == []


def test_balance_sheets_of_assets_alone_are_not_read() -> None:
    # a whole that prints its assets only: the parts' assets are all there is, no check
    # (负债 named in words, with no figure, so that the reader looks)
    text = (
        "全省国有企业资产总额100亿元,负债另行报告。省属企业资产总额30亿元;市县企业资产总额70亿元。"
    )
    assert _measure_sums(text) == []


def test_the_first_figure_of_a_measure_is_the_balance_sheets() -> None:
    # 流动负债 after 负债总额 is a part of it: the 负债 of the first part is 20, 20 + 40 = 60
    text = (
        _WHOLE
        + "省属企业资产总额30亿元,负债总额20亿元,流动负债12亿元,所有者权益10亿元;市县企业资产"
        "总额70亿元,负债总额40亿元,所有者权益30亿元。"
    )
    assert ("60亿元", "agrees", ["20亿元", "40亿元"]) in _measure_sums(text)


def test_an_amount_of_no_measure_ends_a_balance_sheet() -> None:
    # 营业收入 between 资产 and 负债: the part's balance sheet has its assets only, and is no
    # part (a flow is not among what a body holds; nothing is read)
    text = (
        _WHOLE
        + "省属企业资产总额30亿元,营业收入5亿元,负债总额20亿元,所有者权益10亿元;市县企业资产总额"
        "70亿元,负债总额40亿元,所有者权益30亿元。"
    )
    assert _measure_sums(text) == []
