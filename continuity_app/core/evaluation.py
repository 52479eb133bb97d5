"""Deterministic evaluation of a plan: loss per scenario, loss curves, MTPD, MBCO and ALE."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

import numpy as np

from continuity_app.core.clock import STEPS_PER_HOUR, start_step
from continuity_app.core.durations import DurationSpread
from continuity_app.core.impact import (
    CATEGORIES,
    DURATION_GRID,
    AverageOver,
    FunctionInputs,
    LossTable,
    ModelConstants,
    first_crossing,
    hourly_starts,
    in_outage,
    loss_table,
    mbco_reached_after,
    scenario_key,
    step_factors,
    summed_table,
)
from continuity_app.core.inputs import function_inputs, model_constants
from continuity_app.core.kept import Kept
from continuity_app.core.plan import WEEKDAYS, Plan, Scenario
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
    """A scenario's loss: the average outage (over start hours of the week and the scenario's
    spread of lengths, what the expected year adds up), and the planning figure (an outage of
    typical length that strikes while the business is open, what the business remembers).

    A scenario pinned to a start time uses that start for both. The loss curve and the MTPD
    are on the planning basis.
    """

    scenario: Scenario
    functions: tuple[FunctionOutcome, ...]
    planning_by_function: dict[str, float]
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

    @cached_property  # read for every channel and function a recommendation ranks
    def by_function(self) -> dict[str, float]:
        return {f.function_id: f.total for f in self.functions}

    @property
    def curve(self) -> np.ndarray:
        if not self.curve_by_function:
            return np.zeros_like(self.curve_hours)
        return np.sum(list(self.curve_by_function.values()), axis=0)

    @property
    def planning_loss(self) -> float:
        return float(sum(self.planning_by_function.values()))

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
    # what it was computed from: its notes are worded from them when read
    plan: Plan = field(repr=False, compare=False)
    reference_data: ReferenceData = field(repr=False, compare=False)

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


@dataclass(frozen=True)
class _Columns:
    """Which durations a scenario's loss tables hold, and what each group of columns is for."""

    durations: np.ndarray
    expectation: slice  # the equal-probability lengths: their mean is the average outage
    typical: int  # the scenario's typical length

    @classmethod
    def of(cls, scenario: Scenario, curve: bool = True) -> _Columns:
        grid = DURATION_GRID if curve else np.zeros(0)
        points = DurationSpread.of(scenario).expectation_points()
        durations = np.concatenate([grid, points, [scenario.duration_hours]])
        return cls(durations, slice(len(grid), len(grid) + len(points)), len(durations) - 1)

    def average(self, values: np.ndarray) -> np.ndarray:
        """The mean over the expectation columns, for each row."""
        return values[:, self.expectation].mean(axis=1)


def starts_for(scenario: Scenario, item: FunctionInputs) -> np.ndarray | AverageOver:
    """Rows of a scenario's loss tables: its pinned start, or the week and the opening hours."""
    pinned = pinned_start(scenario)
    return pinned if pinned is not None else AverageOver.week_and_open(item.open_mask)


def evaluate_scenario(
    plan: Plan,
    scenario: Scenario,
    inputs: list[FunctionInputs],
    constants: ModelConstants,
) -> ScenarioOutcome:
    """Loss of one scenario for every function, with its loss-over-duration curve."""
    failed = frozenset(scenario.failed_layers)
    columns = _Columns.of(scenario)
    starts = hourly_starts()
    pinned = pinned_start(scenario)
    outcomes = []
    planning: dict[str, float] = {}
    curves: dict[str, np.ndarray] = {}
    worst_by_start = np.zeros(len(starts))
    for each in inputs:
        item = in_outage(each, failed)
        table = summed_table(
            [item], failed, columns.durations, constants, starts_for(scenario, item)
        )
        # the typical length at every start: the worst start, and the fallbacks' coverage
        typical = step_factors(item, failed, columns.durations[[columns.typical]], constants)
        served = each.served_share(failed, typical.coverage)
        outcomes.append(outcome_for(plan, item, table, columns, served, scenario))
        totals = table.total(item)
        planning_row = totals[-1]  # the opening hours (or the pinned start)
        planning[item.function_id] = float(planning_row[columns.typical])
        curves[item.function_id] = planning_row[: len(DURATION_GRID)]
        if pinned is None:  # the worst start only matters when the start is not given
            worst_by_start += loss_table(item, typical, starts).total(item)[:, 0]
    if pinned is not None:
        worst_step = int(pinned[0])
        worst_loss = float(sum(planning.values()))
    else:
        worst_index = int(np.argmax(worst_by_start))  # all zeros without functions: start 0
        worst_step = int(starts[worst_index])
        worst_loss = float(worst_by_start[worst_index])
    day, hour = divmod(worst_step // STEPS_PER_HOUR, 24)
    curve = np.sum(list(curves.values()), axis=0) if curves else np.zeros(len(DURATION_GRID))
    return ScenarioOutcome(
        scenario=scenario,
        functions=tuple(outcomes),
        planning_by_function=planning,
        worst_start=(WEEKDAYS[day], hour),
        worst_start_loss=worst_loss,
        curve_hours=DURATION_GRID,
        curve_by_function=curves,
        mtpd_hours=first_crossing(DURATION_GRID, curve, plan.tolerance.max_loss_per_outage),
    )


def scenario_loss(scenario: Scenario, item: FunctionInputs, constants: ModelConstants) -> float:
    """One function's average loss in one scenario (over start hours and lengths, or at its
    pinned start): the quick path for re-valuing variants of a plan.

    Kept by what the loss depends on, so that variants of a plan whose only change fails in
    this scenario (a recommended channel on a failed layer) are not computed again.
    """
    shape = (
        scenario.duration_hours,
        scenario.duration_log_sigma,
        scenario.duration_min_hours,
        scenario.duration_max_hours,
        None if scenario.start is None else (scenario.start.weekday, scenario.start.hour),
    )
    failed = frozenset(scenario.failed_layers)
    met = in_outage(item, failed)
    key = (shape, scenario_key(met, failed), constants)
    return _LOSSES.get(key, lambda: _uncached_scenario_loss(scenario, met, constants))


_LOSSES: Kept[float] = Kept(4096)


def _uncached_scenario_loss(
    scenario: Scenario, item: FunctionInputs, constants: ModelConstants
) -> float:
    columns = _Columns.of(scenario, curve=False)
    pinned = pinned_start(scenario)
    table = summed_table(
        [item],
        frozenset(scenario.failed_layers),
        columns.durations,
        constants,
        pinned if pinned is not None else AverageOver.week(),
    )
    return float(columns.average(table.total(item))[0])


def pinned_start(scenario: Scenario) -> np.ndarray | None:
    """The scenario's pinned start step as the one row of a loss table; None when unpinned."""
    if scenario.start is None:
        return None
    return np.array([start_step(scenario.start.weekday, scenario.start.hour)])


def outcome_for(
    plan: Plan,
    item: FunctionInputs,
    table: LossTable,
    columns: _Columns,
    served_share: np.ndarray,
    scenario: Scenario,
) -> FunctionOutcome:
    """A function's average outage (the table's first row, the expectation columns), with its
    minimum-service objective checked at the scenario's typical length."""
    money = {k: float(columns.average(v)[0]) for k, v in table.money(item).items()}
    volumes = {k: float(columns.average(v)[0]) for k, v in table.volumes(item).items()}
    objective = plan.tolerance.functions.get(item.function_id)
    if objective is None:
        return FunctionOutcome(item.function_id, money, volumes, None, None, None, False)
    duration = scenario.duration_hours
    reached = mbco_reached_after(served_share, objective.mbco)
    breach = duration if reached is None else min(reached, duration)
    # an outage shorter than the allowed time cannot breach the objective
    breached = duration > objective.within_hours and (
        reached is None or reached > objective.within_hours
    )
    return FunctionOutcome(
        function_id=item.function_id,
        by_category=money,
        volumes=volumes,
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
        plan=plan,
        reference_data=reference,
    )
