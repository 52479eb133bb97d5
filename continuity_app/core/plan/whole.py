"""The whole plan, as saved in a .cplan file, and the checks across its parts."""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal, Self

from pydantic import Field, model_validator

from continuity_app.core.i18n import translate
from continuity_app.core.plan.details import ModelSettings, PlanDetails
from continuity_app.core.plan.parts import Business, Fallback, Function, Scenario, Tolerance
from continuity_app.core.plan.tasks import Task
from continuity_app.core.plan.values import PROBLEM_SEPARATOR, SCHEMA_VERSION, _Model


class Plan(_Model):
    """A whole continuity plan, as saved in a .cplan file."""

    MAX_ITEMS: ClassVar[dict[str, int]] = {
        "functions": 1_000,
        "fallbacks": 20_000,
        "scenarios": 1_000,
        "tasks": 10_000,
    }

    schema_version: Literal[5] = SCHEMA_VERSION
    business: Business
    functions: list[Function] = Field(default_factory=list)
    fallbacks: list[Fallback] = Field(default_factory=list)
    scenarios: Annotated[list[Scenario], Field(min_length=1)]
    tolerance: Tolerance
    settings: ModelSettings = Field(default_factory=ModelSettings)
    details: PlanDetails = Field(default_factory=PlanDetails)
    tasks: list[Task] = Field(default_factory=list)

    @model_validator(mode="after")
    def _references(self) -> Self:
        problems = []
        ids = [f.id for f in self.functions]
        problems += _duplicates(
            ids, "functions", translate("PlanModel", "function id {id} is used twice")
        )
        problems += _duplicates(
            [s.id for s in self.scenarios],
            "scenarios",
            translate("PlanModel", "scenario id {id} is used twice"),
        )
        known = set(ids)
        no_function = translate("PlanModel", "no function has id {id}")
        pairs: set[tuple[str, str]] = set()
        for i, fallback in enumerate(self.fallbacks):
            if fallback.function not in known:
                problems.append(
                    f"fallbacks[{i}].function: " + no_function.format(id=repr(fallback.function))
                )
            if (fallback.function, fallback.channel) in pairs:
                twice = translate("PlanModel", "{channel} is listed twice for {function}")
                problems.append(
                    f"fallbacks[{i}]: "
                    + twice.format(channel=fallback.channel, function=fallback.function)
                )
            pairs.add((fallback.function, fallback.channel))
        for function_id in self.tolerance.functions:
            if function_id not in known:
                problems.append(
                    f"tolerance.functions.{function_id}: "
                    + no_function.format(id=repr(function_id))
                )
        role_ids = [r.id for r in self.details.roles]
        problems += _duplicates(
            role_ids, "details.roles", translate("PlanModel", "role id {id} is used twice")
        )
        for i, role in enumerate(self.details.roles):
            for callee in role.calls:
                if callee not in role_ids:
                    no_role = translate("PlanModel", "no role has id {id}")
                    problems.append(f"details.roles[{i}].calls: " + no_role.format(id=repr(callee)))
                elif callee == role.id:
                    problems.append(
                        f"details.roles[{i}].calls: "
                        + translate("PlanModel", "a role cannot call itself")
                    )
        problems += _duplicates(
            [t.id for t in self.tasks],
            "tasks",
            translate("PlanModel", "task id {id} is used twice"),
        )
        for i, task in enumerate(self.tasks):
            if task.function not in known:
                problems.append(
                    f"tasks[{i}].function: " + no_function.format(id=repr(task.function))
                )
        reference = self.settings.reference_scenario
        if reference is not None and reference not in {s.id for s in self.scenarios}:
            no_scenario = translate("PlanModel", "no scenario has id {id}")
            problems.append(
                "settings.reference_scenario: " + no_scenario.format(id=repr(reference))
            )
        if problems:
            raise ValueError(PROBLEM_SEPARATOR.join(problems))
        return self

    def function(self, function_id: str) -> Function:
        return next(f for f in self.functions if f.id == function_id)

    def fallbacks_for(self, function_id: str) -> list[Fallback]:
        return [f for f in self.fallbacks if f.function == function_id]

    def task(self, task_id: str) -> Task:
        return next(t for t in self.tasks if t.id == task_id)

    def reference_scenario(self) -> Scenario:
        wanted = self.settings.reference_scenario
        return next((s for s in self.scenarios if s.id == wanted), self.scenarios[0])


def _duplicates(values: list[str], where: str, problem: str) -> list[str]:
    """`problem` (with an {id} field) for each id used a second time, after its field path."""
    seen: set[str] = set()
    problems = []
    for i, value in enumerate(values):
        if value in seen:
            problems.append(f"{where}[{i}].id: " + problem.format(id=repr(value)))
        seen.add(value)
    return problems
