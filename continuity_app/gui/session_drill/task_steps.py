"""Drill steps on the action plan: plan a recommended step, edit tasks in the table, mark one
done, add one by hand, remove one, record a review."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog

from continuity_app.core.plan import TaskStatus
from continuity_app.gui.models.tasks_model import COLUMNS
from continuity_app.gui.new_task_dialog import NewTaskDialog
from continuity_app.gui.session_drill.keyboard import WORDS, DrillInput


class TaskSteps(DrillInput):
    """Steps that turn advice into tasks and move them along."""

    def tasks(self) -> None:
        page = self.tasks_page
        model = page.model
        roll = self.rng.random()
        if roll < 0.2 or not model.rowCount():
            self._plan_a_step()
            return
        self._show(page)
        row = self.rng.randrange(model.rowCount())
        task_id = model.task_at(row).id
        view_row = page.proxy.mapFromSource(model.index(row, 0)).row()
        if roll < 0.5:
            key = self.rng.choice(("owner", "title", "one_off_cost", "readiness_when_done"))
            text = {
                "owner": " ".join(self.rng.sample(WORDS, 2)),
                "title": " ".join(self.rng.sample(WORDS, 5)),
                "one_off_cost": self._number(self.rng.uniform(0, 500)),
                "readiness_when_done": self.rng.choice(("35", "80", "150", self._bad_text())),
            }[key]
            self._edit_cell(page.table, page.proxy.index(view_row, COLUMNS.index(key)), text)
        elif roll < 0.6:
            day = dt.date.today() + dt.timedelta(days=self.rng.randint(-30, 90))
            due = page.proxy.index(view_row, COLUMNS.index("due"))
            page.proxy.setData(due, QDate(day.year, day.month, day.day))
        elif roll < 0.75:
            model.set_status(task_id, self.rng.choice(list(TaskStatus)))
        elif roll < 0.85:
            page.select_task(task_id)
            page.mark_done()
        elif roll < 0.92 and self.open_plan.plan.functions:
            self._close_modal(NewTaskDialog, self._type_a_task)
            page.new_task()
        elif roll < 0.97 and model.rowCount() > 2:
            page.select_task(task_id)
            page.remove_task()
        else:
            page.mark_reviewed()

    def _plan_a_step(self) -> None:
        page = self.recommendations_page
        self._show(page)
        self.engine.wait()  # the results under way: no new job, as a user would wait
        if not page.add_button.isEnabled() and not self.engine.recommendations_up_to_date:
            return  # the steps shown are for an older plan: nothing to plan from them yet
        table = page.actions_table
        rows = [r for r in range(table.rowCount()) if table.item(r, 1) is not None]
        if rows:
            table.setCurrentCell(self.rng.choice(rows), 0)
            page.add_selected_to_plan()

    def _type_a_task(self, dialog: QDialog) -> None:
        assert isinstance(dialog, NewTaskDialog)  # the one _close_modal waited for
        dialog.what.setText(" ".join(self.rng.sample(WORDS, 4)))
        dialog.channel.setCurrentIndex(self.rng.randrange(dialog.channel.count()))
        dialog.readiness.setValue(self.rng.uniform(1, 100))
        dialog.has_due.setChecked(self.rng.random() < 0.7)
        dialog._accept()
