"""The impact model: what an outage of given layers and duration costs each business function.

Time runs in 15-minute steps from the outage start. In each step, interactions arrive on
the weekly clock; the surviving fallback channels serve a share F(t) of them; the rest are
blocked. Restoration is not a sharp edge: after the announced end D, service comes back over a
recovery tail of R hours (partial regions, queued messages delivered late), during which the
blocked share falls linearly to zero. A blocked counterpart arriving at t waits for service
(on average at D + R/2) with probability exp(-(D + R/2 - t) / patience) and is served after
restoration at a backlog cost; otherwise it gives up: a recapture share comes back later
(backlog cost; perishable demand never does), the rest are lost (revenue) and a churn share
never returns (lifetime value). A perishable interaction that gave up (today's lunch) has
gone elsewhere for good: it is never won back later. Nor does the day end at restoration:
customers with a same-day need who heard that WhatsApp was down have made other arrangements
for the rest of the day. Through the outage and for the rest of the day after it (a stated
window of H hours), at least the perishable share of arrivals times 1 - exp(-D / H), the share
who heard of an outage of D hours, is lost; this floor rises with the outage's length, so a
longer outage never costs less. Coordination work loses productivity while its WhatsApp share
is blocked during opening hours.

Everything is linear in the arrivals, so one set of per-step factors serves every start
time and every duration on the loss-curve grid; that keeps evaluation in milliseconds.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from continuity_app.core.clock import STEP_HOURS, STEPS_PER_HOUR, WEEK_STEPS
from continuity_app.core.kept import Kept

CATEGORIES: tuple[str, ...] = (
    "lost_revenue",
    "churn",
    "backlog",
    "fallback_messaging",
    "productivity",
)
VOLUMES: tuple[str, ...] = ("arrivals", "served_fallback", "waited", "recaptured", "lost")

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
    daily_volume: float  # interactions per open day that run through WhatsApp (V * w)
    value_per_lost: float  # revenue (or margin) lost with each lost interaction
    churn_value: float  # churn share times customer lifetime value
    backlog_cost: float
    recapture_share: float  # of those who gave up, the share won back (perishable ones excluded)
    perishable_share: float  # of the day's demand, the share that cannot wait for another day
    patience_hours: float
    messages_per_interaction: float
    productivity_per_hour: float  # staff affected * w * hourly cost * loss factor
    profile: np.ndarray  # WEEK_STEPS arrival weights, summing to the days with arrivals
    open_mask: np.ndarray  # WEEK_STEPS shares of each step the business is open
    fallbacks: tuple[ChannelReadiness, ...]


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


def _waited_and_gave_up(
    clock: tuple[np.ndarray, np.ndarray, np.ndarray],
    durations: np.ndarray,
    rest_of_day_hours: float,
    unserved: np.ndarray,
    best_share: np.ndarray,
    patience: np.ndarray,
    perishable: np.ndarray,
    out: tuple[np.ndarray, np.ndarray] | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Shares of each step's arrivals that wait for service and that give up, (..., steps,
    durations): the model's one non-linear part.

    `unserved` (the share the fallbacks do not serve) is (..., steps); `best_share`,
    `patience` and `perishable` are (...): a leading axis of draws, or none.
    """
    inside, remaining, rest_of_day = clock
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
        early = tuple(part[:rows] for part in clock)
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
        return sum(self.money(inputs).values())


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


def mbco_reached_after(coverage_share: np.ndarray, mbco: float) -> float | None:
    """Hours into an outage until fallbacks serve at least the MBCO share; None if never."""
    if mbco <= 0:
        return 0.0
    reached = np.flatnonzero(coverage_share >= mbco - 1e-12)
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
