"""What an outage or exercise showed: its timings against the plan (to activate, to reach each
audience, to restore minimum service), what was left undone, and the follow-up tasks."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from continuity_app.core.display import channel_name
from continuity_app.core.i18n import date, translate
from continuity_app.core.incident.checklist import (
    Item,
    Section,
    outage_checklist,
    return_checklist,
)
from continuity_app.core.incident.record import EntryKind, Incident
from continuity_app.core.incident.standing import served_share, switched_channels
from continuity_app.core.plan import Plan, Scenario, Task, likely
from continuity_app.core.reference import ReferenceData
from continuity_app.core.tasks import next_task_id


class Measure(StrEnum):
    """What a timing measures."""

    ACTIVATE = "activate"  # from the start to the declaration
    AUDIENCE = "audience"  # to the first message or switch that reached an audience
    SERVICE = "service"  # to a function's minimum service


@dataclass(frozen=True)
class Timing:
    """One timing: what the plan expects (None: the plan sets no time) and what happened
    (None: it never happened)."""

    measure: Measure
    subject: str  # the audience or the function, by id; empty for the activation
    planned: float | None
    actual: float | None

    @property
    def late(self) -> bool:
        if self.actual is None:
            return True
        return self.planned is not None and self.actual > self.planned + 1e-9


@dataclass(frozen=True)
class AfterAction:
    """The after-action review of one incident."""

    incident: Incident
    scenario: Scenario
    length_hours: float  # to the stand-down, or to the last line of the log
    timings: tuple[Timing, ...]
    missing: tuple[Item, ...]  # items the plan asks for that were not done
    follow_ups: tuple[Task, ...]  # preparation tasks for the plan, from what was missed


def after_action(
    plan: Plan, reference: ReferenceData, incident: Incident, scenario: Scenario
) -> AfterAction:
    """The review of `incident`, an outage of `scenario` run from `plan`."""
    items = outage_checklist(plan, reference, scenario)
    if incident.stood_down is not None:
        items += return_checklist(plan, reference)
    done = incident.done()
    last = max((e.at for e in incident.entries), default=0.0)
    length = incident.stood_down if incident.stood_down is not None else last
    declared = incident.first(EntryKind.DECLARED)
    timings = [Timing(Measure.ACTIVATE, "", None, declared.at if declared else None)]
    timings += _audiences(items, done)
    timings += _service(plan, reference, scenario, items, done)
    missing = tuple(i for i in items if i.id not in done)
    return AfterAction(
        incident=incident,
        scenario=scenario,
        length_hours=length,
        timings=tuple(timings),
        missing=missing,
        follow_ups=tuple(_follow_ups(plan, reference, incident, missing)),
    )


def _audiences(items: list[Item], done: dict[str, float]) -> list[Timing]:
    """For each audience the plan reaches: when the first message or switch reached it, and
    the quickest the plan's fallbacks expect."""
    timings = []
    for audience in ("customers", "staff", "suppliers"):
        mine = [i for i in items if i.audience == audience]
        if not mine:
            continue
        expected = [i.due_hours for i in mine if i.due_hours is not None]
        reached = [done[i.id] for i in mine if i.id in done]
        timings.append(
            Timing(
                Measure.AUDIENCE,
                audience,
                min(expected) if expected else None,
                min(reached) if reached else None,
            )
        )
    return timings


def _service(
    plan: Plan,
    reference: ReferenceData,
    scenario: Scenario,
    items: list[Item],
    done: dict[str, float],
) -> list[Timing]:
    """For each function with a minimum service: the first moment the switches done by then
    serve it, against the time the plan allows."""
    timings = []
    for function in plan.functions:
        objective = plan.tolerance.functions.get(function.id)
        if objective is None:
            continue
        moments = sorted({0.0} | {t for i, t in done.items() if i.startswith("switch-")})
        reached = None
        for moment in moments:
            by_then = [i for i, t in done.items() if t <= moment]
            switched = switched_channels(items, by_then, function.id)
            if served_share(plan, reference, function, scenario, switched) >= objective.mbco - 1e-9:
                reached = moment
                break
        timings.append(Timing(Measure.SERVICE, function.id, objective.within_hours, reached))
    return timings


def _follow_ups(
    plan: Plan, reference: ReferenceData, incident: Incident, missing: tuple[Item, ...]
) -> list[Task]:
    """A task to rehearse each switch that was not made. It leaves readiness as the plan holds
    it: a missed switch shows the team has not practised, not that the channel is less ready."""
    tasks: list[Task] = []
    day = incident.started.date()
    for item in missing:
        if item.section != Section.SWITCHES or item.function is None or item.channel is None:
            continue
        fallback = next(f for f in plan.fallbacks_for(item.function) if f.channel == item.channel)
        title = (
            translate(
                "Incident",
                "Rehearse the switch of {function} to {channel}: it was not made in the exercise "
                "of {date}.",
            )
            if incident.mode == "exercise"
            else translate(
                "Incident",
                "Practise the switch of {function} to {channel}: it was not made in the outage "
                "of {date}.",
            )
        )
        tasks.append(
            Task(
                id=next_task_id(plan, [t.id for t in tasks]),
                title=title.format(
                    function=plan.function(item.function).name,
                    channel=channel_name(reference, item.channel),
                    date=date(day),
                ),
                function=item.function,
                channel=item.channel,
                readiness_when_done=likely(fallback.readiness),
                delay_when_done_hours=fallback.activation_delay_hours,
            )
        )
    return tasks
