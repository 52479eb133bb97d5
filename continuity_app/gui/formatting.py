"""Numbers, money, shares and durations for the screen, following the interface locale."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from continuity_app.core.reference import ReferenceData

# Wrapped in LRI ... PDI so that a number keeps its digit order inside right-to-left text.
LRI, PDI = "\u2066", "\u2069"


class Formatter:
    """Formats values for display with one locale and the plan's currency."""

    def __init__(
        self, reference: ReferenceData, currency: str, locale: QLocale | None = None
    ) -> None:
        self.reference = reference
        self.currency = currency
        self.locale = locale or QLocale()

    def number(self, value: float, decimals: int = 0) -> str:
        return self.locale.toString(float(value), "f", decimals)

    def money(self, amount: float, whole: bool | None = None) -> str:
        """An amount with the currency symbol; whole units once it is large."""
        known = self.reference.currencies.get(self.currency)
        symbol = known.symbol if known and known.symbol else self.currency
        decimals = known.minor_units if known else 2
        if whole or (whole is None and abs(amount) >= 100):
            decimals = 0
        text = self.locale.toString(abs(float(amount)), "f", decimals)
        sign = "-" if amount < 0 else ""
        return f"{LRI}{sign}{symbol}{text}{PDI}"

    def percent(self, share: float, decimals: int = 0) -> str:
        return f"{LRI}{self.locale.toString(share * 100, 'f', decimals)}%{PDI}"

    def hours(self, hours: float | None) -> str:
        """A duration: minutes below an hour, days beyond two days; a week is the horizon."""
        tr = QCoreApplication.translate
        if hours is None:
            return tr("Formatter", "more than a week")
        if hours < 1:
            return tr("Formatter", "%1 min").replace("%1", self.number(hours * 60))
        if hours >= 48:
            return tr("Formatter", "%1 days").replace("%1", self.number(hours / 24, 1))
        return tr("Formatter", "%1 h").replace("%1", self.number(hours, 1))
