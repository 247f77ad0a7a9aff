"""The HTML report of ``budgetperf score`` and ``budgetperf check`` (private).

One self-contained page: inline CSS and inline SVG, no script, no font, no image and no link
to fetch, so it opens offline and can be mailed as one file. Every text that comes from an
input (a file name, a unit, an indicator, a note, a finding) goes through
:func:`html.escape`. For each form: the scored table with the rows whose printed score differs
from the rule highlighted (class ``differs``, the printed score and Δ cells ``diff``), each
row's notes under its explanation, the subtotals, total, grade, the form's notes and the
verdict, and a bar chart of the rule's score against the printed one per 一级指标, as a share
of the 一级's weight, over the profile's grade bands (优/良/中/差; the last bar is the total,
on the 0–100 scale the bands are defined on).

All arithmetic is :class:`~decimal.Decimal`.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal
from html import escape
from typing import Any

__all__ = ["check_page", "score_page"]

_CSS = """
:root { color-scheme: light; }
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC",
  sans-serif; margin: 1.5rem; color: #1a1a1a; background: #ffffff; line-height: 1.45; }
h1 { font-size: 1.4rem; margin: 0 0 .5rem; }
h2 { font-size: 1.15rem; margin: 2rem 0 .4rem; border-bottom: 2px solid #1f4e79; }
table { border-collapse: collapse; margin: .6rem 0; font-size: .92rem; }
th, td { border: 1px solid #9aa5b1; padding: .25rem .45rem; vertical-align: top; }
th { background: #1f4e79; color: #ffffff; font-weight: 600; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.differs td { background: #fde2e1; }
td.diff { background: #f8b4b1 !important; font-weight: 700; color: #8b0000; }
tr.used td.rule { color: #6b4e00; }
tr.subtotal td { background: #eef3f8; }
tr.total td { background: #dbe6f1; font-weight: 700; }
ul.notes { margin: .2rem 0 0; padding-left: 1.1rem; color: #444; font-size: .85rem; }
p.verdict { font-weight: 700; padding: .4rem .6rem; border-left: 6px solid #2e7d32;
  background: #e8f5e9; }
p.verdict.bad { border-left-color: #c62828; background: #fdecea; }
p.legend, p.summary { color: #333; font-size: .9rem; }
tr.error td.sev { background: #f8b4b1; font-weight: 700; }
tr.warning td.sev { background: #ffe8a3; }
tr.info td.sev { background: #dbe6f1; }
svg { display: block; margin: .6rem 0 1rem; max-width: 100%; height: auto; }
svg text { font-size: 12px; fill: #1a1a1a; }
"""

#: The fill of each grade band, best first (优, 良, 中, 差); a longer scale repeats the last.
_BAND_FILLS = ("#c8e6c9", "#dcedc8", "#fff3c4", "#ffcdd2")
_RULE_FILL, _PRINTED_FILL = "#1f4e79", "#e07b00"
_HUNDRED = Decimal(100)


def _page(lang: str, title: str, body: list[str]) -> str:
    return "\n".join(
        [
            "<!DOCTYPE html>",
            f'<html lang="{"zh-CN" if lang == "zh" else "en"}">',
            "<head>",
            '<meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{escape(title)}</title>",
            f"<style>{_CSS}</style>",
            "</head>",
            "<body>",
            f"<h1>{escape(title)}</h1>",
            *body,
            "</body>",
            "</html>",
            "",
        ]
    )


def _share(score: Decimal | None, weight: Decimal | None) -> Decimal | None:
    """``score`` as a percentage of ``weight`` (``None`` when either is absent or the weight 0)."""
    if score is None or weight is None or weight <= 0:
        return None
    return (score * _HUNDRED / weight).quantize(Decimal("0.1"), ROUND_HALF_UP)


def _x(percent: Decimal, left: int, span: int) -> str:
    """The x coordinate of ``percent`` (clamped to 0–100) on a bar ``span`` pixels wide."""
    clamped = min(max(percent, Decimal(0)), _HUNDRED)
    return f"{(Decimal(left) + Decimal(span) * clamped / _HUNDRED).quantize(Decimal('0.1')):f}"


def chart(result: Any, profile: Any, lang: str) -> str:
    """An inline SVG: per 一级指标 and for the total, the rule's score against the printed one
    as a share of the weight, over the profile's grade bands."""
    from budgetperf._cli_lang import word
    from budgetperf._cli_score import name_of

    rows: list[tuple[str, Decimal | None, Decimal | None, str, str]] = [
        (
            name_of(level.name, lang),
            _share(level.score, level.weight),
            _share(level.printed, level.weight),
            _num(level.score),
            _num(level.printed),
        )
        for level in result.level1
    ]
    rows.append(
        (
            word(lang, "total"),
            _share(result.total, _HUNDRED),
            _share(result.printed_total, _HUNDRED),
            _num(result.total),
            _num(result.printed_total),
        )
    )
    left, span, row_height, top = 190, 420, 38, 40
    width, height = left + span + 110, top + row_height * len(rows) + 30
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" width="{width}" '
        f'height="{height}" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{escape(word(lang, "chart"))}">',
        f"<title>{escape(word(lang, 'chart'))}</title>",
    ]
    bottom = top + row_height * len(rows)
    for n, band in enumerate(profile.grades.bands):
        x0, x1 = _x(band.lower, left, span), _x(band.upper, left, span)
        fill = _BAND_FILLS[min(n, len(_BAND_FILLS) - 1)]
        band_width = f"{Decimal(x1) - Decimal(x0):f}"
        out.append(
            f'<rect class="band" data-grade="{escape(band.label)}" x="{x0}" y="{top - 14}" '
            f'width="{band_width}" height="{bottom - top + 14}" fill="{fill}"/>'
        )
        middle = f"{(Decimal(x0) + Decimal(x1)) / 2:f}"
        out.append(
            f'<text x="{middle}" y="{top - 18}" text-anchor="middle">{escape(band.label)}</text>'
        )
    for i, (label, rule, printed, rule_text, printed_text) in enumerate(rows):
        y = top + row_height * i
        out.append(f'<text x="{left - 8}" y="{y + 20}" text-anchor="end">{escape(label)}</text>')
        for j, (kind, share, text, fill) in enumerate(
            (
                ("rule", rule, rule_text, _RULE_FILL),
                ("printed", printed, printed_text, _PRINTED_FILL),
            )
        ):
            bar_y = y + 4 + j * 15
            caption = f"{word(lang, kind)} {text}"
            if share is None:
                out.append(f'<text x="{left + 4}" y="{bar_y + 11}">{escape(caption)} —</text>')
                continue
            end = _x(share, left, span)
            bar = f"{Decimal(end) - Decimal(left):f}"
            out.append(
                f'<rect class="bar {kind}" data-level1="{escape(label)}" '
                f'data-share="{share:f}" x="{left}" y="{bar_y}" width="{bar}" height="13" '
                f'fill="{fill}"><title>{escape(label)} {escape(caption)} ({share:f}%)</title>'
                "</rect>"
            )
            out.append(f'<text x="{Decimal(end) + 4:f}" y="{bar_y + 11}">{escape(caption)}</text>')
    axis = bottom + 16
    bounds = sorted({b.lower for b in profile.grades.bands} | {_HUNDRED})
    for tick in bounds:
        x = _x(tick, left, span)
        out.append(f'<text x="{x}" y="{axis}" text-anchor="middle">{tick:f}%</text>')
    out.append("</svg>")
    return "\n".join(out)


def _num(value: Decimal | None) -> str:
    return "—" if value is None else f"{value:f}"


def form_section(name: str, result: Any, failed: bool, profile: Any, lang: str) -> list[str]:
    """One scored form: heading, verdict, table, notes, legend and chart."""
    from budgetperf._cli_lang import word
    from budgetperf._cli_score import (
        head,
        name_of,
        notes_of,
        rows,
        title,
        total_line,
        verdict,
    )

    zh = lang == "zh"
    out = [f'<section class="form" data-errors="{str(failed).lower()}">']
    out.append(f"<h2>{escape(title(name, result))}</h2>")
    css = "verdict bad" if failed else "verdict"
    out.append(
        f'<p class="{css}">{escape(word(lang, "verdict"))}{"：" if zh else ": "}'
        f"{escape(verdict(result, lang))}</p>"
    )
    out.append('<table class="scores">')
    out.append("<thead><tr>" + "".join(f"<th>{escape(h)}</th>" for h in head(lang)) + "</tr>")
    out.append("</thead><tbody>")
    numeric = {3, 4, 5, 6}
    for row in rows(result, lang):
        classes = [c for c, on in (("differs", row.differs), ("used", row.printed_used)) if on]
        attr = f' class="{" ".join(classes)}"' if classes else ""
        cells = []
        for i, cell in enumerate(row.cells):
            kinds = []
            if i in numeric:
                kinds.append("num")
            if i == 5:
                kinds.append("rule")
            if row.differs and i in (4, 6):
                kinds.append("diff")
            text = escape(cell)
            if i == len(row.cells) - 1 and row.notes:
                items = "".join(f"<li>{escape(note)}</li>" for note in row.notes)
                text += f'<ul class="notes">{items}</ul>'
            cells.append(
                f'<td class="{" ".join(kinds)}">{text}</td>' if kinds else f"<td>{text}</td>"
            )
        out.append(f"<tr{attr}>" + "".join(cells) + "</tr>")
    out.append("</tbody><tfoot>")
    for level in result.level1:
        out.append(
            '<tr class="subtotal">'
            f"<td>{escape(name_of(level.name, lang))}</td><td></td><td></td>"
            f'<td class="num">{escape(_num(level.weight))}</td>'
            f'<td class="num">{escape(_num(level.printed))}</td>'
            f'<td class="num">{escape(_num(level.score))}</td>'
            f"<td></td><td>{escape(word(lang, 'subtotal'))}</td></tr>"
        )
    out.append(
        '<tr class="total">'
        f"<td>{escape(word(lang, 'total'))}</td><td></td><td></td><td></td>"
        f'<td class="num">{escape(_num(result.printed_total))}</td>'
        f'<td class="num">{escape(_num(result.total))}</td><td></td>'
        f"<td>{escape(total_line(result, lang))}</td></tr>"
    )
    out.append("</tfoot></table>")
    out.append(f'<p class="legend">{escape(word(lang, "legend"))}</p>')
    notes = notes_of(result, lang)
    if notes:
        out.append('<ul class="form-notes">')
        out.extend(f"<li>{escape(note)}</li>" for note in notes)
        out.append("</ul>")
    out.append(chart(result, profile, lang))
    out.append("</section>")
    return out


def score_page(scored: Sequence[tuple[str, Any, bool]], profile: Any, lang: str) -> str:
    """The page of ``budgetperf score --format html``: one section per form."""
    from budgetperf._cli_lang import word

    body: list[str] = []
    for name, result, failed in scored:
        body.extend(form_section(name, result, failed, profile, lang))
    return _page(lang, word(lang, "html_title_score"), body)


def check_page(
    run: Any,
    summary: str,
    forms: Sequence[tuple[str, Any, bool]],
    profile: Any,
    lang: str,
) -> str:
    """The page of ``budgetperf check --format html``: the findings, then each form scored."""
    from budgetperf._cli_lang import severity, word

    zh = lang == "zh"
    body = [f'<p class="summary">{escape(summary)}</p>']
    findings = run.report.findings
    if findings:
        body.append('<table class="findings"><thead><tr>')
        heads = ("where", "code", "severity", "message")
        body.append("".join(f"<th>{escape(word(lang, h))}</th>" for h in heads))
        body.append("</tr></thead><tbody>")
        for finding in findings:
            message = finding.message_zh if zh else finding.message_en
            extra = []
            if finding.printed is not None:
                extra.append(f"{'印刷' if zh else 'printed'} {finding.printed}")
            if finding.computed is not None:
                extra.append(f"{'计算' if zh else 'computed'} {finding.computed}")
            if finding.span is not None:
                extra.append(finding.span)
            detail = "".join(f"<li>{escape(x)}</li>" for x in extra)
            body.append(
                f'<tr class="{escape(finding.severity.value)}">'
                f"<td>{escape(str(finding.location) or '—')}</td>"
                f"<td><code>{escape(finding.code)}</code></td>"
                f'<td class="sev">{escape(severity(lang, finding.severity.value))}</td>'
                f"<td>{escape(message)}"
                + (f'<ul class="notes">{detail}</ul>' if detail else "")
                + "</td></tr>"
            )
        body.append("</tbody></table>")
    else:
        body.append(f"<p>{escape(word(lang, 'none_found'))}</p>")
    for name, result, failed in forms:
        body.extend(form_section(name, result, failed, profile, lang))
    return _page(lang, word(lang, "html_title_check"), body)
