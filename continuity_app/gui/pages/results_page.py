"""Results: what outages cost over time, by function and category, per year; MTPD and MBCO."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from continuity_app.core.display import scenario_name
from continuity_app.core.evaluation import Evaluation, ScenarioOutcome
from continuity_app.core.i18n import translate
from continuity_app.core.impact import CATEGORIES
from continuity_app.core.labels import category_labels
from continuity_app.core.plan import WEEKDAYS
from continuity_app.core.terms import term
from continuity_app.core.wording import evaluation_notes
from continuity_app.gui.context import AppContext
from continuity_app.gui.formatting import Formatter
from continuity_app.gui.pages.base import Page

if TYPE_CHECKING:  # the chart views import matplotlib, when the page is first shown
    from continuity_app.gui.chart_view import ChartView

PERCENTILES = ("p50", "p90", "p99")


class ResultsPage(Page):
    """Key figures, four charts and a table; charts are drawn only while the page is shown."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.figures_box = QGridLayout()
        self.kpi: dict[str, tuple[QLabel, QLabel]] = {}
        for row, key in enumerate(("while_open", "ale", "mtpd", "per_outage", "per_year")):
            name, value = QLabel(self), QLabel(self)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            font = value.font()
            font.setBold(True)
            value.setFont(font)
            value.setWordWrap(True)  # the spread of losses is a sentence, not one figure
            if row < 3:  # single figures, two to a line
                self.figures_box.addWidget(name, row // 2, (row % 2) * 2)
                self.figures_box.addWidget(value, row // 2, (row % 2) * 2 + 1)
            else:  # a sentence each, across the page
                self.figures_box.addWidget(name, row - 1, 0)
                self.figures_box.addWidget(value, row - 1, 1, 1, 3)
            self.kpi[key] = (name, value)
        # what the model had to assume (defaults no study measures, prices not known)
        self.notes = QLabel(self)
        self.notes.setWordWrap(True)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.scenario_label = QLabel(self)
        self.scenario = QComboBox(self)
        # scenario names are long ("WhatsApp-only outage (like 25 Oct 2022)"): shown whole
        self.scenario.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.scenario.currentIndexChanged.connect(lambda _i: self._redraw_scenario())
        self.tabs = QTabWidget(self)
        # the chart views (and matplotlib with them) come at the first showEvent
        self.impact_view: ChartView | None = None
        self.function_view: ChartView | None = None
        self.category_view: ChartView | None = None
        self.exceedance_view: ChartView | None = None
        self._stale = {"evaluation", "monte_carlo"}  # charts to draw when next shown
        self.export_png = QPushButton(self)
        self.export_svg = QPushButton(self)
        self.export_png.clicked.connect(lambda: self._export("png"))
        self.export_svg.clicked.connect(lambda: self._export("svg"))
        self.table = QTableWidget(self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab moves on; the arrows move inside
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.status = QLabel(self)
        self.status.setWordWrap(True)

        chooser = QHBoxLayout()
        chooser.addWidget(self.scenario_label)
        chooser.addWidget(self.scenario)
        chooser.addStretch(1)
        chooser.addWidget(self.export_png)
        chooser.addWidget(self.export_svg)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(self.figures_box)
        top_layout.addLayout(chooser)
        top_layout.addWidget(self.tabs, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        notes = QScrollArea(self)
        notes.setWidget(self.notes)
        notes.setWidgetResizable(True)
        notes.setFrameShape(QFrame.Shape.NoFrame)
        notes.setMaximumHeight(5 * self.fontMetrics().lineSpacing())
        layout.addWidget(notes)

        engine = context.engine
        engine.evaluationReady.connect(lambda _e: self._evaluation_changed())
        engine.monteCarloReady.connect(lambda _m: self._monte_carlo_changed())
        engine.slowStarted.connect(self._show_status)
        context.open_plan.displayChanged.connect(lambda _plan: self._results_changed())
        self.retranslate()

    def _make_chart_views(self) -> None:
        """The four chart views, once: ChartView imports matplotlib, so not before the page
        is first shown."""
        if self.impact_view is not None:
            return
        from continuity_app.gui.chart_view import ChartView

        self.impact_view = ChartView(self, export_name="impact-over-time")
        self.function_view = ChartView(self, export_name="loss-by-function")
        self.category_view = ChartView(self, export_name="loss-by-category")
        self.exceedance_view = ChartView(self, export_name="loss-exceedance")
        for view in self._chart_views():
            self.tabs.addTab(view, "")
        self._name_charts()

    def _chart_views(self) -> list[ChartView]:
        views = (self.impact_view, self.function_view, self.category_view, self.exceedance_view)
        return [view for view in views if view is not None]

    def _export(self, kind: str) -> None:
        """The chart of the tab shown, as a PNG or SVG file."""
        current = self.tabs.currentWidget()
        for view in self._chart_views():
            if view is current:
                view.export(kind)

    def title(self) -> str:
        return self.tr("Results")

    def retranslate(self) -> None:
        label = translate("ResultsPage", "{term}:")  # the colon where the language puts it
        names = {
            "while_open": self.tr("If it strikes while open:"),
            "ale": label.format(term=term("ale").plain),
            "mtpd": label.format(term=term("mtpd").plain),
            "per_outage": self.tr("One outage costs:"),
            "per_year": self.tr("A year of outages costs:"),
        }
        spread = "\n\n".join(term(key).tooltip for key in ("p50", "p90", "p99"))
        tips = {
            "while_open": "",
            "ale": term("ale").tooltip,
            "mtpd": term("mtpd").tooltip,
            "per_outage": term("simulated_years").tooltip + "\n\n" + spread,
            "per_year": term("simulated_years").tooltip + "\n\n" + spread,
        }
        for key, (name, _value) in self.kpi.items():
            name.setText(names[key])
            name.setToolTip(tips[key])
        self.scenario_label.setText(self.tr("&Scenario:"))
        self.scenario_label.setBuddy(self.scenario)
        self.scenario.setAccessibleName(self.tr("Scenario shown in the charts and table"))
        self._name_charts()
        self.export_png.setText(self.tr("Export &PNG…"))
        self.export_svg.setText(self.tr("Export S&VG…"))
        self.table.setAccessibleName(self.tr("Loss by function in the chosen scenario"))
        self._results_changed()

    def _name_charts(self) -> None:
        views = self._chart_views()  # none before the page is first shown
        tabs = (
            self.tr("Impact over time"),
            self.tr("By function"),
            self.tr("By category"),
            self.tr("Loss per year"),
        )
        names = (
            self.tr("Chart: loss over outage duration"),
            self.tr("Chart: loss by function"),
            self.tr("Chart: loss by category"),
            self.tr("Chart: chance of a yearly loss"),
        )
        for index, (view, tab, name) in enumerate(zip(views, tabs, names, strict=False)):
            self.tabs.setTabText(index, tab)
            view.setAccessibleName(name)

    # -- drawing ---------------------------------------------------------------------------

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._make_chart_views()
        self._draw_stale()

    def _results_changed(self) -> None:
        """Everything again (a new language): the scenario list, the figures, every chart."""
        self._fill_scenarios()
        self._fill_figures()
        self._stale |= {"evaluation", "monte_carlo"}
        self._draw_stale()

    def _evaluation_changed(self) -> None:
        """New deterministic results: the scenario list, the figures and the three
        deterministic charts; the exceedance chart waits for the simulation that follows."""
        self._fill_scenarios()
        self._fill_figures()
        self._stale.add("evaluation")
        self._draw_stale()

    def _monte_carlo_changed(self) -> None:
        """New simulated years: only the percentile figures and the exceedance chart."""
        self._fill_figures()
        self._stale.add("monte_carlo")
        self._draw_stale()

    def _draw_stale(self) -> None:
        if "evaluation" in self._stale:
            self._redraw_scenario(impact=True)
        if "monte_carlo" in self._stale:
            self._draw_exceedance()

    def _formatter(self) -> Formatter:
        return self.context.formatter()

    def _fill_scenarios(self) -> None:
        evaluation = self.context.engine.evaluation
        if evaluation is None:
            return
        wanted = self.scenario.currentData() or evaluation.reference_scenario_id
        self.scenario.blockSignals(True)
        self.scenario.clear()
        for outcome in evaluation.scenarios:
            self.scenario.addItem(scenario_name(outcome.scenario.name), outcome.scenario.id)
        self.scenario.setCurrentIndex(max(self.scenario.findData(wanted), 0))
        self.scenario.blockSignals(False)

    def _fill_figures(self) -> None:
        engine = self.context.engine
        evaluation, monte_carlo = engine.evaluation, engine.monte_carlo
        if evaluation is None:
            return
        fmt = self._formatter()
        reference = evaluation.reference
        self.kpi["while_open"][1].setText(fmt.money(reference.planning_loss, whole=True))
        self.kpi["while_open"][1].setToolTip(
            self.tr(
                "“%1”, of typical length (%2), striking while the business is open: the figure "
                "to plan for. Averaged over every hour of the week and every length, it costs %3."
            )
            .replace("%1", scenario_name(reference.scenario.name))
            .replace("%2", fmt.hours(reference.scenario.duration_hours))
            .replace("%3", fmt.money(reference.total))
        )
        self.kpi["ale"][1].setText(fmt.money(evaluation.ale, whole=True))
        mtpd = evaluation.mtpd_hours
        self.kpi["mtpd"][1].setText(fmt.hours(mtpd))
        self.kpi["mtpd"][1].setToolTip(
            self.tr(
                "After %1, “%2” striking while the business is open costs more than the %3 the "
                "business can bear."
            )
            .replace("%1", fmt.hours(mtpd))
            .replace("%2", scenario_name(reference.scenario.name))
            .replace("%3", fmt.money(evaluation.tolerance))
        )
        notes = evaluation_notes(evaluation.plan, evaluation.reference_data)
        self.notes.setText("\n".join(f"• {note}" for note in notes))
        self.notes.setVisible(bool(notes))
        if monte_carlo is None:
            waiting = self.tr("simulating…")
            self.kpi["per_outage"][1].setText(waiting)
            self.kpi["per_year"][1].setText(waiting)
        else:
            figures = {p: fmt.money(monte_carlo.per_outage[p], whole=True) for p in PERCENTILES}
            self.kpi["per_outage"][1].setText(
                self.tr("{p50} usually, {p90} one time in 10, {p99} one time in 100").format(
                    **figures
                )
            )
            figures = {p: fmt.money(monte_carlo.per_year[p], whole=True) for p in PERCENTILES}
            self.kpi["per_year"][1].setText(
                self.tr(
                    "{p50} in a typical year, {p90} in a bad year (1 in 10), {p99} in a very bad "
                    "year (1 in 100)"
                ).format(**figures)
            )

    def _selected(self, evaluation: Evaluation) -> ScenarioOutcome:
        wanted = self.scenario.currentData()
        return next(
            (o for o in evaluation.scenarios if o.scenario.id == wanted), evaluation.reference
        )

    def _redraw_scenario(self, impact: bool = False) -> None:
        """The charts and table of the chosen scenario (and the all-scenario impact chart)."""
        evaluation = self.context.engine.evaluation
        if evaluation is None or not self.isVisible():
            return
        if self.impact_view is None or self.function_view is None or self.category_view is None:
            return  # made together, when the page is first shown
        from continuity_app.gui.chart_view import chart_fonts
        from continuity_app.report.chart_style import chart_labels
        from continuity_app.report.charts import (
            impact_over_time,
            loss_by_category,
            loss_by_function,
        )

        self._stale.discard("evaluation")
        plan = self.context.open_plan.plan
        fmt = self._formatter()
        labels = chart_labels()
        fonts = chart_fonts()
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        money = fmt.money
        outcome = self._selected(evaluation)
        names = {f.id: f.name for f in plan.functions}
        if impact:
            self.impact_view.show_figure(
                impact_over_time(
                    evaluation.scenarios,
                    evaluation.tolerance,
                    labels,
                    money,
                    mtpd_hours=evaluation.mtpd_hours,
                    names={
                        o.scenario.id: scenario_name(o.scenario.name) for o in evaluation.scenarios
                    },
                    rtl=rtl,
                    font_family=fonts,
                )
            )
        self.function_view.show_figure(
            loss_by_function(outcome, names, labels, money, rtl=rtl, font_family=fonts)
        )
        self.category_view.show_figure(
            loss_by_category(outcome, labels, money, rtl=rtl, font_family=fonts)
        )
        self._fill_table(outcome, names, fmt)
        self._show_status()

    def _draw_exceedance(self) -> None:
        """The chance-of-a-yearly-loss chart, from the latest simulation."""
        engine = self.context.engine
        evaluation, monte_carlo = engine.evaluation, engine.monte_carlo
        if evaluation is None or not self.isVisible() or self.exceedance_view is None:
            return
        if monte_carlo is None:
            return
        from continuity_app.gui.chart_view import chart_fonts
        from continuity_app.report.chart_style import chart_labels
        from continuity_app.report.charts import loss_exceedance

        self._stale.discard("monte_carlo")
        self.exceedance_view.show_figure(
            loss_exceedance(
                monte_carlo,
                chart_labels(),
                self._formatter().money,
                tolerance=evaluation.tolerance,
                rtl=self.layoutDirection() == Qt.LayoutDirection.RightToLeft,
                font_family=chart_fonts(),
            )
        )

    def _fill_table(self, outcome: ScenarioOutcome, names: dict[str, str], fmt: Formatter) -> None:
        categories = category_labels()
        headers = [
            self.tr("Function"),
            self.tr("While open"),
            self.tr("Average outage"),
            term("mbco").plain,
            *(categories[c] for c in CATEGORIES),
        ]
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        # Sized to their contents once the table is full: after every cell, the 1,600 cells
        # of a 200-function plan took 25 s.
        columns, rows = self.table.horizontalHeader(), self.table.verticalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setRowCount(len(outcome.functions))
        for row, function in enumerate(outcome.functions):
            if function.mbco is None:
                objective = self.tr("not set")
            elif function.mbco_breached:
                objective = (
                    self.tr("%1: missed for %2")
                    .replace("%1", fmt.percent(function.mbco))
                    .replace("%2", fmt.hours(function.mbco_breach_hours))
                )
            else:
                objective = (
                    self.tr("%1: reached after %2")
                    .replace("%1", fmt.percent(function.mbco))
                    .replace("%2", fmt.hours(function.mbco_reached_after_hours))
                )
            cells = [
                names.get(function.function_id, function.function_id),
                fmt.money(outcome.planning_by_function.get(function.function_id, 0.0)),
                fmt.money(function.total),
                objective,
                *(fmt.money(function.by_category[c]) for c in CATEGORIES),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 0:
                    item.setToolTip(text)
                if column not in (0, 3):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        # every column as wide as its contents, a long function name cut (its tooltip and the
        # Functions page have it whole) so that the rows stay one line high
        columns.setMaximumSectionSize(max(self.fontMetrics().horizontalAdvance("x" * 34), 200))
        columns.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        columns.setStretchLastSection(True)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def _show_status(self) -> None:
        evaluation = self.context.engine.evaluation
        if not self.context.open_plan.plan.functions:
            self.status.setText(
                self.tr(
                    "Nothing to show yet: add what your customers do on WhatsApp on the "
                    "Functions page, and what an outage would cost appears here."
                )
            )
            return
        if evaluation is None:
            self.status.setText(self.tr("Computing…"))
            return
        outcome = self._selected(evaluation)
        fmt = self._formatter()
        day, hour = outcome.worst_start
        self.status.setText(
            self.tr(
                "%1: %2 if it strikes while the business is open (%3, its typical length); %4 "
                "on average over every hour of the week and every length (the yearly figure is "
                "built from this average); worst if it starts on %5 at %6 (%7)."
            )
            .replace("%1", scenario_name(outcome.scenario.name))
            .replace("%2", fmt.money(outcome.planning_loss))
            .replace("%3", fmt.hours(outcome.scenario.duration_hours))
            .replace("%4", fmt.money(outcome.total))
            .replace("%5", self.locale().dayName(WEEKDAYS.index(day) + 1))
            .replace("%6", fmt.time_of_day(hour))
            .replace("%7", fmt.money(outcome.worst_start_loss))
        )
