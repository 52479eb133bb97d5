"""The readiness matrix: functions down, channels across; readiness or activation delay."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from continuity_app.core.channel_fit import fallback_channels, shares_provider_with_whatsapp
from continuity_app.core.display import channel_name, format_hours
from continuity_app.core.fields import Field, field
from continuity_app.core.i18n import translate
from continuity_app.core.plan import Fallback, Plan, likely
from continuity_app.core.plan_change import PlanChange
from continuity_app.core.plan_edits import PlanEdit, SetActivationDelay, SetReadiness
from continuity_app.core.reference import ReferenceData
from continuity_app.gui.models.refusal import check_field, not_a_number, refusal
from continuity_app.gui.open_plan import OpenPlan
from continuity_app.gui.uncertain_text import (
    format_number,
    format_uncertain,
    parse_number,
    parse_uncertain,
)

Index = QModelIndex | QPersistentModelIndex
READINESS, DELAY = "readiness", "delay"
_SHARED = QColor(255, 224, 178)  # a warm tint: this channel fails together with WhatsApp
_FIELDS = {READINESS: "readiness", DELAY: "activation_delay_hours"}


def value_field(mode: str) -> Field:
    """The registry's field the matrix shows in `mode`: its label, unit, scale and limits."""
    return field("fallback", _FIELDS[mode])


# percent shown for the share stored, as the registry says (read once: scales have no language)
_READINESS_SCALE = field("fallback", "readiness").scale


def value_label(mode: str) -> str:
    """What the matrix shows in `mode`, with its unit, as the page and its errors name it."""
    return value_field(mode).title()


class FallbacksModel(QAbstractTableModel):
    """Shows and edits readiness (percent) or activation delay (hours) per function and channel."""

    editFailed = Signal(str)

    def __init__(self, open_plan: OpenPlan, reference: ReferenceData, parent=None) -> None:
        super().__init__(parent)
        self.open_plan = open_plan
        self.reference = reference
        self.channels = fallback_channels(reference)
        self.mode = READINESS
        self._ids = [f.id for f in open_plan.plan.functions]
        self._indexed: Plan | None = None  # the plan _cells was built from
        self._cells: dict[tuple[str, str], Fallback] = {}
        self._shown = self._what_is_shown(open_plan.plan)
        self._shared = {c: shares_provider_with_whatsapp(reference, c) for c in self.channels}
        open_plan.planChanged.connect(self._plan_changed)
        open_plan.displayChanged.connect(self._redisplay)

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.channels) - 1)
        if self._ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, len(self.channels) - 1)
            )

    @staticmethod
    def _what_is_shown(plan: Plan) -> tuple[list[str], list[Fallback]]:
        return [f.name for f in plan.functions], plan.fallbacks

    def _plan_changed(self, plan: Plan, change: PlanChange) -> None:
        if not change.touches("functions", "fallbacks"):
            return  # a business figure or a scenario changes nothing here
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
        plan = self.open_plan.plan
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
            return self.open_plan.plan.functions[section].name
        return None

    def _channel_tip(self, channel_id: str) -> str:
        """The column's tooltip: what the shown value means, and the Meta warning."""
        text = value_field(self.mode).tip()
        if shares_provider_with_whatsapp(self.reference, channel_id):
            text += "\n\n" + self._meta_warning()
        return text

    @staticmethod
    def _meta_warning() -> str:
        return translate(
            "FallbacksModel",
            "Runs on Meta's infrastructure like WhatsApp: it fails with WhatsApp in a "
            "Meta outage and does not count as an independent fallback.",
        )

    def _cell_tip(self, row: int, column: int) -> str:
        """What this cell's value means for this function and channel, in the mode shown."""
        function = self.open_plan.plan.functions[row]
        channel = self.channels[column]
        name = channel_name(self.reference, channel)
        fallback = self._fallback(row, column)
        if fallback is None:
            text = translate(
                "FallbacksModel",
                "{channel} is not a fallback for {function} yet: type the share of its "
                "customers you could reach there today in the Ready today view.",
            ).format(channel=name, function=function.name)
        elif self.mode == READINESS:
            text = translate(
                "FallbacksModel",
                "You could reach {share} of the customers of {function} on {channel} today.",
            ).format(
                share=self._percent(likely(fallback.readiness)),
                channel=name,
                function=function.name,
            )
            text += " " + self._combined_tip(function.id)
        else:
            text = translate(
                "FallbacksModel",
                "Customers of {function} start using {channel} {delay} after an outage begins: "
                "time to notice it, decide, and tell them where to go. Before then this channel "
                "serves none of them.",
            ).format(
                delay=format_hours(fallback.activation_delay_hours),
                channel=name,
                function=function.name,
            )
        if self._shared[channel]:
            text += "\n\n" + self._meta_warning()
        return text

    def _combined_tip(self, function_id: str) -> str:
        """How this function's readiness on several channels adds up: they overlap."""
        shares = [
            likely(f.readiness)
            for f in self.open_plan.plan.fallbacks
            if f.function == function_id and f.channel in self._shared
        ]
        if len(shares) < 2:
            return ""
        missed = 1.0
        for share in shares:
            missed *= 1.0 - share
        return translate(
            "FallbacksModel",
            "Together its {count} channels reach {combined} of them, not the {sum} their shares "
            "add up to: some customers are on more than one channel.",
        ).format(
            count=len(shares),
            combined=self._percent(1.0 - missed),
            sum=self._percent(sum(shares)),
        )

    @staticmethod
    def _percent(share: float) -> str:
        return translate("Formatter", "%1%").replace("%1", format_number(share * _READINESS_SCALE))

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
                text = format_uncertain(fallback.readiness, _READINESS_SCALE)
                unit = translate("Formatter", "%1%")
            else:
                text = format_uncertain(fallback.activation_delay_hours)
                unit = translate("Formatter", "%1 h")
            # the unit as the reader's language writes it (42%, 3 س, 3 घं.)
            return unit.replace("%1", text) if role == Qt.ItemDataRole.DisplayRole else text
        if role == Qt.ItemDataRole.BackgroundRole and self._shared[channel]:
            return QBrush(_SHARED)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._cell_tip(index.row(), index.column())
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
        name = channel_name(self.reference, channel)
        shown = value_field(self.mode)
        edit: PlanEdit
        try:
            if self.mode == READINESS:
                readiness = parse_uncertain(text, shown.scale, checked=False) if text else 0.0
                problem = check_field(shown, text, readiness)
                if problem:
                    self.editFailed.emit(problem)
                    return False
                # no readiness: the channel is not a fallback any more
                edit = SetReadiness(function_id, channel, readiness, name)
            else:
                if self._fallback(index.row(), index.column()) is None:
                    return False
                delay = parse_number(value if isinstance(value, (int, float)) else text)
                problem = check_field(shown, text, delay)
                if problem:
                    self.editFailed.emit(problem)
                    return False
                edit = SetActivationDelay(function_id, channel, delay, name)
            self.open_plan.apply(edit)
        except ValueError as error:
            self.editFailed.emit(self._refusal(value, error))
            return False
        return True

    def _refusal(self, value: Any, error: ValueError) -> str:
        """Why a typed value was not used, in the matrix's words and units."""
        label = value_label(self.mode)
        typed = str(value).strip()
        if self.mode == READINESS:
            if not isinstance(error, ValidationError):
                return not_a_number(label, typed)
            reason = translate(
                "FallbacksModel",
                "type a share from 0 to 100, or low – likely – high; empty removes the fallback.",
            )
        else:
            if not isinstance(error, ValidationError):
                return not_a_number(label, typed, ranges=False)
            reason = translate(
                "FallbacksModel",
                "type the hours until customers switch, from 0 to 168 (a week).",
            )
        return refusal(label, typed, reason)
