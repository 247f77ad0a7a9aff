"""The twenty-first round of tests that kill the text audit's mutants (issue 10, Deliver 7), part d.

Written for survivors of the mutation run at 06dd5ef (scripts/mutation_score.py textaudit): a
balance of items certain only when they are six at most (claims._balances, mutant 313), the
carried figures of a 收入总计 looked for in the twelve sentences after it (claims._grand_totals,
mutant 29), a whole named with its total's words found only before the share's amount
(claims._whole_by_words, mutant 11), and a space table's header read from its own line only
(tables._printed_words, mutant 3).
Each expected value is worked out by hand.
"""

from __future__ import annotations

from budgetperf.textaudit import audit_text, tables
from budgetperf.textaudit.facts import read_facts
from claim_rows import brief, rows  # registered by conftest.py

# --- claims._balances: a short statement of items is six figures at most -----------------------


def test_a_balance_of_six_items_with_no_total_is_certain() -> None:
    # 100 + 50 + 20 − 80 − 60 − 10 = 20
    text = (
        "本年税收收入100万元,非税收入50万元,上年结余20万元;一般公共服务支出80万元,教育支出"
        "60万元,社会保障支出10万元。收支相抵,当年结余20万元。"
    )
    assert brief(text) == [
        (
            "balance",
            "20万元",
            "agrees",
            "20",
            ["100万元", "50万元", "20万元", "80万元", "60万元", "10万元"],
        )
    ]
    assert rows(text) == [
        ("balance", "20", "agrees", "20", "income − spending", "income − spending", True)
    ]


def test_a_balance_of_seven_items_with_no_total_is_not_certain() -> None:
    # 100 + 50 + 30 + 20 − 80 − 60 − 40 = 20: seven figures are no short statement
    text = (
        "本年税收收入100万元,非税收入50万元,转移性收入30万元,上年结余20万元;一般公共服务支出"
        "80万元,教育支出60万元,社会保障支出40万元。收支相抵,当年结余20万元。"
    )
    assert brief(text) == [
        (
            "balance",
            "20万元",
            "agrees",
            "20",
            ["100万元", "50万元", "30万元", "20万元", "80万元", "60万元", "40万元"],
        )
    ]
    assert rows(text) == [
        ("balance", "20", "agrees", "20", "income − spending", "income − spending", False)
    ]


# --- claims._grand_totals: what is carried is printed within twelve sentences of the 总计 -------


def _grand_total_text(fillers: int) -> str:
    """收入总计, its 本年收入合计 in the next sentence, ``fillers`` sentences with no figure,
    then the 年初结转和结余."""
    fill = "".join(f"第{n}项工作有序推进。" for n in "一二三四五六七八九十甲乙"[:fillers])
    return "收入总计1000万元。本年收入合计800万元。" + fill + "年初结转和结余190万元。"


def test_what_is_carried_twelve_sentences_after_the_grand_total_is_its_part() -> None:
    # sentence 0 the 总计, 1 the 合计, 2-11 ten fillers, 12 the carried figure: 800 + 190 = 990
    text = _grand_total_text(10)
    assert [f.sentence for f in read_facts(text).facts] == [0, 1, 12]
    assert rows(text) == [
        (
            "sum",
            "1000",
            "disagrees",
            "990",
            "the 合计 and what is carried",
            "总计 = 本年合计 + 结转和结余",
            False,
        )
    ]


def test_what_is_carried_thirteen_sentences_after_the_grand_total_is_not_its_part() -> None:
    # eleven fillers: the carried figure is sentence 13, past the statement; no carried figure,
    # no claim
    text = _grand_total_text(11)
    assert [f.sentence for f in read_facts(text).facts] == [0, 1, 13]
    assert audit_text(text).claims == ()
    assert audit_text(text).findings == ()


# --- claims._whole_by_words: the whole named with its words is printed before the share ---------


def test_a_whole_named_by_its_total_words_is_the_figure_before_the_share() -> None:
    # 63.03 / 351.03 = 17.96%
    text = "单位支出总预算351.03万元,基本支出预算63.03万元,占支出总预算的17.96%。"
    assert rows(text) == [
        ("share", "17.96", "agrees", "17.96", "of 351.03万元", "amount / total × 100", False)
    ]


def test_a_whole_named_by_its_total_words_printed_after_the_share_is_not_read() -> None:
    # the 支出总预算 printed in the sentence after: no whole before the share, no claim
    text = "基本支出预算63.03万元,占支出总预算的17.96%。单位支出总预算351.03万元。"
    assert audit_text(text).claims == ()
    assert audit_text(text).findings == ()


# --- tables._printed_words: the words of the header's own line ---------------------------------


def test_a_space_tables_header_words_are_those_of_its_own_line() -> None:
    text = "一般公共预算支出表 单位 万元\n科目编码 科目名称 合计 基本支出 项目支出\n"
    doc = read_facts(text)
    start = doc.text.index("科目编码")
    length = len("科目编码科目名称合计基本支出项目支出")
    assert doc.text[start : start + length + 1] == "科目编码科目名称合计基本支出项目支出\n"
    # not the title's words on the line above ("一般公共预算支出表", "单位", "万元")
    assert tables._printed_words(doc, start, length) == [
        "科目编码",
        "科目名称",
        "合计",
        "基本支出",
        "项目支出",
    ]


def test_a_space_tables_label_column_is_titled_by_its_header_line_alone() -> None:
    # By hand: 1,234.56 + 1,234.56 = 2,469.12; 1,000.00 + 1,000.00 = 2,000.00; 234.56 + 234.56 =
    # 469.12. The title is the words before the figures' three names: 科目编码 科目名称 (not
    # the 单位:万元 line above the header)
    text = (
        "单位：万元\n科目编码 科目名称 合计 基本支出 项目支出\n合计 2,469.12 2,000.00 469.12\n"
        "201 一般公共服务支出 2,469.12 2,000.00 469.12\n20101 人大事务 1,234.56 1,000.00 234.56\n"
        "20103 政府办公厅(室)及相关机构事务 1,234.56 1,000.00 234.56\n"
    )
    grids, _ = tables.read_tables(read_facts(text))
    assert [g.headers for g in grids] == [["科目编码科目名称", "合计", "基本支出", "项目支出"]]
