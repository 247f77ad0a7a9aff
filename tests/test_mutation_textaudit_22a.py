"""The twenty-second round of tests that kill the text audit's mutants (issue 10), part a.

Written for survivors of the mutation run at c02ffc4 (scripts/mutation_score.py textaudit): the
message of shares closed by 其他 that miss the share they break down says when the gap is within
their rounding (audit._messages, mutant 17); cells of a run with nothing between them (as
normalising leaves a row of amounts) still open a run (claims._figure_runs, mutant 16); the rates
paired with a run of changes are a run of rates, not a lone rate before it
(claims._respective_changes, mutant 26); "不作调整" after a part that is not the last keeps the
run up to it (claims._unchanged_run, mutant 26); a line of a table that ends with 、 does not run
on into the next (normalise._soft_breaks, mutant 97); and a header row under labels merged down
names the columns (tables._grid, mutant 226). Each expected value is worked out by hand.
"""

from __future__ import annotations

from budgetperf.textaudit import audit_text, claims, normalise
from budgetperf.textaudit.facts import read_facts
from budgetperf.textaudit.tables import read_tables

# --- audit._messages: shares of a share, off by less than their rounding ----------------------


def test_shares_of_a_share_off_within_their_rounding_say_so_in_the_message() -> None:
    # 25.3 + 24.8 + 12.1 = 62.2, not the 62.1 they break down; each of the four figures may be
    # 0.05 off, so 0.1 is within 4 × 0.05 = 0.2: a warning that names the rounding
    text = (
        "集中在社会服务领域(占净资产的62.1%),其中城建领域占25.3%、商务服务领域占24.8%、"
        "其他社会服务领域占12.1%。"
    )
    audit = audit_text(text)
    assert [(c.claim.kind, c.status.value, str(c.computed)) for c in audit.claims] == [
        ("shares-sum", "rounding", "62.2")
    ]
    assert [(f.code, f.severity.value, f.message_en, f.message_zh) for f in audit.findings] == [
        (
            "arithmetic.shares-sum",
            "warning",
            "the shares of the list closed by 其他 add up to 62.2%, not the 62.1% they are the"
            " parts of; this is within the rounding of the printed shares",
            "以“其他”收尾的各项占比合计为62.2%，不是其所分解的62.1%；在所列占比的舍入范围内",
        )
    ]


# --- claims._figure_runs: two cells run together open a run ----------------------------------


def test_a_run_of_amounts_whose_cells_touch_once_normalised_is_a_comparison() -> None:
    # the spaces between cells that end and open with a unit's character and a digit are
    # dropped by normalising: "120万元100万元20万元20.00", each figure touching the next.
    # 120 − 100 = 20, printed 20; 20 / 100 × 100 = 20.00, printed 20.00
    text = "财产收入 120万元 100万元 20万元 20.00"
    doc = read_facts(text)
    assert doc.text == "财产收入120万元100万元20万元20.00"
    assert [(f.q.text, f.q.start, f.q.end) for f in doc.facts] == [
        ("120万元", 4, 9),
        ("100万元", 9, 14),
        ("20万元", 14, 18),
        ("20.00", 18, 23),
    ]
    runs = claims._figure_runs(doc)
    assert [(r.current.q.text, r.prior.q.text, r.change.q.text) for r in runs] == [
        ("120万元", "100万元", "20万元")
    ]
    audit = audit_text(text)
    assert [(c.claim.kind, c.status.value, str(c.computed)) for c in audit.claims] == [
        ("difference", "agrees", "20"),
        ("change-rate", "agrees", "20.00"),
    ]


# --- claims._respective_changes: the rates are a run of as many -------------------------------


def test_a_lone_rate_between_the_changes_and_their_rates_is_not_their_rates() -> None:
    # the run of rates after 各下降 pairs with the changes, past the lone 31.1%:
    # 1267.86 / (4125.49 + 1267.86) = 1267.86 / 5393.35 = 23.508% → 23.51;
    # 2570.97 / (4143.91 + 2570.97) = 2570.97 / 6714.88 = 38.287% → 38.29, printed 38.28
    text = (
        "收、支总计各是4125.49,4143.91万元。与2021年相比,收、支总计各减少1267.86,2570.97万元,"
        "总计下降31.1%,各下降23.51%、38.28%。"
    )
    doc = read_facts(text)
    second = doc.sentences[1]
    assert [(f.q.text, f.role.value) for f in second.facts] == [
        ("1267.86", "change"),
        ("2570.97万元", "change"),
        ("31.1%", "rate"),
        ("23.51%", "rate"),
        ("38.28%", "rate"),
    ]
    found: list[claims.Claim] = []
    claims._respective_changes(doc, second, found)
    assert [(c.printed.q.text, [f.q.text for f in c.inputs]) for c in found] == [
        ("23.51%", ["1267.86", "4125.49"]),
        ("38.28%", ["2570.97万元", "4143.91万元"]),
    ]
    rows = [
        (c.claim.printed.q.text, c.status.value, str(c.computed))
        for c in audit_text(text).claims
        if c.claim.printed.q.text in ("23.51%", "38.28%")
    ]
    assert rows == [("23.51%", "agrees", "23.51"), ("38.28%", "disagrees", "38.29")]


# --- claims._unchanged_run: "不作调整" before the last part ------------------------------------


def test_parts_left_unchanged_before_the_adjusted_one_are_their_own_priors() -> None:
    # 城市建设配套费 and 专项收入 "不作调整", then 土地出让收入 65000 → 35000: the priors
    # 10000 + 5000 + 65000 = 80000, and the new levels 10000 + 5000 + 35000 = 50000
    text = (
        "政府性基金预算由年初的80000万元调整为50000万元,其中:城市建设配套费10000万元、"
        "专项债务对应项目专项收入5000万元不作调整,土地出让收入由年初预算的65000万元调整为"
        "35000万元。"
    )
    doc = read_facts(text)
    parts = [f for f in doc.facts if f.q.text in ("10000万元", "5000万元", "35000万元")]
    assert [f.q.text for f in parts] == ["10000万元", "5000万元", "35000万元"]
    kept = claims._unchanged_run(doc, parts)
    assert kept == {id(parts[0]), id(parts[1])}
    audit = audit_text(text)
    assert [
        (c.claim.kind, c.status.value, str(c.computed), [f.q.text for f in c.claim.inputs])
        for c in audit.claims
    ] == [
        ("sum", "agrees", "80000", ["10000万元", "5000万元", "65000万元"]),
        ("sum", "agrees", "50000", ["10000万元", "5000万元", "35000万元"]),
    ]
    assert audit.findings == ()


# --- normalise._soft_breaks: a table's line ending with 、 -------------------------------------


def test_a_table_line_ending_with_an_enumeration_comma_keeps_its_line_break() -> None:
    # the line holds a "|": a table's row, not prose wrapped after 、; the break stays
    text = "| 支出项目 | 办公费、印刷费、\n邮电费合计12万元。"
    assert normalise._soft_breaks(text) == []
    assert normalise.normalise(text).text == text
    # (a line of prose ending with 、 is wrapped: the break after it, at 12, is soft)
    assert normalise._soft_breaks("支出项目办公费、印刷费、\n邮电费合计12万元。") == [12]


# --- tables._grid: a header row under a label merged down -------------------------------------


def test_a_header_row_under_two_labels_merged_down_names_the_columns() -> None:
    # " |  | 合计 | 基本支出 | 项目支出 |" under "科目编码 | 科目名称 | 本年支出 |  |  |", before
    # any figure: its two first cells are blank (科目编码 and 科目名称 merged down over it), and
    # it is as wide as the row above, so it is the header's second row and names the three
    # columns under 本年支出 (not the top row's 科目编码, 科目名称, 本年支出)
    text = (
        "科目编码 | 科目名称 | 本年支出 |  |  |\n |  | 合计 | 基本支出 | 项目支出 |\n"
        "201 | 一般公共服务支出 | 300.5 | 200.2 | 100.3 |\n"
        "20101 | 人大事务 | 180.5 | 120.2 | 60.3 |\n"
    )
    grids, _ = read_tables(read_facts(text))
    (grid,) = grids
    named = ["合计", "基本支出", "项目支出"]
    assert [(r.label, r.columns, [c and c.q.text for c in r.cells]) for r in grid.rows] == [
        ("[201]一般公共服务支出", named, ["300.5", "200.2", "100.3"]),
        ("[20101]人大事务", named, ["180.5", "120.2", "60.3"]),
    ]
