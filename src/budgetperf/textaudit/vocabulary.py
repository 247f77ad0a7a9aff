"""The words the text audit reads, as data: one table per kind of cue.

Every sentence form the audit understands is made of the entries below. A new way of saying
"down by" is a new entry in :data:`CHANGE_VERBS`; a new standard breakdown is a new row of
:data:`DECOMPOSITIONS`. The catalogue of sentence forms in the documentation is generated from
the tests that exercise these entries.
"""

from __future__ import annotations

__all__ = [
    "ABSENCE_ALIASES",
    "ACCOUNT_MEASURES",
    "AGGREGATES",
    "BASE_VERBS",
    "BUDGET_GAP_VERBS",
    "BUDGET_VERBS",
    "BUDGET_WORDS",
    "CATCH_ALL_WORDS",
    "CHANGE_VERBS",
    "COMPARED_VERBS",
    "COMPARISON_WORDS",
    "DECOMPOSITIONS",
    "FARM_SECTORS",
    "FORMER_NAMES",
    "FROM_WORDS",
    "FUNDING_QUALIFIERS",
    "FUNDS",
    "FUND_FORMER_NAMES",
    "HALF_YEAR",
    "INDICATOR_LEVELS",
    "INDUSTRIES",
    "INTRODUCERS",
    "IN_WORDS",
    "LEVEL_VERBS",
    "MONTH_SPAN",
    "NAMED_DIFFERENCES",
    "NAMED_RATIOS",
    "NESTED_ITEMS",
    "NESTED_NAMES",
    "OBJECT_CHANGE_VERBS",
    "PARTIAL_INTRODUCERS",
    "PERIOD_WORDS",
    "PERSONNEL_ITEMS",
    "PHASELESS_NAMES",
    "PROTECTED",
    "QUARTER",
    "REAL_GROWTH",
    "RELIEF_NAMES",
    "REVENUE_ALIASES",
    "RUN_MARKS",
    "SAVINGS",
    "SHORT_SUBJECTS",
    "SPUN_SYNONYMS",
    "SUBJECT_ALIASES",
    "TAX_TYPES",
    "TOTAL_VERBS",
    "TRADE_MEASURES",
]

#: The marks that join the figures of a run printed once with its name ("分别为4288亿元、1430亿元
#: 和60亿元", "同比增长18.0%、18.5%、17%和21.1%"): the facts' runs, the claims' runs of shares,
#: and a run's last figure that is no total of what follows.
RUN_MARKS = "、和及与"

#: Change verbs and their direction. 镌汰/增添 are the replacements a synonym-spinning reprint
#: site makes for 减少/增长 (the arithmetic survives the spinning).
CHANGE_VERBS: dict[str, int] = {
    "增加": 1,
    "增长": 1,
    "成长": 1,  # Taiwan's word for growth ("較108年度增加150.39億元,成長9.19%")
    "上升": 1,
    "上涨": 1,  # a price's rise ("次均医药费154元,比上年增加7.5元,上涨5.1%")
    "提高": 1,
    "增收": 1,
    "超收": 1,
    "增支": 1,
    "多支": 1,
    "超支": 1,
    "增幅": 1,
    "增速": 1,
    "增": 1,
    "减少": -1,
    "下降": -1,
    "降低": -1,
    "减低": -1,  # 降低 ("预算财政拨款收入减少1643.12万元,减低33.39%")
    "回落": -1,
    "下跌": -1,  # a price's fall (the opposite of 上涨)
    "减收": -1,
    "减支": -1,
    "少支": -1,
    "短收": -1,
    "节约": -1,
    "降幅": -1,
    "减幅": -1,
    "减": -1,
    "降": -1,
    "负增长": -1,
    "少": -1,
    "多": 1,
    # more or less paid out ("比2012年同期多发3.2亿元,增加了15.6%")
    "多发": 1,
    "少发": -1,
    "多拨": 1,
    "少拨": -1,
    # more or less collected ("全年征收养老保险费54978万元,与去年相比少征收6325万元")
    "多征收": 1,
    "少征收": -1,
    "多收": 1,
    "少收": -1,
    "调增": 1,
    "调减": -1,
    "压缩": -1,
    "压减": -1,
    "缩减": -1,
    # a profit's change in a state enterprise's report ("利润总额12.16亿元,同比增利11.23亿元",
    # "同比扭亏增盈27.51亿元")
    "增利": 1,
    "减利": -1,
    "增盈": 1,
}
#: Change verbs read only right after a comparison (比/较 and a few words), and their direction:
#: "比上年预算数加23.47万元" (加 for 增加); 加 alone is no verb elsewhere (教育费附加, 加上).
COMPARED_VERBS: dict[str, int] = {"加": 1}
#: Change verbs that may name what changed right after them, and are read so after the figure
#: compared with: "较分配预算盈余目标0.59亿元,增加盈余1.26亿元", "减少亏损…" (each is one of
#: :data:`CHANGE_VERBS`; rates named so, 增加值, 增幅, are not changes).
OBJECT_CHANGE_VERBS = ("增加", "减少")
#: Change verbs that compare with the budget, not the year before, unless their own clause
#: compares with something else: "完成预算20000万元的172.6%,超收14519万元", "超支", "节约"
BUDGET_VERBS = ("节约", "超支", "超收", "短收")
#: Words of reprint sites that replace common words with synonyms, and what they stand for.
SPUN_SYNONYMS: dict[str, str] = {"镌汰": "减少", "增添": "增长", "一样平常": "一般"}
#: Former names of a budget, and the current one: 公共财政预算 was renamed 一般公共预算 by the
#: 2014 Budget Law, and reports of either age (or one that mixes them) name the same figures.
#: Also a name written in another order (looked for after 维护 is dropped): "公务用车运行维护及
#: 购置费" is the 公务用车购置及运行维护费. And a name's common short form: 运维 is 运行维护
#: ("公务用车购置及运维费30.93万元" is the "公务用车购置及运行维护费" of the next paragraph), and
#: 公车 or 公务车 of 公务用车.
FORMER_NAMES: dict[str, str] = {
    "一般公共财政预算": "一般公共预算",
    "公共财政预算": "一般公共预算",
    # the older 一般预算收入 ("地方一般预算收入"), before 公共财政预算 ("新区直管区2024年一般预算
    # 收入累计完成9.4亿元…占一般公共预算收入比重89.0%")
    "一般预算": "一般公共预算",
    "公务用车运行及购置": "公务用车购置及运行",
    "运维": "运行",
    # 公车 for 公务用车 ("公车购置及运行维护费支出1502.58万元"), before 购置 or 运行 only ("办公车辆
    # 购置" holds 公车 but is no 公车购置)
    "公车购置": "公务用车购置",
    "公车运行": "公务用车运行",
    # 公务车 for 公务用车 ("公务车购置及运行维护费支出决算为41.9万元" of the table's 公务用车购置
    # 及运行费), before 购置 or 运行 only, as 公车
    "公务车购置": "公务用车购置",
    "公务车运行": "公务用车运行",
}

#: Funding sources written between an item's name and 支出 ("“三公”经费财政拨款支出"): the
#: item is the same, since a 三公 or 机关运行 figure is a 财政拨款 figure by definition.
FUNDING_QUALIFIERS = ("一般公共预算财政拨款", "财政拨款")

#: Names of one figure under another name (canonical subjects): a 决算's 收入总计 equals its
#: 支出总计, so "收入支出总体" ("收入支出总体与上年相比,增加58.21万元") is the 收入总计, whose
#: canonical subject is 收入.
SUBJECT_ALIASES: dict[str, str] = {
    "收入支出总体": "收入",
    "收支总体": "收入",
    "收入支出": "收入",
    "收支": "收入",
    "收、支": "收入",
    "收、支总计": "收入",
    "收支总计": "收入",
    # "因公出国(境)支出决算1,130.34万元": the 三公 item named by its spending
    "因公出国支出": "因公出国费",
    "公务接待支出": "公务接待费",
    # "公務用車費用增加0.7萬元" (a 三公 說明): the 三公 item by its short name
    "公务用车费": "公务用车购置及运行费",
}

#: Procurement savings and audit reductions: the words of the plan (or the amount submitted),
#: of the actual (or the amount approved), of the saving (or reduction) and of its rate. The
#: saving is plan − actual and the rate saving / plan ("送审金额115991万元,审定金额97219万元,
#: 审减金额18906万元,审减率16.39%").
SAVINGS: dict[str, tuple[str, ...]] = {
    "plan": ("计划", "预算金额", "采购预算", "预算规模", "送审"),
    "actual": ("实际采购", "实际支付", "完成额", "审定", "合同金额"),
    "saved": ("节约", "节省", "审减", "核减"),
    "rate": ("节约率", "节省率", "节资率", "节支率", "结余率", "审减率", "核减率"),
    # a public resource centre's trade: procurement with land sales, mining rights and
    # property deals that save nothing, so a saving rate may be of a part of it
    "traded": ("交易额", "交易金额", "交易资金", "交易总额"),
}

#: Measures of value added whose growth statistics print at comparable prices (real), while
#: their figures and changes are at current prices: "地区生产总值417亿元,净增110.8亿元,增长9.4%"
#: (the nominal growth was 36%). A rate is read against the change only when it agrees.
REAL_GROWTH = ("生产总值", "增加值", "GDP")

#: What a change is compared with: a prior period, or the budget.
COMPARISON_WORDS = ("比", "较", "与", "和", "同比", "对比")
#: The parts of a year a report names a figure's period by, as regular expressions: a quarter
#: ("一季度", "第二季度", "前三季度"), a half ("上半年") and a span of months ("1-6月", "1—10月份").
#: One vocabulary for the readings that drop a period from a figure's name (facts.canonical:
#: "一季度全省收入" is 全省收入's) and that tell a period said again before a list's first part
#: (claims: "分中央和地方看,一季度,中央…").
QUARTER = r"(?:前|第)?[一二三四]季度"
HALF_YEAR = r"[上下]半年"
MONTH_SPAN = r"\d{1,2}\s*[-—~至到]\s*\d{1,2}月份?"

PERIOD_WORDS = ("上年", "去年", "同期", "同月", "上一年", "上年度", "同比", "上月")
#: (报告数: the figure the year's execution report gave, which a 决算 compares with — "比报告数
#: 49500万元增加8万元,比2019年决算数下降24.8%": of the same year, like a budget, not the year
#: before)
BUDGET_WORDS = ("年初预算", "调整后预算", "调整预算", "全年预算", "年度预算", "预算", "报告数")
#: "完成预算92390万元的108.1%", "占到预算…的", "达到年计划…的": the verbs before a budget, plan or
#: target that a completion rate after it is of.
BASE_VERBS = ("完成", "占到", "占", "达到", "为")
#: "由年初的80000万元调整为89138万元", "从100家增加到120家", "由年底的40810亿元增加至41514亿元": a
#: level's old value after one of FROM_WORDS, its new value after one of LEVEL_VERBS followed by
#: 为, 到 or 至 (调整为, 增加到, 增至, 降至…).
FROM_WORDS = ("由", "从")
LEVEL_VERBS = (
    "调整",
    "调增",
    "调减",
    "增加",
    "减少",
    "增长",
    "上升",
    "下降",
    "提高",
    "降低",
    "扩大",
    "缩小",
    "压缩",  # "项目数量从582个压缩至358个"
    "变更",
    "变",
    "调",  # "从…137.58亿元调至141.91亿元"
    "增",
    "减",
    "降",
    "升",
)
#: "决算数小于年初预算数270.88万元": the amount the actual figure is above (+1) or below (−1)
#: the budget, by these words of comparison right before the budget's name.
BUDGET_GAP_VERBS: dict[str, int] = {
    "大于": 1,
    "高于": 1,
    "超过": 1,
    "超出": 1,
    "多于": 1,
    "超": 1,  # "实际完成43000万元,超预算1000万元" (after 超过 and 超出, tried first)
    "小于": -1,
    "低于": -1,
    "少于": -1,
}

# 加 as "plus" ("加:上年结转", "加上年结余", "加补助收入"), not the verb it begins ("加强…宣传",
# "加快", "加大投入"): a pattern, read where a figure is added to those before it (claims) and
# where a subject's opening words are taken off (facts).
PLUS_WORD = r"加(?![强快大紧速深重以剧密])"

#: Words that open a list of the parts of the figure before them.
# An item number "1." or "1、" (a pattern): not a decimal's point ("1.5万元"), but right before a
# year it numbers an item ("1.2018年“一带一路”…补助经费190万元;"). Read by the sentence breaks
# (normalise) and by the outline of a list's items (claims).
DIGIT_ITEM_NUMBER = r"\d{1,2}[.、](?:(?!\d)|(?=(?:19|20)\d\d年))"

INTRODUCERS = (
    "其中包括",
    "具体包括",
    "其中",
    "包括",
    "包含",
    "主要包括",
    "主要用于",
    "用于",
    "具体为",
    "具体是",  # "公务接待费支出决算4,895.00元,具体是国内接待费…4,895.00元,国(境)外接待费…0元"
    "分别为",
    "分别是",
    "分别完成",
    "分别实际完成",
    "分别实现",
    "含",
    "当中",  # "…投资收入3310亿元。当中,债券投资收益1422亿元;…" (Hong Kong's 其中)
    "主要构成",  # "(一)收入总计主要构成。↵本年收入7477.5万元;年初结转结余84.95万元" (决算 说明)
    "构成情况是",  # "汇总数为715.53万元…分项构成情况是:因公出国(境)费为0万元…" (三公 说明)
    # "公益金共计123.22万元,其组成情况如下:一是…37.22万元,二是…85万元,三是…4.5万元"
    "组成情况如下",
    "构成情况如下",
    "来源为",  # "总预算36,620万元,经调整后资金的来源为:中央财政补助10,000万元,…" (绩效自评)
)

#: How a report says that the figures after it break a total down by a classification
#: ("按功能分类科目,…", "按支出经济分类科目划分,…", "按资金来源分:"): a regular expression, since
#: the classification is named in many ways between 按 and 分. Several such lists in a row break
#: the same total down, each in its own way.
CLASSIFIED_BY = (
    r"(?:按(?:照)?[^,;:。]{1,10}?(?:分类(?:科目)?(?:划分|来看|看|分)?|划分|分)"
    # "分级次看,市本级…;区级…;县级…", "分中央和地方看": a breakdown by what follows 分
    r"|(?<![区部划细])分[^,;:。分]{1,8}?(?:来看|看))"
)

#: Words that open a list of the main parts only ("增加105.77万元,主要是基本支出增加39.77万元,
#: 项目支出增加66.00万元"): the parts need not add up to the figure, so such a list is a claim
#: only when they do.
PARTIAL_INTRODUCERS = (
    "主要原因是",
    "主要原因一是",  # "增加73.91万元,…,主要原因一是当年人员经费增加20.17万元,二是…"
    "主要原因:一是",
    "主要是",
    "主要系",
    "主要为",
    "主要有",
    "主要由于",
)

#: The four budgets a government's money is kept in, and the older name of the first: a figure
#: named with one is that budget's ("政府性基金预算总收入" is no income of 一般公共预算).
FUNDS: tuple[str, ...] = ("一般公共预算", "政府性基金", "国有资本经营", "社会保险基金")
FUND_FORMER_NAMES: dict[str, str] = {"公共财政预算": "一般公共预算"}

#: Names that contain 预算 without being a budget phase.
PROTECTED = (
    "一般公共预算",
    "公共财政预算",
    "政府性基金预算",
    "国有资本经营预算",
    "社会保险基金预算",
    "一般预算",  # the older name of 一般公共预算 ("地方一般预算收入")
    "公共预算",  # its short name ("其中:公共预算财政拨款收入3165.33万元"): no budget figure
    "预算稳定调节基金",  # a fund's name ("运用预算稳定调节基金0.76亿元"), not a budget figure
    "预算结余",  # what is left of a budget ("批复指标…,已用指标…,预算结余…"): no budget figure
    # money on the budget, as against off it (预算外): "其中预算内财政拨款300万元", "中央预算内投资"
    # are of any phase
    "预算内",
    # a body that has a budget ("市一级预算单位的公务用车购置及运行维护费…支出分别为1254.3万元"):
    # its figures are of any phase
    "预算单位",
    "预算部门",
)

#: Names of tax reliefs that hold 扣除 without deducting anything from a running sum:
#: "个人所得税专项附加扣除减税4.87亿元", "研发费用加计扣除" (reliefs listed beside others, not
#: taken off them).
RELIEF_NAMES = ("专项附加扣除", "加计扣除", "税前扣除", "专项扣除")

#: Names of work that hold a word of the actual phase (执行, 完成) without being one: "案件执行
#: 100万元" among a budget's items is the money for enforcing judgments, not what was spent.
PHASELESS_NAMES = ("案件执行", "执行案件", "强制执行", "执行局", "执行工作")

#: Funds and items a report may say did not occur ("本单位没有政府性基金收入"), with the other
#: names a table column may give them.
ABSENCE_ALIASES: dict[str, tuple[str, ...]] = {
    "政府性基金": ("政府性基金", "政府基金"),
    "国有资本经营": ("国有资本经营",),
    "社会保险基金": ("社会保险基金",),
    "因公出国": ("因公出国",),
    "公务用车购置": ("公务用车购置",),
    "公务接待": ("公务接待",),
}

#: Short names a report gives its revenue total, and the names it prints that total under
#: ("全市一般公共预算收入完成38.3亿元…税收收入28.1亿元,占财政收入比重为73.5%"), most specific
#: first. A share of such a name is read against the first of them printed before it.
#: Subjects named by one character, and the name they stand for ("…非税收入完成15367万元,…,税占比为
#: 40.2%": the share of the taxes, 税收收入, not of the 非税收入 printed last).
SHORT_SUBJECTS: dict[str, str] = {"税": "税收"}

REVENUE_ALIASES: dict[str, tuple[str, ...]] = {
    "财政收入": ("一般公共预算收入", "地方财政收入", "公共财政收入"),
    "地方财政收入": ("一般公共预算收入", "公共财政收入"),
    "税收": ("税收收入",),  # "主体税种占全部税收的比重"
}

#: Names that are totals by definition (the aggregates of a budget), for breakdowns whose total
#: is only named by a generic word (收入, 支出).
#: What a trailing total may say it totals, between 总计/合计/共计 and its figure ("总计删除40万元",
#: "总计减列新台币408万5,000元整", "共计投入资金…"): the same action as its parts.
TOTAL_VERBS = (
    "删除",
    "删减",
    "减列",
    "核减",
    "审减",
    "追加",
    "安排",
    "投入",
    "拨付",
    "下达",
    "发放",
    "支出",
    "节约",
    "节省",
)

AGGREGATES = (
    "一般公共预算收入",
    "一般预算收入",  # the older name ("地方一般预算收入")
    "一般公共预算支出",
    "财政收入",
    "财政支出",
    "财政总收入",
    "公共财政收入",
    "公共财政支出",
    "财政拨款支出",
)

#: Ratios printed by their name alone ("税收收入累计完成35.22亿元,…,税性比为84%";
#: "资产总额76.2万亿元,负债总额51.9万亿元,…,资产负债率68.1%"): the name, and the subjects of the
#: part and of the whole it is a share of (the part printed last before the ratio, the whole
#: printed before the part).
NAMED_RATIOS: dict[str, tuple[str | tuple[str, ...], str]] = {
    # (the taxes are named by the bureau that collects them too: "其中:税务部门完成21334万元,…;
    # 财政部门完成12762万元,…。税收占比为62.57%", a county's 预算执行 news)
    "税性比": (("税收收入", "税务部门"), "收入"),
    "税收占比": (("税收收入", "税务部门"), "收入"),
    "税收比重": (("税收收入", "税务部门"), "收入"),
    "税收收入占比": ("税收收入", "收入"),
    "资产负债率": ("负债", "资产"),
    # a government's debt ratio: its debt outstanding over its 综合财力 ("债务率51.8%"), no share
    # of a debt figure printed before it
    "债务率": ("债务余额", "综合财力"),
    # a 住房公积金 report's loan ratio ("个贷率(个人住房贷款余额/缴存余额)为72.80%")
    "个贷率": ("个人住房贷款余额", "缴存余额"),
    # the same named at length ("全盟住房公积金个人贷款发放率为82.23%", "全州个人贷款率为81.34%"):
    # the loans outstanding over the balance paid in
    "个人贷款发放率": ("贷款余额", "缴存余额"),
    "个人贷款率": ("贷款余额", "缴存余额"),
}

#: The words that name a list's catch-all item, the one that closes it ("…,其他占70.30%",
#: "其他税种154069万元", "其余…"): the items before it are not all of the list's whole.
CATCH_ALL_WORDS = ("其他", "其它", "其余")

#: Words with 中 that open no context of the figures after them, where a name and 中 at a
#: sentence's start do ("电脑票中双色球游戏销售9.45亿元,占比37.33%": shares of 电脑票): 其中 and
#: 当中 introduce parts, 之中 and 集中 are other words, and the rest name things of their own.
IN_WORDS = (
    *("其中", "当中", "之中", "集中", "高中", "初中"),
    *("中央", "中小", "中学", "中专", "中级", "中等", "中部", "中心", "中标", "中间", "中期"),
)

#: China's tax types (税种), and 营业税 (replaced by 增值税 in 2016), as a tax revenue list names
#: them: listed under a total of taxes without 其他税收, they are its main taxes, not all of it
#: ("税收收入完成3.84亿元,…。其中:增值税完成2.16亿元,…;企业所得税完成0.25亿元,…;契税完成
#: 0.38亿元,…").
TAX_TYPES = (
    "增值税",
    "消费税",
    "营业税",
    "企业所得税",
    "个人所得税",
    "所得税",
    "资源税",
    "城市维护建设税",
    "城建税",
    "房产税",
    "印花税",
    "城镇土地使用税",
    "土地增值税",
    "车船税",
    "船舶吨税",
    "车辆购置税",
    "关税",
    "耕地占用税",
    "契税",
    "烟叶税",
    "环境保护税",
)

#: What a figure of trade measures, by the end of its name (零售总额 measures 零售额): a figure of
#: one measure is no part of a total of another (批发业销售额 under 社会消费品零售总额). Not 增加值
#: and 产值: a 生产总值 is the sum of its industries' 增加值.
TRADE_MEASURES = ("零售额", "销售额", "营业额", "成交额")

#: What an enterprise's figure measures, anywhere in its name, the longest first (净资产 before
#: 资产): a figure of one is no part of a total of another ("资产总额达到21050亿元,…。其中,省属
#: 监管企业资产规模达到7000亿元,…创造税收174亿元"). 收入 is none of them: 税收 is a part of it.
#: Output (产值) and value added (增加值) are two measures of production ("工业总产值59.2亿元,…
#: 其中,…规模工业企业…工业产值30.2亿元,…完成工业增加值6.7亿元").
ACCOUNT_MEASURES = (
    "所有者权益",
    "净资产",
    "资产",
    "负债",
    "利润",
    "营业收入",
    "税",
    "增加值",
    "产值",
)

#: Items that hold others printed beside them: a hospital's 医疗收入 holds its 药品收入 and
#: 卫生材料收入 (drugs and materials are sold in its 门诊 and 住院 care), 工业投资 holds 技改投资
#: (technical renovation is industrial investment), so a list naming both is two breakdowns run
#: together ("(一)药品收入2.84亿元,…;卫生材料收入2.1亿元,…;医疗收入13.25亿元", "其中:基础设施
#: 投资10亿元,工业投资11.9亿元,技改投资10.05亿元"), not one.
NESTED_ITEMS: dict[str, tuple[str, ...]] = {
    "医疗收入": ("药品收入", "卫生材料收入"),
    "工业投资": ("技改投资", "技术改造投资"),
}

#: The items of personnel costs by economic class (工资福利支出's items, 社会保障缴费, 公积金),
#: as a part's name starts (工资支出, 社会保障缴费, 公积金支出): such parts picked out of
#: spending by function are not all of it ("教育投入达10.7亿元,其中工资支出7.5亿元,…").
PERSONNEL_ITEMS = (
    "工资",
    "薪酬",
    "薪资",
    "津贴",
    "补贴",
    "奖金",
    "社会保障",
    "社保",
    "养老保险",
    "医疗保险",
    "职业年金",
    "公积金",
)

#: The sectors of farm output (农业产值, 畜牧业总产值); 农林牧渔业总产值 holds their services too.
FARM_SECTORS = ("农", "林", "牧", "渔", "畜牧")

#: The three industries, each as a subject names it (第一产业增加值, 一产增加值): the terms of a
#: structure of 三次产业 ("三次产业结构比为21.8:17.4:60.8").
INDUSTRIES: tuple[tuple[str, str], ...] = (
    ("第一产业", "一产"),
    ("第二产业", "二产"),
    ("第三产业", "三产"),
)

#: Differences printed by their name alone ("资产总额30.0万亿元,负债总额9.5万亿元,
#: 净资产20.5万亿元"): the name, and the subjects of the figure and of what is taken from it,
#: both printed before.
NAMED_DIFFERENCES: dict[str, tuple[str, str]] = {
    "净资产": ("资产", "负债"),
    "所有者权益": ("资产", "负债"),  # an enterprise's 净资产 ("资产总额…,负债总额…,所有者权益…")
    "净收入": ("收入", "支出"),  # "总收入为97.9亿元,总支出为57亿元,净收入40.9亿元"
    # a 住房公积金 report's balance: all paid in less all drawn ("缴存总额1179.70亿元,提取总额
    # 783.79亿元,缴存余额395.91亿元"; 总额 is no part of a subject)
    "缴存余额": ("缴存", "提取"),
    # a statistical bulletin's population: the births less the deaths, each per thousand people
    # ("出生率为6.2‰;死亡人口2021人,死亡率为7.79‰;自然增长率为-1.6‰")
    "自然增长率": ("出生率", "死亡率"),
}

#: Names of which one holds the other (outer, inner), matched as the end of a subject: listed
#: side by side among a total's parts, the inner is within the outer, not a part of the total
#: besides it ("其中:国家财政性教育经费64507万元,一般公共预算教育经费64469万元"; "一般公共预算
#: 收入7.71亿元,其中:税收收入5.93亿元、非税收入1.78亿元)、上级补助收入21.64亿元…"). An outer
#: name must not be the end of a sibling's (财政拨款收入 ends 政府性基金预算财政拨款收入 too).
NESTED_NAMES: tuple[tuple[str, str], ...] = (
    ("国家财政性教育经费", "一般公共预算教育经费"),
    ("财政性教育经费", "一般公共预算教育经费"),
    ("一般公共预算收入", "税收收入"),
    ("一般公共预算收入", "非税收入"),
    # the taxes after 税收收入 ("其中税收收入完成7.8亿元,…;增值税完成1.6亿元,…;企业所得税…")
    *(("税收收入", tax) for tax in TAX_TYPES),
)

#: Standard breakdowns: a total and the parts it is the sum of (canonical subjects, see
#: :func:`budgetperf.textaudit.facts.canonical`).
DECOMPOSITIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("三公费", ("因公出国费", "公务用车购置及运行费", "公务接待费")),
    ("公务用车购置及运行费", ("公务用车购置费", "公务用车运行费")),
    # 三公费 again, 公务用车 printed as its two parts and no subtotal (after the subtotal's own
    # breakdown: a table's 小计 beside those two parts is named by that one)
    ("三公费", ("因公出国费", "公务用车购置费", "公务用车运行费", "公务接待费")),
    ("收入", ("税收收入", "非税收入")),
    ("支出", ("基本支出", "项目支出")),
    ("基本支出", ("人员费", "公用费")),
    ("政府采购", ("货物", "工程", "服务")),
    ("债务余额", ("一般债务余额", "专项债务余额")),
    ("债务限额", ("一般债务限额", "专项债务限额")),
    ("支出", ("中央本级支出", "中央对地方转移支付")),
)
#: The 一级指标 of a 绩效自评表 as its rows name them (the templates' names are
#: budgetperf.indicators.LEVEL1_NAMES and LEVEL2_NAMES; a test keeps these among them): "only"
#: are 一级 in every template; "either" are 一级 in one and a level under another's (成本指标
#: under 产出指标 before the 2021 template, 满意度指标 under 效益指标 in older ones).
INDICATOR_LEVELS: dict[str, tuple[str, ...]] = {
    "only": ("产出指标", "效益指标"),
    "either": ("满意度指标", "成本指标"),
}
