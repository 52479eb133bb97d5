"""The decision log: type a decision, press Enter; every line of the log with its time."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QLineEdit, QListWidget, QVBoxLayout, QWidget

from continuity_app.core.incident import EntryKind
from continuity_app.core.incident.wording import entry_words
from continuity_app.gui.formatting import Formatter
from continuity_app.gui.outage.clock import clock_text
from continuity_app.gui.outage.session import OutageSession


class LogView(QGroupBox):
    def __init__(
        self, session: OutageSession, formatter: Formatter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.formatter = formatter
        self.decision = QLineEdit()
        self.decision.setMaxLength(5_000)
        self.decision.returnPressed.connect(self._decide)
        self.lines = QListWidget()
        self.lines.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.decision)
        layout.addWidget(self.lines, 1)
        session.changed.connect(self.refresh)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Log"))
        self.decision.setPlaceholderText(self.tr("Type a decision and press Enter"))
        self.decision.setAccessibleName(self.tr("Decision"))
        self.lines.setAccessibleName(self.tr("Log"))
        self.refresh()

    def refresh(self) -> None:
        items = {i.id: i for i in self.session.items()}
        entries = sorted(self.session.incident.entries, key=lambda e: e.at)
        self.lines.clear()
        for entry in entries:
            when = clock_text(self.formatter, entry.at, seconds=False)
            self.lines.addItem(f"{when}  {entry_words(entry, items)}")
        self.lines.scrollToBottom()

    def set_enabled(self, on: bool) -> None:
        self.decision.setEnabled(on)

    def _decide(self) -> None:
        text = self.decision.text().strip()
        if text:
            self.session.log(EntryKind.DECISION, text=text)
        self.decision.clear()
