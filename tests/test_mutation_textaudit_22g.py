"""Round twenty-two of the tests that kill the text audit's mutants (issue 10, Deliver 7), part g.

Written for survivors of the mutation run at c02ffc4 (scripts/mutation_score.py textaudit): a
percentage's "为" figure is its amount only when it is money (claims._percent_amounts, mutant
18), the words that name a count's thing after it stop at its sentence's end
(facts._tag, mutant 144), and a table whose first header name is 小计 (the title printed
outside it) keeps that 小计 as its first column, the group's 小计 below merged into the group
(tables._drop_title, mutant 33). Each expected value is worked out by hand.
"""

from __future__ import annotations

from budgetperf.textaudit import audit_text, claims, tables
from budgetperf.textaudit.facts import read_facts

# --- claims._percent_amounts: the figure after "X%为" is an amount of money ------------------


def test_a_percentage_of_a_count_is_not_read_as_a_share_of_the_money_before_it() -> None:
    # 2000户 is how many households the 40% are, not a part of the 500万元: no share is read
    # (2000 / 5000000 would be 0.04%, against 40% printed)
    text = "共发放种粮补贴资金500万元,惠及农户比例40%为2000户。"
    doc = read_facts(text)
    assert [(f.label, f.q.text, f.depth) for f in doc.facts] == [
        ("共发放种粮补贴资金", "500万元", 0),
        ("惠及农户比例", "40%", 0),
        ("为", "2000户", 0),
    ]
    found: list[claims.Claim] = []
    claims._percent_amounts(doc, found)
    assert found == []
    audit = audit_text(text)
    assert audit.claims == ()
    assert audit.findings == ()


def test_a_percentage_then_its_amount_of_money_is_that_amount_s_share() -> None:
    # 614.39 / 1293.45 = 47.50% and 420.37 / 1293.45 = 32.50%: both agree
    text = "总保费1293.45万元,中央财政补贴47.5%为614.39万元,省级财政补贴32.5%为420.37万元。"
    doc = read_facts(text)
    found: list[claims.Claim] = []
    claims._percent_amounts(doc, found)
    assert [(c.kind, c.printed.q.text, [f.q.text for f in c.inputs]) for c in found] == [
        ("share", "47.5%", ["614.39万元", "1293.45万元"]),
        ("share", "32.5%", ["420.37万元", "1293.45万元"]),
    ]


# --- facts._tag: a count's tail ends with its sentence -----------------------------------------


def test_a_count_at_the_end_of_a_line_has_no_tail_from_the_line_after() -> None:
    # the line ends the sentence: what follows on the next line ("项目总投资…") names another
    # figure, not the count's thing
    text = "全年共实施项目41个\n项目总投资5000万元。"
    doc = read_facts(text)
    assert [(s.start, s.end) for s in doc.sentences] == [(0, 11), (11, 23)]
    assert [(f.q.text, f.tail) for f in doc.facts] == [("41个", "\n"), ("5000万元", "")]


def test_a_count_s_thing_named_after_it_is_its_tail_up_to_the_line_s_end() -> None:
    text = "全年共实施项目41个项目\n总投资5000万元。"
    doc = read_facts(text)
    assert [(f.q.text, f.tail) for f in doc.facts] == [("41个", "项目\n"), ("5000万元", "")]


def test_a_count_before_an_exclamation_mark_stops_its_tail_there() -> None:
    text = "新建学校3所!改造校舍12所。"
    doc = read_facts(text)
    assert [(f.q.text, f.tail) for f in doc.facts] == [("3所", "!"), ("12所", "")]


# --- tables._drop_title: a first header name 小计 is a column's --------------------------------

_THREE_COSTS = (
    "2023年“三公”经费决算数30万元,比上年决算数下降30.23%。分项情况是:因公出国(境)费5万元,"
    "比上年决算数下降50%;公务用车购置及运行维护费20万元,比上年决算数下降20%;"
    "公务接待费5万元,比上年决算数下降37.5%。\n年度\n"
    "小计 | 因公出国(境)费 | 公务用车购置及运行维护费 | 小计 | 公务用车购置费 | 公务用车运行维护费"
    " | 公务接待费 |\n"
    "2022年 | 43 | 10 | 25 | 15 | 10 | 8 |\n"
    "2023年 | 30 | 5 | 20 | 12 | 8 | 5 |"
)


def test_a_first_header_name_subtotal_is_the_total_column_of_a_table_titled_outside() -> None:
    # seven names over six cells: 小计 first is the total's column (the label column's title,
    # 年度, is on the line before), and the group's 小计 under 公务用车购置及运行维护费 is that
    # group's own column, merged into its name
    grids, _ = tables.read_tables(read_facts(_THREE_COSTS))
    rows = [r for g in grids for r in g.rows]
    assert [r.label for r in rows] == ["2022年", "2023年"]
    columns = ["小计", "因公出国(境)费", "公务用车购置及运行维护费"]
    columns += ["公务用车购置费", "公务用车运行维护费", "公务接待费"]
    assert [r.columns for r in rows] == [columns, columns]


def test_each_item_s_rate_on_the_year_before_reads_its_own_column_under_a_subtotal_first() -> None:
    # 2022: 10 + 25 + 8 = 43, 2023: 5 + 20 + 5 = 30; (30 - 43) / 43 = -30.23%,
    # (5 - 10) / 10 = -50%, (20 - 25) / 25 = -20%, (5 - 8) / 8 = -37.5%: all agree
    audit = audit_text(_THREE_COSTS)
    rates = [
        (c.claim.printed.q.text, [f.q.text for f in c.claim.inputs], c.status.value)
        for c in audit.claims
        if c.claim.kind == "change-rate"
    ]
    assert rates == [
        ("30.23%", ["30万元", "43"], "agrees"),
        ("50%", ["5万元", "10"], "agrees"),
        ("20%", ["20万元", "25"], "agrees"),
        ("37.5%", ["5万元", "8"], "agrees"),
    ]
    assert audit.findings == ()
