"""Numbers, money, shares and durations for the screen, following the interface locale."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from continuity_app.core.reference import ReferenceData

# Wrapped in LRI ... PDI so that a number keeps its digit order inside right-to-left text.
LRI, PDI = "\u2066", "\u2069"
_TO_WESTERN = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬", "01234567890123456789.,")
_TO_ARABIC_INDIC = str.maketrans("0123456789.,", "٠١٢٣٤٥٦٧٨٩٫٬")


class Formatter:
    """Formats values for display with one locale and the plan's currency."""

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
        self.digits = digits  # locale, western or arabic_indic
        self.duration_unit = duration_unit  # auto or hours

    def _digits(self, text: str) -> str:
        if self.digits == "western":
            return text.translate(_TO_WESTERN)
        if self.digits == "arabic_indic":
            return text.translate(_TO_ARABIC_INDIC)
        return text

    def number(self, value: float, decimals: int = 0) -> str:
        return self._digits(self.locale.toString(float(value), "f", decimals))

    def money(self, amount: float, whole: bool | None = None) -> str:
        """An amount with the currency symbol; whole units once it is large."""
        known = self.reference.currencies.get(self.currency)
        symbol = known.symbol if known and known.symbol else self.currency
        decimals = known.minor_units if known else 2
        if whole or (whole is None and abs(amount) >= 100):
            decimals = 0
        text = self.number(abs(float(amount)), decimals)
        sign = "-" if amount < 0 else ""
        return f"{LRI}{sign}{symbol}{text}{PDI}"

    def percent(self, share: float, decimals: int = 0) -> str:
        return f"{LRI}{self.number(share * 100, decimals)}%{PDI}"

    def hours(self, hours: float | None) -> str:
        """A duration: minutes below an hour, days beyond two days; a week is the horizon."""
        translate = QCoreApplication.translate
        if hours is None:
            return translate("Formatter", "more than a week")
        if hours < 1 and self.duration_unit == "auto":
            return translate("Formatter", "%1 min").replace("%1", self.number(hours * 60))
        if hours >= 48 and self.duration_unit == "auto":
            return translate("Formatter", "%1 days").replace("%1", self.number(hours / 24, 1))
        return translate("Formatter", "%1 h").replace("%1", self.number(hours, 1))
