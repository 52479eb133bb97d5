"""Preparation tasks: planning a step changes nothing today; marking it done does, and only
then; taking it back restores what was; the outlook compares today with the plan done."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from continuity_app.core.evaluation import evaluate
from continuity_app.core.outlook import outlook
from continuity_app.core.plan import SCHEMA_VERSION, Plan, Task, TaskStatus, likely
from continuity_app.core.plan_content import next_review, review_overdue
from continuity_app.core.plan_edits import (
    AddTask,
    MarkReviewed,
    PlanSteps,
    RemoveTask,
    SetReadiness,
    SetTaskField,
    SetTaskStatus,
)
from continuity_app.core.recommend import recommend
from continuity_app.core.tasks import by_due_date, overdue, when_open_tasks_done
from continuity_app.io.examples import load_example
from continuity_app.io.planfile import plan_from_dict, plan_from_json, plan_to_json

from .test_recommend import REFERENCE

TODAY = dt.date(2026, 12, 6)


@pytest.fixture(scope="module")
def bakery() -> Plan:
    return load_example("ramallah-bakery")


@pytest.fixture(scope="module")
def advice(bakery: Plan):
    return recommend(bakery, REFERENCE)


def readiness(plan: Plan, function: str, channel: str) -> float | None:
    found = [f for f in plan.fallbacks if f.function == function and f.channel == channel]
    return likely(found[0].readiness) if found else None


def test_planning_a_step_makes_a_task_and_leaves_readiness_today_alone(bakery, advice):
    step = advice.actions[0].action
    planned = PlanSteps([step]).apply(bakery)
    assert planned.fallbacks == bakery.fallbacks
    (task,) = planned.tasks
    assert (task.function, task.channel, task.step) == (step.function_id, step.channel, step.id)
    assert task.status is TaskStatus.PLANNED
    assert task.readiness_when_done == pytest.approx(step.readiness_after, abs=1e-4)
    assert task.delay_when_done_hours == step.delay_after
    assert evaluate(planned, REFERENCE).ale == pytest.approx(evaluate(bakery, REFERENCE).ale)
    # planning it twice makes no second task
    assert PlanSteps([step]).apply(planned).tasks == planned.tasks


def test_marking_done_raises_readiness_and_reopening_puts_it_back(bakery, advice):
    step = advice.actions[0].action
    planned = PlanSteps([step]).apply(bakery)
    task_id = planned.tasks[0].id
    before = readiness(bakery, step.function_id, step.channel)
    done = SetTaskStatus(task_id, TaskStatus.DONE, TODAY).apply(planned)
    assert readiness(done, step.function_id, step.channel) == pytest.approx(
        step.readiness_after, abs=1e-4
    )
    assert done.task(task_id).done_on == TODAY
    assert evaluate(done, REFERENCE).ale < evaluate(planned, REFERENCE).ale
    # saved and read back, then taken out of done: readiness is as it was before the task
    reread = plan_from_json(plan_to_json(done))
    reopened = SetTaskStatus(task_id, TaskStatus.IN_PROGRESS, TODAY).apply(reread)
    assert readiness(reopened, step.function_id, step.channel) == before
    assert reopened.fallbacks == planned.fallbacks
    assert reopened.task(task_id).done_on is None


def test_a_later_hand_edit_survives_reopening(bakery, advice):
    step = advice.actions[0].action
    planned = PlanSteps([step]).apply(bakery)
    task_id = planned.tasks[0].id
    done = SetTaskStatus(task_id, TaskStatus.DONE, TODAY).apply(planned)
    measured = SetReadiness(step.function_id, step.channel, 0.9, "x").apply(done)
    reopened = SetTaskStatus(task_id, TaskStatus.PLANNED, TODAY).apply(measured)
    assert readiness(reopened, step.function_id, step.channel) == 0.9


def test_the_outlook_compares_today_with_every_open_task_done(bakery, advice):
    worth_doing = [v.action for v in advice.actions if v.worth_doing][:3]
    planned = PlanSteps(worth_doing).apply(bakery)
    both = outlook(planned, REFERENCE)
    assert both.open_tasks == 3
    assert both.today.ale == pytest.approx(evaluate(bakery, REFERENCE).ale)
    assert both.when_done.ale < both.today.ale
    assert both.when_done.p90_year <= both.today.p90_year
    assert both.when_done.ale == pytest.approx(
        evaluate(when_open_tasks_done(planned), REFERENCE).ale
    )
    assert set(both.worth) == {t.id for t in planned.tasks}
    assert all(w > 0 for w in both.worth.values())
    # a done task is today's; a dropped one counts nowhere
    first, second = planned.tasks[0].id, planned.tasks[1].id
    moved = SetTaskStatus(first, TaskStatus.DONE, TODAY).apply(planned)
    moved = SetTaskStatus(second, TaskStatus.DROPPED, TODAY).apply(moved)
    after = outlook(moved, REFERENCE)
    assert after.open_tasks == 1
    assert after.today.ale < both.today.ale
    assert set(after.worth) == {planned.tasks[2].id}


def test_no_open_task_means_one_standing(bakery):
    both = outlook(bakery, REFERENCE)
    assert not both.changes
    assert both.when_done == both.today


def test_tasks_by_hand_fields_overdue_and_removal(bakery):
    task = Task(
        id="new",
        title="Print the SMS number on every receipt",
        function=bakery.functions[0].id,
        channel="sms",
        readiness_when_done=0.3,
        delay_when_done_hours=0.5,
        due=dt.date(2026, 11, 30),
    )
    plan = AddTask(task).apply(bakery)
    (added,) = plan.tasks
    assert added.id == "task-1"
    plan = SetTaskField("task-1", "owner", "Rana").apply(plan)
    assert [t.id for t in overdue(plan, TODAY)] == ["task-1"]
    assert overdue(plan, dt.date(2026, 11, 30)) == []
    plan = SetTaskField("task-1", "due", dt.date(2027, 1, 15)).apply(plan)
    assert overdue(plan, TODAY) == []
    with pytest.raises(ValidationError):
        SetTaskField("task-1", "readiness_when_done", 1.5).apply(plan)
    with pytest.raises(ValueError):
        SetTaskField("task-1", "status", "done").apply(plan)  # only through SetTaskStatus
    assert RemoveTask("task-1").apply(plan).tasks == []


def test_due_order_puts_open_tasks_first_and_undated_last(bakery):
    def task(i: str, due: dt.date | None, status=TaskStatus.PLANNED) -> Task:
        return Task(
            id=i,
            title=i,
            function=bakery.functions[0].id,
            channel="sms",
            readiness_when_done=0.3,
            due=due,
            status=status,
        )

    tasks = [
        task("undated", None),
        task("done", dt.date(2026, 1, 1), TaskStatus.DONE),
        task("later", dt.date(2027, 3, 1)),
        task("sooner", dt.date(2027, 1, 1), TaskStatus.IN_PROGRESS),
    ]
    assert [t.id for t in by_due_date(tasks)] == ["sooner", "later", "undated", "done"]


def test_a_task_for_a_function_not_in_the_plan_is_refused(bakery):
    document = bakery.model_dump(mode="json")
    document["tasks"] = [
        {"id": "t", "title": "x", "function": "nope", "channel": "sms", "readiness_when_done": 0.2}
    ]
    with pytest.raises(Exception, match=r"tasks\[0\]\.function"):
        plan_from_dict(document)


def test_a_schema_2_plan_keeps_its_readiness_as_today_and_gains_no_task(bakery):
    document = bakery.model_dump(mode="json")
    document["schema_version"] = 2
    del document["tasks"]
    del document["details"]["reviewed"]
    for function in document["functions"]:  # version 2 knew only the share on WhatsApp
        function["whatsapp_share"] = function.pop("channel_mix")["whatsapp"]
    migrated = plan_from_dict(document)
    assert migrated.schema_version == SCHEMA_VERSION
    assert migrated.tasks == []
    assert migrated.fallbacks == bakery.fallbacks
    assert next_review(migrated) is None
    assert not review_overdue(migrated, TODAY)


def test_review_is_due_a_cycle_after_the_last_one(bakery):
    reviewed = MarkReviewed(dt.date(2026, 5, 1)).apply(bakery)
    assert next_review(reviewed) == dt.date(2026, 11, 1)
    assert review_overdue(reviewed, TODAY)
    assert not review_overdue(MarkReviewed(TODAY).apply(bakery), TODAY)


def test_removing_a_function_takes_its_tasks_with_it(bakery, advice):
    from continuity_app.core.plan_edits import RemoveFunction

    steps = [v.action for v in advice.actions if v.worth_doing]
    planned = PlanSteps(steps).apply(bakery)
    gone = steps[0].function_id
    assert any(t.function == gone for t in planned.tasks)
    after = RemoveFunction(gone).apply(planned)
    assert all(t.function != gone for t in after.tasks)
    assert [t for t in planned.tasks if t.function != gone] == after.tasks


def test_without_open_tasks_the_simulations_bad_year_is_todays(bakery):
    """The outlook reuses the simulation when nothing is open: the same bad year either way."""
    from continuity_app.core.actions import Valuer
    from continuity_app.core.montecarlo import simulate

    simulated = simulate(bakery, REFERENCE)
    quick = outlook(bakery, REFERENCE, monte_carlo=simulated)
    assert quick == outlook(bakery, REFERENCE)
    # the same bad year the outlook with open tasks (and the recommender) computes
    assert quick.today.p90_year == Valuer(bakery, REFERENCE).yearly_p90()
