"""Outage mode's core: the checklist from the plan, where an outage stands, the after-action
review and what it records in the plan."""

from __future__ import annotations

import datetime as dt

import pytest

from continuity_app.core.evaluation import evaluate_scenario
from continuity_app.core.incident import (
    Entry,
    EntryKind,
    Incident,
    Measure,
    Section,
    after_action,
    exercise_scenario,
    incident_scenario,
    outage_checklist,
    return_checklist,
    standing,
)
from continuity_app.core.inputs import function_inputs, model_constants
from continuity_app.core.plan import likely, revise
from continuity_app.core.plan_edits import RecordIncident
from continuity_app.core.reference import load_reference
from continuity_app.io.examples import load_example
from continuity_app.io.incident_files import find_script, shipped_scripts

REFERENCE = load_reference()
BAKERY = load_example("ramallah-bakery")
START = dt.datetime(2026, 12, 6, 9, 0, tzinfo=dt.UTC)


def meta_wide():
    return exercise_scenario(BAKERY, REFERENCE, find_script("meta-wide-2021"))


def run(*entries: Entry, mode: str = "exercise") -> Incident:
    incident = Incident(mode=mode, scenario="meta_wide", script="meta-wide-2021", started=START)
    for entry in entries:
        incident = incident.logged(entry)
    return incident


def test_the_checklist_follows_the_plan_and_leaves_out_what_the_outage_stops():
    items = outage_checklist(BAKERY, REFERENCE, meta_wide())
    sections = {i.section for i in items}
    assert sections == {Section.CRITERIA, Section.CALLS, Section.SWITCHES, Section.MESSAGES}
    criteria = [i.text for i in items if i.section == Section.CRITERIA]
    assert criteria == BAKERY.details.activation_criteria
    # only fallbacks that survive a Meta outage, each with the delay the plan gives it
    switches = {(i.function, i.channel): i.due_hours for i in items if i.section == "switches"}
    expected = {
        (f.function, f.channel): f.activation_delay_hours
        for f in BAKERY.fallbacks
        if REFERENCE.channels[f.channel].survives(["whatsapp", "meta"])
    }
    assert switches == expected
    # the lead's part, then the contact tree from the declaring role down, each with its part
    calls = [i for i in items if i.section == Section.CALLS]
    lead, called = calls[0], calls[1:]
    assert lead.id.startswith("duties-") and "leads: Declares the outage" in lead.text
    assert called and all(i.id.startswith("call-") and "Their part:" in i.text for i in called)
    assert len({i.role for i in calls}) == len(calls)
    ids = [i.id for i in items]
    assert len(ids) == len(set(ids))
    reconcile = [i for i in return_checklist(BAKERY, REFERENCE) if i.function]
    assert [i.function for i in reconcile] == ["orders"]  # orders are entered afterwards


def test_a_message_on_a_channel_the_outage_stops_is_not_offered():
    whatsapp_message = BAKERY.details.messages[0].model_copy(
        update={"id": "on-telegram", "channel": "telegram"}
    )
    plan = revise(
        BAKERY,
        details=revise(BAKERY.details, messages=[*BAKERY.details.messages, whatsapp_message]),
    )
    telegram_down = exercise_scenario(plan, REFERENCE, find_script("meta-wide-2021")).model_copy(
        update={"failed_layers": ["telegram"]}
    )
    assert "message-on-telegram" in {i.id for i in outage_checklist(plan, REFERENCE, meta_wide())}
    assert "message-on-telegram" not in {
        i.id for i in outage_checklist(plan, REFERENCE, telegram_down)
    }


def test_standing_says_the_loss_so_far_the_time_left_and_the_service_the_switches_give():
    scenario = meta_wide()
    outcome = evaluate_scenario(
        BAKERY, scenario, function_inputs(BAKERY, REFERENCE), model_constants(REFERENCE)
    )
    items = outage_checklist(BAKERY, REFERENCE, scenario)
    before = standing(BAKERY, REFERENCE, outcome, items, [], 1.5)
    after = standing(BAKERY, REFERENCE, outcome, items, ["switch-orders-voice"], 1.5)
    later = standing(BAKERY, REFERENCE, outcome, items, [], 3.0)
    assert 0 < before.loss_so_far < later.loss_so_far
    assert before.hours_left == pytest.approx(outcome.mtpd_hours - 1.5)
    orders = {limit.function_id: limit for limit in before.limits}["orders"]
    switched = {limit.function_id: limit for limit in after.limits}["orders"]
    assert orders.served == 0.0 and not orders.met
    readiness = next(f for f in BAKERY.fallbacks if (f.function, f.channel) == ("orders", "voice"))
    assert switched.served == pytest.approx(likely(readiness.readiness))
    assert switched.hours_left == pytest.approx(2.0 - 1.5)


def test_the_review_times_each_step_against_the_plan_and_lists_what_was_missed():
    incident = run(
        Entry(at=0.25, kind=EntryKind.DECLARED),
        Entry(at=0.4, kind=EntryKind.CHECKED, item="switch-orders-voice"),
        Entry(at=0.5, kind=EntryKind.CHECKED, item="switch-orders-sms"),
        Entry(at=0.6, kind=EntryKind.CHECKED, item="switch-delivery-voice"),
        Entry(at=0.7, kind=EntryKind.UNCHECKED, item="switch-delivery-voice"),  # taken back
        Entry(at=6.0, kind=EntryKind.STOOD_DOWN),
    )
    review = after_action(BAKERY, REFERENCE, incident, meta_wide())
    timings = {(t.measure, t.subject): t for t in review.timings}
    assert timings[(Measure.ACTIVATE, "")].actual == 0.25
    customers = timings[(Measure.AUDIENCE, "customers")]
    assert (customers.planned, customers.actual, customers.late) == (0.5, 0.4, False)
    # voice 45% and SMS 20% together: 1 - 0.55 * 0.8 = 56% of orders, above the 50% minimum
    orders = timings[(Measure.SERVICE, "orders")]
    assert (orders.planned, orders.actual, orders.late) == (2.0, 0.5, False)
    delivery = timings[(Measure.SERVICE, "delivery")]
    assert delivery.actual is None and delivery.late
    missing = {i.id for i in review.missing}
    assert "switch-delivery-voice" in missing and "switch-orders-voice" not in missing
    assert "return-announce" in missing  # stood down: the return to normal is asked for
    assert review.length_hours == 6.0
    # a task to rehearse each missed switch, at the readiness the plan already holds
    rehearse = {(t.function, t.channel): t.readiness_when_done for t in review.follow_ups}
    for fallback in BAKERY.fallbacks:
        if (fallback.function, fallback.channel) in rehearse:
            assert rehearse[(fallback.function, fallback.channel)] == likely(fallback.readiness)
    assert ("delivery", "voice") in rehearse and ("orders", "voice") not in rehearse


def test_recording_the_review_adds_its_tasks_its_record_and_the_review_date():
    review = after_action(BAKERY, REFERENCE, run(Entry(at=1, kind=EntryKind.DECLARED)), meta_wide())
    recorded = RecordIncident(review).apply(BAKERY)
    assert len(recorded.tasks) == len(BAKERY.tasks) + len(review.follow_ups) > 0
    assert len({t.id for t in recorded.tasks}) == len(recorded.tasks)
    (record,) = recorded.details.exercises
    assert (record.day, record.kind, record.script) == (START.date(), "exercise", "meta-wide-2021")
    assert record.missing == len(review.missing)
    assert recorded.details.reviewed == START.date()
    # recording changes no readiness: the tasks raise it only once done
    assert recorded.fallbacks == BAKERY.fallbacks


def test_every_shipped_script_plays_a_preset_and_its_injects_lie_within_it():
    scripts = shipped_scripts()
    assert {s.id for s in scripts} >= {
        "meta-wide-2021",
        "whatsapp-only-2022",
        "carrier-outage-2024",
        "mobile-data-shutdown",
    }
    for script in scripts:
        scenario = exercise_scenario(BAKERY, REFERENCE, script)
        assert scenario.duration_hours == min(script.hours, 168)
        assert script.injects and all(0 <= i.at <= script.hours for i in script.injects)
        assert script.source
    meta = find_script("meta-wide-2021")
    titles = " ".join(i.title for i in meta.injects)
    for event in ("Telegram slows", "disputes a payment", "mobile network fails", "partly"):
        assert event in titles
    assert [i.title for i in meta.due(1, 3)] == [i.title for i in meta.injects if 1 <= i.at < 3]


def test_a_log_of_an_outage_the_plan_no_longer_has_is_named():
    with pytest.raises(ValueError, match="no longer has"):
        incident_scenario(BAKERY, REFERENCE, "gone", None)


def test_a_start_without_a_time_zone_is_refused_in_words():
    with pytest.raises(ValueError, match="has no time zone"):
        Incident(mode="outage", scenario="meta_wide", started=dt.datetime(2026, 12, 6, 9))
