"""Autosave to a recovery file, and an offer to restore it after a crash."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QTimer

from continuity_app.core.document import Plan
from continuity_app.gui.document import PlanDocument
from continuity_app.io.planfile import PlanFileError, atomic_write_text, plan_from_dict

AUTOSAVE_MS = 30_000


def recovery_dir() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base or Path.home() / ".continuity-app") / "recovery"


class Recovery(QObject):
    """Writes the unsaved plan every half minute; removes it once the plan is saved or closed."""

    def __init__(
        self, document: PlanDocument, folder: Path | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.folder = folder or recovery_dir()
        self.file = self.folder / "unsaved.cplan.recovery"
        self.timer = QTimer(self)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.write)
        self.timer.start()
        document.modifiedChanged.connect(lambda modified: None if modified else self.discard())

    def write(self) -> None:
        """Save the current plan, with the file it belongs to, if it has unsaved changes."""
        if not self.document.modified:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        record = {
            "original_path": str(self.document.path) if self.document.path else None,
            "plan": json.loads(self.document.text()),
        }
        atomic_write_text(self.file, json.dumps(record, ensure_ascii=False, indent=1))

    def discard(self) -> None:
        self.file.unlink(missing_ok=True)

    def pending(self) -> tuple[Plan, Path | None] | None:
        """The plan left behind by a session that did not close cleanly, if any is readable."""
        if not self.file.is_file():
            return None
        try:
            record = json.loads(self.file.read_text(encoding="utf-8"))
            plan = plan_from_dict(record["plan"], self.file)
        except (OSError, ValueError, KeyError, TypeError, PlanFileError):
            return None
        original = record.get("original_path")
        return plan, Path(original) if original else None
