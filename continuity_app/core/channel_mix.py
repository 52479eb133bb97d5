"""A function's channel mix: its share on each channel, as fields, and what an outage cuts off."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from continuity_app.core.plan import Function, Range, Scenario, Uncertain, likely, revise
from continuity_app.core.reference import ReferenceData

WHATSAPP = "whatsapp"
# The channels a mix offers, in the order the window lists them: the apps small businesses sell
# and answer on (Meta's first, as they fail together), then the rest.
MIX_CHANNELS: tuple[str, ...] = (
    "whatsapp",
    "whatsapp_api",
    "instagram",
    "messenger",
    "facebook",
    "telegram",
    "signal",
    "viber",
    "line",
    "sms",
    "voice",
    "email",
    "webshop",
    "walk_in",
)
# A channel's share is a field of the function named by this prefix and the channel's id.
MIX_FIELD = "mix."


def mix_field(channel: str) -> str:
    """The field key of a channel's share ("mix.instagram")."""
    return MIX_FIELD + channel


def field_value(function: Function, key: str) -> Any:
    """A function's field by its registry key; a channel's share is None when not in the mix."""
    if key.startswith(MIX_FIELD):
        return function.channel_mix.get(key.removeprefix(MIX_FIELD))
    return getattr(function, key)


def with_field(values: dict[str, Any], key: str, value: Any) -> dict[str, Any]:
    """A function's fields (as a dict) with one set by its registry key; a channel's share of
    None takes the channel out of the mix."""
    if not key.startswith(MIX_FIELD):
        return {**values, key: value}
    channel = key.removeprefix(MIX_FIELD)
    mix = dict(values.get("channel_mix") or {})
    if value is None:
        mix.pop(channel, None)
    else:
        mix[channel] = value
    return {**values, "channel_mix": mix}


def with_field_value(function: Function, key: str, value: Any) -> Function:
    """A validated copy of a function with one field set by its registry key."""
    return revise(function, **with_field(dict(function), key, value))


def other_share(function: Function) -> float:
    """The likely share on channels the mix does not list (none of the plan's outages)."""
    return max(0.0, 1.0 - sum(likely(share) for share in function.channel_mix.values()))


def whatsapp_only(functions: Iterable[Function]) -> bool:
    """Whether every function's mix names WhatsApp alone (or nothing): such a plan is worded
    as plans were before the mix, with a share on WhatsApp."""
    return all(set(f.channel_mix) <= {WHATSAPP} for f in functions)


def whatsapp_part(function: Function) -> Uncertain:
    """The share on WhatsApp itself (0 when the mix leaves it out)."""
    return function.channel_mix.get(WHATSAPP, 0.0)


def cut_off_share(reference: ReferenceData, function: Function, failed: Iterable[str]) -> float:
    """The likely share of a function's interactions on channels with a failed layer."""
    layers = frozenset(failed)
    return min(
        1.0,
        sum(
            likely(share)
            for channel, share in function.channel_mix.items()
            if reference.channels[channel].layers & layers
        ),
    )


def at_stake_share(
    reference: ReferenceData, function: Function, scenarios: Iterable[Scenario]
) -> float:
    """The most of a function's interactions any of these outages cuts off."""
    return max(
        (cut_off_share(reference, function, s.failed_layers) for s in scenarios), default=0.0
    )


def ordered_mix(mix: Mapping[str, Uncertain]) -> list[tuple[str, Uncertain]]:
    """A mix's channels, largest share first (ties in the window's order)."""
    order = {channel: i for i, channel in enumerate(MIX_CHANNELS)}
    return sorted(
        mix.items(),
        key=lambda item: (-likely(item[1]), order.get(item[0], len(order)), item[0]),
    )


def with_measured_channel(function: Function, channel: str, per_day: float) -> Function:
    """The function once one channel's daily interactions are measured (from a chat export):
    that channel carries `per_day`, every other channel and the rest keep the interactions a
    day they had, and the total and the shares follow. A function all on that channel becomes
    `per_day` on it alone."""
    total = likely(function.daily_interactions)
    before = likely(function.channel_mix.get(channel, 0.0))
    others = {c: s for c, s in function.channel_mix.items() if c != channel}
    kept = total * (1.0 - before)  # on the other channels, and on those the mix leaves out
    if (not others and before >= 1.0) or kept <= 0.0 or total <= 0.0:
        return revise(function, daily_interactions=per_day, channel_mix={channel: 1.0})
    new_total = kept + per_day
    scale = total / new_total  # each other channel keeps its interactions a day
    mix = {c: _scaled(s, scale) for c, s in others.items()}
    mix[channel] = per_day / new_total
    ordered = {c: mix[c] for c in function.channel_mix if c in mix} | mix
    return revise(function, daily_interactions=new_total, channel_mix=ordered)


def _scaled(share: Uncertain, scale: float) -> Uncertain:
    if isinstance(share, Range):
        low, mid, high = (min(1.0, v * scale) for v in (share.low, share.likely, share.high))
        return Range(low=low, likely=mid, high=high)
    return min(1.0, share * scale)
