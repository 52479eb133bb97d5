"""The scenarios table: one row per failure scenario of the plan, with its layers said plainly."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from continuity_app.core.display import format_start, layer_name, layer_names, scenario_name
from continuity_app.core.fields import Field, fields
from continuity_app.core.plan import Plan, Scenario
from continuity_app.core.plan_change import PlanChange
from continuity_app.core.plan_edits import SetScenarioField
from continuity_app.core.reference import ReferenceData
from continuity_app.core.terms import how_often
from continuity_app.gui.models.refusal import check, not_a_number, problem_text, refusal
from continuity_app.gui.open_plan import OpenPlan
from continuity_app.gui.uncertain_text import editing_text, parse_number

Index = QModelIndex | QPersistentModelIndex

NAME, LAYERS, DURATION, FREQUENCY, START = range(5)
_FIELDS = {NAME: "name", DURATION: "duration_hours", FREQUENCY: "frequency_per_year"}
# the registry's field of each column (its title, tooltip and limits)
_KEYS = {**_FIELDS, LAYERS: "failed_layers", START: "start"}


def _entries() -> dict[int, Field]:
    """Each column's registry field, in the current language."""
    by_key = {entry.key: entry for entry in fields("scenario")}
    return {column: by_key[key] for column, key in _KEYS.items()}


class ScenariosModel(QAbstractTableModel):
    """The plan's scenarios; edits to name, duration and frequency go through the undo stack."""

    editRejected = Signal(str)  # why an edit was not applied (translated where possible)

    def __init__(
        self, open_plan: OpenPlan, reference: ReferenceData, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._document = open_plan
        self._reference = reference
        self._scenarios: list[Scenario] = list(open_plan.plan.scenarios)
        open_plan.planChanged.connect(self._plan_changed)
        open_plan.displayChanged.connect(self._plan_changed)

    def scenario(self, row: int) -> Scenario:
        return self._scenarios[row]

    def row_of(self, scenario_id: str) -> int:
        """The row showing a scenario, or -1."""
        ids = [s.id for s in self._scenarios]
        return ids.index(scenario_id) if scenario_id in ids else -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._scenarios)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        titles = {column: (f.title(), f.tip()) for column, f in _entries().items()}
        if section not in titles:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return titles[section][0]
        if role == Qt.ItemDataRole.ToolTipRole:
            return titles[section][1]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in _FIELDS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._scenarios):
            return None
        scenario = self._scenarios[index.row()]
        column = index.column()
        locale = QLocale()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NAME:
                return scenario_name(scenario.name)  # the typed name when editing
            if column == LAYERS:
                return layer_names(self._reference, scenario.failed_layers, reference_order=True)
            if column == DURATION:
                return locale.toString(scenario.duration_hours, "g", 4)
            if column == FREQUENCY:
                return how_often(scenario.frequency_per_year)
            if column == START:
                if scenario.start is None:
                    return self.tr("Any time")
                return format_start(scenario.start.weekday, scenario.start.hour)
        if role == Qt.ItemDataRole.EditRole and column in _FIELDS:
            value = getattr(scenario, _FIELDS[column])
            # text with every digit: a number editor would round 0.0833 a year to 0.08
            return value if column == NAME else editing_text(value, locale)
        if role == Qt.ItemDataRole.ToolTipRole and column == NAME:
            return scenario_name(scenario.name)  # whole, where the column cuts it
        if role == Qt.ItemDataRole.ToolTipRole and column == LAYERS:
            return "\n".join(
                f"{layer_name(self._reference, i)}: {self._reference.layers[i].description}"
                for i in scenario.failed_layers
                if i in self._reference.layers
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (DURATION, FREQUENCY):
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() not in _FIELDS:
            return False
        scenario = self._scenarios[index.row()]
        field = _FIELDS[index.column()]
        entry = _entries()[index.column()]
        label = (
            self.tr("Outages per year")  # what is typed here, in its unit
            if field == "frequency_per_year"
            else entry.title()
        )
        typed = str(value).strip()
        if field == "name":
            value = typed
            if not value:
                self.editRejected.emit(refusal(label, typed, self.tr("give the scenario a name.")))
                return False
        else:
            try:
                value = parse_number(value)
            except ValueError:
                self.editRejected.emit(not_a_number(label, typed, ranges=False))
                return False
            problem = check(label, typed, value, entry.limits)
            if problem:
                self.editRejected.emit(problem)
                return False
        try:
            self._document.apply(SetScenarioField(scenario.id, field, value))
        except ValidationError as error:
            self.editRejected.emit(refusal(label, typed, problem_text(error)))
            return False
        return True

    def _plan_changed(self, plan: Plan, change: PlanChange | None = None) -> None:
        if change is not None and not change.touches("scenarios"):
            return
        if [s.id for s in plan.scenarios] == [s.id for s in self._scenarios]:
            # same rows: update in place so the selection and the editor stay where they are
            self._scenarios = list(plan.scenarios)
            if self._scenarios:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._scenarios) - 1, START))
            return
        self.beginResetModel()
        self._scenarios = list(plan.scenarios)
        self.endResetModel()
