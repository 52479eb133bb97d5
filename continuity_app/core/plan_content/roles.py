"""Who declares an outage, whom each role calls, and who receives the plan."""

from __future__ import annotations

from dataclasses import dataclass

from continuity_app.core.plan import Plan, Role


def declarers(plan: Plan) -> list[Role]:
    """The roles nobody calls (the top of the contact tree); the first role when every role
    is called by another."""
    roles = plan.details.roles
    called = {c for r in roles for c in r.calls}
    roots = [r for r in roles if r.id not in called]
    return roots or list(roles[:1])


def outage_lead(plan: Plan) -> Role | None:
    """The role that declares the outage, or None when the plan names no role."""
    roots = declarers(plan)
    return roots[0] if roots else None


def called_by(plan: Plan, role: Role, seen: frozenset[str]) -> list[Role]:
    """The roles `role` calls in the contact tree, skipping those already on this branch."""
    by_id = {r.id: r for r in plan.details.roles}
    return [by_id[c] for c in role.calls if c in by_id and c not in seen]


def distribution(plan: Plan) -> list[str]:
    """Everyone who holds a copy: the approver and owner first, then each role's people."""
    details = plan.details
    holders: list[str] = []
    for role in details.roles:
        for person in (role.holder, role.alternate):
            if person and person not in holders:
                holders.append(person)
    for person in (details.owner, details.approver):
        if person and person not in holders:
            holders.insert(0, person)
    return holders


@dataclass(frozen=True)
class Contact:
    """A number to call on the outage card: a role's holder or its alternate."""

    role: str
    name: str
    phone: str
    alternate: bool


def card_contacts(plan: Plan) -> list[Contact]:
    """Every holder and alternate with a name or a phone number, in the roles' order."""
    contacts = []
    for role in plan.details.roles:
        if role.holder or role.phone:
            contacts.append(Contact(role.title, role.holder, role.phone, alternate=False))
        if role.alternate or role.alternate_phone:
            contacts.append(
                Contact(role.title, role.alternate, role.alternate_phone, alternate=True)
            )
    return contacts
