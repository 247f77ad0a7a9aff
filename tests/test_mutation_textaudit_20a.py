"""The twentieth round of tests that kill the text audit's mutants (issue 10, Deliver 7), part a.

Written for survivors of the mutation run at c3ed4ae (scripts/mutation_score.py textaudit): the
spaces before the word that closes a comparison, passed over before it (claims._adjacent, mutant
20), an earlier total of bare figures in a table (claims._earlier_total, mutant 35), a heading
of at most 40 characters, its line break counted (claims._section_heading, mutant 28), and the
whole of the share a 其中's head has of its own (claims._whole_of_share, mutant 8).
Each expected value is worked out by hand.
"""

from __future__ import annotations

from budgetperf.textaudit import claims, tables
from budgetperf.textaudit.facts import read_facts
from claim_rows import rows  # registered by conftest.py

# --- claims._adjacent: the spaces before 相比 go with it ---------------------------------------


def test_spaces_before_the_word_closing_a_comparison_are_passed_over_with_it() -> None:
    # a space after '%' is kept by the normalisation (it is dropped between Chinese characters)
    doc = read_facts("资产负债率为45%,与上年的50% 相比,下降10%。")
    assert doc.text == "资产负债率为45%,与上年的50% 相比,下降10%。"
    _, prior, rate = doc.facts
    assert (prior.q.text, rate.q.text) == ("50%", "10%")
    # " 相比,下降": the rate's cue 下降 off, the spaces and 相比 off, a comma is all that is left
    assert claims._adjacent(doc, prior, rate, compared=True)
    assert not claims._adjacent(doc, prior, rate)


# --- claims._earlier_total: a bare figure of a table is an amount -----------------------------


def test_parts_that_miss_their_total_in_a_table_row_are_an_earlier_bare_figure_s() -> None:
    # 60.2 + 40.2 = 100.4: not the 1 of 结余 before them, but the 100.4 earlier in the row
    text = "项目 | 支出合计 | 结余 | 基本支出 | 项目支出 |\n本单位 | 100.4 | 1 | 60.2 | 40.2 |\n"
    doc = read_facts(text)
    whole, rest, basic, project = doc.sentences[1].facts
    # (outside a table a bare figure is no amount: no earlier total of bare figures is read)
    assert claims._earlier_total(doc, claims._List(rest, [basic, project], [], True)) is None
    tables.read_tables(doc)  # (the cells of the table are its amounts)
    assert [(f.q.text, f.in_table) for f in doc.sentences[1].facts] == [
        ("100.4", True),
        ("1", True),
        ("60.2", True),
        ("40.2", True),
    ]
    found = claims._earlier_total(doc, claims._List(rest, [basic, project], [], True))
    assert found is not None
    assert found.total is whole
    assert found.parts == [basic, project]
    assert not found.strong  # (a weak reading)


# --- claims._section_heading: a heading is a line of at most 40 characters --------------------


def test_a_heading_line_is_at_most_forty_characters_with_its_line_break() -> None:
    body = "\n税收收入4575万元,非税收入12142万元。"
    # 39 characters and the line break: 40, a heading
    short = "二、全县一般公共预算收入、政府性基金预算收入和国有资本经营预算收入增减变化情况"
    assert len(short) == 39
    assert claims._section_heading(read_facts(short + body), 1) == short + "\n"
    # 40 characters and the line break: 41, too long for one
    long = "二、全县一般公共预算收入和政府性基金预算收入以及国有资本经营预算收入增减变化情况"
    assert len(long) == 40
    assert claims._section_heading(read_facts(long + body), 1) == ""


# --- claims._whole_of_share: the whole of a 其中's head's own share ----------------------------


def test_shares_after_qizhong_are_of_the_whole_of_the_head_s_own_share() -> None:
    # 21000 / 30000 = 70%; 4500 + 16500 = 21000; 4500 / 30000 = 15%, 16500 / 30000 = 55%: the
    # shares are of the 30000 the head's 70% is of (of the head, 21.4% and 78.6%)
    text = (
        "全区本月提取30000万元。住房消费类提取21000万元,占70%,其中购房提取4500万元,占15%,"
        "偿还贷款提取16500万元,占55%。"
    )
    of_whole = ("of 30000万元", "amount / total × 100", False)
    assert rows(text) == [
        ("sum", "21000", "agrees", "21000", "parts", "sum of the parts", False),
        ("share", "70", "agrees", "70", *of_whole),
        ("share", "15", "agrees", "15", *of_whole),
        ("share", "55", "agrees", "55", *of_whole),
    ]
