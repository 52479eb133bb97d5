"""A short guided set-up for a new plan: a few answers, sensible defaults to refine later."""

from __future__ import annotations

from pydantic import ValidationError
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from continuity_app.core.display import country_choices, currency_choices
from continuity_app.core.document import FunctionKind, Plan
from continuity_app.core.labels import kind_label
from continuity_app.core.new_plan import new_plan
from continuity_app.core.reference import ReferenceData
from continuity_app.gui.labels import ERROR_STYLE, collation_key
from continuity_app.gui.settings import DEFAULT_CURRENCY, Settings
from continuity_app.io.planfile import describe_validation_error

# Most small businesses run these on WhatsApp, so the set-up starts with them ticked.
COMMON_KINDS = (FunctionKind.CUSTOMER_SERVICE, FunctionKind.ORDERS_SALES)


class NewPlanDialog(QDialog):
    """Asks for the business, its countries and how it uses WhatsApp; OK builds the plan."""

    def __init__(
        self, reference: ReferenceData, settings: Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._reference = reference
        self._plan: Plan | None = None

        self.name = QLineEdit()
        self.sector = QLineEdit()
        self.country = self._country_combo()
        self.second = QCheckBox()
        self.second_country = self._country_combo()
        self.second_share = QSpinBox()
        self.second_share.setRange(1, 99)
        self.second_share.setValue(20)
        self.second_share.setSuffix("%")
        self.second.toggled.connect(self._second_toggled)
        second_row = QHBoxLayout()
        second_row.addWidget(self.second)
        second_row.addWidget(self.second_country, 1)
        second_row.addWidget(self.second_share)
        self.currency = QComboBox()
        for label, code in currency_choices(reference):
            self.currency.addItem(label, code)
        self._set_currency(settings.get(DEFAULT_CURRENCY))

        self.kinds_box = QGroupBox()
        kinds_layout = QGridLayout(self.kinds_box)
        self.kinds: dict[FunctionKind, QCheckBox] = {}
        self._kind_notes: dict[FunctionKind, QLabel] = {}
        for row, kind in enumerate(FunctionKind):
            box = QCheckBox()
            box.setChecked(kind in COMMON_KINDS)
            box.toggled.connect(self._validate)
            note = QLabel()
            note.setWordWrap(True)
            kinds_layout.addWidget(box, row, 0)
            kinds_layout.addWidget(note, row, 1)
            self.kinds[kind] = box
            self._kind_notes[kind] = note
        kinds_layout.setColumnStretch(1, 1)

        self.messages = QSpinBox()
        self.messages.setRange(1, 10_000_000)
        self.messages.setValue(200)
        self.messages.setSingleStep(50)
        self.messages.setGroupSeparatorShown(True)
        self.staff = QSpinBox()
        self.staff.setRange(1, 1_000_000)
        self.staff.setValue(5)
        self.cost = QDoubleSpinBox()
        self.cost.setRange(0.01, 1e9)
        self.cost.setDecimals(2)
        self.cost.setValue(10.0)
        self.cost.setGroupSeparatorShown(True)

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(self._validate)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._labels: dict[str, QLabel] = {}
        for key, field in (
            ("name", self.name),
            ("sector", self.sector),
            ("country", self.country),
            ("second", second_row),
            ("currency", self.currency),
            ("messages", self.messages),
            ("staff", self.staff),
            ("cost", self.cost),
        ):
            label = QLabel()
            label.setWordWrap(True)
            if isinstance(field, QWidget):
                label.setBuddy(field)
            form.addRow(label, field)
            self._labels[key] = label
        self._labels["second"].setBuddy(self.second)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.kinds_box)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(640)

        # start from the computer's own country: most users plan for where they are
        home = QLocale.territoryToCode(QLocale().territory())
        if home in reference.countries:
            self.set_country(self.country, home)
            self._country_changed()
        self.country.currentIndexChanged.connect(self._country_changed)
        self.retranslate()
        self._second_toggled(False)
        self._validate()

    def plan(self) -> Plan | None:
        """The plan built when the user pressed OK; None before that."""
        return self._plan

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New plan"))
        self.intro.setText(
            self.tr(
                "A few answers fill the plan with starting values (marked as defaults) that you "
                "refine on the following pages. Nothing leaves this computer."
            )
        )
        texts = {
            "name": (self.tr("Business &name"), self.tr("The business this plan is for.")),
            "sector": (self.tr("&Sector"), self.tr("What the business does, in a few words.")),
            "country": (
                self.tr("Main &country"),
                self.tr("Where most of the people you message are. Type to search."),
            ),
            "second": (
                self.tr("Second c&ountry"),
                self.tr("Another country where many of your customers are, and its share."),
            ),
            "currency": (self.tr("C&urrency"), self.tr("Every amount in the plan uses it.")),
            "messages": (
                self.tr("WhatsApp &messages a day"),
                self.tr(
                    "Roughly how many messages the business sends and receives on WhatsApp on "
                    "a normal day, all chats together."
                ),
            ),
            "staff": (self.tr("S&taff"), self.tr("People who work in the business.")),
            "cost": (
                self.tr("Staff cost per &hour"),
                self.tr(
                    "What an hour of one person's work costs. Starting values for revenue at "
                    "stake are set in hours of this cost, so they fit any currency."
                ),
            ),
        }
        fields = {
            "name": self.name,
            "sector": self.sector,
            "country": self.country,
            "second": self.second,
            "currency": self.currency,
            "messages": self.messages,
            "staff": self.staff,
            "cost": self.cost,
        }
        for key, (label, tip) in texts.items():
            self._labels[key].setText(label)
            fields[key].setToolTip(tip)
            fields[key].setAccessibleName(label.replace("&", ""))
        self.second.setText(self.tr("Also"))
        self.second_country.setAccessibleName(self.tr("Second country"))
        self.second_share.setAccessibleName(self.tr("Share of the second country"))
        self.second_share.setToolTip(self.tr("Share of the people you message in that country."))
        self.name.setPlaceholderText(self.tr("e.g. Al-Zaytouna Bakery"))
        self.sector.setPlaceholderText(self.tr("e.g. bakery, clinic, online shop"))
        self.kinds_box.setTitle(self.tr("What runs on WhatsApp?"))
        notes = {
            FunctionKind.CUSTOMER_SERVICE: self.tr("answering questions before and after a sale"),
            FunctionKind.ORDERS_SALES: self.tr("taking orders and closing sales in chats"),
            FunctionKind.PAYMENTS: self.tr("sending payment links, confirming payments"),
            FunctionKind.INTERNAL_COORDINATION: self.tr("staff groups, shifts, daily instructions"),
            FunctionKind.SUPPLIER_COORDINATION: self.tr("ordering stock, arranging supplies"),
            FunctionKind.MARKETING_BROADCAST: self.tr("broadcast lists, offers, new products"),
            FunctionKind.APPOINTMENTS: self.tr("bookings and reminders"),
            FunctionKind.DELIVERY: self.tr("drivers, drop-off times, delivery updates"),
        }
        for kind, box in self.kinds.items():
            box.setText(kind_label(kind))
            box.setAccessibleName(kind_label(kind))
            self._kind_notes[kind].setText(notes[kind])
            box.setAccessibleDescription(notes[kind])

    # ------------------------------------------------------------------ behaviour

    def _country_combo(self) -> QComboBox:
        combo = QComboBox()
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for label, country in country_choices(self._reference, collation_key()):
            combo.addItem(label, country)
        # searching anywhere in the name: "emir" finds United Arab Emirates
        completer = combo.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        return combo

    def set_country(self, combo: QComboBox, code: str) -> None:
        combo.setCurrentIndex(combo.findData(code))

    def _set_currency(self, code: str) -> None:
        index = self.currency.findData(code)
        if index >= 0:
            self.currency.setCurrentIndex(index)

    def _country_changed(self) -> None:
        country = self._reference.countries.get(self.country.currentData())
        if country is not None and country.currency:
            self._set_currency(country.currency)
        self._validate()

    def _second_toggled(self, on: bool) -> None:
        self.second_country.setEnabled(on)
        self.second_share.setEnabled(on)
        self._validate()

    def _answers_problem(self) -> str:
        if not self.name.text().strip():
            return self.tr("Give the business a name.")
        if not any(box.isChecked() for box in self.kinds.values()):
            return self.tr("Tick at least one thing the business does on WhatsApp.")
        if self.country.currentData() is None:
            return self.tr("Choose the main country from the list.")
        if self.second.isChecked() and self.second_country.currentData() in (
            None,
            self.country.currentData(),
        ):
            return self.tr("Choose a second country other than the main one.")
        return ""

    def _validate(self) -> None:
        problem = self._answers_problem()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)
        # say what is missing only once the user has started, not on an empty form
        self._show_error(problem if self.name.text() else "")

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
        self.setAccessibleDescription(message)

    def country_mix(self) -> dict[str, float]:
        main = self.country.currentData()
        if not self.second.isChecked():
            return {main: 1.0}
        share = self.second_share.value() / 100
        return {main: 1.0 - share, self.second_country.currentData(): share}

    def accept(self) -> None:
        problem = self._answers_problem()
        if problem:
            self._show_error(problem)
            return
        kinds = [kind for kind, box in self.kinds.items() if box.isChecked()]
        try:
            self._plan = new_plan(
                self._reference,
                name=self.name.text(),
                sector=self.sector.text(),
                country_mix=self.country_mix(),
                currency=self.currency.currentData(),
                kinds=kinds,
                daily_messages=float(self.messages.value()),
                staff=self.staff.value(),
                staff_hourly_cost=self.cost.value(),
                names={kind: kind_label(kind) for kind in kinds},
            )
        except ValidationError as error:
            self._show_error("; ".join(describe_validation_error(error)))
            return
        except ValueError as error:
            self._show_error(str(error))
            return
        super().accept()
