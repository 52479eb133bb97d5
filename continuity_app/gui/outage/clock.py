"""The clock since the start: the real one in an outage, the facilitator's in an exercise."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from continuity_app.gui.formatting import LRI, PDI, Formatter
from continuity_app.gui.outage.session import OutageSession


def clock_text(formatter: Formatter, hours: float, seconds: bool = True) -> str:
    """Hours since the start as h:mm(:ss) in the locale's digits, kept left to right."""
    total = max(0, int(hours * 3600 + 1e-6)) if seconds else max(0, int(hours * 60 + 1e-6)) * 60
    parts = [total // 3600, total // 60 % 60]
    if seconds:
        parts.append(total % 60)

    def two(value: int) -> str:
        return (
            formatter.number(value)
            if value >= 10
            else formatter.number(0) + formatter.number(value)
        )

    text = ":".join([formatter.number(parts[0]), *(two(p) for p in parts[1:])])
    return f"{LRI}{text}{PDI}"


class ClockBar(QWidget):
    """The time since the start, large; the facilitator's buttons in an exercise."""

    ticked = Signal()  # each second of a live outage

    def __init__(self, session: OutageSession, formatter: Formatter, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.formatter = formatter
        self.caption = QLabel()
        self.time = QLabel()
        self.time.setAccessibleName("clock")
        font = self.time.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.time.setFont(font)
        self.time.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.quarter = QPushButton()
        self.quarter.clicked.connect(lambda: session.advance(0.25))
        self.hour = QPushButton()
        self.hour.clicked.connect(session.next_hour)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.time)
        layout.addWidget(self.quarter)
        layout.addWidget(self.hour)
        layout.addStretch(1)
        self.quarter.setVisible(session.exercise)
        self.hour.setVisible(session.exercise)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._tick)
        if not session.exercise:
            self.timer.start()
        session.changed.connect(self.refresh)
        self.retranslate()

    def retranslate(self) -> None:
        self.caption.setText(
            self.tr("Exercise clock:") if self.session.exercise else self.tr("Since the start:")
        )
        self.quarter.setText(self.tr("+15 min"))
        self.quarter.setToolTip(self.tr("Move the exercise clock on by a quarter of an hour."))
        self.hour.setText(self.tr("Next hour"))
        self.hour.setToolTip(self.tr("Move the exercise clock on to the next whole hour."))
        self.refresh()

    def set_running(self, on: bool) -> None:
        """Stops the clock once the outage is closed (and the facilitator's buttons)."""
        if not on:
            self.timer.stop()
        self.quarter.setEnabled(on)
        self.hour.setEnabled(on)

    def refresh(self) -> None:
        self.time.setText(clock_text(self.formatter, self.session.now()))

    def _tick(self) -> None:
        self.refresh()
        self.ticked.emit()
