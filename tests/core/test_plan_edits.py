"""Named plan edits (core, no Qt): what each does to a plan, its undo text and merge key."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from continuity_app.core.plan import FunctionKind, MessageTemplate, Role, revise
from continuity_app.core.plan_change import PARTS, PlanChange
from continuity_app.core.plan_edits import (
    AddCriterion,
    AddFunction,
    AddMessage,
    AddRole,
    AddScenario,
    ApplyChatMeasurement,
    ImportFunctions,
    RemoveFunction,
    RemoveMessage,
    RemoveRole,
    RemoveScenario,
    SetBusinessFields,
    SetCriterion,
    SetDetail,
    SetFunctionField,
    SetKnownReach,
    SetMessageField,
    SetMinimumService,
    SetOpeningHours,
    SetReadiness,
    SetRoleField,
    SetScenarioField,
    function_of_kind,
)
from continuity_app.core.reference import load_reference
from continuity_app.io.examples import load_example


@pytest.fixture(scope="module")
def reference():
    return load_reference()


@pytest.fixture(scope="module")
def plan():
    return load_example("ramallah-bakery")


@pytest.mark.parametrize("kind", list(FunctionKind))
def test_add_function_takes_its_kinds_defaults_from_the_reference_data(reference, plan, kind):
    after = AddFunction(reference, kind).apply(plan)
    added = after.functions[-1]
    default = reference.function_defaults[kind.value]
    hourly = plan.business.staff_hourly_cost
    assert after.functions[:-1] == plan.functions
    assert added.kind == kind
    assert added.daily_interactions == default.daily_interactions
    assert added.channel_mix["whatsapp"] == default.whatsapp_share
    assert added.revenue_per_interaction == round(default.revenue_per_interaction * hourly, 2)
    assert added.backlog_cost == round(default.backlog_cost * hourly, 2)
    assert (added.staff_affected is not None) == kind.is_coordination
    assert added.name == f"New function {added.id.removeprefix('function-')}"


def test_add_function_numbers_its_ids_and_names_the_step(reference, plan):
    edit = AddFunction(reference)
    once = edit.apply(plan)
    twice = edit.apply(once)
    assert [f.id for f in twice.functions[-2:]] == ["function-1", "function-2"]
    assert edit.text(plan) == "Add function"
    assert edit.merge_key == ""


def test_function_of_kind_follows_the_staff_cost(reference, plan):
    cheap = function_of_kind(reference, plan.business, FunctionKind.ORDERS_SALES, "x", "X")
    dear = function_of_kind(
        reference,
        revise(plan.business, staff_hourly_cost=plan.business.staff_hourly_cost * 2),
        FunctionKind.ORDERS_SALES,
        "x",
        "X",
    )
    assert dear.revenue_per_interaction == pytest.approx(2 * cheap.revenue_per_interaction, 0.01)


def test_remove_function_takes_its_fallbacks_and_minimum_service(plan):
    gone = plan.fallbacks[0].function
    plan = SetMinimumService(gone, 0.5).apply(plan)
    name = plan.function(gone).name
    edit = RemoveFunction(gone)
    after = edit.apply(plan)
    assert gone not in {f.id for f in after.functions}
    assert all(f.function != gone for f in after.fallbacks)
    assert gone not in after.tolerance.functions
    assert edit.text(plan) == f"Remove {name}"


def test_set_function_field_merges_typing_in_one_field(plan):
    function = plan.functions[0]
    edit = SetFunctionField(function.id, "daily_interactions", 123.0, "Per day")
    after = edit.apply(plan)
    assert after.functions[0].daily_interactions == 123.0
    assert after.functions[1:] == plan.functions[1:]
    assert edit.text(plan) == f"Change Per day of {function.name}"
    assert edit.merge_key == SetFunctionField(function.id, "daily_interactions", 5.0, "").merge_key
    assert edit.merge_key != SetFunctionField(function.id, "mix.whatsapp", 0.5, "").merge_key
    with pytest.raises(ValidationError):
        SetFunctionField(function.id, "mix.whatsapp", 1.5, "WhatsApp").apply(plan)


def test_import_functions_adds_or_replaces(plan):
    new = [revise(plan.functions[0], id="imported", name="Imported")]
    added = ImportFunctions(new, "table.csv").apply(plan)
    assert [f.id for f in added.functions] == [*(f.id for f in plan.functions), "imported"]
    replaced = ImportFunctions(new, "table.csv", replace=True).apply(plan)
    assert [f.id for f in replaced.functions] == ["imported"]
    assert replaced.fallbacks == []
    assert ImportFunctions(new, "t.csv").text(plan) == "Add functions from t.csv"
    assert ImportFunctions(new, "t.csv", replace=True).text(plan) == "Replace functions from t.csv"


def test_chat_measurement_sets_volume_and_profiles_rounded(plan):
    function = plan.functions[0]
    edit = ApplyChatMeasurement(function.id, 12.3456, [1 / 3] * 24, [1 / 7] * 7)
    changed = edit.apply(plan).function(function.id)
    # 12.35 a day on WhatsApp, measured; the 15% of 60 a day elsewhere (9) stays
    assert changed.daily_interactions == 21.35
    assert changed.channel_mix == {"whatsapp": 0.5784}  # 12.35 / 21.35, to 0.01% down
    assert changed.hourly_profile == [round(1 / 3, 6)] * 24
    assert changed.weekday_profile == [round(1 / 7, 6)] * 7
    assert edit.text(plan) == f"Import chat into {function.name}"


def test_readiness_zero_removes_a_fallback_and_a_new_channel_adds_one(plan):
    fallback = plan.fallbacks[0]
    gone = SetReadiness(fallback.function, fallback.channel, 0.0, "SMS").apply(plan)
    assert fallback not in gone.fallbacks and len(gone.fallbacks) == len(plan.fallbacks) - 1
    kept = SetReadiness(fallback.function, fallback.channel, 0.3, "SMS").apply(plan)
    assert kept.fallbacks[0].readiness == 0.3  # in its place
    added = SetReadiness(fallback.function, "carrier-pigeon", 0.2, "Pigeon").apply(gone)
    assert added.fallbacks[-1].channel == "carrier-pigeon"
    assert SetReadiness(fallback.function, "x", 0.2, "Pigeon").text(plan) == (
        "Change readiness of Pigeon"
    )


def test_known_reach_set_and_forgotten(plan):
    known = SetKnownReach("telegram", 0.4, "Telegram").apply(plan)
    assert known.business.known_reach == {"telegram": 0.4}
    assert SetKnownReach("telegram", None, "Telegram").apply(known).business.known_reach == {}
    assert SetKnownReach("telegram", None, "Telegram").text(plan) == (
        "Use the country figures for Telegram"
    )


def test_scenarios_added_with_a_free_id_and_removed_with_the_reference(plan):
    first = plan.scenarios[0]
    twice = AddScenario(first).apply(plan)
    assert twice.scenarios[-1].id == f"{first.id}-2"
    custom = AddScenario().apply(plan).scenarios[-1]
    assert custom.frequency_per_year == 0 and custom.id.startswith("custom")
    pinned = revise(plan, settings=revise(plan.settings, reference_scenario=first.id))
    after = RemoveScenario(first.id).apply(pinned)
    assert first.id not in {s.id for s in after.scenarios}
    assert after.settings.reference_scenario is None
    renamed = SetScenarioField(first.id, "name", "Big one")
    assert renamed.apply(plan).scenarios[0].name == "Big one"
    assert renamed.merge_key == f"scenario.{first.id}.name"
    assert SetScenarioField(first.id, "failed_layers", ["power"]).merge_key == ""


def test_roles_removed_from_the_contact_tree(plan):
    plan = AddRole().apply(AddRole().apply(plan))
    one, two = plan.details.roles[-2:]
    plan = SetRoleField(two.id, "calls", [one.id]).apply(plan)
    after = RemoveRole(one.id).apply(plan)
    assert one.id not in {r.id for r in after.details.roles}
    assert all(one.id not in r.calls for r in after.details.roles)
    assert RemoveRole(one.id).text(plan) == f"Remove role {one.title}"
    assert SetRoleField(two.id, "calls", []).merge_key == ""
    assert SetRoleField(two.id, "holder", "Dana").merge_key == f"details.roles.{two.id}.holder"


def test_details_criteria_and_messages(plan):
    assert SetDetail("owner", "Lina").apply(plan).details.owner == "Lina"
    assert SetDetail("owner", "Lina").merge_key == "details.owner"
    with_prompt = AddCriterion().apply(plan)
    row = len(with_prompt.details.activation_criteria) - 1
    edited = SetCriterion(row, "  WhatsApp   down ").apply(with_prompt)
    assert edited.details.activation_criteria[row] == "WhatsApp down"
    assert SetCriterion(row, " ").apply(edited).details.activation_criteria == list(
        plan.details.activation_criteria
    )
    message = MessageTemplate(id="m", audience="customers", channel="sms", text="Hi")
    added = AddMessage(message).apply(AddMessage(message).apply(plan))
    assert [m.id for m in added.details.messages[-2:]] == ["m", "m-2"]
    texted = SetMessageField("m", "text", "Hello").apply(added)
    assert texted.details.messages[-2].text == "Hello"
    assert SetMessageField("m", "text", "x", suggested=True).merge_key == ""
    assert SetMessageField("m", "text", "x", suggested=True).text(plan) == "Use suggested text"
    assert RemoveMessage("m").apply(added).details.messages[-1].id == "m-2"


def test_business_fields_and_opening_hours(plan):
    edit = SetBusinessFields({"currency": "USD", "usd_rate": 1.0})
    after = edit.apply(plan)
    assert (after.business.currency, after.business.usd_rate) == ("USD", 1.0)
    assert edit.text(plan) == "Change currency"
    assert edit.merge_key == "business.currency"
    closed = SetOpeningHours("mon", ()).apply(plan)
    assert "mon" not in closed.business.opening_hours
    assert SetOpeningHours("mon", ("08:00-12:00",)).apply(closed).business.opening_hours["mon"] == [
        "08:00-12:00"
    ]
    with pytest.raises(ValidationError):
        SetOpeningHours("mon", ("12:00-08:00",)).apply(plan)


def test_plan_change_names_the_parts_and_functions_that_changed(plan):
    function = plan.functions[0]
    after = SetFunctionField(function.id, "name", "Renamed", "Name").apply(plan)
    change = PlanChange.between(plan, after)
    assert change.parts == {"functions"}
    assert change.function_ids == {function.id}
    assert change.touches("functions", "business") and not change.touches("scenarios")
    renamed = SetBusinessFields({"name": "Other"}).apply(plan)
    assert PlanChange.between(plan, renamed).business_fields == {"name"}
    assert not PlanChange.between(plan, plan)
    assert PlanChange.everything().parts == PARTS
    removed = RemoveFunction(function.id).apply(plan)
    change = PlanChange.between(plan, removed)
    assert function.id in change.function_ids and "functions" in change.parts


def test_role_titles_default_and_are_kept(plan):
    after = AddRole().apply(plan)
    assert after.details.roles[-1] == Role(id=after.details.roles[-1].id, title="New role")


def test_a_chat_from_another_app_measures_that_channel_and_keeps_the_others(plan):
    function = revise(plan.functions[0], daily_interactions=100, channel_mix={"whatsapp": 0.6})
    plan = revise(plan, functions=[function, *plan.functions[1:]])
    edit = ApplyChatMeasurement(function.id, 20, [1.0] * 24, [1.0] * 7, "instagram")
    changed = edit.apply(plan).function(function.id)
    # WhatsApp keeps its 60 a day, the rest its 40, Instagram adds its measured 20
    assert changed.daily_interactions == 120
    assert changed.channel_mix == {"whatsapp": 0.5, "instagram": 0.1666}
    again = ApplyChatMeasurement(function.id, 30, [1.0] * 24, [1.0] * 7, "instagram")
    twice = again.apply(edit.apply(plan)).function(function.id)
    assert twice.daily_interactions == pytest.approx(130, abs=0.01)  # 20 replaced by 30
    assert twice.channel_mix["instagram"] == pytest.approx(30 / 130, abs=1e-4)
    alone = revise(function, channel_mix={"whatsapp": 1.0})
    plan = revise(plan, functions=[alone, *plan.functions[1:]])
    measured = ApplyChatMeasurement(function.id, 42, [1.0] * 24, [1.0] * 7).apply(plan)
    assert measured.function(function.id).daily_interactions == 42
    assert measured.function(function.id).channel_mix == {"whatsapp": 1.0}
