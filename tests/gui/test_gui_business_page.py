"""The Business page edits the plan undoably and refuses invalid input with a message."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from continuity_app.gui.pages.business_page import BusinessPage
from tests.gui.mirroring import (
    assert_first_column_at_the_right,
    assert_label_right_of_its_field,
    assert_right_of,
)
from tests.paths import PLANS


def _page(qtbot, app_context) -> BusinessPage:
    page = BusinessPage(app_context)
    qtbot.addWidget(page)
    page.resize(1100, 750)
    page.show()
    return page


def test_typing_a_name_is_one_undo_step(qtbot, app_context):
    open_plan = app_context.open_plan
    before = open_plan.plan
    page = _page(qtbot, app_context)
    page.name.clear()
    page.name.setFocus()
    qtbot.keyClicks(page.name, "Nour Cafe")
    assert open_plan.plan.business.name == "Nour Cafe"
    assert open_plan.undo_stack.count() == 1
    open_plan.undo_stack.undo()
    assert open_plan.plan == before
    assert page.name.text() == before.business.name


def test_an_empty_name_is_refused_with_a_message(qtbot, app_context):
    open_plan = app_context.open_plan
    before = open_plan.plan
    page = _page(qtbot, app_context)
    page.name.setFocus()
    page.name.selectAll()
    qtbot.keyClick(page.name, Qt.Key.Key_Delete)
    assert open_plan.plan == before
    error = page._errors["name"]
    assert error.isVisible()
    assert page.name.accessibleDescription() == error.text()


def test_country_shares_must_add_up_to_100(qtbot, app_context):
    open_plan = app_context.open_plan
    before = open_plan.plan
    page = _page(qtbot, app_context)
    page.countries.cellWidget(0, 1).setValue(90.0)
    assert open_plan.plan == before
    error = page._errors["country_mix"]
    assert error.isVisible()
    assert "100" in error.text()
    page.add_country.click()
    page.countries.cellWidget(1, 1).setValue(10.0)
    assert not error.isVisible()
    mix = open_plan.plan.business.country_mix
    assert len(mix) == 2
    assert sum(mix.values()) == 1.0 or abs(sum(mix.values()) - 1.0) < 1e-9


def test_opening_hours_are_validated(qtbot, app_context):
    open_plan = app_context.open_plan
    page = _page(qtbot, app_context)
    edit = page.hours["mon"]
    edit.clear()
    qtbot.keyClicks(edit, "9-5")
    assert open_plan.plan.business.opening_hours["mon"] == ["06:00-20:00"]
    assert page._errors["hours.mon"].isVisible()
    edit.clear()
    qtbot.keyClicks(edit, "09:00-13:00, 17:00-21:00")
    assert open_plan.plan.business.opening_hours["mon"] == ["09:00-13:00", "17:00-21:00"]
    assert not page._errors["hours.mon"].isVisible()


def test_ranges_tolerance_mbco_and_settings(qtbot, app_context):
    open_plan = app_context.open_plan
    page = _page(qtbot, app_context)
    page.loss_basis.setCurrentIndex(page.loss_basis.findData("margin"))
    page.loss_basis.activated.emit(page.loss_basis.currentIndex())  # the margin is used now
    page.gross_margin.clear()
    qtbot.keyClicks(page.gross_margin, "40 - 50 - 60")
    margin = open_plan.plan.business.gross_margin
    assert (margin.low, margin.likely, margin.high) == (0.4, 0.5, 0.6)
    page.max_loss.setValue(1234.0)
    assert open_plan.plan.tolerance.max_loss_per_outage == 1234.0
    page.mbco.cellWidget(1, 1).setValue(30)
    function_id = open_plan.plan.functions[1].id
    assert open_plan.plan.tolerance.functions[function_id].mbco == 0.3
    page.trials.setValue(5000)
    assert open_plan.plan.settings.monte_carlo_trials == 5000


def test_right_to_left_mirrors_the_page(qtbot, app_context):
    """Right to left, the business box is right of the countries, each label right of its
    field, and the country table's first column (the country) at its right."""
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        page = _page(qtbot, app_context)
        qtbot.waitExposed(page)
        assert not page.grab().isNull()
        assert_right_of(page.business_box, page.countries_box)
        assert_right_of(page.business_box, page.tolerance_box)
        for key in ("name", "sector", "currency", "staff"):
            assert_label_right_of_its_field(page._labels[key])
        assert_first_column_at_the_right(page.countries)
        assert_first_column_at_the_right(page.mbco)
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_moving_the_business_to_another_country_moves_its_scenario_rates(qtbot, app_context):
    """The bakery moved from Palestine to Brazil: Brazil's court blocks of WhatsApp now count,
    in one undo step with the country."""
    open_plan = app_context.open_plan
    before = open_plan.plan
    block = next(s for s in before.scenarios if s.preset == "whatsapp_block")
    assert block.frequency_per_year == 0  # none recorded in Palestine
    page = _page(qtbot, app_context)
    combo = page.countries.cellWidget(0, 0)
    combo.setCurrentIndex(combo.findData("BR"))
    assert open_plan.plan.business.country_mix == {"BR": 1.0}
    moved = next(s for s in open_plan.plan.scenarios if s.preset == "whatsapp_block")
    assert moved.frequency_per_year == 0.3
    assert open_plan.undo_stack.count() == 1
    open_plan.undo_stack.undo()
    assert open_plan.plan == before


def test_money_labels_name_the_currency_of_the_plan_shown(qtbot, app_context):
    """Opening a plan in naira after the shekel example, or undoing a currency change: every
    money label names the plan's currency, never the one shown before."""

    from continuity_app.io.planfile import load_plan

    page = _page(qtbot, app_context)
    open_plan = app_context.open_plan
    assert "ILS" in page._labels["staff_hourly_cost"].text()
    lagos = load_plan(PLANS / "lagos-pharmacy.cplan")
    open_plan.edit(lagos, "open")
    for key in ("usd_rate", "staff_hourly_cost", "customer_lifetime_value"):
        text = page._labels[key].text()
        assert "NGN" in text and "ILS" not in text, (key, text)
    open_plan.undo_stack.undo()
    assert "ILS" in page._labels["usd_rate"].text()


def test_a_new_currency_takes_its_published_dollar_rate_and_says_amounts_are_kept(
    qtbot, app_context
):
    """The bakery switched from shekels to naira: the dollar rate of the shekel would price
    every SMS in naira 400 times too cheap, so the naira's published rate replaces it (one
    undo step), and the owner is told that amounts keep their numbers."""
    from PySide6.QtWidgets import QMainWindow

    window = QMainWindow()
    qtbot.addWidget(window)
    page = _page(qtbot, app_context)
    window.setCentralWidget(page)
    open_plan = app_context.open_plan
    before = open_plan.plan
    page.currency.setCurrentIndex(page.currency.findData("NGN"))
    page.currency.activated.emit(page.currency.currentIndex())
    business = open_plan.plan.business
    published = app_context.reference.countries["NG"].value("usd_rate")
    assert business.currency == "NGN" and business.usd_rate == pytest.approx(published, rel=1e-3)
    assert business.staff_hourly_cost == before.business.staff_hourly_cost  # not converted
    assert "not converted" in window.statusBar().currentMessage()
    open_plan.undo_stack.undo()
    assert open_plan.plan == before


def test_the_gross_margin_is_open_only_when_losses_count_lost_profit(qtbot, app_context):
    page = _page(qtbot, app_context)
    open_plan = app_context.open_plan
    assert open_plan.plan.settings.loss_basis == "revenue"
    assert not page.gross_margin.isEnabled()  # its 100% is not used: greyed
    page.loss_basis.setCurrentIndex(page.loss_basis.findData("margin"))
    page.loss_basis.activated.emit(page.loss_basis.currentIndex())
    assert open_plan.plan.settings.loss_basis == "margin" and page.gross_margin.isEnabled()
    open_plan.undo_stack.undo()
    assert not page.gross_margin.isEnabled()
