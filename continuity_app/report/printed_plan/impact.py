"""Section 3, the impact summary: key figures, scenarios, exposure by function, variation."""

from __future__ import annotations

from continuity_app.core.channel_mix import WHATSAPP, mix_field
from continuity_app.core.display import format_hours, format_start, scenario_name
from continuity_app.core.fields import field
from continuity_app.core.i18n import number, translate
from continuity_app.core.impact import CATEGORIES
from continuity_app.core.labels import category_labels
from continuity_app.core.plan_content import Exposure, exposures
from continuity_app.core.terms import how_often, term
from continuity_app.report.printed_plan.html import escape
from continuity_app.report.printed_plan.page import Page


def write(page: Page) -> None:
    page.heading("impact", translate("PrintedPlan", "Impact summary"))
    _key_figures(page)
    _scenarios(page)
    _exposure(page)
    _variation(page)


def _key_figures(page: Page) -> None:
    evaluation = page.evaluation
    outcome = evaluation.reference
    mtpd = evaluation.mtpd_hours
    keys = [
        (term("ale").plain, page.money(evaluation.ale)),
        (term("p90").plain, page.money(page.mc.per_year["p90"])),
        (
            translate("PrintedPlan", "Loss if this outage strikes while you are open"),
            page.money(outcome.planning_loss)
            + " ("
            + page.user(scenario_name(outcome.scenario.name))
            + ", "
            + page.hours(outcome.scenario.duration_hours)
            + ")",
        ),
        (
            translate("PrintedPlan", "The same outage, averaged over the week"),
            page.money(outcome.total),
        ),
        (term("mtpd").plain, page.hours(mtpd)),
        (term("bearable_loss").plain, page.money(evaluation.tolerance)),
    ]
    page.headed_table(
        [translate("PrintedPlan", "Key figure"), translate("PrintedPlan", "Value")],
        [[escape(k), f"<b>{v}</b>"] for k, v in keys],
        widths=[45, 55],
    )
    if mtpd is not None:
        page.para(
            page.t(
                translate(
                    "PrintedPlan",
                    "After {duration}, an outage that strikes while the business is open "
                    "costs more than the {amount} you can bear: the plan must be working "
                    "well before then.",
                ),
                duration=page.hours(mtpd),
                amount=page.money(evaluation.tolerance),
            )
        )
    else:
        page.para(
            page.t(
                translate(
                    "PrintedPlan",
                    "Even an outage of a whole week costs less than the {amount} you can "
                    "bear, in this outage: {scenario}.",
                ),
                amount=page.money(evaluation.tolerance),
                scenario=page.user(scenario_name(outcome.scenario.name)),
            )
        )


def _scenarios(page: Page) -> None:
    page.sub(translate("PrintedPlan", "Outage scenarios"))
    rows = []
    for outcome in page.evaluation.scenarios:
        s = outcome.scenario
        day, hour = outcome.worst_start
        rows.append(
            [
                page.user(scenario_name(s.name)),
                escape(" + ".join(page.layer(x) for x in s.failed_layers)),
                page.num(format_hours(s.duration_hours, "hours")),
                escape(how_often(s.frequency_per_year)),
                page.money(outcome.planning_loss),
                page.money(outcome.total),
                page.num(format_start(day, hour)) + " " + page.money(outcome.worst_start_loss),
                page.money(outcome.expected_yearly_loss),
            ]
        )
    page.headed_table(
        [
            translate("PrintedPlan", "Scenario"),
            translate("PrintedPlan", "Failed"),
            translate("PrintedPlan", "Length"),
            translate("PrintedPlan", "How often"),
            translate("PrintedPlan", "While open"),
            translate("PrintedPlan", "Average"),
            translate("PrintedPlan", "Worst start"),
            translate("PrintedPlan", "Yearly"),
        ],
        rows,
        numeric={2, 4, 5, 6, 7},
        widths=[21, 17, 8, 14, 10, 10, 12, 8],
    )
    page.para(
        escape(
            translate(
                "PrintedPlan",
                "While open: an outage of typical length that strikes while the business is "
                "open, the figure to plan for. Average: over every start hour of the week and "
                "every length the history gives. How often: from the outage history and the "
                "counts for the business's countries. Yearly: the average times how often "
                "it happens.",
            )
        ),
        "note",
    )
    page.sub(translate("PrintedPlan", "Impact over time"))
    page.figure(
        "impact",
        translate(
            "PrintedPlan",
            "Loss per outage by how long it lasts, per scenario, with the largest loss "
            "you can bear and the longest outage you can bear.",
        ),
    )


def _objective(page: Page, row: Exposure) -> str:
    """The minimum service, and whether this outage breaches it or meets it in time."""
    service = row.minimum_service
    if service is None:
        return "—"
    state = (
        translate("PrintedPlan", "breached for {duration}")
        if service.breached
        else translate("PrintedPlan", "met after {duration}")
    )
    return page.t(
        translate("PrintedPlan", "{share} within {duration}: {state}"),
        share=page.pct(service.share),
        duration=page.hours(service.within_hours),
        state=escape(state.format(duration=format_hours(service.hours))),
    )


def _exposure(page: Page) -> None:
    outcome = page.evaluation.reference
    page.sub(translate("PrintedPlan", "Exposure by function"))
    rows = [
        [
            page.user(row.name),
            page.mix(row.channel_mix, ranges=False, cell=True),
            page.money(row.planning_loss),
            page.money(row.yearly_loss),
            page.hours(row.bearable_alone_hours),
            _objective(page, row),
        ]
        for row in exposures(page.plan, page.evaluation)
    ]
    page.headed_table(
        [
            field("function", "name").header,
            page.mix_header(field("function", mix_field(WHATSAPP)).header),
            translate("PrintedPlan", "While open"),
            term("ale").plain,
            translate("PrintedPlan", "Outage it can bear alone"),
            term("mbco").plain,
        ],
        rows,
        numeric={1, 2, 3, 4} if page.whatsapp_only else {2, 3, 4},
        widths=[30, 10, 11, 11, 12, 26] if page.whatsapp_only else [22, 22, 10, 10, 11, 25],
    )
    page.para(
        escape(
            translate(
                "PrintedPlan",
                "While open: in the outage the plan is measured on, striking while the "
                "business is open. Outage it can bear alone: how long an outage can last "
                "before this function's loss by itself passes the largest loss you can bear. "
                "Minimum service: the share of the function's interactions that must still "
                "be served, within the time set in the plan.",
            )
        ),
        "note",
    )
    page.figure(
        "functions",
        translate(
            "PrintedPlan", "Loss by function and category in this outage: {scenario}."
        ).format(scenario=scenario_name(outcome.scenario.name)),
    )
    page.sub(translate("PrintedPlan", "Loss by category in this outage"))
    rows = [
        [escape(category_labels()[c]), page.money(outcome.by_category[c])]
        for c in CATEGORIES
        if outcome.by_category[c]
    ]
    page.headed_table(
        [translate("PrintedPlan", "Category"), translate("PrintedPlan", "Loss")],
        rows,
        numeric={1},
        widths=[60, 40],
    )


def _variation(page: Page) -> None:
    mc = page.mc
    page.sub(translate("PrintedPlan", "How much the loss varies from year to year"))
    page.para(
        page.t(
            translate(
                "PrintedPlan",
                "{trials} simulated years: the number of outages, their lengths, their start "
                "times and every uncertain input are drawn at random from their ranges.",
            ),
            trials=page.num(number(mc.trials)),
        )
    )
    percentiles = ("p50", "p90", "p99")
    page.table(
        [""] + [escape(term(key).plain) for key in percentiles],
        [
            [escape(translate("PrintedPlan", "One outage"))]
            + [page.money(mc.per_outage[p]) for p in percentiles],
            [escape(translate("PrintedPlan", "One year"))]
            + [page.money(mc.per_year[p]) for p in percentiles],
        ],
        numeric={1, 2, 3},
        widths=[40, 20, 20, 20],
    )
    page.figure(
        "exceedance",
        translate(
            "PrintedPlan",
            "Chance that a year loses more than each amount, with a typical, a bad and a "
            "very bad year marked.",
        ),
    )
