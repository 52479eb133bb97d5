"""Where widgets sit in their window, to assert that a right-to-left layout is mirrored."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QLabel, QTableView, QWidget


def _name(widget: QWidget) -> str:
    return widget.accessibleName() or widget.objectName() or type(widget).__name__


def centre_x(widget: QWidget) -> float:
    """The horizontal middle of the widget, in its window's coordinates."""
    return widget.mapTo(widget.window(), QPoint(0, 0)).x() + widget.width() / 2


def assert_right_of(one: QWidget, other: QWidget) -> None:
    assert centre_x(one) > centre_x(other), f"{_name(one)} is not right of {_name(other)}"


def assert_label_right_of_its_field(label: QLabel) -> None:
    """A form's label sits right of the field it names (its buddy)."""
    field = label.buddy()
    assert field is not None, f"the label {label.text()!r} names no field"
    assert centre_x(label) > centre_x(field), f"{label.text()!r} is not right of its field"


def assert_on_the_right_half(widget: QWidget) -> None:
    window = widget.window()
    left = widget.mapTo(window, QPoint(0, 0)).x()
    assert left > window.width() / 2, f"{_name(widget)} starts at x={left} of {window.width()}"


def assert_first_column_at_the_right(view: QTableView) -> None:
    """The table's first shown column is its rightmost one."""
    header = view.horizontalHeader()
    shown = [header.logicalIndex(v) for v in range(header.count()) if not header.isSectionHidden(v)]
    assert len(shown) >= 2, "a table of one column shows no direction"
    first, last = (header.sectionViewportPosition(c) for c in (shown[0], shown[-1]))
    assert first > last, f"{_name(view)}: the first column is at x={first}, the last at x={last}"
