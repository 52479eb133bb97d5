"""Fallback recommendations: ranked channels, valued preparation actions, a portfolio, warnings."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

import numpy as np

from continuity_app.core.actions import Action, Valuer, candidate_actions
from continuity_app.core.channel_fit import (
    ChannelFit,
    provider_layers,
    ranked_channels,
    shares_provider_with_whatsapp,
)
from continuity_app.core.channel_mix import WHATSAPP, cut_off_share, ordered_mix
from continuity_app.core.evaluation import Evaluation, evaluate
from continuity_app.core.plan import Function, Plan, likely
from continuity_app.core.progress import Progress, report, within
from continuity_app.core.reference import ReferenceData
from continuity_app.core.tasks import with_step_done


class SetAside(Enum):
    """Why a step is not worth doing now."""

    FAILS_WITH_WHATSAPP = "fails_with_whatsapp"  # its channel runs on Meta's systems
    COSTS_MORE = "costs_more"  # it saves less a year than it costs, set-up included


@dataclass(frozen=True)
class ValuedAction:
    """An action with what re-running the model says it is worth, rounded as it is shown.

    `plan` and `reference` are those it was valued for: core.wording words it from them.
    """

    action: Action
    ale_reduction: float
    p90_reduction: float
    cost_per_year: float
    payback_months: float | None
    fit: ChannelFit  # its channel's fit for the function, which the explanation quotes
    not_worth_it: SetAside | None
    plan: Plan = field(repr=False, compare=False)
    reference: ReferenceData = field(repr=False, compare=False)

    @property
    def worth_doing(self) -> bool:
        return self.not_worth_it is None


@dataclass(frozen=True)
class PortfolioItem:
    """An action chosen for the portfolio, valued on top of the ones chosen before it."""

    action: Action
    marginal_ale_reduction: float
    cost_per_year: float


@dataclass(frozen=True)
class BlockedChannel:
    """A fallback's channel is blocked in one of the plan's countries."""

    country: str


@dataclass(frozen=True)
class SharedInfrastructure:
    """A fallback runs on layers of WhatsApp's provider and fails with it."""

    layers: tuple[str, ...]  # the layers it shares, by id
    scenarios: tuple[str, ...]  # the plan's scenarios in which those fail, by id


@dataclass(frozen=True)
class FailsTogether:
    """Channels of a function's mix besides WhatsApp that run on its provider's layers: an
    outage of those cuts them off with WhatsApp."""

    channels: tuple[str, ...]  # by id, largest share first
    share: float  # their likely share of the function
    cut_off: float  # the most of the function one of those outages cuts off
    scenarios: tuple[str, ...]  # the plan's scenarios that cut them off, by id


@dataclass(frozen=True)
class NeedsTwoIndependent:
    """A function can lose more than the tolerance and has fewer than two independent
    fallbacks."""

    loss: float  # in its worst scenario
    scenario: str  # that scenario's id
    tolerance: float
    independent: tuple[str, ...]  # the channels it has
    added: tuple[str, ...]  # the channels the portfolio adds


@dataclass(frozen=True)
class SurgeRisk:
    """Fallbacks that slowed or failed under sign-up surges."""

    channels: tuple[str, ...]


WarningReason = (
    BlockedChannel | SharedInfrastructure | FailsTogether | NeedsTwoIndependent | SurgeRisk
)


@dataclass(frozen=True)
class Warning:
    """Something in the plan the user should fix or know about, with the values it quotes;
    core.wording.warning_message words it from the plan and reference it was found in."""

    # shared_infrastructure, blocked_channel, fails_together, needs_two_independent, surge_risk
    kind: str
    reason: WarningReason
    plan: Plan = field(repr=False, compare=False)
    reference: ReferenceData = field(repr=False, compare=False)
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


def _not_worth_it(fit: ChannelFit, ale_reduction: float, cost_per_year: float) -> SetAside | None:
    """Why a step is not worth doing now; None when it is. A step whose saving exceeds its
    yearly cost (set-up spread over the years a channel serves) pays back within those years."""
    if fit.shares_provider_with_whatsapp:
        return SetAside.FAILS_WITH_WHATSAPP
    if ale_reduction <= cost_per_year:
        return SetAside.COSTS_MORE
    return None


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
    def warning(kind: str, reason: WarningReason, **where: str | None) -> Warning:
        return Warning(kind, reason, plan, reference, **where)

    warnings = []
    reason: WarningReason
    for fallback in plan.fallbacks:
        for country in plan.business.country_mix:
            if reference.block(country, fallback.channel) is not None:
                reason = BlockedChannel(country)
                where = {"function": fallback.function, "channel": fallback.channel}
                warnings.append(warning("blocked_channel", reason, **where))
    whatsapp = provider_layers(reference, reference.channels["whatsapp"])
    for fallback in plan.fallbacks:
        shared = provider_layers(reference, reference.channels[fallback.channel]) & whatsapp
        if not shared:  # only channels on Meta's infrastructure share WhatsApp's provider
            continue
        together = tuple(s.id for s in plan.scenarios if shared & set(s.failed_layers))
        reason = SharedInfrastructure(tuple(sorted(shared)), together)
        where = {"function": fallback.function, "channel": fallback.channel}
        warnings.append(warning("shared_infrastructure", reason, **where))
    for function in plan.functions:
        with_whatsapp = _fails_together(plan, reference, function, whatsapp)
        if with_whatsapp is not None:
            warnings.append(warning("fails_together", with_whatsapp, function=function.id))
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
        reason = NeedsTwoIndependent(
            loss, worst.scenario.id, tolerance, tuple(independent), tuple(added)
        )
        warnings.append(warning("needs_two_independent", reason, function=function.id))
    surge = sorted(
        {
            f.channel
            for f in plan.fallbacks
            if reference.channels[f.channel].surge_risk and likely(f.readiness) > 0
        }
        | {i.action.channel for i in chosen if reference.channels[i.action.channel].surge_risk}
    )
    if surge:
        channel = surge[0] if len(surge) == 1 else None
        warnings.append(warning("surge_risk", SurgeRisk(tuple(surge)), channel=channel))
    return warnings


def _fails_together(
    plan: Plan, reference: ReferenceData, function: Function, whatsapp: frozenset[str]
) -> FailsTogether | None:
    """The channels of a function's mix besides WhatsApp on its provider's layers (`whatsapp`),
    when a scenario of the plan fails those layers."""
    together = tuple(
        c
        for c, _ in ordered_mix(function.channel_mix)
        if c != WHATSAPP and provider_layers(reference, reference.channels[c]) & whatsapp
    )
    layers = frozenset().union(
        *(provider_layers(reference, reference.channels[c]) & whatsapp for c in together)
    )
    failing = [s for s in plan.scenarios if layers & set(s.failed_layers)]
    if not together or not failing:
        return None
    return FailsTogether(
        together,
        sum(likely(function.channel_mix[c]) for c in together),
        max(cut_off_share(reference, function, s.failed_layers) for s in failing),
        tuple(s.id for s in failing),
    )


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
                    with_step_done(plan, action), action.function_id
                )
                marginal[action.id] = valuer.ale[action.function_id] - ales[action.id]
            gain = marginal[action.id]
            assert gain is not None  # re-valued just above
            cost = action.cost_per_year
            if gain <= cost or (budget is not None and spent + cost > budget):
                continue
            ratio = gain / cost if cost > 0 else float("inf")
            if best is None or ratio > best[0] or (ratio == best[0] and gain > best[1]):
                best = (ratio, gain, action)
        if best is None:
            break
        _, gain, action = best
        plan = with_step_done(plan, action)
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
        ale, years = valuer.variant(with_step_done(plan, action), action.function_id)
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
                fit=fit,
                not_worth_it=_not_worth_it(fit, ale_reduction, cost),
                plan=plan,
                reference=reference,
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
