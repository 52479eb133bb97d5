"""What preparation tasks do to a plan: made from a recommended step, marked done (which is
the only way they change readiness today), reopened, and the plan when every open task is
done; and which tasks are overdue."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from continuity_app.core.actions import Action
from continuity_app.core.plan import (
    Fallback,
    Plan,
    ReadinessBefore,
    Task,
    TaskStatus,
    likely,
    revise,
)


def next_task_id(plan: Plan, taken: Iterable[str] = ()) -> str:
    """A task id no task of the plan (nor any of `taken`) has: task-1, task-2..."""
    used = {t.id for t in plan.tasks} | set(taken)
    numbers = [int(m.group(1)) for i in used if (m := re.fullmatch(r"task-(\d+)", i))]
    return f"task-{max(numbers, default=0) + 1}"


def task_from_action(action: Action, task_id: str) -> Task:
    """A planned task for a recommended step: its title, its cost and the readiness and delay
    it gives when done; owner and due date are the user's to give."""
    return Task.model_validate(_step_fields(action, task_id, action.title))


def _step_fields(action: Action, task_id: str, title: str) -> dict[str, object]:
    return {
        "id": task_id,
        "title": title,
        "function": action.function_id,
        "channel": action.channel,
        "step": action.id,
        "one_off_cost": round(action.one_off_cost, 2),
        "monthly_cost": round(action.monthly_cost, 2),
        "readiness_when_done": round(action.readiness_after, 4),
        "delay_when_done_hours": action.delay_after,
    }


def planned_steps(plan: Plan) -> dict[str, Task]:
    """The tasks made from recommended steps and not dropped, by step id."""
    return {t.step: t for t in plan.tasks if t.step and t.status is not TaskStatus.DROPPED}


def _fallback(plan: Plan, task: Task) -> Fallback | None:
    return next(
        (f for f in plan.fallbacks if f.function == task.function and f.channel == task.channel),
        None,
    )


def _with_fallback(plan: Plan, task: Task, fallback: Fallback | None) -> Plan:
    """The plan with the task's fallback replaced by `fallback` (None: removed).

    Not validated again: the fallback is made of a validated task's and fallback's values,
    and the recommender values hundreds of steps this way.
    """
    current = _fallback(plan, task)
    others = [f for f in plan.fallbacks if f is not current]
    if fallback is None:
        fallbacks = others
    elif current is None:
        fallbacks = [*others, fallback]
    else:
        fallbacks = [fallback if f is current else f for f in plan.fallbacks]
    return plan.model_copy(update={"fallbacks": fallbacks})


def _readied(fallback: Fallback | None, task: Task) -> Fallback:
    """The fallback as the task leaves it: at least as ready and as quick as the task makes
    it (a range stays a range unless the task beats its likely value)."""
    if fallback is None:
        return Fallback(
            function=task.function,
            channel=task.channel,
            readiness=task.readiness_when_done,
            activation_delay_hours=task.delay_when_done_hours,
        )
    readiness = fallback.readiness
    if task.readiness_when_done > likely(readiness):
        readiness = task.readiness_when_done
    delay = min(fallback.activation_delay_hours, task.delay_when_done_hours)
    return fallback.model_copy(update={"readiness": readiness, "activation_delay_hours": delay})


def with_status(plan: Plan, task_id: str, status: TaskStatus, today: dt.date) -> Plan:
    """The plan with a task's status changed. Marking it done raises the channel's readiness
    today (recording what it was); taking it out of done puts back what it was, unless the
    readiness was changed since, by hand or by another task."""
    task = plan.task(task_id)
    if status is task.status:
        return plan
    was_done = task.status is TaskStatus.DONE
    if status is TaskStatus.DONE:
        current = _fallback(plan, task)
        before = ReadinessBefore(
            readiness=current.readiness if current else None,
            activation_delay_hours=current.activation_delay_hours if current else None,
        )
        plan = _with_fallback(plan, task, _readied(current, task))
        changed = revise(task, status=status, done_on=today, before=before)
    else:
        if was_done:
            plan = _undone(plan, task)
        changed = revise(task, status=status, done_on=None, before=None)
    return revise(plan, tasks=[changed if t.id == task_id else t for t in plan.tasks])


def _undone(plan: Plan, task: Task) -> Plan:
    """The plan with a done task's readiness taken back, if it still holds what the task
    left."""
    current = _fallback(plan, task)
    before = task.before
    if current is None or before is None:
        return plan
    left = _readied(
        None
        if before.readiness is None
        else Fallback(
            function=task.function,
            channel=task.channel,
            readiness=before.readiness,
            activation_delay_hours=before.activation_delay_hours or 0.0,
        ),
        task,
    )
    if (current.readiness, current.activation_delay_hours) != (
        left.readiness,
        left.activation_delay_hours,
    ):
        return plan  # changed since: the user's later figure stands
    if before.readiness is None:
        return _with_fallback(plan, task, None)
    restored = revise(
        current,
        readiness=before.readiness,
        activation_delay_hours=before.activation_delay_hours
        if before.activation_delay_hours is not None
        else current.activation_delay_hours,
    )
    return _with_fallback(plan, task, restored)


def open_tasks(plan: Plan) -> list[Task]:
    """Tasks planned or in progress, in the plan's order."""
    return [t for t in plan.tasks if t.status.is_open]


def with_step_done(plan: Plan, action: Action) -> Plan:
    """The plan's fallbacks as a recommended step leaves them once done (what it is valued
    by); the step's title is not worded, for the recommender values hundreds of steps."""
    return with_task_done(plan, Task.model_validate(_step_fields(action, "step", action.id)))


def with_task_done(plan: Plan, task: Task) -> Plan:
    """The plan's fallbacks as they will be once this one task is done (tasks untouched)."""
    return _with_fallback(plan, task, _readied(_fallback(plan, task), task))


def when_open_tasks_done(plan: Plan) -> Plan:
    """The plan's fallbacks as they will be once every open task is done."""
    for task in open_tasks(plan):
        plan = with_task_done(plan, task)
    return plan


def overdue(plan: Plan, today: dt.date) -> list[Task]:
    """Open tasks past their due date, the most overdue first."""
    late = [t for t in plan.tasks if t.overdue(today)]
    return sorted(late, key=lambda t: (t.due or today, t.id))


def by_due_date(tasks: Iterable[Task]) -> list[Task]:
    """Tasks by due date, those without one last; open before done and dropped."""
    rank = {
        TaskStatus.IN_PROGRESS: 0,
        TaskStatus.PLANNED: 0,
        TaskStatus.DONE: 1,
        TaskStatus.DROPPED: 2,
    }
    return sorted(tasks, key=lambda t: (rank[t.status], t.due is None, t.due or dt.date.min, t.id))
