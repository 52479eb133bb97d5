"""Each function's outage steps: what to prepare, which channels to switch to, in which order."""

from __future__ import annotations

from dataclasses import dataclass

from continuity_app.core.audiences import Audience, audience_of
from continuity_app.core.plan import Function, FunctionKind, Plan, Uncertain, likely
from continuity_app.core.plan_content.fallbacks import (
    fails_with_whatsapp,
    ordered_fallbacks,
    survives,
)
from continuity_app.core.plan_content.results import PlanResults
from continuity_app.core.plan_content.roles import outage_lead
from continuity_app.core.reference import ReferenceData
from continuity_app.core.wording import warning_message

# Orders and payments taken on a fallback channel are entered in the usual records afterwards.
RECONCILED = frozenset({FunctionKind.ORDERS_SALES, FunctionKind.PAYMENTS})


@dataclass(frozen=True)
class Preparation:
    """A recommended step for this function, valued on top of those chosen before it."""

    title: str
    saving: float
    cost: float
    step: str = ""  # the step's id, by which a task made from it is found


@dataclass(frozen=True)
class Switch:
    """A fallback channel to switch to, with its readiness today and where it keeps working."""

    channel: str
    readiness: float
    delay_hours: float
    survives: tuple[str, ...]  # ids of the plan's scenarios it keeps working in
    fails_with_whatsapp: bool


@dataclass(frozen=True)
class Objective:
    """The minimum service: a share of interactions served again within some hours."""

    share: float
    within_hours: float


@dataclass(frozen=True)
class Procedure:
    """What a function does before, during and after an outage."""

    function_id: str
    name: str
    kind: FunctionKind
    channel_mix: dict[str, Uncertain]  # the function's, as the plan holds it
    loss: float | None  # in the plan's reference outage, while open
    recommended: tuple[Preparation, ...]
    switches: tuple[Switch, ...]  # independent channels first, then quickest and most ready
    warnings: tuple[str, ...]  # fallbacks that share infrastructure with WhatsApp
    audience: Audience
    lead: str | None  # the title of the role that declares the outage
    added_channels: tuple[str, ...]  # channels the recommended steps prepare, not yet fallbacks
    payment_method: str | None  # the main country's usual way to pay; None when unknown
    objective: Objective | None
    reconcile: bool  # orders or payments to enter in the usual records afterwards


def procedure(
    plan: Plan, reference: ReferenceData, results: PlanResults, function: Function
) -> Procedure:
    """One function's steps, from the plan's fallbacks and the recommended portfolio."""
    advice = results.recommendations
    portfolio = [i for i in advice.portfolio if i.action.function_id == function.id]
    fallbacks = ordered_fallbacks(plan, reference, function)
    switches = tuple(
        Switch(
            channel=f.channel,
            readiness=likely(f.readiness),
            delay_hours=f.activation_delay_hours,
            survives=tuple(
                s.id for s in plan.scenarios if survives(reference, f.channel, s.failed_layers)
            ),
            fails_with_whatsapp=fails_with_whatsapp(reference, f.channel),
        )
        for f in fallbacks
    )
    prepared = [i.action.channel for i in portfolio]
    added = sorted({c for c in prepared if c} - {f.channel for f in fallbacks}, key=prepared.index)
    lead = outage_lead(plan)
    mix = plan.business.country_mix
    tolerance = plan.tolerance.functions.get(function.id)
    return Procedure(
        function_id=function.id,
        name=function.name,
        kind=function.kind,
        channel_mix=function.channel_mix,
        loss=results.evaluation.reference.planning_by_function.get(function.id),
        recommended=tuple(
            Preparation(i.action.title, i.marginal_ale_reduction, i.cost_per_year, i.action.id)
            for i in portfolio
        ),
        switches=switches,
        warnings=tuple(
            warning_message(w)
            for w in advice.warnings
            if w.function == function.id and w.kind == "shared_infrastructure"
        ),
        audience=audience_of(function.kind),
        lead=lead.title if lead else None,
        added_channels=tuple(added),
        payment_method=reference.payment_methods.get(max(mix, key=lambda c: mix[c]))
        if mix
        else None,
        objective=Objective(tolerance.mbco, tolerance.within_hours) if tolerance else None,
        reconcile=function.kind in RECONCILED,
    )


def procedures(plan: Plan, reference: ReferenceData, results: PlanResults) -> list[Procedure]:
    """The steps of every function, in the plan's order."""
    return [procedure(plan, reference, results, f) for f in plan.functions]
