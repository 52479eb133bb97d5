"""Uncertain inputs as text: "60" or "40 – 60 – 90" (low, likely, high), in the user's locale."""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale

from continuity_app.core.plan import Range, Uncertain

_SEPARATORS = re.compile(r"\s*[–—/;]\s*|\s+-\s+|\s*\.\.\s*")
DASH = " – "


def format_number(value: float, locale: QLocale | None = None) -> str:
    """A number as the locale writes it, grouped, with at most two decimals: 5,000 or 0.5."""
    locale = locale or QLocale()
    text = locale.toString(float(value), "f", 2)
    decimal = locale.decimalPoint()
    if decimal in text:  # drop trailing zeros (the locale's: ٠ in Arabic): 0.50 -> 0.5
        text = text.rstrip(locale.zeroDigit()).rstrip(decimal)
    return text


def format_uncertain(value: Uncertain, scale: float = 1.0, locale: QLocale | None = None) -> str:
    """A number, or low – likely – high for a range; `scale` turns shares into percent."""
    locale = locale or QLocale()
    if isinstance(value, Range):
        return DASH.join(
            format_number(x * scale, locale) for x in (value.low, value.likely, value.high)
        )
    return format_number(value * scale, locale)


def editing_text(value: float, locale: QLocale | None = None) -> str:
    """A number for an editor, with every digit it has (an editor showing it rounded would
    change the value when the user only opens and closes it)."""
    locale = QLocale(locale or QLocale())
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(float(value), "g", 12)


def parse_uncertain(
    text: str, scale: float = 1.0, locale: QLocale | None = None, checked: bool = True
) -> Uncertain:
    """Read a number or a low – likely – high range; ValueError says what is wrong.

    Unchecked, a range typed high to low is returned as it is, for a refusal that quotes it.
    """
    locale = locale or QLocale()
    parts = [p for p in _SEPARATORS.split(text.strip()) if p]
    if not parts:
        raise ValueError("empty")
    numbers = []
    for part in parts:
        value, ok = locale.toDouble(part.replace(locale.groupSeparator(), ""))
        if not ok:
            value, ok = QLocale.c().toDouble(part.replace(",", "."))
        if not ok:
            raise ValueError(part)
        numbers.append(value / scale)
    if len(numbers) == 1:
        return numbers[0]
    if len(numbers) == 3:
        low, likely, high = numbers
        if not checked:
            return Range.model_construct(low=low, likely=likely, high=high)
        return Range(low=low, likely=likely, high=high)
    raise ValueError(text)


def parse_number(value: object, locale: QLocale | None = None) -> float:
    """One number: a float or int (as an editor hands it) as it is, text in the locale.

    Text is read like parse_uncertain (the locale first, then '.' as the decimal point);
    ValueError when it is not a single number.
    """
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    parsed = parse_uncertain(str(value), locale=locale)
    if not isinstance(parsed, float):
        raise ValueError(str(value))
    return parsed
