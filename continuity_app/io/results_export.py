"""The results of a plan (evaluation, simulated years, recommendations) out to CSV or XLSX."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from continuity_app.core.channel_mix import WHATSAPP, whatsapp_part
from continuity_app.core.plan import Plan, likely
from continuity_app.core.wording import action_explanation, warning_message
from continuity_app.io import sheet_writers
from continuity_app.io.sheet_writers import export_path, header_and_rows, write_atomically

if TYPE_CHECKING:  # pandas loads only when the results are written
    import pandas as pd

    from continuity_app.core.evaluation import Evaluation
    from continuity_app.core.montecarlo import MonteCarloResult
    from continuity_app.core.recommend import Recommendations


def results_tables(
    evaluation: Evaluation,
    monte_carlo: MonteCarloResult | None,
    recommendations: Recommendations | None,
    plan: Plan,
) -> dict[str, pd.DataFrame]:
    """The results as tables: Summary, Scenarios, Functions, Actions, Portfolio, Warnings."""
    import pandas as pd

    names = {f.id: f.name for f in plan.functions}
    summary: list[dict[str, Any]] = [
        {"item": "currency", "value": evaluation.currency},
        {"item": "expected loss per year (ALE)", "value": round(evaluation.ale, 2)},
        {"item": "tolerance per outage", "value": evaluation.tolerance},
        {"item": "reference scenario", "value": evaluation.reference_scenario_id},
        {"item": "MTPD hours", "value": evaluation.mtpd_hours},
    ]
    if monte_carlo is not None:
        summary.append({"item": "Monte Carlo years", "value": monte_carlo.trials})
        summary.append({"item": "Monte Carlo seed", "value": monte_carlo.seed})
        summary.append(
            {"item": "mean loss per year (simulated)", "value": monte_carlo.mean_per_year}
        )
        for key, value in monte_carlo.per_year.items():
            summary.append({"item": f"loss per year {key}", "value": value})
        for key, value in monte_carlo.per_outage.items():
            summary.append({"item": f"loss per outage {key}", "value": value})
    scenarios = [
        {
            "scenario": s.scenario.id,
            "name": s.scenario.name,
            "failed layers": ", ".join(s.scenario.failed_layers),
            "duration hours": s.scenario.duration_hours,
            "per year": s.scenario.frequency_per_year,
            "loss per outage": round(s.total, 2),
            **{f"loss: {c}": round(v, 2) for c, v in s.by_category.items()},
            "expected loss per year": round(s.expected_yearly_loss, 2),
            "MTPD hours": s.mtpd_hours,
            "worst start": f"{s.worst_start[0]} {s.worst_start[1]:02d}:00",
            "worst start loss": round(s.worst_start_loss, 2),
        }
        for s in evaluation.scenarios
    ]
    ale_by_function = evaluation.ale_by_function
    reference = evaluation.reference
    functions = []
    mix_channels = sorted({c for f in plan.functions for c in f.channel_mix} - {WHATSAPP})
    for f in plan.functions:
        outcome = next((o for o in reference.functions if o.function_id == f.id), None)
        functions.append(
            {
                "function": f.id,
                "name": f.name,
                "kind": f.kind.value,
                "daily interactions": likely(f.daily_interactions),
                "WhatsApp share": likely(whatsapp_part(f)),
                # one column per channel of any function's mix, so the sheet stays rectangular
                **{
                    f"{channel} share": likely(f.channel_mix.get(channel, 0.0))
                    for channel in mix_channels
                },
                "expected loss per year": round(ale_by_function.get(f.id, 0.0), 2),
                f"loss in {reference.scenario.id}": round(outcome.total, 2) if outcome else None,
                "MBCO breached": outcome.mbco_breached if outcome else None,
                "hourly profile from chat": f.hourly_profile is not None,
            }
        )
    actions: list[dict[str, Any]] = []
    portfolio: list[dict[str, Any]] = []
    warnings: list[dict[str, Any]] = []
    if recommendations is not None:
        actions = [
            {
                "action": v.action.id,
                "function": v.action.function_id,
                "function name": names.get(v.action.function_id, v.action.function_id),
                "channel": v.action.channel,
                "title": v.action.title,
                "reach": round(v.action.reach, 3),
                "readiness before": round(v.action.readiness_before, 3),
                "readiness after": round(v.action.readiness_after, 3),
                "loss per year avoided": v.ale_reduction,
                "P90 year loss avoided": v.p90_reduction,
                "one-off cost": round(v.action.one_off_cost, 2),
                "monthly cost": round(v.action.monthly_cost, 2),
                "cost per year": v.cost_per_year,
                "payback months": v.payback_months,
                "why": action_explanation(v),
            }
            for v in recommendations.actions
        ]
        portfolio = [
            {
                "action": item.action.id,
                "function": item.action.function_id,
                "channel": item.action.channel,
                "title": item.action.title,
                "loss per year avoided (on top)": item.marginal_ale_reduction,
                "cost per year": round(item.cost_per_year, 2),
            }
            for item in recommendations.portfolio
        ]
        warnings = [
            {
                "kind": w.kind,
                "function": w.function,
                "channel": w.channel,
                "message": warning_message(w),
            }
            for w in recommendations.warnings
        ]
    columns = {
        "Actions": ["action", "function", "channel", "title", "loss per year avoided"],
        "Portfolio": ["action", "function", "channel", "title", "cost per year"],
        "Warnings": ["kind", "function", "channel", "message"],
    }
    return {
        "Summary": pd.DataFrame(summary),
        "Scenarios": pd.DataFrame(scenarios),
        "Functions": pd.DataFrame(functions),
        "Actions": pd.DataFrame(actions) if actions else pd.DataFrame(columns=columns["Actions"]),
        "Portfolio": (
            pd.DataFrame(portfolio) if portfolio else pd.DataFrame(columns=columns["Portfolio"])
        ),
        "Warnings": (
            pd.DataFrame(warnings) if warnings else pd.DataFrame(columns=columns["Warnings"])
        ),
    }


def export_results(
    path: Path | str,
    evaluation: Evaluation,
    monte_carlo: MonteCarloResult | None,
    recommendations: Recommendations | None,
    plan: Plan,
) -> None:
    """Write the results atomically: .xlsx with one sheet per table, .csv as one long table.

    The CSV stacks every table under a first column "table" naming the sheet it belongs to.
    No cell is ever a live formula (see ``sheet_writers``).
    """
    import pandas as pd

    path = export_path(path)
    tables = results_tables(evaluation, monte_carlo, recommendations, plan)
    if path.suffix.lower() == ".xlsx":
        sheets = {name: header_and_rows(frame) for name, frame in tables.items()}
        write_atomically(path, lambda temporary: sheet_writers.write_xlsx(temporary, sheets))
        return
    stacked = pd.concat(
        [frame.assign(table=name) for name, frame in tables.items() if not frame.empty],
        ignore_index=True,
    )
    stacked = stacked[["table", *[c for c in stacked.columns if c != "table"]]]
    header, rows = header_and_rows(stacked)
    write_atomically(path, lambda temporary: sheet_writers.write_csv(temporary, header, rows))
