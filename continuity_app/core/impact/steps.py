"""The per-step loss factors of one function, and the loss table summed from them."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from continuity_app.core.clock import STEP_HOURS
from continuity_app.core.impact.coverage import coverage
from continuity_app.core.impact.model_inputs import FunctionInputs, ModelConstants
from continuity_app.core.impact.outage_clock import _outage_clock, _waited_and_gave_up
from continuity_app.core.impact.starts import Starts, _StartSums, by_start

# The arrival-driven factors, side by side in one array so that one correlation sums them all.
ARRIVAL_PARTS: tuple[str, ...] = ("inside", "served", "waited", "gave_up", "messaging")


@dataclass(frozen=True)
class StepFactors:
    """Per-step, per-duration factors: multiply by arrivals (or open hours) and sum over steps.

    `stacked` holds ARRIVAL_PARTS side by side, (steps, parts * durations): inside (the share
    of each step's arrivals the outage touched: blocked, or lost for the rest of the day),
    served, waited, gave_up and messaging (price per arrival served on a fallback).
    """

    stacked: np.ndarray
    blocked_hours: np.ndarray  # (steps, durations): hours blocked, to multiply by the open mask
    coverage: np.ndarray  # (steps,)

    @property
    def durations(self) -> int:
        return self.blocked_hours.shape[1]

    def column(self, index: int) -> StepFactors:
        """The factors of one duration only."""
        n = self.durations
        picked = [i * n + index for i in range(len(ARRIVAL_PARTS))]
        return StepFactors(
            stacked=self.stacked[:, picked],
            blocked_hours=self.blocked_hours[:, index : index + 1],
            coverage=self.coverage,
        )


def step_factors(
    inputs: FunctionInputs,
    failed_layers: frozenset[str],
    durations: np.ndarray,
    constants: ModelConstants,
) -> StepFactors:
    """Factors for every step of the week and every outage duration asked for."""
    served_share, price = coverage(inputs.fallbacks, failed_layers, constants)
    durations = np.asarray(durations, dtype=float)
    clock = _outage_clock(
        durations.tobytes(), constants.recovery_hours, constants.rest_of_day_hours
    )
    inside = clock[0]
    # past the longest outage, its recovery and the rest of its day every factor is zero:
    # those steps are left out
    rows, n = inside.shape
    stacked = np.empty((rows, len(ARRIVAL_PARTS) * n))
    touched, served, waited, gave_up, messaging = (
        stacked[:, i * n : (i + 1) * n] for i in range(len(ARRIVAL_PARTS))
    )
    # written in place: these arrays are the model's largest, made for every function
    np.multiply(inside, served_share[:rows, None], out=served)
    _waited_and_gave_up(
        clock,
        durations,
        constants.rest_of_day_hours,
        1.0 - served_share[:rows],
        served_share.max(initial=0.0),
        np.float64(inputs.patience_hours),
        np.float64(inputs.perishable_share),
        out=(waited, gave_up),
    )
    np.multiply(served, (price[:rows] * inputs.messages_per_interaction)[:, None], out=messaging)
    np.add(served, waited, out=touched)
    touched += gave_up
    blocked_hours = np.subtract(inside, served)
    blocked_hours *= STEP_HOURS
    return StepFactors(stacked=stacked, blocked_hours=blocked_hours, coverage=served_share)


@dataclass(frozen=True)
class LossTable:
    """Loss components for several starts (rows) and durations (columns)."""

    arrivals: np.ndarray
    served: np.ndarray
    waited: np.ndarray
    gave_up: np.ndarray
    messaging: np.ndarray
    blocked_open_hours: np.ndarray

    def money(self, inputs: FunctionInputs) -> dict[str, np.ndarray]:
        lost = self.gave_up * (1.0 - inputs.recapture_share)
        recaptured = self.gave_up * inputs.recapture_share
        return {
            "lost_revenue": lost * inputs.value_per_lost,
            "churn": lost * inputs.churn_value,
            "backlog": (self.waited + recaptured) * inputs.backlog_cost,
            "fallback_messaging": self.messaging,
            "productivity": self.blocked_open_hours * inputs.productivity_per_hour,
        }

    def volumes(self, inputs: FunctionInputs) -> dict[str, np.ndarray]:
        return {
            "arrivals": self.arrivals,
            "served_fallback": self.served,
            "waited": self.waited,
            "recaptured": self.gave_up * inputs.recapture_share,
            "lost": self.gave_up * (1.0 - inputs.recapture_share),
        }

    def total(self, inputs: FunctionInputs) -> np.ndarray:
        # started from zeros, not 0: the sum of arrays is an array to the type checker too
        return sum(self.money(inputs).values(), np.zeros_like(self.gave_up))


def loss_table(inputs: FunctionInputs, factors: StepFactors, starts: Starts) -> LossTable:
    """Sum the step factors against arrivals: rows are start steps or averages over them
    (see by_start), columns are durations."""
    # one correlation for every arrival-driven component: far fewer, larger FFTs
    summed = _StartSums(inputs.profile * inputs.daily_volume, starts)(factors.stacked)
    arrivals, served, waited, gave_up, messaging = np.split(summed, len(ARRIVAL_PARTS), axis=1)
    return LossTable(
        arrivals=arrivals,
        served=served,
        waited=waited,
        gave_up=gave_up,
        messaging=messaging,
        blocked_open_hours=by_start(inputs.open_mask, factors.blocked_hours, starts),
    )


def mbco_reached_after(served_share: np.ndarray, mbco: float) -> float | None:
    """Hours into an outage until at least the MBCO share is served; None if never."""
    if mbco <= 0:
        return 0.0
    reached = np.flatnonzero(served_share >= mbco - 1e-12)
    if reached.size == 0:
        return None
    return float(reached[0] * STEP_HOURS)


def first_crossing(durations: np.ndarray, losses: np.ndarray, limit: float) -> float | None:
    """The first duration at which a rising loss curve exceeds the limit (interpolated)."""
    above = np.flatnonzero(losses > limit)
    if above.size == 0:
        return None
    i = int(above[0])
    if i == 0:
        return float(durations[0] * limit / losses[0]) if losses[0] > 0 else float(durations[0])
    d0, d1, l0, l1 = durations[i - 1], durations[i], losses[i - 1], losses[i]
    return float(d0 + (limit - l0) * (d1 - d0) / (l1 - l0))
