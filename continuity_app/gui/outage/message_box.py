"""A ready-to-send message: its text, Copy, its SMS length and a QR code of its number."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from continuity_app.core.plan import MessageTemplate
from continuity_app.core.sms import sms_segments
from continuity_app.gui.formatting import Formatter
from continuity_app.gui.outage.qr import qr_data, qr_pixmap
from continuity_app.report.printed_plan.bidi import first_strong_rtl


class MessageBox(QWidget):
    """The message as the plan words it, ready to copy; `copied` once it is on the clipboard."""

    copied = Signal()

    def __init__(
        self, message: MessageTemplate, formatter: Formatter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.message = message
        self.text = QLabel(message.text)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setFrameShape(QLabel.Shape.StyledPanel)
        self.text.setMargin(6)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        # the message's own direction, whatever the window's language
        self.text.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft
            if first_strong_rtl(message.text)
            else Qt.LayoutDirection.LeftToRight
        )
        self.copy = QPushButton(self.tr("Copy"))
        self.copy.setToolTip(self.tr("Copy the message to paste it into the app you send it with."))
        self.copy.clicked.connect(self._copy)
        count = sms_segments(message.text, formatter.reference)
        self.sms = QLabel(
            self.tr("As SMS: %1 characters in %2 SMS.")
            .replace("%1", formatter.number(count.characters))
            .replace("%2", formatter.number(count.segments))
        )
        self.sms.setWordWrap(True)
        self.qr = QLabel()
        data = qr_data(message.text)
        if data is not None:
            pixmap = qr_pixmap(data)
            if pixmap is None:
                self.qr.setText(
                    self.tr(
                        "QR codes cannot be shown: the segno package is missing from this "
                        "installation."
                    )
                )
            else:
                self.qr.setPixmap(pixmap)
                self.qr.setToolTip(self.tr("Scan to open %1.").replace("%1", data))
                self.qr.setAccessibleName(self.tr("QR code of %1").replace("%1", data))
        self.qr.setVisible(data is not None)
        self.qr_data = data
        side = QVBoxLayout()
        side.addWidget(self.copy)
        side.addWidget(self.sms)
        side.addStretch(1)
        self.sms.setMinimumWidth(150)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(28, 0, 0, 6)
        layout.addWidget(self.text, 3)
        layout.addLayout(side, 1)
        layout.addWidget(self.qr)

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.message.text)
        self.copied.emit()
