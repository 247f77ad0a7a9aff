"""The sentence-form corpus (tests/sentence_forms.py): every example is read by the audit exactly
as a careful reader reads it, the corpus covers every builder and check of the audit, and the
catalogue page generated from it (docs/textaudit/forms.md) is up to date.

An example marked ``xfail`` in the corpus is a known gap of the audit: it runs here as a strict
expected failure, so the day the audit reads it right, this test says to drop the mark.
"""

from __future__ import annotations

import importlib
import subprocess
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

import sentence_forms as sf  # registered by conftest.py
from budgetperf.textaudit import audit as audit_module
from budgetperf.textaudit import audit_text
from budgetperf.textaudit import checks as checks_module
from budgetperf.textaudit import claims as claims_module

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(__file__).resolve().parent / "sentence_forms.py"
SCRIPT = ROOT / "scripts" / "build_sentence_catalogue.py"
STATUSES = {"agrees", "rounding", "disagrees", "undefined"}
SEVERITIES = {"error", "warning", "info"}


def _cases() -> list[object]:
    cases: list[object] = []
    for form in sf.FORMS:
        for k, example in enumerate(form.examples):
            marks = [pytest.mark.xfail(reason=example.reason, strict=True)] if example.xfail else []
            cases.append(pytest.param(example, id=f"{form.name} [{k + 1}]", marks=marks))
    return cases


@pytest.mark.parametrize("example", _cases())
def test_the_audit_reads_the_example_as_a_careful_reader(example: sf.Example) -> None:
    audit = audit_text(example.text)
    claims = Counter((c.kind, c.printed, c.status.value) for c in audit.claims)
    findings = Counter((f.code, f.severity.value) for f in audit.findings)
    assert claims == Counter(example.claims)
    assert findings == Counter(example.findings)


def test_the_corpus_is_well_formed() -> None:
    names = [form.name for form in sf.FORMS]
    assert len(names) == len(set(names)), "form names are unique"
    for form in sf.FORMS:
        assert form.en, form.name
        assert form.zh, form.name
        assert form.reads, form.name
        assert form.examples, form.name
        for example in form.examples:
            assert example.text.strip(), form.name
            assert bool(example.xfail) == bool(example.reason), f"{form.name}: xfail ⇔ reason"
            for kind, printed, status in example.claims:
                assert kind, form.name
                assert printed, form.name
                assert status in STATUSES, (form.name, kind, status)
            for code, severity in example.findings:
                assert "." in code, (form.name, code)
                assert severity in SEVERITIES, (form.name, code, severity)


def _resolve(dotted: str) -> object:
    """``module.name[.attr]`` of budgetperf.textaudit, or an AttributeError/ImportError."""
    module_name, _, rest = dotted.partition(".")
    obj: object = importlib.import_module(f"budgetperf.textaudit.{module_name}")
    for part in rest.split("."):
        obj = getattr(obj, part)
    return obj


def test_every_part_named_as_reading_a_form_exists() -> None:
    missing = []
    for form in sf.FORMS:
        for dotted in form.reads:
            try:
                _resolve(dotted)
            except (AttributeError, ImportError):
                missing.append(f"{form.name}: {dotted}")
    assert missing == []


def _called(function: object, module: ModuleType) -> set[str]:
    """The module's own private functions that ``function`` calls by name."""
    code = function.__code__  # type: ignore[attr-defined]
    return {
        name
        for name in code.co_names
        if name.startswith("_")
        and callable(getattr(module, name, None))
        and getattr(getattr(module, name), "__module__", None) == module.__name__
        and not isinstance(getattr(module, name), type)
    }


@pytest.mark.pure_python  # (reads the claims stage by its Python names: tests/conftest.py)
def test_every_builder_and_check_reads_some_form() -> None:
    read = {dotted for form in sf.FORMS for dotted in form.reads}
    # (_has reads nothing: it says whether a text holds a reader's words)
    builders = _called(claims_module.build_claims, claims_module) - {
        "_check_list",
        "_dedupe",
        "_has",
    }
    builders |= {"_respectively", "_shares_sum", "_share", "_closed", "_comparison", "_direction"}
    # (_too_long reads no form: it reports the numbers the quantity reader left unread, a million
    # digits long, tested in tests/test_textaudit_absurd_figures.py)
    checks = _called(checks_module.document_findings, checks_module) - {"_too_long"}
    assert builders, "build_claims calls its builders by name"
    assert checks, "document_findings calls its checks by name"
    assert sorted(f"claims.{b}" for b in builders if f"claims.{b}" not in read) == []
    assert sorted(f"checks.{c}" for c in checks if f"checks.{c}" not in read) == []
    assert "tables.read_tables" in read


def test_every_claim_kind_and_code_has_an_example() -> None:
    """Each kind the audit reports under a code appears in an example it reads right, and each
    code in an example's findings."""
    kinds = set()
    codes = set()
    for form in sf.FORMS:
        for example in form.examples:
            if example.xfail:
                continue
            kinds |= {kind for kind, _, _ in example.claims}
            codes |= {code for code, _ in example.findings}
    kind_codes = audit_module._CODES
    assert sorted(set(kind_codes) - kinds) == []
    assert sorted(set(kind_codes.values()) - codes) == []


def test_the_catalogue_page_is_up_to_date() -> None:
    """docs/textaudit/forms.md is generated from the corpus by running the audit."""
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
