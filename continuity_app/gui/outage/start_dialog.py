"""Asks which outage to run (the plan's scenarios) or which exercise script."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from continuity_app.core.display import scenario_name
from continuity_app.core.incident import ExerciseScript
from continuity_app.core.plan import Plan


class StartDialog(QDialog):
    """`scenario_id()` or `script()` once accepted, by the mode it was made for."""

    def __init__(
        self,
        plan: Plan,
        scripts: list[ExerciseScript] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """An outage of one of `plan`'s scenarios; with `scripts`, an exercise of one."""
        super().__init__(parent)
        self.scripts = scripts
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.choices = QListWidget()
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.about.setTextFormat(Qt.TextFormat.PlainText)
        self.about.setMinimumHeight(90)
        self.about.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.choices.itemDoubleClicked.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.choices, 1)
        layout.addWidget(self.about)
        layout.addWidget(self.buttons)
        if scripts is None:
            chosen = plan.reference_scenario().id
            for scenario in plan.scenarios:
                item = QListWidgetItem(scenario_name(scenario.name))
                item.setData(Qt.ItemDataRole.UserRole, scenario.id)
                self.choices.addItem(item)
                if scenario.id == chosen:
                    self.choices.setCurrentItem(item)
        else:
            for script in scripts:
                item = QListWidgetItem(script.title)
                item.setData(Qt.ItemDataRole.UserRole, script.id)
                item.setToolTip(script.about)
                self.choices.addItem(item)
            self.choices.setCurrentRow(0)
        self.choices.currentRowChanged.connect(lambda _row: self._describe())
        self.resize(560, 420)
        self.retranslate()

    def retranslate(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if self.scripts is None:
            self.setWindowTitle(self.tr("Start outage mode"))
            self.intro.setText(
                self.tr(
                    "Which outage is it? The window then shows the plan at work: the clock "
                    "since now, the checklist, the messages and the log, saved as it goes."
                )
            )
            ok.setText(self.tr("Start outage mode"))
        else:
            self.setWindowTitle(self.tr("Run a tabletop exercise"))
            self.intro.setText(
                self.tr(
                    "Which exercise? A facilitator moves its clock on and reads out its events; "
                    "the team works from the plan as in a real outage."
                )
            )
            ok.setText(self.tr("Start the exercise"))
        self._describe()

    def _describe(self) -> None:
        script = self.script()
        self.about.setText(script.about if script else "")
        self.about.setVisible(self.scripts is not None)

    def scenario_id(self) -> str | None:
        item = self.choices.currentItem()
        return (
            None
            if item is None or self.scripts is not None
            else item.data(Qt.ItemDataRole.UserRole)
        )

    def script(self) -> ExerciseScript | None:
        row = self.choices.currentRow()
        if self.scripts is None or not 0 <= row < len(self.scripts):
            return None
        return self.scripts[row]
