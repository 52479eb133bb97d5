"""The window's pages speak as an owner does: plain words from core/terms.py (the technical term
in the tooltip), frequencies as "about once every 3 years", sources without file paths, each
Fallbacks view explaining its own value, compact Recommendations rows, and empty states that
say what to do next."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTableView

from continuity_app.core.plan import Fallback, revise
from continuity_app.core.plan_edits import with_functions
from continuity_app.core.terms import how_often, term
from continuity_app.gui.models.fallbacks_model import READINESS
from continuity_app.gui.models.scenarios_model import FREQUENCY
from continuity_app.gui.pages.business_page import BusinessPage
from continuity_app.gui.pages.fallbacks_page import FallbacksPage
from continuity_app.gui.pages.functions_page import FunctionsPage
from continuity_app.gui.pages.recommendations_page import RecommendationsPage
from continuity_app.gui.pages.results_page import ResultsPage
from continuity_app.gui.pages.scenarios_page import ScenariosPage
from continuity_app.gui.table_layout import ROW_LINES, STEP_LINES

ANALYST_WORDS = ("ALE", "MTPD", "MBCO", "P50", "P90", "P99", "Monte Carlo", "seed", ".csv")


def _show(qtbot, page):
    qtbot.addWidget(page)
    page.resize(1024, 700)
    page.show()
    return page


def _visible_texts(page) -> list[str]:
    """Every label, button, box title and table header the page shows."""
    texts = [w.text() for w in page.findChildren(QLabel) if w.isVisible()]
    texts += [w.text() for w in page.findChildren(QAbstractButton) if w.isVisible()]
    texts += [w.title() for w in page.findChildren(QGroupBox) if w.isVisible()]
    for view in page.findChildren(QTableView):
        model = view.model()
        for column in range(model.columnCount()):
            texts.append(str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
    return texts


def _assert_plain(page) -> None:
    for text in _visible_texts(page):
        for word in ANALYST_WORDS:
            assert word not in text, f"{word!r} shown in {text!r}"


@pytest.fixture
def window_with_results(qtbot, make_window):
    window = make_window()
    window.resize(1024, 700)
    engine = window.context.engine
    qtbot.waitUntil(lambda: not engine.busy and engine.recommendations is not None, timeout=30000)
    return window


def _page(window, page_class):
    window.show_page(page_class)
    return window.page(page_class)


def test_results_and_recommendations_say_it_in_plain_words(qtbot, window_with_results):
    results = _page(window_with_results, ResultsPage)
    qtbot.waitUntil(lambda: "typical year" in results.kpi["per_year"][1].text(), timeout=30000)
    assert results.kpi["ale"][0].text() == f"{term('ale').plain}:"
    assert "ALE" in results.kpi["ale"][0].toolTip()  # the technical term for consultants
    assert results.kpi["mtpd"][0].text() == f"{term('mtpd').plain}:"
    assert "in a bad year (1 in 10)" in results.kpi["per_year"][1].text()
    _assert_plain(results)
    recommendations = _page(window_with_results, RecommendationsPage)
    _assert_plain(recommendations)
    assert "P90" in recommendations.actions_table.horizontalHeaderItem(3).toolTip()


def test_business_settings_in_plain_words(qtbot, app_context):
    page = _show(qtbot, BusinessPage(app_context))
    assert page._labels["monte_carlo_trials"].text() == term("simulated_years").plain
    assert page._labels["seed"].text() == term("seed").plain
    assert page.seed.toolTip() == term("seed").tooltip
    assert term("bearable_loss").plain in page._labels["max_loss"].text()
    _assert_plain(page)


def test_scenarios_say_how_often_and_name_sources_as_a_reader_would(qtbot, app_context):
    page = _show(qtbot, ScenariosPage(app_context))
    plan = app_context.open_plan.plan
    for row, scenario in enumerate(plan.scenarios):
        shown = page.model.index(row, FREQUENCY).data()
        assert shown == how_often(scenario.frequency_per_year)
        assert "per year" not in shown
    # still typed in its unit: outages per year
    edit = page.model.index(0, FREQUENCY).data(Qt.ItemDataRole.EditRole)
    assert QLocale().toDouble(edit)[0] == pytest.approx(plan.scenarios[0].frequency_per_year)
    for row, scenario in enumerate(plan.scenarios):
        if scenario.preset is None:
            continue
        page.select(row)
        assert ".csv" not in page.sources.text()
        assert "facts.md" not in page.sources.text()
        assert " per year" not in page.derivation.text()
    _assert_plain(page)


def _two_fallbacks(app_context) -> str:
    """The first function ready on SMS (40%) and calls (60%, after 2 hours); its id."""
    open_plan = app_context.open_plan
    plan = open_plan.plan
    function = plan.functions[0].id
    fallbacks = [
        Fallback(function=function, channel="sms", readiness=0.4, activation_delay_hours=0.5),
        Fallback(function=function, channel="voice", readiness=0.6, activation_delay_hours=2.0),
    ]
    open_plan.edit(revise(plan, fallbacks=fallbacks), "two fallbacks")
    return function


def test_each_fallbacks_view_explains_its_own_value(qtbot, app_context):
    _two_fallbacks(app_context)
    page = _show(qtbot, FallbacksPage(app_context))
    model = page.model
    sms = model.index(0, model.channels.index("sms"))
    voice = model.index(0, model.channels.index("voice"))
    assert model.mode == READINESS
    tip = sms.data(Qt.ItemDataRole.ToolTipRole)
    assert "40%" in tip
    assert "76%" in tip and "100%" in tip  # they overlap: 1 - 0.6 x 0.4, not the sum
    header_tip = model.headerData(
        sms.column(), Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )
    assert header_tip.startswith(term("readiness").technical)
    page.delay_button.setChecked(True)
    tip = voice.data(Qt.ItemDataRole.ToolTipRole)
    assert "2 h" in tip or "2.0 h" in tip or "2 hours" in tip
    assert "reach" not in tip and "%" not in tip  # about the delay, not readiness
    header_tip = model.headerData(
        voice.column(), Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )
    assert header_tip.startswith(term("activation_delay").technical)


def test_recommendation_rows_are_compact_and_steps_are_not_cut(qtbot, window_with_results):
    page = _page(window_with_results, RecommendationsPage)
    qtbot.waitUntil(lambda: page.actions_table.rowCount() > 0, timeout=30000)
    page.tabs.setCurrentIndex(1)
    qtbot.wait(50)
    table = page.channels_table
    assert table.rowCount() > 0
    most = ROW_LINES * table.fontMetrics().lineSpacing() + 8
    assert all(table.rowHeight(r) <= most for r in range(table.rowCount()))
    # the figures keep their room; the reasons get the rest, in full below the table
    assert table.columnWidth(4) > 2 * max(table.columnWidth(c) for c in (1, 2, 3))
    table.setCurrentCell(2, 0)
    assert table.item(2, 4).text() in page.channel_details.text()
    page.tabs.setCurrentIndex(0)
    qtbot.wait(50)
    steps = page.actions_table
    metrics = steps.fontMetrics()
    for row in range(steps.rowCount()):
        item = steps.item(row, 0)
        if item is None or steps.columnSpan(row, 0) > 1:
            continue
        needed = metrics.boundingRect(
            QRect(0, 0, steps.columnWidth(0) - 8, 10_000),
            int(Qt.TextFlag.TextWordWrap),
            item.text(),
        ).height()
        assert needed <= steps.rowHeight(row), item.text()
        assert steps.rowHeight(row) <= STEP_LINES * metrics.lineSpacing() + 8


def test_empty_pages_say_what_to_do_next(qtbot, app_context):
    open_plan = app_context.open_plan
    open_plan.edit(with_functions(open_plan.plan, []), "no functions")
    functions = _show(qtbot, FunctionsPage(app_context))
    assert functions.empty.isVisible()
    assert "Add function" in functions.empty.text()
    fallbacks = _show(qtbot, FallbacksPage(app_context))
    assert fallbacks.empty.isVisible()
    assert "Functions page" in fallbacks.empty.text()
    results = _show(qtbot, ResultsPage(app_context))
    results._show_status()
    assert "Functions page" in results.status.text()
    functions.add_function()
    assert not functions.empty.isVisible()
    assert "No fallbacks yet" in fallbacks.empty.text()


def test_a_plan_with_one_scenario_says_how_to_add_others(qtbot, app_context):
    open_plan = app_context.open_plan
    page = _show(qtbot, ScenariosPage(app_context))
    assert not page.hint.isVisible()
    plan = open_plan.plan
    kept = [s for s in plan.scenarios if s.id == plan.settings.reference_scenario]
    open_plan.edit(revise(plan, scenarios=kept), "one scenario")
    assert page.hint.isVisible()
    assert "Add preset" in page.hint.text()


def test_recommendations_with_no_functions_say_where_to_start(qtbot, make_window):
    window = make_window()
    open_plan = window.context.open_plan
    plan = open_plan.plan
    open_plan.edit(revise(with_functions(plan, []), settings=plan.settings), "no functions")
    page = _page(window, RecommendationsPage)
    engine = window.context.engine
    qtbot.waitUntil(
        lambda: not engine.busy and "Functions page" in page.summary.text(), timeout=30000
    )
