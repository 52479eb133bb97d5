"""Print preview, print and export PDF of the continuity plan, as actions for a menu."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtGui import QAction, QKeySequence, QPageLayout, QPageSize
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QMessageBox, QWidget

from continuity_app.core.i18n import translate
from continuity_app.gui.context import AppContext
from continuity_app.gui.memory import return_freed_memory
from continuity_app.gui.open_plan import file_stem
from continuity_app.gui.settings import DIGITS, PLAN_LANGUAGE

if TYPE_CHECKING:  # the report is imported when first printing (start-up time)
    from continuity_app.report.pdf_plan import Paper


class PrintActions(QObject):
    """Adds "Print Preview…", "Print…" and "Export PDF…" to a menu.

    Every route uses the same PlanRenderer as `continuity-app plan`, on the window's current
    plan and the results engine's latest results (computed here when still missing), so the
    preview, the paper and the PDF show what the Results page shows.
    """

    def __init__(self, context: AppContext, menu: QMenu, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.window = parent
        self.preview_action = QAction(parent)
        self.preview_action.triggered.connect(self.preview)
        self.print_action = QAction(parent)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(self.print_plan)
        self.export_action = QAction(parent)
        self.export_action.triggered.connect(self.export_pdf)
        for action in (self.preview_action, self.print_action, self.export_action):
            menu.addAction(action)
        self.retranslate()

    def retranslate(self) -> None:
        self.preview_action.setText(self.tr("Print Previe&w…"))
        self.print_action.setText(self.tr("&Print…"))
        self.export_action.setText(self.tr("Export P&DF…"))

    # -- the renderer ----------------------------------------------------------------------

    def renderer(self):
        from continuity_app.report.pdf_plan import PlanRenderer

        return PlanRenderer(
            self.context.open_plan.plan,
            self.context.reference,
            self._results(),
            language=self._language(),
            digits=self.context.settings.get(DIGITS),
        )

    def _results(self):
        """The window's results, in any language: their texts (recommendations, notes) are
        worded when the plan is laid out, in the plan's language (core.wording)."""
        from continuity_app.core.plan_content import PlanResults

        results = self.context.engine.current_results()
        if results is None:  # the plan cannot be evaluated: the renderer says why
            return None
        return PlanResults(*results)

    @staticmethod
    def _interface_language() -> str:
        from PySide6.QtCore import QLocale

        return QLocale().name()

    def _language(self) -> str | None:
        """The printed plan's language: the preference, else the interface's; None for an
        English interface, which lets the plan follow its own content as the CLI does."""
        chosen = self.context.settings.get(PLAN_LANGUAGE)
        if chosen:
            return chosen
        interface = self._interface_language()
        return None if interface.startswith("en") or interface == "C" else interface

    def _printer(self):
        from PySide6.QtPrintSupport import QPrinter

        from continuity_app.report.pdf_plan import DPI, MARGINS_MM

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setResolution(DPI)
        letter = self.paper() == "letter"
        printer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.Letter if letter else QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                MARGINS_MM,
                QPageLayout.Unit.Millimeter,
            )
        )
        printer.setDocName(self.context.open_plan.plan.business.name)
        return printer

    def paper(self) -> Paper:
        """The paper of the business's main country ("a4" or "letter"), not the system
        locale's: a plan for Lagos prints on A4 on an American laptop."""
        from continuity_app.report.pdf_plan import plan_paper

        return plan_paper(self.context.open_plan.plan, self.context.reference)

    def _paint(self, printer) -> None:
        try:
            self.renderer().paint(printer)
        except Exception as error:  # a printing problem must not take the window down
            self._failed(str(error))

    def _failed(self, message: str) -> None:
        QMessageBox.critical(
            self.window,
            self.tr("Cannot print the plan"),
            self.tr("The plan could not be printed: %1").replace("%1", message),
        )

    # -- the actions -----------------------------------------------------------------------

    def preview(self) -> None:
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        printer = self._printer()  # must outlive the dialog, which does not own it
        dialog = QPrintPreviewDialog(printer, self.window)
        dialog.setWindowTitle(self.tr("Print preview — continuity plan"))
        dialog.paintRequested.connect(self._paint)
        try:
            dialog.exec()
        finally:
            # The printer holds every page the preview recorded (25-40 MB for a plan), and
            # PySide 6.11 keeps it alive after the call that passed it to Python (the
            # paintRequested slot); the dialog is a child of the window. Without deleting
            # both, each preview of a long session would keep its pages for good.
            shiboken6.delete(dialog)
            shiboken6.delete(printer)
            return_freed_memory(collect=True)

    def print_plan(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog

        printer = self._printer()
        dialog = QPrintDialog(printer, self.window)
        dialog.setWindowTitle(self.tr("Print the continuity plan"))
        try:
            accepted = dialog.exec() == QPrintDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()  # a child of the window would otherwise live as long
        if accepted:
            self._paint(printer)

    def suggested_pdf_path(self) -> Path:
        open_plan = self.context.open_plan
        if open_plan.path is not None:
            return open_plan.path.with_suffix(".pdf")
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        ) or str(Path.home())
        stem = file_stem(open_plan.plan)
        return Path(folder) / f"{stem or 'continuity-plan'}.pdf"

    def export_pdf(self) -> Path | None:
        filename, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export the plan as PDF"),
            str(self.suggested_pdf_path()),
            self.tr("PDF documents (*.pdf)"),
        )
        if not filename:
            return None
        path = Path(filename)
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        return self.write_pdf(path)

    def write_pdf(self, path: Path) -> Path | None:
        """Write the plan to `path` and say so in the status bar; None on failure."""
        from continuity_app.report.pdf_plan import PlanRenderError, render_plan_pdf

        paper = self.paper()
        QApplication.setOverrideCursor(_wait_cursor())
        try:
            report = render_plan_pdf(
                self.context.open_plan.plan,
                self.context.reference,
                path,
                paper,
                self._language(),
                digits=self.context.settings.get(DIGITS),
                results=self._results(),
            )
        except (PlanRenderError, OSError) as error:
            QApplication.restoreOverrideCursor()
            self._failed(str(error))
            return None
        except BaseException:
            QApplication.restoreOverrideCursor()
            raise
        QApplication.restoreOverrideCursor()
        return_freed_memory(collect=True)  # the rendered pages are gone: give their memory back
        message = translate(
            "PrintActions", "Exported the plan to {path} (%n page(s))", None, report.pages
        ).format(path=path)
        if report.warnings:
            message += " — " + " ".join(report.warnings)
        status = getattr(self.window, "statusBar", None)
        if callable(status):
            status().showMessage(message, 8000)
        return path


def _wait_cursor():
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QCursor

    return QCursor(Qt.CursorShape.WaitCursor)
