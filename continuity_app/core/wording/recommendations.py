"""The recommender's reasons, explanations and warnings as sentences with their numbers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from continuity_app.core.audiences import counterparts
from continuity_app.core.channel_fit import ChannelFit
from continuity_app.core.display import (
    channel_name,
    country_name,
    format_list,
    format_money,
    format_partial_date,
    layer_name,
    scenario_name,
)
from continuity_app.core.i18n import number, translate
from continuity_app.core.plan import Plan
from continuity_app.core.reference import ReferenceData
from continuity_app.core.wording.common import and_list, country_phrase, percent, scenario_names

if TYPE_CHECKING:
    from continuity_app.core.recommend import NeedsTwoIndependent, ValuedAction, Warning


def _reach_reason(reference: ReferenceData, plan: Plan, fit: ChannelFit) -> str | None:
    """How many of the function's counterparts the channel reaches, and how that is known."""
    share = percent(fit.reach.share)
    told = {  # reach that does not come from the country figures
        "staff": translate("Recommend", "your staff can be asked to use it (about {share})"),
        "suppliers": translate(
            "Recommend", "your suppliers can be asked to use it (about {share})"
        ),
        "owner": translate("Recommend", "you said about {share} of your customers use it"),
    }
    if fit.reach.basis in told:
        return told[fit.reach.basis].format(share=share)
    if not fit.reach.by_country:
        return None
    country = country_phrase(reference, plan, fit)
    templates = {
        ("usage", True): translate("Recommend", "about {share} of people in {country} use it"),
        ("usage", False): translate(
            "Recommend", "about {share} of people in your countries use it"
        ),
        ("mobile_users", True): translate(
            "Recommend", "about {share} of people in {country} have a mobile phone"
        ),
        ("mobile_users", False): translate(
            "Recommend", "about {share} of people in your countries have a mobile phone"
        ),
        ("ios_share", True): translate("Recommend", "about {share} in {country} use an iPhone"),
        ("ios_share", False): translate("Recommend", "about {share} use an iPhone"),
    }
    return templates[(fit.reach.basis, country is not None)].format(share=share, country=country)


def _where_reasons(reference: ReferenceData, plan: Plan, fit: ChannelFit) -> list[str]:
    """Where the channel is blocked or slowed, and where its reach is estimated or unknown."""
    reasons = []
    for country in fit.reach.blocked:
        block = reference.block(country, fit.channel)
        reasons.append(
            translate("Recommend", "blocked in {country} since {date}").format(
                country=country_name(reference, country),
                date=format_partial_date(block.since) if block else "",
            )
        )
    for country in plan.business.country_mix:
        for restriction in reference.restrictions(country, fit.channel):
            template = (
                translate("Recommend", "its calls blocked in {country} since {date}")
                if restriction.scope == "calls"
                else translate("Recommend", "slowed down in {country} since {date}")
            )
            reasons.append(
                template.format(
                    country=country_name(reference, country),
                    date=format_partial_date(restriction.since),
                )
            )
    if fit.reach.regional:
        reasons.append(
            translate(
                "Recommend",
                "no phone-ownership figure for {countries}: the figure for their region is used",
            ).format(
                countries=format_list([country_name(reference, c) for c in fit.reach.regional])
            )
        )
    if fit.reach.no_data:
        reasons.append(
            translate(
                "Recommend",
                "no data for {countries}: not counted there; if you know how many of your "
                "customers use it, enter it with 'What you know about this channel'",
            ).format(countries=format_list([country_name(reference, c) for c in fit.reach.no_data]))
        )
    return reasons


def fit_reasons(reference: ReferenceData, plan: Plan, fit: ChannelFit) -> list[str]:
    """Short reasons, with their numbers, for a channel's score."""
    channel = reference.channels[fit.channel]
    reach = _reach_reason(reference, plan, fit)
    reasons = ([reach] if reach is not None else []) + _where_reasons(reference, plan, fit)
    if fit.shares_provider_with_whatsapp:
        reasons.append(
            translate(
                "Recommend",
                "runs on Meta's infrastructure and fails with WhatsApp in a Meta outage",
            )
        )
    if not fit.fails:
        reasons.append(translate("Recommend", "survives every outage scenario in your plan"))
    else:
        reasons.append(
            translate(
                "Recommend", "survives {share} of your expected outage loss (fails in: {scenarios})"
            ).format(share=percent(fit.independence), scenarios=scenario_names(plan, fit.fails))
        )
    if channel.broadcast:
        reasons.append(translate("Recommend", "can send one message to everyone at once"))
    if channel.payments:
        reasons.append(translate("Recommend", "can take payments in the app"))
    if channel.e2ee_default == "yes":
        reasons.append(translate("Recommend", "end-to-end encrypted by default"))
    elif channel.e2ee_default == "no":
        reasons.append(translate("Recommend", "not end-to-end encrypted by default"))
    if channel.cost_per_message_usd == 0:
        reasons.append(translate("Recommend", "free to send"))
    return reasons


def _reach_and_survival(country: bool, fails: bool) -> str:
    """The explanation's first sentence: whom the channel reaches and what it survives."""
    if country and fails:
        return translate(
            "Recommend",
            "{channel} reaches about {share} of your {who} in {country} and keeps working "
            "through {kept} of your expected outage loss (it fails in: {scenarios}).",
        )
    if country:
        return translate(
            "Recommend",
            "{channel} reaches about {share} of your {who} in {country} and keeps working in "
            "every outage scenario in your plan.",
        )
    if fails:
        return translate(
            "Recommend",
            "{channel} reaches about {share} of your {who} and keeps working through {kept} of "
            "your expected outage loss (it fails in: {scenarios}).",
        )
    return translate(
        "Recommend",
        "{channel} reaches about {share} of your {who} and keeps working in every outage "
        "scenario in your plan.",
    )


def action_explanation(valued: ValuedAction) -> str:
    """Two or three sentences with the numbers that are also in the JSON."""
    reference, plan, action, fit = valued.reference, valued.plan, valued.action, valued.fit
    currency = plan.business.currency
    if action.template.audience == "staff":  # those asked to join, wherever they are
        who, country = translate("Recommend", "staff and drivers who are asked to join"), None
    else:
        who = counterparts(plan.function(action.function_id).kind)
        country = country_phrase(reference, plan, fit)
    reach = _reach_and_survival(country is not None, bool(fit.fails)).format(
        channel=channel_name(reference, action.channel),
        share=percent(action.reach),
        who=who,
        country=country,
        kept=percent(fit.independence),
        scenarios=scenario_names(plan, fit.fails),
    )
    if valued.payback_months is not None:
        value = translate(
            "Recommend",
            "{step} (for {function}): readiness {before} → {after}; it cuts your expected yearly "
            "loss by {saving} for {cost} a year, paying back in {months} months.",
        )
    else:
        value = translate(
            "Recommend",
            "{step} (for {function}): readiness {before} → {after}; it cuts your expected yearly "
            "loss by {saving} for {cost} a year, more than it saves.",
        )
    sentences = [
        reach,
        value.format(
            step=action.title,
            function=plan.function(action.function_id).name,
            before=percent(action.readiness_before),
            after=percent(action.readiness_after),
            saving=format_money(valued.ale_reduction, currency, reference, whole=True),
            cost=format_money(valued.cost_per_year, currency, reference, whole=True),
            months=number(valued.payback_months, 1) if valued.payback_months is not None else "",
        ),
    ]
    if not action.monthly_fee_known:
        sentences.append(
            translate(
                "Recommend",
                "Its monthly fee is not known; add it to the plan when you have a quote.",
            )
        )
    return " ".join(sentences)


def set_aside_reason(valued: ValuedAction) -> str:
    """Why a step is not worth doing now, in one line; empty when it is."""
    from continuity_app.core.recommend import SetAside

    reference, currency = valued.reference, valued.plan.business.currency
    if valued.not_worth_it is SetAside.FAILS_WITH_WHATSAPP:
        return translate(
            "Recommend", "{channel} fails together with WhatsApp when Meta's systems go down."
        ).format(channel=channel_name(reference, valued.action.channel))
    if valued.not_worth_it is SetAside.COSTS_MORE:
        return translate(
            "Recommend",
            "It saves {saving} a year, less than it costs ({cost} a year, set-up included).",
        ).format(
            saving=format_money(valued.ale_reduction, currency, reference, whole=True),
            cost=format_money(valued.cost_per_year, currency, reference, whole=True),
        )
    return ""


def warning_message(warning: Warning) -> str:
    """The warning in one or two sentences, with its numbers and names."""
    from continuity_app.core.recommend import (
        BlockedChannel,
        FailsTogether,
        NeedsTwoIndependent,
        SharedInfrastructure,
        SurgeRisk,
    )

    reference, plan, reason = warning.reference, warning.plan, warning.reason
    channel = channel_name(reference, warning.channel) if warning.channel else ""
    function = plan.function(warning.function).name if warning.function else ""
    if isinstance(reason, BlockedChannel):
        block = reference.block(reason.country, warning.channel or "")
        return translate(
            "Recommend",
            "{channel} is a fallback for {function}, but it has been blocked in {country} "
            "since {date}: customers there cannot reach you on it without a VPN. Choose "
            "another channel for them.",
        ).format(
            channel=channel,
            function=function,
            country=country_name(reference, reason.country),
            date=format_partial_date(block.since) if block else "",
        )
    if isinstance(reason, SharedInfrastructure):
        return translate(
            "Recommend",
            "{channel} is a fallback for {function}, but it runs on the same {layers} as "
            "WhatsApp and fails with it ({scenarios}); it is not counted as independent.",
        ).format(
            channel=channel,
            function=function,
            layers=and_list(layer_name(reference, layer) for layer in reason.layers),
            scenarios=scenario_names(plan, reason.scenarios)
            or translate("Recommend", "in every Meta outage"),
        )
    if isinstance(reason, FailsTogether):
        return translate(
            "Recommend",
            "{share} of the interactions of {function} run on {channels}, on Meta's "
            "infrastructure as WhatsApp is: in {scenarios} that part stops together with "
            "WhatsApp, and {cut_off} of {function} is cut off at once. These apps are no "
            "fallback for WhatsApp; prepare one that runs on other infrastructure.",
        ).format(
            channels=and_list(channel_name(reference, c) for c in reason.channels),
            share=percent(reason.share),
            function=function,
            scenarios=scenario_names(plan, reason.scenarios),
            cut_off=percent(reason.cut_off),
        )
    if isinstance(reason, NeedsTwoIndependent):
        return _needs_two(reference, plan, function, reason)
    assert isinstance(reason, SurgeRisk)
    return translate(
        "Recommend",
        "Moving everyone to {channels} in the first hours of a WhatsApp outage carries surge "
        "risk: Telegram and Signal slowed or failed under sign-up surges in 2015, 2019 and "
        "2021. The model counts them at {share} of their readiness for the first {hours} "
        "hours; invite people before an outage.",
    ).format(
        channels=and_list(channel_name(reference, c) for c in reason.channels),
        share=percent(reference.default("surge_readiness_factor")),
        hours=number(reference.default("surge_hours")),
    )


def _needs_two(
    reference: ReferenceData, plan: Plan, function: str, reason: NeedsTwoIndependent
) -> str:
    """A function that can lose more than the tolerance with fewer than two fallbacks."""
    currency = plan.business.currency
    message = translate(
        "Recommend",
        "{function} can lose {loss} in this outage: {scenario}; that is more than the "
        "{tolerance} you can bear. It needs at least two independent fallbacks and has "
        "{count} ({channels}).",
    ).format(
        function=function,
        loss=format_money(reason.loss, currency, reference),
        scenario=next(scenario_name(s.name) for s in plan.scenarios if s.id == reason.scenario),
        tolerance=format_money(reason.tolerance, currency, reference),
        count=number(len(reason.independent)),
        channels=format_list(channel_name(reference, c) for c in reason.independent)
        or translate("Recommend", "none"),
    )
    if reason.added:
        message += " " + translate(
            "Recommend", "The recommended portfolio adds {channels}."
        ).format(channels=format_list(channel_name(reference, c) for c in reason.added))
    return message
