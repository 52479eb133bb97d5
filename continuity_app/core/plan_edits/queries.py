"""Questions and whole-plan changes the window and the core share (Qt-free)."""

from __future__ import annotations

from collections.abc import Sequence

from continuity_app.core.channel_fit import shares_provider_with_whatsapp
from continuity_app.core.plan import Fallback, Function, Plan, likely, revise
from continuity_app.core.reference import ReferenceData


def with_functions(plan: Plan, functions: Sequence[Function]) -> Plan:
    """`plan` with these functions; the fallbacks, tolerances and preparation tasks of
    functions no longer in it go with them (undo brings them back)."""
    kept = {f.id for f in functions}
    return revise(
        plan,
        functions=list(functions),
        fallbacks=[f for f in plan.fallbacks if f.function in kept],
        tasks=[t for t in plan.tasks if t.function in kept],
        tolerance=revise(
            plan.tolerance,
            functions={k: v for k, v in plan.tolerance.functions.items() if k in kept},
        ),
    )


def with_known_reach(plan: Plan, channel: str, share: float | None) -> Plan:
    """`plan` with the owner's own figure for the share of customers on a channel; None goes
    back to the country figures."""
    known = dict(plan.business.known_reach)
    if share is None:
        known.pop(channel, None)
    else:
        known[channel] = share
    return revise(plan, business=revise(plan.business, known_reach=known))


def independent_fallbacks(plan: Plan, reference: ReferenceData, function_id: str) -> list[Fallback]:
    """The function's fallbacks that would work in an outage: some readiness, on a channel
    that does not share a provider with WhatsApp (in plan order)."""
    return [
        f
        for f in plan.fallbacks_for(function_id)
        if likely(f.readiness) > 0 and not shares_provider_with_whatsapp(reference, f.channel)
    ]
