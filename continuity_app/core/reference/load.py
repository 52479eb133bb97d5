"""Loads every reference file in dependency order; the bundled data is read once."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from continuity_app.core.reference.columns import (
    _ACTIONS,
    _BLOCKS,
    _CARRIER_OUTAGES,
    _CHANNELS,
    _COUNTRIES,
    _CURRENCIES,
    _DEFAULTS,
    _FUNCTION_DEFAULTS,
    _LAYERS,
    _OUTAGES,
    _PRESETS,
    _SECTORS,
    _SHUTDOWNS,
)
from continuity_app.core.reference.countries import (
    _block,
    _country,
    _currency,
    _paper_sizes,
    _payment_methods,
    _regional,
    _usage,
    _with_figures,
)
from continuity_app.core.reference.data import ReferenceData
from continuity_app.core.reference.functions import (
    _action,
    _behaviour_table,
    _default,
    _function_default,
    _needs,
    _sector,
)
from continuity_app.core.reference.network import _channel, _country_rate, _layer, _outage, _preset
from continuity_app.core.reference.rows import _keyed, _rows
from continuity_app.resources import resource_path


def _read(data_dir: Path) -> ReferenceData:
    # Order matters: later files are checked against the ids of earlier ones.
    layers = _keyed(data_dir / "layers.csv", _LAYERS, "id", _layer)
    channels = _keyed(data_dir / "channels.csv", _CHANNELS, "id", lambda row: _channel(row, layers))
    outage_list = _keyed(data_dir / "outages.csv", _OUTAGES, "id", lambda row: _outage(row, layers))
    currencies = _keyed(data_dir / "currencies.csv", _CURRENCIES, "code", _currency)
    countries = _keyed(
        data_dir / "countries.csv", _COUNTRIES, "country", lambda row: _country(row, currencies)
    )
    countries = _with_figures(data_dir / "country_figures.csv", countries)
    usage = _usage(data_dir / "usage.csv", countries, channels)
    defaults = _keyed(data_dir / "defaults.csv", _DEFAULTS, "key", _default)
    presets = _keyed(
        data_dir / "scenario_presets.csv",
        _PRESETS,
        "id",
        lambda row: _preset(row, layers, outage_list, defaults),
    )
    needs = _needs(data_dir / "function_needs.csv")
    actions = _keyed(data_dir / "actions.csv", _ACTIONS, "id", lambda row: _action(row, channels))
    payment_methods = _payment_methods(data_dir / "payment_methods.csv", countries)
    sectors = _keyed(data_dir / "sectors.csv", _SECTORS, "id", _sector)
    return ReferenceData(
        layers=layers,
        channels=channels,
        outages=tuple(outage_list.values()),
        countries=countries,
        usage=usage,
        currencies=currencies,
        defaults=defaults,
        presets=presets,
        needs=needs,
        actions=actions,
        payment_methods=payment_methods,
        function_defaults=_keyed(
            data_dir / "function_defaults.csv", _FUNCTION_DEFAULTS, "kind", _function_default
        ),
        behaviour=_behaviour_table(data_dir / "behaviour_defaults.csv", sectors),
        sectors=sectors,
        shutdowns=tuple(
            _country_rate(row, "kind", "shutdowns")
            for row in _rows(data_dir / "shutdowns.csv", _SHUTDOWNS)
        ),
        carrier_outages=tuple(
            _country_rate(row, None, "outages")
            for row in _rows(data_dir / "carrier_outages.csv", _CARRIER_OUTAGES)
        ),
        blocks=tuple(
            _block(row, countries, channels) for row in _rows(data_dir / "blocks.csv", _BLOCKS)
        ),
        regional=_regional(data_dir / "regional_figures.csv"),
        paper_sizes=_paper_sizes(data_dir / "paper_sizes.csv", countries),
    )


@cache
def _load_default() -> ReferenceData:
    return _read(resource_path("data"))


def load_reference(data_dir: Path | None = None) -> ReferenceData:
    """Reads and validates the reference data; the bundled data is read once and cached."""
    if data_dir is None:
        return _load_default()
    return _read(Path(data_dir))
