"""Formats money amounts in the plan currency for people to read."""

from __future__ import annotations

from continuity_app.core.reference import ReferenceData


def format_money(
    amount: float, currency: str, reference: ReferenceData, whole: bool = False
) -> str:
    """An amount with its currency symbol; in whole units when asked or once it is large."""
    known = reference.currencies.get(currency)
    symbol = known.symbol if known and known.symbol else f"{currency} "
    decimals = known.minor_units if known else 2
    if whole or abs(amount) >= 100:
        decimals = 0
    sign = "-" if amount < 0 else ""
    return f"{sign}{symbol}{abs(amount):,.{decimals}f}"


def format_hours(hours: float | None) -> str:
    """A duration in hours, or a note that the limit is never reached within a week."""
    if hours is None:
        return "beyond a week"
    if hours < 1:
        return f"{hours * 60:.0f} min"
    return f"{hours:.1f} h"
