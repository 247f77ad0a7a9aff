"""The HTML report of ``score`` and ``check`` (issue 11, Deliver 6): one self-contained page,
every user string escaped, Chinese first, differences highlighted, a chart per 一级指标 over the
grade bands; and checked in a real browser (headless Chromium: the DOM it builds and a
screenshot of what it draws).

Expected rows by hand from the seeds: 荷塘 2022 has a funds line and 16 indicators, two of which
print a score that differs from the rule (全年度经费支出 4 for 5.00, 群众满意度 5 for 4.90), and
three 一级指标 (产出, 效益, 满意度).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
from html.parser import HTMLParser
from pathlib import Path

import pytest

from budgetperf.cli import main

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "examples" / "forms"
SEEDS = sorted(FORMS.glob("*.json"))
HETANG = FORMS / "hetang-2022-department.json"
REPORT = ROOT / "examples" / "reports" / "000_19490f38bcbee111.txt"


class Page(HTMLParser):
    """The elements of a page, each as (tag, attributes), and its text."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict[str, str]]] = []
        self.text: list[str] = []
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, {k: v or "" for k, v in attrs}))

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def all(self, tag: str, css: str | None = None) -> list[dict[str, str]]:
        return [
            a
            for t, a in self.elements
            if t == tag and (css is None or css in a.get("class", "").split())
        ]


def html_of(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    status = main(list(argv))
    return status, capsys.readouterr().out


def test_score_page_of_one_form(capsys: pytest.CaptureFixture[str]) -> None:
    status, text = html_of(capsys, "score", str(HETANG), "--format", "html", "--lang", "zh")
    assert status == 1
    assert text.startswith('<!DOCTYPE html>\n<html lang="zh-CN">')
    page = Page(text)
    assert len(page.all("section", "form")) == 1
    rows = page.all("tr")
    body_rows = [r for r in rows if "subtotal" not in r.get("class", "")]
    # header + funds line + 16 indicators + total; 3 subtotal rows besides
    assert len(body_rows) == 1 + 1 + 16 + 1
    assert len(page.all("tr", "subtotal")) == 3
    assert len(page.all("tr", "differs")) == 2
    assert len(page.all("td", "diff")) == 4  # printed score and Δ of each
    assert [a.get("data-level1") for a in page.all("rect", "rule")] == [
        "产出指标",
        "效益指标",
        "满意度指标",
        "总分",
    ]
    assert [a.get("data-share") for a in page.all("rect", "rule")] == [
        "100.0",  # 50.00 of 50
        "100.0",  # 30.00 of 30
        "99.0",  # 9.90 of 10
        "99.9",  # 99.90 of 100
    ]
    assert [a.get("data-share") for a in page.all("rect", "printed")] == [
        "98.0",  # 49 of 50
        "100.0",
        "100.0",
        "99.0",
    ]
    assert [a.get("data-grade") for a in page.all("rect", "band")] == ["优", "良", "中", "差"]
    words = "".join(page.text)
    for label in ("指标", "指标值", "完成值", "分值", "印刷得分", "规则得分", "说明", "结论"):
        assert label in words
    assert "Δ = 印刷得分 − 规则得分" in words
    assert "95未写单位，按%读" in words  # a row's note


def test_the_page_is_self_contained(capsys: pytest.CaptureFixture[str]) -> None:
    _, text = html_of(capsys, "score", *map(str, SEEDS), "--format", "html")
    page = Page(text)
    assert len(page.all("section", "form")) == len(SEEDS)
    assert "<script" not in text.lower()
    for _, attrs in page.elements:
        assert not {"src", "href"} & set(attrs), attrs
    assert "url(" not in text
    assert "@import" not in text
    # the only URL is the SVG namespace, which is a name, not a fetch
    assert text.count("http") == text.count('xmlns="http://www.w3.org/2000/svg"')
    assert 'lang="en"' in text


def test_every_user_string_is_escaped(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data = json.loads(HETANG.read_text(encoding="utf-8"))
    data["body"] = "<b>局</b>"
    data["indicators"][0]["name"] = '<script>alert("x")</script>&amp;'
    data["indicators"][0]["level1"] = "产出<i>指标</i>"
    data["indicators"][1]["actual"] = "<img src=x onerror=alert(1)>"
    path = tmp_path / "<evil>.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    _, text = html_of(capsys, "score", str(path), "--format", "html")
    assert "<script" not in text
    assert "<img" not in text
    assert "<b>局" not in text
    assert "<i>指标" not in text
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;amp;" in text
    assert "&lt;evil&gt;.json" in text
    assert 'data-level1="产出&lt;i&gt;指标&lt;/i&gt;"' in text


def test_output_file_by_suffix(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    status = main(["score", str(HETANG), "-o", str(out)])
    assert status == 1
    assert capsys.readouterr().out == ""
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    text_out = tmp_path / "report.txt"
    main(["score", str(HETANG), "-o", str(text_out), "--lang", "en"])
    assert text_out.read_text(encoding="utf-8").splitlines()[1].startswith("indicator")
    status = main(["score", str(HETANG), "--format", "html", "-o", str(tmp_path / "x.xlsx")])
    assert status == 2
    assert "HTML" in capsys.readouterr().err
    status = main(["check", str(HETANG), "-o", str(tmp_path / "x.xlsx")])
    assert status == 2


def test_check_page(capsys: pytest.CaptureFixture[str]) -> None:
    status, text = html_of(
        capsys, "check", str(HETANG), str(REPORT), "--format", "html", "--lang", "zh"
    )
    assert status == 1
    page = Page(text)
    findings = page.all("table", "findings")
    assert len(findings) == 1
    assert len(page.all("tr", "error")) >= 2  # the hetang score differences and units
    assert len(page.all("section", "form")) == 1  # the report text is not a form
    # 荷塘: 2 errors, 1 warning, 1 note (test_cli_lang); the report text: 1 error, 5 warnings
    assert "3个错误，6个警告，1个提示，共2个文件" in "".join(page.text)


# --- in a real browser --------------------------------------------------------------------


def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


CHROMIUM = _chromium()
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None,
    reason="headless Chromium is not installed (Debian: apt-get install chromium; .ci/run does)",
)


def _require_browser() -> None:
    """Under .ci/run (BUDGETPERF_REQUIRE_BROWSER=1) a missing browser is a failure, not a skip."""
    import os

    if CHROMIUM is None and os.environ.get("BUDGETPERF_REQUIRE_BROWSER") == "1":
        pytest.fail("BUDGETPERF_REQUIRE_BROWSER=1 but no chromium on PATH (.ci/run installs it)")


def _browser(*args: str, profile: Path) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    return subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--disable-gpu",
            "--no-sandbox",
            "--no-first-run",
            "--hide-scrollbars",
            f"--user-data-dir={profile}",
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_a_browser_is_there_when_required() -> None:
    _require_browser()


@needs_chromium
def test_chromium_renders_the_report(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    report = tmp_path / "report.html"
    assert main(["score", str(HETANG), "-o", str(report), "--lang", "zh"]) == 1
    capsys.readouterr()
    url = report.as_uri()
    with tempfile.TemporaryDirectory() as profile:
        dom = _browser("--dump-dom", url, profile=Path(profile))
    assert dom.returncode == 0, dom.stderr[-2000:]
    page = Page(dom.stdout)  # the DOM Chromium built, not the file
    assert len(page.all("tr", "differs")) == 2
    assert len(page.all("td", "diff")) == 4
    assert len(page.all("rect", "bar")) == 8  # rule and printed, 3 一级 and the total
    assert len(page.all("svg")) == 1

    shot = tmp_path / "report.png"
    with tempfile.TemporaryDirectory() as profile:
        done = _browser(
            f"--screenshot={shot}", "--window-size=1200,1800", url, profile=Path(profile)
        )
    assert done.returncode == 0, done.stderr[-2000:]
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    assert len(data) > 20_000  # a blank page of that size compresses to a few kB
    image_module = pytest.importorskip("PIL.Image")
    with image_module.open(shot) as image:
        rgb = image.convert("RGB")
        assert rgb.size == (1200, 1800)
        colours = rgb.getcolors(maxcolors=1 << 20)
    assert colours is not None
    assert len(colours) > 50  # text, table rules, highlights and bars, not a blank page
    present = {colour for _, colour in colours}
    # the highlighted cells (#f8b4b1), the rule bars (#1f4e79) and printed bars (#e07b00)
    for wanted in ((0xF8, 0xB4, 0xB1), (0x1F, 0x4E, 0x79), (0xE0, 0x7B, 0x00)):
        assert wanted in present, wanted


def test_the_example_script_runs(tmp_path: Path) -> None:
    """examples/html_report.py, as CI runs it: six seed forms on one page, three rows differ
    (荷塘: 全年度经费支出 and 群众满意度; 君山 部门: 财政资金支出)."""
    import os
    import sys

    out = tmp_path / "report.html"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "html_report.py"), str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert "6 forms, 3 rows differ" in done.stdout
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
