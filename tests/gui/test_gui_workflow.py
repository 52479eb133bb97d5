"""The main workflow as a user drives it: open, edit, see results, undo, recommend, save, reopen."""

from __future__ import annotations

import json
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from continuity_app.core.wording import set_aside_reason
from continuity_app.gui.models.fallbacks_model import FallbacksModel
from continuity_app.gui.models.functions_model import COLUMNS, FunctionsModel
from continuity_app.gui.open_plan import OpenPlan
from continuity_app.gui.pages.functions_page import FunctionsPage
from continuity_app.gui.pages.recommendations_page import RecommendationsPage
from continuity_app.gui.pages.results_page import ResultsPage
from continuity_app.gui.pages.tasks_page import TasksPage
from continuity_app.gui.recovery import Recovery
from continuity_app.io.examples import example_path, load_example
from continuity_app.io.planfile import load_plan
from tests.gui.mirroring import (
    assert_first_column_at_the_right,
    assert_on_the_right_half,
    assert_right_of,
)

SHARE_COLUMN = [c.field for c in COLUMNS].index("mix.whatsapp")


@pytest.fixture
def window(make_window):
    """The main window on the bakery example, with settings and recovery in tmp_path."""
    return make_window()


def wait_for_results(qtbot, window) -> None:
    engine = window.context.engine
    qtbot.waitUntil(lambda: not engine.busy and engine.recommendations is not None, timeout=30000)


def test_edit_share_changes_results_and_undo_restores_them(qtbot, window):
    engine = window.context.engine
    before = engine.evaluation.ale
    functions = window.page(FunctionsPage).model
    assert isinstance(functions, FunctionsModel)
    index = functions.index(0, SHARE_COLUMN)
    with qtbot.waitSignal(engine.evaluationReady, timeout=5000):
        assert functions.setData(index, "20", Qt.ItemDataRole.EditRole)
    assert window.isWindowModified()
    assert window.context.open_plan.plan.functions[0].channel_mix["whatsapp"] == pytest.approx(0.2)
    assert engine.evaluation.ale < before
    with qtbot.waitSignal(engine.evaluationReady, timeout=5000):
        window.undo_action.trigger()
    assert engine.evaluation.ale == pytest.approx(before)
    assert not window.isWindowModified()
    with qtbot.waitSignal(engine.evaluationReady, timeout=5000):
        window.redo_action.trigger()
    assert engine.evaluation.ale < before


def test_bad_cell_input_is_refused_with_a_message(qtbot, window):
    functions = window.page(FunctionsPage)
    index = functions.model.index(0, SHARE_COLUMN)
    assert not functions.model.setData(index, "170", Qt.ItemDataRole.EditRole)
    assert "from 0 to 100" in functions.error.text()
    assert not functions.model.setData(index, "lots", Qt.ItemDataRole.EditRole)
    assert "lots" in functions.error.text()
    assert not window.isWindowModified()


def test_a_planned_step_changes_nothing_until_done_and_reopens_identical(
    qtbot, window, tmp_path, monkeypatch
):
    wait_for_results(qtbot, window)
    page = window.page(RecommendationsPage)
    window.show_page(RecommendationsPage)
    before = window.context.open_plan.plan
    action = page.selected_action()
    assert action is not None
    assert page.add_button.isEnabled()  # the results shown are the plan's
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    planned = window.context.open_plan.plan
    assert planned.fallbacks == before.fallbacks  # readiness today: untouched
    (task,) = planned.tasks
    assert task.step == action.action.id
    assert not page.add_button.isEnabled()  # not planned twice
    tasks = window.page(TasksPage)
    tasks.select_task(task.id)
    tasks.mark_done()
    after = window.context.open_plan.plan
    changed = [f for f in after.fallbacks if f.channel == action.action.channel]
    assert any(f.function == action.action.function_id for f in changed)
    window.undo_action.trigger()
    assert window.context.open_plan.plan == planned
    window.undo_action.trigger()
    assert window.context.open_plan.plan == before
    window.redo_action.trigger()
    window.redo_action.trigger()
    target = tmp_path / "bakery.cplan"
    monkeypatch.setattr(
        "continuity_app.gui.main_window.QFileDialog.getSaveFileName",
        lambda *args, **kwargs: (str(target), ""),
    )
    assert window.save_as()
    assert not window.isWindowModified()
    assert load_plan(target) == window.context.open_plan.plan
    assert window.open_path(target)
    assert window.context.open_plan.plan == after
    assert window.context.open_plan.path == target


def test_broken_file_shows_an_error_and_keeps_the_plan(qtbot, window, tmp_path, monkeypatch):
    broken = tmp_path / "broken.cplan"
    data = json.loads(example_path("ramallah-bakery").read_text(encoding="utf-8"))
    data["functions"][0]["channel_mix"]["whatsapp"] = 3
    broken.write_text(json.dumps(data), encoding="utf-8")
    functions = window.page(FunctionsPage).model
    functions.setData(functions.index(0, SHARE_COLUMN), "30", Qt.ItemDataRole.EditRole)
    edited = window.context.open_plan.plan
    shown = []

    def fake_exec(box):
        shown.append((box.text(), box.informativeText()))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    assert not window.open_path(broken, confirmed=True)
    assert "functions[0].channel_mix.whatsapp: 3 is not between 0 and 1" in shown[0][1]
    assert window.context.open_plan.plan == edited
    assert window.isWindowModified()


def test_a_plan_naming_an_unknown_channel_is_refused_in_words(tmp_path, window, monkeypatch):
    """A hand-edited or newer plan: the window says which entry is unknown, never a traceback
    from a page that looks the channel up."""
    broken = tmp_path / "pigeon.cplan"
    data = json.loads(example_path("ramallah-bakery").read_text(encoding="utf-8"))
    data["fallbacks"][0]["channel"] = "carrierpigeon"
    broken.write_text(json.dumps(data), encoding="utf-8")
    shown = []

    def fake_exec(box):
        shown.append(box.informativeText())
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    before = window.context.open_plan.plan
    assert not window.open_path(broken, confirmed=True)
    assert "fallbacks[0].channel: 'carrierpigeon' is not a known channel" in shown[0]
    assert window.context.open_plan.plan == before


def test_unsaved_changes_prompt_on_close(qtbot, window, monkeypatch):
    functions = window.page(FunctionsPage).model
    functions.setData(functions.index(0, SHARE_COLUMN), "30", Qt.ItemDataRole.EditRole)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    assert not window.close()
    assert window.isVisible()
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Discard)
    assert window.close()


def test_recovery_file_restores_unsaved_work(qtbot, window):
    functions = window.page(FunctionsPage).model
    functions.setData(functions.index(0, SHARE_COLUMN), "30", Qt.ItemDataRole.EditRole)
    assert window.recovery.write()
    assert window.recovery.file.is_file()
    # Another start sees it only once this session is gone (its lock released, as on a crash).
    window.recovery.release()
    other = Recovery(OpenPlan(load_example()), folder=window.recovery.folder)
    pending = other.pending()
    assert [entry.plan for entry in pending] == [window.context.open_plan.plan]
    pending[0].release()
    window.context.open_plan.undo_stack.setClean()  # saving discards the recovery file
    assert not window.recovery.file.exists()
    assert other.pending() == []


def test_results_page_shows_figures_and_charts(qtbot, window):
    wait_for_results(qtbot, window)
    window.show_page(ResultsPage)
    page = next(p for p in window.pages if isinstance(p, ResultsPage))
    qtbot.waitUntil(lambda: page.impact_view.figure is not None, timeout=5000)
    assert "₪" in page.kpi["ale"][1].text()
    assert page.table.rowCount() == len(window.context.open_plan.plan.functions)
    assert page.exceedance_view.figure is not None
    assert not window.grab().isNull()


def test_monte_carlo_can_be_cancelled_and_the_window_keeps_working(qtbot, window):
    engine = window.context.engine
    wait_for_results(qtbot, window)
    before = engine.monte_carlo, engine.recommendations
    arrived = []
    engine.monteCarloReady.connect(arrived.append)
    engine.recommendationsReady.connect(arrived.append)
    engine.refresh()
    # let the job finish without taking its results (they wait in the event queue) ...
    deadline = time.monotonic() + 30
    while engine._pool.activeThreadCount() and time.monotonic() < deadline:
        time.sleep(0.01)
    engine.cancel()  # ... then cancel it: what it sent must be ignored
    assert not engine.busy
    engine.wait()
    QApplication.processEvents()
    assert arrived == []
    assert (engine.monte_carlo, engine.recommendations) == before
    functions = window.page(FunctionsPage).model
    with qtbot.waitSignal(engine.evaluationReady, timeout=5000):
        functions.setData(functions.index(0, SHARE_COLUMN), "40", Qt.ItemDataRole.EditRole)


def test_current_results_are_for_the_plan_as_it_is_now(qtbot, window):
    """An edit not evaluated yet is evaluated, and the running job's results are waited for
    (the engine's own, not computed again, not left from the plan before the edit)."""
    wait_for_results(qtbot, window)
    engine = window.context.engine
    before = engine.evaluation, engine.monte_carlo, engine.recommendations
    functions = window.page(FunctionsPage).model
    functions.setData(functions.index(0, SHARE_COLUMN), "25", Qt.ItemDataRole.EditRole)
    results = engine.current_results()
    assert results is not None
    assert results.evaluation is engine.evaluation
    assert results.evaluation.ale != before[0].ale
    assert results.monte_carlo is engine.monte_carlo is not before[1]
    assert results.recommendations is engine.recommendations is not before[2]


def test_a_new_budget_chooses_the_portfolio_again_without_recomputing_the_rest(qtbot, window):
    wait_for_results(qtbot, window)
    engine = window.context.engine
    evaluation, monte_carlo = engine.evaluation, engine.monte_carlo
    seen = []
    engine.evaluationReady.connect(lambda _e: seen.append("evaluation"))
    engine.monteCarloReady.connect(lambda _m: seen.append("monte carlo"))
    with qtbot.waitSignal(engine.recommendationsReady, timeout=30000) as ready:
        engine.set_budget(100.0)
    assert ready.args[0].budget == 100.0
    assert engine.recommendations is ready.args[0]
    assert seen == []
    assert engine.evaluation is evaluation and engine.monte_carlo is monte_carlo


def test_number_preferences_redisplay_without_recomputing(qtbot, window):
    """New digits show at once on the pages; only the recommendations' texts are written
    again, the evaluation and the simulation are kept."""
    from continuity_app.core.i18n import set_language
    from continuity_app.gui.settings import DIGITS

    wait_for_results(qtbot, window)
    engine = window.context.engine
    window.show_page(ResultsPage)
    page = next(p for p in window.pages if isinstance(p, ResultsPage))
    ale = page.kpi["ale"][1]
    assert any(c in ale.text() for c in "0123456789")
    evaluation, monte_carlo = engine.evaluation, engine.monte_carlo
    seen = []
    engine.evaluationReady.connect(lambda _e: seen.append("evaluation"))
    engine.monteCarloReady.connect(lambda _m: seen.append("monte carlo"))
    window.context.settings.set(DIGITS, "arabic_indic")
    try:
        with qtbot.waitSignal(engine.recommendationsReady, timeout=30000):
            window._apply_number_preferences()
        assert not any(c in ale.text() for c in "0123456789")
        assert any(c in ale.text() for c in "٠١٢٣٤٥٦٧٨٩")
        assert seen == []
        assert engine.evaluation is evaluation and engine.monte_carlo is monte_carlo
    finally:
        set_language(None)


def test_table_models_pass_the_model_tester(qtmodeltester, app_context):
    qtmodeltester.check(FunctionsModel(app_context.open_plan))
    qtmodeltester.check(FallbacksModel(app_context.open_plan, app_context.reference))


def test_fallback_matrix_edits_are_undoable(app_context):
    model = FallbacksModel(app_context.open_plan, app_context.reference)
    email = model.channels.index("email")
    before = app_context.open_plan.plan
    assert model.setData(model.index(0, email), "35", Qt.ItemDataRole.EditRole)
    added = [f for f in app_context.open_plan.plan.fallbacks if f.channel == "email"]
    assert added and added[0].readiness == pytest.approx(0.35)
    assert model.setData(model.index(0, email), "", Qt.ItemDataRole.EditRole)
    assert not [f for f in app_context.open_plan.plan.fallbacks if f.channel == "email"]
    app_context.open_plan.undo_stack.undo()
    app_context.open_plan.undo_stack.undo()
    assert app_context.open_plan.plan == before
    messenger = model.channels.index("messenger")
    assert "Meta" in model.data(model.index(0, messenger), Qt.ItemDataRole.ToolTipRole)


@pytest.fixture
def arabic(qapp, monkeypatch, tmp_path):
    """The application started in Arabic as `continuity-app` starts it (settings in tmp_path);
    the application's names, translators, locale and direction restored afterwards."""
    from PySide6.QtCore import QCoreApplication, QLocale, QSettings

    from continuity_app.core.i18n import set_language
    from continuity_app.gui import app as gui_app
    from continuity_app.gui import settings as gui_settings

    ini = str(tmp_path / "settings.ini")
    real_settings = gui_settings.Settings
    names = (
        QCoreApplication.organizationName(),
        QCoreApplication.applicationName(),
        QCoreApplication.applicationVersion(),
        qapp.applicationDisplayName(),
        qapp.desktopFileName(),
    )
    locale = QLocale()
    with monkeypatch.context() as patch:  # the start's own settings, not the user's
        patch.setattr(
            gui_settings,
            "Settings",
            lambda: real_settings(QSettings(ini, QSettings.Format.IniFormat)),
        )
        gui_app._application("ar")
    yield
    for translator in qapp.property("continuity_translators") or []:
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)
    set_language(None)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    QCoreApplication.setOrganizationName(names[0])
    QCoreApplication.setApplicationName(names[1])
    QCoreApplication.setApplicationVersion(names[2])
    qapp.setApplicationDisplayName(names[3])
    qapp.setDesktopFileName(names[4])


def test_in_arabic_every_page_is_mirrored(qtbot, arabic, make_window):
    """Started in Arabic, the window lays out right to left: the sidebar on the right, each
    page left of it, and every table's first column at its right."""
    from PySide6.QtWidgets import QTableView

    from continuity_app.gui.main_window import page_classes

    window = make_window()
    window.resize(1280, 860)
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert_on_the_right_half(window.sidebar)
    tables = 0
    for page_class in page_classes():
        window.show_page(page_class)
        QApplication.processEvents()
        page = window.page(page_class)
        assert window.stack.currentWidget() is page
        assert not window.grab().isNull()
        assert_right_of(window.sidebar, page)
        for table in page.findChildren(QTableView):
            header = table.horizontalHeader()
            shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
            if table.isVisible() and len(shown) >= 2:
                assert_first_column_at_the_right(table)
                tables += 1
    assert tables >= 5


PERISHABLE_COLUMN = [c.field for c in COLUMNS].index("perishable_share")


def test_an_empty_cannot_wait_cell_shows_the_default_in_grey_and_can_be_set(qtbot, window):
    """The cake orders of a bakery get the food default (90%) until the owner types what they
    know: pre-orders can wait, so 10% makes the outage cheaper, and undo brings the default."""
    engine = window.context.engine
    functions = window.page(FunctionsPage).model
    index = functions.index(0, PERISHABLE_COLUMN)
    assert window.context.open_plan.plan.functions[0].perishable_share is None
    assert functions.data(index, Qt.ItemDataRole.DisplayRole) == "80 – 90 – 100"
    assert functions.data(index, Qt.ItemDataRole.EditRole) == ""  # the editor opens empty
    assert functions.data(index, Qt.ItemDataRole.ForegroundRole) is not None
    assert "Empty: the default" in functions.headerData(
        PERISHABLE_COLUMN, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )
    before = engine.evaluation.ale
    with qtbot.waitSignal(engine.evaluationReady, timeout=5000):
        assert functions.setData(index, "10", Qt.ItemDataRole.EditRole)
    assert window.context.open_plan.plan.functions[0].perishable_share == pytest.approx(0.1)
    assert functions.data(index, Qt.ItemDataRole.DisplayRole) == "10"
    assert functions.data(index, Qt.ItemDataRole.ForegroundRole) is None
    assert engine.evaluation.ale < before
    with qtbot.waitSignal(engine.evaluationReady, timeout=5000):
        window.undo_action.trigger()
    assert window.context.open_plan.plan.functions[0].perishable_share is None
    assert engine.evaluation.ale == pytest.approx(before)


def test_results_show_the_planning_figure_beside_the_average_and_the_assumptions(qtbot, window):
    page = next(p for p in window.pages if isinstance(p, ResultsPage))
    window.show_page(ResultsPage)
    evaluation = window.context.engine.evaluation
    reference = evaluation.reference
    assert reference.planning_loss > reference.total  # while open, against any hour
    shown = page.kpi["while_open"][1]
    assert f"{reference.planning_loss:.0f}" in shown.text().replace(",", "")
    assert "averaged over every hour of the week" in shown.toolTip().lower()
    assert page.notes.isVisibleTo(page)
    assert "uses assumed values that no study measures" in page.notes.text()


def test_what_the_owner_knows_about_a_channel_is_kept_and_undoable(qtbot, window, monkeypatch):
    """No figure for email anywhere: the owner enters the share of their customers who use it,
    the channel then counts that share; 'Use the country figures' takes it back."""
    from PySide6.QtWidgets import QInputDialog

    wait_for_results(qtbot, window)
    page = next(p for p in window.pages if isinstance(p, RecommendationsPage))
    window.show_page(RecommendationsPage)
    page.tabs.setCurrentIndex(1)
    table = page.channels_table
    row = next(
        r
        for r in range(table.rowCount())
        if table.item(r, 0).data(Qt.ItemDataRole.UserRole) == "email"
    )
    assert table.item(row, 2).text() == "no data"
    table.setCurrentCell(row, 0)
    assert page.known_button.isEnabled() and not page.forget_button.isEnabled()
    monkeypatch.setattr(QInputDialog, "getInt", lambda *args, **kwargs: (35, True))
    page.enter_known_reach()
    assert window.context.open_plan.plan.business.known_reach == {"email": 0.35}
    wait_for_results(qtbot, window)
    window.undo_action.trigger()
    assert window.context.open_plan.plan.business.known_reach == {}
    window.redo_action.trigger()

    def email_row() -> int:
        return next(
            r
            for r in range(table.rowCount())
            if table.item(r, 0).data(Qt.ItemDataRole.UserRole) == "email"
        )

    # numbers on screen are isolated for right-to-left text: look for the figure inside
    qtbot.waitUntil(lambda: "35%" in table.item(email_row(), 2).text(), timeout=30000)
    row = email_row()
    table.setCurrentCell(row, 0)
    assert page.forget_button.isEnabled()
    page.forget_known_reach()
    assert window.context.open_plan.plan.business.known_reach == {}


def test_steps_not_worth_doing_sit_under_their_heading(qtbot, window):
    wait_for_results(qtbot, window)
    page = next(p for p in window.pages if isinstance(p, RecommendationsPage))
    result = page.result
    table = page.actions_table
    heading = next(r for r in range(table.rowCount()) if table.columnSpan(r, 0) > 1)
    assert table.item(heading, 0).text() == "Not worth it now"
    assert heading == sum(v.worth_doing for v in result.actions)
    table.selectRow(heading + 1)
    chosen = page.selected_action()
    assert chosen is not None and not chosen.worth_doing
    assert set_aside_reason(chosen) in table.item(heading + 1, 0).text()
