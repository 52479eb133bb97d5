"""A new plan from a few answers, filled with the stated defaults for the user to refine."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from continuity_app.core.behaviour import behaviour_default, default_value
from continuity_app.core.channel_mix import WHATSAPP, at_stake_share
from continuity_app.core.plan import (
    Business,
    Fallback,
    Function,
    FunctionKind,
    Plan,
    PlanDetails,
    Tolerance,
    Uncertain,
    Weekday,
    likely,
    revise,
)
from continuity_app.core.reference import ReferenceData
from continuity_app.core.scenarios import preset_scenarios

# The guided set-up starts from a common shop week; the owner changes it there.
_SHOP_DAYS: tuple[Weekday, ...] = ("mon", "tue", "wed", "thu", "fri", "sat")
OPENING_HOURS: dict[Weekday, list[str]] = {day: ["09:00-18:00"] for day in _SHOP_DAYS}


@dataclass(frozen=True)
class Activity:
    """What the owner said about one thing the business does on WhatsApp."""

    kind: FunctionKind
    per_day: float  # chats, orders or bookings on an open day, all channels together
    # of those, the share on each channel; None: the kind's default share, all on WhatsApp
    mix: dict[str, float] | None = None
    value: float | None = None  # money one brings; None: the default in hours of staff cost


@dataclass(frozen=True)
class Answers:
    """The guided set-up's answers: what an owner can say about the business."""

    name: str
    sector: str
    country_mix: dict[str, float]
    currency: str
    activities: list[Activity]
    staff: int
    staff_hourly_cost: float
    opening_hours: dict[Weekday, list[str]] = field(default_factory=lambda: dict(OPENING_HOURS))
    patience_hours: float | None = None  # how long customers wait; None: published defaults
    other_channels: dict[str, float] = field(default_factory=dict)  # channel: share reachable
    gross_margin: float | None = None  # None: losses counted as lost sales
    bearable_loss: float | None = None  # None: one day of WhatsApp sales (bearable_loss())


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
    answers: Answers,
    names: Mapping[FunctionKind, str] | None = None,
    written: dt.date | None = None,
) -> Plan:
    """A valid plan with one function per activity, the preset scenarios, and a fallback for
    each channel customers already use to reach the business.

    What the owner did not say comes from the stated defaults: the WhatsApp share of each kind
    (function_defaults.csv), what an interaction is worth in hours of staff cost (so it holds
    in any currency), how customers behave (behaviour_defaults.csv). `names` gives the
    functions' names (e.g. translated); by default the names in function_defaults.csv.
    `written` is the day the plan is made: its first review falls due a review cycle later. Raises
    ValueError on unusable answers and pydantic.ValidationError when the business is invalid.
    """
    _check(reference, answers)
    business = Business(
        name=answers.name.strip(),
        sector=answers.sector.strip(),
        currency=answers.currency,
        usd_rate=published_usd_rate(reference, answers.currency, answers.country_mix),
        country_mix=answers.country_mix,
        opening_hours=answers.opening_hours,
        staff=answers.staff,
        staff_hourly_cost=answers.staff_hourly_cost,
        gross_margin=1.0 if answers.gross_margin is None else answers.gross_margin,
    )
    functions = [_function(reference, answers, activity, names) for activity in answers.activities]
    fallbacks = [
        Fallback(function=f.id, channel=channel, readiness=share, activation_delay_hours=0.0)
        for f in functions
        if not f.kind.is_coordination  # the channels customers use, not staff or suppliers
        for channel, share in answers.other_channels.items()
        if share > 0
    ]
    plan = Plan(
        business=business,
        functions=functions,
        fallbacks=fallbacks,
        scenarios=preset_scenarios(reference, answers.country_mix),
        tolerance=Tolerance(max_loss_per_outage=1.0),
        details=PlanDetails(reviewed=written),
    )
    if answers.gross_margin is not None:  # the owner knows the margin: count lost profit
        plan = revise(plan, settings=revise(plan.settings, loss_basis="margin"))
    tolerance = answers.bearable_loss or bearable_loss(reference, plan)
    return revise(plan, tolerance=revise(plan.tolerance, max_loss_per_outage=tolerance))


def _check(reference: ReferenceData, answers: Answers) -> None:
    kinds = [a.kind for a in answers.activities]
    if not kinds:
        raise ValueError("choose at least one thing the business does on WhatsApp")
    if len(set(kinds)) != len(kinds):
        raise ValueError("each kind of activity can be chosen once")
    if any(a.per_day <= 0 for a in answers.activities):
        raise ValueError("the number a day must be above 0 for every activity chosen")
    if answers.staff < 1:
        raise ValueError("staff must count at least one person")
    if answers.staff_hourly_cost <= 0:
        raise ValueError("the hourly staff cost must be above 0")
    if answers.currency not in reference.currencies:
        raise ValueError(f"{answers.currency!r} is not a currency in currencies.csv")
    unknown = sorted(set(answers.country_mix) - set(reference.countries))
    if unknown:
        raise ValueError(f"{unknown[0]!r} is not a country in countries.csv")
    missing = [k.value for k in kinds if k.value not in reference.function_defaults]
    if missing:
        raise ValueError(f"function_defaults.csv has no row for {missing[0]!r}")
    channels = sorted(set(answers.other_channels) - set(reference.channels))
    if channels:
        raise ValueError(f"{channels[0]!r} is not a channel in channels.csv")


def _function(
    reference: ReferenceData,
    answers: Answers,
    activity: Activity,
    names: Mapping[FunctionKind, str] | None,
) -> Function:
    kind = activity.kind
    default = reference.function_defaults[kind.value]
    hourly = answers.staff_hourly_cost
    coordination = kind.is_coordination
    behaviour: dict[str, Uncertain] = {
        name: default_value(behaviour_default(reference, kind.value, answers.sector, name))
        for name in ("patience_hours", "recapture_share", "churn_share")
    }
    # how long customers wait: staff and suppliers keep the stated defaults
    if answers.patience_hours is not None and not coordination:
        behaviour["patience_hours"] = answers.patience_hours
    value = activity.value
    return Function(
        id=kind.value,
        kind=kind,
        name=(names or {}).get(kind, default.name),
        daily_interactions=activity.per_day,
        channel_mix=(
            {WHATSAPP: default.whatsapp_share} if activity.mix is None else dict(activity.mix)
        ),
        revenue_per_interaction=(
            round(default.revenue_per_interaction * hourly, 2) if value is None else value
        ),
        backlog_cost=round(default.backlog_cost * hourly, 2),
        staff_affected=(
            max(1, round(answers.staff * (default.staff_share_affected or 0.0)))
            if coordination
            else None
        ),
        productivity_loss=default.productivity_loss if coordination else None,
        patience_hours=behaviour["patience_hours"],
        recapture_share=behaviour["recapture_share"],
        churn_share=behaviour["churn_share"],
    )


def bearable_loss(reference: ReferenceData, plan: Plan) -> float:
    """The starting point for the largest loss one outage may cost: one day of the sales (or
    profit, on the margin basis) on the channels the plan's worst outage cuts off; for a plan
    whose activities bring no money (coordination only), a working day of the whole staff's
    cost. Rounded to a figure an owner would say."""
    margin = likely(plan.business.gross_margin) if plan.settings.loss_basis == "margin" else 1.0
    revenue = margin * sum(
        likely(f.daily_interactions)
        * at_stake_share(reference, f, plan.scenarios)
        * likely(f.revenue_per_interaction)
        for f in plan.functions
    )
    if revenue <= 0:
        business = plan.business
        revenue = (
            reference.default("tolerance_default_staff_hours")
            * business.staff
            * business.staff_hourly_cost
        )
    return round_to_say(revenue)


def round_to_say(amount: float) -> float:
    """An amount as an owner says it, to two significant figures: 332,131 -> 330,000;
    1,234 -> 1,200; 87 -> 87."""
    if amount <= 0:
        return amount
    digits = 10 ** max(0, len(str(int(amount))) - 2)
    return float(round(amount / digits) * digits)
