"""Reads and validates the embedded reference data (resources/data/*.csv)."""

from __future__ import annotations

import csv
import datetime as dt
import math
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache, cached_property
from pathlib import Path
from typing import TypeVar

from continuity_app.core.plan import FunctionKind
from continuity_app.resources import resource_path

__all__ = [
    "CONFIDENCE_LEVELS",
    "ActionTemplate",
    "Channel",
    "Country",
    "Currency",
    "Default",
    "FunctionDefault",
    "FunctionNeed",
    "Layer",
    "Outage",
    "ReferenceData",
    "ReferenceDataError",
    "ScenarioPreset",
    "UsageFigure",
    "load_reference",
]

CONFIDENCE_LEVELS: frozenset[str] = frozenset(
    {"H", "M", "L", "M-H", "L-M", "derived", "default", "assumed"}
)
SCOPES: frozenset[str] = frozenset({"global", "national", "regional", "partial"})
CATEGORIES: frozenset[str] = frozenset(
    {
        "whatsapp_app",
        "meta_wide",
        "meta_partial",
        "app_block",
        "carrier",
        "telegram",
        "signal",
        "cloud",
        "other",
    }
)
LAYER_KINDS: frozenset[str] = frozenset({"service", "network"})
E2EE_VALUES: frozenset[str] = frozenset({"yes", "no", "partial"})
SETUP_EFFORTS: frozenset[str] = frozenset({"low", "medium", "high"})


class ReferenceDataError(ValueError):
    """A reference CSV file is missing, malformed or inconsistent."""


@dataclass(frozen=True)
class Layer:
    id: str
    name: str
    kind: str  # "service" (one provider's systems) or "network" (what every app rides on)
    description: str
    source: str
    confidence: str


@dataclass(frozen=True)
class Channel:
    id: str
    name: str
    owner: str
    layers: frozenset[str]
    one_to_one: bool | None
    groups: bool | None
    max_group_size: int | None
    broadcast: bool | None
    business_api: bool | None
    payments: bool | None
    works_without_mobile_data: bool | None
    e2ee_default: str | None
    cost_per_message_usd: float | None
    cost_note: str
    setup_effort: str | None
    surge_risk: bool
    worldwide: bool  # anyone anywhere can use it with a phone; no region or device of its own
    source: str
    confidence: str

    def survives(self, failed_layers: Iterable[str]) -> bool:
        """True when none of the layers this channel depends on has failed."""
        return self.layers.isdisjoint(failed_layers)


@dataclass(frozen=True)
class Outage:
    id: str
    date: dt.date
    start_utc: str | None
    services: str
    failed_layers: frozenset[str]
    duration_hours: float | None
    duration_note: str
    scope: str
    country: str | None
    category: str
    cause: str
    source: str
    confidence: str


# Country figures other than app usage (country_figures.csv); shares are 0..1.
COUNTRY_FIGURES: tuple[str, ...] = (
    "mobile_phone_users_share",
    "internet_users_share",
    "smartphone_share",
    "ios_share",
    "usd_rate",
)


@dataclass(frozen=True)
class CountryFigure:
    """One published figure about a country, with where it comes from."""

    country: str
    figure: str
    value: float
    metric: str
    year: int | None
    source: str
    confidence: str


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    region: str
    languages: tuple[str, ...]
    currency: str | None
    source: str
    confidence: str
    figures: dict[str, CountryFigure] = field(default_factory=dict)

    def value(self, figure: str) -> float | None:
        """A figure's value, or None when nothing is published (unknown stays unknown)."""
        known = self.figures.get(figure)
        return None if known is None else known.value


@dataclass(frozen=True)
class Block:
    """A messaging app blocked or banned in a country, or only its calls, or slowed down."""

    country: str
    channel: str
    scope: str  # "all" (blocked), "calls" (its calls only) or "slowed" (throttled, still used)
    since: str
    until: str | None
    source: str
    confidence: str
    note: str


@dataclass(frozen=True)
class UsageFigure:
    country: str
    channel: str
    share: float
    metric: str
    base: str  # "people" (a share of the population or of adults) or "internet_users"
    year: int | None
    preferred: bool
    source: str
    confidence: str


@dataclass(frozen=True)
class Currency:
    code: str
    name: str
    minor_units: int
    symbol: str
    source: str
    confidence: str


@dataclass(frozen=True)
class Default:
    key: str
    value: float
    unit: str
    description: str
    source: str
    confidence: str


@dataclass(frozen=True)
class ScenarioPreset:
    """Which outages of the history a preset scenario stands for."""

    id: str
    name: str
    failed_layers: frozenset[str]
    categories: frozenset[str]
    min_duration_hours: float | None
    max_duration_hours: float | None
    rate_source: str  # one of RATE_SOURCES: where its yearly frequency comes from
    rate_kinds: frozenset[str]  # for the shutdowns table: which kinds of shutdown it counts
    anchor_outage: str | None
    frequency_default_key: str | None
    duration_default_key: str | None
    description: str
    source: str
    confidence: str


@dataclass(frozen=True)
class CountryRate:
    """A published count of one kind of event in one country (or "WORLD"), over some years."""

    country: str
    kind: str
    scope: str  # national, regional, or any (the source does not split)
    years: float
    first_year: int | None
    last_year: int | None
    events: float | None  # None: the source lists the country but gives no count
    median_hours: float | None
    countries: float | None  # for a WORLD row: how many countries its count is spread over
    source: str
    confidence: str
    note: str

    @property
    def per_year(self) -> float | None:
        return None if self.events is None else self.events / self.years


@dataclass(frozen=True)
class FunctionNeed:
    """How much one channel capability matters for one kind of business function."""

    kind: str
    capability: str
    weight: float
    why: str
    source: str
    confidence: str


@dataclass(frozen=True)
class FunctionDefault:
    """Starting values for a new plan's function of one kind; money in hours of staff cost."""

    kind: str
    name: str
    daily_interactions: float  # relative weight: a new plan scales the total to its volume
    whatsapp_share: float
    revenue_per_interaction: float  # staff-hours, so that it holds in any currency
    backlog_cost: float  # staff-hours
    staff_share_affected: float | None  # coordination kinds only
    productivity_loss: float | None  # coordination kinds only
    source: str
    confidence: str


@dataclass(frozen=True)
class BehaviourDefault:
    """How counterparts of one kind of function behave in an outage, with its evidence."""

    kind: str
    sector: str  # a sector group of sectors.csv; empty for every sector
    field: str  # one of BEHAVIOUR_FIELDS
    value: float
    low: float | None
    high: float | None
    source: str
    year: str
    confidence: str  # "assumed" when no source measures it
    note: str


@dataclass(frozen=True)
class SectorGroup:
    """A group of sectors whose customers behave alike, and the words that name it."""

    id: str
    name: str
    keywords: tuple[str, ...]


@dataclass(frozen=True)
class ActionTemplate:
    """A concrete preparation step that makes a channel ready for some kinds of function."""

    id: str
    channel: str
    kinds: frozenset[str]
    title: str
    adoption: float
    activation_delay_hours: float
    one_off_hours: float
    monthly_fee_usd: float | None
    why: str
    source: str
    confidence: str
    audience: str = "customers"  # or "staff": the step asks people to join (staff, drivers)


@dataclass(frozen=True)
class ReferenceData:
    layers: dict[str, Layer]
    channels: dict[str, Channel]
    outages: tuple[Outage, ...]
    countries: dict[str, Country]
    usage: tuple[UsageFigure, ...]
    currencies: dict[str, Currency]
    defaults: dict[str, Default]
    presets: dict[str, ScenarioPreset]
    needs: tuple[FunctionNeed, ...]
    actions: dict[str, ActionTemplate]
    payment_methods: dict[str, str]
    function_defaults: dict[str, FunctionDefault]
    behaviour: dict[tuple[str, str, str], BehaviourDefault]  # (kind, sector, field)
    sectors: dict[str, SectorGroup]
    shutdowns: tuple[CountryRate, ...]
    carrier_outages: tuple[CountryRate, ...]
    blocks: tuple[Block, ...] = ()
    # figures per world region, for a country with none of its own (said as such)
    regional: dict[tuple[str, str], CountryFigure] = field(default_factory=dict)
    # paper a country prints on (paper_sizes.csv): "a4" or "letter"; "WORLD" for the rest
    paper_sizes: dict[str, str] = field(default_factory=dict)

    def regional_figure(self, country: str, figure: str) -> CountryFigure | None:
        """The figure of the country's region, or None."""
        known = self.countries.get(country)
        return None if known is None else self.regional.get((known.region, figure))

    @cached_property
    def _in_force(self) -> dict[tuple[str, str], tuple[Block, ...]]:
        # looked up for every channel, country and step a recommendation weighs: index once
        found: dict[tuple[str, str], tuple[Block, ...]] = {}
        for block in self.blocks:
            if block.until is None:
                key = (block.country, block.channel)
                found[key] = (*found.get(key, ()), block)
        return found

    @cached_property
    def _preferred_usage(self) -> dict[tuple[str, str], UsageFigure]:
        return {(f.country, f.channel): f for f in self.usage if f.preferred}

    def block(self, country: str, channel: str) -> Block | None:
        """The block in force on a whole app in a country, or None."""
        blocks = self._in_force.get((country, channel), ())
        return next((b for b in blocks if b.scope == "all"), None)

    def restrictions(self, country: str, channel: str) -> tuple[Block, ...]:
        """Restrictions in force short of a block: its calls blocked, or the app slowed down."""
        return tuple(b for b in self._in_force.get((country, channel), ()) if b.scope != "all")

    def usage_share(self, country: str, channel: str) -> UsageFigure | None:
        """The preferred usage figure for a channel in a country, or None when none is known."""
        return self._preferred_usage.get((country, channel))

    def paper_size(self, country: str) -> str:
        """The paper a country prints on ("a4" or "letter"), per Unicode CLDR."""
        return self.paper_sizes.get(country) or self.paper_sizes.get("WORLD", "a4")

    def default(self, key: str) -> float:
        """The value of a modelling default from defaults.csv."""
        try:
            return self.defaults[key].value
        except KeyError:
            raise KeyError(f"defaults.csv has no key {key!r}") from None


# ---------------------------------------------------------------- reading

_T = TypeVar("_T")


class _Row:
    """One CSV record with typed accessors whose errors name file, line and column."""

    def __init__(self, file: str, line: int, values: dict[str, str]) -> None:
        self.file = file
        self.line = line
        self.values = values

    def error(self, column: str, message: str) -> ReferenceDataError:
        return ReferenceDataError(f"{self.file} line {self.line}, column {column}: {message}")

    def text(self, column: str, required: bool = False) -> str:
        value = self.values[column].strip()
        if required and not value:
            raise self.error(column, "is empty")
        return value

    def optional(self, column: str) -> str | None:
        return self.text(column) or None

    def choice(self, column: str, allowed: frozenset[str], required: bool = True) -> str | None:
        value = self.text(column, required=required)
        if not value:
            return None
        if value not in allowed:
            raise self.error(column, f"{value!r} is not one of {', '.join(sorted(allowed))}")
        return value

    def number(self, column: str) -> float | None:
        value = self.text(column)
        if not value:
            return None
        try:
            number = float(value)
        except ValueError:
            raise self.error(column, f"{value!r} is not a number") from None
        if not math.isfinite(number):
            raise self.error(column, f"{value!r} is not a finite number")
        return number

    def required_number(self, column: str) -> float:
        number = self.number(column)
        if number is None:
            raise self.error(column, "is empty")
        return number

    def non_negative(self, column: str) -> float | None:
        number = self.number(column)
        if number is not None and number < 0:
            raise self.error(column, f"{number:g} is negative")
        return number

    def share(self, column: str) -> float | None:
        number = self.number(column)
        if number is not None and not 0.0 <= number <= 1.0:
            raise self.error(column, f"{number:g} is outside 0..1 (shares are fractions)")
        return number

    def integer(self, column: str) -> int | None:
        value = self.text(column)
        if not value:
            return None
        try:
            return int(value)
        except ValueError:
            raise self.error(column, f"{value!r} is not a whole number") from None

    def year(self, column: str) -> int | None:
        year = self.integer(column)
        if year is not None and not 1900 <= year <= 2100:
            raise self.error(column, f"{year} is not a plausible year")
        return year

    def flag(self, column: str) -> bool | None:
        value = self.text(column)
        if value == "yes":
            return True
        if value == "no":
            return False
        if value:
            raise self.error(column, f"{value!r} is not yes, no or empty")
        return None

    def required_flag(self, column: str) -> bool:
        flag = self.flag(column)
        if flag is None:
            raise self.error(column, "is empty (must be yes or no)")
        return flag

    def items(self, column: str) -> list[str]:
        """A ';'-separated list, each item stripped of spaces, empty items dropped."""
        return [item.strip() for item in self.text(column).split(";") if item.strip()]

    def id_list(self, column: str, known: Iterable[str], what: str) -> frozenset[str]:
        known_set = set(known)
        items = self.items(column)
        for item in items:
            if item not in known_set:
                raise self.error(column, f"unknown {what} {item!r}")
        return frozenset(items)

    def provenance(self) -> tuple[str, str]:
        source = self.text("source", required=True)
        return source, self.choice("confidence", CONFIDENCE_LEVELS) or ""


def _rows(path: Path, columns: tuple[str, ...]) -> Iterator[_Row]:
    name = path.name
    try:
        handle = path.open(encoding="utf-8", newline="")
    except OSError as exc:
        raise ReferenceDataError(f"{name}: cannot be read ({exc.strerror})") from exc
    with handle:
        reader = csv.reader(handle, strict=True)
        try:
            header = next(reader, None)
            if header is None:
                raise ReferenceDataError(f"{name} line 1: the file is empty")
            # A spreadsheet may save a byte-order mark; it is not part of the first column name.
            header = [column.strip().lstrip("\ufeff") for column in header]
            for column in columns:
                if column not in header:
                    raise ReferenceDataError(f"{name} line 1, column {column}: missing from header")
            index = {column: header.index(column) for column in columns}
            for record in reader:
                if not any(cell.strip() for cell in record):
                    continue
                if len(record) != len(header):
                    raise ReferenceDataError(
                        f"{name} line {reader.line_num}: {len(record)} fields, "
                        f"the header has {len(header)}"
                    )
                values = {column: record[i] for column, i in index.items()}
                yield _Row(name, reader.line_num, values)
        except csv.Error as exc:
            raise ReferenceDataError(f"{name} line {reader.line_num}: {exc}") from exc
        except UnicodeDecodeError as exc:
            raise ReferenceDataError(f"{name}: not valid UTF-8 ({exc.reason})") from exc


def _keyed(
    path: Path, columns: tuple[str, ...], key: str, make: Callable[[_Row], _T]
) -> dict[str, _T]:
    items: dict[str, _T] = {}
    for row in _rows(path, columns):
        ident = row.text(key, required=True)
        if ident in items:
            raise row.error(key, f"duplicate id {ident!r}")
        items[ident] = make(row)
    return items


_CODE2 = re.compile(r"[A-Z]{2}")
_CODE3 = re.compile(r"[A-Z]{3}")
_TIME = re.compile(r"([01]\d|2[0-3]):[0-5]\d")


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


REGIONS = frozenset(
    {
        "africa",
        "middle_east_north_africa",
        "latin_america_caribbean",
        "south_asia",
        "central_asia",
        "east_asia",
        "southeast_asia",
        "oceania",
        "europe",
        "north_america",
    }
)


def _country(row: _Row, currencies: dict[str, Currency]) -> Country:
    code = row.text("country", required=True)
    if not _CODE2.fullmatch(code):
        raise row.error("country", f"{code!r} is not an ISO 3166-1 alpha-2 code")
    currency = row.optional("currency")
    if currency is not None and currency not in currencies:
        raise row.error("currency", f"{currency!r} is not in currencies.csv")
    source, confidence = row.provenance()
    return Country(
        code=code,
        name=row.text("name", required=True),
        region=row.choice("region", REGIONS) or "",
        languages=tuple(row.items("languages")),
        currency=currency,
        source=source,
        confidence=confidence,
    )


def _with_figures(path: Path, countries: dict[str, Country]) -> dict[str, Country]:
    """The countries with their published figures attached (at most one per figure)."""
    figures: dict[str, dict[str, CountryFigure]] = {code: {} for code in countries}
    for row in _rows(path, _COUNTRY_FIGURES):
        code = row.text("country", required=True)
        if code not in countries:
            raise row.error("country", f"{code!r} is not in countries.csv")
        name = row.choice("figure", frozenset(COUNTRY_FIGURES))
        value = row.share("value") if name != "usd_rate" else row.non_negative("value")
        if value is None or name is None:
            raise row.error("value", "is empty")
        if name in figures[code]:
            raise row.error("figure", f"{code} has {name} twice")
        figures[code][name] = _figure(row, code, name, value)
    return {code: replace(c, figures=figures[code]) for code, c in countries.items()}


def _figure(row: _Row, place: str, name: str, value: float) -> CountryFigure:
    """A figure row of a country (or region) with its metric, year and provenance."""
    source, confidence = row.provenance()
    return CountryFigure(
        country=place,
        figure=name,
        value=value,
        metric=row.text("metric", required=True),
        year=row.year("year"),
        source=source,
        confidence=confidence,
    )


def _regional(path: Path) -> dict[tuple[str, str], CountryFigure]:
    figures = {}
    for row in _rows(path, _REGIONAL_FIGURES):
        region = row.choice("region", REGIONS) or ""
        name = row.choice("figure", frozenset(COUNTRY_FIGURES) - {"usd_rate"}) or ""
        value = row.share("value")
        if value is None:
            raise row.error("value", "is empty")
        if (region, name) in figures:
            raise row.error("figure", f"{region} has {name} twice")
        figures[(region, name)] = _figure(row, region, name, value)
    return figures


def _block(row: _Row, countries: dict[str, Country], channel_ids: Iterable[str]) -> Block:
    country = row.text("country", required=True)
    if country not in countries:
        raise row.error("country", f"{country!r} is not in countries.csv")
    channel = row.text("channel", required=True)
    if channel not in set(channel_ids):
        raise row.error("channel", f"unknown channel {channel!r}")
    source, confidence = row.provenance()
    return Block(
        country=country,
        channel=channel,
        scope=row.choice("scope", frozenset({"all", "calls", "slowed"})) or "all",
        since=row.text("since", required=True),
        until=row.optional("until"),
        source=source,
        confidence=confidence,
        note=row.text("note"),
    )


def _usage(
    path: Path, countries: dict[str, Country], channel_ids: Iterable[str]
) -> tuple[UsageFigure, ...]:
    channels = set(channel_ids)
    figures: list[UsageFigure] = []
    preferred_line: dict[tuple[str, str], int] = {}
    first_line: dict[tuple[str, str], _Row] = {}
    for row in _rows(path, _USAGE):
        country = row.text("country", required=True)
        if country not in countries:
            raise row.error("country", f"{country!r} is not in countries.csv")
        channel = row.text("channel", required=True)
        if channel not in channels:
            raise row.error("channel", f"unknown channel {channel!r}")
        share = row.share("share")
        if share is None:
            raise row.error("share", "is empty")
        preferred = row.required_flag("preferred")
        key = (country, channel)
        first_line.setdefault(key, row)
        if preferred:
            if key in preferred_line:
                raise row.error(
                    "preferred",
                    f"{country}/{channel} already has a preferred row (line {preferred_line[key]})",
                )
            preferred_line[key] = row.line
        source, confidence = row.provenance()
        figures.append(
            UsageFigure(
                country=country,
                channel=channel,
                share=share,
                metric=row.text("metric", required=True),
                base=row.choice("base", frozenset({"people", "internet_users"})) or "people",
                year=row.year("year"),
                preferred=preferred,
                source=source,
                confidence=confidence,
            )
        )
    for key, row in first_line.items():
        if key not in preferred_line:
            raise row.error("preferred", f"no row for {key[0]}/{key[1]} is marked preferred")
    return tuple(figures)


def _currency(row: _Row) -> Currency:
    code = row.text("code", required=True)
    if not _CODE3.fullmatch(code):
        raise row.error("code", f"{code!r} is not an ISO 4217 code")
    minor = row.integer("minor_units")
    if minor is None or not 0 <= minor <= 4:
        raise row.error("minor_units", f"{row.text('minor_units')!r} is not 0..4")
    source, confidence = row.provenance()
    return Currency(
        code=code,
        name=row.text("name", required=True),
        minor_units=minor,
        symbol=row.text("symbol"),
        source=source,
        confidence=confidence,
    )


def _default(row: _Row) -> Default:
    source, confidence = row.provenance()
    return Default(
        key=row.text("key", required=True),
        value=row.required_number("value"),
        unit=row.text("unit"),
        description=row.text("description", required=True),
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


FUNCTION_KINDS: frozenset[str] = frozenset(kind.value for kind in FunctionKind)
CAPABILITIES: frozenset[str] = frozenset(
    {"one_to_one", "groups", "broadcast", "business_api", "payments"}
)


def _need(row: _Row) -> FunctionNeed:
    source, confidence = row.provenance()
    return FunctionNeed(
        kind=row.choice("kind", FUNCTION_KINDS) or "",
        capability=row.choice("capability", CAPABILITIES) or "",
        weight=row.share("weight") or 0.0,
        why=row.text("why", required=True),
        source=source,
        confidence=confidence,
    )


def _action(row: _Row, channel_ids: Iterable[str]) -> ActionTemplate:
    source, confidence = row.provenance()
    channel = row.text("channel", required=True)
    if channel not in set(channel_ids):
        raise row.error("channel", f"unknown channel {channel!r}")
    kinds = row.id_list("kinds", FUNCTION_KINDS, "function kind")
    if not kinds:
        raise row.error("kinds", f"needs function kinds from {', '.join(sorted(FUNCTION_KINDS))}")
    adoption = row.share("adoption")
    if adoption is None:
        raise row.error("adoption", "is required")
    return ActionTemplate(
        id=row.text("id", required=True),
        channel=channel,
        kinds=kinds,
        title=row.text("title", required=True),
        adoption=adoption,
        activation_delay_hours=row.required_number("activation_delay_hours"),
        one_off_hours=row.required_number("one_off_hours"),
        monthly_fee_usd=row.non_negative("monthly_fee_usd"),
        why=row.text("why", required=True),
        source=source,
        confidence=confidence,
        audience=row.choice("audience", frozenset({"customers", "staff"})) or "customers",
    )


def _function_default(row: _Row) -> FunctionDefault:
    source, confidence = row.provenance()
    kind = row.choice("kind", FUNCTION_KINDS) or ""
    staff_share = row.share("staff_share_affected")
    productivity = row.share("productivity_loss")
    coordination = FunctionKind(kind).is_coordination
    if coordination != (staff_share is not None and productivity is not None):
        raise row.error(
            "staff_share_affected", "needs a value with productivity_loss exactly for coordination"
        )

    def required(column: str, value: float | None) -> float:
        if value is None:
            raise row.error(column, "is empty")
        return value

    return FunctionDefault(
        kind=kind,
        name=row.text("name", required=True),
        daily_interactions=required("daily_interactions", row.non_negative("daily_interactions")),
        whatsapp_share=required("whatsapp_share", row.share("whatsapp_share")),
        revenue_per_interaction=required(
            "revenue_per_interaction", row.non_negative("revenue_per_interaction")
        ),
        backlog_cost=required("backlog_cost", row.non_negative("backlog_cost")),
        staff_share_affected=staff_share,
        productivity_loss=productivity,
        source=source,
        confidence=confidence,
    )


BEHAVIOUR_FIELDS: frozenset[str] = frozenset(
    {"patience_hours", "recapture_share", "churn_share", "perishable_share"}
)


def _behaviour(row: _Row, sectors: Iterable[str]) -> BehaviourDefault:
    confidence = row.choice("confidence", CONFIDENCE_LEVELS) or ""
    source = row.text("source", required=confidence != "assumed")
    field = row.choice("field", BEHAVIOUR_FIELDS) or ""
    sector = row.text("sector")
    if sector and sector not in set(sectors):
        raise row.error("sector", f"{sector!r} is not a sector group of sectors.csv")
    value = row.required_number("value")
    low, high = row.number("low"), row.number("high")
    if field == "patience_hours":
        if value <= 0:
            raise row.error("value", f"{value:g} is not a positive number of hours")
    elif not 0 <= value <= 1:
        raise row.error("value", f"{value:g} is not a share between 0 and 1")
    if (low is not None and low > value) or (high is not None and high < value):
        raise row.error("low", "low <= value <= high must hold")
    return BehaviourDefault(
        kind=row.choice("kind", FUNCTION_KINDS) or "",
        sector=sector,
        field=field,
        value=value,
        low=low,
        high=high,
        source=source,
        year=row.text("year", required=confidence != "assumed"),
        confidence=confidence,
        note=row.text("note", required=confidence == "assumed"),
    )


def _behaviour_table(
    path: Path, sectors: Iterable[str]
) -> dict[tuple[str, str, str], BehaviourDefault]:
    table: dict[tuple[str, str, str], BehaviourDefault] = {}
    for row in _rows(path, _BEHAVIOUR):
        item = _behaviour(row, sectors)
        key = (item.kind, item.sector, item.field)
        if key in table:
            raise row.error("field", f"{item.field} of {item.kind} is given twice")
        table[key] = item
    missing = [
        f"{kind} {field}"
        for kind in sorted(FUNCTION_KINDS)
        for field in sorted(BEHAVIOUR_FIELDS)
        if (kind, "", field) not in table
    ]
    if missing:
        raise ReferenceDataError(f"{path.name}: no value for every sector: {', '.join(missing)}")
    return table


RATE_SOURCES: frozenset[str] = frozenset({"history", "carrier_outages", "shutdowns"})
SHUTDOWN_KINDS: frozenset[str] = frozenset(
    {"mobile_data", "full", "app_block", "whatsapp_block", "mixed"}
)
RATE_SCOPES: frozenset[str] = frozenset({"national", "regional", "any"})


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


def _sector(row: _Row) -> SectorGroup:
    keywords = tuple(k.strip().casefold() for k in row.text("keywords", required=True).split(";"))
    return SectorGroup(
        id=row.text("id", required=True),
        name=row.text("name", required=True),
        keywords=tuple(k for k in keywords if k),
    )


def _needs(path: Path) -> tuple[FunctionNeed, ...]:
    needs = tuple(_need(row) for row in _rows(path, _NEEDS))
    for kind in FUNCTION_KINDS:
        total = sum(n.weight for n in needs if n.kind == kind)
        if abs(total - 1.0) > 1e-6:
            raise ReferenceDataError(f"{path.name}: weights for {kind} add up to {total:g}, not 1")
    return needs


def _payment_methods(path: Path, countries: Iterable[str]) -> dict[str, str]:
    methods = {}
    known = set(countries)
    for row in _rows(path, _PAYMENTS):
        row.provenance()
        country = row.text("country", required=True)
        if country not in known:
            raise row.error("country", f"unknown country {country!r}")
        methods[country] = row.text("method", required=True)
    return methods


PAPERS: frozenset[str] = frozenset({"a4", "letter"})


def _paper_sizes(path: Path, countries: Iterable[str]) -> dict[str, str]:
    papers: dict[str, str] = {}
    known = set(countries) | {"WORLD"}
    for row in _rows(path, _PAPER_SIZES):
        row.provenance()
        country = row.text("country", required=True)
        if country not in known:
            raise row.error("country", f"{country!r} is not in countries.csv")
        if country in papers:
            raise row.error("country", f"duplicate country {country!r}")
        papers[country] = row.choice("paper", PAPERS) or "a4"
    return papers


_PAPER_SIZES = ("country", "paper", "source", "year", "confidence")
_LAYERS = ("id", "name", "kind", "description", "source", "confidence")
_CHANNELS = (
    "id",
    "name",
    "owner",
    "layers",
    "one_to_one",
    "groups",
    "max_group_size",
    "broadcast",
    "business_api",
    "payments",
    "works_without_mobile_data",
    "e2ee_default",
    "cost_per_message_usd",
    "cost_note",
    "setup_effort",
    "surge_risk",
    "worldwide",
    "source",
    "confidence",
)
_OUTAGES = (
    "id",
    "date",
    "start_utc",
    "services",
    "failed_layers",
    "duration_hours",
    "duration_note",
    "scope",
    "country",
    "category",
    "cause",
    "source",
    "confidence",
)
_COUNTRIES = ("country", "name", "region", "languages", "currency", "source", "confidence")
_COUNTRY_FIGURES = ("country", "figure", "value", "metric", "year", "source", "confidence")
_BLOCKS = ("country", "channel", "scope", "since", "until", "source", "confidence", "note")
_REGIONAL_FIGURES = ("region", "figure", "value", "metric", "year", "source", "confidence")
_USAGE = (
    "country",
    "channel",
    "share",
    "metric",
    "base",
    "year",
    "source",
    "confidence",
    "preferred",
)
_CURRENCIES = ("code", "name", "minor_units", "symbol", "source", "confidence")
_DEFAULTS = ("key", "value", "unit", "description", "source", "confidence")
_NEEDS = ("kind", "capability", "weight", "why", "source", "confidence")
_ACTIONS = (
    "id",
    "channel",
    "kinds",
    "title",
    "adoption",
    "activation_delay_hours",
    "one_off_hours",
    "monthly_fee_usd",
    "why",
    "audience",
    "source",
    "confidence",
)
_PAYMENTS = ("country", "method", "source", "confidence")
_FUNCTION_DEFAULTS = (
    "kind",
    "name",
    "daily_interactions",
    "whatsapp_share",
    "revenue_per_interaction",
    "backlog_cost",
    "staff_share_affected",
    "productivity_loss",
    "source",
    "confidence",
)
_BEHAVIOUR = (
    "kind",
    "sector",
    "field",
    "value",
    "low",
    "high",
    "source",
    "year",
    "confidence",
    "note",
)
_SECTORS = ("id", "name", "keywords")
_SHUTDOWNS = (
    "country",
    "years",
    "first_year",
    "last_year",
    "shutdowns",
    "kind",
    "scope",
    "median_hours",
    "source",
    "confidence",
    "note",
)
_CARRIER_OUTAGES = (
    "country",
    "years",
    "first_year",
    "last_year",
    "outages",
    "countries",
    "median_hours",
    "source",
    "confidence",
    "note",
)
_PRESETS = (
    "id",
    "name",
    "failed_layers",
    "categories",
    "min_duration_hours",
    "max_duration_hours",
    "rate_source",
    "rate_kinds",
    "anchor_outage",
    "frequency_default_key",
    "duration_default_key",
    "description",
    "source",
    "confidence",
)


def _read(data_dir: Path) -> ReferenceData:
    # Order matters: later files are checked against the ids of earlier ones.
    layers = _keyed(data_dir / "layers.csv", _LAYERS, "id", _layer)
    channels = _keyed(data_dir / "channels.csv", _CHANNELS, "id", lambda row: _channel(row, layers))
    outage_list = _keyed(data_dir / "outages.csv", _OUTAGES, "id", lambda row: _outage(row, layers))
    currencies = _keyed(data_dir / "currencies.csv", _CURRENCIES, "code", _currency)
    countries = _keyed(
        data_dir / "countries.csv", _COUNTRIES, "country", lambda row: _country(row, currencies)
    )
    countries = _with_figures(data_dir / "country_figures.csv", countries)
    usage = _usage(data_dir / "usage.csv", countries, channels)
    defaults = _keyed(data_dir / "defaults.csv", _DEFAULTS, "key", _default)
    presets = _keyed(
        data_dir / "scenario_presets.csv",
        _PRESETS,
        "id",
        lambda row: _preset(row, layers, outage_list, defaults),
    )
    needs = _needs(data_dir / "function_needs.csv")
    actions = _keyed(data_dir / "actions.csv", _ACTIONS, "id", lambda row: _action(row, channels))
    payment_methods = _payment_methods(data_dir / "payment_methods.csv", countries)
    sectors = _keyed(data_dir / "sectors.csv", _SECTORS, "id", _sector)
    return ReferenceData(
        layers=layers,
        channels=channels,
        outages=tuple(outage_list.values()),
        countries=countries,
        usage=usage,
        currencies=currencies,
        defaults=defaults,
        presets=presets,
        needs=needs,
        actions=actions,
        payment_methods=payment_methods,
        function_defaults=_keyed(
            data_dir / "function_defaults.csv", _FUNCTION_DEFAULTS, "kind", _function_default
        ),
        behaviour=_behaviour_table(data_dir / "behaviour_defaults.csv", sectors),
        sectors=sectors,
        shutdowns=tuple(
            _country_rate(row, "kind", "shutdowns")
            for row in _rows(data_dir / "shutdowns.csv", _SHUTDOWNS)
        ),
        carrier_outages=tuple(
            _country_rate(row, None, "outages")
            for row in _rows(data_dir / "carrier_outages.csv", _CARRIER_OUTAGES)
        ),
        blocks=tuple(
            _block(row, countries, channels) for row in _rows(data_dir / "blocks.csv", _BLOCKS)
        ),
        regional=_regional(data_dir / "regional_figures.csv"),
        paper_sizes=_paper_sizes(data_dir / "paper_sizes.csv", countries),
    )


@cache
def _load_default() -> ReferenceData:
    return _read(resource_path("data"))


def load_reference(data_dir: Path | None = None) -> ReferenceData:
    """Reads and validates the reference data; the bundled data is read once and cached."""
    if data_dir is None:
        return _load_default()
    return _read(Path(data_dir))
