"""Appendix A's rows: the reference data the plan's figures rest on, with their sources."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from continuity_app.core.inputs import price_per_message
from continuity_app.core.plan import Fallback, Plan
from continuity_app.core.recommend import Recommendations
from continuity_app.core.reference import Outage, ReferenceData
from continuity_app.core.scenarios import derive

# File paths of the project (reference CSVs, research notes) said as a reader would say them.
_DATA_FILES = {
    "outages": "the outage history (appendix B)",
    "shutdowns": "Counts of government shutdowns",
    "carrier_outages": "regulators' and news reports of nationwide carrier outages",
}
_RESEARCH_NOTE = re.compile(r"\s*\((?:see\s+)?(?:docs|shared)/[^()]*\)|\s*\(facts\.md[^()]*\)")
_COMPILED_IN = re.compile(r"as compiled in (?:docs|shared)/\S+\.md")
_DATA_FILE = re.compile(r"(?:resources/data/)?\b(\w+)\.csv\b")
_CATEGORY = re.compile(r"\s*\(category \w+\)|,\s*category \w+(?=[,;)]|$)")
_FILE_PATH = re.compile(r"\b(?:docs|shared|resources)/\S+")


def reader_source(text: str) -> str:
    """Reference text without the project's file paths and internal codes: "resources/data/
    outages.csv, category meta_wide (facts.md table 1a)" reads "the outage history
    (appendix B)"."""
    text = _RESEARCH_NOTE.sub("", text)
    text = _COMPILED_IN.sub("as compiled from these sources", text)
    text = _CATEGORY.sub("", text)
    text = _DATA_FILE.sub(lambda m: _DATA_FILES.get(m.group(1), "the reference data"), text)
    return _FILE_PATH.sub("", text).strip()


class SourceKind(Enum):
    """What a row of appendix A is about."""

    CHANNEL = "channel"
    LAYER = "layer"
    COUNTRY = "country"
    USAGE = "usage"
    CURRENCY = "currency"
    SCENARIO = "scenario"
    DEFAULT = "default"


@dataclass(frozen=True)
class SourceRow:
    """One reference figure: its kind, the reference ids it is about, its source."""

    kind: SourceKind
    subject: str  # channel, layer, country, currency, preset or default id
    source: str
    confidence: str
    channel: str = ""  # a usage row's channel (its subject is the country)
    explanation: str = ""  # a scenario's frequency and length, as core words them


def sourced_channels(plan: Plan, advice: Recommendations) -> set[str]:
    """The channels appendix A gives the sources of: WhatsApp, the fallbacks, the portfolio's."""
    ids = {"whatsapp"} | {f.channel for f in plan.fallbacks}
    return ids | {i.action.channel for i in advice.portfolio}


def unpriced_channels(plan: Plan, reference: ReferenceData, advice: Recommendations) -> list[str]:
    """Sourced channels with no price per message anywhere: counted as free."""
    return [
        c
        for c in sorted(sourced_channels(plan, advice))
        if c in reference.channels
        and reference.channels[c].cost_per_message_usd is None
        and price_per_message(plan, reference, c) is None
    ]


def unpriced_fallbacks(plan: Plan, reference: ReferenceData) -> list[Fallback]:
    """The plan's fallbacks with no price per message, in the fallback or the reference."""
    return [
        f
        for f in plan.fallbacks
        if f.cost_per_message is None and price_per_message(plan, reference, f.channel) is None
    ]


def other_notes(plan: Plan, reference: ReferenceData, notes: Sequence[str]) -> list[str]:
    """The evaluation's notes without its first ones, one per fallback with no price per
    message: the plan says that once, for every channel it applies to."""
    return list(notes)[len(unpriced_fallbacks(plan, reference)) :]


def source_rows(plan: Plan, reference: ReferenceData, advice: Recommendations) -> list[SourceRow]:
    """The reference rows this plan's figures rest on: channels, their layers and the failed
    ones, countries and their usage figures, the currency, scenarios and stated defaults."""
    rows: list[SourceRow] = []
    channel_ids = sorted(sourced_channels(plan, advice))
    layer_ids = {x for s in plan.scenarios for x in s.failed_layers}
    for channel_id in channel_ids:
        channel = reference.channels.get(channel_id)
        if channel:
            layer_ids |= set(channel.layers)
            rows.append(
                SourceRow(SourceKind.CHANNEL, channel_id, channel.source, channel.confidence)
            )
    for layer_id in sorted(layer_ids):
        layer = reference.layers.get(layer_id)
        if layer:
            rows.append(SourceRow(SourceKind.LAYER, layer_id, layer.source, layer.confidence))
    for code in sorted(plan.business.country_mix):
        country = reference.countries.get(code)
        if country:
            rows.append(SourceRow(SourceKind.COUNTRY, code, country.source, country.confidence))
        for channel_id in channel_ids:
            figure = reference.usage_share(code, channel_id)
            if figure:
                rows.append(
                    SourceRow(SourceKind.USAGE, code, figure.source, figure.confidence, channel_id)
                )
    currency = reference.currencies.get(plan.business.currency)
    if currency:
        rows.append(
            SourceRow(SourceKind.CURRENCY, currency.code, currency.source, currency.confidence)
        )
    for scenario in plan.scenarios:
        preset = reference.presets.get(scenario.preset or "")
        if preset:
            explanation = derive(reference, preset, plan.business.country_mix).explanation
            rows.append(
                SourceRow(
                    SourceKind.SCENARIO,
                    scenario.preset or "",
                    preset.source,
                    preset.confidence,
                    explanation=explanation,
                )
            )
    for key, default in reference.defaults.items():
        rows.append(SourceRow(SourceKind.DEFAULT, key, default.source, default.confidence))
    return rows


def outage_history(reference: ReferenceData) -> list[Outage]:
    """Appendix B: the outages the scenarios are derived from, oldest first."""
    return sorted(reference.outages, key=lambda o: o.date)
