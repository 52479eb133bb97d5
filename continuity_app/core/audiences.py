"""Whom each kind of business function talks to: one mapping for the recommender and the plan."""

from __future__ import annotations

from typing import Literal

from continuity_app.core.i18n import translate
from continuity_app.core.plan import FunctionKind

Audience = Literal["customers", "staff", "suppliers"]

# Whom the plan writes to for each kind: staff and suppliers are the business's own people,
# whom it can ask to join a channel; riders and drivers are asked to join like staff, so the
# delivery switch is written for them. Every other kind talks to customers.
_AUDIENCE: dict[FunctionKind, Audience] = {
    FunctionKind.INTERNAL_COORDINATION: "staff",
    FunctionKind.SUPPLIER_COORDINATION: "suppliers",
    FunctionKind.DELIVERY: "staff",
}
# Whose reach the recommender counts differs for delivery only: a fallback is worth what it
# keeps of the deliveries, so it must reach the people waiting for them (customers).
_REACHED: dict[FunctionKind, Audience] = {**_AUDIENCE, FunctionKind.DELIVERY: "customers"}


def audience_of(kind: FunctionKind) -> Audience:
    """The audience a function's WhatsApp counterparts belong to: the message written for them."""
    return _AUDIENCE.get(kind, "customers")


def counterparts(kind: FunctionKind) -> str:
    """Whose reach the recommender counts for a function, in its explanations' words."""
    audience = _REACHED.get(kind, "customers")
    if audience == "staff":
        return translate("Recommend", "staff")
    if audience == "suppliers":
        return translate("Recommend", "suppliers")
    if kind is FunctionKind.APPOINTMENTS:
        return translate("Recommend", "patients and clients")
    return translate("Recommend", "customers")
