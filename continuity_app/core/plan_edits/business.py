"""Named edits of the Business page's figures: the business, the model settings, what the
business can bear."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from continuity_app.core.i18n import translate
from continuity_app.core.plan import FunctionTolerance, Plan, Weekday, revise
from continuity_app.core.plan_edits.base import PlanEdit


def _undo_texts() -> dict[str, str]:
    """The undo step's name for each field of the Business page (translated when asked)."""
    return {
        "name": translate("PlanEdits", "Change business name"),
        "sector": translate("PlanEdits", "Change sector"),
        "currency": translate("PlanEdits", "Change currency"),
        "usd_rate": translate("PlanEdits", "Change exchange rate"),
        "staff": translate("PlanEdits", "Change staff"),
        "staff_hourly_cost": translate("PlanEdits", "Change staff cost"),
        "gross_margin": translate("PlanEdits", "Change gross margin"),
        "customer_lifetime_value": translate("PlanEdits", "Change customer lifetime value"),
        "country_mix": translate("PlanEdits", "Change country mix"),
        "opening_hours": translate("PlanEdits", "Change opening hours"),
        "max_loss_per_outage": translate("PlanEdits", "Change the largest loss you can bear"),
        "mbco": translate("PlanEdits", "Change minimum service"),
        "loss_basis": translate("PlanEdits", "Change loss basis"),
        "reference_scenario": translate("PlanEdits", "Change the outage to plan for"),
        "monte_carlo_trials": translate("PlanEdits", "Change simulated years"),
        "seed": translate("PlanEdits", "Change simulation number"),
    }


@dataclass(frozen=True)
class SetBusinessFields(PlanEdit):
    """Change fields of the business together (a new currency with its dollar rate). The undo
    text and the merge key follow the first field, or `key` when given."""

    changes: Mapping[str, Any]
    key: str = ""

    def _key(self) -> str:
        return self.key or next(iter(self.changes))

    def apply(self, plan: Plan) -> Plan:
        return revise(plan, business=revise(plan.business, **self.changes))

    def text(self, plan: Plan) -> str:
        return _undo_texts()[self._key()]

    @property
    def merge_key(self) -> str:
        return f"business.{self._key()}"


@dataclass(frozen=True)
class SetOpeningHours(PlanEdit):
    """A weekday's opening hours ('HH:MM-HH:MM' intervals); none: closed that day."""

    day: Weekday
    intervals: tuple[str, ...]

    def apply(self, plan: Plan) -> Plan:
        hours = dict(plan.business.opening_hours)
        if self.intervals:
            hours[self.day] = list(self.intervals)
        else:
            hours.pop(self.day, None)  # a missing day is closed
        return revise(plan, business=revise(plan.business, opening_hours=hours))

    def text(self, plan: Plan) -> str:
        return _undo_texts()["opening_hours"]

    @property
    def merge_key(self) -> str:
        return f"business.hours.{self.day}"


@dataclass(frozen=True)
class SetSettings(PlanEdit):
    """Change how the model counts: loss basis, reference scenario, simulated years, seed."""

    changes: Mapping[str, Any]

    def apply(self, plan: Plan) -> Plan:
        return revise(plan, settings=revise(plan.settings, **self.changes))

    def text(self, plan: Plan) -> str:
        return _undo_texts()[next(iter(self.changes))]

    @property
    def merge_key(self) -> str:
        return f"settings.{next(iter(self.changes))}"


@dataclass(frozen=True)
class SetMaxLoss(PlanEdit):
    """The largest loss one outage may cost (sets the MTPD)."""

    amount: float

    def apply(self, plan: Plan) -> Plan:
        return revise(plan, tolerance=revise(plan.tolerance, max_loss_per_outage=self.amount))

    def text(self, plan: Plan) -> str:
        return _undo_texts()["max_loss_per_outage"]

    @property
    def merge_key(self) -> str:
        return "tolerance.max_loss_per_outage"


@dataclass(frozen=True)
class SetMinimumService(PlanEdit):
    """A function's minimum service (MBCO, 0..1) and how soon it must be reached; a minimum
    of 0 removes it (nothing to check for that function)."""

    function_id: str
    mbco: float
    within_hours: float = 4.0

    def apply(self, plan: Plan) -> Plan:
        functions = dict(plan.tolerance.functions)
        if self.mbco == 0:
            functions.pop(self.function_id, None)
        else:
            functions[self.function_id] = FunctionTolerance(
                mbco=self.mbco, within_hours=self.within_hours
            )
        return revise(plan, tolerance=revise(plan.tolerance, functions=functions))

    def text(self, plan: Plan) -> str:
        return _undo_texts()["mbco"]

    @property
    def merge_key(self) -> str:
        return f"tolerance.functions.{self.function_id}"
