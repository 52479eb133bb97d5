"""The typed records of the reference files, one frozen dataclass per kind of row."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field


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
    fallback: bool  # it can carry traffic cut off elsewhere; no: only a part of a channel mix
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
