"""ReferenceData: every reference table, with the look-ups the model makes in them."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from continuity_app.core.reference.records import (
    ActionTemplate,
    BehaviourDefault,
    Block,
    Channel,
    Country,
    CountryFigure,
    CountryRate,
    Currency,
    Default,
    FunctionDefault,
    FunctionNeed,
    Layer,
    Outage,
    ScenarioPreset,
    SectorGroup,
    UsageFigure,
)


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
