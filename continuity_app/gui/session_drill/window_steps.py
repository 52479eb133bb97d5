"""Drill steps on the window: undo/redo, pages, preferences, preview, exports, language."""

from __future__ import annotations

from PySide6.QtCore import (
    QLocale,
    Qt,
)
from PySide6.QtWidgets import (
    QDialog,
)

from continuity_app.gui.session_drill.keyboard import DrillInput


class WindowSteps(DrillInput):
    """Steps through the window's menus and pages, and the slow ones at fixed points."""

    def undo_redo(self) -> None:
        stack = self.open_plan.undo_stack
        roll = self.rng.random()
        if roll < 0.55 and stack.canUndo():
            for _ in range(self.rng.randrange(1, 4)):
                self.window.undo_action.trigger()
        elif stack.canRedo():
            for _ in range(self.rng.randrange(1, 4)):
                self.window.redo_action.trigger()
        elif stack.canUndo():
            self.window.undo_action.trigger()
            self.window.redo_action.trigger()

    def switch_page(self) -> None:
        """Another page; the Results page (four charts to draw) less often than the rest."""
        pages = self.window.pages
        row = self.rng.randrange(len(pages))
        if type(pages[row]).__name__ == "ResultsPage" and self.rng.random() < 0.8:
            row = pages.index(self.business)
        self.window.sidebar.setCurrentRow(row)

    def results(self) -> None:
        """Let the results engine finish, on the Results or Recommendations page."""
        self.window.sidebar.setCurrentRow(self.rng.choice((5, 6)))
        self._settle()

    def preferences(self) -> None:
        from continuity_app.gui.preferences import PreferencesDialog

        def choose(dialog: QDialog) -> None:
            assert isinstance(dialog, PreferencesDialog)
            for combo in (dialog.digits, dialog.duration_unit, dialog.language, dialog.currency):
                combo.setCurrentIndex(self.rng.randrange(combo.count()))
            dialog.accept()

        self._close_modal(PreferencesDialog, choose)
        self.window.preferences_action.trigger()

    def print_preview(self) -> None:
        from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget

        pages: list[int] = []

        def look(dialog: QDialog) -> None:
            preview = dialog.findChild(QPrintPreviewWidget)
            pages.append(preview.pageCount() if preview is not None else 0)
            dialog.reject()

        self._close_modal(QPrintPreviewDialog, look)
        self.window.print_actions.preview_action.trigger()
        if not pages or pages[0] < 2:
            raise AssertionError(f"the print preview showed {pages} pages")

    def export(self) -> None:
        from continuity_app.gui.spreadsheet_dialog import export_results_to

        number = sum(self.counts[k] for k in ("export",))
        pdf = self.window.print_actions.write_pdf(self.folder / f"plan-{number}.pdf")
        if pdf is None or not pdf.read_bytes().startswith(b"%PDF"):
            raise AssertionError("the PDF export wrote no PDF")
        sheet = self.folder / f"results-{number}.{self.rng.choice(('xlsx', 'csv'))}"
        export_results_to(self.window.context, sheet)
        if sheet.stat().st_size < 100:
            raise AssertionError(f"the results export {sheet.name} is empty")

    # ------------------------------------------------------------------ language

    def _current_language(self) -> str:
        return QLocale().name()

    def language(self) -> None:
        """Switch the interface language as a restart in it would, and back later."""
        if self.language_shown is None:
            code = self.languages[self.counts["language"] % len(self.languages)]
            self._switch_language(code)
            self.language_shown = code
        else:
            self._switch_language("en_US")
            self.language_shown = None

    def _switch_language(self, code: str) -> None:
        from continuity_app.gui.settings import DIGITS
        from continuity_app.localization import install_translators

        app = self.app
        for translator in app.property("continuity_translators") or []:
            app.removeTranslator(translator)
            translator.deleteLater()
        locale = install_translators(app, code, self.window.context.settings.get(DIGITS))
        rtl = locale.textDirection() == Qt.LayoutDirection.RightToLeft
        app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )
        # a restart would build every widget in the new locale: spin boxes read its digits
        self.window.setLocale(locale)
        self.window.retranslate()
        self.window._apply_number_preferences()
        self.app.processEvents()
