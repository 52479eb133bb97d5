"""The evaluation's notes: what the user should know about defaults the model had to use."""

from __future__ import annotations

from continuity_app.core.behaviour import assumed_defaults
from continuity_app.core.display import channel_name
from continuity_app.core.i18n import short_number, translate
from continuity_app.core.inputs import price_per_message
from continuity_app.core.plan import Plan
from continuity_app.core.reference import ReferenceData


def evaluation_notes(plan: Plan, reference: ReferenceData) -> list[str]:
    """What the user should know about defaults the model had to use, one sentence each:
    first one per fallback with no price per message, then the assumed behaviour, then the
    messages per interaction."""
    notes = []
    for fallback in plan.fallbacks:
        if fallback.cost_per_message is None and (
            price_per_message(plan, reference, fallback.channel) is None
        ):
            notes.append(
                translate(
                    "Evaluation",
                    "No price per message is known for {channel} ({function}); counted as free. "
                    "Enter one in the fallback to include it.",
                ).format(
                    channel=channel_name(reference, fallback.channel),
                    function=plan.function(fallback.function).name,
                )
            )
    notes += assumed_defaults(plan, reference)
    if any(f.messages_per_interaction is None for f in plan.functions):
        notes.append(
            translate(
                "Evaluation", "Messages per interaction default to {count} where not given."
            ).format(count=short_number(reference.default("messages_per_interaction")))
        )
    return notes
