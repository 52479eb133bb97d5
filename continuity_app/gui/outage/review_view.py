"""The after-action review on screen: timings, what was missed, follow-ups; PDF, record."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from continuity_app.core.incident import AfterAction
from continuity_app.core.incident.wording import actual_words, planned_words, timing_subject
from continuity_app.core.plan_edits.incident import RecordIncident
from continuity_app.gui.formatting import Formatter
from continuity_app.gui.outage.clock import clock_text
from continuity_app.gui.outage.session import OutageSession
from continuity_app.gui.outage.status_view import RED
from continuity_app.io.incident_files import INCIDENT_SUFFIX
from continuity_app.report.after_action_pdf import render_after_action_pdf
from continuity_app.report.pdf_plan import PlanRenderError

LATE = QColor("#b00020")


def _heading(scale: float = 1.15) -> QLabel:
    label = QLabel()
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    label.setWordWrap(True)
    return label


class ReviewView(QWidget):
    """Shown once the outage is closed; `review` is None until then."""

    def __init__(
        self, session: OutageSession, formatter: Formatter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.formatter = formatter
        self.review: AfterAction | None = None
        self.title = _heading(1.3)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.timings_heading = _heading()
        self.timings = QTableWidget(0, 3)
        self.timings.verticalHeader().hide()
        self.timings.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.timings.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.missing_heading = _heading()
        self.missing = QListWidget()
        self.missing.setWordWrap(True)
        self.follow_heading = _heading()
        self.follow_ups = QListWidget()
        self.follow_ups.setWordWrap(True)
        self.pdf = QPushButton()
        self.pdf.clicked.connect(self.save_pdf)
        self.record = QPushButton()
        self.record.clicked.connect(self.add_to_plan)
        self.result = QLabel()
        self.result.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pdf)
        buttons.addWidget(self.record)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        for widget in (self.title, self.summary, self.timings_heading):
            layout.addWidget(widget)
        layout.addWidget(self.timings, 2)
        layout.addWidget(self.missing_heading)
        layout.addWidget(self.missing, 1)
        layout.addWidget(self.follow_heading)
        layout.addWidget(self.follow_ups, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(
            self.tr("After-action review of the exercise")
            if self.session.exercise
            else self.tr("After-action review of the outage")
        )
        self.timings_heading.setText(self.tr("Timings against the plan"))
        self.timings.setHorizontalHeaderLabels(
            [self.tr("What"), self.tr("The plan expects"), self.tr("It took")]
        )
        self.missing_heading.setText(self.tr("What was not done"))
        self.follow_heading.setText(self.tr("Follow-up tasks for the action plan"))
        self.pdf.setText(self.tr("Save the report as PDF…"))
        self.record.setText(
            self.tr("Add the follow-up tasks and the record of this run to the plan")
        )
        if self.review is not None:
            self.show_review(self.review)

    def show_review(self, review: AfterAction) -> None:
        self.review = review
        f = self.formatter
        started = self.session.incident.started
        self.summary.setText(
            self.tr("Started on %1 at %2 UTC; it lasted %3.")
            .replace("%1", f.date(started.date()))
            .replace("%2", clock_text(f, started.hour + started.minute / 60, seconds=False))
            .replace("%3", f.hours(review.length_hours))
        )
        self.timings.setRowCount(len(review.timings))
        for row, timing in enumerate(review.timings):
            cells = [
                timing_subject(timing, self.session.plan),
                planned_words(timing),
                actual_words(timing),
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if timing.late:
                    cell.setForeground(LATE)
                    cell.setToolTip(self.tr("Later than the plan expects, or never done."))
                self.timings.setItem(row, column, cell)
        self.timings.resizeRowsToContents()
        self.missing.clear()
        self.missing.addItems(
            [i.text for i in review.missing] or [self.tr("Nothing: every step was done.")]
        )
        self.follow_ups.clear()
        self.follow_ups.addItems(
            [t.title for t in review.follow_ups] or [self.tr("None: every switch was made.")]
        )

    def add_to_plan(self) -> None:
        if self.review is None:
            return
        if self.session.context.open_plan.apply(RecordIncident(self.review)):
            self.record.setEnabled(False)
            self.result.setStyleSheet("")
            self.result.setText(
                self.tr(
                    "Added to the plan: the follow-up tasks (%1), the record of this run and "
                    "its date as the plan's review date. Undo takes them back; save the plan "
                    "to keep them."
                ).replace("%1", self.formatter.number(len(self.review.follow_ups)))
            )

    def save_pdf(self) -> None:
        if self.review is None:
            return
        path = self.session.path
        suggested = path.with_name(path.name.removesuffix(INCIDENT_SUFFIX) + ".pdf")
        filename, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the report as PDF"), str(suggested), self.tr("PDF files (*.pdf)")
        )
        if filename:
            self.write_pdf(Path(filename))

    def write_pdf(self, path: Path) -> bool:
        """The report at `path`; a failure is said below the buttons."""
        assert self.review is not None
        try:
            render_after_action_pdf(
                self.session.plan, self.session.context.reference, self.review, path
            )
        except PlanRenderError as error:
            self.result.setStyleSheet(RED)
            self.result.setText(
                self.tr("The report could not be saved: %1").replace("%1", str(error))
            )
            return False
        self.result.setStyleSheet("")
        self.result.setText(self.tr("The report is saved as %1.").replace("%1", str(path)))
        return True
