"""Which fallback channels keep working in which outage, and the order to switch to them."""

from __future__ import annotations

from collections.abc import Iterable

from continuity_app.core.channel_fit import shares_provider_with_whatsapp
from continuity_app.core.plan import Fallback, Function, Plan, likely
from continuity_app.core.reference import ReferenceData


def fails_with_whatsapp(reference: ReferenceData, channel_id: str) -> bool:
    """Messenger and Instagram: a step on them is no fallback (core/channel_fit)."""
    known = channel_id in reference.channels and "whatsapp" in reference.channels
    return known and shares_provider_with_whatsapp(reference, channel_id)


def survives(reference: ReferenceData, channel_id: str, failed_layers: Iterable[str]) -> bool:
    """A known channel none of whose layers failed in the scenario."""
    channel = reference.channels.get(channel_id)
    return channel is not None and not (set(channel.layers) & set(failed_layers))


def ordered_fallbacks(plan: Plan, reference: ReferenceData, function: Function) -> list[Fallback]:
    """Independent channels first (a Meta channel fails with WhatsApp), then the quickest
    and most ready."""
    return sorted(
        plan.fallbacks_for(function.id),
        key=lambda f: (
            fails_with_whatsapp(reference, f.channel),
            f.activation_delay_hours,
            -likely(f.readiness),
        ),
    )


def fallback_channels(plan: Plan) -> list[str]:
    """Every channel the plan has a fallback on, once each, sorted by id."""
    return sorted({f.channel for f in plan.fallbacks})
