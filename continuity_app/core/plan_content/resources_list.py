"""What the business keeps ready: fallback channels and the preparation steps worth taking."""

from __future__ import annotations

from dataclasses import dataclass

from continuity_app.core.plan import Plan
from continuity_app.core.plan_content.fallbacks import fails_with_whatsapp, fallback_channels
from continuity_app.core.recommend import PortfolioItem, Recommendations, ValuedAction
from continuity_app.core.reference import ReferenceData

ALSO_WORTH_ROWS = 5
SET_ASIDE_ROWS = 12


@dataclass(frozen=True)
class PreparationList:
    """The recommended steps, others worth considering, and those not worth it now."""

    channels: tuple[str, ...]  # the plan's fallback channels
    chosen: tuple[PortfolioItem, ...]
    also_worth: tuple[ValuedAction, ...]
    set_aside: tuple[ValuedAction, ...]


def preparation(plan: Plan, reference: ReferenceData, advice: Recommendations) -> PreparationList:
    """The portfolio, then at most five other steps worth doing (never on a channel that fails
    with WhatsApp: the dependencies section says so), then the steps set aside."""
    chosen = {i.action.id for i in advice.portfolio}
    others = [
        v
        for v in advice.actions
        if v.worth_doing
        and v.action.id not in chosen
        and not fails_with_whatsapp(reference, v.action.channel)
    ]
    set_aside = [v for v in advice.actions if not v.worth_doing]
    return PreparationList(
        channels=tuple(fallback_channels(plan)),
        chosen=tuple(advice.portfolio),
        also_worth=tuple(others[:ALSO_WORTH_ROWS]),
        set_aside=tuple(set_aside[:SET_ASIDE_ROWS]),
    )
