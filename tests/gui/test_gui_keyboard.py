"""Tab reaches every control of the Business page in reading order and leaves the tables of
Functions, Fallbacks, Results and Recommendations (the arrow keys move inside them)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from continuity_app.gui.pages.business_page import BusinessPage
from continuity_app.gui.pages.fallbacks_page import FallbacksPage
from continuity_app.gui.pages.functions_page import FunctionsPage
from continuity_app.gui.pages.recommendations_page import RecommendationsPage
from continuity_app.gui.pages.results_page import ResultsPage


def _tab_walk(qtbot, start: QWidget, presses: int) -> list[QWidget]:
    """The widgets that have the focus after each Tab, from `start`."""
    start.window().activateWindow()
    qtbot.waitUntil(lambda: start.window().isActiveWindow())
    start.setFocus()
    qtbot.waitUntil(start.hasFocus)
    seen = [QApplication.focusWidget()]
    for _ in range(presses):
        focus = QApplication.focusWidget()
        assert focus is not None
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    return seen


def _first(seen: list[QWidget], widget: QWidget) -> int:
    """Where Tab first reached `widget` or a control inside it (a table's cell widgets)."""
    return next(i for i, w in enumerate(seen) if w is widget or widget.isAncestorOf(w))


def test_tab_reaches_every_business_control_in_reading_order(qtbot, app_context):
    page = BusinessPage(app_context)
    qtbot.addWidget(page)
    page.resize(1024, 700)
    page.show()
    qtbot.waitExposed(page)
    seen = _tab_walk(qtbot, page.name, 60)
    order = [
        page.name,
        page.lifetime_value,
        page.countries,  # its country and share cells
        page.add_country,
        next(iter(page.hours.values())),
        page.max_loss,
        page.mbco,  # each activity's minimum
        page.loss_basis,
        page.reference_scenario,
        page.trials,
        page.seed,
    ]
    reached = [_first(seen, widget) for widget in order]
    assert reached == sorted(reached)
    first_share = page.countries.cellWidget(0, 1)
    assert first_share in seen
    assert page.mbco.cellWidget(0, 1) in seen


def _tab_leaves(qtbot, table) -> None:
    table.window().activateWindow()
    qtbot.waitUntil(lambda: table.window().isActiveWindow())
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    model = table.model()
    table.setCurrentIndex(model.index(0, 0))
    if model.rowCount() > 1:
        qtbot.keyClick(table, Qt.Key.Key_Down)  # the arrows still move inside
        assert table.currentIndex().row() == 1
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    focus = QApplication.focusWidget()
    assert focus is not table and not table.isAncestorOf(focus)


def test_tab_leaves_the_functions_and_fallbacks_tables(qtbot, app_context):
    for page_class in (FunctionsPage, FallbacksPage):
        page = page_class(app_context)
        qtbot.addWidget(page)
        page.resize(1024, 700)
        page.show()
        qtbot.waitExposed(page)
        _tab_leaves(qtbot, page.table)


def test_tab_leaves_the_results_and_recommendations_tables(qtbot, make_window):
    window = make_window()
    window.resize(1024, 700)
    engine = window.context.engine
    qtbot.waitUntil(lambda: not engine.busy and engine.recommendations is not None, timeout=30000)
    window.show_page(ResultsPage)
    results = window.page(ResultsPage)
    qtbot.waitUntil(lambda: results.table.rowCount() > 0, timeout=5000)
    _tab_leaves(qtbot, results.table)
    window.show_page(RecommendationsPage)
    page = window.page(RecommendationsPage)
    _tab_leaves(qtbot, page.actions_table)
    page.tabs.setCurrentIndex(1)
    _tab_leaves(qtbot, page.channels_table)
