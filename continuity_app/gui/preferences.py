"""Preferences: interface and plan language, digits, default currency."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from continuity_app.core.display import currency_choices
from continuity_app.core.reference import load_reference
from continuity_app.gui.settings import (
    DEFAULT_CURRENCY,
    DIGITS,
    DURATION_UNIT,
    LANGUAGE,
    PLAN_LANGUAGE,
    Settings,
)
from continuity_app.localization import available_languages


class PreferencesDialog(QDialog):
    """Edits the typed settings; the interface language applies at the next start."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox(self)
        self.plan_language = QComboBox(self)
        self.language.addItem(self.tr("System default"), "")
        self.plan_language.addItem(self.tr("Same as the interface"), "")
        for code in available_languages():
            name = QLocale(code).nativeLanguageName() or code
            self.language.addItem(f"{name} ({code})", code)
            self.plan_language.addItem(f"{name} ({code})", code)
        self.digits = QComboBox(self)
        self.digits.addItem(self.tr("As the language writes them"), "locale")
        self.digits.addItem(self.tr("Western digits (0123)"), "western")
        self.digits.addItem(self.tr("Arabic-Indic digits (٠١٢٣)"), "arabic_indic")
        self.duration_unit = QComboBox(self)
        self.duration_unit.addItem(self.tr("Minutes, hours or days as fits"), "auto")
        self.duration_unit.addItem(self.tr("Always hours"), "hours")
        self.currency = QComboBox(self)
        self.currency.setEditable(False)
        for label, code in currency_choices(load_reference()):
            self.currency.addItem(label, code)
        for combo, option in (
            (self.language, LANGUAGE),
            (self.plan_language, PLAN_LANGUAGE),
            (self.digits, DIGITS),
            (self.duration_unit, DURATION_UNIT),
            (self.currency, DEFAULT_CURRENCY),
        ):
            combo.setCurrentIndex(max(combo.findData(settings.get(option)), 0))
        self.language.setAccessibleName(self.tr("Interface language"))
        self.plan_language.setAccessibleName(self.tr("Language of the printed plan"))
        self.digits.setAccessibleName(self.tr("Digits"))
        self.currency.setAccessibleName(self.tr("Currency of new plans"))
        self.duration_unit.setAccessibleName(self.tr("Unit for durations"))
        form = QFormLayout()
        form.addRow(self.tr("Interface &language:"), self.language)
        form.addRow(self.tr("&Printed plan language:"), self.plan_language)
        form.addRow(self.tr("&Digits:"), self.digits)
        form.addRow(self.tr("D&urations:"), self.duration_unit)
        form.addRow(self.tr("&Currency of new plans:"), self.currency)
        note = QLabel(self.tr("A new interface language takes effect when you next start."), self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self.settings.set(LANGUAGE, self.language.currentData())
        self.settings.set(PLAN_LANGUAGE, self.plan_language.currentData())
        self.settings.set(DIGITS, self.digits.currentData())
        self.settings.set(DURATION_UNIT, self.duration_unit.currentData())
        self.settings.set(DEFAULT_CURRENCY, self.currency.currentData())
        self.settings.sync()
        super().accept()
