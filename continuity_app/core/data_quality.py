"""How well the reference data covers each country: which figures exist and how old they are."""

from __future__ import annotations

from dataclasses import dataclass

from continuity_app.core.reference import COUNTRY_FIGURES, ReferenceData

# The apps whose usage the reference data looks for in every country (issue 14's list).
COVERED_APPS: tuple[str, ...] = (
    "whatsapp",
    "telegram",
    "signal",
    "viber",
    "messenger",
    "instagram",
    "line",
    "kakaotalk",
    "wechat",
    "zalo",
)


@dataclass(frozen=True)
class CountryCoverage:
    """One country's figures: which are known, which apps have a usage figure, how old."""

    code: str
    name: str
    region: str
    figures: tuple[str, ...]  # the COUNTRY_FIGURES known, in that order
    apps: tuple[str, ...]  # apps with a preferred usage figure
    blocked: tuple[str, ...]  # apps blocked there now
    oldest_year: int | None
    newest_year: int | None


@dataclass(frozen=True)
class Coverage:
    """Coverage of every country, and the totals a reader looks at first."""

    countries: tuple[CountryCoverage, ...]

    def with_figure(self, figure: str) -> int:
        return sum(figure in c.figures for c in self.countries)

    def with_app(self, app: str) -> int:
        return sum(app in c.apps for c in self.countries)

    def regions(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for country in self.countries:
            counts[country.region] = counts.get(country.region, 0) + 1
        return dict(sorted(counts.items()))


def coverage(reference: ReferenceData) -> Coverage:
    """What the reference data knows about each country, countries in code order."""
    rows = []
    for code in sorted(reference.countries):
        country = reference.countries[code]
        usage = [u for u in reference.usage if u.preferred and u.country == code]
        years = [f.year for f in country.figures.values() if f.year is not None]
        years += [u.year for u in usage if u.year is not None]
        rows.append(
            CountryCoverage(
                code=code,
                name=country.name,
                region=country.region,
                figures=tuple(f for f in COUNTRY_FIGURES if f in country.figures),
                apps=tuple(a for a in COVERED_APPS if any(u.channel == a for u in usage)),
                blocked=tuple(a for a in COVERED_APPS if reference.block(code, a)),
                oldest_year=min(years, default=None),
                newest_year=max(years, default=None),
            )
        )
    return Coverage(tuple(rows))
