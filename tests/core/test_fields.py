"""The field registry in core (no Qt): one entry per field, its defaults, scale and units, read by
the spreadsheet import and export in the reader's language (the window's side: tests/gui)."""

from __future__ import annotations

from typing import ClassVar

import pytest

from continuity_app.core.channel_mix import MIX_CHANNELS, MIX_FIELD
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
from tests.paths import REPO_ROOT

ROOT = REPO_ROOT


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
        # a channel's share is an entry of the function's channel mix
        key = "channel_mix" if entry.key.startswith(MIX_FIELD) else entry.key
        assert sum(key in model.model_fields for model in models) == 1, entry.key
        assert entry.title() and "&" not in entry.title()


def test_defaults_come_from_the_plan_model_and_their_sources_exist():
    assert (
        field("function", "patience_hours").default
        == Function.model_fields["patience_hours"].default
    )
    assert field("function", "mix.whatsapp").default is None  # no default: the kind's own
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
        "mix.whatsapp": "Sur WhatsApp (%)",
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
            channel_mix={"whatsapp": 0.65, "instagram": Range(low=0.1, likely=0.2, high=0.3)},
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
            channel_mix={"whatsapp": 1.0},
            staff_affected=4,
            productivity_loss=0.25,
        ),
    ]
    path = tmp_path / f"functions{suffix}"
    export_functions_table(path, functions)
    frame, mapping = read_functions_table(path)
    # every field, and of the channels those the functions use
    unused = {f"mix.{c}" for c in MIX_CHANNELS} - {"mix.whatsapp", "mix.instagram"}
    assert set(mapping) == {entry.key for entry in fields("function")} - unused
    back = functions_from_table(frame, mapping)
    assert back == functions  # shares stay shares: no scale applied on the way out or in
