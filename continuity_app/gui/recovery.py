"""Autosave to a recovery file per session, and offers to restore those of crashed sessions."""

from __future__ import annotations

import contextlib
import json
import os
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QStandardPaths, QTimer, Signal

from continuity_app.core.i18n import translate
from continuity_app.core.plan import Plan
from continuity_app.gui.open_plan import OpenPlan
from continuity_app.io.planfile import PlanFileError, atomic_write_text, plan_from_dict

AUTOSAVE_MS = 30_000
RECOVERY_SUFFIX = ".cplan.recovery"
CRASHED = "crashed"
INTERRUPTED = "interrupted"  # stopped by Ctrl+C, logout or kill: the work was written first


def recovery_dir() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base or Path.home() / ".continuity-app") / "recovery"


def _lock_for(file: Path) -> QLockFile:
    lock = QLockFile(str(file) + ".lock")
    # Only a dead process makes a lock stale: by default Qt also steals locks older than 30 s,
    # which would offer a running window's work as if it had crashed.
    lock.setStaleLockTime(0)
    return lock


@dataclass
class PendingRecovery:
    """Unsaved work left by a session that ended without saving, locked while it is offered."""

    file: Path
    plan: Plan
    original: Path | None
    saved_at: datetime
    reason: str
    lock: QLockFile = field(repr=False)

    def release(self) -> None:
        """Keep the file for the next start and let another session offer it."""
        self.lock.unlock()

    def remove(self) -> None:
        with contextlib.suppress(OSError):  # a read-only folder: offered again, never lost
            self.file.unlink(missing_ok=True)
        self.lock.unlock()


class Recovery(QObject):
    """Writes this session's unsaved plan every half minute to its own file, kept until the
    plan is saved or closed on purpose; a lock beside it tells other sessions it is alive."""

    writeFailed = Signal(str)  # why, once until a write succeeds again

    def __init__(
        self, open_plan: OpenPlan, folder: Path | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.open_plan = open_plan
        self.folder = folder or recovery_dir()
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        self.file = self.folder / f"{stamp}-{os.getpid()}-{uuid.uuid4().hex[:6]}{RECOVERY_SUFFIX}"
        self._lock = _lock_for(self.file)
        self._adopted: list[PendingRecovery] = []  # restored files, removed once ours holds them
        self._failing = False
        self.last_error: str | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.write)
        self.timer.start()
        open_plan.modifiedChanged.connect(self._modified_changed)

    def _modified_changed(self, modified: bool) -> None:
        if not modified:  # saved, undone back to the saved state, or another plan opened
            self.discard()

    def write(self, reason: str = CRASHED) -> bool:
        """Save the current plan, with the file it belongs to, if it has unsaved changes.

        False when it could not be written (the first failure is also signalled); `reason`
        says how the session ended if it ends now, for the offer at the next start.
        """
        if not self.open_plan.modified:
            return True
        record = {
            "original_path": str(self.open_plan.path) if self.open_plan.path else None,
            "saved_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "pid": os.getpid(),
            "reason": reason,
            "plan": json.loads(self.open_plan.text()),
        }
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            if not self._lock.isLocked():
                self._lock.tryLock(0)  # a folder without locks still gets the work written
            atomic_write_text(self.file, json.dumps(record, ensure_ascii=False, indent=1))
        except OSError as error:
            self.last_error = error.strerror or str(error)
            if not self._failing:
                self._failing = True
                self.writeFailed.emit(self.last_error)
            return False
        self._failing = False
        self.last_error = None
        for adopted in self._adopted:  # our own file holds that work now
            adopted.remove()
        self._adopted.clear()
        return True

    def discard(self) -> None:
        """The work is saved or deliberately thrown away: no copy of it is needed any more."""
        with contextlib.suppress(OSError):  # never written (no folder) or a read-only folder
            self.file.unlink(missing_ok=True)
        if not self.file.exists():
            self._lock.unlock()  # no lock file left behind by a crash after a save
        for adopted in self._adopted:
            adopted.remove()
        self._adopted.clear()

    def release(self) -> None:
        """The session ends: let others see that its file (if any is left) is no longer alive."""
        self.timer.stop()
        self._lock.unlock()
        for adopted in self._adopted:
            adopted.release()
        self._adopted.clear()

    def pending(self) -> list[PendingRecovery]:
        """Work left by sessions that are no longer running, oldest first, each locked.

        A file whose session is still running (its lock is held) is never listed, nor this
        session's own file; unreadable ones are left alone rather than deleted.
        """
        if not self.folder.is_dir():
            return []
        found = []
        for file in sorted(self.folder.glob("*" + RECOVERY_SUFFIX)):
            if file == self.file:
                continue
            lock = _lock_for(file)
            if not lock.tryLock(0):
                continue  # a running window's work, or another start is offering it now
            try:
                record = json.loads(file.read_text(encoding="utf-8"))
                plan = plan_from_dict(record["plan"], file)
                saved_at = _saved_at(record, file)
            except (OSError, ValueError, KeyError, TypeError, PlanFileError):
                lock.unlock()
                continue
            original = record.get("original_path")
            found.append(
                PendingRecovery(
                    file,
                    plan,
                    Path(original) if original else None,
                    saved_at,
                    record.get("reason") or CRASHED,
                    lock,
                )
            )
        found.sort(key=lambda entry: entry.saved_at)
        return found

    def restore(self, entry: PendingRecovery) -> None:
        """Put recovered work in the window as unsaved changes, protected at once: it is
        written to this session's file before the crashed session's file is removed."""
        self.open_plan.restore(entry.plan, entry.original)
        self._adopted.append(entry)
        self.write()  # on failure the crashed file stays, locked by us, for the next start


def _saved_at(record: dict, file: Path) -> datetime:
    text = record.get("saved_at")
    if isinstance(text, str):
        try:
            return datetime.fromisoformat(text)
        except ValueError:
            pass
    return datetime.fromtimestamp(file.stat().st_mtime, UTC)


# -- the offer at start-up ---------------------------------------------------------------------

RESTORE, SAVE_AS, DISCARD, LATER = "restore", "save-as", "discard", "later"


def describe(entry: PendingRecovery) -> str:
    """Which plan the work belongs to and when it was last written, in the user's words."""
    from PySide6.QtCore import QDateTime, QLocale

    when = QLocale().toString(
        QDateTime.fromSecsSinceEpoch(int(entry.saved_at.timestamp())),
        QLocale.FormatType.ShortFormat,
    )
    if entry.original is not None:
        name = translate("Recovery", "{file} ({business})")
    else:
        name = translate("Recovery", "an untitled plan ({business})")
    name = name.format(file=str(entry.original), business=entry.plan.business.name)
    if entry.reason == INTERRUPTED:
        text = translate(
            "Recovery",
            "The application was stopped at {when} with unsaved changes to {name}; they were kept.",
        )
    else:
        text = translate(
            "Recovery",
            "The application did not close properly; unsaved changes to {name} were kept at "
            "{when}.",
        )
    return text.format(when=when, name=name)


def ask_about(parent, entry: PendingRecovery, can_restore: bool, remaining: int) -> str:
    """One recovered piece of work: restore it here, save it to a file, discard it, or later."""
    from PySide6.QtWidgets import QAbstractButton, QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("Recovery", "Restore unsaved changes?"))
    box.setText(describe(entry))
    if can_restore:
        question = translate(
            "Recovery",
            "Restore them in this window, save them to a file of their own, or discard them?",
        )
    else:
        question = translate(
            "Recovery",
            "This window already shows restored work. Save these changes to a file of their "
            "own, discard them, or keep them to decide at the next start?",
        )
    if remaining:
        question += " " + translate("Recovery", "(%n more after this one.)", None, remaining)
    box.setInformativeText(question)
    buttons: dict[QAbstractButton, str] = {}
    restore = None
    if can_restore:
        restore = box.addButton(translate("Recovery", "Restore"), box.ButtonRole.AcceptRole)
        buttons[restore] = RESTORE
    buttons[box.addButton(translate("Recovery", "Save As…"), box.ButtonRole.ActionRole)] = SAVE_AS
    buttons[box.addButton(translate("Recovery", "Discard"), box.ButtonRole.DestructiveRole)] = (
        DISCARD
    )
    later = box.addButton(translate("Recovery", "Decide Later"), box.ButtonRole.RejectRole)
    buttons[later] = LATER
    box.setEscapeButton(later)
    box.setDefaultButton(restore or later)  # Enter never throws work away
    box.exec()
    return buttons.get(box.clickedButton(), LATER)


def save_elsewhere(parent, entry: PendingRecovery) -> bool:
    """Write recovered work to a plan file the user picks; False (work kept) when not done."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from continuity_app.gui.open_plan import file_stem
    from continuity_app.io.planfile import PLAN_SUFFIX, save_plan

    suggested = entry.original or Path.home() / (file_stem(entry.plan) + PLAN_SUFFIX)
    filename, _ = QFileDialog.getSaveFileName(
        parent,
        translate("Recovery", "Save restored changes as"),
        str(suggested.with_name(suggested.stem + "-recovered" + PLAN_SUFFIX)),
        translate("Recovery", "Continuity plans (*{suffix})").format(suffix=PLAN_SUFFIX),
    )
    if not filename:
        return False
    path = Path(filename)
    if path.suffix != PLAN_SUFFIX:
        path = path.with_suffix(PLAN_SUFFIX)
    try:
        save_plan(entry.plan, path)
    except OSError as error:
        QMessageBox.critical(
            parent,
            translate("Recovery", "Cannot save"),
            translate(
                "Recovery",
                "The restored changes could not be saved to {path}: {reason}. They are kept "
                "and offered again at the next start.",
            ).format(path=str(path), reason=error.strerror or str(error)),
        )
        return False
    return True


def offer_recoveries(parent, recovery: Recovery, ask=ask_about) -> PendingRecovery | None:
    """Offer every crashed session's work, oldest first; returns the one restored, if any.

    Only one can be restored into a window; the others can be saved to files of their own,
    discarded, or kept to be offered again at the next start: none is dropped unasked.
    """
    entries = recovery.pending()
    restored = None
    for number, entry in enumerate(entries):
        answer = ask(parent, entry, restored is None, len(entries) - number - 1)
        if answer == RESTORE and restored is None:
            recovery.restore(entry)
            restored = entry
        elif (answer == SAVE_AS and save_elsewhere(parent, entry)) or answer == DISCARD:
            entry.remove()
        else:
            entry.release()
    return restored
