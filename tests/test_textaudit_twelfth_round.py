"""The twelfth round of fixes (issue 10): sentences of real pages read wrongly before, each
reduced to its form (the pages are in tests/corpus/unkeyed, web12-*)."""

from __future__ import annotations

from pathlib import Path

from budgetperf.textaudit import audit_text


def _claims(text: str) -> list[tuple[str, str, str]]:
    return [(c.kind, c.printed, c.status.value) for c in audit_text(text).claims]


def test_a_sum_that_disagrees_is_told_as_its_parts_add_up_not_at_the_totals_places() -> None:
    # (第十四师农业农村局 2019): 60 + 12.664 = 72.664, not "73万元" (no part adds up to it)
    text = "购置补贴资金预算数60万元,其中包括补贴资金60万元,结余资金12.664万元。"
    (finding,) = audit_text(text).findings
    assert "各项之和为72.664万元：60万元 + 12.664万元" in finding.message_zh
    assert "its parts add up to 72.664万元: 60万元 + 12.664万元" in finding.message_en


def test_a_sums_parts_that_add_up_to_many_places_are_rounded_for_display() -> None:
    # 1.2345678 + 2.1 = 3.3345678亿元, shown to 4 places (2 more than the total prints, 2)
    text = "收入合计3.12亿元,其中税收1.2345678亿元,非税2.1亿元。"
    (finding,) = audit_text(text).findings
    assert "各项之和为3.3346亿元：" in finding.message_zh
    # the total printed with 4 places: its sum is shown to 6
    text = "收入合计3.1200亿元,其中税收1.2345678亿元,非税2.1亿元。"
    (finding,) = audit_text(text).findings
    assert "各项之和为3.334568亿元：" in finding.message_zh


# (东港市2017年9月份财政收入完成情况表, chengdu1688.com, hunt 77): a header of two lines read one
# column off names the 同期 column 增减率%; its amounts, printed with thousands separators, were
# read as rates of the 增减额 over the 增减率 (seven warnings, each "增减率印为109,149")
_ROWS = [
    "东港市2017年9月份财政收入完成情况表 | ||||||||||",
    "表一 | 单位:万元 | |||||||||",
    "预 算 科 目 | 年度预算 | 累计 | 当月 | 本期累计为 预算% | ||||||",
    "本期 | 同期 | 增减额 | 增减率% | 本期 | 同期 | 增减额 | 增减率% | |||",
    "一、一般公共预算收入 | 139,615 | 105,222 | 109,149 | -3,927 | -3.6 | 14,255 | 8,573 | 5,682"
    " | 66.3 | 75.4 |",
    "(一)税收收入 | 106,337 | 73,514 | 89,279 | -15,765 | -17.7 | 7,879 | 6,959 | 920 | 13.2"
    " | 69.1 |",
    "1、增值税50% | 48,827 | 26,542 | 15,525 | 11,017 | 71.0 | 2,583 | 3,314 | -731 | -22.1"
    " | 54.4 |",
    "其中:改征增值税 | 30,250 | 12,989 | 5,740 | 7,249 | 126.3 | 1,069 | 1,117 | -48 | -4.3"
    " | 42.9 |",
    "地税代征增值税 | 785 | 256 | 112 | 144 | 128.6 | 14 | 36 | -22 | -61.1 | 32.6 |",
    "2、营业税50% | 252 | 219 | 30,529 | -30,310 | -99.3 | 7 | 16 | -9 | -56.3 | 86.9 |",
    "3、企业所得税40% | 14,495 | 10,220 | 11,212 | -992 | -8.8 | 481 | 552 | -71 | -12.9 | 70.5 |",
    "国税征收 | 9,581 | 7,357 | 3,372 | 3,985 | 118.2 | 261 | 194 | 67 | 34.5 | 76.8 |",
    "地税征收 | 4,914 | 2,863 | 7,840 | -4,977 | -63.5 | 220 | 358 | -138 | -38.5 | 58.3 |",
]
_MONTHLY_TABLE = "\n".join(_ROWS) + "\n"


def test_a_column_printed_with_thousands_separators_is_no_rate_whatever_its_header() -> None:
    audit = audit_text(_MONTHLY_TABLE)
    assert audit.findings == ()
    rates = [c for c in audit.claims if c.kind == "change-rate"]
    assert all("," not in c.claim.printed.q.text for c in rates)
    # the rows' own arithmetic is still read: 105,222 − 109,149 = −3,927
    assert ("difference", "-3927", "agrees") in _claims(_MONTHLY_TABLE)


def test_a_number_with_thousands_parted_by_spaces_after_a_mark_is_one_number() -> None:
    from budgetperf.textaudit.normalise import normalise

    # (交通运输部 2016 公报: "…80.53萬座、4 916.97萬m"): after 、 as after a character
    assert normalise("桥梁80.53万座、4 916.97万元,隧道1 175处").text == (
        "桥梁80.53万座、4916.97万元,隧道1175处"
    )
    # cells of a row parted by spaces stay apart ("合计 12 345万元": a label, then cells)
    assert normalise("合计 12 345万元").text == "合计12 345万元"


def test_a_mutation_scratch_tree_reaches_the_development_corpus(tmp_path: Path) -> None:
    # (seeds 33-35 ran in /tmp/bp-mut-NN, where the tests, run from the tree's mutants/ folder,
    # did not find ../shared and skipped its keyed and golden cases)
    from scripts_loader import load_script

    script = load_script("mutation_score", "mutation_score_twelfth")
    pin = load_script("pin_corpus", "pin_corpus_twelfth")
    repo, texts = tmp_path / "repo", tmp_path / "shared" / "corpus" / "texts"
    repo.mkdir()
    texts.mkdir(parents=True)
    tree = tmp_path / "work" / "textaudit"
    (tree / "mutants").mkdir(parents=True)
    assert script._link_shared(tree, root=repo)
    assert (tree / "shared").resolve() == (tmp_path / "shared").resolve()
    # pin_corpus looks for shared one and two levels above the folder the tests run from
    pin.__dict__["ROOT"] = tree / "mutants"  # (its own copy of the script)
    assert pin._shared_texts().resolve() == texts.resolve()
    # a second call, or a repository with nothing beside it, links nothing
    assert not script._link_shared(tree, root=repo)
    assert not script._link_shared(tmp_path / "elsewhere", root=tmp_path / "x" / "repo")
