"""The main window: a sidebar of pages, the File and Edit menus, and the plan's lifecycle."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from continuity_app.core.i18n import number as local_number
from continuity_app.core.plan import Plan
from continuity_app.core.plan_change import PlanChange
from continuity_app.core.progress import EVALUATE, stage_text
from continuity_app.gui.context import AppContext
from continuity_app.gui.due_notice import DueNotice
from continuity_app.gui.memory import return_large_buffers_to_system
from continuity_app.gui.open_plan import file_stem
from continuity_app.gui.pages.base import Page
from continuity_app.gui.recovery import Recovery
from continuity_app.gui.settings import (
    DIGITS,
    FIRST_START_DONE,
    GEOMETRY,
    RECENT_FILES,
    WINDOW_STATE,
)
from continuity_app.io.examples import load_example
from continuity_app.io.planfile import PLAN_SUFFIX, PlanFileError, load_plan, save_plan

PageT = TypeVar("PageT", bound=Page)


def page_classes() -> list[type[Page]]:
    """The pages in sidebar order."""
    from continuity_app.gui.pages.business_page import BusinessPage
    from continuity_app.gui.pages.fallbacks_page import FallbacksPage
    from continuity_app.gui.pages.functions_page import FunctionsPage
    from continuity_app.gui.pages.plan_page import PlanPage
    from continuity_app.gui.pages.recommendations_page import RecommendationsPage
    from continuity_app.gui.pages.results_page import ResultsPage
    from continuity_app.gui.pages.scenarios_page import ScenariosPage
    from continuity_app.gui.pages.sources_page import SourcesPage
    from continuity_app.gui.pages.summary_page import SummaryPage
    from continuity_app.gui.pages.tasks_page import TasksPage
    from continuity_app.gui.pages.welcome_page import WelcomePage

    return [
        WelcomePage,
        SummaryPage,
        BusinessPage,
        FunctionsPage,
        FallbacksPage,
        ScenariosPage,
        ResultsPage,
        RecommendationsPage,
        TasksPage,
        PlanPage,
        SourcesPage,
    ]


class MainWindow(QMainWindow):
    """One plan at a time; every change is undoable and unsaved work is never lost silently."""

    def __init__(
        self, context: AppContext, recovery: Recovery | None = None, *, has_plan: bool = True
    ) -> None:
        """`has_plan` False: the document's plan is a stand-in, and the window shows Welcome
        with every other page closed until a plan is created, opened or restored."""
        super().__init__()
        self.has_plan = has_plan
        return_large_buffers_to_system()
        self.context = context
        self.open_plan = context.open_plan
        self.recovery = recovery or Recovery(self.open_plan, parent=self)
        self.recovery.writeFailed.connect(self._recovery_failed)
        self._keep_recovery_on_close = False
        self.sidebar = QListWidget(self)
        self.sidebar.setIconSize(QSize(12, 12))
        self.sidebar.setMinimumWidth(190)
        self.sidebar.setMaximumWidth(260)
        self.stack = QStackedWidget(self)
        self.pages: list[Page] = []
        for page_class in page_classes():
            page = page_class(context, self.stack)
            self.pages.append(page)
            self.stack.addWidget(page)
            self.sidebar.addItem(QListWidgetItem())
            # only the page that says its gaps changed is asked again, not every page
            page.missingChanged.connect(partial(self._update_page_item, len(self.pages) - 1))
        self.sidebar.currentRowChanged.connect(self.stack.setCurrentIndex)
        self._connect_welcome()

        self.due_notice = DueNotice(lambda day: context.formatter().date(day), parent=self)
        self.due_notice.showRequested.connect(self._show_action_plan)
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.sidebar)
        pages = QVBoxLayout()
        pages.addWidget(self.due_notice)
        pages.addWidget(self.stack, 1)
        layout.addLayout(pages, 1)
        self.setCentralWidget(central)

        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(220)
        self.progress_label = QLabel(self)
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self._cancel_results)
        self._stage = EVALUATE  # the results' stage the progress bar shows
        for widget in (self.progress_label, self.progress, self.cancel_button):
            self.statusBar().addPermanentWidget(widget)
            widget.hide()
        engine = context.engine
        engine.slowStarted.connect(self._slow_started)
        engine.slowStage.connect(self._slow_stage)
        engine.slowProgress.connect(lambda done: self.progress.setValue(round(done * 100)))
        engine.slowFinished.connect(self._slow_finished)
        engine.failed.connect(self._computation_failed)

        self._build_actions()
        self.open_plan.modifiedChanged.connect(self.setWindowModified)
        # New, Open, Revert and a restored crash all give the document its path (or None)
        self.open_plan.pathChanged.connect(lambda _path: self._set_has_plan(True))
        self.open_plan.pathChanged.connect(lambda _path: self._update_title())
        self.open_plan.planChanged.connect(self._plan_changed)
        self.open_plan.opened.connect(lambda plan: self.due_notice.check(plan, opening=True))
        self.retranslate()
        self._restore_geometry()
        self._set_has_plan(has_plan)
        start_page = 1 if context.settings.get(FIRST_START_DONE) and has_plan else 0
        self.sidebar.setCurrentRow(start_page)
        if has_plan:
            QTimer.singleShot(0, engine.refresh)

    # -- building --------------------------------------------------------------------------

    def _action(self, shortcut=None, slot=None, menu=None) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        if slot is not None:
            action.triggered.connect(slot)
        if menu is not None:
            menu.addAction(action)
        return action

    def _build_actions(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.edit_menu = bar.addMenu("")
        self.go_menu = bar.addMenu("")
        self.help_menu = bar.addMenu("")
        menu = self.file_menu
        self.new_action = self._action(QKeySequence.StandardKey.New, self.new_plan, menu)
        self.open_action = self._action(QKeySequence.StandardKey.Open, self.open_dialog, menu)
        self.recent_menu = menu.addMenu("")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        menu.addSeparator()
        self.save_action = self._action(QKeySequence.StandardKey.Save, self.save, menu)
        self.save_as_action = self._action(QKeySequence.StandardKey.SaveAs, self.save_as, menu)
        self.revert_action = self._action(None, self.revert, menu)
        menu.addSeparator()
        from continuity_app.gui import spreadsheet_dialog as sheets

        self.import_table_action = self._action(
            None, lambda: sheets.import_functions(self.context, self), menu
        )
        self.export_results_action = self._action(
            None, lambda: sheets.export_results_dialog(self.context, self), menu
        )
        menu.addSeparator()
        from continuity_app.gui.print_actions import PrintActions

        self.print_actions = PrintActions(self.context, menu, self)
        menu.addSeparator()
        self.quit_action = self._action(QKeySequence.StandardKey.Quit, self.close, menu)
        self.undo_action = self.open_plan.undo_stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.open_plan.undo_stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.edit_menu.addSeparator()
        self.preferences_action = self._action(
            QKeySequence.StandardKey.Preferences, self.show_preferences, self.edit_menu
        )
        self.page_actions = []
        for number in range(len(self.pages)):
            action = self._action(
                QKeySequence(f"Ctrl+{number + 1}") if number < 9 else None,
                lambda _checked=False, n=number: self.sidebar.setCurrentRow(n),
                self.go_menu,
            )
            self.page_actions.append(action)
        self.about_action = self._action(None, self.show_about, self.help_menu)
        from continuity_app.gui.outage.actions import OutageActions

        outage_menu = QMenu(self)
        bar.insertMenu(self.help_menu.menuAction(), outage_menu)
        self.outage_actions = OutageActions(self.context, outage_menu, self)

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.new_action.setText(self.tr("&New plan…"))
        self.open_action.setText(self.tr("&Open…"))
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self.save_action.setText(self.tr("&Save"))
        self.save_as_action.setText(self.tr("Save &As…"))
        self.revert_action.setText(self.tr("Re&vert to Saved"))
        self.import_table_action.setText(self.tr("&Import functions from spreadsheet…"))
        self.export_results_action.setText(self.tr("&Export results…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.print_actions.retranslate()
        self.outage_actions.retranslate()
        self.preferences_action.setText(self.tr("&Preferences…"))
        self.about_action.setText(self.tr("&About Continuity Planner"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Stop computing the results"))
        self.progress_label.setText(stage_text(self._stage))
        self.sidebar.setAccessibleName(self.tr("Pages"))
        for page in self.pages:
            page.retranslate()
        self.due_notice.retranslate()
        self.due_notice.check(self.open_plan.plan)
        for action, page in zip(self.page_actions, self.pages, strict=True):
            action.setText(page.title())
        self._update_sidebar()
        self._update_title()

    def _show_action_plan(self) -> None:
        from continuity_app.gui.pages.tasks_page import TasksPage

        self.show_page(TasksPage)

    def page(self, page_class: type[PageT]) -> PageT:
        """The window's page of that class."""
        return next(p for p in self.pages if isinstance(p, page_class))

    def _connect_welcome(self) -> None:
        from continuity_app.gui.pages.recommendations_page import RecommendationsPage
        from continuity_app.gui.pages.summary_page import SummaryPage
        from continuity_app.gui.pages.welcome_page import WelcomePage

        summary = self.page(SummaryPage)
        summary.recommendationsRequested.connect(lambda: self.show_page(RecommendationsPage))
        summary.printRequested.connect(lambda: self.print_actions.preview())
        summary.outageRequested.connect(lambda: self.outage_actions.choose_outage())
        summary.exerciseRequested.connect(lambda: self.outage_actions.choose_exercise())
        welcome = self.page(WelcomePage)
        welcome.exampleChosen.connect(self.open_example)
        welcome.planCreated.connect(self._adopt_new_plan)
        welcome.openRequested.connect(self.open_dialog)
        welcome.recentChosen.connect(lambda path: self.open_path(Path(path)))

    # -- state shown -----------------------------------------------------------------------

    def _set_has_plan(self, on: bool) -> None:
        """Open every page and the plan's actions once there is a plan; before, only Welcome."""
        self.has_plan = on
        for row in range(1, self.sidebar.count()):
            item = self.sidebar.item(row)
            flags = item.flags()
            enabled = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            item.setFlags(flags | enabled if on else flags & ~enabled)
        plan_actions = [
            *self.page_actions[1:],
            self.save_action,
            self.save_as_action,
            self.import_table_action,
            self.export_results_action,
            self.print_actions.preview_action,
            self.print_actions.print_action,
            self.print_actions.export_action,
        ]
        for action in plan_actions:
            action.setEnabled(on)
        self.outage_actions.set_enabled(on)
        self.revert_action.setEnabled(on and self.open_plan.path is not None)
        self._update_sidebar()
        self._update_title()

    def _plan_changed(self, plan: Plan, change: PlanChange) -> None:
        if change.touches_business("name"):
            self._update_title()
        if change.touches("tasks", "details"):
            self.due_notice.check(plan)  # what was late may be done now

    def _update_sidebar(self) -> None:
        for row in range(len(self.pages)):
            self._update_page_item(row)

    def _update_page_item(self, row: int) -> None:
        """The page's name in the sidebar, with the count of what it still misses."""
        page = self.pages[row]
        item = self.sidebar.item(row)
        missing = page.missing() if self.has_plan else []
        if missing:
            item.setText(f"{page.title()}  ({local_number(len(missing))})")
            item.setToolTip(self.tr("Still to do:") + "\n" + "\n".join(f"• {m}" for m in missing))
        else:
            item.setText(page.title())
            item.setToolTip(self.tr("Nothing missing here."))
        item.setData(Qt.ItemDataRole.AccessibleTextRole, item.text())

    def _update_title(self) -> None:
        if not self.has_plan:
            self.setWindowTitle(self.tr("Continuity Planner"))
            self.setWindowFilePath("")
            return
        path = self.open_plan.path
        name = path.name if path else self.tr("Untitled plan")
        business = self.open_plan.plan.business.name
        self.setWindowTitle(
            self.tr("%1[*] — %2 — Continuity Planner").replace("%1", name).replace("%2", business)
        )
        self.setWindowFilePath(str(path) if path else "")
        self.revert_action.setEnabled(path is not None)

    def _slow_started(self) -> None:
        self.progress.setValue(0)
        for widget in (self.progress_label, self.progress, self.cancel_button):
            widget.show()

    def _slow_stage(self, stage: str) -> None:
        self._stage = stage
        self.progress_label.setText(stage_text(stage))

    def _slow_finished(self) -> None:
        for widget in (self.progress_label, self.progress, self.cancel_button):
            widget.hide()

    def _cancel_results(self) -> None:
        engine = self.context.engine
        engine.cancel()
        if not engine.up_to_date:  # stopped before the evaluation arrived
            self.statusBar().showMessage(
                self.tr(
                    "The results shown are for the plan before your latest changes; they are "
                    "computed again at your next change."
                ),
                15_000,
            )

    def _computation_failed(self, message: str) -> None:
        self.statusBar().showMessage(
            self.tr("Results could not be computed: %1").replace("%1", message), 15_000
        )

    def _recovery_failed(self, reason: str) -> None:
        # Stays until another message replaces it: the user must learn that a crash would
        # now lose the changes (the recovery reports the next failure again once a write works).
        self.statusBar().showMessage(
            self.tr(
                "Unsaved changes cannot be backed up in %1: %2. Save the plan to keep them safe."
            )
            .replace("%1", str(self.recovery.folder))
            .replace("%2", reason)
        )

    def show_page(self, page_class: type[Page]) -> None:
        row = next(i for i, p in enumerate(self.pages) if isinstance(p, page_class))
        self.sidebar.setCurrentRow(row)

    # -- the plan's lifecycle --------------------------------------------------------------

    def _confirm_discard(self) -> bool:
        """Ask before unsaved changes are lost; True when it is fine to go on."""
        if not self.open_plan.modified:
            return True
        answer = QMessageBox.warning(
            self,
            self.tr("Unsaved changes"),
            self.tr("The plan has changes that are not saved. Save them first?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def _adopt(self, plan: Plan, path: Path | None) -> None:
        self.open_plan.reset(plan, path)
        self.context.settings.set(FIRST_START_DONE, True)
        if self.stack.currentIndex() == 0:
            self.sidebar.setCurrentRow(1)

    def open_last_plan(self) -> bool:
        """Open the plan used last, if its file is still there; False when there is none."""
        recent = [p for p in self.context.settings.get(RECENT_FILES) if Path(p).is_file()]
        return bool(recent) and self.open_path(Path(recent[0]), confirmed=True)

    def _adopt_new_plan(self, plan: Plan) -> None:
        if self._confirm_discard():
            self._adopt(plan, None)

    def new_plan(self) -> None:
        self.sidebar.setCurrentRow(0)

    def open_example(self, name: str) -> None:
        if self._confirm_discard():
            self._adopt(load_example(name), None)

    def open_dialog(self) -> None:
        if not self._confirm_discard():
            return
        start = str(self.open_plan.path.parent) if self.open_plan.path else str(Path.home())
        filename, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open plan"),
            start,
            self.tr("Continuity plans (*%1)").replace("%1", PLAN_SUFFIX),
        )
        if filename:
            self.open_path(Path(filename), confirmed=True)

    def open_path(self, path: Path, confirmed: bool = False) -> bool:
        """Open a plan file; on failure say what is wrong and keep the current plan."""
        if not confirmed and not self._confirm_discard():
            return False
        try:
            plan = load_plan(path)
        except PlanFileError as error:
            box = QMessageBox(
                QMessageBox.Icon.Critical,
                self.tr("Cannot open %1").replace("%1", path.name),
                self.tr("This file cannot be opened as a plan. Your current plan is unchanged."),
                QMessageBox.StandardButton.Ok,
                self,
            )
            box.setDetailedText(str(error))
            box.setInformativeText("\n".join(error.problems[:5]))
            box.exec()
            return False
        self._adopt(plan, path)
        self.context.settings.add_recent(str(path))
        return True

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = [p for p in self.context.settings.get(RECENT_FILES) if Path(p).is_file()]
        if not recent:
            action = self.recent_menu.addAction(self.tr("No recent plans"))
            action.setEnabled(False)
            return
        for path in recent:
            self.recent_menu.addAction(Path(path).name, partial(self.open_path, Path(path)))

    def save(self) -> bool:
        if self.open_plan.path is None:
            return self.save_as()
        return self._write(self.open_plan.path)

    def save_as(self) -> bool:
        suggested = self.open_plan.path or Path.home() / (
            file_stem(self.open_plan.plan) + PLAN_SUFFIX
        )
        filename, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save plan as"),
            str(suggested),
            self.tr("Continuity plans (*%1)").replace("%1", PLAN_SUFFIX),
        )
        if not filename:
            return False
        path = Path(filename)
        if path.suffix != PLAN_SUFFIX:
            path = path.with_suffix(PLAN_SUFFIX)
        return self._write(path)

    def _write(self, path: Path) -> bool:
        try:
            save_plan(self.open_plan.plan, path)
        except OSError as error:
            QMessageBox.critical(
                self,
                self.tr("Cannot save"),
                self.tr(
                    "The plan could not be saved to %1: %2. Nothing was lost; "
                    "choose another folder with Save As."
                )
                .replace("%1", str(path))
                .replace("%2", error.strerror or str(error)),
            )
            return False
        self.open_plan.saved_as(path)
        self.context.settings.add_recent(str(path))
        self.statusBar().showMessage(self.tr("Saved %1").replace("%1", str(path)), 5000)
        return True

    def revert(self) -> None:
        path = self.open_plan.path
        if path is None:
            return
        if self.open_plan.modified:
            answer = QMessageBox.question(
                self,
                self.tr("Revert to saved"),
                self.tr("Throw away every change since the plan was last saved?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.open_path(path, confirmed=True)

    # -- dialogs ---------------------------------------------------------------------------

    def show_preferences(self) -> None:
        from continuity_app.gui.preferences import PreferencesDialog

        if PreferencesDialog(self.context.settings, self).exec():
            self._apply_number_preferences()

    def _apply_number_preferences(self) -> None:
        """Digits and durations apply at once: every page shows the plan and its results again,
        the core's texts (recommendations) worded with the new digits; nothing is evaluated,
        simulated or recommended again (the language itself needs a restart)."""
        from PySide6.QtCore import QLocale

        from continuity_app.core.i18n import set_language
        from continuity_app.localization import QtLanguage

        set_language(QtLanguage(QLocale(), self.context.settings.get(DIGITS)))
        self.open_plan.displayChanged.emit(self.open_plan.plan)
        self.context.engine.rewrite_texts()

    def show_about(self) -> None:
        from continuity_app.gui.about import about_text

        QMessageBox.about(
            self, self.tr("About Continuity Planner"), about_text(self.context.reference)
        )

    # -- window ----------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        settings = self.context.settings
        if not self.restoreGeometry(settings.get(GEOMETRY)):
            self.resize(1200, 800)
        self.restoreState(settings.get(WINDOW_STATE))

    def close_keeping_work(self) -> bool:
        """Close without asking, the unsaved changes written to the recovery file first (for
        Ctrl+C in the terminal, logout, kill): the next start offers them. When they cannot
        be written, the window asks as on any close instead; False if it stays open."""
        from continuity_app.gui.recovery import INTERRUPTED

        if self.recovery.write(reason=INTERRUPTED):
            self._keep_recovery_on_close = True
        else:
            self.raise_()
            self.activateWindow()
        closed = self.close()
        self._keep_recovery_on_close = False
        return closed

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._keep_recovery_on_close and not self._confirm_discard():
            event.ignore()
            return
        self.context.engine.cancel()
        self.context.settings.set(GEOMETRY, self.saveGeometry())
        self.context.settings.set(WINDOW_STATE, self.saveState())
        self.context.settings.sync()
        if not self._keep_recovery_on_close:
            self.recovery.discard()  # saved, or discarded on purpose
        self.recovery.release()
        event.accept()
