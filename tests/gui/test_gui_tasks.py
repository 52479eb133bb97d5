"""The action plan in the window: tasks edited in the table, marked done (undoable), today
against the plan done side by side, and what is late said when a plan opens."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt

from continuity_app.core.plan import Task, TaskStatus
from continuity_app.core.plan_edits import AddTask, MarkReviewed, PlanSteps
from continuity_app.core.recommend import recommend
from continuity_app.gui.models.tasks_model import COLUMNS
from continuity_app.gui.pages.tasks_page import TasksPage
from continuity_app.io.examples import load_example
from continuity_app.io.planfile import save_plan

TODAY = dt.date.today()


@pytest.fixture(scope="module")
def planned_bakery():
    """The bakery with its three best steps planned, one overdue and one reviewed long ago."""
    plan = load_example("ramallah-bakery")
    advice = recommend(plan, _reference())
    plan = PlanSteps([v.action for v in advice.actions if v.worth_doing][:3]).apply(plan)
    late = Task(
        id="x",
        title="Collect customers' phone numbers at the till",
        function=plan.functions[0].id,
        channel="sms",
        readiness_when_done=0.3,
        due=TODAY - dt.timedelta(days=10),
        owner="Rana",
    )
    plan = AddTask(late).apply(plan)
    return MarkReviewed(TODAY - dt.timedelta(days=400)).apply(plan)


def _reference():
    from continuity_app.core.reference import load_reference

    return load_reference()


@pytest.fixture
def window(make_window):
    return make_window()


def wait_for_outlook(qtbot, window) -> None:
    engine = window.context.engine
    qtbot.waitUntil(lambda: not engine.busy and engine.outlook is not None, timeout=30000)


def cell(page: TasksPage, task_id: str, key: str):
    return page.model.index(page.model.row_of(task_id), COLUMNS.index(key))


def test_opening_a_plan_with_late_work_says_so_and_leads_to_it(
    qtbot, window, planned_bakery, tmp_path
):
    path = tmp_path / "late.cplan"
    save_plan(planned_bakery, path)
    assert window.open_path(path, confirmed=True)
    notice = window.due_notice
    assert notice.isVisible()
    text = notice.message.text()
    assert "Collect customers' phone numbers at the till" in text
    assert "overdue" in text
    assert "due for review" in text
    notice.show_button.click()
    page = window.page(TasksPage)
    assert window.stack.currentWidget() is page
    assert any("overdue" in m for m in page.missing())
    # the late task done and the plan reviewed: nothing is late, the notice goes
    page.select_task("task-4")
    page.mark_done()
    page.mark_reviewed()
    assert not notice.isVisible()
    assert page.missing() == []


def test_a_plan_with_nothing_late_opens_without_a_notice(qtbot, window, tmp_path):
    plan = MarkReviewed(TODAY).apply(load_example("ramallah-bakery"))
    path = tmp_path / "fine.cplan"
    save_plan(plan, path)
    assert window.open_path(path, confirmed=True)
    assert not window.due_notice.isVisible()


def test_today_and_when_done_side_by_side(qtbot, window, planned_bakery):
    window._adopt(planned_bakery, None)
    window.show_page(TasksPage)
    wait_for_outlook(qtbot, window)
    page = window.page(TasksPage)
    outlook = window.context.engine.outlook
    assert outlook.open_tasks == 4
    assert outlook.when_done.ale < outlook.today.ale
    fmt = window.context.formatter()
    assert page.comparison.item(0, 0).text() == fmt.money(outlook.today.ale, whole=True)
    assert page.comparison.item(0, 1).text() == fmt.money(outlook.when_done.ale, whole=True)
    assert "4" in page.comparison.horizontalHeaderItem(1).text()
    # each open task's worth is in its row
    worth = page.model.index(0, COLUMNS.index("worth")).data()
    assert worth


def test_editing_tasks_in_the_table_and_marking_done_is_undoable(qtbot, window, planned_bakery):
    window._adopt(planned_bakery, None)
    page = window.page(TasksPage)
    model = page.model
    open_plan = window.context.open_plan
    task = open_plan.plan.tasks[0]
    assert model.setData(cell(page, task.id, "owner"), "Samir", Qt.ItemDataRole.EditRole)
    due = QDate(2027, 2, 1)
    assert model.setData(cell(page, task.id, "due"), due, Qt.ItemDataRole.EditRole)
    assert model.setData(cell(page, task.id, "one_off_cost"), "350", Qt.ItemDataRole.EditRole)
    changed = open_plan.plan.task(task.id)
    assert (changed.owner, changed.due, changed.one_off_cost) == (
        "Samir",
        dt.date(2027, 2, 1),
        350.0,
    )
    # refused in the column's words
    assert not model.setData(
        cell(page, task.id, "readiness_when_done"), "150", Qt.ItemDataRole.EditRole
    )
    assert "Ready when done (%)" in page.error.text()
    assert "150" in page.error.text()
    before = open_plan.plan
    assert model.setData(cell(page, task.id, "status"), "done", Qt.ItemDataRole.EditRole)
    assert open_plan.plan.task(task.id).status is TaskStatus.DONE
    assert open_plan.plan.fallbacks != before.fallbacks  # readiness today rose
    window.undo_action.trigger()
    assert open_plan.plan == before


def test_a_task_typed_by_hand(qtbot, window, monkeypatch):
    from continuity_app.gui import new_task_dialog

    page = window.page(TasksPage)

    def answer(dialog):
        dialog._accept()
        assert "Say what has to be done" in dialog.error.text()
        dialog.what.setText("Put the SMS number on the shop sign")
        dialog.channel.setCurrentIndex(dialog.channel.findData("sms"))
        dialog._accept()
        assert "more than 0%" in dialog.error.text()  # a task that reaches no one
        dialog.readiness.setValue(25)
        dialog._accept()
        return True

    monkeypatch.setattr(new_task_dialog.NewTaskDialog, "exec", answer)
    page.new_task()
    (task,) = window.context.open_plan.plan.tasks
    assert (task.title, task.channel, task.readiness_when_done) == (
        "Put the SMS number on the shop sign",
        "sms",
        0.25,
    )
    assert page.selected_task_id() == task.id
    assert page.remove_button.isEnabled()
    page.remove_task()
    assert window.context.open_plan.plan.tasks == []


def test_the_overview_says_where_the_open_tasks_lead(qtbot, window, planned_bakery):
    from continuity_app.gui.pages.summary_page import SummaryPage

    page = window.page(SummaryPage)
    assert not page.planned.isVisibleTo(page)  # the example has no task
    window._adopt(planned_bakery, None)
    wait_for_outlook(qtbot, window)
    outlook = window.context.engine.outlook
    assert page.planned.isVisibleTo(page)
    text = page.planned.text()
    assert page._money(outlook.when_done.ale) in text
    assert page._money(outlook.today.ale) in text
    assert "4 open tasks of your action plan done" in text


def test_tasks_export_as_csv_and_calendar_from_the_page(
    qtbot, window, planned_bakery, tmp_path, monkeypatch
):
    import csv

    from PySide6.QtWidgets import QFileDialog

    window._adopt(planned_bakery, None)
    page = window.page(TasksPage)
    target = {"path": tmp_path / "tasks.csv"}
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target["path"]), "")
    )
    page.export_csv()
    rows = list(csv.reader(target["path"].open(encoding="utf-8")))
    assert len(rows) == 1 + len(planned_bakery.tasks)
    assert "4 tasks written" in page.exported.text()
    target["path"] = tmp_path / "tasks"  # no suffix: .ics is added
    page.export_calendar()
    text = (tmp_path / "tasks.ics").read_text(encoding="utf-8")
    assert text.count("BEGIN:VEVENT") == 1  # only the dated open task
    assert "3 open tasks have no due date" in page.exported.text()
    # a place that cannot be written: said in words, nothing else changes
    target["path"] = tmp_path / "missing-folder" / "x.csv"
    page.export_csv()
    assert "could not be written" in page.error.text()


def test_recovered_work_with_late_tasks_says_so(qtbot, window, planned_bakery):
    window.context.open_plan.restore(planned_bakery, None)
    assert window.due_notice.isVisible()
    assert "overdue" in window.due_notice.message.text()


def test_the_window_still_exports_its_results(qtbot, window, planned_bakery, tmp_path):
    """File > Export results writes the window's results (they now carry the outlook too)."""
    import csv

    from continuity_app.gui.spreadsheet_dialog import export_results_to

    window._adopt(planned_bakery, None)
    target = tmp_path / "results.csv"
    export_results_to(window.context, target)
    rows = list(csv.reader(target.open(encoding="utf-8")))
    assert len(rows) > 10
    assert {"Scenarios", "Actions"} <= {row[0] for row in rows[1:]}


def test_a_step_planned_elsewhere_is_marked_when_recommendations_show(qtbot, window):
    from continuity_app.gui.pages.recommendations_page import RecommendationsPage

    engine = window.context.engine
    qtbot.waitUntil(lambda: engine.recommendations_up_to_date and not engine.busy, timeout=30000)
    window.show_page(TasksPage)
    step = next(v.action for v in engine.recommendations.actions if v.worth_doing)
    window.context.open_plan.apply(PlanSteps([step]))  # e.g. from the Overview or a script
    page = window.page(RecommendationsPage)
    window.show_page(RecommendationsPage)
    titles = [page.actions_table.item(r, 0).text() for r in range(page.actions_table.rowCount())]
    assert any(step.title in t and "On the action plan: Planned" in t for t in titles)
