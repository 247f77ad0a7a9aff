"""The one place budgetperf calls babel (private).

Two babel behaviours are handled here once, so no other module has to think about them:

* babel quantizes with the *ambient* decimal context (half-even by default, and whatever
  precision the caller set). The numbers formatted here are already rounded by budgetperf to
  the digits the pattern shows, babel's quantization is switched off
  (``decimal_quantization=False``), and every call runs inside the library context anyway.
* Number patterns are parsed once and cached (babel parses the pattern string on every call).
* ``Locale.parse('zh_CN')`` costs ~100 µs on every call (likely-subtag resolution), ten times the
  formatting itself. Locales are parsed once and cached.

babel is imported on first use, not when budgetperf is imported.
"""

from __future__ import annotations

import functools
from decimal import Decimal, localcontext
from typing import TYPE_CHECKING

from budgetperf.errors import InvalidOption, WrongTypeError
from budgetperf.exact import get_context

if TYPE_CHECKING:
    from babel import Locale
    from babel.numbers import NumberPattern

__all__ = ["format_currency", "format_number", "get_locale", "is_chinese"]

_CONTEXT = get_context()


@functools.lru_cache(maxsize=64)
def _parse_locale(name: str) -> Locale:
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(name.replace("-", "_"))
    except (UnknownLocaleError, ValueError) as exc:
        raise InvalidOption("unknown locale", value=name) from exc


def get_locale(locale: str | Locale) -> Locale:
    """Return a babel ``Locale`` for ``locale`` (a cached parse for an identifier string)."""
    if isinstance(locale, str):
        return _parse_locale(locale)
    from babel import Locale

    if not isinstance(locale, Locale):
        raise WrongTypeError(
            f"locale must be a str or a babel Locale, not {type(locale).__name__}", value=locale
        )
    return locale


def is_chinese(locale: str | Locale) -> bool:
    """Tell whether ``locale`` is a Chinese locale (which prints 万元 units without a space)."""
    return get_locale(locale).language == "zh"


@functools.lru_cache(maxsize=64)
def _pattern(places: int, grouping: bool, currency: bool) -> NumberPattern:
    from babel.numbers import parse_pattern

    body = ("¤" if currency else "") + ("#,##0" if grouping else "0")
    return parse_pattern(body + ("." + "0" * places if places > 0 else ""))


def format_number(number: Decimal, places: int, locale: str | Locale, grouping: bool) -> str:
    """Format an already rounded ``number`` with exactly ``places`` decimals."""
    with localcontext(_CONTEXT):
        text: str = _pattern(places, grouping, False).apply(
            number, get_locale(locale), decimal_quantization=False
        )
    return text


def format_currency(number: Decimal, places: int, locale: str | Locale, grouping: bool) -> str:
    """Format an already rounded ``number`` of 元 as CNY (¥ or CN¥, by locale)."""
    with localcontext(_CONTEXT):
        text: str = _pattern(places, grouping, True).apply(
            number,
            get_locale(locale),
            currency="CNY",
            currency_digits=False,
            decimal_quantization=False,
        )
    return text
