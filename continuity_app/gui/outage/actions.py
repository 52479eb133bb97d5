"""The Outage menu: start outage mode, run an exercise, resume a log; the windows it opens."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from continuity_app.core.incident import ExerciseScript, incident_scenario
from continuity_app.gui.context import AppContext
from continuity_app.gui.outage.session import OutageSession
from continuity_app.gui.outage.start_dialog import StartDialog
from continuity_app.gui.outage.window import OutageWindow
from continuity_app.io.chat_export.secret import data_dir
from continuity_app.io.incident_files import (
    INCIDENT_SUFFIX,
    find_script,
    read_incident,
    shipped_scripts,
)
from continuity_app.io.planfile import PlanFileError


class OutageActions(QObject):
    """Fills `menu` and opens one window per outage or exercise."""

    def __init__(self, context: AppContext, menu: QMenu, window: QWidget) -> None:
        super().__init__(window)
        self.context = context
        self.menu = menu
        self.window = window
        self.windows: list[OutageWindow] = []
        self.outage_action = menu.addAction("", self.choose_outage)
        self.exercise_action = menu.addAction("", self.choose_exercise)
        menu.addSeparator()
        self.resume_action = menu.addAction("", self.choose_log)
        # another plan in the window: its outage windows would read that plan's checklist;
        # they close (their logs are saved, and resume with their plan)
        context.open_plan.opened.connect(lambda _plan: self.close_all())

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("O&utage"))
        self.outage_action.setText(self.tr("WhatsApp is down: start outage mode…"))
        self.exercise_action.setText(self.tr("Run a tabletop exercise…"))
        self.resume_action.setText(self.tr("Resume an outage log…"))

    def set_enabled(self, on: bool) -> None:
        for action in (self.outage_action, self.exercise_action, self.resume_action):
            action.setEnabled(on)

    # -- starting --------------------------------------------------------------------------

    def choose_outage(self) -> None:
        dialog = StartDialog(self.context.open_plan.plan, parent=self.window)
        if dialog.exec() and dialog.scenario_id():
            self.start_outage(dialog.scenario_id() or "")

    def choose_exercise(self) -> None:
        try:
            scripts = shipped_scripts()
        except PlanFileError as error:
            self._refuse(self.tr("The exercise scripts cannot be read."), error)
            return
        dialog = StartDialog(self.context.open_plan.plan, scripts, parent=self.window)
        script = dialog.script() if dialog.exec() else None
        if script is None:
            return
        try:
            self.start_exercise(script)
        except ValueError as error:  # a script of an outage this application does not know
            self._refuse(self.tr("This exercise cannot be run."), error)

    def start_outage(self, scenario_id: str) -> OutageWindow:
        return self._open(OutageSession.begin(self.context, scenario_id=scenario_id))

    def start_exercise(self, script: ExerciseScript) -> OutageWindow:
        return self._open(OutageSession.begin(self.context, script=script))

    # -- resuming --------------------------------------------------------------------------

    def choose_log(self) -> None:
        plan_path = self.context.open_plan.path
        folder = plan_path.parent if plan_path else data_dir() / "outages"
        filename, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Resume an outage log"),
            str(folder),
            self.tr("Outage logs (*%1)").replace("%1", INCIDENT_SUFFIX),
        )
        if filename:
            self.resume(Path(filename))

    def resume(self, path: Path) -> OutageWindow | None:
        """Open a saved log where it stopped; a file that is no log is said, nothing opens."""
        try:
            incident = read_incident(path)
            script = find_script(incident.script) if incident.script else None
            plan = self.context.open_plan.plan
            incident_scenario(plan, self.context.reference, incident.scenario, script)
        except (PlanFileError, ValueError) as error:
            self._refuse(
                self.tr("%1 cannot be opened as an outage log.").replace("%1", path.name),
                error,
            )
            return None
        return self._open(OutageSession(self.context, incident, path, script))

    # -- shared ----------------------------------------------------------------------------

    def _open(self, session: OutageSession) -> OutageWindow:
        window = OutageWindow(session, self.context.formatter(), self.window)
        session.setParent(window)
        self.windows.append(window)
        window.destroyed.connect(lambda _obj=None, w=window: self._forget(w))
        window.show()
        window.raise_()
        return window

    def close_all(self) -> None:
        for window in list(self.windows):
            window.close()

    def _forget(self, window: OutageWindow) -> None:
        if window in self.windows:
            self.windows.remove(window)

    def _refuse(self, text: str, error: Exception) -> None:
        QMessageBox.critical(self.window, self.tr("Outage mode"), f"{text}\n\n{error}")
