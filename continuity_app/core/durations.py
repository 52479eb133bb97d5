"""How long a scenario's outages last: a log-normal truncated to the scenario's class of lengths.

The history splits Meta-wide outages into two scenarios (shorter and longer than 10 hours); an
unbounded spread fitted to the shorter ones would draw long ones too and count them twice. So
each scenario's lengths follow a log-normal around its typical length, truncated to the class
bounds: the deterministic model averages over it at equal-probability points, and the Monte
Carlo draws from the same distribution, so that both give the same expected year.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from statistics import NormalDist

import numpy as np

from continuity_app.core.clock import HORIZON_HOURS, STEP_HOURS
from continuity_app.core.plan import Scenario

# Points at which the deterministic model averages a scenario's loss over its lengths.
EXPECTATION_POINTS = 8

_NORMAL = NormalDist()
_inverse = np.vectorize(_NORMAL.inv_cdf, otypes=[float])


@dataclass(frozen=True)
class DurationSpread:
    """Outage lengths in hours: log-normal with this median and log spread, within [low, high]."""

    median: float
    sigma: float
    low: float
    high: float

    @classmethod
    def of(cls, scenario: Scenario) -> DurationSpread:
        """The scenario's spread; its bounds always include its typical length."""
        low = scenario.duration_min_hours or STEP_HOURS
        high = scenario.duration_max_hours or HORIZON_HOURS
        median = scenario.duration_hours
        return cls(median, scenario.duration_log_sigma, min(low, median), max(high, median))

    def quantile(self, probability: np.ndarray) -> np.ndarray:
        """The length below which this share of outages ends."""
        probability = np.asarray(probability, dtype=float)
        if self.sigma <= 0 or self.low >= self.high:
            return np.full(probability.shape, self.median)
        below = _NORMAL.cdf(np.log(self.low / self.median) / self.sigma)
        above = _NORMAL.cdf(np.log(self.high / self.median) / self.sigma)
        shares = np.clip(below + probability * (above - below), 1e-12, 1 - 1e-12)
        hours = self.median * np.exp(self.sigma * _inverse(shares))
        return np.clip(hours, self.low, self.high)

    def expectation_points(self) -> np.ndarray:
        """The mean length within each of EXPECTATION_POINTS equal-probability slices: a loss
        that grows about in proportion to the hours, averaged over these, is its expectation
        over the spread (the slice's middle would miss the long tail of the last slice)."""
        return _expectation_points(self)


@lru_cache(maxsize=256)
def _expectation_points(spread: DurationSpread) -> np.ndarray:
    # a plan's few spreads come back for every function and every variant valued
    if spread.sigma <= 0 or spread.low >= spread.high:
        return np.array([spread.median])
    lo = np.log(spread.low / spread.median) / spread.sigma
    hi = np.log(spread.high / spread.median) / spread.sigma
    below, above = _NORMAL.cdf(lo), _NORMAL.cdf(hi)
    cuts = below + (above - below) * np.linspace(0, 1, EXPECTATION_POINTS + 1)
    z = np.concatenate([[lo], _inverse(np.clip(cuts[1:-1], 1e-12, 1 - 1e-12)), [hi]])
    # E[exp(sigma Z) | a < Z < b] = exp(sigma^2 / 2) (Phi(b - sigma) - Phi(a - sigma)) /
    # (Phi(b) - Phi(a)) for a standard normal Z
    shifted = np.array([_NORMAL.cdf(v - spread.sigma) for v in z])
    means = spread.median * np.exp(spread.sigma**2 / 2) * np.diff(shifted) / np.diff(cuts)
    points = np.clip(means, spread.low, spread.high)
    points.flags.writeable = False
    return points
