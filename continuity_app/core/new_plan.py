"""A new plan from a few answers, filled with the stated defaults for the user to refine."""

from __future__ import annotations

from collections.abc import Mapping

from continuity_app.core.behaviour import behaviour_default, default_value
from continuity_app.core.document import (
    Business,
    Function,
    FunctionKind,
    Plan,
    Tolerance,
    likely,
)
from continuity_app.core.reference import ReferenceData
from continuity_app.core.scenarios import preset_scenarios

# A new plan assumes a common shop week; the Business page lets the user change it.
OPENING_HOURS: dict[str, list[str]] = {
    day: ["09:00-18:00"] for day in ("mon", "tue", "wed", "thu", "fri", "sat")
}


def published_usd_rate(
    reference: ReferenceData, currency: str, country_mix: Mapping[str, float]
) -> float | None:
    """Units of `currency` per US dollar as the reference data publishes it (a yearly average,
    country_figures.csv), from the plan's countries first; None when none is published. The
    owner replaces it with today's rate."""
    if currency == "USD":
        return None
    ordered = [*country_mix, *sorted(reference.countries)]
    for code in ordered:
        country = reference.countries.get(code)
        if country is not None and country.currency == currency:
            rate = country.value("usd_rate")
            if rate is not None:
                return round(rate, 4)
    return None


def new_plan(
    reference: ReferenceData,
    *,
    name: str,
    sector: str,
    country_mix: dict[str, float],
    currency: str,
    kinds: list[FunctionKind],
    daily_messages: float,
    staff: int,
    staff_hourly_cost: float,
    names: Mapping[FunctionKind, str] | None = None,
) -> Plan:
    """A valid plan with one function per kind, the preset scenarios and no fallbacks yet.

    `daily_messages` counts WhatsApp messages a day: divided by the messages an interaction
    takes (defaults.csv), it gives the WhatsApp interactions, shared out over the kinds by their
    default weights. Money defaults are in hours of staff cost (function_defaults.csv), so
    they hold in any currency. `names` gives the functions' names (e.g. translated); by default
    they are the names in function_defaults.csv. Raises ValueError on unusable answers and
    pydantic.ValidationError when the business itself is invalid.
    """
    if not kinds:
        raise ValueError("choose at least one function that runs on WhatsApp")
    if len(set(kinds)) != len(kinds):
        raise ValueError("each kind of function can be chosen once")
    if daily_messages <= 0:
        raise ValueError("the number of WhatsApp messages a day must be above 0")
    if staff < 1:
        raise ValueError("staff must count at least one person")
    if staff_hourly_cost <= 0:
        raise ValueError("the hourly staff cost must be above 0")
    if currency not in reference.currencies:
        raise ValueError(f"{currency!r} is not a currency in currencies.csv")
    unknown = sorted(set(country_mix) - set(reference.countries))
    if unknown:
        raise ValueError(f"{unknown[0]!r} is not a country in countries.csv")
    missing = [k.value for k in kinds if k.value not in reference.function_defaults]
    if missing:
        raise ValueError(f"function_defaults.csv has no row for {missing[0]!r}")

    business = Business(
        name=name.strip(),
        sector=sector.strip(),
        currency=currency,
        usd_rate=published_usd_rate(reference, currency, country_mix),
        country_mix=country_mix,
        opening_hours=OPENING_HOURS,
        staff=staff,
        staff_hourly_cost=staff_hourly_cost,
    )
    defaults = [reference.function_defaults[k.value] for k in kinds]
    whatsapp_interactions = daily_messages / reference.default("messages_per_interaction")
    total_weight = sum(d.daily_interactions * d.whatsapp_share for d in defaults)
    if total_weight <= 0:
        raise ValueError("function_defaults.csv gives the chosen kinds no WhatsApp interactions")
    scale = whatsapp_interactions / total_weight
    functions = []
    for kind, default in zip(kinds, defaults, strict=True):
        coordination = kind.is_coordination
        functions.append(
            Function(
                id=kind.value,
                kind=kind,
                name=(names or {}).get(kind, default.name),
                daily_interactions=round(default.daily_interactions * scale, 2),
                whatsapp_share=default.whatsapp_share,
                revenue_per_interaction=round(
                    default.revenue_per_interaction * staff_hourly_cost, 2
                ),
                **{
                    field: default_value(behaviour_default(reference, kind.value, sector, field))
                    for field in ("patience_hours", "recapture_share", "churn_share")
                },
                backlog_cost=round(default.backlog_cost * staff_hourly_cost, 2),
                staff_affected=(
                    max(1, round(staff * (default.staff_share_affected or 0.0)))
                    if coordination
                    else None
                ),
                productivity_loss=default.productivity_loss if coordination else None,
            )
        )
    return Plan(
        business=business,
        functions=functions,
        scenarios=preset_scenarios(reference, country_mix),
        tolerance=Tolerance(max_loss_per_outage=_tolerance(reference, business, functions)),
    )


def _tolerance(reference: ReferenceData, business: Business, functions: list[Function]) -> float:
    """One day of WhatsApp-driven revenue; for coordination-only plans, a day of staff cost."""
    revenue = sum(
        likely(f.daily_interactions) * likely(f.whatsapp_share) * likely(f.revenue_per_interaction)
        for f in functions
    )
    if revenue > 0:
        return revenue
    return (
        reference.default("tolerance_default_staff_hours")
        * business.staff
        * (business.staff_hourly_cost)
    )
