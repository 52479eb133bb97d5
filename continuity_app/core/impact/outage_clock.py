"""The outage's clock per step and duration, and who waits or gives up: the one non-linear part."""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from continuity_app.core.clock import STEP_HOURS, STEPS_PER_HOUR, WEEK_STEPS


# Each entry is three (steps x durations) arrays: tens of kB for a group of summed columns, up to
# 0.2 MB for a simulation grid. 128 hold a plan's scenarios (their averages and grids, in groups)
# and stay bounded (a long session types many durations): at most ~25 MB.
@lru_cache(maxsize=128)
def _outage_clock(
    durations_key: bytes, recovery_hours: float, rest_of_day_hours: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Blocked share of each step (the outage, then its recovery tail), the time from its
    arrivals' midpoint until service returns (on average halfway through the tail), and the
    share of each step before the rest of the day is over; the steps run until the longest
    outage, its tail and the rest of its day are over (at most the week).

    All three depend only on the durations, which repeat across functions and plan variants.
    """
    durations = np.frombuffer(durations_key, dtype=float)[None, :]
    restored = durations + recovery_hours
    last = restored.max(initial=0.0) + rest_of_day_hours
    rows = min(WEEK_STEPS, int(np.ceil(last * STEPS_PER_HOUR)) + 1)
    starts = np.arange(rows)[:, None] * STEP_HOURS
    ends = starts + STEP_HOURS
    outage = np.clip(ends, None, durations) - np.clip(starts, None, durations)
    tail = _tail_integral(ends - durations, recovery_hours) - _tail_integral(
        starts - durations, recovery_hours
    )
    inside = (outage + tail) / STEP_HOURS
    # arrivals spread evenly over the blocked part of the step
    midpoint = starts + 0.5 * np.minimum(np.maximum(durations - starts, 0.0), STEP_HOURS)
    remaining = np.maximum(durations + recovery_hours / 2 - midpoint, 0.0)
    rest_of_day = np.clip((restored + rest_of_day_hours - starts) / STEP_HOURS, 0.0, 1.0)
    for array in (inside, remaining, rest_of_day):
        array.flags.writeable = False
    return inside, remaining, rest_of_day


def _tail_integral(after: np.ndarray, recovery_hours: float) -> np.ndarray:
    """Blocked hours of the recovery tail from its start until `after` hours past it."""
    if recovery_hours <= 0:
        return np.zeros_like(after)
    x = np.clip(after, 0.0, recovery_hours)
    return x - x * x / (2 * recovery_hours)


def _waited_and_gave_up(
    clock: tuple[np.ndarray, np.ndarray, np.ndarray],
    durations: np.ndarray,
    rest_of_day_hours: float,
    unserved: np.ndarray,
    best_share: np.ndarray | np.floating,
    patience: np.ndarray | np.floating,
    perishable: np.ndarray | np.floating,
    out: tuple[np.ndarray, np.ndarray] | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Shares of each step's arrivals that wait for service and that give up, (..., steps,
    durations): the model's one non-linear part.

    `unserved` (the share the fallbacks do not serve) is (..., steps); `best_share`,
    `patience` and `perishable` are (...): a leading axis of draws, or none.
    """
    inside, remaining, rest_of_day = clock
    # a single value as a 0-d array, indexed as the draws' arrays are (the same numbers)
    best_share, patience, perishable = (
        np.asarray(best_share),
        np.asarray(patience),
        np.asarray(perishable),
    )
    blocked = inside * unserved[..., None]
    waited, gave_up = out if out is not None else (np.empty_like(blocked), np.empty_like(blocked))
    np.multiply(remaining, (-1.0 / patience)[..., None, None], out=waited)
    np.exp(waited, out=waited)
    waited *= blocked
    np.subtract(blocked, waited, out=gave_up)
    # the rest-of-day floor: the perishable share of those the fallbacks at their best do not
    # serve, times the share of the day's customers who heard of the outage and made other
    # arrangements, which grows with its length on the scale of the rest of the day
    heard = -np.expm1(-durations / rest_of_day_hours)
    floor = (perishable * (1.0 - best_share))[..., None] * heard
    np.maximum(gave_up, rest_of_day * floor[..., None, :], out=gave_up)
    # the floor takes its customers from those who would have waited, never twice
    np.subtract(blocked, gave_up, out=waited)
    np.maximum(waited, 0.0, out=waited)
    return waited, gave_up
