"""scripts/evaluate_corpus.py: the answer-key parser, the matcher, the metrics and the exit codes.

The audit itself (budgetperf.textaudit) is replaced by a fake: these tests pin the evaluation,
not the audit. Every expected number below was counted by hand from the inputs written here.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

import attrs
import pytest

from budgetperf.audit import Finding, Severity
from budgetperf.errors import Location
from scripts_loader import load_script

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "evaluate_corpus.py"
CORPUS = ROOT.parent / "shared" / "corpus" / "texts"


if TYPE_CHECKING:
    import evaluate_corpus as ec
else:
    ec = load_script("evaluate_corpus")


@attrs.frozen
class FakeClaim:
    """What budgetperf.textaudit's claims offer the evaluation."""

    kind: str
    family: str
    printed_value: Decimal
    original_span: tuple[int, int]
    severity: Severity | None = None


def span_of(text: str, figure: str, after: str = "") -> tuple[int, int]:
    """Offsets of ``figure`` in ``text``, searching from the first ``after``."""
    start = text.index(figure, text.index(after) if after else 0)
    return (start, start + len(figure))


# --------------------------------------------------------------------------- the real key

# The development corpus sits beside the checkout (../shared): a checkout without it skips these
# tests, but under .ci/run (CI=true), where the corpus is always there, its absence is a failure.
if os.environ.get("CI") == "true" and not (CORPUS / "ANSWERS.md").is_file():
    pytest.fail(f"CI=true but the development corpus is missing: {CORPUS}", pytrace=False)
needs_corpus = pytest.mark.skipif(
    not (CORPUS / "ANSWERS.md").is_file(), reason="shared corpus not present"
)


@needs_corpus
def test_the_real_key_parses_to_its_stated_totals() -> None:
    key = ec.load_key(CORPUS)
    assert key.problems == ()
    assert len(key.texts) == 26
    assert len(key.claims) == 193
    assert sum(c.verdict is ec.Verdict.WRONG for c in key.claims) == 18
    traditional = {t.text_id for t in key.texts if t.script is ec.Script.TRADITIONAL}
    assert traditional == {
        "nm-alashan-czj-2020-szqk-tw",
        "sc-sichuan-czt-2014-jsbg-tw",
        "sd-shandongkeji-zyxy-2021-zfcg-tw",
        "sn-hanzhong-liuba-x-2024-yszx-tw",
    }


@needs_corpus
def test_the_real_key_reads_figures_kinds_and_verdicts() -> None:
    key = ec.load_key(CORPUS)
    claims = {(c.text_id, c.number): c for c in key.claims}
    total = claims["sc-liangshan-zhouben-czj-2022-sgjs", 2]
    assert total.verdict is ec.Verdict.WRONG
    assert total.printed == Decimal("8237.23")  # printed "8,237.23"
    assert total.correct == Decimal("8237.22")
    assert total.kind == "sum (其中 breakdown)"
    assert claims["sc-liangshan-zhouben-czj-2022-sgjs", 1].correct is None
    assert claims["zj-shaoxing-keqiao-czj-2021-ysbg", 3].printed == Decimal("164")  # "164.0"
    # A semicolon inside the kind's parentheses stays in the kind.
    assert claims["sd-shandongkeji-zyxy-2021-zfcg-tw", 1].kind == (
        'sum (6-decimal amounts; stray ",、" punctuation)'
    )
    assert claims["sd-shandongkeji-zyxy-2021-zfcg-tw", 1].printed == Decimal("28861.938591")
    first = claims["ah-luan-gongshanglian-2021-sgjs", 3]
    assert first.quote == "与2021年度预算相比,减少0.28万元,下降15%"
    assert (first.printed, first.correct) == (Decimal(15), Decimal(16))
    url = next(t.url for t in key.texts if t.text_id == "hb-ezhou-czj-2017-zwqk")
    assert url == "https://www.ezhou.gov.cn/gk/xxgkml/czgk/zfzw/202011/t20201119_370805.html"
    # 81 kinds start with "sum" or "balance" (grep -c "kind: sum\|kind: balance" ANSWERS.md).
    assert sum(c.family == "sum" for c in key.claims) == 81


@needs_corpus
def test_every_real_quote_is_found_in_its_text() -> None:
    key = ec.load_key(CORPUS)
    located = 0
    with_breaks = 0
    for text in key.texts:
        body = ec.read_text(CORPUS, text.text_id)
        for claim in text.claims:
            spans = ec.locate(claim.needle, body)
            assert spans, claim.short()
            located += 1
            if "↵" in claim.quote:
                with_breaks += 1
                assert "\n" in body[spans[0][0] : spans[0][1]]
    assert located == 193
    assert with_breaks > 0


# --------------------------------------------------------------------------- the parser

SMALL_KEY = """\
# Answer key

| id | body | kind of document | claims | WRONG |
|---|---|---|---|---|
| `alpha` | 甲 | budget (table) [simplified] | 3 | 1 |
| `beta` | 乙 | mirror of a 简体 page [traditional] | 1 | 0 |

## alpha
- URL: http://example.invalid/alpha
- Body: 甲单位
1. **WRONG** — 「减少0.28万元,下降15%」
   kind: change rate vs budget; recompute: 0.28 / 1.8 × 100 → 16; printed: 15; **correct value: 16**
   note: printed: 99 is a note, not the figure
an unknown line
2. **CORRECT** — 「合计↵1,317.14万元」
   kind: sum; recompute: 1000+317.14 = 1317.14 → 1317.14 (2 dp); printed: 1,317.14
3. **CORRECT** — 「占50%」
   recompute: 1 / 2 × 100 = 50 → 50 (0 dp); printed: 50
4. **WRONG** — 「增长8%」
   kind: growth; printed: 8.0

## beta
1. **CORRECT** — 「增長8.1%」
   kind: change rate; printed: 8.1

## gamma-tw
1. **CORRECT** — 「合計4」
   kind: balance; printed: 4

## Notes
"""


@needs_corpus
def test_the_corpus_printed_double_spaced_scores_as_printed() -> None:
    # every text and quote reworded alike: a blank line after every line (as web pages print
    # a report) must not change what is read, found or falsely flagged
    key = ec.load_key(CORPUS)
    printed = ec.tally(ec.evaluate(key, CORPUS, lenient=True))
    spaced = ec.tally(
        ec.evaluate(key, CORPUS, lenient=True, reword=lambda text: text.replace("\n", "\n\n"))
    )
    assert spaced == printed
    assert (printed.extracted, printed.wrong_found, printed.false_alarms) == (193, 18, 0)


def test_a_bad_rewording_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert ec.main([str(CORPUS), "--reword", "(", "x"]) == 2
    assert "bad --reword pattern '('" in capsys.readouterr().err


def test_parser_reads_claims_and_reports_what_it_cannot() -> None:
    # The key ends its claim lines with two spaces (a Markdown line break).
    key = ec.parse_answers(SMALL_KEY.replace("」\n", "」  \n"))
    assert [t.text_id for t in key.texts] == ["alpha", "beta", "gamma-tw"]
    alpha, beta, gamma = key.texts
    assert (alpha.url, alpha.body) == ("http://example.invalid/alpha", "甲单位")
    assert [c.number for c in alpha.claims] == [1, 2, 4]  # 3 has no kind
    one, two, four = alpha.claims
    assert one == ec.KeyClaim(
        text_id="alpha",
        number=1,
        verdict=ec.Verdict.WRONG,
        quote="减少0.28万元,下降15%",
        kind="change rate vs budget",
        printed=Decimal(15),
        correct=Decimal(16),
        line=11,
    )
    assert two.printed == Decimal("1317.14")
    assert two.needle == "合计\n1,317.14万元"
    assert four.printed == Decimal(8)
    assert four.family is None
    assert alpha.script is ec.Script.SIMPLIFIED
    assert beta.script is ec.Script.TRADITIONAL  # from the table, not the id
    assert gamma.script is ec.Script.TRADITIONAL  # not in the table: "-tw" in the id
    assert gamma.claims[0].family == "sum"
    assert key.problems == (
        "ANSWERS.md:17: alpha #3 has no kind",
        "alpha: the summary table says 3 claims, 1 WRONG; the section has 3, 2 WRONG",
    )


def test_an_id_without_table_row_or_tw_is_simplified() -> None:
    key = ec.parse_answers("## solo\n1. **CORRECT** — 「共5人」\n   kind: sum; printed: 5\n")
    assert key.texts[0].script is ec.Script.SIMPLIFIED
    assert key.texts[0].claims[0].printed == Decimal(5)


@pytest.mark.parametrize(
    ("kind", "family"),
    [
        ("sum", "sum"),
        ("sum of sub-item changes (出国 0 + 接待 4 + 车 45)", "sum"),
        ("sum of budgets (税收 37130 + 非税 21521)", "sum"),
        ("sum with mixed units (亿 + 万)", "sum"),
        ("sum of budget-vs-actual differences", "sum"),
        ("balance (收 − 支)", "sum"),
        ("change rate", "change-rate"),
        ("change rate vs budget (budget printed)", "change-rate"),
        ("difference (budget − actual)", "difference"),
        ("share (count)", "share"),
        ("completion", "completion"),
        ("unit conversion (856440万元 → 亿元)", "conversion"),
        ("ratio (formula printed)", "ratio"),
        ("percentage points above time progress (11/12 of the year)", "points"),
        ("percentage points below time progress (11/12)", "points"),
        ("amount above time progress (actual − 11/12 × budget)", "progress-amount"),
        ("amount short of time progress (11/12 × budget − actual)", "progress-amount"),
        ("growth", None),
        ("summary", None),
    ],
)
def test_key_kinds_map_to_audit_families(kind: str, family: str | None) -> None:
    assert ec.kind_family(kind) == family


# --------------------------------------------------------------------------- quotes and matching


def test_locate_finds_every_occurrence_and_falls_back_to_no_whitespace() -> None:
    assert ec.locate("下降5%", "下降5%,又下降5%") == ((0, 4), (6, 10))
    assert ec.locate("aa", "aaa") == ((0, 2), (1, 3))
    text = "支出决算 1.5万\n元。"
    assert ec.locate("1.5万元", text) == ((5, 11),)
    assert text[5:11] == "1.5万\n元"
    assert ec.locate("决算1.5 万元", text) == ((2, 11),)
    assert ec.locate("不在文中", text) == ()
    assert ec.locate("", text) == ()


def _key(quote: str, kind: str, printed: str, verdict: str = "CORRECT") -> ec.KeyClaim:
    return ec.KeyClaim("t", 1, ec.Verdict(verdict), quote, kind, ec.parse_number(printed))


def test_a_claim_matches_inside_any_occurrence_with_value_and_family() -> None:
    text = "比上年减少2万元,下降10%。另一处:比上年减少2万元,下降10%。"
    key = _key("比上年减少2万元,下降10%", "change rate", "10")
    occurrences = ec.locate(key.needle, text)
    second = span_of(text, "10", after="另一处")
    assert ec.matches(key, FakeClaim("rate", "change-rate", Decimal(10), second), occurrences)
    # Same figure, another family; another value; a span reaching past the quote.
    assert not ec.matches(key, FakeClaim("sum", "sum", Decimal(10), second), occurrences)
    assert not ec.matches(key, FakeClaim("rate", "change-rate", Decimal(2), second), occurrences)
    wide = (second[0], second[1] + 2)
    assert not ec.matches(key, FakeClaim("rate", "change-rate", Decimal(10), wide), occurrences)
    # A balance (收 − 支) is a sum or a difference, nothing else.
    balance = _key("比上年减少2万元,下降10%", "balance (收 − 支)", "10")
    assert ec.matches(balance, FakeClaim("sum", "sum", Decimal(10), second), occurrences)
    assert ec.matches(balance, FakeClaim("diff", "difference", Decimal(10), second), occurrences)
    assert not ec.matches(balance, FakeClaim("r", "change-rate", Decimal(10), second), occurrences)
    # An unknown key kind matches any family.
    growth = _key("比上年减少2万元,下降10%", "growth", "10.0")
    assert ec.matches(growth, FakeClaim("x", "other", Decimal("10"), second), occurrences)


def test_an_error_read_as_another_relation_inside_a_correct_quote_is_a_false_alarm() -> None:
    # The key: the change rate 1.9 is CORRECT, the share 9.3 WRONG. The audit flags 2.5 (the
    # correct rate's own change, read as a sum of changes) ERROR: a false alarm though it
    # matches no key claim. Its ERROR on 9.3 is the WRONG claim found; its ERROR on 90, in no
    # quote, is not judged.
    text = "收入130万元,较上年减收2.5万元,下降1.9%。其中A收入90万元。B收入10万元,占比9.3%。"
    key = ec.KeyText(
        "t",
        ec.Script.SIMPLIFIED,
        (
            _key("收入130万元,较上年减收2.5万元,下降1.9%", "change rate", "1.9"),
            _key("B收入10万元,占比9.3%", "share", "9.3", "WRONG"),
        ),
    )
    stray = FakeClaim("change-sum", "sum", Decimal("2.5"), span_of(text, "2.5"), Severity.ERROR)
    found = FakeClaim("share", "share", Decimal("9.3"), span_of(text, "9.3"), Severity.ERROR)
    outside = FakeClaim("sum", "sum", Decimal(90), span_of(text, "90"), Severity.ERROR)
    outcome = ec.evaluate_text(key, text, ec.AuditOutcome((stray, found, outside), ()))
    assert outcome.stray_errors == (stray,)
    assert ec.tally([outcome]) == ec.Tally(
        claims=2, extracted=1, wrong=1, wrong_found=1, false_alarm_findings=1
    )
    # A warning there is no alarm; nor is an error in a text whose key has no WRONG claim
    # counted twice (it is a false-alarm finding already).
    quiet = attrs.evolve(stray, severity=Severity.WARNING)
    assert ec.evaluate_text(key, text, ec.AuditOutcome((quiet,), ())).stray_errors == ()


def test_a_quote_not_in_the_text_is_reported_not_fatal() -> None:
    key = ec.KeyText("t", ec.Script.SIMPLIFIED, (_key("没有这句话", "sum", "5"),))
    outcome = ec.evaluate_text(key, "共5人。", ec.AuditOutcome((), ()))
    (claim,) = outcome.claims
    assert not claim.located
    assert not claim.extracted
    assert ec.tally([outcome]).not_located == 1


def test_lenient_matching_accepts_a_figure_printed_outside_its_quote() -> None:
    text = "全盟收入310682萬元。盟本級收入33648萬元,旗級收入277034萬元。"
    key = ec.KeyText("t", ec.Script.TRADITIONAL, (_key("盟本級收入33648萬元", "sum", "310682"),))
    total = FakeClaim("sum", "sum", Decimal(310682), span_of(text, "310682"))
    audit = ec.AuditOutcome((total,), ())
    assert not ec.figure_in_quote(key.claims[0])
    assert not ec.evaluate_text(key, text, audit).claims[0].extracted
    assert ec.evaluate_text(key, text, audit, lenient=True).claims[0].extracted


# --------------------------------------------------------------------------- a small corpus

ANSWERS = """\
# Answer key

| id | body | kind of document | claims | WRONG |
|---|---|---|---|---|
| `alpha` | 甲 | 三公 budget [simplified] | 4 | 1 |
| `beta-tw` | 乙 | mirror [traditional] | 2 | 0 |

## alpha
- URL: http://example.invalid/alpha
- Body: 甲
1. **WRONG** — 「减少0.28万元,下降15%」
   kind: change rate vs budget; recompute: 0.28 / 1.8 × 100 = 15.56 → 16 (0 dp); printed: 15;\
 **correct value: 16**
   note: truncated, not rounded
2. **CORRECT** — 「支出8,237.23万元,其中:甲7,634.75万元,乙602.48万元」
   kind: sum (其中 breakdown); recompute: 7634.75+602.48 = 8237.23 (2 dp); printed: 8,237.23
3. **CORRECT** — 「接待费1.8万元,占100%」
   kind: share; recompute: 1.8 / 1.8 × 100 = 100 → 100 (0 dp); printed: 100
4. **CORRECT** — 「加上转移性收入33.8亿元,收入合计↵164.0亿元」
   kind: sum; recompute: 130.2+33.8 = 164.0 → 164.0 (1 dp); printed: 164.0

## beta-tw
- URL: http://example.invalid/beta
1. **CORRECT** — 「收入合計310682萬元,其中稅收213251萬元,非稅97431萬元」
   kind: sum; recompute: 213251+97431 = 310682 → 310682 (0 dp); printed: 310682
2. **CORRECT** — 「同比增加23188萬元,增長8.1%」
   kind: change rate; recompute: 23188 / 287494 × 100 = 8.07 → 8.1 (1 dp); printed: 8.1
"""

ALPHA = (
    "与预算相比,减少0.28万元,下降15%。\n"
    "支出8,237.23万元,其中:甲7,634.75万元,乙602.48万元。\n"
    "接待费1.8万元,占100%。\n"
    "收入130.2亿元,加上转移性收入33.8亿元,收入合计\n164.0亿元。\n"
)
BETA = "收入合計310682萬元,其中稅收213251萬元,非稅97431萬元。\n同比增加23188萬元,增長8.1%。\n"


def _finding(file: str, line: int, severity: Severity, code: str) -> Finding:
    return Finding(
        code=code,
        severity=severity,
        location=Location(file=file, line=line, column=1),
        message_en=f"{code} does not agree",
        message_zh="不一致",
    )


def fake_audit(text: str, name: str) -> ec.AuditOutcome:
    """What an audit might say: one WRONG found, one false alarm of each sort, one miss."""
    claims: tuple[FakeClaim, ...]
    findings: tuple[Finding, ...]
    if name == "alpha.txt":
        claims = (
            # Key 1 (WRONG): found, as a warning.
            FakeClaim("rate", "change-rate", Decimal(15), span_of(text, "15"), Severity.WARNING),
            # Key 2: extracted, agrees; the printed value carries a thousands separator.
            FakeClaim("sum", "sum", Decimal("8237.23"), span_of(text, "8,237.23")),
            # Key 3 is a share: a change-rate claim on its figure does not match it (as an
            # ERROR it would be a false alarm inside a CORRECT quote).
            FakeClaim("rate", "change-rate", Decimal(100), span_of(text, "100"), Severity.WARNING),
            # Key 4: 164.0 read as 164 and flagged ERROR: a false alarm on a CORRECT claim.
            FakeClaim("sum", "sum", Decimal(164), span_of(text, "164.0"), Severity.ERROR),
        )
        # alpha has a WRONG claim: its ERROR findings are not false alarms.
        findings = (_finding(name, 1, Severity.ERROR, "arithmetic.change"),)
        return ec.AuditOutcome(claims, findings)
    assert name == "beta-tw.txt"
    claims = (FakeClaim("sum", "sum", Decimal(310682), span_of(text, "310682")),)
    findings = (
        _finding(name, 2, Severity.ERROR, "arithmetic.sum"),  # no WRONG in beta: false alarm
        _finding(name, 2, Severity.WARNING, "arithmetic.rounding"),  # not an error
    )
    return ec.AuditOutcome(claims, findings)


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "ANSWERS.md").write_text(ANSWERS, encoding="utf-8")
    (tmp_path / "alpha.txt").write_text(ALPHA, encoding="utf-8")
    (tmp_path / "beta-tw.txt").write_text(BETA, encoding="utf-8")
    monkeypatch.setattr(ec, "run_audit", fake_audit)
    return tmp_path


def test_metrics_on_a_small_corpus(corpus: Path) -> None:
    key = ec.load_key(corpus)
    assert key.problems == ()
    texts = ec.evaluate(key, corpus)
    total = ec.tally(texts)
    assert total == ec.Tally(
        claims=6,
        extracted=4,  # alpha 1, 2, 4 and beta-tw 1
        wrong=1,
        wrong_found=1,
        false_alarm_claims=1,  # alpha 4
        false_alarm_findings=1,  # the ERROR finding of beta-tw
        not_located=0,
        figure_outside_quote=0,
    )
    assert total.false_alarms == 2
    # a WARNING in a text without WRONG is no false alarm, but it is listed
    assert [(t.key.text_id, f.code) for t in texts for f in t.quiet_warnings] == [
        ("beta-tw", "arithmetic.rounding")
    ]
    assert ec.tally(texts, family="sum") == ec.Tally(claims=3, extracted=3, false_alarm_claims=1)
    assert ec.tally(texts, family="change-rate") == ec.Tally(
        claims=2, extracted=1, wrong=1, wrong_found=1
    )
    assert ec.tally(texts, family="share") == ec.Tally(claims=1, extracted=0)
    simplified = ec.tally(texts, script=ec.Script.SIMPLIFIED)
    assert (simplified.claims, simplified.extracted, simplified.false_alarms) == (4, 3, 1)
    traditional = ec.tally(texts, script=ec.Script.TRADITIONAL)
    assert (traditional.claims, traditional.extracted, traditional.false_alarms) == (2, 1, 1)
    assert traditional.extraction_rate == Decimal(50)

    results = {r.name: r.ok for r in ec.check_targets(texts, ec.Targets())}
    assert results == {
        "WRONG found": True,
        "extracted": False,  # 4/6
        "false alarms": False,
        "traditional extracted": False,  # 1/2
        "traditional false alarms": False,
    }


def test_the_report_lists_misses_and_false_alarms(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert ec.main([str(corpus), "--verbose"]) == 0  # targets missed, but no --check
    out = capsys.readouterr().out
    rows = [line.split() for line in out.splitlines()]
    # family, extracted, WRONG found, false alarms: all texts, simplified, traditional.
    assert ["sum", "3/3", "(100.0%)", "0/0", "1"] in rows
    assert ["share", "0/1", "(0.0%)", "0/0", "0"] in rows
    assert ["total", "4/6", "(66.7%)", "1/1", "2"] in rows
    assert ["total", "3/4", "(75.0%)", "1/1", "1"] in rows
    assert ["total", "1/2", "(50.0%)", "0/0", "1"] in rows
    flagged = "alpha #4 「加上转移性收入33.8亿元,收入合计↵164.0亿元」 (sum)"
    assert f"CORRECT claim flagged ERROR: {flagged}" in out
    assert "ERROR in a text without WRONG: beta-tw.txt:2 arithmetic.sum:" in out
    # the WARNING of beta-tw is no false alarm; it is listed among the warnings of texts
    # without WRONG
    assert "ERROR in a text without WRONG: beta-tw.txt:2 arithmetic.rounding" not in out
    assert "1 warnings in texts without WRONG" in out
    assert "  beta-tw.txt:2 arithmetic.rounding:" in out
    assert "arithmetic.change" not in out
    assert "Key claims not extracted (2):" in out
    assert "alpha #3 「接待费1.8万元,占100%」 (share): inside the quote: change-rate 100" in out
    assert "beta-tw #2 「同比增加23188萬元,增長8.1%」 (change rate): no audit claim" in out
    assert "WRONG claims not found (0):" in out


def test_json_holds_the_metrics(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "metrics.json"
    assert ec.main([str(corpus), "--json", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["total"]["claims"] == 6
    assert data["total"]["extracted"] == 4
    assert data["total"]["extraction_rate"] == 66.67
    assert data["total"]["wrong_found"] == 1
    assert data["total"]["false_alarms"] == 2
    assert data["by_family"]["share"]["extracted"] == 0
    assert data["by_script"]["traditional"]["texts"] == 1
    assert data["by_script"]["traditional"]["total"]["false_alarm_findings"] == 1
    assert [(m["id"], m["number"]) for m in data["not_extracted"]] == [
        ("alpha", 3),
        ("beta-tw", 2),
    ]
    assert data["false_alarm_claims"][0]["printed"] == "164.0"
    assert data["false_alarm_findings"][0]["code"] == "arithmetic.sum"
    assert [f["code"] for f in data["warnings_without_wrong"]] == ["arithmetic.rounding"]


def test_an_unwritable_json_file_exits_2(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert ec.main([str(corpus), "--json", str(tmp_path / "no" / "such" / "m.json")]) == 2
    assert "cannot write" in _one_line_error(capsys)


# --------------------------------------------------------------------------- exit codes


def test_check_exits_1_and_names_the_missed_targets(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert ec.main([str(corpus), "--check"]) == 1
    err = capsys.readouterr().err
    assert "target missed: extracted: 4/6 = 66.7% (wanted >= 90%)" in err
    assert "target missed: false alarms: 2 (wanted <= 0)" in err
    assert "target missed: traditional extracted: 1/2 = 50.0% (wanted >= 90%)" in err
    assert "target missed: traditional false alarms: 1 (wanted <= 0)" in err
    assert "WRONG found" not in err


def test_check_exits_0_when_the_overridden_targets_hold(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = [
        str(corpus),
        "--check",
        "--min-extracted",
        "66",
        "--max-false-alarms",
        "2",
        "--min-extracted-traditional",
        "50",
        "--max-false-alarms-traditional",
        "1",
    ]
    assert ec.main(argv) == 0
    assert capsys.readouterr().err == ""
    assert ec.main([*argv[:-2], "--min-wrong-found", "2"]) == 1
    assert "target missed: WRONG found: 1 (wanted >= 2 of 1)" in capsys.readouterr().err


def test_default_wrong_target_allows_one_miss_above_ten() -> None:
    assert [ec.default_wrong_found(n) for n in (0, 1, 10, 11, 18)] == [0, 1, 10, 10, 17]


def _one_line_error(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "Traceback" not in err
    return err


def test_unreadable_input_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert ec.main([str(tmp_path / "missing"), "--check"]) == 2
    assert "not a directory" in _one_line_error(capsys)
    assert ec.main([str(tmp_path)]) == 2
    assert "ANSWERS.md" in _one_line_error(capsys)
    (tmp_path / "ANSWERS.md").write_text("# Answer key\n\nNo claims yet.\n", encoding="utf-8")
    assert ec.main([str(tmp_path), "--check"]) == 2
    assert "has no claims" in _one_line_error(capsys)


def test_a_missing_or_undecodable_text_exits_2(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (corpus / "beta-tw.txt").write_bytes("收入".encode("gb18030"))
    assert ec.main([str(corpus)]) == 2
    assert "beta-tw.txt is not UTF-8" in _one_line_error(capsys)
    (corpus / "beta-tw.txt").unlink()
    assert ec.main([str(corpus)]) == 2
    assert "cannot read" in _one_line_error(capsys)


def test_without_the_audit_package_the_script_exits_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "ANSWERS.md").write_text(ANSWERS, encoding="utf-8")
    (tmp_path / "alpha.txt").write_text(ALPHA, encoding="utf-8")
    (tmp_path / "beta-tw.txt").write_text(BETA, encoding="utf-8")
    monkeypatch.setitem(sys.modules, "budgetperf.textaudit", None)  # import fails
    assert ec.main([str(tmp_path), "--check"]) == 2
    assert "cannot import budgetperf.textaudit" in _one_line_error(capsys)


def test_the_script_runs_as_a_program(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(SCRIPT), str(tmp_path / "missing"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr.startswith("evaluate_corpus: not a directory:")
    assert "Traceback" not in result.stderr


def test_a_figure_is_in_its_quote_whether_broken_by_spaces_or_printed_in_spaced_cells() -> None:
    # Broken by a space and a line break: read with them removed.
    assert ec.figure_in_quote(_key("一般公共预算支出5 506↵万元", "sum", "5506"))
    # Cells of a row run together with spaces: each figure is read as printed (squeezing them
    # gives "27,63133,385", where neither figure is found).
    assert ec.figure_in_quote(_key("税收收入小计 27,631 33,385 100.00%", "completion", "33385"))
    # A table rate printed with its sign.
    assert ec.figure_in_quote(_key("企业所得税 | 9 | 5 | -44.44 |", "change rate", "-44.44"))
    assert not ec.figure_in_quote(_key("企业所得税 | 9 | 5 |", "change rate", "-44.44"))
