"""The Business page's country mix: a row per country with its share, and their total."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from continuity_app.core.country_mix import mix_problem, total_percent, typed_mix
from continuity_app.core.display import country_choices
from continuity_app.core.fields import field
from continuity_app.core.i18n import number, translate
from continuity_app.core.reference import ReferenceData
from continuity_app.gui.labels import collation_key
from continuity_app.gui.pages.business_form import ErrorLabel


class CountryMixBox(QGroupBox):
    """Edits where the business's counterparts are; a mix core accepts is sent on as
    `mixTyped` (shares from 0 to 1), a mix it does not is explained beneath the table."""

    mixTyped = Signal(dict)
    rowsChanged = Signal()  # rows came or went: the page's tab order follows

    # The texts keep the Business page's translation context: they were its own.

    def __init__(self, reference: ReferenceData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reference = reference
        self.table = QTableWidget(0, 2)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(120)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self._add_row)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self._remove_row)
        self.total = QLabel()
        self.error = ErrorLabel(self.table)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.total)
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.error)

    def retranslate(self) -> None:
        self.setTitle(translate("BusinessPage", "Where your customers are"))
        entry = field("business", "country_mix")
        self.intro.setText(entry.tip())
        self.table.setHorizontalHeaderLabels(
            [translate("BusinessPage", "Country"), translate("BusinessPage", "Share (%)")]
        )
        self.table.setAccessibleName(entry.title())
        self.add_button.setText(translate("BusinessPage", "Add country"))
        self.add_button.setAccessibleName(translate("BusinessPage", "Add country"))
        self.remove_button.setText(translate("BusinessPage", "Remove country"))
        self.remove_button.setAccessibleName(translate("BusinessPage", "Remove selected country"))
        self._update_total()

    def show_mix(self, mix: dict[str, float]) -> None:
        """Show the plan's mix, one row per country."""
        self.table.setRowCount(0)
        for code, share in mix.items():
            self._append(code, share)
        self.table.resizeRowsToContents()
        self._update_total()
        self.remove_button.setEnabled(self.table.rowCount() > 1)
        self.rowsChanged.emit()

    def tab_chain(self) -> list[QWidget]:
        """The box's inputs in the order Tab visits them: each row's country and share."""
        chain: list[QWidget] = [self.table]
        for row in range(self.table.rowCount()):
            chain.extend(self.table.cellWidget(row, column) for column in (0, 1))
        return [*chain, self.add_button, self.remove_button]

    def rows(self) -> list[tuple[str, float]]:
        """The typed mix: (country code, share in percent) per row."""
        return [
            (self._country(row).currentData(), self._share(row).value())
            for row in range(self.table.rowCount())
        ]

    def _country(self, row: int) -> QComboBox:
        widget = self.table.cellWidget(row, 0)
        assert isinstance(widget, QComboBox)  # _append puts one in every row
        return widget

    def _share(self, row: int) -> QDoubleSpinBox:
        widget = self.table.cellWidget(row, 1)
        assert isinstance(widget, QDoubleSpinBox)  # _append puts one in every row
        return widget

    def _country_combo(self, code: str) -> QComboBox:
        combo = QComboBox()
        for label, country in country_choices(self.reference, collation_key()):
            combo.addItem(label, country)
        if combo.findData(code) < 0:
            combo.addItem(code, code)  # a code the reference data does not know stays visible
        combo.setCurrentIndex(combo.findData(code))
        combo.setAccessibleName(translate("BusinessPage", "Country"))
        combo.currentIndexChanged.connect(lambda _: self._edited())
        return combo

    def _share_spin(self, share: float) -> QDoubleSpinBox:
        scale = field("business", "country_mix").scale
        spin = QDoubleSpinBox()
        spin.setRange(0.0, scale)
        spin.setDecimals(1)
        spin.setValue(share * scale)
        spin.setAccessibleName(translate("BusinessPage", "Share (%)"))
        spin.valueChanged.connect(lambda _: self._edited())
        return spin

    def _append(self, code: str, share: float) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setCellWidget(row, 0, self._country_combo(code))
        self.table.setCellWidget(row, 1, self._share_spin(share))

    def _update_total(self) -> None:
        total = total_percent(self.rows())
        self.total.setText(translate("BusinessPage", "Total: %1%").replace("%1", number(total, 1)))

    def _add_row(self) -> None:
        used = {code for code, _ in self.rows()}
        code = next(c for c in sorted(self.reference.countries) if c not in used)
        self._append(code, 0.0)
        self.table.resizeRowsToContents()
        self.rowsChanged.emit()
        self.table.cellWidget(self.table.rowCount() - 1, 0).setFocus()
        self._edited()

    def _remove_row(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            row = self.table.rowCount() - 1
        if self.table.rowCount() > 1:
            self.table.removeRow(row)
            self.rowsChanged.emit()
            self._edited()

    def _edited(self) -> None:
        rows = self.rows()
        self._update_total()
        problem = mix_problem(rows)
        if problem is not None:
            self.error.show_problem(problem)
            return
        self.mixTyped.emit(typed_mix(rows))
