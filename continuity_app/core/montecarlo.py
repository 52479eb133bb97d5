"""Monte Carlo over outage count, duration, start time and uncertain inputs; seeded.

Each trial is one year: the number of outages of each scenario is Poisson with the
scenario's frequency, each outage draws a start hour and a duration from the scenario's
spread (a log-normal truncated to its class of lengths, core.durations), and the
year draws every uncertain input from its low/likely/high range (PERT). The per-outage
distribution comes from as many single outages, drawn in proportion to their frequencies.

Speed comes from tables: for each scenario and function the model is run once per start
hour on a grid of durations at unit volume; money then scales linearly with volume, value
per interaction, churn, backlog cost, recapture and productivity, which are drawn per trial
exactly. Patience and readiness act non-linearly: they are drawn a few times, and each
draw rescales the table by its start-averaged ratio to the likely case. The perishable share
scales recapture (drawn per trial) and sets the rest-of-day floor, which the tables take at
the likely value unless patience or readiness are drawn too.

Every uncertain input draws from its own random stream, keyed by its name and the seed, so
changing one function (as a recommendation does) leaves every other draw as it was: the
difference between two plans is not drowned in sampling noise.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, replace
from functools import cache, partial
from typing import cast

import numpy as np

from continuity_app.core.clock import STEPS_PER_HOUR, WEEK_STEPS
from continuity_app.core.durations import DurationSpread
from continuity_app.core.impact import (
    AverageOver,
    FallbackFreeTable,
    FunctionInputs,
    LossTable,
    ModelConstants,
    fallback_free_key,
    fallback_free_table,
    hourly_starts,
    scenario_key,
    summed_table,
    table_with_fallbacks,
)
from continuity_app.core.inputs import Pick, inputs_for, model_constants
from continuity_app.core.kept import Kept
from continuity_app.core.plan import Function, Plan, Range, Uncertain, likely
from continuity_app.core.progress import Progress, report
from continuity_app.core.reference import ReferenceData

PERCENTILES = (50, 90, 99)
# Shares of a scenario's outages ending by each point of the duration grid the tables are
# computed on (the bounds of the spread are added); interpolation fills the rest.
GRID_PROBABILITIES = np.array([0.001, 0.02, 0.1, 0.25, 0.5, 0.75, 0.9, 0.98, 0.999])
NONLINEAR_DRAWS = 8
COMPONENTS = ("gave_up", "waited", "messaging", "blocked_open_hours")
_YEARS, _SINGLES, _NONLINEAR = 1, 2, 100  # stream purposes
# The inputs that scale money linearly, drawn per trial.
_MONEY_FIELDS = (
    "daily_volume",
    "value_per_lost",
    "churn_value",
    "backlog_cost",
    "recapture_share",
    "productivity_per_hour",
)


@dataclass(frozen=True)
class MonteCarloResult:
    """Simulated loss distributions and the loss exceedance curve."""

    trials: int
    seed: int
    per_outage: dict[str, float]
    per_year: dict[str, float]
    mean_per_year: float
    exceedance_loss: np.ndarray
    exceedance_probability: np.ndarray


def pert(rng: np.random.Generator, value: Uncertain, size: int) -> np.ndarray:
    """Draws from a PERT distribution over a range; a plain number is drawn as itself."""
    if not isinstance(value, Range) or value.high <= value.low:
        return np.full(size, likely(value))
    span = value.high - value.low
    alpha = 1.0 + 4.0 * (value.likely - value.low) / span
    beta = 1.0 + 4.0 * (value.high - value.likely) / span
    return value.low + span * rng.beta(alpha, beta, size)


def _stream(seed: int, key: str, purpose: int) -> np.random.Generator:
    return np.random.default_rng([seed, zlib.crc32(key.encode("utf-8")), purpose])


def _array_pick(seed: int, purpose: int, size: int) -> Pick:
    # cast: one draw per trial goes where a Pick gives a float; inputs_for's arithmetic is the
    # same on an array (numpy broadcasts), and _money reads those fields back as arrays.
    return lambda value, key: cast(float, pert(_stream(seed, key, purpose), value, size))


def _scalar_pick(seed: int, purpose: int) -> Pick:
    return lambda value, key: _scalar_draw(seed, purpose, key, value)


@cache
def _scalar_draw(seed: int, purpose: int, key: str, value: Uncertain) -> float:
    # cached: recommendations re-draw the same inputs for many variants of one plan
    return float(pert(_stream(seed, key, purpose), value, 1)[0])


@dataclass(frozen=True)
class _Outages:
    """Sampled outages: which trial, which scenario, when they start and how long they last."""

    trial: np.ndarray
    scenario: np.ndarray
    start: np.ndarray  # hour of the week
    duration: np.ndarray  # hours
    draw: np.ndarray  # per trial: which non-linear draw it uses


def _sample(plan: Plan, trials: int, seed: int) -> tuple[_Outages, _Outages]:
    rng = np.random.default_rng([seed, 0])
    frequencies = np.array([s.frequency_per_year for s in plan.scenarios])
    counts = rng.poisson(frequencies[None, :], (trials, len(frequencies)))
    flat = counts.ravel()
    trial = np.repeat(np.repeat(np.arange(trials), len(frequencies)), flat)
    scenario = np.repeat(np.tile(np.arange(len(frequencies)), trials), flat)

    spreads = [DurationSpread.of(s) for s in plan.scenarios]

    def outages(trial: np.ndarray, scenario: np.ndarray) -> _Outages:
        start = rng.integers(0, WEEK_STEPS // STEPS_PER_HOUR, len(trial))
        share = rng.random(len(trial))
        duration = np.zeros(len(trial))
        for s, spread in enumerate(spreads):
            chosen = scenario == s
            duration[chosen] = spread.quantile(share[chosen])
        return _Outages(
            trial=trial,
            scenario=scenario,
            start=start,
            duration=duration,
            draw=rng.integers(0, NONLINEAR_DRAWS, trials),
        )

    years = outages(trial, scenario)
    total = float(frequencies.sum())
    if total > 0:
        single_scenario = rng.choice(len(frequencies), trials, p=frequencies / total)
    else:
        single_scenario = np.zeros(0, dtype=int)
    singles = outages(np.arange(len(single_scenario)), single_scenario)
    return years, singles


def _has_nonlinear_ranges(plan: Plan, function_id: str) -> bool:
    function = plan.function(function_id)
    return isinstance(function.patience_hours, Range) or any(
        isinstance(f.readiness, Range) for f in plan.fallbacks_for(function_id)
    )


@dataclass(frozen=True)
class _Tables:
    """Unit-volume loss components for one scenario and function: (starts, durations)."""

    durations: np.ndarray
    components: np.ndarray  # (hourly starts, durations, COMPONENTS)
    ratios: np.ndarray  # (draws, durations, COMPONENTS): non-linear draw vs likely, averaged


@dataclass(frozen=True)
class _Where:
    """Where one scenario's sampled outages fall on its tables (fixed once sampled)."""

    chosen: np.ndarray  # which of the sampled outages are this scenario's
    trials: np.ndarray
    low: np.ndarray  # grid column at or below each outage's length
    high: np.ndarray
    # rows of the tables flattened to (start, column): at the low and the high column
    low_rows: np.ndarray
    high_rows: np.ndarray
    weight: np.ndarray  # of the high column, (outages, 1)


def _compact(value: float | np.ndarray) -> float | np.ndarray:
    """A per-trial draw as one number when every trial drew the same (an input without range)."""
    array = np.asarray(value, dtype=float)
    if array.ndim == 0 or array.size == 0 or array.min() == array.max():
        return float(array.flat[0]) if array.size else value
    return array


def _unit(inputs: FunctionInputs) -> FunctionInputs:
    return replace(inputs, daily_volume=1.0)


def _components(table: LossTable) -> np.ndarray:
    return np.stack([getattr(table, name) for name in COMPONENTS], axis=-1)


def _tables(
    unit: FunctionInputs,
    draws: list[FunctionInputs],
    failed: frozenset[str],
    durations: np.ndarray,
    constants: ModelConstants,
    base: FallbackFreeTable,
) -> _Tables:
    """`unit` and its `draws` at unit volume; `base` is unit's table without fallbacks."""
    starts = hourly_starts()
    components = _components(
        table_with_fallbacks([unit], failed, durations, constants, starts, [base])
    )
    ratios = np.ones((max(len(draws), 1), len(durations), len(COMPONENTS)))
    if draws:
        week = AverageOver.week()
        averaged = _components(summed_table([unit, *draws], failed, durations, constants, week))
        np.divide(averaged[1:], averaged[0][None], out=ratios, where=averaged[0][None] > 0)
    return _Tables(durations, components, ratios)


def _grid(spread: DurationSpread) -> np.ndarray:
    """The durations a scenario's tables are computed on: up to the length that one outage in
    100,000 exceeds (longer ones count as that long), so that a spread without an upper bound
    is not computed over the whole week for its rarest draws."""
    top = spread.quantile(np.array([1 - 1e-5]))
    return np.unique(np.concatenate([spread.quantile(GRID_PROBABILITIES), [spread.low], top]))


# Tables kept for re-use across the variants a recommendation values (about 50 kB each).
_MAX_TABLES = 1024
# Tables without fallbacks, from which each variant's are made: one per function and scenario
# (about 60 kB each); recommendations value a function's variants one after the other.
_MAX_FALLBACK_FREE = 256


def _where(outages: _Outages, scenario: int, grid: np.ndarray) -> _Where:
    chosen = np.flatnonzero(outages.scenario == scenario)
    # linear in hours: a loss grows about in proportion to the hours blocked
    position = np.interp(outages.duration[chosen], grid, np.arange(len(grid)))
    low = np.clip(np.floor(position).astype(int), 0, len(grid) - 1)
    high = np.clip(low + 1, 0, len(grid) - 1)
    starts = outages.start[chosen]
    return _Where(
        chosen=chosen,
        trials=outages.trial[chosen],
        low=low,
        high=high,
        low_rows=starts * len(grid) + low,
        high_rows=starts * len(grid) + high,
        weight=(position - low)[:, None],
    )


@dataclass(frozen=True)
class _Money:
    """A function's linear inputs drawn per trial, and per scenario the share it cuts off."""

    linear: dict[str, float | np.ndarray]
    cut_off: tuple[float | np.ndarray, ...]


def _per_outage(cut_off: float | np.ndarray, where: _Where) -> float | np.ndarray:
    """A scenario's cut-off share for each of its sampled outages, as a column."""
    if isinstance(cut_off, np.ndarray):
        return cut_off[where.trials][:, None]
    return cut_off


def _interpolate(tables: _Tables, where: _Where, draws: np.ndarray | None) -> np.ndarray:
    """Components for each of a scenario's sampled outages, (outages, COMPONENTS); `draws`
    are the non-linear draws of their trials (None: no input is drawn non-linearly)."""
    flat = tables.components.reshape(-1, len(COMPONENTS))
    low = flat.take(where.low_rows, axis=0)
    high = flat.take(where.high_rows, axis=0)
    if draws is not None:
        low *= tables.ratios[draws, where.low]
        high *= tables.ratios[draws, where.high]
    high -= low
    high *= where.weight
    low += high
    return low


class MonteCarlo:
    """Sampled years and outages for one plan's scenarios, reusable across variants of it."""

    def __init__(
        self,
        plan: Plan,
        reference: ReferenceData,
        trials: int | None = None,
        seed: int | None = None,
    ) -> None:
        self.trials = trials or plan.settings.monte_carlo_trials
        self.seed = plan.settings.seed if seed is None else seed
        self.reference = reference
        self.constants = model_constants(reference)
        self.scenarios = tuple(plan.scenarios)
        self.years, self.singles = _sample(plan, self.trials, self.seed)
        self.grids = [_grid(DurationSpread.of(s)) for s in plan.scenarios]
        self._tables: Kept[_Tables] = Kept(_MAX_TABLES)
        self._fallback_free: Kept[FallbackFreeTable] = Kept(_MAX_FALLBACK_FREE)
        # where each scenario's sampled outages fall on its tables, for years and singles
        self._wheres = {
            purpose: [_where(outages, s, grid) for s, grid in enumerate(self.grids)]
            for purpose, outages in ((_YEARS, self.years), (_SINGLES, self.singles))
        }
        self._money_cache: dict[tuple[int, str, str, str], _Money] = {}

    def function_losses(self, plan: Plan, function_id: str) -> tuple[np.ndarray, np.ndarray]:
        """One function's loss in each simulated year and in each single outage.

        `plan` may differ from the one sampled in anything but its scenarios.
        """
        function = plan.function(function_id)
        tables, nonlinear = self._function_tables(plan, function)
        return (
            self._outage_losses(plan, function, tables, nonlinear, _YEARS),
            self._outage_losses(plan, function, tables, nonlinear, _SINGLES),
        )

    def yearly_losses(self, plan: Plan, function_id: str) -> np.ndarray:
        """One function's loss in each simulated year only (what recommendations compare)."""
        function = plan.function(function_id)
        tables, nonlinear = self._function_tables(plan, function)
        return self._outage_losses(plan, function, tables, nonlinear, _YEARS)

    def _function_tables(self, plan: Plan, function: Function) -> tuple[list[_Tables], bool]:
        """Unit-volume tables of one function for every scenario; True when some draws differ."""
        if tuple(plan.scenarios) != self.scenarios:
            raise ValueError("the plan's scenarios changed; sample a new MonteCarlo")
        likely_inputs = inputs_for(plan, self.reference, function)
        draws = []
        if _has_nonlinear_ranges(plan, function.id):
            draws = [
                inputs_for(plan, self.reference, function, _scalar_pick(self.seed, _NONLINEAR + k))
                for k in range(NONLINEAR_DRAWS)
            ]
        unit = _unit(likely_inputs)
        unit_draws = [_unit(d) for d in draws]
        base_key = fallback_free_key(unit)
        tables = []
        for scenario, grid in zip(plan.scenarios, self.grids, strict=True):
            failed = frozenset(scenario.failed_layers)
            # a variant whose only change fails in this scenario has the baseline's tables
            key = (
                scenario_key(likely_inputs, failed),
                tuple(scenario_key(d, failed) for d in draws),
                grid.tobytes(),
            )
            compute = partial(self._scenario_tables, unit, unit_draws, base_key, failed, grid)
            tables.append(self._tables.get(key, compute))
        return tables, bool(draws)

    def _scenario_tables(
        self,
        unit: FunctionInputs,
        unit_draws: list[FunctionInputs],
        base_key: tuple,
        failed: frozenset[str],
        grid: np.ndarray,
    ) -> _Tables:
        """One scenario's tables, from the kept table without fallbacks when there is one."""
        base = self._fallback_free.get(
            (base_key, grid.tobytes()),
            partial(fallback_free_table, unit, grid, self.constants, hourly_starts()),
        )
        return _tables(unit, unit_draws, failed, grid, self.constants, base)

    def _outage_losses(
        self,
        plan: Plan,
        function: Function,
        tables: list[_Tables],
        nonlinear: bool,
        purpose: int,
    ) -> np.ndarray:
        """Losses of the simulated years (summed per trial) or of the single outages.

        Money is linear in the components with coefficients drawn per trial, so a year's
        components are summed over its outages before they are priced; each outage's are first
        scaled by the share of the function its scenario cuts off.
        """
        outages = self.years if purpose == _YEARS else self.singles
        if outages.trial.size == 0:
            return np.zeros(self.trials if purpose == _YEARS else 0)
        draw = outages.draw if nonlinear else None
        components = np.zeros((len(outages.trial), len(COMPONENTS)))
        money = self._money(plan, function, purpose)
        for s, where in enumerate(self._wheres[purpose]):
            if where.chosen.size:
                components[where.chosen] = _interpolate(
                    tables[s], where, None if draw is None else draw[where.trials]
                ) * _per_outage(money.cut_off[s], where)
        if purpose == _YEARS:
            components = np.stack(
                [
                    np.bincount(outages.trial, weights=column, minlength=self.trials)
                    for column in components.T
                ],
                axis=1,
            )
        # one row per trial now: a year, or a single outage (the singles are one per trial)
        gave_up, waited, messaging, blocked_hours = components.T
        m = money.linear
        lost = gave_up * (1 - m["recapture_share"])
        recaptured = gave_up * m["recapture_share"]
        return (
            m["daily_volume"]
            * (
                lost * (m["value_per_lost"] + m["churn_value"])
                + (waited + recaptured) * m["backlog_cost"]
                + messaging
            )
            + blocked_hours * m["productivity_per_hour"]
        )

    def _money(self, plan: Plan, function: Function, purpose: int) -> _Money:
        """The per-trial draws of a function's linear inputs, and its share cut off by each
        scenario (the channel mix is linear too); fallbacks change neither.

        Cached per function, so the variants a recommendation values reuse them; an input
        drawn as one value for every trial is kept as that value.
        """
        key = (
            purpose,
            function.model_dump_json(),
            plan.business.model_dump_json(),
            plan.settings.loss_basis,
        )
        if key not in self._money_cache:
            pick = _array_pick(self.seed, purpose, self.trials)
            inputs = inputs_for(plan, self.reference, function, pick)
            self._money_cache[key] = _Money(
                {name: _compact(getattr(inputs, name)) for name in _MONEY_FIELDS},
                tuple(
                    _compact(inputs.blocked_share(frozenset(s.failed_layers)))
                    for s in self.scenarios
                ),
            )
        return self._money_cache[key]

    def result(self, plan: Plan, progress: Progress | None = None) -> MonteCarloResult:
        """Every function's losses added up, summarised."""
        per_year = np.zeros(self.trials)
        per_outage = np.zeros(len(self.singles.trial))
        for done, function in enumerate(plan.functions):
            report(progress, done / max(len(plan.functions), 1))
            year, single = self.function_losses(plan, function.id)
            per_year += year
            per_outage += single
        report(progress, 1.0)
        return summarise(per_year, per_outage, self.trials, self.seed)


def summarise(
    per_year: np.ndarray, per_outage: np.ndarray, trials: int, seed: int
) -> MonteCarloResult:
    """Percentiles, mean and exceedance curve of simulated losses."""
    if per_outage.size == 0:
        per_outage = np.zeros(1)
    loss_points, probability = exceedance_curve(per_year)
    return MonteCarloResult(
        trials=trials,
        seed=seed,
        per_outage=percentiles(per_outage),
        per_year=percentiles(per_year),
        mean_per_year=float(per_year.mean()),
        exceedance_loss=loss_points,
        exceedance_probability=probability,
    )


def simulate(
    plan: Plan,
    reference: ReferenceData,
    trials: int | None = None,
    seed: int | None = None,
    progress: Progress | None = None,
) -> MonteCarloResult:
    """Simulate `trials` years and as many single outages; the same seed gives the same result."""
    return MonteCarlo(plan, reference, trials, seed).result(plan, progress)


def percentiles(values: np.ndarray) -> dict[str, float]:
    """P50, P90 and P99 of simulated losses."""
    return {f"p{p}": float(np.percentile(values, p)) for p in PERCENTILES}


def exceedance_curve(yearly: np.ndarray, points: int = 60) -> tuple[np.ndarray, np.ndarray]:
    """Yearly losses and the probability that a year loses more than each of them."""
    ordered = np.sort(yearly)
    top = ordered[-1] if ordered.size else 0.0
    losses = np.linspace(0.0, top, points)
    probability = 1.0 - np.searchsorted(ordered, losses, side="right") / max(ordered.size, 1)
    return losses, probability
