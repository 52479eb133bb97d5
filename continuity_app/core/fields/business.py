"""The registry's entries for the Business page: the business, the tolerance, the model settings."""

from __future__ import annotations

from continuity_app.core.fields.base import (
    CURRENCY,
    NOT_NEGATIVE,
    POSITIVE,
    SHARE,
    WEEK_HOURS,
    Field,
    Limits,
)
from continuity_app.core.i18n import translate
from continuity_app.core.plan import MAX_USD_RATE
from continuity_app.core.terms import term


def business_fields() -> tuple[Field, ...]:
    range_hint = translate(
        "BusinessPage", "Type one number, or low – likely – high (e.g. 40 – 55 – 70) if unsure."
    )
    return (
        Field(
            "name",
            "business",
            translate("BusinessPage", "&Name"),
            translate("BusinessPage", "The business this plan is for."),
        ),
        Field(
            "sector",
            "business",
            translate("BusinessPage", "&Sector"),
            translate("BusinessPage", "What the business does, in a few words."),
            default_source="resources/data/sectors.csv",
        ),
        Field(
            "currency",
            "business",
            translate("BusinessPage", "&Currency"),
            translate("BusinessPage", "Every amount in the plan is in this currency."),
            kind="choice",
            default_source="resources/data/currencies.csv",
        ),
        Field(
            "usd_rate",
            "business",
            translate("BusinessPage", "%1 per US &dollar"),
            translate(
                "BusinessPage",
                "How many %1 one US dollar buys; prices channels that charge in dollars "
                "(SMS, business messaging). Leave empty if you do not know it.",
            ),
            kind="number",
            unit="money per US dollar",
            optional=True,
            limits=Limits(0.0, MAX_USD_RATE, low_excluded=True),
            default_source="resources/data/currencies.csv",
        ),
        Field(
            "staff",
            "business",
            translate("BusinessPage", "S&taff"),
            translate("BusinessPage", "People who work in the business, owner included."),
            kind="count",
            unit="people",
            limits=NOT_NEGATIVE,
        ),
        Field(
            "staff_hourly_cost",
            "business",
            translate("BusinessPage", "Staff cost per &hour (%1)"),
            translate(
                "BusinessPage",
                "What an hour of one person's work costs, wages and charges included.",
            ),
            kind="money",
            unit="money",
            limits=NOT_NEGATIVE,
        ),
        Field(
            "gross_margin",
            "business",
            translate("BusinessPage", "Gross &margin (%)"),
            translate(
                "BusinessPage",
                "Share of revenue left after the cost of goods; used when losses are "
                "counted as lost margin.",
            )
            + " "
            + range_hint,
            kind="share",
            unit="percent",
            scale=100.0,
            uncertain=True,
            limits=SHARE,
        ),
        Field(
            "customer_lifetime_value",
            "business",
            translate("BusinessPage", "Customer &lifetime value (%1)"),
            translate(
                "BusinessPage",
                "What a customer brings over all future purchases; lost when a customer "
                "leaves for good.",
            )
            + " "
            + range_hint,
            kind="money",
            unit="money",
            uncertain=True,
            limits=NOT_NEGATIVE,
        ),
        Field(
            "country_mix",
            "business",
            translate("BusinessPage", "Country mix"),
            translate(
                "BusinessPage",
                "Share of the people you message in each country; the shares decide which "
                "fallback channels reach them and must add up to 100%.",
            ),
            kind="share",
            unit="percent",
            scale=100.0,
            limits=Limits(0.0, 1.0, low_excluded=True),
            default_source="resources/data/countries.csv",
        ),
        Field(
            "opening_hours",
            "business",
            translate("BusinessPage", "Opening hours"),
            translate(
                "BusinessPage",
                "Times like 09:00-13:00, 17:00-21:00; leave a day empty when closed.",
            ),
        ),
    )


def tolerance_fields() -> tuple[Field, ...]:
    return (
        Field(
            "max_loss_per_outage",
            "tolerance",
            translate("BusinessPage", "{term} ({currency})").format(
                term=term("bearable_loss").plain, currency=CURRENCY
            ),
            term("bearable_loss").tooltip + "\n\n" + term("mtpd").tooltip,
            kind="money",
            unit="money",
            limits=POSITIVE,
            default_source="resources/data/defaults.csv (tolerance_default_staff_hours)",
        ),
        Field(
            "mbco",
            "tolerance",
            translate("BusinessPage", "Minimum served (%)"),
            term("mbco").tooltip,
            kind="share",
            unit="percent",
            scale=100.0,
            limits=SHARE,
        ),
        Field(
            "within_hours",
            "tolerance",
            translate("BusinessPage", "Within (h)"),
            translate(
                "BusinessPage", "How soon into an outage the minimum must be served, in hours."
            ),
            kind="number",
            unit="hours",
            limits=WEEK_HOURS,
        ),
    )


def settings_fields() -> tuple[Field, ...]:
    return (
        Field(
            "loss_basis",
            "settings",
            translate("BusinessPage", "Count losses as"),
            translate(
                "BusinessPage",
                "Revenue shows what customers would have paid; margin what you keep.",
            ),
            kind="choice",
        ),
        Field(
            "reference_scenario",
            "settings",
            translate("BusinessPage", "Outage to plan for"),
            translate(
                "BusinessPage",
                "The kind of outage whose cost, hour after hour, is compared with the largest "
                "loss you can bear: it sets the longest outage you can bear.",
            )
            + "\n\n"
            + term("mtpd").tooltip,
            kind="choice",
            optional=True,
        ),
        Field(
            "monte_carlo_trials",
            "settings",
            term("simulated_years").plain,
            term("simulated_years").tooltip
            + " "
            + translate("BusinessPage", "More years give steadier figures and take longer."),
            kind="count",
            unit="years",
            limits=Limits(100.0, 1_000_000.0),
        ),
        Field(
            "seed",
            "settings",
            term("seed").plain,
            term("seed").tooltip,
            kind="count",
            limits=Limits(0.0, 2_147_483_647.0),
        ),
    )
