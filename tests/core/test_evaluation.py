"""Plan-level evaluation, Monte Carlo and the scenario presets derived from the history."""

from __future__ import annotations

import numpy as np
import pytest

from continuity_app.core.durations import DurationSpread
from continuity_app.core.evaluation import evaluate
from continuity_app.core.montecarlo import MonteCarlo, simulate
from continuity_app.core.plan import Fallback, Range, StartTime, revise
from continuity_app.core.reference import load_reference
from continuity_app.core.scenarios import (
    derivations,
    history_years,
    preset_scenarios,
    with_countries,
)
from continuity_app.io.examples import example_names, load_example

REFERENCE = load_reference()


def with_functions(plan, **changes):
    return plan.model_copy(
        update={"functions": [f.model_copy(update=changes) for f in plan.functions]}
    )


@pytest.mark.parametrize("name", example_names())
def test_zero_whatsapp_share_gives_zero_loss(name):
    plan = with_functions(load_example(name), channel_mix={"whatsapp": 0.0})
    result = evaluate(plan, REFERENCE)
    assert result.ale == 0.0
    assert all(s.total == 0.0 for s in result.scenarios)
    assert simulate(plan, REFERENCE, trials=500).per_year["p99"] == 0.0


@pytest.mark.parametrize("name", example_names())
def test_worst_start_is_at_least_the_planning_figure_and_curves_rise(name):
    """Both are for an outage of typical length: the worst start hour, and the average over the
    hours the business is open, which cannot be above it."""
    for outcome in evaluate(load_example(name), REFERENCE).scenarios:
        assert outcome.worst_start_loss >= outcome.planning_loss - 1e-6
        assert np.all(np.diff(outcome.curve) >= -1e-9)


def test_messenger_does_not_help_in_a_meta_outage_but_does_when_only_whatsapp_fails():
    plan = load_example("ramallah-bakery")
    ready = plan.model_copy(
        update={
            "fallbacks": [
                *plan.fallbacks,
                Fallback(function="orders", channel="messenger", readiness=0.9),
            ]
        }
    )
    before, after = evaluate(plan, REFERENCE), evaluate(ready, REFERENCE)
    for scenario in ("meta_wide", "meta_long"):
        assert after.scenario(scenario).total == pytest.approx(before.scenario(scenario).total)
    assert after.scenario("whatsapp_short").total < before.scenario("whatsapp_short").total


def test_pinned_start_uses_that_hour():
    plan = load_example("ramallah-bakery")
    night = plan.scenarios[1].model_copy(update={"start": StartTime(weekday="mon", hour=23.0)})
    morning = plan.scenarios[1].model_copy(update={"start": StartTime(weekday="mon", hour=8.0)})
    losses = [
        evaluate(plan.model_copy(update={"scenarios": [s]}), REFERENCE).scenarios[0].total
        for s in (night, morning)
    ]
    assert losses[0] < losses[1]


def test_mbco_breach_is_reported_per_function():
    plan = load_example("ramallah-bakery")
    outcome = evaluate(plan, REFERENCE).scenario("meta_wide")
    delivery = next(f for f in outcome.functions if f.function_id == "delivery")
    # voice at 70% readiness after 15 min plus a 1-hour ramp misses the 70% MBCO within 1 h
    assert delivery.mbco == 0.7 and delivery.mbco_breached
    orders = next(f for f in outcome.functions if f.function_id == "orders")
    assert orders.mbco_reached_after_hours is not None and not orders.mbco_breached


def test_mtpd_is_where_the_reference_curve_crosses_the_tolerance():
    plan = load_example("ramallah-bakery")
    result = evaluate(plan, REFERENCE)
    mtpd = result.mtpd_hours
    assert mtpd is not None
    curve = result.reference.curve
    hours = result.reference.curve_hours
    assert np.interp(mtpd, hours, curve) == pytest.approx(plan.tolerance.max_loss_per_outage)


def test_monte_carlo_is_seeded_and_reproducible():
    plan = load_example("sao-paulo-fashion")
    first = simulate(plan, REFERENCE, trials=3000, seed=11)
    again = simulate(plan, REFERENCE, trials=3000, seed=11)
    other = simulate(plan, REFERENCE, trials=3000, seed=12)
    assert first.per_year == again.per_year and first.per_outage == again.per_outage
    assert first.per_outage != other.per_outage
    probability = first.exceedance_probability
    assert probability[0] <= 1.0 and np.all(np.diff(probability) <= 0)


@pytest.mark.parametrize("name", example_names())
def test_a_year_whose_outages_cost_nothing_counts_as_no_loss(name):
    """The chance of a year with any loss (the exceedance curve at zero) is the share of years
    that lose money: outages at night, when no customer writes, leave no rounding residue that
    would count as a loss, and no year loses a negative amount."""
    plan = load_example(name)
    monte_carlo = MonteCarlo(plan, REFERENCE, trials=3000, seed=5)
    years = sum(monte_carlo.yearly_losses(plan, f.id) for f in plan.functions)
    assert years.min() >= 0.0
    assert not np.any((years > 0) & (years < 1e-6))  # a millionth of a unit is rounding
    with_outages = np.bincount(monte_carlo.years.trial, minlength=3000) > 0
    assert np.all(years[~with_outages] == 0.0)
    assert np.mean(years > 0) < np.mean(with_outages)  # some outages strike while closed
    result = monte_carlo.result(plan)
    assert result.exceedance_probability[0] == pytest.approx(np.mean(years > 0))


def _fixed(plan):
    """The plan with every range at its likely value and today's preset scenarios."""
    business = plan.business
    return plan.model_copy(
        update={
            "business": business.model_copy(
                update={"customer_lifetime_value": business.customer_lifetime_value.likely}
            ),
            "functions": [
                f.model_copy(
                    update={name: value.likely for name, value in f if isinstance(value, Range)}
                )
                for f in plan.functions
            ],
            "scenarios": preset_scenarios(REFERENCE),
        }
    )


@pytest.mark.parametrize("name", example_names())
def test_monte_carlo_mean_year_is_the_ale(name):
    """With fixed inputs, the simulated mean year is the ALE: the spread of outage lengths is
    the same in both, and the two Meta scenarios never overlap (the mean year was 1.5 times the
    ALE when the shorter one drew 10 h outages in a third of its trials)."""
    fixed = _fixed(load_example(name))
    ale = evaluate(fixed, REFERENCE).ale
    simulated = simulate(fixed, REFERENCE, trials=40_000, seed=1).mean_per_year
    assert simulated == pytest.approx(ale, rel=0.05)


def test_each_scenario_keeps_to_its_class_of_lengths():
    scenarios = {s.id: s for s in preset_scenarios(REFERENCE)}
    shorter, longer = (
        DurationSpread.of(scenarios["meta_wide"]),
        DurationSpread.of(scenarios["meta_long"]),
    )
    probabilities = np.linspace(0, 1, 1001)
    assert shorter.quantile(probabilities).max() <= 10 <= longer.quantile(probabilities).min()
    # the average outage of the class is what the expected year multiplies
    result = evaluate(_fixed(load_example("ramallah-bakery")), REFERENCE)
    for outcome in result.scenarios:
        assert outcome.expected_yearly_loss == pytest.approx(
            outcome.total * outcome.scenario.frequency_per_year
        )


def test_presets_come_from_the_history():
    found = {d.preset.id: d for d in derivations(REFERENCE)}
    assert history_years(REFERENCE) == 12
    meta = found["meta_wide"]
    assert "o12" in {o.id for o in meta.events}  # 4 Oct 2021
    assert meta.frequency_per_year == pytest.approx(len(meta.events) / 12)
    assert meta.duration_hours == pytest.approx(np.median(meta.durations))
    assert {o.id for o in found["meta_long"].events} == {"o06"}  # 13 Mar 2019, 14 h
    assert found["carrier"].scenario().failed_layers == ["cellular", "mobile_data"]
    assert found["whatsapp_short"].scenario().failed_layers == ["whatsapp"]
    assert found["internet_shutdown"].scenario().failed_layers == ["internet", "mobile_data"]


def test_every_event_that_takes_whatsapp_down_is_counted_once():
    counted = [o.id for d in derivations(REFERENCE) for o in d.events]
    down = [
        o.id
        for o in REFERENCE.outages
        if "whatsapp" in o.failed_layers
        and o.category in {"whatsapp_app", "meta_wide", "meta_partial", "app_block"}
    ]
    assert sorted(counted) == sorted(set(counted))  # no event in two scenarios
    assert set(down) <= set(counted)
    assert {"o28", "o29", "o31", "o32", "o02"} <= set(counted)  # verified events added for issue 13


def test_country_rates_come_from_the_published_counts():
    """A carrier outage is counted for the business's own country (the world rate where no
    count is published); a government shutdown only where one was recorded."""

    def preset(countries, name):
        return next(d for d in derivations(REFERENCE, countries) if d.preset.id == name)

    us = preset({"US": 1.0}, "carrier")
    assert us.frequency_per_year == pytest.approx(3 / 12)  # AT&T 2024, T-Mobile 2020, Verizon
    nigeria = preset({"NG": 1.0}, "carrier")
    assert nigeria.frequency_per_year == pytest.approx(10 / (12 * 42))
    assert "world rate" in nigeria.explanation
    mixed = preset({"US": 0.5, "NG": 0.5}, "carrier")
    assert mixed.frequency_per_year == pytest.approx(
        (us.frequency_per_year + nigeria.frequency_per_year) / 2
    )
    assert preset({"BR": 1.0}, "whatsapp_block").frequency_per_year > 0  # three court blocks
    assert preset({"MX": 1.0}, "whatsapp_block").frequency_per_year == 0
    assert (
        "no nationwide government shutdown"
        in preset({"MX": 1.0}, "mobile_data_shutdown").explanation
    )
    # India's hundreds of shutdowns were all regional (Kashmir, exam days): a clinic in Mumbai
    # is not given 60 a year, and the explanation names them so that a business there can
    india = preset({"IN": 1.0}, "mobile_data_shutdown")
    assert india.frequency_per_year == 0
    assert "hit only one region" in india.explanation
    assert preset({}, "mobile_data_shutdown").frequency_per_year == 0
    for derivation in derivations(REFERENCE, {"IN": 1.0}):
        assert derivation.duration_hours <= 168  # the model's horizon


def test_presets_follow_the_business_to_another_country_unless_changed_by_hand():
    """A plan started in the US and moved to Nigeria: the carrier outage takes Nigeria's
    (world) rate, as the scenario's explanation says; a frequency typed by hand stays."""
    plan = load_example("sao-paulo-fashion")
    us = with_countries(plan, REFERENCE, {"US": 1.0})
    carrier = next(s for s in us.scenarios if s.preset == "carrier")
    assert carrier.frequency_per_year == pytest.approx(0.25)
    moved = with_countries(us, REFERENCE, {"NG": 1.0})
    assert next(s for s in moved.scenarios if s.preset == "carrier").frequency_per_year == (
        pytest.approx(0.0198, abs=1e-4)
    )
    assert moved.business.country_mix == {"NG": 1.0}
    typed = revise(
        us,
        scenarios=[
            revise(s, frequency_per_year=1.0) if s.preset == "carrier" else s for s in us.scenarios
        ],
    )
    kept = with_countries(typed, REFERENCE, {"NG": 1.0})
    assert next(s for s in kept.scenarios if s.preset == "carrier").frequency_per_year == 1.0
