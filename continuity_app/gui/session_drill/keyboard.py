"""How the drill types, clicks, picks and edits cells as a user does, and its shared state."""

from __future__ import annotations

import random
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QLocale,
    QModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from continuity_app.core.plan import Plan

WORDS = ("north", "shop", "Al-Quds", "ساعة", "बेकरी", "café", "night", "order", "desk", "van")


def _keys(widget: QWidget, text: str) -> None:
    """Type `text` into `widget` key by key (QTest.keyClicks aborts on letters beyond ASCII)."""
    for char in text:
        if char.isascii():
            # PySide6 takes a character here (QTest's char overload); its stub lists only keys
            QTest.keyClick(widget, char)  # type: ignore[call-overload]
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


class _Refused(Exception):
    """Raised inside a step when an input is expected to be refused (the plan stays)."""


class DrillInput:
    """The shared state of a drill and how it types, clicks and edits cells as a user does."""

    # set by the drill (drill.py); declared here for the step groups that read them
    window: Any
    app: Any
    open_plan: Any
    engine: Any
    rng: random.Random
    seed: int
    folder: Path
    languages: tuple[str, ...]
    counts: Counter[str]
    business: Any
    functions: Any
    fallbacks: Any
    scenarios: Any
    plan_page: Any
    tasks_page: Any
    recommendations_page: Any
    language_shown: str | None

    def _show(self, page: QWidget) -> None:
        row = self.window.pages.index(page)
        if self.window.sidebar.currentRow() != row:
            self.window.sidebar.setCurrentRow(row)

    def _number(self, value: float, decimals: int = 2, locale: QLocale | None = None) -> str:
        """`value` as a user of the current language (or a widget's `locale`) types it."""
        locale = locale or QLocale()
        text = locale.toString(float(value), "f", decimals)
        if locale.decimalPoint() in text:
            text = text.rstrip(locale.zeroDigit()).rstrip(locale.decimalPoint())
        return text.replace(locale.groupSeparator(), "")

    def _type(self, edit: QLineEdit, text: str) -> None:
        """Select everything in a line edit and type `text` over it, key by key."""
        edit.setFocus()
        edit.selectAll()
        if text:
            _keys(edit, text)
        else:
            QTest.keyClick(edit, Qt.Key.Key_Backspace)

    def _refuse_unless_changed(self, before: Plan, text: str, message: Callable[[], str]):
        if self.open_plan.plan == before:
            raise _Refused(text, message())

    def _bad_text(self) -> str:
        return self.rng.choice(("abc", "12abc", "--", "x 5", "1e", "?", "4 – 5"))

    def _combo_key(self, combo: QComboBox) -> None:
        """Choose another entry as the keyboard does (Down/Up on a closed combo box)."""
        if combo.count() < 2:
            return
        if combo.currentIndex() >= combo.count() - 1:
            key = Qt.Key.Key_Up
        elif combo.currentIndex() <= 0:
            key = Qt.Key.Key_Down
        else:
            key = self.rng.choice((Qt.Key.Key_Up, Qt.Key.Key_Down))
        QTest.keyClick(combo, key)

    def _spin(self, spin: QSpinBox | QDoubleSpinBox, typed: float | None, maximum: float) -> None:
        """Arrow keys, or a value typed over the text and Enter."""
        if typed is None or self.rng.random() < 0.5:
            up = spin.value() < maximum and self.rng.random() < 0.6
            QTest.keyClick(spin, Qt.Key.Key_Up if up else Qt.Key.Key_Down)
            return
        decimals = getattr(spin, "decimals", lambda: 0)()
        spin.lineEdit().selectAll()
        _keys(spin.lineEdit(), self._number(typed, decimals, spin.locale()))
        QTest.keyClick(spin.lineEdit(), Qt.Key.Key_Return)

    def _editor(self, view: QAbstractItemView) -> QWidget | None:
        viewport = view.viewport()
        editors = [
            w
            for w in viewport.findChildren(
                QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
            )
            if w.isVisible()
        ]
        return editors[-1] if editors else None

    def _edit_cell(self, view: QAbstractItemView, index: QModelIndex, text: str | None) -> bool:
        """Open the cell's editor (its delegate's), type `text` (None: leave it) and press
        Enter; False when the cell cannot be edited."""
        view.setCurrentIndex(index)
        # no event: Qt's edit() takes a null one, which PySide6's stub does not allow for
        trigger = QAbstractItemView.EditTrigger.EditKeyPressed
        if not view.edit(index, trigger, None):  # type: ignore[call-overload]
            return False
        editor = self._editor(view)
        if editor is None:
            return False
        if text is not None:
            if isinstance(editor, QComboBox):
                editor.setCurrentIndex(self.rng.randrange(editor.count()))
            else:
                line = editor if isinstance(editor, QLineEdit) else editor.findChild(QLineEdit)
                if line is None:
                    # the step fails with this, as it did when None had no selectAll
                    raise TypeError(f"a cell editor with nothing to type in: {editor!r}")
                line.selectAll()
                _keys(line, text)
        QTest.keyClick(editor, Qt.Key.Key_Return)
        self.app.processEvents()  # the closed editor is deleted later
        return True

    def _range(self, likely: float, high: float) -> str:
        if self.rng.random() < 0.6:
            return self._number(likely)
        low = likely * self.rng.uniform(0.5, 1)
        top = min(high, likely * self.rng.uniform(1, 1.5))
        return " – ".join(self._number(x) for x in (low, likely, top))

    def _settle(self) -> None:
        """Let the results engine finish and the window catch up."""
        self.engine.refresh()
        self.engine.wait()
        for _ in range(3):
            self.app.processEvents()

    def _close_modal(self, kind: type[QDialog], act: Callable[[QDialog], None]) -> None:
        """Call `act` on the modal dialog of class `kind` once it shows (exec() blocks)."""
        deadline = time.monotonic() + 120

        def attempt() -> None:
            dialog = QApplication.activeModalWidget()
            if isinstance(dialog, kind) and dialog.isVisible():
                try:
                    act(dialog)
                except Exception:
                    dialog.reject()
                    raise
            elif time.monotonic() < deadline:
                QTimer.singleShot(20, attempt)

        QTimer.singleShot(0, attempt)
