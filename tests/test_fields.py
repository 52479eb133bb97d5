"""The field registry: one entry per field the window edits, read by the tables, the
spreadsheet import and export and the refusals, in the reader's language."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

import pytest

from continuity_app.core.fields import all_fields, field, fields
from continuity_app.core.fields.base import _MODELS
from continuity_app.core.i18n import English, speaking
from continuity_app.core.plan import Function, FunctionKind, Range
from continuity_app.io.spreadsheets import (
    export_functions_table,
    functions_from_table,
    guess_mapping,
    read_functions_table,
)

ROOT = Path(__file__).resolve().parent.parent


class French(English):
    """A reader's language with a few labels of its own (the rest stays English)."""

    WORDS: ClassVar[dict[str, str]] = {
        "On WhatsApp (%)": "Sur WhatsApp (%)",
        "Patience (h)": "Patience (heures)",
        "Come back (%)": "Reviennent (%)",
    }

    def lookup(self, context: str, text: str, disambiguation: str | None, n: int) -> str:
        return self.WORDS.get(text, super().lookup(context, text, disambiguation, n))


def test_each_field_is_declared_once_and_is_a_field_of_its_owner():
    keys = [(entry.owner, entry.key) for entry in all_fields()]
    assert len(keys) == len(set(keys))
    for entry in all_fields():
        models = _MODELS[entry.owner]
        assert sum(entry.key in model.model_fields for model in models) == 1, entry.key
        assert entry.title() and "&" not in entry.title()


def test_every_field_the_window_edits_has_one_entry(qtbot):
    from continuity_app.gui.models.fallbacks_model import DELAY, READINESS, value_field
    from continuity_app.gui.models.functions_model import COLUMNS
    from continuity_app.gui.models.roles_model import FIELDS as ROLE_FIELDS
    from continuity_app.gui.models.scenarios_model import _KEYS as SCENARIO_KEYS

    declared = {(entry.owner, entry.key) for entry in all_fields()}
    edited = {("function", column.field) for column in COLUMNS}
    edited |= {("fallback", value_field(mode).key) for mode in (READINESS, DELAY)}
    edited |= {("scenario", key) for key in SCENARIO_KEYS.values()}
    edited |= {("role", key) for key in ROLE_FIELDS}
    assert edited <= declared, edited - declared
    # the plan fields every window table edits are in the registry, and only those
    assert {key for owner, key in declared if owner == "function"} - {c.field for c in COLUMNS} == {
        "id"
    }


def test_the_business_page_labels_every_business_field_from_the_registry(qtbot, app_context):
    from continuity_app.gui.pages.business_page import BusinessPage

    page = BusinessPage(app_context)
    qtbot.addWidget(page)
    currency = app_context.open_plan.plan.business.currency
    for entry in fields("business"):
        if entry.key in page._labels:
            assert page._labels[entry.key].text() == entry.title(currency, mnemonic=True)
    shown = {key for key in page._labels if not key.startswith("hours.")}
    business = {entry.key for entry in fields("business")}
    settings = {entry.key for entry in fields("settings")}
    assert shown == (business - {"country_mix", "opening_hours"}) | settings | {"max_loss"}
    assert page._labels["max_loss"].text() == field("tolerance", "max_loss_per_outage").title(
        currency, mnemonic=True
    )


def test_defaults_come_from_the_plan_model_and_their_sources_exist():
    assert (
        field("function", "patience_hours").default
        == Function.model_fields["patience_hours"].default
    )
    assert field("function", "whatsapp_share").default is None  # required: no default
    for entry in all_fields():
        if entry.default_source:
            path = ROOT / entry.default_source.split(" (")[0]
            assert path.is_file(), (entry.key, entry.default_source)


def test_the_percent_scale_is_the_registrys_for_every_share():
    for entry in all_fields():
        assert (entry.scale == 100.0) == (entry.kind == "share"), entry.key
        if entry.kind == "share" and entry.key != "country_mix":  # its column says "(%)"
            assert entry.unit == "percent" and "%" in entry.title()


@pytest.mark.parametrize("entry", fields("function"), ids=lambda entry: entry.key)
def test_every_spreadsheet_synonym_and_label_is_recognised(entry):
    for header in (*entry.synonyms, entry.title(), entry.key):
        assert guess_mapping([header]) == {entry.key: header}, header


def test_a_header_in_the_readers_language_is_recognised():
    with speaking(French()):
        mapping = guess_mapping(["Sur WhatsApp (%)", "Patience (heures)", "Reviennent (%)"])
    assert mapping == {
        "whatsapp_share": "Sur WhatsApp (%)",
        "patience_hours": "Patience (heures)",
        "recapture_share": "Reviennent (%)",
    }
    # in English the French words mean nothing
    assert guess_mapping(["Reviennent (%)"]) == {}


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_table_exported_and_imported_back_keeps_stored_units(tmp_path, suffix):
    functions = [
        Function(
            id="orders",
            kind=FunctionKind.ORDERS_SALES,
            name="Orders",
            daily_interactions=Range(low=40, likely=60, high=90),
            whatsapp_share=0.85,
            recapture_share=Range(low=0.2, likely=0.35, high=0.5),
            churn_share=0.05,
            perishable_share=0.9,
            patience_hours=3.5,
        ),
        Function(
            id="staff",
            kind=FunctionKind.INTERNAL_COORDINATION,
            name="Staff",
            daily_interactions=20,
            whatsapp_share=1.0,
            staff_affected=4,
            productivity_loss=0.25,
        ),
    ]
    path = tmp_path / f"functions{suffix}"
    export_functions_table(path, functions)
    frame, mapping = read_functions_table(path)
    assert set(mapping) == {entry.key for entry in fields("function")}
    back = functions_from_table(frame, mapping)
    assert back == functions  # shares stay shares: no scale applied on the way out or in


def test_the_functions_table_headers_are_the_registry_labels(qtbot, app_context):
    from PySide6.QtCore import Qt

    from continuity_app.gui.models.functions_model import COLUMNS, FunctionsModel

    model = FunctionsModel(app_context.open_plan)
    for language in (English(), French()):
        with speaking(language):
            for section, column in enumerate(COLUMNS):
                entry = field("function", column.field)
                title = model.headerData(section, Qt.Orientation.Horizontal)
                tip = model.headerData(
                    section, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
                )
                assert (title, tip) == (entry.title(), entry.tip())
                assert column.scale == entry.scale and column.limits == entry.limits
    with speaking(French()):
        share = [c.field for c in COLUMNS].index("whatsapp_share")
        assert model.headerData(share, Qt.Orientation.Horizontal) == "Sur WhatsApp (%)"


@pytest.fixture
def english_numbers():
    """Numbers written as in English, whatever the machine's locale."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


def test_a_refusal_names_the_label_and_the_unit(qtbot, app_context, english_numbers):
    from continuity_app.gui.models.functions_model import COLUMNS, FunctionsModel
    from continuity_app.gui.models.refusal import check_field

    problem = check_field(field("business", "customer_lifetime_value"), "-5", -5.0, "ILS")
    assert problem == "Customer lifetime value (ILS) must be 0 or more; you typed -5."
    problem = check_field(field("function", "patience_hours"), "0", 0.0)
    assert problem == "Patience (h) must be more than 0; you typed 0."
    model = FunctionsModel(app_context.open_plan)
    refused: list[str] = []
    model.editFailed.connect(refused.append)
    share = [c.field for c in COLUMNS].index("recapture_share")
    with speaking(French()):
        assert not model.setData(model.index(0, share), "150")
    # the limits in the column's unit (percent), the label in the reader's words
    assert refused == ["Reviennent (%) must be from 0 to 100; you typed 150."]
