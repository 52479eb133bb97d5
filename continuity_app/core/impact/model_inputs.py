"""What the impact model reads: one function's numbers, its fallbacks and the constants."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from typing import TypeVar, cast

import numpy as np

CATEGORIES: tuple[str, ...] = (
    "lost_revenue",
    "churn",
    "backlog",
    "fallback_messaging",
    "productivity",
)
VOLUMES: tuple[str, ...] = ("arrivals", "served_fallback", "waited", "recaptured", "lost")

_Share = TypeVar("_Share", float, np.ndarray)  # one share, or one per step

# Outage durations (hours) at which loss curves are drawn and the MTPD is read.
DURATION_GRID = np.array(
    [
        *(0.25, 0.5, 0.75, 1, 1.5, 2, 2.5, 3, 4, 5, 6, 7, 8, 10, 12, 14, 16, 18, 20, 24),
        *(30, 36, 42, 48, 60, 72, 84, 96, 120, 144, 168),
    ],
    dtype=float,
)

# Outage layers that send WhatsApp's users looking for another app at once (sign-up surges).
SURGE_TRIGGERS = frozenset({"whatsapp", "meta"})


@dataclass(frozen=True)
class ChannelReadiness:
    """One prepared fallback channel, priced in the plan currency."""

    channel: str
    readiness: float
    delay_hours: float
    cost_per_message: float
    layers: frozenset[str]
    surge_risk: bool

    def survives(self, failed_layers: frozenset[str]) -> bool:
        return not (self.layers & failed_layers)


@dataclass(frozen=True)
class MixShare:
    """The share of a function's interactions that runs on one channel, and its layers."""

    channel: str
    share: float
    layers: frozenset[str]


@dataclass(frozen=True)
class ModelConstants:
    """Stated modelling defaults (from resources/data/defaults.csv)."""

    ramp_hours: float
    surge_readiness_factor: float
    surge_hours: float
    recovery_hours: float
    rest_of_day_hours: float


@dataclass(frozen=True)
class FunctionInputs:
    """One function's numbers, resolved to plain floats in the plan currency."""

    function_id: str
    # interactions per open day: all of them (V), or in_outage's those on failed channels (V * w)
    daily_volume: float
    value_per_lost: float  # revenue (or margin) lost with each lost interaction
    churn_value: float  # churn share times customer lifetime value
    backlog_cost: float
    recapture_share: float  # of those who gave up, the share won back (perishable ones excluded)
    perishable_share: float  # of the day's demand, the share that cannot wait for another day
    patience_hours: float
    messages_per_interaction: float
    productivity_per_hour: float  # staff affected * hourly cost * loss factor (* w in_outage)
    profile: np.ndarray  # WEEK_STEPS arrival weights, summing to the days with arrivals
    open_mask: np.ndarray  # WEEK_STEPS shares of each step the business is open
    fallbacks: tuple[ChannelReadiness, ...]
    mix: tuple[MixShare, ...] = ()  # empty once in_outage has applied it

    def blocked_share(self, failed_layers: frozenset[str]) -> float:
        """w: the share of the interactions on channels with a failed layer (at most all)."""
        total = sum((m.share for m in self.mix if m.layers & failed_layers), 0.0)
        # np.minimum: the Monte Carlo's inputs hold one share per simulated year
        return cast(float, np.minimum(total, 1.0))

    def served_share(self, failed_layers: frozenset[str], coverage: np.ndarray) -> np.ndarray:
        """Of the interactions on the mix's channels, the share served at each step, given
        the fallbacks' coverage of those cut off: those on surviving channels are served as
        usual. What the mix leaves to unnamed channels is left out, as before the mix: nothing
        says how much of it is served, or when."""
        named = min(1.0, sum(m.share for m in self.mix))
        return served_of(named, self.blocked_share(failed_layers), coverage)


def served_of(named: float, cut: float, coverage: _Share) -> _Share:
    """Of the interactions on a mix's named channels (`named` of all), the share served when
    `cut` of all are cut off and fallbacks reach `coverage` of those: the rest on surviving
    channels is served as usual. The model and outage mode's standing both count it so."""
    surviving = named - cut
    if surviving <= 0:  # every named channel is cut off
        return coverage
    return (surviving + cut * coverage) / named


def in_outage(inputs: FunctionInputs, failed_layers: frozenset[str]) -> FunctionInputs:
    """The inputs an outage of these layers meets: the volume and the coordination work on
    channels with a failed layer; those on surviving channels carry on as usual."""
    share = inputs.blocked_share(failed_layers)
    return replace(
        inputs,
        daily_volume=inputs.daily_volume * share,
        productivity_per_hour=inputs.productivity_per_hour * share,
        mix=(),
    )


def scenario_key(inputs: FunctionInputs, failed_layers: frozenset[str]) -> tuple:
    """What one function's loss in an outage of these layers depends on: a fallback that
    fails with them changes nothing, so variants that differ only there share the key (and
    the work, for the caches of the evaluation and the simulation)."""
    surviving = tuple(f for f in inputs.fallbacks if f.readiness > 0 and f.survives(failed_layers))
    return (
        failed_layers,
        inputs.daily_volume,
        inputs.value_per_lost,
        inputs.churn_value,
        inputs.backlog_cost,
        inputs.recapture_share,
        inputs.perishable_share,
        inputs.patience_hours,
        inputs.messages_per_interaction,
        inputs.productivity_per_hour,
        digest(inputs.profile),
        digest(inputs.open_mask),
        surviving,
    )


def digest(array: np.ndarray) -> bytes:
    """A short fingerprint of an array for the keys of kept results: the weekly series are
    5 kB each, and thousands of keys holding them whole took tens of MB in a long session."""
    return hashlib.blake2b(np.ascontiguousarray(array).tobytes(), digest_size=16).digest()
