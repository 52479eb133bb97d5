"""Keeps results current as the plan changes, computed in a worker thread off the window's."""

from __future__ import annotations

import threading
from typing import Any, NamedTuple

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from continuity_app.core.evaluation import Evaluation, evaluate
from continuity_app.core.montecarlo import MonteCarloResult, simulate
from continuity_app.core.outlook import Outlook, outlook
from continuity_app.core.plan import Plan
from continuity_app.core.plan_change import PlanChange
from continuity_app.core.progress import (
    EVALUATE,
    OUTLOOK,
    RECOMMEND,
    SIMULATE,
    Cancelled,
    Progress,
)
from continuity_app.core.recommend import Recommendations, recommend
from continuity_app.core.reference import ReferenceData
from continuity_app.gui.memory import return_freed_memory
from continuity_app.gui.open_plan import OpenPlan
from continuity_app.gui.threads import wait_for_pool

# Rough shares of a job's time taken by each stage, for one progress bar over the whole job.
_WEIGHTS = {EVALUATE: 0.15, SIMULATE: 0.2, OUTLOOK: 0.15, RECOMMEND: 0.5}


class _JobSignals(QObject):
    stage = Signal(int, str)  # job number, stage starting
    progress = Signal(int, float)  # job number, share of the whole job done
    evaluation = Signal(int, object)
    monteCarlo = Signal(int, object)
    outlook = Signal(int, object)
    recommendations = Signal(int, object)
    failed = Signal(int, str)
    finished = Signal(int)


class _Job(QRunnable):
    """The results for one version of the plan, stage by stage (evaluation, Monte Carlo,
    recommendations; or only those not known yet), each sent as soon as it is ready; can be
    cancelled between any two steps of a stage."""

    def __init__(
        self,
        number: int,
        plan: Plan,
        reference: ReferenceData,
        budget: float | None,
        stages: tuple[str, ...],
        evaluation: Evaluation | None = None,
        monte_carlo: MonteCarloResult | None = None,
    ) -> None:
        super().__init__()
        self.number = number
        self.plan = plan
        self.reference = reference
        self.budget = budget
        self.stages = stages
        self.evaluation = evaluation  # the plan's, when known: the recommender needs it
        self.monte_carlo = monte_carlo  # the plan's, when known: the outlook reads it
        self.cancelled = threading.Event()
        self.signals = _JobSignals()

    def _emit(self, signal_name: str, *values: object) -> bool:
        """Send a result to the window; False once the window is gone (the app is quitting)."""
        try:
            getattr(self.signals, signal_name).emit(self.number, *values)
        except RuntimeError:
            self.cancelled.set()
            return False
        return True

    def _stage(self, stage: str) -> Progress:
        """Announce a stage; its progress, reported as a share of the whole job, which
        stops the stage (Cancelled) once the job is cancelled."""
        total = sum(_WEIGHTS[s] for s in self.stages)
        start = sum(_WEIGHTS[s] for s in self.stages[: self.stages.index(stage)]) / total
        span = _WEIGHTS[stage] / total
        self._emit("stage", stage)

        def report(done: float) -> bool:
            self._emit("progress", start + span * done)
            return not self.cancelled.is_set()

        return report

    def run(self) -> None:
        try:
            if EVALUATE in self.stages:
                self.evaluation = evaluate(self.plan, self.reference, self._stage(EVALUATE))
                self._emit("evaluation", self.evaluation)
            if SIMULATE in self.stages:
                progress = self._stage(SIMULATE)
                self.monte_carlo = simulate(self.plan, self.reference, progress=progress)
                self._emit("monteCarlo", self.monte_carlo)
            if OUTLOOK in self.stages:
                both = outlook(
                    self.plan,
                    self.reference,
                    self.evaluation,
                    self._stage(OUTLOOK),
                    self.monte_carlo,
                )
                self._emit("outlook", both)
            if RECOMMEND in self.stages:
                advice = recommend(
                    self.plan,
                    self.reference,
                    self.budget,
                    progress=self._stage(RECOMMEND),
                    evaluation=self.evaluation,
                )
                self._emit("recommendations", advice)
        except Cancelled:
            pass
        except Exception as error:  # shown to the user; the window must keep working
            self._emit("failed", f"{type(error).__name__}: {error}")
        finally:
            # the job's working arrays are freed: their pages go back to the system from this
            # thread's heap, which would otherwise keep them (a few ms, off the window's thread)
            return_freed_memory()
            self._emit("finished")


# Parts of a plan no figure depends on but the outlook (which depends on tasks, see below).
_NO_FIGURES = frozenset({"details", "tasks"})


def _outlook_inputs(plan: Plan) -> list[tuple[object, ...]]:
    """What the outlook reads of the tasks: not their owners, dates, costs or words."""
    return [
        (t.id, t.function, t.channel, t.status, t.readiness_when_done, t.delay_when_done_hours)
        for t in plan.tasks
    ]


class CurrentResults(NamedTuple):
    """Every result for one version of the plan."""

    evaluation: Evaluation
    monte_carlo: MonteCarloResult
    recommendations: Recommendations
    outlook: Outlook  # in core.plan_content.PlanResults' order: printing makes one of these


class ResultsEngine(QObject):
    """Recomputes results a moment after each edit, in a worker thread: the evaluation first,
    then the Monte Carlo, today against the plan with its open tasks done, then the
    recommendations, each signalled when it arrives. A newer
    edit cancels the running job; results of an older plan never arrive."""

    evaluationReady = Signal(object)  # Evaluation
    slowStarted = Signal()
    slowStage = Signal(str)  # EVALUATE, SIMULATE or RECOMMEND (core.progress), as it starts
    slowProgress = Signal(float)  # share of the whole job done
    monteCarloReady = Signal(object)  # MonteCarloResult
    outlookReady = Signal(object)  # Outlook
    recommendationsReady = Signal(object)  # Recommendations
    slowFinished = Signal()
    failed = Signal(str)

    def __init__(
        self,
        open_plan: OpenPlan,
        reference: ReferenceData,
        debounce_ms: int = 40,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.open_plan = open_plan
        self.reference = reference
        self.evaluation: Evaluation | None = None
        self.monte_carlo: MonteCarloResult | None = None
        self.recommendations: Recommendations | None = None
        self.outlook: Outlook | None = None
        self.budget: float | None = None  # yearly budget for the recommended portfolio
        # the plan (and budget) each result above was computed for
        self._evaluated: Plan | None = None
        self._simulated: Plan | None = None
        self._outlooked: Plan | None = None
        self._recommended: tuple[Plan, float | None] | None = None
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._job: _Job | None = None
        self._running: set[_Job] = set()  # keeps cancelled jobs alive until they end
        self._jobs = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self.refresh)
        self._plan = open_plan.plan  # the plan as the last change left it
        open_plan.planChanged.connect(self._plan_changed)

    def _plan_changed(self, plan: Plan, change: PlanChange) -> None:
        before, self._plan = self._plan, plan
        if not self._keeps_results(before, plan, change):
            self._timer.start()
            return
        # The written plan and the tasks' owners, dates and costs change no figure: the
        # results stand for the new plan. Only what a task will give moves the outlook.
        self._evaluated = self._simulated = plan
        self._recommended = (plan, self.budget)
        if _outlook_inputs(before) == _outlook_inputs(plan):
            self._outlooked = plan
        else:
            self._start_job(plan, (OUTLOOK,))

    def _keeps_results(self, before: Plan, plan: Plan, change: PlanChange) -> bool:
        """Whether every result of `before` holds for `plan` (nothing pending or running)."""
        return (
            change.parts <= _NO_FIGURES
            and not self._timer.isActive()
            and self._job is None
            and self._evaluated is before
            and self._simulated is before
            and self._outlooked is before
            and self._recommended == (before, self.budget)
        )

    @property
    def busy(self) -> bool:
        return self._job is not None

    @property
    def recommending(self) -> bool:
        """Whether the running job will bring new recommendations (an outlook alone won't)."""
        return self._job is not None and RECOMMEND in self._job.stages

    @property
    def up_to_date(self) -> bool:
        """Whether the evaluation shown is the plan's as it is now (nothing pending)."""
        return not self._timer.isActive() and self._evaluated is self.open_plan.plan

    @property
    def outlook_up_to_date(self) -> bool:
        """Whether the outlook (today and with the open tasks done) is the plan's as it is."""
        return not self._timer.isActive() and self._outlooked is self.open_plan.plan

    @property
    def recommendations_up_to_date(self) -> bool:
        """Whether the recommendations are for the plan as it is now (and the budget)."""
        recommended = self._recommended
        return (
            not self._timer.isActive()
            and recommended is not None
            and recommended[0] is self.open_plan.plan
            and recommended[1] == self.budget
        )

    def refresh(self) -> None:
        """Start computing every result for the current plan; each is signalled as it
        arrives (wait() blocks until then)."""
        self._timer.stop()
        self._start_job(self.open_plan.plan, (EVALUATE, SIMULATE, OUTLOOK, RECOMMEND))

    def _start_job(self, plan: Plan, stages: tuple[str, ...]) -> None:
        self.cancel()
        self._jobs += 1
        known = self.evaluation if self._evaluated is plan else None
        simulated = self.monte_carlo if self._simulated is plan else None
        job = _Job(self._jobs, plan, self.reference, self.budget, stages, known, simulated)
        job.signals.stage.connect(self._on_stage)
        job.signals.progress.connect(self._on_progress)
        job.signals.evaluation.connect(self._on_evaluation)
        job.signals.monteCarlo.connect(self._on_monte_carlo)
        job.signals.outlook.connect(self._on_outlook)
        job.signals.recommendations.connect(self._on_recommendations)
        job.signals.failed.connect(self._on_failed)
        job.signals.finished.connect(self._on_finished)
        self._job = job
        self._running.add(job)
        self.slowStarted.emit()
        self._pool.start(job)

    def set_budget(self, budget: float | None) -> None:
        """Choose the portfolio again under another yearly budget."""
        if budget == self.budget:
            return
        self.budget = budget
        self._recommend_again()

    def rewrite_texts(self) -> None:
        """Show the recommendations again (the digits changed): their texts are worded when
        shown (core.wording), so the same results are sent again and nothing is computed; a
        job under way words its results when they arrive."""
        if self.recommendations is not None and self._job is None:
            self.recommendationsReady.emit(self.recommendations)

    def _recommend_again(self) -> None:
        """Recommendations afresh; the evaluation and the simulation (which do not depend on
        the budget) are kept when they are the current plan's."""
        plan = self.open_plan.plan
        if self._timer.isActive():
            self.refresh()  # an edit pending: everything
            return
        stages: tuple[str, ...] = (RECOMMEND,)
        if self._outlooked is not plan:
            stages = (OUTLOOK, *stages)
        if self._simulated is not plan:
            stages = (SIMULATE, *stages)
        if self._evaluated is not plan:
            stages = (EVALUATE, *stages)
        self._start_job(plan, stages)

    def current_results(self) -> CurrentResults | None:
        """The results for the plan as it is now, for printing and exporting: a pending edit
        is evaluated, a running job waited for (processing events, so the window's results
        arrive too), and what is still missing (a cancelled or failed job) computed here.
        None when the plan cannot be evaluated."""
        plan = self.open_plan.plan
        job = self._job
        if self._timer.isActive() or (
            self._evaluated is not plan and (job is None or job.plan is not plan)
        ):
            self.refresh()
        if self.busy:
            # a large plan takes minutes: the window keeps answering meanwhile, its status
            # bar showing the progress and the Cancel button
            self.wait(None)
        evaluation = self.evaluation
        if self._evaluated is not plan or evaluation is None:
            try:
                evaluation = evaluate(plan, self.reference)
            except Exception:  # the job (or the window's refresh) has shown why
                return None
        monte_carlo = self.monte_carlo
        if self._simulated is not plan or monte_carlo is None:
            monte_carlo = simulate(plan, self.reference)
        recommendations = self.recommendations
        if self._recommended != (plan, self.budget) or recommendations is None:
            recommendations = recommend(
                plan, self.reference, budget=self.budget, evaluation=evaluation
            )
        both = self.outlook
        if self._outlooked is not plan or both is None:
            both = outlook(plan, self.reference, evaluation, monte_carlo=monte_carlo)
        return CurrentResults(evaluation, monte_carlo, recommendations, both)

    def cancel(self) -> None:
        """Stop the running job and any pending refresh; late results are ignored."""
        self._timer.stop()
        if self._job is not None:
            self._job.cancelled.set()
            self._job = None
            self.slowFinished.emit()

    def wait(self, timeout_ms: int | None = 30_000) -> bool:
        """Block until the worker is idle and its results have arrived, processing events
        (for tests, screenshots, printing and quitting); None waits as long as it takes."""
        return wait_for_pool(self._pool, timeout_ms)

    def _current(self, number: int) -> _Job | None:
        """The job running now when it is job `number`; None for the results of an older one."""
        job = self._job
        return job if job is not None and job.number == number else None

    def _on_stage(self, number: int, stage: str) -> None:
        if self._current(number) is not None:
            self.slowStage.emit(stage)

    def _on_progress(self, number: int, done: float) -> None:
        if self._current(number) is not None:
            self.slowProgress.emit(done)

    def _on_evaluation(self, number: int, result: Any) -> None:
        if (job := self._current(number)) is not None:
            self.evaluation = result
            self._evaluated = job.plan
            self.evaluationReady.emit(result)

    def _on_monte_carlo(self, number: int, result: Any) -> None:
        if (job := self._current(number)) is not None:
            self.monte_carlo = result
            self._simulated = job.plan
            self.monteCarloReady.emit(result)

    def _on_outlook(self, number: int, result: Any) -> None:
        if (job := self._current(number)) is not None:
            self.outlook = result
            self._outlooked = job.plan
            self.outlookReady.emit(result)

    def _on_recommendations(self, number: int, result: Any) -> None:
        if (job := self._current(number)) is not None:
            self.recommendations = result
            self._recommended = (job.plan, job.budget)
            self.recommendationsReady.emit(result)

    def _on_failed(self, number: int, message: str) -> None:
        if self._current(number) is not None:
            self.failed.emit(message)

    def _on_finished(self, number: int) -> None:
        self._running = {job for job in self._running if job.number != number}
        if self._current(number) is not None:
            self._job = None
            self.slowFinished.emit()
