"""Scenario presets derived from the outage history and from published per-country counts:
which events, how often in the business's countries, how long."""

from __future__ import annotations

import math
import statistics
from collections.abc import Mapping
from dataclasses import dataclass

from continuity_app.core.clock import HORIZON_HOURS
from continuity_app.core.display import country_name, format_hours, format_list
from continuity_app.core.i18n import date, number, short_number, translate
from continuity_app.core.plan import Plan, Scenario, revise
from continuity_app.core.reference import (
    CountryRate,
    Outage,
    ReferenceData,
    ScenarioPreset,
)
from continuity_app.core.terms import how_often


@dataclass(frozen=True)
class PresetDerivation:
    """A preset scenario together with the history it was computed from."""

    preset: ScenarioPreset
    events: tuple[Outage, ...]
    durations: tuple[float, ...]
    years: float
    frequency_per_year: float
    duration_hours: float
    duration_log_sigma: float
    explanation: str

    def scenario(self) -> Scenario:
        return Scenario(
            id=self.preset.id,
            name=self.preset.name,
            failed_layers=sorted(self.preset.failed_layers),
            duration_hours=round(self.duration_hours, 2),
            frequency_per_year=round(self.frequency_per_year, 4),
            duration_log_sigma=round(self.duration_log_sigma, 3),
            duration_min_hours=self.preset.min_duration_hours,
            duration_max_hours=self.preset.max_duration_hours,
            preset=self.preset.id,
        )


def history_years(reference: ReferenceData) -> float:
    """Whole calendar years covered by the outage history (its stated first and last year)."""
    return reference.default("history_end_year") - reference.default("history_start_year") + 1


def _matches(preset: ScenarioPreset, outage: Outage) -> bool:
    # a partial Meta outage counts where it took down a layer the preset fails (WhatsApp)
    if outage.category not in preset.categories or not (
        outage.failed_layers & preset.failed_layers
    ):
        return False
    if outage.duration_hours is None:
        # an event of unknown length counts towards the shorter class only
        return preset.min_duration_hours is None
    if preset.min_duration_hours is not None and outage.duration_hours < preset.min_duration_hours:
        return False
    return preset.max_duration_hours is None or outage.duration_hours < preset.max_duration_hours


def _sentences(sentences: list[str]) -> str:
    """Sentences one after the other, each but the last given without its full stop: the
    language's stop goes between them ("। " in Hindi)."""
    text = sentences[0]
    for sentence in sentences[1:]:
        text = translate("Scenarios", "{sentence}. {next}").format(sentence=text, next=sentence)
    return text


def derive(
    reference: ReferenceData, preset: ScenarioPreset, countries: Mapping[str, float] | None = None
) -> PresetDerivation:
    """Frequency and duration distribution of one preset, from the history and, for events
    counted per country, from the published counts for `countries` (the plan's country mix;
    None or empty: those are not counted, and the explanation says they depend on it)."""
    years = history_years(reference)
    default_sigma = reference.default("duration_log_sigma_default")
    events = tuple(o for o in reference.outages if _matches(preset, o))
    durations = tuple(o.duration_hours for o in events if o.duration_hours is not None)
    enough = len(durations) >= reference.default("min_duration_points")
    sigma = statistics.stdev(math.log(d) for d in durations) if enough else default_sigma
    parts: list[str] = []
    if preset.rate_source == "history":
        if not events:
            return _from_defaults(reference, preset, years)
        frequency = len(events) / years
        parts.append(
            translate("Scenarios", "{event_count} in {years} years: {how_often}").format(
                event_count=translate("Scenarios", "%n event(s)", None, len(events)),
                years=short_number(years),
                how_often=how_often(frequency),
            )
        )
    else:
        frequency, sentences, rows = _country_frequency(reference, preset, countries or {})
        parts += sentences
        if not durations:
            # the lengths the counts give, or the world's when the countries are not known
            known = rows or _rows_for(
                _table(reference, preset), "WORLD", preset.rate_kinds, "national"
            )
            durations = tuple(r.median_hours for r in known if r.median_hours is not None)
            enough = False
    if durations:
        duration = statistics.median(durations)
        if enough:
            length = translate(
                "Scenarios",
                "Typical length = median of the known lengths ({known}) = {duration} h; the "
                "spread of their logarithms is {sigma}",
            )
        else:
            length = translate(
                "Scenarios",
                "Typical length = median of the known lengths ({known}) = {duration} h; too few "
                "lengths to measure a spread, so the stated default {sigma} applies",
            )
        count = number(len(durations))
    else:
        duration = reference.default(preset.duration_default_key or "")
        # no lengths are always too few to measure a spread
        length = translate(
            "Scenarios",
            "No length is known, so the stated default of {duration} h applies; too few "
            "lengths to measure a spread, so the stated default {sigma} applies",
        )
        count = ""
    parts.append(
        length.format(known=count, duration=short_number(duration), sigma=number(sigma, 2))
    )
    if events and preset.rate_source == "history":
        parts.append(translate("Scenarios", "Events: {events}.").format(events=_listed(events)))
    elif events:
        parts.append(
            translate("Scenarios", "Lengths from these events: {events}.").format(
                events=_listed(events)
            )
        )
    explanation = parts[-1]
    if len(parts) > 1:
        explanation = _sentences([p.rstrip(".") for p in parts[:-1]] + [parts[-1]])
    if duration > HORIZON_HOURS:
        horizon = translate(
            "Scenarios",
            "The model follows an outage for one week at most, so {hours} h are counted",
        )
        explanation = _sentences([explanation, horizon.format(hours=short_number(HORIZON_HOURS))])
        duration = HORIZON_HOURS
    return PresetDerivation(
        preset, events, durations, years, frequency, duration, sigma, explanation
    )


def _from_defaults(
    reference: ReferenceData, preset: ScenarioPreset, years: float
) -> PresetDerivation:
    frequency = reference.default(preset.frequency_default_key or "")
    duration = reference.default(preset.duration_default_key or "")
    explanation = translate(
        "Scenarios",
        "The outage history holds no event of this kind, so the app's stated defaults "
        "apply: {how_often}, {duration} h typical length (listed with their sources on the "
        "Sources page).",
    ).format(how_often=how_often(frequency), duration=short_number(duration))
    sigma = reference.default("duration_log_sigma_default")
    return PresetDerivation(preset, (), (), years, frequency, duration, sigma, explanation)


def _listed(events: tuple[Outage, ...]) -> str:
    unknown = translate("Scenarios", "length unknown")
    return format_list(
        (
            f"{date(o.date)} {o.services} ({format_hours(o.duration_hours, 'hours')})"
            if o.duration_hours is not None
            else f"{date(o.date)} {o.services} ({unknown})"
            for o in events
        ),
        clauses=True,
    )


def _country_frequency(
    reference: ReferenceData, preset: ScenarioPreset, countries: Mapping[str, float]
) -> tuple[float, list[str], list[CountryRate]]:
    """Yearly events in the business's countries, weighted by its country mix, with one
    sentence per country saying where its rate comes from."""
    table = _table(reference, preset)
    kinds = preset.rate_kinds or frozenset({"carrier"})
    mix = {code: share for code, share in countries.items() if share > 0}
    if not mix:
        return 0.0, [_needs_countries()], []
    total = sum(mix.values())
    frequency = 0.0
    sentences: list[str] = []
    used: list[CountryRate] = []
    for code, share in sorted(mix.items(), key=lambda item: -item[1]):
        found = _rows_for(table, code, kinds, "national")
        name = country_name(reference, code)
        if found:
            rate = sum(r.per_year or 0.0 for r in found)
            sentences.append(
                translate(
                    "Scenarios", "{country}: {event_count} from {first} to {last}: {how_often}"
                ).format(country=name, how_often=how_often(rate), **_span(found))
            )
            used += found
        elif preset.rate_source == "shutdowns":
            # the source follows every country: none listed is none recorded
            world = _rows_for(table, "WORLD", kinds, "national")
            rate = 0.0
            sentences.append(
                translate(
                    "Scenarios",
                    "{country}: no nationwide government shutdown of this kind recorded from "
                    "{first} to {last}, so none is expected; change the frequency if the risk has "
                    "grown",
                ).format(country=name, **_span(world))
            )
        else:
            world = _rows_for(table, "WORLD", kinds, "national")
            if not world or world[0].per_year is None:
                continue
            rate = (world[0].per_year or 0.0) / (world[0].countries or 1.0)
            sentences.append(
                translate(
                    "Scenarios",
                    "{country}: no count of its own is published, so the world rate applies: "
                    "{event_count} in {years} years across {countries}, so in one country "
                    "{how_often}",
                ).format(
                    country=name,
                    event_count=translate(
                        "Scenarios", "%n event(s)", None, round(world[0].events or 0)
                    ),
                    years=short_number(world[0].years),
                    countries=translate(
                        "Scenarios", "%n country(ies)", None, round(world[0].countries or 1)
                    ),
                    how_often=how_often(rate),
                )
            )
            used += world
        regional = _rows_for(table, code, kinds, "regional")
        if regional:
            sentences.append(
                translate(
                    "Scenarios",
                    "{country} also had {event_count} that hit only one region (regional "
                    "shutdowns) from {first} to {last}; they are not counted, so raise the "
                    "frequency if your region is among those affected",
                ).format(country=name, **_span(regional))
            )
        frequency += rate * share / total
    if len(mix) > 1:
        sentences.append(
            translate("Scenarios", "Weighted by the plan's countries: {how_often}").format(
                how_often=how_often(frequency)
            )
        )
    return frequency, sentences, used


def _table(reference: ReferenceData, preset: ScenarioPreset) -> tuple[CountryRate, ...]:
    return reference.shutdowns if preset.rate_source == "shutdowns" else reference.carrier_outages


def _rows_for(
    table: tuple[CountryRate, ...], country: str, kinds: frozenset[str], scope: str
) -> list[CountryRate]:
    """For each kind, the count for one country and scope over the longest window (then the
    latest); kinds without one are left out."""
    found = []
    for kind in sorted(kinds):
        rows = [
            r
            for r in table
            if r.country == country and r.kind == kind and r.scope == scope and r.events is not None
        ]
        if rows:
            found.append(max(rows, key=lambda r: (r.years, r.last_year or 0)))
    return found


def _span(rows: list[CountryRate]) -> dict[str, object]:
    """The events of some counts and the years they cover, for a sentence."""
    events = round(sum(r.events or 0.0 for r in rows))
    return {
        "event_count": translate("Scenarios", "%n event(s)", None, events),
        "first": min((r.first_year for r in rows if r.first_year), default=""),
        "last": max((r.last_year for r in rows if r.last_year), default=""),
    }


def _needs_countries() -> str:
    return translate(
        "Scenarios",
        "How often this happens depends on the business's countries: it is counted for each "
        "country when a plan gives them",
    )


def derivations(
    reference: ReferenceData, countries: Mapping[str, float] | None = None
) -> list[PresetDerivation]:
    """Every preset with its derivation for a business in `countries` (its country mix)."""
    return [derive(reference, p, countries) for p in reference.presets.values()]


def preset_scenarios(
    reference: ReferenceData, countries: Mapping[str, float] | None = None
) -> list[Scenario]:
    """The preset scenarios a new plan in `countries` starts with."""
    return [d.scenario() for d in derivations(reference, countries)]


def with_countries(plan: Plan, reference: ReferenceData, countries: Mapping[str, float]) -> Plan:
    """`plan` for a business in `countries`: each preset scenario still as derived for the old
    countries follows the new ones (carrier outages and shutdowns are counted per country);
    one whose numbers the user changed keeps them."""
    old = {d.preset.id: d.scenario() for d in derivations(reference, plan.business.country_mix)}
    new = {d.preset.id: d.scenario() for d in derivations(reference, countries)}
    scenarios = []
    for scenario in plan.scenarios:
        before, after = old.get(scenario.preset or ""), new.get(scenario.preset or "")
        if (
            before is not None
            and after is not None
            and _derived_part(scenario) == _derived_part(before)
        ):
            scenario = revise(scenario, **_derived_part(after))
        scenarios.append(scenario)
    business = revise(plan.business, country_mix=dict(countries))
    return revise(plan, business=business, scenarios=scenarios)


def _derived_part(scenario: Scenario) -> dict[str, object]:
    """What a preset's derivation sets, and a user may change."""
    return {
        "duration_hours": scenario.duration_hours,
        "frequency_per_year": scenario.frequency_per_year,
        "duration_log_sigma": scenario.duration_log_sigma,
        "duration_min_hours": scenario.duration_min_hours,
        "duration_max_hours": scenario.duration_max_hours,
    }
