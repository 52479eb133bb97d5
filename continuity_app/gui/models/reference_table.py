"""A read-only table of reference figures, each row with its source and confidence."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from continuity_app.core.display import confidence_words
from continuity_app.gui.formatting import PDI

Index = QModelIndex | QPersistentModelIndex

# First strong isolate: a cell's text takes the direction of its own first letter, so English
# data in a right-to-left window (or Arabic in a left-to-right one) reads and elides correctly.
FSI = "\u2068"

# Sorts numbers as numbers (the display text is formatted for the locale).
SORT_ROLE = Qt.ItemDataRole.UserRole
# The row's full source text, whichever column is asked.
SOURCE_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Figure:
    """A number shown as formatted text but sorted by its value."""

    value: float
    text: str


Cell = str | Figure


@dataclass(frozen=True)
class ReferenceRow:
    cells: tuple[Cell, ...]
    source: str
    confidence: str  # a code from reference.CONFIDENCE_LEVELS


class ReferenceTableModel(QAbstractTableModel):
    """Columns given by the caller, then Source and Confidence (in words)."""

    def __init__(
        self,
        headers: Sequence[str],
        rows: Sequence[ReferenceRow],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows = list(rows)
        self._numeric = [
            any(isinstance(row.cells[column], Figure) for row in self._rows)
            for column in range(len(self._headers))
        ]

    def row_confidence(self, row: int) -> str:
        """The confidence code of a row (the model's own row number)."""
        return self._rows[row].confidence

    def source_column(self) -> int:
        return len(self._headers)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers) + 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < self.columnCount():
            return None
        extra = [self.tr("Source"), self.tr("Confidence")]
        return (self._headers + extra)[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == SOURCE_ROLE:
            return row.source
        if column == self.source_column():
            cell: Cell = row.source
        elif column == self.source_column() + 1:
            cell = confidence_words(row.confidence)
        else:
            cell = row.cells[column]
        text = cell.text if isinstance(cell, Figure) else cell
        if role == Qt.ItemDataRole.DisplayRole:
            return text if isinstance(cell, Figure) or not text else f"{FSI}{text}{PDI}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return text
        if role == SORT_ROLE:
            if column < len(self._headers) and self._numeric[column]:
                # Missing figures sort below every number.
                return cell.value if isinstance(cell, Figure) else float("-inf")
            return text.casefold()
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(cell, Figure):
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        return None
