"""The impact model: what an outage of given layers and duration costs each business function.

Time runs in 15-minute steps from the outage start. In each step, interactions arrive on
the weekly clock; the surviving fallback channels serve a share F(t) of them; the rest are
blocked. Restoration is not a sharp edge: after the announced end D, service comes back over a
recovery tail of R hours (partial regions, queued messages delivered late), during which the
blocked share falls linearly to zero. A blocked counterpart arriving at t waits for service
(on average at D + R/2) with probability exp(-(D + R/2 - t) / patience) and is served after
restoration at a backlog cost; otherwise it gives up: a recapture share comes back later
(backlog cost; perishable demand never does), the rest are lost (revenue) and a churn share
never returns (lifetime value). A perishable interaction that gave up (today's lunch) has
gone elsewhere for good: it is never won back later. Nor does the day end at restoration:
customers with a same-day need who heard that WhatsApp was down have made other arrangements
for the rest of the day. Through the outage and for the rest of the day after it (a stated
window of H hours), at least the perishable share of arrivals times 1 - exp(-D / H), the share
who heard of an outage of D hours, is lost; this floor rises with the outage's length, so a
longer outage never costs less. Coordination work loses productivity while its share on failed
channels is blocked during opening hours.

An outage fails layers (the WhatsApp app, Meta, mobile data...); the interactions it meets are
those on the channels of a function's mix that run on a failed layer (in_outage). Those on
surviving channels, and those the mix leaves out, carry on as usual.

Everything is linear in the arrivals, so one set of per-step factors serves every start
time and every duration on the loss-curve grid; that keeps evaluation in milliseconds.
"""

from __future__ import annotations

from continuity_app.core.impact.coverage import coverage, step_midpoints
from continuity_app.core.impact.model_inputs import (
    CATEGORIES,
    DURATION_GRID,
    SURGE_TRIGGERS,
    VOLUMES,
    ChannelReadiness,
    FunctionInputs,
    MixShare,
    ModelConstants,
    digest,
    in_outage,
    scenario_key,
    served_of,
)
from continuity_app.core.impact.starts import (
    AverageOver,
    Starts,
    by_start,
    hourly_starts,
    start_weights,
)
from continuity_app.core.impact.steps import (
    ARRIVAL_PARTS,
    LossTable,
    StepFactors,
    first_crossing,
    loss_table,
    mbco_reached_after,
    step_factors,
)
from continuity_app.core.impact.tables import (
    FallbackFreeTable,
    fallback_free_key,
    fallback_free_table,
    kept_fallback_free_table,
    summed_table,
    table_with_fallbacks,
)

__all__ = [
    "ARRIVAL_PARTS",
    "CATEGORIES",
    "DURATION_GRID",
    "SURGE_TRIGGERS",
    "VOLUMES",
    "AverageOver",
    "ChannelReadiness",
    "FallbackFreeTable",
    "FunctionInputs",
    "LossTable",
    "MixShare",
    "ModelConstants",
    "Starts",
    "StepFactors",
    "by_start",
    "coverage",
    "digest",
    "fallback_free_key",
    "fallback_free_table",
    "first_crossing",
    "hourly_starts",
    "in_outage",
    "kept_fallback_free_table",
    "loss_table",
    "mbco_reached_after",
    "scenario_key",
    "served_of",
    "start_weights",
    "step_factors",
    "step_midpoints",
    "summed_table",
    "table_with_fallbacks",
]
