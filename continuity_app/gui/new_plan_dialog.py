"""The guided set-up of a new plan: the questions an owner can answer, four short pages."""

from __future__ import annotations

import datetime as dt
from typing import cast

from pydantic import ValidationError
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from continuity_app.core.channel_mix import whatsapp_only
from continuity_app.core.display import (
    channel_name,
    country_choices,
    format_money,
)
from continuity_app.core.labels import kind_label
from continuity_app.core.new_plan import Answers, new_plan
from continuity_app.core.plan import Plan
from continuity_app.core.reference import ReferenceData
from continuity_app.gui.labels import ERROR_STYLE, collation_key
from continuity_app.gui.new_plan_business import (
    OTHER_CHANNELS,
    SHARES,
    WAITS,
    _ActivitiesPage,
    _BusinessPage,
    _hint,
)
from continuity_app.gui.settings import DEFAULT_CURRENCY, Settings
from continuity_app.io.planfile import describe_validation_error


class _CustomersPage(QWizardPage):
    """What customers do when WhatsApp stops: how long they wait, what else they use."""

    def __init__(self, wizard: NewPlanWizard) -> None:
        super().__init__()
        self.wait = QComboBox()
        self.channels: dict[str, QComboBox] = {}
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.wait_label = QLabel()
        self.wait_label.setWordWrap(True)
        self.wait_label.setBuddy(self.wait)
        form.addRow(self.wait_label, self.wait)
        self.channels_label = _hint()
        form.addRow(self.channels_label)
        for channel in OTHER_CHANNELS:
            if channel not in wizard.reference.channels:
                continue
            combo = QComboBox()
            self.channels[channel] = combo
            form.addRow(channel_name(wizard.reference, channel), combo)
        self.margin = QSpinBox()
        self.margin.setRange(0, 100)
        self.margin.setSuffix("%")
        self.margin_label = QLabel()
        self.margin_label.setWordWrap(True)
        self.margin_label.setBuddy(self.margin)
        form.addRow(self.margin_label, self.margin)
        layout = QVBoxLayout(self)
        layout.addLayout(form)

    def retranslate(self) -> None:
        self.setTitle(self.tr("When WhatsApp stops"))
        self.setSubTitle(
            self.tr(
                'What your customers would do, as far as you know. "I don\'t know" keeps the '
                "published figures."
            )
        )
        self.wait_label.setText(
            self.tr(
                "If you do not answer, how long do most customers &wait before they go elsewhere?"
            )
        )
        waits = (
            self.tr("I don't know (use the published figures)"),
            self.tr("Less than an hour"),
            self.tr("A couple of hours"),
            self.tr("The rest of the day"),
            self.tr("Until the next day"),
        )
        _refill(self.wait, waits, WAITS)
        self.channels_label.setText(
            self.tr(
                "How many of your customers could reach you today another way? Count only those "
                "who already have the number, address or account."
            )
        )
        shares = (
            self.tr("None"),
            self.tr("A few (about 1 in 10)"),
            self.tr("About 1 in 4"),
            self.tr("About half"),
            self.tr("Most"),
        )
        for combo in self.channels.values():
            _refill(combo, shares, SHARES)
        self.margin_label.setText(
            self.tr("Of each sale, how much do you &keep after paying for the goods? (optional)")
        )
        self.margin.setSpecialValueText(self.tr("not sure"))
        self.margin.setToolTip(
            self.tr(
                "Your gross margin. If you give it, losses are counted as lost profit; if not, "
                "as lost sales."
            )
        )

    def patience_hours(self) -> float | None:
        return self.wait.currentData()

    def other_channels(self) -> dict[str, float]:
        return {
            channel: combo.currentData()
            for channel, combo in self.channels.items()
            if combo.currentData()
        }

    def gross_margin(self) -> float | None:
        return self.margin.value() / 100 if self.margin.value() else None


def _choose_typed(combo: QComboBox) -> None:
    """Typed "nigeria" and Enter (or Tab): the country whose name starts with it, else the
    first that contains it; nothing found leaves the choice empty, never another country."""
    line = combo.lineEdit()
    typed = "" if line is None else line.text().strip().casefold()
    if not typed:
        return
    labels = [combo.itemText(i).casefold() for i in range(combo.count())]
    found = next((i for i, label in enumerate(labels) if label.startswith(typed)), None)
    if found is None:
        found = next((i for i, label in enumerate(labels) if typed in label), -1)
    combo.setCurrentIndex(found)


def _refill(combo: QComboBox, texts: tuple[str, ...], values: tuple) -> None:
    current = combo.currentIndex()
    combo.clear()
    for text, value in zip(texts, values, strict=True):
        combo.addItem(text, value)
    combo.setCurrentIndex(max(current, 0))


class _BearablePage(QWizardPage):
    """The largest loss one outage may cost: a starting point the owner can change."""

    def __init__(self) -> None:
        super().__init__()
        self.amount = QDoubleSpinBox()
        self.amount.setRange(1.0, 1e12)
        self.amount.setDecimals(0)
        self.amount.setGroupSeparatorShown(True)
        self.explanation = _hint()
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setBuddy(self.amount)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.explanation)
        form.addRow(self.label, self.amount)
        self.page_layout = QVBoxLayout(self)  # the wizard adds its error line at the end
        self.page_layout.addLayout(form)
        self._start: float | None = None

    def initializePage(self) -> None:
        wizard = cast(NewPlanWizard, self.wizard())
        draft = wizard.build(bearable_loss=None)
        if draft is None:
            return
        start = draft.tolerance.max_loss_per_outage
        if self._start is None or self.amount.value() == self._start:
            self.amount.setValue(start)  # follows the answers until the owner types a figure
        self._start = start
        money = format_money(start, draft.business.currency, wizard.reference)
        self.explanation.setText(
            (
                self.tr(
                    "The most one outage may cost before the business is in trouble. The plan "
                    "reads from it the longest outage you can bear. We start from one day of "
                    "your WhatsApp sales, %1; change it if you can bear more or less."
                )
                if whatsapp_only(draft.functions)
                else self.tr(
                    "The most one outage may cost before the business is in trouble. The plan "
                    "reads from it the longest outage you can bear. We start from one day of "
                    "the sales the worst outage would cut off (WhatsApp and the other apps on "
                    "Meta's infrastructure), %1; change it if you can bear more or less."
                )
            ).replace("%1", money)
        )

    def retranslate(self, currency: str) -> None:
        self.setTitle(self.tr("What you can bear"))
        self.setSubTitle(self.tr("The loss that would put the business in trouble."))
        self.label.setText(
            self.tr("Largest loss you can bear from one outage (%1)").replace("%1", currency)
        )
        self.amount.setAccessibleName(self.label.text())

    def bearable_loss(self) -> float | None:
        return self.amount.value() if self.amount.value() != self._start else None


class NewPlanWizard(QWizard):
    """Four short pages of questions; Finish builds the plan (plan() after accepted)."""

    def __init__(
        self, reference: ReferenceData, settings: Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.reference = reference
        self._plan: Plan | None = None
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.business = _BusinessPage(self)
        self.activities = _ActivitiesPage(self)
        self.customers = _CustomersPage(self)
        self.bearable = _BearablePage()
        for page in (self.business, self.activities, self.customers, self.bearable):
            self.addPage(page)
        self.error = _hint()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.bearable.page_layout.addWidget(self.error)
        self.business.set_currency(settings.get(DEFAULT_CURRENCY))
        # start from the computer's own country: most users plan for where they are
        home = QLocale.territoryToCode(QLocale().territory())
        if home in reference.countries:
            self.business.set_country(self.business.country, home)
            self.business._country_changed()
        self.currentIdChanged.connect(lambda _id: self.retranslate())
        self.setMinimumSize(720, 560)
        self.retranslate()

    def country_combo(self) -> QComboBox:
        combo = QComboBox()
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for label, country in country_choices(self.reference, collation_key()):
            combo.addItem(label, country)
        # searching anywhere in the name: "emir" finds United Arab Emirates
        completer, line = combo.completer(), combo.lineEdit()
        assert completer is not None and line is not None  # setEditable(True) made both
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        combo.setCurrentIndex(-1)  # no country until one is chosen, not the first of the list
        line.editingFinished.connect(lambda: _choose_typed(combo))
        return combo

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New plan"))
        currency = self.business.currency.currentData() or ""
        self.business.retranslate()
        self.activities.retranslate(currency, self.business.cost.value())
        self.customers.retranslate()
        self.bearable.retranslate(currency)

    def plan(self) -> Plan | None:
        """The plan built when the user pressed Finish; None before that."""
        return self._plan

    def answers(self, bearable_loss: float | None) -> Answers:
        page = self.business
        return Answers(
            name=page.name.text(),
            sector=page.sector.text(),
            country_mix=page.country_mix(),
            currency=page.currency.currentData(),
            activities=self.activities.activities(),
            staff=page.staff.value(),
            staff_hourly_cost=page.cost.value(),
            opening_hours=page.opening_hours(),
            bearable_loss=bearable_loss,
            patience_hours=self.customers.patience_hours(),
            other_channels=self.customers.other_channels(),
            gross_margin=self.customers.gross_margin(),
        )

    def build(self, bearable_loss: float | None) -> Plan | None:
        """The plan from the answers so far; None (the reason shown) when they do not make one."""
        kinds = [a.kind for a in self.activities.activities()]
        try:
            plan = new_plan(
                self.reference,
                self.answers(bearable_loss),
                names={kind: kind_label(kind) for kind in kinds},
                written=dt.date.today(),
            )
        except ValidationError as error:
            self._show_error("; ".join(describe_validation_error(error)))
            return None
        except ValueError as error:
            self._show_error(str(error))
            return None
        self._show_error("")
        return plan

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def accept(self) -> None:
        plan = self.build(self.bearable.bearable_loss())
        if plan is None:
            return
        self._plan = plan
        super().accept()
