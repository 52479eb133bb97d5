"""Starts the desktop application, and renders every page to PNG for screenshots."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from continuity_app.display import display_problem
from continuity_app.io.examples import DEFAULT_EXAMPLE


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
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
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
    """The window on an example, or with no plan yet (Welcome only) when `example` is None."""
    from continuity_app.core.reference import load_reference
    from continuity_app.gui.context import AppContext
    from continuity_app.gui.main_window import MainWindow
    from continuity_app.gui.open_plan import OpenPlan
    from continuity_app.gui.results_engine import ResultsEngine
    from continuity_app.io.examples import load_example

    reference = load_reference()
    # without an example the document holds a stand-in that no page shows
    open_plan = OpenPlan(load_example(example or DEFAULT_EXAMPLE))
    engine = ResultsEngine(open_plan, reference)
    window = MainWindow(
        AppContext(open_plan, engine, reference, settings), has_plan=example is not None
    )
    if example is not None:
        window._adopt(open_plan.plan, None)
    return window, open_plan


def _same_file(one: Path | None, other: Path) -> bool:
    try:
        return one is not None and one.resolve() == other.resolve()
    except OSError:
        return False


def stop_on_signals(window) -> None:
    """Ctrl+C in the terminal, logout (SIGTERM) or a closed terminal (SIGHUP) close the window
    with the unsaved changes written to the recovery file first, offered at the next start.

    Asking "Save changes?" instead would leave a terminal user waiting on a dialog they may
    not see; and when the recovery file cannot be written the window does ask. Python runs
    its signal handlers only between bytecodes, and Qt's event loop runs none while idle:
    the signal's byte written to a socket wakes the loop (set_wakeup_fd) without polling.
    """
    import signal
    import socket

    from PySide6.QtCore import QSocketNotifier, QTimer

    from continuity_app.core.i18n import translate
    from continuity_app.gui.recovery import INTERRUPTED

    stopping: list[int] = []  # the signal being handled: a second one stops the process at once

    def handle(number: int, _frame) -> None:
        if stopping:
            os._exit(128 + number)
        stopping.append(number)
        # Not from inside the handler: a "Save?" question there would block the handling of
        # the next Ctrl+C (Python runs no signal handler while one is running).
        QTimer.singleShot(0, lambda: stop(number))

    def stop(number: int) -> None:
        from PySide6.QtWidgets import QApplication

        if not window.recovery.write(reason=INTERRUPTED):
            print(
                translate(
                    "Signals",
                    "The unsaved changes could not be written to the recovery folder: the "
                    "window asks whether to save them. Press Ctrl+C again to quit without them.",
                ),
                file=sys.stderr,
                flush=True,
            )
        if window.close_keeping_work():
            QApplication.exit(128 + number)  # also ends the loop of a dialog that may be open
        stopping.clear()  # the user kept the window open (Cancel in the "Save?" question)

    for name in ("SIGINT", "SIGTERM", "SIGHUP"):
        number = getattr(signal, name, None)
        if number is None or signal.getsignal(number) == signal.SIG_IGN:
            continue  # started with nohup or in the background: keep ignoring, as asked
        signal.signal(number, handle)
    reader, writer = socket.socketpair()
    for end in (reader, writer):
        end.setblocking(False)
    try:
        signal.set_wakeup_fd(writer.fileno(), warn_on_full_buffer=False)
    except ValueError:  # not the main thread: handlers then run at the next Qt event
        reader.close()
        writer.close()
        return
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, window)

    def drain() -> None:
        with contextlib.suppress(OSError):
            reader.recv(64)

    notifier.activated.connect(drain)
    window._signal_sockets = (reader, writer, notifier)  # alive as long as the window


def start_session(window, plan_path: Path | None, ask=None):
    """Offer the work of crashed sessions, then open the file asked for (or, with neither a
    file nor an example, the plan used last); returns the restored work, if any.

    Restored work that belongs to the file asked for (a file manager reopening it after the
    crash) is that file with the user's unsaved changes: it stays, not the file as saved.
    Another plan is opened after the usual Save/Discard/Cancel question, so nothing restored
    is replaced unasked.
    """
    from continuity_app.gui import recovery

    restored = recovery.offer_recoveries(window, window.recovery, ask or recovery.ask_about)
    if plan_path is not None and not (restored and _same_file(restored.original, plan_path)):
        window.open_path(plan_path)
    elif plan_path is None and not restored and not window.has_plan:
        window.open_last_plan()  # none (or gone): Welcome stays, with the recent plans
    return restored


def run(plan_path: Path | None = None, example: str | None = None) -> int:
    """Open the window (on a plan file, an example, the plan used last, or Welcome) and run
    until closed."""
    from continuity_app.display import platform_to_use

    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 2
    platform = platform_to_use()
    if platform:  # only the other display server answers: Qt would abort on its own choice
        os.environ["QT_QPA_PLATFORM"] = platform
    app, settings = _application()
    window, _document = _window(settings, example)
    stop_on_signals(window)
    window.show()
    start_session(window, plan_path)
    if not window.isVisible():  # Ctrl+C while a start-up question was open: already closed
        window.recovery.release()
        return 130
    if os.environ.get("CONTINUITY_APP_EXIT_AFTER_SHOW"):  # start-up benchmarks and smoke tests
        from PySide6.QtCore import QTimer

        def shown() -> None:
            print("window shown", flush=True)
            app.quit()

        QTimer.singleShot(0, shown)
    status = app.exec()
    window.context.engine.cancel()  # let a running simulation end before Python tears down
    window.context.engine.wait(5000)
    window.recovery.release()
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
    window.open_plan.undo_stack.setClean()
    window.close()
    scratch.unlink(missing_ok=True)
    QApplication.processEvents()
    return written
