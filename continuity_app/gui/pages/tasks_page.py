"""The Action plan page: the preparation tasks the business has taken on, and where it stands
today against where it will stand once the open ones are done."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from continuity_app.core.display import format_list
from continuity_app.core.i18n import translate
from continuity_app.core.labels import status_label
from continuity_app.core.outlook import Outlook, Standing
from continuity_app.core.plan import Plan, TaskStatus
from continuity_app.core.plan_change import PlanChange
from continuity_app.core.plan_content import next_review, review_overdue
from continuity_app.core.plan_edits import AddTask, MarkReviewed, RemoveTask
from continuity_app.core.tasks import overdue
from continuity_app.core.terms import term
from continuity_app.gui.cell_editors import ChoiceDelegate, DateDelegate
from continuity_app.gui.context import AppContext
from continuity_app.gui.labels import ERROR_STYLE
from continuity_app.gui.models.tasks_model import COLUMNS, TasksModel
from continuity_app.gui.pages.base import Page
from continuity_app.gui.table_layout import compact_columns


class TasksPage(Page):
    """The action plan: tasks by due date, today versus when the open tasks are done."""

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(context, parent)
        self.today = today
        self.outlook: Outlook | None = None
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.comparison = QTableWidget(4, 2, self)
        self.comparison.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.comparison.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.comparison.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.comparison.setWordWrap(True)  # rows fit on show and resize (_fit_comparison)
        self.comparison.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.review = QLabel(self)
        self.review.setWordWrap(True)
        self.reviewed_button = QPushButton(self)
        self.reviewed_button.clicked.connect(self.mark_reviewed)

        self.model = TasksModel(context.open_plan, context.reference, context.formatter, today)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COLUMNS.index("due"), Qt.SortOrder.AscendingOrder)
        self.table.setItemDelegateForColumn(
            COLUMNS.index("status"),
            ChoiceDelegate(lambda: [(status_label(s), s.value) for s in TaskStatus], self.table),
        )
        self.table.setItemDelegateForColumn(COLUMNS.index("due"), DateDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setWordWrap(True)
        self.table.setTabKeyNavigation(False)
        self.model.modelReset.connect(self._fit_columns)
        self.model.dataChanged.connect(lambda *_: self._fit_columns())
        self._columns_stale = True
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.model.editFailed.connect(self.error.setText)

        self.new_button = QPushButton(self)
        self.new_button.clicked.connect(self.new_task)
        self.done_button = QPushButton(self)
        self.done_button.clicked.connect(self.mark_done)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self.remove_task)
        self.csv_button = QPushButton(self)
        self.csv_button.clicked.connect(self.export_csv)
        self.ics_button = QPushButton(self)
        self.ics_button.clicked.connect(self.export_calendar)
        self.exported = QLabel(self)
        self.exported.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.done_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.csv_button)
        buttons.addWidget(self.ics_button)
        review_row = QHBoxLayout()
        review_row.addWidget(self.review, 1)
        review_row.addWidget(self.reviewed_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.comparison)
        layout.addLayout(review_row)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.exported)
        layout.addLayout(buttons)

        context.engine.outlookReady.connect(self._show_outlook)
        context.engine.slowStarted.connect(self._waiting)
        context.open_plan.planChanged.connect(self._plan_changed)
        context.open_plan.displayChanged.connect(lambda _plan: self.retranslate())
        self.retranslate()

    def title(self) -> str:
        return self.tr("Action plan")

    def missing(self) -> list[str]:
        plan = self.context.open_plan.plan
        late = [
            self.tr("The task “%1” is overdue.").replace("%1", task.title)
            for task in overdue(plan, self.today())
        ]
        if review_overdue(plan, self.today()):
            late.append(self.tr("The plan is past its review date."))
        return late

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "The steps you have decided to take, with who does them and by when. A step "
                "counts in how ready you are today only once it is marked done; until then it "
                "shows in the right-hand column, as what the plan will give."
            )
        )
        self.new_button.setText(self.tr("&New task…"))
        self.done_button.setText(self.tr("Mark &done"))
        self.remove_button.setText(self.tr("&Remove task"))
        self.csv_button.setText(self.tr("Export as spreadsheet (CSV)…"))
        self.ics_button.setText(self.tr("Export to calendar (.ics)…"))
        self.reviewed_button.setText(self.tr("Mark the plan as reviewed today"))
        self.table.setAccessibleName(self.tr("Preparation tasks"))
        self.comparison.setAccessibleName(self.tr("Today and when the open tasks are done"))
        self.comparison.setVerticalHeaderLabels(
            [
                term("ale").plain,
                self.tr("Bad year (1 in 10)"),
                term("mtpd").plain,
                self.tr("Minimum service kept"),
            ]
        )
        self._show_outlook(self.outlook)
        self._fit_comparison()
        self._fit_columns()
        self._show_review()
        self._show_empty()
        self._enable()

    # -- showing ---------------------------------------------------------------------------

    def _plan_changed(self, _plan: Plan, change: PlanChange) -> None:
        if change.touches("tasks", "details"):
            self.missingChanged.emit()
            self._show_review()
            self._show_empty()
            self._enable()

    def _waiting(self) -> None:
        if self.outlook is None:
            self.comparison.setHorizontalHeaderLabels([self.tr("Today"), ""])

    def _show_outlook(self, outlook: Outlook | None) -> None:
        self.outlook = outlook
        if outlook is None:
            self._waiting()
            return
        self.model.set_worth(outlook.worth)
        if outlook.changes:
            later = translate("TasksPage", "With %n open task(s) done", None, outlook.open_tasks)
        else:
            later = self.tr("No open task: the same")
        self.comparison.setHorizontalHeaderLabels([self.tr("Today"), later])
        for column, standing in enumerate((outlook.today, outlook.when_done)):
            for row, text in enumerate(self._figures(standing)):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.comparison.setItem(row, column, item)
        self._fit_comparison()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._columns_stale:
            self._fit_columns()
        self._fit_comparison()  # the columns have their widths now: wrapped rows fit

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_comparison()

    def _fit_comparison(self) -> None:
        """As tall as its rows: four figures never scroll out of sight."""
        table = self.comparison
        table.resizeRowsToContents()
        rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
        header = table.horizontalHeader().sizeHint().height()
        table.setFixedHeight(rows + header + 2 * table.frameWidth() + 2)

    def _fit_columns(self) -> None:
        """The task's words take the width the figures, names and dates do not need (when
        shown: measuring every cell on each edit of a hidden page is wasted)."""
        self._columns_stale = not self.isVisible()
        if self._columns_stale:
            return
        others = [c for c in range(len(COLUMNS)) if COLUMNS[c] != "title"]
        compact_columns(self.table, numbers=others, stretch=COLUMNS.index("title"), lines=3)
        # names of activities and channels can be long: they wrap rather than squeeze the task
        widest = self.table.fontMetrics().horizontalAdvance("x") * 18
        for key in ("function", "channel", "owner"):
            column = COLUMNS.index(key)
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), widest))
        self.table.resizeRowsToContents()

    def _figures(self, standing: Standing) -> list[str]:
        fmt = self.context.formatter()
        plan = self.context.open_plan.plan
        if standing.mtpd_hours is None:
            longest = self.tr("more than a week")
        else:
            longest = fmt.hours(standing.mtpd_hours)
        count = len(standing.minimum_service_set)
        values = {
            "kept": fmt.number(count - len(standing.minimum_service_breached)),
            "count": fmt.number(count),
        }
        if not count:
            service = self.tr("no minimum set")
        elif standing.minimum_service_breached:
            names = {f.id: f.name for f in plan.functions}
            service = translate(
                "TasksPage", "{kept} of {count} activities keep it; not kept: {names}"
            ).format(
                names=format_list(names.get(i, i) for i in standing.minimum_service_breached),
                **values,
            )
        else:
            service = translate("TasksPage", "{kept} of {count} activities keep it").format(
                **values
            )
        return [
            fmt.money(standing.ale, whole=True),
            fmt.money(standing.p90_year, whole=True),
            longest,
            service,
        ]

    def _show_review(self) -> None:
        plan = self.context.open_plan.plan
        due = next_review(plan)
        today = self.today()
        if due is None:
            text = self.tr(
                "No review of this plan is recorded. Review it with the people who act in it, "
                "then mark it reviewed: the next review falls due six months later."
            )
        elif due < today:
            text = self.tr("The plan was due for review on %1: review it, then mark it.").replace(
                "%1", self.context.formatter().date(due)
            )
        else:
            text = self.tr("Next review of the plan: %1.").replace(
                "%1", self.context.formatter().date(due)
            )
        self.review.setText(text)
        self.review.setStyleSheet(ERROR_STYLE if due is not None and due < today else "")

    def _show_empty(self) -> None:
        plan = self.context.open_plan.plan
        text = ""
        if not plan.tasks:
            text = self.tr(
                "No tasks yet. On the Recommendations page, choose a step and press “Add this "
                "step to the action plan”, or make one here with “New task”."
            )
        self.empty.setText(text)
        self.empty.setVisible(bool(text))

    def _enable(self) -> None:
        task = self.selected_task_id()
        self.remove_button.setEnabled(task is not None)
        status = self.context.open_plan.plan.task(task).status if task else None
        self.done_button.setEnabled(status is not None and status.is_open)
        plan = self.context.open_plan.plan
        self.new_button.setEnabled(bool(plan.functions))
        self.csv_button.setEnabled(bool(plan.tasks))
        self.ics_button.setEnabled(any(t.status.is_open and t.due for t in plan.tasks))

    # -- acting ------------------------------------------------------------------------------

    def selected_task_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        row = self.proxy.mapToSource(rows[0]).row()
        if row >= self.model.rowCount():
            return None
        return self.model.task_at(row).id

    def select_task(self, task_id: str) -> None:
        index = self.proxy.mapFromSource(self.model.index(self.model.row_of(task_id), 0))
        self.table.selectRow(index.row())

    def mark_done(self) -> None:
        task = self.selected_task_id()
        if task is not None:
            self.error.clear()
            self.model.set_status(task, TaskStatus.DONE)
            self._enable()

    def remove_task(self) -> None:
        task = self.selected_task_id()
        if task is not None:
            self.context.open_plan.apply(RemoveTask(task))

    def mark_reviewed(self) -> None:
        self.context.open_plan.apply(MarkReviewed(self.today()))

    def new_task(self) -> None:
        from continuity_app.gui.new_task_dialog import NewTaskDialog

        plan = self.context.open_plan.plan
        dialog = NewTaskDialog(plan, self.context.reference, self.today(), self)
        if dialog.exec() and (task := dialog.task()) is not None:
            self.context.open_plan.apply(AddTask(task))
            self.select_task(self.context.open_plan.plan.tasks[-1].id)

    # -- exporting ----------------------------------------------------------------------------

    def _export_path(self, caption: str, suffix: str, kind: str) -> Path | None:
        """Where to write an export, asked beside the plan; None when the user cancels."""
        from PySide6.QtWidgets import QFileDialog

        from continuity_app.gui.open_plan import file_stem

        open_plan = self.context.open_plan
        folder = open_plan.path.parent if open_plan.path else Path.home()
        name = folder / f"{file_stem(open_plan.plan)}-tasks{suffix}"
        chosen, _ = QFileDialog.getSaveFileName(self, caption, str(name), kind)
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix else path.with_suffix(suffix)

    def export_csv(self) -> None:
        from continuity_app.io.task_export import TaskExportError, write_tasks_csv

        path = self._export_path(
            self.tr("Export the tasks as a spreadsheet"), ".csv", self.tr("CSV files (*.csv)")
        )
        if path is None:
            return
        worth = self.outlook.worth if self.outlook else None
        try:
            count = write_tasks_csv(
                self.context.open_plan.plan, self.context.reference, path, worth
            )
        except (TaskExportError, OSError) as error:
            self._export_failed(path, error)
            return
        self.error.clear()
        self.exported.setText(
            translate("TasksPage", "%n task(s) written to {path}.", None, count).format(path=path)
        )

    def export_calendar(self) -> None:
        from continuity_app.io.task_export import TaskExportError, write_tasks_ics

        path = self._export_path(
            self.tr("Export the tasks to a calendar"),
            ".ics",
            self.tr("Calendar files (*.ics)"),
        )
        if path is None:
            return
        worth = self.outlook.worth if self.outlook else None
        try:
            count = write_tasks_ics(
                self.context.open_plan.plan, self.context.reference, path, worth=worth
            )
        except (TaskExportError, OSError) as error:
            self._export_failed(path, error)
            return
        self.error.clear()
        text = translate(
            "TasksPage",
            "%n open task(s) written to {path} as calendar entries, each on its due date "
            "with a reminder the day before.",
            None,
            count.events,
        ).format(path=path)
        if count.undated:
            text += " " + translate(
                "TasksPage",
                "%n open task(s) have no due date and were left out: give them one.",
                None,
                count.undated,
            )
        self.exported.setText(text)

    def _export_failed(self, path: Path, error: Exception) -> None:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        self.exported.clear()
        self.error.setText(
            self.tr("The tasks could not be written to %1: %2. Choose another place.")
            .replace("%1", str(path))
            .replace("%2", reason)
        )
