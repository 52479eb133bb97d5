"""Section 6: when to declare an outage, who may declare it, and when to escalate."""

from __future__ import annotations

from continuity_app.core.i18n import translate
from continuity_app.core.plan import Role
from continuity_app.core.plan_content import declarers
from continuity_app.report.printed_plan.html import escape
from continuity_app.report.printed_plan.page import Page


def _declarer(page: Page, role: Role) -> str:
    """A role that may declare, its holder and phone, and the alternate to call instead."""
    text = "<b>" + page.user(role.title) + "</b>: " + page.user(role.holder or "—")
    if role.phone:
        text += " (" + page.phone(role.phone) + ")"
    if not role.alternate:
        return text
    alternate = page.user(role.alternate)
    if role.alternate_phone:
        alternate += " (" + page.phone(role.alternate_phone) + ")"
    return page.t(
        translate("PrintedPlan", "{declarer}; if unreachable, the alternate {alternate}"),
        declarer=text,
        alternate=alternate,
    )


def write(page: Page) -> None:
    details = page.plan.details
    page.heading("activation", translate("PrintedPlan", "Activation criteria and who may declare"))
    page.sub(translate("PrintedPlan", "Declare an outage when"))
    criteria = [page.user(c) for c in details.activation_criteria]
    if not criteria:
        criteria = [
            escape(translate("PrintedPlan", "No activation criteria are written in the plan yet."))
        ]
    page.bullets(criteria)
    page.sub(translate("PrintedPlan", "Who may declare"))
    roots = declarers(page.plan)
    if roots:
        page.bullets([_declarer(page, role) for role in roots])
    else:
        page.para(
            escape(
                translate("PrintedPlan", "No role is named yet: name an outage lead in the plan.")
            ),
            "warn",
        )
    page.sub(translate("PrintedPlan", "Escalation"))
    items = [
        page.t(
            translate(
                "PrintedPlan",
                "Within {duration}, {function} must serve at least {share} of its "
                "interactions; if it does not, add the next fallback channel.",
            ),
            duration=page.hours(objective.within_hours),
            function=page.function_name(function_id),
            share=page.pct(objective.mbco),
        )
        for function_id, objective in page.plan.tolerance.functions.items()
    ]
    mtpd = page.evaluation.mtpd_hours
    if mtpd is not None:
        items.append(
            page.t(
                translate(
                    "PrintedPlan",
                    "At {duration}, the longest outage you can bear, the loss passes "
                    "{amount}: the owner decides on further measures.",
                ),
                duration=page.hours(mtpd),
                amount=page.money(page.evaluation.tolerance),
            )
        )
    page.bullets(items)
