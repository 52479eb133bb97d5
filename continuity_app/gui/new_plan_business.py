"""The guided set-up's first two pages: the business (name, countries, currency, hours, staff)
and what it does on WhatsApp, with the widgets and choices the other pages share."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from continuity_app.core.channel_mix import WHATSAPP
from continuity_app.core.display import (
    currency_choices,
    format_money,
)
from continuity_app.core.labels import kind_label
from continuity_app.core.new_plan import Activity
from continuity_app.core.plan import WEEKDAYS, FunctionKind, Weekday
from continuity_app.gui.labels import ERROR_STYLE

if TYPE_CHECKING:
    from continuity_app.gui.new_plan_dialog import NewPlanWizard

# Most small businesses run these on WhatsApp, so the set-up starts with them ticked.
COMMON_KINDS = (FunctionKind.CUSTOMER_SERVICE, FunctionKind.ORDERS_SALES)
# Channels an owner can say customers already use to reach the business.
OTHER_CHANNELS = ("voice", "sms", "email", "instagram", "telegram", "webchat")
SHARES = (0.0, 0.1, 0.25, 0.5, 0.8)  # the choices for "how many could reach you this way"
WAITS = (None, 0.5, 2.0, 6.0, 24.0)  # hours; None: the published figures


def _hint(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class _BusinessPage(QWizardPage):
    """Who the business is, where, when it is open, and what an hour of work costs."""

    def __init__(self, wizard: NewPlanWizard) -> None:
        super().__init__()
        reference = self.reference = wizard.reference
        self.name = QLineEdit()
        self.sector = QLineEdit()
        self.country = wizard.country_combo()
        self.second = QCheckBox()
        self.second_country = wizard.country_combo()
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
        for name, code in currency_choices(reference):
            self.currency.addItem(name, code)
        self.opens = QTimeEdit(QTime(9, 0))
        self.closes = QTimeEdit(QTime(18, 0))
        self.days = {day: QCheckBox() for day in WEEKDAYS}
        for day, box in self.days.items():
            box.setChecked(day != "sun")
            box.toggled.connect(self.completeChanged)
        hours_row = QHBoxLayout()
        hours_row.addWidget(self.opens)
        self.until = QLabel()
        hours_row.addWidget(self.until)
        hours_row.addWidget(self.closes)
        hours_row.addStretch(1)
        days_row = QHBoxLayout()
        for box in self.days.values():
            days_row.addWidget(box)
        days_row.addStretch(1)
        self.staff = QSpinBox()
        self.staff.setRange(1, 1_000_000)
        self.staff.setValue(1)
        # no default: an hour's cost depends on the country and the currency; 0 means not given
        self.cost = QDoubleSpinBox()
        self.cost.setRange(0.0, 1e9)
        self.cost.setDecimals(2)
        self.cost.setGroupSeparatorShown(True)
        self.cost.setSpecialValueText("—")
        for signal in (
            self.name.textChanged,
            self.cost.valueChanged,
            self.country.currentIndexChanged,
            self.second_country.currentIndexChanged,
            self.opens.timeChanged,
            self.closes.timeChanged,
        ):
            signal.connect(self.completeChanged)
        self.problem = _hint()
        self.problem.setStyleSheet(ERROR_STYLE)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.labels: dict[str, QLabel] = {}
        for key, field in (
            ("name", self.name),
            ("sector", self.sector),
            ("country", self.country),
            ("second", second_row),
            ("currency", self.currency),
            ("hours", hours_row),
            ("days", days_row),
            ("staff", self.staff),
            ("cost", self.cost),
        ):
            label = QLabel()
            label.setWordWrap(True)
            if isinstance(field, QWidget):
                label.setBuddy(field)
            form.addRow(label, field)
            self.labels[key] = label
        self.labels["second"].setBuddy(self.second)
        self.labels["hours"].setBuddy(self.opens)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        self.country.currentIndexChanged.connect(self._country_changed)
        self._second_toggled(False)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your business"))
        self.setSubTitle(
            self.tr("Who the plan is for, where your customers are and when you are open.")
        )
        texts = {
            "name": (self.tr("Business &name"), self.tr("The business this plan is for.")),
            "sector": (
                self.tr("&What it does"),
                self.tr(
                    "In a few words. The app uses it to pick how customers of such a business "
                    "usually behave."
                ),
            ),
            "country": (
                self.tr("Main &country"),
                self.tr("Where most of your customers are. Type to search."),
            ),
            "second": (
                self.tr("Second c&ountry"),
                self.tr("Another country where many of your customers are, and its share."),
            ),
            "currency": (self.tr("C&urrency"), self.tr("Every amount in the plan uses it.")),
            "hours": (
                self.tr("Open &from"),
                self.tr("When customers can reach you; change it later for each day."),
            ),
            "days": (self.tr("Open on"), self.tr("The days you are open.")),
            "staff": (self.tr("S&taff"), self.tr("People who work in the business, you included.")),
            "cost": (
                self.tr("One &hour of work costs"),
                self.tr(
                    "What an hour of one person's work costs you, in the plan's currency. It "
                    "prices the time lost when staff cannot coordinate."
                ),
            ),
        }
        fields = {
            "name": self.name,
            "sector": self.sector,
            "country": self.country,
            "second": self.second,
            "currency": self.currency,
            "hours": self.opens,
            "days": next(iter(self.days.values())),
            "staff": self.staff,
            "cost": self.cost,
        }
        for key, (label, tip) in texts.items():
            self.labels[key].setText(label)
            fields[key].setToolTip(tip)
            fields[key].setAccessibleName(label.replace("&", ""))
        self.until.setText(self.tr("to"))
        self.closes.setAccessibleName(self.tr("Closes at"))
        locale = QLocale()
        for position, box in enumerate(self.days.values()):
            # Qt counts Monday as 1
            box.setText(locale.dayName(position + 1, QLocale.FormatType.ShortFormat))
            box.setAccessibleName(locale.dayName(position + 1))
        self.second.setText(self.tr("Also"))
        self.second_country.setAccessibleName(self.tr("Second country"))
        self.second_share.setAccessibleName(self.tr("Share of the second country"))
        self.name.setPlaceholderText(self.tr("e.g. Al-Zaytouna Bakery"))
        self.sector.setPlaceholderText(self.tr("e.g. bakery, clinic, online shop"))

    def set_country(self, combo: QComboBox, code: str) -> None:
        combo.setCurrentIndex(combo.findData(code))

    def set_currency(self, code: str) -> None:
        index = self.currency.findData(code)
        if index >= 0:
            self.currency.setCurrentIndex(index)

    def _country_changed(self) -> None:
        country = self.reference.countries.get(self.country.currentData())
        if country is not None and country.currency:
            self.set_currency(country.currency)

    def _second_toggled(self, on: bool) -> None:
        self.second_country.setEnabled(on)
        self.second_share.setEnabled(on)
        self.completeChanged.emit()

    def problem_text(self) -> str:
        if not self.name.text().strip():
            return self.tr("Give the business a name.")
        if self.country.currentData() is None:
            return self.tr("Choose the main country from the list.")
        if self.second.isChecked() and self.second_country.currentData() in (
            None,
            self.country.currentData(),
        ):
            return self.tr("Choose a second country other than the main one.")
        if not any(box.isChecked() for box in self.days.values()):
            return self.tr("Tick at least one day you are open.")
        if self.closes.time() <= self.opens.time():
            return self.tr("The closing time must come after the opening time.")
        if self.cost.value() <= 0:
            return self.tr("Say what one hour of work costs you (an estimate is fine).")
        return ""

    def isComplete(self) -> bool:
        problem = self.problem_text()
        # say what is missing only once the user has started, not on an empty form
        self.problem.setText(problem if self.name.text() else "")
        self.problem.setVisible(bool(self.problem.text()))
        return not problem

    def country_mix(self) -> dict[str, float]:
        main = self.country.currentData()
        if not self.second.isChecked():
            return {main: 1.0}
        share = self.second_share.value() / 100
        return {main: 1.0 - share, self.second_country.currentData(): share}

    def opening_hours(self) -> dict[Weekday, list[str]]:
        interval = f"{self.opens.time().toString('HH:mm')}-{self.closes.time().toString('HH:mm')}"
        return {day: [interval] for day, box in self.days.items() if box.isChecked()}


# Besides WhatsApp, the guided set-up asks for the apps small businesses sell on most (Sebrae
# 2021: of Brazilian small businesses selling online, 54% on Instagram and 51% on Facebook);
# the Functions page edits every channel of the mix.
_ASKED_CHANNELS = ("instagram", "facebook")


class _ActivityRow:
    """One kind of activity: ticked or not, how many a day, how many by WhatsApp, Instagram and
    Facebook, worth."""

    def __init__(self, wizard: NewPlanWizard, kind: FunctionKind) -> None:
        default = wizard.reference.function_defaults[kind.value]
        self.kind = kind
        self.default_share = default.whatsapp_share
        self.default_hours = default.revenue_per_interaction
        self.box = QCheckBox()
        self.box.setChecked(kind in COMMON_KINDS)
        self.note = _hint()
        # no figure until the owner gives one: a typical count would look like theirs
        self.per_day = QSpinBox()
        self.per_day.setRange(0, 1_000_000)
        self.per_day.setSpecialValueText("—")
        self.per_day.setGroupSeparatorShown(True)
        self.share = QSpinBox()
        self.share.setRange(0, 100)
        self.share.setSuffix("%")
        self.share.setValue(round(default.whatsapp_share * 100))
        self.others = {channel: QSpinBox() for channel in _ASKED_CHANNELS}
        for other in self.others.values():
            other.setRange(0, 100)
            other.setSuffix("%")
        self.value = QDoubleSpinBox()
        self.value.setRange(0.0, 1e9)
        self.value.setDecimals(2)
        self.value.setGroupSeparatorShown(True)
        self.brings_money = default.revenue_per_interaction > 0 and not kind.is_coordination
        self.box.toggled.connect(self._toggled)
        self._toggled(self.box.isChecked())

    def _toggled(self, on: bool) -> None:
        for field in (self.per_day, self.share, *self.others.values()):
            field.setEnabled(on)
        self.value.setEnabled(on and self.brings_money)

    def activity(self) -> Activity:
        mix = {WHATSAPP: self.share.value() / 100}
        mix |= {c: box.value() / 100 for c, box in self.others.items() if box.value() > 0}
        return Activity(
            self.kind,
            per_day=float(self.per_day.value()),
            mix=mix,
            value=self.value.value() if self.brings_money and self.value.value() > 0 else None,
        )


class _ActivitiesPage(QWizardPage):
    """What customers (and staff) do on WhatsApp, how many a day, what one is worth."""

    def __init__(self, wizard: NewPlanWizard) -> None:
        super().__init__()
        self.reference = wizard.reference
        self.rows = [_ActivityRow(wizard, kind) for kind in FunctionKind]
        self.intro = _hint()
        grid = QGridLayout()
        self.headers = [QLabel() for _ in range(3 + len(_ASKED_CHANNELS))]
        for column, header in enumerate(self.headers, start=1):
            header.setWordWrap(True)
            grid.addWidget(header, 0, column)
        for number, row in enumerate(self.rows, start=1):
            labels = QVBoxLayout()
            labels.setSpacing(0)
            labels.addWidget(row.box)
            labels.addWidget(row.note)
            grid.addLayout(labels, number, 0)
            grid.addWidget(row.per_day, number, 1)
            grid.addWidget(row.share, number, 2)
            for column, other in enumerate(row.others.values(), start=3):
                grid.addWidget(other, number, column)
                other.valueChanged.connect(self.completeChanged)
            grid.addWidget(row.value, number, 3 + len(row.others))
            row.box.toggled.connect(self.completeChanged)
            row.per_day.valueChanged.connect(self.completeChanged)
            row.share.valueChanged.connect(self.completeChanged)
        grid.setColumnStretch(0, 1)
        self.problem = _hint()
        self.problem.setStyleSheet(ERROR_STYLE)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(grid)
        layout.addWidget(self.problem)
        # the rows keep their place when the message below them comes and goes
        layout.addStretch(1)

    def retranslate(self, currency: str, hour_cost: float) -> None:
        self.setTitle(self.tr("What runs on WhatsApp"))
        self.setSubTitle(self.tr("What your customers and staff do there, and how much of it."))
        self.intro.setText(
            self.tr(
                "Tick what runs on WhatsApp. For each, count chats, orders or bookings on a "
                "normal open day (not messages), and how many of them come by WhatsApp, by "
                "Instagram and by Facebook (the rest by phone, in person or elsewhere). Leave "
                "what you are not sure of: the plan starts from typical values, marked as such."
            )
        )
        self.headers[0].setText(self.tr("About how many a day (all channels)"))
        self.headers[1].setText(self.tr("By WhatsApp"))
        self.headers[2].setText(self.tr("By Instagram"))
        self.headers[3].setText(self.tr("By Facebook"))
        self.headers[4].setText(self.tr("Value of one (%1)").replace("%1", currency))
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
        reference = self.reference
        for row in self.rows:
            label = kind_label(row.kind)
            row.box.setText(label)
            row.box.setAccessibleName(label)
            row.note.setText(notes[row.kind])
            row.box.setAccessibleDescription(notes[row.kind])
            row.per_day.setAccessibleName(self.tr("%1: how many a day").replace("%1", label))
            row.share.setAccessibleName(self.tr("%1: share by WhatsApp").replace("%1", label))
            row.others["instagram"].setAccessibleName(
                self.tr("%1: share by Instagram").replace("%1", label)
            )
            row.others["facebook"].setAccessibleName(
                self.tr("%1: share by Facebook").replace("%1", label)
            )
            row.share.setToolTip(
                self.tr("Typical for this kind of activity: %1%. Change it to yours.").replace(
                    "%1", str(round(row.default_share * 100))
                )
            )
            row.value.setAccessibleName(self.tr("%1: what one is worth").replace("%1", label))
            if not row.brings_money:
                row.value.setSpecialValueText(self.tr("no sale"))
                row.value.setToolTip(self.tr("This activity brings no sale of its own."))
                continue
            row.value.setSpecialValueText(self.tr("not sure"))
            typical = format_money(row.default_hours * hour_cost, currency, reference)
            row.value.setToolTip(
                self.tr(
                    "The money one brings in (an order's value, a booking's fee). Not sure: the "
                    "plan starts from %1 (about %2 hours of work), marked as a default."
                )
                .replace("%1", typical)
                .replace("%2", str(row.default_hours))
            )

    def problem_text(self) -> str:
        chosen = [row for row in self.rows if row.box.isChecked()]
        if not chosen:
            return self.tr("Tick at least one thing the business does on WhatsApp.")
        for row in chosen:
            if row.per_day.value() <= 0:
                return self.tr("Say about how many a day for %1 (a rough count is fine).").replace(
                    "%1", kind_label(row.kind)
                )
            if row.share.value() + sum(box.value() for box in row.others.values()) > 100:
                return self.tr(
                    "For %1, the shares by WhatsApp, Instagram and Facebook add up to more than "
                    "100%; lower one of them."
                ).replace("%1", kind_label(row.kind))
        return ""

    def isComplete(self) -> bool:
        problem = self.problem_text()
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        return not problem

    def activities(self) -> list[Activity]:
        return [row.activity() for row in self.rows if row.box.isChecked()]
