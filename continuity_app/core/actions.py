"""Preparation actions: concrete steps that make a channel ready, and what each one is worth."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from continuity_app.core.channel_fit import Reach, asked_reach, reach
from continuity_app.core.evaluation import scenario_loss
from continuity_app.core.i18n import translate
from continuity_app.core.inputs import inputs_for, model_constants, usd_rate
from continuity_app.core.montecarlo import MonteCarlo
from continuity_app.core.plan import Function, Plan, likely
from continuity_app.core.progress import Progress, report
from continuity_app.core.reference import ActionTemplate, ReferenceData


@dataclass(frozen=True)
class Action:
    """One template applied to one function: the readiness it brings and what it costs."""

    id: str
    template: ActionTemplate
    function_id: str
    channel: str
    payment: str | None  # the main country's payment links (Pix, UPI); None: card or bank
    reach: float
    readiness_before: float
    readiness_after: float
    delay_before: float | None
    delay_after: float
    one_off_cost: float
    monthly_cost: float
    monthly_fee_known: bool
    amortisation_years: float

    @property
    def title(self) -> str:
        """The step's title, worded now in the current language."""
        payment = self.payment or translate("Reference", "card or bank")
        return translate("Reference", self.template.title).format(payment=payment)

    @property
    def cost_per_year(self) -> float:
        """Monthly fees plus the one-off set-up spread over the amortisation period."""
        return self.monthly_cost * 12 + self.one_off_cost / self.amortisation_years


def _payment(reference: ReferenceData, plan: Plan) -> str | None:
    """The payment links of the plan's main country (Pix, UPI); None when it has none."""
    mix = plan.business.country_mix
    country = max(mix, key=lambda code: mix[code])
    return reference.payment_methods.get(country)


def step_reach(
    reference: ReferenceData, plan: Plan, function: Function, template: ActionTemplate
) -> Reach:
    """Whom a step reaches: a step that asks staff and drivers to join a group reaches those
    who were asked, not the country's users of the app."""
    if template.audience == "staff":
        return asked_reach(reference, plan, template.channel, "staff")
    return reach(reference, plan, function, template.channel)


def candidate_actions(reference: ReferenceData, plan: Plan) -> list[Action]:
    """Every template that applies to a function of the plan and would raise its readiness."""
    years = reference.default("action_amortisation_years")
    hourly = plan.business.staff_hourly_cost
    rate = usd_rate(plan)
    actions = []
    for function in plan.functions:
        existing = {f.channel: f for f in plan.fallbacks_for(function.id)}
        for template in reference.actions.values():
            if function.kind.value not in template.kinds:
                continue
            share = step_reach(reference, plan, function, template).share
            target = share * template.adoption
            current = existing.get(template.channel)
            if target <= 0 and current is None:
                continue  # no one it would reach: no figure for the country, or blocked there
            before = likely(current.readiness) if current else 0.0
            delay_before = current.activation_delay_hours if current else None
            after = max(before, target)
            delay_after = min(template.activation_delay_hours, delay_before or float("inf"))
            if after <= before and delay_before is not None and delay_after >= delay_before:
                continue  # already as ready as this step would make it
            fee_known = template.monthly_fee_usd is not None and (
                template.monthly_fee_usd == 0 or rate is not None
            )
            monthly = (template.monthly_fee_usd or 0.0) * (rate or 0.0) if fee_known else 0.0
            actions.append(
                Action(
                    id=f"{template.id}:{function.id}",
                    template=template,
                    function_id=function.id,
                    channel=template.channel,
                    payment=_payment(reference, plan),
                    reach=share,
                    readiness_before=before,
                    readiness_after=after,
                    delay_before=delay_before,
                    delay_after=delay_after,
                    one_off_cost=template.one_off_hours * hourly,
                    monthly_cost=monthly,
                    monthly_fee_known=fee_known,
                    amortisation_years=years,
                )
            )
    return actions


class Valuer:
    """Re-runs the model for plan variants, one function at a time.

    Losses add up over functions, so a change to one function only needs that function
    re-evaluated; the Monte Carlo keeps its sampled years so variants are compared on the
    same outages.
    """

    def __init__(
        self, plan: Plan, reference: ReferenceData, progress: Progress | None = None
    ) -> None:
        self.reference = reference
        self.constants = model_constants(reference)
        self.monte_carlo = MonteCarlo(plan, reference)
        self.ale: dict[str, float] = {}
        self.years: dict[str, np.ndarray] = {}
        for done, function in enumerate(plan.functions):
            report(progress, done / len(plan.functions))  # a large plan takes minutes here
            self.ale[function.id] = self.function_ale(plan, function.id)
            self.years[function.id] = self.monte_carlo.yearly_losses(plan, function.id)

    def function_ale(self, plan: Plan, function_id: str) -> float:
        item = inputs_for(plan, self.reference, plan.function(function_id))
        return sum(
            scenario_loss(s, item, self.constants) * s.frequency_per_year for s in plan.scenarios
        )

    @property
    def total_ale(self) -> float:
        return float(sum(self.ale.values()))

    def yearly_p90(self, years: dict[str, np.ndarray] | None = None) -> float:
        total = sum((years or self.years).values())
        return float(np.percentile(total, 90))

    def variant(self, plan: Plan, function_id: str) -> tuple[float, np.ndarray]:
        """A changed function's ALE and simulated yearly losses."""
        return self.function_ale(plan, function_id), self.simulated_years(plan, function_id)

    def simulated_years(self, plan: Plan, function_id: str) -> np.ndarray:
        """A function's loss in each simulated year."""
        return self.monte_carlo.yearly_losses(plan, function_id)

    def accept(self, function_id: str, ale: float, years: np.ndarray) -> None:
        """Make a variant of one function the new baseline."""
        self.ale[function_id] = ale
        self.years[function_id] = years
