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
from contextvars import ContextVar
from typing import Protocol

# English plurals in source texts: "line(s)", "match(es)", "countr(y|ies)" written "country(ies)".
_PLURAL_SUFFIX = re.compile(r"y\(ies\)|\((s|es)\)")


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

    def weekday(self, weekday: int) -> str:
        """A weekday's abbreviated name (0 = Monday): Mon."""
        ...

    def time(self, hour: int, minute: int = 0) -> str:
        """A time of day on the locale's clock: 09:00, 9:00 AM."""
        ...


class English:
    """The source language: English text as written in the code, Python's number format."""

    def lookup(self, context: str, text: str, disambiguation: str | None, n: int) -> str:
        if n < 0:
            return text

        def suffix(match: re.Match[str]) -> str:
            if match.group(1) is None:  # y(ies)
                return "y" if n == 1 else "ies"
            return "" if n == 1 else match.group(1)

        return _PLURAL_SUFFIX.sub(suffix, text)

    def number(self, value: float, decimals: int) -> str:
        return f"{value:,.{decimals}f}"

    def date(self, day: dt.date) -> str:
        return f"{day.day} {day:%b %Y}"

    def weekday(self, weekday: int) -> str:
        return f"{dt.date(2024, 1, 1 + weekday):%a}"  # 1 Jan 2024 was a Monday

    def time(self, hour: int, minute: int = 0) -> str:
        return f"{hour:02d}:{minute:02d}"


_installed: Language = English()
# A language for one block of code in one thread (printing a plan in another language) while
# worker threads keep writing in the installed one.
_scoped: ContextVar[Language | None] = ContextVar("language", default=None)


def set_language(language: Language | None) -> None:
    """Speak `language` from now on, in every thread (None: English)."""
    global _installed
    _installed = language if language is not None else English()


def current_language() -> Language:
    return _scoped.get() or _installed


@contextmanager
def speaking(language: Language | None) -> Iterator[None]:
    """Speak `language` inside the block in this thread, e.g. to print a plan in Arabic."""
    token = _scoped.set(language)
    try:
        yield
    finally:
        _scoped.reset(token)


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The text in the current language; with n >= 0, the plural form for n, %n replaced."""
    language = current_language()
    found = language.lookup(context, text, disambiguation, n)
    return found.replace("%n", language.number(n, 0)) if n >= 0 else found


def number(value: float, decimals: int = 0) -> str:
    """A number as the current language writes it: 1,234.5; 1.234,5; ١٬٢٣٤٫٥; 12,34,567."""
    return current_language().number(float(value), decimals)


def digits(value: object) -> str:
    """`value`'s text with its digits as the current language writes them, ungrouped: an
    identifier such as a seed (20211004, ٢٠٢١١٠٠٤) or a number a translation wrote ("15 min")."""
    return "".join(number(int(c)) if c.isascii() and c.isdigit() else c for c in str(value))


def short_number(value: float, max_decimals: int = 3) -> str:
    """A number with only the decimals it needs (at most `max_decimals`): 6, 0.5, 0.083."""
    decimals = next(
        (d for d in range(max_decimals) if round(value, d) == round(value, max_decimals)),
        max_decimals,
    )
    return number(value, decimals)


def date(day: dt.date) -> str:
    """A calendar date as the current language writes it."""
    return current_language().date(day)


def weekday(index: int) -> str:
    """A weekday's abbreviated name (0 = Monday) in the current language."""
    return current_language().weekday(index)


def time_of_day(hour: int, minute: int = 0) -> str:
    """A time of day on the current language's clock."""
    return current_language().time(hour, minute)
