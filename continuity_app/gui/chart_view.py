"""A matplotlib figure inside the window, with PNG and SVG export, and translated chart labels."""

from __future__ import annotations

from pathlib import Path

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QSizePolicy, QVBoxLayout, QWidget

from continuity_app.gui.labels import category_labels
from continuity_app.report.charts import ChartLabels, save_figure


def _tr(text: str) -> str:
    return QCoreApplication.translate("Charts", text)


def chart_labels() -> ChartLabels:
    """The chart strings in the interface language."""
    return ChartLabels(
        duration_axis=_tr("Outage duration"),
        loss_axis=_tr("Loss per outage"),
        tolerance=_tr("Tolerance {amount}"),
        mtpd=_tr("MTPD {duration}"),
        duration_ticks=(
            (0.25, _tr("15 min")),
            (1.0, _tr("1 h")),
            (6.0, _tr("6 h")),
            (24.0, _tr("1 day")),
            (72.0, _tr("3 days")),
            (168.0, _tr("1 week")),
        ),
        minutes=_tr("{value:.0f} min"),
        hours=_tr("{value:.1f} h"),
        days=_tr("{value:.1f} days"),
        function_loss_axis=_tr("Loss in this outage"),
        categories=category_labels(),
        share=_tr("{amount} ({share:.0%})"),
        yearly_loss_axis=_tr("Loss in a year"),
        exceedance_axis=_tr("Chance a year loses more"),
        percentile=_tr("{name} {amount}"),
        tolerance_per_outage=_tr("Tolerance per outage {amount}"),
        hour_axis=_tr("Hour of day"),
        hour_tick=_tr("{hour:02d}:00"),
        no_loss=_tr("No loss"),
    )


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
        self.export_png = QAction(_tr("Export chart as PNG…"), self)
        self.export_svg = QAction(_tr("Export chart as SVG…"), self)
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
        self.canvas = FigureCanvasQTAgg(figure)
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
            filter_text = _tr("PNG image (*.png)") if kind == "png" else _tr("SVG image (*.svg)")
            name, _ = QFileDialog.getSaveFileName(
                self,
                _tr("Export chart"),
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
                _tr("Cannot export"),
                _tr("The chart could not be written to %1: %2")
                .replace("%1", str(path))
                .replace("%2", error.strerror or str(error)),
            )
            return False
        return True
