"""The share of arrivals the surviving fallbacks serve at each step, and its price."""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from continuity_app.core.clock import STEP_HOURS, WEEK_STEPS
from continuity_app.core.impact.model_inputs import SURGE_TRIGGERS, ChannelReadiness, ModelConstants


def step_midpoints() -> np.ndarray:
    """Hours since the outage start at the middle of each step."""
    return (np.arange(WEEK_STEPS) + 0.5) * STEP_HOURS


def coverage(
    fallbacks: tuple[ChannelReadiness, ...],
    failed_layers: frozenset[str],
    constants: ModelConstants,
) -> tuple[np.ndarray, np.ndarray]:
    """Share of arrivals served on fallbacks at each step, and their mean price per message."""
    return _coverage(fallbacks, failed_layers, constants)


# The same fallbacks come back for each scenario that fails the same layers, for each table
# of a function and for every variant a recommendation values; an entry is 11 kB.
@lru_cache(maxsize=256)
def _coverage(
    fallbacks: tuple[ChannelReadiness, ...],
    failed_layers: frozenset[str],
    constants: ModelConstants,
) -> tuple[np.ndarray, np.ndarray]:
    hours = step_midpoints()
    unserved = np.ones(WEEK_STEPS)
    weighted_price = np.zeros(WEEK_STEPS)
    weight = np.zeros(WEEK_STEPS)
    surge = bool(failed_layers & SURGE_TRIGGERS)
    for fallback in fallbacks:
        if not fallback.survives(failed_layers) or fallback.readiness <= 0:
            continue
        if constants.ramp_hours > 0:
            ramp = np.clip((hours - fallback.delay_hours) / constants.ramp_hours, 0.0, 1.0)
        else:
            ramp = (hours >= fallback.delay_hours).astype(float)
        if surge and fallback.surge_risk:
            ramp[hours < constants.surge_hours] *= constants.surge_readiness_factor
        reach = fallback.readiness * ramp
        unserved *= 1.0 - reach
        weighted_price += reach * fallback.cost_per_message
        weight += reach
    price = np.divide(weighted_price, weight, out=np.zeros_like(weight), where=weight > 0)
    share = 1.0 - unserved
    share.flags.writeable = False
    price.flags.writeable = False
    return share, price
