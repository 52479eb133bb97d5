"""What a plan still lacks (core, no Qt): the rules behind the sidebar's counts."""

from __future__ import annotations

from continuity_app.core.plan import FunctionKind, MessageTemplate, PlanDetails, Role, revise
from continuity_app.core.plan_gaps import Gap, functions_without_value, written_plan_gaps
from continuity_app.io.examples import load_example


def test_an_empty_written_plan_lacks_everything_in_reading_order():
    assert [g.kind for g in written_plan_gaps(PlanDetails())] == [
        "owner",
        "activation_criteria",
        "roles",
        "customer_message",
    ]


def test_every_role_needs_an_alternate_and_customers_a_message_with_text():
    details = PlanDetails(
        owner="Lina",
        activation_criteria=["WhatsApp down for 30 minutes"],
        roles=[
            Role(id="lead", title="Incident lead", holder="Lina", alternate="Omar"),
            Role(id="comms", title="", holder="Sami"),
        ],
        messages=[
            MessageTemplate(id="s", audience="staff", channel="sms", text="Use SMS"),
            MessageTemplate(id="c", audience="customers", channel="sms", text="  "),
        ],
    )
    assert written_plan_gaps(details) == [Gap("alternate", "comms"), Gap("customer_message")]
    done = revise(
        details,
        roles=[details.roles[0]],
        messages=[revise(details.messages[1], text="Order by SMS")],
    )
    assert written_plan_gaps(done) == []


def test_functions_without_value_skip_coordination_and_broadcasts():
    plan = load_example("ramallah-bakery")
    assert functions_without_value(plan) == []
    base = plan.functions[0]
    kinds = {
        "orders": FunctionKind.ORDERS_SALES,
        "broadcast": FunctionKind.MARKETING_BROADCAST,
        "staff": FunctionKind.INTERNAL_COORDINATION,
    }
    functions = [
        revise(
            base,
            id=name,
            kind=kind,
            revenue_per_interaction=0.0,
            staff_affected=2 if kind.is_coordination else None,
            productivity_loss=0.2 if kind.is_coordination else None,
        )
        for name, kind in kinds.items()
    ]
    plan = revise(
        plan, functions=functions, fallbacks=[], tolerance=revise(plan.tolerance, functions={})
    )
    assert [f.id for f in functions_without_value(plan)] == ["orders"]
