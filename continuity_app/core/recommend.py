"""Fallback recommendations: ranked channels, valued preparation actions, a portfolio, warnings."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np

from continuity_app.core.actions import Action, Valuer, apply_action, candidate_actions
from continuity_app.core.audiences import counterparts
from continuity_app.core.channel_fit import (
    ChannelFit,
    provider_layers,
    ranked_channels,
    shares_provider_with_whatsapp,
)
from continuity_app.core.display import (
    channel_name,
    country_name,
    format_list,
    format_money,
    format_partial_date,
    format_percent,
    scenario_name,
)
from continuity_app.core.evaluation import Evaluation, evaluate
from continuity_app.core.i18n import number, translate
from continuity_app.core.plan import Function, Plan, likely
from continuity_app.core.progress import Progress, report, within
from continuity_app.core.reference import ReferenceData


@dataclass(frozen=True)
class ValuedAction:
    """An action with what re-running the model says it is worth, rounded as it is shown."""

    action: Action
    ale_reduction: float
    p90_reduction: float
    cost_per_year: float
    payback_months: float | None
    explanation: str
    set_aside: str = ""  # why it is not worth doing now, in one line; empty when it is

    @property
    def worth_doing(self) -> bool:
        return not self.set_aside


@dataclass(frozen=True)
class PortfolioItem:
    """An action chosen for the portfolio, valued on top of the ones chosen before it."""

    action: Action
    marginal_ale_reduction: float
    cost_per_year: float


@dataclass(frozen=True)
class Warning:
    """Something in the plan the user should fix or know about."""

    kind: str  # shared_infrastructure, blocked_channel, needs_two_independent, surge_risk, ...
    message: str
    function: str | None = None
    channel: str | None = None


@dataclass(frozen=True)
class Recommendations:
    """Everything the recommender says about a plan."""

    currency: str
    ale_before: float
    p90_before: float
    channels: dict[str, list[ChannelFit]]
    actions: list[ValuedAction]
    portfolio: list[PortfolioItem]
    portfolio_ale: float
    portfolio_p90: float
    budget: float | None
    warnings: list[Warning] = field(default_factory=list)

    @property
    def portfolio_cost(self) -> float:
        return sum(item.cost_per_year for item in self.portfolio)


def _money_value(amount: float) -> float:
    """Money as shown and exported: whole units (the explanations quote these exactly)."""
    return float(round(amount))


def share_value(share: float) -> float:
    """A share as shown and exported: two decimals (the explanations quote these exactly)."""
    return round(share, 2)


def _percent(share: float) -> str:
    return format_percent(share_value(share))


def _country_phrase(reference: ReferenceData, plan: Plan, fit: ChannelFit) -> str | None:
    """The main country's name when most counterparts are there; None otherwise."""
    mix = plan.business.country_mix
    main = max(mix, key=mix.get)
    if fit.reach.basis == "staff" or mix[main] < 0.5:
        return None
    country = reference.countries.get(main)
    return translate("Reference", country.name) if country else main


def _and_list(items: Iterable[str]) -> str:
    """a and b; a, b and c: the last two joined with "and", the others with the list separator."""
    items = list(items)
    if len(items) <= 2:
        return translate("Recommend", " and ").join(items)
    return format_list(items[:-1]) + translate("Recommend", " and ") + items[-1]


def _scenario_names(plan: Plan, ids: tuple[str, ...]) -> str:
    return _and_list(scenario_name(s.name) for s in plan.scenarios if s.id in ids)


def fit_reasons(reference: ReferenceData, plan: Plan, fit: ChannelFit) -> list[str]:
    """Short reasons, with their numbers, for a channel's score."""
    channel = reference.channels[fit.channel]
    share = _percent(fit.reach.share)
    reasons = []
    # reach that does not come from the country figures
    told = {
        "staff": translate("Recommend", "your staff can be asked to use it (about {share})"),
        "suppliers": translate(
            "Recommend", "your suppliers can be asked to use it (about {share})"
        ),
        "owner": translate("Recommend", "you said about {share} of your customers use it"),
    }
    if fit.reach.basis in told:
        reasons.append(told[fit.reach.basis].format(share=share))
    elif fit.reach.by_country:
        country = _country_phrase(reference, plan, fit)
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
        template = templates[(fit.reach.basis, country is not None)]
        reasons.append(template.format(share=share, country=country))
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
            ).format(share=_percent(fit.independence), scenarios=_scenario_names(plan, fit.fails))
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


def _audience(function: Function) -> str:
    """Who a function talks to, in the words of the explanations."""
    return counterparts(function.kind)


def explain_action(
    reference: ReferenceData,
    plan: Plan,
    action: Action,
    fit: ChannelFit,
    ale_reduction: float,
    cost_per_year: float,
    payback: float | None,
) -> str:
    """One or two sentences with the numbers that are also in the JSON."""
    currency = plan.business.currency
    channel = channel_name(reference, action.channel)
    if action.template.audience == "staff":  # those asked to join, wherever they are
        who, country = translate("Recommend", "staff and drivers who are asked to join"), None
    else:
        who = _audience(plan.function(action.function_id))
        country = _country_phrase(reference, plan, fit)
    values = {
        "channel": channel,
        "share": _percent(action.reach),
        "who": who,
        "country": country,
        "kept": _percent(fit.independence),
        "scenarios": _scenario_names(plan, fit.fails),
        "step": action.title,
        "function": plan.function(action.function_id).name,
        "before": _percent(action.readiness_before),
        "after": _percent(action.readiness_after),
        "saving": format_money(ale_reduction, currency, reference, whole=True),
        "cost": format_money(cost_per_year, currency, reference, whole=True),
        "months": number(payback, 1) if payback is not None else "",
    }
    if country is not None:
        reach = translate(
            "Recommend",
            "{channel} reaches about {share} of your {who} in {country}",
        )
    else:
        reach = translate(
            "Recommend",
            "{channel} reaches about {share} of your {who}",
        )
    if fit.fails:
        survival = translate(
            "Recommend",
            "keeps working through {kept} of your expected outage loss (it fails in: {scenarios})",
        )
    else:
        survival = translate(
            "Recommend",
            "keeps working in every outage scenario in your plan",
        )
    value = translate(
        "Recommend",
        "{step} (for {function}): readiness {before} → {after}; it cuts your expected yearly "
        "loss by {saving} for {cost} a year",
    )
    ending = (
        translate("Recommend", ", paying back in {months} months.")
        if payback is not None
        else translate("Recommend", ", more than it saves.")
    )
    text = (reach + translate("Recommend", " and ") + survival + ". " + value + ending).format(
        **values
    )
    if not action.monthly_fee_known:
        text += " " + translate(
            "Recommend", "Its monthly fee is not known; add it to the plan when you have a quote."
        )
    return text


def _set_aside(
    reference: ReferenceData,
    plan: Plan,
    action: Action,
    fit: ChannelFit,
    ale_reduction: float,
    cost_per_year: float,
) -> str:
    """Why a step is not worth doing now, in one line; empty when it is. A step whose saving
    exceeds its yearly cost (set-up spread over the years a channel serves) pays back within
    those years."""
    currency = plan.business.currency
    if fit.shares_provider_with_whatsapp:
        return translate(
            "Recommend", "{channel} fails together with WhatsApp when Meta's systems go down."
        ).format(channel=channel_name(reference, action.channel))
    if ale_reduction <= cost_per_year:
        return translate(
            "Recommend",
            "It saves {saving} a year, less than it costs ({cost} a year, set-up included).",
        ).format(
            saving=format_money(ale_reduction, currency, reference, whole=True),
            cost=format_money(cost_per_year, currency, reference, whole=True),
        )
    return ""


def _payback(action: Action, ale_reduction: float) -> float | None:
    yearly_net = ale_reduction - action.monthly_cost * 12
    if yearly_net <= 0:
        return None
    return round(action.one_off_cost / (yearly_net / 12), 1)


def _warnings(
    reference: ReferenceData,
    plan: Plan,
    evaluation: Evaluation,
    chosen: list[PortfolioItem],
) -> list[Warning]:
    warnings = []
    currency = plan.business.currency
    for fallback in plan.fallbacks:
        for country in plan.business.country_mix:
            block = reference.block(country, fallback.channel)
            if block is None:
                continue
            message = translate(
                "Recommend",
                "{channel} is a fallback for {function}, but it has been blocked in {country} "
                "since {date}: customers there cannot reach you on it without a VPN. Choose "
                "another channel for them.",
            ).format(
                channel=channel_name(reference, fallback.channel),
                function=plan.function(fallback.function).name,
                country=country_name(reference, country),
                date=format_partial_date(block.since),
            )
            warnings.append(
                Warning("blocked_channel", message, fallback.function, fallback.channel)
            )
    whatsapp = provider_layers(reference, reference.channels["whatsapp"])
    for fallback in plan.fallbacks:
        shared = provider_layers(reference, reference.channels[fallback.channel]) & whatsapp
        if not shared:  # only channels on Meta's infrastructure share WhatsApp's provider
            continue
        together = _scenario_names(
            plan, tuple(s.id for s in plan.scenarios if shared & set(s.failed_layers))
        )
        message = translate(
            "Recommend",
            "{channel} is a fallback for {function}, but it runs on the same {layers} as "
            "WhatsApp and fails with it ({scenarios}); it is not counted as independent.",
        ).format(
            channel=channel_name(reference, fallback.channel),
            function=plan.function(fallback.function).name,
            layers=_and_list(
                translate("Reference", reference.layers[x].name) for x in sorted(shared)
            ),
            scenarios=together or translate("Recommend", "in every Meta outage"),
        )
        warnings.append(
            Warning("shared_infrastructure", message, fallback.function, fallback.channel)
        )
    tolerance = plan.tolerance.max_loss_per_outage
    portfolio_channels = {(i.action.function_id, i.action.channel) for i in chosen}
    for function in plan.functions:
        worst = max(evaluation.scenarios, key=lambda o: o.by_function[function.id])
        loss = worst.by_function[function.id]
        if loss <= tolerance:
            continue
        independent = sorted(
            f.channel
            for f in plan.fallbacks_for(function.id)
            if likely(f.readiness) > 0 and not shares_provider_with_whatsapp(reference, f.channel)
        )
        if len(independent) >= 2:
            continue
        added = sorted(
            c for fid, c in portfolio_channels if fid == function.id and c not in independent
        )
        message = translate(
            "Recommend",
            "{function} can lose {loss} in this outage: {scenario}; that is more than the "
            "{tolerance} you can bear. It needs at least two independent fallbacks and has "
            "{count} ({channels}).",
        ).format(
            function=function.name,
            loss=format_money(loss, currency, reference),
            scenario=scenario_name(worst.scenario.name),
            tolerance=format_money(tolerance, currency, reference),
            count=number(len(independent)),
            channels=format_list(channel_name(reference, c) for c in independent)
            or translate("Recommend", "none"),
        )
        if added:
            message += " " + translate(
                "Recommend", "The recommended portfolio adds {channels}."
            ).format(channels=format_list(channel_name(reference, c) for c in added))
        warnings.append(Warning("needs_two_independent", message, function.id))
    surge = sorted(
        {
            f.channel
            for f in plan.fallbacks
            if reference.channels[f.channel].surge_risk and likely(f.readiness) > 0
        }
        | {i.action.channel for i in chosen if reference.channels[i.action.channel].surge_risk}
    )
    if surge:
        message = translate(
            "Recommend",
            "Moving everyone to {channels} in the first hours of a WhatsApp outage carries surge "
            "risk: Telegram and Signal slowed or failed under sign-up surges in 2015, 2019 and "
            "2021. The model counts them at {share} of their readiness for the first {hours} "
            "hours; invite people before an outage.",
        ).format(
            channels=_and_list(channel_name(reference, c) for c in surge),
            share=_percent(reference.default("surge_readiness_factor")),
            hours=number(reference.default("surge_hours")),
        )
        warnings.append(
            Warning("surge_risk", message, channel=surge[0] if len(surge) == 1 else None)
        )
    return warnings


def _choose_portfolio(
    reference: ReferenceData,
    plan: Plan,
    valuer: Valuer,
    actions: list[Action],
    budget: float | None,
    variants: dict[str, tuple[float, np.ndarray]],
) -> list[PortfolioItem]:
    """Greedy by value for money, re-valuing the actions of a function after each choice.

    `variants` holds each action's ALE and simulated years on the valuer's baseline, as
    recommend() valued them: they serve until an action of the same function is chosen.
    """
    chosen: list[PortfolioItem] = []
    spent = 0.0
    remaining = {a.id: a for a in actions}
    ales = {a.id: variants[a.id][0] for a in actions}
    marginal: dict[str, float | None] = {  # None: re-value
        a.id: valuer.ale[a.function_id] - ales[a.id] for a in actions
    }
    changed: set[str] = set()  # functions whose baseline moved since recommend() valued them
    stale: set[str] = set()  # functions whose simulated years are behind their choices
    while remaining:
        best = None
        for action in remaining.values():
            if marginal[action.id] is None:
                ales[action.id] = valuer.function_ale(
                    apply_action(plan, action), action.function_id
                )
                marginal[action.id] = valuer.ale[action.function_id] - ales[action.id]
            gain = marginal[action.id]
            cost = action.cost_per_year
            if gain <= cost or (budget is not None and spent + cost > budget):
                continue
            ratio = gain / cost if cost > 0 else float("inf")
            if best is None or ratio > best[0] or (ratio == best[0] and gain > best[1]):
                best = (ratio, gain, action)
        if best is None:
            break
        _, gain, action = best
        plan = apply_action(plan, action)
        if action.function_id in changed:
            # its simulated years only matter for the portfolio's bad year: simulated once,
            # when every choice is made
            stale.add(action.function_id)
            years = valuer.years[action.function_id]
        else:  # the function is as recommend() valued it, other functions do not matter
            years = variants[action.id][1]
        changed.add(action.function_id)
        valuer.accept(action.function_id, ales[action.id], years)
        spent += action.cost_per_year
        chosen.append(PortfolioItem(action, _money_value(gain), action.cost_per_year))
        del remaining[action.id]
        for other in remaining.values():  # interactions only within the same function
            if other.function_id == action.function_id:
                marginal[other.id] = None
    for function_id in sorted(stale):
        valuer.accept(
            function_id, valuer.ale[function_id], valuer.simulated_years(plan, function_id)
        )
    return chosen


def recommend(
    plan: Plan,
    reference: ReferenceData,
    budget: float | None = None,
    progress: Progress | None = None,
    evaluation: Evaluation | None = None,
) -> Recommendations:
    """Rank channels per function, value every preparation action and choose a portfolio.

    `evaluation` is the plan's, when the caller has it already.
    """
    if evaluation is None:
        evaluation = evaluate(plan, reference, within(progress, 0.0, 0.02))
    channels = {f.id: ranked_channels(reference, plan, evaluation, f) for f in plan.functions}
    valuer = Valuer(plan, reference, within(progress, 0.02, 0.1))
    ale_before = valuer.total_ale
    p90_before = valuer.yearly_p90()
    valued = []
    variants: dict[str, tuple[float, np.ndarray]] = {}
    candidates = candidate_actions(reference, plan)
    for done, action in enumerate(candidates):
        report(progress, 0.1 + 0.7 * done / max(len(candidates), 1))
        ale, years = valuer.variant(apply_action(plan, action), action.function_id)
        ale_reduction = _money_value(valuer.ale[action.function_id] - ale)
        if ale_reduction < 0:
            continue  # using this channel would cost more in messages than it saves
        variants[action.id] = (ale, years)
        p90 = valuer.yearly_p90({**valuer.years, action.function_id: years})
        cost = _money_value(action.cost_per_year)
        payback = _payback(action, ale_reduction)
        fit = next(c for c in channels[action.function_id] if c.channel == action.channel)
        valued.append(
            ValuedAction(
                action=action,
                ale_reduction=ale_reduction,
                p90_reduction=_money_value(p90_before - p90),
                cost_per_year=cost,
                payback_months=payback,
                explanation=explain_action(
                    reference, plan, action, fit, ale_reduction, cost, payback
                ),
                set_aside=_set_aside(reference, plan, action, fit, ale_reduction, cost),
            )
        )
    # what is worth doing first, best net value first; then the rest, each with its reason
    valued.sort(
        key=lambda v: (not v.worth_doing, -(v.ale_reduction - v.cost_per_year), v.action.id)
    )
    report(progress, 0.8)
    portfolio = _choose_portfolio(
        reference, plan, valuer, [v.action for v in valued if v.worth_doing], budget, variants
    )
    return Recommendations(
        currency=plan.business.currency,
        ale_before=_money_value(ale_before),
        p90_before=_money_value(p90_before),
        channels=channels,
        actions=valued,
        portfolio=portfolio,
        portfolio_ale=_money_value(valuer.total_ale),
        portfolio_p90=_money_value(valuer.yearly_p90()),
        budget=budget,
        warnings=_warnings(reference, plan, evaluation, portfolio),
    )
