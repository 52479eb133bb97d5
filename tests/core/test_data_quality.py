"""The data-quality view counts what the reference data knows per country."""

from __future__ import annotations

from continuity_app.cli import main
from continuity_app.core.data_quality import coverage
from continuity_app.core.reference import COUNTRY_FIGURES, load_reference


def test_coverage_counts_each_countrys_figures_and_app_figures():
    reference = load_reference()
    found = coverage(reference)
    assert len(found.countries) == len(reference.countries)
    for row in found.countries:
        country = reference.countries[row.code]
        assert set(row.figures) == set(country.figures) & set(COUNTRY_FIGURES)
        for app in row.apps:
            assert reference.usage_share(row.code, app) is not None
    india = next(c for c in found.countries if c.code == "IN")
    assert "wechat" in india.blocked
    whatsapp = {u.country for u in reference.usage if u.channel == "whatsapp"}
    assert found.with_app("whatsapp") == len(whatsapp) > 50


def test_the_data_quality_command_prints_every_country_and_the_totals(capsys):
    assert main(["data-quality"]) == 0
    out = capsys.readouterr().out
    reference = load_reference()
    for code in reference.countries:
        assert f"\n{code} " in out
    assert f"Countries: {len(reference.countries)}" in out
