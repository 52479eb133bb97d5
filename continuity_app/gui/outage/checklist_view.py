"""The checklist by section, ticked at the clock's time, with the messages to send."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QVBoxLayout, QWidget

from continuity_app.core.incident import EntryKind, Item, Section
from continuity_app.gui.formatting import Formatter
from continuity_app.gui.outage.clock import clock_text
from continuity_app.gui.outage.message_box import MessageBox
from continuity_app.gui.outage.session import OutageSession


class ChecklistView(QWidget):
    """Built again when the items change (the stand-down adds the return to normal)."""

    def __init__(
        self, session: OutageSession, formatter: Formatter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.formatter = formatter
        self.boxes: dict[str, QCheckBox] = {}
        self.times: dict[str, QLabel] = {}
        self.messages: dict[str, MessageBox] = {}
        self._shown: list[str] = []
        self._enabled = True
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        session.changed.connect(self.refresh)
        self.refresh()

    def headings(self) -> dict[Section, str]:
        return {
            Section.CRITERIA: self.tr("1. Confirm the outage"),
            Section.CALLS: self.tr("2. Call the team, in this order"),
            Section.SWITCHES: self.tr("3. Move each activity to its fallbacks"),
            Section.MESSAGES: self.tr("4. Send the messages"),
            Section.RETURN: self.tr("5. Back to normal"),
        }

    def refresh(self) -> None:
        items = self.session.items()
        if [i.id for i in items] != self._shown:
            self._build(items)
        done = self.session.incident.done()
        for item_id, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(item_id in done)
            box.blockSignals(False)
            at = done.get(item_id)
            self.times[item_id].setText(
                "" if at is None else clock_text(self.formatter, at, seconds=False)
            )

    def set_enabled(self, on: bool) -> None:
        self._enabled = on
        for box in self.boxes.values():
            box.setEnabled(on)

    def _build(self, items: list[Item]) -> None:
        while self.layout_.count():
            child = self.layout_.takeAt(0)
            widget = child.widget() if child is not None else None
            if widget is not None:
                widget.deleteLater()
        self.boxes.clear()
        self.times.clear()
        self.messages.clear()
        self._shown = [i.id for i in items]
        headings = self.headings()
        plan_messages = {m.id: m for m in self.session.plan.details.messages}
        for section in Section:
            mine = [i for i in items if i.section == section]
            if not mine:
                continue
            heading = QLabel(headings[section])
            font = heading.font()
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.1)
            heading.setFont(font)
            self.layout_.addWidget(heading)
            for item in mine:
                self.layout_.addWidget(self._row(item))
                message = plan_messages.get(item.message or "")
                if message is not None:
                    box = MessageBox(message, self.formatter)
                    box.copied.connect(lambda i=item.id: self._sent(i))
                    self.messages[item.id] = box
                    self.layout_.addWidget(box)
        self.layout_.addStretch(1)
        self.set_enabled(self._enabled)

    def _row(self, item: Item) -> QWidget:
        row = QWidget()
        grid = QGridLayout(row)
        grid.setContentsMargins(0, 0, 0, 0)
        box = QCheckBox()
        box.setAccessibleName(item.text)
        box.toggled.connect(lambda on, i=item: self._ticked(i, on))
        text = QLabel(item.text)
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setBuddy(box)
        when = QLabel()
        # as wide as a time of the first day, so that the items' texts line up
        when.setMinimumWidth(when.fontMetrics().horizontalAdvance("00:00") + 4)
        when.setToolTip(self.tr("When it was done, in hours and minutes since the start."))
        grid.addWidget(box, 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(text, 0, 1)
        grid.addWidget(when, 0, 2, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(1, 1)
        self.boxes[item.id] = box
        self.times[item.id] = when
        return row

    def _ticked(self, item: Item, on: bool) -> None:
        if not on:
            self.session.log(EntryKind.UNCHECKED, item.id)
        elif item.section == Section.MESSAGES:
            self.session.log(EntryKind.SENT, item.id)
        else:
            self.session.log(EntryKind.CHECKED, item.id)

    def _sent(self, item_id: str) -> None:
        """Copying a message counts as sending it, once."""
        if self._enabled and item_id not in self.session.incident.done():
            self.session.log(EntryKind.SENT, item_id)
