"""A newcomer's first run, through the widgets only: from an empty window to an exported PDF."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt, QTime
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QWizard

from continuity_app.core.plan import FunctionKind
from continuity_app.gui import app as gui_app
from continuity_app.gui.new_plan_dialog import NewPlanWizard
from continuity_app.gui.pages.recommendations_page import RecommendationsPage
from continuity_app.gui.pages.summary_page import SummaryPage
from continuity_app.gui.pages.welcome_page import WelcomePage
from continuity_app.gui.settings import Settings
from continuity_app.io.planfile import load_plan


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    from continuity_app.gui import recovery

    monkeypatch.setattr(recovery, "recovery_dir", lambda: tmp_path / "recovery")
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window, _document = gui_app._window(settings, None)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    gui_app.start_session(window, None, ask=lambda *_: recovery.LATER)
    yield window
    window.context.engine.cancel()
    window.context.engine.wait()
    window.open_plan.undo_stack.setClean()


def _type(qtbot, widget, text: str) -> None:
    widget.setFocus()
    widget.selectAll() if hasattr(widget, "selectAll") else None
    qtbot.keyClicks(widget, text)


def _wizard(qtbot, welcome: WelcomePage) -> NewPlanWizard:
    """The set-up the Welcome page opened (its child: not one left over by another test)."""
    qtbot.waitUntil(lambda: welcome.findChild(NewPlanWizard) is not None)
    wizard = welcome.findChild(NewPlanWizard)
    qtbot.waitUntil(wizard.isVisible)
    return wizard


def test_a_pharmacy_owner_in_lagos_goes_from_an_empty_window_to_a_printed_plan(
    qtbot, window, tmp_path, monkeypatch
):
    assert not window.has_plan and window.stack.currentWidget() is window.page(WelcomePage)
    welcome = window.page(WelcomePage)
    qtbot.mouseClick(welcome.new_plan, Qt.MouseButton.LeftButton)
    wizard = _wizard(qtbot, welcome)

    business = wizard.business
    _type(qtbot, business.name, "Ade Pharmacy")
    _type(qtbot, business.sector, "pharmacy")
    business.country.setFocus()
    business.country.lineEdit().selectAll()
    qtbot.keyClicks(business.country.lineEdit(), "Nigeria")
    QTest.keyClick(business.country.lineEdit(), Qt.Key.Key_Return)
    assert business.country.currentData() == "NG"
    assert business.currency.currentData() == "NGN"  # follows the country
    business.closes.setTime(QTime(20, 0))
    _type(qtbot, business.staff, "4")
    _type(qtbot, business.cost, "1500")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)

    activities = {row.kind: row for row in wizard.activities.rows}
    assert activities[FunctionKind.ORDERS_SALES].box.isChecked()  # the common ones start ticked
    _type(qtbot, activities[FunctionKind.CUSTOMER_SERVICE].per_day, "20")
    orders = activities[FunctionKind.ORDERS_SALES]
    _type(qtbot, orders.per_day, "30")
    _type(qtbot, orders.share, "70")
    _type(qtbot, orders.value, "8000")
    delivery = activities[FunctionKind.DELIVERY].box
    # on its tick box: a click on the empty stretch right of the text does nothing, as on screen
    qtbot.mouseClick(delivery, Qt.MouseButton.LeftButton, pos=QPoint(8, delivery.height() // 2))
    assert delivery.isChecked()
    _type(qtbot, activities[FunctionKind.DELIVERY].per_day, "12")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)

    customers = wizard.customers
    customers.wait.setCurrentIndex(customers.wait.findData(2.0))
    customers.channels["voice"].setCurrentIndex(customers.channels["voice"].findData(0.25))
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    # a day of WhatsApp sales: orders 30 x 70% x ₦8,000 = ₦168,000; questions (customer
    # service) 20 x 80% x 0.2 h x ₦1,500 = ₦4,800; deliveries 12 x 90% x 1 h x ₦1,500 =
    # ₦16,200 (function_defaults.csv); ₦189,000 said as ₦190,000
    assert wizard.bearable.amount.value() == 190_000
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)

    # the plan is the owner's, and the window lands on the one-screen overview
    qtbot.waitUntil(lambda: window.has_plan)
    summary = window.page(SummaryPage)
    assert window.stack.currentWidget() is summary
    assert "Ade Pharmacy" in window.windowTitle()
    qtbot.waitUntil(lambda: window.context.engine.recommendations is not None, timeout=30_000)
    qtbot.waitUntil(lambda: not summary.status.isVisible())
    assert all(figure.isVisible() and figure.value.text() for figure in summary.figures)
    assert "₦" in summary.figures[1].value.text()
    steps = [s.text() for s in summary.steps if s.isVisible()]
    assert steps and all(s[0].isdigit() for s in steps)
    qtbot.mouseClick(summary.all_steps, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.page(RecommendationsPage)

    # save, then print to PDF through the File menu's action
    saved = tmp_path / "ade-pharmacy.cplan"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved), ""))
    window.save_action.trigger()
    assert load_plan(saved).business.name == "Ade Pharmacy"
    pdf = tmp_path / "ade-pharmacy.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(pdf), ""))
    window.print_actions.export_action.trigger()
    assert pdf.is_file() and pdf.read_bytes().startswith(b"%PDF")
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Ade Pharmacy" in text
