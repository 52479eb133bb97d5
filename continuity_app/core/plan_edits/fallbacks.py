"""Named edits of fallbacks: readiness, activation delay, known reach."""

from __future__ import annotations

from dataclasses import dataclass

from continuity_app.core.i18n import translate
from continuity_app.core.plan import Fallback, Plan, Uncertain, revise
from continuity_app.core.plan_edits.base import PlanEdit
from continuity_app.core.plan_edits.queries import with_known_reach


def _find(plan: Plan, function_id: str, channel: str) -> Fallback | None:
    return next(
        (f for f in plan.fallbacks if f.function == function_id and f.channel == channel), None
    )


@dataclass(frozen=True)
class SetReadiness(PlanEdit):
    """How ready a channel is for one function; a readiness of exactly 0 removes the fallback
    (the channel is not a fallback any more). `channel_name` names it in the undo text."""

    function_id: str
    channel: str
    readiness: Uncertain
    channel_name: str

    def apply(self, plan: Plan) -> Plan:
        current = _find(plan, self.function_id, self.channel)
        others = [f for f in plan.fallbacks if f is not current]
        if isinstance(self.readiness, float | int) and self.readiness == 0:
            return revise(plan, fallbacks=others)
        if current is None:
            added = Fallback(
                function=self.function_id, channel=self.channel, readiness=self.readiness
            )
            return revise(plan, fallbacks=[*others, added])
        changed = revise(current, readiness=self.readiness)
        return revise(plan, fallbacks=[changed if f is current else f for f in plan.fallbacks])

    def text(self, plan: Plan) -> str:
        return translate("PlanEdits", "Change readiness of {channel}").format(
            channel=self.channel_name
        )

    @property
    def merge_key(self) -> str:
        return f"fallbacks.{self.function_id}.{self.channel}.readiness"


@dataclass(frozen=True)
class SetActivationDelay(PlanEdit):
    """Hours until a function's counterparts actually switch to an existing fallback."""

    function_id: str
    channel: str
    hours: float
    channel_name: str

    def apply(self, plan: Plan) -> Plan:
        current = _find(plan, self.function_id, self.channel)
        if current is None:
            raise ValueError(f"{self.function_id} has no fallback on {self.channel}")
        changed = revise(current, activation_delay_hours=self.hours)
        return revise(plan, fallbacks=[changed if f is current else f for f in plan.fallbacks])

    def text(self, plan: Plan) -> str:
        return translate("PlanEdits", "Change activation delay of {channel}").format(
            channel=self.channel_name
        )

    @property
    def merge_key(self) -> str:
        return f"fallbacks.{self.function_id}.{self.channel}.delay"


@dataclass(frozen=True)
class SetKnownReach(PlanEdit):
    """The owner's own share of customers on a channel (0..1); None: the country figures."""

    channel: str
    share: float | None
    channel_name: str

    def apply(self, plan: Plan) -> Plan:
        return with_known_reach(plan, self.channel, self.share)

    def text(self, plan: Plan) -> str:
        if self.share is None:
            problem = translate("PlanEdits", "Use the country figures for {channel}")
        else:
            problem = translate("PlanEdits", "Set what you know about {channel}")
        return problem.format(channel=self.channel_name)
