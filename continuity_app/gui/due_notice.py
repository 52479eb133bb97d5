"""The notice shown when a plan opens with overdue tasks or past its review date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from continuity_app.core.i18n import translate
from continuity_app.core.plan import Plan
from continuity_app.core.plan_content import next_review, review_overdue
from continuity_app.core.tasks import overdue
from continuity_app.core.wording import and_list


class DueNotice(QFrame):
    """What is late in the plan just opened, with the way to it; closed by the user, or on
    its own once nothing is late any more."""

    showRequested = Signal()

    def __init__(
        self,
        date_text: Callable[[dt.date], str],
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.date_text = date_text
        self.today = today
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("DueNotice { background: #fff4e5; border: 1px solid #e0a040; }")
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.show_button = QPushButton(self)
        self.show_button.clicked.connect(self.showRequested)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.show_button)
        layout.addWidget(self.close_button)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.show_button.setText(self.tr("Show the action plan"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close this notice"))

    def text_for(self, plan: Plan) -> str:
        """What is late, in a sentence or two; empty when nothing is."""
        today = self.today()
        parts = []
        late = overdue(plan, today)
        if late:
            parts.append(
                translate(
                    "DueNotice", "%n preparation task(s) overdue: {tasks}.", None, len(late)
                ).format(
                    tasks=and_list(
                        [
                            translate("DueNotice", "{task} (due {date})").format(
                                task=t.title, date=self.date_text(t.due or today)
                            )
                            for t in late
                        ]
                    )
                )
            )
        due = next_review(plan)
        if due is not None and review_overdue(plan, today):
            parts.append(
                translate(
                    "DueNotice",
                    "The plan was due for review on {date}: go through it with the people who "
                    "act in it.",
                ).format(date=self.date_text(due))
            )
        return " ".join(parts)

    def check(self, plan: Plan, opening: bool = False) -> None:
        """Show what is late when a plan opens; afterwards only update or hide the notice."""
        text = self.text_for(plan)
        self.message.setText(text)
        if not text:
            self.hide()
        elif opening:
            self.show()
