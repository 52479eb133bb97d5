"""Evaluation, Monte Carlo and recommendations as JSON-ready data, worded in the current
language (core.wording), shared by the CLI and the exports."""

from __future__ import annotations

from typing import Any

from continuity_app.core.evaluation import Evaluation, ScenarioOutcome
from continuity_app.core.montecarlo import MonteCarloResult
from continuity_app.core.outlook import Outlook, Standing
from continuity_app.core.plan import Plan
from continuity_app.core.recommend import Recommendations
from continuity_app.core.reference import ReferenceData
from continuity_app.core.wording import (
    action_explanation,
    evaluation_notes,
    fit_reasons,
    set_aside_reason,
    warning_message,
)
from continuity_app.core.wording.common import share_value


def _hours(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def scenario_json(outcome: ScenarioOutcome) -> dict[str, Any]:
    """One scenario's loss with its breakdowns; by_category and by_function sum to total."""
    scenario = outcome.scenario
    return {
        "id": scenario.id,
        "name": scenario.name,
        "failed_layers": list(scenario.failed_layers),
        "duration_hours": scenario.duration_hours,
        "frequency_per_year": scenario.frequency_per_year,
        "start": scenario.start.model_dump() if scenario.start else None,
        # the average outage: over every start hour of the week and the spread of lengths
        "loss": {
            "total": outcome.total,
            "by_category": outcome.by_category,
            "by_function": outcome.by_function,
        },
        # the planning figure: the typical length, striking while the business is open
        "loss_while_open": {
            "total": outcome.planning_loss,
            "by_function": outcome.planning_by_function,
        },
        "expected_yearly_loss": outcome.expected_yearly_loss,
        "worst_start": {
            "weekday": outcome.worst_start[0],
            "hour": outcome.worst_start[1],
            "loss": outcome.worst_start_loss,
        },
        "mtpd_hours": _hours(outcome.mtpd_hours),
        "functions": [
            {
                "id": f.function_id,
                "loss": f.total,
                "by_category": f.by_category,
                "volumes": f.volumes,
                "mbco": f.mbco,
                "mbco_reached_after_hours": _hours(f.mbco_reached_after_hours),
                "mbco_breach_hours": _hours(f.mbco_breach_hours),
                "mbco_breached": f.mbco_breached,
            }
            for f in outcome.functions
        ],
        "loss_curve": {
            "duration_hours": [float(d) for d in outcome.curve_hours],
            "loss": [float(v) for v in outcome.curve],
        },
    }


def standing_json(standing: Standing) -> dict[str, Any]:
    """One state of the plan: expected and bad-year loss, longest bearable outage, and the
    functions whose minimum service the reference outage breaks."""
    return {
        "ale": standing.ale,
        "p90_year": standing.p90_year,
        "mtpd_hours": _hours(standing.mtpd_hours),
        "minimum_service": {
            "functions_with_minimum": list(standing.minimum_service_set),
            "breached": list(standing.minimum_service_breached),
        },
    }


def outlook_json(outlook: Outlook) -> dict[str, Any]:
    """Today and when every open task is done, side by side, with each open task's worth."""
    return {
        "open_tasks": outlook.open_tasks,
        "today": standing_json(outlook.today),
        "when_open_tasks_done": standing_json(outlook.when_done),
        "task_worth": {task_id: worth for task_id, worth in outlook.worth.items()},
    }


def evaluation_json(
    evaluation: Evaluation,
    monte_carlo: MonteCarloResult | None = None,
    outlook: Outlook | None = None,
) -> dict[str, Any]:
    """The whole evaluation as one JSON object (the CLI's `evaluate --json`); everything but
    `outlook` is the plan as it is today."""
    reference = evaluation.reference
    result: dict[str, Any] = {
        "currency": evaluation.currency,
        "tolerance_per_outage": evaluation.tolerance,
        "reference_scenario": evaluation.reference_scenario_id,
        "scenarios": [scenario_json(s) for s in evaluation.scenarios],
        "loss_curve": {
            "scenario": reference.scenario.id,
            "duration_hours": [float(d) for d in reference.curve_hours],
            "loss": [float(v) for v in reference.curve],
        },
        "mtpd_hours": _hours(evaluation.mtpd_hours),
        "ale": evaluation.ale,
        "ale_by_function": evaluation.ale_by_function,
        "notes": evaluation_notes(evaluation.plan, evaluation.reference_data),
    }
    if monte_carlo is not None:
        result["monte_carlo"] = {
            "trials": monte_carlo.trials,
            "seed": monte_carlo.seed,
            "per_outage": monte_carlo.per_outage,
            "per_year": monte_carlo.per_year,
            "mean_per_year": monte_carlo.mean_per_year,
            "exceedance": {
                "loss": [float(v) for v in monte_carlo.exceedance_loss],
                "probability": [float(v) for v in monte_carlo.exceedance_probability],
            },
        }
    if outlook is not None:
        result["outlook"] = outlook_json(outlook)
    return result


def recommendations_json(
    recommendations: Recommendations, reference: ReferenceData, plan: Plan
) -> dict[str, Any]:
    """The recommender's answer as one JSON object (the CLI's `recommend --json`)."""
    return {
        "currency": recommendations.currency,
        "ale_before": recommendations.ale_before,
        "p90_year_before": recommendations.p90_before,
        "channels": {
            function_id: [
                {
                    "channel": fit.channel,
                    "name": reference.channels[fit.channel].name,
                    "score": round(fit.score, 3),
                    "reach": share_value(fit.reach.share),
                    "independence": share_value(fit.independence),
                    "capability": share_value(fit.capability),
                    "shares_infrastructure_with_whatsapp": fit.shares_provider_with_whatsapp,
                    "reasons": fit_reasons(reference, plan, fit),
                }
                for fit in fits
            ]
            for function_id, fits in recommendations.channels.items()
        },
        "actions": [
            {
                "id": v.action.id,
                "template": v.action.template.id,
                "function": v.action.function_id,
                "channel": v.action.channel,
                "title": v.action.title,
                "reach": share_value(v.action.reach),
                "readiness_before": share_value(v.action.readiness_before),
                "readiness_after": share_value(v.action.readiness_after),
                "activation_delay_hours": v.action.delay_after,
                "ale_reduction": v.ale_reduction,
                "p90_reduction": v.p90_reduction,
                "one_off_cost": round(v.action.one_off_cost, 2),
                "monthly_cost": round(v.action.monthly_cost, 2),
                "monthly_fee_known": v.action.monthly_fee_known,
                "cost_per_year": v.cost_per_year,
                "payback_months": v.payback_months,
                "explanation": action_explanation(v),
                "not_worth_it_now": set_aside_reason(v) or None,
            }
            for v in recommendations.actions
        ],
        "portfolio": {
            "budget": recommendations.budget,
            "actions": [
                {
                    "id": item.action.id,
                    "function": item.action.function_id,
                    "channel": item.action.channel,
                    "title": item.action.title,
                    "marginal_ale_reduction": item.marginal_ale_reduction,
                    "cost_per_year": round(item.cost_per_year, 2),
                }
                for item in recommendations.portfolio
            ],
            "cost_per_year": round(recommendations.portfolio_cost, 2),
            "ale_after": recommendations.portfolio_ale,
            "p90_year_after": recommendations.portfolio_p90,
        },
        "warnings": [
            {
                "kind": w.kind,
                "function": w.function,
                "channel": w.channel,
                "message": warning_message(w),
            }
            for w in recommendations.warnings
        ],
    }
