"""Sums over outage start times: averaged over the week, or per start (directly or by FFT)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from continuity_app.core.clock import STEPS_PER_HOUR, WEEK_STEPS


def hourly_starts() -> np.ndarray:
    """Every hour of the week as a start step: outages strike at any hour."""
    return np.arange(0, WEEK_STEPS, STEPS_PER_HOUR)


@dataclass(frozen=True)
class AverageOver:
    """Rows of a loss table that average over start hours, each with its own weights.

    `weights` is (rows, 168): how much each hourly start of the week counts in each row.
    """

    weights: np.ndarray

    @classmethod
    def week(cls) -> AverageOver:
        """Every hour of the week alike: an outage strikes at any hour."""
        return cls(np.full((1, WEEK_STEPS // STEPS_PER_HOUR), 1.0))

    @classmethod
    def week_and_open(cls, open_mask: np.ndarray) -> AverageOver:
        """Two rows: any hour of the week, and the hours the business is open (the outage a
        business remembers struck while it was open); always open when it has no hours."""
        opened = open_mask[::STEPS_PER_HOUR]
        if not opened.any():
            opened = np.ones_like(opened)
        return cls(np.stack([np.ones_like(opened), opened]))


Starts = np.ndarray | AverageOver | None


def by_start(weekly: np.ndarray, factors: np.ndarray, starts: Starts) -> np.ndarray:
    """Sum over the outage's steps of weekly[start + step] * factors[step], for each start.

    `starts` is an array of start steps (one row each), an AverageOver (one averaged row per
    set of weights) or None (the average over every hour of the week, one row).
    """
    return _StartSums(weekly, starts)(factors)


# Up to this many starts, direct sums beat the FFT over every step of the week; and for every
# hourly start, up to this many steps of outage.
_DIRECT_STARTS = 8
_DIRECT_ROWS = 160


class _StartSums:
    """by_start for one weekly series against several factor matrices, sharing the work."""

    def __init__(self, weekly: np.ndarray, starts: Starts) -> None:
        self.starts = starts
        self.weights = None
        if starts is None:
            starts = AverageOver.week()
        self.weekly = weekly
        if isinstance(starts, AverageOver) or len(starts) <= _DIRECT_STARTS:
            self.weights = start_weights(weekly, starts)
            self.rows = len(self.weights)
        else:
            self.spectrum = _spectrum(weekly.tobytes())
            self.rows = len(starts)

    def early(self, rows: int) -> np.ndarray:
        """The weights of the outage's first `rows` steps for each row, (rows of starts, rows)."""
        if self.weights is not None:
            return self.weights[:, :rows]
        steps = (np.asarray(self.starts)[:, None] + np.arange(rows)[None, :]) % WEEK_STEPS
        return self.weekly[steps]

    def __call__(self, factors: np.ndarray) -> np.ndarray:
        """Sums against factors for the outage's first steps (all zero after them)."""
        rows = factors.shape[0]
        if self.weights is not None:
            return self.weights[:, :rows] @ factors
        starts = np.asarray(self.starts)
        if rows <= _DIRECT_ROWS:
            # a short outage: the weekly series at each start's steps, gathered directly
            steps = (starts[:, None] + np.arange(rows)[None, :]) % WEEK_STEPS
            return self.weekly[steps] @ factors
        # a circular cross-correlation, for every start at once through the FFT
        product = self.spectrum * np.conj(np.fft.rfft(factors, n=WEEK_STEPS, axis=0))
        sums = np.fft.irfft(product, n=WEEK_STEPS, axis=0)[starts]
        # the FFT leaves rounding noise (about 1e-16 of the largest sum) where the exact sum
        # is zero, as for an outage at night: a year of such outages must lose nothing
        noise = 1e-12 * np.abs(self.weekly).max(initial=0.0) * np.abs(factors).sum(axis=0)
        sums[np.abs(sums) <= noise] = 0.0
        return sums


def start_weights(weekly: np.ndarray, starts: AverageOver | np.ndarray) -> np.ndarray:
    """How much each step after a start weighs in each row of a loss table, (rows, steps):
    averaged over starts, or the weekly series rotated to each of a few starts."""
    if isinstance(starts, AverageOver):
        return _averaged(weekly.tobytes(), starts.weights.tobytes())
    return np.stack([np.roll(weekly, -int(start)) for start in starts])


# The same weekly series comes back for every scenario and every variant a recommendation
# values (only fallbacks change), so its start sums are kept; each entry is a few kB.
@lru_cache(maxsize=512)
def _averaged(weekly_key: bytes, weights_key: bytes) -> np.ndarray:
    """Averaged over starts s with weights w, each step k sees sum_s w_s weekly[s + k]: a
    circular cross-correlation of the start weights with the weekly series."""
    weekly = np.frombuffer(weekly_key, dtype=float)
    weights = np.frombuffer(weights_key, dtype=float).reshape(-1, WEEK_STEPS // STEPS_PER_HOUR)
    grid = np.zeros((len(weights), WEEK_STEPS))
    grid[:, ::STEPS_PER_HOUR] = weights / weights.sum(axis=1, keepdims=True)
    spectrum = np.conj(np.fft.rfft(grid, axis=1)) * np.fft.rfft(weekly)[None, :]
    result = np.fft.irfft(spectrum, n=WEEK_STEPS, axis=1)
    result.flags.writeable = False
    return result


@lru_cache(maxsize=512)
def _spectrum(weekly_key: bytes) -> np.ndarray:
    result = np.fft.rfft(np.frombuffer(weekly_key, dtype=float))[:, None]
    result.flags.writeable = False
    return result
