"""Section 11: standing down, and reconciling orders and payments taken on fallbacks."""

from __future__ import annotations

from continuity_app.core.i18n import translate
from continuity_app.core.plan_content import fallback_channels, outage_lead
from continuity_app.report.printed_plan.html import escape
from continuity_app.report.printed_plan.page import Page


def write(page: Page) -> None:
    page.heading("return", translate("PrintedPlan", "Return to normal and reconciliation"))
    lead = outage_lead(page.plan)
    page.sub(translate("PrintedPlan", "Standing down"))
    page.bullets(
        [
            escape(
                translate(
                    "PrintedPlan",
                    "WhatsApp delivers messages again (two ticks) on two phones on "
                    "different networks for 30 minutes.",
                )
            ),
            page.t(
                translate("PrintedPlan", "The {role} declares the outage over."),
                role=page.user(lead.title),
            )
            if lead
            else escape(translate("PrintedPlan", "The outage lead declares the outage over.")),
            escape(
                translate(
                    "PrintedPlan",
                    "Tell customers, staff and suppliers, on the fallback channels too, "
                    "that WhatsApp works again.",
                )
            ),
        ],
        ordered=True,
    )
    page.sub(translate("PrintedPlan", "Reconciling orders and payments"))
    page.para(
        escape(
            translate(
                "PrintedPlan",
                "Every order and payment taken on a fallback channel is entered in the "
                "usual records within one working day. Match each payment reference to "
                "its order; call the customer when one is missing. Fill in one line per "
                "channel:",
            )
        )
    )
    blank = ["", "", "", "", ""]
    rows = [[escape(page.channel(c)), *blank] for c in fallback_channels(page.plan) or ["—"]]
    rows.append([escape(translate("PrintedPlan", "Other")), *blank])
    page.headed_table(
        [
            translate("PrintedPlan", "Channel"),
            translate("PrintedPlan", "Orders taken"),
            translate("PrintedPlan", "Payments received"),
            translate("PrintedPlan", "Entered in records"),
            translate("PrintedPlan", "Differences"),
            translate("PrintedPlan", "Checked by"),
        ],
        rows,
        widths=[22, 14, 16, 16, 16, 16],
        css="form",
    )
