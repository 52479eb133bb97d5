"""Tests for building a new plan from the guided set-up's answers."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from continuity_app.core.document import FunctionKind, likely
from continuity_app.core.evaluation import evaluate
from continuity_app.core.new_plan import new_plan
from continuity_app.core.reference import load_reference
from continuity_app.core.scenarios import preset_scenarios

REFERENCE = load_reference()


def _plan(**changes):
    answers = dict(
        name="Café Nour",
        sector="Café",
        country_mix={"JO": 0.7, "PS": 0.3},
        currency="JOD",
        kinds=[FunctionKind.ORDERS_SALES, FunctionKind.INTERNAL_COORDINATION],
        daily_messages=300.0,
        staff=5,
        staff_hourly_cost=4.0,
    )
    answers.update(changes)
    return new_plan(REFERENCE, **answers)


def test_every_kind_has_stated_defaults():
    assert set(REFERENCE.function_defaults) == {k.value for k in FunctionKind}
    for default in REFERENCE.function_defaults.values():
        assert default.confidence == "default"
        assert "starting point" in default.source


def test_functions_follow_the_chosen_kinds_and_volume():
    kinds = list(FunctionKind)
    plan = _plan(kinds=kinds, daily_messages=600.0)
    assert [f.kind for f in plan.functions] == kinds
    whatsapp = sum(likely(f.daily_interactions) * likely(f.whatsapp_share) for f in plan.functions)
    per_interaction = REFERENCE.default("messages_per_interaction")
    assert whatsapp * per_interaction == pytest.approx(600.0, rel=1e-3)
    assert plan.fallbacks == []


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


def test_tolerance_is_a_day_of_whatsapp_revenue():
    # By hand from function_defaults.csv: 300 messages / 3 per interaction = 100 WhatsApp
    # interactions, shared by weight 40 * 0.8 (orders) : 30 * 0.9 (staff) = 32 : 27, so
    # orders get 40 * 100 / 59 = 67.80 interactions a day, 80% on WhatsApp, at 3 staff hours
    # * 4.0 = 12.00 each: 67.80 * 0.8 * 12.00 = 650.88. Staff coordination earns nothing.
    assert _plan().tolerance.max_loss_per_outage == pytest.approx(650.88)


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
        ({"kinds": []}, "at least one function"),
        ({"daily_messages": 0.0}, "messages a day"),
        ({"staff": 0}, "at least one person"),
        ({"staff_hourly_cost": 0.0}, "hourly staff cost"),
        ({"currency": "XYZ"}, "currency"),
        ({"country_mix": {"ZZ": 1.0}}, "country"),
    ],
)
def test_unusable_answers_are_refused(changes, message):
    with pytest.raises(ValueError, match=message):
        _plan(**changes)


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
