"""Every ``>>>`` example in the documentation runs and prints what the page says."""

from __future__ import annotations

import doctest
import re
from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parent.parent / "docs"
FENCE = re.compile(r"^```(?:python|pycon)\n(.*?)^```", re.MULTILINE | re.DOTALL)
PAGES = sorted(
    p
    for p in DOCS.rglob("*.md")
    if "_build" not in p.relative_to(DOCS).parts and ">>>" in p.read_text(encoding="utf-8")
)


def test_there_are_pages_with_examples() -> None:
    assert len(PAGES) >= 3


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.relative_to(DOCS).as_posix())
def test_page_examples(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    blocks = [m.group(1) for m in FENCE.finditer(text) if ">>>" in m.group(1)]
    assert blocks, f"{page.name} has >>> outside ```python blocks"
    source = "\n\n".join(blocks)
    test = doctest.DocTestParser().get_doctest(source, {}, page.name, str(page), 0)
    runner = doctest.DocTestRunner(
        optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE, verbose=False
    )
    runner.run(test)
    result = runner.summarize(verbose=False)
    assert result.failed == 0, f"{result.failed} example(s) failed in {page.name}"
    assert result.attempted > 0
