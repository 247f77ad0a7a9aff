"""Traditional → simplified keeps every character's offset, even where a converter's phrase
table would change a line's length (normalise._to_simplified's fallback).

OpenCC's t2s maps almost every phrase to one of the same length, and no text of the corpora
makes it do otherwise, so the fallback is exercised here with a converter that does: its phrase
table turns 後臺 into a three-character word, while each character alone maps to one.
"""

from __future__ import annotations

import pytest

from budgetperf.textaudit import normalise as normalise_module

_ONE_BY_ONE = {"後": "后", "臺": "台", "說": "说", "經": "经", "費": "费"}


def _phrase_converter(text: str) -> str:
    if "後臺" in text:
        text = text.replace("後臺", "后台区")  # a phrase entry that adds a character
    return "".join(_ONE_BY_ONE.get(ch, ch) for ch in text)


@pytest.fixture
def phrase_converter(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(normalise_module, "_converter", lambda: _phrase_converter)


@pytest.mark.usefixtures("phrase_converter")
def test_a_line_whose_length_would_change_is_converted_character_by_character() -> None:
    # the first line is converted one character at a time (后台, not 后台区); the second, whose
    # length its phrase conversion keeps, as a whole
    assert normalise_module._to_simplified("後臺說明\n經費說明") == "后台说明\n经费说明"


@pytest.mark.usefixtures("phrase_converter")
def test_a_text_whose_length_is_kept_is_converted_whole() -> None:
    assert normalise_module._to_simplified("經費說明") == "经费说明"


def test_ascii_is_returned_as_it_is() -> None:
    text = "abc 123"
    assert normalise_module._to_simplified(text) is text
