"""Section 2: the plan's purpose, the functions in scope, and the assumptions behind it."""

from __future__ import annotations

from continuity_app.core.display import format_list, format_percent, scenario_name
from continuity_app.core.fields import field
from continuity_app.core.i18n import number, translate
from continuity_app.core.labels import kind_label
from continuity_app.core.plan_content import other_notes, unpriced_fallbacks
from continuity_app.core.wording import evaluation_notes
from continuity_app.report.printed_plan.bidi import FSI, PDI, dir_attr
from continuity_app.report.printed_plan.html import escape
from continuity_app.report.printed_plan.page import Page
from continuity_app.report.printed_plan.sources import unpriced_note


def write(page: Page) -> None:
    plan = page.plan
    business = plan.business
    page.heading("purpose", translate("PrintedPlan", "Purpose, scope and assumptions"))
    page.sub(translate("PrintedPlan", "Purpose"))
    page.para(
        escape(
            translate(
                "PrintedPlan",
                "This plan says what {business} does when WhatsApp, or the Meta services "
                "around it, stop working: who decides, whom to call, what to send to "
                "customers, staff and suppliers, and how each business function carries on "
                "until the service returns.",
            ).format(business=FSI + business.name + PDI)
        )
    )
    if plan.details.summary:
        page.add(f"<p{dir_attr(plan.details.summary)}>{page.user(plan.details.summary)}</p>")
    page.sub(translate("PrintedPlan", "Scope"))
    rows = [
        [
            page.user(function.name),
            escape(kind_label(function.kind)),
            page.uncertain(function.daily_interactions, number),
            page.mix(function.channel_mix, cell=True),
        ]
        for function in plan.functions
    ]
    page.headed_table(
        [
            translate("PrintedPlan", "Business function"),
            field("function", "kind").header,
            field("function", "daily_interactions").header,
            page.mix_header(translate("PrintedPlan", "Share on WhatsApp")),
        ],
        rows,
        # a share on WhatsApp is a number; a mix of channels is words
        numeric={2, 3} if page.whatsapp_only else {2},
        widths=[44, 22, 17, 17] if page.whatsapp_only else [34, 18, 15, 33],
    )
    countries = format_list(
        f"{page.country(c)} {page.num(format_percent(s))}"
        for c, s in sorted(business.country_mix.items(), key=lambda item: -item[1])
    )
    page.para(
        page.t(
            translate("PrintedPlan", "Counterparts by country: {countries}. Currency: {currency}."),
            countries=countries,
            currency=escape(page.currency),
        )
    )
    page.sub(translate("PrintedPlan", "Assumptions"))
    basis = {
        "revenue": translate("PrintedPlan", "lost revenue"),
        "margin": translate("PrintedPlan", "lost gross margin"),
    }[plan.settings.loss_basis]
    items = [
        page.t(
            translate(
                "PrintedPlan",
                "The business can bear a loss of at most {amount} from one outage; the "
                "longest outage you can bear is read from it.",
            ),
            amount=page.money(page.evaluation.tolerance),
        ),
        escape(translate("PrintedPlan", "Lost sales are counted as {basis}.").format(basis=basis)),
        escape(
            translate(
                "PrintedPlan",
                "Outages can start at any hour: a scenario's loss is the average over every "
                "start hour of the week, and the worst start is shown beside it.",
            )
        ),
        page.t(
            translate(
                "PrintedPlan",
                "The longest outage you can bear is worked out for this outage: {scenario}.",
            ),
            scenario=page.user(scenario_name(page.evaluation.reference.scenario.name)),
        ),
        escape(
            translate(
                "PrintedPlan",
                "Figures are estimates from the plan's inputs and the reference data "
                "listed in appendix A, each with its source and confidence.",
            )
        ),
    ]
    if not page.whatsapp_only:
        items.append(
            escape(
                translate(
                    "PrintedPlan",
                    "An outage cuts off the channels that run on what it stops: a WhatsApp-only "
                    "outage cuts off WhatsApp alone, a Meta outage also Instagram, Messenger and "
                    "Facebook. The share of a function's interactions that its listed channels "
                    "do not carry (in person, by phone, elsewhere) is taken to carry on as "
                    "usual, but is not counted towards its minimum service.",
                )
            )
        )
    note = unpriced_note(page)
    if note and unpriced_fallbacks(plan, page.reference):
        items.append(note)
    items += [
        escape(n) for n in other_notes(plan, page.reference, evaluation_notes(plan, page.reference))
    ]
    page.bullets(items)
