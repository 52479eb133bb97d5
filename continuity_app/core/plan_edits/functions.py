"""Named edits of the plan's functions: add one with its kind's defaults, remove, change,
import from a spreadsheet or a chat export."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from continuity_app.core.behaviour import behaviour_default, default_value
from continuity_app.core.channel_mix import WHATSAPP, with_field_value, with_measured_channel
from continuity_app.core.i18n import translate
from continuity_app.core.ids import unique_id
from continuity_app.core.plan import (
    Business,
    Function,
    FunctionKind,
    Plan,
    Range,
    Uncertain,
    likely,
    revise,
)
from continuity_app.core.plan_edits.base import PlanEdit, replaced
from continuity_app.core.plan_edits.queries import with_functions
from continuity_app.core.reference import ReferenceData

BEHAVIOUR_FIELDS = ("patience_hours", "recapture_share", "churn_share")


def function_of_kind(
    reference: ReferenceData, business: Business, kind: FunctionKind, function_id: str, name: str
) -> Function:
    """A function with the stated defaults of its kind (function_defaults.csv): its daily
    interactions and WhatsApp share, what an interaction is worth and its backlog cost in hours
    of the business's staff cost, the staff a coordination kind affects, and how its
    counterparts behave in the business's sector (behaviour_defaults.csv)."""
    default = reference.function_defaults[kind.value]
    hourly = business.staff_hourly_cost
    coordination = kind.is_coordination
    behaviour: dict[str, Any] = {
        each: default_value(behaviour_default(reference, kind.value, business.sector, each))
        for each in BEHAVIOUR_FIELDS
    }
    return Function(
        id=function_id,
        kind=kind,
        name=name,
        daily_interactions=default.daily_interactions,
        channel_mix={WHATSAPP: default.whatsapp_share},
        revenue_per_interaction=round(default.revenue_per_interaction * hourly, 2),
        backlog_cost=round(default.backlog_cost * hourly, 2),
        staff_affected=(
            max(1, round(business.staff * (default.staff_share_affected or 0.0)))
            if coordination
            else None
        ),
        productivity_loss=default.productivity_loss if coordination else None,
        **behaviour,
    )


@dataclass(frozen=True)
class AddFunction(PlanEdit):
    """Add a function of `kind` named "New function N", with that kind's stated defaults."""

    reference: ReferenceData = field(repr=False, compare=False)
    kind: FunctionKind = FunctionKind.CUSTOMER_SERVICE

    def new_id(self, plan: Plan) -> str:
        return unique_id("function", {f.id for f in plan.functions}, numbered=True)

    def apply(self, plan: Plan) -> Plan:
        function_id = self.new_id(plan)
        name = translate("PlanEdits", "New function {number}").format(
            number=function_id.removeprefix("function-")
        )
        function = function_of_kind(self.reference, plan.business, self.kind, function_id, name)
        return revise(plan, functions=[*plan.functions, function])

    def text(self, plan: Plan) -> str:
        return translate("PlanEdits", "Add function")


@dataclass(frozen=True)
class RemoveFunction(PlanEdit):
    """Remove a function with its fallbacks, minimum service and preparation tasks."""

    function_id: str

    def apply(self, plan: Plan) -> Plan:
        return with_functions(plan, [f for f in plan.functions if f.id != self.function_id])

    def text(self, plan: Plan) -> str:
        name = next((f.name for f in plan.functions if f.id == self.function_id), "")
        return translate("PlanEdits", "Remove {name}").format(name=name)


@dataclass(frozen=True)
class SetFunctionField(PlanEdit):
    """Change one field of one function; `label` is the field's name as the table shows it."""

    function_id: str
    field: str
    value: Any
    label: str

    def apply(self, plan: Plan) -> Plan:
        function = plan.function(self.function_id)
        changed = with_field_value(function, self.field, self.value)
        return revise(plan, functions=replaced(plan.functions, self.function_id, changed))

    def text(self, plan: Plan) -> str:
        name = plan.function(self.function_id).name
        return translate("PlanEdits", "Change {field} of {name}").format(
            field=self.label, name=name
        )

    @property
    def merge_key(self) -> str:
        return f"functions.{self.function_id}.{self.field}"


@dataclass(frozen=True)
class ImportFunctions(PlanEdit):
    """Functions read from a spreadsheet: added after the plan's, or replacing them all (the
    fallbacks and minimum service of functions no longer in the plan go with them)."""

    functions: Sequence[Function]
    source: str  # the file's name, for the undo text
    replace: bool = False

    def apply(self, plan: Plan) -> Plan:
        if self.replace:
            return with_functions(plan, self.functions)
        return revise(plan, functions=[*plan.functions, *self.functions])

    def text(self, plan: Plan) -> str:
        if self.replace:
            return translate("PlanEdits", "Replace functions from {file}").format(file=self.source)
        return translate("PlanEdits", "Add functions from {file}").format(file=self.source)


@dataclass(frozen=True)
class ApplyChatMeasurement(PlanEdit):
    """What a chat export measured for one function: the daily interactions on the export's
    channel (with_measured_channel sets the mix from them) and the hourly and weekday
    profiles (rounded: the file keeps what a person can read)."""

    function_id: str
    daily_interactions: float
    hourly_profile: Sequence[float]
    weekday_profile: Sequence[float]
    channel: str = WHATSAPP

    def apply(self, plan: Plan) -> Plan:
        measured = with_measured_channel(
            plan.function(self.function_id), self.channel, round(self.daily_interactions, 2)
        )
        changed = revise(
            measured,
            daily_interactions=round(likely(measured.daily_interactions), 2),
            channel_mix={c: _rounded(s) for c, s in measured.channel_mix.items()},
            hourly_profile=[round(w, 6) for w in self.hourly_profile],
            weekday_profile=[round(w, 6) for w in self.weekday_profile],
        )
        return revise(plan, functions=replaced(plan.functions, self.function_id, changed))

    def text(self, plan: Plan) -> str:
        name = plan.function(self.function_id).name
        return translate("PlanEdits", "Import chat into {name}").format(name=name)


def _rounded(share: Uncertain) -> Uncertain:
    """A share to four decimals (0.01%), down, so that rounded shares never pass the whole."""
    if isinstance(share, Range):
        return Range(low=_down(share.low), likely=_down(share.likely), high=_down(share.high))
    return _down(share)


def _down(share: float) -> float:
    return math.floor(share * 10_000) / 10_000


__all__ = [
    "AddFunction",
    "ApplyChatMeasurement",
    "ImportFunctions",
    "RemoveFunction",
    "SetFunctionField",
    "function_of_kind",
]
