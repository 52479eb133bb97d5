"""Shared test set-up for every layer: offscreen Qt, a private data folder, no stray dialogs,
the window's fixtures (app_context, make_window, pseudo). Paths live in tests/paths.py."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from hypothesis import settings

# CI replays the same examples on every run, so that a submission fails only for its own change;
# HYPOTHESIS_PROFILE=explore draws new ones to hunt for inputs nobody thought of.
settings.register_profile("ci", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture(autouse=True)
def private_data_folder(monkeypatch, tmp_path_factory):
    """The installation's data (the pseudonym key) in a temporary folder, never the real home."""
    monkeypatch.setenv("CONTINUITY_APP_DATA_DIR", str(tmp_path_factory.mktemp("app-data")))


@pytest.fixture(autouse=True)
def no_unexpected_dialogs(monkeypatch):
    """A modal message box nobody answers would hang the run: fail the test instead.

    Tests that expect a dialog replace the function they expect with their own answer.
    """
    from PySide6.QtWidgets import QMessageBox

    def refuse(*args, **kwargs):
        raise AssertionError(f"unexpected dialog: {args[1:3] if len(args) > 2 else args}")

    for name in ("warning", "question", "critical", "information", "about", "exec"):
        monkeypatch.setattr(QMessageBox, name, refuse)


@pytest.fixture
def app_context(qtbot, tmp_path):
    """A GUI context on the Ramallah bakery example, with settings in a temporary file."""
    from PySide6.QtCore import QSettings

    from continuity_app.core.reference import load_reference
    from continuity_app.gui.context import AppContext
    from continuity_app.gui.open_plan import OpenPlan
    from continuity_app.gui.results_engine import ResultsEngine
    from continuity_app.gui.settings import Settings
    from continuity_app.io.examples import load_example

    reference = load_reference()
    open_plan = OpenPlan(load_example("ramallah-bakery"))
    engine = ResultsEngine(open_plan, reference)
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    context = AppContext(open_plan, engine, reference, settings)
    yield context
    engine.cancel()
    engine.wait()


@pytest.fixture
def make_window(qtbot, tmp_path):
    """Builds the main window on the bakery example, with settings and recovery in tmp_path
    (shown, with its first results, unless told otherwise); closes it after the test."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from continuity_app.core.reference import load_reference
    from continuity_app.gui.context import AppContext
    from continuity_app.gui.main_window import MainWindow
    from continuity_app.gui.open_plan import OpenPlan
    from continuity_app.gui.recovery import Recovery
    from continuity_app.gui.results_engine import ResultsEngine
    from continuity_app.gui.settings import FIRST_START_DONE, Settings
    from continuity_app.io.examples import load_example
    from continuity_app.report.fonts import register_fonts

    built = []

    def make(*, debounce_ms: int = 0, show: bool = True):
        # the shipped fonts before any widget, as the application starts (gui/app.py): fonts
        # added later, by the first chart, left text laid out before them drawn with glyphs
        # of the wrong face ("load glyph failed", a ligature missing) in a long session
        register_fonts()
        reference = load_reference()
        open_plan = OpenPlan(load_example("ramallah-bakery"))
        engine = ResultsEngine(open_plan, reference, debounce_ms=debounce_ms)
        ini = tmp_path / "settings.ini"
        settings = Settings(QSettings(str(ini), QSettings.Format.IniFormat))
        settings.set(FIRST_START_DONE, True)
        recovery = Recovery(open_plan, folder=tmp_path / "recovery")
        window = MainWindow(AppContext(open_plan, engine, reference, settings), recovery)
        built.append(window)
        if show:
            window.show()
            qtbot.waitUntil(lambda: engine.evaluation is not None, timeout=5000)
        return window

    yield make
    for window in built:
        engine = window.context.engine
        engine.cancel()
        engine.wait()
        window.context.open_plan.undo_stack.setClean()  # so that closing asks nothing
        window.close()
        window.deleteLater()
    QApplication.processEvents()


@pytest.fixture
def pseudo(qapp):
    """Every text as ⟦text⟧, through Qt's tr() and the core's translate() alike, so a test
    sees which texts went through a translation."""
    from PySide6.QtCore import QLocale, QTranslator

    from continuity_app.core.i18n import set_language
    from continuity_app.localization import QtLanguage

    class Pseudo(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            return f"⟦{source}⟧"

        def isEmpty(self):
            return False

    translator = Pseudo()
    qapp.installTranslator(translator)
    set_language(QtLanguage(QLocale(), translator=translator))
    yield translator
    qapp.removeTranslator(translator)
    set_language(None)
