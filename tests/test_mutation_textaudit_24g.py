"""The twenty-fourth round of tests that kill the text audit's mutants (issue 10), part g.

Written for survivors of the mutation run at d4db2f0 (scripts/mutation_score.py textaudit): a
year's figure after one whose label names its year far back (over _YEAR_REACH characters) is
still the year before's (facts._classify, mutant 897); a line of words above a line that opens
with spaces and an amount is that amount's caption (normalise._soft_breaks, mutant 71); a text
with too few Chinese characters to judge has all of them in common use, a share of 1
(read._common_share, mutant 6); and two runs of rows on one line parted by words are both read
(tables._run_together, mutant 13). Each expected value is worked out by hand.

Equivalent survivors, not tested: read._common_share mutant 15 ("GB2312" for "gb2312": Python
looks codecs up by a case-folded name, the same codec) and tables._row_runs mutant 3 (None for
False as the first ``cut``: a run of two lines or more has had ``cut`` set to a bool before it
is output, ``None or x`` being ``x``).
"""

from __future__ import annotations

from budgetperf.textaudit import audit_text, read, tables
from budgetperf.textaudit.facts import Role, read_facts
from budgetperf.textaudit.normalise import normalise

# --- facts._classify: the year named in the label of the figure before ------------------------


def test_a_year_s_figure_after_one_whose_year_is_far_back_in_its_label_is_the_prior() -> None:
    # 2016年 opens a label of some 170 characters (its list parted by 、 only): more than the
    # 120 looked back from 2015年合计, so the year is read from that label itself. 2015 is the
    # year before 2016: 198.4 is the prior of 185.6, and 198.4 − 185.6 = 12.8, as printed
    text = (
        "2016年本单位一般公共预算财政拨款安排的日常公用经费用于办公费、印刷费、咨询费、手续费、"
        "水费、电费、邮电费、物业管理费、差旅费、因公出国(境)费用、维修(护)费、租赁费、会议费、"
        "培训费、公务接待费、专用材料费、劳务费、委托业务费、工会经费、福利费、公务用车运行维护费、"
        "其他交通费用、税金及附加费用和其他商品和服务支出等各项日常运转支出合计185.6万元,"
        "2015年合计198.4万元,对比减少12.8万元。"
    )
    assert text.index("185.6") - text.index("2016年") > 120
    assert [(f.q.text, f.role) for f in read_facts(text).facts] == [
        ("185.6万元", Role.VALUE),
        ("198.4万元", Role.PRIOR),
        ("12.8万元", Role.CHANGE),
    ]
    report = audit_text(text)
    assert [(c.claim.kind, c.status.value, str(c.computed)) for c in report.claims] == [
        ("difference", "agrees", "12.8")
    ]
    assert report.findings == ()


# --- normalise._soft_breaks: a figure's line indented with spaces ----------------------------


def test_a_caption_above_an_indented_amount_is_joined_to_it() -> None:
    # the amount's line opens with two spaces (a card of figures): the caption line of words
    # alone (15 characters, too short to be a wrapped sentence) still names it
    text = "上半年全省地方一般公共预算支出\n  949.49亿元 同比增长12.9%"
    assert normalise(text).text == "上半年全省地方一般公共预算支出949.49亿元同比增长12.9%"


def test_an_indented_amount_takes_its_subject_from_the_caption_above() -> None:
    text = "全市一般公共预算收入\n    1,256.80亿元\n同比增长6.5%。"
    assert normalise(text).text == "全市一般公共预算收入1,256.80亿元\n同比增长6.5%。"
    # the amount is the caption's; the rate on its own line has no subject of its own
    assert [(f.q.text, f.role, f.subject) for f in read_facts(text).facts] == [
        ("1,256.80亿元", Role.VALUE, "全市一般公共预算收入"),
        ("6.5%", Role.RATE, ""),
    ]


# --- read._common_share: too few characters to judge ------------------------------------------


def test_too_few_chinese_characters_are_all_judged_in_common_use() -> None:
    # 厍 is GB2312's level 2 (lead byte 0xD8) and no Big5 character: rare. Nineteen of them are
    # too few to judge: the share is 1, every character in common use
    assert read._common_share("厍" * 19) == 1.0
    # twenty are judged: 10 rare and 10 common (预 0xD4, 算 0xCB, 支 0xD6, 出 0xB3 in GB2312's
    # level 1) are a share of 10 / 20 = 0.5
    assert read._common_share("厍" * 10 + "预算支出预算支出预算") == 0.5


# --- tables._run_together: two runs on one line ------------------------------------------------


def test_two_runs_of_rows_on_one_line_parted_by_words_are_both_read() -> None:
    # a note (注:以上为税收收入。) parts the three rows of taxes from the three of other income;
    # offsets from 100: each row's length plus its space (28, 25), then the note's 12 characters
    line = (
        "税收收入小计 27,631 33,385 33,385 增值税 13,950 18,835 17,585 个人所得税 615 650 650"
        " 注:以上为税收收入。 非税收入小计 9,876 10,000 10,120 专项收入 3,210 3,300 3,350"
        " 行政事业性收费收入 1,505 1,600 1,580"
    )
    assert tables._run_together(100, line) == [
        [
            (100, "税收收入小计 27,631 33,385 33,385"),
            (128, "增值税 13,950 18,835 17,585"),
            (153, "个人所得税 615 650 650"),
        ],
        [
            (182, "非税收入小计 9,876 10,000 10,120"),
            (209, "专项收入 3,210 3,300 3,350"),
            (232, "行政事业性收费收入 1,505 1,600 1,580"),
        ],
    ]
