"""The action plan: the preparation tasks by due date with owners, costs and what each is
worth, where the business stands today and when the open tasks are done, and when the plan
is next reviewed."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from continuity_app.core.outlook import Outlook, Standing
from continuity_app.core.plan import Plan, TaskStatus, likely
from continuity_app.core.plan_content.schedule import next_review, review_date
from continuity_app.core.tasks import by_due_date, open_tasks, when_open_tasks_done


@dataclass(frozen=True)
class ActionRow:
    """One task as the action plan lists it."""

    task_id: str
    title: str
    function_id: str
    function: str  # the function's name; its id when the function is gone
    channel: str
    owner: str  # empty: nobody is assigned yet (worded where it is shown)
    due: dt.date | None
    status: TaskStatus
    one_off_cost: float
    monthly_cost: float
    readiness_when_done: float
    delay_when_done_hours: float
    worth: float | None  # expected yearly loss it saves on its own; None unless still open
    overdue: bool  # open and due before the plan's issue date


@dataclass(frozen=True)
class ActionPlan:
    """Every task by due date, with today's standing and the standing when the open ones are
    done."""

    rows: tuple[ActionRow, ...]
    today: Standing
    when_done: Standing
    open_tasks: int
    overdue: int
    one_off_cost: float  # of the open tasks
    monthly_cost: float  # of the open tasks
    # today's expected yearly loss less the one when every open task is done: tasks on the
    # same function overlap, so this is less than the single tasks' worth added up
    saving: float


def action_plan(plan: Plan, outlook: Outlook, issued: dt.date) -> ActionPlan:
    """The plan's tasks by due date (open first), valued by the outlook; overdue as of the
    day the plan is issued."""
    names = {f.id: f.name for f in plan.functions}
    rows = tuple(
        ActionRow(
            task_id=t.id,
            title=t.title,
            function_id=t.function,
            function=names.get(t.function, t.function),
            channel=t.channel,
            owner=t.owner.strip(),
            due=t.due,
            status=t.status,
            one_off_cost=t.one_off_cost,
            monthly_cost=t.monthly_cost,
            readiness_when_done=t.readiness_when_done,
            delay_when_done_hours=t.delay_when_done_hours,
            worth=outlook.worth.get(t.id) if t.status.is_open else None,
            overdue=t.overdue(issued),
        )
        for t in by_due_date(plan.tasks)
    )
    pending = open_tasks(plan)
    return ActionPlan(
        rows=rows,
        today=outlook.today,
        when_done=outlook.when_done,
        open_tasks=len(pending),
        overdue=sum(r.overdue for r in rows),
        one_off_cost=sum(t.one_off_cost for t in pending),
        monthly_cost=sum(t.monthly_cost for t in pending),
        saving=max(outlook.today.ale - outlook.when_done.ale, 0.0),
    )


@dataclass(frozen=True)
class ChannelWhenDone:
    """A fallback channel of a function as its open tasks leave it."""

    channel: str
    readiness: float
    delay_hours: float


def channels_when_done(plan: Plan, function_id: str) -> tuple[ChannelWhenDone, ...]:
    """The function's channels that its open tasks make more ready or quicker, as they will
    be once those tasks are done; nothing when no open task changes a channel."""
    if not any(t.function == function_id for t in open_tasks(plan)):
        return ()
    today = {
        f.channel: (likely(f.readiness), f.activation_delay_hours)
        for f in plan.fallbacks
        if f.function == function_id
    }
    changed = []
    for f in when_open_tasks_done(plan).fallbacks:
        if f.function != function_id:
            continue
        readiness, delay = likely(f.readiness), f.activation_delay_hours
        before = today.get(f.channel)
        if before is None or readiness > before[0] or delay < before[1]:
            changed.append(ChannelWhenDone(f.channel, readiness, delay))
    return tuple(changed)


@dataclass(frozen=True)
class ReviewDue:
    """When the plan was last reviewed and when it is next due."""

    last: dt.date | None  # None: no review is recorded
    next: dt.date
    overdue: bool  # due before the plan's issue date


def review_due(plan: Plan, issued: dt.date) -> ReviewDue:
    """The next review follows the last one recorded; without one, the plan's issue date."""
    recorded = next_review(plan)
    due = recorded if recorded is not None else review_date(issued)
    return ReviewDue(last=plan.details.reviewed, next=due, overdue=due < issued)
