"""How many times the pages are asked what they miss (Page.missing) per edit in the real window.

Before issue 16 every edit sent the whole plan to every page, each page told the sidebar its
gaps might have changed, and the sidebar asked all seven pages again each time: 50 calls per
edit (60 once the results arrived). Run: .venv/bin/python bench/bench_missing_calls.py
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CONTINUITY_APP_DATA_DIR", tempfile.mkdtemp())

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication


def main() -> None:
    app = QApplication([])
    from continuity_app.core.plan_edits import SetBusinessFields, SetDetail, SetFunctionField
    from continuity_app.core.reference import load_reference
    from continuity_app.gui.context import AppContext
    from continuity_app.gui.main_window import MainWindow
    from continuity_app.gui.open_plan import OpenPlan
    from continuity_app.gui.pages.base import Page
    from continuity_app.gui.recovery import Recovery
    from continuity_app.gui.results_engine import ResultsEngine
    from continuity_app.gui.settings import FIRST_START_DONE, Settings
    from continuity_app.io.examples import load_example

    folder = Path(tempfile.mkdtemp())
    reference = load_reference()
    open_plan = OpenPlan(load_example("ramallah-bakery"))
    engine = ResultsEngine(open_plan, reference, debounce_ms=0)
    settings = Settings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    settings.set(FIRST_START_DONE, True)
    context = AppContext(open_plan, engine, reference, settings)
    window = MainWindow(context, Recovery(open_plan, folder=folder / "recovery"))
    window.show()

    def settle(seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.01)

    settle(5)
    calls = [0]
    for cls in {type(page) for page in window.pages} | {Page}:
        if "missing" in cls.__dict__:

            def counted(self, _missing=cls.__dict__["missing"]):
                calls[0] += 1
                return _missing(self)

            cls.missing = counted
    function = open_plan.plan.functions[0]
    edits = [
        (
            "a function's daily interactions",
            SetFunctionField(function.id, "daily_interactions", 77.0, ""),
        ),
        ("the plan's owner", SetDetail("owner", "Someone")),
        ("the business name", SetBusinessFields({"name": "Other name"})),
        ("undo", None),
    ]
    for label, edit in edits:
        calls[0] = 0
        if edit is None:
            open_plan.undo_stack.undo()
        else:
            open_plan.apply(edit)
        during = calls[0]
        settle(4)
        print(f"{label}: {during} calls during the edit, {calls[0]} once the results arrived")
    window.close()
    engine.cancel()
    engine.wait()


if __name__ == "__main__":
    main()
