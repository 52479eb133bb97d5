"""Functions: what runs on which channels, how much, and what it is worth; with the hourly
profile and the selected function's channel mix."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from continuity_app.core.clock import STEPS_PER_HOUR, open_mask, weekly_profile
from continuity_app.core.labels import kind_label
from continuity_app.core.plan import Function, FunctionKind, Plan
from continuity_app.core.plan_change import PlanChange
from continuity_app.core.plan_edits import AddFunction, RemoveFunction
from continuity_app.core.plan_gaps import functions_without_value
from continuity_app.gui.cell_editors import ChoiceDelegate
from continuity_app.gui.context import AppContext
from continuity_app.gui.labels import ERROR_STYLE
from continuity_app.gui.models.functions_model import COLUMNS, FunctionsModel
from continuity_app.gui.pages.base import Page
from continuity_app.gui.pages.channel_mix_box import ChannelMixBox
from continuity_app.gui.settings import DIGITS

if TYPE_CHECKING:  # the chart view imports matplotlib, when a profile is first drawn
    from continuity_app.gui.chart_view import ChartView

_Index = QModelIndex | QPersistentModelIndex


class FunctionsPage(Page):
    """A table editor for the functions, with a preview of the selected one's daily rhythm."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = FunctionsModel(context.open_plan, self, context.reference)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(
            [c.field for c in COLUMNS].index("kind"),
            ChoiceDelegate(lambda: [(kind_label(k), k.value) for k in FunctionKind], self.table),
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab moves on to the buttons; arrows inside
        # what to do next when the plan has no functions yet
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.add_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.add_button.clicked.connect(self.add_function)
        self.remove_button.clicked.connect(self.remove_function)
        self.import_chat_button = QPushButton(self)
        self.import_chat_button.clicked.connect(self.import_chat)
        self.profile_title = QLabel(self)
        self.profile_canvas: ChartView | None = None
        # what the chart shows now: an edit that leaves it as it is (a name, a revenue) does
        # not draw it again (drawing takes a few tenths of a second)
        self._profile_shown: tuple | None = None
        # a burst of edits or rows walked with the arrow keys draws the chart once, after it
        self._profile_timer = QTimer(self)
        self._profile_timer.setSingleShot(True)
        self._profile_timer.setInterval(150)
        self._profile_timer.timeout.connect(self._draw_profile)
        self.profile_box = QVBoxLayout()
        self.mix_box = ChannelMixBox(self.model, self)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.import_chat_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        below = QHBoxLayout()
        below.addWidget(self.mix_box, 2)
        profile = QVBoxLayout()
        profile.addWidget(self.profile_title, 0, Qt.AlignmentFlag.AlignTop)
        profile.addLayout(self.profile_box, 1)
        below.addLayout(profile, 3)
        layout.addLayout(below, 2)

        self.model.editFailed.connect(self.error.setText)
        self.model.modelReset.connect(self._select_first)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_profile())
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.mix_box.show_function(current.row())
        )
        context.open_plan.planChanged.connect(self._plan_changed)
        context.open_plan.displayChanged.connect(lambda _plan: self._show_profile())
        self.retranslate()
        self.table.resizeColumnsToContents()
        self._select_first()

    def title(self) -> str:
        return self.tr("Functions")

    def missing(self) -> list[str]:
        plan = self.context.open_plan.plan
        if not plan.functions:
            return [self.tr("Add the functions that run on WhatsApp.")]
        return [
            self.tr("%1 has no revenue per interaction.").replace("%1", f.name)
            for f in functions_without_value(plan)
        ]

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "One row per part of the business that runs on WhatsApp or other apps. "
                "Double-click a cell to edit it; hover over a column title for what it means. "
                "Where you are unsure, type low – likely – high, e.g. 40 – 60 – 90. Below, the "
                "selected row's channels: its share on each app."
            )
        )
        self.add_button.setText(self.tr("&Add function"))
        self.remove_button.setText(self.tr("&Remove function"))
        self.table.setAccessibleName(self.tr("Functions table"))
        self.add_button.setAccessibleName(self.tr("Add function"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected function"))
        self.import_chat_button.setText(self.tr("&Import chat…"))
        self.import_chat_button.setAccessibleName(
            self.tr("Measure the selected function from a chat export")
        )
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        self.mix_box.retranslate()
        self._show_empty()
        self._profile_shown = None  # the chart's labels are in the new language
        self._show_profile()

    def _plan_changed(self, _plan: Plan, change: PlanChange) -> None:
        if change.touches("functions"):
            self.missingChanged.emit()
            self._show_empty()
        # the chart shows the selected function's day, which follows the opening hours until
        # a chat gives one: an edit of another function leaves it as it is
        selected = self.selected_function()
        if change.touches_business("opening_hours") or (
            change.touches("functions")
            and (selected is None or change.touches_function(selected.id))
        ):
            self._show_profile()

    def _show_empty(self) -> None:
        """One line saying how to start, while there is no function to show."""
        empty = not self.context.open_plan.plan.functions
        self.empty.setText(
            self.tr(
                "No activities yet: add what your customers do on WhatsApp (orders, questions, "
                "bookings) with Add function."
            )
            if empty
            else ""
        )
        self.empty.setVisible(empty)
        self.remove_button.setEnabled(not empty)
        self.import_chat_button.setEnabled(not empty)

    def _select_first(self) -> None:
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self._select_row(0)

    def _select_row(self, row: int) -> None:
        # not selectRow(): right to left it takes the column at the viewport's far edge, none
        # before the table has its size, and leaves no current row (nor the hourly chart)
        self.table.setCurrentIndex(self.model.index(row, 0))

    def selected_function(self) -> Function | None:
        row = self.table.currentIndex().row()
        functions = self.context.open_plan.plan.functions
        return functions[row] if 0 <= row < len(functions) else None

    def add_function(self) -> None:
        """Add a customer-service function with that kind's stated defaults and select it."""
        count = len(self.context.open_plan.plan.functions)
        self.context.open_plan.apply(AddFunction(self.context.reference))
        self._select_row(count)

    def remove_function(self) -> None:
        function = self.selected_function()
        if function is None:
            return
        self.context.open_plan.apply(RemoveFunction(function.id))

    def import_chat(self) -> None:
        from continuity_app.gui.chat_import_dialog import import_chat

        function = self.selected_function()
        if function is not None:
            import_chat(self.context, function, self)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._show_profile()

    def _show_profile(self) -> None:
        if not self.isVisible():  # charts load matplotlib: only once the page is seen
            return
        function = self.selected_function()
        if function is None:
            self.profile_title.setText("")
            return
        title = (
            self.tr("When %1 arrives over a day (from %2)")
            .replace("%1", function.name)
            .replace(
                "%2",
                self.tr("an imported chat")
                if function.hourly_profile is not None
                else self.tr("the opening hours"),
            )
        )
        self.profile_title.setText(title)
        self._profile_timer.start()

    def _draw_profile(self) -> None:
        function = self.selected_function()
        if function is None or not self.isVisible():
            return
        from continuity_app.gui.chart_view import ChartView, chart_fonts
        from continuity_app.report.chart_style import chart_labels
        from continuity_app.report.charts import hourly_profile

        plan = self.context.open_plan.plan
        weekly = weekly_profile(plan.business, function, open_mask(plan.business))
        hourly = weekly.reshape(7, 24, STEPS_PER_HOUR).sum(axis=2).mean(axis=0)
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        digits = self.context.settings.get(DIGITS)  # the axes' numbers follow the preference
        shown = (tuple(hourly.round(9)), rtl, QLocale().name(), digits)
        if shown == self._profile_shown and self.profile_canvas is not None:
            return
        self._profile_shown = shown
        figure = hourly_profile(
            list(hourly),
            chart_labels(),
            rtl=rtl,
            font_family=chart_fonts(),
        )
        if self.profile_canvas is None:
            self.profile_canvas = ChartView(self)
            self.profile_canvas.setAccessibleName(
                self.tr("Hourly profile of the selected function")
            )
            self.profile_box.addWidget(self.profile_canvas)
        self.profile_canvas.show_figure(figure)
