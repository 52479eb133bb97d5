"""Measures how long the window stops answering while a large plan is edited and re-evaluated.

Builds a 200-function x 100-scenario plan from a shipped example, shows the real MainWindow
offscreen, changes a WhatsApp share through the document (as the Functions page does) and
records the longest gap between ticks of a 10 ms timer on the GUI thread, from the edit until
its evaluation has arrived and the pages have redrawn. A frozen window shows as a gap of
seconds; a responsive one as tens of milliseconds.

    .venv/bin/python bench/bench_responsiveness.py [--functions 200] [--scenarios 100]
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

from continuity_app.core.plan import Plan


def big_plan(functions: int = 200, scenarios: int = 100, example: str = "ramallah-bakery") -> Plan:
    """The example's functions, fallbacks and scenarios copied until the plan has the given
    numbers of each; copies differ in volume and duration so that no two cost the same."""
    from continuity_app.core.plan import Range
    from continuity_app.io.examples import load_example

    base = load_example(example)
    new_functions, new_fallbacks, objectives = [], [], {}
    for number in range(functions):
        source = base.functions[number % len(base.functions)]
        function_id = f"{source.id}-{number}"
        scale = 1 + (number % 7) / 10
        volume = source.daily_interactions
        if isinstance(volume, Range):
            volume = Range(
                low=volume.low * scale, likely=volume.likely * scale, high=volume.high * scale
            )
        else:
            volume = volume * scale
        new_functions.append(
            source.model_copy(
                update={
                    "id": function_id,
                    "name": f"{source.name} {number + 1}",
                    "daily_interactions": volume,
                }
            )
        )
        new_fallbacks += [
            f.model_copy(update={"function": function_id})
            for f in base.fallbacks
            if f.function == source.id
        ]
        if source.id in base.tolerance.functions:
            objectives[function_id] = base.tolerance.functions[source.id]
    new_scenarios = []
    for number in range(scenarios):
        source = base.scenarios[number % len(base.scenarios)]
        duration = min(source.duration_hours * (1 + (number // len(base.scenarios)) / 20), 168)
        new_scenarios.append(
            source.model_copy(
                update={
                    "id": f"{source.id}-{number}",
                    "name": f"{source.name} ({number + 1})",
                    "duration_hours": duration,
                    "preset": None,
                }
            )
        )
    reference = base.reference_scenario().id
    reference_id = f"{reference}-{[s.id for s in base.scenarios].index(reference)}"
    plan = base.model_copy(
        update={
            "functions": new_functions,
            "fallbacks": new_fallbacks,
            "scenarios": new_scenarios,
            "tolerance": base.tolerance.model_copy(update={"functions": objectives}),
            "settings": base.settings.model_copy(update={"reference_scenario": reference_id}),
        }
    )
    return Plan.model_validate(plan.model_dump())  # checked like a loaded file


class StallMeter:
    """Records the longest gap between ticks of a 10 ms timer on the GUI thread."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.last = time.perf_counter()
        self.longest = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def start(self) -> None:
        self.last = time.perf_counter()
        self.longest = 0.0
        self.timer.start()

    def stop(self) -> float:
        self._tick()
        self.timer.stop()
        return self.longest


def measure(functions: int, scenarios: int, edits: int, page: str) -> list[tuple[float, float]]:
    """(longest stall, seconds to the evaluation) for each edit."""
    from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from continuity_app.core.reference import load_reference
    from continuity_app.gui.context import AppContext
    from continuity_app.gui.main_window import MainWindow
    from continuity_app.gui.models.functions_model import COLUMNS
    from continuity_app.gui.open_plan import OpenPlan
    from continuity_app.gui.recovery import Recovery
    from continuity_app.gui.results_engine import ResultsEngine
    from continuity_app.gui.settings import FIRST_START_DONE, Settings

    app = QApplication.instance() or QApplication([])
    reference = load_reference()
    started = time.perf_counter()
    plan = big_plan(functions, scenarios)
    print(f"plan built in {time.perf_counter() - started:.1f} s", flush=True)
    folder = Path(tempfile.mkdtemp(prefix="bench-responsiveness-"))
    open_plan = OpenPlan(plan)
    engine = ResultsEngine(open_plan, reference)  # the window's own 40 ms debounce included
    settings = Settings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    settings.set(FIRST_START_DONE, True)
    window = MainWindow(
        AppContext(open_plan, engine, reference, settings),
        Recovery(open_plan, folder=folder / "recovery"),
    )
    window.recovery.timer.stop()
    window.resize(1280, 860)
    window.show()
    model = window.pages[2].model
    column = [c.field for c in COLUMNS].index("whatsapp_share")
    shown = next(p for p in window.pages if type(p).__name__ == page)
    window.show_page(type(shown))

    def wait_for_evaluation(limit: float = 600) -> float:
        loop = QEventLoop()
        engine.evaluationReady.connect(loop.quit)
        engine.failed.connect(loop.quit)
        QTimer.singleShot(int(limit * 1000), loop.quit)
        begun = time.perf_counter()
        loop.exec()
        engine.evaluationReady.disconnect(loop.quit)
        engine.failed.disconnect(loop.quit)
        return time.perf_counter() - begun

    first = wait_for_evaluation()  # the window's first evaluation, at start
    print(f"first evaluation after {first:.1f} s", flush=True)
    meter = StallMeter()
    results = []
    for run in range(edits):
        meter.start()
        begun = time.perf_counter()
        # as the Functions page does: a new plan through the document's undo stack
        model.setData(model.index(run % 3, column), str(50 + run), Qt.ItemDataRole.EditRole)
        wait_for_evaluation()
        for _ in range(5):  # the pages redraw with the new numbers
            app.processEvents()
            time.sleep(0.01)
        took = time.perf_counter() - begun
        results.append((meter.stop(), took))
        print(
            f"edit {run + 1}: longest stall {results[-1][0] * 1000:.0f} ms, "
            f"evaluation after {took:.1f} s",
            flush=True,
        )
    engine.cancel()
    engine.wait()
    open_plan.undo_stack.setClean()
    window.close()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--functions", type=int, default=200)
    parser.add_argument("--scenarios", type=int, default=100)
    parser.add_argument("--edits", type=int, default=3)
    parser.add_argument("--page", default="FunctionsPage", help="the page shown while editing")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    print(f"machine: {platform.machine()}, Python {platform.python_version()}, offscreen")
    results = measure(args.functions, args.scenarios, args.edits, args.page)
    stalls = [stall for stall, _ in results]
    print(
        f"{args.functions} functions x {args.scenarios} scenarios, {args.page} shown: "
        f"longest GUI stall per edit best {min(stalls) * 1000:.0f} ms, "
        f"median {statistics.median(stalls) * 1000:.0f} ms, worst {max(stalls) * 1000:.0f} ms"
    )
    sys.stdout.flush()
    os._exit(0)  # a job still simulating would hold the interpreter's exit


if __name__ == "__main__":
    main()
