"""The impact model: hand-computed cases and the properties DESIGN.md requires."""

from __future__ import annotations

import math
from dataclasses import replace

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from continuity_app.core.clock import WEEK_STEPS
from continuity_app.core.impact import (
    AverageOver,
    ChannelReadiness,
    FunctionInputs,
    ModelConstants,
    fallback_free_table,
    first_crossing,
    hourly_starts,
    loss_table,
    mbco_reached_after,
    step_factors,
    summed_table,
    table_with_fallbacks,
)

FLAT = np.full(WEEK_STEPS, 7.0 / WEEK_STEPS)  # 1/96 of a day's interactions in every step
ALWAYS_OPEN = np.ones(WEEK_STEPS)
NO_RAMP = ModelConstants(
    ramp_hours=0.0,
    surge_readiness_factor=0.5,
    surge_hours=6.0,
    recovery_hours=0.0,
    rest_of_day_hours=6.0,
)
META = frozenset({"whatsapp", "meta"})


def function(**changes) -> FunctionInputs:
    base = FunctionInputs(
        function_id="orders",
        daily_volume=96.0,  # with the flat profile: exactly one arrival per 15-minute step
        value_per_lost=10.0,
        churn_value=10.0,
        backlog_cost=2.0,
        recapture_share=0.5,
        perishable_share=0.0,
        patience_hours=1.0,
        messages_per_interaction=2.0,
        productivity_per_hour=0.0,
        profile=FLAT,
        open_mask=ALWAYS_OPEN,
        fallbacks=(),
    )
    return replace(base, **changes)


def channel(readiness=0.5, delay=0.0, price=0.1, layers=("cellular",), surge=False):
    return ChannelReadiness("sms", readiness, delay, price, frozenset(layers), surge)


def losses(inputs, hours, failed=META, constants=NO_RAMP):
    """Money by category and volumes for one outage, averaged over start times."""
    durations = np.array([float(hours)])
    factors = step_factors(inputs, failed, durations, constants)
    table = loss_table(inputs, factors, None)
    money = {k: float(v[0, 0]) for k, v in table.money(inputs).items()}
    volumes = {k: float(v[0, 0]) for k, v in table.volumes(inputs).items()}
    return money, volumes


def test_hand_computed_no_fallback_one_hour():
    """Four arrivals, patience 1 h, nothing to fall back on.

    Arrivals at 0.125, 0.375, 0.625 and 0.875 h have 0.875, 0.625, 0.375 and 0.125 h of
    outage left, so each waits with probability exp(-left / 1 h):
      waited  = e^-0.875 + e^-0.625 + e^-0.375 + e^-0.125 = 2.52191
      gave up = 4 - 2.52191 = 1.47809; half come back later (0.73904), half are lost.
    Lost revenue = 0.73904 x 10 = 7.3904; churn = 0.73904 x 10 = 7.3904;
    backlog = (2.52191 + 0.73904) x 2 = 6.5219.
    """
    money, volumes = losses(function(), 1.0)
    waited = sum(math.exp(-x) for x in (0.875, 0.625, 0.375, 0.125))
    assert volumes["arrivals"] == pytest.approx(4.0)
    assert volumes["waited"] == pytest.approx(waited)
    assert volumes["lost"] == pytest.approx((4 - waited) / 2)
    assert money["lost_revenue"] == pytest.approx(7.3904, abs=1e-4)
    assert money["churn"] == pytest.approx(7.3904, abs=1e-4)
    assert money["backlog"] == pytest.approx(6.5219, abs=1e-4)
    assert money["fallback_messaging"] == 0
    assert sum(money.values()) == pytest.approx(21.3027, abs=1e-3)


def test_hand_computed_half_ready_fallback():
    """SMS reaches half the counterparts from the first minute; nobody gives up.

    Patience is effectively endless, so every blocked counterpart waits.
    Served on SMS = 4 x 0.5 = 2, at 2 messages x 0.1 = 0.4 in messaging;
    the other 2 wait and cost 2 x 1 = 2 in backlog. Total 2.4.
    """
    inputs = function(patience_hours=1e9, backlog_cost=1.0, fallbacks=(channel(),))
    money, volumes = losses(inputs, 1.0)
    assert volumes["served_fallback"] == pytest.approx(2.0)
    assert volumes["waited"] == pytest.approx(2.0)
    assert money["fallback_messaging"] == pytest.approx(0.4)
    assert money["backlog"] == pytest.approx(2.0)
    assert money["lost_revenue"] == pytest.approx(0.0, abs=1e-6)
    assert sum(money.values()) == pytest.approx(2.4)


def test_hand_computed_coordination_productivity():
    """Staff coordination: 5 staff x 80% on WhatsApp x 20/h x 50% loss = 40 per blocked hour.

    A staff Signal group half-ready after 1 h: the first hour is fully blocked, the next two
    half blocked, so 1 + 0.5 + 0.5 = 2 blocked hours = 80 over a 3-hour outage (120 without).
    """
    inputs = function(daily_volume=0.0, productivity_per_hour=40.0)
    money, _ = losses(inputs, 3.0)
    assert money["productivity"] == pytest.approx(120.0)
    group = channel(readiness=0.5, delay=1.0, layers=("signal",))
    money, _ = losses(replace(inputs, fallbacks=(group,)), 3.0)
    assert money["productivity"] == pytest.approx(80.0)


def test_surge_halves_a_surge_prone_channel_early_in_a_whatsapp_outage():
    telegram = channel(readiness=0.8, layers=("telegram",), surge=True)
    inputs = function(patience_hours=1e9, fallbacks=(telegram,))
    _, in_meta_outage = losses(inputs, 2.0, failed=META)
    _, in_carrier_outage = losses(inputs, 2.0, failed=frozenset({"cellular"}))
    assert in_meta_outage["served_fallback"] == pytest.approx(8 * 0.4)
    assert in_carrier_outage["served_fallback"] == pytest.approx(8 * 0.8)


def test_average_over_start_times_equals_the_mean_of_every_start():
    """The quick average used for scenarios equals the explicit mean over 168 start hours."""
    profile = np.tile(np.repeat(np.linspace(0.1, 2.0, 24), 4), 7)
    inputs = function(profile=profile * 7 / profile.sum(), fallbacks=(channel(delay=1.0),))
    factors = step_factors(inputs, META, np.array([0.5, 3.0, 30.0]), NO_RAMP)
    every = loss_table(inputs, factors, hourly_starts())
    average = loss_table(inputs, factors, None)
    for name in ("arrivals", "served", "waited", "gave_up", "messaging", "blocked_open_hours"):
        assert getattr(average, name)[0] == pytest.approx(getattr(every, name).mean(axis=0))


def test_mbco_and_mtpd_readings():
    coverage = np.where(np.arange(WEEK_STEPS) >= 8, 0.6, 0.0)
    assert mbco_reached_after(coverage, 0.5) == pytest.approx(2.0)
    assert mbco_reached_after(coverage, 0.7) is None
    assert mbco_reached_after(coverage, 0.0) == 0.0
    hours = np.array([1.0, 2.0, 4.0])
    assert first_crossing(hours, np.array([10.0, 30.0, 50.0]), 20.0) == pytest.approx(1.5)
    assert first_crossing(hours, np.array([10.0, 30.0, 50.0]), 60.0) is None


# -- properties ---------------------------------------------------------------------------

shares = st.floats(0.0, 1.0)
positive = st.floats(0.05, 50.0)
profiles = st.lists(st.floats(0.0, 5.0), min_size=24, max_size=24).filter(lambda p: sum(p) > 0)


@st.composite
def scenario_inputs(draw):
    hourly = np.repeat(np.array(draw(profiles)), 4)
    profile = np.tile(hourly, 7)
    profile = profile * 7.0 / profile.sum()
    fallbacks = tuple(
        channel(
            readiness=draw(shares),
            delay=draw(st.floats(0.0, 24.0)),
            price=draw(st.floats(0.0, 1.0)),
            layers=(draw(st.sampled_from(["cellular", "telegram", "meta", "internet"])),),
            surge=draw(st.booleans()),
        )
        for _ in range(draw(st.integers(0, 3)))
    )
    return function(
        daily_volume=draw(st.floats(0.0, 500.0)),
        value_per_lost=draw(st.floats(0.0, 100.0)),
        churn_value=draw(st.floats(0.0, 100.0)),
        backlog_cost=draw(st.floats(0.0, 10.0)),
        recapture_share=draw(shares),
        perishable_share=draw(shares),
        patience_hours=draw(positive),
        productivity_per_hour=draw(st.floats(0.0, 100.0)),
        profile=profile,
        open_mask=np.tile(np.repeat((np.array(draw(profiles)) > 1).astype(float), 4), 7),
        fallbacks=fallbacks,
    )


RAMPED = ModelConstants(
    ramp_hours=1.0,
    surge_readiness_factor=0.5,
    surge_hours=6.0,
    recovery_hours=0.0,
    rest_of_day_hours=6.0,
)
durations = st.floats(0.25, 168.0)


@settings(max_examples=60, deadline=None)
@given(scenario_inputs(), durations)
def test_every_arrival_is_served_waited_recaptured_or_lost(inputs, hours):
    _, v = losses(inputs, hours, constants=RAMPED)
    parts = v["served_fallback"] + v["waited"] + v["recaptured"] + v["lost"]
    assert parts == pytest.approx(v["arrivals"], rel=1e-9, abs=1e-9)


@settings(max_examples=60, deadline=None)
@given(scenario_inputs(), durations, durations, st.floats(0.0, 3.0))
def test_a_longer_outage_never_costs_less(inputs, a, b, recovery):
    """With its recovery tail and the rest of the day after it, the lost share of each arrival
    only grows with the outage's length."""
    short, long_ = sorted((a, b))
    constants = replace(RAMPED, recovery_hours=recovery)
    longer = sum(losses(inputs, long_, constants=constants)[0].values())
    shorter = sum(losses(inputs, short, constants=constants)[0].values())
    assert longer >= shorter - 1e-9 * max(1.0, shorter)


@settings(max_examples=60, deadline=None)
@given(scenario_inputs(), durations, st.floats(0.0, 1.0))
def test_more_readiness_never_increases_any_loss_but_messaging(inputs, hours, extra):
    before, _ = losses(inputs, hours, constants=RAMPED)
    readier = (
        *(replace(f, readiness=min(1.0, f.readiness + extra)) for f in inputs.fallbacks),
        channel(readiness=extra, layers=("internet",)),
    )
    after, _ = losses(replace(inputs, fallbacks=readier), hours, constants=RAMPED)
    for category in before:
        if category != "fallback_messaging":
            assert after[category] <= before[category] + 1e-9, category


@settings(max_examples=60, deadline=None)
@given(scenario_inputs(), durations)
def test_doubling_volumes_doubles_volume_driven_losses(inputs, hours):
    single, _ = losses(inputs, hours, constants=RAMPED)
    double, _ = losses(
        replace(inputs, daily_volume=2 * inputs.daily_volume), hours, constants=RAMPED
    )
    for category in ("lost_revenue", "churn", "backlog", "fallback_messaging"):
        assert double[category] == pytest.approx(2 * single[category], rel=1e-9, abs=1e-9)
    assert double["productivity"] == pytest.approx(single["productivity"])


@settings(max_examples=60, deadline=None)
@given(scenario_inputs(), durations)
def test_a_channel_sharing_a_failed_layer_changes_nothing(inputs, hours):
    messenger = channel(readiness=1.0, layers=("meta",), price=0.5)
    before, _ = losses(inputs, hours, constants=RAMPED)
    after, _ = losses(
        replace(inputs, fallbacks=(*inputs.fallbacks, messenger)), hours, constants=RAMPED
    )
    assert after == pytest.approx(before)


@settings(max_examples=40, deadline=None)
@given(scenario_inputs(), durations)
def test_zero_whatsapp_volume_and_productivity_give_zero_loss(inputs, hours):
    money, _ = losses(
        replace(inputs, daily_volume=0.0, productivity_per_hour=0.0), hours, constants=RAMPED
    )
    assert sum(money.values()) == 0.0


@settings(max_examples=60, deadline=None)
@given(scenario_inputs(), durations, positive)
def test_more_patience_never_raises_lost_revenue_or_churn(inputs, hours, extra):
    """Customers who wait longer give up less: fewer lost, more served after the outage."""
    before, before_volumes = losses(inputs, hours, constants=RAMPED)
    patient = replace(inputs, patience_hours=inputs.patience_hours + extra)
    after, after_volumes = losses(patient, hours, constants=RAMPED)
    for category in ("lost_revenue", "churn"):
        assert after[category] <= before[category] + 1e-9, category
    assert after_volumes["waited"] >= before_volumes["waited"] - 1e-9
    assert after_volumes["lost"] <= before_volumes["lost"] + 1e-9


@settings(max_examples=40, deadline=None)
@given(scenario_inputs(), durations, st.integers(0, WEEK_STEPS // 4 - 1))
def test_a_pinned_start_equals_that_row_of_every_start(inputs, hours, hour):
    """One start is summed directly, every start through the FFT: both give the same loss."""
    factors = step_factors(inputs, META, np.array([float(hours)]), RAMPED)
    starts = hourly_starts()
    every = loss_table(inputs, factors, starts).money(inputs)
    pinned = loss_table(inputs, factors, starts[hour : hour + 1]).money(inputs)
    for category, values in pinned.items():
        assert values[0, 0] == pytest.approx(every[category][hour, 0], rel=1e-9, abs=1e-9)


def test_service_comes_back_over_the_recovery_tail():
    """After a 1 h outage, a 1 h tail: the blocked share falls from 1 to 0, so on top of the 4
    arrivals of the outage, half of the tail's 4 arrivals are blocked (a triangle): 6 in all;
    and customers wait for the middle of the tail, so fewer of them wait than without it."""
    tail = replace(NO_RAMP, recovery_hours=1.0)
    inputs = function(patience_hours=1.0)
    _, sharp = losses(inputs, 1.0)
    _, gradual = losses(inputs, 1.0, constants=tail)
    assert sharp["arrivals"] == pytest.approx(4.0)
    assert gradual["arrivals"] == pytest.approx(6.0)
    assert gradual["lost"] > sharp["lost"]
    parts = sum(gradual[k] for k in ("served_fallback", "waited", "recaptured", "lost"))
    assert parts == pytest.approx(gradual["arrivals"])


def test_customers_with_a_same_day_need_stay_away_for_the_rest_of_the_day():
    """A 1 h outage, half the demand perishable, a 6 h rest of the day: 1 - e^(-1/6) of the
    day's customers heard of it, so half of that share of every arrival in the 6 hours after
    it is lost too (24 steps of one arrival); in the outage, no arrival loses less."""
    floor = 0.5 * (1 - math.exp(-1.0 / 6.0))
    gave_up_waiting = [1 - math.exp(-(1.0 - (k + 0.5) / 4)) for k in range(4)]
    _, keeps = losses(function(perishable_share=0.0), 1.0)
    _, perishes = losses(function(perishable_share=0.5), 1.0)
    gave_up = perishes["lost"] + perishes["recaptured"]
    assert gave_up == pytest.approx(sum(max(g, floor) for g in gave_up_waiting) + 24 * floor)
    assert keeps["lost"] + keeps["recaptured"] == pytest.approx(sum(gave_up_waiting))
    assert perishes["arrivals"] == pytest.approx(4 + 24 * floor)


@settings(max_examples=40, deadline=None)
@given(scenario_inputs(), durations, st.floats(0.0, 6.0), st.floats(0.0, 6.0))
def test_a_longer_recovery_never_costs_less(inputs, hours, a, b):
    # a longer tail turns waiting customers into lost ones: dearer, unless losing a customer
    # costs less than serving one late (no revenue at stake, a backlog cost)
    assume(inputs.value_per_lost + inputs.churn_value >= inputs.backlog_cost)
    shorter, longer = sorted((a, b))
    low, _ = losses(inputs, hours, constants=replace(RAMPED, recovery_hours=shorter))
    high, _ = losses(inputs, hours, constants=replace(RAMPED, recovery_hours=longer))
    assert sum(high.values()) >= sum(low.values()) - 1e-9 * max(1.0, sum(low.values()))


@settings(max_examples=40, deadline=None)
@given(scenario_inputs(), durations, st.integers(0, WEEK_STEPS // 4 - 1))
def test_the_summed_fast_path_equals_the_per_step_table(inputs, hours, hour):
    """Averages and pinned starts are summed without a per-step table (the evaluation's and
    the Monte Carlo's fast path): the same losses as the per-step factors give."""
    grid = np.array([0.5, float(hours), 30.0])
    factors = step_factors(inputs, META, grid, RAMPED)
    for starts in (AverageOver.week_and_open(inputs.open_mask), np.array([hour * 4])):
        slow = loss_table(inputs, factors, starts)
        fast = summed_table([inputs], META, grid, RAMPED, starts)
        for name in ("arrivals", "served", "waited", "gave_up", "messaging"):
            assert getattr(fast, name) == pytest.approx(getattr(slow, name), rel=1e-9, abs=1e-9)
        assert fast.blocked_open_hours == pytest.approx(slow.blocked_open_hours, abs=1e-9)


@settings(max_examples=40, deadline=None)
@given(scenario_inputs(), durations, st.floats(0.0, 3.0))
def test_every_start_from_the_table_without_fallbacks_equals_the_per_step_table(
    inputs, hours, recovery
):
    """The simulation's tables for each variant (the fallback-free table scaled by the final
    coverage, corrected over the steps before it) are the per-step table, start by start."""
    grid = np.array([0.25, 2.0, float(hours), 30.0])
    constants = replace(RAMPED, recovery_hours=recovery)
    for failed in (META, frozenset({"cellular"}), frozenset()):
        slow = loss_table(inputs, step_factors(inputs, failed, grid, constants), hourly_starts())
        starts = hourly_starts()
        base = fallback_free_table(inputs, grid, constants, starts)
        fast = table_with_fallbacks([inputs], failed, grid, constants, starts, [base])
        for name in ("arrivals", "served", "waited", "gave_up", "messaging"):
            assert getattr(fast, name) == pytest.approx(getattr(slow, name), rel=1e-9, abs=1e-9)
        assert fast.blocked_open_hours == pytest.approx(slow.blocked_open_hours, abs=1e-9)


@settings(max_examples=20, deadline=None)
@given(scenario_inputs(), st.lists(positive, min_size=2, max_size=4))
def test_draws_summed_together_equal_each_draw_alone(inputs, patiences):
    """The Monte Carlo's draws of one function, summed in one pass, row by row."""
    draws = [replace(inputs, patience_hours=p) for p in patiences]
    grid = np.array([1.0, 6.0, 48.0])
    together = summed_table(draws, META, grid, RAMPED, AverageOver.week())
    for row, draw in enumerate(draws):
        alone = summed_table([draw], META, grid, RAMPED, AverageOver.week())
        assert together.gave_up[row] == pytest.approx(alone.gave_up[0], rel=1e-9, abs=1e-12)
        assert together.waited[row] == pytest.approx(alone.waited[0], rel=1e-9, abs=1e-12)
