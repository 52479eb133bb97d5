"""Starts the desktop application, and renders every page to PNG for screenshots."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from continuity_app.io.examples import DEFAULT_EXAMPLE


def display_problem() -> str | None:
    """Why no window can open here (Qt would abort the process), or None when one can."""
    if sys.platform != "linux" or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return (
        "There is no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is "
        "set). Run the application from a desktop session, or use the command-line "
        "sub-commands (continuity-app --help); for a window without a screen, set "
        "QT_QPA_PLATFORM=offscreen."
    )


def _application(language: str | None = None):
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtGui import QGuiApplication, QIcon
    from PySide6.QtWidgets import QApplication

    from continuity_app import __version__
    from continuity_app.gui.settings import APPLICATION, DIGITS, LANGUAGE, ORGANISATION, Settings
    from continuity_app.localization import install_translators
    from continuity_app.resources import resource_path

    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationDisplayName("Continuity Planner")
    app.setDesktopFileName("continuity-app")
    icon = resource_path("icons", "continuity-app.svg")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    from continuity_app.report.fonts import register_fonts

    # The shipped Arabic and Devanagari fonts: the window reads right on machines without them.
    register_fonts()
    settings = Settings()
    locale = install_translators(
        app,
        language if language is not None else settings.get(LANGUAGE),
        settings.get(DIGITS),
    )
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft
        if locale.textDirection() == Qt.LayoutDirection.RightToLeft
        else Qt.LayoutDirection.LeftToRight
    )
    return app, settings


def _window(settings, example: str | None):
    from continuity_app.core.reference import load_reference
    from continuity_app.gui.context import AppContext
    from continuity_app.gui.document import PlanDocument
    from continuity_app.gui.main_window import MainWindow
    from continuity_app.gui.results_engine import ResultsEngine
    from continuity_app.io.examples import load_example

    reference = load_reference()
    document = PlanDocument(load_example(example or DEFAULT_EXAMPLE))
    engine = ResultsEngine(document, reference)
    window = MainWindow(AppContext(document, engine, reference, settings))
    if example is not None:
        window._adopt(document.plan, None)
    return window, document


def run(plan_path: Path | None = None, example: str | None = None) -> int:
    """Open the window (on a plan file, an example, or the last state) and run until closed."""
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 2
    from PySide6.QtWidgets import QMessageBox

    app, settings = _application()
    window, document = _window(settings, example)
    window.show()
    pending = window.recovery.pending()
    if pending is not None:
        plan, original = pending
        answer = QMessageBox.question(
            window,
            window.tr("Restore unsaved changes?"),
            window.tr(
                "The application did not close properly last time. Restore the unsaved "
                "changes to %1?"
            ).replace("%1", str(original) if original else window.tr("the untitled plan")),
        )
        if answer == QMessageBox.StandardButton.Yes:
            document.reset(plan, original)
            document.undo_stack.resetClean()  # restored work is unsaved work
        else:
            window.recovery.discard()
    if plan_path is not None:
        window.open_path(plan_path, confirmed=True)
    if os.environ.get("CONTINUITY_APP_EXIT_AFTER_SHOW"):  # start-up benchmarks and smoke tests
        from PySide6.QtCore import QTimer

        def shown() -> None:
            print("window shown", flush=True)
            app.quit()

        QTimer.singleShot(0, shown)
    status = app.exec()
    window.context.engine.cancel()  # let a running simulation end before Python tears down
    window.context.engine.wait(5000)
    return status


def screenshots(folder: Path, language: str | None = None, example: str | None = None) -> int:
    """Render every page offscreen to one PNG each; returns the number written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from continuity_app.gui.settings import FIRST_START_DONE, Settings

    app, _ = _application(language or "")
    scratch = folder / ".screenshot-settings.ini"
    settings = Settings(QSettings(str(scratch), QSettings.Format.IniFormat))
    settings.set(FIRST_START_DONE, True)
    window, _document = _window(settings, example or DEFAULT_EXAMPLE)
    window.recovery.timer.stop()
    window.resize(1280, 860)
    window.show()
    folder.mkdir(parents=True, exist_ok=True)
    engine = window.context.engine
    engine.refresh()
    engine.wait()
    app.processEvents()
    written = 0
    for row, page in enumerate(window.pages):
        window.sidebar.setCurrentRow(row)
        for _ in range(3):
            app.processEvents()
        name = type(page).__name__.removesuffix("Page").lower()
        window.grab().save(str(folder / f"{row + 1:02d}-{name}.png"))
        written += 1
    window.document.undo_stack.setClean()
    window.close()
    scratch.unlink(missing_ok=True)
    QApplication.processEvents()
    return written
