"""The fast path: loss tables from a kept table without fallbacks, corrected for their ramp."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from continuity_app.core.clock import STEP_HOURS
from continuity_app.core.impact.coverage import coverage
from continuity_app.core.impact.model_inputs import FunctionInputs, ModelConstants, digest
from continuity_app.core.impact.outage_clock import _outage_clock, _waited_and_gave_up
from continuity_app.core.impact.starts import AverageOver, Starts, _StartSums
from continuity_app.core.impact.steps import LossTable
from continuity_app.core.kept import Kept


def fallback_free_key(inputs: FunctionInputs) -> tuple:
    """What a function's table without fallbacks depends on, per unit of volume."""
    return (
        inputs.patience_hours,
        inputs.perishable_share,
        digest(inputs.profile),
        digest(inputs.open_mask),
    )


@dataclass(frozen=True)
class FallbackFreeTable:
    """Sums for each row of starts (see by_start) and each duration of a function with no
    fallback, per interaction a day, side by side in `parts` (4, rows, durations): arrivals
    inside the outage, those who waited, those who gave up, and open hours inside it."""

    parts: np.ndarray


# Columns are summed a few at a time, shortest first: each group's arrays then run only until
# its own longest outage is over, and stay under the 128 kB above which glibc maps a block
# afresh (and the window fixes that threshold, core.gui.memory): mapping and faulting in every
# working array took half the time of an evaluation.
_COLUMNS_AT_ONCE = 8


def fallback_free_table(
    inputs: FunctionInputs, durations: np.ndarray, constants: ModelConstants, starts: Starts
) -> FallbackFreeTable:
    """The sums of FallbackFreeTable, per step of the outage against arrivals from each start."""
    durations = np.asarray(durations, dtype=float)
    arrivals = _StartSums(inputs.profile, starts)
    open_steps = _StartSums(inputs.open_mask, starts)
    parts = np.empty((4, arrivals.rows, len(durations)))
    order = np.argsort(durations, kind="stable")
    for columns in np.array_split(order, -(-len(order) // _COLUMNS_AT_ONCE)):
        clock = _outage_clock(
            durations[columns].tobytes(), constants.recovery_hours, constants.rest_of_day_hours
        )
        inside = clock[0]
        waited, gave_up = _waited_and_gave_up(
            clock,
            durations[columns],
            constants.rest_of_day_hours,
            np.ones(inside.shape[0]),
            np.float64(0.0),
            np.float64(inputs.patience_hours),
            np.float64(inputs.perishable_share),
        )
        summed = arrivals(np.concatenate([inside, waited, gave_up], axis=1))
        parts[:3, :, columns] = summed.reshape(len(summed), 3, -1).transpose(1, 0, 2)
        parts[3][:, columns] = open_steps(inside * STEP_HOURS)
    return FallbackFreeTable(parts)


def _starts_key(starts: Starts) -> bytes | None:
    if isinstance(starts, AverageOver):
        return b"average" + digest(starts.weights)
    return None if starts is None else np.asarray(starts).tobytes()


# Tables without fallbacks for averages and pinned starts, kept across edits and the variants
# a recommendation values (only fallbacks change): about 3 kB each with its key, at most ~6 MB
# (a 50 x 20 plan's recommendations use about 2,000).
_FALLBACK_FREE: Kept[FallbackFreeTable] = Kept(2048)


def kept_fallback_free_table(
    inputs: FunctionInputs, durations: np.ndarray, constants: ModelConstants, starts: Starts
) -> FallbackFreeTable:
    """fallback_free_table, kept by what it depends on."""
    durations = np.asarray(durations, dtype=float)
    key = (fallback_free_key(inputs), durations.tobytes(), constants, _starts_key(starts))
    return _FALLBACK_FREE.get(
        key, lambda: fallback_free_table(inputs, durations, constants, starts)
    )


def table_with_fallbacks(
    draws: list[FunctionInputs],
    failed_layers: frozenset[str],
    durations: np.ndarray,
    constants: ModelConstants,
    starts: Starts,
    bases: list[FallbackFreeTable],
) -> LossTable:
    """loss_table(draw, step_factors(draw, ...), starts) for one function or several draws of
    it (same arrival profile and opening hours), from each one's table without fallbacks
    (`bases`, for the same durations and starts); rows run over the draws, then the starts.

    Once every fallback has reached its final share b (after its delay, ramp and any surge),
    each step's factors are those without fallbacks times 1 - b (served: b times the arrivals
    inside), because the rest-of-day floor scales with 1 - b too. So the table is the base
    scaled, plus a correction summed directly over the few steps before that point.
    """
    durations = np.asarray(durations, dtype=float)
    covered = [coverage(d.fallbacks, failed_layers, constants) for d in draws]
    share = np.stack([c[0] for c in covered])  # (draws, steps)
    messages = np.array([d.messages_per_interaction for d in draws])
    price = np.stack([c[1] for c in covered]) * messages[:, None]
    final, final_price = share[:, -1:], price[:, -1:]
    volume = np.array([d.daily_volume for d in draws])[:, None, None]
    # (draws, rows of starts, durations) each
    inside, waited, gave_up, open_inside = np.stack([b.parts for b in bases], axis=1)
    scale = (1.0 - final)[..., None]
    served = volume * final[..., None] * inside
    waited = volume * scale * waited
    gave_up = volume * scale * gave_up
    messaging = final_price[..., None] * served
    open_hours = scale * open_inside
    clock = _outage_clock(
        durations.tobytes(), constants.recovery_hours, constants.rest_of_day_hours
    )
    changing = np.flatnonzero(((share != final) | (price != final_price)).any(axis=0))
    rows = min(int(changing[-1]) + 1 if changing.size else 0, clock[0].shape[0])
    if rows:
        early = (clock[0][:rows], clock[1][:rows], clock[2][:rows])
        patience = np.array([d.patience_hours for d in draws])
        perishable = np.array([d.perishable_share for d in draws])
        hours = constants.rest_of_day_hours
        ramping = share[:, :rows, None]
        waited_now, gave_up_now = _waited_and_gave_up(
            early, durations, hours, 1.0 - share[:, :rows], final[:, 0], patience, perishable
        )
        waited_free, gave_up_free = _waited_and_gave_up(
            early,
            durations,
            hours,
            np.ones((len(draws), rows)),
            0.0 * patience,
            patience,
            perishable,
        )
        inside = early[0]
        n = len(durations)
        # actual minus scaled factors over the early steps: served, waited, gave up, messaging
        correction = np.empty((len(draws), rows, 4, n))
        served_now = correction[:, :, 0]
        np.multiply(inside, ramping, out=served_now)
        np.multiply(served_now, price[:, :rows, None], out=correction[:, :, 3])
        correction[:, :, 3] -= (final_price * final)[..., None] * inside
        served_now -= final[..., None] * inside
        np.subtract(waited_now, scale * waited_free, out=correction[:, :, 1])
        np.subtract(gave_up_now, scale * gave_up_free, out=correction[:, :, 2])
        weights = _StartSums(draws[0].profile, starts).early(rows)
        extra = weights @ correction.reshape(len(draws), rows, 4 * n)
        extra = extra.reshape(len(draws), -1, 4, n) * volume[..., None]
        served = served + extra[:, :, 0]
        waited = waited + extra[:, :, 1]
        gave_up = gave_up + extra[:, :, 2]
        messaging = messaging + extra[:, :, 3]
        open_weights = _StartSums(draws[0].open_mask, starts).early(rows)
        open_hours = open_hours + open_weights @ (
            (final[..., None] - ramping) * inside * STEP_HOURS
        )
    flat = [table.reshape(-1, len(durations)) for table in (served, waited, gave_up, messaging)]
    return LossTable(
        arrivals=flat[0] + flat[1] + flat[2],
        served=flat[0],
        waited=flat[1],
        gave_up=flat[2],
        messaging=flat[3],
        blocked_open_hours=open_hours.reshape(-1, len(durations)),
    )


def summed_table(
    draws: list[FunctionInputs],
    failed_layers: frozenset[str],
    durations: np.ndarray,
    constants: ModelConstants,
    starts: AverageOver | np.ndarray,
) -> LossTable:
    """loss_table(draw, step_factors(draw, ...), starts) for a few starts or averages over
    them, for one function or several draws of it; rows run over the draws, then the starts.

    This is the fast path: no per-step table is built but over a fallback's first hours, and
    the table without fallbacks is kept across edits and variants.
    """
    bases = [kept_fallback_free_table(d, durations, constants, starts) for d in draws]
    return table_with_fallbacks(draws, failed_layers, durations, constants, starts, bases)
