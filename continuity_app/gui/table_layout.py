"""Tables whose figures take only the width they need: the words get the rest and wrap."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QHeaderView, QTableView

ROW_LINES = 3  # a row shows at most this many lines; the rest in its tooltip and details
STEP_LINES = 4  # a preparation step and, when set aside, the reason why


def compact_columns(
    table: QTableView, numbers: list[int], stretch: int, lines: int = ROW_LINES
) -> None:
    """Numeric columns as wide as their figures (their titles wrap), the `stretch` column
    takes the rest, and rows grow with wrapped text up to `lines` lines."""
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
    metrics = header.fontMetrics()
    margin = 2 * header.style().pixelMetric(header.style().PixelMetric.PM_HeaderMargin) + 8
    for column in numbers:
        words = _title(table, column).split()
        widest_word = max((metrics.horizontalAdvance(w) for w in words), default=0)
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        table.setColumnWidth(column, max(table.sizeHintForColumn(column), widest_word + margin))
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    # the header does not grow for wrapped titles by itself: as tall as the tallest title
    tallest = metrics.lineSpacing()
    for column in numbers:
        box = QRect(0, 0, table.columnWidth(column) - margin + 8, 10 * tallest)
        flags = int(Qt.TextFlag.TextWordWrap)
        tallest = max(tallest, metrics.boundingRect(box, flags, _title(table, column)).height())
    header.setMinimumHeight(tallest + 8)
    rows = table.verticalHeader()
    rows.setMaximumSectionSize(lines * table.fontMetrics().lineSpacing() + 8)
    rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)


def _title(table: QTableView, column: int) -> str:
    model = table.model()
    title = model.headerData(column, Qt.Orientation.Horizontal) if model else None
    return str(title or "")
