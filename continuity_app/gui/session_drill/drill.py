"""The drill itself: the seeded mix of steps, run step by step with checks after each."""

from __future__ import annotations

import random
import sys
import tempfile
import time
import traceback
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import (
    QApplication,
    QMessageBox,
)

from continuity_app.core.plan import Plan
from continuity_app.gui.session_drill.business_steps import BusinessSteps
from continuity_app.gui.session_drill.keyboard import _Refused
from continuity_app.gui.session_drill.plan_steps import PlanSteps
from continuity_app.gui.session_drill.report import DrillError, DrillReport, rss_mb
from continuity_app.gui.session_drill.table_steps import TableSteps
from continuity_app.gui.session_drill.task_steps import TaskSteps
from continuity_app.gui.session_drill.window_steps import WindowSteps

# Qt messages that say nothing about the app: the offscreen platform has no window manager,
# and its font engine lacks OpenType shaping for some fonts (Arabic text while switched).
_HARMLESS_QT_MESSAGES = ("propagateSizeHints", "OpenType support missing")


def run_drill(
    window,
    edits: int,
    seed: int,
    on_step: Callable[[int, str], None] | None = None,
    warmup: int | None = None,
    folder: Path | None = None,
    languages: tuple[str, ...] = ("fr", "ar", "hi"),
    previews: int = 2,
    exports: int = 2,
) -> DrillReport:
    """Drive `window` (a shown MainWindow) through `edits` seeded random steps.

    `on_step(number, kind)` is called after each step. Memory is measured after `warmup`
    steps (a tenth by default) and at the end. Exports go to `folder` (a temporary one by
    default). `languages` are switched to and back now and then (as after a restart in that
    language); `previews` print previews and `exports` PDF and spreadsheet exports are spread
    over the run. Raises DrillError naming the step, its kind and the seed.
    """
    warmup = warmup if warmup is not None else max(edits // 10, 1)
    drill = _Drill(window, seed, folder, languages, previews, exports, edits, warmup)
    return drill.run(edits, warmup, on_step)


class _Drill(BusinessSteps, TableSteps, PlanSteps, TaskSteps, WindowSteps):
    """One run: the window, the seeded choice of steps and what the checks found."""

    def __init__(self, window, seed, folder, languages, previews, exports, edits, warmup) -> None:
        self.window = window
        self.app = QApplication.instance()
        self.open_plan = window.context.open_plan
        self.engine = window.context.engine
        self.rng = random.Random(seed)
        self.seed = seed
        self.folder = Path(folder) if folder else Path(tempfile.mkdtemp(prefix="drill-"))
        self.folder.mkdir(parents=True, exist_ok=True)
        self.languages = languages
        self.counts: Counter[str] = Counter()
        self.timings: defaultdict[str, float] = defaultdict(float)  # seconds per kind of step
        self.rss_trace: list[tuple[int, float]] = []
        self.refused = 0
        self.errors: list[str] = []
        self.qt_warnings: list[str] = []
        pages = {type(p).__name__: p for p in window.pages}
        self.business = pages["BusinessPage"]
        self.functions = pages["FunctionsPage"]
        self.fallbacks = pages["FallbacksPage"]
        self.scenarios = pages["ScenariosPage"]
        self.plan_page = pages["PlanPage"]
        self.tasks_page = pages["TasksPage"]
        self.recommendations_page = pages["RecommendationsPage"]
        # The slow steps at fixed points: one of each during the warm-up (their first run
        # imports modules, which is not growth), the rest spread over the run.
        self.warmup = warmup
        self.scheduled: dict[int, str] = {}
        slow = [("print preview", previews), ("export", exports)]
        slow += [("language", 2 * len(languages))]
        for offset, (kind, count) in enumerate(slow):
            if not count:
                continue
            self.scheduled[warmup * (offset + 1) // (len(slow) + 2)] = kind
            for i in range(1, count):
                at = warmup + (edits - warmup) * i // count + offset
                self.scheduled.setdefault(min(at, edits - 1), kind)
        self.language_shown: str | None = None
        self.steps: list[tuple[str, Callable[[], None], float]] = [
            ("business field", self.business_field, 14),
            ("opening hours", self.opening_hours, 4),
            ("country mix", self.country_mix, 3),
            ("minimum service", self.minimum_service, 3),
            ("functions cell", self.functions_cell, 12),
            ("functions rows", self.functions_rows, 2),
            ("channel mix", self.channel_mix, 4),
            ("fallbacks cell", self.fallbacks_cell, 8),
            ("scenarios cell", self.scenarios_cell, 5),
            ("scenario panel", self.scenario_panel, 4),
            ("scenarios rows", self.scenarios_rows, 1.5),
            ("plan details", self.plan_details, 5),
            ("roles", self.roles, 5),
            ("messages", self.messages, 5),
            ("tasks", self.tasks, 6),
            ("undo/redo", self.undo_redo, 12),
            ("switch page", self.switch_page, 8),
            ("results", self.results, 0.25),
            ("preferences", self.preferences, 0.4),
        ]

    # ------------------------------------------------------------------ running

    def run(self, edits: int, warmup: int, on_step) -> DrillReport:
        previous_hook = sys.excepthook

        def hook(kind, value, tb):  # exceptions raised in slots and Qt virtuals
            self.errors.append("".join(traceback.format_exception(kind, value, tb)))
            previous_hook(kind, value, tb)

        def messages(mode, context, message):
            if mode != QtMsgType.QtDebugMsg and not any(
                h in message for h in _HARMLESS_QT_MESSAGES
            ):
                self.qt_warnings.append(message)
            if previous_handler is not None:
                previous_handler(mode, context, message)

        sys.excepthook = hook
        previous_handler = qInstallMessageHandler(messages)
        # A message box no step expects (an error the window reports) would block exec() for
        # ever: the guard reads it, closes it, and the step fails with its text.
        guard = QTimer()
        guard.setInterval(200)
        guard.timeout.connect(self._close_unexpected_message)
        guard.start()
        original_language = self._current_language()
        start = time.perf_counter()
        rss_start = rss_mb()
        rss_warm = rss_start
        none_warm = sys.getrefcount(None)
        names = [name for name, _, _ in self.steps]
        actions = {name: action for name, action, _ in self.steps}
        weights = [weight for _, _, weight in self.steps]
        try:
            for number in range(edits):
                if number == warmup:
                    self._settle()
                    rss_warm, none_warm = rss_mb(), sys.getrefcount(None)
                kind = self.scheduled.get(number) or self.rng.choices(names, weights)[0]
                action = {
                    "print preview": self.print_preview,
                    "export": self.export,
                    "language": self.language,
                }.get(kind) or actions[kind]
                self._step(number, kind, action)
                if number % 250 == 0 and (rss := rss_mb()) is not None:
                    self.rss_trace.append((number, round(rss, 1)))
                if on_step is not None:
                    on_step(number, kind)
            if self.language_shown is not None:
                self._switch_language(original_language)
            self._settle()
            self._check_views(edits)
        finally:
            guard.stop()
            sys.excepthook = previous_hook
            qInstallMessageHandler(previous_handler)
        return DrillReport(
            steps=edits,
            seed=self.seed,
            counts=dict(self.counts),
            seconds=time.perf_counter() - start,
            rss_start_mb=rss_start,
            rss_warm_mb=rss_warm,
            rss_end_mb=rss_mb(),
            none_refs_warm=none_warm,
            none_refs_end=sys.getrefcount(None),
            refused=self.refused,
            seconds_by_kind={k: round(v, 2) for k, v in self.timings.items()},
            rss_trace_mb=self.rss_trace,
            qt_warnings=self.qt_warnings,
        )

    def _close_unexpected_message(self) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            text = "\n".join(filter(None, (box.text(), box.informativeText())))
            self.errors.append(f"the window showed a message: {text}")
            box.reject()

    def _fail(self, number: int, kind: str, problem: str) -> None:
        raise DrillError(
            f"step {number} ({kind}) of the session drill with seed {self.seed}: {problem}"
        )

    def _step(self, number: int, kind: str, action: Callable[[], None]) -> None:
        started = time.perf_counter()
        before = self.open_plan.plan
        try:
            action()
        except _Refused as refused:
            self.refused += 1
            self.app.processEvents()
            if self.errors:
                self._fail(number, kind, "an exception in the window:\n" + self.errors[0])
            if self.open_plan.plan != before:
                self._fail(number, kind, f"refused input {refused} changed the plan")
            if not str(refused.args[1] if len(refused.args) > 1 else "").strip():
                self._fail(number, kind, f"input {refused.args[0]!r} was refused silently")
        except DrillError:
            raise
        except Exception as error:
            self._fail(number, kind, "".join(traceback.format_exception(error)))
        self.app.processEvents()
        # what returning to the event loop does: widgets closed with deleteLater() (cell
        # editors, replaced cell widgets) are deleted; processEvents() alone keeps them
        self.app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        if self.errors:
            self._fail(number, kind, "an exception in the window:\n" + self.errors[0])
        if not isinstance(self.open_plan.plan, Plan):
            self._fail(number, kind, "the document holds no plan")
        self.counts[kind] += 1
        self.timings[kind] += time.perf_counter() - started
        if number % 97 == 0:
            self._check_views(number)

    def _check_views(self, number: int) -> None:
        """The pages show the plan as it is now."""
        plan = self.open_plan.plan
        problems = []
        for name, model, count in (
            ("functions", self.functions.model, len(plan.functions)),
            ("fallbacks", self.fallbacks.model, len(plan.functions)),
            ("scenarios", self.scenarios.model, len(plan.scenarios)),
            ("roles", self.plan_page.roles_model, len(plan.details.roles)),
            ("messages", self.plan_page.messages_model, len(plan.details.messages)),
        ):
            if model.rowCount() != count:
                problems.append(f"the {name} table shows {model.rowCount()} rows for {count}")
        page = self.business
        shown = {
            "name": (page.name.text(), plan.business.name),
            "sector": (page.sector.text(), plan.business.sector),
            "staff": (page.staff.value(), plan.business.staff),
            "seed": (page.seed.value(), plan.settings.seed),
            "currency": (page.currency.currentData(), plan.business.currency),
            "loss_basis": (page.loss_basis.currentData(), plan.settings.loss_basis),
        }
        for key, (widget, value) in shown.items():
            if widget != value and not page._errors[key].text():
                problems.append(f"the Business page shows {key} {widget!r} for {value!r}")
        if page.countries.rowCount() != len(plan.business.country_mix) and not (
            page._errors["country_mix"].text()
        ):
            problems.append("the country mix shows other rows than the plan's")
        if page.mbco.rowCount() != len(plan.functions):
            problems.append("the minimum service table shows other functions than the plan's")
        stack = self.open_plan.undo_stack
        if stack.index() > 0 and stack.command(stack.index() - 1)._after != plan:
            problems.append("the plan is not the one the last undo step made")
        if problems:
            self._fail(number, "check", "; ".join(problems))
