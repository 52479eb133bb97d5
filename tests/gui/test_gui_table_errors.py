"""A value typed into a table or form is refused in the column's words and units, never with
the document's field names or stored scales (shares from 0 to 1)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from continuity_app.gui.models.functions_model import COLUMNS
from continuity_app.gui.models.scenarios_model import DURATION, FREQUENCY
from continuity_app.gui.pages.business_page import BusinessPage
from continuity_app.gui.pages.fallbacks_page import FallbacksPage
from continuity_app.gui.pages.functions_page import FunctionsPage
from continuity_app.gui.pages.scenarios_page import ScenariosPage

FIELDS = [c.field for c in COLUMNS]


@pytest.fixture
def english_numbers():
    """Numbers grouped as in English (5,000), whatever the machine's locale."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


def _show(qtbot, page):
    qtbot.addWidget(page)
    page.resize(1024, 700)
    page.show()
    return page


def _no_internal_words(text: str) -> None:
    for internal in ("_share", "_interactions", "_hours", "<=", "Input should", "got "):
        assert internal not in text, text


def test_a_share_out_of_range_is_said_in_percent(qtbot, app_context, english_numbers):
    page = _show(qtbot, FunctionsPage(app_context))
    before = app_context.open_plan.plan
    index = page.model.index(0, FIELDS.index("mix.whatsapp"))
    assert not page.model.setData(index, "500")
    assert page.error.text() == "On WhatsApp (%) must be from 0 to 100; you typed 500."
    assert app_context.open_plan.plan == before


def test_a_range_typed_high_to_low_shows_the_fix(qtbot, app_context, english_numbers):
    page = _show(qtbot, FunctionsPage(app_context))
    index = page.model.index(0, FIELDS.index("daily_interactions"))
    assert not page.model.setData(index, "5000 - 1000 - 3000")
    assert page.error.text() == (
        "Interactions / open day: low, likely and high must go up: you typed "
        "5,000 – 1,000 – 3,000 (for example 1,000 – 3,000 – 5,000)."
    )


@pytest.mark.parametrize(
    ("field", "typed", "expected"),
    [
        ("recapture_share", "120", "Come back (%) must be from 0 to 100; you typed 120."),
        ("churn_share", "-5", "Lost for good (%) must be from 0 to 100; you typed -5."),
        ("perishable_share", "10 – 200 – 300", "must be from 0 to 100"),
        ("productivity_loss", "150", "Productivity loss (%) must be from 0 to 100"),
        ("patience_hours", "0", "Patience (h) must be more than 0; you typed 0."),
        ("revenue_per_interaction", "-3", "Revenue / interaction must be 0 or more"),
        ("backlog_cost", "-1", "Backlog cost must be 0 or more; you typed -1."),
        ("messages_per_interaction", "0", "Messages / interaction must be more than 0"),
        ("staff_affected", "-2", "Staff affected must be 0 or more; you typed -2."),
        ("name", "", "Function cannot be left empty"),
        ("daily_interactions", "lots", "Interactions / open day: “lots” was not used"),
    ],
)
def test_every_functions_column_speaks_its_own_words(
    qtbot, app_context, english_numbers, field, typed, expected
):
    page = _show(qtbot, FunctionsPage(app_context))
    row = next(
        i
        for i, f in enumerate(app_context.open_plan.plan.functions)
        if field not in ("staff_affected", "productivity_loss") or f.kind.is_coordination
    )
    assert not page.model.setData(page.model.index(row, FIELDS.index(field)), typed)
    assert expected in page.error.text()
    _no_internal_words(page.error.text())


def test_fallback_readiness_and_delay_are_refused_in_their_units(
    qtbot, app_context, english_numbers
):
    page = _show(qtbot, FallbacksPage(app_context))
    plan = app_context.open_plan.plan
    fallback = plan.fallbacks[0]
    row = [f.id for f in plan.functions].index(fallback.function)
    column = page.model.channels.index(fallback.channel)
    index = page.model.index(row, column)
    assert not page.model.setData(index, "500")
    assert page.error.text() == "Ready today (%) must be from 0 to 100; you typed 500."
    assert not page.model.setData(index, "60 – 20 – 30")
    assert page.error.text() == (
        "Ready today (%): low, likely and high must go up: you typed 60 – 20 – 30 "
        "(for example 20 – 30 – 60)."
    )
    page.delay_button.setChecked(True)
    assert not page.model.setData(index, "200")
    assert page.error.text() == ("Time to switch (hours) must be from 0 to 168; you typed 200.")
    assert app_context.open_plan.plan == plan


def test_scenario_duration_and_frequency_are_refused_in_their_units(
    qtbot, app_context, english_numbers
):
    page = _show(qtbot, ScenariosPage(app_context))
    assert not page.model.setData(page.model.index(0, DURATION), "-5")
    assert page.error.text() == "Duration (h) must be more than 0 and at most 168; you typed -5."
    assert not page.model.setData(page.model.index(0, FREQUENCY), "400")
    assert page.error.text() == "Outages per year must be from 0 to 365; you typed 400."
    _no_internal_words(page.error.text())


def test_the_business_form_refuses_a_margin_in_percent(qtbot, app_context, english_numbers):
    page = _show(qtbot, BusinessPage(app_context))
    page.loss_basis.setCurrentIndex(page.loss_basis.findData("margin"))
    page.loss_basis.activated.emit(page.loss_basis.currentIndex())  # the margin is used now
    before = app_context.open_plan.plan
    page.gross_margin.setFocus()
    page.gross_margin.selectAll()
    qtbot.keyClicks(page.gross_margin, "150")
    error = page._errors["gross_margin"]
    assert error.text() == "Gross margin (%) must be from 0 to 100; you typed 150."
    assert app_context.open_plan.plan.business.gross_margin == before.business.gross_margin


def test_numbers_in_a_refusal_follow_the_language(qtbot, app_context):
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Arabic, QLocale.Country.Egypt))
    try:
        page = _show(qtbot, FunctionsPage(app_context))
        index = page.model.index(0, FIELDS.index("daily_interactions"))
        assert not page.model.setData(index, "50 - 10 - 30")
        assert "١٠ – ٣٠ – ٥٠" in page.error.text()
    finally:
        QLocale.setDefault(before)


def test_coordination_figures_are_asked_for_in_the_columns_words(qtbot, app_context):
    page = _show(qtbot, FunctionsPage(app_context))
    functions = app_context.open_plan.plan.functions
    coordination = next(i for i, f in enumerate(functions) if f.kind.is_coordination)
    index = page.model.index(coordination, FIELDS.index("staff_affected"))
    assert not page.model.setData(index, "")
    assert page.error.text().startswith("Staff affected cannot be left empty: ")
    other = next(
        i
        for i, f in enumerate(functions)
        if not f.kind.is_coordination and f.staff_affected is None
    )
    kind = page.model.index(other, FIELDS.index("kind"))
    assert not page.model.setData(kind, "internal_coordination")
    assert "“Staff affected”" in page.error.text()
    _no_internal_words(page.error.text())
    assert "internal_coordination" not in page.error.text()
