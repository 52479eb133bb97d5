"""The readable text reports of `continuity-app evaluate`, `recommend` and `tasks`."""

from __future__ import annotations

import datetime as dt

from continuity_app.cli.columns import clip, table
from continuity_app.core.channel_mix import cut_off_share, whatsapp_only
from continuity_app.core.display import (
    channel_name,
    format_hours,
    format_list,
    format_mix,
    format_money,
    format_percent,
    format_start,
    layer_names,
    scenario_name,
)
from continuity_app.core.evaluation import Evaluation
from continuity_app.core.i18n import date, digits, number, translate
from continuity_app.core.impact import CATEGORIES
from continuity_app.core.labels import category_labels, status_label
from continuity_app.core.montecarlo import MonteCarloResult
from continuity_app.core.outlook import Outlook, Standing
from continuity_app.core.plan import Plan
from continuity_app.core.plan_content import next_review, review_overdue
from continuity_app.core.recommend import Recommendations
from continuity_app.core.reference import ReferenceData
from continuity_app.core.tasks import by_due_date, overdue
from continuity_app.core.wording import (
    action_explanation,
    evaluation_notes,
    fit_reasons,
    set_aside_reason,
    warning_message,
)


def evaluation_text(
    plan: Plan,
    reference: ReferenceData,
    evaluation: Evaluation,
    monte_carlo: MonteCarloResult,
    outlook: Outlook | None = None,
) -> str:
    """A plain-text summary a business owner can read in a terminal."""
    currency = plan.business.currency

    def money(amount: float) -> str:
        return format_money(amount, currency, reference)

    lines = [
        translate(
            "CliReport", "{business} ({currency}); the business can bear {amount} per outage."
        ).format(
            business=plan.business.name, currency=currency, amount=money(evaluation.tolerance)
        ),
        "",
        translate(
            "CliReport",
            "Outage scenarios. While open: an outage of typical length that strikes while the "
            "business is open (the figure to plan for). Average: over every hour of the week and "
            "every length the history gives (the yearly figure is built from this average).",
        ),
    ]
    rows = []
    for outcome in evaluation.scenarios:
        s = outcome.scenario
        day, hour = outcome.worst_start
        rows.append(
            [
                scenario_name(s.name),
                layer_names(reference, s.failed_layers),
                format_hours(s.duration_hours, "hours"),
                number(s.frequency_per_year, 2),
                money(outcome.planning_loss),
                money(outcome.total),
                f"{format_start(day, hour)} {money(outcome.worst_start_loss)}",
                money(outcome.expected_yearly_loss),
            ]
        )
    lines += table(
        [
            translate("CliReport", "Scenario"),
            translate("CliReport", "Failed"),
            translate("CliReport", "Length"),
            translate("CliReport", "Per year"),
            translate("CliReport", "While open"),
            translate("CliReport", "Average"),
            translate("CliReport", "Worst start"),
            translate("CliReport", "Yearly"),
        ],
        rows,
        right={2, 3, 4, 5, 7},
    )
    reference_outcome = evaluation.reference
    names = {f.id: f.name for f in plan.functions}
    lines += [
        "",
        translate("CliReport", "In the reference scenario ({scenario}):").format(
            scenario=scenario_name(reference_outcome.scenario.name)
        ),
    ]
    rows = []
    # a plan all on WhatsApp has no column of channels, as before the mix
    alone = whatsapp_only(plan.functions)
    for f in reference_outcome.functions:
        if f.mbco is None:
            objective = "-"
        elif f.mbco_breached:
            objective = translate("CliReport", "{share} breached for {duration}").format(
                share=format_percent(f.mbco), duration=format_hours(f.mbco_breach_hours)
            )
        else:
            objective = translate("CliReport", "{share} met after {duration}").format(
                share=format_percent(f.mbco), duration=format_hours(f.mbco_reached_after_hours)
            )
        function = plan.function(f.function_id)
        # beside several channels, what this outage cuts off of each function
        cut = cut_off_share(reference, function, reference_outcome.scenario.failed_layers)
        rows.append(
            [
                names[f.function_id],
                *([] if alone else [format_mix(reference, function.channel_mix)]),
                *([] if alone else [format_percent(cut)]),
                money(reference_outcome.planning_by_function[f.function_id]),
                money(f.total),
                objective,
            ]
        )
    lines += table(
        [
            translate("CliReport", "Function"),
            *([] if alone else [translate("CliReport", "Channels")]),
            *([] if alone else [translate("CliReport", "Cut off")]),
            translate("CliReport", "While open"),
            translate("CliReport", "Average"),
            translate("CliReport", "MBCO"),
        ],
        rows,
        right={1, 2} if alone else {2, 3, 4},
    )
    lines += [""]
    labels = category_labels()
    rows = [
        [labels[c], money(reference_outcome.by_category[c])]
        for c in CATEGORIES
        if reference_outcome.by_category[c]
    ]
    if rows:
        lines += table(
            [translate("CliReport", "Category"), translate("CliReport", "Average")],
            rows,
            right={1},
        )
    mtpd = evaluation.mtpd_hours
    lines += [
        "",
        (
            translate(
                "CliReport",
                "Maximum tolerable period of disruption (MTPD): {duration}: after that an "
                "outage that strikes while the business is open costs more than {amount}.",
            )
            if mtpd is not None
            else translate(
                "CliReport",
                "Maximum tolerable period of disruption (MTPD): an outage that strikes while "
                "the business is open stays under {amount} for a whole week.",
            )
        ).format(duration=format_hours(mtpd), amount=money(evaluation.tolerance)),
        translate("CliReport", "Annualised loss expectancy (ALE): {amount} per year.").format(
            amount=money(evaluation.ale)
        ),
        "",
        translate("CliReport", "Monte Carlo, {trials} simulated years (seed {seed}):").format(
            trials=number(monte_carlo.trials), seed=digits(monte_carlo.seed)
        ),
    ]
    lines += table(
        ["", "P50", "P90", "P99"],
        [
            [translate("CliReport", "One outage")]
            + [money(monte_carlo.per_outage[p]) for p in ("p50", "p90", "p99")],
            [translate("CliReport", "One year")]
            + [money(monte_carlo.per_year[p]) for p in ("p50", "p90", "p99")],
        ],
        right={1, 2, 3},
    )
    if outlook is not None and outlook.changes:
        lines += ["", *outlook_lines(plan, reference, outlook)]
    notes = evaluation_notes(evaluation.plan, evaluation.reference_data)
    if notes:
        lines += ["", translate("CliReport", "Notes:")] + [f"- {n}" for n in notes]
    return "\n".join(lines)


def outlook_lines(plan: Plan, reference: ReferenceData, outlook: Outlook) -> list[str]:
    """Today beside the plan with every open task done: expected and bad-year loss, the
    longest bearable outage and the functions that miss their minimum service."""
    currency = plan.business.currency
    names = {f.id: f.name for f in plan.functions}

    def money(amount: float) -> str:
        return format_money(amount, currency, reference, whole=True)

    def missing(standing: Standing) -> str:
        if not standing.minimum_service_set:
            return "-"
        if not standing.minimum_service_breached:
            return translate("CliReport", "none of {total}").format(
                total=number(len(standing.minimum_service_set))
            )
        return format_list(clip(names.get(f, f), 24) for f in standing.minimum_service_breached)

    columns = (outlook.today, outlook.when_done)
    rows = [
        [translate("CliReport", "Expected yearly loss (ALE)")] + [money(s.ale) for s in columns],
        [translate("CliReport", "A bad year (P90)")] + [money(s.p90_year) for s in columns],
        [translate("CliReport", "Longest bearable outage (MTPD)")]
        + [format_hours(s.mtpd_hours) for s in columns],
        [translate("CliReport", "Missing their minimum service")] + [missing(s) for s in columns],
    ]
    return [
        translate(
            "CliReport",
            "Preparation tasks count only once they are done. Today, and with every open task "
            "done (on the same simulated years):",
        ),
        *table(
            [
                "",
                translate("CliReport", "Today"),
                translate("CliReport", "With %n open task(s) done", None, outlook.open_tasks),
            ],
            rows,
            right={1, 2},
        ),
    ]


def recommendations_text(
    plan: Plan, reference: ReferenceData, recommendations: Recommendations
) -> str:
    """Ranked channels, the best actions, the portfolio and the warnings, as plain text."""
    currency = plan.business.currency

    def money(amount: float) -> str:
        return format_money(amount, currency, reference, whole=True)

    lines = [
        translate(
            "CliReport", "{business}: expected yearly loss today {amount} (a bad year, P90: {p90})."
        ).format(
            business=plan.business.name,
            amount=money(recommendations.ale_before),
            p90=money(recommendations.p90_before),
        ),
        "",
        translate("CliReport", "Best fallback channels per function:"),
    ]
    for function in plan.functions:
        fits = recommendations.channels[function.id][:3]
        lines.append("  " + translate("CliReport", "{function}:").format(function=function.name))
        for rank, fit in enumerate(fits, 1):
            name = translate("Reference", reference.channels[fit.channel].name)
            reasons = format_list(fit_reasons(reference, plan, fit), clauses=True)
            score = translate("CliReport", "score {score}").format(score=number(fit.score, 2))
            line = translate("CliReport", "{rank}. {name} ({score}): {reasons}")
            lines.append(
                "    " + line.format(rank=number(rank), name=name, score=score, reasons=reasons)
            )
    lines += ["", translate("CliReport", "Preparation steps, most net value first:")]
    rows = [
        [
            clip(v.action.title, 60),
            clip(plan.function(v.action.function_id).name, 28),
            money(v.ale_reduction),
            money(v.p90_reduction),
            money(v.cost_per_year),
            translate("CliReport", "never")
            if v.payback_months is None
            else number(v.payback_months, 1),
        ]
        for v in [v for v in recommendations.actions if v.worth_doing][:12]
    ]
    lines += table(
        [
            translate("CliReport", "Step"),
            translate("CliReport", "For"),
            translate("CliReport", "Saves/year"),
            translate("CliReport", "P90 cut"),
            translate("CliReport", "Cost/year"),
            translate("CliReport", "Payback (months)"),
        ],
        rows,
        right={2, 3, 4, 5},
    )
    set_aside = [v for v in recommendations.actions if not v.worth_doing]
    if set_aside:
        lines += ["", translate("CliReport", "Not worth it now:")]
        lines += [
            "  "
            + translate("CliReport", "{step} ({function}): {why}").format(
                step=v.action.title,
                function=plan.function(v.action.function_id).name,
                why=set_aside_reason(v),
            )
            for v in set_aside
        ]
    budget = recommendations.budget
    if budget is not None:
        heading = translate("CliReport", "Recommended portfolio (budget {amount} a year):")
    else:
        heading = translate("CliReport", "Recommended portfolio:")
    lines += ["", heading.format(amount=money(budget or 0))]
    if not recommendations.portfolio:
        lines.append(
            "  "
            + (
                translate("CliReport", "No step saves more than it costs within the budget.")
                if budget
                else translate("CliReport", "No step saves more than it costs.")
            )
        )
    for item in recommendations.portfolio:
        lines.append(
            "  - "
            + translate(
                "CliReport",
                "{step} ({function}): saves {saving} a year on top of the steps above, "
                "costs {cost}",
            ).format(
                step=item.action.title,
                function=plan.function(item.action.function_id).name,
                saving=money(item.marginal_ale_reduction),
                cost=money(item.cost_per_year),
            )
        )
    if recommendations.portfolio:
        lines.append(
            "  "
            + translate(
                "CliReport",
                "Expected yearly loss after these steps: {amount} (P90 year {p90}), for {cost} "
                "a year.",
            ).format(
                amount=money(recommendations.portfolio_ale),
                p90=money(recommendations.portfolio_p90),
                cost=money(recommendations.portfolio_cost),
            )
        )
    explained = recommendations.actions[:3]
    if explained:
        lines += ["", translate("CliReport", "Why:")] + [
            f"- {action_explanation(v)}" for v in explained
        ]
    if recommendations.warnings:
        lines += ["", translate("CliReport", "Warnings:")] + [
            f"! {warning_message(w)}" for w in recommendations.warnings
        ]
    return "\n".join(lines)


def tasks_text(plan: Plan, reference: ReferenceData, today: dt.date) -> list[str]:
    """The tasks as a table by due date, then the review date and the overdue count."""
    currency = plan.business.currency

    def money(amount: float) -> str:
        return format_money(amount, currency, reference, whole=True)

    names = {f.id: f.name for f in plan.functions}
    lines: list[str] = []
    if not plan.tasks:
        lines.append(
            translate(
                "CliReport",
                "No preparation tasks yet. Plan a recommended step with --add STEP_ID (the ids "
                "are in `continuity-app recommend FILE --json`, actions[].id), or add your own "
                "with --new.",
            )
        )
    else:
        rows = []
        for task in by_due_date(plan.tasks):
            due = date(task.due) if task.due else "-"
            if task.overdue(today):
                due = translate("CliReport", "{date} (overdue)").format(date=due)
            if task.monthly_cost:
                cost = translate("CliReport", "{once} + {monthly} a month").format(
                    once=money(task.one_off_cost), monthly=money(task.monthly_cost)
                )
            else:
                cost = money(task.one_off_cost)
            rows.append(
                [
                    task.id,
                    clip(task.title, 48),
                    clip(names.get(task.function, task.function), 24),
                    channel_name(reference, task.channel),
                    clip(task.owner, 16) or "-",
                    due,
                    status_label(task.status),
                    cost,
                    format_percent(task.readiness_when_done),
                ]
            )
        lines += table(
            [
                translate("CliReport", "Id"),
                translate("CliReport", "Task"),
                translate("CliReport", "Function"),
                translate("CliReport", "Channel"),
                translate("CliReport", "Owner"),
                translate("CliReport", "Due"),
                translate("CliReport", "Status"),
                translate("CliReport", "Cost"),
                translate("CliReport", "Ready when done"),
            ],
            rows,
            right={7, 8},
        )
    lines.append("")
    review = next_review(plan)
    if review is not None and review_overdue(plan, today):
        line = translate("CliReport", "The plan is past its review date ({date}): review it.")
        lines.append(line.format(date=date(review)))
    elif review is not None:
        line = translate("CliReport", "Next review of the plan: {date}.")
        lines.append(line.format(date=date(review)))
    late = overdue(plan, today)
    if late:
        lines.append(
            translate("CliReport", "%n open task(s) past their due date.", None, len(late))
        )
    elif plan.tasks:
        lines.append(translate("CliReport", "No task is past its due date."))
    return lines
