"""The Welcome page: start a new plan with a guided set-up, reopen a recent plan, open a file,
or explore an example."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from continuity_app.core.i18n import translate
from continuity_app.gui.context import AppContext
from continuity_app.gui.new_plan_dialog import NewPlanWizard
from continuity_app.gui.pages.base import Page
from continuity_app.gui.settings import RECENT_FILES
from continuity_app.io.examples import example_names, load_example

_ARABIC = re.compile("[\u0600-\u06ff]")


class WelcomePage(Page):
    """Four ways in: a new plan, a recent plan, a plan file, or an example to explore."""

    exampleChosen = Signal(str)  # the example's name, for continuity_app.io.examples
    planCreated = Signal(object)  # the new Plan from the guided set-up
    openRequested = Signal()
    recentChosen = Signal(str)  # the path of a recent plan

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.intro = QLabel()
        self.intro.setWordWrap(True)

        self.examples = QListWidget()
        self.examples.setWordWrap(True)
        self.examples.setSpacing(4)
        for name in example_names():
            plan = load_example(name)
            summary = translate("Reference", plan.details.summary)  # built-in: translated
            item = QListWidgetItem(f"{plan.business.name}\n{summary}")
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setToolTip(summary)
            if _ARABIC.search(summary):
                # measured with the Arabic font: its lines are taller than the Latin font's,
                # and the last wrapped line was cut off
                font = self.examples.font()
                font.setFamilies(["Noto Sans Arabic", *font.families()])
                item.setFont(font)
            self.examples.addItem(item)
        self.examples.setCurrentRow(0)
        self.examples.itemActivated.connect(self._example_activated)
        self.open_example = QCommandLinkButton()
        self.open_example.clicked.connect(self.choose_example)
        self.new_plan = QCommandLinkButton()
        self.new_plan.clicked.connect(self.start_new_plan)
        self.open_file = QCommandLinkButton()
        self.open_file.clicked.connect(self.openRequested)
        self.recent_label = QLabel()
        self.recent = QListWidget()
        self.recent.itemActivated.connect(
            lambda item: self.recentChosen.emit(item.data(Qt.ItemDataRole.UserRole))
        )

        self.example_box = self._card(self.open_example, self.examples)
        new_box = self._card(self.new_plan)
        file_box = self._card(self.open_file, self.recent_label, self.recent)
        side = QVBoxLayout()
        side.addWidget(new_box)
        side.addWidget(file_box, 1)
        choices = QHBoxLayout()
        choices.addWidget(self.example_box, 3)
        choices.addLayout(side, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addSpacing(12)
        layout.addLayout(choices, 1)
        self.setTabOrder(self.new_plan, self.open_file)
        self.setTabOrder(self.open_file, self.recent)
        self.setTabOrder(self.recent, self.open_example)
        self.setTabOrder(self.open_example, self.examples)
        self.retranslate()
        self.show_recent()

    def title(self) -> str:
        return self.tr("Welcome")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Be ready when WhatsApp goes down"))
        self.intro.setText(
            self.tr(
                "Work out what an outage of WhatsApp and the apps that fail with it would cost "
                "your business, which fallback channels to prepare, and print a continuity "
                "plan. Everything stays on this computer."
            )
        )
        self.open_example.setText(self.tr("Explore an example"))
        self.open_example.setDescription(
            self.tr("Open a finished plan of a real-world kind of business and look around.")
        )
        self.examples.setAccessibleName(self.tr("Example plans"))
        self.examples.setToolTip(self.tr("Double-click or press Enter to open an example."))
        self.new_plan.setText(self.tr("Start a new plan"))
        self.new_plan.setDescription(
            self.tr(
                "Answer a few questions an owner can answer (what customers do on WhatsApp, how "
                "many a day, what an order is worth); it takes about ten minutes."
            )
        )
        self.open_file.setText(self.tr("Open a plan file…"))
        self.open_file.setDescription(self.tr("Continue a plan saved on this computer."))
        self.recent_label.setText(self.tr("Recent plans (double-click to open):"))
        self.recent.setAccessibleName(self.tr("Recent plans"))
        self.show_recent()

    def show_recent(self) -> None:
        """List the recent plans that still exist; the list hides when there are none."""
        self.recent.clear()
        for path in self.context.settings.get(RECENT_FILES):
            if Path(path).is_file():
                item = QListWidgetItem(Path(path).name)
                item.setToolTip(path)
                item.setData(Qt.ItemDataRole.UserRole, path)
                self.recent.addItem(item)
        shown = self.recent.count() > 0
        self.recent.setVisible(shown)
        self.recent_label.setVisible(shown)
        if shown:
            self.recent.setCurrentRow(0)

    def showEvent(self, event) -> None:
        self.show_recent()  # a plan saved since is listed when the user comes back here
        super().showEvent(event)

    def choose_example(self) -> None:
        item = self.examples.currentItem()
        if item is not None:
            self.exampleChosen.emit(item.data(Qt.ItemDataRole.UserRole))

    def start_new_plan(self) -> NewPlanWizard:
        """Open the guided set-up; planCreated follows when the user presses Finish."""
        dialog = NewPlanWizard(self.context.reference, self.context.settings, self)
        dialog.finished.connect(lambda result: self._new_plan_finished(dialog, result))
        dialog.open()  # window-modal without a nested event loop, so tests can drive it
        return dialog

    def _new_plan_finished(self, dialog: NewPlanWizard, result: int) -> None:
        plan = dialog.plan()
        dialog.deleteLater()
        if result == NewPlanWizard.DialogCode.Accepted and plan is not None:
            self.planCreated.emit(plan)

    def _example_activated(self, item: QListWidgetItem) -> None:
        self.exampleChosen.emit(item.data(Qt.ItemDataRole.UserRole))

    def _card(self, button: QCommandLinkButton, *body: QWidget) -> QFrame:
        """A framed button with `body` under it, the last of which takes the spare height."""
        card = QFrame()
        card.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(card)
        layout.addWidget(button)
        for widget in body:
            layout.addWidget(widget, 1 if widget is body[-1] else 0)
        return card
