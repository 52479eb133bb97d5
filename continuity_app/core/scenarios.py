"""Scenario presets derived from the outage history: which events, how often, how long."""

from __future__ import annotations

import math
import statistics
from dataclasses import dataclass

from continuity_app.core.display import format_hours, format_list
from continuity_app.core.document import Scenario
from continuity_app.core.i18n import date, number, short_number, translate
from continuity_app.core.reference import Outage, ReferenceData, ScenarioPreset


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
    if outage.category not in preset.categories:
        return False
    if outage.duration_hours is None:
        # an event of unknown length counts towards the shorter class only
        return preset.min_duration_hours is None
    if preset.min_duration_hours is not None and outage.duration_hours < preset.min_duration_hours:
        return False
    return preset.max_duration_hours is None or outage.duration_hours < preset.max_duration_hours


def derive(reference: ReferenceData, preset: ScenarioPreset) -> PresetDerivation:
    """Frequency and duration distribution of one preset, computed from the history."""
    years = history_years(reference)
    default_sigma = reference.default("duration_log_sigma_default")
    events = tuple(o for o in reference.outages if _matches(preset, o))
    durations = tuple(o.duration_hours for o in events if o.duration_hours is not None)
    if not events:
        frequency = reference.default(preset.frequency_default_key)
        duration = reference.default(preset.duration_default_key)
        sigma = default_sigma
        explanation = translate(
            "Scenarios",
            "The outage history holds no event of this kind, so the stated defaults apply: "
            "{frequency} per year, {duration} h typical length (resources/data/defaults.csv, "
            "{frequency_key} and {duration_key}).",
        ).format(
            frequency=short_number(frequency),
            duration=short_number(duration),
            frequency_key=preset.frequency_default_key,
            duration_key=preset.duration_default_key,
        )
        return PresetDerivation(
            preset, events, durations, years, frequency, duration, sigma, explanation
        )
    countries = {o.country for o in events if o.country}
    per = max(len(countries), 1) if preset.rate_per_country else 1
    frequency = len(events) / years / per
    duration = (
        statistics.median(durations)
        if durations
        else reference.default(preset.duration_default_key)
    )
    if len(durations) >= reference.default("min_duration_points"):
        sigma = statistics.stdev(math.log(d) for d in durations)
    else:
        sigma = default_sigma
    unknown = translate("Scenarios", "length unknown")
    listed = format_list(
        (
            f"{date(o.date)} {o.services} ({format_hours(o.duration_hours, 'hours')})"
            if o.duration_hours is not None
            else f"{date(o.date)} {o.services} ({unknown})"
            for o in events
        ),
        clauses=True,
    )
    events_text = translate("Scenarios", "%n event(s)", None, len(events))
    if per > 1:
        rate = translate(
            "Scenarios",
            "{event_count} in {years} years across {countries}, so {frequency} per year in any one "
            "country",
        )
    else:
        rate = translate("Scenarios", "{event_count} in {years} years = {frequency} per year")
    if len(durations) >= reference.default("min_duration_points"):
        spread = translate("Scenarios", "the spread of their logarithms is {sigma}")
    else:
        spread = translate(
            "Scenarios",
            "too few lengths to measure a spread, so the stated default {sigma} applies",
        )
    stop = translate("Scenarios", ". ")  # between sentences: "। " in Hindi
    explanation = (
        rate
        + stop
        + translate(
            "Scenarios", "Typical length = median of the known lengths ({known}) = {duration} h; "
        )
        + spread
        + stop
        + translate("Scenarios", "Events: {events}.")
    ).format(
        event_count=events_text,
        years=short_number(years),
        countries=translate("Scenarios", "%n country(ies)", None, per),
        frequency=number(frequency, 3),
        known=number(len(durations)),
        duration=short_number(duration),
        sigma=number(sigma, 2),
        events=listed,
    )
    return PresetDerivation(
        preset, events, durations, years, frequency, duration, sigma, explanation
    )


def derivations(reference: ReferenceData) -> list[PresetDerivation]:
    """Every preset with its derivation, in the order of the presets file."""
    return [derive(reference, p) for p in reference.presets.values()]


def preset_scenarios(reference: ReferenceData) -> list[Scenario]:
    """The preset scenarios a new plan starts with."""
    return [d.scenario() for d in derivations(reference)]
