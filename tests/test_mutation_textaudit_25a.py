"""The twenty-fifth round of tests that kill the text audit's mutants (issue 10, Deliver 7), a.

Written for survivors of the mutation run at a3930ca (scripts/mutation_score.py textaudit, seed
40): a gap printed without its sign is signed only when the budget and the actual before it are
in its own unit (claims._gap_signs, mutant 13); an index column (上年=100) is read only in the
pairs of years whose two figures are amounts (tables._year_index, mutant 87); the names of a
list's items share an ending among their first eight (claims._items_suffix, mutant 22); 10000万
after 1亿 is no part of it (quantities._compounds, mutant 68); the last label before a table's
only figure starts its row (tables._cell_per_line, mutant 41); a cell of 40 characters is one
cell (tables._single_cell, mutant 4); a heading is looked for at most 20 sentences back
(claims._heading_of, mutant 16); a total printed as 0 keeps the items under the heading after it
(claims._across_heading, mutant 88); a part's label opens with a word past the marks after its
其中 (claims._opens_alike, mutant 3); a spending total that names no budget is set against the
last income total printed before it (checks._spending_above_income, mutant 37); a claim on an
estimate ("约3.8万元") is not certain, and its JSON says false, not null
(claims.build_claims, mutant 751). Each expected value is worked out by hand.

Others change no result: tables._numeric_cells's mutant 22 (the memo stored as None: the
cells are worked out again on each call, the same each time) and claims._more_breakdowns's
mutant 17 (``rfind`` for ``find``: either is at least 0 exactly when a ';' is in the range);
claims._changes's mutant 656 (−2 for −1 in the signs of a budget's reading: ``verdicts.linear``
adds a value whose sign is positive and subtracts it otherwise); claims._check_list's mutant
148 (the retired-less candidate "" rather than None before it is made: only compared by
identity with a list); claims._gather's mutants 471 and 511 (None for False in two flags only
ever tested for truth); claims._slipped_total's mutant 41 (``lstrip`` for ``rstrip`` of a
printed figure without its 元: a figure's text opens with its number and has no space before
its unit once normalised); claims.build_claims's mutant 197 (``_year_pairs`` given None for
the document, which it does not read); tables._two_sided's mutant 9 (one blank line counted
before the first cell, whose count is never read: the parting is read from the cells after the
header's first); claims._lists's mutants 49 (the shortcut's search for 在 run to the text's end:
it only skips a search made in the sentence anyway) and 355 (``rfind`` for ``find``, tested
against 0). One is not read to the end: claims._shares's mutant 24 (the ``ref`` of a share
joined to a respectively run set to None): no text tried gives another claim, the facts stage
having given such shares the run's ``ref`` already.
"""

from __future__ import annotations

from budgetperf.textaudit import audit_text, checks, claims, tables
from budgetperf.textaudit.facts import read_facts
from budgetperf.textaudit.quantities import find_quantities
from claim_rows import findings, rows  # registered by conftest.py

# --- claims._gap_signs: a gap is signed only by figures in its own unit -----------------------


def test_a_gap_after_an_actual_in_another_unit_is_not_signed() -> None:
    # the total's gap 0.9 = 2.95 − 2.05; the first part's actual is printed in 元 (0元) and its
    # gap in 万元, so no part is signed by its figures and the parts are added as printed:
    # 0.95 + 0.05 = 1.0, not 0.9 (signed, 0.95 − 0.05 = 0.9, as it is with 0万元 below)
    text = (
        "2018年度本部门“三公”经费支出2.05万元,年初预算为2.95万元,差值为0.9万元。其中:公务用车"
        "运行维护费支出{}元,年初预算为0.95万元,差值为0.95万元;公务接待费支出2.05万元,年初预算"
        "为2万元,差值为0.05万元。"
    )
    for actual, expected in (("0", ("disagrees", "1.0")), ("0万", ("agrees", "0.9"))):
        audit = audit_text(text.format(actual))
        gap = [c for c in audit.claims if c.claim.printed.q.text == "0.9万元"]
        assert [
            (c.status.value, str(c.computed), [f.q.text for f in c.claim.inputs]) for c in gap
        ] == [(*expected, ["0.95万元", "0.05万元"])]


# --- tables._year_index: a pair of years whose figure is no amount is passed over ------------


def test_an_index_column_is_not_read_against_a_percentage_cell() -> None:
    # 指数 is 税收收入 over the year before's × 100: 950933 / 790724 = 120.26% → 120.3 and
    # 1400000 / 1285000 = 108.95% → 108.9; 2002 prints a percentage in the column, no amount,
    # so neither pair beside it (2001/2002, 2002/2003) is read
    text = (
        "单位:万元\n年份 | 总收入 | 税收收入 | 指数\n2000 | 900000 | 790724 | 110.9\n"
        "2001 | 1000000 | 950933 | 120.3\n2002 | 1200000 | 12% | 122.5\n"
        "2003 | 1300000 | 1285000 | 110.3\n2004 | 1500000 | 1400000 | 108.9"
    )
    rel = "a / the year before × 100"
    assert rows(text) == [
        ("ratio", "120.3", "agrees", "120.3", "950933 over 790724", rel, False),
        ("ratio", "108.9", "agrees", "108.9", "1400000 over 1285000", rel, False),
    ]
    assert findings(text) == []


# --- claims._items_suffix: the first eight names ---------------------------------------------


def test_the_items_ending_is_shared_by_the_first_eight_names() -> None:
    # eight names end with 险业务保费收入, the ninth (其他收入) with 收入 only: the first eight
    # are read, so the ending is 险业务保费收入; with seven such names before 其他收入, all eight
    # read share 收入 alone (two characters: no ending)
    first = "甲乙丙丁戊己庚辛"
    for count, expected in ((8, "险业务保费收入"), (7, "")):
        text = "".join(f"{c}险业务保费收入{k + 1}万元," for k, c in enumerate(first[:count]))
        doc = read_facts(text + "其他收入9万元。")
        assert claims._items_suffix(doc.sentences[0], 0) == expected


# --- quantities._compounds: a tail as large as the head's unit is a figure of its own ---------


def test_ten_thousand_wan_after_one_yi_is_a_figure_of_its_own() -> None:
    # 1亿 is 10000万: a tail of 10000万元 would be a whole 亿 more, so it is no tail (9999万元 is:
    # 1亿9999万元 = 19999万元)
    assert [(q.text, str(q.value)) for q in find_quantities("收入1亿10000万元")] == [
        ("1亿", "1"),
        ("10000万元", "10000"),
    ]
    assert [(q.text, str(q.value)) for q in find_quantities("收入1亿9999万元")] == [
        ("1亿9999万元", "19999")
    ]


# --- tables._cell_per_line and _single_cell ---------------------------------------------------


def test_the_last_label_before_the_only_figure_starts_its_row() -> None:
    # 项目 | 合计 | 100: the header is 项目, the row 合计 100 (the figure is the last cell)
    run = [(0, "项目"), (3, "|"), (5, "合计"), (8, "|"), (10, "100"), (14, "|")]
    assert tables._cell_per_line(run) == [(0, 2, ["项目"]), (5, 13, ["合计", "100"])]


def test_a_line_of_forty_characters_is_one_cell() -> None:
    assert tables._single_cell("一" * 40)
    assert not tables._single_cell("一" * 41)
    assert not tables._single_cell("")
    assert not tables._single_cell("一。")


# --- claims._heading_of: twenty sentences back at the most -----------------------------------


def test_a_heading_is_found_up_to_twenty_sentences_back() -> None:
    # the heading is sentence 0; from sentence 19 it is 19 back and found, from sentence 20 it
    # is 20 back, past the sentences looked at (20 .. 1)
    doc = read_facts("(一)收入情况\n" + "本单位加强管理。" * 20)
    assert len(doc.sentences) == 21
    found = claims._heading_of(doc, 19)
    assert found is not None
    assert found.index == 0
    assert claims._heading_of(doc, 20) is None


# --- claims._across_heading: a total of 0 ----------------------------------------------------


def test_items_under_a_heading_after_a_total_of_zero_are_its_parts() -> None:
    # 支出0万元, then the uses 198 + 23 = 221 under "二、…使用情况": no item is "more than the
    # figure" when the figure is 0 (that rule is for a positive total), so the sum is read and
    # disagrees, a warning (inferred)
    audit = audit_text(
        "本年彩票公益金收入0万元,支出0万元。\n二、本级彩票公益金使用情况\n(一)群众体育198万元。\n"
        "(二)竞技体育23万元。"
    )
    assert [
        (c.claim.kind, c.status.value, c.claim.printed.q.text, c.computed) for c in audit.claims
    ] == [("sum", "disagrees", "0万元", "221")]
    assert [(f.code, f.severity) for f in audit.findings] == [
        ("arithmetic.breakdown-sum", "warning")
    ]


# --- claims._opens_alike: past the marks after 其中 ------------------------------------------


def test_a_label_opens_with_a_word_past_its_qizhong_and_marks() -> None:
    assert claims._opens_alike("其中:用于举办赛事", "用于")
    assert claims._opens_alike(", 其中, 用于市政", "用于")
    assert claims._opens_alike("另外还有用于社会福利", "用于")
    assert not claims._opens_alike("其中:主要用于举办赛事", "用于")


# --- checks._spending_above_income: the last income before, when the spending names no budget -


def test_spending_naming_no_budget_is_set_against_the_last_income_total() -> None:
    # two income totals of two budgets (政府性基金 100, 一般公共 200), then 支出合计 of none: it
    # is set against the later one, 200: 250 − 200 = 50 more, said nowhere to be covered
    doc = read_facts("政府性基金预算收入合计100万元,一般公共预算收入合计200万元。支出合计250万元。")
    assert [
        (f.code, f.severity, f.printed, f.computed)
        for f in checks._spending_above_income(doc, "report.txt")
    ] == [("consistency.spending-above-income", "warning", "250万元", "200万元")]


# --- claims.build_claims: a claim on an estimate is not certain --------------------------------


def test_a_claim_on_an_estimate_is_not_certain() -> None:
    # 约3.8万元 is rounded: 2 + 1.8 = 3.8 agrees, and the claim is uncertain (false in its JSON);
    # 2 + 1.9 = 3.9 is then a warning, not an error
    (agreeing,) = audit_text("支出约3.8万元,其中A支出2万元,B支出1.8万元。").claims
    assert agreeing.status.value == "agrees"
    assert agreeing.to_dict()["certain"] is False
    audit = audit_text("支出约3.8万元,其中A支出2万元,B支出1.9万元。")
    (off,) = audit.claims
    assert (off.status.value, off.to_dict()["certain"], off.to_dict()["severity"]) == (
        "rounding",
        False,
        "warning",
    )
    assert [(f.code, f.severity) for f in audit.findings] == [
        ("arithmetic.breakdown-sum", "warning")
    ]
