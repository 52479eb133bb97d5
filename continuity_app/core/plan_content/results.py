"""The core results a printed plan quotes, computed as the CLI's evaluate and recommend do."""

from __future__ import annotations

from dataclasses import dataclass

from continuity_app.core.evaluation import Evaluation, evaluate
from continuity_app.core.montecarlo import MonteCarloResult, simulate
from continuity_app.core.outlook import Outlook, outlook
from continuity_app.core.plan import Plan
from continuity_app.core.recommend import Recommendations, recommend
from continuity_app.core.reference import ReferenceData


@dataclass(frozen=True)
class PlanResults:
    """The core results the plan quotes: the same objects `evaluate` and `recommend` print."""

    evaluation: Evaluation
    monte_carlo: MonteCarloResult
    recommendations: Recommendations
    outlook: Outlook  # today and when every open preparation task is done


def compute_results(plan: Plan, reference: ReferenceData) -> PlanResults:
    """Evaluate, simulate and recommend exactly as the CLI's evaluate and recommend do."""
    evaluation = evaluate(plan, reference)
    monte_carlo = simulate(plan, reference)
    return PlanResults(
        evaluation=evaluation,
        monte_carlo=monte_carlo,
        recommendations=recommend(plan, reference, evaluation=evaluation),
        outlook=outlook(plan, reference, evaluation, monte_carlo=monte_carlo),
    )
