"""One verdict on a printed score (issue 11, point 4): ``budgetperf score`` and ``budgetperf
check`` decide with the same function, :func:`budgetperf.scoring.match_score`, at the profile's
rounding, so they never disagree."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings

from budgetperf.errors import Location
from budgetperf.formcheck import check_form
from budgetperf.forms import Form, read_form
from budgetperf.scoring import ScoreMatch, match_score, score_form
from budgetperf.testing import strategies as bst

D = Decimal
FORMS = Path(__file__).resolve().parent.parent.parent / "shared" / "forms"


@pytest.mark.parametrize(
    ("printed", "rule", "places", "expected"),
    [
        ("4.90", "4.90", 2, ScoreMatch.AGREES),
        ("4.9", "4.90", 2, ScoreMatch.AGREES),  # the same number, fewer zeros
        ("5", "5.00", 2, ScoreMatch.AGREES),
        ("5", "4.90", 2, ScoreMatch.COARSER),  # 4.90 rounds to 5 at whole points
        ("4.9", "4.93", 2, ScoreMatch.COARSER),  # 4.93 rounds to 4.9 at one decimal
        ("4.9", "4.95", 2, ScoreMatch.DIFFERS),  # 4.95 rounds half up to 5.0, not 4.9
        ("4", "4.90", 2, ScoreMatch.DIFFERS),
        ("4.80", "4.90", 2, ScoreMatch.DIFFERS),
        ("4.901", "4.90", 2, ScoreMatch.DIFFERS),  # finer than the profile is no excuse
        ("5", "4.90", 0, ScoreMatch.DIFFERS),  # a profile of whole points: 5 is not 4.90
        ("5", "4.90", None, ScoreMatch.DIFFERS),  # no profile precision given
    ],
)
def test_match_score_by_hand(
    printed: str, rule: str, places: int | None, expected: ScoreMatch
) -> None:
    assert match_score(D(printed), D(rule), places) is expected


def _differing(form: object) -> tuple[set[str], set[str]]:
    """The score fields ``score`` reports as differing, and those ``check`` flags."""
    result = score_form(form)  # type: ignore[arg-type]
    scored = {
        f"$.indicators[{k}].score"
        for k, r in enumerate(result.indicators)
        if r.difference is not None
    }
    if result.execution is not None and result.execution.difference is not None:
        scored.add("execution")
    checked = set()
    for finding in check_form(form):  # type: ignore[arg-type]
        if finding.code == "rules.score-differs":
            checked.add(str(finding.location.field))
        elif finding.code == "rules.execution-score":
            checked.add("execution")
    return scored, checked


@pytest.mark.parametrize("name", sorted(p.name for p in FORMS.glob("*.json")))
def test_score_and_check_flag_the_same_scores_on_the_seed_forms(name: str) -> None:
    scored, checked = _differing(read_form(FORMS / name))
    assert scored == checked


def test_the_hetang_satisfaction_score_printed_to_whole_points_is_a_finding() -> None:
    # 群众满意度: 5 × 98 / 100 = 4.90 by the rule; the table prints 5
    form = read_form(FORMS / "hetang-2022-department.json")
    (finding,) = [
        f
        for f in check_form(form)
        if f.code == "rules.score-differs" and f.location.field == "$.indicators[15].score"
    ]
    assert finding.severity.value == "error"
    assert "printed to whole points, the profile rounds to 2 decimals" in finding.message_en
    assert "得分印为整数，评分规则保留2位小数" in finding.message_zh
    result = score_form(form)
    assert result.indicators[15].difference == D("0.10")  # 5 − 4.90


@settings(max_examples=60, deadline=None)
@given(bst.forms(messy=True))
def test_score_and_check_flag_the_same_scores_on_generated_forms(form: Form) -> None:
    # A generated form was not read from a file, so its rows have no JSON path, and check names
    # a row's score field "score"; give each row the path read_form would, as _differing keys
    # score's differences by it.
    rows = tuple(
        attrs.evolve(indicator, location=Location(field=f"$.indicators[{k}]"))
        for k, indicator in enumerate(form.indicators)
    )
    scored, checked = _differing(attrs.evolve(form, indicators=rows))
    assert scored == checked
