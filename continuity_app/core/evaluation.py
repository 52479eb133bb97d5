"""Deterministic evaluation of a plan: loss per scenario, loss curves, MTPD, MBCO and ALE."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from continuity_app.core.clock import STEPS_PER_HOUR, start_step
from continuity_app.core.display import channel_name
from continuity_app.core.document import WEEKDAYS, Plan, Scenario
from continuity_app.core.i18n import short_number, translate
from continuity_app.core.impact import (
    CATEGORIES,
    DURATION_GRID,
    FunctionInputs,
    LossTable,
    ModelConstants,
    first_crossing,
    hourly_starts,
    loss_table,
    mbco_reached_after,
    outage_loss,
    step_factors,
)
from continuity_app.core.inputs import function_inputs, model_constants, price_per_message
from continuity_app.core.progress import Progress, report
from continuity_app.core.reference import ReferenceData


@dataclass(frozen=True)
class FunctionOutcome:
    """One function in one scenario."""

    function_id: str
    by_category: dict[str, float]
    volumes: dict[str, float]
    mbco: float | None
    mbco_reached_after_hours: float | None
    mbco_breach_hours: float | None
    mbco_breached: bool

    @property
    def total(self) -> float:
        return float(sum(self.by_category.values()))


@dataclass(frozen=True)
class ScenarioOutcome:
    """A scenario's loss averaged over start times (or at its pinned start)."""

    scenario: Scenario
    functions: tuple[FunctionOutcome, ...]
    worst_start: tuple[str, int]  # weekday, hour
    worst_start_loss: float
    curve_hours: np.ndarray
    curve_by_function: dict[str, np.ndarray]
    mtpd_hours: float | None

    @property
    def total(self) -> float:
        return float(sum(f.total for f in self.functions))

    @property
    def by_category(self) -> dict[str, float]:
        return {c: float(sum(f.by_category[c] for f in self.functions)) for c in CATEGORIES}

    @property
    def by_function(self) -> dict[str, float]:
        return {f.function_id: f.total for f in self.functions}

    @property
    def curve(self) -> np.ndarray:
        if not self.curve_by_function:
            return np.zeros_like(self.curve_hours)
        return np.sum(list(self.curve_by_function.values()), axis=0)

    @property
    def expected_yearly_loss(self) -> float:
        return self.total * self.scenario.frequency_per_year


@dataclass(frozen=True)
class Evaluation:
    """Everything the deterministic model says about a plan."""

    currency: str
    tolerance: float
    scenarios: tuple[ScenarioOutcome, ...]
    reference_scenario_id: str
    notes: tuple[str, ...] = field(default=())

    @property
    def ale(self) -> float:
        return float(sum(s.expected_yearly_loss for s in self.scenarios))

    @property
    def ale_by_function(self) -> dict[str, float]:
        result: dict[str, float] = {}
        for outcome in self.scenarios:
            for function_id, loss in outcome.by_function.items():
                result[function_id] = result.get(function_id, 0.0) + (
                    loss * outcome.scenario.frequency_per_year
                )
        return result

    @property
    def reference(self) -> ScenarioOutcome:
        return self.scenario(self.reference_scenario_id)

    @property
    def mtpd_hours(self) -> float | None:
        return self.reference.mtpd_hours

    def scenario(self, scenario_id: str) -> ScenarioOutcome:
        return next(s for s in self.scenarios if s.scenario.id == scenario_id)


def evaluate_scenario(
    plan: Plan,
    scenario: Scenario,
    inputs: list[FunctionInputs],
    constants: ModelConstants,
) -> ScenarioOutcome:
    """Loss of one scenario for every function, with its loss-over-duration curve."""
    failed = frozenset(scenario.failed_layers)
    durations = np.append(DURATION_GRID, scenario.duration_hours)
    starts = hourly_starts()
    pinned = pinned_start(scenario)
    outcomes = []
    curves: dict[str, np.ndarray] = {}
    worst_by_start = np.zeros(len(starts))
    for item in inputs:
        factors = step_factors(item, failed, durations, constants)
        table = loss_table(item, factors, pinned)
        outcomes.append(outcome_for(plan, item, table, factors.coverage, scenario.duration_hours))
        curves[item.function_id] = table.total(item)[0, :-1]
        if pinned is None:  # the worst start only matters when the start is not given
            worst_by_start += loss_table(item, factors.last_duration(), starts).total(item)[:, 0]
    if pinned is not None:
        worst_step = int(pinned[0])
        worst_loss = float(sum(o.total for o in outcomes))
    else:
        worst_index = int(np.argmax(worst_by_start))  # all zeros without functions: start 0
        worst_step = int(starts[worst_index])
        worst_loss = float(worst_by_start[worst_index])
    day, hour = divmod(worst_step // STEPS_PER_HOUR, 24)
    curve = np.sum(list(curves.values()), axis=0) if curves else np.zeros(len(DURATION_GRID))
    return ScenarioOutcome(
        scenario=scenario,
        functions=tuple(outcomes),
        worst_start=(WEEKDAYS[day], hour),
        worst_start_loss=worst_loss,
        curve_hours=DURATION_GRID,
        curve_by_function=curves,
        mtpd_hours=first_crossing(DURATION_GRID, curve, plan.tolerance.max_loss_per_outage),
    )


def scenario_loss(scenario: Scenario, item: FunctionInputs, constants: ModelConstants) -> float:
    """One function's loss in one scenario at its own duration, averaged over start times
    (or at its pinned start): the quick path for re-valuing variants of a plan."""
    durations = np.array([scenario.duration_hours])
    factors = step_factors(item, frozenset(scenario.failed_layers), durations, constants)
    return float(loss_table(item, factors, pinned_start(scenario)).total(item)[0, 0])


def pinned_start(scenario: Scenario) -> np.ndarray | None:
    """The scenario's pinned start step as the one row of a loss table; None when unpinned."""
    if scenario.start is None:
        return None
    return np.array([start_step(scenario.start.weekday, scenario.start.hour)])


def outcome_for(
    plan: Plan,
    item: FunctionInputs,
    table: LossTable,
    coverage_share: np.ndarray,
    duration: float,
) -> FunctionOutcome:
    """A function's loss at the scenario's own duration (the table's last column)."""
    loss = outage_loss(table, item, 0, -1)
    objective = plan.tolerance.functions.get(item.function_id)
    if objective is None:
        return FunctionOutcome(
            item.function_id, loss.by_category, loss.volumes, None, None, None, False
        )
    reached = mbco_reached_after(coverage_share, objective.mbco)
    breach = duration if reached is None else min(reached, duration)
    # an outage shorter than the allowed time cannot breach the objective
    breached = duration > objective.within_hours and (
        reached is None or reached > objective.within_hours
    )
    return FunctionOutcome(
        function_id=item.function_id,
        by_category=loss.by_category,
        volumes=loss.volumes,
        mbco=objective.mbco,
        mbco_reached_after_hours=reached,
        mbco_breach_hours=breach,
        mbco_breached=breached,
    )


def evaluate(plan: Plan, reference: ReferenceData, progress: Progress | None = None) -> Evaluation:
    """Evaluate every scenario of the plan at the likely value of every input.

    `progress` hears the share of scenarios done; Cancelled is raised when it returns False.
    """
    inputs = function_inputs(plan, reference)
    constants = model_constants(reference)
    outcomes = []
    for done, scenario in enumerate(plan.scenarios):
        report(progress, done / len(plan.scenarios))
        outcomes.append(evaluate_scenario(plan, scenario, inputs, constants))
    report(progress, 1.0)
    return Evaluation(
        currency=plan.business.currency,
        tolerance=plan.tolerance.max_loss_per_outage,
        scenarios=tuple(outcomes),
        reference_scenario_id=plan.reference_scenario().id,
        notes=tuple(evaluation_notes(plan, reference)),
    )


def evaluation_notes(plan: Plan, reference: ReferenceData) -> list[str]:
    """What the user should know about defaults the model had to use."""
    notes = []
    for fallback in plan.fallbacks:
        if fallback.cost_per_message is None and (
            price_per_message(plan, reference, fallback.channel) is None
        ):
            notes.append(
                translate(
                    "Evaluation",
                    "No price per message is known for {channel} ({function}); counted as free. "
                    "Enter one in the fallback to include it.",
                ).format(
                    channel=channel_name(reference, fallback.channel),
                    function=plan.function(fallback.function).name,
                )
            )
    if any(f.messages_per_interaction is None for f in plan.functions):
        notes.append(
            translate(
                "Evaluation", "Messages per interaction default to {count} where not given."
            ).format(count=short_number(reference.default("messages_per_interaction")))
        )
    return notes
