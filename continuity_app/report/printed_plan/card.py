"""Appendix D, the one-page outage card: who declares, numbers to call, first five steps."""

from __future__ import annotations

from continuity_app.core.display import format_list
from continuity_app.core.i18n import translate
from continuity_app.core.plan_content import card_contacts, card_message, card_steps, declarers
from continuity_app.report.printed_plan.bidi import dir_attr, message_dir
from continuity_app.report.printed_plan.cover import section_number
from continuity_app.report.printed_plan.html import escape
from continuity_app.report.printed_plan.page import Page


def write(page: Page) -> None:
    plan = page.plan
    page.heading("appendix-d", translate("PrintedPlan", "Appendix D. Outage card"), new_page=True)
    page.add(
        '<p class="big">'
        + escape(translate("PrintedPlan", "WhatsApp down? Keep this card by the phone."))
        + "</p>",
        f'<p{dir_attr(plan.business.name)} style="font-size: 12pt;">'
        + page.user(plan.business.name)
        + "</p>",
    )
    page.sub(translate("PrintedPlan", "Who declares"))
    roots = declarers(plan)
    if roots:
        role = roots[0]
        text = "<b>" + page.user(role.holder or role.title) + "</b>"
        if role.phone:
            text += " " + page.phone(role.phone)
        if role.alternate:
            alternate = page.user(role.alternate)
            if role.alternate_phone:
                alternate += " " + page.phone(role.alternate_phone)
            text = page.t(
                translate("PrintedPlan", "{declarer} — or {alternate}"),
                declarer=text,
                alternate=alternate,
            )
        page.para(text, "card")
    else:
        page.para(escape(translate("PrintedPlan", "Name an outage lead in the plan.")), "warn")
    page.sub(translate("PrintedPlan", "Numbers to call"))
    rows = [
        [
            page.t(translate("PrintedPlan", "{role} (alternate)"), role=page.user(c.role))
            if c.alternate
            else page.user(c.role),
            page.user(c.name or "—"),
            "<b>" + page.phone(c.phone) + "</b>",
        ]
        for c in card_contacts(plan)
    ]
    if rows:
        page.headed_table(
            [
                translate("PrintedPlan", "Role"),
                translate("PrintedPlan", "Name"),
                translate("PrintedPlan", "Phone"),
            ],
            rows,
            widths=[35, 35, 30],
            css="card",
        )
    else:
        # a heading over nothing would read as a misprint
        page.para(
            escape(
                translate(
                    "PrintedPlan", "No phone number is in the plan yet: add them to the roles."
                )
            ),
            "warn",
        )
    page.sub(translate("PrintedPlan", "First 5 steps"))
    page.bullets(first_steps(page), ordered=True, css="card")
    page.sub(translate("PrintedPlan", "Message to customers"))
    # one message: the card must stay one page (all of them are in the Communications section)
    message = card_message(plan, page.language)
    if message is None:
        page.para(escape(translate("PrintedPlan", "No customer message is written yet.")), "warn")
        return
    page.add(
        f'<table class="grid" width="100%" cellspacing="0" cellpadding="6"{page.box()}>'
        "<tr>"
        f'<td class="message"><p style="font-size: 11pt;"'
        f"{message_dir(message.text, message.language)}>"
        f"{page.user(message.text)}</p></td></tr></table>"
    )


def first_steps(page: Page) -> list[str]:
    """Check, declare, switch, send, record: in the plan's own names and channels."""
    steps = card_steps(page.plan, page.reference)
    if steps.criterion:
        check = page.t(
            translate("PrintedPlan", "Check: {criterion}"), criterion=page.user(steps.criterion)
        )
    else:
        check = escape(
            translate(
                "PrintedPlan", "Check that WhatsApp fails on two phones on different networks."
            )
        )
    if steps.calls:
        declare = page.t(
            translate(
                "PrintedPlan", "Declare the outage and start the contact tree: call {roles}."
            ),
            roles=page.user(format_list(steps.calls)),
        )
    else:
        declare = escape(translate("PrintedPlan", "Declare the outage and start the contact tree."))
    switches = []
    for s in steps.switches:
        values = {"function": page.user(s.function), "channel": escape(page.channel(s.channel))}
        if s.fails_with_whatsapp:
            template = translate(
                "PrintedPlan", "{function}: {channel} (only if WhatsApp alone is down)"
            )
        else:
            template = "{function}: {channel}"
        switches.append(page.t(template, **values))
    if switches:
        switch = page.t(
            translate("PrintedPlan", "Switch to the fallbacks: {switches}."),
            switches=format_list(switches, clauses=True),
        )
    else:
        switch = page.t(
            translate(
                "PrintedPlan",
                "Switch to the channels prepared before the outage (section {section}).",
            ),
            section=page.num(section_number("procedures")),
        )
    send = escape(
        translate("PrintedPlan", "Send the customer message below on every channel that works.")
    )
    record = escape(
        translate(
            "PrintedPlan",
            "Write down every order and payment taken on a fallback channel, with the time.",
        )
    )
    return [check, declare, switch, send, record]
