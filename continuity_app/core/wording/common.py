"""Phrases the result texts share: lists joined with "and", shares as shown, main country."""

from __future__ import annotations

from collections.abc import Iterable

from continuity_app.core.channel_fit import ChannelFit
from continuity_app.core.display import format_list, format_percent, scenario_name
from continuity_app.core.i18n import translate
from continuity_app.core.plan import Plan
from continuity_app.core.reference import ReferenceData


def share_value(share: float) -> float:
    """A share as shown and exported: two decimals (the explanations quote these exactly)."""
    return round(share, 2)


def percent(share: float) -> str:
    """A share as the explanations quote it: rounded as the JSON exports it."""
    return format_percent(share_value(share))


def and_list(items: Iterable[str]) -> str:
    """a and b; a, b and c: the last two joined with "and", the others with the list separator."""
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return translate("Recommend", "{items} and {last}").format(
        items=format_list(items[:-1]), last=items[-1]
    )


def scenario_names(plan: Plan, ids: tuple[str, ...]) -> str:
    """The plan's scenarios with these ids, by name, in the plan's order."""
    return and_list(scenario_name(s.name) for s in plan.scenarios if s.id in ids)


def country_phrase(reference: ReferenceData, plan: Plan, fit: ChannelFit) -> str | None:
    """The main country's name when most counterparts are there; None otherwise."""
    mix = plan.business.country_mix
    main = max(mix, key=lambda code: mix[code])
    if fit.reach.basis == "staff" or mix[main] < 0.5:
        return None
    country = reference.countries.get(main)
    return translate("Reference", country.name) if country else main
