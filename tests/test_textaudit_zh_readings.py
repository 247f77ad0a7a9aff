"""A reading's name in the Chinese message of a claim whose structure was inferred.

The English message names the reading the verdict used ("read as: of 628.95万元"); the Chinese
one names it in Chinese ("按“以628.95万元为总数”理解"), never in English.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from budgetperf.textaudit import audit_text
from budgetperf.textaudit.audit import zh_reading

GOLDEN = Path(__file__).resolve().parent / "corpus" / "golden"
_LATIN = re.compile("[A-Za-z]")


@pytest.mark.parametrize(
    ("name", "zh"),
    [
        ("parts", "各分项相加"),
        ("of 628.95万元", "以628.95万元为总数"),
        ("of 1.5万元 + 2万元", "以1.5万元 + 2万元为总数"),
        ("71.67万元 of 628.95万元", "71.67万元占628.95万元"),
        ("change of 2042.22亿元", "以2042.22亿元为本期数"),
        (
            "change of 120万元, 20 read as 万元 (a unit slip)",
            "以120万元为本期数，20按万元计（单位笔误）",
        ),
        (
            "change of 29.36元 read as 万元 (a unit slip)",
            "以29.36元为本期数，按万元计（单位笔误）",
        ),
        ("change against the printed 100万元", "对比文中所列上期数100万元"),
        ("120万元 against the printed 100万元", "120万元对比文中所列100万元"),
        ("2023年 120万元 against 2022年 100万元", "2023年120万元对比2022年100万元"),
        (
            "90万元 of 100万元 read as 元 (a unit slip)",
            "90万元占100万元（100万元按元计，单位笔误）",
        ),
        ("1741.75万元 of 1741.75万元 − 55.93万元", "1741.75万元占(1741.75万元 − 55.93万元)"),
        ("6/12 of the year elapsed", "时间过去6/12"),
        (
            "3/12 of the year elapsed, from the printed completion",
            "时间过去3/12，按文中所列完成率",
        ),
        ("100亿元 to 150亿元 over 5 years", "由100亿元到150亿元的5年年均增长"),
        ("12 over 30", "12对比30"),
        ("saving / plan", "节约额 ÷ 计划数"),
        ("300万元 / 3个", "300万元 ÷ 3个"),
        ("its own level and the levels under it", "本级与所辖下级相加"),
        ("38.31万元 as the change (its verb left out)", "38.31万元为增减额（漏印增减字样）"),
    ],
)
def test_a_reading_is_named_in_chinese(name: str, zh: str) -> None:
    assert zh_reading(name) == zh


def test_a_name_of_no_known_form_is_not_shown_in_english() -> None:
    assert zh_reading("a reading added later") is None


def test_every_reading_of_the_corpora_has_a_chinese_name() -> None:
    # the golden record pins every claim's reading on every corpus text: "… | relation | reading
    # | inputs"
    names = set()
    for path in sorted(GOLDEN.glob("*.json")):
        for entry in json.loads(path.read_text(encoding="utf-8")).values():
            for line in entry["claims"]:
                names.add(line.split(" | ")[2])
    assert len(names) > 500
    untranslated = sorted(n for n in names if zh_reading(n) is None)
    assert untranslated == []


def test_the_chinese_message_of_an_inferred_claim_names_its_reading_in_chinese() -> None:
    # 收入 fell by 84.55 from 476.17 + 84.55: 15.08%, not 18% (the rates' order is inferred)
    audit = audit_text(
        "2020年度收入476.17、支出总计460.06万元。与2019年相比,收入减少84.55、"
        "支出总计减少99.6万元,分别下降18%、21.6%。"
    )
    messages = [f.message_zh for f in audit.findings if "结构系推断" in f.message_zh]
    assert len(messages) == 2
    assert "按“以476.17为本期数”理解" in messages[0]
    for message in messages:
        inside = message.split("按“", 1)[1].split("”理解", 1)[0]
        assert not _LATIN.search(inside), message
