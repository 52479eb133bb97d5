"""The parts the Business page's forms share: labelled inputs with a message beneath each."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from continuity_app.core.fields import Field
from continuity_app.gui.labels import ERROR_STYLE

MAX_MONEY = 1e12


class ErrorLabel(QLabel):
    """Red text under an input saying why its value was not applied; hidden when all is well."""

    def __init__(self, field: QWidget) -> None:
        super().__init__()
        self._field = field
        self.setWordWrap(True)
        self.setStyleSheet(ERROR_STYLE)
        self.hide()

    def show_problem(self, message: str, detail: str = "") -> None:
        self.setText(message)
        self.setToolTip(detail)
        self._field.setAccessibleDescription(message)
        self.setVisible(bool(message))


def money_spin() -> QDoubleSpinBox:
    """An amount in the plan's currency: two decimals, grouped, no arrows."""
    spin = QDoubleSpinBox()
    spin.setRange(0.0, MAX_MONEY)
    spin.setDecimals(2)
    spin.setGroupSeparatorShown(True)
    spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
    return spin


def new_form(box: QGroupBox) -> QFormLayout:
    """A form in `box` whose long rows wrap and whose inputs take the width."""
    form = QFormLayout(box)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


class FormRows:
    """The labelled inputs of the page's forms by key, each with its error label beneath."""

    def __init__(self) -> None:
        self.labels: dict[str, QLabel] = {}
        self.inputs: dict[str, QWidget] = {}
        self.errors: dict[str, ErrorLabel] = {}

    def add(self, form: QFormLayout, key: str, widget: QWidget) -> None:
        label = QLabel()
        label.setBuddy(widget)
        label.setWordWrap(True)
        error = ErrorLabel(widget)
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(error)
        form.addRow(label, column)
        self.labels[key] = label
        self.inputs[key] = widget
        self.errors[key] = error

    def set_texts(self, key: str, label: str, tip: str) -> None:
        """An input's label (with its shortcut mark) and tooltip."""
        self.labels[key].setText(label)
        widget = self.inputs[key]
        widget.setToolTip(tip)
        widget.setAccessibleName(label.replace("&", ""))

    def set_field(self, key: str, entry: Field, currency: str) -> None:
        """An input's label and tooltip as the field registry words them."""
        self.set_texts(key, entry.title(currency, mnemonic=True), entry.tip(currency))

    def label_text(self, key: str) -> str:
        """A field's label as a message names it (without its shortcut mark or colon)."""
        return self.labels[key].text().replace("&", "").rstrip(":： ")
