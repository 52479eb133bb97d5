"""The field registry as the window reads it: every edited field has one entry, and the tables,
the Business page and the refusals take their labels, units and limits from it."""

from __future__ import annotations

import pytest

from continuity_app.core.channel_mix import MIX_CHANNELS, mix_field
from continuity_app.core.fields import all_fields, field, fields
from continuity_app.core.i18n import English, speaking
from tests.core.test_fields import French


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
    # the plan fields every window table edits are in the registry, and only those: the
    # functions table has all but the id and the channels besides WhatsApp, which the channel
    # mix box beside it edits
    mix_box = {mix_field(c) for c in MIX_CHANNELS}
    left = {key for owner, key in declared if owner == "function"} - {c.field for c in COLUMNS}
    assert left - mix_box == {"id"}


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
        share = [c.field for c in COLUMNS].index("mix.whatsapp")
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
