"""The window's shared look and order: the error colour and sorting in the user's language."""

from __future__ import annotations

from collections.abc import Callable
from functools import cmp_to_key
from typing import Any

ERROR_STYLE = "color: #b00020;"  # every error text in the window, one red


def collation_key() -> Callable[[str], Any]:
    """A sort key for texts in the user's language (accents and case as its readers sort)."""
    from PySide6.QtCore import QCollator, QLocale

    collator = QCollator(QLocale())
    return cmp_to_key(collator.compare)
