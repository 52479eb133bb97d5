"""Parses the outage side: layers, channels, the outage history, outage rates and presets."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from continuity_app.core.reference.records import (
    Channel,
    CountryRate,
    Layer,
    Outage,
    ScenarioPreset,
)
from continuity_app.core.reference.rows import _CODE2, _TIME, _Row
from continuity_app.core.reference.vocabulary import (
    CATEGORIES,
    CONFIDENCE_LEVELS,
    E2EE_VALUES,
    LAYER_KINDS,
    RATE_SCOPES,
    RATE_SOURCES,
    SCOPES,
    SETUP_EFFORTS,
    SHUTDOWN_KINDS,
)


def _layer(row: _Row) -> Layer:
    source, confidence = row.provenance()
    return Layer(
        id=row.text("id", required=True),
        name=row.text("name", required=True),
        kind=row.choice("kind", LAYER_KINDS) or "",
        description=row.text("description"),
        source=source,
        confidence=confidence,
    )


def _channel(row: _Row, layer_ids: Iterable[str]) -> Channel:
    layers = row.id_list("layers", layer_ids, "layer")
    if not layers:
        raise row.error("layers", "is empty (a channel depends on at least one layer)")
    max_group = row.integer("max_group_size")
    if max_group is not None and max_group < 1:
        raise row.error("max_group_size", f"{max_group} is not a positive group size")
    source, confidence = row.provenance()
    return Channel(
        id=row.text("id", required=True),
        name=row.text("name", required=True),
        owner=row.text("owner"),
        layers=layers,
        one_to_one=row.flag("one_to_one"),
        groups=row.flag("groups"),
        max_group_size=max_group,
        broadcast=row.flag("broadcast"),
        business_api=row.flag("business_api"),
        payments=row.flag("payments"),
        works_without_mobile_data=row.flag("works_without_mobile_data"),
        e2ee_default=row.choice("e2ee_default", E2EE_VALUES, required=False),
        cost_per_message_usd=row.non_negative("cost_per_message_usd"),
        cost_note=row.text("cost_note"),
        setup_effort=row.choice("setup_effort", SETUP_EFFORTS, required=False),
        surge_risk=row.required_flag("surge_risk"),
        worldwide=row.required_flag("worldwide"),
        fallback=row.required_flag("fallback"),
        source=source,
        confidence=confidence,
    )


def _date(row: _Row, column: str) -> dt.date:
    value = row.text(column, required=True)
    # Some outages are only known to the month; they are stored as YYYY-MM and read as the 1st.
    try:
        if len(value) == 7:
            return dt.date.fromisoformat(value + "-01")
        return dt.date.fromisoformat(value)
    except ValueError:
        raise row.error(column, f"{value!r} is not a date (YYYY-MM-DD or YYYY-MM)") from None


def _outage(row: _Row, layer_ids: Iterable[str]) -> Outage:
    start = row.optional("start_utc")
    if start is not None and not _TIME.fullmatch(start):
        raise row.error("start_utc", f"{start!r} is not a time HH:MM")
    duration = row.number("duration_hours")
    if duration is not None and duration <= 0:
        raise row.error("duration_hours", f"{duration:g} is not a positive duration")
    country = row.optional("country")
    if country is not None and not _CODE2.fullmatch(country):
        raise row.error("country", f"{country!r} is not an ISO 3166-1 alpha-2 code")
    source, confidence = row.provenance()
    return Outage(
        id=row.text("id", required=True),
        date=_date(row, "date"),
        start_utc=start,
        services=row.text("services", required=True),
        failed_layers=row.id_list("failed_layers", layer_ids, "layer"),
        duration_hours=duration,
        duration_note=row.text("duration_note"),
        scope=row.choice("scope", SCOPES) or "",
        country=country,
        category=row.choice("category", CATEGORIES) or "",
        cause=row.text("cause"),
        source=source,
        confidence=confidence,
    )


def _preset(
    row: _Row, layer_ids: Iterable[str], outage_ids: Iterable[str], default_keys: Iterable[str]
) -> ScenarioPreset:
    source, confidence = row.provenance()
    anchor = row.optional("anchor_outage")
    if anchor is not None and anchor not in set(outage_ids):
        raise row.error("anchor_outage", f"unknown outage id {anchor!r}")
    keys = {}
    for column in ("frequency_default_key", "duration_default_key"):
        keys[column] = row.optional(column)
        if keys[column] is not None and keys[column] not in set(default_keys):
            raise row.error(column, f"defaults.csv has no key {keys[column]!r}")
    categories = row.id_list("categories", CATEGORIES, "outage category")
    rate_source = row.choice("rate_source", RATE_SOURCES) or ""
    rate_kinds = row.id_list("rate_kinds", SHUTDOWN_KINDS, "kind of shutdown")
    if rate_source == "shutdowns" and not rate_kinds:
        raise row.error("rate_kinds", "a preset counted from shutdowns.csv needs its kinds")
    if rate_source != "history" and not categories and keys["duration_default_key"] is None:
        raise row.error(
            "duration_default_key", "a preset without events of its own needs a default length"
        )
    if not categories and rate_source == "history" and None in keys.values():
        raise row.error("categories", "a preset without categories needs both default keys")
    return ScenarioPreset(
        id=row.text("id", required=True),
        name=row.text("name", required=True),
        failed_layers=row.id_list("failed_layers", layer_ids, "layer"),
        categories=categories,
        min_duration_hours=row.non_negative("min_duration_hours"),
        max_duration_hours=row.non_negative("max_duration_hours"),
        rate_source=rate_source,
        rate_kinds=rate_kinds,
        anchor_outage=anchor,
        frequency_default_key=keys["frequency_default_key"],
        duration_default_key=keys["duration_default_key"],
        description=row.text("description", required=True),
        source=source,
        confidence=confidence,
    )


def _country_rate(row: _Row, kind_column: str | None, count_column: str) -> CountryRate:
    confidence = row.choice("confidence", CONFIDENCE_LEVELS) or ""
    years = row.required_number("years")
    if years <= 0:
        raise row.error("years", f"{years:g} is not a positive number of years")
    first, last = row.number("first_year"), row.number("last_year")
    return CountryRate(
        country=row.text("country", required=True),
        kind=(row.choice(kind_column, SHUTDOWN_KINDS) or "") if kind_column else "carrier",
        # a carrier outage counted per country is nationwide by its threshold
        scope=(row.choice("scope", RATE_SCOPES) or "") if kind_column else "national",
        years=years,
        first_year=None if first is None else int(first),
        last_year=None if last is None else int(last),
        events=row.non_negative(count_column),
        median_hours=row.non_negative("median_hours"),
        countries=row.non_negative("countries") if "countries" in row.values else None,
        source=row.text("source", required=True),
        confidence=confidence,
        note=row.text("note"),
    )
