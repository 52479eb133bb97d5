"""Named edits of preparation tasks: adopt recommended steps, add one by hand, change one,
mark it done (the only edit that raises readiness today) or remove it; record a review."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from continuity_app.core.actions import Action
from continuity_app.core.i18n import translate
from continuity_app.core.plan import Plan, Task, TaskStatus, revise
from continuity_app.core.plan_edits.base import PlanEdit, replaced
from continuity_app.core.tasks import next_task_id, planned_steps, task_from_action, with_status

# The fields of a task the window and the command line change directly; the status has its
# own edit, because marking a task done changes readiness today.
TASK_FIELDS = (
    "title",
    "owner",
    "due",
    "one_off_cost",
    "monthly_cost",
    "readiness_when_done",
    "delay_when_done_hours",
    "notes",
)


@dataclass(frozen=True)
class PlanSteps(PlanEdit):
    """Recommended steps become planned tasks: one step, named after its title, or the
    recommended portfolio. Readiness today does not change. Steps already planned, and steps
    for a function no longer in the plan (shown while results are computed again), are left
    out."""

    actions: Sequence[Action]
    portfolio: bool = False

    def applicable(self, plan: Plan) -> list[Action]:
        ids = {f.id for f in plan.functions}
        planned = planned_steps(plan)
        return [a for a in self.actions if a.function_id in ids and a.id not in planned]

    def apply(self, plan: Plan) -> Plan:
        tasks = list(plan.tasks)
        for action in self.applicable(plan):
            tasks.append(task_from_action(action, next_task_id(plan, (t.id for t in tasks))))
        return revise(plan, tasks=tasks)

    def text(self, plan: Plan) -> str:
        if self.portfolio or not self.actions:
            return translate("PlanEdits", "Plan the recommended portfolio")
        return translate("PlanEdits", "Plan step: {title}").format(title=self.actions[0].title)


@dataclass(frozen=True)
class AddTask(PlanEdit):
    """A task typed by hand; its id is given when it is added."""

    task: Task

    def apply(self, plan: Plan) -> Plan:
        task = revise(self.task, id=next_task_id(plan))
        return revise(plan, tasks=[*plan.tasks, task])

    def text(self, plan: Plan) -> str:
        return translate("PlanEdits", "Add task: {title}").format(title=self.task.title)


@dataclass(frozen=True)
class SetTaskField(PlanEdit):
    """One field of a task (one of TASK_FIELDS)."""

    task_id: str
    field: str
    value: object

    def apply(self, plan: Plan) -> Plan:
        if self.field not in TASK_FIELDS:
            raise ValueError(f"{self.field} is not a task field one sets directly")
        changed = revise(plan.task(self.task_id), **{self.field: self.value})
        return revise(plan, tasks=replaced(plan.tasks, self.task_id, changed))

    def text(self, plan: Plan) -> str:
        return translate("PlanEdits", "Change task: {title}").format(
            title=plan.task(self.task_id).title
        )

    @property
    def merge_key(self) -> str:
        return f"tasks.{self.task_id}.{self.field}"


@dataclass(frozen=True)
class SetTaskStatus(PlanEdit):
    """A task's status; marking it done on `today` raises its channel's readiness today."""

    task_id: str
    status: TaskStatus
    today: dt.date

    def apply(self, plan: Plan) -> Plan:
        return with_status(plan, self.task_id, self.status, self.today)

    def text(self, plan: Plan) -> str:
        title = plan.task(self.task_id).title
        if self.status is TaskStatus.DONE:
            return translate("PlanEdits", "Mark done: {title}").format(title=title)
        return translate("PlanEdits", "Change status: {title}").format(title=title)


@dataclass(frozen=True)
class RemoveTask(PlanEdit):
    """Remove a task; readiness a done task gave stays (the work was done)."""

    task_id: str

    def apply(self, plan: Plan) -> Plan:
        return revise(plan, tasks=[t for t in plan.tasks if t.id != self.task_id])

    def text(self, plan: Plan) -> str:
        return translate("PlanEdits", "Remove task: {title}").format(
            title=plan.task(self.task_id).title
        )


@dataclass(frozen=True)
class MarkReviewed(PlanEdit):
    """Record that the plan was reviewed on `day`: the next review follows the schedule."""

    day: dt.date

    def apply(self, plan: Plan) -> Plan:
        return revise(plan, details=revise(plan.details, reviewed=self.day))

    def text(self, plan: Plan) -> str:
        return translate("PlanEdits", "Mark the plan as reviewed")
