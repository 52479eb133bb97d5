"""Whom each kind of business function talks to: one mapping for the recommender and the plan."""

from __future__ import annotations

from typing import Literal

from continuity_app.core.i18n import translate
from continuity_app.core.plan import FunctionKind

Audience = Literal["customers", "staff", "suppliers"]

# Staff and suppliers are the business's own people, whom it can ask to join a channel; the
# counterparts of every other kind (drivers and riders included) are reached like customers,
# which is how the recommender counts their reach.
_AUDIENCE: dict[FunctionKind, Audience] = {
    FunctionKind.INTERNAL_COORDINATION: "staff",
    FunctionKind.SUPPLIER_COORDINATION: "suppliers",
}


def audience_of(kind: FunctionKind) -> Audience:
    """The audience a function's WhatsApp counterparts belong to: the message written for them."""
    return _AUDIENCE.get(kind, "customers")


def counterparts(kind: FunctionKind) -> str:
    """Who a function talks to, in the words of the recommender's explanations."""
    audience = audience_of(kind)
    if audience == "staff":
        return translate("Recommend", "staff")
    if audience == "suppliers":
        return translate("Recommend", "suppliers")
    if kind is FunctionKind.APPOINTMENTS:
        return translate("Recommend", "patients and clients")
    return translate("Recommend", "customers")
