"""The Welcome page's three choices and the guided new-plan set-up."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from continuity_app.core.document import FunctionKind, Plan
from continuity_app.gui.new_plan_dialog import NewPlanDialog
from continuity_app.gui.pages.welcome_page import WelcomePage
from continuity_app.io.examples import example_names


def _page(qtbot, app_context) -> WelcomePage:
    page = WelcomePage(app_context)
    qtbot.addWidget(page)
    page.resize(1100, 750)
    page.show()
    return page


def test_lists_the_examples_and_opens_one(qtbot, app_context):
    page = _page(qtbot, app_context)
    assert page.examples.count() == len(example_names())
    page.examples.setCurrentRow(1)
    with qtbot.waitSignal(page.exampleChosen) as blocker:
        page.open_example.click()
    assert blocker.args == [example_names()[1]]


def test_open_a_file_is_requested(qtbot, app_context):
    page = _page(qtbot, app_context)
    with qtbot.waitSignal(page.openRequested):
        page.open_file.click()


def _fill(dialog: NewPlanDialog, kinds: list[FunctionKind]) -> None:
    dialog.name.setText("Nour Café")
    dialog.sector.setText("Café")
    dialog.set_country(dialog.country, "JO")
    dialog.second.setChecked(True)
    dialog.set_country(dialog.second_country, "PS")
    dialog.second_share.setValue(30)
    for kind, box in dialog.kinds.items():
        box.setChecked(kind in kinds)
    dialog.messages.setValue(400)
    dialog.staff.setValue(6)
    dialog.cost.setValue(4.5)


def test_new_plan_dialog_builds_a_valid_plan(qtbot, app_context):
    dialog = NewPlanDialog(app_context.reference, app_context.settings)
    qtbot.addWidget(dialog)
    kinds = [FunctionKind.ORDERS_SALES, FunctionKind.SUPPLIER_COORDINATION, FunctionKind.DELIVERY]
    _fill(dialog, kinds)
    assert dialog.currency.currentData() == "JOD"  # follows the main country
    dialog.accept()
    plan = dialog.plan()
    assert isinstance(plan, Plan)
    assert [f.kind for f in plan.functions] == kinds
    assert plan.business.country_mix == {"JO": 0.7, "PS": 0.3}
    assert plan.business.currency == "JOD"
    assert Plan.model_validate(plan.model_dump()) == plan


def test_new_plan_dialog_needs_a_function(qtbot, app_context):
    dialog = NewPlanDialog(app_context.reference, app_context.settings)
    qtbot.addWidget(dialog)
    _fill(dialog, [])
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    assert dialog.error.text()
    dialog.accept()
    assert dialog.plan() is None


def test_new_plan_from_the_welcome_page(qtbot, app_context):
    page = _page(qtbot, app_context)
    dialog = page.start_new_plan()
    _fill(dialog, [FunctionKind.APPOINTMENTS])
    with qtbot.waitSignal(page.planCreated) as blocker:
        dialog.accept()
    assert blocker.args[0].functions[0].kind == FunctionKind.APPOINTMENTS


def test_grabs_right_to_left(qtbot, app_context):
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        page = _page(qtbot, app_context)
        assert not page.grab().isNull()
        dialog = NewPlanDialog(app_context.reference, app_context.settings)
        qtbot.addWidget(dialog)
        assert not dialog.grab().isNull()
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
