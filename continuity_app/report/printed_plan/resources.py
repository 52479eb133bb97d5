"""Section 10: what to keep ready, and the preparation steps worth taking."""

from __future__ import annotations

from continuity_app.core.display import format_list
from continuity_app.core.i18n import number, translate
from continuity_app.core.plan_content import preparation
from continuity_app.core.tasks import planned_steps
from continuity_app.core.wording import set_aside_reason
from continuity_app.report.printed_plan.cover import section_number
from continuity_app.report.printed_plan.html import escape
from continuity_app.report.printed_plan.page import Page


def _on_the_plan(page: Page, planned: bool) -> str:
    """Under a step already made a task: where to follow it."""
    if not planned:
        return ""
    said = page.t(
        translate("PrintedPlan", "On the action plan (section {section})."),
        section=page.num(section_number("actions")),
    )
    return f'<br><span class="small">{said}</span>'


def write(page: Page) -> None:
    page.heading("resources", translate("PrintedPlan", "Resources"))
    advice = page.advice
    ready = preparation(page.plan, page.reference, advice)
    channels = format_list(page.channel(c) for c in ready.channels)
    items = [
        escape(
            translate("PrintedPlan", "Fallback channels: {channels}").format(
                channels=channels or translate("PrintedPlan", "none yet")
            )
        ),
        escape(
            translate(
                "PrintedPlan",
                "A printed copy of this plan and the outage card (appendix D) at the "
                "counter and at home with the outage lead.",
            )
        ),
        escape(
            translate(
                "PrintedPlan",
                "Contact lists of customers, staff and suppliers with their consent, kept "
                "outside WhatsApp (phone book, spreadsheet, printed list).",
            )
        ),
        escape(
            translate(
                "PrintedPlan",
                "A paper order book and a payment log for orders taken on fallback channels.",
            )
        ),
        escape(
            translate(
                "PrintedPlan",
                "A charged second phone with credit on a different network, if possible.",
            )
        ),
    ]
    page.bullets(items)
    page.sub(translate("PrintedPlan", "Recommended preparation"))
    step, for_, saves, cost = (
        translate("PrintedPlan", "Step"),
        translate("PrintedPlan", "For"),
        translate("PrintedPlan", "Saves/year"),
        translate("PrintedPlan", "Cost/year"),
    )
    planned = planned_steps(page.plan)
    if ready.chosen:
        rows = [
            [
                page.user(i.action.title) + _on_the_plan(page, i.action.id in planned),
                page.function_name(i.action.function_id),
                page.money(i.marginal_ale_reduction),
                page.money(i.cost_per_year),
            ]
            for i in ready.chosen
        ]
        page.headed_table([step, for_, saves, cost], rows, numeric={2, 3}, widths=[50, 26, 12, 12])
        page.para(
            page.t(
                translate(
                    "PrintedPlan",
                    "Expected loss per year today: {before}; after these steps: {after} (a "
                    "bad year, 1 in 10: {bad_year}), for {cost} a year.",
                ),
                before=page.money(advice.ale_before),
                after=page.money(advice.portfolio_ale),
                bad_year=page.money(advice.portfolio_p90),
                cost=page.money(advice.portfolio_cost),
            )
        )
    else:
        page.para(escape(translate("PrintedPlan", "No preparation step saves more than it costs.")))
    if ready.also_worth:
        page.sub(translate("PrintedPlan", "Also worth considering"))
        rows = [
            [
                page.user(v.action.title) + _on_the_plan(page, v.action.id in planned),
                page.function_name(v.action.function_id),
                page.money(v.ale_reduction),
                page.money(v.cost_per_year),
                page.num(number(v.payback_months, 1))
                if v.payback_months is not None
                else escape(translate("PrintedPlan", "never")),
            ]
            for v in ready.also_worth
        ]
        page.headed_table(
            [step, for_, saves, cost, translate("PrintedPlan", "Payback (months)")],
            rows,
            numeric={2, 3, 4},
            widths=[44, 22, 11, 11, 12],
        )
    if ready.set_aside:
        page.sub(translate("PrintedPlan", "Not worth it now"))
        page.headed_table(
            [step, for_, translate("PrintedPlan", "Why not now")],
            [
                [
                    page.user(v.action.title),
                    page.function_name(v.action.function_id),
                    escape(set_aside_reason(v)),
                ]
                for v in ready.set_aside
            ],
            widths=[40, 20, 40],
        )
