"""`continuity-app --selftest`: proves an installation works end to end, offline."""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

# The window check's session: every kind of edit, tasks and the channel mix included, several
# times, ~12 s (the test suite's long session, tests/gui/test_long_session.py, makes 1,200). The
# test suite runs the self-test three times on the bundle, so its length counts thrice there.
DRILL_EDITS = 150
DRILL_SEED = 20211004
# Right to left, in and out, is the language switch that has broken a binding before; the
# test suite's long session switches to every shipped script.
DRILL_LANGUAGES = ("ar",)


def _step(name: str, action: Callable[[], str]) -> bool:
    start = time.perf_counter()
    try:
        detail = action()
    except Exception as error:  # the self-test reports every failure instead of stopping
        print(f"FAIL  {name}: {type(error).__name__}: {error}", file=sys.stderr)
        return False
    print(f"ok    {name} ({time.perf_counter() - start:.2f} s){': ' + detail if detail else ''}")
    return True


def choose_platform() -> str | None:
    """Where the window check runs; a message (exit 2) when the display asked for is not there.

    Without QT_QPA_PLATFORM and without a reachable display (none set, or one that does not
    answer, as in a build chroot that inherited DISPLAY), the window is checked offscreen and
    the self-test says so: a package build must not fail for want of a screen. When
    QT_QPA_PLATFORM names xcb or wayland, that display was asked for: its absence is the
    failure, reported in words instead of Qt's abort.
    """
    import os

    from continuity_app.core.i18n import translate
    from continuity_app.display import display_problem

    problem = display_problem()
    if problem is None:
        return None
    if os.environ.get("QT_QPA_PLATFORM"):
        return problem
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    unreachable = [
        f"{name}={os.environ[name]}"
        for name in ("DISPLAY", "WAYLAND_DISPLAY")
        if os.environ.get(name)
    ]
    if unreachable:
        print(
            translate(
                "Selftest",
                "note: no display answers at {displays}; the window is checked offscreen.",
            ).format(displays=", ".join(unreachable)),
            file=sys.stderr,
        )
    return None


def run_selftest() -> int:
    """Load every example, evaluate, recommend, render a PDF, open the window; 0 if all pass,
    2 when QT_QPA_PLATFORM asks for a display that cannot be reached."""
    problem = choose_platform()
    if problem:
        print(problem, file=sys.stderr)
        return 2
    from continuity_app.core.reference import load_reference
    from continuity_app.io.examples import example_names, load_example

    reference = load_reference()
    results = [_step("reference data", lambda: f"{len(reference.channels)} channels")]
    folder = Path(tempfile.mkdtemp(prefix="continuity-selftest-"))
    try:
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        if not isinstance(app, QApplication):  # typed as the core application: narrowed
            app = QApplication(sys.argv[:1])
        results.append(_step("Qt platform", app.platformName))
        for name in example_names():
            plan = load_example(name)

            def check(plan=plan, name=name) -> str:
                from continuity_app.core.plan_content import compute_results
                from continuity_app.report.pdf_plan import render_plan_pdf

                results = compute_results(plan, reference)  # once, for the summary and the PDF
                evaluation, advice = results.evaluation, results.recommendations
                target = folder / f"{name}.pdf"
                report = render_plan_pdf(plan, reference, target, results=results)
                if report.warnings:  # e.g. charts that could not be drawn: the bundle lacks a file
                    raise RuntimeError("; ".join(report.warnings))
                data = target.read_bytes()
                if not data.startswith(b"%PDF") or len(data) < 10_000:
                    raise RuntimeError(f"{target} is not a complete PDF ({len(data)} bytes)")
                return (
                    f"ALE {evaluation.ale:,.0f} {plan.business.currency}, "
                    f"{len(advice.actions)} actions, PDF {len(data) // 1024} KB"
                )

            results.append(_step(f"example {name}", check))

        def window() -> str:
            from PySide6.QtCore import QSettings

            from continuity_app.gui.context import AppContext
            from continuity_app.gui.main_window import MainWindow
            from continuity_app.gui.open_plan import OpenPlan
            from continuity_app.gui.recovery import Recovery
            from continuity_app.gui.results_engine import ResultsEngine
            from continuity_app.gui.session_drill import run_drill
            from continuity_app.gui.settings import Settings

            open_plan = OpenPlan(load_example())
            engine = ResultsEngine(open_plan, reference)
            settings = Settings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
            recovery = Recovery(open_plan, folder=folder / "recovery")
            main = MainWindow(AppContext(open_plan, engine, reference, settings), recovery)
            main.show()
            try:
                engine.refresh()
                engine.wait()
                app.processEvents()
                size = main.grab().size()
                # a short working session: a binding that miscounts references, or a page that
                # raises on some edit, fails here, where the bundle is built, not in a user's hands
                report = run_drill(
                    main,
                    DRILL_EDITS,
                    seed=DRILL_SEED,
                    folder=folder / "drill",
                    languages=DRILL_LANGUAGES,
                    previews=1,
                    exports=1,
                )
                if report.binding_loses_none:
                    leak = f"the Qt binding loses references to None ({report.summary()})"
                    raise RuntimeError(leak)
            finally:
                engine.cancel()
                engine.wait()
                open_plan.undo_stack.setClean()  # so that closing asks nothing
                main.close()
            return f"{size.width()}x{size.height()}; {report.summary()}"

        def outage() -> str:
            import datetime as dt

            from continuity_app.core.incident import (
                Entry,
                EntryKind,
                Incident,
                after_action,
                exercise_scenario,
            )
            from continuity_app.gui.outage.qr import qr_pixmap
            from continuity_app.io.incident_files import find_script
            from continuity_app.report.after_action_pdf import render_after_action_pdf

            plan = load_example()
            script = find_script("meta-wide-2021")  # the shipped scripts are in the bundle
            scenario = exercise_scenario(plan, reference, script)
            incident = Incident(
                mode="exercise",
                scenario=scenario.id,
                script=script.id,
                started=dt.datetime.now(dt.UTC),
            ).logged(Entry(at=0.25, kind=EntryKind.DECLARED))
            review = after_action(plan, reference, incident, scenario)
            target = folder / "review.pdf"
            render_after_action_pdf(plan, reference, review, target)
            pixmap = qr_pixmap("tel:+97022951234")
            if pixmap is None or pixmap.isNull():  # segno missing from the bundle
                raise RuntimeError("QR codes cannot be drawn")
            size = target.stat().st_size // 1024
            return f"{len(script.injects)} events, after-action PDF {size} KB, QR code"

        results.append(_step("outage mode: an exercise reviewed", outage))
        results.append(_step("main window and a working session in it", window))
        passed = all(results)
        print("self-test passed" if passed else "self-test FAILED", file=sys.stderr)
        return 0 if passed else 1
    finally:
        shutil.rmtree(folder, ignore_errors=True)  # the PDFs and exports were only checks
