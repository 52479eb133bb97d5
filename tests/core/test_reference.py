"""Tests for the embedded reference data and the module that reads it."""

from __future__ import annotations

import csv
import datetime as dt
import shutil
from collections import Counter
from pathlib import Path

import pytest

from continuity_app.core import reference
from continuity_app.core.reference import (
    REGIONS,
    ReferenceData,
    ReferenceDataError,
    load_reference,
)
from continuity_app.resources import resource_path

DATA_DIR = resource_path("data")
CSV_FILES = (
    "layers.csv",
    "channels.csv",
    "outages.csv",
    "countries.csv",
    "country_figures.csv",
    "blocks.csv",
    "usage.csv",
    "currencies.csv",
    "defaults.csv",
)


@pytest.fixture(scope="module")
def ref() -> ReferenceData:
    return load_reference()


def _copy_data(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target)
    return target


def _edit_cell(path: Path, row_id: str, column: str, value: str) -> int:
    """Sets one cell of the record whose first field is row_id; returns its line number."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    index = rows[0].index(column)
    for number, row in enumerate(rows):
        if row[0] == row_id:
            row[index] = value
            line = number + 1
            break
    else:
        raise AssertionError(f"{row_id} not in {path.name}")
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerows(rows)
    return line


def test_layers_and_channels_present(ref: ReferenceData) -> None:
    assert set(ref.layers) == {
        "whatsapp",
        "meta",
        "telegram",
        "signal",
        "mobile_data",
        "cellular",
        "internet",
        "power",
    }
    assert len(ref.channels) == 21  # imo since issue 14; the mix channels since issue 18
    assert set(ref.channels) >= {"whatsapp", "telegram", "signal", "sms", "voice", "email"}


@pytest.mark.parametrize("name", CSV_FILES)
def test_every_row_has_source_and_confidence(name: str) -> None:
    with (DATA_DIR / name).open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows
    for row in rows:
        assert row["source"].strip(), row
        assert row["confidence"] in reference.CONFIDENCE_LEVELS, row


def test_meta_apps_share_the_meta_layer(ref: ReferenceData) -> None:
    for channel in ("whatsapp", "messenger", "instagram"):
        assert "meta" in ref.channels[channel].layers
        assert not ref.channels[channel].survives({"meta"})
    assert ref.channels["telegram"].survives({"whatsapp", "meta"})


def test_sms_and_voice_survive_a_mobile_data_failure(ref: ReferenceData) -> None:
    assert ref.channels["sms"].survives({"mobile_data"})
    assert ref.channels["voice"].survives(["mobile_data"])
    assert not ref.channels["sms"].survives({"cellular"})
    assert not ref.channels["telegram"].survives({"mobile_data"})


def test_surge_risk_only_for_telegram_and_signal(ref: ReferenceData) -> None:
    assert {c.id for c in ref.channels.values() if c.surge_risk} == {"telegram", "signal"}


def test_october_2021_meta_outage(ref: ReferenceData) -> None:
    (outage,) = [o for o in ref.outages if o.date == dt.date(2021, 10, 4)]
    assert outage.failed_layers == {"whatsapp", "meta"}
    assert outage.category == "meta_wide"
    assert outage.start_utc == "15:39"
    assert outage.confidence == "H"


def test_outage_durations_match_the_derived_history(ref: ReferenceData) -> None:
    # facts.md table 1a (o01-o27), then the events verified for issue 13 (o28-o44)
    assert len(ref.outages) == 44
    durations = sorted(o.duration_hours for o in ref.outages if o.duration_hours is not None)
    assert durations[0] == 0.75  # WhatsApp, 19 Jul 2023
    assert durations[-1] == pytest.approx(61.4)  # KDDI, Jul 2022
    assert durations[len(durations) // 2] == 6.5


def test_exactly_one_preferred_usage_row(ref: ReferenceData) -> None:
    pairs = {(f.country, f.channel) for f in ref.usage}
    preferred = Counter((f.country, f.channel) for f in ref.usage if f.preferred)
    assert set(preferred) == pairs
    assert all(count == 1 for count in preferred.values())
    figure = ref.usage_share("BR", "whatsapp")  # Pew 2023: share of adults, not of users online
    assert figure is not None and figure.share == pytest.approx(0.9) and figure.base == "people"
    assert ref.usage_share("BR", "zalo") is None


def test_countries_and_currencies(ref: ReferenceData) -> None:
    """Every country where WhatsApp carries business, at least 150, each in a region."""
    assert len(ref.countries) >= 150
    for code in ("NG", "GH", "KE", "EG", "MA", "SA", "PS", "IN", "PK", "ID", "BR", "MX", "HT"):
        assert code in ref.countries
    assert {c.region for c in ref.countries.values()} == REGIONS
    africa = {c.code for c in ref.countries.values() if c.region == "africa"}
    assert len(africa) >= 48  # every country of Sub-Saharan Africa
    for country in ref.countries.values():
        assert country.currency in ref.currencies
        assert country.languages
    for code in ("USD", "EUR", "GBP", "JPY", "CHF", "CNY"):
        assert code in ref.currencies
    assert ref.currencies["JPY"].minor_units == 0


def test_every_country_figure_carries_source_year_and_confidence(ref: ReferenceData) -> None:
    for country in ref.countries.values():
        for figure in country.figures.values():
            assert figure.source and figure.confidence and figure.metric
            assert figure.year is not None and 2010 <= figure.year <= 2026, figure
    for usage in ref.usage:
        assert usage.source and usage.confidence and usage.metric
    for block in ref.blocks:
        assert block.source and block.since


def test_defaults(ref: ReferenceData) -> None:
    assert ref.default("messages_per_interaction") == 3
    assert ref.default("sms_segment_chars_gsm7") == 160
    assert ref.default("sms_segment_chars_ucs2_multipart") == 67
    assert ref.default("mobile_data_shutdown_hours") == 72
    for key in ("fallback_ramp_hours", "surge_readiness_factor", "surge_hours"):
        assert ref.default(key) > 0
    with pytest.raises(KeyError, match="no_such_key"):
        ref.default("no_such_key")


def test_default_load_is_cached() -> None:
    assert load_reference() is load_reference()


def test_copy_loads_like_the_original(tmp_path: Path, ref: ReferenceData) -> None:
    assert load_reference(_copy_data(tmp_path)) == ref


@pytest.mark.parametrize(
    ("name", "row_id", "column", "value", "message"),
    [
        ("channels.csv", "sms", "cost_per_message_usd", "abc", "'abc' is not a number"),
        ("channels.csv", "email", "layers", "internet;satellite", "unknown layer 'satellite'"),
        ("outages.csv", "o12", "failed_layers", "whatsapp;facebook", "unknown layer 'facebook'"),
        ("outages.csv", "o12", "date", "4 Oct 2021", "is not a date"),
        ("usage.csv", "BR", "channel", "orkut", "unknown channel 'orkut'"),
        ("usage.csv", "KE", "share", "97", "outside 0..1"),
        ("country_figures.csv", "IN", "value", "1.5", "outside 0..1"),
        ("country_figures.csv", "IN", "figure", "mobile_lines", "mobile_lines"),
        ("countries.csv", "IN", "region", "atlantis", "atlantis"),
        ("blocks.csv", "IN", "channel", "orkut", "unknown channel 'orkut'"),
        ("actions.csv", "sms-consent", "audience", "everyone", "everyone"),
        ("scenario_presets.csv", "meta_wide", "categories", "meta_wide;x", "category 'x'"),
        ("actions.csv", "sms-consent", "kinds", "payments;billing", "function kind 'billing'"),
        ("actions.csv", "sms-consent", "kinds", " ; ", "needs function kinds from"),
        ("layers.csv", "power", "source", "", "is empty"),
        ("defaults.csv", "surge_hours", "confidence", "", "is empty"),
        ("currencies.csv", "EUR", "minor_units", "two", "is not a whole number"),
    ],
)
def test_corrupted_copy_names_file_line_and_column(
    tmp_path: Path, name: str, row_id: str, column: str, value: str, message: str
) -> None:
    data = _copy_data(tmp_path)
    line = _edit_cell(data / name, row_id, column, value)
    with pytest.raises(ReferenceDataError) as caught:
        load_reference(data)
    text = str(caught.value)
    assert text.startswith(f"{name} line {line}, column {column}: ")
    assert message in text


def test_second_preferred_row_is_rejected(tmp_path: Path) -> None:
    data = _copy_data(tmp_path)
    path = data / "usage.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    # BR/whatsapp has a preferred and a non-preferred row; marking both breaks the rule.
    for row in rows:
        if row[0] == "BR" and row[1] == "whatsapp":
            row[-1] = "yes"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerows(rows)
    with pytest.raises(ReferenceDataError, match=r"usage\.csv line \d+, column preferred"):
        load_reference(data)


def test_missing_column_is_reported(tmp_path: Path) -> None:
    data = _copy_data(tmp_path)
    path = data / "defaults.csv"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("description,", "descr,", 1), encoding="utf-8")
    with pytest.raises(ReferenceDataError, match=r"defaults\.csv line 1, column description"):
        load_reference(data)


def test_lists_allow_spaces_after_the_semicolons(tmp_path: Path, ref: ReferenceData) -> None:
    """Every ';'-list column reads 'a; b' as 'a;b', as failed_layers always did."""
    data = _copy_data(tmp_path)
    _edit_cell(data / "scenario_presets.csv", "meta_wide", "categories", "meta_wide; whatsapp_app")
    _edit_cell(data / "actions.csv", "sms-consent", "kinds", "payments; delivery")
    _edit_cell(data / "countries.csv", "IN", "languages", "hi; en")
    _edit_cell(data / "channels.csv", "email", "layers", "internet; power")
    loaded = load_reference(data)
    assert loaded.presets["meta_wide"].categories == {"meta_wide", "whatsapp_app"}
    assert loaded.actions["sms-consent"].kinds == {"payments", "delivery"}
    assert loaded.countries["IN"].languages == ("hi", "en")
    assert loaded.channels["email"].layers == {"internet", "power"}
