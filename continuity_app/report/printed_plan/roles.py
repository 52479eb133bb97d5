"""Section 7: the roles with their holders and alternates, and the contact tree."""

from __future__ import annotations

from continuity_app.core.i18n import translate
from continuity_app.core.plan import Role
from continuity_app.core.plan_content import called_by, declarers
from continuity_app.report.printed_plan.html import escape
from continuity_app.report.printed_plan.page import Page


def write(page: Page) -> None:
    details = page.plan.details
    page.heading("roles", translate("PrintedPlan", "Roles and contact tree"))
    rows = [
        [
            "<b>" + page.user(r.title) + "</b>",
            page.user(r.holder or "—"),
            page.phone(r.phone),
            page.user(r.alternate or "—"),
            page.phone(r.alternate_phone),
            page.user(r.duties),
        ]
        for r in details.roles
    ]
    if rows:
        page.headed_table(
            [
                translate("PrintedPlan", "Role"),
                translate("PrintedPlan", "Holder"),
                translate("PrintedPlan", "Phone"),
                translate("PrintedPlan", "Alternate"),
                translate("PrintedPlan", "Alternate's phone"),
                translate("PrintedPlan", "Duties"),
            ],
            rows,
            widths=[14, 14, 15, 14, 15, 28],
        )
    else:
        page.para(escape(translate("PrintedPlan", "No roles are named yet.")), "warn")
    page.sub(translate("PrintedPlan", "Contact tree"))
    page.para(
        escape(
            translate(
                "PrintedPlan", "When an outage is declared, each role calls the roles below it."
            )
        )
    )
    roots = declarers(page.plan)
    if roots:
        page.add(
            "<ul>"
            + "".join(f"<li>{_branch(page, r, frozenset({r.id}))}</li>" for r in roots)
            + "</ul>"
        )


def _branch(page: Page, role: Role, seen: frozenset[str]) -> str:
    """A role, its holder and phone, and the roles it calls below it."""
    text = "<b>" + page.user(role.title) + "</b> — " + page.user(role.holder or "—")
    if role.phone:
        text += " " + page.phone(role.phone)
    children = called_by(page.plan, role, seen)
    if children:
        text += (
            "<ul>"
            + "".join(f"<li>{_branch(page, c, seen | {c.id})}</li>" for c in children)
            + "</ul>"
        )
    return text
