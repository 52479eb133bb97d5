"""Outage mode and tabletop exercises: the plan at work, its log, and the after-action review.

An incident is an outage (on the clock) or an exercise (on a script's clock) run from the
plan. Its record is a log of timestamped entries, saved as it grows; everything else is
derived from the record and the plan: the checklist (`checklist`), where the outage stands
(`standing`), and afterwards the timings, what was missing and the follow-up tasks
(`after_action`).
"""

from __future__ import annotations

from continuity_app.core.incident.after_action import AfterAction, Measure, Timing, after_action
from continuity_app.core.incident.checklist import (
    Item,
    Section,
    outage_checklist,
    return_checklist,
)
from continuity_app.core.incident.record import (
    INCIDENT_VERSION,
    Entry,
    EntryKind,
    Incident,
)
from continuity_app.core.incident.script import (
    ExerciseScript,
    Inject,
    exercise_scenario,
    incident_scenario,
)
from continuity_app.core.incident.standing import (
    ServiceLimit,
    Standing,
    loss_so_far,
    served_share,
    standing,
)

__all__ = [
    "INCIDENT_VERSION",
    "AfterAction",
    "Entry",
    "EntryKind",
    "ExerciseScript",
    "Incident",
    "Inject",
    "Item",
    "Measure",
    "Section",
    "ServiceLimit",
    "Standing",
    "Timing",
    "after_action",
    "exercise_scenario",
    "incident_scenario",
    "loss_so_far",
    "outage_checklist",
    "return_checklist",
    "served_share",
    "standing",
]
