"""The outage screen: clock, checklist, messages, standing, log and its buttons; the review."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from continuity_app.core.display import scenario_name
from continuity_app.core.incident import EntryKind
from continuity_app.gui.formatting import Formatter
from continuity_app.gui.outage.checklist_view import ChecklistView
from continuity_app.gui.outage.clock import ClockBar
from continuity_app.gui.outage.log_view import LogView
from continuity_app.gui.outage.review_view import ReviewView
from continuity_app.gui.outage.session import OutageSession
from continuity_app.gui.outage.status_view import RED, StatusView

# The status is worked out again every this many ticks of a live clock (the loss grows).
STATUS_EVERY_SECONDS = 15


class OutageWindow(QMainWindow):
    """One outage or exercise, in a window of its own beside the plan."""

    def __init__(
        self, session: OutageSession, formatter: Formatter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.session = session
        self.formatter = formatter
        self._ticks = 0
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.clock = ClockBar(session, formatter)
        self.clock.ticked.connect(self._tick)
        self.declare = QPushButton()
        self.declare.clicked.connect(lambda: session.log(EntryKind.DECLARED))
        self.stand_down = QPushButton()
        self.stand_down.clicked.connect(lambda: session.log(EntryKind.STOOD_DOWN))
        self.close_review = QPushButton()
        self.close_review.clicked.connect(self.close_and_review)
        self.saved = QLabel()
        self.saved.setWordWrap(True)
        self.saved.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.inject_label = QLabel()  # the exercise's newest event, read out by the facilitator
        self.inject_label.setWordWrap(True)
        self.inject_label.setFrameShape(QLabel.Shape.StyledPanel)
        self.inject_label.setMargin(8)
        self.inject_label.setTextFormat(Qt.TextFormat.PlainText)
        self.checklist = ChecklistView(session, formatter)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.checklist)
        self.status = StatusView(session, formatter)
        self.log_view = LogView(session, formatter)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.inject_label)
        side_layout.addWidget(self.status)
        side_layout.addWidget(self.log_view, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(scroll)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.review = ReviewView(session, formatter)
        self.stack = QStackedWidget()
        self.stack.addWidget(splitter)
        self.stack.addWidget(self.review)
        buttons = QHBoxLayout()
        buttons.addWidget(self.clock, 1)
        for button in (self.declare, self.stand_down, self.close_review):
            buttons.addWidget(button)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.heading)
        layout.addLayout(buttons)
        layout.addWidget(self.saved)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.resize(1180, 760)
        session.changed.connect(self.refresh)
        session.saveFailed.connect(self._save_failed)
        session.saved.connect(self._saved)
        self.retranslate()
        if session.save_error is None:
            self._saved()
        else:
            self._save_failed(session.save_error)
        if session.incident.closed:
            self._show_review()

    def retranslate(self) -> None:
        name = scenario_name(self.session.scenario().name)
        if self.session.script is not None:
            title = self.tr("Tabletop exercise: %1").replace("%1", self.session.script.title)
        else:
            title = self.tr("Outage mode: %1").replace("%1", name)
        self.heading.setText(title)
        self.setWindowTitle(
            self.tr("%1 — %2").replace("%1", title).replace("%2", self.session.plan.business.name)
        )
        self.declare.setText(self.tr("Declare the outage"))
        self.declare.setToolTip(
            self.tr("Once the criteria are confirmed: the plan is active from now.")
        )
        self.stand_down.setText(self.tr("Stand down"))
        self.stand_down.setToolTip(
            self.tr("The service is back: the return-to-normal checklist follows.")
        )
        self.close_review.setText(self.tr("Close and review"))
        self.close_review.setToolTip(
            self.tr("End the outage and see the after-action review; the log is kept.")
        )
        self.refresh()

    def refresh(self) -> None:
        incident = self.session.incident
        closed = incident.closed
        self.declare.setEnabled(incident.first(EntryKind.DECLARED) is None and not closed)
        self.stand_down.setEnabled(incident.stood_down is None and not closed)
        self.close_review.setEnabled(not closed)
        self.clock.set_running(not closed)
        self.checklist.set_enabled(not closed)
        self.log_view.set_enabled(not closed)
        self._show_event()

    def _show_event(self) -> None:
        script = self.session.script
        shown = [e for e in self.session.incident.entries if e.kind == EntryKind.INJECT]
        self.inject_label.setVisible(script is not None and bool(shown))
        if script is None or not shown:
            return
        latest = max(shown, key=lambda e: e.at)
        inject = next((i for i in script.injects if f"inject-{i.at:g}" == latest.item), None)
        title, text = inject.worded() if inject else (latest.text, "")
        self.inject_label.setText(
            self.tr("Event: %1\n%2").replace("%1", title).replace("%2", text).strip()
        )

    def close_and_review(self) -> None:
        if not self.session.incident.closed:
            self.session.log(EntryKind.CLOSED)
        self._show_review()

    def _show_review(self) -> None:
        self.review.show_review(self.session.review())
        self.stack.setCurrentWidget(self.review)

    def _tick(self) -> None:
        self._ticks += 1
        if self._ticks % STATUS_EVERY_SECONDS == 0:
            self.status.refresh()

    def _saved(self) -> None:
        self.saved.setStyleSheet("")
        self.saved.setText(
            self.tr("Every change is saved at once to %1.").replace("%1", str(self.session.path))
        )

    def _save_failed(self, reason: str) -> None:
        self.saved.setStyleSheet(RED)
        self.saved.setText(
            self.tr(
                "The log could not be saved to %1: %2. You can go on working in this window; free "
                "some space or fix the folder, and the next change saves the whole log."
            )
            .replace("%1", str(self.session.path))
            .replace("%2", reason)
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.clock.timer.stop()
        event.accept()
