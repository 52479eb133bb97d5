"""The Business page: who the plan is for, money figures, hours, tolerance, model settings."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from continuity_app.core.display import country_choices, currency_choices, scenario_name
from continuity_app.core.i18n import number, translate
from continuity_app.core.inputs import usd_rate
from continuity_app.core.new_plan import published_usd_rate
from continuity_app.core.plan import (
    WEEKDAYS,
    FunctionTolerance,
    Plan,
    revise,
)
from continuity_app.core.scenarios import with_countries
from continuity_app.core.terms import term
from continuity_app.gui.context import AppContext
from continuity_app.gui.labels import ERROR_STYLE, collation_key
from continuity_app.gui.models.refusal import NOT_NEGATIVE, SHARE, check, problem_text, refusal
from continuity_app.gui.pages.base import Page
from continuity_app.gui.uncertain_text import format_uncertain, parse_number, parse_uncertain

# the document's default for how soon a minimum must be reached
_DEFAULT_WITHIN_HOURS = FunctionTolerance.model_fields["within_hours"].default

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


def _money_spin() -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(0.0, MAX_MONEY)
    spin.setDecimals(2)
    spin.setGroupSeparatorShown(True)
    spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
    return spin


class BusinessPage(Page):
    """A form over every field of the business, the tolerance and the model settings."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._labels: dict[str, QLabel] = {}
        self._labelled_currency: str | None = None  # the currency the money labels name
        self._inputs: dict[str, QWidget] = {}
        self._errors: dict[str, ErrorLabel] = {}
        # The plan value each input shows; an input is refreshed only when the plan's value
        # differs (undo, another page), so text being typed or a pending invalid entry stays.
        self._shown: dict[str, Any] = {}
        # The plan's value of each field being typed in, as it was before the first key: text
        # that cannot be used puts it back (the keys before may have stored a part of it,
        # "25" on the way to "250" %).
        self._typing_base: dict[str, Any] = {}

        # ---- business
        self.name = QLineEdit()
        self.name.textEdited.connect(lambda text: self._typed_business("name", text))
        self.sector = QLineEdit()
        self.sector.textEdited.connect(lambda text: self._typed_business("sector", text))
        self.currency = QComboBox()
        for label, code in currency_choices(context.reference):
            self.currency.addItem(label, code)
        self.currency.activated.connect(lambda _: self._change_currency())
        self.usd_rate = QLineEdit()
        self.usd_rate.textEdited.connect(self._usd_rate_edited)
        self.staff = QSpinBox()
        self.staff.setRange(0, 1_000_000)
        self.staff.valueChanged.connect(lambda value: self._edit_business("staff", staff=value))
        self.staff_hourly_cost = _money_spin()
        self.staff_hourly_cost.valueChanged.connect(
            lambda value: self._edit_business("staff_hourly_cost", staff_hourly_cost=value)
        )
        self.gross_margin = QLineEdit()
        self.gross_margin.textEdited.connect(
            lambda text: self._uncertain_edited("gross_margin", text, 100.0)
        )
        self.lifetime_value = QLineEdit()
        self.lifetime_value.textEdited.connect(
            lambda text: self._uncertain_edited("customer_lifetime_value", text, 1.0)
        )
        self.business_box = QGroupBox()
        form = self._form(self.business_box)
        self._business_keys = (
            "name",
            "sector",
            "currency",
            "usd_rate",
            "staff",
            "staff_hourly_cost",
            "gross_margin",
            "customer_lifetime_value",
        )
        for key, widget in (
            ("name", self.name),
            ("sector", self.sector),
            ("currency", self.currency),
            ("usd_rate", self.usd_rate),
            ("staff", self.staff),
            ("staff_hourly_cost", self.staff_hourly_cost),
            ("gross_margin", self.gross_margin),
            ("customer_lifetime_value", self.lifetime_value),
        ):
            self._add_row(form, key, widget)
        for key, edit in (
            ("name", self.name),
            ("sector", self.sector),
            ("usd_rate", self.usd_rate),
            ("gross_margin", self.gross_margin),
            ("customer_lifetime_value", self.lifetime_value),
        ):
            edit.editingFinished.connect(lambda key=key, edit=edit: self._finished(key, edit))

        # ---- country mix
        self.countries_box = QGroupBox()
        self.countries = QTableWidget(0, 2)
        self.countries.verticalHeader().hide()
        self.countries.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.countries.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.countries.setTabKeyNavigation(False)
        header = self.countries.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.countries.setMinimumHeight(120)
        self.add_country = QPushButton()
        self.add_country.clicked.connect(self._add_country_row)
        self.remove_country = QPushButton()
        self.remove_country.clicked.connect(self._remove_country_row)
        self.mix_total = QLabel()
        self._errors["country_mix"] = ErrorLabel(self.countries)
        mix_buttons = QHBoxLayout()
        mix_buttons.addWidget(self.add_country)
        mix_buttons.addWidget(self.remove_country)
        mix_buttons.addStretch(1)
        mix_buttons.addWidget(self.mix_total)
        mix_layout = QVBoxLayout(self.countries_box)
        self.countries_intro = QLabel()
        self.countries_intro.setWordWrap(True)
        mix_layout.addWidget(self.countries_intro)
        mix_layout.addWidget(self.countries)
        mix_layout.addLayout(mix_buttons)
        mix_layout.addWidget(self._errors["country_mix"])

        # ---- opening hours
        self.hours_box = QGroupBox()
        hours_form = self._form(self.hours_box)
        self.hours_intro = QLabel()
        self.hours_intro.setWordWrap(True)
        hours_form.addRow(self.hours_intro)
        self.hours: dict[str, QLineEdit] = {}
        for day in WEEKDAYS:
            edit = QLineEdit()
            edit.textEdited.connect(lambda text, day=day: self._hours_edited(day, text))
            edit.editingFinished.connect(
                lambda day=day, edit=edit: self._finished(f"hours.{day}", edit)
            )
            self.hours[day] = edit
            self._add_row(hours_form, f"hours.{day}", edit)

        # ---- tolerance
        self.tolerance_box = QGroupBox()
        tolerance_form = self._form(self.tolerance_box)
        self.max_loss = _money_spin()
        self.max_loss.setMinimum(0.01)
        self.max_loss.valueChanged.connect(self._max_loss_edited)
        self._add_row(tolerance_form, "max_loss", self.max_loss)
        self.mbco_intro = QLabel()
        self.mbco_intro.setWordWrap(True)
        tolerance_form.addRow(self.mbco_intro)
        self.mbco = QTableWidget(0, 3)
        self.mbco.verticalHeader().hide()
        self.mbco.setTabKeyNavigation(False)
        self.mbco.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        mbco_header = self.mbco.horizontalHeader()
        mbco_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        mbco_header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        mbco_header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        tolerance_form.addRow(self.mbco)

        # ---- model settings
        self.settings_box = QGroupBox()
        settings_form = self._form(self.settings_box)
        self.loss_basis = QComboBox()
        self.loss_basis.addItem("", "revenue")
        self.loss_basis.addItem("", "margin")
        self.loss_basis.activated.connect(
            lambda _: self._edit_settings("loss_basis", loss_basis=self.loss_basis.currentData())
        )
        self.reference_scenario = QComboBox()
        self.reference_scenario.activated.connect(
            lambda _: self._edit_settings(
                "reference_scenario", reference_scenario=self.reference_scenario.currentData()
            )
        )
        self.trials = QSpinBox()
        self.trials.setRange(100, 1_000_000)
        self.trials.setSingleStep(1000)
        self.trials.setGroupSeparatorShown(True)
        self.trials.valueChanged.connect(
            lambda value: self._edit_settings("monte_carlo_trials", monte_carlo_trials=value)
        )
        self.seed = QSpinBox()
        self.seed.setRange(0, 2_147_483_647)
        self.seed.valueChanged.connect(lambda value: self._edit_settings("seed", seed=value))
        for key, widget in (
            ("loss_basis", self.loss_basis),
            ("reference_scenario", self.reference_scenario),
            ("monte_carlo_trials", self.trials),
            ("seed", self.seed),
        ):
            self._add_row(settings_form, key, widget)

        content = QWidget()
        grid = QGridLayout(content)
        grid.addWidget(self.business_box, 0, 0)
        grid.addWidget(self.hours_box, 1, 0)
        grid.addWidget(self.countries_box, 0, 1)
        # top-aligned so its rows keep their natural spacing instead of spreading out
        grid.addWidget(self.tolerance_box, 1, 1, 2, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.settings_box, 2, 0)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(3, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        context.open_plan.planChanged.connect(self._refresh)
        context.open_plan.displayChanged.connect(self._refresh)
        self.retranslate()
        self._tab_order()

    # ------------------------------------------------------------------ Page

    def title(self) -> str:
        return self.tr("Business")

    def missing(self) -> list[str]:
        if usd_rate(self.context.open_plan.plan) is None:
            return [self.tr("The exchange rate to the US dollar, to price SMS and other channels.")]
        return []

    def retranslate(self) -> None:
        currency = self.context.open_plan.plan.business.currency
        self.business_box.setTitle(self.tr("Business"))
        self.countries_box.setTitle(self.tr("Where your customers are"))
        self.hours_box.setTitle(self.tr("Opening hours"))
        self.tolerance_box.setTitle(self.tr("What the business can bear"))
        self.settings_box.setTitle(self.tr("Model settings"))
        self.countries_intro.setText(
            self.tr(
                "Share of the people you message in each country; the shares decide which "
                "fallback channels reach them and must add up to 100%."
            )
        )
        self.hours_intro.setText(
            self.tr("Times like 09:00-13:00, 17:00-21:00; leave a day empty when closed.")
        )
        self.mbco_intro.setText(
            self.tr(
                "{term} for each activity: the share of its customers you must still serve "
                "during an outage, and how soon. 0 means no minimum."
            ).format(term=term("mbco").plain)
        )
        self.mbco_intro.setToolTip(term("mbco").tooltip)
        self.countries.setHorizontalHeaderLabels([self.tr("Country"), self.tr("Share (%)")])
        self.countries.setAccessibleName(self.tr("Country mix"))
        self.add_country.setText(self.tr("Add country"))
        self.add_country.setAccessibleName(self.tr("Add country"))
        self.remove_country.setText(self.tr("Remove country"))
        self.remove_country.setAccessibleName(self.tr("Remove selected country"))
        self.mbco.setHorizontalHeaderLabels(
            [self.tr("Function"), self.tr("Minimum served (%)"), self.tr("Within (h)")]
        )
        self.mbco.setAccessibleName(self.tr("Minimum service per function"))
        self.loss_basis.setItemText(0, self.tr("Revenue (what customers would have paid)"))
        self.loss_basis.setItemText(1, self.tr("Margin (revenue × gross margin)"))
        self._label_inputs(currency)
        self.name.setPlaceholderText(self.tr("e.g. Al-Zaytouna Bakery"))
        self.sector.setPlaceholderText(self.tr("e.g. bakery, clinic, online shop"))
        self.usd_rate.setPlaceholderText(self.tr("not set"))
        for edit in self.hours.values():
            edit.setPlaceholderText(self.tr("closed"))
        self._shown.clear()
        self._refresh(self.context.open_plan.plan)

    def _label_inputs(self, currency: str) -> None:
        """Every input's label and tooltip; the money ones name the plan's currency."""
        for key, (label, tip) in self._texts(currency).items():
            self._labels[key].setText(label)
            widget = self._inputs[key]
            widget.setToolTip(tip)
            widget.setAccessibleName(label.replace("&", ""))
        self._labelled_currency = currency

    def _texts(self, currency: str) -> dict[str, tuple[str, str]]:
        """Label and tooltip of every input (translated); money labels name the currency."""
        range_hint = self.tr(
            "Type one number, or low – likely – high (e.g. 40 – 55 – 70) if unsure."
        )
        locale = QLocale()
        texts = {
            "name": (self.tr("&Name"), self.tr("The business this plan is for.")),
            "sector": (self.tr("&Sector"), self.tr("What the business does, in a few words.")),
            "currency": (
                self.tr("&Currency"),
                self.tr("Every amount in the plan is in this currency."),
            ),
            "usd_rate": (
                self.tr("%1 per US &dollar").replace("%1", currency),
                self.tr(
                    "How many %1 one US dollar buys; prices channels that charge in dollars "
                    "(SMS, business messaging). Leave empty if you do not know it."
                ).replace("%1", currency),
            ),
            "staff": (
                self.tr("S&taff"),
                self.tr("People who work in the business, owner included."),
            ),
            "staff_hourly_cost": (
                self.tr("Staff cost per &hour (%1)").replace("%1", currency),
                self.tr("What an hour of one person's work costs, wages and charges included."),
            ),
            "gross_margin": (
                self.tr("Gross &margin (%)"),
                self.tr(
                    "Share of revenue left after the cost of goods; used when losses are "
                    "counted as lost margin."
                )
                + " "
                + range_hint,
            ),
            "customer_lifetime_value": (
                self.tr("Customer &lifetime value (%1)").replace("%1", currency),
                self.tr(
                    "What a customer brings over all future purchases; lost when a customer "
                    "leaves for good."
                )
                + " "
                + range_hint,
            ),
            "max_loss": (
                translate("BusinessPage", "{term} ({currency})").format(
                    term=term("bearable_loss").plain, currency=currency
                ),
                term("bearable_loss").tooltip + "\n\n" + term("mtpd").tooltip,
            ),
            "loss_basis": (
                self.tr("Count losses as"),
                self.tr("Revenue shows what customers would have paid; margin what you keep."),
            ),
            "reference_scenario": (
                self.tr("Outage to plan for"),
                self.tr(
                    "The kind of outage whose cost, hour after hour, is compared with the largest "
                    "loss you can bear: it sets the longest outage you can bear."
                )
                + "\n\n"
                + term("mtpd").tooltip,
            ),
            "monte_carlo_trials": (
                term("simulated_years").plain,
                term("simulated_years").tooltip
                + " "
                + self.tr("More years give steadier figures and take longer."),
            ),
            "seed": (term("seed").plain, term("seed").tooltip),
        }
        for index, day in enumerate(WEEKDAYS, start=1):
            texts[f"hours.{day}"] = (
                locale.dayName(index),
                self.tr("Opening hours on %1, like 09:00-13:00, 17:00-21:00.").replace(
                    "%1", locale.dayName(index)
                ),
            )
        return texts

    # ------------------------------------------------------------------ building

    def _form(self, box: QGroupBox) -> QFormLayout:
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return form

    def _add_row(self, form: QFormLayout, key: str, widget: QWidget) -> None:
        label = QLabel()
        label.setBuddy(widget)
        label.setWordWrap(True)
        error = ErrorLabel(widget)
        field = QVBoxLayout()
        field.setSpacing(2)
        field.addWidget(widget)
        field.addWidget(error)
        form.addRow(label, field)
        self._labels[key] = label
        self._inputs[key] = widget
        self._errors[key] = error

    def _tab_order(self) -> None:
        """Tab follows the boxes as they are read: the business, its countries (each row's
        country and share), opening hours, tolerance (each function's minimum) and the model
        settings. Cell widgets made after the rest were reached last, or not at all."""
        chain: list[QWidget] = [self._inputs[key] for key in self._business_keys]
        chain.append(self.countries)
        for row in range(self.countries.rowCount()):
            chain.extend(self.countries.cellWidget(row, c) for c in (0, 1))
        chain += [self.add_country, self.remove_country, *self.hours.values(), self.max_loss]
        chain.append(self.mbco)
        for row in range(self.mbco.rowCount()):
            chain.extend(self.mbco.cellWidget(row, c) for c in (1, 2))
        chain += [self.loss_basis, self.reference_scenario, self.trials, self.seed]
        chain = [widget for widget in chain if widget is not None]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # ------------------------------------------------------------------ edits

    def _edit(self, plan: Plan, key: str, text: str) -> None:
        self._errors[key].show_problem("")
        self.context.open_plan.edit(plan, text, merge_key=f"business-page.{key}")

    def _edit_business(self, key: str, **changes: object) -> None:
        plan = self.context.open_plan.plan
        try:
            business = revise(plan.business, **changes)
        except ValidationError as error:
            typed = self.sender_text(key, next(iter(changes.values())))
            hint = self._hints().get(key) or problem_text(error)
            self._refuse(key, typed, hint, problem_text(error))
            return
        field = next(iter(changes))
        self._shown[key] = getattr(business, field)
        self._edit(revise(plan, business=business), key, self._undo_texts()[key])

    def _change_currency(self) -> None:
        """A new currency: the dollar rate becomes the new currency's published one (or
        unknown), and the owner is told that amounts are not converted."""
        plan = self.context.open_plan.plan
        currency = self.currency.currentData()
        if currency == plan.business.currency:
            return
        rate = published_usd_rate(self.context.reference, currency, plan.business.country_mix)
        self._edit_business("currency", currency=currency, usd_rate=rate)
        status = getattr(self.window(), "statusBar", None)
        if callable(status):
            status().showMessage(
                self.tr(
                    "Amounts are not converted: the staff cost, what each activity is worth and "
                    "the largest loss you can bear keep their numbers: check that they are right "
                    "in %1."
                ).replace("%1", currency),
                15_000,
            )

    def sender_text(self, key: str, value: object) -> str:
        """What the user typed for `key` (the field's text), or the value refused."""
        widget = self._inputs.get(key)
        return widget.text() if isinstance(widget, QLineEdit) else str(value)

    def _edit_settings(self, key: str, **changes: object) -> None:
        plan = self.context.open_plan.plan
        try:
            settings = revise(plan.settings, **changes)
        except ValidationError as error:
            self._errors[key].show_problem(problem_text(error))
            return
        self._shown[key] = next(iter(changes.values()))
        self._edit(revise(plan, settings=settings), key, self._undo_texts()[key])

    def _hints(self) -> dict[str, str]:
        """What a valid value looks like, for fields whose widget cannot prevent a bad one."""
        return {
            "name": self.tr("give the business a name (up to 200 characters)."),
            "usd_rate": self.tr(
                "type how many units of the plan's currency one US dollar buys (above 0), or "
                "leave it empty."
            ),
            "gross_margin": self.tr(
                "type a percentage from 0 to 100, or low – likely – high in that order."
            ),
            "customer_lifetime_value": self.tr(
                "type an amount of 0 or more, or low – likely – high in that order."
            ),
        }

    def _refuse(self, key: str, typed: str, reason: str, detail: str = "") -> None:
        """Say, in the field's own words, why what was typed is not used; the plan keeps its
        value, and the field shows it again once the typing is done."""
        self._restore_base(key)
        message = refusal(self._label_text(key), typed, reason)
        self._errors[key].show_problem(message, detail)

    def _label_text(self, key: str) -> str:
        """A field's label as a message names it (without its shortcut mark or colon)."""
        return self._labels[key].text().replace("&", "").rstrip(":： ")

    def _shown_text(self, key: str) -> str:
        """The text a line edit shows for the plan's value of field `key`."""
        business = self.context.open_plan.plan.business
        if key.startswith("hours."):
            return ", ".join(business.opening_hours.get(key.removeprefix("hours."), []))
        if key == "usd_rate":
            rate = business.usd_rate
            return "" if rate is None else QLocale().toString(rate, "g", 6)
        if key == "gross_margin":
            return format_uncertain(business.gross_margin, 100.0)
        if key == "customer_lifetime_value":
            return format_uncertain(business.customer_lifetime_value)
        return getattr(business, key)

    def _finished(self, key: str, edit: QLineEdit) -> None:
        """Typing is done (Enter, or the focus left): text that was not used gives way to the
        value kept, and the message beneath still says why."""
        self._typing_base.pop(key, None)
        if self._errors[key].text() and edit.text() != self._shown_text(key):
            edit.blockSignals(True)
            edit.setText(self._shown_text(key))
            edit.blockSignals(False)

    def _undo_texts(self) -> dict[str, str]:
        texts = {
            "name": self.tr("Change business name"),
            "sector": self.tr("Change sector"),
            "currency": self.tr("Change currency"),
            "usd_rate": self.tr("Change exchange rate"),
            "staff": self.tr("Change staff"),
            "staff_hourly_cost": self.tr("Change staff cost"),
            "gross_margin": self.tr("Change gross margin"),
            "customer_lifetime_value": self.tr("Change customer lifetime value"),
            "country_mix": self.tr("Change country mix"),
            "max_loss": self.tr("Change the largest loss you can bear"),
            "mbco": self.tr("Change minimum service"),
            "loss_basis": self.tr("Change loss basis"),
            "reference_scenario": self.tr("Change the outage to plan for"),
            "monte_carlo_trials": self.tr("Change simulated years"),
            "seed": self.tr("Change simulation number"),
        }
        texts.update({f"hours.{day}": self.tr("Change opening hours") for day in WEEKDAYS})
        return texts

    def _typing(self, key: str) -> None:
        """Remember the field's value before the first key of this typing."""
        if key not in self._typing_base:
            self._typing_base[key] = self._plan_value(key)

    def _plan_value(self, key: str) -> Any:
        business = self.context.open_plan.plan.business
        if key.startswith("hours."):
            return business.opening_hours.get(key.removeprefix("hours."))
        return getattr(business, key)

    def _restore_base(self, key: str) -> None:
        """Put back the value the field had before this typing began."""
        if key not in self._typing_base or self._plan_value(key) == self._typing_base[key]:
            return
        base = self._typing_base[key]
        plan = self.context.open_plan.plan
        if key.startswith("hours."):
            hours = dict(plan.business.opening_hours)
            day = key.removeprefix("hours.")
            if base is None:
                hours.pop(day, None)
            else:
                hours[day] = base
            business = revise(plan.business, opening_hours=hours)
            self._shown[key] = base or []
        else:
            business = revise(plan.business, **{key: base})
            self._shown[key] = base  # the text being typed stays in the field
        self.context.open_plan.edit(
            revise(plan, business=business),
            self._undo_texts()[key],
            merge_key=f"business-page.{key}",
        )

    def _typed_business(self, key: str, text: str) -> None:
        self._typing(key)
        self._edit_business(key, **{key: text})

    def _usd_rate_edited(self, text: str) -> None:
        self._typing("usd_rate")
        if not text.strip():
            self._edit_business("usd_rate", usd_rate=None)
            return
        try:
            value = parse_number(text)
        except ValueError:
            self._refuse("usd_rate", text, self._hints()["usd_rate"])
            return
        self._edit_business("usd_rate", usd_rate=value)

    def _uncertain_edited(self, field: str, text: str, scale: float) -> None:
        self._typing(field)
        try:
            value = parse_uncertain(text, scale, checked=False)
        except ValueError:
            self._refuse(field, text, self._hints()[field])
            return
        limits = SHARE if field == "gross_margin" else NOT_NEGATIVE
        problem = check(self._label_text(field), text, value, limits, scale)
        if problem:
            self._restore_base(field)
            self._errors[field].show_problem(problem)
            return
        self._edit_business(field, **{field: value})

    def _hours_edited(self, day: str, text: str) -> None:
        self._typing(f"hours.{day}")
        hours = dict(self.context.open_plan.plan.business.opening_hours)
        intervals = [part.strip() for part in text.split(",") if part.strip()]
        if intervals:
            hours[day] = intervals
        else:
            hours.pop(day, None)  # a missing day is closed
        key = f"hours.{day}"
        plan = self.context.open_plan.plan
        try:
            business = revise(plan.business, opening_hours=hours)
        except ValidationError:
            self._refuse(
                key,
                text,
                self.tr("write times like 09:00-13:00, 17:00-21:00, each ending after it starts."),
            )
            return
        self._shown[key] = intervals
        self._edit(revise(plan, business=business), key, self._undo_texts()[key])

    def _max_loss_edited(self, value: float) -> None:
        plan = self.context.open_plan.plan
        try:
            tolerance = revise(plan.tolerance, max_loss_per_outage=value)
        except ValidationError as error:
            self._errors["max_loss"].show_problem(problem_text(error))
            return
        self._shown["max_loss"] = value
        self._edit(revise(plan, tolerance=tolerance), "max_loss", self._undo_texts()["max_loss"])

    def _mbco_edited(self, function_id: str, mbco: QSpinBox, within: QDoubleSpinBox) -> None:
        within.setEnabled(mbco.value() > 0)
        plan = self.context.open_plan.plan
        functions = dict(plan.tolerance.functions)
        if mbco.value() == 0:
            functions.pop(function_id, None)  # no minimum: nothing to check for this function
        else:
            functions[function_id] = FunctionTolerance(
                mbco=mbco.value() / 100, within_hours=within.value()
            )
        self._shown["mbco"] = self._mbco_state(revise(plan.tolerance, functions=functions), plan)
        self.context.open_plan.edit(
            revise(plan, tolerance=revise(plan.tolerance, functions=functions)),
            self._undo_texts()["mbco"],
            merge_key=f"business-page.mbco.{function_id}",
        )

    # ------------------------------------------------------------------ country mix

    def _country_combo(self, code: str) -> QComboBox:
        combo = QComboBox()
        for label, country in country_choices(self.context.reference, collation_key()):
            combo.addItem(label, country)
        if combo.findData(code) < 0:
            combo.addItem(code, code)  # a code the reference data does not know stays visible
        combo.setCurrentIndex(combo.findData(code))
        combo.setAccessibleName(self.tr("Country"))
        combo.currentIndexChanged.connect(lambda _: self._mix_edited())
        return combo

    def _share_spin(self, share: float) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(0.0, 100.0)
        spin.setDecimals(1)
        spin.setValue(share * 100)
        spin.setAccessibleName(self.tr("Share (%)"))
        spin.valueChanged.connect(lambda _: self._mix_edited())
        return spin

    def _fill_countries(self, mix: dict[str, float]) -> None:
        self.countries.setRowCount(0)
        for code, share in mix.items():
            self._append_country(code, share)
        self.countries.resizeRowsToContents()
        self._update_total()
        self._tab_order()

    def _append_country(self, code: str, share: float) -> None:
        row = self.countries.rowCount()
        self.countries.insertRow(row)
        self.countries.setCellWidget(row, 0, self._country_combo(code))
        self.countries.setCellWidget(row, 1, self._share_spin(share))

    def _table_mix(self) -> list[tuple[str, float]]:
        rows = []
        for row in range(self.countries.rowCount()):
            combo = self.countries.cellWidget(row, 0)
            spin = self.countries.cellWidget(row, 1)
            rows.append((combo.currentData(), spin.value()))
        return rows

    def _update_total(self) -> float:
        total = sum(share for _, share in self._table_mix())
        self.mix_total.setText(self.tr("Total: %1%").replace("%1", number(total, 1)))
        return total

    def _add_country_row(self) -> None:
        used = {code for code, _ in self._table_mix()}
        code = next(c for c in sorted(self.context.reference.countries) if c not in used)
        self._append_country(code, 0.0)
        self.countries.resizeRowsToContents()
        self._tab_order()
        self.countries.cellWidget(self.countries.rowCount() - 1, 0).setFocus()
        self._mix_edited()

    def _remove_country_row(self) -> None:
        row = self.countries.currentRow()
        if row < 0:
            row = self.countries.rowCount() - 1
        if self.countries.rowCount() > 1:
            self.countries.removeRow(row)
            self._mix_edited()

    def _mix_edited(self) -> None:
        rows = self._table_mix()
        total = self._update_total()
        codes = [code for code, _ in rows]
        error = self._errors["country_mix"]
        duplicate = next((c for c in codes if codes.count(c) > 1), None)
        if duplicate is not None:
            error.show_problem(self.tr("%1 is listed twice.").replace("%1", duplicate))
            return
        if any(share <= 0 for _, share in rows):
            error.show_problem(self.tr("Give every country a share above 0%, or remove it."))
            return
        if abs(total - 100.0) > 0.5:
            error.show_problem(
                self.tr("The shares add up to %1%; they must add up to 100%.").replace(
                    "%1", number(total, 1)
                )
            )
            return
        # spread the rounding of the shown shares so the stored mix adds up to exactly 1
        mix = {code: share / total for code, share in rows}
        try:
            plan = with_countries(self.context.open_plan.plan, self.context.reference, mix)
        except ValidationError as error:
            error_label = self._errors["country_mix"]
            error_label.show_problem(problem_text(error))
            return
        self._shown["country_mix"] = plan.business.country_mix
        self._edit(plan, "country_mix", self._undo_texts()["country_mix"])

    # ------------------------------------------------------------------ refresh

    def _mbco_state(self, tolerance: Any, plan: Plan) -> tuple:
        return (
            tuple((f.id, f.name) for f in plan.functions),
            tuple(sorted((k, v.mbco, v.within_hours) for k, v in tolerance.functions.items())),
        )

    def _changed(self, key: str, value: Any) -> bool:
        """True (and remembered) when the plan's value differs from what the input shows."""
        if key in self._shown and self._shown[key] == value:
            return False
        self._shown[key] = value
        if key in self._errors:
            self._errors[key].show_problem("")
        return True

    def _refresh(self, plan: Plan) -> None:
        business = plan.business
        # another plan opened, or the currency changed (or was undone): money labels follow
        if business.currency != self._labelled_currency:
            self._label_inputs(business.currency)
        setters: list[tuple[str, Any, Callable[[Any], None], QWidget]] = [
            ("name", business.name, self.name.setText, self.name),
            ("sector", business.sector, self.sector.setText, self.sector),
            (
                "currency",
                business.currency,
                lambda code: self.currency.setCurrentIndex(self.currency.findData(code)),
                self.currency,
            ),
            (
                "usd_rate",
                business.usd_rate,
                lambda rate: self.usd_rate.setText(
                    "" if rate is None else QLocale().toString(rate, "g", 6)
                ),
                self.usd_rate,
            ),
            ("staff", business.staff, self.staff.setValue, self.staff),
            (
                "staff_hourly_cost",
                business.staff_hourly_cost,
                self.staff_hourly_cost.setValue,
                self.staff_hourly_cost,
            ),
            (
                "gross_margin",
                business.gross_margin,
                lambda value: self.gross_margin.setText(format_uncertain(value, 100.0)),
                self.gross_margin,
            ),
            (
                "customer_lifetime_value",
                business.customer_lifetime_value,
                lambda value: self.lifetime_value.setText(format_uncertain(value)),
                self.lifetime_value,
            ),
            (
                "max_loss",
                plan.tolerance.max_loss_per_outage,
                self.max_loss.setValue,
                self.max_loss,
            ),
            ("loss_basis", plan.settings.loss_basis, self._set_loss_basis, self.loss_basis),
            (
                "monte_carlo_trials",
                plan.settings.monte_carlo_trials,
                self.trials.setValue,
                self.trials,
            ),
            ("seed", plan.settings.seed, self.seed.setValue, self.seed),
        ]
        for day in WEEKDAYS:
            edit = self.hours[day]
            setters.append(
                (
                    f"hours.{day}",
                    business.opening_hours.get(day, []),
                    self._hours_setter(edit),
                    edit,
                )
            )
        for key, value, setter, widget in setters:
            if self._changed(key, value):
                widget.blockSignals(True)
                setter(value)
                widget.blockSignals(False)
        if self._changed("country_mix", business.country_mix):
            self._fill_countries(business.country_mix)
        self.remove_country.setEnabled(self.countries.rowCount() > 1)
        # counted as lost sales, the margin plays no part: greyed, not a 100% that looks used
        self.gross_margin.setEnabled(plan.settings.loss_basis == "margin")
        scenarios = (
            tuple((s.id, s.name) for s in plan.scenarios),
            plan.settings.reference_scenario,
        )
        if self._changed("reference_scenarios", scenarios):
            self._fill_reference_scenarios(plan)
        if self._changed("mbco", self._mbco_state(plan.tolerance, plan)):
            self._fill_mbco(plan)
        self.missingChanged.emit()

    def _hours_setter(self, edit: QLineEdit) -> Callable[[list[str]], None]:
        return lambda intervals: edit.setText(", ".join(intervals))

    def _set_loss_basis(self, basis: str) -> None:
        self.loss_basis.setCurrentIndex(self.loss_basis.findData(basis))

    def _fill_reference_scenarios(self, plan: Plan) -> None:
        self.reference_scenario.blockSignals(True)
        self.reference_scenario.clear()
        self.reference_scenario.addItem(
            self.tr("The first scenario (%1)").replace("%1", scenario_name(plan.scenarios[0].name)),
            None,
        )
        for scenario in plan.scenarios:
            self.reference_scenario.addItem(scenario_name(scenario.name), scenario.id)
        index = self.reference_scenario.findData(plan.settings.reference_scenario)
        self.reference_scenario.setCurrentIndex(max(index, 0))
        self.reference_scenario.blockSignals(False)

    def _fill_mbco(self, plan: Plan) -> None:
        for row in range(self.mbco.rowCount()):
            for column in (1, 2):
                old = self.mbco.cellWidget(row, column)
                if old is not None:  # deleted later by Qt: hide it now so it never shows stray
                    old.hide()
        self.mbco.setRowCount(len(plan.functions))
        for row, function in enumerate(plan.functions):
            target = plan.tolerance.functions.get(function.id)
            name = QTableWidgetItem(function.name)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.mbco.setItem(row, 0, name)
            mbco = QSpinBox()
            mbco.setRange(0, 100)
            mbco.setSuffix("%")
            mbco.setSpecialValueText(self.tr("none"))
            mbco.setValue(round(target.mbco * 100) if target else 0)
            mbco.setAccessibleName(self.tr("Minimum served for %1").replace("%1", function.name))
            within = QDoubleSpinBox()
            within.setRange(0.0, 168.0)
            within.setDecimals(1)
            within.setValue(target.within_hours if target else _DEFAULT_WITHIN_HOURS)
            within.setEnabled(target is not None)
            within.setAccessibleName(self.tr("Within hours for %1").replace("%1", function.name))
            mbco.valueChanged.connect(
                lambda _, f=function.id, m=mbco, w=within: self._mbco_edited(f, m, w)
            )
            within.valueChanged.connect(
                lambda _, f=function.id, m=mbco, w=within: self._mbco_edited(f, m, w)
            )
            self.mbco.setCellWidget(row, 1, mbco)
            self.mbco.setCellWidget(row, 2, within)
        self.mbco.resizeRowsToContents()
        height = self.mbco.horizontalHeader().height() + 2 * self.mbco.frameWidth()
        height += sum(self.mbco.rowHeight(r) for r in range(self.mbco.rowCount()))
        self.mbco.setFixedHeight(height + 2)
        self._tab_order()
