"""Named edits of a plan: each one applies itself, names its undo step and says what it
merges with; the window's OpenPlan.apply pushes them onto the undo stack (Qt-free)."""

from continuity_app.core.plan_edits.base import PlanEdit
from continuity_app.core.plan_edits.business import (
    SetBusinessFields,
    SetMaxLoss,
    SetMinimumService,
    SetOpeningHours,
    SetSettings,
)
from continuity_app.core.plan_edits.details import (
    AddCriterion,
    AddMessage,
    AddRole,
    RemoveMessage,
    RemoveRole,
    SetCriterion,
    SetDetail,
    SetMessageField,
    SetRoleField,
)
from continuity_app.core.plan_edits.fallbacks import (
    SetActivationDelay,
    SetKnownReach,
    SetReadiness,
)
from continuity_app.core.plan_edits.functions import (
    AddFunction,
    ApplyChatMeasurement,
    ImportFunctions,
    RemoveFunction,
    SetFunctionField,
    function_of_kind,
)
from continuity_app.core.plan_edits.incident import RecordIncident
from continuity_app.core.plan_edits.queries import (
    independent_fallbacks,
    with_functions,
    with_known_reach,
)
from continuity_app.core.plan_edits.scenarios import (
    AddScenario,
    RemoveScenario,
    SetScenarioField,
    custom_scenario,
)
from continuity_app.core.plan_edits.tasks import (
    TASK_FIELDS,
    AddTask,
    MarkReviewed,
    PlanSteps,
    RemoveTask,
    SetTaskField,
    SetTaskStatus,
)

__all__ = [
    "TASK_FIELDS",
    "AddCriterion",
    "AddFunction",
    "AddMessage",
    "AddRole",
    "AddScenario",
    "AddTask",
    "ApplyChatMeasurement",
    "ImportFunctions",
    "MarkReviewed",
    "PlanEdit",
    "PlanSteps",
    "RecordIncident",
    "RemoveFunction",
    "RemoveMessage",
    "RemoveRole",
    "RemoveScenario",
    "RemoveTask",
    "SetActivationDelay",
    "SetBusinessFields",
    "SetCriterion",
    "SetDetail",
    "SetFunctionField",
    "SetKnownReach",
    "SetMaxLoss",
    "SetMessageField",
    "SetMinimumService",
    "SetOpeningHours",
    "SetReadiness",
    "SetRoleField",
    "SetScenarioField",
    "SetSettings",
    "SetTaskField",
    "SetTaskStatus",
    "custom_scenario",
    "function_of_kind",
    "independent_fallbacks",
    "with_functions",
    "with_known_reach",
]
