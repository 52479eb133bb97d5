"""Which layers each function's channels depend on, and where no fallback is left."""

from __future__ import annotations

from dataclasses import dataclass

from continuity_app.core.channel_fit import provider_layers
from continuity_app.core.channel_mix import WHATSAPP, cut_off_share, ordered_mix
from continuity_app.core.plan import Function, Plan, likely
from continuity_app.core.plan_content.fallbacks import survives
from continuity_app.core.recommend import Recommendations
from continuity_app.core.reference import ReferenceData
from continuity_app.core.wording import warning_message

# The recommender's warnings the dependencies section repeats.
_DEPENDENCY_WARNINGS = ("shared_infrastructure", "fails_together", "needs_two_independent")


@dataclass(frozen=True)
class ChannelDependency:
    """One channel of a function: those of its mix (used today), then each fallback."""

    function_id: str
    channel: str
    today: bool  # a channel of the function's mix
    first: bool  # the function's first row
    layers: tuple[str, ...]
    works: tuple[bool, ...]  # per scenario of the plan, in its order


@dataclass(frozen=True)
class SinglePoint:
    """A function left without a working channel: in one scenario, or in all (no fallback)."""

    function_id: str
    scenario_id: str | None  # None: the function has no fallback channel at all


def meta_channels(plan: Plan, reference: ReferenceData) -> list[str]:
    """The channels that run on Meta's infrastructure and fail together with WhatsApp: those a
    business could take for a fallback, and any other its functions use."""
    used = {c for f in plan.functions for c in f.channel_mix}
    return [
        channel_id
        for channel_id, channel in reference.channels.items()
        if "meta" in provider_layers(reference, channel)
        and (channel.fallback or channel_id in used or channel_id == WHATSAPP)
    ]


def today_channels(function: Function) -> list[str]:
    """The channels a function runs on today, largest share first (WhatsApp for a function
    without a mix, as before the mix)."""
    return [channel for channel, _ in ordered_mix(function.channel_mix)] or [WHATSAPP]


def channel_dependencies(plan: Plan, reference: ReferenceData) -> list[ChannelDependency]:
    """Every function's channels with their layers and whether each scenario stops them."""
    rows = []
    for function in plan.functions:
        today = today_channels(function)
        fallbacks = [f.channel for f in plan.fallbacks_for(function.id) if f.channel not in today]
        for index, channel_id in enumerate(today + fallbacks):
            channel = reference.channels.get(channel_id)
            rows.append(
                ChannelDependency(
                    function_id=function.id,
                    channel=channel_id,
                    today=index < len(today),
                    first=index == 0,
                    layers=tuple(sorted(channel.layers)) if channel else (),
                    works=tuple(
                        survives(reference, channel_id, s.failed_layers) for s in plan.scenarios
                    ),
                )
            )
    return rows


def single_points(plan: Plan, reference: ReferenceData) -> list[SinglePoint]:
    """Functions with no fallback, and each scenario in which none of a function's ready
    fallbacks keeps working."""
    points = []
    for function in plan.functions:
        fallbacks = plan.fallbacks_for(function.id)
        # a channel of the mix that an outage spares keeps serving its own customers
        spared = [
            s.id
            for s in plan.scenarios
            if cut_off_share(reference, function, s.failed_layers)
            < sum(likely(share) for share in function.channel_mix.values())
        ]
        if not fallbacks and not spared:
            points.append(SinglePoint(function.id, None))
            continue
        for scenario in plan.scenarios:
            alive = [
                f
                for f in fallbacks
                if survives(reference, f.channel, scenario.failed_layers)
                and likely(f.readiness) > 0
            ]
            if not alive and scenario.id not in spared:
                points.append(SinglePoint(function.id, scenario.id))
    return points


def dependency_warnings(advice: Recommendations) -> list[str]:
    """The recommender's warnings about shared infrastructure and too few independent
    fallbacks, in its words."""
    return [warning_message(w) for w in advice.warnings if w.kind in _DEPENDENCY_WARNINGS]
