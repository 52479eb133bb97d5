"""Where an outage stands at a moment: the loss so far, the time left before the longest
bearable outage, and each minimum-service limit with the service the switches done give."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from continuity_app.core.channel_mix import cut_off_share
from continuity_app.core.evaluation import ScenarioOutcome
from continuity_app.core.impact import served_of
from continuity_app.core.incident.checklist import Item, Section
from continuity_app.core.plan import Function, Plan, Scenario, likely
from continuity_app.core.reference import ReferenceData


@dataclass(frozen=True)
class ServiceLimit:
    """A function's minimum service: how much must be served, by when, and how much is."""

    function_id: str
    mbco: float
    within_hours: float
    served: float  # now, from the switches done
    hours_left: float  # until the limit; negative once past it

    @property
    def met(self) -> bool:
        return self.served >= self.mbco - 1e-9


@dataclass(frozen=True)
class Standing:
    """An outage `elapsed_hours` in, by the plan's figures (the outage striking while open)."""

    elapsed_hours: float
    loss_so_far: float
    bearable_hours: float | None  # the longest bearable outage; None: more than a week
    limits: tuple[ServiceLimit, ...]

    @property
    def hours_left(self) -> float | None:
        """Until the longest bearable outage; negative once past it."""
        return None if self.bearable_hours is None else self.bearable_hours - self.elapsed_hours


def served_share(
    plan: Plan,
    reference: ReferenceData,
    function: Function,
    scenario: Scenario,
    switched: Iterable[str],
) -> float:
    """Of a function's interactions on its named channels, the share served once its
    fallbacks on `switched` channels are in use, at the readiness the plan holds: those on
    channels the outage spares, and of those it cuts off, the share a switched fallback
    reaches (1 - the product of the shares each misses). The model's served share, without
    its ramp and surge."""
    chosen = set(switched)
    missed = 1.0
    for fallback in plan.fallbacks_for(function.id):
        if fallback.channel in chosen and reference.channels[fallback.channel].survives(
            scenario.failed_layers
        ):
            missed *= 1.0 - likely(fallback.readiness)
    named = min(1.0, sum(likely(s) for s in function.channel_mix.values()))
    cut = cut_off_share(reference, function, scenario.failed_layers)
    return served_of(named, cut, 1.0 - missed)


def switched_channels(items: Iterable[Item], done: Iterable[str], function_id: str) -> set[str]:
    """The channels a function has been switched to: its switch items that are done."""
    finished = set(done)
    return {
        i.channel
        for i in items
        if i.section == Section.SWITCHES
        and i.function == function_id
        and i.id in finished
        and i.channel is not None
    }


def loss_so_far(outcome: ScenarioOutcome, elapsed_hours: float) -> float:
    """The plan's loss for an outage this long so far (its curve, from nothing at the start)."""
    curve = np.sum(list(outcome.curve_by_function.values()), axis=0)
    if not len(curve):
        return 0.0
    hours = np.concatenate([[0.0], outcome.curve_hours])
    losses = np.concatenate([[0.0], curve])
    return float(np.interp(elapsed_hours, hours, losses))


def standing(
    plan: Plan,
    reference: ReferenceData,
    outcome: ScenarioOutcome,
    items: list[Item],
    done: Iterable[str],
    elapsed_hours: float,
) -> Standing:
    """The outage `elapsed_hours` in, with the checklist items `done` so far."""
    finished = set(done)
    limits = []
    for function in plan.functions:
        objective = plan.tolerance.functions.get(function.id)
        if objective is None:
            continue
        switched = switched_channels(items, finished, function.id)
        limits.append(
            ServiceLimit(
                function_id=function.id,
                mbco=objective.mbco,
                within_hours=objective.within_hours,
                served=served_share(plan, reference, function, outcome.scenario, switched),
                hours_left=objective.within_hours - elapsed_hours,
            )
        )
    return Standing(
        elapsed_hours=elapsed_hours,
        loss_so_far=loss_so_far(outcome, elapsed_hours),
        bearable_hours=outcome.mtpd_hours,
        limits=tuple(limits),
    )
