"""Monte Carlo over outage count, duration, start time and uncertain inputs; seeded.

Each trial is one year: the number of outages of each scenario is Poisson with the
scenario's frequency, each outage draws a start hour and a log-normal duration, and the
year draws every uncertain input from its low/likely/high range (PERT). The per-outage
distribution comes from as many single outages, drawn in proportion to their frequencies.

Speed comes from tables: for each scenario and function the model is run once per start
hour on a grid of durations at unit volume; money then scales linearly with volume, value
per interaction, churn, backlog cost, recapture and productivity, which are drawn per trial
exactly. Patience and readiness act non-linearly: they are drawn a few times, and each
draw rescales the table by its start-averaged ratio to the likely case.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from continuity_app.core.clock import STEPS_PER_HOUR, WEEK_STEPS
from continuity_app.core.document import Plan, Range, Uncertain, likely
from continuity_app.core.impact import (
    FunctionInputs,
    ModelConstants,
    hourly_starts,
    loss_table,
    step_factors,
)
from continuity_app.core.inputs import function_inputs, model_constants
from continuity_app.core.reference import ReferenceData

PERCENTILES = (50, 90, 99)
DURATION_QUANTILES = np.linspace(-3.0, 3.0, 13)  # standard-normal points for the duration grid
NONLINEAR_DRAWS = 12
COMPONENTS = ("gave_up", "waited", "messaging", "blocked_open_hours")


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


@dataclass(frozen=True)
class _Tables:
    """Unit-volume loss components for one scenario and function: (starts, durations)."""

    durations: np.ndarray
    components: dict[str, np.ndarray]
    ratios: np.ndarray  # (draws, component, durations): non-linear draw vs likely, start-averaged


def _unit(inputs: FunctionInputs) -> FunctionInputs:
    return replace(inputs, daily_volume=1.0)


def _component_arrays(table) -> dict[str, np.ndarray]:
    return {name: getattr(table, name) for name in COMPONENTS}


def _tables(
    likely_inputs: FunctionInputs,
    draws: list[FunctionInputs],
    failed: frozenset[str],
    durations: np.ndarray,
    constants: ModelConstants,
) -> _Tables:
    unit = _unit(likely_inputs)
    starts = hourly_starts()
    factors = step_factors(unit, failed, durations, constants)
    components = _component_arrays(loss_table(unit, factors, starts))
    base = _component_arrays(loss_table(unit, factors, None))
    ratios = np.ones((len(draws), len(COMPONENTS), len(durations)))
    for d, draw in enumerate(draws):
        drawn = _unit(draw)
        averaged = _component_arrays(
            loss_table(drawn, step_factors(drawn, failed, durations, constants), None)
        )
        for c, name in enumerate(COMPONENTS):
            numerator, denominator = averaged[name][0], base[name][0]
            ratios[d, c] = np.divide(
                numerator, denominator, out=np.ones_like(numerator), where=denominator > 0
            )
    return _Tables(durations, components, ratios)


def _has_nonlinear_ranges(plan: Plan) -> bool:
    return any(isinstance(f.patience_hours, Range) for f in plan.functions) or any(
        isinstance(f.readiness, Range) for f in plan.fallbacks
    )


def _linear_draws(plan: Plan, rng: np.random.Generator, size: int) -> list[dict[str, np.ndarray]]:
    """Per function, the money multipliers drawn for each trial."""
    business = plan.business
    margin = (
        pert(rng, business.gross_margin, size)
        if plan.settings.loss_basis == "margin"
        else np.ones(size)
    )
    lifetime = pert(rng, business.customer_lifetime_value, size)
    result = []
    for function in plan.functions:
        share = pert(rng, function.whatsapp_share, size)
        productivity = np.zeros(size)
        if function.staff_affected is not None and function.productivity_loss is not None:
            productivity = (
                function.staff_affected
                * share
                * business.staff_hourly_cost
                * pert(rng, function.productivity_loss, size)
            )
        result.append(
            {
                "volume": pert(rng, function.daily_interactions, size) * share,
                "value": pert(rng, function.revenue_per_interaction, size) * margin,
                "churn": pert(rng, function.churn_share, size) * lifetime,
                "backlog": pert(rng, function.backlog_cost, size),
                "recapture": pert(rng, function.recapture_share, size),
                "productivity": productivity,
            }
        )
    return result


def _interpolate(tables: _Tables, starts, durations, draws) -> dict[str, np.ndarray]:
    """Components for each sampled outage, interpolated in log-duration."""
    grid = np.log(tables.durations)
    position = np.interp(np.log(durations), grid, np.arange(len(grid)))
    low = np.clip(np.floor(position).astype(int), 0, len(grid) - 1)
    high = np.clip(low + 1, 0, len(grid) - 1)
    weight = position - low
    result = {}
    for c, name in enumerate(COMPONENTS):
        values = tables.components[name] * 1.0
        ratio = tables.ratios[draws, c]
        scaled_low = values[starts, low] * ratio[np.arange(len(low)), low]
        scaled_high = values[starts, high] * ratio[np.arange(len(high)), high]
        result[name] = scaled_low * (1 - weight) + scaled_high * weight
    return result


def _outage_losses(
    plan: Plan,
    tables: list[list[_Tables]],
    multipliers: list[dict[str, np.ndarray]],
    scenario_index: np.ndarray,
    trial_index: np.ndarray,
    rng: np.random.Generator,
    draw_of_trial: np.ndarray,
) -> np.ndarray:
    """Money lost in each sampled outage."""
    count = len(scenario_index)
    losses = np.zeros(count)
    starts = rng.integers(0, WEEK_STEPS // STEPS_PER_HOUR, count)
    noise = rng.standard_normal(count)
    for s, scenario in enumerate(plan.scenarios):
        chosen = np.flatnonzero(scenario_index == s)
        if chosen.size == 0:
            continue
        duration = np.clip(
            scenario.duration_hours * np.exp(scenario.duration_log_sigma * noise[chosen]),
            0.25,
            168.0,
        )
        trials = trial_index[chosen]
        for f, table in enumerate(tables[s]):
            parts = _interpolate(table, starts[chosen], duration, draw_of_trial[trials])
            m = {k: v[trials] for k, v in multipliers[f].items()}
            lost = parts["gave_up"] * (1 - m["recapture"])
            recaptured = parts["gave_up"] * m["recapture"]
            losses[chosen] += (
                m["volume"]
                * (
                    lost * (m["value"] + m["churn"])
                    + (parts["waited"] + recaptured) * m["backlog"]
                    + parts["messaging"]
                )
                + parts["blocked_open_hours"] * m["productivity"]
            )
    return losses


def simulate(
    plan: Plan, reference: ReferenceData, trials: int | None = None, seed: int | None = None
) -> MonteCarloResult:
    """Simulate `trials` years and as many single outages; the same seed gives the same result."""
    trials = trials or plan.settings.monte_carlo_trials
    seed = plan.settings.seed if seed is None else seed
    rng = np.random.default_rng(seed)
    constants = model_constants(reference)
    likely_inputs = function_inputs(plan, reference)
    draw_count = NONLINEAR_DRAWS if _has_nonlinear_ranges(plan) else 1
    draws = (
        [likely_inputs]
        if draw_count == 1
        else [
            function_inputs(plan, reference, pick=lambda v: float(pert(rng, v, 1)[0]))
            for _ in range(draw_count)
        ]
    )
    tables = []
    for scenario in plan.scenarios:
        grid = np.unique(
            np.clip(
                scenario.duration_hours * np.exp(scenario.duration_log_sigma * DURATION_QUANTILES),
                0.25,
                168.0,
            )
        )
        failed = frozenset(scenario.failed_layers)
        tables.append(
            [
                _tables(item, [d[f] for d in draws], failed, grid, constants)
                for f, item in enumerate(likely_inputs)
            ]
        )
    frequencies = np.array([s.frequency_per_year for s in plan.scenarios])
    total_frequency = float(frequencies.sum())

    # Years: outage counts per scenario, inputs drawn once per year.
    year_multipliers = _linear_draws(plan, rng, trials)
    year_draw = rng.integers(0, draw_count, trials)
    counts = rng.poisson(frequencies[None, :], (trials, len(frequencies)))
    trial_index = np.repeat(np.repeat(np.arange(trials), len(frequencies)), counts.ravel())
    scenario_index = np.repeat(np.tile(np.arange(len(frequencies)), trials), counts.ravel())
    outage_losses = _outage_losses(
        plan, tables, year_multipliers, scenario_index, trial_index, rng, year_draw
    )
    per_year = np.bincount(trial_index, weights=outage_losses, minlength=trials)

    # Single outages, scenarios in proportion to their frequency.
    if total_frequency > 0:
        single_scenario = rng.choice(len(frequencies), trials, p=frequencies / total_frequency)
        single_multipliers = _linear_draws(plan, rng, trials)
        single_draw = rng.integers(0, draw_count, trials)
        per_outage = _outage_losses(
            plan,
            tables,
            single_multipliers,
            single_scenario,
            np.arange(trials),
            rng,
            single_draw,
        )
    else:
        per_outage = np.zeros(trials)

    loss_points, probability = exceedance_curve(per_year)
    return MonteCarloResult(
        trials=trials,
        seed=seed,
        per_outage=_percentiles(per_outage),
        per_year=_percentiles(per_year),
        mean_per_year=float(per_year.mean()),
        exceedance_loss=loss_points,
        exceedance_probability=probability,
    )


def _percentiles(values: np.ndarray) -> dict[str, float]:
    return {f"p{p}": float(np.percentile(values, p)) for p in PERCENTILES}


def exceedance_curve(yearly: np.ndarray, points: int = 60) -> tuple[np.ndarray, np.ndarray]:
    """Yearly losses and the probability that a year loses more than each of them."""
    ordered = np.sort(yearly)
    top = ordered[-1] if ordered.size else 0.0
    losses = np.linspace(0.0, top, points)
    probability = 1.0 - np.searchsorted(ordered, losses, side="right") / max(ordered.size, 1)
    return losses, probability
