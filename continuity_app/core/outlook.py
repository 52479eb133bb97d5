"""Where the business stands today and where it will stand when every open preparation task
is done: expected yearly loss, a bad year, the longest bearable outage and minimum service;
and what each open task is worth on its own."""

from __future__ import annotations

from dataclasses import dataclass

from continuity_app.core.actions import Valuer
from continuity_app.core.evaluation import Evaluation, evaluate
from continuity_app.core.montecarlo import MonteCarloResult, simulate
from continuity_app.core.plan import Plan
from continuity_app.core.progress import Progress, report, within
from continuity_app.core.reference import ReferenceData
from continuity_app.core.tasks import open_tasks, when_open_tasks_done, with_task_done


@dataclass(frozen=True)
class Standing:
    """One state of the plan, as the model sees it."""

    ale: float  # expected yearly loss
    p90_year: float  # a bad year: 1 year in 10 loses more
    mtpd_hours: float | None  # longest bearable outage in the reference scenario; None: any
    minimum_service_set: tuple[str, ...]  # functions with a minimum service to keep
    minimum_service_breached: tuple[str, ...]  # of those, the ones the reference outage breaks


@dataclass(frozen=True)
class Outlook:
    """Today and when every open task is done (the same standing when none is open)."""

    today: Standing
    when_done: Standing
    open_tasks: int
    worth: dict[str, float]  # open task id -> expected yearly loss it saves on its own

    @property
    def changes(self) -> bool:
        return self.open_tasks > 0


def _standing(evaluation: Evaluation, p90_year: float) -> Standing:
    functions = evaluation.reference.functions
    return Standing(
        ale=evaluation.ale,
        p90_year=p90_year,
        mtpd_hours=evaluation.mtpd_hours,
        minimum_service_set=tuple(f.function_id for f in functions if f.mbco is not None),
        minimum_service_breached=tuple(f.function_id for f in functions if f.mbco_breached),
    )


def outlook(
    plan: Plan,
    reference: ReferenceData,
    evaluation: Evaluation | None = None,
    progress: Progress | None = None,
    monte_carlo: MonteCarloResult | None = None,
) -> Outlook:
    """Both standings, on the same simulated years so that they compare; `evaluation` and
    `monte_carlo` are the plan's, when the caller has them already (with no open task, the
    simulation's bad year is today's, and nothing is simulated again)."""
    if evaluation is None:
        evaluation = evaluate(plan, reference, within(progress, 0.0, 0.2))
    pending = open_tasks(plan)
    if not pending:
        # the simulation's bad year is the Valuer's (same seed, same years): no second one
        simulated = monte_carlo or simulate(plan, reference, progress=within(progress, 0.2, 1))
        today = _standing(evaluation, simulated.per_year["p90"])
        report(progress, 1.0)
        return Outlook(today=today, when_done=today, open_tasks=0, worth={})
    valuer = Valuer(plan, reference, within(progress, 0.2, 0.8))
    today = _standing(evaluation, valuer.yearly_p90())
    worth = {}
    for task in pending:
        alone = valuer.function_ale(with_task_done(plan, task), task.function)
        worth[task.id] = max(valuer.ale[task.function] - alone, 0.0)
    done = when_open_tasks_done(plan)
    years = dict(valuer.years)
    for function_id in {t.function for t in pending}:
        years[function_id] = valuer.simulated_years(done, function_id)
    report(progress, 0.9)
    when_done = _standing(evaluate(done, reference), valuer.yearly_p90(years))
    report(progress, 1.0)
    return Outlook(today=today, when_done=when_done, open_tasks=len(pending), worth=worth)
