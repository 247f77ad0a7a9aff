"""Property tests with budgetperf's Hypothesis strategies (needs the ``test`` extra).

Run: python examples/strategies_demo.py

Two properties a project embedding budgetperf might state, checked here against budgetperf
itself: a clean generated form scores inside 0–100 with a grade, and a messy one (blank, "/",
qualitative and mismatched cells) is scored and audited without an exception.
"""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings

from budgetperf import check_form, score_form
from budgetperf.forms import Form
from budgetperf.testing import strategies as bst


@settings(max_examples=50, deadline=None)
@given(bst.forms())
def clean_forms_score_with_a_grade(form: Form) -> None:
    result = score_form(form)
    assert result.total is not None
    assert Decimal(0) <= result.total <= Decimal(100)
    assert result.grade is not None


@settings(max_examples=50, deadline=None)
@given(bst.forms(messy=True))
def messy_forms_never_crash(form: Form) -> None:
    result = score_form(form)
    for indicator in result.indicators:
        assert indicator.explanation
    check_form(form)


def main() -> None:
    clean_forms_score_with_a_grade()
    messy_forms_never_crash()
    print("both properties held on 50 generated forms each")


if __name__ == "__main__":
    main()
