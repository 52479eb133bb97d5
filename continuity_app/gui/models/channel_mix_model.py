"""The selected function's channel mix: one row per channel, its share editable in percent."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from continuity_app.core.channel_mix import MIX_CHANNELS, mix_field
from continuity_app.core.display import channel_name
from continuity_app.core.fields import field
from continuity_app.core.i18n import translate
from continuity_app.core.plan import Function, Plan
from continuity_app.core.plan_change import PlanChange
from continuity_app.core.reference import ReferenceData
from continuity_app.gui.models.functions_model import FunctionsModel, field_column
from continuity_app.gui.uncertain_text import format_uncertain

Index = QModelIndex | QPersistentModelIndex

CHANNEL, SHARE = 0, 1


def mix_order(function: Function) -> list[str]:
    """The channels of a function's mix in the window's fixed order (rows do not jump while a
    share is typed), any other channel after them."""
    listed = [c for c in MIX_CHANNELS if c in function.channel_mix]
    return listed + sorted(c for c in function.channel_mix if c not in MIX_CHANNELS)


class ChannelMixModel(QAbstractTableModel):
    """Edits one function's mix through the functions model, so a share is checked and
    refused in the same words as in the functions table."""

    def __init__(self, functions: FunctionsModel, reference: ReferenceData, parent=None) -> None:
        super().__init__(parent)
        self.functions = functions
        self.reference = reference
        self.row = -1  # the function's row in the functions table; -1: none selected
        self._channels: list[str] = []
        functions.open_plan.planChanged.connect(self._plan_changed)
        functions.open_plan.displayChanged.connect(lambda _plan: self.show_function(self.row))

    def function(self) -> Function | None:
        functions = self.functions.open_plan.plan.functions
        return functions[self.row] if 0 <= self.row < len(functions) else None

    def show_function(self, row: int) -> None:
        """Show the mix of the function in this row of the functions table."""
        self.beginResetModel()
        self.row = row
        function = self.function()
        self._channels = mix_order(function) if function else []
        self.endResetModel()

    def channel_at(self, row: int) -> str | None:
        return self._channels[row] if 0 <= row < len(self._channels) else None

    def _plan_changed(self, _plan: Plan, change: PlanChange) -> None:
        if change.touches("functions"):
            function = self.function()
            if function is None or mix_order(function) != self._channels:
                self.show_function(self.row)
            elif self._channels:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._channels) - 1, 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._channels)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == CHANNEL:
            return translate("ChannelMix", "Channel")
        return translate("ChannelMix", "Share (%)")

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == SHARE else flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        function = self.function()
        channel = self.channel_at(index.row())
        if not index.isValid() or function is None or channel is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if index.column() == CHANNEL:
                return channel_name(self.reference, channel)
            return format_uncertain(function.channel_mix[channel], 100.0)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == SHARE:
            return field("function", mix_field(channel)).tip()
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == SHARE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        channel = self.channel_at(index.row())
        if role != Qt.ItemDataRole.EditRole or index.column() != SHARE or channel is None:
            return False
        if isinstance(value, str) and value == self.data(index, Qt.ItemDataRole.EditRole):
            return True  # the editor closed on the text it opened with: keep every digit
        column = field_column(field("function", mix_field(channel)))
        return self.functions.set_field(self.row, column, value)
