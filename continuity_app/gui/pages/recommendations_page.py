"""Recommendations: ranked channels, preparation steps with their value, the portfolio, warnings."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from continuity_app.core.display import channel_name, format_list
from continuity_app.core.i18n import number, translate
from continuity_app.core.labels import status_label
from continuity_app.core.plan import Plan
from continuity_app.core.plan_change import PlanChange
from continuity_app.core.plan_edits import PlanSteps, SetKnownReach
from continuity_app.core.recommend import Recommendations, ValuedAction
from continuity_app.core.tasks import planned_steps
from continuity_app.core.terms import term
from continuity_app.core.wording import (
    action_explanation,
    fit_reasons,
    set_aside_reason,
    warning_message,
)
from continuity_app.gui.context import AppContext
from continuity_app.gui.formatting import Formatter
from continuity_app.gui.pages.base import Page
from continuity_app.gui.table_layout import STEP_LINES, compact_columns


class RecommendationsPage(Page):
    """What to prepare now so that the next outage costs less; each step can join the plan."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.result: Recommendations | None = None
        self._marks_stale = False  # steps planned or dropped while the page was hidden
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.tabs = QTabWidget(self)

        self.actions_table = QTableWidget(self)
        self.actions_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.actions_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.actions_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.actions_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.actions_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch
        )
        # rows follow the wrapped step names whenever the stretched column changes width
        self.actions_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.actions_table.itemSelectionChanged.connect(self._show_explanation)
        self.actions_table.itemSelectionChanged.connect(self._enable_add)
        context.open_plan.planChanged.connect(self._plan_changed)
        # Tab moves on to the next control; the arrows move inside the tables and lists
        self.actions_table.setTabKeyNavigation(False)
        self.explanation = QTextBrowser(self)
        self.explanation.setOpenLinks(False)
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.add_selected_to_plan)
        actions_tab = QWidget(self)
        actions_layout = QVBoxLayout(actions_tab)
        splitter = QSplitter(Qt.Orientation.Vertical, actions_tab)
        splitter.addWidget(self.actions_table)
        splitter.addWidget(self.explanation)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        actions_layout.addWidget(splitter, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        actions_layout.addLayout(buttons)

        channels_tab = QWidget(self)
        self.function_label = QLabel(channels_tab)
        self.function_choice = QComboBox(channels_tab)
        self.function_choice.currentIndexChanged.connect(lambda _i: self._fill_channels())
        self.channels_table = QTableWidget(channels_tab)
        self.channels_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.channels_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.channels_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.channels_table.setWordWrap(True)
        self.channels_table.setTabKeyNavigation(False)
        # the reasons wrap: rows follow the width they get, which a hidden tab does not know yet
        self.channels_table.horizontalHeader().sectionResized.connect(
            lambda *_: self.channels_table.resizeRowsToContents()
        )
        # the full reasons of the selected channel; the rows show their first lines
        self.channel_details = QLabel(channels_tab)
        self.channel_details.setWordWrap(True)
        self.channel_details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.channels_table.itemSelectionChanged.connect(self._show_channel_details)
        chooser = QHBoxLayout()
        chooser.addWidget(self.function_label)
        chooser.addWidget(self.function_choice, 1)
        channels_layout = QVBoxLayout(channels_tab)
        channels_layout.addLayout(chooser)
        channels_layout.addWidget(self.channels_table, 1)
        channels_layout.addWidget(self.channel_details)
        # where the reference data has no figure, or the owner knows better: their own share
        self.known_button = QPushButton(channels_tab)
        self.known_button.clicked.connect(self.enter_known_reach)
        self.forget_button = QPushButton(channels_tab)
        self.forget_button.clicked.connect(self.forget_known_reach)
        self.channels_table.itemSelectionChanged.connect(self._update_known_buttons)
        known_row = QHBoxLayout()
        known_row.addStretch(1)
        known_row.addWidget(self.forget_button)
        known_row.addWidget(self.known_button)
        channels_layout.addLayout(known_row)

        portfolio_tab = QWidget(self)
        self.budget_label = QLabel(portfolio_tab)
        self.budget = QDoubleSpinBox(portfolio_tab)
        self.budget.setRange(0, 1e9)
        self.budget.setDecimals(0)
        self.budget.setSpecialValueText("")  # set in retranslate: "no limit"
        self.budget.editingFinished.connect(self._recompute_portfolio)
        self.portfolio = QListWidget(portfolio_tab)
        self.portfolio_total = QLabel(portfolio_tab)
        self.portfolio_total.setWordWrap(True)
        self.add_portfolio_button = QPushButton(portfolio_tab)
        self.add_portfolio_button.clicked.connect(self.add_portfolio_to_plan)
        budget_row = QHBoxLayout()
        budget_row.addWidget(self.budget_label)
        budget_row.addWidget(self.budget)
        budget_row.addStretch(1)
        portfolio_layout = QVBoxLayout(portfolio_tab)
        portfolio_layout.addLayout(budget_row)
        portfolio_layout.addWidget(self.portfolio, 1)
        portfolio_layout.addWidget(self.portfolio_total)
        portfolio_buttons = QHBoxLayout()
        portfolio_buttons.addStretch(1)
        portfolio_buttons.addWidget(self.add_portfolio_button)
        portfolio_layout.addLayout(portfolio_buttons)

        self.warnings = QListWidget(self)
        self.warnings.setWordWrap(True)

        self.tabs.addTab(actions_tab, "")
        self.tabs.addTab(channels_tab, "")
        self.tabs.addTab(portfolio_tab, "")
        self.tabs.addTab(self.warnings, "")
        self.tabs.currentChanged.connect(
            lambda index: (
                self.channels_table.resizeRowsToContents()
                if self.tabs.widget(index) is channels_tab
                else None
            )
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)

        context.engine.recommendationsReady.connect(self._show)
        context.engine.slowStarted.connect(self._waiting)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Recommendations")

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Preparation steps"))
        self.tabs.setTabText(1, self.tr("Channels by function"))
        self.tabs.setTabText(2, self.tr("Portfolio"))
        self.tabs.setTabText(3, self.tr("Warnings"))
        self.add_button.setText(self.tr("&Add this step to the action plan"))
        self.known_button.setText(self.tr("What you know about this channel…"))
        self.known_button.setToolTip(
            self.tr(
                "Enter the share of your customers who use the selected channel, when you know "
                "it better than the country figures (or there are none)."
            )
        )
        self.forget_button.setText(self.tr("Use the country figures"))
        self.add_button.setAccessibleName(self.tr("Add the selected preparation step to the plan"))
        self.add_portfolio_button.setText(self.tr("Add the &whole portfolio to the action plan"))
        self.function_label.setText(self.tr("&Function:"))
        self.function_label.setBuddy(self.function_choice)
        self.budget_label.setText(self.tr("Yearly &budget:"))
        self.budget_label.setBuddy(self.budget)
        self.budget.setSpecialValueText(self.tr("no limit"))
        self.budget.setAccessibleName(self.tr("Yearly budget for preparation"))
        self.actions_table.setAccessibleName(self.tr("Preparation steps and what they are worth"))
        self.channels_table.setAccessibleName(self.tr("Channels ranked for the chosen function"))
        self.portfolio.setAccessibleName(self.tr("Recommended portfolio"))
        self.warnings.setAccessibleName(self.tr("Warnings"))
        self.explanation.setAccessibleName(self.tr("Why this step"))
        if self.result is not None:
            self._show(self.result)
        if self.result is None or self.context.engine.recommending:
            self._waiting()  # the steps shown are for the plan before the latest edits

    def missing(self) -> list[str]:
        if self.result is None:
            return []
        return [
            warning_message(w) for w in self.result.warnings if w.kind == "needs_two_independent"
        ]

    # -- showing ---------------------------------------------------------------------------

    def _formatter(self) -> Formatter:
        return self.context.formatter()

    def _waiting(self) -> None:
        if self.result is not None and not self.context.engine.recommending:
            return  # only the outlook is computed again: these steps still stand
        self.summary.setText(self.tr("Valuing every preparation step against your plan…"))
        self.add_button.setEnabled(False)
        self.add_portfolio_button.setEnabled(False)

    def _show(self, result: Recommendations) -> None:
        self.result = result
        fmt = self._formatter()
        self.summary.setText(self._summary_text(result, fmt))
        self.summary.setToolTip(term("ale").tooltip + "\n\n" + term("p90").tooltip)
        self._fill_actions(result, fmt)
        self._fill_functions()
        self._fill_portfolio(result, fmt)
        self.warnings.clear()
        for warning in result.warnings:
            self.warnings.addItem(warning_message(warning))
        self.tabs.setTabText(
            3, self.tr("Warnings (%1)").replace("%1", number(len(result.warnings)))
        )
        self.add_portfolio_button.setEnabled(bool(result.portfolio))
        self.missingChanged.emit()

    def _summary_text(self, result: Recommendations, fmt: Formatter) -> str:
        """Where the plan stands, or what to do when there is nothing to recommend."""
        if not self.context.open_plan.plan.functions:
            return self.tr(
                "No activities yet: add what your customers do on WhatsApp on the Functions "
                "page, and the steps that would cut your losses appear here."
            )
        if not result.actions:
            return self.tr(
                "No preparation step to suggest for this plan: check that each activity has its "
                "share on WhatsApp and its value per interaction on the Functions page."
            )
        return self.tr(
            "You can expect to lose {ale} a year to outages today ({p90} in a bad year, 1 in "
            "10). Each step below is valued by running the model again with it in place."
        ).format(ale=fmt.money(result.ale_before), p90=fmt.money(result.p90_before))

    def _function_name(self, function_id: str) -> str:
        """A function's name; its id once it has left the plan (the results shown may be for
        the plan before the latest edits, while the new ones are computed)."""
        plan = self.context.open_plan.plan
        return next((f.name for f in plan.functions if f.id == function_id), function_id)

    def _fill_actions(self, result: Recommendations, fmt: Formatter) -> None:
        self._marks_stale = False
        headers = [
            self.tr("Step"),
            self.tr("For"),
            self.tr("Saves a year"),
            self.tr("Saving in a bad year"),
            self.tr("Costs a year"),
            self.tr("Pays back in"),
        ]
        table = self.actions_table
        table.clearContents()
        table.clearSpans()
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        for column, key in ((2, "ale"), (3, "p90")):
            header = table.horizontalHeaderItem(column)  # made by the labels just set
            if header is not None:
                header.setToolTip(term(key).tooltip)
        worth = [i for i, v in enumerate(result.actions) if v.worth_doing]
        set_aside = [i for i, v in enumerate(result.actions) if not v.worth_doing]
        # the steps worth doing first; below a heading, the others with their reason
        order: list[int | None] = [*worth, *([None] if set_aside else []), *set_aside]
        table.setRowCount(len(order))
        # only the steps worth doing are numbered: they are the plan's ranking
        fmt_rank = [fmt.number(rank + 1) for rank in range(len(worth))]
        planned = planned_steps(self.context.open_plan.plan)
        table.setVerticalHeaderLabels(fmt_rank + [""] * (len(order) - len(worth)))
        for row, index in enumerate(order):
            if index is None:
                heading = QTableWidgetItem(self.tr("Not worth it now"))
                heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = heading.font()
                font.setBold(True)
                heading.setFont(font)
                table.setItem(row, 0, heading)
                table.setSpan(row, 0, 1, len(headers))
                continue
            valued = result.actions[index]
            action = valued.action
            payback = (
                self.tr("never")
                if valued.payback_months is None
                else self.tr("%1 months").replace("%1", fmt.number(valued.payback_months, 1))
            )
            title = action.title
            if action.id in planned:
                title += "\n" + self.tr("On the action plan: %1").replace(
                    "%1", status_label(planned[action.id].status)
                )
            elif not valued.worth_doing:
                title += "\n" + set_aside_reason(valued)
            cells = [
                title,
                self._function_name(action.function_id),
                fmt.money(valued.ale_reduction, whole=True),
                fmt.money(valued.p90_reduction, whole=True),
                fmt.money(valued.cost_per_year, whole=True),
                payback,
            ]
            explanation = action_explanation(valued)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, index)
                item.setToolTip(explanation)
                if column >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(row, column, item)
        # steps and functions have long names: they get the width the figures do not need,
        # and wrap onto a few lines
        # a step set aside says why on a line of its own: one more line for it
        compact_columns(table, numbers=[2, 3, 4, 5], stretch=0, lines=STEP_LINES)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        table.setColumnWidth(1, 150)
        if result.actions:
            # rows select whole; selectRow() would leave no current row right to left while
            # the table has no size yet (it picks the column at the viewport's far edge)
            table.setCurrentCell(0, 0)
        self._enable_add()

    def _plan_changed(self, _plan: Plan, change: PlanChange) -> None:
        """A step planned or dropped says so at once; the figures stand (they do not depend
        on tasks), so the selection stays where it was."""
        if change.touches("tasks") and self.result is not None:
            self._marks_stale = True
            if self.isVisible():  # hidden, the table is filled again when it shows
                self._mark_planned_steps()
        self._enable_add()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._marks_stale:
            self._mark_planned_steps()

    def _mark_planned_steps(self) -> None:
        self._marks_stale = False
        if self.result is None:
            return
        selected = self.selected_action()
        self._fill_actions(self.result, self._formatter())
        if selected is not None:
            self._select_action(selected.action.id)

    def _select_action(self, action_id: str) -> None:
        table = self.actions_table
        for row in range(table.rowCount()):
            item = table.item(row, 0)
            index = item.data(Qt.ItemDataRole.UserRole) if item else None
            if index is None or self.result is None:
                continue
            if self.result.actions[index].action.id == action_id:
                table.setCurrentCell(row, 0)
                return

    def _enable_add(self) -> None:
        """A step already on the action plan is not planned twice."""
        valued = self.selected_action()
        planned = planned_steps(self.context.open_plan.plan)
        self.add_button.setEnabled(
            valued is not None
            and valued.action.id not in planned
            and self.context.engine.recommendations_up_to_date
        )

    def _fill_functions(self) -> None:
        plan = self.context.open_plan.plan
        wanted = self.function_choice.currentData()
        self.function_choice.blockSignals(True)
        self.function_choice.clear()
        for function in plan.functions:
            self.function_choice.addItem(function.name, function.id)
        self.function_choice.setCurrentIndex(max(self.function_choice.findData(wanted), 0))
        self.function_choice.blockSignals(False)
        self._fill_channels()

    def _fill_channels(self) -> None:
        result = self.result
        function_id = self.function_choice.currentData()
        if result is None or function_id not in result.channels:
            return
        fmt = self._formatter()
        fits = result.channels[function_id]
        headers = [
            self.tr("Channel"),
            self.tr("Score"),
            self.tr("Reach"),
            self.tr("Survives"),
            self.tr("Why"),
        ]
        table = self.channels_table
        table.clearContents()
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(fits))
        plan = self.context.open_plan.plan
        for row, fit in enumerate(fits):
            cells = [
                channel_name(self.context.reference, fit.channel),
                fmt.number(fit.score, 2),
                # a country without a figure is unknown, not nobody
                self.tr("no data")
                if fit.reach.no_data and not fit.reach.by_country and fit.reach.basis != "owner"
                else fmt.percent(fit.reach.share),
                fmt.percent(fit.independence),
                format_list(fit_reasons(self.context.reference, plan, fit), clauses=True),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(cells[-1])
                item.setData(Qt.ItemDataRole.UserRole, fit.channel)
                if column in (1, 2, 3):  # figures line up on their trailing edge
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(row, column, item)
        compact_columns(table, numbers=[1, 2, 3], stretch=4)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        # a long channel name wraps onto a second line: the reasons need the width more
        narrow = table.fontMetrics().horizontalAdvance("x") * 20
        table.setColumnWidth(0, min(table.sizeHintForColumn(0), narrow))
        table.resizeRowsToContents()
        if fits:
            table.setCurrentCell(0, 0)
        self._show_channel_details()
        self._update_known_buttons()

    def _show_channel_details(self) -> None:
        """The selected channel's reasons in full (a row shows only their first lines)."""
        row = self.channels_table.currentRow()
        name = self.channels_table.item(row, 0) if row >= 0 else None
        why = self.channels_table.item(row, 4) if row >= 0 else None
        if name is None or why is None:
            self.channel_details.setText("")
            return
        self.channel_details.setText(
            translate("RecommendationsPage", "{channel}: {reasons}.").format(
                channel=name.text(), reasons=why.text()
            )
        )

    def selected_channel(self) -> str | None:
        """The channel of the selected row in the Channels tab."""
        item = self.channels_table.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def _update_known_buttons(self) -> None:
        channel = self.selected_channel()
        self.known_button.setEnabled(channel is not None)
        known = self.context.open_plan.plan.business.known_reach
        self.forget_button.setEnabled(channel is not None and channel in known)

    def enter_known_reach(self) -> None:
        """Ask for the share of customers on the selected channel and keep it in the plan."""
        channel = self.selected_channel()
        if channel is None:
            return
        open_plan = self.context.open_plan
        name = channel_name(self.context.reference, channel)
        current = open_plan.plan.business.known_reach.get(channel)
        percent, accepted = QInputDialog.getInt(
            self,
            self.tr("What you know about %1").replace("%1", name),
            self.tr("Share of your customers who use %1 (%):").replace("%1", name),
            round(100 * current) if current is not None else 0,
            0,
            100,
        )
        if accepted:
            open_plan.apply(SetKnownReach(channel, percent / 100, name))

    def forget_known_reach(self) -> None:
        """Go back to the country figures for the selected channel."""
        channel = self.selected_channel()
        if channel is None:
            return
        name = channel_name(self.context.reference, channel)
        self.context.open_plan.apply(SetKnownReach(channel, None, name))

    def _fill_portfolio(self, result: Recommendations, fmt: Formatter) -> None:
        self.portfolio.clear()
        for item in result.portfolio:
            self.portfolio.addItem(
                self.tr("%1 (%2): saves %3 a year on top of the steps above, costs %4")
                .replace("%1", item.action.title)
                .replace("%2", self._function_name(item.action.function_id))
                .replace("%3", fmt.money(item.marginal_ale_reduction, whole=True))
                .replace("%4", fmt.money(item.cost_per_year, whole=True))
            )
        if result.portfolio:
            self.portfolio_total.setText(
                self.tr(
                    "With these steps you can expect to lose {ale} a year ({p90} in a bad year, "
                    "1 in 10), for {cost} a year."
                ).format(
                    ale=fmt.money(result.portfolio_ale),
                    p90=fmt.money(result.portfolio_p90),
                    cost=fmt.money(result.portfolio_cost),
                )
            )
        else:
            self.portfolio_total.setText(self.tr("No step saves more than it costs."))

    def selected_action(self) -> ValuedAction | None:
        if self.result is None:
            return None
        rows = self.actions_table.selectionModel().selectedRows()
        index = rows[0].data(Qt.ItemDataRole.UserRole) if rows else None
        return None if index is None else self.result.actions[index]

    def _show_explanation(self) -> None:
        valued = self.selected_action()
        self.explanation.setPlainText(action_explanation(valued) if valued else "")

    # -- acting ----------------------------------------------------------------------------

    def add_selected_to_plan(self) -> None:
        """Put the selected step on the action plan as a planned task (one undoable edit);
        readiness today stays as it is until the task is marked done."""
        valued = self.selected_action()
        if valued is None:
            return
        # a step for a function removed since is left out (core)
        if self.context.open_plan.apply(PlanSteps([valued.action])):
            self._say_planned(1)

    def add_portfolio_to_plan(self) -> None:
        if self.result is None or not self.result.portfolio:
            return
        edit = PlanSteps([item.action for item in self.result.portfolio], portfolio=True)
        count = len(edit.applicable(self.context.open_plan.plan))
        if self.context.open_plan.apply(edit):
            self._say_planned(count)

    def _say_planned(self, count: int) -> None:
        self.explanation.setPlainText(
            translate(
                "RecommendationsPage",
                "%n step(s) added to the action plan as planned task(s). Give each an owner and "
                "a due date on the Action plan page; readiness today changes only when a task "
                "is marked done there.",
                None,
                count,
            )
        )
        self.add_button.setEnabled(False)

    def _recompute_portfolio(self) -> None:
        """Choose the portfolio again under the new budget, in the background."""
        self.context.engine.set_budget(self.budget.value() or None)
