"""How well each channel fits each function: reach, independence, capability, cost, privacy."""

from __future__ import annotations

from dataclasses import dataclass

from continuity_app.core.evaluation import Evaluation
from continuity_app.core.plan import Function, FunctionKind, Plan
from continuity_app.core.reference import Channel, ReferenceData

# Channels whose reach comes from a country figure other than app usage. Email and web chat
# have no usage figures (being online says little about reading a shop's email in an outage):
# they reach customers only as far as the owner says.
_REACH_BASIS = {
    "sms": "mobile_users",
    "voice": "mobile_users",
    "imessage": "ios_share",
}
# Functions whose counterparts (staff, suppliers) the business can ask to join a channel.
_ASKED_KINDS = frozenset({FunctionKind.INTERNAL_COORDINATION, FunctionKind.SUPPLIER_COORDINATION})
_FLAG_VALUE = {True: 1.0, False: 0.0, None: 0.5}
_PRIVACY = {"yes": 1.0, "partial": 0.5, "no": 0.0, None: 0.5}
_EFFORT = {"low": 0.0, "medium": 0.5, "high": 1.0, None: 0.5}


@dataclass(frozen=True)
class Reach:
    """Share of a function's counterparts who use a channel, and how that was worked out.

    Unknown stays unknown: a country with no figure (`no_data`) or where the app is blocked
    (`blocked`) adds nothing to the share.
    """

    share: float
    by_country: dict[str, float]
    no_data: tuple[str, ...]
    blocked: tuple[str, ...]
    basis: str  # "usage", "mobile_users", "ios_share", "staff", "suppliers" or "owner"
    regional: tuple[str, ...] = ()  # countries counted with their region's figure


@dataclass(frozen=True)
class ChannelFit:
    """One channel's fit for one function, with the reasons behind its score."""

    channel: str
    score: float
    reach: Reach
    independence: float
    survives: tuple[str, ...]  # scenario ids it keeps working in
    fails: tuple[str, ...]
    capability: float
    privacy: float
    effort: float
    shares_provider_with_whatsapp: bool


def _country_value(reference: ReferenceData, country: str, channel: str) -> float | None:
    basis = _REACH_BASIS.get(channel, "usage")
    known = reference.countries.get(country)
    if basis == "usage":
        figure = reference.usage_share(country, channel)
        if figure is None or figure.base == "people":
            return None if figure is None else figure.share
        # a share of internet users is a share of people only through the internet share
        online = None if known is None else known.value("internet_users_share")
        return None if online is None else figure.share * online
    if known is None:
        return None
    if basis == "mobile_users":
        return known.value("mobile_phone_users_share")
    return known.value("ios_share")


def _regional_value(reference: ReferenceData, country: str, channel: str) -> float | None:
    """Mobile phone ownership of the country's region, for SMS and voice where the country has
    no figure of its own (an app's use varies too much between neighbours for that)."""
    if _REACH_BASIS.get(channel) != "mobile_users":
        return None
    figure = reference.regional_figure(country, "mobile_phone_users_share")
    return None if figure is None else figure.value


def asked_reach(reference: ReferenceData, plan: Plan, channel: str, basis: str) -> Reach:
    """Reach among people the business asks to join (its staff, its suppliers): close to all
    of them, wherever the app is not blocked."""
    blocked = tuple(c for c in plan.business.country_mix if reference.block(c, channel))
    share = reference.default("staff_reach")
    if blocked:
        share *= 1 - sum(plan.business.country_mix[c] for c in blocked)
    return Reach(share, {}, (), blocked, basis)


def reach(reference: ReferenceData, plan: Plan, function: Function, channel: str) -> Reach:
    """Country-weighted share of the function's counterparts who use the channel.

    Staff and suppliers can be asked to install any app that works worldwide; a regional app
    (LINE, KakaoTalk, Zalo, ...) or one tied to a device (iMessage) reaches them as it reaches
    everyone else in their country. What the owner knows of their customers replaces the
    country figures.
    """
    if function.kind in _ASKED_KINDS and reference.channels[channel].worldwide:
        basis = "staff" if function.kind is FunctionKind.INTERNAL_COORDINATION else "suppliers"
        return asked_reach(reference, plan, channel, basis)
    known = plan.business.known_reach.get(channel)
    if known is not None:
        return Reach(known, {}, (), (), "owner")
    by_country: dict[str, float] = {}
    no_data, blocked, regional = [], [], []
    for country in plan.business.country_mix:
        if reference.block(country, channel):
            blocked.append(country)
            continue
        value = _country_value(reference, country, channel)
        if value is None:
            value = _regional_value(reference, country, channel)
            if value is None:
                no_data.append(country)
                continue
            regional.append(country)
        by_country[country] = value
    share = sum(plan.business.country_mix[c] * v for c, v in by_country.items())
    basis = _REACH_BASIS.get(channel, "usage")
    return Reach(share, by_country, tuple(no_data), tuple(blocked), basis, tuple(regional))


def provider_layers(reference: ReferenceData, channel: Channel) -> frozenset[str]:
    """The service layers a channel runs on (not the networks every app shares)."""
    return frozenset(x for x in channel.layers if reference.layers[x].kind == "service")


def shares_provider_with_whatsapp(reference: ReferenceData, channel_id: str) -> bool:
    """True for Messenger and Instagram: they fail whenever Meta's infrastructure does."""
    whatsapp = provider_layers(reference, reference.channels["whatsapp"])
    return bool(provider_layers(reference, reference.channels[channel_id]) & whatsapp)


def independence(
    evaluation: Evaluation, function_id: str, channel: Channel
) -> tuple[float, tuple[str, ...], tuple[str, ...]]:
    """Share of the function's expected outage loss that falls in scenarios the channel survives.

    Scenarios are weighted by frequency times this function's loss in them; when nothing is
    lost yet (a new plan), by frequency alone, and failing that equally.
    """
    survives: list[str] = []
    fails: list[str] = []
    weights = []
    for outcome in evaluation.scenarios:
        scenario = outcome.scenario
        alive = channel.survives(scenario.failed_layers)
        (survives if alive else fails).append(scenario.id)
        weights.append((alive, scenario.frequency_per_year, outcome.by_function[function_id]))
    for pick in (lambda f, loss: f * loss, lambda f, loss: f, lambda f, loss: 1.0):
        total = sum(pick(f, loss) for _, f, loss in weights)
        if total > 0:
            kept = sum(pick(f, loss) for alive, f, loss in weights if alive)
            return kept / total, tuple(survives), tuple(fails)
    return 0.0, tuple(survives), tuple(fails)


def capability(reference: ReferenceData, function: Function, channel: Channel) -> float:
    """How well the channel's features match what this kind of function needs (0..1)."""
    score = 0.0
    for need in reference.needs:
        if need.kind != function.kind.value:
            continue
        flag = getattr(channel, need.capability)
        value = _FLAG_VALUE[flag]
        if (
            need.capability == "groups"
            and flag
            and channel.max_group_size is not None
            and function.staff_affected is not None
            and function.staff_affected > channel.max_group_size
        ):
            value = 0.5  # its groups hold fewer than the staff
        score += need.weight * value
    return score


def fit(
    reference: ReferenceData,
    plan: Plan,
    evaluation: Evaluation,
    function: Function,
    channel_id: str,
) -> ChannelFit:
    """Everything that makes a channel a good or poor fallback for one function."""
    channel = reference.channels[channel_id]
    channel_reach = reach(reference, plan, function, channel_id)
    share_kept, survives, fails = independence(evaluation, function.id, channel)
    capability_score = capability(reference, function, channel)
    privacy = _PRIVACY.get(channel.e2ee_default, 0.5)
    effort = _EFFORT.get(channel.setup_effort, 0.5)
    score = (
        channel_reach.share
        * share_kept
        * capability_score
        * (1 - reference.default("privacy_weight") * (1 - privacy))
        * (1 - reference.default("effort_weight") * effort)
    )
    return ChannelFit(
        channel=channel_id,
        score=score,
        reach=channel_reach,
        independence=share_kept,
        survives=survives,
        fails=fails,
        capability=capability_score,
        privacy=privacy,
        effort=effort,
        shares_provider_with_whatsapp=shares_provider_with_whatsapp(reference, channel_id),
    )


def fallback_channels(reference: ReferenceData) -> list[str]:
    """The channels that can carry traffic cut off elsewhere, in the reference data's order
    (WhatsApp itself, and the parts of a channel mix such as a Facebook page or walk-in trade,
    cannot)."""
    return [channel for channel, known in reference.channels.items() if known.fallback]


def ranked_channels(
    reference: ReferenceData, plan: Plan, evaluation: Evaluation, function: Function
) -> list[ChannelFit]:
    """Every channel that can be a fallback, best first."""
    fits = [
        fit(reference, plan, evaluation, function, channel)
        for channel in fallback_channels(reference)
    ]
    return sorted(fits, key=lambda f: (-f.score, f.channel))
