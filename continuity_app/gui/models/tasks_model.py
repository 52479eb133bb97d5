"""The action plan table: each preparation task with its owner, due date, cost, status and
what it will give when done; every change is one undoable edit."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from continuity_app.core.display import channel_name
from continuity_app.core.fields import Field, fields
from continuity_app.core.i18n import translate
from continuity_app.core.labels import status_label
from continuity_app.core.plan import Plan, Task, TaskStatus
from continuity_app.core.plan_change import PlanChange
from continuity_app.core.plan_edits import PlanEdit, SetTaskField, SetTaskStatus
from continuity_app.core.reference import ReferenceData
from continuity_app.gui.formatting import PDI, Formatter
from continuity_app.gui.models.reference_table import FSI
from continuity_app.gui.models.refusal import check_field, not_a_number, problem_text, refusal
from continuity_app.gui.open_plan import OpenPlan
from continuity_app.gui.uncertain_text import format_uncertain, parse_number

Index = QModelIndex | QPersistentModelIndex

WORTH = "worth"  # the column of what an open task saves a year (from the outlook)
COLUMNS: tuple[str, ...] = (
    "title",
    "function",
    "channel",
    "owner",
    "due",
    "status",
    "one_off_cost",
    "monthly_cost",
    "readiness_when_done",
    "delay_when_done_hours",
    WORTH,
)
_EDITABLE = frozenset(
    {
        "title",
        "owner",
        "due",
        "status",
        "one_off_cost",
        "monthly_cost",
        "readiness_when_done",
        "delay_when_done_hours",
    }
)
_NUMBERS = frozenset(
    {"one_off_cost", "monthly_cost", "readiness_when_done", "delay_when_done_hours"}
)
_OVERDUE = QColor(176, 0, 32)
_CLOSED = QColor(110, 110, 110)


class TasksModel(QAbstractTableModel):
    """The plan's tasks in the plan's order; the view sorts them through a proxy."""

    editFailed = Signal(str)  # why a typed value was not used

    def __init__(
        self,
        open_plan: OpenPlan,
        reference: ReferenceData,
        formatter: Callable[[], Formatter],
        today: Callable[[], dt.date] = dt.date.today,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.open_plan = open_plan
        self.reference = reference
        self.formatter = formatter
        self.today = today
        self.worth: dict[str, float] = {}
        self._ids = [t.id for t in open_plan.plan.tasks]
        open_plan.planChanged.connect(self._plan_changed)
        open_plan.displayChanged.connect(self._plan_changed)

    # -- keeping up with the plan ------------------------------------------------------------

    def _plan_changed(self, plan: Plan, change: PlanChange | None = None) -> None:
        if change is not None and not change.touches("tasks") and not change.touches("functions"):
            return
        ids = [t.id for t in plan.tasks]
        if ids != self._ids:
            self.beginResetModel()
            self._ids = ids
            self.endResetModel()
        elif ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(ids) - 1, len(COLUMNS) - 1))

    def set_worth(self, worth: dict[str, float]) -> None:
        """What each open task saves a year on its own, from the latest outlook."""
        self.worth = dict(worth)
        if self._ids:
            column = COLUMNS.index(WORTH)
            self.dataChanged.emit(self.index(0, column), self.index(len(self._ids) - 1, column))

    def task_at(self, row: int) -> Task:
        return self.open_plan.plan.task(self._ids[row])

    def row_of(self, task_id: str) -> int:
        return self._ids.index(task_id)

    # -- words --------------------------------------------------------------------------------

    def _field(self, key: str) -> Field | None:
        return next((f for f in fields("task") if f.key == key), None)

    def _title(self, key: str) -> tuple[str, str]:
        if key == WORTH:
            return (
                translate("TasksModel", "Saves a year"),
                translate(
                    "TasksModel",
                    "How much less you can expect to lose to outages each year once this task "
                    "alone is done (open tasks only).",
                ),
            )
        entry = self._field(key)
        assert entry is not None  # every other column is a registry field
        currency = self.open_plan.plan.business.currency
        return entry.title(currency), entry.tip(currency)

    # -- the table ------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        title, tip = self._title(COLUMNS[section])
        if role == Qt.ItemDataRole.DisplayRole:
            return title
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if COLUMNS[index.column()] in _EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        task = self.task_at(index.row())
        key = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._shown(task, key)
        if role == Qt.ItemDataRole.EditRole:
            return self._edited(task, key)
        if role == Qt.ItemDataRole.UserRole:  # what the view sorts by
            return self._sort_key(task, key)
        if role == Qt.ItemDataRole.ForegroundRole:
            if task.overdue(self.today()):
                return QBrush(_OVERDUE)
            if not task.status.is_open:
                return QBrush(_CLOSED)
        if role == Qt.ItemDataRole.ToolTipRole:
            if task.overdue(self.today()):
                return translate("TasksModel", "Overdue: it was due on {date}.").format(
                    date=self._date(task.due)
                )
            if key == "title" and task.notes:
                return task.notes
            return self._title(key)[1]
        if role == Qt.ItemDataRole.TextAlignmentRole and key in _NUMBERS | {WORTH}:
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _date(self, day: dt.date | None) -> str:
        return "" if day is None else self.formatter().date(day)

    def _shown(self, task: Task, key: str) -> str:
        fmt = self.formatter()
        plan = self.open_plan.plan
        if key == "title":
            return f"{FSI}{task.title}{PDI}"
        if key == "function":
            return next((f.name for f in plan.functions if f.id == task.function), task.function)
        if key == "channel":
            return channel_name(self.reference, task.channel)
        if key == "owner":
            return task.owner or translate("TasksModel", "not assigned")
        if key == "due":
            shown = self._date(task.due)
            if task.overdue(self.today()):
                return translate("TasksModel", "{date} (overdue)").format(date=shown)
            return shown
        if key == "status":
            return status_label(task.status)
        if key in ("one_off_cost", "monthly_cost"):
            return fmt.money(getattr(task, key), whole=True)
        if key == "readiness_when_done":
            return fmt.percent(task.readiness_when_done)
        if key == "delay_when_done_hours":
            return fmt.hours(task.delay_when_done_hours)
        if key == WORTH:
            worth = self.worth.get(task.id)
            return "" if worth is None or not task.status.is_open else fmt.money(worth, whole=True)
        return ""

    def _edited(self, task: Task, key: str) -> Any:
        if key == "due":
            day = task.due or self.today()
            return QDate(day.year, day.month, day.day)
        if key == "status":
            return task.status.value
        if key == "readiness_when_done":
            return format_uncertain(task.readiness_when_done, 100.0)
        if key in _NUMBERS:
            return format_uncertain(getattr(task, key))
        if key in ("title", "owner"):
            return getattr(task, key)
        return None

    def _sort_key(self, task: Task, key: str) -> Any:
        if key == "due":
            return (task.due or dt.date.max).toordinal()
        if key == WORTH:
            return self.worth.get(task.id, -1.0)
        if key in _NUMBERS:
            return float(getattr(task, key))
        return self._shown(task, key)

    # -- editing --------------------------------------------------------------------------------

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        task = self.task_at(index.row())
        key = COLUMNS[index.column()]
        if key not in _EDITABLE:
            return False
        if key == "status":
            return self.set_status(task.id, TaskStatus(value))
        if key == "due":
            day = value.toPython() if isinstance(value, QDate) and value.isValid() else None
            return self._apply(SetTaskField(task.id, "due", day), key, str(value))
        if key in _NUMBERS:
            entry = self._field(key)
            assert entry is not None
            typed = str(value).strip()
            label = entry.title(self.open_plan.plan.business.currency)
            try:
                number = parse_number(value if isinstance(value, int | float) else typed)
            except ValueError:
                self.editFailed.emit(not_a_number(label, typed, ranges=False))
                return False
            stored = number / entry.scale
            problem = check_field(entry, typed, stored, self.open_plan.plan.business.currency)
            if problem:
                self.editFailed.emit(problem)
                return False
            return self._apply(SetTaskField(task.id, key, stored), key, typed)
        text = str(value).strip()
        if key == "title" and not text:
            label, _tip = self._title(key)
            self.editFailed.emit(
                refusal(label, text, translate("TasksModel", "say what has to be done."))
            )
            return False
        return self._apply(SetTaskField(task.id, key, text), key, text)

    def set_status(self, task_id: str, status: TaskStatus) -> bool:
        """Change a task's status as one undoable edit; done raises readiness today."""
        return self._apply(SetTaskStatus(task_id, status, self.today()), "status", status.value)

    def _apply(self, edit: PlanEdit, key: str, typed: str) -> bool:
        try:
            self.open_plan.apply(edit)
        except ValidationError as error:
            label, _tip = self._title(key)
            self.editFailed.emit(refusal(label, typed, problem_text(error)))
            return False
        return True
