"""One outage or exercise being run: its record, its clock, and a save after every change."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from continuity_app.core.evaluation import ScenarioOutcome, evaluate_scenario
from continuity_app.core.incident import (
    AfterAction,
    Entry,
    EntryKind,
    ExerciseScript,
    Incident,
    Inject,
    Item,
    Standing,
    after_action,
    exercise_scenario,
    incident_scenario,
    outage_checklist,
    return_checklist,
    standing,
)
from continuity_app.core.incident.record import MAX_HOURS
from continuity_app.core.inputs import function_inputs, model_constants
from continuity_app.core.plan import Plan, Scenario
from continuity_app.core.reference import ReferenceData
from continuity_app.gui.context import AppContext
from continuity_app.gui.open_plan import file_stem
from continuity_app.io.chat_export.secret import data_dir
from continuity_app.io.incident_files import incident_path, save_incident
from continuity_app.io.planfile import PLAN_SUFFIX

# An inject at the very hour the clock reaches is shown with that hour, not the next one.
_EPSILON = 1e-9


def stamp(started: dt.datetime) -> str:
    """The start as it names the log file, such as 20261206T0915Z."""
    return started.astimezone(dt.UTC).strftime("%Y%m%dT%H%MZ")


def log_path(context: AppContext, started: dt.datetime) -> Path:
    """A new log's file: beside the plan, or in the data folder for a plan not yet saved; a
    second start in the same minute gets its own file rather than overwriting the first."""
    plan_path = context.open_plan.path
    if plan_path is None:
        plan_path = data_dir() / "outages" / (file_stem(context.open_plan.plan) + PLAN_SUFFIX)
    name = stamp(started)
    path = incident_path(plan_path, name)
    number = 2
    while path.exists():
        path = incident_path(plan_path, f"{name}-{number}")
        number += 1
    return path


def outage_scenario(
    plan: Plan, reference: ReferenceData, scenario_id: str, script: ExerciseScript | None
) -> Scenario:
    """The outage being run; if the plan lost its scenario while the outage runs, the plan's
    reference outage (the log keeps the id; resuming such a log is refused with a message)."""
    try:
        return incident_scenario(plan, reference, scenario_id, script)
    except ValueError:
        return plan.reference_scenario()


class OutageSession(QObject):
    """The record of one outage or exercise, saved to `path` after each line it gains.

    The plan is read afresh each time (it may be edited while the outage runs); checklist
    items keep their ids, so the log still refers to them."""

    changed = Signal()
    saveFailed = Signal(str)  # the reason, in the user's words
    saved = Signal()

    def __init__(
        self,
        context: AppContext,
        incident: Incident,
        path: Path,
        script: ExerciseScript | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.incident = incident
        self.path = path
        self.script = script
        # the facilitator's clock resumes where the log stopped
        self.exercise_hours = max((e.at for e in incident.entries), default=0.0)
        self._outcome: tuple[Plan, ScenarioOutcome] | None = None
        self.save_error: str | None = None  # why the last save failed; None: it worked

    @classmethod
    def begin(
        cls,
        context: AppContext,
        scenario_id: str = "",
        script: ExerciseScript | None = None,
        now: dt.datetime | None = None,
    ) -> OutageSession:
        """A new outage of the plan's scenario `scenario_id`, or an exercise of `script`,
        its log saved at once (the exercise's first events shown)."""
        started = (now or dt.datetime.now(dt.UTC)).replace(microsecond=0)
        if script is not None:
            plan = context.open_plan.plan
            scenario_id = exercise_scenario(plan, context.reference, script).id
        incident = Incident(
            mode="exercise" if script else "outage",
            scenario=scenario_id,
            script=script.id if script else None,
            started=started,
        )
        session = cls(context, incident, log_path(context, started), script)
        if script is not None:
            session._inject(script.due(0.0, _EPSILON))
        session.save()
        return session

    # -- what it is ------------------------------------------------------------------------

    @property
    def exercise(self) -> bool:
        return self.incident.mode == "exercise"

    @property
    def plan(self) -> Plan:
        return self.context.open_plan.plan

    def scenario(self) -> Scenario:
        return outage_scenario(
            self.plan, self.context.reference, self.incident.scenario, self.script
        )

    def now(self, when: dt.datetime | None = None) -> float:
        """Hours since the start: the facilitator's clock in an exercise, the real one else."""
        if self.exercise:
            return self.exercise_hours
        moment = when or dt.datetime.now(dt.UTC)
        hours = (moment - self.incident.started).total_seconds() / 3600
        return min(float(MAX_HOURS), max(0.0, hours))

    def items(self) -> list[Item]:
        """The checklist: the outage's, and the return to normal once stood down."""
        reference = self.context.reference
        items = outage_checklist(self.plan, reference, self.scenario())
        if self.incident.stood_down is not None:
            items += return_checklist(self.plan, reference)
        return items

    def outcome(self) -> ScenarioOutcome:
        """The plan's figures for this outage, worked out again only when the plan changed."""
        plan = self.plan
        if self._outcome is None or self._outcome[0] is not plan:
            reference = self.context.reference
            outcome = evaluate_scenario(
                plan,
                self.scenario(),
                function_inputs(plan, reference),
                model_constants(reference),
            )
            self._outcome = (plan, outcome)
        return self._outcome[1]

    def standing(self) -> Standing:
        return standing(
            self.plan,
            self.context.reference,
            self.outcome(),
            self.items(),
            self.incident.done(),
            self.now(),
        )

    def review(self) -> AfterAction:
        return after_action(self.plan, self.context.reference, self.incident, self.scenario())

    # -- changes ---------------------------------------------------------------------------

    def log(self, kind: EntryKind, item: str = "", text: str = "") -> None:
        """One more line at the clock's time, saved at once."""
        entry = Entry(at=round(self.now(), 6), kind=kind, item=item, text=text[:5_000])
        self.incident = self.incident.logged(entry)
        self.save()
        self.changed.emit()

    def advance(self, hours: float) -> list[Inject]:
        """Move the facilitator's clock on; the script's events up to then are logged."""
        start = self.exercise_hours
        self.exercise_hours = min(float(MAX_HOURS), start + hours)
        due = (
            self.script.due(start + _EPSILON, self.exercise_hours + _EPSILON) if self.script else []
        )
        self._inject(due)
        self.save()
        self.changed.emit()
        return due

    def next_hour(self) -> list[Inject]:
        """To the next whole hour of the exercise."""
        return self.advance(int(self.exercise_hours + _EPSILON) + 1 - self.exercise_hours)

    def _inject(self, due: list[Inject]) -> None:
        for inject in due:
            title, _text = inject.worded()
            entry = Entry(
                at=inject.at, kind=EntryKind.INJECT, item=f"inject-{inject.at:g}", text=title
            )
            self.incident = self.incident.logged(entry)

    def save(self) -> bool:
        """Write the log; a failure is said (the outage goes on, the log stays in memory)."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            save_incident(self.incident, self.path)
        except OSError as error:
            self.save_error = error.strerror or str(error)
            self.saveFailed.emit(self.save_error)
            return False
        self.save_error = None
        self.saved.emit()
        return True
