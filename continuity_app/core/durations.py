"""How long a scenario's outages last: a log-normal truncated to the scenario's class of lengths.

The history splits Meta-wide outages into two scenarios (shorter and longer than 10 hours); an
unbounded spread fitted to the shorter ones would draw long ones too and count them twice. So
each scenario's lengths follow a log-normal around its typical length, truncated to the class
bounds: the deterministic model averages over it at equal-probability points, and the Monte
Carlo draws from the same distribution, so that both give the same expected year.
"""

from __future__ import annotations

from dataclasses import dataclass
from statistics import NormalDist

import numpy as np

from continuity_app.core.clock import HORIZON_HOURS, STEP_HOURS
from continuity_app.core.document import Scenario

# Points at which the deterministic model averages a scenario's loss over its lengths.
EXPECTATION_POINTS = 16

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
        """Lengths at the middle of equal-probability slices: their plain mean of any loss is
        its expectation over the spread."""
        if self.sigma <= 0 or self.low >= self.high:
            return np.array([self.median])
        return self.quantile((np.arange(EXPECTATION_POINTS) + 0.5) / EXPECTATION_POINTS)
