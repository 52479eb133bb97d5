"""The Welcome page's choices, the guided set-up of a new plan, and the window's first start."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt, QTime
from PySide6.QtWidgets import QApplication, QWizard

from continuity_app.core.plan import FunctionKind, Plan
from continuity_app.gui import app as gui_app
from continuity_app.gui.main_window import page_classes
from continuity_app.gui.new_plan_dialog import NewPlanWizard
from continuity_app.gui.pages.business_page import BusinessPage
from continuity_app.gui.pages.summary_page import SummaryPage
from continuity_app.gui.pages.welcome_page import WelcomePage
from continuity_app.gui.settings import RECENT_FILES, Settings
from continuity_app.io.examples import example_names, load_example
from continuity_app.io.planfile import save_plan
from tests.gui.mirroring import assert_label_right_of_its_field, assert_right_of
from tests.gui.sidebar import sidebar_item


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


def test_recent_plans_are_listed_and_open(qtbot, app_context, tmp_path):
    saved = tmp_path / "pharmacy.cplan"
    save_plan(load_example("ramallah-bakery"), saved)
    app_context.settings.set(RECENT_FILES, [str(saved), str(tmp_path / "gone.cplan")])
    page = _page(qtbot, app_context)
    assert page.recent.isVisible() and page.recent.count() == 1  # the missing file is left out
    with qtbot.waitSignal(page.recentChosen) as blocker:
        page.recent.itemActivated.emit(page.recent.item(0))
    assert blocker.args == [str(saved)]


def fill_wizard(wizard: NewPlanWizard, kinds: list[FunctionKind]) -> None:
    """Answer every page as an owner would, through the widgets."""
    business = wizard.business
    business.name.setText("Nour Café")
    business.sector.setText("Café")
    business.set_country(business.country, "JO")
    business.second.setChecked(True)
    business.set_country(business.second_country, "PS")
    business.second_share.setValue(30)
    business.closes.setTime(QTime(22, 0))
    business.staff.setValue(6)
    business.cost.setValue(4.5)
    for row in wizard.activities.rows:
        row.box.setChecked(row.kind in kinds)
        row.per_day.setValue(10 if row.kind in kinds else 0)
        if row.kind == FunctionKind.ORDERS_SALES:
            row.per_day.setValue(35)
            row.share.setValue(60)
            row.others["instagram"].setValue(25)
            row.value.setValue(12.5)
    customers = wizard.customers
    customers.wait.setCurrentIndex(customers.wait.findData(2.0))
    customers.channels["voice"].setCurrentIndex(customers.channels["voice"].findData(0.5))


def _finish(qtbot, wizard: NewPlanWizard) -> None:
    for _ in range(3):
        assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
        wizard.next()
    assert wizard.currentPage() is wizard.bearable
    wizard.button(QWizard.WizardButton.FinishButton).click()


def test_the_wizard_builds_the_plan_the_owner_described(qtbot, app_context):
    wizard = NewPlanWizard(app_context.reference, app_context.settings)
    qtbot.addWidget(wizard)
    wizard.show()
    kinds = [FunctionKind.ORDERS_SALES, FunctionKind.SUPPLIER_COORDINATION]
    fill_wizard(wizard, kinds)
    assert wizard.business.currency.currentData() == "JOD"  # follows the main country
    _finish(qtbot, wizard)
    plan = wizard.plan()
    assert isinstance(plan, Plan)
    assert [f.kind for f in plan.functions] == kinds
    orders = plan.function("orders_sales")
    assert (orders.daily_interactions, orders.channel_mix) == (
        35,
        {"whatsapp": 0.6, "instagram": 0.25},
    )
    assert plan.function("supplier_coordination").channel_mix == {"whatsapp": 0.9}
    assert orders.revenue_per_interaction == 12.5 and orders.patience_hours == 2.0
    assert [(f.function, f.channel, f.readiness) for f in plan.fallbacks] == [
        ("orders_sales", "voice", 0.5)
    ]
    assert plan.business.country_mix == {"JO": 0.7, "PS": 0.3}
    assert plan.business.opening_hours["mon"] == ["09:00-22:00"]
    assert "sun" not in plan.business.opening_hours
    # a day of the sales a Meta outage cuts off (WhatsApp and Instagram):
    # 35 * (0.6 + 0.25) * 12.5 = 371.9, said as 370
    assert plan.tolerance.max_loss_per_outage == 370
    assert Plan.model_validate(plan.model_dump()) == plan


def test_the_wizard_says_what_is_missing_and_waits(qtbot, app_context):
    wizard = NewPlanWizard(app_context.reference, app_context.settings)
    qtbot.addWidget(wizard)
    wizard.show()
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()  # no name yet
    wizard.business.name.setText("Mama Put")
    assert not next_button.isEnabled()
    assert "country" in wizard.business.problem.text()  # none is chosen for the owner
    wizard.business.set_country(wizard.business.country, "NG")
    assert not next_button.isEnabled()  # what an hour costs has no default
    assert "hour of work" in wizard.business.problem.text()
    wizard.business.cost.setValue(1500)
    assert next_button.isEnabled()
    wizard.next()
    assert not next_button.isEnabled()  # the ticked activities have no count a day yet
    assert "how many a day for Customer service" in wizard.activities.problem.text()
    orders = next(r for r in wizard.activities.rows if r.kind == FunctionKind.ORDERS_SALES)
    for row in wizard.activities.rows:
        row.box.setChecked(row is orders)
    orders.per_day.setValue(20)
    orders.share.setValue(70)
    orders.others["instagram"].setValue(20)
    orders.others["facebook"].setValue(20)  # 110% in all
    assert not next_button.isEnabled()
    assert "add up to more than 100%" in wizard.activities.problem.text()
    orders.others["facebook"].setValue(10)
    assert next_button.isEnabled()
    for row in wizard.activities.rows:
        row.box.setChecked(False)
    assert not next_button.isEnabled()
    assert "at least one" in wizard.activities.problem.text()


def test_the_bearable_loss_is_explained_and_kept_when_typed(qtbot, app_context):
    wizard = NewPlanWizard(app_context.reference, app_context.settings)
    qtbot.addWidget(wizard)
    wizard.show()
    fill_wizard(wizard, [FunctionKind.ORDERS_SALES])
    for _ in range(3):
        wizard.next()
    page = wizard.bearable
    assert page.amount.value() == 370
    assert "one day of the sales the worst outage would cut off" in page.explanation.text()
    wizard.back()
    wizard.back()
    orders = next(r for r in wizard.activities.rows if r.kind == FunctionKind.ORDERS_SALES)
    orders.others["instagram"].setValue(0)
    wizard.next()
    wizard.next()
    assert page.amount.value() == 260  # 35 * 0.6 * 12.5 = 262.5, said as 260
    assert "one day of your WhatsApp sales" in page.explanation.text()
    page.amount.setValue(1000)
    wizard.back()
    wizard.next()
    assert page.amount.value() == 1000  # the owner's figure is not replaced
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.plan().tolerance.max_loss_per_outage == 1000


def test_new_plan_from_the_welcome_page(qtbot, app_context):
    page = _page(qtbot, app_context)
    wizard = page.start_new_plan()
    fill_wizard(wizard, [FunctionKind.APPOINTMENTS])
    with qtbot.waitSignal(page.planCreated) as blocker:
        _finish(qtbot, wizard)
    assert blocker.args[0].functions[0].kind == FunctionKind.APPOINTMENTS


def test_right_to_left_mirrors_the_page_and_the_guided_set_up(qtbot, app_context):
    """Right to left, the examples card is right of the new-plan and file cards, and the
    guided set-up's labels are right of their fields."""
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        page = _page(qtbot, app_context)
        qtbot.waitExposed(page)
        assert not page.grab().isNull()
        assert_right_of(page.example_box, page.new_plan)
        assert_right_of(page.examples, page.recent)
        wizard = NewPlanWizard(app_context.reference, app_context.settings)
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.waitExposed(wizard)
        assert wizard.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert not wizard.grab().isNull()
        for key in ("name", "sector", "country", "currency", "staff"):
            assert_label_right_of_its_field(wizard.business.labels[key])
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.fixture
def start(qtbot, tmp_path, monkeypatch):
    """Starts the window as `continuity-app` does (settings and recovery in tmp_path)."""
    from continuity_app.gui import recovery

    monkeypatch.setattr(recovery, "recovery_dir", lambda: tmp_path / "recovery")
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))

    def launch(example: str | None = None):
        window, _document = gui_app._window(settings, example)
        qtbot.addWidget(window)
        window.show()
        gui_app.start_session(window, None, ask=lambda *_: recovery.LATER)
        return window

    launch.settings = settings
    yield launch


def test_a_first_start_shows_welcome_with_no_plan_behind_it(start):
    window = start()
    assert not window.has_plan
    assert window.stack.currentWidget() is window.page(WelcomePage)
    assert window.windowTitle() == "Continuity Planner"
    assert not window.save_action.isEnabled() and not window.print_actions.export_action.isEnabled()
    for page_class in page_classes():
        enabled = sidebar_item(window, page_class).flags() & Qt.ItemFlag.ItemIsEnabled
        assert bool(enabled) == (page_class is WelcomePage), page_class.__name__
    # no "still to do" count of a stand-in
    assert "(" not in sidebar_item(window, BusinessPage).text()


def test_the_next_start_opens_the_plan_used_last(start, tmp_path):
    saved = tmp_path / "my-pharmacy.cplan"
    save_plan(load_example("mumbai-clinic"), saved)
    start.settings.add_recent(str(saved))
    window = start()
    assert window.has_plan and window.open_plan.path == saved
    assert window.stack.currentWidget() is window.page(SummaryPage)
    assert window.windowTitle().startswith("my-pharmacy.cplan")
    assert window.save_action.isEnabled()


def test_a_gone_last_plan_leaves_welcome_with_nothing_loaded(start, tmp_path):
    start.settings.add_recent(str(tmp_path / "deleted.cplan"))
    window = start()
    assert not window.has_plan


def test_an_example_asked_for_opens_at_once(start):
    window = start(example="ramallah-bakery")
    assert window.has_plan and window.open_plan.path is None
