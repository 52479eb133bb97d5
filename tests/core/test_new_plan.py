"""Tests for building a new plan from the guided set-up's answers."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from continuity_app.core.evaluation import evaluate
from continuity_app.core.new_plan import Activity, Answers, bearable_loss, new_plan
from continuity_app.core.plan import FunctionKind
from continuity_app.core.reference import load_reference
from continuity_app.core.scenarios import preset_scenarios

REFERENCE = load_reference()


def _plan(kinds=(FunctionKind.ORDERS_SALES, FunctionKind.INTERNAL_COORDINATION), **changes):
    answers = dict(
        name="Café Nour",
        sector="Café",
        country_mix={"JO": 0.7, "PS": 0.3},
        currency="JOD",
        activities=[Activity(kind, per_day=40.0) for kind in kinds],
        staff=5,
        staff_hourly_cost=4.0,
    )
    names = changes.pop("names", None)
    answers.update(changes)
    return new_plan(REFERENCE, Answers(**answers), names)


def test_every_kind_has_stated_defaults():
    assert set(REFERENCE.function_defaults) == {k.value for k in FunctionKind}
    for default in REFERENCE.function_defaults.values():
        assert default.confidence == "default"
        assert "starting point" in default.source


def test_functions_are_the_owners_answers_and_the_rest_stated_defaults():
    kinds = list(FunctionKind)
    plan = _plan(kinds=kinds)
    assert [f.kind for f in plan.functions] == kinds
    assert all(f.daily_interactions == 40.0 for f in plan.functions)
    for function in plan.functions:
        assert (
            function.channel_mix["whatsapp"]
            == REFERENCE.function_defaults[function.kind.value].whatsapp_share
        )
    assert plan.fallbacks == []
    told = _plan(
        kinds=[],
        activities=[
            Activity(FunctionKind.ORDERS_SALES, per_day=25, mix={"whatsapp": 0.6}, value=90.0)
        ],
    )
    (orders,) = told.functions
    assert (orders.daily_interactions, orders.channel_mix["whatsapp"]) == (25, 0.6)
    assert orders.revenue_per_interaction == 90.0


def test_how_long_customers_wait_applies_to_customers_only():
    plan = _plan(patience_hours=0.5)
    assert plan.function("orders_sales").patience_hours == 0.5
    staff = plan.function("internal_coordination")
    assert staff.patience_hours != 0.5  # staff wait as the stated default says


def test_channels_customers_already_use_are_ready_for_them_today():
    plan = _plan(other_channels={"voice": 0.5, "email": 0.1})
    ready = {(f.function, f.channel): f for f in plan.fallbacks}
    assert set(ready) == {("orders_sales", "voice"), ("orders_sales", "email")}
    assert ready[("orders_sales", "voice")].readiness == 0.5
    assert ready[("orders_sales", "voice")].activation_delay_hours == 0.0
    with pytest.raises(ValueError, match="channel"):
        _plan(other_channels={"pigeon": 0.5})


def test_a_known_margin_counts_lost_profit():
    plan = _plan(gross_margin=0.3)
    assert plan.business.gross_margin == 0.3 and plan.settings.loss_basis == "margin"
    assert _plan().settings.loss_basis == "revenue"


def test_money_defaults_are_hours_of_staff_cost():
    plan = _plan(kinds=[FunctionKind.ORDERS_SALES], staff_hourly_cost=10.0)
    default = REFERENCE.function_defaults["orders_sales"]
    assert plan.functions[0].revenue_per_interaction == pytest.approx(
        default.revenue_per_interaction * 10.0
    )
    assert plan.functions[0].backlog_cost == pytest.approx(default.backlog_cost * 10.0)


def test_coordination_functions_get_staff_and_productivity():
    plan = _plan(staff=10)
    staff = plan.function("internal_coordination")
    default = REFERENCE.function_defaults["internal_coordination"]
    assert staff.staff_affected == round(10 * default.staff_share_affected)
    assert staff.productivity_loss == default.productivity_loss


def test_business_scenarios_and_hours():
    plan = _plan()
    assert plan.business.country_mix == {"JO": 0.7, "PS": 0.3}
    assert plan.business.currency == "JOD"
    # shutdown and carrier rates are counted for the business's own countries
    assert plan.scenarios == preset_scenarios(REFERENCE, {"JO": 0.7, "PS": 0.3})
    assert set(plan.business.opening_hours) == {"mon", "tue", "wed", "thu", "fri", "sat"}
    assert plan.business.opening_hours["mon"] == ["09:00-18:00"]


def test_the_bearable_loss_starts_at_a_day_of_whatsapp_sales_rounded():
    # By hand: 40 orders a day, 80% on WhatsApp (function_defaults.csv), each worth 3 staff
    # hours * 4.0 = 12.00: 40 * 0.8 * 12 = 384, said as 380. Staff coordination earns nothing.
    plan = _plan()
    assert plan.tolerance.max_loss_per_outage == 380
    assert bearable_loss(REFERENCE, plan) == 380
    assert _plan(bearable_loss=1000.0).tolerance.max_loss_per_outage == 1000.0
    # on the margin basis, a day of WhatsApp profit: 384 * 0.25 = 96
    assert _plan(gross_margin=0.25).tolerance.max_loss_per_outage == 96


def test_tolerance_without_revenue_is_the_stated_staff_default():
    plan = _plan(kinds=[FunctionKind.INTERNAL_COORDINATION], staff=4, staff_hourly_cost=5.0)
    hours = REFERENCE.default("tolerance_default_staff_hours")
    assert plan.tolerance.max_loss_per_outage == pytest.approx(hours * 4 * 5.0)


def test_names_can_be_given():
    plan = _plan(kinds=[FunctionKind.DELIVERY], names={FunctionKind.DELIVERY: "التوصيل"})
    assert plan.functions[0].name == "التوصيل"
    assert _plan(kinds=[FunctionKind.DELIVERY]).functions[0].name == "Delivery"


def test_the_new_plan_can_be_evaluated():
    plan = _plan(kinds=list(FunctionKind))
    result = evaluate(plan, REFERENCE)
    assert [o.scenario.id for o in result.scenarios] == [s.id for s in plan.scenarios]
    # no fallbacks yet: every outage loses money and nothing is served or paid on a fallback
    for outcome in result.scenarios:
        assert outcome.total > 0, outcome.scenario.id
        assert outcome.by_category["fallback_messaging"] == 0
        assert all(f.volumes["served_fallback"] == 0 for f in outcome.functions)
    assert result.ale > 0 and result.mtpd_hours is not None


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"kinds": []}, "at least one thing"),
        ({"activities": [Activity(FunctionKind.PAYMENTS, per_day=0.0)]}, "a day"),
        ({"staff": 0}, "at least one person"),
        ({"staff_hourly_cost": 0.0}, "hourly staff cost"),
        ({"currency": "XYZ"}, "currency"),
        ({"country_mix": {"ZZ": 1.0}}, "country"),
    ],
)
def test_unusable_answers_are_refused(changes, message):
    kinds = changes.pop("kinds", (FunctionKind.ORDERS_SALES,))
    with pytest.raises(ValueError, match=message):
        _plan(kinds=kinds, **changes)


def test_an_invalid_business_is_a_validation_error():
    with pytest.raises(ValidationError):
        _plan(country_mix={"JO": 0.5, "PS": 0.3})
    with pytest.raises(ValidationError):
        _plan(name="  ")


def test_the_dollar_rate_starts_from_the_published_one_or_stays_unknown():
    """The World Bank's yearly average for the plan's currency, from the reference data; none
    for a plan in dollars, and none (unknown, not a guess) where nothing is published."""
    nigeria = _plan(country_mix={"NG": 1.0}, currency="NGN")
    published = REFERENCE.countries["NG"].figures["usd_rate"]
    assert nigeria.business.usd_rate == pytest.approx(published.value, rel=1e-4)
    assert published.source and published.year
    assert _plan(country_mix={"US": 1.0}, currency="USD").business.usd_rate is None
    assert REFERENCE.countries["GH"].value("usd_rate") is None
    assert _plan(country_mix={"GH": 1.0}, currency="GHS").business.usd_rate is None


def test_a_new_plan_is_due_for_review_a_cycle_after_it_is_written():
    import datetime as dt

    from continuity_app.core.plan_content import next_review

    answers = Answers(
        name="Café Nour",
        sector="Café",
        country_mix={"JO": 1.0},
        currency="JOD",
        activities=[Activity(FunctionKind.ORDERS_SALES, per_day=40.0)],
        staff=5,
        staff_hourly_cost=4.0,
    )
    plan = new_plan(REFERENCE, answers, written=dt.date(2026, 12, 6))
    assert plan.details.reviewed == dt.date(2026, 12, 6)
    assert next_review(plan) == dt.date(2027, 6, 6)
    assert plan.tasks == []
    assert next_review(new_plan(REFERENCE, answers)) is None  # no day given: none recorded
