"""The language of the ``budgetperf`` command's words (private): ``--lang zh|en`` and its default.

Chinese first: every sub-command takes ``--lang zh`` or ``--lang en``. Without it, the language
is Chinese when the locale the environment names for messages is Chinese, and English otherwise
(also when no locale is set, or it is ``C``/``POSIX``, as in most CI runners and containers, so a
script's output does not change under it). The locale is read as POSIX orders it: the first of
``LC_ALL``, ``LC_MESSAGES`` and ``LANG`` that is set and not empty; it is Chinese when it starts
with ``zh`` (``zh_CN.UTF-8``, ``zh_TW``, ``zh``). Only the environment is read: the process
locale is never changed (no :func:`locale.setlocale`).

>>> default_lang({"LANG": "zh_CN.UTF-8"})
'zh'
>>> default_lang({"LC_ALL": "en_US.UTF-8", "LANG": "zh_CN.UTF-8"})
'en'
>>> default_lang({"LC_ALL": "", "LC_MESSAGES": "zh_TW.UTF-8", "LANG": "C"})
'zh'
>>> default_lang({})
'en'
>>> word("zh", "verdict"), word("en", "verdict")
('结论', 'verdict')
"""

from __future__ import annotations

import argparse
import os
import re
from collections.abc import Mapping

__all__ = [
    "LANGS",
    "add_lang_argument",
    "choose",
    "default_lang",
    "lang_of",
    "missing",
    "severity",
    "word",
    "zh_text",
]

LANGS = ("zh", "en")


def default_lang(environ: Mapping[str, str] | None = None) -> str:
    """``"zh"`` when the messages locale of ``environ`` (``os.environ`` by default) is Chinese,
    else ``"en"``."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    return "en"


def add_lang_argument(parser: argparse.ArgumentParser) -> None:
    """Add ``--lang zh|en`` (default: from the locale, see the module docs)."""
    parser.add_argument(
        "--lang",
        choices=list(LANGS),
        default=None,
        help="language of headers, summaries and messages: zh or en (default: zh when "
        "LC_ALL, LC_MESSAGES or LANG names a Chinese locale, else en)",
    )


def lang_of(args: argparse.Namespace) -> str:
    """The language a command runs in: ``--lang`` if given, else the locale's."""
    chosen: str | None = getattr(args, "lang", None)
    return chosen if chosen in LANGS else default_lang()


# Every word the commands print, in both languages: (zh, en).
_WORDS: dict[str, tuple[str, str]] = {
    # score: the table's columns
    "indicator": ("指标", "indicator"),
    "target": ("指标值", "target"),
    "actual": ("完成值", "actual"),
    "weight": ("分值", "weight"),
    "printed": ("印刷得分", "printed"),
    "rule": ("规则得分", "rule"),
    "delta": ("Δ", "Δ"),
    "explanation": ("说明", "explanation"),
    "execution": ("预算执行率", "预算执行率"),
    "level1": ("一级指标", "一级指标"),
    "subtotal": ("小计", "subtotal"),
    "total": ("总分", "total"),
    "grade": ("等级", "grade"),
    "note": ("注", "note"),
    "notes": ("说明事项", "notes"),
    "verdict": ("结论", "verdict"),
    "profile": ("规则", "profile"),
    "form": ("表", "form"),
    "legend": (
        "图例：Δ = 印刷得分 − 规则得分（空白：二者一致）；* 规则无法判定，采用印刷得分（见注）",
        "legend: Δ = printed − rule score (blank: they agree); * the rule cannot decide, the "
        "printed score is used (see the notes)",
    ),
    "differs": ("与规则不符", "differs from the rule"),
    "agrees": ("一致", "agrees"),
    "no grade": ("无等级", "no grade"),
    "blank": ("空", "blank"),
    "error": ("错误", "error"),
    # value
    "text": ("文本", "text"),
    "kind": ("类型", "kind"),
    "comparator": ("比较符", "comparator"),
    "magnitude": ("数值", "magnitude"),
    "upper": ("上限", "upper"),
    "multiplier": ("倍数", "multiplier"),
    "unit": ("单位", "unit"),
    "base_value": ("基准值", "base_value"),
    "base_upper": ("基准上限", "base_upper"),
    "base_unit": ("基准单位", "base_unit"),
    # ledger
    "code": ("编码", "code"),
    "name": ("名称", "name"),
    "initial": ("年初预算", "initial"),
    "executed": ("决算", "executed"),
    "completion": ("完成率", "completion"),
    "share": ("占比", "share"),
    "share_each": ("占比(各自舍入)", "share_each"),
    "change": ("增减额", "change"),
    "change_rate": ("增减率", "change_rate"),
    "catalogue": ("目录", "catalogue"),
    # check
    "file": ("文件", "file"),
    "findings": ("问题", "findings"),
    "html_title_score": ("绩效自评表评分", "Self-evaluation form scores"),
    "html_title_check": ("绩效自评表与报告核查", "Form and report check"),
    "chart": (
        "各一级指标规则得分与印刷得分（占分值%）",
        "Rule against printed score per 一级指标 (% of its weight)",
    ),
    "bands": ("等级区间", "grade bands"),
    "severity": ("严重程度", "severity"),
    "where": ("位置", "where"),
    "message": ("说明", "message"),
    "none_found": ("未发现问题", "nothing found"),
}


def word(lang: str, key: str) -> str:
    """The word ``key`` in ``lang``."""
    zh, en = _WORDS[key]
    return zh if lang == "zh" else en


def missing(lang: str) -> str:
    """What an absent value is shown as: never ``None`` and never an empty name."""
    return "—"


def severity(lang: str, value: str) -> str:
    """A severity's name (error, warning, info) in ``lang``."""
    if lang != "zh":
        return value
    return {"error": "错误", "warning": "警告", "info": "提示"}.get(value, value)


# The English phrases scoring writes into explanations and notes, in Chinese. Applied in order
# to the text of one explanation or note; what no rule matches stays as written.
_ZH_PHRASES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (
            r"(\d+) indicator\(s\) use the printed score \(the rule cannot decide\)",
            r"\1项指标规则无法判定，采用印刷得分",
        ),
        (
            r"the table prints no indicator weights, so no rule can score it",
            "表中未列指标分值，无法按规则评分",
        ),
        (r"no score for: ", "无法评分的指标："),
        (
            r"every weighted indicator is 不适用: nothing to add up",
            "有分值的指标均不适用，无可合计",
        ),
        (r"the total (\S+) lies outside 0–100, so it has no grade", r"总分\1不在0–100之间，无等级"),
        (r"不适用 weight (\S+) left out; rescaled to (\S+)", r"不适用指标分值\1不计，折算为\2分制"),
        (
            r"不适用 weight (\S+) left out and no weight applies: no total",
            r"不适用指标分值\1不计，且无适用指标：无总分",
        ),
        (
            r"no comparator printed; read as 反向 \(≤\) under (\S+)",
            r"未列比较符，按\1读作反向（≤）",
        ),
        (r"no comparator printed; a target of 0 is read as 等于 0", "未列比较符，目标值0读作等于0"),
        (r"no comparator printed; read as 正向 \(≥\)", "未列比较符，读作正向（≥）"),
        (r"(\S+) targets have no scoring rule", r"\1类指标值无评分规则"),
        (
            r"定性: no tier given; the printed (\S+) lies in the (\S+) band (\[[^]]*\])"
            r" and is used",
            r"定性：未给出档次；印刷得分\1在\2档\3内，予以采用",
        ),
        (
            r"定性: the weight is (\S+), so there is no tier band; the printed 0 is used",
            r"定性：分值为\1，无档次区间；采用印刷得分0",
        ),
        (
            r"定性 with neither a tier judgement nor a printed score",
            "定性指标既无档次判断也无印刷得分",
        ),
        (r"定性: printed score out of range", "定性：印刷得分超出范围"),
        (r"定性: no judgement", "定性：无判断"),
        (r"the printed (\S+) lies outside 0–(\S+)", r"印刷得分\1不在0–\2之间"),
        (r"the printed (\S+) exceeds the weight (\S+)", r"印刷得分\1超过分值\2"),
        (r"; the printed (\S+) is used", r"；采用印刷得分\1"),
        (
            r"not comparable: (\S+) is in (\S+) and (\S+) is in (\S+)",
            r"无法比较：\1的单位为\2，\3的单位为\4",
        ),
        (r"not comparable: ", "无法比较："),
        (r"^(\S+) is in (\S+) and (\S+) is in (\S+)$", r"\1的单位为\2，\3的单位为\4"),
        (r"(\S+) is qualitative, not a number", r"\1为定性表述，不是数字"),
        (r"no target printed", "未列指标值"),
        (r"no actual printed", "未列完成值"),
        (r"no weight printed", "未列分值"),
        (r"执行率: 全年预算数 or 全年执行数 not printed", "执行率：未列全年预算数或全年执行数"),
        (
            r", reported, not scored: the indicator weights make (\S+) without an execution line",
            r"，只列示、不计分：指标分值不含预算执行率已满\1分",
        ),
        (r" in (\S+) (\[[^]]*\])", r"，在\1档\2内"),
        (r"→ printed (\S+)", r"→ 采用印刷得分\1"),
        (r", printed (\S+)", r"，印刷得分\1"),
        (r"(\S+) has no unit; read as (\S+)", r"\1未写单位，按\2读"),
        (r"weights: ", "分值："),
        (r"form: ", "表："),
    )
)


def zh_text(lang: str, text: str) -> str:
    """An explanation or note of :mod:`budgetperf.scoring` in ``lang`` (its known English
    phrases in Chinese when ``lang`` is zh; the rest as written)."""
    if lang != "zh":
        return text
    for pattern, replacement in _ZH_PHRASES:
        text = pattern.sub(replacement, text)
    return text


def choose(lang: str, zh: str, en: str) -> str:
    """``zh`` or ``en``."""
    return zh if lang == "zh" else en
