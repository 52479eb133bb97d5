"""What the plan asks of people in an outage, as items to tick: the activation criteria, each
role's part along the contact tree in calling order, each function's switch to its fallbacks,
the messages to send on the channels that still work, and the return to normal."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from enum import StrEnum

from continuity_app.core.audiences import audience_of
from continuity_app.core.display import channel_name, format_hours, format_percent
from continuity_app.core.i18n import translate
from continuity_app.core.plan import Plan, Role, Scenario, likely
from continuity_app.core.plan_content.fallbacks import ordered_fallbacks, survives
from continuity_app.core.plan_content.procedures import RECONCILED
from continuity_app.core.plan_content.roles import called_by, declarers
from continuity_app.core.reference import ReferenceData


class Section(StrEnum):
    """Where an item stands on the outage screen."""

    CRITERIA = "criteria"  # confirm the outage before declaring it
    CALLS = "calls"  # the lead's part, then the contact tree in calling order with each part
    SWITCHES = "switches"  # each function onto its fallbacks
    MESSAGES = "messages"  # the ready-to-send messages on channels that still work
    RETURN = "return"  # after the stand-down


@dataclass(frozen=True)
class Item:
    """One thing to do, worded in the reader's language when the list is made."""

    id: str  # stable across languages and sessions: the log refers to it
    section: Section
    text: str
    function: str | None = None
    channel: str | None = None
    audience: str | None = None
    role: str | None = None
    message: str | None = None  # the ready-to-send message, by id
    due_hours: float | None = None  # by when the plan expects it done, from the start


def outage_checklist(plan: Plan, reference: ReferenceData, scenario: Scenario) -> list[Item]:
    """What to do while the outage lasts, section by section."""
    return [
        *_criteria(plan),
        *_calls(plan),
        *_switches(plan, reference, scenario),
        *_messages(plan, reference, scenario),
    ]


def return_checklist(plan: Plan, reference: ReferenceData) -> list[Item]:
    """What to do once the service is back."""
    items = [
        Item(
            "return-announce",
            Section.RETURN,
            translate(
                "Incident",
                "Tell customers, staff and suppliers that WhatsApp works again, on the channels "
                "you used during the outage.",
            ),
        ),
        Item(
            "return-backlog",
            Section.RETURN,
            translate(
                "Incident",
                "Answer the messages that arrived late or waited, oldest first, and ask whoever "
                "gave up whether they still need you.",
            ),
        ),
    ]
    for function in plan.functions:
        if function.kind in RECONCILED:
            items.append(
                Item(
                    f"return-reconcile-{function.id}",
                    Section.RETURN,
                    translate(
                        "Incident",
                        "{function}: enter the orders and payments taken on other channels in "
                        "the usual records, and check each payment against the bank.",
                    ).format(function=function.name),
                    function=function.id,
                )
            )
    items.append(
        Item(
            "return-review",
            Section.RETURN,
            translate(
                "Incident",
                "Write down what worked and what did not, while it is fresh: the after-action "
                "report takes it from the log.",
            ),
        )
    )
    return items


def _criteria(plan: Plan) -> list[Item]:
    written = plan.details.activation_criteria
    if not written:
        written = [
            translate(
                "Incident",
                "WhatsApp fails for more than one person, on more than one network, and Meta's "
                "status page or the news confirms it.",
            )
        ]
    return [Item(f"criterion-{i}", Section.CRITERIA, text) for i, text in enumerate(written)]


def _calls(plan: Plan) -> list[Item]:
    """The contact tree from the declaring role down, each role once, in calling order."""
    order: list[Role] = []
    queue = list(declarers(plan))
    seen = {r.id for r in queue}
    while queue:
        role = queue.pop(0)
        order.append(role)
        for called in called_by(plan, role, frozenset(seen)):
            seen.add(called.id)
            queue.append(called)
    items = []
    if order and order[0].duties:  # the one who declares has a part of their own
        lead = order[0]
        items.append(
            Item(
                f"duties-{lead.id}",
                Section.CALLS,
                translate("Incident", "{person} ({role}) leads: {duties}").format(
                    person=lead.holder or lead.title, role=lead.title, duties=lead.duties
                ),
                role=lead.id,
            )
        )
    for role in order[1:]:  # the first declares the outage; the rest are called
        person = role.holder or role.title
        text = (
            translate("Incident", "Call {person} ({role}) on {phone}.")
            if role.phone
            else translate("Incident", "Call {person} ({role}).")
        ).format(person=person, role=role.title, phone=role.phone)
        if role.alternate:
            text += " " + translate("Incident", "No answer: call {alternate}.").format(
                alternate=role.alternate
            )
        if role.duties:  # what the plan asks of them, to tell them on the call
            text += " " + translate("Incident", "Their part: {duties}").format(duties=role.duties)
        items.append(Item(f"call-{role.id}", Section.CALLS, text, role=role.id))
    return items


def _switches(plan: Plan, reference: ReferenceData, scenario: Scenario) -> list[Item]:
    items = []
    for function in plan.functions:
        for fallback in ordered_fallbacks(plan, reference, function):
            ready = likely(fallback.readiness)
            if ready <= 0 or not survives(reference, fallback.channel, scenario.failed_layers):
                continue
            items.append(
                Item(
                    f"switch-{function.id}-{fallback.channel}",
                    Section.SWITCHES,
                    translate(
                        "Incident",
                        "{function}: switch to {channel}; the plan expects it to reach {share} "
                        "of those cut off within {delay}.",
                    ).format(
                        function=function.name,
                        channel=channel_name(reference, fallback.channel),
                        share=format_percent(ready),
                        delay=format_hours(fallback.activation_delay_hours),
                    ),
                    function=function.id,
                    channel=fallback.channel,
                    audience=audience_of(function.kind),
                    due_hours=fallback.activation_delay_hours,
                )
            )
    return items


def _messages(plan: Plan, reference: ReferenceData, scenario: Scenario) -> list[Item]:
    audiences = {
        "customers": translate("Incident", "customers"),
        "staff": translate("Incident", "staff"),
        "suppliers": translate("Incident", "suppliers"),
    }
    items = []
    # the same audience and channel in several languages: each message says its language
    versions = Counter((m.audience, m.channel) for m in plan.details.messages)
    for message in plan.details.messages:
        if message.channel not in reference.channels:
            continue
        if not survives(reference, message.channel, scenario.failed_layers):
            continue  # a message on a channel this outage stops cannot be sent
        text = translate("Incident", "Send the message to {audience} on {channel}.")
        if versions[(message.audience, message.channel)] > 1:
            text = translate(
                "Incident", "Send the message to {audience} on {channel} (language: {language})."
            )
        items.append(
            Item(
                f"message-{message.id}",
                Section.MESSAGES,
                text.format(
                    audience=audiences[message.audience],
                    channel=channel_name(reference, message.channel),
                    language=message.language,
                ),
                channel=message.channel,
                audience=message.audience,
                message=message.id,
            )
        )
    return items
