"""The one-page outage card: the first five steps and the numbers to call, with the channels
ready today (never those a task still to do would make ready)."""

from __future__ import annotations

from dataclasses import dataclass

from continuity_app.core.plan import MessageTemplate, Plan, likely
from continuity_app.core.plan_content.fallbacks import fails_with_whatsapp, ordered_fallbacks
from continuity_app.core.plan_content.roles import outage_lead
from continuity_app.core.reference import ReferenceData


@dataclass(frozen=True)
class CardSwitch:
    """A function's first fallback channel, the one the card tells to switch to."""

    function_id: str
    function: str
    channel: str
    fails_with_whatsapp: bool  # usable only when WhatsApp alone is down


@dataclass(frozen=True)
class CardSteps:
    """The facts behind the card's first five steps: check, declare, switch, send, record."""

    criterion: str | None  # the first activation criterion; None: the standard two-phone check
    calls: tuple[str, ...]  # titles of the roles the outage lead calls
    switches: tuple[CardSwitch, ...]


def card_steps(plan: Plan, reference: ReferenceData) -> CardSteps:
    """What the card's steps name, from the plan's criteria, roles and fallbacks."""
    details = plan.details
    lead = outage_lead(plan)
    calls = lead.calls if lead else []
    switches = []
    for function in plan.functions:
        # only a channel that reaches someone today: a task still to do readies nothing, and
        # a fallback kept at 0% is no place to send people to
        fallbacks = [f for f in ordered_fallbacks(plan, reference, function) if likely(f.readiness)]
        if fallbacks:
            channel = fallbacks[0].channel
            switches.append(
                CardSwitch(
                    function.id,
                    function.name,
                    channel,
                    fails_with_whatsapp(reference, channel),
                )
            )
    return CardSteps(
        criterion=details.activation_criteria[0] if details.activation_criteria else None,
        calls=tuple(r.title for r in details.roles if r.id in calls),
        switches=tuple(switches),
    )


def card_message(plan: Plan, language: str | None) -> MessageTemplate | None:
    """The one customer message the card has room for: the plan's language first (the texts
    are English when no language is given); every message is in the Communications section."""
    customer = [m for m in plan.details.messages if m.audience == "customers"]
    wanted = (language or "en").replace("_", "-").split("-")[0]
    customer.sort(key=lambda m: m.language.split("-")[0] != wanted)
    return customer[0] if customer else None
