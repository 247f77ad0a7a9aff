"""Write docs/findings/*.md: one page per finding group, every code with a real example.

    python scripts/build_finding_docs.py          # rewrite the pages
    python scripts/build_finding_docs.py --check  # exit 1 if a page is stale

Each example is an input (a text, a printed path or a change to a consistent form) and the
finding budgetperf prints for it, produced by running the checks, so the pages cannot drift from
the code (tests/test_project.py runs ``--check``).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs

from budgetperf import batch, documents, formcheck, textcheck
from budgetperf.audit import CODES, Finding
from budgetperf.classification import parse_path
from budgetperf.errors import BudgetPerfError
from budgetperf.forms import FundsLine, read_form
from budgetperf.ledger import BudgetLine, Ledger
from budgetperf.ledger_csv import read_ledger_csv
from budgetperf.statements import completion_paragraphs
from budgetperf.testing import sample_form
from budgetperf.textaudit.read import decode

ROOT = Path(__file__).resolve().parent.parent
_Example = tuple[str, "str | None", "list[Finding]"]  # where from, the input shown, findings
OUT = ROOT / "docs" / "findings"
D = Decimal


def _text(text: str) -> Callable[[], _Example]:
    return lambda: ("the report text", text, textcheck.check_text(text, file="report.txt"))


def _path(text: str) -> Callable[[], _Example]:
    def run() -> _Example:
        reading = parse_path(text)
        found = [
            attrs.evolve(f, location=attrs.evolve(f.location, file="path"))
            for f in reading.findings
        ]
        return "the printed path", text, found

    return run


def _changed(
    description: str,
    *,
    indicator: tuple[int, dict[str, object]] | None = None,
    **changes: object,
) -> Callable[[], _Example]:
    def run() -> _Example:
        form = sample_form()
        if indicator is not None:
            index, fields = indicator
            items = list(form.indicators)
            items[index] = attrs.evolve(items[index], **fields)  # type: ignore[arg-type]
            form = attrs.evolve(form, indicators=tuple(items))
        form = attrs.evolve(form, **changes)  # type: ignore[arg-type]
        return description, None, formcheck.check_form(form)

    return run


def _bytes(description: str, data: bytes) -> Callable[[], _Example]:
    return lambda: (description, None, decode(data).findings("report.txt"))


def _ledger(description: str, csv: str) -> Callable[[], _Example]:
    def run() -> _Example:
        here = os.getcwd()
        with tempfile.TemporaryDirectory() as folder:
            os.chdir(folder)  # the findings name the file as a user would: lines.csv
            try:
                Path("lines.csv").write_text(csv, encoding="utf-8")
                ledger = read_ledger_csv("lines.csv", bad_rows="finding")
            finally:
                os.chdir(here)
        return description, csv.rstrip("\n"), ledger.findings()

    return run


def _drafted(code: str) -> Callable[[], _Example]:
    def run() -> _Example:
        ledger = Ledger([BudgetLine(code, initial="1", executed="1")])
        (paragraph,) = completion_paragraphs(ledger)
        return (
            f"a ledger line coded {code}, drafted as a 决算 paragraph",
            None,
            list(paragraph.findings),
        )

    return run


def _read_cells(description: str, *rows: dict[str, str | None]) -> Callable[[], _Example]:
    """A consistent form with the findings read_form gives for indicator rows of cells."""

    def run() -> _Example:
        here = os.getcwd()
        document = {
            "format": "budgetperf-printed-form/1",
            "form": "project",
            "indicators": list(rows),
        }
        with tempfile.TemporaryDirectory() as folder:
            os.chdir(folder)  # the findings name the file as a user would: form.json
            try:
                Path("form.json").write_text(json.dumps(document, ensure_ascii=False), "utf-8")
                findings = read_form("form.json").findings
            finally:
                os.chdir(here)
        form = attrs.evolve(sample_form(), findings=findings)
        return description, None, formcheck.check_form(form)

    return run


def _formula_cell() -> _Example:
    """A consistent form written as a workbook whose 总分 cell is then made a formula."""
    import openpyxl

    from budgetperf.scoring import score_form
    from budgetperf.xlsx import read_xlsx, write_xlsx

    here = os.getcwd()
    with tempfile.TemporaryDirectory() as folder:
        os.chdir(folder)  # the findings name the file as a user would: form.xlsx
        try:
            write_xlsx(score_form(sample_form()), "form.xlsx")
            (form,) = read_xlsx("form.xlsx")
            sheet, cell = form.cells["$.total.score"].split("!")
            book = openpyxl.load_workbook("form.xlsx")
            book[sheet][cell] = "=SUM(H10:H13)"
            book.save("form.xlsx")
            (form,) = read_xlsx("form.xlsx")
        finally:
            os.chdir(here)
    description = "a form written by write_xlsx whose 总分 cell is then made a formula"
    return description, "=SUM(H10:H13)", formcheck.check_form(form)


def _noexec() -> Callable[[], _Example]:
    """A consistent form whose indicators make 100 and whose funds line prints no weight."""

    def run() -> _Example:
        form = sample_form()
        kept = list(form.indicators)
        last = kept[-1]
        assert last.weight is not None
        assert form.execution is not None
        weight = form.execution.weight or D(0)
        kept[-1] = attrs.evolve(
            last, weight=last.weight + weight, printed_score=(last.printed_score or 0) + weight
        )
        figures: dict[str, Any] = {"initial": D(208), "adjusted": D(208), "executed": D("109.8")}
        line = attrs.evolve(form.funds[0], rate=D("52.79"), weight=None, score=None, **figures)
        sub = attrs.evolve(form.funds[1], **figures)
        weights = {
            **form.level1_weights,
            last.level1: (form.level1_weights[last.level1] or 0) + weight,
        }
        changed = attrs.evolve(
            form, indicators=tuple(kept), funds=(line, sub), level1_weights=weights
        )
        return (
            "a form whose indicators weigh 100 and whose funds line prints no weight (109.8 of"
            " 208 万元 spent)",
            None,
            formcheck.check_form(changed),
        )

    return run


def _seed_form(name: str) -> Callable[[], _Example]:
    path = f"examples/forms/{name}"
    return lambda: (f"the seed form `{path}`", None, formcheck.check_form(read_form(path)))


def _seed_text(name: str) -> Callable[[], _Example]:
    path = f"examples/reports/{name}"
    return lambda: (f"the seed report `{path}`", None, textcheck.check_report_file(path))


def _unreadable(description: str, data: bytes) -> Callable[[], _Example]:
    def run() -> _Example:
        try:
            documents.read_document(data, name="report.docx")
        except BudgetPerfError as error:
            return description, None, [documents.unreadable_finding(error)]
        raise AssertionError("the document was read")

    return run


def _not_checked(description: str, name: str, text: str) -> Callable[[], _Example]:
    def run() -> _Example:
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, name)
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(text)
            result = batch.check_file(path)
        found = [
            attrs.evolve(f, location=attrs.evolve(f.location, file=name)) for f in result.findings
        ]
        return description, text.rstrip("\n"), found

    return run


def _pdf(objects: list[bytes]) -> bytes:
    """A PDF of the given objects, 1 0 obj the catalog, with its cross-reference table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


_BLANK_PDF = _pdf(
    [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 800] >>",
    ]
)
_FIRST = sample_form().funds[0]
EXAMPLES: dict[str, Callable[[], _Example]] = {
    "arithmetic.share": _seed_text("000_19490f38bcbee111.txt"),
    "arithmetic.shares-sum": _text(
        "2018年度“三公”经费财政拨款支出决算中，公务接待费支出决算4.5万元，占90%，因公出国(境)费"
        "支出决算0万元，占0%，公务用车购置费及运行维护费支出决算0万元，占0%。"
    ),
    "arithmetic.completion-rate": _text(
        "行政运行(项)。年初预算为100万元，支出决算为90万元，完成年初预算的95%，决算数小于年初预算数。"
    ),
    "arithmetic.completion-comparison": _text(
        "行政运行(项)。年初预算为100万元，支出决算为90万元，完成年初预算的90%，决算数大于年初预算数。"
    ),
    "arithmetic.completion-zero-base": _text(
        "行政运行(项)。年初预算为0万元，支出决算为124.66万元，完成年初预算的100%。"
    ),
    "arithmetic.change-rate": _text(
        "2022年度一般公共预算财政拨款支出628.95万元，与上年相比，一般公共预算财政拨款支出减少"
        "393.37万元，减少38.50%。"
    ),
    "arithmetic.change-direction": _text(
        "2022年度一般公共预算财政拨款支出628.95万元，与上年相比，一般公共预算财政拨款支出减少"
        "393.37万元，增长38.48%。"
    ),
    "arithmetic.change-amount": _text(
        "2022年度一般公共预算财政拨款支出628.95万元，上年支出1000万元，与上年相比减少393.37万元，"
        "下降38.48%。"
    ),
    "arithmetic.breakdown-sum": _text(
        "我单位2018年度支出846.77万元，其中基本支出307.55万元，项目支出530.22万元。"
    ),
    "arithmetic.code-hierarchy": _text(
        "单位：万元\n"
        "科目编码 | 科目名称 | 决算数 |\n"
        "201 | 一般公共服务支出 | 618.57 |\n"
        "20103 | 政府办公厅(室)及相关机构事务 | 489.12 |\n"
        "20106 | 财政事务 | 120.45 |"
    ),
    "arithmetic.sangong": _text(
        "“三公”经费财政拨款支出预算为4.7万元，支出决算为4.5万元，完成预算的96.74%。"
    ),
    "arithmetic.total-score": _changed(
        "a consistent form whose total is printed 99", total_score=D(99)
    ),
    "arithmetic.execution-rate": _changed(
        "a consistent form whose 执行率 is printed 90% for 100 / 100",
        funds=(attrs.evolve(_FIRST, rate=D(90)),),
    ),
    "arithmetic.funds": _changed(
        "a consistent form whose 其中 row is 120 of a total of 100",
        funds=(_FIRST, FundsLine("其中：当年财政拨款", initial=D(120))),
    ),
    "arithmetic.change-sum": _text(
        "一般公共预算收入累计完成24627万元，比上年减收1070万元，下降4.2%。其中：税收收入8103万元，"
        "比上年增收1284万元，增长18.8%；非税收入16524万元，比上年减收2454万元，下降12.9%。"
    ),
    "arithmetic.budget-sum": _text(
        "全县完成财政总收入4348万元，占年初预算10065万元的43.2%。其中：税收收入3511万元，"
        "占年初预算8465万元的41.5%；非税收入837万元，占年初预算1700万元的49.2%。"
    ),
    "arithmetic.balance": _text(
        "国有资本经营收入1493万元，上级补助收入44万元，上年结余140万元，国有资本经营支出1459万元。"
        "上述收支相抵，年终结余228万元。"
    ),
    "arithmetic.ratio": _text(
        "全市政府性债务债务率为68.9%（政府直接债务余额85.64亿元/地方综合财力124.5亿元）。"
    ),
    "arithmetic.points-gap": _text("收入增长8.1%，比全省平均增幅4.4%高出3.9个百分点。"),
    "arithmetic.product": _text("计划出国(境)2人，预算费用3.5万元/人，共计8万元。"),
    "arithmetic.named-count": _text(
        "内设机构数量4个，分别为教科室、总务处、安保处、教学处、德育处。"
    ),
    "arithmetic.progress": _text(
        "截止11月底，税收收入完成32078万元，占年初预算37130万元的86.4%，平均进度5.8个百分点，"
        "短收1958万元。"
    ),
    "consistency.restated": _text(
        "全市政府直接债务余额为856440万元。\n全市政府直接债务余额85.46亿元。"
    ),
    "consistency.not-occurred": _text(
        "本单位没有政府性基金收入，也没有使用政府性基金安排的支出。\n"
        "政府性基金收入20万元，主要用于城市建设。"
    ),
    "consistency.spending-above-income": _text(
        "部门整体总收入525.1万元，其中：上年结转结余20.99万元，本年财政拨款收入504.11万元。"
        "本年总支出531.07万元。"
    ),
    "consistency.same-quantity": _text(
        "基本支出307.55万元，其中人员经费256.23万元、公用经费51.32万元。\n全年基本支出308.55万元。"
    ),
    "rules.score-differs": _seed_form("junshan-2023-department.json"),
    "rules.score-above-weight": _changed(
        "a consistent form whose 满意度 row prints 12 of 10",
        indicator=(3, {"printed_score": D(12)}),
        total_score=D(102),
    ),
    "rules.execution-score": _changed(
        "a consistent form whose execution line prints the score 9",
        funds=(attrs.evolve(_FIRST, score=D(9)),),
        total_score=D(99),
    ),
    "rules.grade": _changed("a consistent form graded 良 for 100 points", grade="良"),
    "structure.weights": _changed(
        "a consistent form whose first row weighs 25 instead of 30",
        indicator=(0, {"weight": D(25), "printed_score": D(25)}),
        total_score=D(95),
    ),
    "structure.no-weights": _seed_form("miluo-2018-project.json"),
    "structure.blank-cell": _seed_form("miluo-2018-department.json"),
    "structure.formula-cell": _formula_cell,
    "structure.execution-not-in-total": _noexec(),
    "structure.inferred-level1": _read_cells(
        "a form read with its 一级 cells merged (printed on the first row only)",
        {"level1": "产出指标", "level2": "数量指标", "name": "办件量"},
        {"level1": None, "level2": "质量指标", "name": "办结率"},
    ),
    "structure.inferred-level2": _read_cells(
        "a form read with its 二级 cells merged (printed on the first row only)",
        {"level1": "产出指标", "level2": "数量指标", "name": "办件量"},
        {"level1": "产出指标", "level2": None, "name": "受理量"},
    ),
    "structure.unreadable-cell": _read_cells(
        "a form read with an unreadable target cell",
        {"name": "新增设备", "target": "三个"},
    ),
    "structure.unreadable-figure": lambda: (
        'a report text "支出111…1万元。" whose number is a run of a million 1s (a pasted column,'
        " a key held down)",
        None,
        textcheck.check_text("支出" + "1" * 1_000_000 + "万元。", file="report.txt"),
    ),
    "units.incompatible": _seed_form("hetang-2022-department.json"),
    "units.assumed-unit": _seed_form("junshan-2023-department.json"),
    "units.missing-unit": _seed_text("001_4155bb5af9874e54.txt"),
    "units.wrong-unit": _seed_text("003_75bbe1a0b3472874.txt"),
    "units.yuan-in-wanyuan": _seed_text("002_99c7b2a72a410d2a.txt"),
    # hn-changsha-chengjian-danganguan-2022-jxjk-pincai (tests/corpus/heldout26), shortened
    "units.slipped-unit": _text(
        "专项经费指标总额为84万元,其中:\n1、保管专项经费指标为36万元;\n2、电费专项指标为16万元;\n"
        "3、装具专项指标为12万元;\n4、系统维护专项经费指标为5万元;\n5、库房租赁经费专项指标为15元。"
    ),
    "classification.level-mislabel": _path("税收事务(类)协税护税(款)其他税收事务支出(项)"),
    "classification.unknown-name": _path("社会保障与就业支出(类)行政事业单位医疗(款)"),
    "classification.other-name": _path(
        "社会保障和就业支出(类)行政事业单位离退休(款)机关事业单位基本养老保险缴费支出(项)"
    ),
    "classification.unlabelled-level": _path(
        "社会保障和就业支出(类)行政事业单位养老支出(款)机关事业单位基本养老保险缴费支出"
    ),
    "classification.name-mismatch": _path("卫生健康支出(210类)住房改革支出(11款)"),
    "classification.invalid-code": _path("卫生健康支出(210类)行政事业单位医疗(1款)"),
    "classification.relative-code": _path("行政事业单位医疗(11款)行政单位医疗(01项)"),
    "classification.unknown-code": _path("卫生健康支出(210类)无此款(13款)"),
    "classification.not-a-child": _path("卫生健康支出(类)住房改革支出(款)住房公积金(项)"),
    "classification.level-skipped": _path("一般公共服务支出(类)行政运行(项)"),
    "classification.level-order": _path("行政运行(项)一般公共服务支出(类)"),
    "classification.empty-name": _path("(类)(款)"),
    "classification.ambiguous-name": _path("其他共产党事务支出"),
    "classification.unresolved-parent": _path("无此类(类)行政运行(款)"),
    "ledger.no-lines": _ledger("a ledger CSV with a header and no line", "code,initial,executed\n"),
    "ledger.negative-amount": _ledger(
        "a ledger CSV with a negative 年初预算", "code,initial,executed\n2010301,-100,50\n"
    ),
    "ledger.missing-executed": _ledger(
        "a ledger CSV with no 决算 on a line", "code,initial,executed\n2010302,100,\n"
    ),
    "ledger.duplicate-line": _ledger(
        "a ledger CSV that repeats a line", "code,initial,executed\n2010399,10,5\n2010399,10,5\n"
    ),
    "ledger.unreadable-row": _ledger(
        "a ledger CSV with an amount that cannot be read",
        "code,initial,executed\n2010301,一百,50\n2010302,100,90\n",
    ),
    "ledger.unknown-code": _drafted("2999999"),
    "io.undecodable-byte": _bytes(
        'the bytes of "年初预算为100万元" in UTF-8 with a stray byte 0xff after "年初预算"',
        "年初预算".encode() + b"\xff" + "为100万元".encode(),
    ),
    "io.no-text-layer": lambda: (
        "a PDF of one page with no text on it (a scan has only an image)",
        None,
        list(documents.read_document(_BLANK_PDF, name="scan.pdf").findings),
    ),
    "io.not-checked": _not_checked(
        "a ledger CSV given to check (`lines.csv`)",
        "lines.csv",
        "code,initial,executed\n2010301,100,90\n",
    ),
    "io.unreadable": _unreadable(
        "a .docx file cut short (the first 100 bytes of a zip archive)", b"PK\x03\x04" + bytes(96)
    ),
}

GROUPS = {
    "arithmetic": "Arithmetic: figures that do not follow from the figures they are computed from",
    "classification": "Classification: 类/款/项 paths and names against the catalogue",
    "consistency": "Consistency: one quantity stated with different values",
    "io": "Input: files and bytes that cannot be read, pages with no text",
    "ledger": "Ledger: budget lines that cannot be read or drafted as they are",
    "rules": "Rules: printed scores and grades against the scoring rules",
    "structure": "Structure: weights that do not add up, blank and unreadable cells",
    "units": "Units: money and measures printed in the wrong unit or without one",
}


def build() -> dict[Path, str]:
    """The pages, by path."""
    missing = sorted(set(CODES) - set(EXAMPLES))
    if missing:
        raise SystemExit(f"no example for: {', '.join(missing)}")
    pages: dict[Path, str] = {}
    index = [
        "# Finding codes",
        "",
        "Every code `budgetperf check` can print, one page per group, each with an example",
        "produced by running the checks (`scripts/build_finding_docs.py` writes these pages).",
        "",
        "```{toctree}",
        ":maxdepth: 1",
        "",
        *sorted(GROUPS),
        "```",
        "",
    ]
    pages[OUT / "index.md"] = "\n".join(index)
    for group, title in sorted(GROUPS.items()):
        lines = [f"# {title}", ""]
        for code in sorted(c for c in CODES if c.split(".", 1)[0] == group):
            info = CODES[code]
            source, shown, findings = EXAMPLES[code]()
            example = next((f for f in findings if f.code == code), None)
            if example is None:
                raise SystemExit(f"the example for {code} does not produce it")
            lines += [
                f"## `{code}`",
                "",
                f"Default severity: **{info.severity.value}**. {info.title_en} — {info.title_zh}.",
                "",
                f"Example, from {source}:",
                "",
            ]
            if shown is not None:
                lines += ["```text", shown, "```", ""]
            lines += ["```console", example.format(), "```", ""]
            zh = example.format(language="zh").split("\n", 1)[0]
            lines += ["In Chinese:", "", "```console", zh, "```", ""]
        pages[OUT / f"{group}.md"] = "\n".join(lines)
    return pages


def main() -> int:
    os.chdir(ROOT)  # seed paths are relative, as a user would type them
    pages = build()
    if "--check" in sys.argv:
        stale = [p for p, text in pages.items() if not p.exists() or p.read_text("utf-8") != text]
        for path in stale:
            print(f"stale: {path.relative_to(ROOT)}")
        return 1 if stale else 0
    OUT.mkdir(parents=True, exist_ok=True)
    for path, text in pages.items():
        path.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
