"""Numbers, money, shares and durations for the screen, isolated for right-to-left text."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale

from continuity_app.core.display import format_hours, format_money, format_percent
from continuity_app.core.i18n import current_language, speaking
from continuity_app.core.reference import ReferenceData
from continuity_app.localization import QtLanguage

# Wrapped in LRI ... PDI so that a number keeps its digit order inside right-to-left text.
LRI, PDI = "\u2066", "\u2069"


class Formatter:
    """Formats values for display with one locale, the digits preference and a currency."""

    def __init__(
        self,
        reference: ReferenceData,
        currency: str,
        locale: QLocale | None = None,
        digits: str = "locale",
        duration_unit: str = "auto",
    ) -> None:
        self.reference = reference
        self.currency = currency
        self.locale = locale or QLocale()
        installed = current_language()
        # the installed language's own translator where the locale is the same (it may be a
        # pseudo-locale under test); otherwise the shipped one for this locale
        translator = None
        if isinstance(installed, QtLanguage) and installed.locale == self.locale:
            translator = installed.translator
        self.language = QtLanguage(self.locale, digits, translator)
        self.duration_unit = duration_unit  # auto or hours

    def number(self, value: float, decimals: int = 0) -> str:
        return self.language.number(float(value), decimals)

    def date(self, day: dt.date) -> str:
        return f"{LRI}{self.language.date(day)}{PDI}"

    def time_of_day(self, hour: int) -> str:
        return f"{LRI}{self.language.time(hour)}{PDI}"

    def money(self, amount: float, whole: bool = False) -> str:
        """An amount with the currency symbol; whole units when asked or once it is large."""
        with speaking(self.language):
            return f"{LRI}{format_money(amount, self.currency, self.reference, whole)}{PDI}"

    def percent(self, share: float, decimals: int = 0) -> str:
        with speaking(self.language):
            return f"{LRI}{format_percent(share, decimals)}{PDI}"

    def hours(self, hours: float | None) -> str:
        """A duration: minutes below an hour, days beyond two days; a week is the horizon."""
        with speaking(self.language):
            return format_hours(hours, self.duration_unit)
