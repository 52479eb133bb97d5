"""The readiness matrix: functions down, channels across; readiness or activation delay."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from continuity_app.core.channel_fit import shares_provider_with_whatsapp
from continuity_app.core.display import channel_name
from continuity_app.core.document import Fallback, Plan, revise
from continuity_app.core.i18n import translate
from continuity_app.core.reference import ReferenceData
from continuity_app.gui.document import PlanDocument
from continuity_app.gui.uncertain_text import format_uncertain, parse_number, parse_uncertain

Index = QModelIndex | QPersistentModelIndex
READINESS, DELAY = "readiness", "delay"
_SHARED = QColor(255, 224, 178)  # a warm tint: this channel fails together with WhatsApp


class FallbacksModel(QAbstractTableModel):
    """Shows and edits readiness (percent) or activation delay (hours) per function and channel."""

    editFailed = Signal(str)

    def __init__(self, document: PlanDocument, reference: ReferenceData, parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self.reference = reference
        self.channels = [c for c in reference.channels if c != "whatsapp"]
        self.mode = READINESS
        self._ids = [f.id for f in document.plan.functions]
        self._indexed: Plan | None = None  # the plan _cells was built from
        self._cells: dict[tuple[str, str], Fallback] = {}
        self._shown = self._what_is_shown(document.plan)
        self._shared = {c: shares_provider_with_whatsapp(reference, c) for c in self.channels}
        document.planChanged.connect(self._plan_changed)
        document.displayChanged.connect(self._redisplay)

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        if self._ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, len(self.channels) - 1)
            )

    @staticmethod
    def _what_is_shown(plan: Plan) -> tuple[list[str], list[Fallback]]:
        return [f.name for f in plan.functions], plan.fallbacks

    def _plan_changed(self, plan: Plan) -> None:
        ids = [f.id for f in plan.functions]
        shown, self._shown = self._shown, self._what_is_shown(plan)
        if ids != self._ids:
            self.beginResetModel()
            self._ids = ids
            self.endResetModel()
            return
        # Edits elsewhere (a function's share, a scenario) change nothing here: telling the
        # views anyway made them measure every cell again, a second on a 200-function plan.
        if ids and shown[1] != self._shown[1]:
            self._all_changed()
        if shown[0] != self._shown[0]:
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, max(len(ids) - 1, 0))

    def _redisplay(self, plan: Plan) -> None:
        """The same plan in other digits."""
        if self._ids:
            self._all_changed()

    def _all_changed(self) -> None:
        self.dataChanged.emit(
            self.index(0, 0), self.index(len(self._ids) - 1, len(self.channels) - 1)
        )

    def _fallback(self, row: int, column: int) -> Fallback | None:
        plan = self.document.plan
        if self._indexed is not plan:
            # a view sizing its columns asks for every cell: a search of the plan's fallbacks
            # per cell froze the window for a second on a 200-function plan
            self._cells = {}
            for fallback in plan.fallbacks:
                self._cells.setdefault((fallback.function, fallback.channel), fallback)
            self._indexed = plan
        return self._cells.get((self._ids[row], self.channels[column]))

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.channels)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self.channels):
                return None
            channel = self.channels[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return channel_name(self.reference, channel)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._channel_tip(channel)
            return None
        if not 0 <= section < len(self._ids):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.document.plan.functions[section].name
        return None

    def _channel_tip(self, channel_id: str) -> str:
        if shares_provider_with_whatsapp(self.reference, channel_id):
            return translate(
                "FallbacksModel",
                "Runs on Meta's infrastructure like WhatsApp: it fails with WhatsApp in a "
                "Meta outage and does not count as an independent fallback.",
            )
        return translate(
            "FallbacksModel",
            "Share of this function's WhatsApp counterparts you can reach here today.",
        )

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.mode == READINESS or self._fallback(index.row(), index.column()) is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        channel = self.channels[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            fallback = self._fallback(index.row(), index.column())
            if fallback is None:
                return ""
            if self.mode == READINESS:
                text = format_uncertain(fallback.readiness, 100.0)
                unit = translate("Formatter", "%1%")
            else:
                text = format_uncertain(fallback.activation_delay_hours)
                unit = translate("Formatter", "%1 h")
            # the unit as the reader's language writes it (42%, 3 س, 3 घं.)
            return unit.replace("%1", text) if role == Qt.ItemDataRole.DisplayRole else text
        if role == Qt.ItemDataRole.BackgroundRole and self._shared[channel]:
            return QBrush(_SHARED)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._channel_tip(channel)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        if isinstance(value, str) and value == self.data(index, Qt.ItemDataRole.EditRole):
            return True  # the editor closed on the text it opened with: keep every digit
        text = str(value).strip().rstrip("%h ").strip()
        function_id = self._ids[index.row()]
        channel = self.channels[index.column()]
        current = self._fallback(index.row(), index.column())
        plan = self.document.plan
        others = [f for f in plan.fallbacks if f is not current]
        try:
            if self.mode == READINESS:
                readiness = parse_uncertain(text, 100.0) if text else 0.0
                if isinstance(readiness, float) and readiness == 0:
                    changed = others  # no readiness: the channel is not a fallback any more
                elif current is None:
                    changed = [
                        *others,
                        Fallback(function=function_id, channel=channel, readiness=readiness),
                    ]
                else:
                    changed = self._keep_order(plan, current, revise(current, readiness=readiness))
            else:
                if current is None:
                    return False
                delay = parse_number(value if isinstance(value, (int, float)) else text)
                changed = self._keep_order(
                    plan, current, revise(current, activation_delay_hours=delay)
                )
            new_plan = revise(plan, fallbacks=changed)
        except ValueError as error:
            self.editFailed.emit(self._refusal(value, error))
            return False
        what = (
            translate("FallbacksModel", "readiness")
            if self.mode == READINESS
            else translate("FallbacksModel", "activation delay")
        )
        name = channel_name(self.reference, channel)
        self.document.edit(
            new_plan,
            translate("FallbacksModel", "Change %1 of %2").replace("%1", what).replace("%2", name),
            merge_key=f"fallbacks.{function_id}.{channel}.{self.mode}",
        )
        return True

    def _refusal(self, value: Any, error: ValueError) -> str:
        """Why a typed value was not used, in the matrix's words and units."""
        if self.mode == READINESS:
            message = translate(
                "FallbacksModel",
                "Readiness (%): “%1” was not used: type a share from 0 to 100%, or low – likely "
                "– high in that order; empty removes the fallback.",
            )
        else:
            message = translate(
                "FallbacksModel",
                "Activation delay (h): “%1” was not used: type the hours until counterparts "
                "switch, 0 or more.",
            )
        return message.replace("%1", str(value).strip())

    @staticmethod
    def _keep_order(plan: Plan, old: Fallback, new: Fallback) -> list[Fallback]:
        return [new if f is old else f for f in plan.fallbacks]
