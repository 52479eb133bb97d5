"""Named edits of the written plan: document control, activation criteria, roles, messages."""

from __future__ import annotations

from dataclasses import dataclass

from continuity_app.core.i18n import translate
from continuity_app.core.ids import unique_id
from continuity_app.core.plan import MessageTemplate, Plan, Role, revise
from continuity_app.core.plan_edits.base import PlanEdit, replaced


def _details(plan: Plan, **changes: object) -> Plan:
    return revise(plan, details=revise(plan.details, **changes))


@dataclass(frozen=True)
class SetDetail(PlanEdit):
    """Document control: the plan's owner, approver, version or summary."""

    field: str
    value: str

    def apply(self, plan: Plan) -> Plan:
        return _details(plan, **{self.field: self.value})

    def text(self, plan: Plan) -> str:
        return {
            "owner": translate("PlanEdits", "Change plan owner"),
            "approver": translate("PlanEdits", "Change approver"),
            "plan_version": translate("PlanEdits", "Change plan version"),
            "summary": translate("PlanEdits", "Change plan summary"),
        }[self.field]

    @property
    def merge_key(self) -> str:
        return f"details.{self.field}"


@dataclass(frozen=True)
class AddCriterion(PlanEdit):
    """Add an activation criterion for the user to write (its text a prompt to replace)."""

    def apply(self, plan: Plan) -> Plan:
        prompt = translate("PlanEdits", "Describe when to declare an outage")
        return _details(plan, activation_criteria=[*plan.details.activation_criteria, prompt])

    def text(self, plan: Plan) -> str:
        return translate("PlanEdits", "Add activation criterion")


@dataclass(frozen=True)
class SetCriterion(PlanEdit):
    """Rewrite the criterion at `row` (spaces collapsed); blank text removes it; None too."""

    row: int
    value: str | None = None

    def _text(self) -> str:
        return " ".join((self.value or "").split())

    def apply(self, plan: Plan) -> Plan:
        criteria = list(plan.details.activation_criteria)
        if not 0 <= self.row < len(criteria):
            return plan
        if self._text():
            criteria[self.row] = self._text()
        else:
            del criteria[self.row]
        return _details(plan, activation_criteria=criteria)

    def text(self, plan: Plan) -> str:
        if self._text():
            return translate("PlanEdits", "Edit activation criterion")
        return translate("PlanEdits", "Remove activation criterion")


@dataclass(frozen=True)
class AddRole(PlanEdit):
    """Add a role called "New role" (its id, from new_id, free in the plan)."""

    def new_id(self, plan: Plan) -> str:
        return unique_id("role", {r.id for r in plan.details.roles})

    def apply(self, plan: Plan) -> Plan:
        role = Role(id=self.new_id(plan), title=translate("PlanEdits", "New role"))
        return _details(plan, roles=[*plan.details.roles, role])

    def text(self, plan: Plan) -> str:
        return translate("PlanEdits", "Add role")


def _role_name(plan: Plan, role_id: str) -> str:
    role = next(r for r in plan.details.roles if r.id == role_id)
    return role.title or role.id


@dataclass(frozen=True)
class RemoveRole(PlanEdit):
    """Remove a role; nobody keeps calling it in the contact tree."""

    role_id: str

    def apply(self, plan: Plan) -> Plan:
        kept = [
            revise(role, calls=[c for c in role.calls if c != self.role_id])
            for role in plan.details.roles
            if role.id != self.role_id
        ]
        return _details(plan, roles=kept)

    def text(self, plan: Plan) -> str:
        return translate("PlanEdits", "Remove role {name}").format(
            name=_role_name(plan, self.role_id)
        )


@dataclass(frozen=True)
class SetRoleField(PlanEdit):
    """Change one field of a role: title, holder, alternate, phones, duties, or `calls` (the
    roles it calls when an outage is declared)."""

    role_id: str
    field: str
    value: object

    def apply(self, plan: Plan) -> Plan:
        role = next(r for r in plan.details.roles if r.id == self.role_id)
        changed = revise(role, **{self.field: self.value})
        return _details(plan, roles=replaced(plan.details.roles, self.role_id, changed))

    def text(self, plan: Plan) -> str:
        name = _role_name(plan, self.role_id)
        if self.field == "calls":
            return translate("PlanEdits", "Change whom {name} calls").format(name=name)
        return translate("PlanEdits", "Change role {name}").format(name=name)

    @property
    def merge_key(self) -> str:
        return "" if self.field == "calls" else f"details.roles.{self.role_id}.{self.field}"


@dataclass(frozen=True)
class AddMessage(PlanEdit):
    """Add a ready-to-send message (its id made free in the plan by `added`)."""

    message: MessageTemplate

    def added(self, plan: Plan) -> MessageTemplate:
        taken = {m.id for m in plan.details.messages}
        return revise(self.message, id=unique_id(self.message.id, taken))

    def apply(self, plan: Plan) -> Plan:
        return _details(plan, messages=[*plan.details.messages, self.added(plan)])

    def text(self, plan: Plan) -> str:
        return translate("PlanEdits", "Add message")


@dataclass(frozen=True)
class RemoveMessage(PlanEdit):
    message_id: str

    def apply(self, plan: Plan) -> Plan:
        kept = [m for m in plan.details.messages if m.id != self.message_id]
        return _details(plan, messages=kept)

    def text(self, plan: Plan) -> str:
        return translate("PlanEdits", "Remove message")


@dataclass(frozen=True)
class SetMessageField(PlanEdit):
    """Change a message's audience, channel, language or text. `suggested`: the text is the
    suggestion, its own undo step (typing afterwards does not merge into it)."""

    message_id: str
    field: str
    value: str
    suggested: bool = False

    def apply(self, plan: Plan) -> Plan:
        message = next(m for m in plan.details.messages if m.id == self.message_id)
        changed = revise(message, **{self.field: self.value})
        return _details(plan, messages=replaced(plan.details.messages, self.message_id, changed))

    def text(self, plan: Plan) -> str:
        if self.suggested:
            return translate("PlanEdits", "Use suggested text")
        return {
            "audience": translate("PlanEdits", "Change message audience"),
            "channel": translate("PlanEdits", "Change message channel"),
            "language": translate("PlanEdits", "Change message language"),
            "text": translate("PlanEdits", "Edit message text"),
        }[self.field]

    @property
    def merge_key(self) -> str:
        return "" if self.suggested else f"details.messages.{self.message_id}.{self.field}"
