"""The continuity roles table: who holds each role, their alternate and how to reach them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from continuity_app.core.fields import fields
from continuity_app.core.plan import Plan, Role
from continuity_app.core.plan_change import PlanChange
from continuity_app.core.plan_edits import SetRoleField
from continuity_app.gui.formatting import LRI, PDI
from continuity_app.gui.models.reference_table import FSI
from continuity_app.gui.open_plan import OpenPlan

Index = QModelIndex | QPersistentModelIndex

FIELDS: tuple[str, ...] = tuple(entry.key for entry in fields("role"))
_PHONES = frozenset({"phone", "alternate_phone"})


class RolesModel(QAbstractTableModel):
    """Edits the plan's roles in place; every change is one undoable document edit."""

    def __init__(self, open_plan: OpenPlan, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.open_plan = open_plan
        self._ids = [role.id for role in open_plan.plan.details.roles]
        open_plan.planChanged.connect(self._plan_changed)
        open_plan.displayChanged.connect(self._plan_changed)

    def _plan_changed(self, plan: Plan, change: PlanChange | None = None) -> None:
        if change is not None and not change.touches("details"):
            return
        ids = [role.id for role in plan.details.roles]
        if ids != self._ids:
            self.beginResetModel()
            self._ids = ids
            self.endResetModel()
        elif ids:
            # Same rows: repaint in place so the view keeps its selection and current cell.
            self.dataChanged.emit(self.index(0, 0), self.index(len(ids) - 1, len(FIELDS) - 1))

    def role_at(self, row: int) -> Role:
        return self.open_plan.plan.details.roles[row]

    def row_of(self, role_id: str) -> int:
        return self._ids.index(role_id)

    def titles(self) -> dict[str, tuple[str, str]]:
        """Column title and tooltip per field (translated), as the field registry says."""
        return {entry.key: (entry.title(), entry.tip()) for entry in fields("role")}

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(FIELDS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(FIELDS):
            return None
        title, tip = self.titles()[FIELDS[section]]
        if role == Qt.ItemDataRole.DisplayRole:
            return title
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        field = FIELDS[index.column()]
        value: str = getattr(self.role_at(index.row()), field)
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.DisplayRole:
            if not value:
                return value
            # A phone number keeps its digit order in a right-to-left layout; names and duties
            # take the direction of their own script.
            return f"{LRI if field in _PHONES else FSI}{value}{PDI}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return value if field == "duties" and value else self.titles()[field][1]
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        field = FIELDS[index.column()]
        self.set_role_field(index.row(), field, str(value).strip())
        return True

    def set_role_field(self, row: int, field: str, value: Any) -> None:
        """Change one field of one role as an undoable edit."""
        self.open_plan.apply(SetRoleField(self.role_at(row).id, field, value))
