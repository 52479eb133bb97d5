"""The functions table: one row per business function, one column per model input."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QPalette

from continuity_app.core.behaviour import perishable_share
from continuity_app.core.channel_mix import (
    MIX_CHANNELS,
    WHATSAPP,
    field_value,
    mix_field,
    with_field_value,
)
from continuity_app.core.fields import Field, Limits, fields
from continuity_app.core.i18n import translate
from continuity_app.core.labels import kind_label
from continuity_app.core.plan import Function, FunctionKind, Plan, Uncertain
from continuity_app.core.plan_change import PlanChange
from continuity_app.core.plan_edits import SetFunctionField
from continuity_app.core.reference import ReferenceData
from continuity_app.gui.models.refusal import (
    check,
    not_a_number,
    problem_text,
    refusal,
)
from continuity_app.gui.open_plan import OpenPlan
from continuity_app.gui.uncertain_text import format_uncertain, parse_number, parse_uncertain

Index = QModelIndex | QPersistentModelIndex


# The registry's function fields shown as columns: the id is a spreadsheet's column only, and of
# the channel mix only WhatsApp's share is (the Functions page edits the whole mix beside it).
_NOT_IN_TABLE = frozenset({"id"} | {mix_field(c) for c in MIX_CHANNELS if c != WHATSAPP})
# How a column edits a field of each kind (an uncertain number takes low – likely – high).
_EDITORS = {"text": "text", "choice": "kind", "count": "integer", "share": "share"}


@dataclass(frozen=True)
class Column:
    field: str
    kind: str  # text, kind, uncertain, share, number, integer
    optional: bool = False
    limits: Limits | None = None  # in the document's units; said in the column's unit
    scale: float = 1.0  # shown = stored * scale: percent for a share


def field_column(entry: Field) -> Column:
    """How a table edits a registry field."""
    editor = _EDITORS.get(entry.kind) or ("uncertain" if entry.uncertain else "number")
    return Column(entry.key, editor, entry.optional, entry.limits, entry.scale)


COLUMNS: tuple[Column, ...] = tuple(
    field_column(entry) for entry in fields("function") if entry.key not in _NOT_IN_TABLE
)


def headers() -> dict[str, tuple[str, str]]:
    """Column title and tooltip for each field (translated), as the field registry says."""
    return {entry.key: (entry.title(), entry.tip()) for entry in fields("function")}


class FunctionsModel(QAbstractTableModel):
    """Edits the plan's functions through undoable document edits."""

    editFailed = Signal(str)

    def __init__(
        self, open_plan: OpenPlan, parent=None, reference: ReferenceData | None = None
    ) -> None:
        super().__init__(parent)
        self.open_plan = open_plan
        self.reference = reference  # to show the defaults an empty cell stands for
        self._ids = [f.id for f in open_plan.plan.functions]
        open_plan.planChanged.connect(self._plan_changed)
        open_plan.displayChanged.connect(self._redisplay)

    def _plan_changed(self, plan: Plan, change: PlanChange) -> None:
        # the functions, or the sector that sets the defaults shown in grey
        if change.touches("functions") or "sector" in change.business_fields:
            self._redisplay(plan)

    def _redisplay(self, plan: Plan) -> None:
        ids = [f.id for f in plan.functions]
        if ids != self._ids:
            self.beginResetModel()
            self._ids = ids
            self.endResetModel()
        elif ids:
            last = self.index(len(ids) - 1, len(COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def function_at(self, row: int) -> Function:
        return self.open_plan.plan.functions[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        title, tip = headers()[COLUMNS[section].field]
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
        column = COLUMNS[index.column()]
        value = field_value(self.function_at(index.row()), column.field)
        default = self._default(index.row(), column) if value is None else None
        if role == Qt.ItemDataRole.DisplayRole and default is not None:
            return format_uncertain(default, column.scale)
        if role == Qt.ItemDataRole.ForegroundRole and default is not None:
            return QPalette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if value is None:
                return ""
            if column.kind == "kind":
                return kind_label(value) if role == Qt.ItemDataRole.DisplayRole else value.value
            if column.kind == "text":
                return value
            if column.kind == "integer":
                return str(value)
            return format_uncertain(value, column.scale)
        if role == Qt.ItemDataRole.ToolTipRole:
            return headers()[column.field][1]
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind not in ("text", "kind"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _default(self, row: int, column: Column) -> Uncertain | None:
        """The behaviour default an empty cell stands for, where the model knows one."""
        if self.reference is None or column.field != "perishable_share":
            return None
        function = self.function_at(row)
        return perishable_share(self.reference, function, self.open_plan.plan.business.sector)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        if isinstance(value, str) and value == self.data(index, Qt.ItemDataRole.EditRole):
            return True  # the editor closed on the text it opened with: keep every digit
        return self.set_field(index.row(), COLUMNS[index.column()], value)

    def set_field(self, row: int, column: Column, value: Any) -> bool:
        """Set one field of the function in `row` from what was typed, as one undoable edit;
        a refusal is said through editFailed in the field's words and units."""
        function = self.function_at(row)
        problem = self._problem(column, function, value)
        if isinstance(problem, str):
            self.editFailed.emit(problem)
            return False
        value = field_value(problem, column.field)
        edit = SetFunctionField(function.id, column.field, value, headers()[column.field][0])
        try:
            self.open_plan.apply(edit)
        except ValueError as error:  # the plan refuses it as a whole (not one function)
            reason = problem_text(error) if isinstance(error, ValidationError) else str(error)
            self.editFailed.emit(refusal(edit.label, str(value).strip(), reason))
            return False
        return True

    def _problem(self, column: Column, function: Function, value: Any) -> str | Function:
        """The function with the typed value, or why the value was not used, in the column's
        words and units (the cell keeps the value it had)."""
        title = headers()[column.field][0]
        typed = str(value).strip()
        try:
            parsed = self._parse(column, value)
        except ValueError:
            if column.kind == "integer":
                return refusal(title, typed, translate("FunctionsModel", "type a whole number."))
            if column.kind == "kind":
                return refusal(
                    title, typed, translate("FunctionsModel", "choose a kind from the list.")
                )
            return not_a_number(title, typed, ranges=column.kind in ("uncertain", "share"))
        if column.kind == "text" and not parsed:
            return refusal(title, typed, translate("FunctionsModel", "give the function a name."))
        needed = column.field in ("staff_affected", "productivity_loss")
        if parsed is None and needed and function.kind.is_coordination:
            return refusal(
                title,
                typed,
                translate(
                    "FunctionsModel",
                    "for a coordination activity, say how many staff coordinate on WhatsApp and "
                    "how much of their work is lost without it.",
                ),
            )
        if parsed is not None and column.kind not in ("text", "kind"):
            problem = check(title, typed, parsed, column.limits, column.scale)
            if problem:
                return problem
        if (
            column.kind == "kind"
            and parsed.is_coordination
            and (function.staff_affected is None or function.productivity_loss is None)
        ):
            return translate(
                "FunctionsModel",
                "{kind}: fill in “{staff}” and “{loss}” for {name} first: a coordination "
                "function's loss is the work its staff cannot do.",
            ).format(
                kind=kind_label(parsed),
                staff=headers()["staff_affected"][0],
                loss=headers()["productivity_loss"][0],
                name=function.name,
            )
        try:
            return with_field_value(function, column.field, parsed)
        except ValueError as error:
            reason = problem_text(error) if isinstance(error, ValidationError) else str(error)
            return refusal(title, typed, reason)

    @staticmethod
    def _parse(column: Column, value: Any) -> Any:
        text = str(value).strip()
        if column.optional and text == "":
            return None
        if column.kind == "text":
            return text
        if column.kind == "kind":
            return FunctionKind(text)
        if column.kind == "integer":
            return int(text)
        if column.kind == "number":
            return parse_number(value)  # a float from an editor as it is, text in the locale
        return parse_uncertain(text, column.scale, checked=False)  # order checked by check()
