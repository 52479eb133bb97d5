"""Parses the country side: countries, their figures, currencies, app usage, blocks, paper."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from continuity_app.core.reference.columns import (
    _COUNTRY_FIGURES,
    _PAPER_SIZES,
    _PAYMENTS,
    _REGIONAL_FIGURES,
    _USAGE,
)
from continuity_app.core.reference.records import (
    Block,
    Country,
    CountryFigure,
    Currency,
    UsageFigure,
)
from continuity_app.core.reference.rows import _CODE2, _CODE3, _Row, _rows
from continuity_app.core.reference.vocabulary import COUNTRY_FIGURES, PAPERS, REGIONS


def _country(row: _Row, currencies: dict[str, Currency]) -> Country:
    code = row.text("country", required=True)
    if not _CODE2.fullmatch(code):
        raise row.error("country", f"{code!r} is not an ISO 3166-1 alpha-2 code")
    currency = row.optional("currency")
    if currency is not None and currency not in currencies:
        raise row.error("currency", f"{currency!r} is not in currencies.csv")
    source, confidence = row.provenance()
    return Country(
        code=code,
        name=row.text("name", required=True),
        region=row.choice("region", REGIONS) or "",
        languages=tuple(row.items("languages")),
        currency=currency,
        source=source,
        confidence=confidence,
    )


def _with_figures(path: Path, countries: dict[str, Country]) -> dict[str, Country]:
    """The countries with their published figures attached (at most one per figure)."""
    figures: dict[str, dict[str, CountryFigure]] = {code: {} for code in countries}
    for row in _rows(path, _COUNTRY_FIGURES):
        code = row.text("country", required=True)
        if code not in countries:
            raise row.error("country", f"{code!r} is not in countries.csv")
        name = row.choice("figure", frozenset(COUNTRY_FIGURES))
        value = row.share("value") if name != "usd_rate" else row.non_negative("value")
        if value is None or name is None:
            raise row.error("value", "is empty")
        if name in figures[code]:
            raise row.error("figure", f"{code} has {name} twice")
        figures[code][name] = _figure(row, code, name, value)
    return {code: replace(c, figures=figures[code]) for code, c in countries.items()}


def _figure(row: _Row, place: str, name: str, value: float) -> CountryFigure:
    """A figure row of a country (or region) with its metric, year and provenance."""
    source, confidence = row.provenance()
    return CountryFigure(
        country=place,
        figure=name,
        value=value,
        metric=row.text("metric", required=True),
        year=row.year("year"),
        source=source,
        confidence=confidence,
    )


def _regional(path: Path) -> dict[tuple[str, str], CountryFigure]:
    figures = {}
    for row in _rows(path, _REGIONAL_FIGURES):
        region = row.choice("region", REGIONS) or ""
        name = row.choice("figure", frozenset(COUNTRY_FIGURES) - {"usd_rate"}) or ""
        value = row.share("value")
        if value is None:
            raise row.error("value", "is empty")
        if (region, name) in figures:
            raise row.error("figure", f"{region} has {name} twice")
        figures[(region, name)] = _figure(row, region, name, value)
    return figures


def _block(row: _Row, countries: dict[str, Country], channel_ids: Iterable[str]) -> Block:
    country = row.text("country", required=True)
    if country not in countries:
        raise row.error("country", f"{country!r} is not in countries.csv")
    channel = row.text("channel", required=True)
    if channel not in set(channel_ids):
        raise row.error("channel", f"unknown channel {channel!r}")
    source, confidence = row.provenance()
    return Block(
        country=country,
        channel=channel,
        scope=row.choice("scope", frozenset({"all", "calls", "slowed"})) or "all",
        since=row.text("since", required=True),
        until=row.optional("until"),
        source=source,
        confidence=confidence,
        note=row.text("note"),
    )


def _usage(
    path: Path, countries: dict[str, Country], channel_ids: Iterable[str]
) -> tuple[UsageFigure, ...]:
    channels = set(channel_ids)
    figures: list[UsageFigure] = []
    preferred_line: dict[tuple[str, str], int] = {}
    first_line: dict[tuple[str, str], _Row] = {}
    for row in _rows(path, _USAGE):
        country = row.text("country", required=True)
        if country not in countries:
            raise row.error("country", f"{country!r} is not in countries.csv")
        channel = row.text("channel", required=True)
        if channel not in channels:
            raise row.error("channel", f"unknown channel {channel!r}")
        share = row.share("share")
        if share is None:
            raise row.error("share", "is empty")
        preferred = row.required_flag("preferred")
        key = (country, channel)
        first_line.setdefault(key, row)
        if preferred:
            if key in preferred_line:
                raise row.error(
                    "preferred",
                    f"{country}/{channel} already has a preferred row (line {preferred_line[key]})",
                )
            preferred_line[key] = row.line
        source, confidence = row.provenance()
        figures.append(
            UsageFigure(
                country=country,
                channel=channel,
                share=share,
                metric=row.text("metric", required=True),
                base=row.choice("base", frozenset({"people", "internet_users"})) or "people",
                year=row.year("year"),
                preferred=preferred,
                source=source,
                confidence=confidence,
            )
        )
    for key, row in first_line.items():
        if key not in preferred_line:
            raise row.error("preferred", f"no row for {key[0]}/{key[1]} is marked preferred")
    return tuple(figures)


def _currency(row: _Row) -> Currency:
    code = row.text("code", required=True)
    if not _CODE3.fullmatch(code):
        raise row.error("code", f"{code!r} is not an ISO 4217 code")
    minor = row.integer("minor_units")
    if minor is None or not 0 <= minor <= 4:
        raise row.error("minor_units", f"{row.text('minor_units')!r} is not 0..4")
    source, confidence = row.provenance()
    return Currency(
        code=code,
        name=row.text("name", required=True),
        minor_units=minor,
        symbol=row.text("symbol"),
        source=source,
        confidence=confidence,
    )


def _payment_methods(path: Path, countries: Iterable[str]) -> dict[str, str]:
    methods = {}
    known = set(countries)
    for row in _rows(path, _PAYMENTS):
        row.provenance()
        country = row.text("country", required=True)
        if country not in known:
            raise row.error("country", f"unknown country {country!r}")
        methods[country] = row.text("method", required=True)
    return methods


def _paper_sizes(path: Path, countries: Iterable[str]) -> dict[str, str]:
    papers: dict[str, str] = {}
    known = set(countries) | {"WORLD"}
    for row in _rows(path, _PAPER_SIZES):
        row.provenance()
        country = row.text("country", required=True)
        if country not in known:
            raise row.error("country", f"{country!r} is not in countries.csv")
        if country in papers:
            raise row.error("country", f"duplicate country {country!r}")
        papers[country] = row.choice("paper", PAPERS) or "a4"
    return papers
