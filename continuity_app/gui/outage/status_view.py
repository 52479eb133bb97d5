"""Where the outage stands: loss so far, time left, minimum-service limits (red: unmet)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QWidget

from continuity_app.core.incident import ServiceLimit
from continuity_app.gui.formatting import Formatter
from continuity_app.gui.outage.session import OutageSession

RED = "color: #b00020;"


def _value() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class StatusView(QGroupBox):
    """Worked out again on each change and each minute of the clock."""

    def __init__(
        self, session: OutageSession, formatter: Formatter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.formatter = formatter
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.loss = _value()
        self.left = _value()
        self.limits: list[QLabel] = []  # one sentence per minimum-service limit
        self.loss_caption = QLabel()
        self.left_caption = QLabel()
        self.form.addRow(self.loss_caption, self.loss)
        self.form.addRow(self.left_caption, self.left)
        self.limits_caption = QLabel()
        self.form.addRow(self.limits_caption)
        session.changed.connect(self.refresh)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Where the outage stands, by the plan's figures"))
        self.loss_caption.setText(self.tr("Loss so far:"))
        self.left_caption.setText(self.tr("Longest outage you can bear:"))
        self.limits_caption.setText(self.tr("Minimum service, served now by the switches made:"))
        self.refresh()

    def refresh(self) -> None:
        now = self.session.standing()
        f = self.formatter
        self.loss.setText(f.money(now.loss_so_far, whole=True))
        left = now.hours_left
        if left is None:
            self.left.setText(self.tr("more than a week; no limit within this outage."))
        elif left >= 0:
            self.left.setText(
                self.tr("%1, reached in %2.")
                .replace("%1", f.hours(now.bearable_hours))
                .replace("%2", f.hours(left))
            )
        else:
            self.left.setText(
                self.tr("%1, passed %2 ago.")
                .replace("%1", f.hours(now.bearable_hours))
                .replace("%2", f.hours(-left))
            )
        self.left.setStyleSheet(RED if left is not None and left < 0 else "")
        self._show_limits(list(now.limits))

    def _show_limits(self, limits: list[ServiceLimit]) -> None:
        while len(self.limits) > len(limits):
            self.limits.pop().deleteLater()
        while len(self.limits) < len(limits):
            label = _value()
            self.form.addRow(label)
            self.limits.append(label)
        plan = self.session.plan
        f = self.formatter
        for label, limit in zip(self.limits, limits, strict=True):
            if limit.met:
                text = self.tr("%1: %2 served, %3 needed within %4: met.")
            elif limit.hours_left >= 0:
                text = self.tr("%1: %2 served, %3 needed within %4: not met yet, %5 left.")
            else:
                text = self.tr("%1: %2 served, %3 needed within %4: not met, %5 too late.")
            label.setText(
                text.replace("%1", plan.function(limit.function_id).name)
                .replace("%2", f.percent(limit.served))
                .replace("%3", f.percent(limit.mbco))
                .replace("%4", f.hours(limit.within_hours))
                .replace("%5", f.hours(abs(limit.hours_left)))
            )
            label.setStyleSheet("" if limit.met else RED)
