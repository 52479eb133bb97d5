"""A matplotlib figure inside the window, with PNG and SVG export, and translated chart labels."""

from __future__ import annotations

from pathlib import Path

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QSizePolicy, QVBoxLayout, QWidget

from continuity_app.core.i18n import translate
from continuity_app.report.charts import save_figure


def chart_fonts() -> list[str]:
    """The shipped fonts (Latin, Arabic, Devanagari) for charts, so every script draws."""
    from continuity_app.report.fonts import register_matplotlib_fonts

    return register_matplotlib_fonts()


# Smaller than this, a chart's labels leave its axes no room: constrained layout gives up and
# matplotlib warns. Qt gives a canvas 100 x 30 px until its page is first laid out.
MIN_DRAW_WIDTH, MIN_DRAW_HEIGHT = 120, 80


class _Canvas(FigureCanvasQTAgg):
    """Draws once it has room and is shown; a resize to a usable size, or being shown (its
    tab chosen), draws it then."""

    _skipped = False

    def draw(self) -> None:
        if self.width() < MIN_DRAW_WIDTH or self.height() < MIN_DRAW_HEIGHT:
            return
        # charts in hidden tabs wait: on a large plan each takes a second of the window's time
        self._skipped = not self.isVisible()
        if not self._skipped:
            super().draw()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._skipped:
            self.draw_idle()


class ChartView(QWidget):
    """Shows one figure at a time; right-click to export it as PNG or SVG."""

    def __init__(self, parent: QWidget | None = None, export_name: str = "chart") -> None:
        super().__init__(parent)
        self.export_name = export_name
        self.figure: Figure | None = None
        self.canvas: FigureCanvasQTAgg | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.export_png = QAction(translate("Charts", "Export chart as PNG…"), self)
        self.export_svg = QAction(translate("Charts", "Export chart as SVG…"), self)
        self.export_png.triggered.connect(lambda: self.export("png"))
        self.export_svg.triggered.connect(lambda: self.export("svg"))
        self.addAction(self.export_png)
        self.addAction(self.export_svg)

    def show_figure(self, figure: Figure) -> None:
        """Replace the shown figure."""
        self.figure = figure
        if self.canvas is not None:
            self._layout.removeWidget(self.canvas)
            self.canvas.setParent(None)
            self.canvas.deleteLater()
        self.canvas = _Canvas(figure)
        self.canvas.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.canvas.setAccessibleName(self.accessibleName())
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._layout.addWidget(self.canvas)
        self.canvas.draw_idle()

    def export(self, kind: str, path: Path | None = None) -> bool:
        """Save the figure; asks where unless a path is given."""
        if self.figure is None:
            return False
        if path is None:
            filter_text = (
                translate("Charts", "PNG image (*.png)")
                if kind == "png"
                else translate("Charts", "SVG image (*.svg)")
            )
            name, _ = QFileDialog.getSaveFileName(
                self,
                translate("Charts", "Export chart"),
                str(Path.home() / f"{self.export_name}.{kind}"),
                filter_text,
            )
            if not name:
                return False
            path = Path(name)
            if path.suffix.lower() != f".{kind}":
                path = path.with_suffix(f".{kind}")
        try:
            save_figure(self.figure, path)
        except OSError as error:
            QMessageBox.critical(
                self,
                translate("Charts", "Cannot export"),
                translate("Charts", "The chart could not be written to %1: %2")
                .replace("%1", str(path))
                .replace("%2", error.strerror or str(error)),
            )
            return False
        return True
