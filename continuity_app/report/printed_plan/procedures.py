"""Section 9: each function's steps before, during and after an outage."""

from __future__ import annotations

from continuity_app.core.channel_mix import whatsapp_only
from continuity_app.core.display import format_list, scenario_name
from continuity_app.core.i18n import translate
from continuity_app.core.labels import kind_label, status_label
from continuity_app.core.plan import FunctionKind
from continuity_app.core.plan_content import (
    Preparation,
    Procedure,
    Switch,
    channels_when_done,
    procedures,
)
from continuity_app.core.tasks import planned_steps
from continuity_app.report.printed_plan.cover import section_number
from continuity_app.report.printed_plan.html import escape
from continuity_app.report.printed_plan.page import Page


def write(page: Page) -> None:
    page.heading("procedures", translate("PrintedPlan", "Fallback procedures per function"))
    scenario = page.user(scenario_name(page.evaluation.reference.scenario.name))
    for steps in procedures(page.plan, page.reference, page.results):
        page.sub(steps.name)
        facts = (
            escape(kind_label(steps.kind))
            + " · "
            + (
                page.t(
                    translate("PrintedPlan", "{share} on WhatsApp"),
                    share=page.mix(steps.channel_mix, ranges=False),
                )
                if whatsapp_only(page.plan.functions)
                else page.t(
                    translate("PrintedPlan", "channels: {mix}"),
                    mix=page.mix(steps.channel_mix),
                )
            )
        )
        if steps.loss is not None:
            facts += " · " + page.t(
                translate("PrintedPlan", "loss in {scenario}, while open: {amount}"),
                scenario=scenario,
                amount=page.money(steps.loss),
            )
        page.para(facts, "muted")
        for title, items in (
            (translate("PrintedPlan", "Before an outage"), before(page, steps)),
            (translate("PrintedPlan", "During an outage"), during(page, steps)),
            (translate("PrintedPlan", "After the outage"), after(page, steps)),
        ):
            page.h(3, title)
            page.bullets(items, ordered=True)


def _audience(page: Page, steps: Procedure) -> str:
    return page.audience_name(steps.audience).lower()


def _recommended(page: Page, step: Preparation) -> str:
    """A recommended step; one already made a task is pointed to on the action plan."""
    task = planned_steps(page.plan).get(step.step)
    if task is not None:
        return page.t(
            translate(
                "PrintedPlan", "{step} — on the action plan (section {section}), status: {status}."
            ),
            step=page.user(step.title),
            section=page.num(section_number("actions")),
            status=escape(status_label(task.status)),
        )
    return page.t(
        translate("PrintedPlan", "{step} — recommended: saves {saving} a year for {cost}."),
        step=page.user(step.title),
        saving=page.money(step.saving),
        cost=page.money(step.cost),
    )


def before(page: Page, steps: Procedure) -> list[str]:
    """The recommended preparation, then keeping each fallback ready, then the message."""
    items = [_recommended(page, step) for step in steps.recommended]
    items += [
        page.t(
            translate(
                "PrintedPlan",
                "Keep {channel} ready: today it reaches {share} of this function's "
                "WhatsApp contacts, within {duration}. Check the contact list and consent.",
            ),
            channel=escape(page.channel(switch.channel)),
            share=page.pct(switch.readiness),
            duration=page.hours(switch.delay_hours),
        )
        for switch in steps.switches
    ]
    coming = _when_done(page, steps)
    if coming:
        items.append(coming)
    items += ['<span class="warn">' + page.user(w) + "</span>" for w in steps.warnings]
    items.append(
        page.t(
            translate(
                "PrintedPlan", "Keep the message for {audience} (section {section}) up to date."
            ),
            audience=escape(_audience(page, steps)),
            section=page.num(section_number("communications")),
        )
    )
    return items


def _when_done(page: Page, steps: Procedure) -> str:
    """What the function's open tasks will give, said as the future ("Keep ready" is today's);
    empty when no open task changes a channel."""
    coming = channels_when_done(page.plan, steps.function_id)
    if not coming:
        return ""
    will_reach = translate("PrintedPlan", "{channel} will reach {share} within {duration}")
    channels = [
        page.t(
            will_reach,
            channel=escape(page.channel(c.channel)),
            share=page.pct(c.readiness),
            duration=page.hours(c.delay_hours),
        )
        for c in coming
    ]
    return page.t(
        translate("PrintedPlan", "When the open tasks are done (section {section}): {channels}."),
        section=page.num(section_number("actions")),
        channels=format_list(channels, clauses=True),
    )


def _switch(page: Page, switch: Switch) -> str:
    """Switch to a channel within its delay, with a warning when it may fail too."""
    values = {
        "channel": escape(page.channel(switch.channel)),
        "duration": page.hours(switch.delay_hours),
    }
    if not switch.survives:
        return page.t(
            translate(
                "PrintedPlan",
                "Switch to {channel} within {duration} (fails in every scenario of this plan: "
                "do not rely on it).",
            ),
            **values,
        )
    if switch.fails_with_whatsapp:
        return page.t(
            translate(
                "PrintedPlan",
                "Switch to {channel} within {duration} (fails together with WhatsApp in a Meta "
                "outage: only when WhatsApp alone is down).",
            ),
            **values,
        )
    return page.t(translate("PrintedPlan", "Switch to {channel} within {duration}."), **values)


def _kind_step(kind: FunctionKind, payment: str) -> str:
    """What this kind of function does by hand while WhatsApp is down."""
    return {
        FunctionKind.ORDERS_SALES: translate(
            "PrintedPlan",
            "Write every order taken on a fallback channel in the order book: time, name, "
            "phone, items, amount, channel.",
        ),
        FunctionKind.PAYMENTS: translate(
            "PrintedPlan",
            "Take payment by {payment} and write down each payment reference with the "
            "order it belongs to.",
        ).format(payment=payment),
        FunctionKind.CUSTOMER_SERVICE: translate(
            "PrintedPlan",
            "Answer questions by the fallback channels; note who asked what for a "
            "follow-up once WhatsApp is back.",
        ),
        FunctionKind.DELIVERY: translate(
            "PrintedPlan",
            "Drivers call in at fixed times; give drop-off times by phone and note "
            "changes on the delivery sheet.",
        ),
        FunctionKind.APPOINTMENTS: translate(
            "PrintedPlan",
            "Confirm the day's appointments by phone or SMS; note cancellations and "
            "new bookings in the diary.",
        ),
        FunctionKind.MARKETING_BROADCAST: translate(
            "PrintedPlan",
            "Postpone broadcasts that are not urgent; send urgent notices by the "
            "fallback channels only.",
        ),
        FunctionKind.INTERNAL_COORDINATION: translate(
            "PrintedPlan",
            "Staff check the fallback group at fixed times; shift changes are confirmed by phone.",
        ),
        FunctionKind.SUPPLIER_COORDINATION: translate(
            "PrintedPlan",
            "Place urgent orders with suppliers by phone and confirm them in writing "
            "(SMS or email).",
        ),
    }[kind]


def during(page: Page, steps: Procedure) -> list[str]:
    """Confirm and declare, switch channel by channel, send the message, work by hand."""
    section = page.num(section_number("activation"))
    if steps.lead:
        confirm = page.t(
            translate(
                "PrintedPlan",
                "Confirm the outage against the activation criteria (section {section}); the "
                "{role} declares it.",
            ),
            role=page.user(steps.lead),
            section=section,
        )
    else:
        confirm = page.t(
            translate(
                "PrintedPlan",
                "Confirm the outage against the activation criteria (section {section}).",
            ),
            section=section,
        )
    items = [confirm] + [_switch(page, switch) for switch in steps.switches]
    items += [
        escape(
            translate("PrintedPlan", "Once prepared, use {channel} as well.").format(
                channel=page.channel(channel)
            )
        )
        for channel in steps.added_channels
    ]
    items.append(
        escape(
            translate(
                "PrintedPlan", "Send the {audience} message on every channel that works."
            ).format(audience=_audience(page, steps))
        )
    )
    payment = steps.payment_method or translate("PrintedPlan", "card or bank transfer")
    items.append(escape(_kind_step(steps.kind, payment)))
    if steps.objective is not None:
        items.append(
            page.t(
                translate(
                    "PrintedPlan",
                    "By {duration}, at least {share} of interactions must be served again "
                    "(the minimum service); if not, escalate.",
                ),
                duration=page.hours(steps.objective.within_hours),
                share=page.pct(steps.objective.share),
            )
        )
    return items


def after(page: Page, steps: Procedure) -> list[str]:
    """Tell everyone, work through the backlog, reconcile orders and payments, log."""
    items = [
        escape(
            translate(
                "PrintedPlan",
                "Tell {audience} that WhatsApp works again and where to write from now on.",
            ).format(audience=_audience(page, steps))
        ),
        escape(
            translate(
                "PrintedPlan",
                "Work through the backlog: answer everyone who wrote during the outage, "
                "oldest first.",
            )
        ),
    ]
    if steps.reconcile:
        items.append(
            page.t(
                translate(
                    "PrintedPlan",
                    "Reconcile: enter every order from the order book into the usual "
                    "records and match each payment reference (section {section}).",
                ),
                section=page.num(section_number("return")),
            )
        )
    items.append(
        escape(translate("PrintedPlan", "Note what worked and what did not in the decision log."))
    )
    return items
