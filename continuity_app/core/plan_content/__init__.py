"""What the printed plan says, as typed data the PDF, the window and an outage mode can read."""

from continuity_app.core.plan_content.card import CardSteps, CardSwitch, card_message, card_steps
from continuity_app.core.plan_content.communications import messages_for, plan_audiences
from continuity_app.core.plan_content.dependencies import (
    ChannelDependency,
    SinglePoint,
    channel_dependencies,
    dependency_warnings,
    meta_channels,
    single_points,
)
from continuity_app.core.plan_content.exposure import Exposure, MinimumService, exposures
from continuity_app.core.plan_content.fallbacks import (
    fails_with_whatsapp,
    fallback_channels,
    ordered_fallbacks,
    survives,
)
from continuity_app.core.plan_content.procedures import (
    Objective,
    Preparation,
    Procedure,
    Switch,
    procedure,
    procedures,
)
from continuity_app.core.plan_content.resources_list import PreparationList, preparation
from continuity_app.core.plan_content.results import PlanResults, compute_results
from continuity_app.core.plan_content.roles import (
    Contact,
    called_by,
    card_contacts,
    declarers,
    distribution,
    outage_lead,
)
from continuity_app.core.plan_content.schedule import (
    CONTACT_TEST_MONTHS,
    REVIEW_MONTHS,
    Activity,
    Exercise,
    add_months,
    review_date,
    schedule,
)
from continuity_app.core.plan_content.sources import (
    SourceKind,
    SourceRow,
    other_notes,
    outage_history,
    reader_source,
    source_rows,
    sourced_channels,
    unpriced_channels,
    unpriced_fallbacks,
)

__all__ = [
    "CONTACT_TEST_MONTHS",
    "REVIEW_MONTHS",
    "Activity",
    "CardSteps",
    "CardSwitch",
    "ChannelDependency",
    "Contact",
    "Exercise",
    "Exposure",
    "MinimumService",
    "Objective",
    "PlanResults",
    "Preparation",
    "PreparationList",
    "Procedure",
    "SinglePoint",
    "SourceKind",
    "SourceRow",
    "Switch",
    "add_months",
    "called_by",
    "card_contacts",
    "card_message",
    "card_steps",
    "channel_dependencies",
    "compute_results",
    "declarers",
    "dependency_warnings",
    "distribution",
    "exposures",
    "fails_with_whatsapp",
    "fallback_channels",
    "messages_for",
    "meta_channels",
    "ordered_fallbacks",
    "other_notes",
    "outage_history",
    "outage_lead",
    "plan_audiences",
    "preparation",
    "procedure",
    "procedures",
    "reader_source",
    "review_date",
    "schedule",
    "single_points",
    "source_rows",
    "sourced_channels",
    "survives",
    "unpriced_channels",
    "unpriced_fallbacks",
]
