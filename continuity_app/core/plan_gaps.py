"""What a plan still lacks before it is complete: the rules behind the sidebar's counts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from continuity_app.core.plan import Function, FunctionKind, Plan, PlanDetails

GapKind = Literal["owner", "activation_criteria", "roles", "alternate", "customer_message"]


def functions_without_value(plan: Plan) -> list[Function]:
    """Customer-facing functions with no revenue per interaction yet. Coordination brings no
    revenue of its own and a broadcast's worth per message is too small to ask for, so
    neither is listed."""
    return [
        f
        for f in plan.functions
        if not f.kind.is_coordination
        and f.kind is not FunctionKind.MARKETING_BROADCAST
        and f.revenue_per_interaction == 0
    ]


@dataclass(frozen=True)
class Gap:
    """One thing the written plan lacks; `role` names the role for an "alternate" gap."""

    kind: GapKind
    role: str = ""


def written_plan_gaps(details: PlanDetails) -> list[Gap]:
    """What the written plan lacks, in the order a reader fills it in: an owner, when an outage
    is declared, at least one role, an alternate for every role (a holder who is away must
    not stop the plan), and a message customers can be sent."""
    gaps = []
    if not details.owner.strip():
        gaps.append(Gap("owner"))
    if not details.activation_criteria:
        gaps.append(Gap("activation_criteria"))
    if not details.roles:
        gaps.append(Gap("roles"))
    gaps += [
        Gap("alternate", role.title or role.id)
        for role in details.roles
        if not role.alternate.strip()
    ]
    if not any(m.audience == "customers" and m.text.strip() for m in details.messages):
        gaps.append(Gap("customer_message"))
    return gaps
