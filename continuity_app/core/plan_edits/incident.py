"""Named edit for what an outage or exercise leaves in the plan: its record, the review date,
and the follow-up tasks."""

from __future__ import annotations

from dataclasses import dataclass

from continuity_app.core.i18n import translate
from continuity_app.core.incident import AfterAction
from continuity_app.core.plan import ExerciseRecord, Plan, revise
from continuity_app.core.plan_edits.base import PlanEdit
from continuity_app.core.tasks import next_task_id


@dataclass(frozen=True)
class RecordIncident(PlanEdit):
    """Record an exercise or outage in the plan: its line in the exercise record, the plan
    reviewed that day, and its follow-up tasks added to the action plan (one undo step)."""

    review: AfterAction

    def apply(self, plan: Plan) -> Plan:
        incident = self.review.incident
        day = incident.started.date()
        record = ExerciseRecord(
            day=day,
            kind=incident.mode,
            script=incident.script or "",
            hours=round(self.review.length_hours, 2),
            missing=len(self.review.missing),
        )
        tasks = list(plan.tasks)
        for task in self.review.follow_ups:
            # ids fresh in this plan: it may have gained tasks since the review was made
            tasks.append(task.model_copy(update={"id": next_task_id(plan, [t.id for t in tasks])}))
        details = revise(
            plan.details,
            exercises=[*plan.details.exercises, record],
            reviewed=max(day, plan.details.reviewed or day),
        )
        return revise(plan, details=details, tasks=tasks)

    def text(self, plan: Plan) -> str:
        if self.review.incident.mode == "exercise":
            return translate("PlanEdits", "Record the exercise")
        return translate("PlanEdits", "Record the outage")
