"""The model's weekly clock: 15-minute steps, opening hours and arrival profiles."""

from __future__ import annotations

from functools import cache

import numpy as np

from continuity_app.core.plan import WEEKDAYS, Business, Function

STEP_HOURS = 0.25
STEPS_PER_HOUR = 4
STEPS_PER_DAY = 24 * STEPS_PER_HOUR
WEEK_STEPS = 7 * STEPS_PER_DAY
HORIZON_HOURS = 168.0


def open_mask(business: Business) -> np.ndarray:
    """Share of each 15-minute step of the week (Monday 00:00 first) the business is open."""
    hours = tuple(tuple(business.opening_hours.get(day) or []) for day in WEEKDAYS)
    return _open_mask(hours).copy()


@cache
def _open_mask(hours: tuple[tuple[str, ...], ...]) -> np.ndarray:
    mask = np.zeros(WEEK_STEPS)
    for day_index, intervals in enumerate(hours):
        for interval in intervals:
            start_text, end_text = interval.split("-")
            start = _minutes(start_text) / 60.0
            end = _minutes(end_text) / 60.0
            base = day_index * STEPS_PER_DAY
            for step in range(int(start * STEPS_PER_HOUR), int(np.ceil(end * STEPS_PER_HOUR))):
                step_start = step * STEP_HOURS
                overlap = min(end, step_start + STEP_HOURS) - max(start, step_start)
                mask[base + step] = min(1.0, mask[base + step] + overlap / STEP_HOURS)
    return mask


def _minutes(text: str) -> int:
    hours, minutes = text.split(":")
    return int(hours) * 60 + int(minutes)


def weekly_profile(business: Business, function: Function, mask: np.ndarray) -> np.ndarray:
    """Share of an open day's interactions arriving in each step; sums to the number of days
    with arrivals, so that a business open five days gets its daily volume on each of them.

    With no measured hourly profile, interactions arrive while the business is open; a
    business with no opening hours at all is treated as always reachable.
    """
    if function.hourly_profile is not None:
        hourly = np.repeat(np.asarray(function.hourly_profile, dtype=float), STEPS_PER_HOUR)
        weights = np.tile(hourly, 7)
    else:
        weights = mask.copy() if mask.any() else np.ones(WEEK_STEPS)
    if function.weekday_profile is not None:
        days = np.repeat(np.asarray(function.weekday_profile, dtype=float), STEPS_PER_DAY)
        weights = weights * days
    total = weights.sum()
    if total <= 0:  # a measured profile that only covers closed days: fall back to flat
        weights, total = np.ones(WEEK_STEPS), float(WEEK_STEPS)
    return weights * (active_days(weights) / total)


def active_days(weekly: np.ndarray) -> int:
    """Days of the week with any weight in a weekly series of steps."""
    return int(np.count_nonzero(weekly.reshape(7, STEPS_PER_DAY).sum(axis=1) > 0))


def start_step(weekday: str, hour: float) -> int:
    """The week step at which an outage pinned to a weekday and hour starts."""
    return WEEKDAYS.index(weekday) * STEPS_PER_DAY + round(hour * STEPS_PER_HOUR)
