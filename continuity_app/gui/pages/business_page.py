"""The Business page: who the plan is for, money figures, hours, tolerance, model settings."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from continuity_app.core.country_mix import SetCountryMix
from continuity_app.core.display import currency_choices, scenario_name
from continuity_app.core.fields import field
from continuity_app.core.inputs import usd_rate
from continuity_app.core.new_plan import published_usd_rate
from continuity_app.core.plan import WEEKDAYS, Plan, Weekday, revise
from continuity_app.core.plan_change import PlanChange
from continuity_app.core.plan_edits import (
    PlanEdit,
    SetBusinessFields,
    SetOpeningHours,
    SetSettings,
)
from continuity_app.gui.context import AppContext
from continuity_app.gui.models.refusal import check_field, problem_text, refusal
from continuity_app.gui.pages.base import Page
from continuity_app.gui.pages.business_form import FormRows, money_spin, new_form
from continuity_app.gui.pages.country_mix_box import CountryMixBox
from continuity_app.gui.pages.tolerance_box import MAX_LOSS, ToleranceBox
from continuity_app.gui.uncertain_text import format_uncertain, parse_number, parse_uncertain

_SETTINGS = ("loss_basis", "reference_scenario", "monte_carlo_trials", "seed")
# the parts of a plan this page shows (the minimum-service table lists the functions)
_SHOWN_PARTS = ("business", "functions", "scenarios", "tolerance", "settings")
# the opening-hours fields' keys ("hours.mon") and the weekday each stands for
_DAYS: dict[str, Weekday] = {f"hours.{day}": day for day in WEEKDAYS}


class BusinessPage(Page):
    """A form over every field of the business, the tolerance and the model settings."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._rows = FormRows()
        self._labels = self._rows.labels
        self._inputs = self._rows.inputs
        self._errors = self._rows.errors
        self._labelled_currency: str | None = None  # the currency the money labels name
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
        self.staff_hourly_cost = money_spin()
        self.staff_hourly_cost.valueChanged.connect(
            lambda value: self._edit_business("staff_hourly_cost", staff_hourly_cost=value)
        )
        self.gross_margin = QLineEdit()
        self.gross_margin.textEdited.connect(
            lambda text: self._uncertain_edited("gross_margin", text)
        )
        self.lifetime_value = QLineEdit()
        self.lifetime_value.textEdited.connect(
            lambda text: self._uncertain_edited("customer_lifetime_value", text)
        )
        self.business_box = QGroupBox()
        form = new_form(self.business_box)
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
            self._rows.add(form, key, widget)
        for key, edit in (
            ("name", self.name),
            ("sector", self.sector),
            ("usd_rate", self.usd_rate),
            ("gross_margin", self.gross_margin),
            ("customer_lifetime_value", self.lifetime_value),
        ):
            edit.editingFinished.connect(lambda key=key, edit=edit: self._finished(key, edit))

        # ---- country mix
        self.countries_box = CountryMixBox(context.reference)
        self.countries_box.mixTyped.connect(self._mix_typed)
        self.countries_box.rowsChanged.connect(self._tab_order)
        self.countries = self.countries_box.table
        self.add_country = self.countries_box.add_button
        self.remove_country = self.countries_box.remove_button
        self._errors["country_mix"] = self.countries_box.error

        # ---- opening hours
        self.hours_box = QGroupBox()
        hours_form = new_form(self.hours_box)
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
            self._rows.add(hours_form, f"hours.{day}", edit)

        # ---- tolerance
        self.tolerance_box = ToleranceBox(context.open_plan, self._rows)
        self.max_loss = self.tolerance_box.max_loss
        self.mbco = self.tolerance_box.table

        # ---- model settings
        self.settings_box = QGroupBox()
        settings_form = new_form(self.settings_box)
        self.loss_basis = QComboBox()
        self.loss_basis.addItem("", "revenue")
        self.loss_basis.addItem("", "margin")
        self.loss_basis.activated.connect(
            lambda _: self._edit_settings("loss_basis", self.loss_basis.currentData())
        )
        self.reference_scenario = QComboBox()
        self.reference_scenario.activated.connect(
            lambda _: self._edit_settings(
                "reference_scenario", self.reference_scenario.currentData()
            )
        )
        self.trials = QSpinBox()
        self.trials.setRange(100, 1_000_000)
        self.trials.setSingleStep(1000)
        self.trials.setGroupSeparatorShown(True)
        self.trials.valueChanged.connect(
            lambda value: self._edit_settings("monte_carlo_trials", value)
        )
        self.seed = QSpinBox()
        self.seed.setRange(0, 2_147_483_647)
        self.seed.valueChanged.connect(lambda value: self._edit_settings("seed", value))
        for key, widget in (
            ("loss_basis", self.loss_basis),
            ("reference_scenario", self.reference_scenario),
            ("monte_carlo_trials", self.trials),
            ("seed", self.seed),
        ):
            self._rows.add(settings_form, key, widget)

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
        self.hours_box.setTitle(field("business", "opening_hours").title())
        self.settings_box.setTitle(self.tr("Model settings"))
        self.hours_intro.setText(field("business", "opening_hours").tip())
        self.countries_box.retranslate()
        self.tolerance_box.retranslate(currency)
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
        """Every input's label and tooltip, as the field registry words them; the money ones
        name the plan's currency."""
        for key in self._business_keys:
            self._rows.set_field(key, field("business", key), currency)
        self._rows.set_field(MAX_LOSS, field("tolerance", "max_loss_per_outage"), currency)
        for key in _SETTINGS:
            self._rows.set_field(key, field("settings", key), currency)
        locale = QLocale()
        for index, day in enumerate(WEEKDAYS, start=1):
            self._rows.set_texts(
                f"hours.{day}",
                locale.dayName(index),
                self.tr("Opening hours on %1, like 09:00-13:00, 17:00-21:00.").replace(
                    "%1", locale.dayName(index)
                ),
            )
        self._labelled_currency = currency

    def _tab_order(self) -> None:
        """Tab follows the boxes as they are read: the business, its countries (each row's
        country and share), opening hours, tolerance (each function's minimum) and the model
        settings. Cell widgets made after the rest were reached last, or not at all."""
        chain: list[QWidget] = [self._inputs[key] for key in self._business_keys]
        chain += self.countries_box.tab_chain()
        chain += [*self.hours.values(), *self.tolerance_box.tab_chain()]
        chain += [self.loss_basis, self.reference_scenario, self.trials, self.seed]
        chain = [widget for widget in chain if widget is not None]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # ------------------------------------------------------------------ edits

    def _apply(self, edit: PlanEdit, key: str) -> bool:
        """Make a named edit of field `key`; False (and the reason under the field, in the
        field's words) when the plan refuses it."""
        try:
            self.context.open_plan.apply(edit)
        except ValidationError as error:
            self._errors[key].show_problem(problem_text(error))
            return False
        self._errors[key].show_problem("")
        return True

    def _edit_business(self, key: str, **changes: object) -> None:
        plan = self.context.open_plan.plan
        try:
            business = revise(plan.business, **changes)
        except ValidationError as error:
            typed = self.sender_text(key, next(iter(changes.values())))
            hint = self._hints().get(key) or problem_text(error)
            self._refuse(key, typed, hint, problem_text(error))
            return
        self._shown[key] = getattr(business, next(iter(changes)))  # the text typed stays
        self._apply(SetBusinessFields(changes, key), key)

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

    def _edit_settings(self, key: str, value: object) -> None:
        self._shown[key] = value
        self._apply(SetSettings({key: value}), key)

    def _mix_typed(self, mix: dict[str, float]) -> None:
        """A country mix core accepts as typed; the plan may still refuse a country."""
        edit = SetCountryMix(mix, self.context.reference)
        try:
            changed = edit.apply(self.context.open_plan.plan)
        except ValidationError as error:
            self._errors["country_mix"].show_problem(problem_text(error))
            return
        # remembered first: the table being typed in is not made again
        self._shown["country_mix"] = changed.business.country_mix
        self._apply(edit, "country_mix")

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
        message = refusal(self._rows.label_text(key), typed, reason)
        self._errors[key].show_problem(message, detail)

    def _shown_text(self, key: str) -> str:
        """The text a line edit shows for the plan's value of field `key`."""
        business = self.context.open_plan.plan.business
        if key.startswith("hours."):
            return ", ".join(business.opening_hours.get(_DAYS[key], []))
        if key == "usd_rate":
            rate = business.usd_rate
            return "" if rate is None else QLocale().toString(rate, "g", 6)
        if key == "gross_margin":
            return format_uncertain(business.gross_margin, field("business", key).scale)
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

    def _typing(self, key: str) -> None:
        """Remember the field's value before the first key of this typing."""
        if key not in self._typing_base:
            self._typing_base[key] = self._plan_value(key)

    def _plan_value(self, key: str) -> Any:
        business = self.context.open_plan.plan.business
        if key.startswith("hours."):
            return business.opening_hours.get(_DAYS[key])
        return getattr(business, key)

    def _restore_base(self, key: str) -> None:
        """Put back the value the field had before this typing began."""
        if key not in self._typing_base or self._plan_value(key) == self._typing_base[key]:
            return
        base = self._typing_base[key]
        edit: PlanEdit
        if key.startswith("hours."):
            edit = SetOpeningHours(_DAYS[key], tuple(base or ()))
            self._shown[key] = base or []
        else:
            edit = SetBusinessFields({key: base}, key)
            self._shown[key] = base  # the text being typed stays in the field
        self.context.open_plan.apply(edit)

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

    def _uncertain_edited(self, key: str, text: str) -> None:
        self._typing(key)
        entry = field("business", key)
        try:
            value = parse_uncertain(text, entry.scale, checked=False)
        except ValueError:
            self._refuse(key, text, self._hints()[key])
            return
        problem = check_field(entry, text, value, self.context.open_plan.plan.business.currency)
        if problem:
            self._restore_base(key)
            self._errors[key].show_problem(problem)
            return
        self._edit_business(key, **{key: value})

    def _hours_edited(self, day: Weekday, text: str) -> None:
        key = f"hours.{day}"
        self._typing(key)
        intervals = [part.strip() for part in text.split(",") if part.strip()]
        edit = SetOpeningHours(day, tuple(intervals))
        try:
            edit.apply(self.context.open_plan.plan)
        except ValidationError:
            self._refuse(
                key,
                text,
                self.tr("write times like 09:00-13:00, 17:00-21:00, each ending after it starts."),
            )
            return
        self._shown[key] = intervals  # remembered first: the text being typed stays
        self._apply(edit, key)

    def _changed(self, key: str, value: Any) -> bool:
        """True (and remembered) when the plan's value differs from what the input shows."""
        if key in self._shown and self._shown[key] == value:
            return False
        self._shown[key] = value
        if key in self._errors:
            self._errors[key].show_problem("")
        return True

    def _refresh(self, plan: Plan, change: PlanChange | None = None) -> None:
        if change is not None and not change.touches(*_SHOWN_PARTS):
            return  # fallbacks and the written plan are not on this page
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
            self.countries_box.show_mix(business.country_mix)
        # counted as lost sales, the margin plays no part: greyed, not a 100% that looks used
        self.gross_margin.setEnabled(plan.settings.loss_basis == "margin")
        scenarios = (
            tuple((s.id, s.name) for s in plan.scenarios),
            plan.settings.reference_scenario,
        )
        if self._changed("reference_scenarios", scenarios):
            self._fill_reference_scenarios(plan)
        if self.tolerance_box.refresh(plan):
            self._tab_order()
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
