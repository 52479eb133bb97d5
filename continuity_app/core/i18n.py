"""Translatable text and locale-formatted numbers in Qt-free code.

`translate("Context", "text")` is the call pyside6-lupdate extracts; `translate("Context",
"%n message(s)", None, n)` marks a plural. The GUI, the CLI and the PDF renderer install a
Qt-backed `Language` (continuity_app.localization); without one (tests, pure-Python use)
English is used: the source text, "(s)" plurals and Python's number format.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Protocol

_PLURAL_SUFFIX = re.compile(r"\((s|es)\)")


class Language(Protocol):
    """A reader's language: translations and the way numbers are written."""

    def lookup(self, context: str, text: str, disambiguation: str | None, n: int) -> str:
        """The translation of `text` (the plural form for `n` when n >= 0), %n left in."""
        ...

    def number(self, value: float, decimals: int) -> str:
        """`value` with `decimals` decimals, grouped and with the locale's digits."""
        ...

    def date(self, day: dt.date) -> str:
        """A calendar date, day and abbreviated month: 4 Oct 2021."""
        ...

    def weekday_time(self, weekday: int, hour: int) -> str:
        """A weekday (0 = Monday, abbreviated) and a whole hour: Mon 09:00."""
        ...


class English:
    """The source language: English text as written in the code, Python's number format."""

    def lookup(self, context: str, text: str, disambiguation: str | None, n: int) -> str:
        if n < 0:
            return text
        return _PLURAL_SUFFIX.sub(lambda m: "" if n == 1 else m.group(1), text)

    def number(self, value: float, decimals: int) -> str:
        return f"{value:,.{decimals}f}"

    def date(self, day: dt.date) -> str:
        return f"{day.day} {day:%b %Y}"

    def weekday_time(self, weekday: int, hour: int) -> str:
        return f"{dt.date(2024, 1, 1 + weekday):%a} {hour:02d}:00"  # 1 Jan 2024 was a Monday


_language: Language = English()


def set_language(language: Language | None) -> None:
    """Speak `language` from now on (None: English)."""
    global _language
    _language = language if language is not None else English()


def current_language() -> Language:
    return _language


@contextmanager
def speaking(language: Language | None) -> Iterator[None]:
    """Speak `language` inside the block, e.g. to print a plan in another language."""
    previous = _language
    set_language(language)
    try:
        yield
    finally:
        set_language(previous)


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The text in the current language; with n >= 0, the plural form for n, %n replaced."""
    found = _language.lookup(context, text, disambiguation, n)
    return found.replace("%n", _language.number(n, 0)) if n >= 0 else found


def number(value: float, decimals: int = 0) -> str:
    """A number as the current language writes it: 1,234.5; 1.234,5; ١٬٢٣٤٫٥; 12,34,567."""
    return _language.number(float(value), decimals)


def figure(value: float, max_decimals: int = 3) -> str:
    """A number with only the decimals it needs (at most `max_decimals`): 6, 0.5, 0.083."""
    decimals = next(
        (d for d in range(max_decimals) if round(value, d) == round(value, max_decimals)),
        max_decimals,
    )
    return number(value, decimals)


def date(day: dt.date) -> str:
    """A calendar date as the current language writes it."""
    return _language.date(day)


def weekday_time(weekday: int, hour: int) -> str:
    """A weekday (0 = Monday) and an hour as the current language writes them."""
    return _language.weekday_time(weekday, hour)
