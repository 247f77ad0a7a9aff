"""A fourth round of tests that kill the text audit's mutants (issue 10, Deliver 7).

Written for the survivors of the seed-41 sample of ``scripts/mutation_score.py textaudit``
that the stage, catalogue and corpus tests and the earlier ``test_mutation_textaudit*.py``
files let live (docs/testing.md lists them and the ones judged equivalent). Each test states,
worked out by hand from a short report sentence, what a user of the audit sees: every claim's
kind, printed figure, status, value shown, reading, relation and whether its structure is
certain, its inputs and span, the subjects the JSON report gives its inputs, the sentences
left not understood, and every finding's code, severity, place and message in both languages,
with the arithmetic in a comment beside it.
"""

from __future__ import annotations

import decimal
import io

import pytest

from budgetperf.classification import load_catalogue
from budgetperf.textaudit import AuditedClaim, audit_text
from budgetperf.textaudit.facts import canonical
from budgetperf.textaudit.read import decode
from claim_rows import findings, inputs, rows, spans  # registered by conftest.py


@pytest.fixture(autouse=True)
def _fresh_labels() -> None:
    """Read every label afresh (:func:`canonical` is cached; see test_mutation_textaudit_more)."""
    canonical.cache_clear()


INFERRED = "the structure was inferred, so check it"
INFERRED_ZH = "结构系推断，请核对"


def subjects(text: str) -> list[list[str]]:
    """The subject the JSON report gives each input of each claim."""
    out = []
    for c in audit_text(text).claims:
        given = c.to_dict()["inputs"]
        assert isinstance(given, list)
        out.append([str(i["subject"]) for i in given])
    return out


def printed_unit(claim: AuditedClaim) -> object:
    """The unit the JSON report gives a claim's printed figure."""
    printed = claim.to_dict()["printed"]
    assert isinstance(printed, dict)
    return printed["unit"]


def not_understood(text: str) -> tuple[tuple[int, int, str], ...]:
    return audit_text(text).coverage.not_understood


# --- completion rates --------------------------------------------------------------------------


def test_a_completion_read_from_the_amount_over_the_budget_names_the_gap_subtracted() -> None:
    # 决算数大于预算数55.93: the budget is 1741.75 − 55.93 = 1685.82, and
    # 1741.75 / 1685.82 = 103.3177% → 103.32 (agrees); the reading names the budget as the
    # actual minus the gap. No budget is printed: inferred.
    text = "本单位支出总计1741.75万元,完成年初预算103.32%,决算数大于预算数55.93万元。"
    assert rows(text) == [
        (
            "completion",
            "103.32",
            "agrees",
            "103.32",
            "1741.75万元 of 1741.75万元 − 55.93万元",
            "actual / (actual ∓ gap) × 100",
            False,
        )
    ]
    assert inputs(text) == [["1741.75万元", "55.93万元"]]
    assert findings(text) == []


# --- sums of the parts' changes and budgets ----------------------------------------------------


def test_the_parts_budgets_that_do_not_add_up_name_the_budget_total_in_the_message() -> None:
    # The budgets: 9600 + 2900 = 12500, printed 12400 (an error: the list opens with 其中).
    # The rest agree: 4130 + 1130 = 5260; 5260 / 12400 = 42.419% → 42.4;
    # 4130 / 9600 = 43.021% → 43.0; 1130 / 2900 = 38.966% → 39.0.
    text = (
        "全县完成财政总收入5260万元,占年初预算12400万元的42.4%。其中:税收收入4130万元,"
        "占年初预算9600万元的43.0%;非税收入1130万元,占年初预算2900万元的39.0%。"
    )
    completion = "actual / budget × 100"
    assert rows(text) == [
        ("sum", "5260", "agrees", "5260", "parts", "sum of the parts", False),
        (
            "budget-sum",
            "12400",
            "disagrees",
            "12500",
            "the parts' budgets",
            "sum of the parts' budgets",
            True,
        ),
        ("completion", "42.4", "agrees", "42.4", "5260万元 of 12400万元", completion, True),
        ("completion", "43.0", "agrees", "43.0", "4130万元 of 9600万元", completion, True),
        ("completion", "39.0", "agrees", "39.0", "1130万元 of 2900万元", completion, True),
    ]
    assert findings(text) == [
        (
            "arithmetic.budget-sum",
            "error",
            1,
            17,
            "the total budget is printed as 12400万元, but its parts add up to 12500万元: "
            "9600万元 + 2900万元",
            "预算合计印为12400万元，但各项之和为12500万元：9600万元 + 2900万元",
        )
    ]


def test_the_parts_changes_add_up_to_the_total_change_when_one_part_has_none() -> None:
    # 251 + 56 + 124 = 431; the changes −34 + 56 − 24 = −2, printed 减少2: both agree, and
    # the second is the sum of the parts' changes (因公出国(境)费用没有 is no part).
    text = (
        "2020年“三公”经费支出431万元,比上年减少2万元。其中,因公出国(境)费用没有,原因是压缩"
        "开支;公务用车及运行维护费支出251万元,比上年下降34万元;公务用车购置支出56万元,比上年"
        "增加56万元;公务接待支出124万元,比上年下降24万元。"
    )
    assert rows(text) == [
        ("sum", "431", "agrees", "431", "parts", "sum of the parts", True),
        (
            "change-sum",
            "2",
            "agrees",
            "2",
            "the parts' changes",
            "sum of the parts' changes",
            True,
        ),
    ]
    assert inputs(text) == [["251万元", "56万元", "124万元"], ["34万元", "56万元", "24万元"]]


# --- running sums ------------------------------------------------------------------------------


def test_a_figure_plus_what_is_added_ends_at_the_total_of_the_next_sentence() -> None:
    # 198.03 + 26 + 14 + 113.39 + 90.73 = 442.15, printed 452.15: every figure after 加上 is
    # added (the last one too), the total is in the next sentence; read from 加上: inferred.
    text = (
        "区级一般公共预算收入198.03亿元;加上市区财力结算净收入26亿元,一般债务转贷收入14亿元,"
        "调入预算稳定调节基金113.39亿元,调入资金90.73亿元。合计一般公共预算收入总量为452.15亿元。"
    )
    reading = "the figure and what is added to it"
    assert rows(text) == [
        ("sum", "452.15", "disagrees", "442.15", reading, "the figure plus what is added", False)
    ]
    assert inputs(text) == [["198.03亿元", "26亿元", "14亿元", "113.39亿元", "90.73亿元"]]
    assert findings(text) == [
        (
            "arithmetic.breakdown-sum",
            "warning",
            1,
            80,
            "the total is printed as 452.15亿元, but its parts add up to 442.15亿元: 198.03亿元 + "
            f"26亿元 + 14亿元 + 113.39亿元 + 90.73亿元 (read as: {reading}; {INFERRED})",
            "合计印为452.15亿元，但各项之和为442.15亿元：198.03亿元 + 26亿元 + 14亿元 + "
            f"113.39亿元 + 90.73亿元（按“该数加上所加各项”理解，{INFERRED_ZH}）",
        )
    ]


# --- subjects ----------------------------------------------------------------------------------


def test_a_change_after_a_semicolon_has_no_subject_of_its_own() -> None:
    # 45.2 − 25.00 = 20.20 (agrees); 20.20 / 45.2 = 44.690% → 44.69 (agrees, read against the
    # printed prior). The change opens the clause after ";" (对比减少): it names no subject, and
    # takes none from before the ";".
    text = "公务车辆运行2016年预算25.00万元,2015年预算45.2万元;对比减少20.20万元,减少率44.69%。"
    assert rows(text) == [
        ("difference", "20.20", "agrees", "20.20", "printed prior", "prior − current", True),
        (
            "change-rate",
            "44.69",
            "agrees",
            "44.69",
            "change against the printed 45.2万元",
            "change / prior × 100",
            True,
        ),
    ]
    assert subjects(text) == [["", "公务车辆运行"], ["", "公务车辆运行", ""]]


# --- standard breakdowns found by name ---------------------------------------------------------


def test_a_breakdown_by_name_takes_the_part_of_the_same_series() -> None:
    # 当月: 11.1 + 2.1 = 13.2 for 13.1 (only with both parts at the low edge: 11.05 + 2.05 =
    # 13.10); 累计: 137.4 + 21.4 = 158.8 for 158.9 (137.45 + 21.4 = 158.85 → 158.9). 非税收入
    # 2.1 is nearer to 137.4 than 21.4 is, but of the other series (当月): not its part.
    text = (
        "地方一般公共预算收入当月完成13.1亿元;累计完成158.9亿元。地方税收收入当月完成11.1亿元;"
        "累计完成137.4亿元。非税收入当月完成2.1亿元;累计完成21.4亿元。"
    )
    parts = ("parts", "sum of the parts", False)
    assert rows(text) == [
        ("sum", "13.1", "rounding", "13.2", *parts),
        ("sum", "158.9", "rounding", "158.8", *parts),
    ]
    assert inputs(text) == [["11.1亿元", "2.1亿元"], ["137.4亿元", "21.4亿元"]]
    assert findings(text)[1] == (
        "arithmetic.breakdown-sum",
        "warning",
        1,
        22,
        "the total is printed as 158.9亿元, but its parts add up to 158.8亿元: 137.4亿元 + "
        "21.4亿元; this is within the rounding of the printed figures (agrees if 137.4亿元 were "
        "137.45亿元)",
        "合计印为158.9亿元，但各项之和为158.8亿元：137.4亿元 + 21.4亿元；在所列数字的舍入范围内"
        "可以相符（若137.4亿元实为137.45亿元则相符）",
    )


def test_a_breakdown_by_name_with_no_agreeing_total_takes_the_nearest_before() -> None:
    # 200 + 100 = 300: neither 500 nor 450 agrees, so the total nearest before the parts,
    # 全部收入合计450, is theirs (disagrees; found by name: inferred, a warning).
    text = "一般公共预算收入合计500万元,全部收入合计450万元。税收收入200万元,非税收入100万元。"
    assert rows(text) == [("sum", "450", "disagrees", "300", "parts", "sum of the parts", False)]
    assert spans(text) == ["全部收入合计450万元"]
    assert findings(text) == [
        (
            "arithmetic.breakdown-sum",
            "warning",
            1,
            17,
            "the total is printed as 450万元, but its parts add up to 300万元: 200万元 + 100万元 "
            f"(read as: parts; {INFERRED})",
            "合计印为450万元，但各项之和为300万元：200万元 + 100万元"
            f"（按“各分项相加”理解，{INFERRED_ZH}）",
        )
    ]


# --- outlines and numbered headings ------------------------------------------------------------


def test_an_unnumbered_total_before_numbered_items_ends_at_the_next_higher_heading() -> None:
    # 100 + 50 = 150 (agrees). "二、支出情况" is one level above (一)(二): the items after it
    # are not parts of 总收入 and are left not understood.
    text = (
        "教育经费总收入150万元。\n(一)财政拨款收入100万元。\n(二)事业收入50万元。\n二、支出情况\n"
        "(一)基本支出70万元。\n(二)项目支出40万元。"
    )
    assert rows(text) == [("sum", "150", "agrees", "150", "parts", "sum of the parts", False)]
    assert inputs(text) == [["100万元", "50万元"]]
    assert not_understood(text) == ((5, 1, "(一)基本支出70万元。"), (6, 1, "(二)项目支出40万元。"))


def test_a_list_after_qizhong_ends_at_a_numbered_heading_that_names_no_part() -> None:
    # 60 + 40 = 100 (agrees). "二、其他说明" is no standard part of 项目支出 (基本支出,
    # 项目支出): the list ends there, and 工资50万元 after it is not a part.
    text = "项目支出100万元,其中:\n办公费60万元。\n印刷费40万元。\n二、其他说明\n工资50万元。"
    assert rows(text) == [("sum", "100", "agrees", "100", "parts", "sum of the parts", True)]
    assert inputs(text) == [["60万元", "40万元"]]
    assert not_understood(text) == ((5, 1, "工资50万元。"),)


# --- balances ----------------------------------------------------------------------------------


def test_a_balance_after_its_own_income_and_spending_ignores_the_sentence_before() -> None:
    # 100 − 80 = 20 (agrees; 收入合计 and 支出合计 printed: certain). The sentence before, of
    # the year before (50 − 40), is not this balance's statement.
    text = "上年收入合计50万元,支出合计40万元。本年收入合计100万元,支出合计80万元,年终结余20万元。"
    assert rows(text) == [
        (
            "balance",
            "20",
            "agrees",
            "20",
            "money in − money out",
            "money in − money out",
            True,
        )
    ]
    assert inputs(text) == [["100万元", "80万元"]]
    assert spans(text) == ["本年收入合计100万元,支出合计80万元,年终结余20万元"]
    assert findings(text) == []


# --- zero changes ------------------------------------------------------------------------------


def test_a_sentence_whose_only_claimed_figure_is_a_change_of_zero_is_understood() -> None:
    # 10 + 78.7 + 240 = 328.7; the changes 0 − 7.3 − 10 = −17.3 (减少17.3): both agree. The
    # (一) sentence gives the change-sum its 持平, so it is understood (its 10万元 is no part:
    # the parts are the 其中 list's).
    text = (
        "2024年“三公”经费支出预算为328.7万元,比2023年预算减少17.3万元。其中:因公出国(境)费"
        "10万元,公务用车购置及运行费78.7万元,公务接待费240万元。\n"
        "(一)因公出国(境)费支出预算10万元,与2023年预算持平。\n"
        "(二)公务用车购置及运行费支出预算78.7万元,比2023年预算减少7.3万元。\n"
        "(三)公务接待费支出预算240万元,比2023年预算减少10万元。"
    )
    assert rows(text) == [
        ("sum", "328.7", "agrees", "328.7", "parts", "sum of the parts", True),
        (
            "change-sum",
            "17.3",
            "agrees",
            "17.3",
            "the parts' changes",
            "sum of the parts' changes",
            True,
        ),
    ]
    assert inputs(text) == [["10万元", "78.7万元", "240万元"], ["持平", "7.3万元", "10万元"]]
    assert not_understood(text) == ()


def test_a_rate_with_no_figure_before_it_does_not_end_the_sentences_completions() -> None:
    # 执行率为90% opens the sentence with no figure before it: nothing to read it against. The
    # completion after it still is: 90 / 100 = 90% (agrees; the budget is in the sentence).
    text = "执行率为90%;年初预算100万元,支出决算90万元,完成年初预算的90%。"
    assert rows(text) == [
        ("completion", "90", "agrees", "90", "90万元 of 100万元", "actual / budget × 100", True)
    ]
    assert spans(text) == ["年初预算100万元,支出决算90万元,完成年初预算的90%"]
    assert not_understood(text) == ()


def test_a_price_in_brackets_not_after_its_count_does_not_end_the_products() -> None:
    # (预算100万元) is in brackets but not right after a count: it is no price, and the
    # product after it is still read: 3 × 25 = 75 (agrees; 单价 is no "per unit" phrase, so
    # the reading is not certain).
    text = "购置车辆(预算100万元)3辆,单价25万元,合计75万元。"
    assert rows(text) == [("product", "75", "agrees", "75", "3辆 × 25万元", "count × price", False)]
    assert inputs(text) == [["3辆", "25万元"]]
    assert not_understood(text) == ()


def test_a_standard_breakdown_does_not_reach_a_total_seven_sentences_and_36_figures_back() -> None:
    # 200 + 100 = 300 would agree with 收入合计300, but it is printed seven sentences and 36
    # figures before the parts: beyond six sentences and 30 figures, so no total is found.
    filler = "完成项目1个,2个,3个,4个,5个,6个。" * 6
    text = f"收入合计300万元。{filler}税收收入200万元,非税收入100万元。"
    assert rows(text) == []
    assert not_understood(text) == (
        (1, 1, "收入合计300万元。"),
        (1, 143, "税收收入200万元,非税收入100万元。"),
    )


def test_parts_with_shares_of_a_total_in_another_sentence_after_a_share_in_its_own() -> None:
    # 60 / 100 = 60% (the total in its own sentence: certain). The three purchases' shares of
    # 采购总额 200 (the sentence before theirs): 50 / 200 = 25%, 100 / 200 = 50%,
    # 50 / 200 = 25%, adding up to 100, so the parts add up to the total too:
    # 50 + 100 + 50 = 200 (agrees; inferred from the shares).
    text = (
        "本年支出100万元,其中基本支出60万元,占60%。本年采购总额200万元。货物类采购50万元,"
        "占采购总额的25%;工程类采购100万元,占采购总额的50%;服务类采购50万元,占采购总额的25%。"
    )
    share = ("of 200万元", "amount / total × 100")
    assert rows(text) == [
        ("share", "60", "agrees", "60", "of 100万元", "amount / total × 100", True),
        (
            "sum",
            "200",
            "agrees",
            "200",
            "the parts with shares",
            "sum of the parts given with their shares",
            False,
        ),
        # (each certain: the purchases before a share, printed with their own shares of 采购
        # 总额, are parts of it, none its whole: claims._share_of_same_whole)
        ("share", "25", "agrees", "25", *share, True),
        ("share", "50", "agrees", "50", *share, True),
        ("share", "25", "agrees", "25", *share, True),
    ]
    assert inputs(text)[1] == ["50万元", "100万元", "50万元"]


# --- units and document checks -----------------------------------------------------------------


def test_a_bare_decimal_with_a_bar_three_characters_after_it_takes_the_unit() -> None:
    # 12.50 after 经费, printed without a unit in a sentence in 万元: read as 万元 and reported.
    # The "|" is three characters after it, outside the window of three that marks a table cell.
    text = "本年支出100万元,公用经费12.50(注)|其余待定。"
    assert findings(text) == [
        (
            "units.missing-unit",
            "warning",
            1,
            15,
            "12.50 is printed without a unit (read as 万元 like the figures around it)",
            "12.50未写单位（按上下文读作万元）",
        )
    ]


def test_spending_above_income_is_worked_out_in_the_librarys_context() -> None:
    # 626.9 − 618.4 = 8.5; a caller's context of one digit would round it to 8: the message
    # gives 8.5 under any context. (32.6 + 585.8 = 618.4 agrees.)
    text = (
        "2023年度部门总收入618.4万元,其中:上年结转结余32.6万元,本年财政拨款收入585.8万元。"
        "本年总支出626.9万元。"
    )
    expected = [
        (
            "consistency.spending-above-income",
            "warning",
            1,
            52,
            "spending 626.9万元 is above income 618.4万元 by 8.5, and the text does not say what "
            "covered it",
            "支出626.9万元大于收入618.4万元（超出8.5），文中未说明资金来源",
        )
    ]
    assert findings(text) == expected
    with decimal.localcontext(decimal.Context(prec=1)):
        assert findings(text) == expected


def test_a_path_is_checked_against_the_catalogue_the_caller_gives() -> None:
    # The bundled catalogue has 2080505 机关事业单位基本养老保险缴费支出: no finding. A
    # catalogue of the 类 and the 款 alone has no such 项: an error at the 项's name, column 29
    # ("(1)" 3 + 社会保障和就业支出 9 + "(类)" 3 + 行政事业单位养老支出 10 + "(款)" 3 = 28).
    text = (
        "(1)社会保障和就业支出(类)行政事业单位养老支出(款)机关事业单位基本养老保险缴费支出(项)\n"
        "年初预算为36.5万元,支出决算为36.5万元,完成年初预算的100%。"
    )
    assert audit_text(text).findings == ()
    catalogue = load_catalogue(
        io.StringIO("code,name\n208,社会保障和就业支出\n20805,行政事业单位养老支出\n"),
        mode="replace",
        name="t",
    )
    found = [
        (f.code, f.severity.value, f.location.line, f.location.column, f.message_en, f.message_zh)
        for f in audit_text(text, catalogue=catalogue).findings
    ]
    assert found == [
        (
            "classification.unknown-name",
            "error",
            1,
            29,
            "no 项 subject named '机关事业单位基本养老保险缴费支出' in catalogue t",
            "目录 t 中没有名为“机关事业单位基本养老保险缴费支出”的项级科目",
        )
    ]


# --- tables printed as lines of figures --------------------------------------------------------

CODE_SUM_RELATION = (
    "sum of the rows one level down by subject code (类 = Σ 款, 款 = Σ 项, 合计 = Σ 类)"
)


def test_rows_with_thousands_separators_are_checked_by_code_and_along_each_row() -> None:
    # By code: 合计 = 201 (its one 类): 2,469.12, 2,000.00, 469.12; 201 = 20101 + 20103:
    # 1,234.56 + 1,234.56 = 2,469.12; 1,000.00 + 1,000.00 = 2,000.00; 234.56 + 234.56 =
    # 469.12. Along each row 合计 = 基本支出 + 项目支出: 2,000.00 + 469.12 = 2,469.12 (合计 and
    # 201), 1,000.00 + 234.56 = 1,234.56 (20101 and 20103). Every one agrees.
    text = (
        "单位:万元\n科目编码 科目名称 合计 基本支出 项目支出\n合计 2,469.12 2,000.00 469.12\n"
        "201 一般公共服务支出 2,469.12 2,000.00 469.12\n20101 人大事务 1,234.56 1,000.00 234.56\n"
        "20103 政府办公厅(室)及相关机构事务 1,234.56 1,000.00 234.56"
    )
    by_code = ("rows one level down", CODE_SUM_RELATION, True)
    along = ("parts", "sum of the parts", False)
    assert rows(text) == [
        ("sum", "2469.12", "agrees", "2469.12", *by_code),
        ("sum", "2469.12", "agrees", "2469.12", *along),
        ("sum", "2000.00", "agrees", "2000.00", *by_code),
        ("sum", "469.12", "agrees", "469.12", *by_code),
        ("sum", "2469.12", "agrees", "2469.12", *by_code),
        ("sum", "2469.12", "agrees", "2469.12", *along),
        ("sum", "2000.00", "agrees", "2000.00", *by_code),
        ("sum", "469.12", "agrees", "469.12", *by_code),
        ("sum", "1234.56", "agrees", "1234.56", *along),
        ("sum", "1234.56", "agrees", "1234.56", *along),
    ]
    assert findings(text) == []


def test_two_lines_that_open_with_codes_are_not_a_table() -> None:
    # Two lines (a table needs three rows of one width): 201's 200.20 is not 20101's 120.20,
    # but nothing says these lines are a table, so nothing is checked.
    text = "201 一般公共服务支出 300.50 200.20 100.30\n20101 人大事务 190.50 120.20 70.30"
    assert rows(text) == []
    assert findings(text) == []


# --- rate columns and column names of flattened tables -----------------------------------------


def test_a_share_column_named_after_zhan_is_the_actual_over_the_column_it_names() -> None:
    # 占预算% = 决算数 / 预算数: 180 / 200 = 90 (agrees); 95 / 100 = 95, printed 90
    # (disagrees; the formula is read from the header: inferred, a warning).
    text = (
        "单位:万元\n项目 | 预算数 | 决算数 | 占预算% |\n工资福利支出 | 200 | 180 | 90 |\n"
        "商品和服务支出 | 100 | 95 | 90 |"
    )
    assert rows(text) == [
        ("completion", "90", "agrees", "90", "180 over 200", "a / b × 100", False),
        ("completion", "90", "disagrees", "95", "95 over 100", "a / b × 100", False),
    ]
    assert findings(text) == [
        (
            "arithmetic.completion-rate",
            "warning",
            4,
            1,
            "the completion rate is printed as 90, but 95 / 100 = 95%, which rounds to 95 (read "
            f"as: 95 over 100; {INFERRED})",
            f"完成比例印为90，但95÷100=95%，四舍五入为95（按“95对比100”理解，{INFERRED_ZH}）",
        )
    ]


def test_a_growth_column_between_two_columns_of_one_year_is_the_actual_over_the_budget() -> None:
    # 增幅 between 2023年决算 and 2023年预算 (one year, so not the later over the earlier):
    # (决算 − 预算) / 预算: (220 − 200) / 200 = 10% (agrees); (130 − 100) / 100 = 30%,
    # printed 25% (disagrees; inferred, a warning).
    text = (
        "单位:万元\n项目 | 2023年决算 | 2023年预算 | 增幅 |\n工资福利支出 | 220 | 200 | 10% |\n"
        "商品和服务支出 | 130 | 100 | 25% |"
    )
    assert rows(text) == [
        ("change-rate", "10", "agrees", "10", "220 over 200", "rate", False),
        ("change-rate", "25", "disagrees", "30", "130 over 100", "rate", False),
    ]
    assert findings(text) == [
        (
            "arithmetic.change-rate",
            "warning",
            4,
            1,
            "the change rate is printed as 25%, but rate from 130, 100 = 30, which rounds to 30% "
            f"(read as: 130 over 100; {INFERRED})",
            "增减率印为25%，但按130、100计算为30，四舍五入为30%"
            f"（按“130对比100”理解，{INFERRED_ZH}）",
        )
    ]


def test_a_group_name_over_its_total_column_is_one_column_name() -> None:
    # The title 年度 on a line of its own; seven names over six figures: 公车购置及运行维护费
    # and the 合计 under it name one column. The row sums: 90 + 1400 + 1350 = 2840,
    # 73 + 1277 = 1350, 12 + 1356 + 996 = 2364, 37 + 959 = 996 (all agree; inferred). The
    # rates of 2016 over 2015: (2364 − 2840) / 2840 = −16.7606% → 16.76 for 16.77 (2363.8
    # would give it); (12 − 90) / 90 = −86.6667% → 86.67 for 86.62 (12.04); (1356 − 1400) /
    # 1400 = −3.1429% → 3.14; (996 − 1350) / 1350 = −26.2222% → 26.22 for 26.24 (995.8);
    # (37 − 73) / 73 = −49.3151% → 49.32 for 47.95, and (959 − 1277) / 1277 = −24.9021% →
    # 24.90 for 24.98 (at most 319 / 1277.5 = 24.971% within the rounding): two errors.
    text = (
        "年度\n合计 | 因公出国(境)经费 | 公务接待费 | 公车购置及运行维护费 | 合计 | 车辆购置 | "
        "车辆运行 |\n"
        "2015年 | 2840 | 90 | 1400 | 1350 | 73 | 1277 |\n"
        "2016年 | 2364 | 12 | 1356 | 996 | 37 | 959 |\n"
        "2016年比2015年增减% | -16.77 | -86.62 | -3.14 | -26.24 | -47.95 | -24.98 |"
    )
    parts = ("parts", "sum of the parts", False)
    rate = ("change / prior", "rate", True)
    assert rows(text) == [
        ("sum", "2840", "agrees", "2840", *parts),
        ("sum", "1350", "agrees", "1350", *parts),
        ("sum", "2364", "agrees", "2364", *parts),
        ("sum", "996", "agrees", "996", *parts),
        ("change-rate", "-16.77", "rounding", "16.76", *rate),
        ("change-rate", "-86.62", "rounding", "86.67", *rate),
        ("change-rate", "-3.14", "agrees", "3.14", *rate),
        ("change-rate", "-26.24", "rounding", "26.22", *rate),
        ("change-rate", "-47.95", "disagrees", "49.32", *rate),
        ("change-rate", "-24.98", "disagrees", "24.90", *rate),
    ]
    three = ["因公出国费", "公务接待费", "公务用车购置及运行费"]
    assert subjects(text) == [
        three,
        ["车辆购置", "车辆运行"],
        three,
        ["车辆购置", "车辆运行"],
        ["三公费", "三公费"],
        ["因公出国费", "因公出国费"],
        ["公务接待费", "公务接待费"],
        ["公务用车购置及运行费", "公务用车购置及运行费"],
        ["车辆购置", "车辆购置"],
        ["车辆运行", "车辆运行"],
    ]
    assert [
        (code, severity, line, column) for code, severity, line, column, *_ in findings(text)
    ] == [
        ("arithmetic.change-rate", "warning", 4, 1),
        ("arithmetic.change-rate", "warning", 4, 13),
        ("arithmetic.change-rate", "warning", 4, 25),
        ("arithmetic.change-rate", "error", 4, 31),
        ("arithmetic.change-rate", "error", 4, 36),
    ]


def test_a_row_without_its_last_cell_is_left_out_of_a_rate_columns_formula() -> None:
    # 增长率 between 上年 and 本年: (110 − 100) / 100 = 10% and (220 − 200) / 200 = 10% agree;
    # 会议费 has no 本年 cell, so its 30% is not checked (and its line is not understood).
    text = (
        "单位:万元\n项目 | 上年 | 增长率 | 本年 |\n办公费 | 100 | 10% | 110 |\n"
        "印刷费 | 200 | 10% | 220 |\n会议费 | 100 | 30% |"
    )
    assert rows(text) == [
        ("change-rate", "10", "agrees", "10", "110 over 100", "rate", False),
        ("change-rate", "10", "agrees", "10", "220 over 200", "rate", False),
    ]
    assert not_understood(text) == ((5, 1, "会议费 | 100 | 30% |"),)


def test_a_column_with_two_falls_is_a_column_of_differences() -> None:
    # 变化 is no name of a difference, but two of its cells are negative: each is 本年 − 上年,
    # 90 − 100 = −10, 150 − 200 = −50, 120 − 100 = 20 (all agree; inferred from the rows).
    text = (
        "单位:万元\n项目 | 上年 | 本年 | 变化 |\n办公费 | 100 | 90 | -10 |\n"
        "印刷费 | 200 | 150 | -50 |\n会议费 | 100 | 120 | 20 |"
    )
    assert rows(text) == [
        ("difference", "-10", "agrees", "10", "90 − 100", "a − b", False),
        ("difference", "-50", "agrees", "50", "150 − 200", "a − b", False),
        ("difference", "20", "agrees", "20", "120 − 100", "a − b", False),
    ]
    assert findings(text) == []


def test_a_rate_column_two_of_whose_four_rows_fit_a_formula_is_not_read() -> None:
    # (110 − 100) / 100 = 10% and (220 − 200) / 200 = 10% fit; 5% and 7% fit no pair
    # ((130 − 100) / 100 = 30%, (150 − 110) / 110 = 36.36%): two rows of four is less than the
    # 60% a formula inferred from the rows needs, so the column is not read at all.
    text = (
        "单位:万元\n项目 | 上年 | 本年 | 变动 |\n办公费 | 100 | 110 | 10% |\n"
        "印刷费 | 200 | 220 | 10% |\n会议费 | 100 | 130 | 5% |\n培训费 | 110 | 150 | 7% |"
    )
    assert rows(text) == []
    assert findings(text) == []


# --- a table of codes broken by a page ---------------------------------------------------------


def test_a_table_of_codes_broken_by_a_page_is_one_table_in_the_unit_of_its_first_part() -> None:
    # A PDF's text layer: eight rows, a page number, the header again, the last four rows (page
    # 2 opens with a new 类, 208, whose figures are printed bare: they are in the 万元 of the
    # unit note over page 1). By code, one level down: 合计 = 201 + 208: 300.50 + 210.00 =
    # 510.50, 200.20 + 180.00 = 380.20, 100.30 + 30.00 = 130.30 (only as one table: page 1
    # alone has no 208); 201 = 20101 + 20103: 180.50 + 120.00 = 300.50, 120.20 + 80.00 =
    # 200.20, 60.30 + 40.00 = 100.30; 20101: 120.20 + 60.30 = 180.50, 120.20 + 0.00, 0.00 +
    # 60.30; 20103: 80.00 + 40.00 = 120.00, 80.00 + 0.00, 0.00 + 40.00; 208 = 20805: 210.00,
    # 180.00 (its 30.00, 10 short of the 款's 40.00, is left to the 款); 20805: 150.00 + 60.00
    # = 210.00, 150.00 + 30.00 = 180.00, 0.00 + 30.00 = 30.00 for 40.00: the one error. Its
    # row 180.00 + 40.00 = 220.00 for 210.00: a warning (a row's sum is inferred).
    text = (
        "一般公共预算财政拨款支出决算表\n单位:万元\n科目编码 科目名称 合计 基本支出 项目支出\n"
        "合计 510.50 380.20 130.30\n201 一般公共服务支出 300.50 200.20 100.30\n"
        "20101 人大事务 180.50 120.20 60.30\n2010101 行政运行 120.20 120.20 0.00\n"
        "2010102 一般行政管理事务 60.30 0.00 60.30\n"
        "20103 政府办公厅(室)及相关机构事务 120.00 80.00 40.00\n"
        "2010301 行政运行 80.00 80.00 0.00\n2010350 事业运行 40.00 0.00 40.00\n- 1 -\n"
        "科目编码 科目名称 合计 基本支出 项目支出\n208 社会保障和就业支出 210.00 180.00 30.00\n"
        "20805 行政事业单位养老支出 210.00 180.00 40.00\n"
        "2080505 机关事业单位基本养老保险缴费支出 150.00 150.00 0.00\n"
        "2080506 机关事业单位职业年金缴费支出 60.00 30.00 30.00"
    )
    audit = audit_text(text)
    by_code = [
        (c.printed, c.status.value, c.computed)
        for c in audit.claims
        if c.claim.verdict.reading == "rows one level down"
    ]
    agree = [
        "510.50", "380.20", "130.30", "300.50", "200.20", "100.30", "180.50", "120.20", "60.30",
        "120.00", "80.00", "40.00", "210.00", "180.00", "210.00", "180.00",
    ]  # fmt: skip
    assert by_code == [*((p, "agrees", p) for p in agree), ("40.00", "disagrees", "30.00")]
    assert {printed_unit(c) for c in audit.claims} == {"万元"}
    assert [
        (f.code, f.severity.value, f.location.line, f.location.column, f.printed, f.computed)
        for f in audit.findings
    ] == [
        ("arithmetic.breakdown-sum", "warning", 15, 7, "210.00", "220.00"),
        ("arithmetic.code-hierarchy", "error", 15, 32, "40.00", "30.00"),
    ]


def test_a_header_line_over_lines_of_figures_names_their_columns_from_its_first_word() -> None:
    # The header "项 合计 基本支出 项目支出" has one word more than the rows have figures:
    # its last three name the columns. By code, 201 = 20101 + 20103: 120.20 + 80.00 = 200.20
    # (agrees); 70.30 + 40.00 = 110.30 for 100.30 (an error, in column 项目支出); its 合计
    # 300.50 (190.50 + 120.00 = 310.50) adds up along its row, 200.20 + 100.30, and that
    # verdict is kept for the cell. Along the rows: 120.20 + 70.30 = 190.50, 80.00 + 40.00 =
    # 120.00 (agree).
    text = (
        "单位:万元\n项 合计 基本支出 项目支出\n201 一般公共服务支出 300.50 200.20 100.30\n"
        "20101 人大事务 190.50 120.20 70.30\n20103 政府办公厅(室)及相关机构事务 120.00 80.00 40.00"
    )
    by_code = ("rows one level down", CODE_SUM_RELATION, True)
    along = ("parts", "sum of the parts", False)
    assert rows(text) == [
        ("sum", "300.50", "agrees", "300.50", *along),
        ("sum", "200.20", "agrees", "200.20", *by_code),
        ("sum", "100.30", "disagrees", "110.30", *by_code),
        ("sum", "190.50", "agrees", "190.50", *along),
        ("sum", "120.00", "agrees", "120.00", *along),
    ]
    assert findings(text) == [
        (
            "arithmetic.code-hierarchy",
            "error",
            3,
            28,
            "the 类 row [201]一般公共服务支出 (column 项目支出) is printed as 100.30, "
            "but its 款 rows add up to 110.30: [20101]人大事务 70.30 + "
            "[20103]政府办公厅(室)及相关机构事务 40.00",
            "类级科目[201]一般公共服务支出（项目支出栏）印为100.30，但其下款级科目之和为110.30："
            "[20101]人大事务70.30 + [20103]政府办公厅(室)及相关机构事务40.00",
        )
    ]


def test_rows_opening_with_empty_layout_cells_keep_their_labels() -> None:
    # "||办公费 | 100 | 110 |": the empty cells of layout before the label are dropped, so the
    # rows are 办公费 and 印刷费 under 合计: 100 + 200 = 300, 110 + 220 = 330 (both agree).
    text = (
        "单位:万元\n项目 | 上年 | 本年 |\n合计 | 300 | 330 |\n||办公费 | 100 | 110 |\n"
        "||印刷费 | 200 | 220 |"
    )
    assert rows(text) == [
        ("sum", "300", "agrees", "300", "parts", "sum of the parts", True),
        ("sum", "330", "agrees", "330", "parts", "sum of the parts", True),
    ]
    assert subjects(text) == [["办公费", "印刷费"], ["办公费", "印刷费"]]


def test_a_line_of_figures_without_a_label_under_a_table_is_no_total() -> None:
    # "300 330" under the rows is a row with no label: 100 + 200 = 300 and 110 + 220 = 330, but
    # nothing names it a total, so nothing is checked and no line is understood.
    text = "单位:万元\n项目 | 上年 | 本年 |\n办公费 | 100 | 110 |\n印刷费 | 200 | 220 |\n300 330"
    assert rows(text) == []
    assert not_understood(text) == (
        (3, 1, "办公费 | 100 | 110 |"),
        (4, 1, "印刷费 | 200 | 220 |"),
        (5, 1, "300 330"),
    )


# --- written for the seed-43 sample ------------------------------------------------------------


def test_a_share_of_a_part_found_by_name_is_of_the_total_of_its_series() -> None:
    # The 累计 parts' shares of the 累计 total 158.9 (the standard breakdown 收入 = 税收收入 +
    # 非税收入, same series): 137.4 / 158.9 = 86.469% → 86.5; 21.4 / 158.9 = 13.467% → 13.5
    # (both agree; the total is found by name: inferred). 137.4 is 税收收入, no total of 非税收入.
    text = (
        "地方一般公共预算收入当月完成13.1亿元;累计完成158.9亿元。地方税收收入当月完成11.1亿元;"
        "累计完成137.4亿元,占比86.5%。非税收入当月完成2.1亿元;累计完成21.4亿元,占比13.5%。"
    )
    share = ("of 158.9亿元", "amount / total × 100", False)
    assert rows(text)[2:] == [
        ("share", "86.5", "agrees", "86.5", *share),
        ("share", "13.5", "agrees", "13.5", *share),
    ]
    assert inputs(text)[2:] == [["137.4亿元", "158.9亿元"], ["21.4亿元", "158.9亿元"]]


def test_the_change_of_a_budget_named_elsewhere_is_of_the_budget_not_the_spending() -> None:
    # 21.8 = 0 + 11.8 + 10; 20.12 = 0 + 12.39 + 7.73; 21.8 − 20.12 = 1.68 (agree). 公务接待's
    # change is of the 2022 budget 11.8, not the 2021 spending 12.39: 0.58 / (11.8 + 0.58) =
    # 4.685% → 4.68 (agrees; found by name: inferred). 12.39 − 11.8 = 0.59 for 0.58: within
    # the rounding (11.81 would give it), a warning.
    text = (
        "2022年度“三公”经费预算总计21.8万元,其中:因公出国(境)经费0万元,公务接待11.8万元,"
        "公务用车运行费用10万元。\n2021年度“三公”经费合计支出20.12万元,其中:因公出国(境)"
        "经费0万元,公务接待12.39万元,公务用车运行费用7.73万元。\n2022年度“三公”经费预算较"
        "2021年度增加1.68万元,其中公务接待较上年同期减少0.58万元,减少4.68%。"
    )
    assert rows(text)[4] == (
        "change-rate",
        "4.68",
        "agrees",
        "4.68",
        "change of 11.8万元",
        "change / prior × 100",
        False,
    )
    assert inputs(text)[4] == ["0.58万元", "11.8万元"]
    assert [f[:4] for f in findings(text)] == [("arithmetic.change-amount", "warning", 3, 31)]


def test_a_balance_carried_in_with_no_spending_printed_is_no_balance_claim() -> None:
    # 上年滚存结余3.4 is money brought in, one item of the sum: 12.5 + 9.4 + 3.4 = 25.3
    # (agrees; 加上 and 收入总计: certain). No spending is printed, so no balance is read.
    text = "全区政府性基金收入12.5亿元,加上上级补助9.4亿元、上年滚存结余3.4亿元,收入总计25.3亿元。"
    assert rows(text) == [("sum", "25.3", "agrees", "25.3", "parts", "sum of the parts", True)]
    assert inputs(text) == [["12.5亿元", "9.4亿元", "3.4亿元"]]
    assert findings(text) == []


def test_a_change_after_a_bracketed_breakdown_is_the_change_of_the_figure_before_it() -> None:
    # 90 + 980 + 2066 = 3136; the changes 0 − 30 − 12 = −42; 3178 − 3136 = 42; 42 / 3178 =
    # 1.3216% → 1.32; 30 / (980 + 30) = 2.970% → 2.97; 1920 + 146 = 2066; 12 / (2066 + 12) =
    # 0.5775% → 0.58: all agree. The 12万元 after the bracket is 公务用车购置及运行费's change
    # (the figures inside the bracket are one level down), so that is its subject.
    text = (
        "2021年“三公”经费预算总额为3136万元,较2020年的3178万元减少42万元,下降1.32%。其中:"
        "因公出国(境)经费90万元,与上年持平;公务接待费980万元,减少30万元,下降2.97%;"
        "公务用车购置及运行维护费2066万元(其中:公务用车运行维护费1920万元,公务车购置经费"
        "146万元),减少12万元,下降0.58%。"
    )
    assert [row[:4] for row in rows(text)] == [
        ("sum", "3136", "agrees", "3136"),
        ("change-sum", "42", "agrees", "42"),
        ("difference", "42", "agrees", "42"),
        ("change-rate", "1.32", "agrees", "1.32"),
        ("change-rate", "2.97", "agrees", "2.97"),
        ("sum", "2066", "agrees", "2066"),
        ("change-rate", "0.58", "agrees", "0.58"),
    ]
    cars = "公务用车购置及运行费"
    assert subjects(text)[1] == ["因公出国费", "公务接待费", cars]
    # (the 三公 total before the 其中 sentence is tried as the figure changed too: its reading,
    # 12 / (3136 + 12), disagrees, and the part's agrees)
    assert subjects(text)[6] == [cars, cars, "三公费"]
    assert findings(text) == []


def test_utf8_with_two_stray_bytes_and_ascii_after_them_still_needs_32_bytes_of_multibyte() -> None:
    # 预良算, 0x82, 目项, 0x81, 目, then 21 ASCII bytes: 41 bytes, 29 characters in UTF-8 with
    # 2 bad bytes, so 41 − 29 = 12 bytes of multi-byte characters (the ASCII adds none), fewer
    # than 16 × 2 = 32: the bytes read whole as GB18030, as without the ASCII.
    data = (
        "预良算".encode() + b"\x82" + "目项".encode() + b"\x81" + "目".encode()
        + b" ABCDEFGHIJKLMNOPQRST"
    )  # fmt: skip
    decoded = decode(data)
    assert decoded.encoding == "gb18030"
    assert decoded.bad_bytes == ()
    assert decoded.text == data.decode("gb18030")
