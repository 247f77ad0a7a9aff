"""The eleventh round of fixes (issue 10): sentences of real pages read wrongly before, each
reduced to its form (the pages are in tests/corpus/unkeyed, web11-*)."""

from __future__ import annotations

from budgetperf.textaudit import audit_text
from budgetperf.textaudit.claims import (
    CLOSED_SHARES,
    CLOSED_SHARES_OF_SHARE,
    CONTRIBUTIONS_SUM,
    SANGONG_SHARES,
)


def _claims(text: str) -> list[tuple[str, str, str]]:
    return [(c.kind, c.printed, c.status.value) for c in audit_text(text).claims]


def _errors(text: str) -> list[str]:
    return [f.code for f in audit_text(text).findings if f.severity.value == "error"]


def test_a_figure_and_its_unit_parted_by_three_blank_lines_are_one_figure() -> None:
    # (黔南州中医医院 2016: "增加1186.67" and "万元" a blank line apart, printed double-spaced)
    text = "总收入40724.80万元,与去年同期相比增加1186.67\n\n\n\n万元,同比增长3%。"
    assert ("change-rate", "3", "agrees") in _claims(text)


def test_a_figure_and_a_unit_four_blank_lines_apart_are_not_joined() -> None:
    text = "总收入40724.80万元,与去年同期相比增加1186.67\n\n\n\n\n万元,同比增长3%。"
    assert ("change-rate", "3", "agrees") not in _claims(text)


def test_what_a_level_keeps_of_a_fund_is_money_in() -> None:
    # (迪庆 体育彩票公益金 2023): 1024.90 + 464.14 − 656.90 − 362.14 = 470.00
    text = (
        "2023年本级留用1,024.90万元,上年结余464.14万元,体育部门支出656.90万元,财政部门支出"
        "362.14万元,2023年末结余470.00万元。"
    )
    assert ("balance", "470.00", "agrees") in _claims(text)
    wrong = text.replace("470.00", "480.00")
    assert ("balance", "480.00", "disagrees") in _claims(wrong)


def test_a_balance_at_the_end_of_the_year_named_with_年度() -> None:
    text = (
        "2023年度本级留用1,024.90万元,上年结余464.14万元,体育部门支出656.90万元,财政部门支出"
        "362.14万元,2023年度末结余470.00万元。"
    )
    assert ("balance", "470.00", "agrees") in _claims(text)


def test_a_share_under_其中包括_is_read_as_under_其中() -> None:
    # (大同师范高等专科学校 2021): "占全部收入的78.58%" against the figure before the 其中
    text = (
        "学校2021年收入6821.09751万元,比上年增长23.01%。其中:财政拨款资金收入5359.668673万元,"
        "占全部收入的78.57%。"
    )
    plain = _claims(text)
    assert ("share", "78.57", "agrees") in plain
    assert _claims(text.replace("其中:", "其中包括:")) == plain


def test_a_share_further_from_其中_than_its_reach_is_not_read_so() -> None:
    # (past twelve characters and out of the clause 其中 opens)
    text = (
        "学校2021年收入6821.09751万元,比上年增长23.01%。其中:本年度,学校获得的财政拨款资金收入"
        "5359.668673万元,占全部收入的78.57%。"
    )
    assert ("share", "78.57", "agrees") not in _claims(text)


def test_a_share_in_the_clause_其中_opens_is_read_when_the_whole_names_it() -> None:
    text = (
        "学校2021年收入6821.09751万元,比上年增长23.01%。其中:本年度学校获得的财政拨款资金收入"
        "5359.668673万元,占全部收入的78.57%。"
    )
    assert ("share", "78.57", "agrees") in _claims(text)
    # (a whole whose words do not name the share's: no reading)
    assert ("share", "78.57", "agrees") not in _claims(text.replace("年收入", "年经费"))


def test_a_slipped_share_that_agrees_as_meant_is_no_error() -> None:
    text = "学校支出6821.09751万元,其中:基本支出2754.869651元,占比40.39%。"
    assert _errors(text) == []
    codes = [f.code for f in audit_text(text).findings]
    assert codes == ["units.slipped-unit"]


def test_the_shares_sum_relations_are_distinct_and_have_their_own_messages() -> None:
    relations = {CLOSED_SHARES, CLOSED_SHARES_OF_SHARE, CONTRIBUTIONS_SUM, SANGONG_SHARES}
    assert len(relations) == 4
    contributions = audit_text("三次产业对经济增长的贡献率分别为4.5%、53.9%和42.6%。")
    (finding,) = contributions.findings
    assert "三次产业贡献率合计为101.0%" in finding.message_zh
    closed = audit_text(
        "在缴存单位中,国家机关和事业单位占21.86%,国有企业占10.79%,城镇集体企业占7.35%,其他占"
        "61.00%。"
    )
    (finding,) = closed.findings
    assert "以“其他”收尾的各项占比合计为101.00%" in finding.message_zh


def test_a_rate_over_a_prior_printed_in_元_states_the_difference_it_divides() -> None:
    # (found reading seed 33's survivors): the message printed "8.9万元 ÷ 12.35万元 = 27.9352%",
    # which is (12.35 − 8.9) ÷ 12.35
    findings = audit_text("三公经费支出8.9万元,比上年的12.35元减少28.2%。").findings
    (finding,) = [f for f in findings if f.code == "arithmetic.change-rate"]
    assert "(12.35万元 − 8.9万元)÷12.35万元=27.9352%" in finding.message_zh
    assert "(12.35万元 − 8.9万元) / 12.35万元 = 27.9352%" in finding.message_en


def test_a_rate_over_a_prior_printed_in_元_is_told_as_meant_when_neither_reading_agrees() -> None:
    # (15.9 − 12.35) ÷ 12.35 = 28.74%, not 28.2; as printed the rate would be 1287349%
    findings = audit_text("三公经费支出15.9万元,比上年的12.35元增加28.2%。").findings
    (finding,) = [f for f in findings if f.code == "arithmetic.change-rate"]
    assert "(15.9万元 − 12.35万元)÷12.35万元=28.7449%" in finding.message_zh
    assert finding.computed == "28.7"


def test_a_change_named_verb_first_has_the_verbs_direction() -> None:
    from budgetperf.textaudit import claims

    assert [
        claims._verb_first_sign(label)
        for label in ("预计减少财力", "调减支出", "调增收入", "增加收入", "减收税款")
    ] == [-1, -1, 1, 1, -1]
    # a value added (增加值) and a verb with nothing after it name no change verb first
    assert claims._verb_first_sign("第二产业增加值") == 0
    assert claims._verb_first_sign("较上年减少") == 0
