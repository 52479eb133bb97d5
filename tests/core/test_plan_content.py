"""What the printed plan says, decided in core: outage steps, the card, audiences, schedules."""

from __future__ import annotations

import datetime as dt

import pytest

from continuity_app.core.audiences import audience_of, counterparts
from continuity_app.core.plan import FunctionKind, Plan, Role, revise
from continuity_app.core.plan_content import (
    Activity,
    add_months,
    card_steps,
    compute_results,
    declarers,
    distribution,
    plan_audiences,
    preparation,
    procedure,
    reader_source,
    review_date,
    schedule,
    single_points,
)
from continuity_app.core.reference import load_reference
from continuity_app.io.examples import load_example

REFERENCE = load_reference()


@pytest.fixture(scope="module")
def bakery() -> Plan:
    """Orders on voice and SMS, customer service on Messenger only, delivery, suppliers."""
    return load_example("ramallah-bakery")


@pytest.fixture(scope="module")
def bakery_results(bakery):
    return compute_results(bakery, REFERENCE)


def test_a_channel_that_fails_with_whatsapp_is_never_a_plain_step_in_a_meta_outage(
    bakery, bakery_results
):
    service = procedure(bakery, REFERENCE, bakery_results, bakery.function("customer-service"))
    [messenger] = service.switches
    assert messenger.channel == "messenger"
    assert messenger.fails_with_whatsapp
    # it keeps working only where WhatsApp alone is down, never in a Meta-wide outage
    assert "meta_wide" not in messenger.survives and "meta_long" not in messenger.survives
    assert "whatsapp_short" in messenger.survives
    # and that function is left without a fallback in both Meta outages
    points = {(p.function_id, p.scenario_id) for p in single_points(bakery, REFERENCE)}
    assert ("customer-service", "meta_wide") in points
    assert ("customer-service", "meta_long") in points


def test_independent_channels_come_first_then_the_quickest(bakery, bakery_results):
    orders = bakery.function("orders")
    with_messenger = revise(
        bakery,
        fallbacks=[
            *bakery.fallbacks,
            bakery.fallbacks[0].model_copy(
                update={"channel": "messenger", "readiness": 0.9, "activation_delay_hours": 0}
            ),
        ],
    )
    steps = procedure(with_messenger, REFERENCE, bakery_results, orders)
    channels = [s.channel for s in steps.switches]
    # Messenger is the most ready and the quickest, yet it comes last: it fails with WhatsApp
    assert channels[-1] == "messenger"
    independent = steps.switches[:-1]
    assert not any(s.fails_with_whatsapp for s in independent)
    delays = [s.delay_hours for s in independent]
    assert delays == sorted(delays)


def test_the_card_switches_each_function_to_its_first_independent_channel(bakery):
    steps = card_steps(bakery, REFERENCE)
    switch = {s.function_id: s for s in steps.switches}
    assert switch["orders"].channel in ("voice", "sms")
    assert not switch["orders"].fails_with_whatsapp
    # only Messenger for customer service: named, and flagged as useless in a Meta outage
    assert switch["customer-service"].channel == "messenger"
    assert switch["customer-service"].fails_with_whatsapp
    # the lead calls the orders desk
    assert steps.calls == ("Orders desk",)


def test_a_function_with_no_fallback_is_a_single_point_of_failure(bakery):
    bare = revise(bakery, fallbacks=[f for f in bakery.fallbacks if f.function != "suppliers"])
    points = single_points(bare, REFERENCE)
    assert [p for p in points if p.function_id == "suppliers"] == [
        type(points[0])("suppliers", None)
    ]


def test_audiences_per_kind_one_mapping_for_the_plan_and_the_recommender():
    assert audience_of(FunctionKind.INTERNAL_COORDINATION) == "staff"
    assert audience_of(FunctionKind.SUPPLIER_COORDINATION) == "suppliers"
    # riders and drivers are asked to join like staff: the delivery switch is written for them
    assert audience_of(FunctionKind.DELIVERY) == "staff"
    for kind in (FunctionKind.ORDERS_SALES, FunctionKind.PAYMENTS, FunctionKind.APPOINTMENTS):
        assert audience_of(kind) == "customers"
    assert counterparts(FunctionKind.APPOINTMENTS) == "patients and clients"
    # the recommender counts a delivery fallback by whom it keeps the deliveries for
    assert counterparts(FunctionKind.DELIVERY) == "customers"


def test_no_suppliers_message_without_a_supplier_function(bakery):
    assert plan_audiences(bakery) == ["customers", "staff", "suppliers"]  # a staff message
    no_suppliers = revise(
        bakery,
        functions=[f for f in bakery.functions if f.id != "suppliers"],
        fallbacks=[f for f in bakery.fallbacks if f.function != "suppliers"],
        tolerance=revise(
            bakery.tolerance,
            functions={k: v for k, v in bakery.tolerance.functions.items() if k != "suppliers"},
        ),
    )
    assert "suppliers" not in plan_audiences(no_suppliers)


def test_the_declarer_is_the_role_nobody_calls_and_everyone_gets_a_copy(bakery):
    assert [r.id for r in declarers(bakery)] == ["lead"]
    # a circle of calls still has someone to declare: the first role
    circle = revise(
        bakery.details,
        roles=[
            Role(id="a", title="A", holder="Amal", calls=["b"]),
            Role(id="b", title="B", holder="Basel", alternate="Amal", calls=["a"]),
        ],
        owner="Owner",
        approver="",
    )
    plan = revise(bakery, details=circle)
    assert [r.id for r in declarers(plan)] == ["a"]
    assert distribution(plan) == ["Owner", "Amal", "Basel"]  # once each, the owner first


def test_the_schedule_follows_the_issue_date():
    assert add_months(dt.date(2026, 8, 31), 6) == dt.date(2027, 2, 28)
    assert review_date(dt.date(2026, 1, 15)) == dt.date(2026, 7, 15)
    plan = load_example("mumbai-clinic")
    rows = schedule(plan, dt.date(2026, 1, 15))
    assert [r.activity for r in rows] == list(Activity)
    assert rows[0].next == dt.date(2026, 4, 15)
    assert rows[-1].months is None and rows[-1].next is None


def test_steps_also_worth_considering_are_never_on_a_meta_channel(bakery, bakery_results):
    listed = preparation(bakery, REFERENCE, bakery_results.recommendations)
    assert all(v.action.channel not in ("messenger", "instagram") for v in listed.also_worth)
    assert len(listed.also_worth) <= 5
    assert listed.channels == tuple(sorted({f.channel for f in bakery.fallbacks}))


def test_sources_are_said_without_the_project_file_paths():
    text = "resources/data/outages.csv, category meta_wide (facts.md table 1a)"
    assert reader_source(text) == "the outage history (appendix B)"
