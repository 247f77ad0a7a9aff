"""The fifteenth round of tests that kill the text audit's mutants (issue 10, Deliver 7), part c.

Written for survivors of seed 29 (scripts/mutation_score.py textaudit, scratch tree of 7514437):
the total a 其中 part belongs to when the total's unit runs into 其中 (checks._owner, mutant 14),
the sentence after a spending total above income searched for what covered it
(checks._spending_above_income, mutant 54), a figure in 万 run into more digits
(facts._tag, mutant 510), a wrapped line whose next line is a redacted name XX
(normalise._soft_breaks, mutant 117), the order of the two sides of a 收支 statement copied one
cell per line (tables._two_sided, mutant 73) and an index column (上年=100) whose first pair of
years lacks a figure (tables._year_index, mutant 40).

Survivors read and left, as they change no result: facts._assume_units 37 (the 各 looked for to
the text's end: a bare figure takes a run's unit only with 分别/各 in the 8 characters before it,
always inside the range searched), facts._joins_run 21 (> 1 for > 0: the first figure can be in
a run only if the second joined it, and then the second's own run answers first),
tables._cell_lines 15 (the memo stored under another key: only computed again) and
tables._code_facts 10 (zip not strict: the lengths are compared just before). checks._check_path
42 (break for continue) changes a result only when a later segment's one candidate is within two
edits of the whole bare name, labels and all: no catalogue name holds a (款) or (项). Each
expected value is worked out by hand.
"""

from __future__ import annotations

from budgetperf.textaudit import audit_text, checks, tables
from budgetperf.textaudit.facts import read_facts
from budgetperf.textaudit.normalise import normalise
from claim_rows import findings, rows  # registered by conftest.py

# --- checks._owner: the total a 其中 part is one of ----------------------------------------------


def test_a_total_whose_unit_runs_into_qizhong_owns_the_parts_after_it() -> None:
    # "机构运行100万元其中:基本支出100万元": the total's 100万元 ends right where 其中 starts
    # (offset 9 both); 基本支出 is 机构运行's, as it is with a comma between
    for text in ("机构运行100万元其中:基本支出100万元。", "机构运行100万元,其中:基本支出100万元。"):
        doc = read_facts(text)
        (s,) = doc.sentences
        total, part = s.facts
        assert checks._owner(doc, s, part) == "机构运行"
        assert checks._owner(doc, s, total) == ""  # no 其中 before the total


# --- checks._spending_above_income: what covered the gap is said in the next sentence ----------


def test_a_gap_covered_two_sentences_after_the_spending_is_still_unexplained() -> None:
    # 520 > 500: only the sentence after the spending total is searched for what covered it;
    # 上年结转 two sentences on is not read as the cover, so the warning stands
    audit = audit_text(
        "2023年度收入总计500万元。2023年度支出总计520万元。主要用于保障机构正常运转。"
        "差额由上年结转资金弥补。"
    )
    assert [(f.code, f.severity.value, f.printed) for f in audit.findings] == [
        ("consistency.spending-above-income", "warning", "520万元")
    ]
    # the cover in the very next sentence: no warning
    audit = audit_text("2023年度收入总计500万元。2023年度支出总计520万元。差额由上年结转资金弥补。")
    assert audit.findings == ()


# --- facts._tag: a figure in 万 run into more digits is damaged ---------------------------------


def test_a_figure_in_wan_run_into_more_digits_is_not_read_whole() -> None:
    # "74万7千多元": 74万 is only the start of an amount (747千多元), marked damaged; the change
    # 5万元 after it stands whole
    doc = read_facts("项目支出74万7千多元,比上年增加5万元。")
    assert [(f.q.text, f.damaged) for f in doc.facts if f.q.unit.scale == 4] == [
        ("74万", True),
        ("5万元", False),
    ]


# --- normalise._soft_breaks: a redacted name on the next line ----------------------------------


def test_a_line_wrapped_before_a_redacted_name_is_joined() -> None:
    # the line does not end a sentence and the next line is "XX" alone (a name left out): the
    # break only wraps the line, and is dropped; the break after XX stays (a short line)
    text = "本单位2023年度项目支出主要用于保障日常运转和开展业务工作的负责人为\nXX\n其他事项说明。"
    assert normalise(text).text == (
        "本单位2023年度项目支出主要用于保障日常运转和开展业务工作的负责人为XX\n其他事项说明。"
    )


# --- tables._two_sided: the income side first ----------------------------------------------------


def test_the_income_side_of_a_one_cell_per_line_statement_comes_first() -> None:
    # 收入 is the header's first side: its pairs (总计 1000, 一、本级收入 600, …) are the first
    # grid, 支出's (总计 1000, 一、本级支出 800, …) the second; the empty cell before 上年结转
    # moves it to the income side
    text = (
        "单位:万元\n\n收    入\n\n执行数\n\n支    出\n\n执行数\n\n总   计\n\n1000\n\n"
        "总   计\n\n1000\n\n一、本级收入\n\n600\n\n一、本级支出\n\n800\n\n税收\n\n"
        "400\n\n二、转移性支出\n\n200\n\n非税\n\n200\n\n上解支出\n\n150\n\n"
        "二、转移性收入\n\n400\n\n结转下年支出\n\n50\n\n上级补助收入\n\n300\n\n\n\n"
        "上年结转\n\n100"
    )
    grids = tables._two_sided(read_facts(text))
    got = [[(r.label, [c.q.text if c else None for c in r.cells]) for r in g.rows] for g in grids]
    assert got == [
        [
            ("总计", ["1000"]),
            ("一、本级收入", ["600"]),
            ("税收", ["400"]),
            ("非税", ["200"]),
            ("二、转移性收入", ["400"]),
            ("上级补助收入", ["300"]),
            ("上年结转", ["100"]),
        ],
        [
            ("总计", ["1000"]),
            ("一、本级支出", ["800"]),
            ("二、转移性支出", ["200"]),
            ("上解支出", ["150"]),
            ("结转下年支出", ["50"]),
        ],
    ]


# --- tables._year_index: a pair of years without two amounts is passed over -------------------


def test_an_index_column_is_found_past_a_year_without_the_figure() -> None:
    # 指数 is 税收收入 over the year before's × 100; 2000 prints no 税收收入, so the pair
    # 2000/2001 is passed over (2001's 120.3 is not checked) and the pairs after it still give
    # the index: 1164724 / 950933 = 122.48% → 122.5; 1285000 / 1164724 = 110.33% → 110.3;
    # 1400000 / 1285000 = 108.95% → 108.9
    text = (
        "单位:万元\n年份 | 总收入 | 税收收入 | 指数\n2000 | 900000 |  | 110.9\n"
        "2001 | 1000000 | 950933 | 120.3\n2002 | 1200000 | 1164724 | 122.5\n"
        "2003 | 1300000 | 1285000 | 110.3\n2004 | 1500000 | 1400000 | 108.9"
    )
    rel = "a / the year before × 100"
    assert rows(text) == [
        ("ratio", "122.5", "agrees", "122.5", "1164724 over 950933", rel, False),
        ("ratio", "110.3", "agrees", "110.3", "1285000 over 1164724", rel, False),
        ("ratio", "108.9", "agrees", "108.9", "1400000 over 1285000", rel, False),
    ]
    assert findings(text) == []
