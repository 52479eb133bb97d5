"""Named edits of the plan's outage scenarios."""

from __future__ import annotations

from dataclasses import dataclass

from continuity_app.core.display import scenario_name
from continuity_app.core.i18n import number, translate
from continuity_app.core.ids import unique_id
from continuity_app.core.plan import Plan, Scenario, revise
from continuity_app.core.plan_edits.base import PlanEdit, replaced


def custom_scenario(plan: Plan) -> Scenario:
    """A new scenario for the user to shape: a Meta-wide outage of the typical 4 Oct 2021
    length, the common worry, that happens never (its yearly loss changes only once the user
    sets how often)."""
    return Scenario(
        id=unique_id("custom", {s.id for s in plan.scenarios}),
        name=translate("PlanEdits", "Custom scenario {number}").format(
            number=number(len(plan.scenarios) + 1)
        ),
        failed_layers=["meta", "whatsapp"],
        duration_hours=6.0,
        frequency_per_year=0.0,
    )


@dataclass(frozen=True)
class AddScenario(PlanEdit):
    """Add a scenario (a preset's, given a free id here), or the custom one when None."""

    scenario: Scenario | None = None

    def added(self, plan: Plan) -> Scenario:
        """The scenario as it goes into `plan` (its id free there)."""
        if self.scenario is None:
            return custom_scenario(plan)
        taken = {s.id for s in plan.scenarios}
        return revise(self.scenario, id=unique_id(self.scenario.id, taken))

    def apply(self, plan: Plan) -> Plan:
        return revise(plan, scenarios=[*plan.scenarios, self.added(plan)])

    def text(self, plan: Plan) -> str:
        if self.scenario is None:
            return translate("PlanEdits", "Add custom scenario")
        return translate("PlanEdits", "Add scenario “{name}”").format(
            name=scenario_name(self.scenario.name)
        )


@dataclass(frozen=True)
class RemoveScenario(PlanEdit):
    """Remove a scenario; the plan then sets its MTPD by the first one if it was this one."""

    scenario_id: str

    def apply(self, plan: Plan) -> Plan:
        settings = plan.settings
        if settings.reference_scenario == self.scenario_id:
            settings = revise(settings, reference_scenario=None)
        kept = [s for s in plan.scenarios if s.id != self.scenario_id]
        return revise(plan, scenarios=kept, settings=settings)

    def text(self, plan: Plan) -> str:
        name = next(s.name for s in plan.scenarios if s.id == self.scenario_id)
        return translate("PlanEdits", "Remove scenario “{name}”").format(name=scenario_name(name))


@dataclass(frozen=True)
class SetScenarioField(PlanEdit):
    """Change one field of a scenario: its name, duration, frequency, failed layers, start."""

    scenario_id: str
    field: str
    value: object

    def apply(self, plan: Plan) -> Plan:
        scenario = next(s for s in plan.scenarios if s.id == self.scenario_id)
        changed = revise(scenario, **{self.field: self.value})
        return revise(plan, scenarios=replaced(plan.scenarios, self.scenario_id, changed))

    def text(self, plan: Plan) -> str:
        name = scenario_name(next(s.name for s in plan.scenarios if s.id == self.scenario_id))
        texts = {
            "name": translate("PlanEdits", "Rename scenario"),
            "duration_hours": translate("PlanEdits", "Change scenario duration"),
            "frequency_per_year": translate("PlanEdits", "Change scenario frequency"),
            "failed_layers": translate("PlanEdits", "Change what fails in “{name}”"),
            "start": translate("PlanEdits", "Change start of “{name}”"),
        }
        return texts.get(self.field, translate("PlanEdits", "Change “{name}”")).format(name=name)

    @property
    def merge_key(self) -> str:
        if self.field == "failed_layers":  # each click on a layer is a step of its own
            return ""
        return f"scenario.{self.scenario_id}.{self.field}"
