"""Numbers on screen: currency, digits chosen in Preferences, duration units, bidi isolation."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from continuity_app.core.reference import load_reference
from continuity_app.gui.formatting import LRI, PDI, Formatter

REFERENCE = load_reference()
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
ARABIC = QLocale(QLocale.Language.Arabic, QLocale.Country.Egypt)


def test_money_has_symbol_separators_and_is_isolated_for_rtl_text():
    text = Formatter(REFERENCE, "ILS", ENGLISH).money(6000)
    assert text == f"{LRI}₪6,000{PDI}"
    assert Formatter(REFERENCE, "ILS", ENGLISH).money(20.5) == f"{LRI}₪20.50{PDI}"


def test_digits_follow_the_preference():
    assert Formatter(REFERENCE, "EGP", ARABIC, digits="western").number(1234.5, 1) == "1,234.5"
    arabic = Formatter(REFERENCE, "EGP", ENGLISH, digits="arabic_indic").number(1234.5, 1)
    assert arabic == "١٬٢٣٤٫٥"
    assert Formatter(REFERENCE, "EGP", ARABIC).number(12) == "١٢"


def test_duration_units():
    auto = Formatter(REFERENCE, "USD", ENGLISH)
    hours = Formatter(REFERENCE, "USD", ENGLISH, duration_unit="hours")
    assert auto.hours(0.5) == "30 min" and hours.hours(0.5) == "0.5 h"
    assert auto.hours(72) == "3.0 days" and hours.hours(72) == "72.0 h"
    assert auto.hours(None) == "more than a week"
