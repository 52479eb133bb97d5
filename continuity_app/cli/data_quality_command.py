"""`continuity-app data-quality`: which figures the reference data has for each country."""

from __future__ import annotations

import argparse

from continuity_app.cli.columns import table
from continuity_app.core.data_quality import COVERED_APPS, coverage
from continuity_app.core.display import channel_name, country_name
from continuity_app.core.i18n import digits, translate
from continuity_app.core.labels import figure_label
from continuity_app.core.reference import COUNTRY_FIGURES, load_reference


def register_data_quality(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "data-quality",
        help=translate(
            "CliHelp", "which figures the reference data has for each country, and how old"
        ),
    )
    parser.set_defaults(handler=run_data_quality)


def run_data_quality(args: argparse.Namespace) -> int:
    reference = load_reference()
    found = coverage(reference)
    total = len(found.countries)
    yes, no = translate("DataQuality", "yes"), "-"
    headers = [
        translate("DataQuality", "Country"),
        *(figure_label(f) for f in COUNTRY_FIGURES),
        translate("DataQuality", "App figures"),
        translate("DataQuality", "Blocked apps"),
        translate("DataQuality", "Years"),
    ]
    rows = []
    for c in found.countries:
        years = "" if c.oldest_year is None else f"{digits(c.oldest_year)}–{digits(c.newest_year)}"
        rows.append(
            [
                f"{c.code} {country_name(reference, c.code)}",
                *(yes if f in c.figures else no for f in COUNTRY_FIGURES),
                ", ".join(c.apps) or no,
                ", ".join(c.blocked),
                years,
            ]
        )
    print("\n".join(table(headers, rows, right=set())))
    print()
    print(translate("DataQuality", "Countries: {count}").format(count=digits(total)))
    for figure in COUNTRY_FIGURES:
        line = translate("DataQuality", "{figure}: known for {count} of {total} countries")
        print(
            line.format(
                figure=figure_label(figure),
                count=digits(found.with_figure(figure)),
                total=digits(total),
            )
        )
    for app in COVERED_APPS:
        line = translate("DataQuality", "{app}: a usage figure for {count} of {total} countries")
        print(
            line.format(
                app=channel_name(reference, app),
                count=digits(found.with_app(app)),
                total=digits(total),
            )
        )
    return 0
