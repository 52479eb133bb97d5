"""A tabletop exercise script: the outage it plays, how long, and the events (injects) the
facilitator reads out at their hour."""

from __future__ import annotations

from dataclasses import dataclass

from continuity_app.core.i18n import translate
from continuity_app.core.plan import Plan, Scenario
from continuity_app.core.reference import ReferenceData
from continuity_app.core.scenarios import preset_scenarios


@dataclass(frozen=True)
class Inject:
    """Something that happens during the exercise, `at` hours after its start."""

    at: float
    title: str
    text: str

    def worded(self) -> tuple[str, str]:
        """Title and text in the reader's language (shipped scripts are translated)."""
        return translate("Reference", self.title), translate("Reference", self.text)


@dataclass(frozen=True)
class ExerciseScript:
    """One exercise: a preset outage of the plan played for `hours`, hour by hour."""

    id: str
    name: str
    description: str
    scenario: str  # the preset scenario it plays (scenario_presets.csv)
    hours: float
    injects: tuple[Inject, ...]
    source: str  # where its events come from

    def due(self, start: float, end: float) -> list[Inject]:
        """The injects from `start` (included) to `end` (excluded) hours in."""
        return [i for i in self.injects if start <= i.at < end]

    @property
    def about(self) -> str:
        return translate("Reference", self.description)

    @property
    def title(self) -> str:
        return translate("Reference", self.name)


def exercise_scenario(plan: Plan, reference: ReferenceData, script: ExerciseScript) -> Scenario:
    """The outage an exercise plays: the plan's scenario made from the script's preset (the
    preset itself when the plan has none), as long as the script runs (at most the week)."""
    chosen = next((s for s in plan.scenarios if script.scenario in (s.preset, s.id)), None)
    if chosen is None:
        countries = plan.business.country_mix
        chosen = next(
            (s for s in preset_scenarios(reference, countries) if s.preset == script.scenario),
            None,
        )
    if chosen is None:
        problem = translate(
            "Incident", "the exercise plays {scenario}, which is no outage this application knows"
        )
        raise ValueError(problem.format(scenario=repr(script.scenario)))
    return chosen.model_copy(update={"duration_hours": min(script.hours, 168.0)})


def incident_scenario(
    plan: Plan, reference: ReferenceData, scenario_id: str, script: ExerciseScript | None
) -> Scenario:
    """The outage an incident ran: its exercise's, or the plan's scenario of that id."""
    if script is not None:
        return exercise_scenario(plan, reference, script)
    chosen = next((s for s in plan.scenarios if s.id == scenario_id), None)
    if chosen is None:
        problem = translate(
            "Incident",
            "the log is of the outage {scenario}, which this plan no longer has; its outages "
            "are {known}",
        )
        known = ", ".join(s.id for s in plan.scenarios)
        raise ValueError(problem.format(scenario=repr(scenario_id), known=known))
    return chosen
