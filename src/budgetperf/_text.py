"""Text normalisation shared by every parser (private).

Printed tables mix full-width and half-width forms ("１２３．４", "９８％", "￥", "，"). NFKC folds
them to their ASCII forms; the comparator signs that NFKC leaves alone (≧ ≦ ═) are handled by the
parsers that need them.
"""

from __future__ import annotations

import unicodedata

__all__ = ["normalise"]


def normalise(text: str) -> str:
    """Fold full-width forms to ASCII (NFKC) and strip surrounding white space."""
    if text.isascii():
        return text.strip()
    return unicodedata.normalize("NFKC", text).strip()
