"""Why a typed value was not used, said in the field's own words and units, for every table
and form of the window (the stored scales and field names never reach the user).
Each field's label, unit, scale and limits are the field registry's (core/fields)."""

from __future__ import annotations

from pydantic import ValidationError
from PySide6.QtCore import QLocale

from continuity_app.core.fields import Field, Limits
from continuity_app.core.i18n import translate
from continuity_app.core.plan import Range, Uncertain
from continuity_app.gui.uncertain_text import DASH, format_number
from continuity_app.io.planfile import describe_validation_error


def problem_text(error: ValidationError) -> str:
    """The validation messages without the field path (the field's label is said instead)."""
    return "; ".join(line.partition(": ")[2] or line for line in describe_validation_error(error))


def _numbers(value: Uncertain) -> tuple[float, ...]:
    return (value.low, value.likely, value.high) if isinstance(value, Range) else (value,)


def out_of_order(
    label: str, value: Range, scale: float = 1.0, locale: QLocale | None = None
) -> str:
    """The refusal of a range whose low, likely and high do not go up, with the fix, both
    written as the app writes ranges (low – likely – high), so the fix can be typed as shown."""
    shown = [format_number(x * scale, locale) for x in _numbers(value)]
    fixed = [format_number(x * scale, locale) for x in sorted(_numbers(value))]
    return translate(
        "Refusal",
        "{label}: low, likely and high must go up: you typed {typed} (for example {example}).",
    ).format(label=label, typed=DASH.join(shown), example=DASH.join(fixed))


def out_of_limits(
    label: str, typed: str, limits: Limits, scale: float = 1.0, locale: QLocale | None = None
) -> str:
    """The refusal of a value outside `limits`, with the limits in the field's unit."""
    low = None if limits.low is None else format_number(limits.low * scale, locale)
    high = None if limits.high is None else format_number(limits.high * scale, locale)
    typed = typed.strip()
    if low is not None and high is not None and limits.low_excluded:
        text = translate(
            "Refusal", "{label} must be more than {low} and at most {high}; you typed {typed}."
        )
    elif low is not None and high is not None:
        text = translate("Refusal", "{label} must be from {low} to {high}; you typed {typed}.")
    elif low is not None and limits.low_excluded:
        text = translate("Refusal", "{label} must be more than {low}; you typed {typed}.")
    elif low is not None:
        text = translate("Refusal", "{label} must be {low} or more; you typed {typed}.")
    else:
        text = translate("Refusal", "{label} must be {high} or less; you typed {typed}.")
    return text.format(label=label, low=low, high=high, typed=typed)


def check(
    label: str,
    typed: str,
    value: Uncertain,
    limits: Limits | None,
    scale: float = 1.0,
    locale: QLocale | None = None,
) -> str:
    """Why `value` (read from `typed`) cannot be used, or "" when the order and the limits
    hold (the document may still refuse it for a reason of its own: see `refusal`)."""
    if isinstance(value, Range) and not value.low <= value.likely <= value.high:
        return out_of_order(label, value, scale, locale)
    if limits is None:
        return ""
    for x in _numbers(value):
        below = limits.low is not None and (
            x <= limits.low if limits.low_excluded else x < limits.low
        )
        above = limits.high is not None and x > limits.high
        if below or above:
            return out_of_limits(label, typed, limits, scale, locale)
    return ""


def check_field(
    field: Field, typed: str, value: Uncertain, currency: str = "", locale: QLocale | None = None
) -> str:
    """`check` for a registry field: its label (with its unit), limits and scale."""
    return check(field.title(currency), typed, value, field.limits, field.scale, locale)


def refusal(label: str, typed: str, reason: str) -> str:
    """A refusal with the field's label, what was typed and what to type instead."""
    typed = typed.strip()
    if not typed:
        return translate("Refusal", "{label} cannot be left empty: {reason}").format(
            label=label, reason=reason
        )
    return translate("Refusal", "{label}: “{typed}” was not used: {reason}").format(
        label=label, typed=typed, reason=reason
    )


def not_a_number(label: str, typed: str, ranges: bool = True) -> str:
    """The refusal of text that is not a number (or a low – likely – high range)."""
    if ranges:
        reason = translate(
            "Refusal", "type one number, or low – likely – high (for example 40 – 60 – 90)."
        )
    else:
        reason = translate("Refusal", "type one number.")
    return refusal(label, typed, reason)
