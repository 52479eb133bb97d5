"""A preparation task typed by hand: what, for which activity and channel, what it will give
when done, who and by when."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from continuity_app.core.channel_fit import fallback_channels
from continuity_app.core.display import channel_name
from continuity_app.core.fields import field
from continuity_app.core.plan import Plan, Task
from continuity_app.core.reference import ReferenceData
from continuity_app.gui.labels import ERROR_STYLE, collation_key


class NewTaskDialog(QDialog):
    """Asks for a task; `task()` is the answer once accepted."""

    def __init__(
        self,
        plan: Plan,
        reference: ReferenceData,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New preparation task"))
        currency = plan.business.currency
        self.what = QLineEdit(self)
        self.what.setPlaceholderText(
            self.tr("For example: print the shop's SMS number on every receipt")
        )
        self.function = QComboBox(self)
        for function in plan.functions:
            self.function.addItem(function.name, function.id)
        self.channel = QComboBox(self)
        collate = collation_key()
        names = sorted(
            ((channel_name(reference, c), c) for c in fallback_channels(reference)),
            key=lambda pair: collate(pair[0]),
        )
        for name, channel in names:
            self.channel.addItem(name, channel)
        self.readiness = QDoubleSpinBox(self)
        self.readiness.setRange(0.0, 100.0)
        self.readiness.setDecimals(0)
        self.readiness.setSuffix(" %")
        self.delay = QDoubleSpinBox(self)
        self.delay.setRange(0.0, 168.0)
        self.delay.setDecimals(1)
        self.delay.setValue(1.0)
        self.owner = QLineEdit(self)
        self.has_due = QCheckBox(self.tr("Due by"), self)
        self.due = QDateEdit(self)
        self.due.setCalendarPopup(True)
        self.due.setDate(QDate(today.year, today.month, today.day).addMonths(1))
        self.due.setEnabled(False)
        self.has_due.toggled.connect(self.due.setEnabled)
        self.one_off = QDoubleSpinBox(self)
        self.one_off.setRange(0.0, 1e12)
        self.one_off.setDecimals(2)
        self.monthly = QDoubleSpinBox(self)
        self.monthly.setRange(0.0, 1e12)
        self.monthly.setDecimals(2)
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)

        def label(key: str) -> str:
            return field("task", key).title(currency)

        form = QFormLayout(self)
        form.addRow(label("title"), self.what)
        form.addRow(label("function"), self.function)
        form.addRow(label("channel"), self.channel)
        form.addRow(label("readiness_when_done"), self.readiness)
        form.addRow(label("delay_when_done_hours"), self.delay)
        form.addRow(label("owner"), self.owner)
        form.addRow(self.has_due, self.due)
        form.addRow(label("one_off_cost"), self.one_off)
        form.addRow(label("monthly_cost"), self.monthly)
        form.addRow(self.error)
        form.addRow(buttons)
        for widget, key in (
            (self.readiness, "readiness_when_done"),
            (self.delay, "delay_when_done_hours"),
            (self.owner, "owner"),
        ):
            widget.setToolTip(field("task", key).tip(currency))
        self._task: Task | None = None

    def _accept(self) -> None:
        what = self.what.text().strip()
        if not what:
            self.error.setText(self.tr("Say what has to be done, in a few words."))
            return
        if self.function.count() == 0:
            self.error.setText(
                self.tr("The plan has no activity yet: add one on the Functions page first.")
            )
            return
        if self.readiness.value() <= 0:
            self.error.setText(
                self.tr(
                    "Say what share of the activity's customers the channel will reach once "
                    "the task is done (more than 0%)."
                )
            )
            return
        due = self.due.date().toPython() if self.has_due.isChecked() else None
        self._task = Task(
            id="new",  # the plan gives it its id when it is added
            title=what,
            function=self.function.currentData(),
            channel=self.channel.currentData(),
            readiness_when_done=self.readiness.value() / 100.0,
            delay_when_done_hours=self.delay.value(),
            owner=self.owner.text().strip(),
            due=due if isinstance(due, dt.date) else None,
            one_off_cost=self.one_off.value(),
            monthly_cost=self.monthly.value(),
        )
        self.accept()

    def task(self) -> Task | None:
        return self._task
