"""Money, shares, counts and durations written for people, in the current language."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from continuity_app.core.channel_mix import ordered_mix
from continuity_app.core.i18n import date, digits, number, time_of_day, translate, weekday
from continuity_app.core.plan import WEEKDAYS, Uncertain, likely
from continuity_app.core.reference import ReferenceData


def format_money(
    amount: float, currency: str, reference: ReferenceData, whole: bool = False
) -> str:
    """An amount with its currency symbol; in whole units when asked or once it is large."""
    known = reference.currencies.get(currency)
    symbol = known.symbol if known and known.symbol else f"{currency}\u00a0"
    decimals = known.minor_units if known else 2
    if whole or abs(amount) >= 100:
        decimals = 0
    sign = "-" if amount < 0 else ""
    return f"{sign}{symbol}{number(abs(amount), decimals)}"


def format_percent(share: float, decimals: int = 0) -> str:
    """A share of one as a percentage: 0.42 -> 42%."""
    return translate("Formatter", "%1%").replace("%1", number(share * 100, decimals))


def format_file_size(size: int) -> str:
    """A file's size in megabytes of a million bytes, as file managers show it: 16.4 MB."""
    return translate("Formatter", "{size} MB").format(size=number(size / 1e6, 1))


def format_hours(hours: float | None, unit: str = "auto") -> str:
    """A duration: minutes below an hour and days from two days on (unit "auto"), or hours.

    None means the limit is not reached within the one-week horizon.
    """
    if hours is None:
        return translate("Formatter", "more than a week")
    if hours < 1 and unit == "auto":
        return translate("Formatter", "%1 min").replace("%1", number(hours * 60))
    if hours >= 48 and unit == "auto":
        return translate("Formatter", "%1 days").replace("%1", number(hours / 24, 1))
    return translate("Formatter", "%1 h").replace("%1", number(hours, 1))


def format_list(items: Iterable[str], *, clauses: bool = False) -> str:
    """Items joined with the language's list separator: a, b, c (Arabic: a، b، c); clauses
    that hold commas themselves with the stronger one: a; b (Arabic: a؛ b)."""
    if clauses:
        pattern = translate("Formatter", "{items}; {item}")
    else:
        pattern = translate("Formatter", "{items}, {item}")
    joined = None
    for item in items:
        joined = item if joined is None else pattern.format(items=joined, item=item)
    return joined or ""


def hour_and_minute(hour: float) -> tuple[int, int]:
    """A time of day in hours (9.5) as an hour and a minute (9, 30), to the nearest minute
    (at most 23:59)."""
    minutes = min(round(hour * 60), 24 * 60 - 1)
    return minutes // 60, minutes % 60


def format_start(day: str, hour: float) -> str:
    """A start time in the week ("mon", 9 or 9.5) as the reader's language writes it:
    Mon 09:00, Mon 09:30."""
    return f"{weekday(WEEKDAYS.index(day))} {time_of_day(*hour_and_minute(hour))}"


def channel_name(reference: ReferenceData, channel: str) -> str:
    """A channel's name in the reader's language (its id when the reference has no such)."""
    known = reference.channels.get(channel)
    return translate("Reference", known.name) if known else channel


def format_mix(reference: ReferenceData, mix: Mapping[str, Uncertain]) -> str:
    """A channel mix at its likely shares, largest first, with what it leaves to other
    channels: "WhatsApp 60%, Instagram 30%, other channels 10%"."""
    return format_list(mix_parts(reference, mix))


def mix_parts(reference: ReferenceData, mix: Mapping[str, Uncertain]) -> list[str]:
    """The parts of format_mix, one per channel and the rest, for a list or a table cell."""
    shares = [(channel, likely(share)) for channel, share in ordered_mix(mix)]
    parts = [
        translate("Formatter", "{name} {share}").format(
            name=channel_name(reference, channel), share=format_percent(share)
        )
        for channel, share in shares
    ]
    rest = 1.0 - sum(share for _, share in shares)
    if rest >= 0.005 or not parts:
        parts.append(
            translate("Formatter", "other channels {share}").format(share=format_percent(rest))
        )
    return parts


def country_name(reference: ReferenceData, code: str) -> str:
    """A country's name in the reader's language (its code when the reference has no such)."""
    known = reference.countries.get(code)
    return translate("Reference", known.name) if known else code


def layer_name(reference: ReferenceData, layer: str) -> str:
    """An infrastructure layer's name in the reader's language (its id when unknown)."""
    known = reference.layers.get(layer)
    return translate("Reference", known.name) if known else layer


def layer_names(
    reference: ReferenceData, layers: Iterable[str], *, reference_order: bool = False
) -> str:
    """Infrastructure layers by name, joined with " + " (e.g. a scenario's failed layers).

    reference_order: in the order of layers.csv, so the app comes before the infrastructure
    under it (unknown ids last); otherwise in the order given.
    """
    if reference_order:
        order = {layer: n for n, layer in enumerate(reference.layers)}
        layers = sorted(layers, key=lambda layer: order.get(layer, len(order)))
    return " + ".join(layer_name(reference, layer) for layer in layers)


def scenario_name(name: str) -> str:
    """A scenario's name in the reader's language when it is a preset's; as typed otherwise."""
    return translate("Reference", name)


def currency_choices(reference: ReferenceData) -> list[tuple[str, str]]:
    """(label, code) for every known currency, by code: "INR — Indian Rupee" in the reader's
    language."""
    return [
        (f"{code} — {translate('Reference', currency.name)}", code)
        for code, currency in sorted(reference.currencies.items())
    ]


def country_choices(
    reference: ReferenceData, sort_key: Callable[[str], Any] | None = None
) -> list[tuple[str, str]]:
    """(label, code) for every known country, "Egypt (EG)" in the reader's language, sorted
    by that label (`sort_key`: a collation of the reader's language; by default case-blind)."""
    choices = [
        (f"{translate('Reference', country.name)} ({country.code})", country.code)
        for country in reference.countries.values()
    ]
    key = sort_key or str.casefold
    return sorted(choices, key=lambda choice: key(choice[0]))


def confidence_words(code: str) -> str:
    """A confidence code (H, M, L, M-H, derived, default, assumed) in words of the reader's
    language.

    Shared by the window and the printed plan; the context stays "ReferenceTableModel",
    where the translations already are.
    """
    if not code:
        return translate("ReferenceTableModel", "not rated")
    words = {
        "H": translate("ReferenceTableModel", "high"),
        "M": translate("ReferenceTableModel", "medium"),
        "L": translate("ReferenceTableModel", "low"),
        "M-H": translate("ReferenceTableModel", "medium to high"),
        "L-M": translate("ReferenceTableModel", "low to medium"),
        "derived": translate("ReferenceTableModel", "derived"),
        "default": translate("ReferenceTableModel", "default"),
        "assumed": translate("ReferenceTableModel", "assumed (no source measures it)"),
    }
    return words.get(code, code)


def format_partial_date(text: str) -> str:
    """A date the sources give as YYYY-MM-DD in the reader's calendar words; a year or a year
    and month (all a source may say) in the reader's digits."""
    try:
        return date(dt.date.fromisoformat(text))
    except ValueError:
        return digits(text)


def preset_source(rate_source: str) -> str:
    """Where a preset scenario's numbers come from, as a reader would name it (the reference
    table's own source column, with its file names, is on the Sources page)."""
    sources = {
        "history": translate(
            "Display",
            "the history of WhatsApp and Meta outages kept in this app, from status pages and "
            "news reports (listed under Outage history)",
        ),
        "carrier_outages": translate(
            "Display",
            "yearly counts of phone network outages published by telecom regulators for your "
            "countries, with the lengths of past carrier outages from the outage history",
        ),
        "shutdowns": translate(
            "Display",
            "Access Now's record of government internet shutdowns and app blocks, 2016 to 2022, "
            "for your countries",
        ),
    }
    return sources.get(rate_source, translate("Display", "the reference data in this app"))
