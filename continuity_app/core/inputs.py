"""Turns a plan and the reference data into the impact model's plain numeric inputs."""

from __future__ import annotations

from collections.abc import Callable

from continuity_app.core.behaviour import perishable_share
from continuity_app.core.clock import open_mask, weekly_profile
from continuity_app.core.i18n import translate
from continuity_app.core.impact import ChannelReadiness, FunctionInputs, MixShare, ModelConstants
from continuity_app.core.plan import Function, Plan, Uncertain, likely
from continuity_app.core.reference import ReferenceData

Pick = Callable[[Uncertain, str], float]


def model_constants(reference: ReferenceData) -> ModelConstants:
    """The stated modelling defaults the simulation needs."""
    return ModelConstants(
        ramp_hours=reference.default("fallback_ramp_hours"),
        surge_readiness_factor=reference.default("surge_readiness_factor"),
        surge_hours=reference.default("surge_hours"),
        recovery_hours=reference.default("recovery_hours"),
        rest_of_day_hours=reference.default("rest_of_day_hours"),
    )


def reference_problems(plan: Plan, reference: ReferenceData) -> list[str]:
    """Problems only the reference data can reveal: unknown channels, layers, currencies."""
    problems = []
    if plan.business.currency not in reference.currencies:
        problem = translate(
            "PlanFile", "{code} is not a currency this application knows (an ISO 4217 code)"
        )
        problems.append("business.currency: " + problem.format(code=repr(plan.business.currency)))
    channels = ", ".join(sorted(reference.channels))
    for i, fallback in enumerate(plan.fallbacks):
        if fallback.channel not in reference.channels:
            problem = translate("PlanFile", "{name} is not a known channel; use one of: {known}")
            problems.append(
                f"fallbacks[{i}].channel: "
                + problem.format(name=repr(fallback.channel), known=channels)
            )
    for channel in plan.business.known_reach:
        if channel not in reference.channels:
            problem = translate("PlanFile", "{name} is not a known channel; use one of: {known}")
            problems.append(
                "business.known_reach: " + problem.format(name=repr(channel), known=channels)
            )
    for i, function in enumerate(plan.functions):
        for channel in function.channel_mix:
            if channel not in reference.channels:
                problem = translate(
                    "PlanFile", "{name} is not a known channel; use one of: {known}"
                )
                problems.append(
                    f"functions[{i}].channel_mix: "
                    + problem.format(name=repr(channel), known=channels)
                )
    layers = ", ".join(reference.layers)
    for i, scenario in enumerate(plan.scenarios):
        for layer in scenario.failed_layers:
            if layer not in reference.layers:
                problem = translate("PlanFile", "{name} is not a known layer; use one of: {known}")
                problems.append(
                    f"scenarios[{i}].failed_layers: "
                    + problem.format(name=repr(layer), known=layers)
                )
    return problems


def usd_rate(plan: Plan) -> float | None:
    """Units of the plan currency per US dollar: 1 for a plan in USD; None when not given."""
    return 1.0 if plan.business.currency == "USD" else plan.business.usd_rate


def price_per_message(plan: Plan, reference: ReferenceData, channel: str) -> float | None:
    """A channel's reference price per message in the plan currency; None when unknown."""
    usd = reference.channels[channel].cost_per_message_usd
    if usd is None:
        return None
    if usd == 0:
        return 0.0
    rate = usd_rate(plan)
    return None if rate is None else usd * rate


def likely_pick(value: Uncertain, key: str) -> float:
    """Picks the likely value of every uncertain input (the deterministic model)."""
    return likely(value)


def _mix_key(function_id: str, channel: str) -> str:
    """The stable key of a channel's share in a function's mix; WhatsApp's keeps the key of the
    share that came before the mix, so that a plan all on WhatsApp draws what it drew then."""
    if channel == "whatsapp":
        return f"{function_id}.whatsapp_share"
    return f"{function_id}.mix.{channel}"


def inputs_for(
    plan: Plan, reference: ReferenceData, function: Function, pick: Pick = likely_pick
) -> FunctionInputs:
    """Numeric inputs of one function; `pick` chooses a value for each uncertain input.

    Each input has a stable key (such as "orders.patience_hours"), so a random pick can draw
    the same value for it however the rest of the plan changes.
    """
    business = plan.business
    mask = open_mask(business)
    margin = 1.0
    if plan.settings.loss_basis == "margin":
        margin = pick(business.gross_margin, "business.gross_margin")
    key = function.id
    fallbacks = []
    for fallback in plan.fallbacks_for(function.id):
        channel = reference.channels[fallback.channel]
        price = fallback.cost_per_message
        if price is None:
            price = price_per_message(plan, reference, fallback.channel) or 0.0
        fallbacks.append(
            ChannelReadiness(
                channel=fallback.channel,
                readiness=pick(fallback.readiness, f"{key}.fallback.{fallback.channel}"),
                delay_hours=fallback.activation_delay_hours,
                cost_per_message=price,
                layers=channel.layers,
                surge_risk=channel.surge_risk,
            )
        )
    productivity = 0.0
    if function.staff_affected is not None and function.productivity_loss is not None:
        productivity = (
            function.staff_affected
            * business.staff_hourly_cost
            * pick(function.productivity_loss, f"{key}.productivity_loss")
        )
    lifetime = pick(business.customer_lifetime_value, "business.customer_lifetime_value")
    # demand whose moment passed (a lunch order) is never won back later
    perishable = pick(
        perishable_share(reference, function, business.sector), f"{key}.perishable_share"
    )
    recapture = pick(function.recapture_share, f"{key}.recapture_share") * (1.0 - perishable)
    return FunctionInputs(
        function_id=function.id,
        daily_volume=pick(function.daily_interactions, f"{key}.daily_interactions"),
        mix=tuple(
            MixShare(
                channel=channel,
                share=pick(share, _mix_key(key, channel)),
                layers=reference.channels[channel].layers,
            )
            for channel, share in function.channel_mix.items()
        ),
        value_per_lost=pick(function.revenue_per_interaction, f"{key}.revenue") * margin,
        churn_value=pick(function.churn_share, f"{key}.churn_share") * lifetime,
        backlog_cost=pick(function.backlog_cost, f"{key}.backlog_cost"),
        recapture_share=recapture,
        perishable_share=perishable,
        patience_hours=pick(function.patience_hours, f"{key}.patience_hours"),
        messages_per_interaction=function.messages_per_interaction
        or reference.default("messages_per_interaction"),
        productivity_per_hour=productivity,
        profile=weekly_profile(business, function, mask),
        open_mask=mask,
        fallbacks=tuple(fallbacks),
    )


def function_inputs(
    plan: Plan, reference: ReferenceData, pick: Pick = likely_pick
) -> list[FunctionInputs]:
    """Numeric inputs for every function of the plan."""
    return [inputs_for(plan, reference, function, pick) for function in plan.functions]
