"""Which audiences the plan writes to, and the messages it has for each."""

from __future__ import annotations

from continuity_app.core.audiences import Audience, audience_of
from continuity_app.core.message_templates import AUDIENCES
from continuity_app.core.plan import MessageTemplate, Plan


def plan_audiences(plan: Plan) -> list[Audience]:
    """The audiences the plan has a message for: those of its functions, and any the user
    wrote a message to (no suppliers' message for a business with no supplier function)."""
    wanted = {audience_of(f.kind) for f in plan.functions}
    wanted |= {m.audience for m in plan.details.messages}
    return [a for a in AUDIENCES if a in wanted]


def messages_for(plan: Plan, audience: str) -> list[MessageTemplate]:
    """The messages the user wrote for one audience, in the plan's order."""
    return [m for m in plan.details.messages if m.audience == audience]
