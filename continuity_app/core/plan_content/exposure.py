"""Each function's exposure in the outage the plan is measured on, and its minimum service."""

from __future__ import annotations

from dataclasses import dataclass

from continuity_app.core.evaluation import Evaluation
from continuity_app.core.impact import first_crossing
from continuity_app.core.plan import Plan, Uncertain


@dataclass(frozen=True)
class MinimumService:
    """A function's minimum service, and whether the reference outage breaches it."""

    share: float
    within_hours: float
    breached: bool
    hours: float | None  # breached for so long, or met after so long


@dataclass(frozen=True)
class Exposure:
    """One function's loss while open, its yearly loss and the outage it can bear alone."""

    function_id: str
    name: str
    channel_mix: dict[str, Uncertain]  # the function's, as the plan holds it
    planning_loss: float
    yearly_loss: float
    bearable_alone_hours: float | None  # None: never within the week
    minimum_service: MinimumService | None


def exposures(plan: Plan, evaluation: Evaluation) -> list[Exposure]:
    """The rows of the exposure table, in the order the evaluation lists the functions."""
    outcome = evaluation.reference
    rows = []
    for item in outcome.functions:
        function = plan.function(item.function_id)
        curve = outcome.curve_by_function.get(item.function_id)
        alone = (
            first_crossing(outcome.curve_hours, curve, evaluation.tolerance)
            if curve is not None
            else None
        )
        service = None
        if item.mbco is not None:
            service = MinimumService(
                share=item.mbco,
                within_hours=plan.tolerance.functions[item.function_id].within_hours,
                breached=item.mbco_breached,
                hours=item.mbco_breach_hours
                if item.mbco_breached
                else item.mbco_reached_after_hours,
            )
        rows.append(
            Exposure(
                function_id=item.function_id,
                name=function.name,
                channel_mix=function.channel_mix,
                planning_loss=outcome.planning_by_function[item.function_id],
                yearly_loss=evaluation.ale_by_function.get(item.function_id, 0.0),
                bearable_alone_hours=alone,
                minimum_service=service,
            )
        )
    return rows
