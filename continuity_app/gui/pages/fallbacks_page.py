"""Fallbacks: how ready each channel is today for each function, and how soon it kicks in."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from continuity_app.core.plan import Plan
from continuity_app.core.plan_change import PlanChange
from continuity_app.core.plan_edits import independent_fallbacks
from continuity_app.core.terms import term
from continuity_app.gui.context import AppContext
from continuity_app.gui.labels import ERROR_STYLE
from continuity_app.gui.models.fallbacks_model import DELAY, READINESS, FallbacksModel, value_label
from continuity_app.gui.pages.base import Page


class FallbacksPage(Page):
    """The readiness matrix: function × channel, switchable to activation delays."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = FallbacksModel(context.open_plan, context.reference, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setTabKeyNavigation(False)  # Tab moves on to the next control; arrows inside
        # what to do when there is nothing to show (no functions, so no rows)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.readiness_button = QRadioButton(self)
        self.delay_button = QRadioButton(self)
        self.readiness_button.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.readiness_button)
        group.addButton(self.delay_button)
        self.readiness_button.toggled.connect(
            lambda on: self.model.set_mode(READINESS if on else DELAY)
        )
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.model.editFailed.connect(self.error.setText)
        context.open_plan.planChanged.connect(self._plan_changed)

        switch = QHBoxLayout()
        switch.addWidget(self.readiness_button)
        switch.addWidget(self.delay_button)
        switch.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(switch)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.legend)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Fallbacks")

    def missing(self) -> list[str]:
        plan = self.context.open_plan.plan
        reference = self.context.reference
        missing = []
        for function in plan.functions:
            if not independent_fallbacks(plan, reference, function.id):
                missing.append(
                    self.tr("%1 has no fallback outside Meta.").replace("%1", function.name)
                )
        return missing

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "{ready}: {ready_meaning} {delay}: {delay_meaning} Hover over a cell for what "
                "its value means."
            ).format(
                ready=term("readiness").plain,
                ready_meaning=term("readiness").meaning,
                delay=term("activation_delay").plain,
                delay_meaning=term("activation_delay").meaning,
            )
        )
        self.readiness_button.setText(value_label(READINESS))
        self.delay_button.setText(value_label(DELAY))
        self.readiness_button.setToolTip(term("readiness").tooltip)
        self.delay_button.setToolTip(term("activation_delay").tooltip)
        self.legend.setText(
            self.tr(
                "Tinted columns run on Meta's infrastructure like WhatsApp: they fail together "
                "with it in a Meta outage. Empty a cell (or type 0) to remove a fallback."
            )
        )
        self.table.setAccessibleName(self.tr("Readiness matrix: functions by channels"))
        self.readiness_button.setAccessibleName(self.tr("Show readiness"))
        self.delay_button.setAccessibleName(self.tr("Show activation delays"))
        self._show_empty()

    def _plan_changed(self, _plan: Plan, change: PlanChange) -> None:
        if change.touches("functions", "fallbacks"):
            self.missingChanged.emit()
            self._show_empty()

    def _show_empty(self) -> None:
        """With no functions there is nothing to prepare: say where to start."""
        plan = self.context.open_plan.plan
        if not plan.functions:
            text = self.tr(
                "No activities yet: add what your customers do on WhatsApp on the Functions "
                "page, then say here where else you could reach them."
            )
        elif not plan.fallbacks:
            text = self.tr(
                "No fallbacks yet: type in a cell the share of that activity's customers you "
                "could reach on that channel today (for example 40)."
            )
        else:
            text = ""
        self.empty.setText(text)
        self.empty.setVisible(bool(text))
