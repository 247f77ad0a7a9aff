"""The twenty-fourth round of tests that kill the text audit's mutants (issue 10, Deliver 7),
part a.

Written for survivors of the mutation run at d4db2f0 (scripts/mutation_score.py textaudit): a
closed list of shares off within their rounding says so (audit._messages, mutant 39); a ratio
printed in 倍 is named a multiple (mutant 417); a bare name in a structure sentence is still
checked after a finding of the path that is not a near miss (checks._check_path, mutant 34); a
quantity's name read with its quotation marks dropped, not replaced (checks._same_quantity,
mutant 21); and a bracket between a change and its rate is passed only when it opens right after
the change (claims._adjacent_past_bracket, mutant 10) and holds no bracket opened inside it
(mutant 20). Each expected value is worked out by hand.

_adjacent_past_bracket's mutant 20 is reached only by a direct call: through audit_text a rate
after a bracket with another opened inside it is one bracket deeper than its change, and
_paired_amount pairs a change only with a rate at its own depth.
"""

from __future__ import annotations

import pytest

from budgetperf.classification import (
    Catalogue,
    Scheme,
    Subject,
    SubjectStatus,
    level_of,
    parent_code,
)
from budgetperf.textaudit import audit_text, claims
from budgetperf.textaudit.facts import read_facts

# --- audit._messages: the words of a message ----------------------------------------------------


def test_a_closed_list_off_within_its_rounding_says_so_in_the_message() -> None:
    # 10.1 + 20.0 + 70.0 = 100.1, not 100; each of the three shares may be 0.05 off, so 0.1 is
    # within 3 × 0.05 = 0.15: a warning that names the rounding
    report = audit_text("在缴存单位中,国家机关占10.1%,国有企业占20.0%,其他占70.0%。")
    assert [(c.claim.kind, c.status.value, str(c.computed)) for c in report.claims] == [
        ("shares-sum", "rounding", "100.1")
    ]
    assert [(f.code, f.severity.value, f.message_en, f.message_zh) for f in report.findings] == [
        (
            "arithmetic.shares-sum",
            "warning",
            "the shares of the list closed by 其他 add up to 100.1%, not 100%; this is within the"
            " rounding of the printed shares",
            "以“其他”收尾的各项占比合计为100.1%，不是100%；在所列占比的舍入范围内",
        )
    ]


def test_a_ratio_printed_in_倍_is_named_a_multiple() -> None:
    # 600 / 218.8 = 2.74223…, 2.7422 to four places, 2.7 to the one printed: not 2.6
    report = audit_text("“十一五”期间收入600亿元,是“十五”期间218.8亿元的2.6倍。")
    assert [(f.code, f.severity.value, f.message_en, f.message_zh) for f in report.findings] == [
        (
            "arithmetic.ratio",
            "error",
            "the multiple is printed as 2.6倍, but current / base (倍) from 600亿元, 218.8亿元 ="
            " 2.7422, which rounds to 2.7倍",
            "倍数印为2.6倍，但按600亿元、218.8亿元计算为2.7422，四舍五入为2.7倍",
        )
    ]


# --- checks._check_path: a near miss after a finding that is none -------------------------------


def _subject(code: str, name: str) -> Subject:
    return Subject(
        code=code,
        name=name,
        level=level_of(code),
        parent=parent_code(code),
        scheme=Scheme.FUNCTIONAL,
        edition="unknown",
        source="test",
        status=SubjectStatus.USER,
        catalogue="t",
    )


def test_a_near_miss_after_another_finding_of_a_bare_name_is_reported() -> None:
    # "甲(款)社会事务支出", read as a path with "(类)" after it, has two segments: 甲 (款) is no
    # name and is near none (a finding that is no near miss, passed over), then 社会事务支出 (类)
    # is near the one 类 甲(室)社会事务支出, which differs from the printed name in one character
    # (室 for 款): that near miss is still reported
    near = _subject("201", "甲(室)社会事务支出")
    catalogue = Catalogue([near], name="t", scheme=Scheme.FUNCTIONAL)
    text = "2023年度支出846.77万元,主要用于以下方面:甲(款)社会事务支出21.94万元。"
    report = audit_text(text, catalogue=catalogue)
    assert [(f.code, f.severity.value, f.message_en) for f in report.findings] == [
        (
            "classification.unknown-name",
            "error",
            "no 类 subject named '社会事务支出' in catalogue t;"
            " did you mean 201 甲(室)社会事务支出?",
        )
    ]
    # the name printed right: no finding
    right = text.replace("甲(款)", "甲(室)")
    assert audit_text(right, catalogue=catalogue).findings == ()


# --- checks._same_quantity: a quotation mark inside a quantity's name ---------------------------


@pytest.mark.parametrize(
    ("text", "en"),
    [
        # “决算数” quoted after the name: still 三公经费, 13.2 against 12.5
        (
            "本单位“三公”经费12.5万元。全年“三公”经费“决算数”为13.2万元。",
            "三公经费 is stated as 13.2万元 here and as 12.5万元 on line 1",
        ),
        # a quotation opened inside the name: still 公务用车购置及运行维护费, 25 against 20
        (
            "本单位公务用车购置及运行维护费20万元。全年公务用车购置及“运行维护费”25万元。",
            "公务用车购置及运行维护费 is stated as 25万元 here and as 20万元 on line 1",
        ),
        # still 日常公用经费 (not 公用经费, another quantity): 13.2 against 12.5
        (
            "本单位日常公用经费12.5万元。全年日常“公用经费”13.2万元。",
            "日常公用经费 is stated as 13.2万元 here and as 12.5万元 on line 1",
        ),
    ],
)
def test_a_quantity_named_with_quotation_marks_inside_is_the_same_quantity(
    text: str, en: str
) -> None:
    report = audit_text(text)
    assert [(f.code, f.severity.value, f.message_en) for f in report.findings] == [
        ("consistency.same-quantity", "warning", en)
    ]


# --- claims._adjacent_past_bracket: the bracket between a change and its rate -------------------

_REMARKED = "一般公共预算支出完成5000万元,比上年增加500万元(主要是教育支出增加),增长11.1%。"


def test_a_remark_in_brackets_right_after_a_change_leaves_it_its_rate() -> None:
    # 500 / (5000 − 500) = 11.11%: the change and its rate past the remark
    report = audit_text(_REMARKED)
    assert [(c.claim.kind, c.status.value, str(c.computed)) for c in report.claims] == [
        ("change-rate", "agrees", "11.1")
    ]
    doc = read_facts(_REMARKED)
    assert [f.q.text for f in doc.facts] == ["5000万元", "500万元", "11.1%"]
    assert claims._adjacent_past_bracket(doc, doc.facts[1], doc.facts[2])


def test_a_bracket_after_a_letter_does_not_open_right_after_the_change() -> None:
    # "500万元X(…)": an X stands between the change and the bracket, so the rate is not read as
    # the change's
    text = _REMARKED.replace("万元(", "万元X(")
    assert audit_text(text).claims == ()
    doc = read_facts(text)
    assert [f.q.text for f in doc.facts] == ["5000万元", "500万元", "11.1%"]
    assert not claims._adjacent_past_bracket(doc, doc.facts[1], doc.facts[2])


def test_a_bracket_with_another_opened_inside_is_not_passed() -> None:
    # "(主要是(教育支出增加),": the ")" closes the inner bracket, the outer one stays open
    doc = read_facts(_REMARKED.replace("主要是", "主要是("))
    assert [f.q.text for f in doc.facts] == ["5000万元", "500万元", "11.1%"]
    assert not claims._adjacent_past_bracket(doc, doc.facts[1], doc.facts[2])
