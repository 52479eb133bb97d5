"""What every page of the main window offers: a title, what is missing, retranslation."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from continuity_app.gui.context import AppContext


class Page(QWidget):
    """A page in the sidebar. Subclasses fill in title(), missing() and retranslate()."""

    missingChanged = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context

    def title(self) -> str:
        """The page's name in the sidebar (translated)."""
        raise NotImplementedError

    def missing(self) -> list[str]:
        """What the user still has to fill in on this page (translated); empty when complete."""
        return []

    def retranslate(self) -> None:
        """Set every visible text again after the interface language changed."""
