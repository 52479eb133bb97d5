"""Times the window: process start to first window shown, and an edit to updated results."""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
import time

CHILD = """
import os, sys
from PySide6.QtCore import QTimer
from continuity_app.gui import app as gui
application, settings = gui._application()
window, open_plan = gui._window(settings, None)
window.show()
def shown():
    sys.stdout.write("shown\\n")
    sys.stdout.flush()
    os._exit(0)
QTimer.singleShot(0, shown)
application.exec()
"""


def start_times(runs: int) -> list[float]:
    """Seconds from launching a Python process to the main window shown."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        process = subprocess.Popen(
            [sys.executable, "-c", CHILD], stdout=subprocess.PIPE, env=env, text=True
        )
        line = process.stdout.readline()
        times.append(time.perf_counter() - start)
        process.wait()
        if line.strip() != "shown":
            raise SystemExit("the window did not come up")
    return times


def edit_times(example: str, runs: int) -> list[float]:
    """Seconds from a changed WhatsApp share to the updated deterministic results on screen."""
    from PySide6.QtCore import QEventLoop, QSettings, Qt
    from PySide6.QtWidgets import QApplication

    from continuity_app.core.reference import load_reference
    from continuity_app.gui.context import AppContext
    from continuity_app.gui.main_window import MainWindow
    from continuity_app.gui.models.functions_model import COLUMNS
    from continuity_app.gui.open_plan import OpenPlan
    from continuity_app.gui.results_engine import ResultsEngine
    from continuity_app.gui.settings import Settings
    from continuity_app.io.examples import load_example

    app = QApplication.instance() or QApplication([])
    reference = load_reference()
    open_plan = OpenPlan(load_example(example))
    engine = ResultsEngine(open_plan, reference)  # the window's own 40 ms debounce included
    settings = Settings(QSettings("/tmp/bench-gui.ini", QSettings.Format.IniFormat))
    window = MainWindow(AppContext(open_plan, engine, reference, settings))
    window.show()
    model = window.pages[2].model
    column = [c.field for c in COLUMNS].index("whatsapp_share")
    times = []
    for run in range(runs):
        loop = QEventLoop()
        engine.evaluationReady.connect(loop.quit)
        start = time.perf_counter()
        model.setData(model.index(0, column), str(50 + run % 40), Qt.ItemDataRole.EditRole)
        loop.exec()
        app.processEvents()  # the pages repaint with the new numbers
        times.append(time.perf_counter() - start)
        engine.evaluationReady.disconnect(loop.quit)
        engine.cancel()
    engine.wait()
    open_plan.undo_stack.setClean()
    window.close()
    return times


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    print(f"machine: {platform.machine()}, Python {platform.python_version()}, offscreen")
    starts = start_times(5)
    print(
        "process start to first window shown (target < 1.5 s): "
        f"best {min(starts):.2f} s, median {statistics.median(starts):.2f} s"
    )
    from continuity_app.io.examples import example_names

    for name in example_names():
        edits = edit_times(name, 15)
        print(
            f"edit to updated results, {name} (target < 100 ms): "
            f"best {min(edits) * 1000:.0f} ms, median {statistics.median(edits) * 1000:.0f} ms"
        )


if __name__ == "__main__":
    main()
