"""The printed plan's action plan, decided in core: the tasks by due date with their worth and
overdue mark, the totals of the open tasks, the review dates, and an outage card that names
only what is ready today."""

from __future__ import annotations

import datetime as dt

import pytest

from continuity_app.core.outlook import outlook
from continuity_app.core.plan import Plan, TaskStatus, likely, revise
from continuity_app.core.plan_content import (
    action_plan,
    add_months,
    card_steps,
    channels_when_done,
    review_due,
)
from continuity_app.core.plan_edits import MarkReviewed, PlanSteps, SetTaskField, SetTaskStatus
from continuity_app.core.recommend import recommend
from continuity_app.core.reference import load_reference
from continuity_app.io.examples import load_example
from continuity_app.io.planfile import load_plan
from tests.paths import PLANS

REFERENCE = load_reference()
ISSUED = dt.date(2026, 12, 6)


def with_tasks(plan: Plan, count: int) -> Plan:
    """The plan with its first `count` recommended steps worth doing planned as tasks."""
    advice = recommend(plan, REFERENCE)
    return PlanSteps([v.action for v in advice.actions if v.worth_doing][:count]).apply(plan)


@pytest.fixture(scope="module")
def bakery_tasks() -> Plan:
    """Five tasks: overdue with an owner, in progress, done, dropped, planned without a date."""
    plan = with_tasks(load_example("ramallah-bakery"), 5)
    ids = [t.id for t in plan.tasks]
    assert len(ids) == 5
    for edit in (
        SetTaskField(ids[0], "owner", "Samir Haddad"),
        SetTaskField(ids[0], "due", ISSUED - dt.timedelta(days=10)),
        SetTaskField(ids[0], "monthly_cost", 15.0),
        SetTaskField(ids[1], "due", ISSUED + dt.timedelta(days=20)),
        SetTaskStatus(ids[1], TaskStatus.IN_PROGRESS, ISSUED),
        SetTaskField(ids[2], "due", ISSUED - dt.timedelta(days=30)),
        SetTaskStatus(ids[2], TaskStatus.DONE, ISSUED),
        SetTaskStatus(ids[3], TaskStatus.DROPPED, ISSUED),
    ):
        plan = edit.apply(plan)
    return plan


def test_rows_follow_the_due_dates_and_value_only_open_tasks(bakery_tasks):
    seen = outlook(bakery_tasks, REFERENCE)
    actions = action_plan(bakery_tasks, seen, ISSUED)
    ids = [t.id for t in bakery_tasks.tasks]
    # open by due date, the one without a date last among them; then done, then dropped
    assert [r.task_id for r in actions.rows] == [ids[0], ids[1], ids[4], ids[2], ids[3]]
    rows = {r.task_id: r for r in actions.rows}
    assert rows[ids[0]].owner == "Samir Haddad" and rows[ids[1]].owner == ""
    assert rows[ids[0]].function == "Cake and catering pre-orders"
    assert rows[ids[0]].overdue and not rows[ids[1]].overdue
    # done a month late is no longer overdue; a task due after the issue date is not either
    assert not rows[ids[2]].overdue and actions.overdue == 1
    for task_id in (ids[0], ids[1], ids[4]):
        assert rows[task_id].worth == pytest.approx(seen.worth[task_id]) and seen.worth[task_id] > 0
    assert rows[ids[2]].worth is None and rows[ids[3]].worth is None
    assert rows[ids[2]].status is TaskStatus.DONE and rows[ids[3]].status is TaskStatus.DROPPED


def test_totals_count_open_tasks_and_the_saving_is_the_outlooks(bakery_tasks):
    seen = outlook(bakery_tasks, REFERENCE)
    actions = action_plan(bakery_tasks, seen, ISSUED)
    pending = [t for t in bakery_tasks.tasks if t.status.is_open]
    assert actions.open_tasks == len(pending) == 3
    assert actions.one_off_cost == pytest.approx(sum(t.one_off_cost for t in pending))
    assert actions.monthly_cost == pytest.approx(15.0)
    assert actions.saving == pytest.approx(seen.today.ale - seen.when_done.ale)
    assert actions.today == seen.today and actions.when_done == seen.when_done
    # two open SMS tasks for the same orders overlap: together they save less than alone
    assert actions.saving < sum(seen.worth.values())


def test_a_plan_without_tasks_has_no_rows_and_saves_nothing():
    plan = load_example("ramallah-bakery")
    actions = action_plan(plan, outlook(plan, REFERENCE), ISSUED)
    assert actions.rows == () and actions.open_tasks == 0
    assert actions.saving == 0 and actions.one_off_cost == 0
    assert actions.today == actions.when_done


def test_the_procedure_says_what_open_tasks_will_give_and_nothing_for_done_ones(bakery_tasks):
    orders = {c.channel: c for c in channels_when_done(bakery_tasks, "orders")}
    sms_tasks = [t for t in bakery_tasks.tasks if t.channel == "sms" and t.status.is_open]
    assert set(orders) == {"sms"}
    assert orders["sms"].readiness == pytest.approx(max(t.readiness_when_done for t in sms_tasks))
    assert orders["sms"].delay_hours == min(t.delay_when_done_hours for t in sms_tasks)
    # the delivery task that is still planned readies a channel that is no fallback today
    delivery = channels_when_done(bakery_tasks, "delivery")
    planned = [t for t in bakery_tasks.tasks if t.function == "delivery" and t.status.is_open]
    assert [c.channel for c in delivery] == [t.channel for t in planned]
    # a function without open tasks gets no sentence
    assert channels_when_done(bakery_tasks, "suppliers") == ()


def test_the_next_review_follows_the_last_one_recorded():
    plan = load_example("ramallah-bakery")
    assert plan.details.reviewed is None
    unrecorded = review_due(plan, ISSUED)
    assert (unrecorded.last, unrecorded.next, unrecorded.overdue) == (
        None,
        add_months(ISSUED, 6),
        False,
    )
    recent = review_due(MarkReviewed(dt.date(2026, 10, 1)).apply(plan), ISSUED)
    assert (recent.last, recent.next, recent.overdue) == (
        dt.date(2026, 10, 1),
        dt.date(2027, 4, 1),
        False,
    )
    old = review_due(MarkReviewed(dt.date(2026, 3, 1)).apply(plan), ISSUED)
    assert (old.next, old.overdue) == (dt.date(2026, 9, 1), True)


def test_the_card_names_only_channels_ready_today():
    lagos = load_plan(PLANS / "lagos-pharmacy.cplan")
    assert not lagos.fallbacks
    planned = with_tasks(lagos, 1)
    (task,) = planned.tasks
    assert (task.function, task.channel) == ("orders", "sms")
    # planned: SMS is ready for no one yet, the card does not send anyone there
    assert card_steps(planned, REFERENCE).switches == ()
    done = SetTaskStatus(task.id, TaskStatus.DONE, ISSUED).apply(planned)
    [switch] = card_steps(done, REFERENCE).switches
    assert (switch.function_id, switch.channel) == ("orders", "sms")
    # a fallback kept at 0% is not ready either: the next channel of the function is named
    bakery = load_example("ramallah-bakery")
    voice = next(f for f in bakery.fallbacks if (f.function, f.channel) == ("orders", "voice"))
    assert card_steps(bakery, REFERENCE).switches[0].channel == "voice"
    zero = revise(
        bakery,
        fallbacks=[revise(f, readiness=0.0) if f is voice else f for f in bakery.fallbacks],
    )
    assert likely(zero.fallbacks[0].readiness) == 0
    assert card_steps(zero, REFERENCE).switches[0].channel == "sms"
