"""Keeps results current as the plan changes: quick numbers at once, Monte Carlo in a thread."""

from __future__ import annotations

import threading
from typing import Any, NamedTuple

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from continuity_app.core.document import Plan
from continuity_app.core.evaluation import Evaluation, evaluate
from continuity_app.core.montecarlo import MonteCarloResult, simulate
from continuity_app.core.progress import Cancelled
from continuity_app.core.recommend import Recommendations, recommend
from continuity_app.core.reference import ReferenceData
from continuity_app.gui.document import PlanDocument
from continuity_app.gui.threads import wait_for_pool


class _JobSignals(QObject):
    progress = Signal(int, float)  # job number, share done
    monteCarlo = Signal(int, object)
    recommendations = Signal(int, object)
    failed = Signal(int, str)
    finished = Signal(int)


class _SlowJob(QRunnable):
    """Monte Carlo then recommendations for one version of the plan (or the recommendations
    alone, for another budget); can be cancelled."""

    def __init__(
        self,
        number: int,
        plan: Plan,
        reference: ReferenceData,
        budget: float | None,
        simulate: bool = True,
    ) -> None:
        super().__init__()
        self.number = number
        self.budget = budget
        self.simulate = simulate
        self.plan = plan
        self.reference = reference
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

    def _progress(self, offset: float, span: float):
        def report(done: float) -> bool:
            self._emit("progress", offset + span * done)
            return not self.cancelled.is_set()

        return report

    def run(self) -> None:
        try:
            start = 0.0
            if self.simulate:
                result = simulate(self.plan, self.reference, progress=self._progress(0.0, 0.4))
                self._emit("monteCarlo", result)
                start = 0.4
            advice = recommend(
                self.plan, self.reference, self.budget, progress=self._progress(start, 1 - start)
            )
            self._emit("recommendations", advice)
        except Cancelled:
            pass
        except Exception as error:  # shown to the user; the window must keep working
            self._emit("failed", f"{type(error).__name__}: {error}")
        finally:
            self._emit("finished")


class CurrentResults(NamedTuple):
    """Every result for one version of the plan."""

    evaluation: Evaluation
    monte_carlo: MonteCarloResult
    recommendations: Recommendations


class ResultsEngine(QObject):
    """Recomputes results a moment after each edit; slow results follow from a worker thread."""

    evaluationReady = Signal(object)  # Evaluation
    slowStarted = Signal()
    slowProgress = Signal(float)
    monteCarloReady = Signal(object)  # MonteCarloResult
    recommendationsReady = Signal(object)  # Recommendations
    slowFinished = Signal()
    failed = Signal(str)

    def __init__(
        self,
        document: PlanDocument,
        reference: ReferenceData,
        debounce_ms: int = 40,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.reference = reference
        self.evaluation: Evaluation | None = None
        self.monte_carlo: MonteCarloResult | None = None
        self.recommendations: Recommendations | None = None
        self.budget: float | None = None  # yearly budget for the recommended portfolio
        # the plan (and budget) each result above was computed for
        self._evaluated: Plan | None = None
        self._simulated: Plan | None = None
        self._recommended: tuple[Plan, float | None] | None = None
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._job: _SlowJob | None = None
        self._running: set[_SlowJob] = set()  # keeps cancelled jobs alive until they end
        self._jobs = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self.refresh)
        document.planChanged.connect(lambda _plan: self._timer.start())

    @property
    def busy(self) -> bool:
        return self._job is not None

    def refresh(self) -> None:
        """Evaluate now and start the slow results for the current plan."""
        self._timer.stop()
        plan = self.document.plan
        try:
            self.evaluation = evaluate(plan, self.reference)
        except Exception as error:  # a plan the model cannot handle must not crash the window
            self.failed.emit(f"{type(error).__name__}: {error}")
            return
        self._evaluated = plan
        self.evaluationReady.emit(self.evaluation)
        self._start_job(plan, simulate=True)

    def _start_job(self, plan: Plan, simulate: bool) -> None:
        self.cancel()
        self._jobs += 1
        job = _SlowJob(self._jobs, plan, self.reference, self.budget, simulate)
        job.signals.progress.connect(self._on_progress)
        job.signals.monteCarlo.connect(self._on_monte_carlo)
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
        """Write the recommendations' texts again (the digits changed)."""
        self._recommend_again()

    def _recommend_again(self) -> None:
        """Recommendations afresh; the evaluation and the simulation (which depend on neither
        the budget nor the digits) are kept."""
        plan = self.document.plan
        if self._timer.isActive() or self._evaluated is not plan or self.busy:
            self.refresh()  # an edit pending or its simulation still running: everything
            return
        self._start_job(plan, simulate=False)

    def current_results(self) -> CurrentResults | None:
        """The results for the plan as it is now, for printing and exporting: a pending edit
        is evaluated, a running job waited for, and what is still missing (a cancelled or
        failed job) computed here. None when the plan cannot be evaluated."""
        plan = self.document.plan
        if self._timer.isActive() or self._evaluated is not plan:
            self.refresh()
            if self._evaluated is not plan:
                return None
        if self.busy:
            self.wait()  # processes events: the job's results arrive
        monte_carlo = self.monte_carlo
        if self._simulated is not plan or monte_carlo is None:
            monte_carlo = simulate(plan, self.reference)
        recommendations = self.recommendations
        if self._recommended != (plan, self.budget) or recommendations is None:
            recommendations = recommend(plan, self.reference, budget=self.budget)
        return CurrentResults(self.evaluation, monte_carlo, recommendations)

    def cancel(self) -> None:
        """Stop the running slow job and any pending refresh; late results are ignored."""
        self._timer.stop()
        if self._job is not None:
            self._job.cancelled.set()
            self._job = None
            self.slowFinished.emit()

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Block until the worker is idle (for tests, screenshots and quitting)."""
        return wait_for_pool(self._pool, timeout_ms)

    def _current(self, number: int) -> bool:
        return self._job is not None and self._job.number == number

    def _on_progress(self, number: int, done: float) -> None:
        if self._current(number):
            self.slowProgress.emit(done)

    def _on_monte_carlo(self, number: int, result: Any) -> None:
        if self._current(number):
            self.monte_carlo = result
            self._simulated = self._job.plan
            self.monteCarloReady.emit(result)

    def _on_recommendations(self, number: int, result: Any) -> None:
        if self._current(number):
            self.recommendations = result
            self._recommended = (self._job.plan, self._job.budget)
            self.recommendationsReady.emit(result)

    def _on_failed(self, number: int, message: str) -> None:
        if self._current(number):
            self.failed.emit(message)

    def _on_finished(self, number: int) -> None:
        self._running = {job for job in self._running if job.number != number}
        if self._current(number):
            self._job = None
            self.slowFinished.emit()
