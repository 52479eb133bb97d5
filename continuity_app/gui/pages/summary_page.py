"""The Overview page: on one screen, what an outage would cost and the first three things to do."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from continuity_app.core.behaviour import assumed_defaults
from continuity_app.core.channel_mix import whatsapp_only
from continuity_app.core.display import format_hours, format_money, scenario_name
from continuity_app.core.evaluation import Evaluation
from continuity_app.core.i18n import number as local_number
from continuity_app.core.i18n import translate
from continuity_app.core.labels import status_label
from continuity_app.core.new_plan import round_to_say
from continuity_app.core.recommend import Recommendations
from continuity_app.core.tasks import planned_steps
from continuity_app.core.terms import term
from continuity_app.core.wording import action_explanation
from continuity_app.gui.context import AppContext
from continuity_app.gui.pages.base import Page

FIRST_STEPS = 3


def _label(scale: float = 1.0, bold: bool = False) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    label.setFont(font)
    return label


class _Figure(QFrame):
    """One headline figure: what it is, the amount, and one line saying what it means."""

    def __init__(self) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.caption = _label()
        self.value = _label(1.8, bold=True)
        self.note = _label(0.9)
        layout = QVBoxLayout(self)
        for widget in (self.caption, self.value, self.note):
            layout.addWidget(widget)
        layout.addStretch(1)

    def show_figure(self, caption: str, value: str, note: str, tooltip: str = "") -> None:
        self.caption.setText(caption)
        self.value.setText(value)
        self.note.setText(note)
        self.setToolTip(tooltip)
        self.setAccessibleName(f"{caption} {value}")


class SummaryPage(Page):
    """The plan's answer in an owner's words: the outage to expect, what it costs, what to do."""

    recommendationsRequested = Signal()
    printRequested = Signal()
    outageRequested = Signal()
    exerciseRequested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.heading = _label(1.4, bold=True)
        self.status = _label()
        self.figures = [_Figure() for _ in range(3)]
        grid = QGridLayout()
        for column, figure in enumerate(self.figures):
            grid.addWidget(figure, 0, column)
        self.steps_heading = _label(1.15, bold=True)
        self.steps = [_label() for _ in range(FIRST_STEPS)]
        self.defaults = _label(0.9)
        self.planned = _label()
        self.all_steps = QPushButton()
        self.all_steps.clicked.connect(self.recommendationsRequested)
        self.print_button = QPushButton()
        self.print_button.clicked.connect(self.printRequested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.all_steps)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        self.outage_button = QPushButton()
        self.outage_button.clicked.connect(self.outageRequested)
        self.exercise_button = QPushButton()
        self.exercise_button.clicked.connect(self.exerciseRequested)
        outage = QHBoxLayout()
        outage.addWidget(self.outage_button)
        outage.addWidget(self.exercise_button)
        outage.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(self.heading)
        layout.addWidget(self.status)
        layout.addLayout(grid)
        layout.addWidget(self.planned)
        layout.addSpacing(8)
        layout.addWidget(self.steps_heading)
        for step in self.steps:
            layout.addWidget(step)
        layout.addWidget(self.defaults)
        layout.addLayout(buttons)
        layout.addSpacing(8)
        layout.addLayout(outage)
        layout.addStretch(1)
        engine = context.engine
        engine.evaluationReady.connect(lambda _result: self.refresh())
        engine.recommendationsReady.connect(lambda _result: self.refresh())
        engine.outlookReady.connect(lambda _result: self.refresh())
        context.open_plan.planChanged.connect(lambda _plan: self.refresh())
        context.open_plan.displayChanged.connect(lambda _plan: self.refresh())
        self.retranslate()

    def title(self) -> str:
        return self.tr("Overview")

    def retranslate(self) -> None:
        self.steps_heading.setText(self.tr("The first three things to do"))
        self.all_steps.setText(self.tr("See every recommendation"))
        self.print_button.setText(self.tr("Print the plan…"))
        self.outage_button.setText(self.tr("WhatsApp is down: start outage mode…"))
        self.exercise_button.setText(self.tr("Run a tabletop exercise…"))
        self.refresh()

    def refresh(self) -> None:
        """Show the newest results, or say that they are being computed."""
        plan = self.context.open_plan.plan
        engine = self.context.engine
        self.heading.setText(
            (
                self.tr("%1: what a WhatsApp outage would cost")
                if whatsapp_only(plan.functions)
                else self.tr("%1: what an outage of WhatsApp and your other apps would cost")
            ).replace("%1", plan.business.name)
        )
        evaluation = engine.evaluation if engine.up_to_date else None
        self.status.setText("" if evaluation else self.tr("Working out the figures…"))
        self.status.setVisible(evaluation is None)
        self._show_figures(evaluation)
        self._show_planned()
        current = evaluation is not None and engine.recommendations_up_to_date
        self._show_steps(engine.recommendations if current else None)
        assumed = assumed_defaults(plan, self.context.reference)
        self.defaults.setText(
            translate(  # not self.tr: Qt writes %n in Western digits, also in Arabic
                "SummaryPage",
                "%n activities rely on typical values no source measures for your business "
                "(how long customers wait, how many come back): replace them with yours on "
                "the Functions page when you know them.",
                None,
                len(assumed),
            )
            if assumed
            else ""
        )
        self.defaults.setVisible(bool(assumed))

    def _show_planned(self) -> None:
        """Where the open tasks of the action plan will take the business; nothing without."""
        engine = self.context.engine
        outlook = engine.outlook if engine.outlook_up_to_date else None
        if outlook is None or not outlook.changes:
            self.planned.setVisible(False)
            return
        self.planned.setText(
            translate(
                "SummaryPage",
                "With the %n open task(s) of your action plan done, you can expect to lose "
                "about {after} a year instead of {before}, and {p90_after} instead of "
                "{p90_before} in a bad year. The figures above are for today.",
                None,
                outlook.open_tasks,
            ).format(
                after=self._money(outlook.when_done.ale),
                before=self._money(outlook.today.ale),
                p90_after=self._money(outlook.when_done.p90_year),
                p90_before=self._money(outlook.today.p90_year),
            )
        )
        self.planned.setVisible(True)

    def _money(self, amount: float) -> str:
        """Whole units, two significant figures: the model's inputs are estimates."""
        plan = self.context.open_plan.plan
        return format_money(
            round_to_say(amount), plan.business.currency, self.context.reference, whole=True
        )

    def _show_figures(self, evaluation: Evaluation | None) -> None:
        for figure in self.figures:
            figure.setVisible(evaluation is not None)
        if evaluation is None:
            return
        outcome = evaluation.reference
        scenario = outcome.scenario
        planning = sum(outcome.planning_by_function.values())
        self.figures[0].show_figure(
            self.tr("One outage of about %1 while you are open").replace(
                "%1", format_hours(scenario.duration_hours)
            ),
            self._money(planning),
            self.tr("%1: the longest outage you can bear is worked out on this one.").replace(
                "%1", scenario_name(scenario.name)
            ),
        )
        ale = term("ale")
        self.figures[1].show_figure(
            ale.plain, self._money(evaluation.ale), ale.explanation, ale.tooltip
        )
        mtpd = term("mtpd")
        plan = self.context.open_plan.plan
        # the owner's own figure, as typed
        tolerance = format_money(
            evaluation.tolerance, plan.business.currency, self.context.reference, whole=True
        )
        if evaluation.mtpd_hours is None:
            longest = self.tr("more than a week")
        else:
            longest = format_hours(evaluation.mtpd_hours)
        self.figures[2].show_figure(
            mtpd.plain,
            longest,
            self.tr("After that, one outage costs more than the %1 you said you can bear.").replace(
                "%1", tolerance
            ),
            mtpd.tooltip,
        )

    def _show_steps(self, recommendations: Recommendations | None) -> None:
        plan = self.context.open_plan.plan
        planned = planned_steps(plan)
        first = []
        if recommendations is not None:
            first = [v for v in recommendations.actions if v.worth_doing][:FIRST_STEPS]
        for number, label in enumerate(self.steps):
            if number >= len(first):
                label.setVisible(number == 0)
                if number == 0:
                    label.setText(
                        self.tr("Working out what to do first…")
                        if recommendations is None
                        else self.tr(
                            "Nothing to add now: no step saves more than it costs. See the "
                            "Recommendations page for the reasons."
                        )
                    )
                continue
            valued = first[number]
            function = plan.function(valued.action.function_id)
            label.setVisible(True)
            text = (
                self.tr("%1. %2 (for %3): saves about %4 a year, costs about %5 a year.")
                .replace("%1", local_number(number + 1))
                .replace("%2", valued.action.title)
                .replace("%3", function.name)
                .replace("%4", self._money(valued.ale_reduction))
                .replace("%5", self._money(valued.cost_per_year))
            )
            task = planned.get(valued.action.id)
            if task is not None:
                text += " " + self.tr("On your action plan: %1.").replace(
                    "%1", status_label(task.status)
                )
            label.setText(text)
            label.setToolTip(action_explanation(valued))
