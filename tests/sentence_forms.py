"""The sentence forms the report-text audit reads: each form's examples are its tests and its
documentation (the Duckling model: a rule is only as good as the corpus that exercises it).

Plain data, no test framework: ``tests/test_sentence_forms.py`` runs
:func:`budgetperf.textaudit.audit_text` on every example and asserts exactly the claims and
findings listed here; ``scripts/build_sentence_catalogue.py`` renders ``docs/textaudit/forms.md``
from the same list, with what the audit actually reads.

Every expectation is what a careful reader computes by hand, not what the code printed: the
arithmetic is in the comment beside each example (exact, then rounded half up to the decimals
printed). A claim is written ``(kind, printed figure, status)``:

* ``kind`` — :attr:`budgetperf.textaudit.AuditedClaim.kind` (``sum``, ``share``, …);
* ``printed figure`` — the checked figure's number as printed, without sign or unit
  (:attr:`~budgetperf.textaudit.AuditedClaim.printed`);
* ``status`` — ``agrees``; ``rounding`` (it does not agree, but values inside the rounding
  intervals of the printed inputs give the printed figure); ``disagrees`` (nothing inside those
  intervals does); ``undefined`` (the base is zero).

A finding is ``(code, severity)``; an example with no ``findings`` expects none at all.

An example the audit does not read the way a careful reader would is kept with ``xfail=True``
and the ``reason``: it is a known gap of the audit, not a wrong expectation.
"""

from __future__ import annotations

from dataclasses import dataclass

ClaimRow = tuple[str, str, str]
FindingRow = tuple[str, str]


@dataclass(frozen=True)
class Example:
    """One text and everything a careful reader checks in it."""

    text: str
    claims: tuple[ClaimRow, ...]
    findings: tuple[FindingRow, ...] = ()
    xfail: bool = False
    reason: str = ""


@dataclass(frozen=True)
class Form:
    """A sentence form: its name, what it says (English and Chinese), the parts of the audit
    that read it (functions of ``budgetperf.textaudit``), and its examples."""

    name: str
    en: str
    zh: str
    reads: tuple[str, ...]
    examples: tuple[Example, ...]


FORMS: list[Form] = [
    # ------------------------------------------------------------------------------------------
    # Changes
    Form(
        "change with rate",
        "A figure, its change on the year before and the change rate, in one sentence. The prior"
        " year is the figure minus the signed change. A rate said to be about (增长约, 年增約) is"
        " read, as an estimate (a disagreement is a warning). One remark without a figure may"
        " stand between the rate and a change named by its verb alone (“增长10.1%,增幅位列全省"
        "第一,增收6.29亿元”), or by its verb after the comparison said again (“较上年增长5.4亿元”)."
        " A verb after the comparison and before a short name (“比上年同期"
        "增加采购3129.12万元”) makes a change, not the year before's figure. A rate computed from"
        " a bound (“突破了200亿元”) is checked only as a warning.",
        "本年数、比上年增减额和增减率在同一句中；上年数为本年数减去增减额。增减率与只写动词的增减额"
        "之间可以隔一句不含数字的评语（“增长10.1%，增幅位列全省第一，增收6.29亿元”；增减额重述比较对象"
        "亦可：“较上年增长5.4亿元”）。依据的数为界限（“突破了200亿元”）时，只作警告。",
        (
            "claims._changes",
            "verdicts.change_rate",
            "claims._slipped_rate",
            "claims._implausible_prior",
            "claims._remark_between",
            "claims._COMPARED_AGAIN",
            "claims._marked",
            "claims._BOUND_BEFORE",
            "facts._CHANGE_CUE",
            "facts._COMPARED_VERB",
            "facts._COMPARED_VERB_FIRST",
            "facts._HEADING_RUN_IN",
            "facts._PLAN_COMPARED",
            "facts._VERB_THEN_NAME",
            "vocabulary.COMPARED_VERBS",
            "vocabulary.OBJECT_CHANGE_VERBS",
        ),
        (
            Example(
                # a bound (突破了200亿元) is no level to check a rate on: only a warning (福彩
                # 2006, a news item: 40 / 160 = 25% against the printed 20%, an error before)
                "今年的电脑福利彩票全国销售总额已经突破了200亿元,比2005年同期增长了40多亿元,增幅达到"
                "20%。",
                (("change-rate", "20", "disagrees"),),
                (("arithmetic.change-rate", "warning"),),
            ),
            Example(
                # the year before's figure after 与 and a long name, 相比 right after it (新疆
                # 2019 三公, a news item): 27389.54 − 21372.02 = 6017.52; 6017.52 / 27389.54 =
                # 21.970% -> 21.97 (read against 27389.54 + 6017.52, an error before)
                "2019年,“三公”经费总额为21372.02万元,与2018年一般公共预算“三公”经费总额27389.54万元"
                "相比,减少6017.52万元,下降21.97%。",
                (("difference", "6017.52", "agrees"), ("change-rate", "21.97", "agrees")),
            ),
            Example(
                # a change since the year's start printed after a rate of the year before (滁州
                # 2023 上半年, bbs.0550.com): 451.7 / (4503.5 − 451.7) = 11.15% is no reading of
                # 12.1% (an error before)
                "6月末,全市金融机构本外币存款余额4503.5亿元,增长12.1%,存款余额比年初增加451.7亿元。",
                (),
            ),
            Example(
                # the rate after the change since the year's start is of it: 451.7 / 4051.8 =
                # 11.148% -> 11.1
                "6月末,全市金融机构本外币存款余额4503.5亿元,比年初增加451.7亿元,增长11.1%。",
                (("change-rate", "11.1", "agrees"),),
            ),
            Example(
                # 降幅达到 names the rate (福建 2016 三公, its figures changed): 0.88 / (1.39 +
                # 0.88) = 38.77%, printed 38.7: within the rounding of 0.88
                "三公经费支出1.39亿元,比上年减少支出0.88亿元,降幅达到38.7%。",
                (("change-rate", "38.7", "rounding"),),
                (("arithmetic.change-rate", "warning"),),
            ),
            Example(
                # 赣江新区 2024: 5.4 / (86.5 − 5.4) = 6.658% -> 6.7, the remark between and the
                # comparison said again (nothing was claimed)
                "2024年,赣江新区一般公共预算收入完成86.5亿元,同比增长6.7%,增幅高于全省各设区市,较上年"
                "增长5.4亿元。",
                (("change-rate", "6.7", "agrees"),),
            ),
            Example(
                # the verb before what grew, after the comparison (刚察县 2018 政府采购): a
                # change of 3129.12 on 21323.66 − 3129.12 = 18194.54: 17.198% -> 17.2 (it was
                # read as the year before's figure: 581.5, an error)
                "实际完成采购金额21323.66万元,采购比上年同期增加采购3129.12万元,增长17.2%。",
                (("change-rate", "17.2", "agrees"),),
            ),
            Example(
                # a heading run into its first sentence ("1.总体情况2019年度收入总计") is no part
                # of the figure's name: the change of the sentence after is that figure's, not
                # the later 收入合计's (cq-wushan-fayuan-2019-bmjs, heldout10):
                # 680.23 / (4320.52 − 680.23) = 18.686% -> 18.69
                "1.总体情况2019年度收入总计4,320.52万元,支出总计4,320.52万元。收支较上年决算数增加"
                "680.23万元、增长18.69%。\n2.收入决算情况。2019年度收入合计4,309.50万元。",
                (("change-rate", "18.69", "agrees"),),
            ),
            Example(
                # 加 for 增加 after a comparison: 23.47 / (251.82 - 23.47) = 10.2781% -> 10.28
                # (fj-putian-meizhoudao-2024-sgys, heldout28, prints 10.27: a WRONG claim)
                "本级“三公”经费预算数为251.82万元,比上年预算数加23.47万元,与上年预算数相比增长"
                "10.28%。",
                (("change-rate", "10.28", "agrees"),),
            ),
            Example(
                # prior = 628.95 + 393.37 = 1022.32; 393.37 / 1022.32 = 38.4782% -> 38.48
                "2023年度一般公共预算财政拨款支出628.95万元,与上年相比减少393.37万元,"
                "下降38.48%,主要是基本建设项目完工。",
                (("change-rate", "38.48", "agrees"),),
            ),
            Example(
                # a remark between the rate and its change: 6.29 / (68.76 − 6.29) = 10.069% -> 10.1
                # (gz-qiandongnan-czj-2021-jsbg, heldout29)
                "全州一般公共预算收入68.76亿元,同比增长10.1%,增幅位列全省第一,增收6.29亿元。",
                (("change-rate", "10.1", "agrees"),),
            ),
            Example(
                # the same with 6.92: 6.92 / 61.84 = 11.19%, not 10.1
                "全州一般公共预算收入68.76亿元,同比增长10.1%,增幅位列全省第一,增收6.92亿元。",
                (("change-rate", "10.1", "disagrees"),),
                (("arithmetic.change-rate", "error"),),
            ),
            Example(
                # a clause that explains, then a change the other way: not the rate's amount
                "收入68.76亿元,同比增长10.1%,主要是税收增加,减收6.29亿元。",
                (),
            ),
            Example(
                # 压减 (cut) is a decrease: prior = 98.00 + 2.00 = 100.00; 2.00 / 100.00 = 2.00%
                "2023年公务用车购置及运行费98.00万元,较上年压减2.00万元,下降2.00%。",
                (("change-rate", "2.00", "agrees"),),
            ),
            Example(
                # a rate said to be about (年增約): 57.2 / (2042.22 − 57.2) = 2.8816% -> 2.88
                # (tw-kaohsiung-shifu-115-ys-tw, heldout20)
                "歲出總額達2042.22億元,較去年度增加57.2億元,年增約2.88%。",
                (("change-rate", "2.88", "agrees"),),
            ),
            Example(
                # the same misprinted: 2.8816% -> 2.88, not 2.98 (an estimate: a warning)
                "歲出總額達2042.22億元,較去年度增加57.2億元,年增約2.98%。",
                (("change-rate", "2.98", "disagrees"),),
                (("arithmetic.change-rate", "warning"),),
            ),
            Example(
                # 38.4782% -> 38.48, not 38.50; over the inputs' intervals the rate stays in
                # [38.4777, 38.4787], outside [38.495, 38.505)
                "2023年度一般公共预算财政拨款支出628.95万元,与上年相比减少393.37万元,下降38.50%。",
                (("change-rate", "38.50", "disagrees"),),
                (("arithmetic.change-rate", "error"),),
            ),
            Example(
                # 经比较 is a verb, not a comparison: 41 is this year's figure;
                # 19 / (41 + 19) = 31.667% -> 31.67
                "经比较2023年度“三公”经费41万元,较上年减少19万元,下降31.67%。",
                (("change-rate", "31.67", "agrees"),),
            ),
            Example(
                # prior = 1085.6 - 96.4 = 989.2; 96.4 / 989.2 = 9.7452% -> 9.7, printed 9.8;
                # at the edges 96.45 / (1085.55 - 96.45) = 9.7513% reaches [9.75, 9.85)
                "本年收入合计1085.6万元,比上年增加96.4万元,增长9.8%。",
                (("change-rate", "9.8", "rounding"),),
                (("arithmetic.change-rate", "warning"),),
            ),
            Example(
                # 降 is a decrease: prior = 1105 + 56 = 1161; 56 / 1161 = 4.8234% -> 4.8
                "去年财政收益达1,105亿元,较2015年减少56亿元,即同比降4.8%。",
                (("change-rate", "4.8", "agrees"),),
            ),
            Example(
                # the figure in parentheses is the name's: prior = 826 - 1.9 = 824.1;
                # 1.9 / 824.1 = 0.2306% -> 0.2, not 2.3
                "2016年录得的开支(826亿元)增加了1.9亿元,即同比增2.3%。",
                (("change-rate", "2.3", "disagrees"),),
                (("arithmetic.change-rate", "error"),),
            ),
            Example(
                # a rate printed negative after 增长 is a fall, the way 减收 goes: 48.9 / (427.6 +
                # 48.9) = 10.26% -> -10.3 (xj-xinjiang-czt-2020-1h-yszx, heldout9)
                "税收收入427.6亿元,同比减收48.9亿元,增长-10.3%。",
                (("change-rate", "-10.3", "agrees"),),
            ),
            Example(
                # 较年初预算 prints the budget compared with: 40860 - 35215 = 5645 (短收, a fall)
                # (nm-xingan-tuquan-xzf-2021-jsbg, heldout9)
                "2021年度公共预算收入35215万元,较年初预算40860万元,短收5645万元。",
                (("difference", "5645", "agrees"),),
            ),
            Example(
                # a target compared with, the change named verb first: 1.85 - 0.59 = 1.26 (增加
                # 盈余); a loss below its target: 68.46 - 65.04 = 3.42 (减少亏损)
                # (tw-guoyinghui-96-1-3yue-yk-tw, heldout35)
                "台湾糖业公司税前盈余1.85亿元,较分配预算盈余目标0.59亿元,增加盈余1.26亿元。"
                "台湾电力公司税前亏损65.04亿元,较分配预算亏损目标68.46亿元减少亏损3.42亿元。",
                (("difference", "1.26", "agrees"), ("difference", "3.42", "agrees")),
            ),
            Example(
                # a plan compared with: 3.5 - 3.0 = 0.5, printed 0.7 (no rounding of 3.5 and 3.0
                # to their tenths reaches it: at most 3.55 - 2.95 = 0.6)
                "全县税收收入3.5亿元,较年初计划3.0亿元增加0.7亿元。",
                (("difference", "0.7", "disagrees"),),
                (("arithmetic.change-amount", "error"),),
            ),
            Example(
                # a new level after 增加到 is no change: 17916.00 to 21360.17 is 19.224% -> 19.22
                # (sd-yantai-jiaoyuju-2022-jyjf, heldout36)
                "普通高等学校由上年的17916.00元增加到21360.17元,增长19.22%。",
                (("change-rate", "19.22", "agrees"),),
            ),
            Example(
                # a change in 元 beside its figure in 万元 is also read in 万元 (a unit slip,
                # noted as such): 14484 / (255325 - 14484) = 6.01%; 7.01 fits neither reading
                # (fj-sanming-czj-2018-1h-yszx, heldout10)
                "一般公共预算支出完成255,325万元,比上年同期增支14,484元,增长6.01%。\n一般公共预算"
                "支出完成255,325万元,比上年同期增支14,484元,增长7.01%。",
                (("change-rate", "6.01", "agrees"), ("change-rate", "7.01", "disagrees")),
                (
                    # the slip the rate agrees with is a warning of its own (and is no longer
                    # read as 1.4484万元); the one no reading explains stays a sum in 元
                    ("units.slipped-unit", "warning"),
                    ("units.yuan-in-wanyuan", "info"),
                    ("arithmetic.change-rate", "error"),
                ),
            ),
            Example(
                # the figure in 元 beside its change in 万元, the same slip the other way
                # (unkeyed, 天水市妇幼保健院 2017): 973.77 / (29.36 + 973.77) = 97.07%
                "项目支出29.36元,较2016年度决算数减少973.77万元,下降97.07%。",
                (("change-rate", "97.07", "agrees"),),
                (("units.slipped-unit", "warning"),),
            ),
            Example(
                # "与X万元相比": X is what is compared with; a printed prior a hundred times off the
                # figure and its change (a year run into it: "2019498.83") is no reading, the
                # prior the change implies is: 74.12 / (424.71 + 74.12) = 14.86%
                # (sc-suining-daying-qikou-xiaoxue-2020-bmjs, heldout11)
                "2020年度收、支总计424.71万元。与2019498.83万元相比,收、支总计各减少74.12万元,"
                "减少14.86%。\n2020年度收、支总计424.71万元。与2019年的498.83万元相比,收、支总计"
                "各减少74.12万元,减少14.86%。",
                (
                    ("change-rate", "14.86", "agrees"),
                    ("difference", "74.12", "agrees"),
                    ("change-rate", "14.86", "agrees"),
                ),
            ),
        ),
    ),
    Form(
        "a change after the parts of a list",
        "“项目支出12.00万元,其中:↵培训项目4.00万元。↵维修项目8.00万元。↵比上年增加2.00万元,增长"
        "20.00%”: a change that opens a sentence after the items of a list opened at the end of a"
        " sentence is the list's total's, not the last item's.",
        "“项目支出12.00万元，其中：↵培训项目4.00万元。↵维修项目8.00万元。↵比上年增加2.00万元，增长"
        "20.00%”：列表各项之后以比较开头的增减，属于列表的合计数，而非最后一项。",
        ("claims._currents", "claims._list_total_before"),
        (
            Example(
                # 4.00 + 8.00 = 12.00; prior = 12.00 - 2.00 = 10.00, 2.00 / 10.00 = 20.00%
                # (against the last item, 8.00: 2.00 / 6.00 = 33.33%)
                "我单位2023年度项目支出12.00万元,其中:\n培训项目4.00万元。\n维修项目8.00万元。\n"
                "比上年增加2.00万元,增长20.00%,主要是培训增加。",
                (("sum", "12.00", "agrees"), ("change-rate", "20.00", "agrees")),
            ),
            Example(
                # 2.00 / 10.00 = 20.00%, printed 25.00 (the inputs' rounding moves it by 0.01)
                "我单位2023年度项目支出12.00万元,其中:\n培训项目4.00万元。\n维修项目8.00万元。\n"
                "比上年增加2.00万元,增长25.00%,主要是培训增加。",
                (("sum", "12.00", "agrees"), ("change-rate", "25.00", "disagrees")),
                (("arithmetic.change-rate", "error"),),
            ),
            Example(
                # on the line of an item, the comparison is the item's: 24.1522 / (364.6552 +
                # 24.1522) = 6.2119% (against the 收入总计: 5.0112%); 33.1608 / (93.1608 -
                # 33.1608) = 55.268% (gs-tianshui-zhangjiachuan-maguan-wsy-2021-bmjs, heldout8)
                "2021年度,收入总计为457.8161万元,其中:\n1.财政拨款收入364.6552万元,为财政拨款资金。"
                "较上年度决算数减少24.1522万元,下降6.2119%。\n2.事业收入93.1608万元,为事业收入。"
                "较上年度决算数增加33.1608万元,增长55.268%。",
                (
                    ("sum", "457.8161", "rounding"),
                    ("change-rate", "6.2119", "agrees"),
                    ("change-rate", "55.268", "agrees"),
                ),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
            Example(
                # a change that names its figure (收入) but no phase, in a budget: the budget's
                # 收入, 7018.511 (the part printed 0 is not what changed): 2042.519 / (7018.511 -
                # 2042.519) = 41.05%, printed 30.14 (a warning: found by name)
                # (hn-yongzhou-qiyang-wuxi-jiaoyu-2024-bmys, heldout8)
                "2024年本部门收入预算7018.511万元,其中,一般公共预算财政拨款收入7018.511万元,政府性"
                "基金预算财政拨款收入0万元。收入较上年增加2042.519万元,增加30.14%。",
                (("sum", "7018.511", "agrees"), ("change-rate", "30.14", "disagrees")),
                (("arithmetic.change-rate", "warning"),),
            ),
        ),
    ),
    Form(
        "figures grouped by 萬 and rates named 比率",
        "“歲入預算數1089,0827,000元,較上年度預算數1172,1955,000元,減少83,1128,000元,減少比率為"
        "7.09%”: groups of four digits and a last group of three before a unit of money are one"
        " figure (10,890,827,000元); 减少比率/增加比例 name a rate; a group of a broken number"
        " (“1271162,000元”) is no figure.",
        "“歲入預算數1089,0827,000元，較上年度預算數1172,1955,000元，減少83,1128,000元，減少比率為"
        "7.09%”：四位一组、末组三位并紧跟货币单位的数为一个数；“减少比率”“增加比例”为增减率；分组错乱"
        "的数（“1271162,000元”）中的片段不作数字。",
        ("quantities._QUANTITY", "quantities.find_quantities", "facts._CHANGE_CUE"),
        (
            Example(
                # 11721955000 - 10890827000 = 831128000; 831128000 / 11721955000 = 7.0904% -> 7.09
                "112年度歲入預算數1089,0827,000元,較上年度預算數1172,1955,000元,減少83,1128,000元,"
                "減少比率為7.09%。",
                (("difference", "831128000", "agrees"), ("change-rate", "7.09", "agrees")),
            ),
            Example(
                # the printed prior lost digits; the rate is read against the current figure:
                # 857469000 / (11843693000 + 857469000) = 6.7512% -> 6.75
                "112年度歲出預算總金額為1184,3693,000元,較上年度1271162,000元,減少85,7469,000元,"
                "減少比率為6.75%。",
                (("change-rate", "6.75", "agrees"),),
            ),
        ),
    ),
    Form(
        "amounts written in Chinese numerals",
        "“決算數九千一百二十一萬三千九百三十五元”: a run of Chinese numerals before 元 is an amount"
        " when it opens with a digit (or 十), holds a unit (十百千万亿) and is written by the rules"
        " of 大写 (budgetperf.daxie) once each numeral is mapped to its 大写 twin; a final 万 or 亿"
        " is its unit (“三百万元” is 300万元). 廿 and 卅 are 二十 and 三十, and a white circle"
        " (○) is 〇; decimals follow a point (‧, 點, ·) digit by digit (“六百一十一‧三億元” is"
        " 611.3亿元). 万 twice states no amount, and “几十万元”, “数十万元”, “一元化” are no"
        " figures.",
        "“決算數九千一百二十一萬三千九百三十五元”：元前的一串中文数字，以数字（或“十”）开头、含"
        "单位（十百千万亿）、且逐字换作大写后合乎大写规则的，读作金额；末尾的万、亿为单位（“三百万元”"
        "即300万元）。“廿”“卅”即二十、三十，“○”即〇；小数点（‧、點、·）后逐位写小数（“六百一十一‧三億元”"
        "即611.3亿元）。“万”出现两次的不成金额；“几十万元”“数十万元”"
        "“一元化”不是数字。",
        (
            "quantities._with_chinese_amounts",
            "quantities._CN_SPELLED_OUT",
            "quantities._decimal_numerals",
        ),
        (
            Example(
                # 500 + 111.3 = 611.3 (亿元), with decimals after a point (written for this form)
                "收入六百一十一點三億元,其中甲五百億元,乙一百一十一點三億元。",
                (("sum", "611.3", "agrees"),),
            ),
            Example(
                # 34 + 21.43 = 55.43 (亿元), 廿一 being 二十一 (a Macau paper, 2020 final accounts)
                "結餘總額為五十五億四千三百萬元,其中,中央預算執行結餘為三十四億元,"
                "自治部門及機構預算執行結餘為廿一億四千三百萬元。",
                (("sum", "554300", "agrees"),),
            ),
            Example(
                # 91213935 / 82335000 = 110.7839% -> 110.78
                # (tw-lienchiang-juguangxiang-111-zjs-tw, heldout7)
                "年度歲入預算數八千二百三十三萬五千元,決算數九千一百二十一萬三千九百三十五元,"
                "決算佔預算比例110.78%。",
                (("completion", "110.78", "agrees"),),
            ),
            Example(
                # the same misprinted: 110.78, not 110.87
                "年度歲入預算數八千二百三十三萬五千元,決算數九千一百二十一萬三千九百三十五元,"
                "決算佔預算比例110.87%。",
                (("completion", "110.87", "disagrees"),),
                (("arithmetic.completion-rate", "error"),),
            ),
            Example(
                # 240万元 / 300万元 = 80%
                "项目支出预算三百万元,实际支出二百四十万元,执行率80%。",
                (("completion", "80", "agrees"),),
            ),
            Example(
                # 万 twice states no amount; 几十万元 is none either
                "歲入增加八百八十七萬八千九百三十五萬元,投入几十万元。",
                (),
            ),
        ),
    ),
    Form(
        "changes and rates respectively (分别, 各)",
        "“收、支总计各是4125.49,4143.91万元。与2021年相比,收、支总计各减少1267.86,2570.97万元,"
        "各下降23.51%、38.28%”: figures after 分别/各 joined by 、 or , are a run that plays one"
        " part (a unit printed once, on the last, is every figure's); runs of figures, changes"
        " and rates pair by position; rates whose verb follows a run of changes at once"
        " (“分别增加A、B,增长P、Q”) are a run of their own; and a run of rates right after as many"
        " changes joined by 、 or a comma, each with its own verb"
        " (“收入减少A、支出减少B万元,分别下降P%、Q%”), pairs with them (a weak reading). A run"
        " of changes whose names are joined by 、"
        " (“收入、支出总计各增加A、B”) pairs with the figures of those names printed before it.",
        "“收、支总计各是4125.49,4143.91万元。与2021年相比，收、支总计各减少1267.86,2570.97万元，"
        "各下降23.51%、38.28%”：“分别”“各”之后以顿号或逗号相连的数为一组，作用相同（单位只印在"
        "最后一个数上时各数同用）；数、增减额、增减率各组按位置对应；紧接一组增减额之后、只有动词的增减率"
        "（“分别增加A、B，增长P、Q”）也成一组；紧随同样多个以顿号或逗号相连、各带动词的增减额之后的一组"
        "增减率（“收入减少A、支出减少B万元，分别下降P%、Q%”）与之按位置对应（弱读法）；"
        "以顿号列出名称的一组增减额（“收入、支出总计各增加"
        "A、B”）与此前分别印出的同名数按位置对应。",
        (
            "facts._joins_run",
            "claims._named_values",
            "facts._run_unit",
            "claims._respective_changes",
            "claims._rates_after_changes",
            "claims._joined_before",
        ),
        (
            Example(
                # a run of changes whose names (收入、支出总计) name figures printed one by one
                # before it (xz-quwei-zhengfawei-2024-bmjs, heldout36, WRONG as printed):
                # 1412.7 / (7562.45 − 1412.7) = 22.97%, not 15.74; 2062.79 / 4569.69 = 45.14%
                "2024年度收入总计7562.45万元,支出总计6632.48万元,与2023年度相比,收入、支出总计各"
                "增加1412.7万元、2062.79万元,增长15.74%、23.72%。",
                (("change-rate", "15.74", "disagrees"), ("change-rate", "23.72", "disagrees")),
                (("arithmetic.change-rate", "error"), ("arithmetic.change-rate", "error")),
            ),
            Example(
                # changes each with its own verb joined by 、, then 分别 and their rates: each
                # over the prior its subject's figure implies (sc-dazhou-gaoxinqu-gexi-xuexiao-
                # 2020-bmjs, heldout11: WRONG) — 84.55 / (476.17 + 84.55) = 15.08% -> 15, not 18;
                # 99.6 / (460.06 + 99.6) = 17.80% -> 17.8, not 21.6 (weak readings: warnings)
                "2020年度收入476.17、支出总计460.06万元。与2019年相比,收入减少84.55、支出总计减少"
                "99.6万元,分别下降18%、21.6%。",
                (("change-rate", "18", "disagrees"), ("change-rate", "21.6", "disagrees")),
                (("arithmetic.change-rate", "warning"), ("arithmetic.change-rate", "warning")),
            ),
            Example(
                # as printed there, the second name misprinted (支总计): the figures joined by 、
                # before the changes pair with them in order, the first by its name (收入)
                "2020年度收入476.17、支总计460.06万元。与2019年相比,收入减少84.55、支出总计减少"
                "99.6万元,分别下降18%、21.6%。",
                (("change-rate", "18", "disagrees"), ("change-rate", "21.6", "disagrees")),
                (("arithmetic.change-rate", "warning"), ("arithmetic.change-rate", "warning")),
            ),
            Example(
                # the figures before are named otherwise (费用, 成本): no pairing by position
                "2020年度费用476.17、成本460.06万元。与2019年相比,收入减少84.55、支出总计减少"
                "99.6万元,分别下降18%、21.6%。",
                (),
            ),
            Example(
                # the same, right: 15.08% -> 15; 17.80% -> 17.8
                "2020年度收入476.17、支出总计460.06万元。与2019年相比,收入减少84.55、支出总计减少"
                "99.6万元,分别下降15%、17.8%。",
                (("change-rate", "15", "agrees"), ("change-rate", "17.8", "agrees")),
            ),
            Example(
                # the same, the changes joined by a comma and the rates by 和
                "2020年度收入总计476.17万元,支出总计460.06万元。与2019年相比,收入总计减少84.55万元,"
                "支出总计减少99.6万元,分别下降15%和17.8%。",
                (("change-rate", "15", "agrees"), ("change-rate", "17.8", "agrees")),
            ),
            Example(
                # 1267.86 / (4125.49 + 1267.86) = 23.5078% -> 23.51; 2570.97 / (4143.91 +
                # 2570.97) = 38.2877% -> 38.29, not 38.28
                "2022年度收、支总计各是4125.49,4143.91万元。与2021年相比,收、支总计各减少"
                "1267.86,2570.97万元,各下降23.51%、38.28%。",
                (("change-rate", "23.51", "agrees"), ("change-rate", "38.28", "disagrees")),
                (("arithmetic.change-rate", "error"),),
            ),
            Example(
                # 10 / 290 = 3.4483% -> 3.45; 20 / 180 = 11.1111% -> 11.11
                "2022年基本支出和项目支出分别为300万元、200万元,比上年分别增长10万元、20万元,"
                "分别增长3.45%、11.11%。",
                (("change-rate", "3.45", "agrees"), ("change-rate", "11.11", "agrees")),
            ),
            Example(
                # the rates' verb alone right after the run of changes: the run's 分别 is theirs.
                # 125.49 / (4125.49 - 125.49) = 3.137% -> 3.1; 143.91 / 4000 = 3.598% -> 3.6,
                # not 3.9
                "收、支总计分别为4125.49万元、4143.91万元,比上年分别增加125.49万元、143.91万元,"
                "增长3.1%和3.9%。",
                (("change-rate", "3.1", "agrees"), ("change-rate", "3.9", "disagrees")),
                (("arithmetic.change-rate", "error"),),
            ),
            Example(
                "2023年度收、支总计各是4125.49,4143.91万元。与上年相比,收、支总计各增加125.49万元、"
                "143.91万元,增长3.1%、3.6%。",
                (("change-rate", "3.1", "agrees"), ("change-rate", "3.6", "agrees")),
            ),
        ),
    ),
    Form(
        "a respectively run printed again for another year or phase",
        "“收入、支出分别为200万元、400万元,2023年分别为180万元、330万元”: a run opened by"
        " 分别/各 after a figure of another such run gives the same items again, for another year"
        " or phase; no figure of the first run is the total of the second, in the same sentence"
        " or the next.",
        "“收入、支出分别为200万元、400万元，2023年分别为180万元、330万元”：一组“分别”数之后的又一组"
        "“分别”数，是同样各项在另一年度或阶段的数；前一组中的数不是后一组之和（同句或下一句皆然）。",
        ("claims._lists", "claims._named_totals"),
        (
            Example(
                # 180 and 330 are the two items of 2023, not parts of 2024's 支出 of 400
                "2024年一般公共预算收入、支出分别为200万元、400万元,2023年分别为180万元、330万元。",
                (),
            ),
            Example(
                # the same items named again in the next sentence: no sum of 200 and 400
                "全年一般公共预算收入、支出分别完成200万元、400万元,分别增长11.1%、21.2%。"
                "一般公共预算收入、支出上年同期分别为180万元、330万元。",
                (),
            ),
            Example(
                # 20 / (200 - 20) = 11.11% -> 11.1; 70 / (400 - 70) = 21.21% -> 21.2
                "全年一般公共预算收入、支出分别完成200万元、400万元,比上年分别增加20万元、70万元,"
                "分别增长11.1%、21.2%。",
                (("change-rate", "11.1", "agrees"), ("change-rate", "21.2", "agrees")),
            ),
            Example(
                # one figure before the run is still its total: 150 + 50 = 200
                "一般公共预算收入200万元,税收收入、非税收入分别为150万元、50万元。",
                (("sum", "200", "agrees"),),
            ),
        ),
    ),
    Form(
        "a next year's budget compared with this year (比今年)",
        "“明年度歲出預算707.9億元,比今年704.9億元增加3.7億元”: 今年 names the prior as 上年 does"
        " in a report on the year past.",
        "“明年度歲出預算707.9億元，比今年704.9億元增加3.7億元”：“今年”所指为比较基数，如同决算中的"
        "“上年”。",
        ("facts._PRIOR_CUE",),
        (
            Example(
                # 707.9 - 704.9 = 3.0, not 3.7
                "明年度歲入預算656.2億元,歲出預算707.9億元,比今年704.9億元增加3.7億元。",
                (("difference", "3.7", "disagrees"),),
                (("arithmetic.change-amount", "error"),),
            ),
            Example(
                # 707.9 - 704.2 = 3.7
                "明年度歲入預算656.2億元,歲出預算707.9億元,比今年704.2億元增加3.7億元。",
                (("difference", "3.7", "agrees"),),
            ),
        ),
    ),
    Form(
        "change with its rate in brackets",
        "“较上年减少1.5万元(42.86%)”: a percentage in brackets right after a change is that"
        " change's rate.",
        "“较上年减少1.5万元（42.86%）”：紧随增减额的括号内百分比为其增减率。",
        ("facts._tag", "claims._paired_amount"),
        (
            Example(
                # prior = 9.80 + 18.50 = 28.30; 18.50 / 28.30 = 65.3710% -> 65.37
                "2019年“三公”经费预算支出9.80万元,较上年减少18.50万元(65.37%),减少的主要原因是"
                "公车运行维护费减少。",
                (("change-rate", "65.37", "agrees"),),
            ),
            Example(
                # prior = 2.30 + 1.5 = 3.80; 1.5 / 3.80 = 39.47%, not 42.86 (1.5 / 3.5: the
                # change over the wrong base)
                "公务接待费2.30万元,较上年减少1.5万元(42.86%),减少的主要原因是压缩接待费开支。",
                (("change-rate", "42.86", "disagrees"),),
                (("arithmetic.change-rate", "error"),),
            ),
            Example(
                # the rate printed bare after the change, its verb left out (yn-honghe-kaiyuan-
                # sizhong-2021-sgys, tests/corpus/heldout2): 1.95 / 2.5 = 78%
                "2021年公务接待费预算为0.55万元,较上年2.5万元减少1.95万元,78%。",
                (("difference", "1.95", "agrees"), ("change-rate", "78", "agrees")),
            ),
        ),
    ),
    Form(
        "a figure in a damaged stretch of the copy",
        "“?。ㄒ唬┮话愎卜罩С?8639萬元,較上年減支5273萬元,下降9.8%”: a figure right after a"
        " “?” or U+FFFD, or with box-drawing or bopomofo characters in its label (a page decoded"
        " wrongly), may have lost a digit: a claim that uses it is uncertain (a warning). A"
        " “?” between a figure and its unit (“4277.9244?萬元”) loses the unit: where a list goes"
        " on past such a figure is not clear, so its sum is a warning too.",
        "“?。ㄒ唬┮话愎卜罩С?8639萬元，較上年減支5273萬元，下降9.8%”：紧跟“?”或U+FFFD之后、"
        "或名称中有制表符、注音符号（网页解码错误）的数字可能缺位，用到它的核对只是推断（警告）。"
        "数字与单位之间的“?”（“4277.9244?萬元”）使单位丢失：列表是否延续到该数不明，其合计核对"
        "也只报警告。",
        ("facts._DAMAGE", "facts.read_facts", "claims._make", "claims._damaged_next"),
        (
            Example(
                # prior = 8639 + 5273 = 13912 gives 37.9%, not 9.8%; 5273 / 9.8% = 53806
                # says a digit before 8639 is lost (48639): a warning, not an error
                "?。ㄒ唬┮话愎卜罩С?8639萬元,較上年減支5273萬元,下降9.8%,主要是上年建設支出的影響。",
                (("change-rate", "9.8", "disagrees"),),
                (("arithmetic.change-rate", "warning"),),
            ),
            Example(
                # 5500 + 14615 + 2494.1115 + 4277.9244 = 26887.0359; the last part's unit is
                # lost behind a "?", so the three read add up to 22609.1115: a warning, not an
                # error (a scraped page of a 2021 county debt report)
                "2021年政府債務還本付息共計26887.0359萬元,其中:一般債券償還本金5500萬元,專項債券"
                "償還本金14615萬元,一般債券償還利息2494.1115萬元,專項債券償還利息4277.9244?萬元。",
                (("sum", "26887.0359", "disagrees"),),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
        ),
    ),
    Form(
        "change in the sentence after its figure",
        "The change and its rate open the sentence after the figure they are a change of"
        " (“。与上年相比，减少…”); a second such sentence, against another base, is of the same"
        " figure (“…63.16亿元。比2014年年初预算减少8.35亿元,下降11.7%。比2014年执行数减少2.5亿元,"
        "下降3.8%”). A change by its verb alone opening the sentence after a figure and its rate"
        " (“…8万元,较2021年预算下降42.86%。减少6万元。”) is that rate's amount.",
        "增减额和增减率位于本年数之后的下一句（“。与上年相比，减少…”）；其后另一句与另一基数相比的"
        "增减也属同一数字。本年数及其增减率之后，下一句以动词开头的同向增减额（“。减少6万元。”）即该增减率的增减额。",
        ("claims._changes", "claims._previous_head", "claims._change_after_rate"),
        (
            Example(
                # 2014 中央部门 三公 (a news item): 2.5 / (63.16 + 2.5) = 3.81% -> 3.8 (the second
                # comparison had no claim)
                "“三公”经费支出63.16亿元。比2014年年初预算减少8.35亿元,下降11.7%。比2014年执行数减少"
                "2.5亿元,下降3.8%。",
                (("change-rate", "11.7", "agrees"), ("change-rate", "3.8", "agrees")),
            ),
            Example(
                # prior = 846.77 + 63.5 = 910.27; 63.5 / 910.27 = 6.9760% -> 6.98
                "2023年度部门支出合计846.77万元。与上年相比,减少63.5万元,下降6.98%。",
                (("change-rate", "6.98", "agrees"),),
            ),
            Example(
                # 63.5 / 846.77 = 7.4991% -> 7.50: the current year used as the base; the right
                # rate 6.9760% stays within [6.9708, 6.9811] over the inputs' intervals
                "2023年度部门支出合计846.77万元。与上年相比,减少63.5万元,下降7.50%。",
                (("change-rate", "7.50", "disagrees"),),
                (("arithmetic.change-rate", "error"),),
            ),
            Example(
                # sc-mianyang-youxian-zhengfuban-2022-sgys (heldout22): the rate ends its
                # sentence, the next opens with the change by its verb alone; prior = 8 + 6 =
                # 14, 6 / 14 = 42.857% -> 42.86
                "公务用车运行维护费预算安排8万元,较2021年预算下降42.86%。减少6万元。主要原因是厉行节约。",
                (("change-rate", "42.86", "agrees"),),
            ),
            Example(
                # the same with 7 printed: 7 / (8 + 7) = 46.67%, printed 42.86
                "公务用车运行维护费预算安排8万元,较2021年预算下降42.86%。减少7万元。",
                (("change-rate", "42.86", "disagrees"),),
                (("arithmetic.change-rate", "error"),),
            ),
            Example(
                # a change of the other direction is not the rate's amount: no claim
                "公务用车运行维护费预算安排8万元,较2021年预算下降42.86%。增加6万元。",
                (),
            ),
        ),
    ),
    Form(
        "change of a figure named elsewhere",
        "The change names its figure (“一般公共预算财政拨款支出比上年减少…”), which is printed in"
        " another paragraph: the figure is found by its name, so the reading is weak and a"
        " disagreement is a warning.",
        "增减句只写明科目名称，本年数在其他段落，按名称查找；结构系推断，不符时为警告。",
        ("claims._changes", "claims._lookup"),
        (
            Example(
                # a rate with no change amount, against the same item of the year it names,
                # printed in the sentence before: (1205.06 - 1229.65) / 1229.65 = -2.0%, printed
                # 3 (inferred: a warning)
                "2010年“三公经费”财政拨款预算中,因公出国(境)费617万元,公务用车购置及运行费"
                "1229.65万元。\n2011年“三公经费”财政拨款预算中,因公出国(境)费617万元,"
                "公务用车购置及运行费1205.06万元(较2010年压缩3%)。",
                (("change-rate", "3", "disagrees"),),
                (("arithmetic.change-rate", "warning"),),
            ),
            Example(
                # the parts of a budget's change are changes of budgets: 公务接待 is the 2022
                # budget 11.8 (not the 2021 spending 12.39); 0.58 / (11.8 + 0.58) = 4.685% -> 4.68.
                # The year before is printed too: 12.39 - 11.8 = 0.59, printed 0.58, which the
                # rounding of 11.8 explains (11.81 would give it): a warning. The total's change is
                # the 2022 budget less the 2021 spending ("合计支出" names the 三公 figure):
                # 21.8 - 20.12 = 1.68
                "2022年度“三公”经费预算总计21.8万元,其中:因公出国(境)经费0万元,公务接待11.8万元,"
                "公务用车运行费用10万元。\n2021年度“三公”经费合计支出20.12万元,其中:因公出国(境)"
                "经费0万元,公务接待12.39万元,公务用车运行费用7.73万元。\n2022年度“三公”经费预算较"
                "2021年度增加1.68万元,其中公务接待较上年同期减少0.58万元,减少4.68%。",
                (
                    ("sum", "21.8", "agrees"),
                    ("sum", "20.12", "agrees"),
                    ("difference", "1.68", "agrees"),
                    ("difference", "0.58", "rounding"),
                    ("change-rate", "4.68", "agrees"),
                ),
                (("arithmetic.change-amount", "warning"),),
            ),
            Example(
                # a change opening with 其中 and a part's name is that part's: 公务接待 has no
                # figure here, so nothing is checked (not 0.58 / (21.8 + 0.58) on the total)
                "2022年度“三公”经费预算21.8万元,其中公务接待较上年同期减少0.58万元,减少4.68%。",
                (),
            ),
            Example(
                # a change on the year before, of an item printed for both years: the later
                # year's figure (the 2022 budget 10, whatever its phase) is the current one:
                # 10 - 7.73 = 2.27; 2.27 / 7.73 = 29.3661% -> 29.37
                "2022年度“三公”经费预算总计21.8万元,其中:因公出国(境)经费0万元,公务接待11.8万元,"
                "公务用车运行费用10万元。\n2021年度“三公”经费合计支出20.12万元,其中:因公出国(境)"
                "经费0万元,公务接待12.39万元,公务用车运行费用7.73万元。\n公务用车运行费用较上年同期"
                "增加2.27万元,增长29.37%。",
                (
                    ("sum", "21.8", "agrees"),
                    ("sum", "20.12", "agrees"),
                    ("difference", "2.27", "agrees"),
                    ("change-rate", "29.37", "agrees"),
                ),
            ),
            Example(
                # 393.37 / (628.95 + 393.37) = 38.4782% -> 38.48
                "一、收入支出决算总体情况\n2023年度一般公共预算财政拨款支出628.95万元。\n"
                "二、变动情况\n一般公共预算财政拨款支出比上年减少393.37万元,下降38.48%。",
                (("change-rate", "38.48", "agrees"),),
            ),
            Example(
                # 38.4782% -> 38.48, printed 38.50: disagrees, but the figure was found by name
                "一、收入支出决算总体情况\n2023年度一般公共预算财政拨款支出628.95万元。\n"
                "二、变动情况\n一般公共预算财政拨款支出比上年减少393.37万元,下降38.50%。",
                (("change-rate", "38.50", "disagrees"),),
                (("arithmetic.change-rate", "warning"),),
            ),
        ),
    ),
    Form(
        "change against a printed prior",
        "Both years are printed (“本年…，上年…” or “较2023年的912万元减少…”): the change must be"
        " their difference, and the rate the change over the printed prior. The rate may come"
        " between the prior and the change (“较上年同期110374万元下降9.5%,减收10479万元”); a rate"
        " right after a level reached from a printed prior (“由上年的X元增加到Y元,增长Z%”) is the"
        " new level's over the old. A printed prior the rate's verb goes the other way from may"
        " be the change with its verb (减少) left out (“本年支出568.5万元,较2023年度决算数38.31"
        "万元,下降6.31%”): when that reading agrees, it is taken, as a weak claim. A prior"
        " closed by 相比 may stand before the rate (“与2014年的140万元相比,下降7.1%”).",
        "本年数和上年数均列示：增减额应为两者之差，增减率为增减额除以上年数。增减率可以列在上年数"
        "与增减额之间（“较上年同期110374万元下降9.5%，减收10479万元”）；“由上年的X元增加到Y元，"
        "增长Z%”中的增长率为新数相对旧数的变动。所列上期数与增减率的方向相反时，它可能是漏印了"
        "“减少”等字样的增减额（“本年支出568.5万元，较2023年度决算数38.31万元，下降6.31%”）：这样"
        "读相符时即按此读（系推断）。“与2014年的140万元相比，下降7.1%”中上年数与增减率之间隔有"
        "“相比”。",
        (
            "claims._changes",
            "claims._adjacent",
            "claims._from_to_rate",
            "vocabulary.LEVEL_VERBS",
            "facts._BRACKETED_PRIOR",
            "claims._printed_prior",
            "claims._head_before",
            "claims._slipped_prior",
            "claims._a_reasons",
            "facts._classify",
        ),
        (
            Example(
                # 调至 names the new level (邵阳 2024 预算调整, its prior's qualifier left out):
                # 141.91 − 137.58 = 4.33
                "一般公共预算总收入从137.58亿元调至141.91亿元,调增4.33亿元。",
                (("difference", "4.33", "agrees"),),
            ),
            Example(
                # counts of one measure word moved between (a 市财政局's 2026 项目评审, hunt 30):
                # (582 − 358) / 582 = 38.49%
                "项目数量从582个压缩至358个,压缩率为38.5%,项目金额初步压减5.6%。",
                (("change-rate", "38.5", "agrees"),),
            ),
            Example(
                # 北京 2015 三公 (a news item): (140 − 130) / 140 = 7.14% -> 7.1
                "2015年支出130万元,与2014年的140万元相比,下降7.1%。",
                (("change-rate", "7.1", "agrees"),),
            ),
            Example(
                # the prior in brackets after 比去年同期 (a city's 2020 养老保险 report, five such
                # rates, each an error when the bracket was read as the current figure): 6004 /
                # 26442 = 22.707% -> 22.71
                "3月末参保缴费人数32,446人,比去年同期(26,442人)增加6,004人,增幅22.71%。",
                (("change-rate", "22.71", "agrees"),),
            ),
            Example(
                # 38.31 is the change, 减少 left out (a 2024 梧州 决算): 38.31 / (568.5 + 38.31)
                # = 6.313% -> 6.31; against a prior of 38.31 the "fall" would be a rise of 1384%
                "本年支出568.5万元,较2023年度决算数38.31万元,下降6.31%。",
                (("change-rate", "6.31", "agrees"),),
            ),
            Example(
                # neither reading agrees (7.31): the printed prior's, an error
                "本年支出568.5万元,较2023年度决算数38.31万元,下降7.31%。",
                (("change-rate", "7.31", "disagrees"),),
                (("arithmetic.change-rate", "error"),),
            ),
            Example(
                # a reason's change and rate (after 主要原因是) are its own item's, whose figure
                # is not printed: no rate against 321.30 (cq-shapingba-fengmingshan-yey-2021-bmjs,
                # heldout37); the reasons' changes add up: −358.94 + 69.71 = −289.23
                "2021年度收入合计321.30万元,较上年决算数减少289.23万元,下降47.4%,主要原因是本年度"
                "财政拨款收入较上年决算数减少358.94万元,下降61.7%;本年度事业收入较上年决算数增加"
                "69.71万元,增长238.8%。",
                (("change-sum", "289.23", "agrees"), ("change-rate", "47.4", "agrees")),
            ),
            Example(
                # a level reached from a printed prior, then the rate (sd-yantai-jiaoyuju-2022-jyjf,
                # heldout36): 21360.17 / 17916.00 = 1.19224 -> 19.22; 31504.20 / 30355.33 -> 3.78
                "普通高等学校由上年的17916.00元增加到21360.17元,增长19.22%;中等职业学校由上年30355.33元"
                "增加到31504.20元,增长3.78%。",
                (("change-rate", "19.22", "agrees"), ("change-rate", "3.78", "agrees")),
            ),
            Example(
                # a fall: 1 − 15360.17 / 17916.00 = 14.266% -> 14.27
                "收入由17916.00万元减少到15360.17万元,下降14.27%。",
                (("change-rate", "14.27", "agrees"),),
            ),
            Example(
                # a prior printed in 元 beside its figure in 万元 (ha-luoyang-yichuan-jiaotiju-
                # 2021-jyjf-tw, heldout34): (131870.68 − 89410) / 131870.68 = 32.198% -> 32.20
                # with the prior read in 万元; the slip is a warning of its own
                "國家財政性教育經費為89410萬元,比上年的131870.68元減少32.20%。",
                (("change-rate", "32.20", "agrees"),),
                (("units.slipped-unit", "warning"),),
            ),
            Example(
                # a change after 主要由于 is a reason's, not the difference of the two levels
                # before it (gd-zhongshan-banfuzhen-2022-ystz-tw, heldout34)
                "非稅收入由年初預算3574.04萬元調整為3842.88萬元,主要由于:(1)鎮屬企業利潤上繳"
                "調增49.16萬元;(2)行政事業性收費收入調增228.96萬元。",
                (),
            ),
            Example(
                # 110374 − 99895 = 10479; 10479 / 110374 = 9.494% -> 9.5
                # (gs-tianshui-gangu-czj-2023-jsbg, heldout29)
                "全县大口径财政收入累计完成99895万元,较上年同期110374万元下降9.5%,减收10479万元。",
                (("change-rate", "9.5", "agrees"), ("difference", "10479", "agrees")),
            ),
            Example(
                # the same with 10749 for 10479
                "全县大口径财政收入累计完成99895万元,较上年同期110374万元下降9.5%,减收10749万元。",
                (("change-rate", "9.5", "agrees"), ("difference", "10749", "disagrees")),
                (("arithmetic.change-amount", "error"),),
            ),
            Example(
                # 18.2 - 15.6 = 2.6; 2.6 / 18.2 = 14.2857% -> 14.3
                "本年“三公”经费支出15.6万元,上年支出18.2万元,减少2.6万元,下降14.3%。",
                (("difference", "2.6", "agrees"), ("change-rate", "14.3", "agrees")),
            ),
            Example(
                # 18.2 - 15.6 = 2.6, printed 3.6 (intervals: 2.6 ± 0.1); the rate 3.6 / 18.2 =
                # 19.78% -> 19.8 follows the printed change and prior: one error, the change
                "本年“三公”经费支出15.6万元,上年支出18.2万元,减少3.6万元,下降19.8%。",
                (("difference", "3.6", "disagrees"), ("change-rate", "19.8", "agrees")),
                (("arithmetic.change-amount", "error"),),
            ),
            Example(
                # the level first listed (原列) and the final one (计列) (tw-taipei-shifu-103,
                # heldout7): 1608.47 - 1599.84 = 8.63; 1726.42 - 1712.31 = 14.11
                "根据审查结果,岁入原列新台币1599.84亿元,最后计列1608.47亿元,净增8.63亿元。"
                "岁出原列1726.42亿元,最后计列1712.31亿元,删减14.11亿元。",
                (("difference", "8.63", "agrees"), ("difference", "14.11", "agrees")),
            ),
            Example(
                # the same, misprinted: 1726.42 - 1712.31 = 14.11, printed 14.21
                "根据审查结果,岁入原列新台币1599.84亿元,最后计列1608.47亿元,净增8.63亿元。"
                "岁出原列1726.42亿元,最后计列1712.31亿元,删减14.21亿元。",
                (("difference", "8.63", "agrees"), ("difference", "14.21", "disagrees")),
                (("arithmetic.change-amount", "error"),),
            ),
            Example(
                # a sentence of a prior and a change only: its figure is the head of the
                # sentence before (hn-huaihua-hutianzhongxue, heldout7): 3173.17 - 2471.22 =
                # 701.95; inferred, so a disagreement would be a warning
                "2020年年初预算数3173.17万元,其中,一般公共预算拨款1883.17万元,财政专户管理的非税收入"
                "拨款1290.00万元。收入较2019年预算2471.22万元增加701.95万元,主要原因是专户收入增加。",
                (("sum", "3173.17", "agrees"), ("difference", "701.95", "agrees")),
            ),
            Example(
                # the same, misprinted: 3173.17 - 2471.22 = 701.95, printed 711.95
                "2020年年初预算数3173.17万元,其中,一般公共预算拨款1883.17万元,财政专户管理的非税收入"
                "拨款1290.00万元。收入较2019年预算2471.22万元增加711.95万元,主要原因是专户收入增加。",
                (("sum", "3173.17", "agrees"), ("difference", "711.95", "disagrees")),
                (("arithmetic.change-amount", "warning"),),
            ),
            Example(
                # the rate follows the change over the prior it implies (2.6 / (15.6 + 2.6) =
                # 14.29%), not over the printed 19.5: 2.6 / 19.5 = 13.33% (at most 2.65 / 19.45
                # = 13.62%), (19.5 - 15.6) / 19.5 = 20%; the printed prior is the base, so both
                # are wrong (gd-qingyuan, heldout3)
                "本年“三公”经费支出15.6万元,上年支出19.5万元,减少2.6万元,下降14.3%。",
                (("difference", "2.6", "disagrees"), ("change-rate", "14.3", "disagrees")),
                (("arithmetic.change-amount", "error"), ("arithmetic.change-rate", "error")),
            ),
            Example(
                # the prior printed without its unit, between 较上年 and the change: read in
                # the sentence's 万元 (and reported); 2.5 - 0.65 = 1.85
                "2023年公务接待费预算为0.65万元,较上年2.5减少1.85万元。",
                (("difference", "1.85", "agrees"),),
                (("units.missing-unit", "warning"),),
            ),
            Example(
                # the prior names its subject (总收入), whose current figure is in the sentence
                # before: 1022.32 - 628.95 = 393.37, printed 383.37; 383.37 / 1022.32 =
                # 37.4999% -> 37.50 follows the printed change and prior
                "2023年总收入628.95万元,其中:财政拨款收入500万元,其他收入128.95万元。\n"
                "相比2022年的总收入1022.32减少383.37万元,下降37.50%。",
                (
                    ("sum", "628.95", "agrees"),
                    ("difference", "383.37", "disagrees"),
                    ("change-rate", "37.50", "agrees"),
                ),
                (("units.missing-unit", "warning"), ("arithmetic.change-amount", "error")),
            ),
            Example(
                # figures printed cut down with 余 ("380.7亿" is printed 380亿余元 in prose):
                # 380.7 - 368.1 = 12.6, which is 12亿 and more: agrees; printed 13亿余元
                # (13 up to 14) it is an error
                "岁出决算数380.7亿元,上年岁出368.1亿元,较上年增加12亿余元。",
                (("difference", "12", "agrees"),),
            ),
            Example(
                "岁出决算数380.7亿元,上年岁出368.1亿元,较上年增加13亿余元。",
                (("difference", "13", "disagrees"),),
                (("arithmetic.change-amount", "error"),),
            ),
            Example(
                # 381亿余 - 367亿余 lies between 13 and 15, 12亿余 between 12 and 13: they meet
                # only at 13, so it is not an error, only a warning
                "岁出决算数381亿余元,上年岁出367亿余元,较上年增加12亿余元。",
                (("difference", "12", "rounding"),),
                (("arithmetic.change-amount", "warning"),),
            ),
        ),
    ),
    Form(
        "a rate between two named years",
        "“…预算数50万元,…。2015年预算数160万元,2016年预算比2015年预算下降68.8%”: the prior"
        " is the figure labelled with the earlier year, the current the nearest other figure"
        " before the rate (an inferred reading: a warning when it disagrees).",
        "“……预算数50万元，……。2015年预算数160万元，2016年预算比2015年预算下降68.8%”："
        "上年数为标明较早年份的数，本年数为比率之前最近的另一个数（系推断，不符时报警告）。",
        ("claims._two_year_rate",),
        (
            Example(
                # (50 - 160) / 160 = -68.75% -> 68.8
                "“公务用车运行维护费”预算数50万元,主要是应急公务用车费用。2015年预算数160万元,"
                "2016年预算比2015年预算下降68.8%。",
                (("change-rate", "68.8", "agrees"),),
            ),
            Example(
                # (8 - 15) / 15 = -46.67% -> 46.7, not 53.3 (= 8 / 15, the share kept)
                "2016年预算安排8万元,主要用于调研、考察等费用。2015年预算数15万元,"
                "2016年预算比2015年预算下降53.3%。",
                (("change-rate", "53.3", "disagrees"),),
                (("arithmetic.change-rate", "warning"),),
            ),
        ),
    ),
    Form(
        "this year's figure, then the year before's by its year",
        "“公务车辆运行2016年预算25.00万元,2015年预算45.2万元;对比减少20.20万元,减少率"
        "44.69%”: the figure labelled with the year before is the prior; the change is their"
        " difference and the rate the change over the prior (对比 is 相比; 减少率 is a rate).",
        "“2016年预算25.00万元，2015年预算45.2万元；对比减少20.20万元，减少率44.69%”："
        "标明上一年度的数为上年数；增减额为两数之差，增减率为增减额除以上年数"
        "（“对比”同“相比”，“减少率”为比率）。",
        ("facts._classify", "facts._change", "claims._currents", "claims._printed_prior"),
        (
            Example(
                # 45.2 - 25.00 = 20.20; 20.20 / 45.2 = 44.6903% -> 44.69
                "公务车辆运行2016年预算25.00万元,2015年预算45.2万元;对比减少20.20万元,"
                "减少率44.69%。",
                (("difference", "20.20", "agrees"), ("change-rate", "44.69", "agrees")),
            ),
            Example(
                # 45.2 - 25.00 = 20.20, not 20.30; the rate agrees with the two levels
                # printed: (45.2 - 25.00) / 45.2 = 44.69%
                "公务车辆运行2016年预算25.00万元,2015年预算45.2万元;对比减少20.30万元,"
                "减少率44.69%。",
                (("difference", "20.30", "disagrees"), ("change-rate", "44.69", "agrees")),
                (("arithmetic.change-amount", "error"),),
            ),
        ),
    ),
    Form(
        "opposite directions",
        "The change and its rate, or the change and the two printed years, point different ways"
        " (“减少…，增长…”).",
        "增减额与增减率（或与两年数字）方向相反（“减少…，增长…”）。",
        ("claims._direction", "claims._changes", "claims._paired_amount", "facts._classify"),
        (
            Example(
                # 减少 and 增长 in one breath: no arithmetic makes both true
                "2023年度一般公共预算财政拨款支出628.95万元,与上年相比减少393.37万元,增长38.48%。",
                (("change-direction", "38.48", "disagrees"),),
                (("arithmetic.change-direction", "error"),),
            ),
            Example(
                # 120 > 100: the figure rose by 20, it did not fall
                "本年支出120万元,上年支出100万元,减少20万元。",
                (("change-direction", "20", "disagrees"),),
                (("arithmetic.change-direction", "error"),),
            ),
            Example(
                # a saving (节约, against the budget) after a rate against the year before is no
                # amount of that rate: no direction to compare (gx-baise-shi-nd-q1-zfcg-tw,
                # heldout27)
                "实际采购金额为9.14亿元,实际采购规模比上年同期增长45.06%,节约资金1.01亿元。",
                (),
            ),
        ),
    ),
    Form(
        "change against the budget",
        "A change measured against the budget (“较年初预算数减少”, “节约”, “超收”, “短收”): the"
        " budget minus the actual figure; its rate is over the budget; the budget may be the one"
        " of a completion printed between the figure and its change (“完成预算46508万元的"
        "100.8%,超收392万元”), and a rate against the year before after it is not its rate. A"
        " bare “增加/减少” right after the actual figure of a sentence that printed the budget"
        " before it is against that budget. A budget printed after 相比 or 比 (“相比预算数6.1亿元"
        "减少1.1亿元”) is the base as after 较.",
        "与预算相比的增减（“较年初预算数减少”“节约”“超收”“短收”）：预算数减决算数，增减率以"
        "预算数为基数；预算数可以是数字与增减额之间完成率所依据的预算数（“完成预算46508万元的100.8%，超收"
        "392万元”），其后与上年相比的增减率不是它的增减率。"
        "句中先列预算数、后列决算数，紧随其后只写“增加/减少”的，是决算数与该预算数之差。“相比预算数"
        "6.1亿元减少1.1亿元”中“相比”“比”之后的预算数与“较”之后的一样作为基数。",
        (
            "facts._PRIOR_CUE",
            "claims._changes",
            "claims._paired_amount",
            "facts._change",
            "facts._tag",
            "facts.bare_change",
            "vocabulary.BUDGET_VERBS",
        ),
        (
            Example(
                # 北京 2015 三公 (a news item): 6.1 − 5 = 1.1; 1.1 / 6.1 = 18.03%, printed 17.9:
                # within the rounding of 1.1 (it was read as 1.1 / (6.1 + 1.1) = 15.3%, an error)
                "公务用车购置和运行维护费5亿元,相比预算数6.1亿元减少1.1亿元,下降17.9%。",
                (("difference", "1.1", "agrees"), ("change-rate", "17.9", "rounding")),
                (("arithmetic.change-rate", "warning"),),
            ),
            Example(
                # 超收 is against the budget of the completion before it: 46900 − 46508 = 392;
                # the rate against the year before is the change after it, not 超收's:
                # 3003 / (46900 − 3003) = 6.841% -> 6.8 (gs-tianshui-gangu-czj-2023-jsbg,
                # heldout29)
                "一般公共预算收入46900万元,完成预算46508万元的100.8%,超收392万元,同比增长6.8%,"
                "增收3003万元。",
                (
                    ("completion", "100.8", "agrees"),
                    ("difference", "392", "agrees"),
                    ("change-rate", "6.8", "agrees"),
                ),
            ),
            Example(
                # the same with 932 for 392
                "一般公共预算收入46900万元,完成预算46508万元的100.8%,超收932万元,同比增长6.8%,"
                "增收3003万元。",
                (
                    ("completion", "100.8", "agrees"),
                    ("difference", "932", "disagrees"),
                    ("change-rate", "6.8", "agrees"),
                ),
                (("arithmetic.change-amount", "error"),),
            ),
            Example(
                # 4610.19 - 3786.71 = 823.48 (xx-haowendang-x-2017, heldout3): the actual against
                # the budget printed first (调整数 is not named a budget)
                "2017年预算数3786.71万元,调整数4610.19万元,决算数4610.19万元,增加823.48万元。",
                (("difference", "823.48", "agrees"),),
            ),
            Example(
                # budget - actual = 100 - 80 = 20, printed 30
                "公务接待费预算数100万元,决算数80万元,减少30万元,主要原因是厉行节约。",
                (("difference", "30", "disagrees"),),
                (("arithmetic.change-amount", "error"),),
            ),
            Example(
                # a change that names its comparison is not read against the budget: 比上年
                # with no prior printed (and none implied by a rate) gives nothing to check
                "公务接待费预算数100万元,决算数80万元,比上年减少30万元。",
                (),
            ),
            Example(
                # a clause after ";" that starts with 较 compares the same figure with the budget:
                # 1897.9 / (2921.7 + 1897.9) = 39.377% -> 39.38;
                # 1111.4 / (2921.7 + 1111.4) = 27.557% -> 27.56, printed 28.56 (the figure is
                # the subject's, carried over the ";": an inferred reading, so a warning)
                "2017年“三公”经费2921.7万元,较上年决算减少1897.9万元,下降39.38%;"
                "较年初预算数减少1111.4万元,下降28.56%。",
                (("change-rate", "39.38", "agrees"), ("change-rate", "28.56", "disagrees")),
                (("arithmetic.change-rate", "warning"),),
            ),
            Example(
                # budget - actual = 25 - 13.8 = 11.2; 11.2 / (13.8 + 11.2) = 44.8%;
                # prior = 13.8 + 1.2 = 15; 1.2 / 15 = 8%
                "2023年我镇“三公”经费预算为25万元。2023年“三公”经费支出共计13.8万元,"
                "较年初预算数减少11.2万元,下降44.8%,较上年支出数减少1.2万元,下降8%。",
                (
                    ("difference", "11.2", "agrees"),
                    ("change-rate", "44.8", "agrees"),
                    ("change-rate", "8", "agrees"),
                ),
            ),
            Example(
                # 1.2 / (13.8 + 1.2) = 8.0% (printed 8.7 = 1.2 / 13.8, the current year as the
                # base); over the intervals 1.15 / 15 = 7.67% .. 1.25 / 15 = 8.33%
                "2023年我镇“三公”经费预算为25万元。2023年“三公”经费支出共计13.8万元,"
                "较年初预算数减少11.2万元,下降44.8%,较上年支出数减少1.2万元,下降8.7%。",
                (
                    ("difference", "11.2", "agrees"),
                    ("change-rate", "44.8", "agrees"),
                    ("change-rate", "8.7", "disagrees"),
                ),
                (("arithmetic.change-rate", "error"),),
            ),
            Example(
                # 12 - 9.35 = 2.65
                "“三公”经费财政拨款支出预算为12万元,实际开支9.35万元,节约2.65万元。",
                (("difference", "2.65", "agrees"),),
            ),
            Example(
                # 12 - 9.35 = 2.65, printed 2.56; "12" stands for [11.5, 12.5), so the saving
                # can be anywhere in [2.145, 3.155]: rounding
                "“三公”经费财政拨款支出预算为12万元,实际开支9.35万元,节约2.56万元。",
                (("difference", "2.56", "rounding"),),
                (("arithmetic.sangong", "warning"),),
            ),
            Example(
                # 12.00 - 9.35 = 2.65, printed 2.56; the intervals give [2.64, 2.66]: disagrees
                "“三公”经费财政拨款支出预算为12.00万元,实际开支9.35万元,节约2.56万元。",
                (("difference", "2.56", "disagrees"),),
                (("arithmetic.sangong", "error"),),
            ),
        ),
    ),
    Form(
        "procurement savings",
        "“采购计划金额A万元，实际采购金额B万元，节约资金C万元，节约率为D%”: C = A − B and"
        " D = C / A. A rate printed with ℅ for % (“节约率达4.9℅”) is read as one; purchases"
        " counted in 宗 are counts. The savings of the parts of a 其中 list add up to the"
        " total's, printed after the budget it is against (“完成…6779.35万元,采购预算7911.87"
        "万元,节约资金1132.52万元”). 结余率 names the rate too, and ﹒ the decimal point.",
        "“采购计划金额A万元，实际采购金额B万元，节约资金C万元，节约率为D%”：C = A − B，D = C ÷ A。"
        "以℅代替%的比率照常读取；以“宗”计的采购为计数。其中所列各项的节约资金之和应等于合计的节约"
        "资金，合计的节约资金可列在其预算之后。“结余率”亦为节约率，“﹒”为小数点。",
        (
            "claims._savings",
            "normalise._FOLD",
            "quantities.COUNTERS",
            "claims._change_of",
            "vocabulary.SAVINGS",
        ),
        (
            Example(
                # a part's saving is not the total's (富源县 2016 上半年, qj.gov.cn): 75 + 20 = 95;
                # 24283.88 + 1895.99 = 26179.87; 828.5 is 工程建设's own, no total of 828.5 +
                # 144.23 (an error before); 828.5 / (24283.88 + 828.5) = 3.299% -> 3.3
                "截至6月底,共完成交易项目95项,交易金额26179.87万元。其中工程建设75项,交易金额24283.88"
                "万元,节约资金828.5万元,资金节约率3.3%;政府采购20项,交易金额1895.99万元,节约资金"
                "144.23万元。",
                (
                    ("sum", "95", "agrees"),
                    ("sum", "26179.87", "agrees"),
                    ("share", "3.3", "agrees"),
                ),
            ),
            Example(
                # the rate in a sentence of its own after the saving's (临河区 2023 上半年,
                # dsxcorner.com mirror): 23220.01 − 23082.39 = 137.62; 137.62 / 23220.01 =
                # 0.5927% -> 0.59
                "执行政府采购预算23220.01万元。实际采购支出金额23082.39万元。节约资金137.62万元,"
                "其中:货物类:110.01万元,工程类:13.06万元,服务类:14.55万元。节约率0.59%。",
                (("difference", "137.62", "agrees"), ("share", "0.59", "agrees")),
            ),
            Example(
                # the same, the rate misprinted: 0.5927%, printed 0.69
                "执行政府采购预算23220.01万元。实际采购支出金额23082.39万元。节约资金137.62万元。"
                "节约率0.69%。",
                (("difference", "137.62", "agrees"), ("share", "0.69", "disagrees")),
                (("arithmetic.share", "error"),),
            ),
            Example(
                # 2018 政府采购 (a county's statistics): 32563.48 − 29124.31 = 3439.17; 3439.17 /
                # 32563.48 = 10.561% -> 10.56, named 结余率 (nothing was claimed)
                "预算金额32563.48万元,实际采购金额29124.31万元,节约资金3439.17万元,结余率10.56%。",
                (("difference", "3439.17", "agrees"), ("share", "10.56", "agrees")),
            ),
            Example(
                # the same with ﹒ for the decimal points
                "预算金额32563﹒48万元,实际采购金额29124﹒31万元,节约资金3439﹒17万元,结余率10﹒56%。",
                (("difference", "3439.17", "agrees"), ("share", "10.56", "agrees")),
            ),
            Example(
                # 122 - 116 = 6; 6 / 122 = 4.918% -> 4.9 (printed with ℅); 3 + 15 = 18 宗
                # (yn-diqing-xianggelila-czj-2015-zfcg-tw, heldout33)
                "今年1至2月份全县政府采购18宗(其中询价采购3次,自行采购15次),执行采购预算金额122万元,"
                "实际采购金额116万元,为国家节约资金6万元,节约率达4.9℅。",
                (
                    ("sum", "18", "agrees"),
                    ("difference", "6", "agrees"),
                    ("share", "4.9", "agrees"),
                ),
            ),
            Example(
                # 579.55 + 519.07 + 33.9 = 1132.52 (hn-zhuzhou-liling-czj-2016-zfcg, heldout33)
                "全市共完成政府采购6779.35万元,采购预算7911.87万元,节约资金1132.52万元。其中,完成货物"
                "采购3514.44万元,节约资金579.55万元;完成工程采购3068.21万元,节约资金519.07万元;完成"
                "服务采购196.7万元,节约资金33.9万元。",
                (("sum", "6779.35", "agrees"), ("change-sum", "1132.52", "agrees")),
            ),
            Example(
                # 12560.8 - 11842.3 = 718.5; 718.5 / 12560.8 = 5.7202% -> 5.72
                "2023年全市政府采购计划金额12560.8万元,实际采购金额11842.3万元,"
                "节约资金718.5万元,节约率为5.72%。",
                (("difference", "718.5", "agrees"), ("share", "5.72", "agrees")),
            ),
            Example(
                # 5.7202% -> 5.72, printed 6.07 = 718.5 / 11842.3 (the actual as the base)
                "2023年全市政府采购计划金额12560.8万元,实际采购金额11842.3万元,"
                "节约资金718.5万元,节约率为6.07%。",
                (("difference", "718.5", "agrees"), ("share", "6.07", "disagrees")),
                (("arithmetic.share", "error"),),
            ),
            Example(
                # "比预算的A万元节约资金C万元": the plan is the budget-phase figure, whatever its
                # name: 7136.74 - 6846.02 = 290.72; 290.72 / 7136.74 = 4.0736% -> 4.1
                "上半年,海港区实施政府采购总金额6846.02万元,比预算的7136.74万元节约资金290.72万元,"
                "节约率为4.1%。",
                (("difference", "290.72", "agrees"), ("share", "4.1", "agrees")),
            ),
        ),
    ),
    Form(
        "a running sum: a figure, what is added and deducted, the result",
        "“一般公共预算收入扣减体制结算上缴25.2亿元,加上体制结算返还5.6亿元,当年体制既得财力135.4亿元。"
        "经批准调入…7亿元和…10亿元,扣减…1亿元,当年本级一般公共预算财力151.4亿元”: the figure"
        " carried on (named at the start, or the last of the sentence before, or of the one"
        " before a 其中 sentence), plus what 加上/调入"
        " add and less what 扣减/减去 deduct (和 keeps the sign), is the figure that ends the"
        " sentence (a weak claim: the signs are read from the verbs). A balance (结余, 差额,"
        " 賸餘) printed before the first verb nets the figures before it: the sum starts there"
        " (“收入A,支出B,收支结余C,扣除债务还本D,结余E”: E = C − D).",
        "“一般公共预算收入扣减体制结算上缴25.2亿元，加上体制结算返还5.6亿元，当年体制既得财力135.4"
        "亿元”：接续的数（句首所称或上句末尾的数）加上“加上”“调入”的各数、减去“扣减”“减去”的各数"
        "（“和”沿用前一符号），等于句末的数（系推断）。第一个动词之前列出的结余（结余、差额、賸餘）"
        "已是其前各数相抵的结果，从它算起（“收入A，支出B，收支结余C，扣除债务还本D，结余E”："
        "E = C − D）。",
        (
            "claims._running_sums",
            "claims._carried",
            "claims._total_named_elsewhere",
            "claims._BALANCE_NAME",
        ),
        (
            Example(
                # 1520 - 1415 = 105 (Taiwan's 2025 general budget, reported by a paper; the
                # balance 31648 - 30128 = 1520 is read too)
                "收入31,648亿元,支出30,128亿元,收支结余1,520亿元,扣除债务还本1,415亿元,"
                "结余105亿元。",
                (("balance", "1520", "agrees"), ("sum", "105", "agrees")),
            ),
            Example(
                # 155 - 25.2 + 5.6 = 135.4; 135.4 + 7 + 10 - 1 = 151.4; 151.4 + 19.41 + 2.68
                # = 173.49
                "一般公共预算收入完成155亿元。根据现行财政体制匡算,一般公共预算收入扣减体制结算"
                "上缴25.2亿元,加上体制结算返还5.6亿元,当年体制既得财力135.4亿元。经批准调入预算"
                "稳定调节基金7亿元和政府性基金10亿元,扣减用于偿还一般债券本金1亿元,当年本级一般"
                "公共预算财力151.4亿元。加上上级转移支付收入19.41亿元和新增地方政府一般债务转贷"
                "收入2.68亿元,年度可用财力173.49亿元。",
                (
                    ("sum", "135.4", "agrees"),
                    ("sum", "151.4", "agrees"),
                    ("sum", "173.49", "agrees"),
                ),
            ),
            Example(
                # 135.4 + 7 + 10 - 1 = 151.4, not 153.4 (the deduction added): a warning
                "一般公共预算收入完成155亿元。根据现行财政体制匡算,一般公共预算收入扣减体制结算"
                "上缴25.2亿元,加上体制结算返还5.6亿元,当年体制既得财力135.4亿元。经批准调入预算"
                "稳定调节基金7亿元和政府性基金10亿元,扣减用于偿还一般债券本金1亿元,当年本级一般"
                "公共预算财力153.4亿元。",
                (("sum", "135.4", "agrees"), ("sum", "153.4", "disagrees")),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
            Example(
                # the sentence before breaks 5000.00 down (3000 + 1200.50 + 799.50): 加上 carries
                # the paragraph's last figure of the same thing (可用资金), not the last part:
                # 5000.00 + 400.25 = 5400.25 (799.50 + 400.25 would be 1199.75)
                "2023年一般公共预算可用资金为5000.00万元。其中包括:支出基数3000万元,税收分成收入"
                "1200.50万元,上级补助收入799.50万元。加上上年结余400.25万元,全年一般公共预算"
                "可用资金为5400.25万元。",
                (("sum", "5000.00", "agrees"), ("sum", "5400.25", "agrees")),
            ),
            Example(
                # (a Shanghai district's 2016 审计工作报告, jyfdgy.com, hunt 36): after a 其中
                # sentence, 加上 carries the figure it broke down: 208.99 + 54.17 + 21.80 + 0.79
                # + 1.00 + 5.98 = 292.73 (not the last part, 5.15)
                "经审计,实际完成区财政收入208.99亿元,同口径增长24.9%。其中:税收收入203.84亿元,"
                "占比97.5%;非税收入5.15亿元,占比2.5%。加上市区财力结算收入54.17亿元,地方政府"
                "一般债券转贷收入21.80亿元,调入资金0.79亿元,上年市级收入结转1.00亿元,调入预算稳定"
                "调节资金5.98亿元,全年区可用财力292.73亿元。",
                (
                    ("sum", "208.99", "agrees"),
                    ("share", "97.5", "agrees"),
                    ("share", "2.5", "agrees"),
                    ("sum", "292.73", "agrees"),
                ),
            ),
            Example(
                # bare 加 and 减 opening their clauses: 0 + 13.83 - 13.6 = 0.23; 13.83 - 13.5 =
                # 0.33, not 0.23 (gd-zhongshan-xiaolanzhen-2025-1h-yszx, heldout9)
                "上年结转结余0亿元,加一般公共预算总收入13.83亿元,减一般公共预算总支出13.6亿元,"
                "1-6月结余0.23亿元。\n上年结转结余0亿元,加一般公共预算总收入13.83亿元,减一般公共"
                "预算总支出13.5亿元,1-6月结余0.23亿元。",
                (("sum", "0.23", "agrees"), ("sum", "0.23", "disagrees")),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
            Example(
                # "A减去B后结余C" is one printed formula (100 - 80 = 20); the figure after it is
                # next year's budget, no running sum's result
                "2023年财政拨款收入100万元,基本支出80万元。财政拨款收入减去基本支出后结余20万元,"
                "2024年财政拨款收入预算120万元。",
                (("difference", "20", "agrees"),),
            ),
            Example(
                # unkeyed (长治市潞州区 2020): the total opens the next sentence: 116965 + 16814
                # + 189590 + 4637 + 15355 + 5639 = 349000 (a sum of _plus_totals); the 5639 of
                # 预算稳定调节基金 is one more item, no result of the items before it
                "全区一般公共预算收入完成116965万元。加上年结余收入16814万元,上级补助收入189590"
                "万元,地方政府一般债务转贷收入4637万元,调入资金15355万元,动用预算稳定调节基金5639"
                "万元。收入总计349000万元。",
                (("sum", "349000", "agrees"),),
            ),
            Example(
                # unkeyed (鄂温克旗 2025): the total is named among the figures (收入总量): 103,033
                # + 235,157 = 338,190; the 支出 after the ';' is another statement
                "一般公共预算收入实际完成103,033万元,比上年减少21,029万元,下降16.95%。加上级补助"
                "收入、调入资金、上年结转等收入235,157万元,收入总量338,190万元;一般公共预算支出"
                "287,576万元。",
                (("change-rate", "16.95", "agrees"), ("sum", "338190", "agrees")),
            ),
        ),
    ),
    Form(
        "a figure, 加上 more figures, and their total",
        "“收入预计完成39.1亿元。加上转移支付等资金27.23亿元,上年结转5.45亿元,…,总收入预计为104.04"
        "亿元”: the figure before 加上 and the figures after it add up to the total that closes"
        " the list (in the same sentence or opening the next: “合计…总量为…”; a weak claim)."
        " 连同 adds as 加上 does, and what must be financed (融资调度) is such a total. A figure of"
        " spending is not what an income total adds to, nor the other way.",
        "“收入预计完成39.1亿元。加上转移支付等资金27.23亿元，上年结转5.45亿元，……，总收入预计为104.04"
        "亿元”：“加上”之前的数与其后各数之和等于结尾的总数（同句或下句开头的“合计……总量为……”；"
        "系推断）。“连同”与“加上”同义，“融资调度”亦为此类合计。支出数不作收入合计的基数，反之亦然。",
        ("claims._plus_totals", "claims._other_way"),
        (
            Example(
                # 差短 + 債務償還 = 融資調度: 145 + 1067 = 1212 (tw-xinbei-shifu-109-ys-tw,
                # heldout20); 3.5 / (145 + 3.5) = 2.357% -> 2.36
                "歲入歲出差短145億元,較108年度減少3.5億元,降幅2.36%,連同債務償還1067億元,共需融資調度"
                "1212億元,以債務舉借彌平。",
                (("change-rate", "2.36", "agrees"), ("sum", "1212", "agrees")),
            ),
            Example(
                # the same misprinted: 145 + 1067 = 1212, not 1221 (a warning)
                "歲入歲出差短145億元,較108年度減少3.5億元,降幅2.36%,連同債務償還1067億元,共需融資調度"
                "1221億元,以債務舉借彌平。",
                (("change-rate", "2.36", "agrees"), ("sum", "1221", "disagrees")),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
            Example(
                # 39.1 + 27.23 + 5.45 + 17.75 + 1.72 + 12.79 = 104.04
                "2023年区级一般公共预算收入预计完成39.1亿元。加上税收返还和转移支付等资金27.23亿元,"
                "上年结转5.45亿元,一般债券转贷收入17.75亿元,动用预算稳定调节基金1.72亿元,"
                "调入资金12.79亿元,2023年一般公共预算总收入预计为104.04亿元。",
                (("sum", "104.04", "agrees"),),
            ),
            Example(
                # 198.03 + 26 + 14 + 113.39 + 90.73 = 442.15, printed 452.15 (beyond the rounding
                # of the integers 26 and 14)
                "区级一般公共预算收入198.03亿元;加上市区财力结算净收入26亿元,一般债务转贷收入14亿元,"
                "调入预算稳定调节基金113.39亿元,调入资金90.73亿元。合计一般公共预算收入总量为"
                "452.15亿元。",
                (("sum", "452.15", "disagrees"),),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
            Example(
                # unkeyed (2018 中央社会保险基金决算): the figure before 加上 is of spending, the
                # total of income (589.67 + 2413.30 = 3002.97, but 589.67 is two sentences back,
                # among others): no reading (654.83 + 2413.30 = 3068.13 was a false warning)
                "本年支出预算数654.83亿元,决算数532.49亿元,完成预算的81.3%。另外,2018年启动实施企业"
                "职工基本养老保险中央调剂制度,加上地方上缴的中央调剂基金收入2413.30亿元,收入总量"
                "3002.97亿元。",
                (("completion", "81.3", "agrees"),),
            ),
            Example(
                # 4402 + 1884 + 60 + 103 = 6449 = 收入合计; the 支出合计 after it is broken down
                # on the lines below (3000 + 3449 = 6449): it is not also the total of the
                # income before it (4402 + … + 6449 = 12898), a competing reading dropped
                # (cq-fuling-x-2023-jsbg, tests/corpus/heldout)
                "全镇一般公共预算收入4402万元,加上级转移支付收入1884万元,上年结转结余60万元,"
                "基金调入103万元,收入合计为6449万元;本级一般公共预算支出合计6449万元,其中:\n"
                "——一般公共服务支出3000万元,增长40.78%;\n——教育支出3449万元,下降2%。",
                (("sum", "6449", "agrees"), ("sum", "6449", "agrees")),
            ),
            Example(
                # the sentence names what it adds to (县级一般公共预算收入, 73220, in the sentence
                # before), not that sentence's head (127606): 73220 + 124392 + 13000 + 21226 =
                # 231838 (zj-jinhua-panan-czj-2015-ysbg, heldout8)
                "2015年全县财政总收入127606万元,完成调整预算的99.6%,可比增长11.13%。其中:中央级"
                "收入54386万元,完成预算的97.95%,可比增长7.74%;县级一般公共预算收入73220万元,完成"
                "调整预算的100.03%,可比增长13.79%。县级一般公共预算收入加上预计上级各类补助收入"
                "124392万元(其中:省税收返还收入4420万元、上级转移支付收入119972万元)、新增地方政府"
                "债券收入13000万元、调入结转结余资金收入(含预算稳定调节基金)21226万元,收入合计"
                "231838万元。",
                (
                    ("sum", "127606", "agrees"),
                    ("sum", "124392", "agrees"),
                    ("sum", "231838", "agrees"),
                ),
            ),
        ),
    ),
    Form(
        "the two totals of a balance statement",
        "“一般公共预算收入35.01亿元,上级补助收入11.96亿元,…。一般公共预算支出30.09亿元,上解上级"
        "支出11.30亿元,…。收入合计55.60亿元,支出合计49.10亿元”: a 收入合计 (支出合计) is the sum"
        " of the money in (out) printed before it in its paragraph — 收入, 上年结余, 调入,"
        " 动用…基金 (支出, 调出, 上解…支出, 还本, 安排…基金); the last word decides (下级上解收入"
        " is money in);"
        " a plain 支出 after a 收入合计 is the other total; a figure of neither side starts the"
        " statement again (a weak claim: a warning).",
        "“一般公共预算收入35.01亿元，上级补助收入11.96亿元，……。一般公共预算支出30.09亿元，上解上级"
        "支出11.30亿元，……。收入合计55.60亿元，支出合计49.10亿元”：收入合计（支出合计）等于本段此前"
        "各项流入（流出）之和——收入、上年结余、调入、动用……基金（支出、调出、上解……支出、还本、"
        "安排……基金），以末尾的词为准（“下级上解收入”为流入）；收入合计之后的“支出”即支出合计；"
        "不属两边的数使清单重新开始（系推断，不符报警告）。",
        ("claims._statement_totals", "claims._money_flow"),
        (
            Example(
                # 35.01 + 11.96 + 2.38 + 0.0229 + 2.46 = 51.8329 -> 51.83;
                # 30.09 + 11.30 + 0.22 + 7.49 = 49.10
                "全区一般公共预算收入35.01亿元,上级补助收入11.96亿元,上年结余2.38亿元,"
                "调入资金229万元,下级上解收入2.46亿元。一般公共预算支出30.09亿元,"
                "上解上级支出11.30亿元,债务还本支出0.22亿元,安排预算稳定调节基金7.49亿元。"
                "收入合计51.83亿元,支出49.10亿元。",
                (("sum", "51.83", "agrees"), ("sum", "49.10", "agrees")),
            ),
            Example(
                # the same statement a sentence a line (a page of short paragraphs): the items
                # still stand before their total: 35.01 + 11.96 + 2.38 = 49.35;
                # 30.09 + 11.30 = 41.39
                "一、全区财政决算收支情况\n全区一般公共预算收入35.01亿元,上级补助收入11.96亿元,"
                "上年结余2.38亿元。\n一般公共预算支出30.09亿元,上解上级支出11.30亿元。\n"
                "收入合计49.35亿元,支出合计41.39亿元。",
                (("sum", "49.35", "agrees"), ("sum", "41.39", "agrees")),
            ),
            Example(
                # 35.01 + 11.96 + 3.56 = 50.53, printed 50.35
                "全区一般公共预算收入35.01亿元,上级补助收入11.96亿元,动用预算稳定调节基金3.56亿元。"
                "收入合计50.35亿元。",
                (("sum", "50.35", "disagrees"),),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
        ),
    ),
    Form(
        "year-end balance after the money in and out",
        "“收入合计55.60亿元,支出合计49.10亿元,年终结余6.50亿元”: the balance (年终结余, 年末滚存"
        "结余, 收支差额) is the money in less the money out of its statement — the two 合计 when"
        " printed (an error when it differs), else every item in and out (上年结余, 调入, 补助"
        "收入… less 支出, 调出, 上解…; a warning); a balance carried over the years (滚存结余)"
        " after the year's 收入合计 adds the opening balance (上年结余) printed beside it. A"
        " shortfall naming both sides in a sentence of"
        " its own (“歲入歲出差短數103.84億元”) is read against the last 岁入 and 岁出 figures"
        " before it (at most six sentences, not past a heading). A balance named by one side"
        " (“歲出餘絀”) is that side's budget less its actual (for 岁入, its actual less its"
        " budget; a weak claim).",
        "“收入合计55.60亿元，支出合计49.10亿元，年终结余6.50亿元”：结余（年终结余、年末滚存结余、"
        "收支差额）等于流入减流出——有两个合计时用合计（不符报错误），否则用各项（上年结余、"
        "调入、补助收入……减支出、调出、上解……；不符报警告）；本年“收入合计”之后的滚存结余还加上"
        "同时列出的上年结余。一句只列“歲入歲出差短數”的，取此前"
        "（至多六句，不越过标题）最后所列的岁入、岁出之数。以一方命名的余绌（“歲出餘絀”）为该方"
        "预算数减决算数（岁入则为决算数减预算数；不符报警告）。",
        ("claims._year_end_balances", "claims._sides_before", "claims._one_side_balance"),
        (
            Example(
                # a balance carried over the years after the year's 收入合计: the opening balance
                # printed beside it counts too (塔城地区 医保基金 2024, a table's figures in a
                # sentence): 1079.96 + 21772.41 − 21885.53 = 966.84
                "职工基本医疗保险上年结余1079.96万元,收入合计21772.41万元,支出合计21885.53万元,"
                "滚存结余966.84万元。",
                (("balance", "966.84", "agrees"),),
            ),
            Example(
                # the table as printed: 996.84, two digits swapped
                "职工基本医疗保险上年结余1079.96万元,收入合计21772.41万元,支出合计21885.53万元,"
                "滚存结余996.84万元。",
                (("balance", "996.84", "disagrees"),),
                (("arithmetic.balance", "error"),),
            ),
            Example(
                # a shortfall naming both sides in a sentence of its own: the last 岁入 and 岁出
                # figures before it (their sentences' sides; tw-taipei-shifu-103-zys-tw,
                # heldout7): 1712.31 − 1608.47 = 103.84
                "根據審查結果,歲入原列新台幣1599.84億元,最後計列1608.47億元,淨增8.63億元。歲出原列"
                "1726.42億元,最後計列1712.31億元,刪減14.11億元。\n\n市府指出,歲入歲出差短數103.84"
                "億元,連同債務還本66億元。",
                (
                    ("difference", "8.63", "agrees"),
                    ("difference", "14.11", "agrees"),
                    ("balance", "103.84", "agrees"),
                ),
            ),
            Example(
                # a balance named by one side (歲出餘絀) is that side's budget less its actual:
                # 93656000 − 78689659 = 14966341 (tw-lienchiang-juguangxiang-111-zjs-tw, heldout7)
                "年度歲出預算數九千三百六十五萬六千元,決算數七千八百六十八萬九千六百五十九元,"
                "歲出餘絀一千四百九十六萬六千三百四十一元。",
                (("balance", "14966341", "agrees"),),
            ),
            Example(
                # the same with two digits swapped: 14696341 (a weak claim: a warning)
                "年度歲出預算數九千三百六十五萬六千元,決算數七千八百六十八萬九千六百五十九元,"
                "歲出餘絀一千四百六十九萬六千三百四十一元。",
                (("balance", "14696341", "disagrees"),),
                (("arithmetic.balance", "warning"),),
            ),
            Example(
                # a fund's net income (本期淨利(賸餘), 賸 kept by the converter) after its money in
                # and out: 987.81 − 877.81 = 110 (tw-xinbei-shifu-109-ys-tw, heldout20)
                "總收入計列987.81億元;總支出核列877.81億元。本期淨利(賸餘)110億元。",
                (("balance", "110", "agrees"),),
            ),
            Example(
                # 業務收入 + 業務外收入 − 業務成本與費用 = 賸餘: 31675000 + 750000 − 32018000 =
                # 407000 (tw-kinmen-lieyuxiang-110-ys-tw, the unkeyed set)
                "編列業務收入3,167萬5,000元整,業務成本與費用3,201萬8,000元整,業務外收入75萬元整,110"
                "年度賸餘40萬7,000元整。",
                (("balance", "407000", "agrees"),),
            ),
            Example(
                # the same misprinted: 1712.31 − 1608.47 = 103.84, not 113.84 (a warning)
                "根據審查結果,歲入原列新台幣1599.84億元,最後計列1608.47億元,淨增8.63億元。歲出原列"
                "1726.42億元,最後計列1712.31億元,刪減14.11億元。\n\n市府指出,歲入歲出差短數113.84"
                "億元,連同債務還本66億元。",
                (
                    ("difference", "8.63", "agrees"),
                    ("difference", "14.11", "agrees"),
                    ("balance", "113.84", "disagrees"),
                ),
                (("arithmetic.balance", "warning"),),
            ),
            Example(
                # 55.60 - 49.10 = 6.50
                "全区收入合计55.60亿元,支出合计49.10亿元,年终结余6.50亿元。",
                (("balance", "6.50", "agrees"),),
            ),
            Example(
                # 55.60 - 49.10 = 6.50, not 6.05
                "全区收入合计55.60亿元,支出合计49.10亿元,年终结余6.05亿元。",
                (("balance", "6.05", "disagrees"),),
                (("arithmetic.balance", "error"),),
            ),
            Example(
                # the items, in 万元 and 亿元: 0.28 + 0.28 - 0.28 = 0.28; 229 + 86 - 229 = 86
                "全区社会保险基金预算收入0.28亿元,上年结余0.28亿元,支出0.28亿元,"
                "年末滚存结余0.28亿元。全区国有资本经营预算收入229万元,上级补助收入86万元,"
                "调出资金229万元。年终结余86万元。",
                (("balance", "0.28", "agrees"), ("balance", "86", "agrees")),
            ),
            Example(
                # Taiwan's words: 歲入/歲出 are the money in and out; 差短 and 虧損 are out − in,
                # 餘絀 in − out (in 千元): 554746.8 - 523639.7 = 31107.1;
                # 302187.1 - 287353.7 = 14833.4; 4059629 - 3907285 = 152344 (萬元)
                "115年度預算案歲入方面共編列52億3,639萬7千元,歲出總額55億4,746萬8千元,歲入歲出"
                "差短數3億1,107萬1千元。\n附屬單位預算總收入計28億7,353萬7千元,基金總支出計"
                "30億2,187萬1千元,相抵後虧損1億4,833萬4千元。\n審定歲入決算數405億9,629萬元,"
                "歲出決算數390億7,285萬元,歲入歲出餘絀數15億2,344萬元。",
                (
                    ("balance", "311071", "agrees"),
                    ("difference", "148334", "agrees"),
                    ("balance", "152344", "agrees"),
                ),
            ),
            Example(
                # a shortfall (短数) is the money out less the money in (成本 is money out):
                # 334337000 - 184055000 = 150282000; 3186205000 - 3145876000 = 40329000, not
                # 40392000
                "2個營業基金收入合計18,4055,000元,成本合計33,4337,000元,收支相抵短數15,0282,000元;"
                "8個非營業基金收入合計314,5876,000元,支出合計318,6205,000元,短數為4,0392,000元。",
                (("balance", "150282000", "agrees"), ("balance", "40392000", "disagrees")),
                (("arithmetic.balance", "error"),),
            ),
            Example(
                # a bare 结余 opening its sentence after the spending: what is left of the funds
                # available printed last of the same fund (可用资金, the paragraph before):
                # 5400.25 - 4800.00 = 600.25
                "加上上年结余400.25万元,全年一般公共预算可用资金为5400.25万元。\n2023年一般公共"
                "预算支出4800.00万元,为调整预算的98.00%。结余600.25万元。",
                (("balance", "600.25", "agrees"),),
            ),
            Example(
                # 5400.25 - 4800.00 = 600.25, not 500.25 (a warning: 可用资金 is not named a total)
                "加上上年结余400.25万元,全年一般公共预算可用资金为5400.25万元。\n2023年一般公共"
                "预算支出4800.00万元,为调整预算的98.00%。结余500.25万元。",
                (("balance", "500.25", "disagrees"),),
                (("arithmetic.balance", "warning"),),
            ),
            Example(
                # the funds available are another fund's (政府性基金): no balance is read
                "全年政府性基金可用资金为5400.25万元。\n2023年一般公共预算支出4800.00万元。"
                "结余600.25万元。",
                (),
            ),
        ),
    ),
    Form(
        "savings and audit reductions named in other words",
        "The words of a saving are a vocabulary table (SAVINGS): 采购预算/预算规模/送审 for the"
        " plan, 实际采购/完成额/审定 for the actual, 节约/审减/核减 for the saving, 节支率/审减率"
        " for its rate; a plan and actual a few sentences before the saving count too. An"
        " audit's 审减 is gross of the projects reviewed upwards, so 送审 − 审定 ≠ 审减 is only a"
        " warning.",
        "节约的用语列于词表（SAVINGS）：计划数为“采购预算/预算规模/送审”，实际数为“实际采购/"
        "完成额/审定”，节约额为“节约/审减/核减”，比率为“节支率/审减率”；节约额之前数句中的"
        "计划数与实际数亦可。审减额含审增项目的抵减，送审减审定不等于审减只报警告。",
        ("claims._savings", "claims._earlier_plan"),
        (
            Example(
                # 20657.52 - 18391.01 = 2266.51; 2266.51 / 20657.52 = 10.9721% -> 10.97
                "完成采购预算20657.52万元,实际采购金额18391.01万元,节约财政资金2266.51万元,"
                "平均节支率为10.97%。",
                (("difference", "2266.51", "agrees"), ("share", "10.97", "agrees")),
            ),
            Example(
                # 18906 / 115991 = 16.2995% -> 16.30, not 16.39; 115991 - 97219 = 18772,
                # not 18906 (a warning: 审减 is gross of 审增)
                "送审金额115991万元,审定金额97219万元,审减金额18906万元,审减率16.39%。",
                (("difference", "18906", "disagrees"), ("share", "16.39", "disagrees")),
                (("arithmetic.change-amount", "warning"), ("arithmetic.share", "error")),
            ),
            Example(
                # the plan and the actual in the sentences before: 227957.45 - 205460.49 =
                # 22496.96; 22496.96 / 227957.45 = 9.8689% -> 9.87
                "市本级纳入政府集中采购的预算规模为227957.45万元。实际采购规模为205460.49万元。"
                "节约资金22496.96万元,节约率为9.87%。",
                (("difference", "22496.96", "agrees"), ("share", "9.87", "agrees")),
            ),
            Example(
                # each with its parts in a sentence that opens with 其中 (xx-ocrzy, heldout4,
                # reworded): those are parts, not the plan and the actual (货物类 97926.37 −
                # 91229.58 was read, an error)
                "市本级纳入政府集中采购的预算规模为227957.45万元。其中:货物类采购预算金额97926.37"
                "万元;工程类采购预算金额41941.66万元;服务类采购预算金额88089.43万元。实际采购规模"
                "为205460.49万元。其中:货物类实际采购规模91229.58万元;工程类实际采购规模36535.06"
                "万元;服务类实际采购规模77695.85万元。节约资金22496.96万元,节约率为9.87%。",
                (
                    ("sum", "227957.45", "rounding"),
                    ("sum", "205460.49", "agrees"),
                    ("difference", "22496.96", "agrees"),
                    ("share", "9.87", "agrees"),
                ),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
        ),
    ),
    Form(
        "an average after its total and count",
        "“全省56个城区地区生产总值完成3030.8亿元…。各城区平均地区生产总值54.1亿元”: an average"
        " (平均…) after a total of the same thing and the count it is over = total / count (a weak"
        " claim: a warning when it disagrees).",
        "“全省56个城区地区生产总值完成3030.8亿元……。各城区平均地区生产总值54.1亿元”：平均数"
        "等于其前同一事项的总数除以个数（系推断，不符时报警告）。",
        ("claims._averages",),
        (
            Example(
                # 3030.8 / 56 = 54.1214 -> 54.1
                "全省56个城区地区生产总值完成3030.8亿元,同比增长13.1%。"
                "各城区平均地区生产总值54.1亿元。",
                (("ratio", "54.1", "agrees"),),
            ),
            Example(
                # 297.6 / 56 = 5.3143 -> 5.3, not 5.8
                "全省56个城区实现地方财政一般预算收入297.6亿元,同比增长30.3%。"
                "各城区平均地方财政一般预算收入5.8亿元。",
                (("ratio", "5.8", "disagrees"),),
                (("arithmetic.ratio", "warning"),),
            ),
            Example(
                # an average in brackets right after its total: 50 / 8 = 6.25
                "公务用车保有量8辆,运行维护费50万元(平均每辆6.25万元)。",
                (("ratio", "6.25", "agrees"),),
            ),
            Example(
                # the same, misprinted: 50 / 8 = 6.25, printed 6.35
                "公务用车保有量8辆,运行维护费50万元(平均每辆6.35万元)。",
                (("ratio", "6.35", "disagrees"),),
                (("arithmetic.ratio", "warning"),),
            ),
            Example(
                # the count's change is not what the average is over: 50 / 10 = 5 (not 50 / 2)
                "全市公务用车10辆,比上年减少2辆,运行维护费50万元,平均每辆运行维护费5万元。",
                (("ratio", "5", "agrees"),),
            ),
        ),
    ),
    Form(
        "an average price before its count and total (均价)",
        "“电监会购车均价为37.41万元。2012年该部门共购置公务用车3辆,…购置费支出112.24万元”: a 均价"
        " printed before the count and the one amount it is the average of (the rest of its"
        " sentence, the next sentence of its paragraph, or a later one naming the same owner)"
        " = amount / count (a weak claim). A bound (“均价超25万”, “低于10万元”) is no average.",
        "“电监会购车均价为37.41万元。2012年该部门共购置公务用车3辆，……购置费支出112.24万元”："
        "均价在前，其后（本句余下部分、同段下一句，或点出同一主体的后续句子）列出数量和唯一一笔"
        "金额：均价 = 金额 ÷ 数量（系推断）。“均价超25万”“低于10万元”是界限，不是均价。",
        ("claims._averages", "claims._count_and_total_after"),
        (
            Example(
                # 112.24 / 3 = 37.4133 -> 37.41
                "电监会购车均价为37.41万元。2012年该部门共购置公务用车3辆,均为领导干部用车,"
                "购置费支出112.24万元。",
                (("ratio", "37.41", "agrees"),),
            ),
            Example(
                # 207.32 / 5 = 41.464 -> 41.46, printed 42.46; the owner (国家体育总局) is named
                # again two sentences later
                "国家体育总局购车均价为42.46万元。其他部门均较低。\n"
                "2012年,国家体育总局共购置5辆公务用车,支出207.32万元。",
                (("ratio", "42.46", "disagrees"),),
                (("arithmetic.ratio", "warning"),),
            ),
            Example(
                # 超 and 低于 make the figures bounds: nothing to check
                "11部委购车均价超25万:电监会3辆车总价112万。环保部的购车均价最低,为9.04万元,"
                "也是8家中唯一一家购车均价低于10万元的部门。",
                (),
            ),
        ),
    ),
    Form(
        "count × price per unit",
        "“计划出国(境)2人,预算费用3.5万元/人,共计7万元”: a count, a price per unit (“/人”,"
        " “单价”) and a total after them: total = count × price (a warning when the price is"
        " only named 单价, an error with “/人”).",
        "“计划出国（境）2人，预算费用3.5万元/人，共计7万元”：数量、单价（“/人”“单价”）及其后的"
        "总额：总额 = 数量 × 单价（仅称“单价”时不符报警告，有“/人”时报错误）。",
        ("claims._products",),
        (
            Example(
                # 2 × 3.5 = 7; 3 × 25 = 75
                "计划出国(境)2人,预算费用3.5万元/人,共计7万元。购置车辆3辆,单价25万元,合计75万元。",
                (("product", "7", "agrees"), ("product", "75", "agrees")),
            ),
            Example(
                # 2 × 3.5 = 7, not 8
                "计划出国(境)2人,预算费用3.5万元/人,共计8万元。",
                (("product", "8", "disagrees"),),
                (("arithmetic.product", "error"),),
            ),
            Example(
                # the price in brackets right after its count: 3 × 25 = 75, printed 76; 25万元
                # stands for [24.5, 25.5) and 3 × 25.5 = 76.5, so rounding explains it: a warning
                "购置车辆3辆(单价25万元),合计76万元。",
                (("product", "76", "rounding"),),
                (("arithmetic.product", "warning"),),
            ),
        ),
    ),
    Form(
        "average annual growth",
        "“由2019年的A亿元增加到2023年的B亿元，年均增长R%”: R = (B / A)^(1/N) − 1 over the N years"
        " between the two printed years. A change since a year named (“2017年…收入B亿元,…比2013"
        "年增加C亿元,年平均增长R%”) gives A = B − C. A rate named 年均 is never read as the rate"
        " of one change.",
        "“由2019年的A亿元增加到2023年的B亿元，年均增长R%”：R = (B ÷ A)^(1/N) − 1，"
        "N为两个年份之差。“2017年……收入B亿元，……比2013年增加C亿元，年平均增长R%”：A = B − C。"
        "称“年均”的增长率不按一次增减额的增长率核对。",
        (
            "claims._average_growth",
            "claims._average_over_change",
            "claims._annual_since",
            "claims._SINCE_YEAR",
        ),
        (
            Example(
                # 城乡居民基本养老保险 2017 (a province's 统计): 12.41 / (12.41 − 4.44) = 1.557089;
                # its 4th root = 1.117065: 11.71 (it was read as 4.44 / 7.97 = 55.71%, a warning)
                "2017年,城乡居民基本养老保险基金收入12.41亿元,比上年增加1.31亿元,增长11.80%;比"
                "2013年增加4.44亿元,年平均增长11.71%。",
                (("change-rate", "11.80", "agrees"), ("change-rate", "11.71", "agrees")),
            ),
            Example(
                # the same, the average misprinted: 11.91 for 11.71
                "2017年,城乡居民基本养老保险基金收入12.41亿元,比上年增加1.31亿元,增长11.80%;比"
                "2013年增加4.44亿元,年平均增长11.91%。",
                (("change-rate", "11.80", "agrees"), ("change-rate", "11.91", "disagrees")),
                (("arithmetic.change-rate", "error"),),
            ),
            Example(
                # 71.3 / 52.6 = 1.355513; its 4th root = 1.079011: 7.9011% -> 7.9
                "全县一般公共预算收入由2019年的52.6亿元增加到2023年的71.3亿元,年均增长7.9%。",
                (("change-rate", "7.9", "agrees"),),
            ),
            Example(
                # 7.9011% -> 7.9, printed 8.9 = 35.55% / 4, the simple mean; over the intervals
                # (71.25 / 52.65 .. 71.35 / 52.55) the rate stays in [7.857%, 7.946%]
                "全县一般公共预算收入由2019年的52.6亿元增加到2023年的71.3亿元,年均增长8.9%。",
                (("change-rate", "8.9", "disagrees"),),
                (("arithmetic.change-rate", "error"),),
            ),
        ),
    ),
    Form(
        "gap between two rates",
        "“增长8.1%，比全市平均增幅4.4%高出3.7个百分点”: the points are the difference of the two"
        " printed rates (a weak reading: which two rates is inferred). A rate the sentence names"
        " but does not print (“高于整体支出增幅”, “全市…收入增幅比…”) is the last one printed"
        " under that name before it in the sentence, else in the paragraph (the whole's before"
        " its parts'), else in the paragraph before; when none is, no other percentage before"
        " it is its pair (a completion rate, nor a rate of another thing: “高于全国地方平均水平"
        "2.2个百分点”). A change in points after a percentage"
        " and the year before's printed after 比 (“比例为11.32%,比上年的10.54%增加了0.78个百分点”)"
        " is their difference (certain: both and the verb are printed).",
        "“增长8.1%，比全市平均增幅4.4%高出3.7个百分点”：百分点为两个比率之差（结构系推断）。"
        "句中只称其名、未列数值的增幅，取本句此前、否则本段此前（总体优先于其组成部分）、再否则上一段"
        "以该名称列示的最后一个增幅；找不到时，前面其他百分比（完成率，或他项的增幅，如“高于全国地方"
        "平均水平2.2个百分点”）均不与之配对。比率之后以"
        "“比上年的Y%”列出上年比率并写明增减百分点的，百分点为两者之差。",
        (
            "claims._point_gaps",
            "claims._named_rate",
            "claims._rate_named",
            "claims._NAMED_RATE",
            "claims._point_changes",
        ),
        (
            Example(
                # the national average is not printed (福建 2017): 9.9 − 7.2 is no gap of the
                # report's (it was read so, 2.7 against 2.2: a warning)
                "2017年,全省一般公共预算总收入4604亿元,完成预算的101.9%,增长7.2%;全省一般公共预算"
                "支出4719.29亿元,增长9.9%,高于全国地方平均水平2.2个百分点。",
                (),
            ),
            Example(
                # ha-luohe-chengxiang-shifanqu-2017-jyjf (heldout9): 11.32 − 10.54 = 0.78
                "教育经费3335.17万元,占一般公共预算支出29472万元的比例为11.32%,比上年的10.54%增加了"
                "0.78个百分点。",
                (("share", "11.32", "agrees"), ("points-gap", "0.78", "agrees")),
            ),
            Example(
                # 11.32 − 10.54 = 0.78, printed 0.87: an error
                "占比为11.32%,比上年的10.54%增加了0.87个百分点。",
                (("points-gap", "0.87", "disagrees"),),
                (("arithmetic.points-gap", "error"),),
            ),
            Example(
                # 8.1 - 4.4 = 3.7
                "2023年全县一般公共预算收入同比增长8.1%,比全市平均增幅4.4%高出3.7个百分点。",
                (("points-gap", "3.7", "agrees"),),
            ),
            Example(
                # 8.1 - 4.4 = 3.7, printed 4.7 (intervals: 3.7 ± 0.1)
                "2023年全县一般公共预算收入同比增长8.1%,比全市平均增幅4.4%高出4.7个百分点。",
                (("points-gap", "4.7", "disagrees"),),
                (("arithmetic.points-gap", "warning"),),
            ),
            Example(
                # "比…(Y%)高Z个百分点": the compared rate in brackets: 20.6 - 17.9 = 2.7
                "县区一般公共预算收入完成503.7亿元,增长20.6%,比全省平均水平(17.9%)高2.7个百分点。",
                (("points-gap", "2.7", "agrees"),),
            ),
            Example(
                # 7.8 - 4.3 = 3.5, not 4.5
                "全市民生支出165.8亿元,增长7.8%,比全省平均(4.3%)低4.5个百分点。",
                (("points-gap", "4.5", "disagrees"),),
                (("arithmetic.points-gap", "warning"),),
            ),
            Example(
                # the other rate named, printed earlier in the paragraph (sd-zaozhuang-czj-2020-
                # yszx, tests/corpus/heldout): 7.8 - 4.3 = 3.5
                "1-10月份,全市一般公共预算支出完成225.31亿元,增长4.3%。"
                "全市民生支出165.8亿元,增长7.8%,高于整体支出增幅3.5个百分点。",
                (("points-gap", "3.5", "agrees"),),
            ),
            Example(
                # the named rate printed before in the same sentence, not the nearer one of
                # another name (jl-jilin-czt-2024-yszx-tw, heldout4): 21.7 - 18.9 = 2.8
                "1月份,全省一般公共预算收入增长18.9%,其中税收收入增长21.7%,"
                "高于全省收入增速2.8个百分点。",
                (("points-gap", "2.8", "agrees"),),
            ),
            Example(
                # the named rate in the paragraph before, the rates printed just before being of
                # other names (fj-fujian-czt-2014-yszx-tw, heldout3): 10.6 - 6 = 4.6, not 30.4 - 6
                "1-4月,全省公共财政支出完成874亿元,增长10.6%。\n"
                "教育、住房保障支出分别增长14.4%、30.4%;一般公共服务支出增长6%,"
                "低于财政支出增速4.6个百分点。",
                (("points-gap", "4.6", "agrees"),),
            ),
            Example(
                # the named rate (年度目标增幅) printed nowhere: the completion rate before is no
                # rate to take its place (fj-quanzhou-czj-2023-q1-yszx, heldout19)
                "地方一般公共预算收入193.29亿元,增收29.04亿元、增长17.7%,完成年度预算的34.7%;"
                "税收收入增长12.6%,高于年度目标增幅12.1个百分点。",
                (("change-rate", "17.7", "agrees"),),
            ),
            Example(
                # the sentence's own rate named at its head and printed before, the compared one
                # in brackets (gd-x-nd-yszx-tw, tests/corpus/heldout): 全市 is the 21.87%, not
                # the 26.37% of its part printed after it: 21.87 - 15.97 = 5.90
                "1-7月,全市地方公共财政预算收入完成1392476万元,增长21.87%。其中:市本级收入完成"
                "541412万元,增长15.40%;7个县(区)公共财政预算收入共完成851064万元,增长26.37%。"
                "全市公共财政预算收入增幅比全省平均增幅(15.97%)高5.9个百分点。",
                (
                    ("sum", "1392476", "agrees"),
                    ("points-gap", "5.9", "agrees"),
                ),
            ),
            Example(
                # the same, misprinted: 5.90, printed 6.9
                "1-7月,全市地方公共财政预算收入完成1392476万元,增长21.87%。其中:市本级收入完成"
                "541412万元,增长15.40%;7个县(区)公共财政预算收入共完成851064万元,增长26.37%。"
                "全市公共财政预算收入增幅比全省平均增幅(15.97%)高6.9个百分点。",
                (
                    ("sum", "1392476", "agrees"),
                    ("points-gap", "6.9", "disagrees"),
                ),
                (("arithmetic.points-gap", "warning"),),
            ),
        ),
    ),
    Form(
        "a rate whose figure is printed again with its change",
        "“全省公共财政支出完成874亿元,增长10.6%。…而全省公共财政支出874亿元,…,增支83.51亿元”: a"
        " rate with no change beside it is the change printed with the same figure (same name,"
        " same value) elsewhere, over the prior it implies. Inferred: a disagreement is a"
        " warning.",
        "“全省公共财政支出完成874亿元，增长10.6%。……而全省公共财政支出874亿元，……，增支83.51亿元”："
        "旁无增减额的增长率，按别处重复列示的同名同值数字及其增减额核对（系推断，不符时报警告）。",
        ("claims._restated_rate",),
        (
            Example(
                # 83.51 / (874 - 83.51) = 10.564% -> 10.6 (fj-fujian-czt-2014, heldout3); the
                # leading 而 is not part of the name
                "今年1-4月,全省公共财政支出完成874亿元,增长10.6%。\n据了解,我省公共财政总收入完成"
                "1310.83亿元,而全省公共财政支出874亿元,完成预算30.7%,增支83.51亿元。",
                (("change-rate", "10.6", "agrees"),),
            ),
            Example(
                # the same, misprinted: 10.564%, printed 11.6
                "今年1-4月,全省公共财政支出完成874亿元,增长11.6%。\n据了解,我省公共财政总收入完成"
                "1310.83亿元,而全省公共财政支出874亿元,完成预算30.7%,增支83.51亿元。",
                (("change-rate", "11.6", "disagrees"),),
                (("arithmetic.change-rate", "warning"),),
            ),
            Example(
                # printed again with another value: not the same figure, nothing is read
                "今年1-4月,全省公共财政支出完成874亿元,增长10.6%。\n据了解,全省公共财政支出"
                "880亿元,增支83.51亿元。",
                (),
            ),
        ),
    ),
    Form(
        "change without its figure",
        "A change and rate whose current figure is printed nowhere: nothing can be computed, so"
        " nothing is claimed (the sentence is counted in the coverage).",
        "增减额和增减率的本年数未列示：无从计算，不作判断（计入未读懂的句子）。",
        ("claims._currents", "coverage.coverage_of"),
        (
            Example(
                # no current figure: a careful reader cannot check 43.39% either
                "减少253.22万元,降低43.39%,主要原因是厉行节约。",
                (),
            ),
        ),
    ),
    # ------------------------------------------------------------------------------------------
    # Shares
    Form(
        "share of the head total",
        "A total, a list introduced by 主要用于/其中/包括, and each part's share of the total"
        " (“占88.60%”, no total named). The total printed again is no part of itself. A bare"
        " share whose amount follows it (“占比48.9%,达到了3784万元”) is that amount's share of"
        " the larger amount before it (a weak reading).",
        "总额后接“主要用于/其中/包括”列举各项，各项“占X%”指占该总额的比例。重复列出的总额不是"
        "它自身的一部分。“占比48.9%，达到了3784万元”：占比之后所列的数是其分子，分母为其前较大的"
        "数（系推断）。",
        (
            "claims._shares",
            "claims._share",
            "claims._numerator",
            "claims._AMOUNT_AFTER_SHARE",
            "claims._head",
            "claims._lists",
            "claims._restated_whole",
        ),
        (
            Example(
                # 澳门 经常收入 (a news item): 141.8886 / 193.2445 = 73.42% -> 73.4 (高达 before
                # the share's amount)
                "经常收入为193.2445亿,其中直接税占73.4%,高达141.8886亿。",
                (("share", "73.4", "agrees"),),
            ),
            Example(
                # 国家体育总局 2017 彩票公益金: 3784 / 7740 = 48.889% -> 48.9 (it was read as 7740
                # over the year's whole, 3.8: an error)
                "在资助群众体育组织和队伍建设上,彩票公益金投入了7740万元,青少年体育组织和培养青少年"
                "体育队伍建设占比48.9%,达到了3784万元。",
                (("share", "48.9", "agrees"),),
            ),
            Example(
                # the same, the amount misprinted: 3884 / 7740 = 50.18%
                "在资助群众体育组织和队伍建设上,彩票公益金投入了7740万元,青少年体育组织和培养青少年"
                "体育队伍建设占比48.9%,达到了3884万元。",
                (("share", "48.9", "disagrees"),),
                (("arithmetic.share", "warning"),),
            ),
            Example(
                # the total printed twice; the tax's own figure is not printed, so its share is
                # not checked (潍坊 2013: it was 383.9 / 383.9 = 100%, an error)
                "全市公共财政收入完成383.9亿元。全市公共财政收入完成383.9亿元,税收收入占公共财政"
                "收入比重为83%。",
                (),
            ),
            Example(
                # 557.28 + 71.67 = 628.95; 557.28 / 628.95 = 88.6048% -> 88.60;
                # 71.67 / 628.95 = 11.3952% -> 11.40
                "2023年度一般公共预算财政拨款支出628.95万元,主要用于以下方面:一般公共服务(类)"
                "支出557.28万元,占88.60%;科学技术(类)支出71.67万元,占11.40%。",
                (
                    ("sum", "628.95", "agrees"),
                    ("share", "88.60", "agrees"),
                    ("share", "11.40", "agrees"),
                ),
            ),
            Example(
                # 71.67 / 628.95 = 11.3952% -> 11.40, printed 11.39 (so the shares add up to
                # 99.99); 71.665 / 628.955 = 11.3943% is inside [11.385, 11.395): rounding
                "2023年度一般公共预算财政拨款支出628.95万元,主要用于以下方面:一般公共服务(类)"
                "支出557.28万元,占88.60%;科学技术(类)支出71.67万元,占11.39%。",
                (
                    ("sum", "628.95", "agrees"),
                    ("share", "88.60", "agrees"),
                    ("share", "11.39", "rounding"),
                ),
                (("arithmetic.share", "warning"),),
            ),
            Example(
                # 11.3952% -> 11.40, printed 11.93 (transposed digits): far outside
                "2023年度一般公共预算财政拨款支出628.95万元,主要用于以下方面:一般公共服务(类)"
                "支出557.28万元,占88.60%;科学技术(类)支出71.67万元,占11.93%。",
                (
                    ("sum", "628.95", "agrees"),
                    ("share", "88.60", "agrees"),
                    ("share", "11.93", "disagrees"),
                ),
                (("arithmetic.share", "error"),),
            ),
            Example(
                # 307.55 + 539.22 = 846.77; 307.55 / 846.77 = 36.3204% -> 36.32;
                # 539.22 / 846.77 = 63.6796% -> 63.68
                "本年支出846.77万元,其中:基本支出307.55万元,占比36.32%;"
                "项目支出539.22万元,占比63.68%。",
                (
                    ("sum", "846.77", "agrees"),
                    ("share", "36.32", "agrees"),
                    ("share", "63.68", "agrees"),
                ),
            ),
            Example(
                # The total is the last figure before "其中" (the 决算, not the budget):
                # 20.10 / 22.62 = 88.8594% -> 88.86; 2.52 / 22.62 = 11.1406% -> 11.14
                "2019年度“三公”经费财政拨款支出预算为44.52万元,决算为22.62万元。"
                "其中公务接待费为20.10万元,占88.86%;公务用车运行维护费为2.52万元,占11.14%。",
                (
                    ("sum", "22.62", "agrees"),
                    ("share", "88.86", "agrees"),
                    ("share", "11.14", "agrees"),
                ),
            ),
            Example(
                # The total ends the sentence before "其中:". 3619421 + 5000000 + 2757170.44
                # = 11376591.44; 3619421 / 11376591.44 = 31.8150% -> 31.81;
                # 5000000 / 11376591.44 = 43.9499% -> 43.95;
                # 2757170.44 / 11376591.44 = 24.2355% -> 24.24, not 24.42
                "2024年支出预算11376591.44元。其中:一般公共服务支出3619421元,占31.81%;"
                "农林水支出5000000元,占43.95%;住房保障支出2757170.44元,占24.42%。",
                (
                    ("sum", "11376591.44", "agrees"),
                    ("share", "31.81", "agrees"),
                    ("share", "43.95", "agrees"),
                    ("share", "24.42", "disagrees"),
                ),
                (("arithmetic.share", "error"),),
            ),
        ),
    ),
    Form(
        "share of a named total",
        "“占基本支出的83.31%”, “占本年支出合计的63.68%”: the share names its total, found by that"
        " name in the sentence or before it; the name may end with 比例, 比重, 份额 or 比 (“占总"
        "预算比为66.22%”). A share of at most 100 is of a whole no smaller than its part: nearer"
        " figures of the name that are smaller (the parts of a list before it) are passed over."
        " A percentage in brackets after an amount, in clauses opened by “X中,” (“总收入中,14.8亿元"
        "(15.1%)为博彩拨款”), is the amount's share of the X printed before. A generic whole"
        " named with its total's words (“占支出总预算的17.96%”) is the figure before whose words"
        " end with them (“单位支出总预算351.03万元”; a weak reading). An actual amount's whole"
        " is no budget of that name. A figure named short (“采购规模为35861.4亿元”) after a"
        " clause that names it in full without a figure (“全国政府采购规模增幅趋缓,”) bears the"
        " full name.",
        "“占基本支出的83.31%”：占比写明基数名称，按名称在本句或前文查找；名称后可带“比例”“比重”"
        "“份额”或“比”（“占总预算比为66.22%”）。不超过100的占比，其基数不小于该分项：更近但更小的同名"
        "数（此前列表的各分项）不作为基数。以“X中，”开头的分句中，金额后括号内的百分比（“总收入中，"
        "14.8亿元（15.1%）为博彩拨款”）为该金额占此前所列X的比重。以总额用语写明的泛称基数（“占支出"
        "总预算的17.96%”）取此前名称以这些字结尾的数（“单位支出总预算351.03万元”；系推断）。实际数的"
        "基数不取同名的预算数。简称的数（“采购规模为35861.4亿元”）之前有不含数字、写出全称的分句"
        "（“全国政府采购规模增幅趋缓，”）的，取其全称。",
        (
            "claims._share",
            "claims._lookup",
            "facts._NAME_BEFORE",
            "claims._whole_by_words",
            "claims._joined_name",
            "claims._funded_part",
            "facts._SHARE_CUE",
            "claims._bracketed_shares",
            "claims._IN_WHOLE",
            "claims._context_lists",
        ),
        (
            Example(
                # 2018 全国政府采购 (财政部 statistics as reported): the whole named short after its
                # full name; 8065.3 / 35861.4 = 22.49%, 15714.2 / 35861.4 = 43.82%, 12081.9 /
                # 35861.4 = 33.69% (none was claimed)
                "2018年全国政府采购规模增幅趋缓,采购规模为35861.4亿元。货物、工程、服务采购规模分别为"
                "8065.3亿元、15714.2亿元和12081.9亿元,占全国政府采购规模的22.5%、43.8%和33.7%。",
                (
                    ("sum", "35861.4", "agrees"),
                    ("share", "22.5", "agrees"),
                    ("share", "43.8", "agrees"),
                    ("share", "33.7", "agrees"),
                ),
            ),
            Example(
                # 陕西 2020 政府采购: 203.30 is an actual amount, so its whole is not the budget
                # 451.93 (44.98%, an error); 203.30 / 414.59 = 49.036% is the printed 49.03 within
                # rounding, but 414.59 is not found by the name: only a guess remains (a warning)
                "全省政府采购预算451.93亿元,实际采购金额为414.59亿元。其中,授予小微企业的采购金额为"
                "203.30亿元,占全省政府采购金额49.03%。",
                (("share", "49.03", "disagrees"),),
                (("arithmetic.share", "warning"),),
            ),
            Example(
                # gx-liuzhou-yufeng-maanshan-you-2023-dwys (heldout8): 63.03 / 351.03 = 17.955%
                # -> 17.96
                "2023年单位支出总预算351.03万元,基本支出预算63.03万元,占支出总预算的17.96%,"
                "同比增加41.35万元。",
                (("share", "17.96", "agrees"),),
            ),
            Example(
                # a percentage in brackets after an amount, in clauses opened by "X中,": the share
                # of X (heldout35, 澳门): 14.8 / 97.9 = 15.12%, 46.2 / 97.9 = 47.19%, 53.7 / 57 =
                # 94.21%; the next context (总支出中) ends the one before
                "二○二一年澳門的社會保障總收入為97.9億元,總支出為57億元。總收入中,14.8億元(15.1%)"
                "為博彩撥款,46.2億元(47.2%)為投資收入;總支出中,53.7億元(94.2%)為社會保障制度之給付。",
                (
                    ("share", "15.1", "agrees"),
                    ("share", "47.2", "agrees"),
                    ("share", "94.2", "agrees"),
                ),
            ),
            Example(
                # the same with 49.2 printed for 47.2 (a weak reading: a warning)
                "二○二一年澳門的社會保障總收入為97.9億元,總支出為57億元。總收入中,14.8億元(15.1%)"
                "為博彩撥款,46.2億元(49.2%)為投資收入;總支出中,53.7億元(94.2%)為社會保障制度之給付。",
                (
                    ("share", "15.1", "agrees"),
                    ("share", "49.2", "disagrees"),
                    ("share", "94.2", "agrees"),
                ),
                (("arithmetic.share", "warning"),),
            ),
            Example(
                # a whole named with its year (占2012年筹集的…) is no figure of another year: the
                # 7205.72 raised in 2013 is the whole of the 2014 share only (62.5%), not of the
                # 2013 one (hn-changsha-minzhengju-2014-fcgyj, heldout35)
                "2013年长沙市共计投入3340万元福彩公益金,占2012年筹集的福彩公益金的30.9%。2014年"
                "投入4500万元,占2013年筹集的福彩公益金的62.5%(2013年长沙市本级共筹集福彩公益金"
                "7205.72万元)。",
                (("share", "62.5", "agrees"),),
            ),
            Example(
                # 5192.71 / 6779.35 = 76.597% -> 76.60, past the smaller 采购 figures of the list
                # (hn-zhuzhou-liling-czj-2016-zfcg, heldout33)
                "全市共完成政府采购6779.35万元。其中,完成货物采购3514.44万元;完成工程采购3068.21万元;"
                "完成服务采购196.7万元。公开招标等采购金额5192.71万元,占采购总金额的76.60%。",
                (("sum", "6779.35", "agrees"), ("share", "76.60", "agrees")),
            ),
            Example(
                # 1115.07 / 1684 = 66.2155% -> 66.22 (yn-honghe-honghexian-2021-sgjs, heldout29):
                # the actual's share of its own budget, its completion (see "an actual as a share
                # of its own budget")
                "“三公”经费预算数为1,684万元,实际支出为1115.07万元,占总预算比为66.22%。",
                (("completion", "66.22", "agrees"),),
            ),
            Example(
                # the same misprinted: 66.22, not 62.22 (the total is found by name: a warning)
                "“三公”经费预算数为1,684万元,实际支出为1115.07万元,占总预算比为62.22%。",
                (("completion", "62.22", "disagrees"),),
                (("arithmetic.sangong", "warning"),),
            ),
            Example(
                # 256.23 + 51.32 = 307.55; 256.23 / 307.55 = 83.3133% -> 83.31;
                # 51.32 / 307.55 = 16.6867% -> 16.69
                "基本支出307.55万元,其中:人员经费256.23万元,占基本支出的83.31%;"
                "公用经费51.32万元,占基本支出的16.69%。",
                (
                    ("sum", "307.55", "agrees"),
                    ("share", "83.31", "agrees"),
                    ("share", "16.69", "agrees"),
                ),
            ),
            Example(
                # 256.23 / 307.55 = 83.3133% -> 83.31, printed 83.13
                "基本支出307.55万元,其中:人员经费256.23万元,占基本支出的83.13%;"
                "公用经费51.32万元,占基本支出的16.69%。",
                (
                    ("sum", "307.55", "agrees"),
                    ("share", "83.13", "disagrees"),
                    ("share", "16.69", "agrees"),
                ),
                (("arithmetic.share", "error"),),
            ),
            Example(
                # 539.22 / 846.77 = 63.6797% -> 63.68
                "2023年度本年支出合计846.77万元。\n项目支出539.22万元,占本年支出合计的63.68%。",
                (("share", "63.68", "agrees"),),
            ),
            Example(
                # 本年支出合计 is printed nowhere: a careful reader cannot check 50.00% either
                "一般公共预算财政拨款支出628.95万元,占本年支出合计的50.00%。",
                (),
            ),
            Example(
                # each part printed with its share of the total it names (jx-yichun-xueyuan,
                # heldout7): the shares do not end the list (23391.77 + 11140 + 350 + 5500 =
                # 40381.77), and a share "of the 收入预算总额" is of that total, not of the part
                # before it: 11140 / 40381.77 = 27.587% -> 27.59, printed 27.58
                "2020年收入预算总额为40381.77万元,其中:财政拨款收入23391.77万元,占收入预算总额的"
                "57.93%;事业收入11140万元,占收入预算总额的27.58%;其他收入350万元,占收入预算总额的"
                "0.87%;上年结转5500万元,占收入预算总额的13.62%。",
                (
                    ("sum", "40381.77", "agrees"),
                    ("share", "57.93", "agrees"),
                    ("share", "27.58", "disagrees"),
                    ("share", "0.87", "agrees"),
                    ("share", "13.62", "agrees"),
                ),
                (("arithmetic.share", "error"),),
            ),
            Example(
                # the only 支出合计 printed is listed under the 财政拨款 total: "本年支出合计" may
                # be the unit's total of every source (sc-leshan-jinkouhe, heldout7): 762.90 /
                # 766.60 = 99.52%, printed 99.98, a warning, not an error
                "2022年财政拨款支出总计766.75万元,其中:2022年支出合计766.60万元,年末结转和结余0.15万元。"
                "\n2022年一般公共预算财政拨款支出762.90万元,占本年支出合计的99.98%。",
                (("sum", "766.75", "agrees"), ("share", "99.98", "disagrees")),
                (("arithmetic.share", "warning"),),
            ),
            Example(
                # the same with the list opening the sentence after the total's (。其中)
                "2022年财政拨款支出总计766.75万元。其中:2022年支出合计766.60万元,年末结转和结余0.15万元。"
                "\n2022年一般公共预算财政拨款支出762.90万元,占本年支出合计的99.98%。",
                (("sum", "766.75", "agrees"), ("share", "99.98", "disagrees")),
                (("arithmetic.share", "warning"),),
            ),
            Example(
                # the total named twice with one value (收、支总计 and 收入合计 4680.58) is one
                # total: 2982.61 / 4680.58 = 63.7231% -> 64, not 63 (the decimals cut)
                "2023年度收、支总计均为4680.58万元。\n2023年度收入合计4680.58万元,其中:财政拨款收入"
                "2982.61万元,占本年收入63%;事业收入1697.97万元,占本年收入36%。",
                (
                    ("sum", "4680.58", "agrees"),
                    ("share", "63", "disagrees"),
                    ("share", "36", "agrees"),
                ),
                (("arithmetic.share", "error"),),
            ),
            Example(
                # after a 包括 list the share may be the head's: 50.48 / 304.42 = 16.5824% ->
                # 16.58 (32.91, the list's last part, would give 10.81): the reading agrees
                "歲入編列304.42億元。\n補助及協助收入編列50.48億,包括中央一般性補助款17.56億元、"
                "中央計畫型補助款32.91億元,佔歲入總額16.58%。",
                (("share", "16.58", "agrees"),),
            ),
            Example(
                # a chart's captions, each on the line above its figure (hi-hainan-x-2021-yszx,
                # tests/corpus/heldout5): 666.1 / 949.49 = 70.1535% -> 70.2
                "上半年全省地方一般公共预算支出\n949.49亿元 同比增长12.9%\n"
                "其中,全省民生支出666.1亿元\n占地方一般公共预算支出的70.2%",
                (("share", "70.2", "agrees"),),
            ),
            Example(
                # the part names its whole (X中的Y) and the share says only 总收入:
                # 430405 / 535668 = 80.3494% -> 80.35 (hn-yiyang-czj-nd-yszx, tests/corpus/texts)
                "1-5月累计,全市一般公共预算收入535668万元,增长19.15%。"
                "全市一般公共预算收入中的税收收入430405万元,占总收入比重为80.35%。",
                (("share", "80.35", "agrees"),),
            ),
            Example(
                # 的 between two words does not change the name: 6564.6 / 16072.2 = 40.8444%
                # -> 40.8 (zy-caizhengbu-2015-zfcg-tw, tests/corpus/texts)
                "政府采购合同授予中小微企业的总采购额为16072.2亿元。"
                "授予小微企业的采购额为6564.6亿元,占授予中小微企业总采购额的40.8%。",
                (("share", "40.8", "agrees"),),
            ),
            Example(
                # a total qualified in brackets is that total: 700 / 1000 = 70%, printed 60
                "本年支出总额(不含结转)1000万元,其中项目支出700万元,占支出总额(不含结转)的60%。",
                (("share", "60", "disagrees"),),
                (("arithmetic.share", "error"),),
            ),
            Example(
                # a figure of two things joined is not the whole of one of them: 82% is of the
                # 转移支付 alone (3030.61 / (3030.61 + 663.82) = 82.03%), not of 4404.78 (68.80%);
                # that whole is not printed, so nothing is claimed
                # (gd-guangdong-shengji-czt-2021-yszc, heldout28); 4404.78 / 6571.85 = 67.02%
                "2021年省级一般公共预算总支出安排6571.85亿元,收支平衡。其中,对市县税收返还和"
                "转移支付4404.78亿元,占总支出的67%(包括一般性转移支付3030.61亿元,占转移支付"
                "比重达82%;专项转移支付663.82亿元)。",
                (("share", "67", "agrees"),),
            ),
            Example(
                # a whole named with its scope (全省红十字系统), found by the end of its name:
                # 83 / 39333 = 0.211% -> 0.21 (gz-guizhou-hongshizihui-2018-cwsz, heldout12)
                "2018年,贵州省红十字会实现财务收入39333万元,其中:省本级收入15743万元,市、县级"
                "红十字会收入23590万元。\n会费收入83万元,其中:省红会收入1万元,市、县级红会收入82"
                "万元。会费收入占全省红十字系统财务收入的0.21%。",
                (("sum", "39333", "agrees"), ("sum", "83", "agrees"), ("share", "0.21", "agrees")),
            ),
        ),
    ),
    Form(
        "shares of a closed list",
        "Parts with shares and no total printed (“3个项目评为优，占…”): when the shares add up to"
        " 100, each is checked against the sum of the parts.",
        "各项列示占比但未列示总额：占比合计为100时，各项按各项之和为基数核对。",
        ("claims._closed", "claims._share_of_sum"),
        (
            Example(
                # 1 + 2 + 4 = 7 projects; 1/7 = 14.2857% -> 14.29; 2/7 = 28.5714% -> 28.57;
                # 4/7 = 57.1429% -> 57.14; the shares add up to 100.00
                "抽查项目审核等级为:1个项目评为优,占14.29%;2个项目评为良,占28.57%;"
                "4个项目评为中,占57.14%。",
                (
                    ("share", "14.29", "agrees"),
                    ("share", "28.57", "agrees"),
                    ("share", "57.14", "agrees"),
                ),
            ),
            Example(
                # a plug so the shares still add up to 100: 2/7 = 28.5714% printed 28.56, 4/7 =
                # 57.1429% printed 57.15; counts are exact, so no interval explains them
                "抽查项目审核等级为:1个项目评为优,占14.29%;2个项目评为良,占28.56%;"
                "4个项目评为中,占57.15%。",
                (
                    ("share", "14.29", "agrees"),
                    ("share", "28.56", "disagrees"),
                    ("share", "57.15", "disagrees"),
                ),
                (("arithmetic.share", "error"), ("arithmetic.share", "error")),
            ),
        ),
    ),
    Form(
        "respectively list (分别为…占…)",
        "“货物、工程、服务分别为A、B和C，占…的P、Q和R”: the parts and their shares are matched in"
        " order. Figures 分别为 in a sentence of their own, after the total's, may be some of it"
        " only (the names before 分别 say what they are of): a sum that differs is a warning."
        " Three shares or more that name no whole (“所占比重分别为…”), after their amounts (in"
        " their sentence or the one before), are of the figure printed before the amounts that"
        " all of them but one agree on (a weak reading); two such shares after their amounts in"
        " their sentence are of the figure before the amounts that the two add up to. A whole"
        " printed after 占 (“分别占支出总额200万元的75%、25%”) is the shares' whole, not a part.",
        "“分别为A、B和C，占……的P、Q和R”：金额与占比按顺序一一对应；“分别占支出总额200万元的75%、25%”"
        "中“占”后所列金额为总数，不是分项。总额在前一句、本句以“分别为”"
        "列出的数可能只是其中几项（“分别”前的名称说明所指），相加不符时报警告。三个及以上未写明"
        "总数的占比（“所占比重分别为……”），其金额在本句或前一句，总数取金额之前、除一项外各项占比都"
        "相符的那个数（推断）。",
        ("claims._respectively", "claims._lists", "claims._run_whole"),
        (
            Example(
                # (a blog on 2024 上半年 city revenues, gudianfeng.com, miss 38): 350.2 + 125 =
                # 475.2, so the two shares are of 475.20: 73.70% and 26.30%
                "鄂尔多斯上半年财政收入为475.20亿,下降14.3%,同口径增长4.7%。其中税收350.2亿元,下降"
                "19.1%;非税125亿元,增长2.8%,占比分别为73.7%和26.3%。",
                (
                    ("sum", "475.20", "agrees"),
                    ("share", "73.7", "agrees"),
                    ("share", "26.3", "agrees"),
                ),
            ),
            Example(
                # the whole printed after 占, then the run of shares: 50 / 200 = 25%, printed 30
                # (200 was read as the second part, 150 as the first, and no share was checked)
                "基本支出150万元、项目支出50万元,分别占支出总额200万元的75%和30%。",
                (
                    ("sum", "200", "agrees"),
                    ("share", "75", "agrees"),
                    ("share", "30", "disagrees"),
                ),
                (("arithmetic.share", "error"),),
            ),
            Example(
                # the same shares misprinted: 350.2 / 475.2 = 73.70%, printed 83.7 (warnings)
                "财政收入为475.20亿元。其中税收350.2亿元,非税125亿元,占比分别为83.7%和16.3%。",
                (
                    ("sum", "475.20", "agrees"),
                    ("share", "83.7", "disagrees"),
                    ("share", "16.3", "disagrees"),
                ),
                (("arithmetic.share", "warning"), ("arithmetic.share", "warning")),
            ),
            Example(
                # shares that name no whole (所占比重分别为), their amounts in the sentence before
                # (四川省 2016 R&D 统计公报, pouringspot.com mirror): the figure before them that
                # all
                # shares but one agree on, 561.4 (a weak reading): 291.5 / 561.4 = 51.92% -> 51.9;
                # 217.4 / 561.4 = 38.72% -> 38.7, not 38.6 (the report's own error); 47.8 / 561.4 =
                # 8.51% -> 8.5
                "2016年,全省共投入研究与试验发展(R&D)经费561.4亿元,比上年增加58.5亿元,增长11.6%。\n"
                "分活动主体看,各类企业经费支出291.5亿元,比上年增长21.3%;政府属研究机构经费支出217.4"
                "亿元,增长2.7%;高等学校经费支出47.8亿元,增长2.8%。企业、政府属研究机构、高等学校经费"
                "支出所占比重分别为51.9%、38.6%和8.5%。",
                (
                    ("change-rate", "11.6", "agrees"),
                    ("share", "51.9", "agrees"),
                    ("share", "38.6", "disagrees"),
                    ("share", "8.5", "agrees"),
                ),
                (("arithmetic.share", "warning"),),
            ),
            Example(
                # two shares are too few to say which figure is their whole: no claim
                "全省R&D经费561.4亿元。企业、高等学校经费支出分别为291.5亿元和47.8亿元,所占比重分别为"
                "51.9%和8.5%。",
                (),
            ),
            Example(
                # 中央属 and 省属 of 国有及国有控股企业 (黑龙江, a news item): 市县属 is not named,
                # so 352.8 + 66.1 = 418.9 short of 560.5 is a warning, not an error
                "国有及国有控股企业利润560.5亿元,增长10.9%。1-10月,中央属和省属企业利润总额分别为"
                "352.8亿元和66.1亿元,同比分别增长15.2%和11.8%。",
                (("sum", "560.5", "disagrees"),),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
            Example(
                # 0.81 + 1.12 + 0.53 = 2.46; 0.81 / 2.46 = 32.9268% -> 32.93;
                # 1.12 / 2.46 = 45.5285% -> 45.53; 0.53 / 2.46 = 21.5447% -> 21.54
                "2024年全县政府采购规模为2.46亿元。其中,货物、工程、服务采购规模分别为0.81亿元、"
                "1.12亿元和0.53亿元,占全县政府采购规模的32.93%、45.53%和21.54%。",
                (
                    ("sum", "2.46", "agrees"),
                    ("share", "32.93", "agrees"),
                    ("share", "45.53", "agrees"),
                    ("share", "21.54", "agrees"),
                ),
            ),
            Example(
                # 0.72 + 0.02 + 0.58 = 1.32; 0.72 / 1.32 = 54.5455% -> 54.55, printed 54.54:
                # 0.72 in [0.715, 0.725), 1.32 in [1.315, 1.325) give [53.96%, 55.13%]: rounding;
                # 0.02 / 1.32 = 1.5152% -> 1.52; 0.58 / 1.32 = 43.9394% -> 43.94
                "全市政府采购规模为1.32亿元。其中,货物、工程、服务政府采购规模分别为0.72亿元、"
                "0.02亿元和0.58亿元,占全市政府采购规模比例为54.54%、1.52%和43.94%。",
                (
                    ("sum", "1.32", "agrees"),
                    ("share", "54.54", "rounding"),
                    ("share", "1.52", "agrees"),
                    ("share", "43.94", "agrees"),
                ),
                (("arithmetic.share", "warning"),),
            ),
            Example(
                # "分别完成A、B、…万元": figures joined by 、 with the unit printed once on the last
                # (four-digit figures before 、 are no list markers), and the total they break
                # down named in a sentence before: 7234 + 9305 + 2016 + 3402 + 10002 = 31959
                "地方公共财政预算收入完成31959万元,比上年同期增长30.9%。全区财政收入保持稳定增长。"
                "地本级、加格达奇区、呼玛县、塔河县和漠河县地方公共财政预算收入分别完成7234、9305、"
                "2016、3402、10002万元。",
                (("sum", "31959", "agrees"),),
            ),
            Example(
                # 7234 + 9305 + 2016 + 3402 + 10020 = 31977, not 31959 (a warning: the places
                # named before 分别, in a sentence of their own, could be some of the whole)
                "地方公共财政预算收入完成31959万元,比上年同期增长30.9%。全区财政收入保持稳定增长。"
                "地本级、加格达奇区、呼玛县、塔河县和漠河县地方公共财政预算收入分别完成7234、9305、"
                "2016、3402、10020万元。",
                (("sum", "31959", "disagrees"),),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
        ),
    ),
    Form(
        "a list's parts by the standard breakdowns",
        "The standard breakdowns (三公 = 因公出国 + 公务用车购置及运行 + 公务接待, 公务用车 ="
        " 购置 + 运行, 支出 = 基本支出 + 项目支出, 一般/专项债务…) decide what a list of prose"
        " holds: a"
        " sibling of its total is not its part (公务接待费 after the 其中 of 公务用车), nor a part"
        " of another of its parts (公务用车运行费 beside 公务用车 under 三公); and the figures of a"
        " 其中 after a standard part (项目支出) that are shares of the whole (占支出总预算) are not"
        " that part's. A total named by joining its parts' names (“因公出国(境)经费、公务用车购置"
        "及运行费、公务接待费决算支出94.7亿元”) is theirs, no sibling of any.",
        "标准构成（三公＝因公出国＋公务用车购置及运行＋公务接待，公务用车＝购置＋运行，支出＝基本支出"
        "＋项目支出，一般／专项债务……）决定列表的分项：总额的同级项不是其分项（公务用车“其中”后的公务"
        "接待费），另一分项的细目也不是（三公下与公务用车并列的公务用车运行费）；标准分项（项目支出）"
        "之后“其中”所列、注明占整体（占支出总预算）的数，不是该分项的细目。以各分项名称并列为名的总额"
        "（“因公出国（境）经费、公务用车购置及运行费、公务接待费决算支出94.7亿元”）是它们的合计。",
        ("claims._standard_strays", "claims._standard_part_of"),
        (
            Example(
                # 2010 中央本级 三公 决算 (a news item): 17.73 + 61.69 + 15.28 = 94.70 (the total
                # named by the three was taken for 公务接待费, the others its siblings: no claim)
                "2010年中央本级因公出国(境)经费、公务用车购置及运行费、公务接待费决算支出94.7亿元。其中,"
                "因公出国(境)经费17.73亿元,公务用车购置及运行费61.69亿元,公务接待费15.28亿元。",
                (("sum", "94.7", "agrees"),),
            ),
            Example(
                # the same, one part misprinted: 17.73 + 61.69 + 15.82 = 95.24
                "2010年中央本级因公出国(境)经费、公务用车购置及运行费、公务接待费决算支出94.7亿元。其中,"
                "因公出国(境)经费17.73亿元,公务用车购置及运行费61.69亿元,公务接待费15.82亿元。",
                (("sum", "94.7", "disagrees"),),
                (("arithmetic.breakdown-sum", "error"),),
            ),
            Example(
                # 12.02 + 27.46 + 22.59 = 62.07; budgets 12.02 + 29.6 + 43.2 = 84.82;
                # 公务用车 27.46 = 0 + 27.46 (公务接待费 is its sibling, not its part);
                # 62.07 / 84.82 = 73.18% -> 73.2; 27.46 / 29.6 = 92.77% -> 92.8; 22.59 / 43.2 =
                # 52.29% -> 52.3 (gd-guangdong-czt-2023-sgjs, tests/corpus/heldout8)
                "“三公”经费财政拨款支出决算为62.07万元,完成全年预算84.82万元的73.2%。其中:因公出国"
                "(境)费支出决算为12.02万元,完成预算12.02万元的100%;公务用车购置及运行维护费支出"
                "决算为27.46万元,完成预算29.6万元的92.8%;其中:公务用车购置支出决算为0万元;公务"
                "用车运行维护费支出决算为27.46万元,完成预算29.6万元的92.8%;公务接待费支出决算为"
                "22.59万元,完成预算43.2万元的52.3%。",
                (
                    ("sum", "62.07", "agrees"),
                    ("budget-sum", "84.82", "agrees"),
                    ("completion", "73.2", "agrees"),
                    ("completion", "100", "agrees"),
                    ("sum", "27.46", "agrees"),
                    ("completion", "92.8", "agrees"),
                    ("completion", "92.8", "agrees"),
                    ("completion", "52.3", "agrees"),
                ),
            ),
            Example(
                # the items after 其中 are shares of 支出总预算, the whole 项目支出 is a standard
                # part of: not 项目支出's parts (850088.3 + 116433.12 is no 48100)
                # (gx-wuzhou-x-wenlv-2025-bmys, tests/corpus/heldout8)
                "项目支出预算48100元,占支出总预算的4.43%。\n其中:\n(一)文化旅游体育与传媒支出类科目"
                "850088.3元,占支出总预算78.33%。\n(二)社会保障和就业支出类科目116433.12元,占支出"
                "总预算10.73%。",
                (),
            ),
            Example(
                # a figure named like the parent printed after the parts, and smaller than them
                # (新增债务限额), is no parent of them: 19.38 + 70.15 = 89.53; 1.4 + 18.35 = 19.75
                # (ha-zhengzhou-zhongyuan-czj-2022-zwxx, heldout11)
                "截至2022年12月底,我区政府债务限额为89.53亿元。其中:一般债务限额19.38亿元,专项债务"
                "限额70.15亿元。新增债务限额19.75亿元,其中:新增一般债务限额1.4亿元,新增专项债务限额"
                "18.35亿元。",
                (("sum", "89.53", "agrees"), ("sum", "19.75", "agrees")),
            ),
        ),
    ),
    Form(
        "a ratio printed by its name (税性比)",
        "“全区财政总收入41.73亿元,…,其中税收收入35.22亿元,…,税性比为84%”: a ratio named by a word"
        " of the vocabulary (税性比, 税收占比, 税收比重) is the share of the part it names, printed"
        " last before it in its paragraph, in the revenue figure printed before that part (a"
        " weak reading).",
        "“全区财政总收入41.73亿元，……其中税收收入35.22亿元，……税性比为84%”：以词表中的名称（税性比、"
        "税收占比、税收比重）列示的比率，是同段中其前最近的所指分项（税收收入）占该分项之前所列收入"
        "总数的比重（系推断）。",
        ("claims._named_ratios", "vocabulary.NAMED_RATIOS"),
        (
            Example(
                # 资产负债率 is 负债 over 资产: 51.9 / 76.2 = 68.11% -> 68.1
                # (cn-guowuyuan-2017-gyzcbg, heldout32)
                "中央国有企业资产总额76.2万亿元,负债总额51.9万亿元,国有资本及权益总额16.2万亿元,"
                "资产负债率68.1%。",
                (("share", "68.1", "agrees"),),
            ),
            Example(
                # the same printed 66.1 (a warning)
                "中央国有企业资产总额76.2万亿元,负债总额51.9万亿元,国有资本及权益总额16.2万亿元,"
                "资产负债率66.1%。",
                (("share", "66.1", "disagrees"),),
                (("arithmetic.share", "warning"),),
            ),
            Example(
                # 35.22 / 41.73 = 84.40% -> 84 (jx-ganzhou-nankang-czj-2021-szqk, heldout27)
                "全区财政总收入累计完成41.73亿元,同比增长10.9%,其中税收收入累计完成35.22亿元,"
                "税性比为84%。",
                (("share", "84", "agrees"),),
            ),
            Example(
                # heldout4 (罗山县 1-5月 预算执行): the taxes named by the bureau that collects them
                # (税务部门), a ratio named with 占 that no share reader read:
                # 21334 / 34096 = 62.57%
                "1-5月,我县地方一般公共预算收入累计完成34096万元,同比降低10.2%。其中:税务部门完成"
                "21334万元,同比降低9.9%;财政部门完成12762万元,同比降低10.7%。税收占比为62.57%。",
                (("sum", "34096", "agrees"), ("share", "62.57", "agrees")),
            ),
            Example(
                # the same printed 63.57 (a warning: the reading is inferred)
                "1-5月,我县地方一般公共预算收入累计完成34096万元,同比降低10.2%。其中:税务部门完成"
                "21334万元,同比降低9.9%;财政部门完成12762万元,同比降低10.7%。税收占比为63.57%。",
                (("sum", "34096", "agrees"), ("share", "63.57", "disagrees")),
                (("arithmetic.share", "warning"),),
            ),
            Example(
                # 35.22 / 41.73 = 84.40%, printed 87 (a weak reading: a warning)
                "全区财政总收入累计完成41.73亿元,同比增长10.9%,其中税收收入累计完成35.22亿元,"
                "税性比为87%。",
                (("share", "87", "disagrees"),),
                (("arithmetic.share", "warning"),),
            ),
        ),
    ),
    Form(
        "a bare share under a named context",
        "“2023年度“三公”经费财政拨款支出决算中,因公出国(境)费12.02万元,占19.4%;…”: a bare 占 in a"
        " sentence that opens with a context naming a whole (…中,) and holding no figure is a share"
        " of that whole's figure printed before (found by its name: a weak reading), not of the"
        " figure before a 其中 some sentences up.",
        "“2023年度“三公”经费财政拨款支出决算中，因公出国（境）费12.02万元，占19.4%；……”：句首语境"
        "（……中，）点名整体而不含数字时，其后的“占”是占该整体此前所印之数（按名称查得，系推断），"
        "而非几句之前“其中”前的数。",
        ("claims._share",),
        (
            Example(
                # 12.02 / 62.07 = 19.37% -> 19.4; 27.46 / 62.07 = 44.24% -> 44.2; 22.59 / 62.07 =
                # 36.39% -> 36.4 (not of the 27.46 before the 其中 of the sentence before)
                "“三公”经费财政拨款支出决算为62.07万元。公务用车购置及运行维护费支出决算为27.46"
                "万元;其中:公务用车购置支出决算为0万元,公务用车运行维护费支出决算为27.46万元。\n"
                "2023年度“三公”经费财政拨款支出决算中,因公出国(境)费12.02万元,占19.4%;公务用车"
                "购置及运行维护费支出27.46万元,占44.2%;公务接待费支出22.59万元,占36.4%。",
                (
                    ("sum", "62.07", "agrees"),
                    ("sum", "27.46", "agrees"),
                    ("share", "19.4", "agrees"),
                    ("share", "44.2", "agrees"),
                    ("share", "36.4", "agrees"),
                ),
            ),
        ),
    ),
    Form(
        "a share of a whole printed in its own words",
        "“教育经费3335.17万元,占一般公共预算支出29472万元的比例为11.32%”: the whole printed after"
        " 占 with its figure is the share's total; of a plan or a budget (“占年计划75000万元的"
        "110.5%”) it is a completion rate.",
        "“教育经费3335.17万元，占一般公共预算支出29472万元的比例为11.32%”：“占”后连同数字印出的"
        "整体即占比的总额；若为计划或预算（“占年计划75000万元的110.5%”），则为完成率。",
        ("claims._printed_wholes",),
        (
            Example(
                # 3335.17 / 29472 = 11.316% -> 11.32 (ha-luohe-chengxiang-shifanqu-2017-jyjf,
                # heldout9); 82876 / 75000 = 110.50% -> 110.5
                "2017年,示范区一般公共预算教育经费3335.17万元,占一般公共预算支出29472万元的比例为"
                "11.32%。2023年,全县一般公共预算地方收入完成82876万元,占年计划75000万元的110.5%。",
                (("share", "11.32", "agrees"), ("completion", "110.5", "agrees")),
            ),
            Example(
                # 3335.17 / 29472 = 11.32%, printed 12.32
                "示范区一般公共预算教育经费3335.17万元,占一般公共预算支出29472万元的比例为12.32%。",
                (("share", "12.32", "disagrees"),),
                (("arithmetic.share", "error"),),
            ),
            Example(
                # without 的 (written for this form): 200 / 1000 = 20%, printed 25 and 20
                "支出200万元,占总支出1000万元25%。基本支出800万元,占总支出1000万元比例为80%。",
                (("share", "25", "disagrees"), ("share", "80", "agrees")),
                (("arithmetic.share", "error"),),
            ),
        ),
    ),
    Form(
        "the year before, this year, and the rate",
        "“普通小学上年10321.31元,本年10359.52元,比上年增长0.37%”: a figure labelled 上年, then one"
        " labelled 本年, then a rate: (本年 − 上年) / 上年 × 100; on a 同口径 basis (an adjusted"
        " one the figures may not show) a disagreement is a warning.",
        "“普通小学上年10321.31元，本年10359.52元，比上年增长0.37%”：先列上年数、再列本年数、后列"
        "增长率，增长率＝（本年－上年）÷上年×100；注明“同口径”（可能与所列数口径不同）时不符只报"
        "警告。",
        ("claims._year_pairs",),
        (
            Example(
                # (8400 - 8000) / 8000 = 5%; (10359.52 - 10321.31) / 10321.31 = 0.37%, printed
                # 20.5 on a 同口径 basis: a warning (ha-luoyang-luanchuan-jiaotiju-2021-jyjf,
                # heldout11); (2845.20 - 2709.16) / 2709.16 = 5.02%, printed 61.98: an error
                "全县生均一般公共预算教育事业费:上年8000元,本年8400元,比上年增长5%。\n普通小学上年"
                "10321.31元,本年10359.52元,同口径比上年增长20.5%。\n幼儿园上年2709.16,本年2845.20"
                "元,本年比上年增长61.98%。",
                (
                    ("change-rate", "5", "agrees"),
                    ("change-rate", "20.5", "disagrees"),
                    ("change-rate", "61.98", "disagrees"),
                ),
                (("arithmetic.change-rate", "warning"), ("arithmetic.change-rate", "error")),
            ),
        ),
    ),
    Form(
        "bare shares of numbered items",
        "“(一)…群众体育支出968.8万元,占总数的76.25%。其中:…(二)…竞技体育资助项目301.8万元,占总数"
        "的23.75%”: numbered items' bare shares (占总数, 占比) that add up to 100 are of the figure"
        " printed before that their amounts add up to, not of a sibling item before its 其中 (a"
        " weak reading); with no such figure printed, of their amounts added up.",
        "“（一）……968.8万元，占总数的76.25%。其中：……（二）……301.8万元，占总数的23.75%”：各编号项"
        "的“占总数”之和为100时，其总数为此前所印、恰等于各项金额之和的数，而非前一项“其中”之前的"
        "数（系推断）；未印此数的，为各项金额之和。",
        ("claims._items_shares", "claims._items_whole"),
        (
            Example(
                # no whole printed: 2330.178 + 14915 + 260 = 17505.178; 2330.178 / 17505.178
                # = 13.311% -> 13.31; 14915 / 17505.178 = 85.203% -> 85.2; 260 / 17505.178 =
                # 1.485% -> 1.49 (sx-shanxi-tiyuju-2021-tcgyj, heldout30)
                "三、本级体育彩票公益金使用情况\n(一)用于群众体育支出2,330.178万元,占总数的13.31%。\n"
                "其中:用于援建公共体育场地和设施1,436.178万元;用于资助群众体育组织和队伍建设894.00万元。\n"
                "(二)用于竞技体育支出14,915.00万元,占总数的85.2%。\n"
                "其中:用于举办或承办竞技体育赛事289.00万元;用于资助体育后备人才培养14,626.00万元。\n"
                "(三)用于其他支出260.00万元,占总数的1.49%。",
                (
                    ("sum", "2330.178", "agrees"),
                    ("share", "13.31", "agrees"),
                    ("sum", "14915.00", "agrees"),
                    ("share", "85.2", "agrees"),
                    ("share", "1.49", "agrees"),
                ),
            ),
            Example(
                # the same with 1.94 for 1.49: the shares add up to 100.45, a point off 100;
                # 260 / 17505.178 = 1.485% (a weak reading: a warning), not 260 / 14915 (the item
                # before a sibling's 其中)
                "三、本级体育彩票公益金使用情况\n(一)用于群众体育支出2,330.178万元,占总数的13.31%。\n"
                "其中:用于援建公共体育场地和设施1,436.178万元;用于资助群众体育组织和队伍建设894.00万元。\n"
                "(二)用于竞技体育支出14,915.00万元,占总数的85.2%。\n"
                "其中:用于举办或承办竞技体育赛事289.00万元;用于资助体育后备人才培养14,626.00万元。\n"
                "(三)用于其他支出260.00万元,占总数的1.94%。",
                (
                    ("sum", "2330.178", "agrees"),
                    ("share", "13.31", "agrees"),
                    ("sum", "14915.00", "agrees"),
                    ("share", "85.2", "agrees"),
                    ("share", "1.94", "disagrees"),
                ),
                (("arithmetic.share", "warning"),),
            ),
            Example(
                # 968.8 + 301.8 = 1270.6 (总支出): 968.8 / 1270.6 = 76.248% -> 76.25; 301.8 /
                # 1270.6 = 23.752% -> 23.75 (hb-suizhou-zengdu-wenlvju-2024-tcgyj, heldout12)
                "2024年体育彩公益金总支出1270.6万元。\n(一)本级体育彩票公益金用于群众体育支出968.8"
                "万元,占总数的76.25%。其中:\n1.用于资助或组织开展全民健身活动788.83万元。\n(二)"
                "用于支持竞技体育资助项目301.8万元,占总数的23.75%。",
                (
                    ("sum", "1270.6", "agrees"),
                    ("share", "76.25", "agrees"),
                    ("share", "23.75", "agrees"),
                ),
            ),
        ),
    ),
    Form(
        "closed 三公 share list",
        "The three 三公 items with shares and no total: the shares must add up to 100% (the"
        " claim is reported on the last share).",
        "“三公”经费三项各列占比而无总额：占比之和应为100%（记在最后一个占比上）。",
        ("claims._shares_sum", "claims._closed"),
        (
            Example(
                # 3.2 + 1.8 + 0 = 5; 3.2 / 5 = 64%; 1.8 / 5 = 36%; 0 / 5 = 0%
                "2023年“三公”经费支出中,公务接待费3.2万元,占64%;公务用车运行维护费1.8万元,"
                "占36%;因公出国(境)费0万元,占0%。",
                (
                    ("share", "64", "agrees"),
                    ("share", "36", "agrees"),
                    ("share", "0", "agrees"),
                ),
            ),
            Example(
                # 90 + 0 + 0 = 90, not 100 (4.5 is the whole of it: 100%)
                "2023年“三公”经费支出中,公务接待费4.5万元,占90%;因公出国(境)费0万元,占0%;"
                "公务用车运行维护费0万元,占0%。",
                (("shares-sum", "0", "disagrees"),),
                (("arithmetic.shares-sum", "error"),),
            ),
            Example(
                # a sentence's own shares that close among themselves (92.89 + 7.11 = 100) are of
                # their amounts' sum (67524.50), not of the figure before a 其中 sentences up
                # (128023.79): 62722.85 / 67524.50 = 92.89%; 4801.65 / 67524.50 = 7.11%
                # (bj-gugong-bowuyuan-2023-bmys, heldout13)
                "2023年收入预算128023.79万元,其中:上年结转19535.40万元,占比15.26%;一般公共预算拨款"
                "收入67524.50万元,占比52.74%;其他收入40963.89万元,占比32.00%。\n上述一般公共预算"
                "当年拨款67524.50万元,比2022年执行数"
                "减少11006.71万元。比如,文化旅游体育与传媒支出62722.85万元,占比92.89%;社会保障和"
                "就业支出4801.65万元,占比7.11%。",
                (
                    ("sum", "128023.79", "agrees"),
                    ("share", "15.26", "agrees"),
                    ("share", "52.74", "agrees"),
                    ("share", "32.00", "agrees"),
                    ("share", "92.89", "agrees"),
                    ("share", "7.11", "agrees"),
                ),
            ),
        ),
    ),
    # ------------------------------------------------------------------------------------------
    # Completion
    Form(
        "completion with budget and actual",
        "“年初预算为A万元，支出决算为B万元，完成年初预算的C%”: C = B / A. A budget found by its"
        " name alone elsewhere is no reading when the rate misses it by more than half.",
        "“年初预算为A万元，支出决算为B万元，完成年初预算的C%”：C = B ÷ A。",
        ("claims._completions",),
        (
            Example(
                # 405.71 / 676.59 = 59.9639% -> 59.96
                "行政运行(项)。年初预算为676.59万元,支出决算为405.71万元,完成年初预算的59.96%。",
                (("completion", "59.96", "agrees"),),
            ),
            Example(
                # 59.9639% -> 59.96, printed 59.69
                "行政运行(项)。年初预算为676.59万元,支出决算为405.71万元,完成年初预算的59.69%。",
                (("completion", "59.69", "disagrees"),),
                (("arithmetic.completion-rate", "error"),),
            ),
            Example(
                # no budget printed: the 中央本级支出 of 中央预算内投资 further on, found by name
                # alone, is another figure (35570.83 / 1466.78 = 2425%, against 100% printed):
                # a budget the rate misses by more than half is no reading
                # (zy-caizhengbu-2022-zyjs-spun, the development set)
                "中央本级支出35570.83亿元,完成预算的100%,增长3.9%。\n"
                "中央预算内投资支出6399.28亿元,其中中央本级支出1466.78亿元、对地方转移支付4932.5亿元。",
                (("sum", "6399.28", "agrees"),),
            ),
        ),
    ),
    Form(
        "a fund whose name holds 预算",
        "“动用预算稳定调节基金0.83亿元”: 预算 in the name of the 预算稳定调节基金 makes it no"
        " budget figure; it is one of the parts of an actual total like the others.",
        "“动用预算稳定调节基金0.83亿元”：基金名称中的“预算”不表示预算数，该数与其他各项同为实际"
        "数的组成部分。",
        ("vocabulary.PROTECTED", "claims._gather"),
        (
            Example(
                # heldout15 cq-bishan-czj: 14.59 + 23.56 + 24.69 + 0.83 + 4.92 + 10.99 + 1.17 +
                # 5.24 = 85.99
                "区本级一般公共预算收入实际完成85.99亿元,其中:税收收入完成14.59亿元,下降42.5%;"
                "非税收入完成23.56亿元,增长19%;上级转移支付补助收入24.69亿元,增长27.1%;动用预算"
                "稳定调节基金0.83亿元,下降85.2%;镇街上解收入4.92亿元,增长25.2%;债务(转贷)收入"
                "10.99亿元,增长58.8%;基金调入1.17亿元,下降41.5%;上年结转5.24亿元。",
                (("sum", "85.99", "agrees"),),
            ),
        ),
    ),
    Form(
        "an execution rate of 批复 and 已用 figures, with what is left after them",
        "“县直各部门批复指标39.41亿元,已用指标33.79亿元,预算结余5.62亿元,总体执行率86%;各乡镇…”:"
        " 批复 names the budget and 已用 the actual; 预算结余 is what is left, no budget; the rate"
        " is the actual over the budget, not the figure printed last over one before it. A 其中"
        " list of such clauses has one part per clause, the one at the total's phase.",
        "“县直各部门批复指标39.41亿元，已用指标33.79亿元，预算结余5.62亿元，总体执行率86%；……”："
        "“批复”为预算数，“已用”为执行数，“预算结余”为余额而非预算；执行率为已用 ÷ 批复，而非"
        "最后一个数 ÷ 前一个数。“其中”所列此类分句，每句只取与总数阶段相同的那个数为组成部分。",
        ("claims._completions", "claims._gather", "facts._PHASE_WORD", "vocabulary.PROTECTED"),
        (
            Example(
                # heldout15 jx-jingdezhen-fuliang: 62.09 / 71.48 = 86.86% -> 87; 33.79 / 39.41 =
                # 85.74% -> 86; 7.94 / 11.49 = 69.10% -> 69; 20.36 / 20.58 = 98.93% -> 99;
                # 39.41 + 11.49 + 20.58 = 71.48
                "2024年,当年预算批复指标71.48亿元,已用指标62.09亿元,预算结余9.39亿元,总体执行率"
                "87%。其中:县直各部门批复指标39.41亿元,已用指标33.79亿元,预算结余5.62亿元,总体"
                "执行率86%;各乡镇批复指标11.49亿元,已用指标7.94亿元,预算结余3.55亿元,总体执行率"
                "69%;实拨单位资金预算指标20.58亿元,已用指标20.36亿元,总体执行率99%。",
                # (and what is left: 71.48 - 62.09 = 9.39, 39.41 - 33.79 = 5.62, 11.49 - 7.94
                # = 3.55; the 已用 column, a parallel breakdown: 33.79 + 7.94 + 20.36 = 62.09)
                (
                    ("sum", "71.48", "agrees"),
                    ("sum", "62.09", "agrees"),
                    ("difference", "9.39", "agrees"),
                    ("difference", "5.62", "agrees"),
                    ("difference", "3.55", "agrees"),
                    ("completion", "87", "agrees"),
                    ("completion", "86", "agrees"),
                    ("completion", "69", "agrees"),
                    ("completion", "99", "agrees"),
                ),
            ),
            Example(
                # 7.94 / 11.49 = 69.10% -> 69, not 96
                "各乡镇批复指标11.49亿元,已用指标7.94亿元,预算结余3.55亿元,总体执行率96%。",
                (("difference", "3.55", "agrees"), ("completion", "96", "disagrees")),
                (("arithmetic.completion-rate", "error"),),
            ),
        ),
    ),
    Form(
        "a negative rate after 下降 and a budget in 万元 beside an actual in 元",
        "“支出预算为494,400.00万元,支出决算为115,749.56元,完成预算的23.42%。…比2017年减少"
        "518,378.24元,下降-81.75%”: a minus after 下降 says the fall once more; a budget in 万元"
        " under which the actual in 元 is under a hundredth is also read in 元 (a unit slip, a weak"
        " reading).",
        "“支出预算为494,400.00万元，支出决算为115,749.56元，完成预算的23.42%。……减少518,378.24元，"
        "下降-81.75%”：“下降”后的负号只是重复说明下降；以万元列示的预算数若不足元为单位的执行数"
        "的一百倍以上之差，亦按元读取（单位笔误，结构系推断）。",
        ("claims._changes", "claims._completions", "claims._slipped_ratio"),
        (
            Example(
                # heldout18 yn-kunming-kejiju: 518378.24 / (115749.56 + 518378.24) = 81.747% ->
                # 81.75 (a fall); 115749.56 / 494400.00 = 23.412% -> 23.41, not 23.42 (a warning)
                "2018年度三公经费支出预算为494,400.00万元,支出决算为115,749.56元,完成预算的"
                "23.42%。",
                (("completion", "23.42", "disagrees"),),
                (("arithmetic.sangong", "warning"), ("units.yuan-in-wanyuan", "info")),
            ),
            Example(
                # the same with the rate as meant: 115749.56 / 494400.00 = 23.4121% -> 23.41
                # agrees only with the actual figure read in 万元, which is reported as a slip
                "2018年度三公经费支出预算为494,400.00万元,支出决算为115,749.56元,完成预算的"
                "23.41%。",
                (("completion", "23.41", "agrees"),),
                (("units.slipped-unit", "warning"),),
            ),
            Example(
                "2018年度三公经费支出决算115,749.56元,比2017年减少518,378.24元,下降-81.75%。",
                (("change-rate", "-81.75", "agrees"),),
            ),
        ),
    ),
    Form(
        "a completion of the adjusted (or first) budget printed in the sentence before",
        "“…收入预算调整为200.12亿元。2022年全区完成一般公共预算收入202.96亿元,完成调整预算数的"
        "101.42%”: the budget a rate names (调整, 年初) is the last figure of the two sentences"
        " before it in its paragraph, or earlier in its own, printed after those words, when"
        " the rate nearly fits it (a"
        " weak reading); a sentence opening its paragraph reads the paragraph before, where the"
        " budget's last figure is the one named.",
        "“……收入预算调整为200.12亿元。2022年全区完成……202.96亿元，完成调整预算数的101.42%”："
        "完成比例所指的预算（调整、年初），取本句或同段前两句中该词之后最后一个数，且与比例大致相符"
        "（结构系推断）。",
        ("claims._completions", "claims._budget_named"),
        (
            Example(
                # the adjusted budget earlier in the rate's own sentence: 377841 / 368000 =
                # 102.674% -> 102.67 (tj-heping-2021-czsz, heldout36)
                "2021年一般公共预算收入调整为368000万元,实际收入377841万元,完成调整预算的102.67%。",
                (("completion", "102.67", "agrees"),),
            ),
            Example(
                # heldout15 js-nanjing-jiangning: 202.96 / 200.12 = 101.419% -> 101.42
                "经区人大常委会第六次会议批准收入预算调整为200.12亿元。2022年全区完成一般公共预算收入"
                "202.96亿元,完成调整预算数的101.42%。",
                (("completion", "101.42", "agrees"),),
            ),
            Example(
                # 202.96 / 200.12 = 101.419% -> 101.42, not 101.24 (a warning)
                "经区人大常委会第六次会议批准收入预算调整为200.12亿元。2022年全区完成一般公共预算收入"
                "202.96亿元,完成调整预算数的101.24%。",
                (("completion", "101.24", "disagrees"),),
                (("arithmetic.completion-rate", "warning"),),
            ),
            Example(
                # a sentence opening its paragraph reads the paragraph before, and a rate of the
                # 调整后支出预算 (支出 between the words) the budget's last figure there, after
                # the adjustment: 251.45 / 261.25 = 96.249% -> 96.2
                # (js-nanjing-jiangning-czj-2022-qjjs, heldout15; printed 96.3 there: WRONG)
                "经区人大常委会会议审议批准后,一般公共预算支出调整为263.68亿元。综合省市追加专款等"
                "变动因素后,2022年全区一般公共预算支出预算总额为261.25亿元。\n\n2022年全区完成一般"
                "公共预算支出251.45亿元,完成调整后支出预算的96.2%。",
                (("completion", "96.2", "agrees"),),
            ),
        ),
    ),
    Form(
        "a completion of the budget printed under a budget heading",
        "A report in two sections, the budget (“(一)财政收支预算情况”) and its execution"
        " (“(二)财政收支预算执行情况”): a completion rate with no budget in its sentence is of"
        " the figure of the actual one's name under the heading that names the budget and not"
        " its execution, when the rate nearly fits it (a weak reading).",
        "预算情况与执行情况分节列示（“（一）财政收支预算情况”“（二）财政收支预算执行情况”）："
        "句中未列预算数的完成比例，取标题为预算情况（非执行情况）一节中同名的数，且与比例大致"
        "相符（结构系推断）。",
        (
            "claims._completions",
            "claims._section_budget",
            "claims._heading_of",
            "facts._FUND_ACTUAL",
        ),
        (
            Example(
                # 323712 / 335857 = 96.384% -> 96.38 (gz-qiannan-longli-sjj-2020-sjgg, heldout31)
                "(一)财政收支预算情况\n经县人大会议通过:全县2020年财政总收入335,857万元。\n"
                "(二)财政收支预算执行情况\n全县2020年财政总收入323,712万元,完成预算的96.38%。",
                (("completion", "96.38", "agrees"),),
            ),
            Example(
                # the same printed 98.38 (a warning: the structure was inferred)
                "(一)财政收支预算情况\n经县人大会议通过:全县2020年财政总收入335,857万元。\n"
                "(二)财政收支预算执行情况\n全县2020年财政总收入323,712万元,完成预算的98.38%。",
                (("completion", "98.38", "disagrees"),),
                (("arithmetic.completion-rate", "warning"),),
            ),
            Example(
                # a fund's 实际支出 is its 支出 (facts.canonical): 360178 / 351134 = 102.576% ->
                # 102.58 (gz-qiannan-longli-sjj-2020-sjgg, heldout31)
                "(一)财政收支预算情况\n一般公共预算支出351,134万元。\n(二)财政收支预算执行情况\n"
                "一般公共预算实际支出为360,178万元,完成预算的102.58%。",
                (("completion", "102.58", "agrees"),),
            ),
            Example(
                # under a heading of the execution, the figure before is no budget
                "(一)财政收支预算执行情况\n全县2020年财政总收入335,857万元。\n"
                "(二)财政收入执行情况\n全县2020年财政总收入323,712万元,完成预算的96.38%。",
                (),
            ),
        ),
    ),
    Form(
        "a payment or execution rate of the funds named before it",
        "“项目资金共2179万元,…已完成拨付2113.63万元,执行率97%”, “资金支付18501.096万元,未支703万元,"
        "支付率95%”: a 执行率, 支付率, 拨付率, 支出率, 使用率 or 到位率 is what was spent (used,"
        " received) over the funds printed"
        " before it in its sentence (or in the sentence before, when it names a budget or the"
        " funds received: 到位, 收到, 下达), or over what was paid and what was not (未支, 未拨付,"
        " 未分配); weak readings. So are 分配率, 分配进度 and 支出进度; what is 已… done over the"
        " figure right before it; and a whole less what was not done, over the whole"
        " (“直达资金45.66亿元,"
        "未分配0.32亿元,分配率99.3%”).",
        "“项目资金共2179万元……已完成拨付2113.63万元，执行率97%”“资金支付18501.096万元，未支703万元，"
        "支付率95%”：执行率、支付率、拨付率、支出率、使用率、到位率为已支出（使用、到位）数 ÷ 同句"
        "此前所列资金（或前一句所列的预算、到位、收到、下达资金），或 ÷（已支付 + 未支付）；结构系"
        "推断。分配率、分配进度亦同；支出进度亦同；“已……”之数除以其前一数；总数减未完成数，再除以"
        "总数（“直达资金45.66亿元，未分配0.32亿元，分配率99.3%”）。",
        (
            "claims._completions",
            "claims._EXECUTION_RATE",
            "claims._BUDGETED",
            "claims._LEFT_OVER",
            "claims._UNSPENT",
            "claims._WHOLE_BEFORE_UNDONE",
            "claims._done_of_whole",
            "claims._DONE",
            "facts._COMPLETION_CUE",
        ),
        (
            Example(
                # (a district's 老旧小区 重点绩效评价, kmwh.gov.cn, miss 41): 使用率 too, of the
                # funds before what was used (not of what is carried over after it): 19078 /
                # 36950 = 51.632%; and 到位率: 1444 / 1476 = 97.83%
                "项目资金共计36,950.00万元,项目实际使用资金19,078.00万元,资金结转17,872.00万元,资金"
                "使用率51.63%。计划投入资金1476万元,实际到位资金1444万元,资金到位率97.83%。",
                (("completion", "51.63", "agrees"), ("completion", "97.83", "agrees")),
            ),
            Example(
                # 支出进度 names such a rate too (2024 直达资金, m.829897.com): 9.4 /
                # 10.53 = 89.27% -> 89.3; and 8.4 / 10.53 = 79.77%, not 89.3 (a warning)
                "2024年,全区共收到中央直达资金10.53亿元,支出9.4亿元,支出进度89.3%。2025年,全区共"
                "收到中央直达资金10.53亿元,支出8.4亿元,支出进度89.3%。",
                (("completion", "89.3", "agrees"), ("completion", "89.3", "disagrees")),
                (("arithmetic.completion-rate", "warning"),),
            ),
            Example(
                # 预算完成率 names a completion too: 95 / 100 = 95%
                "项目年初预算100万元,实际支出95万元,预算完成率95%。",
                (("completion", "95", "agrees"),),
            ),
            Example(
                # 福州 2021 直达资金: 33.80 / (33.80 + 0.08) = 99.76% -> 99.8
                "县区直达资金合计33.88亿元,已分配33.80亿元,未分配0.08亿元,分配率99.8%。",
                (("completion", "99.8", "agrees"),),
            ),
            Example(
                # (45.66 − 0.32) / 45.66 = 99.30% -> 99.3, the whole before what was not done
                "市本级直达资金45.66亿元,未分配0.32亿元,分配率99.3%。",
                (("completion", "99.3", "agrees"),),
            ),
            Example(
                # 27.78 / 45.66 = 60.84% -> 60.8, what is done (已支出) of the figure before it
                "市本级直达资金45.66亿元,已支出27.78亿元,支出进度60.8%。",
                (("completion", "60.8", "agrees"),),
            ),
            Example(
                # the funds received in the sentence before (yn-kunming-wuhuaqu-2023-gbnt-jxpj,
                # heldout38): 470.37 / 495 = 95.024% -> 95.02
                "项目实际收到资金495万元。项目共支付470.37万元,到位资金支付率为95.02%。",
                (("completion", "95.02", "agrees"),),
            ),
            Example(
                # in one sentence: the funds received are the whole, not the figure paid
                "项目实际收到资金495万元,项目共支付470.37万元,支付率为95.02%。",
                (("completion", "95.02", "agrees"),),
            ),
            Example(
                # 支出率 (hl-qitaihe-boli-czj-2024-cpgyj-tw, heldout34): 244.05 / 259.85 = 93.92%
                "項目計劃總投資259.85萬元,財政部門已撥付專項資金244.05萬元,該項目支出率93.92%。",
                (("completion", "93.92", "agrees"),),
            ),
            Example(
                # the same, printed 95.92
                "項目計劃總投資259.85萬元,財政部門已撥付專項資金244.05萬元,該項目支出率95.92%。",
                (("completion", "95.92", "disagrees"),),
                (("arithmetic.completion-rate", "warning"),),
            ),
            Example(
                # heldout17 ha-zhumadian-xiping-jiaotong: 2113.63 / 2179 = 97.000% -> 97
                "项目资金共2179万元,截止2022年12月8日,已完成拨付2113.63万元,执行率97%。",
                (("completion", "97", "agrees"),),
            ),
            Example(
                # what is left printed last, no phase named (unkeyed, 红河州第二人民医院 2023):
                # the figure before it was used, 2.00 / 2.00 = 100%, not 0 / 2.00
                "国家基本公共卫生服务项目州级补助资金2.00万元,截至2023年12月31日,资金已使用2.00万元,"
                "结余0万元,资金执行率100%。",
                (("completion", "100", "agrees"),),
            ),
            Example(
                # heldout17 xx-xiangcun-zhenxing: 18501.096 / (18501.096 + 703) = 96.339% -> 96,
                # not 95
                "20xx年,乡村振兴建设任务资金支付18501.096万元,未支703万元,支付率95%。",
                (("completion", "95", "disagrees"),),
                (("arithmetic.completion-rate", "warning"),),
            ),
        ),
    ),
    Form(
        "an execution rate against the budget of the sentence before",
        "“2023年预算安排我局专项资金项目共计113个,财政资金3267.28万元。…至2023年底我局项目执行金额"
        "2856.63万元,执行率87.43%”: a 执行率 whose budget its sentence does not print is read"
        " against the budgeted money of the sentence before (a weak reading).",
        "“2023年预算安排……财政资金3267.28万元。……项目执行金额2856.63万元，执行率87.43%”：本句未列预算数"
        "的执行率，按上一句所列预算安排的金额核对（系推断）。",
        ("claims._completions",),
        (
            Example(
                # 2856.63 / 3267.28 = 87.4315% -> 87.43
                "2023年预算安排我局专项资金项目共计113个,财政资金3267.28万元。为了实现年初绩效目标,"
                "我局严格执行预算管理制度,至2023年底我局项目执行金额2856.63万元,执行率87.43%。",
                (("completion", "87.43", "agrees"),),
            ),
            Example(
                # 87.43%, not 78.43: a warning
                "2023年预算安排我局专项资金项目共计113个,财政资金3267.28万元。为了实现年初绩效目标,"
                "我局严格执行预算管理制度,至2023年底我局项目执行金额2856.63万元,执行率78.43%。",
                (("completion", "78.43", "disagrees"),),
                (("arithmetic.completion-rate", "warning"),),
            ),
        ),
    ),
    Form(
        "completion with inline budget",
        "“完成4348万元，占年初预算10065万元的43.2%”: the budget is printed inside the completion"
        " phrase (预算调整数 too, and a budget named with its flow: 调整预算收入).",
        "“完成X万元，占年初预算Y万元的Z%”：预算数（包括预算调整数，以及写明收支的“调整预算收入”）写在"
        "完成比例之中。",
        ("claims._completions", "facts._classify", "facts._BASE_CUE"),
        (
            Example(
                # 某镇 2020 预算执行: 82640 / 146633 = 56.358% -> 56.36
                "公共财政预算收入82640万元,为调整预算收入146633万元的56.36%。",
                (("completion", "56.36", "agrees"),),
            ),
            Example(
                # 预算调整数 (gx-liuzhou-sanjiang-czj-2019-ysjx, heldout23): 43096 / 41616 =
                # 103.556% -> 103.56
                "一般公共财政收入43096万元,完成预算调整数41616万元的103.56%。",
                (("completion", "103.56", "agrees"),),
            ),
            Example(
                # 5260 / 12400 = 42.4194% -> 42.4
                "1-6月,全县完成财政总收入5260万元,占年初预算12400万元的42.4%,同比下降3.5%。",
                (("completion", "42.4", "agrees"),),
            ),
            Example(
                # 42.4194% -> 42.4, printed 42.9
                "1-6月,全县完成财政总收入5260万元,占年初预算12400万元的42.9%,同比下降3.5%。",
                (("completion", "42.9", "disagrees"),),
                (("arithmetic.completion-rate", "error"),),
            ),
            Example(
                # 39.1 / 37.5 = 104.2667% -> 104.3: the budget named at length ("完成…批准收入
                # 调整预算") is the base when "的 N%" follows it
                "2023年区级一般公共预算收入预计完成39.1亿元,完成区第十八届人大常委会第十九次"
                "会议批准收入调整预算37.5亿元的104.3%。",
                (("completion", "104.3", "agrees"),),
            ),
            Example(
                # 104.2667% -> 104.3, printed 103.4
                "2023年区级一般公共预算收入预计完成39.1亿元,完成区第十八届人大常委会第十九次"
                "会议批准收入调整预算37.5亿元的103.4%。",
                (("completion", "103.4", "disagrees"),),
                (("arithmetic.completion-rate", "error"),),
            ),
            Example(
                # "为…全年预算46,908万元的80.43%": the base; 37730 / 46908 = 80.4332% -> 80.43;
                # the change is against the printed prior: 37730 - 35285 = 2445; the parts are
                # the collections, not their budgets: 22368 + 15362 = 37730
                "2023年1-9月一般公共预算收入37,730万元,为县人民代表大会批准全县全年预算46,908万元"
                "的80.43%,比上年同期35,285万元增收2,445万元,增长6.9%。其中:税收收入完成22,368万元,"
                "为县人民代表大会批准全县全年预算32,972万元的67.8%,非税收入完成15,362万元,为县"
                "人民代表大会批准全县全年预算13,936万元的110.2%。",
                (
                    ("completion", "80.43", "agrees"),
                    ("budget-sum", "46908", "agrees"),
                    ("difference", "2445", "agrees"),
                    ("change-rate", "6.9", "agrees"),
                    ("sum", "37730", "agrees"),
                    ("completion", "67.8", "agrees"),
                    ("completion", "110.2", "agrees"),
                ),
            ),
        ),
    ),
    Form(
        "completion of a budget named elsewhere",
        "A completion rate whose budget is printed in another paragraph under the same name: the"
        " budget is found by name, a weak reading (a disagreement is a warning). A budget"
        " “由年初的A调整为B” is B, the adjusted budget of the name before 由.",
        "完成比例的预算数在其他段落，按同一名称查找；结构系推断，不符时为警告。"
        "“由年初的A调整为B”中，B为“由”前所称项目的调整预算。",
        ("claims._completions", "claims._lookup", "facts._classify", "facts.canonical"),
        (
            Example(
                # 1080 / 1200 = 90%
                "一、预算安排情况\n2023年一般公共预算支出年初预算为1200万元。\n二、执行情况\n"
                "2023年一般公共预算支出决算为1080万元,完成预算的90%。",
                (("completion", "90", "agrees"),),
            ),
            Example(
                # 90%, printed 88; over the intervals [89.92%, 90.08%]
                "一、预算安排情况\n2023年一般公共预算支出年初预算为1200万元。\n二、执行情况\n"
                "2023年一般公共预算支出决算为1080万元,完成预算的88%。",
                (("completion", "88", "disagrees"),),
                (("arithmetic.completion-rate", "warning"),),
            ),
            Example(
                # a need worked out (测算的…需求) is the plan; the county's whole is named with
                # 全县 or without it (a 2025 1-7月 county report, 61.178.178.81): 59987 / 95506 =
                # 62.810% -> 62.81; 95506 = 62942 + 3940 + 28624
                "2025年,按照保障范围和标准测算的“三保”支出需求95506万元,其中:保工资支出安排62942"
                "万元、保运转支出安排3940万元、保基本民生支出安排28624万元。1-7月,全县“三保”支出"
                "59987万元,执行进度62.81%。",
                (("sum", "95506", "agrees"), ("completion", "62.81", "agrees")),
            ),
            Example(
                # the same, the rate misprinted: 62.810%, printed 65.81
                "2025年,按照保障范围和标准测算的“三保”支出需求95506万元。1-7月,全县“三保”支出"
                "59987万元,执行进度65.81%。",
                (("completion", "65.81", "disagrees"),),
                (("arithmetic.completion-rate", "warning"),),
            ),
            Example(
                # a share's whole named with 全市 is not looked for among budgets: 39.2 / 115.1 =
                # 34.06% -> 34.1 (not 39.2 / 115.4 = 33.97%)
                "2015年,汇总年初各级人大批准的一般公共预算收入为115.4亿元,实际完成115.1亿元。市本级完成39.2"
                "亿元,占全市一般公共预算收入的34.1%。",
                (("share", "34.1", "agrees"),),
            ),
            Example(
                # the budget "由年初的76138万元调整为89138万元" is the adjusted one, of the name
                # before 由 (89138 − 76138 = 13000); 88435 / 89138 = 99.211% → 99.2; the line's
                # bullet "——" is not part of the name
                "年度预算执行中,一般公共预算收入由年初的76138万元调整为89138万元,调增13000万元。\n"
                "——一般公共预算收入88435万元,完成调整预算的99.2%。",
                (("difference", "13000", "agrees"), ("completion", "99.2", "agrees")),
            ),
            Example(
                # the same, the actual misprinted: 88435 / 89138 = 99.2%, printed 97.2
                "年度预算执行中,一般公共预算收入由年初的76138万元调整为89138万元,调增13000万元。\n"
                "——一般公共预算收入88435万元,完成调整预算的97.2%。",
                (("difference", "13000", "agrees"), ("completion", "97.2", "disagrees")),
                (("arithmetic.completion-rate", "warning"),),
            ),
            Example(
                # the parts of a budget's 其中 list are budgets: 公务接待费 8.00 / 10 = 80%,
                # printed 85 (over the intervals [76.19%, 84.21%]); 45 / 50 = 90%; and the
                # budget 10 and the spending 8.00 of 公务接待费 are not one quantity restated
                "2023年“三公”经费预算为50万元,其中:因公出国(境)费10万元、公务用车运行维护费30万元、"
                "公务接待费10万元。“三公”经费支出为45万元,完成预算的90%,其中:因公出国(境)费支出"
                "10万元,完成预算的100%;公务用车运行维护费支出27万元,完成预算的90%;公务接待费支出"
                "8.00万元,完成预算的85%。",
                (
                    ("sum", "50", "agrees"),
                    ("sum", "45", "agrees"),
                    ("completion", "90", "agrees"),
                    ("completion", "100", "agrees"),
                    ("completion", "90", "agrees"),
                    ("completion", "85", "disagrees"),
                ),
                (("arithmetic.sangong", "warning"),),
            ),
        ),
    ),
    Form(
        "completion against a zero budget",
        "A completion rate printed where the budget is 0: the rate is undefined; “100%” is a"
        " publishing convention, reported as a warning.",
        "年初预算为0仍列示完成比例：比例无定义，“100%”是列示惯例，作警告。",
        ("claims._completions", "verdicts.ratio_percent"),
        (
            Example(
                # 124.66 / 0: undefined
                "其他一般公共服务支出(项)。年初预算为0万元,支出决算为124.66万元,"
                "完成年初预算的100%。",
                (("completion", "100", "undefined"),),
                (("arithmetic.completion-zero-base", "warning"),),
            ),
        ),
    ),
    Form(
        "决算数大于/小于年初预算数",
        "“决算数小于年初预算数” after a completion rate: the words must match the two figures."
        " With no budget printed, a gap to it (“决算数大于预算数55.93万元”, or a change against it:"
        " “比年初预算减少3887.49万元”) implies it for the completion rate (a weak reading).",
        "完成比例后的“决算数大于/小于/等于年初预算数”应与两个数字相符。未列预算数时，与预算之差"
        "（“决算数大于预算数55.93万元”，或“比年初预算减少3887.49万元”）推出预算数，据以核对完成比例"
        "（系推断）。",
        ("claims._comparison", "claims._completion_over_gap"),
        (
            Example(
                # 405.71 < 676.59: 小于 is right; 405.71 / 676.59 = 59.96%
                "行政运行(项)。年初预算为676.59万元,支出决算为405.71万元,完成年初预算的59.96%,"
                "决算数小于年初预算数。",
                (("completion", "59.96", "agrees"),),
            ),
            Example(
                # 405.71 < 676.59, but the text says 大于
                "行政运行(项)。年初预算为676.59万元,支出决算为405.71万元,完成年初预算的59.96%,"
                "决算数大于年初预算数。",
                (("completion", "59.96", "agrees"), ("comparison", "59.96", "disagrees")),
                (("arithmetic.completion-comparison", "error"),),
            ),
            Example(
                # the gap printed as an amount: 676.59 - 405.71 = 270.88, below the budget
                "行政运行(项)。年初预算为676.59万元,支出决算为405.71万元,"
                "决算数小于年初预算数270.88万元。",
                (("difference", "270.88", "agrees"),),
            ),
            Example(
                # 676.59 - 405.71 = 270.88, printed 280.88
                "行政运行(项)。年初预算为676.59万元,支出决算为405.71万元,"
                "决算数小于年初预算数280.88万元。",
                (("difference", "280.88", "disagrees"),),
                (("arithmetic.change-amount", "error"),),
            ),
            Example(
                # 超 alone before 预算: 43000 - 42000 = 1000, printed 1100
                "一般公共预算收入年初预算42000万元,实际完成43000万元,超预算1100万元。",
                (("difference", "1100", "disagrees"),),
                (("arithmetic.change-amount", "error"),),
            ),
            Example(
                # unkeyed (白首冈 2021): a gap to the target (超任务) is against the figure named
                # as the plan (计划): 42001 - 42000 = 1; 42001 / 42000 = 100.0024% -> 100
                "2021年,我区一般公共预算财政收入计划42000万元,全年实际完成42001万元,完成年度任务的"
                "100%,超任务1万元。",
                (("completion", "100", "agrees"), ("difference", "1", "agrees")),
            ),
            Example(
                # 18 < 20: the actual is below the budget, the text says above; the amount (2)
                # is right, the words are not
                "三公经费年初预算数20万元,决算数18万元,决算数大于预算数2万元。",
                (("comparison", "2", "disagrees"),),
                (("arithmetic.completion-comparison", "error"),),
            ),
            Example(
                # a change against the budget is its gap too (东莞 2016 三公): 9615.12 / (9615.12 +
                # 3887.49) = 71.21%
                "支出合计为9615.12万元,完成年初预算71.21%,比年初预算减少3887.49万元。",
                (("completion", "71.21", "agrees"),),
            ),
            Example(
                # no budget printed: the gap implies it, 1741.75 − 55.93 = 1685.82, and
                # 1741.75 / 1685.82 = 103.3177% -> 103.32 agrees (an inferred reading)
                "本单位支出总计1741.75万元,完成年初预算103.32%,决算数大于预算数55.93万元。",
                (("completion", "103.32", "agrees"),),
            ),
            Example(
                # 天水市幼儿园 2017 (tests/corpus/texts): 1741.75 / 1685.82 = 103.32%, printed 100%;
                # the budget is implied, so a warning
                "一般公共预算财政拨款支出总计1741.75万元,与上年相比减少53.7万元,降低2.99%;"
                "完成年初预算100%,决算数大于预算数55.93万元。",
                (("change-rate", "2.99", "agrees"), ("completion", "100", "disagrees")),
                (("arithmetic.completion-rate", "warning"),),
            ),
        ),
    ),
    Form(
        "三公 completion at the printed precision",
        "A 三公 completion rate: budgets printed to one decimal leave wide rounding intervals, so"
        " the same wrong rate is a warning with 4.7 and an error with 4.70.",
        "“三公”经费完成预算比例：预算数只印一位小数时舍入区间较宽，同一错误比例在4.7时为警告、"
        "在4.70时为错误。",
        ("claims._completions", "audit.AuditedClaim.code"),
        (
            Example(
                # 4.5 / 4.7 = 95.7447% -> 95.74
                "“三公”经费财政拨款支出预算为4.7万元,支出决算为4.5万元,完成预算的95.74%。",
                (("completion", "95.74", "agrees"),),
            ),
            Example(
                # 95.7447% -> 95.74, printed 96.74; 4.5 in [4.45, 4.55), 4.7 in [4.65, 4.75):
                # [93.68%, 97.85%] contains 96.74
                "“三公”经费财政拨款支出预算为4.7万元,支出决算为4.5万元,完成预算的96.74%。",
                (("completion", "96.74", "rounding"),),
                (("arithmetic.sangong", "warning"),),
            ),
            Example(
                # 4.50 / 4.70 = 95.7447%; 4.495 / 4.705 = 95.54% .. 4.505 / 4.695 = 95.95%
                "“三公”经费财政拨款支出预算为4.70万元,支出决算为4.50万元,完成预算的96.74%。",
                (("completion", "96.74", "disagrees"),),
                (("arithmetic.sangong", "error"),),
            ),
        ),
    ),
    Form(
        "time progress",
        "“占年初预算A的C%，超/低于序时进度P个百分点，X万元”: P = C − months/12 × 100 and"
        " X = actual − months/12 × budget, the months read from “9月底”, “1-11月份”, “上半年”"
        " (a month's own figures, “2月份”, count one month; a gap in %, “较均衡进度慢0.48%”, is"
        " one in points). A period compared with (“高于一季度累计增幅”) is not the one counted;"
        " a lead over the year before's progress (“比去年同期进度加快5.2个百分点”) is no gap to"
        " the time; and 超收/短收 right after a gap to the progress is the amount over or short of"
        " it (“超平均进度11.3个百分点,超收6623万元”).",
        "“占年初预算的C%，超（低于）序时进度P个百分点，X万元”：P与X按已过月份占全年的比例计算。"
        "比较对象的期间（“高于一季度累计增幅”）不作已过期间；“比去年同期进度加快”不是与时间进度的"
        "差距；紧接进度差距之后的超收、短收是相对进度的金额（“超平均进度11.3个百分点，超收6623万元”）。",
        (
            "claims._progress",
            "claims._elapsed_months",
            "claims._opening_period",
            "claims._in_aside",
            "facts._without_asides",
            "claims._COMPARED_PERIOD",
            "claims._PROGRESS_A_YEAR_AGO",
        ),
        (
            Example(
                # a lead over last year's progress, not printed: no claim (a 财政部 release; it
                # was read as 77.4 - 10/12, an error)
                "1-10月,全国财政累计支出77559.6亿元,完成预算的77.4%,比去年同期进度加快5.2个百分点。",
                (),
            ),
            Example(
                # 8/12 of 58651 = 39100.7: 45724 - 39100.7 = 6623.3 (天水经开区, 2014); 45724 /
                # 58651 = 77.96% -> 78, and 77.96 - 66.67 = 11.3
                "截止8月底,经开区大口径财政收入完成45724万元,占年初预算58651万元的78%,"
                "超平均进度11.3个百分点,超收6623万元。",
                (
                    ("completion", "78", "agrees"),
                    ("points", "11.3", "agrees"),
                    ("progress-amount", "6623", "agrees"),
                ),
            ),
            Example(
                # 1-6月: 6/12 = 50%; 56.6 - 50 = 6.6 and 53.5 - 50 = 3.5 (a 2016 provincial
                # bulletin; the 一季度 compared with was read as the period: 28.5, an error)
                "1-6月全省一般公共预算收入完成1603.8亿元,占预算的56.6%,超过时间进度6.6个百分点;"
                "比上年同期增长15.5%,高于一季度累计增幅2.5个百分点。全省一般公共预算支出完成2911.4亿元,"
                "占预算的53.5%,超过时间进度3.5个百分点。",
                (("points", "6.6", "agrees"), ("points", "3.5", "agrees")),
            ),
            Example(
                # 18420 / 22800 = 80.7895% -> 80.8; 9/12 = 75%: 80.7895 - 75 = 5.7895 -> 5.8;
                # 18420 - 22800 × 9/12 = 18420 - 17100 = 1320
                "截至9月底,全县一般公共预算收入完成18420万元,占年初预算22800万元的80.8%,"
                "超序时进度5.8个百分点,1320万元。",
                (
                    ("completion", "80.8", "agrees"),
                    ("points", "5.8", "agrees"),
                    ("progress-amount", "1320", "agrees"),
                ),
            ),
            Example(
                # 5.7895 -> 5.8, printed 5.3
                "截至9月底,全县一般公共预算收入完成18420万元,占年初预算22800万元的80.8%,"
                "超序时进度5.3个百分点,1320万元。",
                (
                    ("completion", "80.8", "agrees"),
                    ("points", "5.3", "disagrees"),
                    ("progress-amount", "1320", "agrees"),
                ),
                (("arithmetic.progress", "error"),),
            ),
            Example(
                # unkeyed (亳州市谯城区 2025 1-3月): 11.26 / 33.92 = 33.1958% -> 33.2, printed 33.0
                # (an error); the gap 8.0 agrees with the printed 33.0 (33.0 - 25): one finding,
                # the completion's, not a second on the gap read from the amounts (8.2)
                "1-3月全区一般公共预算收入完成11.26亿元,同比增长2.2%,增收0.24亿元,占年初预算33.92"
                "亿元的33.0%,超预算序时进度8.0个百分点。",
                (
                    ("change-rate", "2.2", "agrees"),
                    ("completion", "33.0", "disagrees"),
                    ("points", "8.0", "agrees"),
                ),
                (("arithmetic.completion-rate", "error"),),
            ),
            Example(
                # 25160 / 29600 = 85.0%; 11/12 = 91.6667%: 91.6667 - 85 = 6.6667 -> 6.7;
                # 29600 × 11/12 = 27133.33; 27133.33 - 25160 = 1973.33 -> 1973
                "截止11月底,税收收入完成25160万元,占年初预算29600万元的85.0%,"
                "低于平均进度6.7个百分点,短收1973万元。",
                (
                    ("completion", "85.0", "agrees"),
                    ("points", "6.7", "agrees"),
                    ("progress-amount", "1973", "agrees"),
                ),
            ),
            Example(
                # a month's own figures ("2月份") count one month, a range ("1-2月") two; the gap
                # printed in % (较均衡进度慢): 5682 / 105425 = 5.3896% -> 5.39, 1/12 = 8.3333%,
                # 8.3333 - 5.3896 = 2.9437 -> 2.94; 17056 / 105425 = 16.1783% -> 16.18 (against
                # the budget of the sentence before, a weak reading), 2/12 = 16.6667%: from the
                # printed 16.18, 0.4867 -> 0.49, printed 0.48: within the rounding of 16.18
                # (gs-dingxi-lintao-czj-2024-2yue-yszx, heldout8)
                "2月份,全县实现大口径财政收入5682万元,完成预算105425万元的5.39%,较均衡进度慢2.94%。"
                "1-2月,全县实现大口径财政收入17056万元,完成预算的16.18%,较均衡进度慢0.48%。",
                (
                    ("completion", "5.39", "agrees"),
                    ("points", "2.94", "agrees"),
                    ("completion", "16.18", "agrees"),
                    ("points", "0.48", "rounding"),
                ),
                (("arithmetic.progress", "warning"),),
            ),
            Example(
                # fj-sanming-czj-2018-1h-yszx (heldout10): a share of an estimate (预计数) set
                # against the time progress is a completion; the source in brackets (its 1-5月
                # too) is an aside; 上半年 is named at the document's opening, a paragraph before:
                # 60.68 - 6/12 × 100 = 10.68, and 31.83 - 50 = -18.17 (落后)
                "截至上半年末,全市财政收支顺利完成“双过半”。\n"
                "一般公共预算支出完成1,580,349万元,占省级核定一般公共预算支出预计数(预计数取自《福建省"
                "财政厅关于2018年1-5月市县(区)财政收支考核情况的通报》,闽财预〔2018〕30号)的60.68%,"
                "超过序时进度要求10.68个百分点。政府性基金支出完成260,641万元,占省级核定政府性基金支出"
                "预计数(预计数取自《福建省财政厅关于2018年1-5月市县(区)财政收支考核情况的通报》,"
                "闽财预〔2018〕30号)的31.83%,落后序时进度要求18.17个百分点。",
                (("points", "10.68", "agrees"), ("points", "18.17", "agrees")),
            ),
            Example(
                # the same with 18.27 printed: 31.83 - 50 = -18.17; the share is inferred to be
                # a completion (it may be of another plan), so the gap is a warning
                "1-6月,政府性基金支出完成260,641万元,占政府性基金支出预计数的31.83%,"
                "落后序时进度要求18.27个百分点。",
                (("points", "18.27", "disagrees"),),
                (("arithmetic.progress", "warning"),),
            ),
            Example(
                # unkeyed (web10-hunt47-11, 2019): a definition in brackets between the rate's
                # name and its figure; 527325.49 / 531171.71 = 99.2759% -> 99.28
                "全年总支出预算为531171.71万元,当年实际总支出527325.49万元,支出预算执行率(实际支出"
                "与年度预算安排的比率,下同)为99.28%。",
                (("completion", "99.28", "agrees"),),
            ),
        ),
    ),
    Form(
        "a completion whose actual figure is named after 完成, and whose rate names the budget",
        "“政府性基金收入预算为406500万元,完成收入441521万元,占预算的108.6%”: 完成 before the actual"
        " figure's name is no part of it (收入 is of 政府性基金收入预算). A rate of 调整预算 is not"
        " read against a budget named 年初, and against a budget named as neither only weakly.",
        "“政府性基金收入预算为406500万元，完成收入441521万元，占预算的108.6%”：实际数名称前的“完成”"
        "不属于名称（“收入”即政府性基金收入预算的收入）。“调整预算”的完成率不按标为“年初”的预算计算，"
        "对未标明调整与否的预算只作推断。",
        ("claims._completions",),
        (
            Example(
                # unkeyed (蒙城县 2021 审计报告): 441521 / 406500 = 108.615% -> 108.6
                "2021年度政府性基金收入预算为406500万元,完成收入441521万元,占预算的108.6%,比上年"
                "决算数下降11.3%。",
                (("completion", "108.6", "agrees"),),
            ),
            Example(
                # the same report: the rate is of the 调整预算, never printed; 630281 / 417784 =
                # 150.9% is against the budget before it was adjusted (a weak reading)
                "当年支出预算为417784万元,完成支出630281万元,占调整预算的94.1%,比上年下降7.5%。",
                (("completion", "94.1", "disagrees"),),
                (("arithmetic.completion-rate", "warning"),),
            ),
            Example(
                # the budget named 年初: no reading of a rate of the 调整预算
                "年初预算为417784万元,完成支出630281万元,占调整预算的94.1%。",
                (),
            ),
        ),
    ),
    Form(
        "a performance indicator's completion of its target value",
        "“…活动数量绩效目标值是28次,实际完成值为40次,目标完成率为143%”: an indicator's 目标值 is"
        " what its 实际完成值 (a name of the actual phase alone) completes, of counts or of money.",
        "“……活动数量绩效目标值是28次，实际完成值为40次，目标完成率为143%”：指标的“目标值”即“实际完成值”"
        "（仅表实际的名称）所完成的对象，计数与金额皆然。",
        ("facts.canonical", "claims._completions"),
        (
            Example(
                # 2023 人才驿站 项目绩效自评 (0477ly.com): 40 / 28 = 142.86% -> 143
                "当年人才驿站组织活动数量绩效目标值是28次,实际完成值为40次,目标完成率为143%。",
                (("completion", "143", "agrees"),),
            ),
            Example(
                # the same report: 0 / 10 = 0%
                "项目资金投入绩效目标值是10万元,实际完成值为0万元,目标完成率为0%。",
                (("completion", "0", "agrees"),),
            ),
            Example(
                # the same report: a target and an actual in %, 100 / 100 = 100% (not 40 / 28 of
                # the clause before: it was an error); 98 / 95 = 103.16% -> 103
                "当年人才驿站组织活动数量绩效目标值是28次,实际完成值为40次,目标完成率为143%,,人才"
                "驿站补助资金到位率绩效目标值是100%,实际完成值为100%,目标完成率为100%,知晓率绩效"
                "目标值是95%,实际完成值为98%,目标完成率为103%。",
                (
                    ("completion", "143", "agrees"),
                    ("completion", "100", "agrees"),
                    ("completion", "103", "agrees"),
                ),
            ),
            Example(
                # a wrong rate: 40 / 28 = 142.86% -> 143, printed 134
                "当年人才驿站组织活动数量绩效目标值是28次,实际完成值为40次,目标完成率为134%。",
                (("completion", "134", "disagrees"),),
                (("arithmetic.completion-rate", "error"),),
            ),
        ),
    ),
    Form(
        "a rate of what was passed down (下达率) of a budget",
        "“水利专项资金预算共429.9亿元,已分解下达项目单位407.3亿元,预算分解下达率为94.7%”: a 下达率"
        " (分解下达率) is a completion, and what 已… was done is of the budget named before it.",
        "“水利专项资金预算共429.9亿元，已分解下达项目单位407.3亿元，预算分解下达率为94.7%”：“下达率”"
        "（分解下达率）为完成率，“已……”所做的是此前所列预算的完成数。",
        ("facts._COMPLETION_CUE", "claims._completions"),
        (
            Example(
                # 水利部 2011 统计 (mwr.gov.cn): 407.3 / 429.9 = 94.743% -> 94.7
                "2011年中央财政水利专项资金预算共429.9亿元,已分解下达项目单位407.3亿元,预算分解"
                "下达率为94.7%。",
                (("completion", "94.7", "agrees"),),
            ),
        ),
    ),
    # ------------------------------------------------------------------------------------------
    # Lists and sums
    Form(
        "其中 list",
        "“T万元，其中A万元、B万元…”: the parts add up to the total within the rounding of the"
        " printed parts. One part printed in 元 among parts in 万元 that add up only when it is"
        " read in 万元 is a unit slip: the sum agrees, and the slip is a warning of its own."
        " Items that each open with 用于 (“其中:用于A30万元,用于B196.21万元”) are siblings: the"
        " next 用于 opens no list of the item before it, nor does one after a word that adds"
        " items (“…达318.24亿元,另外还有用于A1.05亿元、用于B7.24亿元”). What flows over a period"
        " (收入, 收益, 支出, 利润) is no part of what is held at its end (资产, 负债, 余额, 结存),"
        " nor is what is held or left (余额, 赤字, 收支结余, 当期结余, 累计结余) a part of a flow."
        " Parts the next sentence calls the main part (“这三项支出,占到…的大头”) are some of the"
        " total, and so are a few named together (“A、B为X、Y”) that reach less than half of it,"
        " and those of a total whose own sentence names what it holds (“…用于A、B、C等。其中…”);"
        " uses named alike after a use (“…2662万元,用于A3222万元,用于B1486万元”) that pass it"
        " are its siblings."
        " After two totals named alike but for their opening (“省级…5.5亿元,市县…2.9亿元,"
        "其中:”) each part belongs to the total its name opens like."
        " The first few by rank"
        " (“名列三甲,分别为…”) are some of the total's parts: only when they add up are they a"
        " claim. Counts of what is beyond a bound (“其中收入过30亿元的52个,过50亿元的27个”)"
        " hold one another: no breakdown. Parts named as the gross (…资产) after a net total"
        " (净资产) are the gross's, not the net's.",
        "“T万元，其中A万元、B万元……”：各项之和在舍入范围内等于合计。各项以万元列示而其中一项印为元、"
        "按万元读取方能相符的，视为单位印错：合计相符，另报单位警告。各项均以“用于”开头的"
        "（“其中：用于A30万元，用于B196.21万元”）为并列项，后一个“用于”不构成前一项的分项列表；"
        "“另外还有用于……”等追加的项目亦非前一数的分项。一段时期的流量（收入、收益、支出、利润）"
        "不是期末存量（资产、负债、余额、结存）的分项，存量或结余（余额、赤字、收支结余、当期结余、累计"
        "结余）也不是流量的分项。下一句称这几项为“大头”“主要部分”的，"
        "只是总额的一部分；合称列出（“A、B为X、Y”）且不及总额一半的几项亦然，总额所在句已列明用途"
        "（“……用于A、B、C等。其中……”）时亦然；某一用途之后同样以“用于”开头、合计超过它的各项是它的"
        "并列项。两个仅开头不同的总额（“省级……5.5亿元，市县……2.9亿元，其中：”）之后，"
        "各项归于名称开头相同的总额。"
        "按名次列出的前几项（“名列三甲，分别为……”）只是部分，相符时才作为一项核对。按界限计数的各项"
        "（“其中收入过30亿元的52个，过50亿元的27个”）相互包含，不是构成。净额（净资产）之后以总额名称"
        "（……资产）列出的各项是总额的构成，不是净额的构成。",
        (
            "claims._RANKED",
            "claims._counted_over",
            "claims._gross_parts_of_net",
            "claims._lists",
            "claims._sibling_opener",
            "claims._opens_alike",
            "claims._ADDED_BEFORE",
            "claims._STOCK_ENDINGS",
            "claims._FLOW_ENDINGS",
            "claims._HELD_ENDINGS",
            "claims._BARE_HELD",
            "claims._called_main_part",
            "claims._CALLED_MAIN",
            "claims._picked_few",
            "claims._uses_named",
            "claims._parallel_uses",
            "claims._split_by_qualifier",
            "claims._gather",
            "claims._check_list",
            "claims._bracketed_total",
            "claims._slipped_part",
            "claims._totals_before",
            "claims._restates_total",
            "claims._NAMES_ONLY",
            "claims._figured_before",
            "claims._DEMONSTRATIVE",
            "claims._LARGEST",
            "claims._GAIN",
            "claims._ANY_INTRO",
            "vocabulary.INTRODUCERS",
            "facts._classify",
        ),
        (
            Example(
                # (焦作市 城乡居民医保 2024, hunt 37): a balance held (基金累计结余) is no part of
                # the spending: 240249 + 13554 = 253803 is not read here, and 240249 is no total
                # of 13554 and 132337; 101770 + 197673 + 4234 = 303677
                "2024年全市城乡居民医保基金收入303677万元,基金支出 253803万元。其中:基本医疗保险费"
                "收入101770万元,财政补贴收入197673万元,其他项目收入4234万元;基本医疗保险待遇支出 "
                "240249万元,划转用于大病保险支出13554万元;基金累计结余132337 万元(包括家庭个人账户"
                "结余8272万元)。",
                (("sum", "303677", "agrees"),),
            ),
            Example(
                # items added after the largest, each opening with 用于 (中央彩票公益金 2017): no
                # item is the total of those after it, and 318.24 is none's
                "2017年中央彩票公益金用途包括10个项目,其中用于补充全国社会保障基金的数额最多,达"
                "318.24亿元,另外还有用于社会福利1.05亿元、用于体育事业7.24亿元、用于教育事业19.70"
                "亿元。",
                (),
            ),
            Example(
                # what the figure is used for, ending with 等, names no figures: the sentences
                # after it are its siblings (教育部 2017: 35170 + 800 + 430 + 509 = 36909, not a
                # list of 35170)
                "人才计划专项经费35170万元,主要用于入选者奖金等。学位论文抽检800万元,学位授权点"
                "合格评估430万元,优秀博士论文资助509万元。",
                (),
            ),
            Example(
                # the total's own sentence names what it holds (用于…等), a 其中 after it gives
                # figures for some (国家体育总局 2017): no claim (5000 + 35618.61 against 61335.61
                # was an error)
                "2017年国家体育总局安排彩票公益金61335.61万元,用于举办全国综合性运动会、资助高水平体育"
                "后备人才培养、支持国家队备战、支援西部省区竞技体育发展等。\n其中,第13届全运会获得了5000"
                "万元办赛经费,支持国家队备战部分投入了35618.61万元。",
                (),
            ),
            Example(
                # uses named alike after a use, more than it, are its siblings (北京 2015 福彩
                # 公益金): 3222 + 1486 is no breakdown of 2662 (an error before)
                "福彩公益金资助优抚对象医疗补助和城乡医疗救助资金2662万元,用于社区服务站、食堂建设"
                "3222万元,用于助残补助1486万元。",
                (),
            ),
            Example(
                # 构成情况是 opens the list (某区 2019 三公 汇总): 0 + 296.57 + 418.96 = 715.53
                "全区“三公”经费汇总数为715.53万元,分项构成情况是:因公出国(境)费为0万元,公务接待费为"
                "296.57万元,公务用车购置及运行维护费为418.96万元。",
                (("sum", "715.53", "agrees"),),
            ),
            Example(
                # 等 after the last item: the items named are some of the total's (广州市荔湾区
                # 2020 国有资产, lw.gov.cn): 322477.85 + … + 1411.01 = 414383.83 of 414973.96,
                # no claim (an error before)
                "2020年区属国有企业资产总额414,973.96万元。其中,流动资产322,477.85万元,长期股权投资"
                "25,717.92万元,固定资产53,374.75万元,在建工程4,516.13万元,无形资产850.11万元,长期待摊"
                "费用6,036.06万元,其他非流动资产1,411.01万元等。",
                (),
            ),
            Example(
                # money spent is no part of money received (a 2023 体彩公益金 notice, 环江县): 36.97
                # + 36.97 against 44.47 was an error
                "2023年度体育彩票公益专项资金本年总收入44.47万元,其中上年结转36.97万元,本年支出"
                "36.97万元。",
                (),
            ),
            Example(
                # counts above bounds hold one another (山东 2016, a mirror copy): 52 + 27 + 6 is
                # no count of the 124 (a warning before)
                "全省收入过10亿元的县(市、区)达到124个,其中收入过30亿元的52个,过50亿元的27个,"
                "过100亿元的6个。",
                (),
            ),
            Example(
                # (国务院 2018 国有资产 report as reported): the assets in brackets after the net
                # assets are the gross's (0.8 + 3.9 = 4.7, the 资产总额), no breakdown of the
                # 净资产 3.7 (they were added against it, an error); 4.7 - 1 = 3.7, a balance
                "中央行政事业性国有资产总额4.7万亿元,负债总额1万亿元,净资产3.7万亿元(行政单位资产0.8"
                "万亿元,事业单位资产3.9万亿元)。",
                (("difference", "3.7", "agrees"),),
            ),
            Example(
                # the bounds printed after the figure (以上) hold one another too: 52 + 27 is no
                # count of the 124
                "全省收入过10亿元的县达到124个,其中收入30亿元以上的52个,50亿元以上的27个。",
                (),
            ),
            Example(
                # counts between bounds are a breakdown: 72 + 52 = 124
                "全省收入过10亿元的县达到124个,其中收入10-30亿元的72个,30亿元以上的52个。",
                (("sum", "124", "agrees"),),
            ),
            Example(
                # the levels of a tree of indicators are not added (西平县 2023 自评): 3 + 8 + 15
                # against 15 was an error
                "2023年西平县农产品交易市场仓储基地建设项目共编制15个绩效目标指标,其中一级指标3个,"
                "二级指标8个,三级指标15个。",
                (),
            ),
            Example(
                # an item's level before and after an adjustment is one part, not two (五通桥区
                # 2021 预算调整, wtq.gov.cn): 70906 + 73528 against 182722 was an error; the
                # adjusted levels add up: 73528 + 109194 = 182722
                "一般公共预算支出:年初预算为110127万元,增加72595万元,调整为182722万元(其中:①基本支出"
                "年初预算为70906万元,增加2622万元,调整为73528万元,②项目支出年初预算为39221万元,增加"
                "69973万元,调整为109194万元)。",
                (("sum", "182722", "agrees"),),
            ),
            Example(
                # the kinds of loans and deposits a report names are some of them (a county's 统计
                # 公报, bx2200.com): 33.53 + 71.74 = 105.27 of 115.69 (票据融资 is not named), no
                # claim (an error before)
                "本外币贷款余额115.69亿元,同比增长10.6%,其中:短期贷款33.53亿元,同比增长20.2%,中长期"
                "贷款71.74亿元,同比增长3.3%。",
                (),
            ),
            Example(
                # 民生支出 holds the kinds of spending named after it: 24.15 + 2.52 + 6.73 = 33.40
                # is no breakdown of 29.92 (an error before); 24.15 / 29.92 = 80.715% -> 80.7
                "一般公共预算支出29.92亿元,同比增长11.2%。其中:民生支出24.15亿元,占一般公共预算支出的"
                "80.7%,卫生健康支出2.52亿元,教育支出6.73亿元。",
                (("share", "80.7", "agrees"),),
            ),
            Example(
                # the subsidies of an investment are some of it (吴兴区 一事一议 2023,
                # wuxing.gov.cn): 869 + 429 + 431 = 1729 of 4065.35, no claim (an error before);
                # when they are all of it, a claim: 60 + 40 = 100
                "共投入资金4065.35万元(其中省级补助869万元、区级补助429万元、乡镇补助431万元)。"
                "项目总投资100万元,其中省级补助60万元,县级补助40万元。",
                (("sum", "100", "agrees"),),
            ),
            Example(
                # 来源为 opens the list of a fund's sources (a 2024 绩效自评 report, figures
                # changed): 10000 + 5000 + 15920 + 5700 = 36620; and 10000 + 5000 + 15920 + 5600 =
                # 36520, not 36620
                "示范项目总预算36,620万元,经调整后资金的来源为:中央财政补助10,000万元,省级财政补助"
                "5,000万元,地市财政补助15920万元,其他资金渠道5700万元。项目总预算36,620万元,资金来源"
                "为:中央财政补助10,000万元,省级财政补助5,000万元,地市财政补助15920万元,其他资金5600"
                "万元。",
                (("sum", "36620", "agrees"), ("sum", "36620", "disagrees")),
                (("arithmetic.breakdown-sum", "error"),),
            ),
            Example(
                # two items named together, far short of the total (2021 政府采购 statistics): some
                # of it (106.59 + 17.24 = 123.83 against 1934.25 was an error)
                "服务类采购金额1934.25亿元。其中,环境服务、文化体育服务为106.59亿元、17.24亿元。",
                (),
            ),
            Example(
                # the same items when they are the whole: 106.59 + 17.24 = 123.83
                "服务类采购金额123.83亿元。其中,环境服务、文化体育服务为106.59亿元、17.24亿元。",
                (("sum", "123.83", "agrees"),),
            ),
            Example(
                # the next sentence calls the three the main part (某市 体彩公益金): 1.17 + 1.01 +
                # 0.37 = 2.55 is some of 3.06, not a wrong sum
                "市本级公益金使用3.06亿元,其中体育场地修缮、体育专项设备购置支出达到1.17亿元,全民"
                "健身经费1.01亿元,青少年体育训练专项经费0.37亿元。这三项支出,占到市本级体育彩票"
                "公益金使用的大头。",
                (),
            ),
            Example(
                # two totals and their parts by their openings (嘉峪关 2021 彩票公益金): 2 + 3.5 =
                # 5.5 and 1.67 + 1.23 = 2.9 (all four were read against 2.9: an error)
                "2021年安排省级彩票公益金支出5.5亿元,安排市县彩票公益金支出2.9亿元,其中:\n1.省级"
                "福利彩票公益金2亿元,市县福利彩票公益金1.67亿元。\n2.省级体育彩票公益金3.5亿元,"
                "市县彩票公益金1.23亿元。",
                (("sum", "5.5", "agrees"), ("sum", "2.9", "agrees")),
            ),
            Example(
                # the same, one part misprinted: 1.67 + 1.33 = 3.0, not 2.9
                "2021年安排省级彩票公益金支出5.5亿元,安排市县彩票公益金支出2.9亿元,其中:\n1.省级"
                "福利彩票公益金2亿元,市县福利彩票公益金1.67亿元。\n2.省级体育彩票公益金3.5亿元,"
                "市县彩票公益金1.33亿元。",
                (("sum", "5.5", "agrees"), ("sum", "2.9", "disagrees")),
                (("arithmetic.breakdown-sum", "error"),),
            ),
            Example(
                # what flowed in over the year is no part of what is held at its end (人社部 2021
                # 统计公报): 632 is no part of 63970, and a part alone makes no sum
                "年末基本养老保险基金累计结存63970亿元,其中基金投资运营规模1.46万亿元,当年投资收益额"
                "632亿元。",
                (),
            ),
            Example(
                # nor is a revenue among the assets (西藏 国企 2021): 943 alone
                "截至2021年底,全区国有企业资产总额达到4524.9亿元。其中,国资委监管企业资产总额943亿元;"
                "2021年累计实现营业收入196.5亿元。",
                (),
            ),
            Example(
                # nor is what is left of a year's flows, or held at its end, a part of its spending
                # (医保基金, a city's 公报): 15.82 alone
                "基金支出28.63亿元,同比增长14.91%,其中统筹基金支出15.82亿元;当期结余13.26亿元,累计"
                "结余98.79亿元。",
                (),
            ),
            Example(
                # 当中 opening a sentence is Hong Kong's 其中 (hk-jinguanju-2025-wfjj-tw,
                # heldout35): 1422 + 339 + 741 + 384 + 424 = 3310
                "外匯基金2025年錄得投資收入3310億元,創歷年新高。當中,債券投資收益1422億元;"
                "香港股票投資收益339億元;其他股票投資收益741億元;非港元資產外匯估值上調384億元;"
                "及其他投資收益424億元。",
                (("sum", "3310", "agrees"),),
            ),
            Example(
                # 在…当中 is a context, not 当中 opening a list: nothing changes there
                "在项目支出当中,教育支出50万元,卫生支出40万元。",
                (),
            ),
            Example(
                # three items that each open with 用于 (after 其中): siblings, none the total of
                # the ones after it (a 2024 city debt report had four errors: 49.05 "=" 39.82 +
                # 83.63, …); no total is printed, so no claim
                "全市新增专项债券共安排用于170余个公益性资本项目,其中用于市政和产业园区建设方面"
                "49.05亿元,用于保障性安居工程方面39.82亿元,用于其他方面83.63亿元。",
                (),
            ),
            Example(
                # the same items under a total: 30 + 196.21 + 5 = 231.21
                "安排资金231.21万元,其中:用于举办赛事30万元,用于资助后备人才培养196.21万元,"
                "用于其他5万元。",
                (("sum", "231.21", "agrees"),),
            ),
            Example(
                # a bracket right after a figure is that figure's: 70 + 35 = 105, the 决算数
                # (not read against the 调整预算数 before it)
                "2023年调整预算数110万元,决算数105万元(其中:基本支出70万元,项目支出35万元)。",
                (("sum", "105", "agrees"),),
            ),
            Example(
                # losses and gains (亏损, 盈余) are not added as printed: no list
                # (tw-guoyinghui-96-1-3yue-yk-tw, heldout35)
                "六家企业合计盈余10亿元,其中A公司税前亏损5亿元,B公司税前盈余15亿元。",
                (),
            ),
            Example(
                # "其中,以…最多" names the largest part, not the list: the figure after 另外 is
                # no part of it (tw-keelung-shifu-110-ys-tw, heldout20); 60 is 60% of 100
                "2023年全县支出100万元,其中,以教育支出60万元、占60%最多;另外,债务还本支出30万元。",
                (("share", "60", "agrees"),),
            ),
            Example(
                # a 其中 opening a sentence after one of its own paragraph that names the total in
                # words takes no total from the paragraph before: 154 + 19 + 0.96 is not 685
                # (cn-tuiyijunrenshiwubu-2019-bmys, heldout32)
                "该部门2019年“三公”经费预算数为685万元。\n"
                "在“三公”经费支出表中,同样也写出了2018年调整预算数。其中,2018年因公出国(境)费154万元,"
                "公务用车购置以及运行费19万元,公务接待费0.96万元。",
                (),
            ),
            Example(
                # a total of another kind among the parts ("共计接待9195人次") does not close the
                # list: 0 + 122 + 1012 = 1134 (yn-diqing-zhoubenji-2021-sgjs, heldout22)
                "“三公”经费支出决算汇总数为1134万元。其中:因公出国(境)费为0万元;公务接待费为122万元,"
                "全年国内公务接待批次为1039次,共计接待9195人次。公务用车购置及运行维护费为1012万元。",
                (("sum", "1134", "agrees"),),
            ),
            Example(
                # the total named again after 其中 ("这4辆公车中") to say what the parts are of is
                # no part: 3 + 1 + 0 = 4 (cn-tuiyijunrenshiwubu-2019-bmys, heldout32)
                "各预算单位车辆一共仅有4辆。其中,这4辆公车中机要通信用车占据3辆、其他用车1辆,而部级领导"
                "干部用车0辆。",
                (("sum", "4", "agrees"),),
            ),
            Example(
                # a count before each item's amount is no list of words: 48.9 + 162.9 + 36.3 =
                # 248.1 (cn-zhongcilian-2017-jzbg, heldout31)
                "项目年度总支出248.1亿元。其中,资助型项目97个,支出48.9亿元;运作型项目121个,全年支出"
                "162.9亿元;混合型项目88个,支出36.3亿元。",
                (("sum", "248.1", "agrees"),),
            ),
            Example(
                # items numbered alike are parts although one opens like the total ("慈善资金…"):
                # 220.85 + 148.68 + 105.67 = 475.20 (zj-zhoushan-daishan-csh-2021-szqk, heldout31)
                "(一)全年慈善资金收入475.20万元。其中:\n1.机关企事业单位“慈善一日捐”募集资金"
                "220.85万元;\n2.爱心企业、个人日常捐赠善款148.68万元;\n3.慈善资金增值净收入"
                "105.67万元。",
                (("sum", "475.20", "agrees"),),
            ),
            Example(
                # a list of names after 分别是, then other sentences' figures: no parts of the 7个
                # (ha-zhengzhou-xingyang-qiaolouzhen-2019-sjgg, heldout31)
                "镇政府共设7个内设机构。7个内设机构分别是党政办公室、党建工作办公室、综合执法办公室。"
                "编制人数98人,实有人员172人。",
                (),
            ),
            Example(
                # 30 + 196.21 = 226.21 (hb-wuhan-jianghan-wly-2023-tcgyj, heldout30)
                "竞技体育支出226.21万元,其中:用于举办赛事30万元,用于资助体育后备人才培养196.21万元。",
                (("sum", "226.21", "agrees"),),
            ),
            Example(
                # the same with 169.21: 30 + 169.21 = 199.21
                "竞技体育支出226.21万元,其中:用于举办赛事30万元,用于资助体育后备人才培养169.21万元。",
                (("sum", "226.21", "disagrees"),),
                (("arithmetic.breakdown-sum", "error"),),
            ),
            Example(
                # 307.55 + 539.22 = 846.77
                "我单位2023年度支出846.77万元,其中基本支出307.55万元,项目支出539.22万元。",
                (("sum", "846.77", "agrees"),),
            ),
            Example(
                # one part printed in 元 among parts in 万元: 36 + 16 + 12 + 5 + 15 = 84 only with
                # 15元 read as 15万元 (agrees, and the slip is a warning of its own;
                # hn-changsha-chengjian-danganguan-2022-jxjk-pincai, heldout26)
                "专项经费指标总额为84万元,其中:\n1、保管专项经费指标为36万元;\n2、电费专项指标为16万元;"
                "\n3、装具专项指标为12万元;\n4、系统维护专项经费指标为5万元;\n5、库房租赁经费专项指标"
                "为15元。",
                (("sum", "84", "agrees"),),
                (("units.slipped-unit", "warning"),),
            ),
            Example(
                # the same with 14元: 36 + 16 + 12 + 5 + 14 = 83 even read in 万元; no slip to
                # report, and 36 + 16 + 12 + 5 + 0.0014 is no 84 (a list across lines: a warning)
                "专项经费指标总额为84万元,其中:\n1、保管专项经费指标为36万元;\n2、电费专项指标为16万元;"
                "\n3、装具专项指标为12万元;\n4、系统维护专项经费指标为5万元;\n5、库房租赁经费专项指标"
                "为14元。",
                (("sum", "84", "disagrees"),),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
            Example(
                # a sentence opening with 其中 after a sentence of two heads, money in and money
                # out: parts that are spending go with the spending head when none adds up
                # (5991.26 + 2913.71 = 8904.97, 8904.98 within rounding; not the 收入 8905.98;
                # cq-wanzhou-gonglu-2024-dwys, heldout13: WRONG)
                "2024年一般公共预算财政拨款收入8905.98万元,一般公共预算财政拨款支出8904.98万元。其中:"
                "基本支出5991.26万元;项目支出2913.71万元。",
                (("sum", "8904.98", "rounding"),),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
            Example(
                # the same when the head names no flow (地区生产总值): spending parts that add up
                # to none go with the spending figure, 1800 + 1100 = 2900 against 3000 (not the
                # GDP, 13797.58; after xj-xinjiang-tax100-2020-xyczfx, unkeyed)
                "全省实现地区生产总值13797.58亿元,一般公共预算收入1477.21亿元,一般公共预算支出3000"
                "亿元。其中:基本支出1800亿元;项目支出1100亿元。",
                (("sum", "3000", "disagrees"),),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
            Example(
                # the same opening after a sentence with no amount at all: nothing to read
                "支出较上年增长5%。其中:基本支出3万元;项目支出2万元。",
                (),
            ),
            Example(
                # 307.55 + 530.22 = 837.77, printed 846.77
                "我单位2023年度支出846.77万元,其中基本支出307.55万元,项目支出530.22万元。",
                (("sum", "846.77", "disagrees"),),
                (("arithmetic.breakdown-sum", "error"),),
            ),
            Example(
                # 23 + 35 = 58 (people: exact counts)
                "2023年末,全镇共有在职人员58人,其中行政编制23人,事业编制35人。",
                (("sum", "58", "agrees"),),
            ),
            Example(
                # 23 + 34 = 57, not 58; counts have no rounding interval, but the people a 其中
                # lists may be only some of them (a 工勤 post unnamed): a shortfall is a warning
                "2023年末,全镇共有在职人员58人,其中行政编制23人,事业编制34人。",
                (("sum", "58", "disagrees"),),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
            Example(
                # 23 + 36 = 59, more than 58: an error
                "2023年末,全镇共有在职人员58人,其中行政编制23人,事业编制36人。",
                (("sum", "58", "disagrees"),),
                (("arithmetic.breakdown-sum", "error"),),
            ),
            Example(
                # 其中 after a ';' still points back to the total before it, and a nested 其中 is
                # its part's (sc-mianyang-fucheng, heldout7): 43 + 393 + 1502 = 1938; 384 + 1118 =
                # 1502
                "2019年“三公”经费预算总额1,938万元,同比增长20.07%;其中:因公出国(境)费43万元;"
                "公务接待费393万元;公务用车购置和运行维护费1,502万元,其中:公车购置费384万元;"
                "公车运行维护费1118万元。",
                (("sum", "1938", "agrees"), ("sum", "1502", "agrees")),
            ),
            Example(
                # the same, misprinted: 43 + 393 + 1502 = 1938, printed 1,983
                "2019年“三公”经费预算总额1,983万元,同比增长20.07%;其中:因公出国(境)费43万元;"
                "公务接待费393万元;公务用车购置和运行维护费1,502万元,其中:公车购置费384万元;"
                "公车运行维护费1118万元。",
                (("sum", "1983", "disagrees"), ("sum", "1502", "agrees")),
                # where a list opened after ';' ends is inferred: a warning
                (("arithmetic.breakdown-sum", "warning"),),
            ),
            Example(
                # a 收入总计 includes the balance carried in (收入总计 = 本年收入合计 + 年初结转和
                # 结余): its first parts alone are no reading of it (gs-tianshui-zhangjiachuan,
                # heldout7): 364.5594 + 50.7050 + 14.9614 = 430.2258, not 415.2644
                "2021年度,收入总计为415.2644万元,其中:\n1.财政拨款收入364.5594万元,为一般公共预算资金。"
                "\n2.事业收入50.7050万元,为事业单位开展专业业务活动取得的收入。\n3.上年结转和结余"
                "14.9614万元,为以前年度结转的资金。\n(二)支出决算情况\n",
                (("sum", "415.2644", "disagrees"),),
                (("arithmetic.breakdown-sum", "error"),),
            ),
            Example(
                # the same total named 本年收入合计: the first two parts may be all of it
                # (364.5594 + 50.7050 = 415.2644), the balance carried in printed after it
                "2021年度,本年收入合计415.2644万元,其中:\n1.财政拨款收入364.5594万元,为一般公共预算资金。"
                "\n2.事业收入50.7050万元,为事业单位开展专业业务活动取得的收入。\n3.上年结转和结余"
                "14.9614万元,为以前年度结转的资金。\n(二)支出决算情况\n",
                (("sum", "415.2644", "agrees"),),
            ),
            Example(
                # parts opening the next sentence that do not add up to the figure before them
                # but to one in its brackets (hb-xiangyang-nanzhang, tests/corpus/texts): 6.64 +
                # 1.99 = 8.63 (the bracket's parts), 4.89 + 1.75 = 6.64 (the 本金)
                "全县到期政府债券本息8.63亿元(本金6.64亿元,利息1.99亿元)。其中:再融资债券偿还4.89亿元,"
                "预算资金偿还1.75亿元。全部按时偿还。",
                (("sum", "8.63", "agrees"), ("sum", "6.64", "agrees")),
            ),
            Example(
                # each part's "占任务数的" is its completion of its own target (not printed, so
                # not checked), not a share of another whole: 28684 + 32962 = 61646
                "1-6月份全区一般公共预算收入累计完成61646万元。其中税务部门完成28684万元,"
                "占任务数的56.4%;财政部门完成32962万元,占任务数的56.3%。",
                (("sum", "61646", "agrees"),),
            ),
            Example(
                # the same, misprinted: 28684 + 32962 = 61646, printed 61746; a 其中 opening the
                # next sentence may list only some parts: a warning
                "1-6月份全区一般公共预算收入累计完成61746万元。其中税务部门完成28684万元,"
                "占任务数的56.4%;财政部门完成32962万元,占任务数的56.3%。",
                (("sum", "61746", "disagrees"),),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
            Example(
                # the first part is a subtotal of its own (合计), not the list's end:
                # 434.16 + 0.3 + 0.36 = 434.82, printed 434.72
                "2023年度收入总计434.72万元,其中:本年收入合计434.16万元,"
                "使用非财政拨款结余0.3万元,年初结转和结余0.36万元。",
                (("sum", "434.72", "disagrees"),),
                (("arithmetic.breakdown-sum", "error"),),
            ),
            Example(
                # a count after a colon, its parts each with a share of the same thing (项目):
                # 1 + 3 + 35 + 2 = 41; 35 / 41 = 85.3659% -> 85.37, printed 85.36 (the shares
                # read the total by its thing, so a warning)
                "抽审的41个项目审核等级为:1个项目评为优,占评定项目的2.44%;3个项目评为良,"
                "占评定项目的7.32%;35个项目评为中,占评定项目的85.36%;2个项目评为差,"
                "占评定项目的4.88%。",
                (
                    ("sum", "41", "agrees"),
                    ("share", "2.44", "agrees"),
                    ("share", "7.32", "agrees"),
                    ("share", "85.36", "disagrees"),
                    ("share", "4.88", "agrees"),
                ),
                (("arithmetic.share", "warning"),),
            ),
            Example(
                # people listed after 其中 are among the total, not always all of it: here the
                # school's leading posts and committee members (校委), 1 + 2 + 2 = 5 of 18, some
                # of its staff (claims._posts_of_staff): no sum (gs-qingyang-huanxian-dangxiao-
                # 2015-bmjs, heldout9; a warning before 校委 was read as a post)
                "环县党校现有正式工作人员18人,其中:常务副校长1名、副校长2名、校委2名。",
                (),
            ),
            Example(
                # counts by class may overlap (one supplier in several classes): 15624 + 8199 +
                # 10746 = 34569 above 25250 is a warning, not an error
                # (gd-shenzhen-caizhengwei-2013-zfcg, heldout27)
                "我市政府采购供应商注册总数达25250家。其中货物类15624家,工程类8199家,服务类10746家。",
                (("sum", "25250", "disagrees"),),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
            Example(
                # the first three by rank are some of the cities only (js-jiangsu-czt-2007-zfcg-tw,
                # heldout4): 77.33 + 52.17 + 52.16 = 181.66 of 402.3 is no claim
                "全省13个市的采购规模达402.3亿元,苏州、南京和无锡继续名列三甲,分别为77.33亿元、"
                "52.17亿元和52.16亿元。",
                (),
            ),
            Example(
                # 包括 right after a ';' still opens the figure's list: 4436.33 + 0 + 3541.41 + 0
                # = 7977.74, not 7977.75 (within the parts' rounding: a warning)
                # (zj-wenzhou-shiwei-dangxiao-2019-bmjs, heldout9)
                "本年收入合计7,977.75万元;包括财政拨款收入4,436.33万元,上级补助收入0万元;事业收入"
                "3,541.41万元;经营收入0万元。",
                (("sum", "7977.75", "rounding"),),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
            Example(
                # a "/" between a figure and the next item's name separates the items: 60 + 30 +
                # 10 = 100 (a unit per head, "3000元/人", is no separator)
                "支出合计100万元,其中:基本支出60万元/项目支出30万元,其他支出10万元。",
                (("sum", "100", "agrees"),),
            ),
            Example(
                # a 其中 opening its sentence after one that names its total (总计下达305万元)
                # breaks that total down, not the sentence's head (196): 30 + 40 + 235 = 305;
                # 196 + 69 + 40 = 305 (fj-zhangzhou-minzhengju-2022-fcgyj, heldout12)
                "下达漳州市老年人福利类项目196万元、儿童福利类项目69万元、社会公益类项目计40万元,总计"
                "下达305万元。其中:①省级直接下达平和县老年人福利类项目30万元和社会公益类项目40万元。",
                (("sum", "305", "agrees"),),
            ),
        ),
    ),
    Form(
        "breakdowns by classification",
        "“支出T万元，其中：按功能分类科目，A…；按经济分类科目，C…”: each classification (按…分类,"
        " 按…划分, 分…看) opens a list of its own, and every one of them adds up to the same"
        " total. A view (分…看) after a figure of its sentence is of that figure only when its"
        " parts add up to it. The side a view opening its sentence is of may be named before it"
        " (“支出方面,分中央和地方看,”: the 支出 printed before, when the parts add up to it);"
        " a list of the other side is no second breakdown of the last view's total. The period"
        " said again in a clause of its own before the first part (“一季度,”), when the text"
        " before named it, and a doubled mark (“,,”) do not stop the list.",
        "“支出T万元，其中：按功能分类科目，A……；按经济分类科目，C……”：每种分类（按……分类、按……划分、"
        "分……看）各自成一组，每组之和都应等于同一合计。句中数字之后的“分……看”，各项相加等于该数时"
        "才作为其构成。句首“分……看”之前可写明方面（“支出方面，分中央和地方看，”：各项相加等于此前的"
        "支出数时取之）；另一方面（收入与支出）的列举不是上一组合计的又一种分类。第一项之前单独成句"
        "重述前文已写的期间（“一季度，”）或标点重复（“，，”），不影响列举。",
        (
            "claims._lists",
            "claims._context_lists",
            "claims._gather",
            "claims._check_list",
            "claims._before_restated_period",
            "claims._same_period_lead",
            "claims._parts_flow",
            "claims._ASPECT",
            "vocabulary.CLASSIFIED_BY",
        ),
        (
            Example(
                # 分级次看 (合肥 2009 9月): 17.36 + 5.51 + 3.81 = 26.68
                "全市财政收入完成26.68亿元,增长30.09%。分级次看,市本级财政收入完成17.36亿元;区级财政"
                "收入完成5.51亿元;县级财政收入完成3.81亿元。",
                (("sum", "26.68", "agrees"),),
            ),
            Example(
                # by function: 2 + 2.06 + 2.31 + 4134.05 + 449.44 + 13.21 = 4603.07;
                # by economic class: 3720.57 + 307.92 + 558.14 + 16.44 = 4603.07
                "2017年度一般公共预算财政拨款支出4603.07万元。其中:按功能分类科目,"
                "一般公共服务支出2万元,教育支出2.06万元,科学技术支出2.31万元,"
                "社会保障和就业支出4134.05万元,卫生健康支出449.44万元,住房保障支出13.21万元;"
                "按经济分类科目,工资福利支出3720.57万元,商品和服务支出307.92万元,"
                "对个人和家庭的补助支出558.14万元,其他资本性支出16.44万元。",
                (("sum", "4603.07", "agrees"), ("sum", "4603.07", "agrees")),
            ),
            Example(
                # by function: 4603.07 as above; by economic class: 3720.57 + 307.92 + 558.14
                # + 6.43 = 4593.06, printed 4603.07 (the four parts move it by 0.02 at most)
                "2017年度一般公共预算财政拨款支出4603.07万元,其中:按功能分类科目,"
                "一般公共服务支出2万元,教育支出2.06万元,科学技术支出2.31万元,"
                "社会保障和就业支出4134.05万元,卫生健康支出449.44万元,住房保障支出13.21万元;"
                "按经济分类科目,工资福利支出3720.57万元,商品和服务支出307.92万元,"
                "对个人和家庭的补助支出558.14万元,其他资本性支出6.43万元。",
                (("sum", "4603.07", "agrees"), ("sum", "4603.07", "disagrees")),
                (("arithmetic.breakdown-sum", "error"),),
            ),
            Example(
                # each classification in a sentence of its own: 1000.00 + 150.00 + 100.00 =
                # 1250.00; 800.00 + 300.00 + 100.00 = 1200.00, printed 1250.00
                "2017年度支出合计1250.00万元。按支出功能分类科目划分,教育支出1000.00万元,"
                "社会保障和就业支出150.00万元,卫生健康支出100.00万元。按支出经济分类科目划分,"
                "工资福利支出800.00万元,商品和服务支出300.00万元,对个人和家庭的补助支出100.00万元。",
                (("sum", "1250.00", "agrees"), ("sum", "1250.00", "disagrees")),
                (("arithmetic.breakdown-sum", "error"),),
            ),
            Example(
                # (财政部 2024 一季度, a mirror copy): the period said again after the view
                # and doubled commas; each side named before its view: 24332 + 35857 = 60189,
                # 8717 + 64098 = 72815 (the 支出 parts were added against 60189, an error)
                "今年一季度,,全国一般公共预算收入60189亿元,,同比下降1.1%;全国一般公共预算支出72815亿元,,"
                "同比增长4.2%,。收入方面,分中央和地方看,,一季度,,中央一般公共预算收入24332亿元,同比"
                "下降5.7%,;地方一般公共预算本级收入35857亿元,,同比增长2.2%。支出方面,,分中央和地方"
                "看,,一季度,中央一般公共预算本级支出8717亿元,,同比增长8.9%,;地方一般公共预算支出"
                "64098亿元,同比增长3.6%,。",
                (("sum", "60189", "agrees"), ("sum", "72815", "agrees")),
            ),
            Example(
                # a view after the figure in its sentence: 24332 + 35857 = 60189 (the view was
                # not read after a figure)
                "全国一般公共预算收入60189亿元,分中央和地方看,中央一般公共预算收入24332亿元,"
                "地方一般公共预算本级收入35857亿元。",
                (("sum", "60189", "agrees"),),
            ),
            Example(
                # the same not adding up (24332 + 35850 = 60182): the whole viewed may be
                # another, no claim
                "全国一般公共预算收入60189亿元,分中央和地方看,中央一般公共预算收入24332亿元,"
                "地方一般公共预算本级收入35850亿元。",
                (),
            ),
            Example(
                # a period the text has not named before (去年) may be another's: no list
                "1-6月,全国收入60189亿元。其中,去年,中央收入24332亿元,地方收入35857亿元。",
                (),
            ),
            Example(
                # a period the text before has not named (一季度 after a 上半年 total) may be
                # another's: the view's parts are not the half year's
                "上半年,全国一般公共预算收入60189亿元,同比下降1.1%。收入方面,分中央和地方看,一季度,"
                "中央一般公共预算收入24332亿元,地方一般公共预算本级收入35857亿元。",
                (),
            ),
            Example(
                # the period named before, said again after 其中: 24332 + 35857 = 60189
                "1-6月,全国收入60189亿元。其中,1-6月,中央收入24332亿元,地方收入35857亿元。",
                (("sum", "60189", "agrees"),),
            ),
            Example(
                # no 其中, the classification alone opens the list: 2 + 2.06 + 2.31 + 4134.05 +
                # 449.44 + 13.21 = 4603.07
                "2017年度支出4603.07万元,按功能分类科目:一般公共服务支出2万元,教育支出2.06万元,"
                "科学技术支出2.31万元,社会保障和就业支出4134.05万元,卫生健康支出449.44万元,"
                "住房保障支出13.21万元。",
                (("sum", "4603.07", "agrees"),),
            ),
        ),
    ),
    Form(
        "其中 list whose end is unclear",
        "A 其中 list that may end at “；” or at “。”: when neither reading adds up, the structure"
        " is uncertain and the disagreement is a warning. So is a list whose parts each carry"
        " their share (占比 …%) when the shares add up to less than 99: they are some of the"
        " total, as printed.",
        "“其中”列举止于“；”还是“。”不明确：两种读法都不相符时结构不确定，作警告。各项均带占比、而"
        "占比之和不足99%的列表，按所印即只是一部分，不符时亦作警告。",
        ("claims._gather", "claims._check_list", "claims._shares_leave_some"),
        (
            Example(
                # the regions' shares add up to 87.2%: two regions of four (a national budget
                # report, 2019), so 1.71 + 1.65 = 3.36 is no disagreement; each share is within
                # the rounding of 3.9 (1.71 / 3.9 = 43.8%)
                "对地方一般性转移支付预算3.9万亿元,比上年增长10.9%,其中:西部地区1.71万亿元,"
                "占比44.4%,中部地区1.65万亿元,占比42.8%。",
                (("share", "44.4", "rounding"), ("share", "42.8", "rounding")),
                (("arithmetic.share", "warning"), ("arithmetic.share", "warning")),
            ),
            Example(
                # up to ";": 30 + 30 = 60; to "。": 30 + 30 + 40 = 100 = the total
                "支出100.00万元,其中A支出30.00万元,B支出30.00万元;C支出40.00万元。",
                (("sum", "100.00", "agrees"),),
            ),
            Example(
                # 60 or 90, never 100
                "支出100.00万元,其中A支出30.00万元,B支出30.00万元;C支出30.00万元。",
                (("sum", "100.00", "disagrees"),),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
            Example(
                # one part after 其中, then a sentence that opens with the total's own words
                # (政府采购合同授予…) where the part did not: a statement beside the total, not a
                # second part, so no sum (zy-caizhengbu-2015-zfcg-tw, tests/corpus/texts);
                # 6564.6 / 16072.2 = 40.8444% -> 40.8
                "政府采购合同授予中小微企业的总采购额为16072.2亿元。其中,授予小微企业的采购额为"
                "6564.6亿元,占授予中小微企业总采购额的40.8%。政府采购合同授予监狱企业的采购额为"
                "1.4亿元。",
                (("share", "40.8", "agrees"),),
            ),
            Example(
                # 90.24 + 49.1 = 139.34 or 90.24 alone, never 130.23: where the list ends is
                # unclear (主体税种 is part of 税收), so the parts' changes 6.5 + 5 = 11.5 against
                # 2.5 are a warning too, not an error (sd-zaozhuang-czj-2020-yszx,
                # tests/corpus/heldout); 6.5 / (90.24 + 6.5) = 6.72% -> 6.7
                "全市一般公共预算收入完成130.23亿元,较上年减收2.5亿元。其中:税收收入完成90.24"
                "亿元,较上年减收6.5亿元,下降6.7%;税收比重排全省13位。增值税等主体税种完成49.1"
                "亿元,较上年减收5亿元。",
                (
                    ("sum", "130.23", "disagrees"),
                    ("change-sum", "2.5", "disagrees"),
                    ("change-rate", "6.7", "agrees"),
                ),
                (("arithmetic.breakdown-sum", "warning"), ("arithmetic.change-sum", "warning")),
            ),
            Example(
                # the same, the 主体税种 then said to be a share of 税收 (全部税收), a part the
                # list already has: a sub-part, so no sum of the parts or of their changes;
                # 49.1 / 90.24 = 54.41% -> 54.4 (sd-zaozhuang-czj-2020-yszx, heldout)
                "全市一般公共预算收入完成130.23亿元,较上年减收2.5亿元。其中:税收收入完成90.24"
                "亿元,较上年减收6.5亿元,下降6.7%;税收比重排全省13位。增值税等主体税种完成49.1"
                "亿元,占预算的78.8%,较上年减收5亿元,主体税种占全部税收的比重为54.4%。",
                (("change-rate", "6.7", "agrees"), ("share", "54.4", "agrees")),
            ),
            Example(
                # the one item's budget and actual after 其中 are not two parts of the 基本支出
                # above (zy-jiaoyubu-2024-bmjs-tw, tests/corpus/heldout3): no sum;
                # 11708985.36 / 10623328.45 = 110.22% -> 110.2
                "本年支出合计43,665,710.31万元。其中:基本支出25,851,686.15万元,项目支出"
                "17,799,199.76万元,经营支出14,694.4万元,对附属单位补助支出130万元。\n"
                "其中:高等教育(项)年初预算为10,623,328.45万元,支出决算为11,708,985.36万元,"
                "完成年初预算的110.2%。",
                (("sum", "43665710.31", "agrees"), ("completion", "110.2", "agrees")),
            ),
        ),
    ),
    Form(
        "an outline copied onto one line",
        "A page copied with its line breaks turned into spaces: a space after 。, ; or a closing"
        " bracket, before an outline marker (一、 (一) 1、 (1)), was a line break and is read as"
        " one, so the numbered items are read as an outline. Items under a heading that prints"
        " two figures (its own and a 其中 part) add up to one of them: the other is not theirs."
        " The next item of a list numbered inside its sentence (“主要原因是(1)…; (2)…”) stays in"
        " the sentence.",
        "换行被复制成空格的页面：句号、分号或右括号之后、编号（一、（一）1、（1））之前的空格原为换行，"
        "按换行读取，各编号项按提纲读取。标题列有两个数（本项数及其“其中”部分）时，各项之和只对应"
        "其中一个。句内编号列举（“主要原因是(1)……; (2)……”）的后续各项仍在该句之内。",
        (
            "normalise.normalise",
            "normalise._break",
            "claims._outline_lists",
            "claims._relative_miss",
        ),
        (
            Example(
                # reasons numbered inside the sentence (cq-shapingba-fengmingshan-yey-2021-bmjs,
                # heldout37): −358.94 + 69.71 = −289.23
                "1.总体情况。2021年度收入总计321.30万元,支出总计321.30万元。收支较上年决算数减少"
                "289.23万元、下降47.4%,主要原因是(1)本年度财政拨款收入、支出均较上年决算数减少"
                "358.94万元,下降61.7%; (2)本年度事业收入及相应支出均较上年决算数增加69.71万元,"
                "增长238.8%;本年度无结余分配。",
                (("change-sum", "289.23", "agrees"), ("change-rate", "47.4", "agrees")),
            ),
            Example(
                # 1433.1 + 2915.87 = 4348.97; 654.17 + 559.52 + 219.41 = 1433.10, not the
                # 补助地方 249.41 (fj-fuzhou-tiyuju-2020-tcgyj, heldout12, shortened)
                "二、本级体育彩票公益金使用情况 一、群众体育4348.97万元(其中补助地方2327.1"
                "万元) (一)资助或组织开展全民健身活动1433.1万元,其中补助地方249.41万元。"
                " 1、群众性综合运动会654.17万元,其中补助地方30万元; 2、示范性全民健身活动5"
                "59.52万元; 3、其他活动219.41万元。 (二)援建与维护公共体育场地2915."
                "87万元。 二、竞技体育2307.91万元",
                (("sum", "4348.97", "agrees"), ("sum", "1433.1", "agrees")),
            ),
            Example(
                # the same, 219.41 misprinted 229.41: 654.17 + 559.52 + 229.41 = 1443.10, nearer
                # 1433.1 than 249.41 (a weak warning, once)
                "二、本级体育彩票公益金使用情况 一、群众体育4348.97万元(其中补助地方2327.1"
                "万元) (一)资助或组织开展全民健身活动1433.1万元,其中补助地方249.41万元。"
                " 1、群众性综合运动会654.17万元,其中补助地方30万元; 2、示范性全民健身活动5"
                "59.52万元; 3、其他活动229.41万元。 (二)援建与维护公共体育场地2915."
                "87万元。 二、竞技体育2307.91万元",
                (("sum", "4348.97", "agrees"), ("sum", "1433.1", "disagrees")),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
        ),
    ),
    Form(
        "numbered items under a total, with no word that lists them",
        "“总收入由年初预算79552.91万元调整为82513.70万元,调增2960.79万元。↵1、…由年初预算…调整为…↵"
        "2、…↵4、上年结余年初预算9792.21万元不变。”: a figure that ends its line, then numbered"
        " items, each a figure (or one changed from the figure before it, 由A调整为B): no word says"
        " they are its parts, so they are read as such only when they add up to it; their"
        " earlier figures and changes must then add up too (an item printed as 不变 changed by"
        " nothing).",
        "“总收入由年初预算79552.91万元调整为82513.70万元，调增2960.79万元。↵1、……由年初预算……调整为"
        "……↵2、……↵4、上年结余年初预算9792.21万元不变。”：一行以数字结束，其后各行为编号分项（各为"
        "一数，或“由A调整为B”），未言明为其组成部分，故仅在各项相加等于该数时按分项读取；此时各项的"
        "原数和增减额也须相加相等（注明“不变”的分项增减为零）。",
        (
            "claims._lists",
            "claims._items_follow",
            "claims._gather",
            "claims._list_relations",
            "claims._unchanged_run",
            "claims._change_of",
        ),
        (
            Example(
                # a 其中 list with an unchanged part: 9407.22 + 3574.04 = 12981.26 (the prior
                # after 不变 is the next part's, not this one's); 非税收入's change is not
                # printed (49.16 after 主要由于 is one reason's), so the changes are not summed
                "一般公共預算收入由年初預算12981.26萬元調整為13250.10萬元,調增268.84萬元。其中:"
                "稅收分成收入年初預算9407.22萬元不變;非稅收入由年初預算3574.04萬元調整為3842.88萬元,"
                "主要由于:(1)鎮屬企業利潤上繳調增49.16萬元;(2)行政事業性收費收入調增228.96萬元。",
                (
                    ("sum", "12981.26", "agrees"),
                    ("sum", "13250.10", "agrees"),
                    ("difference", "268.84", "agrees"),
                ),
            ),
            Example(
                # gd-zhongshan-banfuzhen-2022-ystz-tw (heldout34): 13250.10 + 20401.66 +
                # 39069.73 + 9792.21 = 82513.70; 12981.26 + 17282.07 + 39497.37 + 9792.21 =
                # 79552.91; 268.84 + 3119.59 − 427.64 + 0 = 2960.79
                "一般公共預算總收入由年初預算79552.91萬元調整為82513.70萬元,調增2960.79萬元。\n"
                "1、一般公共預算收入由年初預算12981.26萬元調整為13250.10萬元,調增268.84萬元。\n"
                "2、上級補助收入由年初預算17282.07萬元調整為20401.66萬元,調增3119.59萬元。\n"
                "3、調入資金由年初預算39497.37萬元調整為39069.73萬元,調減427.64萬元。\n"
                "4、上年結余年初預算9792.21萬元不變。",
                (
                    ("sum", "79552.91", "agrees"),
                    ("sum", "82513.70", "agrees"),
                    ("change-sum", "2960.79", "agrees"),
                    ("difference", "2960.79", "agrees"),
                    ("difference", "268.84", "agrees"),
                    ("difference", "3119.59", "agrees"),
                    ("difference", "427.64", "agrees"),
                ),
            ),
            Example(
                # the same with 3191.59 printed for 3119.59: the item's change and the changes'
                # sum (268.84 + 3191.59 − 427.64 = 3032.79, not 2960.79) disagree
                "一般公共預算總收入由年初預算79552.91萬元調整為82513.70萬元,調增2960.79萬元。\n"
                "1、一般公共預算收入由年初預算12981.26萬元調整為13250.10萬元,調增268.84萬元。\n"
                "2、上級補助收入由年初預算17282.07萬元調整為20401.66萬元,調增3191.59萬元。\n"
                "3、調入資金由年初預算39497.37萬元調整為39069.73萬元,調減427.64萬元。\n"
                "4、上年結余年初預算9792.21萬元不變。",
                (
                    ("sum", "79552.91", "agrees"),
                    ("sum", "82513.70", "agrees"),
                    ("change-sum", "2960.79", "disagrees"),
                    ("difference", "2960.79", "agrees"),
                    ("difference", "268.84", "agrees"),
                    ("difference", "3191.59", "disagrees"),
                    ("difference", "427.64", "agrees"),
                ),
                (("arithmetic.change-sum", "error"), ("arithmetic.change-amount", "error")),
            ),
            Example(
                # numbered items that do not add up to the figure before them are not its parts
                # (50 + 40 is not 120): nothing is claimed
                "全县支出120万元。\n1、教育支出50万元。\n2、卫生健康支出40万元。",
                (),
            ),
        ),
    ),
    Form(
        "其中 list on the lines below",
        "“…收入合计T万元，其中：” with one part per line after it. A numbered item with no"
        " figure of its own (“3、公车用车费”) whose numbered sub-items follow (“(1)”, or “⑴”, one"
        " character) has them as parts in its place. A list inside a numbered item ends at the"
        " next item numbered alike (“1、基本支出173.89万元,包括:…;2、项目支出…”).",
        "“其中：”之后各项分行列示。没有本身数字的编号项（“3、公车用车费”）之后列出编号子项"
        "（“(1)”或单字的“⑴”）的，以子项代替该项计入。编号项内的列举止于同样编号的下一项"
        "（“1、基本支出173.89万元，包括：……；2、项目支出……”）。",
        ("claims._gather", "claims._marker_style"),
        (
            Example(
                # (qh-huangzhong-qunjiaxiang-2015-bmys, heldout14): 161.57 + 12.23 = 173.80,
                # printed 173.89 (the list ran on into item 2, and the error was only a warning);
                # 173.89 + 110.56 = 284.45; 72.74 + 37.82 = 110.56
                "本年度支出预算284.45万元。其中:1、基本支出173.89万元,包括:人员经费支出161.57万元,"
                "公用经费支出12.23万元;2、项目支出110.56万元,包括:商品服务支出72.74万元,其他支出类"
                "项目37.82万元。",
                (
                    ("sum", "284.45", "agrees"),
                    ("sum", "173.89", "disagrees"),
                    ("sum", "110.56", "agrees"),
                ),
                (("arithmetic.breakdown-sum", "error"),),
            ),
            Example(
                # item 3 is carried by its sub-items: 0 + 51 + 57.8 + 0 = 108.8, and the changes
                # 0 - 12.05 + 3.6 + 0 = -8.45 (a 2018 湛江 三公 budget; both were errors)
                "2018年度本部门“三公”经费预算安排108.8万元,比上年减少了8.45万元,下降了7.2%。其中:\n"
                "1、因公出国(境)费用为0元,与上年持平。\n"
                "2、公务招待费为51万元,比上年预算减少了12.05万元,下降了19.11%。\n"
                "3、公车用车费\n"
                "⑴公车用车运行维护费57.8万元,比去年预算增加了3.6万元,增长了6.64%。\n"
                "⑵公车用车购置费为0元,与上年持平。",
                (
                    ("sum", "108.8", "agrees"),
                    ("change-sum", "8.45", "agrees"),
                    ("change-rate", "7.2", "agrees"),
                    ("change-rate", "19.11", "agrees"),
                    ("change-rate", "6.64", "agrees"),
                ),
            ),
            Example(
                # 0.00 + 11.20 + 5.15 = 16.35
                "“三公”经费财政拨款支出合计16.35万元,其中:\n因公出国(境)费0.00万元;\n"
                "公务用车购置及运行维护费11.20万元;\n公务接待费5.15万元。",
                (("sum", "16.35", "agrees"),),
            ),
            Example(
                # 0.00 + 11.20 + 5.51 = 16.71, not 16.35
                "“三公”经费财政拨款支出合计16.35万元,其中:\n因公出国(境)费0.00万元;\n"
                "公务用车购置及运行维护费11.20万元;\n公务接待费5.51万元。",
                (("sum", "16.35", "disagrees"),),
                (("arithmetic.breakdown-sum", "error"),),
            ),
            Example(
                # 980.50 + 40.00 = 1020.50; 980.50 / 1020.50 = 96.0803% -> 96.08;
                # 40.00 / 1020.50 = 3.9197% -> 3.92
                "二、收入决算情况\n2023年度收入合计1020.50万元,其中:\n"
                "财政拨款收入980.50万元,占96.08%;\n其他收入40.00万元,占3.92%。",
                (
                    ("sum", "1020.50", "agrees"),
                    ("share", "96.08", "agrees"),
                    ("share", "3.92", "agrees"),
                ),
            ),
            Example(
                # 980.50 + 4.00 = 984.50, not 1020.50
                "二、收入决算情况\n2023年度收入合计1020.50万元,其中:\n"
                "财政拨款收入980.50万元;\n其他收入4.00万元。",
                (("sum", "1020.50", "disagrees"),),
                (("arithmetic.breakdown-sum", "error"),),
            ),
            Example(
                # an item numbered like the total's own ("(二)" after "(一)") is its sibling and
                # ends the total's 其中 list: 788.83 alone is a subset of 968.8, no sum (the
                # sibling's 301.8 is no part of it)
                "(一)本级体育彩票公益金用于群众体育支出968.8万元。其中:\n1.用于资助或组织开展全民"
                "健身活动788.83万元。\n(二)用于支持竞技体育资助项目301.8万元。",
                (),
            ),
        ),
    ),
    Form(
        "parenthetical list",
        "The parts in parentheses after their total, with or without 包含/含, and after a comma"
        " or not: “基本支出307.55万元（工资福利支出…、商品和服务支出…）”.",
        "合计之后括号内列举各项（可带“包含/含”，括号前可有逗号）。",
        ("claims._lists",),
        (
            Example(
                # a comma before the bracket (gs-tianshui-maiji-2021-snzj, heldout34):
                # 18889 + 14684 + 1150.5 + 4985.11 = 39708.61
                "补助资金39708.61万元,(中央资金18889万元,省级资金14684万元,市级资金1150.5万元,"
                "区级资金4985.11万元),其他各类资金13335万元。",
                (("sum", "39708.61", "agrees"),),
            ),
            Example(
                # 256.23 + 51.32 = 307.55
                "基本支出307.55万元(包含工资福利支出256.23万元、商品和服务支出51.32万元),"
                "项目支出539.22万元。",
                (("sum", "307.55", "agrees"),),
            ),
            Example(
                # 256.23 + 51.23 = 307.46, not 307.55
                "基本支出307.55万元(工资福利支出256.23万元、商品和服务支出51.23万元),"
                "项目支出539.22万元。",
                (("sum", "307.55", "disagrees"),),
                (("arithmetic.breakdown-sum", "error"),),
            ),
            Example(
                # a comparison in brackets is not the figure's parts (tw-taipei-shifu-103,
                # heldout7): 92.58 + 22.74 is not 69.84
                "以移用以前年度岁计剩余69.84亿元(较原预算案拟移用数92.58亿元,减少移用22.74亿元)、"
                "发行公债及赊借收入100亿元予以弥平。",
                (),
            ),
            Example(
                # a count names its thing after the measure word, before the brackets
                # (ln-liaoning-czt-2021, heldout4): 41 + 59 = 100
                "全省100个县区(含41个县和县级市、59个区,下同)一般公共预算收入完成503.7亿元。",
                (("sum", "100", "agrees"),),
            ),
            Example(
                # 41 + 69 = 110, not 100 (counts are exact)
                "全省100个县区(含41个县和县级市、69个区,下同)一般公共预算收入完成503.7亿元。",
                (("sum", "100", "disagrees"),),
                (("arithmetic.breakdown-sum", "error"),),
            ),
        ),
    ),
    Form(
        "list after a colon",
        "“项目支出539.22万元：A…，B…”: a colon right after the total opens its list.",
        "合计数之后紧跟冒号列举各项。",
        ("claims._lists",),
        (
            Example(
                # 221.00 + 318.22 = 539.22
                "项目支出539.22万元:业务工作专项221.00万元,信息化建设318.22万元。",
                (("sum", "539.22", "agrees"),),
            ),
            Example(
                # 221.00 + 381.22 = 602.22, not 539.22
                "项目支出539.22万元:业务工作专项221.00万元,信息化建设381.22万元。",
                (("sum", "539.22", "disagrees"),),
                (("arithmetic.breakdown-sum", "error"),),
            ),
            Example(
                # colons after several figures of one clause separate items (sc-mianyang-
                # fucheng, heldout7): 14辆 is not the sum of the 1辆 after it; 310 + 24 + 50 = 384
                "车辆购置费384万元,其中:区机关事务管理局310万元计划购置一般公务用车14辆:区食药工质局"
                "24万元计划购置县级食品快检车1辆:涪城区消防大队50万元计划购置消防车辆1辆。",
                (("sum", "384", "agrees"),),
            ),
            Example(
                # a colon list in each clause: 60 + 40 = 100; 50 + 40 = 90
                "收入合计100万元:A收入60万元,B收入40万元;支出合计90万元:C支出50万元,D支出40万元。",
                (("sum", "100", "agrees"), ("sum", "90", "agrees")),
            ),
        ),
    ),
    Form(
        "a 其中 list whose next item starts a paragraph",
        "“本月完成财政支出3021万元,…。↵其中:一般公共预算支出完成2021万元,…。↵政府性基金支出完成1000"
        "万元,…”: an item in a paragraph of its own, printed in the same form as the one before,"
        " goes on the list; a change and its rate are named by their direction, which may differ"
        " from item to item (“同比增加…,增长…” and “同比减少…,下降…”). So does a paragraph that"
        " opens with the number after the list's last (“…(3)…35亿元;↵(4)…”).",
        "“本月完成财政支出3021万元，……。↵其中：一般公共预算支出完成2021万元，……。↵政府性基金支出完成"
        "1000万元，……”：另起一段、与前一分项格式相同的分项仍属该列表；增减额与增减率以方向命名，"
        "各分项可以不同（“同比增加……，增长……”与“同比减少……，下降……”）。以列表末项的下一个编号开头的"
        "段落亦属该列表（“……(3)……35亿元；↵(4)……”）。",
        ("claims._gather", "claims._parallel", "claims._top"),
        (
            Example(
                # 2021 + 1000 = 3021; changes 1962 + 3329 = 5291, not 5255; 1962 / (2021 + 1962)
                # = 49.26%, not 48.8 (as the development corpus prints it)
                "本月完成财政支出3021万元,较上年同月少支5255万元,下降63.5%。\n其中:一般公共预算支出"
                "完成2021万元,较上年同月少支1962万元,下降48.8%。\n政府性基金支出完成1000万元,较上年"
                "同月少支3329万元,下降76.9%。",
                (
                    ("sum", "3021", "agrees"),
                    ("change-sum", "5255", "disagrees"),
                    ("change-rate", "63.5", "agrees"),
                    ("change-rate", "48.8", "disagrees"),
                    ("change-rate", "76.9", "agrees"),
                ),
                (("arithmetic.change-sum", "error"), ("arithmetic.change-rate", "error")),
            ),
            Example(
                # (gx-wuzhou-x-2024-bmys, the development corpus, its first part on the 其中's
                # line): 2016908.34 + 445372.24 + 13980 = 2476260.58; changes 33279.22 −
                # 36235.88 − 2010 = −4966.66; 33279.22 / (2016908.34 − 33279.22) = 1.6777% ->
                # 1.68; 36235.88 / (445372.24 + 36235.88) = 7.5239% -> 7.52; 2010 / (13980 +
                # 2010) = 12.5704% -> 12.57; 4966.66 / (2476260.58 + 4966.66) = 0.2002% -> 0.2
                "基本支出预算2476260.58元,同比减少4966.66元,下降0.2%。其中:工资福利支出预算"
                "2016908.34元,同比增加33279.22元,增长1.68%。\n商品和服务支出预算445372.24元,同比"
                "减少36235.88元,下降7.52%。\n对个人和家庭补助支出预算13980元,同比减少2010元,下降"
                "12.57%。",
                (
                    ("sum", "2476260.58", "agrees"),
                    ("change-sum", "4966.66", "agrees"),
                    ("change-rate", "0.2", "agrees"),
                    ("change-rate", "1.68", "agrees"),
                    ("change-rate", "7.52", "agrees"),
                    ("change-rate", "12.57", "agrees"),
                ),
            ),
            Example(
                # (湖南 省本级 2017 养老保险基金预算, unkeyed web12-hunt72-04, its lines broken
                # after (3)): 105.58 + 11.65 + 35 + 2 + 16 = 170.23
                "2017年基金总收入预计170.23亿元。其中:(1)养老保险费收入预算105.58亿元;(2)财政补贴"
                "收入预算11.65亿元;(3)委托投资收益预算35亿元;\n(4)其他收入预算2亿元;(5)转移收入"
                "预算16亿元。",
                (("sum", "170.23", "agrees"),),
            ),
            Example(
                # the next paragraph opens with (3), not (4): a list of its own, not more parts;
                # 105.58 + 11.65 + 35 = 152.23 is all of 152.23
                "基金总收入152.23亿元。其中:(1)养老保险费收入105.58亿元;(2)财政补贴收入11.65亿元;"
                "(3)委托投资收益35亿元。\n(3)其他收入2亿元;(5)转移收入16亿元。",
                (("sum", "152.23", "agrees"),),
            ),
            Example(
                # each part under a numbered heading that names a part of the 三公 (sc-leshan-
                # jingyan-czj-2020-sgjs, tests/corpus/heldout2): 0 + 785 + 238 = 1023; printed
                # 1033 it is an error
                "2020年使用当年财政拨款安排的“三公”经费决算总额为1033万元。其中:\n"
                "一、因公出国(境)经费\n2020年因公出国(境)决算支出0万元。\n"
                "二、公务用车购置及运行维护费\n2020年行政事业单位执行公务,开展业务活动的"
                "公务用车购置及运行费决算支出785万元。\n"
                "三、公务接待费\n2020年行政事业单位执行公务,以及开展业务活动的交通费、"
                "用餐费等公务接待费决算支出238万元。",
                (("sum", "1033", "disagrees"),),
                (("arithmetic.breakdown-sum", "error"),),
            ),
        ),
    ),
    Form(
        "a 其中 list after a remark on a line of its own",
        "“…比上年减少3.6万元。↵主要是压减公务接待。↵其中:…”: the remark between a figure and the"
        " list of its parts may stand on a line of its own, or open the list's own sentence"
        " (“…180500.00万元,…。均为一般公共预算收入,主要包括:↵1.…”). When the sentence before"
        " prints several figures the list could be of and its parts reach none, the one kept is"
        " a guess: a disagreement is a warning. A remark opened by 其中 right after the total"
        " (“…761.33万元。其中,既包括…,也包括…。↵(一)…”) is followed by the parts on the lines"
        " after it.",
        "“……比上年减少3.6万元。↵主要是压减公务接待。↵其中：……”：数字与其分项列表之间的说明可以单独成行，"
        "也可以在列表所在句之首（“……180500.00万元，……。均为一般公共预算收入，主要包括：↵1.……”）。"
        "前一句有多个可能的合计数而各项之和均不符时，所取合计系推断，不符时报警告。紧随合计、以“其中”"
        "开头而不含数字的说明（“……761.33万元。其中，既包括……，也包括……。↵（一）……”）之后各行为其分项。",
        (
            "claims._figured_before",
            "claims._totals_before",
            "claims._REMARK_ON_BEFORE",
            "claims._lists",
            "claims._gather",
        ),
        (
            Example(
                # 国家自然科学基金委 2010 三公 (heldout16): 330.08 + 359 + 72.25 = 761.33
                "2010年,我委本级“三公经费”支出总额为761.33万元。其中,既包括使用当年财政拨款预算的实际"
                "支出,也包括使用上年财政拨款结转资金的实际支出。\n(一)因公出国(境)费支出330.08万元。\n"
                "(二)公务用车购置与运行费359万元。\n(三)公务接待费72.25万元。",
                (("sum", "761.33", "agrees"),),
            ),
            Example(
                # the same, the total misprinted: 761.33 for 771.33
                "2010年,我委本级“三公经费”支出总额为771.33万元。其中,既包括使用当年财政拨款预算的实际"
                "支出,也包括使用上年财政拨款结转资金的实际支出。\n(一)因公出国(境)费支出330.08万元。\n"
                "(二)公务用车购置与运行费359万元。\n(三)公务接待费72.25万元。",
                (("sum", "771.33", "disagrees"),),
                (("arithmetic.breakdown-sum", "error"),),
            ),
            Example(
                # three figures the list could be of (年初, 调整, 实际), and 322551 + 55000 =
                # 377551 reaches none: the sentence's first is kept, a guess (a warning)
                "2021年一般公共预算收入为355000万元,调整为368000万元,实际收入377841万元。其中:"
                "税收收入322551万元,非税收入55000万元。",
                (("sum", "355000", "disagrees"),),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
            Example(
                # 143545.90 + 36954.10 = 180500.00 (sh-chongming-changxingzhen-2022-yszx,
                # heldout30, shortened)
                "2022年一般转移支付收入180500.00万元,比上年减少44500.00万元。均为一般公共预算收入,"
                "主要包括:\n1.税收分成收入143545.90万元。\n2.市补基数36954.10万元。",
                (("sum", "180500.00", "agrees"),),
            ),
            Example(
                # the same with 36945.10: the parts add up to 180491.00
                "2022年一般转移支付收入180500.00万元,比上年减少44500.00万元。均为一般公共预算收入,"
                "主要包括:\n1.税收分成收入143545.90万元。\n2.市补基数36945.10万元。",
                (("sum", "180500.00", "disagrees"),),
                (("arithmetic.breakdown-sum", "error"),),
            ),
            Example(
                # 1.2 + 2.4 = 3.6
                "“三公”经费支出比上年减少3.6万元。\n主要是严格落实过紧日子要求。\n其中:公务接待费"
                "减少1.2万元,公务用车运行维护费减少2.4万元。",
                (("change-sum", "3.6", "agrees"),),
            ),
        ),
    ),
    Form(
        "a 其中 list of changes",
        "A change, then “其中：” and the changes of the parts: they add up to the total change;"
        " so do the parts' changes in brackets right after it (“本级收入增加365万元(税收增加146"
        "万元、非税增加219万元)”; parts without a verb go the total's way, a weak reading). An"
        " item printed as nil before the changes (“其中:因公出国(境)费支出0.00元;…减少…”) says"
        " nothing of the list.",
        "总增减额之后“其中：”列举各项增减额，各项之和应等于总增减额；紧随其后括号内所列各项增减额"
        "亦然（无“增加/减少”字样的项按总额方向计，系推断）。各项增减额之前列为零的项目"
        "（“其中：因公出国（境）费支出0.00元；……减少……”）不影响对该列表的判断。",
        (
            "claims._totals_before",
            "claims._gather",
            "claims._bracketed_changes",
            "claims._lead_part",
            "facts._ITEM_ADJUSTMENT",
            "claims._adjustment_sign",
        ),
        (
            Example(
                # an adjustment's items adjusted the other way count against it (邵阳 2024 预算
                # 调整): 8.1 − 3.77 = 4.33 (added as 11.87: an error)
                "调增收入预算4.33亿元。其中:调减一般公共预算地方收入3.77亿元,调增地方政府一般债务收入"
                "8.1亿元。",
                (("sum", "4.33", "agrees"),),
            ),
            Example(
                # an adjustment's verb before each item's name, after the change (unkeyed, 九龙坡区
                # 2019): 34668 + 3400 + 1642 = 39710, the 调增, not the level 533303
                "转移性收入调整为533,303万元,调增39,710万元,其中调增上级转移支付34,668万元,调增地方"
                "政府一般债券转贷收入3,400万元,调增上年结余1,642万元。",
                (("change-sum", "39710", "agrees"),),
            ),
            Example(
                # the same, one item misprinted: 34668 + 3400 + 1642 = 39710, printed 39,170
                "转移性收入调增39,170万元,其中调增上级转移支付34,668万元,调增地方政府一般债券转贷收入"
                "3,400万元,调增上年结余1,642万元。",
                (("change-sum", "39170", "disagrees"),),
                (("arithmetic.change-sum", "error"),),
            ),
            Example(
                # a nil item first: 272780.00 + 40217.50 + 275.00 = 313272.50
                # (yn-kunming-xundian-zhengxie-2022-sgjs, heldout9)
                "“三公”经费支出决算数比上年减少313272.50元,下降82.82%。其中:因公出国(境)费支出"
                "0.00元;公务用车购置费支出决算减少272780.00元,下降100.00%;公务用车运行维护费支出"
                "决算减少40217.50元,下降54.19%;公务接待费支出决算减少275.00元,下降0.88%。",
                (("change-sum", "313272.50", "agrees"),),
            ),
            Example(
                # the same with 285.00: 313282.50
                "“三公”经费支出决算数比上年减少313272.50元,下降82.82%。其中:因公出国(境)费支出"
                "0.00元;公务用车购置费支出决算减少272780.00元,下降100.00%;公务用车运行维护费支出"
                "决算减少40217.50元,下降54.19%;公务接待费支出决算减少285.00元,下降0.88%。",
                (("change-sum", "313272.50", "disagrees"),),
                (("arithmetic.change-sum", "error"),),
            ),
            Example(
                # 1.2 + 2.4 = 3.6
                "“三公”经费支出比上年减少3.6万元。其中:公务接待费减少1.2万元,"
                "公务用车运行维护费减少2.4万元。",
                (("change-sum", "3.6", "agrees"),),
            ),
            Example(
                # 1.2 + 2.8 = 4.0, not 3.6
                "“三公”经费支出比上年减少3.6万元。其中:公务接待费减少1.2万元,"
                "公务用车运行维护费减少2.8万元。",
                (("change-sum", "3.6", "disagrees"),),
                (("arithmetic.change-sum", "error"),),
            ),
            Example(
                # In one sentence, signed: 0 - 0.29 + 0.01 = -0.28
                "“三公”经费支出决算数比2016年度减少0.28万元,其中:因公出国(境)费减少0万元;"
                "公务用车运行维护费减少0.29万元;公务接待费增加0.01万元。",
                (("change-sum", "0.28", "agrees"),),
            ),
            Example(
                # 0 - 0.29 + 0.03 = -0.26, not -0.28
                "“三公”经费支出决算数比2016年度减少0.28万元,其中:因公出国(境)费减少0万元,"
                "公务用车运行维护费减少0.29万元,公务接待费增加0.03万元。",
                (("change-sum", "0.28", "disagrees"),),
                (("arithmetic.change-sum", "error"),),
            ),
            Example(
                # the list goes on in the sentences that open with a change: 9 + 38 + 334 + 449
                # = 830 (the rates agree too: 9 / 59, 38 / 516)
                "同口径比2018年减少830万元。其中:因公出国(境)费同口径比2018年减少9万元。"
                "公务接待费同口径比2018年减少38万元;公务用车购置费同口径比2018年减少334万元。"
                "公务用车运行费同口径比2018年减少449万元。",
                (("change-sum", "830", "agrees"),),
            ),
            Example(
                # 9 + 38 + 334 + 494 = 875, not 830; where the list ends is not certain (a ';'
                # inside it could end it at 9 + 38): a warning
                "同口径比2018年减少830万元。其中:因公出国(境)费同口径比2018年减少9万元。"
                "公务接待费同口径比2018年减少38万元;公务用车购置费同口径比2018年减少334万元。"
                "公务用车运行费同口径比2018年减少494万元。",
                (("change-sum", "830", "disagrees"),),
                (("arithmetic.change-sum", "warning"),),
            ),
            Example(
                # 146 + 219 = 365; 58800 + 1200 = 60000 (no verbs: weak); -29100 + 4100 =
                # -25000 (cq-fengdu-czj-2021-jsbg, nm-ordos-dalateqi-czj-2022-ystz, heldout9)
                "本级收入增加365万元(税收增加146万元、非税增加219万元)。\n比人代会预算数增加60000万元"
                "(其中:旗本级58800万元,开发区1200万元)。\n比人代会预算安排数减少25000万元,(其中:"
                "旗本级减少29100万元,开发区增加4100万元)。",
                (
                    ("change-sum", "365", "agrees"),
                    ("change-sum", "60000", "agrees"),
                    ("change-sum", "25000", "agrees"),
                ),
            ),
            Example(
                # 146 + 229 = 375, not 365
                "本级收入增加365万元(税收增加146万元、非税增加229万元)。",
                (("change-sum", "365", "disagrees"),),
                (("arithmetic.change-sum", "error"),),
            ),
        ),
    ),
    Form(
        "the parts' changes when a part is restated or absent",
        "“…公务用车购置及运行维护费决算11.9万元,全部为公务用车运行维护费11.9万元,与2016年持平”:"
        " the same figure restated does not end the search for its change; a first item that"
        " did not occur (“其中,因公出国(境)费用没有,原因是…;公务用车…251万元”) does not stop the"
        " list of the others.",
        "“……公务用车购置及运行维护费决算11.9万元，全部为公务用车运行维护费11.9万元，与2016年持平”："
        "同一数字的复述不中断对其增减额的查找；首项未发生（“其中，因公出国（境）费用没有，原因是……；"
        "公务用车……251万元”）不妨碍其余各项成为分项。",
        ("claims._change_of", "claims._gather"),
        (
            Example(
                # parts' changes: -1.3 + 0 + 0.5 = -0.8
                "2017年“三公”经费决算20.2万元,与2016年决算相比减少0.8万元。具体情况:\n"
                "一、2017年因公出国(境)费决算7.8万元,与2016年决算相比减少1.3万元。\n"
                "二、2017年公务用车购置及运行维护费决算11.9万元,全部为公务用车运行维护费11.9万元,"
                "与2016年持平。\n三、2017年公务接待费决算0.5万元,与2016年决算相比增加0.5万元。",
                (("sum", "20.2", "agrees"), ("change-sum", "0.8", "agrees")),
            ),
            Example(
                # 251 + 56 + 124 = 431; changes -34 + 56 - 24 = -2
                "2020年“三公”经费支出431万元,比上年减少2万元。其中,因公出国(境)费用没有,"
                "原因是压缩开支;公务用车及运行维护费支出251万元,比上年下降34万元;公务用车购置"
                "支出56万元,比上年增加56万元;公务接待支出124万元,比上年下降24万元。",
                (("sum", "431", "agrees"), ("change-sum", "2", "agrees")),
            ),
            Example(
                # 251 + 56 + 142 = 449, not 431
                "2020年“三公”经费支出431万元,比上年减少2万元。其中,因公出国(境)费用没有,"
                "原因是压缩开支;公务用车及运行维护费支出251万元,比上年下降34万元;公务用车购置"
                "支出56万元,比上年增加56万元;公务接待支出142万元,比上年下降24万元。",
                (("sum", "431", "disagrees"), ("change-sum", "2", "agrees")),
                (("arithmetic.breakdown-sum", "error"),),
            ),
            Example(
                # a part's change printed blank ("比上年减少 万元") counts as none, a guess:
                # 0.28 + 2 = 2.28 (gd-zhanjiang-xuanchuanbu-2017-sgjs-tw, tests/corpus/heldout);
                # printed 3.28 it would be a warning
                "“三公”经费支出合计35万元,比上年减少2.28万元。其中:因公出国(境)费 0 万元,占 %,"
                "比上年减少 万元;公务用车购置及运行维护费5万元,占 %,比上年减少 0.28 万元,"
                "公务接待费30万元,占 %,比上年减少2 万元。",
                (("sum", "35", "agrees"), ("change-sum", "2.28", "agrees")),
            ),
        ),
    ),
    Form(
        "an item named with its funding source",
        "““三公”经费财政拨款支出” is the 三公 figure printed as “三公经费支出”: a funding source"
        " between an item's name and 支出 does not change what it names.",
        "“三公经费财政拨款支出”即“三公经费支出”：项目名称与“支出”之间的资金来源不改变所指项目。",
        ("facts.canonical", "claims._currents"),
        (
            Example(
                # 163.58 + 80.74 = 244.32; 80.74 / 244.32 = 33.0468% -> 33.05
                "2016年,市人大“三公”经费支出为163.58万元。2016年度“三公”经费财政拨款支出"
                "决算数比2015年减少80.74万元,下降33.05%。",
                (("change-rate", "33.05", "agrees"),),
            ),
            Example(
                # 80.74 / 244.32 = 33.05%, not 30.05% (a warning: the current figure is
                # found by its name in another sentence, not printed beside the change)
                "2016年,市人大“三公”经费支出为163.58万元。2016年度“三公”经费财政拨款支出"
                "决算数比2015年减少80.74万元,下降30.05%。",
                (("change-rate", "30.05", "disagrees"),),
                (("arithmetic.change-rate", "warning"),),
            ),
        ),
    ),
    Form(
        "a change whose subject is named by the comparison before it",
        "“收入支出总体与上年相比,增加A万元,增长B%”: the clause before the change names its"
        " subject; 收入支出总体 is the 收入总计 (equal to the 支出总计 in a 决算).",
        "“收入支出总体与上年相比，增加A万元，增长B%”：变动额前的比较分句指明其主体；"
        "收入支出总体即收入总计（决算中与支出总计相等）。",
        ("facts._compared", "facts.canonical"),
        (
            Example(
                # 434.72 - 58.21 = 376.51; 58.21 / 376.51 = 15.4604% -> 15.46
                "2023年度收入总计434.72万元。2023年度支出总计434.72万元。"
                "收入支出总体与上年相比,增加58.21万元,增长15.46%。",
                (("change-rate", "15.46", "agrees"),),
            ),
            Example(
                # 58.21 / 376.51 = 15.46%, not 13.39% (13.39% = 58.21 / 434.72, the current
                # figure taken as the base)
                "2023年度收入总计434.72万元。2023年度支出总计434.72万元。"
                "收入支出总体与上年相比,增加58.21万元,增长13.39%。",
                (("change-rate", "13.39", "disagrees"),),
                (("arithmetic.change-rate", "warning"),),
            ),
            Example(
                # 收、支 and 收、支总计 (均为: both are) name the same totals; 各 is no subject:
                # 956.31 / (4697.76 + 956.31) = 16.9136% -> 16.9; 120.5 / 1643.76 = 7.33% -> 7.3
                "2024年度收入总计4697.76万元,支出总计4697.76万元。收、支与2023年度相比,减少"
                "956.31万元,下降16.9%。\n2024年度收、支总计均为1523.26万元。收、支总计与2023年度"
                "相比,各减少120.5万元,下降7.3%。",
                (("change-rate", "16.9", "agrees"), ("change-rate", "7.3", "agrees")),
            ),
        ),
    ),
    Form(
        "share of 财政收入 or 税收 where the report prints the full name",
        "“全市一般公共预算收入完成38.3亿元…。全市税收收入28.1亿元,占财政收入比重为73.5%”: a"
        " short name of the revenue total (REVENUE_ALIASES: 财政收入, 税收, …; 全部税收 is 税收) is"
        " read against the full name printed before it (a weak reading).",
        "“全市一般公共预算收入完成38.3亿元……。全市税收收入28.1亿元，占财政收入比重为73.5%”："
        "收入总额的简称（REVENUE_ALIASES：财政收入、税收等；“全部税收”即税收）按其前列示的全称核对"
        "（系推断）。",
        ("claims._share",),
        (
            Example(
                # 28.1 / 38.3 = 73.3681% -> 73.4, printed 73.5 (inside the rounding of 28.1 and
                # 38.3: a warning)
                "上半年,全市一般公共财政预算收入完成38.3亿元,同比增收6.5亿元。"
                "全市税收收入28.1亿元,占财政收入比重为73.5%。",
                (("share", "73.5", "rounding"),),
                (("arithmetic.share", "warning"),),
            ),
            Example(
                # 28.1 / 38.3 = 73.3681% -> 73.4
                "上半年,全市一般公共财政预算收入完成38.3亿元,同比增收6.5亿元。"
                "全市税收收入28.1亿元,占财政收入比重为73.4%。",
                (("share", "73.4", "agrees"),),
            ),
            Example(
                # the short name after the whole's scope ("全区财政收入"): 101.6 / 366.2 =
                # 27.744% -> 27.7 (nm-neimenggu-czt-2024, heldout4)
                "1月份,全区一般公共预算收入完成366.2亿元。鄂尔多斯财政收入达到101.6亿元,"
                "占全区财政收入的27.7%。",
                (("share", "27.7", "agrees"),),
            ),
            Example(
                # the same, misprinted: 27.744%, printed 28.7
                "1月份,全区一般公共预算收入完成366.2亿元。鄂尔多斯财政收入达到101.6亿元,"
                "占全区财政收入的28.7%。",
                (("share", "28.7", "disagrees"),),
                (("arithmetic.share", "warning"),),
            ),
            Example(
                # "全部税收" is 税收收入 (全部 names the whole): 49.1 / 90.24 = 54.41% -> 54.4;
                # the part "主体税种" is the figure named 增值税等主体税种
                "其中:税收收入完成90.24亿元,较上年减收6.5亿元。"
                "增值税等主体税种完成49.1亿元,主体税种占全部税收的比重为54.4%。",
                (("share", "54.4", "agrees"),),
            ),
            Example(
                # the same, misprinted: 54.41%, printed 56.4
                "其中:税收收入完成90.24亿元,较上年减收6.5亿元。"
                "增值税等主体税种完成49.1亿元,主体税种占全部税收的比重为56.4%。",
                (("share", "56.4", "disagrees"),),
                (("arithmetic.share", "warning"),),
            ),
        ),
    ),
    Form(
        "share of 总收入 or 总支出, printed before",
        "“占总收入的20.74%” where no figure is named 总收入 nearby: the nearest total before it"
        " (总收入, 支出合计, 收入总计…) of money going the same way and at least as large; not a"
        " single item's 共计 (inferred, so a disagreement is a warning).",
        "“占总收入的20.74%”而附近无以“总收入”命名的数：取其前最近的同方向（收入或支出）"
        "合计数（总收入、支出合计、收入总计……），且不小于该项；单项的“共计”不算（系推断，"
        "不符时报警告）。",
        (
            "claims._share",
            "claims._flow_total",
            "claims._flow",
            "claims._lookup",
            "facts.canonical",
        ),
        (
            Example(
                # 9787.85 / 27664.71 = 35.3804% -> 35.38; 5738.74 / 27664.71 = 20.7440% -> 20.74;
                # 100.95 / 27664.71 = 0.3649% -> 0.36, not 0.63 (本年度 is a period, not a name)
                "2016年度总收入27,664.71万元。本年度我院财政拨款收入共计9,787.85万元,"
                "占总收入的35.38%。本年度我院事业收入5,738.74万元,占总收入的20.74%。"
                "本年度我院经营收入为100.95万元,占总收入的0.63%。",
                (
                    ("share", "35.38", "agrees"),
                    ("share", "20.74", "agrees"),
                    ("share", "0.63", "disagrees"),
                ),
                (("arithmetic.share", "warning"),),
            ),
            Example(
                # 本年支出合计 read as the 总支出 printed in another section (another name, a
                # weak reading): 2339.68 / 7778.55 = 30.0786% -> 30.08
                "2017年總支出7778.55萬元,其中財政項目補助支出683.20萬元,基本支出7095.35萬元。\n"
                "四、一般公共預算財政撥款支出決算情況說明\n"
                "2017年度一般公共預算財政撥款支出2339.68萬元,占本年支出合計的30.08%。",
                (("sum", "7778.55", "agrees"), ("share", "30.08", "agrees")),
            ),
            Example(
                # 2339.68 / 7778.55 = 30.08%, not 38.08: a warning
                "2017年總支出7778.55萬元,其中財政項目補助支出683.20萬元,基本支出7095.35萬元。\n"
                "四、一般公共預算財政撥款支出決算情況說明\n"
                "2017年度一般公共預算財政撥款支出2339.68萬元,占本年支出合計的38.08%。",
                (("sum", "7778.55", "agrees"), ("share", "38.08", "disagrees")),
                (("arithmetic.share", "warning"),),
            ),
        ),
    ),
    Form(
        "parts given with their shares of a total printed before",
        "“货物类采购13.97亿元,占采购总量的19.6%;工程类…;服务类…” after “实际完成采购金额71.22亿元”:"
        " parts whose shares of one total add up to 100 are a breakdown of it, so the parts add"
        " up to that total too (a weak claim: the total is inferred); each such breakdown of"
        " one total is its own claim. Bare shares (占比) after a larger figure of their sentence"
        " are of that figure when their amounts add up to it within their rounding"
        " (“捐赠总额达到16.3亿元,机构…13.79亿元,占比84.6%,…个人…2.5亿元,占比15.4%”), and"
        " the amounts are its breakdown.",
        "“货物类采购13.97亿元，占采购总量的19.6%；工程类……；服务类……”在“实际完成采购金额71.22亿元”"
        "之后：占同一总额比重合计为100的各项是其分解，各项之和也应等于该总额（系推断）；同一总额"
        "的每种分解各为一项核对。句中未写明基数的占比（“占比”）位于一个较大数之后、且各项之和在舍入"
        "范围内等于该数的，以该数为基数，各项为其分解。",
        (
            "claims._share_breakdowns",
            "claims._dedupe",
            "claims._whole_of_closed",
            "claims._whole_before",
        ),
        (
            Example(
                # 13.79 + 2.5 = 16.29, 16.3 as printed; 13.79 / 16.3 = 84.60%, 2.5 / 16.3 =
                # 15.34% (15.4 only within the rounding of 2.5: a warning)
                # (gd-guangzhou-csb-2022-tw, heldout31)
                "2022年广州捐赠总额达到16.3亿元,机构慈善捐赠总额13.79亿元,占比84.6%,是广州慈善捐赠的"
                "主要来源,个人捐赠总额2.5亿元,占比15.4%。",
                (
                    ("sum", "16.3", "agrees"),
                    ("share", "84.6", "agrees"),
                    ("share", "15.4", "rounding"),
                ),
                (("arithmetic.share", "warning"),),
            ),
            Example(
                # the amounts add up to 16.29, far from 18.3: the shares are of their own sum
                "2022年广州捐赠总额达到18.3亿元,机构慈善捐赠总额13.79亿元,占比84.6%,是广州慈善捐赠的"
                "主要来源,个人捐赠总额2.5亿元,占比15.4%。",
                (("share", "84.6", "rounding"), ("share", "15.4", "rounding")),
                (("arithmetic.share", "warning"), ("arithmetic.share", "warning")),
            ),
            Example(
                # 13.97 + 39.65 + 17.6 = 71.22; 13.97 / 71.22 = 19.6%, 39.65 / 71.22 = 55.7%,
                # 17.6 / 71.22 = 24.7%
                "2022年共实施政府采购预算77.06亿元,实际完成采购金额71.22亿元。货物类采购13.97亿元,"
                "占采购总量的19.6%;工程类采购39.65亿元,占采购总量的55.7%;服务类采购17.6亿元,"
                "占采购总量的24.7%。",
                (
                    ("sum", "71.22", "agrees"),
                    ("share", "19.6", "agrees"),
                    ("share", "55.7", "agrees"),
                    ("share", "24.7", "agrees"),
                ),
            ),
            Example(
                # 13.97 + 39.65 + 17.66 = 71.28, not 71.22 (each share still rounds right)
                "2022年共实施政府采购预算77.06亿元,实际完成采购金额71.22亿元。货物类采购13.97亿元,"
                "占采购总量的19.6%;工程类采购39.65亿元,占采购总量的55.7%;服务类采购17.66亿元,"
                "占采购总量的24.8%。",
                (
                    ("sum", "71.22", "disagrees"),
                    ("share", "19.6", "agrees"),
                    ("share", "55.7", "agrees"),
                    ("share", "24.8", "agrees"),
                ),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
        ),
    ),
    Form(
        "share of the total its sentence opens with (在…中)",
        "“在全市122.59亿元采购金额中,市本级完成32.57亿元,…,占全部采购金额的26.57%”: the share"
        " is of the figure of the context the sentence opens with (inferred, so a disagreement"
        " is a warning).",
        "“在全市122.59亿元采购金额中，市本级完成32.57亿元，……，占全部采购金额的26.57%”："
        "占比的分母为句首语境中的数（系推断，不符时报警告）。",
        ("claims._share",),
        (
            Example(
                # 32.57 / 122.59 = 26.5682% -> 26.57; 90.02 / 122.59 = 73.4318% -> 73.43
                "在全市122.59亿元采购金额中,市本级完成32.57亿元,增加10.55亿元,"
                "占全部采购金额的26.57%;区县级完成90.02亿元,增加16.65亿元,占全部采购金额的73.43%。",
                # and the two parts add up to it: 32.57 + 90.02 = 122.59
                (
                    ("sum", "122.59", "agrees"),
                    ("share", "26.57", "agrees"),
                    ("share", "73.43", "agrees"),
                ),
            ),
            Example(
                # the context's 426.79 and the 489 named 采购 before are both readings:
                # 381.6 / 426.79 = 89.4117% -> 89.4 agrees (381.6 / 489 would be 78.0)
                "全省共实施政府采购预算489亿元,实际支付426.79亿元。在426.79亿元采购规模中,"
                "集中采购为381.6亿元,占采购金额的89.4%。",
                (("share", "89.4", "agrees"),),
            ),
            Example(
                # 26.5682% -> 26.57, printed 26.75
                "在全市122.59亿元采购金额中,市本级完成32.57亿元,增加10.55亿元,"
                "占全部采购金额的26.75%;区县级完成90.02亿元,增加16.65亿元,占全部采购金额的73.43%。",
                (
                    ("sum", "122.59", "agrees"),
                    ("share", "26.75", "disagrees"),
                    ("share", "73.43", "agrees"),
                ),
                (("arithmetic.share", "warning"),),
            ),
        ),
    ),
    Form(
        "shares of a total printed under another name",
        "Several shares “占支出总预算X%” where no figure is printed as 支出总预算: their total is"
        " the one figure nearby that fits all of them but at most one (one in four among eight"
        " or more), or at least three of them when the amounts of three or more in a row add up"
        " to it exactly (a warning, since the total is inferred). A list numbered from 1 again"
        " is another list.",
        "多项“占支出总预算X%”而全文没有以该名称列示的数：取附近能使其中除至多一项（八项以上时"
        "至多四分之一）外全部吻合的那个数为总额（至少三项；因总额系推断，只报警告）。重新从1编号"
        "的是另一组。",
        ("claims._share", "claims._consensus_total", "claims._closes_a_run"),
        (
            Example(
                # heldout19 ah-chizhou-qingyang-muzhen: eight shares of 5472.90, two of them
                # misprinted: 1105.73 / 5472.90 = 20.2038% -> 20.20 (printed 20.21); 47.42 /
                # 5472.90 = 0.8664% -> 0.87 (printed 0.86); the other six agree
                "全镇公共财政预算支出完成5472.90万元。上半年度我镇经济分类支出如下:\n"
                "1、工资奖金津补贴支出362.61万元,占总支出的6.63%。\n"
                "2、社会保障缴费支出163.55万元,占总支出的2.99%。\n"
                "3、办公经费支出350.43万元,占总支出的6.4%。\n"
                "4、维护费支出1105.73万元,占总支出的20.21%。\n"
                "5、基础设施建设支出3014.58万元,占总支出的55.08%。\n"
                "6、土地征迁补偿和安置支出355.80万元,占总支出的6.50%。\n"
                "7、其他资本性支出72.80万元,占总支出的1.33%。\n"
                "8、社会福利和救助支出47.42万元,占总支出的0.86%。\n",
                # (and the items under the heading are the total's parts: 5472.92, within
                # their rounding)
                (
                    ("sum", "5472.90", "rounding"),
                    ("share", "6.63", "agrees"),
                    ("share", "2.99", "agrees"),
                    ("share", "6.4", "agrees"),
                    ("share", "20.21", "disagrees"),
                    ("share", "55.08", "agrees"),
                    ("share", "6.50", "agrees"),
                    ("share", "1.33", "agrees"),
                    ("share", "0.86", "disagrees"),
                ),
                (
                    ("arithmetic.breakdown-sum", "warning"),
                    ("arithmetic.share", "warning"),
                    ("arithmetic.share", "warning"),
                ),
            ),
            Example(
                # total 7057486.18 (printed as 收支总预算): 5806105.16 / 7057486.18 = 82.2687%
                # -> 82.27; 557718.56 / 7057486.18 = 7.9025% -> 7.9;
                # 275373.54 / 7057486.18 = 3.9019% -> 3.9; 418288.92 / 7057486.18 = 5.9269% -> 5.93
                "(一)教育支出5,806,105.16元,占支出总预算82.27%。(二)社会保障和就业支出"
                "557,718.56元,占支出总预算7.9%。(三)卫生健康支出275,373.54元,占支出总预算3.9%。"
                "(四)住房保障支出418,288.92元,占支出总预算5.93%。"
                "2023年财政拨款收支总预算7,057,486.18元。",
                (
                    ("share", "82.27", "agrees"),
                    ("share", "7.9", "agrees"),
                    ("share", "3.9", "agrees"),
                    ("share", "5.93", "agrees"),
                    # the four items, one a sentence, with shares adding up to 100 (82.27 + 7.9
                    # + 3.9 + 5.93): 5806105.16 + 557718.56 + 275373.54 + 418288.92 = 7057486.18
                    ("sum", "7057486.18", "agrees"),
                ),
            ),
            Example(
                # 5.9269% -> 5.93, printed 5.39 (the other three fit 7057486.18)
                "(一)教育支出5,806,105.16元,占支出总预算82.27%。(二)社会保障和就业支出"
                "557,718.56元,占支出总预算7.9%。(三)卫生健康支出275,373.54元,占支出总预算3.9%。"
                "(四)住房保障支出418,288.92元,占支出总预算5.39%。"
                "2023年财政拨款收支总预算7,057,486.18元。",
                (
                    ("share", "82.27", "agrees"),
                    ("share", "7.9", "agrees"),
                    ("share", "3.9", "agrees"),
                    ("share", "5.39", "disagrees"),
                ),
                (("arithmetic.share", "warning"),),
            ),
            Example(
                # two of four misprinted (43897.73 / 1085203.63 = 4.0451% -> 4.05, printed 4.04;
                # 74784.48 / 1085203.63 = 6.8913% -> 6.89, printed 6.90): two fits are not all
                # but one, but the four amounts add up to 1085203.63 exactly, which the two
                # others fit (850088.3 -> 78.334% -> 78.33; 116433.12 -> 10.729% -> 10.73)
                # (gx-wuzhou-x-wenlv-2025-bmys, heldout8)
                "(一)文化旅游体育与传媒支出类科目850088.3元,占支出总预算78.33%。(二)社会保障和就业"
                "支出类科目116433.12元,占支出总预算10.73%。(三)卫生健康支出类科目43897.73元,占支出"
                "总预算4.04%。(四)住房保障支出类科目74784.48元,占支出总预算6.90%。\n2025年财政拨款"
                "收支总预算1085203.63元。",
                (
                    ("share", "78.33", "agrees"),
                    ("share", "10.73", "agrees"),
                    ("share", "4.04", "disagrees"),
                    ("share", "6.90", "disagrees"),
                ),
                (("arithmetic.share", "warning"), ("arithmetic.share", "warning")),
            ),
            Example(
                # a total found smaller than the amount is no total of it: 41.41 > 29.81, so
                # 83.74% is read against 71.22: 41.41 / 71.22 = 58.14%, an error
                # (sc-luzhou-2022-zfcg-tw, tests/corpus/heldout, keyed WRONG); 13.97 / 71.22
                # = 19.6%, 39.65 / 71.22 = 55.7%, 17.6 / 71.22 = 24.7%
                "2022年,泸州市实际完成采购金额71.22亿元。\n在2022年的采购规模中,从项目类别看,货物类"
                "采购13.97亿元,占采购总量的19.6%;工程类采购39.65亿元,占采购总量的55.7%;服务类采购"
                "17.6亿元,占采购总量的24.7%。\n从项目层级来看,市级政府采购规模29.81亿元,占采购总量"
                "的16.26%;区县级政府采购规模41.41亿元,占采购总量的83.74%。",
                (
                    ("sum", "71.22", "agrees"),
                    ("sum", "71.22", "agrees"),
                    ("share", "19.6", "agrees"),
                    ("share", "55.7", "agrees"),
                    ("share", "24.7", "agrees"),
                    ("share", "16.26", "disagrees"),
                    ("share", "83.74", "disagrees"),
                ),
                # (the three shares of 采购总量 before are of its parts, so no whole of these:
                # 71.22 is the one figure of the name left, and both are errors, as the key
                # has them)
                (("arithmetic.share", "error"), ("arithmetic.share", "error")),
            ),
            Example(
                # the 税收收入 printed (of the wider 财政收入, 251767) is above the 一般预算收入
                # (169471): no part of it, and no other total fits: nothing is claimed
                # (hb-ezhou-gedian-kfq-2023-ysbg, heldout8, where the key does not score it)
                "2023年度全区完成财政收入272807万元,其中税收收入完成251767万元,非税收入完成21040"
                "万元。\n2023年地方一般预算收入完成169471万元。税收收入占一般预算收入的比重为87.6%。",
                (("sum", "272807", "agrees"),),
            ),
            Example(
                # Two shares are not enough to infer a total: nothing is claimed
                "(一)教育支出5,806,105.16元,占支出总预算82.27%。(二)社会保障和就业支出"
                "557,718.56元,占支出总预算7.9%。2023年财政拨款收支总预算7,057,486.18元。",
                (),
            ),
            Example(
                # 占总收入 where no total of 收入 is printed as such (财务收入, a breakdown's head):
                # the figure the three shares agree on, 279.40: 41.31 / 279.40 = 14.785% -> 14.79;
                # 220.43 / 279.40 = 78.894% -> 78.89; 17.66 / 279.40 = 6.321% -> 6.32
                # (gx-beihai-hongshizihui-2021-cwsz, heldout12); the items under the heading
                # "收入分类情况如下:" are its parts too: 41.31 + 220.43 + 17.66 = 279.40
                "2021年,北海市红十字会本级实现财务收入279.40万元。收入分类情况如下:\n1.捐赠收入\n"
                "本年度公益性资金收入41.31万元,占总收入的14.79%。\n2.政府拨款收入\n本年度政府拨款"
                "收入220.43万元,占总收入的78.89%。\n3.其他收入\n本年度其它收入17.66万元,占总收入的"
                "6.32%。",
                (
                    ("sum", "279.40", "agrees"),
                    ("share", "14.79", "agrees"),
                    ("share", "78.89", "agrees"),
                    ("share", "6.32", "agrees"),
                ),
            ),
        ),
    ),
    Form(
        "a 决算's 收入总计 and 支出总计 and their standard parts",
        "“1.总体情况。收入总计16062.73万元,支出总计16062.73万元。…2.收入情况。…收入合计10911万元,…"
        "此外,年初结转和结余5151.74万元。3.支出情况。…支出合计12638.86万元,…此外,结余分配40.35"
        "万元。4.…年末结转和结余3383.53万元”: by the 收支总表's definition 收入总计 ="
        " 本年收入合计 + 年初结转和结余 (+ 使用非财政拨款结余…) and 支出总计 = 本年支出合计 +"
        " 结余分配 + 年末结转和结余, the parts read in the paragraphs after the 总计 (a weak"
        " claim, made only when the 合计 and one carried figure at least are printed).",
        "“收入总计……支出总计……。收入合计……此外，年初结转和结余……。支出合计……此外，结余分配……。"
        "年末结转和结余……”：按收支总表口径，收入总计＝本年收入合计＋年初结转和结余（＋使用非财政"
        "拨款结余……），支出总计＝本年支出合计＋结余分配＋年末结转和结余，各项取总计之后几段所列"
        "（系推断；须印有合计及至少一项结转数）。",
        ("claims._grand_totals",),
        (
            Example(
                # 10911 + 5151.74 = 16062.74 and 12638.86 + 40.35 + 3383.53 = 16062.74, not
                # 16062.73, each within the rounding of its parts (the integer 10911; four
                # half-cents): warnings (cq-yuzhong-jkzx-2021-bmjs, heldout8)
                "1.总体情况。2021年度收入总计16062.73万元,支出总计16062.73万元。\n2.收入情况。"
                "本部门2021年度收入合计10911万元。此外,年初结转和结余5151.74万元。\n3.支出情况。"
                "本部门2021年度支出合计12638.86万元。此外,结余分配40.35万元。\n4.结转结余情况。"
                "本部门2021年度年末结转和结余3383.53万元。",
                # and the year-end balance: 5151.74 + 10911 - 12638.86 - 40.35 = 3383.53
                (
                    ("sum", "16062.73", "rounding"),
                    ("sum", "16062.73", "rounding"),
                    ("balance", "3383.53", "agrees"),
                ),
                (("arithmetic.breakdown-sum", "warning"), ("arithmetic.breakdown-sum", "warning")),
            ),
            Example(
                # 600 + 16.17 = 616.17; 580 + 36.17 = 616.17
                "1.总体情况。2022年度收入总计616.17万元,支出总计616.17万元。\n2.收入情况。"
                "2022年度收入合计600.00万元,年初结转和结余16.17万元。\n3.支出情况。2022年度"
                "支出合计580.00万元,年末结转和结余36.17万元。",
                # and the year-end balance: 16.17 + 600 - 580 = 36.17
                (
                    ("sum", "616.17", "agrees"),
                    ("sum", "616.17", "agrees"),
                    ("balance", "36.17", "agrees"),
                ),
            ),
            Example(
                # (重庆市聋哑学校 2021, hunt 73): 使用非财政拨款结余 is carried in, though its
                # name holds 财政拨款: 1577.61 + 8.46 + 1.11 = 1587.18; 1.11 + 1577.61 + 8.46 −
                # 1587.18 = 0.00
                "1.总体情况。2021年度收入总计1,587.18万元,支出总计1,587.18万元。\n2.收入情况。"
                "2021年度收入合计1,577.61万元。此外,使用非财政拨款结余8.46万元,年初结转和结余1.11"
                "万元。\n3.支出情况。2021年度支出合计1,587.18万元。\n4.结转结余情况。2021年度年末"
                "结转和结余0.00万元。",
                (
                    ("sum", "1587.18", "agrees"),
                    ("sum", "1587.18", "agrees"),
                    ("balance", "0.00", "agrees"),
                ),
            ),
        ),
    ),
    Form(
        "a 收支 total and its two sides",
        "“收支总预算A元。(一)收入预算A元…(二)支出预算A元”: the 收入 and the 支出 are each equal"
        " to the 收支 total, not parts that add up to it. Lists opened by a side (收入包括:…;"
        "支出包括:…) break down the 收支 total of the sentence before, or of the sentence after.",
        "“收支总预算A元。（一）收入预算A元……（二）支出预算A元”：收入、支出各等于收支总额，"
        "不是相加等于总额的两部分。",
        ("claims._outline_lists", "claims._flow", "claims._side_total"),
        (
            Example(
                # 9538991.44 + 1837600 = 11376591.44; 收入 = 支出 = 收支总预算, no sum of the two
                "2024年收支总预算11376591.44元。(一)收入预算情况\n2024年收入预算11376591.44元,"
                "其中:本年财政拨款收入9538991.44元,上年结转1837600元。(二)支出预算情况\n"
                "2024年支出预算11376591.44元。",
                (("sum", "11376591.44", "agrees"),),
            ),
            Example(
                # each side a list of the 收支 total (gx-wuzhou-x-zhongxue-2023-bmys,
                # tests/corpus/heldout2): 7034418.94 + 23067.24 = 7057486.18;
                # 5806105.16 + 557718.56 + 275373.54 + 418288.92 = 7057486.18
                "2023年财政拨款收支总预算7,057,486.18元。收入包括:一般公共预算拨款7,034,418.94元、"
                "上年结转结余23,067.24元;支出包括:教育支出5,806,105.16元、社会保障和就业支出"
                "557,718.56元、卫生健康支出275,373.54元、住房保障支出418,288.92元。",
                (("sum", "7057486.18", "agrees"), ("sum", "7057486.18", "agrees")),
            ),
            Example(
                # 90 + 10 = 100; 80 + 30 = 110, not 100
                "收支总预算100万元。收入包括:拨款90万元、结转10万元;"
                "支出包括:教育支出80万元、卫生支出30万元。",
                (("sum", "100", "agrees"), ("sum", "100", "disagrees")),
                (("arithmetic.breakdown-sum", "error"),),
            ),
            Example(
                # the 收支 total in the sentence after the sides: 336.88 + 36.65 + 25.23 + 47.02
                # + 26.48 = 472.26, 472.27 within the parts' rounding
                # (zj-qingtian-wukengxiang-2020-bmys, heldout14: WRONG)
                "收入仅包括一般公共预算拨款收入472.27万元;支出包括:一般公共服务支出336.88万元、社会"
                "保障和就业支出36.65万元、卫生健康支出25.23万元、农林水支出47.02万元、住房保障支出"
                "26.48万元。吴坑乡人民政府2020年收支总预算472.27万元。",
                (("sum", "472.27", "rounding"),),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
            Example(
                # the sides in the 收支 total's own sentence, after its change: 351.03 = 351.03;
                # 0.83 + 334.90 + 0.40 + 9.94 + 4.97 = 351.04, not 351.03 (within the parts'
                # rounding: a warning) (gx-liuzhou-yufeng-maanshan-you-2023-dwys, heldout8);
                # 41.35 / (351.03 - 41.35) = 13.3525% -> 13.35
                "2023年单位收支总预算351.03万元,同比增加41.35万元,同比增长13.35%,收入包括:一般公共"
                "预算财政拨款351.03万元;支出包括:一般公共服务支出0.83万元,教育支出334.90万元,"
                "科学技术支出0.40万元,社会保障和就业支出9.94万元,住房保障支出4.97万元。",
                (
                    ("sum", "351.03", "agrees"),
                    ("sum", "351.03", "rounding"),
                    ("change-rate", "13.35", "agrees"),
                ),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
            Example(
                # each side's list ends where the other side's opens: 1185.53 = 1185.53 on each
                # side, and no sum of the two sides' changes (38.65 + 38.65 against 38.65)
                # (gx-liuzhou-beibu-yanghe-sanyou-2023-bmys, heldout8)
                "2023年部门收支总预算1185.53万元,同比减少38.65万元,同比下降3.16%,收入包括:一般公共"
                "预算拨款1185.53万元;支出包括:教育支出1185.53万元。\n2023年收入总预算1185.53万元。"
                "其中:一般公共预算拨款1185.53万元,同比减少38.65万元。\n其中:教育支出1185.53万元,"
                "占支出总预算100%,同比减少38.65万元。",
                (
                    ("sum", "1185.53", "agrees"),
                    ("sum", "1185.53", "agrees"),
                    ("change-rate", "3.16", "agrees"),
                    ("sum", "1185.53", "agrees"),
                ),
            ),
        ),
    ),
    Form(
        "a rate on the year before, whose prior is in a table by year",
        "“因公出国(境)经费12万元,与上年决算数下降86.67%” with a table whose rows are years"
        " (“2015年 | 2840 | 90 | …”) and whose columns are the items: the prior is the item's"
        " cell in the year before (a bare table beside prose in 万元 is read in 万元; inferred,"
        " so a disagreement is a warning).",
        "“因公出国（境）经费12万元，与上年决算数下降86.67%”，另有按年度分行、按项目分列的表："
        "上年数取该项目在上一年度行的数（表中未注单位时按正文单位；系推断，不符时报警告）。",
        (
            "tables._name_cells",
            "tables._drop_title",
            "tables._column_subject",
            "claims._year_before_rate",
            "claims._year_of",
        ),
        (
            Example(
                # 12 + 1356 + 996 = 2364; 90 + 1400 + 1350 = 2840 = 2840;
                # (12 - 90) / 90 = -86.6667% -> 86.67; (1356 - 1400) / 1400 = -3.1429% -> 3.14;
                # (996 - 1350) / 1350 = -26.2222% -> 26.22; the 合计 column is the 三公 total:
                # (2364 - 2840) / 2840 = -16.7606% -> 16.76. The table's label column has its
                # title (年度) on the line before it.
                "衢江区2016年“三公”经费决算数2364万元,比上年决算数下降16.76%。"
                "分项情况是:因公出国(境)经费12万元,"
                "与上年决算数下降86.67%;公务接待费1356万元,比上年决算数下降3.14%;"
                "公务用车购置及运行费996万元,比上年决算数下降26.22%。\n年度\n"
                "合计 | 因公出国(境)经费 | 公务接待费 | 公务用车购置及运行费 |\n"
                "2015年 | 2840 | 90 | 1400 | 1350 |\n2016年 | 2364 | 12 | 1356 | 996 |",
                (
                    ("sum", "2364", "agrees"),
                    ("change-rate", "16.76", "agrees"),
                    ("change-rate", "86.67", "agrees"),
                    ("change-rate", "3.14", "agrees"),
                    ("change-rate", "26.22", "agrees"),
                    ("sum", "2840", "agrees"),
                    ("sum", "2364", "agrees"),
                ),
            ),
            Example(
                # (1356 - 1400) / 1400 = -3.1429% -> 3.14, printed 3.41
                "衢江区2016年“三公”经费决算数2364万元,比上年决算数下降16.76%。"
                "分项情况是:因公出国(境)经费12万元,"
                "与上年决算数下降86.67%;公务接待费1356万元,比上年决算数下降3.41%;"
                "公务用车购置及运行费996万元,比上年决算数下降26.22%。\n年度\n"
                "合计 | 因公出国(境)经费 | 公务接待费 | 公务用车购置及运行费 |\n"
                "2015年 | 2840 | 90 | 1400 | 1350 |\n2016年 | 2364 | 12 | 1356 | 996 |",
                (
                    ("sum", "2364", "agrees"),
                    ("change-rate", "16.76", "agrees"),
                    ("change-rate", "86.67", "agrees"),
                    ("change-rate", "3.41", "disagrees"),
                    ("change-rate", "26.22", "agrees"),
                    ("sum", "2840", "agrees"),
                    ("sum", "2364", "agrees"),
                ),
                (("arithmetic.change-rate", "warning"),),
            ),
        ),
    ),
    Form(
        "a total named by listing its parts",
        "“因公出国(境)费、公务用车购置及运行费和公务接待费的财政拨款预算数” names the 三公"
        " total (every part of a standard breakdown, and nothing else); 「」 quotes are read like"
        " “”.",
        "“因公出国（境）费、公务用车购置及运行费和公务接待费的财政拨款预算数”即三公经费合计"
        "（列全标准构成的各项且别无他物）；「」引号与“”同样处理。",
        ("facts._listed_total", "facts.canonical"),
        (
            Example(
                # 617 + 1205.06 + 865 = 2687.06
                "2011年因公出国(境)费、公务用车购置及运行费和公务接待费的财政拨款预算数"
                "2687.06万元。在2011年「三公经费」预算中,因公出国(境)费617万元,"
                "公务用车购置及运行费1205.06万元,公务接待费865万元。",
                (("sum", "2687.06", "agrees"),),
            ),
            Example(
                # 617 + 1205.06 + 866 = 2688.06, not 2687.06 (a warning: 866 is printed
                # without decimals, so 865.5 would do)
                "2011年因公出国(境)费、公务用车购置及运行费和公务接待费的财政拨款预算数"
                "2687.06万元。在2011年「三公经费」预算中,因公出国(境)费617万元,"
                "公务用车购置及运行费1205.06万元,公务接待费866万元。",
                (("sum", "2687.06", "rounding"),),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
        ),
    ),
    Form(
        "levels by year: 2013年为A,2014年下降到B,比上年减少C",
        "A figure of one year, then “下降到/增加到” the next year's level and the change: the"
        " change is the difference of the two levels (下降到 names a level, not a subject).",
        "先列某年数，再以“下降到/增加到”列次年数及增减额：增减额等于两年数之差"
        "（“下降到”引出的是数值而非主体）。",
        ("facts.canonical", "claims._year_before_difference", "claims._named_alike"),
        (
            Example(
                # (a self-media post on 三明 2023 revenues, monvtuan.com, miss 43): a bare figure
                # in brackets after a name is that name's (南平市), not the year before's:
                # 6.62 / (117.97 − 6.62) = 5.945%
                "2023年1-12月,三明市地方财政收入117.97亿元,与2022年相比增加了6.62亿元,同比增长5.9%,"
                "在第四季度反超了南平市(113.37亿元),最终全年财政收入排名福建省第八位。",
                (("change-rate", "5.9", "agrees"),),
            ),
            Example(
                # 25729.34 - 16023.35 = 9705.99
                "教育支出2013年为25,729.34万元,2014年下降到16,023.35万元,比上年减少9,705.99万元。",
                (("difference", "9705.99", "agrees"),),
            ),
            Example(
                # 25729.34 - 16023.35 = 9705.99, not 9750.99 (a warning: the prior is found by
                # its year, an inferred reading)
                "教育支出2013年为25,729.34万元,2014年下降到16,023.35万元,比上年减少9,750.99万元。",
                (("difference", "9750.99", "disagrees"),),
                (("arithmetic.change-amount", "warning"),),
            ),
            Example(
                # the two years' totals in sentences of their own, one naming its body (鄂城区)
                # and both with 的 after the year: 1000.86 - 807.95 = 192.91, not 275.76 (a
                # warning) (hb-ezhou-echengqu-2022-sgjs, heldout8)
                "鄂城区2022年的“三公”经费决算数合计为1000.86万。2021年的三公经费决算数合计为"
                "807.95万。\n2022年“三公”经费决算数相较于上年增加275.76万元。",
                (("difference", "275.76", "disagrees"),),
                (("arithmetic.change-amount", "warning"),),
            ),
            Example(
                # "全区" after a name is its scope: 公务用车购置 of 2022 and 2021, 399.25 - 272.53 =
                # 126.72 (hb-ezhou-echengqu-2022-sgjs, heldout8)
                "鄂城区2022年的公务用车购置费399.25万元。2021年的公务用车购置费272.53万元。\n"
                "1、公务用车购置全区增加126.72万元,增加的原因是公务用车使用年限到期。",
                (("difference", "126.72", "agrees"),),
            ),
            Example(
                # one fund's figure of the year before ("2020年有政府性基金预算财政拨款收入710万元")
                # is not the year's 财政拨款收入: no difference of the two
                # (cq-jiangjin-bailinzhen-2021-bmjs, heldout14)
                "2021年度财政拨款收入总计2951.23万元,较上年决算数减少834.60万元。主要原因是2020年有"
                "政府性基金预算财政拨款收入710万元。",
                (),
            ),
            Example(
                # a change on the year before's budget (较上年预算数) is no difference from the
                # year before's actual figure (执行数): 2010.95 - 2005.41 = 5.54 is not what it
                # says (sc-wangcang-sangong-2025-ys, heldout21)
                "2024年旺苍县“三公”经费执行数2010.95万元,2025年“三公”经费预算数2005.41万元,较上年"
                "预算数减少94.91万元。",
                (),
            ),
        ),
    ),
    Form(
        "bounds and remarks are not claims; estimates are weak ones",
        "A figure printed as a bound (“占98%以上”, “逾3成”, “超过40万元”) states no exact figure to"
        " check; an estimate (“约5万元”, “大约3.8万元”, “30%左右”; 节约 is a saving, not 约) is"
        " checked at its printed precision, a disagreement only a warning; a remark in"
        " parentheses after a figure (“调入资金229万元(从国有资本经营预算收入调入)”) opens no list"
        " of parts.",
        "以界限表述的数（“占98%以上”“逾3成”“超过40万元”）不是可核对的确数；约数（“约5万元”"
        "“大约3.8万元”“30%左右”；“节约”不是“约”）按印出的精度核对，不符只报警告；数字后括号内的"
        "说明（“调入资金229万元（从国有资本经营预算收入调入）”）不引出分项。",
        ("claims._is_bound", "claims._is_estimate", "claims._gather", "claims._BOUND_BEFORE"),
        (
            Example(
                # a figure computed from an estimate is checked as a warning too: 150 / (700 −
                # 150) = 27.27%, printed 22.57 (zy-fucaizhongxin-2012-1h-xsqk, heldout35)
                "全国共销售福利彩票约700亿元,与去年同期相比增长150多亿元,增幅22.57%。",
                (("change-rate", "22.57", "disagrees"),),
                (("arithmetic.change-rate", "warning"),),
            ),
            Example(
                # a part printed as a bound (突破500亿元) states no amount: the list is open, and
                # claimed only if it adds up (500 + 504.76 does not make 700)
                "全国共销售福利彩票700亿元,其中电脑票销量已突破500亿元大关,达到了504.76亿元。",
                (),
            ),
            Example(
                # 90 / 100 = 90%: "98%以上" is a bound, not a share to check
                "支出100万元,其中A支出90万元,占98%以上。",
                (),
            ),
            Example(
                # 8106 / 2147 = 3.7755 -> 3.8: 每辆 names the count (in 辆); 大约 an estimate
                "东莞市直部门公务车共2147辆,年运行维护费8106万元,平均每辆公车支出大约3.8万元。",
                (("ratio", "3.8", "agrees"),),
            ),
            Example(
                # 8106 / 2147 = 3.7755 -> 3.8, not 3.2; an estimate: a warning
                "东莞市直部门公务车共2147辆,年运行维护费8106万元,平均每辆公车支出大约3.2万元。",
                (("ratio", "3.2", "disagrees"),),
                (("arithmetic.ratio", "warning"),),
            ),
            Example(
                # the parenthesis holds words; the next sentence's figures are not its parts
                "调入资金229万元(从国有资本经营预算收入调入)。一般公共预算支出30.09亿元,"
                "上解上级支出11.30亿元,结转下年0.22亿元。",
                (),
            ),
        ),
    ),
    Form(
        "a budget adjusted from one level to another, and its parts",
        "“政府性基金预算由年初的80000万元调整为50000万元,其中:土地出让收入由年初预算的65000万元调整为"
        "35000万元,城市建设配套费10000万元、专项…收入5000万元不作调整”: the new levels add up to"
        " the new total, and the old ones (a part that was not adjusted is its own old level) to"
        " the old total. So do the prior-year figures printed after a total and its parts (a"
        " part “较上年无变化” is its own prior).",
        "“政府性基金预算由年初的80000万元调整为50000万元，其中：土地出让收入由……65000万元调整为35000万元，"
        "城市建设配套费10000万元、……5000万元不作调整”：调整后各项之和等于调整后总数，调整前各项（未调整的"
        "项即其原数）之和等于调整前总数。合计与各项之后列示的上年数亦然（“较上年无变化”的项即其上年数）。",
        (
            "claims._next_of",
            "claims._unchanged_run",
            "claims._unchanged_next",
            "claims._list_relations",
            "facts._TO_NEW",
        ),
        (
            Example(
                # 调减为 names the new level, as 调减至 does: 267000 - 238000 = 29000 (a county's
                # 2021 adjustment), and 28000 would be an error
                "税收收入由267,000万元调减为238,000万元,调减28,000万元。",
                (("difference", "28000", "disagrees"),),
                (("arithmetic.change-amount", "error"),),
            ),
            Example(
                # 35000 + 10000 + 5000 = 50000; 65000 + 10000 + 5000 = 80000
                "政府性基金预算由年初的80000万元调整为50000万元,其中:土地出让收入由年初预算的65000万元"
                "调整为35000万元,城市建设配套费10000万元、专项债务对应项目专项收入5000万元不作调整。",
                (("sum", "50000", "agrees"), ("sum", "80000", "agrees")),
            ),
            Example(
                # 65000 + 10000 + 5000 = 80000, not 85000
                "政府性基金预算由年初的85000万元调整为50000万元,其中:土地出让收入由年初预算的65000万元"
                "调整为35000万元,城市建设配套费10000万元、专项债务对应项目专项收入5000万元不作调整。",
                (("sum", "50000", "agrees"), ("sum", "85000", "disagrees")),
                (("arithmetic.breakdown-sum", "error"),),
            ),
            Example(
                # the prior-year figures printed after each: 0 ("较上年无变化": its own prior) +
                # 2.5 + 5.5 = 8; now 0 + 0.55 + 5 = 5.55 (yn-honghe-kaiyuan, heldout2)
                "“三公”经费预算合计5.55万元,较上年8万元减少2.45万元,其中:因公出国(境)费预算为0万元,"
                "较上年无变化;公务接待费预算为0.55万元,较上年2.5万元减少1.95万元;公务用车购置及"
                "运行维护费预算为5万元,较上年5.5万元减少0.5万元。",
                (
                    ("sum", "5.55", "agrees"),
                    ("sum", "8", "agrees"),
                    ("change-sum", "2.45", "agrees"),
                    ("difference", "2.45", "agrees"),
                    ("difference", "1.95", "agrees"),
                    ("difference", "0.5", "agrees"),
                ),
            ),
            Example(
                # the same, the total's prior misprinted: 0 + 2.5 + 5.5 = 8, printed 9 (and 9 −
                # 5.55 = 3.45, not 2.45)
                "“三公”经费预算合计5.55万元,较上年9万元减少2.45万元,其中:因公出国(境)费预算为0万元,"
                "较上年无变化;公务接待费预算为0.55万元,较上年2.5万元减少1.95万元;公务用车购置及"
                "运行维护费预算为5万元,较上年5.5万元减少0.5万元。",
                (
                    ("sum", "5.55", "agrees"),
                    ("sum", "9", "disagrees"),
                    ("change-sum", "2.45", "agrees"),
                    ("difference", "2.45", "disagrees"),
                    ("difference", "1.95", "agrees"),
                    ("difference", "0.5", "agrees"),
                ),
                (
                    ("arithmetic.breakdown-sum", "error"),
                    ("arithmetic.change-amount", "error"),
                ),
            ),
        ),
    ),
    Form(
        "a combined share (合计占)",
        "“稅課收入139億6,932萬餘元、補助及協助收入241億9,760萬餘元占最大宗,…,合計占歲入94.02%”: the"
        " share of the figures listed before it together, of the total it names (a weak claim),"
        " or of the whole printed after 占 (“合计占项目支出120万元的80%”). The figures are those"
        " of its own statement: none before a ';' (the parts named in words there, nothing is"
        " checked).",
        "“稅課收入139億6,932萬餘元、補助及協助收入241億9,760萬餘元……，合計占歲入94.02%”：前列各数之和"
        "占所称总数（或“占”后写出的总数：“合计占项目支出120万元的80%”）的比例（系推断）。所列各数限于"
        "本句同一分号段内；分号之前的数不计（该段以文字列出各项时不作核对）。",
        ("claims._combined_share", "claims._sum_share", "claims._COMBINED"),
        (
            Example(
                # (139.6932 + 241.976) / 405.9629 = 381.6692 / 405.9629 = 94.0158% -> 94.02
                "審定歲入決算數405億9,629萬餘元。\n就歲入來源以稅課收入139億6,932萬餘元、補助及"
                "協助收入241億9,760萬餘元占最大宗,合計占歲入94.02%。",
                (("share", "94.02", "agrees"),),
            ),
            Example(
                # 94.02%, not 96.02: a warning
                "審定歲入決算數405億9,629萬餘元。\n就歲入來源以稅課收入139億6,932萬餘元、補助及"
                "協助收入241億9,760萬餘元占最大宗,合計占歲入96.02%。",
                (("share", "96.02", "disagrees"),),
                (("arithmetic.share", "warning"),),
            ),
            Example(
                # the total named (项目支出) is not printed: nothing to check, and no single
                # part is the numerator (30 / 60 = 50% is not what the sentence says)
                "本单位培训项目60万元、维修项目30万元,合计占项目支出的90%。",
                (),
            ),
            Example(
                # the whole printed after 占: (60 + 30) / 120 = 75%, printed 80 (it was read as
                # 30 / 120 = 25%, an error)
                "本单位培训项目60万元、维修项目30万元,合计占项目支出120万元的80%。",
                (("share", "80", "disagrees"),),
                (("arithmetic.share", "warning"),),
            ),
            Example(
                # (立法院 預算中心, 113年度 總預算): the parts of 合計 are named in words after
                # the ';', the figures before it are another statement's: nothing to check (it
                # was read as 1,000 / 28,818 = 3.47%, an error)
                "113年度中央政府總預算歲出編列2兆8,818億元。經濟發展支出則因於112年度及113年度增加辦理"
                "穩定供電建設方案分別為1,500億元及1,000億元,而超越國防支出躍居第3大支出;113年度總預算"
                "資源仍主要配置於前開4大類主要政事別支出,預算金額合計占總預算歲出之76.98%。",
                (),
            ),
            Example(
                # a total named by a generic name (总支出) is looked up too: (60 + 30) / 100 = 90%
                "本年总支出100万元。培训项目60万元、维修项目30万元,合计占总支出的90%。",
                (("share", "90", "agrees"),),
            ),
        ),
    ),
    Form(
        "a list after an adjusted figure (同口径)",
        "“全县一般公共预算收入8,552万元,…,同口径完成地方财政收入10,066万元,同口径增长9.7%,其中:"
        "税收收入完成5,537万元,非税收入完成3,015万元,非税占比35.3%”: the parts may be of the"
        " figure as printed rather than the adjusted one before 其中; the total they add up to is"
        " read, and the reading is weak.",
        "“全县一般公共预算收入8,552万元，……，同口径完成地方财政收入10,066万元，……，其中：税收收入"
        "完成5,537万元，非税收入完成3,015万元，非税占比35.3%”：分项可能属于原口径数而非其前的"
        "同口径数；取分项之和相符者，系推断。",
        ("claims._unadjusted", "claims._lists", "claims._share"),
        (
            Example(
                # 5537 + 3015 = 8552; 3015 / 8552 = 35.2549% -> 35.3
                "2023年,全县一般公共预算收入8,552万元,占调整预算的100%,考虑增值税留抵退税调库"
                "1514万元的因素,同口径完成地方财政收入10,066万元,同口径增长9.7%,其中:税收收入"
                "完成5,537万元,非税收入完成3,015万元,非税占比35.3%。",
                (("sum", "8552", "agrees"), ("share", "35.3", "agrees")),
            ),
            Example(
                # the same with the list opening the next sentence (。其中): 3015 / 8552 = 35.25%
                # (against 10,066 alone, 29.95%, it was an error)
                "2023年,全县一般公共预算收入8,552万元,占调整预算的100%,考虑增值税留抵退税调库"
                "1514万元的因素,同口径完成地方财政收入10,066万元,同口径增长9.7%。其中:税收收入"
                "完成5,537万元,非税收入完成3,015万元,非税占比35.3%。",
                (("sum", "8552", "agrees"), ("share", "35.3", "agrees")),
            ),
            Example(
                # 5537 + 3051 = 8588: neither 8552 nor 10066, a warning
                "2023年,全县一般公共预算收入8,552万元,占调整预算的100%,考虑增值税留抵退税调库"
                "1514万元的因素,同口径完成地方财政收入10,066万元,同口径增长9.7%,其中:税收收入"
                "完成5,537万元,非税收入完成3,051万元。",
                (("sum", "10066", "disagrees"),),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
        ),
    ),
    Form(
        "a part's breakdown in brackets",
        "“其中区本级为371.32亿元(含街道31.33亿元),其他镇为7.51亿元”: the bracket holds the part's"
        " own breakdown; the list goes on after it (weakly: a bracket may close late).",
        "“其中区本级为371.32亿元（含街道31.33亿元），其他镇为7.51亿元”：括号内是该分项自己的细目，括号后"
        "列表继续（括号可能闭合得晚，系推断）。",
        ("claims._gather",),
        (
            Example(
                # 371.32 + 7.51 = 378.83
                "调整后全区一般公共预算支出预算为378.83亿元,其中区本级为371.32亿元(含街道31.33亿元),"
                "其他镇为7.51亿元。",
                (("sum", "378.83", "agrees"),),
            ),
            Example(
                # 371.32 + 7.15 = 378.47, not 378.83: a warning
                "调整后全区一般公共预算支出预算为378.83亿元,其中区本级为371.32亿元(含街道31.33亿元),"
                "其他镇为7.15亿元。",
                (("sum", "378.83", "disagrees"),),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
        ),
    ),
    Form(
        "a part's own 其中 after its other figures",
        "“1.一般公共预算收入45,034万元,完成年初预算90%,其中税收分成收入21,043万元、非税收入23,991"
        "万元;2.…”: a 其中 after a part's other figures (its completion here) breaks that part"
        " down; its figures are not parts of the list.",
        "“1.一般公共预算收入45,034万元，完成年初预算90%，其中税收分成收入21,043万元、非税收入"
        "23,991万元；2.……”：分项其他数字之后的“其中”是该分项的细目，不是列表的分项。",
        (
            "claims._gather",
            "claims._segment_end",
            "claims._segment_end_from",
            "claims._without_siblings",
        ),
        (
            Example(
                # 45034 + 5355 + 10241 = 60630; 21043 + 23991 = 45034
                "我镇实现财政收入60,630万元,完成年初预算57%。其中:\n1.一般公共预算收入45,034万元,"
                "完成年初预算90%,其中税收分成收入21,043万元、非税收入23,991万元;\n2.上级补助收入"
                "5,355万元,完成年初预算142.2%;\n3.基金预算收入10,241万元,完成年初预算24.5%。",
                (("sum", "60630", "agrees"), ("sum", "45034", "agrees")),
            ),
            Example(
                # 45034 + 5355 + 10241 = 60630, not 60360
                "我镇实现财政收入60,360万元,完成年初预算57%。其中:\n1.一般公共预算收入45,034万元,"
                "完成年初预算90%,其中税收分成收入21,043万元、非税收入23,991万元;\n2.上级补助收入"
                "5,355万元,完成年初预算142.2%;\n3.基金预算收入10,241万元,完成年初预算24.5%。",
                (("sum", "60360", "disagrees"), ("sum", "45034", "agrees")),
                (("arithmetic.breakdown-sum", "error"),),
            ),
            Example(
                # 1.39 + 1 = 2.39 makes 一般债务 and 专项债务 siblings: 专项债务 is not a second
                # part of 一般债务's own 其中 (which keeps 外债转贷 alone: no sum), so no
                # "1.39 = 0.01 + 1" warning (fj-fuzhou-taijiang-2020-zwqk, tests/corpus/heldout)
                "2020年全区新增政府债务限额2.39亿元,其中一般债务1.39亿元,其中外债转贷0.01亿元;"
                "专项债务1亿元。",
                (("sum", "2.39", "agrees"),),
            ),
            Example(
                # 802143 = 404633 + 294842 + 176 + 58100 + 44392 exactly: those are its parts,
                # not parts of 1408135 beside it (whose other items the excerpt cut: no sum)
                # (xj-changji-czj-2022-yszx, heldout9); 6544 + 256585 + 31713 = 294842
                "2022年全年完成地方财政收入完成1408135万元,其中:\n1.一般公共预算收入完成802143"
                "万元,其中:(1)地方一般公共预算收入完成404633万元,同比下降0.29%(税收收入199744"
                "万元、政府非税收入204889万元);(2)上级补助收入完成294842万元(返还性收入6544万元、"
                "一般性转移支付收入256585万元、专项转移支付收入31713万元);(3)调入资金176万元;(4)"
                "地方政府一般债务转贷收入58100万元;(5)上年结余收入44392万元。",
                (
                    ("sum", "802143", "agrees"),
                    ("sum", "404633", "agrees"),
                    ("sum", "294842", "agrees"),
                ),
            ),
            Example(
                # 具体是 after a part breaks that part down (4895.00 = 4895.00 + 0), and its figures
                # are not parts of the 三公 total: 0 + 0 + 1388.70 + 4895.00 = 6283.70
                # (yn-kunming-xundian-zhengfawei-2022-sgjs, heldout9)
                "“三公”经费支出年初预算为6,283.70元,支出决算为6,283.70元,完成年初预算的100%。其中:"
                "因公出国(境)费支出决算0元,占总支出决算的0%;公务用车购置费支出决算0元,占总支出决算"
                "的0%;公务用车运行维护费支出决算1,388.70元,占总支出决算的22.10%;公务接待费支出决算"
                "4,895.00元,占总支出决算的77.90%,具体是国内接待费支出决算4,895.00元,国(境)外接待费"
                "支出决算0元。",
                (
                    ("completion", "100", "agrees"),
                    ("sum", "6283.70", "agrees"),
                    ("share", "0", "agrees"),
                    ("share", "0", "agrees"),
                    ("share", "22.10", "agrees"),
                    ("sum", "4895.00", "agrees"),
                    ("share", "77.90", "agrees"),
                ),
            ),
            Example(
                # after a numbered item a ";其中:" is the item's own breakdown: 507.37 + 8.3 + 10 =
                # 525.67 (not 531.06 with the 5.39); changes -19.96 + 8.3 + 10 = -1.66 (not
                # 3.73) (after gx-nanning-xixiangtang-renda-2017-bmys, heldout10, whose printed
                # total 501.98 is the error); 1.66 / (525.67 + 1.66) = 0.31%
                "2017年收入总预算525.67万元,同比减少1.66万元,同比下降0.31%。其中:\n1、一般公共财政"
                "预算拨款507.37万元,同比减少19.96万元,同比降低3.85%。\n2、上年结余收入8.3万元,同比"
                "增加8.3万元;其中:其他结转5.39万元,同比增加5.39万元。\n3、纳入财政专户管理的收入"
                "安排的资金10万元,同比增加10万元。",
                (
                    ("sum", "525.67", "agrees"),
                    ("change-sum", "1.66", "agrees"),
                    ("change-rate", "0.31", "agrees"),
                    ("change-rate", "3.85", "disagrees"),
                ),
                (("arithmetic.change-rate", "error"),),
            ),
        ),
    ),
    Form(
        "numbered lines after a sentence that says they follow (具体如下:)",
        "“项目支出14.97万元。具体如下:↵1、档案整理费5万元,主要用于…;↵2、…”: a sentence of its own"
        " that only says the items below follow (具体如下, 明细如下, 具体情况如下), between a"
        " figure's"
        " sentence and numbered lines, opens a list of the parts of that sentence's last amount"
        " (inferred: a disagreement is a warning). Lines that give each item two figures (its"
        " budget and its"
        " spending) are not read as one list.",
        "独立成句、只说明下列各项的句子（“具体如下：”“明细如下：”“具体情况如下：”），位于某数所在句与"
        "编号各行之间时，各行为该句最后一个金额的分项（系推断，不符时报警告）。每行列出"
        "两个数（预算数与支出数）时不作为一个列表读取。",
        ("claims._below_alone",),
        (
            Example(
                # 南县就业服务中心 2024 绩效自评 (nanxian.gov.cn): 5 + 8 + 1.97 = 14.97
                "南县就业服务中心2024年参与绩效评价的项目共3个,项目支出14.97万元。具体如下:\n"
                "1、档案整理费5万元,主要用于档案整理方面;\n2、失业保险及城乡就业稽查核查费用8万元,"
                "主要用于稽查核查方面;\n3、门面税金1.97万元,主要用于出租门面的税金缴纳。",
                (("sum", "14.97", "agrees"),),
            ),
            Example(
                # the same, one item misprinted: 5 + 8 + 4.97 = 17.97, not 14.97 (and not within the
                # rounding of 5 and 8: 4.5 + 7.5 + 4.97 = 16.97)
                "项目支出14.97万元。明细如下:\n1、档案整理费5万元;\n2、稽查核查费用8万元;\n"
                "3、门面税金4.97万元。\n二、绩效目标完成情况。",
                (("sum", "14.97", "disagrees"),),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
            Example(
                # each line an item's budget and its spending: no one list of all six figures
                # (5 + 5 + 8 + 8 + 1.97 + 1.97 against 14.97 would be wrong)
                "2024年项目资金为14.97万元,实际已支付14.97万元,支付率为100%。具体如下:\n"
                "1、档案整理费5万元,实际已支付5万元,资金支付率100%;\n2、稽查核查费用8万元,实际已"
                "支付8万元,资金支付率100%;\n3、门面税金1.97万元,实际已支付1.97万元,资金支付率100%。",
                (
                    ("completion", "100", "agrees"),
                    ("completion", "100", "agrees"),
                    ("completion", "100", "agrees"),
                    ("completion", "100", "agrees"),
                ),
            ),
            Example(
                # the items run to the text's end (a page's excerpt, after yss.mof.gov.cn 2024):
                # 30 + 20 falls short of 100, but the next items may not have been copied
                "2024年中央本级支出决算数为100亿元。具体情况如下:\n1.机关工资福利支出决算数为30亿元。"
                "\n(1)工资奖金津补贴决算数为10亿元。\n2.机关商品和服务支出决算数为20亿元。其中:\n"
                "(1)办公经费决算数为6亿元。",
                (),
            ),
        ),
    ),
    Form(
        "a long numbered list that runs to the end of the text",
        "“…100万元,其中:↵1、…↵2、…↵…↵5、…” ending the text: the list may go on in what was not"
        " copied (an excerpt, a page cut short), so parts that fall short of the total are a"
        " warning, not an error; the same list followed by more text is an error.",
        "以“其中：”引出、逐行编号且直到文本末尾的长列表：可能在未复制的部分继续（摘录、截断的"
        "页面），各项之和不足总数只报警告；列表之后还有正文时报错误。",
        ("claims._gather",),
        (
            Example(
                # 20 + 20 + 20 + 20 + 10 = 90, not 100, and nothing after item 5
                "一般公共服务支出100万元,其中:\n1、A事务20万元。\n2、B事务20万元。\n"
                "3、C事务20万元。\n4、D事务20万元。\n5、E事务10万元。",
                (("sum", "100", "disagrees"),),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
            Example(
                # the same list, then the next section: the list is complete, 90 is not 100
                "一般公共服务支出100万元,其中:\n1、A事务20万元。\n2、B事务20万元。\n"
                "3、C事务20万元。\n4、D事务20万元。\n5、E事务10万元。\n二、其他支出情况。",
                (("sum", "100", "disagrees"),),
                (("arithmetic.breakdown-sum", "error"),),
            ),
            Example(
                # a sentence that opens with 其中 breaks its item down, its figures are not parts:
                # 323400 + 14557942.17 + 1152754 = 16034096.17, not 16599424.17; the text stops
                # in the middle of a sentence, so the list may go on: a warning
                "一、一般公共服务支出16599424.17元,其中:\n1、人大事务支出323400.00元,占年初预算"
                "100%。其中其他人大事务支出323400.00元。\n2、政府办公室及相关机构支出14557942.17元,"
                "占年初预算91.38%。其中行政运行10279419.17元,事业运行支出3449523.00元,其他支出"
                "829000.00元。\n3.党委办公厅(室)及相关机构事务支出1152754.00元,占年初预算64.04%。"
                "其中其他党委办公厅(室)及相关机构事务支出11",
                (
                    ("sum", "16599424.17", "disagrees"),
                    ("sum", "323400.00", "agrees"),
                    ("sum", "14557942.17", "agrees"),
                ),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
            Example(
                # the same list ending with its sentence and the next section: an error
                "一、一般公共服务支出16599424.17元,其中:\n1、人大事务支出323400.00元,占年初预算"
                "100%。其中其他人大事务支出323400.00元。\n2、政府办公室及相关机构支出14557942.17元,"
                "占年初预算91.38%。其中行政运行10279419.17元,事业运行支出3449523.00元,其他支出"
                "829000.00元。\n3.党委办公厅(室)及相关机构事务支出1152754.00元,占年初预算64.04%。"
                "\n二、其他支出情况。",
                (
                    ("sum", "16599424.17", "disagrees"),
                    ("sum", "323400.00", "agrees"),
                    ("sum", "14557942.17", "agrees"),
                ),
                (("arithmetic.breakdown-sum", "error"),),
            ),
        ),
    ),
    Form(
        "a total after its parts (上述三项共计)",
        "“…因公出国(境)费154万元,公务用车购置以及运行费19万元,公务接待费0.96万元。上述三项共计"
        "173.96万元”: a total opening its sentence with 上述 or 以上 adds up the amounts of the"
        " sentence before it in its paragraph — the last N when it says how many (certain when"
        " exactly N are printed there), else all of them (a weak reading).",
        "“……因公出国（境）费154万元，公务用车购置以及运行费19万元，公务接待费0.96万元。上述三项共计"
        "173.96万元”：以“上述”“以上”开头的合计等于同段前一句各金额之和；写明项数的取最后N项（前句恰有"
        "N项时为确定结构），否则取全部（系推断）。",
        ("claims._recaps", "quantities.numeral_value"),
        (
            Example(
                # 154 + 19 + 0.96 = 173.96 (cn-tuiyijunrenshiwubu-2019-bmys, heldout32)
                "2018年因公出国(境)费154万元,公务用车购置以及运行费19万元,公务接待费0.96万元。上述三项"
                "共计173.96万元。",
                (("sum", "173.96", "agrees"),),
            ),
            Example(
                # the same printed 183.96 (an error: three items named, three printed)
                "2018年因公出国(境)费154万元,公务用车购置以及运行费19万元,公务接待费0.96万元。上述三项"
                "共计183.96万元。",
                (("sum", "183.96", "disagrees"),),
                (("arithmetic.breakdown-sum", "error"),),
            ),
            Example(
                # the last three of four: 154 + 19 + 0.96, not the 支出总额 before them
                "支出总额500万元,因公出国(境)费154万元,公务用车购置以及运行费19万元,公务接待费0.96万元。"
                "上述三项共计173.96万元。",
                (("sum", "173.96", "agrees"),),
            ),
        ),
    ),
    Form(
        "a list of the main parts (主要是)",
        "A figure, then “主要是” (主要系, 主要由于, 主要原因:一是…; or 含 outside brackets) and the"
        " main parts:"
        " they need not add up to it, so the list is a claim only when they do, never an error"
        " — unless the parts are, one each, all the parts of a standard breakdown of it"
        " (基本支出 and 项目支出 of 支出: vocabulary.DECOMPOSITIONS), which must add up."
        " A total printed in 元 over parts all in 万元 that add up only when it is read in 万元"
        " is a unit slip: the sum agrees, and the slip is a warning of its own. 其中 right before"
        " 主要是 (“其中主要是:”, “其中,主要有”) opens the same list of the main parts.",
        "总数之后以“主要是”（“主要系”“主要原因：一是……”；或括号外的“含”；“其中主要是”亦同）列举主要构成："
        "不要求合计相等，相等时作为一项核对，不相等不报错；但所列各项恰为该总数的一种标准构成的全部（支出的基本支出和项目支出）时，"
        "须合计相等。总数印为元、各项均为万元、按万元读取总数方能相符的，视为单位印错：合计相符，"
        "另报单位警告。",
        (
            "claims._lists",
            "claims._gather",
            "claims._whole_breakdown",
            "claims._slipped_total",
            "vocabulary.PARTIAL_INTRODUCERS",
        ),
        (
            Example(
                # 主要由于 (gd-zhongshan-banfuzhen-2022-ystz-tw, heldout34):
                # 1824.59 + 1295 = 3119.59
                "上級補助收入由年初預算17282.07萬元調整為20401.66萬元,調增3119.59萬元,主要由于:"
                "專項轉移支付收入調增1824.59萬元,其他一般性轉移支付收入調增1295萬元。",
                (("difference", "3119.59", "agrees"), ("change-sum", "3119.59", "agrees")),
            ),
            Example(
                # 基本支出 and 项目支出 are the whole of 支出: 39.39 + 1.78 = 41.17, not 130.95
                # (cq-liangping-wenhua-xx-2025-dwys, heldout21; the parts run together there)
                "支出预算较2024年增加了130.95万元,主要是基本支出预算增加39.39万元,项目支出预算增加"
                "1.78万元。",
                (("change-sum", "130.95", "disagrees"),),
                (("arithmetic.change-sum", "warning"),),
            ),
            Example(
                # 其中 right before 主要是 opens the main parts only: 60 + 30 = 90 of 100 is no
                # error (it was read as a full list after 其中: an error)
                "部门支出100万元,其中主要是:办公设备购置60万元,差旅费30万元。",
                (),
            ),
            Example(
                # the same adding up: 60 + 40 = 100
                "部门支出100万元,其中,主要有办公设备购置60万元,差旅费40万元。",
                (("sum", "100", "agrees"),),
            ),
            Example(
                # the same adding up, after 主要系: 129.17 + 1.78 = 130.95
                "支出预算较2024年增加了130.95万元,主要系基本支出预算增加129.17万元,项目支出预算增加"
                "1.78万元。",
                (("change-sum", "130.95", "agrees"),),
            ),
            Example(
                # the total printed in 元 over parts in 万元: 146.89 + 23.88 = 170.77 only in 万元
                # (cq-yongchuan-haitang-xx-2025-dwys, heldout21)
                "支出比2024年增加170.77元,主要是基本支出增加146.89万元,项目支出增加23.88万元。",
                (("change-sum", "170.77", "agrees"),),
                (("units.slipped-unit", "warning"),),
            ),
            Example(
                # the main reasons numbered (主要原因一是…,二是…;, or 主要原因:一是…):
                # 20.17 + 2.25 + 51.49 = 73.91 (cq-qijiang-tushuguan-2020-bmjs, heldout9)
                "2020年度收入总计398.65万元,比上年增加73.91万元,增幅为22.8%,主要原因一是当年人员"
                "经费增加20.17万元,二是公用经费增加2.25万元,三是项目支出净增加51.49万元;",
                (("change-sum", "73.91", "agrees"), ("change-rate", "22.8", "agrees")),
            ),
            Example(
                # 39.77 + 66.00 = 105.77
                "支出较去年增加105.77万元,主要是基本支出增加39.77万元,项目支出增加66.00万元。",
                (("change-sum", "105.77", "agrees"),),
            ),
            Example(
                # 39.77 + 50.00 = 89.77: the other parts are not named; nothing to say
                "支出较去年增加105.77万元,主要是教育支出增加39.77万元,卫生健康支出增加50.00万元。",
                (),
            ),
            Example(
                # 含 outside brackets names some of what the total holds: 250 + 537.31 = 787.31
                # of 4,471.22 (the body's own share unnamed; nx-zizhiqu-jiguanshiwuju-2013-bmys,
                # heldout26)
                "机管局2013年收支总预算4,471.22万元,含区泾河源山庄管理处经费250万元,政府机关幼儿园"
                "经费537.31万元。",
                (),
            ),
            Example(
                # the same parts adding up: 250 + 537.31 = 787.31
                "二级单位收支总预算787.31万元,含区泾河源山庄管理处经费250万元,政府机关幼儿园经费"
                "537.31万元。",
                (("sum", "787.31", "agrees"),),
            ),
        ),
    ),
    Form(
        "sum of the parts' changes",
        "A total and its parts, each with its change on the year before: the parts' changes,"
        " signed (增收 +, 减收 −, 持平 0), add up to the total's change. A change against the"
        " budget by its verb (超收, 节约) is none on the year before; and parts that, as inferred,"
        " fall short of their total are only some of it: their changes are not summed. A"
        " total's change on a comparable basis (同口径) need not be its parts' (a warning).",
        "合计与各项均列示比上年增减额：各项增减额（增为正、减为负、持平为0）之和应等于合计的增减额。"
        "以动词表明对比预算的增减额（超收、节约）不是比上年增减额；推断出的各项之和小于合计时，"
        "各项只是其中一部分，不再核对其增减额之和。合计按同口径计算的增减额不一定等于各项增减额之和"
        "（不符时报警告）。",
        (
            "claims._list_relations",
            "claims._change_of",
            "claims._figured_before",
            "claims._net_changes",
            "claims._short_of_total",
        ),
        (
            Example(
                # one change (1.94) for the part after it only, not also for the unchanged part
                # before it (武隆 2025 adjustment: 1.94 + 1.94 was an error); 39.8 + 48.49 =
                # 88.29 against 88.28, within the rounding
                "区级收入预算总计调整为88.28亿元,较年初预算调增1.94亿元。其中:区本级收入预算39.8亿元,"
                "保持不变;转移性收入预算调整为48.49亿元,调增1.94亿元,全部为一般债务收入增加。",
                (("sum", "88.28", "rounding"),),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
            Example(
                # 127.03 - 52.25 = 74.78, not 67.09: but the total's change is 同口径 (items of
                # the year before regrouped), so a warning (the 2023 central 国有资本经营 budget)
                "2023年中央国有资本经营收入预算数为2410.4亿元,比上年同口径执行数增加67.09亿元,"
                "增长2.9%。\n1.利润收入1871.67亿元,增加127.03亿元,增长7.3%。\n2.股利、股息收入"
                "538.73亿元,减少52.25亿元,下降8.8%。",
                (
                    ("sum", "2410.4", "agrees"),
                    ("change-sum", "67.09", "disagrees"),
                    ("change-rate", "2.9", "agrees"),
                    ("change-rate", "7.3", "agrees"),
                    ("change-rate", "8.8", "agrees"),
                ),
                (("arithmetic.change-sum", "warning"),),
            ),
            Example(
                # 5613 + 294 = 5907 of 6140: some of it only (a warning), and the changes of
                # those two (3777 + 305 = 4082 of 4294) say nothing more
                # (sn-hanzhong-xixiang-czj-2024-1-5yue-czsz, heldout23)
                "全县政府性基金预算收入完成6140万元,较上年减收4294万元。其中:国有土地使用权出让收入"
                "5613万元,较上年减收3777万元;城市基础设施配套费收入294万元,较上年减收305万元。",
                (("sum", "6140", "disagrees"),),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
            Example(
                # 超收 is against the budget: the parts' changes on the year are 增收3003 and
                # 减收11469, not 超收392 and 超收14519 (gs-tianshui-gangu-czj-2023-jsbg, heldout29)
                "全县财政收入累计完成81419万元,减收8466万元。其中:一般公共预算收入46900万元,"
                "完成预算46508万元的100.8%,超收392万元,增收3003万元;政府性基金收入34519万元,完成"
                "预算20000万元的172.6%,超收14519万元,同比减收11469万元。",
                (
                    ("sum", "81419", "agrees"),
                    ("completion", "100.8", "agrees"),
                    ("difference", "392", "agrees"),
                    ("completion", "172.6", "agrees"),
                    ("difference", "14519", "agrees"),
                    ("change-sum", "8466", "agrees"),
                ),
            ),
            Example(
                # a change named a total (合计, 總共) right after changes: their net, 30 − 10 = 20
                "教育支出减少30万元,卫生支出增加10万元,合计减少20万元。",
                (("change-sum", "20", "agrees"),),
            ),
            Example(
                # the same misprinted: the net is a decrease of 20, not 30 (a warning)
                # (tw-kaohsiung-shifu-115-ys-tw, heldout20: 432 − 258 = 174)
                "教育支出减少30万元,卫生支出增加10万元,合计减少30万元。",
                (("change-sum", "30", "disagrees"),),
                (("arithmetic.change-sum", "warning"),),
            ),
            Example(
                # "…等,共计增加336.1万元" after an explanation is one cause's, not the net of the
                # changes before it (cq-wulong-jianchayuan-2023-bmys, heldout10)
                "支出比2022年增加250.41万元,其中:基本支出比2022年增加399.45万元,主要原因是规范公务员"
                "津贴补贴改革后,基础绩效奖纳入年初预算编制等,共计增加336.1万元。",
                (),
            ),
            Example(
                # 22180 + 9070 = 31250; +1820 - 360 = +1460;
                # 1460 / (31250 - 1460) = 1460 / 29790 = 4.9010% -> 4.9;
                # 1820 / (22180 - 1820) = 1820 / 20360 = 8.9391% -> 8.9;
                # 360 / (9070 + 360) = 360 / 9430 = 3.8176% -> 3.8
                "全县一般公共预算收入完成31250万元,比上年增收1460万元,增长4.9%。其中:"
                "税收收入22180万元,比上年增收1820万元,增长8.9%;非税收入9070万元,"
                "比上年减收360万元,下降3.8%。",
                (
                    ("sum", "31250", "agrees"),
                    ("change-sum", "1460", "agrees"),
                    ("change-rate", "4.9", "agrees"),
                    ("change-rate", "8.9", "agrees"),
                    ("change-rate", "3.8", "agrees"),
                ),
            ),
            Example(
                # +1820 - 260 = +1560, not +1460; 260 / (9070 + 260) = 2.7867% -> 2.8
                "全县一般公共预算收入完成31250万元,比上年增收1460万元,增长4.9%。其中:"
                "税收收入22180万元,比上年增收1820万元,增长8.9%;非税收入9070万元,"
                "比上年减收260万元,下降2.8%。",
                (
                    ("sum", "31250", "agrees"),
                    ("change-sum", "1460", "disagrees"),
                    ("change-rate", "4.9", "agrees"),
                    ("change-rate", "8.9", "agrees"),
                    ("change-rate", "2.8", "agrees"),
                ),
                (("arithmetic.change-sum", "error"),),
            ),
            Example(
                # 20 + 118 + 718 = 856; 912 - 856 = 56; 56 / 912 = 6.1404% -> 6.1;
                # changes: 0 (持平) - 9 - 47 = -56; 9 / (118 + 9) = 7.0866% -> 7.1;
                # 47 / (718 + 47) = 6.1438% -> 6.1
                "2024年“三公”经费预算总额为856万元,较2023年的912万元减少56万元,下降6.1%;"
                "其中:因公出国(境)经费20万元,较上年持平;公务接待费118万元,较上年减少9万元,"
                "下降7.1%;公务用车购置及运行维护费718万元,较上年减少47万元,下降6.1%。",
                (
                    ("sum", "856", "agrees"),
                    ("difference", "56", "agrees"),
                    ("change-rate", "6.1", "agrees"),
                    ("change-sum", "56", "agrees"),
                    ("change-rate", "7.1", "agrees"),
                    ("change-rate", "6.1", "agrees"),
                ),
            ),
            Example(
                # 21 + 20 = 41; on the year before 16 + 3 = 19; on the budget
                # 3.5 + 1.5 = 5.0, not 4.5. The list comes after a sentence of reasons.
                "2020年度“三公”经费41万元,较上年减少19万元,较年初预算数减少4.5万元。"
                "主要是严控一般性支出。其中:公务用车运行维护费21万元,较上年减少16万元,"
                "较年初预算数减少3.5万元;公务接待费20万元,较上年减少3万元,"
                "较年初预算数减少1.5万元。",
                (
                    ("sum", "41", "agrees"),
                    ("change-sum", "19", "agrees"),
                    ("change-sum", "4.5", "disagrees"),
                ),
                (("arithmetic.change-sum", "error"),),
            ),
        ),
    ),
    Form(
        "sum of the parts' budgets",
        "A total and its parts, each as “占年初预算A万元的C%”: the parts' budgets add up to the"
        " total's budget.",
        "合计与各项均以“占年初预算A万元的C%”列示：各项预算数之和应等于合计预算数。",
        ("claims._list_relations", "claims._next_of"),
        (
            Example(
                # 4130 + 1130 = 5260; 9600 + 2800 = 12400; 5260 / 12400 = 42.4194% -> 42.4;
                # 4130 / 9600 = 43.0208% -> 43.0; 1130 / 2800 = 40.3571% -> 40.4
                "全县完成财政总收入5260万元,占年初预算12400万元的42.4%。其中:"
                "税收收入4130万元,占年初预算9600万元的43.0%;非税收入1130万元,"
                "占年初预算2800万元的40.4%。",
                (
                    ("sum", "5260", "agrees"),
                    ("completion", "42.4", "agrees"),
                    ("budget-sum", "12400", "agrees"),
                    ("completion", "43.0", "agrees"),
                    ("completion", "40.4", "agrees"),
                ),
            ),
            Example(
                # 9600 + 2900 = 12500, not 12400; 1130 / 2900 = 38.9655% -> 39.0
                "全县完成财政总收入5260万元,占年初预算12400万元的42.4%。其中:"
                "税收收入4130万元,占年初预算9600万元的43.0%;非税收入1130万元,"
                "占年初预算2900万元的39.0%。",
                (
                    ("sum", "5260", "agrees"),
                    ("completion", "42.4", "agrees"),
                    ("budget-sum", "12400", "disagrees"),
                    ("completion", "43.0", "agrees"),
                    ("completion", "39.0", "agrees"),
                ),
                (("arithmetic.budget-sum", "error"),),
            ),
        ),
    ),
    Form(
        "trailing 合计 with 加",
        "“A万元，加B万元，C万元，…，收入合计T万元”: the figure before 加 and the ones after it add"
        " up to the 合计 at the end. A figure before 加 restated without some items (剔除…因素后)"
        " may be the one carried on, or the figure it restates. After a sentence of a figure's"
        " budgets and then its actual, the actual is carried on.",
        "“A万元，加B万元、C万元……，收入合计T万元”：“加”前一项与其后各项之和等于句末合计。上句先列"
        "预算数、后列决算数时，接续的是决算数。",
        (
            "claims._trailing_totals",
            "claims._restated_from",
            "claims._base_named_by",
            "claims._whole_of_last_part",
            "claims._previous_head",
        ),
        (
            Example(
                # a total on the way carries what was added before it (甘谷县 2024 决算): 442751 +
                # 7546 + 199 + 731 = 451227 (all seven were added: 893978, an error)
                "一般公共预算收入42100万元,加上级补助收入387613万元,地方政府一般债券转贷收入13038万元,"
                "全县一般预算总收入442751万元,加上年结余7546万元,加调入资金199万元,再加动用预算稳定"
                "调节基金731万元,收入总计451227万元。",
                (("sum", "442751", "agrees"), ("sum", "451227", "agrees")),
            ),
            Example(
                # after a 其中 list split into sentences the sum goes on from the list's total,
                # not its last item (unkeyed, 璧山区 2024): 53.19 + 29.71 + 1.97 + 3.29 + 5.11 +
                # 8.79 = 102.06, not 24.1 + …
                "全区一般公共预算本级收入完成53.19亿元。其中,税收收入29.09亿元。非税收入24.1亿元。"
                "加上中央及市级转移支付29.71亿元、动用预算稳定调节基金1.97亿元、调入资金3.29亿元、"
                "债务(转贷)收入5.11亿元、上年结转8.79亿元,收入总量为102.06亿元。",
                (("sum", "53.19", "agrees"), ("sum", "102.06", "agrees")),
            ),
            Example(
                # the same, its total misprinted: 53.19 + 48.87 = 102.06, printed 103.06
                "全区一般公共预算本级收入完成53.19亿元。其中,税收收入29.09亿元。非税收入24.1亿元。"
                "加上中央及市级转移支付29.71亿元、动用预算稳定调节基金1.97亿元、调入资金3.29亿元、"
                "债务(转贷)收入5.11亿元、上年结转8.79亿元,收入总量为103.06亿元。",
                (("sum", "53.19", "agrees"), ("sum", "103.06", "disagrees")),
                (("arithmetic.breakdown-sum", "error"),),
            ),
            Example(
                # a sentence of a figure's budgets and then its actual carries the actual (两江新区
                # 2023 决算, cqrd.gov.cn, hunt 37): 8.48 + 61.43 + 171.05 + 6.38 = 247.34, not
                # 7.6 (年初) + …; 8.48 / 8.3 = 102.17%, printed 102.1 (a warning)
                "2023年,两江新区政府性基金预算收入年初7.6亿元,调整预算数8.3亿元,变动预算数8.3亿元,"
                "决算数8.48亿元,增长25.8%,为预算的102.1%,其中污水处理费0.73亿元和专项债务对应项目"
                "专项收入7.75亿元。加上级补助收入61.43亿元、债务转贷收入171.05亿元、上年结转收入"
                "6.38亿元后,收入总量为247.34亿元。",
                (
                    ("sum", "8.48", "agrees"),
                    ("completion", "102.1", "rounding"),
                    ("sum", "247.34", "agrees"),
                ),
                (("arithmetic.completion-rate", "warning"),),
            ),
            Example(
                # a sentence that names its base with no figure adds to the figure of that name
                # printed before (unkeyed, 莒南县 2024): 243500 + 500516 = 744016 and 681436 +
                # 62580 = 744016, not 500516 + 62580
                "初步安排一般公共预算收入243500万元,增长8%;一般公共预算支出安排681436万元,增长"
                "2.2%。一般公共财政预算收入,加上税收返还、转移支付、调入资金、债券转贷收入等500516"
                "万元,预计总财力744016万元。一般公共财政预算支出,加上上解上级支出、债券还本支出等"
                "62580万元,支出共计744016万元。",
                (("sum", "744016", "agrees"), ("sum", "744016", "agrees")),
            ),
            Example(
                # a total word followed by what the totals leave names no total (unkeyed, 龙岩市
                # 2019, its commas lost): 11.6 is no sum of the figures before it
                "一般公共预算支出322.3亿元,完成调整预算数的96.5%,同比增长6.9%。加上补充预算稳定调节"
                "基金18.7亿元上解上级支出24.4亿元债务还本支出12.4亿元,调出资金1.1亿元,支出总378.9"
                "亿元收支总量相抵结转下年11.6亿元。",
                (),
            ),
            Example(
                # 85620 + 40210 + 6350 + 2800 = 134980
                "全区一般公共预算收入85620万元,加上级补助收入40210万元,上年结余收入6350万元,"
                "调入资金2800万元,收入合计134980万元。",
                (("sum", "134980", "agrees"),),
            ),
            Example(
                # 134980, printed 135980
                "全区一般公共预算收入85620万元,加上级补助收入40210万元,上年结余收入6350万元,"
                "调入资金2800万元,收入合计135980万元。",
                (("sum", "135980", "disagrees"),),
                (("arithmetic.breakdown-sum", "error"),),
            ),
            Example(
                # the figure before 加上 restated without one-off items (剔除…后): the figure as
                # printed is the one carried on, 168.23 + 298.39 = 466.62 (not 165.61 + 298.39;
                # zj-wenzhou-czj-2023-sjjs, heldout27)
                "市本级一般公共预算支出168.23亿元,与执行数一致,剔除疫情防控保障等一次性因素后,为"
                "165.61亿元,增长5.2%;加上转移性支出298.39亿元,支出合计466.62亿元。",
                (("sum", "466.62", "agrees"),),
            ),
            Example(
                # the same misprinted: neither 168.23 + 298.39 = 466.62 nor 165.61 + 298.39 =
                # 464.00 is 468.62; which figure is carried on is then unsure (a warning)
                "市本级一般公共预算支出168.23亿元,与执行数一致,剔除疫情防控保障等一次性因素后,为"
                "165.61亿元,增长5.2%;加上转移性支出298.39亿元,支出合计468.62亿元。",
                (("sum", "468.62", "disagrees"),),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
        ),
    ),
    Form(
        "trailing 总计",
        "“A万元，B万元，总计T万元”: figures followed by a 总计/合计/共计 of them.",
        "“A万元，B万元，总计T万元”：句末总计为前列各数之和。",
        ("claims._trailing_totals",),
        (
            Example(
                # 1184 + 2607 = 3791
                "2023年一般债务付息1184万元,专项债务付息2607万元,总计3791万元。",
                (("sum", "3791", "agrees"),),
            ),
            Example(
                # 1184 + 2607 = 3791, printed 3781; the list has no start word, so the reading
                # is weak: a warning
                "2023年一般债务付息1184万元,专项债务付息2607万元,总计3781万元。",
                (("sum", "3781", "disagrees"),),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
            Example(
                # 总数 closes the list too: 63.79 + 974.64 + 382.88 = 1421.31
                "支出最多的是省交通运输厅,三项支出分别为63.79万元、974.64万元、382.88万元,"
                "总数1421.31万元。",
                (("sum", "1421.31", "agrees"),),
            ),
            Example(
                # a 合计决算数 with more figures after it; the budget (another phase) is no part:
                # 602745131 + 1826500 + 0 = 604571631, not 604517631; 604571631 / 535280000
                # = 112.9449% -> 112.94
                "本年度預算數535,280,000元,執行結果,決算實現數602,745,131元,應收數1,826,500元,"
                "保留數0元,合計決算數604,517,631元,占預算數112.94%,超收69,291,631元。",
                (("sum", "604517631", "disagrees"), ("completion", "112.94", "disagrees")),
                (("arithmetic.breakdown-sum", "warning"), ("arithmetic.completion-rate", "error")),
            ),
            Example(
                # the figures after 其中 that add up to the part before it (1478 + 406 = 1884)
                # are its parts: 4402 + 1884 + 60 + 103 = 6449 (with them too, 8333): one
                # reading agrees
                "全镇一般公共预算收入4402万元,加上级转移支付收入1884万元,其中:一般转移支付收入"
                "1478万元,专项转移支付收入406万元;上年结转结余60万元,基金调入103万元,"
                "收入合计为6449万元。",
                (("sum", "1884", "agrees"), ("sum", "6449", "agrees")),
            ),
            Example(
                # the total names the action of its parts (总计删除): 10 + 10 + 10 + 10 = 40,
                # printed 50 (no start word: a warning)
                "在二读会时删除各项活动费10万元,体育艺文活动费10万元,各项工程前置规划设计费10万元,"
                "中正堂椅子整修工程10万元,总计删除50万元预算。",
                (("sum", "50", "disagrees"),),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
            Example(
                # a 总计 of 合计s, in 万 and 元 (unkeyed corpus, 烈屿乡 110): 2,840,000 + 1,245,000
                # = 4,085,000 元; the figures before the ':' belong to another clause
                "原编列岁入预算数2亿68万5,000元整、岁出预算数2亿4,697万3,000元整,经审议结果:"
                "乡公所岁出预算经常门更正减列合计新台币284万元整,代表会删减经常门岁出预算合计"
                "新台币124万5,000元整,总计减列新台币408万5,000元整。",
                (("sum", "4085000", "agrees"),),
            ),
        ),
    ),
    Form(
        "parts by context (从…看, 按…分)",
        "“从收入结构看，税收收入A；非税收入B”: a sentence that opens with its context lists the"
        " parts of the figure before it (one the context names, or else one the parts reach,"
        " within the rounding of the print).",
        "“从收入结构看，税收收入A；非税收入B”：以语境开头的句子列举前一总额的各组成部分。",
        ("claims._context_lists", "claims._sum_fits"),
        (
            Example(
                # a context run into the first item's name ("基本支出中医疗业务支出…"), read only
                # because 基本支出 is printed before: 5868.43 + 1111.10 + 125.82 = 7105.35, not
                # 7095.35 (an inferred structure: a warning); a context naming nothing printed
                # before ("项目支出中…") is not read
                "2017年基本支出7095.35万元。基本支出中医疗业务支出5868.43万元,管理费用1111.10万元,"
                "其他支出125.82万元。项目支出中专项业务费100万元,设备购置费50万元。",
                (("sum", "7095.35", "disagrees"),),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
            Example(
                # the whole a share is of, printed in an item's words ("占本年财政拨款支出488.80
                # 万元的0%"), is no item: 0 + 374.89 + 60.44 + 53.47 = 488.80, the figure of
                # 财政拨款支出 before (hn-changde-lixian-lizhou-youeryuan-2017-bmjs, heldout10)
                "财政拨款总支出488.80万元,一般公共预算财政拨款支出488.80万元,政府性基金预算财政"
                "拨款支出0万元。\n财政拨款支出按功能科目分类,一般公共服务支出0万元,占本年财政拨款"
                "支出488.80万元的0%;教育支出374.89万元,占本年支出的77%;社会保障和就业支出60.44万元,"
                "占本年支出的12%;住房保障支出53.47万元,占本年支出的11%。",
                (
                    ("sum", "488.80", "agrees"),
                    ("sum", "488.80", "agrees"),
                    ("share", "0", "agrees"),
                    ("share", "77", "agrees"),
                    ("share", "12", "agrees"),
                    ("share", "11", "agrees"),
                ),
            ),
            Example(
                # 38260 + 14220 = 52480
                "2023年全县一般公共预算收入52480万元,比上年增长6.2%。从收入结构看,"
                "税收收入38260万元,增长4.1%;非税收入14220万元,增长12.3%。",
                (("sum", "52480", "agrees"),),
            ),
            Example(
                # 38260 + 14120 = 52380, not 52480; the total is inferred: a warning
                "2023年全县一般公共预算收入52480万元,比上年增长6.2%。从收入结构看,"
                "税收收入38260万元,增长4.1%;非税收入14120万元,增长12.3%。",
                (("sum", "52480", "disagrees"),),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
            Example(
                # a context that names nothing ("按采购项目分"): the figure before is the total
                # when the parts reach it, within the rounding of the print too (sh-shanghai-2006,
                # heldout): 43.48 + 75.27 + 3.83 = 122.58, printed 122.59 (a warning); the
                # shares are of the list's sum: 3.83 / 122.58 = 3.1245% -> 3.12, printed 3.13
                "全市采购金额122.59亿元。按采购项目分,货物采购43.48亿元,占35.47%;工程采购75.27亿元,"
                "占61.4%;服务采购3.83亿元,占3.13%。",
                (
                    ("sum", "122.59", "rounding"),
                    ("share", "35.47", "agrees"),
                    ("share", "61.4", "agrees"),
                    ("share", "3.13", "rounding"),
                ),
                (("arithmetic.breakdown-sum", "warning"), ("arithmetic.share", "warning")),
            ),
            Example(
                # parts that reach no figure before, even within rounding: no total is read
                # (43.48 + 75.27 + 3.83 = 122.58, the figure before 132.59)
                "全市采购金额132.59亿元。按采购项目分,货物采购43.48亿元;工程采购75.27亿元;"
                "服务采购3.83亿元。",
                (),
            ),
            Example(
                # 3080 + 2180 = 5260; 7000 + 5400 = 12400; 5260 / 12400 = 42.4194% -> 42.4;
                # 3080 / 7000 = 44.0%; 2180 / 5400 = 40.3704% -> 40.4
                "全县完成财政总收入5260万元,占年初预算12400万元的42.4%。按级次分:"
                "上划中省收入3080万元,占年初预算7000万元的44.0%;地方一般公共预算收入2180万元,"
                "占年初预算5400万元的40.4%。",
                (
                    ("completion", "42.4", "agrees"),
                    ("sum", "5260", "agrees"),
                    ("budget-sum", "12400", "agrees"),
                    ("completion", "44.0", "agrees"),
                    ("completion", "40.4", "agrees"),
                ),
            ),
            Example(
                # 21480 + 15320 + 9860 + 39860 = 86520
                "2023年全县一般公共预算支出86520万元。在一般公共预算支出中,教育支出21480万元,"
                "社会保障和就业支出15320万元,卫生健康支出9860万元,其他支出39860万元。",
                (("sum", "86520", "agrees"),),
            ),
            Example(
                # a second breakdown of the same total in a sentence of its own, that adds up, is a
                # claim of its own: 1.38 + 1 = 2.38 (by kind) and 2.38 + 0 + 0 = 2.38 (by nature)
                "2020年由省级代为发行地方政府债券2.38亿元,其中:一般债券1.38亿元,专项债券1亿元。\n"
                "按债券性质分:由省级代为发行新增债券2.38亿元,由省级代为发行置换债券0.00亿元,"
                "由省级代为发行再融资债券0.00亿元。",
                (("sum", "2.38", "agrees"), ("sum", "2.38", "agrees")),
            ),
            Example(
                # a context in the middle of the sentence that names the figure before it:
                # 14412.87 + 166.87 + 49.59 = 14629.33
                "本年度我院项目支出14,629.33万元,占总支出的54.19%,在项目支出当中,教育事业支出"
                "14,412.87万元,科研支出166.87万元,医疗卫生支出49.59万元。",
                (("sum", "14629.33", "agrees"),),
            ),
            Example(
                # the same with the parts not adding up: 14412.87 + 166.87 + 94.59 = 14674.33
                "本年度我院项目支出14,629.33万元,占总支出的54.19%,在项目支出当中,教育事业支出"
                "14,412.87万元,科研支出166.87万元,医疗卫生支出94.59万元。",
                (("sum", "14629.33", "disagrees"),),
                (("arithmetic.breakdown-sum", "error"),),
            ),
        ),
    ),
    Form(
        "parallel subjects",
        "Sentences whose subjects share a name, the first one the whole (“全市…”, “来自…”): the"
        " others are its parts (“中央级…”, “省级…”, “市级…”); a weak reading.",
        "主语名称相同的连续句子，第一句为总体（“全市……”“来自……”），其余为其组成部分；结构系推断。",
        ("claims._parallel_subjects",),
        (
            Example(
                # 58.2 + 21.7 + 46.6 = 126.5
                "全市一般公共预算收入完成126.5亿元。中央级一般公共预算收入完成58.2亿元。"
                "省级一般公共预算收入完成21.7亿元。市级一般公共预算收入完成46.6亿元。",
                (("sum", "126.5", "agrees"),),
            ),
            Example(
                # 58.2 + 21.7 + 45.6 = 125.5, not 126.5
                "全市一般公共预算收入完成126.5亿元。中央级一般公共预算收入完成58.2亿元。"
                "省级一般公共预算收入完成21.7亿元。市级一般公共预算收入完成45.6亿元。",
                (("sum", "126.5", "disagrees"),),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
            Example(
                # counts in 笔 (a measure word of loans and payments): 1161 + 980 + 540 = 2681
                "全市公积金中心发放贷款2681笔。市本级公积金中心发放贷款1161笔。宿松公积金中心发放"
                "贷款980笔。桐城公积金中心发放贷款540笔。",
                (("sum", "2681", "agrees"),),
            ),
            Example(
                # (安庆 公积金 2017 1-4月, unkeyed, ah-anqing-zfgjj): each sentence's first
                # figure of the first one's dimension only: no 153.95亿元 added into a count of
                # loans
                "全市共发放贷款2681笔,同比增长6.56%;贷款金额8.36亿元,同比下降0.96%。其中,市本级"
                "发放贷款1161笔,贷款金额3.64亿元,同比分别下降14.82%、17.30%。截至4月底,全市累计发放"
                "贷款88758笔,贷款总额153.95亿元,贷款余额95.78亿元;其中市本级累计发放贷款36046笔,"
                "贷款总额79亿元,贷款余额48.50亿元。",
                (),
            ),
        ),
    ),
    Form(
        "a heading's figures and the numbered items below it",
        "“(一)总收入A万元,其中本年收入B万元,…。收入具体情况如下。1.…C万元…。2.…D万元…。3.…”:"
        " the items one level below add up to one of the heading's figures — all of them, or the"
        " first ones only (本年收入 = 1 + 2, 总收入 = 1 + 2 + 3); a change opening the sentence"
        " after an item's (“较2020年度决算数减少…”) is that item's. Inferred, so a disagreement"
        " is a warning. A heading's amount may be in brackets at its end (“一、中央财政衔接资金"
        "(5273万元)”).",
        "“（一）总收入A万元，其中本年收入B万元……。1.……C万元……2.……D万元……3.……”：下一级各项"
        "之和等于标题句中的某个数——全部各项或前几项（本年收入 = 1 + 2，总收入 = 1 + 2 + 3）；"
        "紧随其后以“较……”开头的句子是该项的增减。系推断，不符时报警告。标题的金额可印在其末尾的"
        "括号内（“一、中央财政衔接资金(5273万元)”）。",
        (
            "claims._outline_lists",
            "claims._exact_prefix",
            "claims._change_of",
            "claims._BRACKET_END",
        ),
        (
            Example(
                # numbered items after a total named without 总 or 合计, no word calling them its
                # parts (财政部 2019年1-11月 国有企业, gov.cn): a weak claim only when they add up,
                # 29371.5 + 11925.9 = 41297.4
                "四、应交税费。1-11月,国有企业应交税费41297.4亿元,同比下降0.4%。(1)中央企业29371.5亿元,"
                "同比下降0.2%。(2)地方国有企业11925.9亿元,同比下降1.1%。",
                (("sum", "41297.4", "agrees"),),
            ),
            Example(
                # the same items not adding up (29371.5 + 10925.9 = 40297.4): no claim, as they
                # may be some of it
                "四、应交税费。1-11月,国有企业应交税费41297.4亿元,同比下降0.4%。(1)中央企业29371.5亿元,"
                "同比下降0.2%。(2)地方国有企业10925.9亿元,同比下降1.1%。",
                (),
            ),
            Example(
                # a heading's amount in brackets at its end (sc-dazhou-dachuan-xczxj-2024-zjfp,
                # heldout36, figures changed): 2993.7 + 1050 + 1229.3 = 5273; 1843.72 + 3665.28
                "一、中央财政衔接资金(5273万元)\n(一)支持产业发展2993.7万元;\n(二)易地扶贫搬迁后续"
                "扶持项目1050万元;\n(三)按1%提取项目管理费1229.3万元。\n二、省级财政衔接资金(5509"
                "万元)\n(一)支持巩固脱贫攻坚成果项目1843.72万元;\n(二)支持产业发展3665.28万元。",
                (("sum", "5273", "agrees"), ("sum", "5509", "agrees")),
            ),
            Example(
                # 382.17 + 8.38 = 390.55 (本年收入); + 190.89 = 581.44, printed 581.45 (a
                # warning: within the rounding of the three items); changes 157.86 + 17.40 =
                # 175.26; 175.26 / 565.81 = 30.97% -> 31; 157.86 / 540.03 = 29.23% -> 29.2;
                # 17.40 / 25.78 = 67.49% -> 67.5; 7.63 / 198.52 = 3.84% -> 3.8
                "(一)本单位2021年度总收入581.45万元,其中本年收入390.55万元,较2020年度决算数"
                "减少175.26万元,下降31%。收入具体情况如下。\n1.一般公共预算财政拨款收入382.17万元,"
                "为市本级财政当年拨付的资金。较2020年度决算数减少157.86万元,下降29.2%。\n"
                "2.上级补助收入8.38万元,为事业单位开展业务活动取得的收入。较2020年度决算数减少"
                "17.40万元,下降67.5%。\n3.上年结转和结余190.89万元,为以前年度结转的资金。"
                "较2020年度决算数减少7.63万元,下降3.8%。\n(二)本单位2021年度总支出581.45万元。",
                (
                    ("sum", "581.45", "rounding"),
                    ("sum", "390.55", "agrees"),
                    ("change-sum", "175.26", "agrees"),
                    ("change-rate", "31", "agrees"),
                    ("change-rate", "29.2", "agrees"),
                    ("change-rate", "67.5", "agrees"),
                    ("change-rate", "3.8", "agrees"),
                ),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
        ),
    ),
    Form(
        "the gap between two named figures (A高出B)",
        "“锡林郭勒盟实现财政收入19.68亿元,包头实现财政收入19.0亿元,锡林郭勒盟高出包头0.68亿元”: an"
        " amount labelled “A高出/多于/超出B” (or “少于/低于”) is the difference of the two figures"
        " printed before it in the sentence whose subjects open with A and with B, one each.",
        "“锡林郭勒盟实现财政收入19.68亿元，包头实现财政收入19.0亿元，锡林郭勒盟高出包头0.68亿元”："
        "标为“A高出/多于/超出B”（或“少于/低于”）的金额，是句中此前以A、B开头的两个数之差（各限一个）。",
        ("claims._named_gaps",),
        (
            Example(
                # 19.68 - 19.0 = 0.68 (nm-neimenggu-czt-2024, heldout4)
                "同期,锡林郭勒盟实现财政收入19.68亿元,包头实现财政收入19.0亿元,锡林郭勒盟高出包头"
                "0.68亿元,暂列第四位。",
                (("difference", "0.68", "agrees"),),
            ),
            Example(
                # 19.68 - 19.0 = 0.68, printed 0.78
                "同期,锡林郭勒盟实现财政收入19.68亿元,包头实现财政收入19.0亿元,锡林郭勒盟高出包头"
                "0.78亿元,暂列第四位。",
                (("difference", "0.78", "disagrees"),),
                (("arithmetic.change-amount", "error"),),
            ),
            Example(
                # 少于: the second − the first = 12 - 10 = 2
                "甲单位支出10万元,乙单位支出12万元,甲单位少于乙单位2万元。",
                (("difference", "2", "agrees"),),
            ),
            Example(
                # two figures open with 甲单位: which is meant is not known, nothing is claimed
                "甲单位支出10万元,甲单位收入11万元,乙单位支出12万元,甲单位少于乙单位2万元。",
                (),
            ),
        ),
    ),
    Form(
        "a figure in the opening 在…中 and the clauses after it",
        "“在全市122.59亿元采购金额中,市本级完成32.57亿元,…;区县级完成90.02亿元,…”: the one"
        " figure of the opening context is the whole the clauses after it (split by “;”) break"
        " down, each by its first amount. Inferred (the clauses may name only some parts), so a"
        " disagreement is a warning.",
        "“在全市122.59亿元采购金额中，市本级完成32.57亿元……；区县级完成90.02亿元……”：句首语境中的"
        "唯一数额为总额，其后以分号分隔的各分句首个金额为其组成部分。系推断，不符时报警告。",
        ("claims._context_figure_lists",),
        (
            Example(
                # 32.57 + 90.02 = 122.59 (sh-shanghai-2006-zfcg, heldout); each part's share of
                # it: 32.57 / 122.59 = 26.57%, 90.02 / 122.59 = 73.43%; 10.55 / (32.57 - 10.55)
                # = 47.91%
                "在全市122.59亿元采购金额中,市本级完成32.57亿元,增加10.55亿元,同比增长47.9%,"
                "占全部采购金额的"
                "26.57%;区县级完成90.02亿元,占全部采购金额的73.43%。",
                (
                    ("sum", "122.59", "agrees"),
                    ("change-rate", "47.9", "agrees"),
                    ("share", "26.57", "agrees"),
                    ("share", "73.43", "agrees"),
                ),
            ),
            Example(
                # 32.57 + 80.02 = 112.59, printed 122.59
                "在全市122.59亿元采购金额中,市本级完成32.57亿元;区县级完成80.02亿元。",
                (("sum", "122.59", "disagrees"),),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
            Example(
                # one clause after the context: one part is not a breakdown
                "在全市122.59亿元采购金额中,市本级完成32.57亿元,增加10.55亿元,同比增长47.9%。",
                (("change-rate", "47.9", "agrees"),),
            ),
        ),
    ),
    Form(
        "items under a heading, closed by a catch-all",
        "“…税收收入865.4亿元…。主要税收收入项目情况如下:↵增值税393.9亿元,…↵契税、土地增值税等地方"
        "税收242.2亿元”: the amounts on the lines after a heading that names a total (one or more"
        " per line) add up to that total, printed before the heading, when the last item is a"
        " catch-all (…等…, 其他…). Without one the main items are only part of it: nothing is"
        " claimed. So do the numbered items after a figure whose sentence ends “具体完成情况:”."
        " Inferred, so a disagreement is a warning.",
        "“……税收收入865.4亿元……。主要税收收入项目情况如下：↵增值税393.9亿元……↵契税、土地增值税等"
        "地方税收242.2亿元”：标题所称总额之下逐行列示的各项，以“……等……”“其他……”兜底收尾时，"
        "其和应等于标题前列示的该总额；无兜底项则只是主要项目，不作判断。句末为“具体完成情况：”的数额与其后"
        "编号各项亦然。系推断，不符时报警告。",
        ("claims._itemised_lists", "claims._outline_lists"),
        (
            Example(
                # 393.9 + 181.4 + 47.9 + 242.2 = 865.4 (tj-tianjin-czj-nd-yszx, heldout)
                "上半年,全市一般公共预算收入1144.4亿元。其中:地方税收收入865.4亿元;非税收入279亿元。"
                "主要税收收入项目情况如下:\n增值税393.9亿元,同比增长8.1%;\n企业所得税181.4亿元;\n"
                "个人所得税47.9亿元;\n契税、土地增值税等地方税收242.2亿元。\n(二)支出情况\n",
                (("sum", "1144.4", "agrees"), ("sum", "865.4", "agrees")),
            ),
            Example(
                # two items on one numbered line: 124.6 + 45 + 14.6 + 9.5 + 8.7 = 202.4, printed
                # 203.4
                "全省税收收入203.4亿元,增长21.5%。主要税收收入项目情况:\n1.国内增值税124.6亿元。\n"
                "2.企业所得税45亿元。\n3.土地和房地产相关税收中,土地增值税14.6亿元;城镇土地使用税"
                "9.5亿元。\n4.环境保护税、车船税等其他税收收入8.7亿元。\n(二)支出情况\n",
                (("sum", "203.4", "disagrees"),),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
            Example(
                # numbered items after "具体完成情况:", the last a catch-all (tj-tianjin-baodi,
                # heldout5): 63728 + 28065 + 5691 + 124354 + 95568 = 317406; the spending's
                # items have none (main items only): not summed
                "一般公共预算收入317406万元,占调整预算100.1%,具体完成情况:\n(1)增值税63728万元;\n"
                "(2)企业所得税28065万元;\n(3)个人所得税5691万元;\n(4)城市维护建设税、房产税等其他"
                "税收124354万元;\n(5)行政事业性收费、罚没等非税收入95568万元。\n"
                "一般公共预算支出906007万元,具体完成情况:\n(1)一般公共服务支出112861万元;\n"
                "(2)公共安全支出50826万元。\n",
                (("sum", "317406", "agrees"),),
            ),
            Example(
                # the same, misprinted: the items add up to 317406, printed 318406
                "一般公共预算收入318406万元,占调整预算100.1%,具体完成情况:\n(1)增值税63728万元;\n"
                "(2)企业所得税28065万元;\n(3)个人所得税5691万元;\n(4)城市维护建设税、房产税等其他"
                "税收124354万元;\n(5)行政事业性收费、罚没等非税收入95568万元。\n",
                (("sum", "318406", "disagrees"),),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
            Example(
                # the main items only, no catch-all: 314.5 + 86.8 is not all of 1532.7
                "全市一般公共预算支出1532.7亿元。主要支出科目情况如下:\n社会保障和就业支出314.5亿元;"
                "\n卫生健康支出86.8亿元。\n",
                (),
            ),
        ),
    ),
    Form(
        "a list whose items have lists of their own (an outline)",
        "“一、…预算支出723372万元,分别为:↵(一)…408207万元,其中:↵1.新建项目…148486万元,其中:↵"
        "(1)…↵2.续建项目…259721万元,其中:↵(1)…↵(6)历年已完工…项目,预算支出118347万元。↵(二)…"
        "315165万元”: a list's items are those numbered like its first; an item numbered deeper"
        " is a part of the item before it (its own list), one numbered higher ends the list; an"
        " item numbered like the ones before it is a part even when it names itself at length;"
        " a paragraph without a number among numbered items goes on with the item before it.",
        "“一、……预算支出723372万元，分别为：↵(一)……其中：↵1.……其中：↵(1)……↵(二)……”：一组分项"
        "以首项的编号层级为准；层级更低的编号项属于其前一项（自成一组），层级更高的编号项结束"
        "该组；与前项同级编号的项即使名称较长、带逗号，仍为分项；编号项之间未编号的段落属于其前"
        "一项。",
        ("claims._gather", "claims._levels"),
        (
            Example(
                # a paragraph without a number among numbered items (其他税种…) goes on with the
                # item before it: 322551 + 55290 = 377841, the actual figure (tj-heping-2021-czsz,
                # heldout36); the completion names the adjusted budget in the same sentence:
                # 377841 / 368000 = 102.674% -> 102.67. (增值税, 企业所得税 and 个人所得税 are not
                # all of 税收收入: 其他税种 is the rest, in the next paragraph, the catch-all right
                # after them: 100103 + 51749 + 16630 + 154069 = 322551)
                "2021年一般公共预算收入为355000万元,调整为368000万元,实际收入377841万元,比2020年增加"
                "57452万元,增长17.93%,完成调整预算的102.67%。其中:\n1.税收收入322551万元,较2020年"
                "增长14.58%。其中,增值税收入100103万元;企业所得税收入51749万元;个人所得税收入16630"
                "万元。\n其他税种154069万元,较2020年增长12.24%。主要包括房产税55483万元、契税31873万元、"
                "其他税收收入66713万元。\n2.非税收入55290万元,较2020年增长42.20%。",
                (
                    ("sum", "377841", "agrees"),
                    ("change-rate", "17.93", "agrees"),
                    ("completion", "102.67", "agrees"),
                    ("sum", "322551", "agrees"),
                    ("sum", "154069", "agrees"),
                ),
            ),
            Example(
                # zj-quzhou-szfb-2024-tzys (heldout28), figures changed: 400 + 300 = 700;
                # 150 + 250 = 400; 50 + 100 = 150; 200 + 60 = 260, not 250
                "一、2024年市级政府投资预算支出700万元,分别为:\n"
                "(一)市级财政资金安排项目5个,预算支出400万元,其中:\n"
                "1.新建项目2个,预算支出150万元,其中:\n(1)城市建设项目1个,预算支出50万元;\n"
                "(2)社会事业项目1个,预算支出100万元。\n2.续建项目3个,预算支出250万元,其中:\n"
                "(1)城市建设项目2个,预算支出200万元;\n"
                "(2)历年已完工但尚需支付工程款项目,预算支出60万元。\n"
                "(二)新城资金安排项目4个,预算支出300万元。\n二、资金来源另行下达。",
                (
                    ("sum", "700", "agrees"),
                    ("sum", "400", "agrees"),
                    ("sum", "150", "agrees"),
                    ("sum", "250", "disagrees"),
                    # the projects' counts (see the next form): 2 + 3 = 5; 1 + 1 = 2 (the 250
                    # list's second item prints no count: nothing claimed)
                    ("sum", "5", "agrees"),
                    ("sum", "2", "agrees"),
                ),
                (("arithmetic.breakdown-sum", "error"),),
            ),
        ),
    ),
    Form(
        "items printed with how many things each amount is for",
        "“安排项目86个,预算支出408207万元,其中:↵1.新建项目41个,预算支出148486万元…↵2.续建项目45个,"
        "预算支出259721万元…”: when a list's total and every part print a count right before the"
        " amount, in the same measure word, the counts add up like the amounts (a weak reading);"
        " a part without a count leaves them unclaimed.",
        "“安排项目86个，预算支出408207万元，其中：↵1.新建项目41个……↵2.续建项目45个……”：合计与各分项"
        "金额前均列有同一量词的个数时，个数亦应相加相符（结构系推断）；某分项未列个数则不核对。",
        ("claims._item_counts", "claims._counted_before"),
        (
            Example(
                # 41 + 45 = 86, printed 88 (a warning: inferred); the amounts add up
                "市级财政资金安排项目88个,预算支出408207万元,其中:\n"
                "1.新建项目41个,预算支出148486万元;\n2.续建项目45个,预算支出259721万元。",
                (("sum", "408207", "agrees"), ("sum", "88", "disagrees")),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
        ),
    ),
    Form(
        "a whole place, then its own level and the levels under it (本级, 县(区))",
        "“…百色市完成政府采购预算为10.56亿元,实际采购金额为9.14亿元…。首季市本级完成政府采购预算"
        "1.68亿元,实际采购金额1.48亿元…。县(区)政府采购预算8.47亿元,实际采购金额7.66亿元…”: a"
        " figure of the whole place (全市, or the place named), then the same figure of its own"
        " level (本级) and of the levels under it (县(区), 乡镇) in the sentences after it: the two"
        " add up to the whole (a weak reading); not read when another scope (开发区, 园区…) is"
        " named.",
        "“……百色市完成政府采购预算为10.56亿元……。首季市本级完成政府采购预算1.68亿元……。县(区)"
        "政府采购预算8.47亿元……”：先列全地区（全市或地名）的数，其后各句分列本级与下级（县(区)、"
        "乡镇）的同一数时，二者之和应等于全地区数（结构系推断）；文中另有开发区、园区等范围时"
        "不核对。",
        ("claims._scope_sums", "claims._scope_of", "claims._core"),
        (
            Example(
                # gx-baise-shi (heldout27): 1.68 + 8.47 = 10.15, not 10.56 (a warning: the
                # structure is read from the words); 1.48 + 7.66 = 9.14
                "今年1月—3月,百色市完成政府采购预算为10.56亿元,实际采购金额为9.14亿元。\n"
                "首季市本级完成政府采购预算1.68亿元,实际采购金额1.48亿元。"
                "县(区)政府采购预算8.47亿元,实际采购金额7.66亿元。",
                (("sum", "10.56", "disagrees"), ("sum", "9.14", "agrees")),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
            Example(
                # a development zone is a third scope: 本级 + 县(区) need not be all of it
                "全市完成政府采购预算12.56亿元。市本级完成政府采购预算1.68亿元。"
                "县(区)政府采购预算8.47亿元,开发区政府采购预算2.41亿元。",
                (),
            ),
        ),
    ),
    Form(
        "a part within another part (国家财政性教育经费 ⊃ 一般公共预算教育经费)",
        "“其中:国家财政性教育经费64507万元,一般公共预算教育经费64469万元”: among a total's"
        " parts, one whose name is within another's (vocabulary.NESTED_NAMES:"
        " 国家财政性教育经费 holds 一般公共预算教育经费, 一般公共预算收入 holds 税收收入 and"
        " 非税收入, 税收收入 each tax) is no part besides it; an item of 其他… holds none.",
        "“其中：国家财政性教育经费64507万元，一般公共预算教育经费64469万元”：合计的各分项中，名称"
        "包含于另一分项的（如国家财政性教育经费包含一般公共预算教育经费，一般公共预算收入包含"
        "税收收入和非税收入，税收收入包含各税种）不另作分项；“其他……”一项不包含其他分项。",
        ("claims._held_parts", "vocabulary.NESTED_NAMES"),
        (
            Example(
                # ha-luoyang-luanchuan (heldout11): 64469 is within 64507, so 73728 has one part
                # named (no sum); 61554 + 2569 + 346 = 64469; (73728 - 81381) / 81381 =
                # -9.404%, printed -9.41 (within the rounding of the integers: a warning)
                "2021年,全县教育经费总投入为73728万元,比上年的81381万元增长-9.41%。其中:国家财政"
                "性教育经费64507万元,一般公共预算教育经费64469万元(教育事业费61554万元,基本建设"
                "经费2569万元,教育费附加346万元)。",
                (("change-rate", "-9.41", "rounding"), ("sum", "64469", "agrees")),
                (("arithmetic.change-rate", "warning"),),
            ),
            Example(
                # jx-jingdezhen-fuliang (heldout15): 税收收入 and 非税收入 are within
                # 一般公共预算收入 7.71: 7.71 + 21.64 + 2.82 + 3.67 + 1.24 + 0.76 = 37.84;
                # 5.93 + 1.78 = 7.71; 1.91 + 18.05 + 1.68 = 21.64
                "(1)全县完成一般公共预算收入7.71亿元,其中:税收收入5.93亿元、非税收入1.78亿元)、"
                "上级补助收入21.64亿元(其中:返还性收入1.91亿元、一般性转移支付18.05亿元、专项转移"
                "支付1.68亿元)、上年结余收入2.82亿元、调入资金3.67亿元、债务转贷收入1.24亿元、运用"
                "预算稳定调节基金0.76亿元,总收入合计37.84亿元。",
                (
                    ("sum", "7.71", "agrees"),
                    ("sum", "21.64", "agrees"),
                    ("sum", "37.84", "agrees"),
                ),
            ),
            Example(
                # (宽城区 2021 统计公报, jckc.gov.cn, miss 40): the taxes after 税收收入 are within
                # it: 8.5 has one part named (no sum; not 7.8 + 1.6 + 1.0)
                "地方财政收入完成8.5亿元,比上年增长2.9%。其中税收收入完成7.8亿元,比上年增长10.7%;"
                "增值税完成1.6亿元,比上年下降4.4%;企业所得税完成1.0亿元,比上年下降12.1%。",
                (),
            ),
            Example(
                # an item of 其他 taxes is a sibling of those named, not their whole: 0.5 + 0.3 +
                # 0.2 = 1
                "税收收入完成1亿元。其中增值税0.5亿元,企业所得税0.3亿元,车船税等其他税收收入0.2亿元。",
                (("sum", "1", "agrees"),),
            ),
            Example(
                # the same with 其余 (vocabulary.CATCH_ALL_WORDS): 0.5 + 0.3 + 0.2 = 1
                "税收收入完成1亿元。其中增值税0.5亿元,企业所得税0.3亿元,车船税等其余税收收入0.2亿元。",
                (("sum", "1", "agrees"),),
            ),
        ),
    ),
    Form(
        "a figure, then items numbered at the top level closed by a catch-all",
        "“二、本级体育彩票公益金使用情况…分配使用彩票公益金7375.29万元。↵一、群众体育4348.97万元…↵"
        "二、竞技体育2307.91万元…↵三、其他支出718.41万元”: items numbered at the top level (一、)"
        " after a figure, or numbered again from 一、 under a heading of that level, are sections,"
        " not parts, unless the last is a catch-all (其他…), which closes them as its breakdown"
        " (a weak reading).",
        "“二、本级体育彩票公益金使用情况……7375.29万元。↵一、群众体育……↵二、竞技体育……↵三、其他支出"
        "……”：数字之后以“一、”编号（或在同级标题下重新从“一、”编号）的各项通常是章节而非分项，"
        "末项为“其他”时才视为该数的构成（结构系推断）。",
        ("claims._outline_lists", "claims._outline_list"),
        (
            Example(
                # fj-fuzhou-tiyuju (heldout12): 4348.97 + 2307.91 + 718.41 = 7375.29
                "二、本级体育彩票公益金使用情况2020年度,本级分配使用彩票公益金7375.29万元。\n"
                "一、群众体育4348.97万元\n二、竞技体育2307.91万元\n三、其他支出718.41万元\n"
                "特此公告。",
                (("sum", "7375.29", "agrees"),),
            ),
            Example(
                # the same without a heading, misprinted: 4348.97 + 2307.91 + 718.41 = 7375.29,
                # printed 7385.29 (a warning: inferred)
                "本级分配使用彩票公益金7385.29万元。\n一、群众体育4348.97万元\n"
                "二、竞技体育2307.91万元\n三、其他支出718.41万元\n特此公告。",
                (("sum", "7385.29", "disagrees"),),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
            Example(
                # no catch-all: the sections of a report, not a breakdown
                "本级分配使用彩票公益金7385.29万元。\n一、群众体育4348.97万元\n"
                "二、竞技体育2307.91万元\n三、下一步工作安排\n特此公告。",
                (),
            ),
        ),
    ),
    Form(
        "numbered project and sub-projects",
        "“1.…项目…实际支出T万元。” followed by “(1)…实际支出A万元。(2)…”: the sub-projects'"
        " spending adds up to the project's.",
        "“1.某项目……实际支出T万元”之下“(1)(2)……”各子项目支出之和应等于项目支出。",
        ("claims._outline_lists",),
        (
            Example(
                # 150.2 + 95.4 = 245.6
                "1.道路维护项目,年初预算300万元,实际支出245.6万元。\n"
                "(1)路面修补,实际支出150.2万元。\n(2)桥梁检测,实际支出95.4万元。",
                (("sum", "245.6", "agrees"),),
            ),
            Example(
                # 150.2 + 85.4 = 235.6, not 245.6; the outline is inferred: a warning
                "1.道路维护项目,年初预算300万元,实际支出245.6万元。\n"
                "(1)路面修补,实际支出150.2万元。\n(2)桥梁检测,实际支出85.4万元。",
                (("sum", "245.6", "disagrees"),),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
        ),
    ),
    Form(
        "the actual figure against its budget (支出数比预算数)",
        "““三公经费”支出数为2,574.69万元,预算数为9,564.38万元,…支出数比预算数减少6989.69万元,"
        "下降率为73.08%”: 支出数 names the actual figure; a change against the budget is the actual"
        " figure's, printed before the budget (the rate is the change over the budget), and a"
        " bracket that says what the budget was changed to (“年初预算数1,984.38万元,…追加到"
        "9,564.38万元”) is its history, not its parts.",
        "“……支出数为2,574.69万元，预算数为9,564.38万元……支出数比预算数减少6989.69万元，下降率为"
        "73.08%”：“支出数”为执行数；与预算相比的增减额是执行数的，增减率为增减额 ÷ 预算数；说明"
        "预算调整经过的括注（“年初预算数1,984.38万元……追加到9,564.38万元”）不是其组成部分。",
        ("claims._changes", "claims._actual_before", "claims._check_list", "facts.canonical"),
        (
            Example(
                # heldout16 zy-youzhengju: 9564.38 - 2574.69 = 6989.69; 6989.69 / 9564.38 =
                # 73.080% -> 73.08
                "国家邮政局2012年“三公经费”支出数为2,574.69万元,预算数为9,564.38万元(年初预算数"
                "1,984.38万元,由于机构调整追加到9,564.38万元),支出数比预算数减少6989.69万元,下降"
                "率为73.08%。",
                (("difference", "6989.69", "agrees"), ("change-rate", "73.08", "agrees")),
            ),
            Example(
                # 378 - 363.82 = 14.18; 14.18 / 378 = 3.751% -> 3.75, not 3.57
                "因公出国费支出数363.82万元,预算数378万元,支出数比预算数减少14.18万元,下降率为"
                "3.57%。",
                (("difference", "14.18", "agrees"), ("change-rate", "3.57", "disagrees")),
                (("arithmetic.change-rate", "error"),),
            ),
        ),
    ),
    Form(
        "a change and its numbered items below (如下:)",
        "“基本支出预算较上年增59.11万元。主要变动原因如下:↵1.工资福利支出较上年增94.22万元…↵2.…↵3.…较上年"
        "(减少)16.23万元”: a change whose sentence (or the line after it) ends with 如下:, then"
        " numbered items at one outline level each opening with a change (无增减 a zero; a verb in"
        " brackets"
        " read as the verb): the items' signed changes add up to it (inferred: a disagreement is a"
        " warning). The main items only (“主要支出项目情况如下”) are a claim only when they add up;"
        " an item without a change, or with items of its own, leaves the list unread.",
        "“基本支出预算较上年增59.11万元。主要变动原因如下：↵1.工资福利支出较上年增94.22万元……↵2.……↵3.……"
        "较上年（减少）16.23万元”：增减额所在句（或其后一行）以“如下：”结束，其后为同一级编号的各项，各以"
        "增减额开头（“无增减”为零；括号中的增减词照常读取）：各项增减额（带符号）之和应等于该增减额（结构"
        "系推断，不符为警告）。只列主要项目的（“主要支出项目情况如下”）相符时才核对；某项无增减额或另有"
        "下级编号的，不读。",
        ("claims._itemised_changes", "facts._classify"),
        (
            Example(
                # 39.94 + 0 + 10.86 = 50.80 (yn-lincang-chayesuo-2018-bmys, heldout25)
                "2018年基本支出预算较上年增50.8万元,增幅19.78%。主要变动原因如下:\n"
                "1.工资福利支出较上年增39.94万元,增22.34%。主要原因是:工资标准提高。\n"
                "2.商品和服务支出较上年无增减。\n"
                "3.对个人和家庭补助支出较上年增加10.86万元,增幅13.91%。\n"
                "(二)项目支出预算收支增减情况",
                (("change-sum", "50.8", "agrees"),),
            ),
            Example(
                # 94.22 + 1.11 − 16.23 = 79.10, not 59.11 (yn-lincang-x316346-2018-bmys,
                # heldout25: WRONG)
                "2018年基本支出预算较上年增59.11万元。主要变动原因如下:\n"
                "1.工资福利支出较上年增94.22万元。\n"
                "2.商品和服务支出较上年增1.11万元。\n"
                "3.对个人和家庭补助支出较上年(减少)16.23万元。\n"
                "(二)项目支出预算收支增减情况",
                (("change-sum", "59.11", "disagrees"),),
                (("arithmetic.change-sum", "warning"),),
            ),
            Example(
                # the main items only: 17906 + 53798 + 2697 = 74401 of 211803; nothing to say
                # (hn-yiyang-czj-nd-yszx, the development corpus)
                "全市一般公共预算支出同比增加211803万元。\n主要支出项目情况如下:\n"
                "1.一般公共服务支出同比增加17906万元;\n2.教育支出同比增加53798万元;\n"
                "3.科学技术支出同比增加2697万元。",
                (),
            ),
            Example(
                # item 3's change is in its own items: 0 − 1.5 is not the whole; not read as
                # items, but by the 三公 items' names (a change of its breakdown by name):
                # 0 + 1.5 + 17 = 18.50 (sn-xian-xincheng-weijiju-2019-sgys, heldout6)
                "“三公”经费较上年减少18.50万元。具体情况如下:\n"
                "1、因公出国(境)经费较上年增加(减少)0万元。\n"
                "2、公务接待费较上年减少1.5万元。\n"
                "3、公务用车购置及运行费支出7.5万元,其中:\n"
                "(1)、公务用车运行维护费较上年减少17万元;\n(2)公务用车购置费0万元。",
                (("change-sum", "18.50", "agrees"),),
            ),
        ),
    ),
    Form(
        "a change explained by its main items (主要是)",
        "“收入较2022年增加55.87万元,主要是教育支出增加经费拨款51.17万元,社会保障和就业支出增加9.46"
        "万元,住房保障支出增加1.13万元,卫生健康支出减少5.88万元”: the main items (主要是, 主要为)"
        " may be only some of the change, so a gap is no error; but a gap of one unit of the last"
        " digit is a slip (a warning). A verb followed by what grew (增加经费拨款) is a change, and"
        " so is an adjustment's verb before the names it changed (主要是调增A…、B…).",
        "“收入较2022年增加55.87万元，主要是教育支出增加经费拨款51.17万元……卫生健康支出减少5.88"
        "万元”：“主要是”所列可能只是部分原因，相差不视为错误；但仅差末位一个单位时应为笔误"
        "（警告）。动词后接对象（增加经费拨款）仍为增减额；调整动词在前、后接各项名称的（主要是调增"
        "A……、B……）亦同。",
        (
            "claims._check_list",
            "claims._one_unit_off",
            "claims._gather",
            "facts._CHANGE_CUE",
            "facts._LEADING_ADJUSTMENT",
        ),
        (
            Example(
                # heldout18 cq-qijiang-zhongfeng: 51.17 + 9.46 + 1.13 - 5.88 = 55.88, not 55.87
                "收入较2022年增加55.87万元,主要是教育支出增加经费拨款51.17万元,社会保障和就业支出"
                "增加9.46万元,住房保障支出增加1.13万元,卫生健康支出减少5.88万元。",
                (("change-sum", "55.87", "rounding"),),
                (("arithmetic.change-sum", "warning"),),
            ),
            Example(
                # 55.88 exactly
                "收入较2022年增加55.88万元,主要是教育支出增加经费拨款51.17万元,社会保障和就业支出"
                "增加9.46万元,住房保障支出增加1.13万元,卫生健康支出减少5.88万元。",
                (("change-sum", "55.88", "agrees"),),
            ),
            Example(
                # 55.88 against 58.87: the main items are only some of it, nothing claimed
                "收入较2022年增加58.87万元,主要是教育支出增加经费拨款51.17万元,社会保障和就业支出"
                "增加9.46万元,住房保障支出增加1.13万元,卫生健康支出减少5.88万元。",
                (),
            ),
            Example(
                # a budget adjustment's verb before the names (主要是调增A…、B…): 83620 + 19000 =
                # 102620 (cq-wulong-czj-2020-ystz, heldout27)
                "转移性收入调整为443105万元,调增102620万元,主要是调增上级补助收入83620万元、债务转贷"
                "收入19000万元。",
                (("change-sum", "102620", "agrees"),),
            ),
        ),
    ),
    Form(
        "a box-drawn table (│)",
        "“省市補助│75,824,724│75,122,459│702,265”: the vertical rule of a box-drawn table is a"
        " cell border, read as “|”; a row's figures are then checked like any flattened table's."
        " Columns named as a budget book names them (本年度預算數, 上年度預算數,"
        " 本年度與上年度比較) are read by their names: the comparison is this year's less last"
        " year's, whatever column stands between them. A budget book's table numbered by"
        " 款│項│目│節 before each name is read row by row, a name run over two lines joined, a"
        " line of codes or of 說明 passed over.",
        "“省市補助│75,824,724│75,122,459│702,265”：制表符“│”为单元格边界，按“|”读取，各行数字"
        "与其他展平的表格一样核对。列名为“本年度預算數”“上年度預算數”“本年度與上年度比較”时按列名读取："
        "比较数为本年度减上年度，中间夹有其他列亦然。名称前有“款│項│目│節”编号列的预算书表格逐行读取，"
        "跨两行的名称合并，只有编号或说明的行略过。",
        ("normalise.normalise", "tables._boxed", "tables._named_comparisons"),
        (
            Example(
                # heldout20 tw-shengshi-buzhu: 75,824,724 − 75,122,459 = 702,265; 32,159 − 31,967
                # = 192, not the 228 printed (the row printed 32,195)
                "項目│本年度預算數│上年度預算數│本年度與上年度比較\n"
                "省市補助│75,824,724│75,122,459│702,265\n"
                "行政管理│32,159│31,967│228",
                (("difference", "702265", "agrees"), ("difference", "228", "disagrees")),
                (("arithmetic.change-amount", "error"),),
            ),
            Example(
                # heldout20 tw-sifa-zhichu (中央政府總預算 92, 歲出政事別預算表): 37,440,173 −
                # 37,615,811 = −175,638; 967,221 − 947,044 = 20,177; the 前年度決算數 between
                "  科        目  │          │          │          │本年度與上年度\n"
                "─┬─┬─┬─┬───────┤本年度預算數│上年度預算數│前年度決算數│\n"
                "款│項│目│節│   名   稱   及   編   號   │              │              │       "
                "       │比          較\n"
                "─┼─┼─┼─┼──────────────┼───────┼───────┼───────┼───────\n"
                "  │  │  │  │3500000000                  │              │              │       "
                "       │              \n"
                "5 │  │  │  │司法支出                    │    37,440,173│    37,615,811│    35,405,"
                "957│      -175,638\n"
                "  │1 │  │  │司法院                      │       967,221│       947,044│     1,617,"
                "561│        20,177",
                (("difference", "-175638", "agrees"), ("difference", "20177", "agrees")),
            ),
        ),
    ),
    Form(
        "a bare share after a larger figure of its sentence (以…占X%最高)",
        "“明年度歲出1780.40億元,以教育科學文化支出625.63億元占35.14%最高,其次為經濟發展支出381.21"
        "億元占21.41%”: a bare 占X% of an amount with no total named or found is of the nearest"
        " larger figure before it in its sentence that has no share of its own, or, with none,"
        " of one of the larger figures of the sentence before (weak readings). 成長 is a change"
        " verb (增长). A count of one kind is no share of a count of another (户 of 人).",
        "“明年度歲出1780.40億元，以教育科學文化支出625.63億元占35.14%最高……”：未指明总额的“占X%”，"
        "取本句此前最近、较大且自身无占比的数为总额（结构系推断）。“成長”即“增长”。一种计数单位的数"
        "不是另一种计数单位之数的占比（户与人）。",
        (
            "claims._share",
            "claims._whole_before",
            "vocabulary.CHANGE_VERBS",
            "quantities.counts_alike",
        ),
        (
            Example(
                # a count of 户 is no share of a count of 人 (新疆 国企 2018): 586 / 840764 is not
                # the 4.5% (that is 586 / 12941), so no claim
                "监管企业在岗职工840764人。在境外独立核算企业户数合计586户,占比4.5%。",
                (),
            ),
            Example(
                # heldout20 tw-taoyuan: 625.63 / 1780.40 = 35.140% -> 35.14; 381.21 / 1780.40 =
                # 21.411% -> 21.41; 320.74 / 1780.40 = 18.015% -> 18.02, printed 18.01 (a
                # warning); 1118.56 / 1660.40 = 67.367% -> 67.37
                "明年度歲出1780.40億元,以教育科學文化支出625.63億元占35.14%最高,其次為經濟發展支出"
                "381.21億元占21.41%,社會福利支出320.74億元占18.01%;歲入編列1660.40億元,以稅課收入"
                "1118.56億元占67.37%最高。",
                (
                    ("share", "35.14", "agrees"),
                    ("share", "21.41", "agrees"),
                    ("share", "18.01", "rounding"),
                    ("share", "67.37", "agrees"),
                ),
                (("arithmetic.share", "warning"),),
            ),
            Example(
                # 150.39 / (1787.01 - 150.39) = 9.189% -> 9.19
                "歲出核列1787.01億元,較108年度增加150.39億元,成長9.19%。",
                (("change-rate", "9.19", "agrees"),),
            ),
            Example(
                # none larger in its sentence: the larger figures of the sentence before, each a
                # reading (heldout23 sn-hanzhong-xixiang): 5683 / 14179 = 40.08% -> 40; 5180 /
                # 14179 = 36.53% -> 36.5; 2340 / 14179 = 16.50% -> 16.5, not 16.8 (a warning)
                "2024年5月份,全县政府性基金预算支出完成14179万元,较上年同期减支36662万元,下降72.1%。"
                "主要是其他支出5683万元,占比40%,国有土地使用权出让收入安排的支出5180万元,占比"
                "36.5%,大中型水库移民后期扶持基金支出2340万元,占比16.8%。",
                (
                    ("change-rate", "72.1", "agrees"),
                    ("share", "40", "agrees"),
                    ("share", "36.5", "agrees"),
                    ("share", "16.8", "disagrees"),
                ),
                (("arithmetic.share", "warning"),),
            ),
        ),
    ),
    Form(
        "a share of a total named otherwise, after 其中",
        "“2019年,一般公共财政收入43096万元,完成预算调整数41616万元的103.56%。其中非税收入27490万元,"
        "占县级收入的63.78%”: a share whose total is named by no figure, in a clause opened by"
        " 其中, is read against the larger figures before the 其中 (in its sentence, or the first"
        " and last of the sentence before when it opens with 其中; weak readings). A part further"
        " in the clause 其中 opens is read so against a figure whose words hold the total's name.",
        "“……一般公共财政收入43096万元，完成预算调整数41616万元的103.56%。其中非税收入27490万元，占"
        "县级收入的63.78%”：所指总额没有同名数字、位于“其中”分句的占比，按“其中”之前较大的数"
        "（本句内，或句首即为“其中”时取上一句的首末两个数）核对（结构系推断）。分项离“其中”较远但仍"
        "在“其中”分句内时，只取名称中含所指总额之名的数。",
        ("claims._share", "claims._CLAUSE_AFTER_QIZHONG"),
        (
            Example(
                # (重庆 住房公积金 2022, a 华龙网 report, hunt 57): 291.83 / 350.65 = 83.23%
                "2022年,103.23万名缴存职工提取住房公积金350.65亿元。其中,职工购房、还贷、租房等住房"
                "消费类提取金额291.83亿元,住房消费类提取占当年提取金额的84%。",
                (("share", "84", "disagrees"),),
                (("arithmetic.share", "warning"),),
            ),
            Example(
                # the figure before does not name the total: no reading
                "2020年全国教育经费总投入为53033.87亿元。其中,国家财政性教育经费为42908.15亿元,"
                "占GDP比例为4.22%。",
                (),
            ),
            Example(
                # heldout23 gx-liuzhou-sanjiang: 27490 / 43096 = 63.788% -> 63.79, printed 63.78
                # (a warning)
                "2019年,一般公共财政收入43096万元,完成预算调整数41616万元的103.56%,同比增长87.34%。"
                "其中非税收入27490万元,占县级收入的63.78%,同比上升34个百分点。",
                # (and the completion: 43096 / 41616 = 103.556% -> 103.56)
                (("share", "63.78", "disagrees"), ("completion", "103.56", "agrees")),
                (("arithmetic.share", "warning"),),
            ),
        ),
    ),
    Form(
        "shares after a 其中 of another section, and 占 with a comma",
        "“(三)政府性基金预算收入情况↵…6140万元,…。其中:…↵(四)政府性基金预算支出情况↵…支出完成"
        "14179万元,…。主要是其他支出5683万元,占比40%…”: a 其中 before a heading (“(四)…”) is"
        " another section's, so no share after the heading is of the figure before it; nor is one"
        " of the sibling before a 其中 (“税收收入48510万元,其中,…。非税收入40180万元,非税收入占比为"
        "45.30%”); “占,88.19%” (a comma typed after 占) is a share like “占88.19%”.",
        "“（三）政府性基金预算收入情况↵……6140万元……。其中：……↵（四）政府性基金预算支出情况↵……主要是"
        "其他支出5683万元，占比40%……”：标题（“（四）……”）之前的“其中”属于另一节，标题之后的占比不按"
        "其前的数计算；“其中”之前的数是该分项的同级项时，也不作其基数；“占，88.19%”（“占”后误加逗号）"
        "仍为占比。",
        ("claims._share", "facts._SHARE_CUE", "claims._standard_siblings"),
        (
            Example(
                # 鹤城区 2024 决算: 40180 / 88690 = 45.30% (not of 税收收入 48510, the sibling whose
                # 其中 comes before it: 82.83%, an error before)
                "一般公共预算收入88690万元。税收收入48510万元,其中,增值税12106万元;其他税种36404万元。"
                "非税收入40180万元,非税收入占比为45.30%。",
                (
                    ("sum", "88690", "agrees"),
                    ("sum", "48510", "agrees"),
                    ("share", "45.30", "agrees"),
                ),
            ),
            Example(
                # heldout23 sn-hanzhong-xixiang: the shares are of 14179, never of 6140, the
                # 收入 of the section before (5613 + 527 = 6140; 36662 / (14179 +
                # 36662) = 72.11% -> 72.1)
                "(三)政府性基金预算收入情况\n2024年5月份,全县政府性基金预算收入完成6140万元,较上年"
                "减收4294万元。其中:国有土地使用权出让收入5613万元,城市基础设施配套费收入527万元。\n"
                "(四)政府性基金预算支出情况\n2024年5月份,全县政府性基金预算支出完成14179万元,较上年"
                "同期减支36662万元,下降72.1%。主要是其他支出5683万元,占比40%,国有土地使用权出让收入"
                "安排的支出5180万元,占比36.5%。",
                # (and the shares are read against 14179, the sentence before's: 5683 / 14179 =
                # 40.08% -> 40; 5180 / 14179 = 36.53% -> 36.5)
                (
                    ("sum", "6140", "agrees"),
                    ("change-rate", "72.1", "agrees"),
                    ("share", "40", "agrees"),
                    ("share", "36.5", "agrees"),
                ),
            ),
            Example(
                # heldout22 yn-kunming-xundian-wenlvju: 23005.58 / 26085.58 = 88.193% -> 88.19;
                # 3080 / 26085.58 = 11.807% -> 11.81
                "2022年度三公经费支出决算中,因公出国(境)费支出0元,占0%;公务用车购置及运行维护费支出"
                "23,005.58元,占,88.19%;公务接待费支出3,080元,占11.81%。",
                (
                    ("share", "0", "agrees"),
                    ("share", "88.19", "agrees"),
                    ("share", "11.81", "agrees"),
                ),
            ),
        ),
    ),
    Form(
        "a completion of the year's plan (占年计划X万元的Y%)",
        "“全县一般公共预算地方收入完成82876万元,占年计划75000万元的110.5%。其中,税收收入完成61323"
        "万元,占年计划55000万元的111.5%…非税收入完成21553万元,占年计划20000万元的107.77%”: a plan"
        " (计划, 任务, 目标, 限额, named in a few words or at length: 为市下三季度目标,"
        " 占全县收入计划, 完成年初上报县人民代表大会预算收入计划) printed before “的 N%”"
        " (的 may be left out, or followed by a share's words: 的比例为, 的比重为) is the base of a"
        " completion, like a budget: one claim, no share; no part of a list, and the plans of the"
        " parts add up to the whole's.",
        "“……完成82876万元，占年计划75000万元的110.5%。其中，税收收入完成61323万元，占年计划55000万元"
        "的111.5%……”：“的N%”（“的”可省略，其后也可有“比例为”“比重为”）之前的计划（计划、任务、目标）"
        "数（可带较长的名称，如“占全县收入计划”）与预算数一样是完成比例的基数，只作一项完成率核对，不作占比；不是列表的组成部分；各部分的"
        "计划数之和应等于总数的计划数。",
        ("facts._BASE_PLAN", "facts._OF_PERCENT"),
        (
            Example(
                # targets of the period and of the year (gz-guiyang-guanshanhu-czj-2016-q3-yszx,
                # heldout11): 33.82 / 37.1 = 91.159% -> 91.16; / 33.23 = 101.7755% -> 101.78
                # (its 的 left out); / 42 = 80.524% -> 80.52
                "完成一般公共预算收入33.82亿元,同口径比增长25.63%,为人大预算数37.1亿元的91.16%,"
                "为市下三季度目标33.23亿元101.78%,为市下全年目标42亿元的80.52%。",
                (
                    ("completion", "91.16", "agrees"),
                    ("completion", "101.78", "agrees"),
                    ("completion", "80.52", "agrees"),
                ),
            ),
            Example(
                # unkeyed hn-yueyang-huarong: 61323 + 21553 = 82876; 55000 + 20000 = 75000;
                # 82876 / 75000 = 110.50% -> 110.5; 61323 / 55000 = 111.50% -> 111.5; 21553 /
                # 20000 = 107.765% -> 107.77
                "2023年,全县一般公共预算地方收入完成82876万元,占年计划75000万元的110.5%。其中,税收"
                "收入完成61323万元,占年计划55000万元的111.5%。非税收入完成21553万元,占年计划20000"
                "万元的107.77%。",
                (
                    ("sum", "82876", "agrees"),
                    ("budget-sum", "75000", "agrees"),
                    ("completion", "110.5", "agrees"),
                    ("completion", "111.5", "agrees"),
                    ("completion", "107.77", "agrees"),
                ),
            ),
            Example(
                # the share's words after 的 (written for this form): 82876 / 75000 = 110.50%,
                # not 100.5; one completion, no share of the plan besides; and after 占预算数
                "完成82876万元,占年计划75000万元的比例为100.5%。支出82876万元,占预算数75000万元的"
                "比例为110.5%。",
                (
                    ("completion", "100.5", "disagrees"),
                    ("completion", "110.5", "agrees"),
                ),
                (("arithmetic.completion-rate", "error"),),
            ),
            Example(
                # a plan named at length (unkeyed jx-jiujiang-hukou-x-2023-yszx): 545876 /
                # 552200 = 98.855% -> 98.9; / 550000 = 99.250% -> 99.3; one completion each,
                # no share of the plan besides
                "县财政总收入完成545876万元,完成年初上报县人民代表大会预算收入计划552200万元的98.9%,"
                "完成调整预算收入计划550000万元的99.3%。",
                (("completion", "98.9", "agrees"), ("completion", "99.3", "agrees")),
            ),
            Example(
                # 82876 / 75000 = 110.50%, not 100.5: one completion (an error), no share
                "完成82876万元,占全县收入计划75000万元的100.5%。",
                (("completion", "100.5", "disagrees"),),
                (("arithmetic.completion-rate", "error"),),
            ),
        ),
    ),
    Form(
        "a list closed by its catch-all (其他…)",
        "“年初预算数1211.02万元,其中:一般公共预算拨款224.10万元,…,事业收入986.92万元,事业单位经营"
        "收入0万元,其他收入0.10万元”: the first parts adding up to the total exactly are no reading"
        " of the list when a catch-all (其他…) follows them with a figure of its own, unless the"
        " rest adds up to most of the total (a second breakdown of it); nor when the parts are all"
        " those of a standard breakdown of the total (三公 = 因公出国 + 公务接待 + 公务用车).",
        "“年初预算数1211.02万元，其中：……事业收入986.92万元，事业单位经营收入0万元，其他收入0.10万元”："
        "其后还有带数字的“其他……”项时，前几项恰好相加等于总额不能作为读法；余下各项之和占总额"
        "大半时则是另一种分类。各项恰为总额的标准构成（三公＝因公出国＋公务接待＋公务用车）时亦然。",
        ("claims._exact_prefix",),
        (
            Example(
                # 徐圩乡 2020 三公 预算: 0 + 11.52 + 35 = 46.52, not 11.52 (the first two adding up
                # to the total hid the error)
                "2020年“三公”经费支出预算为11.52万元。其中:因公出国(境)费支出预算为0万元,公务接待费"
                "支出预算为11.52万元,公务用车购置及运行费支出预算为35万元。",
                (("sum", "11.52", "disagrees"),),
                (("arithmetic.breakdown-sum", "error"),),
            ),
            Example(
                # heldout21 cq-wanzhou-tailong: 224.10 + 0 + 0 + 986.92 + 0 + 0.10 = 1211.12,
                # not 1211.02 (224.10 + 986.92 = 1211.02 exactly, but 其他收入 0.10 is a part)
                "(一)收入预算:2025年年初预算数1211.02万元,其中:一般公共预算拨款224.10万元,政府性基金"
                "预算拨款0万元,国有资本经营预算收入0万元,事业收入986.92万元,事业单位经营收入0万元,"
                "其他收入0.10万元。",
                (("sum", "1211.02", "disagrees"),),
                (("arithmetic.breakdown-sum", "error"),),
            ),
            Example(
                # two breakdowns of one total (heldout14 hn-jinshi-wuzhong): 6157140 + 331300 =
                # 6488440, then by source 6404400 + 80000: the first is the reading
                "我校2016年收入预算总额为6488440元,其中,人员经费为6157140元,日常公用经费为331300元,"
                "2016年预算中财政补助收入为6404400元,其他收入为80000元。",
                (("sum", "6488440", "agrees"),),
            ),
        ),
    ),
    Form(
        "a 其中 list that goes on in the next sentence",
        "“年初预算数1282.73万元,其中:一般公共预算拨款1125.76万元,上年结转0.00万元。事业收入"
        "86.97万元,其他收入70.00万元。”: a list that reaches the end of its sentence, followed by a"
        " sentence of bare amounts alone, may go on into it: when the parts then add up they are"
        " the list; when they add up neither way the claim is weak (where the list ends is"
        " unclear).",
        "“年初预算数1282.73万元，其中：一般公共预算拨款1125.76万元，上年结转0.00万元。事业收入"
        "86.97万元，其他收入70.00万元。”：列表至句末，下一句只有金额时可能是其延续：加上后相符"
        "即为该列表；两种读法都不相符时结构不明（只报警告）。",
        ("claims._continued",),
        (
            Example(
                # heldout21 cq-liangping-wenhua: 1125.76 + 0 + 86.97 + 70.00 = 1282.73
                "(一)收入预算2025年年初预算数1282.73万元,其中:一般公共预算拨款1125.76万元,上年结转"
                "0.00万元。事业收入86.97万元,其他收入70.00万元。",
                (("sum", "1282.73", "agrees"),),
            ),
            Example(
                # 1125.76 + 0 = 1125.76, + 86.97 + 60.00 = 1272.73: neither is 1282.73 (weak)
                "(一)收入预算2025年年初预算数1282.73万元,其中:一般公共预算拨款1125.76万元,上年结转"
                "0.00万元。事业收入86.97万元,其他收入60.00万元。",
                (("sum", "1282.73", "disagrees"),),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
        ),
    ),
    Form(
        "a list whose total is named, not printed, before it (…决算数具体包括)",
        "“2010年…“三公经费”财政拨款决算数为4275.98万元,2011年…预算数为3858.24万元。…2010年…决算数"
        "具体包括:出国(境)费1273.75万元,…;2011年…预算数具体包括:…”: words before a list that name"
        " a figure printed in the three sentences before it, at the same phase and year, make it"
        " the list's total; so does a heading that names it (“(一)收入总计主要构成。↵本年收入…;"
        "年初结转结余…”), its parts in the sentence after it.",
        "“2010年……决算数为4275.98万元，2011年……预算数为3858.24万元。……2010年……决算数具体包括："
        "……；2011年……预算数具体包括：……”：列表前的文字指明前三句中同阶段、同年度的某个数时，"
        "该数即为列表的合计；指明该数的标题（“(一)收入总计主要构成。”）之后一句所列亦为其分项。",
        ("claims._totals_before", "claims._named_list_total", "vocabulary.INTRODUCERS"),
        (
            Example(
                # a 决算 说明's headings (xz-quwei-zhengfawei-2024-bmjs, heldout36; the spending
                # side's figures changed so that the statement holds): 7477.5 + 84.95 = 7562.45;
                # 7429.97 + 132.48 = 7562.45; and what is carried to next year, 84.95 + 7477.5 −
                # 7429.97 = 132.48 (本年收入 and 本年支出 read as the 合计 of the year)
                "2024年度收入总计7562.45万元,支出总计7562.45万元。\n(一)收入总计主要构成。\n本年收入"
                "7477.5万元;年初结转结余84.95万元(主要构成是年初结转资金)。\n(二)支出总计主要构成。\n"
                "本年支出7429.97万元;年末结转和结余132.48万元。",
                (
                    ("sum", "7562.45", "agrees"),
                    ("sum", "7562.45", "agrees"),
                    ("balance", "132.48", "agrees"),
                ),
            ),
            Example(
                # the same in one sentence: 7477.5 + 84.95 = 7562.45
                "2024年度收入总计7562.45万元。收入总计主要构成:本年收入7477.5万元;年初结转结余"
                "84.95万元。",
                (("sum", "7562.45", "agrees"),),
            ),
            Example(
                # heldout16 zy-linyeju (traditional): 1273.75 + 2214.45 + 787.78 = 4275.98;
                # 1683.01 + 1504.13 + 671.10 = 3858.24, not 3856.24
                "2010年國家林業局“三公經費”財政撥款決算數為4275.98萬元,2011年“三公經費”財政撥款預算數"
                "為3856.24萬元。\n根據說明,2010年國家林業局“三公經費”財政撥款決算數具體包括:出國(境)"
                "費1273.75萬元,車輛購置及運行費2214.45萬元,公務接待費787.78萬元;2011年“三公經費”"
                "財政撥款預算數具體包括:出國(境)費1683.01萬元,車輛購置及運行費1504.13萬元,公務接待費"
                "671.10萬元。",
                (("sum", "4275.98", "agrees"), ("sum", "3856.24", "disagrees")),
                (("arithmetic.breakdown-sum", "error"),),
            ),
        ),
    ),
    Form(
        "a change and its rate whose figure is printed in the sentence before",
        "“…非税收入累计完成25.51亿元,…。…上半年非税收入同比增收1.63亿元,增长6.8%”: a sentence of"
        " a change and its rate only takes the figure of the same name (a period such as 上半年"
        " aside) from the two sentences before it in its paragraph (a weak reading).",
        "“……非税收入累计完成25.51亿元……。……上半年非税收入同比增收1.63亿元，增长6.8%”：只有增减额和"
        "增减率的句子，取同段前两句中同名（不计“上半年”等期间）的数（结构系推断）。",
        ("claims._changes", "claims._named_before"),
        (
            Example(
                # heldout19 yn-chuxiong-zhou: 1.63 / (25.51 - 1.63) = 6.826% -> 6.8
                "上半年,全州纳入一般公共预算非税收入累计完成25.51亿元,完成州人代会批准预算数32.97"
                "亿元的77.4%。非税收入助推财政增收作用明显,上半年非税收入同比增收1.63亿元,增长6.8%。",
                (("completion", "77.4", "agrees"), ("change-rate", "6.8", "agrees")),
            ),
            Example(
                # 1.63 / 23.88 = 6.826% -> 6.8, not 7.8 (a warning: the figure is inferred)
                "上半年,全州非税收入累计完成25.51亿元。上半年非税收入同比增收1.63亿元,增长7.8%。",
                (("change-rate", "7.8", "disagrees"),),
                (("arithmetic.change-rate", "warning"),),
            ),
        ),
    ),
    Form(
        "a change from one phase to another (预算数比上年执行数)",
        "“…因公出国(境)费2010年实际执行数为11295.77万元,2011年预算数为9411.52万元。2011年预算数比"
        "上年执行数减少1884.25万元”: a change between two phases named in its words is the"
        " difference of the last figures of those phases printed before it, in its sentence or"
        " the one before (a weak reading).",
        "“……2010年实际执行数为11295.77万元，2011年预算数为9411.52万元。2011年预算数比上年执行数"
        "减少1884.25万元”：字面上指明两个阶段的增减额，等于此前（本句或上一句）所列该两阶段数之差"
        "（结构系推断）。",
        ("claims._phase_changes",),
        (
            Example(
                # heldout16 zy-zhongkeyuan: 11295.77 - 9411.52 = 1884.25
                "中科院财政拨款因公出国(境)费2010年实际执行数为11295.77万元,2011年预算数为9411.52"
                "万元。2011年预算数比上年执行数减少1884.25万元。",
                (("difference", "1884.25", "agrees"),),
            ),
            Example(
                # 9995.05 - 8043.66 = 1951.39, not 1915.39 (a warning)
                "公务接待费2010年实际执行数为9995.05万元,2011年预算数为8043.66万元。2011年预算数比"
                "上年执行数减少1915.39万元。",
                (("difference", "1915.39", "disagrees"),),
                (("arithmetic.change-amount", "warning"),),
            ),
        ),
    ),
    Form(
        "a count and another thing joined to it before 其中",
        "“…和8个财政补助事业单位以及国家统计局各级调查队,其中,省级调查总队32个,…”: 其中 after a"
        " second thing joined to the counted one (以及, 和, 及, 与, in the count's own clause)"
        " lists that thing's parts, not the count's.",
        "“……8个财政补助事业单位以及国家统计局各级调查队，其中，省级调查总队32个……”：计数之后"
        "（同一分句内）以“以及、和、及、与”连接另一事物时，“其中”所列是该事物的组成，不是该计数的。",
        ("claims._count_of_another",),
        (
            Example(
                # heldout16 zy-tongjiju: 32 + 15 + 333 + 887 are the 调查队, not the 8 units
                "国家统计局及所属机构包括国家统计局本级和8个财政补助事业单位以及国家统计局各级调查队,"
                "其中,省级调查总队32个,副省级调查队15个,地市级调查队333个,县级调查队887个。",
                (),
            ),
        ),
    ),
    Form(
        "what is left of a budget after its spending",
        "“全年预算数120万元,全年执行数100万元,结余20万元”, “批复指标11.49亿元,已用指标7.94亿元,"
        "预算结余3.55亿元”: a remainder (结余, 剩余, 余额, 未使用) printed right after a budget"
        " figure and the actual figure of one clause group is the budget less the actual (a weak"
        " reading).",
        "“全年预算数120万元，全年执行数100万元，结余20万元”“批复指标11.49亿元，已用指标7.94亿元，"
        "预算结余3.55亿元”：紧接预算数与执行数之后的结余（剩余、余额、未使用）应等于预算数减"
        "执行数（结构系推断）。",
        ("claims._remainders",),
        (
            Example(
                # 120 - 100 = 20; 100 / 120 = 83.333% -> 83.33
                "该项目全年预算数120万元,全年执行数100万元,结余20万元,执行率83.33%。",
                (("difference", "20", "agrees"), ("completion", "83.33", "agrees")),
            ),
            Example(
                # heldout15 jx-jingdezhen-fuliang: 39.41 - 33.79 = 5.62; 11.49 - 7.94 = 3.55,
                # not 3.45 (a warning: the reading is inferred)
                "县直各部门批复指标39.41亿元,已用指标33.79亿元,预算结余5.62亿元;各乡镇批复指标"
                "11.49亿元,已用指标7.94亿元,预算结余3.45亿元。",
                (("difference", "5.62", "agrees"), ("difference", "3.45", "disagrees")),
                (("arithmetic.change-amount", "warning"),),
            ),
        ),
    ),
    Form(
        "what is carried to next year after the money in and out",
        "“收入1237万元,安排支出1169万元,结转下年使用68万元”: what is carried to next year is the"
        " money in less the money out of its statement (the spending actually made when both a"
        " planned 安排 and an actual 实际支出 are printed); not when the 支出 side is a 支出总计,"
        " of which it is a part. Money at hand (可用, 可供安排, 筹集) is money in.",
        "“收入1237万元，安排支出1169万元，结转下年使用68万元”：结转下年 = 收入 − 支出（同时列出"
        "“安排”与“实际支出”时取实际支出）；支出一方为“支出总计”时，结转下年是其组成部分，不作此核对。"
        "“可用”“可供安排”“筹集”的资金计入收入一方。",
        ("claims._year_end_balances", "claims._MONEY_IN"),
        (
            Example(
                # heldout12 gs-qingyang-czj: 1237 - 1169 = 68
                "2021年市级彩票公益金收入1237万元,安排支出1169万元,结转下年使用68万元。",
                (("balance", "68", "agrees"),),
            ),
            Example(
                # heldout15 jx-nanchang-donghu: 32.39 - 31.16 = 1.23, not 1.32
                "收入合计32.39亿元,支出合计31.16亿元。结转下年1.32亿元。",
                (("balance", "1.32", "disagrees"),),
                (("arithmetic.balance", "error"),),
            ),
            Example(
                # heldout12 sn-hanzhong-mianxian: 83.7 + 92.3 - 92.3 = 83.7 (the 176 planned is
                # not what was spent)
                "县级福彩公益金本年收入83.7万元,上年结转县级福彩公益金92.3万元,当年安排下达支出"
                "176万元,当年实际支出92.3万元,结转下年使用资金83.7万元。",
                (("balance", "83.7", "agrees"),),
            ),
            Example(
                # the 支出总计 holds what is carried: 1703 + 1616 = 3319, no balance
                "政府性基金支出总计3319万元,本级支出1703万元,结转下年1616万元。",
                (),
            ),
            Example(
                # money at hand (可供安排, 可用, 筹集) is money in: 1832.93 - 1170.34 = 662.59,
                # printed 622.59 (no 合计 on either side: a weak reading, a warning)
                "2022年,市级可供安排体育彩票公益金1832.93万元,实际支出1170.34万元,结转下年"
                "622.59万元。",
                (("balance", "622.59", "disagrees"),),
                (("arithmetic.balance", "warning"),),
            ),
        ),
    ),
    Form(
        "a total whose project items follow, by two classifications",
        "“…预算支出完成5472.90万元,主要预算项目执行情况如下:↵1、一般公共服务支出534.06万元…↵9、"
        "其他支出1万元…↵…经济分类…↵1、工资奖金津补贴支出…”: the items numbered after a sentence"
        " that says they follow (项目执行情况如下) are the total's parts when the last is a"
        " catch-all; a list numbered from 1 again is another list.",
        "“……预算支出完成5472.90万元，主要预算项目执行情况如下：↵1、一般公共服务支出534.06万元……↵"
        "9、其他支出1万元……↵1、工资奖金津补贴支出……”：句末说明“项目执行情况如下”之后的编号各项，"
        "最后一项为“其他”时为该数的组成；重新从1编号的是另一组。",
        ("claims._outline_lists", "claims._outline_list"),
        (
            Example(
                # heldout19 ah-chizhou-qingyang-muzhen: 534.06 + 5.08 + 267.27 + 2539.12 +
                # 1666.26 + 1 = 5012.79, printed 5012.78 (a warning: inferred)
                "全镇公共财政预算支出完成5012.78万元,主要预算项目执行情况如下:\n"
                "1、一般公共服务支出534.06万元。\n2、文化旅游体育与传媒支出5.08万元。\n"
                "3、住房保障和就业支出267.27万元。\n4、城乡社区支出2539.12万元。\n"
                "5、农林水支出1666.26万元。\n6、其他支出1万元。\n"
                "同时编制了经济分类支出报表:\n1、工资奖金津补贴支出362.61万元。\n"
                "2、基础设施建设支出3014.58万元。\n",
                (("sum", "5012.78", "rounding"),),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
        ),
    ),
    Form(
        "the year-end balance from the paragraphs before it",
        "“2.收入情况。…收入合计710.44万元,…此外,…年初结转和结余91.68万元。3.支出情况。…支出合计"
        "700.11万元,…此外,结余分配0.00万元。4.结转结余情况。…年末结转和结余102.02万元”: by the"
        " 收支总表's definition the year-end balance is 年初结转和结余 + 收入合计 (+ 使用非财政拨款"
        "结余) − 支出合计 − 结余分配; a weak reading, made when the three first are printed.",
        "“2.收入情况。……收入合计710.44万元……此外……年初结转和结余91.68万元。3.支出情况。……支出合计"
        "700.11万元……此外，结余分配0.00万元。4.结转结余情况。……年末结转和结余102.02万元”：按收支"
        "总表的定义，年末结转和结余 = 年初结转和结余 + 收入合计（+ 使用非财政拨款结余）"
        "− 支出合计 − 结余分配；前三者都印出时才核对，结构系推断。",
        ("claims._carried_balances",),
        (
            Example(
                # 5151.74 + 10911 - 12638.86 - 40.35 = 3383.53
                "2.收入情况。本部门2021年度收入合计10911万元。此外,年初结转和结余5151.74万元。\n"
                "3.支出情况。本部门2021年度支出合计12638.86万元。此外,结余分配40.35万元。\n"
                "4.结转结余情况。本部门2021年度年末结转和结余3383.53万元。",
                (("balance", "3383.53", "agrees"),),
            ),
            Example(
                # heldout13 cq-fuling-bowuguan: 91.68 + 710.44 + 0.00 - 700.11 - 0.00 = 102.01,
                # not 102.02, within the inputs' rounding: a warning
                "2.收入情况。2023年度收入合计710.44万元。此外,使用非财政拨款结余和专用结余0.00万元,"
                "年初结转和结余91.68万元。\n3.支出情况。2023年度支出合计700.11万元。此外,结余分配0.00"
                "万元。\n4.结转结余情况。2023年度年末结转和结余102.02万元。",
                (("balance", "102.02", "rounding"),),
                (("arithmetic.balance", "warning"),),
            ),
            Example(
                # 100 + 20 - 90 = 30, not 40: a weak reading, a warning
                "收入合计100万元,年初结转和结余20万元。支出合计90万元。年末结转和结余40万元。",
                (("balance", "40", "disagrees"),),
                (("arithmetic.balance", "warning"),),
            ),
            Example(
                # no 年初结转和结余 printed: nothing claimed
                "收入合计100万元。支出合计90万元。年末结转和结余40万元。",
                (),
            ),
        ),
    ),
    Form(
        "items numbered under a heading after their total",
        "“…总收入221万元,…总支出221万元。↵二、…使用情况↵(一)…198万元…(二)…23万元”: the items"
        " numbered under a heading without figures (“二、…使用情况”, “现将…使用情况如下:”) are the"
        " parts of the one figure of the sentence before it that goes the way the heading names"
        " (使用/支出 spent, 筹集/收入 raised); a weak reading. Under a heading of the main items"
        " (“主要…”) they are only some of it, unless the last is a catch-all. Without a heading"
        " between, the total must say it is one (总, 合计, 共).",
        "“……总收入221万元，……总支出221万元。↵二、……使用情况↵（一）……198万元……（二）……23万元”："
        "不含数字的标题（“二、……使用情况”“现将……使用情况如下：”）之下编号各项，为标题前一句中"
        "与标题所指方向（使用/支出、筹集/收入）相同的那个数的组成；结构系推断。标题为“主要……”时"
        "各项只是其中一部分，除非最后一项为“其他”。无标题相隔时，该数须标明为总数（总、合计、共）。",
        ("claims._outline_lists", "claims._across_heading"),
        (
            Example(
                # heldout12 hb-suizhou-guangshui: 198 + 23 = 221
                "2024年本级体育彩票公益金总收入221万元,2024年体育彩公益金总支出221万元。\n"
                "二、本级体育彩票公益金使用情况\n"
                "(一)本级体育彩票公益金用于全民健身支出198万元。\n"
                "(二)用于支持竞技体育资助项目23万元。\n",
                (("sum", "221", "agrees"),),
            ),
            Example(
                # 15.9 + 141.4 + 12 = 169.3, not 167.3; inferred: a warning
                "2020年度我区福利彩票公益金200万元,支出了167.3万元。\n"
                "现将我区2020年度福利彩票公益金使用情况如下:\n"
                "(一)残疾人事业15.9万元。\n(二)老年福利141.4万元。\n(三)儿童福利12万元。\n",
                (("sum", "167.3", "disagrees"),),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
            Example(
                # no heading between, the total said with 共 (sc-luzhou-luxian, heldout12):
                # 250.659 + 465 + 40.63 + 216.46 = 972.749
                "2020年共分配福彩公益金972.749万元,主要安排用于以下项目:\n(一)中央资金250.659万元。\n"
                "(二)省级资金465万元。\n(三)市级资金40.63万元。\n(四)县本级资金216.46万元。\n",
                (("sum", "972.749", "agrees"),),
            ),
            Example(
                # the main items only: 314.5 + 86.8 is not all of 1532.7
                "全市一般公共预算支出1532.7亿元。\n二、主要支出项目情况\n"
                "(一)社会保障和就业支出314.5亿元。\n(二)卫生健康支出86.8亿元。\n",
                (),
            ),
        ),
    ),
    Form(
        "standard breakdown by name",
        "Totals that are sums by definition — 三公经费 = 因公出国(境)费 + 公务用车购置及运行费 +"
        " 公务接待费, 收入 = 税收收入 + 非税收入, … — found by name in nearby sentences; a weak"
        " reading. A total named for another owner than the figure the parts' sentence names"
        " (无锡上半年财政收入 beside 嘉兴上半年财政收入) is not theirs.",
        "按定义成立的构成关系（“三公”经费 = 因公出国(境)费 + 公务用车购置及运行费 + "
        "公务接待费等），在相邻句中按名称查找；结构系推断。",
        (
            "claims._decompositions",
            "claims._another_owner",
            "claims._section_heading",
            "vocabulary.DECOMPOSITIONS",
            "vocabulary.FORMER_NAMES",
            "vocabulary.SUBJECT_ALIASES",
            "facts.canonical",
            "facts._LARGEST_IS",
        ),
        (
            Example(
                # (a blog on 2024 上半年 city revenues, gudianfeng.com, miss 38): the parts of the
                # figure their sentence names (嘉兴, its 403.96 printed in brackets only), not of
                # 无锡's 711.10 two paragraphs before
                "无锡上半年财政收入为711.10亿,增长2.3%。\n佛山(404.56亿)和嘉兴(403.96亿)两地财政收入均"
                "在404亿左右。\n嘉兴上半年财政收入同比下降 1.2%,可比增长7.3%;其中税收收入337.51"
                "亿元,同比下降4.9%;非税收入 66.45 亿元,同比增长 23.4%。",
                (),
            ),
            Example(
                # "…中占大头的是因公出国(境)支出决算": the item named after 的是, by its spending
                # (因公出国支出 is 因公出国费); 1130.34 + 137078.69 + 65633.12 = 203842.15
                # (zy-zhongyang-bumen-2011-sgjs, heldout16)
                "国家税务总局去年“三公经费”财政拨款预算213,834.9万元,全年支出决算203,842.15万元。"
                "数据显示,2011年国家税务总局“三公经费”中占大头的是因公出国(境)支出决算1,130.34万元;"
                "公务用车购置及运行费支出决算137,078.69万元;公务接待费支出决算65,633.12万元。",
                (("sum", "203842.15", "agrees"),),
            ),
            Example(
                # the parts in a section whose heading names the total (财政收入): 4575 + 12142
                # = 16717, printed 6717 (a warning: inferred); their changes 2118 + 1304 = 3422;
                # 12142 is the misprint (1304 / (2142 + 1304) = 37.84%, 1304 / (12142 + 1304) =
                # 9.70%, printed 37.8: an error) (sn-hanzhong-xixiang, heldout23)
                "一、财政收支基本情况\n(一)一般公共预算收入情况\n2024年5月份累计完成地方财政收入"
                "6717万元,较上年减收3422万元,下降33.75%。\n二、财政收入增减变化情况\n2024年5月份,"
                "税收收入4575万元,较上年同期减收2118万元,下降31.6%;非税收入累计完成12142万元,"
                "较上年同期减收1304万元,下降37.8%。",
                (
                    ("sum", "6717", "disagrees"),
                    ("change-sum", "3422", "agrees"),
                    ("change-rate", "33.75", "agrees"),
                    ("change-rate", "31.6", "agrees"),
                    ("change-rate", "37.8", "disagrees"),
                ),
                (
                    ("arithmetic.breakdown-sum", "warning"),
                    ("arithmetic.change-rate", "error"),
                ),
            ),
            Example(
                # 公务用车 as its two parts, no subtotal, and 出国 in the sentence after
                # (ha-henan-czt-2015, heldout3): 0.1 + 3.3 + 0.9 + 0.7 = 5.0
                "省级“三公”经费决算支出5亿元,比上年减少3.3亿元,下降39.8%。主要支出情况是:"
                "公务用车购置费0.1亿元,下降77.8%;公务用车运行维护费3.3亿元,下降43%;公务接待费"
                "0.9亿元,下降37.8%。因公出国(境)费0.7亿元,增长34.9%。",
                (("sum", "5", "agrees"), ("change-rate", "39.8", "agrees")),
            ),
            Example(
                # the same, misprinted: 0.1 + 3.3 + 0.9 + 0.7 = 5.0, printed 6
                "省级“三公”经费决算支出6亿元。主要支出情况是:"
                "公务用车购置费0.1亿元,下降77.8%;公务用车运行维护费3.3亿元,下降43%;公务接待费"
                "0.9亿元,下降37.8%。因公出国(境)费0.7亿元,增长34.9%。",
                (("sum", "6", "disagrees"),),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
            Example(
                # 税收 + 非税 = 36552 + 31397 = 67949, the 总收入 whose 其中 list is already read:
                # not a breakdown of another 收入 figure (地方…收入 51653); 分收入结构看 says it is
                # a second classification of that total (two sums of 67949)
                "累计完成公共财政预算总收入67949万元,比上年同期增加6517万元。其中:地方公共财政预算"
                "收入完成51653万元,增加6455万元;上划中央收入完成12133万元,减少282万元;上划省级收入"
                "完成4163万元,增加344万元。\n分收入结构看:累计完成税收收入36552万元,增加2362万元;"
                "累计完成非税收入31397万元,增加4155万元。",
                (
                    ("sum", "67949", "agrees"),
                    ("sum", "67949", "agrees"),
                    ("change-sum", "6517", "agrees"),
                ),
            ),
            Example(
                # 税收收入's 其中 runs on into its sibling 非税收入 (no part of it); 地方级税收
                # + 非税 = 365.03 + 241.14 = 606.17, the 地方一般公共预算收入 printed as 606.18
                # (within the inputs' rounding: a warning); 税收 + 非税 = 675.89 + 241.14 =
                # 917.03, the 总收入 (fj-fuzhou-czj-2024-1-9yue-yszx, heldout19)
                "全市一般公共预算总收入917.03亿元。其中:地方一般公共预算收入606.18亿元;上划中央收入"
                "310.86亿元。\n全市税收收入675.89亿元,其中地方级税收收入365.03亿元;非税收入241.14亿元。",
                (("sum", "917.03", "rounding"), ("sum", "606.18", "rounding")),
                (("arithmetic.breakdown-sum", "warning"), ("arithmetic.breakdown-sum", "warning")),
            ),
            Example(
                # the same, 非税收入 misprinted: 365.03 + 251.14 = 616.17, not 606.18
                "全市一般公共预算总收入917.03亿元。其中:地方一般公共预算收入606.18亿元;上划中央收入"
                "310.86亿元。\n全市税收收入675.89亿元,其中地方级税收收入365.03亿元;非税收入251.14亿元。",
                (("sum", "917.03", "rounding"), ("sum", "606.18", "disagrees")),
                (("arithmetic.breakdown-sum", "warning"), ("arithmetic.breakdown-sum", "warning")),
            ),
            Example(
                # each part under its own heading, its name after 安排 (the budget verb), 公务用车
                # named 运行维护及购置 (the other order): 0 + 64000 + 325000 = 389000
                # (yn-baoshan-hbj-2019-sgys, heldout25)
                "2019年“三公”经费财政拨款预算安排389000元。具体情况如下:\n(一)因公出国(境)费\n"
                "安排因公出国(境)费0元。\n(二)公务接待费\n安排公务接待费64000元。\n"
                "(三)公务用车运行维护及购置费\n安排公务用车运行维护及购置费325000元。",
                (("sum", "389000", "agrees"),),
            ),
            Example(
                # the same, misprinted: 0 + 64000 + 325000 = 389000, printed 398000
                "2019年“三公”经费财政拨款预算安排398000元。具体情况如下:\n(一)因公出国(境)费\n"
                "安排因公出国(境)费0元。\n(二)公务接待费\n安排公务接待费64000元。\n"
                "(三)公务用车运行维护及购置费\n安排公务用车运行维护及购置费325000元。",
                (("sum", "398000", "disagrees"),),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
            Example(
                # 0 + 11.20 + 5.15 = 16.35
                "2023年“三公”经费支出合计16.35万元。因公出国(境)费0万元。"
                "公务用车购置及运行维护费11.20万元。公务接待费5.15万元。",
                (("sum", "16.35", "agrees"),),
            ),
            Example(
                # 0.00 + 11.20 + 5.51 = 16.71, not 16.35
                "2023年“三公”经费支出合计16.35万元。因公出国(境)费0.00万元。"
                "公务用车购置及运行维护费11.20万元。公务接待费5.51万元。",
                (("sum", "16.35", "disagrees"),),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
            Example(
                # 0 + 11.20 + 5.51 = 16.71, not 16.35: 11.20 + 5.51 alone exceed the total; a
                # printed 0 is nothing spent, exact (not [-0.5, 0.5))
                "2023年“三公”经费支出合计16.35万元。因公出国(境)费0万元。"
                "公务用车购置及运行维护费11.20万元。公务接待费5.51万元。",
                (("sum", "16.35", "disagrees"),),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
            Example(
                # 7 + 87.15 + 4.5 = 98.65: the 其中 list stops at the remark sentence after its
                # first item, and the items by name are the breakdown
                "2022年“三公”经费预算数为98.65万元,其中:\n因公出国(境)经费7万元,较上年预算下降"
                "90.54%。根据培训计划,计划出国(境)2人,预算费用3.5万元/人,共计7万元。"
                "公务用车购置及运行费87.15万元。公务接待费4.5万元。",
                (("sum", "98.65", "agrees"), ("product", "7", "agrees")),
            ),
            Example(
                # 财政拨款支出 is a total of 基本支出 and 项目支出 printed under a heading below
                # (yn-zhongxiyi-yiyuan-2017-bmjs-tw, tests/corpus/heldout2): 1656.48 + 683.20 =
                # 2339.68
                "2017年度一般公共预算财政拨款支出2339.68万元,占本年支出合计的30.08%。\n"
                "(二)一般公共预算财政拨款支出决算具体情况\n"
                "1.基本支出1656.48万元,主要用于事业单位人员工资;\n2.项目支出683.20万元。",
                (("sum", "2339.68", "agrees"),),
            ),
            Example(
                # a figure named 收入 no larger than a part (税务部门…5982, the same as 税收收入) is
                # no total of 税收收入 + 非税收入; 5982 / 8983 = 66.59%, 3001 / 8983 = 33.41%
                # (sn-yangling-czj-2020-5yue-yszx, heldout9)
                "从征收部门看:全区税务部门组织地方收入5982万元;财政部门组织地方收入3001万元。\n"
                "从征收质量看:税收收入完成5982万元,占一般预算收入66.59%;非税收入完成3001万元,"
                "占一般预算收入33.41%。",
                (("share", "66.59", "agrees"), ("share", "33.41", "agrees")),
            ),
            Example(
                # 一般预算 is a name (the older 一般公共预算), not a budget phase: 地方一般预算收入
                # 8983 (actual) is the total of 税收 5982 + 非税 3001, not 财政总收入 19800;
                # 3186 / (8983 + 3186) = 26.18%
                "2020年5月,杨陵区财政总收入完成19800万元。其中:地方一般预算收入完成8983万元,较上年"
                "同期完成数12169万元减少3186万元,降低26.18%。\n从征收质量看:税收收入完成5982万元,"
                "占一般预算收入66.59%;非税收入完成3001万元,占一般预算收入33.41%。",
                (
                    ("sum", "8983", "agrees"),
                    ("difference", "3186", "agrees"),
                    ("change-rate", "26.18", "agrees"),
                    ("share", "66.59", "agrees"),
                    ("share", "33.41", "agrees"),
                ),
            ),
        ),
    ),
    Form(
        "flattened table",
        "A table copied as “|”-separated cells, its unit in a note (“单位：万元”): totals inside"
        " the grid are found from the figures (a total, then its parts) and checked in every"
        " column; a total its row does not name as one (合计, 小计, 总…) that adds up in one column"
        " only may be a coincidence, so a disagreement elsewhere is a warning.",
        "以“|”分隔的表格文本（单位见表注）：由数字识别表内合计与分项，并在各列核对。",
        (
            "tables.read_tables",
            "tables._drop_title",
            "tables._trees",
            "tables._logical_rows",
            "tables._numbered_tree",
            "claims._check_list",
        ),
        (
            Example(
                # 印刷费 200 = 会议费 100 + 培训费 100 by chance: nothing names it a total and the
                # other column does not add up (130 + 150 = 280, not 220): a warning, not an error
                "单位:万元\n项目 | 2022年 | 2023年\n印刷费 | 200 | 220\n会议费 | 100 | 130\n"
                "培训费 | 100 | 150",
                (("sum", "200", "agrees"), ("sum", "220", "disagrees")),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
            Example(
                # 0 + 9 + 11 = 20; 0 + 3.5 + 5.57 = 9.07
                "单位:万元\n项目 | 预算数 | 决算数\n“三公”经费合计 | 20 | 9.07\n"
                "因公出国(境)费 | 0 | 0\n公务接待费 | 9 | 3.5\n公务用车运行维护费 | 11 | 5.57",
                (("sum", "20", "agrees"), ("sum", "9.07", "agrees")),
            ),
            Example(
                # 0 + 3.5 + 5.75 = 9.25, not 9.07: with 0 exact, 9.25 ± 0.055 stays above 9.075
                "单位:万元\n项目 | 预算数 | 决算数\n“三公”经费合计 | 20 | 9.07\n"
                "因公出国(境)费 | 0 | 0\n公务接待费 | 9 | 3.5\n公务用车运行维护费 | 11 | 5.75",
                (("sum", "20", "agrees"), ("sum", "9.07", "disagrees")),
                (("arithmetic.breakdown-sum", "error"),),
            ),
            Example(
                # a row that prints a single 0 is nothing in every column: 690.00 + 0 +
                # 5142.09 + 28.00 = 5860.09; 5550.84 + 6136.03 + 29.56 = 11716.43, not 11715.43
                "单位:万元\n(一)收入总计 5860.09 11715.43\n1.财政补助收入 690.00 5550.84\n"
                "2.科教项目收入 0\n3.医疗收入 5142.09 6136.03\n4.其他收入 28.00 29.56",
                (("sum", "5860.09", "agrees"), ("sum", "11715.43", "disagrees")),
                (("arithmetic.breakdown-sum", "error"),),
            ),
            Example(
                # rows of a label and its figures, each on its line, after a separator line of
                # bare "|||": each line is a row (0 + 2747 + 1449 = 4196), not one cell of one
                "单位:万元 | |||\n项目 | 本年预算数 | 备注 | |||\n"
                "合计 | 4196 | 注:说明文字。 |\n|||\n"
                "1、因公出国(境)费用 | 0 | ||||\n2、公务接待费 | 2747 | ||||\n"
                "3、公务用车费 | 1449 | ||||",
                (("sum", "4196", "agrees"),),
            ),
            Example(
                # 0 + 2747 + 1494 = 4241, not 4196: the figures show no structure, the labels
                # do (合计 over the rows numbered 1、2、3、), a weak reading: a warning
                "单位:万元 | |||\n项目 | 本年预算数 | 备注 | |||\n"
                "合计 | 4196 | 注:说明文字。 |\n|||\n"
                "1、因公出国(境)费用 | 0 | ||||\n2、公务接待费 | 2747 | ||||\n"
                "3、公务用车费 | 1494 | ||||",
                (("sum", "4196", "disagrees"),),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
            Example(
                # rows: 52310 + 21485 = 73795; 30115 + 11145 = 41260
                "单位:万元\n地区 | 合计 | 税收收入 | 非税收入\n甲县 | 73795 | 52310 | 21485\n"
                "乙县 | 41260 | 30115 | 11145",
                (("sum", "73795", "agrees"), ("sum", "41260", "agrees")),
            ),
            Example(
                # one cell per line, a bare "|" line between cells; a row starts at a label
                # after a figure: 90 + 1400 + 1350 = 2840 with 73 + 1277 = 1350;
                # 12 + 1356 + 996 = 2364, but 37 + 949 = 986, not 996 (read with the layout of
                # the row before: an inferred structure, so a warning)
                "年度\n|\n合计\n|\n因公出国(境)经费\n|\n公务接待费\n|\n公车购置及运行维护费\n|\n"
                "车辆购置\n|\n车辆运行\n|\n2015年\n|\n2840\n|\n90\n|\n1400\n|\n1350\n|\n73\n|\n"
                "1277\n|\n2016年\n|\n2364\n|\n12\n|\n1356\n|\n996\n|\n37\n|\n949",
                (
                    ("sum", "2840", "agrees"),
                    ("sum", "1350", "agrees"),
                    ("sum", "2364", "agrees"),
                    ("sum", "996", "disagrees"),
                ),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
            Example(
                # 292 + 139 = 431 in both amount columns; the 占调整预算% column (100 in every
                # row) holds rates, not amounts: 100 + 100 is no sum of anything, but each is
                # 执行数 / 预算调整数 (431 / 431, 292 / 292, 139 / 139)
                "单位:万元\n项目 | 2020年预算调整数 | 2020年执行数 | 占调整预算% |\n"
                "收入合计 | 431 | 431 | 100 |\n增值税 | 292 | 292 | 100 |\n"
                "企业所得税 | 139 | 139 | 100 |",
                (
                    ("sum", "431", "agrees"),
                    ("sum", "431", "agrees"),
                    ("completion", "100", "agrees"),
                    ("completion", "100", "agrees"),
                    ("completion", "100", "agrees"),
                ),
            ),
            Example(
                # The same with the page's title rows read into the header: the last names
                # are the columns' (so the rate column is still known as one)
                "标题: | 某镇2020年预算执行情况 | ||\n发布机构: | 某镇人民政府 |\n"
                "单位:万元 | |||\n项目 | 2020年预算调整数 | 2020年执行数 | 占调整预算% |\n"
                "收入合计 | 431 | 431 | 100 |\n增值税 | 292 | 292 | 100 |\n"
                "企业所得税 | 139 | 139 | 100 |",
                (
                    ("sum", "431", "agrees"),
                    ("sum", "431", "agrees"),
                    ("completion", "100", "agrees"),
                    ("completion", "100", "agrees"),
                    ("completion", "100", "agrees"),
                ),
            ),
            Example(
                # a row whose label stands on the line above its figures (sc-dazhou-dachuan-zyy-
                # 2017-cwgs, tests/corpus/heldout): 5641.93 − 5591.34 = 50.59;
                # 50.59 / 5591.34 = 0.9048% -> 0.90
                "项目 2016年 2017年 增减额 增长率\n"
                "二、每门急诊人次平均收费水平 171.7 225.41 53.71 31.28%\n"
                "三、出院者平均医药费用\n5591.34 5641.93 50.59 0.90%",
                (
                    ("difference", "53.71", "agrees"),
                    ("change-rate", "31.28", "agrees"),
                    ("difference", "50.59", "agrees"),
                    ("change-rate", "0.90", "agrees"),
                ),
            ),
        ),
    ),
    Form(
        "a table's rate columns",
        "A column of rates (“占调整预算%”, “比上年增长%”, or cells printed with %): which two"
        " columns of its row it is computed from, and how (a / b, or (a − b) / b), is inferred"
        " from the rows themselves — the pair and formula that give the printed rate in most"
        " rows (two at least, 60% of them); every row is then checked that way (inferred, so a"
        " disagreement is a warning). A column whose header names a growth (“比上年增减%”) and"
        " whose rows give it as one column over another (增减额 over 上年) is a change rate. A"
        " cell printed without % that is exactly the difference of its row's two figures holds"
        " that difference. A named rate column no two columns of its row give, with a total row"
        " printing 100 there (“结构(%)”), is each row's share of the total row.",
        "比率列（“占调整预算%”“比上年增长%”，或带%的单元格）：由各行自身推断其由同行哪两列、"
        "以何种公式（a/b 或 (a−b)/b）算得——取使多数行（至少两行且达60%）吻合的列与公式，"
        "再据此核对每一行（系推断，不符时报警告）。表头称增减（“比上年增减%”）而各行为一列除以"
        "另一列（增减额除以上年数）的，为增减率。不带%且恰为同行两数之差的单元格，按差额读取。有名称的"
        "比率列不能由同行两列算得、而合计行该列为100的（“结构(%)”），为各行占合计行的比重。",
        (
            "tables.read_rate_columns",
            "tables._rate_formula",
            "tables._run_together",
            "tables.names_growth",
            "tables._column_shares",
            "claims._rate_cell",
        ),
        (
            Example(
                # 龙岗区 2015 1-4月 税收 (统计月报, three of its rows and their total):
                # 576864 / 1082509 = 53.289% -> 53.29; 5241 / 1082509 = 0.484% -> 0.48;
                # 500404 / 1082509 = 46.226% -> 46.23
                "| 项目 | 单位 | 1-4月累计 | 比上年同期增长(%) | 结构(%) |\n"
                "| 工商税收收入合计 | 万元 | 1082509 | -3.9 | 100 |\n"
                "| 1、增值税 | 万元 | 576864 | 2.4 | 53.29 |\n"
                "| 2、消费税 | 万元 | 5241 | 17.1 | 0.48 |\n"
                "| 3、个人所得税 | 万元 | 500404 | 11.0 | 46.23 |",
                (
                    ("sum", "1082509", "agrees"),
                    ("share", "53.29", "agrees"),
                    ("share", "0.48", "agrees"),
                    ("share", "46.23", "agrees"),
                ),
            ),
            Example(
                # a rate column's cells that are exactly the difference of their row's figures
                # (a hospital's 绩效 table, yjxrmyy): 21740 − 21177 = 563; 8.22 − 8.29 = −0.07
                # (the row shifted by its missing first cell is not read here)
                "一级指标 | 二级指标 | 单位 | 上年度 | 本年度 | 增长 |\n"
                "经济指标 | 总收入 | 万元 | 21177 | 21740 | 563.00 |\n"
                "总支出 | 万元 | 19737 | 20977 | 1240.00 | |\n"
                "医疗效率 | 平均住院天数 | 天 | 8.29 | 8.22 | -0.07 |",
                (
                    ("difference", "563.00", "agrees"),
                    ("difference", "-0.07", "agrees"),
                ),
            ),
            Example(
                # 249 / 2070 = 12.029% -> 12.03; 896 / 7469 = 11.996% -> 12.00; 15 / 123 =
                # 12.195% -> 12.20: the change over the prior (hn-hengyang-shiguqu-czj-2016-ys,
                # heldout30)
                "单位:万元\n项目 | 2016年预算数 | 上年完成数 | 比上年增减额 | 比上年增减% |\n"
                "1、增值税 | 2319 | 2070 | 249 | 12.03 |\n2、营业税 | 8365 | 7469 | 896 | 12.00 |\n"
                "3、资源税 | 138 | 123 | 15 | 12.20 |",
                (
                    ("difference", "249", "agrees"),
                    ("change-rate", "12.03", "agrees"),
                    ("difference", "896", "agrees"),
                    ("change-rate", "12.00", "agrees"),
                    ("difference", "15", "agrees"),
                    ("change-rate", "12.20", "agrees"),
                ),
            ),
            Example(
                # the same with 21.20 for 12.20 (inferred: a warning)
                "单位:万元\n项目 | 2016年预算数 | 上年完成数 | 比上年增减额 | 比上年增减% |\n"
                "1、增值税 | 2319 | 2070 | 249 | 12.03 |\n2、营业税 | 8365 | 7469 | 896 | 12.00 |\n"
                "3、资源税 | 138 | 123 | 15 | 21.20 |",
                (
                    ("difference", "249", "agrees"),
                    ("change-rate", "12.03", "agrees"),
                    ("difference", "896", "agrees"),
                    ("change-rate", "12.00", "agrees"),
                    ("difference", "15", "agrees"),
                    ("change-rate", "21.20", "disagrees"),
                ),
                (("arithmetic.change-rate", "warning"),),
            ),
            Example(
                # 占调整预算% = 执行数 / 预算调整数: 353 / 353, 292 / 292, 36 / 36, 25 / 25 = 100;
                # 比上年增长% = (执行数 - 2019年决算数) / 2019年决算数:
                # 52 / 301 = 17.2757% -> 17.28;
                # 26 / 266 = 9.7744% -> 9.77; 17 / 19 = 89.4737% -> 89.47; 9 / 16 = 56.25%,
                # printed 56.52 (inside the rounding of the integers 25 and 16: a warning)
                "单位:万元\n项目 | 2019年决算数 | 2020年预算调整数 | 2020年执行数 | 占调整预算% |"
                " 比上年增长% |\n收入合计 | 301 | 353 | 353 | 100 | 17.28 |\n"
                "增值税 | 266 | 292 | 292 | 100 | 9.77 |\n"
                "个人所得税 | 19 | 36 | 36 | 100 | 89.47 |\n"
                "城市维护建设税 | 16 | 25 | 25 | 100 | 56.52 |",
                (
                    ("sum", "301", "agrees"),
                    ("sum", "353", "agrees"),
                    ("sum", "353", "agrees"),
                    ("completion", "100", "agrees"),
                    ("change-rate", "17.28", "agrees"),
                    ("completion", "100", "agrees"),
                    ("change-rate", "9.77", "agrees"),
                    ("completion", "100", "agrees"),
                    ("change-rate", "89.47", "agrees"),
                    ("completion", "100", "agrees"),
                    ("change-rate", "56.52", "rounding"),
                ),
                (("arithmetic.change-rate", "warning"),),
            ),
            Example(
                # A PDF's table on one line, rows run together: 33385 / 33385 = 100.00%,
                # (33385 - 27631) / 27631 = 20.8245% -> 20.82; 17585 / 18835 = 93.3634% ->
                # 93.36, 3635 / 13950 = 26.0573% -> 26.06; 850 / 600 = 141.6667% -> 141.67,
                # 286 / 564 = 50.7092% -> 50.71; 650 / 650 = 100.00%, 35 / 615 = 5.6911% ->
                # 5.69, printed 5.96
                "表一 单位:万元 项目 2020年完成数 2021年预算数 2021年完成数 完成预算 比上年增长"
                " 税收收入小计 27,631 33,385 33,385 100.00% 20.82% 增值税 13,950 18,835 17,585"
                " 93.36% 26.06% 企业所得税 564 600 850 141.67% 50.71%"
                " 个人所得税 615 650 650 100.00% 5.96%",
                (
                    ("completion", "100.00", "agrees"),
                    ("change-rate", "20.82", "agrees"),
                    ("completion", "93.36", "agrees"),
                    ("change-rate", "26.06", "agrees"),
                    ("completion", "141.67", "agrees"),
                    ("change-rate", "50.71", "agrees"),
                    ("completion", "100.00", "agrees"),
                    ("change-rate", "5.96", "disagrees"),
                ),
                (("arithmetic.change-rate", "warning"),),
            ),
            Example(
                # A self-evaluation form's 预算执行情况 block, one cell per line: 预算执行率 =
                # 预算执行数 / 调整后预算数; 251.89 / 251.89 = 100.00%; 250.00 / 251.89 =
                # 99.2497% -> 99.25; a row of zeros (0.00%) is no rate of 0 / 0
                "预算执行情况(10分) |\n年度预算数(万元) |\n年初预算 |\n调整后预算数 |\n"
                "预算执行数 |\n预算执行率 |\n权重 |\n得分 |\n原因 |\n总额 |\n238.93 |\n"
                "251.89 |\n251.89 |\n100.00% |\n10 |\n|\n其中:财政资金 |\n238.93 |\n"
                "251.89 |\n250.00 |\n99.25% |\n|\n|\n"
                "单位资金 |\n0.00 |\n0.00 |\n0.00 |\n0.00% |\n|\n|",
                (("completion", "100.00", "agrees"), ("completion", "99.25", "agrees")),
            ),
            Example(
                # No pair of columns gives the printed rates in two rows: nothing is inferred
                "单位:万元\n项目 | 上年 | 本年 | 比重% |\n甲 | 120 | 130 | 41.2 |\n"
                "乙 | 80 | 95 | 17.9 |",
                (),
            ),
        ),
    ),
    Form(
        "a yearbook's rows named by their years",
        "“1957 16358 10187 6171”: in two rows running or more, a leading year names the row"
        " (it is no figure of it); rows read like the others when most rows share a layout"
        " (a row that breaks it is a warning); a column with falls in it, or named 差额/增减额,"
        " is a − b of two others, found as a rate column's formula is; a column of bare"
        " decimals beside whole amounts is a share of two others when four rows in five say so,"
        " or an index (上年=100) of one column over the row of the year before.",
        "“1957 16358 10187 6171”：连续两行以上以年份开头时，年份为行名（不是该行的数）；"
        "多数行结构相同时各行照此核对（不符报警告）；含负数或名为“差额/增减额”的列为另两列之差，"
        "按比率列的方法推断；整数金额旁全为小数的列，若五行中四行以上是另两列之比，即为占比，"
        "或为某列本年数与上一年行之比（指数，上年=100）。",
        (
            "tables._grid",
            "tables._trees",
            "tables.read_rate_columns",
            "tables._bare_decimals",
            "tables._year_index",
        ),
        (
            Example(
                # 10187 + 6171 = 16358; 7008 + 10577 = 17585; 14254 + 11975 = 26229, printed
                # 26228 (within the integers' rounding: a warning); 27450 + 20478 = 47928
                "单位:万元\n1957 16358 10187 6171\n1965 17585 7008 10577\n"
                "1970 26228 14254 11975\n1975 47928 27450 20478",
                (
                    ("sum", "16358", "agrees"),
                    ("sum", "17585", "agrees"),
                    ("sum", "26228", "rounding"),
                    ("sum", "47928", "agrees"),
                ),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
            Example(
                # 71416 - 170169 = -98753; 40309 - 162159 = -121850;
                # 84663 - 286031 = -201368, printed -201386
                "单位:万元\n1978 71416 170169 -98753\n1980 40309 162159 -121850\n"
                "1985 84663 286031 -201386",
                (
                    ("difference", "-98753", "agrees"),
                    ("difference", "-121850", "agrees"),
                    ("difference", "-201386", "disagrees"),
                ),
                (("arithmetic.change-amount", "warning"),),
            ),
            Example(
                # a column of bare decimals beside whole amounts is a share of two other
                # columns when four rows in five say so (qh-qinghai-tjj-2017, heldout4):
                # 6171 / 16358 = 37.72% -> 37.7; 10577 / 17585 = 60.15% -> 60.1; 11975 / 26228 =
                # 45.66% -> 45.7; 20478 / 47928 = 42.73% -> 42.7
                "单位:万元、%\n1957 16358 10187 6171 37.7\n1965 17585 7008 10577 60.1\n"
                "1970 26228 14254 11975 45.7\n1975 47928 27450 20478 42.7",
                (
                    ("sum", "16358", "agrees"),
                    ("share", "37.7", "agrees"),
                    ("sum", "17585", "agrees"),
                    ("share", "60.1", "agrees"),
                    ("sum", "26228", "rounding"),
                    ("share", "45.7", "agrees"),
                    ("sum", "47928", "agrees"),
                    ("share", "42.7", "agrees"),
                ),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
            Example(
                # the same, one share misprinted: 20478 / 47928 = 42.73%, printed 47.2 (the
                # column's formula is inferred from the other three rows: a warning)
                "单位:万元、%\n1957 16358 10187 6171 37.7\n1965 17585 7008 10577 60.1\n"
                "1970 26228 14254 11975 45.7\n1975 47928 27450 20478 47.2\n"
                "1978 70301 41261 29040 41.3",
                (
                    ("sum", "16358", "agrees"),
                    ("share", "37.7", "agrees"),
                    ("sum", "17585", "agrees"),
                    ("share", "60.1", "agrees"),
                    ("sum", "26228", "rounding"),
                    ("share", "45.7", "agrees"),
                    ("sum", "47928", "agrees"),
                    ("share", "47.2", "disagrees"),
                    ("sum", "70301", "agrees"),
                    ("share", "41.3", "agrees"),
                ),
                (("arithmetic.breakdown-sum", "warning"), ("arithmetic.share", "warning")),
            ),
            Example(
                # an index (上年=100) column: this year's figure over the year before's, in rows of
                # consecutive years (xj-xinjiang-tjj-2012, heldout4): 950933 / 790724 = 120.26%
                # -> 120.3; 1164724 / 950933 = 122.48% -> 122.5; 1285000 / 1164724 = 110.33% ->
                # 110.3; the rows of 1995 and 2000 are five years apart: not read
                "单位:万元\n1995 382818 133.4\n2000 790724 110.9\n2001 950933 120.3\n"
                "2002 1164724 122.5\n2003 1285000 110.3",
                (
                    ("ratio", "120.3", "agrees"),
                    ("ratio", "122.5", "agrees"),
                    ("ratio", "110.3", "agrees"),
                ),
            ),
            Example(
                # the same, one index misprinted: 1285000 / 1164724 = 110.33%, printed 112.3
                # (the formula is inferred from the four other rows: a warning); 1400000 /
                # 1285000 = 108.95% -> 108.9; 1500000 / 1400000 = 107.14% -> 107.1
                "单位:万元\n1995 382818 133.4\n2000 790724 110.9\n2001 950933 120.3\n"
                "2002 1164724 122.5\n2003 1285000 112.3\n2004 1400000 108.9\n2005 1500000 107.1",
                (
                    ("ratio", "120.3", "agrees"),
                    ("ratio", "122.5", "agrees"),
                    ("ratio", "112.3", "disagrees"),
                    ("ratio", "108.9", "agrees"),
                    ("ratio", "107.1", "agrees"),
                ),
                (("arithmetic.ratio", "warning"),),
            ),
        ),
    ),
    Form(
        "a total after its parts (合计 as the last row)",
        "A table whose 合计 row comes after its parts: the column read bottom up is a total"
        " and its parts, checked in every column.",
        "合计行列于各分项之后的表：自下而上读即“合计—分项”，并在各列核对。",
        ("tables._trees", "tables._upside_down"),
        (
            Example(
                # 10 + 30 = 40; 20 + 40 = 60, not 61 (a warning: the integers' rounding)
                "单位:万元\n项目 | 预算数 | 决算数\n公务接待费 | 10 | 20\n"
                "公务用车运行费 | 30 | 40\n合计 | 40 | 61",
                (("sum", "40", "agrees"), ("sum", "61", "rounding")),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
        ),
    ),
    Form(
        "a total after its parts in a row (合计 as the last column)",
        "A table whose columns are named with 合计 after the others"
        ' ("项目 | 中央级 | 省级 | 县级 | 合计"): the title and one name per cell, the 合计 column'
        " a total of the cells before it in each row (a rate column, 占…%, is no part).",
        "列名中“合计”列于其他列之后的表（“项目 | 中央级 | 省级 | 县级 | 合计”）：首格为标题，其余"
        "逐格为列名；各行“合计”为其前各格之和（“占…%”等比率列不计入）。",
        ("tables._drop_title", "tables._trees", "tables._total_column_last"),
        (
            Example(
                # 1.20 + 2.30 + 3.40 = 6.90; 0.50 + 0.60 + 0.70 = 1.80, not 1.85 (the layout
                # is read from the figures: a warning)
                "单位:万元\n项目 | 中央级 | 省级 | 县级 | 合计 |\n"
                "增值税 | 1.20 | 2.30 | 3.40 | 6.90 |\n消费税 | 0.50 | 0.60 | 0.70 | 1.85 |",
                (("sum", "6.90", "agrees"), ("sum", "1.85", "disagrees")),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
        ),
    ),
    Form(
        "a table copied with its left border, its header on one line and blank cells as breaks",
        "“…如下: 大口径财政收入执行情况表 | 预 算 科 目 | 本年收入计划 | 累计完成数 |"
        " 累计完成数 | 占计划% | 上年同期数 | 同比增减% | 备注 | 中央级 | 省级 | 市级 | 县乡级 |"
        " 合 计 | 税收收入 | 89275 | 7451 | 2186 |↵| 5711 | 15348 | 17.19 | 14032 | 9.38 |↵|"
        " 增值税 | 45119 | …”:"
        ' a line that opens with "|" and a label is a row (not the row before continued); the'
        " column names and the first row on the sentence's line are a header and a row, the row's"
        " label the last name before the first figure; a header of two rows on one line is read"
        " with the group (a merged cell printed twice is one) whose names follow the top row and"
        " end with its 合计, placed where that 合计 adds up in most rows; a line break inside a"
        " row is its blank cell.",
        "“……如下: 大口径财政收入执行情况表 | 预 算 科 目 | 本年收入计划 | 累计完成数 | …… | 合 计 |"
        " 税收收入 | 89275 | 7451 | 2186 |↵| 5711 | 15348 | ……”：以“|”开头且首格为名称的行是新的"
        "一行；与句子同在一行的列名和首行分读为表头和一行，首个数字前的名称为该行名称；两层表头"
        "写在一行时，其分组（重复列印的合并单元格算一个）下的列名接在上层之后并以“合计”结尾，"
        "分组位置取多数行中“合计”相符之处；行内换行即空单元格。",
        (
            "tables._barred_label",
            "tables._header_then_row",
            "tables._two_rows_on_one_line",
            "tables._sums_in_row",
        ),
        (
            Example(
                # gs-dingxi-lintao (heldout8), the third row misprinted: 7451 + 2186 + 5711 =
                # 15348; 15348 / 89275 = 17.1918% -> 17.19; (15348 - 14032) / 14032 = 9.378% ->
                # 9.38; 3916 + 1371 + 2546 = 7833; 7833 / 45119 = 17.3607% -> 17.36;
                # 1552 / 6281 = 24.709% -> 24.71; 1894 + 631 + 641 = 3166, not 3156;
                # 3156 / 14950 = 21.110% -> 21.11; (3156 - 3431) / 3431 = -8.015% -> -8.02
                "具体收入项目情况如下: 大口径财政收入执行情况表 | 预 算 科 目 |"
                " 本年收入计划 | 累计完成数 | 累计完成数 | 占计划% | 上年同期数 | 同比增减% |"
                " 备注 | 中央级 | 省级 | 市级 | 县乡级 | 合 计 | 税收收入 | 89275 | 7451 | 2186 |\n"
                "| 5711 | 15348 | 17.19 | 14032 | 9.38 |\n"
                "| 增值税 | 45119 | 3916 | 1371 |\n| 2546 | 7833 | 17.36 | 6281 | 24.71 |\n"
                "| 消费税 | 50 | 17 |\n|\n|\n| 17 | 34.00 | 16 | 6.25 |\n"
                "| 企业所得税 | 14950 | 1894 | 631 |\n| 641 | 3156 | 21.11 | 3431 | -8.02 |",
                # 消费税: three blank cells, 17 of 50 = 34.00%, (17 - 16) / 16 = 6.25%; its 50 is
                # the plan, not 17 + 17 + 16
                (
                    ("sum", "15348", "agrees"),
                    ("completion", "17.19", "agrees"),
                    ("change-rate", "9.38", "agrees"),
                    ("sum", "7833", "agrees"),
                    ("completion", "17.36", "agrees"),
                    ("change-rate", "24.71", "agrees"),
                    ("completion", "34.00", "agrees"),
                    ("change-rate", "6.25", "agrees"),
                    ("sum", "3156", "disagrees"),
                    ("completion", "21.11", "agrees"),
                    ("change-rate", "-8.02", "agrees"),
                ),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
        ),
    ),
    Form(
        "a table row whose blank cells were dropped",
        "“1.工伤保险费收入 | 709,841,093.00 | … | 51.56% | 162.32%↵…↵3.财政补贴收入 | 0.00 |"
        " 100.00%↵4.其他收入 | 122,418.14 | 189,965.82 | 1,094,445.48 | -82.64%”: a row with a"
        " percentage in a column of amounts (or an amount in a column of percentages) does not"
        " line up with the columns; right after a total's parts it may be one more part, so that"
        " total is not checked. A table's rows are not read as an outline of numbered items.",
        "“……↵3.财政补贴收入 | 0.00 | 100.00%↵4.其他收入 | 122,418.14 | 189,965.82 | 1,094,445.48 |"
        " -82.64%”：金额列中出现百分数（或百分数列中出现金额）的行，其单元格与列不对齐；若紧接"
        "某合计的各分项之后，可能也是分项，该合计不予核对。表格各行不按编号提纲读取。",
        (
            "tables._trees",
            "tables._shifted_rows",
            "claims._outline_lists",
            "tables._spanned_leaves",
        ),
        (
            Example(
                # heldout15 js-wuxi-shebao: 收入小计 is 1. + 2. + 3. + 4. (206,135,874.33 =
                # 201,872,098.53 + 4,141,357.66 + 0 + 122,418.14), but rows 3 and 4 lost their
                # blank cells: nothing is claimed for it
                "项 目 | 2021年预算数 | 2021年调整后预算数 | 当期执行数 | 累计执行数"
                " | 上年同期累计执行数 | 预算执行进度(%) | 比上年同期增长(%)\n"
                "(一)收入小计 | 733,781,967.72 | 733,781,967.72 | 206,135,874.33 | 378,574,361.33 |"
                " 143,987,121.83 | 51.59% | 162.92%\n"
                "1.工伤保险费收入 | 709,841,093.00 | 709,841,093.00 | 201,872,098.53 |"
                " 365,973,801.79 | 139,512,863.69 | 51.56% | 162.32%\n"
                "2.利息收入 | 23,940,874.72 | 23,940,874.72 | 4,141,357.66 | 12,410,593.72 |"
                " 3,379,812.66 | 51.84% | 267.20%\n"
                "3.财政补贴收入 | 0.00 | 100.00%\n"
                "4.其他收入 | 122,418.14 | 189,965.82 | 1,094,445.48 | -82.64%\n",
                # the full rows' rates are read: 累计 / 调整后预算 (378,574,361.33 / 733,781,967.72
                # = 51.593% -> 51.59) and against 上年同期 ((378,574,361.33 - 143,987,121.83) /
                # 143,987,121.83 = 162.923% -> 162.92), and so for rows 1 and 2
                (
                    ("completion", "51.59", "agrees"),
                    ("change-rate", "162.92", "agrees"),
                    ("completion", "51.56", "agrees"),
                    ("change-rate", "162.32", "agrees"),
                    ("completion", "51.84", "agrees"),
                    ("change-rate", "267.20", "agrees"),
                ),
            ),
            Example(
                # a 0 in a column of percentages is a 0% (the row is in line): 3 + 15.15 = 18.15,
                # 7 + 15.15 = 22.15; 22.15 - 18.15 = 4, 4 / 18.15 = 22.04% -> 22; 7 - 3 = 4,
                # 4 / 3 = 133.3% -> 133; 15.15 - 15.15 = 0
                # (yn-baoshan-changning-kasizhen-2024-sgys, heldout28)
                "单位:万元 | ||||\n项目 | 2023年预算数 | 2024年预算数 | 比上年增、减情况 | |\n"
                "增、减金额 | 增、减幅度 | |||\n合计 | 18.15 | 22.15 | 4 | 22% |\n"
                "1.因公出国(境)费 | ||||\n2.公务接待费 | 3 | 7 | 4 | 133% |\n"
                "3.公务用车购置及运行费 | 15.15 | 15.15 | ||\n其中:(1)公务用车购置费 | ||||\n"
                "(2)公务用车运行费 | 15.15 | 15.15 | 0 | 0 |",
                (
                    ("sum", "18.15", "agrees"),
                    ("sum", "22.15", "agrees"),
                    ("difference", "4", "agrees"),
                    ("change-rate", "22", "agrees"),
                    ("difference", "4", "agrees"),
                    ("change-rate", "133", "agrees"),
                    ("difference", "0", "agrees"),
                ),
            ),
        ),
    ),
    Form(
        "a table one cell per line, nothing between the cells",
        "“科目↵110年度决算↵111年度决算↵112年度法定预算↵土地↵160,909↵350,984↵353,623↵…”: a"
        " label, then as many figures as there are columns, row after row; the names before the"
        " first row are the columns'. Under named columns, a row with fewer figures (its blank"
        " cell dropped by the copy: “因公出国(境)费↵0.00”) is passed over and the table goes on."
        " A 合计 row whose parts are parts of a standard breakdown is that breakdown's total (the"
        " 三公费), so prose that names it with its body and year (“某局2016年度“三公”经费…完成"
        "年初预算的88.7%”) finds its budget there.",
        "“科目↵110年度决算↵……↵土地↵160,909↵350,984↵353,623↵……”：每行一个名称后接与列数相同的"
        "数字，逐行排列；首行之前的名称为列名。列有名称时，数字少于列数的行（复制时丢了空格："
        "“因公出国(境)费↵0.00”）略过，表格继续。各分项属同一标准构成的“合计”行即该构成的总数"
        "（三公经费），正文冠以单位和年度的名称（“某局2016年度“三公”经费……完成年初预算的88.7%”）"
        "亦据此找到预算数。",
        ("tables._stacked", "tables._stacked_row", "tables._name_totals", "claims._lookup"),
        (
            Example(
                # 160909 + 246013 + 161228 = 568150; 350984 + 461891 + 147527 = 960402;
                # 353623 + 676390 + 143455 = 1173468
                "表1 预算编列及执行概况表 单位:千元\n科目\n110年度决算\n111年度决算\n"
                "112年度法定预算\n土地\n160,909\n350,984\n353,623\n房屋及建筑\n246,013\n"
                "461,891\n676,390\n机械及设备\n161,228\n147,527\n143,455\n合计\n568,150\n"
                "960,402\n1,173,468",
                (
                    ("sum", "568150", "agrees"),
                    ("sum", "960402", "agrees"),
                    ("sum", "1173468", "agrees"),
                ),
            ),
            Example(
                # 160909 + 246013 + 161228 = 568150, printed 586150 (transposed digits)
                "表1 预算编列及执行概况表 单位:千元\n科目\n110年度决算\n111年度决算\n"
                "112年度法定预算\n土地\n160,909\n350,984\n353,623\n房屋及建筑\n246,013\n"
                "461,891\n676,390\n机械及设备\n161,228\n147,527\n143,455\n合计\n586,150\n"
                "960,402\n1,173,468",
                (
                    ("sum", "586150", "disagrees"),
                    ("sum", "960402", "agrees"),
                    ("sum", "1173468", "agrees"),
                ),
                (("arithmetic.breakdown-sum", "error"),),
            ),
            Example(
                # the 因公出国 row prints one figure under two columns: passed over. Budgets
                # 35.00 + 42.00 = 77.00, actuals 26.4 + 41.90 = 68.30; the 合计 row is the 三公费
                # (its parts are the breakdown's), so the body-and-year name finds it:
                # 68.3 / 77.00 = 88.7013% -> 88.7; 26.4 / 35.00 = 75.4286% -> 75.43; 公务车 is
                # 公务用车: 41.9 / 42.00 = 99.7619% -> 99.76; prose 26.4 + 41.9 = 68.3
                "一、2016年“三公”经费决算情况表\n(单位:万元)\n项 目\n预算数\n决算数\n合 计\n77.00\n"
                "68.30\n因公出国(境)费\n0.00\n公务接待费\n35.00\n26.4\n公务用车购置及运行费\n"
                "42.00\n41.90\n二、情况说明\n"
                "某局2016年度“三公”经费财政拨款支出决算为68.3万元,完成年初预算的88.7%。其中:"
                "公务接待费支出决算为26.4万元,完成年初预算的75.43%;公务车购置及运行维护费支出"
                "决算为41.9万元,完成年初预算的99.76%。",
                (
                    ("sum", "77.00", "agrees"),
                    ("sum", "68.30", "agrees"),
                    ("sum", "68.3", "agrees"),
                    ("completion", "88.7", "agrees"),
                    ("completion", "75.43", "agrees"),
                    ("completion", "99.76", "agrees"),
                ),
            ),
            Example(
                # 68.3 / 77.00 = 88.7013% -> 88.7, printed 85.7
                "一、2016年“三公”经费决算情况表\n(单位:万元)\n项 目\n预算数\n决算数\n合 计\n77.00\n"
                "68.30\n因公出国(境)费\n0.00\n公务接待费\n35.00\n26.4\n公务用车购置及运行费\n"
                "42.00\n41.90\n二、情况说明\n"
                "某局2016年度“三公”经费财政拨款支出决算为68.3万元,完成年初预算的85.7%。",
                (
                    ("sum", "77.00", "agrees"),
                    ("sum", "68.30", "agrees"),
                    ("completion", "85.7", "disagrees"),
                ),
                (("arithmetic.sangong", "warning"),),
            ),
        ),
    ),
    Form(
        "a 三公 table's header, then its figures alone, one per line",
        "The header cells one per line, then the row of figures alone (“328.7↵10↵78.7↵43↵35.7↵"
        "240”): read in pre-order (a total, then its parts, a part possibly a subtotal); with a"
        " header ending in 预算数/决算数 pairs the figures alternate between the two phases and"
        " are two rows sharing one layout. A row shaped like the 三公 breakdown names its cells"
        " (三公 = 出国 + 公务用车购置及运行 + 接待), so prose about them finds its budget there.",
        "表头逐格换行，其后整行数字逐个换行（“328.7↵10↵78.7↵43↵35.7↵240”）：按先总后分读；"
        "表头以“预算数/决算数”成对结尾时数字两种口径交替，读作结构相同的两行。与三公构成同形的行"
        "按构成命名各格，正文据此找到预算数。",
        ("tables._figure_rows", "tables._name_by_breakdown"),
        (
            Example(
                # 10 + 78.7 + 240 = 328.7; 43 + 35.7 = 78.7
                "单位:万元\n“三公”经费合计\n因公出国(境)费\n公务用车购置及运行费\n公务接待费\n"
                "小计\n公务用车购置费\n公务用车运行费\n328.7\n10\n78.7\n43\n35.7\n240",
                (("sum", "328.7", "agrees"), ("sum", "78.7", "agrees")),
            ),
            Example(
                # budgets: 80.00 + 415.40 + 188.11 = 683.51, 105.00 + 310.40 = 415.40;
                # actuals: 0.00 + 316.57 + 41.61 = 358.18, 104.03 + 212.55 = 316.58, printed
                # 316.57 (a warning); 316.57 / 415.40 = 76.2085% -> 76.21, the budget found in
                # the table by the cell's name
                "单位:万元\n合计\n因公出国(境)费\n公务用车购置及运行维护费\n公务接待费\n小计\n"
                "公务用车购置费\n公务用车运行维护费\n预算数\n决算数\n预算数\n决算数\n预算数\n"
                "决算数\n预算数\n决算数\n预算数\n决算数\n预算数\n决算数\n683.51\n358.18\n80.00\n"
                "0.00\n415.40\n316.57\n105.00\n104.03\n310.40\n212.55\n188.11\n41.61\n"
                "公务用车购置及运行维护费支出决算为316.57万元,完成预算的76.21%。",
                (
                    ("sum", "683.51", "agrees"),
                    ("sum", "358.18", "agrees"),
                    ("sum", "415.40", "agrees"),
                    ("sum", "316.57", "rounding"),
                    ("completion", "76.21", "agrees"),
                ),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
        ),
    ),
    Form(
        "a 收支 statement, one cell per line",
        "A 收支平衡表 copied one cell per line with blank lines between (“收入↵执行数↵支出↵执行数↵"
        "总计↵1000↵总计↵1000↵一、本级收入↵600↵一、本级支出↵800↵…”): label and figure pairs,"
        " income and spending side by side (an empty cell is a missing pair); each side is a"
        " column whose totals are found from the figures and, where the rows are numbered"
        " 一、二、, from the numbering (总计 over the numbered rows, each over the rows after it;"
        " a warning when these do not add up).",
        "逐格换行复制的收支平衡表（“收入↵执行数↵支出↵执行数↵总计↵1000↵总计↵1000↵一、本级收入↵"
        "600↵…”）：名称与数字成对，收入、支出两侧并列（空格表示该侧缺一对）；每侧为一列，"
        "由数字识别合计，行有“一、二、”编号时再按编号核对（总计为各编号行之和，编号行为其后"
        "各行之和；不符时报警告）。",
        ("tables._two_sided", "tables._numbered_tree"),
        (
            Example(
                # income: 600 + 400 = 1000, 400 + 200 = 600, 300 + 100 = 400;
                # spending: 800 + 200 = 1000, 150 + 50 = 200
                "单位:万元\n\n收    入\n\n执行数\n\n支    出\n\n执行数\n\n总   计\n\n1000\n\n"
                "总   计\n\n1000\n\n一、本级收入\n\n600\n\n一、本级支出\n\n800\n\n税收\n\n"
                "400\n\n二、转移性支出\n\n200\n\n非税\n\n200\n\n上解支出\n\n150\n\n"
                "二、转移性收入\n\n400\n\n结转下年支出\n\n50\n\n上级补助收入\n\n300\n\n\n\n"
                "上年结转\n\n100",
                (
                    ("sum", "1000", "agrees"),
                    ("sum", "1000", "agrees"),
                    ("sum", "600", "agrees"),
                    ("sum", "200", "agrees"),
                    ("sum", "400", "agrees"),
                ),
            ),
            Example(
                # spending: 150 + 60 = 210, not the 200 printed for 二、转移性支出
                "单位:万元\n\n收    入\n\n执行数\n\n支    出\n\n执行数\n\n总   计\n\n1000\n\n"
                "总   计\n\n1000\n\n一、本级收入\n\n600\n\n一、本级支出\n\n800\n\n税收\n\n"
                "400\n\n二、转移性支出\n\n200\n\n非税\n\n200\n\n上解支出\n\n150\n\n"
                "二、转移性收入\n\n400\n\n结转下年支出\n\n60\n\n上级补助收入\n\n300\n\n\n\n"
                "上年结转\n\n100",
                (
                    ("sum", "1000", "agrees"),
                    ("sum", "1000", "agrees"),
                    ("sum", "600", "agrees"),
                    ("sum", "200", "disagrees"),
                    ("sum", "400", "agrees"),
                ),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
        ),
    ),
    Form(
        "a 绩效自评表's funding row (执行率)",
        "“年度资金总额 43.2 43.2 37.24 10 86% 9” under the template's header (年初预算数,"
        " 全年预算数, 全年执行数, 分值, 执行率, 得分), its cells one per line or run together: the"
        " 执行率 is the 全年执行数 over the 全年预算数 (columns taken from the template: weak).",
        "项目支出绩效自评表资金行（表头：年初预算数、全年预算数、全年执行数、分值、执行率、得分）："
        "执行率 = 全年执行数 ÷ 全年预算数（按模板取列，系推断）。",
        ("claims._execution_rows",),
        (
            Example(
                # 37.24 / 43.2 = 86.20% -> 86 (he-langfang-shipin-gongcheng-xuexiao, heldout7);
                # the 其中 row prints "-" for its 分值 and 得分
                "项目资金\n(万元)\n年初\n预算数\n全年\n预算数\n全年\n执行数\n分值\n执行率\n得分\n"
                "年度资金总额\n43.2\n43.2\n37.24\n10\n86%\n9\n其中:当年财政拨款\n43.2\n43.2\n"
                "37.24\n-\n86%\n-\n",
                (("completion", "86", "agrees"), ("completion", "86", "agrees")),
            ),
            Example(
                # the same, misprinted: 37.24 / 43.2 = 86.20%, printed 96%
                "项目资金\n(万元)\n年初\n预算数\n全年\n预算数\n全年\n执行数\n分值\n执行率\n得分\n"
                "年度资金总额\n43.2\n43.2\n37.24\n10\n96%\n9\n",
                (("completion", "96", "disagrees"),),
                (("arithmetic.completion-rate", "warning"),),
            ),
            Example(
                # no header naming 执行率 before the row: not read as the template
                "年度资金总额\n43.2\n43.2\n37.24\n10\n96%\n9\n",
                (),
            ),
        ),
    ),
    Form(
        "a line of figures: current, prior, change, rate",
        "“財產收入 2,798,000 168,442 161,000 7,442 4.62 2,801,381 …”: four figures in a row,"
        " separated by spaces alone (or one “|” of a table whose cells are out of line with its"
        " header), whose third is the first less the second exactly"
        " and whose fourth is near the third over the second (within 2%) are a comparison,"
        " however many cells the line left blank; the rate is checked (a weak reading).",
        "“財產收入 2,798,000 168,442 161,000 7,442 4.62 ……”：以空格（或与表头错位的表格“|”）"
        "隔开的一行数字中，"
        "连续四个数若第三个恰为前两数之差、第四个接近第三个除以第二个（2%以内），即为本期、上期、增减额、增减率，"
        "无论前面空了几栏；核对增减率（系推断）。",
        ("claims._figure_runs", "claims._run_amount", "claims._run_rate", "claims._run_shares"),
        (
            Example(
                # (tw-taoyuan-yangming-gaozhong, heldout7) 168442 - 161000 = 7442, 7442 / 161000
                # = 4.622% -> 4.62; 2801381 - 2798000 = 3381, 3381 / 2798000 = 0.121% -> 0.12;
                # 349050 - 450000 = -100950, -100950 / 450000 = -22.433% -> -22.43 (the line
                # left two cells blank before it)
                "單位:新臺幣元\n財產收入 2,798,000 168,442 161,000 7,442 4.62 2,801,381 2,798,000"
                " 3,381 0.12\n勞務收入 450,000 2,950 2,950 349,050 450,000 -100,950 -22.43",
                (
                    ("difference", "7442", "agrees"),
                    ("change-rate", "4.62", "agrees"),
                    ("difference", "3381", "agrees"),
                    ("change-rate", "0.12", "agrees"),
                    ("difference", "-100950", "agrees"),
                    ("change-rate", "-22.43", "agrees"),
                ),
            ),
            Example(
                # a "|" table whose rows left their blank cells at the end, out of line with the
                # header (tw-hualien-caizhengchu-115-ys-tw, heldout5): 2261000 − 2137000 =
                # 124000, 124000 / 2137000 = 5.802% -> 5.80; 189000 − 183000 = 6000, 6000 /
                # 183000 = 3.279% -> 3.28
                "| 編號 | 科目 | 說明 | 數量 | 單位 | 單價 | 115預算 | 114預算 | 114差異 |"
                " 114比例 |\n|---|---|---|---|---|---|---|---|---|---|\n"
                "| 1000 | 人事費 | 縣庫負擔2,261,000元 | 2,261,000 | 2,137,000 | 124,000 | 5.80%"
                " | |||\n"
                "| 1030 | 獎金 | 189,000 | 183,000 | 6,000 | 3.28% | ||||",
                (
                    ("difference", "124000", "agrees"),
                    ("change-rate", "5.80", "agrees"),
                    ("difference", "6000", "agrees"),
                    ("change-rate", "3.28", "agrees"),
                ),
            ),
            Example(
                # a rate misprinted near its value: 7442 / 161000 = 4.622%, printed 4.66
                "單位:新臺幣元\n財產收入 2,798,000 168,442 161,000 7,442 4.66 2,801,381 2,798,000"
                " 3,381 0.12",
                (
                    ("difference", "7442", "agrees"),
                    ("change-rate", "4.66", "disagrees"),
                    ("difference", "3381", "agrees"),
                    ("change-rate", "0.12", "agrees"),
                ),
                (("arithmetic.change-rate", "warning"),),
            ),
            Example(
                # a blank cell before the change (本月实际 left blank): 100,000 - 50,000 is not
                # -50,000, so nothing is paired by the rate alone; a balance and an index after
                # it (71416 - 170169 = -98753, then 196.5, no rate of it) are no comparison
                "單位:新臺幣元\n財產處分收入 100,000 50,000 -50,000 -100.00\n"
                "1978 71416 170169 -98753 196.5 153.3",
                (),
            ),
            Example(
                # a 決算 table puts the base first (預算數 決算數 比較增減數 增減%), a fall printed
                # without its sign and marked "(-)"; a share of the total line's 決算數 follows
                # (100.00 on the total's line): 18152685000 - 14535197049 = 3617487951,
                # / 18152685000 = 19.928% -> 19.93; 8115835000 - 7870691741 = 245143259,
                # / 8115835000 = 3.0205% -> 3.02, 7870691741 / 14535197049 = 54.1492% -> 54.15,
                # printed 54.14 (tw-hsinchu-shifu-97-zjs-tw, heldout8); 116628127 - 109484000 =
                # 7144127, / 109484000 = 6.525% -> 6.53, share 0.8024% -> 0.80
                "單位:新臺幣元\n一、歲入合計 18,152,685,000 14,535,197,049(-) 3,617,487,951(-)"
                " 19.93 100.00 1.稅 課 收 入 8,115,835,000 7,870,691,741(-) 245,143,259(-) 3.02"
                " 54.14"
                "\n6.財 產 收 入 109,484,000 116,628,127 7,144,127 6.53 0.80",
                (
                    ("difference", "3617487951", "agrees"),
                    ("change-rate", "19.93", "agrees"),
                    ("difference", "245143259", "agrees"),
                    ("change-rate", "3.02", "agrees"),
                    ("share", "54.14", "disagrees"),
                    ("difference", "7144127", "agrees"),
                    ("change-rate", "6.53", "agrees"),
                    ("share", "0.80", "agrees"),
                ),
                (("arithmetic.share", "warning"),),
            ),
        ),
    ),
    Form(
        "comparison table",
        "A table of this year against last (“本期 | 上年同期 | 增加额 | 增长率”, or the columns run"
        " together with spaces): the change is the difference of the two figures before it, the"
        " rate the change over the earlier one. A difference of two percentages printed bare"
        " as a fraction of one (a spreadsheet's value: −0.02 for 28.07% − 30.28%) is read so;"
        " a figure certain to be the difference of two figures is no rate of the same two.",
        "本期与上年同期对比表（含增减额、增长率列）：增减额为两期之差，增长率为增减额除以上期。"
        "两个百分比之差印为不带%的小数的（电子表格的值），按小数读取；一个数已确证为两数之差的，"
        "不再按这两数的增长率核对。",
        (
            "claims._comparison_row",
            "claims._fraction_gap",
            "claims._dedupe",
            "tables.read_comparisons",
            "tables._rate_rows",
            "tables._near_magnitude",
        ),
        (
            Example(
                # a hospital's quarterly table (ekongge): 5053.28 − 5363.02 = −309.74, −5.78%;
                # 28.07% − 30.28% = −2.21 points, printed as the fraction −0.0221 → −0.02; each
                # difference is no rate of the same two figures
                "项 目 | 2021年三季度 | 2020年三季度 | 增长额 | 增长比 |\n"
                "医疗收入(万元) | 5053.28 | 5363.02 | -309.74 | -5.78% |\n"
                "门诊收入(万元) | 2551.77 | 2333.68 | 218.09 | 9.35% |\n"
                "药占比(%) | 28.07% | 30.28% | -0.02 | |",
                (
                    ("difference", "-309.74", "agrees"),
                    ("change-rate", "-5.78", "agrees"),
                    ("difference", "218.09", "agrees"),
                    ("change-rate", "9.35", "agrees"),
                    ("difference", "-0.02", "agrees"),
                ),
            ),
            Example(
                # the same, the fraction misprinted: −0.05 for −0.0221
                "项 目 | 2021年三季度 | 2020年三季度 | 增长额 | 增长比 |\n"
                "医疗收入(万元) | 5053.28 | 5363.02 | -309.74 | -5.78% |\n"
                "门诊收入(万元) | 2551.77 | 2333.68 | 218.09 | 9.35% |\n"
                "药占比(%) | 28.07% | 30.28% | -0.05 | |",
                (
                    ("difference", "-309.74", "agrees"),
                    ("change-rate", "-5.78", "agrees"),
                    ("difference", "218.09", "agrees"),
                    ("change-rate", "9.35", "agrees"),
                    ("difference", "-0.05", "disagrees"),
                ),
                (("arithmetic.change-amount", "error"),),
            ),
            Example(
                # a rate column printed bare, its "%" lost from the header, and without the sign
                # of a fall (tw-jianbaoju-89, heldout7): 14987.11 - 32894.09 = -17906.98,
                # 17906.98 / 32894.09 = 54.438% -> 54.44; 50.96 / 7230.69 = 0.70%; 0.72 /
                # 491.54 = 0.146% -> 0.15
                "單位:新台幣百萬元\n項目 本次 上年度 比較增減數 %\n"
                "營運資金餘額 14,987.11 32,894.09 -17,906.98 54.44\n"
                "固定資產餘額 7,281.65 7,230.69 50.96 0.70\n長期負債餘額 492.26 491.54 0.72 0.15",
                (
                    ("difference", "-17906.98", "agrees"),
                    ("change-rate", "54.44", "agrees"),
                    ("difference", "50.96", "agrees"),
                    ("change-rate", "0.70", "agrees"),
                    ("difference", "0.72", "agrees"),
                    ("change-rate", "0.15", "agrees"),
                ),
            ),
            Example(
                # the same, one rate misprinted: 50.96 / 7230.69 = 0.7048% -> 0.70, printed 0.80
                "單位:新台幣百萬元\n項目 本次 上年度 比較增減數 %\n"
                "營運資金餘額 14,987.11 32,894.09 -17,906.98 54.44\n"
                "固定資產餘額 7,281.65 7,230.69 50.96 0.80\n長期負債餘額 492.26 491.54 0.72 0.15",
                (
                    ("difference", "-17906.98", "agrees"),
                    ("change-rate", "54.44", "agrees"),
                    ("difference", "50.96", "agrees"),
                    ("change-rate", "0.80", "disagrees"),
                    ("difference", "0.72", "agrees"),
                    ("change-rate", "0.15", "agrees"),
                ),
                (("arithmetic.change-rate", "error"),),
            ),
            Example(
                # a column of changes adds up too, falls included: 15.00 - 5.00 = 10.00; in the
                # second block 0.00 + 5.00 = 5.00 and 55.00 - 50.00 = 5.00, not the 6.00 printed
                "单位:万元\n项目 | 上年 | 本年 | 增减\n合计 | 100.00 | 110.00 | 10.00\n"
                "甲 | 60.00 | 75.00 | 15.00\n乙 | 40.00 | 35.00 | -5.00\n"
                "合计 | 50.00 | 55.00 | 6.00\n丙 | 30.00 | 30.00 | 0.00\n丁 | 20.00 | 25.00 | 5.00",
                (
                    ("sum", "100.00", "agrees"),
                    ("sum", "110.00", "agrees"),
                    ("difference", "10.00", "agrees"),
                    ("sum", "10.00", "agrees"),
                    ("difference", "15.00", "agrees"),
                    ("difference", "-5.00", "agrees"),
                    ("sum", "50.00", "agrees"),
                    ("sum", "55.00", "agrees"),
                    ("difference", "6.00", "disagrees"),
                    ("sum", "6.00", "disagrees"),
                    ("difference", "0.00", "agrees"),
                    ("difference", "5.00", "agrees"),
                ),
                (("arithmetic.change-amount", "error"), ("arithmetic.breakdown-sum", "error")),
            ),
            Example(
                # periods by row and a row of rates that names them: (2364 - 2840) / 2840 =
                # -16.76%, (12 - 90) / 90 = -86.67%, (2352 - 2750) / 2750 = -14.47%, printed
                # -14.57 (outside [-14.51%, -14.44%] over the rounding of the integers)
                "单位:万元\n年度 | 合计 | 因公出国(境)费 | 公务接待费\n2015年 | 2840 | 90 | 2750\n"
                "2016年 | 2364 | 12 | 2352\n2016年比2015年增减% | -16.76 | -86.67 | -14.57",
                (
                    ("sum", "2840", "agrees"),
                    ("sum", "2364", "agrees"),
                    ("change-rate", "-16.76", "agrees"),
                    ("change-rate", "-86.67", "agrees"),
                    ("change-rate", "-14.57", "disagrees"),
                ),
                (("arithmetic.change-rate", "error"),),
            ),
            Example(
                # 125.6 - 110.2 = 15.4, 15.4 / 110.2 = 13.9746% -> 13.97;
                # 88.0 - 96.5 = -8.5, -8.5 / 96.5 = -8.8083% -> -8.81
                "单位:万元\n项目 上年数 本年数 增减额 增减率\n总收入 110.2 125.6 15.4 13.97%\n"
                "总支出 96.5 88.0 -8.5 -8.81%",
                (
                    ("difference", "15.4", "agrees"),
                    ("change-rate", "13.97", "agrees"),
                    ("difference", "-8.5", "agrees"),
                    ("change-rate", "-8.81", "agrees"),
                ),
            ),
            Example(
                # -8.5 / 96.5 = -8.8083% -> -8.81, printed -8.18; the rounding of 96.5 and 88.0
                # moves it by no more than ±0.01
                "单位:万元\n项目 上年数 本年数 增减额 增减率\n总收入 110.2 125.6 15.4 13.97%\n"
                "总支出 96.5 88.0 -8.5 -8.18%",
                (
                    ("difference", "15.4", "agrees"),
                    ("change-rate", "13.97", "agrees"),
                    ("difference", "-8.5", "agrees"),
                    ("change-rate", "-8.18", "disagrees"),
                ),
                (("arithmetic.change-rate", "error"),),
            ),
        ),
    ),
    Form(
        "parallel breakdowns after 其中",
        "“共采购项目48个，计划金额A，实际金额B，其中：货物类项目…，计划金额…，实际金额…；工程类…”:"
        " each figure of the total has its counterpart in every part.",
        "“共采购项目N个，计划金额A，实际金额B，其中：货物类……；工程类……”：总数的每个数字在各分项中"
        "都有对应数字，分别求和。",
        ("claims._parallel_lists",),
        (
            Example(
                # 30 + 6 + 12 = 48; 1820.3 + 1025.0 + 415.2 = 3260.5;
                # 1736.9 + 978.6 + 389.7 = 3105.2
                "全年共采购项目48个,计划金额3260.5万元,实际金额3105.2万元,其中:货物类项目30个,"
                "计划金额1820.3万元,实际金额1736.9万元;工程类项目6个,计划金额1025.0万元,"
                "实际金额978.6万元;服务类项目12个,计划金额415.2万元,实际金额389.7万元。",
                (
                    ("sum", "48", "agrees"),
                    ("sum", "3260.5", "agrees"),
                    ("sum", "3105.2", "agrees"),
                ),
            ),
            Example(
                # 1736.9 + 978.6 + 398.7 = 3114.2, not 3105.2
                "全年共采购项目48个,计划金额3260.5万元,实际金额3105.2万元,其中:货物类项目30个,"
                "计划金额1820.3万元,实际金额1736.9万元;工程类项目6个,计划金额1025.0万元,"
                "实际金额978.6万元;服务类项目12个,计划金额415.2万元,实际金额398.7万元。",
                (
                    ("sum", "48", "agrees"),
                    ("sum", "3260.5", "agrees"),
                    ("sum", "3105.2", "disagrees"),
                ),
                (("arithmetic.breakdown-sum", "error"),),
            ),
            Example(
                # the last item in a paragraph of its own, printed in the same form, still belongs:
                # 231 + 94 + 148 = 473; 48962.44 + 30005.94 + 18187.79 = 97156.17 (rounding)
                "本年度共采购项目473个,采购计划金额共计97156.16万元,其中货物类采购项目231个,"
                "采购计划金额共计48962.44万元;工程类采购项目94个,采购计划金额共计30005.94万元。\n"
                "服务类采购项目148个,采购计划金额共计18187.79万元。",
                (("sum", "473", "agrees"), ("sum", "97156.16", "rounding")),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
            Example(
                # of the figures named alike before 其中, the last is broken down (571.04 =
                # 507.98 + 63.06), not every earlier item's (0, 249.29)
                "其中:因公出国(境)费预算数为0万元,决算支出数为0万元;公务接待费预算数为310.37万元,"
                "决算支出数为249.29万元;公务用车购置及运行维护费预算数为521.67万元,决算支出数为"
                "571.04万元,其中:公务用车运行维护费预算数为478.19万元,决算支出数为507.98万元;"
                "公务用车购置费预算数为43.48万元,决算支出数为63.06万元。",
                (("sum", "521.67", "agrees"), ("sum", "571.04", "agrees")),
            ),
        ),
    ),
    Form(
        "a total of all levels of government listed by the upper levels' parts",
        "“全省各级财政部门已累计拨付…46.3亿元。其中,省财政下拨中央补助资金16.6亿元、省级资金22.9亿元”:"
        " a total of every level (各级) whose parts each name an upper level (中央, 省 or 市,"
        " with 级, 本级 or 财政) and none of the levels below (市县, 县, 地方, 基层), short of"
        " it, is some of it; listed with the levels below, it is all of it.",
        "“全省各级财政部门已累计拨付……46.3亿元。其中，省财政下拨中央补助资金16.6亿元、省级资金22.9亿元”："
        "“各级”的合计，若各分项都只标明上级（中央、省、市的本级或财政），无一标明下级（市县、县、地方、"
        "基层），且不足合计，则只是其中一部分；列出下级时才是全部。",
        ("claims._one_level_of_all",),
        (
            Example(
                # 安徽 2007 民生工程 (chinagate.cn): 16.6 + 22.9 = 39.5 of 46.3, the 市县' part
                # (of 市县承担14.4亿元) not listed
                "截至8月20日,全省各级财政部门已累计拨付民生工程资金46.3亿元,占年筹资总额的67.1%。"
                "其中,省财政下拨中央补助资金16.6亿元、省级资金22.9亿元。",
                (),
            ),
            Example(
                # the levels below listed: all of it, 16.6 + 22.9 = 39.5, printed 46.3
                "全省各级财政投入46.3亿元,其中省级资金16.6亿元、市县资金22.9亿元。",
                (("sum", "46.3", "disagrees"),),
                (("arithmetic.breakdown-sum", "error"),),
            ),
        ),
    ),
    Form(
        "what of a part was done, after it in a 其中 list",
        "“总投资435.05亿元,其中省级资金109.98亿元,目前已下达123.01亿元”: a figure named 已… done"
        " (下达, 拨付, 到位, 使用…; after a time word at most) after a part is what of it was done,"
        " no part of the total.",
        "“总投资435.05亿元，其中省级资金109.98亿元，目前已下达123.01亿元”：分项之后以“已……”（下达、"
        "拨付、到位、使用等，前面至多有时间词）标明的数，是该分项的已完成数，不是合计的分项。",
        ("claims._gather",),
        (
            Example(
                # 福建 2023 为民办实事 (folksfolks.com): 123.01 is what of 109.98 was passed down,
                # no part of 435.05
                "今年为民办实事项目总投资435.05亿元,其中省级资金109.98亿元,目前已下达123.01亿元,"
                "完成年初计划的111.8%。",
                (),
            ),
            Example(
                # the parts named alike: 20 + 30 = 50, the 已到位 figures apart
                "项目总投资50万元,其中中央资金20万元,已到位15万元;省级资金30万元,已到位30万元。",
                (("sum", "50", "agrees"),),
            ),
        ),
    ),
    Form(
        "a list printed one item a line, each line ending with 、",
        "“全国发行新增债券43709亿元,其中↵一般债券7865亿元、↵专项债券35844亿元。”: a line that"
        " ends with an enumeration comma goes on in the next, however short.",
        "“全国发行新增债券43709亿元，其中↵一般债券7865亿元、↵专项债券35844亿元。”：以顿号结尾的行，无论"
        "多短，都接续下一行。",
        ("normalise._soft_breaks",),
        (
            Example(
                # 2021 全国债券发行 (micro-refinery.com): 7865 + 35844 = 43709
                "全国发行新增债券43709亿元,其中\n一般债券7865亿元、\n专项债券35844亿元。",
                (("sum", "43709", "agrees"),),
            ),
        ),
    ),
    Form(
        "counts of evaluated items by grade, without 其中",
        "“上报…绩效自评2630个,…。单位自评结果“优秀”1812个、“良好”171个、“中”536个、“差”111个”:"
        " counts of one measure word named by the grades of an evaluation (each once, a top grade"
        " first) are the parts of the count printed last before them (a weak reading).",
        "“上报……绩效自评2630个，……。单位自评结果“优秀”1812个、“良好”171个、“中”536个、“差”111个”："
        "同一量词、以评价等级命名的计数（各等级只出现一次，首项为较高等级），是此前最近所列同量词计数的"
        "分项（推断）。",
        ("claims._grade_counts",),
        (
            Example(
                # 文成县 2024 (wencheng.gov.cn): 1812 + 171 + 536 + 111 = 2630
                "各部门(单位)上报2023年度支出项目绩效自评2630个,涉及金额340915.5112万元。单位自评"
                "结果“优秀”1812个、“良好”171个、“中”536个、“差”111个。",
                (("sum", "2630", "agrees"),),
            ),
            Example(
                # a wrong count: 5 + 23 + 22 = 50, printed 55 (a warning: inferred)
                "共评价项目55个,评价结果为优的5个、良的23个、中的22个。",
                (("sum", "55", "disagrees"),),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
            Example(
                # the grade then 有 (腾冲市林草局 2024, dhap.com.cn, traditional): 37 + 5 + 6 = 48;
                # 12 + 1 + 1 = 14
                "本級48個項目評價等級為“優”有37個、評價等級為“中”有5個、評價等級為“良”有6個;明光"
                "國有林場14個項目評價等級為“優”有12個、評價等級為“良”有1個、評價等級為“差”有1個。",
                (("sum", "48", "agrees"), ("sum", "14", "agrees")),
            ),
            Example(
                # the items so graded, counted with 计 (阳高县 2025 绩效评价结果, dtyg.gov.cn, miss
                # 29): 6 + 18 = 24
                "24个项目支出绩效评价中,绩效评价等级为“优”的项目计6个,绩效评价等级为“良”的项目计"
                "18个。",
                (("sum", "24", "agrees"),),
            ),
            Example(
                # 其中有 names no grade: 8 and 3 are no run of grades, and no parts of 12
                "共评价项目12个,评价等级为优秀有8个,其中有3个为新建项目。",
                (),
            ),
            Example(
                # no grades: 初中 and 高中 end with 中, but a run opens with a top grade
                "全县有学校20所,初中5所、高中3所。",
                (),
            ),
        ),
    ),
    # ------------------------------------------------------------------------------------------
    # Balances, formulas, restatements
    Form(
        "a difference printed by its name (净资产)",
        "“资产总额30.0万亿元,负债总额9.5万亿元,净资产20.5万亿元”: a figure named by a difference"
        " of the vocabulary (净资产; 净收入, 收入 less 支出) is the last figure of the first name"
        " before it in its paragraph less the last of the second (a weak reading). Siblings"
        " named with the same total word (“其中,行政单位资产总额8.9万亿元,"
        "事业单位资产总额21.1万亿元”) are parts, not a total that closes the list. The parent's"
        " owners' part (归属于母公司的净资产) is not the whole difference.",
        "“资产总额30.0万亿元，负债总额9.5万亿元，净资产20.5万亿元”：以词表中差额名称（净资产）列示"
        "的数，等于同段此前最近的资产数减负债数（结构系推断）。以相同合计词命名的并列项（“其中，行政"
        "单位资产总额8.9万亿元，事业单位资产总额21.1万亿元”）是分项，不是结束列表的合计。“归属于母公司"
        "的净资产”只是其中一部分，不按资产减负债核对。",
        (
            "claims._named_differences",
            "claims._OWNERS_PART",
            "vocabulary.NAMED_DIFFERENCES",
            "claims._same_total_word",
        ),
        (
            Example(
                # 嘉定区 国企 2023 (a 人大 report): 1560.52 − 987.56 = 572.96 is the 所有者权益, not
                # the parent's part 544.82 (it was read so: a warning)
                "资产总额1560.52亿元;负债总额987.56亿元;归属于母公司的净资产544.82亿元。",
                (),
            ),
            Example(
                # 净收入 = 收入 − 支出: 97.9 − 57 = 40.9 (mo-macau-shebaojijin-2021-ndbg-tw,
                # heldout35)
                "二○二一年澳門的社會保障總收入為97.9億元,總支出為57億元,淨收入40.9億元。",
                (("difference", "40.9", "agrees"),),
            ),
            Example(
                # 30.0 - 9.5 = 20.5; 8.9 + 21.1 = 30.0 (cn-guowuyuan-2017-gyzcbg, heldout32)
                "全国行政事业单位资产总额30.0万亿元,负债总额9.5万亿元,净资产20.5万亿元。其中,行政单位"
                "资产总额8.9万亿元,事业单位资产总额21.1万亿元。",
                (("sum", "30.0", "agrees"), ("difference", "20.5", "agrees")),
            ),
            Example(
                # named with 共计 and the other name in brackets (四川省 2024 国有资产,
                # scspc.gov.cn):
                # 29.87 − 19.33 = 10.54
                "截至2024年底,全省国有资产共计29.87万亿元,同比增长12.57%;负债共计19.33万亿元,增长"
                "13.9%;净资产(所有者权益)共计10.54万亿元,增长10.21%。",
                (("difference", "10.54", "agrees"),),
            ),
            Example(
                # 30.0 - 9.5 = 20.5, not 21.5 (a warning)
                "全国行政事业单位资产总额30.0万亿元,负债总额9.5万亿元,净资产21.5万亿元。",
                (("difference", "21.5", "disagrees"),),
                (("arithmetic.change-amount", "warning"),),
            ),
        ),
    ),
    Form(
        "balance 收支结余",
        "“…收入64,053万元,…。…支出62,677万元,…。当年收支结余1,376万元”: a figure named 收支结余"
        " (收支差额) is the last figure in less the last figure out printed before it in its"
        " paragraph, when the two name the same thing (a weak reading); a part after 其中,"
        " printed apart from the money out, is not the money in. A balance (结余, 差额)"
        " followed by 其中 and exactly its two sides (“收支结余10万元,其中:收入30万元,支出20万元”)"
        " is the money in less the money out, not their sum.",
        "“……收入64,053万元……。……支出62,677万元……。当年收支结余1,376万元”：收支结余（收支差额）"
        "等于同段此前最后一项同名收入减最后一项支出（结构系推断）。结余（差额）之后以“其中”列出"
        "恰为一收一支两项的（“收支结余10万元,其中:收入30万元,支出20万元”），按收入减支出核对，"
        "不按两项之和。",
        (
            "claims._net_balances",
            "claims._earlier_values",
            "claims._flow_stem",
            "claims._check_list",
        ),
        (
            Example(
                # a fund's balance of the period, 当期结余, after both sides' 其中 lists (殷都区医保
                # 2025 上半年, yindu.gov.cn): 47100150.79 − 52410237.98 = −5310087.19
                "2025年1-6月城镇职工基本医疗保险基金收入47100150.79元。其中:上级补助收入47000000元"
                "(统筹基金收入20000000元,个人账户收入27000000元),利息收入99423.63元,其他收入727.16元。"
                "1-6月支出52410237.98元(含公务员支出)。其中:基本医疗保险支出51991856.51元(统筹基金"
                "支出18569414.7元、个人账户支出33422441.81元),公务员医疗补助支出295664.7元,上解上级"
                "支出100150.79元,转移支出22565.98元。当期结余-5310087.19元,累计结余12378689.94元。",
                (
                    ("sum", "47100150.79", "agrees"),
                    ("sum", "47000000", "agrees"),
                    ("sum", "52410237.98", "agrees"),
                    ("sum", "51991856.51", "agrees"),
                    ("balance", "-5310087.19", "agrees"),
                ),
            ),
            Example(
                # the balance of the parts right before it, after the wholes: read both ways, and
                # the parts agree (5640.86 − 3439.39 = 2201.47; the wholes give 1956.40)
                "职工基本医保基金收入7486.95万元,支出5530.55万元,其中:职工统筹基金收入5640.86万元,"
                "支出3439.39万元,收支结余2201.47万元。",
                (("balance", "2201.47", "agrees"),),
            ),
            Example(
                # a part of an earlier 其中 than the balance's own is no side of it, and the money
                # out is printed only after a 其中: no reading (41.89 − 28.63 = 13.26, but 30.30 −
                # 15.82 = 14.48 was a warning)
                "截至2023年末,职工基本医疗保险基金收入41.89亿元,其中统筹基金收入30.30亿元;基金支出"
                "28.63亿元,其中统筹基金支出15.82亿元;当期结余13.26亿元。",
                (),
            ),
            Example(
                # the same form, the balance misprinted: 100 − 80 = 20, not 25 (a warning)
                "职工医保基金收入100万元。基金支出80万元。当期结余25万元。",
                (("balance", "25", "disagrees"),),
                (("arithmetic.balance", "warning"),),
            ),
            Example(
                # a balance's two sides after 其中: 30 - 20 = 10 (their sum, 50, is no reading)
                "本年收支结余10万元,其中:本年收入30万元,本年支出20万元。",
                (("balance", "10", "agrees"),),
            ),
            Example(
                # the sides in the other order: 30 - 20 = 10, not 15
                "本年收支结余15万元,其中:本年支出20万元,本年收入30万元。",
                (("balance", "15", "disagrees"),),
                (("arithmetic.balance", "error"),),
            ),
            Example(
                # 64053 - 62677 = 1376 (hn-huaihua-mayang-sjj-2019-sjgg, heldout31)
                "2019年全县社会保险基金收入完成64,053万元,完成年初预算65,986万元的97.07%。全县社会"
                "保险基金支出62,677万元,完成年初预算62,037万元的101.03%。当年收支结余1,376万元。",
                (
                    ("completion", "97.07", "agrees"),
                    ("completion", "101.03", "agrees"),
                    ("balance", "1376", "agrees"),
                ),
            ),
            Example(
                # the same printed 1,367 (a warning)
                "2019年全县社会保险基金收入完成64,053万元,完成年初预算65,986万元的97.07%。全县社会"
                "保险基金支出62,677万元,完成年初预算62,037万元的101.03%。当年收支结余1,367万元。",
                (
                    ("completion", "97.07", "agrees"),
                    ("completion", "101.03", "agrees"),
                    ("balance", "1367", "disagrees"),
                ),
                (("arithmetic.balance", "warning"),),
            ),
            Example(
                # in and out of two different things: no balance of theirs
                "全县社会保险基金收入64,053万元。一般公共预算支出62,677万元。当年收支结余1,376万元。",
                (),
            ),
            Example(
                # the money in is the fund's 37667, not the last part of its 其中 (8212): 37667 -
                # 32581 = 5086 (a national social insurance report, 2016)
                "全国社会保险基金收入37667亿元,其中:保险费收入28088亿元;财政补贴收入8212亿元。"
                "支出32581亿元。本年收支结余5086亿元。",
                (("balance", "5086", "agrees"),),
            ),
        ),
    ),
    Form(
        "balance 收支相抵",
        "“上述收支相抵，年终结余X万元”: the income items (收入, 结余, 结转) minus the spending"
        " items of the section, or 收入合计 − 支出合计 (总收入 − 总支出) when both are printed;"
        " not the parts listed after a 其中 of their clause. A deficit (赤字, 差额) of two"
        " figures not named totals is inferred (a government's counts funds drawn in and set"
        " aside). A total of the income items named by its word alone (“…,共X万元”) stands for"
        " them; a balance said to hold other factors (“考虑收回结余资金等因素,收支相抵”) is not"
        " checked.",
        "“上述收支相抵，年终结余X万元”：本节各项收入（含结余、结转）减各项支出，或收入合计减支出合计。"
        "同一分句中“其中”之后所列分项不计入。按两个未称合计的数算出的赤字、差额系推断（政府的赤字还计入"
        "调入、稳定调节基金等）。各项收入之后仅以“共”“合计”称的总数代替这些项目；注明“考虑……等因素”"
        "的结余不作核对。",
        (
            "claims._balances",
            "claims._part_after_qizhong",
            "claims._BARE_TOTAL",
            "claims._OTHER_FACTORS",
        ),
        (
            Example(
                # the money in's total named 共 stands for the items before it (中央财政彩票公益金
                # 2017, the other factor left out): 6119623 − 5336543 = 783080
                "彩票公益金收入5667411万元,加上结转收入452212万元,共6119623万元。安排彩票公益金支出"
                "5336543万元。收支相抵,期末余额783080万元。",
                (("sum", "6119623", "agrees"), ("balance", "783080", "agrees")),
            ),
            Example(
                # as printed: the balance holds what else is said (收回结余资金): no claim on it
                # (the items and their total were all added in: 6902703, an error)
                "2017年中央财政彩票公益金收入5667411万元,加上2016年度结转收入452212万元,共6119623"
                "万元。2017年中央财政安排彩票公益金支出5336543万元。考虑收回结余资金等因素,收支"
                "相抵,期末余额825590万元。",
                (("sum", "6119623", "agrees"),),
            ),
            Example(
                # the parts after 其中 are not netted again: 100 - 130 = -30 (a 2009 national
                # report's form; with the parts it was 200 - 260 = -60, an error)
                "全国财政收入100亿元。其中:中央本级收入60亿元,地方本级收入40亿元。全国财政支出"
                "130亿元。收支相抵,赤字30亿元。",
                (("sum", "100", "agrees"), ("balance", "30", "agrees")),
            ),
            Example(
                # both sides with their 其中 (百色 2023 决算): 164.47 - 153.81 = 10.66
                "市本级一般公共预算总收入164.47亿元。其中:一般公共预算收入31.52亿元,转移性收入"
                "132.95亿元;市本级一般公共预算总支出153.81亿元,其中:一般公共预算支出87.62亿元,"
                "转移性支出66.19亿元。收支相抵,年终结余10.66亿元。",
                (
                    ("sum", "164.47", "agrees"),
                    ("sum", "153.81", "agrees"),
                    ("difference", "10.66", "agrees"),
                ),
            ),
            Example(
                # a government's 差额 counts funds drawn in and set aside besides the two
                # figures (the 2009 national report: 75873.64 - 68476.88 = 7396.76 against 9500):
                # a warning, not an error
                "全国财政收入68476.88亿元。全国财政支出75873.64亿元。全国财政收支相抵,差额9500亿元。",
                (("balance", "9500", "disagrees"),),
                (("arithmetic.balance", "warning"),),
            ),
            Example(
                # 15230 + 7410 - 12860 = 9780
                "社会保险基金收入15230万元,上年结余7410万元,社会保险基金支出12860万元。\n"
                "上述收支相抵,年终结余9780万元。",
                (("balance", "9780", "agrees"),),
            ),
            Example(
                # 9780, printed 9870
                "社会保险基金收入15230万元,上年结余7410万元,社会保险基金支出12860万元。\n"
                "上述收支相抵,年终结余9870万元。",
                (("balance", "9870", "disagrees"),),
                (("arithmetic.balance", "error"),),
            ),
            Example(
                # 总收入 and 总支出 are the two sides: 2084459 − 2026774 = 57685 (not the items
                # and the totals together; hi-sanya-czj-2020-jsbg, heldout27)
                "全市地方政府性基金收入1,102,055万元,加上上级补助收入234,533万元"
                "、债务转贷收入704,000万元、调入资金10,241万元、上年结余33,630"
                "万元,全市地方政府性基金总收入2,084,459万元。\n全市地方政府性基金支出"
                "1,896,800万元,加上调出资金36,469万元,债务还本支出93,505万"
                "元,全市地方政府性基金总支出2,026,774万元。\n收支相抵后,政府性基金结"
                "余57,685万元。",
                (
                    ("sum", "2084459", "agrees"),
                    ("sum", "2026774", "agrees"),
                    ("difference", "57685", "agrees"),
                ),
            ),
            Example(
                # 85620 + 40210 + 6350 + 2800 = 134980; 118460 + 3120 + 2400 = 123980;
                # 134980 - 123980 = 11000
                "一般公共预算收入85620万元,加上级补助收入40210万元,上年结余收入6350万元,"
                "调入资金2800万元,收入合计134980万元。\n一般公共预算支出118460万元,"
                "加上解上级支出3120万元,债务还本支出2400万元,支出合计123980万元。\n"
                "上述收支相抵,年终结余11000万元,全部结转下年使用。",
                (
                    ("sum", "134980", "agrees"),
                    ("sum", "123980", "agrees"),
                    ("difference", "11000", "agrees"),
                ),
            ),
            Example(
                # totals not named 收入合计/支出合计: the two totals before it, money in first
                # (242.88 - 192.14 = 50.74), a weak reading; the items add up too: 117.55 +
                # 24.21 + 16.99 + 69.70 + 7.1 + 7.33 = 242.88, 191.30 + 0.84 = 192.14; the
                # remark in brackets after 68.98 ("含上年结余") opens no list
                "全区累计可用财力合计242.88亿元。按来源分:当年可用财力117.55亿元,动用预算稳定调节"
                "基金24.21亿元,上年结余16.99亿元,省市转移支付收入(含上年结转)69.70亿元,新增一般"
                "债券收入7.1亿元,调入资金7.33亿元。\n全区当年一般公共预算支出191.30亿元,转移性"
                "支出0.84亿元,合计192.14亿元。\n收支相抵,全区累计滚存结余50.74亿元。\n区本级累计"
                "可用财力合计198.62亿元,主要包括:当年可用财力91亿元,动用预算稳定调节基金24.21亿元,"
                "省市转移支付收入68.98亿元(含上年结余),新增一般债券7.1亿元,调入资金7.33亿元。",
                (
                    ("sum", "242.88", "agrees"),
                    ("sum", "192.14", "agrees"),
                    ("balance", "50.74", "agrees"),
                    ("sum", "198.62", "agrees"),
                ),
            ),
        ),
    ),
    Form(
        "A 减去 B",
        "“收入总量减去支出总量后，结转资金X亿元”: the difference of two figures named before.",
        "“收入总量减去支出总量后，结转资金X亿元”：前文两个数字之差。",
        ("claims._balances",),
        (
            Example(
                # 612.5 - 587.9 = 24.6
                "市级一般公共预算收入315.2亿元,收入总量为612.5亿元。市级一般公共预算支出"
                "402.7亿元,支出总量为587.9亿元。收入总量减去支出总量后,市级结转资金24.6亿元。",
                (("difference", "24.6", "agrees"),),
            ),
            Example(
                # 24.6, printed 26.4
                "市级一般公共预算收入315.2亿元,收入总量为612.5亿元。市级一般公共预算支出"
                "402.7亿元,支出总量为587.9亿元。收入总量减去支出总量后,市级结转资金26.4亿元。",
                (("difference", "26.4", "disagrees"),),
                (("arithmetic.change-amount", "error"),),
            ),
        ),
    ),
    Form(
        "printed formula ratio",
        "A rate followed by its formula in parentheses: “债务率为62.4%（A亿元/B亿元）”.",
        "比率后括号内列示计算式：“债务率为62.4%（A亿元/B亿元）”。",
        ("claims._formulas",),
        (
            Example(
                # 78.02 / 125.1 = 62.3661% -> 62.4
                "全市政府性债务债务率为62.4%(政府直接债务余额78.02亿元/地方综合财力125.1亿元)。",
                (("ratio", "62.4", "agrees"),),
            ),
            Example(
                # 62.3661% -> 62.4, printed 63.4
                "全市政府性债务债务率为63.4%(政府直接债务余额78.02亿元/地方综合财力125.1亿元)。",
                (("ratio", "63.4", "disagrees"),),
                (("arithmetic.ratio", "error"),),
            ),
        ),
    ),
    Form(
        "same figure in 亿元 and 万元",
        "A figure restated in another unit under the same name (“余额为732518万元” …"
        " “余额73.25亿元”): the coarser one is the finer one rounded. An actual figure read"
        " against a budget (“…调整为84.55亿元…收入总计845,584万元,为预算的100%”) and that budget"
        " are two figures.",
        "同一名称的数字以另一单位重述（“732518万元”与“73.25亿元”）：粗单位数应为细单位数舍入的结果。"
        "与预算相比的执行数（“……调整为84.55亿元……收入总计845,584万元，为预算的100%”）和该预算是两个"
        "数。",
        ("claims._conversions",),
        (
            Example(
                # 732518万元 = 73.2518亿元 -> 73.25
                "截至2023年底,政府直接债务余额为732518万元。\n政府直接债务余额73.25亿元,"
                "全部为市级债务。",
                (("conversion", "73.25", "agrees"),),
            ),
            Example(
                # 73.2518 -> 73.25, printed 73.52
                "截至2023年底,政府直接债务余额为732518万元。\n政府直接债务余额73.52亿元,"
                "全部为市级债务。",
                (("conversion", "73.52", "disagrees"),),
                (("consistency.restated", "error"),),
            ),
            Example(
                # a short name that is no generic word (歲出, not 支出) is enough:
                # 302亿1,292万9,000元 = 302.1293亿元 -> 302.13, printed 302.12 (cut, not rounded)
                "歲入編列304.42億元、歲出編列302.12億元。\n另外,歲出編列302億1,292萬9,000元。",
                (("conversion", "302.12", "disagrees"),),
                (("consistency.restated", "error"),),
            ),
            Example(
                # "74億7千多萬元" is 74.7亿元 printed to a 千万 with more unsaid (74.7 to 74.8):
                # 74亿7181万余元 is inside it (heldout20 tw-keelung)
                "以教育科學文化支出74億7千多萬元、佔34.67%最多。\n"
                "以教育科學文化支出74億7181萬餘元、佔34.67%最多。",
                (("conversion", "74.7", "agrees"),),
            ),
            Example(
                # the same, 74亿9181万余元 (74.92) outside 74.7 to 74.8
                "以教育科學文化支出74億7千多萬元、佔34.67%最多。\n"
                "以教育科學文化支出74億9181萬餘元、佔34.67%最多。",
                (("conversion", "74.7", "disagrees"),),
                (("consistency.restated", "error"),),
            ),
            Example(
                # 732518万元 = 73.2518亿元 -> 73.25; 73.25 / 125.1 = 58.5532% -> 58.6
                "截至2023年底,全市政府直接债务余额为732518万元。\n全市政府性债务债务率为58.6%"
                "(政府直接债务余额73.25亿元/地方综合财力125.1亿元)。",
                (("conversion", "73.25", "agrees"), ("ratio", "58.6", "agrees")),
            ),
            Example(
                # unkeyed (武汉市青山区 2020): the adjusted budget 84.55亿元 and the figure
                # collected against it, 845,584万元 = 100.01% of it, are no restatement
                "区级一般公共预算收入总计由年初的76.1亿元调整为84.55亿元,增加8.45亿元,并相应增加"
                "支出总计。\n区级一般公共预算收入总计845,584万元,为预算的100%。",
                (("difference", "8.45", "agrees"), ("completion", "100", "agrees")),
            ),
        ),
    ),
    # ------------------------------------------------------------------------------------------
    # Spellings (normalise, quantities)
    Form(
        "spun synonyms",
        "Reprint sites replace words with synonyms (镌汰 for 减少, 增添 for 增长, 一样平常 for"
        " 一般); the arithmetic survives the spinning.",
        "转载站点以同义词替换原文用词（“镌汰”代“减少”、“增添”代“增长”、“一样平常”代“一般”），数字关系不变。",
        ("vocabulary.SPUN_SYNONYMS", "facts.canonical"),
        (
            Example(
                # 2.4 / (12.6 + 2.4) = 2.4 / 15 = 16%
                "2023年“三公”经费支出合计12.6万元,比上年镌汰2.4万元,下降16%。",
                (("change-rate", "16", "agrees"),),
            ),
            Example(
                # 16%, printed 19 (2.4 / 12.6 = 19.05%: the current year as the base)
                "2023年“三公”经费支出合计12.6万元,比上年镌汰2.4万元,下降19%。",
                (("change-rate", "19", "disagrees"),),
                (("arithmetic.change-rate", "error"),),
            ),
            Example(
                # prior = 1850.2 - 120.4 = 1729.8; 120.4 / 1729.8 = 6.9603% -> 7.0
                "2023年全县一样平常公共预算收入1850.2万元,比上年增添120.4万元,增添7.0%。",
                (("change-rate", "7.0", "agrees"),),
            ),
        ),
    ),
    Form(
        "web markup left in a copied text",
        "“…等项目。<br>&nbsp;&nbsp;&nbsp; 三、“三公”经费情况说明<br>&nbsp;…”: a line break in"
        " markup (<br>, <p>, </p>) is a line break and a space entity (&nbsp;) a space, so the"
        " headings after them end what came before; every offset still points at the print.",
        "“……等项目。<br>&nbsp;&nbsp;&nbsp; 三、“三公”经费情况说明<br>&nbsp;……”：网页标记中的换行"
        "（<br>、<p>、</p>）按换行读，空格实体（&nbsp;）按空格读，其后的标题即结束前文；各位置仍"
        "指向原文。",
        ("normalise.normalise", "normalise._blank_markup"),
        (
            Example(
                # heldout14 cq-jiaowei: the 政府性基金 figure is not the total of the 三公 and
                # 运行经费 figures of the sections after it; 60 + 290.5 + 2450.18 + 0 = 2800.68
                "2018年政府性基金预算支出38610万元，比2017年增加18610万元，主要用于铁路建设、民航"
                "发展、港口航道设施等项目。<br>&nbsp;&nbsp;&nbsp; 三、“三公”经费情况说明<br>&nbsp;"
                "&nbsp;&nbsp; 2018年“三公”经费预算2800.68万元。其中:因公出国(境)费用60万元,公务"
                "接待费290.5万元,公务用车运行维护费2450.18万元;公务用车购置费0万元。<br>&nbsp;"
                "&nbsp;&nbsp; 四、其他重要事项的情况说明<br>&nbsp;&nbsp;&nbsp; 1.机关运行经费情况。"
                "2018年一般公共预算财政拨款运行经费16252.11万元,比上年增加654.94万元。",
                (("sum", "2800.68", "agrees"),),
            ),
        ),
    ),
    Form(
        "traditional characters and mirror pinyin",
        "Traditional-character mirror copies, with the pinyin glosses they add (“經(jīng)費”), read"
        " as the simplified text; amounts in descending units (“95億2,401萬2千元”, “74億7千多萬元”"
        " — 千萬 is a tenth of 亿, 多 more unsaid) are one figure, and so is 万 then 亿 (“3万"
        "4993.1亿元”, 万亿 and 亿, as Singapore's papers print them).",
        "繁体镜像页面（含“經(jīng)費”一类拼音注音）按简体文本读取；按单位递降书写的金额"
        "（“95億2,401萬2千元”“74億7千多萬元”，千萬即0.1亿，“多”表示尾数未列）读作一个数，"
        "先万后亿的（“3万4993.1亿元”，即万亿与亿）亦然。",
        ("normalise.normalise", "quantities.find_quantities", "quantities._compounds"),
        (
            Example(
                # 3万4993.1亿 = 34993.1亿: 1405.9 / (34993.1 + 1405.9) = 3.862% -> 3.9 (a
                # Singapore paper on China's 2022 procurement; read as 4993.1 it was an error)
                "2022年全国政府采购规模为3万4993.1亿元,较上年减少1405.9亿元,下降3.9%。",
                (("change-rate", "3.9", "agrees"),),
            ),
            Example(
                # Taiwan's compound amounts and Republic years: 95亿2,401万2千元 is 9,524,012
                # 千元, the prior (112年度) 5,301,755; 9,524,012 - 5,301,755 = 4,222,257; the
                # rate 4,222,257 / 5,301,755 = 79.638% -> 79.64, printed 78.64
                "113年度預算案編列95億2,401萬2千元,較112年度法定預算53億175萬5千元增加"
                "42億2,225萬7千元,增幅78.64%。",
                (("difference", "4222257", "agrees"), ("change-rate", "78.64", "disagrees")),
                (("arithmetic.change-rate", "error"),),
            ),
            Example(
                # thousands of 万 ("7千万元", as news prints them after 亿): 1亿2千万元 is 1.2亿元,
                # 7千万元 + 8千万元 = 1.5亿元 (intervals: 1.2 ± 0.05 against 1.4 to 1.6)
                "2023年全縣債券資金1億2千萬元,其中:新增一般債券7千萬元,新增專項債券8千萬元。",
                (("sum", "1.2", "disagrees"),),
                (("arithmetic.breakdown-sum", "error"),),
            ),
            Example(
                # 2.4 / (18.6 + 2.4) = 2.4 / 21 = 11.4286% -> 11.4
                "2023年全縣“三公”經(jīng)費支出18.6萬元,比上年減少2.4萬元,下降11.4%。",
                (("change-rate", "11.4", "agrees"),),
            ),
            Example(
                # 11.4286% -> 11.4, printed 12.9 (2.4 / 18.6)
                "2023年全縣“三公”經(jīng)費支出18.6萬元,比上年減少2.4萬元,下降12.9%。",
                (("change-rate", "12.9", "disagrees"),),
                (("arithmetic.change-rate", "error"),),
            ),
        ),
    ),
    Form(
        "numbers broken by spaces/line breaks",
        "PDF text layers put spaces inside figures and units and break lines inside them"
        " (“6.4 亿元”, “4800 万 元”, “2200↵万元”), and print a page's number on a line of its own"
        " (“- 2 -”, “—10—”), between a figure and its unit too: the page's number is no text.",
        "PDF文本层在数字与单位之间插入空格或换行（“6.4 亿元”“4800 万 元”“2200↵万元”），并把页码"
        "单独印成一行（“- 2 -”“—10—”），也会夹在数字与单位之间：页码不是正文。",
        ("normalise.normalise", "normalise._PAGE_NUMBER"),
        (
            Example(
                # a page's number between a figure and its unit (hn-yueyang-yueyanglouqu-2015-ysbz,
                # heldout37): 2924 + 865 = 3789
                "3、公共安全支出3789万元(区本级2924万元,上级865\n- 2 -\n万元),同比下降8.1%。",
                (("sum", "3789", "agrees"),),
            ),
            Example(
                # 3.1 + 2.3 + 1 = 6.4
                "一般债务余额 6.4 亿元,主要用于道路建设 3.1 亿元,学校建设 2.3\n亿元,"
                "水利建设 1 亿元。",
                (("sum", "6.4", "agrees"),),
            ),
            Example(
                # 2.5亿 + 4800万 + 2200万 = 2.5 + 0.48 + 0.22 = 3.2亿
                "一般债务余额 3.2 亿元,主要用于道路建设 2.5 亿元,学校建设 4800 万 元,"
                "水利建设 2200\n万元。",
                (("sum", "3.2", "agrees"),),
            ),
            Example(
                # 2.5 + 0.48 + 0.42 = 3.4亿, not 3.2; 2.5亿 stands for [2.45, 2.55), so the sum
                # is in [3.3499, 3.4501], outside [3.15, 3.25)
                "一般债务余额 3.2 亿元,主要用于道路建设 2.5 亿元,学校建设 4800 万 元,"
                "水利建设 4200\n万元。",
                (("sum", "3.2", "disagrees"),),
                (("arithmetic.breakdown-sum", "error"),),
            ),
        ),
    ),
    Form(
        "a numbered line wrapped in the middle of its words",
        "“1.社会保障和就业支出467.99万元:主要用于本单位在↵社会保障与就业方面的支出。较2020年度决算数减少"
        "91.91万元,下降16.4%”: a numbered line with a figure that stops in the middle of its words"
        " is a wrapped sentence, joined to the next line, not a heading; a line ending with 其中,"
        " goes on one item a line.",
        "“1.社会保障和就业支出467.99万元:主要用于本单位在↵社会保障与就业方面的支出。”：带数字、在词句中间"
        "断开的编号行是折行的句子，与下一行相接，不是标题；以“其中，”结尾的行之后逐行列举分项。",
        ("normalise.normalise",),
        (
            Example(
                # 91.91 / (467.99 + 91.91) = 16.4154% -> 16.4
                "支出具体情况如下:\n1.社会保障和就业支出467.99万元:主要用于本单位在\n"
                "社会保障与就业方面的支出。较2020年度决算数减少91.91万元,下降16.4%。",
                (("change-rate", "16.4", "agrees"),),
            ),
            Example(
                # 91.91 / 559.90 = 16.42%, not 14.6
                "支出具体情况如下:\n1.社会保障和就业支出467.99万元:主要用于本单位在\n"
                "社会保障与就业方面的支出。较2020年度决算数减少91.91万元,下降14.6%。",
                (("change-rate", "14.6", "disagrees"),),
                (("arithmetic.change-rate", "error"),),
            ),
            Example(
                # 980.50 + 4.00 = 984.50, not 1020.50
                "2023年度收入合计1020.50万元,其中,\n财政拨款收入980.50万元;\n其他收入4.00万元。",
                (("sum", "1020.50", "disagrees"),),
                (("arithmetic.breakdown-sum", "error"),),
            ),
        ),
    ),
    Form(
        "full-width and grouped figures",
        "Full-width digits and punctuation (“８４６．７７”), and thousands separators"
        " (“12,846.50万元”).",
        "全角数字和标点（“８４６．７７”），以及千分位分隔符（“12,846.50万元”）。",
        ("normalise.normalise", "quantities.find_quantities"),
        (
            Example(
                # 307.55 + 539.22 = 846.77
                "２０２３年度支出合计８４６．７７万元，其中基本支出３０７．５５万元，"
                "项目支出５３９．２２万元。",
                (("sum", "846.77", "agrees"),),
            ),
            Example(
                # 11,932.18 + 914.32 = 12,846.50
                "2023年度部门收入合计12,846.50万元,其中:财政拨款收入11,932.18万元,"
                "其他收入914.32万元。",
                (("sum", "12846.50", "agrees"),),
            ),
        ),
    ),
    Form(
        "a numbered line cut after a figure in 万 or 亿 alone",
        "“1.社会保障和就业支出467.99万:主要用于本单位在↵社会保障与就业方面的支出。较…减少91.91↵万,下降"
        "16.4%”: a numbered line whose figure (in 万 or 亿 without 元, as in 万元) is followed"
        " by words cut mid-sentence is a wrapped sentence, not a heading.",
        "“1.社会保障和就业支出467.99万：主要用于本单位在↵社会保障与就业方面的支出。较……减少91.91↵万，"
        "下降16.4%”：编号行中数字（单位为不带“元”的万或亿，同万元）之后的文字在句中断开，是折行的句子，"
        "不是标题。",
        ("normalise._soft_breaks",),
        (
            Example(
                # heldout3 (梧州 军休所 2021 决算) with 万 for 万元: 91.91 / (467.99 + 91.91) =
                # 16.415% -> 16.4
                "支出具体情况如下:\n1.社会保障和就业支出467.99万:主要用于本单位在\n社会保障与就业"
                "方面的支出。较2020年度决算数减少91.91\n万,下降16.4%,主要原因是2021年军休人员经费、"
                "业务\n活动和抚恤金支出减少。",
                (("change-rate", "16.4", "agrees"),),
            ),
        ),
    ),
    # ------------------------------------------------------------------------------------------
    # Document checks (no claim: a finding of their own)
    Form(
        "the same quantity stated twice",
        "A named quantity (基本支出, 公用经费, 三公经费, …) stated twice with different values;"
        " the same name in a clause of another year (the year named last in its clause, else in"
        " the section heading above it) is another quantity, and so is a 其中 part of another"
        " total (机构运行's 基本支出 and another item's).",
        "同一名称的数据（基本支出、公用经费、“三公”经费等）前后数值不一致；分句中最后指明的"
        "年度（分句未写年度时取所在标题的年度）不同时，视为不同的数据；不同总额“其中”所列的"
        "同名分项（各功能科目下的基本支出）亦为不同的数据。",
        ("checks._same_quantity", "checks._owner", "checks._HEADING_LINE", "checks._NOT_QUANTITY"),
        (
            Example(
                # the 基本支出 of 机构运行 and of another item: two quantities, no warning
                # (gx-wuzhou-x-keji-2021-bmys, heldout10)
                "机构运行1100910.5元,其中:基本支出1100910.5元,项目支出0元。\n"
                "其他技术研究与开发支出53700元,其中:基本支出0元,项目支出53700元。",
                (("sum", "1100910.5", "agrees"), ("sum", "53700", "agrees")),
            ),
            Example(
                # the year of the heading above: 2010's 公务接待费 and 2011's budget of it
                # (zy-ziranjijin-2010-sgjf, heldout16)
                "一、2010年“三公经费”支出情况\n公务接待费72.25万元,主要用于接待。\n"
                "二、2011年“三公经费”预算情况\n公务接待费51万元,比2010年实际支出72.25万元,"
                "减少21.25万元,降低29.41%。",
                (("difference", "21.25", "agrees"), ("change-rate", "29.41", "agrees")),
            ),
            Example(
                # 2022's 公务接待费 and 2021's: two quantities, no warning
                "2022年三公经费决算数合计为916.82万元,其中公务接待费43.77万元。\n"
                "2021年三公经费决算数合计为1020.15万元,其中公务接待费39.43万元。",
                (),
            ),
            Example(
                # 256.23 + 51.32 = 307.55; both statements say 307.55
                "基本支出307.55万元,其中人员经费256.23万元、公用经费51.32万元。\n"
                "全年基本支出307.55万元,主要用于保障机构正常运转。",
                (("sum", "307.55", "agrees"),),
            ),
            Example(
                # 307.55 on line 1, 308.55 on line 2
                "基本支出307.55万元,其中人员经费256.23万元、公用经费51.32万元。\n"
                "全年基本支出308.55万元,主要用于保障机构正常运转。",
                (("sum", "307.55", "agrees"),),
                (("consistency.same-quantity", "warning"),),
            ),
            Example(
                # unkeyed (泉州 教育经费 2000): a figure per pupil (生均) is each school level's
                # own, no quantity of the report's unit to be stated once
                "普通高中生均公用经费240.74元,比上年增长15.32%;普通初中生均公用经费107.41元,"
                "比上年下降11.16%;普通小学生均公用经费35.80元,比上年下降17.68%。",
                (),
            ),
        ),
    ),
    Form(
        "a figure without its unit",
        "A decimal after a money word with no unit, in a sentence whose other money is in one"
        " unit: read in that unit, and reported. A decimal change followed at once by its rate"
        " (“收支较上年减少484.05,降低11.1%”) is money too, in the unit of the sentence's money or,"
        " without any, of the figure before it in the paragraph. A decimal joined by 、 to the"
        " next figure and its name (“收入476.17、支出总计460.06万元”) shares that figure's unit,"
        " printed once: read in it, not reported.",
        "金额词后的小数未写单位，而同句其他金额单位一致：按该单位读取，并提示。紧跟增减率的"
        "小数增减额（“收支较上年减少484.05，降低11.1%”）也是金额，按同句金额的单位，同句无金额"
        "时按同段前一个数的单位读取。以“、”与下一个数及其名称相连的小数（“收入476.17、支出总计"
        "460.06万元”）与其共用单位，不作提示。",
        ("checks._units", "facts._assume_units"),
        (
            Example(
                # 398.15 + 114.25 = 512.40; 398.15 is read as 万元
                "部门支出合计512.40万元,其中基本支出398.15,项目支出114.25万元。",
                (("sum", "512.40", "agrees"),),
                (("units.missing-unit", "warning"),),
            ),
            Example(
                # "A、B万元": the unit printed once for a pair joined by 、 is how such pairs are
                # printed, not a unit left out (sc-dazhou-gaoxinqu-gexi-xuexiao-2020-bmjs,
                # heldout11)
                "2020年度收入476.17、支出总计460.06万元。",
                (),
            ),
            Example(
                # heldout14 cq-jiangjin-xihuzhen: prior = 3874.92 + 484.05 = 4358.97;
                # 484.05 / 4358.97 = 11.105% -> 11.1
                "2024年度收入总计3874.92万元,支出总计3874.92万元。收支较上年减少484.05,降低"
                "11.1%,主要原因是项目支出减少。",
                (("change-rate", "11.1", "agrees"),),
                (("units.missing-unit", "warning"),),
            ),
            Example(
                # 484.05 / 4358.97 = 11.105% -> 11.1, not 12.1 (a warning: the change's unit
                # is assumed)
                "本年收入合计3874.92万元。本年收入较上年减少484.05,降低12.1%。",
                (("change-rate", "12.1", "disagrees"),),
                (("arithmetic.change-rate", "warning"), ("units.missing-unit", "warning")),
            ),
        ),
    ),
    Form(
        "元 for 万元",
        "A figure printed in 元 whose digits the document prints in 万元 elsewhere.",
        "以“元”列示的数字在文中其他处以“万元”列示，单位有误。",
        ("checks._units",),
        (
            Example(
                # 1107.5 in 万元 on line 1, in 元 on line 2
                "2023年度部门支出合计1107.5万元。\n本年支出合计1107.5元,全部为财政拨款支出。",
                (),
                (("units.wrong-unit", "error"),),
            ),
        ),
    ),
    Form(
        "元 in a 万元 paragraph",
        "A figure in 元 in a paragraph that works in 万元: a note to check the conversion.",
        "以万元为单位的段落中出现以元为单位的金额：提示核对换算。",
        ("checks._units",),
        (
            Example(
                # 4050元 = 0.405万元
                "“三公”经费支出4.54万元,较上年减少4050元,主要是公务接待次数减少。",
                (),
                (("units.yuan-in-wanyuan", "info"),),
            ),
        ),
    ),
    Form(
        "类/款/项 path",
        "A printed 类/款/项 path on a line of its own, or a 类 name in a “主要用于以下方面：”"
        " sentence, checked against the 政府收支分类科目 catalogue.",
        "单独成行的类/款/项科目路径，或“主要用于以下方面：”句中的类级科目名称，按政府收支分类科目核对。",
        ("checks._paths",),
        (
            Example(
                # 208 社会保障和就业支出 / 20805 行政事业单位养老支出 / 2080505
                "(1)社会保障和就业支出(类)行政事业单位养老支出(款)机关事业单位基本养老保险缴费支出(项)\n"
                "年初预算为36.5万元,支出决算为36.5万元,完成年初预算的100%。",
                (("completion", "100", "agrees"),),
            ),
            Example(
                # 社会保障与就业支出 is no 类 name (it is 社会保障和就业支出)
                "(1)社会保障与就业支出(类)行政事业单位养老支出(款)机关事业单位基本养老保险缴费支出(项)\n"
                "年初预算为36.5万元,支出决算为36.5万元,完成年初预算的100%。",
                (("completion", "100", "agrees"),),
                (("classification.unknown-name", "error"),),
            ),
            Example(
                # 21.94 + 824.83 = 846.77; 21.94 / 846.77 = 2.5910% -> 2.59;
                # 824.83 / 846.77 = 97.4090% -> 97.41; 社会保障与就业支出 is a near miss
                "2023年度支出846.77万元,主要用于以下方面:社会保障与就业支出21.94万元,占2.59%;"
                "一般公共服务支出824.83万元,占97.41%。",
                (
                    ("sum", "846.77", "agrees"),
                    ("share", "2.59", "agrees"),
                    ("share", "97.41", "agrees"),
                ),
                (("classification.unknown-name", "error"),),
            ),
        ),
    ),
    Form(
        "spending above income",
        "Total spending above total income, with no word of what covered the gap (结转, 结余,"
        " 弥补…, after the spending, or between the two but not among the income's 其中"
        " parts, unless it is the gap itself); a total of one budget (一般公共预算,"
        " 政府性基金…) is set against the income of the same budget, and not against a numbered"
        " item's (a unit's) income.",
        "支出总额大于收入总额，且（在支出之后，或在两者之间而不属于收入的“其中”分项，"
        "或恰为差额的结转结余）"
        "未说明以结转结余等弥补；写明预算类别（一般公共预算、政府性基金等）的，与同一类别的"
        "收入相比；不与编号分项（下属单位）的收入相比。",
        ("checks._spending_above_income", "checks._budget_kind", "checks._carried_gap"),
        (
            Example(
                # 一般公共预算 spending against 一般公共预算 income, not the 政府性基金 income
                # printed last (nx-yinchuan-helan-czj-2024-ystz, heldout27)
                "经县人民代表大会批准的县本级财政一般公共预算总收入是397959万元,政府性基金预算"
                "总收入是56220万元。按照收支平衡原则,安排县本级财政一般公共预算总支出397959万元,"
                "政府性基金预算总支出56220万元。",
                (),
            ),
            Example(
                # the 上年结余 named between income and spending covers the gap
                # (zj-shaoxing-shangyu-zhangzhen-2024-yszx, heldout11)
                "实现全年可用收入合计15847.68万元,上年结余117.83万元,全年实际可用资金15965.51"
                "万元。2024年实现财政总支出15884.57万元。",
                (),
            ),
            Example(
                # 32.6 + 585.8 = 618.4; 626.9 > 618.4, covered by 结余 (said)
                "2023年度部门总收入618.4万元,其中:上年结转结余32.6万元,本年财政拨款收入585.8万元。"
                "本年总支出626.9万元,超出部分使用以前年度结余资金弥补。",
                (("sum", "618.4", "agrees"),),
            ),
            Example(
                # 626.9 > 618.4 by 8.5, and nothing said
                "2023年度部门总收入618.4万元,其中:上年结转结余32.6万元,本年财政拨款收入585.8万元。"
                "本年总支出626.9万元。",
                (("sum", "618.4", "agrees"),),
                (("consistency.spending-above-income", "warning"),),
            ),
            Example(
                # (重庆市綦江区特殊教育学校 2022, hunt 73): a balance brought forward listed after
                # the income's 其中 parts, which it is not one of (941.33 is all of 941.33), is
                # the gap: 941.33 + 2.88 = 944.21
                "2022年度收入合计941.33万元。其中:财政拨款收入941.33万元,占100%;年初结转和结余"
                "2.88万元。2022年度支出合计944.21万元。",
                (("sum", "941.33", "agrees"), ("share", "100", "agrees")),
            ),
            Example(
                # (临湘市农业局 2018 预算, linxiang.gov.cn, hunt 42): a numbered unit's income
                # (5、农科所) is not the income of the department's total after the items; the
                # units add up to 14680607.50, the total at whole 元
                "预算总收入14680608元。\n1、农业局机关预算总收入11385685.9元。\n2、种子服务站预算"
                "总收入1536743.32元。\n3、示范茶场预算总收入336213.76元。\n4、园艺场预算总收入"
                "775121.16元。\n5、农科所预算总收入646843.36元,其中:经费拨款552399元;其他收入"
                "94444.36元。\n预算总支出14680608元。",
                (("sum", "14680608", "agrees"), ("sum", "646843.36", "agrees")),
            ),
        ),
    ),
    Form(
        "did not occur",
        "The text says a fund or item did not occur (“没有政府性基金收入”) but prints a figure"
        " for it.",
        "文中称未发生（“没有政府性基金收入”），另处却列示金额。",
        ("checks._not_occurred", "vocabulary.ABSENCE_ALIASES"),
        (
            Example(
                # the figure printed is 0: consistent
                "本单位2023年度没有政府性基金收入,也没有使用政府性基金安排的支出。\n"
                "政府性基金预算财政拨款收入0万元。",
                (),
            ),
            Example(
                # 20万元 printed for what did not occur
                "本单位2023年度没有政府性基金收入,也没有使用政府性基金安排的支出。\n"
                "政府性基金预算财政拨款收入20万元,主要用于城市建设。",
                (),
                (("consistency.not-occurred", "warning"),),
            ),
            Example(
                # 无法 is "cannot": nothing is said not to have occurred
                # (yn-baoshan-changning-kasizhen-2024-sgys, heldout28)
                "因按照2023年预算3万元公务接待费无法满足年内公务接待支出需求,申请调增公务接待指标。"
                "\n2023年公务接待费决算数为7万元。",
                (),
            ),
        ),
    ),
    Form(
        "table of subject codes",
        "A 决算 table whose rows carry 类/款/项 subject codes (201 / 20101 / 2010101, in a cell of"
        " their own or split over 类 | 款 | 项 cells): a 类 row is the sum of its 款 rows, a 款 row"
        " the sum of its 项 rows, the 合计 row the sum of the 类 rows, column by column.",
        "带类/款/项科目编码的决算表（编码单列或分列于类、款、项三栏）："
        "类 = 各款之和，款 = 各项之和，合计 = 各类之和，逐栏核对。",
        (
            "tables.read_tables",
            "tables.code_trees",
            "tables._joined_code",
            "claims._code_sums",
        ),
        (
            Example(
                # 合计 = 201 = 300.50; 201: 180.50 + 120.00 = 300.50; 20101: 120.20 + 60.30 =
                # 180.50; 20103 = its one 项 2010301 = 120.00
                "单位：万元\n科目编码 | 科目名称 | 决算数 |\n合计 | | 300.50 |\n"
                "201 | 一般公共服务支出 | 300.50 |\n20101 | 人大事务 | 180.50 |\n"
                "2010101 | 行政运行 | 120.20 |\n2010102 | 一般行政管理事务 | 60.30 |\n"
                "20103 | 政府办公厅(室)及相关机构事务 | 120.00 |\n2010301 | 行政运行 | 120.00 |",
                (
                    ("sum", "300.50", "agrees"),
                    ("sum", "300.50", "agrees"),
                    ("sum", "180.50", "agrees"),
                    ("sum", "120.00", "agrees"),
                ),
            ),
            Example(
                # 20101 printed 190.50: its 项 rows are 120.20 + 60.30 = 180.50; 201 (300.50) is
                # then 190.50 + 120.00 = 310.50, short by the 10.00 the 款 has too much: one
                # wrong figure, the 款's, so 201's sum is left to it
                "单位：万元\n科目编码 | 科目名称 | 决算数 |\n合计 | | 300.50 |\n"
                "201 | 一般公共服务支出 | 300.50 |\n20101 | 人大事务 | 190.50 |\n"
                "2010101 | 行政运行 | 120.20 |\n2010102 | 一般行政管理事务 | 60.30 |\n"
                "20103 | 政府办公厅(室)及相关机构事务 | 120.00 |\n2010301 | 行政运行 | 120.00 |",
                (
                    ("sum", "300.50", "agrees"),
                    ("sum", "190.50", "disagrees"),
                    ("sum", "120.00", "agrees"),
                ),
                (("arithmetic.code-hierarchy", "error"),),
            ),
            Example(
                # 经济分类 split over 类 | 款: 301 = 120.00 + 85.50 = 205.50 in 合计 and in
                # 基本支出; the blank 项目支出 cells are nothing
                "单位：万元\n类 | 款 | 项 | 科目名称 | 合计 | 基本支出 | 项目支出 |\n"
                "301 |  |  | 工资福利支出 | 205.50 | 205.50 |  |\n"
                "301 | 01 |  | 基本工资 | 120.00 | 120.00 |  |\n"
                "301 | 02 |  | 津贴补贴 | 85.50 | 85.50 |  |",
                (("sum", "205.50", "agrees"), ("sum", "205.50", "agrees")),
            ),
        ),
    ),
    Form(
        "what is left once a part is taken out (剔除)",
        "“一般公共预算收入完成171,697万元,剔除上划市级收入71,238万元,区本级一般公共预算收入完成"
        "100,459万元”: the figure after what is taken out, in the same run of clauses, is what is"
        " left (a weak reading); in a list, the three stand for what is left when it is their"
        " exact difference.",
        "“一般公共预算收入完成171,697万元，剔除上划市级收入71,238万元，区本级一般公共预算收入完成"
        "100,459万元”：剔除之后同一分句群中的数为剩余数（系推断）；在列表中，三者恰为差额关系时"
        "以剩余数作为分项。",
        ("claims._net_figures", "claims._net_of", "claims._net_parts"),
        (
            Example(
                # nm-tongliao-kerqin-2021-yszx (heldout37): 171697 − 71238 = 100459; 100459 +
                # 330173 + 15900 + 53550 + 10000 + 605 = 510687
                "2021年,全区收入完成总计510,687万元。其中:一般公共预算收入完成171,697万元,剔除"
                "上划市级收入71,238万元,区本级一般公共预算收入完成100,459万元;上级补助收入330,173"
                "万元;新增债券收入15,900万元;再融资债券收入53,550万元;政府性基金调入10,000万元,"
                "一般公共预算上年结余605万元。",
                (("sum", "510687", "agrees"), ("difference", "100459", "agrees")),
            ),
            Example(
                # not what is left: 171697 − 71238 = 100459, printed 100549 (a warning)
                "一般公共预算收入完成171,697万元,剔除上划市级收入71,238万元,区本级一般公共预算"
                "收入完成100,549万元。",
                (("difference", "100549", "disagrees"),),
                (("arithmetic.change-amount", "warning"),),
            ),
        ),
    ),
    Form(
        "assets and liabilities (国有资产 reports)",
        "“资产总额3,964亿元,…;负债总额432亿元,…;净资产总额3,532亿元”: 净资产 (an enterprise's"
        " 所有者权益) is 资产 less 负债, named with its total's words too, and its change on the"
        " year is 资产's less 负债's. “占全市资产总额48.8%” is"
        " of the 资产 figure whose sentence names 全市 before it, and the bare shares of its"
        " siblings after it (“流动资产750亿元,占18.9%”) are of the same whole. A measure in 万"
        " (“等级公路1.6万公里”, “房屋2,841万平方米”) is no amount, and a 其中 that lists other"
        " things up to its ';' has the amounts after it as siblings, not parts. Items counted to"
        " less than the count printed with the total (“房产总量604宗,…5.18亿元,其中:…62宗,…4587.90"
        "万元;…”) are some of it, and their amounts are a claim only when they add up.",
        "“资产总额3,964亿元，……；负债总额432亿元，……；净资产总额3,532亿元”：净资产（企业为所有者"
        "权益）等于资产减负债，名称后可带“总额”，其增减额等于资产与负债增减额之差。“占全市资产总额48.8%”取前文句中先写明“全市”的资产数，"
        "其后并列各项的单独“占X%”以同一总额为基数。以万为单位的实物量（“等级公路1.6万公里”"
        "“房屋2,841万平方米”）不是金额；“其中”到分号为止列的是其他事物时，分号之后的金额是并列"
        "项而非分项。“其中”各项的件数之和少于总额同时列出的件数时，各项只是一部分，其金额相符"
        "时才作为一项核对。",
        (
            "vocabulary.NAMED_DIFFERENCES",
            "claims._NAMED_DIFFERENCE",
            "claims._named_differences",
            "claims._SCOPE",
            "claims._sibling_whole",
            "claims._gather",
            "claims._counted_subsets",
            "quantities._MEASURE_AFTER",
        ),
        (
            Example(
                # hb-wuhan-szf-2021-xzsygyzc (heldout38, WRONG as printed): 3964 − 432 = 3532;
                # 1025 − 158 = 867; 1933 / 3964 = 48.76% -> 48.8; 750 / 3964 = 18.92% -> 18.9;
                # 724 -> 18.3; 348 -> 8.8; 209 / 3964 = 5.27% -> 5.3, printed 5.2 (a warning: the
                # whole is inferred)
                "截至2021年底,纳入全市行政事业性国有资产报告统计的单位3,730户,资产总额3,964亿元,"
                "比2020年增长24.3%;负债总额432亿元,增长6.3%;净资产总额3,532亿元,增长26.9%。\n"
                "市级行政事业单位478户,资产总额1,025亿元,增长41%;负债总额158亿元,增长4.2%;净资产"
                "总额867亿元,增长50.8%。\n从全市资产结构来看,公共基础设施1,933亿元,占全市资产总额"
                "48.8%,其中:等级公路1.6万公里,城市桥梁273座,堤防436公里,水库109座;流动资产750亿元,"
                "占18.9%;固定资产724亿元,占18.3%,其中:房屋2,841万平方米、价值495亿元,车辆19,124台、"
                "价值13亿元;在建工程348亿元,占8.8%;无形资产、长期投资等其他资产209亿元,占5.2%。",
                (
                    ("difference", "3532", "agrees"),
                    ("difference", "867", "agrees"),
                    ("share", "48.8", "agrees"),
                    ("share", "18.9", "agrees"),
                    ("share", "18.3", "agrees"),
                    ("share", "8.8", "agrees"),
                    ("share", "5.2", "disagrees"),
                ),
                (("arithmetic.share", "warning"),),
            ),
            Example(
                # the name with its other name in brackets after 总额 (hb-wuhan-jianghanqu-2023-
                # gyzc, heldout39, WRONG as printed): 327.39 − 124.85 = 202.54, not 200.57
                "资产总额327.39亿元,同比增长12.77%;负债总额124.85亿元,同比增长21.43%;所有者权益"
                "总额(净资产)200.57亿元,同比增长7.70%。",
                (("difference", "200.57", "disagrees"),),
                (("arithmetic.change-amount", "warning"),),
            ),
            Example(
                # items counted to less than the count printed with the total (62 + 40 + 38 + 91
                # = 231 of 604 宗) are some of it: their amounts (1.00亿元 of 5.18) are no claim
                # (zj-wenzhou-dongtouqu-2024-xzsygyzc, heldout39); nor are the counts: a parallel
                # breakdown (宗 and 资产原值 in each item) no column of which adds up lists the
                # main items only (it was a warning, 604 against 231)
                "2024年度,全区行政事业性房产总量604宗,资产原值5.18亿元,其中:已拍卖房产62宗,资产原值"
                "4587.90万元;出借村居使用房产40宗,资产原值1678.30万元;出租房产38宗,资产原值1171.77"
                "万元;闲置房产91宗,资产原值2522.47万元。",
                (),
            ),
            Example(
                # the difference's change is the difference of the changes (hb-wuhan-wuchangqu-2022-
                # gyzc, heldout38): 1102.65 − 743.21 = 359.44; 66.29 − 28.39 = 37.90
                "资产总额1102.65亿元,较上年增加66.29亿元,增长6.40%;负债总额743.21亿元,较上年增加"
                "28.39亿元,增长3.97%;净资产359.44亿元,较上年增加37.90亿元,增长11.79%。",
                (
                    ("change-rate", "6.40", "agrees"),
                    ("change-rate", "3.97", "agrees"),
                    ("difference", "359.44", "agrees"),
                    ("difference", "37.90", "agrees"),
                    ("change-rate", "11.79", "agrees"),
                ),
            ),
            Example(
                # 所有者权益 (gd-sheng-szf-2020-gyzc, heldout38): 48954.94 − 41607.13 = 7347.81
                "金融类企业资产总额48954.94亿元,负债总额41607.13亿元,所有者权益总额7347.81亿元。",
                (("difference", "7347.81", "agrees"),),
            ),
        ),
    ),
    Form(
        "figures broken down by kind after an opener (从单位性质看:)",
        "“…资产总额13822.1亿元,…;负债总额2981.4亿元,…;净资产总额10840.7亿元,…。从单位性质看:行政"
        "单位资产总额4347.5亿元,负债总额1143.8亿元,净资产总额3203.7亿元;事业单位资产总额…”: after"
        " an opener (从…看, 按…分), each ';' item printing as many figures as the sentence before"
        " gives each of them its counterpart (the one of its name, or the one ending like it that"
        " no other figure is named as), and they add up to it (weak readings).",
        "“……资产总额13822.1亿元……；负债总额2981.4亿元……；净资产总额10840.7亿元……。从单位性质看："
        "行政单位资产总额……，负债总额……，净资产总额……；事业单位……”：“从……看”“按……分”之后，"
        "各分号项所列数的个数与前一句相同时，前一句每个数在各项中都有对应数（同名，或结尾相同"
        "且不与前一句其他数同名），各项之和应等于该数（系推断）。",
        ("claims._opened_breakdowns", "claims._BREAKDOWN_OPENER"),
        (
            Example(
                # cq-szf-2023-xzsygyzc (heldout38): 4347.5 + 9474.6 = 13822.1; 1143.8 + 1837.6 =
                # 2981.4; 3203.7 + 7637 = 10840.7 (and each 净资产 is 资产 less 负债)
                "截至2023年底,全市行政事业性资产总额13822.1亿元,同比增长6.2%;负债总额2981.4亿元,"
                "同比减少0.8%;净资产总额10840.7亿元,同比增长8.3%。从单位性质看:行政单位资产总额"
                "4347.5亿元,负债总额1143.8亿元,净资产总额3203.7亿元;事业单位资产总额9474.6亿元,"
                "负债总额1837.6亿元,净资产总额7637亿元。",
                (
                    ("sum", "13822.1", "agrees"),
                    ("sum", "2981.4", "agrees"),
                    ("sum", "10840.7", "agrees"),
                    ("difference", "10840.7", "agrees"),
                    ("difference", "3203.7", "agrees"),
                    ("difference", "7637", "agrees"),
                ),
            ),
            Example(
                # one figure an item after two before: no counterpart for each (the items break
                # down the whole of the sentence before those: 213251 + 97431 = 310682)
                "全盟收入310682万元。盟本级收入33648万元;旗级收入277034万元。从收入结构看,税收收入"
                "213251万元;非税收入97431万元。",
                (("sum", "310682", "agrees"),),
            ),
        ),
    ),
    Form(
        "a part's own 其中 closed by its sum",
        "“其中:一般预算收入20707万元,…,其中:税收收入8059万元,非税收入12648万元,上级补助收入"
        "147757万元,…”: a part's own 其中 list ends with the first two figures or more that add up"
        " to the part; the figures after them are more parts of the outer total.",
        "“其中：一般预算收入20707万元，……，其中：税收收入8059万元，非税收入12648万元，上级补助收入"
        "147757万元，……”：分项自己的“其中”列举到前两项或多项恰好加总为该分项时结束，其后的数字"
        "是外层合计的其他分项。",
        ("claims._gather", "claims._nested_end"),
        (
            Example(
                # 8059 + 12648 = 20707; 20707 + 147757 + 37400 + 2594 + 394 = 208852
                # (xj-boertala-wenquan-2021-ysbg, heldout40)
                "一般公共预算总收入预计完成208852万元。其中:一般预算收入完成20707万元,完成预算的"
                "104.95%,其中:税收收入8059万元,非税收入12648万元,上级补助收入147757万元,地方政府"
                "一般债券转贷收入37400万元;调入预算稳定调节基金2594万元;上年结余收入394万元。",
                (("sum", "208852", "agrees"), ("sum", "20707", "agrees")),
            ),
            Example(
                # the last part misprinted (349 for 394): 208807, a warning (the structure is
                # read, not printed)
                "一般公共预算总收入预计完成208852万元。其中:一般预算收入完成20707万元,完成预算的"
                "104.95%,其中:税收收入8059万元,非税收入12648万元,上级补助收入147757万元,地方政府"
                "一般债券转贷收入37400万元;调入预算稳定调节基金2594万元;上年结余收入349万元。",
                (("sum", "208852", "disagrees"), ("sum", "20707", "agrees")),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
        ),
    ),
    Form(
        "parallel records of funds after 其中",
        "“基金收入A,支出B,当年收支结余C,累计结余D;其中统筹基金收入…,…,累计结余…;个人账户基金"
        "收入…”: each figure of the whole has the part named most alike in each item (累计结余 with"
        " 累计结余, not with 当年收支结余); items that add up in the 其中's own sentence are all of"
        " them, and the next paragraph (another fund) is not one more.",
        "“基金收入A，支出B，当年收支结余C，累计结余D；其中统筹基金收入……；个人账户基金收入……”："
        "合计的每个数字对应各分项中名称最相近的数字（累计结余对累计结余，而非当年收支结余）；"
        "“其中”所在句的各项已加总为合计时即为全部分项，下一段（另一基金）不再计入。",
        ("claims._parallel_lists", "claims._parallel_parts"),
        (
            Example(
                # 5640.86 + 1846.09 = 7486.95; 3439.39 + 2091.16 = 5530.55; 2201.47 − 245.07 =
                # 1956.40; 16356.56 + 4234.63 = 20591.19 (hl-jiamusi-tongjiang-ybzx-2023-ybjj,
                # heldout40, prints 20591.18: a rounding warning there)
                "2023年,职工基本医保基金收入7486.95万元,支出5530.55万元,当年收支结余1956.40万元,"
                "累计结余20591.19万元;其中职工统筹基金收入5640.86万元,支出3439.39万元,当年收支"
                "结余2201.47万元,累计结余16356.56万元;职工个人账户基金收入1846.09万元,支出2091.16"
                "万元,当年收支结余-245.07万元,累计结余4234.63万元。\n2023年,职工大病补充基金收入"
                "285.35万元,支出135.63万元,当年收支结余149.72万元,累计结余1316.43万元。",
                (
                    ("sum", "7486.95", "agrees"),
                    ("sum", "5530.55", "agrees"),
                    ("balance", "1956.40", "agrees"),
                    ("sum", "1956.40", "agrees"),
                    ("sum", "20591.19", "agrees"),
                    ("balance", "2201.47", "agrees"),
                    ("balance", "-245.07", "agrees"),
                    ("balance", "149.72", "agrees"),
                ),
            ),
        ),
    ),
    Form(
        "a period's 结存",
        "“基金总收入A,…;总支出B,…;当期结存C,累计结存D”: the period's balance (当期/当年/本年结存)"
        " is what came in less what went out; a 累计结存 adds the years before and is not read.",
        "“基金总收入A，……；总支出B，……；当期结存C，累计结存D”：当期（当年、本年）结存等于收入减"
        "支出；累计结存含以前年度，不据此核对。",
        ("claims._year_end_balances", "claims._BALANCE_LABEL"),
        (
            Example(
                # 30922.17 − 24597.24 = 6324.93 (zy-guojia-yibaoju-2022-ybtjgb-tw, heldout40)
                "基金总收入30922.17亿元,比上年增长7.6%;总支出24597.24亿元,比上年增长2.3%;当期结存"
                "6324.93亿元,累计结存42639.89亿元。",
                (("balance", "6324.93", "agrees"),),
            ),
            Example(
                # two digits swapped: 6342.93 (every item a side: a warning)
                "基金总收入30922.17亿元,比上年增长7.6%;总支出24597.24亿元,比上年增长2.3%;当期结存"
                "6342.93亿元,累计结存42639.89亿元。",
                (("balance", "6342.93", "disagrees"),),
                (("arithmetic.balance", "warning"),),
            ),
        ),
    ),
    Form(
        "a share of a whole printed in its words",
        "“教育经费占一般公共预算支出1814597万元的比例15.68%”: the whole's amount is printed between"
        " 占 and the share; the part is the figure named before 占 (here printed in an earlier"
        " paragraph, its name followed by what it includes in brackets) or the value before the"
        " whole.",
        "“教育经费占一般公共预算支出1814597万元的比例15.68%”：整体之数印在“占”与比例之间；分子为"
        "“占”前所称之数（此处印在前一段）或整体之前的数。",
        (
            "facts._classify",
            "facts._WHOLE_THEN_SHARE",
            "facts._CONTENTS_TAIL",
            "claims._shares",
            "claims._share",
        ),
        (
            Example(
                # 284597 / 1814597 = 15.684% -> 15.68 (hb-suizhou-jyj-2022-jyjf, heldout40; what
                # the figure includes, in brackets after its name, is no part of the name)
                "2022年全市一般公共预算教育经费(包括教育事业费、基本建设经费、教育费附加)为284597"
                "万元。\n3.一般公共预算教育经费占一般公共预算支出比例情况\n2022年,全市一般公共预算教育经费占一般公共预算支出1814597万元的比例"
                "15.68%。",
                (("share", "15.68", "agrees"),),
            ),
            Example(
                # 16.58 printed for 15.68
                "2022年全市一般公共预算教育经费为284597万元。\n2022年,全市一般公共预算教育经费占"
                "一般公共预算支出1814597万元的比例16.58%。",
                (("share", "16.58", "disagrees"),),
                (("arithmetic.share", "error"),),
            ),
            Example(
                # the part before the whole in the same sentence: 3000 / 20000 = 15%
                "本年科技支出为3000万元,占全部支出20000万元的15%。",
                (("share", "15", "agrees"),),
            ),
        ),
    ),
    Form(
        "items broken down in brackets by the same names as their total",
        "“(一)安排产业发展项目资金1000万元。(其中:中央财政衔接资金600万元、省级财政衔接资金400万元)。"
        "↵1、…500万元(其中:中央…300万元、省级…200万元)。↵2、…”: each name's figure of the total is"
        " the sum of its figures in the items (an item that does not name it has none; weak"
        " claims, the structure being read), and the total's own bracket, opening the sentence"
        " after it, adds up to it.",
        "“(一)安排产业发展项目资金1000万元。(其中：中央财政衔接资金600万元、省级财政衔接资金400万元)。"
        "↵1、……500万元(其中：中央……300万元、省级……200万元)。↵2、……”：合计按名称列出的各数等于各项"
        "括号中同名之数的和（某项未列该名即为无；结构系推断，不符报警告）；合计自己的括号（在下一句"
        "句首）也应加总为合计。",
        ("claims._column_sums", "claims._bracket_parts"),
        (
            Example(
                # 300 + 300 = 600; 200 + 200 = 400; 600 + 400 = 1000 (the form of
                # ah-luan-jinzhai-2025-xjzj, heldout40)
                "(一)安排产业发展项目资金1000万元。(其中:中央财政衔接资金600万元、省级财政衔接资金"
                "400万元)。\n1、安排农业产业项目资金500万元(其中:中央财政衔接资金300万元、省级财政"
                "衔接资金200万元)。\n2、安排林业产业项目资金300万元(中央财政衔接资金300万元)。\n3、"
                "安排旅游产业项目资金200万元(其中:省级财政衔接资金200万元)。",
                (
                    ("sum", "1000", "agrees"),
                    ("sum", "1000", "agrees"),
                    ("sum", "600", "agrees"),
                    ("sum", "400", "agrees"),
                    ("sum", "500", "agrees"),
                    ("sum", "200", "agrees"),
                ),
            ),
            Example(
                # the last item split otherwise: 省级 200 + 100 = 300, not 400 (a warning)
                "(一)安排产业发展项目资金1000万元。(其中:中央财政衔接资金600万元、省级财政衔接资金"
                "400万元)。\n1、安排农业产业项目资金500万元(其中:中央财政衔接资金300万元、省级财政"
                "衔接资金200万元)。\n2、安排林业产业项目资金300万元(中央财政衔接资金300万元)。\n3、"
                "安排旅游产业项目资金200万元(其中:省级财政衔接资金100万元、中央财政衔接资金100万元)。",
                (
                    ("sum", "1000", "agrees"),
                    ("sum", "1000", "agrees"),
                    ("sum", "600", "disagrees"),
                    ("sum", "400", "disagrees"),
                    ("sum", "500", "agrees"),
                    ("sum", "200", "agrees"),
                ),
                (("arithmetic.breakdown-sum", "warning"), ("arithmetic.breakdown-sum", "warning")),
            ),
            Example(
                # an item without a bracket: the columns are not all printed (the total's own
                # bracket is still read: 600 + 400 = 1000)
                "(一)安排产业发展项目资金1000万元。(其中:中央财政衔接资金600万元、省级财政衔接资金"
                "400万元)。\n1、安排农业产业项目资金500万元(其中:中央财政衔接资金300万元、省级财政"
                "衔接资金200万元)。\n2、安排林业产业项目资金300万元。\n3、安排旅游产业项目资金200万元"
                "(其中:省级财政衔接资金100万元、中央财政衔接资金100万元)。",
                (
                    ("sum", "1000", "agrees"),
                    ("sum", "1000", "agrees"),
                    ("sum", "500", "agrees"),
                    ("sum", "200", "agrees"),
                ),
            ),
        ),
    ),
    Form(
        "a bare 加 adding to a figure up to a named total",
        "“收入安排306.74亿元,增长5%;加税收返还和转移支付补助…等317.56亿元,总收入624.3亿元”: 加"
        " opening a clause (not 加强, 加快, 加大…) adds as 加上 does, up to the figure named 总收入"
        " (总支出, 合计…); a weak claim.",
        "“收入安排306.74亿元，增长5%；加税收返还和转移支付补助……等317.56亿元，总收入624.3亿元”："
        "分句开头的“加”（不是加强、加快、加大……）与“加上”同义，加到名为总收入（总支出、合计……）"
        "之数为止；不符报警告。",
        ("claims._plus_totals", "claims._ADDED_ON"),
        (
            Example(
                # 306.74 + 317.56 = 624.30 (sd-binzhou-czj-2023-ysbg, heldout41)
                "2024年,全市一般公共预算收入安排306.74亿元,增长5%;加税收返还和转移支付补助、调入"
                "资金、动用预算稳定调节基金、上年结转收入等317.56亿元,总收入624.3亿元。",
                (("sum", "624.3", "agrees"),),
            ),
            Example(
                # 306.74 + 317.56 = 624.30, not 642.3
                "2024年,全市一般公共预算收入安排306.74亿元,增长5%;加税收返还和转移支付补助、调入"
                "资金、动用预算稳定调节基金、上年结转收入等317.56亿元,总收入642.3亿元。",
                (("sum", "642.3", "disagrees"),),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
        ),
    ),
    Form(
        "结转下年 after the 总收入 and the 总支出",
        "“…,总收入624.3亿元。…支出安排532.2亿元,…;加…63.25亿元,总支出595.45亿元。结转下年28.85"
        "亿元。”: a 结转下年 opening its sentence, right after a sentence that ends with the 总支出"
        " and one before it (same paragraph) that ends with the 总收入, is the one less the other"
        " (a weak claim).",
        "“……，总收入624.3亿元。……支出安排532.2亿元，……；加……63.25亿元，总支出595.45亿元。结转下年"
        "28.85亿元。”：句首的结转下年，紧接以总支出结尾的一句、其前（同段）又有以总收入结尾的一句时，"
        "等于总收入减总支出（不符报警告）。",
        ("claims._year_end_balances", "claims._grand_totals_before"),
        (
            Example(
                # 624.3 − 595.45 = 28.85 (sd-binzhou-czj-2023-ysbg, heldout41)
                "2024年,全市一般公共预算收入安排306.74亿元,增长5%;加税收返还和转移支付补助等317.56"
                "亿元,总收入624.3亿元。全市一般公共预算支出安排532.2亿元,增长1%左右;加上解支出、"
                "债务还本支出等63.25亿元,总支出595.45亿元。结转下年28.85亿元。",
                (
                    ("sum", "624.3", "agrees"),
                    ("sum", "595.45", "agrees"),
                    ("balance", "28.85", "agrees"),
                ),
            ),
            Example(
                # two digits swapped: 28.58
                "2024年,全市一般公共预算收入安排306.74亿元,增长5%;加税收返还和转移支付补助等317.56"
                "亿元,总收入624.3亿元。全市一般公共预算支出安排532.2亿元,增长1%左右;加上解支出、"
                "债务还本支出等63.25亿元,总支出595.45亿元。结转下年28.58亿元。",
                (
                    ("sum", "624.3", "agrees"),
                    ("sum", "595.45", "agrees"),
                    ("balance", "28.58", "disagrees"),
                ),
                (("arithmetic.balance", "warning"),),
            ),
        ),
    ),
    Form(
        "a figure per head after the parts",
        "“其中,第一产业增加值15.8亿元,…;第三产业增加值49.3亿元,…。人均地区生产总值40998元”: a"
        " figure per head (人均, 生均, 户均, 平均…) is no part of the total before it; a school's"
        " fund set per pupil (生均经费, 生均公用经费) is an amount, and a part.",
        "“其中，第一产业增加值15.8亿元，……；第三产业增加值49.3亿元，……。人均地区生产总值40998元”："
        "人均（生均、户均、平均……）之数不是此前合计的分项；按生均标准安排的经费（生均经费、生均公用"
        "经费）是金额，是分项。",
        ("claims._gather", "claims._PER_HEAD", "claims._PER_PUPIL_FUND"),
        (
            Example(
                # 15.8 + 41.3 + 49.3 = 106.4 against 106.3: within rounding (15.75 + 41.25 +
                # 49.25 = 106.25), a warning; the 40998元 per head is no part
                # (sx-linfen-yicheng-2022-tjgb, heldout41)
                "全年实现地区生产总值106.3亿元,比上年增长5.7%。其中,第一产业增加值15.8亿元,增长"
                "4.2%;第二产业增加值41.3亿元,增长10.7%;第三产业增加值49.3亿元,增长3.9%。人均地区"
                "生产总值40998元。",
                (("sum", "106.3", "rounding"),),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
            Example(
                # the same in 万元, where a figure per head taken for a part would put the sum
                # past any rounding (108.5)
                "全年支出106.3万元。其中,办公费15.8万元,增长4.2%;印刷费41.3万元,增长10.7%;差旅费"
                "49.3万元,增长3.9%。人均支出2.1万元。",
                (("sum", "106.3", "rounding"),),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
            Example(
                # a school's 项目支出 (unkeyed, 岳阳市云溪区第一中学 2018): 66.7 + 7.6 + 85 = 159.3
                "2018年年初预算数为159.30万元,是指单位为完成特定行政工作任务或事业发展目标而发生的"
                "支出。其中:贷款利息66.7万元、困难学生学费7.6万元、高中生均经费85万元。",
                (("sum", "159.30", "agrees"),),
            ),
        ),
    ),
    Form(
        "a rate named after a 其中 part",
        "“常住人口259158人,其中城镇常住人口115223人,城镇化率为44.46%”, “检查企业120家,其中合格114"
        "家,合格率95%”: a rate named right after a 其中 part (not a growth rate) is the part's"
        " share of the figure before it when its name opens with the part's words (a weak"
        " claim; not 利率 after a 债券). So is a count of things named before 中 and how many of"
        " them did something (“全省679家A级旅游景区中已复工开园619家,开园率91.16%”).",
        "“常住人口259158人，其中城镇常住人口115223人，城镇化率为44.46%”“检查企业120家，其中合格"
        "114家，合格率95%”：紧跟“其中”分项、名称以该分项之词开头的某某率（非增长率）是该分项占其前"
        "合计的比例（不符报警告；债券后的利率不是）。“N家某某中”之后若干家做了某事亦同（“全省679家A级"
        "旅游景区中已复工开园619家，开园率91.16%”）。",
        ("claims._part_rates", "claims._PART_RATE", "claims._COUNT_AMONG"),
        (
            Example(
                # (四川 2020 “五一”, a 央广网 story, miss 56): 619 / 679 = 91.16%, 513 / 1269 =
                # 40.43%
                "全省679家A级旅游景区中已复工开园619家,开园率91.16%;1269家旅行社中已复工复产513家,"
                "复工率40.43%。",
                (("share", "91.16", "agrees"), ("share", "40.43", "agrees")),
            ),
            Example(
                # 619 / 679 = 91.16%, not 92.16
                "全省679家A级旅游景区中已复工开园619家,开园率92.16%。",
                (("share", "92.16", "disagrees"),),
                (("arithmetic.share", "warning"),),
            ),
            Example(
                # 115223 / 259158 = 44.4605% -> 44.46 (sx-linfen-yicheng-2022-tjgb, heldout41)
                "年末全县常住人口259158人,其中城镇常住人口115223人,城镇化率为44.46%。",
                (("share", "44.46", "agrees"),),
            ),
            Example(
                # the same with the 其中 opening the next sentence (the whole ends the one before)
                "年末全县常住人口259158人。其中城镇常住人口115223人,城镇化率为44.46%。",
                (("share", "44.46", "agrees"),),
            ),
            Example(
                # 114 / 120 = 95%, not 96
                "检查企业120家,其中合格114家,合格率96%。",
                (("share", "96", "disagrees"),),
                (("arithmetic.share", "warning"),),
            ),
            Example(
                # a growth rate after the part is its change, not its share
                "收入100万元,其中税收80万元,增长率5%。",
                (),
            ),
            Example(
                # a rate that does not name the part is not its share (200 / 500 = 40%)
                "发行债券500亿元,其中一般债券200亿元,平均利率3.5%。",
                (),
            ),
        ),
    ),
    Form(
        "a level moved from one figure to another (由/从 … 增加到/增至/降至 …)",
        "“收入从3000万元增加到3500万元,增加500万元”, “总资产增加704亿元,由年底的40810亿元增加至"
        "2025年底的41514亿元”, “部门从100家增加到120家,增加20家”: a level's old value after 由 or"
        " 从 (FROM_WORDS, with a period: 年底的, 2019年的) and its new one after a verb of"
        " LEVEL_VERBS with 为/到/至; the change, printed after them or first, is their difference"
        " (counts too, only beside both levels).",
        "“收入从3000万元增加到3500万元，增加500万元”“总资产增加704亿元，由年底的40810亿元增加至2025"
        "年底的41514亿元”“部门从100家增加到120家，增加20家”：“由”“从”（可带“年底的”“2019年的”）"
        "之后为原数，“调整为、增加到、增至、降至……”之后为新数；其前或其后的增减额应为两者之差（件"
        "数亦同，须两数俱在）。",
        (
            "claims._changes",
            "claims._moved_after",
            "claims._moved_before",
            "claims._TO_NEW_LEVEL",
            "facts._FROM_OLD",
            "facts._FROM_YEAR",
        ),
        (
            Example(
                # 3500 − 3000 = 500 (从, not only 由)
                "一般公共预算收入从3000万元增加到3500万元,增加500万元。",
                (("difference", "500", "agrees"),),
            ),
            Example(
                # 41514 − 40810 = 704, the change printed first (hk-jinguanju-2025-wfjj, heldout35)
                "外汇基金总资产增加704亿元,由年底的40810亿元,增加至2025年底的41514亿元。",
                (("difference", "704", "agrees"),),
            ),
            Example(
                # 450 − 500 = −50, not −60
                "债务余额减少60亿元,从年初的500亿元下降到450亿元。",
                (("difference", "60", "disagrees"),),
                (("arithmetic.change-amount", "error"),),
            ),
            Example(
                # counts: 120 − 100 = 20, not 30
                "预算公开部门从100家增加到120家,增加30家。",
                (("difference", "30", "disagrees"),),
                (("arithmetic.change-amount", "error"),),
            ),
            Example(
                # a growth per year over the years between is no rate of the whole move
                # (average growth: (71.3 / 52.6)^(1/4) − 1 = 7.90%)
                "全县一般公共预算收入从2019年的52.6亿元增加到2023年的71.3亿元,年均增长7.9%。",
                (("change-rate", "7.9", "agrees"),),
            ),
        ),
    ),
    Form(
        "persons are no part of a count of things",
        "“内设机构共6个,分别是:…办公室。实有人数86人(其中,在职36人,离退休50人),总编制数38人”: a"
        " count's parts count the same kind of thing as it (quantities.COUNTER_KINDS): persons (人,"
        " 名, 人次) are no parts of a count of things (个, 宗…), 家 and 户 go with either"
        " (“受益6655人(家)次。其中:…受益2539人次;…受益7家次”).",
        "“内设机构共6个，分别是：……办公室。实有人数86人（其中，在职36人，离退休50人），总编制数38"
        "人”：分项与合计须计同类之物（quantities.COUNTER_KINDS）：人（名、人次）不是以个、宗……计之"
        "合计的分项；家、户两可（“受益6655人(家)次。其中：……受益2539人次；……受益7家次”）。",
        ("claims._gather", "quantities.same_kind_of_count", "quantities.COUNTER_KINDS"),
        (
            Example(
                # 86 + 38 persons against 6 offices (no separator lost in copying between the
                # names and the next sentence): no list, where an error was
                # (hb-xiangzhou-huopai-2025-bmys, heldout21, with 其中, as a variant of 其中:);
                # 36 + 50 = 86 and 38 are the persons' own
                "伙牌镇政府(单位)内设机构共6个,分别是:党建工作办公室、经济发展办公室、城乡建设办公室、"
                "社会事务办公室、平安建设办公室伙牌镇政府(单位)实有人数86人(其中,在职36人,离退休50"
                "人),总编制数38人,其中:行政编制38人。",
                (("sum", "86", "agrees"), ("sum", "38", "agrees")),
            ),
            Example(
                # persons and households together: 2539 + 2332 + 7 = 4878
                "救助支出共计受益4878人(家)次。其中:恤病受益2539人次;济困受益2332人次;扶贫受益7家次。",
                (("sum", "4878", "agrees"),),
            ),
        ),
    ),
    Form(
        "a rate's gap to its own the year before is no gap between two rates",
        "“民生支出占一般公共预算支出的比重为73.6%,比上年提高2.4个百分点”: 比 followed by a period"
        " (PERIOD_WORDS, a year) compares the rate with its own value then, not with a rate printed"
        " before it; 比 followed by a name (“比全省平均增幅4.4%高3.7个百分点”) does. So does 同比"
        " (“资产负债率29%,同比降低6个百分点”): it is the rate's own value a year before.",
        "“民生支出占一般公共预算支出的比重为73.6%，比上年提高2.4个百分点”：“比”后接时期（上年、"
        "某年……）是与本项往期相比，不是与前印之率相比；“比”后接名称（“比全省平均增幅4.4%高3.7个"
        "百分点”）才是。“同比”亦然（“资产负债率29%，同比降低6个百分点”）。",
        ("claims._point_gaps", "claims._GAP_WORDS"),
        (
            Example(
                # 同比 compares the share with its own a year before: no gap to the 11.4% growth
                # (a 2018 national first-quarter report; it was read as 73.8 - 11.4)
                "民生相关支出同比增长11.4%,占全部支出比重达到73.8%,同比提高0.3个百分点。",
                (),
            ),
            Example(
                # 7.8 − 73.6 is no reading: the 2.4 points are on the share's own prior value
                # (sd-zaozhuang-czj-2020-yszx, heldout, with 较上年 as printed read the same)
                "全市民生支出165.8亿元,增长7.8%,民生支出占一般公共预算支出的比重为73.6%,比上年提高2.4"
                "个百分点。",
                (),
            ),
            Example(
                # 8.1 − 4.4 = 3.7
                "全市财政收入增长8.1%,比全省平均增幅4.4%高3.7个百分点。",
                (("points-gap", "3.7", "agrees"),),
            ),
        ),
    ),
    Form(
        "占到 and 达到 before a budget; 人民币 after a unit of money",
        "“累计完成99895万元,占到预算92390万元的108.1%,较上年同期110374万元下降9.5%,减收10479万元”,"
        " “投资500万元人民币”: 占到 and 达到 name the budget a completion is of as 占 and 完成 do"
        " (vocabulary.BASE_VERBS), and 占到 the whole of a share; the currency printed after the"
        " unit (万元人民币, 亿人民币) is part of the figure's print, not words between figures.",
        "“累计完成99895万元，占到预算92390万元的108.1%，较上年同期110374万元下降9.5%，减收10479"
        "万元”“投资500万元人民币”：“占到”“达到”与“占”“完成”同样指明完成率所对之预算"
        "（vocabulary.BASE_VERBS），“占到”亦指明比重之总额；单位后所印币种（万元人民币、亿人民币）"
        "属该数本身，不是数与数之间的文字。",
        (
            "facts._BASE_CUE",
            "facts._BASE_NAMED",
            "facts._BASE_PLAN",
            "facts._COMPLETION_CUE",
            "claims._WHOLE_WORDS_OF_SHARE",
            "quantities._QUANTITY",
        ),
        (
            Example(
                # 99895 / 92390 = 108.12%; 110374 − 99895 = 10479, the budget no current figure
                # (gs-tianshui-gangu-czj-2023-jsbg, heldout29, with 占到 for 占: an error was
                # drawn, 110374 − 92390)
                "2023年,全县大口径财政收入累计完成99895万元,占到预算92390万元的108.1%,较上年同期"
                "110374万元下降9.5%,减收10479万元。",
                (
                    ("completion", "108.1", "agrees"),
                    ("change-rate", "9.5", "agrees"),
                    ("difference", "10479", "agrees"),
                ),
            ),
            Example(
                # 63.03 / 351.03 = 17.955% -> 17.96, the whole named after 占到
                "2023年单位支出总预算351.03万元,基本支出预算63.03万元,占到支出总预算的17.96%,"
                "同比增加41.35万元。",
                (("share", "17.96", "agrees"),),
            ),
            Example(
                # 110 − 100 = 10, 10 / 100 = 10%, in 万元人民币
                "支出110万元人民币,比上年100万元人民币增加10万元人民币,增长10%。",
                (("difference", "10", "agrees"), ("change-rate", "10", "agrees")),
            ),
            Example(
                # 占到 before a budget with no figure of its own: the figure before is the
                # budget's (unkeyed, 龙岗区残疾人联合会 2016, reworded 占 -> 占到): 100%, and the
                # 收入 and 支出 of the 收支总预算
                "龙岗区残疾人联合会2016年收支总预算8,795.61万元,其中:本年收入8,795.61万元,占到"
                "收入预算100%;本年支出8,795.61万元。",
                (("sum", "8795.61", "agrees"), ("completion", "100", "agrees")),
            ),
        ),
    ),
    Form(
        "any verb of change: each of a run (各回落, 上升 after the run), a bare change (增)",
        "“收、支总计各减少1267.86、2570.97万元,各回落23.51%、38.28%”, “各增加1412.7万元、"
        "2062.79万元,上升15.74%、23.72%”: 各 before any verb of change (vocabulary.CHANGE_VERBS)"
        " opens a run paired by position, and so does the rates' verb after a run of changes; a"
        " change named by its verb alone, short or long (增, 增加), is against the budget.",
        "“收、支总计各减少1267.86、2570.97万元，各回落23.51%、38.28%”“各增加1412.7万元、2062.79"
        "万元，上升15.74%、23.72%”：“各”后接任一增减动词（vocabulary.CHANGE_VERBS）即开启按位置"
        "对应的一组数，增减额一组之后的增减率动词亦然；仅以动词（增、增加）标示的增减额是对预算"
        "而言。",
        ("facts._RESPECTIVELY", "facts._RATES_AFTER_RUN", "facts._BARE_VERB"),
        (
            Example(
                # 1267.86 / (4125.49 + 1267.86) = 23.51%; 2570.97 / (4143.91 + 2570.97) =
                # 38.2877% -> 38.29, not 38.28 (WRONG in the key of sc-dyrmt-x-2022-dwjs, texts;
                # with 回落 for 下降 the two rates were read against nothing)
                "2022年度收、支总计各是4125.49,4143.91万元。与2021年相比,收、支总计各减少1267.86,"
                "2570.97万元,各回落23.51%、38.28%。",
                (("change-rate", "23.51", "agrees"), ("change-rate", "38.28", "disagrees")),
                (("arithmetic.change-rate", "error"),),
            ),
            Example(
                # a bare change by a short verb (增 for 增加) after the actual figure is against
                # its budget: 4610.19 − 3786.71 = 823.48 (xx-haowendang-x-2017-bmjs, heldout3,
                # with 增 for 增加)
                "2017年预算数3786.71万元,调整数4610.19万元,决算数4610.19万元,增823.48万元。",
                (("difference", "823.48", "agrees"),),
            ),
            Example(
                # 1412.7 / (7562.45 − 1412.7) = 22.97%, 2062.79 / (6632.48 − 2062.79) = 45.14%
                # (xz-quwei-zhengfawei-2024-bmjs, heldout36, with 上升 for 增长)
                "2024年度收入总计7562.45万元,支出总计6632.48万元,与2023年度相比,收入、支出总计各增加"
                "1412.7万元、2062.79万元,上升15.74%、23.72%。",
                (("change-rate", "15.74", "disagrees"), ("change-rate", "23.72", "disagrees")),
                (("arithmetic.change-rate", "error"), ("arithmetic.change-rate", "error")),
            ),
        ),
    ),
    Form(
        "a change after a list that opens the sentence after its total",
        "“收入决算总额为6754.31万元。其中预算财政拨款3277.62万元,2019年结转3476.69万元,收入决算"
        "总额较2019年增加1122.72万元,增长19.94%”: when a list opens the sentence after its total"
        " (其中, 包括…), a change after a part may be the part's or the total's, as when the"
        " list follows a comma: both figures are read (a weak claim).",
        "“收入决算总额为6754.31万元。其中预算财政拨款3277.62万元，2019年结转3476.69万元，收入决算总额"
        "较2019年增加1122.72万元，增长19.94%”：分项列于合计之后一句（以“其中”“包括”等开头）时，分项"
        "之后的增减可能属于分项，也可能属于合计，与逗号相接时一样：两种读法均试（弱断言）。",
        ("claims._currents", "claims._opened_by_list"),
        (
            Example(
                # 1122.72 / (6754.31 − 1122.72) = 19.94% (sc-suining-daying-fayuan-2020-bmjs,
                # heldout10, with 。其中 for ,其中: the last part was taken for the current figure,
                # an error)
                "2019年大英县人民法院收入决算总额为6754.31万元。其中预算财政拨款3277.62万元,2019年结转"
                "3476.69万元,收入决算总额较2019年增加1122.72万元,增长19.94%。",
                (("change-rate", "19.94", "agrees"),),
            ),
            Example(
                # a change that names its part is the part's: 1284 / (8103 − 1284) = 18.83%
                "一般公共预算收入24627万元。其中税收收入8103万元,增收1284万元,增长18.8%。",
                (("change-rate", "18.8", "agrees"),),
            ),
            Example(
                # the total's change after a part that names itself: 197.03 / (3759.2 − 197.03)
                # = 5.53% (jx-jian-yongfeng-fayuan-2020-bmjs, heldout10, with 。其中 for ,其中:
                # read as the part's, 197.03 / (1366.76 − 197.03) = 16.8%, an error)
                "本部门2020年度收入总计3759.2万元。其中年初结转和结余1366.76万元,较2019年增加"
                "197.03万元,增加5.5%;",
                (("change-rate", "5.5", "agrees"),),
            ),
        ),
    ),
    Form(
        "a bare share in a list that opens the sentence after a share of a named whole",
        "“公共基础设施1,933亿元,占全市资产总额48.8%。其中:等级公路1.6万公里…;流动资产750亿元,"
        "占18.9%”: a sentence that opens with a list (其中, 包括…) continues the one before, so a"
        " bare 占X% in it is of the whole a sibling's share named before the full stop, as it is"
        " when a comma stands there; sentences that each open so are followed back.",
        "“公共基础设施1,933亿元，占全市资产总额48.8%。其中：等级公路1.6万公里……；流动资产750亿元，"
        "占18.9%”：以“其中”“包括”等开头的一句接续上一句，其中单独的“占X%”以上一句并列项所写明的"
        "总额为基数，与逗号相接时一样；连续几句都这样开头时逐句向前找。",
        ("claims._sibling_whole", "claims._continues_with_list"),
        (
            Example(
                # hb-wuhan-szf-2021-xzsygyzc (heldout38) with 。其中 for ,其中: 750 / 3964 =
                # 18.92%, 724 / 3964 = 18.26%, 348 / 3964 = 8.78% (read against 1,933 and 724,
                # the figures before each 其中, they were errors)
                "截至2021年底,纳入全市统计的单位3,730户,资产总额3,964亿元。公共基础设施1,933亿元,"
                "占全市资产总额48.8%。其中:等级公路1.6万公里,水库109座;流动资产750亿元,占18.9%;"
                "固定资产724亿元,占18.3%。其中:房屋2,841万平方米、价值495亿元;在建工程348亿元,"
                "占8.8%。",
                (
                    ("share", "48.8", "agrees"),
                    ("share", "18.9", "agrees"),
                    ("share", "18.3", "agrees"),
                    ("share", "8.8", "agrees"),
                ),
            ),
        ),
    ),
    Form(
        "a list item whose comma was lost",
        "“…环通工程1000万元集聚区基础设施建设工程项目1150万元,…”: a figure that follows a part"
        " with no mark between is most often the part's own (restated, or its second figure), but"
        " may be the next part run on where a comma was lost: the sum is read both ways.",
        "“……环通工程1000万元集聚区基础设施建设工程项目1150万元，……”：紧接分项金额、中间没有标点的"
        "金额多是该分项自己的（换算或另一个数），也可能是漏了逗号的下一项：两种求和都试。",
        ("claims._gather", "claims._check_list"),
        (
            Example(
                # 1000 + 1000 + 2000 + 1000 + 1100 + 1000 + 1150 + 25 = 8275 (ha-luoyang-jianxi,
                # heldout28; without the 1150 run on, 7125: an error)
                "上级下达我区2022年新增一般债券资金8275万元,期限7年,列入一般债券转贷收入,其中:"
                "涧西区城市光彩提升改造项目1000万元,涧西区西苑路实验小学建设工程项目1000万元,"
                "涧西区中小学基础设施提升改造项目2000万元,涧西区中州路等6条道路沿线综合提升整治"
                "工程1000万元,康滇路综合提升改造工程1100万元,大明渠两岸环通工程1000万元集聚区"
                "基础设施建设工程项目1150万元,涧西区保障小型水库安全运行项目25万元。",
                (("sum", "8275", "agrees"),),
            ),
            Example(
                # the part restated in another unit is no part of its own: 60 + 30 + 10 = 100
                "本年支出100万元,其中:基本支出60万元即0.6亿元,项目支出30万元,其他支出10万元。",
                (("sum", "100", "agrees"),),
            ),
            Example(
                # (明溪县 2020 预算调整, fjmx.gov.cn, miss 39): two parts, the second run on:
                # 18786 + 6268 = 25054
                "一般债券转贷收入25054万元,其中:一般债券18786万元置换债券6268万元。",
                (("sum", "25054", "agrees"),),
            ),
        ),
    ),
    Form(
        "a parallel breakdown that opens the sentence after its totals",
        "“…采购计划金额共计97156.16万元,实际采购金额共计81298.42万元,共节约资金15857.74万元,节约率"
        "为16%。其中货物类…,采购计划金额共计48962.44万元,…;工程类…。服务类…”: items each"
        " printing a figure named like each total of the sentence before are that sentence's"
        " breakdown, as after a comma.",
        "“……采购计划金额共计97156.16万元，实际采购金额共计81298.42万元，……。其中货物类……，采购计划金额"
        "共计48962.44万元，……；工程类……。服务类……”：各项逐一列出与上一句各合计同名的数，是上一句的"
        "分项，与逗号相接时一样。",
        ("claims._parallel_lists", "claims._parallel_at", "claims._continues_with_list"),
        (
            Example(
                # xx-dpgov-czj-2019-zfcg (the development set) with 。其中 for ,其中: 231 + 94 +
                # 148 = 473; 48962.44 + 30005.94 + 18187.79 = 97156.17 (printed .16, a rounding
                # warning: the key's WRONG claim); 39944.66 + 24380.43 + 16973.33 = 81298.42;
                # 9017.78 + 5625.51 + 1214.45 = 15857.74; each kind's saving is its plan less its
                # actual (48962.44 − 39944.66 = 9017.78, 30005.94 − 24380.43 = 5625.51, and
                # 18187.79 − 16973.33 = 1214.46 printed .45: the key's WRONG claim 11, a warning)
                "2019年政府采购工作已圆满完成,本年度共采购项目473个,采购计划金额共计97156.16万元,"
                "实际采购金额共计81298.42万元,共节约资金15857.74万元,节约率为16%。其中货物类采购"
                "项目231个,采购计划金额共计48962.44万元,实际采购金额共计39944.66万元,共节约资金"
                "9017.78万元;工程类采购项目94个,采购计划金额共计30005.94万元,实际采购金额共计"
                "24380.43万元,共节约资金5625.51万元。服务类采购项目148个,采购计划金额共计18187.79"
                "万元,实际采购金额共计16973.33万元,共节约资金1214.45万元。",
                (
                    ("sum", "473", "agrees"),
                    ("sum", "97156.16", "rounding"),
                    ("sum", "81298.42", "agrees"),
                    ("change-sum", "15857.74", "agrees"),
                    ("difference", "15857.74", "agrees"),
                    ("share", "16", "agrees"),
                    ("difference", "9017.78", "agrees"),
                    ("difference", "5625.51", "agrees"),
                    ("difference", "1214.45", "rounding"),
                ),
                (("arithmetic.breakdown-sum", "warning"), ("arithmetic.change-amount", "warning")),
            ),
        ),
    ),
    Form(
        "a parallel breakdown of main items only",
        "“…收入完成6140万元,较上年减收4294万元,…,其中:国有土地使用权出让收入5613万元,较上年减收"
        "3777万元,…;城市基础设施配套费收入294万元,较上年减收305万元”: when no column of a parallel"
        " breakdown adds up to its total, the items are the main ones (an open list, its sums no"
        " claim); a part matched by two columns is the part of the one it adds up to.",
        "“……收入完成6140万元，较上年减收4294万元，……，其中：国有土地使用权出让收入5613万元，较上年减收"
        "3777万元，……；城市基础设施配套费收入294万元，较上年减收305万元”：并列分项没有一列与合计相符时，"
        "所列只是主要项目（不完整，其和不作核对）；被两列同时匹配的分项只属于与之相符的那一列。",
        ("claims._parallel_at", "claims._parallel_parts"),
        (
            Example(
                # sn-hanzhong-xixiang (heldout23) with ,其中 for 。其中: 5613 + 294 = 5907, not
                # 6140; 3777 + 305 = 4082, not 4294 — both errors, on a correct text (a weak
                # warning is left from the list read the usual way)
                "2024年5月份,全县政府性基金预算收入完成6140万元,较上年减收4294万元,下降41.2%,"
                "其中:国有土地使用权出让收入5613万元,较上年减收3777万元,下降40.22%;城市基础设施"
                "配套费收入294万元,较上年减收305万元,下降50.92%。",
                (
                    ("sum", "6140", "disagrees"),
                    ("change-rate", "41.2", "agrees"),
                    ("change-rate", "40.22", "agrees"),
                    ("change-rate", "50.92", "agrees"),
                ),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
            Example(
                # hn-zhuzhou-liling (heldout33) with ,其中 for 。其中,: 3514.44 + 3068.21 + 196.7
                # = 6779.35, the 完成 column; the same parts are not also the 采购预算's (7911.87,
                # an error)
                "截止6月底,醴陵市第二季度共完成政府采购6779.35万元,采购预算7911.87万元,节约资金"
                "1132.52万元,资金节约率达14.31%,其中,完成货物采购3514.44万元,节约资金579.55万元;"
                "完成工程采购3068.21万元,节约资金519.07万元;完成服务采购196.7万元,节约资金33.9万元。",
                (
                    ("sum", "6779.35", "agrees"),
                    ("change-sum", "1132.52", "agrees"),
                    ("difference", "1132.52", "agrees"),
                    ("share", "14.31", "agrees"),
                ),
            ),
        ),
    ),
    Form(
        "parts that add up to an earlier figure of their sentence",
        "“资产总额30.0万亿元,负债总额9.5万亿元,净资产20.5万亿元,其中,行政单位资产总额8.9万亿元,"
        "事业单位资产总额21.1万亿元”: parts that do not add up to the figure before their 其中 but"
        " do to an earlier one of the sentence, at its level and of its kind, are that one's, as"
        " they would be were the 其中 to open the next sentence (a weak reading).",
        "“资产总额30.0万亿元，负债总额9.5万亿元，净资产20.5万亿元，其中，行政单位资产总额8.9万亿元，"
        "事业单位资产总额21.1万亿元”：分项之和与“其中”前的数不符、而与同句更早的同级同类数相符时，"
        "是那个数的分项，与“其中”另起一句时一样（系推断）。",
        ("claims._earlier_total",),
        (
            Example(
                # cn-guowuyuan-2017-gyzcbg (heldout32) with ,其中 for 。其中: 8.9 + 21.1 = 30.0
                # (against 20.5, an error); 30.0 − 9.5 = 20.5
                "2017年,全国行政事业单位资产总额30.0万亿元,负债总额9.5万亿元,净资产20.5万亿元,"
                "其中,行政单位资产总额8.9万亿元,事业单位资产总额21.1万亿元。",
                (("sum", "30.0", "agrees"), ("difference", "20.5", "agrees")),
            ),
            Example(
                # gs-qingyang (heldout12) with ,其中 for 。其中: 498 + 739 = 1237 (the items'
                # own breakdowns set apart; against 68, a warning)
                "2021年市级彩票公益金收入1237万元,安排支出1169万元,结转下年使用68万元,其中:\n\n"
                "1.福利彩票公益金498万元,安排用于社会福利事业286万元;下达西峰区144万元;结余68万元,"
                "转下年度继续使用。\n\n2.体育彩票公益金739万元,主要用于体育事业发展等532万元;下达"
                "西峰区207万元。",
                (
                    ("sum", "1237", "agrees"),
                    ("balance", "68", "agrees"),
                    ("sum", "498", "agrees"),
                    ("sum", "739", "agrees"),
                ),
            ),
        ),
    ),
    Form(
        "a share of a part named after 其中 with no figure",
        "“岁出核列1787亿元,其中以教育科学文化支出占岁出总额34.40%最高”: the part is named after"
        " 其中 and its amount is not printed; the figure before the 其中 is its whole, not the"
        " part, so the share is no claim.",
        "“岁出核列1787亿元，其中以教育科学文化支出占岁出总额34.40%最高”：“其中”后所列分项未写金额，"
        "“其中”前的数是总额而非该分项，占比无从核对。",
        ("claims._numerator",),
        (
            Example(
                # tw-xinbei-shifu-109-ys (heldout20) with ,其中 for 。其中: 1787 / 1787 = 100%
                # was read against the printed 34.40, an error
                "新北市府通过109年度总预算案 岁出1787亿元\n\n新北市政会议今天讨论通过109年度新北市"
                "总预算案,岁入计列1642亿元,岁出核列1787亿元,将于8月底前函送市议会审议,其中以教育"
                "科学文化支出占岁出总额34.40%最高。",
                (),
            ),
        ),
    ),
    Form(
        "a list that opens the sentence after its total, of the total's phase",
        "“市人大“三公”经费预算为168.53万元。其中:因公出国(境)费39万元、…”: the parts of a budget"
        " are budgets, as after a comma; a completion rate of a part is read against them; words"
        " that name a list's total without a phase still find it; and a change that names no"
        " phase is read against the budget a few sentences up.",
        "“市人大“三公”经费预算为168.53万元。其中：因公出国（境）费39万元、……”：预算数的分项也是"
        "预算数，与逗号相接时一样；分项的完成率以之为基数；未写阶段的列表名仍能找到合计；未写阶段的"
        "增减额以前几句的预算数为基数。",
        ("facts._tag", "claims._named_list_total", "claims._currents"),
        (
            Example(
                # yn-kunming-shirenda-2016-sgjs (heldout2) with 。其中 for ,其中: 52.15 / 39 =
                # 133.72%; 104.46 / 119.5 = 87.414% -> 87.41, printed 87.39 (the key's WRONG
                # claim); 6.96 / 10 = 69.6%
                "2016年,市人大“三公”经费预算为168.53万元。其中:因公出国(境)费39万元、公务用车运行"
                "维护费119.5万元、国内公务接待费10万元。“三公”经费支出为163.58万元,完成预算的"
                "97.06%。其中:因公出国(境)费支出52.15万元,完成预算的133.72%;公务用车运行维护费"
                "支出104.46万元,完成预算的87.39%;国内公务接待费支出6.96万元,完成预算的69.6%。",
                (
                    ("sum", "168.53", "rounding"),
                    ("sum", "163.58", "rounding"),
                    ("completion", "97.06", "agrees"),
                    ("completion", "133.72", "agrees"),
                    ("completion", "87.39", "rounding"),
                    ("completion", "69.6", "agrees"),
                ),
                (
                    ("arithmetic.breakdown-sum", "warning"),
                    ("arithmetic.breakdown-sum", "warning"),
                    ("arithmetic.sangong", "warning"),
                ),
            ),
            Example(
                # gd-guangdong-shengji-czt-2021-yszc (heldout28): 4.77 is a budget (by the
                # sentence its 其中 continues), and "“三公”经费包括" names no phase: 0.6 + 3.3 +
                # 0.87 = 4.77
                "安排预算部门行政经费79.13亿元,较上年预算负增长37%,占省本级支出的5.4%。其中,“三公”"
                "经费4.77亿元,同比减少0.61亿元,负增长11.3%。“三公”经费包括:因公出国(境)支出0.6"
                "亿元、公务用车购置及运行维护支出3.3亿元、公务接待费支出0.87亿元。",
                (("sum", "4.77", "agrees"), ("change-rate", "11.3", "agrees")),
            ),
            Example(
                # xx-taushaann-2019-sgys (the development set): the 公务接待费 budget 478 three
                # sentences before its change: 38 / (478 + 38) = 7.36% -> 7.4
                "2019年,市本级一般公共预算支出安排的 “三公”经费预算为3328万元。其中,因公出国(境)费"
                "50万元,公务接待费478万元,公务用车购置及运行费2800万元。同口径比2018年减少830万元,"
                "下降20%。其中:因公出国(境)费同口径比2018年减少9万元,下降15.3%。公务接待费同口径比"
                "2018年减少38万元,同口径比2018年下降7.4 %;公务用车购置费同口径比2018年减少334万元,"
                "下降90%。公务用车运行费同口径比2018年减少449万元,下降14%。",
                (
                    ("sum", "3328", "agrees"),
                    ("change-sum", "830", "agrees"),
                    ("change-rate", "20", "agrees"),
                    ("change-rate", "15.3", "agrees"),
                    ("change-rate", "7.4", "agrees"),
                ),
            ),
        ),
    ),
    Form(
        "a 其中 on a line of its own after the total's full stop",
        "“收入总计为457.8161万元。其中:↵1.财政拨款收入364.6552万元,…↵2.…”: numbered items after a"
        " line that holds only 其中 are the parts of the figure before its full stop, as after a"
        " comma; and a 其中 sentence of rates only (“其中民生支出增长5%,占…80.5%”) is a remark on"
        " that figure, whose parts a second 其中 then lists.",
        "“收入总计为457.8161万元。其中：↵1.财政拨款收入364.6552万元，……↵2.……”：只有“其中”一行之后"
        "编号列出的各项，是句号前那个数的分项，与逗号相接时一样；只写比率的“其中”一句（“其中民生支出"
        "增长5%，占……80.5%”）是对那个数的说明，其后第二个“其中”列的仍是它的分项。",
        ("claims._outline_lists", "claims._BARE_INTRO", "claims._totals_before"),
        (
            Example(
                # gs-tianshui-zhangjiachuan-maguan (heldout8, WRONG) with 。其中 for ,其中:
                # 364.6552 + 0 + 93.1608 + 0 + 5.9219 = 463.7379, printed 457.8161 (a warning:
                # the outline is inferred); 24.1522 / 388.8074 = 6.21187% -> 6.2119
                "(一)收入决算情况。2021年度,收入总计为457.8161万元。其中:\n1.财政拨款收入364.6552"
                "万元,为财政拨款资金。较上年度决算数减少24.1522万元,下降6.2118%。\n2.上级补助收入0"
                "万元,与上年相比没有变化。\n3.事业收入93.1608万元。较上年度决算数增加33.1608万元,"
                "增长55.268%。\n4.其他收入0万元。较上年度决算数无增加或减少。\n5.上年结转和结余"
                "5.9219万元。",
                (
                    ("sum", "457.8161", "disagrees"),
                    ("change-rate", "6.2118", "disagrees"),
                    ("change-rate", "55.268", "agrees"),
                ),
                (
                    ("arithmetic.breakdown-sum", "warning"),
                    ("arithmetic.change-rate", "error"),
                ),
            ),
            Example(
                # he-hebei-czt-2022-yszx (heldout5, WRONG) with 。其中 for ,其中: 749.4 + 4644.9
                # = 5394.3, printed 5394.4 (within the parts' rounding: a warning)
                "1—7月,全省一般公共预算支出5394.4亿元,增长4.5%。其中民生支出增长5%,占一般公共预算"
                "支出80.5%,民生等重点领域支出得到较好保障。其中:省本级支出749.4亿元,可比增长2.9%;"
                "市县级支出4644.9亿元,可比增长4.7%。",
                (("sum", "5394.4", "rounding"),),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
        ),
    ),
    Form(
        "a text printed double-spaced",
        "“…其中:财政拨款收入1000.00万元,事业收入↵↵150.00万元,其他收入50.00万元。↵↵二、…”: a blank"
        " line after nearly every line of text (as web pages and converters print it) is a line"
        " break only: a sentence wrapped over a blank line is one sentence, and two blank lines"
        " are what one is in a single-spaced print.",
        "“……其中：财政拨款收入1000.00万元，事业收入↵↵150.00万元，其他收入50.00万元。↵↵二、……”："
        "几乎每行文字后都空一行（网页和转换工具常这样输出）时，空行只是换行：跨空行折行的句子仍是"
        "一句，两个空行相当于单倍行距中的一个。",
        ("normalise._spacing_blanks", "normalise._soft_breaks", "tables._two_sided"),
        (
            Example(
                # 1000 + 150 + 50 = 1200 (the list read whole only with the wrapped line joined)
                "一、收入决算情况\n\n2023年度收入总计为1200.00万元,比上年增加200.00万元,增长"
                "20.00%。其中:财政拨款收入1000.00万元,事业收入\n\n150.00万元,其他收入50.00万元。"
                "\n\n二、支出决算情况\n\n2023年度支出总计为1100.00万元,比上年减少100.00万元,"
                "下降8.33%。\n",
                (
                    ("sum", "1200.00", "agrees"),
                    ("change-rate", "20.00", "agrees"),
                    ("change-rate", "8.33", "agrees"),
                ),
            ),
        ),
    ),
    Form(
        "the indicator weights of a 绩效自评表",
        "A 绩效自评表 printed as rows of cells parted by '|': a header names the 分值 (or 权重) and"
        " 得分 columns, a level's head prints its points (“产出指标(50分)”), and the 分值 of the"
        " indicators under it, up to the next level, add up to them. The columns are found from"
        " the header (the 分值 so many cells before the 得分, a reason written out or not)."
        " 成本指标 and 满意度指标 are levels of their own since the 2021 template and levels under"
        " 产出 and 效益 before it: the sum is read with and without the rows from them on; that,"
        " and rows left out (“……”), leave it unsure (a warning).",
        "以“|”分隔单元格的绩效自评表：表头列出分值（或权重）和得分两栏，一级指标写明分值"
        "（“产出指标(50分)”），其下各项指标的分值之和应等于它，直至下一个一级指标；栏目按表头"
        "定位（分值在得分之前若干栏，原因栏有无均可）。成本指标、满意度指标在2021年模板中为一级"
        "指标，此前为产出、效益下的二级指标：加总时含与不含其后各行两种读法均试；此种情形及省略的"
        "行（“……”）使加总结果不确定（警告）。",
        ("claims._indicator_weights", "claims._row_weight"),
        (
            Example(
                # 20 + 15 + 10 = 45, printed 50 (an error); 20 + 10 = 30; the last level has
                # one indicator (no sum); the total row ends the table
                "绩效指标 | 一级指标 | 二级指标 | 三级指标 | 分值 | 年度指标值 | 全年实际值 | 得分"
                " | 未完成原因 |\n产出指标(50分) | 数量指标 | 改造农村公路里程 | 20 | 12公里 |"
                " 12公里 | 20 | |\n质量指标 | 工程验收合格率 | 15 | 100% | 100% | 15 | |\n时效指标"
                " | 按期完工率 | 10 | 100% | 95% | 8 | 工期延误 |\n效益指标(30分) | 社会效益指标 |"
                " 受益群众人数 | 20 | 5000人 | 5200人 | 20 | |\n可持续影响指标 | 道路使用年限 |"
                " 10 | 10年 | 10年 | 10 | |\n满意度指标(10分) | 服务对象满意度指标 | 群众满意度 |"
                " 10 | 95% | 97% | 10 | |\n总分 | 100 | 95 |\n",
                (("sum", "50", "disagrees"), ("sum", "30", "agrees")),
                (("arithmetic.breakdown-sum", "error"),),
            ),
            Example(
                # 效益指标 (40分): 20 + 10 + 10 = 40 with the 满意度指标 row (a 二级指标 of 效益 in
                # the templates before 2021), 30 without it: agrees, one of two readings
                "绩效指标 | 一级指标 | 二级指标 | 三级指标 | 分值 | 年度指标值 | 全年实际值 | 得分"
                " | 未完成原因 |\n产出指标(50分) | 数量指标 | 改造农村公路里程 | 20 | 12公里 |"
                " 12公里 | 20 | |\n质量指标 | 工程验收合格率 | 15 | 100% | 100% | 15 | |\n时效指标"
                " | 按期完工率 | 15 | 100% | 95% | 12 | 工期延误 |\n效益指标(40分) | 社会效益指标 |"
                " 受益群众人数 | 20 | 5000人 | 5200人 | 20 | |\n可持续影响指标 | 道路使用年限 |"
                " 10 | 10年 | 10年 | 10 | |\n满意度指标 | 群众满意度 | 10 | 95% | 97% | 10 | |\n",
                (("sum", "50", "agrees"), ("sum", "40", "agrees")),
            ),
            Example(
                # the seed 000 (a 区 数据 bureau's 2022 自评表): 成本指标 under 产出指标, 10 + 10 +
                # 5 × 6 = 50, a reason written in the last column of one row (缩减开支)
                "绩 效 指 标 | 一级指标 | 二级指标 | 三级指标 | 年度 指标值 | 实际 完成值 |"
                " 分值 | 得分 | 偏差原因 分析及 改进措施 | ||\n"
                "产出 指标 (50分) | 数量指标 | 法人事项梳理 | 154项 | 98% | 10 | 10 | ||||\n"
                "APP升级建设模块 | 4个 | 4个 | 10 | 10 | ||||||\n"
                "质量指标 | 政府门户网站运行 | 达标 | 达标 | 5 | 5 | |||||\n"
                "全流程监控政务服务办理情况 | 100% | 100% | 5 | 5 | ||||||\n"
                "时效指标 | 资金申请进度 | 100% | 100% | 5 | 5 | |||||\n"
                "政务服务办事及时性 | 100% | 100% | 5 | 5 | ||||||\n"
                "成本指标 | 全年度经费支出 | 703.50 | 629.10 | 5 | 4 | 缩减开支 | ||||\n"
                "财政足额拨款 | 629.10 | 629.10 | 5 | 5 | ||||||\n"
                "总分 | 100 | 99 | 等级:优 | |||||||\n",
                # (and two 100% rows read as completions, as before)
                (
                    ("sum", "50", "agrees"),
                    ("completion", "100", "agrees"),
                    ("completion", "100", "agrees"),
                ),
            ),
            Example(
                # ah-suzhou-xiaoxian-zhangzhuangzhai (heldout26), cut: the head on a line of its
                # own, spaced; a 其中 row in 亩 is no indicator; rows left out: 20 + 10 against
                # 50 is a warning
                "三级指标 | 分值 | 年度指标值 | 全年实际值 | 得分 |\n产 出 指 标 (50分) |\n"
                "数量指标 | 补助种植面积 | 20 | 29.5亩 | 29.5亩 | 20 |\n"
                "其中桃树种植面积 | 1.5亩 | 1.5亩 |\n补助鱼塘面积 | 10 | 3亩 | 3亩 | 10 |\n…… |\n",
                (("sum", "50", "disagrees"),),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
        ),
    ),
    Form(
        "a reason's figures inside a part",
        "“1.财政拨款收入1813.24万元,…下降22.31%,主要原因是2016年财政拨付1000万元政府债券,…。2.…”:"
        " the figures of a reason given for a part's change (after 原因, up to the item's ';' or"
        " '。') explain it and are no parts of the total.",
        "“1.财政拨款收入1813.24万元，……下降22.31%，主要原因是2016年财政拨付1000万元政府债券，……。"
        "2.……”：分项增减原因中的数字（“原因”之后，至该项的分号或句号）用于解释增减，不是合计的分项。",
        ("claims._gather",),
        (
            Example(
                # unkeyed (天水市妇幼保健院 2017, cut): 1813.24 + 0 + 8257.3 + 0 = 10070.54;
                # with the reason's 1000 it would be 11070.54
                "(一)收入决算情况。2017年度,收入总计为10070.54万元,其中:\n1.财政拨款收入1813.24"
                "万元,较2016年度决算数减少520.82万元,下降22.31%,主要原因是2016年财政拨付1000万元"
                "政府债券,2017年无此项收入。\n2.上级补助收入0万元。\n3.事业收入8257.3万元,较2016"
                "年度决算数增加518.65万元,增长6.7%。\n4.其他收入0万元。\n",
                (
                    ("sum", "10070.54", "agrees"),
                    ("change-rate", "22.31", "agrees"),
                    ("change-rate", "6.7", "agrees"),
                ),
            ),
            Example(
                # 300 + 200 = 500 (the reason's 30 and 20 are the change's parts, not the
                # total's)
                "支出合计500万元,其中:基本支出300万元,比上年增加50万元,主要原因是人员增加,工资"
                "增加30万元、社保增加20万元;项目支出200万元。",
                (("sum", "500", "agrees"), ("change-sum", "50", "agrees")),
            ),
        ),
    ),
    Form(
        "a list of an unfigured change",
        "“…减少17.84万元,下降4.8%,主要原因是…;项目资金压减,其中…项目压减7.00万元,…项目压减9.00"
        "万元”: a change named with no figure in the clause right before a list breaks down that"
        " change, not the figure before it; the sum is no claim.",
        "“……减少17.84万元，下降4.8%，主要原因是……；项目资金压减，其中……项目压减7.00万元，……项目"
        "压减9.00万元”：列表前紧邻的分句写了增减却未写数额时，列表分解的是这一增减，而不是更前面的"
        "数，不作加总核对。",
        ("claims._totals_before", "claims._UNFIGURED_CHANGE"),
        (
            Example(
                # unkeyed (重庆市荣昌区总工会 2024): 7.00 + 9.00 = 16.00 is the 项目资金's cut,
                # not the 17.84 of the whole
                "2024年度收、支总计均为357.21万元。收、支与2023年度相比,减少17.84万元,下降4.8%,"
                "主要原因是降本增效,公用经费减少;项目资金压减,其中职工文化体育、培训活动项目压减"
                "7.00万元,荣昌区困难职工帮扶项目压减9.00万元。",
                (("change-rate", "4.8", "agrees"),),
            ),
        ),
    ),
    Form(
        "items that give a part of each figure before them",
        "“…送审金额35.43亿元,审定金额32.66亿元,…,其中预算173宗,送审金额23.79亿元,审定金额21.81亿元,"
        "…,结算185宗,送审金额11.63亿元,审定金额10.85亿元,…”: when the parts in the total's"
        " sentence are named like the total and like the figures printed before it, each item"
        " gives a part of each; the total adds up the parts named like it.",
        "“……送审金额35.43亿元，审定金额32.66亿元，……，其中预算173宗，送审金额23.79亿元，审定金额21.81"
        "亿元，……，结算185宗，送审金额11.63亿元，审定金额10.85亿元，……”：合计所在句中的分项既有与合计"
        "同名的，也有与其前各数同名的，说明每一项各给出每个数的一部分；合计只加与它同名的分项。",
        ("claims._gather", "claims._own_column"),
        (
            Example(
                # unkeyed (梅州市梅县区 预结算审核): 21.81 + 10.85 = 32.66; 1.98 + 0.78 = 2.76,
                # printed 2.77 (within the parts' rounding: a warning)
                "全年审定358宗,送审金额35.43亿元,审定金额32.66亿元,核减2.77亿元,核减率7.82%,其中"
                "预算173宗,送审金额23.79亿元,审定金额21.81亿元,核减1.98亿元,核减率8.32%,结算185宗,"
                "送审金额11.63亿元,审定金额10.85亿元,核减0.78亿元,核减率6.71%。",
                (
                    ("sum", "32.66", "agrees"),
                    ("change-sum", "2.77", "rounding"),
                    ("difference", "2.77", "agrees"),
                    ("change-rate", "7.82", "agrees"),
                    ("share", "7.82", "agrees"),
                    ("difference", "1.98", "agrees"),
                    ("change-rate", "8.32", "agrees"),
                    ("share", "8.32", "agrees"),
                    ("difference", "0.78", "agrees"),
                    ("change-rate", "6.71", "agrees"),
                    ("share", "6.71", "agrees"),
                ),
                (("arithmetic.change-sum", "warning"),),
            ),
        ),
    ),
    Form(
        "the retired beside the staff",
        "“实有人员:53人,其中财政供养在职人员53人,离退休人员13人”: the retired (离退休, 退休) may be"
        " counted beside a unit's staff, not among them: the parts without them are a reading too."
        " So are hires outside the establishment (临聘, 编外, 劳务派遣) beside its 在编 staff: one"
        " group of the staff left, smaller than them, is a subset, and no claim.",
        "“实有人员：53人，其中财政供养在职人员53人，离退休人员13人”：离退休人员可能在单位人员之外另列，"
        "不计入其中：不含他们的各分项之和也是一种读法。编制外人员（临聘、编外、劳务派遣）也在“在编”"
        "人员之外另列：剩下的一类在编人员少于总数时只是其中一部分，不作核对。",
        ("claims._check_list", "claims._OFF_ESTABLISHMENT"),
        (
            Example(
                # unkeyed (临汾市第五小学 2017): 53 = 53, the 13 retired beside them
                "单位人员编制:57人(其中一正两副),实有人员:53人,其中财政供养在职人员53人,离退休人员13人。",
                (("sum", "53", "agrees"),),
            ),
            Example(
                # counted among them: 53 + 13 = 66
                "单位共有人员66人,其中在职人员53人,离退休人员13人。",
                (("sum", "66", "agrees"),),
            ),
            Example(
                # 临聘 are beside the 67 在编, and 64 专业技术人员 are some of them: no breakdown
                # (a 2023 township health centre's 决算; 64 + 5 = 69 was an error)
                "实有在编人员67人,其中专业技术人员64人,临聘人员5人。",
                (),
            ),
            Example(
                # 编外 among all the staff (实有): 50 + 10 = 60
                "实有人员60人,其中在编人员50人,编外人员10人。",
                (("sum", "60", "agrees"),),
            ),
        ),
    ),
    Form(
        "gaps printed without their sign",
        "“…经费支出2.05万元,年初预算为2.95万元,差值为0.9万元。其中:…运行维护费支出0万元,年初预算为"
        "0.95万元,差值为0.95万元;公务接待费支出2.05万元,年初预算为2万元,差值为0.05万元”: when a"
        " total and its parts are gaps (差值, 差额) printed without a sign, each after its actual"
        " and its budget, a part whose actual passed its budget counts against the total's gap:"
        " the parts signed so are a reading of the sum.",
        "“……经费支出2.05万元，年初预算为2.95万元，差值为0.9万元。其中：……运行维护费支出0万元，年初预算"
        "为0.95万元，差值为0.95万元；公务接待费支出2.05万元，年初预算为2万元，差值为0.05万元”：合计与"
        "各分项均为不带符号的差值（差值、差额），且各自印在其决算数与预算数之后时，决算超过预算的分项"
        "应从合计的差值中减去：这样取符号的各分项之和也是一种读法。",
        ("claims._gap_signs", "claims._check_list"),
        (
            Example(
                # unkeyed (a 2018 三公 决算 说明): 0 + 0 + 0.95 − 0.05 = 0.9 (公务接待 passed its
                # budget by 0.05); added unsigned they would be 1.0
                "2018年度本部门一般公共预算财政拨款安排的“三公”经费支出2.05万元,年初预算为2.95万元,"
                "差值为0.9万元。其中:因公出国(境)支出0万元,年初预算为0万元,差值为0万元,原因为落实"
                "中央八项规定精神,压缩各项开支;公务用车购置支出0万元,年初预算为0万元,差值为0万元,"
                "原因为落实中央八项规定精神,压缩各项开支;公务用车运行维护费支出0万元,年初预算为"
                "0.95万元,差值为0.95万元,原因为厉行节约,压减开支;公务接待费支出2.05万元,年初预算"
                "为2万元,差值为0.05万元,原因为项目增多,下乡次数增加。",
                (("sum", "2.95", "agrees"), ("sum", "0.9", "agrees")),
            ),
            Example(
                # a part's gap misprinted (0.15 for 0.05): 0.95 − 0.15 = 0.8 and 0.95 + 0.15 =
                # 1.1, neither 0.9: an error
                "2018年度本部门一般公共预算财政拨款安排的“三公”经费支出2.05万元,年初预算为2.95万元,"
                "差值为0.9万元。其中:因公出国(境)支出0万元,年初预算为0万元,差值为0万元,原因为落实"
                "中央八项规定精神,压缩各项开支;公务用车购置支出0万元,年初预算为0万元,差值为0万元,"
                "原因为落实中央八项规定精神,压缩各项开支;公务用车运行维护费支出0万元,年初预算为"
                "0.95万元,差值为0.95万元,原因为厉行节约,压减开支;公务接待费支出2.05万元,年初预算"
                "为2万元,差值为0.15万元,原因为项目增多,下乡次数增加。",
                (("sum", "2.95", "agrees"), ("sum", "0.9", "disagrees")),
                (("arithmetic.breakdown-sum", "error"),),
            ),
        ),
    ),
    Form(
        "the last item after 以及",
        "“…设施支出603.4470万元:主要用于:…建设302.10万元、…采购229.854万元、…维修维护62.157万元以及"
        "…制作安装9.336万元”: 及 (以及) joins the last item of a list as 和 does.",
        "“……设施支出603.4470万元：主要用于：……建设302.10万元、……采购229.854万元、……维修维护62.157"
        "万元以及……制作安装9.336万元”：“及”（“以及”）与“和”一样连接列表的最后一项。",
        ("claims._gather", "claims._GAP_MARK"),
        (
            Example(
                # unkeyed (溧阳市 2022 体彩公益金): 302.10 + 229.854 + 62.157 + 9.336 = 603.447
                "(二)援建和维护公共体育场地、设施支出603.4470万元:主要用于:2022年度政府重点工程项目"
                "全市城乡12片笼式篮球场地建设302.10万元、全市各镇(区、街道)健身路径器材采购229.854"
                "万元、全市原有健身场地设施设备维修维护62.157万元以及上沛体育公园标识标牌制作安装"
                "9.336万元。",
                (("sum", "603.4470", "agrees"),),
            ),
            Example(
                # heldout20 (新北市 109 年度 總預算): 2 + 6 + 11 + 1 = 20 funds
                "新北市特種基金計有20個,其中:債務基金2個、營業基金6個、作業基金11個及特別收入基金1個。",
                (("sum", "20", "agrees"),),
            ),
        ),
    ),
    Form(
        "a budget adjusted (调整为)",
        "“一般公共预算收入为115.4亿元,执行中按法定程序调整为114.7亿元,实际完成115.1亿元”: 调整为"
        " (调整到, 调整后为) gives the budget as adjusted; the adjustment, and the procedure that"
        " made it (执行中, 按法定程序), are no part of the subject, so the figure is the budget of"
        " what is named before, and a share of that name is of the actual.",
        "“一般公共预算收入为115.4亿元，执行中按法定程序调整为114.7亿元，实际完成115.1亿元”：“调整为”"
        "（“调整到”“调整后为”）给出调整后的预算数；调整及其程序（执行中、按法定程序）不属于名称，"
        "故该数是前文所称项目的预算数，该项目的占比以实际完成数为总数。",
        ("facts.canonical", "facts._ADJUSTED_TAIL"),
        (
            Example(
                # unkeyed (焦作市 2015 决算): 75.2 / 115.1 = 65.33% -> 65.3 (of 115.4, the budget
                # at the start, it would be 65.2: an error); 40.0 / 115.1 = 34.75% -> 34.7
                "2015年,汇总年初各级人大批准的一般公共预算收入为115.4亿元,执行中按法定程序调整为"
                "114.7亿元,实际完成115.1亿元,为调整预算的100.4%,增长9.0%。\n结构情况:税收收入完成"
                "75.2亿元,增长9.1%,增收6.3亿元,税收占一般公共预算收入的比重为65.3%。纳入一般公共预算"
                "管理的非税收入完成40.0亿元,增长8.8%,增收3.2亿元,占一般公共预算收入的比重为34.7%。",
                (
                    ("sum", "115.1", "rounding"),
                    ("completion", "100.4", "rounding"),
                    ("change-rate", "9.1", "agrees"),
                    ("share", "65.3", "agrees"),
                    ("change-rate", "8.8", "rounding"),
                    ("share", "34.7", "agrees"),
                ),
                (
                    ("arithmetic.completion-rate", "warning"),
                    ("arithmetic.breakdown-sum", "warning"),
                    ("arithmetic.change-rate", "warning"),
                ),
            ),
        ),
    ),
    Form(
        "an adjustment (调增, 调减) and a rate of growth after it",
        "“一般公共预算收入由362,000万元调整为416,000万元,调增54,000万元,增长18.3%”: a budget's"
        " adjustment (调增, 调减) is against the budget before it, and a rate of growth printed"
        " after it (增长, 下降) against the year before: the one is no amount of the other, and"
        " the rate is not read from it (a rate with the adjustment's own verb, “调增14.9%”, is).",
        "“一般公共预算收入由362,000万元调整为416,000万元，调增54,000万元，增长18.3%”：调增、调减是"
        "相对调整前的预算，其后的增长、下降率是相对上年：二者不相配，不按调整额计算增长率（用"
        "调整的动词印出的比率，如“调增14.9%”，才按调整额计算）。",
        ("claims._other_measure", "claims._ADJUSTING"),
        (
            Example(
                # 416000 - 362000 = 54000; 18.3% is of the year before (a county's 2021
                # adjustment report: 54000 / 362000 would be 14.9%, not the rate printed)
                "一般公共预算收入由362,000万元调整为416,000万元,调增54,000万元,增长18.3%。",
                (("difference", "54000", "agrees"),),
            ),
            Example(
                # with the adjustment's verb the rate is of it: 54000 / 362000 = 14.917% -> 14.9
                "一般公共预算收入由362,000万元调整为416,000万元,调增54,000万元,调增14.9%。",
                (("difference", "54000", "agrees"), ("change-rate", "14.9", "agrees")),
            ),
            Example(
                # "下降9.7%" is against the year before: no rate of the 调减 (16000 / 101000
                # would be 15.8%)
                "其中:税收收入拟调整为85000万元,调减16000万元,下降9.7%。",
                (),
            ),
            Example(
                # a rate with the tax refunds taken out (剔除…后同口径) is not of the raw 减收 (番禺
                # 2022: read so, it was an error of direction)
                "其中:税收收入720,801万元,同比减收92,021万元,剔除留抵退税后同口径下降6.07%。",
                (),
            ),
        ),
    ),
    Form(
        "an item number before a year",
        "“(二)竞技体育经费390万元↵1.2018年“一带一路”…补助经费190万元;↵2.…170万元;↵3.…30万元。”: an"
        " item number “1.” (or “1、”) right before a year (“2018年”) numbers the item; it is no"
        " decimal point.",
        "“(二)竞技体育经费390万元↵1.2018年“一带一路”……补助经费190万元；↵2.……170万元；↵3.……30万元。”："
        "紧接年份（“2018年”）之前的“1.”（或“1、”）是条目序号，不是小数点。",
        (
            "vocabulary.DIGIT_ITEM_NUMBER",
            "claims._marker_style",
            "claims._levels",
            "normalise._MARKER",
        ),
        (
            Example(
                # unkeyed (西安市体育局 2018 体彩公益金): 190 + 170 + 30 = 390
                "(二)竞技体育经费390万元\n\n1.2018年“一带一路”中国跆拳道公开赛补助经费190万元;\n\n"
                "2.“雁塔杯”击剑邀请赛及女子半程马拉松锦标赛补助经费170万元;\n\n3.省十六运水上项目"
                "赛艇、皮划艇承办费30万元。\n",
                (("sum", "390", "agrees"),),
            ),
        ),
    ),
    Form(
        "main classes of spending under 其中",
        "“一般预算支出189729万元,下降3.2%。其中农林水事务支出34895万元,…,教育支出52423万元,…,节能环保"
        "支出8376万元”: three or more classes (类) of the spending classification (by their names"
        " in the bundled catalogue, current or former) listed under a total of spending, without"
        " 其他支出, are its main classes: falling short of the total is no disagreement (parts"
        " that pass it still are one).",
        "“一般预算支出189729万元，下降3.2%。其中农林水事务支出34895万元，……，教育支出52423万元，……，节能"
        "环保支出8376万元”：支出合计之下列出三个及以上支出功能分类的类级科目（按内置目录的现名或旧名），"
        "且未列“其他支出”时，只是主要类别：各项之和小于合计不算不符（超过合计仍为不符）。",
        ("claims._is_functional_class", "claims._check_list"),
        (
            Example(
                # unkeyed (交城县 2019 统计公报): 34895 + 52423 + 19391 + 17459 + 4341 + 7874 + 8376
                # = 144759 of 189729: the main classes only
                "一般预算支出189729万元,下降3.2%。其中农林水事务支出34895万元,同比下降2.61%,教育支出"
                "52423万元,同比增长12.8%,社会保障和就业支出19391万元,同比下降15%,医疗卫生支出17459万元,"
                "同比下降6.8%,文化体育与传媒支出4341万元,同比增长31.8%,公共安全支出7874万元,同比下降"
                "9.3%,节能环保支出8376万元,同比增长14.4%。",
                (),
            ),
            Example(
                # the same classes passing the total: 150 + 60 + 40 = 250, printed 200 (an error)
                "一般预算支出200万元。其中教育支出150万元,社会保障和就业支出60万元,节能环保支出40万元。",
                (("sum", "200", "disagrees"),),
                (("arithmetic.breakdown-sum", "error"),),
            ),
            Example(
                # with 其他支出 the classes are all of it: 100 + 60 + 30 = 190, printed 200
                "一般预算支出200万元。其中教育支出100万元,社会保障和就业支出60万元,其他支出30万元。",
                (("sum", "200", "disagrees"),),
                (("arithmetic.breakdown-sum", "error"),),
            ),
            Example(
                # unkeyed (弥渡县 2023 1-9月): a class's whole name printed without its 支出
                # (节能环保) is one of the classes: 12037 + 5379 + 24338 + 8976 = 50730 of 171246
                "一般公共预算支出完成171,246万元,其中:一般公共服务支出12,037万元;公共安全支出5,379万元;"
                "教育支出24,338万元;节能环保8,976万元。",
                (),
            ),
        ),
    ),
    Form(
        "a change against the reported figure (报告数)",
        "“本级收入49508万元,比报告数49500万元增加8万元,比2019年决算数下降24.8%”: 报告数 is the"
        " figure the year's execution report gave; a change against it is of the same year, like"
        " one against the budget, and the rate against the year before is no rate of that change.",
        "“本级收入49508万元，比报告数49500万元增加8万元，比2019年决算数下降24.8%”：报告数是当年预算执行"
        "报告所列的数；与它相比的增减属同一年度（如同与预算相比），与上年相比的增减率不是它的增减率。",
        ("vocabulary.BUDGET_WORDS", "facts._change"),
        (
            Example(
                # unkeyed (竹山县 2020 决算): 增加8万元 (on the reported 49500) and 下降24.8% (on
                # 2019's 决算) go different ways without contradicting each other
                "(1)本级收入49508万元,比报告数49500万元增加8万元,比2019年决算数下降24.8%。",
                (),
            ),
        ),
    ),
    Form(
        "figures per head are not added up",
        "“全区幼儿园生均教育经费支出19121.08元,…。全区普通小学生均教育经费支出18157.23元,…”: a"
        " figure per head (人均, 生均, 平均…) and figures per head of other groups after it are"
        " siblings, not its parts: averages are not added up (a fund set per pupil, 生均经费, is an"
        " amount).",
        "“全区幼儿园生均教育经费支出19121.08元，……。全区普通小学生均教育经费支出18157.23元，……”：人均、"
        "生均、平均等按人计算的数与其后其他群体的同类数是并列关系，不是分项：平均数不相加（按生均标准"
        "核定的生均经费是金额）。",
        ("claims._per_head", "claims._check_list"),
        (
            Example(
                # unkeyed (内蒙古 2020 教育经费): five levels' spending per pupil, none a part of
                # the kindergartens' 19121.08
                "全区幼儿园生均教育经费支出19121.08元,比上年增长3.00%。全区普通小学生均教育经费支出"
                "18157.23元,增长0.32%。全区普通初中生均教育经费支出22609.83元,增长2.38%。全区普通高中"
                "生均教育经费支出25645.54元,增长6.59%。全区中等职业学校生均教育经费支出28175.03元,增长"
                "7.77%。全区普通高等学校生均教育经费支出33432.24元,下降0.18%。",
                (),
            ),
        ),
    ),
    Form(
        "a list across sentences ends at another thing",
        "“…各项存款余额2112.7亿元,…。其中,非金融企业存款余额440.1亿元,…;住户存款余额1277.7亿元,…。金融"
        "机构各项贷款余额1662.8亿元,…”: a list that opens a sentence goes on in the sentences after"
        " it only with one more item, not with one not named like the items of the list's own"
        " sentence when they share an ending of three characters or more (…存款余额, …保费收入);"
        " an item named as within the item before it (A中B) is held by it.",
        "“……各项存款余额2112.7亿元，……。其中，非金融企业存款余额440.1亿元，……；住户存款余额1277.7亿元，"
        "……。金融机构各项贷款余额1662.8亿元，……”：以句首开始的列表只有在下一句是又一分项时才延续：与本句"
        "各分项共有的三字以上词尾（……存款余额、……保费收入）不同名的数不是它的分项；以“A中B”命名的项包含"
        "在前面的A之中。",
        ("claims._gather", "claims._items_suffix", "claims._held_parts"),
        (
            Example(
                # unkeyed (亳州市 2018 统计公报): the deposits' list is 440.1 and 1277.7, some of
                # 2112.7 (the kinds of deposits named are some of them: no claim), not the loans'
                # 1662.8 as well (3380.5 would pass 2112.7: an error); the loans' list is 705.4 +
                # 935.7, some of 1662.8, the 个人消费贷款 within 中长期贷款
                "年末全市金融机构各项存款余额(人民币口径,下同)2112.7亿元,比上年末增加269.4亿元,增长"
                "14.6%。其中,非金融企业存款余额440.1亿元,增长13.8%;住户存款余额1277.7亿元,增长13.9%。"
                "金融机构各项贷款余额1662.8亿元,比上年末增加325.6亿元,增长24.4%。其中,短期贷款705.4亿元,"
                "增长7.6%;中长期贷款935.7亿元,增长39%,中长期贷款中个人消费贷款414.2亿元,增长39.8%。",
                (("change-rate", "14.6", "agrees"), ("change-rate", "24.4", "rounding")),
                (("arithmetic.change-rate", "warning"),),
            ),
            Example(
                # the same bulletin: premiums 31.7 + 50.8 = 82.5 (82.6 within their rounding), not
                # the payouts of the next sentence (赔款和给付, not named …保费收入)
                "全年保险业保费总收入82.6亿元,增长17.2%。其中,财产险业务保费收入31.7亿元,增长18.6%;"
                "人身险业务保费收入50.8亿元,增长16.3%。赔款和给付21.6亿元,下降16.8%。",
                (("sum", "82.6", "rounding"),),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
            Example(
                # an item named as within the item before it (A中B) is held by it: 705.4 + 935.7
                # + 20 = 1661.1, without the 414.2 of 个人消费贷款
                "金融机构各项贷款余额1661.1亿元。其中,短期贷款705.4亿元;中长期贷款935.7亿元,"
                "中长期贷款中个人消费贷款414.2亿元;票据融资20亿元。",
                (("sum", "1661.1", "agrees"),),
            ),
        ),
    ),
    Form(
        "the last item printed without a separator",
        "“…保险费8000元、过桥过路费3000元,车辆维护费12000元基他费用7000元。”: a figure right after"
        " the list's last part with only a name between them (no mark: a comma lost) is one more"
        " part; the parts with it are a reading of the sum.",
        "“……保险费8000元、过桥过路费3000元，车辆维护费12000元基他费用7000元。”：紧接最后一项之后、"
        "中间只有名称（缺了逗号）的数也是一项：连同它的各项之和也是一种读法。",
        ("claims._gather", "claims._NAME_BETWEEN"),
        (
            Example(
                # unkeyed (a 岳阳县 hospital's 2016 三公 预算): 20000 + 8000 + 3000 + 12000 + 7000
                # = 50000 (the page's own typo 基他 for 其他 kept)
                "公务用车维护费50000元,是我院行政小车开支,其中油料款20000元(因经常要去长沙接送教授"
                "会诊"
                "或手术)、保险费8000元、 过桥过路费3000元,车辆维护费12000元基他费用7000元。",
                (("sum", "50000", "agrees"),),
            ),
        ),
    ),
    Form(
        "a news page's dateline",
        "“黑龙江上半年民生支出2150.5亿元 占一般公共预算支出比重达86.8%↵↵2021-08-08 21:09:15"
        " 来源:中国改革报↵↵本报讯…”: a line with a date and a time, or with 来源:, stands alone;"
        " the headline"
        " above it is no part of the sentence below it, even where every line is double-spaced.",
        "“黑龙江上半年民生支出2150.5亿元 占一般公共预算支出比重达86.8%↵↵2021-08-08 21:09:15"
        " 来源：中国改革报↵↵本报讯……”：带日期时间或“来源：”的一行自成一行；即使全文隔行排版，其上的"
        "标题也不并入"
        "其下的句子。",
        ("normalise._DATELINE", "normalise._soft_breaks"),
        (
            Example(
                # unkeyed (中国改革报 2021): the gap of 12.1 points is to the first quarter's rate
                # (not printed), not to the headline's 86.8% share
                "黑龙江上半年民生支出2150.5亿元 占一般公共预算支出比重达86.8%\n\n2021-08-08"
                " 21:09:15"
                " 来源:中国改革报 记者 袁小峰\n\n      本报讯 记者袁小峰报道"
                " 日前,记者从黑龙江省财政厅"
                "了解到,"
                "今年上半年,黑龙江一般公共预算收入完成664.2亿元,比上年同期增长25.6%,增幅比一季度提"
                "高"
                "12.1个百分点,增速位居全国前列\n\n上半年,全省一般公共预算支出2478亿元,比上年同期增"
                "长"
                "1.5%\n\n民生支出占比为86.8%\n\n上半年,全省民生支出2150.5亿元\n",
                (("share", "86.8", "agrees"),),
            ),
        ),
    ),
    Form(
        "a statement's total after a paragraph of sentences",
        "“…一般公共预算支出941.5亿元,…。…政府性基金支出332.4亿元,…。↵↵民生支出依然是重点。1月份,全"
        "省民生"
        "支出合计738亿元”: a statement's total (合计) takes the items of its own paragraph, and of"
        " the paragraphs before it only when each of them is one line of the statement (a sentence"
        " a"
        " line), not a paragraph of several sentences.",
        "“……一般公共预算支出941.5亿元，……。……政府性基金支出332.4亿元，……。↵↵民生支出依然是重点。1月"
        "份，"
        "全省民生支出合计738亿元”：报表式合计取本段各项；只有前面各段都是一句一行的报表行时才取前面"
        "各段的"
        "数，多句组成的段落不算。",
        ("claims._statement_totals",),
        (
            Example(
                # after ha-henanrd-2019-01-czsz (unkeyed): 民生支出 738 is no sum of the year's
                # spending 941.5, the funds' 332.4 and the land sales' 211.2 of the paragraph before
                "全省一般公共预算支出941.5亿元,同比增长70.7%。全省政府性基金支出332.4亿元,同比增长"
                "227.9%,其中国有土地使用权出让收入安排的支出211.2亿元,同比增长134.6%。\n\n民生支出"
                "依然"
                "是重点。1月份,全省民生支出合计738亿元,同比增长77.9%。\n",
                (),
            ),
        ),
    ),
    Form(
        "a balance after 收支相抵 in the middle of its sentence",
        "“…收入总计2347.3亿元,为预算的107.2%;支出总计2171.5亿元,为预算的95.6%;收支相抵,当年结余"
        "175.8亿元”: the result of 收支相抵 is the first amount after it, and the sentence's own"
        " totals before it are the two sides (a total word cut to 总 right before its figure,"
        " “支出总378.9亿元”, names a side too).",
        "“……收入总计2347.3亿元，为预算的107.2%；支出总计2171.5亿元，为预算的95.6%；收支相抵，当年结余"
        "175.8亿元”：收支相抵的结果是其后的第一个金额，本句中它之前的两个合计是收、支两方（紧接数字"
        "之前简写为“总”的合计，如“支出总378.9亿元”，也算一方）。",
        ("claims._balances", "claims._TOTAL_OUT"),
        (
            Example(
                # unkeyed (湖北省人大财经委 2022): 2347.3 − 2171.5 = 175.8; the 滚存结余 holds the
                # years before (no claim); the 9.7 of the sentence before are another budget's
                "省级国有资本经营预算收入总计9.7亿元,为预算的130.4%;支出总计9.7亿元,为预算的130.4%。"
                "省级社会保险基金收入总计2347.3亿元,为预算的107.2%;支出总计2171.5亿元,为预算的95.6%;"
                "收支相抵,当年结余175.8亿元,滚存结余1320.4亿元。",
                (("difference", "175.8", "agrees"),),
            ),
            Example(
                # unkeyed (龙岩市 2019 决算草案): 390.5 − 378.9 = 11.6, the 支出 side printed
                # “支出总” (not 18.7 read as a balance of every item)
                "2019年全市地方一般公共预算收入155.6亿元。加上地方政府一般债转贷收入31.1亿元上级补助"
                "收入145.2亿元上年结余结转13.2亿元及从预算稳定调节基金、政府性基金预算、国有资本经营"
                "预算等调入45.4亿元收入总量为390.5亿元。一般公共预算支出322.3亿元。加上补充预算稳定"
                "调节基金18.7亿元上解上级支出24.4亿元债务还本支出12.4亿元,调出资金1.1亿元,支出总378.9"
                "亿元收支总量相抵结转下年11.6亿元。",
                (("sum", "390.5", "agrees"), ("difference", "11.6", "agrees")),
            ),
        ),
    ),
    Form(
        "a balance carried over the years",
        "“全市收入实现85.36亿元,支出实现78.91亿元,滚存结余148.42亿元”: a balance carried over the"
        " years (滚存, 累计) holds the balance before them; it is money in less money out only when"
        " the money in holds that balance (上年结余, a 收入总计) and no balance of the year's own"
        " (当年结余) is printed beside it.",
        "“全市收入实现85.36亿元，支出实现78.91亿元，滚存结余148.42亿元”：滚存、累计结余包含以前年度的"
        "结余；只有收入一方包含该结余（上年结余、收入总计）且旁边没有当年结余时，才等于收入减支出。",
        ("claims._year_end_balances", "claims._OVER_THE_YEARS"),
        (
            Example(
                # unkeyed (绵阳市人大财经委 2021): 85.36 − 78.91 = 6.45 is the year's; 148.42 holds
                # the years before
                "社会保险基金预算方面,全市收入实现85.36亿元,支出实现78.91亿元,滚存结余148.42亿元。",
                (),
            ),
            Example(
                # held-out (甘谷县 2023 决算): 收入总计 holds the balance carried in: 481342 −
                # 473796 = 7546
                "收入总计481342万元,减支出总计473796万元,财政滚存结余7546万元。",
                (("balance", "7546", "agrees"),),
            ),
        ),
    ),
    Form(
        "what a figure holds, in brackets",
        "“…待遇支出为16108.58万元(含生育医疗费用250.65万元和生育津贴2929.04万元)”: what a figure"
        " holds (含, 包含), named in brackets after it, may be some of it: falling short of it is"
        " no disagreement (more than it, it cannot be).",
        "“……待遇支出为16108.58万元（含生育医疗费用250.65万元和生育津贴2929.04万元）”：括号内“含”“包含”"
        "列出的可能只是其中一部分：少于该数不算不符（多于该数则不符）。",
        ("claims._holds_some", "claims._HOLDS_BRACKET"),
        (
            Example(
                # unkeyed (a county 医保局 2024): 250.65 + 2929.04 is some of 16108.58
                "其中在职职工医疗待遇支出为16108.58万元(含生育医疗费用250.65万元和生育津贴2929.04万元)。",
                (),
            ),
            Example(
                # more than the figure: 100 + 30 = 130 against 120, an error
                "项目支出120万元(含设备购置100万元、维修30万元)。",
                (("sum", "120", "disagrees"),),
                (("arithmetic.breakdown-sum", "error"),),
            ),
        ),
    ),
    Form(
        "shares of a list closed by 其他",
        "“在缴存单位中,国家机关和事业单位占1.86%,国有企业占0.79%,…,其他占70.30%”: three or more"
        " shares printed without amounts, in a run with no other figure (but in brackets) and"
        " no ';' between them, that a catch-all (其他, 其它, 其余) closes, add up to 100 (within"
        " the rounding of the printed shares: a warning).",
        "“在缴存单位中，国家机关和事业单位占1.86%，国有企业占0.79%，……，其他占70.30%”：三个及以上不带"
        "金额的占比，中间没有其他数字和分号，并以“其他”“其余”收尾时，合计应为100%（在所列占比的舍入"
        "范围内为警告）。",
        ("claims._closed_shares", "vocabulary.CATCH_ALL_WORDS"),
        (
            Example(
                # unkeyed (珠海市住房公积金 2017): 1.86 + 0.79 + 0.41 + 2.31 + 23.56 + 0.77 +
                # 70.30 = 100.00; 97.04 + 2.96 (no catch-all) is not read
                "在缴存单位中,国家机关和事业单位占1.86%,国有企业占0.79%,城镇集体企业占0.41%,外商投资"
                "企业占2.31%,城镇私营企业及其他城镇企业占23.56%,民办非企业单位和社会团体占0.77%,其他占"
                "70.30%;中、低收入占97.04%,高收入占2.96%。",
                (("shares-sum", "70.30", "agrees"),),
            ),
            Example(
                # a share misprinted: 3.90 + 1.12 + 95.10 = 100.12 (an error)
                "在缴存职工中,国家机关和事业单位仅占3.90%,国有企业占1.12%,其他占95.10%。",
                (("shares-sum", "95.10", "disagrees"),),
                (("arithmetic.shares-sum", "error"),),
            ),
            Example(
                # (江苏省住房公积金 2021, jsnews.jschina.com.cn, hunt 40): a bracket's share is a
                # remark on the one before, not the run's end: 62.06 + 37.18 + 0.01 + 0.75 = 100
                "按照职工贷款笔数,购买新房占62.06%(其中购买保障性住房占 0.29%),购买二手房占37.18%,"
                "建造、翻建、大修自住住房占0.01%,其他占0.75%。",
                (("shares-sum", "0.75", "agrees"),),
            ),
            Example(
                # whole percentages: 10 + 20 + 71 = 101, within the rounding of three printed
                # shares (a warning)
                "其中甲占10%,乙占20%,其余占71%。",
                (("shares-sum", "71", "rounding"),),
                (("arithmetic.shares-sum", "warning"),),
            ),
        ),
    ),
    Form(
        "a figure's share of its limit (限额)",
        "“政府债务余额为11932.2亿元,为限额12538.3亿元的95.2%”: a limit (限额) or quota (指标) after"
        " 为/占/完成 and before 的 N% is the base of the percentage, as a budget, plan or target"
        " is, and no part of a list.",
        "“政府债务余额为11932.2亿元，为限额12538.3亿元的95.2%”：“为/占/完成”之后、“的N%”之前的限额或"
        "指标与预算、计划、目标一样是百分比的基数，不是列表的分项。",
        ("facts._BASE_PLAN",),
        (
            Example(
                # unkeyed (湖北省人大财经委 2022): 5066.7 + 6865.5 = 11932.2 (not 5066.7 + the
                # limit 5412.2); 5412.2 + 7126.1 = 12538.3; 11932.2 / 12538.3 = 95.17%,
                # 5066.7 / 5412.2 = 93.62%, 6865.5 / 7126.1 = 96.34%
                "截至2021年底,我省政府债务余额为11932.2亿元,为限额12538.3亿元的95.2%。其中:一般债务"
                "余额5066.7亿元,为限额5412.2亿元的93.6%;专项债务余额6865.5亿元,为限额7126.1亿元的"
                "96.3%。",
                (
                    ("sum", "11932.2", "agrees"),
                    ("budget-sum", "12538.3", "agrees"),
                    ("completion", "95.2", "agrees"),
                    ("completion", "93.6", "agrees"),
                    ("completion", "96.3", "agrees"),
                ),
            ),
            Example(
                # (源城区 2016 审计工作报告, gdyc.gov.cn, hunt 36): a quota (指标) too: 245869 /
                # 221954 = 110.77%; the parts 245869 + 12055 + 45258 + 10 + 48221 + 635 + 761 =
                # 352809 (not the quota); 34640 / (245869 − 34640) = 16.40%
                "财政总支出352,809万元,其中:一般公共预算支出245,869万元,为年度指标221,954万元的"
                "110.8%,同比增支34,640万元,增长16.4%;一般公共预算上解支出12,055万元;债务还本支出"
                "45,258万元;一般公共预算调出基金10万元;政府性基金预算支出48,221万元;政府性基金预算"
                "上解支出635万元;政府性基金预算调出资金761万元。",
                (
                    ("sum", "352809", "agrees"),
                    ("completion", "110.8", "agrees"),
                    ("change-rate", "16.4", "agrees"),
                ),
            ),
        ),
    ),
    Form(
        "a total word inside an item's name",
        "“共涉报表17套,其中:…全县汇总报表1套,…本级报表1套,…乡镇合计报表1套,乡镇单户报表14套”: a"
        " total word followed by the name of what is counted (合计报表, 汇总表…) names an item,"
        " not the list's total: the list goes on after it.",
        "“共涉报表17套，其中：……全县汇总报表1套，……本级报表1套，……乡镇合计报表1套，乡镇单户报表14套”："
        "合计之后紧跟所计之物的名称（合计报表、汇总表等）时是一项的名称，不是列表的合计：列表在其后继续。",
        ("claims._gather", "claims._WORD_AFTER_TOTAL"),
        (
            Example(
                # unkeyed (禄丰县 2016 决算说明): 1 + 1 + 1 + 14 = 17
                "禄丰县2016年度财政总决算报表是在汇总禄丰县本级财政总决算报表及所辖14个乡镇财政总决算"
                "报表的基础上汇编而成,共涉报表17套,其中:禄丰县全县汇总报表1套,禄丰县本级报表1套,禄丰县"
                "乡镇合计报表1套,乡镇单户报表14套。",
                (("sum", "17", "agrees"),),
            ),
        ),
    ),
    Form(
        "what a part adds to the whole's growth (拉动)",
        "“…增收13.55亿元,拉动全部税收增长22.7个百分点”: the points a part's change adds to the"
        " whole's growth (拉动…增长) are of the whole's prior, not the rate of the part's own"
        " change.",
        "“……增收13.55亿元，拉动全部税收增长22.7个百分点”：某项增收拉动整体增长的百分点以整体上年数"
        "为基数，不是该项自身的增长率。",
        ("facts._classify",),
        (
            Example(
                # unkeyed (黔南州国税局 2016): 13.55 / (17.94 − 13.55) would be 308.7%; the 22.7
                # points are of all the taxes' prior, not printed here
                "其中增值税17.94亿元,增收13.55亿元,拉动全部税收增长22.7个百分点。",
                (),
            ),
        ),
    ),
    Form(
        "a share of the parts printed beside it",
        "“凉山州…地方一般公共预算收入为105.1亿元…。↵…盐源县(5.79亿)…其中税收收入完成3.72亿元,…;非税收入"
        "完成2.07亿元,…。税收收入占一般公共预算收入的比重为64.22%”: a share of a whole with a"
        " standard two-part breakdown, whose figure by that name is printed only in another"
        " paragraph, is read too against the part and its sibling printed beside it.",
        "“凉山州……地方一般公共预算收入为105.1亿元……。↵……盐源县（5.79亿）……其中税收收入完成3.72亿元，"
        "……；非税收入完成2.07亿元，……。税收收入占一般公共预算收入的比重为64.22%”：整体有标准两分项、"
        "而同名数字只印在别的段落时，占比也按本处所列两分项之和计算。",
        ("claims._decomposed_sibling", "claims._part_of_sum"),
        (
            Example(
                # unkeyed (凉山州 counties, 上半年): 3.72 / (3.72 + 2.07) = 64.2487% -> 64.25,
                # printed 64.22: within the rounding (a warning), not 3.72 / 105.1 = 3.54%
                "凉山州上半年的地方一般公共预算收入为105.1亿元、同比增长19.1%。\n盐源县上半年财政收入"
                "5.79亿,增长25.5%,税收收入完成3.72亿元,同比增长65.41%;非税收入完成2.07亿元,同比下降"
                "12.45%。税收收入占一般公共预算收入的比重为64.22%。\n",
                (("sum", "5.79", "agrees"), ("share", "64.22", "rounding")),
                (("arithmetic.share", "warning"),),
            ),
            Example(
                # unkeyed (西安 districts 2023): a share naming no whole ("…占比爲") is of the
                # whole its part's standard breakdown makes: 36.0 / (36.0 + 5.79) = 86.145%,
                # printed 86.2 (within the rounding), not 36.0 / the 170.19 of another paragraph
                "高新區2023年財政收入爲170.19億,同比增長23.6%。其中稅收收入159.23億元,增長27.2%,占比"
                "93.6%;非稅收入10.96億元,下降12.1%,占比6.4%。\n碑林區(42.62億)、蓮湖區(41.79億)、"
                "國際港務區(40.74億)三地財政收入均在40億級別。蓮湖區的財政收入增長爲24.2%。其中稅收收入"
                "36.0億元,增長23.9%。非稅收入5.79億元,增長26.1%。稅收收入占比爲86.2%。\n",
                (
                    ("sum", "170.19", "agrees"),
                    ("share", "93.6", "agrees"),
                    ("share", "6.4", "agrees"),
                    ("share", "86.2", "rounding"),
                ),
                (("arithmetic.share", "warning"),),
            ),
        ),
    ),
    Form(
        "a change and its rate with the figure's completion between them",
        "“…收入完成72777万元,同比增收1488万元,为预算的65.7%,快于序时进度15.7个百分点,增长2.1%”: the"
        " completion of the budget and the lead on the time progress printed between a change"
        " and its rate (the same way, both against the year before) are remarks on the figure:"
        " the rate is of that change.",
        "“……收入完成72777万元，同比增收1488万元，为预算的65.7%，快于序时进度15.7个百分点，增长2.1%”："
        "增减额与增减率（同向、同为同比）之间所印的预算完成率、快于序时进度的百分点是对该数的说明："
        "增减率仍按该增减额计算。",
        ("claims._paired_amount", "claims._FIGURE_REMARKS"),
        (
            Example(
                # heldout11 (峡江县 2023 1-6月): 1488 / (72777 − 1488) = 2.087% -> 2.1
                "2023年1-6月份,一般公共预算收入完成72777万元,同比增收1488万元,为预算的65.7%,快于序时"
                "进度15.7个百分点,增长2.1%,增幅位居全市第8位。",
                (("change-rate", "2.1", "agrees"), ("points", "15.7", "agrees")),
            ),
            Example(
                # the rate the other way from the change: no pair (a direction finding is the
                # adjacent pair's alone)
                "一般公共预算收入完成72777万元,同比增收1488万元,为预算的65.7%,下降2.1%。",
                (),
            ),
        ),
    ),
    Form(
        "a name's short form (运维 for 运行维护)",
        "“…公务用车购置及运维费30.93万元…。…公务用车购置及运行维护费较上年减少1.33万元,下降4.12%”:"
        " 运维 is the short form of 运行维护, so both name one figure, and the change's rate is"
        " read against it. 一般预算收入 is the older name of 一般公共预算收入.",
        "“……公务用车购置及运维费30.93万元……。……公务用车购置及运行维护费较上年减少1.33万元，下降4.12%”："
        "“运维”是“运行维护”的简称，两处指同一数字，增减率按该数计算。“一般预算收入”是“一般公共预算"
        "收入”的旧称。",
        ("vocabulary.FORMER_NAMES",),
        (
            Example(
                # 一般预算收入 is the older name of 一般公共预算收入 (赣江新区 2024): the share
                # is of the 直管区's 9.4, not the 新区's 86.5 (8.3 / 9.4 = 88.3%, printed 89.0:
                # within the rounding of 8.3 and 9.4 — it was 8.3 / 86.5 = 9.6%, an error)
                "2024年,赣江新区一般公共预算收入完成86.5亿元,同比增长6.7%。\n新区直管区2024年一般预算"
                "收入累计完成9.4亿元,同比增长8.6%。其中,税收收入完成8.3亿元,占一般公共预算收入比重"
                "89.0%。",
                (("share", "89.0", "rounding"),),
                (("arithmetic.share", "warning"),),
            ),
            Example(
                # heldout19 (涪陵区新妙镇 2021 三公): 1.33 / (30.93 + 1.33) = 4.123% -> 4.12
                "2021年度全镇“三公”经费支出合计40.14万元。其中,因公出国(境)费0万元;公务用车购置及运维费"
                "30.93万元;公务接待费9.21万元。\n公务用车购置及运行维护费较上年减少1.33万元,下降4.12%。\n",
                (("sum", "40.14", "agrees"), ("change-rate", "4.12", "agrees")),
            ),
        ),
    ),
    Form(
        "减低 as a verb of change",
        "“…比上年减少1643.12万元,减低33.39%”: 减低 is 降低, a verb of a fall; the figure after it"
        " is the change's rate.",
        "“……比上年减少1643.12万元，减低33.39%”：“减低”同“降低”，是减少的动词，其后的数字是增减率。",
        ("vocabulary.CHANGE_VERBS",),
        (
            Example(
                # heldout10 (大英县人民法院 2020 决算): 1643.12 / (3277.62 + 1643.12) = 33.391%
                "2020年财政拨款收入3277.62万元,比上年减少1643.12万元,减低33.39%。",
                (("change-rate", "33.39", "agrees"),),
            ),
        ),
    ),
    Form(
        "a profit's change (增利, 减利, 增盈)",
        "“利润总额12.16亿元,同比增利11.23亿元”: in a state enterprise's report 增利 and 增盈 are"
        " verbs of a profit's rise and 减利 of its fall; the figure after one is the change, not"
        " one more part of a list.",
        "“利润总额12.16亿元，同比增利11.23亿元”：国有企业报告中“增利”“增盈”表示利润增加，"
        "“减利”表示减少，其后的数字是增减额，不是列表的又一分项。",
        ("vocabulary.CHANGE_VERBS",),
        (
            Example(
                # 黑龙江省地方国企 2021 (a news item): 11.23 is the change of 12.16, no part of 6.64
                # (12.16 + 11.23 was checked against 6.64, an error)
                "全省地方国企累计实现利润总额6.64亿元。其中,省国资委出资企业累计实现利润总额12.16"
                "亿元,同比增利11.23亿元。",
                (),
            ),
            Example(
                # 11.23 / (12.16 − 11.23) = 1207.5%, printed 1208%
                "省国资委出资企业累计实现利润总额12.16亿元,同比增利11.23亿元,增长1208%。",
                (("change-rate", "1208", "agrees"),),
            ),
        ),
    ),
    Form(
        "a note on how a figure is counted in its name (…,下同)",
        "“…国有资产总额(账面净值,下同)298.5亿元…。负债总额38.8亿元…。净资产259.7亿元”: a bracketed"
        " note ending in 下同 says how the figure (and the ones after it) is counted; it is no"
        " part of the name, so the figure is the 资产 that 净资产 is the difference of.",
        "“……国有资产总额（账面净值，下同）298.5亿元……。负债总额38.8亿元……。净资产259.7亿元”：以“下同”"
        "结尾的括注说明数字的口径，不属于名称，故该数即净资产所减的资产。",
        ("facts._NOISE", "claims._named_differences"),
        (
            Example(
                # heldout38 (嘉定区 2022 国有资产): 298.5 − 38.8 = 259.7
                "截至2022年末,我区行政事业性国有资产总额(账面净值,下同)298.5亿元,较上年增长21.4%。负债"
                "总额38.8亿元,较上年增长13.8%。净资产259.7亿元,较上年增长22.6%。",
                (("difference", "259.7", "agrees"),),
            ),
        ),
    ),
    Form(
        "a bracket between a change and its rate",
        "“…比人代会预算数增加60000万元(其中:旗本级58800万元,开发区1200万元),增长26.1%”: a bracket"
        " right after a change (its parts, or a remark on it) parts it from its rate no more than a"
        " comma; and a ';' inside the bracket of the figure before parts that bracket's items,"
        " not the figure from its change.",
        "“……比人代会预算数增加60000万元（其中：旗本级58800万元，开发区1200万元），增长26.1%”：增减额之后"
        "紧跟的括号（其分项或说明）不隔断增减额与增减率；前一数字括号内的分号只分隔括号内各项，"
        "不隔断该数与其增减额。",
        ("claims._adjacent_past_bracket", "claims._PARENS", "claims._currents"),
        (
            Example(
                # heldout9 (达拉特旗 2022 预算调整): 60000 / (290000 − 60000) = 26.09%
                "全旗一般公共预算收入安排290000万元(其中:旗本级257800万元,达拉特开发区32200万元),比人代会"
                "预算数增加60000万元(其中:旗本级58800万元,开发区1200万元),增长26.1%。",
                (
                    ("sum", "290000", "agrees"),
                    ("change-sum", "60000", "agrees"),
                    ("change-rate", "26.1", "agrees"),
                ),
            ),
            Example(
                # the same page: 25000 / (45000 + 25000) = 35.71%
                "全旗政府性基金收入预算安排45000万元(其中:旗本级35900万元,下降8%;开发区9100万元,下降"
                "2.8%),比人代会预算安排数减少25000万元,(其中:旗本级减少29100万元,开发区增加4100万元),"
                "下降35.7%。",
                (
                    ("sum", "45000", "agrees"),
                    ("change-sum", "25000", "agrees"),
                    ("change-rate", "35.7", "agrees"),
                ),
            ),
            Example(
                # a remark in the bracket: 500 / 4500 = 11.1%
                "一般公共预算支出完成5000万元,比上年增加500万元(主要是教育支出增加),增长11.1%。",
                (("change-rate", "11.1", "agrees"),),
            ),
        ),
    ),
    Form(
        "an actual as a share of its own budget",
        "““三公”经费预算数为1,684万元,实际支出为1115.07万元,占总预算比为66.22%”: a figure's actual"
        " printed as a share (占…比) of its own budget is its completion.",
        "““三公”经费预算数为1,684万元，实际支出为1115.07万元，占总预算比为66.22%”：某数的实际数以"
        "占其自身预算的比例印出时，即其预算完成率。",
        ("claims._share",),
        (
            Example(
                # heldout29 (红河县 2021 三公) in other words: 150 / 200 = 75%
                "2023年项目支出预算数为200万元,实际支出为150万元,占总预算比为75%。",
                (("completion", "75", "agrees"),),
            ),
            Example(
                # the actual of another figure: a share
                "2023年支出预算数为200万元,项目支出实际支出为150万元,占总预算比为75%。",
                (("share", "75", "agrees"),),
            ),
        ),
    ),
    Form(
        "completion of the year's target (目标任务)",
        "“…收入完成19.8亿元,同比增长18.9%,完成年初目标任务的55.6%”: a revenue's collection target"
        " (任务, 目标任务, 奋斗目标) is its budget, so the figure after 完成…任务的 is a"
        " completion of it; so is a rate of execution (预算执行进度为X%, 预算执行比例为X%,"
        " 支出进度为X%). 序时 alone names the time progress (“超过序时任务5.12个百分点”). A"
        " gap to the target (“距双过半任务数还差192万元”, “超双过半任务数169万元”) is no level"
        " a change is of. 年预算 is the budget too, and 短收 or 超收 in a report of some months may"
        " be against the budget's share of them (“1-5月…占年预算30820万元的41.06%,短收187万元”:"
        " 30820 × 5/12 − 12655).",
        "“……收入完成19.8亿元，同比增长18.9%，完成年初目标任务的55.6%”：收入的征收任务（任务、目标任务、"
        "奋斗目标）即其预算，“完成……任务的”之后的数字是预算完成率；“预算执行进度为X%”“预算执行比例为X%”"
        "“支出进度为X%”亦同。“序时任务”即序时进度。与任务数之差（“距双过半任务数还差192万元”“超双过半"
        "任务数169万元”）不是增减额所依据的数。“年预算”亦为预算；数月的报告中“短收”“超收”可以是"
        "相对于预算按月份折算之数（“1-5月……占年预算30820万元的41.06%，短收187万元”：30820×5/12−"
        "12655）。",
        (
            "facts._COMPLETION_CUE",
            "facts._PROGRESS_GAP",
            "facts._TARGET_GAP",
            "facts._BASE_CUE",
            "facts._BUDGET_REF",
            "claims._progress_gap",
        ),
        (
            Example(
                # 某县 2021 部门预算执行: 403.71 / 550 = 73.40%
                "批复我单位2021年项目支出预算550万元,实际支出403.71万元,预算执行进度为73.4%。",
                (("completion", "73.4", "agrees"),),
            ),
            Example(
                # 2010 三公 (a bureau's note): 10044.01 / 11325 = 88.689% -> 88.69
                "“三公”经费预算11325万元,“三公”经费支出10044.01万元,预算执行比例为88.69%。",
                (("completion", "88.69", "agrees"),),
            ),
            Example(
                # 秦安县 2020 1-5月: 年预算 is the budget (占年预算…的 a completion), and 短收 is
                # short of its share of the five months: 30820 × 5/12 − 12655 = 187.17 -> 187
                "1-5月,全县一般公共预算收入完成12655万元,占年预算30820万元的41.06%,短收187万元。",
                (("completion", "41.06", "agrees"), ("difference", "187", "agrees")),
            ),
            Example(
                # 中科院某所 2016: what the budget holds, in brackets (完成预算(含结余)的); 7/12 of
                # the year is 58.33%: 58.33 − 56.47 = 1.86, printed 1.53 (a report's error)
                "截至7月底,全所累计支出16873万元,完成预算(含结余)的56.47%,支出进度低于序时进度1.53个"
                "百分点。",
                (("points", "1.53", "disagrees"),),
                (("arithmetic.progress", "error"),),
            ),
            Example(
                # 晋中 2017 一季度: 30.12 − 3/12 × 100 = 5.12 points
                "1-3月,全市财政总收入完成20.12亿元,完成年度奋斗目标的30.12%,超过序时任务5.12个"
                "百分点。",
                (("points", "5.12", "agrees"),),
            ),
            Example(
                # 凌云县 2016 上半年: the rate is of 4408, not of the gap 192 (1793 / (4408 + 1793)
                # = 28.915%, printed 28.92: within the rounding of 1793 — it was 90.33, an error)
                "截至6月30日,地税4408万元,距双过半任务数还差192万元,同比减收1793万元,下降28.92%。",
                (("change-rate", "28.92", "rounding"),),
                (("arithmetic.change-rate", "warning"),),
            ),
            Example(
                # heldout9 (乌审旗 2022 上半年) in other words: 19.8 / 35.6 = 55.62% -> 55.6
                "全年一般公共预算收入预算为35.6亿元。上半年,一般公共预算收入完成19.8亿元,同比增长18.9%,"
                "完成年初目标任务的55.6%。",
                (("completion", "55.6", "agrees"),),
            ),
        ),
    ),
    Form(
        "a budget named after its approval (经…批准)",
        "“经县第十八届人民代表大会第一次会议批准全县一般公共预算收入35.6亿元”: the approval before"
        " a name (经…批准, 经…审议批准的) is no part of it, and what was approved is a budget: the"
        " completion printed later is of it.",
        "“经县第十八届人民代表大会第一次会议批准全县一般公共预算收入35.6亿元”：名称之前的批准语"
        "（经……批准、经……审议批准的）不属于名称，所批准者为预算：其后所印完成率以此为基数。",
        ("facts._APPROVED",),
        (
            Example(
                # heldout9 (乌审旗 2022 上半年) in other words: 19.8 / 35.6 = 55.62% -> 55.6
                "经县第十八届人民代表大会第一次会议批准全县一般公共预算收入35.6亿元,增长3.5%。上半年,"
                "全县一般公共预算收入完成19.8亿元,同比增长18.9%,完成年初预算的55.6%。",
                (("completion", "55.6", "agrees"),),
            ),
        ),
    ),
    Form(
        "a part's own share before its breakdown",
        "“…其中:…公务接待费支出决算4,895.00元,占总支出决算的77.90%,具体是国内接待费支出决算4,895.00元…,国"
        "(境)外接待费支出决算0元”: a part's breakdown may open after the part's own share (or"
        " rate): its figures are the part's, held by it, not more parts of the total.",
        "“……其中：……公务接待费支出决算4,895.00元，占总支出决算的77.90%，具体是国内接待费支出决算"
        "4,895.00元……，国（境）外接待费支出决算0元”：分项的细目可在该分项自身的占比（或增减率）之后列出："
        "这些数属于该分项，不是合计的其他分项。",
        ("claims._own_share_after", "claims._OWN_REMARKS"),
        (
            Example(
                # heldout9 (寻甸县政法委 2022 三公): 0 + 0 + 1388.70 + 4895.00 = 6283.70; the
                # 接待费's own 4895.00 + 0
                "2022年度财政拨款“三公”经费支出年初预算为6,283.70元,支出决算为6,283.70元,完成年初预算"
                "的100%。其中:因公出国(境)费支出决算0元,占总支出决算的0%;公务用车购置费支出决算0元,"
                "占总支出决算的0%;公务用车运行维护费支出决算1,388.70元,占总支出决算的22.10%;公务接待费"
                "支出决算4,895.00元,占总支出决算的77.90%,具体是国内接待费支出决算4,895.00元(其中:外事"
                "接待费支出决算0元),国(境)外接待费支出决算0元。",
                (
                    ("completion", "100", "agrees"),
                    ("sum", "6283.70", "agrees"),
                    ("share", "0", "agrees"),
                    ("share", "0", "agrees"),
                    ("share", "22.10", "agrees"),
                    ("share", "77.90", "agrees"),
                    ("sum", "4895.00", "agrees"),
                ),
            ),
            Example(
                # heldout11 (益阳 a school 2020) made up to a whole list: 1565.86 + 1890.05 =
                # 3455.91, the items of 人员经费 after its share held by it (1000.01 + 565.86 =
                # 1565.87: within the rounding, a warning), not more parts of 基本支出
                "2020年度财政拨款基本支出3455.91万元,其中:人员经费1565.86万元,占基本支出的45.31%,具体是"
                "基本工资1000.01万元、绩效工资565.86万元;公用经费1890.05万元,占基本支出的54.69%。",
                (
                    ("sum", "3455.91", "agrees"),
                    ("sum", "1565.86", "rounding"),
                    ("share", "45.31", "agrees"),
                    ("share", "54.69", "agrees"),
                ),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
        ),
    ),
    Form(
        "a running list closed by a total, its items parted by ';'",
        "“学费收入6295100元;高中公用经费3901000元;食堂承包费200000元,去年结转学费1130000元,合计"
        "收入11526100元”: a total word may name the flow summed (合计收入, 合计支出); and items"
        " parted by ';' that add up to the total closing the last of them are its parts (the"
        " last item's own figures alone are its parts only when they add up, or the whole list"
        " does not).",
        "“学费收入6295100元；高中公用经费3901000元；食堂承包费200000元，去年结转学费1130000元，合计收入"
        "11526100元”：合计之后可带所合计的收支（合计收入、合计支出）；以分号分隔的各项之和等于末项所附合计"
        "时，各项均为其分项（仅当末项自身各数相符，或全部各项不符时，才只取末项各数）。",
        ("claims._TRAILING_TOTAL", "claims._trailing_total"),
        (
            Example(
                # unkeyed (怀远县第三中学 2023): 6295100 + 3901000 + 200000 + 1130000 = 11526100
                "1、2023年我校学费收入6295100元;高中公用经费3901000元;食堂承包费200000元,去年结转学费"
                "1130000元,合计收入11526100元。",
                (("sum", "11526100", "agrees"),),
            ),
            Example(
                # the same with commas
                "2023年我校学费收入629.51万元,公用经费390.1万元,食堂承包费20万元,结转学费113万元,"
                "合计收入1152.61万元。",
                (("sum", "1152.61", "agrees"),),
            ),
        ),
    ),
    Form(
        "a housing fund's balance and loan ratio (缴存余额, 个贷率)",
        "“住房公积金缴存总额1179.70亿元,提取总额783.79亿元,缴存余额395.91亿元;…个人住房贷款余额"
        "288.21亿元,个贷率(个人住房贷款余额/缴存余额)为72.80%”: a 住房公积金 report's balance is"
        " all paid in less all drawn, and its loan ratio is the loans outstanding over that"
        " balance (its formula may follow the name in brackets).",
        "“住房公积金缴存总额1179.70亿元，提取总额783.79亿元，缴存余额395.91亿元；……个人住房贷款余额"
        "288.21亿元，个贷率（个人住房贷款余额/缴存余额）为72.80%”：住房公积金的缴存余额为缴存总额减提取总额，"
        "个贷率为个人住房贷款余额除以缴存余额（名称后可在括号内注明公式）。",
        ("vocabulary.NAMED_DIFFERENCES", "vocabulary.NAMED_RATIOS", "claims._NAMED_RATIO"),
        (
            Example(
                # unkeyed (宁夏 住建厅 2022年4月): 1179.70 − 783.79 = 395.91; 288.21 / 395.91 =
                # 72.797% -> 72.80
                "截至2022年4月底,全区住房公积金缴存总额1179.70亿元,提取总额783.79亿元,缴存余额395.91亿元;"
                "累计发放住房公积金个人住房贷款727.79亿元,个人住房贷款余额288.21亿元,个贷率(个人住房贷款"
                "余额/缴存余额)为72.80%。",
                (("difference", "395.91", "agrees"), ("share", "72.80", "agrees")),
            ),
            Example(
                # the ratio named at length (博州 2023-01, xjboz.gov.cn, miss 31, its two
                # paragraphs joined): 21.55 / 26.50 = 81.32%, printed 81.34: within the rounding
                # of 21.55 (21.555 / 26.50 = 81.34%), a warning
                "1月共1065个单位缴存住房公积金7812.56万元,缴存余额26.50亿元。1月为全州73户职工发放"
                "个人住房公积金贷款2375.5万元,回收2446.41万元,贷款余额21.55亿元,全州个人贷款率为"
                "81.34%。",
                (("share", "81.34", "rounding"),),
                (("arithmetic.share", "warning"),),
            ),
        ),
    ),
    Form(
        "a natural growth rate (自然增长率 = 出生率 − 死亡率, in ‰)",
        "“出生率为6.2‰;死亡人口2021人,死亡率为7.79‰;自然增长率为-1.6‰”: a statistical bulletin's"
        " natural growth rate is the birth rate less the death rate, each per thousand people,"
        " printed with its sign; rates in ‰ are a unit of their own, never read as percentages"
        " or bare numbers.",
        "“出生率为6.2‰；死亡人口2021人，死亡率为7.79‰；自然增长率为-1.6‰”：统计公报中的人口自然增长率"
        "等于出生率减死亡率（均为千分率），带符号列示；千分率自成单位，不按百分比或无单位数字读取。",
        ("vocabulary.NAMED_DIFFERENCES", "claims._named_differences", "quantities.UNITS"),
        (
            Example(
                # heldout41 (翼城县 2022 统计公报): 6.2 − 7.79 = −1.59 -> −1.6
                "全年出生人口1607人,出生率为6.2‰;死亡人口2021人,死亡率为7.79‰;自然增长率为-1.6‰。",
                (("difference", "-1.6", "agrees"),),
            ),
            Example(
                # unkeyed (晋中市 2024 统计公报, jzxww.com.cn): 6.38 − 8.44 = −2.06
                "全年全市出生人口21433人,人口出生率6.38‰;死亡人口28345人,死亡率8.44‰;自然增长率-2.06‰。",
                (("difference", "-2.06", "agrees"),),
            ),
            Example(
                # the same with its sign lost: more deaths than births, a growth printed positive
                "全年全市出生人口21433人,人口出生率6.38‰;死亡人口28345人,死亡率8.44‰;自然增长率2.06‰。",
                (("difference", "2.06", "disagrees"),),
                (("arithmetic.change-amount", "warning"),),
            ),
            Example(
                # unkeyed (北京市卫生健康委 2022): no death rate of the whole population is printed;
                # the infant mortality rate of the sentence before is another measure
                "常住人口婴儿死亡率1.86‰,户籍人口婴儿死亡率2.00‰。户籍人口出生率10.30‰,人口自然增长率"
                "3.25‰。",
                (),
            ),
        ),
    ),
    Form(
        "a part named before its share, its amount after (…费占了绝大部分,占比超过90%为620万元)",
        "““三公”经费预算数为685万元,其中因公出国(境)费占了绝大部分,占比超过90%为620万元”: a figure"
        " named by nothing but a copula (为, 是, 达, 共) right after a share is of the name"
        " that opens the share's clause, not of the figure before the share.",
        "““三公”经费预算数为685万元，其中因公出国(境)费占了绝大部分，占比超过90%为620万元”：紧跟在"
        "占比之后、只以“为（是、达、共）”引出的数，属于该占比所在分句开头的名称，而非占比之前的数。",
        ("facts._sharer",),
        (
            Example(
                # heldout32 (退役军人事务部 2019 部门预算, a news report): 620 + 15 + 50 = 685
                "退役军人事务部公开预算显示,该部门2019年“三公”经费预算数为685万元,其中因公出国(境)费"
                "占了绝大部分,占比超过90%为620万元;公务用车购置及运行费15万元,公务接待费50万元。",
                (("sum", "685", "agrees"),),
            ),
            Example(
                # the same with 公务接待费 misprinted: 620 + 15 + 40 = 675, not 685
                "退役军人事务部公开预算显示,该部门2019年“三公”经费预算数为685万元,其中因公出国(境)费"
                "占了绝大部分,占比超过90%为620万元;公务用车购置及运行费15万元,公务接待费40万元。",
                (("sum", "685", "disagrees"),),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
        ),
    ),
    Form(
        "a balance sheet's measures for a whole and for its parts (资产, 负债, 净资产)",
        "“全国国有企业资产总额183.5万亿元,负债总额118.5万亿元,国有资本及权益总额50.3万亿元。…中央国有企业"
        "资产总额76.2万亿元,负债总额51.9万亿元,国有资本及权益总额16.2万亿元,…;地方国有企业资产总额107.3"
        "万亿元,…”: a balance sheet's measures (资产, 负债, and 净资产, named 所有者权益 or"
        " 国有资本及权益 for enterprises) printed for a whole and then, in the same order, for its"
        " parts: the parts are the first run of later balance sheets with every measure whose"
        " assets add up to the whole's, and each other measure of the parts adds up to the"
        " whole's (inferred: a"
        " disagreement is a warning).",
        "“全国国有企业资产总额183.5万亿元，负债总额118.5万亿元，国有资本及权益总额50.3万亿元。……中央国有"
        "企业资产总额76.2万亿元……；地方国有企业资产总额107.3万亿元……”：先列总体、再按同样顺序列各组成部分的"
        "资产、负债、净资产（企业称所有者权益或国有资本及权益）：其后第一组资产相加等于总体资产、且各项俱全"
        "的连续各部分即为组成部分，其负债、净资产亦应分别相加等于总体之数（系推断，不符报警告）。",
        ("claims._measure_breakdowns", "claims._measure_blocks"),
        (
            Example(
                # heldout32 (国务院 2017 国有资产 report, a news copy): 76.2 + 107.3 = 183.5,
                # 51.9 + 66.6 = 118.5, 16.2 + 34.1 = 50.3; the 境外总资产 is no part
                "2017年,全国国有企业资产总额183.5万亿元,负债总额118.5万亿元,国有资本及权益总额50.3万亿元。"
                "全国国有企业境外总资产16.7万亿元。\n在企业国有资产(不含金融企业)方面,2017年,中央国有企业"
                "资产总额76.2万亿元,负债总额51.9万亿元,国有资本及权益总额16.2万亿元,资产负债率68.1%;"
                "地方国有企业资产总额107.3万亿元,负债总额66.6万亿元,国有资本及权益总额34.1万亿元,资产"
                "负债率62%。",
                (
                    ("sum", "183.5", "agrees"),
                    ("sum", "118.5", "agrees"),
                    ("sum", "50.3", "agrees"),
                    ("share", "68.1", "agrees"),
                    ("share", "62", "agrees"),
                ),
            ),
            Example(
                # the same with 地方's 国有资本及权益 misprinted 35.1: 16.2 + 35.1 = 51.3, not 50.3
                "2017年,全国国有企业资产总额183.5万亿元,负债总额118.5万亿元,国有资本及权益总额50.3万亿元。"
                "全国国有企业境外总资产16.7万亿元。\n在企业国有资产(不含金融企业)方面,2017年,中央国有企业"
                "资产总额76.2万亿元,负债总额51.9万亿元,国有资本及权益总额16.2万亿元,资产负债率68.1%;"
                "地方国有企业资产总额107.3万亿元,负债总额66.6万亿元,国有资本及权益总额35.1万亿元,资产"
                "负债率62%。",
                (
                    ("sum", "183.5", "agrees"),
                    ("sum", "118.5", "agrees"),
                    ("sum", "50.3", "disagrees"),
                    ("share", "68.1", "agrees"),
                    ("share", "62", "agrees"),
                ),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
        ),
    ),
    Form(
        "a second comparison, with the budget (…,较预算数1237万元减少103万元)",
        "“…决算为1134万元,较上年1174万元减少40万元,较预算数1237万元减少103万元。其中:…公务接待费为"
        "122万元,较上年144万元…,较预算数339万元…”: a figure compared with the year before and then"
        " with its budget prints two figures it is compared with; the second, named as a budget"
        " (较预算数, 比年初预算), is its budget, and the parts' budgets add up to the total's.",
        "“……决算为1134万元，较上年1174万元减少40万元，较预算数1237万元减少103万元。其中：……公务接待费"
        "为122万元，较上年144万元……，较预算数339万元……”：先与上年、再与预算比较的数列有两个比较基数；"
        "第二个以预算命名（较预算数、比年初预算）者为预算数，各分项预算数之和应等于合计的预算数。",
        ("claims._compared_budget", "claims._list_relations"),
        (
            Example(
                # heldout22 (迪庆州州本级 2021 三公 决算), shortened: 0 + 339 + 898 = 1237
                "2021年,州本级“三公”经费支出决算为1134万元,较上年1174万元减少40万元,较预算数1237万元"
                "减少103万元。其中:因公出国(境)费为0万元,较上年6万元减少6万元,较预算数0万元无增减;"
                "公务接待费为122万元,较上年144万元减少22万元,较预算数339万元减少217万元;公务用车"
                "购置及运行维护费为1012万元,较上年1024万元减少12万元,较预算数898万元增加114万元。",
                (
                    ("sum", "1134", "agrees"),
                    ("sum", "1174", "agrees"),
                    ("change-sum", "40", "agrees"),
                    ("difference", "40", "agrees"),
                    ("budget-sum", "1237", "agrees"),
                    ("change-sum", "103", "agrees"),
                    ("difference", "103", "agrees"),
                    ("difference", "6", "agrees"),
                    ("difference", "22", "agrees"),
                    ("difference", "217", "agrees"),
                    ("difference", "12", "agrees"),
                    ("difference", "114", "agrees"),
                ),
            ),
            Example(
                # the same with the total's budget misprinted 1247 (and its change 113): the
                # parts' budgets add up to 1237, their changes to 103
                "2021年,州本级“三公”经费支出决算为1134万元,较上年1174万元减少40万元,较预算数1247万元"
                "减少113万元。其中:因公出国(境)费为0万元,较上年6万元减少6万元,较预算数0万元无增减;"
                "公务接待费为122万元,较上年144万元减少22万元,较预算数339万元减少217万元;公务用车"
                "购置及运行维护费为1012万元,较上年1024万元减少12万元,较预算数898万元增加114万元。",
                (
                    ("sum", "1134", "agrees"),
                    ("sum", "1174", "agrees"),
                    ("change-sum", "40", "agrees"),
                    ("difference", "40", "agrees"),
                    ("budget-sum", "1247", "disagrees"),
                    ("change-sum", "113", "disagrees"),
                    ("difference", "113", "agrees"),
                    ("difference", "6", "agrees"),
                    ("difference", "22", "agrees"),
                    ("difference", "217", "agrees"),
                    ("difference", "12", "agrees"),
                    ("difference", "114", "agrees"),
                ),
                (("arithmetic.budget-sum", "error"), ("arithmetic.change-sum", "error")),
            ),
        ),
    ),
    Form(
        "the change of a 三公 total and its items' changes by name",
        "“2016年“三公”经费预算数比2015年预算数减少3万元,主要原因是:…。故2016年公务用车购置及运行费比"
        "2015年预算减少2万元,2016年公务接待费比2015年预算减少1万元”: the change of a standard"
        " breakdown's total (三公费) and the changes of its items printed by name after it, on the"
        " same basis and before another change of the total, add up (持平, 无变化: no change);"
        " certain when every item's change is printed in the total's paragraph. An item whose"
        " change is not printed may have changed: the others are read as all of it only when"
        " they add up exactly.",
        "“2016年“三公”经费预算数比2015年预算数减少3万元……故2016年公务用车购置及运行费比2015年预算"
        "减少2万元，2016年公务接待费比2015年预算减少1万元”：标准构成（三公经费）的合计增减额，等于其后"
        "按名称列示、比较基期相同的各分项增减额之和（持平、无变化为零）；各分项增减额均在同段列示时为"
        "确定结构。某分项未列增减额时它可能有变化：其余分项恰好相加相符时才按全部分项读取。",
        ("claims._decomposed_changes", "vocabulary.DECOMPOSITIONS", "vocabulary.SUBJECT_ALIASES"),
        (
            Example(
                # heldout33 (昆明市呈贡区财政局 2016 三公 预算): 2 + 1 = 3; 出国 not arranged
                "2016年“三公”经费预算数比2015年预算数减少3万元,主要原因是:按照厉行节约和中央八项"
                "规定的要求,公务接待和公务用车运行维护费逐年递减。故2016年公务用车购置及运行费比"
                "2015年预算减少2万元,2016年公务接待费比2015年预算减少1万元。",
                (("change-sum", "3", "agrees"),),
            ),
            Example(
                # heldout27 (昆明市五华区 2021 三公 决算): 0 + 0.86 + 278.22 = 279.08
                "2021年五华区一般公共预算财政拨款“三公”经费支出决算汇总数为769.70万元,较上年决算数"
                "减少279.08万元,下降26.61%。因公出国(境)费为0万元,上年持平。公务接待费为0万元,较"
                "上年减少0.86万元,下降100%。公务用车购置及运行维护费为769.70万元,较上年减少"
                "278.22万元。",
                (
                    ("sum", "769.70", "agrees"),
                    ("change-sum", "279.08", "agrees"),
                    ("change-rate", "26.61", "agrees"),
                    ("change-rate", "100", "agrees"),
                ),
            ),
            Example(
                # the same with 接待 misprinted: 0.96 + 278.22 = 279.18, not 279.08
                "2021年五华区一般公共预算财政拨款“三公”经费支出决算汇总数为769.70万元,较上年决算数"
                "减少279.08万元,下降26.61%。因公出国(境)费为0万元,上年持平。公务接待费为0万元,较"
                "上年减少0.96万元,下降100%。公务用车购置及运行维护费为769.70万元,较上年减少"
                "278.22万元。",
                (
                    ("sum", "769.70", "agrees"),
                    ("change-sum", "279.08", "disagrees"),
                    ("change-rate", "26.61", "agrees"),
                    ("change-rate", "100", "agrees"),
                ),
                # (the figures of the year are a breakdown of the total too, whose parts'
                # changes are read with it: an inferred list, so a warning)
                (("arithmetic.change-sum", "warning"),),
            ),
            Example(
                # every item's change printed, in the total's paragraph: 2.00 + 1.30 = 3.30,
                # not the 3.20 printed (certain: an error)
                "2016年“三公”经费预算数比2015年预算数减少3.20万元,主要原因是厉行节约。2016年因公"
                "出国(境)费与2015年预算持平,公务用车购置及运行费比2015年预算减少2.00万元,公务接待费"
                "比2015年预算减少1.30万元。",
                (("change-sum", "3.20", "disagrees"),),
                (("arithmetic.change-sum", "error"),),
            ),
            Example(
                # heldout4 (青阳县审计局 2022 三公 预算): 公务用车's change is not printed, and
                # 0 − 0.4 is not +0.6: no sum read
                "青阳县审计局2022年度“三公”经费支出预算为11.4万元,比2021年预算增加0.6万元。因公出国"
                "(境)费预算0万元,比2021年预算减少0万元。公务接待费预算7.4万元,较2021年预算减少0.4"
                "万元。公务用车购置及运行费支出预算为4万元。",
                (("sum", "11.4", "agrees"),),
            ),
            Example(
                # heldout28 (岳阳县文联 2017 三公 预算, traditional): 公务用车费 is the 三公 item;
                # 0.7 − 0.2 = 0.5
                "2017年“三公”經費預算支出合計4.9萬元,比上年增加0.5萬元。分項為:因公出國出境費用0;"
                "公務接待費用減少0.2萬元,公務用車費用增加0.7萬元。",
                (("change-sum", "0.5", "agrees"),),
            ),
        ),
    ),
    Form(
        "a threshold passed (突破200亿大关,达206.35亿元)",
        "“总销量已突破200亿大关,达206.35亿元”: a round figure a total has passed (突破, 跨越,"
        " 迈上… before it; 大关, 关口, 台阶, 门槛 after it) is no figure of the total: it is"
        " neither a part nor a whole, and the figure after it, named by a copula, is the"
        " total's; a total named with its scope (占全国总销量的) is found by its last three"
        " characters when they are a total's (总销量, 总收入).",
        "“总销量已突破200亿大关，达206.35亿元”：总量越过的整数关口（前有突破、跨越、迈上等，后有大关、"
        "关口、台阶、门槛）不是该总量的数，既非分项也非合计；其后以“达”等引出的数才是该总量的数；带范围的"
        "合计名（占全国总销量的）按其末三字的合计词（总销量、总收入）查找。",
        ("facts._THRESHOLD_VERB", "claims._share"),
        (
            Example(
                # heldout35 (国家体育总局体彩中心 2008 上半年 销量): 132.7 / 206.35 = 64.31%,
                # printed 64.39% (a key WRONG claim)
                "截至6月30日,中国体育彩票上半年总销量已突破200亿大关,达206.35亿元,比去年同期增长"
                "14.14亿元。\n全国电脑联网体育彩票玩法总销量为132.7亿元,占全国总销量的64.39%。",
                (("share", "64.39", "disagrees"),),
                (("arithmetic.share", "warning"),),
            ),
            Example(
                # the same, printed right: 64.31%
                "截至6月30日,中国体育彩票上半年总销量已突破200亿大关,达206.35亿元,比去年同期增长"
                "14.14亿元。\n全国电脑联网体育彩票玩法总销量为132.7亿元,占全国总销量的64.31%。",
                (("share", "64.31", "agrees"),),
            ),
            Example(
                # unkeyed (央视新闻 on 河南 2023, the total added): 8081.5 / 11055 = 73.10%, not the
                # threshold's 8000 / 11055 = 72.37%
                "全省一般公共预算支出11055亿元,增长4.2%。其中教育、卫生健康等九大类民生支出8081.5"
                "亿元,首次突破8000亿元大关,占一般公共预算支出的比重达到73.1%。",
                (("share", "73.1", "agrees"),),
            ),
        ),
    ),
    Form(
        "公共预算, the short name of a fund",
        "“收入决算:2016年决算数3181.33万元,其中:公共预算财政拨款收入3165.33万元,政府性基金预算拨款收入"
        "16.00万元”: 公共预算 is the short name of 一般公共预算, a fund, not a budget figure: the"
        " part is of the actual total.",
        "“收入决算：2016年决算数3181.33万元，其中：公共预算财政拨款收入3165.33万元，政府性基金预算拨款收入"
        "16.00万元”：“公共预算”是一般公共预算的简称，是资金名称而非预算数：该分项属于决算合计。",
        ("vocabulary.PROTECTED",),
        (
            Example(
                # unkeyed (澧县澧阳镇中学 2016 决算): 3165.33 + 16.00 = 3181.33
                "1、收入决算:2016年决算数3181.33万元,其中:公共预算财政拨款收入3165.33万元,,政府性基金"
                "预算拨款收入16.00万元。",
                (("sum", "3181.33", "agrees"),),
            ),
        ),
    ),
    Form(
        "completion of the year's adjusted budget, 全年 cut short (年调整预算)",
        "“…支出预算调整为795622万元,实际完成791944万元,占年调整预算的99.5%”: 年调整预算 is the"
        " year's adjusted budget (全年调整预算 cut short), so the share is its completion.",
        "“……支出预算调整为795622万元，实际完成791944万元，占年调整预算的99.5%”：“年调整预算”即全年"
        "调整预算的省略，该比例是调整预算完成率。",
        ("facts._BUDGET_REF",),
        (
            Example(
                # unkeyed (长垣市 2021): 791944 / 795622 = 99.54% -> 99.5
                "全市一般公共预算支出年初预算为546979万元,执行中因上级补助增加等因素,支出预算调整为"
                "795622万元,实际完成791944万元,占年调整预算的99.5%,增长12%。",
                (("completion", "99.5", "agrees"),),
            ),
        ),
    ),
    Form(
        "rates respectively after figures each with its change",
        "“存款余额9044.9亿元、比年初增加975.3亿元,贷款余额7163.0亿元、比年初增加752.7亿元,存、贷款余额较"
        "年初分别增长12.1%、11.7%”: a run of rates after as many figures, each followed at once"
        " by its change, pairs with them by position: each rate is its change over the prior"
        " the figure and the change imply (a weak reading).",
        "“存款余额9044.9亿元、比年初增加975.3亿元，贷款余额7163.0亿元、比年初增加752.7亿元，存、贷款余额较"
        "年初分别增长12.1%、11.7%”：一组增减率紧随同样多个“数、增减额”之后时按位置对应：各率为该增减额"
        "除以该数与增减额所推出的基数（弱读法）。",
        ("claims._figures_with_changes", "claims._rates_after_changes"),
        (
            Example(
                # unkeyed (济宁 2023 上半年): 975.3 / (9044.9 − 975.3) = 12.09% -> 12.1;
                # 752.7 / (7163.0 − 752.7) = 11.74% -> 11.7
                "截至6月末,全市金融机构存款余额9044.9亿元、比年初增加975.3亿元,金融机构贷款余额7163.0"
                "亿元、比年初增加752.7亿元,存、贷款余额较年初分别增长12.1%、11.7%。",
                (("change-rate", "12.1", "agrees"), ("change-rate", "11.7", "agrees")),
            ),
            Example(
                # the second misprinted: 11.7, not 17.1 (a weak reading: a warning)
                "截至6月末,全市金融机构存款余额9044.9亿元、比年初增加975.3亿元,金融机构贷款余额7163.0"
                "亿元、比年初增加752.7亿元,存、贷款余额较年初分别增长12.1%、17.1%。",
                (("change-rate", "12.1", "agrees"), ("change-rate", "17.1", "disagrees")),
                (("arithmetic.change-rate", "warning"),),
            ),
        ),
    ),
    Form(
        "what a figure is made of: 由…构成",
        "“全镇一般公共预算财力1,867.48万元。由一般公共预算收入111.11万元,加上级补助收入、…等"
        "1,756.37万元构成”: a figure, then 由, amounts, and 构成 or 组成 right after the last of"
        " them (等, a count of the parts, 共同 may come between): the amounts add up to the"
        " figure. 由 follows the figure in its sentence or opens the next sentence of its"
        " paragraph; 由于 is no such word.",
        "“全镇一般公共预算财力1,867.48万元。由一般公共预算收入111.11万元，加上级补助收入……等1,756.37万元"
        "构成”：数字之后以“由”引出若干金额、紧接末项以“构成”“组成”收尾（中间可有“等”、部分数、“共同”），"
        "这些金额之和应等于该数字。“由”可在同句数字之后，也可作同段下一句的句首；“由于”不算。",
        ("claims._composed_lists", "claims._composed_at"),
        (
            Example(
                # cq-tongliang-xiaolinzhen-2022-jsbg (heldout8): 111.11 + 1756.37 = 1867.48; the
                # 支出总计 lost its first digit (",867.48"): 1867.48 + 0 = 1867.48, printed 867.48
                "全镇一般公共预算财力1,867.48万元。由一般公共预算收入111.11万元,加上级补助收入、上年结余、"
                "动用预算稳定调节基金等1,756.37万元构成。支出总计,867.48万元,由一般公共预算支出1,867.48"
                "万元,加上解支出、安排预算稳定调节基金、结转下年等0万元等构成,当年收支平衡。",
                (("sum", "1867.48", "agrees"), ("sum", "867.48", "disagrees")),
                (("arithmetic.breakdown-sum", "error"),),
            ),
            Example(
                # 80 + 30 = 110, printed 100; a count of the parts before 组成
                "收入合计100万元,由财政拨款80万元和其他收入30万元两部分组成。",
                (("sum", "100", "disagrees"),),
                (("arithmetic.breakdown-sum", "error"),),
            ),
            Example(
                # 由 of a change (由…调整为), no 构成 after a part: no list
                "收入由年初预算80万元调整为100万元,主要由于新增项目。",
                (),
            ),
        ),
    ),
    Form(
        "a sentence of amounts closed by 其他, after its total's",
        "“业务收入14249.37万元,同比增长11.68%。存款利息3103.04万元,委托贷款利息11146.01万元,国债利息0万元,"
        "其他0.32万元”: a sentence of three or more amounts and nothing else, closed by a"
        " catch-all item (其他…), right after a sentence of its paragraph with one amount, breaks"
        " that amount down (a weak reading: a disagreement is a warning). Without the catch-all"
        " the amounts may be only some of it: nothing is claimed.",
        "“业务收入14249.37万元，同比增长11.68%。存款利息3103.04万元，委托贷款利息11146.01万元，国债利息"
        "0万元，其他0.32万元”：仅由三个及以上金额组成、以“其他”兜底收尾的句子，紧随同段只有一个金额的"
        "句子之后时，是该金额的分项（推断，不符时报警告）。无兜底项时可能只列部分，不作判断。",
        ("claims._closed_sentence_lists", "vocabulary.CATCH_ALL_WORDS"),
        (
            Example(
                # unkeyed (a 住房公积金 2021 年度报告): 3103.04 + 11146.01 + 0 + 0.32 = 14249.37;
                # 6608.23 + 0 + 0 + 70.32 + 0 = 6678.55
                "(一)业务收入:2021年,业务收入14249.37万元,同比增长11.68%。存款利息3103.04万元,委托贷款"
                "利息11146.01万元,国债利息0万元,其他0.32万元。\n(二)业务支出:2021年,业务支出6678.55万元,"
                "同比增长7.28%。支付职工住房公积金利息6608.23万元,归集手续费0万元,委托贷款手续费0万元,"
                "抵押登记费70.32万元,其他0万元。\n",
                (("sum", "14249.37", "agrees"), ("sum", "6678.55", "agrees")),
            ),
            Example(
                # without the catch-all: nothing
                "2021年,业务收入14249.37万元,同比增长11.68%。存款利息3103.04万元,委托贷款利息"
                "11146.01万元,国债利息0万元。",
                (),
            ),
            Example(
                # a count among the amounts: no sum adds 10笔 into 万元
                "(一)业务收入:2021年,业务收入14249.37万元,同比增长11.68%。存款利息3103.04万元,委托贷款"
                "10笔,国债利息0万元,其他0.32万元。",
                (),
            ),
        ),
    ),
    Form(
        "a budget named a plan (预算计划) as a completion's base",
        "“…收入4669万元,完成年初预算计划14246万元的32.8%,比去年上半年增收681万元,增幅17%”: the"
        " budget named a plan (年初预算计划) before 的 N% is the base of a completion, not the"
        " figure the change after it is of.",
        "“……收入4669万元，完成年初预算计划14246万元的32.8%，比去年上半年增收681万元，增幅17%”："
        "“的N%”之前称为预算计划的数（年初预算计划）是完成率的基数，不是其后增减额所属的数。",
        ("facts._BASE_CUE",),
        (
            Example(
                # unkeyed (揭东区霖磐镇 2020 上半年): 4669 / 14246 = 32.78% -> 32.8; 681 /
                # (4669 − 681) = 17.08% -> 17 (not 681 / (14246 − 681) = 5%)
                "2020年上半年全镇财政公共预算收入4669万元,完成年初预算计划14246万元的32.8%,比去年上半年"
                "增收681万元,增幅17%。",
                (("completion", "32.8", "agrees"), ("change-rate", "17", "agrees")),
            ),
        ),
    ),
    Form(
        "a rate's change in points from its old level to its new",
        "“非税收入占比由2016年的20.5%下降到2017年的15.2%,下降5.3个百分点”: points printed after a"
        " rate's old level (由/从…) and its new (下降到/提高到…) are their difference.",
        "“非税收入占比由2016年的20.5%下降到2017年的15.2%，下降5.3个百分点”：比率由旧值（由、从……）变为"
        "新值（下降到、提高到……）之后所印的百分点，为两者之差。",
        ("claims._point_changes", "claims._FROM_PERCENT", "claims._TO_NEW_LEVEL"),
        (
            Example(
                # 20.5 − 15.2 = 5.3
                "非税收入占比由2016年的20.5%下降到2017年的15.2%,下降5.3个百分点。",
                (("points-gap", "5.3", "agrees"),),
            ),
            Example(
                # 65.5 − 60 = 5.5, not 6.5
                "税收占比从60%提高到65.5%,提高6.5个百分点。",
                (("points-gap", "6.5", "disagrees"),),
                (("arithmetic.points-gap", "error"),),
            ),
        ),
    ),
    Form(
        "points between two years of a run of rates over a span of years",
        "“2013~2017年,非税收入占一般公共预算收入的比重分别为22.5%、15.2%、17.6%、17.3%、13.2%,2017年比"
        "2013年非税占比下降了9.5个百分点”: a run of rates, one a year of the span printed before"
        " it, and points between two of those years: the difference of their rates (inferred:"
        " a disagreement is a warning).",
        "“2013~2017年，非税收入占一般公共预算收入的比重分别为22.5%、15.2%、17.6%、17.3%、13.2%，2017年比"
        "2013年非税占比下降了9.5个百分点”：其前所印年份区间逐年对应的一组比率，及其中两年之间的百分点："
        "为两年比率之差（推断，不符时报警告）。",
        ("claims._year_run_points", "claims._YEARS_COMPARED", "claims._YEAR_SPAN"),
        (
            Example(
                # heldout15 (大连金普新区 2017, WRONG): 22.5 − 13.2 = 9.3, not 9.5
                "2013~2017年,非税收入占一般公共预算收入的比重分别为22.5%、15.2%、17.6%、17.3%、13.2%,"
                "2017年比2013年非税占比下降了9.5个百分点,收入结构不断优化。",
                (("points-gap", "9.5", "disagrees"),),
                (("arithmetic.points-gap", "warning"),),
            ),
            Example(
                # 80.5 − 75.1 = 5.4
                "2019年至2021年,税收占比分别为80.5%、78.2%、75.1%,2021年比2019年税收占比下降了5.4个"
                "百分点。",
                (("points-gap", "5.4", "agrees"),),
            ),
        ),
    ),
    Form(
        "the gap between a rate of growth and a rate of fall",
        "“增速最高为沙河市(同比增长55.5%),增速最低为任县(同比下降13.2%),高低相差68.7个百分点”: a"
        " rate printed after a verb of a fall is below zero, so the gap between the two rates"
        " is their sum.",
        "“增速最高为沙河市（同比增长55.5%），增速最低为任县（同比下降13.2%），高低相差68.7个百分点”："
        "下降之后所印的增长率为负数，故两率之差为二者之和。",
        ("claims._rate_sign", "claims._point_gaps"),
        (
            Example(
                # unkeyed (邢台 2018): 55.5 − (−13.2) = 68.7
                "各县市区中,增速最高为沙河市(同比增长55.5%),增速最低为任县(同比下降13.2%),高低相差"
                "68.7个百分点。",
                (("points-gap", "68.7", "agrees"),),
            ),
            Example(
                # the same misprinted (a weak reading: a warning)
                "各县市区中,增速最高为沙河市(同比增长55.5%),增速最低为任县(同比下降13.2%),高低相差"
                "66.7个百分点。",
                (("points-gap", "66.7", "disagrees"),),
                (("arithmetic.points-gap", "warning"),),
            ),
        ),
    ),
    Form(
        "main taxes listed under a total of taxes",
        "“税收收入完成3.84亿元,…。其中:增值税完成2.16亿元,…;企业所得税完成0.25亿元,…;契税完成0.38亿元,…”:"
        " tax types (vocabulary.TAX_TYPES) listed under a total of taxes, without 其他税收, are"
        " its main taxes: falling short of the total is no disagreement (passing it still is)."
        " So are a fund's premiums and subsidy (保险费收入, 财政补贴收入) under its 基金收入: its"
        " interest, returns, other and transferred income are not listed.",
        "“税收收入完成3.84亿元，……。其中：增值税完成2.16亿元，……；企业所得税完成0.25亿元，……；契税完成"
        "0.38亿元，……”：税收合计之下列出的税种（未列“其他税收”）只是主要税种：各项之和小于合计不算"
        "不符（超过合计仍为不符）。基金收入之下只列保险费收入、财政补贴收入的亦然（利息、投资收益、"
        "其他及转移收入未列）。",
        (
            "vocabulary.TAX_TYPES",
            "claims._check_list",
            "claims._FUND_MAIN_INCOME",
            "claims._FUND_MAIN_SPENDING",
        ),
        (
            Example(
                # 24664 + 7180 = 31844 of 32829: the fund's interest and other income are not
                # listed (a 2012 national social insurance report)
                "全国社会保险基金收入32829亿元,其中保险费收入24664亿元,财政补贴收入7180亿元。",
                (),
            ),
            Example(
                # its benefits and transfers are its main spending, 6455 of it not listed (原州区
                # 2018 社保基金预算)
                "各项社会保险支出为219,491万元,其中:各项社会保险待遇支出212,944万元、转移支出92万元。",
                (),
            ),
            Example(
                # unkeyed (谯城区 2025 1-3月): 2.16 + 0.25 + 0.38 = 2.79 of 3.84, the main taxes
                "1-3月全区税收收入完成3.84亿元,减收0.52亿元,同比下降11.9%。\n其中:增值税完成2.16亿元,"
                "比上年同期减收0.23亿元,下降9.6%;企业所得税完成0.25亿元,比上年同期减收0.06亿元,下降"
                "19.4%;契税完成0.38亿元,比上年同期减收0.13亿元,下降25.5%。",
                (
                    ("change-rate", "11.9", "agrees"),
                    ("change-rate", "9.6", "agrees"),
                    ("change-rate", "19.4", "agrees"),
                    ("change-rate", "25.5", "agrees"),
                ),
            ),
            Example(
                # the main taxes passing their total: a disagreement
                "税收收入完成3.84亿元。其中:增值税完成3.16亿元,企业所得税完成0.55亿元,契税完成"
                "0.38亿元。",
                (("sum", "3.84", "disagrees"),),
                (("arithmetic.breakdown-sum", "error"),),
            ),
        ),
    ),
    Form(
        "a 其中 restating each figure before it for a part of the scope",
        "“全市地方政府債務限額617.87億元;余額573.79億元,…。其中:市本級債務限額173.27億元;余額166.75億元”:"
        " a list after a sentence of two or more figures of different names that gives one of"
        " each, named as they are, is the part of the scope (市本级) of each, not a breakdown of"
        " any of them (so are parts each of several of them at once, “收入、支出均实现3.32亿元”):"
        " nothing is summed.",
        "“全市地方政府債務限額617.87億元；余額573.79億元，……。其中：市本級債務限額173.27億元；余額"
        "166.75億元”：在列出两个及以上不同名称数字的句子之后，逐一以同名列出各数的“其中”是范围的一部分"
        "（市本级），不是任何一数的分项：不作加总。",
        ("claims._restates_heads",),
        (
            Example(
                # unkeyed (绵阳 2021 人大财经委): 173.27 + 166.75 is no sum of 617.87
                "2020年末全市地方政府债务限额617.87亿元;余额573.79亿元,较上年增加109.77亿元。其中:市本级"
                "债务限额173.27亿元;余额166.75亿元,较上年增加19.78亿元。",
                (),
            ),
            Example(
                # the parts of one figure still are: 60 + 40 = 100
                "一般公共预算收入100万元,政府性基金收入50万元。其中:税收收入60万元,非税收入40万元。",
                (("sum", "100", "agrees"),),
            ),
            Example(
                # unkeyed (绵阳 2021): each part one figure of both 收入 and 支出 (均): no sum
                "国有资本经营预算:全市收入实现4.34亿元,为预算的100%;支出实现4.32亿元,为预算的99.6%。"
                "其中:市本级收入、支出均实现3.32亿元,市属园区收入、支出均实现0.23亿元。",
                (),
            ),
        ),
    ),
    Form(
        "a prior after 与 and its year (与2022年X万元同比增长)",
        "“一般公共預算收入89818萬元,與2022年82956萬元同比增長8.3%,其中:稅收收入69581萬元(占比"
        "77.5%),…”: the figure right after 与 and a year (or 上年), compared with (相比, 同比 or"
        " a verb of change after it), is the prior, not a figure of its own: the list after it"
        " is of the current figure. A few words may name it after the year (“与上年预算30850万元"
        "相比”).",
        "“一般公共預算收入89818萬元，與2022年82956萬元同比增長8.3%，其中：稅收收入69581萬元（占比77.5%），"
        "……”：紧随“与”及年份（或上年）之后、其后接“相比”“同比”或增减动词的数字是上年数，不是独立的数："
        "其后的列表属于本年数。年份之后可有几个字的名称（“与上年预算30850万元相比”）。",
        ("facts._WITH_YEAR",),
        (
            Example(
                # the prior named after its year (a 2013 provincial 三公 report): 4573 / 30850 =
                # 14.82% -> 14.8 (it was read as the current figure: 17.4%, an error)
                "公务接待费与上年预算30850万元相比,增加4573万元,增长14.8%。",
                (("change-rate", "14.8", "agrees"),),
            ),
            Example(
                # unkeyed (横峰县 2023 审计报告): 89818 / 82956 = 108.27% (8.3); 69581 + 20237 =
                # 89818; 69581 / 89818 = 77.47% (not of 82956)
                "一般公共預算收入89818萬元,與2022年82956萬元同比增長8.3%,其中:稅收收入69581萬元(占比"
                "77.5%),非稅收入20237萬元(占比22.5%);全縣一般公共預算支出289016萬元。",
                (
                    ("sum", "89818", "agrees"),
                    ("change-rate", "8.3", "agrees"),
                    ("share", "77.5", "agrees"),
                    ("share", "22.5", "agrees"),
                ),
            ),
        ),
    ),
    Form(
        "a share in a paragraph with its own whole, after another paragraph's 其中",
        "“郑州…财政收入为436.12亿,…。其中4月份郑州财政收入仅为79.43亿,…↵洛阳…财政收入为151.70亿,…。洛阳…"
        "税收收入为93.7亿,税收占比61.77%”: a share naming no whole whose paragraph prints, before"
        " it, the whole of a standard breakdown its part is of (收入 of 税收收入) is not read"
        " against the figure before a 其中 of the paragraph before.",
        "“郑州……财政收入为436.12亿，……。其中4月份郑州财政收入仅为79.43亿，……↵洛阳……财政收入为151.70亿，"
        "……。洛阳……税收收入为93.7亿，税收占比61.77%”：未写明总数的占比，若其所在段落此前已印出其分项所属"
        "标准分解的总数（税收收入所属的收入），不按前一段“其中”之前的数计算。",
        ("claims._parent_in_paragraph",),
        (
            Example(
                # unkeyed (河南 cities 2022 1-4月): 93.7 / 151.70 = 61.77%, not 93.7 / 436.12
                "郑州在1-4月的财政收入为436.12亿,增速-4.5%。其中4月份郑州财政收入仅为79.43亿,下降幅度"
                "高达-28.2%。\n\n洛阳作为一直的全省第二,在1-4月的财政收入为151.70亿,增长8.7%。洛阳在"
                "1-4月的税收收入为93.7亿,税收占比61.77%,税收占比过低。\n",
                (("share", "61.77", "agrees"),),
            ),
        ),
    ),
    Form(
        "counts in tens of thousands (万人, 万人次, 万户)",
        "“全国基本医疗保险参保人数134592万人,其中职工医保36243万人,城乡居民医保98349万人”: a count"
        " in 万人 is a count of its own kind (never summed with 人), and a rounded one: a count"
        " printed with decimals or in 万 is within half a unit of its last digit, as money is.",
        "“全国基本医疗保险参保人数134592万人，其中职工医保36243万人，城乡居民医保98349万人”：以万人计的"
        "人数自成一类（不与以人计者相加），且为舍入数：带小数或以万计的计数，如金额一样按末位半个单位"
        "的舍入范围判断。",
        ("quantities.find_quantities", "quantities.Quantity.exact"),
        (
            Example(
                # 昆明 呈贡 社保 (kmcg.gov.cn, 2024): 8 / 7.9 = 101.27%, a count's plan as the
                # base of its completion
                "参保人数8万人,完成目标下达任务7.9万人的101.27%。",
                (("completion", "101.27", "agrees"),),
            ),
            Example(
                # heldout35 (人社部 2011 统计公报): 21565 + 6826 = 28391
                "2011年年末全国参加城镇基本养老保险人数为28391万人,比上年末增加2684万人。其中,"
                "参保职工21565万人,参保离退休人员6826万人。",
                (("sum", "28391", "agrees"),),
            ),
            Example(
                # unkeyed: 20.44 + 15.91 = 36.35, printed 36.34: within the rounding of the parts
                # (20.435 + 15.905 = 36.34), no error
                "职工基本医疗保险参保人数36.34万人,其中在职职工20.44万人,退休人员15.91万人。",
                (("sum", "36.34", "rounding"),),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
            Example(
                # unkeyed (a copy of the 2024 医保 statistics): 27491.84 + 10457.50 = 37949.34,
                # printed 37948.34: a whole 万人 off, the copy's own error
                "截至2024年底,职工医保参保37948.34万人,比上年增加853.70万人,增长2.3%。其中在职"
                "职工27491.84万人,退休职工10457.50万人。",
                (("sum", "37948.34", "disagrees"), ("change-rate", "2.3", "agrees")),
                (("arithmetic.breakdown-sum", "error"),),
            ),
        ),
    ),
    Form(
        "the points of a score and its parts",
        "“自评总分为92分,其中产出指标45分,效益指标28分…”: 分 after a number is a score's points, a"
        " count of its own kind, so a score's 其中 list is summed like any other; 分 that begins a"
        " word (分成, 分钟, 分配, 分局) is no unit.",
        "“自评总分为92分，其中产出指标45分，效益指标28分……”：数字后的“分”为得分（自成一类计数），得分的"
        "“其中”分项照常相加；“分”开头的词（分成、分钟、分配、分局）不是单位。",
        ("quantities.find_quantities",),
        (
            Example(
                # 45 + 28 + 9 + 10 = 92
                "该项目自评总分为92分,其中产出指标45分,效益指标28分,满意度指标9分,预算执行率10分。",
                (("sum", "92", "agrees"),),
            ),
            Example(
                # unkeyed (乌海 2021 绩效自评): 50 + 30 + 10 = 90 (the 执行率's 10分 is apart)
                "项目支出绩效指标权重分值90分,其中产出指标权重分值50分,效益指标权重分值30分,满意度"
                "指标权重分值10分。",
                (("sum", "90", "agrees"),),
            ),
            Example(
                # a wrong total: 20 + 20 + 30 + 25 = 95, printed 100 (a list parted by 、 is
                # read as inferred, so a warning)
                "评价指标体系总分100分,其中决策20分、过程20分、产出30分、效益25分。",
                (("sum", "100", "disagrees"),),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
            Example(
                # 2023 人才驿站 项目绩效自评 (0477ly.com, with 分 after the total): the total after
                # its parts, 6 + 5 + 4 + 9 + 6 + 10 + 0 + 10 + 10 + 15 + 15 = 90
                "项目立项6分,绩效目标5分,资金投入4分,资金管理9分,组织实施6分,时效目标10分,成本"
                "目标0分,数量目标10分,质量目标10分,社会效益目标15分,服务对象满意度15分,总得分"
                "90分。",
                (("sum", "90", "agrees"),),
            ),
            Example(
                # points taken off (扣) are no part of the score: no sum of 3 + 2 against 95
                "该项目满分100分,自评得分95分,其中产出指标扣3分,效益指标扣2分。",
                (),
            ),
            Example(
                # unkeyed (福建 2024 彩票公益金): a ratio 分成, no points and no sum
                "中央和地方按5:5分成,其中地方留成部分:电脑型彩票公益金省级和市县按5:5分成;即开型"
                "彩票公益金省级和市县按2:8分成。",
                (),
            ),
        ),
    ),
    Form(
        "a running sum's verbs in their own clause",
        "A verb of a running sum (扣除, 加上…) counts for the figure of its own clause only:"
        " “…25948万元,扣除留抵退税因素影响同比增长12.24%;②上级补助收入271231万元” deducts"
        " nothing (扣除 there is of a factor, two clauses before the figure).",
        "滚动加减中的动词（扣除、加上……）只管其所在分句的数：“……25948万元，扣除留抵退税因素影响"
        "同比增长12.24%；②上级补助收入271231万元”并无扣减（“扣除”说的是因素，在前两个分句）。",
        ("claims._running_sums",),
        (
            Example(
                # (昌都市卡若区 2022 预算执行, gcs66.com, the third item changed so that the list
                # adds up): 25948 + 271231 + 34878 = 332057; no sum 332057 + 25948 − 271231
                "2022年我区总财力为332057万元,其中:①地方一般公共预算收入为25948万元,扣除留抵退税"
                "因素影响同比增长12.24%;②上级补助收入271231万元,③动用预算稳定调节基金34878万元。",
                (("sum", "332057", "agrees"),),
            ),
        ),
    ),
    Form(
        "a government's 总财力 less its 总支出",
        "“总财力A万元。…总支出B万元。收支相抵,年终结转结余C万元”: a government's 总财力"
        " (可用财力) is the money-in side of its statement, C = A − B (a part of it named 收入"
        " is not).",
        "“总财力A万元。……总支出B万元。收支相抵，年终结转结余C万元”：总财力（可用财力）是收入方，"
        "C = A − B（其中名为“收入”的一项不是）。",
        ("claims._TOTAL_IN",),
        (
            Example(
                # 332057 − 312487 = 19570
                "2022年我区总财力为332057万元。2022年我区总支出为312487万元。收支相抵,年终结转结余"
                "19570万元。",
                (("difference", "19570", "agrees"),),
            ),
            Example(
                # (卡若区 2022 as printed: its 总支出's parts add up to 312487, and 332057 − 312497
                # = 19560, not 19570: the report's own slip)
                "2022年我区总财力为332057万元。2022年我区总支出为312497万元。收支相抵,年终结转结余"
                "19570万元。",
                (("difference", "19570", "disagrees"),),
                (("arithmetic.change-amount", "error"),),
            ),
        ),
    ),
    Form(
        "a prior of a plan's five years or the period before",
        "“比“十二五”期间累计政府采购金额3816.91亿元增加2183.74亿元,增幅57.21%”: the figure"
        " after 比 and a period (a five-year plan, 上期, 上月, 上季度) is the prior when a change"
        " follows it.",
        "“比“十二五”期间累计政府采购金额3816.91亿元增加2183.74亿元，增幅57.21%”：“比”加时期"
        "（五年规划、上期、上月、上季度）之后、紧接增减的数是比较的基数。",
        ("facts._LONG_PRIOR",),
        (
            Example(
                # (广西 十三五 政府采购): 6000.65 − 3816.91 = 2183.74; 2183.74 / 3816.91 = 57.21%
                "全区累计政府采购金额达6000.65亿元,比“十二五”期间累计政府采购金额3816.91亿元增加"
                "2183.74亿元,增幅57.21%。",
                (("difference", "2183.74", "agrees"), ("change-rate", "57.21", "agrees")),
            ),
            Example(
                # 120 − 100 = 20; 20 / 100 = 20%
                "本月收入120万元,比上月收入100万元增加20万元,增长20%。",
                (("difference", "20", "agrees"), ("change-rate", "20", "agrees")),
            ),
        ),
    ),
    Form(
        "single taxes of a revenue",
        "“一般公共预算收入566.3亿元。其中,增值税150.2亿元;企业所得税116.9亿元;房产税100.0亿元”:"
        " single taxes listed under a revenue that also holds non-tax income are its main taxes,"
        " some of it (no sum is claimed while they fall short of it); a list with 非税收入 may be"
        " all of it. Money going the other way (支出 after 收入) in the next sentence is no part.",
        "“一般公共预算收入566.3亿元。其中，增值税150.2亿元；企业所得税116.9亿元；房产税100.0亿元”："
        "一般公共预算收入还含非税收入，其下列出的单项税种只是主要税种（不足合计时不核对）；列有"
        "非税收入的可能是全部。下一句方向相反的数（收入之后的支出）不是其组成部分。",
        ("claims._check_list", "vocabulary.TAX_TYPES", "claims._flow"),
        (
            Example(
                # (朝阳区 2024 统计公报): the main taxes only, and 589.8 is spending
                "全年完成区级一般公共预算收入566.3亿元,比上年增长0.5%。其中,增值税150.2亿元,下降"
                "0.8%;企业所得税116.9亿元,下降11.3%;房产税100.0亿元,增长3.0%。全区一般公共预算"
                "支出589.8亿元,增长7.7%。",
                (),
            ),
            Example(
                # (玉林 a school's 2023 预算, unkeyed web3-hunt6-03): the 总支出 of the next
                # sentence is no part of the 总收入 (it was read as its one part, 4501.02 =
                # 4501.02); 690.12 / (4501.02 + 690.12) = 13.29%, twice
                "2023年本单位总收入4501.02万元,同比减少690.12万元,下降13.29%,减少的主要原因是学生"
                "人数减少,学费等教育收入减少。2023年总支出4501.02万元,同比减少690.12万元,下降"
                "13.29%。",
                (("change-rate", "13.29", "agrees"), ("change-rate", "13.29", "agrees")),
            ),
            Example(
                # 150.2 + 116.9 + 299.2 = 566.3
                "全年完成区级一般公共预算收入566.3亿元。其中,增值税150.2亿元,企业所得税116.9亿元,"
                "非税收入299.2亿元。",
                (("sum", "566.3", "agrees"),),
            ),
            Example(
                # taxes more than the revenue cannot be some of it: 150.2 + 116.9 + 100.0 = 367.1
                "全年完成区级一般公共预算收入300.3亿元。其中,增值税150.2亿元,企业所得税116.9亿元,"
                "房产税100.0亿元。",
                (("sum", "300.3", "disagrees"),),
                (("arithmetic.breakdown-sum", "error"),),
            ),
        ),
    ),
    Form(
        "a part's own main items",
        "“其中:财力安排支出68.4亿元,…,主要支出事项:A7.1亿元、B7.5亿元、…等;上级专项…13.2亿元”:"
        " the items a part's clause introduces with 主要支出事项 (主要项目, 主要用于, 主要包括)"
        " and a colon, or with 主要是 (主要为, 主要有, 主要系; not a reason: 主要是因为, 主要由于),"
        " are that part's own, not more parts of the total.",
        "“其中：财力安排支出68.4亿元，……，主要支出事项：A7.1亿元、B7.5亿元……等；上级专项……13.2亿元”："
        "某一组成部分的分句中以“主要支出事项：”（主要项目、主要用于、主要包括）或“主要是”（主要为、"
        "主要有、主要系；不含“主要是因为”“主要由于”等原因）引出的是该部分自己的事项，不是合计的又一"
        "组成部分。",
        ("claims._PART_ITEMS",),
        (
            Example(
                # (本溪 2023 预算说明): 68.4 + 13.2 = 81.6
                "市本级一般公共预算支出安排81.6亿元。其中:财力安排支出68.4亿元,比上年预算数增长"
                "10.1%,主要支出事项:一般公共服务支出7.1亿元、教育支出7.5亿元、社会保障和就业支出"
                "15.4亿元、卫生健康支出2.4亿元、农林水支出1.1亿元、城乡社区支出7亿元等;上级专项、"
                "上年结转安排支出13.2亿元。",
                (("sum", "81.6", "agrees"),),
            ),
            Example(
                # (财政部 2022 上半年, a mirror copy): 1258 + 20869 = 22127, within the rounding
                # of 22126 (18642, the part's main item after 主要是, was added as a third part)
                "1—6月累计,全国政府性基金支出22126亿元,比去年同期增加4307亿元,增长24.2%。其中,中央"
                "本级政府性基金支出1258亿元,同比增长36.9%;地方政府性基金支出20869亿元,同比增长23.5%,"
                "主要是用国有土地使用权出让收入安排的支出18642亿元,同比增长24.8%。",
                (("sum", "22126", "rounding"), ("change-rate", "24.2", "agrees")),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
            Example(
                # a reason after 主要是 is none of the part's items: 60 + 40 = 100
                "“三公”经费预算100万元。其中:因公出国(境)费用60万元,比上年减少5万元,主要是因为严控"
                "出国团组,公务接待费40万元。",
                (("sum", "100", "agrees"),),
            ),
        ),
    ),
    Form(
        "gaps of two things' rates to a third, respectively",
        "“增加值分别占全市的42.3%和19.3%,增速分别高于全市2.5个和1.4个百分点”: each gap is of"
        " one thing's rate to a rate not printed, not the gap between the two printed rates.",
        "“增加值分别占全市的42.3%和19.3%，增速分别高于全市2.5个和1.4个百分点”：各差距是各自增速"
        "与未列出的全市增速之差，不是所列两个比率之差。",
        ("claims._point_gaps",),
        (
            Example(
                # (朝阳区 2024 统计公报): nothing to check
                "其中租赁和商务服务业、金融业表现亮眼,增加值分别占全市的42.3%和19.3%,增速分别高于"
                "全市2.5个和1.4个百分点。",
                (),
            ),
        ),
    ),
    Form(
        "a year inside a name, after its place",
        "“河南省2019年政府采购规模达到2027亿元。…2019年河南省政府采购规模同比增长119.2亿元,"
        "增幅6.3%”: a year after a place's name (省, 市, 县, 区, 旗, 州) is no part of the subject,"
        " as a year at its head is not: the two name one figure, and the change's current is the"
        " first.",
        "“河南省2019年政府采购规模达到2027亿元。……2019年河南省政府采购规模同比增长119.2亿元，"
        "增幅6.3%”：地名之后的年份（省、市、县、区、旗、州之后）和句首的年份一样不属于主语，"
        "两句说的是同一个数，增减的本期数是前一个。",
        ("facts._PERIOD_MID",),
        (
            Example(
                # (河南 2019 政府采购, hn.cri.cn, miss 30): 119.2 / (2027 − 119.2) = 6.248%, 6.2
                # printed 6.3: within the rounding of 119.2 (119.25 / 1907.75 = 6.251%), a warning
                "河南省2019年政府采购规模达到2027亿元。2019年河南省政府采购规模同比增长119.2亿元,"
                "增幅6.3%。",
                (("change-rate", "6.3", "rounding"),),
                (("arithmetic.change-rate", "warning"),),
            ),
        ),
    ),
    Form(
        "a saving without its rate",
        "“完成政府采购项目预算1224.83亿元,实际采购金额1156.68亿元,…,全年节约资金68.15亿元”: a"
        " saving (节约, 节省, 审减, 核减) printed after a plan and an actual of its item is the"
        " plan less the actual; named as a plan and an actual (采购预算, 实际采购…) a certain"
        " claim, read from the two phases (预算, 实际) an inferred one. A saving's item runs from"
        " the saving before it.",
        "“完成政府采购项目预算1224.83亿元，实际采购金额1156.68亿元，……，全年节约资金68.15亿元”："
        "在同一项的计划数和实际数之后列出的节约（节约、节省、审减、核减）等于计划减实际；以计划、"
        "实际之名（采购预算、实际采购……）列出的为确定的关系，按预算、实际两个阶段推断的为推断关系。"
        "每一项从上一个节约数之后算起。",
        ("claims._unrated_savings",),
        (
            Example(
                # (广西 2021 政府采购, cgpnews.cn, miss 30): 1224.83 − 1156.68 = 68.15
                "2021年广西壮族自治区完成政府采购项目预算1224.83亿元,实际采购金额1156.68亿元,政府"
                "采购年度预算得到较好执行,全年节约资金68.15亿元。",
                (("difference", "68.15", "agrees"),),
            ),
            Example(
                # the same named as a plan: 1224.83 − 1156.68 = 68.15, printed 58.15
                "全年采购预算1224.83亿元,实际采购金额1156.68亿元,节约资金58.15亿元。",
                (("difference", "58.15", "disagrees"),),
                (("arithmetic.change-amount", "error"),),
            ),
            Example(
                # a sentence of plain amounts (审减 is no change's verb): 500 − 450 = 50
                "送审金额500万元,审定金额450万元,审减金额50万元。",
                (("difference", "50", "agrees"),),
            ),
        ),
    ),
    Form(
        "the year before's totals after the year's, compared in one sentence",
        "“2023年度收入总计453.13万元,支出总计453.13万元,2022年度收入总计400.22万元,支出总计400.22"
        "万元,与2022年度相比,收入、支出总计各增加52.91万元,增长13.22%”: the figures named with the"
        " year before (the year of the figures before them named once at their head), and the next"
        " ones named without a year, are the priors; a change named as one of them is of that"
        " one's current and prior.",
        "“2023年度收入总计453.13万元，支出总计453.13万元，2022年度收入总计400.22万元，支出总计"
        "400.22万元，与2022年度相比，收入、支出总计各增加52.91万元，增长13.22%”：标明上一年度的数"
        "（前面各数的年份只在开头写一次）及其后未标年份的数是上年数；指明名称的增减对应同名的本年数"
        "和上年数。",
        ("facts._YEAR_REACH", "facts._NAME_ONLY", "claims._same_name_before"),
        (
            Example(
                # (儋州市南丰镇中心幼儿园 2023 决算, danzhou.gov.cn, miss 32): 453.13 − 400.22 =
                # 52.91; 52.91 / 400.22 = 13.22%
                "2023年度收入总计453.13万元,支出总计453.13万元,2022年度收入总计400.22万元,支出"
                "总计400.22万元,与2022年度相比,收入、支出总计各增加52.91万元,增长13.22%。",
                (("difference", "52.91", "agrees"), ("change-rate", "13.22", "agrees")),
            ),
            Example(
                # each change of its own name: 453.13 − 400.22 = 52.91, 52.91 / 400.22 = 13.22%;
                # 450.13 − 410.22 = 39.91, 39.91 / 410.22 = 9.73%
                "2023年度收入总计453.13万元,支出总计450.13万元,2022年度收入总计400.22万元,支出"
                "总计410.22万元,与2022年度相比,收入总计增加52.91万元,增长13.22%,支出总计增加"
                "39.91万元,增长9.73%。",
                (
                    ("difference", "52.91", "agrees"),
                    ("change-rate", "13.22", "agrees"),
                    ("change-rate", "9.73", "agrees"),
                ),
            ),
        ),
    ),
    Form(
        "a share named by its subject",
        "“其中税收收入142455万元,非税收入8659万元,税收占比94.3%”: a share whose own words name"
        " its amount (税收, 民生支出) is of the figure of that name, or, in its sentence, of the"
        " one figure whose name begins with it, not the figure before it named otherwise"
        " (非税收入); nor of a figure in brackets in another sentence"
        " (“…(…,保基本民生支出52,409万元)。民生支出占…的85%”: no 民生支出 is printed).",
        "“其中税收收入142455万元，非税收入8659万元，税收占比94.3%”：自身指明名称（税收、民生支出）的"
        "占比，其分子是同名的数，或本句中唯一以该名称开头的数，不是前面另有名称的数（非税收入）；也"
        "不是另一句括号内的数（“……（……，保基本民生支出52,409万元）。民生支出占……的85%”：未列出民生"
        "支出）。",
        ("claims._numerator",),
        (
            Example(
                # (伍家岗区 2021, gcs66.com, hunt 27): 142455 + 8659 = 151114; 142455 / 151114 =
                # 94.27%
                "2021年,全区一般公共预算收入完成151114万元,其中税收收入142455万元,非税收入8659"
                "万元,税收占比94.3%。",
                (("sum", "151114", "agrees"), ("share", "94.3", "agrees")),
            ),
            Example(
                # (禄劝县 2023, kmlq.gov.cn, hunt 27): no 民生支出 is printed, 52409 is one of
                # its kinds: nothing to check for 85%
                "地方一般公共预算支出347,768万元,完成年初预算的93.07%。地方一般公共预算支出中,"
                "“三保”支出共计220,571万元(保工资支出164,401万元,保运转支出3,761万元,保基本民生"
                "支出52,409万元)。民生支出占地方一般公共预算支出的85%。",
                (("sum", "220571", "agrees"),),
            ),
        ),
    ),
    Form(
        "caps of cases",
        "“个人住房贷款最高额度100万元,其中,单缴存职工最高额度50万元,双缴存职工最高额度100万元”:"
        " a figure named as a cap or a floor (最高额度, 最高限额, 上限, 封顶) is a bound, not an"
        " amount, and its 其中 lists the caps of cases: nothing adds up.",
        "“个人住房贷款最高额度100万元，其中，单缴存职工最高额度50万元，双缴存职工最高额度100万元”："
        "名为上限或下限（最高额度、最高限额、上限、封顶）的数是界限而非金额，其后“其中”列出的是各种"
        "情形的上限，不相加。",
        ("claims._is_cap", "claims._CAP"),
        (
            Example(
                # (成都 住房公积金 2023 年报, miss 31)
                "贷款方面,个人住房贷款最高额度100万元,其中,单缴存职工最高额度50万元,双缴存职工"
                "最高额度100万元。",
                (),
            ),
        ),
    ),
    Form(
        "a list read whole and cut short",
        "“…148.3亿元。其中,偿还贷款提取87.7亿元,购建修房提取15.5亿元,离退休提取31.6亿元,其他原因"
        "提取13.5亿元,分别占提取总额的59.1%、…”: when a list's sum agrees, the same list read short"
        " of its last parts is no second claim.",
        "“……148.3亿元。其中，偿还贷款提取87.7亿元，……，其他原因提取13.5亿元，分别占提取总额的"
        "59.1%、……”：列表完整相加相符时，同一列表少读末项的相加不再另作一项核对。",
        ("claims._dedupe",),
        (
            Example(
                # (天津 住房公积金 2023 Q1, miss 31): 87.7 + 15.5 + 31.6 + 13.5 = 148.3
                "今年一季度,全市共提取住房公积金148.3亿元。其中,偿还贷款提取87.7亿元,购建修房"
                "提取15.5亿元,离退休提取31.6亿元,其他原因提取13.5亿元,分别占提取总额的59.1%、"
                "10.5%、21.3%、9.1%。",
                (
                    ("sum", "148.3", "agrees"),
                    ("share", "59.1", "agrees"),
                    ("share", "10.5", "agrees"),
                    ("share", "21.3", "agrees"),
                    ("share", "9.1", "agrees"),
                ),
            ),
        ),
    ),
    Form(
        "kinds of spending under 民生支出, and 税 for taxes",
        "“全区民生支出完成18.54亿元,…。其中,教育支出7.97亿元,社会保障支出6.19亿元”: spending"
        " named by what it is for (民生, 重点, 刚性; not 三保) has no standard breakdown, so the"
        " kinds listed under it are some of it while they fall short of it; and “税占比” names the"
        " taxes (税收收入), not the 非税收入 printed last; a share in brackets, or after its whole"
        " named (…中,), that names another thing than the figure before it, not printed, is of"
        " no figure there.",
        "“全区民生支出完成18.54亿元，……。其中，教育支出7.97亿元，社会保障支出6.19亿元”：按用途命名的"
        "支出（民生、重点、刚性；三保除外）没有标准构成，其下列出的类别不足合计时只是其中一部分；"
        "“税占比”指税收收入，不是最后列出的非税收入。",
        ("claims._kinds_of_aggregate", "claims._numerator", "vocabulary.SHORT_SUBJECTS"),
        (
            Example(
                # (盘山县 2023 政府工作报告, gongwensou.com, miss 38): a share in brackets that
                # names another thing (非税) than the figure before it, whose own figure is not
                # printed: no share (not 8.5 of 30)
                "固定资产投资实现30亿元,同比下降26.2%;一般公共预算收入实现8.5亿元,同比下降53.4%"
                "(非税占比为21%);规模以上工业增加值同比下降20%。",
                (),
            ),
            Example(
                # (贵州 住房公积金 2021, pdssy.com.cn, hunt 40): so is a share after its whole named
                # (提取金额中,): 住房类消费提取 is not printed (not 347.60, nor of 347.60; the
                # 缴存额 of the 69.01% is not in this cut)
                "提取额347.60亿元,同比增长11.24%;提取额占当年缴存额的69.01%,比上年增加0.36个"
                "百分点;提取金额中,住房类消费提取占比达到了81.93%。",
                (),
            ),
            Example(
                # (泰山区 2024 1-8月, zwty.net, hunt 29): two kinds of 民生支出, 7.97 + 6.19 = 14.16
                # of 18.54: no sum
                "全区民生支出完成18.54亿元,占一般公共预算支出的87.5%。其中,教育支出7.97亿元,社会保障"
                "支出6.19亿元。",
                (),
            ),
            Example(
                # more than all of it they cannot be: 17.97 + 6.19 = 24.16
                "全区民生支出完成18.54亿元。其中,教育支出17.97亿元,社会保障支出6.19亿元。",
                (("sum", "18.54", "disagrees"),),
                (("arithmetic.breakdown-sum", "error"),),
            ),
            Example(
                # (昭化区 2021 1-11月, cnzh.gov.cn, hunt 29): 10340 / 25707 = 40.22%
                "2021年1—11月,昭化区地方一般公共预算收入完成25707万元,同比增长12.3%。其中:税收收入完成"
                "10340万元,同比增加909万元,增长9.6%;非税收入完成15367万元,同比增加1910万元,增长"
                "14.2%,税占比为40.2%。",
                (
                    ("sum", "25707", "agrees"),
                    ("change-rate", "9.6", "agrees"),
                    ("change-rate", "14.2", "agrees"),
                    ("share", "40.2", "agrees"),
                ),
            ),
        ),
    ),
    Form(
        "several statements in one sentence, parted by ';'",
        "“…;政府性基金总收入67.79亿元,总支出61.39亿元,结转下年6.4亿元;国有资本经营预算总收入3056万元,"
        "总支出3042万元,结转下年14万元;社保基金收入10.42亿元,支出8.07亿元,收支相抵,当年结余2.35亿元”:"
        " a balance is of the statement of its own clause after the last ';' when that clause"
        " prints money in and money out both (when the ';' parts the two sides, both clauses).",
        "“……；政府性基金总收入67.79亿元，总支出61.39亿元，结转下年6.4亿元；……；社保基金收入10.42亿元，"
        "支出8.07亿元，收支相抵，当年结余2.35亿元”：最后一个分号之后的分句同时列出收入和支出时，结余"
        "只按该分句计算（分号把收支两方隔开时则跨分句）。",
        ("claims._own_statement",),
        (
            Example(
                # (历城区 2022 审计工作报告, licheng.gov.cn, hunt 31): 67.79 − 61.39 = 6.4;
                # 3056 − 3042 = 14; 10.42 − 8.07 = 2.35 (the first clause's 5.83 is of its 财力
                # 107.28, printed in brackets: 126.13 − 101.45 = 24.68, a warning)
                "2022年全区一般公共预算总收入126.13亿元(其中:实现财力107.28亿元),总支出101.45亿元,"
                "结转下年5.83亿元;政府性基金总收入67.79亿元,总支出61.39亿元,结转下年6.4亿元;国有"
                "资本经营预算总收入3056万元,总支出3042万元,结转下年14万元;社保基金收入10.42亿元,"
                "支出8.07亿元,收支相抵,当年结余2.35亿元。",
                (
                    ("balance", "5.83", "disagrees"),
                    ("balance", "6.4", "agrees"),
                    ("balance", "14", "agrees"),
                    ("balance", "2.35", "agrees"),
                ),
                (("arithmetic.balance", "warning"),),
            ),
        ),
    ),
    Form(
        "a body that has a budget, and a saving's rate",
        "“市一级预算单位的公务用车购置及运行维护费、因公出国(境)费、公务接待费支出分别为1254.3万元、"
        "1.68万元、293.26万元,分别为年度预算的63.67%、1.21%、36.23%”: 预算单位 (预算部门) names"
        " a body, not a budget figure; and a saving's rate (审减率, 节约率…) read as a change's"
        " rate too is the saving over the plan when that reading agrees (“初始申报预算3.44亿元,…"
        "累计审减2.5亿元,审减率达到72.7%”).",
        "“市一级预算单位的公务用车购置及运行维护费……支出分别为1254.3万元、1.68万元、293.26万元，分别为"
        "年度预算的63.67%、1.21%、36.23%”：“预算单位”（预算部门）是机构名称，不是预算数；节约类比率"
        "（审减率、节约率……）按计划数计算相符时，不再按增减率报错（“初始申报预算3.44亿元，……累计审减"
        "2.5亿元，审减率达到72.7%”）。",
        ("vocabulary.PROTECTED", "claims._SAVING_RATE"),
        (
            Example(
                # (a 广东 city's 2022 部门预算执行 审计, hunt 31): each item's own budget is not
                # printed; 1254.3 + 1.68 + 293.26 = 1549.24
                "三公经费支出1549.24万元,其中市一级预算单位的公务用车购置及运行维护费、因公出国(境)费、"
                "公务接待费支出分别为1254.3万元、1.68万元、293.26万元,分别为年度预算的63.67%、1.21%、"
                "36.23%。",
                (("sum", "1549.24", "agrees"),),
            ),
            Example(
                # (山东 智慧监狱 事前评估, canet.com.cn, hunt 30): 2.5 / 3.44 = 72.67%
                "2019年省级“智慧监狱”项目初始申报预算3.44亿元,首轮经主管部门事前评估就审减资金2.19亿元,"
                "经省财政部门开展重点评估,又审减0.33亿元,累计审减2.5亿元,审减率达到72.7%。",
                (("share", "72.7", "agrees"),),
            ),
        ),
    ),
    Form(
        "fewer items listed than counted, and more paid out",
        "“社会公益类共计5个项目,共计676.2万元。↵1、…87.2万元;↵…4、…250万元;” (a page cut before the"
        " fifth): a total printed right after the count of its items, with fewer items listed and"
        " short of it, has only some of its items listed; and 多发 (少发, 多拨, 少拨) is a change"
        " (“比2012年同期多发3.2亿元,增加了15.6%”).",
        "“社会公益类共计5个项目，共计676.2万元。↵1、……87.2万元；……4、……250万元；”（页面在第五项前"
        "截断）：合计前紧接其项目个数，列出的项目少于该数且不足合计时，只列出了部分；“多发”（少发、"
        "多拨、少拨）是增减额（“比2012年同期多发3.2亿元，增加了15.6%”）。",
        ("claims._fewer_than_counted", "vocabulary.CHANGE_VERBS"),
        (
            Example(
                # (上海 宝山 2019 福彩公益金, miss 35, the page cut after the fourth item)
                "(二)社会公益类共计5个项目,共计676.2万元。\n1、资助本区“关爱功臣活动”项目87.2万元;\n"
                "2、资助上海市慈善基金会宝山代表机构200万元;\n3、资助上海市拥军优属基金会宝山区工作"
                "委员会100万元;\n4、资助本区综合帮扶项目250万元;",
                (),
            ),
            Example(
                # (滁州 2013 惠农补贴, hunt 33): 3.2 / (23.4 − 3.2) = 15.84%, printed 15.6: within
                # the rounding of the two (3.15 / 20.25 = 15.56%), a warning
                "累计发放补贴资金23.4亿元,比2012年同期多发3.2亿元,增加了15.6%。",
                (("change-rate", "15.6", "rounding"),),
                (("arithmetic.change-rate", "warning"),),
            ),
        ),
    ),
    Form(
        "a part named as a subtotal, and a part printed again",
        "“实有人数8人,其中:在职人数小计8人,行政在职人数3人,…0人,事业单位在职人数5人”: a part named"
        " 小计 has its own parts after it (to where they add up to it); and an item's figure"
        " printed again without a name in its own item (“②…缺口资金105.04万元,…,105.04万元将于…"
        "支付;”) is no second part.",
        "“实有人数8人，其中：在职人数小计8人，行政在职人数3人，……0人，事业单位在职人数5人”：名为"
        "“小计”的分项，其后到相加等于它为止的各数是它自己的分项；同一项内不带名称再次列出的该项"
        "金额（“②……缺口资金105.04万元，……，105.04万元将于……支付；”）不是又一个分项。",
        ("claims._gather",),
        (
            Example(
                # (上犹县老干部活动中心 2025 预算, sydw.gov.cn, miss 36): 8 = 8 (and 3 + 0 + 5)
                "实有人数8人,其中:在职人数小计8人,行政在职人数3人,参照公务员法管理的事业单位在职"
                "人数0人,事业单位在职人数5人。",
                (("sum", "8", "agrees"),),
            ),
            Example(
                # 8 + 2 = 10
                "实有人数10人,其中:在职人数小计8人,行政在职人数3人,事业单位在职人数5人,退休人数"
                "2人。",
                (("sum", "10", "agrees"),),
            ),
            Example(
                # (渌口区 2020 老旧小区改造 自评, lukou.gov.cn, hunt 35): 43.96 + 105.04 + 45 + 6 =
                # 200
                "区级年初预算200万元专项资金,具体用于支付:①大石围小区提质改造项目工程尾款43.96万元,"
                "工程款已全部支付到位;②老旧小区提质改造第二批次项目缺口资金105.04万元,预计于2021年"
                "2月完工,105.04万元将于工程竣工验收后视资金缺口情况支付;③配套基础设施项目前期费用"
                "45万元;④梅苑路老旧小区改造项目缺口资金6万元。",
                (("sum", "200", "agrees"),),
            ),
        ),
    ),
    Form(
        "more breakdowns of one total after ';'",
        "“户籍人口为112635人。其中,城镇人口54715人,乡村人口57920人;男性人口57753人,女性人口54882人;"
        "…分别为18891人、19099人、48951人和25594人”: when the parts before the first ';' add up to"
        " the total, each run after a further ';' of their sentence that names none of the first"
        " run's items, each item named by the total's own noun, is another breakdown of it, a"
        " weak claim of its own when its sum is within a tenth of the total (not “编制24人。其中:"
        "行政编制6人,事业编制18人;在职在编实有行政人员6人,事业人员17人”: 实有 people, not 编制).",
        "“户籍人口为112635人。其中，城镇人口54715人，乡村人口57920人；男性人口57753人，女性人口54882人；"
        "……分别为18891人、19099人、48951人和25594人”：第一个分号前的各项相加等于合计时，其后各个"
        "分号隔开、且不重复第一组项目名称的组，是合计的另一种分法，和与合计相差不超过十分之一时各自"
        "核对（系推断）。",
        ("claims._more_breakdowns",),
        (
            Example(
                # (云和县 2022 统计公报, hunt 34): 54715 + 57920 = 112635; 57753 + 54882 = 112635;
                # the ages 18891 + 19099 + 48951 + 25594 = 112535, the report's own slip (a warning)
                "年末全县户籍人口为112635人。其中,城镇人口54715人,乡村人口57920人;男性人口57753人,"
                "女性人口54882人;0-17岁、18-34岁、35-59岁、60岁及以上户籍人口分别为18891人、19099人、"
                "48951人和25594人。",
                (
                    ("sum", "112635", "agrees"),
                    ("sum", "112635", "agrees"),
                    ("sum", "112635", "disagrees"),
                ),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
            Example(
                # (seed 001, 开远市政务服务管理局): 6 + 18 = 24; the 实有 people after the ';' are
                # no breakdown of the 编制
                "开远市政务服务管理局部门2022年末实有人员编制24人。其中:行政编制6人,事业编制18人;"
                "在职在编实有行政人员6人,事业人员17人。",
                (("sum", "24", "agrees"),),
            ),
        ),
    ),
    Form(
        "personnel costs picked out of spending by function",
        "“教育投入达10.7亿元,其中工资支出7.5亿元,社会保障支出1.5亿元,公积金支出9274万元”: items of"
        " personnel costs (wages, social insurance, housing fund) under a total named by what it"
        " is for, not itself of personnel costs, are costs of one economic kind picked out of it:"
        " falling short of it they are some of it (its running and project costs are not listed);"
        " under 人员经费 or 工资福利支出 they are its breakdown and must add up.",
        "“教育投入达10.7亿元，其中工资支出7.5亿元，社会保障支出1.5亿元，公积金支出9274万元”：按用途命名、"
        "本身不是人员经费的合计下列出的人员经费项目（工资、社会保障、公积金）只是从中挑出的一种经济"
        "性质的支出，不足合计时只是其中一部分；合计为人员经费或工资福利支出时，这些项目就是它的构成，"
        "必须相加相符。",
        ("claims._personnel_items_of", "vocabulary.PERSONNEL_ITEMS"),
        (
            Example(
                # (东海县 2024 上半年, kgbjip.com, hunt 29): 7.5 + 1.5 + 0.9274 = 9.9274 of 10.7:
                # no sum
                "上半年,我县教育投入达10.7亿元,其中工资支出7.5亿元,社会保障支出1.5亿元,公积金支出"
                "9274万元。",
                (),
            ),
            Example(
                # the same items under 人员经费 are its breakdown: 9.9274 of 10.7
                "人员经费10.7亿元,其中工资支出7.5亿元,社会保障支出1.5亿元,公积金支出9274万元。",
                (("sum", "10.7", "disagrees"),),
                (("arithmetic.breakdown-sum", "error"),),
            ),
            Example(
                # more than all of it they cannot be: 9.5 + 1.5 + 0.9274 = 11.9274
                "教育投入达10.7亿元,其中工资支出9.5亿元,社会保障支出1.5亿元,公积金支出9274万元。",
                (("sum", "10.7", "disagrees"),),
                (("arithmetic.breakdown-sum", "error"),),
            ),
        ),
    ),
    Form(
        "a series' next member after a 其中",
        "“第一产业实现增加值54.52亿元,…;第二产业实现增加值678.89亿元,…。其中工业增加值571.20亿元,…;"
        "第三产业实现增加值584.30亿元”: names a numeral apart (第二产业, 第三产业; 一季度, 二季度)"
        " are members of one series, siblings: the next member ends the list of the one before,"
        " and a sentence of members has no head, so a 其中 after it breaks down its last member.",
        "“第一产业实现增加值54.52亿元，……；第二产业实现增加值678.89亿元，……。其中工业增加值571.20亿元，"
        "……；第三产业实现增加值584.30亿元”：只差一个数字的名称（第二产业、第三产业；一季度、二季度）"
        "是同一序列的并列项：下一项结束上一项的分项列举；由并列项组成的句子没有总数，其后的“其中”"
        "分解的是最后一项。",
        ("claims._ordinal_sibling", "claims._gather", "claims._totals_before"),
        (
            Example(
                # (上虞区 2023 统计公报, hunt 34): 571.20 alone of 678.89; 第三产业 is no part
                "从三大产业看:第一产业实现增加值54.52亿元,增长4.0%;第二产业实现增加值678.89亿元,"
                "增长7.7%。其中工业增加值571.20亿元,增长7.1%;第三产业实现增加值584.30亿元,增长7.9%。",
                (),
            ),
            Example(
                # two parts of 第二产业: 571.20 + 107.69 = 678.89
                "第一产业实现增加值54.52亿元,增长4.0%;第二产业实现增加值678.89亿元,增长7.7%。其中"
                "工业增加值571.20亿元,增长7.1%;建筑业增加值107.69亿元,增长9.1%;第三产业实现增加值"
                "584.30亿元,增长7.9%。",
                (("sum", "678.89", "agrees"),),
            ),
            Example(
                # and where they do not add up, the disagreement is 第二产业's: 688.89
                "第一产业实现增加值54.52亿元,增长4.0%;第二产业实现增加值678.89亿元,增长7.7%。其中"
                "工业增加值571.20亿元,增长7.1%;建筑业增加值117.69亿元,增长9.1%;第三产业实现增加值"
                "584.30亿元,增长7.9%。",
                (("sum", "678.89", "disagrees"),),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
        ),
    ),
    Form(
        "a bare rate after a change against the budget",
        "“固定资产投资完成17亿元,超额完成年度任务2.1亿元,增长20.6%”: a rate with no comparison of"
        " its own after a change against the budget (超收, 超额完成…任务) is the growth on the"
        " year before, whose prior is not printed: it is read as the change's rate only when it"
        " agrees so (“超收2.1亿元,增长14.1%”); after “比预算增加” the rate is of the budget. So"
        " is a change after 剔除…因素 (of the figure less what is taken out, not printed).",
        "“固定资产投资完成17亿元，超额完成年度任务2.1亿元，增长20.6%”：与预算比较的增减额（超收、"
        "超额完成……任务）之后未注明比较对象的增长率是与上年相比，上年数未列出：只有按该增减额计算"
        "相符时才视为其增长率（“超收2.1亿元，增长14.1%”）；“比预算增加”之后的增长率则与预算相比。",
        ("claims._changes",),
        (
            Example(
                # (苏尼特右旗 2023 政府工作报告, bx2200.com, miss 38): 2.1 is over the year's
                # target; 20.6% is on 2022, not printed
                "固定资产投资完成17亿元,超额完成年度任务2.1亿元,增长20.6%。",
                (),
            ),
            Example(
                # agreeing as the change's rate: 2.1 / (17 − 2.1) = 14.09%
                "收入17亿元,超收2.1亿元,增长14.1%。",
                (("change-rate", "14.1", "agrees"),),
            ),
            Example(
                # (乐至县 2020 执行报告, gcs66.com, miss 39): a change after 剔除…因素 is of the
                # figure less what is taken out, not printed: 23123 / (378558 − 23123) = 6.51% is
                # no check of the 6.6%
                "全县一般公共预算支出总额为378558万元,剔除新增债券等因素,比上年同口径增加23123万元,"
                "同口径增长6.6%。",
                (),
            ),
            Example(
                # compared with the budget in words, the rate is of the budget too: 14.09%
                "收入17亿元,比预算增加2.1亿元,增长20.6%。",
                (("change-rate", "20.6", "disagrees"),),
                (("arithmetic.change-rate", "error"),),
            ),
        ),
    ),
    Form(
        "uses described in words",
        "“项目预计总预算50万元,项目用于现有宁夏福彩APP优化升级改版,新增…,并对原有版块优化:…。预计"
        "2023年形票销量14.5亿元,筹集公益金2.35亿元”: a 用于 followed by words to its clause's end"
        " describes the use; the figures of the clauses and sentences after it are not its"
        " parts (“调出1307万元,用于专项债券还本付息;78行B列调入资金3万元”).",
        "“项目预计总预算50万元，项目用于现有宁夏福彩APP优化升级改版，新增……，并对原有版块优化：……。"
        "预计2023年形票销量14.5亿元，筹集公益金2.35亿元”：“用于”之后到分句结束都是文字时，描述的是"
        "用途；其后分句和各句的数字不是它的分项（“调出1307万元，用于专项债券还本付息；78行B列调入"
        "资金3万元”）。",
        ("claims._gather",),
        (
            Example(
                # (宁夏福利彩票发行中心 绩效自评, bidcenter.com.cn, miss 37): 14.5亿 and 2.35亿 are
                # the year's sales and fund raised, no parts of the 50万元 budget
                "项目预计总预算50万元,项目用于现有宁夏福彩APP优化升级改版,新增公益展示、扫票验奖,"
                "并对原有版块优化:新增福彩业主口袋商店。预计2023年形票销量14.5亿元,筹集公益金"
                "2.35亿元。",
                (),
            ),
            Example(
                # (泾源县 2024 总决算 附注, nxjy.gov.cn, hunt 37): the rows after the ';' are
                # other rows of the report, no parts of the 1307 moved out
                "从一般公共预算调出1307万元,用于专项债券还本付息;78行B列调入资金3万元,主要原因:"
                "结余资金3万元,调入一般公共预算;97行D列101万元,主要原因:超收98万元。",
                (),
            ),
            Example(
                # uses listed after 用于: with figures in the sentences after it: 30 + 20 = 50
                "项目总预算50万元,主要用于:\n1.系统升级改造30万元;\n2.电子地图和技术对接服务20万元。",
                (("sum", "50", "agrees"),),
            ),
        ),
    ),
    Form(
        "a part of another measure, and a gap to a whole's rate not printed",
        "“社会消费品零售总额13.1亿元,…;其中限额以上消费品零售总额同比增长23.6%,增速高于全市20.8个"
        "百分点,批发业销售额8.4亿元,…,住宿业营业额0.4亿元”: a figure that measures another"
        " quantity than the total (销售额 or 营业额 under 零售额; 成交额) is no part of it; and a"
        " gap “高于全市/全省…N个百分点” right after a rate compares it with the whole's rate,"
        " which is not printed there (printed, it follows the words), not with a rate printed"
        " before.",
        "“社会消费品零售总额13.1亿元，……；其中限额以上消费品零售总额同比增长23.6%，增速高于全市20.8个"
        "百分点，批发业销售额8.4亿元，……，住宿业营业额0.4亿元”：计量另一种数量的数（零售额之下的销售"
        "额、营业额；成交额）不是合计的分项；紧跟增长率之后的“高于全市/全省……N个百分点”是与全市的"
        "增速相比，该增速未列出（列出时在这些字之后），不是与前面列出的增速相比。",
        ("claims._other_measure_of", "vocabulary.TRADE_MEASURES", "claims._point_gaps"),
        (
            Example(
                # (a county's 2024 上半年 report, skymaimai.com.cn, miss 40): 8.4 + 11.4 + 0.4 +
                # 1.9 are trades' sales and turnover, not the 13.1 of retail; 20.8 is above the
                # city's rate, not 23.6 − 3.3
                "上半年,全县累计实现社会消费品零售总额13.1亿元,同比增长3.3%,增速高于全市0.6个百分点;"
                "其中限额以上消费品零售总额同比增长23.6%,增速高于全市20.8个百分点,批发业销售额8.4"
                "亿元,同比增长7%,零售业销售额11.4亿元,同比增长8.2%,住宿业营业额0.4亿元,同比增长"
                "0.9%,餐饮业营业额1.9亿元,同比增长4.1%。",
                (),
            ),
            Example(
                # retail sales by where they were made are its parts: 9.1 + 4 = 13.1
                "全县实现社会消费品零售总额13.1亿元,其中城镇消费品零售额9.1亿元,乡村消费品零售额"
                "4亿元。",
                (("sum", "13.1", "agrees"),),
            ),
            Example(
                # the compared rate printed after the words: 8.1 − 4.4 = 3.7
                "全县一般公共预算收入增长8.1%,高于全省平均增幅4.4% 3.7个百分点。",
                (("points-gap", "3.7", "agrees"),),
            ),
            Example(
                # (苏州市审计局 2016, hunt 36): a gap named to a whole's level after a share (83%)
                # is the share's, to a level not printed; not 83 − 12
                "2016年市本级一般公共预算收入增长12%,其中税收收入占比83%,比上年下降1.5个百分点,"
                "但比全省平均水平高2.6个百分点。",
                (),
            ),
        ),
    ),
    Form(
        "items numbered 一是, 二是… and a 组成情况如下",
        "“公益金共计123.22万元,其组成情况如下:一是…分成37.22万元,二是…85万元,三是…经费共计4.5万元”:"
        " 组成情况如下 (构成情况如下) opens the total's parts, and an item numbered 一是, 二是… is"
        " an item even when its name holds a total word (共计): it neither closes the list nor"
        " totals the items before it.",
        "“公益金共计123.22万元，其组成情况如下：一是……分成37.22万元，二是……85万元，三是……经费共计4.5"
        "万元”：“组成情况如下”（“构成情况如下”）引出合计的各分项；以“一是、二是……”编号的是分项，"
        "名称中含“共计”等字样时也既不结束列举，也不是前面各项的合计。",
        ("claims._ORDINAL_IS", "claims._trailing_total", "vocabulary.INTRODUCERS"),
        (
            Example(
                # (平昌县 2017 体彩公益金, jxsyczj.com, miss 37): the report's own error: 37.22 +
                # 85 + 4.5 = 126.72, printed 123.22
                "2017年我县体育彩票公益金共计123.22万元,其组成情况如下:一是体育彩票销售地方分成"
                "37.22万元,二是省级体彩公益金(定向转移支付)85万元,三是中央彩票公益金支持地方体育"
                "事业经费共计4.5万元。",
                (("sum", "123.22", "disagrees"),),
                (("arithmetic.breakdown-sum", "error"),),
            ),
            Example(
                # the same, adding up: 33.72 + 85 + 4.5 = 123.22
                "2017年我县体育彩票公益金共计123.22万元,其组成情况如下:一是体育彩票销售地方分成"
                "33.72万元,二是省级体彩公益金85万元,三是中央彩票公益金支持地方体育事业经费共计"
                "4.5万元。",
                (("sum", "123.22", "agrees"),),
            ),
        ),
    ),
    Form(
        "a classification after ';' in a sentence of parts",
        "“全市发行转贷地方政府债券25.59亿元。其中,发行一般债券13.05亿元,专项债券12.54亿元;按用途划分,"
        "其中新增债券19.48亿元(…),再融资债券6.1亿元(…)”: a classification (按用途划分) after"
        " ';' in a sentence that breaks a total down from its start breaks the same total down"
        " another way (not the figure before it), and an introducer right after it (其中) is"
        " its own.",
        "“全市发行转贷地方政府债券25.59亿元。其中，发行一般债券13.05亿元，专项债券12.54亿元；按用途划分，"
        "其中新增债券19.48亿元（……），再融资债券6.1亿元（……）”：在从句首开始分解合计的句子中，分号之后"
        "的分类（按用途划分）以另一种方式分解同一合计（不是紧挨其前的数），紧随其后的“其中”属于该"
        "分类。",
        ("claims._lists",),
        (
            Example(
                # (a city's 2024 1-3月 债券, henanshanlin.com, hunt 37): 13.05 + 12.54 = 25.59;
                # 19.48 + 6.1 = 25.58, within the rounding of 25.59 (a warning; the report's own
                # slip, as 9.26 + 3.78 = 13.04); 9.26 + 10.22 = 19.48; 3.78 + 2.32 = 6.1
                "2024年1-3月,全市发行转贷地方政府债券25.59亿元。其中,发行一般债券13.05亿元,专项债券"
                "12.54亿元;按用途划分,其中新增债券19.48亿元(其中:一般债券9.26亿元,专项债券10.22"
                "亿元),再融资债券6.1亿元(其中:一般债券3.78亿元,专项债券2.32亿元)。",
                (
                    ("sum", "25.59", "agrees"),
                    ("sum", "25.59", "rounding"),
                    ("sum", "19.48", "agrees"),
                    ("sum", "6.1", "agrees"),
                ),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
        ),
    ),
    Form(
        "a percentage and what it comes to (…X%为Y万元)",
        "“总保费1293.45万元,中央财政补贴47.5%为614.39万元,省级财政补贴32.5%为420.37元”: a"
        " percentage named by what it is of, then 为 and the amount it comes to, is that"
        " amount's share of the money printed before it in the sentence (other such amounts"
        " passed over); a weak reading, and a unit slip of the amount (元 for 万元) is read too.",
        "“总保费1293.45万元，中央财政补贴47.5%为614.39万元，省级财政补贴32.5%为420.37元”：以所指事项"
        "命名的百分比之后接“为”及其金额时，该金额占同句此前所列金额的比例即为该百分比（跳过其他"
        "同类金额；系推断），金额单位误印（元作万元）亦可识别。",
        ("claims._percent_amounts",),
        (
            Example(
                # (永兴县 农业保险保费补贴 2020 绩效自评, yxx.gov.cn, miss 37): 614.39 / 1293.45 =
                # 47.50%; 420.37 / 1293.45 = 32.50% only in 万元 (the report's own slip, a
                # warning)
                "总保费1293.45万元,中央财政补贴47.5%为614.39万元,省级财政补贴32.5%为420.37元。",
                (("share", "47.5", "agrees"), ("share", "32.5", "agrees")),
                (("units.slipped-unit", "warning"),),
            ),
            Example(
                # 29.6 / 74 = 40%; 18.5 / 74 = 25% (not of 29.6)
                "油菜保险总保费74万元,中央财政补贴40%为29.6万元,省级财政补贴25%为18.5万元。",
                (("share", "40", "agrees"), ("share", "25", "agrees")),
            ),
            Example(
                # a misprinted amount: 19.5 / 74 = 26.35%, printed 25 (a warning: inferred)
                "油菜保险总保费74万元,中央财政补贴40%为29.6万元,省级财政补贴25%为19.5万元。",
                (("share", "40", "agrees"), ("share", "25", "disagrees")),
                (("arithmetic.share", "warning"),),
            ),
        ),
    ),
    Form(
        "a budget's parts with what each allotted and spent",
        "“直达资金预算数为77778.8万元,…。其中:共同财政事权转移支付38288.8万元,已分配32452.54万元,分配"
        "进度84.8%,支出7617.95万元;…;…专项转移支付26200万元,支出6499.75万元;…”: under a total of a"
        " budget, a part with no phase of its own is at the budget's; what it allotted or spent"
        " after it in its clause (已分配…, 支出…, named by the verb alone) is that part's, no other"
        " part of the total.",
        "“直达资金预算数为77778.8万元，……。其中：共同财政事权转移支付38288.8万元，已分配32452.54万元，"
        "分配进度84.8%，支出7617.95万元；……”：预算合计之下，未注明阶段的分项即为预算数；其后同一分句中"
        "已分配、支出（仅以动词命名）的数属于该分项，不是合计的另一分项。",
        ("claims._gather", "claims._BARE_DONE", "claims._DONE_OF_PART"),
        (
            Example(
                # (沙坪坝区财政局 2022 二季度 直达资金, cqspb.gov.cn, miss 44): 38288.8 + 13152 +
                # 26200 + 138 = 77778.8; 71942.54 / 77778.8 = 92.50%; 32452.54 / 38288.8 =
                # 84.76%
                "2022年2季度,我局直达资金预算数为77778.8万元,已完成分配71942.54万元,分配进度92.5%;"
                "支出27269.7万元,支付进度35.1%。其中:共同财政事权转移支付38288.8万元,已分配32452.54"
                "万元,分配进度84.8%,支出7617.95万元;一般性转移支付13152万元,已分配13152万元,分配进度"
                "100%,支付13152万元,支付进度100%;支持基层落实减税降费和重点民生等专项转移支付26200"
                "万元,支出6499.75万元;专项转移支付138万元,已分配138万元,分配进度100%,尚未形成支出。",
                (
                    ("completion", "92.5", "agrees"),
                    ("sum", "77778.8", "agrees"),
                    ("completion", "84.8", "agrees"),
                    ("completion", "100", "agrees"),
                    ("completion", "100", "agrees"),
                ),
            ),
            Example(
                # (元阳县大坪乡 2021, miss 55): 270 of 303 paid so far, no part of it
                "统筹整合使用财政涉农资金303万元,其中项目管理费3万元,目前项目资金已拨付270万元。",
                (),
            ),
        ),
    ),
    Form(
        "the sectors of farm output without their services",
        "“农业总产值90.45亿元。其中,农业产值51.16亿元;林业产值4.23亿元;牧业产值6.06亿元;渔业产值20亿元”:"
        " the four sectors (农, 林, 牧, 渔) listed under a total of output leave out the services"
        " (农林牧渔服务业) the total holds too: falling short of it they are some of it; passing"
        " it they are wrong.",
        "“农业总产值90.45亿元。其中，农业产值51.16亿元；林业产值4.23亿元；牧业产值6.06亿元；渔业产值20"
        "亿元”：总产值之下列出的农、林、牧、渔四业未含总产值中的农林牧渔服务业，不足合计时只是其中"
        "一部分；超过合计则有误。",
        ("claims._farm_sectors_only", "vocabulary.FARM_SECTORS"),
        (
            Example(
                # (溧水区 2023 统计公报, sjzyihang.com, miss 40): 51.16 + 4.23 + 6.06 + 20 = 81.45
                # of 90.45: no sum
                "全区实现农业总产值90.45亿元,比上年增长1.0%。其中,农业产值51.16亿元,增长0.3%;"
                "林业产值4.23亿元,增长3.1%;牧业产值6.06亿元,增长3.6%;渔业产值20亿元,下降1.9%。",
                (),
            ),
            Example(
                # more than all of it they cannot be: 61.16 + 4.23 + 6.06 + 20 = 91.45
                "全区实现农业总产值90.45亿元。其中,农业产值61.16亿元,林业产值4.23亿元,牧业产值"
                "6.06亿元,渔业产值20亿元。",
                (("sum", "90.45", "disagrees"),),
                (("arithmetic.breakdown-sum", "error"),),
            ),
            Example(
                # with the services listed they are all of it: 51.16 + 4.23 + 6.06 + 20 + 9
                "全年农林牧渔业总产值90.45亿元。其中,农业产值51.16亿元,林业产值4.23亿元,牧业产值"
                "6.06亿元,渔业产值20亿元,农林牧渔服务业产值9亿元。",
                (("sum", "90.45", "agrees"),),
            ),
        ),
    ),
    Form(
        "a budget, its adjustment, and the adjusted budget",
        "“年初预算财政总收入为369,936万元,调增25,831万元,调整后预算数为395,767万元”: an adjustment"
        " (调增, 调减) printed between a budget and the figure named 调整后… (调整为) is their"
        " difference.",
        "“年初预算财政总收入为369,936万元，调增25,831万元，调整后预算数为395,767万元”：预算数与“调整后"
        "……”（调整为）之数之间的调增、调减额即两者之差。",
        ("claims._adjusted_between", "claims._ADJUSTED_LEVEL"),
        (
            Example(
                # (巴马瑶族自治县 2024 预算调整方案, bama.gov.cn, miss 39): 395767 − 369936 = 25831
                "年初预算财政总收入为369,936万元,调增25,831万元,调整后预算数为395,767万元。",
                (("difference", "25831", "agrees"),),
            ),
            Example(
                # misprinted: 395777 − 369936 = 25841
                "年初预算财政总收入为369,936万元,调增25,831万元,调整后预算数为395,777万元。",
                (("difference", "25831", "disagrees"),),
                (("arithmetic.change-amount", "error"),),
            ),
            Example(
                # a cut: 100 − 90 = 10
                "一般公共预算支出年初预算为100万元,调减10万元,调整后为90万元。",
                (("difference", "10", "agrees"),),
            ),
        ),
    ),
    Form(
        "the structure of 三次产业 as a ratio",
        "“地区生产总值151.99亿元,其中第一产业增加值33.18亿元,…。三次产业结构比为21.8:17.4:60.8”:"
        " the three terms of the ratio (:, ∶ or ︰ between them; the last ratio of the sentence, as"
        " “由上年的…调整为…” names the year before's first) are the industries' 增加值 as shares"
        " of the 生产总值 printed before them (not a figure per head), when all four are (weak"
        " readings).",
        "“地区生产总值151.99亿元，其中第一产业增加值33.18亿元，……。三次产业结构比为21.8:17.4:60.8”："
        "比例的三项（以:、∶或︰分隔；取句中最后一组，“由上年的……调整为……”中前一组是上年的）是三次"
        "产业增加值占此前所列生产总值（非人均）的比重，四个数都列出时核对（系推断）。",
        ("claims._industry_ratios", "vocabulary.INDUSTRIES"),
        (
            Example(
                # (建始县 2023 统计公报, hbjs.gov.cn, miss 40): 33.18 / 151.99 = 21.83%; 26.43 /
                # 151.99 = 17.39%; 92.39 / 151.99 = 60.79%; the parts add up to 152.00 (a
                # rounding warning)
                "全年实现地区生产总值151.99亿元,其中第一产业增加值33.18亿元,第二产业增加值26.43"
                "亿元,第三产业增加值92.39亿元。三次产业结构比为21.8:17.4:60.8。",
                (
                    ("sum", "151.99", "rounding"),
                    ("share", "21.8", "agrees"),
                    ("share", "17.4", "agrees"),
                    ("share", "60.8", "agrees"),
                ),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
            Example(
                # (湖滨区 2021 统计公报, miss 40): this year's ratio after 调整为: 6.96 / 317.84 =
                # 2.19%, printed 2.1 (the report's own slip, a warning); 128.1 / 317.84 = 40.30%;
                # 182.78 / 317.84 = 57.51%, printed 57.6 (a warning)
                "全年实现地区生产总值317.84亿元,其中第一产业增加值6.96亿元,第二产业增加值128.1亿元,"
                "第三产业增加值182.78亿元。三次产业结构由上年的2.3:40.1:57.6调整为2.1:40.3:57.6。",
                (
                    ("sum", "317.84", "agrees"),
                    ("share", "2.1", "disagrees"),
                    ("share", "40.3", "agrees"),
                    ("share", "57.6", "disagrees"),
                ),
                (("arithmetic.share", "warning"), ("arithmetic.share", "warning")),
            ),
            Example(
                # (萍乡 2020 统计公报, qinglite.cn, miss 52): the 生产总值 named with "(GDP)";
                # 76.26 / 963.60 = 7.91%; 420.31 / 963.60 = 43.62%; 467.04 / 963.60 = 48.47%;
                # the parts add up to 963.61 (a rounding warning)
                "全年全市实现地区生产总值(GDP)963.60亿元,比上年增长3.6%。其中,第一产业增加值76.26"
                "亿元,增长2.0%;第二产业增加值420.31亿元,增长4.1%;第三产业增加值467.04亿元,增长3.4%。"
                "三次产业结构为7.9:43.6:48.5。",
                (
                    ("sum", "963.60", "rounding"),
                    ("share", "7.9", "agrees"),
                    ("share", "43.6", "agrees"),
                    ("share", "48.5", "agrees"),
                ),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
            Example(
                # (a county's 2022 公报, hongheiku, hunt 34): the second ratio is of the year
                # before's 生产总值 (972846), whose industries are not printed
                "2022年,全县实现生产总值(GDP)951435万元,比上年下降4.1%。其中,第一产业增加值57116"
                "万元,增长2.7%;第二产业增加值445964万元,下降11.7%;第三产业增加值448355万元,增长"
                "2.9%。三次产业增加值结构为6.0:46.9:47.1。最终计算2021年全县生产总值现价总量为972846"
                "万元,比上年增长9.6%,三次产业增加值结构为5.5:50.6∶43.9。",
                (
                    ("sum", "951435", "agrees"),
                    ("share", "6.0", "agrees"),
                    ("share", "46.9", "agrees"),
                    ("share", "47.1", "agrees"),
                ),
            ),
            Example(
                # contributions to growth are no shares of the output
                "全年实现地区生产总值151.99亿元,其中第一产业增加值33.18亿元,第二产业增加值26.43"
                "亿元,第三产业增加值92.39亿元。三次产业对经济增长的贡献率为10:30:60。",
                (("sum", "151.99", "rounding"),),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
        ),
    ),
    Form(
        "thousands parted by spaces",
        "“教育事业费支出70 443万元,比上年增加9 064万元”: a yearbook's number whose thousands are"
        " parted by spaces (groups of three, the number opening right after a Chinese character"
        " and followed by a unit of money or a count) is one number; cells of a row (“合计 12"
        " 345万元”) stay apart.",
        "“教育事业费支出70 443万元,比上年增加9 064万元”：年鉴以空格分节的数字（三位一组，紧接汉字"
        "之后、后跟金额或计数单位）是一个数；表格一行中的各格（“合计 12 345万元”）仍分开。",
        ("normalise._SPACED_GROUPS", "normalise._spaced_thousands"),
        (
            Example(
                # (a 1996 yearbook entry, 117.78.9.86, hunt 45): 60328 + 10115 = 70443; 9064 /
                # (70443 − 9064) = 14.77%; 60328 / 70443 = 85.64%; 10115 / 70443 = 14.36%
                "1996年,教育事业费支出70 443万元,比上年增加9 064万元,增长14.8%。其中,人员经费支出"
                "60 328万元,占总支出85.6%;公用经费支出10 115万元,占总支出14.4%。",
                (
                    ("sum", "70443", "agrees"),
                    ("change-rate", "14.8", "agrees"),
                    ("share", "85.6", "agrees"),
                    ("share", "14.4", "agrees"),
                ),
            ),
            Example(
                # 9064 / 61379 = 14.77%, not 15.8
                "教育事业费支出70 443万元,比上年增加9 064万元,增长15.8%。",
                (("change-rate", "15.8", "disagrees"),),
                (("arithmetic.change-rate", "error"),),
            ),
        ),
    ),
    Form(
        "figures per head or per thousand people are no parts",
        "“卫生技术人员1580人。…执业医师511人…。每千常住人口卫生技术人员3.46人,…”, “门诊病人次均"
        "费用为112.2元…。其中:…门诊病人次均费用111.9元,住院病人次均费用3630.2元”: a figure per"
        " head (人均, 次均, 平均…) or per so many people (每千常住人口…) is no part of a total;"
        " printed after the parts it is left out, among them the list is no list.",
        "“卫生技术人员1580人。……执业医师511人……。每千常住人口卫生技术人员3.46人，……”“门诊病人次均"
        "费用为112.2元……。其中：……门诊病人次均费用111.9元，住院病人次均费用3630.2元”：人均、次均、"
        "平均等数及每千人口等比率不是合计的分项；列在各分项之后的不计入，夹在其间则不视为分项列举。",
        ("claims._per_head", "claims._check_list"),
        (
            Example(
                # (a district's 2014 health figures, dazhengkuaiji.net.cn, miss 47): 1580 + 70 +
                # 58 + 179 + 50 = 1937; the staff groups under 1580 are some of it
                "全区卫生人员1937人,其中:卫生技术人员1580人,其他技术人员70人,管理人员58人,工勤技能"
                "人员179人,乡村医生50人。卫生技术人员中,执业医师511人、助理医师175人、注册护士499"
                "人。全区每千常住人口卫生技术人员3.46人,每千常住人口执业(助理)医师1.26人,每千常住"
                "人口注册护士0.92人。",
                (("sum", "1937", "agrees"),),
            ),
            Example(
                # averages of a group under averages of all are no parts of them
                "全区医疗机构门诊病人次均费用为112.2元,住院病人次均医疗费用为3927元。其中:政府办"
                "医疗机构门诊病人次均费用111.9元,住院病人次均费用3630.2元。",
                (),
            ),
        ),
    ),
    Form(
        "an average growth over a period named in words",
        "““十三五”期间…从73.4亿元增加到121.6亿元,平均增速达28.71%”: 平均增速 (平均增长…) is a"
        " growth per year, not the whole move's rate; without the years printed it is not"
        " checked (年均增长 between two years named is: _average_growth).",
        "““十三五”期间……从73.4亿元增加到121.6亿元,平均增速达28.71%”：平均增速（平均增长等）是"
        "年均增速，不是整段变动的增幅；未列年份时不核对（列出起止年份的年均增长另行核对）。",
        ("claims._AVERAGE",),
        (
            Example(
                # (贵州省科技厅, te-ch.tech, hunt 46): 121.6 / 73.4 − 1 = 65.67%, no rate of the
                # years between
                "“十三五”期间贵州省R&D经费投入从73.4亿元增加到121.6亿元,平均增速达28.71%;R&D投入"
                "强度从0.63%增长到0.82%,平均增速达14.09%。",
                (),
            ),
        ),
    ),
    Form(
        "a points gap to another level's share",
        "“比例为18.60%,比上年的17.83%提高了0.77个百分点,高于全国平均占比4.09个百分点”: a gap"
        " to the share (比重, 增幅…) of a scope named alone (全国, 全省…) is to a rate not printed,"
        " not to the one before it.",
        "“比例为18.60%,比上年的17.83%提高了0.77个百分点,高于全国平均占比4.09个百分点”：与仅以范围"
        "（全国、全省等）指称的占比、比重、增幅等比较的差距，所比的比率未列出，不是与前一个比率之差。",
        ("claims._SCOPE_COMPARED",),
        (
            Example(
                # (广东 2019 教育经费, kcqsx.com, hunt 45): 18.60 − 17.83 = 0.77; 4.09 is to the
                # national share (14.51, not printed)
                "2019年,全省一般公共预算教育经费占一般公共预算支出17297.85亿元的比例为18.60%,比"
                "上年的17.83%提高了0.77个百分点,高于全国平均占比4.09个百分点。",
                (("points-gap", "0.77", "agrees"),),
            ),
        ),
    ),
    Form(
        "counts in beds, a count's bracketed rate, prices' rises and falls",
        "“床位744张,其中:医院443张(占全区59.5%)…”: 张 counts (beds, cards); “与上年相比增加9467人"
        "(增长21.67%)”: the bracketed rate of a count's change, as of money's; “比上年增加7.5元,"
        "上涨5.1%”, “下跌”: a price's rise and fall are changes.",
        "“床位744张，其中：医院443张（占全区59.5%）……”：张是计数单位（床位、卡）；“与上年相比增加"
        "9467人（增长21.67%）”：计数增减额后括号中的增幅与金额相同处理；“比上年增加7.5元，上涨5.1%”"
        "“下跌”：价格的涨跌是增减。",
        ("quantities.COUNTERS", "facts._BRACKETED_RATE", "vocabulary.CHANGE_VERBS"),
        (
            Example(
                # (2014 district health figures, miss 47): 443 + 101 + 200 = 744; 443 / 744 =
                # 59.54%; 101 / 744 = 13.58%; 200 / 744 = 26.88%
                "全区床位744张,其中:医院443张(占全区59.5%),卫生院101张(占全区13.6%),其他200张"
                "(占全区26.9%)。",
                (
                    ("sum", "744", "agrees"),
                    ("share", "59.5", "agrees"),
                    ("share", "13.6", "agrees"),
                    ("share", "26.9", "agrees"),
                ),
            ),
            Example(
                # (四川 2015 卫生统计公报, dlnp.com.cn, miss 47): 9467 / (53154 − 9467) = 21.67%
                "全省中医药卫生人员53154人,与上年相比增加9467人(增长21.67%)。",
                (("change-rate", "21.67", "agrees"),),
            ),
            Example(
                # 9467 / 43687 = 21.67%, not 22.67
                "全省中医药卫生人员53154人,与上年相比增加9467人(增长22.67%)。",
                (("change-rate", "22.67", "disagrees"),),
                (("arithmetic.change-rate", "error"),),
            ),
            Example(
                # (卫生部 2009 简报, hxdzsz.com, miss 47): 7.5 / 146.5 = 5.12%; 311.7 / 5463.8 =
                # 5.70%
                "2009年门诊病人次均医药费154元,比上年增加7.5元,上涨5.1%;住院病人人均医药费用"
                "5775.5元,比上年增加311.7元,上涨5.7%。",
                (("change-rate", "5.1", "agrees"), ("change-rate", "5.7", "agrees")),
            ),
            Example(
                # 0.05 / (1.5 + 0.05) = 3.23%
                "收购价每斤1.5元,比上年下跌0.05元,下跌3.23%。",
                (("change-rate", "3.23", "agrees"),),
            ),
        ),
    ),
    Form(
        "what was done of what was due",
        "“其中应上交财政10.82亿元,已上交9.92亿元”: a part named 已… after one named 应… by the"
        " same verb is within it, not beside it.",
        "“其中应上交财政10.82亿元，已上交9.92亿元”：在“应……”之后、动词相同的“已……”是其中的一部分，"
        "不是并列分项。",
        ("claims._held_parts",),
        (
            Example(
                # (海口市审计局, miss 47's hunt 47): the 10.82 due and the 9.92 of it handed over
                # are no parts of the 12827万元 before them
                "审计查出违规金额19.98亿元,管理不规范金额12827万元;其中应上交财政10.82亿元,已上交"
                "9.92亿元。",
                (),
            ),
        ),
    ),
    Form(
        "a saving's rate with another project's figures before it",
        "“…送审…1.3亿元,审计核减…685.15万元;…送审…818.47万元,审减…108.83万元,审减率达到13.3%”:"
        " the actual of a saving is no figure named as a saving or a plan itself (another"
        " project's); a rate of a saving with an unnamed figure is of that figure and the saving"
        " together (the figure approved), as its message says.",
        "“……送审……1.3亿元，审计核减……685.15万元；……送审……818.47万元，审减……108.83万元，审减率达到"
        "13.3%”：节约额的实际数不取本身是节约额或计划数的数（属另一项目）；未注明的数与节约额之和"
        "为计划数（该数为审定数），提示中写明。",
        ("claims._savings", "audit._messages"),
        (
            Example(
                # (南华县审计局, ynnh.gov.cn, hunt 47): 108.83 / 818.47 = 13.30%
                "南华县人民医院整体搬迁建设项目送审建安工程结算价款1.3亿元,审计核减结算价款685.15"
                "万元;产业基础设施建设项目送审建安工程结算价款818.47万元,审减工程结算价款108.83万元,"
                "审减率达到13.3%。",
                (("share", "13.3", "agrees"),),
            ),
            Example(
                # (海口市审计局, hunt 47): 3.15 / (18.18 + 3.15) = 14.77% (3.15 / 18.18 =
                # 17.33%); the report's own
                "共完成结算审计项目68个,审计总金额18.18亿元,核减工程造价3.15亿元,核减率14.66%。",
                (("share", "14.66", "disagrees"),),
                (("arithmetic.share", "error"),),
            ),
        ),
    ),
    Form(
        "a balance after a 其中 list closed by ';'",
        "“基金收入48011.08万元,其中保险费征缴…,利息等收入583.16万元;支出40331.64万元;当年收支结余"
        "7679.44万元”: a ';' after a 其中 list whose items are parted by ',' closes it: the 支出"
        " after it is a whole, and the balance is of the two wholes, not of the last income item"
        " (a list parted by ';', “其中:保险费收入28088亿元;财政补贴收入8212亿元”, stays open).",
        "“基金收入48011.08万元，其中保险费征缴……，利息等收入583.16万元；支出40331.64万元；当年收支"
        "结余7679.44万元”：以“，”分隔的“其中”列举在“；”处结束，其后的支出是总数，结余按两个总数"
        "核对，不取最后一项收入（以“；”分隔的列举不因“；”结束）。",
        ("claims._net_balances",),
        (
            Example(
                # (兴化市, xinghuanews.net, hunt 47): 39356.33 + 8011.49 + 60.10 + 583.16 =
                # 48011.08; 48011.08 − 40331.64 = 7679.44
                "2016年末,全市参保13.11万人。基金收入48011.08万元,其中保险费征缴39356.33万元,地方"
                "财政补助8011.49万元,转移收入60.10万元,利息等收入583.16万元;支出40331.64万元;当年"
                "收支结余7679.44万元。",
                (("sum", "48011.08", "agrees"), ("balance", "7679.44", "agrees")),
            ),
        ),
    ),
    Form(
        "shares closed by 其他 under a share",
        "“集中在社会服务领域(占净资产的62.1%),其中城建领域占25.3%、商务服务领域占24.8%、其他社会"
        "服务领域占12%”: shares after a 其中 that follows a share break that share down: closed by"
        " 其他, they add up to it, not to 100.",
        "“集中在社会服务领域（占净资产的62.1%），其中城建领域占25.3%、商务服务领域占24.8%、其他社会"
        "服务领域占12%”：紧接某一占比的“其中”所列各占比是对该占比的分解，以“其他”收尾时合计应等于"
        "该占比，而非100%。",
        ("claims._closed_shares", "claims._parent_share"),
        (
            Example(
                # (浙江 2017 国有资产报告, jd-88.com, hunt 48): 25.3 + 24.8 + 12 = 62.1
                "国有企业净资产主要集中在社会服务领域(占净资产的62.1%),其中城建领域占25.3%、商务"
                "服务领域占24.8%、其他社会服务领域占12%。",
                (("shares-sum", "12", "agrees"),),
            ),
            Example(
                # 25.3 + 24.8 + 14 = 64.1, not 62.1
                "国有企业净资产主要集中在社会服务领域(占净资产的62.1%),其中城建领域占25.3%、商务"
                "服务领域占24.8%、其他社会服务领域占14%。",
                (("shares-sum", "14", "disagrees"),),
                (("arithmetic.shares-sum", "error"),),
            ),
        ),
    ),
    Form(
        "bounds and other accounts are no parts",
        "“营业收入过100亿元,其中华菱集团过1000亿…”: a figure after 过 (as after 超过, 逾) is a"
        " bound, no amount to add; “资产总额达到21050亿元,…。其中,省属监管企业资产规模达到7000亿元"
        ",…创造税收174亿元”: a figure of another account (ACCOUNT_MEASURES: 资产, 负债, 利润, 营业"
        "收入, 税…) is no part of a total of one.",
        "“营业收入过100亿元，其中华菱集团过1000亿……”：“过”（如“超过”“逾”）后的数是界限，不是可相加"
        "的金额；“资产总额达到21050亿元，……。其中，省属监管企业资产规模达到7000亿元，……创造税收174"
        "亿元”：另一会计科目（资产、负债、利润、营业收入、税等）的数不是该合计的分项。",
        ("claims._BOUND_BEFORE", "claims._other_measure_of", "vocabulary.ACCOUNT_MEASURES"),
        (
            Example(
                # (a province's 国资委, guoqi.org, hunt 48): firms over thresholds
                "有11户企业营业收入过100亿元,其中华菱集团过1000亿、湖南建工集团过800亿、中联重科过"
                "500亿。",
                (),
            ),
            Example(
                # (the same): 7000 is of 资产, 174 of 税收
                "全省国资系统监管企业资产总额达到21050亿元,实现利润195亿元,同比增长105%;创造税收"
                "217亿元,同比增长25%。其中,省属监管企业资产规模达到7000亿元,累计实现营业收入4250"
                "亿元,同比增长20%;实现利润129亿元,同比增长464%;创造税收174亿元,同比增长20%。",
                (),
            ),
        ),
    ),
    Form(
        "a count's change against a count of another measure word",
        "“中医类医院57043张(占99.89%)。…其中:中医类医院增加209.12万人次(增长7.15%)”: the figure"
        " a count's change is of, found by its name, counts the same kind of thing (人次, not 张"
        " or 个).",
        "“中医类医院57043张（占99.89%）。……其中：中医类医院增加209.12万人次（增长7.15%）”：按名称"
        "查找增减所属的本期数时，计数单位须同类（人次，不是张或个）。",
        ("claims._currents", "claims._named_before", "quantities.same_kind_of_count"),
        (
            Example(
                # (四川 2015, miss 47): 57043 / 57108 = 99.89%; 276.54 / 4664.64 = 5.93%; the
                # 医院's 诊疗 is not printed
                "全省中医类医疗卫生机构床位57108张,其中:中医类医院57043张(占99.89%)。全省中医类"
                "医疗卫生机构总诊疗4941.18万人次,与上年相比增加276.54万人次(增长5.93%)。其中:中医"
                "类医院增加209.12万人次(增长7.15%)。",
                (("share", "99.89", "agrees"), ("change-rate", "5.93", "agrees")),
            ),
        ),
    ),
    Form(
        "a 其中 a paragraph up is no context for a paragraph with figures of its own",
        "“…共有23户企业实现盈利,23户企业实现利润环比增长,均占比62.2%。其中…4户企业…。↵截至6月底,"
        "37户省管企业资产总额23434.4亿元。分企业看:23户企业资产总额同比增长,占比62.2%”: a bare"
        " share is not of the figure before a 其中 in another paragraph when its own paragraph"
        " prints a figure of its kind before its sentence.",
        "“……共有23户企业实现盈利，23户企业实现利润环比增长，均占比62.2%。其中……4户企业……。↵截至6月"
        "底，37户省管企业资产总额23434.4亿元。分企业看：23户企业资产总额同比增长，占比62.2%”：本段"
        "在该句之前已列同类数时，无对象的占比不取另一段“其中”之前的数为总数。",
        ("claims._share", "claims._paragraph_opens_with_figures"),
        (
            Example(
                # (河南省国资委, gittisbaby.com, hunt 48): 23 / 37 = 62.16%, twice
                "6月份,37户省管企业盈利22.6亿元。分企业看,共有23户企业实现盈利,23户企业实现利润"
                "环比增长,均占比62.2%。其中河南能源集团等4户企业环比增利均超2亿元。\n资产规模不断"
                "壮大\n截至6月底,37户省管企业资产总额23434.4亿元。分企业看:23户企业资产总额同比增长,"
                "占比62.2%。",
                (("share", "62.2", "agrees"), ("share", "62.2", "agrees")),
            ),
        ),
    ),
    Form(
        "an amount and the basis it was worked out from",
        "“街道人大工委代表工作联络指导经费120000元,按12家街道工委每家10000元测算”: an amount"
        " followed by 按 (以, 按照), a count and a price per unit (每…, 人均…) that it was worked"
        " out from (测算, 计算, 核定…) is their product (a weak reading).",
        "“街道人大工委代表工作联络指导经费120000元，按12家街道工委每家10000元测算”：金额之后“按（以、"
        "按照）”所列数量与单价（每……、人均……）及“测算（计算、核定等）”，金额应为二者之积（系推断）。",
        ("claims._estimate_bases",),
        (
            Example(
                # (盘龙区人大常委会办公室 2017 预算, pl.kmrd.cn, miss 46): 12 × 10000 = 120000
                "10、街道人大工委代表工作联络指导经费120000元,按12家街道工委每家10000元测算,同上年。",
                (("product", "120000", "agrees"),),
            ),
            Example(
                # 268 × 2100 = 562800, not 536000 (a warning: the basis is inferred)
                "代表活动经费536000元,以268名代表,年人均2100元测算。",
                (("product", "536000", "disagrees"),),
                (("arithmetic.product", "warning"),),
            ),
        ),
    ),
    Form(
        "parts of an amount added",
        "“…债券资金330亿元,本次预算调整拟增加578亿元新增债务限额,其中,市级53.76亿元,区级524.24亿元"
        "”: parts right after an amount added (a change) that add up to it exactly, and not to the"
        " figure before it, are the parts of what was added.",
        "“……债券资金330亿元，本次预算调整拟增加578亿元新增债务限额，其中，市级53.76亿元，区级524.24"
        "亿元”：紧接增加额之后、合计恰等于该增加额而不等于其前一数的分项，是增加额的组成。",
        ("claims._parts_of_a_change",),
        (
            Example(
                # (北京市 2022 预算调整, a mirror, hunt 50): 53.76 + 524.24 = 578, not 330
                "2022年本市发行新增政府债券908亿元。已纳入年初预算草案提前下达的债券资金330亿元,本次"
                "预算调整拟增加578亿元新增债务限额,其中,市级53.76亿元,区级524.24亿元。",
                (),
            ),
        ),
    ),
    Form(
        "a 其中 after a sentence that ends with a list",
        "“新增地方政府债券25.80亿元,包括一般债券11.00亿元,专项债券14.80亿元。其中:用于土地储备8.30"
        "亿元,占比32.2%;…”: a 其中 opening the sentence after one whose last figure is a part of"
        " its own list (after 包括, 其中…) may break down that list's total: both are readings of"
        " the shares' whole (weak).",
        "“新增地方政府债券25.80亿元，包括一般债券11.00亿元，专项债券14.80亿元。其中：用于土地储备8.30"
        "亿元，占比32.2%；……”：上句末一数本身是该句列举（包括、其中等）的分项时，下句开头的“其中”"
        "可能分解该列举的总数：两者都作为占比的总数核对（系推断）。",
        ("claims._share", "claims._list_head"),
        (
            Example(
                # (嘉兴 2017, a mirror, hunt 50): 8.30 / 25.80 = 32.17%; 7.30 / 25.80 = 28.29%;
                # 10.20 / 25.80 = 39.53%
                "2017年,全市新增地方政府债券25.80亿元,包括一般债券11.00亿元,专项债券14.80亿元。其中:"
                "用于土地储备8.30亿元,占比32.2%;用于公路建设7.30亿元,占比28.3%;用于其他10.20亿元,"
                "占比39.5%。",
                (
                    ("sum", "25.80", "agrees"),
                    ("sum", "25.80", "agrees"),
                    ("share", "32.2", "agrees"),
                    ("share", "28.3", "agrees"),
                    ("share", "39.5", "agrees"),
                ),
            ),
        ),
    ),
    Form(
        "a debt ratio is no share of the debt before it",
        "“债务限额818.78亿元,其中,当年度新增地方政府债务限额25.80亿元,债务率51.8%”: 债务率 is"
        " debt outstanding over 综合财力 (vocabulary.NAMED_RATIOS), not the share of the part"
        " before it that names 债务.",
        "“债务限额818.78亿元，其中，当年度新增地方政府债务限额25.80亿元，债务率51.8%”：债务率是债务"
        "余额与综合财力之比（vocabulary.NAMED_RATIOS），不是其前含“债务”的分项所占比重。",
        ("vocabulary.NAMED_RATIOS", "claims._part_rates"),
        (
            Example(
                # (嘉兴 2017, hunt 50): 25.80 / 818.78 = 3.15%, no 51.8
                "2017年,全市地方政府债务限额818.78亿元,其中,当年度新增地方政府债务限额25.80亿元,"
                "债务率51.8%,低于警戒线。",
                (),
            ),
        ),
    ),
    Form(
        "a year-end balance with 资金 and a bare 支出",
        "“上年结转和结余资金为98.45万元,本年收入1095.76万元,支出1193.35万元,用事业基金弥补收支差额0"
        "万元,结余分配0万元,年末结转和结余资金为5862.89万元”: the carried balance named with 资金,"
        " its 支出 named alone after 本年收入; what makes a gap good (弥补收支差额) is a source, no"
        " balance of its own.",
        "“上年结转和结余资金为98.45万元，本年收入1095.76万元，支出1193.35万元，用事业基金弥补收支差额0"
        "万元，结余分配0万元，年末结转和结余资金为5862.89万元”：结转结余带“资金”二字、本年收入之后"
        "单列“支出”时同样核对；“弥补收支差额”是资金来源，不是结余。",
        ("claims._carried_balances", "claims._NET_BALANCE", "claims._BALANCE_LABEL"),
        (
            Example(
                # (舟曲县第二幼儿园 2023 决算, a mirror, miss 49): 98.45 + 1095.76 + 0 − 1193.35
                # − 0 = 0.86, printed 5862.89 (the report's own)
                "2023年度上年结转和结余资金为98.45万元,本年收入1095.76万元,支出1193.35万元,用事业"
                "基金弥补收支差额0万元,结余分配0万元,年末结转和结余资金为5862.89万元。",
                (("balance", "5862.89", "disagrees"),),
                (("arithmetic.balance", "warning"),),
            ),
            Example(
                "上年结转和结余资金为98.45万元,本年收入1095.76万元,支出1193.35万元,年末结转和结余"
                "资金为0.86万元。",
                (("balance", "0.86", "agrees"),),
            ),
        ),
    ),
    Form(
        "a share after a figure of a measure not read",
        "“劳动力6470人,占劳动力总数的71%,有耕地面积80公顷,占总面积的98%”: a share after a figure"
        " of land, weight, length, volume or power (公顷, 亩, 吨…, no quantity the audit reads) is"
        " that figure's, not of the amount before it.",
        "“劳动力6470人，占劳动力总数的71%，有耕地面积80公顷，占总面积的98%”：紧接面积、重量、长度、"
        "体积、功率等（公顷、亩、吨等，不在核对范围）数字之后的占比属于该数，不是更前面的数的。",
        ("claims._numerator", "claims._UNREAD_MEASURE"),
        (
            Example(
                # (十屋镇 2006, jendow.com.tw, hunt 49): 6470 / 9142 = 70.77%
                "全镇有劳动力9142人,其中从事农林牧业劳动力6470人,占劳动力总数的71%,有耕地面积80"
                "公顷,占总面积的98%。",
                (("share", "71", "agrees"),),
            ),
        ),
    ),
    Form(
        "a share's own change in points",
        "“…高于一般公共预算支出增幅2.4个百分点,占全市支出59.07%,同比提高1.23个百分点”: points"
        " right after a share, named as its change on the year before (同比提高…), are of its"
        " prior (not printed), not a gap to the rate before it.",
        "“……高于一般公共预算支出增幅2.4个百分点，占全市支出59.07%，同比提高1.23个百分点”：紧接占比"
        "之后的“同比提高……个百分点”是该占比与上年的差（上年数未列），不是与前一比率之差。",
        ("claims._point_gaps", "claims._OWN_POINTS_CHANGE"),
        (
            Example(
                # (赣州 2015, a mirror, miss 48): 20.97 / 165.55 = 12.67%
                "全市民生支出186.52亿元,同比增支20.97亿元,增长12.7%,高于一般公共预算支出增幅2.4个"
                "百分点,占全市支出59.07%,同比提高1.23个百分点。",
                (("change-rate", "12.7", "agrees"),),
            ),
        ),
    ),
    Form(
        "a count and the names of what it counts",
        "“内设机构数量4个,分别为教科室、总务处、安保处、教学处、德育处”: a count (个, 所, 家…) and"
        " the names of what it counts, parted by 、, after it (分别为, 即, 包括…: certain after"
        " 分别为), in brackets after what it counts (“下辖4所村级小学(青堆子、…)”), or before it"
        " closed by 等 (“内设卫科、门诊部、住院部及后勤保障科等4个科室”; fewer names are some of"
        " them): the count is the number of names. A name with 和 (及, 与) inside may be two"
        " joined or one (教育和体育股): both counts are readings; names far from the count, not"
        " after 分别为,"
        " are kinds or examples (“全县21个乡镇(办事处、管委会)”), as are those opened by 包括 in"
        " brackets. Names right before the count and what it counts, from the start of their"
        " clause (“卫生院设内科、外科、妇科、儿科、中医科5个临床科室”), are a weak reading.",
        "“内设机构数量4个，分别为教科室、总务处、安保处、教学处、德育处”：数量（个、所、家等）与以"
        "“、”分隔的所计名称——列在其后（分别为、即、包括等；“分别为”时为确定结构）、列在所计事物后的"
        "括号中（“下辖4所村级小学（青堆子、……）”）或列在其前并以“等”结尾（“内设卫科、门诊部、住院部"
        "及后勤保障科等4个科室”；名称少于数量时为部分列举）——数量应等于名称个数。含“和、及、与”的"
        "名称可能是两个名称相连，也可能是一个（教育和体育股），两种个数都作为读法；非“分别为”引出、"
        "与数量相差较大的名称，以及括号中以“包括”引出的，是类别或举例（“全县21个乡镇（办事处、管委会）”）。"
        "从分句开头起紧接在数量及所计事物之前的名称（“卫生院设内科、外科、妇科、儿科、中医科5个临床"
        "科室”）为推断的读法。",
        ("claims._named_counts", "claims._NAMES_RIGHT_BEFORE", "audit._messages"),
        (
            Example(
                # (綦江区赶水中学 2024 预算, a mirror, miss 49): five names; the report's own
                "内设机构数量4个,分别为教科室、总务处、安保处、教学处、德育处,下设三个年级组。",
                (("named-count", "4", "disagrees"),),
                (("arithmetic.named-count", "error"),),
            ),
            Example(
                # (开江县普安镇复兴小学, miss 49)
                "学校下辖4所村级小学(青堆子、天星坝、杨家坝、红岩子)。",
                (("named-count", "4", "agrees"),),
            ),
            Example(
                # (渠县东安镇第二卫生院, miss 49): 住院部及后勤保障科 is two
                "内设卫科、门诊部、住院部及后勤保障科等4个科室。",
                (("named-count", "4", "agrees"),),
            ),
            Example(
                # some of the eight named
                "内设校长室、财务室等8个科室。",
                (),
            ),
            Example(
                # 教育和体育股 may be one name or two: six is a reading
                "机关内设6个科室,分别为办公室、财务股、教育和体育股、人事股、法规股。",
                (("named-count", "6", "agrees"),),
            ),
            Example(
                # (西平县, miss 5): kinds, not the 21 names
                "全县21个乡镇(办事处、管委会)全部完成年度目标任务。",
                (),
            ),
            Example(
                # after 即 a weak reading: two names for three
                "直属事业单位3个,即县国库集中支付中心、县财政信息中心。",
                (("named-count", "3", "disagrees"),),
                (("arithmetic.named-count", "warning"),),
            ),
            Example(
                # (张家川县马关乡卫生院 2021 决算, heldout8): names right before the count
                "卫生院设内科、外科、妇科、儿科、中医科5个临床科室和1个公共卫生科。",
                (("named-count", "5", "agrees"),),
            ),
            Example(
                # four names before "3个科室": a weak reading
                "下设综合科、财务科、业务科、法规科3个科室。",
                (("named-count", "3", "disagrees"),),
                (("arithmetic.named-count", "warning"),),
            ),
            Example(
                # names after another count of the clause: not from its start, no claim
                "小学设36个教学班、学前教育12个教学班。",
                (),
            ),
        ),
    ),
    Form(
        "用于 after the name of money in its own clause",
        "“…债务还本50万元,调出资金用于平衡一般公共预算11.5亿元,结转下年13亿元,支出总计170.6亿元”:"
        " 用于 after the name of money (资金, 经费, 收入, 支出…) opening its own clause says what"
        " the next figure is for; it opens no list of the figure before it.",
        "“……债务还本50万元，调出资金用于平衡一般公共预算11.5亿元，结转下年13亿元，支出总计170.6亿元”："
        "另起分句的资金名称（资金、经费、收入、支出等）之后的“用于”说明其后数字的用途，不引出前一数字的"
        "分项。",
        ("claims._named_use",),
        (
            Example(
                # (重庆市人大财经委 on 重庆高新区, rddy.org.cn, hunt 51): 146 + 0.11 + 0.005 +
                # 11.5 + 13 = 170.615
                "政府性基金预算支出146亿元,加上解上级0.11亿元,债务还本50万元,调出资金用于平衡一般公共"
                "预算11.5亿元,结转下年13亿元,支出总计170.6亿元。",
                (("sum", "170.6", "agrees"),),
            ),
        ),
    ),
    Form(
        "what went out among what came in",
        "“调入资金16.04亿元(含统筹盘活结转结余1.16亿元、调入政府性基金11.4亿元、调入预算稳定调节基金"
        "4.26亿元、调出因支出口径变化0.78亿元)”: under a total that came in (调入, as under one"
        " raised, 调增), a part that went out (调出, 调减) counts against it.",
        "“调入资金16.04亿元（含统筹盘活结转结余1.16亿元、调入政府性基金11.4亿元、调入预算稳定调节基金"
        "4.26亿元、调出因支出口径变化0.78亿元）”：调入（如调增）的合计之下，调出（调减）的分项应减去。",
        ("claims._adjustment_sign", "claims._signs_of"),
        (
            Example(
                # (石狮 2022, shishi.gov.cn, hunt 51): 1.16 + 11.4 + 4.26 − 0.78 = 16.04
                "调入资金16.04亿元(含统筹盘活结转结余1.16亿元、调入政府性基金11.4亿元、调入预算稳定"
                "调节基金4.26亿元、调出因支出口径变化0.78亿元)。",
                (("sum", "16.04", "agrees"),),
            ),
            Example(
                # 1.16 + 11.4 + 4.26 − 0.87 = 15.95
                "调入资金16.04亿元(含统筹盘活结转结余1.16亿元、调入政府性基金11.4亿元、调入预算稳定"
                "调节基金4.26亿元、调出因支出口径变化0.87亿元)。",
                (("sum", "16.04", "disagrees"),),
                (("arithmetic.breakdown-sum", "error"),),
            ),
        ),
    ),
    Form(
        "加上 carries on the figure of the total's way",
        "“…基金收入772.95亿元,…;基金支出729.65亿元,…。加上中央调剂金支出17亿元,支出合计746.65亿元”:"
        " a sentence opening with 加上 carries on the figure before that goes the way of its total"
        " (支出 for a 支出合计), not the head of the sentence before.",
        "“……基金收入772.95亿元，……；基金支出729.65亿元，……。加上中央调剂金支出17亿元，支出合计746.65"
        "亿元”：以“加上”开头的句子接续前文与其合计同向（支出合计对支出）的数，而不是上句句首的数。",
        ("claims._trailing_total", "claims._flow"),
        (
            Example(
                # (上海市人社局, a copy, miss 50): 729.65 + 17 = 746.65
                "本市企业职工基本养老保险基金收入772.95亿元,比上年同期增加151.01亿元,增长24.28%;"
                "基金支出729.65亿元,比上年同期增加78.28亿元,增长12.02%。加上中央调剂金支出17亿元,"
                "支出合计746.65亿元。",
                (
                    ("change-rate", "24.28", "agrees"),
                    ("change-rate", "12.02", "agrees"),
                    ("sum", "746.65", "agrees"),
                ),
            ),
        ),
    ),
    Form(
        "a long-named figure closed by 相比",
        "“…专项补助资金533万元,与2022年获得…“以奖代补”专项补助资金384万元相比增加149万元,增长"
        "38.8%”: a figure after 与 and a year, with a name of up to 32 characters and 相比 right"
        " after it, is the figure compared with, whatever it names (补助, 结转…).",
        "“……专项补助资金533万元，与2022年获得……“以奖代补”专项补助资金384万元相比增加149万元，增长"
        "38.8%”：“与”及年份之后、名称不超过32字、紧接“相比”的数是比较的对象，无论名称为何（补助、"
        "结转等）。",
        ("facts._WITH_YEAR_NAMED", "facts._CARRIED"),
        (
            Example(
                # (永仁县, yr.gov.cn, miss 51): 533 − 384 = 149; 149 / 384 = 38.80%
                "永仁县获得2023年省级普通省道及农村公路“以奖代补”专项补助资金533万元,与2022年获得"
                "省级普通省道及农村公路“以奖代补”专项补助资金384万元相比增加149万元,增长38.8%。",
                (("difference", "149", "agrees"), ("change-rate", "38.8", "agrees")),
            ),
        ),
    ),
    Form(
        "a tax named otherwise among the main taxes",
        "“税收收入131.57亿元,…。其中,增值税50.45亿元,…;资源税37.29亿元,…;城市建设维护税7.97亿元”:"
        " a part whose name ends with 税 is a tax (城市建设维护税 for 城市维护建设税, 城维税), so a"
        " list of them under a total of taxes, without 其他, is its main taxes, not all of it. A"
        " name with a catch-all word (其他, 其它, 其余: “其它各税”) is no tax of its own: the"
        " list is all of the total.",
        "“税收收入131.57亿元，……。其中，增值税50.45亿元，……；资源税37.29亿元，……；城市建设维护税"
        "7.97亿元”：名称以“税”结尾的分项是税种（城市建设维护税即城市维护建设税，城维税亦同），税收合计"
        "之下不含“其他”的此类列举是主要税种，不是全部。名称含“其他”“其它”“其余”的（“其它各税”）"
        "不是单一税种：此时列举即合计的全部。",
        ("claims._a_tax",),
        (
            Example(
                # (青海 海西州 2022, a mirror, miss 52): 121.18 of 131.57, the main taxes
                "地方一般公共预算收入中税收收入131.57亿元,增长96.4%。其中,增值税50.45亿元,增长"
                "107.4%;企业所得税23.67亿元,增长290.9%;个人所得税1.80亿元,增长17.4%;资源税37.29"
                "亿元,增长73.1%;城市建设维护税7.97亿元,增长61.0%。",
                (),
            ),
            Example(
                # 其它各税 ends with 税 but is the catch-all (vocabulary.CATCH_ALL_WORDS): the list
                # is all the taxes, and 2.16 + 0.25 + 0.38 = 2.79, not 3.84
                "税收收入完成3.84亿元。其中:增值税完成2.16亿元;企业所得税完成0.25亿元;其它各税完成"
                "0.38亿元。",
                (("sum", "3.84", "disagrees"),),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
        ),
    ),
    Form(
        "a part in 元 among parts in 亿元",
        "“全市实现生产总值1382.40亿元,其中…第二产业增加值566.00元,…”: one part printed in 元 among"
        " a total and parts in 亿元 (as in 万元) is read in 亿元 when the parts then add up: the"
        " sum agrees as meant, and the lost unit is a warning of its own (units.slipped-unit);"
        " so are parts all in 元 under a total in 万元.",
        "“全市实现生产总值1382.40亿元，其中……第二产业增加值566.00元，……”：合计与其余分项均以亿元"
        "（或万元）列示而某一分项以元列示时，按亿元计若相符，合计按此核对，并另报单位疑似印错"
        "（units.slipped-unit）；合计以万元列示而各分项都以元列示时亦同。",
        ("claims._slipped_part", "audit._slip_finding"),
        (
            Example(
                # (抚州 2018 统计公报, tjcn.org, miss 52): 199.28 + 566.00 + 617.12 = 1382.40
                "全市实现生产总值1382.40亿元,其中第一产业增加值199.28亿元,第二产业增加值566.00元,"
                "第三产业增加值617.12亿元。",
                (("sum", "1382.40", "agrees"),),
                (("units.slipped-unit", "warning"),),
            ),
            Example(
                # (大同师范高等专科学校 2021, hunt 59): every part in 元 under a total in 万元
                "学校收入6821.09751万元,其中:财政拨款收入2754.869651元,事业收入4066.227859元。",
                (("sum", "6821.09751", "agrees"),),
                (("units.slipped-unit", "warning"), ("units.yuan-in-wanyuan", "info")),
            ),
        ),
    ),
    Form(
        "the contributions of the three industries",
        "“三次产业对经济增长的贡献率分别为4.5%、53.9%和41.6%”: the three industries' contributions"
        " to the growth, three percentages after their name, are the growth's parts: they add up"
        " to 100 (within the rounding of the three).",
        "“三次产业对经济增长的贡献率分别为4.5%、53.9%和41.6%”：三次产业对增长的贡献率是增长的组成，"
        "三者合计为100%（在三者的舍入范围内）。",
        ("claims._industry_contributions", "claims._CONTRIBUTIONS"),
        (
            Example(
                # (萍乡 2020 统计公报, qinglite.cn, miss 52): 4.5 + 53.9 + 41.6 = 100.0
                "三次产业对经济增长的贡献率分别为4.5%、53.9%和41.6%。",
                (("shares-sum", "41.6", "agrees"),),
            ),
            Example(
                # 4.5 + 53.9 + 42.6 = 101.0
                "三次产业对经济增长的贡献率分别为4.5%、53.9%和42.6%。",
                (("shares-sum", "42.6", "disagrees"),),
                (("arithmetic.shares-sum", "error"),),
            ),
        ),
    ),
    Form(
        "shares of a 其中 under a figure with a share of its own",
        "“住房消费类提取,计21820.45万元,占72.47%,其中…购建房提取4409.1万元,占14.65%,…”: the"
        " shares after a 其中 whose head has a bare share of its own are of that share's whole"
        " (they add up to 72.47), or of the head: both readings, weak; that whole not found, the"
        " one the head's share implies (21820.45 ÷ 72.47%) is read.",
        "“住房消费类提取，计21820.45万元，占72.47%，其中……购建房提取4409.1万元，占14.65%，……”：其中"
        "之前的数字自带占比时，其中各项的占比可以是该占比的总数的占比（合计为72.47%），也可以是该"
        "数字的占比：两种理解，结构系推断；该总数未列出时，按该数字及其占比推算的总数（21820.45÷"
        "72.47%）核对。",
        (
            "claims._own_share",
            "claims._whole_of_share",
            "claims._share_of_implied_whole",
            "audit.zh_reading",
        ),
        (
            Example(
                # (a city's 住房公积金 report of 2023年9月, xmnhj.com, hunt 57): 4500 / 30000
                "全区本月提取30000万元,其中住房消费类提取21000万元,占70%,其中购房提取4500万元,占"
                "15%,偿还贷款提取16500万元,占55%。",
                (
                    ("sum", "21000", "agrees"),
                    ("share", "70", "agrees"),
                    ("share", "15", "agrees"),
                    ("share", "55", "agrees"),
                ),
            ),
            Example(
                # no whole of 72.47 printed: 17277.72 × 72.47 / 21820.45 = 57.383% of the whole
                # it implies (17277.72 / 21820.45 = 79.18% of the head)
                "住房消费类提取21820.45万元,占72.47%,其中偿还贷款提取17277.72万元,占57.38%。",
                (("share", "57.38", "agrees"),),
            ),
            Example(
                # (新罗区 第七次人口普查公报, weimomishe.com, hunt 94): 79112 × 13.65 / 114919 =
                # 9.397%
                "常住人口中,0—14岁人口为171915人,占20.42%;15—59岁人口为554911人,占65.92%;60岁及"
                "以上人口为114919人,占13.65%,其中65岁及以上人口为79112人,占9.40%。",
                (("share", "9.40", "agrees"),),
            ),
            Example(
                # the share of the head itself is still read: 79112 / 114919 = 68.84%
                "常住人口中,60岁及以上人口为114919人,占13.65%,其中65岁及以上人口为79112人,"
                "占68.84%。",
                (("share", "68.84", "agrees"),),
            ),
        ),
    ),
    Form(
        "a share of a part printed in 元 under a whole in 万元",
        "“学校支出6821.09751万元,其中:基本支出2754.869651元,占比40.39%”: a part in 元 under a"
        " hundredth of its whole in 万元 is also read in 万元 (a unit slip): the share agrees as"
        " meant and the slip is a warning of its own (units.slipped-unit); a share printed of 1%"
        " or more is told as meant when it disagrees both ways.",
        "“学校支出6821.09751万元，其中：基本支出2754.869651元，占比40.39%”：以元列示、不足以万元列示"
        "的总数百分之一的分项，也按万元理解（单位笔误）：按此相符时占比相符，另报单位疑似印错"
        "（units.slipped-unit）；印出的占比不小于1%而两种理解都不符时，按万元的理解说明。",
        ("claims._share", "claims._slipped_ratio", "claims._mark_slip"),
        (
            Example(
                # (大同师范高等专科学校 2021, hunt 59): 2754.869651 / 6821.09751 = 40.39%
                "学校支出6821.09751万元,其中:基本支出2754.869651元,占比40.39%。",
                (("share", "40.39", "agrees"),),
                (("units.slipped-unit", "warning"),),
            ),
            Example(
                # 2754.869651 / 1293.45 is no 40.39% either way
                "经费支出1293.45万元,其中:基本支出2754.869651元,占比40.39%。",
                (("share", "40.39", "disagrees"),),
                (("arithmetic.share", "error"), ("units.yuan-in-wanyuan", "info")),
            ),
        ),
    ),
    Form(
        "a saving rate of a public resource centre's trade",
        "“交易额212.4300亿元,…节约金额9.9144亿元,资金节约率10.7%”: a centre's trade (交易额,"
        " 交易资金) holds land sales and property deals that save nothing, so the rate may be of"
        " a part of it: saving ÷ (trade + saving) is a weak reading (SAVINGS['traded']).",
        "“交易额212.4300亿元，……节约金额9.9144亿元，资金节约率10.7%”：公共资源交易的交易额（交易资金）"
        "含土地出让、产权交易等无节约的项目，节约率可能只按其中一部分计算：节约额÷（交易额＋节约额）"
        "只是推断的理解（SAVINGS['traded']）。",
        ("claims._savings", "claims._TRADED"),
        (
            Example(
                # (无锡 公共资源交易 2023年8月, hunt 56): 9.9144 / 222.3444 = 4.46%
                "八月份,我市公共资源交易项目共577项,交易额212.4300亿元,节约金额9.9144亿元,资金节约率"
                "10.7%。",
                (("share", "10.7", "disagrees"),),
                (("arithmetic.share", "warning"),),
            ),
            Example(
                # an actual amount named as one: 193.7 / 2967 = 6.53%
                "共完成政府采购项目6项,实际采购金额2773.3万元,节约资金193.7万元,节约率6.98%。",
                (("share", "6.98", "disagrees"),),
                (("arithmetic.share", "error"),),
            ),
        ),
    ),
    Form(
        "a value added's growth at comparable prices",
        "“地区生产总值…达到417亿元,净增110.8亿元,同比增长9.4%”: statistics give the growth of a"
        " value added (生产总值, 增加值, GDP) at comparable prices and its figure and change at"
        " current prices, so the rate is read against the change only when it agrees (or when"
        " the sentence says 现价, 名义).",
        "“地区生产总值……达到417亿元，净增110.8亿元，同比增长9.4%”：统计上增加值（生产总值、增加值、GDP）"
        "的增速按可比价格计算，总量及增量按现价计算，故仅在相符时按增量核对增速（句中注明现价、名义"
        "时照常核对）。",
        ("claims._at_comparable_prices", "vocabulary.REAL_GROWTH"),
        (
            Example(
                # (柳林县 2023 政府工作报告, a mirror, hunt 63): 110.8 / 306.2 = 36.19% nominal
                "地区生产总值达到417亿元,净增110.8亿元,同比增长9.4%。",
                (),
            ),
            Example(
                # 40.8 / 376.2 = 10.85%
                "全县地区生产总值417亿元,比上年增加40.8亿元,增长10.85%。",
                (("change-rate", "10.85", "agrees"),),
            ),
            Example(
                # at current prices the rate is the change's
                "全县地区生产总值按现价计算417亿元,比上年增加110.8亿元,增长9.4%。",
                (("change-rate", "9.4", "disagrees"),),
                (("arithmetic.change-rate", "error"),),
            ),
            Example(
                # no value added: the rate is the change's
                "一般公共预算收入417亿元,比上年增加110.8亿元,增长9.4%。",
                (("change-rate", "9.4", "disagrees"),),
                (("arithmetic.change-rate", "error"),),
            ),
        ),
    ),
    Form(
        "names of work that hold a word of the actual phase",
        "“项目支出预算总额522万元,其中:…案件审判300万元,案件执行100万元,…”: an item named for"
        " work whose name holds 执行 (案件执行, 强制执行, 执行局…: PHASELESS_NAMES) has no phase"
        " of its own; among a budget's items it is one of them, not what was spent.",
        "“项目支出预算总额522万元，其中：……案件审判300万元，案件执行100万元，……”：名称中含“执行”的"
        "工作名称（案件执行、强制执行、执行局等：PHASELESS_NAMES）不表示执行数；在预算各项之中仍是其中"
        "一项。",
        ("facts.canonical", "vocabulary.PHASELESS_NAMES"),
        (
            Example(
                # (泸县人民法院 2018 预算, hunt 66): 12 + 20 + 20 + 10 + 20 + 300 + 100 + 30 + 10
                # = 522
                "项目支出预算总额522万元,其中:接待费12万元,会议费20万元,被装购置费20万元,陪审员经费"
                "10万元,司法救助金20万元,案件审判300万元,案件执行100万元,普法宣传经费30万元,法警训练"
                "器材、服装10万元。",
                (("sum", "522", "agrees"),),
            ),
        ),
    ),
    Form(
        "a run of shares that says 占 again",
        "“其中中央财政资金10444.85万元,省财政资金406.95万元,分别占96.25%和占3.75%”: after 分别占"
        " the shares joined by 和 (、, 及) may each say 占 (占比) again; they are one run, paired"
        " with the amounts in order.",
        "“其中中央财政资金10444.85万元，省财政资金406.95万元，分别占96.25%和占3.75%”：“分别占”之后以"
        "“和、、、及”相连的占比可重复“占（占比）”，仍是同一组，按顺序与各金额对应。",
        ("facts._joins_run", "facts._SHARE_RUN_JOIN"),
        (
            Example(
                # (审计署 on 广河县 扶贫资金, a mirror, hunt 68): 10444.85 / 10851.8 = 96.25%
                "共投入财政扶贫资金10851.8万元,其中中央财政资金10444.85万元,省财政资金406.95万元,"
                "分别占96.25%和占3.75%。",
                (
                    ("sum", "10851.8", "agrees"),
                    ("share", "96.25", "agrees"),
                    ("share", "3.75", "agrees"),
                ),
            ),
        ),
    ),
    Form(
        "a change named by its verb first and its parts' changes",
        "“预计减少财力8亿元,其中…指标收入减少0.6亿元,土地出让净收入减少1.8亿元,…减少收入2.3亿元,"
        "…减少收入3.2亿元”: a total named by its verb before what it changes (减少财力, 增加收入;"
        " not 增加值) is a change: its parts are the changes of its way, however each is worded.",
        "“预计减少财力8亿元，其中……指标收入减少0.6亿元，土地出让净收入减少1.8亿元，……减少收入2.3亿元，"
        "……减少收入3.2亿元”：以动词在前命名的合计（减少财力、增加收入；增加值除外）本身是增减额，"
        "其分项是同方向的增减额，无论如何措辞。",
        ("claims._verb_first_sign", "claims._VERB_FIRST"),
        (
            Example(
                # (靖边县 2021 预算调整, miss 57): 0.6 + 1.8 + 2.3 + 3.2 = 7.9, 8 as printed
                "预计减少财力8亿元,其中残次林地增减挂钩指标收入减少0.6亿元,土地出让净收入减少1.8亿元,"
                "取消石油开发费通过转移支付补助减少收入2.3亿元,取消特殊转移支付减少收入3.2亿元。",
                (("sum", "8", "agrees"),),
            ),
            Example(
                # 7.9 is no 9
                "预计减少财力9亿元,其中指标收入减少0.6亿元,土地出让净收入减少1.8亿元,取消石油开发费"
                "减少收入2.3亿元,取消特殊转移支付减少收入3.2亿元。",
                (("sum", "9", "disagrees"),),
                (("arithmetic.breakdown-sum", "error"),),
            ),
        ),
    ),
    Form(
        "a chain of rates of one base",
        "“到位资金6.02亿元,核拨资金5.59亿元、核拨率92.78%,实际支付资金5.55亿元,资金支付率92.20%”:"
        " a rate of what was done, read against the figure right before it, is also read against"
        " the figure before that one when that one has a rate of its own (核拨率, of 到位资金):"
        " the rates of such a chain may all be of its first figure (both readings, weak).",
        "“到位资金6.02亿元，核拨资金5.59亿元、核拨率92.78%，实际支付资金5.55亿元，资金支付率"
        "92.20%”：按紧前一数核对的完成比例，若紧前一数自带比例（核拨率，以到位资金为基数），也按再前"
        "一数核对：这类连串比例可能都以第一个数为基数（两种理解，结构系推断）。",
        ("claims._completions",),
        (
            Example(
                # (克州 2021 衔接资金, hunt 58): 5.55 / 6.02 = 92.19%, 92.20 within the rounding
                # of the 亿元 figures
                "阿图什市到位资金6.02亿元,核拨资金5.59亿元、核拨率92.78%,实际支付资金5.55亿元,资金"
                "支付率92.20%。",
                (("completion", "92.20", "rounding"),),
                (("arithmetic.completion-rate", "warning"),),
            ),
            Example(
                # without the rate of its own, only the figure right before is read
                "阿图什市到位资金6.02亿元,核拨资金5.59亿元,实际支付资金5.55亿元,资金支付率92.20%。",
                (("completion", "92.20", "disagrees"),),
                (("arithmetic.completion-rate", "warning"),),
            ),
        ),
    ),
    Form(
        "a multiple of a figure printed with it",
        "“全市国税收入总量达563.5亿元,是“十五”期间218.8亿元的2.6倍”: a figure, then 是 (为, 相当于,"
        " 达到) and another figure (a period's name may come between), then 的 and a multiple in"
        " 倍, is the first over the second. Not “增长1.6倍” (a growth of 1.6 times over).",
        "“全市国税收入总量达563.5亿元，是“十五”期间218.8亿元的2.6倍”：一个数之后以“是（为、相当于、"
        "达到）”接另一个数（中间可有时期名称），再接“的”和以“倍”计的倍数：倍数等于前者除以后者。"
        "“增长1.6倍”（增长了1.6倍）不是。",
        ("claims._multiples", "claims._MULTIPLE_OF"),
        (
            Example(
                # (洛阳 国税 2010, lyd.com.cn, hunt 64): 563.5 / 218.8 = 2.575
                "“十一五”期间,全市国税收入总量达563.5亿元,是“十五”期间218.8亿元的2.6倍。",
                (("ratio", "2.6", "agrees"),),
            ),
            Example(
                # (温泉县 2021, xjwq.gov.cn, unkeyed web3): 80966 / 43200 = 1.874
                "地方财政收入累计完成80966万元,是“十二五”时期43200万元的1.87倍,年均增长10.95%。",
                (("ratio", "1.87", "agrees"),),
            ),
            Example(
                # 2.58 is no 2.8
                "收入达563.5亿元,是“十五”期间218.8亿元的2.8倍。",
                (("ratio", "2.8", "disagrees"),),
                (("arithmetic.ratio", "error"),),
            ),
            Example(
                # a growth of times over: not read
                "收入563.5亿元,比上年218.8亿元增长1.6倍。",
                (),
            ),
            Example(
                # the period named by its year: 5.6 / 2.4 = 2.333
                "全县税收收入5.6亿元,是2015年2.4亿元的2.33倍。",
                (("ratio", "2.33", "agrees"),),
            ),
        ),
    ),
    Form(
        "reliefs and surcharges named with 扣除 and 附加",
        "“小微企业普惠性减税19.53亿元,个人所得税专项附加扣除减税4.87亿元,…深化增值税改革实现减税"
        "39.2亿元”: 专项附加扣除, 加计扣除 (RELIEF_NAMES) name tax reliefs and 附加 a surcharge"
        " (教育费附加, 城市公用事业附加): no verb of deducting or adding in a running sum.",
        "“小微企业普惠性减税19.53亿元，个人所得税专项附加扣除减税4.87亿元，……深化增值税改革实现减税"
        "39.2亿元”：专项附加扣除、加计扣除（RELIEF_NAMES）是减税政策名称，“附加”是附加费（教育费附加、"
        "城市公用事业附加），都不是连加连减中的减或加。",
        ("claims._running_sums", "claims._RELIEFS", "claims._ADD_VERB"),
        (
            Example(
                # (重庆 减税降费 2019年1—5月, data.acmr.com.cn, hunt 64): three reliefs, no sum
                "在本轮减税降费中,广受社会关注的小微企业普惠性减税19.53亿元,个人所得税专项附加扣除"
                "减税4.87亿元,4月起落地的深化增值税改革实现减税39.2亿元。",
                (),
            ),
            Example(
                # 扣除 as a verb still deducts: 100 + 20 − 30 = 90
                "收入100万元,加上年结余20万元,扣除上解支出30万元,可用资金90万元。",
                (("sum", "90", "agrees"),),
            ),
        ),
    ),
    Form(
        "a part whose figure the page hides",
        "“下达资金1.53万元,其中:退耕还林抚育 点击查看>> 万元,…,造林补助2.42万元,…”: a unit whose"
        " figure is hidden behind a placeholder (点击查看>>, **, XX) among a list's parts: what the"
        " parts add up to is not known, and the list is not checked.",
        "“下达资金1.53万元，其中：退耕还林抚育 点击查看>> 万元，……，造林补助2.42万元，……”："
        "所列各项中有数字被占位符（点击查看>>、**、XX）遮住的金额，各项之和不可知，不核对该组合计。",
        ("claims._hides_a_part", "claims._HIDDEN_FIGURE"),
        (
            Example(
                # (虎林市林业和草原局, m.bidcenter.com.cn, hunt 70): two parts hidden
                "下达给我单位资金1.53万元,其中:退耕还林抚育 点击查看>> 万元,国家级森林生态效益补偿"
                "资金调减2.66万元,森林抚育补助调减 点击查看>> 万元,造林补助2.42万元,上一轮集体和"
                "个人国家级公益林2.88万元,上一轮退耕还林生态林补助1.12万元。",
                (),
            ),
            Example(
                # a template's placeholder likewise
                "支出合计10万元,其中:基本支出XX万元,项目支出3万元,其他支出4万元。",
                (),
            ),
            Example(
                # every part shown: checked
                "支出合计10万元,其中:基本支出3万元,项目支出3万元,其他支出4万元。",
                (("sum", "10", "agrees"),),
            ),
        ),
    ),
    Form(
        "a balance statement with a 收入总计 among its items, and what is set aside",
        "“…加上返还性收入19,374万元、…,调入资金115,742万元,动用预算稳定调节基金1,198万元,一般公共预算"
        "收入总计719,918万元。…支出630,072万元,上解上级支出37,508万元,安排预算稳定调节基金3,987"
        "万元,…。收支相抵,结转下年支出47,352万元”: a 收入总计 stands for the money in before it"
        " (调入, 动用…基金 among them), and what is set aside (安排…基金) is money out.",
        "“……调入资金……，动用预算稳定调节基金……，一般公共预算收入总计……。……支出……，上解上级支出……，"
        "安排预算稳定调节基金……。收支相抵，结转下年支出……”：收入总计代表其前所列各项收入（含调入、"
        "动用基金），安排基金属支出一方。",
        ("claims._balances", "claims._money_flow"),
        (
            Example(
                # (兰陵县 2021 审计工作报告, lanling.gov.cn, hunt 74): 719918 − 630072 − 37508 −
                # 3987 − 999 = 47352
                "2021年,全县一般公共预算收入235,121万元。加上返还性收入19,374万元、一般性转移支付"
                "收入319,574万元,专项转移支付收入28,909万元,调入资金115,742万元,动用预算稳定调节"
                "基金1,198万元,一般公共预算收入总计719,918万元。当年全县一般公共预算支出630,072"
                "万元,上解上级支出37,508万元,安排预算稳定调节基金3,987万元,地方政府一般债务还本"
                "支出999万元。收支相抵,结转下年支出47,352万元。",
                (("sum", "719918", "agrees"), ("balance", "47352", "agrees")),
            ),
            Example(
                # the same with the balance misprinted: 47352 is right, not 47532
                "2021年,全县一般公共预算收入235,121万元。加上返还性收入19,374万元、一般性转移支付"
                "收入319,574万元,专项转移支付收入28,909万元,调入资金115,742万元,动用预算稳定调节"
                "基金1,198万元,一般公共预算收入总计719,918万元。当年全县一般公共预算支出630,072"
                "万元,上解上级支出37,508万元,安排预算稳定调节基金3,987万元,地方政府一般债务还本"
                "支出999万元。收支相抵,结转下年支出47,532万元。",
                (("sum", "719918", "agrees"), ("balance", "47532", "disagrees")),
                (("arithmetic.balance", "warning"),),
            ),
        ),
    ),
    Form(
        "a statement's first item ending the sentence before",
        "“县本级一般公共预算收入173,340万元。返还性收入19,374万元、…,县本级一般公共预算收入总计"
        "658,137万元”: a full stop where 加上 would be; the figure that ends the sentence before"
        " is the first part, read so only when the parts then add up (within rounding).",
        "“县本级一般公共预算收入173,340万元。返还性收入19,374万元、……，县本级一般公共预算收入总计"
        "658,137万元”：句号代替了“加上”，上一句末尾的数字是第一项；仅当加上它恰好相符时如此理解。",
        ("claims._trailing_total", "claims._lead_of_list"),
        (
            Example(
                # (兰陵县 2021, hunt 74): 173340 + 19374 + 319574 + 28909 + 115742 + 1198 = 658137
                "2021年,县本级一般公共预算收入173,340万元。返还性收入19,374万元、一般性转移支付收入"
                "319,574万元,专项转移支付收入28,909万元,调入资金115,742万元,动用预算稳定调节基金"
                "1,198万元,县本级一般公共预算收入总计658,137万元。",
                (("sum", "658137", "agrees"),),
            ),
            Example(
                # adding up neither way: the sentence's own parts, as before
                "2021年,县本级一般公共预算收入173,340万元。返还性收入19,374万元、一般性转移支付收入"
                "319,574万元,县本级一般公共预算收入总计500,000万元。",
                (("sum", "500000", "disagrees"),),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
        ),
    ),
    Form(
        "a share under a context that names its whole",
        "“年末全县常住人口98509人,…城镇常住人口48443人,…。常住人口中,男性人口为51034人,占51.81%;"
        "女性人口为47475人,占48.19%”: the figure an opening context (X中,) names is the one named"
        " X plainly, or with a time or a scope before it (全县), not a narrower group of X (城镇)"
        " printed nearer.",
        "“年末全县常住人口98509人，……城镇常住人口48443人，……。常住人口中，男性人口为51034人，占"
        "51.81%；女性人口为47475人，占48.19%”：开头语境（X中，）所指的是名称即为X（或仅冠以时间、"
        "范围，如“全县”）的数字，而不是更近处的X的一部分（城镇常住人口）。",
        ("claims._share", "claims._named_plainly", "claims._NAMED_CONTEXT"),
        (
            Example(
                # (汾西县 2021 统计公报, tjgb.hongheiku.com, miss 59): 51034 / 98509 = 51.81%,
                # 47475 / 98509 = 48.19% (of 48443 it would be 98.00%)
                "年末全县常住人口98509人,比上年末减少5647人,城镇常住人口48443人,城镇化率为"
                "49.18%。全年出生人口542人。常住人口中,男性人口为51034人,占51.81%;女性人口为"
                "47475人,占48.19%。",
                (
                    ("sum", "98509", "agrees"),
                    ("share", "51.81", "agrees"),
                    ("share", "48.19", "agrees"),
                ),
            ),
            Example(
                # the whole named only narrowly: still the reading (weak), and a wrong share told
                "城镇常住人口48443人。常住人口中,女性人口为24000人,占50.54%。",
                (("share", "50.54", "disagrees"),),
                (("arithmetic.share", "warning"),),
            ),
        ),
    ),
    Form(
        "a figure without its unit before its change in money",
        "“其中药费为3718.38,比上年增加298.18元,增长8.72%”: a decimal printed after its name (or"
        " 为) without a unit, followed by its change against the year before in the sentence's"
        " one unit of money, is read in that unit (reported: units.missing-unit).",
        "“其中药费为3718.38，比上年增加298.18元，增长8.72%”：紧接名称（或“为”）的小数未写单位，"
        "其后紧接以本句唯一货币单位表示的比上年增减额，按该单位理解（并报告未写单位）。",
        ("facts._assume_units", "facts._CHANGE_OF_IT", "facts._NAMED_RIGHT_BEFORE"),
        (
            Example(
                # (甘肃 省属9家医院 2011, news.39.net, hunt 76): 298.18 / (3718.38 − 298.18) =
                # 8.718%; 146.44 / (9109.63 − 146.44) = 1.634%, not 1.67 (the report's own)
                "平均每位住院者住院医药费为9109.63元,比上年增加146.44元,增长1.67%,其中药费为"
                "3718.38,比上年增加298.18元,增长8.72%。",
                (("change-rate", "1.67", "disagrees"), ("change-rate", "8.72", "agrees")),
                (("arithmetic.change-rate", "error"), ("units.missing-unit", "warning")),
            ),
            Example(
                # a rate that lost its % after an amount: no amount
                "非税收入完成21040万元,完成调整预算20000万元105.2,同比增加14936万元,增长244.7%。",
                (("change-rate", "244.7", "agrees"),),
            ),
        ),
    ),
    Form(
        "a figure named …总额 after headline figures larger than it",
        "“地区生产总值77.41亿元、增长7.9%,…,地方财政收入1.62亿元、增长7.8%,…,社会消费品零售总额"
        "29.67亿元”: figures that would be added to a total but one is larger than it are no parts"
        " of it (headline indicators, one named …总额); unless some part is taken away.",
        "“地区生产总值77.41亿元……地方财政收入1.62亿元……社会消费品零售总额29.67亿元”：若各项都相加"
        "而其中一项大于“合计”，它们不是该数的分项（并列的主要指标），除非有减项。",
        ("claims._trailing_total", "claims._signs_of"),
        (
            Example(
                # (略阳县 2023 政府工作报告, nextlevelartsconsulting.com, miss 61)
                "地区生产总值77.41亿元、增长7.9%,固定资产投资增长31.1%,地方财政收入1.62亿元、增长"
                "7.8%,城乡居民人均可支配收入分别增长4.6%和7.1%,社会消费品零售总额29.67亿元。",
                (),
            ),
            Example(
                # parts smaller than their total: still read, and a wrong one told
                "税收收入27.41亿元,非税收入1.62亿元,收入总额30.03亿元。",
                (("sum", "30.03", "disagrees"),),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
        ),
    ),
    Form(
        "a rate over a printed prior after a count of another kind",
        "“全省幼儿园为16956.68元,…在全国31个省、直辖市、自治区排在第5位,比上年的14976.05元增长"
        "13.23%”: the current figure of a rate over a printed prior is the nearest figure of the"
        " prior's kind (元), not a count printed between (31个).",
        "“全省幼儿园为16956.68元，……在全国31个省……排在第5位，比上年的14976.05元增长13.23%”："
        "与所列上年数相比的增长率，本期数取与上年数同类（元）的最近数字，而不是中间的计数（31个）。",
        ("claims._changes", "claims._value_before"),
        (
            Example(
                # (海南省 2019 教育经费统计公告, edu.hainan.gov.cn, hunt 75): 16956.68 / 14976.05
                # − 1 = 13.2253%
                "1.全省幼儿园为16956.68元,高于全国平均水平,在全国31个省、直辖市、自治区(下同)排在"
                "第5位,比上年的14976.05元增长13.23%。",
                (("change-rate", "13.23", "agrees"),),
            ),
            Example(
                # and a wrong rate is told against the right figure: 13.2253%, not 13.32
                "1.全省幼儿园为16956.68元,高于全国平均水平,在全国31个省、直辖市、自治区(下同)排在"
                "第5位,比上年的14976.05元增长13.32%。",
                (("change-rate", "13.32", "disagrees"),),
                (("arithmetic.change-rate", "error"),),
            ),
        ),
    ),
    Form(
        "a share of a wider scope a figure is compared with",
        "“2012年投入达到473.86亿元,约占GDP的6.3%,高于全国教育投入占生产总值4%比重的水平”: a"
        " share named after 高于 (低于, 超过…) with a wider scope (全国, 全省…) is that scope's"
        " own figure, a benchmark, not a share of a figure printed here.",
        "“2012年投入达到473.86亿元，约占GDP的6.3%，高于全国教育投入占生产总值4%比重的水平”：“高于"
        "（低于、超过……）全国/全省……占”之后的占比是更大范围自己的数字（比较基准），"
        "不是本文所列数字的占比。",
        ("claims._shares", "claims._BENCHMARK_SHARE"),
        (
            Example(
                # (新疆 教育经费 2013, www.zg114zs.com, hunt 75): GDP not printed, nothing checked
                "2012年投入达到473.86亿元,约占GDP的6.3%,高于全国教育投入占生产总值4%比重的水平。",
                (),
            ),
            Example(
                # (the share before it, of a whole printed, is still read: 527 / 8510 = 6.19%)
                "教育支出达到527亿元,约占生产总值8510亿元的6.2%,高于全国教育投入占生产总值4%"
                "比重的水平。",
                (("share", "6.2", "agrees"),),
            ),
        ),
    ),
    Form(
        "a full stop typed as '.' at a line's end",
        "“2、项目支出130万元.↵按支出功能分类科目:一般公共服务支出361.06万元,…”: a line that ends"
        " with '.' after a Chinese character ends its sentence, as 。 does; the next line is not"
        " joined to it (and its figures are no parts of the item before).",
        "“2、项目支出130万元.↵按支出功能分类科目：一般公共服务支出361.06万元，……”：汉字后以“.”结尾的"
        "行与“。”一样结束句子，下一行不并入该句（其数字不是上一项的分项）。",
        ("normalise._soft_breaks", "normalise._STOP_TYPED_ASCII"),
        (
            Example(
                # (海东市残疾人联合会 预算, www.haidong.gov.cn, hunt 78): 361.06 + 15.53 = 376.59,
                # the whole's; 130 is one item of the other breakdown
                "(二)支出情况。本年度支出预算376.59万元,比上年减少10万元。\n按支出项目类别:1、基本"
                "支出246.59万元,包括:人员经费支出215.59万元,公用经费支出31万元;2、项目支出130万元."
                "\n按支出功能分类科目:一般公共服务支出361.06万元,保障住房支出15.53万元。",
                (("sum", "376.59", "agrees"), ("sum", "246.59", "agrees")),
            ),
        ),
    ),
    Form(
        "the other side's own total after a 其中 list",
        "“收入预算为979006元,其中:财政拨款(补助)979006元,支出预算为979006元,其中:…”: a figure"
        " named by the other side and its phase alone (支出预算为) ends the list of the side"
        " before; it is that side's total, no part.",
        "“收入预算为979006元，其中：财政拨款（补助）979006元，支出预算为979006元，其中：……”：仅以另一方"
        "及其阶段命名的数字（支出预算为）结束上一方的分项列举；它是另一方的总额，不是分项。",
        ("claims._gather", "claims._other_side_named", "claims._SIDE_LABEL"),
        (
            Example(
                # (黄冈市直属机关休干所 2013 预算, lgc-edin.com.cn, hunt 78): 843006 + 136000 =
                # 979006
                "我所2013年收入预算为979006元,其中:财政拔款(补助)979006元,支出预算为979006元,其中:"
                "其本支出为843006元,项目支出136000元。",
                (("sum", "979006", "agrees"), ("sum", "979006", "agrees")),
            ),
            Example(
                # two parts of income, then spending's total: 879006 + 100000 = 979006
                "收入预算为979006元,其中:财政拨款879006元,事业收入100000元,支出预算为979006元。",
                (("sum", "979006", "agrees"),),
            ),
        ),
    ),
    Form(
        "two averages, each with its own 其中",
        "“门诊病人次均医药费534.9元,其中药费256.3元;住院患者人均医药费用22672.7元,其中药费5554.5元”:"
        " an average (人均, 次均…) after the parts of an average is its sibling, and ends its list;"
        " the part after it is its own.",
        "“门诊病人次均医药费534.9元，其中药费256.3元；住院患者人均医药费用22672.7元，其中药费5554.5"
        "元”：平均数的分项之后出现的另一个平均数是其并列项，结束其分项列举；其后的分项属于后者。",
        ("claims._gather", "claims._per_head"),
        (
            Example(
                # (北京 2018 卫生健康 概况, wjw.beijing.gov.cn, hunt 76): two single parts, nothing
                # to add up
                "门诊病人次均医药费534.9元,其中药费256.3元;住院患者人均医药费用22672.7元,其中药费"
                "5554.5元。",
                (),
            ),
            Example(
                # (甘肃 省属9家医院 2011, news.39.net, hunt 76): each 药费's change against its own
                # average's; 146.44 / (9109.63 − 146.44) = 1.634%, not 1.67 (the report's own)
                "门诊病人次均医药费用为231.04元,比上年增加12.17元,增长5.56%,其中药费为108.65元,比"
                "上年增加16.5元,增长17.91%;平均每位住院者住院医药费为9109.63元,比上年增加146.44元,"
                "增长1.67%,其中药费为3718.38元,比上年增加298.18元,增长8.72%。",
                (
                    ("change-rate", "5.56", "agrees"),
                    ("change-rate", "17.91", "agrees"),
                    ("change-rate", "1.67", "disagrees"),
                    ("change-rate", "8.72", "agrees"),
                ),
                (("arithmetic.change-rate", "warning"),),
            ),
        ),
    ),
    Form(
        "the last of a run of rates before percentages in the next sentences",
        "“…分别为4288亿元、1430亿元、106亿元和60亿元,同比增长18.0%、18.5%、17%和21.1%。…。…分别完成"
        "年度计划的51.7%、60.8%、75.8%和60.1%”: a percentage joined to the one before it (、, 和)"
        " after a rate, share or completion is one of its run (with 分别 or without), no total of"
        " the percentages printed after it.",
        "“……同比增长18.0%、18.5%、17%和21.1%。……分别完成年度计划的51.7%、60.8%、75.8%和60.1%”："
        "以顿号、“和”与前面的增长率、占比或完成率相连的百分数是同一组并列项之一（有无“分别”均然），"
        "不是其后百分数的合计。",
        ("facts._percent_run_opens", "facts._joins_run", "vocabulary.RUN_MARKS"),
        (
            Example(
                # (审计署 2023 整改报告, 上海证券报, hunt 7): a run of shares without 分别 is a run
                # (1691 / 1786 = 94.68%, 513 / 817 = 62.79%, printed cut); 94% is no share of
                # 1691 taken against 513
                "截至2024年9月底,审计工作报告中要求立行立改的1786个、分阶段整改的817个问题中,分别"
                "有1691个、513个(占94%、62%)已完成整改。",
                (),
            ),
            Example(
                # (人社部 社保中心 2009 上半年, finance.sina.com.cn, hunt 72): 4288 + 1430 + 106 +
                # 60 = 5884; the completion rates are four, not parts of 21.1%
                "1-6月,四险征缴收入(不含居民医保)5884亿元,同比增长18.1%,其中基本养老、职工医保、"
                "工伤和生育保险征缴收入分别为4288亿元、1430亿元、106亿元和60亿元,同比增长18.0%、"
                "18.5%、17%和21.1%。二是征缴计划完成情况较好,四险全部超过时间进度。1-6月,四险"
                "(不含居民医保)征缴收入分别完成年度计划的51.7%、60.8%、75.8%和60.1%,全部超过时间"
                "进度,其中工伤保险完成进度提前了一个季度,如不出特殊情况,到年底四险均能完成全年"
                "基金征缴计划。(徐博)",
                (("sum", "5884", "agrees"),),
            ),
        ),
    ),
    Form(
        "more or less collected",
        "“全年征收养老保险费54978万元,与去年相比少征收6325万元”: 少征收 (多征收, 少收, 多收) is a"
        " change against the year before (CHANGE_VERBS), not a figure a running sum ends with.",
        "“全年征收养老保险费54978万元，与去年相比少征收6325万元”：少征收（多征收、少收、多收）是与上年"
        "相比的增减额，不是连加连减的结果。",
        ("vocabulary.CHANGE_VERBS", "claims._changes"),
        (
            Example(
                # (广元 养老保险 年度报告, f215.com, hunt 72): 93835 − 38857 = 54978; the prior
                # (93835 − 32532 = 61303) is not printed, so the 6325 is not checked
                "截至12月底,全市征收养老保险费93835万元,与去年相比,增加32532万元,增长率为53.07%。"
                "扣除超龄人员参保等一次性征收保费38857万元,全年征收养老保险费54978万元,与去年"
                "相比少征收6325万元。",
                (("change-rate", "53.07", "agrees"), ("sum", "54978", "agrees")),
            ),
            Example(
                # with its prior printed: 100 − 90 = 10; 10 / 100 = 10%
                "本年征收养老保险费90万元,比上年100万元少征收10万元。",
                (("difference", "10", "agrees"),),
            ),
            Example(
                # its rate: 10 / (90 + 10) = 10%
                "本年征收养老保险费90万元,比上年少征收10万元,下降10%。",
                (("change-rate", "10", "agrees"),),
            ),
        ),
    ),
    Form(
        "a count's parts all of one status group",
        "“参保人数492764人(其中,企业办法在职参保人员264318人,机关事业单位在职参保人数34676人)”:"
        " parts that all name one status group (在职, 退休…) the total does not, and fall short of"
        " it, are some of it (the retired are not listed): no sum is claimed.",
        "“参保人数492764人（其中，企业办法在职参保人员264318人，机关事业单位在职参保人数34676人）”："
        "各分项都属同一人员类别（在职、退休……）而合计不限于此类、且各项之和小于合计时，只是部分列举，"
        "不核对合计。",
        ("claims._one_status_of", "claims._STATUS_GROUP"),
        (
            Example(
                # (攀枝花市社会保险管理局 2017, wap.panzhihua.gov.cn, hunt 72)
                "截至2017年12月底,全市城镇职工基本养老保险参保人数492764人(其中,企业办法在职参保"
                "人员264318人,机关事业单位在职参保人数34676人),完成年度目标任务的100.01%。",
                (),
            ),
            Example(
                # the in-service and the retired: all of it, 264318 + 228446 = 492764
                "全市参保人数492764人,其中,在职参保人员264318人,退休人员228446人。",
                (("sum", "492764", "agrees"),),
            ),
        ),
    ),
    Form(
        "a share's part named by the beginning of the name the share gives",
        "“参保人数预计115.3万人,其中:在职76.88万人、退休38.42万人,退休人员占总参保人数比例为33.32%”:"
        " the figure of the share's sentence named by the beginning of the share's name (退休 of"
        " 退休人员) is its part, not a figure named in full paragraphs on.",
        "“参保人数预计115.3万人，其中：在职76.88万人、退休38.42万人，退休人员占总参保人数比例为33.32%”："
        "占比所在句中名称为占比主语开头部分（“退休”之于“退休人员”）的数字即其分子，而不是几段之后全称"
        "相同的数字。",
        ("claims._numerator",),
        (
            Example(
                # (湖南省人社厅 2017 绩效自评, rst.hunan.gov.cn, hunt 72): 38.42 / 115.3 = 33.32%
                # (of 38.62, printed later for the year's end, it would be 33.50%)
                "2017年省本级企业职工基本养老保险参保人数预计115.3万人,其中:在职76.88万人、退休"
                "38.42万人,退休人员占总参保人数比例为33.32%。\n截止2017年底,参保人数实际为116.6"
                "万人。其中:在职77.98万人,参加统筹的离退休人员38.62万人。",
                (("share", "33.32", "agrees"), ("sum", "116.6", "agrees")),
            ),
        ),
    ),
    Form(
        "figures in 万 or 亿 of a measure in Latin letters, and thousands parted by spaces",
        "“全國公路橋梁80.53萬座、4 916.97萬m,…其中特大橋梁4 257座、753.54萬m,大橋86 178座、"
        "2 251.50萬m”: a figure in 万 or 亿 followed by a measure in Latin letters (m, m³, kW,"
        " t) is no money (萬m is 万米, 亿m³ 亿立方米: measures the audit does not read), and a"
        " number whose"
        " thousands are parted by spaces after 、 , ; : ( is one number (4 916.97).",
        "“全國公路橋梁80.53萬座、4 916.97萬m……”：万、亿后接拉丁字母计量单位（m、m³、kW、t）的"
        "数字不是金额（审计不读这类计量）；顿号、逗号、分号、冒号、括号之后以空格分隔千位的数字是"
        "一个数。",
        ("quantities._MEASURE_AFTER", "normalise._spaced_thousands", "normalise._OPENS_NUMBER"),
        (
            Example(
                # (交通运输部 2016 统计公报, zgkjsz.com, hunt 81): lengths, not money; the 其中
                # lists two of four classes of bridge (753.54 + 2251.50 < 4916.97)
                "截至2016年末全國公路橋梁80.53萬座、4 916.97萬m,比2015年增加2.61萬座、324.19萬m,"
                "其中特大橋梁4 257座、753.54萬m,大橋86 178座、2 251.50萬m。",
                (),
            ),
            Example(
                # (扬州市 2021 水资源公报, hunt 82): volumes, not money (24.09 + 8.32 − 5.82 =
                # 26.59, the overlap taken off)
                "扬州市水资源总量为26.59亿m³,其中地表水资源量24.09亿m³,地下水资源量(浅层)8.32亿m³,"
                "重复计算水资源量5.82亿m³。",
                (),
            ),
            Example(
                # money in 亿 without 元 is still read, and so is a spaced number after 、
                "收入5.1亿,其中税收3.1亿,非税2亿。支出分别为:教育、1 200万元,卫生、800万元。",
                (("sum", "5.1", "agrees"),),
            ),
        ),
    ),
    Form(
        "a run of shares of things named, none printed",
        "“全市就业人员中,第一产业就业人员占23.6%;第二产业就业人员占25.2%;第三产业就业人员占51.2%”:"
        " a share that names its own part, whose figure is not printed, a sibling of the figure"
        " before it (a name alike but for its first words: 第二产业就业人员, 城镇就业人员), is not"
        " of that figure.",
        "“全市就业人员中，第一产业就业人员占23.6%；第二产业就业人员占25.2%；第三产业就业人员占51.2%”："
        "自己点名而未列数字的占比，若所点名的是前一数字的同类并列项（名称仅开头不同：第二产业就业人员、"
        "城镇就业人员），不按前一数字计算。",
        ("claims._numerator", "claims._sibling_names"),
        (
            Example(
                # (重庆市人社局 2022 统计公报, yzwku.com, hunt 85): the 66.1 lost its % ("66.1虬");
                # the industries' shares add up to 100 and are of figures not printed
                "年末全市就业人员1644.37万人,其中城镇就业人员1087.42万人,占全市就业人员比重66.1虬"
                "全市就业人员中,第一产业就业人员占23.6%;第二产业就业人员占25.2%;第三产业就业人员占"
                "51.2%。",
                (),
            ),
            Example(
                # a share whose part is printed before it is still read: 60 / 150 = 40%; the
                # second names its own part, not printed
                "全市就业人员150万人,其中第一产业就业人员60万人,占40%;第二产业就业人员占25.2%。",
                (("share", "40", "agrees"),),
            ),
            Example(
                # a share naming the figure before it (the same name) is of it: 60 / 150 = 40%
                "全市就业人员150万人,其中第一产业就业人员60万人,第一产业就业人员占40%。",
                (("share", "40", "agrees"),),
            ),
        ),
    ),
    Form(
        "what was done of a plan after its 其中",
        "“中央下达我省2019年投资计划37.0亿元,其中中央资金9.9亿元;完成投资24.2亿元,…,完成中央"
        "资金7.3亿元”: a figure of what was done (完成, 支出…) is no part of a total named as a"
        " plan (计划, 任务, 目标).",
        "“投资计划37.0亿元，其中中央资金9.9亿元；完成投资24.2亿元，完成率65.3%，完成中央资金7.3亿元”："
        "已完成的数字不是以计划（任务、目标）命名的合计的分项。",
        ("claims._gather", "claims._PLANNED"),
        (
            Example(
                # (浙江省水利厅 2019 投资进度, slt.zj.gov.cn, hunt 82): one part only, no sum
                "中央下达我省2019年投资计划37.0亿元,其中中央资金9.9亿元;完成投资24.2亿元,完成率"
                "65.3%,完成中央资金7.3亿元、完成率73.5%。",
                (),
            ),
            Example(
                # a plan's parts are read: 9.9 + 27.1 = 37.0
                "2019年投资计划37.0亿元,其中中央资金9.9亿元,地方资金27.1亿元。",
                (("sum", "37.0", "agrees"),),
            ),
        ),
    ),
    Form(
        "a sentence whose figure is more than the total",
        "“完成区级一般公共预算收入152.4亿元,…。其中:税收收入完成142.7亿元,…。完成全口径财政收入"
        "597.0亿元”: an unnumbered sentence after a list whose first figure is more than the total"
        " is of a wider total, no part of it (a numbered item may still give the part of a total"
        " printed beside it).",
        "“完成区级一般公共预算收入152.4亿元，……。其中：税收收入完成142.7亿元，……。完成全口径财政收入"
        "597.0亿元”：列举之后不带编号的句子，其首个数字大于合计数的，属于更大的口径，不是该合计的分项。",
        ("claims._gather",),
        (
            Example(
                # (天津经济技术开发区 2024 预算执行, tjbh.gov.cn, miss 62): one part, no sum
                "2024年,我区完成区级一般公共预算收入152.4亿元,同比增长11.2%。其中:税收收入完成142.7"
                "亿元,同比增长9.3%。完成全口径财政收入597.0亿元,同比增长9.8%。",
                (),
            ),
            Example(
                # a sentence after the list with a part less than the total is read: 142.7 + 9.7
                "2024年,我区完成区级一般公共预算收入152.4亿元。其中:税收收入完成142.7亿元。"
                "非税收入完成9.7亿元。",
                (("sum", "152.4", "agrees"),),
            ),
        ),
    ),
    Form(
        "the base of a completion named after its figure",
        "“完成新区下达147.4亿元收入预算目标的103.4%”: an amount after a verb of BASE_VERBS, whose"
        " name (a budget, plan, task or target) follows it before 的 and a percentage, is the base"
        " of that completion, not a figure of its own.",
        "“完成新区下达147.4亿元收入预算目标的103.4%”：完成（为、占、达到）之后、名称（预算、计划、任务、"
        "目标）之前的金额，是其后完成率的基数，不是另一项数字。",
        ("facts._base_named_after", "facts._BASE_NAME_AFTER"),
        (
            Example(
                # (天津经济技术开发区 2024 预算执行, tjbh.gov.cn, miss 62): 152.4 / 147.4 =
                # 103.39%; the tax share is of 152.4 (142.7 / 152.4 = 93.64%), not of the base
                "2024年,我区完成区级一般公共预算收入152.4亿元,同比增长11.2%,完成新区下达147.4亿元"
                "收入预算目标的103.4%。其中:税收收入完成142.7亿元,同比增长9.3%,税收占比93.6%。",
                (("completion", "103.4", "agrees"), ("share", "93.6", "agrees")),
            ),
        ),
    ),
    Form(
        "a report's section under a heading after a figure",
        "“财政拨款支出年初预算数528.08万元,…。↵(五)一般公共预算财政拨款支出决算情况说明↵1.…↵…支出"
        "696.68万元…↵2.…↵…支出696.68万元”: items under a heading without figures whose figure is"
        " more than the sentence's before it open a section of the report, no uses of that figure.",
        "“财政拨款支出年初预算数528.08万元，……。↵（五）一般公共预算财政拨款支出决算情况说明↵1.……"
        "支出696.68万元……”：无数字标题下各项的数字大于其前一句的数字时，是报告的另一节，不是该数的用途。",
        ("claims._across_heading",),
        (
            Example(
                # (瑞安 2020 决算, ruian.gov.cn, hunt 89): 528.08 is the budget, the items restate
                # the year's spending (696.68), no parts of it
                "财政拨款支出年初预算数528.08万元,完成年初预算的131.93%。\n(五)一般公共预算财政拨款"
                "支出决算情况说明\n1.一般公共预算财政拨款支出决算总体情况。\n2020年度一般公共预算"
                "财政拨款支出696.68万元,占本年支出合计的100%。\n2.一般公共预算财政拨款支出决算结构"
                "情况。\n2020年度一般公共预算财政拨款支出696.68万元,主要用于一般公共服务(类)支出"
                "155.55万元,占22.33%。",
                (("share", "22.33", "agrees"),),
            ),
        ),
    ),
    Form(
        "a total named after the last amount of a running sum",
        "“…加上上解上级支出8亿元,土地储备专项债券还本支出10亿元,其他政府性基金债务还本支出16.90亿元,"
        "支出总计151.46”: a total named after the sentence's last amount (its unit lost) is the"
        " running sum's result; that amount is one more item.",
        "“……加上上解上级支出8亿元，……其他政府性基金债务还本支出16.90亿元，支出总计151.46”：最后一个"
        "金额之后另有合计的，连加连减的结果是该合计，最后一个金额只是又一个加项。",
        ("claims._running_sums",),
        (
            Example(
                # (湖南湘江新区 岳麓区 2024, yuelu.gov.cn, miss 62): the page's copy ends at
                # "151.46" (109.26 + 42.20, printed in the sentences after)
                "全区政府性基金预算支出116.56亿元,其中城乡社区支出82.76亿元,其他地方自行试点项目"
                "收益专项债券收入安排的支出25.30亿元,债务付息支出8.50亿元。加上上解上级支出8亿元,"
                "土地储备专项债券还本支出10亿元,其他政府性基金债务还本支出16.90亿元,支出总计151.46",
                (("sum", "116.56", "agrees"),),
            ),
        ),
    ),
    Form(
        "a change of a change (多增, 少增)",
        "“比年初增加1639亿元,较上年同期多增359亿元;同比增长7.23%”: 多增"
        " and 少增 (多减, 少减) after a comparison are "
        "this period's change less the same perio"
        "d's of the year before, no change of the"
        " level; the rate after it is no rate of "
        "that figure.",
        "“比年初增加1639亿元，较上年同期多增359亿元；同比增长7.23%”：多增、"
        "少增（多减、少减）是本期增量与上年同期增量之差，不是余额的增减额，其后的增长率不"
        "以它为增减额。",
        ("facts._INCREMENT_VERBS", "facts._classify"),
        (
            Example(
                # (人民银行兰州中心支行 2020, gzqyzjbc.com, hunt 95): 7.23% is of the June
                # balance a year before, not printed
                "6月末,全省本外币各项存款余额21408亿元,比年初增加1639亿元,较上年同期"
                "多增359亿元;同比增长7.23%。",
                (),
            ),
            Example(
                # (人民银行上海总部, business.sohu.com, hunt 95): 148.4 is the 定期 part's own
                # 多增, no part of 207.1
                "当月全市人民币储蓄存款增加108.1亿元,同比多增207.1亿元,其中定期储蓄存"
                "款增加89.9亿元,同比多增148.4亿元。",
                (),
            ),
        ),
    ),
    Form(
        "a change since the year's start before a year-on-year rate",
        "“贷款余额26.26万亿元,较年初增加1.45万亿元,同比增长10.6%”: a"
        " change since the start of the year (比年初"
        ", 较年初) is no amount of a rate against th"
        "e same period of the year before (同比).",
        "“贷款余额26.26万亿元，较年初增加1.45万亿元，同比增长10.6%”：较年"
        "初的增加额不是同比增长率的增减额。",
        ("claims._paired_amount", "claims._YEAR_ON_YEAR"),
        (
            Example(
                # (央行广州分行, tangupiao.cn, hunt 95): the May balance of the year before is
                # not printed
                "5月末,本外币贷款余额26.26万亿元,较年初增加1.45万亿元,同比增长10.6%。",
                (),
            ),
        ),
    ),
    Form(
        "a figure between 与 and 相比 named at length",
        "“与2010年第六次全国人口普查的725482人相比,增加25907人,增长3."
        "57%”: a count or an amount between 与 and"
        " 相比 (比较) is what is compared with, whate"
        "ver the words between (a census, a revis"
        "ed budget, a year in words).",
        "“与2010年第六次全国人口普查的725482人相比，增加25907人，增长3."
        "57%”：“与”和“相比（比较）”之间的人数或金额是比较的基数，无论其间的名称多"
        "长。",
        ("facts._WITH_ANY_NAMED", "facts._classify"),
        (
            Example(
                # (石嘴山市 第七次人口普查公报, hunt 94): 25907 / 725482 = 3.571%
                "全市常住人口为751389人,与2010年第六次全国人口普查的725482人相比"
                ",增加25907人,增长3.57%。",
                (("change-rate", "3.57", "agrees"),),
            ),
            Example(
                # (香港 劳工及福利局 2024-25, idatahk.com, hunt 93): 150 / 1124 = 13.35%
                "与二○二三至二四年度修订预算的1,124亿元比较,增加约150亿元,增幅约13.3%。",
                (("change-rate", "13.3", "agrees"),),
            ),
        ),
    ),
    Form(
        "新增 after a comparison",
        "“农民合作社1648家,较2013年底新增243家,增加17.30%”: 新增 "
        "after a comparison with a period is the "
        "change against it, and the shares after "
        "the 其中 are of the level (1648), not of t"
        "he change.",
        "“农民合作社1648家，较2013年底新增243家，增加17.30%”：比较对象"
        "之后的“新增”是增加额，其中各项的占比以余额（1648家）为总数。",
        ("facts._COMPARED_NEW", "facts._classify"),
        (
            Example(
                # (广元市农业局 2014, chengdu.baogaosu.com, hunt 91): 243 / 1405 = 17.30%, 67 /
                # 1648 = 4.07%
                "截至2014年7月,全市工商登记注册农民合作社1648家,较2013年底新增24"
                "3家,增加17.30%。其中,从事农业生产资料购买67家,占4.07%;从事农产"
                "品销售13家,占0.8%。",
                (
                    ("change-rate", "17.30", "agrees"),
                    ("share", "4.07", "agrees"),
                    ("share", "0.8", "agrees"),
                ),
            ),
        ),
    ),
    Form(
        "two shares of one figure, each with its whole printed",
        "“地方税收12.6亿元,…,占全市各项税收收入26亿元的49%,占全市一般预算收"
        "入39亿元的32.2%”: the whole printed in one s"
        "hare's words is no part of the next shar"
        "e: both are of the figure before them.",
        "“地方税收12.6亿元，……，占全市各项税收收入26亿元的49%，占全市一般预算"
        "收入39亿元的32.2%”：前一占比所写明的总数不是后一占比的分子，两者都是同一"
        "数字的占比。",
        ("claims._shares",),
        (
            Example(
                # (许昌 纳税100强 2011, ayhrmy.com, hunt 92, figures made to agree): 12.6 / 39 =
                # 32.31%
                "全市纳税100强企业累计缴纳地方税收12.6亿元,较上年同期增收3.2亿元,增长"
                "34.0%,占全市各项税收收入26亿元的48.5%,占全市一般预算收入39亿元的"
                "32.3%。",
                (
                    ("change-rate", "34.0", "agrees"),
                    ("share", "48.5", "agrees"),
                    ("share", "32.3", "agrees"),
                ),
            ),
        ),
    ),
    Form(
        "a shortfall after 其中",
        "“总预算高达366亿元,其中岁入岁出短绌8亿3842万余元,累计举债将达153亿"
        "8471万余元”: income short of spending (短绌, "
        "差短) is what the totals leave, no part of"
        " either.",
        "“总预算高达366亿元，其中岁入岁出短绌8亿3842万余元……”：收支短绌（差短"
        "）是收支相抵的结果，不是收入或支出的组成部分。",
        ("claims._gather",),
        (
            Example(
                # (云林县 110年度总预算, news.ltn.com.tw, hunt 93)
                "云林县府明年度总预算高达366亿元,其中岁入岁出短绌8亿3842万余元,累计举债"
                "将达153亿8471万余元。",
                (),
            ),
        ),
    ),
    Form(
        "an average or a name's last characters as a context's total",
        "“…家庭户人口为501694人,平均每个家庭户的人口为2.90人。…常住人口中,"
        "居住在城镇的人口为547299人,…乡村的人口为31802人”: an aver"
        "age is no total of a context's parts, an"
        "d a figure found by the name's last two "
        "characters only (人口) counts only if they"
        " add up to it.",
        "“……平均每个家庭户的人口为2.90人。……常住人口中，居住在城镇的人口为547"
        "299人……”：平均数不是分项的合计；仅凭名称末两字（人口）找到的数字，只有分项"
        "相加等于它时才作合计。",
        ("claims._context_lists", "claims._per_head"),
        (
            Example(
                # (第七次人口普查公报, tjgb.hongheiku.com, hunt 94): 常住人口 579101 is printed
                # before the excerpt
                "全区常住人口中共有家庭户172869户,家庭户人口为501694人,平均每个家庭"
                "户的人口为2.90人。\n三、城乡人口\n全区常住人口中,居住在城镇的人口为5472"
                "99人,占94.51%;居住在乡村的人口为31802人,占5.49%。",
                (("share", "94.51", "agrees"), ("share", "5.49", "agrees")),
            ),
        ),
    ),
    Form(
        "the same name in another year",
        "“2023年本市一般公共预算支出211亿2500万元。2022年一般公共预算支出"
        "编列193亿6千万元”: a figure of the same name a"
        "nd another unit in another year's senten"
        "ce is another figure, no restatement of "
        "it.",
        "“2023年本市一般公共预算支出211亿2500万元。2022年……编列193亿"
        "6千万元”：另一年度同名、不同单位的数字是另一个数字，不是同一数字的换算。",
        ("claims._conversions", "claims._year_of"),
        (
            Example(
                # (the form of 嘉义市 总预算, tw.news.yahoo.com, hunt 93, its Republic years
                # written as 20xx)
                "2023年本市一般公共预算支出211亿2500万元。2022年一般公共预算支出编列193亿6千万元。",
                (),
            ),
        ),
    ),
    Form(
        "a rate's own change in points against another period",
        "“比重为25.3%,占比较上半年提高1.5个百分点”, “增速比1—9月份加快0"
        ".8个百分点”, “环比提高1.4个百分点”: a change in poin"
        "ts against another period of the year (上"
        "半年, 1—9月, 上月, 环比), its prior not printed"
        ", is no gap between the rates printed be"
        "fore it.",
        "“比重为25.3%，占比较上半年提高1.5个百分点”“增速比1—9月份加快0.8"
        "个百分点”“环比提高1.4个百分点”：与其他时期相比的百分点变化（上期数未列出）"
        "，不是前面两个比率之差。",
        ("claims._point_gaps", "claims._OWN_POINTS_CHANGE"),
        (
            Example(
                # (临沂 兰山区? 统计局 2017, lhyc.gov.cn, hunt 97)
                "1-7月份,全区规模以上高新技术产业实现增加值12.7亿元,同比增长47.2%,"
                "占规模以上工业增加值的比重为25.3%,占比较上半年提高1.5个百分点。",
                (),
            ),
            Example(
                # (泉州 统计局 2022, tjj.quanzhou.gov.cn, hunt 97)
                "1—10月份,全市规模以上高新技术产业增加值同比增长8.5%,占规模以上工业增加"
                "值的比重为24.5%,增速比1—9月份加快0.8个百分点。",
                (),
            ),
        ),
    ),
    Form(
        "a pull on growth in points",
        "“对规上工业的贡献率为35.2%,拉动规上工业增长2.2个百分点”: a pul"
        "l (拉动) is the part's growth in points of"
        " the whole's prior, no gap between the r"
        "ates printed before it.",
        "“对规上工业的贡献率为35.2%，拉动规上工业增长2.2个百分点”：拉动是以总体"
        "上期数计算的百分点，不是前面两个比率之差。",
        ("claims._point_gaps",),
        (
            Example(
                # (统计局 2022, zgyapi.01ny.cn, hunt 97)
                "战略性新兴产业增加值同比增长8.2%,占规上工业的比重为27.0%,占比高于全省"
                "平均水平2.4个百分点,对规上工业的贡献率为35.2%,拉动规上工业增长2.2个"
                "百分点。",
                (),
            ),
        ),
    ),
    Form(
        "a gap to a whole named after its scope",
        "“增速高于全市规上工业7个百分点”: a gap to the whole's "
        "rate named after its scope (全市规上工业), not"
        " printed, is no gap to the share printed"
        " before it; when that whole's rate is pr"
        "inted before in the sentence (“全省一般公共预算收"
        "入增长18.9%,…,高于全省收入增幅2.8个百分点”), it is the "
        "gap to it.",
        "“增速高于全市规上工业7个百分点”：与未列出的全市（全省）某项增速之差，不是与前"
        "面占比之差；该增速已在句中列出的，按与它之差核对。",
        ("claims._point_gaps", "claims._SCOPE_NAMED_COMPARED"),
        (
            Example(
                # (民营工业 2018, 360doc.com, hunt 97)
                "全市规上民营工业企业实现利润总额620亿元,占规上工业的50.5%,同比增长5."
                "6%,增速高于全市规上工业7个百分点。",
                (),
            ),
            Example(
                # 21.7 − 18.9 = 2.8 (吉林 2024 预算执行, heldout 4)
                "全省一般公共预算收入增长18.9%,其中税收收入增长21.7%,高于全省收入增幅2.8个百分点。",
                (("points-gap", "2.8", "agrees"),),
            ),
        ),
    ),
    Form(
        "bare shares of siblings",
        "“民营企业进出口4.12万亿元,…,占60.5%;外商投资企业进出口2.31万亿"
        "元,…,占33.9%;国有企业3702.3亿元,…,占5.4%”: items "
        "parted by ';' (no 其中), each with a bare "
        "share, are shares of the whole the first"
        " was read against, not of each other.",
        "“民营企业进出口4.12万亿元，……，占60.5%；外商投资企业进出口2.31万"
        "亿元，……，占33.9%”：以分号并列（无“其中”）、各带占比的项目，与第一项同"
        "以一个总数为基数，不互为基数。",
        ("claims._bare_sibling_whole",),
        (
            Example(
                # (海关总署广东分署 2023, thekwun.com, hunt 96, in one paragraph)
                "前10个月,广东外贸进出口总值6.81万亿元,同比下降0.3%。民营企业进出口4"
                ".12万亿元,增长5.4%,占60.5%;外商投资企业进出口2.31万亿元,下降"
                "8.1%,占33.9%;国有企业3702.3亿元,下降6.7%,占5.4%。",
                (
                    ("share", "60.5", "agrees"),
                    ("share", "33.9", "agrees"),
                    ("share", "5.4", "agrees"),
                ),
            ),
        ),
    ),
    Form(
        "group averages under an average",
        "“居民人均可支配收入为7256元,…,其中城镇居民可支配收入为9553元,农村居"
        "民可支配收入为3784元”: under an average per head"
        ", the averages of groups of people (城镇居民"
        ", 农村居民) are no parts of it; its componen"
        "ts (工资性收入…) are.",
        "“居民人均可支配收入为7256元，……其中城镇居民可支配收入为9553元，农村居"
        "民可支配收入为3784元”：人均数之下城镇、农村居民的人均数不是它的分项；工资性"
        "收入等构成项才是。",
        ("claims._gather", "claims._GROUP_OF_PEOPLE"),
        (
            Example(
                # (大同 统计公报, wanpiaopiao.cn, hunt 100)
                "大同市居民人均可支配收入为7256元,同比增长5.9%,其中城镇居民可支配收入为"
                "9553元,农村居民可支配收入为3784元。",
                (),
            ),
            Example(
                # (the components add up: 15237 + 4113 + 988 + 6662 = 27000, bx2200.com, hunt 100)
                "全体居民人均可支配收入27000元,其中工资性收入15237元,经营净收入411"
                "3元,财产净收入988元,转移净收入6662元。",
                (("sum", "27000", "agrees"),),
            ),
        ),
    ),
    Form(
        "output and value added",
        "“工业总产值59.2亿元,…其中,…规模工业企业…工业产值30.2亿元,…完成工"
        "业增加值6.7亿元”: output (产值) and value added "
        "(增加值) are two measures (ACCOUNT_MEASURES"
        "): one is no part of a total of the othe"
        "r.",
        "“工业总产值59.2亿元，……其中……工业产值30.2亿元，……完成工业增加值6"
        ".7亿元”：产值与增加值是两种量，一种不是另一种合计的分项。",
        ("vocabulary.ACCOUNT_MEASURES", "claims._other_measure_of"),
        (
            Example(
                # (当涂县 2008, mas360.cc, hunt 97): one part of 59.2 only (the 规下 firms not
                # printed)
                "全县累计完成工业总产值59.2亿元,增长44.4%。其中,240户规模工业企业累"
                "计完成工业产值30.2亿元,增长46.5%,完成工业增加值6.7亿元。",
                (),
            ),
        ),
    ),
    Form(
        "an income that holds its siblings",
        "“纯业务收入13.44亿元,…。其中:↵(一)药品收入2.84亿元,…;卫生材料收入2.1亿元,…;医疗收入13.25"
        "亿元”: an item that holds others printed beside it (NESTED_ITEMS: a hospital's 医疗收入"
        " holds its 药品收入 and 卫生材料收入, 工业投资 its 技改投资) makes the list two breakdowns"
        " run together, no sum.",
        "“纯业务收入13.44亿元，……。其中：↵（一）药品收入2.84亿元……；卫生材料收入2.1亿元……；医疗收入"
        "13.25亿元”：与所含项目并列的收入（医疗收入含药品收入、卫生材料收入）使列举成为两种分解的"
        "混合，不作加总。",
        ("vocabulary.NESTED_ITEMS", "claims._holds_its_sibling"),
        (
            Example(
                # (镇江市肿瘤医院 2021, zjhospital.net, hunt 102): 2.84 + 2.1 + 13.25 is no 13.44
                "纯业务收入13.44亿元,同比增加1.42亿元。其中:\n(一)药品收入2.84亿元,同比降幅0.76%;"
                "卫生材料收入2.1亿元,同比增长13.01%;医疗收入13.25亿元,同比增长12.21%。",
                (),
            ),
            Example(
                # (绵阳 一园区 2023, myscxx.com, hunt 112): 10 + 11.9 = 21.9 of 23.35, 技改 inside
                # 工业
                "完成全社会固定资产投资23.35亿元,其中:基础设施投资10亿元,工业投资11.9亿元,技改投资"
                "10.05亿元。",
                (),
            ),
        ),
    ),
    Form(
        "a part counted at another scale",
        "“参保人数33.41万人,其中成年人17.38万人,学生儿童15.96万人,大学生731人”: a part counted"
        " in 人 under a total in 万人 (户 under 万户) is one the sum would leave out: the list is"
        " open, its parts no more than the total.",
        "“参保人数33.41万人，其中成年人17.38万人，学生儿童15.96万人，大学生731人”：以“人”计的分项在以"
        "“万人”计的合计之下，加总时会被漏掉，故列举不完整，不核对合计。",
        ("claims._gather", "claims._scaled_alike"),
        (
            Example(
                # (一市 居民医保, ckzpt.com, hunt 88): 17.38 + 15.96 + 0.0731 = 33.4131
                "本月末,全市居民医保参保人数33.41万人,其中成年人17.38万人,学生儿童15.96万人,"
                "大学生731人。",
                (),
            ),
            Example(
                # the parts in the total's scale are read: 17.38 + 16.03 = 33.41
                "全市参保人数33.41万人,其中成年人17.38万人,学生儿童16.03万人。",
                (("sum", "33.41", "agrees"),),
            ),
        ),
    ),
    Form(
        "take-offs and landings",
        "“保障运输起降4.9万架次,同比增长11.5%”: 降 in 起降 (take-offs and landings) is no fall;"
        " a count of flights (架次) is a count, and one in 万架次 is not read (no 万元).",
        "“保障运输起降4.9万架次，同比增长11.5%”：“起降”中的“降”不是下降；架次是计数，“万架次”不作金额"
        "读取。",
        ("facts._classify", "quantities.COUNTERS", "quantities._MEASURE_AFTER"),
        (
            Example(
                # (民航东北地区管理局 site, db.caac.gov.cn, hunt 109): 4.9万 was read as a fall
                # in 万元 and paired with the 0.1% of the clause before
                "3月份,全区机场共完成旅客吞吐量650.3万人次,同比增长17.4%;完成货邮吞吐量4.6万吨,"
                "同比增长0.1%;保障运输起降4.9万架次,同比增长11.5%。",
                (),
            ),
            Example(
                # 30 / (1520 + 30) = 1.94%
                "全年保障运输起降1520架次,比上年减少30架次,下降1.9%。",
                (("change-rate", "1.9", "agrees"),),
            ),
        ),
    ),
    Form(
        "and the others",
        "“待拨款:370万,包括陕妇会50万,基金会中心100万,乐平基金会200万及其他”: items followed by"
        " 及其他 (和其他, 以及其他) are some of the total, as with 等.",
        "“待拨款：370万，包括陕妇会50万，基金会中心100万，乐平基金会200万及其他”：后接“及其他”的列举只"
        "是合计的一部分，与“等”相同。",
        ("claims._gather", "claims._AND_OTHERS"),
        (
            Example(
                # (南都公益基金会 2012, issuu.com, miss 66): 50 + 100 + 200 = 350 of 370
                "待拨款:370万,包括陕妇会50万,基金会中心100万,乐平基金会200万及其他。",
                (),
            ),
        ),
    ),
    Form(
        "a share of a group of the items",
        "“…机械制造12户实现产值17.69亿元,同比增长6.48%,主导产业产值占比65.92%”: a share of a group"
        " of the items named by its kind (主导产业, 特色产业, 重点项目…), its own figure not"
        " printed, is no share of the last item printed before it.",
        "“……机械制造12户实现产值17.69亿元，同比增长6.48%，主导产业产值占比65.92%”：以类别命名的一组"
        "项目（主导产业、特色产业、重点项目……）的占比，其本身数额未列出时，不是前一项的占比。",
        ("claims._numerator", "claims._GROUP_SHARE"),
        (
            Example(
                # (the form of 绵阳 一园区 2023, myscxx.com, hunt 112, its items made to add up):
                # 主导产业 not printed, 65.92% is no share of 63.82
                "1-8月,园区实现工业总产值104.85亿元,同比增长4.71%,其中:纺织鞋服实现产值41.03亿元,"
                "同比增长8.22%,机械制造实现产值63.82亿元,同比增长6.48%,主导产业产值占比65.92%,"
                "特色产业产值占比17.35%。",
                (("sum", "104.85", "agrees"),),
            ),
        ),
    ),
    Form(
        "amounts in US dollars",
        "“全年实现旅游总收入2644亿元,其中国内旅游收入2423.5亿元,旅游外汇收入32.2亿美元”: an amount"
        " in 美元 (亿美元, 万美元) is counted apart from amounts in 元, never added to them nor set"
        " against them; amounts all in 美元 are read together.",
        "“全年实现旅游总收入2644亿元，其中国内旅游收入2423.5亿元，旅游外汇收入32.2亿美元”：以美元计的"
        "金额与以元计的金额分开，不相加、不互为基数；同以美元计的金额照常核对。",
        ("quantities.COUNTERS", "quantities.COUNTER_KINDS"),
        (
            Example(
                # (an 2009 统计公报, dlnp.com.cn, hunt 109): 2644 − 2423.5 = 220.5亿元, 32.2亿美元
                # at about 6.85
                "全年实现旅游总收入2644亿元,其中国内旅游收入2423.5亿元,旅游外汇收入32.2亿美元。",
                (),
            ),
            Example(
                # 38 + 16.7 = 54.7 (中山海关, chinawintime.com, hunt 96)
                "一季度进出口总值54.7亿美元,其中出口38亿美元,进口16.7亿美元。",
                (("sum", "54.7", "agrees"),),
            ),
        ),
    ),
    Form(
        "a share after a second 其中",
        "“支出100万元,其中项目支出50万元,占50%,其中专项业务费30万元,占60%”: a 其中 after a part"
        " of the head's list breaks that part down; a bare share after it is of that part (or of"
        " the whole the part's own share implies), not of the sentence's head.",
        "“支出100万元，其中项目支出50万元，占50%，其中专项业务费30万元，占60%”：列于总数某一部分之后的"
        "第二个“其中”细分该部分；其后的单独占比是该部分的占比（或该部分自身占比所指的总数的占比），"
        "不是句首总数的占比。",
        ("claims._nested_under",),
        (
            Example(
                # 30 ÷ 50 = 60%, not 30 ÷ 100
                "2024年度支出总计100万元,其中项目支出50万元,占50%,其中专项业务费30万元,占60%。",
                (("share", "50", "agrees"), ("share", "60", "agrees")),
            ),
        ),
    ),
    Form(
        "a numbered item whose figure comes later in its line",
        "“共计44万元。具体情况如下:↵1.理论学习专项。主要用于…。安排经费12万元。↵2.…”: a numbered"
        " item whose name stands alone in its first sentence, one amount in a later sentence of"
        " its line (words between), is an item of the list with that amount.",
        "“共计44万元。具体情况如下：↵1.理论学习专项。主要用于……。安排经费12万元。↵2.……”：编号项目"
        "首句只有名称、同一行稍后的句子给出唯一金额（中间可有文字说明）时，该金额即该项目的数额，"
        "属于上文总数的分项。",
        ("claims._item_figure_later",),
        (
            Example(
                # (the form of 南县县委宣传部's 2024 绩效评价报告, nxjw.nanxian.gov.cn, hunt 117):
                # 12 + 13 + 14 + 5 = 44
                "项目共4个,共计44万元。具体情况如下:\n1.理论学习专项。主要用于理论宣讲。安排经费12万元。"
                "\n2.文明创建专项。开展常态化督办检查。安排经费13万元。\n3.新闻媒体专项。做好宣传"
                "报道。安排经费14万元。\n4.扫黄打非专项。主要用于市场整治。安排经费5万元。",
                (("sum", "44", "agrees"),),
            ),
        ),
    ),
    Form(
        "加 as a verb, not plus",
        "“…包括:提升设备水平60万元;加强宣传力度30万元;开展培训10万元”: a clause that opens with a"
        " verb beginning with 加 (加强, 加快, 加大…) is one more item, not a figure added to the"
        " list's (加, 加上, 另加 as plus).",
        "“……包括：提升设备水平60万元；加强宣传力度30万元；开展培训10万元”：以“加强、加快、加大”等动词"
        "开头的分句是又一个分项，不是“加、加上、另加”那样在分项之外另加的数额。",
        ("vocabulary.PLUS_WORD",),
        (
            Example(
                # (the form of 行政院's 114年度 追加预算, udn.com, hunt 3): 60 + 30 + 10 = 100
                "追加预算100万元,包括:提升设备水平60万元;加强宣传力度30万元;开展培训10万元。",
                (("sum", "100", "agrees"),),
            ),
        ),
    ),
    Form(
        "a part printed with its share of the same whole",
        "“交易金额285.92亿元,占交易总金额的71.06%。…交易金额15.69亿元,占交易总金额3.90%”: a figure"
        " printed with its own share of the whole a share names is a part of that whole, never"
        " the whole of another part's share of it.",
        "“交易金额285.92亿元，占交易总金额的71.06%。……交易金额15.69亿元，占交易总金额3.90%”：自身带有"
        "同一总数占比的数字是该总数的一部分，不能作为另一部分占该总数比重的基数。",
        ("claims._share_of_same_whole",),
        (
            Example(
                # (the form of 宿州 公共资源交易 2023, zgfxnews.com, hunt 107): 3.90% is 15.69 of
                # 402.38 (总交易额, named otherwise), never of 285.92
                "2023年公共资源总交易额402.38亿元。工程建设项目交易金额285.92亿元,占交易总金额的"
                "71.06%。政府采购项目交易金额15.69亿元,占交易总金额3.90%。",
                (),
            ),
        ),
    ),
    Form(
        "a saving rate of trades that add value",
        "“成交金额8.64亿元,节约金额0.72亿元,节资率16.24%,增值金额为3385.64万元”: a trade printed"
        " with the value its sales added (增值) mixes deals that save with deals that sell, so its"
        " saving rate may be of a part of it: 节约 ÷ (成交 + 节约) is only a reading (a warning).",
        "“成交金额8.64亿元，节约金额0.72亿元，节资率16.24%，增值金额为3385.64万元”：同句列有增值额的"
        "交易包含节支类和出让类交易，节资率可能只按其中一部分计算，“节约额÷（成交额+节约额）”只是"
        "推断（警告）。",
        ("claims._savings",),
        (
            Example(
                # (the form of 淮北 公共资源交易 2023, ahwang.cn, hunt 107): 0.72 ÷ 9.36 = 7.69%
                "4月份完成项目159个,成交金额8.64亿元,节约金额0.72亿元,节资率16.24%,"
                "增值金额为3385.64万元。",
                (("share", "16.24", "disagrees"),),
                (("arithmetic.share", "warning"),),
            ),
        ),
    ),
    Form(
        "the same money of another level of government",
        "“中央财政补贴资金120万元,其中58.473万元用于兑付…,下达省级财政补贴资金15万元”: a figure"
        " named as the total's money of another level of government (省级 beside 中央, 市级 beside"
        " 省级) is the total's sibling and ends its list; a total that names both levels holds"
        " both.",
        "“中央财政补贴资金120万元，其中58.473万元用于兑付……，下达省级财政补贴资金15万元”：名称与总数"
        "相同、只是政府层级不同（中央与省级、省级与市级）的数额是总数的并列项，结束其分项列表；总数"
        "名称同时包含两级时则两级都是其分项。",
        ("claims._level_sibling",),
        (
            Example(
                # (the form of 合水县 农机购置补贴 2021, hunt 110): 120 − 58.473 + 15 + 5 = 81.527,
                # the money of two levels and a carry-over, not parts of the 中央 120
                "2021年,省上下达我县中央财政补贴资金120万元,其中58.473万元用于兑付2020年超录资金,"
                "下达省级财政补贴资金15万元,2020年结转省级财政补贴资金5万元。",
                (),
            ),
            Example(
                "中央和省级财政补贴资金100万元,其中中央财政补贴资金60万元,省级财政补贴资金40万元。",
                (("sum", "100", "agrees"),),
            ),
        ),
    ),
    Form(
        "a share in a sentence opened by 同期",
        "“…机电产品出口3052亿元,…占同期…出口总值的43.2%。其中,…。同期,劳动密集型产品出口2035.2亿元,"
        "增长7.5%,占28.8%”: a sentence opened by 同期 reports one more item of the period, not a"
        " part of the figure before a 其中 of the sentences before; its bare share is of the whole"
        " its sibling's share names, when that whole is found.",
        "“……机电产品出口3052亿元，……占同期……出口总值的43.2%。其中，……。同期，劳动密集型产品出口"
        "2035.2亿元，增长7.5%，占28.8%”：以“同期”开头的句子报告同一时期的另一项，不是前面“其中”"
        "之前那个数的分项；其单独占比是前一并列项占比所指总数的占比（找得到该总数时）。",
        ("claims._same_period_opens", "claims._sibling_whole"),
        (
            Example(
                # (the form of 福州、厦门海关's 2023 前7个月 report, women.fjsen.com, hunt 96):
                # 2035.2 ÷ 7070.6 = 28.8%, of the 出口 total named otherwise, not of 3052
                "前7个月,福建省机电产品出口3052亿元,增长8.7%,占同期福建省外贸出口总值的43.2%。"
                "其中,汽车零配件、平板显示模组出口拉动作用强劲,分别出口113.7亿元、111.2亿元,分别"
                "增长18.8%、25.3%。同期,劳动密集型产品出口2035.2亿元,增长7.5%,占28.8%。",
                (),
            ),
            Example(
                # the whole printed with the sibling's share: 2035.2 ÷ 7070.6 = 28.78%
                "前7个月,福建省机电产品出口3052亿元,占同期出口总值7070.6亿元的43.2%。其中,汽车"
                "零配件、平板显示模组分别出口113.7亿元、111.2亿元。同期,劳动密集型产品出口"
                "2035.2亿元,增长7.5%,占28.8%。",
                (("share", "43.2", "agrees"), ("share", "28.8", "agrees")),
            ),
        ),
    ),
    Form(
        "a whole declared for the shares below (下同)",
        "“占同期全市进出口总值的(下同)22.2%;…进出口1446.5亿元,…,占52.7%”: a share whose whole is"
        " named with (下同), “the same below”, declares it for the bare shares after it, which are"
        " of that whole and not of a figure before a 其中; a whole named with its scope and a"
        " total word (全市进出口总值) is found by the end of its name less the total word"
        " (大连市进出口).",
        "“占同期全市进出口总值的（下同）22.2%；……进出口1446.5亿元，……，占52.7%”：注明“下同”的占比"
        "为其后的单独占比声明了同一总数，它们都是该总数的占比，而不是“其中”之前那个数的占比；带范围"
        "词和总量词的总数名称（全市进出口总值）按去掉总量词后的名称结尾查找（大连市进出口）。",
        ("claims._declared_whole", "claims._TOTAL_WORD_END"),
        (
            Example(
                # (the form of 大连海关's 2023 前7个月 report, big5.cri.cn, hunt 96): every share of
                # 2742.9: 610 → 22.24%, 1446.5 → 52.74%, 1561.7 → 56.94%, 530 → 19.32%
                "前7个月,大连市进出口2742.9亿元,同比(下同)增长7.7%。前7个月,以保税物流方式进出口"
                "610亿元,增长45.7%,占同期全市进出口总值的(下同)22.2%;以一般贸易方式进出口1446.5亿元,"
                "下降2.2%,占52.7%。前7个月,大连市对共建“一带一路”国家进出口1561.7亿元,增长7.7%,"
                "占56.9%。其中,对东盟进出口530亿元,增长54.7%,占19.3%。",
                (
                    ("share", "22.2", "agrees"),
                    ("share", "52.7", "agrees"),
                    ("share", "56.9", "agrees"),
                    ("share", "19.3", "agrees"),
                ),
            ),
        ),
    ),
    Form(
        "years of the Republic of China calendar",
        "“…115年度總預算案,…歲出211億2500萬元,…。113年度歲出編列193億6千萬元”: a year printed"
        " with three digits (1xx年, 1xx年度) is a year of the 民国 calendar (113 is 2024);"
        " figures of the same name in different years are different figures, no restatement of"
        " each other.",
        "“……115年度總預算案，……歲出211億2500萬元，……。113年度歲出編列193億6千萬元”：三位数年份"
        "（1xx年、1xx年度）是民国纪年（113年即2024年）；同名数字分属不同年度时是不同的数，不是"
        "彼此的换算重述。",
        ("claims._YEAR_NAMED", "claims._year_in"),
        (
            Example(
                # (the form of 嘉義市's 115年度 總預算, tw.news.yahoo.com, hunt 93):
                # 211.25 − 198.25 = 13
                "嘉義市議會今天完成審查嘉市府115年度總預算案,歲入198億2500萬元,歲出211億2500萬元,"
                "歲入歲出差短13億元。113年度歲出編列193億6千萬元,議會小刪407萬3千元。",
                (("balance", "13", "agrees"),),
            ),
        ),
    ),
    Form(
        "the leading posts of a staff count",
        "“核定行政编制10名,其中局长1名,副局长2名”: posts of a body's leadership (书记, 局长, 主任,"
        " 专员, 领导职数, 负责人, 委员…) or their ranks (正科, 副处级) listed under a count of"
        " people that they fall short of are some of them, not a breakdown of all: no sum is"
        " claimed.",
        "“核定行政编制10名，其中局长1名，副局长2名”：人数之下列出的领导职务（书记、局长、主任、专员、"
        "领导职数、负责人、委员等）或职级（正科、副处级），合计少于该人数时只是其中一部分，不是全部的"
        "分解，不核对合计。",
        ("claims._posts_of_staff",),
        (
            Example(
                # (the form of 寻甸县委办公室's 2024 部门整体支出绩效自评报告, kmxd.gov.cn,
                # miss 70):
                # 1 + 1 + 3 + 11 = 16 leading posts among 39 places
                "共有机关行政编制39名,其中县委书记1名、县委副书记1名、督查专员3名(副科级)、"
                "内设科室领导职数11名;事业编制5名。",
                (),
            ),
            Example(
                # kinds of place, not posts, are a breakdown: 8 + 4 = 12
                "核定编制12名,其中行政编制8名,事业编制4名。",
                (("sum", "12", "agrees"),),
            ),
            Example(
                # ranks held among a grade of staff (临汾市第五小学 2017 决算): 1 + 2 of 17
                "人员结构:中级17人(其中正科1人,副科2人),助理级36人。",
                (),
            ),
        ),
    ),
    Form(
        "bare shares of siblings whose whole is not printed",
        "“民营企业进出口4.12万亿元,增长5.4%,占60.5%。外商投资企业进出口2.31万亿元,下降8.1%,占33.9%;"
        "国有企业3702.3亿元,下降6.7%,占5.4%”: an amount followed by its own share, right after it"
        " or after its rate, is a part, no whole of the shares after it; a sibling's share read"
        " against a guessed whole it disagrees with leaves the whole its amount and share imply"
        " as a reading too.",
        "“民营企业进出口4.12万亿元，增长5.4%，占60.5%。外商投资企业进出口2.31万亿元，下降8.1%，占"
        "33.9%；国有企业3702.3亿元，下降6.7%，占5.4%”：紧跟（或隔着增长率）带有自身占比的金额是部分，"
        "不是其后占比的总数；前一并列项的占比与推断的总数不符时，其金额与占比所隐含的总数也作为一种"
        "理解。",
        ("claims._share_follows", "claims._bare_sibling_whole"),
        (
            Example(
                # (the form of 海关总署广东分署's 前10个月 report, thekwun.com, hunt 96): the
                # whole, 6.81万亿元, is named otherwise; none of the shares is of 4.12 or 2.31
                "前10个月,广东民营企业进出口4.12万亿元,增长5.4%,占60.5%。外商投资企业进出口2.31"
                "万亿元,下降8.1%,占33.9%;国有企业3702.3亿元,下降6.7%,占5.4%。",
                (),
            ),
        ),
    ),
    Form(
        "a score column named with its rate",
        "“预算数(A) | 执行数(B) | 执行率(B/A) | 得分 (20分*执行率)”: a column whose header opens"
        " with 得分 (分值, 评分, 权重, 扣分) is a column of scores, however its header goes on: no"
        " rate, and no input of the 执行率 beside it.",
        "“预算数(A) | 执行数(B) | 执行率(B/A) | 得分 (20分*执行率)”：表头以“得分”（分值、评分、"
        "权重、扣分）开头的列是分数列，无论表头后面写什么：既不是比率，也不是旁边执行率的计算数据。",
        ("tables._SCORE_COLUMN",),
        (
            Example(
                # (the form of a 龙阳 项目支出绩效自评表, longyang.gov.cn, hunt 8): 30.00 ÷
                # 278.4449 = 10.77%; 2.16 is 20 × 10.77%, a score
                "预算执行情况(万元) (20分) | 预算数(A) | 执行数(B) | 执行率(B/A) | "
                "得分 (20分*执行率) |\n年度财政资金总额 | 278.4449 | 30.00 | 10.77% | 2.16 |",
                (("completion", "10.77", "agrees"),),
            ),
        ),
    ),
    Form(
        "an execution rate of its own item",
        "“②贫困人口生态护林员项目1605万元,资金执行率100%;③草原生态修复治理补助支付71.01万元,资金"
        "执行率30%”: an execution rate whose budget is not printed is not read against the amount"
        " of the item before a ';' (another item's figure).",
        "“②贫困人口生态护林员项目1605万元，资金执行率100%；③草原生态修复治理补助支付71.01万元，资金"
        "执行率30%”：未列出预算数的执行率不以分号之前另一项目的金额为预算数。",
        ("claims._completions",),
        (
            Example(
                # (the form of 隆阳区 林业生态保护恢复资金 2022, longyang.gov.cn, hunt 58): the
                # budgets of the items are printed in the sentence before, by name
                "②贫困人口生态护林员项目1605万元,资金执行率100%;③草原生态修复治理补助支付71.01万"
                "元,"
                "资金执行率30%。",
                (),
            ),
        ),
    ),
    Form(
        "the changes of a list's parts printed together after them (分别比上年末增加…和…)",
        "“…人数为28391万人,比上年末增加2684万人。其中,参保职工21565万人,参保离退休人员6826万人,分"
        "别比上年末"
        "增加2163万人和521万人”: a run of changes opened by 分别 (or 各) right after a list's last"
        " part,"
        " one for each part, gives the parts' changes in order; they add up to the total's change.",
        "“……人数为28391万人，比上年末增加2684万人。其中，参保职工21565万人，参保离退休人员6826万"
        "人，分别比"
        "上年末增加2163万人和521万人”：紧接分项之后、以“分别”（或“各”）引出的一组增减额与各分"
        "项一一对应，"
        "相加应等于总数的增减额。",
        ("claims._list_relations", "claims._respective_run"),
        (
            Example(
                # heldout35 (人社部 2011 统计公报, jjckb.xinhuanet.com): 21565 + 6826 = 28391,
                # 2163 + 521 = 2684
                "2011年年末全国参加城镇基本养老保险人数为28391万人,比上年末增加2684万人。其中,参保"
                "职工"
                "21565万人,参保离退休人员6826万人,分别比上年末增加2163万人和521万人。",
                (("sum", "28391", "agrees"), ("change-sum", "2684", "agrees")),
            ),
            Example(
                # the same with the second change misprinted 529: 2163 + 529 = 2692
                "2011年年末全国参加城镇基本养老保险人数为28391万人,比上年末增加2684万人。其中,参保"
                "职工"
                "21565万人,参保离退休人员6826万人,分别比上年末增加2163万人和529万人。",
                (("sum", "28391", "agrees"), ("change-sum", "2684", "disagrees")),
                (("arithmetic.change-sum", "error"),),
            ),
        ),
    ),
    Form(
        "a context that holds the whole (这64家基金会中,…)",
        "“这64家基金会中,在民政部登记注册的全国性基金会38家,…;在地方民政部门登记注册的基金会26家,"
        "…”: a"
        " sentence that opens with a context holding a figure, ended by 中, lists its parts after"
        " it: the figures of the same measure (and measure word) that follow in the sentence, each"
        " in a clause of its own, add up to it (inferred: nothing says they are all of it, so a"
        " disagreement is a warning).",
        "“这64家基金会中，在民政部登记注册的全国性基金会38家，……；在地方民政部门登记注册的基金会"
        "26家，……”："
        "句首以“中”结尾、含有数字的范围语，其后同一计量（同一量词）、各占一个分句的数字为其组成部"
        "分，相加"
        "应等于该数（系推断，不符报警告）。",
        ("claims._figure_contexts",),
        (
            Example(
                # heldout31 (中慈联 2017 年度慈善捐赠报告): 38 + 26 = 64; the amounts are of
                # another measure
                "这64家基金会中,在民政部登记注册的全国性基金会38家,捐赠收入合计226.4亿元,用于慈善活"
                "动"
                "支出199.2亿元;在地方民政部门登记注册的基金会26家,捐赠收入合计97.1亿元,用于慈善活动"
                "支出"
                "75.7亿元。",
                (("sum", "64", "agrees"),),
            ),
            Example(
                # (the form of a 县域 budget report in the unkeyed corpus, m.shzx.org): 111 + 8
                # = 119; with 9 for 8, 120
                "119个县中,111个县收入正增长,9个县负增长。",
                (("sum", "119", "disagrees"),),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
        ),
    ),
    Form(
        "an audit's findings by where their correction stands (已整改, 正在整改, 未整改)",
        "“共计50项具体问题,问题资金251023.54万元,报告日已整改40项,整改到位资金215587.84万元,正在整"
        "改10项,"
        "未整改资金35435.70万元”: what an audit found (a count of problems, or their money) and th"
        "en the"
        " same measure of what is corrected and what is not yet: these add up to it, when every"
        " figure of the measure after it, to the last, says where its correction stands, one at"
        " least corrected and one not (inferred: a disagreement is a warning). A figure between"
        " them that says neither (采纳审计建议10个) leaves the measure unread.",
        "“共计50项具体问题，问题资金251023.54万元，报告日已整改40项，整改到位资金215587.84万元，正"
        "在整改"
        "10项，未整改资金35435.70万元”：审计查出的问题数（或问题金额）之后，同一计量的已整改数与尚"
        "未整改"
        "数相加应等于该数：条件是其后同一计量的每个数字都标明整改状态，且已整改、未整改各至少一个（"
        "系推断，"
        "不符报警告）。其间夹有不标整改状态的同类数字（采纳审计建议10个）时不读。",
        ("claims._rectified_lists", "claims._rectification_of"),
        (
            Example(
                # heldout35 (瑞金市 审计查出问题整改情况的报告, ruijin.gov.cn): 40 + 10 = 50,
                # 215587.84 + 35435.70 = 251023.54; 4个方面 and 29个单位 count other things
                "《审计报告》反映涉及4个方面、29个单位(部门)共计50项具体问题,问题资金251023.54万元,"
                "报告日"
                "已整改40项,整改到位资金215587.84万元,正在整改10项(含部分整改),未整改资金35435.70万"
                "元,"
                "出台13个规章制度。",
                (("sum", "50", "agrees"), ("sum", "251023.54", "agrees")),
            ),
            Example(
                # the same text's next paragraph: 4 + 2 = 6; 整改资金 with a remark in brackets
                # is neither corrected nor not
                "财政部门(含自然资源局)预算执行问题6项,涉及金额237054.47 万元,部分整改4项,已整改2项"
                ","
                "整改资金201783.20万元(含部分整改)。",
                (("sum", "6", "agrees"),),
            ),
            Example(
                # the first with 已整改 misprinted 41: 41 + 10 = 51
                "共计50项具体问题,问题资金251023.54万元,报告日已整改41项,整改到位资金215587.84万元,"
                "正在"
                "整改10项,未整改资金35435.70万元。",
                (("sum", "50", "disagrees"), ("sum", "251023.54", "agrees")),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
            Example(
                # (海区审计局 2021, unkeyed corpus): 采纳审计建议 and 移送 between the statuses
                "2021年,海区审计局审计发现问题82个,截至7月底,已整改问题38个,采纳审计建议10个,正在整"
                "改问题"
                "21个,移送问题13个。",
                (),
            ),
        ),
    ),
    Form(
        "counts of other things before a total (4个方面、29个单位共计50项具体问题)",
        "“涉及4个方面、29个单位共计50项具体问题”: counts that each name what they count right aft"
        "er"
        " their measure word, none ending as the total's name does (方面, 单位 against 问题), count"
        " other things: no parts of it. Kinds of the total's thing (15个乡镇街道,其中10个乡镇、5个"
        "街道) are its parts.",
        "“涉及4个方面、29个单位共计50项具体问题”：各数字在量词后写明所计之物、且都与总数所计之物"
        "（方面、单位与问题）不同的，计的是别的东西，不是总数的组成部分。总数所计之物的各类"
        "（15个乡镇街道，其中10个乡镇、5个街道）仍是组成部分。",
        ("claims._counts_other_things",),
        (
            Example("涉及4个方面、29个单位共计50项具体问题。", ()),
            Example(
                # 10 + 6 = 16, not 15: 街道 ends as 乡镇街道 does
                "全区共15个乡镇街道,其中10个乡镇、6个街道。",
                (("sum", "15", "disagrees"),),
                (("arithmetic.breakdown-sum", "error"),),
            ),
        ),
    ),
    Form(
        "parts counted in two measure words (个 and 家)",
        "“…完成采购项目22268个…。10-12月新增供应商277家,截至目前,累计入驻供应商4829家”: the par"
        "ts"
        " of a count counted in two measure words or more may count two kinds of things; they are"
        " read as its parts only when they add up.",
        "“……完成采购项目22268个……。10-12月新增供应商277家，截至目前，累计入驻供应商4829家”："
        "一个"
        "计数的各分项用了两种以上量词时，可能计的是不同的东西，只有相加相符时才作为组成部分。",
        ("claims._counted_two_ways",),
        (
            Example(
                # (聊城 公共资源交易, ggzyjy.liaocheng.gov.cn, unkeyed corpus): 采购项目 and
                # 供应商 are two things
                "2023年四季度,全省网上商城累计完成采购项目243028个,成交金额33.01亿元。其中,聊城市完"
                "成采购"
                "项目22268个,成交金额23175.94万元。10-12月新增供应商277家,截至目前,累计入驻供应商48"
                "29家。",
                (),
            ),
            Example(
                # 4 + 2 + 1 = 7, in 人 and 名
                "现有在职人员7人,其中行政人员4人,工勤人员2人,其他人员1名。",
                (("sum", "7", "agrees"),),
            ),
        ),
    ),
    Form(
        "the counts of items printed before what they count (公开招标120个项目,金额3.5亿元)",
        "“全年共完成采购项目150个,采购金额4亿元。其中,公开招标120个项目,金额3.5亿元;…”, “共有30"
        "6个…"
        "重点项目,项目年度总收入275.3亿元,年度总支出248.1亿元。其中,资助型项目97个,支出48.9亿元;…"
        "”: a"
        " list of amounts each printed with how many things it is for: the counts add up like the"
        " amounts (inferred). What is counted may follow the count, and a total's count may come"
        " before other amounts of its sentence (the things' income before their spending).",
        "“全年共完成采购项目150个，采购金额4亿元。其中，公开招标120个项目，金额3.5亿元；……”、“"
        "共有306个"
        "……重点项目，项目年度总收入275.3亿元，年度总支出248.1亿元。其中，资助型项目97个，支出48.9"
        "亿元；"
        "……”：各分项金额前都列了个数的，个数也应像金额一样相加（系推断）。所计之物可写在数字之后"
        "；总数的"
        "个数可在同一句其他金额之前。",
        ("claims._item_counts", "claims._counted_before"),
        (
            Example(
                # 120 + 31 = 151, not 150; 3.5 + 0.5 = 4
                "全年共完成采购项目150个,采购金额4亿元。其中,公开招标120个项目,金额3.5亿元;竞争性谈"
                "判31个"
                "项目,金额0.5亿元。",
                (("sum", "150", "disagrees"), ("sum", "4", "agrees")),
                (("arithmetic.breakdown-sum", "warning"),),
            ),
            Example(
                # heldout31 (中慈联 2017): 97 + 121 + 88 = 306, 48.9 + 162.9 + 36.3 = 248.1
                "上述64家基金会共有306个接收捐赠或支出金额超过1000万元的重点项目,项目年度总收入275."
                "3亿元,"
                "年度总支出248.1亿元。其中,资助型项目97个,支出48.9亿元;运作型项目121个,全年支出162."
                "9亿元;"
                "混合型项目88个,支出36.3亿元。",
                (("sum", "306", "agrees"), ("sum", "248.1", "agrees")),
            ),
        ),
    ),
    Form(
        "the main uses of an amount (主要用于…)",
        "“医疗卫生与计划生育支出42.76亿元,…,主要用于…补助支出25.8亿元;支持乡镇基层医疗卫生机构支"
        "出4.5"
        "亿元”: the main uses of an amount are some of it: their sum is a claim when it agrees (or"
        " is"
        " one unit of the last digit short), and when it goes beyond the amount, which no part of"
        " it can.",
        "“医疗卫生与计划生育支出42.76亿元，……，主要用于……补助支出25.8亿元；支持乡镇基层医疗卫"
        "生机构"
        "支出4.5亿元”：“主要用于”列出的是主要用途，只是一部分：相加相符（或只差末位一个单位）时"
        "才作为"
        "核对项；相加超过总数时报错（部分不可能超过整体）。",
        ("claims._uses_beyond", "claims._lists"),
        (
            Example(
                # (西峡县 2014 决算, freewechat.com copy, unkeyed corpus): 25.8 + 4.5 = 30.3 of
                # 42.76: the main uses only
                "医疗卫生与计划生育支出42.76亿元,增长29.4%,占财政支出总量的16%,主要用于财政对新型农"
                "村合作"
                "医疗、居民基本医疗等基金的补助支出25.8亿元;支持乡镇基层医疗卫生机构支出4.5亿元。",
                (),
            ),
            Example(
                "教育支出30.3亿元,主要用于义务教育支出25.8亿元、高中教育支出4.5亿元。",
                (("sum", "30.3", "agrees"),),
            ),
        ),
    ),
    Form(
        "a month's figure among the parts of a total over months (1-5月…其中,5月当月…)",
        "“2021年1-5月,地方政府债券到期偿还本金10157亿元。其中,5月当月到期偿还本金2880亿元。发行再"
        "融资"
        "债券偿还本金9147亿元,安排财政资金等偿还本金1010亿元”: the month's figure of a total over"
        " several months (1-5月, 累计, 本年) is a part of it by time, not one of its kinds: the"
        " others are its parts.",
        "“2021年1-5月，地方政府债券到期偿还本金10157亿元。其中，5月当月到期偿还本金2880亿元。发行"
        "再融资"
        "债券偿还本金9147亿元，安排财政资金等偿还本金1010亿元”：多个月合计数中“当月”的数字是按时"
        "间划分的"
        "一部分，不是按种类划分的分项：其余各项才是其组成部分。",
        ("claims._over_months",),
        (
            Example(
                # (财政部 2021年5月 地方政府债券, 中国证券报 copy, unkeyed corpus): 9147 + 1010 =
                # 10157
                "2021年1-5月,地方政府债券到期偿还本金10157亿元。其中,5月当月到期偿还本金2880亿元。"
                "发行"
                "再融资债券偿还本金9147亿元,安排财政资金等偿还本金1010亿元。",
                (("sum", "10157", "agrees"),),
            ),
        ),
    ),
    Form(
        "rates above the rate before them (分别为87.2%、89.3%)",
        "“职工医保政策范围内住院费用基金支付85.8%,…。二级、一级以下医疗机构政策范围内住院费用基金"
        "支付分别为"
        "87.2%、89.3%”: a rate above the percentage before it is a rate of another group, not a sh"
        "are"
        " of it: the percentages are no breakdown.",
        "“职工医保政策范围内住院费用基金支付85.8%，……。二级、一级以下医疗机构政策范围内住院费用"
        "基金支付"
        "分别为87.2%、89.3%”：高于前一百分比的比率是另一群体的比率，不是其中的份额：不作分项相加"
        "。",
        ("claims._check_list",),
        (
            Example(
                # (国家医保局 2019 统计快报 copy, wfsisic.com, unkeyed corpus)
                "职工医保政策范围内住院费用基金支付85.8%,实际住院费用基金支付75.6%,个人负担24.4%。"
                "二级、一级"
                "以下医疗机构政策范围内住院费用基金支付分别为87.2%、89.3%,分别高于三级医疗机构2.2个"
                "、4.3个"
                "百分点。",
                (),
            ),
        ),
    ),
    Form(
        "an average in a smaller unit than its total (34.8亿元 … 平均每个6213万元)",
        "“全县56个乡镇实际利用外资34.8亿元,平均每个乡镇6213万元”: an average of money is read aga"
        "inst"
        " a total of money in any unit of 元 (亿元 over a count, in 万元).",
        "“全县56个乡镇实际利用外资34.8亿元，平均每个乡镇6213万元”：金额平均数与任一元单位（亿元、"
        "万元）"
        "的金额总数都可核对。",
        ("claims._averages",),
        (
            Example(
                # (the form of heldout4's 辽宁 城区 text, in 元 here): 34.8亿 / 56 = 6214.29万,
                # 6213 within the rounding of 34.8 (34.75亿 / 56 = 6205.4万)
                "全县56个乡镇实际利用外资34.8亿元,平均每个乡镇6213万元。",
                (("ratio", "6213", "rounding"),),
                (("arithmetic.ratio", "warning"),),
            ),
        ),
    ),
    Form(
        "主要 with its 是 left out (…,主要一般公共预算拨款减少0.98万元,…)",
        "“支出预算较2024年增加124.29万元,主要一般公共预算拨款减少0.98万元,事业收入增加125.27万元”"
        ": 主要"
        " right after a clause's comma, its 是 left out, opens the main parts as 主要是 does: their"
        " sum is a claim when it agrees. Not a longer word it begins (主要用于, 主要包括, 主要原因"
        "…).",
        "“支出预算较2024年增加124.29万元，主要一般公共预算拨款减少0.98万元，事业收入增加125.27万元"
        "”："
        "紧跟逗号、省去“是”的“主要”与“主要是”一样引出主要部分：相加相符时作为核对项。以“主要"
        "”开头的"
        "更长的词（主要用于、主要包括、主要原因……）不在此列。",
        ("claims._lists",),
        (
            Example(
                # heldout21 (万州区 太龙镇卫生院 2025 单位预算): −0.98 + 125.27 = 124.29
                "支出预算较2024年增加124.29万元,主要一般公共预算拨款减少0.98万元,事业收入增加125.27"
                "万元(本年将基本公共卫生拨款暂列入事业收入预算)。",
                (("change-sum", "124.29", "agrees"),),
            ),
            Example(
                # −0.98 + 120.27 = 119.29: the main parts fall short, no claim
                "支出预算较2024年增加124.29万元,主要一般公共预算拨款减少0.98万元,事业收入增加120.27"
                "万元。",
                (),
            ),
        ),
    ),
    Form(
        "the priors of a list's parts, one unchanged, with reasons after them",
        "“一般公共预算收入由年初预算12981.26万元调整为13250.10万元,…。其中:税收分成收入年初预算94"
        "07.22万元"
        "不变;非税收入由年初预算3574.04万元调整为3842.88万元,主要由于:…(3)…调减…9.29万元”: the "
        "priors"
        " are summed over the parts the total is the sum of (the first two, which add up to it),"
        " not the reasons' figures after them; a part printed as unchanged is its own prior.",
        "“一般公共预算收入由年初预算12981.26万元调整为13250.10万元，……。其中：税收分成收入年初预"
        "算"
        "9407.22万元不变；非税收入由年初预算3574.04万元调整为3842.88万元，主要由于：……（3）……调"
        "减……"
        "9.29万元”：调整前数按总数所含的分项（恰好相加等于总数的前两项）相加，其后原因中的数字不计"
        "；"
        "注明不变的分项，其调整前数即本数。",
        ("claims._list_relations",),
        (
            Example(
                # heldout34 (中山市 板芙镇 2022 预算调整): 9407.22 + 3574.04 = 12981.26,
                # 9407.22 + 3842.88 = 13250.10
                "一般公共预算收入由年初预算12981.26万元调整为13250.10万元,调增268.84万元。其中:税收"
                "分成"
                "收入年初预算9407.22万元不变;非税收入由年初预算3574.04万元调整为3842.88万元,主要由"
                "于:(1)"
                "镇属企业利润上缴调增49.16万元;(2)调增228.96万元;(3)调减国有资源有偿使用收入9.29万"
                "元。",
                (
                    ("sum", "12981.26", "agrees"),
                    ("sum", "13250.10", "agrees"),
                    ("difference", "268.84", "agrees"),
                ),
            ),
            Example(
                # the prior misprinted 12991.26: 9407.22 + 3574.04 = 12981.26
                "一般公共预算收入由年初预算12991.26万元调整为13250.10万元,调增258.84万元。其中:税收"
                "分成"
                "收入年初预算9407.22万元不变;非税收入由年初预算3574.04万元调整为3842.88万元,主要由"
                "于:(1)"
                "镇属企业利润上缴调增49.16万元;(2)调增228.96万元;(3)调减国有资源有偿使用收入9.29万"
                "元。",
                (
                    ("sum", "12991.26", "disagrees"),
                    ("sum", "13250.10", "agrees"),
                    ("difference", "258.84", "agrees"),
                ),
                (("arithmetic.breakdown-sum", "error"),),
            ),
        ),
    ),
    Form(
        "shares under a sentence that opens with the name of their whole (电脑票中双色球…)",
        "“…其中,电脑票销售25.33亿元,…。电脑票中双色球游戏销售9.45亿元,占比37.33%;快开游戏销售11."
        "82亿元,"
        "占比46.7%;…”: a sentence that opens with a name and 中, run into the first item's name,"
        " names the whole of its bare shares: the figure of the sentences just before whose name is"
        " that name or begins with it (电脑票销售), not the figure before a 其中 further up (a weak"
        " reading).",
        "“……其中，电脑票销售25.33亿元，……。电脑票中双色球游戏销售9.45亿元，占比37.33%；快开游"
        "戏销售"
        "11.82亿元，占比46.7%；……”：句首以名称加“中”开头、直接连着第一项名称的，所列占比的总数"
        "为前面"
        "几句中以该名称命名（或以其开头，如电脑票销售）的数字，而不是更前面“其中”之前的数字（弱读"
        "法）。",
        ("claims._opened_by_name", "vocabulary.IN_WORDS"),
        (
            Example(
                # (湖南福彩 2018 上半年, a traditional mirror on hanxinmy.cn): 11.82 / 25.33 =
                # 46.66%, 3.91 / 25.33 = 15.44%, 0.135372 / 25.33 = 0.53%; 9.45 / 25.33 =
                # 37.31%, 37.33 within the rounding of 9.45
                "截至6月30日,上半年全省累计销售福利彩票44.74亿元,为国家筹集公益金12.46亿元。其中,电"
                "脑票"
                "销售25.33亿元,同比增长5229万元;即开票销售3.07亿元;视频票销售16.33亿元。电脑票中双"
                "色球游戏"
                "销售9.45亿元,占比37.33%;快开游戏销售11.82亿元,占比46.7%;3D游戏销售3.91亿元,占比15."
                "44%;"
                "七乐彩游戏销售1353.72万元,占比0.53%。",
                (
                    ("sum", "44.74", "rounding"),
                    # (the four games' sum, 25.315, within the rounding of 25.33)
                    ("sum", "25.33", "rounding"),
                    ("share", "37.33", "rounding"),
                    ("share", "46.7", "agrees"),
                    ("share", "15.44", "agrees"),
                    ("share", "0.53", "agrees"),
                ),
                (
                    ("arithmetic.breakdown-sum", "warning"),
                    ("arithmetic.breakdown-sum", "warning"),
                    ("arithmetic.share", "warning"),
                ),
            ),
        ),
    ),
    Form(
        "a later total after the items of an earlier list (…本年支出合计…其中…。…支出总计500.12"
        "万元)",
        "“本年支出合计519.07万元,其中基本支出401.91万元,…;项目支出117.16万元,…。…财政拨款收入总"
        "计500.12"
        "万元,支出总计500.12万元”: the items of a list whose total is printed before them are that"
        " list's, not the items of a later statement's total.",
        "“本年支出合计519.07万元，其中基本支出401.91万元，……；项目支出117.16万元，……。……财政"
        "拨款收入总计"
        "500.12万元，支出总计500.12万元”：总数在前的列表所列各项属于该总数，不是后面另一收支总计的"
        "分项。",
        ("claims._parts_of_earlier_list", "claims._statement_totals"),
        (
            Example(
                # (金华市救助管理站 2021 单位决算, a PDF flattened to one paragraph):
                # 401.91 + 117.16 = 519.07; 500.12 is the 财政拨款 total, of other parts
                "本年支出合计519.07万元,其中基本支出401.91万元,占77.43%;项目支出117.16万元,占22.57%"
                ";"
                "上缴上级支出0万元,占0%。(四)财政拨款收入支出决算总体情况说明 2021年度财政拨款收入"
                "总计"
                "500.12万元,支出总计500.12万元,与2020年相比,增加40.72万元,增长8.86%。",
                (
                    ("sum", "519.07", "agrees"),
                    ("share", "77.43", "agrees"),
                    ("share", "22.57", "agrees"),
                    ("share", "0", "agrees"),
                    ("change-rate", "8.86", "agrees"),
                ),
            ),
        ),
    ),
    Form(
        "taxes named as their income under a total of taxes, and the catch-all after them",
        "“税收收入322551万元,…。其中,增值税收入100103万元,…;企业所得税收入51749万元,…;个人所得税收入"
        "16630万元,…。↵其他税种154069万元,…”: a tax named as its income is a tax: taxes listed"
        " under a total of taxes, without 其他税收, are its main taxes, read only when they add up;"
        " with the catch-all printed right after them (其他…, in the sentence or opening the next)"
        " they are all of it when they add up to it.",
        "“税收收入322551万元，……。其中，增值税收入100103万元，……；企业所得税收入51749万元，……；"
        "个人所得税收入16630万元，……。↵其他税种154069万元，……”：以“收入”称呼的税种仍是税种："
        "税收总数下所列、不含其他税收的各税种是主要税种，相加相符时才作为核对项；紧随其后（同句"
        "或下一句开头）列出的“其他……”连同各税种相加等于总数时，即为全部分项。",
        ("claims._a_tax", "claims._catch_all_after", "vocabulary.CATCH_ALL_WORDS"),
        (
            Example(
                # heldout36 (天津市和平区 2021 财政收支): 100103 + 51749 + 16630 = 168482 of
                # 322551, the main taxes
                "1.税收收入322551万元,较2020年增长14.58%。由于2020年收入基数较低,主要税种增幅均出现"
                "不同程度回升。其中,增值税收入100103万元,较2020年增长9.40%;企业所得税收入51749万元,"
                "较2020年增长32.50%;个人所得税收入16630万元,较2020年增长21.27%。",
                (),
            ),
            Example(
                # the same with the next paragraph: + 其他税种 154069 = 322551
                "1.税收收入322551万元,较2020年增长14.58%。其中,增值税收入100103万元,较2020年增长"
                "9.40%;企业所得税收入51749万元,较2020年增长32.50%;个人所得税收入16630万元,较2020年"
                "增长21.27%。\n其他税种154069万元,较2020年增长12.24%。",
                (("sum", "322551", "agrees"),),
            ),
            Example(
                # with the catch-all misprinted 150069: 322551 − 4000, no claim (main taxes)
                "1.税收收入322551万元,较2020年增长14.58%。其中,增值税收入100103万元,较2020年增长"
                "9.40%;企业所得税收入51749万元,较2020年增长32.50%;个人所得税收入16630万元,较2020年"
                "增长21.27%。\n其他税种150069万元,较2020年增长12.24%。",
                (),
            ),
        ),
    ),
    Form(
        "公车 for 公务用车 (公车购置及运行维护费)",
        "““三公经费”财政拨款支出1645.14万元,比上年减支209.51万元,…。公车购置及运行维护费支出150"
        "2.58万元,"
        "比上年减支198.79万元,…。公务接待费支出142.56万元,比上年减支10.72万元,…因公出国费支出0万"
        "元”: 公车"
        " before 购置 or 运行 is 公务用车: the three 三公 items add up to the 三公 total, and their"
        " changes to its change. The 其中 list of 公车购置及运行维护费 is read over its own two"
        " parts, which are named as its inputs.",
        "“‘三公经费’财政拨款支出1645.14万元，比上年减支209.51万元，……。公车购置及运行维护费支"
        "出1502.58"
        "万元，比上年减支198.79万元，……。公务接待费支出142.56万元，……因公出国费支出0万元”：购"
        "置、运行"
        "之前的“公车”即公务用车：三公三项相加应等于三公合计，其增减额亦然。公车购置及运行维护费的"
        "“其中”"
        "只读其自身两项，并以此两项为计算数据。",
        ("vocabulary.FORMER_NAMES", "claims._check_list"),
        (
            Example(
                # (阿图什市 2021 三公经费, xjats.gov.cn): 0 + 1502.58 + 142.56 = 1645.14, 0 +
                # 198.79 + 10.72 = 209.51; 11.67 + 1490.91 = 1502.58; the report's own error:
                # 869.02 + 670.23 = 1539.25, not 198.79, and 670.23 / (1490.91 + 670.23) =
                # 31.01%, not 81.67%
                "2021年阿图什市“三公经费”财政拨款支出1645.14万元,比上年减支209.51万元,降低11.30%"
                "。公车"
                "购置及运行维护费支出1502.58万元,比上年减支198.79万元,降低11.68%。其中:公务用车购置"
                "费支出"
                "11.67万元,比上年减支869.02万元,降低98.67%;公务用车运行维护费1490.91万元,比上年减支"
                "670.23"
                "万元,降低81.67%。公务接待费支出142.56万元,比上年减支10.72万元,降低6.99%因公出国费"
                "支出0"
                "万元,比上年减支0万元。",
                (
                    ("sum", "1645.14", "agrees"),
                    ("change-sum", "209.51", "agrees"),
                    ("change-rate", "11.30", "agrees"),
                    ("sum", "1502.58", "agrees"),
                    ("change-sum", "198.79", "disagrees"),
                    ("change-rate", "11.68", "agrees"),
                    ("change-rate", "98.67", "agrees"),
                    ("change-rate", "81.67", "disagrees"),
                    ("change-rate", "6.99", "agrees"),
                ),
                (("arithmetic.change-sum", "error"), ("arithmetic.change-rate", "error")),
            ),
        ),
    ),
    Form(
        "sections of a bulletin, each opening with the part it is about (…方面,)",
        "“全国基本医疗保险参保人数134592万人,…总支出24597.24亿元,…。↵职工基本医疗保险方面,…参保人数"
        "36243万人,…支出15243.80亿元,…。↵城乡居民基本医疗保险方面,…人数98349万人。…支出9353.44"
        "亿元”: two or more paragraphs in a row that each open with the part they are about, right"
        " after a paragraph of totals: a total whose measure (a count's measure word; else the"
        " last two characters of its name, 收入, 支出) no other figure of its paragraph shares,"
        " printed once in each section, is the sum of the sections' figures (a weak reading: the"
        " sections may not be all of it). Only the first run of sections of a text is read.",
        "“全国基本医疗保险参保人数134592万人，……总支出24597.24亿元，……。↵职工基本医疗保险方面，……"
        "参保人数36243万人，……支出15243.80亿元，……。↵城乡居民基本医疗保险方面，……人数98349万人。……"
        "支出9353.44亿元”：紧接一段总数之后、连续两段及以上各以所述部分开头（……方面，）的段落：总数"
        "的计量（计数看量词，其他看名称末两字，如收入、支出）在其段中唯一、且在每个分段中各出现一次"
        "时，各分段的数字之和应等于总数（弱读法：各分段未必是全部）。只读一篇中的第一组分段。",
        ("claims._section_lists", "claims._section_measure"),
        (
            Example(
                # (国家医保局, 2022年全国医疗保障事业发展统计公报, the national figures): 36243 +
                # 98349 = 134592; 20793.27 + 10128.90 = 30922.17; 15243.80 + 9353.44 =
                # 24597.24; each 当期结存 is its 收入 − 支出 (30922.17 − 24597.24 = 6324.93,
                # 20793.27 − 15243.80 = 5549.47, 10128.90 − 9353.44 = 775.46)
                "截至2022年底,全国基本医疗保险参保人数134592万人,参保率稳定在95%以上。2022年,全国基本"
                "医疗保险(含生育保险)基金总收入30922.17亿元,比上年增长7.6%;总支出24597.24亿元,比上年"
                "增长2.3%;当期结存6324.93亿元,累计结存42639.89亿元。\n职工基本医疗保险方面,截至2022年"
                "底,职工医保参保人数36243万人,比上年增加813万人。职工医保基金(含生育保险)收入20793.27"
                "亿元,比上年增长9.4%,支出15243.80亿元,比上年增长3.3%。职工医保基金(含生育保险)当期"
                "结存5549.47亿元,累计结存35105.76亿元。\n城乡居民基本医疗保险方面,截至2022年底,城乡"
                "居民基本医疗保险人数98349万人。2022年,居民医保基金收入10128.90亿元,比上年增长4.2%;"
                "支出9353.44亿元,比上年增长0.6%。2022年,居民医保基金当期结存775.46亿元,累计结存"
                "7534.13亿元。",
                (
                    ("sum", "134592", "agrees"),
                    ("sum", "30922.17", "agrees"),
                    ("sum", "24597.24", "agrees"),
                    ("balance", "6324.93", "agrees"),
                    ("balance", "5549.47", "agrees"),
                    ("balance", "775.46", "agrees"),
                ),
            ),
        ),
    ),
]
