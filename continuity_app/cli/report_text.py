"""The readable text report of `continuity-app evaluate`."""

from __future__ import annotations

from continuity_app.core.document import Plan
from continuity_app.core.evaluation import Evaluation
from continuity_app.core.impact import CATEGORIES
from continuity_app.core.money import format_hours, format_money
from continuity_app.core.montecarlo import MonteCarloResult
from continuity_app.core.recommend import Recommendations, fit_reasons
from continuity_app.core.reference import ReferenceData

CATEGORY_LABELS = {
    "lost_revenue": "Lost revenue",
    "churn": "Customers lost for good",
    "backlog": "Backlog handling",
    "fallback_messaging": "Fallback messaging",
    "productivity": "Staff productivity",
}


def table(headers: list[str], rows: list[list[str]], right: set[int]) -> list[str]:
    """Columns padded to their widest cell; numbers right-aligned."""
    widths = [max(len(str(r[i])) for r in [headers, *rows]) for i in range(len(headers))]

    def line(cells: list[str]) -> str:
        return "  ".join(
            c.rjust(w) if i in right else c.ljust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        ).rstrip()

    return [line(headers), line(["-" * w for w in widths]), *(line(r) for r in rows)]


def evaluation_text(
    plan: Plan,
    reference: ReferenceData,
    evaluation: Evaluation,
    monte_carlo: MonteCarloResult,
) -> str:
    """A plain-text summary a business owner can read in a terminal."""
    currency = plan.business.currency

    def money(amount: float) -> str:
        return format_money(amount, currency, reference)

    lines = [
        f"{plan.business.name} ({currency}); the business can bear "
        f"{money(evaluation.tolerance)} per outage.",
        "",
        "Outage scenarios (loss averaged over every start hour of the week):",
    ]
    rows = []
    for outcome in evaluation.scenarios:
        s = outcome.scenario
        day, hour = outcome.worst_start
        rows.append(
            [
                s.name,
                "+".join(s.failed_layers),
                f"{s.duration_hours:g} h",
                f"{s.frequency_per_year:.2f}",
                money(outcome.total),
                f"{day.title()} {hour:02d}:00 {money(outcome.worst_start_loss)}",
                money(outcome.expected_yearly_loss),
            ]
        )
    lines += table(
        ["Scenario", "Failed", "Length", "Per year", "Loss", "Worst start", "Yearly"],
        rows,
        right={2, 3, 4, 6},
    )
    reference_outcome = evaluation.reference
    names = {f.id: f.name for f in plan.functions}
    lines += ["", f"In the reference scenario ({reference_outcome.scenario.name}):"]
    rows = []
    for f in reference_outcome.functions:
        if f.mbco is None:
            objective = "-"
        elif f.mbco_breached:
            objective = f"{f.mbco:.0%} breached for {format_hours(f.mbco_breach_hours)}"
        else:
            objective = f"{f.mbco:.0%} met after {format_hours(f.mbco_reached_after_hours)}"
        rows.append([names[f.function_id], money(f.total), objective])
    lines += table(["Function", "Loss", "MBCO"], rows, right={1})
    lines += [""]
    rows = [
        [CATEGORY_LABELS[c], money(reference_outcome.by_category[c])]
        for c in CATEGORIES
        if reference_outcome.by_category[c]
    ]
    if rows:
        lines += table(["Category", "Loss"], rows, right={1})
    mtpd = evaluation.mtpd_hours
    lines += [
        "",
        "Maximum tolerable period of disruption (MTPD): "
        + (
            f"{format_hours(mtpd)}: after that the loss passes {money(evaluation.tolerance)}."
            if mtpd is not None
            else f"the loss stays under {money(evaluation.tolerance)} for a whole week."
        ),
        f"Annualised loss expectancy (ALE): {money(evaluation.ale)} per year.",
        "",
        f"Monte Carlo, {monte_carlo.trials:,} simulated years (seed {monte_carlo.seed}):",
    ]
    lines += table(
        ["", "P50", "P90", "P99"],
        [
            ["One outage"] + [money(monte_carlo.per_outage[p]) for p in ("p50", "p90", "p99")],
            ["One year"] + [money(monte_carlo.per_year[p]) for p in ("p50", "p90", "p99")],
        ],
        right={1, 2, 3},
    )
    if evaluation.notes:
        lines += ["", "Notes:"] + [f"- {note}" for note in evaluation.notes]
    return "\n".join(lines)


def recommendations_text(
    plan: Plan, reference: ReferenceData, recommendations: Recommendations
) -> str:
    """Ranked channels, the best actions, the portfolio and the warnings, as plain text."""
    currency = plan.business.currency

    def money(amount: float) -> str:
        return format_money(amount, currency, reference, whole=True)

    lines = [
        f"{plan.business.name}: expected yearly loss today {money(recommendations.ale_before)} "
        f"(a bad year, P90: {money(recommendations.p90_before)}).",
        "",
        "Best fallback channels per function:",
    ]
    for function in plan.functions:
        fits = recommendations.channels[function.id][:3]
        lines.append(f"  {function.name}:")
        for rank, fit in enumerate(fits, 1):
            name = reference.channels[fit.channel].name
            reasons = "; ".join(fit_reasons(reference, plan, fit))
            lines.append(f"    {rank}. {name} (score {fit.score:.2f}): {reasons}")
    lines += ["", "Preparation steps, most net value first:"]
    rows = [
        [
            v.action.title[:60] + ("…" if len(v.action.title) > 60 else ""),
            plan.function(v.action.function_id).name[:28],
            money(v.ale_reduction),
            money(v.p90_reduction),
            money(v.cost_per_year),
            "never" if v.payback_months is None else f"{v.payback_months:.1f}",
        ]
        for v in recommendations.actions[:12]
    ]
    lines += table(
        ["Step", "For", "Saves/year", "P90 cut", "Cost/year", "Payback (months)"],
        rows,
        right={2, 3, 4, 5},
    )
    budget = recommendations.budget
    heading = "Recommended portfolio" + (
        f" (budget {money(budget)} a year):" if budget is not None else ":"
    )
    lines += ["", heading]
    if not recommendations.portfolio:
        lines.append(
            "  No step saves more than it costs" + (" within the budget." if budget else ".")
        )
    for item in recommendations.portfolio:
        lines.append(
            f"  - {item.action.title} ({plan.function(item.action.function_id).name}): "
            f"saves {money(item.marginal_ale_reduction)} a year on top of the steps above, "
            f"costs {money(item.cost_per_year)}"
        )
    if recommendations.portfolio:
        lines.append(
            f"  Expected yearly loss after these steps: {money(recommendations.portfolio_ale)} "
            f"(P90 year {money(recommendations.portfolio_p90)}), "
            f"for {money(recommendations.portfolio_cost)} a year."
        )
    explained = recommendations.actions[:3]
    if explained:
        lines += ["", "Why:"] + [f"- {v.explanation}" for v in explained]
    if recommendations.warnings:
        lines += ["", "Warnings:"] + [f"! {w.message}" for w in recommendations.warnings]
    return "\n".join(lines)
